package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/store"
	"github.com/newsgraph/newsgraph/web"
)

// Config is everything the program is configured with.
type Config struct {
	Addr           string
	Data           string // folder, leveldb://, memory://, postgres://
	WriteToken     string // mutations need it when set
	ReadToken      string // every request needs it when set
	Introspection  bool
	MaxDocBytes    int
	AnswerCache    int           // bytes of query answers kept between writes (graph.Config.ResponseCacheBytes); 0 the default, negative none
	RequestTimeout time.Duration // every request, every route (default 60 s)
	AllowHosts     []string      // Host header names accepted besides the listen address, IP literals and localhost
	CORSOrigins    []string      // exact origins whose browser pages may call the server (graph.CheckOrigin); none by default
	ReadTimeout    time.Duration // a whole request, body included, must arrive within it (default 30 s)
	IdleTimeout    time.Duration // a keep-alive connection with no request is closed after it (default 30 s)
	Log            *slog.Logger
}

// Main is the wired program: store, extractor, ingest service and the HTTP
// handler. Open wires it, Run serves, Close releases; tests run it on :0.
type Main struct {
	cfg     Config
	Store   *store.Store
	Ingest  *ingest.Service
	Handler http.Handler
	ln      net.Listener
	srv     *http.Server
}

// Open opens the store, builds the extractor (the models load once here)
// and the handler.
func Open(ctx context.Context, cfg Config) (*Main, error) {
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.RequestTimeout == 0 {
		cfg.RequestTimeout = 60 * time.Second
	}
	st, err := store.Open(ctx, cfg.Data)
	if err != nil {
		return nil, err
	}
	for _, id := range st.Removed() {
		cfg.Log.Warn("document found half replaced by an earlier crash and removed: ingest it again", "document", id)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		st.Close()
		return nil, err
	}
	svc := ingest.New(graphExtractor{x}, st, cfg.MaxDocBytes)
	// A document JSON-escaped, and the query around it.
	bodyLimit := int64(2*max(cfg.MaxDocBytes, ingest.DefaultMaxBytes) + 1<<20)
	m := &Main{cfg: cfg, Store: st, Ingest: svc}
	gql := graph.New(graph.Config{
		Store:              st,
		Ingester:           svc,
		WriteToken:         cfg.WriteToken,
		ReadToken:          cfg.ReadToken,
		Introspection:      cfg.Introspection,
		Timeout:            cfg.RequestTimeout,
		MaxBodyBytes:       bodyLimit,
		ResponseCacheBytes: cfg.AnswerCache,
		Log:                cfg.Log,
	})
	mux := http.NewServeMux()
	mux.Handle("/graphql", gql)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("POST /api/link", m.serveLink)
	mux.HandleFunc("GET /api/export", m.serveExport)
	mux.HandleFunc("POST /api/import", m.serveImport)
	mux.Handle("/", web.Handler())
	m.Handler = graph.Protect(graph.Access{
		ReadToken:    cfg.ReadToken,
		WriteToken:   cfg.WriteToken,
		Hosts:        append(listenHosts(cfg.Addr), cfg.AllowHosts...),
		CORSOrigins:  cfg.CORSOrigins,
		Public:       func(r *http.Request) bool { return r.URL.Path == "/healthz" || web.Public(r) },
		Timeout:      cfg.RequestTimeout,
		MaxBodyBytes: bodyLimit,
	}, mux)
	return m, nil
}

// listenHosts are the names a server listening on addr is reached by
// without --allow-host: its host when that is a name (IP literals and
// localhost are always accepted).
func listenHosts(addr string) []string {
	host, _, err := net.SplitHostPort(addr)
	if err != nil || host == "" {
		return []string{}
	}
	return []string{host}
}

// graphExtractor gives the extractor the graph ingest chooses.
type graphExtractor struct{ x *extract.Extractor }

func (e graphExtractor) Extract(ctx context.Context, doc newsgraph.Document, g ingest.Lookup) (*newsgraph.Extraction, error) {
	return e.x.Extract(ctx, doc, g)
}

// PlaceKey is the extractor's: ingest reads a stored event's place as
// linking does.
func (e graphExtractor) PlaceKey(id newsgraph.EntityID) string { return e.x.PlaceKey(id) }

// Same is the extractor's: ingest tests what documents stored by another
// process used of the graph without extracting them again.
func (e graphExtractor) Same(keys []string, rec string) (func(answer func(key string) []newsgraph.Entity) bool, error) {
	return e.x.Same(keys, rec)
}

func (e graphExtractor) Link(ctx context.Context, text string, g ingest.Lookup) ([]newsgraph.LinkedMention, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	links, err := e.x.Link(ctx, text, bounded{g})
	if err == nil {
		err = ctx.Err()
	}
	return links, err
}

// bounded ends every name lookup once the request has ended: link looks up
// the runs of names of a text one by one, and stops at the first refusal
// instead of running on after the client has gone.
type bounded struct{ extract.Graph }

func (b bounded) EntitiesByKey(ctx context.Context, key string) ([]newsgraph.Entity, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return b.Graph.EntitiesByKey(ctx, key)
}

// Listen binds the configured address (":0" picks a free port).
func (m *Main) Listen() error {
	ln, err := net.Listen("tcp", m.cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", m.cfg.Addr, err)
	}
	m.ln = ln
	return nil
}

// Addr is the address the server listens on, once Listen has run.
func (m *Main) Addr() string {
	if m.ln == nil {
		return ""
	}
	return m.ln.Addr().String()
}

// Run serves until ctx ends, then shuts down gracefully.
func (m *Main) Run(ctx context.Context) error {
	if m.ln == nil {
		if err := m.Listen(); err != nil {
			return err
		}
	}
	m.srv = &http.Server{
		Handler:           m.Handler,
		ReadHeaderTimeout: 10 * time.Second,
		// A client that trickles its body, or keeps a connection idle,
		// is dropped; a handler has RequestTimeout, and a little more to
		// write the answer that says it ran out.
		ReadTimeout:    orDefault(m.cfg.ReadTimeout, 30*time.Second),
		WriteTimeout:   m.cfg.RequestTimeout + 5*time.Second,
		IdleTimeout:    orDefault(m.cfg.IdleTimeout, 30*time.Second),
		MaxHeaderBytes: 64 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- m.srv.Serve(m.ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		return m.srv.Shutdown(sctx)
	}
}

// Close releases the store.
func (m *Main) Close() error {
	return m.Store.Close()
}

func orDefault(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// serveLink is link(text) for callers without a GraphQL client:
// POST {"text": "..."} -> {"mentions": [{text,start,end,type,entity,confidence}]}.
func (m *Main) serveLink(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Text string `json:"text"`
	}
	body, ok := readBody(w, r)
	if !ok {
		return
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(&in); err != nil {
		httpError(w, http.StatusBadRequest, fmt.Sprintf(`want a JSON body {"text": "..."}; it begins %s`, graph.Prefix(string(body))))
		return
	}
	links, err := m.Ingest.Link(r.Context(), in.Text)
	if err != nil {
		switch {
		case errors.Is(err, newsgraph.ErrInvalid):
			httpError(w, http.StatusBadRequest, err.Error())
			return
		case r.Context().Err() != nil:
			httpError(w, http.StatusServiceUnavailable, "request timed out")
			return
		}
		m.cfg.Log.Error("link", "err", err)
		httpError(w, http.StatusInternalServerError, "internal error")
		return
	}
	type mention struct {
		Text       string  `json:"text"`
		Start      int     `json:"start"`
		End        int     `json:"end"`
		Type       string  `json:"type"`
		Entity     *string `json:"entity"`
		Confidence float64 `json:"confidence"`
	}
	out := struct {
		Mentions []mention `json:"mentions"`
	}{Mentions: []mention{}}
	for _, l := range links {
		mm := mention{Text: l.Text, Start: l.Span.Start, End: l.Span.End, Type: string(l.Type), Confidence: l.Confidence}
		if l.Entity != "" {
			id := string(l.Entity)
			mm.Entity = &id
		}
		out.Mentions = append(out.Mentions, mm)
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}

func httpError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// readBody reads a POST body whole, bounded while it is read (graph.Protect),
// chunked or not. It answers 413 for a body over the limit and 400 for a
// read error or invalid UTF-8, and then reports false.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(r.Body)
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		httpError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body is larger than the limit of %d bytes", tooLarge.Limit))
		return nil, false
	case err != nil:
		httpError(w, http.StatusBadRequest, "could not read the request body")
		return nil, false
	case !utf8.Valid(body):
		httpError(w, http.StatusBadRequest, "request body is not valid UTF-8")
		return nil, false
	}
	return body, true
}
