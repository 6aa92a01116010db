package store

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
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
	wholes map[newsgraph.EntityID][]newsgraph.EntityID // within

	// docStmts: a document's statements by entity (statementIn)
	docStmts map[newsgraph.DocumentID]map[newsgraph.EntityID]quad.Value

	// scan marks a read that folds entities by the thousand (a name
	// search, a listing of every person): it keeps the folds it makes but
	// leaves the kept literals and decoded statements as they were, so
	// that one scan neither pushes out what the next reads use nor leaves
	// the server a heap of statements no read asks for again (each a
	// dozen objects the collector marks at every cycle).
	scan bool
	// keepFolds keeps the folds of a scan all the same (Warm's).
	keepFolds bool
}

type body struct {
	text      string
	sentences []newsgraph.Span
}

// stmt is what one document says about one entity.
type stmt struct {
	doc       newsgraph.DocumentID
	published string
	names     []string
	types     []newsgraph.EntityType
	aliases   []string
	mentions  []newsgraph.Mention
	roles     []*roleStmt
	partOf    []newsgraph.EntityID
	lit       string // the JSON it was decoded from
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
	lit          string // the JSON it was decoded from
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
		wholes: make(map[newsgraph.EntityID][]newsgraph.EntityID),

		docStmts: make(map[newsgraph.DocumentID]map[newsgraph.EntityID]quad.Value),
	}
}

func (r *reader) each(dir quad.Direction, v quad.Value, fn func(q quad.Quad)) error {
	return r.s.each(r.ctx, dir, v, fn)
}

func (r *reader) eachWith(dir quad.Direction, v quad.Value, p quad.IRI, fn func(q quad.Quad)) error {
	return r.s.eachWith(r.ctx, dir, v, p, fn)
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
	if err := r.document(id); err != nil {
		return nil, err
	}
	return r.heads[id], nil
}

func (r *reader) body(id newsgraph.DocumentID) (*body, error) {
	if b, ok := r.bodies[id]; ok {
		return b, nil
	}
	if err := r.document(id); err != nil {
		return nil, err
	}
	return r.bodies[id], nil
}

// document loads a document's head and body: one read of the document
// node's quads, which hold its literal, or which name the head and body
// nodes of a store written before the literal (schema.go), then read too.
func (r *reader) document(id newsgraph.DocumentID) error {
	var lit string
	found, old := false, false
	err := r.each(quad.Subject, docIRI(id), func(q quad.Quad) {
		switch q.Predicate {
		case pDocument:
			lit, found = str(q.Object), true
		case pHead, pBody:
			old = true
		}
	})
	if err != nil {
		return err
	}
	switch {
	case found:
		return r.keepDocument(id, lit)
	case old:
		return r.oldDocument(id)
	}
	r.heads[id], r.bodies[id] = nil, &body{}
	return nil
}

// keepDocument decodes lit, a document's stored literal, into the reader's
// head and body of id.
func (r *reader) keepDocument(id newsgraph.DocumentID, lit string) error {
	d, sentences, err := decodeDoc(lit)
	if err != nil {
		return fmt.Errorf("document %s: %w", id, err)
	}
	r.bodies[id] = &body{text: d.Text, sentences: sentences}
	d.ID, d.Text = id, ""
	r.heads[id] = d
	return nil
}

// oldDocument reads the head and body nodes of a document written before
// the document literal.
func (r *reader) oldDocument(id newsgraph.DocumentID) error {
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
		return err
	}
	b := &body{}
	err = r.each(quad.Subject, bodyIRI(docIRI(id)), func(q quad.Quad) {
		switch q.Predicate {
		case pText:
			b.text = str(q.Object)
		case pSentences:
			b.sentences = decodeSentences(str(q.Object))
		}
	})
	if err != nil {
		return err
	}
	r.heads[id], r.bodies[id] = d, b
	return nil
}

// withText fills a mention's sentence text.
func (r *reader) withText(m newsgraph.Mention) (newsgraph.Mention, error) {
	ev, err := r.evidence(m.Evidence.Document, spanData{m.Evidence.Sentence, m.Evidence.Span.Start, m.Evidence.Span.End})
	m.Evidence = ev
	return m, err
}

// evidence rebuilds an evidence pointer with its sentence text.
func (r *reader) evidence(doc newsgraph.DocumentID, at spanData) (newsgraph.Evidence, error) {
	ev := newsgraph.Evidence{Document: doc, Sentence: at[0], Span: newsgraph.Span{Start: at[1], End: at[2]}}
	b, err := r.body(doc)
	if err != nil {
		return ev, err
	}
	if at[0] >= 0 && at[0] < len(b.sentences) {
		ss := b.sentences[at[0]]
		if ss.Start >= 0 && ss.Start <= ss.End && ss.End <= len(b.text) {
			ev.Text = b.text[ss.Start:ss.End]
		}
	}
	return ev, nil
}

// statements loads what every document says about entity e: one index
// scan of the quads pointing at e, one quad (its JSON) per document.
func (r *reader) statements(e newsgraph.EntityID) ([]*stmt, error) {
	if st, ok := r.stmts[e]; ok {
		return st, nil
	}
	lits, err := r.literals(quad.IRI(e), pStatement)
	if err != nil {
		return nil, err
	}
	out := make([]*stmt, 0, len(lits))
	for _, lit := range lits {
		st, err := r.decodeStatement(quad.String(lit))
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].doc < out[j].doc })
	r.stmts[e] = out
	return out, nil
}

// literals lists the JSON literals pointing at node by predicate p (the
// statements of an entity, the claims of an event): kept between reads and
// moved by writes (cache.go), else one index scan.
func (r *reader) literals(node quad.Value, p quad.IRI) ([]string, error) {
	if l, ok := r.s.folds.literalsOf(node); ok {
		return l, nil
	}
	var l []string
	err := r.eachWith(quad.Object, node, p, func(q quad.Quad) {
		if q.Predicate == p {
			l = append(l, str(q.Subject))
		}
	})
	if err != nil {
		return nil, err
	}
	if !r.scan {
		r.s.folds.putLiterals(node, l)
	}
	return l, nil
}

// statementOf loads one document's statement from its literal, or from
// the node a store written before held it under.
func (r *reader) statementOf(node quad.Value) (*stmt, error) {
	if lit, ok := node.(quad.String); ok {
		return r.decodeStatement(lit)
	}
	var data quad.Value
	err := r.eachWith(quad.Subject, node, pData, func(q quad.Quad) {
		if q.Predicate == pData {
			data = q.Object
		}
	})
	if err != nil || data == nil {
		return nil, err
	}
	return r.decodeStatement(data)
}

// claimsOf loads one document's claims of an event from the node a store
// written before held them under: one, or none, or more where the
// document told the event twice.
func (r *reader) claimsOf(node quad.Value) ([]*claim, error) {
	var lits []string
	err := r.eachWith(quad.Subject, node, pData, func(q quad.Quad) {
		if q.Predicate == pData {
			lits = append(lits, str(q.Object))
		}
	})
	if err != nil {
		return nil, err
	}
	var out []*claim
	for _, lit := range lits {
		c, err := r.decodeClaim(lit)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// claimsIn loads what document doc says about event ev: its claims (none,
// one, or more where the document told the event twice), whichever layout
// holds them (literals, or the node a store written before held them
// under: claimsOf).
func (r *reader) claimsIn(doc newsgraph.DocumentID, ev newsgraph.EventID) ([]*claim, error) {
	var nodes []quad.Value
	err := r.eachWith(quad.Subject, docIRI(doc), pClaims, func(q quad.Quad) {
		if v, ok := eventOfClaim(q.Object); ok && v == ev && q.Predicate == pClaims {
			nodes = append(nodes, q.Object)
		}
	})
	if err != nil {
		return nil, err
	}
	var out []*claim
	for _, n := range nodes {
		if lit, ok := n.(quad.String); ok {
			c, err := r.decodeClaim(string(lit))
			if err != nil {
				return nil, err
			}
			out = append(out, c)
			continue
		}
		cs, err := r.claimsOf(n)
		if err != nil {
			return nil, err
		}
		out = append(out, cs...)
	}
	return out, nil
}

// statementIn loads what document doc says about entity e, nil when it
// says nothing: one read of the document's statements (kept by the
// reader), whichever layout holds them.
func (r *reader) statementIn(doc newsgraph.DocumentID, e newsgraph.EntityID) (*stmt, error) {
	nodes, ok := r.docStmts[doc]
	if !ok {
		nodes = map[newsgraph.EntityID]quad.Value{}
		err := r.eachWith(quad.Subject, docIRI(doc), pStates, func(q quad.Quad) {
			if x, ok := entityOfStmt(q.Object); ok && q.Predicate == pStates {
				nodes[x] = q.Object
			}
		})
		if err != nil {
			return nil, err
		}
		r.docStmts[doc] = nodes
	}
	n, ok := nodes[e]
	if !ok {
		return nil, nil
	}
	return r.statementOf(n)
}

// decodeStatement unpacks a statement. Mentions carry no sentence text:
// only the reads that return mentions fill it (withText), since folding an
// entity needs surface forms and counts, not every document's text.
func (r *reader) decodeStatement(v quad.Value) (*stmt, error) {
	lit := str(v)
	if st, ok := r.s.folds.decodedOf(lit); ok {
		if st, ok := st.(*stmt); ok {
			return st, nil
		}
	}
	st, err := r.decodeStatementData(lit)
	if err == nil && !r.scan {
		r.s.folds.putDecoded(lit, st)
	}
	return st, err
}

func (r *reader) decodeStatementData(lit string) (*stmt, error) {
	return r.decodeStatementWith(lit, r.evidence)
}

// decodeStatementRefs decodes a statement without its evidence's sentence
// texts (they stay empty), reading no document: what a fold counts of it.
func (r *reader) decodeStatementRefs(lit string) (*stmt, error) {
	return r.decodeStatementWith(lit, func(doc newsgraph.DocumentID, at spanData) (newsgraph.Evidence, error) {
		return newsgraph.Evidence{Document: doc, Sentence: at[0], Span: newsgraph.Span{Start: at[1], End: at[2]}}, nil
	})
}

func (r *reader) decodeStatementWith(lit string, evidence func(newsgraph.DocumentID, spanData) (newsgraph.Evidence, error)) (*stmt, error) {
	var d stmtData
	if err := json.Unmarshal([]byte(lit), &d); err != nil {
		return nil, fmt.Errorf("bad statement %.80q: %w", lit, err)
	}
	st := &stmt{doc: d.Doc, published: d.Published, names: d.Names, types: d.Types, aliases: d.Aliases, partOf: d.PartOf, lit: lit}
	for _, m := range d.Mentions {
		st.mentions = append(st.mentions, newsgraph.Mention{Entity: d.Entity, Text: m.Text, Type: m.Type,
			Evidence: newsgraph.Evidence{Document: d.Doc, Sentence: m.At[0], Span: newsgraph.Span{Start: m.At[1], End: m.At[2]}}})
	}
	for _, rd := range d.Roles {
		rs := &roleStmt{title: rd.Title, of: rd.Of, ofName: rd.OfName, former: rd.Former}
		for _, sp := range rd.Evidence {
			ev, err := evidence(d.Doc, sp)
			if err != nil {
				return nil, err
			}
			rs.evidence = append(rs.evidence, ev)
		}
		st.roles = append(st.roles, rs)
	}
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

// claims loads what every document says about event v, oldest first;
// claims without a date count as oldest. A document that tells the event
// twice (two events of one id in an extraction) gives two claims, in the
// order of their JSON.
func (r *reader) claims(v newsgraph.EventID) ([]*claim, error) {
	lits, err := r.literals(quad.IRI(v), pClaim)
	if err != nil {
		return nil, err
	}
	out := make([]*claim, 0, len(lits))
	for _, lit := range lits {
		c, err := r.decodeClaim(lit)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return claimBefore(out[i], out[j]) })
	return out, nil
}

// decodeClaim unpacks a claim, its evidence with sentence text.
func (r *reader) decodeClaim(lit string) (*claim, error) {
	if c, ok := r.s.folds.decodedOf(lit); ok {
		if c, ok := c.(*claim); ok {
			return c, nil
		}
	}
	c, err := r.decodeClaimWith(lit, r.evidence)
	if err != nil {
		return nil, err
	}
	if !r.scan {
		r.s.folds.putDecoded(lit, c)
	}
	return c, nil
}

// decodeClaimRefs decodes a claim without its evidence's sentence texts
// (they stay empty), reading no document: what a fold takes back of it.
func (r *reader) decodeClaimRefs(lit string) (*claim, error) {
	return r.decodeClaimWith(lit, func(doc newsgraph.DocumentID, at spanData) (newsgraph.Evidence, error) {
		return newsgraph.Evidence{Document: doc, Sentence: at[0], Span: newsgraph.Span{Start: at[1], End: at[2]}}, nil
	})
}

func (r *reader) decodeClaimWith(lit string, evidence func(newsgraph.DocumentID, spanData) (newsgraph.Evidence, error)) (*claim, error) {
	var d claimData
	if err := json.Unmarshal([]byte(lit), &d); err != nil {
		return nil, fmt.Errorf("bad claim %.80q: %w", lit, err)
	}
	c := &claim{doc: d.Doc, published: d.Published, types: d.Types, status: d.Status,
		location: d.Location, participants: d.Participants, lit: lit}
	// stores written before dates kept their precision hold "in May" as
	// the days of May: read them as the month a new write would store
	c.start, c.end = newsgraph.StatedDates(d.Start, d.End)
	for _, sp := range d.Evidence {
		ev, err := evidence(d.Doc, sp)
		if err != nil {
			return nil, err
		}
		c.evidence = append(c.evidence, ev)
	}
	return c, nil
}
