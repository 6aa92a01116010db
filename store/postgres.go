package store

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	gsql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph"
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
// 140 bytes per quad of table. Every read newsgraph makes names the
// subject or the object (store.go's each and eachWith; applyPG deletes a
// quad by its row id, read under its label's lock), and the object mostly
// implies the predicate (a type IRI, an entity, an alias key): one
// single-column index serves each (the subject's is the label's,
// pgLabelOf; the object's holds only the quads read by object:
// pgObjectPredicates), and btree deduplication keeps a hub entity, a type
// IRI or a document's label once. No index makes quads unique: applyPG
// checks a write against the quads of its labels, under their locks (a
// unique index of the MD5 digest of the four hashes, quads_key, took 40
// bytes a quad, 1.4 bytes per byte of text, and is dropped). cayley's foreign
// keys go: each check costs an index probe per inserted quad and would
// need a predicate and a label index to delete a node, and the nodes a
// write references are already held by its own transaction (cayley
// upserts them, row-locked, before inserting the quads), so another
// process cannot delete one under it. Nothing reads or writes the horizon
// column (a bigserial primary key): it goes, with its index, 8 of the 124
// bytes a quad row takes (ts stays: cayley's own writer fills it;
// applyPG leaves it NULL, which costs nothing). The
// node clean-up a write ends with deletes, by primary key, the nodes whose
// count it lowered to zero: no index may name refs, so that updating a
// count (every shared node, every write) can be a heap-only update, which
// adds no index entry and whose dead version the page reclaims by itself
// without waiting for a vacuum. The statements run at every open, under the schema lock: an older store is
// converted once.
var pgSchema = []string{
	`CREATE TABLE IF NOT EXISTS newsgraph_generation (id int PRIMARY KEY, n bigint NOT NULL)`,
	`INSERT INTO newsgraph_generation (id, n) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`,
	// the documents an ingest left waiting to be read again (unsettled.go)
	`CREATE TABLE IF NOT EXISTS newsgraph_unsettled (id text PRIMARY KEY)`,
	`DROP INDEX IF EXISTS nodes_unreferenced`,
	`ALTER TABLE quads DROP CONSTRAINT IF EXISTS subject_hash_fk, DROP CONSTRAINT IF EXISTS predicate_hash_fk,
		DROP CONSTRAINT IF EXISTS object_hash_fk, DROP CONSTRAINT IF EXISTS label_hash_fk`,
	`CREATE INDEX IF NOT EXISTS quads_label ON quads (label_hash)`,
	`CREATE INDEX IF NOT EXISTS quads_unlabeled ON quads (subject_hash) WHERE label_hash IS NULL`,
	// the documents looking a key up (Store.LookingUp), apart from
	// quads_object_read, whose list of predicates is fixed by its name
	`CREATE INDEX IF NOT EXISTS quads_looked_up ON quads (object_hash) WHERE predicate_hash = ` + pgBytea(graph.HashOf(pLookedUp)),
	`DROP INDEX IF EXISTS quads_subject, quads_key`,
	`DROP INDEX IF EXISTS spol_unique, spo_unique, spo_index, pos_index, ops_index, osp_index, quads_label_index, quads_digest, quads_object`,
	`ALTER TABLE quads DROP CONSTRAINT IF EXISTS quads_pkey`,
	`ALTER TABLE quads DROP COLUMN IF EXISTS horizon`,
	// A packed value (pgpack.go) over 2 KB stays in its row, where TOAST
	// would move it to chunks of its own table (their rows and index) and
	// fail to compress it further; the row still goes out past a page.
	// Checked first: ALTER TABLE waits for every reader of nodes.
	`DO $$ BEGIN
		IF (SELECT attstorage FROM pg_attribute WHERE attrelid = 'nodes'::regclass AND attname = 'value') <> 'm' THEN
			ALTER TABLE nodes ALTER COLUMN value SET STORAGE MAIN;
		END IF;
	END $$`,
}

// pgObjectPredicates are the predicates of every read by object (eachWith
// quad.Object): the types of documents, entities, events and decisions, the
// alias keys, and the statements and claims pointing at an entity or event.
// Only their quads are in the object index. The other half of all quads
// (a document's text, title and owned nodes, each statement's JSON) have
// objects that are unique literals, never looked up, and that btree
// deduplication cannot share: measured on 2,000 Reuters stories, built
// afresh, the whole object index is 2.0 MB and this one 0.7 MB. A read by
// object names its predicate (eachPG), which is how the planner knows the
// partial index holds all the answers; a read by object of any other
// predicate is still answered, by a sequential scan. A change of this list
// needs a new index name (the old index is dropped in pgSchema).
var pgObjectPredicates = []quad.IRI{pType, pEntType, pEvType, pAliasKey, pStatement, pClaim}

// pgObjectIndex creates the object index of pgObjectPredicates' quads.
func pgObjectIndex() string {
	var hashes []string
	for _, p := range pgObjectPredicates {
		h := graph.HashOf(p)
		hashes = append(hashes, `'\x`+hex.EncodeToString(h[:])+`'::bytea`)
	}
	return `CREATE INDEX IF NOT EXISTS quads_object_read ON quads (object_hash) WHERE predicate_hash IN (` + strings.Join(hashes, ", ") + `)`
}

// pgSchemaLock is the advisory lock key under which processes opening one
// store create its tables and indexes: two processes starting at once
// would otherwise both create them and one would fail.
const pgSchemaLock = 0x6e6577736772 // "newsgr"

// initPostgres creates cayley's tables on first use and newsgraph's
// indexes and functions, holding the schema lock, and returns the store's
// lock space (pgSpaceOf).
func initPostgres(ctx context.Context, name, addr string) (space int64, err error) {
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	if space, err = pgSpaceOf(ctx, conn); err != nil {
		return 0, err
	}
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, pgSchemaLock^space); err != nil {
		return 0, err
	}
	defer conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, pgSchemaLock^space)
	var exists bool
	if err := conn.QueryRowContext(ctx, `SELECT to_regclass('quads') IS NOT NULL AND to_regclass('nodes') IS NOT NULL`).Scan(&exists); err != nil {
		return 0, err
	}
	if !exists {
		// cayley's own init logs an error line against an existing
		// database: it runs only when the tables are missing.
		if err := graph.InitQuadStore(name, addr, nil); err != nil && err != graph.ErrDatabaseExists {
			return 0, err
		}
	}
	stmts := append(slices.Clone(pgSchema), pgObjectIndex(), pgWriteFunc)
	for _, q := range append(stmts, pgLockFuncs...) {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return 0, err
		}
	}
	return space, nil
}

// pgSpaceOf is the lock space of the store conn opens: a hash of the schema
// its tables live in (the first of its search_path that exists), mixed
// into every advisory lock key, which PostgreSQL takes per database. A
// store is a schema: stores in two schemas of one database (say, tests or
// benchmarks run side by side) then neither queue on each other's writer
// and schema locks nor share a document's label lock.
func pgSpaceOf(ctx context.Context, conn *sql.Conn) (int64, error) {
	var space int64
	err := conn.QueryRowContext(ctx, `SELECT hashtextextended(coalesce(current_schema(), ''), 0)`).Scan(&space)
	return space, err
}

// openPG opens newsgraph's own pool beside cayley's: the generation
// counter, the batched writes (applyPG) and the reads (eachPG).
func openPG(addr string) (*sql.DB, error) {
	// binary_parameters sends a query and its arguments in one round trip
	// (parse, bind, execute) where lib/pq otherwise waits for the parse:
	// half the round trips of every read and write. It sends []byte
	// arguments (the node hashes) as binary bytea, the rest as text.
	if u, err := url.Parse(addr); err == nil {
		q := u.Query()
		if q.Get("binary_parameters") == "" {
			q.Set("binary_parameters", "yes")
			u.RawQuery = q.Encode()
			addr = u.String()
		}
	}
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(8) // eachPG's reads, from every reader at once
	db.SetMaxIdleConns(4)
	return db, nil
}

// pgBatchRows bounds the rows of one statement (PostgreSQL takes at most
// 65,535 parameters in one).
const pgBatchRows = 1000

// applyPG writes one batch of deltas to cayley's PostgreSQL tables with
// cayley's own semantics (node reference counts up, quads added, quads
// deleted, counts down, unreferenced nodes removed, all in one
// transaction), but in one statement per step instead of cayley's one
// round trip per node and per quad (some 60 per document), each of which
// waits for the server on a loaded machine. Nodes are written in hash
// order, so that two processes lock shared nodes in the same order. A
// quad already there fails the batch as graph.ErrQuadExists, one already
// gone as graph.ErrQuadNotExist, as cayley's writer does. A batch of one
// label's quads, as every Put and DeleteDocument writes, goes further: one
// call of a server-side function, one round trip (applyPGFast).
func (s *Store) applyPG(ctx context.Context, deltas []graph.Delta) error {
	return s.applyPGWith(ctx, deltas, false)
}

// applyPGWith is applyPG; with ignoreDup an added quad already there (or
// twice in deltas) is left out instead of failing the batch (import).
//
// No index makes quads unique (a unique index of their digest took 40
// bytes a quad): a write takes the lock of every label it writes under
// (pgLockLabels), in order, then reads the quads those labels hold and
// checks its deltas against them. Every write of a document's quads names
// its label, so two writers of one document queue, and the second sees
// the first's quads; writers of different documents do not wait for each
// other.
func (s *Store) applyPGWith(ctx context.Context, deltas []graph.Delta, ignoreDup bool) error {
	if !ignoreDup {
		if err := s.applyPGFast(ctx, deltas); err != errPGSlowPath {
			return err
		}
	}
	tx, err := s.pg.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	held, err := pgLockLabels(ctx, tx, s.pgSpace, deltas)
	if err != nil {
		return err
	}
	var (
		keep           []graph.Delta
		gone           pq.StringArray // the row ids (ctid) of the quads deleted
		added, deleted = map[graph.QuadHash]bool{}, map[graph.QuadHash]bool{}
	)
	for _, dl := range deltas {
		h := pgHashOf(dl.Quad)
		tid, there := held[h]
		if dl.Action == graph.Delete {
			if !there || deleted[h] {
				return &graph.DeltaError{Delta: dl, Err: graph.ErrQuadNotExist}
			}
			deleted[h] = true
			gone = append(gone, tid)
		} else if (there && !deleted[h]) || added[h] {
			if ignoreDup {
				continue
			}
			return &graph.DeltaError{Delta: dl, Err: graph.ErrQuadExists}
		} else {
			added[h] = true
		}
		keep = append(keep, dl)
	}
	d := graphlog.SplitDeltas(keep)

	// Nodes whose count grows, grouped by the columns their value fills
	// (a packed literal fills value: pgpack.go).
	inc := map[string][][]any{}
	slices.SortFunc(d.IncNode, func(a, b graphlog.NodeUpdate) int { return bytes.Compare(a.Hash[:], b.Hash[:]) })
	for _, n := range d.IncNode {
		if n.RefInc == 0 {
			continue // added and deleted as often: it exists, its count stays
		}
		h := gsql.NodeHash{ValueHash: n.Hash}
		if packed := pgPack(n.Val); packed != nil {
			inc["value"] = append(inc["value"], []any{n.RefInc, h.SQLValue(), packed})
			continue
		}
		typ, vals, err := gsql.NodeValues(h, n.Val)
		if err != nil {
			return err
		}
		cols := strings.Join(typ.Columns(), ", ")
		inc[cols] = append(inc[cols], append([]any{n.RefInc}, vals...))
	}
	for _, c := range slices.Sorted(maps.Keys(inc)) {
		cols := "refs, hash, " + c
		err := pgRows(ctx, tx, inc[c], func(values string) string {
			return `INSERT INTO nodes (` + cols + `) VALUES ` + values +
				` ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`
		})
		if err != nil {
			return err
		}
	}

	quadRow := func(q graphlog.QuadUpdate) []any {
		row := make([]any, 0, 4)
		for _, h := range q.Quad.Dirs() {
			row = append(row, gsql.NodeHash{ValueHash: h}.SQLValue())
		}
		return row
	}
	var adds [][]any
	for _, q := range d.QuadAdd {
		adds = append(adds, quadRow(q))
	}
	err = pgRows(ctx, tx, adds, func(values string) string {
		return `INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash) VALUES ` + values
	})
	if err != nil {
		return err
	}
	for len(gone) > 0 {
		part := gone[:min(len(gone), pgBatchRows)]
		gone = gone[len(part):]
		res, err := tx.ExecContext(ctx, `DELETE FROM quads WHERE ctid = ANY($1::tid[])`, part)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n != int64(len(part)) {
			return fmt.Errorf("store: deleted %d of %d quads held under lock (%v)", n, len(part), err)
		}
	}

	if len(d.DecNode) > 0 {
		slices.SortFunc(d.DecNode, func(a, b graphlog.NodeUpdate) int { return bytes.Compare(a.Hash[:], b.Hash[:]) })
		var dec [][]any
		for _, n := range d.DecNode {
			dec = append(dec, []any{gsql.NodeHash{ValueHash: n.Hash}.SQLValue(), n.RefInc})
		}
		for len(dec) > 0 {
			part := dec[:min(len(dec), pgBatchRows)]
			dec = dec[len(part):]
			values, args := pgValues(part, []string{"bytea", "int"})
			if _, err := tx.ExecContext(ctx, `UPDATE nodes SET refs = refs + v.d FROM (VALUES `+values+`) AS v (h, d) WHERE hash = v.h`, args...); err != nil {
				return err
			}
		}
		gone := make(pq.ByteaArray, len(d.DecNode))
		for i, n := range d.DecNode {
			gone[i] = n.Hash[:]
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM nodes WHERE hash = ANY($1) AND refs <= 0`, gone); err != nil {
			return err
		}
	}
	// The generation counter moves in the write's own transaction: one
	// commit (one WAL flush) a write instead of two, and no process sees
	// the write under the old counter. The row is locked from here to the
	// commit, after every node this write locks, so writers queue on it
	// without a cycle.
	var gen int64
	if err := tx.QueryRowContext(ctx, `UPDATE newsgraph_generation SET n = n + 1 WHERE id = 1 RETURNING n`).Scan(&gen); err != nil {
		return fmt.Errorf("generation: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	s.wrote(gen)
	return nil
}

// pgHashOf is the hashes of q's four nodes (a zero hash: no label).
func pgHashOf(q quad.Quad) graph.QuadHash {
	var h graph.QuadHash
	for _, dir := range quad.Directions {
		if v := q.Get(dir); v != nil {
			h.Set(dir, graph.HashOf(v))
		}
	}
	return h
}

// pgLockLabels takes the transaction's lock of each label deltas name (the
// first eight bytes of its hash, as two int4 keys: not the space of the
// bigint schema lock; one lock for the unlabeled quads, decisions), in
// order of the key so that no two writers wait for each other in a cycle,
// then reads every quad stored under those labels (the unlabeled ones by
// the subjects deltas name): their hashes and row ids.
func pgLockLabels(ctx context.Context, tx *sql.Tx, space int64, deltas []graph.Delta) (map[graph.QuadHash]string, error) {
	type label struct {
		key  [2]int32
		hash graph.ValueHash
	}
	labels := map[graph.ValueHash]label{}
	unlabeled := map[graph.ValueHash]bool{}
	for _, dl := range deltas {
		var h graph.ValueHash
		if dl.Quad.Label != nil {
			h = graph.HashOf(dl.Quad.Label)
		} else {
			unlabeled[graph.HashOf(dl.Quad.Subject)] = true
		}
		labels[h] = label{pgLabelKey(space, h), h}
	}
	order := slices.SortedFunc(maps.Values(labels), func(a, b label) int {
		if c := cmp.Compare(a.key[0], b.key[0]); c != 0 {
			return c
		}
		return cmp.Compare(a.key[1], b.key[1])
	})
	held := map[graph.QuadHash]string{}
	read := func(where string, arg []byte) error {
		rows, err := tx.QueryContext(ctx, `SELECT ctid::text, subject_hash, predicate_hash, object_hash, label_hash FROM quads WHERE `+where, arg)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var tid string
			var hs [4][]byte
			if err := rows.Scan(&tid, &hs[0], &hs[1], &hs[2], &hs[3]); err != nil {
				return err
			}
			var h graph.QuadHash
			for i, dir := range quad.Directions {
				var v graph.ValueHash
				copy(v[:], hs[i])
				h.Set(dir, v)
			}
			held[h] = tid
		}
		return rows.Err()
	}
	for _, l := range order {
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1::int4, $2::int4)`, l.key[0], l.key[1]); err != nil {
			return nil, err
		}
		if l.hash != (graph.ValueHash{}) {
			if err := read("label_hash = $1", l.hash[:]); err != nil {
				return nil, err
			}
			continue
		}
		for _, sub := range slices.SortedFunc(maps.Keys(unlabeled), func(a, b graph.ValueHash) int { return bytes.Compare(a[:], b[:]) }) {
			if err := read("label_hash IS NULL AND subject_hash = $1", sub[:]); err != nil {
				return nil, err
			}
		}
	}
	return held, nil
}

// pgRows runs the statement stmt builds around a VALUES list, for rows in
// parts of pgBatchRows.
func pgRows(ctx context.Context, tx *sql.Tx, rows [][]any, stmt func(values string) string) error {
	for len(rows) > 0 {
		part := rows[:min(len(rows), pgBatchRows)]
		rows = rows[len(part):]
		values, args := pgValues(part, nil)
		if _, err := tx.ExecContext(ctx, stmt(values), args...); err != nil {
			return err
		}
	}
	return nil
}

// pgValues writes rows as "($1, $2), ($3, $4)" with the arguments in
// order; casts, when given, type each column's placeholders (a VALUES
// list in FROM has no column types of its own).
func pgValues(rows [][]any, casts []string) (string, []any) {
	var b strings.Builder
	var args []any
	for i, row := range rows {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for j, v := range row {
			if j > 0 {
				b.WriteString(", ")
			}
			args = append(args, v)
			b.WriteString("$" + strconv.Itoa(len(args)))
			if casts != nil {
				b.WriteString("::" + casts[j])
			}
		}
		b.WriteByte(')')
	}
	return b.String(), args
}

// eachPG calls fn with every quad that has v in direction dir (and
// predicate p, unless empty) in one query that also returns the values of
// each quad's subject, object and label. Through cayley's iterator every
// node not yet in the value cache cost a query of its own: one per
// statement of a hub entity, each a round trip. Predicates repeat and
// come from the cache. Values of kinds newsgraph does not write (numbers,
// times, strings cayley escaped) are looked up as before.
func (s *Store) eachPG(ctx context.Context, dir quad.Direction, v quad.Value, p quad.IRI, fn func(q quad.Quad)) error {
	where := "q." + dir.String() + "_hash = $1"
	args := []any{gsql.NodeHash{ValueHash: graph.HashOf(v)}.SQLValue()}
	if dir == quad.Subject {
		// by the subject's document (pgLabelOf)
		if l := pgLabelOf(v); l != nil {
			qs, held, err := s.pgDocQuads(ctx, l)
			if err != nil {
				return err
			}
			if held {
				for _, q := range qs {
					if q.Subject == v && (p == "" || q.Predicate == p) {
						fn(q)
					}
				}
				return ctx.Err()
			}
			args = append(args, gsql.NodeHash{ValueHash: graph.HashOf(l)}.SQLValue())
			where += " AND q.label_hash = $2"
		} else {
			where += " AND q.label_hash IS NULL"
		}
	}
	if p != "" {
		// A constant, not a parameter: the plan kept for the statement
		// (queryPG) can then use the partial object index.
		where += " AND q.predicate_hash = " + pgBytea(graph.HashOf(p))
	}
	return s.queryPG(ctx, where, args, fn)
}

// pgBytea is hash h as a bytea constant of SQL.
func pgBytea(h graph.ValueHash) string {
	return `'\x` + hex.EncodeToString(h[:]) + `'::bytea`
}

// docQuadsPG is docQuads on PostgreSQL: one scan of the quads labeled with
// the document (quads_label), where the walk from the document's node
// made a query per node it owns, each a scan of the same quads. It keeps
// the quads of the document's node, of the nodes it owns and of its
// statements' and claims' literals.
func (s *Store) docQuadsPG(ctx context.Context, id newsgraph.DocumentID) (map[quad.Quad]struct{}, error) {
	d := docIRI(id)
	owned := string(d) + "#"
	out := make(map[quad.Quad]struct{})
	keep := func(q quad.Quad) {
		if q.Label != d {
			return
		}
		switch sub := q.Subject.(type) {
		case quad.IRI:
			if sub != d && !strings.HasPrefix(string(sub), owned) {
				return
			}
		case quad.String:
			// a statement's or claim's literal
		default:
			return
		}
		out[q] = struct{}{}
	}
	qs, held, err := s.pgDocQuads(ctx, d)
	if err != nil {
		return nil, err
	}
	if held {
		for _, q := range qs {
			keep(q)
		}
		return out, nil
	}
	if err := s.queryPG(ctx, "q.label_hash = $1", []any{gsql.NodeHash{ValueHash: graph.HashOf(d)}.SQLValue()}, keep); err != nil {
		return nil, err
	}
	return out, nil
}

// pgDocQuads returns every quad of label l (a document's), read whole by
// the first read of any of them, while this process holds the writer lock
// (held false otherwise, and nothing read). A write reads its document
// some five times before and after it (its mentions, its events, its
// quads, what settling and the caches then read back), a read of the
// label each, most of them of a new document, empty: one read now, and
// one after the write, which drops the label (apply). The quads come in
// the order the label index gives, as a read by subject and label gets
// them. Outside the writer lock nothing is kept: another process may
// write a document then, and the lock's release drops every label.
func (s *Store) pgDocQuads(ctx context.Context, l quad.Value) (qs []quad.Quad, held bool, err error) {
	if !s.pgHeld.Load() {
		return nil, false, nil
	}
	if qs, ok := s.folds.labelQuads(l); ok {
		return qs, true, nil
	}
	qs = []quad.Quad{}
	err = s.queryPG(ctx, "q.label_hash = $1", []any{gsql.NodeHash{ValueHash: graph.HashOf(l)}.SQLValue()}, func(q quad.Quad) {
		qs = append(qs, q)
	})
	if err != nil {
		return nil, false, err
	}
	s.folds.putLabelQuads(l, qs)
	return qs, true, nil
}

// queryPG calls fn with every quad that matches where (over quads q, with
// args), with the values of its nodes.
//
// The statement is prepared once per text and kept (pgPrepared): planning
// the three lateral joins took some 0.5 ms, several times what running a
// read of one document's quads takes, and most reads are of a few
// shapes; after five runs PostgreSQL keeps one generic plan of a prepared
// statement when it costs no more than the custom ones.
func (s *Store) queryPG(ctx context.Context, where string, args []any, fn func(q quad.Quad)) error {
	s.pgReads.Add(1)
	stmt, err := s.pgPrepared(ctx, `SELECT q.subject_hash, q.predicate_hash, q.object_hash, q.label_hash,
		n1.value_string, n1.iri, n1.bnode, n1.datatype, n1.language, n1.value,
		n2.value_string, n2.iri, n2.bnode, n2.datatype, n2.language, n2.value,
		n3.value_string, n3.iri, n3.bnode, n3.datatype, n3.language, n3.value
		FROM quads q
		LEFT JOIN LATERAL (`+pgNode+` WHERE hash = q.subject_hash LIMIT 1) n1 ON true
		LEFT JOIN LATERAL (`+pgNode+` WHERE hash = q.object_hash LIMIT 1) n2 ON true
		LEFT JOIN LATERAL (`+pgNode+` WHERE hash = q.label_hash LIMIT 1) n3 ON true
		WHERE `+where)
	if err != nil {
		return err
	}
	rows, err := stmt.QueryContext(ctx, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var (
		sh, ph, oh, lh gsql.NodeHash
		vals           [3]pgValue
	)
	for rows.Next() {
		dest := []any{&sh, &ph, &oh, &lh}
		for i := range vals {
			vals[i] = pgValue{}
			dest = append(dest, &vals[i].str, &vals[i].iri, &vals[i].bnode, &vals[i].typ, &vals[i].lang, &vals[i].packed)
		}
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		fn(quad.Quad{
			Subject:   s.pgValueOf(sh, vals[0]),
			Predicate: s.nameOf(ph),
			Object:    s.pgValueOf(oh, vals[1]),
			Label:     s.pgValueOf(lh, vals[2]),
		})
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// pgLabelOf is the label of the quads of subject v: the document of a
// document's node, of a node it owns (the IRI up to '#') or of a
// statement's or claim's literal (literalHead), nil for any other
// subject. PostgreSQL has no index of all subjects. Every subject
// newsgraph reads by is one of these, whose quads all carry the document
// as label, or a decision, whose quads carry none: a read by subject is a
// scan of the document's quads (quads_label, whose btree deduplication
// stores each document's hash once, a few bytes a quad where the subject
// index took 30) or of the unlabeled quads (quads_unlabeled); a read by
// the subject of a labeled quad of any other subject would find none.
func pgLabelOf(v quad.Value) quad.Value {
	if lit, ok := v.(quad.String); ok {
		// a statement's or claim's literal, labeled with its document
		if doc, _, _, ok := literalHead(string(lit)); ok {
			return docIRI(doc)
		}
		return nil
	}
	iri, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), docPrefix) {
		return nil
	}
	d, _, _ := strings.Cut(string(iri), "#")
	return quad.IRI(d)
}

// pgNode reads a node's value columns. eachPG joins it laterally, one
// primary-key lookup per quad: as plain joins, the planner took young
// tables (not analysed yet) for small and hashed all of nodes, a
// sequential scan per read (measured: 13 per document on a fresh store,
// twice PostgreSQL's CPU of the ingest).
const pgNode = `SELECT value_string, iri, bnode, datatype, language, value FROM nodes`

// pgValue is a node's columns as eachPG reads them.
type pgValue struct {
	str, typ, lang sql.NullString
	iri, bnode     sql.NullBool
	packed         []byte // the value column: a packed literal (pgpack.go), or cayley's encoding
}

// pgValueOf is the value of node h from its columns (as cayley's NameOf
// reads them), remembered in the value cache.
func (s *Store) pgValueOf(h gsql.NodeHash, c pgValue) quad.Value {
	if !h.Valid() {
		return nil
	}
	if !c.str.Valid && pgPacked(c.packed) {
		s.cacheMu.Lock()
		v, ok := s.values.get(h)
		s.cacheMu.Unlock()
		if ok {
			return v
		}
		v, err := pgUnpack(c.packed)
		if err != nil {
			return s.qs.NameOf(h) // cayley's reading, which names the fault
		}
		s.remember(h, v)
		return v
	}
	if !c.str.Valid || strings.Contains(c.str.String, `\x00`) {
		return s.nameOf(h)
	}
	var v quad.Value
	switch {
	case c.iri.Bool:
		v = quad.IRI(c.str.String)
	case c.bnode.Bool:
		v = quad.BNode(c.str.String)
	case c.lang.Valid:
		v = quad.LangString{Value: quad.String(c.str.String), Lang: c.lang.String}
	case c.typ.Valid:
		v = quad.TypedString{Value: quad.String(c.str.String), Type: quad.IRI(c.typ.String)}
	default:
		v = quad.String(c.str.String)
	}
	s.remember(h, v)
	return v
}

// pgNameOf is the value of node ref, read by cayley unless it is packed
// (pgpack.go): nameOf's reading on PostgreSQL of the nodes eachPG does not
// join (predicates).
func (s *Store) pgNameOf(ref graph.Ref) quad.Value {
	h, ok := ref.(gsql.NodeHash)
	if !ok {
		return s.qs.NameOf(ref)
	}
	var packed []byte
	err := s.pg.QueryRow(`SELECT value FROM nodes WHERE hash = $1 AND value_string IS NULL`, h.SQLValue()).Scan(&packed)
	if err != nil || !pgPacked(packed) {
		return s.qs.NameOf(ref)
	}
	v, err := pgUnpack(packed)
	if err != nil {
		return s.qs.NameOf(ref)
	}
	return v
}

// pgPrepared returns the prepared statement of text, preparing it on first
// use. database/sql prepares it again on each connection it runs on; the
// statements are few (a read's shape and predicate) and live as long as
// the pool.
func (s *Store) pgPrepared(ctx context.Context, text string) (*sql.Stmt, error) {
	if st, ok := s.pgStmts.Load(text); ok {
		return st.(*sql.Stmt), nil
	}
	st, err := s.pg.PrepareContext(ctx, text)
	if err != nil {
		return nil, err
	}
	if old, loaded := s.pgStmts.LoadOrStore(text, st); loaded {
		st.Close()
		return old.(*sql.Stmt), nil
	}
	return st, nil
}
