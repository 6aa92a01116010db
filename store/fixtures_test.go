package store

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// article builds an extraction for text, splitting sentences at ". " so
// that tests can write prose and point at it by surface form.
type article struct {
	t *testing.T
	x *newsgraph.Extraction
}

func newArticle(t *testing.T, id, published, text string) *article {
	t.Helper()
	x := &newsgraph.Extraction{Document: newsgraph.Document{
		ID: newsgraph.DocumentID(id), Title: "Title of " + id, URL: "https://news.example/" + id, Text: text,
	}}
	if published != "" {
		p, err := time.Parse(newsgraph.DateLayout, published)
		if err != nil {
			t.Fatal(err)
		}
		x.Document.Published = p
	}
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], ". ")
		if end < 0 {
			end = len(text)
		} else {
			end = start + end + 1
		}
		x.Sentences = append(x.Sentences, newsgraph.Span{Start: start, End: end})
		start = end
		for start < len(text) && text[start] == ' ' {
			start++
		}
	}
	return &article{t: t, x: x}
}

// evidence points at the n-th occurrence (from 0) of surface.
func (a *article) evidence(surface string, n int) newsgraph.Evidence {
	a.t.Helper()
	text := a.x.Document.Text
	off := -1
	for i, from := 0, 0; i <= n; i++ {
		j := strings.Index(text[from:], surface)
		if j < 0 {
			a.t.Fatalf("%q: no occurrence %d of %q", a.x.Document.ID, n, surface)
		}
		off = from + j
		from = off + len(surface)
	}
	sent := 0
	for i, sp := range a.x.Sentences {
		if off >= sp.Start && off < sp.End {
			sent = i
		}
	}
	return newsgraph.Evidence{Document: a.x.Document.ID, Sentence: sent, Span: newsgraph.Span{Start: off, End: off + len(surface)}}
}

func (a *article) sentence(surface string) string {
	ev := a.evidence(surface, 0)
	sp := a.x.Sentences[ev.Sentence]
	return a.x.Document.Text[sp.Start:sp.End]
}

// entity declares an entity under name and adds a mention for every
// occurrence of each surface form (the name included).
func (a *article) entity(t newsgraph.EntityType, name string, surfaces ...string) newsgraph.EntityID {
	id := newsgraph.NewEntityID(t, name)
	a.entityID(id, t, name, surfaces...)
	return id
}

func (a *article) entityID(id newsgraph.EntityID, t newsgraph.EntityType, name string, surfaces ...string) {
	a.t.Helper()
	e := newsgraph.Entity{ID: id, Name: name, Type: t}
	for _, s := range append([]string{name}, surfaces...) {
		if s != name {
			e.Aliases = append(e.Aliases, s)
		}
		for n := 0; strings.Count(a.x.Document.Text, s) > n; n++ {
			a.x.Mentions = append(a.x.Mentions, newsgraph.Mention{Entity: id, Text: s, Type: t, Evidence: a.evidence(s, n)})
		}
	}
	a.x.Entities = append(a.x.Entities, e)
}

func (a *article) role(e newsgraph.EntityID, title string, of newsgraph.EntityID, former bool, surface string) {
	for i := range a.x.Entities {
		if a.x.Entities[i].ID == e {
			a.x.Entities[i].Roles = append(a.x.Entities[i].Roles, newsgraph.Role{
				Title: title, Of: of, Former: former, Sources: []newsgraph.Evidence{a.evidence(surface, 0)},
			})
			return
		}
	}
	a.t.Fatalf("role for unknown entity %s", e)
}

// event adds an event minted from this document and the evidence offset.
func (a *article) event(id newsgraph.EventID, t newsgraph.EventType, status newsgraph.EventStatus, date string, loc newsgraph.EntityID, surface string, parts ...newsgraph.Participant) newsgraph.EventID {
	ev := a.evidence(surface, 0)
	if id == "" {
		id = newsgraph.NewEventID(t, string(a.x.Document.ID)+":"+surface)
	}
	a.x.Events = append(a.x.Events, newsgraph.Event{
		ID: id, Type: t, Status: status, Start: date, End: date, Location: loc,
		Participants: parts, Sources: []newsgraph.Evidence{ev},
	})
	return id
}

func part(role string, e newsgraph.EntityID) newsgraph.Participant {
	return newsgraph.Participant{Role: role, Entity: e}
}
