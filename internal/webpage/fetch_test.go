package webpage

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

const article = `<!DOCTYPE html><html lang="fr"><head><title>T</title></head><body><article><h1>T</h1><p>Un paragraphe d'article assez long pour être lu comme un texte.</p></article></body></html>`

// server serves the pages the fetch tests ask for, on loopback.
func server(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, article)
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/older", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/older", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/article?from=old", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://files.example/a.txt", http.StatusFound)
	})
	mux.HandleFunc("/moved-away", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/gone", http.StatusMovedPermanently)
	})
	for path, code := range map[string]int{"/missing": 404, "/gone": 410, "/forbidden": 403, "/broken": 500, "/busy": 503, "/slow-down": 429} {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, http.StatusText(code), code)
		})
	}
	// /hang answers nothing until the client gives up: the timeout, with
	// no sleep in the test.
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	mux.HandleFunc("/large", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, article, strings.Repeat("<p>bla</p>", 1000))
	})
	// /large-chunked gives no length: the limit is met while reading.
	mux.HandleFunc("/large-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for range 100 {
			fmt.Fprint(w, strings.Repeat("<p>bla</p>", 100))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.7 …")
	})
	mux.HandleFunc("/untyped", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // no type: the bytes tell
		fmt.Fprint(w, article)
	})
	mux.HandleFunc("/untyped-binary", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestFetch(t *testing.T) {
	srv := server(t)
	r, err := Fetch(context.Background(), srv.URL+"/old", Options{})
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if want := srv.URL + "/article?from=old"; r.URL != want {
		t.Errorf("final address %s, want %s", r.URL, want)
	}
	if r.ContentType != "text/html; charset=utf-8" || string(r.Body) != article {
		t.Errorf("got %q %q", r.ContentType, r.Body)
	}
	if r, err := Fetch(context.Background(), srv.URL+"/untyped", Options{}); err != nil || string(r.Body) != article {
		t.Errorf("a page without a Content-Type: %v", err)
	}
}

// TestFetchFails has a row for each way a fetch fails and what it says.
func TestFetchFails(t *testing.T) {
	srv := server(t)
	// An address where nothing listens: a listener closed at once.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	refused := "http://" + ln.Addr().String() + "/article"
	ln.Close()
	tests := []struct {
		name, address string
		opt           Options
		want          string
	}{
		{"not an address", "www.lemonde.fr/article", Options{}, "is not an http or https address"},
		{"another scheme", "ftp://files.example/a.html", Options{}, "is not an http or https address"},
		{"a file", "file:///etc/passwd", Options{}, "is not an http or https address"},
		{"404", srv.URL + "/missing", Options{}, "404 Not Found: the site has no page at this address"},
		{"410", srv.URL + "/gone", Options{}, "410 Gone: the site removed the page"},
		{"a redirect to a 410 names where it led", srv.URL + "/moved-away", Options{}, "redirected to " + srv.URL + "/gone: 410 Gone"},
		{"403", srv.URL + "/forbidden", Options{}, "403 Forbidden: the site refuses to give the page to this program (open it in a browser, save the page"},
		{"429", srv.URL + "/slow-down", Options{}, "429 Too Many Requests"},
		{"500", srv.URL + "/broken", Options{}, "500 Internal Server Error: the site has a problem on its side"},
		{"503", srv.URL + "/busy", Options{}, "503 Service Unavailable: the site has a problem on its side"},
		{"a timeout", srv.URL + "/hang", Options{Timeout: 50 * time.Millisecond}, "no answer within 50ms"},
		{"too large by its length", srv.URL + "/large", Options{MaxSize: 1 << 10}, "the page is larger than 1 KB"},
		{"too large while read", srv.URL + "/large-chunked", Options{MaxSize: 64 << 10}, "the page is larger than"},
		{"a PDF", srv.URL + "/report.pdf", Options{}, "the address gives application/pdf, not a web page"},
		{"untyped binary data", srv.URL + "/untyped-binary", Options{}, "the address gives image/png, not a web page"},
		{"a redirect loop", srv.URL + "/loop", Options{}, "more than 10 redirects"},
		{"a redirect to another scheme", srv.URL + "/to-ftp", Options{}, `redirected to "ftp://files.example/a.txt", which is not an http or https address`},
		{"connection refused", refused, Options{}, "the site refused the connection"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Fetch(context.Background(), tt.address, tt.opt)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Fetch(%s) = %v, %v; want an error with %q", tt.address, r, err, tt.want)
			}
		})
	}
}

// TestFetchErrorDNS checks the words for a host that does not exist,
// which no test can ask a resolver for without the network.
func TestFetchErrorDNS(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want string
	}{
		{&net.DNSError{Name: "www.lemonde.frr", Err: "no such host", IsNotFound: true}, `no such site: "www.lemonde.frr" does not exist (check the address)`},
		{&net.DNSError{Name: "www.lemonde.fr", Err: "server misbehaving", IsTemporary: true}, `cannot find "www.lemonde.fr" (is this machine connected to the internet?)`},
	} {
		err := fetchError(context.Background(), &url.Error{Op: "Get", URL: "https://x/", Err: &net.OpError{Op: "dial", Err: tt.err}}, time.Second)
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v, want %q", err, tt.want)
		}
	}
}

// TestFetchCanceled stops when the editor does (Ctrl+C).
func TestFetchCanceled(t *testing.T) {
	srv := server(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Fetch(ctx, srv.URL+"/article", Options{}); err == nil || !strings.Contains(err.Error(), "stopped") {
		t.Errorf("Fetch with a canceled context: %v", err)
	}
}
