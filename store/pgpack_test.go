package store

import (
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
		p := pgPack(s)
		if p == nil {
			t.Fatalf("%.40q: not packed", s)
		}
		if len(p) >= len(s) {
			t.Errorf("%.40q: packed to %d bytes of %d", s, len(p), len(s))
		}
		got, err := pgUnpack(p)
		if err != nil || got != s {
			t.Errorf("unpack: %v, %q\nwant %q", err, got, s)
		}
	}
	if p := pgPack("short literal"); p != nil {
		t.Errorf("a short literal was packed")
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	noise := make([]byte, 400)
	for i := range noise {
		noise[i] = byte(rnd.IntN(256))
	}
	if p := pgPack(string(noise)); p != nil {
		t.Errorf("noise was packed to %d bytes", len(p))
	}
	if _, err := pgUnpack([]byte("\x00ngz1garbage")); err == nil {
		t.Errorf("garbage unpacked")
	}
}
