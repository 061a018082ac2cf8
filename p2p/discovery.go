package p2p

import (
	"context"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

const (
	discoveryMinBackoff = 200 * time.Millisecond
	discoveryMaxBackoff = 5 * time.Second
	discoveryTimeout    = 5 * time.Second
	discoveryParallel   = 4
)

// discovery keeps the host connected to every node-set member and to at
// least one bootstrap peer. Missing members are looked up by peer ID in the
// DHT with a per-peer exponential backoff; a disconnect resets the backoff so
// a peer that comes back is found again quickly.
type discovery struct {
	hs     *Host
	wakeCh chan struct{}

	mu    sync.Mutex
	state map[peer.ID]*discState
}

type discState struct {
	next     time.Time
	backoff  time.Duration
	inflight bool
}

func newDiscovery(hs *Host) *discovery {
	d := &discovery{hs: hs, wakeCh: make(chan struct{}, 1), state: make(map[peer.ID]*discState)}
	hs.h.Network().Notify(&network.NotifyBundle{
		DisconnectedF: func(_ network.Network, c network.Conn) {
			p := c.RemotePeer()
			if hs.NodeSet().Contains(p) || d.isBootstrap(p) {
				d.mu.Lock()
				if st := d.state[p]; st != nil {
					st.backoff, st.next = 0, time.Time{}
				}
				d.mu.Unlock()
				d.wake()
			}
		},
	})
	return d
}

func (d *discovery) wake() {
	select {
	case d.wakeCh <- struct{}{}:
	default:
	}
}

func (d *discovery) isBootstrap(p peer.ID) bool {
	for _, ai := range d.hs.cfg.Bootstrap {
		if ai.ID == p {
			return true
		}
	}
	return false
}

func (d *discovery) run(ctx context.Context) {
	var wg sync.WaitGroup
	defer wg.Wait()
	sem := make(chan struct{}, discoveryParallel)
	tick := time.NewTicker(d.hs.cfg.DiscoveryInterval / 4)
	defer tick.Stop()
	for {
		d.round(ctx, &wg, sem)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		case <-d.wakeCh:
		}
	}
}

func (d *discovery) round(ctx context.Context, wg *sync.WaitGroup, sem chan struct{}) {
	hs := d.hs
	self := hs.h.ID()
	var targets []peer.AddrInfo
	bootConnected := len(hs.cfg.Bootstrap) == 0
	for _, ai := range hs.cfg.Bootstrap {
		if ai.ID == self || hs.Connected(ai.ID) {
			bootConnected = true
		}
	}
	if !bootConnected {
		targets = append(targets, hs.cfg.Bootstrap...)
	}
	if hs.cfg.Role == RoleNode {
		for _, p := range hs.NodeSet().Peers() {
			if p != self && !hs.Connected(p) && !hs.gater.isBlocked(p) {
				targets = append(targets, peer.AddrInfo{ID: p})
			}
		}
	}
	now := time.Now()
	for _, ai := range targets {
		d.mu.Lock()
		st := d.state[ai.ID]
		if st == nil {
			st = &discState{}
			d.state[ai.ID] = st
		}
		due := !st.inflight && !now.Before(st.next)
		if due {
			st.inflight = true
		}
		d.mu.Unlock()
		if !due {
			continue
		}
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			return
		}
		wg.Add(1)
		go func(ai peer.AddrInfo) {
			defer wg.Done()
			defer func() { <-sem }()
			actx, cancel := context.WithTimeout(ctx, discoveryTimeout)
			var err error
			if len(ai.Addrs) > 0 {
				err = hs.h.Connect(actx, ai)
			} else {
				err = hs.FindAndConnect(actx, ai.ID)
			}
			cancel()
			d.mu.Lock()
			st.inflight = false
			if err == nil {
				st.backoff, st.next = 0, time.Time{}
			} else {
				st.backoff = min(max(2*st.backoff, discoveryMinBackoff), discoveryMaxBackoff)
				st.next = time.Now().Add(st.backoff)
			}
			d.mu.Unlock()
			if err != nil && ctx.Err() == nil {
				hs.log.Debug("peer not reachable yet", "peer", ai.ID.String(), "err", err)
			}
		}(ai)
	}
}

// ParseAddrInfos parses full multiaddrs (with /p2p/<id>) into AddrInfos,
// merging addresses of the same peer.
func ParseAddrInfos(addrs []string) ([]peer.AddrInfo, error) {
	mas := make([]ma.Multiaddr, 0, len(addrs))
	for _, s := range addrs {
		m, err := ma.NewMultiaddr(s)
		if err != nil {
			return nil, err
		}
		mas = append(mas, m)
	}
	return peer.AddrInfosFromP2pAddrs(mas...)
}
