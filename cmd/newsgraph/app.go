package main

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

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
	RequestTimeout time.Duration
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
	x, err := extract.New(extract.Options{})
	if err != nil {
		st.Close()
		return nil, err
	}
	svc := ingest.New(graphExtractor{x: x, g: st}, st, cfg.MaxDocBytes)
	m := &Main{cfg: cfg, Store: st, Ingest: svc}
	gql := graph.New(graph.Config{
		Store:         st,
		Ingester:      svc,
		WriteToken:    cfg.WriteToken,
		ReadToken:     cfg.ReadToken,
		Introspection: cfg.Introspection,
		Timeout:       cfg.RequestTimeout,
		MaxBodyBytes:  int64(2*max(cfg.MaxDocBytes, ingest.DefaultMaxBytes) + 1<<20), // a document JSON-escaped, and the query
		Log:           cfg.Log,
	})
	mux := http.NewServeMux()
	mux.Handle("/graphql", gql)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.Handle("POST /api/link", m.readAuth(http.HandlerFunc(m.serveLink)))
	mux.Handle("GET /api/export", m.readAuth(http.HandlerFunc(m.serveExport)))
	mux.Handle("/", web.Handler())
	m.Handler = mux
	return m, nil
}

// graphExtractor binds the extractor to the graph built so far.
type graphExtractor struct {
	x *extract.Extractor
	g extract.Graph
}

func (e graphExtractor) Extract(ctx context.Context, doc newsgraph.Document) (*newsgraph.Extraction, error) {
	return e.x.Extract(ctx, doc, ingest.Without(e.g, doc.ID))
}

func (e graphExtractor) Link(ctx context.Context, text string) ([]newsgraph.LinkedMention, error) {
	return e.x.Link(ctx, text, e.g)
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
	m.srv = &http.Server{Handler: m.Handler, ReadHeaderTimeout: 10 * time.Second}
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

// readAuth guards the plain HTTP endpoints with the read token, if any.
func (m *Main) readAuth(h http.Handler) http.Handler {
	if m.cfg.ReadToken == "" {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if subtle.ConstantTimeCompare([]byte(tok), []byte(m.cfg.ReadToken)) != 1 {
			httpError(w, http.StatusUnauthorized, "read token required")
			return
		}
		h.ServeHTTP(w, r)
	})
}

// serveLink is link(text) for callers without a GraphQL client:
// POST {"text": "..."} -> {"mentions": [{text,start,end,type,entity,confidence}]}.
func (m *Main) serveLink(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Text string `json:"text"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4<<20)).Decode(&in); err != nil {
		httpError(w, http.StatusBadRequest, `want a JSON body {"text": "..."}`)
		return
	}
	links, err := m.Ingest.Link(r.Context(), in.Text)
	if err != nil {
		if errors.Is(err, newsgraph.ErrInvalid) {
			httpError(w, http.StatusBadRequest, err.Error())
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
