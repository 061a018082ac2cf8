package ipfs

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/ipfs/boxo/ipld/merkledag"
	uio "github.com/ipfs/boxo/ipld/unixfs/io"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
	mh "github.com/multiformats/go-multihash"
)

// maxBlock caps one block from a gateway: kubo's chunks are 256 KiB and a
// balanced-layout node with 174 links is a few KiB; 1 MiB is the IPFS
// block size limit in practice.
const maxBlock = 1 << 20

// ErrNotFound: no gateway had the CID.
var ErrNotFound = errors.New("not found on any gateway")

// Fetcher fetches files by CID from trustless gateways and verifies them.
type Fetcher struct {
	Gateways []string     // base URLs, tried in order for each block
	Client   *http.Client // nil: http.DefaultClient
	MaxSize  int          // largest file accepted
	// MaxBlocks bounds the blocks of one file (default MaxSize/256KiB*2+16).
	MaxBlocks int
}

// Fetch returns the bytes of the UnixFS file c. Every block is checked
// against its CID before it is used, so a lying gateway can only make the
// fetch fail.
func (f *Fetcher) Fetch(ctx context.Context, c cid.Cid) ([]byte, error) {
	if len(f.Gateways) == 0 {
		return nil, errors.New("no IPFS gateway configured")
	}
	if p := c.Prefix(); p.MhType != mh.SHA2_256 || (p.Codec != cid.DagProtobuf && p.Codec != cid.Raw) {
		return nil, fmt.Errorf("cid %s: only sha2-256 dag-pb or raw CIDs are fetched", c)
	}
	budget := f.MaxBlocks
	if budget <= 0 {
		budget = f.MaxSize/(256<<10)*2 + 16
	}
	g := &getter{f: f, budget: budget}
	root, err := g.Get(ctx, c)
	if err != nil {
		return nil, err
	}
	r, err := uio.NewDagReader(ctx, root, g)
	if err != nil {
		return nil, fmt.Errorf("cid %s: not a UnixFS file: %w", c, err)
	}
	if r.Size() > uint64(f.MaxSize) {
		return nil, fmt.Errorf("cid %s: file of %d bytes, the limit is %d", c, r.Size(), f.MaxSize)
	}
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, io.LimitReader(r, int64(f.MaxSize)+1)); err != nil {
		return nil, fmt.Errorf("cid %s: %w", c, err)
	}
	if buf.Len() > f.MaxSize {
		return nil, fmt.Errorf("cid %s: file exceeds %d bytes", c, f.MaxSize)
	}
	return buf.Bytes(), nil
}

// getter is an ipld.NodeGetter over the gateways' raw block endpoint.
type getter struct {
	f      *Fetcher
	budget int
}

var _ ipld.NodeGetter = (*getter)(nil)

func (g *getter) Get(ctx context.Context, c cid.Cid) (ipld.Node, error) {
	if g.budget <= 0 {
		return nil, errors.New("too many blocks")
	}
	g.budget--
	var errs []string
	for _, base := range g.f.Gateways {
		b, err := g.block(ctx, base, c)
		if err == nil {
			blk, err := blocks.NewBlockWithCid(b, c)
			if err != nil {
				return nil, err
			}
			if c.Prefix().Codec == cid.Raw {
				return merkledag.DecodeRawBlock(blk)
			}
			return merkledag.DecodeProtobufBlock(blk)
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		errs = append(errs, err.Error())
	}
	return nil, fmt.Errorf("block %s: %w (%s)", c, ErrNotFound, strings.Join(errs, "; "))
}

func (g *getter) GetMany(ctx context.Context, cs []cid.Cid) <-chan *ipld.NodeOption {
	out := make(chan *ipld.NodeOption, len(cs))
	go func() {
		defer close(out)
		for _, c := range cs {
			n, err := g.Get(ctx, c)
			select {
			case out <- &ipld.NodeOption{Node: n, Err: err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return out
}

// block fetches one raw block and checks it hashes to c.
func (g *getter) block(ctx context.Context, base string, c cid.Cid) ([]byte, error) {
	url := strings.TrimRight(base, "/") + "/ipfs/" + c.String() + "?format=raw"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("bad gateway URL %q", base)
	}
	req.Header.Set("Accept", "application/vnd.ipld.raw")
	cl := g.f.Client
	if cl == nil {
		cl = http.DefaultClient
	}
	resp, err := cl.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", base, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s answered %s", base, resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxBlock+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", base, err)
	}
	if len(b) > maxBlock {
		return nil, fmt.Errorf("%s: block larger than %d bytes", base, maxBlock)
	}
	got, err := c.Prefix().Sum(b)
	if err != nil || !got.Equals(c) {
		return nil, fmt.Errorf("%s: block does not hash to %s", base, c)
	}
	return b, nil
}
