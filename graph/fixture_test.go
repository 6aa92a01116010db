package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/store"
)

// The test corpus is invented (no real people or places), small enough to
// draw:
//
//	a1 (2025-10-22)  Tanabe --MEETING(planned, 10-28)-- Olsen   at Harbor Guest House
//	a2 (2025-10-28)  the same meeting, happened; Voss VISIT -> Velm
//	a3 (2025-10-29)  Olsen --MEETING-- Voss, Sol                at Velm
//	a4 (2025-10-28)  Tanabe --MEETING(10-28)-- Ruiz             at Harbor Guest House (a conflicting report:
//	                 a1 says Olsen is president of Ostra, a4 says Ruiz is)
//	a5 (2025-10-30)  Ostra, Norland, Tanabe AGREEMENT; Lund is foreign minister of Ostra (ingested on demand)
//	a6 (2025-11-03)  Tanabe --MEETING(2025-09, a month)-- Olsen; Voss VISIT(2024, a year) -> Norland (on demand)
//
//	Harbor Guest House --partOf--> Velm --partOf--> Norland
type entitySpec struct {
	name  string
	typ   newsgraph.EntityType
	forms []string // surface forms as written, the name first when it is written
}

type eventSpec struct {
	seed         string // the same seed in two documents is the same event
	typ          newsgraph.EventType
	status       newsgraph.EventStatus
	date         string
	participants []string // entity names; "visitor:Name" or "destination:Name" give a role
	location     string
}

type docSpec struct {
	text     string
	entities []string // entity names found in the text
	roles    map[string][2]string
	events   []eventSpec
	partOf   [][2]string
}

var entitySpecs = map[string]entitySpec{
	"Aiko Tanabe":        {"Aiko Tanabe", newsgraph.Person, []string{"Aiko Tanabe", "Tanabe"}},
	"Bram Olsen":         {"Bram Olsen", newsgraph.Person, []string{"Bram Olsen", "Olsen"}},
	"Carl Voss":          {"Carl Voss", newsgraph.Person, []string{"Carl Voss", "Voss"}},
	"Mira Sol":           {"Mira Sol", newsgraph.Person, []string{"Mira Sol"}},
	"Dane Ruiz":          {"Dane Ruiz", newsgraph.Person, []string{"Dane Ruiz"}},
	"Harbor Guest House": {"Harbor Guest House", newsgraph.Facility, []string{"Harbor Guest House"}},
	"Velm":               {"Velm", newsgraph.GPE, []string{"Velm"}},
	"Norland":            {"Norland", newsgraph.GPE, []string{"Norland"}},
	"Kai Lund":           {"Kai Lund", newsgraph.Person, []string{"Kai Lund"}},
	"Ostra":              {"Ostra", newsgraph.GPE, []string{"Ostra"}},
}

var docSpecs = map[string]docSpec{
	"a1": {
		text:     "Prime Minister Aiko Tanabe will meet President Bram Olsen at the Harbor Guest House in Velm on October 28. Velm is the capital of Norland.",
		entities: []string{"Aiko Tanabe", "Bram Olsen", "Harbor Guest House", "Velm", "Norland"},
		roles:    map[string][2]string{"Aiko Tanabe": {"prime minister", "Norland"}, "Bram Olsen": {"president", "Ostra"}},
		events: []eventSpec{{seed: "m1", typ: newsgraph.Meeting, status: newsgraph.Planned, date: "2025-10-28",
			participants: []string{"Aiko Tanabe", "Bram Olsen"}, location: "Harbor Guest House"}},
		partOf: [][2]string{{"Harbor Guest House", "Velm"}, {"Velm", "Norland"}},
	},
	"a2": {
		text:     "Tanabe met Olsen at the Harbor Guest House on Tuesday. Defense Secretary Carl Voss visited Velm.",
		entities: []string{"Aiko Tanabe", "Bram Olsen", "Harbor Guest House", "Carl Voss", "Velm"},
		events: []eventSpec{
			{seed: "m1", typ: newsgraph.Meeting, status: newsgraph.Happened, date: "2025-10-28",
				participants: []string{"Aiko Tanabe", "Bram Olsen"}, location: "Harbor Guest House"},
			{seed: "v1", typ: newsgraph.Visit, status: newsgraph.Happened, date: "2025-10-28",
				participants: []string{"visitor:Carl Voss", "destination:Velm"}},
		},
	},
	"a3": {
		text:     "Olsen met Voss and Mira Sol in Velm.",
		entities: []string{"Bram Olsen", "Carl Voss", "Mira Sol", "Velm"},
		events: []eventSpec{{seed: "m2", typ: newsgraph.Meeting, status: newsgraph.Happened, date: "2025-10-29",
			participants: []string{"Bram Olsen", "Carl Voss", "Mira Sol"}, location: "Velm"}},
	},
	"a4": {
		text:     "Tanabe met President Dane Ruiz of Ostra at the Harbor Guest House.",
		entities: []string{"Aiko Tanabe", "Dane Ruiz", "Harbor Guest House"},
		roles:    map[string][2]string{"Dane Ruiz": {"president", "Ostra"}},
		events: []eventSpec{{seed: "m3", typ: newsgraph.Meeting, status: newsgraph.Happened, date: "2025-10-28",
			participants: []string{"Aiko Tanabe", "Dane Ruiz"}, location: "Harbor Guest House"}},
	},
	// a5 is ingested only by the tests that ask for it: a minister who acts
	// only through his country.
	"a5": {
		text:     "Foreign Minister Kai Lund of Ostra said Ostra and Norland signed a treaty with Tanabe.",
		entities: []string{"Kai Lund", "Ostra", "Norland", "Aiko Tanabe"},
		roles:    map[string][2]string{"Kai Lund": {"foreign minister", "Ostra"}},
		events: []eventSpec{{seed: "g1", typ: newsgraph.Agreement, status: newsgraph.Happened, date: "2025-10-30",
			participants: []string{"party:Ostra", "party:Norland", "signatory:Aiko Tanabe"}}},
	},
	// a6 is ingested only by the tests that ask for it: dates a text states
	// only to the month or the year.
	"a6": {
		text:     "Tanabe met Olsen in September. Voss toured Norland in 2024.",
		entities: []string{"Aiko Tanabe", "Bram Olsen", "Carl Voss", "Norland"},
		events: []eventSpec{
			{seed: "m6", typ: newsgraph.Meeting, status: newsgraph.Happened, date: "2025-09",
				participants: []string{"Aiko Tanabe", "Bram Olsen"}},
			{seed: "v6", typ: newsgraph.Visit, status: newsgraph.Happened, date: "2024",
				participants: []string{"visitor:Carl Voss", "destination:Norland"}},
		},
	},
	// a0 is ingested only by the tests that ask for it: a later report of
	// the a1/a2 meeting, in two sentences, under an id that sorts first.
	"a0": {
		text:     "Olsen spoke of the talks. Tanabe and Olsen met at the Harbor Guest House.",
		entities: []string{"Bram Olsen", "Aiko Tanabe", "Harbor Guest House"},
		events: []eventSpec{
			{seed: "m1", typ: newsgraph.Meeting, status: newsgraph.Happened, date: "2025-10-28",
				participants: []string{"Aiko Tanabe", "Bram Olsen"}, location: "Harbor Guest House"},
			{seed: "m1", typ: newsgraph.Meeting, status: newsgraph.Happened, date: "2025-10-28",
				participants: []string{"Bram Olsen", "Aiko Tanabe"}, location: "Harbor Guest House"},
		},
	},
}

// defaultDocs are the documents newServer ingests when not told otherwise.
var defaultDocs = []string{"a1", "a2", "a3", "a4"}

var published = map[string]string{"a0": "2025-11-02", "a1": "2025-10-22", "a2": "2025-10-28", "a3": "2025-10-29", "a4": "2025-10-28", "a5": "2025-10-30", "a6": "2025-11-03"}

func entityID(name string) newsgraph.EntityID {
	s := entitySpecs[name]
	return newsgraph.NewEntityID(s.typ, s.name)
}

// fixtureIngester stands in for the extractor, which is written elsewhere:
// it writes hand-built extractions of the test corpus into the real store,
// and links by looking surface forms up in the store.
type fixtureIngester struct {
	store *store.Store
}

func (f fixtureIngester) Ingest(ctx context.Context, doc newsgraph.Document) (*newsgraph.Extraction, error) {
	spec, ok := docSpecs[string(doc.ID)]
	if !ok || spec.text != doc.Text {
		return nil, fmt.Errorf("fixture has no document %q with this text: %w", doc.ID, newsgraph.ErrInvalid)
	}
	x := build(doc, spec)
	if err := f.store.Put(ctx, x); err != nil {
		return nil, err
	}
	return x, nil
}

func (f fixtureIngester) Link(ctx context.Context, text string) ([]newsgraph.LinkedMention, error) {
	var out []newsgraph.LinkedMention
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '.' || r == ',' }) {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		start := strings.Index(text, w)
		lm := newsgraph.LinkedMention{Text: w, Span: newsgraph.Span{Start: start, End: start + len(w)}, Type: newsgraph.Other, Confidence: 0.5}
		if es, err := f.store.EntitiesByKey(ctx, newsgraph.AliasKey(w)); err != nil {
			return nil, err
		} else if len(es) > 0 {
			lm.Entity, lm.Type, lm.Confidence = es[0].ID, es[0].Type, 0.9
		}
		out = append(out, lm)
	}
	return out, nil
}

// build makes the extraction of one test document: sentences split at ". ",
// a mention wherever a surface form occurs, evidence pointing at them.
func build(doc newsgraph.Document, spec docSpec) *newsgraph.Extraction {
	x := &newsgraph.Extraction{Document: doc}
	text := doc.Text
	for start := 0; start < len(text); {
		end := strings.Index(text[start:], ". ")
		if end < 0 {
			x.Sentences = append(x.Sentences, newsgraph.Span{Start: start, End: len(text)})
			break
		}
		x.Sentences = append(x.Sentences, newsgraph.Span{Start: start, End: start + end + 1})
		start += end + 2
	}
	evidence := func(sp newsgraph.Span) newsgraph.Evidence {
		for i, s := range x.Sentences {
			if sp.Start >= s.Start && sp.End <= s.End {
				return newsgraph.Evidence{Document: doc.ID, Sentence: i, Span: sp, Text: text[s.Start:s.End]}
			}
		}
		panic("span outside every sentence")
	}
	first := map[string]newsgraph.Evidence{}
	for _, name := range spec.entities {
		es := entitySpecs[name]
		e := newsgraph.Entity{ID: entityID(name), Name: es.name, Type: es.typ}
		taken := map[int]bool{}
		for _, form := range es.forms {
			for off := 0; ; {
				i := strings.Index(text[off:], form)
				if i < 0 {
					break
				}
				sp := newsgraph.Span{Start: off + i, End: off + i + len(form)}
				off = sp.End
				if taken[sp.Start] || taken[sp.End-1] {
					continue
				}
				for k := sp.Start; k < sp.End; k++ {
					taken[k] = true
				}
				ev := evidence(sp)
				if _, ok := first[name]; !ok {
					first[name] = ev
				}
				x.Mentions = append(x.Mentions, newsgraph.Mention{Entity: e.ID, Text: form, Type: es.typ, Evidence: ev})
				e.Mentions++
				if !contains(e.Aliases, form) {
					e.Aliases = append(e.Aliases, form)
				}
			}
		}
		if r, ok := spec.roles[name]; ok {
			e.Roles = append(e.Roles, newsgraph.Role{Title: r[0], Of: entityID(r[1]), OfName: r[1], Sources: []newsgraph.Evidence{first[name]}})
		}
		x.Entities = append(x.Entities, e)
	}
	for _, es := range spec.events {
		ev := newsgraph.Event{ID: newsgraph.NewEventID(es.typ, es.seed), Type: es.typ, Status: es.status, Start: es.date, End: es.date}
		for _, p := range es.participants {
			role, name, ok := strings.Cut(p, ":")
			if !ok {
				role, name = newsgraph.RoleParticipant, p
			}
			ev.Participants = append(ev.Participants, newsgraph.Participant{Role: role, Entity: entityID(name)})
		}
		if es.location != "" {
			ev.Location = entityID(es.location)
		}
		_, firstName, ok := strings.Cut(es.participants[0], ":")
		if !ok {
			firstName = es.participants[0]
		}
		src := first[firstName]
		src.Span = x.Sentences[src.Sentence]
		ev.Sources = []newsgraph.Evidence{src}
		x.Events = append(x.Events, ev)
	}
	for _, p := range spec.partOf {
		x.PartOf = append(x.PartOf, newsgraph.PartOf{Part: entityID(p[0]), Whole: entityID(p[1]), Evidence: first[p[0]]})
	}
	return x
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// server is the real handler over a real memory store, with the corpus
// ingested through the ingestDocument mutation.
type server struct {
	t       testing.TB
	store   *store.Store
	handler http.Handler
	token   string // sent as the bearer token
}

func newServer(t testing.TB, cfg graph.Config, docs ...string) *server {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if cfg.Store == nil {
		cfg.Store = st
	}
	cfg.Ingester = fixtureIngester{store: st}
	s := &server{t: t, store: st, handler: graph.New(cfg), token: cfg.WriteToken}
	if len(docs) == 0 {
		docs = defaultDocs
	}
	for _, id := range docs {
		s.ingest(id)
	}
	return s
}

func (s *server) ingest(id string) {
	s.t.Helper()
	var out struct {
		IngestDocument struct{ Document struct{ ID string } }
	}
	s.must(`mutation($input: DocumentInput!) { ingestDocument(input: $input) { document { id } } }`,
		map[string]any{"input": map[string]any{"id": id, "text": docSpecs[id].text, "published": published[id]}}, &out)
	if out.IngestDocument.Document.ID != id {
		s.t.Fatalf("ingest kept id %q, want %q", out.IngestDocument.Document.ID, id)
	}
}

type response struct {
	status int
	Data   json.RawMessage
	Errors []struct {
		Message    string
		Path       []any
		Extensions map[string]any
	}
}

// post sends one GraphQL request the way score.py does.
func (s *server) post(body map[string]any) response {
	s.t.Helper()
	b, _ := json.Marshal(body)
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	if s.token != "" {
		req.Header.Set("Authorization", "Bearer "+s.token)
	}
	rec := httptest.NewRecorder()
	s.handler.ServeHTTP(rec, req)
	var r response
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		s.t.Fatalf("status %d, body %q: %v", rec.Code, rec.Body.String(), err)
	}
	r.status = rec.Code
	return r
}

func (s *server) query(q string, vars map[string]any) response {
	s.t.Helper()
	return s.post(map[string]any{"query": q, "variables": vars})
}

// must runs a query that has to succeed and decodes its data into out.
func (s *server) must(q string, vars map[string]any, out any) {
	s.t.Helper()
	r := s.query(q, vars)
	if len(r.Errors) > 0 {
		s.t.Fatalf("query failed: %+v\n%s", r.Errors, q)
	}
	if out != nil {
		if err := json.Unmarshal(r.Data, out); err != nil {
			s.t.Fatalf("decode %s: %v", r.Data, err)
		}
	}
}

// errorOf runs a query that has to fail and returns its first message.
func (s *server) errorOf(q string, vars map[string]any) string {
	s.t.Helper()
	r := s.query(q, vars)
	if len(r.Errors) == 0 {
		s.t.Fatalf("query succeeded, want an error: %s\n%s", r.Data, q)
	}
	return r.Errors[0].Message
}
