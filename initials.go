package newsgraph

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Initials are the acronyms news may write alone for an organisation
// named name: the first letters of its capitalised words ("VTC" of
// "Velmoran Trade Council"), and those with the letter of "of" ("BOV" of
// "Bank of Velmora"), less a company designator at its end and a country
// written before it ("BLR" of "U.S. Bureau of Land Records"). Each has
// three to six letters. None where a word is no plain capitalised word (a
// figure, an acronym of its own, "McArthur"). As FamilyName does for a
// person, they let a story's bare acronym find the body another story
// names in full.
func Initials(name string) []string {
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	for len(words) > 0 && designatorWords[strings.Trim(words[len(words)-1], ".,")] {
		words = words[:len(words)-1]
	}
	if len(words) > 0 && countryPrefixes[words[0]] {
		words = words[1:]
	}
	var plain, withOf strings.Builder
	for _, w := range words {
		lw := strings.ToLower(w)
		if initialsParticles[lw] {
			if lw == "of" {
				withOf.WriteByte('O')
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || r > unicode.MaxASCII {
			return nil
		}
		for _, c := range w[size:] {
			if !unicode.IsLower(c) && c != '\'' && c != '\u2019' {
				return nil
			}
		}
		plain.WriteRune(r)
		withOf.WriteRune(r)
	}
	var out []string
	if n := plain.Len(); n >= 3 && n <= 6 {
		out = append(out, plain.String())
	}
	// "BOV" of "Bank of Velmora", "MOFA" of "Ministry of Foreign
	// Affairs": the "of" after a body's head word
	if a := withOf.String(); len(a) >= 3 && len(a) <= 6 && plain.Len() >= 2 && len(words) > 2 && words[1] == "of" && !slices.Contains(out, a) {
		out = append(out, a)
	}
	return out
}

// initialsParticles are the little words an acronym leaves out (never
// "and" of "Securities and Exchange Commission" is "SAEC").
var initialsParticles = map[string]bool{"of": true, "and": true, "the": true, "for": true, "&": true, "on": true, "in": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "del": true, "y": true}

// countryPrefixes are the countries' short forms news writes before a
// body's name, which its acronym leaves out.
var countryPrefixes = map[string]bool{"U.S.": true, "US": true, "UK": true, "U.K.": true, "EU": true}

// firmTails close a firm's or fund's name as designatorWords do, without
// standing alone in an acronym's place.
var firmTails = map[string]bool{"Partners": true, "Associates": true, "Bancorp": true, "Trust": true, "Fund": true, "Funds": true}

// designatorWords close a firm's name and give no letter to its acronym.
var designatorWords = map[string]bool{"Corp": true, "Inc": true, "Co": true, "Ltd": true, "Plc": true, "PLC": true, "plc": true,
	"LLC": true, "AG": true, "SA": true, "NV": true, "Group": true, "Holdings": true, "Corporation": true, "Company": true,
	"Limited": true, "GmbH": true}

// ShortForms are the names news may call an organisation named name by
// alone, which the name itself gives: its initials (see Initials) and its
// name without a parent body's acronym before it ("Radio Velmora Two" of
// "VBC Radio Velmora Two"); nil for other types.
func ShortForms(t EntityType, name string) []string {
	if t != Organization {
		return nil
	}
	out := Initials(name)
	if rest := WithoutParent(name); rest != "" && !slices.Contains(out, rest) {
		out = append(out, rest)
	}
	return out
}

// WithoutParent is name less the acronym of the body it belongs to that
// opens it, where two capitalised words at least remain ("Radio Velmora
// Two" of "VBC Radio Velmora Two"); "" for other shapes, and where the
// acronym is a country's ("U.S.").
func WithoutParent(name string) string {
	w := strings.Fields(name)
	if len(w) < 3 || countryPrefixes[w[0]] || len(w[0]) < 2 || len(w[0]) > 5 {
		return ""
	}
	for _, r := range w[0] {
		if r < 'A' || r > 'Z' {
			return ""
		}
	}
	r, _ := utf8.DecodeRuneInString(w[1])
	if !unicode.IsUpper(r) {
		return ""
	}
	for _, x := range w[1:] {
		// a firm's designator says the acronym is the firm's own name, not
		// a parent's: "MCI Communications Corp" is no "Communications Corp"
		if x = strings.ReplaceAll(strings.Trim(x, ","), ".", ""); designatorWords[x] || firmTails[x] {
			return ""
		}
	}
	return strings.Join(w[1:], " ")
}
