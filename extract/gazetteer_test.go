package extract

import (
	"sort"
	"testing"
)

// noDemonym are the countries and territories news names by no adjective
// of their own: the name itself stands as one ("Hong Kong officials"), or
// the adjective is another's ("Dominican" is the Dominican Republic's,
// "Central African" a region's).
var noDemonym = set("Hong Kong", "Vatican", "Dominica", "Central African Republic", "Saint Pierre and Miquelon",
	"Wallis and Futuna", "Tokelau", "Pitcairn", "Norfolk Island", "Christmas Island", "Svalbard and Jan Mayen",
	"Saint Barthélemy")

// TestDemonyms keeps the nationality adjectives whole: every country and
// territory of the tables, ISO 3166's among them, has one ("her Tongan
// counterpart", "Nigerien troops"), unless noDemonym says why not.
func TestDemonyms(t *testing.T) {
	g := newGazetteer()
	has := map[string]bool{}
	for _, c := range g.demonym {
		has[c] = true
	}
	var missing []string
	for _, c := range g.country {
		if !has[c] && !noDemonym[c] {
			has[c] = true
			missing = append(missing, c)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("countries with no demonym: %q", missing)
	}
	for c := range noDemonym {
		if !g.isCountry(c) {
			t.Errorf("noDemonym %q is no country of the tables", c)
		}
	}
}
