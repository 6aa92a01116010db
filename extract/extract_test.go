package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json")

type seed struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

func loadSeeds(t testing.TB) []newsgraph.Document {
	f, err := os.Open("testdata/seeds.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []newsgraph.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var s seed
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatal(err)
		}
		d := newsgraph.Document{ID: newsgraph.DocumentID(s.ID), Text: s.Text}
		if s.Published != "" && os.Getenv("NEWSGRAPH_NO_DATES") == "" {
			d.Published, _ = time.Parse(newsgraph.DateLayout, s.Published)
		}
		docs = append(docs, d)
	}
	return docs
}

var (
	sharedX    *Extractor
	sharedErr  error
	sharedOnce sync.Once
)

// extractor builds the models once for all tests.
func extractor(t testing.TB) *Extractor {
	sharedOnce.Do(func() { sharedX, sharedErr = New(Options{}) })
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedX
}

// memGraph is a small in-memory fold of extractions, as the store does it:
// entities and events merge by id; an event's status, dates and place follow
// the latest source; each source adds its claim.
type memGraph struct {
	ents    map[newsgraph.EntityID]*newsgraph.Entity
	byKey   map[string][]newsgraph.EntityID
	events  map[newsgraph.EventID]*newsgraph.Event
	eventOf map[newsgraph.EntityID][]newsgraph.EventID
	order   []newsgraph.EventID
	eorder  []newsgraph.EntityID
}

func newMemGraph() *memGraph {
	return &memGraph{ents: map[newsgraph.EntityID]*newsgraph.Entity{}, byKey: map[string][]newsgraph.EntityID{},
		events: map[newsgraph.EventID]*newsgraph.Event{}, eventOf: map[newsgraph.EntityID][]newsgraph.EventID{}}
}

func (g *memGraph) EntitiesByKey(_ context.Context, k string) ([]newsgraph.Entity, error) {
	var out []newsgraph.Entity
	for _, id := range g.byKey[k] {
		out = append(out, *g.ents[id])
	}
	return out, nil
}

func (g *memGraph) EventsOf(_ context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.EventID, error) {
	out := map[newsgraph.EntityID][]newsgraph.EventID{}
	for _, id := range ids {
		out[id] = g.eventOf[id]
	}
	return out, nil
}

func (g *memGraph) Events(_ context.Context, ids []newsgraph.EventID) (map[newsgraph.EventID]*newsgraph.Event, error) {
	out := map[newsgraph.EventID]*newsgraph.Event{}
	for _, id := range ids {
		if e, ok := g.events[id]; ok {
			c := *e
			out[id] = &c
		}
	}
	return out, nil
}

func (g *memGraph) index(id newsgraph.EntityID, s string) {
	k := newsgraph.AliasKey(s)
	for _, x := range g.byKey[k] {
		if x == id {
			return
		}
	}
	g.byKey[k] = append(g.byKey[k], id)
}

func (g *memGraph) add(x *newsgraph.Extraction) {
	for _, e := range x.Entities {
		cur, ok := g.ents[e.ID]
		if !ok {
			c := e
			c.Aliases = append([]string(nil), e.Aliases...)
			g.ents[e.ID] = &c
			g.eorder = append(g.eorder, e.ID)
			cur = &c
		} else {
			cur.Mentions += e.Mentions
			for _, a := range e.Aliases {
				if !contains(cur.Aliases, a) {
					cur.Aliases = append(cur.Aliases, a)
				}
			}
			cur.Roles = append(cur.Roles, e.Roles...)
		}
		g.index(e.ID, e.Name)
		for _, a := range e.Aliases {
			g.index(e.ID, a)
		}
	}
	for _, e := range x.Events {
		cur, ok := g.events[e.ID]
		if !ok {
			c := e
			g.events[e.ID] = &c
			g.order = append(g.order, e.ID)
			cur = &c
		} else {
			for _, p := range e.Participants {
				if !containsP(cur.Participants, p) {
					cur.Participants = append(cur.Participants, p)
				}
			}
			cur.Sources = append(cur.Sources, e.Sources...)
			cur.Status = e.Status
			if e.Start != "" {
				cur.Start, cur.End = e.Start, e.End
			}
			if e.Location != "" {
				cur.Location = e.Location
			}
		}
		for _, p := range e.Participants {
			g.eventOf[p.Entity] = appendUniq(g.eventOf[p.Entity], e.ID)
		}
		cl := newsgraph.Claim{Document: x.Document.ID, Status: e.Status, Start: e.Start, End: e.End, Location: e.Location}
		if !x.Document.Published.IsZero() {
			cl.Published = ymd(x.Document.Published)
		}
		g.events[e.ID].Claims = append(slices.Clone(g.events[e.ID].Claims), cl)
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func containsP(xs []newsgraph.Participant, p newsgraph.Participant) bool {
	for _, x := range xs {
		if x == p {
			return true
		}
	}
	return false
}

func appendUniq(xs []newsgraph.EventID, id newsgraph.EventID) []newsgraph.EventID {
	for _, x := range xs {
		if x == id {
			return xs
		}
	}
	return append(xs, id)
}

// golden is the compact, reviewable view of one extraction.
type golden struct {
	Entities []goldenEntity `json:"entities"`
	Events   []goldenEvent  `json:"events"`
	PartOf   []string       `json:"part_of,omitempty"`
}

type goldenEntity struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
	Roles   []string `json:"roles,omitempty"`
	Known   bool     `json:"known,omitempty"`
}

type goldenEvent struct {
	Type      string   `json:"type"`
	Status    string   `json:"status"`
	Date      string   `json:"date,omitempty"`
	People    []string `json:"people"`
	Place     string   `json:"place,omitempty"`
	Sentences []int    `json:"sentences"`
	Merged    bool     `json:"merged,omitempty"`
}

func view(x *newsgraph.Extraction, before *memGraph) golden {
	names := map[newsgraph.EntityID]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
	}
	var g golden
	for _, e := range x.Entities {
		ge := goldenEntity{Name: e.Name, Type: string(e.Type), Aliases: e.Aliases, Known: before.ents[e.ID] != nil}
		for _, r := range e.Roles {
			s := r.Title
			if r.OfName != "" {
				s += " of " + r.OfName
			}
			if r.Former {
				s = "former " + s
			}
			ge.Roles = append(ge.Roles, s)
		}
		g.Entities = append(g.Entities, ge)
	}
	for _, e := range x.Events {
		ge := goldenEvent{Type: string(e.Type), Status: string(e.Status), Place: names[e.Location], Merged: before.events[e.ID] != nil}
		if e.Start != "" {
			ge.Date = e.Start
			if e.End != e.Start {
				ge.Date += ".." + e.End
			}
		}
		for _, p := range e.Participants {
			ge.People = append(ge.People, p.Role+":"+names[p.Entity])
		}
		for _, s := range e.Sources {
			ge.Sentences = append(ge.Sentences, s.Sentence)
		}
		g.Events = append(g.Events, ge)
	}
	for _, p := range x.PartOf {
		g.PartOf = append(g.PartOf, names[p.Part]+" < "+names[p.Whole])
	}
	return g
}

// TestGolden extracts the seed articles in order, each against the graph the
// previous ones built, and compares the result with testdata/*.golden.json.
func TestGolden(t *testing.T) {
	x := extractor(t)
	g := newMemGraph()
	ctx := context.Background()
	for _, d := range loadSeeds(t) {
		ex, err := x.Extract(ctx, d, g)
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, d, ex)
		got, err := json.MarshalIndent(view(ex, g), "", " ")
		if err != nil {
			t.Fatal(err)
		}
		g.add(ex)
		path := filepath.Join("testdata", strings.TrimSuffix(string(d.ID), ".txt")+".golden.json")
		if os.Getenv("NEWSGRAPH_NO_DATES") != "" {
			continue // scored offline only: NEWSGRAPH_GRAPH_OUT
		}
		checkGolden(t, string(d.ID), path, got)
	}
	if out := os.Getenv("NEWSGRAPH_GRAPH_OUT"); out != "" {
		writeScorerGraph(t, g, out)
	}
}

// TestGoldenWire runs the extractor over articles written for these tests
// (testdata/wire_YYYY-MM-DD.txt, published that day), unlike the seeds in
// people, places and wording, so that a change tuned to the seeds shows.
func TestGoldenWire(t *testing.T) {
	x := extractor(t)
	files, err := filepath.Glob("testdata/wire_*.txt")
	if err != nil || len(files) == 0 {
		t.Fatal("no wire articles", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		pub, err := time.Parse(newsgraph.DateLayout, strings.TrimPrefix(name, "wire_"))
		if err != nil {
			t.Fatal(err)
		}
		d := newsgraph.Document{ID: newsgraph.DocumentID(name), Text: string(b), Published: pub}
		ex, err := x.Extract(context.Background(), d, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, d, ex)
		got, _ := json.MarshalIndent(view(ex, newMemGraph()), "", " ")
		path := filepath.Join("testdata", name+".golden.json")
		checkGolden(t, name, path, got)
	}
}

func checkSpans(t *testing.T, d newsgraph.Document, x *newsgraph.Extraction) {
	t.Helper()
	for _, m := range x.Mentions {
		sp := m.Evidence.Span
		if sp.Start < 0 || sp.End > len(d.Text) || flat(d.Text[sp.Start:sp.End]) != m.Text {
			t.Errorf("%s: mention %q has span %v", d.ID, m.Text, sp)
		}
		s := x.Sentences[m.Evidence.Sentence]
		if sp.Start < s.Start || sp.End > s.End {
			t.Errorf("%s: mention %q outside its sentence", d.ID, m.Text)
		}
	}
	ids := map[newsgraph.EntityID]bool{}
	for _, e := range x.Entities {
		if ids[e.ID] {
			t.Errorf("%s: entity %s twice", d.ID, e.ID)
		}
		ids[e.ID] = true
		if e.Type == newsgraph.Person && strings.HasPrefix(e.Name, "President ") {
			t.Errorf("%s: person named with a title: %q", d.ID, e.Name)
		}
	}
	known := func(what string, id newsgraph.EntityID) {
		if id != "" && !ids[id] {
			t.Errorf("%s: %s %s is not among the entities", d.ID, what, id)
		}
	}
	for _, m := range x.Mentions {
		known("mention of", m.Entity)
	}
	for _, e := range x.Entities {
		for _, r := range e.Roles {
			if r.Of != "" && r.OfName == "" {
				t.Errorf("%s: role %q of %s has no name", d.ID, r.Title, r.Of)
			}
		}
	}
	for _, ev := range x.Events {
		known("location", ev.Location)
		for _, p := range ev.Participants {
			known("participant", p.Entity)
		}
		for _, s := range ev.Sources {
			if s.Sentence < 0 || s.Sentence >= len(x.Sentences) || flat(d.Text[x.Sentences[s.Sentence].Start:x.Sentences[s.Sentence].End]) != s.Text {
				t.Errorf("%s: event source %d does not quote its sentence", d.ID, s.Sentence)
			}
		}
	}
	for _, p := range x.PartOf {
		known("part", p.Part)
		known("whole", p.Whole)
	}
}

// writeScorerGraph writes the folded graph in the shape of the GraphQL
// answers score.py reads, so testdata/score.py can score it offline.
func writeScorerGraph(t *testing.T, g *memGraph, path string) {
	ref := func(id newsgraph.EntityID) any {
		if e, ok := g.ents[id]; ok {
			return map[string]any{"id": e.ID, "name": e.Name}
		}
		if id == "" {
			return nil
		}
		return map[string]any{"id": id, "name": idName(id)}
	}
	var ents []any
	for _, id := range g.eorder {
		e := g.ents[id]
		var roles []any
		for _, r := range e.Roles {
			roles = append(roles, map[string]any{"title": r.Title, "of": ref(r.Of)})
		}
		ents = append(ents, map[string]any{"id": e.ID, "name": e.Name, "type": e.Type, "aliases": e.Aliases, "roles": roles})
	}
	events := map[string][]any{"MEETING": {}, "VISIT": {}, "AGREEMENT": {}}
	ids := append([]newsgraph.EventID(nil), g.order...)
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		e := g.events[id]
		var ps, src []any
		for _, p := range e.Participants {
			ps = append(ps, map[string]any{"role": p.Role, "entity": ref(p.Entity)})
		}
		for _, s := range e.Sources {
			src = append(src, map[string]any{"document": map[string]any{"id": s.Document}})
		}
		events[string(e.Type)] = append(events[string(e.Type)], map[string]any{"id": e.ID, "type": e.Type, "status": e.Status,
			"start": e.Start, "end": e.End, "participants": ps, "location": ref(e.Location), "sources": src})
	}
	b, _ := json.Marshal(map[string]any{"entities": ents, "events": events})
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkExtract reports words per second over the seed articles.
func BenchmarkExtract(b *testing.B) {
	x := extractor(b)
	docs := loadSeeds(b)
	words := 0
	for _, d := range docs {
		words += len(strings.Fields(d.Text))
	}
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g := newMemGraph()
		for _, d := range docs {
			ex, err := x.Extract(ctx, d, g)
			if err != nil {
				b.Fatal(err)
			}
			g.add(ex)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestLink finds the known people and places of a caller's text and leaves
// unknown names unlinked.
func TestLink(t *testing.T) {
	x := extractor(t)
	g := newMemGraph()
	ctx := context.Background()
	for _, d := range loadSeeds(t)[:2] {
		ex, err := x.Extract(ctx, d, g)
		if err != nil {
			t.Fatal(err)
		}
		g.add(ex)
	}
	text := "Prime Minister Takaichi will host Freya Lindqvist in Tokyo."
	got, err := x.Link(ctx, text, g)
	if err != nil {
		t.Fatal(err)
	}
	byText := map[string]newsgraph.LinkedMention{}
	for _, m := range got {
		if text[m.Span.Start:m.Span.End] != m.Text {
			t.Errorf("span %v is not %q", m.Span, m.Text)
		}
		byText[m.Text] = m
	}
	if m := byText["Takaichi"]; m.Entity != newsgraph.NewEntityID(newsgraph.Person, "Sanae Takaichi") {
		t.Errorf("Takaichi linked to %q", m.Entity)
	}
	if m := byText["Tokyo"]; m.Entity != newsgraph.NewEntityID(newsgraph.GPE, "Tokyo") {
		t.Errorf("Tokyo linked to %q", m.Entity)
	}
	if m, ok := byText["Freya Lindqvist"]; ok && m.Entity != "" {
		t.Errorf("an unknown person linked to %q", m.Entity)
	}
}

// TestConcurrentExtract runs one Extractor from several goroutines (run
// with -race): the models are shared, the working state is not.
func TestConcurrentExtract(t *testing.T) {
	x := extractor(t)
	docs := loadSeeds(t)
	want := make([]string, len(docs))
	for i, d := range docs {
		ex, err := x.Extract(context.Background(), d, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(ex)
		want[i] = string(b)
	}
	var wg sync.WaitGroup
	for i, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ex, err := x.Extract(context.Background(), d, nil)
			if err != nil {
				t.Error(err)
				return
			}
			if b, _ := json.Marshal(ex); string(b) != want[i] {
				t.Errorf("%s: concurrent extraction differs", d.ID)
			}
		}()
	}
	wg.Wait()
}

// FuzzExtract: any text extracts without panic, with spans that quote it.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{"", " ", "\n\n", "U.S.", "Mr.", "“", "President", "Trump met Xi.", "A-B-C met D.E. in F-G on Monday, and later to H.",
		"Prime Minister takaichi", "| a | b |\n| Meeting with President X |", "The two leaders met. They signed a deal between Japan and China."} {
		f.Add(s)
	}
	x, err := New(Options{MaxSentences: 50})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := newsgraph.Document{ID: "fuzz", Text: text, Published: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
		ex, err := x.Extract(context.Background(), d, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, d, ex)
	})
}

// checkGolden compares an extraction's JSON with its golden file, or
// rewrites the file under -update.
func checkGolden(t *testing.T, name, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
		t.Errorf("%s: extraction differs from %s (review, then -update)", name, path)
	}
}
