package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// comeFromVerbs bring a traveller from a place before: "flew in from X",
// "arrived in Y from X", "came from X".
var comeFromVerbs = set("fly", "flies", "flew", "flown", "flying", "arrive", "arrives", "arrived", "arriving", "come", "comes",
	"came", "coming", "travel", "travels", "travelled", "traveled", "travelling", "traveling", "jet", "jets", "jetted", "jetting")

// stopDeeds are what a traveller does at a stop, told in a "where" clause
// on it: met, held talks, signed, attended, spoke.
func stopDeed(t *tree, k int) bool {
	w := t.lw[k]
	if meetingVerbs[w] || visitVerbs[w] || agreeVerbs[w] || attendVerbs[w] || speakVerbs[w] {
		return true
	}
	if o := t.dep(k, "obj"); lightVerbs[w] && o >= 0 && (meetNouns[t.lw[o]] || agreeNouns[t.lw[o]] || visitNouns[t.lw[o]]) {
		return true
	}
	return false
}

// priorStop reads the stop a traveller comes from, told by what the
// traveller did there (the verb at k of a "where" clause on the place):
// "X flew in from Oslo, where she met Y on Monday", "arrived in A on
// Sunday from B, where he had held talks": X had been in Oslo, on the
// day of the clause. Not "flew in from Oslo, where the firm is based"
// (the clause tells no deed of X's), nor a stop at home.
func (d *doc) priorStop(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Visit, t: k, light: -1, carrier: -1, loc: -1, been: true}
	if k < t.from || !t.verb(k) || !t.is(k, "acl:relcl") || !hasDep(t, k, "where") || !stopDeed(t, k) || t.negatedAt(k) {
		return f, false
	}
	h := t.head[k]
	if h < 0 {
		return f, false
	}
	m := d.mentionAt(si, h)
	if m == nil || !d.isPlace(m.ent) || m.i < 1 || t.lw[m.i-1] != "from" {
		return f, false
	}
	// the verb the place hangs on, however far up the parser hung it
	// ("from B, where ..., X" may be read as a name's modifier)
	v := t.head[h]
	for n := 0; n < 3 && v >= 0 && !t.verb(v); n++ {
		v = t.head[v]
	}
	if v < 0 || !comeFromVerbs[t.lw[v]] || !t.verb(v) {
		return f, false
	}
	// the clause's doer is the traveller: "she", "he", "they", or none
	if s := t.dep(k, "nsubj"); s >= 0 && t.tag[s] != "PRP" {
		return f, false
	}
	for _, e := range d.subjectOf(si, t, v) {
		if d.ents[e].typ == newsgraph.Person {
			f.agents = append(f.agents, e)
		}
	}
	if len(f.agents) == 0 || d.allDomestic(f.agents, m.ent) {
		return f, false
	}
	f.places, f.others = []int{m.ent}, [][]int{{m.ent}}
	f.status = tenseOf(t, k)
	if f.status == "" || f.status == newsgraph.Planned && tenseOf(t, v) == newsgraph.Happened {
		f.status = newsgraph.Happened
	}
	return f, true
}

// modalTimes undoes a reading of "will next week visit X" with "next
// week" the subject of the verb, or a clause of its own with the verb
// below it: a time set between the modal and its verb says when, and the
// verb heads the clause. It reports whether any head changed.
func (t *tree) modalTimes() bool {
	changed := false
	for s := 2; s+1 < len(t.lw); s++ {
		v := s + 1
		if !spanNames[t.lw[s]] || !t.verb(v) || t.lw[s-1] != "next" && t.lw[s-1] != "this" || t.tag[s-2] != "MD" {
			continue
		}
		switch {
		case t.head[s] == v && t.is(s, "obl:tmod"):
			continue
		case t.head[s] == v:
			t.rel[s] = "obl:tmod"
		case t.head[v] == t.head[s] || t.head[v] == s:
			// "and will next month travel to X" with "month" the conjunct:
			// the verb takes the time's place in the clause
			t.head[v], t.rel[v] = t.head[s], t.rel[s]
			for _, k := range t.kids[s] {
				if k != s-1 && k != v {
					t.head[k] = v
				}
			}
			t.head[s], t.rel[s] = v, "obl:tmod"
			t.head[s-1], t.rel[s-1] = s, "amod"
			t.head[s-2], t.rel[s-2] = v, "aux"
		default:
			continue
		}
		changed = true
	}
	return changed
}

// shoreNouns tell where a place lies by the water or land beside it.
var shoreNouns = set("coast", "coasts", "coastline", "shore", "shores", "bank", "banks", "seaboard", "seafront")

// shoreOf says whether the phrase at c only tells where the place it
// hangs on lies: "Arica, on the Pacific coast", "a port on the shores of
// Lake X"; the sea or the lake is no destination of its own.
func shoreOf(t *tree, c int) bool {
	return t.prep(c) == "on" && shoreNouns[t.lw[c]]
}

// parkHeads after parkKinds close the name of protected land: "National
// Park", "Game Reserve", "Wildlife Sanctuary".
var (
	parkHeads = set("Park", "Reserve", "Sanctuary")
	parkKinds = set("National", "Game", "Nature", "Wildlife", "Safari", "Marine", "Forest")
)

// leadingList are the people of a list that opens the sentence and
// closes at the comma before the relative word w: in "Presidents A of
// X, B of Y and C of Z, who flew in for the signing, looked on" the
// clause tells of all three, however the parser hung it. Only names,
// their places, titles, commas and "and" may make the list; nil when
// anything else does, or when it holds fewer than two people.
func (d *doc) leadingList(si int, t *tree, w int) []int {
	toks := d.sents[si].tokens
	if w < 4 || toks[w-1].text != "," {
		return nil
	}
	var out []int
	and := false
	for k := t.from; k < w-1; k++ {
		if m := d.mentionAt(si, k); m != nil {
			if d.ents[m.ent].typ == newsgraph.Person {
				out = append(out, m.ent)
			} else if !d.isPlace(m.ent) {
				return nil
			}
			k = m.j - 1
			continue
		}
		switch lw := t.lw[k]; {
		case lw == "and":
			and = true
		case lw == "of" || lw == "," || toks[k].isCap() && !t.verb(k):
		default:
			return nil
		}
	}
	if out = uniq(out); !and || len(out) < 2 {
		return nil
	}
	return out
}

// legAdverbs may stand between a trip's relative word and its verb: "a
// journey that previously took her", "a trip which has also taken her".
var legAdverbs = set("earlier", "also", "already", "has", "had", "have", "will", "previously", "first", "then", "later", "since")

// tourLegs reads the stops a clause on a trip lists, read from the words
// (the parser often loses a long list): "a three-country journey that earlier
// took her to A, B and C", "a trip which also brought the minister to A,
// where ..., and to B": the traveller named after the verb visits each.
func (d *doc) tourLegs(si int, t *tree, k int) (frame, bool) {
	// (told as the trip's, by its noun: the legs take no day of the
	// story's own)
	f := frame{typ: newsgraph.Visit, t: k, noun: true, light: -1, carrier: -1, loc: -1}
	toks := d.sents[si].tokens
	if k < t.from+2 || !takeVerbs[t.lw[k]] || t.negatedAt(k) {
		return f, false
	}
	j := k - 1
	for j > t.from && legAdverbs[t.lw[j]] {
		j--
	}
	if t.lw[j] != "that" && t.lw[j] != "which" || !visitNouns[t.lw[j-1]] {
		return f, false
	}
	to := -1
	for x := k + 1; x < len(toks) && x <= k+4; x++ {
		if t.lw[x] == "to" {
			to = x
			break
		}
	}
	if to < 0 || to == k+1 {
		return f, false
	}
	for x := k + 1; x < to; x++ {
		for _, e := range d.phrase(si, t, x, 0) {
			if d.ents[e].typ == newsgraph.Person {
				f.agents = append(f.agents, e)
			}
		}
	}
	if f.agents = uniq(f.agents); len(f.agents) == 0 {
		return f, false
	}
	legs := d.placeRun(si, to+1)
	// "..., and to B": a later leg of the same clause
	for x := to + 2; x+1 < len(toks); x++ {
		if t.lw[x] == "to" && t.lw[x-1] == "and" {
			legs = append(legs, d.placeRun(si, x+1)...)
		}
	}
	for _, p := range uniq(legs) {
		if !d.allDomestic(f.agents, p) {
			f.places = append(f.places, p)
			f.others = append(f.others, []int{p})
		}
	}
	switch {
	case t.lw[j+1] == "will" || t.lw[k] == "take" || t.lw[k] == "takes" || t.lw[k] == "bring" || t.lw[k] == "brings":
	case t.lw[k] == "took" || t.lw[k] == "brought" || t.lw[k-1] == "has" || t.lw[k-1] == "had" || t.lw[k-1] == "have":
		f.status = newsgraph.Happened
	}
	return f, len(f.places) > 0
}

// placeRun are the places of the list that starts at token k of sentence
// si: "A", "A, B and C", "A and B"; a country after its city ("Accra,
// Ghana") goes with the city.
func (d *doc) placeRun(si, k int) []int {
	toks := d.sents[si].tokens
	var out []int
	for k < len(toks) {
		m := d.mentionAt(si, k)
		if m == nil || m.i != k || !d.isPlace(m.ent) {
			break
		}
		out = append(out, m.ent)
		k = m.j
		if k+1 < len(toks) && (toks[k].text == "," || toks[k].text == "and") && !(toks[k].text == "," && k+1 < len(toks) && strings.EqualFold(toks[k+1].text, "where")) {
			k++
			if k < len(toks) && toks[k].text == "and" {
				k++
			}
			continue
		}
		break
	}
	return out
}

// leisureNouns are stays one is "on" somewhere: "was on holiday in X".
var leisureNouns = set("holiday", "holidays", "vacation", "honeymoon", "safari", "retreat", "break")

// onHoliday reads a stay told by being on holiday somewhere (the noun at
// k): "X was away on holiday in Crete when ...", "she is on vacation in
// Portugal". Read from the words: the parser hangs the phrase anywhere.
func (d *doc) onHoliday(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Visit, t: k, light: -1, carrier: -1, loc: -1}
	toks := d.sents[si].tokens
	if k < t.from+3 || k+2 >= len(toks) || !leisureNouns[t.lw[k]] || t.lw[k-1] != "on" || t.lw[k+1] != "in" {
		return f, false
	}
	m := d.mentionAt(si, k+2)
	if m == nil || m.i != k+2 || !d.isPlace(m.ent) {
		return f, false
	}
	b := k - 2
	for b > t.from && (t.lw[b] == "still" || t.lw[b] == "then" || t.lw[b] == "already" || t.lw[b] == "away") {
		b--
	}
	switch t.lw[b] {
	case "was", "were", "been":
		f.status = newsgraph.Happened
	case "is", "are":
		if t.dep(k, "aux") < 0 && !d.laterDay(si) {
			f.status = newsgraph.Happened // there as told
		}
	case "be":
	default:
		return f, false
	}
	for _, e := range d.subjectOf(si, t, k) {
		if d.ents[e].typ == newsgraph.Person {
			f.agents = append(f.agents, e)
		}
	}
	if len(f.agents) == 0 {
		// "X was on holiday in Y" with the name read as the clause's head
		if p := d.mentionAt(si, b-1); p != nil && p.j == b && d.ents[p.ent].typ == newsgraph.Person {
			f.agents = []int{p.ent}
		} else {
			for _, rf := range d.refs[si] {
				if rf.tok == b-1 && len(rf.ents) == 1 && d.ents[rf.ents[0]].typ == newsgraph.Person {
					f.agents = rf.ents // "he was on holiday in Y"
				}
			}
		}
	}
	if len(f.agents) == 0 || d.allDomestic(f.agents, m.ent) || t.negatedAt(k) {
		return f, false
	}
	f.places, f.others = []int{m.ent}, [][]int{{m.ent}}
	return f, true
}

// travelling says whether the story has told, before sentence si, a
// visit abroad of each of people.
func (d *doc) travelling(si int, people []int) bool {
	for _, a := range people {
		found := false
		for _, e := range d.events {
			if e.typ == newsgraph.Visit && e.story == d.stories[si] && len(e.sources) > 0 && e.sources[0] < si && len(e.people) > 0 && e.people[0] == a {
				found = found || len(e.places) > 0 && !d.allDomestic([]int{a}, e.places[0])
			}
		}
		if !found {
			return false
		}
	}
	return len(people) > 0
}

// siteAt are the places of the "at" or "in" phrase after a site one
// visits that is told by its kind, not by its name (the object dest of
// the visit verb v): in "will tour the old Soviet airfield at Kelmar
// Point" the visit goes to Kelmar Point; the country before "airfield" only
// says whose the field was. Nil when the site has a name of its own or
// no such phrase follows.
func (d *doc) siteAt(si int, t *tree, v, dest int) [][]int {
	if d.sents[si].tokens[dest].isCap() {
		return nil
	}
	var out [][]int
	for _, o := range append(t.deps(v, "obl"), t.deps(dest, "nmod")...) {
		if p := t.prep(o); (p == "at" || p == "in") && o > dest {
			for _, c := range d.placeConjuncts(si, t, o) {
				if ps := d.placesUnder(si, t, c); len(ps) > 0 {
					out = append(out, ps)
				}
			}
		}
	}
	return out
}
