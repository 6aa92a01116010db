package graph

import (
	"context"
	"encoding/json"
	"sync"

	gqlcomplexity "github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph/generated"
	"github.com/newsgraph/newsgraph/graph/model"
)

// complexityPage is the page size a list field costs its children once for;
// a larger first costs them once more per complexityPage items. gqlgen's
// default counts a list's children once whatever its length, which lets
// entities(first: 500) { related(first: 500) { ... } } through as cheap.
const complexityPage = 50

// scaled is the complexity of a list field: its children times the number
// of complexityPage pages that first or last asks for (at least one).
func scaled(child int, first, last *int, def int) int {
	n := def
	if first != nil || last != nil {
		n = 0
	}
	for _, v := range []*int{first, last} {
		if v != nil {
			n = max(n, min(max(*v, 0), maxFirst))
		}
	}
	return 1 + child*max(1, (n+complexityPage-1)/complexityPage)
}

// complexity prices the list fields by their page size. score.py's queries
// cost 53 (200 entities with roles) and 81 points (200 events with their
// participants, places and sources); lists of lists of 500 run into the
// thousands.
func complexity() generated.ComplexityRoot {
	var c generated.ComplexityRoot
	c.Query.Entities = func(child int, _ *model.EntityFilter, _ *model.EntityOrder, first *int, _ *string, last *int, _ *string) int {
		return scaled(child, first, last, 50)
	}
	c.Query.Events = func(child int, _ *newsgraph.EventType, _ *model.EventFilter, _ *model.EventOrder, first *int, _ *string, last *int, _ *string) int {
		return scaled(child, first, last, 50)
	}
	c.Query.Documents = func(child int, _ *model.DocumentFilter, first *int, _ *string, last *int, _ *string) int {
		return scaled(child, first, last, 50)
	}
	c.Query.Meetings = func(child int, _, _, _, _, _ *string, _ *newsgraph.EventStatus, first *int, _ *string, last *int, _ *string) int {
		return scaled(child, first, last, 50)
	}
	c.Query.Decisions = func(child int, first *int, _ *string, last *int, _ *string) int {
		return scaled(child, first, last, 50)
	}
	c.Entity.Mentions = func(child int, first *int, _ *string, last *int, _ *string) int {
		return scaled(child, first, last, 50)
	}
	c.Entity.Events = func(child int, _ *newsgraph.EventType, first *int, _ *string, last *int, _ *string) int {
		return scaled(child, first, last, 50)
	}
	c.Entity.Related = func(child int, first *int) int {
		return scaled(child, first, nil, 20)
	}
	c.Document.Mentions = func(child int, first *int, _ *string, last *int, _ *string) int {
		return scaled(child, first, last, 100)
	}
	return c
}

// complexityLimit is gqlgen's FixedComplexityLimit (the same stats, under
// the same name, and the same error) with the complexity of an operation
// kept by its query text, operation name and variables: pricing walks the
// whole operation and decodes the arguments of every field, a tenth of
// the CPU of a small computed answer, and a served graph is sent the same
// few operations again and again. The kept prices are dropped whole when
// complexityKept of them are held.
type complexityLimit struct {
	limit int
	es    graphql.ExecutableSchema

	mu   sync.Mutex
	kept map[responseKey]int
}

const complexityKept = 1000

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = &complexityLimit{}

// ExtensionName is gqlgen's, so that extension.GetComplexityStats (the
// batch transport's sum) reads these stats.
func (c *complexityLimit) ExtensionName() string { return "ComplexityLimit" }

func (c *complexityLimit) Validate(es graphql.ExecutableSchema) error {
	c.es = es
	return nil
}

func (c *complexityLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	k, ok := responseKey{query: oc.RawQuery, operation: oc.OperationName}, oc.RawQuery != ""
	if ok && len(oc.Variables) > 0 {
		vars, err := json.Marshal(oc.Variables) // map keys sorted: one text per value
		k.variables, ok = string(vars), err == nil
	}
	n, found := 0, false
	if ok {
		c.mu.Lock()
		n, found = c.kept[k]
		c.mu.Unlock()
	}
	if !found {
		n = gqlcomplexity.Calculate(ctx, c.es, oc.Doc.Operations.ForName(oc.OperationName), oc.Variables)
		if ok {
			c.mu.Lock()
			if c.kept == nil || len(c.kept) >= complexityKept {
				c.kept = make(map[responseKey]int)
			}
			c.kept[k] = n
			c.mu.Unlock()
		}
	}
	oc.Stats.SetExtension(c.ExtensionName(), &extension.ComplexityStats{Complexity: n, ComplexityLimit: c.limit})
	if n > c.limit {
		err := gqlerror.Errorf("operation has complexity %d, which exceeds the limit of %d", n, c.limit)
		errcode.Set(err, "COMPLEXITY_LIMIT_EXCEEDED")
		return err
	}
	return nil
}
