package extract

import (
	"context"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// linkEvents gives each event an id: the id of the same event in the graph
// (same type and people, compatible place and dates) or a new one.
func (d *doc) linkEvents(ctx context.Context, g Graph) error {
	used := map[string]bool{}
	taken := map[newsgraph.EventID]bool{}
	for _, e := range d.events {
		seed := string(d.id) + "#" + itoa(e.offset)
		for n := 2; used[seed]; n++ {
			seed = string(d.id) + "#" + itoa(e.offset) + "#" + itoa(n) // several events at one trigger
		}
		used[seed] = true
		e.id = newsgraph.NewEventID(e.typ, seed)
		if g == nil {
			continue
		}
		ids := d.eventPeople(e)
		if len(ids) == 0 {
			continue
		}
		of, err := g.EventsOf(ctx, ids)
		if err != nil {
			return err
		}
		// events every participant takes part in
		count := map[newsgraph.EventID]int{}
		for _, id := range ids {
			seen := map[newsgraph.EventID]bool{}
			for _, ev := range of[id] {
				if !seen[ev] {
					seen[ev] = true
					count[ev]++
				}
			}
		}
		var cands []newsgraph.EventID
		for ev, c := range count {
			if c == len(ids) {
				cands = append(cands, ev)
			}
		}
		if len(cands) == 0 {
			continue
		}
		evs, err := g.Events(ctx, cands)
		if err != nil {
			return err
		}
		// The earliest source (published date, then document id) names
		// the occasion, whichever source came first: the others take its
		// id when they are read again. Earliest rather than, say, the
		// smallest id, because news mostly arrives in the order it is
		// published: a later report of a known occasion renames nothing.
		own := newsgraph.Origin{Published: d.pub, Document: d.id}
		origin := map[newsgraph.EventID]newsgraph.Origin{}
		for id, ge := range evs {
			origin[id] = ge.Origin()
		}
		sort.Slice(cands, func(i, j int) bool {
			a, b := origin[cands[i]], origin[cands[j]]
			if a != b {
				return a.Before(b)
			}
			return cands[i] < cands[j]
		})
		for _, id := range cands {
			ge := evs[id]
			if ge != nil && !taken[ge.ID] && d.sameEvent(e, ge) {
				if origin[id].Before(own) {
					e.id = ge.ID
				}
				taken[ge.ID] = true // two events of one text are two events
				break
			}
		}
	}
	return nil
}

// eventPeople are the ids that identify an event: participants, visitors,
// or an agreement's parties.
func (d *doc) eventPeople(e *docEvent) []newsgraph.EntityID {
	var ids []newsgraph.EntityID
	switch e.typ {
	case newsgraph.Agreement:
		for _, p := range e.places {
			ids = append(ids, d.ents[p].id)
		}
		if len(ids) < 2 {
			ids = ids[:0]
			for _, p := range e.people {
				ids = append(ids, d.ents[p].id)
			}
		}
	default:
		for _, p := range e.people {
			ids = append(ids, d.ents[p].id)
		}
	}
	return ids
}

func (d *doc) sameEvent(e *docEvent, g *newsgraph.Event) bool {
	if g.Type != e.typ {
		return false
	}
	roles := map[string][]newsgraph.EntityID{}
	for _, p := range g.Participants {
		roles[p.Role] = append(roles[p.Role], p.Entity)
	}
	mine := d.eventPeople(e)
	switch e.typ {
	case newsgraph.Meeting:
		if !sameIDs(roles[newsgraph.RoleParticipant], mine) {
			return false
		}
	case newsgraph.Visit:
		if !sameIDs(roles[newsgraph.RoleVisitor], mine) {
			return false
		}
		var dests []newsgraph.EntityID
		for _, p := range e.places {
			dests = append(dests, d.ents[p].id)
		}
		if !d.compatibleDestinations(dests, append(roles[newsgraph.RoleDestination], g.Location)) {
			return false
		}
	case newsgraph.Agreement:
		if !sameIDs(roles[newsgraph.RoleParty], mine) && !sameIDs(roles[newsgraph.RoleSignatory], mine) {
			return false
		}
		// other signatories: another agreement between the same parties
		var signers []newsgraph.EntityID
		for _, p := range e.people {
			signers = append(signers, d.ents[p].id)
		}
		if len(signers) > 0 && len(roles[newsgraph.RoleSignatory]) > 0 && !sameIDs(signers, roles[newsgraph.RoleSignatory]) {
			return false
		}
	}
	if e.loc >= 0 && g.Location != "" && e.typ == newsgraph.Meeting {
		if !d.compatiblePlaces([]newsgraph.EntityID{d.ents[e.loc].id}, []newsgraph.EntityID{g.Location}) {
			return false
		}
	}
	gs, ge := newsgraph.EventDays(g.Start, g.End)
	from, to := e.from, e.to
	if from == "" {
		from, to = aroundPublished(d.pub, d.pub)
	}
	if gs == "" {
		lo, hi := "", ""
		for _, c := range g.Claims {
			if c.Published != "" && (lo == "" || c.Published < lo) {
				lo = c.Published
			}
			if c.Published > hi {
				hi = c.Published
			}
		}
		gs, ge = aroundPublished(lo, hi)
	}
	if (from == "") != (gs == "") {
		// a report with no date of its own, in a story with none, says
		// nothing of when: it joins no dated occasion. A recurring body's
		// meeting (G7, OPEC) told in an undated story would otherwise join
		// the same body's meeting of any year.
		return false
	}
	return overlaps(from, to, gs, ge)
}

// newsSpan is how far from its publication a story's undated report of
// an occasion may lie: news tells of what happened or is planned within
// about a year, and names the year of anything further.
const newsSpan = 366

// aroundPublished is the span of days an undated report of stories
// published from lo to hi (YYYY-MM-DD) may fall in; empty when lo is.
func aroundPublished(lo, hi string) (from, to string) {
	a, err := time.Parse(newsgraph.DateLayout, lo)
	if err != nil {
		return "", ""
	}
	b, err := time.Parse(newsgraph.DateLayout, hi)
	if err != nil {
		b = a
	}
	return ymd(a.AddDate(0, 0, -newsSpan)), ymd(b.AddDate(0, 0, newsSpan))
}

func sameIDs(a, b []newsgraph.EntityID) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[newsgraph.EntityID]bool{}
	for _, x := range a {
		m[x] = true
	}
	for _, x := range b {
		if !m[x] {
			return false
		}
	}
	return true
}

// compatiblePlaces: the same place, a facility (it lies somewhere), or a
// city and its country.
func (d *doc) compatiblePlaces(a, b []newsgraph.EntityID) bool {
	for _, x := range a {
		for _, y := range b {
			if x == "" || y == "" {
				continue
			}
			if isFacility(x) || isFacility(y) || d.x.PlaceKey(x) == d.x.PlaceKey(y) {
				return true
			}
		}
	}
	return false
}

// compatibleDestinations: the same place, or places of one country.
func (d *doc) compatibleDestinations(a, b []newsgraph.EntityID) bool {
	for _, x := range a {
		for _, y := range b {
			if x != "" && y != "" && d.x.PlaceKey(x) == d.x.PlaceKey(y) {
				return true
			}
		}
	}
	return false
}

// PlaceKey is what event linking reads of a place: the country it lies in,
// where the gazetteer knows one ("country:japan" for Tokyo and for Japan),
// else the place's id. A stored event whose place moves between two places
// of one key links every later report as it did, so a store need not read
// its sources again for that move (see ingest's settle).
func (x *Extractor) PlaceKey(id newsgraph.EntityID) string {
	if !isFacility(id) {
		if c := x.gz.countryOf(idName(id)); c != "" {
			return "country:" + strings.ToLower(c)
		}
	}
	return string(id)
}

func isFacility(id newsgraph.EntityID) bool {
	return strings.Contains(string(id), ":facility:")
}

// idName reads a place's name back from its id's slug.
func idName(id newsgraph.EntityID) string {
	s := string(id)
	if i := strings.LastIndexByte(s, ':'); i >= 0 {
		s = s[i+1:]
	}
	return strings.ReplaceAll(s, "-", " ")
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func (d *doc) evidence(si int, sp newsgraph.Span) newsgraph.Evidence {
	return newsgraph.Evidence{Document: d.id, Sentence: si, Span: sp, Text: d.sentenceText(si)}
}

// sentenceText is sentence si as one line, made once: every fact of a
// sentence quotes it, and flattening a long sentence for each of its
// mentions cost time quadratic in its length.
func (d *doc) sentenceText(si int) string {
	if d.flatSents == nil {
		d.flatSents = make([]string, len(d.sents))
		d.flatDone = make([]bool, len(d.sents))
	}
	if !d.flatDone[si] {
		s := d.sents[si]
		d.flatSents[si], d.flatDone[si] = flat(d.text[s.span.Start:s.span.End]), true
	}
	return d.flatSents[si]
}

// output assembles the Extraction.
func (d *doc) output(in newsgraph.Document) *newsgraph.Extraction {
	x := &newsgraph.Extraction{Document: in}
	for _, s := range d.sents {
		x.Sentences = append(x.Sentences, s.span)
	}
	pub := ""
	if !in.Published.IsZero() {
		pub = ymd(in.Published)
	}
	for _, m := range d.mentions {
		if m.kind != named || m.ent < 0 || len(d.ents[m.ent].mentions) == 0 {
			continue
		}
		e := d.ents[m.ent]
		x.Mentions = append(x.Mentions, newsgraph.Mention{Entity: e.id, Text: flat(d.text[m.start:m.end]), Type: e.typ,
			Evidence: d.evidence(m.sent, newsgraph.Span{Start: m.start, End: m.end})})
	}
	roles := make([][]newsgraph.Role, len(d.ents))
	for ei, e := range d.ents[:len(d.ents)] {
		if len(e.mentions) > 0 {
			roles[ei] = d.roles(e, pub) // may imply a country: appended to d.ents
		}
	}
	for ei, e := range d.ents {
		if len(e.mentions) == 0 && !e.implied {
			continue
		}
		ne := newsgraph.Entity{ID: e.id, Name: e.name, Type: e.typ, Aliases: append([]string(nil), e.aliases...), Mentions: len(e.mentions)}
		if sn := surname(e); sn != "" && !slices.Contains(ne.Aliases, sn) {
			ne.Aliases = append(ne.Aliases, sn) // later articles and linked texts use the surname alone
		}
		if e.typ == newsgraph.Organization && !knownOrgNames[e.name] && !slices.ContainsFunc(e.aliases, func(a string) bool { return isAcronym(a) && acronymOf(a, e.name) }) {
			// a later article's bare acronym, as the surname; not where
			// the story or the tables give the body's own ("ASEAN")
			for _, a := range newsgraph.ShortForms(e.typ, e.name) {
				if !slices.Contains(ne.Aliases, a) {
					ne.Aliases = append(ne.Aliases, a)
				}
			}
		}

		if ei < len(roles) {
			ne.Roles = roles[ei]
		}
		x.Entities = append(x.Entities, ne)
	}
	for _, e := range d.events {
		// the reading works on days; the graph keeps "in May" a month
		start, end := newsgraph.StatedDates(e.from, e.to)
		ev := newsgraph.Event{ID: e.id, Type: e.typ, Status: e.status, Start: start, End: end}
		switch e.typ {
		case newsgraph.Meeting:
			for _, p := range e.people {
				ev.Participants = append(ev.Participants, newsgraph.Participant{Role: newsgraph.RoleParticipant, Entity: d.ents[p].id})
			}
		case newsgraph.Visit:
			for _, p := range e.people {
				ev.Participants = append(ev.Participants, newsgraph.Participant{Role: newsgraph.RoleVisitor, Entity: d.ents[p].id})
			}
			for _, p := range e.places {
				ev.Participants = append(ev.Participants, newsgraph.Participant{Role: newsgraph.RoleDestination, Entity: d.ents[p].id})
			}
		case newsgraph.Agreement:
			for _, p := range e.places {
				ev.Participants = append(ev.Participants, newsgraph.Participant{Role: newsgraph.RoleParty, Entity: d.ents[p].id})
			}
			for _, p := range e.people {
				ev.Participants = append(ev.Participants, newsgraph.Participant{Role: newsgraph.RoleSignatory, Entity: d.ents[p].id})
			}
			for _, p := range e.brokers {
				ev.Participants = append(ev.Participants, newsgraph.Participant{Role: newsgraph.RoleBroker, Entity: d.ents[p].id})
			}
		}
		if e.loc >= 0 {
			ev.Location = d.ents[e.loc].id
		}
		for _, si := range e.sources {
			ev.Sources = append(ev.Sources, d.evidence(si, d.sents[si].span))
		}
		x.Events = append(x.Events, ev)
	}
	x.PartOf = d.partOf()
	return x
}

// roles gathers the titles stated next to a person's name.
func (d *doc) roles(e *entity, pub string) []newsgraph.Role {
	if e.typ != newsgraph.Person {
		return nil
	}
	var out []newsgraph.Role
	idx := map[string]int{}
	for _, mi := range e.mentions {
		m := d.mentions[mi]
		claims := m.also
		if m.role != nil {
			claims = append(claims[:len(claims):len(claims)], *m.role)
		}
		for ci := range claims {
			out = d.addRole(out, idx, e, m, &claims[ci], pub)
		}
	}
	// "President" said bare where "President of United States" is also said
	kept := out[:0]
	for _, r := range out {
		dup := false
		if r.OfName == "" {
			for _, o := range out {
				if o.OfName != "" && strings.EqualFold(o.Title, r.Title) {
					dup = true
				}
			}
		}
		if !dup {
			kept = append(kept, r)
		}
	}
	return kept
}

// addRole adds the role claim r stated at mention m of e to out, or its
// evidence to the same role already there (idx: title|of -> index in out).
func (d *doc) addRole(out []newsgraph.Role, idx map[string]int, e *entity, m mention, r *roleClaim, pub string) []newsgraph.Role {
	title := normTitle(r.title)
	of := r.of
	ofBody := -1
	if w := strings.Fields(strings.ToLower(title)); len(w) > 0 && bandTitles[w[len(w)-1]] && r.ofType == newsgraph.GPE {
		of = "" // "French singer X": the singer's nationality, no office of a state
	}
	if r.side {
		// "X's side": the manager of the club the story is about, where
		// the story gives X no other office (a captain's side is his
		// team, not a club he manages)
		for _, mi := range e.mentions {
			if o := d.mentions[mi]; o.role != nil && !o.role.side || len(o.also) > 0 {
				return out
			}
		}
		if ofBody = d.storyBody(m); ofBody < 0 {
			return out
		}
	}
	if strings.EqualFold(title, "Secretary") && (of == "Treasury" || strings.HasSuffix(of, " Treasury")) {
		// "Treasury Secretary X", "U.S. Treasury secretary X": the
		// department names the office; the country is the one it serves
		title, of = "Treasury Secretary", ""
		pre := strings.TrimSuffix(r.of, " Treasury")
		if c, _, ok := d.x.gz.place(pre); ok && d.x.gz.isCountry(c) {
			of = c
		} else if titleMods[pre] {
			title = pre + " " + title // "Deputy Treasury Secretary X"
		}
		rc := *r
		rc.ofType = newsgraph.GPE
		r = &rc
	}
	if strings.EqualFold(title, "Secretary") && ukNations[of] {
		// "Northern Ireland Secretary X": a British cabinet office named
		// for the nation it answers for, of the state whose government
		// it is
		title, of = of+" Secretary", "United Kingdom"
		rc := *r
		rc.ofType = newsgraph.GPE
		r = &rc
	}
	if w := strings.Fields(title); of == "" && len(w) > 1 && kindHeads[strings.ToLower(w[0])] {
		// "Party leader X": the body of that kind the story named last
		// before
		if bi := d.lastBodyOfKind(m, strings.ToLower(w[0])); bi >= 0 {
			title = strings.Join(w[1:], " ")
			ofBody = bi
		}
	}
	if of != "" && r.ofType == newsgraph.GPE && ofBody < 0 {
		// "Rovers' Danish striker X": the nationality is the holder's,
		// the office the club's
		if bi, firm := d.nationalityOwner(m, r); bi >= 0 {
			of, ofBody = "", bi
		} else if firm != "" {
			rc := *r
			rc.ofType = newsgraph.Organization
			r, of = &rc, firm
		}
	}
	tb, kind := d.titleBefore(m, r)
	if toks := d.sents[m.sent].tokens; of == "" && ofBody < 0 && tb >= 1 && unicode0Lower(toks[tb-1].text) && kindHeads[toks[tb-1].text] {
		// "union president X", the kind left out of the title
		ofBody = d.lastBodyOfKind(m, toks[tb-1].text)
	}
	// (a "Secretary of State for" a portfolio is a British-style office)
	if of == "" && strings.HasPrefix(title, "Secretary of ") && !strings.HasPrefix(title, "Secretary of State for ") {
		of = "United States"
	}
	if of == "" && !r.former && ofBody < 0 {
		if tb >= 0 && (kind || bodyTitle(title) && !countryTitle(title)) {
			if ofBody = d.bodyAndIts(m.sent, tb-1); ofBody < 0 {
				ofBody = d.focusBody(m.sent, tb)
			}
		}
	}
	if of == "" && !r.former && ofBody < 0 && r.after && firmOffice(title) && (r.bare || !countryTitle(title)) {
		// "X, chairman and chief executive, said", "X, president, could
		// not be reached": the body the story is about
		ofBody = d.storyBody(m)
	}
	if ofBody >= 0 {
		of = d.ents[ofBody].name
	}
	if of == "" && countryTitle(title) {
		// the country a bare title is of: what the graph knows, an
		// office only one country has, or the home of a wire story's
		// dateline for someone who is not visiting; never a country
		// the sentence or the story merely names
		//
		// Each reading is tried in turn; a country whose office the
		// story gives another person by name is none of this one's
		// (a country has one prime minister at a time)
		readings := []func() string{
			func() string { return d.knownRoleOf(e, title) },
			// the country another of the person's own titles names
			// ("China's Commerce Minister X ... meet Commerce Minister X")
			func() string { return d.officeCountryOf(m.ent) },
			func() string {
				c := titleCountry(title)
				if c != "" && d.entByAlias(c) < 0 {
					// (the country that alone names the office so is named
					// nowhere in the story, another's same portfolio is)
					if pc := d.portfolioCountry(title); pc != "" {
						c = pc
					}
				}
				return c
			},
			func() string { return d.tiedCountry(m.ent) },
			func() string { return d.titleContextCountry(m, r) },
			func() string { return d.speakerCountry(m) },
			func() string { return d.returnCountry(m) },
			func() string { return d.visitedHostCountry(m.ent) },
			func() string { return d.datelineCountry(e) },
			func() string { return d.counterpartSide(m.ent) },
			func() string {
				if kind {
					return "" // ("its president X" is a body's when "its" stands for none)
				}
				return d.headlineCountry(m, e, title, tb)
			},
			func() string {
				if !r.former {
					return ""
				}
				return d.officeHolderCountry(e, title)
			},
			func() string {
				if r.former || d.visiting(e) {
					return ""
				}
				return d.sideCountry(m, title)
			},
			func() string {
				if r.former || kind {
					return ""
				}
				return d.storyGovernmentCountry(m, e, title)
			},
			func() string {
				if r.former || kind {
					return ""
				}
				// ("Prime Minister X said he may change his tax plan" in
				// a story of one country's tax, no visitor; a story that
				// names a second country may be about it, its people
				// another's officers: "Chancellor X" in a story of Iraq)
				// (heads of government and state only: a story's officers
				// of other titles serve where the story is told from)
				if d.visiting(e) || m.sent >= len(d.stories) || !headOfState(title) {
					return ""
				}
				c := d.storyCountryName(m.sent)
				for o, n := range d.namedCountries(d.stories[m.sent]) {
					if o != c && n > 0 {
						return ""
					}
				}
				return c
			},
		}
		for _, read := range readings {
			if c := read(); c != "" && (r.former || !d.heldByOther(e, title, c)) {
				of = c
				break
			}
		}
	}
	if of == "" && ofBody < 0 && !r.former {
		// "drummer X", "farm commissioner Y", "Sen. Z, a Missouri
		// Republican": a band's member, a commission's member and a
		// legislator serve the band, the commission and the chamber the
		// story names
		if bi := d.servedBody(m, e, title); bi >= 0 {
			ofBody = bi
			of = d.ents[bi].name
		}
	}
	if of == "" && mayorTitle(title) {
		// "SPRINGVALE, Ohio (AP) — Mayor X said": the dateline's town,
		// for a mayor who is not visiting
		of = d.datelineTown(e)
	}
	if of == "" && usStateOffice(title) {
		// "SACRAMENTO, Calif. (AP) — Gov. X": the dateline's state
		of = d.datelineState(e)
		if of == "" {
			of = d.storyState(e)
		}
	}
	k := strings.ToLower(title) + "|" + of
	ev := d.evidence(m.sent, newsgraph.Span{Start: m.start, End: m.end})
	if i, ok := idx[k]; ok {
		out[i].Sources = append(out[i].Sources, ev)
		return out
	}
	role := newsgraph.Role{Title: title, OfName: of, Former: r.former, Since: pub, Until: pub, Sources: []newsgraph.Evidence{ev}}
	if ofBody >= 0 {
		role.Of = d.ents[ofBody].id
	} else if of != "" {
		oi := d.entByAlias(of)
		if r.ofType == newsgraph.GPE && oi >= 0 && d.ents[oi].typ != newsgraph.GPE {
			// "Kell Mayor X" in a story of the Kell Convention Center:
			// the town, not the hall that bears its name
			oi = d.entByAliasOfType(of, newsgraph.GPE)
		}
		if oi >= 0 {
			role.Of, role.OfName = d.ents[oi].id, d.ents[oi].name
		} else {
			t := r.ofType
			if t == "" {
				t = newsgraph.GPE
			}
			// not named here ("Austrian Chancellor ..."): the country
			// is implied, an entity of its own so the role keeps it
			ie := d.ents[d.implied(of, t)]
			role.Of, role.OfName = ie.id, ie.name
		}
	}
	idx[k] = len(out)
	out = append(out, role)
	return out
}

// headOfState: a prime minister's, premier's or president's title, with
// or without "deputy", "acting" or "interim".
func headOfState(title string) bool {
	l := strings.ToLower(title)
	for _, p := range []string{"deputy ", "acting ", "interim "} {
		l = strings.TrimPrefix(l, p)
	}
	return l == "prime minister" || l == "premier" || l == "president"
}

// servedBody is the entity index of the body a member's title with no
// "of" serves, or -1: for a band's place ("drummer"), the one band the
// story names as one ("rock band X"); for a commissioner, the commission
// the sentence names before the name, else the story's one commission;
// for a member of Congress ("Senator", "Representative", "Congressman"),
// the chamber the story names, where the story or the person's party
// and state ("a Missouri Republican", "D-Vt.") say the office is
// American.
func (d *doc) servedBody(m mention, e *entity, title string) int {
	w := strings.Fields(strings.ToLower(title))
	if len(w) == 0 {
		return -1
	}
	story := -1
	if m.sent < len(d.stories) {
		story = d.stories[m.sent]
	}
	inStory := func(o mention) bool { return o.sent < len(d.stories) && d.stories[o.sent] == story }
	last := w[len(w)-1]
	switch {
	case bandTitles[last]:
		// (a band the story names once, "acts include Liverpool band X",
		// is not the one it is about)
		found := -1
		for _, o := range d.mentions {
			if toks := d.sents[o.sent].tokens; o.kind == named && o.ent >= 0 && o.i >= 1 && inStory(o) && d.ents[o.ent].typ == newsgraph.Organization && bandNouns[toks[o.i-1].text] && len(d.ents[o.ent].mentions) >= 2 {
				if found >= 0 && found != o.ent {
					return -1
				}
				found = o.ent
			}
		}
		return found
	case last == "commissioner":
		found, here := -1, -1
		for _, o := range d.mentions {
			if o.kind != named || o.ent < 0 || !inStory(o) || d.ents[o.ent].typ != newsgraph.Organization {
				continue
			}
			n := strings.Fields(d.ents[o.ent].name)
			if n[len(n)-1] != "Commission" {
				continue
			}
			if o.sent == m.sent && o.j <= m.i {
				here = o.ent
			}
			if found >= 0 && found != o.ent && !strings.HasSuffix(d.ents[found].name, d.ents[o.ent].name) && !strings.HasSuffix(d.ents[o.ent].name, d.ents[found].name) {
				found = -2
			} else if found != -2 && (found < 0 || len(d.ents[o.ent].name) > len(d.ents[found].name)) {
				found = o.ent
			}
		}
		if here >= 0 {
			return here
		}
		return max(found, -1)
	}
	var chambers []string
	switch title {
	case "Senator":
		chambers = []string{"U.S. Senate", "United States Senate", "Senate"}
	case "Representative":
		chambers = []string{"U.S. House of Representatives", "House of Representatives", "House"}
	case "Congressman", "Congresswoman":
		chambers = []string{"U.S. Congress", "United States Congress", "Congress"}
	default:
		return -1
	}
	american := false
	for _, mi := range e.mentions {
		if o := d.mentions[mi]; o.sent < len(d.sents) && o.j > 0 && usLegislatorAfter(d, d.sents[o.sent].tokens, o.j) {
			american = true
		}
	}
	if !american {
		counts := d.namedCountries(story)
		for c, n := range counts {
			if c != "United States" && n >= counts["United States"] {
				return -1
			}
		}
		american = counts["United States"] > 0
	}
	if !american {
		return -1
	}
	// (by its own name: "Senate" is an alias of the Senate's committees)
	for _, c := range chambers {
		if bi := d.entByName(c); bi >= 0 && d.ents[bi].typ == newsgraph.Organization {
			return bi
		}
	}
	return -1
}

// usLegislatorAfter says whether the words after a name at j give an
// American legislator's party and state: ", a Missouri Republican", "(D-Vt.)",
// ", R-Kan.,".
func usLegislatorAfter(d *doc, toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+3; k++ {
		if partyState(toks[k].text) != "" {
			return true
		}
	}
	if j+3 >= len(toks) || toks[j].text != "," || toks[j+1].text != "a" && toks[j+1].text != "an" {
		return false
	}
	for q := j + 3; q < len(toks) && q <= j+4; q++ {
		if p := toks[q].text; p == "Republican" || p == "Democrat" {
			_, ok := d.x.gz.state[key(span(toks, j+2, q))]
			return ok
		}
	}
	return false
}

// nationalityOwner is the firm or club whose possessive stands before the
// nationality that opens role r's title at mention m ("Rovers' 19-year-old
// Danish striker X", "Acme's French chief executive Y"): the nationality
// is the holder's own, the office the body's. It gives the body's entity,
// or else the name of a firm the recogniser did not read (one unknown
// word, see unknownFirm); -1 and "" where no body owns the office ("the
// Danish striker X", "Britain's Danish-born envoy").
func (d *doc) nationalityOwner(m mention, r *roleClaim) (int, string) {
	toks := d.sents[m.sent].tokens
	e := m.i
	for e > 0 && (toks[e-1].text == "," || honorifics[toks[e-1].text]) {
		e--
	}
	n := len(strings.Fields(r.title))
	if m.i < 0 || e-n < 2 || !strings.EqualFold(span(toks, e-n, e), r.title) {
		return -1, ""
	}
	k := e - n - 1
	if d.x.gz.demonym[key(toks[k].text)] != r.of {
		if k < 1 || d.x.gz.demonym[key(toks[k-1].text+" "+toks[k].text)] != r.of {
			return -1, ""
		}
		k--
	}
	// (the holder's age or standing between: "19-year-old", "new")
	q := k - 1
	for q >= 0 && k-q <= 4 && !toks[q].isCap() && toks[q].text != "and" && toks[q].text != "the" &&
		(toks[q].pos == "JJ" || toks[q].pos == "CD" || toks[q].pos == "VBN" || strings.Contains(toks[q].text, "-")) {
		q--
	}
	if q < 1 || !possessive(toks, q) {
		return -1, ""
	}
	title := strings.ToLower(r.title)
	om := d.mentionEndingAt(m.sent, q-1)
	if om == nil {
		if unknownFirm(d, m.sent, q-1, title) {
			return -1, toks[q-1].text
		}
		return -1, ""
	}
	if om.ent < 0 {
		return -1, ""
	}
	oe := d.ents[om.ent]
	switch {
	case oe.typ == newsgraph.Organization && !pressName(oe.name),
		oe.typ == newsgraph.Other && firmOffice(title):
		return om.ent, ""
	case oe.typ == newsgraph.GPE && !d.x.gz.isCountry(oe.name) && (sportWords[title] || playerPositions[title]):
		// "Barcelona's Brazilian striker X": a player of the city's club
		return om.ent, ""
	}
	return -1, ""
}

// kindHeads are the kinds of body whose name ends in the kind ("Kell
// Workers Party", "Kell Teachers Union"), which a title opens with to say
// it is that body's ("Party leader X").
var kindHeads = set("party", "union", "bank", "club", "federation", "association", "council", "chamber", "league")

// lastBodyOfKind is the organisation whose name ends in kind that the
// story names before mention m (in m's sentence before it, or in an
// earlier sentence) most often, the last named of those as often, or -1.
// A possessor ("an attack on Labour's record") is what the story's body
// speaks of, not itself: it is not counted.
func (d *doc) lastBodyOfKind(m mention, kind string) int {
	count := map[int]int{}
	last := map[int][2]int{}
	for _, o := range d.mentions {
		if o.kind != named || o.ent < 0 || o.i < 0 || o.sent > m.sent || o.sent == m.sent && o.j > m.i {
			continue
		}
		e := d.ents[o.ent]
		w := strings.Fields(e.name)
		if e.typ != newsgraph.Organization || len(w) < 2 || !strings.EqualFold(w[len(w)-1], kind) {
			continue
		}
		if toks := d.sents[o.sent].tokens; o.j < len(toks) && possessive(toks, o.j) {
			continue
		}
		count[o.ent]++
		if p, at := [2]int{o.sent, o.i}, last[o.ent]; p[0] > at[0] || p[0] == at[0] && p[1] > at[1] {
			last[o.ent] = p
		}
	}
	best := -1
	for ei, n := range count {
		if best < 0 || n > count[best] {
			best = ei
			continue
		}
		if p, at := last[ei], last[best]; n == count[best] && (p[0] > at[0] || p[0] == at[0] && p[1] > at[1]) {
			best = ei
		}
	}
	return best
}

// ukNations are the nations of the United Kingdom a British cabinet
// secretary answers for.
var ukNations = set("Northern Ireland", "Scotland", "Wales")

// bodyTitle: an office of a firm, club or other body, which a story names
// bare once it has named the body ("Chief executive X said").
func bodyTitle(t string) bool {
	l := strings.ToLower(t)
	for _, p := range []string{"deputy ", "acting ", "interim ", "joint "} {
		l = strings.TrimPrefix(l, p)
	}
	switch l {
	case "chief executive", "chief executive officer", "ceo", "chairman", "chairwoman", "chair", "managing director",
		"sporting director", "finance director", "chief operating officer", "chief financial officer", "general manager",
		"vice-president", "vice president", "director of football", "spokesman", "spokeswoman", "spokesperson":
		return true
	}
	return false
}

// bodyKinds are the nouns a story calls a body it has named by ("company
// president X", "the club's sporting director X").
var bodyKinds = set("company", "club", "firm", "group", "federation", "bank", "association", "union", "board",
	"league", "agency", "organisation", "organization", "charity", "alliance", "society", "carrier", "airline", "team",
	"party", "carmaker", "automaker", "insurer", "lender", "miner", "retailer", "utility", "broadcaster", "chamber",
	"council", "commission", "committee", "movement", "coalition", "conglomerate", "manufacturer", "exchange", "fund")

// selfKinds, before a title, stand for the body the story is about
// ("company president X"); other kinds name a body of their own ("union
// leader X" in a story about a firm).
var selfKinds = set("company", "club", "firm", "group")

// titleBefore is the first token of role r's title where it is written
// right before m's name, or -1; kind tells that "its", "their" or a body's
// common noun stands before the title.
func (d *doc) titleBefore(m mention, r *roleClaim) (int, bool) {
	toks := d.sents[m.sent].tokens
	e := m.i
	if e > 0 && toks[e-1].text == "," {
		e--
		// ("the charity's head of policy in Britain, X")
		if pm := d.mentionEndingAt(m.sent, e-1); pm != nil && pm.ent >= 0 && pm.i >= 2 && toks[pm.i-1].text == "in" {
			if t := d.ents[pm.ent].typ; t == newsgraph.GPE || t == newsgraph.Location {
				e = pm.i - 1
			}
		}
	}
	n := len(strings.Fields(r.title))
	if m.i < 0 || e-n < 0 || !strings.EqualFold(span(toks, e-n, e), r.title) {
		return -1, false
	}
	t := e - n
	p := t - 1
	for p >= 0 && (toks[p].text == "then" || toks[p].text == "new") {
		p--
	}
	if p >= 1 && (toks[p].text == "'s" || toks[p].text == "’s") && bodyKinds[toks[p-1].text] {
		return t, true
	}
	if p >= 0 && (strings.EqualFold(toks[p].text, "its") || strings.EqualFold(toks[p].text, "their") || selfKinds[strings.ToLower(toks[p].text)]) {
		return t, true
	}
	if p >= 0 && strings.HasPrefix(toks[p].pos, "NNP") && !strings.HasPrefix(toks[p].text, "<") && !strings.HasSuffix(toks[p].text, ">") {
		// "Almaden spokesman X": a name the title is of, which the
		// recogniser did not read as the body; the title is no bare one
		return -1, false
	}
	return t, false
}

// bodyAndIts is the body named right before "and its" that ends at token
// p ("Kestrel Air and its chairman X"), or -1.
func (d *doc) bodyAndIts(si, p int) int {
	toks := d.sents[si].tokens
	if p < 2 || toks[p].text != "its" || toks[p-1].text != "and" {
		return -1
	}
	if om := d.mentionEndingAt(si, p-2); om != nil && om.ent >= 0 && d.ents[om.ent].typ == newsgraph.Organization {
		return om.ent
	}
	return -1
}

// focusBody is the body a title written at token t of sentence si is of
// when it names none: the one body named before it in the sentence
// ("Molde want a fee but chief executive X said"), else, where the
// sentence names no body before it, the body that is the subject of one
// of the three sentences before ("The Alliance said ... Chief executive
// X said"); -1 when two bodies might be meant.
func (d *doc) focusBody(si, t int) int {
	if b := d.oneBodyBefore(si, t); b != -1 {
		return max(b, -1)
	}
	for s := si - 1; s >= 0 && s >= si-3; s-- {
		if b := d.subjectBody(s); b != -2 {
			return b
		}
	}
	return -1
}

// oneBodyBefore is the one body (no news outlet) sentence si names before
// token t: -1 when it names none, -2 when it names two.
func (d *doc) oneBodyBefore(si, t int) int {
	found := -1
	for _, mi := range d.bySent[si] {
		o := &d.mentions[mi]
		if o.kind != named || o.ent < 0 || o.i < 0 || o.j > t {
			continue
		}
		if e := d.ents[o.ent]; e.typ == newsgraph.Organization && !pressName(e.name) {
			if found >= 0 && found != o.ent {
				return -2
			}
			found = o.ent
		}
	}
	return found
}

// subjectBody is the organisation a sentence opens with as its subject
// ("The Alliance said", "Meanwhile Kestrel Bank is", "Norway's Rowing
// Federation has"), -1 when a person or another thing opens it, -2 when
// the sentence names nothing.
func (d *doc) subjectBody(si int) int {
	toks := d.sents[si].tokens
	first := -1
	for _, mi := range d.bySent[si] {
		o := &d.mentions[mi]
		if o.kind != named || o.ent < 0 || o.i < 0 {
			continue
		}
		if first < 0 || o.i < d.mentions[first].i {
			first = mi
		}
	}
	if first < 0 {
		return -2
	}
	o := &d.mentions[first]
	open := o.i
	if o.j < len(toks) && (toks[o.j].text == "'s" || toks[o.j].text == "\u2019s") {
		// the possessor: the body after it is the subject
		for _, mi := range d.bySent[si] {
			if n := &d.mentions[mi]; n.kind == named && n.ent >= 0 && n.i == o.j+1 {
				o = n
			}
		}
	}
	for k := 0; k < open; k++ {
		if w := toks[k]; !strings.EqualFold(w.text, "the") && w.pos != "RB" && w.text != "," {
			return -1
		}
	}
	// "Kestrel Bank said", or "Kestrel Bank chairman X said": the body is
	// what the sentence is about
	if o.j >= len(toks) || !(strings.HasPrefix(toks[o.j].pos, "VB") || toks[o.j].pos == "MD" || lowerTitles[toks[o.j].text] || lowerTitleMods[toks[o.j].text]) {
		return -1
	}
	if e := d.ents[o.ent]; e.typ == newsgraph.Organization && !pressName(e.name) {
		return o.ent
	}
	return -1
}

// firmOffice: an office of a firm or other body, which a story writes
// bare after a name once it has named the body ("X, chairman, said", "X,
// vice president for finance, said").
func firmOffice(t string) bool {
	l := strings.ToLower(t)
	if h, _, ok := strings.Cut(l, " for "); ok {
		l = h
	}
	if h, _, ok := strings.Cut(l, " of "); ok {
		l = h
	}
	for _, p := range []string{"deputy ", "acting ", "interim ", "joint ", "senior ", "executive ", "group ", "first ", "assistant ", "co-"} {
		l = strings.TrimPrefix(l, p)
	}
	if bodyTitle(l) {
		return true
	}
	switch l {
	case "president", "president and chief executive", "president and chief executive officer", "chairman and chief executive",
		"chief operating officer", "chief technology officer", "chief investment officer", "chief economist", "treasurer",
		"director", "executive director", "general counsel", "founder", "owner", "head", "partner", "managing partner",
		"company secretary", "marketing director", "sales director", "technical director", "finance director", "chief executive officer":
		return true
	}
	return false
}

// storyBody is the body the story is about where a bare office after a
// name (m) is read: the one body the sentence names before the name, else
// the subject of one of the three sentences before (see focusBody), else
// the one body of the headline or the body the lede opens with; -1 where
// two bodies might be meant.
func (d *doc) storyBody(m mention) int {
	if b := d.oneBodyBefore(m.sent, m.i); b != -1 {
		return max(b, -1)
	}
	for s := m.sent - 1; s >= 0 && s >= m.sent-3; s-- {
		if b := d.subjectBody(s); b != -2 {
			if b >= 0 {
				return b
			}
			break
		}
	}
	// the headline's one body, or the lede's subject where the headline
	// names no other
	head := -1
	if len(d.sents) > 1 && d.sents[0].heading && m.sent > 0 {
		for _, mi := range d.bySent[0] {
			o := &d.mentions[mi]
			if o.kind != named || o.ent < 0 {
				continue
			}
			if e := d.ents[o.ent]; e.typ == newsgraph.Organization && !pressName(e.name) {
				if head >= 0 && head != o.ent {
					return -1
				}
				head = o.ent
			}
		}
	}
	if l := d.lede(); l >= 0 && l < m.sent {
		if b := d.subjectBody(l); b >= 0 && (head < 0 || head == b) {
			return b
		} else if b >= 0 {
			return -1
		}
	}
	return head
}

// pressNames are outlets and wire services news names as a source ("told
// Reuters", "a Tass report").
var pressNames = set("Reuters", "Reuter", "BBC", "AFP", "Agence France-Presse", "Associated Press", "AP", "Bloomberg", "CNN",
	"Xinhua", "Kyodo", "Kyodo News", "Yonhap", "Tass", "Itar-Tass", "Bernama", "Antara", "ANSA", "EFE", "DPA", "PTI", "Interfax", "Anadolu")

// pressName: a news outlet, which a story names as its source or where a
// claim was printed, not as the body its people serve.
func pressName(n string) bool {
	if pressNames[n] {
		return true
	}
	w := strings.Fields(n)
	switch w[len(w)-1] {
	case "Journal", "Times", "Post", "Herald", "Tribune", "Gazette", "Telegraph", "Guardian", "Observer", "Chronicle", "Express", "Daily", "Weekly":
		return true
	}
	return false
}

// knownRoleOf is the country the graph already gives this person's title,
// where a source's own sentence names that country (or its people): a
// country one document only learned from the graph teaches no other, so the
// order the documents came in cannot decide it.
//
// Without that title, a country all the person's known national offices
// are of ("UK finance minister X" known, "Chancellor X" here): a person
// serves one state.
func (d *doc) knownRoleOf(e *entity, title string) string {
	of := d.x.knownRole(e.knownRoles, title)
	if e.lookedUp != nil {
		// what this reads of the answer is the one thing of the entity's
		// roles the extraction uses: its Witness is told so
		rec, same := d.x.roleUse(e.lookedUp.q, title, of)
		e.lookedUp.w.Used(e.lookedUp.q.keys, rec, same)
	}
	return of
}

// knownRole is knownRoleOf's answer from the roles the graph knows.
func (x *Extractor) knownRole(roles []newsgraph.Role, title string) string {
	other := ""
	for _, r := range roles {
		if r.OfName == "" || r.Former || !x.gz.namesCountry(r) {
			continue
		}
		if strings.EqualFold(r.Title, title) {
			return r.OfName
		}
		if !countryTitle(r.Title) || !x.gz.isCountry(r.OfName) {
			continue
		}
		if other != "" && other != r.OfName {
			other = "-"
		} else if other == "" {
			other = r.OfName
		}
	}
	if other == "-" {
		return ""
	}
	return other
}

// entByAlias is the named entity called name or known by it as an alias
// ("Vantor" of "Vantor Corp"), or -1.
func (d *doc) entByAlias(name string) int {
	if ei := d.entByName(name); ei >= 0 {
		return ei
	}
	k := key(name)
	for ei, e := range d.ents {
		if len(e.mentions) == 0 {
			continue
		}
		for _, a := range e.aliases {
			if key(a) == k {
				return ei
			}
		}
	}
	return -1
}

// entByAliasOfType is the named entity of type t called name or known by
// it as an alias, or -1.
func (d *doc) entByAliasOfType(name string, t newsgraph.EntityType) int {
	k := key(name)
	for ei, e := range d.ents {
		if len(e.mentions) == 0 || e.typ != t {
			continue
		}
		if key(e.name) == k {
			return ei
		}
		for _, a := range e.aliases {
			if key(a) == k {
				return ei
			}
		}
	}
	return -1
}

// namesCountry: a source of role r names its country (or its people).
func (gz *gazetteer) namesCountry(r newsgraph.Role) bool {
	for _, s := range r.Sources {
		if strings.Contains(s.Text, r.OfName) {
			return true
		}
		for _, w := range strings.Fields(s.Text) {
			w = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s"), ",;:")
			if gz.demonym[key(w)] == r.OfName {
				return true
			}
			if c, _, ok := gz.place(w); ok && c == r.OfName {
				return true // "U.S. President"
			}
		}
	}
	return false
}

// countryTitle: an office a country has, whose country a bare title
// leaves to the reader ("President", "Finance Minister", "central bank
// governor").
func countryTitle(t string) bool {
	if titleCountry(t) != "" {
		return true
	}
	l := strings.ToLower(t)
	if h, _, ok := strings.Cut(l, " of "); ok && h != "secretary" && h != "undersecretary" {
		l = h // "Minister of Foreign Affairs": the office is the head's before its portfolio
	} else if h, _, ok := strings.Cut(l, " for "); ok {
		l = h // "Minister for Trade"
	}
	for _, w := range []string{"minister", "president", "premier", "chancellor", "emperor", "empress", "king", "queen",
		"crown prince", "central bank governor", "chief cabinet secretary", "treasury secretary"} {
		if strings.HasSuffix(l, w) {
			return !strings.Contains(l, "vice") && !strings.Contains(l, "conference") && !strings.Contains(l, "company")
		}
	}
	if strings.HasSuffix(l, "undersecretary") || strings.HasPrefix(l, "undersecretary of") {
		return true
	}
	// a cabinet secretary ("Trade and Industry Secretary"), not a press,
	// party or private one
	if w := strings.Fields(l); len(w) >= 2 && w[len(w)-1] == "secretary" {
		switch w[len(w)-2] {
		case "press", "general", "private", "party", "permanent", "executive", "cabinet", "personal":
			return titleCountry(t) != ""
		}
		return true
	}
	return false
}

// officeCountries are offices that only one country names so: a bare
// "Foreign Secretary" is Britain's, a bare "Treasury Secretary" the United
// States'.
var officeCountries = map[string]string{
	"foreign secretary": "United Kingdom", "home secretary": "United Kingdom", "defence secretary": "United Kingdom",
	"chancellor of the exchequer": "United Kingdom", "northern ireland secretary": "United Kingdom",
	"work and pensions secretary": "United Kingdom", "culture secretary": "United Kingdom",
	"treasury secretary": "United States", "agriculture secretary": "United States", "commerce secretary": "United States",
	"defense secretary": "United States", "labor secretary": "United States", "interior secretary": "United States",
	"homeland security secretary": "United States", "attorney general": "",
	// British cabinet offices no other country names so (the Philippines
	// has a Justice, a Trade and Industry and an Environment Secretary too)
	"international development secretary": "United Kingdom", "business secretary": "United Kingdom",
	"energy security secretary": "United Kingdom", "scottish secretary": "United Kingdom",
	"welsh secretary": "United Kingdom", "chief secretary to the treasury": "United Kingdom", "lord chancellor": "United Kingdom",
	"taoiseach": "Ireland", "tanaiste": "Ireland", "t\u00e1naiste": "Ireland",
}

// portfolioCountry is the one country whose office of the same
// portfolio the story names ("Vessia's Commerce Minister X ... Commerce
// Secretary Y said"): a bare office there is that government's, not the
// country that alone names its office so; "" when none or several.
func (d *doc) portfolioCountry(title string) string {
	w := strings.Fields(strings.ToLower(title))
	if len(w) < 2 {
		return ""
	}
	found := ""
	for _, m := range d.mentions {
		r := m.role
		if r == nil || r.of == "" || r.ofType != newsgraph.GPE || !d.x.gz.isCountry(r.of) {
			continue
		}
		if rw := strings.Fields(strings.ToLower(r.title)); len(rw) < 2 || rw[0] != w[0] {
			continue
		}
		if found != "" && found != r.of {
			return ""
		}
		found = r.of
	}
	return found
}

// titleCountry is the one country whose office a title names, or "".
func titleCountry(t string) string {
	l := strings.ToLower(t)
	for _, p := range []string{"shadow ", "deputy ", "former ", "acting "} {
		l = strings.TrimPrefix(l, p)
	}
	if strings.HasPrefix(l, "secretary of state for ") {
		return "" // a British-style office, of no country the words name
	}
	if strings.HasPrefix(l, "secretary of ") || strings.HasPrefix(l, "undersecretary of ") || strings.HasPrefix(l, "under secretary of ") {
		return "United States"
	}
	if strings.HasPrefix(strings.ToLower(t), "shadow ") {
		return "" // the opposition's spokesman, no office of the state
	}
	return officeCountries[l]
}

// speakerCountry is the country a person speaks for: "Japan plans ...,
// Foreign Minister X said", "X said Japan's focus is ...": the country
// opening the reported clause of a sentence whose speaker the person is,
// unless someone else's title claims it.
func (d *doc) speakerCountry(m mention) string {
	toks := d.sents[m.sent].tokens
	speaks := m.j < len(toks) && saysVerbs[toks[m.j].text] || m.i > 0 && saysVerbs[toks[m.i-1].text]
	if !speaks {
		return ""
	}
	for _, mi := range d.bySent[m.sent] {
		o := d.mentions[mi]
		if o.kind != named || o.ent < 0 || o.i < 0 || o.start == m.start {
			continue
		}
		if o.role != nil && o.role.of != "" {
			continue
		}
		n := d.ents[o.ent].name
		if !d.x.gz.isCountry(n) {
			continue
		}
		// "X said (that) (the) Netherlands would ..."
		q := m.j + 1
		if q < len(toks) && toks[q].text == "that" {
			q++
		}
		if q < len(toks) && toks[q].text == "the" {
			q++
		}
		opens := o.i == 0 || (o.i == q && saysVerbs[toks[m.j].text])
		if opens {
			used := false
			for _, mj := range d.bySent[m.sent] {
				if r := d.mentions[mj].role; r != nil && r.of == n && d.mentions[mj].start != m.start {
					used = true
				}
			}
			if !used {
				return n
			}
		}
	}
	return ""
}

// heldByOther: the story gives a person other than e, by name, the
// office title of country c, and holds it now.
func (d *doc) heldByOther(e *entity, title, c string) bool {
	for _, m := range d.mentions {
		if m.role == nil || m.ent < 0 || d.ents[m.ent] == e || m.role.former || m.role.of != c {
			continue
		}
		if strings.EqualFold(normTitle(m.role.title), title) {
			return true
		}
	}
	return false
}

// counterpartSide is the country of person ei whom the story gives a
// counterpart of another country ("X and his Ugandan counterpart, Y", "X
// will fly to Beijing for talks with his Chinese counterpart"): the
// country the story names most after that one (by its name, its towns
// or its people), at least twice and more often than any other; "" when
// none, or when counterparts of two countries leave no side.
func (d *doc) counterpartSide(ei int) string {
	if ei < 0 {
		return ""
	}
	other, story := "", -1
	for si, s := range d.sents {
		toks := s.tokens
		for k := 2; k < len(toks); k++ {
			if !strings.EqualFold(toks[k].text, "counterpart") && !strings.EqualFold(toks[k].text, "counterparts") {
				continue
			}
			c := d.demonymAt(si, k-1)
			if c == "" {
				continue
			}
			h := k - 2
			if h > 0 && toks[h].isCap() && d.x.gz.demonym[key(toks[h].text+" "+toks[k-1].text)] != "" {
				h-- // "his South Korean counterpart"
			}
			for _, rf := range d.refs[si] {
				if rf.tok != h || rf.kind != pronoun || len(rf.ents) != 1 || rf.ents[0] != ei {
					continue
				}
				if other != "" && other != c {
					return ""
				}
				other, story = c, d.stories[si]
			}
		}
	}
	if other == "" {
		return ""
	}
	best, n, tie := "", 0, false
	for c, k := range d.namedCountries(story) {
		switch {
		case c == other:
		case k > n:
			best, n, tie = c, k, false
		case k == n:
			tie = true
		}
	}
	if n < 2 || tie {
		return ""
	}
	return best
}

// namedCountries counts how often story names each country, by its name,
// its towns or its people.
func (d *doc) namedCountries(story int) map[string]int {
	count := map[string]int{}
	for si := range d.sents {
		if d.stories[si] != story {
			continue
		}
		toks := d.sents[si].tokens
		for k := range toks {
			if c := d.x.gz.demonym[key(toks[k].text)]; c != "" {
				count[c]++ // "Tanzanian traders"
			}
		}
		for _, mi := range d.bySent[si] {
			if m := d.mentions[mi]; m.kind == named && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.GPE {
				if c := d.x.gz.countryOf(d.ents[m.ent].name); c != "" {
					count[c]++ // "Tanzania", "Nairobi", "Canberra"
				}
			}
		}
	}
	return count
}

// sideCountry is the country of the story's own side, for a bare
// national office of its story: the one country the story's other
// holders of bare national offices are shown to serve as hosts of a
// visitor or by a counterpart of another country ("President X and his
// Ugandan counterpart ... Prime Minister Y, who met Z separately"); ""
// when none or two.
func (d *doc) sideCountry(m mention, title string) string {
	found := ""
	served := func(ei int) string {
		if c := d.counterpartSide(ei); c != "" {
			return c
		}
		return d.visitedHostCountry(ei)
	}
	// bareAs is the bare national office person ei holds in m's story, or ""
	bareAs := func(ei int) string {
		for _, mi := range d.ents[ei].mentions {
			o := d.mentions[mi]
			if r := o.role; r != nil && r.of == "" && !r.former && countryTitle(normTitle(r.title)) && d.stories[o.sent] == d.stories[m.sent] {
				return normTitle(r.title)
			}
		}
		return ""
	}
	bare := func(ei int) bool { return bareAs(ei) != "" }
	for ei, e := range d.ents {
		if ei == m.ent || e.typ != newsgraph.Person || !bare(ei) {
			continue
		}
		c := served(ei)
		if c == "" {
			continue
		}
		if found != "" && found != c {
			return ""
		}
		found = c
	}
	// (a country the story names, more than once)
	if found == "" || m.ent < 0 || d.namedCountries(d.stories[m.sent])[found] < 2 {
		return ""
	}
	// one of the side holds this office already ("Prime Minister A"
	// received the guest; "Prime Minister B" is another country's)
	for ei := range d.ents {
		if ei != m.ent && d.ents[ei].typ == newsgraph.Person && strings.EqualFold(bareAs(ei), title) && served(ei) == found {
			return ""
		}
	}
	// the host of a visitor of that side is the visited country's, not
	// the side's ("X will travel to the White House for a meeting with
	// President Y")
	home, met := false, false // met at home at least once, or never where a country is known
	for _, ev := range d.events {
		if ev.typ != newsgraph.Meeting || !slices.Contains(ev.people, m.ent) {
			continue
		}
		if lc := d.placeCountry(ev.loc); lc != "" && !d.heldAtGathering(ev) {
			met = true
			home = home || lc == found
		}
		for _, p := range ev.people {
			own := d.officeCountryOf(p)
			if p == m.ent || own != found && (own != "" || !bare(p)) && served(p) != found {
				continue
			}
			for _, v := range d.events {
				if v.typ == newsgraph.Visit && slices.Contains(v.people, p) && slices.ContainsFunc(v.sources, func(si int) bool { return slices.Contains(ev.sources, si) }) {
					return ""
				}
			}
		}
	}
	if met && !home {
		return "" // met only abroad, and not at a gathering of many
	}
	return found
}

// governmentWords name a country's government as a body.
var governmentWords = set("government", "cabinet")

// storyGovernmentCountry is the one country whose government the story of
// mention m names ("the Portuguese government", "Portugal's cabinet",
// "the government of Portugal") or whose office of this title it names
// ("Norway's finance minister said"), for a bare national office of
// someone who is not visiting: a story of one country's government is
// about that government's ministers. "" when it names two, when it gives
// a person an office of another country, or when it names another
// country as often (the Portuguese government may be a side in a story
// about another).
func (d *doc) storyGovernmentCountry(m mention, e *entity, title string) string {
	if m.ent < 0 || m.sent >= len(d.stories) || d.visiting(e) {
		return ""
	}
	story := d.stories[m.sent]
	tw := strings.Fields(strings.ToLower(title))
	found := ""
	for si := range d.sents {
		if d.stories[si] != story {
			continue
		}
		toks := d.sents[si].tokens
		for k := range toks {
			c := ""
			if governmentWords[strings.ToLower(toks[k].text)] {
				c = d.countryRightBefore(toks, k)
				if c == "" && k+2 < len(toks) && toks[k+1].text == "of" {
					// "the government of Portugal"
					if pc, _, ok := d.x.gz.place(toks[k+2].text); ok && d.x.gz.isCountry(pc) {
						c = pc
					}
				}
			} else if n := len(tw); k+n <= len(toks) && strings.EqualFold(span(toks, k, k+n), strings.Join(tw, " ")) && unicode0Lower(toks[k].text) {
				c = d.countryRightBefore(toks, k) // "Norway's finance minister"
			}
			if c == "" {
				continue
			}
			if found != "" && found != c {
				return ""
			}
			found = c
		}
	}
	if found == "" {
		return ""
	}
	for _, o := range d.mentions {
		if o.role != nil && o.ent >= 0 && o.ent != m.ent && d.stories[o.sent] == story && o.role.of != "" && o.role.of != found && d.x.gz.isCountry(o.role.of) {
			return "" // a person of another country's office
		}
	}
	counts := d.namedCountries(story)
	for c, n := range counts {
		if c != found && n >= counts[found] {
			return ""
		}
	}
	return found
}

// countryRightBefore is the country named right before token k ("Portuguese",
// "Portugal's", "U.S."), or "".
func (d *doc) countryRightBefore(toks []token, k int) string {
	if k < 1 {
		return ""
	}
	if c := d.x.gz.demonym[key(toks[k-1].text)]; c != "" {
		return c
	}
	e := k - 1
	if k >= 2 && possessive(toks, k-1) {
		e = k - 2
	}
	if c, _, _, ok := d.x.gz.placeEnding(toks, e); ok && d.x.gz.isCountry(c) {
		return c
	}
	return ""
}

// placeCountry is the country place ei lies in, or "" (ei < 0 for none).
func (d *doc) placeCountry(ei int) string {
	if ei < 0 {
		return ""
	}
	return d.x.gz.countryOf(d.ents[ei].name)
}

// officeHolderCountry is the country of a former holder of an office
// ("the late former Prime Minister X") when the story names the office's
// holder of exactly one country.
func (d *doc) officeHolderCountry(e *entity, title string) string {
	found := ""
	for _, m := range d.mentions {
		if m.role == nil || m.ent < 0 || d.ents[m.ent] == e || m.role.former || !strings.EqualFold(normTitle(m.role.title), title) {
			continue
		}
		of := m.role.of
		if of == "" {
			continue
		}
		if found != "" && found != of {
			return ""
		}
		found = of
	}
	return found
}

// visitWords near a person's name say the person came from elsewhere.
var visitWords = set("visit", "visits", "visited", "visiting", "arrived", "arrives", "arriving", "arrival", "trip", "tour",
	"flew", "stopover", "toured", "visitor", "visitors", "guest")

// findDateline is findDateline(d.text), read once: it classifies every
// line of the page (pageParagraphs), and the recogniser, the event rules
// and the output each ask for it.
func (d *doc) findDateline() (datelineInfo, bool) {
	if d.textDateline == nil {
		info, ok := findDateline(d.text)
		d.textDateline = &struct {
			info datelineInfo
			ok   bool
		}{info, ok}
	}
	return d.textDateline.info, d.textDateline.ok
}

// datelineText is the story's dateline as findDateline reads it from the
// text, or, for one set on a line of its own that only the sentences show
// ("KAMPALA, MAY 12", "ACCRA —" over the lede), as readDateline reads it:
// the place's span, and the line's end for the separator.
func (d *doc) datelineText() (datelineInfo, bool) {
	if info, ok := d.findDateline(); ok {
		return info, true
	}
	if d.dateline == nil {
		d.dateline = d.readDateline()
	}
	dl := d.dateline
	if dl.sent < 0 || dl.place < 0 || dl.lede == dl.sent {
		return datelineInfo{}, false
	}
	m := d.mentionAt(dl.sent, 0)
	if m == nil || m.ent != dl.place {
		return datelineInfo{}, false
	}
	end := d.sents[dl.sent].span.End
	return datelineInfo{place: [2]int{m.start, m.end}, sep: [2]int{end, end}}, true
}

// datelineCountry is the country of the story's dateline ("MANILA, April
// 5 - ") for a person the story does not show coming from elsewhere: wire
// copy leaves the home country of its own officials unsaid.
func (d *doc) datelineCountry(e *entity) string {
	dl, ok := d.datelineText()
	if !ok {
		return ""
	}
	c := d.x.gz.countryOf(capsName(d.text[dl.place[0]:dl.place[1]]))
	if c == "" && dl.region[1] > 0 {
		c = d.x.gz.countryOf(d.text[dl.region[0]:dl.region[1]])
	}
	if c == "" || !d.homeAtDateline(e, dl) {
		return ""
	}
	return c
}

// visitedHostCountry is the country a person of a bare country office
// ("President X", "Prime Minister Y") holds it in as the host of a visit:
// the story has a visitor to that country meet the person there ("A
// arrived in Kestria on Monday ... she was welcomed by President X in
// Port Kell"), in a meeting not held at a gathering of many countries,
// where no word of travel stands beside the person, and the person is no
// visitor to that country; "" when none, or when two visits give two
// countries. Inferred from the visit, so it comes after what the words
// around the title say.
func (d *doc) visitedHostCountry(ei int) string {
	if ei < 0 {
		return ""
	}
	found := ""
	for _, ev := range d.events {
		if ev.typ != newsgraph.Meeting || ev.loc < 0 || !slices.Contains(ev.people, ei) || d.heldAtGathering(ev) {
			continue
		}
		lc := d.x.gz.countryOf(d.ents[ev.loc].name)
		if lc == "" || d.travelsIn(ei, ev.sources) {
			continue
		}
		for _, p := range ev.people {
			if p == ei || d.ents[p].typ != newsgraph.Person {
				continue
			}
			for _, v := range d.events {
				if v.typ != newsgraph.Visit || !slices.Contains(v.people, p) || d.visitCountry(v) != lc {
					continue
				}
				if found != "" && found != lc {
					return ""
				}
				found = lc
			}
		}
	}
	if found == "" {
		return ""
	}
	for _, v := range d.events {
		if v.typ == newsgraph.Visit && slices.Contains(v.people, ei) && d.visitCountry(v) == found {
			return "" // a visitor there too: two guests, no host
		}
	}
	return found
}

// visitCountry is the one country every destination of visit v lies in,
// or "".
func (d *doc) visitCountry(v *docEvent) string {
	c := ""
	for _, p := range v.places {
		pc := d.x.gz.countryOf(d.ents[p].name)
		if pc == "" || c != "" && pc != c {
			return ""
		}
		c = pc
	}
	return c
}

// gatheringWords name a meeting of many countries, where two leaders who
// meet may both be guests.
var gatheringWords = set("summit", "sidelines", "margins", "conference", "forum", "assembly", "congress")

// heldAtGathering: a sentence that states meeting ev names a gathering.
func (d *doc) heldAtGathering(ev *docEvent) bool {
	for _, si := range ev.sources {
		for _, t := range d.sents[si].tokens {
			if gatheringWords[strings.ToLower(t.text)] {
				return true
			}
		}
	}
	return false
}

// travelWords, beside a person's name, say the person travels or goes
// with a traveller.
var travelWords = union(visitWords, set("accompanied", "accompanying", "delegation", "travelling", "traveling", "travelled", "traveled", "visiting"))

// travelsIn: a word of travel stands right beside a mention of person ei
// in one of sentences sis.
func (d *doc) travelsIn(ei int, sis []int) bool {
	for _, mi := range d.ents[ei].mentions {
		m := d.mentions[mi]
		if !slices.Contains(sis, m.sent) || m.i < 0 {
			continue
		}
		toks := d.sents[m.sent].tokens
		for k := max(0, m.i-3); k < len(toks) && k < m.j+6; k++ {
			if travelWords[strings.ToLower(toks[k].text)] {
				return true
			}
		}
	}
	return false
}

// headlineCountry is the one country a story's headline names, by name or
// by its people ("ARGENTINA SEEKS ...", "PHILIPPINE SUGAR ..."), for a bare
// country office of a person who is not visiting, where the person's
// sentence names no other country than those of other people's offices:
// a wire story without a dateline is about that country's affairs.
func (d *doc) headlineCountry(m mention, e *entity, title string, tb int) string {
	if len(d.sents) < 2 || !d.sents[0].heading || m.sent == 0 {
		return ""
	}
	if _, ok := d.datelineText(); ok {
		return "" // the dateline tells where the story is from
	}
	hc := d.countriesIn(0)
	if len(hc) != 1 {
		return ""
	}
	var c string
	for k := range hc {
		c = k
	}
	sc := d.countriesIn(m.sent)
	for _, oi := range d.bySent[m.sent] {
		if o := &d.mentions[oi]; o.ent >= 0 && o.ent != m.ent && o.role != nil && o.role.of != "" {
			delete(sc, o.role.of) // "... and Japanese finance minister Y"
		}
	}
	for k := range sc {
		if k != c {
			return ""
		}
	}
	for _, oi := range d.bySent[m.sent] {
		// "... in Jakarta, where X sat down with Prime Minister Y": a
		// town of another country places the person abroad
		if o := &d.mentions[oi]; o.kind == named && o.ent >= 0 && d.ents[o.ent].typ == newsgraph.GPE {
			if oc := d.x.gz.countryOf(d.ents[o.ent].name); oc != "" && oc != c {
				return ""
			}
		}
	}
	if d.visiting(e) {
		return ""
	}
	if tb >= 0 && unicode0Lower(d.sents[m.sent].tokens[tb].text) && strings.HasSuffix(strings.ToLower(title), "president") {
		// "the panel's five members - president X and ...": a body's
		// president, written lower case, where the sentence has spoken
		// of a body before it
		for _, t := range d.sents[m.sent].tokens[:tb] {
			if w := strings.ToLower(t.text); bodyKinds[w] || bodyNouns[w] || presidedBodies[w] {
				return ""
			}
		}
	}
	return c
}

// presidedBodies are bodies with a president of their own.
var presidedBodies = set("panel", "tribunal", "committee", "court", "commission", "council", "assembly", "jury")

// countriesIn are the countries sentence si names, by name (of up to three
// words, in any case) or by their people.
func (d *doc) countriesIn(si int) map[string]bool {
	out := map[string]bool{}
	toks := d.sents[si].tokens
	for k := range toks {
		if c := d.x.gz.demonym[key(toks[k].text)]; c != "" {
			out[c] = true
		}
		for n := 1; n <= 3 && k+n <= len(toks); n++ {
			if c, ok := d.x.gz.country[key(span(toks, k, k+n))]; ok {
				out[c] = true
			}
		}
	}
	return out
}

// visiting: a word of travel stands near one of the person's mentions.
func (d *doc) visiting(e *entity) bool {
	for _, mi := range e.mentions {
		m := d.mentions[mi]
		toks := d.sents[m.sent].tokens
		for k := max(0, m.i-3); k < len(toks) && k < m.j+10; k++ {
			if visitWords[strings.ToLower(toks[k].text)] {
				return true
			}
		}
	}
	return false
}

// mayorTitle: the office of a town's mayor ("Mayor", "Lord Mayor",
// "Deputy Mayor").
func mayorTitle(t string) bool {
	return strings.HasSuffix(strings.ToLower(t), "mayor")
}

// datelineTown is the dateline's place, as the story names it, for a
// person whose office is of a town, when the person is not visiting; ""
// otherwise.
func (d *doc) datelineTown(e *entity) string {
	dl, ok := d.datelineText()
	if !ok || !d.homeAtDateline(e, dl) {
		return ""
	}
	place := capsName(d.text[dl.place[0]:dl.place[1]])
	ei := d.entByAlias(place)
	if ei < 0 || d.ents[ei].typ != newsgraph.GPE {
		return ""
	}
	// "a stopover in Bergen, where he met Mayor X": a mayor told beside
	// another town may be its mayor
	for _, mi := range e.mentions {
		m := d.mentions[mi]
		for si := max(0, m.sent-1); si <= m.sent; si++ {
			for _, oi := range d.bySent[si] {
				o := d.mentions[oi]
				if o.end <= max(dl.place[1], dl.region[1]) {
					continue // the dateline's own "TOWN, State"
				}
				if o.ent >= 0 && o.ent != ei && d.ents[o.ent].typ == newsgraph.GPE && !d.x.gz.isCountry(d.ents[o.ent].name) {
					return ""
				}
			}
		}
	}
	return d.ents[ei].name
}

// usStateOffice: an office of an American state's government, whose state
// a story about that state leaves unsaid ("Gov. X", "State Sen. Y").
func usStateOffice(t string) bool {
	switch strings.ToLower(t) {
	case "governor", "lieutenant governor", "state senator", "state representative":
		return true
	}
	return false
}

// storyState is the American state a story is about: the one it names
// at least three times and more than twice as often as any other (a
// story of Ohio's new plant names the states that lost it once each),
// the state its governor and legislators serve. Inferred, so it comes
// after the dateline's, and never for a visitor.
func (d *doc) storyState(e *entity) string {
	if d.visiting(e) {
		return ""
	}
	count := map[string]int{}
	for _, m := range d.mentions {
		if m.kind != named || m.ent < 0 || d.ents[m.ent].typ != newsgraph.GPE {
			continue
		}
		if st, ok := d.x.gz.state[key(d.ents[m.ent].name)]; ok {
			count[st]++
		}
	}
	best, n, second := "", 0, 0
	for st, c := range count {
		switch {
		case c > n:
			best, n, second = st, c, n
		case c > second:
			second = c
		}
	}
	if n < 3 || n <= 2*second {
		return ""
	}
	return best
}

// datelineState is the US state a dateline names after its town, for a
// person who is not visiting, in full; "" otherwise.
func (d *doc) datelineState(e *entity) string {
	dl, ok := d.datelineText()
	if !ok || dl.region[1] == 0 || !d.homeAtDateline(e, dl) {
		return ""
	}
	r := strings.TrimSuffix(strings.TrimSpace(d.text[dl.region[0]:dl.region[1]]), ".")
	if st := stateAbbrevs[r]; st != "" {
		return st
	}
	if st, ok := d.x.gz.state[key(r)]; ok {
		return st
	}
	return ""
}

// homeAtDateline says whether the dateline's place can be e's home: it
// is not where a radio or agency was only heard, and no word of travel
// stands near a mention of e.
func (d *doc) homeAtDateline(e *entity, dl datelineInfo) bool {
	// "Radio Tessaly, monitored in Oslo, said ...": the dateline is where the
	// wire heard another country's radio or agency, not its people's home
	if monitoredIn(d.text, capsName(d.text[dl.place[0]:dl.place[1]])) {
		return false
	}
	for _, mi := range e.mentions {
		m := d.mentions[mi]
		toks := d.sents[m.sent].tokens
		for k := max(0, m.i-3); k < len(toks) && k < m.j+10; k++ {
			if visitWords[strings.ToLower(toks[k].text)] {
				return false
			}
		}
	}
	return true
}

// partOf reads "X in Y" and "X, Y" where X is a facility or city and Y a
// place that contains it.
func (d *doc) partOf() []newsgraph.PartOf {
	var out []newsgraph.PartOf
	seen := map[[2]newsgraph.EntityID]bool{}
	for si := range d.sents {
		ps := d.placesIn(si)
		toks := d.sents[si].tokens
		for i := 0; i+1 < len(ps); i++ {
			a, b := ps[i], ps[i+1]
			if a.ent == b.ent || b.i-a.j > 2 {
				continue
			}
			nested := b.i > a.i && b.j == a.j // "the Royal Navy base in Kestrel Bay"
			gap := ""
			if !nested {
				gap = strings.ToLower(span(toks, a.j, b.i))
			}
			if !nested && gap != "in" && gap != "," && gap != "in the" {
				continue
			}
			ea, eb := d.ents[a.ent], d.ents[b.ent]
			ok := ea.typ == newsgraph.Facility && eb.typ == newsgraph.GPE ||
				ea.typ == newsgraph.GPE && eb.typ == newsgraph.GPE && d.x.gz.isCountry(eb.name) && !d.x.gz.isCountry(ea.name)
			if !ok {
				continue
			}
			k := [2]newsgraph.EntityID{ea.id, eb.id}
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, newsgraph.PartOf{Part: ea.id, Whole: eb.id, Evidence: d.evidence(si, newsgraph.Span{Start: a.start, End: b.end})})
		}
	}
	return out
}

// surname is the last name of a person named by exactly a given name and a
// family name ("Marco Rubio" -> "Rubio"), the form news uses on second
// reference; empty for other names, whose order is not known.
func surname(e *entity) string {
	if e.typ != newsgraph.Person {
		return ""
	}
	fn := newsgraph.FamilyName(e.name)
	if fn == "" || slices.Contains(e.aliases, strings.Fields(e.name)[0]) {
		return "" // the text itself shortens the name to its first part
	}
	return fn
}

// titleContextCountry is the country the words around a bare title give
// its holder: a possessor ("Chancellor Ilse Varn ... Her farm minister
// X": the country of the nearest person before who holds a country's
// office), a nationality shared over titles joined by "and" ("Danish Trade
// Minister (Y) and central bank governor X"), or the holder's company ("X and
// other senior Danish officials"); "" when none does.
func (d *doc) titleContextCountry(m mention, r *roleClaim) string {
	toks := d.sents[m.sent].tokens
	if m.i < 0 || m.j > len(toks) {
		return ""
	}
	// "and other (senior) Danish officials"
	if k := m.j; k+2 < len(toks) && toks[k].text == "and" && toks[k+1].text == "other" {
		for q := k + 2; q < len(toks) && q <= k+4; q++ {
			if c := d.x.gz.demonym[key(toks[q].text)]; c != "" {
				if q+1 < len(toks) && unicode0Lower(toks[q+1].text) && strings.HasSuffix(toks[q+1].text, "s") {
					return c
				}
				break
			}
		}
	}
	t := m.i - len(strings.Fields(r.title)) - 1 // the word before the title
	if t < 0 || t >= m.i {
		return ""
	}
	switch toks[t].text {
	case "his", "her", "His", "Her":
		if m.sent < len(d.refs) {
			for _, rf := range d.refs[m.sent] {
				if rf.tok == t && rf.kind == pronoun && len(rf.ents) == 1 && rf.ents[0] != m.ent {
					return d.officeCountryOf(rf.ents[0])
				}
			}
		}
		return d.possessorCountry(m)
	case "and":
		// "Danish Trade Minister X and central bank governor Y"
		if om := d.mentionEndingAt(m.sent, t-1); om != nil && om.ent >= 0 && om.ent != m.ent && om.role != nil && om.role.of != "" && d.x.gz.isCountry(om.role.of) {
			// not "talks between US Secretary of State X and Foreign
			// Minister Y": two sides, and one country has one holder of
			// an office at a time
			if ministerTitle(om.role.title) == ministerTitle(r.title) || betweenBefore(toks, om.i) {
				return ""
			}
			return om.role.of
		}
		// walk back over the first title to its nationality
		q := t - 1
		for q >= 0 && q >= t-6 && (titleHeads[toks[q].text] || titleMods[toks[q].text] || titleOfWords[toks[q].text] || toks[q].text == "of") {
			q--
		}
		if q >= 0 && q < t-1 {
			if c := d.x.gz.demonym[key(toks[q].text)]; c != "" {
				return c
			}
		}
	}
	return ""
}

// betweenBefore says whether "between" opens the phrase that ends at
// token i (a name and the title before it: "between US Secretary of State
// X and ..."), within six words.
func betweenBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch strings.ToLower(toks[k].text) {
		case "between":
			return true
		case ",", ".", ";", "and", "with":
			return false
		}
	}
	return false
}

// possessorCountry is the country of the office of the nearest person
// named before m, in its sentence or the two before, when that person
// holds a country's office; "" otherwise.
func (d *doc) possessorCountry(m mention) string {
	for si := m.sent; si >= 0 && si >= m.sent-2; si-- {
		ms := d.bySent[si]
		for x := len(ms) - 1; x >= 0; x-- {
			o := d.mentions[ms[x]]
			if o.kind != named || o.ent < 0 || o.ent == m.ent || d.ents[o.ent].typ != newsgraph.Person || si == m.sent && o.i >= m.i {
				continue
			}
			return d.officeCountryOf(o.ent)
		}
	}
	return ""
}

// tiedCountry is the one country the story ties person ei to outside a
// title: before a name ("Sweden's Lindqvist", "the Austrian Riedl"), in
// the government a name owns ("Nasser's government in Cairo", "Kral's
// Czech government"), in an apposition ("Mabunda, Mozambique's leader"),
// or in a description that stands for the person ("the Kenyan leader");
// "" when none, or when two countries are so tied.
func (d *doc) tiedCountry(ei int) string {
	if ei < 0 {
		return ""
	}
	found := ""
	add := func(c string) {
		if c == "" || !d.x.gz.isCountry(c) {
			return
		}
		if found != "" && found != c {
			found = "-"
		} else if found == "" {
			found = c
		}
	}
	for _, mi := range d.ents[ei].mentions {
		m := d.mentions[mi]
		if m.kind != named || m.i < 0 {
			continue
		}
		toks := d.sents[m.sent].tokens
		if m.role == nil {
			add(d.nameCountryBefore(toks, m.i))
			add(d.nameCountryAfter(m))
		}
		add(d.governmentAfter(toks, m.j))
		if m.j+2 < len(toks) && toks[m.j].text == "," {
			// "Mabunda, Mozambique's leader", "Riedl, the Austrian leader"
			if c, q := d.countryAt(toks, m.j+1); c != "" && q < len(toks) && (lowerTitles[strings.ToLower(toks[q].text)] || lowerTitleMods[strings.ToLower(toks[q].text)]) {
				add(c)
			}
		}
	}
	for si := range d.refs {
		for _, rf := range d.refs[si] {
			if rf.kind != nominal || len(rf.ents) != 1 || rf.ents[0] != ei {
				continue
			}
			toks := d.sents[si].tokens
			// the words of the description before its head: the office's
			// own, then the country ("the Kenyan leader", "Kenya's
			// president"); a firm's ("a German company's president") is
			// no country's
			for p := rf.tok - 1; p >= 0 && p >= rf.tok-4; p-- {
				lw := strings.ToLower(toks[p].text)
				if lowerTitleMods[lw] || lw == "new" {
					continue
				}
				if possessive(toks, p) {
					p--
				}
				if p < 0 {
					break
				}
				if c := d.demonymAt(si, p); c != "" {
					add(c)
				} else if c, _, _, ok := d.x.gz.placeEnding(toks, p); ok {
					add(c)
				}
				break
			}
		}
	}
	if found == "-" {
		return ""
	}
	return found
}

// nameCountryBefore is the country written right before a name at token i:
// a possessive ("Sweden's Lindqvist") or a nationality ("the Austrian
// Riedl"), or "".
func (d *doc) nameCountryBefore(toks []token, i int) string {
	if i >= 2 && possessive(toks, i-1) {
		if c, typ, _, ok := d.x.gz.placeEnding(toks, i-2); ok && typ == "GPE" {
			return c
		}
		return ""
	}
	if i >= 1 && toks[i-1].isCap() {
		if i >= 2 && toks[i-2].isCap() {
			if c := d.x.gz.demonym[key(toks[i-2].text+" "+toks[i-1].text)]; c != "" {
				return c
			}
		}
		return d.x.gz.demonym[key(toks[i-1].text)]
	}
	return ""
}

// nameCountryAfter is the country written right after a name with "of"
// ("Nasser of Egypt"), not a possessor of what follows ("Berg of Kell's
// Labour Party"), or "".
func (d *doc) nameCountryAfter(m mention) string {
	toks := d.sents[m.sent].tokens
	if m.j+1 >= len(toks) || toks[m.j].text != "of" {
		return ""
	}
	pm := d.mentionAt(m.sent, m.j+1)
	if pm == nil || pm.i != m.j+1 || pm.j < len(toks) && possessive(toks, pm.j) || d.ents[pm.ent].typ != newsgraph.GPE {
		return ""
	}
	return d.ents[pm.ent].name
}

// countryAt reads a country at token k, as a possessive place ("Kenya's")
// or a nationality ("the Kenyan"), and the token after it.
func (d *doc) countryAt(toks []token, k int) (string, int) {
	if k < len(toks) && strings.EqualFold(toks[k].text, "the") {
		k++
	}
	for n := 3; n >= 1; n-- {
		if k+n > len(toks) {
			continue
		}
		w := span(toks, k, k+n)
		if k+n < len(toks) && possessive(toks, k+n) {
			if c, typ, ok := d.x.gz.place(w); ok && typ == "GPE" {
				return c, k + n + 1
			}
		}
		if c := d.x.gz.demonym[key(w)]; c != "" && toks[k].isCap() {
			return c, k + n
		}
	}
	return "", k
}

// governmentNouns are what a leader's name owns as the state's executive.
var governmentNouns = set("government", "administration", "cabinet", "regime")

// governmentAfter is the country of the government a name at [.., j) owns:
// "X's government in Cairo", "X's Czech government"; "" otherwise.
func (d *doc) governmentAfter(toks []token, j int) string {
	if j+1 >= len(toks) || !possessive(toks, j) {
		return ""
	}
	q, c := j+1, ""
	if q < len(toks) && toks[q].isCap() {
		if c = d.x.gz.demonym[key(toks[q].text)]; c != "" {
			q++
		}
	}
	if q >= len(toks) || !governmentNouns[toks[q].text] {
		return ""
	}
	if c != "" {
		return c
	}
	if q+2 < len(toks) && toks[q+1].text == "in" {
		for n := 3; n >= 1; n-- {
			if q+2+n > len(toks) {
				continue
			}
			if c, _, ok := d.x.gz.place(span(toks, q+2, q+2+n)); ok {
				return d.x.gz.countryOf(c)
			}
		}
	}
	return ""
}

// officeCountryOf is the country whose office the text gives person ei,
// or "".
func (d *doc) officeCountryOf(ei int) string {
	for _, mi := range d.ents[ei].mentions {
		if rc := d.mentions[mi].role; rc != nil && rc.of != "" && d.x.gz.isCountry(rc.of) {
			return rc.of
		}
	}
	return ""
}

// monitoredIn says whether text says it heard a broadcast or an agency
// "monitored in" place.
func monitoredIn(text, place string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], "monitored in")
		if k < 0 {
			return false
		}
		i += k + len("monitored in")
		if strings.HasPrefix(strings.TrimLeft(text[i:], " \t\r\n"), place) {
			return true
		}
	}
}

// returnCountry is the country of the place a person returns to in the
// sentence that titles them ("Fisheries Minister X, on her return to Tirana,"),
// the person's home, when the sentence names no other person; "" otherwise.
func (d *doc) returnCountry(m mention) string {
	for _, mi := range d.bySent[m.sent] {
		o := d.mentions[mi]
		if o.kind == named && o.ent >= 0 && o.ent != m.ent && d.ents[o.ent].typ == newsgraph.Person {
			return ""
		}
	}
	toks := d.sents[m.sent].tokens
	for k := 1; k+2 < len(toks); k++ {
		w := toks[k].text
		if !(w == "return" && (toks[k-1].text == "his" || toks[k-1].text == "her") || w == "returned" || w == "returning") || toks[k+1].text != "to" {
			continue
		}
		p := k + 2
		if toks[p].text == "the" && p+1 < len(toks) {
			p++
		}
		for _, mi := range d.bySent[m.sent] {
			if o := d.mentions[mi]; o.kind == named && o.i == p && o.ent >= 0 {
				if c := d.x.gz.countryOf(d.ents[o.ent].name); c != "" {
					return c
				}
			}
		}
	}
	return ""
}
