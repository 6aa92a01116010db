package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// nonEvents marks the frames of sentence si that tell no event (see
// notAnEvent), and with them a meeting noun that only tells where or
// when the dropped one was ("its directors met at a regularly scheduled
// meeting").
func (d *doc) nonEvents(si int, fs []frame) []bool {
	drop := make([]bool, len(fs))
	gone := map[int]bool{}
	for i := range fs {
		if d.notAnEvent(si, &fs[i]) {
			drop[i] = true
			gone[fs[i].t] = true
		}
	}
	t := d.trees[si]
	for i, f := range fs {
		if !drop[i] && t != nil && f.noun && f.typ == newsgraph.Meeting && len(f.agents)+len(flatten(f.others)) == 0 && f.t < len(t.head) && gone[t.head[f.t]] {
			drop[i] = true
		}
	}
	return drop
}

// notAnEvent says whether frame f of sentence si, though its trigger
// word is there, tells no meeting, visit or agreement between its sides:
// a firm's own board or owners in session, or a body's own internal
// sitting (no counterpart); a game between clubs; an outcome someone
// hopes for, expects or forecasts; a proposal or a request for talks; a
// visit a verb of seeing names ("sees X as Y"). A conditional or unlikely
// event stays, as uncertain at most (f's status is changed).
func (d *doc) notAnEvent(si int, f *frame) bool {
	t := d.trees[si]
	if t == nil || f.t < 0 || f.t >= len(t.lw) {
		return false
	}
	switch {
	case d.ownSitting(si, t, f):
		return true
	case d.speechToSitting(t, f):
		return true
	case d.clubFixture(si, t, f):
		return true
	case hopedOutcome(t, f):
		return true
	case d.onlyProposed(si, t, f):
		return true
	case f.typ == newsgraph.Meeting && !f.noun && regarded(t, f.t):
		return true
	case onlyWeighed(t, f), talksAboutTalks(t, f):
		return true
	case f.typ == newsgraph.Meeting && f.noun && (spectators(t, f.t) || toldAbout(t, f.t) || d.unnamedOrgans(si, t, f)):
		return true
	}
	if unlikelyOrIf(t, f) && f.status != newsgraph.Cancelled {
		f.status = newsgraph.Uncertain
	}
	return false
}

// ownSitting says whether meeting frame f, with one body and no one else,
// is that body's own sitting, which meets no counterpart: a firm's board,
// directors or owners ("its directors met", "the board will meet", "the
// annual shareholders meeting"), a body's "own" session, a national
// committee or council of state ("the Federal X Committee at its May
// meeting"), a party's conference. A body of member states or firms in
// session (a commodity council, a cartel's conference) is not its own in
// this sense: the bodies that make it up meet there.
func (d *doc) ownSitting(si int, t *tree, f *frame) bool {
	if f.typ != newsgraph.Meeting || len(flatten(f.others)) > 0 || len(f.agents) > 1 {
		return false
	}
	var body int = -1
	if len(f.agents) == 1 {
		body = f.agents[0]
		if d.ents[body].typ != newsgraph.Organization {
			return false
		}
	}
	// "its own council session", "the body's own meeting"
	if f.noun {
		for _, k := range append([]int{f.t}, t.deps(f.t, "compound")...) {
			if hasDep(t, k, "own") {
				return true
			}
		}
	}
	// (a body of states has a board of its own, "the ICGE executive
	// board"; a firm known by its initials has its directors)
	states := body >= 0 && (d.assembly(body) || statesBody(d.ents[body]))
	// the owners, the board or the directors in session: as a noun's
	// modifier ("the board meeting", "a shareholders' meeting") or as the
	// subject of the verb ("its directors met", "the board of X will meet")
	var holders []int
	if f.noun {
		holders = t.deps(f.t, "compound", "amod", "nmod:poss")
	}
	v := f.t
	if f.light >= 0 {
		v = f.light
	}
	if !f.noun || f.light >= 0 {
		if s := meetSubject(t, v); s >= 0 {
			holders = append(holders, s)
			holders = append(holders, t.deps(s, "compound")...)
		}
	}
	for _, k := range holders {
		switch strings.TrimSuffix(strings.TrimSuffix(t.lw[k], "'"), "'s") {
		case "shareholders", "shareholder", "stockholders", "stockholder", "bondholders":
			return true
		case "board", "directors":
			if !states && !(body >= 0 && d.acronymBody(body) && (hasDep(t, k, "executive") || hasDep(t, k, "governing"))) {
				return true
			}
		}
	}
	if body < 0 {
		return false
	}
	name := d.ents[body].name
	ws := strings.Fields(name)
	last := ""
	if len(ws) > 0 {
		last = ws[len(ws)-1]
	}
	// "the X administration's Economic Policy Council": a government's own
	if m := d.mentionOf(si, body); m != nil && m.i >= 2 {
		toks := d.sents[si].tokens
		if strings.EqualFold(toks[m.i-1].text, "'s") && ownersOfCouncils[strings.ToLower(toks[m.i-2].text)] {
			return true
		}
	}
	switch {
	case legislature(name):
		return true // a legislative sitting
	case strings.Contains(name, "Party") && (f.noun || len(ws) > 1):
		return true // a party's conference or congress
	case len(ws) > 1 && (ws[0] == "Federal" || ws[0] == "Cabinet") && (last == "Committee" || last == "Council" || last == "Board" || last == "Commission"):
		return true // a state's own committee or council
	}
	return false
}

// clubFixture says whether frame f is a game: a verb of hosting, visiting,
// meeting or facing ("City host United on Saturday", "Rovers visit the
// champions", "will play host to X", "were drawn at home to Y") whose named
// sides are all clubs or teams, said in a sentence or story of sport. A
// club's people meeting, a squad flying to a place, a club signing a
// player are no games.
func (d *doc) clubFixture(si int, t *tree, f *frame) bool {
	if f.noun || f.typ != newsgraph.Meeting && f.typ != newsgraph.Visit {
		return false
	}
	w := t.lw[f.t]
	if !fixtureVerbs[w] {
		return false
	}
	if f.typ == newsgraph.Meeting && inGame(t, f.t) {
		return true // players or sides who meet in a match play it
	}
	sides := append(append([]int{}, f.agents...), flatten(f.others)...)
	if len(f.agents) == 0 && f.typ == newsgraph.Visit || len(uniq(sides)) < 2 {
		return false // a game has two sides
	}
	// (a club may be read as the town it is named for; countries alone
	// are teams only in a story of sport)
	clubs := false
	for _, e := range sides {
		switch d.ents[e].typ {
		case newsgraph.Organization:
			clubs = true
		case newsgraph.GPE:
		default:
			return false
		}
	}
	if !clubs {
		return d.sportStory(si)
	}
	if f.typ == newsgraph.Visit {
		// a club that visits another club, or the town a club is named
		// for: an away game; a squad's trip to a country is a trip
		for _, e := range f.agents {
			if d.ents[e].typ != newsgraph.Organization {
				return false
			}
		}
		for _, e := range f.places {
			if d.ents[e].typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[e].name) {
				return false
			}
		}
	}
	return d.sportCue(si) || d.sportStory(si)
}

// fixtureVerbs tell two sides set against each other in a game.
var fixtureVerbs = set("host", "hosts", "hosted", "hosting", "visit", "visits", "visited", "visiting", "meet", "meets", "met",
	"face", "faces", "faced", "play", "plays", "entertain", "entertains")

// sportCue says whether sentence si speaks of games: a word of matches,
// competitions or their draw.
func (d *doc) sportCue(si int) bool {
	for _, tk := range d.sents[si].tokens {
		if gameWords[strings.ToLower(tk.text)] && strings.HasPrefix(tk.pos, "NN") || strings.EqualFold(tk.text, "drawn") {
			return true
		}
	}
	return false
}

// gameWords are words of the fixtures and results of sport.
var gameWords = set("game", "games", "match", "matches", "fixture", "fixtures", "final", "finals", "semi-final", "semi-finals",
	"quarter-final", "quarter-finals", "replay", "cup", "league", "derby", "drawn", "kick-off", "season", "players", "player",
	"champions", "striker", "goalkeeper", "defenders", "defender", "midfielder", "squad", "round", "clash")

// hopedOutcome says whether the trigger of f lies in what someone hopes,
// expects, believes or forecasts will come ("he expects X will renew its
// pact with Y", "she hoped the envoy would forge a partnership with Y",
// "our hope is that we can come to an agreement"), in what someone is
// optimistic or willing about ("optimistic about reaching a deal", "willing
// to continue talks"), would like ("would like to meet X"), or in an
// agreement that only could come ("X could come to an agreement with Y").
// A meeting one is expected to hold ("is expected to meet X on Monday",
// "expects to meet X") is planned and stays; so is an event that is the
// subject of what is hoped ("hoped the talks would succeed").
func hopedOutcome(t *tree, f *frame) bool {
	c := f.t
	if f.light >= 0 {
		c = f.light
	}
	if f.typ == newsgraph.Agreement && modalOnly(t, c) && !dayUnder(t, c) {
		return true
	}
	for n := 0; n < 6; n++ {
		if s := t.dep(c, "nsubj"); s >= 0 && t.verb(c) && hopeNouns[t.lw[s]] {
			return true // "our hope is that we can come to ..."
		}
		h := t.head[c]
		if h < 0 {
			return false
		}
		hw := t.lw[h]
		if sayVerbs[hw] {
			// "said he hoped X would help him forge a pact", the parser
			// having hung what is hoped on the saying, beside a bare "hoped"
			for _, k := range t.deps(h, "ccomp") {
				if k < c && hedgeVerbs[t.lw[k]] && t.is(c, "ccomp") && t.dep(k, "ccomp", "xcomp", "obj", "parataxis") < 0 && !expletiveOrPassive(t, k) {
					return true
				}
			}
			return false
		}
		switch {
		case t.is(c, "ccomp", "acl:relcl", "parataxis") && t.verb(h) && hedgeVerbs[hw] && !expletiveOrPassive(t, h):
			return true
		case hedgeAdjectives[hw] && (t.is(c, "xcomp", "ccomp") || t.is(c, "advcl", "obl", "nmod", "acl") && (hasMark(t, c, "about", "of", "on", "over", "that", "to") || slices.Contains([]string{"about", "of", "on", "over"}, t.prep(c)))):
			return true // (not "optimistic after the talks": they were held)
		case strings.HasPrefix(hw, "rule") && hasDep(t, h, "out") && t.is(c, "ccomp"):
			return true // "did not rule out that there had been an agreement"
		case (hw == "like" || hw == "love") && t.is(c, "xcomp") && slices.ContainsFunc(t.deps(h, "aux"), func(k int) bool { return t.lw[k] == "would" || t.lw[k] == "'d" }):
			return true
		case f.typ == newsgraph.Agreement && t.verb(h) && modalOnly(t, h) && !dayUnder(t, h) && t.is(c, "obl", "obj", "xcomp"):
			return true // "could come to an agreement"
		}
		if !t.is(c, "obj", "obl", "nmod", "xcomp", "ccomp", "advcl", "acl", "acl:relcl", "conj") {
			return false // (the subject of what is hoped is presupposed, not hoped)
		}
		c = h
	}
	return false
}

// hedgeVerbs take a clause that is only hoped, expected or guessed.
var hedgeVerbs = set("expect", "expects", "expected", "expecting", "hope", "hopes", "hoped", "hoping", "believe", "believes",
	"believed", "believing", "think", "thinks", "thought", "predict", "predicts", "predicted", "predicting", "forecast",
	"forecasts", "forecasting", "anticipate", "anticipates", "anticipated", "reckon", "reckons", "reckoned", "doubt",
	"doubts", "doubted", "suspect", "suspects", "suspected", "guess", "guessed", "assume", "assumes", "assumed", "speculate",
	"speculated", "foresee", "foresees", "envisage", "envisages", "trust", "trusts", "wish", "wishes", "wished")

// hedgeAdjectives are moods about what may come.
var hedgeAdjectives = set("optimistic", "hopeful", "confident", "pessimistic", "upbeat", "sanguine", "willing", "keen", "eager")

// hopeNouns name what one hopes or expects: "our hope is that ...".
var hopeNouns = set("hope", "hopes", "expectation", "expectations", "belief", "wish", "wishes", "dream")

// expletiveOrPassive says whether hedge verb h is passive or has "it" for
// subject: "it is expected that they will meet on Monday" tells a
// schedule, not a guess.
func expletiveOrPassive(t *tree, h int) bool {
	if t.dep(h, "aux:pass", "nsubj:pass") >= 0 {
		return true
	}
	s := t.dep(h, "nsubj", "expl")
	return s >= 0 && (t.lw[s] == "it" || t.rel[s] == "expl")
}

// modalOnly says whether verb v is only possible: "could", "might" or
// "may" is its auxiliary.
func modalOnly(t *tree, v int) bool {
	return v >= 0 && t.verb(v) && slices.ContainsFunc(t.deps(v, "aux"), func(k int) bool {
		return t.tag[k] == "MD" && (t.lw[k] == "could" || t.lw[k] == "might" || t.lw[k] == "may")
	})
}

// onlyProposed says whether f is talks or a deal only proposed, asked or
// called for ("proposed talks with X", "asked for a meeting with X",
// "rejected suggestions for negotiations with X", "called for talks"), or
// whom someone was appointed or named to negotiate with ("appointed X to
// negotiate with Y"); a proposal accepted in the sentence is planned and
// stays.
func (d *doc) onlyProposed(si int, t *tree, f *frame) bool {
	if f.typ == newsgraph.Visit {
		return false
	}
	for _, w := range t.lw {
		if w == "accepted" || w == "accepts" || w == "accept" {
			return false
		}
	}
	if f.typ == newsgraph.Agreement && f.noun && slices.ContainsFunc(t.deps(f.t, "amod"), func(k int) bool { return t.lw[k] == "proposed" }) {
		return true // "X's proposed acquisition of Y is valued at ..."
	}
	if h := t.head[f.t]; f.typ == newsgraph.Agreement && f.noun && h >= 0 && t.verb(h) && triedVerbs[t.lw[h]] &&
		(t.is(f.t, "obj") || t.is(f.t, "obl") && t.prep(f.t) == "for") {
		return true // "sought a contract from Y", "competing for an order from Y": none won yet
	}
	c := f.t
	if f.light >= 0 {
		if putForward[t.lw[f.light]] {
			return true // "proposed talks with X", "requested a meeting"
		}
		c = f.light
	}
	// (only what the request or the proposal is directly for: "called
	// for reform of the pact" asks for no pact)
	if h := t.head[c]; h >= 0 {
		p := t.prep(c)
		switch {
		case t.noun(h) && askedNouns[t.lw[h]] && t.is(c, "nmod", "acl") && (p == "for" || p == "of" || p == "on" || hasMark(t, c, "to")):
			return true // "suggestions for negotiations with X", "a call for talks"
		case t.verb(h) && putForward[t.lw[h]] && (t.is(c, "obj") || t.is(c, "obl") && p == "for"):
			return true
		case t.verb(h) && (t.lw[h] == "asked" || t.lw[h] == "ask" || t.lw[h] == "asks" || t.lw[h] == "called" || t.lw[h] == "call" || t.lw[h] == "calls" || t.lw[h] == "pressed" || t.lw[h] == "pressing") && t.is(c, "obl") && p == "for":
			return true
		case t.verb(h) && appointVerbs[t.lw[h]] && t.is(c, "xcomp", "advcl") && hasMark(t, c, "to"):
			return true // "appointed X to negotiate with Y"
		case f.typ == newsgraph.Agreement && !f.noun && hasMark(t, c, "to") &&
			(t.verb(h) && triedVerbs[t.lw[h]] && t.is(c, "xcomp", "advcl") || t.noun(h) && triedNouns[t.lw[h]] && t.is(c, "acl", "nmod")):
			return true // "offered to buy Y", "is in talks to buy Y", "a bid to merge with Y": no deal yet
		}
	}
	return false
}

// onlyWeighed says whether agreement or talks frame f is only weighed:
// "are considering a joint venture with Y", "is considering forming a
// venture with Y", "is exploring talks with Y" tell none made or held.
func onlyWeighed(t *tree, f *frame) bool {
	if f.typ == newsgraph.Visit {
		return false
	}
	c := f.t
	if f.light >= 0 {
		c = f.light
	}
	h := t.head[c]
	if h >= 0 && t.tag[h] == "VBG" && t.is(c, "xcomp", "ccomp") && t.head[h] >= 0 && weighVerbs[t.lw[t.head[h]]] {
		return true // ("considering forming a venture" read with "considering" as the object's clause)
	}
	if t.noun(c) && (t.dep(c, "nmod:poss") >= 0 || slices.ContainsFunc(t.deps(c, "det"), func(k int) bool { w := t.lw[k]; return w == "the" || w == "this" || w == "that" })) {
		return false // "will weigh their March pact": one made, weighed again
	}
	return h >= 0 && t.verb(h) && weighVerbs[t.lw[h]] && t.is(c, "obj", "xcomp") && !t.negatedAt(h)
}

// weighVerbs weigh a step not taken.
var weighVerbs = set("consider", "considers", "considered", "considering", "mull", "mulls", "mulled", "mulling",
	"weigh", "weighs", "weighing", "explore", "explores", "exploring", "studying", "contemplate", "contemplates", "contemplating")

// talksAboutTalks says whether talks frame f is talks about holding talks,
// or the talks they are about: "held talks about talks" holds none of the
// talks they prepare, and is a phrase for no real negotiation.
func talksAboutTalks(t *tree, f *frame) bool {
	if f.typ != newsgraph.Meeting || !f.noun || !talkNouns[t.lw[f.t]] {
		return false
	}
	about := func(k int) bool { p := t.prep(k); return p == "about" || p == "on" || p == "over" }
	if h := t.head[f.t]; h >= 0 && t.noun(h) && talkNouns[t.lw[h]] && about(f.t) {
		return true
	}
	return slices.ContainsFunc(t.deps(f.t, "nmod"), func(k int) bool { return talkNouns[t.lw[k]] && about(k) })
}

// triedVerbs and triedNouns try for a deal the other side has not made:
// "offered to buy", "sought to acquire", "talks to buy", "a bid to merge".
var (
	triedVerbs = set("offer", "offers", "offered", "offering", "bid", "bids", "bidding", "seek", "seeks", "seeking", "sought",
		"try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting", "compete", "competes", "competed",
		"competing", "vie", "vies", "vied", "vying", "tender", "tenders", "tendered", "tendering")
	triedNouns = set("talks", "negotiations", "offer", "offers", "bid", "bids", "attempt", "attempts", "effort", "efforts")
)

// putForward put talks or a deal forward, which the other side may not take up.
var putForward = set("propose", "proposes", "proposed", "proposing", "suggest", "suggests", "suggested", "suggesting",
	"request", "requests", "requested", "requesting", "urge", "urges", "urged", "urging", "demand", "demands", "demanded")

// askedNouns name talks put forward, not held.
var askedNouns = set("suggestion", "suggestions", "proposal", "proposals", "call", "calls", "demand", "demands",
	"request", "requests", "appeal", "appeals", "idea")

// appointVerbs give someone a task: "appointed X to negotiate with Y".
var appointVerbs = set("appointed", "appoint", "appoints", "named", "designated", "chose", "chosen", "picked", "nominated", "tapped")

// regarded says whether verb v of seeing is one of regarding: "sees X as
// a long-term option".
func regarded(t *tree, v int) bool {
	switch t.lw[v] {
	case "see", "sees", "saw", "seen", "seeing":
	default:
		return false
	}
	for _, k := range t.deps(v, "obl", "advcl", "xcomp", "nmod") {
		if t.prep(k) == "as" || hasMark(t, k, "as") {
			return true
		}
	}
	for _, o := range t.deps(v, "obj", "nsubj") {
		for _, k := range t.deps(o, "nmod", "obl") {
			if t.prep(k) == "as" {
				return true
			}
		}
	}
	// ("refused to reveal whether he sees X as an option", the "as"
	// phrase hung on the verb above)
	if h := t.head[v]; h >= 0 && t.is(v, "ccomp") {
		for _, k := range t.deps(h, "obl") {
			if k > v && t.prep(k) == "as" {
				return true
			}
		}
	}
	return false
}

// inGame says whether meeting verb v is told "in" a game: "will meet X
// in Saturday's charity match", "meet in the final".
func inGame(t *tree, v int) bool {
	for _, o := range t.deps(v, "obl") {
		if gameNouns[t.lw[o]] && (t.prep(o) == "in" || t.lw[firstOf(t, o)] == "in") {
			return true
		}
	}
	return false
}

// gameNouns are games and the stages that name them.
var gameNouns = set("match", "game", "final", "semi-final", "quarter-final", "replay", "fixture", "derby", "decider", "play-off")

// unlikelyOrIf says whether f is told unlikely ("is unlikely to come to
// X") or under a condition of the clause that tells it ("If X approves,
// this will be the first deal Y has signed with Z"): uncertain at most.
func unlikelyOrIf(t *tree, f *frame) bool {
	c := f.t
	if f.light >= 0 {
		c = f.light
	}
	for n := 0; n < 6 && c >= 0; n++ {
		if sayVerbs[t.lw[c]] {
			return false
		}
		if t.lw[c] == "unlikely" || hasDep(t, c, "unlikely") {
			return true
		}
		for _, k := range t.deps(c, "advcl") {
			if hasMark(t, k, "if", "unless") {
				return true
			}
		}
		if h := t.head[c]; h >= 0 && t.is(c, "parataxis") && hasMark(t, h, "if", "unless") {
			return true // "If X approves, then this will be the first deal ...", the parser having made the condition the head
		}
		c = t.head[c]
	}
	return false
}

// ownersOfCouncils hold councils and committees of their own: "the
// administration's policy council", "the cabinet's economic committee".
var ownersOfCouncils = set("administration", "government", "cabinet", "ministry", "party", "presidency")

// mentionOf is the first mention of entity e in sentence si, or nil.
func (d *doc) mentionOf(si, e int) *mention {
	for _, mi := range d.bySent[si] {
		if d.mentions[mi].ent == e {
			return &d.mentions[mi]
		}
	}
	return nil
}

// speechToSitting says whether meeting frame f is one speaking to a body's
// own sitting: a firm's annual meeting, a legislature's or a town
// council's session ("told the annual meeting of X", "addressed a
// council meeting"). That is a speech, which the house does not count as
// a meeting; the sitting itself is ownSitting's. A sitting of a body of
// states ("told an informal GATT meeting") stays: its members meet there.
func (d *doc) speechToSitting(t *tree, f *frame) bool {
	if f.typ != newsgraph.Meeting || !f.noun || f.t < 0 || f.t >= len(t.head) {
		return false
	}
	v := t.head[f.t]
	if v < 0 || !speakVerbs[t.lw[v]] && t.lw[v] != "told" && t.lw[v] != "tell" && t.lw[v] != "tells" && t.lw[v] != "telling" || !t.is(f.t, "obj", "obl", "iobj") {
		return false
	}
	own := false // "a council meeting", "the annual meeting", "a shareholders' meeting"
	for _, k := range t.deps(f.t, "compound", "amod", "nmod:poss") {
		w := strings.TrimSuffix(strings.TrimSuffix(t.lw[k], "'"), "'s")
		// (not "the annual conference of X and Y leaders", where leaders meet)
		own = own || w == "council" || w == "annual" && (t.lw[f.t] == "meeting" || t.lw[f.t] == "session") || holderNouns[w]
	}
	for _, g := range append([][]int{f.agents}, f.others...) {
		for _, e := range g {
			if d.ents[e].typ != newsgraph.Organization {
				continue
			}
			name := d.ents[e].name
			switch {
			case localCouncil(name) || legislature(name):
				own = true
			case d.assembly(e) || statesBody(d.ents[e]) || d.acronymBody(e):
				return false // a body of states or members in session
			case firmName(name):
				own = true
			}
		}
	}
	return own
}

// localCouncil says whether name is a town's, a city's or a county's
// council ("Harwood District Council"): its sittings are its own.
func localCouncil(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || ws[len(ws)-1] != "Council" {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		switch w {
		case "City", "District", "County", "Town", "Borough", "Municipal", "Parish", "Metropolitan", "Shire", "Village", "Regional":
			return true
		}
	}
	return false
}

// spectators says whether the "audience" at n is a crowd one sits in ("sat
// in the audience at the gala"), not one granted ("an audience with
// X"): a show watched, no meeting.
func spectators(t *tree, n int) bool {
	if t.lw[n] != "audience" || t.prep(n) != "in" && t.prep(n) != "among" {
		return false
	}
	for _, k := range t.deps(n, "nmod") {
		if t.prep(k) == "with" {
			return false
		}
	}
	return true
}

// toldAbout says whether meeting noun n is what a teller tells someone
// of ("He told the committee the meeting showed progress"): the teller
// and the told hold no meeting by it (one who "told the meeting" speaks
// at it, and is read so).
func toldAbout(t *tree, n int) bool {
	h := t.head[n]
	if h < 0 || !sayVerbs[t.lw[h]] || !t.is(n, "obj", "iobj") {
		return false
	}
	// the one told stands before the meeting's own article, as an object
	// of its own or read into the meeting's phrase ("told the X
	// Committee the meeting ..."); one article before both is a single
	// phrase, the meeting told to ("told a X council meeting that")
	det := t.dep(n, "det")
	if det < 0 {
		return false
	}
	for _, k := range append(t.deps(h, "obj", "iobj"), t.deps(n, "compound")...) {
		if k < det {
			return true
		}
	}
	return false
}

// unnamedOrgans says whether meeting noun f is the sitting of an organ a
// possessive tells only by its kind ("the panel's May 3-4 meeting"), at
// which a passive clause tells something done ("will be reviewed during
// the panel's meeting"): what is reviewed or heard there does not sit on
// the organ, and the organ has no name to meet by.
func (d *doc) unnamedOrgans(si int, t *tree, f *frame) bool {
	k, v := t.dep(f.t, "nmod:poss"), t.head[f.t]
	if k < 0 || v < 0 || !organNouns[t.lw[k]] || d.mentionAt(si, k) != nil || len(flatten(f.others)) > 0 || !t.is(f.t, "obl") {
		return false
	}
	if t.dep(v, "aux:pass", "nsubj:pass") < 0 {
		return false
	}
	owner := d.organOwner(si, t, k)
	return !slices.Contains(f.agents, owner) && len(d.organBodies(si, t, k)) == 0
}
