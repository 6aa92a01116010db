package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph"
)

// formerNames merges a firm's former name into the firm the story names
// with it ("Armada Corp, formerly Northfield Steel Co", "Armada Corp
// (formerly known as Northfield Steel Co)"): a renamed firm is one entity,
// its old name an alias.
func (d *doc) formerNames() {
	byStart := map[[2]int]int{} // (sentence, first token) -> named mention
	for mi, m := range d.mentions {
		if m.kind == named && m.i >= 0 && m.ent >= 0 {
			byStart[[2]int{m.sent, m.i}] = mi
		}
	}
	for _, m := range d.mentions {
		if m.kind != named || m.i < 0 || m.ent < 0 || d.ents[m.ent].typ != newsgraph.Organization {
			continue
		}
		toks := d.sents[m.sent].tokens
		k := m.j
		if k+1 >= len(toks) || toks[k].text != "," && toks[k].text != "(" || toks[k+1].text != "formerly" {
			continue
		}
		k += 2
		if k+1 < len(toks) && (toks[k].text == "known" || toks[k].text == "called") && toks[k+1].text == "as" {
			k += 2
		}
		oi, ok := byStart[[2]int{m.sent, k}]
		if !ok {
			continue
		}
		o := d.mentions[oi]
		if o.ent == m.ent || d.ents[o.ent].typ != newsgraph.Organization && d.ents[o.ent].typ != newsgraph.Other {
			continue
		}
		d.merge(m.ent, o.ent)
	}
}

// formalNames are the names news gives a country in place of its own,
// with the countries each may stand for: "the Islamic Republic" is Iran in
// a story about Iran, Pakistan in one about Pakistan.
var formalNames = map[string][]string{
	"islamic republic": {"Iran", "Pakistan", "Afghanistan", "Mauritania"},
	"kingdom":          {"Saudi Arabia", "Jordan", "Bahrain", "Morocco", "Thailand", "Cambodia", "United Kingdom", "Netherlands", "Belgium", "Spain", "Sweden", "Norway", "Denmark", "Eswatini", "Lesotho", "Bhutan"},
	"hermit kingdom":   {"North Korea"},
	"middle kingdom":   {"China"},
}

// formalCountries merges a country's formal or descriptive name ("the
// Islamic Republic", "the Kingdom") into the one country it may stand for
// that the story names; where it names none of them, or two, the name
// stays as it is.
func (d *doc) formalCountries() {
	for ei, e := range d.ents {
		if len(e.mentions) == 0 || e.typ == newsgraph.Person {
			continue
		}
		cands := formalNames[key(e.name)]
		if cands == nil {
			continue
		}
		into := -1
		for ej, f := range d.ents {
			if ej == ei || len(f.mentions) == 0 || f.typ != newsgraph.GPE || !slices.Contains(cands, f.name) {
				continue
			}
			if into >= 0 && d.ents[into].name != f.name {
				into = -2 // two countries it may stand for
				break
			}
			into = ej
		}
		if into >= 0 {
			d.merge(into, ei)
		}
	}
}
