package graph

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph/model"
)

// optional turns the vocabulary's "empty means unknown" into GraphQL null.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// optionalField is optional for a field of an object a resolver is given:
// the field itself rather than a copy (an event's start at every event of
// a page), as what a resolver answers is only written out.
func optionalField(s *string) *string {
	if *s == "" {
		return nil
	}
	return s
}

// precisionOf is the precision of an event's or a claim's start; nil when
// it is undated.
func precisionOf(start string) *newsgraph.DatePrecision {
	p := newsgraph.PrecisionOf(start)
	if p == "" {
		return nil
	}
	return &p
}

// emptyEvents answers an event query that cannot match (a name that names
// nothing), or passes its error on.
func emptyEvents(p page, err error) (*model.EventConnection, error) {
	if err != nil {
		return nil, err
	}
	return eventConnection(nil, p)
}

// node finds any Node by id: entity and event ids are IRIs with their own
// prefixes; anything else is a document id or, failing that, a decision id.
func (r *Resolver) node(ctx context.Context, id string) (model.Node, error) {
	l := r.loadersFor(ctx)
	switch {
	case strings.HasPrefix(id, newsgraph.EntityIRI):
		e, err := r.entity(ctx, newsgraph.EntityID(id))
		if err != nil || e == nil {
			return nil, err
		}
		return e, nil
	case strings.HasPrefix(id, newsgraph.EventIRI):
		ev, err := l.events.Load(ctx, newsgraph.EventID(id))
		if err != nil || ev == nil {
			return nil, err
		}
		return ev, nil
	}
	d, err := l.documents.Load(ctx, newsgraph.DocumentID(id))
	if err != nil {
		return nil, fmt.Errorf("graph: document %s: %w", id, err)
	}
	if d != nil {
		return d, nil
	}
	ds, err := r.store.Decisions(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: decisions: %w", err)
	}
	for i := range ds {
		if ds[i].ID == id {
			return &ds[i], nil
		}
	}
	return nil, nil
}

// documentPage lists the documents that match filter, in id order. Without
// a filter it reads only the page's documents (their texts can be large).
func (r *Resolver) documentPage(ctx context.Context, filter *model.DocumentFilter, p page) (*model.DocumentConnection, error) {
	var f model.DocumentFilter
	if filter != nil {
		f = *filter
	}
	from, err := dateArg("from", f.From, false)
	if err != nil {
		return nil, err
	}
	to, err := dateArg("to", f.To, true)
	if err != nil {
		return nil, err
	}
	var text string
	if f.Text != nil {
		text = strings.ToLower(*f.Text)
	}
	ids, err := r.store.DocumentIDs(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: document ids: %w", err)
	}
	if text == "" && from == "" && to == "" {
		w, docs, offsets, err := pageOfIDs(ids, p, func(page []newsgraph.DocumentID) (map[newsgraph.DocumentID]*newsgraph.Document, error) {
			return r.loadersFor(ctx).documents.LoadMany(ctx, page)
		})
		if err != nil {
			return nil, fmt.Errorf("graph: documents: %w", err)
		}
		c := &model.DocumentConnection{Nodes: docs, Edges: []*model.DocumentEdge{}, PageInfo: w.info, TotalCount: len(ids)}
		for i, d := range docs {
			c.Edges = append(c.Edges, &model.DocumentEdge{Cursor: cursor(offsets[i]), Node: d})
		}
		if err := r.primeDocuments(ctx, c.Nodes); err != nil {
			return nil, err
		}
		return c, nil
	}
	byID, err := r.loadersFor(ctx).documents.LoadMany(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("graph: documents: %w", err)
	}
	var out []*newsgraph.Document
	for _, id := range ids {
		d := byID[id]
		if d == nil {
			continue
		}
		if text != "" && !strings.Contains(strings.ToLower(d.Title), text) && !strings.Contains(strings.ToLower(d.Text), text) {
			continue
		}
		if from != "" || to != "" {
			if d.Published.IsZero() {
				continue
			}
			day := d.Published.Format(newsgraph.DateLayout)
			if (from != "" && day < from) || (to != "" && day > to) {
				continue
			}
		}
		out = append(out, d)
	}
	c, err := documentConnection(out, p)
	if err != nil {
		return nil, err
	}
	if err := r.primeDocuments(ctx, c.Nodes); err != nil {
		return nil, err
	}
	return c, nil
}

// primeDocuments reads what the query selects under the documents of a
// page that the field being resolved (a connection) returns.
func (r *Resolver) primeDocuments(ctx context.Context, docs []*newsgraph.Document) error {
	a := r.ahead(ctx)
	if a == nil {
		return nil
	}
	return a.documents(ctx, a.nodes(selections(ctx)), docs)
}

// stats counts documents, and entities and events per type (every type,
// zeros included, in the vocabulary's order).
func (r *Resolver) stats(ctx context.Context) (*model.Stats, error) {
	st, err := r.store.Stats(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: stats: %w", err)
	}
	s := &model.Stats{Documents: st.Documents, Entities: []*model.TypeCount{}, Events: []*model.TypeCount{}}
	for _, t := range newsgraph.EntityTypes {
		s.Entities = append(s.Entities, &model.TypeCount{Type: string(t), Count: st.Entities[string(t)]})
	}
	for _, t := range newsgraph.EventTypes {
		s.Events = append(s.Events, &model.TypeCount{Type: string(t), Count: st.Events[string(t)]})
	}
	return s, nil
}

// parsePublished reads DocumentInput.published: YYYY-MM-DD or RFC 3339.
func parsePublished(v *string) (time.Time, error) {
	if v == nil || strings.TrimSpace(*v) == "" {
		return time.Time{}, nil
	}
	s := strings.TrimSpace(*v)
	if t, err := time.Parse(newsgraph.DateLayout, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%w: published: %s is neither YYYY-MM-DD nor RFC 3339", newsgraph.ErrInvalid, Prefix(s))
}

// ingest extracts and stores one document and answers with what the graph
// now holds for it: the entities and events folded across every document,
// not only this one's view of them.
func (r *Resolver) ingest(ctx context.Context, in model.DocumentInput) (*model.IngestPayload, error) {
	published, err := parsePublished(in.Published)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(in.Text) == "" {
		return nil, fmt.Errorf("%w: text is empty", newsgraph.ErrInvalid)
	}
	doc := newsgraph.Document{Text: in.Text, Published: published}
	if in.ID != nil {
		doc.ID = newsgraph.DocumentID(strings.TrimSpace(*in.ID))
	}
	if in.Title != nil {
		doc.Title = *in.Title
	}
	if in.URL != nil {
		doc.URL = *in.URL
	}
	ext, err := r.ingester.Ingest(ctx, doc)
	if err != nil {
		return nil, fmt.Errorf("graph: ingest: %w", err)
	}
	out := &model.IngestPayload{Document: &ext.Document, Mentions: len(ext.Mentions), Entities: []*newsgraph.Entity{}, Events: []*newsgraph.Event{}}
	var entIDs []newsgraph.EntityID
	for _, e := range ext.Entities {
		entIDs = append(entIDs, e.ID)
	}
	ents, err := r.store.Entities(ctx, entIDs)
	if err != nil {
		return nil, fmt.Errorf("graph: ingested entities: %w", err)
	}
	for i, e := range ext.Entities {
		if got := ents[e.ID]; got != nil {
			out.Entities = append(out.Entities, got)
		} else {
			out.Entities = append(out.Entities, &ext.Entities[i])
		}
	}
	var evIDs []newsgraph.EventID
	for _, ev := range ext.Events {
		evIDs = append(evIDs, ev.ID)
	}
	evs, err := r.store.Events(ctx, evIDs)
	if err != nil {
		return nil, fmt.Errorf("graph: ingested events: %w", err)
	}
	for i, ev := range ext.Events {
		if got := evs[ev.ID]; got != nil {
			out.Events = append(out.Events, got)
		} else {
			out.Events = append(out.Events, &ext.Events[i])
		}
	}
	if stored, err := r.store.Documents(ctx, []newsgraph.DocumentID{ext.Document.ID}); err == nil && stored[ext.Document.ID] != nil {
		out.Document = stored[ext.Document.ID]
	}
	return out, nil
}

// decide records a curation decision by the request's identity; the store
// checks that the entities it names exist.
func (r *Resolver) decide(ctx context.Context, d newsgraph.Decision) (*newsgraph.Decision, error) {
	d.By = identityOf(ctx).name
	d.At = time.Now().UTC()
	got, err := r.store.AddDecision(ctx, d)
	if err != nil {
		return nil, fmt.Errorf("graph: %s decision: %w", strings.ToLower(d.Kind), err)
	}
	return &got, nil
}
