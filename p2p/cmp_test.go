package p2p_test

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/ecdsa"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
)

// runPresign runs mpc.Presign at every party in idx over trs concurrently.
func runPresign(ctx context.Context, trs map[party.ID]mpc.Transport, cfgs map[party.ID]*config.Config, signers []party.ID, roundTimeout time.Duration) (map[party.ID]*ecdsa.PreSignature, map[party.ID]error) {
	id := mpc.NewSessionID("presign")
	var mu sync.Mutex
	pres := map[party.ID]*ecdsa.PreSignature{}
	errs := map[party.ID]error{}
	var wg sync.WaitGroup
	for _, p := range signers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := mpc.Session{ID: id, Topic: "presign", Self: p, Parties: signers, RoundTimeout: roundTimeout}
			pre, err := mpc.Presign(ctx, trs[p], s, cfgs[p])
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs[p] = err
				return
			}
			pres[p] = pre
		}()
	}
	wg.Wait()
	return pres, errs
}

// signAndVerify runs the online step at every signer and combines the
// shares as a client would, checking the signature against the PKP key.
func signAndVerify(t *testing.T, rootPub []byte, pres map[party.ID]*ecdsa.PreSignature) {
	t.Helper()
	var req mpc.SignRequest
	req.RootPub = rootPub
	if _, err := rand.Read(req.KeyID[:]); err != nil {
		t.Fatal(err)
	}
	h := sha256.Sum256([]byte("pkpnet p2p test message"))
	req.Hash = h[:]
	if _, err := rand.Read(req.Entropy[:]); err != nil {
		t.Fatal(err)
	}
	sig, err := mpc.CombineAnswers(req, mpctest.Answers(t, pres, req))
	if err != nil {
		t.Fatalf("combine: %v", err)
	}
	if err := req.Verify(sig); err != nil {
		t.Fatalf("signature does not verify for the PKP: %v", err)
	}
}

func transports(c *cluster) map[party.ID]mpc.Transport {
	m := map[party.ID]mpc.Transport{}
	for i, tr := range c.trs {
		m[party.ID(fmt.Sprint(i+1))] = tr
	}
	return m
}

// CMP keygen, presign and a signature between 3 libp2p hosts.
func TestCMPKeygenPresignSignOverLibp2p(t *testing.T) {
	c := newCluster(t, 3, true)
	c.waitMesh(t, 20*time.Second)
	trs := transports(c)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	parties := partyIDs(3)
	kid := mpc.NewSessionID("keygen")
	cfgs := map[party.ID]*config.Config{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := time.Now()
	for _, p := range parties {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cfg, err := mpc.Keygen(ctx, trs[p], mpc.Session{ID: kid, Topic: "keygen", Self: p, Parties: parties, RoundTimeout: time.Minute})
			if err != nil {
				t.Errorf("keygen party %s: %v", p, err)
				return
			}
			mu.Lock()
			cfgs[p] = cfg
			mu.Unlock()
		}()
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	t.Logf("keygen over libp2p: %v", time.Since(start))
	rootPub, err := mpc.RootPubkey(cfgs["1"])
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range parties {
		pk, _ := mpc.RootPubkey(cfgs[p])
		if string(pk) != string(rootPub) {
			t.Fatalf("party %s has a different root key", p)
		}
	}
	signers := parties[:mpc.Threshold(3)]
	start = time.Now()
	pres, errs := runPresign(ctx, trs, cfgs, signers, 30*time.Second)
	if len(errs) > 0 {
		t.Fatalf("presign: %v", errs)
	}
	t.Logf("presign over libp2p (signers %v): %v", signers, time.Since(start))
	signAndVerify(t, rootPub, pres)
}

// stopOnFirstMessage wraps a transport and reports when the party has
// received its first protocol message, i.e. is in the middle of the run.
type stopOnFirstMessage struct {
	mpc.Transport
	once    sync.Once
	started chan struct{}
}

type signalConn struct {
	mpc.Conn
	out chan mpc.Envelope
}

func (s *signalConn) Recv() <-chan mpc.Envelope { return s.out }

func (w *stopOnFirstMessage) Open(ctx context.Context, s mpc.Session) (mpc.Conn, error) {
	c, err := w.Transport.Open(ctx, s)
	if err != nil {
		return nil, err
	}
	sc := &signalConn{Conn: c, out: make(chan mpc.Envelope)}
	go func() { // ends when the wrapped conn's Recv closes
		defer close(sc.out)
		for e := range c.Recv() {
			w.once.Do(func() { close(w.started) })
			sc.out <- e
		}
	}()
	return sc, nil
}

// One node stops in the middle of a presign: the others fail with a timeout
// naming it and do not hang. After it restarts, the next presign succeeds.
func TestPresignNodeStopsAndRestarts(t *testing.T) {
	cfgs, err := mpctest.Configs(3)
	if err != nil {
		t.Fatal(err)
	}
	rootPub, err := mpc.RootPubkey(cfgs["1"])
	if err != nil {
		t.Fatal(err)
	}
	c := newCluster(t, 3, true)
	c.waitMesh(t, 20*time.Second)
	parties := partyIDs(3)
	trs := transports(c)
	w := &stopOnFirstMessage{Transport: trs["3"], started: make(chan struct{})}
	trs["3"] = w
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	const roundTimeout = 10 * time.Second
	go func() {
		select {
		case <-w.started:
			_ = c.trs[2].Close()
			_ = c.hosts[2].Close()
		case <-ctx.Done():
		}
	}()
	start := time.Now()
	_, errs := runPresign(ctx, trs, cfgs, parties, roundTimeout)
	elapsed := time.Since(start)
	select {
	case <-w.started:
	default:
		t.Fatal("node 3 never got to the middle of the presign")
	}
	for _, p := range []party.ID{"1", "2"} {
		var te *mpc.TimeoutError
		if !errors.As(errs[p], &te) {
			t.Fatalf("party %s: want a timeout error, got %v", p, errs[p])
		}
		if !slices.Contains(te.Silent, "3") {
			t.Fatalf("party %s: timeout names %v, not the stopped node 3: %+v (all: %v)", p, te.Silent, te, errs)
		}
		t.Logf("party %s failed as expected after %v: %v", p, elapsed, errs[p])
	}
	if errs["3"] == nil {
		t.Fatal("the stopped node's presign succeeded")
	}
	if ctx.Err() != nil {
		t.Fatal("presign hung until the test deadline")
	}

	start = time.Now()
	c.start(t, 2)
	c.waitMesh(t, 20*time.Second)
	t.Logf("node 3 restarted and reconnected in %v", time.Since(start))
	trs = transports(c)
	start = time.Now()
	pres, errs := runPresign(ctx, trs, cfgs, parties, 30*time.Second)
	if len(errs) > 0 {
		t.Fatalf("presign after restart: %v", errs)
	}
	t.Logf("presign after restart: %v (retransmissions %d/%d/%d)", time.Since(start), c.trs[0].Retransmits(), c.trs[1].Retransmits(), c.trs[2].Retransmits())
	signAndVerify(t, rootPub, pres)
}
