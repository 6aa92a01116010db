package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// A PostgreSQL store can be written by several processes (a server and an
// ingest CLI), while the Store caches folds and decisions in memory. Every
// write therefore replaces one generation token in the graph, and every read
// call on PostgreSQL first compares the token with the one it last saw: one
// indexed query, after which another process's writes drop this process's
// caches. leveldb is held by one process (its lock) and memory by none, so
// they skip this.
var (
	generationNode = quad.IRI(ns + "generation")
	pGeneration    = quad.IRI(ns + "p:generation")
)

// shared reports whether other processes may write the same store.
func (s *Store) shared() bool { return s.backend == "postgres" }

// generation reads the current token ("" when none was written yet).
func (s *Store) generation(ctx context.Context) (tokens []quad.Value, err error) {
	err = s.each(ctx, quad.Subject, generationNode, func(q quad.Quad) {
		if q.Predicate == pGeneration {
			tokens = append(tokens, q.Object)
		}
	})
	return tokens, err
}

func tokenString(tokens []quad.Value) string {
	if len(tokens) != 1 {
		return fmt.Sprint(tokens) // none, or writers raced: any change is seen
	}
	return str(tokens[0])
}

// bumpGeneration replaces the token after a write. It runs after the write
// itself and ignores missing or duplicate tokens, so that two processes
// writing at once never fail each other's writes; at worst a reader keeps
// its caches until the next write.
func (s *Store) bumpGeneration(ctx context.Context) error {
	if !s.shared() {
		return nil
	}
	old, err := s.generation(ctx)
	if err != nil {
		return err
	}
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		return err
	}
	next := quad.String(hex.EncodeToString(b[:]))
	var deltas []graph.Delta
	for _, t := range old {
		deltas = append(deltas, graph.Delta{Quad: quad.Quad{Subject: generationNode, Predicate: pGeneration, Object: t}, Action: graph.Delete})
	}
	deltas = append(deltas, graph.Delta{Quad: quad.Quad{Subject: generationNode, Predicate: pGeneration, Object: next}, Action: graph.Add})
	if err := s.qs.ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return fmt.Errorf("store: generation: %w", err)
	}
	s.seen = string(next)
	return nil
}

// syncEvery is how often a read looks at the token: another process's
// write shows within this time, and a burst of reads costs one query.
const syncEvery = 100 * time.Millisecond

// syncGeneration drops the caches when another process wrote since this
// one last looked. Called before taking the read lock.
func (s *Store) syncGeneration(ctx context.Context) error {
	if !s.shared() {
		return nil
	}
	now := time.Now()
	if last := s.synced.Load(); last != 0 && now.Sub(time.Unix(0, last)) < s.syncEvery {
		return nil
	}
	s.synced.Store(now.UnixNano())
	s.mu.RLock()
	tokens, err := s.generation(ctx)
	seen := s.seen
	s.mu.RUnlock()
	if err != nil {
		return err
	}
	token := tokenString(tokens)
	if token == seen {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ds, err := s.loadDecisions(ctx)
	if err != nil {
		return err
	}
	s.decisions = ds
	s.folds.reset()
	s.seen = token
	return nil
}
