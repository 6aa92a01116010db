package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// contestStory says whether the story of sentence si reports games: a
// score beside a word of winning or losing ("beat X 6-1", "won 2-0") or
// between two names ("Kerrow 2-1 Vessia"), or two fixture lines ("Arsenal
// v Stoke"). In such a story sides that
// "meet" play each other, and a team that travels goes to a game.
func (d *doc) contestStory(si int) bool {
	st := d.stories[si]
	if v, ok := d.contests[st]; ok {
		return v
	}
	found, fixtures := false, 0
	for s := range d.sents {
		if d.stories[s] != st || found {
			continue
		}
		toks := d.sents[s].tokens
		if fixtureLine(toks) {
			fixtures++
		}
		for k := range toks {
			// ("Hearts 2-1 Livingston": a result line, the score between the sides)
			if scoreAt(toks, k) && (resultNear(toks, k) || k > 0 && k+1 < len(toks) && toks[k-1].isCap() && toks[k+1].isCap()) {
				found = true
				break
			}
		}
	}
	found = found || fixtures >= 2
	if d.contests == nil {
		d.contests = map[int]bool{}
	}
	d.contests[st] = found
	return found
}

// scoreAt says whether token k is a score: two small numbers joined by a
// hyphen ("6-1", "2-0"), not a span of days ("June 8-10") or a rate.
func scoreAt(toks []token, k int) bool {
	a, b, ok := strings.Cut(toks[k].text, "-")
	if !ok || !smallNumber(a) || !smallNumber(b) {
		return false
	}
	if k > 0 {
		if _, month := months[strings.ToLower(toks[k-1].text)]; month {
			return false
		}
	}
	if k+1 < len(toks) && (measureWords[strings.ToLower(toks[k+1].text)] || toks[k+1].text == "/") {
		return false // "5-6 pct", "10-12 days"
	}
	if k+1 < len(toks) {
		if _, month := months[strings.ToLower(toks[k+1].text)]; month {
			return false // "On 15-16 April": days of a month
		}
	}
	return true
}

// measureWords follow a span of numbers that is no score.
var measureWords = set("pct", "percent", "per", "%", "cts", "dlrs", "mln", "billion", "million", "year", "years", "month",
	"months", "week", "weeks", "day", "days", "hour", "hours", "minutes", "points", "pence", "cents")

// smallNumber: one or two digits.
func smallNumber(w string) bool {
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// resultNear says whether a word of a game's result stands within a few
// words of the score at k: "beat X 6-1", "a 2-0 win", "lost 3-1".
func resultNear(toks []token, k int) bool {
	for j := k - 8; j <= k+3; j++ {
		if j >= 0 && j < len(toks) && j != k && resultWords[strings.ToLower(toks[j].text)] {
			return true
		}
	}
	return false
}

// resultWords tell who won a game.
var resultWords = set("beat", "beats", "beating", "beaten", "defeat", "defeats", "defeated", "defeating", "win", "wins",
	"won", "winning", "winner", "lost", "lose", "loses", "losing", "loss", "drew", "draw", "victory", "thrashed", "edged",
	"ousted", "survived", "victors", "victor", "winners", "trailed", "trailing", "led", "leading", "lead", "score", "scored", "scoring", "routed", "downed")

// fixtureLine says whether a sentence is a line of a fixture list: names
// on either side of "v" or "vs", and no verb.
func fixtureLine(toks []token) bool {
	if len(toks) < 3 || len(toks) > 12 {
		return false
	}
	v := -1
	for k, tk := range toks {
		switch w := strings.ToLower(tk.text); {
		case w == "v" || w == "vs" || w == "v." || w == "vs.":
			v = k
		case strings.HasPrefix(tk.pos, "VB") && tk.pos != "VBN":
			return false
		}
	}
	return v > 0 && v+1 < len(toks) && toks[v-1].isCap() && toks[v+1].isCap()
}

// gameFrame says whether frame f, read at trigger i of a story that
// reports games, is a game rather than an event: sides that "meet" (a
// match), a team that travels or visits (an away game), "gathered by
// the keeper" (the ball caught).
func (d *doc) gameFrame(t *tree, i int, f frame) bool {
	switch {
	case f.typ == newsgraph.Meeting && !f.noun && t.dep(i, "aux:pass") >= 0:
		return true
	case f.typ == newsgraph.Meeting && (!f.noun && strings.HasPrefix(t.lw[i], "me") || f.noun && f.light < 0 && (t.lw[i] == "meeting" || t.lw[i] == "meetings")):
		// (not "Manager X and FAI officials met representatives of
		// five nations": people told by what they are meet for their
		// sides, to talk)
		var sides []int
		for _, a := range t.deps(i, "nsubj", "obj", "obl", "nmod") {
			if p := t.prep(a); t.is(a, "obl", "nmod") && p != "with" {
				continue
			}
			sides = append(sides, t.conjuncts(a)...)
		}
		for _, a := range sides {
			if !strings.HasPrefix(t.tag[a], "NNP") && (groupNouns[t.lw[a]] || memberNouns[t.lw[a]]) {
				return false
			}
		}
		return true
	case f.typ == newsgraph.Visit && len(f.agents) > 0:
		// (a country that travels in such a story is its team: "France
		// go to Edinburgh for the decider")
		for _, a := range f.agents {
			if d.ents[a].typ != newsgraph.Organization && !(d.ents[a].typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[a].name)) {
				return false
			}
		}
		return true
	}
	return false
}

// sportWords are words of the sports pages: a story that uses two of them
// is about sport, whether or not it gives a score.
var sportWords = set("coach", "winger", "striker", "midfielder", "defender", "goalkeeper", "fly-half", "scrum-half", "flanker",
	"squad", "match", "matches", "fixture", "fixtures", "tournament", "league", "innings", "wicket", "wickets", "test", "tests")

// sportStory says whether the story of sentence si is about sport: it
// reports games, or uses two different words of the sports pages ("Test"
// only with its capital, as a game).
func (d *doc) sportStory(si int) bool {
	if d.contestStory(si) {
		return true
	}
	seen := map[string]bool{}
	for s := range d.sents {
		if d.stories[s] != d.stories[si] {
			continue
		}
		for _, tk := range d.sents[s].tokens {
			w := strings.ToLower(tk.text)
			if sportWords[w] && (w != "test" && w != "tests" || tk.isCap()) {
				seen[w] = true
			}
		}
	}
	return len(seen) >= 2
}

// sidesTour says whether visit frame f, read at the trip noun i, is a
// sports tour: a team (a body, or a land standing for its side) among its
// travellers in a story about sport ("the Lions tour to X", "the Scotland
// tour to Y", "England will tour Z").
func (d *doc) sidesTour(si int, t *tree, i int, f frame) bool {
	if f.typ != newsgraph.Visit || !(f.noun && visitNouns[t.lw[i]] || strings.HasPrefix(t.lw[i], "tour")) {
		return false
	}
	return len(d.withoutSides(f.agents)) < len(f.agents) && d.sportStory(si)
}

// withoutSides are ents less the bodies and lands, which on a sports tour
// are its teams.
func (d *doc) withoutSides(ents []int) []int {
	var out []int
	for _, e := range ents {
		if typ := d.ents[e].typ; typ != newsgraph.Organization && typ != newsgraph.GPE {
			out = append(out, e)
		}
	}
	return out
}

// playersTrip says whether visit frame f, read at the trip noun i of a
// story about sport, is a side's trip to play that the sentence tells
// only as something to be fit for, miss or prepare for ("fit in time for
// the tour to X", "missed the 2001 tour to Y", "before the flight out to Z"):
// no one's visit. One who makes or joins the tour (the noun the object of
// a verb) is read by sidesTour.
func (d *doc) playersTrip(si int, t *tree, i int, f frame) bool {
	if f.typ != newsgraph.Visit || !f.noun || !visitNouns[t.lw[i]] || t.lw[i] == "visit" || t.lw[i] == "visits" {
		return false
	}
	if h := t.head[i]; t.is(i, "obj") && h >= 0 && t.verb(h) {
		return false
	}
	return d.sportStory(si)
}
