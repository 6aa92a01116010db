package extract

import (
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// docEvent is one event as this document states it.
type docEvent struct {
	typ      newsgraph.EventType
	status   newsgraph.EventStatus
	from, to string
	people   []int // meeting participants, visitors, signatories
	places   []int // destinations (visits), parties (agreements)
	brokers  []int // agreement brokers
	loc      int   // entity index or -1
	sources  []int // sentence indexes
	spans    []newsgraph.Span
	story    int
	offset   int
	id       newsgraph.EventID
	verb     bool // first stated by a verb ("met", "signed"), not a noun
	light    bool // first stated by a noun a verb of its own carries ("signed a pact")
	unnamed  bool // one side named, the other told only by what it is ("met union leaders")
}

type trig struct {
	typ   newsgraph.EventType
	k, n  int // token index and length
	noun  bool
	light bool // a pact a verb of its own carries ("signed a pact", "reached an agreement"): told as an act, as a verb tells it
}

// pairAt is "the two leaders" at token tok: the people of the latest
// meeting of this story, or its two most mentioned people.
func (d *doc) pairAt(si, tok int) []int {
	toks := d.sents[si].tokens
	if t := d.trees[si]; t != nil && strings.EqualFold(toks[tok].text, "their") && tok < len(t.head) {
		// "After their talks in X, A and B said": a "their" in a phrase
		// set before its clause's subject is that subject, named after it
		for v, k := t.head[tok], 0; v >= 0 && k < 4; v, k = t.head[v], k+1 {
			if s := t.dep(v, "nsubj"); t.verb(v) && s > tok && !t.under(tok, s) {
				// (not "Their talks focused on X": a "their" inside the
				// subject is not set before it)
				if g := d.group(si, t, s); len(g) >= 2 && len(t.conjuncts(s)) >= 2 {
					return g
				}
				break
			}
		}
	}
	if w := strings.ToLower(toks[tok].text); w == "they" || w == "their" {
		// "X and Y met on Monday. They agreed ...": the pair the sentence
		// before opens with, before any meeting told earlier
		if d.namedBefore(si, tok) < 2 {
			if p := d.conjoinedPair(si); len(p) == 2 {
				return p
			}
		}
	}
	if strings.EqualFold(toks[tok].text, "two") && pairVerbAfter(toks, tok+1) {
		// "X will host Y, and the two will hold talks": the two people
		// the sentence names before it, whose meeting is not yet read
		var before []int
		for _, rf := range d.refs[si] {
			if rf.tok < tok && (rf.kind == named || rf.kind == nominal || rf.kind == pronoun) {
				for _, e := range rf.ents {
					if d.ents[e].typ == newsgraph.Person {
						before = append(before, e)
					}
				}
			}
		}
		if before = uniq(before); len(before) == 2 {
			return before
		}
	}
	// one's going is no pair's: "they will return to X" after a sentence
	// naming a group is that group, not the sides of talks told before it
	going := false
	if t := d.trees[si]; t != nil && strings.EqualFold(toks[tok].text, "they") && tok < len(t.head) && t.head[tok] >= 0 {
		v := t.lw[t.head[tok]]
		going = visitVerbs[v] || returnVerbs[v] || leaveVerbs[v]
	}
	if strings.EqualFold(toks[tok].text, "they") && groupBefore(toks, tok) {
		// "X will meet up with the team-mates where they sail for Y": the group the
		// sentence names before "they", not the sides of a meeting before
		return nil
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		e := d.events[i]
		if e.typ == newsgraph.Meeting && e.story == d.stories[si] && len(e.people) == 2 {
			if going && len(e.sources) > 0 && slices.Max(e.sources) < si-1 {
				if g, ok := d.groupBetween(slices.Max(e.sources), si); ok {
					return g
				}
			}
			return e.people
		}
	}
	if w := strings.ToLower(toks[tok].text); w == "they" || w == "their" || tok+1 < len(toks) && toks[tok+1].text == "sides" {
		// "the two sides" are as often two countries or camps as two people
		// "X and Y agreed during their first summit": the people named
		// before it; with none, "they" is any group (officials, a team)
		var before []int
		for _, rf := range d.refs[si] {
			if rf.tok < tok && (rf.kind == named || rf.kind == nominal) {
				before = append(before, rf.ents...)
			}
		}
		if before = uniq(before); len(before) >= 2 {
			return before
		}
		return nil
	}
	count := d.storyCount(si, false)
	var ids []int
	for e := range count {
		ids = append(ids, e)
	}
	sort.Slice(ids, func(i, j int) bool {
		if count[ids[i]] != count[ids[j]] {
			return count[ids[i]] > count[ids[j]]
		}
		return ids[i] < ids[j]
	})
	if len(ids) > 2 {
		ids = ids[:2]
	}
	return ids
}

// groupBefore says whether the words before tok name a group of people
// by a plural noun ("his team-mates", "the officials", "fellow players"),
// whom a "they" at tok means before any pair told earlier.
func groupBefore(toks []token, tok int) bool {
	for k := tok - 1; k >= 0; k-- {
		if peoplePlural(toks, k, stateAgentNouns, sittingMembers, groupPeopleNouns) {
			return true
		}
	}
	return false
}

// peoplePlural says whether word k is a plural noun of people of one of
// sets, not told as the subject of a verb of saying ("officials said
// they would meet again"): those only tell the news.
func peoplePlural(toks []token, k int, sets ...map[string]bool) bool {
	if toks[k].pos != "NNS" || k+1 < len(toks) && sayVerbs[strings.ToLower(toks[k+1].text)] {
		return false
	}
	w := strings.ToLower(toks[k].text)
	for _, s := range sets {
		if s[w] {
			return true
		}
	}
	return false
}

// groupPeopleNouns are plurals of people that are no state's agents or
// sitting members: those a "they" after them in the sentence means.
var groupPeopleNouns = set("team-mates", "teammates", "players", "colleagues", "workers", "employees", "staff", "fans",
	"supporters", "residents", "pilgrims", "tourists", "passengers", "students", "journalists", "reporters", "executives",
	"investors", "shareholders", "bankers", "farmers", "miners", "troops", "soldiers", "rebels", "protesters", "lawmakers",
	"senators", "partners", "relatives", "children", "parents")

// groupBetween is the group a sentence after a and before b names by a
// plural noun of people ("his negotiators", "X and the other
// delegates"), whom a "they" in b means before the sides of a meeting
// told in a: the person named with the plural, if any; ok when there is
// such a group.
func (d *doc) groupBetween(a, b int) ([]int, bool) {
	for s := b - 1; s > a; s-- {
		toks := d.sents[s].tokens
		for k := range toks {
			if !peoplePlural(toks, k, stateAgentNouns, sittingMembers) {
				continue
			}
			// "X and the other negotiators": X at their head
			j := k - 1
			for j > 0 && (toks[j].pos == "JJ" || toks[j].pos == "DT" || toks[j].pos == "NNP" || toks[j].pos == "NN" || strings.EqualFold(toks[j].text, "other")) && !strings.EqualFold(toks[j].text, "and") {
				j--
			}
			if j > 0 && strings.EqualFold(toks[j].text, "and") {
				if m := d.mentionEndingAt(s, j-1); m != nil && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person {
					return []int{m.ent}, true
				}
			}
			return nil, true
		}
	}
	return nil, false
}

// namedBefore counts the people, bodies and places the sentence names
// before token tok.
func (d *doc) namedBefore(si, tok int) int {
	n := 0
	for _, mi := range d.bySent[si] {
		if m := d.mentions[mi]; m.kind == named && m.ent >= 0 && m.i >= 0 && m.i < tok {
			n++
		}
	}
	return n
}

// conjoinedPair is the two people, or the two countries or bodies, that
// the nearest of the two sentences before si naming anyone names first,
// as "A and B" (titles between allowed) followed by their verb: whom a
// following "they" means. Nil when that sentence names another first,
// lists more than two, or the pair qualifies a noun ("the Socialist and
// Communist unions").
func (d *doc) conjoinedPair(si int) []int {
	for s := si - 1; s >= 0 && s >= si-2 && d.stories[s] == d.stories[si]; s-- {
		var ms []mention
		from, _ := d.datelineOf(s)
		for _, mi := range d.bySent[s] {
			if m := d.mentions[mi]; m.kind == named && m.ent >= 0 && m.i >= from {
				ms = append(ms, m)
			}
		}
		if len(ms) == 0 {
			continue
		}
		toks := d.sents[s].tokens
		// "President A of X and Premier B of Y": a person's country after
		// "of" or "from" is part of how the person is named, not a third name
		ms = d.withoutOrigins(toks, ms)
		if len(ms) < 2 {
			return nil
		}
		a, b := ms[0], ms[1]
		// the pair is a subject: a verb follows it ("A and B stepped back")
		v := b.j
		for v < len(toks) && toks[v].pos == "RB" {
			v++
		}
		if v >= len(toks) || !strings.HasPrefix(toks[v].pos, "VB") && toks[v].pos != "MD" {
			return nil
		}
		and := false
		for k := a.j; k < b.i; k++ {
			w := strings.ToLower(toks[k].text)
			switch {
			case w == "and" && !and:
				and = true
			case toks[k].isCap() || lowerTitles[w] || lowerTitleMods[w]:
			default:
				return nil
			}
		}
		if !and || b.j < len(toks) && (toks[b.j].text == "," || strings.EqualFold(toks[b.j].text, "and")) && len(ms) > 2 && ms[2].i <= b.j+2 {
			return nil
		}
		side := func(e int) int {
			switch x := d.ents[e]; {
			case x.typ == newsgraph.Person:
				return 1
			case x.typ == newsgraph.Organization, x.typ == newsgraph.GPE && d.x.gz.isCountry(x.name):
				return 2
			}
			return 0
		}
		if side(a.ent) == 0 || side(a.ent) != side(b.ent) || a.ent == b.ent {
			return nil
		}
		return []int{a.ent, b.ent}
	}
	return nil
}

// withoutOrigins drops from ms (one sentence's named mentions, in order)
// the country, city or body a person is said to be of or from right after
// the name ("Minister A of X", "B from Y"), and stretches that person's
// mention over it; so too the country whose possessive a firm's or a
// person's name follows ("Germany's X").
func (d *doc) withoutOrigins(toks []token, ms []mention) []mention {
	var out []mention
	for x := 0; x < len(ms); x++ {
		m := ms[x]
		if x+1 < len(ms) && d.ents[m.ent].typ == newsgraph.GPE && m.i >= 0 && m.j < len(toks) && (toks[m.j].text == "'s" || toks[m.j].text == "\u2019s") {
			if n := ms[x+1]; n.i == m.j+1 && (d.ents[n.ent].typ == newsgraph.Organization || d.ents[n.ent].typ == newsgraph.Person) {
				n.i = m.i
				out = append(out, n)
				x++
				continue
			}
		}
		if n := len(out); n > 0 {
			p := out[n-1]
			if d.ents[p.ent].typ == newsgraph.Person && d.ents[m.ent].typ != newsgraph.Person && m.i == p.j+1 && p.j < len(toks) &&
				(strings.EqualFold(toks[p.j].text, "of") || strings.EqualFold(toks[p.j].text, "from")) {
				out[n-1].j = m.j
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// mainPerson is the most mentioned person of the sentence's story.
func (d *doc) mainPerson(si int) int {
	count := d.storyCount(si, true)
	best, n := -1, 0
	for e, c := range count {
		if c > n || (c == n && e < best) {
			best, n = e, c
		}
	}
	return best
}

// storyCount counts the references to each person in the sentence's story:
// named and by title, or (withPronouns) every kind but "the two". Counted
// once per story and kept.
func (d *doc) storyCount(si int, withPronouns bool) map[int]int {
	k := [2]int{d.stories[si], 0}
	if withPronouns {
		k[1] = 1
	}
	if c, ok := d.counts[k]; ok {
		return c
	}
	count := map[int]int{}
	for s := range d.sents {
		if d.stories[s] != d.stories[si] {
			continue
		}
		for _, rf := range d.refs[s] {
			if rf.kind == named || rf.kind == nominal || withPronouns && rf.kind != pair {
				for _, e := range rf.ents {
					count[e]++
				}
			}
		}
	}
	d.counts[k] = count
	return count
}

func uniq(xs []int) []int {
	var out []int
	seen := map[int]bool{}
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// peopleIn are the people a sentence names or refers to by title.
func (d *doc) peopleIn(si int) []int {
	var out []int
	for _, rf := range d.refs[si] {
		if rf.kind == named || rf.kind == nominal {
			out = append(out, rf.ents...)
		}
	}
	return uniq(out)
}

func (d *doc) latestMeeting(si int, people []int) *docEvent {
	for i := len(d.events) - 1; i >= 0; i-- {
		e := d.events[i]
		if e.typ != newsgraph.Meeting || e.story != d.stories[si] {
			continue
		}
		if len(people) == 0 || containsAll(e.people, people) {
			return e
		}
	}
	return nil
}

// sessionOf adds sentence si to the meeting of the story that body holds
// with people attending it ("X attends the ICGE meeting"), when the two
// can be one session by their dates, and says whether it did.
func (d *doc) sessionOf(si, body int, when eventTime, loc int) bool {
	for i := len(d.events) - 1; i >= 0; i-- {
		e := d.events[i]
		if e.typ != newsgraph.Meeting || e.story != d.stories[si] || len(e.people) < 2 || !slices.Contains(e.people, body) {
			continue
		}
		guests := true
		for _, p := range e.people {
			guests = guests && (p == body || d.ents[p].typ == newsgraph.Person)
		}
		if !guests || !overlaps(e.from, e.to, when.from, when.to) {
			continue
		}
		d.addSource(e, si)
		if e.from == "" && when.from != "" {
			e.from, e.to = when.from, when.to
		}
		if loc >= 0 && (e.loc < 0 || d.moreSpecific(loc, e.loc)) {
			e.loc = loc
		}
		return true
	}
	return false
}

// halfDeal is an agreement noun of sentence si (token k) told with one
// side only.
type halfDeal struct {
	si, k int
	side  []int
	agent bool // the side holds it, not one it is with
}

// sameFirm: "QVC" and "QVC Network Inc" are one firm named twice
// (one name opens the other); "IDC Services" and "IDC Acquisition" two.
func sameFirm(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) > len(fb) {
		fa, fb = fb, fa
	}
	if len(fa) == 0 {
		return false
	}
	for i := range fa {
		if !strings.EqualFold(fa[i], fb[i]) {
			return false
		}
	}
	return true
}

// reportingLead is the firm that reports sentence si ("A said ...", "the
// company said ...") when it is the first firm its story names, or -1.
func (d *doc) reportingLead(si int, t *tree) int {
	s := t.reporter()
	if s < 0 {
		return -1
	}
	ents := d.phrase(si, t, s, 0)
	the := t.dep(s, "det") >= 0 && t.lw[t.dep(s, "det")] == "the" && d.mentionAt(si, s) == nil
	if len(ents) == 0 && the && (t.lw[s] == "company" || t.lw[s] == "firm" || t.lw[s] == "group") {
		ents = []int{-1} // "The company said ...": the story's own firm
	}
	if len(ents) != 1 || ents[0] >= 0 && d.ents[ents[0]].typ != newsgraph.Organization {
		return -1
	}
	for _, m := range d.mentions {
		if m.kind == named && m.ent >= 0 && d.stories[m.sent] == d.stories[si] && !d.sents[m.sent].heading && d.ents[m.ent].typ == newsgraph.Organization {
			if m.ent == ents[0] || ents[0] < 0 {
				return m.ent
			}
			return -1
		}
	}
	return -1
}

// reportingCountry is the country whose office holder reports sentence si
// ("U.S. Trade Representative X said ..."), or -1.
func (d *doc) reportingCountry(si int, t *tree) int {
	s := t.reporter()
	if s < 0 {
		return -1
	}
	ents := d.phrase(si, t, s, 0)
	if len(ents) != 1 {
		return -1
	}
	if d.ents[ents[0]].typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[ents[0]].name) {
		return ents[0] // "Peru's trade minister said ..."
	}
	if d.ents[ents[0]].typ != newsgraph.Person {
		return -1
	}
	return d.signerCountry(ents[0])
}

// latestAgreement is the last agreement told in the story of sentence si
// before it, or nil. A bare "the agreement" refers to it only when it was
// told in the last two sentences: further on, "the deal" as often means
// another one the story has not named.
func (d *doc) latestAgreement(si int) *docEvent {
	for i := len(d.events) - 1; i >= 0; i-- {
		if e := d.events[i]; e.typ == newsgraph.Agreement && e.story == d.stories[si] {
			if e.sources[len(e.sources)-1] < si-2 {
				return nil
			}
			return e
		}
	}
	return nil
}

func intersects(a, b []int) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func containsAll(set, xs []int) bool {
	for _, x := range xs {
		found := false
		for _, y := range set {
			found = found || x == y
		}
		if !found {
			return false
		}
	}
	return true
}

// thingSubject says whether the verb carrying noun trigger f has "it" for
// its subject ("the exchange said it had held talks with X"): a firm or
// body the reader did not resolve, never a visiting person.
func thingSubject(t *tree, f frame) bool {
	if t == nil {
		return false
	}
	for _, v := range []int{f.light, f.carrier} {
		if v >= 0 {
			if s := t.dep(v, "nsubj"); s >= 0 && t.lw[s] == "it" {
				return true
			}
		}
	}
	return false
}

func sameSet(a, b []int) bool { return len(a) == len(b) && containsAll(a, b) }

func (d *doc) latestVisitor(si int) int {
	for i := len(d.events) - 1; i >= 0; i-- {
		if d.events[i].typ == newsgraph.Visit && d.events[i].story == d.stories[si] {
			return d.events[i].people[0]
		}
	}
	return d.mainPerson(si)
}

// placesIn lists the place mentions of a sentence in order.
func (d *doc) placesIn(si int) []mention {
	var out []mention
	for _, mi := range d.bySent[si] {
		m := d.mentions[mi]
		if m.kind != named || m.ent < 0 || m.i < 0 {
			continue
		}
		switch d.ents[m.ent].typ {
		case newsgraph.GPE, newsgraph.Location, newsgraph.Facility:
			out = append(out, m)
		}
	}
	return out
}

// implied adds a place the text implies but does not name ("German
// Chancellor" implies Germany), for an agreement's parties.
func (d *doc) implied(name string, t newsgraph.EntityType) int {
	if p := statelessPeoples[name]; p != "" && t == newsgraph.GPE {
		// "Palestinian leader X": the people, where the text names no state
		name, t = p, newsgraph.Other
	}
	for ei, e := range d.ents {
		if e.name == name && e.implied {
			return ei
		}
	}
	d.ents = append(d.ents, &entity{name: name, typ: t, implied: true, aliases: []string{name}, id: newsgraph.NewEntityID(t, name)})
	return len(d.ents) - 1
}

// mediateVerbs are the participles that name who brings talks about and
// sits in them: "talks mediated by X", "X-brokered negotiations".
var mediateVerbs = set("mediated", "brokered", "facilitated")

// mediators are the entities a meeting frame's noun names as its
// mediators: the agent of a participle on the noun ("talks, mediated by
// X,", "X-brokered talks", "Kenyan-mediated talks"), also where the
// parser hung the participle on the last side of the noun's own
// "between" or "with" phrase, or on the verb that holds the talks ("held
// talks in X, mediated by Y").
func (d *doc) mediators(si int, t *tree, f frame) []int {
	if !f.noun {
		return nil
	}
	hosts := []int{f.t}
	if f.light >= 0 {
		hosts = append(hosts, f.light)
	}
	for _, k := range t.deps(f.t, "nmod") {
		if p := t.prep(k); p == "between" || p == "with" {
			hosts = append(hosts, t.conjuncts(k)...)
		}
	}
	var out []int
	for _, h := range hosts {
		for _, v := range t.deps(h, "amod", "acl", "advcl", "conj") {
			if !mediateVerbs[t.lw[v]] || t.is(v, "conj") && t.dep(v, "obl:agent") < 0 {
				continue
			}
			for _, k := range t.kids[v] {
				switch {
				case t.is(k, "obl") && t.prep(k) == "by":
					for _, c := range t.conjuncts(k) {
						out = append(out, d.phrase(si, t, c, 1)...)
					}
				case k < v && t.is(k, "compound", "nsubj", "amod", "obl", "nmod"):
					// "Qatar-brokered", "Kenyan-mediated"
					if m := d.mentionAt(si, k); m != nil && m.ent >= 0 {
						out = append(out, m.ent)
					} else if c := d.demonymAt(si, k); c != "" {
						out = append(out, d.placeNamed(c))
					}
				}
			}
		}
	}
	return uniq(out)
}

// bilateralBody is the countries a joint body of theirs is named for
// ("the Kenya-Peru Joint Trade Commission", "the Chile-Ghana-Oman
// Working Group"), the story's own entities where it names them; nil
// when e is no such body. A session of such a body is its countries'
// meeting: each sends its side to it.
func (d *doc) bilateralBody(e int) []int {
	if !d.assembly(e) {
		return nil
	}
	ws := strings.Fields(d.ents[e].name)
	if len(ws) < 2 {
		return nil
	}
	parts := strings.Split(ws[0], "-")
	if len(parts) < 2 {
		return nil
	}
	var out []int
	for _, c := range parts {
		if !d.x.gz.isCountry(c) {
			return nil
		}
		out = append(out, d.placeNamed(c))
	}
	return uniq(out)
}

// statelessPeoples are the peoples whose adjective news uses where no state
// of theirs is named or generally recognised: the adjective implies the
// people, not a country.
var statelessPeoples = map[string]string{"Palestine": "Palestinians"}

func (d *doc) entByName(name string) int {
	for ei, e := range d.ents {
		if e.name == name && len(e.mentions) > 0 {
			return ei
		}
	}
	return -1
}

// addEvent records an event, or adds this sentence to the same event stated
// earlier in the document.
func (d *doc) addEvent(si int, t trig, people, places []int, when eventTime, loc int) *docEvent {
	toks := d.sents[si].tokens
	status, from, to := when.status, when.from, when.to
	if loc < 0 && len(places) > 0 && t.typ == newsgraph.Visit {
		loc = places[len(places)-1]
	}
	for _, e := range d.events {
		if e.typ != t.typ || e.story != d.stories[si] {
			continue
		}
		same := false
		switch t.typ {
		case newsgraph.Meeting:
			same = sameSet(e.people, people)
		case newsgraph.Visit:
			same = sameSet(e.people, people) && d.sameCountry(e.places, places)
		case newsgraph.Agreement:
			// "the agreement between X and Y" after "X and Y signed a
			// protocol with Z": the same one
			same = sameSet(e.people, people) && ((len(places) < 2 || len(e.places) < 2) && intersects(e.places, places) || sameSet(e.places, places) || t.noun && containsAll(e.places, places)) ||
				// "A and B signed an accord ... The deal was signed by X and Y": the
				// same two sides, told once without their signatories
				(len(e.people) == 0) != (len(people) == 0) && len(places) >= 2 && sameSet(e.places, places)
		}
		if !same || !overlaps(e.from, e.to, from, to) || t.typ != newsgraph.Meeting && (d.oldAndUndated(e.from, from) || d.oldAndUndated(from, e.from)) {
			continue
		}
		if t.typ == newsgraph.Meeting && e.from != "" && from != "" && (e.status == newsgraph.Happened && status == newsgraph.Planned || e.status == newsgraph.Planned && status == newsgraph.Happened) {
			continue // "A met B on Monday ... the pair will meet again later this month": two meetings
		}
		if t.typ == newsgraph.Meeting && (d.stillAhead(e.status, e.from) && status == newsgraph.Happened || d.stillAhead(status, from) && e.status == newsgraph.Happened) {
			continue // "A will meet B on Friday ... they have met once, in Z": what is still ahead has not happened
		}
		if t.typ == newsgraph.Meeting && e.unnamed && e.status != "" && status != "" && e.status != status {
			continue // "X will meet union leaders ... X met union figures last week": one side unnamed, two meetings
		}
		d.addSource(e, si)
		e.unnamed = false
		e.places = uniq(append(e.places, places...))
		if len(e.people) == 0 && t.typ == newsgraph.Agreement {
			e.people = people // its signatories, told after its sides
		}
		if e.from == "" && from != "" {
			e.from, e.to = from, to
		}
		if loc >= 0 && (e.loc < 0 || d.moreSpecific(loc, e.loc)) {
			e.loc = loc
		}
		if e.status == "" {
			e.status = status
		}
		return e
	}
	e := &docEvent{typ: t.typ, status: status, from: from, to: to, people: people, places: places, loc: loc, story: d.stories[si], offset: toks[t.k].start, verb: !t.noun, light: t.light}
	d.events = append(d.events, e)
	d.addSource(e, si)
	return e
}

// stillAhead says whether an event of status and start from is planned
// for a day after the telling.
func (d *doc) stillAhead(status newsgraph.EventStatus, from string) bool {
	return status == newsgraph.Planned && from != "" && !d.ref.IsZero() && from > ymd(d.ref)
}

// oldAndUndated: one mention is dated months before the article and the
// other is not dated: "last visited Spain in 2019" is not this week's
// visit, "signed a pact in 2010" not the accord agreed this week.
func (d *doc) oldAndUndated(dated, other string) bool {
	if dated == "" || other != "" || d.ref.IsZero() {
		return false
	}
	return mustDate(dated).Before(d.ref.AddDate(0, 0, -60))
}

func (d *doc) addSource(e *docEvent, si int) {
	for _, s := range e.sources {
		if s == si {
			return
		}
	}
	e.sources = append(e.sources, si)
}

func (d *doc) sameCountry(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			cx, cy := d.x.gz.countryOf(d.ents[x].name), d.x.gz.countryOf(d.ents[y].name)
			if x == y || (cx != "" && cx == cy) {
				return true
			}
		}
	}
	return false
}

func overlaps(f1, t1, f2, t2 string) bool {
	if f1 == "" || f2 == "" {
		return true
	}
	return f1 <= t2 && f2 <= t1
}

// whenAndStatus reads the date and the status of the event at trigger t.
func mustDate(s string) time.Time {
	t, _ := time.Parse(newsgraph.DateLayout, s)
	return t
}

// storyCity is where a story is set: its most mentioned city that the visit
// goes to or that lies in a country the visit goes to.
func (d *doc) storyCity(story int, m *docEvent) int {
	countries := map[string]bool{}
	var dests []int
	for _, v := range d.events {
		if v.typ != newsgraph.Visit || v.story != story || !containsAll(m.people, v.people[:1]) {
			continue
		}
		for _, p := range v.places {
			dests = append(dests, p)
			if c := d.x.gz.countryOf(d.ents[p].name); c != "" {
				countries[c] = true
			}
		}
	}
	v := &docEvent{places: dests}
	count := map[int]int{}
	for _, m := range d.mentions {
		if m.kind != named || m.ent < 0 || d.stories[m.sent] != story {
			continue
		}
		e := d.ents[m.ent]
		if e.typ != newsgraph.GPE || d.x.gz.isCountry(e.name) {
			continue
		}
		if containsAll(v.places, []int{m.ent}) || countries[d.x.gz.countryOf(e.name)] {
			count[m.ent]++
		}
	}
	best, n := -1, 0
	for e, c := range count {
		if c > n || (c == n && e < best) {
			best, n = e, c
		}
	}
	return best
}

// mentionsPublishedDay: the article reports its own day ("on Tuesday" in a
// Tuesday story), so an event it tells in the past tense without a date
// most likely happened that day.
func (d *doc) mentionsPublishedDay() bool {
	if d.ref.IsZero() {
		return false
	}
	day := ymd(d.ref)
	for si := range d.dates {
		for _, e := range d.dates[si] {
			if e.grain == "day" && (e.from == day || e.pastFrom == day) {
				return true
			}
		}
	}
	return false
}

// inheritFromVisits dates and places a meeting that says neither by the
// visit of one of its people that this document dates ("During the
// three-day visit, the king will call on the president").
// laterLeg says whether visit c is a journey the sentence of meeting m
// tells after it, joined on: "will meet X on Thursday and then fly to Y",
// "held talks with X before leaving for Y". The meeting is not in Y.
func (d *doc) laterLeg(m, c *docEvent) bool {
	if len(m.sources) == 0 || len(c.sources) == 0 || m.sources[0] != c.sources[0] || c.offset <= m.offset || c.offset > len(d.text) {
		return false
	}
	if si := m.sources[0]; d.trees[si] != nil {
		// "After meeting X, Y flew to Z", "Following his talks with X, Y
		// flew to Z": the clause the meeting is told in comes before the
		// trip it hangs on
		t, ct := d.trees[si], d.tokenAt(si, c.offset)
		for k, n := d.tokenAt(si, m.offset), 0; k >= 0 && n < 3; k, n = t.head[k], n+1 {
			if t.head[k] == ct && (hasMark(t, k, "after") || hasMark(t, k, "following") || t.prep(k) == "after" || t.prep(k) == "following" || hasDep(t, k, "having")) {
				return true
			}
		}
	}
	for _, w := range strings.Fields(strings.ToLower(d.text[m.offset:c.offset])) {
		switch strings.Trim(w, ",;") {
		case "and", "before", "then":
			return true
		case "where", "for", "after":
			return false
		}
	}
	return false
}

// cameBackFrom says whether visit c is told as a stay one is back from
// ("X, fresh from Y, met Z", "returning from Y, X met Z"): no place for
// a meeting told beside it.
func (d *doc) cameBackFrom(c *docEvent) bool {
	if len(c.sources) == 0 || d.trees[c.sources[0]] == nil {
		return false
	}
	si := c.sources[0]
	t, k := d.trees[si], d.tokenAt(si, c.offset)
	if k < 0 || k >= len(t.lw) {
		return false
	}
	back := func(w string) bool { return w == "back" || w == "fresh" || returnVerbs[w] }
	return back(t.lw[k]) || t.lw[k] == "return" || t.head[k] >= 0 && back(t.lw[t.head[k]]) && t.prep(k) == "from"
}

// landingPlace says whether a place is where one lands, an airport: who
// landed there held talks elsewhere.
func landingPlace(name string) bool {
	for _, w := range []string{"Airport", "Airfield", "Air Base", "Airbase", "airport"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

func (d *doc) inheritFromVisits() {
	for _, m := range d.events {
		if m.typ != newsgraph.Meeting {
			continue
		}
		var v *docEvent
		for _, c := range d.events {
			if c.typ != newsgraph.Visit || c.story != m.story || !containsAll(m.people, c.people[:1]) || d.laterLeg(m, c) || d.cameBackFrom(c) {
				continue
			}
			ahead := !d.ref.IsZero() && c.from > ymd(d.ref)
			if !overlaps(m.from, m.to, c.from, c.to) && (m.to < c.from || ahead) || ahead && m.status == newsgraph.Happened {
				// met on Thursday, flies on to Y on Sunday: not met in Y;
				// one who flew to Y yesterday may still be there on Friday
				continue
			}
			if m.status == newsgraph.Happened && c.status != "" && c.status != newsgraph.Happened {
				// a trip only planned, put in doubt or called off is no
				// place of a meeting that took place
				continue
			}
			if v == nil || len(c.sources) > len(v.sources) || sharesSentence(c, m) && !sharesSentence(v, m) {
				v = c
			}
		}
		if v != nil && m.loc < 0 && sharesSentence(v, m) && len(v.places) > 0 && !d.x.gz.isCountry(d.ents[v.places[len(v.places)-1]].name) && !landingPlace(d.ents[v.places[len(v.places)-1]].name) {
			m.loc = v.places[len(v.places)-1] // "will go to X for talks with Y": in X
		}
		if v != nil && (m.loc < 0 || d.ents[m.loc].typ == newsgraph.Facility || d.sameCountry([]int{m.loc}, v.places)) {
			if v.from != "" && v.from != v.to && (m.from == "" || narrower(v.from, v.to, m.from, m.to)) {
				// "talks in the capital in May" set inside "a visit there
				// from May 3 to 5": on those days of the visit
				m.from, m.to = v.from, v.to
			}
			if m.loc < 0 {
				// the city of the visit it belongs to, else the story's;
				// of a trip to several, the one the story is told from
				// ("BERLIN - ... arrived in Berlin, and will go on to
				// Munich": met in Berlin that day)
				dl := -1
				if len(m.sources) > 0 {
					dl = d.datelinePlaceFor(m.sources[0], m.from, m.to)
				}
				for _, p := range v.places {
					if d.ents[p].typ == newsgraph.GPE && !d.x.gz.isCountry(d.ents[p].name) && m.loc != dl {
						m.loc = p
					}
				}
			}
			if m.loc < 0 {
				m.loc = d.storyCity(m.story, m)
			}
		}
		if m.status == "" {
			m.status = newsgraph.Planned
			if m.from != "" && !d.ref.IsZero() && m.to < ymd(d.ref) {
				m.status = newsgraph.Happened
			}
		}
	}
	// events told relative to a meeting ("After the talks, ...") share its day
	for _, e := range d.events {
		if e.from != "" {
			continue
		}
		for _, si := range e.sources {
			if a := d.anchors[si]; a != nil && a != e && a.from != "" && a.from == a.to {
				e.from, e.to = a.from, a.to
				if e.status == "" {
					e.status = a.status
				}
				break
			}
		}
	}
	d.agreementsAtMeetings()
	recent := d.mentionsPublishedDay()
	for _, e := range d.events {
		if recent && e.from == "" && e.status == newsgraph.Happened && e.typ != newsgraph.Visit && e.verb {
			e.from, e.to = ymd(d.ref), ymd(d.ref)
		}
		if e.status == "" && e.typ == newsgraph.Visit && e.from == "" {
			continue // settled by the meetings held on it, once the dateline has dated them (visitsOfMeetings)
		}
		if e.status == "" {
			e.status = newsgraph.Planned
			if e.from != "" && !d.ref.IsZero() && e.to < ymd(d.ref) {
				e.status = newsgraph.Happened
			}
		}
	}
}

// narrativeTime is the time of sentence si when it opens by telling it
// relative to what the story told before ("Hours later", "Two days
// later", "The following day", "That evening"): the last date the story
// stated before it, moved by the days the opening counts when that date
// is a day; a month or a year stays one.
func (d *doc) narrativeTime(si int) (string, string, bool) {
	toks := d.sents[si].tokens
	w := func(k int) string {
		if k < len(toks) {
			return strings.ToLower(toks[k].text)
		}
		return ""
	}
	k := 0
	if w(0) == "but" || w(0) == "and" || w(0) == "then" {
		k = 1
	}
	days, ok := 0, false
	switch {
	case (w(k+1) == "later" || w(k+2) == "later") && (narrativeUnits[w(k)] || narrativeUnits[w(k+1)]):
		// "Hours later", "Four hours later", "Two days later"
		ok = true
		if n, isNum := numberWords[w(k)]; isNum && strings.HasPrefix(w(k+1), "day") {
			days = n
		} else if w(k) == "a" && w(k+1) == "day" {
			days = 1
		}
	case (w(k) == "the" || w(k) == "by") && (w(k+1) == "following" || w(k+1) == "next") && (w(k+2) == "day" || w(k+2) == "morning"):
		ok, days = true, 1
	case w(k) == "that" && (w(k+1) == "evening" || w(k+1) == "night" || w(k+1) == "afternoon" || w(k+1) == "morning" || w(k+1) == "day"),
		w(k) == "later" && (w(k+1) == "that" || w(k+1) == "the"),
		w(k) == "within" && (w(k+1) == "hours" || w(k+1) == "minutes"),
		w(k) == "moments" && w(k+1) == "later", w(k) == "shortly" && (w(k+1) == "afterwards" || w(k+1) == "after"):
		ok = true
	}
	if !ok {
		return "", "", false
	}
	for s := si - 1; s >= 0 && d.stories[s] == d.stories[si]; s-- {
		if len(d.dates[s]) == 0 || d.sents[s].heading {
			continue
		}
		e := d.dates[s][0]
		for _, x := range d.dates[s] {
			if x.i > e.i {
				e = x
			}
		}
		if e.grain != "day" || days == 0 || e.from != e.to {
			return e.from, e.to, true
		}
		day := ymd(mustDate(e.from).AddDate(0, 0, days))
		return day, day, true
	}
	return "", "", false
}

// narrativeUnits count the time a story moves on by: "hours later".
var narrativeUnits = set("hours", "hour", "minutes", "days", "day", "weeks", "week", "months", "month")

// numberWords are the small counts written out.
var numberWords = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5}

// ongoing says whether frame f is told as under way: "X is on a visit
// to", "is on the first leg of a tour", "is visiting", "is in X".
func ongoing(t *tree, f *frame) bool {
	for _, c := range []int{f.t, f.light, f.carrier, t.head[f.t]} {
		if c < 0 {
			continue
		}
		if t.tag[c] == "VBG" && t.verb(c) || t.noun(c) || t.tag[c] == "NNP" {
			for _, k := range t.deps(c, "aux", "cop") {
				if w := t.lw[k]; w == "is" || w == "are" || w == "'s" || w == "'re" {
					return t.dep(c, "mark") < 0
				}
			}
		}
	}
	return false
}

// talksUnderWay says whether talks noun frame f is told as going on:
// the predicate of "X and Y are in talks" or "X is in negotiations with
// Y", or the subject of "are continuing", "have resumed".
func talksUnderWay(t *tree, f *frame) bool {
	n := f.t
	if f.typ != newsgraph.Meeting || !f.noun || !talkNouns[t.lw[n]] {
		return false
	}
	present := func(c int) bool {
		for _, k := range t.deps(c, "aux", "cop") {
			switch t.lw[k] {
			case "is", "are", "'s", "'re", "was", "were", "has", "have", "had":
			default:
				return false // "will be in talks", "could be continuing"
			}
		}
		return t.dep(c, "mark") < 0
	}
	if t.prep(n) == "in" && t.dep(n, "cop") >= 0 && t.dep(n, "nsubj") >= 0 {
		return present(n)
	}
	h := t.head[n]
	if h < 0 || !t.is(n, "nsubj") || !goingOnVerbs[t.lw[h]] {
		return false // ("the talks are not continuing": held till now, all the same)
	}
	return (t.tag[h] == "VBG" || t.tag[h] == "VBN") && t.dep(h, "aux") >= 0 && present(h) || (t.tag[h] == "VBD" || t.tag[h] == "VBZ" || t.tag[h] == "VBP") && t.dep(h, "aux") < 0
}

// talksHalted says whether verb v halts talks it takes as its object or
// passive subject, which were held till then: "broke off talks with Y",
// "terminated discussions with Y", "the talks were suspended".
func talksHalted(t *tree, v int) bool {
	switch t.lw[v] {
	case "broke", "break", "breaks", "breaking", "broken":
		return hasDep(t, v, "off")
	case "terminated", "terminate", "terminates", "suspended", "suspend", "suspends", "halted", "halt", "halts":
		return true
	}
	return false
}

// goingOnVerbs tell talks held and not ended: "the talks are continuing".
var goingOnVerbs = set("continue", "continues", "continued", "continuing", "resume", "resumes", "resumed", "resuming", "progressing", "proceeding")

// agreementsAtMeetings places an agreement signed by the people of a
// meeting at the meeting's place, and when the text dates it not, on the
// meeting's one day (its signatories, or with none named its parties: "X
// and Y held talks in Lima; the two sides signed a treaty").
func (d *doc) agreementsAtMeetings() {
	for _, a := range d.events {
		sides := a.people
		if len(sides) == 0 {
			sides = a.places
		}
		if a.typ != newsgraph.Agreement || a.loc >= 0 && a.from != "" || len(sides) < 2 {
			continue
		}
		for _, m := range d.events {
			if m.typ == newsgraph.Meeting && m.story == a.story && (m.loc >= 0 || m.from != "") && containsAll(m.people, sides) && overlaps(m.from, m.to, a.from, a.to) {
				if a.loc < 0 {
					a.loc = m.loc
				}
				if a.from == "" && m.from != "" && m.from == m.to && a.status == newsgraph.Happened && m.status == newsgraph.Happened {
					a.from, a.to = m.from, m.to
				}
				break
			}
		}
	}
}

// eventTime is when an event is, as its sentence states it, and whether it
// happened.
type eventTime struct {
	status   newsgraph.EventStatus
	from, to string
}

// strictFaults makes a fault in one sentence's event frames panic, as
// under tests (so that a test finds it), instead of costing that sentence
// its events.
var strictFaults = testing.Testing()

// sentenceEvents emits the events of sentence si from the frames of its
// trigger words. A fault of the frame rules on one sentence (an index out
// of range on a token layout no rule foresaw) costs that sentence's events,
// not the document: the rest of the story, its names and the batch it came
// in go on. The events the sentence emitted before the fault are dropped
// with it.
func (d *doc) sentenceEvents(si int) {
	n := len(d.events)
	defer func() {
		if r := recover(); r != nil {
			if strictFaults {
				panic(r)
			}
			d.faults++
			for _, e := range d.events[n:] {
				for k, a := range d.anchors {
					if a == e {
						delete(d.anchors, k)
					}
				}
			}
			d.events = d.events[:n]
		}
	}()
	fs := d.frames(si)
	drop := d.nonEvents(si, fs)
	for i, f := range fs {
		if !drop[i] {
			d.emit(si, f)
		}
	}
}

// findEvents reads the events of every sentence from the frames of its
// trigger words.
func (d *doc) findEvents() {
	d.dates = make([][]dateExpr, len(d.sents))
	d.anchors = map[int]*docEvent{}
	d.counts = map[[2]int]map[int]int{}
	d.trees = make([]*tree, len(d.sents))
	for si, s := range d.sents {
		if s.heading {
			continue
		}
		d.dates[si] = sentenceDates(d.text, &d.sents[si], d.ref, d.year)
		d.sentenceEvents(si)
	}
	d.dropUnnamedSides()
	// a body's meeting the story tells without a place is where it says
	// the body's own gathering is
	for _, e := range d.events {
		if e.typ != newsgraph.Meeting || e.loc >= 0 || len(e.sources) == 0 {
			continue
		}
		for _, p := range e.people {
			if d.ents[p].typ == newsgraph.Organization {
				if v := d.bodyVenue(e.sources[0], p); v >= 0 {
					e.loc = v
					break
				}
			}
		}
	}
	d.latecomers()
	d.foldBodyMeetings()
	d.signingMeetings()
	d.impliedVisits()
	d.inheritFromVisits()
	for _, e := range d.events {
		if e.typ == newsgraph.Meeting && e.loc < 0 && len(e.sources) > 0 {
			e.loc = d.datelinePlaceFor(e.sources[0], e.from, e.to)
		}
		// an agreement the dateline's sentence tells as that day's news
		// was signed where the story is told from
		if e.typ == newsgraph.Agreement && e.loc < 0 && e.status == newsgraph.Happened && len(e.sources) > 0 && d.dateline != nil &&
			e.sources[0] == d.dateline.lede && d.dateline.day != "" && (e.from == "" || e.from == d.dateline.day) {
			e.loc = d.datelinePlaceFor(e.sources[0], e.from, e.to)
		}
		// the dateline's sentence tells that day's news: what happened
		// there, undated, happened that day ("WASHINGTON, March 31 - X
		// opened talks with Y")
		if e.from == "" && e.status == newsgraph.Happened && len(e.sources) > 0 && d.dateline != nil &&
			e.sources[0] == d.dateline.lede && d.dateline.day != "" {
			e.from, e.to = d.dateline.day, d.dateline.day
		}
		// a story with no dateline tells the news of the day it is
		// published in its lede, the first sentence under the headline,
		// with a verb ("X agreed to buy Y", "X signed a pact with Y"); a
		// noun there alone may name an older accord ("OPEC's December
		// agreement was holding")
		if e.from == "" && (e.verb || e.light) && e.status == newsgraph.Happened && len(e.sources) > 0 && d.pub != "" && (d.dateline == nil || d.dateline.sent < 0) &&
			e.sources[0] == d.lede() {
			e.from, e.to = d.pub, d.pub
		}
		// a wire story's meeting that a verb plans without a day ("is
		// expected to see X", "will meet X") is that day's programme; a
		// summit postponed sine die is not
		// ("a meeting is expected to begin at 3 p.m.": a clock time with
		// no day is that day's too)
		if e.typ == newsgraph.Meeting && (e.verb || len(e.sources) > 0 && clockTime(d.sents[e.sources[0]].tokens)) && e.from == "" && e.status == newsgraph.Planned && len(e.sources) > 0 && d.dateline != nil &&
			d.dateline.day != "" && d.dateline.sent >= 0 && d.stories[e.sources[0]] == d.stories[d.dateline.sent] && e.sources[0] >= d.dateline.sent {
			e.from, e.to = d.dateline.day, d.dateline.day
		}
	}
	d.onwardTravellers()
	d.visitsOfMeetings()
	d.accompanyingVisits()
	d.accompanyVisits()
	d.agreementsAtMeetings() // again, with the meetings the dateline placed and dated
	d.foldCountryMeetings()
	d.foldAirportVisits()
	d.calledOffVisits()
	d.dropRegionSummaries()
}

// onwardTravellers gives a trip "on" to another place ("the minister
// will fly on to Y") to the guest of the talks told before it where the
// title that names the traveller fits host and guest alike: one who goes
// on is away already, and the host of talks at home is not ("X received
// her counterpart Z in W. The minister will fly on to Y": Z flies on).
func (d *doc) onwardTravellers() {
	for _, v := range d.events {
		if v.typ != newsgraph.Visit || len(v.people) != 1 || len(v.sources) == 0 {
			continue
		}
		si := v.sources[0]
		toks := d.sents[si].tokens
		k := d.tokenAt(si, v.offset)
		if k < 0 || k+2 >= len(toks) || !strings.EqualFold(toks[k+1].text, "on") || !strings.EqualFold(toks[k+2].text, "to") {
			continue
		}
		e := v.people[0]
		byTitle := false
		for _, rf := range d.refs[si] {
			byTitle = byTitle || rf.kind == nominal && slices.Equal(rf.ents, []int{e}) && rf.tok < k
		}
		if !byTitle {
			continue
		}
		// the talks told last before it, held where e is at home
		for i := len(d.events) - 1; i >= 0; i-- {
			m := d.events[i]
			if m.typ != newsgraph.Meeting || m.story != v.story || len(m.sources) == 0 || m.sources[0] >= si || m.loc < 0 || !slices.Contains(m.people, e) {
				continue
			}
			if d.domestic(e, m.loc) {
				var guests []int
				for _, g := range m.people {
					if g != e && d.foreignTo([]int{g}, m.loc) && d.sameTitleHead(e, g) {
						guests = append(guests, g)
					}
				}
				if len(guests) == 1 {
					v.people = guests
				}
			}
			break
		}
	}
}

// employs says whether body o is the one person p holds an office of, as
// the roles the text gives p tell it.
func (d *doc) employs(o, p int) bool {
	if d.ents[p].typ != newsgraph.Person {
		return false
	}
	for _, mi := range d.ents[p].mentions {
		if r := d.mentions[mi].role; r != nil && !r.former && r.of != "" && (d.entByName(r.of) == o || d.entByAlias(r.of) == o) {
			return true
		}
	}
	return false
}

// groupOwnerIn says whether sentence si names o only as the owner of a
// group of people ("Y's project team", "Y officials").
func (d *doc) groupOwnerIn(si, o int) bool {
	toks := d.sents[si].tokens
	found := false
	for _, mi := range d.bySent[si] {
		m := d.mentions[mi]
		if m.ent != o {
			continue
		}
		owner := false
		for k := m.j; k < len(toks) && k <= m.j+3; k++ {
			if groupNouns[strings.ToLower(toks[k].text)] {
				owner = true
				break
			}
			if w := toks[k].text; w != "'s" && w != "\u2019s" && (!toks[k].isWord() || !strings.HasPrefix(toks[k].pos, "NN") && !strings.HasPrefix(toks[k].pos, "JJ")) {
				break // ("X and members of ...": X is no owner)
			}
		}
		if !owner {
			return false
		}
		found = true
	}
	return found
}

// sameTitleHead says whether people a and b hold an office of one kind
// ("foreign minister" and "trade minister" are both ministers).
func (d *doc) sameTitleHead(a, b int) bool {
	heads := map[string]bool{}
	for _, mi := range d.ents[a].mentions {
		if r := d.mentions[mi].role; r != nil && titleHead(r.title) != "" {
			heads[titleHead(r.title)] = true
		}
	}
	for _, mi := range d.ents[b].mentions {
		// ("her counterpart Z": an office of the same kind)
		if r := d.mentions[mi].role; r != nil && (heads[titleHead(r.title)] || strings.HasSuffix(strings.ToLower(r.title), "counterpart")) {
			return true
		}
	}
	return false
}

// dropRegionSummaries drops a visit to a region told by a trigger of its
// own in a sentence that sends the same visitor to countries by another:
// in "sets off on a mission to A and B, her first journey to Africa",
// the journey to Africa is the mission, summed up. A region listed beside
// the countries ("a tour of Africa and India") shares their trigger and stays.
func (d *doc) dropRegionSummaries() {
	keep := d.events[:0]
	for _, e := range d.events {
		summary := e.typ == newsgraph.Visit && len(e.places) == 1 && len(e.sources) == 1 && d.region(e.places[0]) &&
			slices.ContainsFunc(d.events, func(o *docEvent) bool {
				return o != e && o.typ == newsgraph.Visit && o.offset != e.offset && sameSet(o.people, e.people) && slices.Contains(o.sources, e.sources[0]) &&
					len(o.places) > 0 && d.x.gz.countryOf(d.ents[o.places[0]].name) != ""
			})
		if !summary {
			keep = append(keep, e)
		}
	}
	d.events = keep
}

// region says whether place p is a region of the world ("Asia", "the
// Middle East"), no country or town.
func (d *doc) region(p int) bool {
	_, ok := d.x.gz.region[key(d.ents[p].name)]
	return ok && d.x.gz.countryOf(d.ents[p].name) == ""
}

// dropUnnamedSides drops the meetings with a side told only by what it is
// when the story tells a meeting of two named sides with one of its people
// or on its days: the side described is most likely the one named there
// ("will meet bankers today ... the banks he sees are A and B").
func (d *doc) dropUnnamedSides() {
	keep := d.events[:0]
	for _, e := range d.events {
		if e.unnamed && slices.ContainsFunc(d.events, func(o *docEvent) bool {
			return o != e && !o.unnamed && o.typ == newsgraph.Meeting && o.story == e.story && len(o.people) >= 2 &&
				(intersects(o.people, e.people) || e.from != "" && o.from != "" && overlaps(o.from, o.to, e.from, e.to))
		}) {
			continue
		}
		keep = append(keep, e)
	}
	d.events = keep
}

// signersAt are the people who sign or agree at the gathering of frame
// f, a noun with no sides of its own: "will sign the pact at a summit",
// "agreed the deal during talks in Oslo". Only people: states and firms
// sign through envoys the story may not name.
func (d *doc) signersAt(si int, t *tree, f frame) []int {
	n, h := f.t, t.head[f.t]
	if h < 0 || !t.is(n, "obl") || !t.verb(h) || !agreeVerbs[t.lw[h]] && !signWords[t.lw[h]] {
		return nil
	}
	if p := t.prep(n); p != "at" && p != "during" {
		return nil
	}
	ents := uniq(d.subjectOf(si, t, h))
	if len(ents) < 2 || !d.allPeople(ents) {
		return nil
	}
	return ents
}

// lede is the first sentence of the story's prose (after its headline,
// byline and other page furniture), or -1.
func (d *doc) lede() int {
	for si, s := range d.sents {
		if !s.heading && !s.table && len(s.tokens) >= 6 {
			return si
		}
	}
	return -1
}

// visitsOfMeetings settles a visit told without tense or day ("a major
// aim of X's visit was ..."): its visitor's meeting held in its country
// on a day says the visit is under way then; else it is planned.
func (d *doc) visitsOfMeetings() {
	for _, v := range d.events {
		if v.typ != newsgraph.Visit || v.status != "" {
			continue
		}
		for _, m := range d.events {
			if m.typ == newsgraph.Meeting && m.story == v.story && m.status == newsgraph.Happened && m.from != "" && m.from == m.to &&
				containsAll(m.people, v.people[:1]) && (len(v.places) == 0 || m.loc >= 0 && d.sameCountry([]int{m.loc}, v.places)) {
				v.status, v.from, v.to = newsgraph.Happened, m.from, m.to
				break
			}
		}
		if v.status == "" {
			if e := d.duringEvent(v); e != nil {
				// "signed an accord on Monday during the visit of X": the
				// visit was under way that day
				v.status, v.from, v.to = newsgraph.Happened, e.from, e.to
			}
		}
		if v.status == "" {
			v.status = newsgraph.Planned
		}
	}
}

// duringEvent is the event that happened on a day, told in the sentence
// of visit v, when v's noun is its "during" phrase ("signed an accord on
// Monday during the visit of X", "met Y during her trip"); or nil.
func (d *doc) duringEvent(v *docEvent) *docEvent {
	if len(v.sources) == 0 {
		return nil
	}
	si := v.sources[0]
	toks := d.sents[si].tokens
	k := d.tokenAt(si, v.offset)
	b := k - 1
	for b > 0 && b >= k-4 && (toks[b].pos == "DT" || toks[b].pos == "PRP$" || toks[b].pos == "JJ" || toks[b].pos == "CD" || toks[b].pos == "HYPH" || toks[b].pos == "POS" || toks[b].isCap()) {
		b--
	}
	if b < 0 || !strings.EqualFold(toks[b].text, "during") {
		return nil
	}
	for _, e := range d.events {
		if e != v && e.typ != newsgraph.Visit && e.status == newsgraph.Happened && e.from != "" && e.from == e.to && slices.Contains(e.sources, si) && d.tokenAt(si, e.offset) < b {
			return e
		}
	}
	return nil
}

// sharesSentence says whether events a and b are told in one sentence.
func sharesSentence(a, b *docEvent) bool {
	for _, x := range a.sources {
		for _, y := range b.sources {
			if x == y {
				return true
			}
		}
	}
	return false
}

// signingMeetings adds the meeting a signing implies (a signing is a
// ceremony its signatories attend, unlike an agreement reached by letter
// or by phone): two or more people
// who signed (or will sign) one agreement in one sentence met (will meet) to sign it ("X and her
// counterpart Y signed a memorandum in CITY"), where the story tells no
// meeting of theirs on that day already.
func (d *doc) signingMeetings() {
	n := len(d.events)
	for i := 0; i < n; i++ {
		a := d.events[i]
		if a.typ != newsgraph.Agreement || a.status != newsgraph.Happened && a.status != newsgraph.Planned || len(a.sources) == 0 {
			continue
		}
		var signers []int
		for _, p := range a.people {
			if d.ents[p].typ == newsgraph.Person {
				signers = append(signers, p)
			}
		}
		if len(signers) < 2 || !slices.ContainsFunc(d.sents[a.sources[0]].tokens, func(t token) bool { return signWords[strings.ToLower(t.text)] }) {
			continue
		}
		if t := d.trees[a.sources[0]]; t != nil && d.signsPerson(a.sources[0], t, d.tokenAt(a.sources[0], a.offset)) {
			continue // a manager signing a player: one signs the other, they need not meet
		}
		known := false
		for _, m := range d.events {
			known = known || m.typ == newsgraph.Meeting && m.story == a.story && containsAll(m.people, signers) && overlaps(m.from, m.to, a.from, a.to)
		}
		if !known {
			d.addEvent(a.sources[0], trig{typ: newsgraph.Meeting, k: d.tokenAt(a.sources[0], a.offset)}, signers, nil, eventTime{status: a.status, from: a.from, to: a.to}, a.loc)
		}
	}
}

// tokenAt is the index of the token of sentence si that starts at byte
// offset off, or 0.
func (d *doc) tokenAt(si, off int) int {
	for k, t := range d.sents[si].tokens {
		if t.start == off {
			return k
		}
	}
	return 0
}

// impliedVisits adds the visit a meeting implies: held in a place the
// sentence names, with a person serving another country ("Peru's central
// bank president X and Y met in Mexico City"), that person went there.
func (d *doc) impliedVisits() {
	n := len(d.events)
	for i := 0; i < n; i++ {
		e := d.events[i]
		// a meeting abroad, held or planned, takes its foreign people there;
		// a plan to meet somewhere in a country ("on the sidelines of the
		// summit in X") says less of who will travel than a city does
		if e.typ != newsgraph.Meeting || e.loc < 0 || len(e.sources) == 0 || e.status != newsgraph.Happened && e.status != newsgraph.Planned {
			continue
		}
		if e.status == newsgraph.Planned && (d.ents[e.loc].typ != newsgraph.GPE && d.ents[e.loc].typ != newsgraph.Facility || d.x.gz.isCountry(d.ents[e.loc].name)) {
			continue
		}
		if t := d.trees[e.sources[0]]; t != nil {
			if k := d.tokenAt(e.sources[0], e.offset); k < len(t.lw) && togetherOnly(t, k) {
				continue // "A and B issued a joint statement in X": which of them came the text does not say
			}
		}
		for _, p := range e.people {
			if d.ents[p].typ != newsgraph.Person || !d.foreignTo([]int{p}, e.loc) || d.postedAbroad(p) {
				continue
			}
			// and those who go along with p ("X, accompanied by Y, met Z
			// in Hanoi": Y is in Hanoi too)
			travellers := []int{p}
			if si := e.sources[0]; d.trees[si] != nil {
				for _, c := range d.companions(si, d.trees[si], d.tokenAt(si, e.offset), []int{p}) {
					if c != p && !slices.Contains(e.people, c) && !d.domestic(c, e.loc) {
						travellers = append(travellers, c)
					}
				}
			}
			for _, p := range uniq(travellers) {
				known := false
				for _, v := range d.events {
					known = known || v.typ == newsgraph.Visit && v.story == e.story && v.people[0] == p && d.sameCountry(v.places, []int{e.loc})
				}
				if !known {
					d.addEvent(e.sources[0], trig{typ: newsgraph.Visit}, []int{p}, []int{e.loc}, eventTime{status: e.status, from: e.from, to: e.to}, e.loc)
				}
			}
		}
	}
}

// togetherOnly says whether the meeting told at word k is known only by
// what its people did together or where they ate (a joint text put out,
// a plan unveiled together, a meal one joined or was a guest at): it
// says they met, not who travelled to meet.
func togetherOnly(t *tree, k int) bool {
	w := t.lw[k]
	if jointActVerbs[w] && !signWords[w] || jointPaper(t, k) {
		return true
	}
	for _, c := range t.kids[k] {
		if jointPaper(t, c) {
			return true // "In a joint statement, A and B pledged"
		}
	}
	if h := t.head[k]; mealNouns[w] && h >= 0 && (t.prep(k) == "for" && joinVerbs[t.lw[h]] || t.prep(k) == "at" && mealGuestNouns[t.lw[h]]) {
		return true
	}
	return false
}

// postedAbroad says whether person e holds a post that keeps one in a
// foreign capital ("Kenya's ambassador to Belgium"): meeting there, one
// is at work, not on a visit.
func (d *doc) postedAbroad(e int) bool {
	for _, mi := range d.ents[e].mentions {
		if r := d.mentions[mi].role; r != nil && !r.former {
			t := strings.ToLower(r.title)
			if strings.Contains(t, "ambassador") || strings.Contains(t, "consul") || strings.Contains(t, "high commissioner") || strings.Contains(t, "charge d'affaires") || strings.Contains(t, "chargé d'affaires") {
				return true
			}
		}
	}
	return false
}

// when dates frame f and settles its status: the date phrase that belongs
// to the trigger; a bare weekday read forward or back by the tense; an
// undated status read from the date against the published day.
func (d *doc) when(si int, f *frame) eventTime {
	t := d.trees[si]
	et := eventTime{status: f.status}
	if toks := d.sents[si].tokens; toks[len(toks)-1].text == "?" {
		et.status = newsgraph.Uncertain // "Will X meet Y?" asks; it does not announce
	}
	pub := ""
	if !d.ref.IsZero() {
		pub = ymd(d.ref)
	}
	later := false // "tonight", "later today": still ahead when told
	if de := d.frameDate(si, t, f); de != nil && !f.sought {
		et.from, et.to = de.from, de.to
		later = laterToday(d.sents[si].tokens, de)
		if pub != "" && et.from > pub && !de.weekday && !later && d.monthWritten(si, de) && !d.yearWritten(si, de) && pastVerbOf(t, f) {
			// "hosted X on March 3", told in January: the past verb
			// says the last March 3, however far the verb is from the
			// day (the date reader looks only at the words next to it)
			if from := ymd(mustDate(et.from).AddDate(-1, 0, 0)); from <= pub {
				et.from, et.to = from, ymd(mustDate(et.to).AddDate(-1, 0, 0))
			}
		}
		if et.status == newsgraph.Planned && pub != "" && et.to < pub && !d.yearWritten(si, de) && !de.weekday && d.monthWritten(si, de) {
			// "postponed until April 20", told in March: next April 20
			et.from, et.to = ymd(mustDate(et.from).AddDate(1, 0, 0)), ymd(mustDate(et.to).AddDate(1, 0, 0))
		}
		if et.status == newsgraph.Happened && pub != "" && et.from > pub && !d.yearWritten(si, de) && !de.weekday && d.monthWritten(si, de) && ownFate(t, f) {
			// "the X talks in May ended without a deal", told in April:
			// last May
			et.from, et.to = ymd(mustDate(et.from).AddDate(-1, 0, 0)), ymd(mustDate(et.to).AddDate(-1, 0, 0))
		}
		if f.noun && et.status == newsgraph.Happened && !de.weekday && !later && pub != "" && et.from > pub {
			// "awaited the outcome of the X meeting tomorrow": the past
			// verb tells what was done about a meeting still to come
			et.status = newsgraph.Planned
		}
		if de.weekday && pub != "" && et.status == "" && !f.noun && f.light < 0 && (t.tag[f.t] == "VBZ" || t.tag[f.t] == "VBP") && t.dep(f.t, "aux") < 0 {
			// "the council meets on Tuesday": a timetable in the simple
			// present names the weekday to come
			et.status = newsgraph.Planned
		}
		if de.weekday && pub != "" {
			et.from = weekdayBy(et.from, et.status, pub)
			et.to = et.from
		}
		if a := de.after; a != nil && a.weekday && pub != "" {
			// "on Tuesday and Y the following day": the day after the
			// Tuesday the tense picks
			et.from = ymd(mustDate(weekdayBy(a.from, et.status, pub)).AddDate(0, 0, de.days))
			et.to = et.from
		}
	}
	if et.from == "" {
		// "Four hours later, X called Y back": the time the story told last
		if from, to, ok := d.narrativeTime(si); ok {
			et.from, et.to = from, to
		}
	}
	if f.typ == newsgraph.Visit && et.from == "" && (et.status == "" || et.status == newsgraph.Happened) && ongoing(t, f) {
		// "X is on a tour of ..." told from a dateline's place it is
		// visiting: there on the dateline's day
		if p := d.datelinePlaceFor(si, "", ""); p >= 0 && d.dateline.day != "" && containsAll(f.places, []int{p}) {
			et.from, et.to, et.status = d.dateline.day, d.dateline.day, newsgraph.Happened
		}
	}
	if et.status == "" && pub != "" && et.from <= pub && pub <= et.to && !later && ongoing(t, f) {
		// "X is holding talks with Y today", "X, now on a tour of Y":
		// under way on the day the story is told
		et.status = newsgraph.Happened
	}
	if et.status == "" && et.from == "" && !later && talksUnderWay(t, f) {
		// "X and Y are in talks", "its talks with Y are continuing":
		// held, and still going on as the story is told
		et.status = newsgraph.Happened
	}
	if f.typ == newsgraph.Visit && et.status == "" && et.from == "" && pub != "" && ongoing(t, f) && (f.noun || stayingVerbs[t.lw[f.t]] && !d.laterDay(si)) {
		// "X is on a three-day visit to Y", "X, who is visiting Y,
		// said": there as the story is told. Only the verb can tell a
		// plan in the present ("is visiting Y next week"); "is on a
		// visit" never does, and one "heading to Y" is not there yet.
		et.status = newsgraph.Happened
	}
	if et.status == "" {
		switch {
		case et.from != "" && pub != "" && et.from > pub:
			et.status = newsgraph.Planned
		case et.from != "" && pub != "" && et.to < pub:
			et.status = newsgraph.Happened
		case f.noun && f.typ == newsgraph.Agreement:
			et.status = newsgraph.Happened // "following an agreement by ..."
		case f.noun:
			// settled by a visit or the published day (inheritFromVisits)
		default:
			et.status = newsgraph.Planned // "meets", "is meeting"
		}
	}
	return et
}

// ownFate says whether frame f's tense is the event's own: its verb, or
// the verb its noun is the subject of and that tells it began or ended
// ("the talks ended"), not what was done about it ("awaited the talks").
func ownFate(t *tree, f *frame) bool {
	if !f.noun {
		return f.light < 0 || t.verb(f.light)
	}
	h := t.head[f.t]
	return f.light < 0 && h >= 0 && t.is(f.t, "nsubj") && t.verb(h) && (talksFate[t.lw[h]] || happenVerb(t, h))
}

// weekdayBy is the day a bare weekday read as from stands for by the
// event's status: the one before the telling (pub) for what happened,
// the one after for what is planned.
func weekdayBy(from string, status newsgraph.EventStatus, pub string) string {
	past := status == newsgraph.Happened
	switch {
	case past && from > pub:
		return ymd(mustDate(from).AddDate(0, 0, -7))
	case !past && status != "" && from < pub:
		return ymd(mustDate(from).AddDate(0, 0, 7))
	}
	return from
}

// stayingVerbs tell, in the present progressive, a stay under way.
var stayingVerbs = set("visiting", "touring")

// narrower says whether span [f1, t1] lies inside [f2, t2] and is
// shorter, whatever precision each is written at.
func narrower(f1, t1, f2, t2 string) bool {
	a, b := newsgraph.EventDays(f1, t1)
	c, e := newsgraph.EventDays(f2, t2)
	return a != "" && c != "" && c <= a && b <= e && (c != a || b != e)
}

// clockTime says whether a sentence states a time of day ("at 3 p.m.",
// "1900 gmt", "10am").
func clockTime(toks []token) bool {
	for k, tk := range toks {
		w := strings.ToLower(tk.text)
		switch {
		case k > 0 && isDigits(toks[k-1].text) && (w == "p.m." || w == "a.m." || w == "p.m" || w == "a.m" || w == "pm" || w == "am" || w == "gmt" || w == "utc"):
			return true
		case len(w) > 2 && (strings.HasSuffix(w, "pm") || strings.HasSuffix(w, "am")) && isDigits(w[:len(w)-2]):
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// toldAsReturn says whether a visit frame tells a way back ("flew back
// to X", "is due back in X", "headed home to X"): to one's own country
// that is a return, not a visit.
func toldAsReturn(t *tree, f *frame) bool {
	for _, c := range []int{f.t, f.light, f.carrier} {
		if c < 0 {
			continue
		}
		for k := max(c-2, 0); k <= c+2 && k < len(t.lw); k++ {
			if t.lw[k] == "back" || t.lw[k] == "home" {
				return true
			}
		}
	}
	return false
}

// ownCountry says whether place p lies in the country person e serves.
func (d *doc) ownCountry(e, p int) bool {
	c := d.signerCountry(e)
	in := d.x.gz.countryOf(d.ents[p].name)
	return c >= 0 && in != "" && d.ents[c].name == in
}

// partyLeaders are the people sentence si says lead a party ("a
// delegation from X, led by Y").
func (d *doc) partyLeaders(si int, t *tree) []int {
	var out []int
	for k := t.from; k < len(t.lw); k++ {
		if partyNouns[t.lw[k]] {
			out = append(out, d.leaders(si, t, k)...)
		}
	}
	return out
}

// atSeat says whether place p is where visitor e is at home: the
// country e holds an office of, or its capital (a leader "arriving in"
// or "visiting" the seat of their own government receives guests there,
// on no visit of their own; another town of the country is still a
// trip); the place e's office is of ("the mayor of X" in X); the town
// or country a body's name carries ("X United" playing in X).
func (d *doc) atSeat(e, p int) bool {
	n := d.ents[p].name
	in := d.x.gz.countryOf(n)
	// (read from the roles, not signerCountry, which implies the country
	// as an entity of the document)
	for _, mi := range d.ents[e].mentions {
		r := d.mentions[mi].role
		if r == nil || r.of == "" || r.former {
			continue
		}
		if d.entByName(r.of) == p {
			return true
		}
		if c := d.x.gz.countryOf(r.of); !teamPost(r.title) && d.x.gz.isCountry(c) && sameState(c, r.of) && (sameState(c, n) || sameState(c, in) && d.x.gz.capital[in] == n) {
			return true
		}
	}
	if d.ents[e].typ == newsgraph.Organization && d.isPlace(p) {
		words := strings.Fields(d.ents[e].name)
		pw := strings.Fields(n)
		for k := 0; k+len(pw) <= len(words) && len(pw) < len(words); k++ {
			if strings.Join(words[k:k+len(pw)], " ") == n {
				return true
			}
		}
	}
	return false
}

// laterToday says whether date e is the rest of the day it is told on:
// "tonight", "this evening", "later today".
func laterToday(toks []token, e *dateExpr) bool {
	for k := max(e.i-1, 0); k < e.j && k < len(toks); k++ {
		switch strings.ToLower(toks[k].text) {
		case "tonight", "evening", "later":
			return true
		}
	}
	return false
}

// emit turns frame f of sentence si into events: a meeting of the subject
// side with each counterpart (all at once unless they met "separately"), a
// visit of each visitor to each destination, an agreement between the
// parties its sides and its signatories' countries make.
func (d *doc) emit(si int, f frame) {
	t := d.trees[si]
	// ("X said it had signed a deal": done before the telling, on a day untold)
	tr := trig{typ: f.typ, k: f.t, n: 1, noun: f.noun, light: f.typ == newsgraph.Agreement && f.noun && f.light >= 0 && !hasDep(t, f.light, "had")}
	when := d.when(si, &f)
	switch f.typ {
	case newsgraph.Meeting:
		agents := d.participants(si, f.agents, false)
		if d.sents[si].table {
			// a schedule's row ("| Oct 28 | Tokyo | Meeting with X |"):
			// the story's main person's, at the row's place
			agents = nil
			if mp := d.mainPerson(si); mp >= 0 {
				agents = []int{mp}
			}
			for _, m := range d.placesIn(si) {
				if f.loc < 0 || d.moreSpecific(m.ent, f.loc) {
					f.loc = m.ent
				}
			}
		}
		var others [][]int
		for _, g := range f.others {
			if g = d.participants(si, g, true); len(g) > 0 {
				others = append(others, g)
			}
		}
		agents, others = d.tableSides(si, agents, others)
		if n := f.t; len(agents) == 0 && len(others) == 1 && f.noun && talkNouns[t.lw[n]] && t.dep(n, "nmod:poss") < 0 && t.is(n, "nsubj") && t.head[n] >= 0 && t.is(t.head[n], "ccomp") && t.head[t.head[n]] == t.root() {
			// "X said discussions with Y were continuing": the firm that
			// tells of its talks is their other side
			if r := d.reportingLead(si, t); r >= 0 && !slices.Contains(others[0], r) {
				agents = []int{r}
			}
		}
		if n := f.t; len(agents) == 0 && len(others) == 1 && f.noun && talkNouns[t.lw[n]] && t.is(n, "obj") && t.head[n] >= 0 && talksHalted(t, t.head[n]) {
			// "X broke off talks with Y", "X terminated discussions with
			// Y": X held them, and ended them
			for _, e := range d.participants(si, d.subjectOf(si, t, t.head[n]), false) {
				if !slices.Contains(others[0], e) {
					agents = append(agents, e)
				}
			}
		}
		if f.joins && f.noun && len(others) == 0 && len(agents) >= 2 && d.anaphoric(t, f.t) {
			// "A and B met in X. Taking part in the talks were Y and Z":
			// the talks told, held by Y and Z too
			if e := d.latestMeeting(si, nil); e != nil && len(e.sources) > 0 && e.sources[0] < si && overlaps(e.from, e.to, when.from, when.to) && e.status == when.status {
				e.people = uniq(append(e.people, agents...))
				d.addSource(e, si)
				break
			}
		}
		if ms := d.participants(si, d.mediators(si, t, f), true); len(ms) > 0 && len(agents)+len(others) > 0 {
			// a mediator sits at the table with the sides it brings together
			if len(others) > 0 {
				others[0] = uniq(append(others[0], ms...))
			} else {
				others = [][]int{ms}
			}
		}
		if len(agents) == 1 && len(others) == 0 && f.multi {
			if cs := d.bilateralBody(agents[0]); len(cs) > 0 {
				agents = cs // "the A-B Joint Commission will meet": A and B meet through it
			}
		}
		var all []int
		for _, g := range others {
			all = append(all, g...)
		}
		all = uniq(all)
		separately := f.apart
		if separately && len(others) == 1 && len(others[0]) > 1 {
			// "met separately with his A and B counterparts": each one
			for _, e := range others[0][1:] {
				others = append(others, []int{e})
			}
			others[0] = others[0][:1]
		}
		if hosts := d.hostCountries(others, f.loc); len(agents) > 0 && len(hosts) > 0 {
			// "talks with officials in A, B and C": talks in each country
			// with its own government, the place read off the list
			for _, c := range hosts {
				if ps := uniq(append(append([]int{}, agents...), c)); len(ps) >= 2 {
					d.addEvent(si, tr, ps, nil, when, c)
				}
			}
			break
		}
		switch {
		case len(agents) > 0 && len(others) > 0 && separately:
			for _, g := range others {
				loc := f.loc
				if p, ok := f.at[g[0]]; ok {
					loc = p // "met A in X and B in Y": each where told
				}
				if ps := uniq(append(append([]int{}, agents...), g...)); len(ps) >= 2 {
					d.addEvent(si, tr, ps, nil, when, loc)
				}
			}
		case len(agents) > 0 && len(others) > 0 && len(uniq(append(append([]int{}, agents...), all...))) >= 2:
			e := d.addEvent(si, tr, uniq(append(append([]int{}, agents...), all...)), nil, when, f.loc)
			d.visitingGuests(si, e, when)
		case len(agents)+len(all) == 1 && f.unnamed:
			// "X held talks with union leaders", "unions will meet X": X
			// met a side the story does not name
			n := len(d.events)
			if e := d.addEvent(si, tr, uniq(append(append([]int{}, agents...), all...)), nil, when, f.loc); len(d.events) > n {
				e.unnamed = true
			}
		case len(agents) == 0 && len(all) >= 2 && !f.noun:
			// "was scheduled to meet X and Y" with its subject unnamed: X
			// and Y meet someone, not each other
		case len(agents) == 0 && len(all) >= 2 && f.noun && len(others) == 1:
			d.addEvent(si, tr, all, nil, when, f.loc) // "talks between X and Y"
		case len(agents) == 1 && f.multi && len(others) == 0 && d.ents[agents[0]].typ == newsgraph.Organization && d.sessionOf(si, agents[0], when, f.loc):
			// "X is attending the ICGE meeting ... ahead of the ICGE meeting
			// in Paris": the session the story has told with who attends
		case len(agents) >= 2 || len(agents) == 1 && f.multi && len(others) == 0 && d.ents[agents[0]].typ != newsgraph.Person:
			// (a body meets on its own, a person does not: "a meeting of
			// the X presidents and Y" with X unread is no meeting of Y's)
			d.addEvent(si, tr, agents, nil, when, f.loc)
		case len(agents) == 0 && len(others) == 1 && f.noun && !thingSubject(t, f) && d.latestMeeting(si, all) == nil && d.guestOf(si, all) >= 0:
			// "X arrived in Oslo on Monday. Talks with Y centred on
			// trade": the talks with no side named are the visitor's
			d.addEvent(si, tr, uniq(append([]int{d.guestOf(si, all)}, all...)), nil, when, f.loc)
		case len(agents) == 0 && len(all) == 0 && f.noun && len(d.talksBehind(si, t, f)) >= 2:
			// "The agreements were sealed after talks in Oslo": the sides
			// of what the talks made talked
			e := d.addEvent(si, tr, d.talksBehind(si, t, f), nil, when, f.loc)
			if a := d.latestAgreement(si); e.from == "" && a != nil && slices.Contains(a.sources, si) && a.status == newsgraph.Happened {
				e.from, e.to = a.from, a.to // "agreed on Monday ..., after talks in X": talks held by then, that day
			}
		case len(agents) == 0 && len(all) == 0 && f.noun && len(d.signersAt(si, t, f)) >= 2:
			// "A and B are to sign the pact at a summit next year": the
			// signers meet there, when the signing is
			e := d.addEvent(si, tr, d.signersAt(si, t, f), nil, when, f.loc)
			if a := d.latestAgreement(si); a != nil && slices.Contains(a.sources, si) && sameSet(a.people, e.people) {
				if e.from == "" {
					e.from, e.to = a.from, a.to
				}
				if e.status == "" {
					e.status = a.status
				}
			}
		case f.noun:
			// "the meeting", "the talks": a meeting this story already has
			// the latest one of the people this sentence names, else the latest
			e := d.latestMeeting(si, uniq(append(append(agents, all...), d.peopleIn(si)...)))
			if e == nil && len(agents)+len(all) == 0 {
				e = d.latestMeeting(si, nil)
			}
			if e != nil && d.anaphoric(t, f.t) {
				if p := t.prep(f.t); p == "after" || p == "following" {
					d.anchors[si] = e // "After the talks, they flew to X": that day
				}
				d.addSource(e, si)
				if f.loc >= 0 && (e.loc < 0 || d.moreSpecific(f.loc, e.loc)) {
					e.loc = f.loc
				}
				if e.from == "" && when.from != "" {
					e.from, e.to = when.from, when.to
				}
				if when.status == newsgraph.Cancelled && e.status != newsgraph.Happened {
					e.status = newsgraph.Cancelled // "X was due to meet Y, but the meeting was called off"
				}
			}
		}
	case newsgraph.Visit:
		visitors := d.participants(si, f.agents, false)
		if len(visitors) == 0 && len(f.agents) == 0 && !f.noun && d.theySubject(si, t, f.t) {
			visitors = d.travelParty(si) // "They then flew to X": the party travelling together
		}
		if len(visitors) == 0 && f.noun && (d.anaphoric(t, f.t) || partOfTrip(t, f.t)) {
			if v := d.latestVisitor(si); v >= 0 {
				visitors = []int{v}
			}
		}
		// "A and B will fly to X, and later to Y": the remnant carries on
		// the trip of the travellers the story already follows (a visit
		// told before); that a companion stays for every later stop the
		// text does not say
		var lead []int
		if len(visitors) > 1 && len(f.remnant) > 0 {
			for _, v := range visitors {
				for _, e := range d.events {
					if e.typ == newsgraph.Visit && e.story == d.stories[si] && e.people[0] == v && e.sources[0] < si {
						lead = append(lead, v)
						break
					}
				}
			}
			if len(lead) == len(visitors) {
				lead = nil
			}
		}
		if len(visitors) > 1 && intersects(d.partyLeaders(si, t), visitors) {
			// "a delegation from X, led by Y, visited Z": Y went, at the
			// head of X's people; X itself stayed where it is
			visitors = slices.DeleteFunc(visitors, func(e int) bool { return d.ents[e].typ != newsgraph.Person })
		}
		if slices.ContainsFunc(visitors, func(e int) bool { return d.ents[e].typ == newsgraph.Person }) {
			// "X and members of Y's team will travel to Z", X an officer
			// of Y: X goes with Y's people, who stand for Y only where no
			// one is named
			// (nor is the owner of the group one of them: "members of
			// Y's team")
			named := visitors
			visitors = slices.DeleteFunc(slices.Clone(visitors), func(e int) bool {
				return d.groupOwnerIn(si, e) && slices.ContainsFunc(named, func(p int) bool { return p != e && d.ents[p].typ == newsgraph.Person }) ||
					d.ents[e].typ == newsgraph.Organization && slices.ContainsFunc(named, func(p int) bool { return d.employs(e, p) })
			})
		}
		home := toldAsReturn(t, &f)
		towns, venue := f.others, make([]int, len(f.others))
		for i := range venue {
			venue[i] = -1
		}
		if len(f.remnant) == 0 { // (the remnant's groups are counted in f.others)
			towns, venue = d.buildingTowns(si, f.others, when)
		}
		for _, v := range visitors {
			for gi, g := range towns {
				if len(lead) > 0 && !containsAll(lead, []int{v}) && containsAll(f.remnant, []int{gi}) {
					continue
				}
				var dst []int
				for _, p := range g {
					// (a country visits none of its own places)
					if p != v && !(home && d.ownCountry(v, p)) && !d.atSeat(v, p) && !(d.ents[v].typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[v].name) && sameState(d.ents[v].name, d.x.gz.countryOf(d.ents[p].name))) {
						dst = append(dst, p)
					}
				}
				if len(dst) > 0 {
					d.addEvent(si, tr, []int{v}, dst, when, venue[gi])
				}
			}
		}
	case newsgraph.Agreement:
		var sides []int
		sides = append(sides, f.agents...)
		for _, g := range f.others {
			sides = append(sides, g...)
		}
		sides = append(sides, d.memberList(si, f.agents)...) // "the group, comprising A, B and C, agreed"
		var parties, signers []int
		for _, e := range uniq(sides) {
			switch d.ents[e].typ {
			case newsgraph.Person:
				signers = append(signers, e)
			case newsgraph.Location:
			case newsgraph.Other:
				if !slices.ContainsFunc(strings.Fields(d.ents[e].name), func(w string) bool { return instrumentHeads[w] }) {
					parties = append(parties, e) // (a law's, a treaty's name is what is signed, no side)
				}
			case newsgraph.Facility:
				if facilityBody(d.ents[e].name) {
					parties = append(parties, e) // "the Port of X Authority": the body that runs the port
				}
			default:
				parties = append(parties, e) // a firm, a body, a country
			}
		}
		for _, s := range signers {
			if c := d.signerCountry(s); c >= 0 {
				parties = append(parties, c)
			} else if b := d.signerBody(s); b >= 0 {
				parties = append(parties, b)
			} else if g := d.signerTown(s); g >= 0 {
				parties = append(parties, g)
			}
		}
		if len(signers) == 2 {
			// "Foreign Minister A and Ruritanian Premier B signed ..." after
			// a summit of the two states: A's office, its country unsaid,
			// is the summit's other state's
			a, b := signers[0], signers[1]
			if d.signerCountry(a) < 0 {
				a, b = b, a
			}
			if ca := d.signerCountry(a); ca >= 0 && d.signerCountry(b) < 0 && d.signerBody(b) < 0 && d.stateOffice(b) {
				if c := d.summitOther(si, ca); c >= 0 {
					parties = append(parties, c)
				}
			}
		}
		if len(parties) == 0 && len(signers) == 1 {
			if c := d.officeCountry(signers[0], true); c >= 0 {
				parties = append(parties, c) // signed in an office since left
			}
		}
		parties = uniq(d.capitalsAsStates(t, parties))
		told := f.noun && d.anaphoric(t, f.t)
		if s := t.dep(f.t, "nsubj:pass"); !f.noun && s >= 0 && agreeNouns[t.lw[s]] && d.anaphoric(t, s) {
			told = true // "the agreement was signed by X and Y"
		}
		if len(parties) == 0 && len(signers) >= 1 && told {
			// "A and B signed an accord ... The agreement was signed by
			// Minister X and Secretary Y": the signatories of the accord
			// told, whose offices say no side
			if e := d.unsignedDeal(si, signers, when); e != nil {
				e.people = uniq(append(e.people, signers...))
				d.addSource(e, si)
				return
			}
		}
		if len(parties) == 1 && len(signers) == 0 && len(f.agents) == 0 && !f.multi && !(f.noun && excludedFrom(t, f.t)) {
			// "A said the offer is made under an agreement reached with
			// B": the story's own firm, telling of its agreement
			if r := d.reportingLead(si, t); r >= 0 && r != parties[0] && !sameFirm(d.ents[r].name, d.ents[parties[0]].name) {
				parties = append(parties, r)
			}
		}
		if len(parties) == 1 && len(signers) == 0 && !f.noun && !f.multi && d.x.gz.isCountry(d.ents[parties[0]].name) && strings.HasPrefix(t.lw[f.t], "agree") {
			// "the Chilean trade minister said Bolivia agreed to drop the
			// quota": agreed with the country whose official tells it
			if c := d.reportingCountry(si, t); c >= 0 && c != parties[0] {
				parties = append(parties, c)
			}
		}
		if len(parties) == 1 && len(signers) == 0 && (groupSubject(t, f) || statesBody(d.ents[parties[0]])) {
			// "OPEC members agreed", "OPEC agreed in December to cut
			// output", "the OPEC pact": the body's own agreement, among
			// the states it is made of
			f.multi = true
		}
		if len(signers) == 1 && len(parties) == 1 && !f.noun && strings.HasPrefix(t.lw[f.t], "agree") && !slices.Contains(flatten(f.others), parties[0]) &&
			!(partingAct(t, f.t) && slices.Contains(f.agents, signers[0]) && slices.Contains(f.agents, parties[0])) &&
			!(d.ledGroupSide(si, t, f, signers[0]) && !d.employs(parties[0], signers[0])) {
			return // "X agreed to ...": one side agrees to something, with no other named
		}
		if f.sought && len(parties) <= 1 && len(signers) <= 1 {
			return // "X held talks in pursuit of an accord": sought, and with no other side
		}
		switch {
		case len(parties) >= 2, len(parties) == 1 && f.multi, len(signers) >= 2, len(signers) == 1 && len(parties) >= 1:
		default:
			// "X lost a contract ... The contract, to supply Y, was
			// cancelled": one side in each sentence
			side := uniq(append(append([]int{}, parties...), signers...))
			if len(side) == 0 {
				side = f.holder
			}
			// whose it is ("X won a contract") or whom it is with ("the
			// contract to supply Y"): one of each makes an agreement; two
			// holders of "a contract" and "the contract" hold two
			agent := len(f.others) == 0
			if len(side) == 1 && f.noun {
				if d.anaphoric(t, f.t) {
					for i := len(d.halfDeals) - 1; i >= 0; i-- {
						hd := d.halfDeals[i]
						if hd.si < si && hd.si >= si-2 && d.stories[hd.si] == d.stories[si] && !intersects(hd.side, side) && hd.agent != agent {
							e := d.addEvent(hd.si, trig{typ: newsgraph.Agreement, k: hd.k, n: 1, noun: true}, nil, uniq(append(append([]int{}, hd.side...), side...)), when, f.loc)
							d.addSource(e, si)
							return
						}
					}
				}
				d.halfDeals = append(d.halfDeals, halfDeal{si: si, k: f.t, side: side, agent: agent})
				// "A signed a deal with Qatar. B signed a 2bn dollar deal on
				// Sunday": a firm's deal told with no other side, in a story
				// of one country's deals with firms, is with that country
				if hub := d.dealHub(si, side[0]); hub >= 0 && !d.anaphoric(t, f.t) && (signedNoun(t, f.t) || f.light >= 0 && makeVerbs[t.lw[f.light]]) {
					d.addEvent(si, tr, nil, []int{side[0], hub}, when, f.loc)
					return
				}
			}
			if len(parties)+len(signers) == 0 && f.noun {
				// "The deal was made at a summit between A and B":
				// the sides of the meeting it was made at
				if sides := d.madeAtMeeting(si, t, f.t); len(sides) >= 2 {
					var ps, ss []int
					for _, e := range sides {
						if d.ents[e].typ == newsgraph.Person {
							ss = append(ss, e)
						} else {
							ps = append(ps, e)
						}
					}
					d.addEvent(si, tr, ss, ps, when, f.loc)
					return
				}
			}
			if len(parties)+len(signers) == 0 && f.noun && when.status == newsgraph.Happened && !f.sought && signedNoun(t, f.t) && t.is(f.t, "nsubj:pass", "obj") &&
				!(d.anaphoric(t, f.t) && d.latestAgreement(si) != nil) {
				// "A and B resumed talks on Monday. A tentative agreement
				// was reached late on Tuesday": the sides of the talks just
				// told made it
				if ps := d.recentPair(si, "", false); len(ps) == 2 {
					d.addEvent(si, tr, nil, ps, when, f.loc)
					return
				}
			}
			// "Ties between A and B soured. A pact on X signed last year
			// ...": a pact told as long made, in a story whose sentence
			// or the one before sets two countries, and no more, as sides
			// ("The pact was signed in May" and the misparse "a pact on X
			// signed last year has ..." give the pact as the verb's subject)
			pact := -1
			if f.noun && madeBefore(t, f.t) {
				pact = f.t
			} else if s := t.dep(f.t, "nsubj"); !f.noun && s >= 0 && (t.tag[f.t] == "VBD" || t.tag[f.t] == "VBN") && makeVerbs[t.lw[f.t]] && !t.negatedAt(f.t) {
				pact = s
				for _, x := range t.deps(f.t, "aux", "aux:pass", "mark") {
					if !slices.Contains([]string{"has", "have", "had", "was", "were", "been"}, t.lw[x]) {
						pact = -1 // "will be signed", "to be signed": not yet made
					}
				}
			}
			if pact >= 0 && len(parties)+len(signers) == 0 && firmDealNouns[t.lw[pact]] && d.anaphoric(t, pact) && d.latestAgreement(si) == nil {
				// "A and B are at odds over their venture. A says the
				// contract, signed in 1998, is void": the story's two firms
				if sides := d.twoFirmsNear(si); len(sides) == 2 {
					d.addEvent(si, tr, nil, sides, when, f.loc)
					return
				}
			}
			if pact >= 0 && len(parties)+len(signers) == 0 && stateDealNouns[t.lw[pact]] && !(d.anaphoric(t, pact) && d.latestAgreement(si) != nil) {
				if ps := d.twoCountryEntsNear(si); ps != nil {
					d.addEvent(si, tr, nil, ps, when, f.loc)
					return
				}
			}
			// "The accord, signed in Oslo on Monday, sets ...": the verb
			// only tells of the accord the story has told, its place and day
			if h := t.head[f.t]; !f.noun && len(parties)+len(signers) == 0 && h >= 0 && t.is(f.t, "acl") && (agreeNouns[t.lw[h]] || madeOnlyNouns[t.lw[h]] || signedPapers[t.lw[h]]) && makeVerbs[t.lw[f.t]] && d.anaphoric(t, h) && t.dep(h, "compound", "amod") < 0 {
				if e := d.latestAgreement(si); e != nil {
					d.addSource(e, si)
					if f.loc >= 0 && (e.loc < 0 || d.moreSpecific(f.loc, e.loc)) {
						e.loc = f.loc
					}
					if e.from == "" && when.from != "" {
						e.from, e.to = when.from, when.to
					}
				}
				return
			}
			// "the accord, signed in Oslo on Monday": the agreement the
			// story has told, here given its place and day
			if f.noun && len(parties)+len(signers) == 0 && d.anaphoric(t, f.t) && t.dep(f.t, "compound", "amod") < 0 && !signedByNamed(t, f.t) {
				if e := d.latestAgreement(si); e != nil {
					d.addSource(e, si)
					// the place of its signing ("the accord, signed in Oslo"),
					// not of what it does ("sets up a free trade zone in X")
					if f.loc >= 0 && signedNoun(t, f.t) && (e.loc < 0 || d.moreSpecific(f.loc, e.loc)) {
						e.loc = f.loc
					}
					if e.from == "" && when.from != "" {
						e.from, e.to = when.from, when.to
					}
				} else if si > 0 && d.stories[si-1] == d.stories[si] && !f.sought {
					// "A has sold its unit to B. Under the agreement, ...", "A
					// bought a stake in B. The deal was signed on Friday": the
					// sale the sentence before tells
					if pt := d.parse(si - 1); pt != nil {
						if v, a, b := d.saleOf(si-1, pt); len(a) > 0 && len(b) > 0 {
							// triggered where the sentence before tells the sale:
							// a token index is its own sentence's
							e := d.addEvent(si-1, trig{typ: newsgraph.Agreement, k: v, n: 1, noun: true}, nil, uniq(append(a, b...)), eventTime{status: newsgraph.Happened}, -1)
							d.addSource(e, si)
						}
					}
				}
			}
			return
		}
		if e := d.latestAgreement(si); e != nil && e.sources[0] < si && d.signsTold(t, f) && overlaps(e.from, e.to, when.from, when.to) {
			// "Minister X also signed the agreement here with A and B":
			// more sides of the agreement the story told, not another
			d.addSource(e, si)
			e.people = uniq(append(e.people, signers...))
			e.places = uniq(append(e.places, parties...))
			return
		}
		d.addEvent(si, tr, uniq(signers), parties, when, f.loc)
	}
}

// ledGroupSide says whether person p is the other side of agreement verb
// frame f as the leader of the group telling of it: "a group led by
// investor X said Y agreed to provide it ..." (promisedToSayer).
func (d *doc) ledGroupSide(si int, t *tree, f frame, p int) bool {
	h := t.head[f.t]
	if h < 0 || !sayVerbs[t.lw[h]] || !slices.Contains(flatten(f.others), p) || slices.Contains(f.agents, p) {
		return false
	}
	s := t.dep(h, "nsubj")
	return s >= 0 && ledBodies[t.lw[s]] && slices.Contains(d.group(si, t, s), p)
}

// signsTold says whether verb frame f signs an agreement told before
// by a bare definite noun: "also signed the agreement with A and B", not
// "signed the X accord" or "signed the agreement on fishing".
func (d *doc) signsTold(t *tree, f frame) bool {
	o := f.t
	if !f.noun || f.light < 0 || !signWords[t.lw[f.light]] || t.head[o] != f.light || !t.is(o, "obj") {
		return false
	}
	return agreeNouns[t.lw[o]] && t.dep(o, "det") >= 0 && t.lw[t.dep(o, "det")] == "the" && len(t.kids[o]) == 1
}

// facilityBodies end the names of bodies that run a place, which the
// recogniser may type by the place their name opens with ("Port of X
// Authority", "Airport Company").
var facilityBodies = set("Authority", "Company", "Corporation", "Board", "Commission", "Agency", "Administration", "Council", "Trust")

// facilityBody says whether a facility's name is a body's that signs for
// it.
func facilityBody(name string) bool {
	w := strings.Fields(name)
	return len(w) > 1 && facilityBodies[w[len(w)-1]]
}

// madeAtMeeting are the sides of the meeting agreement noun n was made at
// ("the deal was made at a summit between A and B", "the accord
// was reached at talks between A and B"): nil unless the noun is the
// subject of a passive making verb whose "during", "at" or "in" phrase is
// a meeting noun with a "between" phrase of two or more.
func (d *doc) madeAtMeeting(si int, t *tree, n int) []int {
	v := t.head[n]
	if v < 0 || !t.is(n, "nsubj:pass") || !makeVerbs[t.lw[v]] && t.lw[v] != "made" {
		return nil
	}
	for _, o := range t.deps(v, "obl") {
		if p := t.prep(o); p != "during" && p != "at" && p != "in" || !meetNouns[t.lw[o]] {
			continue
		}
		for _, k := range t.deps(o, "nmod") {
			if t.prep(k) == "between" {
				if g := d.group(si, t, k); len(g) >= 2 {
					return g
				}
			}
		}
	}
	return nil
}

// signedByNamed says whether agreement noun n is the subject of a passive
// making verb with a by-phrase of names ("the accord was signed on Friday in Oslo
// by A and B"): the verb's frame tells that signing with its signers, who
// say which of the story's agreements it is, not the latest one told.
func signedByNamed(t *tree, n int) bool {
	v := t.head[n]
	if v < 0 || !t.is(n, "nsubj:pass") || !makeVerbs[t.lw[v]] {
		return false
	}
	// (the parser may hang the by-phrase on a place or date before it)
	for k := v + 1; k+1 < len(t.lw); k++ {
		if t.lw[k] == "by" && strings.HasPrefix(t.tag[t.head[k]], "NNP") && t.under(k, v) {
			return true
		}
	}
	return false
}

// signedPapers are agreements when told as signed ("the declaration,
// signed in Oslo"); a declaration alone may be one side's statement.
var signedPapers = set("declaration", "declarations")

// stateDealNouns are agreements between states, whose sides a story about two
// countries implies when the clause names none ("a deal" may be any firm's).
var stateDealNouns = set("pact", "pacts", "treaty", "treaties", "accord", "accords")

// dealHub is the country of the story's latest agreement before sentence
// si (within three sentences) when that agreement is between that country
// and a firm other than firm, or -1: the country other firms' deals in
// the story are made with.
func (d *doc) dealHub(si, firm int) int {
	if d.ents[firm].typ != newsgraph.Organization {
		return -1
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		e := d.events[i]
		if e.typ != newsgraph.Agreement || e.story != d.stories[si] || len(e.sources) == 0 || e.sources[0] >= si {
			continue
		}
		if e.sources[len(e.sources)-1] < si-3 || len(e.places) != 2 || slices.Contains(e.places, firm) {
			return -1
		}
		c, o := e.places[0], e.places[1]
		if d.ents[c].typ != newsgraph.GPE {
			c, o = o, c
		}
		if d.ents[c].typ != newsgraph.GPE || !d.x.gz.isCountry(d.ents[c].name) || d.ents[o].typ != newsgraph.Organization {
			return -1
		}
		return c
	}
	return -1
}

// firmDealNouns are agreements between firms, whose sides a story about
// two firms implies when the clause names none.
var firmDealNouns = set("deal", "contract", "agreement")

// twoFirmsNear gives the firms, bodies and countries that sentence si and
// the one before it in the same story name, when they are exactly two;
// else nil. A news medium, and a body named as where something happened
// ("struck at the X summit"), are no sides.
func (d *doc) twoFirmsNear(si int) []int {
	var out []int
	for s := max(si-1, 0); s <= si; s++ {
		if d.stories[s] != d.stories[si] {
			continue
		}
		toks := d.sents[s].tokens
		for _, mi := range d.bySent[s] {
			m := d.mentions[mi]
			if m.ent < 0 || m.kind != named || m.i < 0 {
				continue
			}
			e := d.ents[m.ent]
			if e.typ != newsgraph.Organization && !(e.typ == newsgraph.GPE && d.x.gz.isCountry(e.name)) || d.newsMedium(m.ent) {
				continue
			}
			k := m.i - 1
			if k >= 0 && strings.EqualFold(toks[k].text, "the") {
				k--
			}
			if k >= 0 && (strings.EqualFold(toks[k].text, "at") || strings.EqualFold(toks[k].text, "in")) {
				continue
			}
			out = uniq(append(out, m.ent))
		}
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// twoCountriesNear gives the canonical names of the countries that
// sentence si and the one before it in the same story name, by name or
// adjective ("Chile", "Norwegian"); words inside the name of a firm or
// body ("Chilean Copper Corp") and people do not count. Callers use it
// only when it holds exactly two.
// twoCountryEntsNear is twoCountriesNear as entities (a country the story
// names only by adjective is implied), or nil when it finds no two.
func (d *doc) twoCountryEntsNear(si int) []int {
	cs := d.twoCountriesNear(si)
	if len(cs) != 2 {
		return nil
	}
	var out []int
	for _, c := range cs {
		e := d.entByName(c)
		if e < 0 {
			e = d.implied(c, newsgraph.GPE)
		}
		out = append(out, e)
	}
	return uniq(out)
}

func (d *doc) twoCountriesNear(si int) []string {
	var out []string
	add := func(c string) {
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	for s := max(si-1, 0); s <= si; s++ {
		if d.stories[s] != d.stories[si] {
			continue
		}
		toks := d.sents[s].tokens
		for k := range toks {
			if m := d.mentionAt(s, k); m != nil {
				if e := d.ents[m.ent]; k == m.i && e.typ == newsgraph.GPE && d.x.gz.isCountry(e.name) {
					add(e.name)
				}
				continue
			}
			add(d.x.gz.demonym[key(toks[k].text)])
		}
	}
	return out
}

// participants keeps the entities that can take part in a meeting: people,
// bodies and countries or capitals standing for their governments, not
// regions or buildings.
func (d *doc) participants(si int, ents []int, counterpart bool) []int {
	var out []int
	for _, e := range ents {
		if counterpart && d.speaks(si, e) {
			continue // "..., X said": who tells of the meeting is not in it
		}
		if d.ents[e].typ != newsgraph.Person && d.onlyTells(e, si) {
			continue // the dateline's agency, an office only quoted
		}
		switch d.ents[e].typ {
		case newsgraph.Person, newsgraph.Organization, newsgraph.GPE:
			out = append(out, e)
		}
	}
	return uniq(out)
}

// tableSides drops from a meeting's sides the ones that do not sit at its
// table: a news outlet that people talk to ("sat down with the X Weekly",
// an interview), and a country beside a named person who holds its office
// ("met Y's Minister of Fisheries, Forests and Parks, Z": Z, not Y; "X met
// his own country" is no meeting).
func (d *doc) tableSides(si int, agents []int, others [][]int) ([]int, [][]int) {
	titled := func(g []int) []int {
		g = slices.Clone(g)
		var out []int
		for _, e := range g {
			switch p := d.titledName(si, e); {
			case p >= 0:
				out = append(out, p)
			case p == -1:
				out = append(out, e)
			}
		}
		return uniq(out)
	}
	agents = titled(agents)
	var named [][]int
	for _, g := range others {
		if g = titled(g); len(g) > 0 {
			named = append(named, g)
		}
	}
	others = named
	people := len(agents) > 0
	own := map[int]bool{}
	for _, e := range agents {
		people = people && d.ents[e].typ == newsgraph.Person
	}
	for _, g := range append([][]int{agents}, others...) {
		for _, e := range g {
			if d.ents[e].typ != newsgraph.Person {
				continue
			}
			// (the office's country as the story names it: none is implied here)
			for _, mi := range d.ents[e].mentions {
				if r := d.mentions[mi].role; r != nil && r.of != "" && !r.former && !teamPost(r.title) {
					if c := d.entByName(r.of); c >= 0 && d.x.gz.isCountry(d.ents[c].name) {
						own[c] = true
					}
				}
			}
		}
	}
	keep := func(e int, counterpart bool) bool {
		if own[e] {
			return false
		}
		return !(counterpart && people && d.newsOutlet(e))
	}
	agents = slices.DeleteFunc(slices.Clone(agents), func(e int) bool { return !keep(e, false) })
	var out [][]int
	for _, g := range others {
		if g = slices.DeleteFunc(slices.Clone(g), func(e int) bool { return !keep(e, true) }); len(g) > 0 {
			out = append(out, g)
		}
	}
	return agents, out
}

// titledName is the person named in apposition to the office country c
// gives in sentence si ("Y's Minister of Fisheries, Forests and Parks, Z,"
// is Z), -2 when the name there is of no known type, or -1: where the
// official is named, the official is the side, not the country.
func (d *doc) titledName(si, c int) int {
	if d.ents[c].typ != newsgraph.GPE || !d.x.gz.isCountry(d.ents[c].name) {
		return -1
	}
	toks := d.sents[si].tokens
	for _, mi := range d.bySent[si] {
		m := d.mentions[mi]
		if m.kind != named || m.ent != c || m.i < 0 || m.j+1 >= len(toks) || toks[m.j].text != "'s" && toks[m.j].text != "\u2019s" {
			continue
		}
		if k := m.j + 1; !titleHeads[toks[k].text] && !lowerTitles[strings.ToLower(toks[k].text)] {
			continue
		}
		for k := m.j + 2; k+1 < len(toks) && k <= m.j+14; k++ {
			w := toks[k].text
			if w == "," {
				if p := d.mentionAt(si, k+1); p != nil && p.i == k+1 && d.ents[p.ent].typ == newsgraph.Person {
					return p.ent
				} else if p != nil && p.i == k+1 && d.ents[p.ent].typ == newsgraph.Other {
					return -2 // a name the recogniser could not type: still not the country
				}
				continue
			}
			if !toks[k].isCap() && w != "of" && w != "and" && w != "for" && w != "&" {
				break
			}
		}
	}
	return -1
}

// newsOutlet says whether entity e is a news medium: by its name ("the X
// Times") or by the word the story sets beside it ("the newspaper X").
func (d *doc) newsOutlet(e int) bool {
	return d.ents[e].typ == newsgraph.Organization && (pressName(d.ents[e].name) || d.newsMedium(e))
}

// partOfTrip says whether the visit noun at n is a leg of a trip the
// story already has: "The tour, after a stop in X, ...".
func partOfTrip(t *tree, n int) bool {
	for a, k := t.head[n], 0; a >= 0 && k < 3; a, k = t.head[a], k+1 {
		if t.noun(a) && visitNouns[t.lw[a]] {
			for _, x := range t.deps(a, "det", "nmod:poss") {
				switch t.lw[x] {
				case "the", "this", "that", "his", "her", "their":
					return true
				}
			}
			return false
		}
	}
	return false
}

// anaphoric: "the meeting", "the talks", "this visit", "their summit",
// "such a meeting" refer to an event the story already has.
func (d *doc) anaphoric(t *tree, n int) bool {
	for _, k := range t.deps(n, "compound", "amod") {
		for _, c := range append([]int{k}, t.deps(k, "compound")...) {
			if t.tag[c] == "NNP" || t.tag[c] == "NNPS" {
				return false // "the Geneva (fishing) talks", "the APEC summit" name an event of their own
			}
		}
	}
	for _, k := range t.deps(n, "det", "nmod:poss") {
		switch t.lw[k] {
		case "the", "this", "that", "these", "those", "their", "his", "her", "its", "such":
			return true
		}
	}
	return false
}

// signerCountry is the country a signatory acts for, from the role the
// text gives them ("German Chancellor", "Japan's foreign minister").
func (d *doc) signerCountry(s int) int { return d.officeCountry(s, false) }

// officeCountry is the country of the office signatory s holds, or (former)
// held: "an agreement by former prime minister X" was signed while X held
// it.
func (d *doc) officeCountry(s int, former bool) int {
	for _, mi := range d.ents[s].mentions {
		if r := d.mentions[mi].role; r != nil && r.of != "" && r.former == former && !teamPost(r.title) {
			if ei := d.entByName(r.of); ei >= 0 && d.x.gz.isCountry(d.ents[ei].name) {
				return ei
			} else if ei < 0 && d.x.gz.isCountry(r.of) {
				return d.implied(r.of, newsgraph.GPE)
			}
		}
	}
	return -1
}

// teamPost says whether title is a place in a team, which acts for no
// state: "Irish defender X" plays for Ireland, he does not sign for it.
func teamPost(title string) bool {
	w := strings.Fields(strings.ToLower(title))
	return len(w) > 0 && teamPosts[w[len(w)-1]]
}

// stateOffice says whether person s is given a minister's or a head of
// state's or government's title, of no country named ("Foreign Minister
// X").
func (d *doc) stateOffice(s int) bool {
	for _, mi := range d.ents[s].mentions {
		if r := d.mentions[mi].role; r != nil && r.of == "" && !r.former {
			t := strings.ToLower(r.title)
			if strings.Contains(t, "minister") || strings.Contains(t, "president") || strings.Contains(t, "premier") || strings.Contains(t, "chancellor") {
				return true
			}
		}
	}
	return false
}

// summitOther is the other state of the latest meeting told before
// sentence si in its story, when that meeting's people hold the offices
// of two states, one of them c; else -1.
func (d *doc) summitOther(si, c int) int {
	for i := len(d.events) - 1; i >= 0; i-- {
		e := d.events[i]
		if e.typ != newsgraph.Meeting || e.story != d.stories[si] || e.sources[0] > si {
			continue
		}
		var states []int
		for _, p := range e.people {
			if d.ents[p].typ != newsgraph.Person {
				continue
			}
			if o := d.signerCountry(p); o >= 0 && !slices.Contains(states, o) {
				states = append(states, o)
			}
		}
		if len(states) == 2 && slices.Contains(states, c) {
			if states[0] == c {
				return states[1]
			}
			return states[0]
		}
		return -1
	}
	return -1
}

// signerBody is the body or firm signatory s acts for when that is not a
// country, from the role the story gives: "his EU counterpart", "the
// chief executive of X"; -1 when none is named.
func (d *doc) signerBody(s int) int {
	for _, mi := range d.ents[s].mentions {
		if r := d.mentions[mi].role; r != nil && r.of != "" && !r.former {
			if ei := d.entByName(r.of); ei >= 0 && d.ents[ei].typ == newsgraph.Organization {
				return ei
			}
		}
	}
	return -1
}

// signerTown is the city, state or province whose head signatory s is
// ("the mayor of X", "Governor Y of Z"): a town signs its pacts through
// its head as a country does; -1 when none.
func (d *doc) signerTown(s int) int {
	for _, mi := range d.ents[s].mentions {
		r := d.mentions[mi].role
		if r == nil || r.of == "" || r.former {
			continue
		}
		if tl := strings.ToLower(r.title); !strings.Contains(tl, "mayor") && !strings.Contains(tl, "governor") && !strings.Contains(tl, "premier") {
			continue
		}
		if ei := d.entByName(r.of); ei >= 0 && d.ents[ei].typ == newsgraph.GPE && !d.x.gz.isCountry(d.ents[ei].name) {
			return ei
		}
	}
	return -1
}

// agreeingMembers are the members of a body agreeing among themselves: "OPEC
// members agreed", "EC ministers agreed".
var agreeingMembers = set("members", "ministers", "countries", "nations", "states", "governments", "leaders", "producers", "delegates")

// groupSubject says whether the subject of frame f is the members of a
// body ("OPEC members agreed", "the ministers of the G8 signed").
func groupSubject(t *tree, f frame) bool {
	v := f.t
	if f.light >= 0 {
		v = f.light
	}
	s := t.dep(v, "nsubj")
	if s < 0 {
		return false
	}
	for _, k := range t.deps(v, "nsubj") {
		if k > s && agreeingMembers[t.lw[k]] && t.tag[k] == "NNS" && !slices.ContainsFunc(t.deps(s, "flat", "compound"), func(c int) bool { return tradeUnion(t.lw[c]) }) {
			// "X farm ministers agreed" read with X and the ministers
			// both subjects (a trade union's leaders decide for it alone)
			return true
		}
	}
	// "Finance ministers of the X Council agreed" read with the body as
	// the subject and the ministers cut off: the words before its name
	a := s
	for _, k := range t.deps(s, "flat", "compound") {
		a = min(a, k)
	}
	if a >= 1 && t.lw[a-1] == "the" {
		a--
	}
	if a >= 2 && t.lw[a-1] == "of" && (agreeingMembers[t.lw[a-2]] || t.lw[a-2] == "governors") && t.noun(a-2) {
		// ("governors of the X Council"; one bank's governors agree for it alone)
		return true
	}
	switch w := t.lw[s]; {
	case agreeingMembers[w]:
		return true
	case w == "creditors", w == "lenders", w == "banks", w == "bondholders", w == "donors":
		// "X's creditor banks agreed to extend": X's agreement with them
		return t.dep(s, "nmod:poss") >= 0
	}
	return false
}

// statesBody says whether e is a body whose members are states ("Group
// of Seven", "Organization of American States", "European Community",
// "Association of Southeast Asian Nations"): what it agrees on, its
// members agree on among themselves.
func statesBody(e *entity) bool {
	if e.typ != newsgraph.Organization {
		return false
	}
	for _, n := range append([]string{e.name}, e.aliases...) {
		if strings.HasPrefix(n, "Group of ") || strings.HasSuffix(n, " Nations") || strings.HasSuffix(n, " Community") && strings.HasPrefix(n, "European") ||
			(strings.Contains(n, "Organization of ") || strings.Contains(n, "Organisation of ")) && (strings.HasSuffix(n, " Countries") || strings.HasSuffix(n, " States")) {
			return true
		}
		if full := knownOrgs[n]; full != "" && full != n && statesBody(&entity{name: full, typ: newsgraph.Organization}) {
			return true // "ASEAN"
		}
	}
	return statesBodies[e.name]
}

// statesBodies are bodies of states whose usual name says nothing of it.
var statesBodies = set("OPEC", "NATO", "European Union", "EU", "G7", "G-7", "G8", "G-8", "G20", "G-20", "APEC", "Asia-Pacific Economic Cooperation")

// speaks says whether entity e tells the news in sentence si in a closing
// reporting clause: "..., X said.", "..., X told reporters.", "..., said X."
func (d *doc) speaks(si, e int) bool {
	toks := d.sents[si].tokens
	for _, mi := range d.bySent[si] {
		m := d.mentions[mi]
		if m.ent != e || m.kind != named || m.i < 0 {
			continue
		}
		if m.j < len(toks) && sayVerbs[strings.ToLower(toks[m.j].text)] && len(toks)-m.j <= 5 {
			return true // a closing "..., X said (on Monday)."
		}
		if m.i > 0 && sayVerbs[strings.ToLower(toks[m.i-1].text)] && (m.j >= len(toks)-1 || !toks[m.j].isWord()) {
			return true
		}
	}
	return false
}

// visitingGuests adds the visit of a "visiting" guest of meeting e to the
// meeting's place: "talks with visiting President X in Beijing".
func (d *doc) visitingGuests(si int, e *docEvent, when eventTime) {
	if e.loc < 0 {
		return
	}
	toks := d.sents[si].tokens
	for _, mi := range d.bySent[si] {
		m := d.mentions[mi]
		if m.kind != named || m.ent < 0 || m.i < 1 || !containsAll(e.people, []int{m.ent}) || d.ents[m.ent].typ != newsgraph.Person {
			continue
		}
		p := m.i - 1
		for p > 0 && toks[p].isCap() {
			p-- // the title before the name
		}
		if strings.EqualFold(toks[p].text, "visiting") {
			d.addEvent(si, trig{typ: newsgraph.Visit, k: p, n: 1}, []int{m.ent}, []int{e.loc}, when, e.loc)
		}
	}
}

// monthWritten says whether date expression de names a month ("April
// 20"), not a day told relative to the story ("yesterday").
func (d *doc) monthWritten(si int, de *dateExpr) bool {
	toks := d.sents[si].tokens
	for k := de.i; k < de.j && k < len(toks); k++ {
		if _, ok := monthNum(toks[k].text); ok {
			return true
		}
	}
	return false
}

// yearWritten says whether date expression de writes its year.
func (d *doc) yearWritten(si int, de *dateExpr) bool {
	toks := d.sents[si].tokens
	for k := de.i; k < de.j && k < len(toks); k++ {
		if w := toks[k].text; len(w) == 4 && isNumber(w) {
			return true
		}
	}
	return false
}

// capitalsAsStates turns capitals among an agreement's sides into their
// countries when every side is a country or a capital ("Hanoi and Canberra
// signed a maritime accord", "an accord between Washington and Moscow"):
// the capital stands for its government. Towns twinning are towns.
func (d *doc) capitalsAsStates(t *tree, parties []int) []int {
	if len(parties) < 2 {
		return parties
	}
	for _, w := range t.lw {
		if strings.HasPrefix(w, "twin") || w == "sister" || w == "friendship" {
			return parties
		}
	}
	out := make([]int, len(parties))
	changed := false
	for i, p := range parties {
		out[i] = p
		n := d.ents[p].name
		if d.ents[p].typ != newsgraph.GPE {
			return parties
		}
		if d.x.gz.isCountry(n) {
			continue
		}
		c := d.x.gz.countryOf(n)
		if c == "" || c == n || d.x.gz.capital[c] != n {
			return parties
		}
		out[i], changed = d.implied(c, newsgraph.GPE), true
	}
	if !changed {
		return parties
	}
	return out
}

// hostCountries are the countries of a meeting's one group of counterparts
// when there are two or more and the meeting's place is one of them
// ("talks with officials in A, B and C", the place read off the list):
// each is met at home, on its own. Else nil.
func (d *doc) hostCountries(others [][]int, loc int) []int {
	if len(others) != 1 || len(others[0]) < 2 || loc < 0 || !slices.Contains(others[0], loc) {
		return nil
	}
	for _, e := range others[0] {
		if d.ents[e].typ != newsgraph.GPE || !d.x.gz.isCountry(d.ents[e].name) {
			return nil
		}
	}
	return others[0]
}

// pastVerbOf says whether the verb that tells frame f is told as done
// (see agreedDone): "hosted", "signed the accord", "has hosted".
func pastVerbOf(t *tree, f *frame) bool {
	v := f.light
	if v < 0 && !f.noun {
		v = f.t
	}
	return v >= 0 && v < len(t.tag) && agreedDone(t, v)
}

// buildingTowns are the destinations of a visit frame with a building
// read as the town it stands in: "arrived at the X Palace in Y" goes to
// Y, at the X Palace; "was seen arriving at the X Hall" under a Y
// dateline goes to Y. A visit is to a place, the building is where in it
// (a local call at a building of the visitor's own seat is then no
// visit, as atSeat says). venue[i] is the building of group i, -1 for
// none. A body named for its site ("the Port Authority") and a building
// with no town told stay as they are.
func (d *doc) buildingTowns(si int, groups [][]int, when eventTime) ([][]int, []int) {
	venue := make([]int, len(groups))
	for i := range venue {
		venue[i] = -1
	}
	building := func(g []int) bool {
		return len(g) == 1 && d.ents[g[0]].typ == newsgraph.Facility && !facilityBody(d.ents[g[0]].name)
	}
	town := func(g []int) bool {
		return len(g) == 1 && d.ents[g[0]].typ == newsgraph.GPE && !d.x.gz.isCountry(d.ents[g[0]].name)
	}
	var out [][]int
	for i, g := range groups {
		if !building(g) {
			continue
		}
		// "at the X Palace in Y": the town is another group of the frame
		for j, h := range groups {
			if j != i && town(h) && venue[j] < 0 {
				venue[j] = g[0]
				venue[i] = -2 // told by its town
				break
			}
		}
	}
	for i, g := range groups {
		if len(g) == 2 && venue[i] == -1 {
			// "at X Street in Y", one group
			for k := range 2 {
				if building(g[k:k+1]) && town(g[1-k:2-k]) {
					g, venue[i] = g[1-k:2-k], g[k]
					break
				}
			}
		}
		switch {
		case venue[i] == -2:
			continue
		case building(g):
			if p := d.datelinePlaceFor(si, when.from, when.to); p >= 0 && town([]int{p}) {
				out = append(out, []int{p})
				venue[len(out)-1] = g[0]
				continue
			}
		}
		out = append(out, g)
		venue[len(out)-1] = venue[i]
	}
	return out, venue[:len(out)]
}

// unsignedDeal is the agreement of sentence si's story told in one of
// the three sentences before, with two sides or more and no signatories
// but these, at a time compatible with when: the one "the agreement was
// signed by X and Y" tells the signing of. nil when none, or when two
// agreements were told there ("signed a deal with A and a letter with
// B. The agreement was signed by X and Y": which one, the text says
// elsewhere).
func (d *doc) unsignedDeal(si int, signers []int, when eventTime) *docEvent {
	var found *docEvent
	for _, e := range d.events {
		if e.typ != newsgraph.Agreement || e.story != d.stories[si] || len(e.sources) == 0 || e.sources[0] >= si || e.sources[0] < si-3 {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	if found == nil || !containsAll(signers, found.people) || len(found.places) < 2 || !overlaps(found.from, found.to, when.from, when.to) {
		return nil
	}
	return found
}

// memberList are the members a body's apposition lists in sentence si
// ("the X group, comprising A, B and C,", "X, made up of A and B"), with
// the body where it is named, when one of agents is the body or a member
// (the parser hangs the list's first ones apart): the countries and
// bodies named one after another, two or more; nil when none.
func (d *doc) memberList(si int, agents []int) []int {
	toks := d.sents[si].tokens
	for q := 1; q+1 < len(toks); q++ {
		if toks[q-1].text != "," {
			continue
		}
		body := -1
		if m := d.mentionAt(si, q-2); q >= 2 && m != nil && m.j == q-1 && m.ent >= 0 {
			body = m.ent
		} else if q < 3 || !toks[q-2].isCap() {
			continue // "the group, comprising ...": a named body only
		}
		p := q
		switch w := strings.ToLower(toks[q].text); {
		case w == "comprising" || w == "grouping":
			p++
		case (w == "made" || w == "consisting" || w == "composed") && q+2 < len(toks) && toks[q+1].text == "up" && toks[q+2].text == "of":
			p += 3
		case (w == "consisting" || w == "composed") && toks[q+1].text == "of":
			p += 2
		default:
			continue
		}
		var out []int
		for p < len(toks) {
			switch toks[p].text {
			case ",", "and", "the", "The":
				p++
				continue
			}
			n := d.mentionAt(si, p)
			if n == nil || n.i != p || n.ent < 0 || d.ents[n.ent].typ != newsgraph.GPE && d.ents[n.ent].typ != newsgraph.Organization {
				break
			}
			out = append(out, n.ent)
			p = n.j
		}
		if len(out) < 2 {
			continue
		}
		if body >= 0 {
			out = append(out, body)
		}
		if intersects(out, agents) {
			return uniq(out)
		}
	}
	return nil
}
