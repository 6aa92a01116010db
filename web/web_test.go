package web

import (
	"compress/gzip"
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
var (
	scriptRef = regexp.MustCompile(`src="(/assets/[^"]+\.js)"`)
	assetRef  = regexp.MustCompile(`(?:src|href)="(/assets/[^"]+)"`)
)

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

	// Every asset index.html names is there.
	for _, ref := range assetRef.FindAllStringSubmatch(index, -1) {
		if res := get(t, h, "GET", ref[1]); res.StatusCode != http.StatusOK {
			t.Errorf("index.html names %s, which answers %d", ref[1], res.StatusCode)
		}
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

func TestHandlerGzip(t *testing.T) {
	h := Handler()
	m := scriptRef.FindStringSubmatch(body(t, get(t, h, "GET", "/")))
	if m == nil {
		t.Fatal("no script in index.html")
	}
	plain := body(t, get(t, h, "GET", m[1]))
	for _, ae := range []string{"gzip", "br, gzip;q=0.8, deflate"} {
		req := httptest.NewRequest("GET", m[1], nil)
		req.Header.Set("Accept-Encoding", ae)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		res := rec.Result()
		if res.Header.Get("Content-Encoding") != "gzip" || res.Header.Get("Vary") != "Accept-Encoding" {
			t.Fatalf("Accept-Encoding %q: Content-Encoding %q, Vary %q", ae, res.Header.Get("Content-Encoding"), res.Header.Get("Vary"))
		}
		zr, err := gzip.NewReader(res.Body)
		if err != nil {
			t.Fatal(err)
		}
		unzipped, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		if string(unzipped) != plain {
			t.Errorf("gzipped %s differs from the plain file (%d vs %d bytes)", m[1], len(unzipped), len(plain))
		}
		if rec.Body.Len() >= len(plain) {
			t.Errorf("gzip did not shrink %s: %d >= %d bytes", m[1], rec.Body.Len(), len(plain))
		}
	}
	req := httptest.NewRequest("GET", m[1], nil)
	req.Header.Set("Accept-Encoding", "gzip;q=0, identity")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if ce := rec.Result().Header.Get("Content-Encoding"); ce != "" || rec.Body.String() != plain {
		t.Errorf("gzip;q=0: Content-Encoding %q, %d bytes", ce, rec.Body.Len())
	}
}
