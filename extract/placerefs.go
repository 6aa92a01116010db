package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// Places a story names by a description instead of a name: "arrived in the
// Kenyan capital", "landed in the island nation". Wire copy uses them to
// avoid repeating a name it has just given, so the description stands for
// that name or, for a capital, for the city its adjective's country is
// governed from.

// stateNouns are what a description calls a country: "the island nation",
// "the Gulf state", "the Himalayan kingdom".
var stateNouns = set("nation", "country", "kingdom", "republic", "emirate", "sultanate", "state", "archipelago")

// describedPlace is the place the definite description headed by word k
// stands for, or -1: "the South Korean capital" is Seoul; "the island
// nation", "the Gulf state", "the country" are the country the story named
// last before it, "the city" the town. "The state" alone is a government more than a land, and
// "the Indian state" one of a country's states, so a state needs a
// modifier that is no nationality.
func (d *doc) describedPlace(si int, t *tree, k int) int {
	if k < t.from || !t.noun(k) || d.mentionAt(si, k) != nil || !hasDep(t, k, "the") || t.dep(k, "appos", "acl:relcl") >= 0 {
		return -1
	}
	for _, o := range t.deps(k, "nmod") {
		if t.prep(o) == "of" {
			return -1 // "the state of Qatar", "the capital of Peru": the name is there
		}
	}
	mods := t.deps(k, "amod", "compound")
	if t.lw[k] == "capital" {
		for _, a := range mods {
			if c := d.demonymAt(si, a); c != "" && d.x.gz.capital[c] != "" {
				return d.placeNamed(d.x.gz.capital[c])
			}
		}
		for _, a := range mods {
			if t.lw[a] == "national" || t.lw[a] == "federal" {
				return d.capitalNamedBefore(si, k)
			}
		}
		if len(mods) == 0 {
			return d.storyCapital(si, k)
		}
		return -1
	}
	if townNouns[t.lw[k]] {
		return d.townNamedBefore(si, k)
	}
	if worksNouns[t.lw[k]] && len(mods) == 0 {
		return d.worksTownBefore(si, k)
	}
	if !stateNouns[t.lw[k]] {
		return -1
	}
	for _, a := range mods {
		if d.demonymAt(si, a) != "" || d.mentionAt(si, a) != nil {
			return -1 // "the Indian state", "the Kerala state": part of a country
		}
	}
	if t.lw[k] == "state" && len(mods) == 0 {
		return -1
	}
	return d.countryNamedBefore(si, k)
}

// capitalNamedBefore is the one capital the story of sentence si names up
// to word k, of a country it names or is filed from, for "the national
// capital": a story that names its country's seat once calls it so after
// ("saw X in Nairobi ... during a stay in the national capital"); -1 when
// it names none or two.
func (d *doc) capitalNamedBefore(si, k int) int {
	found, dl := -1, ""
	if p := d.datelinePlaceFor(si, "", ""); p >= 0 {
		dl = d.x.gz.countryOf(d.ents[p].name)
	}
	for s := si; s >= 0 && d.stories[s] == d.stories[si]; s-- {
		for _, mi := range d.bySent[s] {
			m := d.mentions[mi]
			if m.kind != named || m.ent < 0 || s == si && m.j > k || d.ents[m.ent].typ != newsgraph.GPE {
				continue
			}
			name := d.ents[m.ent].name
			if c := d.x.gz.countryOf(name); c == "" || d.x.gz.capital[c] != name || d.entByName(c) < 0 && !sameState(dl, c) {
				continue // (the seat of a country the story names or is filed from: "in Rome" of a story set in Brazil is none)
			}
			if found >= 0 && found != m.ent {
				return -1
			}
			found = m.ent
		}
	}
	return found
}

// storyCapital is the city "the capital" alone stands for at word k of
// sentence si: the one capital the story names before it, else the
// capital of the country it is filed from or, with no dateline, of the
// only country the nearest sentence naming one names ("arrived in Peru on
// Monday ... in the capital, he met"); -1 when none or two could be meant.
func (d *doc) storyCapital(si, k int) int {
	if c := d.capitalNamedBefore(si, k); c >= 0 {
		return c
	}
	country := ""
	if p := d.datelinePlaceFor(si, "", ""); p >= 0 {
		country = d.x.gz.countryOf(d.ents[p].name)
	} else if c := d.countryNamedBefore(si, k); c >= 0 && d.soleCountryBefore(si, k, c) {
		country = d.ents[c].name
	}
	if country == "" || d.x.gz.capital[country] == "" {
		return -1
	}
	return d.placeNamed(d.x.gz.capital[country])
}

// worksNouns are what a description calls a plant or a site: "toured the
// plant", "a visit to the works".
var worksNouns = set("plant", "works", "steelworks", "factory", "mill", "refinery", "smelter", "mine", "shipyard", "site")

// worksTownBefore is the town a plant is named by ("the Dunmore
// steelworks", "its Kelby plant") when the story of sentence si names one
// such before word k, for "the plant": the town the plant is in; -1 when it
// names none or two. (A place inside a compound word, "the Kenya-Uganda
// plant", names no plant: it has no word of its own for one to follow.)
func (d *doc) worksTownBefore(si, k int) int {
	found := -1
	for s := si; s >= 0 && d.stories[s] == d.stories[si]; s-- {
		toks := d.sents[s].tokens
		for _, mi := range d.bySent[s] {
			m := d.mentions[mi]
			if m.kind != named || m.ent < 0 || m.i < 0 || s == si && m.j >= k || m.j >= len(toks) || !worksNouns[strings.ToLower(toks[m.j].text)] ||
				d.ents[m.ent].typ != newsgraph.GPE || d.x.gz.isCountry(d.ents[m.ent].name) {
				continue
			}
			if found >= 0 && found != m.ent {
				return -1
			}
			found = m.ent
		}
	}
	return found
}

// townNouns are what a description calls a town: "met officials in the
// city", "arrived in the port city".
var townNouns = set("city", "town")

// townNamedBefore is the town or city named last before word k of sentence
// si, in it or the three sentences of its story before, or -1.
func (d *doc) townNamedBefore(si, k int) int {
	for s := si; s >= 0 && s >= si-3 && d.stories[s] == d.stories[si]; s-- {
		best, at := -1, -1
		for _, mi := range d.bySent[s] {
			m := d.mentions[mi]
			if m.kind != named || m.ent < 0 || s == si && m.j > k || d.ents[m.ent].typ != newsgraph.GPE || d.x.gz.isCountry(d.ents[m.ent].name) || d.x.gz.state[key(d.ents[m.ent].name)] != "" {
				continue
			}
			if m.i > at {
				best, at = m.ent, m.i
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// placeNamed is the entity of the place name, the story's own when it
// names it, else one implied.
func (d *doc) placeNamed(name string) int {
	if e := d.entByName(name); e >= 0 {
		return e
	}
	return d.implied(name, newsgraph.GPE)
}

// countryNamedBefore is the country named last before word k of sentence
// si, in it or the three sentences of its story before, or -1; not the
// own country of a person sentence si names ("Norway's minister flew to
// the Gulf state": not Norway).
func (d *doc) countryNamedBefore(si, k int) int {
	var people []int
	for _, mi := range d.bySent[si] {
		if m := d.mentions[mi]; m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person {
			people = append(people, m.ent)
		}
	}
	own := func(c int) bool {
		for _, p := range people {
			if d.ownCountry(p, c) {
				return true
			}
		}
		return false
	}
	for s := si; s >= 0 && s >= si-3 && d.stories[s] == d.stories[si]; s-- {
		best, at := -1, -1
		for _, mi := range d.bySent[s] {
			m := d.mentions[mi]
			if m.kind != named || m.ent < 0 || s == si && m.j > k || !d.x.gz.isCountry(d.ents[m.ent].name) || own(m.ent) {
				continue
			}
			if m.i > at {
				best, at = m.ent, m.i
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// soleCountryBefore says whether country c is the only one the nearest
// sentence naming a country names, up to word k of sentence si: a
// description ("the country") stands for a side only where no other
// state could be meant.
func (d *doc) soleCountryBefore(si, k, c int) bool {
	for s := si; s >= 0 && s >= si-3 && d.stories[s] == d.stories[si]; s-- {
		var found []int
		for _, mi := range d.bySent[s] {
			m := d.mentions[mi]
			if m.kind != named || m.ent < 0 || s == si && m.j > k || !d.x.gz.isCountry(d.ents[m.ent].name) {
				continue
			}
			found = uniq(append(found, m.ent))
		}
		if len(found) > 0 {
			return len(found) == 1 && found[0] == c
		}
	}
	return false
}

// reportersIn says whether place mention m tells where those who report
// the news are: "officials in Niamey said", "diplomats in Lima told
// Reuters". However the parser hangs it, it is no place of the event.
func (d *doc) reportersIn(si int, m *mention) bool {
	toks := d.sents[si].tokens
	if m.i < 2 || m.j >= len(toks) || !strings.EqualFold(toks[m.i-1].text, "in") || !sayVerbs[strings.ToLower(toks[m.j].text)] {
		return false
	}
	w := strings.ToLower(toks[m.i-2].text)
	return strings.HasSuffix(w, "s") && !toks[m.i-2].isCap() || w == "spokesman" || w == "spokeswoman" || w == "spokesperson"
}

// placeDateLine reads a dateline set as a line of its own, the place in
// capitals (or in title case, of a date near the published one) and the
// full date after a comma, as Indian and Gulf dailies and government
// releases write it: "NEW DELHI, NOVEMBER 18, 2021", "DOHA, 3 March 2022". It gives the place's entity and the day ("" when the line
// names no year and the story no published date).
func (d *doc) placeDateLine(si int) (int, string, bool) {
	toks := d.sents[si].tokens
	m := d.mentionAt(si, 0)
	if m == nil || m.i != 0 || !d.isPlace(m.ent) || m.j+3 > len(toks) || toks[m.j].text != "," {
		return -1, "", false
	}
	caps := true
	for k := 0; k < m.j; k++ {
		caps = caps && toks[k].isAllCaps()
	}
	rest := []string{}
	for _, tk := range toks[m.j+1:] {
		if tk.text != "," && tk.text != "." {
			rest = append(rest, tk.text)
		}
	}
	if len(rest) != 2 && len(rest) != 3 {
		return -1, "", false
	}
	month := func(w string) (time.Month, bool) { return monthNum(w[:1] + strings.ToLower(w[1:])) }
	mo, ok := month(rest[0])
	dayWord := rest[1]
	if !ok && len(rest) == 3 {
		mo, ok = month(rest[1]) // "3 March 2022"
		dayWord = rest[0]
	}
	day, err := strconv.Atoi(dayWord)
	if !ok || err != nil || day < 1 || day > 31 {
		return -1, "", false
	}
	year := 0
	if len(rest) == 3 {
		if year, err = strconv.Atoi(rest[2]); err != nil || year < 1900 || year > 2100 {
			return -1, "", false
		}
	} else if !d.ref.IsZero() {
		year = d.ref.Year()
	}
	if year == 0 {
		return m.ent, "", caps
	}
	t := time.Date(year, mo, day, 0, 0, 0, 0, time.UTC)
	// "Nairobi, 3 March 2024" in title case, as web pages set it under a
	// byline, is a dateline when it dates the story: within days of the
	// date it is published, not an old event's heading
	if !caps && (d.ref.IsZero() || t.After(d.ref.AddDate(0, 0, 1)) || t.Before(d.ref.AddDate(0, 0, -3))) {
		return -1, "", false
	}
	return m.ent, ymd(t), true
}

// hereVenue is the place "here" stands for in a visit by travellers: where
// the story is told from (storyVenue); in a story with no dateline, as
// wire copy stripped of its dateline is, the country its lede names first
// that is none of the travellers' own ("Venezuela will lend Ecuador oil
// ... agreed during a visit here by Ecuador's minister": Venezuela); or -1.
func (d *doc) hereVenue(si int, travellers []int) int {
	if p := d.storyVenue(si); p >= 0 {
		return p
	}
	if dl := d.readDateline(); dl.sent >= 0 {
		return -1
	}
	l := d.lede()
	if l < 0 || l > si || d.stories[l] != d.stories[si] {
		return -1
	}
	for _, mi := range d.bySent[l] {
		m := d.mentions[mi]
		if m.kind != named || m.ent < 0 || !d.x.gz.isCountry(d.ents[m.ent].name) {
			continue
		}
		own := false
		for _, a := range travellers {
			own = own || d.ownCountry(a, m.ent)
		}
		if !own {
			return m.ent
		}
	}
	return -1
}
