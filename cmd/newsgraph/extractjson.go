package main

import (
	"github.com/newsgraph/newsgraph"
)

// The JSON that "extract --format json" prints: one article's extraction in
// the shape and names of the GraphQL API (schema/schema.graphqls): camelCase
// fields, dates as YYYY-MM-DD (an event's start and end at the precision the
// text states: YYYY-MM-DD, YYYY-MM or YYYY, named by precision), a reference
// to an entity as {id, name}, and a field the API would answer null for left
// out.

type xDocument struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
}

type xRef struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
}

type xEvidence struct {
	Document xRef   `json:"document"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
}

type xMention struct {
	Text     string    `json:"text"`
	Type     string    `json:"type"`
	Entity   *xRef     `json:"entity,omitempty"`
	Evidence xEvidence `json:"evidence"`
}

type xRole struct {
	Title   string      `json:"title"`
	Of      *xRef       `json:"of,omitempty"`
	Former  bool        `json:"former"`
	Since   string      `json:"since,omitempty"`
	Until   string      `json:"until,omitempty"`
	Sources []xEvidence `json:"sources"`
}

type xEntity struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Type         string   `json:"type"`
	Aliases      []string `json:"aliases"`
	Roles        []xRole  `json:"roles"`
	MentionCount int      `json:"mentionCount"`
	PartOf       []xRef   `json:"partOf"`
}

type xParticipant struct {
	Role   string `json:"role"`
	Entity xRef   `json:"entity"`
}

type xEvent struct {
	ID           string         `json:"id"`
	Type         string         `json:"type"`
	Status       string         `json:"status"`
	Start        string         `json:"start,omitempty"`
	End          string         `json:"end,omitempty"`
	Precision    string         `json:"precision,omitempty"`
	Participants []xParticipant `json:"participants"`
	Location     *xRef          `json:"location,omitempty"`
	Sources      []xEvidence    `json:"sources"`
}

type xExtraction struct {
	Document xDocument  `json:"document"`
	Mentions []xMention `json:"mentions"`
	Entities []xEntity  `json:"entities"`
	Events   []xEvent   `json:"events"`
}

// extractionJSON converts an extraction to the API's shape.
func extractionJSON(x *newsgraph.Extraction) xExtraction {
	names := map[newsgraph.EntityID]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
	}
	ref := func(id newsgraph.EntityID) xRef { return xRef{ID: string(id), Name: names[id]} }
	opt := func(id newsgraph.EntityID) *xRef {
		if id == "" {
			return nil
		}
		r := ref(id)
		return &r
	}
	evidence := func(evs []newsgraph.Evidence) []xEvidence {
		out := []xEvidence{}
		for _, e := range evs {
			out = append(out, xEvidence{Document: xRef{ID: string(e.Document)}, Sentence: e.Sentence, Start: e.Span.Start, End: e.Span.End, Text: e.Text})
		}
		return out
	}
	d := x.Document
	out := xExtraction{Document: xDocument{ID: string(d.ID), Title: d.Title, URL: d.URL},
		Mentions: []xMention{}, Entities: []xEntity{}, Events: []xEvent{}}
	if !d.Published.IsZero() {
		out.Document.Published = d.Published.Format(newsgraph.DateLayout)
	}
	for _, m := range x.Mentions {
		out.Mentions = append(out.Mentions, xMention{Text: m.Text, Type: string(m.Type), Entity: opt(m.Entity), Evidence: evidence([]newsgraph.Evidence{m.Evidence})[0]})
	}
	partOf := map[newsgraph.EntityID][]xRef{}
	for _, p := range x.PartOf {
		partOf[p.Part] = append(partOf[p.Part], ref(p.Whole))
	}
	for _, e := range x.Entities {
		xe := xEntity{ID: string(e.ID), Name: e.Name, Type: string(e.Type), Aliases: append([]string{}, e.Aliases...),
			Roles: []xRole{}, MentionCount: e.Mentions, PartOf: append([]xRef{}, partOf[e.ID]...)}
		for _, r := range e.Roles {
			xr := xRole{Title: r.Title, Former: r.Former, Since: r.Since, Until: r.Until, Sources: evidence(r.Sources)}
			if r.Of != "" {
				xr.Of = &xRef{ID: string(r.Of), Name: r.OfName}
			}
			xe.Roles = append(xe.Roles, xr)
		}
		out.Entities = append(out.Entities, xe)
	}
	for _, ev := range x.Events {
		xv := xEvent{ID: string(ev.ID), Type: string(ev.Type), Status: string(ev.Status), Start: ev.Start, End: ev.End,
			Precision: string(newsgraph.PrecisionOf(ev.Start)), Participants: []xParticipant{}, Location: opt(ev.Location), Sources: evidence(ev.Sources)}
		for _, p := range ev.Participants {
			xv.Participants = append(xv.Participants, xParticipant{Role: p.Role, Entity: ref(p.Entity)})
		}
		out.Events = append(out.Events, xv)
	}
	return out
}
