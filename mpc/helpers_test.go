package mpc_test

import (
	"bytes"
	"crypto/rand"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
)

// runAll runs f for every party concurrently and returns results and errors.
func runAll[T any](ids []party.ID, f func(party.ID) (T, error)) (map[party.ID]T, map[party.ID]error) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	out, errs := map[party.ID]T{}, map[party.ID]error{}
	for _, id := range ids {
		wg.Go(func() {
			v, err := f(id)
			mu.Lock()
			defer mu.Unlock()
			out[id] = v
			if err != nil {
				errs[id] = err
			}
		})
	}
	wg.Wait()
	return out, errs
}

func randKeyID(t testing.TB) mpc.KeyID {
	var k mpc.KeyID
	if _, err := rand.Read(k[:]); err != nil {
		t.Fatal(err)
	}
	return k
}

func randHash(t testing.TB) []byte {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return crypto.Keccak256(b)
}

// agreeEntropy runs the commit–reveal helpers for a signer set as the
// nodes would over the PKP topic.
func agreeEntropy(t testing.TB, session string, signers []party.ID) [32]byte {
	commits, reveals := map[party.ID][32]byte{}, map[party.ID][32]byte{}
	for _, id := range signers {
		n, err := mpc.NewEntropyNonce()
		if err != nil {
			t.Fatal(err)
		}
		commits[id] = mpc.EntropyCommit(session, id, n)
		reveals[id] = n
	}
	e, err := mpc.CombineEntropy(session, signers, commits, reveals)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// checkEcrecover asserts that sig recovers the PKP's derived address with
// go-ethereum's crypto.Ecrecover.
func checkEcrecover(t testing.TB, rootPub []byte, keyID mpc.KeyID, hash, sig []byte) {
	t.Helper()
	want, err := mpc.DeriveAddress(rootPub, keyID)
	if err != nil {
		t.Fatal(err)
	}
	if len(sig) != 65 || sig[64] > 1 {
		t.Fatalf("signature %x: want 65 bytes with V in {0,1}", sig)
	}
	rec, err := crypto.Ecrecover(hash, sig)
	if err != nil {
		t.Fatalf("ecrecover: %v", err)
	}
	got := crypto.Keccak256(rec[1:])[12:]
	if !bytes.Equal(got, want.Bytes()) {
		t.Fatalf("ecrecover gives %x, want %s", got, want)
	}
	// Low S: s <= q/2.
	if new(bigInt).SetBytes(sig[32:64]).Cmp(halfOrder) > 0 {
		t.Fatalf("high S in %x", sig)
	}
	pub, err := crypto.SigToPub(hash, sig)
	if err != nil || !crypto.VerifySignature(crypto.CompressPubkey(pub), hash, sig[:64]) {
		t.Fatalf("go-ethereum VerifySignature rejects %x: %v", sig, err)
	}
}

type bigInt = big.Int

var halfOrder = new(big.Int).Rsh(crypto.S256().Params().N, 1)
