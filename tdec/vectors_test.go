package tdec

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/vectors.json")

// stream is a deterministic byte source: SHA-256(seed || counter) blocks.
type stream struct {
	seed string
	n    uint32
	buf  []byte
}

func (s *stream) Read(p []byte) (int, error) {
	for len(s.buf) < len(p) {
		h := sha256.Sum256(binary.BigEndian.AppendUint32([]byte(s.seed), s.n))
		s.n++
		s.buf = append(s.buf, h[:]...)
	}
	copy(p, s.buf)
	s.buf = s.buf[len(p):]
	return len(p), nil
}

type vectorFile struct {
	Note       string            `json:"note"`
	KeySet     string            `json:"keySet"` // P || X_1 || X_2 || X_3
	Threshold  int               `json:"threshold"`
	Secrets    map[string]string `json:"secretShares"`
	AccessKind byte              `json:"accessKind"`
	Access     string            `json:"access"`
	Plaintext  string            `json:"plaintext"`
	Seed       string            `json:"randomSeed"`
	Identity   string            `json:"identity"`
	IdentityPK string            `json:"identityKey"`
	Ciphertext string            `json:"ciphertext"`
	Capsule    string            `json:"capsule"`
	Shares     map[string]string `json:"shares"`
}

func scalarOf(tag string) scalar {
	h := sha256.Sum256([]byte(tag))
	var s scalar
	s.SetByteSlice(h[:])
	return s
}

// TestVectors pins the encodings, hashes and derivations byte for byte (for
// other implementations, e.g. the JS client): a fixed key x + a1*X shared
// among "1","2","3" (T = 2), a fixed random stream.
func TestVectors(t *testing.T) {
	x, a1 := scalarOf("pkpnet/tdec/vector/x"), scalarOf("pkpnet/tdec/vector/a1")
	set := KeySet{Public: mustEncode(baseMul(&x)), Threshold: 2, Shares: map[string][]byte{}}
	secrets := map[string]scalar{}
	for _, id := range []string{"1", "2", "3"} {
		xi := idScalar(id)
		xi.Mul(&a1).Add(&x)
		secrets[id] = xi
		set.Shares[id] = mustEncode(baseMul(&xi))
	}
	v := vectorFile{
		Note:   "pkpnet tdec v1 test vectors; docs/crypto.md §11. Random bytes are read from SHA-256(seed || u32 counter) blocks: encrypt reads salt(32), r, nonce(12), k; a share reads its DLEQ k (scalars: 32 bytes, retried while >= q).",
		KeySet: hex.EncodeToString(EncodeKeySet(&set)), Threshold: 2, Secrets: map[string]string{},
		AccessKind: AccessConditions,
		Access:     `[{"conditionType":"evmBasic","contractAddress":"","standardContractType":"","chain":"pkpnet","method":"eth_getBalance","parameters":[":userAddress","latest"],"returnValueTest":{"comparator":">=","value":"1"}}]`,
		Plaintext:  "pkpnet threshold decryption vector",
		Seed:       "pkpnet/tdec/vector/stream",
		Shares:     map[string]string{},
	}
	rnd := &stream{seed: v.Seed}
	ct, err := encrypt(set.Public, Access{Kind: v.AccessKind, Value: []byte(v.Access)}, []byte(v.Plaintext), rnd)
	if err != nil {
		t.Fatal(err)
	}
	id := ct.Identity()
	pid, _ := IdentityKey(set.Public, id)
	b, _ := ct.MarshalBinary()
	cb, _ := ct.Capsule().MarshalBinary()
	v.Identity, v.IdentityPK, v.Ciphertext, v.Capsule = hex.EncodeToString(id[:]), hex.EncodeToString(pid), hex.EncodeToString(b), hex.EncodeToString(cb)
	var shares []*Share
	for _, p := range []string{"1", "2", "3"} {
		sc := secrets[p]
		v.Secrets[p] = hex.EncodeToString(scalarBytes(&sc))
		ks, err := NewKeyShare(p, scalarBytes(&sc), set)
		if err != nil {
			t.Fatal(err)
		}
		sh, err := ks.decryptShare(ct.Capsule(), &stream{seed: v.Seed + "/share/" + p})
		if err != nil {
			t.Fatal(err)
		}
		sb, _ := sh.MarshalBinary()
		v.Shares[p] = hex.EncodeToString(sb)
		shares = append(shares, sh)
	}
	pt, _, err := set.Decrypt(ct, shares[1:])
	if err != nil || string(pt) != v.Plaintext {
		t.Fatalf("vector does not decrypt: %v", err)
	}
	got, _ := json.MarshalIndent(v, "", "  ")
	path := filepath.Join("testdata", "vectors.json")
	if *update {
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != string(got)+"\n" {
		t.Fatalf("vectors differ from %s (run with -update only for an intended format change)\n%s", path, got)
	}
}
