package runtime

import (
	"encoding/hex"
	"math/big"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
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
	points := make(map[*goja.Object]*secp256k1.PublicKey)
	must := func(err error) {
		if err != nil {
			j.throw("secp256k1: %v", err)
		}
	}
	encode := func(pub *secp256k1.PublicKey, compressed bool) string {
		if compressed {
			return hex.EncodeToString(pub.SerializeCompressed())
		}
		return hex.EncodeToString(pub.SerializeUncompressed())
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
	var point func(pub *secp256k1.PublicKey) *goja.Object
	point = func(pub *secp256k1.PublicKey) *goja.Object {
		p := vm.NewObject()
		points[p] = pub
		must(p.Set("encode", func(enc string, compressed bool) string { return encode(pub, compressed) }))
		must(p.Set("encodeCompressed", func(enc string) string { return encode(pub, true) }))
		must(p.Set("add", func(other *goja.Object) *goja.Object {
			q, ok := points[other]
			if !ok {
				j.throw("secp256k1: add: not a point")
			}
			var a, b, sum secp256k1.JacobianPoint
			pub.AsJacobian(&a)
			q.AsJacobian(&b)
			secp256k1.AddNonConst(&a, &b, &sum)
			if (sum.X.IsZero() && sum.Y.IsZero()) || sum.Z.IsZero() {
				j.throw("secp256k1: add: point at infinity")
			}
			sum.ToAffine()
			return point(secp256k1.NewPublicKey(&sum.X, &sum.Y))
		}))
		return p
	}
	keyPair := func(pub *secp256k1.PublicKey, priv *secp256k1.PrivateKey) *goja.Object {
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
			k, err := crypto.ToECDSA(priv.Serialize())
			must(err)
			sig, err := crypto.Sign(d, k) // canonical (low s)
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
			var p, r secp256k1.JacobianPoint
			q.AsJacobian(&p)
			secp256k1.ScalarMultNonConst(&priv.Key, &p, &r)
			r.ToAffine()
			x := r.X.Bytes()
			return bn(new(big.Int).SetBytes(x[:]))
		}))
		return k
	}
	parsePub := func(v goja.Value) *secp256k1.PublicKey {
		b, err := j.toBytes(v, "public key", 65)
		must(err)
		if len(b) != 33 && len(b) != 65 {
			j.throw("secp256k1: public key of %d bytes", len(b))
		}
		pub, err := secp256k1.ParsePubKey(b)
		must(err)
		return pub
	}
	c := vm.NewObject()
	must(c.Set("keyFromPrivate", func(v goja.Value) *goja.Object {
		b, err := j.toBytes(v, "private key", 32)
		must(err)
		if _, err := crypto.ToECDSA(b); err != nil { // range check: 0 < k < n
			must(err)
		}
		priv := secp256k1.PrivKeyFromBytes(b)
		return keyPair(priv.PubKey(), priv)
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
		raw, err := crypto.Ecrecover(d, sig)
		must(err)
		pub, err := secp256k1.ParsePubKey(raw)
		must(err)
		return point(pub)
	}))
	return c
}
