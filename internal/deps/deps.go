//go:build pkpnetdeps

// Package deps pins the modules that the project's packages use, so that
// parallel work can build before every importer exists.
package deps

import (
	_ "github.com/dop251/goja"
	_ "github.com/ethereum/go-ethereum/ethclient/simulated"
	_ "github.com/ipfs/boxo/ipld/unixfs/importer"
	_ "github.com/ipfs/go-cid"
	_ "github.com/libp2p/go-libp2p"
	_ "github.com/libp2p/go-libp2p-kad-dht"
	_ "github.com/libp2p/go-libp2p-pubsub"
	_ "github.com/spf13/cobra"
	_ "github.com/taurusgroup/multi-party-sig/protocols/cmp"
	_ "go.etcd.io/bbolt"
	_ "golang.org/x/crypto/scrypt"
)
