package node

import (
	"strings"
	"testing"

	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

func TestSetKeyNumericOrder(t *testing.T) {
	for _, tc := range []struct {
		in   []party.ID
		want string
	}{
		{[]party.ID{"2", "1"}, "1,2"},
		{[]party.ID{"10", "9", "1"}, "1,9,10"},
		{[]party.ID{"3"}, "3"},
	} {
		if got := setKey(tc.in); got != tc.want {
			t.Errorf("setKey(%v) = %q, want %q", tc.in, got, tc.want)
		}
		if got := setKey(parseSetKey(tc.want)); got != tc.want {
			t.Errorf("round trip of %q gave %q", tc.want, got)
		}
	}
}

func TestDecodeCtl(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{`{"type":"presign","epoch":3,"session":"presign/ab","signers":["1","2"],"coordinator":"1"}`, true},
		{`{"type":"keygen","epoch":3,"session":"keygen/ab"}`, true},
		{`{"type":"keygen","epoch":3,"session":""}`, false},
		{`{"type":"presign","epoch":3,"session":"presign/ab","signers":["01","2"]}`, false},
		{`{"type":"presign","epoch":3,"session":"presign/ab","signers":["x"]}`, false},
		{`{"type":"reboot","session":"s"}`, false},
		{`{"type":"keygen-confirm","session":"keygen/a","rootKey":"` + strings.Repeat("0", 67) + `"}`, false},
		{`not json`, false},
	} {
		_, err := decodeCtl([]byte(tc.in))
		if (err == nil) != tc.ok {
			t.Errorf("decodeCtl(%.50q): err %v, want ok=%v", tc.in, err, tc.ok)
		}
	}
}

func FuzzDecodeCtl(f *testing.F) {
	f.Add([]byte(`{"type":"presign","epoch":3,"session":"presign/ab","signers":["1","2"],"coordinator":"1"}`))
	f.Add([]byte(`{"type":"keygen-commit","epoch":1,"session":"keygen/ab","rootKey":"02ab"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		req, err := decodeCtl(b)
		if err != nil {
			return
		}
		if len(req.Session) == 0 || len(req.Signers) > 256 {
			t.Fatalf("accepted %+v", req)
		}
	})
}
