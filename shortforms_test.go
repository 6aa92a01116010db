package newsgraph

import (
	"slices"
	"testing"
)

func TestShortForms(t *testing.T) {
	for _, c := range []struct {
		typ  EntityType
		name string
		want []string
	}{
		{Organization, "Halvard Industrial Machines Corp", []string{"HIM"}},
		{Organization, "World Trade Organization", []string{"WTO"}},
		{Organization, "Bank of the Northern Isles", []string{"BNI"}},
		{Organization, "House of Commons Transport Select Committee", []string{"HCTSC", "Transport Select Committee"}},
		{Organization, "Senate Armed Services Committee", []string{"SASC", "Armed Services Committee"}},
		// none
		{Organization, "Harwick Mining", nil},                // two letters
		{Organization, "HSBC Holdings Group", nil},           // an acronym of its own
		{Organization, "Group of 20 Finance Ministers", nil}, // a figure
		{Organization, "House of Fraser", nil},               // no committee after a chamber
		{Person, "Mary Ann Kovac", nil},
		{GPE, "United Arab Emirates", nil},
	} {
		if got := ShortForms(c.typ, c.name); !slices.Equal(got, c.want) {
			t.Errorf("ShortForms(%s, %q) = %q, want %q", c.typ, c.name, got, c.want)
		}
	}
}
