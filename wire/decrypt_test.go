package wire_test

import (
	"encoding/json"
	"testing"

	"github.com/pkpnet/pkpnet/wire"
)

// FuzzDecryptMessages: any JSON a peer sends as a decrypt request or answer
// decodes and validates to a value or a clear error, never a panic.
func FuzzDecryptMessages(f *testing.F) {
	f.Add([]byte(`{"requestId":"req-12345678","party":"1","share":"AQExAg=="}`))
	f.Add([]byte(`{"requestId":"req-12345678","epoch":1,"nodes":["1","2"],"coordinator":"1","capsule":"AQEAAQ=="}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var resp wire.DecryptResponse
		if json.Unmarshal(data, &resp) == nil {
			if s, err := resp.Validate(); err == nil && s.Party != resp.Party {
				t.Fatalf("validated share of %q in the answer of %q", s.Party, resp.Party)
			}
		}
		var req wire.DecryptRequest
		if json.Unmarshal(data, &req) == nil {
			if c, err := req.Validate(); err == nil && c == nil {
				t.Fatal("nil capsule without an error")
			}
			_ = req.Body().Hash()
		}
	})
}

func TestDecryptResponseValidate(t *testing.T) {
	for name, raw := range map[string]string{
		"empty":     `{"party":"1"}`,
		"garbage":   `{"party":"1","share":"AAECAw=="}`,
		"truncated": `{"party":"1","share":"AQEx"}`,
	} {
		t.Run(name, func(t *testing.T) {
			var r wire.DecryptResponse
			if err := json.Unmarshal([]byte(raw), &r); err != nil {
				t.Fatal(err)
			}
			if _, err := r.Validate(); err == nil {
				t.Fatal("accepted")
			}
		})
	}
	var req wire.DecryptRequest
	if _, err := req.Validate(); err == nil {
		t.Fatal("a request without a capsule accepted")
	}
}
