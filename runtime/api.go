package runtime

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
)

// Call methods (worker → node).
const (
	callSignEcdsa         = "signEcdsa"
	callSignAndCombine    = "signAndCombineEcdsa"
	callEthPersonalSign   = "ethPersonalSignMessageEcdsa"
	callFetch             = "fetch"
	callCheckConditions   = "checkConditions"
	callIsPermittedAction = "isPermittedAction"
	callIsPermittedAddr   = "isPermittedAddress"
	callIsPermittedAuth   = "isPermittedAuthMethod"
	callGetActions        = "getPermittedActions"
	callGetAddresses      = "getPermittedAddresses"
	callGetAuthMethods    = "getPermittedAuthMethods"
	callPubkeyToTokenID   = "pubkeyToTokenId"
	callGetLatestNonce    = "getLatestNonce"
	callGetAuthScopes     = "getPermittedAuthMethodScopes"
	callGetRPCURL         = "getRpcUrl"
)

// reservedGlobals are names the runtime defines; jsParams may not use them.
// The last line lists the read-only globals of the language itself, and
// __proto__, which would set the global object's prototype.
var reservedGlobals = map[string]bool{
	"Lit": true, "LitActions": true, "LitAuth": true, "fetch": true, "console": true,
	"setTimeout": true, "clearTimeout": true, "jsParams": true, "globalThis": true,
	"ethers": true, "atob": true, "btoa": true, "TextEncoder": true, "TextDecoder": true, "crypto": true,
	"undefined": true, "NaN": true, "Infinity": true, "__proto__": true,
}

// maxTimers caps the timers one run may have pending at once.
const maxTimers = 1000

type signArgs struct {
	ToSign    []byte `json:"toSign,omitempty"`
	Message   []byte `json:"message,omitempty"`
	PublicKey string `json:"publicKey"`
	SigName   string `json:"sigName"`
}

type fetchArgs struct {
	URL     string      `json:"url"`
	Method  string      `json:"method,omitempty"`
	Headers [][2]string `json:"headers,omitempty"`
	Body    []byte      `json:"body,omitempty"`
}

type fetchReply struct {
	Status     int         `json:"status"`
	StatusText string      `json:"statusText"`
	URL        string      `json:"url"`
	Headers    [][2]string `json:"headers,omitempty"`
	Body       []byte      `json:"body,omitempty"`
}

// hostArgs carries the arguments of the chain-view calls.
type hostArgs struct {
	TokenID        string `json:"tokenId,omitempty"`
	IPFSID         string `json:"ipfsId,omitempty"`
	Address        string `json:"address,omitempty"`
	AuthMethodType string `json:"authMethodType,omitempty"`
	UserID         []byte `json:"userId,omitempty"`
	PublicKey      string `json:"publicKey,omitempty"`
	Chain          string `json:"chain,omitempty"`
	MaxScopeID     int    `json:"maxScopeId,omitempty"`
}

type nativeFunc = func(goja.FunctionCall) goja.Value

// install builds the action's global environment. Intrinsics the runtime
// relies on are captured first, so an action that replaces JSON.parse or
// Error only fools itself. Lit, its members, console, fetch and the timer
// functions are read-only, non-configurable and frozen.
func (j *job) install() error {
	vm := j.vm
	jsonObj := vm.Get("JSON").ToObject(vm)
	j.jsonParse, _ = goja.AssertFunction(jsonObj.Get("parse"))
	j.jsonStringify, _ = goja.AssertFunction(jsonObj.Get("stringify"))
	j.freeze, _ = goja.AssertFunction(vm.Get("Object").ToObject(vm).Get("freeze"))
	j.errorCtor = vm.Get("Error")
	j.u8Ctor = vm.Get("Uint8Array").ToObject(vm)
	if j.pre != nil {
		j.u8Ctor = j.pre.helper.u8Ctor
	}
	if j.jsonParse == nil || j.jsonStringify == nil || j.freeze == nil {
		return &Error{Kind: KindWorker, Msg: "missing JS intrinsics"}
	}

	if err := j.guardGrowth(); err != nil {
		return err
	}

	params := vm.NewObject()
	if len(j.spec.Params) > 0 {
		v, err := j.jsonParse(goja.Undefined(), vm.ToValue(string(j.spec.Params)))
		if err != nil {
			return inputErr("jsParams: %v", err)
		}
		o, ok := v.(*goja.Object)
		if !ok || o.ClassName() == "Array" {
			return inputErr("jsParams must be a JSON object")
		}
		params = o
	}
	if err := vm.Set("jsParams", params); err != nil {
		return err
	}
	for _, k := range params.Keys() {
		if reservedGlobals[k] {
			return inputErr("jsParams key %q is reserved", k)
		}
		if err := vm.Set(k, params.Get(k)); err != nil {
			return inputErr("jsParams key %q cannot be a global: %v", k, err)
		}
	}

	actions := vm.NewObject()
	for name, fn := range map[string]nativeFunc{
		"signEcdsa":                    j.signEcdsa,
		"ethPersonalSignMessageEcdsa":  j.ethPersonalSign,
		"setResponse":                  j.setResponse,
		"checkConditions":              j.checkConditions,
		"isPermittedAction":            j.hostCall(callIsPermittedAction, "tokenId", "ipfsId"),
		"isPermittedAddress":           j.hostCall(callIsPermittedAddr, "tokenId", "address"),
		"isPermittedAuthMethod":        j.hostCall(callIsPermittedAuth, "tokenId", "authMethodType", "userId"),
		"getPermittedActions":          j.hostCall(callGetActions, "tokenId"),
		"getPermittedAddresses":        j.hostCall(callGetAddresses, "tokenId"),
		"getPermittedAuthMethods":      j.hostCall(callGetAuthMethods, "tokenId"),
		"pubkeyToTokenId":              j.hostCall(callPubkeyToTokenID, "publicKey"),
		"getLatestNonce":               j.hostCall(callGetLatestNonce, "address", "chain"),
		"getPermittedAuthMethodScopes": j.hostCall(callGetAuthScopes, "tokenId", "authMethodType", "userId", "maxScopeId"),
		"getRpcUrl":                    j.hostCall(callGetRPCURL, "chain"),
		"uint8arrayToString":           j.uint8arrayToString,
		"uint8arrayFromString":         j.uint8arrayFromString,
		"broadcastAndCollect":          j.broadcastAndCollect,
		"decryptAndCombine":            j.decryptAndCombine,
		"decryptToSingleNode":          j.decryptToSingleNode,
		"signAndCombineEcdsa":          j.signAndCombineEcdsa,
		"call":                         j.callAction,
	} {
		if err := j.defineConst(actions, name, vm.ToValue(fn)); err != nil {
			return err
		}
	}
	runOnce, err := j.runOnceFn()
	if err != nil {
		return err
	}
	if err := j.defineConst(actions, "runOnce", runOnce); err != nil {
		return err
	}

	ids := make([]any, len(j.spec.Auth.ActionIPFSIDs))
	for i, id := range j.spec.Auth.ActionIPFSIDs {
		ids[i] = id
	}
	auth := vm.NewObject()
	var caller any
	if j.spec.Auth.AuthSigAddress != "" {
		caller = j.spec.Auth.AuthSigAddress
	}
	for name, v := range map[string]any{
		"actionIpfsIds":      j.frozen(vm.NewArray(ids...)),
		"actionIpfsIdStack":  j.frozen(vm.NewArray(ids...)),
		"authSigAddress":     caller,
		"authMethodContexts": j.authContexts(),
		"resources":          j.frozen(vm.NewArray()),
	} {
		if err := j.defineConst(auth, name, vm.ToValue(v)); err != nil {
			return err
		}
	}
	lit := vm.NewObject()
	if err := j.defineConst(lit, "Actions", j.frozen(actions)); err != nil {
		return err
	}
	if err := j.defineConst(lit, "Auth", j.frozen(auth)); err != nil {
		return err
	}

	console := vm.NewObject()
	for _, level := range []string{"log", "info", "warn", "error", "debug"} {
		if err := j.defineConst(console, level, vm.ToValue(nativeFunc(j.consoleLog))); err != nil {
			return err
		}
	}
	global := vm.GlobalObject()
	for name, v := range map[string]goja.Value{
		"Lit":          j.frozen(lit),
		"LitActions":   actions,
		"LitAuth":      auth,
		"console":      j.frozen(console),
		"fetch":        vm.ToValue(nativeFunc(j.fetch)),
		"setTimeout":   vm.ToValue(nativeFunc(j.setTimeout)),
		"clearTimeout": vm.ToValue(nativeFunc(j.clearTimeout)),
	} {
		if err := j.defineConst(global, name, v); err != nil {
			return err
		}
	}
	if j.pre == nil {
		if err := j.installWeb(global); err != nil {
			return err
		}
	}
	return j.installEthers()
}

// authContexts builds the frozen Lit.Auth.authMethodContexts array.
func (j *job) authContexts() *goja.Object {
	vm := j.vm
	items := make([]any, len(j.spec.Auth.AuthMethodContexts))
	for i, c := range j.spec.Auth.AuthMethodContexts {
		o := vm.NewObject()
		for k, v := range map[string]any{"authMethodType": c.AuthMethodType, "userId": c.UserID, "appId": c.AppID,
			"issuer": c.Issuer, "subject": c.Subject, "expiration": c.Expiration} {
			_ = j.defineConst(o, k, vm.ToValue(v))
		}
		items[i] = j.frozen(o)
	}
	return j.frozen(vm.NewArray(items...))
}

func (j *job) defineConst(o *goja.Object, name string, v goja.Value) error {
	return o.DefineDataProperty(name, v, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
}

func (j *job) frozen(o *goja.Object) *goja.Object {
	if _, err := j.freeze(goja.Undefined(), o); err != nil {
		panic(err)
	}
	return o
}

// throw raises a TypeError in the action.
func (j *job) throw(format string, args ...any) {
	panic(j.vm.NewTypeError(fmt.Sprintf(format, args...)))
}

func (j *job) argObject(call goja.FunctionCall, fn string) *goja.Object {
	o, ok := call.Argument(0).(*goja.Object)
	if !ok {
		j.throw("%s expects an object argument", fn)
	}
	return o
}

// str reads a string field; missing fields are "".
func (j *job) str(o *goja.Object, key string) string {
	v := o.Get(key)
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	s := v.String()
	if len(s) > 4096 {
		j.throw("%s is longer than 4096 characters", key)
	}
	return s
}

// resolved returns a promise already resolved with v.
func (j *job) resolved(v any) goja.Value {
	p, resolve, _ := j.vm.NewPromise()
	_ = resolve(v)
	return j.vm.ToValue(p)
}

func (j *job) signEcdsa(call goja.FunctionCall) goja.Value {
	o := j.argObject(call, "signEcdsa")
	toSign, err := j.toBytes(o.Get("toSign"), "toSign", 32)
	if err != nil {
		j.throw("signEcdsa: %v", err)
	}
	if !j.countSignature() {
		return goja.Undefined()
	}
	return j.call(callSignEcdsa, signArgs{ToSign: toSign, PublicKey: j.str(o, "publicKey"), SigName: j.str(o, "sigName")})
}

// signAndCombineEcdsa is signEcdsa whose combined signature comes back to
// the action (the nodes sign during the run and exchange their shares).
func (j *job) signAndCombineEcdsa(call goja.FunctionCall) goja.Value {
	o := j.argObject(call, "signAndCombineEcdsa")
	toSign, err := j.toBytes(o.Get("toSign"), "toSign", 32)
	if err != nil {
		j.throw("signAndCombineEcdsa: %v", err)
	}
	if !j.countSignature() {
		return goja.Undefined()
	}
	return j.call(callSignAndCombine, signArgs{ToSign: toSign, PublicKey: j.str(o, "publicKey"), SigName: j.str(o, "sigName")})
}

func (j *job) ethPersonalSign(call goja.FunctionCall) goja.Value {
	o := j.argObject(call, "ethPersonalSignMessageEcdsa")
	var msg []byte
	v := o.Get("message")
	if s, ok := v.Export().(string); ok {
		msg = []byte(s)
	} else {
		b, err := j.toBytes(v, "message", 1<<20)
		if err != nil {
			j.throw("ethPersonalSignMessageEcdsa: %v", err)
		}
		msg = b
	}
	if len(msg) > 1<<20 {
		j.throw("ethPersonalSignMessageEcdsa: message is longer than 1 MiB")
	}
	if !j.countSignature() {
		return goja.Undefined()
	}
	return j.call(callEthPersonalSign, signArgs{Message: msg, PublicKey: j.str(o, "publicKey"), SigName: j.str(o, "sigName")})
}

func (j *job) countSignature() bool {
	j.sigs++
	if j.lim.Signatures > 0 && j.sigs > j.lim.Signatures {
		j.abort(limitErr(LimitSignatures, "more than %d signatures requested", j.lim.Signatures))
		return false
	}
	return true
}

func (j *job) setResponse(call goja.FunctionCall) goja.Value {
	o := j.argObject(call, "setResponse")
	v := o.Get("response")
	var s string
	if x, ok := v.Export().(string); ok {
		s = x
	} else {
		s = j.describe(v)
	}
	if j.lim.ResponseBytes > 0 && len(s) > j.lim.ResponseBytes {
		j.abort(limitErr(LimitResponse, "response of %d bytes, the limit is %d", len(s), j.lim.ResponseBytes))
		return goja.Undefined()
	}
	j.send(&message{T: msgResp, Text: s})
	return goja.Undefined()
}

func (j *job) consoleLog(call goja.FunctionCall) goja.Value {
	var b strings.Builder
	for i, a := range call.Arguments {
		if i > 0 {
			b.WriteByte(' ')
		}
		if s, ok := a.Export().(string); ok {
			b.WriteString(s)
		} else {
			b.WriteString(j.describe(a))
		}
		if j.lim.LogBytes > 0 && j.logBytes+b.Len() > j.lim.LogBytes {
			break
		}
	}
	line := b.String()
	j.logBytes += len(line) + 1
	if j.lim.LogBytes > 0 && j.logBytes > j.lim.LogBytes {
		j.abort(limitErr(LimitLog, "more than %d bytes of console output", j.lim.LogBytes))
		return goja.Undefined()
	}
	j.send(&message{T: msgLog, Text: line})
	return goja.Undefined()
}

// hostCall makes a chain-view function whose object argument has the given
// fields.
func (j *job) hostCall(method string, fields ...string) nativeFunc {
	return func(call goja.FunctionCall) goja.Value {
		o := j.argObject(call, method)
		var a hostArgs
		for _, f := range fields {
			switch f {
			case "tokenId":
				a.TokenID = j.str(o, f)
			case "ipfsId":
				a.IPFSID = j.str(o, f)
			case "address":
				a.Address = j.str(o, f)
			case "authMethodType":
				a.AuthMethodType = j.str(o, f)
			case "publicKey":
				a.PublicKey = j.str(o, f)
			case "chain":
				a.Chain = j.str(o, f)
			case "maxScopeId":
				if v := o.Get(f); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
					n := v.ToInteger()
					if n < 0 || n > 255 {
						j.throw("%s: maxScopeId must be 0..255", method)
					}
					a.MaxScopeID = int(n)
				}
			case "userId":
				b, err := j.toBytes(o.Get(f), f, 4096)
				if err != nil {
					j.throw("%s: %v", method, err)
				}
				a.UserID = b
			}
		}
		return j.call(method, a)
	}
}

func (j *job) checkConditions(call goja.FunctionCall) goja.Value {
	o := j.argObject(call, "checkConditions")
	s, err := j.jsonStringify(goja.Undefined(), o)
	if err != nil {
		panic(err)
	}
	return j.call(callCheckConditions, json.RawMessage(s.String()))
}

func (j *job) fetch(call goja.FunctionCall) goja.Value {
	var a fetchArgs
	in := call.Argument(0)
	if o, ok := in.(*goja.Object); ok && o.Get("url") != nil && !goja.IsUndefined(o.Get("url")) {
		a.URL = o.Get("url").String()
	} else {
		a.URL = in.String()
	}
	if init, ok := call.Argument(1).(*goja.Object); ok {
		a.Method = strings.ToUpper(j.str(init, "method"))
		if h, ok := init.Get("headers").(*goja.Object); ok {
			a.Headers = j.headerPairs(h)
		}
		if b := init.Get("body"); b != nil && !goja.IsUndefined(b) && !goja.IsNull(b) {
			if s, ok := b.Export().(string); ok {
				a.Body = []byte(s)
			} else {
				body, err := j.toBytes(b, "body", max(j.lim.ArgBytes, 1))
				if err != nil {
					j.throw("fetch: %v", err)
				}
				a.Body = body
			}
		}
	}
	j.fetches++
	if j.lim.FetchCount > 0 && j.fetches > j.lim.FetchCount {
		j.abort(limitErr(LimitFetchCount, "more than %d fetches", j.lim.FetchCount))
		return goja.Undefined()
	}
	return j.call(callFetch, a)
}

// headerPairs reads headers from a plain object or an array of pairs.
func (j *job) headerPairs(h *goja.Object) [][2]string {
	var out [][2]string
	if h.ClassName() == "Array" {
		var pairs [][]string
		if err := j.vm.ExportTo(h, &pairs); err != nil {
			j.throw("fetch: headers: %v", err)
		}
		for _, p := range pairs {
			if len(p) != 2 {
				j.throw("fetch: headers: each pair needs a name and a value")
			}
			out = append(out, [2]string{p[0], p[1]})
		}
		return out
	}
	for _, k := range h.Keys() {
		out = append(out, [2]string{k, h.Get(k).String()})
		if len(out) > 100 {
			j.throw("fetch: more than 100 headers")
		}
	}
	return out
}

// decodeReply turns a call's reply into a JS value.
func (j *job) decodeReply(method string, raw json.RawMessage) (goja.Value, error) {
	if method == callFetch {
		var r fetchReply
		if err := json.Unmarshal(raw, &r); err != nil {
			return nil, fmt.Errorf("fetch: bad reply: %w", err)
		}
		return j.newResponse(&r), nil
	}
	if len(raw) == 0 {
		return goja.Undefined(), nil
	}
	v, err := j.jsonParse(goja.Undefined(), j.vm.ToValue(string(raw)))
	if err != nil {
		return nil, fmt.Errorf("%s: bad reply: %w", method, err)
	}
	return v, nil
}

// newResponse builds the Response a fetch resolves with: status, ok,
// statusText, url, headers.get/has, and text(), json(), arrayBuffer().
func (j *job) newResponse(r *fetchReply) *goja.Object {
	vm := j.vm
	o := vm.NewObject()
	headers := make(map[string]string, len(r.Headers))
	for _, h := range r.Headers {
		k := strings.ToLower(h[0])
		if prev, ok := headers[k]; ok {
			headers[k] = prev + ", " + h[1]
		} else {
			headers[k] = h[1]
		}
	}
	body := r.Body
	hdr := vm.NewObject()
	_ = j.defineConst(hdr, "get", vm.ToValue(func(name string) any {
		if v, ok := headers[strings.ToLower(name)]; ok {
			return v
		}
		return nil
	}))
	_ = j.defineConst(hdr, "has", vm.ToValue(func(name string) bool {
		_, ok := headers[strings.ToLower(name)]
		return ok
	}))
	keys := make([]string, 0, len(headers))
	for k := range headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	_ = j.defineConst(hdr, "keys", vm.ToValue(func() []string { return keys }))
	statusText := r.StatusText
	if statusText == "" {
		statusText = http.StatusText(r.Status)
	}
	for name, v := range map[string]any{
		"status":     r.Status,
		"ok":         r.Status >= 200 && r.Status < 300,
		"statusText": statusText,
		"url":        r.URL,
		"redirected": false,
		"headers":    hdr,
		"text": nativeFunc(func(goja.FunctionCall) goja.Value {
			return j.resolved(strings.ToValidUTF8(string(body), "\uFFFD"))
		}),
		"json": nativeFunc(func(goja.FunctionCall) goja.Value {
			p, resolve, reject := vm.NewPromise()
			v, err := j.jsonParse(goja.Undefined(), vm.ToValue(strings.ToValidUTF8(string(body), "\uFFFD")))
			if err != nil {
				if ex, ok := err.(*goja.Exception); ok {
					_ = reject(ex.Value())
				} else {
					panic(err)
				}
			} else {
				_ = resolve(v)
			}
			return vm.ToValue(p)
		}),
		"arrayBuffer": nativeFunc(func(goja.FunctionCall) goja.Value {
			return j.resolved(vm.NewArrayBuffer(append([]byte(nil), body...)))
		}),
	} {
		_ = j.defineConst(o, name, vm.ToValue(v))
	}
	return o
}

func (j *job) setTimeout(call goja.FunctionCall) goja.Value {
	fn, ok := goja.AssertFunction(call.Argument(0))
	if !ok {
		j.throw("setTimeout expects a function")
	}
	if len(j.timers) >= maxTimers {
		j.throw("setTimeout: more than %d pending timers", maxTimers)
	}
	ms := call.Argument(1).ToFloat()
	if ms != ms || ms < 0 { // NaN or negative
		ms = 0
	}
	if ms > float64(24*time.Hour/time.Millisecond) {
		ms = float64(24 * time.Hour / time.Millisecond)
	}
	var args []goja.Value
	if len(call.Arguments) > 2 {
		args = append(args, call.Arguments[2:]...)
	}
	j.nextTimer++
	id := j.nextTimer
	j.callbacks[id] = func() error {
		_, err := fn(goja.Undefined(), args...)
		return err
	}
	j.timers[id] = time.AfterFunc(time.Duration(ms*float64(time.Millisecond)), func() {
		select {
		case <-j.done:
		default:
			j.post(&message{T: "timer", ID: uint64(id)})
		}
	})
	return j.vm.ToValue(id)
}

func (j *job) clearTimeout(call goja.FunctionCall) goja.Value {
	id := call.Argument(0).ToInteger()
	if t, ok := j.timers[id]; ok {
		t.Stop()
		delete(j.timers, id)
		delete(j.callbacks, id)
	}
	return goja.Undefined()
}

// guardGrowth wraps the built-ins that build one huge string in a single
// native call (String.prototype.repeat, padStart, padEnd), which Interrupt
// cannot stop: a result larger than the heap cap ends the run with the
// memory limit before it is built. Other native paths are left to the
// watchdog, GOMEMLIMIT and RLIMIT_DATA.
func (j *job) guardGrowth() error {
	vm := j.vm
	proto := vm.Get("String").ToObject(vm).Get("prototype").ToObject(vm)
	limit := float64(j.lim.MemoryBytes)
	if limit <= 0 {
		return nil
	}
	wrap := func(name string, size func(call goja.FunctionCall) float64) error {
		orig, ok := goja.AssertFunction(proto.Get(name))
		if !ok {
			return &Error{Kind: KindWorker, Msg: "missing String.prototype." + name}
		}
		fn := func(call goja.FunctionCall) goja.Value {
			if n := size(call); n > limit {
				j.memHit.Store(true)
				j.abort(limitErr(LimitMemory, "String.prototype.%s would build a %.0f-character string (heap cap %d bytes)", name, n, j.lim.MemoryBytes))
				return goja.Undefined()
			}
			v, err := orig(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}
		return proto.DefineDataProperty(name, vm.ToValue(fn), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	thisLen := func(call goja.FunctionCall) float64 {
		if goja.IsUndefined(call.This) || goja.IsNull(call.This) {
			return 0
		}
		return float64(len(call.This.String()))
	}
	if err := wrap("repeat", func(call goja.FunctionCall) float64 {
		return thisLen(call) * call.Argument(0).ToFloat()
	}); err != nil {
		return err
	}
	for _, name := range []string{"padStart", "padEnd"} {
		if err := wrap(name, func(call goja.FunctionCall) float64 {
			return call.Argument(0).ToFloat()
		}); err != nil {
			return err
		}
	}
	// Buffers and typed arrays are allocated zeroed in one native call:
	// guard their constructors with a Proxy that checks the byte size.
	// Instantiating those constructors costs ~0.3 ms per run, so the guard
	// is only installed when the code could reach them (see
	// mayUseBuffers); otherwise RLIMIT_DATA remains the backstop.
	if !mayUseBuffers(j.spec.Code) {
		return nil
	}
	guard, err := vm.RunProgram(bufferGuardProgram())
	if err != nil {
		return err
	}
	guardFn, ok := goja.AssertFunction(guard)
	if !ok {
		return &Error{Kind: KindWorker, Msg: "buffer guard is not a function"}
	}
	tooBig := func(name string, bytes float64) {
		j.memHit.Store(true)
		j.abort(limitErr(LimitMemory, "new %s of %.0f bytes (heap cap %d bytes)", name, bytes, j.lim.MemoryBytes))
	}
	_, err = guardFn(goja.Undefined(), vm.ToValue(limit), vm.ToValue(tooBig))
	return err
}

// mayUseBuffers reports whether code could name or reach ArrayBuffer or a
// typed array constructor: by name, by a computed global lookup, through a
// .constructor, eval or Function, or hidden behind an escape sequence.
func mayUseBuffers(code string) bool {
	for _, s := range []string{"Array", "Buffer", "ethers", "constructor", "globalThis", "this", "eval", "Function",
		"Reflect", "getPrototypeOf", "__proto__", "\\u", "\\x", "import"} {
		if strings.Contains(code, s) {
			return true
		}
	}
	return false
}

// bufferGuardSource replaces ArrayBuffer and the typed array constructors
// with Proxies that refuse a size over the cap before anything is allocated.
const bufferGuardSource = `(function (limit, tooBig) {
  const names = ["ArrayBuffer", "SharedArrayBuffer", "Int8Array", "Uint8Array", "Uint8ClampedArray",
    "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array",
    "BigInt64Array", "BigUint64Array"];
  const construct = Reflect.construct;
  for (const name of names) {
    const C = globalThis[name];
    if (typeof C !== "function") continue;
    const bpe = C.BYTES_PER_ELEMENT || 1;
    globalThis[name] = new Proxy(C, {
      construct(target, args, newTarget) {
        const n = args[0];
        if (typeof n === "number" && n * bpe > limit) {
          tooBig(name, n * bpe);
          return {};
        }
        return construct(target, args, newTarget === globalThis[name] ? target : newTarget);
      },
    });
  }
})`

var bufferGuardOnce = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("guard.js", bufferGuardSource, true)
})

func bufferGuardProgram() *goja.Program { return bufferGuardOnce() }
