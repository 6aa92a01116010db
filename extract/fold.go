package extract

import "github.com/newsgraph/newsgraph"

// foldBodyMeetings drops a meeting of bodies the story also tells as the
// meeting of their people ("Velmora will meet Tarvel on Tuesday ... The
// meeting between Velmora boss Ann Lee and Tarvel's Bo Berg"): as many
// people as bodies, at least one of them holding an office of one of the
// bodies and none an office of another body, with the same status and no
// other date. Its sentences, and its date, become the people's meeting's.
func (d *doc) foldBodyMeetings() { d.foldRetold(d.peopleMeetingOf, true) }

// foldRetold drops each event that into says is told again as another
// event of the story, giving that event its sentences and, with dates,
// its days when it has none (the day one telling gives).
func (d *doc) foldRetold(into func(o *docEvent) *docEvent, dates bool) {
	keep := d.events[:0]
	dropped := false
	for _, o := range d.events {
		if p := into(o); p != nil {
			for _, si := range o.sources {
				d.addSource(p, si)
			}
			if dates && p.from == "" {
				p.from, p.to = o.from, o.to
			}
			dropped = true
			continue
		}
		keep = append(keep, o)
	}
	if dropped {
		d.events = keep
	}
}

// peopleMeetingOf is the meeting of people that body meeting o is told
// again as, or nil.
func (d *doc) peopleMeetingOf(o *docEvent) *docEvent {
	if o.typ != newsgraph.Meeting || len(o.people) < 2 {
		return nil
	}
	for _, b := range o.people {
		if d.ents[b].typ != newsgraph.Organization {
			return nil
		}
	}
	for _, p := range d.events {
		if p == o || p.typ != newsgraph.Meeting || p.status != o.status || len(p.people) != len(o.people) || o.from != "" && p.from != "" && o.from != p.from {
			continue
		}
		held, other := false, false
		for _, x := range p.people {
			e := d.ents[x]
			if e.typ != newsgraph.Person {
				other = true
				break
			}
			for _, mi := range e.mentions {
				m := d.mentions[mi]
				claims := m.also
				if m.role != nil {
					claims = append(claims[:len(claims):len(claims)], *m.role)
				}
				for _, c := range claims {
					if c.of == "" {
						continue
					}
					if d.bodyNamed(o.people, c.of) {
						held = true
					} else if c.ofType == newsgraph.Organization || c.ofType == newsgraph.GPE {
						other = true
					}
				}
			}
		}
		if held && !other {
			return p
		}
	}
	return nil
}

// bodyNamed says whether name is the name or an alias of one of bodies.
func (d *doc) bodyNamed(bodies []int, name string) bool {
	k := key(name)
	for _, b := range bodies {
		e := d.ents[b]
		if key(e.name) == k {
			return true
		}
		for _, a := range e.aliases {
			if key(a) == k {
				return true
			}
		}
	}
	return false
}
