package runtime

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// maxFetchHeaders caps the response headers passed to the action.
const maxFetchHeaders = 100

var errPrivateAddress = errors.New("address is not public")

// newFetchClient is the node's HTTP client for actions' fetch. Unless
// allowPrivate is set, it refuses to connect to loopback, private,
// link-local, CGNAT, multicast and unspecified addresses, after DNS and on
// every redirect, so an action cannot reach the node's own services. It
// ignores proxy environment variables.
func newFetchClient(allowPrivate bool) *http.Client {
	d := &net.Dialer{Timeout: 10 * time.Second}
	if !allowPrivate {
		d.Control = func(_, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("%w: %s", errPrivateAddress, address)
			}
			if !isPublic(ap.Addr()) {
				return fmt.Errorf("%w: %s", errPrivateAddress, ap.Addr())
			}
			return nil
		}
	}
	return &http.Client{
		Transport: &http.Transport{
			Proxy:                  nil,
			DialContext:            d.DialContext,
			ForceAttemptHTTP2:      true,
			MaxIdleConns:           32,
			IdleConnTimeout:        30 * time.Second,
			TLSHandshakeTimeout:    10 * time.Second,
			ResponseHeaderTimeout:  30 * time.Second,
			MaxResponseHeaderBytes: 64 << 10,
		},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return errors.New("more than 5 redirects")
			}
			return nil
		},
	}
}

var cgnat = netip.MustParsePrefix("100.64.0.0/10")

func isPublic(a netip.Addr) bool {
	a = a.Unmap()
	return a.IsGlobalUnicast() && !a.IsPrivate() && !cgnat.Contains(a)
}

// fetch serves one fetch call. It returns the reply, or a refusal (the
// action's promise rejects), or a limit error (the run ends).
func (s *Sandbox) fetch(ctx context.Context, a *fetchArgs) callOutcome {
	u, err := url.Parse(a.URL)
	if err != nil {
		return callOutcome{refusal: fmt.Errorf("fetch: bad URL: %w", err)}
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return callOutcome{refusal: fmt.Errorf("fetch: only http and https URLs are allowed, not %q", u.Scheme)}
	}
	if len(a.Body) > s.lim.FetchRequestBytes {
		return callOutcome{fatal: limitErr(LimitFetchRequest, "request body of %d bytes, the limit is %d", len(a.Body), s.lim.FetchRequestBytes)}
	}
	method := a.Method
	if method == "" {
		method = http.MethodGet
	}
	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, s.lim.FetchTimeout)
	defer cancel()
	var body io.Reader
	if a.Body != nil {
		body = bytes.NewReader(a.Body)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), body)
	if err != nil {
		return callOutcome{refusal: fmt.Errorf("fetch: %w", err)}
	}
	for _, h := range a.Headers {
		req.Header.Add(h[0], h[1])
	}
	if req.Header.Get("User-Agent") == "" {
		req.Header.Set("User-Agent", "pkpnet-action")
	}
	resp, err := s.client.Do(req)
	if err != nil {
		return fetchErr(parent, ctx, err, s.lim.FetchTimeout)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, s.lim.FetchResponseBytes+1))
	if err != nil {
		return fetchErr(parent, ctx, err, s.lim.FetchTimeout)
	}
	if int64(len(data)) > s.lim.FetchResponseBytes {
		return callOutcome{fatal: limitErr(LimitFetchResponse, "a response from %s is larger than %d bytes", u.Host, s.lim.FetchResponseBytes)}
	}
	r := &fetchReply{
		Status:     resp.StatusCode,
		StatusText: strings.TrimSpace(strings.TrimPrefix(resp.Status, fmt.Sprint(resp.StatusCode))),
		URL:        resp.Request.URL.String(),
		Body:       data,
	}
	for k, vs := range resp.Header {
		for _, v := range vs {
			if len(r.Headers) < maxFetchHeaders {
				r.Headers = append(r.Headers, [2]string{k, v})
			}
		}
	}
	return callOutcome{value: r}
}

// fetchErr classifies a failed fetch: its own timeout is a limit (the run
// ends); anything else, including the run's own deadline, is a refusal (the
// action's promise rejects).
func fetchErr(parent, ctx context.Context, err error, timeout time.Duration) callOutcome {
	if parent.Err() == nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return callOutcome{fatal: limitErr(LimitFetchTimeout, "a fetch took longer than %s", timeout)}
	}
	return callOutcome{refusal: fmt.Errorf("fetch: %s", truncate(err.Error(), 512))}
}
