package runtime_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/runtime"
)

// hostileLimits are small so the hostile tests stay fast.
var hostileLimits = runtime.Limits{
	WallTime:           time.Second,
	MemoryBytes:        128 << 20,
	LogBytes:           100 << 10,
	ResponseBytes:      100 << 10,
	FetchCount:         50,
	CallStackDepth:     500,
	FetchResponseBytes: 1 << 20,
}

// TestHostileActions runs each hostile action and checks that it ends with
// the right error, within bounded time, and that the sandbox still serves a
// normal action afterwards.
func TestHostileActions(t *testing.T) {
	srv := testServer(t)
	sb := newSandbox(t, hostileLimits)
	// Memory bombs get their own sandbox with a smaller heap and a longer
	// wall time, so the memory limit, not the clock, is what stops them.
	memLimits := hostileLimits
	memLimits.MemoryBytes, memLimits.WallTime = 64<<20, 10*time.Second
	memSB := newSandbox(t, memLimits, func(c *runtime.Config) { c.Workers = 1 })
	params := `{"baseUrl": "` + srv.URL + `"}`
	tests := []struct {
		name     string
		code     string
		limit    string // expected limit, or ""
		kind     runtime.Kind
		contains string
		maxTime  time.Duration // generous: the machine is shared; a hang would take far longer
		mem      bool          // run on memSB
		check    func(t *testing.T, res *runtime.Result)
	}{
		{name: "infinite loop", code: `while (true) {}`, limit: runtime.LimitWallTime, maxTime: 8 * time.Second},
		{name: "infinite async loop", code: `for (;;) { await null; }`, limit: runtime.LimitWallTime, maxTime: 8 * time.Second},
		{name: "sleep past the deadline", code: `await new Promise(r => setTimeout(r, 60000)); Lit.Actions.setResponse({response: "late"})`,
			limit: runtime.LimitWallTime, maxTime: 8 * time.Second},
		{name: "memory bomb (many objects)", code: `const a = []; for (let i = 0; ; i++) a.push({i, s: "x".repeat(1000) + i});`,
			limit: runtime.LimitMemory, maxTime: 15 * time.Second, mem: true},
		{name: "memory bomb (one native call)", code: `const s = "x".repeat(1 << 29); Lit.Actions.setResponse({response: String(s.length)});`,
			limit: runtime.LimitMemory, maxTime: 15 * time.Second, mem: true},
		{name: "memory bomb (typed array)", code: `const b = new Uint8Array(1 << 30); b[0] = 1;`,
			limit: runtime.LimitMemory, maxTime: 15 * time.Second, mem: true},
		{name: "memory bomb (string doubling)", code: `let s = "x"; for (;;) s = s + s;`,
			limit: runtime.LimitMemory, maxTime: 15 * time.Second, mem: true},
		{name: "deep recursion", code: `function f(n) { return f(n + 1) + 1; } f(0);`, limit: runtime.LimitCallStack, maxTime: 8 * time.Second},
		{name: "deep recursion caught", code: `function f(n) { return f(n + 1) + 1; } try { f(0) } catch (e) { Lit.Actions.setResponse({response: "escaped"}) }`,
			limit: runtime.LimitCallStack, maxTime: 8 * time.Second},
		{name: "100 MB of logs", code: `const line = "x".repeat(1 << 20); for (let i = 0; i < 100; i++) console.log(line);`,
			limit: runtime.LimitLog, maxTime: 8 * time.Second},
		{name: "many small logs", code: `for (let i = 0; ; i++) console.log("line " + i);`, limit: runtime.LimitLog, maxTime: 8 * time.Second},
		{name: "huge response", code: `Lit.Actions.setResponse({response: "x".repeat(10 << 20)});`, limit: runtime.LimitResponse, maxTime: 8 * time.Second},
		{name: "1000 sequential fetches", code: `for (let i = 0; i < 1000; i++) await fetch(baseUrl + "/hello");`,
			limit: runtime.LimitFetchCount, maxTime: 10 * time.Second,
			check: func(t *testing.T, res *runtime.Result) {
				if res.Fetches > hostileLimits.FetchCount {
					t.Errorf("node served %d fetches", res.Fetches)
				}
			}},
		{name: "1000 parallel fetches", code: `await Promise.all(Array.from({length: 1000}, () => fetch(baseUrl + "/hello")));`,
			limit: runtime.LimitFetchCount, maxTime: 10 * time.Second},
		{name: "11 signatures", code: `for (let i = 0; i < 11; i++) await Lit.Actions.signEcdsa({toSign: new Uint8Array(32), publicKey: "0x0279BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798", sigName: "s" + i});`,
			limit: runtime.LimitSignatures, maxTime: 8 * time.Second},
		{name: "replace a Lit.Actions function (strict)", code: `"use strict"; Lit.Actions.signEcdsa = async () => "forged";`,
			kind: runtime.KindScript, contains: "TypeError", maxTime: 8 * time.Second},
		{name: "replace Lit and fetch (sloppy)", code: `Lit = null; fetch = () => "fake"; LitActions.setResponse = null; delete globalThis.Lit;
			const r = await fetch(baseUrl + "/hello");
			Lit.Actions.setResponse({response: (typeof Lit.Actions.setResponse) + ":" + await r.text()});`,
			maxTime: 8 * time.Second, check: func(t *testing.T, res *runtime.Result) {
				if res.Response != "function:hello from 127.0.0.1" {
					t.Errorf("response = %q: tampering changed the API", res.Response)
				}
			}},
		{name: "tamper with Object.prototype, JSON and the Auth stack", code: `
			Object.defineProperty(Object.prototype, "ok", {value: false, writable: false});
			Object.defineProperty(Object.prototype, "status", {get() { return 999 }, set(v) {}});
			Object.prototype.toJSON = () => "tampered";
			JSON.parse = () => ({price: 0});
			try { Lit.Auth.actionIpfsIds.push("QmForged") } catch (e) {}
			const r = await fetch(baseUrl + "/price?asset=eth");
			const {price} = await r.json();
			Lit.Actions.setResponse({response: [price, r.ok, r.status, Lit.Auth.actionIpfsIds.length].join(",")});`,
			maxTime: 8 * time.Second, check: func(t *testing.T, res *runtime.Result) {
				if res.Response != "3000,true,200,1" {
					t.Errorf("response = %q: prototype tampering leaked into the API", res.Response)
				}
			}},
		{name: "require", code: `const fs = require("fs"); fs.readFileSync("/etc/passwd");`, kind: runtime.KindScript, contains: "require is not defined", maxTime: 8 * time.Second},
		{name: "static import", code: `import fs from "fs";`, kind: runtime.KindScript, contains: "SyntaxError", maxTime: 8 * time.Second},
		{name: "dynamic import", code: `const fs = await import("fs");`, kind: runtime.KindScript, maxTime: 8 * time.Second},
		{name: "eval of require", code: `eval("require('child_process')")`, kind: runtime.KindScript, contains: "require is not defined", maxTime: 8 * time.Second},
		{name: "no process, Deno or filesystem globals", code: `
			const g = ["process", "Deno", "require", "module", "Buffer", "XMLHttpRequest", "WebSocket", "importScripts"].filter(n => typeof globalThis[n] !== "undefined");
			Lit.Actions.setResponse({response: JSON.stringify(g)});`,
			maxTime: 8 * time.Second, check: func(t *testing.T, res *runtime.Result) {
				if res.Response != "[]" {
					t.Errorf("host globals visible: %s", res.Response)
				}
			}},
		{name: "fetch a file URL", code: `await fetch("file:///etc/passwd");`, kind: runtime.KindScript, contains: "only http and https", maxTime: 8 * time.Second},
		{name: "a promise nothing settles", code: `await new Promise(() => {});`, kind: runtime.KindScript, contains: "nothing can settle", maxTime: 8 * time.Second},
		{name: "huge fetch response", code: `await fetch(baseUrl + "/big");`, limit: runtime.LimitFetchResponse, maxTime: 8 * time.Second},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			sb := sb
			if tc.mem {
				sb = memSB
			}
			start := time.Now()
			res, err := sb.Run(ctx, runtime.Request{Code: []byte(tc.code), JSParams: []byte(params)})
			took := time.Since(start)
			if took > tc.maxTime {
				t.Errorf("took %s, want under %s", took, tc.maxTime)
			}
			switch {
			case tc.limit != "":
				if !runtime.IsLimit(err, tc.limit) {
					t.Fatalf("err = %v, want the %q limit", err, tc.limit)
				}
				if !strings.Contains(err.Error(), tc.limit) {
					t.Errorf("error %q does not name the limit %q", err, tc.limit)
				}
			case tc.kind != "":
				if runtime.KindOf(err) != tc.kind || !strings.Contains(err.Error(), tc.contains) {
					t.Fatalf("err = %v, want kind %q containing %q", err, tc.kind, tc.contains)
				}
			default:
				if err != nil {
					t.Fatalf("err = %v", err)
				}
			}
			if tc.check != nil {
				tc.check(t, res)
			}
			// The node is healthy: a normal action still runs.
			res, err = run(t, sb, `Lit.Actions.setResponse({response: "still fine"})`, "")
			if err != nil || res.Response != "still fine" {
				t.Fatalf("after %s: res %+v, err %v", tc.name, res, err)
			}
		})
	}
}
