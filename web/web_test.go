package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"path"
	"regexp"
	"strconv"
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
		"/query",
		"/query?example=2",
		"/event?id=" + "urn%3Anewsgraph%3Aevent%3Ameeting%3A1",
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
		// The shell holds no data: a server with a read token serves it
		// without one, and the page then asks for the token.
		if !Public(httptest.NewRequest("GET", target, nil)) {
			t.Errorf("GET %s is a page, but Public says it needs a token", target)
		}
	}
	for _, target := range []string{"/graphql", "/api/export", "/api/link", "/healthz/x"} {
		if Public(httptest.NewRequest("GET", target, nil)) {
			t.Errorf("Public(GET %s) = true", target)
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

// TestHandlerPrecompressed wants every compressible asset the build made
// sent as its brotli copy to clients that take br, its gzip copy to those
// that take only gzip, and plain to the rest, each with the headers a cache
// needs.
func TestHandlerPrecompressed(t *testing.T) {
	h := Handler()
	m := scriptRef.FindStringSubmatch(body(t, get(t, h, "GET", "/")))
	if m == nil {
		t.Fatal("no script in index.html")
	}
	plain := body(t, get(t, h, "GET", m[1]))
	fetch := func(target, acceptEncoding string) *httptest.ResponseRecorder {
		req := httptest.NewRequest("GET", target, nil)
		req.Header.Set("Accept-Encoding", acceptEncoding)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	sizes := map[string]int{}
	for _, c := range []struct{ acceptEncoding, want string }{
		{"gzip, deflate, br, zstd", "br"}, // Chromium's
		{"br;q=1.0, gzip;q=0.8", "br"},
		{"gzip", "gzip"},
		{"br;q=0, gzip", "gzip"},
		{"gzip;q=0, identity", ""},
		{"", ""},
	} {
		rec := fetch(m[1], c.acceptEncoding)
		res := rec.Result()
		if got := res.Header.Get("Content-Encoding"); got != c.want {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", c.acceptEncoding, got, c.want)
			continue
		}
		if res.Header.Get("Vary") != "Accept-Encoding" || res.Header.Get("Content-Type") != "text/javascript; charset=utf-8" ||
			!strings.Contains(res.Header.Get("Cache-Control"), "immutable") {
			t.Errorf("Accept-Encoding %q: headers %v", c.acceptEncoding, res.Header)
		}
		if n, _ := strconv.Atoi(res.Header.Get("Content-Length")); n != rec.Body.Len() {
			t.Errorf("Accept-Encoding %q: Content-Length %d for %d bytes", c.acceptEncoding, n, rec.Body.Len())
		}
		sizes[c.want] = rec.Body.Len()
		switch c.want {
		case "gzip":
			zr, err := gzip.NewReader(rec.Body)
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
		case "":
			if rec.Body.String() != plain {
				t.Errorf("Accept-Encoding %q: not the plain file", c.acceptEncoding)
			}
		}
	}
	if !(sizes["br"] < sizes["gzip"] && sizes["gzip"] < sizes[""]) {
		t.Errorf("sizes: brotli %d, gzip %d, plain %d bytes", sizes["br"], sizes["gzip"], sizes[""])
	}
	t.Logf("%s: %d bytes plain, %d gzip, %d brotli", m[1], sizes[""], sizes["gzip"], sizes["br"])

	// Every compressible file over 1 kB has both copies, made from the
	// current build (a gzip copy decompresses to the file).
	err := fs.WalkDir(dist, "dist", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !compressible[path.Ext(name)] || path.Base(name) == "index.html" {
			return err
		}
		data, err := fs.ReadFile(dist, name)
		if err != nil || len(data) < 1024 {
			return err
		}
		for _, suffix := range []string{".br", ".gz"} {
			if _, err := fs.Stat(dist, name+suffix); err != nil {
				t.Errorf("%s has no %s copy: run make web", name, suffix)
			}
		}
		gz, err := fs.ReadFile(dist, name+".gz")
		if err != nil {
			return nil
		}
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			return err
		}
		if unzipped, err := io.ReadAll(zr); err != nil || !bytes.Equal(unzipped, data) {
			t.Errorf("%s.gz is not %s (%v): run make web", name, name, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
