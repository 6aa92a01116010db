package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// RDF allows only IRIs and blank nodes as subjects and graph names, while
// the store uses a statement's JSON literal as a subject (see schema.go).
// The export names such a literal by a content-addressed IRI,
// <urn:newsgraph:value:SHA-256 of the literal>, and states the literal once
// as that IRI's rdf:value, so the file is standard RDF that still says
// everything; ReadNQuads turns the IRI back into the literal.
const (
	valuePrefix = ns + "value:"
	rdfValue    = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#value")
)

// WriteNQuads writes every quad of the store but ingest's lookup records
// (see newsgraph.Extraction.Lookups and LookedUp) as N-Quads 1.1 (W3C): IRIs
// for every subject and graph name, literals escaped as the canonical
// N-Triples form escapes them, typed literals with full datatype IRIs. The
// lines are sorted so that the same graph always gives the same bytes;
// ReadNQuads reads them back into an identical graph.
func (s *Store) WriteNQuads(ctx context.Context, w io.Writer) error {
	s.mu.RLock()
	qs, err := s.allQuads(ctx)
	s.mu.RUnlock()
	if err != nil {
		return fmt.Errorf("store: export: %w", err)
	}
	lines := make([]string, 0, len(qs))
	for _, q := range qs {
		if q.Predicate == pLookups || q.Predicate == pLookedUp {
			// ingest's record of how the document was read, not a fact:
			// an imported document is read again where it may change
			continue
		}
		lines = append(lines, nquadLines(q)...)
	}
	sort.Strings(lines)
	prev := ""
	for _, l := range lines {
		if l == prev { // one literal, subject of several quads, has one rdf:value
			continue
		}
		prev = l
		if _, err := io.WriteString(w, l); err != nil {
			return fmt.Errorf("store: export: %w", err)
		}
	}
	return nil
}

// nquadLines is q as N-Quads lines ending in "\n": one, or two when a
// literal in subject or graph position needs its rdf:value stated.
func nquadLines(q quad.Quad) []string {
	var out []string
	node := func(v quad.Value) string {
		if v == nil {
			return ""
		}
		switch v.(type) {
		case quad.IRI, quad.BNode:
			return term(v)
		}
		iri := valueIRI(v)
		vq := term(iri) + " " + term(rdfValue) + " " + term(v)
		if q.Label != nil && q.Label != v {
			vq += " " + nodeTerm(q.Label)
		}
		out = append(out, vq+" .\n")
		return term(iri)
	}
	line := node(q.Subject) + " " + term(q.Predicate) + " " + term(q.Object)
	if q.Label != nil {
		line += " " + node(q.Label)
	}
	return append(out, line+" .\n")
}

// nodeTerm is v as a subject or graph name: an IRI or blank node as it is,
// a literal as its value IRI.
func nodeTerm(v quad.Value) string {
	switch v.(type) {
	case quad.IRI, quad.BNode:
		return term(v)
	}
	return term(valueIRI(v))
}

func valueIRI(v quad.Value) quad.IRI {
	h := sha256.Sum256([]byte(term(v)))
	return quad.IRI(valuePrefix + hex.EncodeToString(h[:16]))
}

// term writes one RDF term. cayley's own String() leaves IRIs unescaped and
// control characters raw, and writes short datatype IRIs ("schema:Integer").
func term(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return "<" + escapeIRI(string(v)) + ">"
	case quad.BNode:
		return "_:" + bnodeLabel(string(v))
	case quad.String:
		return literal(string(v))
	case quad.LangString:
		return literal(string(v.Value)) + "@" + v.Lang
	case quad.TypedString:
		return literal(string(v.Value)) + "^^" + term(v.Type.Full())
	case quad.TypedStringer:
		ts := v.TypedString()
		return literal(string(ts.Value)) + "^^" + term(ts.Type.Full())
	case nil:
		return ""
	default: // quad.Raw and unknown kinds: their text as a plain literal
		return literal(v.String())
	}
}

// literal quotes s with the escapes of canonical N-Triples: ECHAR for
// \b \t \n \f \r " \, UCHAR for the other control characters; invalid UTF-8
// becomes U+FFFD (a literal must be Unicode).
func literal(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i, r := range s {
		switch r {
		case '\b':
			b.WriteString(`\b`)
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		case '\f':
			b.WriteString(`\f`)
		case '\r':
			b.WriteString(`\r`)
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		default:
			if r == utf8.RuneError && len(s[i:]) > 0 {
				if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
					b.WriteRune(utf8.RuneError)
					continue
				}
			}
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
				continue
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// escapeIRI writes the characters IRIREF forbids (controls, space,
// <>"{}|^`\) as UCHAR escapes, which parsers decode back.
func escapeIRI(s string) string {
	if !strings.ContainsFunc(s, badIRIRune) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if badIRIRune(r) {
			fmt.Fprintf(&b, `\u%04X`, r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func badIRIRune(r rune) bool {
	return r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r)
}

// bnodeLabel keeps the characters a blank node label may hold; the store
// writes none, cayley's own loaders name them n1, n2, ...
func bnodeLabel(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '-' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f {
			return r
		}
		return '_'
	}, s)
}

// unescapeIRI decodes the UCHAR escapes escapeIRI wrote (cayley's reader
// keeps an IRI's text as it is); a valid IRIREF holds no other backslash.
func unescapeIRI(v quad.Value) quad.Value {
	iri, ok := v.(quad.IRI)
	if !ok || !strings.Contains(string(iri), `\`) {
		return v
	}
	s := string(iri)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		n := 0
		if s[i] == '\\' && i+1 < len(s) {
			switch s[i+1] {
			case 'u':
				n = 4
			case 'U':
				n = 8
			}
		}
		if n == 0 || i+2+n > len(s) {
			b.WriteByte(s[i])
			continue
		}
		var r rune
		if _, err := fmt.Sscanf(s[i+2:i+2+n], "%x", &r); err != nil {
			b.WriteByte(s[i])
			continue
		}
		b.WriteRune(r)
		i += 1 + n
	}
	return quad.IRI(b.String())
}

func (s *Store) allQuads(ctx context.Context) ([]quad.Quad, error) {
	if s.qs == nil {
		return nil, errClosed
	}
	var out []quad.Quad
	if s.pg != nil {
		// its own read, which unpacks packed literals (pgpack.go)
		err := s.queryPG(ctx, "true", nil, func(q quad.Quad) { out = append(out, q) })
		return out, err
	}
	err := s.iterate(ctx, s.qs.QuadsAllIterator(), func(q quad.Quad) { out = append(out, q) })
	return out, err
}

// importBatch is how many quads one import transaction writes.
const importBatch = 10000

// ReadNQuads loads N-Quads into the store (quads already present are kept
// once) and returns how many quads of the file it read. Meant for a fresh
// store: an export of another store loads into an identical graph. A value
// IRI (see WriteNQuads) becomes its literal again; one whose rdf:value the
// file lacks is an error.
func (s *Store) ReadNQuads(ctx context.Context, r io.Reader) (int, error) {
	defer s.lockWrite()()
	if s.qs == nil {
		return 0, errClosed
	}
	if err := s.dropSnapshot(); err != nil {
		return 0, err
	}
	dec := nquads.NewReader(r, false)
	var (
		n       int
		deltas  []graph.Delta
		values  = map[quad.IRI]quad.Value{}
		pending []quad.Quad // quads naming a value stated further on
	)
	flush := func() error {
		if len(deltas) == 0 {
			return nil
		}
		var err error
		if s.pg != nil {
			// no unique index on PostgreSQL: applyPG checks under the labels' locks
			err = s.applyPGWith(ctx, deltas, true)
		} else {
			err = s.qs.ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true})
		}
		deltas = deltas[:0]
		return err
	}
	// resolve puts literals back for value IRIs; false when one is unknown yet.
	resolve := func(q *quad.Quad) bool {
		for _, v := range []*quad.Value{&q.Subject, &q.Label} {
			if iri, ok := (*v).(quad.IRI); ok && strings.HasPrefix(string(iri), valuePrefix) {
				lit, ok := values[iri]
				if !ok {
					return false
				}
				*v = lit
			}
		}
		return true
	}
	for {
		q, err := dec.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return n, fmt.Errorf("store: import: quad %d: %w", n+1, err)
		}
		n++
		q.Subject, q.Predicate, q.Object, q.Label = unescapeIRI(q.Subject), unescapeIRI(q.Predicate), unescapeIRI(q.Object), unescapeIRI(q.Label)
		if iri, ok := q.Subject.(quad.IRI); ok && q.Predicate == rdfValue && strings.HasPrefix(string(iri), valuePrefix) {
			values[iri] = q.Object
			continue
		}
		if !resolve(&q) {
			pending = append(pending, q)
			continue
		}
		deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
		if len(deltas) == importBatch {
			if err := flush(); err != nil {
				return n, fmt.Errorf("store: import: %w", err)
			}
		}
	}
	for _, q := range pending {
		if !resolve(&q) {
			return n, fmt.Errorf("store: import: %s names a value the file never states (no rdf:value)", term(q.Subject))
		}
		deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
	}
	if err := flush(); err != nil {
		return n, fmt.Errorf("store: import: %w", err)
	}
	s.folds.reset() // folds cached before the import are stale
	var err error
	if s.decisions, err = s.loadDecisions(ctx); err != nil {
		return n, err
	}
	return n, s.bumpGeneration(ctx)
}
