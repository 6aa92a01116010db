package store

import (
	"os"
	"sync"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	"github.com/hidal-go/hidalgo/kv/flat/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"

	// Backends register themselves with cayley's registry in init; these
	// blank imports are the only place newsgraph wires them.
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
)

// registerLevelDB registers cayley's leveldb backend by hand. In cayley
// v0.7.7 it is registered by graph/kv's init from hidalgo's list of key-value
// stores, and graph/kv initialises before hidalgo's leveldb package adds
// itself to that list: importing it is not enough (FACTS.md saw the same with
// badger). Open calls this once; Open then still checks the registry.
// Registering it here also lets newsgraph size leveldb's caches.
var registerLevelDB sync.Once

func ensureBackends() {
	registerLevelDB.Do(func() {
		if graph.IsRegistered(leveldb.Name) {
			return
		}
		kv.Register(leveldb.Name, kv.Registration{
			InitFunc:     createLevelDB,
			NewFunc:      openLevelDB,
			IsPersistent: true,
		})
	})
}

// levelOptions: reads of a hub entity touch a block per document, so a
// block cache larger than leveldb's 8 MB default pays; a larger write
// buffer means fewer compactions while ingesting.
func levelOptions() *opt.Options {
	return &opt.Options{
		BlockCacheCapacity: 64 << 20,
		WriteBuffer:        16 << 20,
	}
}

// createLevelDB is cayley's leveldb.Create with newsgraph's options.
func createLevelDB(path string, _ graph.Options) (hkv.KV, error) {
	if err := os.MkdirAll(path, 0o700); err != nil {
		return nil, err
	}
	o := levelOptions()
	o.ErrorIfExist = true
	db, err := leveldb.Open(path, o)
	if os.IsExist(err) {
		return nil, graph.ErrDatabaseExists
	} else if err != nil {
		return nil, err
	}
	db.SetWriteOptions(&opt.WriteOptions{Sync: true})
	return flat.Upgrade(db), nil
}

// openLevelDB is cayley's leveldb.Open with newsgraph's options. Writes are
// synced: a Put that returned is on disk.
func openLevelDB(path string, _ graph.Options) (hkv.KV, error) {
	o := levelOptions()
	o.ErrorIfMissing = true
	db, err := leveldb.Open(path, o)
	if err != nil {
		return nil, err
	}
	db.SetWriteOptions(&opt.WriteOptions{Sync: true})
	return flat.Upgrade(db), nil
}
