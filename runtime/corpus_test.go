package runtime_test

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/runtime"
)

type corpusCase struct {
	Name    string         `json:"name"`
	File    string         `json:"file"`
	CID     string         `json:"cid"`
	Server  bool           `json:"server"`
	Params  map[string]any `json:"params"`
	Caller  string         `json:"caller"`
	Parents []string       `json:"parents"`
	Want    struct {
		Response   string `json:"response"`
		Logs       string `json:"logs"`
		Signatures []struct {
			SigName   string `json:"sigName"`
			Kind      string `json:"kind"`
			Hash      string `json:"hash"`
			Message   string `json:"message"`
			PublicKey string `json:"publicKey"`
		} `json:"signatures"`
		Error *struct {
			Kind     string `json:"kind"`
			Contains string `json:"contains"`
		} `json:"error"`
	} `json:"want"`
}

// testServer is the 127.0.0.1 HTTP server actions fetch from.
func testServer(t testing.TB) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "hello from 127.0.0.1")
	})
	mux.HandleFunc("/price", func(w http.ResponseWriter, r *http.Request) {
		prices := map[string]int{"eth": 3000, "btc": 90000}
		p, ok := prices[r.URL.Query().Get("asset")]
		if !ok {
			http.Error(w, "unknown asset", http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"price": %d}`, p)
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		var body any
		if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(struct {
			Method string `json:"method"`
			Action string `json:"action"`
			Body   any    `json:"body"`
		}{r.Method, r.Header.Get("X-Action"), body})
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(strings.Repeat("x", 2<<20)))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(10 * time.Second):
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux) // httptest binds 127.0.0.1
	t.Cleanup(srv.Close)
	return srv
}

func TestCorpus(t *testing.T) {
	raw, err := os.ReadFile("testdata/actions/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var corpus struct {
		Cases []corpusCase `json:"cases"`
	}
	if err := json.Unmarshal(raw, &corpus); err != nil {
		t.Fatal(err)
	}
	srv := testServer(t)
	sb := newSandbox(t, runtime.Limits{WallTime: 5 * time.Second})
	for _, tc := range corpus.Cases {
		t.Run(tc.Name, func(t *testing.T) {
			code, err := os.ReadFile(filepath.Join("testdata/actions", tc.File))
			if err != nil {
				t.Fatal(err)
			}
			params := tc.Params
			if params == nil {
				params = map[string]any{}
			}
			if tc.Server {
				params["baseUrl"] = srv.URL
			}
			pj, err := json.Marshal(params)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			res, err := sb.Run(ctx, runtime.Request{
				Code: code, JSParams: pj, AuthSigAddress: tc.Caller, ParentActionIDs: tc.Parents,
			})
			if res == nil {
				t.Fatalf("no result; err = %v", err)
			}
			if got := res.CID.String(); got != tc.CID {
				t.Errorf("CID = %s, want %s (from ipfs add)", got, tc.CID)
			}
			if w := tc.Want.Error; w != nil {
				if err == nil {
					t.Fatalf("run succeeded, want a %s error containing %q", w.Kind, w.Contains)
				}
				if string(runtime.KindOf(err)) != w.Kind || !strings.Contains(err.Error(), w.Contains) {
					t.Fatalf("err = %v (kind %q), want kind %q containing %q", err, runtime.KindOf(err), w.Kind, w.Contains)
				}
			} else if err != nil {
				t.Fatalf("run failed: %v (logs %q)", err, res.Logs)
			}
			if res.Response != tc.Want.Response {
				t.Errorf("response = %q, want %q", res.Response, tc.Want.Response)
			}
			if res.Logs != tc.Want.Logs {
				t.Errorf("logs = %q, want %q", res.Logs, tc.Want.Logs)
			}
			if len(res.Signatures) != len(tc.Want.Signatures) {
				t.Fatalf("%d signature requests, want %d: %+v", len(res.Signatures), len(tc.Want.Signatures), res.Signatures)
			}
			for i, w := range tc.Want.Signatures {
				g := res.Signatures[i]
				wantHash := w.Hash
				if w.Kind == string(runtime.SignEthPersonalSign) {
					// EIP-191: keccak256("\x19Ethereum Signed Message:\n" + len + message)
					prefixed := fmt.Sprintf("\x19Ethereum Signed Message:\n%d%s", len(w.Message), w.Message)
					wantHash = "0x" + hex.EncodeToString(crypto.Keccak256([]byte(prefixed)))
					if string(g.Message) != w.Message {
						t.Errorf("sig %d message = %q, want %q", i, g.Message, w.Message)
					}
				}
				if g.SigName != w.SigName || string(g.Kind) != w.Kind ||
					"0x"+hex.EncodeToString(g.Hash[:]) != wantHash ||
					"0x"+hex.EncodeToString(g.PublicKey) != w.PublicKey {
					t.Errorf("sig %d = {%s %s 0x%x 0x%x}, want %+v (hash %s)", i, g.SigName, g.Kind, g.Hash, g.PublicKey, w, wantHash)
				}
			}
		})
	}
}
