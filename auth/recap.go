package auth

import (
	"bytes"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"strings"

	"github.com/ipfs/go-cid"

	"github.com/pkpnet/pkpnet/actionid"
)

// Abilities a session can be granted (EIP-5573 "namespace/name").
const (
	AbilityExecute = "pkpnet/execute"
	AbilityPKPSign = "pkpnet/pkp-sign"
	// AbilityDecrypt asks for threshold decryption shares
	// (/pkpnet/decrypt/1.0.0); caveats' Actions and TokenIDs do not apply.
	AbilityDecrypt = "pkpnet/decrypt"
)

// RecapPrefix starts the one SIWE resource that carries the delegation.
const RecapPrefix = "urn:recap:"

// Limits of a recap. A resource longer than MaxRecapSize, a caveat list
// longer than maxCaveats or a restriction list longer than MaxRestrictions
// is refused before (or while) it is decoded.
const (
	MaxRecapSize    = 12 << 10 // the whole "urn:recap:..." resource
	MaxRestrictions = 64       // token IDs, and action CIDs, per caveat
	maxCaveats      = 4        // caveat objects per ability
)

// ErrRecap marks a malformed or unacceptable ReCap resource.
var ErrRecap = errors.New("malformed recap")

func recapErr(format string, a ...any) error {
	return fmt.Errorf("%w: %s", ErrRecap, fmt.Sprintf(format, a...))
}

// Caveat restricts an ability. A zero Caveat ("{}") is unrestricted. With
// TokenIDs set, only those PKPs may sign; with Actions set, only those
// actions may run. An action is written as its CIDv0 or its dag-pb CIDv1
// (actionid.Parse); either form matches a request naming it in either.
type Caveat struct {
	// Fields in sorted JSON key order: the encoding is canonical.
	Actions  []string `json:"actions,omitempty"`  // CIDv0 "Qm..." or CIDv1 "bafy..."
	TokenIDs []string `json:"tokenIds,omitempty"` // decimal, canonical
}

// Capabilities is what a session authorisation delegates to its session
// key: each granted ability with its caveats. An ability is granted if at
// least one of its caveats allows the use (EIP-5573: any of the listed
// caveat objects).
type Capabilities struct {
	// SessionKey is the delegate, an ed25519 public key.
	SessionKey ed25519.PublicKey
	// Abilities maps AbilityExecute / AbilityPKPSign to its caveats (at
	// least one each; an unrestricted ability is []Caveat{{}}).
	Abilities map[string][]Caveat
}

// recapJSON is the EIP-5573 payload.
type recapJSON struct {
	Att map[string]map[string][]Caveat `json:"att"`
	Prf []string                       `json:"prf"`
}

// SessionResource is the recap's resource URI for a session key:
// pkpnet://<network>/session/ed25519:<hex>.
func SessionResource(network string, key ed25519.PublicKey) string {
	return NetworkURI(network) + "/session/ed25519:" + hex.EncodeToString(key)
}

// NetworkURI is the SIWE URI of a pkpnet network: pkpnet://<network>.
func NetworkURI(network string) string { return "pkpnet://" + network }

var (
	decimalRE = regexp.MustCompile(`^(0|[1-9][0-9]{0,77})$`)
	abilityRE = regexp.MustCompile(`^pkpnet/(execute|pkp-sign|decrypt)$`)
)

// validate checks a caveat's restriction lists.
func (c Caveat) validate() error {
	if c.TokenIDs != nil && len(c.TokenIDs) == 0 || c.Actions != nil && len(c.Actions) == 0 {
		return recapErr("an empty restriction list (omit it for no restriction)")
	}
	if len(c.TokenIDs) > MaxRestrictions || len(c.Actions) > MaxRestrictions {
		return recapErr("more than %d token IDs or actions in a caveat", MaxRestrictions)
	}
	for _, t := range c.TokenIDs {
		if !decimalRE.MatchString(t) {
			return recapErr("token ID %q is not a canonical decimal", truncate(t, 80))
		}
		if v, _ := new(big.Int).SetString(t, 10); v.BitLen() > 256 {
			return recapErr("token ID %q exceeds 256 bits", truncate(t, 80))
		}
	}
	for _, a := range c.Actions {
		if _, err := actionid.Parse(a); err != nil {
			return recapErr("action %q: %s", truncate(a, 80), truncate(err.Error(), 200))
		}
	}
	return nil
}

// validate checks the capabilities as a whole.
func (c *Capabilities) validate() error {
	if len(c.SessionKey) != ed25519.PublicKeySize {
		return recapErr("session key of %d bytes", len(c.SessionKey))
	}
	if len(c.Abilities) == 0 {
		return recapErr("no abilities")
	}
	for ab, cavs := range c.Abilities {
		if !abilityRE.MatchString(ab) {
			return recapErr("unknown ability %q", truncate(ab, 64))
		}
		if len(cavs) == 0 || len(cavs) > maxCaveats {
			return recapErr("ability %s: %d caveats, want 1..%d", ab, len(cavs), maxCaveats)
		}
		for _, cv := range cavs {
			if err := cv.validate(); err != nil {
				return fmt.Errorf("ability %s: %w", ab, err)
			}
		}
	}
	return nil
}

// EncodeRecap returns the "urn:recap:..." resource for c on network: the
// base64url (no padding) of the canonical JSON (keys sorted, no spaces).
func EncodeRecap(network string, c Capabilities) (string, error) {
	if err := c.validate(); err != nil {
		return "", err
	}
	p := recapJSON{Att: map[string]map[string][]Caveat{SessionResource(network, c.SessionKey): c.Abilities}, Prf: []string{}}
	b, err := json.Marshal(p) // maps marshal with sorted keys
	if err != nil {
		return "", fmt.Errorf("encode recap: %w", err)
	}
	r := RecapPrefix + base64.RawURLEncoding.EncodeToString(b)
	if len(r) > MaxRecapSize {
		return "", recapErr("%d bytes, limit %d", len(r), MaxRecapSize)
	}
	return r, nil
}

// DecodeRecap parses a recap resource for network. It accepts exactly one
// attenuation target, the session resource of an ed25519 key on this
// network, only the pkpnet abilities, only known caveat fields, and no
// proofs. It also requires the canonical encoding (what EncodeRecap makes),
// so that one delegation has one text.
func DecodeRecap(network, resource string) (*Capabilities, error) {
	if len(resource) > MaxRecapSize {
		return nil, recapErr("%d bytes, limit %d", len(resource), MaxRecapSize)
	}
	enc, ok := strings.CutPrefix(resource, RecapPrefix)
	if !ok {
		return nil, recapErr("resource does not start with %q", RecapPrefix)
	}
	raw, err := base64.RawURLEncoding.Strict().DecodeString(enc)
	if err != nil {
		return nil, recapErr("not base64url without padding")
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var p recapJSON
	if err := dec.Decode(&p); err != nil {
		return nil, recapErr("JSON: %v", truncErr(err))
	}
	if dec.More() {
		return nil, recapErr("trailing data after the JSON object")
	}
	if len(p.Prf) != 0 {
		return nil, recapErr("proofs are not supported")
	}
	if len(p.Att) != 1 {
		return nil, recapErr("%d attenuation targets, want exactly 1", len(p.Att))
	}
	var target string
	var abilities map[string][]Caveat
	for k, v := range p.Att {
		target, abilities = k, v
	}
	want := NetworkURI(network) + "/session/ed25519:"
	keyHex, ok := strings.CutPrefix(target, want)
	if !ok {
		return nil, recapErr("target %q is not a session key of network %q", truncate(target, 120), network)
	}
	key, err := hex.DecodeString(keyHex)
	if err != nil || len(key) != ed25519.PublicKeySize || hex.EncodeToString(key) != keyHex {
		return nil, recapErr("session key must be 64 lower-case hex characters")
	}
	c := &Capabilities{SessionKey: ed25519.PublicKey(key), Abilities: abilities}
	if err := c.validate(); err != nil {
		return nil, err
	}
	again, err := EncodeRecap(network, *c)
	if err != nil {
		return nil, err
	}
	if again != resource {
		return nil, recapErr("not in canonical form (sorted keys, no spaces, as EncodeRecap writes it)")
	}
	return c, nil
}

func truncErr(err error) string { return truncate(err.Error(), 120) }

// RecapStatement is the SIWE statement that a recap implies, after
// EIP-5573: "I further authorize the stated URI to perform the following
// actions on my behalf: (1) 'pkpnet': 'execute', 'pkp-sign' for
// '<session resource>'." Abilities are listed in sorted order. Restrictions
// (caveats) are not part of the statement; they are in the resource.
func RecapStatement(network string, c Capabilities) string {
	names := make([]string, 0, len(c.Abilities))
	for ab := range c.Abilities {
		names = append(names, "'"+strings.TrimPrefix(ab, "pkpnet/")+"'")
	}
	slices.Sort(names)
	return "I further authorize the stated URI to perform the following actions on my behalf: (1) 'pkpnet': " +
		strings.Join(names, ", ") + " for '" + SessionResource(network, c.SessionKey) + "'."
}

// Errors of a capability check.
var ErrNotPermitted = errors.New("session: capability not granted")

// Permits reports whether ability may be used for the given action CID
// (execute; ignored for pkp-sign) and PKP token IDs (the PKPs the request
// signs with; none when not yet known). Each caveat is tried; one that
// allows everything asked suffices. An execute caveat with Actions allows
// only those actions, compared by canonical CID (actionid.Parse): a CIDv0
// and its dag-pb CIDv1 are the same action, and a CID that names no action
// matches none. A pkp-sign caveat's Actions do not apply.
func (c *Capabilities) Permits(ability, actionCID string, tokenIDs ...*big.Int) error {
	cavs, ok := c.Abilities[ability]
	if !ok {
		return fmt.Errorf("%w: the session does not grant %s", ErrNotPermitted, ability)
	}
	var action cid.Cid // Undef: no action, or text naming none
	if actionCID != "" {
		action, _ = actionid.Parse(actionCID)
	}
	for _, cv := range cavs {
		if cv.allows(ability, action, tokenIDs) {
			return nil
		}
	}
	var what []string
	if actionCID != "" {
		what = append(what, "action "+actionCID)
	}
	for _, t := range tokenIDs {
		what = append(what, "PKP "+t.String())
	}
	return fmt.Errorf("%w: %s is restricted and does not cover %s", ErrNotPermitted, ability, strings.Join(what, ", "))
}

func (cv Caveat) allows(ability string, action cid.Cid, tokenIDs []*big.Int) bool {
	if ability == AbilityExecute && cv.Actions != nil && !cv.hasAction(action) {
		return false
	}
	if cv.TokenIDs != nil {
		for _, t := range tokenIDs {
			if !slices.Contains(cv.TokenIDs, t.String()) {
				return false
			}
		}
	}
	return true
}

// hasAction reports whether the caveat lists action, in either form.
func (cv Caveat) hasAction(action cid.Cid) bool {
	if !action.Defined() {
		return false
	}
	for _, a := range cv.Actions {
		if c, err := actionid.Parse(a); err == nil && c.Equals(action) {
			return true
		}
	}
	return false
}
