package store

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// A document's statement is whole when its node has one head and one body,
// its head one id and at most one title, URL and date, its body one text and
// one sentence list, and every mention or evidence span it stores lies
// inside that text. A replacement applied halfway (the new version's quads
// beside the old one's, as newsgraph before atomic leveldb groups could
// leave after a crash) breaks one of these: two texts, two sentence lists,
// or spans of one version over the other's text.

// Check reads every document and returns those whose statement is not
// whole, sorted. It reads the whole store: Open runs it once per leveldb
// store written before replacements were atomic (see checkAtOpen).
func (s *Store) Check(ctx context.Context) ([]newsgraph.DocumentID, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.check(ctx)
}

func (s *Store) check(ctx context.Context) ([]newsgraph.DocumentID, error) {
	var ids []newsgraph.DocumentID
	err := s.eachWith(ctx, quad.Object, classDocument, pType, func(q quad.Quad) {
		if id, ok := docOf(q.Subject); ok {
			ids = append(ids, id)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("store: check: %w", err)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	var bad []newsgraph.DocumentID
	for _, id := range ids {
		qs, err := s.docQuads(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("store: check %s: %w", id, err)
		}
		if !whole(id, qs) {
			bad = append(bad, id)
		}
	}
	return bad, nil
}

// whole reports whether the quads of document id form one version of it.
func whole(id newsgraph.DocumentID, qs map[quad.Quad]struct{}) bool {
	d := docIRI(id)
	count := make(map[[2]quad.Value]int)
	var text string
	var sentences []newsgraph.Span
	var spans []spanData
	for q := range qs {
		count[[2]quad.Value{q.Subject, q.Predicate}]++
		switch q.Predicate {
		case pDocument:
			d, ss, err := decodeDoc(str(q.Object))
			if err != nil {
				return false
			}
			text, sentences = d.Text, ss
		case pText:
			text = str(q.Object)
		case pSentences:
			sentences = decodeSentences(str(q.Object))
		case pData, pStatement, pClaim:
			// a statement's or claim's literal: the object of its older
			// node's data quad, or the subject pointing at its entity or
			// event (read twice in an older store: its spans repeat)
			lit := q.Subject
			if q.Predicate == pData {
				lit = q.Object
			}
			var raw struct {
				Mentions []mentionData `json:"m"`
				Roles    []roleData    `json:"r"`
				Evidence []spanData    `json:"ev"`
			}
			if json.Unmarshal([]byte(str(lit)), &raw) != nil {
				return false
			}
			for _, m := range raw.Mentions {
				spans = append(spans, m.At)
			}
			for _, r := range raw.Roles {
				spans = append(spans, r.Evidence...)
			}
			spans = append(spans, raw.Evidence...)
		}
	}
	head, body := headIRI(d), bodyIRI(d)
	one := func(s, p quad.Value) bool { return count[[2]quad.Value{s, p}] == 1 }
	atMostOne := func(s, p quad.Value) bool { return count[[2]quad.Value{s, p}] <= 1 }
	if count[[2]quad.Value{d, pDocument}] > 0 {
		// the document literal, and nothing of the older head and body
		if !one(d, pDocument) || count[[2]quad.Value{d, pHead}] > 0 || count[[2]quad.Value{d, pBody}] > 0 {
			return false
		}
	} else if !one(d, pHead) || !one(d, pBody) || !one(head, pID) ||
		!atMostOne(head, pTitle) || !atMostOne(head, pURL) || !atMostOne(head, pPublished) ||
		!atMostOne(body, pText) || !atMostOne(body, pSentences) {
		return false
	}
	for _, sp := range spans {
		if sp[1] < 0 || sp[1] > sp[2] || sp[2] > len(text) || sp[0] < 0 || sp[0] >= len(sentences) {
			return false
		}
	}
	return true
}

// checkedKey marks, in a leveldb folder, that its documents were checked
// whole (or repaired) by a newsgraph whose replacements are atomic: from
// then on no crash can leave a document half replaced, and Open need not
// read the store again. It lies outside cayley's buckets.
var checkedKey = []byte("newsgraph/checked-whole")

// checkAtOpen runs Check on a leveldb store that lacks the mark, deletes
// every quad of a document found half replaced (neither version can be
// told from the other: the document must be ingested again) and sets the
// mark. It returns the documents removed.
func (s *Store) checkAtOpen(ctx context.Context) ([]newsgraph.DocumentID, error) {
	if s.level == nil {
		// memory holds nothing across a crash; PostgreSQL applies each
		// replacement in one SQL transaction.
		return nil, nil
	}
	if ok, err := s.level.db.Has(checkedKey, nil); err != nil || ok {
		return nil, err
	}
	bad, err := s.check(ctx)
	if err != nil {
		return nil, err
	}
	for _, id := range bad {
		qs, err := s.docQuads(ctx, id)
		if err != nil {
			return nil, err
		}
		deltas := make([]graph.Delta, 0, len(qs))
		for q := range qs {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
		}
		if err := s.apply(ctx, deltas); err != nil {
			return nil, fmt.Errorf("store: remove half-replaced document %s: %w", id, err)
		}
	}
	return bad, s.level.db.Put(checkedKey, []byte("1"), s.level.wo)
}

// Removed lists the documents Open found half replaced and removed, to be
// ingested again; nil when none.
func (s *Store) Removed() []newsgraph.DocumentID { return s.removed }
