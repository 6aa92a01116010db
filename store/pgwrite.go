package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"slices"

	"github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	gsql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/lib/pq"
)

// pgWriteFunc is applyPG's write of one label's quads (a document's, as
// every Put and DeleteDocument writes) as one server-side call: the
// label's lock, the check of every delta against the quads held under it,
// the quads deleted and added, the node counts and the generation counter,
// in the one transaction of a single statement. Sent as separate
// statements (BEGIN, the lock, the read of the label's quads, an insert
// per kind of node, the quads, the deletes, the counts, the counter,
// COMMIT), a document's write was some twelve round trips, each a wait for
// the server and then for the client to be scheduled again: 16 ms a write
// on a loaded machine, where the statements themselves ran in under 2.
//
// Arguments: lk1, lk2 the label lock's keys (pgLabelKey); lbl the label;
// ds, dp, dobj, dadd the deltas' subjects, predicates and objects, and
// true for an add; nh, nrefs, nkind, nstr, nval the nodes whose count
// grows, in hash order (nkind 0: a packed value in nval; 1: an IRI and 3:
// a string, in nstr); dh, drefs the nodes whose count falls. It returns
// the generation counter as the write left it, or, having changed
// nothing, -i when the i-th delta (from 1) adds a quad already held or
// deletes one not held. The deltas are matched with the held quads by
// grouping both on their hashes (a hash aggregate), not by a join, which
// the planner, knowing neither side's size, could make a nested loop; the
// held quads are read by the label alone, as eachPG's reads are, so that
// the kept generic plan scans the label index (as a join on a list of
// labels, it was planned as a sequential scan of all quads).
const pgWriteFunc = `CREATE OR REPLACE FUNCTION newsgraph_write(
	lk1 int, lk2 int, lbl bytea,
	ds bytea[], dp bytea[], dobj bytea[], dadd boolean[],
	nh bytea[], nrefs int[], nkind int[], nstr text[], nval bytea[],
	dh bytea[], drefs int[]) RETURNS bigint LANGUAGE plpgsql AS $f$
DECLARE
	bad bigint;
	gone tid[];
	gen bigint;
BEGIN
	PERFORM pg_advisory_xact_lock(lk1, lk2);
	SELECT min(g.i) FILTER (WHERE (g.a AND g.held > 0) OR (g.d AND g.held = 0)),
		array_agg(g.t) FILTER (WHERE g.d AND g.held > 0)
	INTO bad, gone
	FROM (
		SELECT min(u.i) AS i, bool_or(u.a) AS a, bool_or(NOT u.a) AS d, count(u.t) AS held, min(u.t) AS t
		FROM (
			SELECT d.s, d.p, d.o, d.a, d.i, NULL::tid AS t FROM unnest(ds, dp, dobj, dadd) WITH ORDINALITY AS d(s, p, o, a, i)
			UNION ALL
			SELECT subject_hash, predicate_hash, object_hash, NULL, NULL, ctid FROM quads WHERE label_hash = lbl
		) u
		GROUP BY u.s, u.p, u.o
	) g;
	IF bad IS NOT NULL THEN
		RETURN -bad;
	END IF;
	IF gone IS NOT NULL THEN
		DELETE FROM quads WHERE ctid = ANY (gone);
	END IF;
	INSERT INTO nodes (refs, hash, value_string, iri, value)
		SELECT x.r, x.h, CASE WHEN x.k <> 0 THEN x.s END, CASE WHEN x.k = 1 THEN true END, CASE WHEN x.k = 0 THEN x.v END
		FROM unnest(nrefs, nh, nkind, nstr, nval) AS x(r, h, k, s, v)
		ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs;
	INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash)
		SELECT d.s, d.p, d.o, lbl FROM unnest(ds, dp, dobj, dadd) AS d(s, p, o, a) WHERE d.a;
	IF array_length(dh, 1) > 0 THEN
		UPDATE nodes SET refs = refs + v.d FROM unnest(dh, drefs) AS v(h, d) WHERE hash = v.h;
		DELETE FROM nodes WHERE hash = ANY (dh) AND refs <= 0;
	END IF;
	UPDATE newsgraph_generation SET n = n + 1 WHERE id = 1 RETURNING n INTO gen;
	RETURN gen;
END
$f$`

// errPGSlowPath: deltas applyPGFast leaves to the statement-by-statement
// write (a node of a kind newsgraph does not write, a quad twice).
var errPGSlowPath = errors.New("store: write needs the statement-by-statement path")

// applyPGFast is applyPG in one call of newsgraph_write (pgWriteFunc),
// one round trip and one commit. It returns errPGSlowPath, having
// written nothing, for deltas it does not take.
func (s *Store) applyPGFast(ctx context.Context, deltas []graph.Delta) error {
	if len(deltas) == 0 || deltas[0].Quad.Label == nil {
		return errPGSlowPath
	}
	label := deltas[0].Quad.Label
	var (
		ds, dp, dobj pq.ByteaArray
		dadd         pq.BoolArray
		seen         = make(map[graph.QuadHash]bool, len(deltas))
	)
	for _, dl := range deltas {
		if dl.Quad.Label != label {
			return errPGSlowPath // a write of several labels (none does)
		}
		h := pgHashOf(dl.Quad)
		if seen[h] {
			return errPGSlowPath // a quad twice: its checks depend on the order
		}
		seen[h] = true
		ds, dp, dobj = append(ds, h.Subject[:]), append(dp, h.Predicate[:]), append(dobj, h.Object[:])
		dadd = append(dadd, dl.Action == graph.Add)
	}
	lh := graph.HashOf(label)
	key := pgLabelKey(s.pgSpace, lh)

	d := graphlog.SplitDeltas(deltas)
	var (
		nh, nval    pq.ByteaArray
		nrefs       pq.Int64Array
		nkind       pq.Int64Array
		nstr        pq.StringArray
		dh          pq.ByteaArray
		drefs       pq.Int64Array
		emptyPacked = []byte{}
	)
	slices.SortFunc(d.IncNode, func(a, b graphlog.NodeUpdate) int { return bytes.Compare(a.Hash[:], b.Hash[:]) })
	for _, n := range d.IncNode {
		if n.RefInc == 0 {
			continue // added and deleted as often: it exists, its count stays
		}
		hash := n.Hash
		if packed := pgPack(n.Val); packed != nil {
			nh, nrefs, nkind, nstr, nval = append(nh, hash[:]), append(nrefs, int64(n.RefInc)), append(nkind, 0), append(nstr, ""), append(nval, packed)
			continue
		}
		typ, vals, err := gsql.NodeValues(gsql.NodeHash{ValueHash: hash}, n.Val)
		if err != nil {
			return err
		}
		var str string
		switch typ {
		case 1: // IRI
			str = vals[1].(string)
		case 3: // string, its NUL bytes escaped by cayley
			str = vals[1].(string)
		default:
			return errPGSlowPath
		}
		nh, nrefs, nkind, nstr, nval = append(nh, hash[:]), append(nrefs, int64(n.RefInc)), append(nkind, int64(typ)), append(nstr, str), append(nval, emptyPacked)
	}
	slices.SortFunc(d.DecNode, func(a, b graphlog.NodeUpdate) int { return bytes.Compare(a.Hash[:], b.Hash[:]) })
	for _, n := range d.DecNode {
		hash := n.Hash
		dh = append(dh, hash[:])
		drefs = append(drefs, int64(n.RefInc))
	}

	var gen int64
	err := s.pg.QueryRowContext(ctx, `SELECT newsgraph_write($1::int, $2::int, $3, $4, $5, $6, $7, $8, $9::int[], $10::int[], $11, $12, $13, $14::int[])`,
		key[0], key[1], lh[:], ds, dp, dobj, dadd, nh, nrefs, nkind, nstr, nval, dh, drefs).Scan(&gen)
	if err != nil {
		return err
	}
	if gen < 0 {
		dl := deltas[-gen-1]
		if dl.Action == graph.Add {
			return &graph.DeltaError{Delta: dl, Err: graph.ErrQuadExists}
		}
		return &graph.DeltaError{Delta: dl, Err: graph.ErrQuadNotExist}
	}
	s.wrote(gen)
	return nil
}

// pgLabelKey is the key pair of a label's transaction lock (pgLockLabels):
// the first eight bytes of its hash, in the store's lock space.
func pgLabelKey(space int64, h graph.ValueHash) [2]int32 {
	return [2]int32{int32(binary.BigEndian.Uint32(h[0:4]) ^ uint32(space>>32)), int32(binary.BigEndian.Uint32(h[4:8]) ^ uint32(space))}
}
