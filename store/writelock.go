package store

import (
	"context"
	"database/sql/driver"
	"fmt"
)

// pgWriterLock is the advisory lock key (in the bigint space, beside
// pgSchemaLock) that ingest writers of one PostgreSQL database hold while
// they write a document and settle what it changes (see LockWriter).
const pgWriterLock = 0x6e6577737772 // "newswr"

// LockWriter makes the caller the one writer of the store until it calls
// unlock, across processes: on PostgreSQL it takes a session advisory lock
// on a connection of its own (released with the session if the process
// dies); elsewhere the store has one process and nothing is taken.
// foreign reports that another process wrote since this one last held the
// lock (or since Open), or that a curation decision was made meanwhile:
// whatever the caller derived from the graph before (cached answers,
// extractions, which document read which name) may be out of date. The
// store's own caches are brought up to date before it returns. An ingest
// write and its settling read the graph, then write what those reads
// imply: two processes doing that at once each act on a graph without the
// other's write, and the result depends on the interleaving (an event
// named by another source, a document read again by both with different
// answers). Errors: the database's, or ctx's.
func (s *Store) LockWriter(ctx context.Context) (unlock func(), foreign bool, err error) {
	if !s.shared() {
		return func() {}, false, nil
	}
	release, err := s.lockPG(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("store: writer lock: %w", err)
	}
	gen, err := s.generation(ctx)
	if err != nil {
		release()
		return nil, false, fmt.Errorf("store: writer lock: %w", err)
	}
	s.mu.Lock()
	foreign = s.ownGen != gen
	s.mu.Unlock()
	if foreign {
		// Read the counter now, not within syncEvery of the last look.
		s.synced.Store(0)
		if err := s.syncGeneration(ctx); err != nil {
			release()
			return nil, false, fmt.Errorf("store: writer lock: %w", err)
		}
	}
	return func() {
		// The counter as this process leaves it: a different one at the
		// next LockWriter is another process's write.
		if gen, err := s.generation(context.Background()); err == nil {
			s.mu.Lock()
			s.ownGen = gen
			s.mu.Unlock()
		} else {
			s.mu.Lock()
			s.ownGen = ""
			s.mu.Unlock()
		}
		release()
	}, foreign, nil
}

// lockDecision takes the writer lock for a curation decision (PostgreSQL;
// nothing elsewhere) and reads the decisions as stored now. A decision
// changes which entity a name is for every later read: made in the middle
// of an ingest's settling, which reads the graph and writes what it read,
// it would leave that settling half on each side of it; and two processes
// deciding at once would both number theirs after the last one each had
// seen. Its release leaves ownGen as it was: to this process's ingest,
// whose cached answers name entities as they were, the decision is a write
// it did not make, and its next LockWriter reports it as foreign.
func (s *Store) lockDecision(ctx context.Context) (unlock func(), err error) {
	if !s.shared() {
		return func() {}, nil
	}
	release, err := s.lockPG(ctx)
	if err != nil {
		return nil, err
	}
	s.synced.Store(0)
	if err := s.syncGeneration(ctx); err != nil {
		release()
		return nil, err
	}
	return release, nil
}

// lockPG takes the writer's advisory lock on a connection of its own. The
// process's writers queue on writerMu first, so that one connection at
// most waits for the lock: a writer holding it needs a second connection of
// the bounded pool for its writes, which waiters holding them all would
// never give back.
func (s *Store) lockPG(ctx context.Context) (release func(), err error) {
	if err := s.writerMu.Lock(ctx); err != nil {
		return nil, err
	}
	conn, err := s.pg.Conn(ctx)
	if err != nil {
		s.writerMu.Unlock()
		return nil, err
	}
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, int64(pgWriterLock)); err != nil {
		conn.Close()
		s.writerMu.Unlock()
		return nil, err
	}
	return func() {
		// The session's lock goes with its connection if the unlock fails:
		// close it rather than return a locked session to the pool.
		if _, err := conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, int64(pgWriterLock)); err != nil {
			conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		conn.Close()
		s.writerMu.Unlock()
	}, nil
}

// ctxMutex is a mutex whose Lock gives up when its context ends: a writer
// waiting behind another process's long settling can still be cancelled.
type ctxMutex chan struct{}

func newCtxMutex() ctxMutex { return make(ctxMutex, 1) }

func (m ctxMutex) Lock(ctx context.Context) error {
	select {
	case m <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (m ctxMutex) Unlock() { <-m }
