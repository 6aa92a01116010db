package extract

import (
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

// accompanyingVisits sends a companion on the visit under way of the one
// they accompany: "X, who is accompanied by Y, met ..." told while X is
// in a place on the day the story is told (the dateline's or the
// published day) puts Y there too. A sentence stating a visit of its
// own already takes its companions along (companions).
func (d *doc) accompanyingVisits() {
	today := map[string]bool{d.pub: d.pub != ""}
	if d.dateline != nil && d.dateline.day != "" {
		today[d.dateline.day] = true
	}
	for si := range d.sents {
		x, ys := d.accompanied(si)
		if x < 0 {
			continue
		}
		n := len(d.events)
		for i := 0; i < n; i++ {
			v := d.events[i]
			if v.typ != newsgraph.Visit || v.story != d.stories[si] || v.people[0] != x || v.status != newsgraph.Happened || !today[v.from] || v.to != v.from {
				continue
			}
			for _, y := range ys {
				d.addEvent(si, trig{typ: newsgraph.Visit}, []int{y}, v.places, eventTime{status: v.status, from: v.from, to: v.to}, v.loc)
			}
		}
	}
}

// accompanyVisits sends one who "will accompany" or "accompanied" another
// on the other's visit the story tells: "Foreign Minister Y will accompany
// X" after "X will visit Z next week" is Y's visit to Z too, with its days
// and status.
func (d *doc) accompanyVisits() {
	for si := range d.sents {
		y, x := d.accompanies(si)
		if y < 0 {
			continue
		}
		var v *docEvent
		for _, e := range d.events {
			if e.typ == newsgraph.Visit && e.story == d.stories[si] && e.people[0] == x && e.sources[0] <= si && len(e.places) > 0 {
				v = e // the latest told before or in this sentence
			}
		}
		if v == nil {
			continue
		}
		d.addEvent(si, trig{typ: newsgraph.Visit}, []int{y}, v.places, eventTime{status: v.status, from: v.from, to: v.to}, v.loc)
	}
}

// accompanyVerbs are the active forms of going along with someone.
var accompanyVerbs = set("accompany", "accompanies", "accompanied", "accompanying")

// accompanies reads "Y will accompany X", "Y accompanied X", "Y is
// accompanying X" in sentence si: the companion and the one they go with,
// both people named (a title may stand before either name), or -1, -1.
func (d *doc) accompanies(si int) (int, int) {
	toks := d.sents[si].tokens
	for k := 1; k+1 < len(toks); k++ {
		if !accompanyVerbs[strings.ToLower(toks[k].text)] || !strings.HasPrefix(toks[k].pos, "VB") || strings.EqualFold(toks[k+1].text, "by") {
			continue
		}
		// the subject: the person named just before, past auxiliaries
		b := k - 1
		for b >= 0 && (companionAux[strings.ToLower(toks[b].text)] || toks[b].pos == "RB") {
			b--
		}
		ym := d.mentionEndingAt(si, b)
		if ym == nil || ym.ent < 0 || d.ents[ym.ent].typ != newsgraph.Person {
			continue
		}
		// the one accompanied: the person named next, past a title
		for _, mi := range d.bySent[si] {
			m := d.mentions[mi]
			if m.kind != named || m.ent < 0 || m.i <= k || d.ents[m.ent].typ != newsgraph.Person {
				continue
			}
			if m.i <= k+4 && companionRun(toks[k+1:m.i]) && m.ent != ym.ent {
				return ym.ent, m.ent
			}
			break
		}
	}
	return -1, -1
}

// companionAux stand between a subject and its verb: "Y will also accompany X".
var companionAux = set("will", "would", "is", "was", "are", "were", "has", "had", "have", "to", "be", "also", "shall", "may", "might", "could", "should", "due")

// accompanied reads "X, who is accompanied by Y and Z," and "X,
// accompanied by Y," in sentence si: the person accompanied and the
// people with them, or -1.
func (d *doc) accompanied(si int) (int, []int) {
	toks := d.sents[si].tokens
	for k := 2; k+1 < len(toks); k++ {
		if !strings.EqualFold(toks[k].text, "accompanied") || !strings.EqualFold(toks[k+1].text, "by") {
			continue
		}
		b := k - 1
		if strings.EqualFold(toks[b].text, "is") || strings.EqualFold(toks[b].text, "are") {
			if b < 2 || !strings.EqualFold(toks[b-1].text, "who") {
				continue
			}
			b -= 2
		}
		if b < 1 || toks[b].text != "," {
			continue
		}
		xm := d.mentionEndingAt(si, b-1)
		if xm == nil || xm.ent < 0 || d.ents[xm.ent].typ != newsgraph.Person {
			continue
		}
		var ys []int
		for _, mi := range d.bySent[si] {
			m := d.mentions[mi]
			if m.kind != named || m.ent < 0 || m.i <= k+1 || d.ents[m.ent].typ != newsgraph.Person || m.ent == xm.ent {
				continue
			}
			if between := toks[k+2 : m.i]; !companionRun(between) {
				break
			}
			ys = append(ys, m.ent)
		}
		if len(ys) > 0 {
			return xm.ent, ys
		}
	}
	return -1, nil
}

// companionRun says whether the words before a companion's name after
// "accompanied by" are only titles, names and "and": "central bank
// governor Y and trade minister Z".
func companionRun(toks []token) bool {
	for _, tk := range toks {
		w := strings.ToLower(tk.text)
		if tk.text == "," || w == "." || w == "who" || w == "which" || strings.HasPrefix(tk.pos, "VB") {
			return false
		}
	}
	return true
}

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
