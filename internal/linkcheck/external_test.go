package linkcheck

import (
	"context"
	"net/http"
	"net/http/httptest"
	"reflect"
	"testing"
)

func TestExternal(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
		case "/moved":
			http.Redirect(w, r, "/ok", http.StatusMovedPermanently)
		case "/no-head": // a server that refuses HEAD but serves the page
			if r.Method == http.MethodHead {
				w.WriteHeader(http.StatusMethodNotAllowed)
			}
		case "/gone":
			w.WriteHeader(http.StatusGone)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	urls := []string{srv.URL + "/ok", srv.URL + "/moved", srv.URL + "/no-head", srv.URL + "/gone", srv.URL + "/missing"}
	got := External(context.Background(), srv.Client(), urls, 2)
	want := []Dead{{srv.URL + "/gone", "410 Gone"}, {srv.URL + "/missing", "404 Not Found"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("External:\n got %v\nwant %v", got, want)
	}
}
