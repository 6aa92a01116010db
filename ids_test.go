package newsgraph

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

func TestAliasKey(t *testing.T) {
	for in, want := range map[string]string{
		"The U.S.":            "us",
		"Takaichi's":          "takaichi",
		"Sanae  takaichi":     "sanae takaichi",
		"Takaichi\u2019s":     "takaichi",
		"José Martí":          "jose marti",
		"the Imperial Palace": "imperial palace",
	} {
		if got := AliasKey(in); got != want {
			t.Errorf("AliasKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAliasKeyASCII: the one-pass key of ASCII text is the key the general
// path gives, on strings made of the bytes the key treats apart (cases,
// digits, "&", dots, apostrophes, separators, a leading "the").
func TestAliasKeyASCII(t *testing.T) {
	cases := []string{"", "the", "the ", "The Quarry", "THE  quarry", "thequarry", "Orvel's", "Orvel'", "Orvel''s", "Orvel'S",
		"M.K. Dastro", ".", "...", " & ", "a-b_c,d", "Vantor & Sons Ltd.", "  the the  x  "}
	rng := rand.New(rand.NewPCG(9, 9))
	const bytes = "aQz09&.' -_,/sThe\t"
	for range 20000 {
		b := make([]byte, rng.IntN(14))
		for i := range b {
			b[i] = bytes[rng.IntN(len(bytes))]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		if got, ok := asciiAliasKey(s); !ok || got != aliasKeyRunes(s) {
			t.Errorf("asciiAliasKey(%q) = %q, %v; want %q", s, got, ok, aliasKeyRunes(s))
		}
	}
	if _, ok := asciiAliasKey("Zoë"); ok {
		t.Error("a non-ASCII name taken for ASCII")
	}
}

func TestIDsAreStable(t *testing.T) {
	if a, b := NewEntityID(Person, "Donald Trump"), NewEntityID(Person, "Donald Trump"); a != b || a != "urn:newsgraph:entity:person:donald-trump" {
		t.Fatalf("entity ids %q %q", a, b)
	}
	if NewEventID(Meeting, "d#1") != NewEventID(Meeting, "d#1") || NewEventID(Meeting, "d#1") == NewEventID(Visit, "d#1") {
		t.Fatal("event ids not stable or not distinct")
	}
}

func TestFamilyName(t *testing.T) {
	for name, want := range map[string]string{
		"Marco Rubio": "Rubio", "George W. Bush": "Bush", "George W Bush": "Bush", "Xi Jinping": "",
		"Luiz Inacio Lula": "", "Anna de Vries": "", "Tariq Al": "",
	} {
		if got := FamilyName(name); got != want {
			t.Errorf("FamilyName(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestFoldASCII: Fold returns an ASCII text lower-cased as it is, which
// holds only while no accent it removes is ASCII.
func TestFoldASCII(t *testing.T) {
	for r := range accents {
		if r < utf8.RuneSelf {
			t.Errorf("accent %q is ASCII", r)
		}
	}
	if got := Fold("Jean-Luc O'Neil & Co."); got != "jean-luc o'neil & co." {
		t.Errorf("Fold = %q", got)
	}
	if got := Fold("Łukasz Müller"); got != "lukasz muller" {
		t.Errorf("Fold = %q", got)
	}
}
