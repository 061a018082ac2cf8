package runtime

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
)

// The node and a worker exchange frames over the worker's stdin and stdout:
// a 4-byte big-endian length followed by that many bytes of JSON (one
// message). Frames from the node may be up to maxFrame bytes (they carry the
// code and fetch bodies); frames from a worker are capped lower by the node
// (workerFrameLimit), because a worker is untrusted.
const maxFrame = 64 << 20

// Message types.
const (
	msgReady = "ready" // worker → node, once after start-up: hardening report
	msgRun   = "run"   // node → worker: start a run
	msgReply = "reply" // node → worker: the answer to a call
	msgAbort = "abort" // node → worker: stop the run now (a limit, cancel)
	msgCall  = "call"  // worker → node: a Lit.Actions call or fetch that needs an answer
	msgLog   = "log"   // worker → node: one console.log line
	msgResp  = "resp"  // worker → node: setResponse
	msgDone  = "done"  // worker → node: the run ended
)

// message is the one envelope for every frame. Fields are short to keep the
// hot path small.
type message struct {
	T       string          `json:"t"`
	ID      uint64          `json:"id,omitempty"` // call id (call, reply)
	Method  string          `json:"m,omitempty"`  // call method
	Args    json.RawMessage `json:"a,omitempty"`  // call arguments (JSON)
	Result  json.RawMessage `json:"r,omitempty"`  // reply value (JSON)
	Text    string          `json:"s,omitempty"`  // log line, response, error message
	Kind    Kind            `json:"k,omitempty"`  // done, abort: error kind ("" = success)
	Limit   string          `json:"l,omitempty"`  // done, abort: the limit hit
	Recycle bool            `json:"rc,omitempty"` // done: the worker should be replaced
	Run     *runSpec        `json:"run,omitempty"`
	Applied []string        `json:"ap,omitempty"` // ready: hardening steps applied
	Failed  []string        `json:"fl,omitempty"` // ready: hardening steps that failed (with reason)
}

// runSpec is everything a worker needs for one run. It never contains keys.
type runSpec struct {
	Code   string          `json:"code"`
	Params json.RawMessage `json:"params,omitempty"`
	Auth   authSpec        `json:"auth"`
	Limits workerLimits    `json:"limits"`
	// Runner: this node runs runOnce functions. Alone: there is no
	// channel, so the runner does not share its result.
	Runner bool `json:"runner,omitempty"`
	Alone  bool `json:"alone,omitempty"`
	// Nested: a run of Lit.Actions.call. It has no channel, and every node
	// runs it, so runOnce refuses.
	Nested bool `json:"nested,omitempty"`
}

type authSpec struct {
	ActionIPFSIDs  []string `json:"actionIpfsIds"`
	AuthSigAddress string   `json:"authSigAddress,omitempty"`
	// AuthMethodContexts, verified by the node.
	AuthMethodContexts []AuthMethodContext `json:"authMethodContexts,omitempty"`
}

// workerLimits are the limits a worker enforces itself, early; the node
// enforces them again and has the last word.
type workerLimits struct {
	WallMillis     int64 `json:"wall"`
	MemoryBytes    int64 `json:"mem"`
	CallStackDepth int   `json:"stack"`
	ResponseBytes  int   `json:"resp"`
	LogBytes       int   `json:"log"`
	FetchCount     int   `json:"fetch"`
	Signatures     int   `json:"sigs"`
	ArgBytes       int   `json:"args"`
}

var errFrameTooBig = errors.New("frame too big")

// readFrame reads one frame of at most limit bytes.
func readFrame(r io.Reader, hdr *[4]byte, limit int) ([]byte, error) {
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, err
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if int64(n) > int64(limit) {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", errFrameTooBig, n, limit)
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return buf, nil
}

// decodeFrame reads and decodes one message.
func decodeFrame(r io.Reader, hdr *[4]byte, limit int) (*message, error) {
	buf, err := readFrame(r, hdr, limit)
	if err != nil {
		return nil, err
	}
	m := new(message)
	if err := json.Unmarshal(buf, m); err != nil {
		return nil, fmt.Errorf("decode frame: %w", err)
	}
	if m.T == "" {
		return nil, errors.New("decode frame: message without type")
	}
	return m, nil
}

// frameWriter writes whole frames; it is safe for concurrent use.
type frameWriter struct {
	mu  sync.Mutex
	w   io.Writer
	buf []byte
}

func (fw *frameWriter) send(m *message) error {
	body, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("encode %s frame: %w", m.T, err)
	}
	if len(body) > maxFrame {
		return fmt.Errorf("encode %s frame: %w: %d bytes", m.T, errFrameTooBig, len(body))
	}
	fw.mu.Lock()
	defer fw.mu.Unlock()
	fw.buf = append(fw.buf[:0], 0, 0, 0, 0)
	binary.BigEndian.PutUint32(fw.buf, uint32(len(body)))
	fw.buf = append(fw.buf, body...)
	_, err = fw.w.Write(fw.buf)
	if cap(fw.buf) > 1<<20 {
		fw.buf = nil // do not keep a large code frame around
	}
	return err
}
