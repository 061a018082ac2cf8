package runtime

import (
	"io"
	"testing"
)

// BenchmarkWorkerJob measures the worker's own share of a trivial run: a
// fresh goja runtime, the API, the growth guards, compile and run.
func BenchmarkWorkerJob(b *testing.B) {
	spec := &runSpec{
		Code:   `Lit.Actions.setResponse({response: "ok"});`,
		Auth:   authSpec{ActionIPFSIDs: []string{"QmX"}},
		Limits: (&Sandbox{lim: DefaultLimits.withDefaults()}).workerLimits(),
	}
	fw := &frameWriter{w: io.Discard}
	for b.Loop() {
		j := newJob(spec, fw)
		if err := j.execute(); err != nil {
			b.Fatal(err)
		}
		close(j.done)
	}
}

func TestMayUseBuffers(t *testing.T) {
	tests := []struct {
		code string
		want bool
	}{
		{`Lit.Actions.setResponse({response: "ok"})`, false},
		{`const x = 1 + 2; console.log(x)`, false},
		{`new Uint8Array(10)`, true},
		{`new ArrayBuffer(10)`, true},
		{`globalThis["Uint8" + "Arr" + "ay"]`, true},
		{`const g = (0, eval)("th" + "is")`, true},
		{`(await (await fetch(u)).arrayBuffer()).constructor`, true},
		{`new Uint8\u0041rray(1 << 30)`, true},
		{`Function("return th" + "is")()`, true},
		{`Object.getPrototypeOf(x)`, true},
	}
	for _, tc := range tests {
		if got := mayUseBuffers(tc.code); got != tc.want {
			t.Errorf("mayUseBuffers(%q) = %v, want %v", tc.code, got, tc.want)
		}
	}
}
