package graph

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

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
	if c.APQCacheSize <= 0 {
		c.APQCacheSize = DefaultAPQCacheSize
	}
	if c.Log == nil {
		c.Log = slog.Default()
	}
}

// errInternal is all a client learns of an error that is not its own.
var errInternal = errors.New("internal error")

// New returns the GraphQL endpoint (GET, POST and OPTIONS on one path; mount
// it at /graphql). Each request gets its own loaders, its token checked, and
// the limits of cfg.
func New(cfg Config) http.Handler {
	cfg.defaults()
	r := &Resolver{store: cfg.Store, ingester: cfg.Ingester}
	srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: r, Complexity: complexity()}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if cfg.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](cfg.APQCacheSize)})
	srv.Use(extension.FixedComplexityLimit(cfg.MaxComplexity))
	srv.Use(depthLimit{max: cfg.MaxDepth})
	srv.Use(writeGuard{enabled: cfg.WriteToken != ""})
	log := cfg.Log
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		return present(ctx, log, err)
	})
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		log.Error("graph: panic", "panic", v, "path", pathOf(ctx))
		return errInternal
	})
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(context.WithValue(ctx, loadersKey{}, newLoaders(ctx, r.store)))
	})
	return &httpHandler{cfg: cfg, next: srv}
}

// present is the one error presenter: errors that wrap a sentinel of the
// vocabulary (bad input, not found, denied) and errors gqlgen raises itself
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

// writeGuard refuses mutations from requests without the write token when
// the server has one.
type writeGuard struct{ enabled bool }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = writeGuard{}

func (writeGuard) ExtensionName() string                   { return "WriteGuard" }
func (writeGuard) Validate(graphql.ExecutableSchema) error { return nil }

func (w writeGuard) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if !w.enabled || oc.Operation == nil || oc.Operation.Operation != ast.Mutation {
		return nil
	}
	if identityOf(ctx).writer {
		return nil
	}
	err := gqlerror.Errorf("write token required: send it as \"Authorization: Bearer <token>\"")
	errcode.Set(err, "FORBIDDEN")
	return err
}

// identity is who a request is: a holder of the write token or anonymous.
type identity struct {
	writer bool
	name   string
}

type identityKey struct{}

func identityOf(ctx context.Context) identity {
	if id, ok := ctx.Value(identityKey{}).(identity); ok {
		return id
	}
	return identity{name: "anonymous"}
}

// httpHandler checks tokens, bounds the body and the time of each request,
// then hands it to gqlgen.
type httpHandler struct {
	cfg  Config
	next http.Handler
}

func (h *httpHandler) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	token := bearer(req)
	id := identity{name: "anonymous"}
	if h.cfg.WriteToken != "" && equal(token, h.cfg.WriteToken) {
		id = identity{writer: true, name: "write-token"}
	}
	if h.cfg.WriteToken == "" {
		// Without a write token everyone may write, and is still anonymous.
		id.writer = true
	}
	if h.cfg.ReadToken != "" && req.Method != http.MethodOptions &&
		!equal(token, h.cfg.ReadToken) && !(h.cfg.WriteToken != "" && equal(token, h.cfg.WriteToken)) {
		writeError(w, http.StatusUnauthorized, "read token required: send it as \"Authorization: Bearer <token>\"", "UNAUTHENTICATED")
		return
	}
	if req.ContentLength > h.cfg.MaxBodyBytes {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body is larger than the limit of %d bytes", h.cfg.MaxBodyBytes), "REQUEST_TOO_LARGE")
		return
	}
	req.Body = http.MaxBytesReader(w, req.Body, h.cfg.MaxBodyBytes)
	ctx, cancel := context.WithTimeout(req.Context(), h.cfg.Timeout)
	defer cancel()
	ctx = context.WithValue(ctx, identityKey{}, id)
	h.next.ServeHTTP(w, req.WithContext(ctx))
}

func bearer(req *http.Request) string {
	v := req.Header.Get("Authorization")
	if len(v) > 7 && strings.EqualFold(v[:7], "bearer ") {
		return strings.TrimSpace(v[7:])
	}
	return ""
}

func equal(a, b string) bool {
	return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

func writeError(w http.ResponseWriter, status int, msg, code string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": msg, "extensions": map[string]string{"code": code}}},
	})
}
