package wire_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/wire"
)

// code returns the p2p error code of err, or "" if err is no *p2p.Error.
func code(err error) p2p.ErrorCode {
	var pe *p2p.Error
	if errors.As(err, &pe) {
		return pe.Code
	}
	return ""
}

func TestCommonValidate(t *testing.T) {
	tests := []struct {
		name string
		c    wire.Common
		want p2p.ErrorCode
	}{
		{"ok", wire.Common{RequestID: "abcdefgh", Nodes: []string{"1", "2"}}, ""},
		{"64 characters", wire.Common{RequestID: strings.Repeat("a", 64)}, ""},
		{"short ID", wire.Common{RequestID: "abcdefg"}, p2p.CodeBadRequest},
		{"long ID", wire.Common{RequestID: strings.Repeat("a", 65)}, p2p.CodeBadRequest},
		{"ID with a dot", wire.Common{RequestID: "abcd.efgh"}, p2p.CodeBadRequest},
		{"too many nodes", wire.Common{RequestID: "abcdefgh", Nodes: make([]string, wire.MaxNodes+1)}, p2p.CodeBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.c.Validate()
			if (err == nil) != (tt.want == "") || code(err) != tt.want {
				t.Fatalf("Validate() = %v, want code %q", err, tt.want)
			}
		})
	}
}

func TestExecuteValidate(t *testing.T) {
	tests := []struct {
		name string
		r    wire.ExecuteRequest
		want p2p.ErrorCode
	}{
		{"code", wire.ExecuteRequest{Code: "1"}, ""},
		{"ipfsId", wire.ExecuteRequest{IPFSID: "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"}, ""},
		{"neither", wire.ExecuteRequest{}, p2p.CodeBadRequest},
		{"both", wire.ExecuteRequest{Code: "1", IPFSID: "Qm"}, p2p.CodeBadRequest},
		{"code too large", wire.ExecuteRequest{Code: strings.Repeat("a", wire.MaxCodeSize+1)}, p2p.CodeTooLarge},
		{"jsParams too large", wire.ExecuteRequest{Code: "1", JSParams: make([]byte, wire.MaxJSParamsSize+1)}, p2p.CodeTooLarge},
		{"code not UTF-8", wire.ExecuteRequest{Code: "\xff"}, p2p.CodeBadRequest},
		{"ipfsId CIDv1", wire.ExecuteRequest{IPFSID: "bafybeicg2rebjoofv4kbyovkw7af3rpiitvnl6i7ckcywaq6xjcxnc2mby"}, ""},
		{"ipfsId too long", wire.ExecuteRequest{IPFSID: "b" + strings.Repeat("a", wire.MaxIPFSIDLen)}, p2p.CodeTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.r.Validate()
			if (err == nil) != (tt.want == "") || code(err) != tt.want {
				t.Fatalf("Validate() = %v, want code %q", err, tt.want)
			}
		})
	}
}

func TestPKPSignDecode(t *testing.T) {
	hash := "0x" + strings.Repeat("11", 32)
	pub33 := "0x02" + strings.Repeat("22", 32)
	pub65 := "0x04" + strings.Repeat("33", 64)
	tests := []struct {
		name   string
		r      wire.PKPSignRequest
		ok     bool
		pubLen int
	}{
		{"33-byte key", wire.PKPSignRequest{ToSign: hash, PubKey: pub33}, true, 33},
		{"65-byte key", wire.PKPSignRequest{ToSign: hash, PubKey: pub65}, true, 65},
		{"short hash", wire.PKPSignRequest{ToSign: "0x11", PubKey: pub33}, false, 0},
		{"hash without 0x", wire.PKPSignRequest{ToSign: hash[2:], PubKey: pub33}, false, 0},
		{"32-byte key", wire.PKPSignRequest{ToSign: hash, PubKey: "0x" + strings.Repeat("22", 32)}, false, 0},
		{"key not hex", wire.PKPSignRequest{ToSign: hash, PubKey: "0xzz"}, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, pub, err := tt.r.Decode()
			if tt.ok != (err == nil) || (err != nil && code(err) != p2p.CodeBadRequest) {
				t.Fatalf("Decode() error %v, want ok %v", err, tt.ok)
			}
			if verr := tt.r.Validate(); (verr == nil) != (err == nil) {
				t.Fatalf("Validate() = %v, Decode() = %v", verr, err)
			}
			if tt.ok && (h != [32]byte(bytes.Repeat([]byte{0x11}, 32)) || len(pub) != tt.pubLen) {
				t.Fatalf("Decode() = %x, %x", h, pub)
			}
		})
	}
}

// FuzzPKPSignDecode: arbitrary fields never panic; accepted ones decode to
// a 32-byte hash and a 33- or 65-byte key.
func FuzzPKPSignDecode(f *testing.F) {
	f.Add("0x"+strings.Repeat("11", 32), "0x02"+strings.Repeat("22", 32))
	f.Add("0x", "0x")
	f.Fuzz(func(t *testing.T, toSign, pubKey string) {
		r := wire.PKPSignRequest{ToSign: toSign, PubKey: pubKey}
		_, pub, err := r.Decode()
		if err == nil && len(pub) != 33 && len(pub) != 65 {
			t.Fatalf("accepted a %d-byte key", len(pub))
		}
	})
}
