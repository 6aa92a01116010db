package store

import (
	"context"
	"database/sql/driver"
	"fmt"
	"strconv"
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
	release, gen, err := s.lockPG(ctx)
	if err != nil {
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
	s.pgHeld.Store(true)
	return func() {
		s.pgHeld.Store(false)
		s.folds.dropLabels(nil)
		// The counter as this process leaves it (read by the unlock, in
		// the same round trip): a different one at the next LockWriter is
		// another process's write.
		gen, err := release()
		s.mu.Lock()
		if err == nil {
			s.ownGen = gen
		} else {
			s.ownGen = ""
		}
		s.mu.Unlock()
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
	release, _, err := s.lockPG(ctx)
	if err != nil {
		return nil, err
	}
	s.synced.Store(0)
	if err := s.syncGeneration(ctx); err != nil {
		release()
		return nil, err
	}
	return func() { release() }, nil
}

// lockPG takes the writer's advisory lock on a connection of its own and
// reads the generation counter as the lock finds it, in one round trip
// (newsgraph_lock); release reads it as the holder leaves it and lets go
// of the lock, in one round trip too. The process's writers queue on
// writerMu first, so that one connection at most waits for the lock: a
// writer holding it needs a second connection of the bounded pool for its
// writes, which waiters holding them all would never give back.
func (s *Store) lockPG(ctx context.Context) (release func() (gen string, err error), gen string, err error) {
	if err := s.writerMu.Lock(ctx); err != nil {
		return nil, "", err
	}
	conn, err := s.pg.Conn(ctx)
	if err != nil {
		s.writerMu.Unlock()
		return nil, "", err
	}
	key := pgWriterLock ^ s.pgSpace
	var n int64
	if err := conn.QueryRowContext(ctx, `SELECT newsgraph_lock($1)`, key).Scan(&n); err != nil {
		conn.Close()
		s.writerMu.Unlock()
		return nil, "", err
	}
	return func() (string, error) {
		// The session's lock goes with its connection if the unlock fails:
		// close it rather than return a locked session to the pool.
		var n int64
		err := conn.QueryRowContext(context.Background(), `SELECT newsgraph_unlock($1)`, key).Scan(&n)
		if err != nil {
			conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		conn.Close()
		s.writerMu.Unlock()
		return strconv.FormatInt(n, 10), err
	}, strconv.FormatInt(n, 10), nil
}

// pgLockFuncs take and release the writer lock (lockPG), each with a read
// of the generation counter: newsgraph_lock reads it once the lock is
// granted (a statement of a volatile function sees what was committed
// before it started, not before the call did), newsgraph_unlock before
// letting go.
var pgLockFuncs = []string{
	`CREATE OR REPLACE FUNCTION newsgraph_lock(k bigint) RETURNS bigint LANGUAGE plpgsql AS $f$
BEGIN
	PERFORM pg_advisory_lock(k);
	RETURN (SELECT n FROM newsgraph_generation WHERE id = 1);
END
$f$`,
	`CREATE OR REPLACE FUNCTION newsgraph_unlock(k bigint) RETURNS bigint LANGUAGE plpgsql AS $f$
DECLARE
	gen bigint;
BEGIN
	SELECT n INTO gen FROM newsgraph_generation WHERE id = 1;
	PERFORM pg_advisory_unlock(k);
	RETURN gen;
END
$f$`,
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
