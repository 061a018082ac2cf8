package runtime

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/auth"
)

// Condition limits: a condition list is action input like any other.
const (
	maxConditions     = 32
	maxConditionDepth = 4
)

// conditionsArgs is the argument of Lit.Actions.checkConditions.
type conditionsArgs struct {
	Conditions json.RawMessage `json:"conditions"`
	AuthSig    *authSig        `json:"authSig"`
	Chain      string          `json:"chain"`
}

type authSig struct {
	Sig           string `json:"sig"`
	DerivedVia    string `json:"derivedVia"`
	SignedMessage string `json:"signedMessage"`
	Address       string `json:"address"`
}

// condition is one EVM basic or EVM contract condition, in Lit's format.
type condition struct {
	ConditionType        string          `json:"conditionType"`
	ContractAddress      string          `json:"contractAddress"`
	StandardContractType string          `json:"standardContractType"`
	Chain                string          `json:"chain"`
	Method               string          `json:"method"`
	Parameters           []string        `json:"parameters"`
	FunctionName         string          `json:"functionName"`
	FunctionParams       []string        `json:"functionParams"`
	FunctionAbi          json.RawMessage `json:"functionAbi"`
	ReturnValueTest      struct {
		Key        string `json:"key"`
		Comparator string `json:"comparator"`
		Value      string `json:"value"`
	} `json:"returnValueTest"`
	Operator string `json:"operator"`
}

type condEval struct {
	h          ChainReader
	chain      string
	user       string // verified caller address, "" if no authSig
	userErr    error
	currentCID string
	count      int
}

// checkConditions evaluates Lit-format EVM basic and EVM contract
// conditions. Elements are conditions, {"operator": "and"|"or"} or nested
// arrays (groups); they combine left to right. ":userAddress" is the
// address that signed authSig (EIP-191), ":currentActionIpfsId" the run's
// CID. The chain reads go through the Host.
func checkConditions(ctx context.Context, h ChainReader, raw json.RawMessage, currentCID string) (bool, error) {
	var a conditionsArgs
	if err := json.Unmarshal(raw, &a); err != nil {
		return false, fmt.Errorf("bad arguments: %w", err)
	}
	ev := &condEval{h: h, chain: a.Chain, currentCID: currentCID}
	if a.AuthSig != nil {
		ev.user, ev.userErr = verifyAuthSig(a.AuthSig)
	} else {
		ev.userErr = errors.New("no authSig given")
	}
	return ev.list(ctx, a.Conditions, 0)
}

// verifyAuthSig returns the address that signed authSig's message.
func verifyAuthSig(a *authSig) (string, error) {
	if !common.IsHexAddress(a.Address) {
		return "", fmt.Errorf("authSig.address %q is not an address", truncate(a.Address, 80))
	}
	sig, err := hex.DecodeString(strings.TrimPrefix(a.Sig, "0x"))
	if err != nil || len(sig) != 65 {
		return "", errors.New("authSig.sig must be a 65-byte hex signature")
	}
	signer, err := auth.RecoverPersonalSign(a.SignedMessage, sig)
	if err != nil {
		return "", fmt.Errorf("authSig: %w", err)
	}
	if signer != common.HexToAddress(a.Address) {
		return "", fmt.Errorf("authSig was signed by %s, not %s", signer.Hex(), common.HexToAddress(a.Address).Hex())
	}
	return signer.Hex(), nil
}

func (ev *condEval) list(ctx context.Context, raw json.RawMessage, depth int) (bool, error) {
	if depth > maxConditionDepth {
		return false, fmt.Errorf("conditions nest deeper than %d", maxConditionDepth)
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return false, fmt.Errorf("conditions must be an array: %w", err)
	}
	if len(items) == 0 {
		return false, errors.New("empty condition list")
	}
	var result bool
	op := ""
	for i, item := range items {
		item = bytes.TrimSpace(item)
		if i%2 == 1 { // an operator
			var c condition
			if err := json.Unmarshal(item, &c); err != nil || (c.Operator != "and" && c.Operator != "or") {
				return false, fmt.Errorf("conditions[%d]: expected {\"operator\": \"and\" | \"or\"}", i)
			}
			op = c.Operator
			continue
		}
		var v bool
		var err error
		if len(item) > 0 && item[0] == '[' {
			v, err = ev.list(ctx, item, depth+1)
		} else {
			v, err = ev.one(ctx, item)
		}
		if err != nil {
			return false, fmt.Errorf("conditions[%d]: %w", i, err)
		}
		switch op {
		case "":
			result = v
		case "and":
			result = result && v
		case "or":
			result = result || v
		}
	}
	if len(items)%2 == 0 {
		return false, errors.New("condition list ends with an operator")
	}
	return result, nil
}

func (ev *condEval) one(ctx context.Context, raw json.RawMessage) (bool, error) {
	ev.count++
	if ev.count > maxConditions {
		return false, fmt.Errorf("more than %d conditions", maxConditions)
	}
	var c condition
	if err := json.Unmarshal(raw, &c); err != nil {
		return false, fmt.Errorf("bad condition: %w", err)
	}
	if c.Operator != "" {
		return false, errors.New("an operator where a condition belongs")
	}
	chain := c.Chain
	if chain == "" {
		chain = ev.chain
	}
	if chain == "" {
		return false, errors.New("no chain given")
	}
	var got string
	var err error
	if len(c.FunctionAbi) > 0 && string(c.FunctionAbi) != "null" {
		got, err = ev.contract(ctx, chain, &c)
	} else {
		got, err = ev.basic(ctx, chain, &c)
	}
	if err != nil {
		return false, err
	}
	want := ev.subst(c.ReturnValueTest.Value)
	if isCurrentActionTest(&c) {
		// The run's action against a CID: compared as actions (a CIDv0
		// and its dag-pb CIDv1 are one action), never as text.
		switch c.ReturnValueTest.Comparator {
		case "=", "==":
			return actionid.Same(got, want), nil
		case "!=":
			return !actionid.Same(got, want), nil
		}
	}
	return compare(got, c.ReturnValueTest.Comparator, want)
}

// isCurrentActionTest reports whether c compares ":currentActionIpfsId"
// itself (a condition without a contract or method).
func isCurrentActionTest(c *condition) bool {
	return (len(c.FunctionAbi) == 0 || string(c.FunctionAbi) == "null") &&
		c.StandardContractType == "" && c.Method == "" &&
		len(c.Parameters) > 0 && c.Parameters[0] == ":currentActionIpfsId"
}

func (ev *condEval) subst(s string) string {
	switch s {
	case ":userAddress":
		if ev.userErr == nil {
			return ev.user
		}
	case ":currentActionIpfsId":
		return ev.currentCID
	}
	return s
}

func (ev *condEval) param(s string) (string, error) {
	if s == ":userAddress" && ev.userErr != nil {
		return "", fmt.Errorf(":userAddress: %w", ev.userErr)
	}
	return ev.subst(s), nil
}

func (ev *condEval) basic(ctx context.Context, chain string, c *condition) (string, error) {
	params := make([]string, len(c.Parameters))
	for i, p := range c.Parameters {
		v, err := ev.param(p)
		if err != nil {
			return "", err
		}
		params[i] = v
	}
	need := func(n int) error {
		if len(params) < n {
			return fmt.Errorf("%s needs %d parameters", c.Method, n)
		}
		return nil
	}
	switch {
	case c.StandardContractType == "" && c.Method == "":
		// A wallet-address condition: compare the parameter itself.
		if err := need(1); err != nil {
			return "", err
		}
		return params[0], nil
	case c.StandardContractType == "" && c.Method == "eth_getBalance":
		if err := need(1); err != nil {
			return "", err
		}
		addr, err := parseAddress(params[0])
		if err != nil {
			return "", err
		}
		bal, err := ev.h.BalanceAt(ctx, chain, addr)
		if err != nil {
			return "", err
		}
		return bal.String(), nil
	}
	sigs := map[string]string{
		"ERC20/balanceOf":   `[{"name":"balanceOf","type":"function","inputs":[{"name":"a","type":"address"}],"outputs":[{"name":"","type":"uint256"}]}]`,
		"ERC721/balanceOf":  `[{"name":"balanceOf","type":"function","inputs":[{"name":"a","type":"address"}],"outputs":[{"name":"","type":"uint256"}]}]`,
		"ERC721/ownerOf":    `[{"name":"ownerOf","type":"function","inputs":[{"name":"id","type":"uint256"}],"outputs":[{"name":"","type":"address"}]}]`,
		"ERC1155/balanceOf": `[{"name":"balanceOf","type":"function","inputs":[{"name":"a","type":"address"},{"name":"id","type":"uint256"}],"outputs":[{"name":"","type":"uint256"}]}]`,
	}
	def, ok := sigs[c.StandardContractType+"/"+c.Method]
	if !ok {
		return "", fmt.Errorf("unsupported condition %s/%s", c.StandardContractType, c.Method)
	}
	return ev.call(ctx, chain, c.ContractAddress, []byte(def), c.Method, params, "")
}

func (ev *condEval) contract(ctx context.Context, chain string, c *condition) (string, error) {
	params := make([]string, len(c.FunctionParams))
	for i, p := range c.FunctionParams {
		v, err := ev.param(p)
		if err != nil {
			return "", err
		}
		params[i] = v
	}
	def := append(append([]byte("["), c.FunctionAbi...), ']')
	return ev.call(ctx, chain, c.ContractAddress, def, c.FunctionName, params, c.ReturnValueTest.Key)
}

// call packs the parameters with the ABI, calls the contract through the
// Host and returns the selected output as a string.
func (ev *condEval) call(ctx context.Context, chain, contract string, abiJSON []byte, name string, params []string, key string) (string, error) {
	to, err := parseAddress(contract)
	if err != nil {
		return "", fmt.Errorf("contractAddress: %w", err)
	}
	parsed, err := abi.JSON(bytes.NewReader(abiJSON))
	if err != nil {
		return "", fmt.Errorf("functionAbi: %w", err)
	}
	m, ok := parsed.Methods[name]
	if !ok {
		return "", fmt.Errorf("functionAbi has no function %q", name)
	}
	if len(params) != len(m.Inputs) {
		return "", fmt.Errorf("%s takes %d parameters, got %d", name, len(m.Inputs), len(params))
	}
	args := make([]any, len(params))
	for i, p := range params {
		v, err := abiValue(m.Inputs[i].Type, p)
		if err != nil {
			return "", fmt.Errorf("%s parameter %d: %w", name, i, err)
		}
		args[i] = v
	}
	data, err := parsed.Pack(name, args...)
	if err != nil {
		return "", fmt.Errorf("pack %s: %w", name, err)
	}
	out, err := ev.h.CallContract(ctx, chain, to, data)
	if err != nil {
		return "", err
	}
	vals, err := m.Outputs.Unpack(out)
	if err != nil {
		return "", fmt.Errorf("unpack %s: %w", name, err)
	}
	idx := 0
	if key != "" {
		idx = -1
		for i, o := range m.Outputs {
			if o.Name == key {
				idx = i
			}
		}
		if idx < 0 {
			return "", fmt.Errorf("%s has no output %q", name, key)
		}
	}
	if idx >= len(vals) {
		return "", fmt.Errorf("%s returned nothing", name)
	}
	return abiString(vals[idx]), nil
}

// abiValue converts a condition parameter to the Go value go-ethereum's ABI
// packer wants for t.
func abiValue(t abi.Type, s string) (any, error) {
	switch t.T {
	case abi.AddressTy:
		return parseAddress(s)
	case abi.BoolTy:
		switch strings.ToLower(s) {
		case "true":
			return true, nil
		case "false":
			return false, nil
		}
		return nil, fmt.Errorf("%q is not a bool", s)
	case abi.StringTy:
		return s, nil
	case abi.BytesTy:
		return hex.DecodeString(strings.TrimPrefix(s, "0x"))
	case abi.FixedBytesTy:
		b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
		if err != nil || len(b) != t.Size {
			return nil, fmt.Errorf("%q is not %d hex bytes", s, t.Size)
		}
		v := reflect.New(t.GetType()).Elem()
		reflect.Copy(v, reflect.ValueOf(b))
		return v.Interface(), nil
	case abi.UintTy, abi.IntTy:
		n, ok := parseInt(s)
		if !ok {
			return nil, fmt.Errorf("%q is not an integer", s)
		}
		if t.T == abi.UintTy && n.Sign() < 0 {
			return nil, fmt.Errorf("%q is negative", s)
		}
		if t.Size > 64 {
			return n, nil
		}
		v := reflect.New(t.GetType()).Elem()
		if t.T == abi.UintTy {
			if !n.IsUint64() || v.OverflowUint(n.Uint64()) {
				return nil, fmt.Errorf("%q overflows uint%d", s, t.Size)
			}
			v.SetUint(n.Uint64())
		} else {
			if !n.IsInt64() || v.OverflowInt(n.Int64()) {
				return nil, fmt.Errorf("%q overflows int%d", s, t.Size)
			}
			v.SetInt(n.Int64())
		}
		return v.Interface(), nil
	}
	return nil, fmt.Errorf("parameter type %s is not supported", t.String())
}

func abiString(v any) string {
	switch x := v.(type) {
	case *big.Int:
		return x.String()
	case common.Address:
		return x.Hex()
	case []byte:
		return "0x" + hex.EncodeToString(x)
	case bool:
		if x {
			return "true"
		}
		return "false"
	case string:
		return x
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Array && rv.Type().Elem().Kind() == reflect.Uint8 {
		b := make([]byte, rv.Len())
		reflect.Copy(reflect.ValueOf(b), rv)
		return "0x" + hex.EncodeToString(b)
	}
	return fmt.Sprint(v)
}

func parseInt(s string) (*big.Int, bool) {
	s = strings.TrimSpace(s)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var n *big.Int
	var ok bool
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		n, ok = new(big.Int).SetString(s[2:], 16)
	} else {
		n, ok = new(big.Int).SetString(s, 10)
	}
	if !ok || len(s) > 80 {
		return nil, false
	}
	if neg {
		n.Neg(n)
	}
	return n, true
}

// compare applies a returnValueTest comparator. Integers (decimal or hex)
// compare numerically; other values compare as strings, case-insensitively
// for "=" and "!=" (addresses come in mixed case).
func compare(got, cmp, want string) (bool, error) {
	g, gok := parseInt(got)
	w, wok := parseInt(want)
	if gok && wok {
		c := g.Cmp(w)
		switch cmp {
		case "=", "==":
			return c == 0, nil
		case "!=":
			return c != 0, nil
		case ">":
			return c > 0, nil
		case ">=":
			return c >= 0, nil
		case "<":
			return c < 0, nil
		case "<=":
			return c <= 0, nil
		}
	}
	switch cmp {
	case "=", "==":
		return strings.EqualFold(got, want), nil
	case "!=":
		return !strings.EqualFold(got, want), nil
	case "contains":
		return strings.Contains(strings.ToLower(got), strings.ToLower(want)), nil
	}
	return false, fmt.Errorf("comparator %q cannot compare %q with %q", cmp, truncate(got, 80), truncate(want, 80))
}
