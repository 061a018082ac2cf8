package runtime

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/dop251/goja"
)

// ethersSource is ethers v5 (the version Lit actions use), built from the
// npm package by assets/ethers/gen.sh; its licence is
// assets/ethers/LICENSE-ethers.md.
//
//go:embed assets/ethers/ethers.umd.js
var ethersSource string

// The UMD bundle is run as a CommonJS module, so it returns its exports
// instead of assigning a global. The program evaluates to a function of the
// native secp256k1 curve (curve.go), which the bundle sees as a closure
// variable.
const (
	ethersPrefix = "(function (__pkpnet_secp256k1) { var module = { exports: {} }; var exports = module.exports;\n"
	ethersSuffix = "\n; return module.exports; })"
)

// ethersProgram compiles the bundle once per worker process (~0.2 s); the
// worker starts compiling it in the background as soon as it is up, and the
// first run that touches `ethers` waits for it.
var ethersProgram = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("ethers.js", ethersPrefix+ethersSource+ethersSuffix, false)
})

// preloaded is a fresh VM into which only trusted code has run: the web
// helpers and the ethers bundle. A worker that has run an action using
// ethers builds the next one while it is idle, so the next such action
// starts with ethers evaluated (one VM still serves exactly one run).
type preloaded struct {
	vm     *goja.Runtime
	helper *job // the web helpers' receiver: it only uses vm and u8Ctor
	ethers goja.Value
	err    error
}

func buildPreloaded() (pl *preloaded) {
	defer func() {
		if r := recover(); r != nil {
			pl = &preloaded{err: fmt.Errorf("preload ethers: %v", r)}
		}
	}()
	vm := goja.New()
	h := &job{vm: vm}
	h.u8Ctor = vm.Get("Uint8Array").ToObject(vm)
	h.freeze, _ = goja.AssertFunction(vm.Get("Object").ToObject(vm).Get("freeze"))
	if err := h.installWeb(vm.GlobalObject()); err != nil {
		return &preloaded{err: err}
	}
	prog, err := ethersProgram()
	if err != nil {
		return &preloaded{err: err}
	}
	v, err := h.loadEthers(prog)
	if err != nil {
		return &preloaded{err: err}
	}
	return &preloaded{vm: vm, helper: h, ethers: v}
}

// adopt makes the job run on a preloaded VM.
func (j *job) adopt(pl *preloaded) {
	j.vm = pl.vm
	j.pre = pl
}

// installEthers defines the global `ethers` as an accessor that loads the
// bundle into this run's VM the first time the action reads it, then turns
// into an ordinary writable global. An action that never uses ethers pays
// nothing for it; one that does pays for evaluating the module (~10 ms).
func (j *job) installEthers() error {
	vm := j.vm
	global := vm.GlobalObject()
	if j.pre != nil {
		return global.DefineDataProperty("ethers", j.pre.ethers, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	var loaded goja.Value
	getter := vm.ToValue(func(goja.FunctionCall) goja.Value {
		if loaded != nil {
			return loaded
		}
		prog, err := ethersProgram()
		if err != nil {
			panic(vm.NewGoError(err))
		}
		v, err := j.loadEthers(prog)
		if err != nil {
			panic(err)
		}
		loaded = v
		if err := global.DefineDataProperty("ethers", v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			panic(err)
		}
		return v
	})
	setter := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		// An action assigning its own `ethers` replaces ours.
		loaded = call.Argument(0)
		if err := global.DefineDataProperty("ethers", loaded, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			panic(err)
		}
		return goja.Undefined()
	})
	return global.DefineAccessorProperty("ethers", getter, setter, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// loadEthers evaluates the bundle in j's VM and returns the ethers object.
func (j *job) loadEthers(prog *goja.Program) (goja.Value, error) {
	f, err := j.vm.RunProgram(prog)
	if err != nil {
		return nil, err
	}
	fn, ok := goja.AssertFunction(f)
	if !ok {
		return nil, fmt.Errorf("ethers bundle did not evaluate to a function")
	}
	return fn(goja.Undefined(), j.nativeCurve())
}
