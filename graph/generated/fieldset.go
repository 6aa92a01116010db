package generated

import (
	"context"
	"io"

	"github.com/99designs/gqlgen/graphql"
)

// fieldSet writes an object's resolved fields as graphql.FieldSet does
// ({"alias":value,...}, a repeated alias written once), without the map
// and closures FieldSet's MarshalGQL allocates per object. The generated
// object resolvers return it (graph/internal/execpatch).
type fieldSet struct {
	fields []graphql.CollectedField
	values []graphql.Marshaler
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
