package store

import (
	"sync"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/kv/leveldb"

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
var registerLevelDB sync.Once

func ensureBackends() {
	registerLevelDB.Do(func() {
		if graph.IsRegistered(leveldb.Type) {
			return
		}
		kv.Register(leveldb.Type, kv.Registration{
			InitFunc:     leveldb.Create,
			NewFunc:      leveldb.Open,
			IsPersistent: true,
		})
	})
}
