// Package actionid owns action identity: the CIDv0 of an action's code, as
// `ipfs add --cid-version=0` prints it (CID), the CID texts that name an
// action (Parse: the CIDv0 or its dag-pb CIDv1, read as the canonical
// CIDv0; everything else refused), and the multihash bytes the contracts key
// a permitted action by.
package actionid

import (
	"bytes"
	"context"
	"fmt"

	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
)

// chunkSize is the fixed-size chunker kubo uses by default (size-262144).
const chunkSize = 256 * 1024

// CID returns the CIDv0 of code: the root of the UnixFS file DAG that
// `ipfs add --cid-version=0` builds with its defaults (balanced layout,
// 256 KiB chunks, 174 links per node, dag-pb leaves, sha2-256).
func CID(code []byte) (cid.Cid, error) {
	return Import(discardDAG{}, code)
}

// Import adds code to dag as `ipfs add --cid-version=0` would and
// returns the root CID (the same as CID).
func Import(dag ipld.DAGService, code []byte) (cid.Cid, error) {
	params := helpers.DagBuilderParams{
		Dagserv:  dag,
		Maxlinks: helpers.DefaultLinksPerBlock,
	}
	db, err := params.New(chunker.NewSizeSplitter(bytes.NewReader(code), chunkSize))
	if err != nil {
		return cid.Undef, fmt.Errorf("action cid: %w", err)
	}
	root, err := balanced.Layout(db)
	if err != nil {
		return cid.Undef, fmt.Errorf("action cid: %w", err)
	}
	return root.Cid(), nil
}

// discardDAG is a DAGService that keeps nothing: the importer only needs
// somewhere to put nodes while it computes their hashes.
type discardDAG struct{}

var _ ipld.DAGService = discardDAG{}

func (discardDAG) Get(context.Context, cid.Cid) (ipld.Node, error) { return nil, ipld.ErrNotFound{} }

func (discardDAG) GetMany(context.Context, []cid.Cid) <-chan *ipld.NodeOption {
	ch := make(chan *ipld.NodeOption)
	close(ch)
	return ch
}

func (discardDAG) Add(context.Context, ipld.Node) error        { return nil }
func (discardDAG) AddMany(context.Context, []ipld.Node) error  { return nil }
func (discardDAG) Remove(context.Context, cid.Cid) error       { return nil }
func (discardDAG) RemoveMany(context.Context, []cid.Cid) error { return nil }
