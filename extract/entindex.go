package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// entIndex answers cluster's questions ("which person has this surname?",
// "which body is this one with a country in front?") from maps instead of
// a scan of every entity per mention, which made a text naming thousands
// of entities cost time quadratic in its length. Each map goes from what
// a question compares to the entities holding it, in creation order. An
// entity is indexed again whenever its name, words or type change, and an
// entry may be stale: every candidate is checked again with the scan's own
// test, so each answer is the one the scan in entity order gave.
type entIndex struct {
	d *doc
	// step 1: "f" first and last word, "s" a suffix of two words or more
	// but not all, "w" all words, of a person's name
	words map[string][]int
	// people named by two words or more: by their last word, by any other
	personLast, personPart map[string][]int
	nameKey                map[string][]int // alias key of the name
	keyOf                  []string         // alias key of each entity's name
	afterPlace             map[string][]int // what a name's key holds after a place and a space
	initial                map[rune][]int   // first letter of the first content word (acronymOf)
	// step1[ei]: how many of the entity's mentions step 1 attached; these
	// and the ones step 2 attaches after them are each in text order
	step1 []int
}

func newEntIndex(d *doc) *entIndex {
	return &entIndex{d: d, words: map[string][]int{}, personLast: map[string][]int{}, personPart: map[string][]int{},
		nameKey: map[string][]int{}, afterPlace: map[string][]int{}, initial: map[rune][]int{}}
}

// insert adds ei to the sorted list m[k] once.
func insert[K comparable](m map[K][]int, k K, ei int) {
	l := m[k]
	i := sort.SearchInts(l, ei)
	if i < len(l) && l[i] == ei {
		return
	}
	l = append(l, 0)
	copy(l[i+1:], l[i:])
	l[i] = ei
	m[k] = l
}

func joinWords(w []string) string { return strings.Join(w, "\x00") }

// put indexes entity ei as it is now.
func (x *entIndex) put(ei int) {
	e := x.d.ents[ei]
	for len(x.keyOf) <= ei {
		x.keyOf = append(x.keyOf, "")
		x.step1 = append(x.step1, 0)
	}
	if t := e.tokens; len(t) >= 2 {
		insert(x.words, "f\x00"+t[0]+"\x00"+t[len(t)-1], ei)
		for i := 1; i <= len(t)-2; i++ {
			insert(x.words, "s\x00"+joinWords(t[i:]), ei)
		}
		insert(x.words, "w\x00"+joinWords(t), ei)
		for _, r := range innerRuns(t) {
			insert(x.words, "i\x00"+joinWords(r), ei)
		}
		if e.typ == newsgraph.Person {
			insert(x.personLast, t[len(t)-1], ei)
			for _, w := range t[:len(t)-1] {
				insert(x.personPart, w, ei)
			}
		}
	}
	k := key(e.name)
	x.keyOf[ei] = k
	insert(x.nameKey, k, ei)
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			if _, _, ok := x.d.x.gz.place(k[:i]); ok {
				insert(x.afterPlace, k[i+1:], ei)
			}
		}
	}
	if w := acronymWords(e.name); len(w) >= 2 {
		r, _ := utf8.DecodeRuneInString(w[0])
		insert(x.initial, r, ei)
	}
	if rest := x.afterPlaceName(e.name); rest != "" {
		if w := acronymWords(rest); len(w) >= 2 {
			r, _ := utf8.DecodeRuneInString(w[0])
			insert(x.initial, r, ei)
		}
	}
}

// afterPlaceName is name less the place that opens it ("Atlantis Potato
// Growers Association" of "U.S. Atlantis Potato Growers Association"), or
// "" when no place opens it.
func (x *entIndex) afterPlaceName(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] == ' ' {
			if _, _, ok := x.d.x.gz.place(name[:i]); ok {
				return name[i+1:]
			}
		}
	}
	return ""
}

// expands says whether entity ei's name, or its name less the place that
// opens it, is what acronym acr abbreviates: a body's acronym leaves out
// the country news writes before its name.
func (x *entIndex) expands(acr string, ei int) bool {
	name := x.d.ents[ei].name
	if acronymOf(acr, name) {
		return true
	}
	rest := x.afterPlaceName(name)
	if rest != "" && acronymOf(acr, rest) {
		return true
	}
	// "NP" of "Northbrook Petroleum Co PLC": a firm's acronym leaves out
	// the designators that close its name
	w := strings.Fields(name)
	n := len(w)
	for n > 2 && (corpSuffixes[w[n-1]] || designators[w[n-1]] && w[n-1] != "Board") {
		n--
	}
	return n < len(w) && acronymOf(acr, strings.Join(w[:n], " "))
}

// fullName is the first person of step 1 whose name is toks's: the same
// first and last words, or one the other's last words.
func (x *entIndex) fullName(toks []string) int {
	best := -1
	try := func(l []int) {
		for _, ei := range l {
			if best >= 0 && ei >= best {
				return
			}
			e := x.d.ents[ei]
			if e.typ == newsgraph.Person && len(e.tokens) >= 2 && (e.tokens[0] == toks[0] && e.tokens[len(e.tokens)-1] == toks[len(toks)-1] ||
				hasSuffix(e.tokens, toks) || hasSuffix(toks, e.tokens)) {
				best = ei
				return
			}
		}
	}
	try(x.words["f\x00"+toks[0]+"\x00"+toks[len(toks)-1]])
	try(x.words["s\x00"+joinWords(toks)])
	for i := 1; i <= len(toks)-2; i++ {
		try(x.words["w\x00"+joinWords(toks[i:])])
	}
	// "Tavares Neto" of "Joaquim Tavares Neto da Silva", "Sri Mulyati" of
	// "Sri Mulyati Hartanto": two words or more inside a longer name, the
	// compound surname or the given names news calls the person by; only
	// where one person of the story is named so
	if best < 0 {
		best = x.innerName(toks)
	}
	// "G. Dashdorj" and "Gantulga Dashdorj": given names written as their
	// initials, either way round
	for _, ei := range x.personLast[toks[len(toks)-1]] {
		if best >= 0 && ei >= best {
			break
		}
		e := x.d.ents[ei]
		if e.typ == newsgraph.Person && len(e.tokens) >= 2 && e.tokens[len(e.tokens)-1] == toks[len(toks)-1] && (initialsOf(toks, e.tokens) || initialsOf(e.tokens, toks)) {
			best = ei
		}
	}
	return best
}

// innerRuns are the runs of two words or more of a name of three or more
// that are neither all of it nor one of its suffixes (which "s" indexes),
// and that neither open nor close with a particle ("da Silva" is no name
// of its own): "tavares neto", "sri mulyati".
func innerRuns(t []string) [][]string {
	var out [][]string
	if len(t) < 3 {
		return nil
	}
	for i := 0; i < len(t)-1; i++ {
		for j := i + 2; j < len(t); j++ {
			if nameParticles[t[i]] || nameParticles[t[j-1]] {
				continue
			}
			out = append(out, t[i:j])
		}
	}
	return out
}

// innerName is the one person named in full whose name holds toks as an
// inner run, or the one person whose name is an inner run of toks (the
// short form came first), or -1 when none or several are.
func (x *entIndex) innerName(toks []string) int {
	found := -1
	person := func(ei int) bool {
		e := x.d.ents[ei]
		return e.typ == newsgraph.Person && len(e.tokens) >= 2
	}
	for _, ei := range x.words["i\x00"+joinWords(toks)] {
		if !person(ei) || !slices.ContainsFunc(innerRuns(x.d.ents[ei].tokens), func(r []string) bool { return slices.Equal(r, toks) }) {
			continue
		}
		if found >= 0 && found != ei {
			return -1
		}
		found = ei
	}
	for _, r := range innerRuns(toks) {
		for _, ei := range x.words["w\x00"+joinWords(r)] {
			if !person(ei) || !slices.Equal(x.d.ents[ei].tokens, r) {
				continue
			}
			if found >= 0 && found != ei {
				return -1
			}
			found = ei
		}
	}
	return found
}

// initialsOf: short is long's name with its given names written as
// initials ("g dashdorj" of "gantulga dashdorj", "h d gowda" of "haradan
// dev gowda"), the same last word, words lower-cased.
func initialsOf(short, long []string) bool {
	n := len(short)
	if n < 2 || len(long) < n || short[n-1] != long[len(long)-1] {
		return false
	}
	for i := 0; i < n-1; i++ {
		if utf8.RuneCountInString(short[i]) != 1 || long[i] == "" || long[i][0] != short[i][0] || utf8.RuneCountInString(long[i]) == 1 {
			return false
		}
	}
	return true
}

// sharedSurname: two people or more named in full have the surname w.
func (x *entIndex) sharedSurname(w string) bool {
	n := 0
	for _, ei := range x.personLast[w] {
		e := x.d.ents[ei]
		if e.typ == newsgraph.Person && len(e.tokens) >= 2 && e.tokens[len(e.tokens)-1] == w {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// lastBefore is the start of the entity's last mention before offset at,
// or -1.
func (x *entIndex) lastBefore(ei, at int) int {
	e := x.d.ents[ei]
	last := -1
	n := x.step1[ei]
	for _, part := range [][]int{e.mentions[:n], e.mentions[n:]} {
		// part is in text order: the last mention starting before at
		i := sort.Search(len(part), func(i int) bool { return x.d.mentions[part[i]].start >= at })
		if i > 0 {
			last = max(last, x.d.mentions[part[i-1]].start)
		}
	}
	return last
}

// personByPart is the person a one-word name refers to: the person named
// in full with that surname (when several share it, the most recent one
// whose gender the mention's honorific allows: "Ms Kerr" after "Paul Kerr
// ... Senator Ruth Kerr"), else with that given name or other part.
func (x *entIndex) personByPart(w string, m *mention) int {
	if len(w) < 2 {
		return -1
	}
	recent, at := -1, -1
	for _, ei := range x.personLast[w] {
		e := x.d.ents[ei]
		if e.typ != newsgraph.Person || len(e.tokens) < 2 || e.tokens[len(e.tokens)-1] != w {
			continue
		}
		if m.female != 0 && e.female != 0 && m.female != e.female {
			continue
		}
		if last := x.lastBefore(ei, m.start); recent < 0 || last > at {
			recent, at = ei, last
		}
	}
	if recent >= 0 {
		return recent
	}
	for _, ei := range x.personPart[w] {
		e := x.d.ents[ei]
		if e.typ != newsgraph.Person || len(e.tokens) < 2 || e.tokens[len(e.tokens)-1] == w {
			continue
		}
		if e.tokens[0] == w {
			return ei
		}
		for _, t := range e.tokens[1:] {
			if t == w && !nameParticles[t] {
				return ei // "Lula" of "Luiz Inacio Lula da Silva"
			}
		}
	}
	return -1
}

// orgBySuffix finds an organisation whose name is this one with a country
// in front, or the other way round.
func (x *entIndex) orgBySuffix(k string) int {
	best := -1
	try := func(l []int) {
		for _, ei := range l {
			if best >= 0 && ei >= best {
				return
			}
			if x.orgSuffixOf(ei, k) {
				best = ei
				return
			}
		}
	}
	try(x.afterPlace[k]) // the entity's name is k with a place in front
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			if _, _, ok := x.d.x.gz.place(k[:i]); ok {
				try(x.nameKey[k[i+1:]]) // k is the entity's name with a place in front
			}
		}
	}
	return best
}

func (x *entIndex) orgSuffixOf(ei int, k string) bool {
	e := x.d.ents[ei]
	if e.typ != newsgraph.Organization || len(e.mentions) == 0 {
		return false
	}
	ek := x.keyOf[ei]
	long, short := ek, k
	if len(k) > len(ek) {
		long, short = k, ek
	}
	if !strings.HasSuffix(long, " "+short) || len(strings.Fields(short)) < 2 && !orgHeads[titleCase(short)] {
		return false // one word only when it is a body's head: "Congress" of "U.S. Congress"
	}
	_, _, ok := x.d.x.gz.place(strings.TrimSuffix(long, " "+short))
	return ok
}

// acronymCandidates are the entities whose names may expand acronym acr
// (their first content word starts with its first letter), in order.
func (x *entIndex) acronymCandidates(acr string) []int {
	r, _ := utf8.DecodeRuneInString(strings.ToLower(strings.ReplaceAll(acr, ".", "")))
	return x.initial[r]
}

// orgByAcronym is the first organisation named in full that acronym s
// abbreviates, or -1.
func (x *entIndex) orgByAcronym(s string) int {
	if !isAcronym(s) {
		return -1
	}
	for _, ei := range x.acronymCandidates(s) {
		if e := x.d.ents[ei]; e.typ == newsgraph.Organization && x.expands(s, ei) {
			return ei
		}
	}
	return -1
}
