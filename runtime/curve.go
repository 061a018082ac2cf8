package runtime

import (
	"crypto/ecdsa"
	"encoding/hex"
	"math/big"

	"github.com/dop251/goja"
	"github.com/ethereum/go-ethereum/crypto"
)

// nativeCurve is the secp256k1 object ethers' SigningKey gets instead of
// elliptic's pure-JS EC("secp256k1"): the JS curve builds its precomputed
// tables on first use, which takes over ten seconds in goja. It implements
// exactly the elliptic calls ethers 5.7 makes (keyFromPrivate, keyFromPublic,
// getPublic, sign, derive, pub.add, recoverPubKey, encode) with
// go-ethereum's secp256k1. The bundle receives it as a closure variable
// (see assets/ethers/build.js), so actions cannot reach or replace it.
func (j *job) nativeCurve() *goja.Object {
	vm := j.vm
	points := make(map[*goja.Object]*ecdsa.PublicKey)
	must := func(err error) {
		if err != nil {
			j.throw("secp256k1: %v", err)
		}
	}
	encode := func(pub *ecdsa.PublicKey, compressed bool) string {
		if compressed {
			return hex.EncodeToString(crypto.CompressPubkey(pub))
		}
		return hex.EncodeToString(crypto.FromECDSAPub(pub))
	}
	bn := func(x *big.Int) *goja.Object {
		o := vm.NewObject()
		must(o.Set("toString", func(base goja.Value) string {
			if goja.IsUndefined(base) || base.ToInteger() == 10 {
				return x.String()
			}
			return x.Text(int(base.ToInteger()))
		}))
		return o
	}
	var point func(pub *ecdsa.PublicKey) *goja.Object
	point = func(pub *ecdsa.PublicKey) *goja.Object {
		p := vm.NewObject()
		points[p] = pub
		must(p.Set("encode", func(enc string, compressed bool) string { return encode(pub, compressed) }))
		must(p.Set("encodeCompressed", func(enc string) string { return encode(pub, true) }))
		must(p.Set("add", func(other *goja.Object) *goja.Object {
			q, ok := points[other]
			if !ok {
				j.throw("secp256k1: add: not a point")
			}
			x, y := crypto.S256().Add(pub.X, pub.Y, q.X, q.Y)
			if x.Sign() == 0 && y.Sign() == 0 {
				j.throw("secp256k1: add: point at infinity")
			}
			return point(&ecdsa.PublicKey{Curve: crypto.S256(), X: x, Y: y})
		}))
		return p
	}
	keyPair := func(pub *ecdsa.PublicKey, priv *ecdsa.PrivateKey) *goja.Object {
		k := vm.NewObject()
		pt := point(pub)
		must(k.Set("pub", pt))
		must(k.Set("getPublic", func(call goja.FunctionCall) goja.Value {
			if len(call.Arguments) == 0 {
				return pt
			}
			return vm.ToValue(encode(pub, call.Argument(0).ToBoolean()))
		}))
		if priv == nil {
			return k
		}
		must(k.Set("sign", func(digest goja.Value) *goja.Object {
			d, err := j.toBytes(digest, "digest", 32)
			must(err)
			if len(d) != 32 {
				j.throw("secp256k1: sign: digest must be 32 bytes")
			}
			sig, err := crypto.Sign(d, priv) // canonical (low s)
			must(err)
			o := vm.NewObject()
			must(o.Set("r", bn(new(big.Int).SetBytes(sig[:32]))))
			must(o.Set("s", bn(new(big.Int).SetBytes(sig[32:64]))))
			must(o.Set("recoveryParam", int(sig[64])))
			return o
		}))
		must(k.Set("derive", func(other *goja.Object) *goja.Object {
			q, ok := points[other]
			if !ok {
				j.throw("secp256k1: derive: not a point")
			}
			x, _ := crypto.S256().ScalarMult(q.X, q.Y, priv.D.Bytes())
			return bn(x)
		}))
		return k
	}
	parsePub := func(v goja.Value) *ecdsa.PublicKey {
		b, err := j.toBytes(v, "public key", 65)
		must(err)
		switch len(b) {
		case 33:
			pub, err := crypto.DecompressPubkey(b)
			must(err)
			return pub
		case 65:
			pub, err := crypto.UnmarshalPubkey(b)
			must(err)
			return pub
		}
		j.throw("secp256k1: public key of %d bytes", len(b))
		return nil
	}
	c := vm.NewObject()
	must(c.Set("keyFromPrivate", func(v goja.Value) *goja.Object {
		b, err := j.toBytes(v, "private key", 32)
		must(err)
		priv, err := crypto.ToECDSA(b)
		must(err)
		return keyPair(&priv.PublicKey, priv)
	}))
	must(c.Set("keyFromPublic", func(v goja.Value) *goja.Object { return keyPair(parsePub(v), nil) }))
	must(c.Set("recoverPubKey", func(digest goja.Value, rs *goja.Object, recid int) *goja.Object {
		d, err := j.toBytes(digest, "digest", 32)
		must(err)
		if rs == nil || len(d) != 32 || recid < 0 || recid > 1 {
			j.throw("secp256k1: recoverPubKey: bad arguments")
		}
		r, err := j.toBytes(rs.Get("r"), "r", 32)
		must(err)
		s, err := j.toBytes(rs.Get("s"), "s", 32)
		must(err)
		sig := make([]byte, 65)
		copy(sig[32-len(r):32], r)
		copy(sig[64-len(s):64], s)
		sig[64] = byte(recid)
		pub, err := crypto.SigToPub(d, sig)
		must(err)
		return point(pub)
	}))
	return c
}
