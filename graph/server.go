package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph/generated"
)

// Config is everything the GraphQL handler needs. Store and Ingester are
// required; every zero limit takes the default named next to it.
type Config struct {
	Store    Store
	Ingester Ingester

	// WriteToken, when set, is required as "Authorization: Bearer T" by
	// every mutation. ReadToken, when set, is required by every request
	// (the write token is accepted too).
	WriteToken string
	ReadToken  string

	// Introspection answers __schema and __type, which GraphiQL needs; the
	// command turns it on unless told otherwise.
	Introspection bool

	MaxDepth      int           // selection depth, default 15 (introspection fields are not counted)
	MaxComplexity int           // gqlgen complexity points, default 1000 (an introspection query needs ~180)
	MaxBodyBytes  int64         // request body, default 4 MiB (large documents are ingested in one body)
	Timeout       time.Duration // per request, default 60 s
	APQCacheSize  int           // automatic persisted queries kept, default 1000
	MaxBatch      int           // operations in one batched request, default 20; together within MaxComplexity

	// ResponseCacheBytes bounds the answers of queries kept for the
	// store generation they were read at (DefaultResponseCacheBytes when
	// zero; negative keeps none).
	ResponseCacheBytes int

	// CORSOrigins are the exact origins ("https://app.example.org") whose
	// browser pages may call the endpoint; none by default.
	CORSOrigins []string

	// Log receives internal errors and panics, which clients only see as
	// "internal error". Default slog.Default().
	Log *slog.Logger
}

// Defaults of Config's limits.
const (
	DefaultMaxDepth      = 15
	DefaultMaxComplexity = 1000
	DefaultMaxBodyBytes  = 4 << 20
	DefaultTimeout       = 60 * time.Second
	DefaultAPQCacheSize  = 1000
)

func (c *Config) defaults() {
	if c.MaxDepth <= 0 {
		c.MaxDepth = DefaultMaxDepth
	}
	if c.MaxComplexity <= 0 {
		c.MaxComplexity = DefaultMaxComplexity
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxBatch <= 0 {
		c.MaxBatch = DefaultMaxBatch
	}
	if c.APQCacheSize <= 0 {
		c.APQCacheSize = DefaultAPQCacheSize
	}
	if c.Log == nil {
		c.Log = slog.Default()
	}
	if c.ResponseCacheBytes == 0 {
		c.ResponseCacheBytes = DefaultResponseCacheBytes
	}
}

// errInternal is all a client learns of an error that is not its own.
var errInternal = errors.New("internal error")

// New returns the GraphQL endpoint (GET, POST and OPTIONS on one path; mount
// it at /graphql). Each request gets its own loaders, its token checked, and
// the limits of cfg. Mounted inside a server that Protect wraps (with the
// same tokens), its own Protect passes requests through.
func New(cfg Config) http.Handler {
	cfg.defaults()
	r := &Resolver{store: cfg.Store, ingester: cfg.Ingester}
	srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: newResolverRoot(r), Complexity: complexity()}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(batchPOST{max: cfg.MaxBatch, maxComplexity: cfg.MaxComplexity})
	srv.AddTransport(postJSON{})
	srv.AddTransport(transport.GRAPHQL{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	var exts []graphql.HandlerExtension
	if cfg.Introspection {
		exts = append(exts, extension.Introspection{})
	}
	exts = append(exts,
		extension.AutomaticPersistedQuery{Cache: lru.New[string](cfg.APQCacheSize)},
		&complexityLimit{limit: cfg.MaxComplexity},
		depthLimit{max: cfg.MaxDepth},
		writeGuard{},
		postOnly{fields: []string{"link"}},
		&strictStrings{},
	)
	exts = withDirectFields(exts)
	for _, e := range exts {
		srv.Use(e)
	}
	log := cfg.Log
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		return present(ctx, log, err)
	})
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		log.Error("graph: panic", "panic", v, "path", pathOf(ctx))
		return errInternal
	})
	srv.AroundOperations(newResponseCache(cfg.ResponseCacheBytes).around(r.store))
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(context.WithValue(ctx, loadersKey{}, newLoaders(r.store)))
	})
	return Protect(Access{
		ReadToken:    cfg.ReadToken,
		WriteToken:   cfg.WriteToken,
		Timeout:      cfg.Timeout,
		MaxBodyBytes: cfg.MaxBodyBytes,
		CORSOrigins:  cfg.CORSOrigins,
	}, &httpHandler{cfg: cfg, next: srv})
}

// present is the one error presenter: errors that wrap a sentinel of the
// vocabulary (bad input, not found, denied, an extractor fault) and errors gqlgen raises itself
// about the request keep their message; anything else is logged and shown
// as "internal error".
func present(ctx context.Context, log *slog.Logger, err error) *gqlerror.Error {
	var gqlErr *gqlerror.Error
	if errors.As(err, &gqlErr) && gqlErr.Err == nil {
		return gqlErr
	}
	if fc := graphql.GetFieldContext(ctx); fc != nil && strings.HasPrefix(fc.Field.Name, "__") {
		// gqlgen's own introspection fields ("introspection disabled").
		return graphql.DefaultErrorPresenter(ctx, err)
	}
	code := ""
	switch {
	case errors.Is(err, newsgraph.ErrInvalid):
		code = "BAD_USER_INPUT"
	case errors.Is(err, newsgraph.ErrNotFound):
		code = "NOT_FOUND"
	case errors.Is(err, newsgraph.ErrDenied):
		code = "FORBIDDEN"
	case errors.Is(err, newsgraph.ErrExtractorFault):
		// the document's own failure, said with what failed, so that the
		// client can tell it from the server's and report the text
		log.Error("graph: extractor fault", "err", err, "path", pathOf(ctx))
		code = "EXTRACTOR_FAULT"
	case errors.Is(err, context.DeadlineExceeded):
		out := graphql.DefaultErrorPresenter(ctx, errors.New("request timed out"))
		errcode.Set(out, "TIMEOUT")
		return out
	case errors.Is(err, errInternal):
	default:
		log.Error("graph: internal error", "err", err, "path", pathOf(ctx))
		err = errInternal
	}
	out := graphql.DefaultErrorPresenter(ctx, err)
	if code != "" {
		errcode.Set(out, code)
	} else {
		out.Message = errInternal.Error()
		errcode.Set(out, "INTERNAL")
	}
	return out
}

func pathOf(ctx context.Context) string {
	if fc := graphql.GetFieldContext(ctx); fc != nil {
		return fc.Path().String()
	}
	return ""
}

// depthLimit refuses operations whose selections nest deeper than max,
// counting through fragments. gqlgen has no depth limit of its own, and
// complexity alone lets a narrow but very deep query through. The
// introspection fields are not counted: GraphiQL's type query nests ofType
// nine levels and must keep working.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if depth := selectionDepth(oc.Operation.SelectionSet, oc.Doc.Fragments, d.max+1); depth > d.max {
		err := gqlerror.Errorf("query is nested deeper than the limit of %d levels", d.max)
		errcode.Set(err, "DEPTH_LIMIT_EXCEEDED")
		return err
	}
	return nil
}

// selectionDepth is the number of nested fields of set, stopping once it
// passes limit (which also stops any fragment cycle validation missed).
func selectionDepth(set ast.SelectionSet, fragments ast.FragmentDefinitionList, limit int) int {
	if limit <= 0 {
		return 0
	}
	deepest := 0
	for _, sel := range set {
		d := 0
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d = 1 + selectionDepth(s.SelectionSet, fragments, limit-1)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, fragments, limit)
		case *ast.FragmentSpread:
			if f := fragments.ForName(s.Name); f != nil {
				d = selectionDepth(f.SelectionSet, fragments, limit)
			}
		}
		deepest = max(deepest, d)
		if deepest >= limit {
			return deepest
		}
	}
	return deepest
}

// writeGuard refuses mutations from requests Protect did not find to be a
// writer (the server has a write token and the request did not send it).
type writeGuard struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = writeGuard{}

func (writeGuard) ExtensionName() string                   { return "WriteGuard" }
func (writeGuard) Validate(graphql.ExecutableSchema) error { return nil }

func (w writeGuard) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || oc.Operation.Operation != ast.Mutation {
		return nil
	}
	if identityOf(ctx).writer {
		return nil
	}
	err := gqlerror.Errorf("write token required: send it as \"Authorization: Bearer <token>\"")
	errcode.Set(err, "FORBIDDEN")
	return err
}

// identity is who a request is: what it may do, and the name decisions
// are recorded under.
type identity struct {
	reader, writer bool
	name           string
}

type identityKey struct{}

// CanWrite reports whether the request behind ctx, as Protect identified
// it, may change the graph; handlers outside GraphQL ask it instead of
// reading the Authorization header again.
func CanWrite(ctx context.Context) bool { return identityOf(ctx).writer }

func identityOf(ctx context.Context) identity {
	if id, ok := ctx.Value(identityKey{}).(identity); ok {
		return id
	}
	return identity{name: "anonymous"}
}

// httpHandler reads and checks the body of each request within its limit,
// then hands it to gqlgen. Tokens, hosts and time are Protect's, which
// wraps it.
type httpHandler struct {
	cfg  Config
	next http.Handler
}

func (h *httpHandler) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.Method == http.MethodGet {
		req = req.WithContext(context.WithValue(req.Context(), viaGETKey{}, true))
	}
	if req.Method != http.MethodPost || req.Body == nil {
		h.next.ServeHTTP(w, req)
		return
	}
	// gqlgen reads the body whole and answers a read error with status 200
	// and a decode error by echoing the body: read it here, bounded while
	// reading (a chunked body has no Content-Length to check first).
	body, err := io.ReadAll(http.MaxBytesReader(w, req.Body, h.cfg.MaxBodyBytes))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body is larger than the limit of %d bytes", tooLarge.Limit), "REQUEST_TOO_LARGE")
		return
	case err != nil:
		writeError(w, http.StatusBadRequest, "could not read the request body", "BAD_REQUEST")
		return
	case !utf8.Valid(body):
		writeError(w, http.StatusBadRequest, "request body is not valid UTF-8", "BAD_REQUEST")
		return
	}
	if mt, _, _ := mime.ParseMediaType(req.Header.Get("Content-Type")); mt == "application/json" && !json.Valid(body) {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("request body is not JSON: it begins %s", Prefix(string(body))), "BAD_REQUEST")
		return
	}
	req.Body = io.NopCloser(bytes.NewReader(body))
	if req.Context().Err() != nil {
		// gqlgen answers a request whose time ran out before it started
		// with a bare "null".
		writeError(w, http.StatusServiceUnavailable, "request timed out", "TIMEOUT")
		return
	}
	h.next.ServeHTTP(w, req)
}

// Prefix quotes at most the first 40 characters of an input, for error
// messages that must not echo a client's whole body back.
func Prefix(s string) string {
	const n = 40
	if len(s) <= n {
		return strconv.Quote(s)
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]) + "..."
}

// viaGETKey marks a request that came as a GET, which a page on any site
// can make with an image or a link.
type viaGETKey struct{}

// postOnly refuses fields too expensive to run from a plain GET: link
// reads a whole text and looks up every name in it.
type postOnly struct{ fields []string }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = postOnly{}

func (postOnly) ExtensionName() string                   { return "PostOnly" }
func (postOnly) Validate(graphql.ExecutableSchema) error { return nil }

func (p postOnly) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if via, _ := ctx.Value(viaGETKey{}).(bool); !via || oc.Operation == nil {
		return nil
	}
	for _, sel := range oc.Operation.SelectionSet {
		if f, ok := sel.(*ast.Field); ok && slices.Contains(p.fields, f.Name) {
			err := gqlerror.Errorf("%s runs only in a POST with Content-Type: application/json", f.Name)
			errcode.Set(err, "POST_REQUIRED")
			return err
		}
	}
	return nil
}

// directFields marks every operation as having no field middleware but the
// one that calls the resolver (generated.DirectFields), so that the
// generated code calls resolvers itself and a field costs two objects
// where the middleware's closures cost eight.
type directFields struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = directFields{}

func (directFields) ExtensionName() string                   { return "DirectFields" }
func (directFields) Validate(graphql.ExecutableSchema) error { return nil }

func (directFields) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	oc.Stats.SetExtension(generated.DirectFields, true)
	return nil
}

// withDirectFields adds directFields to exts unless one of them intercepts
// fields: the mark would skip it.
func withDirectFields(exts []graphql.HandlerExtension) []graphql.HandlerExtension {
	for _, e := range exts {
		if _, ok := e.(graphql.FieldInterceptor); ok {
			return exts
		}
	}
	return append(exts, directFields{})[:len(exts)+1]
}
