package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// canonicalName is the one name a body or place takes whichever of its
// usual written forms a story uses ("Mines Ministry", "Ministry of the
// Mines": "Ministry of Mines"; "Velmora Central Bank": "Central Bank of
// Velmora"; "Port Arvel City": "Port Arvel"; "Washington D.C.":
// "Washington"; "U.S. Navy": "Navy"), or name itself. It reads the
// name alone, never the story or the graph: two stories naming one body
// two ways mint one id, whichever is ingested first, and a story naming
// it both ways joins the two forms as it mints them (see link).
func (x *Extractor) canonicalName(typ newsgraph.EntityType, name string) string {
	switch typ {
	case newsgraph.Organization:
		if v := nationalBodyName(name); v != "" {
			return v
		}
		if v := x.stateBodyName(name); v != "" {
			return v
		}
	case newsgraph.GPE:
		if v := x.cityName(name); v != "" {
			return v
		}
	}
	return name
}

// bodyHeads are the heads of a government's bodies news writes either way
// round, its field before the head or after "of" ("Mines Ministry",
// "Ministry of Mines").
var bodyHeads = set("Ministry", "Department")

// fieldHeads are the heads of the one body a state has of its kind, named
// after the state or with "of" and the state ("Velmora Central Bank",
// "Central Bank of Velmora").
var fieldHeads = [][2]string{{"Central", "Bank"}, {"Supreme", "Court"}, {"Constitutional", "Court"}}

// shortFields are the fields a ministry's short name gives less its last
// word ("Foreign Ministry" is the Ministry of Foreign Affairs).
var shortFields = map[string]string{"Foreign": "Foreign Affairs", "Home": "Home Affairs", "External": "External Affairs"}

// stateBodyName is the head-first name of a state's ministry, department,
// central bank or high court ("Ministry of X", "Central Bank of X"), the
// "the" after "of" and a state after the field left out, or "" where name
// has no such shape.
func (x *Extractor) stateBodyName(name string) string {
	w := strings.Fields(name)
	if len(w) < 2 {
		return ""
	}
	capsOrAnd := func(ws []string) bool {
		for _, s := range ws {
			if !startsUpper(s) && s != "and" && s != "&" {
				return false
			}
		}
		return len(ws) > 0
	}
	// "Ministry of (the) X (of Y)"
	if bodyHeads[w[0]] && len(w) >= 3 && w[1] == "of" {
		rest := w[2:]
		if rest[0] == "the" {
			rest = rest[1:]
		}
		if len(rest) == 0 || len(rest) > 4 || !capsOrAnd(rest) {
			return ""
		}
		return w[0] + " of " + strings.Join(rest, " ")
	}
	// "X Ministry"
	if h := w[len(w)-1]; bodyHeads[h] && len(w) <= 4 {
		field := w[:len(w)-1]
		if !capsOrAnd(field) || !startsUpper(field[0]) || x.stateWord(field[0]) || adjectiveLike(field[0]) {
			return "" // a state's own ("Danish Finance Ministry") is read apart (countryBodies)
		}
		f := strings.Join(field, " ")
		if long, ok := shortFields[f]; ok && h == "Ministry" {
			f = long
		}
		return h + " of " + f
	}
	for _, fh := range fieldHeads {
		// "Central Bank of (the) X"
		if len(w) >= 4 && w[0] == fh[0] && w[1] == fh[1] && w[2] == "of" {
			rest := w[3:]
			if rest[0] == "the" {
				rest = rest[1:]
			}
			if len(rest) == 0 || len(rest) > 3 || !capsOrAnd(rest) {
				return ""
			}
			return fh[0] + " " + fh[1] + " of " + strings.Join(rest, " ")
		}
		// "X Central Bank", a state's name or its people's
		if n := len(w); n >= 3 && n <= 4 && w[n-2] == fh[0] && w[n-1] == fh[1] {
			state := strings.Join(w[:n-2], " ")
			if c := x.gz.demonym[key(state)]; c != "" {
				state = c
			} else if c := x.gz.country[key(state)]; c != "" {
				state = c
			} else if _, _, ok := x.gz.place(state); ok || !capsOrAnd(w[:n-2]) || adjectiveLike(w[n-3]) {
				return "" // a city's, a region's or a union's ("European Central Bank")
			}
			return fh[0] + " " + fh[1] + " of " + state
		}
	}
	return ""
}

// adjectiveLike says whether a word unknown to the gazetteer reads as a
// people's or a region's adjective ("Velmoran", "European"), which names
// no state after "of".
func adjectiveLike(w string) bool {
	for _, s := range []string{"an", "ese", "ish", "ic", "i"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// stateWord says whether w names a country or its people ("Velmora" is
// neither to the gazetteer; "French" and "France" are).
func (x *Extractor) stateWord(w string) bool {
	k := key(w)
	return x.gz.country[k] != "" || x.gz.demonym[k] != "" || usPrefixes[w]
}

// cityPlaceNouns end a place's name that "City" may follow as a name of its
// own ("Salt Lake City" is no Salt Lake).
var cityPlaceNouns = set("Lake", "River", "Falls", "Bay", "Beach", "Springs", "Island", "Islands", "Valley", "Creek", "Rapids", "Harbor", "Harbour")

// cityName is a town's name without the "City" news writes after it
// ("Port Arvel City": "Port Arvel"), and "Washington" for "Washington
// D.C."; "" where "City" is part of the name: the gazetteer knows the name
// with it ("Mexico City"), the name before it is a country's or a state's
// ("Kansas City"), or the words before it are one word the gazetteer does
// not know as a town or end in a place's noun ("Salt Lake City").
func (x *Extractor) cityName(name string) string {
	switch key(name) {
	case "washington dc", "washington d c":
		return "Washington"
	}
	w := strings.Fields(name)
	if len(w) < 2 || w[len(w)-1] != "City" {
		return ""
	}
	if _, _, ok := x.gz.place(name); ok {
		return ""
	}
	rest := w[:len(w)-1]
	town := strings.Join(rest, " ")
	k := key(town)
	if x.gz.country[k] != "" || x.gz.state[k] != "" || x.gz.region[k] != "" || cityPlaceNouns[rest[len(rest)-1]] {
		return ""
	}
	for _, s := range rest {
		if !startsUpper(s) {
			return ""
		}
	}
	if x.gz.cityName[k] == "" && len(rest) < 2 {
		return ""
	}
	return town
}

// nationalBodies are the bodies of the United States news names with and
// without "U.S." ("U.S. Navy", "Navy"), which a bare name in its wires
// means.
var nationalBodies = set("Congress", "Senate", "Treasury", "Army", "Navy", "Air Force", "Coast Guard", "Marine Corps", "Supreme Court")

// nationalBodyName is the name of a national body written after "U.S." or
// "United States" without it ("U.S. Navy": "Navy"), or "".
func nationalBodyName(name string) string {
	if rest, ok := strings.CutPrefix(name, "United States "); ok && nationalBodies[rest] {
		return rest
	}
	if p, rest, ok := strings.Cut(name, " "); ok && usPrefixes[p] && nationalBodies[rest] {
		return rest
	}
	return ""
}
