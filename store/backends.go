package store

import (
	// Backends register themselves with cayley's registry in init; these
	// blank imports are the only place newsgraph wires them.
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
)
