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
// lock (or since Open): whatever the caller derived from the graph before
// (cached answers, extractions, which document read which name) may be
// out of date. The store's own caches are brought up to date before it
// returns. An ingest write and its settling read the graph, then write
// what those reads imply: two processes doing that at once each act on a
// graph without the other's write, and the result depends on the
// interleaving (an event named by another source, a document read again
// by both with different answers). Errors: the database's, or ctx's.
func (s *Store) LockWriter(ctx context.Context) (unlock func(), foreign bool, err error) {
	if !s.shared() {
		return func() {}, false, nil
	}
	conn, err := s.pg.Conn(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("store: writer lock: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, int64(pgWriterLock)); err != nil {
		conn.Close()
		return nil, false, fmt.Errorf("store: writer lock: %w", err)
	}
	release := func() {
		// The session's lock goes with its connection if the unlock fails:
		// close it rather than return a locked session to the pool.
		if _, err := conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, int64(pgWriterLock)); err != nil {
			conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		conn.Close()
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
