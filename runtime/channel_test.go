package runtime_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/actionchan"
	"github.com/pkpnet/pkpnet/runtime"
)

// nodesRun runs code on each of the given nodes (in one sandbox with a
// worker per node) as one request: their channel is an in-memory actionchan
// network, node leader runs runOnce functions, and each node's jsParams
// has me = its party ID. Nodes in absent are part of the request but never
// run (silent nodes).
func nodesRun(t *testing.T, lim runtime.Limits, code string, nodes []party.ID, leader party.ID, absent ...party.ID) map[party.ID]*runtime.Result {
	t.Helper()
	sb := newSandbox(t, lim, func(c *runtime.Config) { c.Workers = len(nodes) })
	net := actionchan.NewMemNet()
	key := strings.Repeat("0f", 32)
	var mu sync.Mutex
	out := map[party.ID]*runtime.Result{}
	var wg sync.WaitGroup
	for _, id := range nodes {
		hub := actionchan.NewHub(t.Context(), id, net.Transport(id), actionchan.Limits{}, nil)
		net.Attach(id, hub)
		skip := false
		for _, a := range absent {
			skip = skip || a == id
		}
		if skip {
			continue
		}
		r, err := hub.Open(key, nodes, leader)
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer r.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			res, err := sb.Run(ctx, runtime.Request{Code: []byte(code), JSParams: []byte(fmt.Sprintf(`{"me": %q}`, id)), Peers: actionchan.Actions{R: r}})
			if err != nil {
				t.Errorf("node %s: %v", id, err)
				return
			}
			mu.Lock()
			out[id] = res
			mu.Unlock()
		}()
	}
	wg.Wait()
	return out
}

var three = []party.ID{"1", "2", "3"}

func TestBroadcastAndCollect(t *testing.T) {
	tests := []struct {
		name   string
		absent []party.ID
		want   string
	}{
		{"all nodes", nil, `["v1","v2","v3"]`},
		{"a silent node costs only its value", []party.ID{"2"}, `["v1","v3"]`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code := `const all = await Lit.Actions.broadcastAndCollect({name: "price", value: "v" + me});
				Lit.Actions.setResponse({response: JSON.stringify(all)});`
			res := nodesRun(t, runtime.Limits{ChannelTimeout: 500 * time.Millisecond}, code, three, "1", tc.absent...)
			if len(res) != 3-len(tc.absent) {
				t.Fatalf("%d results", len(res))
			}
			for id, r := range res {
				if r.Response != tc.want {
					t.Fatalf("node %s: %s, want %s", id, r.Response, tc.want)
				}
			}
		})
	}
}

func TestRunOnce(t *testing.T) {
	tests := []struct {
		name   string
		lim    runtime.Limits
		code   string
		absent []party.ID
		leader party.ID
		want   map[party.ID]string
		ran    []party.ID // nodes whose logs say the function ran
	}{
		{
			name: "the runner's result on every node",
			code: `const r = await Lit.Actions.runOnce({waitForResponse: true, name: "tx"}, async () => { console.log("ran"); return "hash-" + me; });
				Lit.Actions.setResponse({response: r});`,
			leader: "2",
			want:   map[party.ID]string{"1": "hash-2", "2": "hash-2", "3": "hash-2"},
			ran:    []party.ID{"2"},
		},
		{
			name: "non-string results are JSON",
			code: `const r = await Lit.Actions.runOnce({waitForResponse: true}, () => ({n: 7, by: me}));
				Lit.Actions.setResponse({response: typeof r + ":" + r});`,
			leader: "1",
			want:   map[party.ID]string{"1": `string:{"n":7,"by":"1"}`, "2": `string:{"n":7,"by":"1"}`, "3": `string:{"n":7,"by":"1"}`},
		},
		{
			name: "the runner's failure rejects everywhere",
			code: `let r;
				try { r = await Lit.Actions.runOnce({waitForResponse: true, name: "x"}, async () => { throw new Error("boom on " + me); }); }
				catch (e) { r = "caught: " + e.message; }
				Lit.Actions.setResponse({response: r});`,
			leader: "1",
			want: map[party.ID]string{
				"1": "caught: boom on 1",
				"2": `caught: runOnce "x": the function failed on the runner, node 1: boom on 1`,
				"3": `caught: runOnce "x": the function failed on the runner, node 1: boom on 1`,
			},
		},
		{
			name: "a silent runner is a catchable error, not a stuck run",
			lim:  runtime.Limits{RunOnceTimeout: 300 * time.Millisecond},
			code: `let r;
				try { r = await Lit.Actions.runOnce({waitForResponse: true, name: "x"}, () => "never"); }
				catch (e) { r = "caught: " + e.message; }
				Lit.Actions.setResponse({response: r});`,
			leader: "3", absent: []party.ID{"3"},
			want: map[party.ID]string{
				"1": `caught: runOnce "x": the runner, node 3, sent no result within 300ms`,
				"2": `caught: runOnce "x": the runner, node 3, sent no result within 300ms`,
			},
		},
		{
			name: "without waitForResponse the others get null",
			code: `const r = await Lit.Actions.runOnce({waitForResponse: false, name: "x"}, () => "sent");
				Lit.Actions.setResponse({response: String(r)});`,
			leader: "1",
			want:   map[party.ID]string{"1": "sent", "2": "null", "3": "null"},
		},
		{
			name: "the same name twice is two rounds",
			code: `const a = await Lit.Actions.runOnce({waitForResponse: true, name: "n"}, () => "a" + me);
				const b = await Lit.Actions.runOnce({waitForResponse: true, name: "n"}, () => "b" + me);
				Lit.Actions.setResponse({response: a + b});`,
			leader: "3",
			want:   map[party.ID]string{"1": "a3b3", "2": "a3b3", "3": "a3b3"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := nodesRun(t, tc.lim, tc.code, three, tc.leader, tc.absent...)
			if len(res) != len(tc.want) {
				t.Fatalf("%d results, want %d", len(res), len(tc.want))
			}
			for id, w := range tc.want {
				if got := res[id].Response; got != w {
					t.Fatalf("node %s: %q, want %q", id, got, w)
				}
			}
			if tc.ran != nil {
				for id, r := range res {
					ran := strings.Contains(r.Logs, "ran")
					want := false
					for _, x := range tc.ran {
						want = want || x == id
					}
					if ran != want {
						t.Fatalf("node %s ran the function: %v, want %v", id, ran, want)
					}
				}
			}
		})
	}
}

// TestChannelWithoutPeers: a run with no channel refuses broadcastAndCollect
// and runs runOnce's function itself.
func TestChannelWithoutPeers(t *testing.T) {
	sb := newSandbox(t, runtime.Limits{})
	res, err := run(t, sb, `let out = [];
		try { await Lit.Actions.broadcastAndCollect({name: "a", value: "x"}); } catch (e) { out.push(e.message); }
		out.push(await Lit.Actions.runOnce({waitForResponse: true, name: "r"}, () => "local"));
		Lit.Actions.setResponse({response: out.join("|")});`, "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "broadcastAndCollect: this run has no channel to other nodes|local"; res.Response != want {
		t.Fatalf("got %q, want %q", res.Response, want)
	}
}

// TestChannelLimits: the number of channel calls per run ends the run; an
// oversized value is refused.
func TestChannelLimits(t *testing.T) {
	res := nodesRun(t, runtime.Limits{ChannelValueBytes: 10, ChannelTimeout: 200 * time.Millisecond},
		`let r; try { await Lit.Actions.broadcastAndCollect({name: "a", value: "x".repeat(11)}); } catch (e) { r = e.message; }
		 Lit.Actions.setResponse({response: r});`, []party.ID{"1"}, "1")
	if want := "broadcastAndCollect: value of 11 bytes, the limit is 10"; res["1"].Response != want {
		t.Fatalf("got %q", res["1"].Response)
	}
	sb := newSandbox(t, runtime.Limits{ChannelCalls: 2})
	net := actionchan.NewMemNet()
	hub := actionchan.NewHub(t.Context(), "1", net.Transport("1"), actionchan.Limits{}, nil)
	r, err := hub.Open(strings.Repeat("0e", 32), []party.ID{"1"}, "1")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	_, err = sb.Run(t.Context(), runtime.Request{Peers: actionchan.Actions{R: r},
		Code: []byte(`for (let i = 0; i < 3; i++) await Lit.Actions.broadcastAndCollect({name: "a", value: "x"});`)})
	if !runtime.IsLimit(err, runtime.LimitChannelCalls) {
		t.Fatalf("got %v", err)
	}
}
