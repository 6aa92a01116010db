// Package web serves newsgraph's browser pages: the overview on /, GraphiQL
// on /query, the entity pages on /entity and the event pages on /event. The
// pages are built once from ui/ (npm, Vite) into dist/ and embedded, so the
// binary serves them with no internet and no npm.
package web

import (
	"bytes"
	"embed"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
)

// dist is the Vite build of ui/ (cd web/ui && npm ci && npm run build).
// "all:" keeps chunk names that begin with "_".
//
//go:embed all:dist
var dist embed.FS

// contentTypes covers what the build emits that Go's built-in table may
// lack on a machine without /etc/mime.types (Monaco's icon font).
var contentTypes = map[string]string{
	".js":    "text/javascript; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".html":  "text/html; charset=utf-8",
	".svg":   "image/svg+xml",
	".ttf":   "font/ttf",
	".woff":  "font/woff",
	".woff2": "font/woff2",
	".json":  "application/json",
	".png":   "image/png",
}

// Handler serves the embedded pages. index.html answers /, /query and every
// /entity and /event address (the page reads the id from the URL); /assets/
// holds content-hashed files that never change under one name, so browsers
// may keep them for a year. The build wrote a brotli and a gzip copy of each
// compressible file (ui/compress.mjs); they are sent as they are to clients
// that take them. Anything else is 404, so the handler can sit under "/"
// next to /graphql without hiding mistakes.
func Handler() http.Handler {
	root, err := fs.Sub(dist, "dist")
	if err != nil {
		panic("web: " + err.Error()) // dist is embedded at compile time
	}
	index, err := fs.ReadFile(root, "index.html")
	if err != nil {
		panic("web: dist/index.html missing: rebuild with cd web/ui && npm ci && npm run build")
	}
	h := &handler{root: root, index: index}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", h.serveIndex)
	mux.HandleFunc("GET /query", h.serveIndex)
	mux.HandleFunc("GET /event", h.serveIndex)
	mux.HandleFunc("GET /entity", h.serveIndex)
	mux.HandleFunc("GET /entity/", h.serveIndex)
	mux.HandleFunc("GET /assets/", h.serveAsset)
	mux.HandleFunc("GET /", h.serveTopFile)
	return mux
}

// Public reports whether r asks for the page's shell or a static asset:
// what Handler serves, which holds no data and so needs no read token.
// The page then reads /graphql with the token its user types into it,
// sent as "Authorization: Bearer <token>"; everything else of a server
// with a read token needs the token.
func Public(r *http.Request) bool {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		return false
	}
	p := r.URL.Path
	switch {
	case p == "/", p == "/query", p == "/event", p == "/entity", strings.HasPrefix(p, "/entity/"), strings.HasPrefix(p, "/assets/"):
		return true
	}
	// The unhashed files at the top of dist (favicon.svg).
	name := strings.TrimPrefix(p, "/")
	return name != "" && !strings.Contains(name, "/") && path.Ext(name) != "" && name != "index.html"
}

type handler struct {
	root  fs.FS
	index []byte
}

// compressible lists what gains from compression (fonts other than ttf are
// compressed already); the build keeps a .br and a .gz of each such file
// over 1 kB.
var compressible = map[string]bool{".js": true, ".css": true, ".svg": true, ".ttf": true, ".json": true, ".html": true}

// encodings are the precompressed copies, best first, with the file suffix
// each is kept under.
var encodings = []struct{ name, suffix string }{{"br", ".br"}, {"gzip", ".gz"}}

// accepts reports whether the client takes the content coding name. A
// client that refuses it with q=0 gets another coding or plain bytes.
func accepts(r *http.Request, name string) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(coding), name) {
			q := strings.ReplaceAll(params, " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}

// start stands in for the files' modification time: embedded files have
// none, and a fixed time per process lets If-Modified-Since work.
var start = time.Now()

func (h *handler) serveIndex(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// index.html names the hashed assets of this build: revalidate it.
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, "index.html", start, bytes.NewReader(h.index))
}

func (h *handler) serveAsset(w http.ResponseWriter, r *http.Request) {
	h.serveFile(w, r, strings.TrimPrefix(r.URL.Path, "/"))
}

// serveTopFile serves the few unhashed files at the top of dist
// (favicon.svg), never index.html under another name.
func (h *handler) serveTopFile(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/")
	if strings.Contains(name, "/") || name == "index.html" {
		http.NotFound(w, r)
		return
	}
	h.serveFile(w, r, name)
}

// serveFile writes one embedded file with its content type and cache
// policy. Embedded files seek, so ranges and HEAD come from ServeContent
// without copying the file.
func (h *handler) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	if !fs.ValidPath(name) {
		http.NotFound(w, r)
		return
	}
	f, err := h.root.Open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	body, seeks := f.(io.ReadSeeker)
	if err != nil || info.IsDir() || !seeks {
		http.NotFound(w, r)
		return
	}
	ext := path.Ext(name)
	ctype, ok := contentTypes[ext]
	if !ok {
		ctype = mime.TypeByExtension(ext)
	}
	if ctype != "" {
		w.Header().Set("Content-Type", ctype)
	}
	if strings.HasPrefix(name, "assets/") {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		w.Header().Set("Cache-Control", "public, max-age=3600")
	}
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if compressible[ext] {
		w.Header().Set("Vary", "Accept-Encoding")
		for _, enc := range encodings {
			if !accepts(r, enc.name) {
				continue
			}
			data, err := fs.ReadFile(h.root, name+enc.suffix)
			if err != nil {
				continue // small files have no compressed copy
			}
			// ServeContent leaves the length of encoded bytes unset and
			// would cut ranges out of them: send the copy whole.
			if r.Header.Get("Range") != "" {
				r = r.Clone(r.Context())
				r.Header.Del("Range")
			}
			w.Header().Set("Content-Encoding", enc.name)
			w.Header().Set("Content-Length", strconv.Itoa(len(data)))
			http.ServeContent(w, r, name, start, bytes.NewReader(data))
			return
		}
	}
	http.ServeContent(w, r, name, start, body)
}
