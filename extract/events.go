package extract

import (
	"sort"
	"strings"
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
}

type trig struct {
	typ  newsgraph.EventType
	k, n int // token index and length
	noun bool
}

var meetAfterNo = set("demand", "demands", "target", "targets", "needs", "deadline", "expectations", "requirements",
	"goal", "goals", "criteria", "standards", "obligations", "the", "its", "their", "our", "growing", "rising", "challenges")

// triggers finds the words that state a meeting, a visit or an agreement.
func triggers(toks []token) []trig {
	var out []trig
	lw := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return strings.ToLower(toks[k].text)
	}
	for k := 0; k < len(toks); k++ {
		w := lw(k)
		if negated(lw, k) {
			continue // "an actress he never met", "did not sign"
		}
		switch w {
		case "meet", "meets", "met", "meeting", "meetings":
			if (w == "meet" || w == "meets" || w == "met") && meetAfterNo[lw(k+1)] && lw(k+1) != "the" {
				continue
			}
			if w == "meet" && lw(k+1) == "the" && (meetAfterNo[lw(k+2)] || lw(k+3) == "demand" || lw(k+3) == "needs") {
				continue
			}
			if w == "meetings" && lw(k+1) != "with" {
				continue
			}
			if (w == "meeting" || w == "meetings") && k > 0 && (toks[k-1].isCap() || isNumber(toks[k-1].text)) && lw(k-1) != "the" {
				continue // "the APEC meeting" is a venue
			}
			out = append(out, trig{newsgraph.Meeting, k, 1, w == "meeting" || w == "meetings"})
		case "talks", "summit", "negotiations", "discussions", "audience", "encounter", "sit", "sat", "call", "welcome", "hosted", "hosts", "host", "received", "receives":
			switch {
			case w == "sit" || w == "sat":
				if lw(k+1) != "down" {
					continue
				}
			case w == "call":
				if lw(k-1) != "state" && lw(k-1) != "courtesy" {
					continue
				}
			case w == "welcome":
				if lw(k+1) != "from" {
					continue
				}
			case w == "received" || w == "receives":
				if !(lw(k+1) == "by" || strings.HasPrefix(lw(k+2), "welcom") || strings.HasPrefix(lw(k+3), "welcom")) {
					continue
				}
			case w == "discussions" || w == "negotiations" || w == "talks":
				near := false
				for n := k + 1; n <= k+4 && n < len(toks); n++ {
					if lw(n) == "with" || lw(n) == "between" {
						near = true
					}
				}
				switch lw(k - 1) {
				case "summit", "held", "hold", "holds", "holding", "carry", "conduct", "conducted", "their", "the", "bilateral":
					near = true
				}
				if !near && lw(k-2) != "their" {
					continue
				}
				if lw(k-1) == "summit" {
					continue // "summit talks": counted once, at "summit"
				}
			case w == "summit":
				if k > 0 && (toks[k-1].isCap() || isNumber(toks[k-1].text)) && lw(k-1) != "the" {
					continue // the APEC summit is a venue
				}
				if lw(k-1) == "an" || lw(k-1) == "a" {
					continue
				}
			case w == "hosted" || w == "hosts" || w == "host":
				if k+1 < len(toks) && !toks[k+1].isCap() {
					continue
				}
			}
			out = append(out, trig{newsgraph.Meeting, k, 1, w != "sit" && w != "sat" && w != "hosted" && w != "received"})
		case "visit", "visits", "visited", "visiting", "trip", "travel", "travels", "traveled", "travelled", "traveling", "travelling",
			"arrive", "arrives", "arrived", "arriving", "arrival", "stop", "stops", "flew", "fly", "flies", "tour", "headed", "heads", "head",
			"landed", "lands":
			if (w == "head" || w == "heads" || w == "headed") && lw(k+1) != "to" {
				continue
			}
			if w == "visiting" && k+1 < len(toks) && toks[k+1].isCap() {
				continue // "talks with visiting Brazilian President Lula": read by the meeting
			}
			out = append(out, trig{newsgraph.Visit, k, 1, w == "trip" || w == "tour" || w == "arrival" || w == "stop" || w == "stops" || (w == "visit" && lw(k-1) != "will" && lw(k-1) != "to")})
		case "agreement", "deal", "treaty", "accord", "pact", "memorandum", "signed", "sign", "signing":
			if w == "sign" && (signNoun[lw(k-1)] || lw(k+1) == "of" || lw(k+1) == "that") {
				continue // "showed no sign of", "a sign that": the noun
			}
			if (w == "signed" || w == "sign" || w == "signing") && signsNoAgreement(lw, k) {
				continue // "signed a decree", "Clinton signed the bill": no other party
			}
			if n := len(out); n > 0 && out[n-1].typ == newsgraph.Agreement && k-out[n-1].k <= 3 && !hasTokenBetween(toks, out[n-1].k, k, ",") {
				continue // "sign an agreement", "signed a treaty": one event, read at the verb
			}
			out = append(out, trig{newsgraph.Agreement, k, 1, w != "signed" && w != "sign"})
		}
	}
	return out
}

// signNoun are the words before "sign" when it is a noun, not the verb.
var signNoun = set("a", "an", "no", "any", "the", "every", "first", "clear", "some", "another", "positive", "good", "hopeful")

// unilateral are the things one signs alone: no agreement between parties.
var unilateral = set("decree", "decrees", "bill", "bills", "law", "laws", "legislation", "order", "orders", "petition",
	"letter", "letters", "book", "books", "autograph", "autographs", "budget", "resolution", "statute", "ordinance",
	"amendment", "amendments", "waiver", "proclamation", "executive", "will", "cheque", "check", "copies", "pledge")

// signsNoAgreement says whether the signing at k is of something one party
// signs alone: the first noun of its object decides ("signed a decree
// ordering ...", "the bill that Congress passed and Clinton signed").
func signsNoAgreement(lw func(int) string, k int) bool {
	for p := k + 1; p <= k+4; p++ {
		w := lw(p)
		if unilateral[w] {
			return true
		}
		if w == "" || w == "," || w == "." || w == "and" || w == "with" || w == "on" {
			break
		}
	}
	// the object before: "the handgun control bill that ... Clinton signed"
	for p := k - 1; p >= k-10 && p >= 0; p-- {
		if w := lw(p); w == "that" || w == "which" {
			return unilateral[lw(p-1)]
		}
	}
	return false
}

// negated says whether the word at k is denied or refused: "never met",
// "did not meet", "has not yet visited", "no meeting", "refused to meet".
func negated(lw func(int) string, k int) bool {
	for p := k - 1; p >= k-3 && p >= 0; p-- {
		switch lw(p) {
		case "never", "not", "n't", "no", "without", "nor":
			return true
		case "refused", "refuses", "refuse", "declined", "declines", "reluctant", "unwilling", "opposed", "opposes",
			"oppose", "against", "cool", "rejected", "rejects", "out": // "cool to meeting X", "ruled out talks"
			return true
		case "yet", "already", "ever", "even", "have", "has", "had", "did", "does", "do", "will", "would", "could", "to", "been", "be", "a", "any":
			continue
		}
		return false
	}
	return false
}

var baseForm = set("meet", "visit", "sign", "travel", "sit", "fly", "host", "tour", "stop", "arrive", "head")

var objectGlue = set("and", ",", "as", "well", "along", "with", "including", "the", "'s", "\u2019s", "both", "or", "former", "new")

var clauseStop = set("said", "says", "told", "that", "according", "who", "whom", "whose", "which", "while", "because", "although", ";", "\u201c", "\u201d", "\"")

// findEvents reads the events of every sentence.
func (d *doc) findEvents() {
	d.dates = make([][]dateExpr, len(d.sents))
	d.anchors = map[int]*docEvent{}
	d.counts = map[[2]int]map[int]int{}
	d.trigs = make([][]trig, len(d.sents))
	for si, s := range d.sents {
		if !s.heading {
			d.trigs[si] = triggers(s.tokens)
		}
	}
	for si, s := range d.sents {
		if s.heading {
			continue
		}
		d.dates[si] = sentenceDates(d.text, &d.sents[si], d.ref, d.year)
		trs := d.trigs[si]
		var prevSubj []int
		for ti, t := range trs {
			prevTrig := -1
			if ti > 0 {
				prevTrig = trs[ti-1].k
			}
			nextTrig := len(s.tokens)
			if ti+1 < len(trs) {
				nextTrig = trs[ti+1].k
			}
			var subj []int
			if prevTrig >= 0 && prevSubj != nil && andVerb(s.tokens, prevTrig, t.k) {
				subj = prevSubj // "Merz will make a state call on X and hold talks with Y"
			} else {
				subj = d.subject(si, t.k, prevTrig)
			}
			if subj == nil && prevTrig >= 0 && prevSubj != nil && !d.refBetween(si, prevTrig, t.k) && !newClause(s.tokens, prevTrig, t.k) {
				subj = prevSubj // the sentence's subject goes on: "..., is on a tour and visited Spain"
			}
			prevSubj = subj
			switch t.typ {
			case newsgraph.Meeting:
				d.meeting(si, t, subj, nextTrig)
			case newsgraph.Visit:
				d.visit(si, t, subj, nextTrig)
			case newsgraph.Agreement:
				d.agreement(si, t, subj, nextTrig)
			}
		}
	}
	d.inheritFromVisits()
}

// newClause: ", and the club will travel": another subject takes over.
func newClause(toks []token, a, b int) bool {
	for k := a + 1; k+1 < b; k++ {
		if (toks[k].text == "," || toks[k].text == ";") && (toks[k+1].text == "and" || toks[k+1].text == "but" || toks[k+1].text == "while") {
			return true
		}
	}
	return false
}

// andVerb: "... and hold talks": a second verb phrase of the same subject.
func andVerb(toks []token, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if toks[k].text == "and" && (k+1 == b || k+2 == b || strings.HasPrefix(toks[k+1].pos, "VB") || eventVerbs[toks[k+1].text]) {
			return true
		}
	}
	return false
}

var eventVerbs = set("hold", "make", "meet", "visit", "sign", "travel", "have", "attend", "host", "held", "made", "met", "visited", "signed", "travelled", "traveled", "attended", "hosted", "fly", "flew")

// refBetween says whether a person is referred to between tokens a and b.
func (d *doc) refBetween(si, a, b int) bool {
	for _, rf := range d.refs[si] {
		if rf.tok > a && rf.tok < b {
			return true
		}
	}
	return false
}

func hasTokenBetween(toks []token, a, b int, w string) bool {
	for k := a + 1; k < b; k++ {
		if toks[k].text == w {
			return true
		}
	}
	return false
}

// subject is the people before trigger k in its clause: the nearest person
// and those coordinated with it ("Merz and Macron", "Merz, along with
// Macron,").
func (d *doc) subject(si, k, stop int) []int {
	toks := d.sents[si].tokens
	// "he hoped Merz's first meeting": the hoper is not in a noun's meeting
	noun := false
	for _, t := range d.trigs[si] {
		if t.k == k {
			noun = t.noun
		}
	}
	refs := d.refs[si]
	if ents := d.relativeHead(si, k); ents != nil {
		return ents
	}
	var out []int
	lastTok := -1
	for r := len(refs) - 1; r >= 0; r-- {
		rf := refs[r]
		if rf.tok >= k || rf.tok <= stop {
			continue
		}
		// a clause boundary between the ref and the trigger ends the search
		blocked := false
		for p := rf.tok + 1; p < k; p++ {
			w := strings.ToLower(toks[p].text)
			if w == "who" && p > rf.tok+1 && toks[p-1].text == "," && allCap(toks, rf.tok+1, p-1) && lastTok < 0 {
				break // "Merz, who last visited Spain", "Minister Karl Ostrov, who met"
			}
			if w == "," && p+1 < k && (toks[p+1].text == "and" || toks[p+1].text == "but") && lastTok < 0 {
				blocked = true // ", and the two countries signed"
				break
			}
			if clauseStop[w] || (lastTok < 0 && noun && (w == "hoped" || w == "hopes")) {
				blocked = true
				break
			}
			if lastTok < 0 && noun && toks[p].pos == "VBN" && p > 0 && !auxiliary[strings.ToLower(toks[p-1].text)] && toks[p-1].pos != "RB" && strings.HasPrefix(toks[p-1].pos, "NN") {
				blocked = true // "a ceasefire sealed last week in talks with X": the ceasefire's talks, not the subject's
				break
			}
		}
		if blocked {
			break
		}
		if lastTok < 0 && rf.tok > 0 && strings.EqualFold(toks[rf.tok-1].text, "by") && k > 0 && strings.EqualFold(toks[k-1].text, "to") {
			break // "invited by X to visit": X invites, someone else goes
		}
		if lastTok >= 0 && rf.posses && rf.kind == pronoun {
			continue // "X and his counterpart, Y": "his" describes Y
		}
		if lastTok >= 0 && rf.kind == named && lowerTitlesOnly(toks, rf.tok+1, lastTok) {
			continue // "Netanyahu aide Dore Gold": Netanyahu only describes Gold
		}
		if lastTok >= 0 {
			// coordination only
			ok, and, described := true, false, false
			for p := rf.tok + 1; p < lastTok; p++ {
				w := strings.ToLower(toks[p].text)
				and = and || w == "and"
				if w == "counterpart" || w == "his" || w == "her" || lowerTitles[w] || lowerTitleMods[w] {
					described = true // "X and his Slovenian counterpart, Y,"
					continue
				}
				if w != "and" && w != "," && w != "along" && w != "with" && w != "together" && w != "the" && w != "us" && w != "leader" && !toks[p].isCap() {
					ok = false
				}
			}
			if !ok || described && !and { // "After meeting X, envoy Y flew": no coordination
				break
			}
		}
		ents := rf.ents
		if rf.kind == pair {
			ents = d.pairAt(si, rf.tok)
		}
		out = append(out, ents...)
		lastTok = rf.tok
	}
	return uniq(out)
}

// lowerTitlesOnly says whether tokens [a, b) are the rest of a name and then
// lower-case title words only ("Netanyahu aide").
func lowerTitlesOnly(toks []token, a, b int) bool {
	for a < b && toks[a].isCap() {
		a++
	}
	if a == b {
		return false
	}
	for p := a; p < b; p++ {
		if !lowerTitles[strings.ToLower(toks[p].text)] && !lowerTitleMods[strings.ToLower(toks[p].text)] {
			return false
		}
	}
	return true
}

// allCap says whether tokens [a, b) are all capitalised (the rest of a name).
func allCap(toks []token, a, b int) bool {
	for p := a; p < b; p++ {
		if !toks[p].isCap() {
			return false
		}
	}
	return true
}

// relativeHead is the subject of a clause interrupted by a relative one:
// in "Lebed, who met X on Monday, has been seeking a meeting with Y" the
// seeker is Lebed, not X. Nil when trigger k follows no closed ", who"
// clause; the relative clause may hold the previous trigger.
func (d *doc) relativeHead(si, k int) []int {
	toks := d.sents[si].tokens
	w := -1
	for p := k - 2; p > 0; p-- {
		lp := strings.ToLower(toks[p].text)
		if toks[p-1].text == "," && (lp == "who" || lp == "which") {
			w = p - 1
			break
		}
	}
	if w < 0 {
		return nil
	}
	closed := false
	for p := w + 2; p < k; p++ {
		if toks[p].text == "," {
			closed = true
		}
		if clauseStop[strings.ToLower(toks[p].text)] && p > w+1 {
			if toks[p].text != "who" && toks[p].text != "which" {
				return nil // "X, who ..., said that ...": another clause
			}
		}
	}
	if !closed {
		return nil
	}
	for r := len(d.refs[si]) - 1; r >= 0; r-- {
		rf := d.refs[si][r]
		if rf.tok >= w {
			continue
		}
		for p := rf.tok + 1; p < w; p++ {
			if !toks[p].isCap() {
				return nil
			}
		}
		if rf.kind == pair {
			return nil
		}
		return rf.ents
	}
	return nil
}

// objects are the people after trigger k: in a with-, on- or between-phrase
// or as the object of the verb, up to the next trigger or clause boundary.
func (d *doc) objects(si, k, stop int) []int {
	toks := d.sents[si].tokens
	var out []int
	first := -1
	for _, rf := range d.refs[si] {
		if rf.tok <= k || rf.tok >= stop {
			continue
		}
		if rf.posses && rf.kind == pronoun {
			continue
		}
		blocked := false
		from := k + 1
		if first >= 0 {
			from = first + 1
		}
		for p := from; p < rf.tok; p++ {
			w := strings.ToLower(toks[p].text)
			if clauseStop[w] || w == "to" && first < 0 && p > k+3 || w == "." {
				blocked = true
				break
			}
			// after the first object only a coordinated one: "X and Y"
			describes := p+1 < len(toks) && lowerTitles[strings.ToLower(toks[p+1].text)] // "rebel leader", "militia chief"
			if first >= 0 && !(objectGlue[w] || toks[p].isCap() || lowerTitles[w] || lowerTitleMods[w] || describes || d.x.gz.demonym[key(toks[p].text)] != "") {
				blocked = true
				break
			}
		}
		if blocked || (first < 0 && rf.tok-k > 22) {
			break
		}
		if d.speaker(si, rf.tok) {
			break // "..., Akbel said": who tells of the meeting is not in it
		}
		ents := rf.ents
		if rf.kind == pair {
			ents = d.pairAt(si, rf.tok)
		}
		out = append(out, ents...)
		first = rf.tok
	}
	return uniq(out)
}

// speaker says whether the person referred to at token k is the one who
// tells the news: "X said", "X told reporters", ", X says".
func (d *doc) speaker(si, k int) bool {
	toks := d.sents[si].tokens
	e := k + 1
	for e < len(toks) && toks[e].isCap() && toks[e].isWord() {
		e++
	}
	if e >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[e].text) {
	case "said", "says", "told", "tells", "added", "announced", "stated", "confirmed":
		return true
	}
	return false
}

// pairAt is "the two leaders" at token tok: the people of the latest
// meeting of this story, or its two most mentioned people.
func (d *doc) pairAt(si, tok int) []int {
	for i := len(d.events) - 1; i >= 0; i-- {
		e := d.events[i]
		if e.typ == newsgraph.Meeting && e.story == d.stories[si] && len(e.people) == 2 {
			return e.people
		}
	}
	toks := d.sents[si].tokens
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

func (d *doc) meeting(si int, t trig, subj []int, stop int) {
	toks := d.sents[si].tokens
	obj := d.objects(si, t.k, stop)
	people := uniq(append(append([]int{}, subj...), obj...))
	prev := ""
	if t.k > 0 {
		prev = strings.ToLower(toks[t.k-1].text)
	}
	between := t.k+1 < len(toks) && strings.ToLower(toks[t.k+1].text) == "between"
	with := t.k+1 < len(toks) && strings.ToLower(toks[t.k+1].text) == "with" || between
	if t.noun && !with && (prev == "the" || prev == "this" || prev == "that") {
		// "The meeting will be ...", "During the talks, ...": a meeting
		// this story already has
		all := d.peopleIn(si)
		e := d.latestMeeting(si, all)
		if e == nil {
			e = d.latestMeeting(si, people)
		}
		if e != nil {
			if afterBefore(toks, t.k) {
				d.anchors[si] = e // "After the talks, they flew to ...": that day
			}
			d.addSource(e, si, t)
			// "The summit at the State Guest House": a venue right by the
			// anaphor; not "After the talks, they flew to ..."
			if l := d.meetingPlace(si, t); l >= 0 && d.ents[l].typ == newsgraph.Facility && !afterBefore(toks, t.k) && d.placeNear(si, l, t.k, 6) {
				e.loc = l
			}
		}
		return
	}
	if len(people) == 1 && t.noun && with && !between && len(obj) == 1 && len(subj) == 0 && !d.refBetween(si, -1, t.k) {
		// "Meeting with Prime Minister X", "the audience with Emperor Y"
		if mp := d.mainPerson(si); mp >= 0 && mp != people[0] {
			people = append([]int{mp}, people...)
		}
	}
	if t.noun && with && !between && len(subj) == 0 && len(obj) >= 2 {
		// "asked for a meeting with the prime minister and the foreign
		// minister": they are someone's hosts; a meeting this story has
		// with them both, or none
		if e := d.latestMeeting(si, obj); e != nil {
			d.addSource(e, si, t)
		}
		return
	}
	if !t.noun && len(subj) == 0 && len(obj) >= 2 {
		// "was scheduled to meet X and Y" with the subject unnamed: X and
		// Y meet someone, not each other
		return
	}
	if len(people) < 2 {
		// "The meeting will be ...", "The summit at the State Guest House":
		// another sentence of a meeting this story already has
		e := d.latestMeeting(si, d.peopleIn(si))
		if e == nil {
			e = d.latestMeeting(si, people)
		}
		if e != nil && t.noun && prev == "their" {
			d.addSource(e, si, t)
		}
		return
	}
	e := d.addEvent(si, t, people, nil)
	// "talks with visiting President X in Beijing": X visits the place
	for _, rf := range d.refs[si] {
		if rf.tok > 0 && strings.EqualFold(toks[visitingBefore(toks, rf.tok)].text, "visiting") && e.loc >= 0 && len(rf.ents) == 1 {
			d.addEvent(si, trig{typ: newsgraph.Visit, k: t.k, n: 1, noun: true}, rf.ents, []int{e.loc})
		}
	}
}

// visitingBefore is the token before a name and its title ("visiting
// Brazilian President Lula"), or the name itself.
func visitingBefore(toks []token, k int) int {
	p := k - 1
	for p > 0 && toks[p].isCap() {
		p--
	}
	if p < 0 {
		return k
	}
	return p
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

func sameSet(a, b []int) bool { return len(a) == len(b) && containsAll(a, b) }

func (d *doc) visit(si int, t trig, subj []int, stop int) {
	dests := d.destinations(si, t, stop)
	if len(dests) == 0 {
		return
	}
	visitors := subj
	if t.noun {
		if by := d.agentAfter(si, t.k, stop); by != nil {
			visitors = by // "a visit to Ukraine by Vice President X"
		}
	}
	if len(visitors) == 0 {
		for _, rf := range d.refs[si] {
			if rf.tok < t.k && rf.posses {
				visitors = rf.ents
			}
		}
	}
	if len(visitors) == 0 && t.noun && t.k > 1 && visitFrame(d.sents[si].tokens, t.k) {
		// "X said on Thursday in a visit to Rwanda": X is on the visit
		for _, rf := range d.refs[si] {
			if rf.tok < t.k && (rf.kind == named || rf.kind == nominal) {
				visitors = rf.ents
				break
			}
		}
	}
	if len(visitors) == 0 && t.noun && t.k > 0 {
		if mp := d.latestVisitor(si); mp >= 0 {
			visitors = []int{mp}
		}
	}
	for _, v := range visitors {
		for _, dst := range dests {
			d.addEvent(si, t, []int{v}, dst)
		}
	}
}

// visitFrame: "in a visit to", "during his trip to": the visit frames
// what the sentence's subject does.
func visitFrame(toks []token, k int) bool {
	switch strings.ToLower(toks[k-1].text) {
	case "a", "an", "his", "her", "its", "their", "the":
	default:
		return false
	}
	switch strings.ToLower(toks[k-2].text) {
	case "in", "during", "on":
		return true
	}
	return false
}

// agentAfter is the person of a "by"-phrase that follows a noun trigger
// within its phrase: "a visit to Ukraine this week by Vice President X"
// names the visitor, who need not be the sentence's subject.
func (d *doc) agentAfter(si, k, stop int) []int {
	toks := d.sents[si].tokens
	for p := k + 1; p < stop && p < k+10; p++ {
		w := strings.ToLower(toks[p].text)
		if clauseStop[w] || w == "," || w == "." {
			return nil
		}
		if w == "by" {
			// "by Tibet's exiled spiritual leader the Dalai Lama"
			end := p + 1
			for end < len(toks) && end <= p+10 && toks[end].text != "," && !clauseStop[strings.ToLower(toks[end].text)] {
				end++
			}
			for _, rf := range d.refs[si] {
				if rf.tok > p && rf.tok < end && rf.kind != pair && !rf.posses {
					return rf.ents
				}
			}
			return nil
		}
	}
	return nil
}

func (d *doc) latestVisitor(si int) int {
	for i := len(d.events) - 1; i >= 0; i-- {
		if d.events[i].typ == newsgraph.Visit && d.events[i].story == d.stories[si] {
			return d.events[i].people[0]
		}
	}
	return d.mainPerson(si)
}

// destinations are the places a visit goes to: the object of "visit", or
// the places after "to"/"in" that follow the trigger. A list ("Spain,
// Italy, and Greece") gives one group per place; a chain ("the carrier
// X at the base in Y") one group; a city and its country are one group.
func (d *doc) destinations(si int, t trig, stop int) [][]int {
	toks := d.sents[si].tokens
	var groups [][]int
	last := -1
	for _, m := range d.placesIn(si) {
		if m.i <= t.k || (m.i >= stop && stop > t.k+1) {
			continue
		}
		if last < 0 {
			gap := strings.ToLower(span(toks, t.k+1, m.i))
			if m.i-t.k > maxGap(strings.ToLower(toks[t.k].text)) {
				break
			}
			if !(m.i == t.k+1 || strings.HasSuffix(gap, "to") || strings.HasSuffix(gap, "in") || strings.HasSuffix(gap, "to the") || strings.HasSuffix(gap, "of") ||
				strings.HasSuffix(gap, "at the") || strings.HasSuffix(gap, "carrier") || strings.HasSuffix(gap, "in the")) {
				continue
			}
			if strings.Contains(gap, " since") || strings.Contains(gap, "for") || strings.Contains(gap, ",") {
				continue
			}
			groups = append(groups, []int{m.ent})
			last = m.j
			continue
		}
		if m.i < last {
			groups[len(groups)-1] = append(groups[len(groups)-1], m.ent) // "the base in Rota"
			continue
		}
		gap := strings.ToLower(span(toks, last, m.i))
		switch {
		case gap == "," || gap == "and" || gap == ", and" || gap == "or" || strings.HasSuffix(gap, "later to") || strings.HasSuffix(gap, "then to") || strings.HasSuffix(gap, ", and later to"):
			groups = append(groups, []int{m.ent})
		case !strings.Contains(gap, ",") && len(gap) <= 30 && (strings.HasSuffix(gap, " in") || strings.HasSuffix(gap, " at") || gap == "in" || gap == "at" || strings.HasSuffix(gap, "in the") || strings.HasSuffix(gap, "at the")):
			groups[len(groups)-1] = append(groups[len(groups)-1], m.ent)
		default:
			if strings.Contains(gap, "later to") || strings.Contains(gap, "then to") {
				groups = append(groups, []int{m.ent})
				break
			}
			last = -2
		}
		if last == -2 {
			break
		}
		last = m.j
	}
	// a city and its country are one destination
	var out [][]int
	for _, g := range groups {
		merged := false
		for i := range out {
			if d.sameCountry(out[i], g) {
				out[i] = uniq(append(out[i], g...))
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, g)
		}
	}
	return out
}

// maxGap is how far a visit's destination may follow its trigger: "stops
// in Spain" but not "stop the war in Ukraine"; "flew on the presidential
// helicopter to the carrier".
func maxGap(w string) int {
	switch w {
	case "stop", "stops", "head", "heads", "headed", "tour", "arrival":
		return 2
	case "visit", "visits", "visited", "visiting", "trip", "arrive", "arrives", "arrived", "arriving", "landed", "lands":
		return 4
	}
	return 12
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

func (d *doc) agreement(si int, t trig, subj []int, stop int) {
	toks := d.sents[si].tokens
	var parties, signers, brokers []int
	between := false
	for k := t.k + 1; k < len(toks) && k < t.k+4; k++ {
		if toks[k].text == "between" {
			between = true
		}
	}
	lo, hi := clauseOf(toks, t.k)
	for _, mi := range d.bySent[si] {
		m := d.mentions[mi]
		if m.kind != named || m.ent < 0 || m.i < lo || m.i >= hi {
			continue
		}
		e := d.ents[m.ent]
		if e.typ == newsgraph.GPE && d.x.gz.isCountry(e.name) {
			if between && m.i < t.k {
				continue
			}
			if m.i >= 0 && m.i < len(toks) && m.i+1 < len(toks) && titleHeads[toks[m.i+1].text] {
				continue
			}
			parties = append(parties, m.ent)
		}
	}
	// demonyms: "a German commitment"
	if !between {
		for k := lo; k < hi; k++ {
			tk := toks[k]
			if c := d.x.gz.demonym[key(tk.text)]; c != "" && tk.isCap() && (k+1 >= len(toks) || !titleHeads[toks[k+1].text] && !lowerTitles[toks[k+1].text] && !lowerTitleMods[toks[k+1].text]) {
				if ei := d.entByName(c); ei >= 0 {
					parties = append(parties, ei)
				}
			}
		}
	}
	w := strings.ToLower(toks[t.k].text)
	if w == "signed" || w == "sign" {
		signers = subj
	} else if t.k+1 < len(toks) && toks[t.k+1].text == "by" {
		signers = d.objects(si, t.k, stop)
	}
	if t.k > 0 && (strings.HasPrefix(strings.ToLower(toks[t.k-1].text), "broker") || t.k > 1 && strings.HasPrefix(strings.ToLower(toks[t.k-2].text), "broker")) {
		brokers = subj
	}
	for _, s := range signers {
		for _, mi := range d.ents[s].mentions {
			if r := d.mentions[mi].role; r != nil && r.of != "" && !r.former {
				if ei := d.entByName(r.of); ei >= 0 && d.x.gz.isCountry(d.ents[ei].name) {
					parties = append(parties, ei)
				} else if ei < 0 && d.x.gz.isCountry(r.of) {
					parties = append(parties, d.implied(r.of, newsgraph.GPE))
				}
			}
		}
	}
	parties = uniq(parties)
	if len(parties) < 2 && len(signers) == 0 {
		return
	}
	if len(parties) < 2 && len(signers) < 2 && !(len(signers) == 1 && len(parties) >= 1) {
		return
	}
	e := d.addEvent(si, t, uniq(signers), parties)
	e.brokers = uniq(append(e.brokers, brokers...))
}

// clauseOf is the clause around token k, [lo, hi): an agreement's parties
// are named there, not in "..., which also comprises Hungary" or in what
// someone said before.
func clauseOf(toks []token, k int) (int, int) {
	lo, hi := 0, len(toks)
	for p := k - 1; p >= 0; p-- {
		w := strings.ToLower(toks[p].text)
		if clauseStop[w] && w != "according" || w == "--" || w == "—" {
			lo = p + 1
			break
		}
	}
	for p := k + 1; p < len(toks); p++ {
		w := strings.ToLower(toks[p].text)
		if clauseStop[w] && w != "according" || w == "--" || w == "—" || w == "and" && p+1 < len(toks) && (toks[p+1].pos == "VBP" || toks[p+1].pos == "VBZ" || toks[p+1].pos == "VBD") {
			hi = p
			break
		}
	}
	return lo, hi
}

// implied adds a place the text implies but does not name ("German
// Chancellor" implies Germany), for an agreement's parties.
func (d *doc) implied(name string, t newsgraph.EntityType) int {
	for ei, e := range d.ents {
		if e.name == name && e.implied {
			return ei
		}
	}
	d.ents = append(d.ents, &entity{name: name, typ: t, implied: true, aliases: []string{name}, id: newsgraph.NewEntityID(t, name)})
	return len(d.ents) - 1
}

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
func (d *doc) addEvent(si int, t trig, people, places []int) *docEvent {
	toks := d.sents[si].tokens
	status, from, to := d.whenAndStatus(si, t)
	loc := -1
	if t.typ == newsgraph.Meeting {
		loc = d.meetingPlace(si, t)
	} else if t.typ == newsgraph.Agreement {
		// "invest in the US" is no place of signing; a venue is
		if l := d.meetingPlace(si, t); l >= 0 && d.ents[l].typ == newsgraph.Facility {
			loc = l
		}
	} else if len(places) > 0 && t.typ == newsgraph.Visit {
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
			same = sameSet(e.people, people) && (len(places) < 2 || len(e.places) < 2 || sameSet(e.places, places))
		}
		if !same || !overlaps(e.from, e.to, from, to) || t.typ == newsgraph.Visit && (d.oldAndUndated(e.from, from) || d.oldAndUndated(from, e.from)) {
			continue
		}
		d.addSource(e, si, t)
		e.places = uniq(append(e.places, places...))
		if e.from == "" && from != "" {
			e.from, e.to = from, to
		}
		if loc >= 0 && (e.loc < 0 || d.ents[loc].typ == newsgraph.Facility && d.ents[e.loc].typ != newsgraph.Facility) {
			e.loc = loc
		}
		if e.status == "" {
			e.status = status
		}
		return e
	}
	e := &docEvent{typ: t.typ, status: status, from: from, to: to, people: people, places: places, loc: loc, story: d.stories[si], offset: toks[t.k].start, verb: !t.noun}
	d.events = append(d.events, e)
	d.addSource(e, si, t)
	return e
}

// oldAndUndated: one mention is dated months before the article and the
// other is not dated: "last visited Spain in 2019" is not this week's visit.
func (d *doc) oldAndUndated(dated, other string) bool {
	if dated == "" || other != "" || d.ref.IsZero() {
		return false
	}
	return mustDate(dated).Before(d.ref.AddDate(0, 0, -60))
}

func (d *doc) addSource(e *docEvent, si int, t trig) {
	for _, s := range e.sources {
		if s == si {
			return
		}
	}
	e.sources = append(e.sources, si)
	if e.typ != newsgraph.Meeting || afterBefore(d.sents[si].tokens, t.k) {
		return
	}
	if e.loc < 0 {
		e.loc = d.meetingPlace(si, t)
	} else if l := d.meetingPlace(si, t); l >= 0 && d.ents[l].typ == newsgraph.Facility && d.ents[e.loc].typ != newsgraph.Facility && d.placeNear(si, l, t.k, 8) {
		e.loc = l
	}
}

// afterPast: the trigger follows "after"/"following" and the sentence tells
// what came next in the past tense ("was agreed after talks between X and
// Y", "flew into Bagram after meeting Y").
func afterPast(toks []token, k int) bool {
	at := -1
	for p := k - 1; p >= 0 && p >= k-3; p-- {
		if w := strings.ToLower(toks[p].text); w == "after" || w == "following" {
			at = p
			break
		}
	}
	if at < 0 {
		return false
	}
	for p := at - 1; p >= 0; p-- {
		switch strings.ToLower(toks[p].text) {
		case "will", "would", "to", "plans", "expected", "'ll", "\u2019ll":
			return false
		}
		if toks[p].pos == "VBD" {
			return true
		}
	}
	return false
}

// afterBefore: "After the talks, ..." tells what happened elsewhere.
func afterBefore(toks []token, k int) bool {
	for p := k - 1; p >= 0 && p >= k-3; p-- {
		switch strings.ToLower(toks[p].text) {
		case "after", "before", "following", "since", "ahead":
			return true
		}
	}
	return false
}

// placeNear says whether entity l is mentioned within n tokens of token k.
func (d *doc) placeNear(si, l, k, n int) bool {
	for _, m := range d.placesIn(si) {
		if m.ent == l && (m.i-k <= n && k-m.j <= n) {
			return true
		}
	}
	return false
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

// meetingPlace is the venue or city of a meeting: a place after "in"/"at"
// nearest the trigger (a facility first), or any place in a table row.
func (d *doc) meetingPlace(si int, t trig) int {
	s := d.sents[si]
	toks := s.tokens
	best, bestDist := -1, 1<<30
	for _, m := range d.placesIn(si) {
		e := d.ents[m.ent]
		prep := ""
		for p := m.i - 1; p >= 0 && p >= m.i-4; p-- {
			w := strings.ToLower(toks[p].text)
			if w == "in" || w == "at" || w == "where" {
				prep = w
				break
			}
			if w != "the" && w != "'s" && w != "\u2019s" && !(unicode0Lower(w) && len(w) > 3 && w != "with" && w != "from") {
				break
			}
		}
		ok := prep == "in" || prep == "at" || prep == "where" || (m.j < len(toks) && toks[m.j].text == "," && m.j+1 < len(toks) && toks[m.j+1].text == "where")
		if s.table {
			ok = true
		}
		if !ok {
			continue
		}
		dist := m.i - t.k
		if dist < 0 {
			dist = -dist
		}
		if e.typ == newsgraph.Facility {
			dist -= 1000
		}
		if e.typ == newsgraph.GPE && d.x.gz.isCountry(e.name) {
			dist += 50 // a city says more than a country
		}
		if dist < bestDist {
			best, bestDist = m.ent, dist
		}
	}
	return best
}

// whenAndStatus reads the date and the status of the event at trigger t.
func mustDate(s string) time.Time {
	t, _ := time.Parse(newsgraph.DateLayout, s)
	return t
}

var perfect = set("has", "have", "had")

// auxiliary verbs make a participle a tense, not a reduced relative clause.
var auxiliary = set("has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "get", "got")

// stopAt is the token where the next trigger of the sentence begins.
func stopAt(d *doc, si int, t trig) int {
	for _, u := range d.trigs[si] {
		if u.k > t.k {
			return u.k
		}
	}
	return len(d.sents[si].tokens)
}

func (d *doc) whenAndStatus(si int, t trig) (newsgraph.EventStatus, string, string) {
	toks := d.sents[si].tokens
	lw := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return strings.ToLower(toks[k].text)
	}
	var status newsgraph.EventStatus
	lo := t.k - 9
	if lo < 0 {
		lo = 0
	}
	// the clause of the trigger: no status word across a comma or "said"
	for k := t.k - 1; k >= lo; k-- {
		w := lw(k)
		if w == "," || w == "said" || w == "says" || w == "following" || w == "after" || w == "before" || w == "as" || w == "since" {
			lo = k + 1
			break
		}
	}
	question := toks[len(toks)-1].text == "?"
	hi := stopAt(d, si, t)
	for k := lo; k < hi; k++ {
		w := lw(k)
		switch w {
		case "cancelled", "canceled", "cancel", "postponed", "scrapped", "postpone", "cancels", "delayed", "shelved":
			return newsgraph.Cancelled, "", ""
		case "off":
			if lw(k-1) == "called" || lw(k-1) == "call" {
				return newsgraph.Cancelled, "", ""
			}
		}
	}
	for k := lo; k < t.k+2 && k < len(toks); k++ {
		switch lw(k) {
		case "willingness", "possibly", "may", "might", "could", "considering", "mulling", "weighing", "uncertain", "unclear", "if", "whether", "possible":
			if status == "" {
				status = newsgraph.Uncertain
			}
		}
	}
	if status == "" && question {
		status = newsgraph.Uncertain // "Will X meet Y?" asks; it does not announce
	}
	if status == "" {
		for k := lo; k < t.k+3 && k < len(toks); k++ {
			switch lw(k) {
			case "will", "'ll", "\u2019ll", "shall", "plans", "planned", "planning", "plan", "expected", "scheduled", "anticipated",
				"hopes", "hoped", "hope", "potential", "upcoming", "would", "preparing", "set", "intends", "aims", "wants", "seeks",
				"due", "slated", "poised", "forthcoming", "proposed", "invited", "invitation", "seeking", "seek", "sought", "requested":
				status = newsgraph.Planned
			case "to":
				// an infinitive: "agreed to meet", "is to sit down", "was
				// to meet X and sign"
				if (k+1 == t.k && !t.noun && baseForm[lw(t.k)]) || (k+2 == t.k && (lw(k+1) == "hold" || lw(k+1) == "make" || lw(k+1) == "have")) ||
					(k+1 < t.k && baseForm[lw(k+1)] && lw(t.k-1) == "and" && !t.noun && baseForm[lw(t.k)]) {
					status = newsgraph.Planned
				}
			}
		}
	}
	if status == "" && question {
		status = newsgraph.Uncertain
	}
	// the date nearest the trigger, not one after "since"
	var best *dateExpr
	bestDist := 1 << 30
	for i := range d.dates[si] {
		e := &d.dates[si][i]
		if lw(e.i-1) == "since" || lw(e.i-2) == "since" || lw(e.i-3) == "since" || lw(e.i-1) == "until" || lw(e.i-4) == "since" {
			continue
		}
		if e.i >= stopAt(d, si, t) {
			continue
		}
		// a date in another clause says when something else happened
		a, b := e.j, t.k
		if e.i > t.k {
			a, b = t.k+1, e.i
		}
		cut := e.i > t.k+20
		for k := t.k + 1; k < e.i; k++ {
			if (toks[k].pos == "VBD" || toks[k].pos == "VBN") && !(t.noun && k == t.k+1) { // "the agreement struck in July"
				cut = true // "met with families abducted in the 1970s"
			}
		}
		if e.i <= 1 {
			a = b // "On Tuesday, Merz ... met ..."
		}
		for k := a; k < b; k++ {
			w := lw(k)
			if clauseStop[w] || (w == "," && e.i < t.k) || w == "telling" || w == "before" || w == "after" {
				cut = true
			}
		}
		// a date before another trigger belongs to that one, and so does
		// a date right after one ("a tour from Friday and visited")
		for _, u := range d.trigs[si] {
			if e.i < t.k && u.k > e.i && u.k < t.k || e.i < t.k && u.k < e.i && e.i-u.k <= 3 {
				cut = true
			}
		}
		if cut {
			continue
		}
		dist := e.i - t.k
		if dist < 0 {
			dist = -dist + 2
		}
		if dist < bestDist {
			best, bestDist = e, dist
		}
	}
	from, to := "", ""
	pub := ""
	if !d.ref.IsZero() {
		pub = ymd(d.ref)
	}
	happenedVerb := false
	for k := lo; k <= t.k && k < len(toks); k++ {
		if toks[k].pos == "VBD" || (toks[k].pos == "VBN" && (perfect[lw(k-1)] || perfect[lw(k-2)])) { // "has twice visited"
			happenedVerb = true
		}
	}
	if best != nil {
		from, to = best.from, best.to
		if best.weekday && pub != "" {
			// a bare weekday: the event's tense says which week
			past := status == "" && happenedVerb
			if past && from > pub {
				from = ymd(mustDate(from).AddDate(0, 0, -7))
				to = from
			} else if !past && status != "" && from < pub {
				from = ymd(mustDate(from).AddDate(0, 0, 7))
				to = from
			}
		}
	}
	if status == "" && !happenedVerb && from == "" && !t.noun {
		// "... and visited Spain before arriving in Italy"
		for k := 0; k < t.k; k++ {
			if toks[k].pos == "VBD" {
				happenedVerb = true
			}
			switch lw(k) {
			case "will", "would", "plans", "expected", "to":
				happenedVerb = false
			}
		}
	}
	if status == "" && !happenedVerb && afterPast(toks, t.k) {
		happenedVerb = true // "flew to X on Tuesday after meeting Y": before a past event
	}
	if status == "" {
		switch {
		case happenedVerb:
			status = newsgraph.Happened
		case from != "" && pub != "" && from > pub:
			status = newsgraph.Planned
		case from != "" && pub != "" && to < pub:
			status = newsgraph.Happened
		case t.noun && t.typ == newsgraph.Agreement:
			status = newsgraph.Happened // "following an agreement by ..."
		case t.noun:
			status = ""
		default:
			status = newsgraph.Planned
		}
	}
	return status, from, to
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
func (d *doc) inheritFromVisits() {
	for _, m := range d.events {
		if m.typ != newsgraph.Meeting {
			continue
		}
		var v *docEvent
		for _, c := range d.events {
			if c.typ != newsgraph.Visit || c.story != m.story || !containsAll(m.people, c.people[:1]) {
				continue
			}
			if v == nil || len(c.sources) > len(v.sources) {
				v = c
			}
		}
		if v != nil && (m.loc < 0 || d.ents[m.loc].typ == newsgraph.Facility || d.sameCountry([]int{m.loc}, v.places)) {
			if m.from == "" && v.from != "" && v.from != v.to {
				m.from, m.to = v.from, v.to
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
	// an agreement signed by the people of a meeting: at the meeting's place
	for _, a := range d.events {
		if a.typ != newsgraph.Agreement || a.loc >= 0 || len(a.people) < 2 {
			continue
		}
		for _, m := range d.events {
			if m.typ == newsgraph.Meeting && m.story == a.story && m.loc >= 0 && containsAll(m.people, a.people) && overlaps(m.from, m.to, a.from, a.to) {
				a.loc = m.loc
				break
			}
		}
	}
	recent := d.mentionsPublishedDay()
	for _, e := range d.events {
		if recent && e.from == "" && e.status == newsgraph.Happened && e.typ != newsgraph.Visit && e.verb {
			e.from, e.to = ymd(d.ref), ymd(d.ref)
		}
		if e.status == "" {
			e.status = newsgraph.Planned
			if e.from != "" && !d.ref.IsZero() && e.to < ymd(d.ref) {
				e.status = newsgraph.Happened
			}
		}
	}
}
