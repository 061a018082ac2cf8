package runtime

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// FuzzDecodeFrame feeds arbitrary bytes to the frame decoder the node uses
// on a worker's output: it must return a message or an error, never panic,
// and never accept a frame over the limit.
func FuzzDecodeFrame(f *testing.F) {
	frame := func(body string) []byte {
		b := binary.BigEndian.AppendUint32(nil, uint32(len(body)))
		return append(b, body...)
	}
	f.Add(frame(`{"t":"log","s":"hello"}`))
	f.Add(frame(`{"t":"call","id":1,"m":"fetch","a":{"url":"http://x"}}`))
	f.Add(frame(`{"t":"done","k":"limit","l":"memory","s":"x","rc":true}`))
	f.Add(frame(`{}`))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff})
	f.Add([]byte{0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		const limit = 1 << 16
		var hdr [4]byte
		r := bytes.NewReader(data)
		for {
			m, err := decodeFrame(r, &hdr, limit)
			if err != nil {
				return
			}
			if m.T == "" {
				t.Fatal("accepted a message without a type")
			}
			if len(data) >= 4 && binary.BigEndian.Uint32(data[:4]) > limit {
				t.Fatal("accepted an oversized frame")
			}
		}
	})
}

// nopChain answers every chain read with fixed values.
type nopChain struct{}

func (nopChain) NonceAt(context.Context, string, common.Address) (uint64, error) { return 1, nil }
func (nopChain) BalanceAt(context.Context, string, common.Address) (*big.Int, error) {
	return big.NewInt(10), nil
}
func (nopChain) CallContract(context.Context, string, common.Address, []byte) ([]byte, error) {
	return make([]byte, 64), nil
}

// FuzzCheckConditions feeds arbitrary JSON to the condition evaluator: it
// must answer or return an error, never panic.
func FuzzCheckConditions(f *testing.F) {
	f.Add(`{"conditions":[{"contractAddress":"","standardContractType":"","chain":"ethereum","method":"eth_getBalance","parameters":["0x00000000000000000000000000000000000000aa","latest"],"returnValueTest":{"comparator":">=","value":"1"}}]}`)
	f.Add(`{"conditions":[{"contractAddress":"0x00000000000000000000000000000000000000c0","chain":"ethereum","functionName":"f","functionParams":["1"],"functionAbi":{"name":"f","type":"function","inputs":[{"name":"a","type":"uint8"}],"outputs":[{"name":"","type":"uint256"}]},"returnValueTest":{"key":"","comparator":"=","value":"0"}}]}`)
	f.Add(`{"conditions":[[{"operator":"and"}],{"operator":"or"},[]]}`)
	f.Add(`{"conditions":[{"standardContractType":"ERC1155","method":"balanceOf","chain":"x","contractAddress":"0x00000000000000000000000000000000000000c0","parameters":[":userAddress","1"]}],"authSig":{"sig":"0x00","address":"0x1"}}`)
	f.Fuzz(func(t *testing.T, raw string) {
		if !json.Valid([]byte(raw)) {
			return
		}
		_, _ = checkConditions(context.Background(), nopChain{}, json.RawMessage(raw), "QmX")
	})
}

// FuzzParseInputs covers the small decoders of call arguments.
func FuzzParseInputs(f *testing.F) {
	f.Add("0x0279BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798")
	f.Add("12345")
	f.Add("0x")
	f.Add("-1")
	f.Fuzz(func(t *testing.T, s string) {
		if pub, err := parsePublicKey(s); err == nil && len(pub) != 65 {
			t.Fatalf("public key of %d bytes", len(pub))
		}
		if v, err := parseUint256(s, "x"); err == nil && (v.Sign() < 0 || v.Cmp(maxUint256) > 0) {
			t.Fatalf("out of range %s", v)
		}
		_, _ = parseAddress(s)
		_, _ = compare(s, ">=", "0x10")
	})
}

// FuzzParseSingleShare: what another node sends the coordinator for
// decryptToSingleNode never panics; a share is only accepted for its
// sender, and a refusal's reason is bounded.
func FuzzParseSingleShare(f *testing.F) {
	f.Add("2", []byte{singleRefusal, 'n', 'o'})
	f.Add("2", []byte{singleShare, 1, 2, 3})
	f.Add("2", []byte{})
	f.Add("2", []byte{7})
	f.Fuzz(func(t *testing.T, party string, v []byte) {
		s, reason, err := parseSingleShare(party, v)
		if err != nil {
			if s != nil || reason != "" {
				t.Fatal("an error with a result")
			}
			return
		}
		if s != nil && s.Party != party {
			t.Fatalf("share of %q accepted from %q", s.Party, party)
		}
		if len(reason) > maxRefusalReason+8 {
			t.Fatalf("reason of %d bytes", len(reason))
		}
	})
}
