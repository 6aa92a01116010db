package store

import (
	"context"
	"slices"
	"sync"

	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/util"

	"github.com/newsgraph/newsgraph"
)

// The documents an ingest left waiting to be read again (see ingest's
// settle): a batch's writes gather them, and they are read again as it
// ends. A process killed before then would leave their stored facts stale
// until a later write happens to read them again; kept here, the next
// ingest reads them again first. On leveldb each is a key of its own
// outside cayley's buckets (unsettledPrefix + id), written without a sync
// of its own: the next write's sync (every document's write is synced)
// takes it to disk. A memory store keeps them in memory; PostgreSQL in a
// table of its own, newsgraph_unsettled, beside cayley's (pgSchema), so
// that every process ingesting into one database sees the same list.

var unsettledPrefix = []byte("newsgraph/unsettled/")

// unsettledMem is a memory store's set.
type unsettledMem struct {
	mu  sync.Mutex
	ids map[newsgraph.DocumentID]bool
}

// Unsettled lists the documents kept as waiting to be read again, sorted.
func (s *Store) Unsettled(ctx context.Context) ([]newsgraph.DocumentID, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.qs == nil {
		return nil, errClosed
	}
	var out []newsgraph.DocumentID
	switch {
	case s.level != nil:
		it := s.level.db.NewIterator(util.BytesPrefix(unsettledPrefix), nil)
		for it.Next() {
			out = append(out, newsgraph.DocumentID(it.Key()[len(unsettledPrefix):]))
		}
		it.Release()
		if err := it.Error(); err != nil {
			return nil, err
		}
	case s.pg != nil:
		rows, err := s.pg.QueryContext(ctx, `SELECT id FROM newsgraph_unsettled`)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				return nil, err
			}
			out = append(out, newsgraph.DocumentID(id))
		}
		if err := rows.Err(); err != nil {
			return nil, err
		}
	default:
		s.unsettled.mu.Lock()
		for id := range s.unsettled.ids {
			out = append(out, id)
		}
		s.unsettled.mu.Unlock()
	}
	slices.Sort(out)
	return out, nil
}

// MarkUnsettled keeps the documents add as waiting to be read again and
// forgets those of drop (read again since).
func (s *Store) MarkUnsettled(ctx context.Context, add, drop []newsgraph.DocumentID) error {
	if len(add) == 0 && len(drop) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.qs == nil {
		return errClosed
	}
	switch {
	case s.level != nil:
		var b leveldb.Batch
		key := func(id newsgraph.DocumentID) []byte {
			return append(slices.Clip(unsettledPrefix), id...)
		}
		for _, id := range drop {
			b.Delete(key(id))
		}
		for _, id := range add {
			b.Put(key(id), nil)
		}
		return s.level.db.Write(&b, nil)
	case s.pg != nil:
		// one transaction: a crash keeps the list as it was or as it is
		tx, err := s.pg.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		for _, id := range drop {
			if _, err := tx.ExecContext(ctx, `DELETE FROM newsgraph_unsettled WHERE id = $1`, string(id)); err != nil {
				return err
			}
		}
		for _, id := range add {
			if _, err := tx.ExecContext(ctx, `INSERT INTO newsgraph_unsettled (id) VALUES ($1) ON CONFLICT (id) DO NOTHING`, string(id)); err != nil {
				return err
			}
		}
		return tx.Commit()
	default:
		s.unsettled.mu.Lock()
		defer s.unsettled.mu.Unlock()
		if s.unsettled.ids == nil {
			s.unsettled.ids = map[newsgraph.DocumentID]bool{}
		}
		for _, id := range drop {
			delete(s.unsettled.ids, id)
		}
		for _, id := range add {
			s.unsettled.ids[id] = true
		}
	}
	return nil
}
