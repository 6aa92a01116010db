package generated

import (
	"bytes"
	"context"
	"io"
	"sync"
	"unsafe"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// fieldSet writes an object's resolved fields as graphql.FieldSet does
// ({"alias":value,...}, a repeated alias written once), without the map
// and closures FieldSet's MarshalGQL allocates per object. The generated
// object resolvers return it (graph/internal/execpatch).
type fieldSet struct {
	fields []graphql.CollectedField
	values []graphql.Marshaler
}

// objectSet is a fieldSet and, for an object of up to len(A) fields, its
// values: what an object resolver returns, in one allocation.
type objectSet[A any] struct {
	fieldSet
	buf A
}

// newObjectSet returns what writes an object of fields and the values it
// writes, for the resolver to fill in (graph/internal/execpatch).
func newObjectSet(fields []graphql.CollectedField) (graphql.Marshaler, []graphql.Marshaler) {
	n := len(fields)
	switch {
	case n <= 1:
		s := &objectSet[[1]graphql.Marshaler]{}
		s.fields, s.values = fields, s.buf[:n]
		return s, s.values
	case n <= 2:
		s := &objectSet[[2]graphql.Marshaler]{}
		s.fields, s.values = fields, s.buf[:n]
		return s, s.values
	case n <= 4:
		s := &objectSet[[4]graphql.Marshaler]{}
		s.fields, s.values = fields, s.buf[:n]
		return s, s.values
	case n <= 8:
		s := &objectSet[[8]graphql.Marshaler]{}
		s.fields, s.values = fields, s.buf[:n]
		return s, s.values
	}
	s := &fieldSet{fields: fields, values: make([]graphql.Marshaler, n)}
	return s, s.values
}

// dataBuffers are the buffers answers are written into (marshalData).
var dataBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxDataBuffer is the largest buffer kept for the next answer, in bytes.
const maxDataBuffer = 1 << 20

// marshalData is what m writes, as bytes of their own: written into a
// pooled buffer, which grows once to the largest answer instead of through
// every size at every answer, and copied out at their length. Nothing
// written is nil, as the bytes of an empty bytes.Buffer are.
func marshalData(m graphql.Marshaler) []byte {
	b := dataBuffers.Get().(*bytes.Buffer)
	b.Reset()
	m.MarshalGQL(b)
	var out []byte
	if b.Len() > 0 {
		out = bytes.Clone(b.Bytes())
	}
	if b.Cap() <= maxDataBuffer {
		dataBuffers.Put(b)
	}
	return out
}

// collectedFields is an operation's graphql.CollectFields answers, by the
// addresses of the selection set and of the list of type names (the
// generated implementors lists, one variable per type): what gqlgen's own
// cache keys by a hash of the names and a reflect.Value of the set, both
// made at every object.
type collectedFields struct {
	mu sync.Mutex
	m  map[collectKey][]graphql.CollectedField
}

type collectKey struct {
	sel       *ast.Selection
	n         int
	satisfies *string
}

// collect is graphql.CollectFields(oc, sel, satisfies), kept: c is the
// operation's own (executionContext.collected, which execpatch adds).
func (c *collectedFields) collect(oc *graphql.OperationContext, sel ast.SelectionSet, satisfies []string) []graphql.CollectedField {
	k := collectKey{unsafe.SliceData(sel), len(sel), unsafe.SliceData(satisfies)}
	c.mu.Lock()
	fields, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return fields
	}
	fields = graphql.CollectFields(oc, sel, satisfies)
	c.mu.Lock()
	if c.m == nil {
		c.m = make(map[collectKey][]graphql.CollectedField)
	}
	c.m[k] = fields
	c.mu.Unlock()
	return fields
}

var (
	openBrace  = []byte{'{'}
	closeBrace = []byte{'}'}
	comma      = []byte{','}
	quote      = []byte{'"'}
	quoteColon = []byte{'"', ':'}
)

func (s fieldSet) MarshalGQL(w io.Writer) {
	w.Write(openBrace)
	for i := range s.fields {
		alias := s.fields[i].Alias
		if written(s.fields[:i], alias) {
			continue
		}
		if i > 0 {
			w.Write(comma)
		}
		if plainName(alias) {
			w.Write(quote)
			io.WriteString(w, alias)
			w.Write(quoteColon)
		} else {
			graphql.MarshalString(alias).MarshalGQL(w)
			w.Write(quoteColon[1:])
		}
		s.values[i].MarshalGQL(w)
	}
	w.Write(closeBrace)
}

// written reports whether an earlier field has the alias.
func written(earlier []graphql.CollectedField, alias string) bool {
	for i := range earlier {
		if earlier[i].Alias == alias {
			return true
		}
	}
	return false
}

// plainName reports whether a name needs no escaping inside quotes: a
// GraphQL name always ([_A-Za-z][_0-9A-Za-z]*).
func plainName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '_' && (c < '0' || c > '9') && (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}

// marshalSlice marshals the n elements of a list one after the other, in
// the caller's goroutine, where gqlgen's MarshalSliceConcurrently starts a
// goroutine for each (graph/internal/execpatch): a request is served by one
// goroutine. As there, each element has a field context with its index,
// and a panic in one becomes its error and makes the list null.
func marshalSlice(ctx context.Context, n int, marshal func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	ret := make(graphql.Array, n)
	if n == 0 {
		return ret
	}
	fcs := make([]graphql.FieldContext, n)
	index := make([]int, n)
	failed := false
	for i := range n {
		index[i] = i
		fcs[i].Index = &index[i]
		if !marshalOne(graphql.WithFieldContext(ctx, &fcs[i]), ret, i, marshal) {
			failed = true
		}
	}
	if failed {
		return nil
	}
	return ret
}

// marshalOne marshals element i into ret, reporting false when it panicked.
func marshalOne(ctx context.Context, ret graphql.Array, i int, marshal func(ctx context.Context, i int) graphql.Marshaler) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			graphql.AddError(ctx, graphql.Recover(ctx, r))
			ok = false
		}
	}()
	ret[i] = marshal(ctx, i)
	return true
}

// DirectFields names the operation statistic (graphql.Stats.SetExtension)
// that marks an operation whose field middleware only calls the resolver:
// the server sets it (graph.directFields) when no extension intercepts
// fields. Its fields are then resolved by resolveDirect.
const DirectFields = "newsgraph.directFields"

func direct(oc *graphql.OperationContext) bool {
	v, _ := oc.Stats.GetExtension(DirectFields).(bool)
	return v
}

// resolveDirect is graphql.ResolveField (v0.17.95, resolve_field.go) for a
// field without directives of an operation marked DirectFields: it calls
// fieldResolver itself instead of through the operation's field middleware,
// so that none of the functions it is given escapes to the heap. What it
// answers, errors included, is what graphql.ResolveField answers.
func resolveDirect[T any](
	ctx context.Context,
	oc *graphql.OperationContext,
	field graphql.CollectedField,
	initializeFieldContext func(ctx context.Context, field graphql.CollectedField) (*graphql.FieldContext, error),
	fieldResolver func(ctx context.Context) (any, error),
	marshal func(ctx context.Context, sel ast.SelectionSet, v T) graphql.Marshaler,
	recoverFromPanic bool,
	nonNull bool,
) (ret graphql.Marshaler) {
	fc, err := initializeFieldContext(ctx, field)
	if err != nil {
		return graphql.Null
	}
	ctx = graphql.WithFieldContext(ctx, fc)
	if recoverFromPanic {
		defer func() {
			if r := recover(); r != nil {
				oc.Error(ctx, oc.Recover(ctx, r))
				ret = graphql.Null
			}
		}()
	}
	resTmp, err := fieldResolver(ctx)
	if err != nil {
		oc.Error(ctx, graphql.AddFieldLocationToError(ctx, err))
		if fc.NonNull && !nonNull {
			return graphql.RequiredNull
		}
		return graphql.Null
	}
	if resTmp == nil {
		if nonNull || fc.NonNull {
			if !graphql.HasFieldError(ctx, fc) {
				oc.Errorf(ctx, "must not be null")
			}
		}
		if fc.NonNull && !nonNull {
			return graphql.RequiredNull
		}
		return graphql.Null
	}
	if res, ok := resTmp.(T); ok {
		fc.Result = res
		return marshal(ctx, field.Selections, res)
	}
	if res, ok := resTmp.(graphql.Marshaler); ok {
		fc.Result = res
		return res
	}
	var t T
	oc.Errorf(ctx, `unexpected type %T from middleware/directive chain, should be %T`, resTmp, t)
	return graphql.Null
}
