package newsgraph

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ShortForms are the names a story may call an organisation named name by
// alone, which the name itself gives: the acronym of its words' initials
// ("HIM" of "Halvard Industrial Machines Corp", three letters at least),
// and the name without a parliament or chamber before it ("Transport
// Select Committee" of "House of Commons Transport Select Committee"). As
// FamilyName does for a person, they let a later story's short form find
// the entity an earlier story named in full; nil for other types.
func ShortForms(t EntityType, name string) []string {
	if t != Organization {
		return nil
	}
	var out []string
	if a := Initials(name); a != "" {
		out = append(out, a)
	}
	if rest := WithoutParentBody(name); rest != "" {
		out = append(out, rest)
	}
	return out
}

// Initials is the acronym of a name's words ("WTO" of "World Trade
// Organization", "HIM" of "Halvard Industrial Machines Corp"): the first
// letter of each capitalised word, less the function words and the
// company designator at its end; "" where the name has a word that is no
// capitalised word (a figure, an acronym of its own, a lower-case word
// other than a function word) or gives fewer than three letters or more
// than six.
func Initials(name string) string {
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	for len(words) > 0 && designatorWords[strings.TrimSuffix(words[len(words)-1], ".")] {
		words = words[:len(words)-1]
	}
	var b strings.Builder
	for _, w := range words {
		if acronymParticles[strings.ToLower(w)] {
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || r > unicode.MaxASCII {
			return ""
		}
		for _, c := range w[size:] {
			if !unicode.IsLower(c) && c != '\'' && c != '\u2019' {
				return "" // "HSBC Holdings", "Group 4", "McArthur Glen"
			}
		}
		b.WriteRune(r)
	}
	if n := b.Len(); n < 3 || n > 6 {
		return ""
	}
	return b.String()
}

// WithoutParentBody is name less the parliament or chamber that opens it,
// where a committee of two words at least remains ("Transport Select Committee" of "House
// of Commons Transport Select Committee", "Armed Services Committee" of
// "Senate Armed Services Committee"); "" where none opens it.
func WithoutParentBody(name string) string {
	k := AliasKey(name)
	for _, p := range parentBodies {
		rest, ok := strings.CutPrefix(k, p+" ")
		f := strings.Fields(rest)
		if !ok || len(f) < 2 || !committeeHeads[f[len(f)-1]] {
			continue
		}
		// the same words in the name as written
		w := strings.Fields(name)
		n := len(w) - len(strings.Fields(rest))
		if n <= 0 {
			return ""
		}
		return strings.Join(w[n:], " ")
	}
	return ""
}

// ParentBody reports whether the alias key k names a parliament or a
// chamber whose committees news names with and without it.
func ParentBody(k string) bool {
	for _, p := range parentBodies {
		if p == k {
			return true
		}
	}
	return false
}

// parentBodies are the keys of the parliaments and chambers news writes
// before a committee's name, the longest first.
var parentBodies = []string{
	"us house of representatives", "house of representatives", "house of commons", "house of lords",
	"european parliament", "us senate", "us house", "senate", "commons", "lords", "parliament", "bundestag",
}

// committeeHeads end the names of a chamber's committees (keys).
var committeeHeads = map[string]bool{"committee": true, "subcommittee": true, "commission": true, "panel": true, "caucus": true}

var designatorWords = map[string]bool{"Corp": true, "Inc": true, "Co": true, "Ltd": true, "Plc": true, "PLC": true, "plc": true,
	"LLC": true, "AG": true, "SA": true, "NV": true, "Group": true, "Holdings": true, "Corporation": true, "Company": true,
	"Limited": true, "GmbH": true}

var acronymParticles = map[string]bool{"of": true, "and": true, "the": true, "for": true, "&": true, "de": true, "du": true,
	"des": true, "la": true, "le": true, "del": true, "y": true, "on": true, "in": true}
