package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// hostOfficials are the common nouns that tell the government side of
// talks a trip is for without naming it: "to confer with officials
// there", "for talks with government leaders", "holding talks with
// federal officials". Not bankers, businessmen or reporters: people of a
// place, not its state.
var hostOfficials = set("official", "officials", "leader", "leaders", "minister", "ministers", "government", "authorities",
	"counterpart", "counterparts", "diplomats", "negotiators", "lawmakers", "legislators", "politicians", "hosts")

// spendVerbs tell time spent somewhere: "spent three days in X holding
// talks".
var spendVerbs = set("spend", "spends", "spent", "spending")

// tripTalks reads meeting frame f with no other side named, its
// counterpart told only as a place's officials ("for talks with
// government leaders", "to confer with officials there"), as talks of
// the travellers with the government of each country the trip it is the
// purpose of goes to ("will travel to A, B and C for talks with
// officials": one meeting with each), or the stay it is part of ("spent
// three days in X holding talks with officials"). A country stands for
// its unnamed officials, as in "officials from A".
func (d *doc) tripTalks(si int, t *tree, f *frame) {
	if f.typ != newsgraph.Meeting || len(f.others) > 1 || f.multi {
		return
	}
	ok, in := d.officialsOnly(si, t, f)
	if !ok {
		return
	}
	var agents, places []int
	if len(in) > 0 {
		// "held talks with officials in Ottawa": the officials of the
		// place told
		agents, places = f.agents, in
	} else {
		trip, ps := d.talksTrip(si, t, f)
		if trip < 0 || len(ps) == 0 {
			return
		}
		agents, places = d.subjectOf(si, t, trip), ps
	}
	if len(agents) == 0 {
		agents = f.agents
	}
	if len(agents) == 0 {
		return
	}
	var cs []int
	at := map[int]int{}
	for _, p := range places {
		c := d.x.gz.countryOf(d.ents[p].name)
		if c == "" {
			continue
		}
		ei := d.entByName(c)
		if ei < 0 {
			ei = d.implied(c, newsgraph.GPE)
		}
		if ei < 0 || slices.Contains(cs, ei) || slices.Contains(agents, ei) || d.domesticAll(agents, ei) {
			continue
		}
		cs = append(cs, ei)
		at[ei] = p
	}
	if len(cs) == 0 || len(f.others) == 1 && (len(cs) < 2 || !slices.Equal(f.others[0], cs[:1])) {
		return // (one country, already read as the side by the noun's own reading)
	}
	f.agents = uniq(agents)
	f.others = nil
	for _, c := range cs {
		f.others = append(f.others, []int{c})
	}
	if len(cs) > 1 {
		f.apart = true
		f.at = at
	} else if f.loc < 0 {
		f.loc = at[cs[0]]
	}
}

// officialsOnly says whether meeting frame f's counterpart is told only
// by a common noun of hostOfficials, in a "with" phrase of its trigger or
// the verb carrying it ("talk to", "meet" take theirs as object too), not
// placed by a name or a sector ("union leaders", "officials of X").
func (d *doc) officialsOnly(si int, t *tree, f *frame) (bool, []int) {
	var cands []int
	heads := []int{f.t}
	if f.light >= 0 {
		heads = append(heads, f.light)
	}
	for _, h := range heads {
		for _, k := range t.kids[h] {
			p := t.prep(k)
			switch {
			case t.is(k, "nmod", "obl") && (p == "with" || p == "to" && (h == f.t && !f.noun && strings.HasPrefix(t.lw[h], "talk"))):
				cands = append(cands, t.conjuncts(k)...)
			case t.is(k, "obj") && h == f.t && !f.noun && strings.HasPrefix(t.lw[h], "me"):
				cands = append(cands, t.conjuncts(k)...)
			case t.is(k, "obj") && h == f.t && !f.noun && strings.HasPrefix(t.lw[h], "discuss"):
				// "to discuss trade with officials there", the phrase hung on
				// what is discussed
				for _, o := range t.deps(k, "nmod") {
					if t.prep(o) == "with" {
						cands = append(cands, t.conjuncts(o)...)
					}
				}
			}
		}
	}
	if len(cands) == 0 {
		return false, nil
	}
	toks := d.sents[si].tokens
	var in []int
	for i, c := range cands {
		if i > 0 && hostOfficials[t.lw[cands[0]]] && t.is(c, "conj") && d.unnamedCommon(si, t, c) {
			continue // "officials and aid agencies": the place's officials all the same
		}
		if !hostOfficials[t.lw[c]] || d.mentionAt(si, c) != nil || toks[c].text != t.lw[c] {
			return false, nil
		}
		for _, k := range t.kids[c] {
			if t.is(k, "nmod") && t.prep(k) == "in" && k > c && c+1 < len(toks) && strings.EqualFold(toks[c+1].text, "in") {
				// "officials in Ottawa": the place's own
				ps := d.placesUnder(si, t, k)
				if len(ps) == 0 {
					return false, nil
				}
				in = append(in, ps...)
				continue
			}
			if t.is(k, "nmod:poss") && (t.lw[k] == "his" || t.lw[k] == "her" || t.lw[k] == "their") {
				continue // "with her counterparts", "their leaders": those of the places gone to
			}
			if d.mentionAt(si, k) != nil || sectorWords[t.lw[k]] || t.is(k, "nmod", "nmod:poss") && !(t.lw[k] == "there") {
				return false, nil // "union leaders", "officials of X", "its leaders"
			}
		}
		if ph := d.phrase(si, t, c, 0); len(ph) > 0 && len(in) == 0 && !containsAll(f.agents, ph) {
			return false, nil
		}
	}
	return true, uniq(in)
}

// talksTrip is the trip meeting frame f is the purpose of and the places
// it goes to: the travel verb carrying "for talks", the one a "to" clause
// of talking hangs on ("will tour A and B to confer with ..."), or a stay
// ("spent three days in X holding talks"); -1 for none.
func (d *doc) talksTrip(si int, t *tree, f *frame) (int, []int) {
	travel := func(v int) bool { return v >= 0 && t.verb(v) && (visitVerbs[t.lw[v]] || leaveVerbs[t.lw[v]]) }
	g := f.t
	if f.noun {
		if travel(f.carrier) && t.prep(f.t) == "for" {
			return f.carrier, d.tripPlaces(si, t, f.carrier)
		}
		// ("to A, B and C this week for talks": the parser may hang the
		// purpose on the place)
		if h := t.head[f.t]; h >= 0 && t.prep(f.t) == "for" && d.mentionAt(si, h) != nil && d.isPlace(d.mentionAt(si, h).ent) {
			for t.is(h, "conj") && t.head[h] >= 0 {
				h = t.head[h]
			}
			if v := t.head[h]; t.is(h, "obl", "obj") && travel(v) {
				return v, d.tripPlaces(si, t, v)
			}
			if t.dep(h, "cop") >= 0 {
				// "is in Lima this week for talks": a stay
				var ps []int
				for _, c := range d.placeConjuncts(si, t, h) {
					ps = append(ps, d.placesUnder(si, t, c)...)
				}
				return h, uniq(ps)
			}
		}
		g = f.light
		// ("spent three days in X holding talks" with the participle
		// torn from its noun)
		for k := f.t - 1; g < 0 && k >= 0 && k >= f.t-2; k-- {
			if t.tag[k] == "VBG" && lightVerbs[t.lw[k]] {
				g = k
			} else if t.tag[k] != "JJ" {
				break
			}
		}
	}
	if g < 0 {
		return -1, nil
	}
	if h := t.head[g]; h >= 0 && t.is(g, "advcl", "xcomp") && hasMark(t, g, "to") && travel(h) {
		return h, d.tripPlaces(si, t, h)
	}
	if t.tag[g] == "VBG" {
		// "spent three days in X holding talks": the parser may hang the
		// participle anywhere; the words before it tell the stay
		toks := d.sents[si].tokens
		for k := g - 1; k > 0 && k >= g-8; k-- {
			if !strings.EqualFold(toks[k].text, "in") {
				continue
			}
			m := d.mentionAt(si, k+1)
			if m == nil || m.ent < 0 || !d.isPlace(m.ent) || m.j != g && !(m.j+1 == g && toks[m.j].text == ",") {
				continue
			}
			// the stay's verb a few words back, over a time phrase
			// ("spent three days late last month in X talking"),
			// never past another verb or a comma
			for s := k - 1; s >= 0 && s >= k-10; s-- {
				if spendVerbs[t.lw[s]] && t.verb(s) {
					return s, []int{m.ent}
				}
				if t.verb(s) || toks[s].text == "," || toks[s].text == ";" {
					break
				}
			}
		}
	}
	return -1, nil
}

// tripPlaces are the places travel verb v goes to: its "to", "for",
// "in" phrases and, for "visit" and "tour", its object, each conjunct.
func (d *doc) tripPlaces(si int, t *tree, v int) []int {
	var out []int
	for _, o := range t.kids[v] {
		p := t.prep(o)
		if !(t.is(o, "obl", "nmod") && (p == "to" || p == "for" || p == "in" || p == "into") || t.is(o, "obj") && p == "") {
			continue
		}
		for _, c := range d.placeConjuncts(si, t, o) {
			out = append(out, d.placesUnder(si, t, c)...)
		}
	}
	return uniq(out)
}

// payVerbs are the forms of "pay", which carries a courtesy: "paid a
// call on X", "paid his respects to Y".
var payVerbs = set("pay", "pays", "paid", "paying")

// paidRespects reads "A paid his respects to B" (k at "respects") as a
// courtesy call, a meeting of A and B; not respects paid to the dead
// ("paid his last respects") nor to no one named ("to the victims").
func (d *doc) paidRespects(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Meeting, t: k, noun: true, light: -1, carrier: -1, loc: -1}
	h := t.head[k]
	if t.lw[k] != "respects" || !t.noun(k) || k < t.from || h < 0 || !t.is(k, "obj") || !payVerbs[t.lw[h]] || !t.verb(h) || t.negatedAt(h) {
		return f, false
	}
	for _, a := range t.deps(k, "amod") {
		if t.lw[a] == "last" || t.lw[a] == "final" {
			return f, false
		}
	}
	for _, o := range append(t.deps(h, "obl"), t.deps(k, "nmod")...) {
		if t.prep(o) != "to" {
			continue
		}
		for _, c := range t.conjuncts(o) {
			var ents []int
			for _, e := range d.phrase(si, t, c, 0) {
				if d.ents[e].typ == newsgraph.Person {
					ents = append(ents, e)
				}
			}
			if len(ents) > 0 {
				f.others = append(f.others, ents)
			}
		}
	}
	f.agents = d.subjectOf(si, t, h)
	if len(f.others) == 0 || len(f.agents) == 0 {
		return f, false
	}
	f.light, f.carrier, f.statusBy = h, h, h
	f.apart = apartSides(t, f) // "to A and to B": a call on each
	f.status = tenseOf(t, h)
	f.loc = d.frameLoc(si, t, h, -1)
	return f, true
}

// unnamedCommon says whether word c of sentence si heads a common noun
// phrase that names nobody: lower case, with no mention in its subtree
// ("aid agencies", "bankers", not "IMF staff" or "the Paris Club").
func (d *doc) unnamedCommon(si int, t *tree, c int) bool {
	toks := d.sents[si].tokens
	if toks[c].text != t.lw[c] || !strings.HasPrefix(t.tag[c], "NN") {
		return false
	}
	for i := range toks {
		if t.under(i, c) && d.mentionAt(si, i) != nil {
			return false
		}
	}
	return true
}
