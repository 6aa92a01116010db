package store

import (
	"errors"
	"os"
	"sync"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/cache"
	"github.com/syndtr/goleveldb/leveldb/filter"
	"github.com/syndtr/goleveldb/leveldb/opt"

	// Backends register themselves with cayley's registry in init; these
	// blank imports are the only place newsgraph wires them.
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
)

// leveldbName is cayley's registry name of its leveldb backend.
const leveldbName = "leveldb"

// registerLevelDB registers cayley's leveldb backend by hand. In cayley
// v0.7.7 it is registered by graph/kv's init from hidalgo's list of key-value
// stores, and graph/kv initialises before hidalgo's leveldb package adds
// itself to that list: importing it is not enough (FACTS.md saw the same with
// badger). Open calls this once; Open then still checks the registry. The
// Store itself opens leveldb through openLevel, over its own key-value layer
// (leveldb.go); the registration keeps the backend known to cayley's tools.
var registerLevelDB sync.Once

func ensureBackends() {
	registerLevelDB.Do(func() {
		if graph.IsRegistered(leveldbName) {
			return
		}
		kv.Register(leveldbName, kv.Registration{
			InitFunc: func(path string, _ graph.Options) (hkv.KV, error) {
				l, err := openLevelKV(path, true)
				if err != nil {
					return nil, err
				}
				return flat.Upgrade(l), nil
			},
			NewFunc: func(path string, _ graph.Options) (hkv.KV, error) {
				l, err := openLevelKV(path, false)
				if err != nil {
					return nil, err
				}
				return flat.Upgrade(l), nil
			},
			IsPersistent: true,
		})
	})
}

// levelOptions: reads of a hub entity touch a block per document, so a
// block cache larger than leveldb's 8 MB default pays; a larger write
// buffer means fewer, larger level-0 tables while ingesting. A bloom filter
// per table (10 bits a key, 1 % false positives) answers most reads of a
// key a table lacks without reading the table's blocks: every quad a write
// adds first looks up its node and index keys, which are mostly new, in
// every level-0 table and one table of each level below (tables written
// before the filter keep working without one).
//
// blocks, when not nil, is set to the block cache leveldb makes, so that
// SetBlockCache can resize it.
func levelOptions(blocks *cache.Cacher) *opt.Options {
	return &opt.Options{
		BlockCacheCapacity: 64 << 20,
		BlockCacher: &opt.CacherFunc{NewFunc: func(capacity int) cache.Cacher {
			c := cache.NewLRU(capacity)
			if blocks != nil {
				*blocks = c
			}
			return c
		}},
		WriteBuffer: 16 << 20,
		Filter:      filter.NewBloomFilter(10),
	}
}

// openLevelKV opens (create: creates) the leveldb folder at path. Writes
// are synced: a Put that returned is on disk.
func openLevelKV(path string, create bool) (*levelKV, error) {
	k := &levelKV{wo: &opt.WriteOptions{Sync: true}}
	o := levelOptions(&k.blocks)
	if create {
		if err := os.MkdirAll(path, 0o700); err != nil {
			return nil, err
		}
	} else {
		o.ErrorIfMissing = true
	}
	db, err := leveldb.OpenFile(path, o)
	if err != nil {
		return nil, err
	}
	k.db = db
	return k, nil
}

// kvOptions: cayley's kv store otherwise builds a 100-million-entry bloom
// filter of every quad at open, reading the whole log (seconds and ~100 MB
// at the scale corpus) to spare an index read per added quad.
var kvOptions = graph.Options{kv.OptNoBloom: true}

// openLevel opens the cayley quad store in the leveldb folder at path,
// creating it on first use, and returns the key-value layer under it.
func openLevel(path string) (graph.QuadStore, *levelKV, error) {
	l, err := openLevelKV(path, true)
	if err != nil {
		return nil, nil, err
	}
	h := flat.Upgrade(l)
	if err := kv.Init(h, nil); err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
		l.Close()
		return nil, nil, err
	}
	qs, err := kv.New(h, kvOptions)
	if err != nil {
		l.Close()
		return nil, nil, err
	}
	return qs, l, nil
}
