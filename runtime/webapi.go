package runtime

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// maxHelperBytes caps the input of one byte/string helper call.
const maxHelperBytes = 16 << 20

// The web platform helpers Lit's (Deno) runtime offers and actions rely on:
// atob, btoa, TextEncoder, TextDecoder and crypto.getRandomValues, plus
// Lit.Actions.uint8arrayToString / uint8arrayFromString. They are natives
// with their own size caps, so none of them can build a value the memory
// guards do not see.

func (j *job) installWeb(global *goja.Object) error {
	vm := j.vm
	enc := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		o := call.This
		_ = o.DefineDataProperty("encoding", vm.ToValue("utf-8"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = o.DefineDataProperty("encode", vm.ToValue(func(c goja.FunctionCall) goja.Value {
			s := ""
			if a := c.Argument(0); !goja.IsUndefined(a) {
				s = a.String()
			}
			if len(s) > maxHelperBytes {
				j.throw("TextEncoder.encode: input longer than %d bytes", maxHelperBytes)
			}
			return j.uint8Array([]byte(s))
		}), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		return nil
	})
	dec := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		label := "utf-8"
		if a := call.Argument(0); !goja.IsUndefined(a) {
			label = strings.ToLower(strings.TrimSpace(a.String()))
		}
		if label != "utf-8" && label != "utf8" && label != "unicode-1-1-utf-8" {
			j.throw("TextDecoder: encoding %q is not supported (only utf-8)", label)
		}
		o := call.This
		_ = o.DefineDataProperty("encoding", vm.ToValue("utf-8"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = o.DefineDataProperty("decode", vm.ToValue(func(c goja.FunctionCall) goja.Value {
			a := c.Argument(0)
			if goja.IsUndefined(a) {
				return vm.ToValue("")
			}
			b, err := j.toBytes(a, "TextDecoder.decode input", maxHelperBytes)
			if err != nil {
				j.throw("%v", err)
			}
			return vm.ToValue(decodeUTF8(b))
		}), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		return nil
	})
	cryptoObj := vm.NewObject()
	if err := j.defineConst(cryptoObj, "getRandomValues", vm.ToValue(j.getRandomValues)); err != nil {
		return err
	}
	for name, v := range map[string]goja.Value{
		"atob":        vm.ToValue(j.atob),
		"btoa":        vm.ToValue(j.btoa),
		"TextEncoder": enc,
		"TextDecoder": dec,
		"crypto":      j.frozen(cryptoObj),
	} {
		if err := global.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE); err != nil {
			return err
		}
	}
	return nil
}

// uint8Array makes a Uint8Array over a copy of b, with the constructor
// captured before the action ran.
func (j *job) uint8Array(b []byte) goja.Value {
	o, err := j.vm.New(j.u8Ctor, j.vm.ToValue(j.vm.NewArrayBuffer(append([]byte(nil), b...))))
	if err != nil {
		panic(err)
	}
	return o
}

// decodeUTF8 replaces each invalid byte with U+FFFD, as TextDecoder does.
func decodeUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		sb.WriteRune(r) // RuneError is U+FFFD
		b = b[n:]
	}
	return sb.String()
}

// binaryString is a JS string with one char (0-255) per byte.
func binaryString(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

func (j *job) atob(call goja.FunctionCall) goja.Value {
	s := call.Argument(0).String()
	if len(s) > maxHelperBytes {
		j.throw("atob: input longer than %d bytes", maxHelperBytes)
	}
	s = strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' {
			return -1
		}
		return r
	}, s)
	if len(s)%4 == 1 {
		j.throw("atob: the string is not correctly encoded")
	}
	b, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(s, "="))
	if err != nil {
		j.throw("atob: the string is not correctly encoded")
	}
	return j.vm.ToValue(binaryString(b))
}

func (j *job) btoa(call goja.FunctionCall) goja.Value {
	s := call.Argument(0).String()
	if len(s) > maxHelperBytes {
		j.throw("btoa: input longer than %d bytes", maxHelperBytes)
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xFF {
			j.throw("btoa: the string contains characters outside of the Latin1 range")
		}
		b = append(b, byte(r))
	}
	return j.vm.ToValue(base64.StdEncoding.EncodeToString(b))
}

// getRandomValues fills an integer typed array in place (Web Crypto caps a
// call at 65536 bytes). Each node draws its own randomness: an action that
// must agree across nodes draws inside Lit.Actions.runOnce.
func (j *job) getRandomValues(call goja.FunctionCall) goja.Value {
	o, ok := call.Argument(0).(*goja.Object)
	if !ok {
		j.throw("crypto.getRandomValues expects an integer typed array")
	}
	switch o.Export().(type) {
	case []byte, []int8, []uint16, []int16, []uint32, []int32, []uint64, []int64:
	default:
		j.throw("crypto.getRandomValues expects an integer typed array")
	}
	buf, ok := o.Get("buffer").Export().(goja.ArrayBuffer)
	if !ok {
		j.throw("crypto.getRandomValues: no buffer")
	}
	off, n := o.Get("byteOffset").ToInteger(), o.Get("byteLength").ToInteger()
	if n > 65536 {
		j.throw("crypto.getRandomValues: %d bytes requested, the limit is 65536", n)
	}
	data := buf.Bytes()
	if off < 0 || n < 0 || off+n > int64(len(data)) {
		j.throw("crypto.getRandomValues: bad view")
	}
	if _, err := rand.Read(data[off : off+n]); err != nil {
		panic(j.vm.NewGoError(err))
	}
	return o
}

// uint8arrayToString / uint8arrayFromString are Lit's helpers (from the
// uint8arrays package): encodings utf8, base16 (hex), base64, base64url.
func (j *job) uint8arrayToString(call goja.FunctionCall) goja.Value {
	b, err := j.toBytes(call.Argument(0), "uint8arrayToString: array", maxHelperBytes)
	if err != nil {
		j.throw("%v", err)
	}
	switch enc := j.encodingArg(call.Argument(1)); enc {
	case "utf8", "utf-8":
		return j.vm.ToValue(decodeUTF8(b))
	case "base16", "hex":
		return j.vm.ToValue(hex.EncodeToString(b))
	case "base64":
		return j.vm.ToValue(base64.RawStdEncoding.EncodeToString(b))
	case "base64pad":
		return j.vm.ToValue(base64.StdEncoding.EncodeToString(b))
	case "base64url":
		return j.vm.ToValue(base64.RawURLEncoding.EncodeToString(b))
	case "ascii", "latin1":
		return j.vm.ToValue(binaryString(b))
	default:
		j.throw("uint8arrayToString: unsupported encoding %q", enc)
	}
	return nil
}

func (j *job) uint8arrayFromString(call goja.FunctionCall) goja.Value {
	s := call.Argument(0).String()
	if len(s) > maxHelperBytes {
		j.throw("uint8arrayFromString: input longer than %d bytes", maxHelperBytes)
	}
	var b []byte
	var err error
	switch enc := j.encodingArg(call.Argument(1)); enc {
	case "utf8", "utf-8":
		b = []byte(s)
	case "base16", "hex":
		b, err = hex.DecodeString(strings.TrimPrefix(s, "0x"))
	case "base64", "base64pad":
		b, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(s, "="))
	case "base64url":
		b, err = base64.RawURLEncoding.DecodeString(strings.TrimRight(s, "="))
	case "ascii", "latin1":
		for _, r := range s {
			if r > 0xFF {
				j.throw("uint8arrayFromString: character %q is not latin1", r)
			}
			b = append(b, byte(r))
		}
	default:
		j.throw("uint8arrayFromString: unsupported encoding %q", enc)
	}
	if err != nil {
		j.throw("uint8arrayFromString: %v", fmt.Errorf("not valid: %w", err))
	}
	return j.uint8Array(b)
}

func (j *job) encodingArg(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return "utf8"
	}
	return strings.ToLower(v.String())
}
