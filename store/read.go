package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// reader answers one read call: it remembers the documents, statements and
// types it has loaded, so that a batch touches each node once.
type reader struct {
	s      *Store
	ctx    context.Context
	view   *view
	heads  map[newsgraph.DocumentID]*newsgraph.Document // nil value: no such document
	bodies map[newsgraph.DocumentID]*body
	stmts  map[newsgraph.EntityID][]*stmt
	types  map[newsgraph.EntityID]newsgraph.EntityType
}

type body struct {
	text      string
	sentences []newsgraph.Span
}

// stmt is what one document says about one entity.
type stmt struct {
	doc      newsgraph.DocumentID
	names    []string
	types    []newsgraph.EntityType
	aliases  []string
	mentions []newsgraph.Mention
	roles    []*roleStmt
	partOf   []newsgraph.EntityID
}

type roleStmt struct {
	title    string
	of       newsgraph.EntityID
	ofName   string
	former   bool
	evidence []newsgraph.Evidence
}

// claim is what one document says about one event.
type claim struct {
	doc          newsgraph.DocumentID
	published    string
	types        []newsgraph.EventType
	status       newsgraph.EventStatus
	start, end   string
	location     newsgraph.EntityID
	participants []newsgraph.Participant
	evidence     []newsgraph.Evidence
}

func (s *Store) reader(ctx context.Context) *reader {
	return &reader{
		s:      s,
		ctx:    ctx,
		view:   newView(s.decisions),
		heads:  make(map[newsgraph.DocumentID]*newsgraph.Document),
		bodies: make(map[newsgraph.DocumentID]*body),
		stmts:  make(map[newsgraph.EntityID][]*stmt),
		types:  make(map[newsgraph.EntityID]newsgraph.EntityType),
	}
}

func (r *reader) each(dir quad.Direction, v quad.Value, fn func(q quad.Quad)) error {
	return r.s.each(r.ctx, dir, v, fn)
}

func str(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.IRI:
		return string(v)
	case nil:
		return ""
	default:
		return v.String()
	}
}

// head loads a document without its text; nil when there is no such document.
func (r *reader) head(id newsgraph.DocumentID) (*newsgraph.Document, error) {
	if d, ok := r.heads[id]; ok {
		return d, nil
	}
	var d *newsgraph.Document
	err := r.each(quad.Subject, headIRI(docIRI(id)), func(q quad.Quad) {
		if d == nil {
			d = &newsgraph.Document{ID: id}
		}
		switch q.Predicate {
		case pTitle:
			d.Title = str(q.Object)
		case pURL:
			d.URL = str(q.Object)
		case pPublished:
			d.Published, _ = time.Parse(time.RFC3339Nano, str(q.Object))
		}
	})
	if err != nil {
		return nil, err
	}
	r.heads[id] = d
	return d, nil
}

// published is the document's date as YYYY-MM-DD, empty when unknown.
func (r *reader) published(id newsgraph.DocumentID) (string, error) {
	d, err := r.head(id)
	if err != nil || d == nil || d.Published.IsZero() {
		return "", err
	}
	return d.Published.Format(newsgraph.DateLayout), nil
}

func (r *reader) body(id newsgraph.DocumentID) (*body, error) {
	if b, ok := r.bodies[id]; ok {
		return b, nil
	}
	b := &body{}
	err := r.each(quad.Subject, bodyIRI(docIRI(id)), func(q quad.Quad) {
		switch q.Predicate {
		case pText:
			b.text = str(q.Object)
		case pSentences:
			b.sentences = decodeSentences(str(q.Object))
		}
	})
	if err != nil {
		return nil, err
	}
	r.bodies[id] = b
	return b, nil
}

// withText fills a mention's sentence text.
func (r *reader) withText(m newsgraph.Mention) (newsgraph.Mention, error) {
	ev, err := r.evidence(m.Evidence.Document, m.Evidence.Sentence, m.Evidence.Span)
	m.Evidence = ev
	return m, err
}

// evidence rebuilds an evidence pointer with its sentence text.
func (r *reader) evidence(doc newsgraph.DocumentID, sentence int, sp newsgraph.Span) (newsgraph.Evidence, error) {
	ev := newsgraph.Evidence{Document: doc, Sentence: sentence, Span: sp}
	b, err := r.body(doc)
	if err != nil {
		return ev, err
	}
	if sentence >= 0 && sentence < len(b.sentences) {
		ss := b.sentences[sentence]
		if ss.Start >= 0 && ss.Start <= ss.End && ss.End <= len(b.text) {
			ev.Text = b.text[ss.Start:ss.End]
		}
	}
	return ev, nil
}

func (r *reader) decodeEvidence(doc newsgraph.DocumentID, v quad.Value) (newsgraph.Evidence, string, error) {
	sentence, sp, rest, ok := decodeSpan(str(v))
	if !ok {
		return newsgraph.Evidence{}, "", fmt.Errorf("store: bad evidence %q in %s", str(v), doc)
	}
	ev, err := r.evidence(doc, sentence, sp)
	return ev, rest, err
}

// statements loads what every document says about entity e: the statement
// nodes pointing at e through the object index, then each one's quads.
func (r *reader) statements(e newsgraph.EntityID) ([]*stmt, error) {
	if st, ok := r.stmts[e]; ok {
		return st, nil
	}
	var nodes []quad.Value
	err := r.each(quad.Object, quad.IRI(e), func(q quad.Quad) {
		if q.Predicate == pAbout {
			nodes = append(nodes, q.Subject)
		}
	})
	if err != nil {
		return nil, err
	}
	var out []*stmt
	for _, n := range nodes {
		doc, ok := docOf(n)
		if !ok {
			continue
		}
		st, err := r.statement(doc, e, n)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].doc < out[j].doc })
	r.stmts[e] = out
	return out, nil
}

func (r *reader) statement(doc newsgraph.DocumentID, e newsgraph.EntityID, n quad.Value) (*stmt, error) {
	st := &stmt{doc: doc}
	var roles []quad.Value
	var ferr error
	err := r.each(quad.Subject, n, func(q quad.Quad) {
		switch q.Predicate {
		case pName:
			st.names = append(st.names, str(q.Object))
		case pEntType:
			st.types = append(st.types, newsgraph.EntityType(strings.TrimPrefix(str(q.Object), entityTypePref)))
		case pAlias:
			st.aliases = append(st.aliases, str(q.Object))
		case pPartOf:
			st.partOf = append(st.partOf, newsgraph.EntityID(str(q.Object)))
		case pRole:
			roles = append(roles, q.Object)
		case pMention:
			// The sentence text is filled only by the reads that return
			// mentions (withText): folding an entity needs surface forms
			// and counts, not every document's text.
			sentence, sp, rest, ok := decodeSpan(str(q.Object))
			if !ok {
				ferr = fmt.Errorf("store: bad mention %q in %s", str(q.Object), doc)
				return
			}
			typ, text, _ := strings.Cut(rest, ":")
			st.mentions = append(st.mentions, newsgraph.Mention{Entity: e, Text: text, Type: newsgraph.EntityType(typ),
				Evidence: newsgraph.Evidence{Document: doc, Sentence: sentence, Span: sp}})
		}
	})
	if err == nil {
		err = ferr
	}
	if err != nil {
		return nil, err
	}
	sort.Slice(roles, func(i, j int) bool { return str(roles[i]) < str(roles[j]) })
	for _, rn := range roles {
		rs := &roleStmt{}
		err := r.each(quad.Subject, rn, func(q quad.Quad) {
			switch q.Predicate {
			case pRoleTitle:
				rs.title = str(q.Object)
			case pOf:
				rs.of = newsgraph.EntityID(str(q.Object))
			case pOfName:
				rs.ofName = str(q.Object)
			case pFormer:
				rs.former = true
			case pEvidence:
				ev, _, err := r.decodeEvidence(doc, q.Object)
				if err != nil {
					ferr = err
					return
				}
				rs.evidence = append(rs.evidence, ev)
			}
		})
		if err == nil {
			err = ferr
		}
		if err != nil {
			return nil, err
		}
		st.roles = append(st.roles, rs)
	}
	sort.Strings(st.names)
	sort.Slice(st.mentions, func(i, j int) bool { return mentionLess(st.mentions[i], st.mentions[j]) })
	return st, nil
}

func mentionLess(a, b newsgraph.Mention) bool {
	if a.Evidence.Document != b.Evidence.Document {
		return a.Evidence.Document < b.Evidence.Document
	}
	if a.Evidence.Span.Start != b.Evidence.Span.Start {
		return a.Evidence.Span.Start < b.Evidence.Span.Start
	}
	if a.Evidence.Span.End != b.Evidence.Span.End {
		return a.Evidence.Span.End < b.Evidence.Span.End
	}
	return a.Entity < b.Entity
}

func evidenceLess(a, b newsgraph.Evidence) bool {
	if a.Document != b.Document {
		return a.Document < b.Document
	}
	if a.Sentence != b.Sentence {
		return a.Sentence < b.Sentence
	}
	if a.Span.Start != b.Span.Start {
		return a.Span.Start < b.Span.Start
	}
	return a.Span.End < b.Span.End
}

// claims loads what every document says about event v.
func (r *reader) claims(v newsgraph.EventID) ([]*claim, error) {
	var nodes []quad.Value
	err := r.each(quad.Object, quad.IRI(v), func(q quad.Quad) {
		if q.Predicate == pClaimOf {
			nodes = append(nodes, q.Subject)
		}
	})
	if err != nil {
		return nil, err
	}
	var out []*claim
	for _, n := range nodes {
		doc, ok := docOf(n)
		if !ok {
			continue
		}
		c := &claim{doc: doc}
		if c.published, err = r.published(doc); err != nil {
			return nil, err
		}
		var ferr error
		err := r.each(quad.Subject, n, func(q quad.Quad) {
			p := str(q.Predicate)
			switch {
			case q.Predicate == pEvType:
				c.types = append(c.types, newsgraph.EventType(strings.TrimPrefix(str(q.Object), eventTypePref)))
			case q.Predicate == pStatus:
				c.status = newsgraph.EventStatus(str(q.Object))
			case q.Predicate == pStart:
				c.start = str(q.Object)
			case q.Predicate == pEnd:
				c.end = str(q.Object)
			case q.Predicate == pLocation:
				c.location = newsgraph.EntityID(str(q.Object))
			case q.Predicate == pEvidence:
				ev, _, err := r.decodeEvidence(doc, q.Object)
				if err != nil {
					ferr = err
					return
				}
				c.evidence = append(c.evidence, ev)
			case strings.HasPrefix(p, participantPref):
				c.participants = append(c.participants, newsgraph.Participant{
					Role:   strings.TrimPrefix(p, participantPref),
					Entity: newsgraph.EntityID(str(q.Object)),
				})
			}
		})
		if err == nil {
			err = ferr
		}
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	// Oldest first; claims without a date count as oldest.
	sort.Slice(out, func(i, j int) bool {
		if out[i].published != out[j].published {
			return out[i].published < out[j].published
		}
		return out[i].doc < out[j].doc
	})
	return out, nil
}
