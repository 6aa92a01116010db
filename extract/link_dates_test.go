package extract

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// TestLinkUndatedReports: a report that says nothing of when joins an
// occasion of the same people only where its story's publication puts it
// within about a year; a story with no date at all joins no dated
// occasion, but does join an undated one.
func TestLinkUndatedReports(t *testing.T) {
	x := extractor(t)
	day := func(s string) time.Time {
		d, err := time.Parse(newsgraph.DateLayout, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	first := newsgraph.Document{ID: "first", Published: day("2019-05-02"),
		Text: "Prime Minister Aldo Renzetti met President Marta Kovalenko in Geneva on Tuesday. The two discussed fishing quotas.\n"}
	undated := newsgraph.Document{ID: "aaa-undated",
		Text: "Prime Minister Aldo Renzetti met President Marta Kovalenko in Geneva. The two discussed fishing quotas.\n"}
	cases := []struct {
		name  string
		first newsgraph.Document
		doc   newsgraph.Document
		join  bool
	}{
		{"same month, undated report", first, newsgraph.Document{ID: "later", Published: day("2019-05-20"),
			Text: "Renzetti and Kovalenko held talks in Geneva, officials recalled. Quotas were on the agenda.\n"}, true},
		{"four years on, undated report", first, newsgraph.Document{ID: "years", Published: day("2023-05-20"),
			Text: "Renzetti and Kovalenko held talks in Geneva, officials recalled. Quotas were on the agenda.\n"}, false},
		{"a story with no date", first, newsgraph.Document{ID: "nodate",
			Text: "Renzetti and Kovalenko held talks in Geneva, officials recalled. Quotas were on the agenda.\n"}, false},
		{"a dated story after an undated one", undated, first, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := newMemGraph()
			ex, err := x.Extract(context.Background(), c.first, g)
			if err != nil {
				t.Fatal(err)
			}
			g.add(ex)
			met := meetingIDs(ex)
			if len(met) != 1 {
				t.Fatalf("first story: %d meetings, want 1", len(met))
			}
			ex2, err := x.Extract(context.Background(), c.doc, g)
			if err != nil {
				t.Fatal(err)
			}
			again := meetingIDs(ex2)
			if len(again) != 1 {
				t.Fatalf("second story: %d meetings, want 1", len(again))
			}
			if joined := again[0] == met[0]; joined != c.join {
				t.Errorf("joined the first story's meeting: %v, want %v", joined, c.join)
			}
		})
	}
	// two undated stories of one occasion are one occasion
	g := newMemGraph()
	a := newsgraph.Document{ID: "a", Text: "Prime Minister Aldo Renzetti met President Marta Kovalenko in Geneva. The two discussed fishing quotas.\n"}
	b := newsgraph.Document{ID: "b", Text: "Renzetti and Kovalenko held talks in Geneva, officials said. Quotas were on the agenda.\n"}
	exA, err := x.Extract(context.Background(), a, g)
	if err != nil {
		t.Fatal(err)
	}
	g.add(exA)
	exB, err := x.Extract(context.Background(), b, g)
	if err != nil {
		t.Fatal(err)
	}
	if ma, mb := meetingIDs(exA), meetingIDs(exB); len(ma) != 1 || len(mb) != 1 || ma[0] != mb[0] {
		t.Errorf("two undated stories: meetings %v and %v, want one", ma, mb)
	}
}

func meetingIDs(ex *newsgraph.Extraction) []newsgraph.EventID {
	var ids []newsgraph.EventID
	for _, e := range ex.Events {
		if e.Type == newsgraph.Meeting {
			ids = append(ids, e.ID)
		}
	}
	return ids
}
