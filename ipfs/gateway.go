package ipfs

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/boxo/exchange/offline"
	"github.com/ipfs/boxo/gateway"
	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/go-cid"
	ds "github.com/ipfs/go-datastore"
	dssync "github.com/ipfs/go-datastore/sync"

	"github.com/pkpnet/pkpnet/actionid"
)

// MaxAddSize caps one file added through the gateway (the node's code limit).
const MaxAddSize = 16 << 20

// AddPath is the gateway's add endpoint: POST the file, get {"cid": ...}.
// It exists on the devnet's gateway only (bound to 127.0.0.1).
const AddPath = "/pkpnet/v0/add"

// Gateway is an in-memory IPFS store served over the trustless gateway
// protocol (and deserialized responses, for curl).
type Gateway struct {
	bs      blockstore.Blockstore
	dag     *merkledagService
	handler http.Handler
}

type merkledagService = merkledag.ComboService

// NewGateway makes an empty gateway.
func NewGateway() (*Gateway, error) {
	bs := blockstore.NewBlockstore(dssync.MutexWrap(ds.NewMapDatastore()))
	bsvc := blockservice.New(bs, offline.Exchange(bs))
	backend, err := gateway.NewBlocksBackend(bsvc)
	if err != nil {
		return nil, fmt.Errorf("ipfs gateway: %w", err)
	}
	dag := merkledag.NewDAGService(bsvc)
	g := &Gateway{bs: bs, dag: &merkledag.ComboService{Read: dag, Write: dag}}
	gw := gateway.NewHandler(gateway.Config{DeserializedResponses: true, NoDNSLink: true}, backend)
	mux := http.NewServeMux()
	mux.Handle("/ipfs/", gw)
	mux.HandleFunc("POST "+AddPath, g.serveAdd)
	g.handler = mux
	return g, nil
}

// Handler serves /ipfs/<cid> (trustless: ?format=raw, ?format=car) and the
// add endpoint.
func (g *Gateway) Handler() http.Handler { return g.handler }

// Add stores code as `ipfs add --cid-version=0` would and returns its CIDv0.
func (g *Gateway) Add(ctx context.Context, code []byte) (cid.Cid, error) {
	if len(code) > MaxAddSize {
		return cid.Undef, fmt.Errorf("ipfs add: %d bytes, the limit is %d", len(code), MaxAddSize)
	}
	c, err := actionid.Import(g.dag, code)
	if err != nil {
		return cid.Undef, fmt.Errorf("ipfs add: %w", err)
	}
	return c, nil
}

func (g *Gateway) serveAdd(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, MaxAddSize+1))
	if err != nil {
		http.Error(w, "read body: "+err.Error(), http.StatusBadRequest)
		return
	}
	if len(body) > MaxAddSize {
		http.Error(w, fmt.Sprintf("file exceeds %d bytes", MaxAddSize), http.StatusRequestEntityTooLarge)
		return
	}
	c, err := g.Add(r.Context(), body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]string{"cid": c.String()})
}
