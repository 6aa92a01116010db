package store

import (
	"maps"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// TestTypeCountsVoteAsMaps: votes counted in place give the type the map
// of votes gave, a type newer than this binary included, and come back as
// that map for the kept read indexes.
func TestTypeCountsVoteAsMaps(t *testing.T) {
	for _, m := range []map[newsgraph.EntityType]int{
		{},
		{newsgraph.Person: 2, newsgraph.Organization: 2},
		{newsgraph.Organization: 1, newsgraph.GPE: 3},
		{newsgraph.Other: 1},
		{"VEHICLE": 4},
		{"VEHICLE": 2, "ANIMAL": 2},
		{"VEHICLE": 5, newsgraph.Facility: 1},
	} {
		c := compactVotes(map[string]map[newsgraph.EntityType]int{"x": m})["x"]
		gotT, gotOK := c.entityType()
		wantT, wantOK := voteType(m)
		if gotT != wantT || gotOK != wantOK {
			t.Errorf("%v: %q %v, want %q %v", m, gotT, gotOK, wantT, wantOK)
		}
		if back := expandVotes(map[string]typeCounts[newsgraph.EntityType]{"x": c})["x"]; !maps.Equal(back, m) {
			t.Errorf("%v: back as %v", m, back)
		}
	}
	for _, m := range []map[newsgraph.EventType]int{
		{},
		{newsgraph.Visit: 1, newsgraph.Meeting: 1},
		{newsgraph.Agreement: 2, newsgraph.Visit: 1},
		{"SUMMIT": 3, newsgraph.Visit: 1},
	} {
		var c typeCounts[newsgraph.EventType]
		for k, n := range m {
			c.add(k, n)
		}
		gotT, gotOK := c.eventType()
		wantT, wantOK := voteEventType(m)
		if gotT != wantT || gotOK != wantOK {
			t.Errorf("%v: %q %v, want %q %v", m, gotT, gotOK, wantT, wantOK)
		}
	}
}
