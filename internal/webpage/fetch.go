package webpage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"syscall"
	"time"
)

// Defaults of Options.
const (
	DefaultTimeout   = 20 * time.Second
	DefaultMaxSize   = 10 << 20
	DefaultRedirects = 10
)

// Options say how Fetch fetches; zero values take the defaults.
type Options struct {
	Timeout   time.Duration     // the whole fetch, redirects and body included
	MaxSize   int64             // the largest page read, in bytes
	Redirects int               // the most redirects followed
	Transport http.RoundTripper // nil for http.DefaultTransport
}

// Response is a page Fetch brought.
type Response struct {
	URL         string // the address after redirects
	ContentType string
	Body        []byte
}

// userAgent names the program to the sites it reads, as browsers do.
const userAgent = "Mozilla/5.0 (compatible; timeline-import/1.0)"

// Fetch gets the page at address, an http or https address, following
// redirects. Its error says what went wrong in an editor's words, and
// what to do: no such host, connection refused, the status the site
// answered, no answer in time, a page too large, or not a web page.
func Fetch(ctx context.Context, address string, opt Options) (*Response, error) {
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.MaxSize <= 0 {
		opt.MaxSize = DefaultMaxSize
	}
	if opt.Redirects <= 0 {
		opt.Redirects = DefaultRedirects
	}
	u, err := url.Parse(address)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("%q is not an http or https address (write it whole, starting with https://)", address)
	}
	ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()
	client := &http.Client{
		Transport: opt.Transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opt.Redirects {
				return redirectError(fmt.Sprintf("more than %d redirects (the address loops; open it in a browser, save the page and import the file)", opt.Redirects))
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return redirectError(fmt.Sprintf("redirected to %q, which is not an http or https address", req.URL))
			}
			return nil
		},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%q is not an address that can be fetched: %w", address, err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
	req.Header.Set("Accept-Language", "fr,en;q=0.8")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fetchError(ctx, err, opt.Timeout)
	}
	defer resp.Body.Close()
	final := resp.Request.URL.String()
	if resp.StatusCode != http.StatusOK {
		err := statusError(resp.StatusCode)
		if final != u.String() {
			err = fmt.Errorf("redirected to %s: %w", final, err)
		}
		return nil, err
	}
	ctype := resp.Header.Get("Content-Type")
	if resp.ContentLength > opt.MaxSize {
		return nil, tooLarge(opt.MaxSize)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, opt.MaxSize+1))
	if err != nil {
		return nil, fetchError(ctx, err, opt.Timeout)
	}
	if int64(len(body)) > opt.MaxSize {
		return nil, tooLarge(opt.MaxSize)
	}
	if ctype == "" {
		ctype = http.DetectContentType(body)
	}
	if !isHTML(ctype) {
		mt, _, _ := mime.ParseMediaType(ctype)
		return nil, fmt.Errorf("the address gives %s, not a web page (import the article's web page; for a PDF, copy its text and import that)", mt)
	}
	return &Response{URL: final, ContentType: ctype, Body: body}, nil
}

// isHTML reports whether a Content-Type is a web page's.
func isHTML(ctype string) bool {
	mt, _, err := mime.ParseMediaType(ctype)
	return err == nil && (mt == "text/html" || mt == "application/xhtml+xml")
}

func tooLarge(max int64) error {
	size := fmt.Sprintf("%d KB", max>>10)
	if max >= 1<<20 {
		size = fmt.Sprintf("%d MB", max>>20)
	}
	return fmt.Errorf("the page is larger than %s, more than an article's page (check the address: is it a file, not a page?)", size)
}

// statusError says what a status other than 200 means to the editor.
func statusError(code int) error {
	status := fmt.Sprintf("%d %s", code, http.StatusText(code))
	switch {
	case code == http.StatusNotFound:
		return fmt.Errorf("%s: the site has no page at this address (check it: a character missing, or the article moved)", status)
	case code == http.StatusGone:
		return fmt.Errorf("%s: the site removed the page (look for the article elsewhere, or in a web archive)", status)
	case code == http.StatusUnauthorized || code == http.StatusForbidden || code == 451:
		return fmt.Errorf("%s: the site refuses to give the page to this program (open it in a browser, save the page and import the file)", status)
	case code == http.StatusTooManyRequests:
		return fmt.Errorf("%s: the site asks to slow down (try again in a few minutes)", status)
	case code >= 500:
		return fmt.Errorf("%s: the site has a problem on its side (try again later)", status)
	case code >= 300 && code < 400:
		return fmt.Errorf("%s: a redirect without a new address (open it in a browser, save the page and import the file)", status)
	}
	return fmt.Errorf("%s: the site did not give the page", status)
}

// fetchError says why a request failed, in an editor's words; err is
// wrapped for callers that look further.
func fetchError(ctx context.Context, err error, timeout time.Duration) error {
	var dns *net.DNSError
	var redirect redirectError
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded) || isTimeout(err):
		return fmt.Errorf("no answer within %s (the site is slow or down: try again later, or give more time with -timeout): %w", timeout, err)
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("stopped: %w", err)
	case errors.As(err, &dns) && dns.IsNotFound:
		return fmt.Errorf("no such site: %q does not exist (check the address): %w", dns.Name, err)
	case errors.As(err, &dns):
		return fmt.Errorf("cannot find %q (is this machine connected to the internet?): %w", dns.Name, err)
	case errors.Is(err, syscall.ECONNREFUSED):
		return fmt.Errorf("the site refused the connection (it is down, or the address's port is wrong): %w", err)
	case errors.Is(err, syscall.ECONNRESET):
		return fmt.Errorf("the site closed the connection (try again later): %w", err)
	case errors.As(err, &redirect):
		return redirect
	}
	return fmt.Errorf("cannot fetch the page: %w", err)
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// redirectError is a redirect Fetch does not follow, in an editor's words.
type redirectError string

func (e redirectError) Error() string { return string(e) }
