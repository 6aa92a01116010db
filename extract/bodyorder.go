package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// orderHeads are the heads of a government body news writes either way
// round: "Ministry of Coastal Affairs" and "Coastal Affairs Ministry",
// "Department of Energy" and "Energy Department".
var orderHeads = set("Ministry", "Department")

// headLast is a body's name "Head of X" written "X Head" ("Ministry of the
// Interior": "Interior Ministry"), or "" for another shape.
func headLast(name string) string {
	w := strings.Fields(name)
	if len(w) < 3 || !orderHeads[w[0]] || w[1] != "of" {
		return ""
	}
	rest := w[2:]
	if rest[0] == "the" {
		rest = rest[1:]
	}
	if len(rest) == 0 || len(rest) > 3 {
		return ""
	}
	for _, x := range rest {
		if !startsUpper(x) && x != "and" {
			return "" // "Department of our own"
		}
	}
	return strings.Join(rest, " ") + " " + w[0]
}

// headFirst are the ways "X Head" is written "Head of X" ("Interior
// Ministry": "Ministry of Interior", "Ministry of the Interior").
func headFirst(name string) []string {
	w := strings.Fields(name)
	if len(w) < 2 || len(w) > 4 || !orderHeads[w[len(w)-1]] {
		return nil
	}
	for _, x := range w[:len(w)-1] {
		if !startsUpper(x) && x != "and" {
			return nil
		}
	}
	x := strings.Join(w[:len(w)-1], " ")
	h := w[len(w)-1]
	return []string{h + " of " + x, h + " of the " + x}
}

// bodyWordOrder merges a body named "X Ministry" into the one named
// "Ministry of X" in the same story (and "Energy Department" into
// "Department of Energy"), a country before either name or not ("U.S.
// Department of Energy"): one body, named either way round.
func (d *doc) bodyWordOrder() {
	ix := newEntIndex(d)
	long := map[string][]int{} // "x ministry" -> the bodies named "Ministry of X"
	for ei, e := range d.ents {
		if len(e.mentions) == 0 || e.typ != newsgraph.Organization {
			continue
		}
		name := e.name
		if rest := ix.afterPlaceName(name); rest != "" {
			name = rest
		}
		if v := headLast(name); v != "" {
			long[key(v)] = append(long[key(v)], ei)
		}
	}
	for ei, e := range d.ents {
		if len(e.mentions) == 0 || e.typ != newsgraph.Organization && e.typ != newsgraph.Other {
			continue
		}
		// (not where the story ties both to a country: "China's Commerce
		// Ministry" and "India's Ministry of Commerce" are two)
		if l := long[key(e.name)]; len(l) == 1 && l[0] != ei && !(d.countryTied(e) && d.countryTied(d.ents[l[0]])) {
			d.merge(l[0], ei)
			d.ents[l[0]].typ = newsgraph.Organization
		}
	}
}

// countryTied says whether the story ties body e to a country where it
// names it ("China's Commerce Ministry", "the Chinese Commerce Ministry"):
// its name alone then is no name another story's body of that name can be
// taken for.
func (d *doc) countryTied(e *entity) bool {
	for _, mi := range e.mentions {
		m := d.mentions[mi]
		if m.i < 1 {
			continue
		}
		toks := d.sents[m.sent].tokens
		p := toks[m.i-1].text
		if d.x.gz.demonym[key(p)] != "" || d.x.gz.country[key(p)] != "" {
			return true
		}
		if (p == "'s" || p == "\u2019s") && m.i >= 2 {
			if _, _, ok := d.x.gz.place(toks[m.i-2].text); ok {
				return true
			}
		}
	}
	return false
}
