package linkcheck

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"
)

// Dead is an outbound URL that did not answer with a page.
type Dead struct {
	URL string
	Why string // "404 Not Found", "no answer in 15s", …
}

// External fetches each URL (HEAD, then GET where a server refuses HEAD),
// at most limit at a time, and returns those that do not lead to a page,
// in the order given. Redirects are followed. Only the check command calls
// it, and only when asked: a build never fetches anything.
func External(ctx context.Context, client *http.Client, urls []string, limit int) []Dead {
	if client == nil {
		client = &http.Client{Timeout: 15 * time.Second}
	}
	why := make([]string, len(urls))
	sem := make(chan struct{}, max(limit, 1))
	var wg sync.WaitGroup
	for i, u := range urls {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			why[i] = fetch(ctx, client, u)
		}()
	}
	wg.Wait()
	var dead []Dead
	for i, w := range why {
		if w != "" {
			dead = append(dead, Dead{urls[i], w})
		}
	}
	return dead
}

// fetch returns why u does not lead to a page, or "".
func fetch(ctx context.Context, client *http.Client, u string) string {
	code, err := status(ctx, client, http.MethodHead, u)
	// Some servers refuse HEAD, or answer it differently: ask for the page.
	if err != nil || code == http.StatusMethodNotAllowed || code == http.StatusForbidden || code == http.StatusNotImplemented || code >= 500 {
		code, err = status(ctx, client, http.MethodGet, u)
	}
	switch {
	case err != nil:
		return err.Error()
	case code >= 400:
		return fmt.Sprintf("%d %s", code, http.StatusText(code))
	}
	return ""
}

func status(ctx context.Context, client *http.Client, method, u string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, method, u, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("User-Agent", "timeline-check (link checker)")
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	return resp.StatusCode, nil
}
