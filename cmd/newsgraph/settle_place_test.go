package main

import (
	"context"
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// Reports of one meeting that place it, some in a city, some in the city's
// country, fold to one event whose place moves between the two as the
// reports come in. Linking reads both places alike, so no report is read
// again for such a move, not even one of another meeting of the same two
// people (which a move of the place could join to it): re-reads stay flat
// however many reports come.
func TestPlaceMoveWithinCountryRereadsNothing(t *testing.T) {
	city := "Trade Minister Ilse Vandermeer met Foreign Minister Rami Okonjo in Lyon on Tuesday to discuss grain tariffs."
	elsewhere := "Trade Minister Ilse Vandermeer met Foreign Minister Rami Okonjo in Nairobi on Tuesday."
	country := "Foreign Minister Rami Okonjo held talks with Trade Minister Ilse Vandermeer in France on Tuesday about grain tariffs."
	ctx := context.Background()
	st, svc := memoryService(t)
	const reports = 16
	var perReport []int64
	for i := range reports + 1 {
		text := city
		switch {
		case i == 0:
			text = elsewhere
		case i%2 == 0:
			text = country
		}
		before := svc.Rereads()
		ingestText(t, svc, fmt.Sprintf("report%02d", i), text, "2026-05-14")
		perReport = append(perReport, svc.Rereads()-before)
	}
	evs, err := st.FindEvents(ctx, newsgraph.EventFilter{Type: newsgraph.Meeting})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2 || len(evs[0].Sources)+len(evs[1].Sources) != reports+1 {
		t.Fatalf("meetings: %d (sources %v), want one in Nairobi and one told by %d reports", len(evs), sources(evs), reports)
	}
	var late int64
	for _, n := range perReport[4:] {
		late += n
	}
	if late > 0 {
		t.Errorf("re-reads per report: %v; want none after the first few (the place moving between Lyon and France changes no report's linking)", perReport)
	}
}

func sources(evs []*newsgraph.Event) []int {
	var n []int
	for _, e := range evs {
		n = append(n, len(e.Sources))
	}
	return n
}
