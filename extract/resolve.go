package extract

import (
	"context"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
)

// entity is one resolved entity of the document being extracted.
type entity struct {
	name       string
	typ        newsgraph.EntityType
	strong     bool
	aliases    []string
	mentions   []int // indexes into doc.mentions (named ones)
	refs       int   // all references, nominal and pronominal included
	roles      []roleAt
	female     int
	id         newsgraph.EntityID
	tokens     []string         // name tokens, lower case (persons)
	heading    bool             // every mention is in a heading
	knownRoles []newsgraph.Role // the roles the graph already knows
	lookedUp   *lookedUp        // the lookup knownRoles came from, where a Witness is told what of it is used
	implied    bool             // not named, implied by a title
	unsure     bool             // a one-word person with no title: OTHER unless the graph knows it
}

type roleAt struct {
	claim roleClaim
	sent  int
	span  newsgraph.Span
}

func (e *entity) addAlias(a string) {
	a = strings.TrimSpace(a)
	if a == "" {
		return
	}
	for _, x := range e.aliases {
		if x == a {
			return
		}
	}
	e.aliases = append(e.aliases, a)
}

// nameTokens are the lower-case words of a name; a hyphen separates words
// too ("Kim Jong-un" is "Kim Jong Un"). It is newsgraph.NameWords, which
// ingest uses to tell which lookups an answer change reaches.
func nameTokens(s string) []string { return newsgraph.NameWords(s) }

// coordinatedFirms types as a body a name the recogniser reads as a place
// or a one-word person, where a list joins it to a body the tables
// or the words around it type ("the likes of Tarvel and Velmora Bank"): a
// list holds things of one kind.
func (d *doc) coordinatedFirms() {
	named2 := map[string]bool{} // the words of people named in full
	for _, m := range d.mentions {
		if w := nameTokens(m.text); m.kind == named && m.typ == newsgraph.Person && len(w) >= 2 {
			for _, x := range w {
				named2[x] = true
			}
		}
	}
	for _, ms := range d.bySent {
		for pass := 0; pass < 2; pass++ {
			for x := 0; x+1 < len(ms); x++ {
				a, b := &d.mentions[ms[x]], &d.mentions[ms[x+1]]
				if pass == 1 {
					a, b = b, a
				}
				if a.kind != named || b.kind != named || a.sent != b.sent || !(a.typ == newsgraph.Organization && a.strong) || b.strong || b.canon != "" {
					continue
				}
				if !(b.typ == newsgraph.GPE || b.typ == newsgraph.Person && b.j-b.i == 1) || !strings.HasPrefix(d.sents[b.sent].tokens[b.i].pos, "NNP") {
					continue
				}
				lo, hi := a, b
				if lo.i > hi.i {
					lo, hi = hi, lo
				}
				if !listJoin(d.sents[a.sent].tokens, lo.j, hi.i) {
					continue
				}
				if _, _, ok := d.x.gz.place(b.text); ok {
					continue
				}
				if w := nameTokens(b.text); len(w) == 1 && named2[w[0]] {
					continue // "Reuters and Lindqvist", where Anna Lindqvist is named
				}
				b.typ, b.strong = newsgraph.Organization, true
			}
		}
	}
}

// boughtFirms types as a body a name the recogniser reads as a person
// where a firm named before it in the sentence buys it ("X acquired Dutch
// rival Y", "X's takeover of Y"): what a firm buys, takes over or merges
// with is a firm. A person named in full elsewhere, with a title, or
// described as a player ("acquired pitcher Y") stays one.
func (d *doc) boughtFirms() {
	named2 := map[string]bool{}
	for _, m := range d.mentions {
		if w := nameTokens(m.text); m.kind == named && m.typ == newsgraph.Person && (m.strong || m.titled != "" || m.role != nil) {
			named2[strings.Join(w, " ")] = true
		}
	}
	for _, ms := range d.bySent {
		for x := 1; x < len(ms); x++ {
			b := &d.mentions[ms[x]]
			if b.kind != named || b.typ != newsgraph.Person || b.strong || b.canon != "" || b.titled != "" || b.role != nil || named2[strings.Join(nameTokens(b.text), " ")] {
				continue
			}
			firmBefore := false
			for _, y := range ms[:x] {
				a := d.mentions[y]
				firmBefore = firmBefore || a.kind == named && a.typ == newsgraph.Organization && a.sent == b.sent
			}
			if firmBefore && boughtAt(d.sents[b.sent].tokens, b.i) {
				b.typ = newsgraph.Organization
			}
		}
	}
}

// boughtAt says whether the name opening at token i is what a purchase
// takes: right after a verb of buying or "takeover of", "merger with",
// past at most three describing words ("Dutch rival", "software maker").
func boughtAt(toks []token, i int) bool {
	for k, n := i-1, 0; k >= 0 && n <= 3; k, n = k-1, n+1 {
		w := strings.ToLower(toks[k].text)
		if n == 0 && (w == "of" || w == "with") && k > 0 {
			v := strings.ToLower(toks[k-1].text)
			return w == "of" && (v == "acquisition" || v == "takeover" || v == "purchase" || v == "buyout") || w == "with" && (v == "merger" || v == "merge" || v == "merged")
		}
		if (buyVerb(w) || takeForms[w] && k+1 < i && strings.EqualFold(toks[k+1].text, "over")) && strings.HasPrefix(toks[k].pos, "VB") {
			return true
		}
		if w == "over" && k > 0 && takeForms[strings.ToLower(toks[k-1].text)] {
			continue
		}
		if playerPositions[w] || describedPersonNouns[w] || !(toks[k].pos == "JJ" || toks[k].pos == "NN" || toks[k].pos == "NNP" && !toks[k].isCap() || toks[k].pos == "NNP" && n > 0 || toks[k].pos == "NNPS") {
			return false
		}
	}
	return false
}

// listJoin: the tokens [j, i) between two names join them in a list
// ("and", "or", ", and", "and the").
func listJoin(toks []token, j, i int) bool {
	if i-j >= 2 && toks[i-1].text == "the" {
		i-- // "Kandor and the Brenwick Group"
	}
	switch i - j {
	case 1:
		// a comma alone may end a clause ("cited by Reuters, Lindqvist's
		// office said"): no list
		w := toks[j].text
		return w == "and" || w == "or"
	case 2:
		return toks[j].text == "," && (toks[j+1].text == "and" || toks[j+1].text == "or")
	}
	return false
}

// cluster groups the document's named mentions into entities.
func (d *doc) cluster() {
	d.coordinatedFirms()
	d.boughtFirms()
	byKey := map[string]int{}
	ix := newEntIndex(d)
	newEnt := func(m *mention) int {
		name := m.text
		if m.canon != "" {
			name = m.canon
		}
		name = strings.TrimPrefix(name, "the ")
		name = strings.TrimPrefix(name, "The ")
		d.ents = append(d.ents, &entity{name: name, typ: m.typ, strong: m.strong, tokens: nameTokens(name), heading: true})
		ix.put(len(d.ents) - 1)
		return len(d.ents) - 1
	}
	attach := func(mi, ei int) {
		m := &d.mentions[mi]
		m.ent = ei
		e := d.ents[ei]
		e.mentions = append(e.mentions, mi)
		if m.nick != "" {
			// the name without the nickname quoted inside it, and the nickname
			e.addAlias(m.canon)
			e.addAlias(m.nick)
		} else if !(m.canon != "" && definedKinds[m.text]) {
			// (a release's "Company" is no name of the firm elsewhere)
			e.addAlias(flat(d.text[m.start:m.end]))
		}
		if m.titled != "" {
			e.addAlias(m.titled)
		}
		typ := e.typ
		if m.strong && !e.strong {
			e.strong = true
			e.typ = m.typ
		}
		if e.typ == newsgraph.Other && m.typ != newsgraph.Other {
			e.typ = m.typ
		}
		if e.typ != typ {
			ix.put(ei)
		}
		if !d.sents[m.sent].heading {
			e.heading = false
		}
		if m.female != 0 {
			e.female = m.female
		}
		byKey[key(flat(d.text[m.start:m.end]))] = ei
		if m.canon != "" {
			byKey[key(m.canon)] = ei
		}
	}
	// 1. full names of people
	for mi := range d.mentions {
		m := &d.mentions[mi]
		name := m.text
		if m.canon != "" {
			name = m.canon // "X Y OBE": the name without the letters
		}
		if m.kind != named || m.typ != newsgraph.Person || len(nameTokens(name)) < 2 {
			continue
		}
		toks := nameTokens(name)
		found := ix.fullName(toks)
		if found < 0 {
			found = newEnt(m)
		}
		if len(toks) > len(d.ents[found].tokens) {
			d.ents[found].name = name
			d.ents[found].tokens = toks
			ix.put(found)
		}
		attach(mi, found)
	}
	for ei, e := range d.ents {
		ix.step1[ei] = len(e.mentions)
	}
	placeReads, personReads := map[string]int{}, map[string]int{}
	for _, m := range d.mentions {
		if m.kind != named || len(nameTokens(m.text)) != 1 {
			continue
		}
		switch m.typ {
		case newsgraph.Person:
			personReads[key(m.text)]++
		case newsgraph.GPE, newsgraph.Location:
			placeReads[key(m.text)]++
		}
	}
	// 2. everything else
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind != named || m.ent >= 0 {
			continue
		}
		k := key(m.text)
		if m.canon != "" {
			k = key(m.canon)
		}
		if w := nameTokens(m.text); len(w) == 1 && m.typ != newsgraph.GPE && !m.royal && ix.sharedSurname(w[0]) {
			// several people share the surname: the most recent one
			// the honorific allows, not the first one it was read as
			if ei := ix.personByPart(w[0], m); ei >= 0 {
				attach(mi, ei)
				continue
			}
		}
		if ei, ok := byKey[k]; ok && compatible(d.ents[ei], m) && !(m.female != 0 && d.ents[ei].female != 0 && m.female != d.ents[ei].female) && !(m.royal && len(d.ents[ei].tokens) >= 2) {
			attach(mi, ei)
			continue
		}
		// a surname or given name of a person named in full, unless the
		// word is read again and again as a place and never as a person
		// (a glued "Lebed Chechnya" must not take every "Chechnya")
		if !(m.strong && m.typ != newsgraph.Person) && len(nameTokens(m.text)) == 1 && !(placeReads[k] >= 2 && personReads[k] == 0) {
			if ei := ix.personByPart(nameTokens(m.text)[0], m); ei >= 0 && !m.royal {
				attach(mi, ei)
				continue
			}
		}
		// "US Fish and Wildlife Service" and the known full name of FWS
		if m.typ == newsgraph.Organization {
			if ei := ix.orgBySuffix(k); ei >= 0 {
				if len(m.text) > len(d.ents[ei].name) {
					d.ents[ei].name = m.text // the fuller name: "US Immigration and ..."
					ix.put(ei)
				}
				attach(mi, ei)
				continue
			}
		}
		// an acronym of an organisation named in full
		if m.typ == newsgraph.Organization || m.typ == newsgraph.Other {
			if ei := ix.orgByAcronym(m.text); ei >= 0 {
				attach(mi, ei)
				continue
			}
		}
		attach(mi, newEnt(m))
	}
	// an entity no table or title typed takes the type most of its
	// mentions have, not its first mention's ("Liege" read once as a
	// speaker, twice as a town)
	for _, e := range d.ents {
		if e.typ == newsgraph.Other && knownOrgNames[e.name] {
			// "European Community farm ministers": a known body's name
			// read as a modifier is still the body
			e.typ = newsgraph.Organization
		}
		if e.strong || len(e.mentions) < 2 {
			continue
		}
		votes := map[newsgraph.EntityType]int{}
		for _, mi := range e.mentions {
			if t := d.mentions[mi].typ; t != newsgraph.Other {
				votes[t]++
			}
		}
		best := e.typ
		for _, mi := range e.mentions { // in text order: the earliest of equals wins
			if t := d.mentions[mi].typ; votes[t] > votes[best] {
				best = t
			}
		}
		e.typ = best
	}
	// "Chrysler" and "Chrysler Corp", "Federal Reserve" and "Federal
	// Reserve Board": a company's or body's name without its designator
	for ei, e := range d.ents {
		if len(e.mentions) == 0 || e.typ == newsgraph.Person {
			continue
		}
		w := strings.Fields(e.name)
		if len(w) < 2 || !designators[w[len(w)-1]] {
			continue
		}
		if e.typ == newsgraph.Other {
			e.typ = newsgraph.Organization
		}
		short := key(strings.Join(w[:len(w)-1], " "))
		for _, ej := range ix.nameKey[short] {
			f := d.ents[ej]
			if ej != ei && len(f.mentions) > 0 && (f.typ != newsgraph.Person || !f.strong && len(f.tokens) == 1) && ix.keyOf[ej] == short {
				d.merge(ei, ej)
			}
		}
	}
	// "Harwick" and "Harwick Mining Co", "Second Merchants" and "Second
	// Merchants Corp of Ohio": a company's leading words, before its
	// designator, name it again; of two such companies the one named
	// first
	heads := map[string][]int{} // a company's leading words -> the companies
	opens := map[string][]int{} // any first one to three words -> the companies (leadingShortNames)
	for ej, f := range d.ents {
		if len(f.mentions) == 0 {
			continue
		}
		if f.typ == newsgraph.Other && !f.strong && acronymLead(f) {
			// "DVR Precision Castings", a name no table typed: the
			// acronym alone names it again (leadingShortNames)
			opens[f.tokens[0]] = append(opens[f.tokens[0]], ej)
		}
		if f.typ != newsgraph.Organization {
			continue
		}
		for n := 1; n < len(f.tokens) && n <= 8; n++ {
			w := joinWords(f.tokens[:n])
			if leadingWords(f, 0, f.tokens[:n]) {
				heads[w] = append(heads[w], ej)
			}
			if n <= 3 {
				opens[w] = append(opens[w], ej)
			}
		}
		// "Danvers" of "K.L. Danvers Co Inc": the founder's initials go
		// with the designator on second reference
		if k := initialsLead(f); k > 0 {
			for n := 1; k+n < len(f.tokens) && n <= 8; n++ {
				if leadingWords(f, k, f.tokens[k:k+n]) {
					w := joinWords(f.tokens[k : k+n])
					heads[w] = append(heads[w], ej)
				}
			}
		}
	}
	for ei, e := range d.ents {
		if len(e.mentions) == 0 || e.strong && e.typ != newsgraph.Organization || len(e.tokens) == 0 {
			continue
		}
		cands := heads[joinWords(e.tokens)]
		if len(cands) == 0 {
			continue
		}
		if _, _, ok := d.x.gz.place(e.name); ok {
			continue
		}
		best, first := -1, 0
		for _, ej := range cands {
			f := d.ents[ej]
			if ej == ei || len(f.mentions) == 0 {
				continue
			}
			if at := d.mentions[f.mentions[0]].start; best < 0 || at < first {
				best, first = ej, at
			}
		}
		if best >= 0 {
			d.merge(best, ei)
		}
	}
	d.leadingShortNames(opens)
	d.clubShortNames()
	d.headlineTickers()
	d.exchangeTickers()
	// "the Treasury" and "the U.S. Treasury", "the Finance Ministry" and
	// "the Danish Finance Ministry": a state's body named without its
	// country where the story names it once with it
	d.countryBodies()
	// full names whose acronyms came first
	for ei, e := range d.ents {
		if e.typ != newsgraph.Organization || !isAcronym(e.name) {
			continue
		}
		for _, ej := range ix.acronymCandidates(e.name) {
			f := d.ents[ej]
			if ej != ei && f.typ == newsgraph.Organization && len(f.mentions) > 0 && ix.expands(e.name, ej) {
				d.merge(ej, ei)
				break
			}
		}
	}
	for _, e := range d.ents {
		if len(e.mentions) > 0 && d.captionOnly(e) {
			// named only in a photo's caption: no entity of the story
			// (the caption's names still name the story's own)
			for _, mi := range e.mentions {
				d.mentions[mi].ent = -1
			}
			e.mentions = nil
			continue
		}
		if len(e.mentions) == 0 || e.strong {
			continue
		}
		// a person named by one word only, with no title, is too unsure
		// to be a person ("Grok"); the graph may still know the name
		if e.typ == newsgraph.Person && len(e.tokens) == 1 {
			e.unsure = true
		}
		d.oneWordType(e)
		// names seen only in headings, or only as the first word of a
		// sentence, are site chrome and capitalised words: dropped
		junk := true
		for _, mi := range e.mentions {
			m := d.mentions[mi]
			toks := d.sents[m.sent].tokens
			first := m.i <= 0 || isOpener(toks[m.i-1].text) || toks[m.i-1].text == "-" || toks[m.i-1].text == "*" || toks[m.i-1].text == ":" || toks[m.i-1].text == "|"
			if !d.sents[m.sent].heading && !(first && m.j-m.i == 1) {
				junk = false
			}
		}
		if junk && e.typ == newsgraph.Other {
			for _, mi := range e.mentions {
				d.mentions[mi].ent = -1
			}
			e.mentions = nil
		} else if e.heading && e.typ != newsgraph.Other {
			e.typ = newsgraph.Other
		}
	}
}

// leadingShortNames merges a firm named by its leading words alone
// ("Harlow Vance" after "Harlow Vance Capital Management", "Tessaly" after
// "Tessaly Department Stores") into the firm, where the words after them
// are no trade the tables know, so leadingWords has not: news names a firm
// in full first and shortens it after. The short name must come after the
// full one, be no place and no person, and open one firm of the story only
// ("General" of two "General ..." firms is neither).
func (d *doc) leadingShortNames(opens map[string][]int) {
	for ei, e := range d.ents {
		if len(e.mentions) == 0 || e.typ != newsgraph.Organization && (e.typ != newsgraph.Other || e.strong) || len(e.tokens) == 0 || len(e.tokens) > 3 {
			continue
		}
		if _, _, ok := d.x.gz.place(e.name); ok {
			continue
		}
		first := d.mentions[e.mentions[0]].start
		best, n := -1, 0
		for _, ej := range opens[joinWords(e.tokens)] {
			// opens was filled before this pass's merges: a firm merged
			// away since has no mentions left
			if f := d.ents[ej]; ej == ei || len(f.mentions) == 0 || f.typ != newsgraph.Organization && !(f.typ == newsgraph.Other && acronymLead(f) && isAcronym(e.name)) {
				continue
			}
			n++
			if d.mentions[d.ents[ej].mentions[0]].start < first {
				best = ej
			}
		}
		if n == 1 && best >= 0 {
			d.merge(best, ei)
			d.ents[best].typ = newsgraph.Organization
		}
	}
}

// acronymLead: the name of f opens with an acronym of two to five capitals
// and goes on with capitalised words ("DVR Precision Castings").
func acronymLead(f *entity) bool {
	fw := strings.Fields(f.name)
	if len(fw) < 2 || len(fw[0]) < 2 || len(fw[0]) > 5 || len(f.tokens) < 2 || f.tokens[0] != strings.ToLower(fw[0]) {
		return false
	}
	for _, r := range fw[0] {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return startsUpper(fw[1])
}

// captionOnly: every mention of e is in a caption (see furniture.go).
func (d *doc) captionOnly(e *entity) bool {
	for _, mi := range e.mentions {
		if !d.sents[d.mentions[mi].sent].caption {
			return false
		}
	}
	return true
}

// clubShortNames joins a club or firm named by the word beside its place
// to its full name: "Velez" of "Velez Malaga", "Rangers" of "Glasgow
// Rangers". A word two such names share joins neither.
func (d *doc) clubShortNames() {
	short := map[string][]int{}
	town := map[string][]int{} // "harwood": "Harwood United"
	for ei, e := range d.ents {
		w := strings.Fields(e.name)
		if len(e.mentions) == 0 || e.typ != newsgraph.Organization || len(w) != 2 || len(e.tokens) != 2 {
			continue
		}
		p0, p1 := d.placeWord(w[0]), d.placeWord(w[1])
		switch {
		case p1 && !p0:
			short[e.tokens[0]] = append(short[e.tokens[0]], ei)
		case p0 && !p1 && clubHeads[w[1]]:
			short[e.tokens[1]] = append(short[e.tokens[1]], ei)
		}
		if p0 && !p1 && (clubHeads[w[1]] || townClubHeads[w[1]]) {
			town[e.tokens[0]] = append(town[e.tokens[0]], ei)
		}
	}
	for ei, e := range d.ents {
		if len(e.mentions) == 0 || len(e.tokens) != 1 || e.typ != newsgraph.Organization && e.typ != newsgraph.Other {
			continue
		}
		if full := short[e.tokens[0]]; len(full) == 1 && full[0] != ei {
			d.merge(full[0], ei)
			continue
		}
		// "Harwood" of "Harwood United" where the story reads the town's
		// name as a body (a fixture list, "Harwood beat Kelby"): the club
		if full := town[e.tokens[0]]; len(full) == 1 && full[0] != ei && e.typ == newsgraph.Organization {
			d.merge(full[0], ei)
		}
	}
}

// exchangeTickers joins a firm's stock ticker, given in brackets after
// its name with the exchange ("Kestrel Logistics Inc. (NYSE: KLG)",
// "(Nasdaq: KSTL; TSX: KST)"), to the firm: a release then calls the
// firm by its ticker.
func (d *doc) exchangeTickers() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind != named || m.ent < 0 || m.i < 0 || d.ents[m.ent].typ != newsgraph.Organization {
			continue // (a part of a compound word has no bracket after it)
		}
		toks := d.sents[m.sent].tokens
		j := m.j
		if j >= len(toks) || toks[j].text != "(" {
			continue
		}
		for j+3 < len(toks) && stockExchanges[strings.ToUpper(toks[j+1].text)] && toks[j+2].text == ":" && acronym(toks[j+3].text) {
			d.mergeTicker(m.ent, toks[j+3].text)
			j += 3
			if j+1 < len(toks) && (toks[j+1].text == ";" || toks[j+1].text == ",") {
				j++ // "(Nasdaq: KSTL; TSX: KST)"
				continue
			}
			break
		}
	}
}

// mergeTicker joins to firm the bodies (or unread names) the story calls
// by its ticker alone.
func (d *doc) mergeTicker(firm int, ticker string) {
	for ei, e := range d.ents {
		if ei != firm && len(e.mentions) > 0 && e.name == ticker && (e.typ == newsgraph.Organization || e.typ == newsgraph.Other) {
			d.merge(firm, ei)
		}
	}
}

// stockExchanges are the exchanges a release names before a ticker.
var stockExchanges = set("NYSE", "NASDAQ", "AMEX", "TSX", "TSXV", "LSE", "AIM", "ASX", "NZX", "JSE", "NSE", "BSE", "HKEX", "SEHK", "SGX", "TSE", "OTC", "OTCQX", "OTCQB", "XETRA", "SIX", "KRX", "KOSDAQ", "TWSE", "BMV", "B3", "EURONEXT")

// townClubHeads end a club's name after its town's, as clubHeads do, but
// are no name of the club alone ("City", "Town").
var townClubHeads = set("City", "Town", "County")

// headlineTickers joins a wire story's ticker to the firm its headline
// names before it, in the headline's short capitals: "EXECUTIVE TELECOM
// <XTEL> ..." over a story of Executive Telecommunications Inc, which
// then calls itself XTEL.
func (d *doc) headlineTickers() {
	for si := range d.sents {
		if !d.sents[si].heading {
			continue
		}
		toks := d.sents[si].tokens
		for a := 1; a+2 < len(toks); a++ {
			if toks[a].text != "<" || toks[a+2].text != ">" || !acronym(toks[a+1].text) {
				continue
			}
			q := a
			for q > 0 && a-q < 4 && toks[q-1].isAllCaps() && toks[q-1].isWord() {
				q--
			}
			if q == a {
				continue
			}
			firm := -1
			for ei, e := range d.ents {
				if len(e.mentions) > 0 && e.typ == newsgraph.Organization && capsPrefixes(toks[q:a], strings.Fields(e.name)) {
					if firm >= 0 {
						firm = -2 // two firms fit: neither
						break
					}
					firm = ei
				}
			}
			if firm < 0 {
				continue
			}
			ticker := toks[a+1].text
			d.mergeTicker(firm, ticker)
			// no alias: another story's "(PSD)" may be a party, not
			// this firm's ticker
			f := d.ents[firm]
			kept := f.aliases[:0]
			for _, al := range f.aliases {
				if al != ticker {
					kept = append(kept, al)
				}
			}
			f.aliases = kept
		}
	}
}

// capsPrefixes: each headline word begins the name's word in its place
// ("EXECUTIVE TELECOM" of "Executive Telecommunications Inc"), the name
// having no fewer words.
func capsPrefixes(head []token, name []string) bool {
	if len(head) > len(name) {
		return false
	}
	for k, t := range head {
		if !strings.HasPrefix(strings.ToLower(name[k]), strings.ToLower(t.text)) {
			return false
		}
	}
	return true
}

// placeWord: a country, city, state, region or town of the tables.
func (d *doc) placeWord(w string) bool {
	if _, _, ok := d.x.gz.place(w); ok {
		return true
	}
	_, ok := d.x.gz.town[key(w)]
	return ok
}

// merge moves entity from into entity into.
func (d *doc) merge(into, from int) {
	if into == from || len(d.ents[from].mentions) == 0 {
		return
	}
	f, t := d.ents[from], d.ents[into]
	for _, mi := range f.mentions {
		d.mentions[mi].ent = into
		t.mentions = append(t.mentions, mi)
	}
	for _, a := range f.aliases {
		t.addAlias(a)
	}
	t.heading = t.heading && f.heading
	f.mentions = nil
}

func compatible(e *entity, m *mention) bool {
	if e.typ == m.typ || e.typ == newsgraph.Other || m.typ == newsgraph.Other {
		return true
	}
	// the country Jordan is not director Neil Jordan, however weakly the
	// director was typed
	if m.strong && e.typ == newsgraph.Person && len(e.tokens) >= 2 {
		return false
	}
	if !m.strong || !e.strong {
		return true
	}
	return false
}

// leadingWords says whether words open the name of company f, before a
// designator or an ampersand that is still to come ("Harwick" of "Harwick
// Mining Co" or of "Harwick Life & Annuity").
func leadingWords(f *entity, from int, words []string) bool {
	if len(f.tokens) <= from+len(words) {
		return false
	}
	for k, w := range words {
		if f.tokens[from+k] != w {
			return false
		}
	}
	fw := strings.Fields(f.name)
	rest := fw[min(from+len(words), len(fw)):]
	for _, w := range rest {
		if corpSuffixes[w] || corpSuffixes[w+"."] || w == "&" {
			return true // "Harwick Mining Co", "Harwick Life & Annuity"
		}
	}
	// "Lindqvist" of "Lindqvist Foods", "Sahra" of "Sahra Airways": the
	// words after are the firm's trade alone
	for _, w := range rest {
		if !tradeHeads[w] && !firmHeads[w] && !designators[w] {
			return false
		}
	}
	return len(rest) > 0
}

// initialsLead counts the initials that open the name of company f ("K.L."
// of "K.L. Danvers Co Inc", "J. W." of "J. W. Brannock Corp"), written
// with their stops, where a capitalised word follows them; 0 for none.
func initialsLead(f *entity) int {
	fw := strings.Fields(f.name)
	k := 0
	for k < len(fw) && k < 3 && initials(fw[k]) {
		k++
	}
	if k == 0 || k+1 >= len(fw) || k >= len(f.tokens) || !startsUpper(fw[k]) || initials(fw[k]) {
		return 0
	}
	for i := range k {
		if f.tokens[i] != strings.Trim(strings.ToLower(fw[i]), ".") {
			return 0 // a hyphen split the words apart from the tokens
		}
	}
	return k
}

// designators end a company's or body's name, which news drops on second
// reference.
var designators = set("Corp", "Corp.", "Inc", "Inc.", "Co", "Co.", "Ltd", "Ltd.", "Motor", "Motors", "Group", "Board",
	"Holdings", "Industries", "Industrie", "plc", "Plc", "PLC", "AG", "SA",
	"Corporation", "Company", "Limited", "ASA", "AB", "Oyj", "SpA", "BV", "Pty")

// hasSuffix: the short form of a name is its last words ("Ortega
// Salinas" of "Luis Ortega Salinas", "Van der Meulen" of "Pieter van der
// Meulen"), two at least.
func hasSuffix(long, short []string) bool {
	if len(short) < 2 || len(short) >= len(long) {
		return false
	}
	for k := range short {
		if long[len(long)-len(short)+k] != short[k] {
			return false
		}
	}
	return true
}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// acronymOf says whether acr abbreviates full: every content word gives its
// first letter, and further letters may come from inside a word (ASEAN); a
// particle may give its letter too ("PDVSA" of "Petroleos de Venezuela,
// S.A.", "BOE" of "Bank of England").
func acronymOf(acr, full string) bool {
	a := []rune(strings.ToLower(strings.ReplaceAll(acr, ".", "")))
	words, opt := acronymParts(full)
	need := 0
	for _, o := range opt {
		if !o {
			need++
		}
	}
	if need < 2 || len(a) < need {
		return false
	}
	var match func(ai, wi int) bool
	match = func(ai, wi int) bool {
		if wi == len(words) {
			return ai == len(a)
		}
		w := []rune(words[wi])
		if opt[wi] {
			return match(ai, wi+1) || ai < len(a) && w[0] == a[ai] && match(ai+1, wi+1)
		}
		if ai >= len(a) || w[0] != a[ai] {
			return false
		}
		// take letters 1..k more from inside this word
		ai++
		if match(ai, wi+1) {
			return true
		}
		p := 1
		for ai < len(a) {
			for p < len(w) && w[p] != a[ai] {
				p++
			}
			if p >= len(w) {
				return false
			}
			p++
			ai++
			if match(ai, wi+1) {
				return true
			}
		}
		return false
	}
	return match(0, 0)
}

// acronymParts are the lower-case words of a name an acronym of it may take
// letters from, each with whether it is a particle an acronym may leave out.
func acronymParts(full string) ([]string, []bool) {
	var words []string
	var opt []bool
	for _, w := range strings.FieldsFunc(full, func(r rune) bool { return r == ' ' || r == '-' || r == ',' }) {
		w = strings.ToLower(w)
		for _, el := range []string{"l'", "d'", "l\u2019", "d\u2019"} {
			if rest, ok := strings.CutPrefix(w, el); ok && rest != "" {
				w = rest
			}
		}
		if w == "&" {
			continue
		}
		words = append(words, w)
		opt = append(opt, acronymSkips[w])
	}
	return words, opt
}

// acronymWords are the lower-case content words of a name, whose letters
// an acronym of it takes.
func acronymWords(full string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(full, func(r rune) bool { return r == ' ' || r == '-' }) {
		w = strings.ToLower(w)
		// "Caisse de l'Epargne Rurale" is CER: an elided article
		// belongs to the word after it
		for _, el := range []string{"l'", "d'", "l\u2019", "d\u2019"} {
			if rest, ok := strings.CutPrefix(w, el); ok && rest != "" {
				w = rest
			}
		}
		if acronymSkips[w] {
			continue
		}
		words = append(words, w)
	}
	return words
}

// acronymSkips are the function words an acronym leaves out, in English
// and in the European names news keeps untranslated ("Banque de France",
// "Kreditanstalt fur Wiederaufbau").
var acronymSkips = set("of", "and", "the", "for", "&", "de", "du", "des", "la", "le", "les", "et", "pour", "del", "y",
	"der", "die", "das", "und", "fur", "für", "di", "e")

// link gives every entity an id, reusing the graph's ids for entities it
// already knows.
func (d *doc) link(ctx context.Context, g Graph) error {
	for _, e := range d.ents {
		if len(e.mentions) == 0 {
			continue
		}
		if e.typ == newsgraph.Organization && strings.Contains(e.name, "isation") {
			// "Organisation of ..." and "Organization of ...": one body
			// whichever spelling the outlet uses, so one id
			e.addAlias(e.name)
			e.name = strings.ReplaceAll(e.name, "isation", "ization")
		}
		var known *newsgraph.Entity
		if g != nil {
			var err error
			if known, err = d.lookup(ctx, g, e); err != nil {
				return err
			}
			if w, ok := g.(Witness); ok {
				// with or without a candidate: roles found later are
				// read by knownRoleOf, which tells w (see roleUse)
				e.lookedUp = &lookedUp{w: w, q: d.queryOf(e)}
			}
		}
		if known != nil {
			e.knownRoles = known.Roles
		}
		e.id, e.typ, e.name = d.queryOf(e).linked(known)
	}
	// two spellings that mint one id ("A.A." and "A&A") are one entity
	first := map[newsgraph.EntityID]int{}
	for ei, e := range d.ents {
		if len(e.mentions) == 0 {
			continue
		}
		if fi, ok := first[e.id]; ok {
			d.merge(fi, ei)
			continue
		}
		first[e.id] = ei
	}
	return nil
}

func (d *doc) lookup(ctx context.Context, g Graph, e *entity) (*newsgraph.Entity, error) {
	q := d.queryOf(e)
	c, err := q.resolve(func(k string) ([]newsgraph.Entity, error) { return g.EntitiesByKey(ctx, k) })
	if err != nil {
		return nil, err
	}
	if w, ok := g.(Witness); ok {
		rec, same := d.x.lookupUse(q, d.x.linkedFacts(q, c))
		w.Used(q.keys, rec, same)
	}
	return c, nil
}

// lookedUp is an entity's lookup, kept for telling its Witness later what
// else of the answer the extraction used.
type lookedUp struct {
	w Witness
	q query
}

// query is what lookup asks of the graph about an entity, kept apart from
// the document so that a Witness may hold it after the extraction.
type query struct {
	keys           []string // its name's key, then its aliases' keys
	name           string
	canon          string // the name the id is minted from (see canonicalName)
	typ            newsgraph.EntityType
	strong, unsure bool
	royal          bool // named by a royal title and one given name
	tokens         []string
	id             newsgraph.EntityID // the id its own name mints
}

func (d *doc) queryOf(e *entity) query {
	keys := []string{key(e.name)}
	for _, a := range e.aliases {
		if k := key(a); k != keys[0] && len(nameTokens(a)) <= len(e.tokens) {
			keys = append(keys, k)
		}
	}
	// the id is minted from the name's canonical form: a story writing
	// "Mines Ministry" and one writing "Ministry of Mines" mint one id
	// whichever comes first, each keeping the name it wrote
	canon := d.x.canonicalName(e.typ, e.name)
	q := query{keys: keys, name: e.name, canon: canon, typ: e.typ, strong: e.strong, unsure: e.unsure, tokens: slices.Clone(e.tokens),
		id: newsgraph.NewEntityID(e.typ, canon)}
	for _, mi := range e.mentions {
		q.royal = q.royal || d.mentions[mi].royal
	}
	return q
}

// resolve is the known entity q's keys find first (see choose), or nil.
func (q query) resolve(answer func(key string) ([]newsgraph.Entity, error)) (*newsgraph.Entity, error) {
	for _, k := range q.keys {
		cands, err := answer(k)
		if err != nil {
			return nil, err
		}
		if c := q.choose(cands); c != nil {
			return c, nil
		}
	}
	return nil, nil
}

// linked is the id, type and name the entity takes from the known entity c
// it resolved to, or from its own name where c is nil.
func (q query) linked(c *newsgraph.Entity) (newsgraph.EntityID, newsgraph.EntityType, string) {
	typ, name := q.typ, q.name
	if c == nil {
		if q.unsure {
			typ = newsgraph.Other
		}
		return newsgraph.NewEntityID(typ, q.canon), typ, name
	}
	if typ == newsgraph.Other || !q.strong {
		typ = c.Type
	}
	if len(nameTokens(c.Name)) > len(nameTokens(name)) {
		name = c.Name // the fuller name; a case variant is not one
	}
	return c.ID, typ, name
}

// choose is the candidate of cands an entity resolves to, or nil. It sorts
// cands.
func (q query) choose(cands []newsgraph.Entity) *newsgraph.Entity {
	// the fullest name first, then the most mentioned: "Korhonen" is
	// "Tavi Korhonen" wherever a document names him in full
	sort.SliceStable(cands, func(i, j int) bool {
		ni, nj := len(nameTokens(cands[i].Name)), len(nameTokens(cands[j].Name))
		return ni > nj || ni == nj && cands[i].Mentions > cands[j].Mentions
	})
	// a short form two known bodies give ("OGB" of the Ostravian Grain
	// Board and of the Orlen Glass Bureau) names neither of them
	shortOf := 0
	for i := range cands {
		if short, _ := q.shortFormOf(&cands[i]); short {
			shortOf++
		}
	}
	for i := range cands {
		c := &cands[i]
		if c.Type != q.typ && q.typ != newsgraph.Other && c.Type != newsgraph.Other && q.strong {
			continue
		}
		if short, initials := q.shortFormOf(c); short && (shortOf > 1 || initials && !isAcronym(q.name)) {
			continue
		}
		if q.typ == newsgraph.Person && c.Type == newsgraph.Person && conflictingNames(q.tokens, nameTokens(c.Name)) {
			continue
		}
		// "Social Democratic Party (PSD)" is no firm whose ticker another
		// story wrote PSD: two bodies' full names sharing no word are two
		// bodies, whatever short form they share
		if q.typ == newsgraph.Organization && c.ID != q.id && disjointNames(q.tokens, nameTokens(c.Name)) {
			continue
		}
		// "Prince Oskar" is no Oskar Lind: a royal's given name is his
		// whole name
		if q.royal && len(nameTokens(c.Name)) > len(q.tokens) {
			continue
		}
		// A name resolves only upwards: to itself, to a fuller name, or
		// to a typed entity of as many words where its own type is
		// unsure. Never "Anselm Varga" to an "Anselm", nor two names of
		// one length to each other: then which document came first
		// cannot decide it.
		if n := len(nameTokens(c.Name)); c.ID != q.id &&
			(n < len(q.tokens) || n == len(q.tokens) && (c.Type == newsgraph.Other || q.typ != newsgraph.Other && !q.unsure)) {
			continue
		}
		return c
	}
	return nil
}

// shortFormOf says whether q's name is one of the short forms c's name
// gives (newsgraph.ShortForms), not c's own name, and whether that form
// is its initials, which only a name in capitals may be.
func (q query) shortFormOf(c *newsgraph.Entity) (short, initials bool) {
	if c.ID == q.id || c.Type != newsgraph.Organization {
		return false, false
	}
	for _, a := range newsgraph.ShortForms(c.Type, c.Name) {
		if key(a) == q.keys[0] {
			return true, len(strings.Fields(a)) == 1
		}
	}
	return false, false
}

// linkedFacts is what linking reads of q's resolution to c (see link): the
// id, type and name the entity takes. Resolving to nothing and to the
// entity its own name mints read alike. c's roles are read apart, where a
// bare title asks for them (knownRoleOf, see roleUse): a role the graph
// learns of a much-named person changes nothing for the documents that
// give him no bare title.
func (x *Extractor) linkedFacts(q query, c *newsgraph.Entity) string {
	id, typ, name := q.linked(c)
	return string(id) + "\x00" + string(typ) + "\x00" + name
}

// conflictingNames: two full names with different first or last names are
// two people (Jean Dupont is not Jean Martin).
// disjointNames: two names of two words or more with no word in common
// but little ones ("of", "the", "and").
func disjointNames(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	for _, x := range a {
		if x == "of" || x == "the" || x == "and" || x == "&" {
			continue
		}
		if slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func conflictingNames(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 {
		if len(a) == 1 && len(b) >= 1 {
			return a[0] != b[len(b)-1] && a[0] != b[0]
		}
		if len(b) == 1 && len(a) >= 1 {
			return b[0] != a[len(a)-1] && b[0] != a[0]
		}
		return false
	}
	if a[len(a)-1] != b[len(b)-1] {
		return true
	}
	fa, fb := a[0], b[0]
	if len(fa) <= 2 || len(fb) <= 2 {
		return fa[0] != fb[0]
	}
	return fa != fb
}

// countryBodies merges a body named by its bare name ("Treasury") into the
// one body of the document named by a country or nationality and that name
// ("U.S. Treasury"); with two such bodies ("Danish" and "Dutch Finance
// Ministry") the bare name stays apart.
func (d *doc) countryBodies() {
	byKey := map[string][]int{} // the name after the country -> bodies
	for ei, e := range d.ents {
		if len(e.mentions) == 0 || e.typ != newsgraph.Organization {
			continue
		}
		w := strings.Fields(e.name)
		for n := 1; n <= 3 && n < len(w); n++ {
			// a country's or a nationality's, not a city's ("Paris Bourse")
			pre := key(strings.Join(w[:n], " "))
			if d.x.gz.country[pre] == "" && d.x.gz.demonym[pre] == "" {
				continue
			}
			k := key(strings.Join(w[n:], " "))
			byKey[k] = append(byKey[k], ei)
			break
		}
	}
	for ei, e := range d.ents {
		if len(e.mentions) == 0 || e.typ != newsgraph.Organization {
			continue
		}
		if cands := byKey[key(e.name)]; len(cands) == 1 && cands[0] != ei {
			d.merge(cands[0], ei)
		}
	}
}
