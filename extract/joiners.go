package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph"
)

// joinedNouns are the gatherings "X took part in the meeting" points back
// to, "the" marking one the story has told.
var joinedNouns = set("meeting", "talks", "discussions", "negotiations")

// latecomers adds to a meeting the story told before the people and firms
// a later sentence says attended, participated or took part in "the
// meeting" or "the talks": the definite noun names no one of its own, so
// it is that meeting, and they were at it.
func (d *doc) latecomers() {
	for si, t := range d.trees {
		if t == nil || d.sents[si].heading {
			continue
		}
		for v := range t.lw {
			if !t.verb(v) || t.negatedAt(v) {
				continue
			}
			n := -1
			switch w := t.lw[v]; {
			case attendVerbs[w]:
				n = t.dep(v, "obj")
			case w == "participated" || w == "participates" || w == "participate" || w == "participating":
				n = inObject(t, v)
			case w == "took" || w == "take" || w == "takes" || w == "taking":
				// "took part in the talks": the phrase hangs on the verb
				// or on "part"
				if p := t.dep(v, "obj"); p >= 0 && t.lw[p] == "part" {
					if n = inObject(t, v); n < 0 {
						n = inObject(t, p)
					}
				}
			}
			at := false // "presented its case at the session", "told the conference"
			if n < 0 {
				n, at = atSession(t, v), true
			}
			if n < 0 || !joinedNouns[t.lw[n]] && !(at && sessionHeard[t.lw[n]]) || !t.noun(n) || !toldBefore(t, n) && !(at && theSitting(t, n)) {
				continue
			}
			var ents []int
			for _, e := range d.subjectOf(si, t, v) {
				if !d.isPlace(e) || d.x.gz.isCountry(d.ents[e].name) { // a country takes part, a city does not
					ents = append(ents, e)
				}
			}
			if len(ents) == 0 {
				continue
			}
			if e := d.meetingBefore(si); e != nil && d.sameTime(si, t, v, e) && (!at || d.bodySession(e)) {
				for _, p := range ents {
					if !slices.Contains(e.people, p) {
						e.people = append(e.people, p)
					}
				}
				d.addSource(e, si)
			}
		}
	}
}

// sessionHeard are the sittings one speaks or acts at: "told the
// conference", "presented its case at the session".
var sessionHeard = set("session", "conference", "meeting", "assembly", "talks", "consultations")

// heardVerbs address a sitting as their object: "told the conference".
var heardVerbs = set("told", "tells", "tell", "telling", "addressed", "addresses", "address", "addressing", "briefed", "urged", "warned", "assured")

// atSession is the sitting noun verb v is done at or addresses ("said at
// the session", "told the conference"), or -1.
func atSession(t *tree, v int) int {
	if heardVerbs[t.lw[v]] {
		if o := t.dep(v, "obj", "iobj"); o >= 0 && sessionHeard[t.lw[o]] {
			return o
		}
	}
	for _, o := range t.deps(v, "obl") {
		if t.prep(o) == "at" && sessionHeard[t.lw[o]] {
			return o
		}
	}
	// "presented its case for quotas at the session" with the phrase
	// hung on the noun before it
	for _, o := range t.deps(v, "obj", "obl") {
		for _, k := range t.deps(o, "nmod") {
			if t.prep(k) == "at" && sessionHeard[t.lw[k]] && lastOf(t, k) == lastOf(t, o) {
				return k
			}
		}
	}
	return -1
}

// theSitting says whether noun n is "the session" with no owner or kind
// of its own, whatever clause the parser hung on it ("told the
// conference that stocks were high").
func theSitting(t *tree, n int) bool {
	def := false
	for _, k := range t.kids[n] {
		switch {
		case t.is(k, "det"):
			def = t.lw[k] == "the" || t.lw[k] == "this"
		case t.is(k, "nmod:poss", "compound", "amod", "appos", "nummod"):
			return false
		}
	}
	return def
}

// bodySession says whether meeting e is a body's own session: its one
// participant, or the first, an organisation, the others joining it.
func (d *doc) bodySession(e *docEvent) bool {
	return len(e.people) > 0 && d.ents[e.people[0]].typ == newsgraph.Organization && (d.assembly(e.people[0]) || d.acronymBody(e.people[0]))
}

// inObject is the "in" phrase of verb (or noun) v: "participated in the
// talks".
func inObject(t *tree, v int) int {
	for _, o := range t.deps(v, "obl", "nmod") {
		if t.prep(o) == "in" {
			return o
		}
	}
	return -1
}

// toldBefore says whether noun n is "the meeting" (or "that", "those"
// talks) with nothing of its own: no one it is with or of, no owner, no
// kind ("the board meeting") to make it another gathering.
func toldBefore(t *tree, n int) bool {
	def := false
	for _, k := range t.kids[n] {
		switch {
		case t.is(k, "det"):
			def = t.lw[k] == "the" || t.lw[k] == "that" || t.lw[k] == "those" || t.lw[k] == "this" || t.lw[k] == "these"
		case t.is(k, "nmod") && (t.prep(k) == "in" || t.prep(k) == "at" || t.prep(k) == "on"):
			// "the meeting in Bonn": where or when the told one is
		case t.is(k, "nmod", "nmod:poss", "compound", "acl", "acl:relcl", "appos", "nummod"):
			return false
		}
	}
	return def
}

// meetingBefore is the latest meeting of sentence si's story first told in
// an earlier sentence, or nil.
func (d *doc) meetingBefore(si int) *docEvent {
	var best *docEvent
	first := -1
	for _, e := range d.events {
		if e.typ != newsgraph.Meeting || len(e.sources) == 0 || e.story != d.stories[si] {
			continue
		}
		s := e.sources[0]
		for _, x := range e.sources {
			s = min(s, x)
		}
		if s < si && s > first {
			best, first = e, s
		}
	}
	return best
}

// sameTime says whether verb v of sentence si can tell of meeting e: in
// its tense ("attended" a meeting that happened, "will attend" one to
// come) and on its dates, when the sentence states any ("will take part
// in the talks next month" is not Monday's meeting).
func (d *doc) sameTime(si int, t *tree, v int, e *docEvent) bool {
	past := t.tag[v] == "VBD" || t.tag[v] == "VBN" && t.dep(v, "aux") >= 0
	for _, a := range t.deps(v, "aux") {
		switch t.lw[a] {
		case "will", "would", "could", "may", "might", "shall", "to", "'ll":
			past = false
		}
	}
	if past != (e.status == newsgraph.Happened) {
		return false
	}
	if len(d.dates[si]) == 0 {
		return true
	}
	for _, x := range d.dates[si] {
		if overlaps(e.from, e.to, x.from, x.to) || x.pastFrom != "" && overlaps(e.from, e.to, x.pastFrom, x.pastFrom) {
			return true
		}
	}
	return false
}
