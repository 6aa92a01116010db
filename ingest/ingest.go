// Package ingest turns sources (text files, folders, JSONL feeds, stdin, the
// GraphQL mutation) into documents, extracts them and stores each one
// atomically. One bad document never stops a batch.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// Extractor turns a document into its facts, given what the graph knows.
type Extractor interface {
	Extract(ctx context.Context, doc newsgraph.Document, g Lookup) (*newsgraph.Extraction, error)
	Link(ctx context.Context, text string, g Lookup) ([]newsgraph.LinkedMention, error)
}

// Store keeps one document's facts, replacing what it said before, and
// answers what the service reads of the graph.
type Store interface {
	Graph
	Put(ctx context.Context, x *newsgraph.Extraction) error
}

// DefaultMaxBytes is the largest document accepted unless configured.
const DefaultMaxBytes = 2 << 20

// Service validates, extracts and stores documents. The graph it builds is
// a function of the set of documents stored, whatever their order: each
// document is extracted against what the other documents state of
// themselves (see Without), and the stored documents whose answers a write
// changed are read again: at once after an Ingest, once at the end of a
// Run's batch (see settle). Extraction runs concurrently; one writer
// applies documents.
type Service struct {
	Dating   Dating // how Run dates documents their source left undated
	ex       Extractor
	st       Store
	maxBytes int
	workers  int

	mu       sync.Mutex // the one writer
	seq      atomic.Uint64
	rereads  atomic.Int64                  // documents extracted again by settle or a stale write
	kept     atomic.Int64                  // of those settle read again, the ones read to the same mentions and events (see put)
	cache    *cache                        // answers of alias keys, reset by each Run and Ingest
	keys     map[string]uint64             // alias key -> the last write that changed its answer
	ents     map[newsgraph.EntityID]uint64 // entity -> the last write that changed its events
	lookups  *lookups                      // what stored extractions used of the answers they got
	waiting  waitList                      // stored documents to read again (see settle)
	deferred int                           // writes whose settling waits since the last drain
	resumed  bool                          // the documents an earlier process left waiting are taken up (see resume)

	// epoch counts the times the writer found that another process had
	// written the store (see lockWriter): an extraction begun in an
	// earlier epoch read a graph without that write.
	epoch atomic.Uint64
	// held releases the store's writer lock writeKeep kept between two
	// writes of a Run (nil: not kept), taken at heldSince. Guarded by mu.
	held      func()
	heldSince time.Time
}

// writerLocker is a store that several processes may write (PostgreSQL):
// see store.Store.LockWriter.
type writerLocker interface {
	LockWriter(ctx context.Context) (unlock func(), foreign bool, err error)
}

// New returns a Service; maxBytes <= 0 means DefaultMaxBytes. It extracts
// with as many workers as there are cores (see SetWorkers).
func New(ex Extractor, st Store, maxBytes int) *Service {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	return &Service{ex: ex, st: st, maxBytes: maxBytes, workers: runtime.GOMAXPROCS(0), cache: newCache(st),
		keys: map[string]uint64{}, ents: map[newsgraph.EntityID]uint64{}, lookups: newLookups()}
}

// SetWorkers sets how many documents Run extracts at once (n < 1: one).
// The graph is the same for every n.
func (s *Service) SetWorkers(n int) {
	s.workers = max(n, 1)
}

// Ingest validates doc, extracts it and stores its facts in one transaction.
// A document without an id gets one from its text. Errors about the input
// wrap newsgraph.ErrInvalid.
func (s *Service) Ingest(ctx context.Context, doc newsgraph.Document) (*newsgraph.Extraction, error) {
	if err := s.resume(ctx); err != nil {
		return nil, err
	}
	s.cache.reset()
	p := s.prepare(ctx, doc)
	if p.err != nil {
		return nil, p.err
	}
	return s.write(ctx, p)
}

// Rereads counts the stored documents extracted again since New because a
// later write changed what they read of the graph, and the documents
// extracted a second time because a write landed between their extraction
// and their own write: the cost settling adds to ingest.
func (s *Service) Rereads() int64 {
	return s.rereads.Load()
}

// Link finds the known entities a text names, storing nothing.
func (s *Service) Link(ctx context.Context, text string) ([]newsgraph.LinkedMention, error) {
	if err := checkText("text", text, s.maxBytes); err != nil {
		return nil, err
	}
	return s.link(ctx, text)
}

// ContentID is the id of a document sent without one: a hash of its text.
func ContentID(text string) newsgraph.DocumentID {
	h := sha256.Sum256([]byte(text))
	return newsgraph.DocumentID("doc-" + hex.EncodeToString(h[:8]))
}

func checkText(what, text string, maxBytes int) error {
	switch {
	case strings.TrimSpace(text) == "":
		return fmt.Errorf("%s: %w: the text is empty", what, newsgraph.ErrInvalid)
	case len(text) > maxBytes:
		return fmt.Errorf("%s: %w: the text is %d bytes, over the limit of %d", what, newsgraph.ErrInvalid, len(text), maxBytes)
	case !utf8.ValidString(text):
		return fmt.Errorf("%s: %w: the text is not valid UTF-8", what, newsgraph.ErrInvalid)
	case binary(text):
		return fmt.Errorf("%s: %w: the text looks binary (NUL or control bytes)", what, newsgraph.ErrInvalid)
	}
	if tag, ok := htmlSource(text); ok {
		return fmt.Errorf("%s: %w: the text is HTML source (%s): send the article's text, or give ingest the page as a .html file, which is read as HTML", what, newsgraph.ErrInvalid, tag)
	}
	return nil
}

// ParsePublished reads a published date given as YYYY-MM-DD or RFC 3339.
// Empty means unknown.
func ParsePublished(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(newsgraph.DateLayout, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("published %s: %w: want YYYY-MM-DD or RFC 3339", quote(s), newsgraph.ErrInvalid)
}
