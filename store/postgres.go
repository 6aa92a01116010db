package store

import (
	"context"
	"database/sql"

	"github.com/cayleygraph/cayley/graph"
)

// pgOptions bound cayley's connection pool: database/sql opens connections
// without limit and keeps two idle, so a burst of reads and writes opened
// and closed tens of PostgreSQL backends per few hundred documents.
var pgOptions = graph.Options{
	"maxopenconnections": 8,
	"maxidleconnections": 8,
	"connmaxlifetime":    "30m",
}

// pgSchema are newsgraph's generation counter (generation.go) and the quad
// indexes it keeps in place of cayley's. Measured on 300 Reuters stories
// (0.3 MB of text, 11k quads): cayley's tables took 32 bytes per text
// byte, 6 MB of it five quad indexes of 20-byte hashes (spo, pos, ops,
// the partial unique spol, label), ~110-150 bytes per quad each, against
// 140 bytes per quad of table. Every read newsgraph makes and every
// delete cayley makes names the subject or the object (store.go's each and
// eachWith, cayley's DELETE ... WHERE subject_hash = ...), and the object
// mostly implies the predicate (a type IRI, an entity, an alias key): one
// single-column index on each serves them, and btree deduplication keeps
// a hub entity or a type IRI once. Uniqueness, which turns a raced
// duplicate into the error write.go retries on, is one index of a 16-byte
// digest of all four hashes (fixed length, so the concatenation is
// unambiguous; NULL labels digest 60 bytes, others 80). cayley's foreign
// keys go: each check costs an index probe per inserted quad and would
// need a predicate and a label index to delete a node, and the nodes a
// write references are already held by its own transaction (cayley
// upserts them, row-locked, before inserting the quads), so another
// process cannot delete one under it. The horizon column keeps its
// default; nothing reads by it, so its primary key index goes too. The
// node clean-up every write ends with (DELETE FROM nodes WHERE refs <= 0)
// scans a partial index holding only the nodes about to go. The
// statements run at every open, under the schema lock: an older store is
// converted once.
var pgSchema = []string{
	`CREATE TABLE IF NOT EXISTS newsgraph_generation (id int PRIMARY KEY, n bigint NOT NULL)`,
	`INSERT INTO newsgraph_generation (id, n) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`,
	`CREATE INDEX IF NOT EXISTS nodes_unreferenced ON nodes (hash) WHERE refs <= 0`,
	`ALTER TABLE quads DROP CONSTRAINT IF EXISTS subject_hash_fk, DROP CONSTRAINT IF EXISTS predicate_hash_fk,
		DROP CONSTRAINT IF EXISTS object_hash_fk, DROP CONSTRAINT IF EXISTS label_hash_fk`,
	`CREATE UNIQUE INDEX IF NOT EXISTS quads_digest ON quads
		((decode(md5(subject_hash || predicate_hash || object_hash || coalesce(label_hash, '')), 'hex')))`,
	`CREATE INDEX IF NOT EXISTS quads_subject ON quads (subject_hash)`,
	`CREATE INDEX IF NOT EXISTS quads_object ON quads (object_hash)`,
	`DROP INDEX IF EXISTS spol_unique, spo_unique, spo_index, pos_index, ops_index, osp_index, quads_label_index`,
	`ALTER TABLE quads DROP CONSTRAINT IF EXISTS quads_pkey`,
}

// pgSchemaLock is the advisory lock key under which processes opening one
// database create its tables and indexes: two processes starting at once
// would otherwise both create them and one would fail.
const pgSchemaLock = 0x6e6577736772 // "newsgr"

// initPostgres creates cayley's tables on first use and newsgraph's
// indexes, holding the schema lock.
func initPostgres(ctx context.Context, name, addr string) error {
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, pgSchemaLock); err != nil {
		return err
	}
	defer conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, pgSchemaLock)
	var exists bool
	if err := conn.QueryRowContext(ctx, `SELECT to_regclass('quads') IS NOT NULL AND to_regclass('nodes') IS NOT NULL`).Scan(&exists); err != nil {
		return err
	}
	if !exists {
		// cayley's own init logs an error line against an existing
		// database: it runs only when the tables are missing.
		if err := graph.InitQuadStore(name, addr, nil); err != nil && err != graph.ErrDatabaseExists {
			return err
		}
	}
	for _, q := range pgSchema {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

// openPG opens newsgraph's own small pool beside cayley's.
func openPG(addr string) (*sql.DB, error) {
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(2)
	db.SetMaxIdleConns(2)
	return db, nil
}
