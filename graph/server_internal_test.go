package graph

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// fieldCounter intercepts fields, as a tracing extension would.
type fieldCounter struct{ n int }

func (*fieldCounter) ExtensionName() string                   { return "FieldCounter" }
func (*fieldCounter) Validate(graphql.ExecutableSchema) error { return nil }
func (c *fieldCounter) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	c.n++
	return next(ctx)
}

// TestDirectFieldsOnlyWithoutInterceptors: operations are marked to skip
// the field middleware only when no extension intercepts fields.
func TestDirectFieldsOnlyWithoutInterceptors(t *testing.T) {
	plain := []graphql.HandlerExtension{writeGuard{}, depthLimit{max: 3}}
	if got := withDirectFields(plain); len(got) != 3 || got[2] != (directFields{}) {
		t.Errorf("without interceptors: %v", got)
	}
	traced := []graphql.HandlerExtension{writeGuard{}, &fieldCounter{}}
	if got := withDirectFields(traced); len(got) != 2 {
		t.Errorf("with a field interceptor: %v", got)
	}
}
