package client

import (
	"crypto/rand"
	"encoding/hex"
	"testing"

	libcrypto "github.com/libp2p/go-libp2p/core/crypto"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node/signing"
	"github.com/pkpnet/pkpnet/node/signing/signingtest"
	"github.com/pkpnet/pkpnet/wire"
)

func TestPinnedCoordinator(t *testing.T) {
	members := statuses(1, 0, 2)
	cases := []struct {
		name   string
		pin    string
		failed map[string]bool
		want   string // "" for no pin
	}{
		{"unset", "", nil, ""},
		{"member", "2", nil, "2"},
		{"member with an empty pool", "2", map[string]bool{"1": true}, "2"},
		{"not a member", "9", nil, ""},
		{"failed as coordinator in this request", "3", map[string]bool{"3": true}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := pinnedCoordinator(members, tc.pin, tc.failed)
			if ok != (tc.want != "") || ok && got.Party != tc.want {
				t.Fatalf("got %q, %v; want %q", got.Party, ok, tc.want)
			}
		})
	}
}

func TestAssignedOnDemand(t *testing.T) {
	sk, pk, err := libcrypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	other, _, err := libcrypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	ring := signingtest.KeyRing{"1": pk}
	assign := func(onDemand bool, key libcrypto.PrivKey) string {
		a := &signing.Assignment{Session: "s", Coordinator: "1", Signers: mpc.PartyIDs(2)}
		if onDemand {
			a.OnDemand, a.ODSession = true, "s/od"
		} else {
			a.PresignID = make([]byte, mpc.PresignIDLen)
			a.PresignID[0] = 1
		}
		raw, err := a.Sign(key)
		if err != nil {
			t.Fatal(err)
		}
		return "0x" + hex.EncodeToString(raw)
	}
	cases := []struct {
		name       string
		assignment string
		want       bool
	}{
		{"on demand", assign(true, sk), true},
		{"pooled", assign(false, sk), false},
		{"on demand, signed by another key", assign(true, other), false},
		{"not hex", "0xzz", false},
		{"empty", "", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := assignedOnDemand(wire.SignatureShare{Assignment: tc.assignment}, ring); got != tc.want {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}
}
