package store

import (
	"context"
	"fmt"
	"strconv"
	"time"
)

// A PostgreSQL store can be written by several processes (servers and
// ingest CLIs), while the Store caches folds and decisions in memory. Every
// write therefore increments, in its own transaction, a generation counter
// (a one-row table beside cayley's), and every read call on PostgreSQL first compares it with the
// one it last saw: one indexed query, after which another process's writes
// drop this process's caches. The counter was a quad once: processes
// replacing it at once corrupted cayley's node reference counts (its SQL
// backend's counting is not safe under concurrent deletes). leveldb is held
// by one process (its lock) and memory by none, so they skip this.

// shared reports whether other processes may write the same store.
func (s *Store) shared() bool { return s.pg != nil }

// generation reads the current counter.
func (s *Store) generation(ctx context.Context) (string, error) {
	var n int64
	err := s.pg.QueryRowContext(ctx, `SELECT n FROM newsgraph_generation WHERE id = 1`).Scan(&n)
	return strconv.FormatInt(n, 10), err
}

// wrote notes that this process's write moved the counter to n (applyPG
// moves it in the write's transaction). Called under the write lock.
func (s *Store) wrote(n int64) {
	// Only a write by this process since the last look: another's write
	// in between still shows on the next sync, whose count differs.
	if strconv.FormatInt(n-1, 10) == s.seen {
		s.seen = strconv.FormatInt(n, 10)
	}
}

// bumpGeneration increments the counter after a write that did not go
// through applyPG (import writes through cayley's own writer).
func (s *Store) bumpGeneration(ctx context.Context) error {
	if !s.shared() {
		return nil
	}
	var n int64
	if err := s.pg.QueryRowContext(ctx, `UPDATE newsgraph_generation SET n = n + 1 WHERE id = 1 RETURNING n`).Scan(&n); err != nil {
		return fmt.Errorf("store: generation: %w", err)
	}
	s.wrote(n)
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
	token, err := s.generation(ctx)
	seen := s.seen
	s.mu.RUnlock()
	if err != nil {
		return err
	}
	if token == seen {
		return nil
	}
	defer s.lockWrite()()
	ds, err := s.loadDecisions(ctx)
	if err != nil {
		return err
	}
	s.decisions = ds
	s.folds.reset()
	s.seen = token
	return nil
}

// lockWrite takes the store's lock alone for a change of the graph, its
// decisions or its caches; the returned func moves the read generation on
// and unlocks. Moving it as the change ends, not as it starts, keeps the
// generation a reader sees during a write that of the last committed state.
func (s *Store) lockWrite() (unlock func()) {
	s.mu.Lock()
	return func() {
		s.readGen.Add(1)
		s.mu.Unlock()
	}
}

// Generation is a number that changes whenever what the store's reads
// answer may have changed: every write, decision and import of this
// process and, on PostgreSQL, another process's write once this one has
// looked (at most syncEvery after it, as for the folds). An answer read at
// generation g is still the answer while Generation returns g, so a caller
// may keep answers keyed by it. On leveldb and memory it never waits for a
// write in progress (which moves it only as it ends); on PostgreSQL its
// look at the shared counter does. Errors: the database's, on PostgreSQL.
func (s *Store) Generation(ctx context.Context) (uint64, error) {
	if err := s.syncGeneration(ctx); err != nil {
		return 0, fmt.Errorf("store: generation: %w", err)
	}
	return s.readGen.Load(), nil
}
