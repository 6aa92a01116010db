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

// pgSchema are newsgraph's generation counter (generation.go) and the
// indexes cayley's SQL schema lacks for its own writes:
//   - every batch that lowers a node's count ends with DELETE FROM nodes
//     WHERE refs <= 0, a sequential scan of nodes without an index on refs;
//     the partial index holds only the nodes about to go;
//   - deleting a node checks the foreign key quads.label_hash, which no
//     index leads with (subject, predicate and object each lead one of
//     cayley's), a sequential scan of quads per deleted node.
var pgSchema = []string{
	`CREATE TABLE IF NOT EXISTS newsgraph_generation (id int PRIMARY KEY, n bigint NOT NULL)`,
	`INSERT INTO newsgraph_generation (id, n) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`,
	`CREATE INDEX IF NOT EXISTS nodes_unreferenced ON nodes (hash) WHERE refs <= 0`,
	`CREATE INDEX IF NOT EXISTS quads_label_index ON quads (label_hash)`,
	// Every read newsgraph makes, every delete cayley makes and every
	// foreign-key check leads with one direction: spo_index, ops_index,
	// pos_index and quads_label_index serve them all (spol_unique is
	// partial, for labelled quads only). cayley's (object, subject,
	// predicate) index only costs space and time on every write.
	`DROP INDEX IF EXISTS osp_index`,
}

// pgInitOptions: cayley builds its quad indexes half full (fill factor
// 50), for in-place updates newsgraph never makes (quads are inserted and
// deleted). Measured: little effect, random hash keys split pages anyway.
var pgInitOptions = graph.Options{"db_fill_factor": 90}

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
		if err := graph.InitQuadStore(name, addr, pgInitOptions); err != nil && err != graph.ErrDatabaseExists {
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
