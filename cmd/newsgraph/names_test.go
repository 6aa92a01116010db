package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/store"
)

// A later story's bare surname is the person an earlier one named with a
// middle initial written without a period ("Paul R Hendry" then
// "President Hendry"), in either order: one person, not two.
func TestSurnameAfterMiddleInitial(t *testing.T) {
	full := "The visiting leader met President Paul R Hendry of Norland in Lisbon on Monday, officials said."
	short := "Talks on the fishing accord went on on Tuesday. President Hendry said the accord would be signed within a month."
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, order := range [][]string{{full, short}, {short, full}} {
		ctx := context.Background()
		st, err := store.Open(ctx, "memory://")
		if err != nil {
			t.Fatal(err)
		}
		svc := ingest.New(graphExtractor{x}, st, 0)
		dir := t.TempDir()
		for i, text := range order {
			l, _ := json.Marshal(map[string]string{"id": "doc" + string(rune('a'+i)), "text": text, "published": "2026-03-02"})
			path := filepath.Join(dir, "doc"+string(rune('a'+i))+".jsonl")
			if err := os.WriteFile(path, append(l, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			if sum, err := svc.Run(ctx, []string{path}, nil, nil); err != nil || sum.Failed > 0 {
				t.Fatalf("ingest: %v, %d failed", err, sum.Failed)
			}
		}
		ents, err := st.EntitiesByKey(ctx, "hendry")
		if err != nil {
			t.Fatal(err)
		}
		var people []string
		for _, e := range ents {
			if e.Type == newsgraph.Person {
				people = append(people, string(e.ID))
			}
		}
		if len(people) != 1 || people[0] != string(newsgraph.NewEntityID(newsgraph.Person, "Paul R Hendry")) {
			t.Errorf("first %q: people answering to Hendry: %s, want Paul R Hendry alone", order[0][:20], strings.Join(people, ", "))
		}
		st.Close()
	}
}

// A search for a country finds the country, not a person whose title
// named it ("German Chancellor Karl Brenner"); the role keeps the country.
func TestCountrySearchFindsNoTitledPerson(t *testing.T) {
	ctx := context.Background()
	st, svc := memoryService(t)
	ingestText(t, svc, "doc", "German Chancellor Karl Brenner met Prime Minister Anna Kovac in Vienna on Monday. Brenner said the talks had gone well.", "2026-03-02")
	ms, err := st.SearchEntities(ctx, "Germany", "", false)
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, m := range ms {
		found = append(found, m.Entity.Name)
	}
	if len(found) != 1 || found[0] != "Germany" {
		t.Errorf("search for Germany: %v, want Germany alone", found)
	}
	brenner := newsgraph.NewEntityID(newsgraph.Person, "Karl Brenner")
	ents, err := st.EntitiesByKey(ctx, "karl brenner")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.ID != brenner {
			continue
		}
		if len(e.Roles) != 1 || e.Roles[0].Of != newsgraph.NewEntityID(newsgraph.GPE, "Germany") {
			t.Errorf("Karl Brenner's roles %+v, want Chancellor of Germany", e.Roles)
		}
		return
	}
	t.Error("no Karl Brenner")
}

// memoryService is the real extractor ingesting into a fresh memory store,
// one document at a time.
func memoryService(t *testing.T) (*store.Store, *ingest.Service) {
	t.Helper()
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(context.Background(), "memory://")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	svc := ingest.New(graphExtractor{x}, st, 0)
	svc.SetWorkers(1)
	return st, svc
}

// ingestText ingests one document through svc as a JSONL file, as the CLI
// reads one.
func ingestText(t *testing.T, svc *ingest.Service, id, text, published string) {
	t.Helper()
	l, _ := json.Marshal(map[string]string{"id": id, "text": text, "published": published})
	path := filepath.Join(t.TempDir(), "doc.jsonl")
	if err := os.WriteFile(path, append(l, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	if sum, err := svc.Run(context.Background(), []string{path}, nil, nil); err != nil || sum.Failed > 0 {
		t.Fatalf("ingest %s: %v, %d failed", id, err, sum.Failed)
	}
}
