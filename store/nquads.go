package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// WriteNQuads writes every quad of the store as N-Quads, sorted so that the
// same graph always gives the same file. ReadNQuads (or cayley's own loader)
// reads it back into an identical graph.
func (s *Store) WriteNQuads(ctx context.Context, w io.Writer) error {
	s.mu.RLock()
	qs, err := s.allQuads(ctx)
	s.mu.RUnlock()
	if err != nil {
		return fmt.Errorf("store: export: %w", err)
	}
	lines := make([]string, len(qs))
	for i, q := range qs {
		lines[i] = q.NQuad()
	}
	sort.Strings(lines)
	for _, l := range lines {
		if _, err := io.WriteString(w, l+"\n"); err != nil {
			return fmt.Errorf("store: export: %w", err)
		}
	}
	return nil
}

func (s *Store) allQuads(ctx context.Context) ([]quad.Quad, error) {
	if s.qs == nil {
		return nil, errClosed
	}
	var out []quad.Quad
	err := s.iterate(ctx, s.qs.QuadsAllIterator(), func(q quad.Quad) { out = append(out, q) })
	return out, err
}

// importBatch is how many quads one import transaction writes.
const importBatch = 10000

// ReadNQuads loads N-Quads into the store (quads already present are kept
// once) and returns how many it read. Meant for a fresh store: an export of
// another store loads into an identical graph.
func (s *Store) ReadNQuads(ctx context.Context, r io.Reader) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.qs == nil {
		return 0, errClosed
	}
	dec := nquads.NewReader(r, false)
	n := 0
	var deltas []graph.Delta
	flush := func() error {
		if len(deltas) == 0 {
			return nil
		}
		err := s.qs.ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true})
		deltas = deltas[:0]
		return err
	}
	for {
		q, err := dec.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return n, fmt.Errorf("store: import: quad %d: %w", n+1, err)
		}
		n++
		deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
		if len(deltas) == importBatch {
			if err := flush(); err != nil {
				return n, fmt.Errorf("store: import: %w", err)
			}
		}
	}
	if err := flush(); err != nil {
		return n, fmt.Errorf("store: import: %w", err)
	}
	s.folds.reset() // folds cached before the import are stale
	var err error
	if s.decisions, err = s.loadDecisions(ctx); err != nil {
		return n, err
	}
	return n, s.bumpGeneration(ctx)
}
