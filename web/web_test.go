package web

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func get(t *testing.T, h http.Handler, method, target string) *http.Response {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	return rec.Result()
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestHandlerServesIndexForPages(t *testing.T) {
	h := Handler()
	for _, target := range []string{
		"/",
		"/entity",
		"/entity?id=" + "http%3A%2F%2Fexample.org%2Fentity%2Fa",
		"/entity/http%3A%2F%2Fexample.org%2Fentity%2Fa",
	} {
		res := get(t, h, "GET", target)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: status %d", target, res.StatusCode)
		}
		if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("GET %s: Content-Type %q", target, ct)
		}
		if cc := res.Header.Get("Cache-Control"); cc != "no-cache" {
			t.Errorf("GET %s: Cache-Control %q, want no-cache", target, cc)
		}
		if b := body(t, res); !strings.Contains(b, `<div id="root">`) {
			t.Errorf("GET %s: not index.html: %.200s", target, b)
		}
	}
}

// scriptRef finds the hashed entry script that index.html loads.
var scriptRef = regexp.MustCompile(`src="(/assets/[^"]+\.js)"`)

func TestHandlerServesHashedAssets(t *testing.T) {
	h := Handler()
	index := body(t, get(t, h, "GET", "/"))
	m := scriptRef.FindStringSubmatch(index)
	if m == nil {
		t.Fatalf("no script in index.html: %s", index)
	}
	res := get(t, h, "GET", m[1])
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: status %d", m[1], res.StatusCode)
	}
	if ct := res.Header.Get("Content-Type"); ct != "text/javascript; charset=utf-8" {
		t.Errorf("GET %s: Content-Type %q", m[1], ct)
	}
	if cc := res.Header.Get("Cache-Control"); !strings.Contains(cc, "immutable") || !strings.Contains(cc, "max-age=31536000") {
		t.Errorf("GET %s: Cache-Control %q", m[1], cc)
	}
	if b := body(t, res); len(b) < 1000 || !strings.Contains(b, "import") {
		t.Errorf("GET %s: %d bytes, not the bundle", m[1], len(b))
	}

	head := get(t, h, "HEAD", m[1])
	if head.StatusCode != http.StatusOK || head.ContentLength <= 0 {
		t.Errorf("HEAD %s: status %d, length %d", m[1], head.StatusCode, head.ContentLength)
	}
}

func TestHandlerNotFound(t *testing.T) {
	h := Handler()
	for _, target := range []string{
		"/nope",
		"/assets/",
		"/assets/missing-0000.js",
		"/index.html",
		"/graphql",
	} {
		if res := get(t, h, "GET", target); res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", target, res.StatusCode)
		}
	}
	// ServeMux redirects unclean paths to their clean form, which is 404.
	if res := get(t, h, "GET", "/assets/../web.go"); res.StatusCode == http.StatusOK {
		t.Errorf("GET /assets/../web.go: status 200")
	}
	if res := get(t, h, "POST", "/"); res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /: status %d, want 405", res.StatusCode)
	}
}

func TestHandlerServesFavicon(t *testing.T) {
	res := get(t, Handler(), "GET", "/favicon.svg")
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "image/svg+xml" {
		t.Fatalf("GET /favicon.svg: status %d, Content-Type %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
}
