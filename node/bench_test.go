package node_test

import (
	"crypto/sha256"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pkpnet/pkpnet/wire"
)

// BenchmarkWarmSign measures a client's round trip with a warm pool: fan-out
// to 3 nodes, every node's checks (auth sig, action run for execute,
// permission), coordination, durable share release, then combine and
// ecrecover at the client. The coordinator rotates over the nodes. Setup
// runs keygen and fills 4 presignatures per signer set (24 in all), so keep
// b.N within the pool (the refill runs meanwhile and competes for CPU, as it
// would in a busy node):
//
//	go test ./node -run XXX -bench WarmSign -benchtime=10x
func BenchmarkWarmSign(b *testing.B) {
	c := newCluster(b, 3, 4)
	c.startAll(3 * time.Minute)
	tok, pub := c.mint()
	c.permitAction(tok, signAction)
	for _, kind := range []string{"pkp-sign", "execute"} {
		b.Run(kind, func(b *testing.B) {
			c.waitPool(5 * time.Minute)
			var lat []time.Duration
			b.ResetTimer()
			for i := -1; i < b.N; i++ { // i = -1 warms the PKP's topic up; not counted
				coord := (i+3)%3 + 1
				msg := fmt.Sprintf("bench %s %d", kind, i)
				start := time.Now()
				var res map[int]result
				sigName := "sig"
				if kind == "pkp-sign" {
					h := sha256.Sum256([]byte(msg))
					req := &wire.PKPSignRequest{Common: c.common(c.user, []int{1, 2, 3}, coord), ToSign: hexutil.Encode(h[:]), PubKey: hexutil.Encode(pub)}
					res = fanOut(c, wire.PKPSignProtocol, []int{1, 2, 3}, req)
				} else {
					sigName = "sig1"
					res = fanOut(c, wire.ExecuteProtocol, []int{1, 2, 3}, execReq(c, signAction, pub, msg, []int{1, 2, 3}, coord))
				}
				if _, _, err := c.combine(res, sigName, pub); err != nil {
					b.Fatal(err)
				}
				if i >= 0 {
					lat = append(lat, time.Since(start))
				} else {
					b.ReportMetric(float64(time.Since(start).Microseconds())/1000, "first-ms")
				}
			}
			b.StopTimer()
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[(len(lat)*99)/100].Microseconds())/1000, "p99-ms")
			ondemand := 0
			for _, nd := range c.nodes {
				ondemand += nd.Stats().OnDemandSigns
			}
			b.ReportMetric(float64(ondemand), "on-demand-shares")
		})
	}
}
