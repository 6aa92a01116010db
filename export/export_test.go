package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/store"
)

// graphOf stores one invented document:
//
//	d1: Ana Reyes (PERSON, foreign minister of Norland) --MEETING(2025-03-04, HAPPENED)-- Ben Holt, at Velm
func graphOf(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), "memory://")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	text := "Foreign Minister Ana Reyes of Norland met Ben Holt in Velm."
	ev := newsgraph.Evidence{Document: "d1", Sentence: 0, Span: newsgraph.Span{Start: 0, End: len(text)}, Text: text}
	ana := newsgraph.NewEntityID(newsgraph.Person, "Ana Reyes")
	ben := newsgraph.NewEntityID(newsgraph.Person, "Ben Holt")
	velm := newsgraph.NewEntityID(newsgraph.GPE, "Velm")
	norland := newsgraph.NewEntityID(newsgraph.GPE, "Norland")
	x := &newsgraph.Extraction{
		Document:  newsgraph.Document{ID: "d1", Title: "Talks", Published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC), Text: text},
		Sentences: []newsgraph.Span{{Start: 0, End: len(text)}},
		Entities: []newsgraph.Entity{
			{ID: ana, Name: "Ana Reyes", Type: newsgraph.Person, Aliases: []string{"Ana Reyes"}, Mentions: 1,
				Roles: []newsgraph.Role{{Title: "Foreign Minister", Of: norland, OfName: "Norland", Since: "2025-03-04", Until: "2025-03-04", Sources: []newsgraph.Evidence{ev}}}},
			{ID: ben, Name: "Ben Holt", Type: newsgraph.Person, Aliases: []string{"Ben Holt"}, Mentions: 1},
			{ID: velm, Name: "Velm", Type: newsgraph.GPE, Aliases: []string{"Velm"}, Mentions: 1},
			{ID: norland, Name: "Norland", Type: newsgraph.GPE, Aliases: []string{"Norland"}, Mentions: 1},
		},
		Events: []newsgraph.Event{{ID: newsgraph.NewEventID(newsgraph.Meeting, "d1#0"), Type: newsgraph.Meeting, Status: newsgraph.Happened,
			Start: "2025-03-04", End: "2025-03-04", Location: velm, Sources: []newsgraph.Evidence{ev},
			Participants: []newsgraph.Participant{{Role: newsgraph.RoleParticipant, Entity: ana}, {Role: newsgraph.RoleParticipant, Entity: ben}}}},
	}
	if err := st.Put(context.Background(), x); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := export.CSV(context.Background(), graphOf(t), &buf); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("%d rows, want a header and one event: %v", len(rows), rows)
	}
	got := map[string]string{}
	for i, h := range rows[0] {
		got[h] = rows[1][i]
	}
	if got["type"] != "MEETING" || got["status"] != "HAPPENED" || got["start"] != "2025-03-04" || got["participants"] != "Ana Reyes; Ben Holt" ||
		got["location"] != "Velm" || got["sources"] != "1" || got["source_ids"] != "d1" {
		t.Errorf("row %v", got)
	}
}

func TestJSONLD(t *testing.T) {
	var buf bytes.Buffer
	if err := export.JSONLD(context.Background(), graphOf(t), &buf); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Context map[string]any   `json:"@context"`
		Graph   []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	types := map[string]int{}
	for _, n := range doc.Graph {
		types[n["@type"].(string)]++
		if n["name"] == "Ana Reyes" {
			roles, _ := n["hasOccupation"].([]any)
			if len(roles) != 1 || roles[0].(map[string]any)["startDate"] != "2025-03-04" {
				t.Errorf("Ana Reyes's roles: %v", n["hasOccupation"])
			}
		}
	}
	if doc.Context["@vocab"] != "https://schema.org/" || types["Person"] != 2 || types["Event"] != 1 || types["NewsArticle"] != 1 || types["AdministrativeArea"] != 2 {
		t.Errorf("context %v, types %v", doc.Context, types)
	}
}
