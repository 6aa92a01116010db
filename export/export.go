// Package export writes the whole graph in formats other tools read:
// JSON-LD with schema.org types, and CSV with one row per event (the shape
// event-data users know from GDELT). N-Quads come from the store itself.
package export

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// Graph is the part of the store an export reads.
type Graph interface {
	DocumentIDs(ctx context.Context) ([]newsgraph.DocumentID, error)
	Documents(ctx context.Context, ids []newsgraph.DocumentID) (map[newsgraph.DocumentID]*newsgraph.Document, error)
	EntityIDs(ctx context.Context, t newsgraph.EntityType) ([]newsgraph.EntityID, error)
	Entities(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID]*newsgraph.Entity, error)
	EventIDs(ctx context.Context, t newsgraph.EventType) ([]newsgraph.EventID, error)
	Events(ctx context.Context, ids []newsgraph.EventID) (map[newsgraph.EventID]*newsgraph.Event, error)
}

// batch is how many ids one read asks for.
const batch = 500

func entities(ctx context.Context, g Graph) ([]*newsgraph.Entity, error) {
	ids, err := g.EntityIDs(ctx, "")
	if err != nil {
		return nil, err
	}
	return inBatches(ctx, ids, g.Entities)
}

func events(ctx context.Context, g Graph) ([]*newsgraph.Event, error) {
	ids, err := g.EventIDs(ctx, "")
	if err != nil {
		return nil, err
	}
	return inBatches(ctx, ids, g.Events)
}

// inBatches reads ids batch ids at a time, keeping their order and dropping
// those the store no longer has.
func inBatches[K comparable, V any](ctx context.Context, ids []K, read func(context.Context, []K) (map[K]*V, error)) ([]*V, error) {
	out := make([]*V, 0, len(ids))
	for i := 0; i < len(ids); i += batch {
		part := ids[i:min(i+batch, len(ids))]
		m, err := read(ctx, part)
		if err != nil {
			return nil, err
		}
		for _, id := range part {
			if v := m[id]; v != nil {
				out = append(out, v)
			}
		}
	}
	return out, nil
}

// CSV writes one row per event: id, type, status, start, end, participants
// (names joined by "; "), participant ids, location, location id, number of
// sources, source document ids.
func CSV(ctx context.Context, g Graph, w io.Writer) error {
	evs, err := events(ctx, g)
	if err != nil {
		return err
	}
	names, err := nameIndex(ctx, g, evs)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "type", "status", "start", "end", "participants", "participant_ids", "location", "location_id", "sources", "source_ids"})
	for _, ev := range evs {
		var ps, pids []string
		for _, p := range ev.Participants {
			ps = append(ps, names[p.Entity])
			pids = append(pids, string(p.Entity))
		}
		docs := sourceDocs(ev)
		cw.Write([]string{string(ev.ID), string(ev.Type), string(ev.Status), ev.Start, ev.End,
			strings.Join(ps, "; "), strings.Join(pids, "; "), names[ev.Location], string(ev.Location),
			strconv.Itoa(len(docs)), strings.Join(docs, "; ")})
	}
	cw.Flush()
	return cw.Error()
}

func sourceDocs(ev *newsgraph.Event) []string {
	seen := map[newsgraph.DocumentID]bool{}
	var docs []string
	for _, s := range ev.Sources {
		if !seen[s.Document] {
			seen[s.Document] = true
			docs = append(docs, string(s.Document))
		}
	}
	sort.Strings(docs)
	return docs
}

func nameIndex(ctx context.Context, g Graph, evs []*newsgraph.Event) (map[newsgraph.EntityID]string, error) {
	set := map[newsgraph.EntityID]bool{}
	for _, ev := range evs {
		for _, p := range ev.Participants {
			set[p.Entity] = true
		}
		if ev.Location != "" {
			set[ev.Location] = true
		}
	}
	ids := make([]newsgraph.EntityID, 0, len(set))
	for id := range set {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	names := map[newsgraph.EntityID]string{}
	for i := 0; i < len(ids); i += batch {
		m, err := g.Entities(ctx, ids[i:min(i+batch, len(ids))])
		if err != nil {
			return nil, err
		}
		for id, e := range m {
			names[id] = e.Name
		}
	}
	return names, nil
}

// schemaType maps entity types to schema.org classes.
var schemaType = map[newsgraph.EntityType]string{
	newsgraph.Person:       "Person",
	newsgraph.Organization: "Organization",
	newsgraph.GPE:          "AdministrativeArea",
	newsgraph.Location:     "Place",
	newsgraph.Facility:     "CivicStructure",
	newsgraph.Other:        "Thing",
}

var eventType = map[newsgraph.EventType]string{
	newsgraph.Meeting:   "Event",
	newsgraph.Visit:     "Event",
	newsgraph.Agreement: "Event",
}

var eventStatus = map[newsgraph.EventStatus]string{
	newsgraph.Happened:  "https://schema.org/EventScheduled",
	newsgraph.Planned:   "https://schema.org/EventScheduled",
	newsgraph.Cancelled: "https://schema.org/EventCancelled",
	newsgraph.Uncertain: "https://schema.org/EventPostponed",
}

// JSONLD writes the graph as one JSON-LD document with schema.org types:
// entities (Person, Organization, places) with roles as schema:Role nodes
// carrying startDate/endDate, events with participants, location, dates and
// their evidence (schema:citation to CreativeWork nodes per sentence).
func JSONLD(ctx context.Context, g Graph, w io.Writer) error {
	ents, err := entities(ctx, g)
	if err != nil {
		return err
	}
	evs, err := events(ctx, g)
	if err != nil {
		return err
	}
	docIDs, err := g.DocumentIDs(ctx)
	if err != nil {
		return err
	}
	docs, err := inBatches(ctx, docIDs, g.Documents)
	if err != nil {
		return err
	}
	var nodes []map[string]any
	for _, d := range docs {
		n := map[string]any{"@id": docIRI(d.ID), "@type": "NewsArticle", "identifier": string(d.ID)}
		if d.Title != "" {
			n["headline"] = d.Title
		}
		if d.URL != "" {
			n["url"] = d.URL
		}
		if !d.Published.IsZero() {
			n["datePublished"] = date(d.Published.Format(newsgraph.DateLayout))
		}
		nodes = append(nodes, n)
	}
	for _, e := range ents {
		n := map[string]any{"@id": string(e.ID), "@type": schemaType[e.Type], "name": e.Name, "newsgraph:entityType": string(e.Type)}
		if len(e.Aliases) > 0 {
			n["alternateName"] = e.Aliases
		}
		var roles []map[string]any
		for _, r := range e.Roles {
			role := map[string]any{"@type": "OrganizationRole", "roleName": r.Title}
			if r.Of != "" {
				role["memberOf"] = map[string]any{"@id": string(r.Of)}
			}
			if r.Since != "" {
				role["startDate"] = date(r.Since)
			}
			if r.Until != "" && r.Former {
				role["endDate"] = date(r.Until)
			}
			role["citation"] = evidence(r.Sources)
			roles = append(roles, role)
		}
		if len(roles) > 0 {
			n["hasOccupation"] = roles
		}
		nodes = append(nodes, n)
	}
	for _, ev := range evs {
		n := map[string]any{"@id": string(ev.ID), "@type": eventType[ev.Type], "additionalType": "newsgraph:" + string(ev.Type),
			"eventStatus": eventStatus[ev.Status], "newsgraph:status": string(ev.Status)}
		if ev.Start != "" {
			n["startDate"] = date(ev.Start)
		}
		if ev.End != "" {
			n["endDate"] = date(ev.End)
		}
		var ps []map[string]any
		for _, p := range ev.Participants {
			ps = append(ps, map[string]any{"@type": "Role", "roleName": p.Role, "attendee": map[string]any{"@id": string(p.Entity)}})
		}
		n["attendee"] = ps
		if ev.Location != "" {
			n["location"] = map[string]any{"@id": string(ev.Location)}
		}
		n["citation"] = evidence(ev.Sources)
		nodes = append(nodes, n)
	}
	out := map[string]any{"@context": jsonldContext, "@graph": nodes}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// jsonldContext maps the export's terms to schema.org (the default
// vocabulary) and newsgraph's own terms; the properties whose values are
// nodes (eventStatus, additionalType, url) are IRIs, not strings.
var jsonldContext = map[string]any{
	"@vocab":         "https://schema.org/",
	"newsgraph":      "urn:newsgraph:vocab:",
	"xsd":            "http://www.w3.org/2001/XMLSchema#",
	"eventStatus":    map[string]any{"@type": "@id"},
	"additionalType": map[string]any{"@type": "@id"},
	"url":            map[string]any{"@type": "@id"},
}

// date is a date as a typed literal of its grain: xsd:date for
// YYYY-MM-DD, xsd:gYearMonth for YYYY-MM, xsd:gYear for YYYY.
func date(d string) map[string]any {
	t := "xsd:date"
	switch len(d) {
	case 7:
		t = "xsd:gYearMonth"
	case 4:
		t = "xsd:gYear"
	}
	return map[string]any{"@value": d, "@type": t}
}

func docIRI(id newsgraph.DocumentID) string { return "urn:newsgraph:document:" + string(id) }

func evidence(ev []newsgraph.Evidence) []map[string]any {
	out := []map[string]any{}
	for _, e := range ev {
		out = append(out, map[string]any{"@type": "CreativeWork", "isPartOf": map[string]any{"@id": docIRI(e.Document)},
			"text": e.Text, "newsgraph:sentence": e.Sentence, "newsgraph:start": e.Span.Start, "newsgraph:end": e.Span.End})
	}
	return out
}
