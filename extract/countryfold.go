package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// foldCountryMeetings drops a meeting of a person with a country when the
// story has that person meeting someone who holds an office of that
// country at the same time: "arrived in X for talks with Y's leaders ...
// drove straight to a meeting with Y's foreign minister Z" tells one
// meeting, with Z, the first time without the name.
func (d *doc) foldCountryMeetings() { d.foldRetold(d.namedCounterpartOf, false) }

// namedCounterpartOf is the meeting that country meeting o (one person
// and one country) is told again as, naming the country's official, or
// nil.
func (d *doc) namedCounterpartOf(o *docEvent) *docEvent {
	if o.typ != newsgraph.Meeting || len(o.people) != 2 {
		return nil
	}
	person, country := -1, -1
	for _, e := range o.people {
		switch x := d.ents[e]; {
		case x.typ == newsgraph.Person:
			person = e
		case x.typ == newsgraph.GPE && d.x.gz.isCountry(x.name):
			country = e
		}
	}
	if person < 0 || country < 0 {
		return nil
	}
	for _, p := range d.events {
		if p == o || p.typ != newsgraph.Meeting || p.story != o.story || !containsAll(p.people, []int{person}) || !overlaps(p.from, p.to, o.from, o.to) {
			continue
		}
		if (p.status == newsgraph.Cancelled) != (o.status == newsgraph.Cancelled) {
			continue // ("arrived for talks with X's leaders": planned on arrival, held since)
		}
		for _, q := range p.people {
			if q != person && d.ents[q].typ == newsgraph.Person && d.signerCountry(q) == country {
				return p
			}
		}
	}
	return nil
}

// talksBehind are the sides of the agreement that talks (frame f) are told
// as leading to, "sealed after talks in Oslo", "signed following
// negotiations": the agreement this sentence tells, or nil.
func (d *doc) talksBehind(si int, t *tree, f frame) []int {
	n, h := f.t, t.head[f.t]
	if h >= 0 && t.head[h] >= 0 && t.is(h, "advcl", "xcomp") && hasMark(t, h, "to") && agreeVerbs[t.lw[t.head[h]]] {
		h = t.head[h] // "agreed to build a tunnel, after talks in X": the talks led to the agreeing
	}
	if h < 0 || !t.is(n, "obl") || !t.verb(h) || !agreeVerbs[t.lw[h]] && !makeVerbs[t.lw[h]] {
		return nil
	}
	if p := t.prep(n); p != "after" && p != "following" {
		return nil
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		e := d.events[i]
		if e.typ != newsgraph.Agreement || !slices.Contains(e.sources, si) {
			continue
		}
		if len(e.places) >= 2 {
			return e.places
		}
		if len(e.people) >= 2 {
			return e.people
		}
		return nil
	}
	return nil
}

// guestOf is the visitor of the visit the story told in sentence si or
// the one before, when the visitor is not among hosts and is the one
// person visiting then: whom talks with hosts and no side of their own
// named are with. -1 for none.
func (d *doc) guestOf(si int, hosts []int) int {
	guest := -1
	for _, e := range d.events {
		if e.typ != newsgraph.Visit || e.story != d.stories[si] || len(e.people) == 0 || slices.Contains(hosts, e.people[0]) {
			continue
		}
		if !slices.Contains(e.sources, si) && !slices.Contains(e.sources, si-1) {
			continue
		}
		if guest >= 0 && guest != e.people[0] {
			return -1 // two travellers: whose talks the text does not say
		}
		guest = e.people[0]
	}
	return guest
}

// guestNouns stand for whoever is visiting: "the visitors", "the guest".
var guestNouns = set("visitor", "visitors", "guest", "guests", "delegation", "mission")

// recentVisitors are the visitors of the visits the story told in sentence
// si or the two before: whom "the visitors" are.
func (d *doc) recentVisitors(si int) []int {
	var out []int
	for _, e := range d.events {
		if e.typ != newsgraph.Visit || e.story != d.stories[si] || len(e.people) == 0 {
			continue
		}
		for _, s := range e.sources {
			if s <= si && s >= si-2 {
				out = append(out, e.people[0])
				break
			}
		}
	}
	return uniq(out)
}

// foldAirportVisits folds a landing at an airport ("landed at X
// International Airport on Monday") into the visit the story tells its
// traveller making to a town or country: the airport is the door to that
// visit, not a visit of its own. A landing with no such visit stays. (A
// tour of a region stays too: news counts "a trip to Europe" a visit of
// its own beside its stops.)
func (d *doc) foldAirportVisits() { d.foldRetold(d.visitThroughAirport, true) }

// visitThroughAirport is the visit to a town or country that visit o, to
// airports only, is the arrival of: one of the story's, by one of o's
// visitors, not called off (a state visit spans days: the landing's day
// need not be the day the story gives the visit); or nil.
func (d *doc) visitThroughAirport(o *docEvent) *docEvent {
	if o.typ != newsgraph.Visit || len(o.places) == 0 || o.status == newsgraph.Cancelled {
		return nil
	}
	for _, q := range o.places {
		if d.ents[q].typ != newsgraph.Facility || !strings.Contains(strings.ToLower(d.ents[q].name), "airport") {
			return nil
		}
	}
	var best *docEvent
	for _, p := range d.events {
		if p == o || p.typ != newsgraph.Visit || p.story != o.story || p.status == newsgraph.Cancelled {
			continue
		}
		shared, town := false, false
		for _, v := range o.people {
			shared = shared || containsAll(p.people, []int{v})
		}
		for _, q := range p.places {
			town = town || d.ents[q].typ == newsgraph.GPE
		}
		if shared && town && (best == nil || len(p.sources) > 0 && len(best.sources) > 0 && p.sources[0] < best.sources[0]) {
			best = p
		}
	}
	return best
}

// calledOffVisits reads "the visit was cancelled", "the trip has been
// called off" told after a planned visit, naming no place of its own: the
// story's last planned visit told in the two sentences before is called off.
func (d *doc) calledOffVisits() {
	for si := range d.sents {
		if !calledOffTrip(d.sents[si].tokens) {
			continue
		}
		var last *docEvent
		for _, e := range d.events {
			if e.typ != newsgraph.Visit || e.status != newsgraph.Planned || e.story != d.stories[si] || len(e.sources) == 0 || e.sources[0] >= si {
				continue
			}
			if last == nil || e.sources[0] > last.sources[0] {
				last = e
			}
		}
		if last != nil && last.sources[0] >= si-2 {
			last.status = newsgraph.Cancelled
			d.addSource(last, si)
		}
	}
}

// calledOffTrip says whether the words tell "the visit was cancelled", "the
// trip had been called off", "the tour has been scrapped", with only
// auxiliaries between the noun and the verb: no place of its own ("the
// visit to X was cancelled" is a visit read at its noun).
func calledOffTrip(toks []token) bool {
	for k := 0; k+3 < len(toks); k++ {
		if !strings.EqualFold(toks[k].text, "the") || !visitNouns[strings.ToLower(toks[k+1].text)] {
			continue
		}
		c := k + 2
		for c < len(toks) && c <= k+4 && auxWords[strings.ToLower(toks[c].text)] {
			c++
		}
		if c == k+2 || c >= len(toks) {
			continue
		}
		w := strings.ToLower(toks[c].text)
		if cancelledGov[w] && w != "off" && w != "collapsed" && w != "suspended" || w == "called" && c+1 < len(toks) && strings.EqualFold(toks[c+1].text, "off") {
			return true
		}
	}
	return false
}

// auxWords carry a passive: "was", "had been", "has now been".
var auxWords = set("is", "was", "are", "were", "be", "been", "has", "had", "have", "now", "also", "since", "reportedly")
