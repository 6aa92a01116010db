package store

import (
	"github.com/cayleygraph/quad"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPgPack: a packed literal unpacks to its bytes (newlines, quotes,
// NUL and non-ASCII included); short or incompressible ones are not packed.
func TestPgPack(t *testing.T) {
	for _, s := range []string{
		`{"d":"doc-7","e":"urn:newsgraph:entity:person:vera-lind","p":"2031-05-02","n":["Vera Lind"],"t":["PERSON"],"m":[{"s":[0,0,9],"t":"PERSON","x":"Vera Lind"}]}`,
		"{\"id\":\"x\"}\nThe harbour council of Ostvik met on Monday.\n\tA NUL \x00 here, and Ærø, 東京, \"quotes\" and a backslash \\ too. " + strings.Repeat("The ferry ran late. ", 40),
	} {
		p := pgPack(quad.String(s))
		if p == nil {
			t.Fatalf("%.40q: not packed", s)
		}
		if len(p) >= len(s) {
			t.Errorf("%.40q: packed to %d bytes of %d", s, len(p), len(s))
		}
		got, err := pgUnpack(p)
		if err != nil || got != quad.String(s) {
			t.Errorf("unpack: %v, %q\nwant %q", err, got, s)
		}
	}
	iri := quad.IRI("urn:newsgraph:document:doc-7#e:urn:newsgraph:entity:person:vera-lind")
	if got, err := pgUnpack(pgPack(iri)); err != nil || got != iri {
		t.Errorf("IRI unpacks as %#v, %v", got, err)
	}
	for _, iri := range []quad.IRI{pStatement, pAliasKey, entityTypePref + "ORGANIZATION", participantPref + "participant"} {
		if p := pgPack(iri); p != nil {
			t.Errorf("%s was packed", iri)
		}
	}
	if p := pgPack(quad.String("short literal")); p != nil {
		t.Errorf("a short literal was packed")
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	noise := make([]byte, 400)
	for i := range noise {
		noise[i] = byte(rnd.IntN(256))
	}
	if p := pgPack(quad.String(noise)); p != nil {
		t.Errorf("noise was packed to %d bytes", len(p))
	}
	// the first packing's literals still read
	old := append([]byte(pgPackOld), pgPack(quad.String(strings.Repeat("The ferry ran late. ", 9)))[len(pgPackMagic):]...)
	if got, err := pgUnpack(old); err != nil || got != quad.String(strings.Repeat("The ferry ran late. ", 9)) {
		t.Errorf("a literal of the first packing reads as %q, %v", got, err)
	}
	if _, err := pgUnpack([]byte("\xffgarbage")); err == nil {
		t.Errorf("garbage unpacked")
	}
}
