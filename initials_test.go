package newsgraph

import "testing"

// A name opened by an acronym loses it as a parent's only where the rest is
// no firm's: a firm's own acronym stays part of its name.
func TestWithoutParent(t *testing.T) {
	for name, want := range map[string]string{
		"VBC Radio Velmora Two":         "Radio Velmora Two",
		"KTN Evening News Desk":         "Evening News Desk",
		"ARB Kestrel Gold Mines Ltd":    "",
		"DLX Harbour Realty Partners":   "",
		"QTC Marlow International N.V.": "",
		"PRX Vantage Systems Corp.":     "",
		"ZAM Credit Finance Ltd.":       "",
		"HBT Orchard Trust":             "",
		"U.S. Harbour Board Office":     "",
		"Kestrel Radio Two":             "",
	} {
		if got := WithoutParent(name); got != want {
			t.Errorf("WithoutParent(%q) = %q, want %q", name, got, want)
		}
	}
}
