package mpc_test

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
	"github.com/pkpnet/pkpnet/tdec"
)

// reshareEncAll runs ReshareShamir at every dealer and next member.
func reshareEncAll(t testing.TB, net *mpc.MemNetwork, p mpc.ReshareParams, old map[party.ID]*tdec.KeyShare, tr map[party.ID]mpc.Transport) (map[party.ID]*tdec.KeyShare, map[party.ID]error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute*timeScale)
	defer cancel()
	return runAll(p.Parties(), func(id party.ID) (*tdec.KeyShare, error) {
		q := p
		q.Self = id
		t := net.Transport(id)
		if o := tr[id]; o != nil {
			t = o
		}
		return mpc.ReshareShamir(ctx, t, q, old[id])
	})
}

// decryptWith decrypts ct with the shares of signers.
func decryptWith(ct *tdec.Ciphertext, set *tdec.KeySet, shares []*tdec.KeyShare) ([]byte, error) {
	var ds []*tdec.Share
	for _, ks := range shares {
		s, err := ks.DecryptShare(ct.Capsule())
		if err != nil {
			return nil, err
		}
		ds = append(ds, s)
	}
	pt, _, err := set.Decrypt(ct, ds)
	return pt, err
}

// TestReshareShamirTransitions moves an encryption key through 3 -> 4
// (every old member dealing), 4 -> 3 with node 4 down (it neither deals
// nor receives), and a same-set refresh 3 -> 3. After each step every next
// member holds the same key set with the same P and the next threshold, a
// ciphertext made before the first step decrypts with the new shares, and
// shares of the previous epoch do not verify against the new key set.
func TestReshareShamirTransitions(t *testing.T) {
	three, four := mpc.PartyIDs(3), mpc.PartyIDs(4)
	shares, pub := mpctest.EncShares(t, three)
	ct, err := tdec.Encrypt(pub, tdec.Access{Kind: tdec.AccessAction, Value: []byte("QmAction")}, []byte("before the transitions"))
	if err != nil {
		t.Fatal(err)
	}
	net := mpc.NewMemNetwork()
	defer net.Close()
	steps := []struct {
		name               string
		old, next, dealers []party.ID
		decrypters         []party.ID
	}{
		{"add 3->4", three, four, three, []party.ID{"2", "3", "4"}},
		{"remove down 4->3", four, three, three, []party.ID{"1", "3"}},
		{"refresh 3->3", three, three, three, []party.ID{"2", "3"}},
	}
	for i, st := range steps {
		p := params(pub, uint64(i+1), st.old, st.next, st.dealers)
		got, errs := reshareEncAll(t, net, p, shares, nil)
		if len(errs) > 0 {
			t.Fatalf("%s: %v", st.name, errs)
		}
		set := got[st.next[0]].Set
		if !bytes.Equal(set.Public, pub) || set.Threshold != mpc.Threshold(len(st.next)) || len(set.Shares) != len(st.next) {
			t.Fatalf("%s: key set P=%x T=%d n=%d", st.name, set.Public, set.Threshold, len(set.Shares))
		}
		for _, id := range st.next {
			if got[id] == nil || !bytes.Equal(tdec.EncodeKeySet(&got[id].Set), tdec.EncodeKeySet(&set)) {
				t.Fatalf("%s: party %s holds another key set", st.name, id)
			}
		}
		for _, id := range p.Parties() {
			if !slices.Contains(st.next, id) && got[id] != nil {
				t.Fatalf("%s: leaving dealer %s got a share", st.name, id)
			}
		}
		var dec []*tdec.KeyShare
		for _, id := range st.decrypters {
			dec = append(dec, got[id])
		}
		pt, err := decryptWith(ct, &set, dec)
		if err != nil || string(pt) != "before the transitions" {
			t.Fatalf("%s: decrypt after: %q, %v", st.name, pt, err)
		}
		// A share of the previous epoch does not verify against the new set.
		for id, old := range shares {
			if !slices.Contains(st.next, id) {
				continue
			}
			if bytes.Equal(old.SecretBytes(), got[id].SecretBytes()) {
				t.Fatalf("%s: party %s kept its share", st.name, id)
			}
			s, err := old.DecryptShare(ct.Capsule())
			if err != nil {
				t.Fatal(err)
			}
			if err := set.VerifyShare(ct.Capsule(), s); err == nil {
				t.Fatalf("%s: party %s's old share verifies against the new key set", st.name, id)
			}
		}
		shares = got
	}
}

// TestReshareShamirCheatingDealer: dealer 3 sends party 1 a share that
// fails its commitments and reveals a wrong one when 1 complains. The
// honest parties name dealer 3 and nobody else; a retry without it moves
// the key (3 -> 4, dealers 1 and 2, T = 2 of 3).
func TestReshareShamirCheatingDealer(t *testing.T) {
	three, four := mpc.PartyIDs(3), mpc.PartyIDs(4)
	shares, pub := mpctest.EncShares(t, three)
	net := mpc.NewMemNetwork()
	defer net.Close()
	cheat := &tamper{inner: net.Transport("3"), onSend: func(m *mpc.ReshareMsg, e mpc.Envelope) {
		switch {
		case m.Kind == mpc.KindShare && e.To == "1":
			m.Share = shift(m.Share)
		case m.Kind == mpc.KindReveal:
			for i := range m.Reveals {
				m.Reveals[i].Share = shift(m.Reveals[i].Share)
			}
		}
	}}
	p := params(pub, 1, three, four, three)
	_, errs := reshareEncAll(t, net, p, shares, map[party.ID]mpc.Transport{"3": cheat})
	for _, id := range []party.ID{"1", "2", "4"} {
		var de *mpc.DealerError
		if !errors.As(errs[id], &de) || !slices.Equal(de.Dealers, []party.ID{"3"}) {
			t.Fatalf("party %s: %v, want dealer 3 named", id, errs[id])
		}
		if got := mpc.ReshareSuspects(errs[id]); !slices.Equal(got, []party.ID{"3"}) {
			t.Fatalf("party %s: suspects %v", id, got)
		}
	}
	p.Attempt, p.Dealers = 1, []party.ID{"1", "2"}
	got, errs := reshareEncAll(t, net, p, shares, nil)
	if len(errs) > 0 {
		t.Fatalf("retry without dealer 3: %v", errs)
	}
	ct, err := tdec.Encrypt(pub, tdec.Access{Kind: tdec.AccessAction, Value: []byte("QmAction")}, []byte("x"))
	if err != nil {
		t.Fatal(err)
	}
	set := got["4"].Set
	if pt, err := decryptWith(ct, &set, []*tdec.KeyShare{got["1"], got["3"], got["4"]}); err != nil || string(pt) != "x" {
		t.Fatalf("decrypt after retry: %q, %v", pt, err)
	}
}

// TestReshareShamirRejectsMismatchedOld: the old share must be this
// party's share of P in the old set with the old threshold.
func TestReshareShamirRejectsMismatchedOld(t *testing.T) {
	three := mpc.PartyIDs(3)
	shares, pub := mpctest.EncShares(t, three)
	four, _ := mpctest.EncShares(t, mpc.PartyIDs(4))
	other, _ := mpctest.EncShares(t, three)
	net := mpc.NewMemNetwork()
	defer net.Close()
	cases := []struct {
		name string
		self party.ID
		old  *tdec.KeyShare
	}{
		{"another party's share", "1", shares["2"]},
		{"another old set", "1", four["1"]},
		{"another key", "2", other["2"]},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := params(pub, 1, three, three, three)
			p.Self = c.self
			if _, err := mpc.ReshareShamir(context.Background(), net.Transport(c.self), p, c.old); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}
