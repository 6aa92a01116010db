package store

import (
	"bytes"
	"context"
	"sort"
	"strings"
	"sync"

	"github.com/hidal-go/hidalgo/kv/flat"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/cache"
	"github.com/syndtr/goleveldb/leveldb/iterator"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"
)

// levelKV is the key-value layer under cayley's kv quad store on leveldb.
// It replaces hidalgo's leveldb adapter for two reasons:
//
//   - hidalgo opens every write transaction with goleveldb's
//     OpenTransaction, which flushes each commit to its own level-0 table:
//     one table per document, and compaction that grows with the store
//     (FACTS.md, issue 9). Here a write transaction buffers its writes and
//     commits them as one leveldb batch: one journal record, merged into the
//     memtable like any write.
//   - a document's replacement may take two cayley batches (see apply in
//     write.go). Between begin and commit of a group, committed write
//     transactions stay in memory, visible to later transactions, and the
//     group reaches disk as one batch: one journal record, which leveldb
//     replays whole or not at all after a crash.
//
// Reads inside a group see the group's writes. The Store's write lock keeps
// readers out while a group is open, so no reader sees half a group.
type levelKV struct {
	db     *leveldb.DB
	wo     *opt.WriteOptions
	blocks cache.Cacher // leveldb's block cache

	mu      sync.Mutex
	group   *overlay // nil outside a group
	commits int      // write transactions committed into the group

	// failpoint, when set by a test, is asked after the n-th write
	// transaction committed into a group (from 1); an error fails that
	// commit, as a crash between the steps of a replacement would.
	failpoint func(n int) error
}

func (k *levelKV) Close() error { return k.db.Close() }

// begin opens a group: later commits are held until commit or discard.
func (k *levelKV) begin() {
	k.mu.Lock()
	k.group = newOverlay()
	k.commits = 0
	k.mu.Unlock()
}

// commitGroup writes the group's writes as one synced leveldb batch.
func (k *levelKV) commitGroup() error {
	k.mu.Lock()
	g := k.group
	k.group = nil
	k.mu.Unlock()
	if g == nil || len(g.m) == 0 {
		return nil
	}
	return k.db.Write(g.batch(), k.wo)
}

// discard drops the group's writes.
func (k *levelKV) discard() {
	k.mu.Lock()
	k.group = nil
	k.mu.Unlock()
}

// Stats is leveldb's own account of its tables and compactions
// (goleveldb's "leveldb.stats" property).
func (k *levelKV) stats() (string, error) { return k.db.GetProperty("leveldb.stats") }

// SetBlockCache sets the capacity, in bytes, of a leveldb store's block
// cache (64 MB at Open), dropping the least recently used blocks over it;
// it does nothing on other backends. A server calls it once Warm has
// folded what requests read: the blocks that warming read would otherwise
// sit in memory that counts against serve's memory limit, and the less of
// it is left for garbage, the more often the collector runs.
func (s *Store) SetBlockCache(bytes int) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.level == nil || s.level.blocks == nil {
		return
	}
	s.level.blocks.SetCapacity(bytes)
}

// LevelStats is leveldb's own account of a leveldb store: its tables and
// compactions per level (goleveldb's "leveldb.stats"), the megabytes it has
// read and written since Open ("leveldb.iostats": journal, flushes and
// compactions; over the bytes of the documents written, its write
// amplification) and the writes it delayed. Empty on other backends.
func (s *Store) LevelStats() (string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.level == nil {
		return "", nil
	}
	var out strings.Builder
	for _, p := range []string{"stats", "iostats", "writedelay"} {
		v, err := s.level.db.GetProperty("leveldb." + p)
		if err != nil {
			return "", err
		}
		out.WriteString(strings.TrimRight(v, "\n"))
		out.WriteByte('\n')
	}
	return out.String(), nil
}

func (k *levelKV) Tx(rw bool) (flat.Tx, error) {
	sn, err := k.db.GetSnapshot()
	if err != nil {
		return nil, err
	}
	tx := &levelTx{kv: k, sn: sn}
	if rw {
		tx.w = newOverlay()
	}
	return tx, nil
}

// overlay is a set of pending writes: a value, or nil for a deletion.
type overlay struct {
	m map[string][]byte
}

func newOverlay() *overlay { return &overlay{m: make(map[string][]byte)} }

func (o *overlay) batch() *leveldb.Batch {
	keys := make([]string, 0, len(o.m))
	for key := range o.m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	b := new(leveldb.Batch)
	for _, key := range keys {
		if v := o.m[key]; v != nil {
			b.Put([]byte(key), v)
		} else {
			b.Delete([]byte(key))
		}
	}
	return b
}

type levelTx struct {
	kv   *levelKV
	sn   *leveldb.Snapshot
	w    *overlay // nil for a read transaction
	done bool
}

func (tx *levelTx) release() {
	if !tx.done {
		tx.done = true
		tx.sn.Release()
	}
}

func (tx *levelTx) Commit(ctx context.Context) error {
	defer tx.release()
	if tx.w == nil || len(tx.w.m) == 0 {
		return nil
	}
	k := tx.kv
	k.mu.Lock()
	if g := k.group; g != nil {
		for key, v := range tx.w.m {
			g.m[key] = v
		}
		k.commits++
		n := k.commits
		k.mu.Unlock()
		if k.failpoint != nil {
			return k.failpoint(n)
		}
		return nil
	}
	k.mu.Unlock()
	return k.db.Write(tx.w.batch(), k.wo)
}

func (tx *levelTx) Close() error {
	tx.release()
	return nil
}

// pending looks key up among the writes not yet on disk: this
// transaction's, then the open group's.
func (tx *levelTx) pending(key []byte) (v []byte, ok bool) {
	if tx.w != nil {
		if v, ok = tx.w.m[string(key)]; ok {
			return v, true
		}
	}
	tx.kv.mu.Lock()
	defer tx.kv.mu.Unlock()
	if g := tx.kv.group; g != nil {
		v, ok = g.m[string(key)]
	}
	return v, ok
}

func (tx *levelTx) Get(ctx context.Context, key flat.Key) (flat.Value, error) {
	if v, ok := tx.pending(key); ok {
		if v == nil {
			return nil, flat.ErrNotFound
		}
		return v, nil
	}
	v, err := tx.sn.Get(key, nil)
	if err == leveldb.ErrNotFound {
		return nil, flat.ErrNotFound
	}
	return v, err
}

func (tx *levelTx) GetBatch(ctx context.Context, keys []flat.Key) ([]flat.Value, error) {
	return flat.GetBatch(ctx, tx, keys)
}

func (tx *levelTx) Put(key flat.Key, v flat.Value) error {
	if tx.w == nil {
		return flat.ErrReadOnly
	}
	tx.w.m[string(key)] = append([]byte{}, v...)
	return nil
}

func (tx *levelTx) Del(key flat.Key) error {
	if tx.w == nil {
		return flat.ErrReadOnly
	}
	tx.w.m[string(key)] = nil
	return nil
}

// Scan merges the pending writes under pref with the snapshot's keys.
func (tx *levelTx) Scan(pref flat.Key) flat.Iterator {
	merged := make(map[string][]byte)
	tx.kv.mu.Lock()
	if g := tx.kv.group; g != nil {
		for key, v := range g.m {
			if bytes.HasPrefix([]byte(key), pref) {
				merged[key] = v
			}
		}
	}
	tx.kv.mu.Unlock()
	if tx.w != nil {
		for key, v := range tx.w.m {
			if bytes.HasPrefix([]byte(key), pref) {
				merged[key] = v
			}
		}
	}
	it := &levelIter{it: tx.sn.NewIterator(util.BytesPrefix(pref), nil), first: true}
	if len(merged) == 0 {
		return it
	}
	keys := make([]string, 0, len(merged))
	for key := range merged {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	return &mergeIter{base: it, keys: keys, vals: merged, baseOK: true}
}

type levelIter struct {
	it    iterator.Iterator
	first bool
}

func (it *levelIter) Next(ctx context.Context) bool {
	if it.first {
		it.first = false
		return it.it.First()
	}
	return it.it.Next()
}
func (it *levelIter) Key() flat.Key   { return it.it.Key() }
func (it *levelIter) Val() flat.Value { return it.it.Value() }
func (it *levelIter) Err() error      { return it.it.Error() }
func (it *levelIter) Close() error {
	it.it.Release()
	return it.Err()
}

// mergeIter walks the snapshot's keys and the pending keys in order; a
// pending key hides the snapshot's, a pending deletion hides both.
type mergeIter struct {
	base    *levelIter
	baseOK  bool // base may have more
	baseCur bool // base is positioned on an unconsumed key
	keys    []string
	vals    map[string][]byte
	i       int
	key     []byte
	val     []byte
}

func (it *mergeIter) Next(ctx context.Context) bool {
	for {
		if !it.baseCur && it.baseOK {
			it.baseCur = it.base.Next(ctx)
			it.baseOK = it.baseCur
		}
		havePending := it.i < len(it.keys)
		if !it.baseCur && !havePending {
			return false
		}
		var c int
		switch {
		case !it.baseCur:
			c = 1
		case !havePending:
			c = -1
		default:
			c = bytes.Compare(it.base.Key(), []byte(it.keys[it.i]))
		}
		if c < 0 {
			it.key, it.val = it.base.Key(), it.base.Val()
			it.baseCur = false
			return true
		}
		if c == 0 {
			it.baseCur = false // hidden by the pending write
		}
		key := it.keys[it.i]
		it.i++
		if v := it.vals[key]; v != nil {
			it.key, it.val = []byte(key), v
			return true
		}
	}
}

func (it *mergeIter) Key() flat.Key   { return it.key }
func (it *mergeIter) Val() flat.Value { return it.val }
func (it *mergeIter) Err() error      { return it.base.Err() }
func (it *mergeIter) Close() error    { return it.base.Close() }
