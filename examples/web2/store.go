// Package web2 is the web2-backend-replacement example's store: a key-value
// HTTP server that accepts a write only with a signature of the configured
// PKP over the write's canonical JSON (EIP-191). Validation (schema, owner)
// happens in the action (validate_write.js) before the PKP signs.
package web2

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// ValidateWrite is the action that validates and signs writes.
//
//go:embed validate_write.js
var ValidateWrite string

// Write is one signed write.
type Write struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	Owner string `json:"owner"`
	Nonce int64  `json:"nonce"`
}

// Store keeps the latest accepted write per key.
type Store struct {
	pkp common.Address
	mu  sync.Mutex
	kv  map[string]Write
}

// NewStore accepts writes signed by pkp.
func NewStore(pkp common.Address) *Store { return &Store{pkp: pkp, kv: map[string]Write{}} }

// Get returns the value of key.
func (s *Store) Get(key string) (Write, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w, ok := s.kv[key]
	return w, ok
}

// ServeHTTP accepts POST {"message": <the action's response>, "signature": 0x...}.
func (s *Store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	var in struct{ Message, Signature string }
	if err := json.NewDecoder(io.LimitReader(r.Body, 8<<10)).Decode(&in); err != nil {
		http.Error(w, "bad body: "+err.Error(), http.StatusBadRequest)
		return
	}
	if err := s.accept(in.Message, in.Signature); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Store) accept(message, signature string) error {
	sig, err := hexutil.Decode(signature)
	if err != nil || len(sig) != 65 {
		return fmt.Errorf("signature must be 65 bytes of 0x-hex")
	}
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	pub, err := crypto.Ecrecover(accounts.TextHash([]byte(message)), sig)
	if err != nil {
		return fmt.Errorf("bad signature: %w", err)
	}
	k, err := crypto.UnmarshalPubkey(pub)
	if err != nil || crypto.PubkeyToAddress(*k) != s.pkp {
		return fmt.Errorf("not signed by the store's PKP %s", s.pkp.Hex())
	}
	var wr Write
	dec := json.NewDecoder(strings.NewReader(message))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&wr); err != nil {
		return fmt.Errorf("bad write: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if prev, ok := s.kv[wr.Key]; ok && wr.Nonce <= prev.Nonce {
		return fmt.Errorf("stale write: nonce %d, have %d", wr.Nonce, prev.Nonce)
	}
	s.kv[wr.Key] = wr
	return nil
}
