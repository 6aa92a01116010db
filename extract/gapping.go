package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// A gapped meeting tells one verb with several counterparts, each with
// its own place or day, the verb left out before each one after the
// first: "will meet A in P on Tuesday and B in Q the following day",
// "met A on Monday and B on Tuesday", "held talks with A in P and with B
// in Q". Each counterpart is a meeting of its own, where and when its
// own words say. The parser hangs such remnants anywhere (on the last
// date, on the verb, as an apposition), so they are read from the words
// after the first counterpart: names, place phrases, dates and the
// commas and "and" between them, up to the end of the clause.

// gapLeg is one counterpart of a gapped meeting and its own words.
type gapLeg struct {
	ent   int       // the counterpart
	place int       // its place, or -1
	date  *dateExpr // its day, or nil
	with  bool      // opened by its own "with"
	part  bool      // a part of the day of its own ("in the morning")
	trail bool      // its date told after its name, not before it
}

// gapFillers are the words that may stand between the units of a gapped
// list without ending it.
var gapFillers = set("and", ",", "then", "also", "later", "separately", "respectively")

// dayParts tell a part of the day a gapped counterpart is met in: "A in
// the morning and B in the afternoon".
var dayParts = set("morning", "afternoon", "evening", "night")

// gappedLegs splits meeting frame f of sentence si into one frame per
// counterpart when its counterparts are gapped, each with its own place
// and day; nil when they are not.
func (d *doc) gappedLegs(si int, t *tree, f frame) []frame {
	if f.typ != newsgraph.Meeting || len(f.agents) == 0 || len(f.others) == 0 {
		return nil
	}
	anchor := f.t
	if f.light >= 0 && f.light < anchor {
		anchor = f.light
	}
	legs := d.readLegs(si, t, f, anchor)
	if len(legs) < 2 {
		return nil
	}
	// gapped when a counterpart before the last has words of its own, or
	// every counterpart has its own "with"
	own, withs := false, true
	for _, l := range legs[:len(legs)-1] {
		own = own || l.place >= 0 || l.date != nil || l.part
	}
	for _, l := range legs {
		withs = withs && l.with
	}
	if !own && !withs {
		return nil
	}
	// the first one's day, when its words tell none, is one told before
	// the verb ("On Friday, X saw A in P and, on Saturday, B in Q")
	var before *dateExpr
	for x := range d.dates[si] {
		if e := &d.dates[si][x]; e.j <= anchor && (before == nil || e.j > before.j) {
			before = e
		}
	}
	// what only the last one states after its name is said of them all
	// ("A in P and B in Q on Monday"); what one leaves unsaid, it shares
	// with the one before it
	last := legs[len(legs)-1]
	dated, placed := false, false
	for _, l := range legs[:len(legs)-1] {
		dated, placed = dated || l.date != nil, placed || l.place >= 0
	}
	out := make([]frame, 0, len(legs))
	for i := range legs {
		l := &legs[i]
		if l.date == nil {
			switch {
			case i > 0:
				l.date = legs[i-1].date
			case before != nil:
				l.date = before
			case !dated && last.trail:
				l.date = last.date
			}
		}
		if l.place < 0 {
			switch {
			case i > 0:
				l.place = legs[i-1].place
			case !placed:
				l.place = last.place
			}
		}
		g := f
		g.others = [][]int{{l.ent}}
		if l.place >= 0 {
			g.loc = l.place
		}
		g.day, g.dayFixed = l.date, true
		out = append(out, g)
	}
	return out
}

// readLegs reads the counterparts of meeting frame f after its trigger
// (at anchor) and the words each has of its own, or nil when the words
// after the first counterpart are not such a list.
func (d *doc) readLegs(si int, t *tree, f frame, anchor int) []gapLeg {
	toks := d.sents[si].tokens
	all := flatten(f.others)
	var first *mention
	for _, mi := range d.bySent[si] {
		m := &d.mentions[mi]
		if m.kind == named && m.ent >= 0 && m.i > anchor && slices.Contains(all, m.ent) && (first == nil || m.i < first.i) {
			first = m
		}
	}
	if first == nil {
		return nil
	}
	with := false // "with A", "with the trade minister, A"
	for k := first.i - 1; k > anchor; k-- {
		if t.lw[k] == "with" {
			with = d.nameAfter(si, k+1) == first
			break
		}
	}
	legs := []gapLeg{{ent: first.ent, place: -1, with: with}}
	cur := &legs[0]
	joined := false    // a comma or "and" since the last counterpart
	lastPlace := false // the last unit read was a place
	// a place or day after the comma or "and" and before the next name is
	// that name's: "and, on Saturday, B in Q"
	var pendDate *dateExpr
	pendPlace := -1
	for k := first.j; k < len(toks); {
		w := t.lw[k]
		if w == "." || w == ";" || w == "!" || w == "?" || w == "," && d.saidAfter(si, k) {
			break // the clause ends (", a spokesman said.")
		}
		if w == "," && k+1 < len(toks) && !gapFillers[t.lw[k+1]] && t.lw[k+1] != "with" && d.dateAt(si, k+1) == nil && d.nameAfter(si, k+1) == nil && trailingPhrase(t, k) {
			break // a phrase set off after the list: ", in the third round of talks"
		}
		if e := d.dateAt(si, k); e != nil {
			switch {
			case joined && pendDate == nil:
				pendDate = e
			case joined || cur.date != nil:
				return nil
			default:
				cur.date, cur.trail = e, true
			}
			k, lastPlace = e.j, false
			continue
		}
		if (w == "in" || w == "at") && k+2 < len(toks) && t.lw[k+1] == "the" && dayParts[t.lw[k+2]] {
			cur.part = true // "in the morning"
			k, lastPlace = k+3, false
			continue
		}
		if w == "in" || w == "at" {
			m := d.mentionAt(si, k+1)
			if m == nil || m.i != k+1 || !d.isPlace(m.ent) {
				return nil
			}
			switch {
			case joined && pendPlace < 0:
				pendPlace = m.ent
			case joined || cur.place >= 0:
				return nil
			default:
				cur.place = m.ent
			}
			k, lastPlace = m.j, true
			continue
		}
		if gapFillers[w] {
			joined = joined || w == "," || w == "and"
			k++
			continue
		}
		if !joined {
			return nil
		}
		with := w == "with"
		g := k
		if with {
			g++
		}
		m := d.nameAfter(si, g)
		if m == nil || slices.Contains(f.agents, m.ent) {
			return nil
		}
		if typ := d.ents[m.ent].typ; typ != newsgraph.Person && typ != newsgraph.Organization || lastPlace && d.isPlace(m.ent) {
			return nil // "in A and B": a second place, no counterpart
		}
		legs = append(legs, gapLeg{ent: m.ent, place: pendPlace, date: pendDate, with: with})
		cur = &legs[len(legs)-1]
		pendDate, pendPlace = nil, -1
		k, joined, lastPlace = m.j, false, false
	}
	if pendDate != nil || pendPlace >= 0 {
		return nil // "met A on Monday and on Tuesday": no second name
	}
	return legs
}

// nameAfter is the name that token k of sentence si opens, after an
// article or a title ("the Metalworkers Union", "President A", "the
// trade minister, A"), or nil.
func (d *doc) nameAfter(si, k int) *mention {
	if g, _, and, _ := d.titleGap(si, k); !and {
		k = g
	}
	toks := d.sents[si].tokens
	// capitalised words of an office the tables do not know ("Palestinian
	// Authority President A")
	for g := k; g < len(toks) && g < k+5; g++ {
		if m := d.mentionAt(si, g); m != nil {
			if m.i == g && (g == k || d.ents[m.ent].typ == newsgraph.Person) {
				return m
			}
			return nil
		}
		// (or lower-case ones: "and intelligence chief A", a person's)
		if !toks[g].isCap() && toks[g].pos != "NN" && toks[g].pos != "JJ" {
			return nil
		}
	}
	return nil
}

// dateAt is the date of sentence si that starts at token k, or right
// after its preposition there ("on Tuesday", "the following day").
func (d *doc) dateAt(si, k int) *dateExpr {
	toks := d.sents[si].tokens
	for x := range d.dates[si] {
		e := &d.dates[si][x]
		if e.i == k || e.i == k+1 && (strings.EqualFold(toks[k].text, "on") || strings.EqualFold(toks[k].text, "in") || strings.EqualFold(toks[k].text, "by")) {
			return e
		}
	}
	return nil
}

// saidAfter says whether the comma at token k of sentence si closes the
// clause before a tag naming who said it: ", a spokesman said.",
// ", officials said", ", according to ...".
func (d *doc) saidAfter(si, k int) bool {
	toks := d.sents[si].tokens
	for x := k + 1; x < len(toks) && x <= k+8; x++ {
		w := strings.ToLower(toks[x].text)
		if sayVerbs[w] || w == "according" || w == "told" {
			return true
		}
		if w == "," || w == ";" {
			return false
		}
	}
	return false
}

// trailingPhrase says whether the comma at token k sets off a phrase that
// closes the sentence with no verb of its own (but in a clause it opens:
// ", in the round of talks since they began in May"), not a clause.
func trailingPhrase(t *tree, k int) bool {
	for x := k + 1; x < len(t.lw); x++ {
		w := t.lw[x]
		if subordinators[w] || w == "which" || w == "that" || w == "who" || w == "where" {
			return true
		}
		switch t.tag[x] {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	return true
}
