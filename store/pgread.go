package store

import (
	"context"
	"database/sql"

	"github.com/cayleygraph/cayley/graph"
	gsql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph"
)

// prefetchStatements reads, on PostgreSQL, the statement literals of the
// entities of ids (and of the entities merged into them) that neither the
// reader nor the fold cache holds, all in one query, into the fold cache
// where statements finds them. A batch of entities (the ingest writer
// reads the mentions of every entity a document names, and the candidates
// of an alias key) otherwise cost a query each, one round trip each; on a
// loaded machine the round trips, not the statements, were the writer's
// time. Elsewhere, and for fewer than two entities, it does nothing. With
// folded, it leaves out the entities whose fold the cache holds (a read
// of the folded entities needs no statements of those).
func (r *reader) prefetchStatements(ids []newsgraph.EntityID, folded bool) error {
	if r.s.pg == nil || len(ids) < 2 {
		return nil
	}
	var nodes []quad.Value
	seen := map[newsgraph.EntityID]bool{}
	for _, id := range ids {
		x := r.view.canonical(id)
		if _, ok := r.s.folds.entity(x); ok && folded {
			continue
		}
		if _, ok := r.s.folds.entityFold(x); ok && folded {
			continue
		}
		src := x
		if sp, ok := r.view.splitOf[x]; ok {
			src = r.view.canonical(sp.source)
		}
		for _, m := range r.view.members(src) {
			if !seen[m] {
				seen[m] = true
				if _, ok := r.stmts[m]; !ok {
					nodes = append(nodes, quad.IRI(m))
				}
			}
		}
	}
	return r.prefetchLiterals(nodes, pStatement)
}

// pgPrefetchRows bounds the nodes of one prefetch query.
const pgPrefetchRows = 1000

// pgPrefetch switches the batched reads on; tests switch them off to count
// what they save.
var pgPrefetch = true

// prefetchLiterals reads, on PostgreSQL, the literals pointing at each of
// nodes by p (literals) that the fold cache does not hold, in one query
// per pgPrefetchRows nodes, into the fold cache. It does nothing elsewhere
// or for fewer than two nodes to read.
func (r *reader) prefetchLiterals(nodes []quad.Value, p quad.IRI) error {
	if r.s.pg == nil || !pgPrefetch {
		return nil
	}
	var todo []quad.Value
	for _, n := range nodes {
		if _, ok := r.s.folds.literalsOf(n); !ok {
			todo = append(todo, n)
		}
	}
	if len(todo) < 2 {
		return nil
	}
	for len(todo) > 0 {
		part := todo[:min(len(todo), pgPrefetchRows)]
		todo = todo[len(part):]
		lits, err := r.s.literalsPG(r.ctx, part, p)
		if err != nil {
			return err
		}
		for i, n := range part {
			r.s.folds.putLiterals(n, lits[i])
		}
	}
	return nil
}

// literalsPG is literals of each of nodes in one query: per node, the
// subjects of the quads with predicate p pointing at it, in the order of
// the object index, as eachWith reads them one node at a time. The
// subquery per node is fenced (OFFSET 0) so that it stays a scan of the
// object index for that node: as a join of the list with all quads, a
// plan without statistics could hash the whole table.
func (s *Store) literalsPG(ctx context.Context, nodes []quad.Value, p quad.IRI) ([][]string, error) {
	hashes := make(pq.ByteaArray, len(nodes))
	for i, n := range nodes {
		h := graph.HashOf(n)
		hashes[i] = h[:]
	}
	stmt, err := s.pgPrepared(ctx, `SELECT v.i, q.subject_hash, n.value_string, n.iri, n.bnode, n.datatype, n.language, n.value
		FROM unnest($1::bytea[]) WITH ORDINALITY AS v (h, i)
		CROSS JOIN LATERAL (SELECT subject_hash FROM quads WHERE object_hash = v.h AND predicate_hash = `+pgBytea(graph.HashOf(p))+` OFFSET 0) q
		LEFT JOIN LATERAL (`+pgNode+` WHERE hash = q.subject_hash LIMIT 1) n ON true`)
	if err != nil {
		return nil, err
	}
	s.pgReads.Add(1)
	rows, err := stmt.QueryContext(ctx, hashes)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([][]string, len(nodes))
	for rows.Next() {
		var (
			i  int64
			sh gsql.NodeHash
			v  pgValue
		)
		if err := rows.Scan(&i, &sh, &v.str, &v.iri, &v.bnode, &v.typ, &v.lang, &v.packed); err != nil {
			return nil, err
		}
		out[i-1] = append(out[i-1], str(s.pgValueOf(sh, v)))
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, ctx.Err()
}

// prefetchDocuments reads, on PostgreSQL, the heads and bodies of the
// documents of ids the reader has not read, in one query per
// pgPrefetchRows documents (document reads them one query each). A
// document not found so (one written before the document literal, or none)
// is left to document. It does nothing elsewhere or for fewer than two
// documents to read.
func (r *reader) prefetchDocuments(ids []newsgraph.DocumentID) error {
	if r.s.pg == nil || !pgPrefetch {
		return nil
	}
	var todo []newsgraph.DocumentID
	seen := map[newsgraph.DocumentID]bool{}
	for _, id := range ids {
		if _, ok := r.bodies[id]; !ok && !seen[id] {
			seen[id] = true
			todo = append(todo, id)
		}
	}
	if len(todo) < 2 {
		return nil
	}
	return r.docLiteralsPG(pDocument, todo, r.keepDocument)
}

// docLiteralsPG calls fn with the literal each of ids states of itself by
// predicate pred in its own graph (its stored document, its lookup record),
// one query per pgPrefetchRows documents; a document that states none is
// left out.
func (r *reader) docLiteralsPG(pred quad.Value, ids []newsgraph.DocumentID, fn func(newsgraph.DocumentID, string) error) error {
	stmt, err := r.s.pgPrepared(r.ctx, `SELECT v.i, q.object_hash, n.value_string, n.iri, n.bnode, n.datatype, n.language, n.value
		FROM unnest($1::bytea[]) WITH ORDINALITY AS v (h, i)
		CROSS JOIN LATERAL (SELECT object_hash FROM quads WHERE label_hash = v.h AND subject_hash = v.h AND predicate_hash = `+pgBytea(graph.HashOf(pred))+` OFFSET 0) q
		LEFT JOIN LATERAL (`+pgNode+` WHERE hash = q.object_hash LIMIT 1) n ON true`)
	if err != nil {
		return err
	}
	for len(ids) > 0 {
		part := ids[:min(len(ids), pgPrefetchRows)]
		ids = ids[len(part):]
		hashes := make(pq.ByteaArray, len(part))
		for i, id := range part {
			h := graph.HashOf(docIRI(id))
			hashes[i] = h[:]
		}
		if err := r.docLiteralsPart(stmt, part, hashes, fn); err != nil {
			return err
		}
	}
	return r.ctx.Err()
}

func (r *reader) docLiteralsPart(stmt *sql.Stmt, ids []newsgraph.DocumentID, hashes pq.ByteaArray, fn func(newsgraph.DocumentID, string) error) error {
	r.s.pgReads.Add(1)
	rows, err := stmt.QueryContext(r.ctx, hashes)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			i  int64
			oh gsql.NodeHash
			v  pgValue
		)
		if err := rows.Scan(&i, &oh, &v.str, &v.iri, &v.bnode, &v.typ, &v.lang, &v.packed); err != nil {
			return err
		}
		if err := fn(ids[i-1], str(r.s.pgValueOf(oh, v))); err != nil {
			return err
		}
	}
	return rows.Err()
}

// lookupsPG reads the lookup records of ids into out, one query per
// pgPrefetchRows documents.
func (r *reader) lookupsPG(ids []newsgraph.DocumentID, out map[newsgraph.DocumentID]string) error {
	return r.docLiteralsPG(pLookups, ids, func(id newsgraph.DocumentID, v string) error {
		out[id] = v
		return nil
	})
}

// lookingUpPG calls fn with the quads of the documents looking up any of
// keys, in one query.
func (s *Store) lookingUpPG(ctx context.Context, keys []string, fn func(q quad.Quad)) error {
	hashes := make(pq.ByteaArray, len(keys))
	for i, k := range keys {
		h := graph.HashOf(quad.String(k))
		hashes[i] = h[:]
	}
	// a constant predicate: the plan can use quads_looked_up
	return s.queryPG(ctx, "q.object_hash = ANY($1::bytea[]) AND q.predicate_hash = "+pgBytea(graph.HashOf(pLookedUp)), []any{hashes}, fn)
}
