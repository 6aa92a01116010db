package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// stayPurposes open what a stay set off after a name is for: "X, in
// Lisbon for talks,", "X, in Oslo to attend ...", "X, in Brussels on a
// tour of Europe,", "X, in Paris ahead of the summit,", "X, in Kuwait as
// part of a Gulf tour,".
var stayPurposes = set("for", "to", "on", "ahead", "at", "attending", "during", "as")

// setOffStay is the people, the subject of their clause, named right before the ", in PLACE" or ",
// who is in PLACE" that ends with the place mention m: a stay set off
// in apposition ("X, in Lisbon for talks with Y, said", "X and Y, in
// Kuwait as part of a tour, said"), which the parser reads as a list or
// hangs on "who".
// They are there on a visit when a purpose follows the place, or when an
// office of another country says they came; nil otherwise.
func (d *doc) setOffStay(si int, t *tree, m mention) []int {
	toks := d.sents[si].tokens
	if m.i < 3 || !strings.EqualFold(toks[m.i-1].text, "in") {
		return nil
	}
	k := m.i - 2 // the comma, or the verb of "X, who is in Lisbon"
	switch {
	case toks[k].text == ",":
	case beForms[strings.ToLower(toks[k].text)]:
		k--
		if k >= 0 && (strings.EqualFold(toks[k].text, "has") || strings.EqualFold(toks[k].text, "had")) {
			k--
		}
		if k < 1 || !strings.EqualFold(toks[k].text, "who") || toks[k-1].text != "," {
			return nil
		}
		k--
	default:
		return nil
	}
	pm := d.mentionEndingAt(si, k-1)
	if pm == nil || pm.ent < 0 || d.ents[pm.ent].typ != newsgraph.Person {
		return nil
	}
	// the subject the phrase describes, not an object it places ("hoped
	// to meet his counterpart, X, in Warsaw" is where they meet)
	// ("X and Y, in Kuwait": the last of the subject's conjuncts)
	subj := pm.j - 1
	if t.is(subj, "conj") && t.head[subj] >= 0 && t.head[subj] < subj {
		subj = t.head[subj]
	}
	if pm.i != t.from && !t.is(subj, "nsubj", "nsubj:pass") {
		return nil
	}
	people := []int{pm.ent}
	if subj != pm.j-1 {
		people = nil
		for _, c := range t.conjuncts(subj) {
			if cm := d.mentionAt(si, c); cm != nil && cm.j == c+1 && cm.ent >= 0 && d.ents[cm.ent].typ == newsgraph.Person {
				people = append(people, cm.ent)
			}
		}
	}
	purpose := m.j < len(toks) && stayPurposes[strings.ToLower(toks[m.j].text)]
	if m.j < len(toks) && strings.EqualFold(toks[m.j].text, "as") && (m.j+1 >= len(toks) || !strings.EqualFold(toks[m.j+1].text, "part")) {
		purpose = false // "X, in Paris as minister," is no purpose
	}
	for _, e := range people {
		if d.domestic(e, m.ent) || !purpose && !d.foreignTo([]int{e}, m.ent) {
			return nil
		}
	}
	return people
}

// describedIn are the places sentence si names by a description after
// "in" ("was in the Kenyan capital", "spent a day in the capital"), each
// as a mention of the place it stands for over the description's words.
func (d *doc) describedIn(si int, t *tree) []mention {
	var out []mention
	for k := t.from; k < len(t.lw); k++ {
		if t.prep(k) != "in" {
			continue
		}
		p := d.describedPlace(si, t, k)
		if p < 0 {
			continue
		}
		i := k
		for _, c := range t.deps(k, "det", "amod", "compound") {
			i = min(i, c)
		}
		out = append(out, mention{sent: si, i: i, j: k + 1, kind: named, ent: p, typ: d.ents[p].typ})
	}
	return out
}

// headsDirections follow "heads" the verb: "heads for Oslo", "heads home".
var headsDirections = set("for", "to", "back", "home", "north", "south", "east", "west", "off", "out", "into")

// setOffIn says whether token k is the "in" of a stay set off after a
// name (", in Lisbon"): such a sentence is worth parsing.
func setOffIn(toks []token, k int) bool {
	return k >= 2 && strings.EqualFold(toks[k].text, "in") && toks[k-1].text == "," && toks[k-2].isCap() && k+1 < len(toks) && toks[k+1].isCap()
}

// setOffPhrase says whether the phrase headed by n opens right after a
// comma ("X, on a visit to Y, said"): set off in apposition, though the
// parser joined it to the name as a conjunct.
func setOffPhrase(t *tree, n int) bool {
	first := n
	for _, c := range t.kids[n] {
		if !t.is(c, "punct") {
			first = min(first, c)
		}
	}
	return first > 0 && t.lw[first-1] == ","
}

// allDomestic says whether every one of people holds an office of the
// country place p lies in: "the Chilean minister was in Santiago" is at
// home, not on a visit.
func (d *doc) allDomestic(people []int, p int) bool {
	for _, e := range people {
		if !d.domestic(e, p) {
			return false
		}
	}
	return len(people) > 0
}

// stopVerbs list a trip's stops in a clause on the trip: "a tour which
// includes Chile and Peru", "a trip that will take him to Oman".
var stopVerbs = set("include", "includes", "included", "including", "take", "takes", "took", "taking", "taken", "cover",
	"covers", "covered", "covering", "bring", "brings", "brought", "bringing")

// tourStops are the places a clause on the visit noun n (tripClauses) lists
// as its stops ("a tour which includes Chile and Bolivia", "a tour which
// will also take him to Oman and Qatar"): each one a stop of the trip.
func (d *doc) tourStops(si int, t *tree, n int) []int {
	var out []int
	for _, r := range tripClauses(t, n) {
		if !stopVerbs[t.lw[r]] || t.negatedAt(r) {
			continue
		}
		for _, m := range d.placesIn(si) {
			if h := m.j - 1; h > r && h < len(t.lw) && t.under(h, r) {
				out = append(out, m.ent)
			}
		}
	}
	return uniq(out)
}

// tripRegions name a region by its adjective: "a European tour".
var tripRegions = map[string]string{"european": "Europe", "african": "Africa", "asian": "Asia",
	"latin american": "Latin America", "south american": "South America", "north american": "North America",
	"central american": "Central America", "scandinavian": "Scandinavia", "middle eastern": "Middle East",
	"mideast": "Middle East", "east asian": "East Asia", "southeast asian": "Southeast Asia", "south-east asian": "Southeast Asia",
	"east european": "Eastern Europe", "eastern european": "Eastern Europe", "west european": "Western Europe",
	"western european": "Western Europe"}

// adjectivePlace is the country or region the adjective at k before a
// trip noun names ("her Soviet trip", "a Latin American tour", "his
// West German visit"), as an entity, or -1.
func (d *doc) adjectivePlace(t *tree, k int) int {
	words := []string{t.lw[k]}
	if k > 0 && (t.head[k-1] == k || t.head[k-1] == t.head[k]) {
		words = []string{t.lw[k-1], t.lw[k]} // "Latin American", "West German"
	}
	for len(words) > 0 {
		w := strings.Join(words, " ")
		if r := tripRegions[w]; r != "" {
			return d.implied(r, newsgraph.Location)
		}
		if c := d.x.gz.demonym[key(w)]; c != "" {
			return d.implied(c, newsgraph.GPE)
		}
		words = words[1:]
	}
	return -1
}

// dropUnusedImplied forgets the places implied while reading a sentence's
// frames (entities from n0 on, with no mention) that no frame kept uses:
// "a four-city Asian tour begins in Hanoi" implies no visit to Asia, so
// Asia is no entity of the document.
func (d *doc) dropUnusedImplied(n0 int, fs []frame) []frame {
	used := map[int]bool{}
	for _, f := range fs {
		for _, e := range f.agents {
			used[e] = true
		}
		for _, e := range f.places {
			used[e] = true
		}
		for _, g := range f.others {
			for _, e := range g {
				used[e] = true
			}
		}
		for _, e := range append(append(append([]int{}, f.along...), f.holder...), f.loc) {
			used[e] = true
		}
	}
	n := len(d.ents)
	for n > n0 && d.ents[n-1].implied && len(d.ents[n-1].mentions) == 0 && !used[n-1] {
		n--
	}
	d.ents = d.ents[:n]
	return fs
}

// travelParty is the people who travel together in the story of sentence
// si: the visitors of the latest sentence before it that sends two or
// more people on one visit ("A and B visited Paris. They then flew to
// Rome": they are A and B), or nil.
func (d *doc) travelParty(si int) []int {
	last := -1
	for _, e := range d.events {
		if e.typ == newsgraph.Visit && e.story == d.stories[si] && len(e.sources) > 0 && e.sources[0] < si {
			last = max(last, e.sources[0])
		}
	}
	var party []int
	for _, e := range d.events {
		if e.typ == newsgraph.Visit && e.story == d.stories[si] && len(e.sources) > 0 && e.sources[0] == last && d.ents[e.people[0]].typ == newsgraph.Person {
			party = append(party, e.people[0])
		}
	}
	if party = uniq(party); len(party) < 2 {
		return nil
	}
	return party
}

// theySubject says whether an unresolved "they" is the subject of the
// clause of trigger k or of a clause it hangs on ("They decided to extend
// their tour, flying to Tokyo").
func (d *doc) theySubject(si int, t *tree, k int) bool {
	for _, rf := range d.refs[si] {
		if rf.kind == pair && len(rf.ents) == 0 && t.lw[rf.tok] == "they" && t.is(rf.tok, "nsubj") && t.head[rf.tok] >= 0 && t.under(k, t.head[rf.tok]) {
			return true
		}
	}
	return false
}

// companion is one told as going along with another in a sentence:
// "X, accompanied by Y,", "X, who was accompanied by Y,", "X visited Z,
// accompanied by Y", "He was accompanied by Y", "X will be accompanied by
// Y on his visit", "Y will accompany X": the people gone with (x), those
// who go along (ys), and the verb that tells it.
type companion struct {
	x, ys []int
	verb  int
}

// accompaniments reads sentence si's companions from its parse (nil when
// it holds no word of going along).
func (d *doc) accompaniments(si int) []companion {
	toks := d.sents[si].tokens
	has := false
	for _, tk := range toks {
		has = has || accompanyVerbs[strings.ToLower(tk.text)] || companionVerbs[strings.ToLower(tk.text)]
	}
	if !has {
		return nil
	}
	t := d.parse(si)
	if t == nil {
		return nil
	}
	people := func(ents []int) []int {
		var out []int
		for _, e := range ents {
			if d.ents[e].typ == newsgraph.Person {
				out = append(out, e)
			}
		}
		return uniq(out)
	}
	var out []companion
	for c := t.from; c < len(t.lw); c++ {
		if !accompanyVerbs[t.lw[c]] && !companionVerbs[t.lw[c]] || !t.verb(c) || t.negatedAt(c) {
			continue
		}
		by := -1
		for _, o := range t.deps(c, "obl:agent", "obl") {
			if t.is(o, "obl:agent") || t.prep(o) == "by" {
				by = o
			}
		}
		var x, ys []int
		switch h := t.head[c]; {
		case by >= 0:
			// "accompanied by Y": Y goes with the one the participle
			// describes, or the passive's subject
			ys = people(d.group(si, t, by))
			switch {
			case t.dep(c, "nsubj:pass", "nsubj") >= 0:
				x = people(d.subjectOf(si, t, c)) // "He was accompanied by Y", "X, who was accompanied by Y"
			case t.is(c, "acl") && h >= 0:
				x = people(d.group(si, t, h)) // "X, accompanied by Y,"
			case t.is(c, "advcl", "conj", "xcomp") && h >= 0 && t.verb(h):
				x = people(d.subjectOf(si, t, h)) // "X visited Z, accompanied by Y"
			}
		case accompanyVerbs[t.lw[c]] && t.dep(c, "obj") >= 0:
			// "Y will accompany X"
			ys = people(d.subjectOf(si, t, c))
			x = people(d.group(si, t, t.dep(c, "obj")))
		}
		if len(x) > 0 && len(ys) > 0 {
			out = append(out, companion{x: x, ys: without(ys, x[0]), verb: c})
		}
	}
	return out
}

// companionVisits sends the people a sentence tells as going along with a
// visitor on the visitor's visit, where the sentence states no visit of
// its own that takes them (a frame does: companions): the visit under way
// on the day the story is told for one told in the present ("X, who is
// accompanied by Y, met ..."), else the visitor's latest told up to the
// sentence ("He was accompanied by Y", "Y will accompany X on the trip"),
// with its places, days and status.
func (d *doc) companionVisits() {
	today := map[string]bool{d.pub: d.pub != ""}
	if d.dateline != nil && d.dateline.day != "" {
		today[d.dateline.day] = true
	}
	for si := range d.sents {
		cs := d.accompaniments(si)
		if len(cs) == 0 {
			continue
		}
		t := d.trees[si]
		for _, c := range cs {
			present := t.tag[c.verb] == "VBZ" || t.tag[c.verb] == "VBP"
			for _, k := range t.deps(c.verb, "aux", "aux:pass") {
				present = present || t.lw[k] == "is" || t.lw[k] == "are"
			}
			var v *docEvent
			for _, e := range d.events {
				if e.typ != newsgraph.Visit || e.story != d.stories[si] || len(e.sources) == 0 || e.sources[0] > si || len(e.places) == 0 || !slices.Contains(c.x, e.people[0]) {
					continue
				}
				if present && !(e.status == newsgraph.Happened && e.from != "" && (today[e.from] || today[e.to])) {
					continue
				}
				v = e // the latest told
			}
			if v == nil {
				continue
			}
			for _, y := range c.ys {
				d.addEvent(si, trig{typ: newsgraph.Visit}, []int{y}, v.places, eventTime{status: v.status, from: v.from, to: v.to}, v.loc)
			}
		}
	}
}

// accompanyVerbs are the forms of going along with someone.
var accompanyVerbs = set("accompany", "accompanies", "accompanied", "accompanying")

// listVerbs open the list of those seen arriving: "Officials seen
// arriving included A and B", "Also seen arriving were C and D".
var listVerbs = set("included", "include", "includes", "were", "was", "are", "is")

// arrivalList reads a visit stated by a list of arrivers (the word at k
// is "arriving"): "Officials seen arriving included A and B, C and D",
// "Also arriving were E and F". The people listed after the verb arrived
// where an arrival told just before took place ("Ministers arrived at
// the Treasury").
func (d *doc) arrivalList(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Visit, t: k, light: -1, carrier: -1, loc: -1, status: newsgraph.Happened}
	toks := d.sents[si].tokens
	if t.lw[k] != "arriving" {
		return f, false
	}
	open := -1 // the verb that opens the list
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if listVerbs[t.lw[j]] {
			open = j
			break
		}
	}
	if open < 0 {
		return f, false
	}
	from := open + 1
	for _, mi := range d.bySent[si] {
		m := d.mentions[mi]
		if m.kind != named || m.ent < 0 || m.i < from || d.ents[m.ent].typ != newsgraph.Person {
			continue
		}
		if !listRun(toks[from:m.i]) {
			break
		}
		f.agents = append(f.agents, m.ent)
		from = m.j
	}
	p := d.arrivalPlaceBefore(si)
	if len(f.agents) == 0 || p < 0 {
		return f, false
	}
	f.places, f.others = []int{p}, [][]int{{p}}
	return f, true
}

// listRun says whether the words between two names of a list are only
// titles, their holders and joiners: ", French Finance Minister", "and
// his central banker".
func listRun(toks []token) bool {
	for _, tk := range toks {
		w := strings.ToLower(tk.text)
		if w == "." || w == ";" || w == "who" || w == "which" || strings.HasPrefix(tk.pos, "VB") {
			return false
		}
	}
	return true
}

// arrivalPlaceBefore is where the nearest of the three sentences before
// si (or si itself) has someone arrive ("arrived at the Treasury", "have
// arrived in Paris"), or -1.
func (d *doc) arrivalPlaceBefore(si int) int {
	for s := si; s >= 0 && s >= si-3 && d.stories[s] == d.stories[si]; s-- {
		t := d.trees[s]
		if t == nil {
			continue
		}
		for v := range t.lw {
			if !strings.HasPrefix(t.lw[v], "arriv") || !t.verb(v) || t.lw[v] == "arriving" {
				continue
			}
			for _, o := range t.deps(v, "obl") {
				if p := t.prep(o); p != "at" && p != "in" {
					continue
				}
				for _, mi := range d.bySent[s] {
					if m := d.mentions[mi]; m.kind == named && m.ent >= 0 && m.j-1 < len(t.lw) && t.under(m.j-1, o) && d.ents[m.ent].typ != newsgraph.Person {
						return m.ent
					}
				}
			}
		}
	}
	return -1
}

// hostCountry is the one country whose office holder the sentence has
// the visitors meet ("X met Argentine President Y on the first day of
// his visit", "talks with Y during the visit"), when every visitor holds
// an office of another country: the visit is to that country. Else -1.
func (d *doc) hostCountry(si int, t *tree, visitors []int) int {
	host := -1
	for _, mi := range d.bySent[si] {
		m := d.mentions[mi]
		h := m.j - 1
		if m.kind != named || m.ent < 0 || d.ents[m.ent].typ != newsgraph.Person || containsAll(visitors, []int{m.ent}) || h >= len(t.lw) || t.head[h] < 0 {
			continue
		}
		g := t.head[h]
		met := t.is(h, "obj") && t.verb(g) && meetingVerbs[t.lw[g]] ||
			t.is(h, "nmod", "obl") && t.prep(h) == "with" && (meetNouns[t.lw[g]] || meetingVerbs[t.lw[g]])
		if !met {
			continue
		}
		c := d.signerCountry(m.ent)
		if c < 0 || !d.foreignTo(visitors, c) {
			continue
		}
		if host >= 0 && host != c {
			return -1
		}
		host = c
	}
	return host
}

// hostedVisit reads a visit noun at n that no frame of fs reads, owned
// by the person right before it ("the German leader's four-day visit",
// "his visit"), in a sentence where that person meets an office holder
// of another country: a visit to that country, however the parser hung
// the noun ("met President Y on the first day of the German leader's
// visit").
func (d *doc) hostedVisit(si int, t *tree, n int, fs []frame) (frame, bool) {
	f := frame{typ: newsgraph.Visit, t: n, noun: true, light: -1, carrier: -1, loc: -1}
	if !t.noun(n) || !visitNouns[t.lw[n]] || t.lw[n] == "appearance" {
		return f, false
	}
	for _, g := range fs {
		if g.t == n {
			return f, false
		}
	}
	b := n - 1
	for b >= 0 && (t.tag[b] == "JJ" || t.tag[b] == "CD" || t.tag[b] == "HYPH") {
		b-- // "four-day", "official"
	}
	if b < 0 {
		return f, false
	}
	owner := b
	if t.lw[b] == "'s" || t.lw[b] == "'" {
		owner = b - 1
	} else if t.lw[b] != "his" && t.lw[b] != "her" {
		return f, false
	}
	var who []int
	for _, rf := range d.refs[si] {
		if rf.tok == owner && len(rf.ents) == 1 && d.ents[rf.ents[0]].typ == newsgraph.Person {
			who = rf.ents
		}
	}
	if m := d.mentionEndingAt(si, owner); len(who) == 0 && m != nil && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person {
		who = []int{m.ent}
	}
	if len(who) == 0 {
		return f, false
	}
	c := d.hostCountry(si, t, who)
	if c < 0 {
		return f, false
	}
	f.agents, f.places, f.others = who, []int{c}, [][]int{{c}}
	f.status, f.drop = d.frameStatus(t, &f)
	return f, !f.drop && !t.negatedAt(n)
}

// groupNounsAbroad are the groups sent on a visit for a country or a
// body: "a French trade mission", "a team of VW officials".
var groupNounsAbroad = set("mission", "missions", "delegation", "delegations", "team", "teams", "squad", "squads", "envoys", "negotiators")

// groupVisitor is the country or body whose group the subject at h is
// ("an Argentine mission", "a French government team", "a team of
// Kestrel officials", "a Chilean trade delegation"), as an entity, or -1.
func (d *doc) groupVisitor(si int, t *tree, h int) int {
	if h < 0 || !groupNounsAbroad[t.lw[h]] {
		return -1
	}
	mods := t.deps(h, "amod", "compound", "nmod:poss") // ("Peru's squad")
	for _, c := range t.deps(h, "compound") {
		mods = append(mods, t.deps(c, "amod", "compound")...) // "a French government team"
	}
	for _, o := range t.deps(h, "nmod") {
		if t.prep(o) == "of" || t.prep(o) == "from" {
			mods = append(mods, o) // "a team of VW officials": the officials' body; "a delegation from the EU"
			mods = append(mods, t.deps(o, "amod", "compound")...)
		}
	}
	for _, k := range mods {
		if m := d.mentionAt(si, k); m != nil && m.ent >= 0 {
			if e := d.ents[m.ent]; e.typ == newsgraph.Organization || e.typ == newsgraph.GPE && d.x.gz.isCountry(e.name) {
				return m.ent
			}
			continue
		}
		if c := d.x.gz.demonym[key(t.lw[k])]; c != "" && t.tag[k] != "NNS" {
			return d.implied(c, newsgraph.GPE)
		}
	}
	return -1
}

// groupBeforeBeIn is the country or body of the group named right before
// "is in", "is now in" ending at token k (the place's first word): "an
// Argentine mission is now in X", however the parser hung the place; or
// -1.
func (d *doc) groupBeforeBeIn(si int, t *tree, k int) int {
	b := k - 1
	if b > 0 && t.lw[b] == "the" {
		b-- // "in the United States"
	}
	if b < 2 || t.lw[b] != "in" {
		return -1
	}
	for b--; b >= 0 && t.tag[b] == "RB"; b-- {
	}
	if b < 1 || !beForms[t.lw[b]] {
		return -1
	}
	return d.groupVisitor(si, t, b-1)
}

// ledBy says whether the verb "head" at v leads rather than travels: in
// the passive ("will be headed by X") or with an object ("heads the
// delegation"), not "headed to Rome", "heads home".
func ledBy(t *tree, v int) bool {
	if !strings.HasPrefix(t.lw[v], "head") {
		return false
	}
	if t.dep(v, "aux:pass") >= 0 || t.dep(v, "nsubj:pass") >= 0 || t.dep(v, "obl:agent") >= 0 {
		return true
	}
	if o := t.dep(v, "obj"); o >= 0 && !hereAfter(t, v) && t.lw[o] != "home" && t.lw[o] != "back" {
		return true
	}
	for _, o := range t.deps(v, "obl") {
		if t.prep(o) == "by" {
			return true
		}
	}
	return false
}

// leftPlace is the place the object of the leave verb v names ("left Tokyo
// yesterday for Seoul"), in the past, when every one of people holds an
// office of another country than the place's: a foreigner leaving a place
// had been visiting it, while one at home only sets out. -1 otherwise.
func (d *doc) leftPlace(si int, t *tree, v int, people []int) int {
	o := t.dep(v, "obj")
	if t.lw[v] != "left" || o < 0 {
		return -1
	}
	m := d.mentionAt(si, o)
	if m == nil || m.ent < 0 || m.j-1 != o || !d.isPlace(m.ent) || !d.foreignTo(people, m.ent) {
		return -1
	}
	return m.ent
}
