// Package auth owns request authentication for pkpnet: session
// authorisations (a Sign-In with Ethereum, EIP-4361, message signed once by
// a wallet with EIP-191 personal_sign, whose ReCap resource, EIP-5573,
// delegates capabilities to an ephemeral ed25519 session key), the
// per-request, per-node session signatures, their verification at a node
// (URI, domain, chain, validity, EOA or EIP-1271 contract wallet, never a
// PKP) and the capability check; the persistent replay state is package
// auth/replay. Clients use the same package to create sessions and sign
// requests. The formats are specified in docs/auth.md and pinned by
// testdata/vectors.json.
package auth

import (
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// MaxMessageSize caps a SIWE message. EIP-4361 messages are a few hundred
// bytes; the recap resource (at most MaxRecapSize) makes them longer.
const MaxMessageSize = 16 << 10

// Limits on the parts of a message.
const (
	maxResources = 32
	maxFieldLen  = 1024
)

// Message is an EIP-4361 Sign-In with Ethereum message.
type Message struct {
	Domain         string
	Address        common.Address
	Statement      string // optional, one line
	URI            string
	Version        string // always "1"
	ChainID        uint64
	Nonce          string // at least 8 alphanumeric characters
	IssuedAt       time.Time
	ExpirationTime time.Time // zero when absent
	NotBefore      time.Time // zero when absent
	RequestID      string    // optional
	Resources      []string
}

const (
	headerSuffix = " wants you to sign in with your Ethereum account:"
	timeLayout   = time.RFC3339Nano
)

// String renders m in the exact EIP-4361 text form that is signed.
func (m *Message) String() string {
	var b strings.Builder
	b.WriteString(m.Domain + headerSuffix + "\n")
	b.WriteString(m.Address.Hex() + "\n\n")
	if m.Statement != "" {
		b.WriteString(m.Statement + "\n")
	}
	b.WriteString("\n")
	b.WriteString("URI: " + m.URI + "\n")
	b.WriteString("Version: " + m.Version + "\n")
	b.WriteString("Chain ID: " + strconv.FormatUint(m.ChainID, 10) + "\n")
	b.WriteString("Nonce: " + m.Nonce + "\n")
	b.WriteString("Issued At: " + m.IssuedAt.UTC().Format(timeLayout))
	if !m.ExpirationTime.IsZero() {
		b.WriteString("\nExpiration Time: " + m.ExpirationTime.UTC().Format(timeLayout))
	}
	if !m.NotBefore.IsZero() {
		b.WriteString("\nNot Before: " + m.NotBefore.UTC().Format(timeLayout))
	}
	if m.RequestID != "" {
		b.WriteString("\nRequest ID: " + m.RequestID)
	}
	if len(m.Resources) > 0 {
		b.WriteString("\nResources:")
		for _, r := range m.Resources {
			b.WriteString("\n- " + r)
		}
	}
	return b.String()
}

// ErrMalformed marks a message that is not valid EIP-4361.
var ErrMalformed = errors.New("malformed SIWE message")

var nonceRE = regexp.MustCompile(`^[a-zA-Z0-9]{8,64}$`)

func malformed(format string, a ...any) error {
	return fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, a...))
}

// ParseMessage parses the EIP-4361 text form. It accepts exactly what String
// produces for some Message, with the field order of the standard.
func ParseMessage(s string) (*Message, error) {
	if len(s) > MaxMessageSize {
		return nil, malformed("%d bytes, limit %d", len(s), MaxMessageSize)
	}
	lines := strings.Split(s, "\n")
	next := 0
	line := func() (string, bool) {
		if next >= len(lines) {
			return "", false
		}
		l := lines[next]
		next++
		return l, true
	}
	var m Message
	l, _ := line()
	domain, ok := strings.CutSuffix(l, headerSuffix)
	if !ok || domain == "" || len(domain) > maxFieldLen || strings.ContainsAny(domain, " \t\r") {
		return nil, malformed("first line must be %q", "<domain>"+headerSuffix)
	}
	m.Domain = domain
	l, ok = line()
	if !ok || !common.IsHexAddress(l) || !strings.HasPrefix(l, "0x") {
		return nil, malformed("second line must be an 0x address")
	}
	m.Address = common.HexToAddress(l)
	if m.Address.Hex() != l {
		return nil, malformed("address %s is not EIP-55 checksummed", l)
	}
	if l, ok = line(); !ok || l != "" {
		return nil, malformed("expected an empty line after the address")
	}
	l, ok = line()
	if !ok {
		return nil, malformed("truncated after the address")
	}
	if l != "" {
		if strings.HasPrefix(l, "URI: ") {
			return nil, malformed("expected an empty line before URI")
		}
		if len(l) > maxFieldLen {
			return nil, malformed("statement too long")
		}
		m.Statement = l
		if l, ok = line(); !ok || l != "" {
			return nil, malformed("expected an empty line after the statement")
		}
	}
	field := func(name string) (string, error) {
		l, ok := line()
		v, found := strings.CutPrefix(l, name+": ")
		if !ok || !found {
			return "", malformed("expected %q", name+": ")
		}
		if v == "" || len(v) > maxFieldLen {
			return "", malformed("%s: empty or too long", name)
		}
		return v, nil
	}
	var err error
	if m.URI, err = field("URI"); err != nil {
		return nil, err
	}
	if u, err := url.Parse(m.URI); err != nil || u.Scheme == "" {
		return nil, malformed("URI %q is not an absolute URI", m.URI)
	}
	if m.Version, err = field("Version"); err != nil {
		return nil, err
	}
	if m.Version != "1" {
		return nil, malformed("version %q, want 1", m.Version)
	}
	cid, err := field("Chain ID")
	if err != nil {
		return nil, err
	}
	if m.ChainID, err = strconv.ParseUint(cid, 10, 64); err != nil {
		return nil, malformed("chain ID %q", cid)
	}
	if m.Nonce, err = field("Nonce"); err != nil {
		return nil, err
	}
	if !nonceRE.MatchString(m.Nonce) {
		return nil, malformed("nonce must be 8-64 alphanumeric characters")
	}
	ts := func(name string, v string) (time.Time, error) {
		t, err := time.Parse(time.RFC3339Nano, v)
		if err != nil {
			return time.Time{}, malformed("%s %q is not RFC 3339", name, v)
		}
		return t, nil
	}
	v, err := field("Issued At")
	if err != nil {
		return nil, err
	}
	if m.IssuedAt, err = ts("Issued At", v); err != nil {
		return nil, err
	}
	// Optional fields, in the standard's order.
	optional := []struct {
		name string
		set  func(string) error
	}{
		{"Expiration Time", func(v string) (err error) { m.ExpirationTime, err = ts("Expiration Time", v); return }},
		{"Not Before", func(v string) (err error) { m.NotBefore, err = ts("Not Before", v); return }},
		{"Request ID", func(v string) error { m.RequestID = v; return nil }},
	}
	for _, o := range optional {
		if next < len(lines) && strings.HasPrefix(lines[next], o.name+": ") {
			v, err := field(o.name)
			if err != nil {
				return nil, err
			}
			if err := o.set(v); err != nil {
				return nil, err
			}
		}
	}
	if next < len(lines) && lines[next] == "Resources:" {
		next++
		for next < len(lines) {
			r, ok := strings.CutPrefix(lines[next], "- ")
			if !ok {
				break
			}
			if r == "" || len(r) > maxFieldLen && !(strings.HasPrefix(r, RecapPrefix) && len(r) <= MaxRecapSize) {
				return nil, malformed("resource empty or too long")
			}
			if len(m.Resources) == maxResources {
				return nil, malformed("more than %d resources", maxResources)
			}
			m.Resources = append(m.Resources, r)
			next++
		}
	}
	if next != len(lines) {
		return nil, malformed("unexpected line %d: %q", next+1, truncate(lines[next], 64))
	}
	return &m, nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// AuthSig is a signed SIWE message in the shape Lit's clients send.
type AuthSig struct {
	Sig           string `json:"sig"`           // 0x, 65 bytes [R||S||V], V 27/28 or 0/1
	DerivedVia    string `json:"derivedVia"`    // "web3.eth.personal.sign"
	SignedMessage string `json:"signedMessage"` // the EIP-4361 text
	Address       string `json:"address"`       // the signer, 0x
}

// DerivedVia is the only supported signing method.
const DerivedVia = "web3.eth.personal.sign"

// RecoverPersonalSign returns the address that signed message under EIP-191
// personal_sign with sig: 65 bytes [R || S || V], V in {0, 1} or {27, 28}.
func RecoverPersonalSign(message string, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("personal_sign signature of %d bytes, want 65", len(sig))
	}
	rs := slices.Clone(sig)
	if rs[64] >= 27 {
		rs[64] -= 27
	}
	if rs[64] > 1 {
		return common.Address{}, fmt.Errorf("personal_sign signature with V %d", sig[64])
	}
	pub, err := crypto.SigToPub(accounts.TextHash([]byte(message)), rs)
	if err != nil {
		return common.Address{}, fmt.Errorf("personal_sign: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// NewNonce returns a random alphanumeric nonce with 128 bits of entropy.
func NewNonce() string { return rand.Text() }

// Sign signs m with key under EIP-191 personal_sign. m.Address is set from key.
func Sign(key *ecdsa.PrivateKey, m Message) (AuthSig, error) {
	m.Address = crypto.PubkeyToAddress(key.PublicKey)
	text := m.String()
	if _, err := ParseMessage(text); err != nil {
		return AuthSig{}, fmt.Errorf("sign: %w", err)
	}
	sig, err := crypto.Sign(accounts.TextHash([]byte(text)), key)
	if err != nil {
		return AuthSig{}, fmt.Errorf("sign: %w", err)
	}
	sig[64] += 27
	return AuthSig{
		Sig:           hexutil.Encode(sig),
		DerivedVia:    DerivedVia,
		SignedMessage: text,
		Address:       m.Address.Hex(),
	}, nil
}
