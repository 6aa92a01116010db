package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// takeVerbs send a traveller on a trip's legs in a clause on the trip: "a
// tour that has taken X to A, B and C", "a trip which brought her to Y".
var takeVerbs = set("take", "takes", "took", "taken", "taking", "bring", "brings", "brought", "bringing")

// stopNouns are a trip's stops: "Oslo is the last stop of the tour".
var stopNouns = set("stop", "stops", "stopover", "stopovers", "leg", "stage")

// tourTravellers are the people a clause on the trip noun n (tripClauses) sends
// on it ("a tour that has taken Dale to Lima and Quito": Dale), or nil,
// and the clause's verb (or -1), whose tense is the legs'.
func (d *doc) tourTravellers(si int, t *tree, n int) ([]int, int) {
	for _, r := range tripClauses(t, n) {
		if !takeVerbs[t.lw[r]] || t.negatedAt(r) {
			continue
		}
		o := t.dep(r, "obj")
		if o < 0 {
			continue
		}
		var out []int
		for _, e := range d.group(si, t, o) {
			if d.ents[e].typ == newsgraph.Person {
				out = append(out, e)
			}
		}
		return out, r
	}
	return nil, -1
}

// dueWords hang a clause to come on a noun: "a tour due to take him to
// Lima", "a trip expected to include Quito".
var dueWords = set("due", "expected", "scheduled", "set", "slated", "planned", "likely")

// tripClauses are the verbs of the clauses on the trip noun n that can
// list its stops or send its traveller: a relative clause ("a tour that
// will take him to X"), the infinitive after "due", "expected" and the
// like ("a tour due to take him to X"), and a participle ("a tour taking
// him to X").
func tripClauses(t *tree, n int) []int {
	out := t.deps(n, "acl:relcl")
	// "a tour of the area which takes her to X" with the clause
	// hung on the area: a clause that takes someone somewhere or lists
	// stops is the trip's
	for _, k := range t.deps(n, "nmod") {
		for _, r := range t.deps(k, "acl:relcl") {
			if t.prep(k) == "of" && stopVerbs[t.lw[r]] {
				out = append(out, r)
			}
		}
	}
	for _, a := range t.deps(n, "acl") {
		switch {
		case t.tag[a] == "VBG":
			out = append(out, a)
		case dueWords[t.lw[a]]:
			if x := t.dep(a, "xcomp"); x >= 0 && t.verb(x) && hasMark(t, x, "to") {
				out = append(out, x)
			}
		}
	}
	return out
}

// tripOwners are whose trip the trip noun n is: its possessor ("his
// tour") or the people a clause on it sends on it ("a tour that has taken
// Dale to Lima"), or nil.
func (d *doc) tripOwners(si int, t *tree, n int) []int {
	if !t.noun(n) || !visitNouns[t.lw[n]] || stopNouns[t.lw[n]] {
		return nil
	}
	if k := t.dep(n, "nmod:poss"); k >= 0 {
		var out []int
		for _, e := range d.phrase(si, t, k, 0) {
			if d.ents[e].typ == newsgraph.Person {
				out = append(out, e)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	ents, _ := d.tourTravellers(si, t, n)
	return ents
}

// stopPlaces are the places a stop noun n is said to be: "Oslo is the
// last stop of the tour", "Rabat and Tunis are the next stops": the
// subject of the copula, when it names places only.
func (d *doc) stopPlaces(si int, t *tree, n int) []int {
	if !stopNouns[t.lw[n]] || t.dep(n, "cop") < 0 {
		return nil
	}
	s := t.dep(n, "nsubj")
	if s < 0 {
		return nil
	}
	var out []int
	for _, c := range d.placeConjuncts(si, t, s) {
		ps := d.placesUnder(si, t, c)
		if len(ps) == 0 {
			return nil
		}
		out = append(out, ps[0])
	}
	return uniq(out)
}

// stopTravellers gives a trip's stops listed without a traveller ("after
// stops in Lima and Quito", "Stops in Leeds and York are planned for
// later in the week") the traveller: the visitor of the visit the stops
// are told within ("X is in Oslo after stops in Lima and Quito"), or, for
// stops that are their clause's subject, the one visitor of the story's
// last dozen sentences (a story of one trip names its stops far down).
func (d *doc) stopTravellers(si int, t *tree, fs []frame) {
	for i := range fs {
		f := &fs[i]
		if f.typ != newsgraph.Visit || !f.noun || !stopNouns[t.lw[f.t]] || len(f.agents) > 0 || len(f.places) == 0 {
			continue
		}
		for _, g := range fs {
			if g.typ == newsgraph.Visit && len(g.agents) > 0 && g.t != f.t && t.under(f.t, g.t) {
				f.agents = g.agents
				break
			}
		}
		if len(f.agents) == 0 && t.is(f.t, "nsubj", "nsubj:pass") {
			if e := d.storyTraveller(si, 12); e >= 0 {
				f.agents = []int{e}
			}
		}
	}
}

// visitingTitle reads a visit told by the adjective "visiting" before a
// person's titles and name (the word at k): "Visiting Danish Premier X
// told a news conference ...", "the visiting Danish premier, X, said":
// X is on a visit to where the sentence has X speak ("told reporters in
// Oslo"), else to the dateline's place. X is there as the story is told.
func (d *doc) visitingTitle(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Visit, t: k, light: -1, carrier: -1, loc: -1, status: newsgraph.Happened}
	toks := d.sents[si].tokens
	if t.lw[k] != "visiting" || k < t.from || k > t.from && t.tag[k-1] != "DT" || k+1 >= len(toks) {
		return f, false
	}
	if m := d.mentionAt(si, k+1); m != nil && m.ent >= 0 && d.isPlace(m.ent) && m.i == k+1 && d.x.gz.demonym[key(toks[k+1].text)] == "" {
		return f, false // "Visiting Oslo, X said": the verb, read at the verb
	}
	person := -1
	j := k + 1
	for ; j < len(toks) && j <= k+8; j++ {
		if m := d.mentionAt(si, j); m != nil && m.i == j && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person {
			person = m.ent
			j = m.j - 1
			break
		}
		w := t.lw[j]
		if !(toks[j].isCap() || lowerTitles[w] || d.x.gz.demonym[key(toks[j].text)] != "" || w == "," && j > k+1 || w == "of" || w == "'s") {
			return f, false
		}
	}
	if person < 0 {
		return f, false
	}
	// where the clause the person is the subject of has them speak
	place := -1
	if h := t.head[j]; h >= 0 && t.verb(h) {
		for _, o := range t.kids[h] {
			if !t.is(o, "obl", "obj", "iobj") {
				continue
			}
			if t.prep(o) == "in" {
				if ps := d.placesUnder(si, t, o); len(ps) > 0 {
					place = ps[0]
				}
			}
			for _, n := range t.deps(o, "nmod") {
				if ps := d.placesUnder(si, t, n); t.prep(n) == "in" && len(ps) > 0 && place < 0 {
					place = ps[0] // "told a news conference in Oslo"
				}
			}
		}
	}
	if place < 0 {
		place = d.datelinePlaceFor(si, "", "")
	}
	if place < 0 || d.domestic(person, place) {
		return f, false
	}
	f.agents = []int{person}
	f.places, f.others = []int{place}, [][]int{{place}}
	return f, true
}

// atGathering reads a visit told by being at a gathering (the noun at
// k): "X is at a summit in Nairobi", "X and Y were at the conference in
// Riga": the people the copula places there visit the gathering's place,
// at the copula's tense (there now, or then).
func (d *doc) atGathering(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Visit, t: k, light: -1, carrier: -1, loc: -1}
	if !t.noun(k) || !gatheringNouns[t.lw[k]] || t.prep(k) != "at" || t.negatedAt(k) {
		return f, false
	}
	c := t.dep(k, "cop")
	if c < 0 || t.dep(k, "nsubj") < 0 {
		return f, false
	}
	for _, e := range d.subjectOf(si, t, k) {
		if d.ents[e].typ == newsgraph.Person {
			f.agents = append(f.agents, e)
		}
	}
	p := d.frameLoc(si, t, k, -1)
	if len(f.agents) == 0 || p < 0 || !d.isPlace(p) || d.allDomestic(f.agents, p) {
		return f, false
	}
	f.places, f.others = []int{p}, [][]int{{p}}
	f.status = newsgraph.Happened
	if t.dep(k, "aux") >= 0 {
		f.status = newsgraph.Planned // "will be at the summit"
	}
	return f, true
}

// storyTraveller is the one person the story of sentence si sends on
// visits in the back sentences before it, or -1 when none or several.
func (d *doc) storyTraveller(si, back int) int {
	var out []int
	for _, e := range d.events {
		if e.typ != newsgraph.Visit || e.story != d.stories[si] || len(e.people) == 0 {
			continue
		}
		for _, s := range e.sources {
			if s < si && s >= si-back {
				out = append(out, e.people...)
				break
			}
		}
	}
	if out = uniq(out); len(out) != 1 || d.ents[out[0]].typ != newsgraph.Person {
		return -1
	}
	return out[0]
}

// listPreps add places to what a visit verb's object names: "visit
// Cardiff, as well as Bristol", "visit towns such as Leeds".
var listPreps = set("as well as", "such as", "including", "like")

// listedStops are the stops a visit verb v lists with its object dest,
// each a destination of its own: every place of an "in A and B" on an
// object that names no place ("visiting constituencies in Somerset and
// Dorset", "visit towns such as Leeds and York"), else what the object
// names (have); and the places after "as well as", "such as", "including"
// ("will visit Cardiff in Wales, as well as Bristol").
func (d *doc) listedStops(si int, t *tree, v, dest int, have [][]int) [][]int {
	seen := map[int]bool{}
	var out [][]int
	add := func(h int) {
		for _, c := range d.placeConjuncts(si, t, h) {
			ps := d.placesUnder(si, t, c)
			if len(ps) == 0 || seen[ps[0]] {
				continue
			}
			seen[ps[0]] = true
			out = append(out, ps[:1])
		}
	}
	if d.mentionAt(si, dest) == nil {
		for _, o := range t.deps(dest, "nmod") {
			if p := t.prep(o); p == "in" || p == "across" || p == "around" || listPreps[p] {
				add(o)
			}
		}
	}
	if len(out) == 0 {
		for _, g := range have {
			for _, e := range g {
				seen[e] = true
			}
		}
		out = have
	}
	for _, o := range append(t.deps(v, "obl"), t.deps(dest, "nmod", "conj")...) {
		if listPreps[t.prep(o)] {
			add(o)
		}
	}
	return out
}

// returnStay reads where a return (verb v) says one was or goes, the
// "from" phrase naming no place: "returning from her holiday in Kenya"
// (the stay's place, hung on the verb); "will return to Geneva for talks"
// (a trip there, for a purpose or by one of another country).
func (d *doc) returnStay(si int, t *tree, v int, agents []int) [][]int {
	var out [][]int
	from, purpose := false, false
	for _, o := range t.deps(v, "obl") {
		from = from || t.prep(o) == "from" && visitNouns[t.lw[o]] || t.prep(o) == "from" && stayNouns[t.lw[o]]
		purpose = purpose || t.prep(o) == "for" && (meetNouns[t.lw[o]] || gatheringNouns[t.lw[o]])
	}
	for _, o := range t.deps(v, "obl") {
		p := t.prep(o)
		if !(p == "in" && from || p == "to") {
			continue
		}
		for _, c := range d.placeConjuncts(si, t, o) {
			if ps := d.placesUnder(si, t, c); len(ps) > 0 {
				if p == "to" && !purpose && !d.foreignTo(agents, ps[0]) {
					continue
				}
				out = append(out, ps)
			}
		}
	}
	return out
}

// stayNouns are time spent away one returns from: "returned from her
// holiday in Kenya".
var stayNouns = set("holiday", "holidays", "vacation", "break", "honeymoon", "retreat", "mission", "assignment")

// wayWords open a journey under way: "on her way to Tokyo", "bound for
// Oslo", "en route to Riga", "set off for Rome".
func wayWord(toks []token, k int) bool {
	w := strings.ToLower(toks[k].text)
	next := func(i int) string {
		if k+i < len(toks) {
			return strings.ToLower(toks[k+i].text)
		}
		return ""
	}
	switch w {
	case "way", "route":
		return next(1) == "to"
	case "bound":
		return next(1) == "for"
	case "set", "sets", "setting":
		return (next(1) == "off" || next(1) == "out") && next(2) == "for"
	}
	return false
}

// onTheWay reads a journey under way (the word at k): "X is on her way to
// Tokyo", "X, on his way to Oslo, said", "X is en route to Riga", "X is
// bound for Lima", "X set off for Rome on Monday": the traveller visits
// where the journey goes. "On his way back to", "on her way home" go home.
func (d *doc) onTheWay(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Visit, t: k, light: -1, carrier: -1, loc: -1}
	if !wayWord(d.sents[si].tokens, k) || k < t.from {
		return f, false
	}
	w := t.lw[k]
	var dest []int // the phrases naming where it goes
	var who []int
	switch {
	case (w == "way" || w == "route") && (t.noun(k) || w == "route"):
		if w == "route" && (k == 0 || t.lw[k-1] != "en") {
			return f, false
		}
		if w == "way" && t.prep(k) != "on" {
			return f, false // "the way to Oslo", "made his way to"
		}
		for _, o := range t.deps(k, "nmod") {
			if t.prep(o) == "to" {
				dest = append(dest, o)
			}
		}
		if p := t.dep(k, "nmod:poss"); p >= 0 {
			who = d.phrase(si, t, p, 0)
		}
		if len(who) == 0 && t.dep(k, "cop") >= 0 {
			who = d.subjectOf(si, t, k)
		}
		f.status = newsgraph.Planned
		if c := t.dep(k, "cop"); c >= 0 && (t.lw[c] == "was" || t.lw[c] == "were") {
			f.status = newsgraph.Happened
		}
	case w == "bound" && t.verb(k) || w == "bound" && t.tag[k] == "JJ":
		for _, o := range t.deps(k, "obl", "nmod") {
			if t.prep(o) == "for" {
				dest = append(dest, o)
			}
		}
		who = d.subjectOf(si, t, k)
		f.status = newsgraph.Planned
	case t.verb(k):
		for _, o := range t.deps(k, "obl") {
			if t.prep(o) == "for" {
				dest = append(dest, o)
			}
		}
		who = d.subjectOf(si, t, k)
		f.status = tenseOf(t, k)
	}
	if len(dest) == 0 && (w == "way" || w == "route") {
		// "stopped in X on her way to Tokyo" with "to Tokyo" hung on the verb
		j := k + 2
		if j < len(t.lw) && t.lw[j] == "the" {
			j++
		}
		if m := d.mentionAt(si, j); m != nil && m.i == j && m.ent >= 0 && d.isPlace(m.ent) {
			dest = append(dest, m.j-1)
		}
	}
	if start := map[string]int{"way": k - 2, "route": k - 1, "bound": k}[w]; len(who) == 0 && start >= 2 && t.lw[start-1] == "," {
		// "X, en route to Y, said" however the parser hung the phrase
		if pm := d.mentionEndingAt(si, start-2); pm != nil && pm.ent >= 0 {
			who = []int{pm.ent}
		}
	}
	for _, e := range who {
		if d.ents[e].typ == newsgraph.Person {
			f.agents = append(f.agents, e)
		}
	}
	if len(f.agents) == 0 || t.negatedAt(k) {
		return f, false
	}
	for _, o := range dest {
		for _, c := range d.placeConjuncts(si, t, o) {
			if ps := d.placesUnder(si, t, c); len(ps) > 0 && !d.allDomestic(f.agents, ps[0]) {
				f.places = append(f.places, ps[0])
				f.others = append(f.others, ps[:1])
			}
		}
	}
	return f, len(f.places) > 0
}

// arriveVerbs end a journey where a clause on a place puts it: "Oslo,
// where he arrives on Sunday".
var arriveVerbs = set("arrive", "arrives", "arrived", "arriving", "land", "lands", "landed", "landing", "travel", "travels",
	"travelled", "traveled", "go", "goes", "went", "fly", "flies", "flew", "head", "heads", "headed")

// whereAntecedent is the place a relative clause opened by "where" on the
// journey verb v hangs on ("Tokyo, where she is to arrive on Sunday"), as
// one destination, or nil.
func (d *doc) whereAntecedent(si int, t *tree, v int) [][]int {
	h := t.head[v]
	if !arriveVerbs[t.lw[v]] || !t.is(v, "acl:relcl") || h < 0 || h > v {
		return nil
	}
	where := false
	for _, a := range t.deps(v, "advmod") {
		where = where || t.lw[a] == "where" && a < v
	}
	if !where {
		return nil
	}
	if ps := d.placesUnder(si, t, h); len(ps) > 0 && d.mentionAt(si, h) != nil {
		return [][]int{ps[:1]}
	}
	return nil
}

// laterDay says whether sentence si names a day after the story's own
// ("is in Geneva next week"): a stay told in the present is then still to come.
func (d *doc) laterDay(si int) bool {
	if si >= len(d.dates) {
		return false
	}
	for _, x := range d.dates[si] {
		if d.pub != "" && x.from > d.pub {
			return true
		}
	}
	return false
}

// dropRegions drops the regions (places that are no state or town) from a
// visit's places and their groups.
func (d *doc) dropRegions(places []int, groups [][]int) ([]int, [][]int) {
	var ps []int
	var gs [][]int
	for _, p := range places {
		if d.ents[p].typ != newsgraph.Location {
			ps = append(ps, p)
		}
	}
	for _, g := range groups {
		var k []int
		for _, p := range g {
			if d.ents[p].typ != newsgraph.Location {
				k = append(k, p)
			}
		}
		if len(k) > 0 {
			gs = append(gs, k)
		}
	}
	return ps, gs
}

// stopVerbForms break a journey somewhere: "stopped in London on her way
// to Tokyo", "will stop over in Dubai".
var stopVerbForms = set("stop", "stops", "stopped", "stopping")

// stopWord says whether token k opens a stop somewhere ("stopped in",
// "stopped over in", "stops off at"): such a sentence is worth parsing.
func stopWord(toks []token, k int) bool {
	if !stopVerbForms[strings.ToLower(toks[k].text)] || k+1 >= len(toks) {
		return false
	}
	n := strings.ToLower(toks[k+1].text)
	if (n == "over" || n == "off") && k+2 < len(toks) {
		n = strings.ToLower(toks[k+2].text)
	}
	return n == "in" || n == "at"
}

// stopIn reads a visit told by a stop on a journey (the verb at k): "X
// stopped in London on her way to Tokyo", "X will stop over in Dubai":
// the people who stop visit where they stop.
func (d *doc) stopIn(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Visit, t: k, light: -1, carrier: -1, loc: -1}
	if !stopWord(d.sents[si].tokens, k) || !t.verb(k) || k < t.from || t.negatedAt(k) {
		return f, false
	}
	for _, e := range d.subjectOf(si, t, k) {
		if d.ents[e].typ == newsgraph.Person {
			f.agents = append(f.agents, e)
		}
	}
	if len(f.agents) == 0 {
		return f, false
	}
	for _, o := range t.deps(k, "obl") {
		if p := t.prep(o); p != "in" && p != "at" {
			continue
		}
		if ps := d.placesUnder(si, t, o); len(ps) > 0 && !d.allDomestic(f.agents, ps[0]) {
			f.places, f.others = []int{ps[0]}, [][]int{ps[:1]}
			break
		}
	}
	f.carrier, f.statusBy = k, k
	f.status = tenseOf(t, k)
	return f, len(f.places) > 0
}

// speakingIn reads a visit told by speaking somewhere in a phrase set off
// beside a name (the place mention m): "X, speaking in Nairobi, said",
// "Speaking in Nairobi on Monday, X said", however the tagger read the
// participle. One whose office is of another country than the place's came
// there; anyone else may be at home, unless the phrase dates the speech
// ("last week"): an occasion away from the seat of one's own government.
func (d *doc) speakingIn(si int, t *tree, m mention) (frame, bool) {
	f := frame{typ: newsgraph.Visit, light: -1, carrier: -1, loc: -1, status: newsgraph.Happened}
	toks := d.sents[si].tokens
	s := m.i - 2 // the participle, before "in"
	if s < 0 || s < t.from || !strings.EqualFold(toks[m.i-1].text, "in") || !strings.HasSuffix(t.lw[s], "ing") || !speakVerbs[t.lw[s]] && !sayVerbs[t.lw[s]] {
		return f, false
	}
	end := m.j // the comma closing the phrase, after a date on it
	for end < len(toks) && end <= m.j+5 && toks[end].text != "," {
		end++
	}
	if end >= len(toks) || toks[end].text != "," {
		return f, false
	}
	var pm *mention
	switch {
	case s >= 3 && toks[s-1].text == ",":
		pm = d.mentionEndingAt(si, s-2)
	case s == t.from:
		// the speaker is the subject right after the phrase: "..., X said"
		for k := end + 1; k < len(toks) && k <= end+5 && pm == nil; k++ {
			if n := d.mentionAt(si, k); n != nil && n.i == k && n.j < len(toks) && sayVerbs[strings.ToLower(toks[n.j].text)] {
				pm = n
			}
		}
	}
	if pm == nil || pm.ent < 0 || d.ents[pm.ent].typ != newsgraph.Person {
		return f, false
	}
	dated := false
	for _, e := range d.dates[si] {
		dated = dated || e.i >= m.j && e.j <= end
	}
	for k := m.j; k < end; k++ {
		// a day the story's date cannot place still dates the speech
		w := strings.ToLower(toks[k].text)
		dated = dated || timeWords[w] || isWeekday(w) || months[w] != 0 || w == "last" || w == "week" || w == "weekend"
	}
	if !d.foreignTo([]int{pm.ent}, m.ent) && !(dated && d.awayFromSeat(si, pm.ent, m.ent)) {
		return f, false
	}
	f.t, f.light = m.j-1, s // the speech's date is the stay's
	f.agents = []int{pm.ent}
	f.places, f.others = []int{m.ent}, [][]int{{m.ent}}
	return f, true
}

// awayFromSeat says whether person e, in place p, is away from where one
// would be at home: not the country of e's office nor its capital; for one
// of no known office, a town or land other than the dateline's, not a
// building ("speaking in the Commons").
func (d *doc) awayFromSeat(si, e, p int) bool {
	if d.ents[p].typ != newsgraph.GPE && d.ents[p].typ != newsgraph.Location {
		return false
	}
	c := d.signerCountry(e)
	if c < 0 {
		return d.datelinePlaceFor(si, "", "") != p
	}
	name := d.ents[p].name
	return !sameState(d.ents[c].name, name) && d.x.gz.capital[d.ents[c].name] != name
}

// gatheringPlace is where the gathering the noun at k names is held, when
// it names one ("left for the summit", "his departure for the
// conference"): its own place, else the place an earlier sentence gives a
// gathering; or -1.
func (d *doc) gatheringPlace(si int, t *tree, k int) int {
	if !t.noun(k) || !gatheringNouns[t.lw[k]] || d.mentionAt(si, k) != nil {
		return -1
	}
	if p := d.frameLoc(si, t, k, -1); p >= 0 && d.isPlace(p) {
		return p
	}
	if k+2 < len(t.lw) && (t.lw[k+1] == "in" || t.lw[k+1] == "at") {
		// "the summit in Riga" with "in Riga" hung on the verb
		if m := d.mentionAt(si, k+2); m != nil && m.i == k+2 && m.ent >= 0 && d.isPlace(m.ent) {
			return m.ent
		}
	}
	if t.dep(k, "det") < 0 || t.lw[t.dep(k, "det")] != "the" {
		return -1 // "left for a summit": which one the story has not said
	}
	return d.gatheringPlaceBefore(si)
}

// sendVerbs send someone on an errand: "X will send a trade mission to Y".
var sendVerbs = set("send", "sends", "sent", "sending", "dispatch", "dispatches", "dispatched", "dispatching")

// envoyNouns are the parties one sends: their sender visits through them.
var envoyNouns = set("delegation", "delegations", "team", "teams", "mission", "missions", "envoy", "envoys", "emissary",
	"emissaries")

// sentDelegation reads a visit told by sending a party somewhere (the
// verb at k): "Chile will send a trade mission to Japan", "the ministry
// sent a team of experts to Lima": the sender visits the place through
// it. A sender of the place's own country sends it nowhere abroad; a
// person who sends an envoy stays at home.
func (d *doc) sentDelegation(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Visit, t: k, light: -1, carrier: -1, loc: -1}
	if !sendVerbs[t.lw[k]] || !t.verb(k) || k < t.from || t.negatedAt(k) {
		return f, false
	}
	o := t.dep(k, "obj")
	if o < 0 || !envoyNouns[t.lw[o]] || d.mentionAt(si, o) != nil {
		return f, false
	}
	for _, e := range d.subjectOf(si, t, k) {
		if d.ents[e].typ == newsgraph.Person {
			return f, false // "X would send an envoy to Y": the envoy goes, not X
		}
		f.agents = append(f.agents, e)
	}
	if len(f.agents) == 0 {
		return f, false
	}
	var dest []int
	for _, x := range append(t.deps(k, "obl"), t.deps(o, "nmod")...) {
		if p := t.prep(x); p == "to" || p == "into" {
			dest = append(dest, x)
		}
	}
	for _, x := range dest {
		for _, c := range d.placeConjuncts(si, t, x) {
			if ps := d.placesUnder(si, t, c); len(ps) > 0 {
				f.places = append(f.places, ps[0])
				f.others = append(f.others, ps[:1])
			}
		}
	}
	if len(dest) == 0 {
		if p := d.placeAfterTo(si, t, o); p >= 0 {
			f.places, f.others = []int{p}, [][]int{{p}}
		}
	}
	if len(f.places) == 0 || containsAll(f.agents, f.places[:1]) || d.domesticAll(f.agents, f.places[0]) || d.allDomestic(f.agents, f.places[0]) {
		return f, false
	}
	f.carrier, f.statusBy = k, k
	f.status = tenseOf(t, k)
	for _, a := range t.deps(k, "aux") {
		if t.lw[a] == "would" && f.status == "" {
			f.status = newsgraph.Planned
		}
	}
	return f, true
}

// welcomedTo reads a visit told by its host's welcome (the verb at k):
// "X welcomed Y to Oslo", "looks forward to welcoming Y to Ottawa in
// June": the people welcomed visit the place they are welcomed to.
func (d *doc) welcomedTo(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Visit, t: k, light: -1, carrier: -1, loc: -1}
	if !welcomeVerb(t.lw[k]) || !t.verb(k) || k < t.from || t.negatedAt(k) {
		return f, false
	}
	if t.dep(k, "aux:pass") >= 0 || reducedPassive(t, k) {
		// "Y was welcomed to Jakarta by X for talks", "was received in
		// Cairo for talks", "was greeted at Vilnius airport by X": one
		// received somewhere by a host or for talks went there
		// (a host alone says a visit of a guest from abroad only: "was
		// received at City Hall by the mayor" may be a local's)
		p, ok := d.welcomedAt(si, t, k)
		guests := d.subjectOf(si, t, k)
		if p < 0 || !ok && (len(d.welcomeHosts(si, t, k)) == 0 || !d.foreignTo(guests, p)) {
			return f, false
		}
		f.places, f.others = []int{p}, [][]int{{p}}
		f, ok = d.visitorsOf(t, f, guests)
		if h := t.head[k]; ok && f.status == "" && reducedPassive(t, k) && h >= 0 && t.verb(h) {
			f.status = tenseOf(t, h) // "Greeted in Nairobi by X, Y said": when the clause it opens is
		}
		return f, ok
	}
	if !strings.HasPrefix(t.lw[k], "welcom") {
		return f, false
	}
	o := t.dep(k, "obj")
	if o < 0 {
		return f, false
	}
	tos := append(t.deps(k, "obl"), t.deps(o, "nmod")...)
	for _, l := range d.leaders(si, t, o) {
		// "welcomed a delegation led by X to Oslo" with "to Oslo" hung
		// on the leader's name
		for _, mi := range d.bySent[si] {
			if m := d.mentions[mi]; m.ent == l && m.j-1 < len(t.lw) {
				tos = append(tos, t.deps(m.j-1, "nmod")...)
			}
		}
	}
	for _, x := range tos {
		if t.prep(x) != "to" {
			continue
		}
		if ps := d.placesUnder(si, t, x); len(ps) > 0 {
			f.places, f.others = ps[:1], [][]int{ps[:1]}
			break
		}
	}
	if subj := d.subjectOf(si, t, k); len(f.places) == 0 && len(subj) == 1 && d.isPlace(subj[0]) && (len(d.leaders(si, t, o)) > 0 || d.foreignTo(d.group(si, t, o), subj[0])) {
		// "Oslo welcomed a delegation led by X", "Norway welcomed
		// Danish minister X": the town or country that welcomes is where
		// the party or the foreign guest came
		f.places, f.others = subj, [][]int{subj}
	}
	if len(f.places) == 0 {
		return f, false
	}
	return d.visitorsOf(t, f, d.group(si, t, o))
}

// welcomedAt reads where the passive welcome verb v receives its subject
// ("was welcomed to Jakarta", "was received at the palace in Paris", "was
// greeted at Vilnius airport"): the place, or -1, and whether the
// welcome is for talks or a visit ("for talks", "for a state visit",
// "ahead of a meeting").
func (d *doc) welcomedAt(si int, t *tree, v int) (int, bool) {
	place, purpose := -1, false
	for _, o := range t.deps(v, "obl") {
		switch p := t.prep(o); p {
		case "to", "in", "at":
			if ps := d.placesUnder(si, t, o); place < 0 && len(ps) > 0 {
				place = ps[0]
				for _, q := range ps {
					if d.x.gz.countryOf(d.ents[place].name) == "" && d.ents[q].typ == newsgraph.GPE && d.x.gz.countryOf(d.ents[q].name) != "" {
						place = q // "at Noi Bai airport in Hanoi": the town one came to
					}
				}
			}
		case "for", "ahead of", "before":
			purpose = purpose || meetNouns[t.lw[o]] && !mealNouns[t.lw[o]] || visitNouns[t.lw[o]]
		}
	}
	return place, purpose
}

// welcomeHosts are the people the passive welcome verb v names as the
// hosts: its agent ("by X"), also where the parser hung the by-phrase on
// the place before it ("welcomed to Jakarta by X").
func (d *doc) welcomeHosts(si int, t *tree, v int) []int {
	var out []int
	take := func(k int) {
		for _, e := range d.group(si, t, k) {
			if d.ents[e].typ == newsgraph.Person {
				out = append(out, e)
			}
		}
	}
	for _, o := range t.deps(v, "obl:agent", "obl") {
		switch p := t.prep(o); {
		case t.is(o, "obl:agent") || p == "by":
			take(o)
		case p == "to" || p == "in" || p == "at":
			for _, n := range t.deps(o, "nmod") {
				if t.prep(n) == "by" {
					take(n)
				}
			}
		}
	}
	return uniq(out)
}

// placeHolder is the person the story of sentence si named before or in
// it as the head of state or government of place p's country
// ("Egyptian President X" for Cairo), one only, none of guests; else -1.
func (d *doc) placeHolder(si, p int, guests []int) int {
	in := d.x.gz.countryOf(d.ents[p].name)
	if in == "" {
		return -1
	}
	found := -1
	for ei := range d.ents {
		if d.ents[ei].typ != newsgraph.Person || slices.Contains(guests, ei) || !d.headOfState(ei) {
			continue
		}
		c := d.signerCountry(ei)
		if c < 0 || !sameState(d.ents[c].name, in) {
			continue
		}
		told := false
		for _, mi := range d.ents[ei].mentions {
			s := d.mentions[mi].sent
			told = told || s <= si && d.stories[s] == d.stories[si]
		}
		if !told {
			continue
		}
		if found >= 0 && found != ei {
			return -1 // two leaders of that country: which one received the guest the text does not say
		}
		found = ei
	}
	return found
}

// headOfState says whether person e holds, now, the title of a head of
// state or of government: "President", "Prime Minister", "King".
func (d *doc) headOfState(e int) bool {
	for _, mi := range d.ents[e].mentions {
		if r := d.mentions[mi].role; r != nil && !r.former {
			switch strings.ToLower(r.title) {
			case "president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan":
				return true
			}
		}
	}
	return false
}

// leadingVerbs lead a group somewhere: "led a delegation to Y".
var leadingVerbs = set("lead", "leads", "led", "leading", "head", "heads", "headed", "heading")

// ledNouns are the groups one leads on a trip.
var ledNouns = set("delegation", "delegations", "mission", "missions")

// ledDelegation reads a visit told by leading a group somewhere (the verb
// at k): "X led a delegation of 30 firms to Lyon", "X will head a trade
// mission to Chile", "who led a delegation to the fair in Lyon": X goes
// where the group goes.
func (d *doc) ledDelegation(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Visit, t: k, light: -1, carrier: -1, loc: -1}
	if !leadingVerbs[t.lw[k]] || !t.verb(k) || k < t.from || t.negatedAt(k) {
		return f, false
	}
	o := t.dep(k, "obj")
	if o < 0 || !ledNouns[t.lw[o]] || d.mentionAt(si, o) != nil {
		return f, false
	}
	// the "to" phrase on the verb, on the group or on what the group is
	// of ("a delegation of 30 firms to Lyon")
	var tos []int
	for _, x := range append(t.deps(k, "obl"), t.deps(o, "nmod")...) {
		if t.prep(x) == "to" {
			tos = append(tos, x)
		}
		for _, y := range t.deps(x, "nmod") {
			if y > x && t.is(x, "nmod") && (t.prep(x) == "of" || t.prep(x) == "from") && t.prep(y) == "to" {
				tos = append(tos, y)
			}
		}
	}
	for _, x := range tos {
		p := -1
		if ps := d.placesUnder(si, t, x); len(ps) > 0 {
			p = ps[0]
		} else if g := d.gatheringPlace(si, t, x); g >= 0 {
			p = g
		}
		if p >= 0 {
			f.places, f.others = []int{p}, [][]int{{p}}
			break
		}
	}
	if len(f.places) == 0 {
		return f, false
	}
	return d.visitorsOf(t, f, d.subjectOf(si, t, k))
}

// visitorsOf completes a visit frame whose place is read: its visitors
// are the people among ents who are not at home there; no such person,
// no visit.
func (d *doc) visitorsOf(t *tree, f frame, ents []int) (frame, bool) {
	for _, e := range ents {
		if d.ents[e].typ == newsgraph.Person && !d.domestic(e, f.places[0]) {
			f.agents = append(f.agents, e)
		}
	}
	if len(f.agents) == 0 {
		return f, false
	}
	f.status, f.drop = d.frameStatus(t, &f)
	return f, !f.drop
}

// without is xs less every x.
func without(xs []int, x int) []int {
	var out []int
	for _, y := range xs {
		if y != x {
			out = append(out, y)
		}
	}
	return out
}

// withoutGroup is groups less those that hold only x.
func withoutGroup(groups [][]int, x int) [][]int {
	var out [][]int
	for _, g := range groups {
		if len(without(g, x)) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// teamAfter says whether a body's name modifies the trip noun n between
// word k and n: "the British and Irish Barbarians tour", whose nationalities are
// the team's.
func (d *doc) teamAfter(si int, t *tree, k, n int) bool {
	for _, c := range t.deps(n, "compound") {
		if m := d.modifierMention(si, t, c); c > k && m != nil && d.ents[m.ent].typ == newsgraph.Organization {
			return true
		}
	}
	return false
}

// butCalledOff says whether the words after a planned journey's verb at k
// go on to call it off: "was due to arrive on Monday but cancelled his
// trip", "had planned to fly to Oslo but scrapped the visit". The parser
// seldom joins the two clauses well, so the words are read as they run.
func butCalledOff(toks []token, k int) bool {
	for b := k + 1; b < len(toks) && b <= k+8; b++ {
		w := strings.ToLower(toks[b].text)
		if w == "." || w == ";" {
			return false
		}
		if w != "but" {
			continue
		}
		for c := b + 1; c < len(toks) && c <= b+3; c++ {
			cw := strings.ToLower(toks[c].text)
			off := cancelledGov[cw] && cw != "off" && cw != "collapsed" || (cw == "called" || cw == "call") && c+1 < len(toks) && strings.EqualFold(toks[c+1].text, "off")
			if !off {
				continue
			}
			for o := c + 1; o < len(toks) && o <= c+4; o++ {
				if ow := strings.ToLower(toks[o].text); visitNouns[ow] || ow == "it" || ow == "plans" {
					return true
				}
			}
		}
		return false
	}
	return false
}

// returnedVisit says whether the visit noun n is the object of "return":
// "will return the visit", one's own trip in answer to another's, not the
// earlier visit told again.
func returnedVisit(t *tree, n int) bool {
	h := t.head[n]
	return h >= 0 && t.is(n, "obj") && t.verb(h) && returnVerbs[t.lw[h]]
}

// returnTrip reads "X is expected to return the visit with a trip to Y"
// (f at the visit noun): X goes to Y, as the verb returning the visit
// tells; with no place named, no event is read.
func (d *doc) returnTrip(si int, t *tree, f *frame) bool {
	v := t.head[f.t]
	for _, k := range append(t.deps(f.t, "nmod"), t.deps(v, "obl")...) {
		if t.prep(k) != "with" || !visitNouns[t.lw[k]] {
			continue
		}
		for _, o := range t.deps(k, "nmod") {
			if p := t.prep(o); p == "to" || p == "of" {
				f.places = append(f.places, d.placesUnder(si, t, o)...)
			}
		}
	}
	for _, e := range d.subjectOf(si, t, v) {
		if d.ents[e].typ == newsgraph.Person {
			f.agents = append(f.agents, e)
		}
	}
	if len(f.places) == 0 || len(f.agents) == 0 {
		return false
	}
	f.places = uniq(f.places)
	for _, p := range f.places {
		f.others = append(f.others, []int{p})
	}
	f.light = v
	return true
}

// describedPersonNouns name a person by the part they play, as sports
// pages call a player the story has named: "the Dutch international",
// "the veteran striker".
var describedPersonNouns = set("international", "winger", "striker", "midfielder", "defender", "goalkeeper", "keeper",
	"forward", "player", "playmaker", "youngster", "teenager", "veteran", "newcomer", "full-back", "centre-back")

// describedTraveller is the person the subject of a trip verb (frame f)
// stands for when it describes rather than names them ("the 22-year-old
// Denmark international will fly to X", "the winger will travel to Y"):
// the last person the story named in the sentences before, or -1. The
// country in such a description is the person's, not a side.
func (d *doc) describedTraveller(si int, t *tree, f frame) int {
	from := f.t
	if f.noun {
		// "X's leader will make a visit to Y", "will take a delegation on
		// a tour of Y": the traveller is the subject of the verb the trip
		// hangs on
		switch {
		case f.light >= 0:
			from = f.light
		case t.is(f.t, "obl") && t.verb(t.head[f.t]):
			from = t.head[f.t]
		default:
			return -1
		}
	}
	for _, e := range f.agents {
		if d.ents[e].typ == newsgraph.Person {
			return -1
		}
	}
	s := -1
	for v, n := from, 0; v >= 0 && n < 4 && s < 0; n++ {
		if s = t.dep(v, "nsubj", "nsubj:pass"); s < 0 && !t.is(v, "xcomp", "conj") {
			break
		}
		v = t.head[v]
	}
	if s < 0 {
		return -1
	}
	if p := d.officeHolder(si, t, s); p >= 0 {
		return p
	}
	if f.noun || !hasDep(t, s, "the") {
		return -1
	}
	role := describedPersonNouns[t.lw[s]] && !strings.HasPrefix(t.tag[s], "NNP")
	if m := d.mentionAt(si, s); m != nil {
		// "the Denmark international" with the country read as the
		// head and the role as its modifier
		role = m.j < len(t.lw) && describedPersonNouns[t.lw[m.j]] && t.head[m.j] != m.j-1
	}
	aged := strings.HasSuffix(t.lw[s], "-year-old") // "The 29-year-old flew to X"
	for _, k := range t.deps(s, "amod", "compound", "nummod") {
		aged = aged || strings.Contains(t.lw[k], "year-old")
	}
	if !aged && !role {
		return -1
	}
	for b := si - 1; b >= 0 && b >= si-3 && d.stories[b] == d.stories[si]; b-- {
		last, at := -1, -1
		for _, mi := range d.bySent[b] {
			if m := d.mentions[mi]; m.kind == named && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person && m.i > at {
				last, at = m.ent, m.i
			}
		}
		if last >= 0 {
			return last
		}
	}
	return -1
}

// leaderTitles are the offices "leader" stands for in a description
// of a country's or a city's head: "the Ruritanian leader", "Macau's leader".
var leaderTitles = []string{"president", "prime minister", "premier", "chancellor", "chief executive", "leader", "king", "queen", "emir", "sultan", "governor"}

// officeHolder is the person a description by office stands for
// ("the Ruritanian Minister", "Macau's leader", "the Foreign Minister"),
// token s unnamed: the last person the story named before sentence si
// with that office, of that country when the description gives one (or
// the only holder of the office the story named when none says whose),
// or -1.
func (d *doc) officeHolder(si int, t *tree, s int) int {
	w := t.lw[s]
	if !(w == "leader" || w == "minister" || w == "president" || w == "premier" || w == "chancellor") {
		return -1
	}
	if m := d.mentionAt(si, s); m != nil && d.ents[m.ent].typ != newsgraph.Other {
		return -1 // a name; a title read as a name of no kind ("the Ruritanian Minister") is none
	}
	country := -1
	if k := t.dep(s, "nmod:poss"); k >= 0 {
		m := d.mentionAt(si, k)
		if m == nil || d.ents[m.ent].typ != newsgraph.GPE {
			return -1
		}
		country = m.ent
	} else if !hasDep(t, s, "the") {
		return -1
	}
	title := w
	for k := s - 1; k >= t.from && k >= s-3 && (t.head[k] == s || t.head[k] == k+1) && t.lw[k] != "the"; k-- {
		if c := d.x.gz.demonym[key(t.lw[k])]; c != "" {
			if country >= 0 {
				return -1
			}
			country = d.entByName(c)
			if country < 0 {
				return -1
			}
		} else if t.tag[k] == "JJ" || t.tag[k] == "NNP" || t.tag[k] == "NN" {
			title = t.lw[k] + " " + title // "the Foreign Minister": a foreign minister only
		}
	}
	holds := func(r string) bool {
		r = strings.ToLower(r)
		if w == "leader" && title == w {
			for _, l := range leaderTitles {
				if r == l || strings.HasSuffix(r, " "+l) && !strings.Contains(r, "deputy") && !strings.Contains(r, "vice") {
					return true
				}
			}
			return false
		}
		return r == title || strings.HasSuffix(r, " "+title) && !strings.Contains(r, "deputy") && !strings.Contains(r, "vice")
	}
	mine := -1
	var others []int
	for _, m := range d.mentions {
		if m.sent >= si || d.stories[m.sent] != d.stories[si] || m.ent < 0 || m.role == nil || d.ents[m.ent].typ != newsgraph.Person || !holds(m.role.title) {
			continue
		}
		switch c := d.officeCountry(m.ent, false); {
		case country >= 0 && c == country:
			mine = m.ent
		case country < 0 || c < 0:
			// one whose office the story gives no country for may be the
			// one described, as long as no other may be
			others = uniq(append(others, m.ent))
		}
	}
	if mine >= 0 {
		return mine
	}
	if len(others) == 1 {
		return others[0]
	}
	return -1
}

// playVerbs meet an opponent on the field.
var playVerbs = set("face", "play", "take")

// toPlay says whether the journey verb v is made to play a match: "travel
// to X to face Y", "fly to X to play Y", "head to X to take on Y". Sports
// pages tell every away game so; it is a fixture, not a visit.
func toPlay(t *tree, v int) bool {
	for _, k := range t.deps(v, "advcl", "xcomp") {
		if playVerbs[t.lw[k]] && hasMark(t, k, "to") && (t.lw[k] != "take" || hasDep(t, k, "on")) && t.dep(k, "obj") >= 0 {
			return true
		}
	}
	return false
}

// toMeetSide says whether the journey verb v of a body named as its
// subject is made to meet another body: "Exeter City will travel to X to
// meet Y" is a club's away game. A body's people travel to meet ("Velmora
// executives flew to X to meet Y"); the body itself only plays there.
func (d *doc) toMeetSide(si int, t *tree, v int) bool {
	s := t.dep(v, "nsubj")
	if s < 0 {
		return false
	}
	if m := d.mentionAt(si, s); m == nil || m.ent < 0 || d.ents[m.ent].typ != newsgraph.Organization {
		return false
	}
	for _, k := range t.deps(v, "advcl", "xcomp") {
		if t.lw[k] != "meet" || !hasMark(t, k, "to") {
			continue
		}
		sides := 0
		for _, o := range t.deps(k, "obj") {
			m := d.mentionAt(si, o)
			if m == nil || m.ent < 0 {
				continue
			}
			if d.ents[m.ent].typ != newsgraph.Organization {
				return false
			}
			sides++
		}
		return sides > 0
	}
	return false
}

// storyCountry is the country a story told with no dateline is set in:
// the one country it names most, by name or nationality word, three times
// at least and twice as often as any other, once in its first three
// sentences; else -1. A story with a dateline is set at the dateline.
func (d *doc) storyCountry(si int) int {
	best := d.storyCountryName(si)
	if best == "" {
		return -1
	}
	if ei := d.entByName(best); ei >= 0 {
		return ei
	}
	return d.implied(best, newsgraph.GPE)
}

// storyCountryName is the name of storyCountry's country, or "", with no
// entity made for it.
func (d *doc) storyCountryName(si int) string {
	if d.dateline == nil {
		d.dateline = d.readDateline()
	}
	if d.dateline.place >= 0 {
		return ""
	}
	count, early := map[string]int{}, map[string]bool{}
	d.storySents(si, func(s int, opening bool) {
		toks := d.sents[s].tokens
		for k := 0; k < len(toks); k++ {
			c := ""
			if m := d.mentionAt(s, k); m != nil && m.i == k && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[m.ent].name) {
				c, k = d.ents[m.ent].name, m.j-1
			} else if toks[k].isCap() {
				c = d.x.gz.demonym[key(toks[k].text)]
			}
			if c == "" {
				continue
			}
			count[c]++
			early[c] = early[c] || opening
		}
	})
	best, n, second := "", 0, 0
	for c, m := range count {
		switch {
		case m > n || m == n && c < best:
			best, n, second = c, m, max(second, n)
		case m > second:
			second = m
		}
	}
	if n < 3 || n < 2*second || !early[best] {
		return ""
	}
	return best
}
