package p2p

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"golang.org/x/time/rate"
)

// Client stream protocols. One request per stream: the client writes one
// frame (uvarint length || JSON request) and closes its write side; the
// node answers with one frame (uvarint length || JSON response) and closes
// the stream. A response is {"result": ...} or {"error": {"code", "message"}}.

// ClientProtocolID returns the versioned protocol ID /pkpnet/<name>/<version>.
func ClientProtocolID(name, version string) protocol.ID {
	return protocol.ID("/pkpnet/" + name + "/" + version)
}

// ErrorCode classifies a structured error response.
type ErrorCode string

// Error codes of structured error responses.
const (
	CodeBadRequest   ErrorCode = "bad_request"
	CodeTooLarge     ErrorCode = "too_large"
	CodeRateLimited  ErrorCode = "rate_limited"
	CodeUnauthorized ErrorCode = "unauthorized"
	CodeForbidden    ErrorCode = "forbidden"
	CodeNotFound     ErrorCode = "not_found"
	CodeUnavailable  ErrorCode = "unavailable"
	CodeTimeout      ErrorCode = "timeout"
	CodeInternal     ErrorCode = "internal"
	// CodeBadCoordination: this node refused or could not finish the
	// sign coordination because of another party (the coordinator's
	// assignment, an equivocating or silent signer). It is not a refusal
	// of the request: the client retries with another coordinator or
	// signer set. The message names the party the node holds responsible
	// and whether it holds proof.
	CodeBadCoordination ErrorCode = "bad_coordination"
)

// Error is a structured error response. Handlers return it to choose the
// code and the client-visible message; any other error becomes
// CodeInternal with a generic message (the detail is only logged).
type Error struct {
	Code    ErrorCode `json:"code"`
	Message string    `json:"message"`
	// Culprit, with CodeBadCoordination, is the party ID the answering node
	// holds responsible (the coordinator, or an equivocating or silent
	// signer); empty when it cannot tell. It is that node's claim: a client
	// acts on it only when several nodes agree (see docs/client.md).
	Culprit string `json:"culprit,omitempty"`
}

func (e *Error) Error() string {
	if e.Culprit != "" {
		return fmt.Sprintf("%s: %s (party %s held responsible)", e.Code, e.Message, e.Culprit)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

// Errorf builds an *Error.
func Errorf(code ErrorCode, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// BadCoordination builds a CodeBadCoordination error that holds party
// culprit responsible ("" when this node cannot tell who).
func BadCoordination(culprit string, format string, args ...any) *Error {
	return &Error{Code: CodeBadCoordination, Message: fmt.Sprintf(format, args...), Culprit: culprit}
}

// maxCulprit bounds Error.Culprit as a client reads it (party IDs are short
// decimals).
const maxCulprit = 32

type response struct {
	Result json.RawMessage `json:"result,omitempty"`
	Error  *Error          `json:"error,omitempty"`
}

// EncodeResponse is the body of the response frame of p2p's request
// protocols (Handle, and node protocols that answer the same way): {"error":
// e} when e is not nil, else {"result": result}. Call decodes it.
func EncodeResponse(result any, e *Error) ([]byte, error) {
	if e != nil {
		return json.Marshal(&response{Error: e})
	}
	r, err := json.Marshal(result)
	if err != nil {
		return nil, err
	}
	return json.Marshal(&response{Result: r})
}

// HandlerOptions bound one client protocol. Zero fields take defaults.
type HandlerOptions struct {
	MaxRequest   int           // request frame cap (default 1 MiB)
	MaxResponse  int           // response frame cap (default 4 MiB)
	ReadTimeout  time.Duration // to receive the request (default 10s)
	Timeout      time.Duration // for the handler (default 30s)
	WriteTimeout time.Duration // to send the response (default 10s)
	Rate         float64       // requests per second per peer (default 5)
	Burst        int           // burst per peer (default 20)
}

func (o HandlerOptions) withDefaults() HandlerOptions {
	if o.MaxRequest <= 0 {
		o.MaxRequest = 1 << 20
	}
	if o.MaxResponse <= 0 {
		o.MaxResponse = 4 << 20
	}
	if o.ReadTimeout <= 0 {
		o.ReadTimeout = 10 * time.Second
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.WriteTimeout <= 0 {
		o.WriteTimeout = 10 * time.Second
	}
	if o.Rate <= 0 {
		o.Rate = 5
	}
	if o.Burst <= 0 {
		o.Burst = 20
	}
	return o
}

// HandlerFunc serves one client request.
type HandlerFunc[Req, Resp any] func(ctx context.Context, from peer.ID, req *Req) (*Resp, error)

// Handle registers a client protocol on hs: anyone may call it (clients and
// nodes), within the per-peer rate limit and the size and time caps.
func Handle[Req, Resp any](hs *Host, id protocol.ID, opts HandlerOptions, fn HandlerFunc[Req, Resp]) {
	opts = opts.withDefaults()
	log := hs.log.With("protocol", string(id))
	hs.h.SetStreamHandler(id, func(s network.Stream) {
		from := s.Conn().RemotePeer()
		reply := func(result any, e *Error) {
			body, err := EncodeResponse(result, e)
			if err != nil && e == nil {
				log.Warn("marshal response", "err", err)
				body, err = EncodeResponse(nil, Errorf(CodeInternal, "internal error"))
			}
			if err == nil && len(body) > opts.MaxResponse {
				log.Warn("response exceeds cap", "bytes", len(body), "cap", opts.MaxResponse)
				body, err = EncodeResponse(nil, Errorf(CodeInternal, "response too large"))
			}
			if err != nil {
				_ = s.Reset()
				return
			}
			_ = s.SetWriteDeadline(time.Now().Add(opts.WriteTimeout))
			if err := WriteFrame(s, body); err != nil {
				_ = s.Reset()
				return
			}
			_ = s.Close()
		}
		fail := func(e *Error) { reply(nil, e) }

		if !hs.limiters.allow(id, from, opts.Rate, opts.Burst) {
			hs.stats.RateLimited.Add(1)
			fail(Errorf(CodeRateLimited, "too many requests; retry later"))
			return
		}
		_ = s.SetReadDeadline(time.Now().Add(opts.ReadTimeout))
		body, err := ReadFrame(bufio.NewReader(s), opts.MaxRequest)
		if err != nil {
			hs.stats.StreamErrors.Add(1)
			if errors.Is(err, ErrFrameTooLarge) {
				fail(Errorf(CodeTooLarge, "request exceeds %d bytes", opts.MaxRequest))
			} else {
				fail(Errorf(CodeBadRequest, "cannot read request frame"))
			}
			return
		}
		var req Req
		if err := decodeStrictJSON(body, &req); err != nil {
			hs.stats.StreamErrors.Add(1)
			fail(Errorf(CodeBadRequest, "malformed request: %v", err))
			return
		}
		ctx, cancel := context.WithTimeout(hs.ctx, opts.Timeout)
		defer cancel()
		resp, err := fn(ctx, from, &req)
		if err != nil {
			var pe *Error
			switch {
			case errors.As(err, &pe):
				fail(pe)
			case errors.Is(err, context.DeadlineExceeded):
				fail(Errorf(CodeTimeout, "request timed out"))
			default:
				log.Warn("client request failed", "peer", from.String(), "err", err)
				fail(Errorf(CodeInternal, "internal error"))
			}
			return
		}
		reply(resp, nil)
	})
}

// decodeStrictJSON decodes exactly one JSON value with no unknown fields.
func decodeStrictJSON(body []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("trailing data after the JSON value")
	}
	return nil
}

// Call sends one request on protocol id to p and decodes the response. A
// structured error response is returned as *Error.
func Call[Req, Resp any](ctx context.Context, h host.Host, p peer.ID, id protocol.ID, req *Req, maxResponse int) (*Resp, error) {
	if maxResponse <= 0 {
		maxResponse = 4 << 20
	}
	body, err := json.Marshal(req)
	if err != nil {
		return nil, fmt.Errorf("call %s: marshal request: %w", id, err)
	}
	s, err := h.NewStream(ctx, p, id)
	if err != nil {
		return nil, fmt.Errorf("call %s on %s: %w", id, p, err)
	}
	defer s.Close()
	deadline, ok := ctx.Deadline()
	if !ok {
		deadline = time.Now().Add(time.Minute)
	}
	_ = s.SetDeadline(deadline)
	stop := context.AfterFunc(ctx, func() { _ = s.Reset() })
	defer stop()
	if err := WriteFrame(s, body); err != nil {
		_ = s.Reset()
		return nil, fmt.Errorf("call %s on %s: %w", id, p, err)
	}
	_ = s.CloseWrite()
	frame, err := ReadFrame(bufio.NewReader(s), maxResponse)
	if err != nil {
		_ = s.Reset()
		return nil, fmt.Errorf("call %s on %s: read response: %w", id, p, err)
	}
	out, err := decodeResponse[Resp](frame)
	if err != nil {
		var pe *Error
		if errors.As(err, &pe) {
			return nil, pe
		}
		return nil, fmt.Errorf("call %s on %s: %w", id, p, err)
	}
	return out, nil
}

// decodeResponse parses a response frame: the result, or the structured
// error as *Error.
func decodeResponse[Resp any](frame []byte) (*Resp, error) {
	var r response
	if err := json.Unmarshal(frame, &r); err != nil {
		return nil, fmt.Errorf("malformed response: %w", err)
	}
	if r.Error != nil {
		if len(r.Error.Message) > 1024 {
			r.Error.Message = r.Error.Message[:1024]
		}
		if len(r.Error.Culprit) > maxCulprit || r.Error.Code != CodeBadCoordination {
			r.Error.Culprit = ""
		}
		return nil, r.Error
	}
	if len(r.Result) == 0 {
		return nil, errors.New("malformed response: neither result nor error")
	}
	var out Resp
	if err := json.Unmarshal(r.Result, &out); err != nil {
		return nil, fmt.Errorf("malformed result: %w", err)
	}
	return &out, nil
}

// rateLimiters holds a token bucket per (protocol, peer).
type rateLimiters struct {
	mu sync.Mutex
	m  map[rlKey]*rlEntry
}

type rlKey struct {
	proto protocol.ID
	p     peer.ID
}

type rlEntry struct {
	lim  *rate.Limiter
	last time.Time
}

const (
	maxRateEntries = 100_000
	rateIdle       = 10 * time.Minute
)

func newRateLimiters() *rateLimiters { return &rateLimiters{m: make(map[rlKey]*rlEntry)} }

func (r *rateLimiters) allow(proto protocol.ID, p peer.ID, perSec float64, burst int) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	k := rlKey{proto, p}
	e := r.m[k]
	if e == nil {
		if len(r.m) >= maxRateEntries {
			return false
		}
		e = &rlEntry{lim: rate.NewLimiter(rate.Limit(perSec), burst)}
		r.m[k] = e
	}
	e.last = time.Now()
	return e.lim.Allow()
}

func (r *rateLimiters) janitor(ctx context.Context) {
	tick := time.NewTicker(time.Minute)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-tick.C:
			r.mu.Lock()
			for k, e := range r.m {
				if now.Sub(e.last) > rateIdle {
					delete(r.m, k)
				}
			}
			r.mu.Unlock()
		}
	}
}
