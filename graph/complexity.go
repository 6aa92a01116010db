package graph

import (
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
