package runtime

import (
	"sync"

	"github.com/dop251/goja"
)

// broadcastAndCollect({name, value}): send value (a string) to the run's
// other nodes and resolve with every node's value, this node's included,
// ordered by party ID. Nodes that sent nothing within the channel timeout
// are left out.
func (j *job) broadcastAndCollect(call goja.FunctionCall) goja.Value {
	o := j.argObject(call, "broadcastAndCollect")
	name := j.str(o, "name")
	if name == "" {
		j.throw("broadcastAndCollect: name is missing")
	}
	v := o.Get("value")
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		j.throw("broadcastAndCollect: value is missing")
	}
	return j.call(callBroadcastCollect, channelArgs{Name: name, Value: v.String()})
}

// runOnceSource is Lit.Actions.runOnce({waitForResponse, name}, fn). The
// runner (a node the node chooses the same way on every node of the
// request) calls fn and, when waitForResponse is set, sends its result
// (strings as they are, anything else JSON-stringified) or its failure to
// the other nodes; they resolve with that result or reject with the
// runner's failure. Without waitForResponse the other nodes resolve with
// null at once.
const runOnceSource = `(function (runner, alone, nested, share, wait, stringify, TypeErr, Err) {
  return async function runOnce(opts, fn) {
    if (nested) throw new Err("runOnce: not available in an action run by Lit.Actions.call (it would run on every node)");
    if (opts === null || typeof opts !== "object") throw new TypeErr("runOnce: the first argument must be {waitForResponse, name}");
    if (typeof fn !== "function") throw new TypeErr("runOnce: the second argument must be a function");
    const name = opts.name === undefined || opts.name === null ? "default" : "" + opts.name;
    const waitFor = !!opts.waitForResponse;
    if (!runner) return waitFor ? await wait({name}) : null;
    let value, failure;
    try {
      value = await fn();
      if (typeof value !== "string") value = value === undefined ? "" : stringify(value);
      if (typeof value !== "string") value = "";
    } catch (e) {
      failure = e !== null && typeof e === "object" && "message" in e ? "" + e.message : "" + e;
    }
    if (waitFor && !alone) await share({name, value: failure === undefined ? value : "", error: failure});
    if (failure !== undefined) throw new Err(failure);
    return value;
  };
})`

var runOnceProgram = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("runOnce.js", runOnceSource, true)
})

// runOnceFn builds this run's runOnce.
func (j *job) runOnceFn() (goja.Value, error) {
	vm := j.vm
	f, err := vm.RunProgram(runOnceProgram())
	if err != nil {
		return nil, err
	}
	mk, ok := goja.AssertFunction(f)
	if !ok {
		return nil, &Error{Kind: KindWorker, Msg: "runOnce helper is not a function"}
	}
	share := func(call goja.FunctionCall) goja.Value {
		o := j.argObject(call, "runOnce")
		a := channelArgs{Name: j.str(o, "name")}
		if v := o.Get("value"); v != nil && !goja.IsUndefined(v) {
			a.Value = v.String()
		}
		if e := o.Get("error"); e != nil && !goja.IsUndefined(e) && !goja.IsNull(e) {
			s := truncate(e.String(), 4096)
			a.Error = &s
		}
		return j.call(callRunOnceShare, a)
	}
	wait := func(call goja.FunctionCall) goja.Value {
		o := j.argObject(call, "runOnce")
		return j.call(callRunOnceWait, channelArgs{Name: j.str(o, "name")})
	}
	return mk(goja.Undefined(), vm.ToValue(j.spec.Runner), vm.ToValue(j.spec.Alone), vm.ToValue(j.spec.Nested), vm.ToValue(nativeFunc(share)),
		vm.ToValue(nativeFunc(wait)), j.jsonStringify0(), vm.Get("TypeError"), j.errorCtor)
}

// jsonStringify0 is the captured JSON.stringify as a JS value.
func (j *job) jsonStringify0() goja.Value {
	return j.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		v, err := j.jsonStringify(goja.Undefined(), call.Argument(0))
		if err != nil {
			panic(err)
		}
		return v
	})
}
