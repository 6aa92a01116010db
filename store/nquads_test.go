package store

import (
	"bytes"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// TestNQuadsTerms: values N-Quads forbids or spells differently (a literal
// as subject, an IRI with a space, control characters, a typed number) are
// written as standard terms and read back as the values they were.
func TestNQuadsTerms(t *testing.T) {
	const stmt = "{\"x\":\"a \\\"quoted\\\" line\nand a tab\t, a bell \a\"}"
	odd := []quad.Quad{
		quad.Make(quad.String(stmt), quad.IRI(ns+"p:statement"), quad.IRI(ns+"entity:person:x"), quad.IRI(ns+"document:a b")),
		quad.Make(quad.IRI(ns+"document:a b#h"), quad.IRI(ns+"p:data"), quad.String(stmt), quad.IRI(ns+"document:a b")),
		quad.Make(quad.IRI(ns+"n"), quad.IRI(ns+"p:count"), quad.Int(42), nil),
		quad.Make(quad.IRI(ns+"n"), quad.IRI(ns+"p:name"), quad.LangString{Value: "Kyiv", Lang: "en"}, nil),
		quad.Make(quad.IRI(ns+"n"), quad.IRI(ns+"p:odd"), quad.String("back\\slash {braces} <angles> \u0000 \x7f é"), nil),
	}
	s := mustOpen(t, "memory://")
	deltas := make([]graph.Delta, len(odd))
	for i, q := range odd {
		deltas[i] = graph.Delta{Quad: q, Action: graph.Add}
	}
	if err := s.qs.ApplyDeltas(deltas, graph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.WriteNQuads(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		`<urn:newsgraph:document:a\u0020b#h> <urn:newsgraph:p:data> "{\"x\":\"a \\\"quoted\\\" line\nand a tab\t, a bell \u0007\"}" <urn:newsgraph:document:a\u0020b> .`,
		`<urn:newsgraph:n> <urn:newsgraph:p:count> "42"^^<http://schema.org/Integer> .`,
		`<urn:newsgraph:n> <urn:newsgraph:p:name> "Kyiv"@en .`,
		`"back\\slash {braces} <angles> \u0000 \u007F é"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("export lacks %s\n%s", want, out)
		}
	}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(l, "<") {
			t.Errorf("subject is not an IRI: %s", l)
		}
	}

	fresh := mustOpen(t, "memory://")
	if _, err := fresh.ReadNQuads(ctx, strings.NewReader(out)); err != nil {
		t.Fatal(err)
	}
	got, err := fresh.allQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "quads read back", quadStrings(got), quadStrings(odd))
	var again bytes.Buffer
	if err := fresh.WriteNQuads(ctx, &again); err != nil {
		t.Fatal(err)
	}
	if again.String() != out {
		t.Errorf("the store read back exports other bytes:\n%s\nwant\n%s", again.String(), out)
	}
}

// TestNQuadsValueWithoutLiteral: a value IRI whose rdf:value the file lacks
// is refused, not loaded as an IRI the store would misread.
func TestNQuadsValueWithoutLiteral(t *testing.T) {
	s := mustOpen(t, "memory://")
	_, err := s.ReadNQuads(ctx, strings.NewReader("<urn:newsgraph:value:00> <urn:newsgraph:p:statement> <urn:newsgraph:entity:person:x> .\n"))
	if err == nil || !strings.Contains(err.Error(), "rdf:value") {
		t.Fatalf("got %v, want an error naming the missing rdf:value", err)
	}
}

func quadStrings(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	sort.Strings(out)
	return out
}
