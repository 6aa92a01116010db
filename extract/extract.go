// Package extract turns an article into a newsgraph.Extraction: mentions with
// byte spans, resolved entities with roles, meetings, visits and agreements
// with participants, place, date, status and evidence. It is the only
// package that imports prose.
package extract

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/depparse"
	"github.com/newsgraph/newsgraph/extract/temporal"
)

// Options tunes the extractor.
type Options struct {
	// MaxSentences caps the sentences read per document (0: no cap).
	MaxSentences int
}

// Graph is what the extractor needs to know about the graph built so far.
type Graph interface {
	EntitiesByKey(ctx context.Context, key string) ([]newsgraph.Entity, error)
	EventsOf(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.EventID, error)
	Events(ctx context.Context, ids []newsgraph.EventID) (map[newsgraph.EventID]*newsgraph.Event, error)
}

// Witness is a Graph that is told what of the answers to EntitiesByKey an
// extraction used. After each use of the answers to keys (the lookups made
// since the previous Used, all of keys), Used gives same, which reports
// whether other answers (answer gives a fresh slice per key, which same
// may reorder) would lead the extraction to the same result: the graph's
// owner can then tell that a later change of an answer leaves the
// extraction as it is, and skip reading the document again. rec is same
// as text, which the Extractor's Same turns back into same: the owner may
// keep it with the document, for a later process to test. A lookup that
// no Used accounts for counts as using the whole answer.
type Witness interface {
	Graph
	Used(keys []string, rec string, same func(answer func(key string) []newsgraph.Entity) bool)
}

// tagger is a named-entity model: IOB2 tags (PER, LOC, ORG, MISC) for the
// tokens of a whole document.
type tagger interface {
	Tag(sentences [][]string) [][]string
}

// Extractor holds the models, built once; it is safe for concurrent use.
type Extractor struct {
	opts Options
	pos  *posTagger
	ner  tagger
	gz   *gazetteer
	dep  *lazyParser
	memo *memo // the graph-independent analyses of the documents read last
}

// New builds an extractor. The models (tagger, recogniser, parser) are
// read on first use, so a process that only queries or exports never pays
// for them.
func New(opts Options) (*Extractor, error) {
	x := &Extractor{opts: opts, pos: newPOSTagger(), gz: newGazetteer(), dep: &lazyParser{}, memo: newMemo()}
	ner, err := loadNER()
	if err != nil {
		return nil, fmt.Errorf("extract: ner model: %w", err)
	}
	x.ner = ner
	return x, nil
}

// lazyParser reads the embedded dependency parser on first use. The
// weights are embedded and checked by depparse's tests, so a reading error
// is a broken build, not bad input: it panics with the reason.
type lazyParser struct {
	once sync.Once
	p    *depparse.Parser
}

func (l *lazyParser) Parse(words, tags []string) ([]int, []string) {
	l.once.Do(func() {
		p, err := depparse.Load()
		if err != nil {
			panic("extract: dependency parser: " + err.Error())
		}
		l.p = p
	})
	return l.p.Parse(words, tags)
}

// doc is the working state of one extraction.
type doc struct {
	x        *Extractor
	id       newsgraph.DocumentID
	text     string
	ref      time.Time // published date or dateline, zero when unknown
	pub      string    // published date as the store keeps it (YYYY-MM-DD), empty when unknown
	year     int
	an       *analysis // what reading the text gave before the graph is asked; its sentences are sents
	sents    []sentence
	mentions []mention
	ents     []*entity
	refs     [][]ref // per sentence: people referred to, in token order
	stories  []int   // per sentence: story index (pasted stories differ)
	events   []*docEvent
	faults   int // sentences whose event frames faulted (see sentenceEvents)
	phrasing int // phraseOf calls under way (see maxPhrasing)
	dates    [][]dateExpr
	bySent   [][]int // mention indexes per sentence
	// namedEnding: the first named mention of a sentence by its end token
	// (sentence, j); mentions are neither added nor moved after analyse
	// builds it, and a scan per question cost time quadratic in a long
	// sentence
	namedEnding map[[2]int]int
	trees       []*tree        // per sentence: its parse, when it holds a trigger word
	dateline    *storyDateline // the wire dateline's place and day, read once by findEvents
	// textDateline caches findDateline(text) (see doc.findDateline), a
	// pure function of the text that the recogniser, the event rules and
	// role and place questions ask
	textDateline *struct {
		info datelineInfo
		ok   bool
	}
	anchors   map[int]*docEvent // sentence -> the meeting it is told relative to
	counts    map[[2]int]map[int]int
	halfDeals []halfDeal          // agreements told with one side only, for "the contract" that names the other
	venues    map[int]map[int]int // story -> body -> the one place its own gathering is said to be, or -2 for several
	contests  map[int]bool        // story -> whether it reports games: scores, fixture lines
	// prose: the first and last sentences that are no heading, once
	// nameLine asked (the zero value: not yet)
	prose [2]int
	// flatSents[si] is sentence si as one line, once flatDone[si]
	flatSents []string
	flatDone  []bool
}

// ref is a reference to a person at a token position (named, nominal,
// pronoun), or to the pair of people in focus.
type ref struct {
	tok    int
	ents   []int
	kind   int
	posses bool // his/her/their
}

func (x *Extractor) analyse(ctx context.Context, d *doc, g Graph) error {
	d.an = x.memo.get(d.id, d.text)
	fresh := d.an == nil
	if fresh {
		d.an = &analysis{text: d.text}
		d.an.sents = split(d.text)
		if x.opts.MaxSentences > 0 && len(d.an.sents) > x.opts.MaxSentences {
			d.an.sents = d.an.sents[:x.opts.MaxSentences]
		}
		for i := range d.an.sents {
			x.pos.tag(d.an.sents[i].tokens)
		}
	}
	d.sents = d.an.sents
	d.year = statedYear(d.sents)
	if d.ref.IsZero() {
		if t, ok := PageDate(d.text); ok {
			d.ref = t // the page's own timestamp ("Published 12 March 2019")
		} else if t, ok := temporal.Dateline(d.text, time.Time{}); ok {
			d.ref = t
		} else if d.ref = dateline(d.sents, d.year); d.ref.IsZero() {
			d.ref = latestStated(d.sents)
		}
	}
	rec := &recognizer{gz: x.gz, known: map[string]bool{}, surnames: map[string]bool{}, nameParts: map[string]bool{}, alone: map[string]bool{}, sents: d.sents, lexicon: x.pos.lexicon()}
	if x.ner != nil && fresh {
		words := make([][]string, len(d.sents))
		for i, s := range d.sents {
			for _, t := range s.tokens {
				words[i] = append(words[i], asciiQuotes.Replace(t.text))
			}
		}
		d.an.ner = x.ner.Tag(words)
	}
	rec.ner = d.an.ner
	// two passes: the second knows the people's names, for "Anna kowalska"
	for pass := 0; pass < 2; pass++ {
		d.mentions = d.mentions[:0]
		for si := range d.sents {
			d.mentions = append(d.mentions, rec.sentence(si, &d.sents[si])...)
		}
		d.retypeMentions()
		for _, m := range d.mentions {
			if w := nameTokens(m.text); m.typ == newsgraph.Person && len(w) >= 2 && pass == 0 {
				rec.surnames[w[len(w)-1]] = true
				for _, x := range w[1:] {
					if len(x) > 2 && !nameParticles[x] {
						rec.nameParts[x] = true
					}
				}
			}
			if pass == 0 && m.kind == named {
				rec.alone[strings.ToLower(m.text)] = true
			}
			if m.typ == newsgraph.Person && m.strong {
				for _, w := range nameTokens(m.text) {
					if len(w) > 2 {
						rec.known[w] = true
					}
				}
			}
		}
		if pass == 0 {
			rec.noteJoined(d.mentions)
		}
	}
	d.headlineNames()
	known, err := d.knownOpeners(ctx, g)
	if err != nil {
		return err
	}
	d.mentions = append(d.mentions, known...)
	d.mentions = append(d.mentions, d.datelinePlace()...)
	d.mentions = append(d.mentions, d.ministries()...)
	d.mentions = append(d.mentions, d.bases()...)
	sort.SliceStable(d.mentions, func(i, j int) bool { return d.mentions[i].start < d.mentions[j].start })
	d.acronymAppositions()
	d.personShortNames()
	d.definedTerms()
	d.dividedCountries()
	d.bySent = make([][]int, len(d.sents))
	d.namedEnding = map[[2]int]int{}
	for mi, m := range d.mentions {
		d.bySent[m.sent] = append(d.bySent[m.sent], mi)
		if _, ok := d.namedEnding[[2]int{m.sent, m.j}]; !ok && m.kind == named {
			d.namedEnding[[2]int{m.sent, m.j}] = mi
		}
	}
	d.cluster()
	if err := d.link(ctx, g); err != nil {
		return err
	}
	d.lowerTitleRoles()
	d.describedCountries()
	d.resolveRefs()
	d.pronounCounterparts()
	return nil
}

// pronounCounterparts gives "He met his Latvian counterpart, Ilze Berzina"
// the title of the person "his" refers to, of the country named before
// "counterpart": lowerTitleRoles runs before pronouns are resolved, so it
// reads only a possessor named in the sentence.
func (d *doc) pronounCounterparts() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind != named || m.ent < 0 || d.ents[m.ent].typ != newsgraph.Person || m.i < 2 || m.role != nil || m.sent >= len(d.refs) {
			continue
		}
		toks := d.sents[m.sent].tokens
		p := m.i - 1
		if toks[p].text == "," {
			p--
		}
		if p < 1 || !strings.EqualFold(toks[p].text, "counterpart") {
			continue
		}
		// "his (South Korean) counterpart": the possessive within three words
		p--
		h := -1
		for q := p; q >= 0 && q >= p-2; q-- {
			if strings.EqualFold(toks[q].text, "his") || strings.EqualFold(toks[q].text, "her") {
				h = q
				break
			}
		}
		if h < 0 {
			continue
		}
		of := ""
		if h < p {
			of = d.demonymAt(m.sent, p)
		}
		p = h
		for _, rf := range d.refs[m.sent] {
			if rf.tok != p || rf.kind != pronoun || len(rf.ents) != 1 || rf.ents[0] == m.ent {
				continue
			}
			r := d.titleOf(rf.ents[0])
			if r == nil || !countryTitle(r.title) {
				break
			}
			rc := &roleClaim{title: r.title, counterpartOf: r.of}
			if of != "" {
				rc.of, rc.ofType = of, newsgraph.GPE
				if r.of != "" && r.of != "United States" && r.of != "United Kingdom" {
					rc.title = ministerTitle(rc.title)
				}
			}
			m.role = rc
			break
		}
	}
}

// Extract reads one document. It is a pure function of the text, the
// published date and what g knows; g may be nil.
func (x *Extractor) Extract(ctx context.Context, in newsgraph.Document, g Graph) (*newsgraph.Extraction, error) {
	d := &doc{x: x, id: in.ID, text: in.Text, ref: in.Published}
	if !in.Published.IsZero() {
		d.pub = ymd(in.Published)
	}
	if err := x.analyse(ctx, d, g); err != nil {
		return nil, err
	}
	d.segmentStories()
	if err := d.eventsOrNone(ctx, g); err != nil {
		return nil, err
	}
	out := d.output(in)
	// Kept once read whole: with every parse the reading asked for.
	x.memo.put(d.id, d.an)
	return out, nil
}

// eventsOrNone finds and links the document's events; a fault of the event
// rules past one sentence (see sentenceEvents) costs the document its
// events, not its names: it is stored with its mentions and entities, as
// one without events, rather than not at all. Strict under tests.
func (d *doc) eventsOrNone(ctx context.Context, g Graph) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if strictFaults {
				panic(r)
			}
			d.faults++
			d.events, d.anchors, err = nil, map[int]*docEvent{}, nil
		}
	}()
	d.findEvents()
	return d.linkEvents(ctx, g)
}

// Link finds the mentions in text and the known entities they name.
func (x *Extractor) Link(ctx context.Context, text string, g Graph) ([]newsgraph.LinkedMention, error) {
	d := &doc{x: x, text: text}
	if err := x.analyse(ctx, d, nil); err != nil {
		return nil, err
	}
	known := map[int]*newsgraph.Entity{}
	if g != nil {
		for ei, e := range d.ents {
			if len(e.mentions) == 0 {
				continue
			}
			k, err := d.lookup(ctx, g, e)
			if err != nil {
				return nil, err
			}
			if k == nil {
				// A short text gives the recogniser little context ("Rubio"
				// alone may look like a place): what the graph knows under
				// exactly this name wins over the guessed type.
				if k, err = lookupAnyType(ctx, g, e.name); err != nil {
					return nil, err
				}
			}
			known[ei] = k
		}
	}
	var out []newsgraph.LinkedMention
	for _, m := range d.mentions {
		if m.kind != named || m.ent < 0 {
			continue
		}
		e := d.ents[m.ent]
		lm := newsgraph.LinkedMention{Text: flat(text[m.start:m.end]), Span: newsgraph.Span{Start: m.start, End: m.end}, Type: e.typ}
		if k := known[m.ent]; k != nil {
			lm.Entity, lm.Type = k.ID, k.Type
			lm.Confidence = 0.6
			if key(k.Name) == key(e.name) {
				lm.Confidence = 0.9
			}
		}
		out = append(out, lm)
	}
	if g != nil {
		more, err := d.knownRuns(ctx, g, out)
		if err != nil {
			return nil, err
		}
		out = append(out, more...)
		sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	}
	return out, nil
}

// maxRunTokens bounds the known names knownRuns looks for, in tokens: a
// run of capitalised tokens is tried from each start at this many tokens
// and fewer, so that Link costs time linear in the text (a run of 2,000
// capitalised words once tried every sub-run: minutes of store lookups).
// Longer names exist ("Democratic People's Republic of Korea") but hold
// lower-case or punctuation tokens that end a run before this.
const maxRunTokens = 8

// knownRuns finds the names the graph knows that the recogniser passed over
// in a short text ("Motegi spoke with ..." gives it little context): in
// every run of capitalised tokens not already linked, the longest prefix of
// at most maxRunTokens tokens that the graph knows by its alias key, from
// left to right. Each distinct key is looked up once.
func (d *doc) knownRuns(ctx context.Context, g Graph, have []newsgraph.LinkedMention) ([]newsgraph.LinkedMention, error) {
	spans := make([]newsgraph.Span, len(have))
	for i, h := range have {
		spans[i] = h.Span
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	// covered: a token overlaps a linked span. Tokens come in text order,
	// so one cursor over the sorted spans serves the whole text.
	next, reach := 0, -1 // spans[:next] started before the token; reach: their furthest end
	covered := func(start, end int) bool {
		for next < len(spans) && spans[next].Start < end {
			reach = max(reach, spans[next].End)
			next++
		}
		return start < reach
	}
	known := make(map[string]*newsgraph.Entity)
	lookup := func(text string) (*newsgraph.Entity, error) {
		k := key(text)
		if e, ok := known[k]; ok {
			return e, nil
		}
		e, err := lookupAnyType(ctx, g, text)
		known[k] = e
		return e, err
	}
	var out []newsgraph.LinkedMention
	for _, s := range d.sents {
		toks := s.tokens
		capped := make([]bool, len(toks)) // capitalised and not covered
		for i := range toks {
			capped[i] = toks[i].isCap() && !covered(toks[i].start, toks[i].end)
		}
		for i := 0; i < len(toks); {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if !capped[i] {
				i++
				continue
			}
			j := i
			for j < len(toks) && j-i < maxRunTokens && capped[j] {
				j++
			}
			found := false
			for end := j; end > i && !found; end-- {
				text := flat(d.text[toks[i].start:toks[end-1].end])
				k, err := lookup(text)
				if err != nil {
					return nil, err
				}
				if k != nil {
					out = append(out, newsgraph.LinkedMention{Text: text, Span: newsgraph.Span{Start: toks[i].start, End: toks[end-1].end},
						Type: k.Type, Entity: k.ID, Confidence: 0.5})
					found = true
					i = end
				}
			}
			if !found {
				i++
			}
		}
	}
	return out, nil
}

// knownOpeners are the people named by one capitalised word at the start
// of a sentence ("Feld and Varga met ..."), which the recogniser cannot
// tell from any capitalised opener, when the graph knows a person by that
// name: a follow-up story names people by surname only.
func (d *doc) knownOpeners(ctx context.Context, g Graph) ([]mention, error) {
	if g == nil {
		return nil, nil
	}
	at := map[int]int{} // sentence -> 1 + its mention of the first word alone
	covered := map[[2]int]bool{}
	for mi, m := range d.mentions {
		for k := m.i; k < m.j; k++ {
			covered[[2]int{m.sent, k}] = true
		}
		if m.i == 0 && m.j == 1 {
			at[m.sent] = mi + 1
		}
	}
	var out []mention
	for si, s := range d.sents {
		toks := s.tokens
		mi := at[si] - 1
		if s.heading || len(toks) < 3 || covered[[2]int{si, 0}] && (mi < 0 || d.mentions[mi].typ != newsgraph.Other) ||
			!toks[0].isCap() || !toks[0].isWord() || toks[1].isCap() || !strings.HasPrefix(toks[0].pos, "NNP") {
			continue
		}
		e, err := lookupAnyType(ctx, g, toks[0].text)
		if err != nil {
			return nil, err
		}
		person := knownPerson(e)
		if w, ok := g.(Witness); ok {
			k := key(toks[0].text)
			rec, same := openerUse(k, person)
			w.Used([]string{k}, rec, same)
		}
		if !person {
			continue
		}
		if mi >= 0 {
			d.mentions[mi].typ = newsgraph.Person // a capitalised opener of no type of its own
			continue
		}
		out = append(out, mention{sent: si, i: 0, j: 1, start: toks[0].start, end: toks[0].end, text: toks[0].text, typ: newsgraph.Person, ent: -1})
	}
	return out, nil
}

// lookupAnyType returns the most mentioned known entity named name, of any
// type, or nil.
func lookupAnyType(ctx context.Context, g Graph, name string) (*newsgraph.Entity, error) {
	cands, err := g.EntitiesByKey(ctx, key(name))
	if err != nil {
		return nil, err
	}
	return mostMentioned(cands), nil
}

// mostMentioned is the most mentioned of cands, the first of equals; nil
// for none.
func mostMentioned(cands []newsgraph.Entity) *newsgraph.Entity {
	if len(cands) == 0 {
		return nil
	}
	best := &cands[0]
	for i := range cands {
		if cands[i].Mentions > best.Mentions {
			best = &cands[i]
		}
	}
	return best
}

// knownPerson: e is a person the graph names by two words or more, as a
// sentence's one-word opener may name (see knownOpeners).
func knownPerson(e *newsgraph.Entity) bool {
	return e != nil && e.Type == newsgraph.Person && len(nameTokens(e.Name)) >= 2
}

// ministries finds "the German foreign ministry", "France's defense
// ministry": organisations named by a country and a lower-case noun.
func (d *doc) ministries() []mention {
	var out []mention
	for si, s := range d.sents {
		toks := s.tokens
		for k := 0; k < len(toks); k++ {
			if toks[k].text != "ministry" && toks[k].text != "embassy" {
				continue
			}
			a := k
			for a > 0 && lowerTitleMods[toks[a-1].text] {
				a--
			}
			if a == 0 {
				continue
			}
			p := a - 1
			if strings.HasSuffix(toks[p].text, "s") && (toks[p].text == "'s" || toks[p].text == "\u2019s") && p > 0 {
				p--
			}
			if d.x.gz.demonym[key(toks[p].text)] == "" && d.x.gz.country[key(toks[p].text)] == "" {
				continue
			}
			typ := newsgraph.Organization
			if toks[k].text == "embassy" {
				typ = newsgraph.Facility
			}
			// "Ruritania's ministry of mines, energy and water": the
			// portfolios name the ministry, the country before it owns it
			if q := lowerPortfolios(toks, k+1); q > k+1 && a == k {
				out = append(out, mention{sent: si, i: k, j: q, start: toks[k].start, end: toks[q-1].end, text: flat(d.text[toks[k].start:toks[q-1].end]), typ: typ, strong: true, ent: -1})
				continue
			}
			out = append(out, mention{sent: si, i: p, j: k + 1, start: toks[p].start, end: toks[k].end, text: flat(d.text[toks[p].start:toks[k].end]), typ: typ, strong: true, ent: -1})
		}
	}
	return out
}

// lowerPortfolios returns the end of the portfolios a ministry written in
// lower case is of, from the "of" at k ("of mines, energy and water"); k
// when none follows.
func lowerPortfolios(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k].text != "of" {
		return k
	}
	portfolio := func(j int) bool {
		return j < len(toks) && unicode0Lower(toks[j].text) && titleOfWords[titleCase(toks[j].text)] && toks[j].text != "the" && toks[j].text != "and"
	}
	if !portfolio(k + 1) {
		return k
	}
	j := k + 2
	for j+1 < len(toks) && toks[j].text == "," && portfolio(j+1) {
		j += 2
	}
	end := j
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	if j+1 < len(toks) && toks[j].text == "and" && portfolio(j+1) {
		return j + 2
	}
	if end == k+2 {
		return end // "ministry of finance"
	}
	return k
}

// bases finds military bases named by their owner and place: "the U.S.
// Navy base in Souda", "the Souda naval base".
func (d *doc) bases() []mention {
	var out []mention
	for si, s := range d.sents {
		toks := s.tokens
		for k := 1; k < len(toks); k++ {
			if toks[k].text != "base" {
				continue
			}
			a := k
			if toks[k-1].text == "naval" || toks[k-1].text == "air" || toks[k-1].text == "military" || toks[k-1].text == "army" {
				a = k - 1
			}
			if a == 0 || !toks[a-1].isCap() || nonEntityCaps[toks[a-1].text] {
				continue // "The base rate": no owner
			}
			// the capitalised owner or place before it
			p := a - 1
			for p > 0 && toks[p-1].isCap() && toks[p-1].isWord() {
				p--
			}
			end := k + 1
			if k+2 < len(toks) && toks[k+1].text == "in" && toks[k+2].isCap() {
				end = k + 3
				for end < len(toks) && toks[end].isCap() && toks[end].isWord() {
					end++
				}
			}
			if toks[p].text == "The" {
				p++
			}
			out = append(out, mention{sent: si, i: p, j: end, start: toks[p].start, end: toks[end-1].end, text: flat(d.text[toks[p].start:toks[end-1].end]), typ: newsgraph.Facility, strong: true, ent: -1})
		}
	}
	return out
}

// describedCountries gives a title said bare ("President Musharraf") the
// country of a description of its holder elsewhere in the story ("the
// Pakistani president"): the description names one holder of that title,
// the person the story names most under it, when no one holds it of that
// country by name.
func (d *doc) describedCountries() {
	for si, s := range d.sents {
		toks := s.tokens
		for k := 2; k < len(toks); k++ {
			head := toks[k].text
			// "the Kenyan leader", "the IMF chief" may be any of its titles
			generic := head == "counterpart" || head == "leader" || head == "chief" || head == "head" || head == "boss"
			if !nominalHeads[head] || generic || k+1 < len(toks) && toks[k+1].isCap() {
				continue
			}
			p, of := k-1, ""
			var mods []string
			for p > 0 && lowerTitleMods[toks[p].text] {
				mods = append(mods, toks[p].text)
				p--
			}
			if c := d.x.gz.demonym[key(toks[p].text)]; c != "" && p > 0 && strings.EqualFold(toks[p-1].text, "the") {
				of = c // "the Pakistani president"
			} else if p >= 2 && (toks[p].text == "'s" || toks[p].text == "\u2019s") {
				if c, t, _, ok := d.x.gz.placeEnding(toks, p-1); ok && t == "GPE" && d.x.gz.isCountry(c) && d.mentionEndingAt(si, p-1) != nil {
					of = c // "Pakistan's president"
				}
			}
			if of == "" {
				continue
			}
			d.describe(head, mods, of)
		}
	}
}

// describe gives the bare titles ending in head (and holding mods) of the
// person the story names most under them the country of.
func (d *doc) describe(head string, mods []string, of string) {
	// the title is the one described, with no word the description
	// lacks ("Japan's minister" is no prime minister)
	holds := func(r *roleClaim) bool {
		w := strings.Fields(strings.ToLower(r.title))
		if len(w) == 0 || w[len(w)-1] != head || r.former {
			return false
		}
		for _, x := range w[:len(w)-1] {
			if !slices.Contains(mods, x) && !(x == "defense" && slices.Contains(mods, "defence") || x == "defence" && slices.Contains(mods, "defense")) {
				return false
			}
		}
		return true
	}
	count := map[int]int{}
	for _, m := range d.mentions {
		if m.kind != named || m.ent < 0 || m.role == nil || !holds(m.role) {
			continue
		}
		if m.role.of == of || d.entName(m.role.of) == of {
			return // someone holds it of that country by name
		}
		if m.role.of == "" {
			count[m.ent] += len(d.ents[m.ent].mentions)
		}
	}
	best, n, tie := -1, 0, false
	for ei, c := range count {
		switch {
		case c > n:
			best, n, tie = ei, c, false
		case c == n:
			tie = true
		}
	}
	if best < 0 || tie {
		return
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent == best && m.role != nil && m.role.of == "" && holds(m.role) {
			m.role.of, m.role.ofType = of, newsgraph.GPE
		}
	}
}

// stateAbbrevs are the abbreviations of US states that US newspapers and
// the AP write after a town ("SACRAMENTO, Calif. (AP)", "Tampa, Fla.,"),
// after the AP Stylebook. They are read only after "TOWN,", where those
// that are also words ("Ill.", "Miss.", "Mass.") are no words.
var stateAbbrevs = map[string]string{
	"Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
	"Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
	"Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
	"Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri",
	"Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey",
	"N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina", "N.D": "North Dakota", "Okla": "Oklahoma",
	"Ore": "Oregon", "Pa": "Pennsylvania", "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota",
	"Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington", "W.Va": "West Virginia",
	"Wis": "Wisconsin", "Wyo": "Wyoming",
}

// retypeMentions types the named mentions that news layout and tables
// type better than a word's looks: a page's credits, "TOWN, Abbr.", a
// show held in a place, a broadcaster. It runs once per recognition pass.
func (d *doc) retypeMentions() {
	// the named mentions of two words or more, by sentence and end, for
	// the credits that follow one another ("By X, Y and Z")
	ends := map[[2]int]int{}
	for mi, m := range d.mentions {
		if _, ok := ends[[2]int{m.sent, m.j}]; !ok && m.kind == named && m.i >= 1 && m.j-m.i >= 2 {
			ends[[2]int{m.sent, m.j}] = mi
		}
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind != named || m.i < 0 {
			continue
		}
		d.creditName(m, ends)
		d.stateAbbrev(m)
		d.showPlace(m)
		d.stationName(m)
		d.officeBody(m)
		d.governmentOf(m)
	}
	d.itBodies()
}

// governmentOf names a country by its government: "the Government of
// Niger", "the Niger Government" sign and meet for Niger, as "the
// government in Niamey" does, and are one entity with it.
func (d *doc) governmentOf(m *mention) {
	w := strings.Fields(m.text)
	if len(w) < 2 || m.typ == newsgraph.Person {
		return
	}
	name := ""
	switch {
	case w[0] == "Government" && w[1] == "of" && len(w) > 2:
		name = strings.Join(w[2:], " ")
		if len(w) > 3 && w[2] == "the" {
			name = strings.Join(w[3:], " ")
		}
	case w[len(w)-1] == "Government":
		name = strings.Join(w[:len(w)-1], " ")
	default:
		return
	}
	if c, typ, ok := d.x.gz.place(name); ok && typ == string(newsgraph.GPE) && d.x.gz.isCountry(c) {
		m.typ, m.strong, m.canon = newsgraph.GPE, true, c
	}
}

// itBodies types as an organisation a name the recogniser read as a
// person where the story speaks of it as a thing: "Brevik Paper said its
// profit", "Brevik Paper and its chairman", "... said Brevik Paper, which";
// and every other mention of that name with it, so that the headline's
// and the later mentions join the same firm.
func (d *doc) itBodies() {
	names := map[string]bool{}
	for _, m := range d.mentions {
		// "rock band Oscar Kellan ... Oscar Kellan have sold": the band's
		// other mentions, which read as a person's name
		if toks := d.sents[m.sent].tokens; m.kind == named && m.typ == newsgraph.Organization && m.i >= 1 && m.j-m.i >= 2 && bandNouns[toks[m.i-1].text] {
			names[m.text] = true
		}
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind != named || m.i < 0 || m.typ != newsgraph.Person || m.strong || m.canon != "" || m.role != nil || m.j-m.i < 2 {
			continue
		}
		toks := d.sents[m.sent].tokens
		k := m.j
		if k+1 < len(toks) && (toks[k].text == "," && toks[k+1].text == "which" || toks[k].text == "and" && toks[k+1].text == "its") {
			names[m.text] = true
			continue
		}
		for k < len(toks) && k < m.j+2 && (toks[k].pos == "MD" || toks[k].text == "has" || toks[k].text == "had") {
			k++
		}
		if k+1 < len(toks) && itVerbs[toks[k].text] {
			k++
			// "said on Tuesday it would", "said yesterday it"
			if k+1 < len(toks) && toks[k].text == "on" && isMonthOrDay(toks[k+1].text) {
				k += 2
			} else if k < len(toks) && (toks[k].text == "yesterday" || toks[k].text == "today" || toks[k].text == "on") {
				k++
			}
			// ("said it was" is said of people too)
			if k < len(toks) && toks[k].text == "its" {
				names[m.text] = true
			}
		}
	}
	if len(names) == 0 {
		return
	}
	for mi := range d.mentions {
		if m := &d.mentions[mi]; m.kind == named && m.typ == newsgraph.Person && !m.strong && names[m.text] {
			m.typ = newsgraph.Organization
		}
	}
}

// itVerbs are the verbs after which a firm speaks of what is its own: "X
// said its profit", "X expects its sales".
var itVerbs = set("said", "says", "announced", "expects", "expected", "added", "reported", "stated", "confirmed", "plans", "hopes")

// bodyOffices are the offices held only in a body, never in a place or
// under a person: "co-founder of X", "chief executive of X".
var bodyOffices = set("founder", "co-founder", "cofounder", "chairman", "chairwoman", "executive", "ceo", "cfo", "director", "manager")

// officeBody types as an organisation the name after "of" or "at" that
// ends a body's office ("X, co-founder of Blinkar", "chief executive at
// Quorvex"), when nothing surer typed it: the recogniser reads an unknown
// one-word firm as a place or a person.
func (d *doc) officeBody(m *mention) {
	if m.strong || m.canon != "" || m.typ == newsgraph.Organization || m.typ == newsgraph.Facility {
		return
	}
	toks := d.sents[m.sent].tokens
	if m.typ == newsgraph.Person && d.holdsBodyOffice(m) {
		m.typ = newsgraph.Organization
		return
	}
	if m.i < 2 {
		return
	}
	p := m.i - 1
	if strings.EqualFold(toks[p].text, "the") {
		p--
	}
	if p < 1 || toks[p].text != "of" && toks[p].text != "at" {
		return
	}
	// "A of Bexley Power signed": a name after a person's "of" is where
	// the person works or comes from, never another person
	afterPerson := false
	for _, pm := range d.mentions {
		if pm.sent == m.sent && pm.kind == named && pm.j == p && pm.typ == newsgraph.Person && toks[p].text == "of" {
			afterPerson = m.typ == newsgraph.Person || m.typ == newsgraph.Other
		}
	}
	if w := toks[p-1].text; !afterPerson && (!bodyOffices[w] || w == "director" && p >= 2 && strings.EqualFold(toks[p-2].text, "the")) {
		return // ("the director of Ruthven Moor": a film's, a body's or a place's)
	}
	if _, _, ok := d.x.gz.place(m.text); ok || d.x.gz.demonym[key(m.text)] != "" {
		return
	}
	if m.j < len(toks) && unicode0Lower(toks[m.j].text) && (strings.HasPrefix(toks[m.j].pos, "NN") || toks[m.j].pos == "JJ") {
		return // "chief executive of Varennan software firm X": a word before the body's noun
	}
	if _, ok := d.x.gz.town[key(m.text)]; ok {
		return // "chairman of Leeds" may be the club's, "founder of Leeds" is not
	}
	m.typ = newsgraph.Organization
}

// holdsBodyOffice: the name m stands before an office only a body has,
// held by a person named next ("Daiwa Koki's president, X", "Halvorsen
// Marine chief executive X", "Tarn Mills' founder X"): no person has a
// chief executive or a founder, so the name is the body's. A person's
// own staff ("X's spokesman", "X's manager") are no such office; a place
// before its president is a country, never retyped here.
func (d *doc) holdsBodyOffice(m *mention) bool {
	toks := d.sents[m.sent].tokens
	k := m.j
	poss := k < len(toks) && possessive(toks, k)
	if poss {
		k++
	}
	start := k
	for k < len(toks) && k < start+4 && (lowerTitleMods[strings.ToLower(toks[k].text)] || lowerTitles[strings.ToLower(toks[k].text)]) {
		k++
	}
	if k == start {
		return false
	}
	last := strings.ToLower(toks[k-1].text)
	prev := ""
	if k-2 >= start {
		prev = strings.ToLower(toks[k-2].text)
	}
	switch {
	case last == "executive" && (prev == "chief" || prev == "group"), last == "ceo", last == "cfo", last == "coo",
		last == "chairman", last == "chairwoman", last == "chairperson", last == "founder", last == "co-founder", last == "cofounder",
		last == "director" && prev == "managing", last == "manager" && prev == "general":
	case last == "president" && poss && prev == "":
	default:
		return false
	}
	if _, _, ok := d.x.gz.place(m.text); ok || d.x.gz.demonym[key(m.text)] != "" {
		return false
	}
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k < len(toks) && honorifics[toks[k].text] {
		k++
	}
	// the holder is named next
	for mi := range d.mentions {
		if o := &d.mentions[mi]; o.sent == m.sent && o.kind == named && o.i == k && o.typ == newsgraph.Person {
			return true
		}
	}
	return false
}

// stateAbbrev reads "TOWN, Abbr." as the town and its state, named in
// full: the abbreviation alone is no name a reader would search for.
func (d *doc) stateAbbrev(m *mention) {
	if m.i < 2 || m.j-m.i != 1 {
		return
	}
	toks := d.sents[m.sent].tokens
	st := stateAbbrevs[strings.TrimSuffix(toks[m.i].text, ".")]
	if st == "" || toks[m.i-1].text != "," || !toks[m.i-2].isCap() {
		return
	}
	m.typ, m.canon, m.strong = newsgraph.GPE, st, true
}

// showHeads end the name of a show, fair or week held in a place ("Dubai
// Airshow", "Paris Air Show", "Geneva Motor Show", "Lisbon Energy Week"):
// an occasion, not a body; the place is what the text names.
var showHeads = map[string]bool{"Airshow": true, "Air Show": true, "Motor Show": true, "Auto Show": true, "Expo": true,
	"Trade Fair": true, "Book Fair": true, "Fair": true, "Film Festival": true, "Boat Show": true,
	"Show": true, "Week": true, "Festival": true, "Exhibition": true, "Carnival": true, "Biennale": true}

// showPlace reads "PLACE Airshow" as the place: the show is no entity;
// nor is one named otherwise ("the Harwick International Airshow",
// "Tarvo Energy Week"), where no place makes the whole name.
func (d *doc) showPlace(m *mention) {
	toks := d.sents[m.sent].tokens
	for n := 2; n >= 1; n-- {
		if m.j-n <= m.i || !showHeads[span(toks, m.j-n, m.j)] {
			continue
		}
		c, typ, ok := d.x.gz.place(span(toks, m.i, m.j-n))
		if !ok || typ != "GPE" {
			if _, known := knownOrgs[m.text]; !known && m.canon == "" && m.typ != newsgraph.Person {
				m.typ, m.strong = newsgraph.Other, false
			}
			return
		}
		m.j -= n
		m.end = toks[m.j-1].end
		m.text = span(toks, m.i, m.j)
		m.typ, m.canon, m.strong = newsgraph.GPE, c, true
		return
	}
}

// stationName types "Radio X" as a broadcaster: a person's name never
// opens with "Radio", which the recogniser reads as a given name.
func (d *doc) stationName(m *mention) {
	if m.j-m.i < 2 || m.j-m.i > 4 || m.typ == newsgraph.GPE || m.typ == newsgraph.Organization {
		return
	}
	if toks := d.sents[m.sent].tokens; toks[m.i].text == "Radio" || toks[m.i].text == "Television" {
		m.typ, m.strong = newsgraph.Organization, true
	}
}

// creditWords open a credit line's "by": "Reporting by X in Y; Editing by
// Z", "Additional reporting by", "Photographs by".
var creditWords = set("reporting", "editing", "writing", "compiled", "edited", "written", "photographs", "photos", "photo", "pictures", "produced", "graphics", "research", "interviews")

// creditName types as a person the name of a page's credits: a byline
// ("By X, Y and Z" on a line of its own), a wire story's sign-off
// ("Reporting by X in Y and Z; Editing by W"), "with assistance from
// X", a label's name ("Media Contact: X", "Photo: X/Agency") and a name
// alone on a line above or below the story. The recogniser, trained on
// sentences, leaves such lines' names untyped (or reads a body there),
// and names only ever seen in headings are dropped as chrome.
// ends: the named mentions of two words or more by (sentence, end).
func (d *doc) creditName(m *mention, ends map[[2]int]int) {
	if m.i < 0 || m.j-m.i < 2 || m.j-m.i > 4 {
		return
	}
	typed := m.typ == newsgraph.GPE || m.typ == newsgraph.Organization || m.typ == newsgraph.Facility || m.typ == newsgraph.Location
	if typed && (m.strong || m.canon != "") {
		return
	}
	toks := d.sents[m.sent].tokens
	switch {
	case m.i >= 1 && !typed && d.creditAt(m.sent, toks, m.i, ends):
	case m.i >= 2 && d.labelCredit(m):
	case m.i == 0 && !typed && d.nameLine(m):
	default:
		return
	}
	for k := m.i; k < m.j; k++ {
		// (not the writer's post: "By X, Political Correspondent")
		if w := toks[k].text; w == "" || w[0] < 'A' || w[0] > 'Z' || strings.Contains(w, "'") || titleHeads[w] || titleMods[w] {
			return
		}
	}
	m.typ, m.strong = newsgraph.Person, true
}

// creditLabels name, before a colon that opens a line or a bracket, the
// part a person had in a story or whom to ask about it: "Translation: X",
// "Media Contact: X", "Photo: X/Agency", "(Photo: X / Agency)". ("Source:"
// is left out: a body far more often than a person.)
var creditLabels = set("translation", "translated", "translator", "interpreter", "interpreting", "contact", "media contact",
	"press contact", "media enquiries", "media inquiries", "photo", "photos", "photograph", "photographs", "photography",
	"photographer", "photo credit", "image", "images", "picture", "pictures", "video", "graphics", "illustration",
	"reporter", "reporting", "writer", "author", "editor", "editing", "compiled", "words", "text", "credit", "camera",
	"producer", "cartoon", "interview", "byline")

// labelCredit: m is the name a credit label names ("Media Contact: X")
// and all that follows it on the line is another credit, a separator or
// nothing: not the prose of a caption ("Photo: Fishing Boats at Dawn").
func (d *doc) labelCredit(m *mention) bool {
	toks := d.sents[m.sent].tokens
	if toks[m.i-1].text != ":" {
		return false
	}
	p := m.i - 1
	s := p - 1
	for s > 0 && p-s < 2 && toks[s-1].isWord() {
		s--
	}
	for ; s < p; s++ {
		if (s == 0 || toks[s-1].text == "(" || toks[s-1].text == "|") && creditLabels[strings.ToLower(span(toks, s, p))] {
			break
		}
	}
	if s == p {
		return false
	}
	if m.j < len(toks) {
		switch w := toks[m.j].text; {
		case w == "/", w == ",", w == "|", w == ")", w == ";", isDash(w), w == "and", w == "via", w == "for":
		default:
			return false
		}
	}
	return true
}

// nameLine: m is all of a line of page furniture, above or below the
// story's prose (a byline under the headline, a writer's name over the
// post "Senior Correspondent"), and the recogniser reads a person there.
func (d *doc) nameLine(m *mention) bool {
	s := &d.sents[m.sent]
	if !s.heading || m.j != len(s.tokens) || m.j > 3 || m.sent >= len(d.an.ner) {
		return false
	}
	lex := d.x.pos.lexicon()
	for k := m.i; k < m.j; k++ {
		if !strings.HasSuffix(d.an.ner[m.sent][k], "-PER") {
			return false
		}
		// a surname the tagger knows as a common word is a line of a
		// page's chrome ("Alternative Takes", "Overview Logo")
		if t := lex[strings.ToLower(s.tokens[k].text)]; k == m.j-1 && t != "" && !strings.HasPrefix(t, "NNP") {
			return false
		}
	}
	if d.prose[1] == 0 {
		d.prose = [2]int{len(d.sents), -1}
		for si := range d.sents {
			if !d.sents[si].heading {
				d.prose = [2]int{min(d.prose[0], si), si}
			}
		}
	}
	if m.sent > d.prose[1] {
		return true
	}
	// above the prose: under a headline (not itself the page's first
	// line, where a site's chrome stands), or over the writer's post
	if m.sent >= d.prose[0] || m.sent == 0 {
		return false
	}
	if len(d.sents[m.sent-1].tokens) >= 3 {
		return true
	}
	next := d.sents[m.sent+1].tokens
	return len(next) > 0 && titleHeads[next[len(next)-1].text]
}

// creditAt says whether the name at token k of sentence si is named by a
// credit: after "By" opening a line of its own, after a credit word's
// "by", after "assistance from", or after ", " / "and" following another
// credited name ("By X and Y", "Reporting by X in Y and Z in W").
func (d *doc) creditAt(si int, toks []token, k int, ends map[[2]int]int) bool {
	p := k - 1
	switch strings.ToLower(toks[p].text) {
	case "by":
		if p == 0 {
			return d.sents[si].heading || len(toks) <= 12
		}
		if toks[p-1].text == "|" && d.sents[si].heading {
			return true // "3 May 2011 | Wind Report | By X, Town": a byline among a page's labels
		}
		return creditWords[strings.ToLower(toks[p-1].text)] || p >= 2 && creditWords[strings.ToLower(toks[p-2].text)] && strings.EqualFold(toks[p-1].text, "additional")
	case "from":
		return p >= 1 && strings.EqualFold(toks[p-1].text, "assistance")
	case ",", "and":
		// back over "in PLACE" to the name before
		q := p - 1
		for r := q; r >= 1 && r >= q-3 && toks[r].text != "" && toks[r].text[0] >= 'A' && toks[r].text[0] <= 'Z'; r-- {
			if strings.EqualFold(toks[r-1].text, "in") {
				q = r - 2
				break
			}
		}
		if mi, ok := ends[[2]int{si, q + 1}]; ok {
			return d.creditAt(si, toks, d.mentions[mi].i, ends)
		}
	}
	return false
}

// lowerTitleRoles reads roles written before a name in lower case or split
// by a comma: "former French prime minister Jean Dupont", "White House
// spokeswoman Jane Roe", "Spain's new prime minister, Ana Garcia".
func (d *doc) lowerTitleRoles() {
	d.bodyBeforeTitles()
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind != named || m.ent < 0 || d.ents[m.ent].typ != newsgraph.Person || m.i < 0 {
			continue
		}
		if m.role != nil {
			d.officeAfter(m)
			continue
		}
		toks := d.sents[m.sent].tokens
		p := m.i - 1
		if p >= 1 && (toks[p].text == "Sir" || toks[p].text == "Dame") && unicode0Lower(toks[p-1].text) {
			p-- // "coach Sir Colin Frame": a knighthood is no part of the title
		}
		if p >= 1 && honorifics[toks[p].text] && toks[p-1].text == "," {
			p-- // "the state's governor, Mr X": the courtesy is no part of the title
		}
		if p >= 0 && toks[p].text == "," {
			p--
			// "the charity's head of policy in Britain, X": where the
			// office is served is no part of it
			if pm := d.mentionEndingAt(m.sent, p); pm != nil && pm.ent >= 0 && pm.i >= 2 && toks[pm.i-1].text == "in" && unicode0Lower(toks[pm.i-2].text) {
				if t := d.ents[pm.ent].typ; t == newsgraph.GPE || t == newsgraph.Location {
					p = pm.i - 2
				}
			}
		}
		end := p + 1
		// "Ajax skipper X", "Leeds forward Y": a team's post that is no
		// office elsewhere, read only of the club or country named before
		side := p >= 0 && sideTitles[toks[p].text]
		if side {
			p--
		}
		// ("Singer X was studying": a band's place opening the sentence)
		for p >= 0 && (lowerTitles[strings.ToLower(toks[p].text)] || lowerTitleMods[strings.ToLower(toks[p].text)] || portfolioAnd(toks, p, end) || firstMinister(toks, p)) && (unicode0Lower(toks[p].text) || titleHeads[toks[p].text] || titleMods[toks[p].text] || fieldBefore(toks, p+1, end) || toks[p].text == "PM" || p == 0 && bandTitles[strings.ToLower(toks[p].text)]) && !d.inBodyName(m.sent, p) {
			p--
		}
		// "Spain's minister of sport X": the portfolio after "of", in
		// lower case, is the office's own
		of := false
		if p == end-1 && p >= 2 && unicode0Lower(toks[p].text) && strings.HasPrefix(toks[p].pos, "NN") && toks[p-1].text == "of" && lowerTitles[toks[p-2].text] {
			p-- // "director of football X"
		}
		if p >= 1 && p+1 < end && toks[p].text == "of" && unicode0Lower(toks[p-1].text) && lowerTitles[toks[p-1].text] && !lowerTitles[strings.ToLower(toks[end-1].text)] {
			of = true
			for p--; p >= 0 && unicode0Lower(toks[p].text) && (lowerTitles[toks[p].text] || lowerTitleMods[toks[p].text]); p-- {
			}
		}
		// "Brazil's central bank governor", "Kuwaiti oil minister", "OPEC
		// conference president": other lower-case words belong to the
		// title when a country, nationality or body comes before them
		if q := d.lowerTitleStart(m.sent, toks, p, end); q < p {
			p = q
		}
		start := p + 1
		for start < end && titleSkips[toks[start].text] && !firstMinister(toks, start) {
			start++
		}
		if start >= end || !lowerTitles[strings.ToLower(toks[end-1].text)] && !of && !side {
			if rc := d.appositiveRole(m); rc != nil {
				m.role = rc
			} else if rc := d.sharedTitle(m); rc != nil {
				m.role = rc
			} else if rc := d.titleOfBody(m); rc != nil {
				m.role = rc
			} else if rc := d.commaTitle(m); rc != nil {
				m.role = rc
			} else if d.managersSide(m) {
				m.role = &roleClaim{title: "Manager", side: true}
			}
			continue
		}
		title := strings.ToLower(span(toks, start, end))
		if title == "official" || title == "head" || title == "chief" {
			// (a chief alone is a style, "Chief X", or a head of nothing
			// named; "Kell Teachers Union head X" heads the union, "Kell
			// Bank's chief Sir Y" the bank)
			ob := start - 1
			if ob >= 1 && possessive(toks, ob) {
				ob--
			}
			if om := d.mentionEndingAt(m.sent, ob); om == nil || om.ent < 0 || d.ents[om.ent].typ != newsgraph.Organization {
				continue
			}
		}
		rc := &roleClaim{title: lowerOffice(title)}
		var first *roleClaim
		if q := start - 2; q >= 0 && toks[start-1].text == "and" && unicode0Lower(toks[q].text) && lowerTitles[toks[q].text] && title != "counterpart" {
			// "Kestrel's chairman and chief executive X": two offices of
			// one holder, each of the body or country before the first
			for q > 0 && unicode0Lower(toks[q-1].text) && (lowerTitles[toks[q-1].text] || lowerTitleMods[toks[q-1].text]) && !lowerStops[toks[q-1].text] {
				q--
			}
			// (only after the holder's body: "the president and foreign
			// minister X" may be two people)
			if b := q - 1; b >= 0 && (possessive(toks, b) || toks[b].text == "its" || toks[b].text == "their" || d.mentionEndingAt(m.sent, b) != nil) {
				first = &roleClaim{title: lowerOffice(span(toks, q, start-1))}
				p = b
			}
		}
		if title == "counterpart" {
			// "his French counterpart, Jean Dupont": the possessor's
			// title, of the country named here
			rc = d.counterpart(m.sent, start)
			if rc == nil {
				continue
			}
		}
		// (a sentence's first word is capitalised: "Former deputy
		// minister X" was a deputy minister)
		for p >= 0 && (toks[p].text == "new" || toks[p].text == "newly" || toks[p].text == "elected" || strings.EqualFold(toks[p].text, "late") || strings.EqualFold(toks[p].text, "former") || toks[p].text == "then" || toks[p].text == "incoming" || toks[p].text == "outgoing") {
			if strings.EqualFold(toks[p].text, "former") || strings.EqualFold(toks[p].text, "late") {
				rc.former = true
			}
			p--
		}
		if p >= 0 && (toks[p].text == "its" || toks[p].text == "their") && rc.of == "" {
			// "Kestrel Bank said its chief executive, X,": the body the
			// clause is about
			if bi := d.possessorBody(m.sent, p); bi >= 0 {
				rc.of, rc.ofType = d.ents[bi].name, d.ents[bi].typ
			}
		}
		if p >= 1 && possessive(toks, p) && countryNouns[strings.ToLower(toks[p-1].text)] && rc.of == "" {
			// "the country's president, X": the country the story names
			// last before
			if c := d.lastCountryBefore(m.sent, p-1); c != "" {
				rc.of, rc.ofType = c, newsgraph.GPE
			}
		}
		if p >= 0 && possessive(toks, p) {
			p--
		}
		if p >= 1 && rc.of == "" {
			if c := d.x.gz.demonym[key(toks[p-1].text+" "+toks[p].text)]; c != "" {
				rc.of, rc.ofType = c, newsgraph.GPE
				p = -1
			}
		}
		if p >= 0 && rc.of == "" {
			if full := partyEndingAt(toks, p); full != "" && p+1 < len(toks) && unicode0Lower(toks[p+1].text) {
				rc.of, rc.ofType = full, newsgraph.Organization // "Labour health spokesman X"
			} else if c := d.x.gz.demonym[key(toks[p].text)]; c != "" {
				rc.of, rc.ofType = c, newsgraph.GPE
			} else if om := d.mentionEndingAt(m.sent, p); om != nil && om.ent >= 0 {
				oe := d.ents[om.ent]
				if oe.typ != newsgraph.Person {
					rc.of, rc.ofType = oe.name, oe.typ
				}
			}
		}
		if p >= 0 && rc.of == "" && unknownFirm(d, m.sent, p, title) {
			// "Kestrix analyst X said" opening a paragraph: one unknown
			// capitalised word before a firm's office names the firm,
			// which the recogniser, with no sentence before, did not read
			rc.of, rc.ofType = toks[p].text, newsgraph.Organization
		}
		if title == "counterpart" && rc.of == "" && m.j+1 < len(toks) && (toks[m.j].text == "of" || toks[m.j].text == "from") {
			// "his counterpart Jan Berg of Norway": the country after the
			// name is the one the counterpart serves
			if om := d.mentionAt(m.sent, m.j+1); om != nil && om.i == m.j+1 && om.ent >= 0 && d.x.gz.isCountry(d.ents[om.ent].name) {
				rc.of, rc.ofType = d.ents[om.ent].name, newsgraph.GPE
			}
		}
		if title == "counterpart" && rc.of != "" && rc.ofType == newsgraph.GPE && !countryTitle(rc.title) {
			// "his Italian counterpart" of a chief executive heads an
			// Italian firm, not Italy
			rc.of, rc.ofType = "", ""
		}
		if title == "counterpart" && rc.of != "" && rc.of != "United States" && rc.of != "United Kingdom" {
			rc.title = ministerTitle(rc.title) // another country's "Foreign Secretary" is its foreign minister
		}
		if p >= 0 && (strings.EqualFold(toks[p].text, "former") || toks[p].text == "late") {
			rc.former = true
		} else if p > 0 && (strings.EqualFold(toks[p-1].text, "former") || toks[p-1].text == "late") {
			rc.former = true // ("Former Kellish president X" opening a sentence)
		}
		if side && rc.of == "" {
			continue // "put forward X", "the taxi driver X": no team named
		}
		if first != nil {
			first.of, first.ofType, first.former = rc.of, rc.ofType, rc.former
			m.also = append(m.also, *first)
		}
		m.role = rc
		d.officeAfter(m)
	}
}

// inBodyName: token k of sentence si is inside a named body or place
// ("Democratic Renewal Party leader X", "Chamber of Commerce president
// Y"): the title before a name stops at the body's name, which keeps its
// head noun.
func (d *doc) inBodyName(si, k int) bool {
	om := d.mentionAt(si, k)
	if om == nil || om.j-om.i < 2 {
		return false
	}
	toks := d.sents[si].tokens
	if d.x.gz.demonym[key(toks[om.i].text)] != "" {
		// "Indonesian Energy minister X", read as a body: a nationality
		// and the office's own fields
		fields := true
		for q := om.i + 1; q < om.j; q++ {
			fields = fields && (titleMods[toks[q].text] || titleOfWords[toks[q].text])
		}
		if fields {
			return false
		}
	}
	// (a body the recogniser left untyped shows itself by its "of":
	// "Chamber of Mines")
	return d.ents[om.ent].typ == newsgraph.Organization || d.ents[om.ent].typ == newsgraph.Other && strings.Contains(om.text, " of ")
}

// firmOffices are the last words of offices a firm or other body names
// right before the holder ("Kestrix analyst X", "Vantor founder Y").
var firmOffices = set("analyst", "economist", "strategist", "founder", "co-founder", "cofounder", "chairperson", "chairman",
	"chairwoman", "ceo", "executive", "spokesman", "spokeswoman", "spokesperson", "correspondent",
	// "Tovex president X", "Harkin director Y": a firm's officers
	"president", "vice-president", "director", "manager", "officer", "boss", "owner")

// unknownFirm: token p, before the lower-case title, is one capitalised
// word alone (no capitalised word before it), of no place, people, party,
// month or day, no word the tagger knows and no word of a person's name
// in the story: a firm's name.
func unknownFirm(d *doc, si, p int, title string) bool {
	toks := d.sents[si].tokens
	w := toks[p].text
	f := strings.Fields(title)
	if !firmOffices[f[len(f)-1]] && !sideTitles[f[len(f)-1]] || !toks[p].isCap() || !toks[p].isWord() || toks[p].isAllCaps() && len(w) <= 1 || !strings.HasPrefix(toks[p].pos, "NNP") {
		return false
	}
	if p > 0 && toks[p-1].isCap() && toks[p-1].isWord() {
		return false
	}
	if d.mentionAt(si, p) != nil {
		return false
	}
	if l := strings.ToLower(w); genericBodies[l] || kindHeads[l] || boardWords[l] || lowerTitles[l] || lowerTitleMods[l] {
		return false // "Club president X": a kind of body, named by none
	}
	if d.x.pos.lexicon()[strings.ToLower(w)] != "" || isMonthOrDay(w) || titleHeads[w] || titleMods[w] || honorifics[w] || parties[w] != "" || d.x.gz.demonym[key(w)] != "" {
		return false
	}
	if _, _, ok := d.x.gz.place(w); ok {
		return false
	}
	for _, e := range d.ents {
		if e.typ == newsgraph.Person && slices.Contains(nameTokens(e.name), w) {
			return false
		}
	}
	return true
}

// genericBodies are the everyday nouns for a body or a team, which
// capitalised at a sentence's start before an office name no firm ("Club
// president X", "Team manager Y").
var genericBodies = set("club", "team", "firm", "squad", "side", "company", "group", "agency", "ministry", "department",
	"church", "school", "university", "college", "hospital", "airline", "station", "court", "city", "town", "village",
	"state", "government", "army", "navy", "police", "band", "project", "campaign", "fund", "society")

// possessorBody is the body that "its" or "their" at token p of sentence
// si stands for: the subject the sentence opens with ("Kestrel Bank said
// its chief executive ...", "Kestrel Bank, based in Oslo, said its ..."),
// a body named before p, not a person and not a possessor ("Norway's
// Kestrel Bank"); -1 when none, or when a second body of the same type
// comes between, which "its" might as well stand for.
func (d *doc) possessorBody(si, p int) int {
	toks := d.sents[si].tokens
	subj := -1
	for _, mi := range d.bySent[si] {
		o := &d.mentions[mi]
		if o.kind != named || o.ent < 0 || o.i < 0 || o.j > p {
			continue
		}
		e := d.ents[o.ent]
		if e.typ == newsgraph.Person || e.typ == newsgraph.Other || e.typ == "" {
			continue
		}
		if o.j < len(toks) && (toks[o.j].text == "'s" || toks[o.j].text == "\u2019s" || toks[o.j].text == "'") {
			continue
		}
		if subj < 0 {
			if e.typ != newsgraph.Organization && e.typ != newsgraph.GPE {
				return -1
			}
			subj = o.ent
			continue
		}
		if o.ent != subj && e.typ == d.ents[subj].typ {
			return -1
		}
	}
	return subj
}

// officeAfter adds the office stated after the name of a person titled
// before it ("Rabbi Ana Levi, founder of the Levi Trust,"), when the title
// before names no country or body.
func (d *doc) officeAfter(m *mention) {
	if m.role.of != "" {
		return
	}
	if rc := d.appositiveRole(m); rc != nil && !strings.EqualFold(rc.title, m.role.title) {
		m.also = append(m.also, *rc)
	}
}

// possessive says whether token k is a possessive ending: "'s", or the
// bare apostrophe after a plural ending in s ("Kestrel Motors' chief").
func possessive(toks []token, k int) bool {
	switch toks[k].text {
	case "'s", "\u2019s":
		return true
	case "'", "\u2019":
		return k > 0 && strings.HasSuffix(toks[k-1].text, "s") && toks[k].pos == "POS"
	}
	return false
}

// bodyBeforeTitles gives a title with no country or body the body named
// right before it: "Chrysler Chairman Lee Iacocca", where the recogniser
// read "Chrysler" apart and the story names Chrysler Corp.
func (d *doc) bodyBeforeTitles() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind != named || m.role == nil || m.role.of != "" || m.i < 0 || m.ent < 0 {
			continue
		}
		k := m.i - len(strings.Fields(m.role.title)) - 1
		if k < 0 {
			continue
		}
		om := d.mentionEndingAt(m.sent, k)
		if toks := d.sents[m.sent].tokens; om == nil && k > 0 && possessive(toks, k) {
			om = d.mentionEndingAt(m.sent, k-1) // "Kestrel Motors' CEO X"
		} else if om == nil && k >= 3 && toks[k].text == ")" && toks[k-2].text == "(" && isAcronym(toks[k-1].text) {
			om = d.mentionEndingAt(m.sent, k-3) // "the Ministry of Mines (MOM) Vice Minister X"
		}
		if om == nil || om.ent < 0 {
			continue
		}
		if oe := d.ents[om.ent]; oe.typ == newsgraph.Organization && len(oe.mentions) > 0 {
			m.role.of, m.role.ofType = oe.name, oe.typ
		}
	}
	for mi := range d.mentions {
		d.firmInTitle(&d.mentions[mi])
	}
}

// firmInTitle takes out of a title the firm its first word names:
// "Quorvex Chief Executive Officer X", where the recogniser read
// "Quorvex" as an unknown word of the office, names the office of
// Quorvex Holdings when the story names that company by its full name.
func (d *doc) firmInTitle(m *mention) {
	if m.kind != named || m.role == nil || m.role.of != "" || m.ent < 0 || d.ents[m.ent].typ != newsgraph.Person {
		return
	}
	w, rest, ok := strings.Cut(m.role.title, " ")
	if !ok || titleMods[w] || titleHeads[w] || honorifics[w] || !titleHeads[strings.Fields(rest)[len(strings.Fields(rest))-1]] {
		return
	}
	if localHeads[rest] || regionHeads[rest] {
		// "Kell Mayor X" in a story of the Kell Convention Center: a
		// town's office, of the town the story names, never a firm's
		if ti := d.entByAliasOfType(w, newsgraph.GPE); ti >= 0 {
			m.role.title = rest
			m.role.of, m.role.ofType = d.ents[ti].name, newsgraph.GPE
		}
		return
	}
	firm := -1
	for ei, e := range d.ents {
		if e.typ != newsgraph.Organization || len(e.mentions) == 0 {
			continue
		}
		if f, _, _ := strings.Cut(e.name, " "); f != w {
			continue
		}
		if firm >= 0 && firm != ei {
			return // two firms of that word: neither is sure
		}
		firm = ei
	}
	if firm >= 0 {
		m.role.title = rest
		m.role.of, m.role.ofType = d.ents[firm].name, newsgraph.Organization
	}
}

// bodyAt is the named organisation, place or facility starting at token k
// of sentence si, or nil.
func (d *doc) bodyAt(si, k int) *mention {
	for _, mi := range d.bySent[si] {
		m := &d.mentions[mi]
		if m.kind == named && m.i == k && m.ent >= 0 && d.ents[m.ent].typ != newsgraph.Person && d.ents[m.ent].typ != newsgraph.Other {
			return m
		}
	}
	return nil
}

// bodyNamedFrom: a name of more than one word that is no place starts at
// token k of sentence si.
func (d *doc) bodyNamedFrom(si, k int) bool {
	bm := d.bodyAt(si, k)
	return bm != nil && bm.j > k+1 && d.ents[bm.ent].typ != newsgraph.GPE
}

// staffTitles are the posts of a firm's staff written before the name
// with where they work ("an analyst at Baird Securities, X").
var staffTitles = set("analyst", "economist", "strategist", "researcher", "scientist", "specialist", "consultant", "lawyer", "trader", "dealer")

// boardWords are a body's governing boards, whose members hold a seat of
// the body ("a member of the board of Kestrel Air"); boardMods the kinds
// of board.
var (
	boardWords = set("board", "council", "committee")
	boardMods  = set("supervisory", "executive", "management", "governing", "advisory")
)

// titleOfBody reads a title of a body written before the name and a comma:
// "the director-general of the Fisheries Agency, Ana Ruiz", "the head of
// Bank of Chile, Ana Ruiz".
func (d *doc) titleOfBody(m *mention) *roleClaim {
	toks := d.sents[m.sent].tokens
	c := m.i - 1
	if c >= 1 && honorifics[toks[c].text] {
		c-- // "the chairman of the Kestrel Bank, Mr X"
	}
	if c < 3 {
		return nil
	}
	b := c - 1
	if toks[c].text != "," {
		b = c // "the secretary-general of the Arctic Council Ana Ruiz"
	}
	if toks[b].text == ")" && b >= 2 && toks[b-2].text == "(" {
		b -= 3 // "the head of the Fisheries Agency (FA), Ana Ruiz"
	}
	om := d.mentionEndingAt(m.sent, b)
	if om == nil || om.ent < 0 || d.ents[om.ent].typ == newsgraph.Person || d.ents[om.ent].typ == newsgraph.Other {
		return nil
	}
	k := om.i - 1
	if k >= 0 && toks[k].text == "the" {
		k--
	}
	if k >= 1 && (toks[k].text == "at" || toks[k].text == "with") && staffTitles[toks[k-1].text] {
		// "an economist at Harlow Trust, John Kell": a firm's staff
		// where they work
		q := k - 1
		for q > 0 && unicode0Lower(toks[q-1].text) && (lowerTitleMods[toks[q-1].text] || toks[q-1].pos == "JJ" && !strings.HasSuffix(toks[q-1].text, "ly")) {
			q--
		}
		if d.ents[om.ent].typ == newsgraph.Organization {
			return &roleClaim{title: lowerOffice(span(toks, q, k)), of: d.ents[om.ent].name, ofType: newsgraph.Organization}
		}
		return nil
	}
	if k >= 4 && toks[k].text == "of" && boardWords[toks[k-1].text] {
		// "a member of the (supervisory) board of Kestrel Air, Ana Ruiz"
		q := k - 2
		for q >= 0 && boardMods[toks[q].text] {
			q--
		}
		if q >= 2 && toks[q].text == "the" && toks[q-1].text == "of" && toks[q-2].text == "member" {
			return &roleClaim{title: lowerOffice(span(toks, q-2, k)), of: d.ents[om.ent].name, ofType: d.ents[om.ent].typ}
		}
	}
	if k < 1 || toks[k].text != "of" || !lowerTitles[strings.ToLower(toks[k-1].text)] || !unicode0Lower(toks[k-1].text) && !titleHeads[toks[k-1].text] {
		return nil
	}
	end := k
	k--
	for k > 0 && lowerTitleMods[strings.ToLower(toks[k-1].text)] && (unicode0Lower(toks[k-1].text) || !unicode0Lower(toks[k].text)) {
		k-- // "the deputy head of", "the Deputy Secretary-General of"
	}
	title := strings.ToLower(span(toks, k, end))
	if title == "official" {
		return nil
	}
	return &roleClaim{title: lowerOffice(title), of: d.ents[om.ent].name, ofType: d.ents[om.ent].typ}
}

// commaTitle reads an office written out before a comma and the name, with
// its portfolio and the state or body it is of: "the Minister of Trade of
// Vessia, Ana Ruiz", "Vessia's Minister of Mines and Energy, Ana Ruiz",
// "the Ambassador of the Republic of Vessia to Kell, Ana Ruiz", "the
// Chief Executive Officer of Kestrel Air, Ana Ruiz", "Vessia's ambassador
// to Kell, Ana Ruiz", "The Deputy Minister of Finance, Mr Ana Ruiz".
func (d *doc) commaTitle(m *mention) *roleClaim {
	toks := d.sents[m.sent].tokens
	c := m.i - 1
	if c >= 1 && honorifics[toks[c].text] {
		c--
	}
	if c < 1 || toks[c].text != "," {
		return nil
	}
	// the nearest head whose office runs to the comma: "Chief Executive
	// Officer of X" is read from "Officer", the words before it joined
	for h := c - 1; h >= 0 && h >= c-14; h-- {
		w := toks[h].text
		if !(titleHeads[w] && !honorifics[w] && !pluralTitles[w] || unicode0Lower(w) && lowerTitles[w] && w != "counterpart") || d.mentionAt(m.sent, h) != nil {
			continue
		}
		rc, end, ok := d.officeRun(m.sent, h, c)
		if !ok {
			continue
		}
		t := h
		for t > 0 && (titleMods[toks[t-1].text] || titleHeads[toks[t-1].text] && !honorifics[toks[t-1].text] ||
			unicode0Lower(toks[t-1].text) && (lowerTitleMods[toks[t-1].text] || lowerTitles[toks[t-1].text] || firstMinister(toks, t-1))) {
			t--
		}
		if t > 0 && strings.EqualFold(toks[t-1].text, "former") {
			rc.former = true
			t--
		}
		rc.title = span(toks, t, end)
		if unicode0Lower(toks[h].text) {
			rc.title = lowerOffice(rc.title)
		}
		switch p := t - 1; {
		case p < 0:
		case possessive(toks, p):
			// "Vessia's Minister of Trade, X", "Kestrel Air's chief
			// executive, X"
			if rc.of != "" {
				break
			}
			if c, typ, _, ok := d.x.gz.placeEnding(toks, p-1); ok {
				rc.of, rc.ofType = c, newsgraph.EntityType(typ)
			} else if om := d.mentionEndingAt(m.sent, p-1); om != nil && om.ent >= 0 && d.ents[om.ent].typ != newsgraph.Person {
				rc.of, rc.ofType = d.ents[om.ent].name, d.ents[om.ent].typ
			}
		case d.x.gz.demonym[key(toks[p].text)] != "":
			if rc.of == "" {
				rc.of, rc.ofType = d.x.gz.demonym[key(toks[p].text)], newsgraph.GPE
			}
		case toks[p].isCap() && !strings.EqualFold(toks[p].text, "the") && toks[p].text != "A" && toks[p].text != "An":
			return nil // "Kestrel Minister of ...": a run the recogniser reads
		}
		if rc.title == "" || strings.EqualFold(rc.title, "official") && rc.of == "" {
			return nil
		}
		return rc
	}
	return nil
}

// officeRun reads the office whose head is token h of sentence si and
// which runs to token c: the head's other words ("Chief Executive
// Officer"), a portfolio after "of" or "for" ("Minister of Mines and
// Energy"), the state or body after "of" ("of the Republic of Vessia",
// "of Kestrel Air (KA)"), an envoy's post after "to" ("to Kell"). It returns the claim with its state or
// body, and the end of the title's words.
func (d *doc) officeRun(si, h, c int) (*roleClaim, int, bool) {
	toks := d.sents[si].tokens
	rec := recognizer{gz: d.x.gz, lexicon: d.x.pos.lexicon()}
	lower := unicode0Lower(toks[h].text)
	n := h + 1
	for n < c && (titleHeads[toks[n].text] && !honorifics[toks[n].text] || lower && lowerTitles[toks[n].text]) {
		n++
	}
	rc := &roleClaim{}
	if n+1 < c && (toks[n].text == "of" || toks[n].text == "for") {
		if lower {
			if e := portfolioEnd(toks, n); e > n && e <= c {
				n = e
			}
		} else if toks[n+1].isCap() && titleOfWords[toks[n+1].text] && toks[n+1].text != "the" {
			if e := rec.portfolioEnd(toks, n+1, c, false); e > n+1 && toks[e-1].text != "and" {
				n = e
			}
		}
	}
	end := n
	if n+1 < c && toks[n].text == "of" {
		if cn, q := rec.officeState(toks, n); q > n && (q == c || toks[q].text == "to") {
			rc.of, rc.ofType, n = cn, newsgraph.GPE, q // "of the Republic of Vessia"
		} else {
			if bm := d.bodyAfter(si, n+1); bm != nil && bm.j <= c {
				rc.of, rc.ofType, n = d.ents[bm.ent].name, d.ents[bm.ent].typ, bm.j
				// "of Norway's Brevik Oil": the possessor's body
				if n+1 < c && possessive(toks, n) {
					if om := d.bodyAt(si, n+1); om != nil && om.i == n+1 && om.j <= c && d.ents[om.ent].typ == newsgraph.Organization {
						rc.of, rc.ofType, n = d.ents[om.ent].name, d.ents[om.ent].typ, om.j
					}
				}
			}
		}
	} else if n+1 < c && toks[n].text == "for" && !envoyTitles[titleCase(strings.ToLower(toks[h].text))] {
		// "spokesman for the Kestrel Fund": the body the office speaks for
		if bm := d.bodyAfter(si, n+1); bm != nil && bm.j <= c && d.ents[bm.ent].typ == newsgraph.Organization {
			rc.of, rc.ofType, n = d.ents[bm.ent].name, d.ents[bm.ent].typ, bm.j
		}
	}
	if rc.of != "" && n+1 < c && (toks[n].text == "'" || toks[n].text == "\u2019") {
		// "of the Kell Traders' Union": the name runs on past a plural's
		// apostrophe, which the recogniser ends it at
		q := n + 1
		for q < c && toks[q].isCap() && toks[q].isWord() {
			q++
		}
		if q > n+1 {
			n = q
		}
	}
	if n+2 < c && toks[n].text == "(" && toks[n+2].text == ")" {
		n += 3 // "of the Kell Traders' Union (KTU)"
	}
	if n+1 < c && (toks[n].text == "to" || toks[n].text == "in") && envoyTitles[titleCase(strings.ToLower(toks[h].text))] {
		// "Ambassador of Vessia to Kell", "Vessia's ambassador in
		// Kellton": the post, not the state served
		if pm := d.bodyAt(si, n+1); pm != nil && pm.i == n+1 && d.ents[pm.ent].typ == newsgraph.GPE {
			n = pm.j
		}
	}
	if n != c {
		return nil, 0, false
	}
	return rc, end, true
}

// bodyAfter is the body named from token b of sentence si, or from the
// token after where b is "the" (which the recogniser may or may not take
// into the name), or nil.
func (d *doc) bodyAfter(si, b int) *mention {
	if bm := d.bodyAt(si, b); bm != nil {
		return bm
	}
	if toks := d.sents[si].tokens; b+1 < len(toks) && toks[b].text == "the" {
		return d.bodyAt(si, b+1)
	}
	return nil
}

// sharedTitle is the title a plural names for the person after "and" or
// a comma: "Presidents X of A and Y of B" makes Y President of B.
func (d *doc) sharedTitle(m *mention) *roleClaim {
	toks := d.sents[m.sent].tokens
	if m.i < 1 || (toks[m.i-1].text != "and" && toks[m.i-1].text != ",") {
		return nil
	}
	var prev *mention
	for _, mi := range d.bySent[m.sent] {
		o := &d.mentions[mi]
		if o.kind == named && o.ent >= 0 && o.i >= 0 && o.j < m.i && d.ents[o.ent].typ == newsgraph.Person {
			prev = o
		}
	}
	if prev == nil || prev.role == nil {
		return nil
	}
	rec := recognizer{gz: d.x.gz}
	if !prev.role.plural {
		// "Fiji coach A and B of Sweden": the office of the one before,
		// of the country after the name, where both name a country
		c, t, ok := rec.placeAfterOf(toks, m.j)
		if !ok || prev.j != m.i-1 || toks[m.i-1].text != "and" || prev.role.of == "" || prev.role.former || !d.x.gz.isCountry(prev.role.of) || !d.x.gz.isCountry(c) || c == prev.role.of {
			return nil
		}
		return &roleClaim{title: prev.role.title, of: c, ofType: newsgraph.EntityType(t)}
	}
	rc := &roleClaim{title: prev.role.title, plural: true}
	if c, t, ok := rec.placeAfterOf(toks, m.j); ok {
		rc.of, rc.ofType = c, newsgraph.EntityType(t)
	}
	return rc
}

// lowerTitleStart walks back from token p over up to three lower-case
// nouns and adjectives before a title noun ending at end; it returns the
// token before them when that token is a nationality, a possessive or the
// end of a place or body's name, p otherwise.
func (d *doc) lowerTitleStart(si int, toks []token, p, end int) int {
	if end <= 0 || end > len(toks) || !lowerTitles[strings.ToLower(toks[end-1].text)] {
		return p
	}
	q := p
	for n := 0; q >= 0 && n < 3 && unicode0Lower(toks[q].text) && (strings.HasPrefix(toks[q].pos, "NN") || toks[q].pos == "JJ") && !lowerStops[toks[q].text] && (!titleSkips[toks[q].text] || firstMinister(toks, q)); n++ {
		q--
	}
	for q >= 0 && titleSkips[toks[q].text] && !firstMinister(toks, q) {
		q-- // skipped, and not part of the title: lowerTitleRoles reads it from p
	}
	if q == 0 && (toks[0].pos == "JJ" || strings.HasPrefix(toks[0].pos, "NN")) && !toks[0].isAllCaps() && lowerTitleMods[strings.ToLower(toks[0].text)] {
		// "Central bank governor X said": the capital opens the sentence
		return -1
	}
	if q == p || q < 0 {
		return p
	}
	if toks[q].text == "'s" || toks[q].text == "\u2019s" || d.x.gz.demonym[key(toks[q].text)] != "" {
		return q
	}
	if toks[q].isCap() {
		if _, _, ok := d.x.gz.place(toks[q].text); ok {
			return q
		}
		if partyEndingAt(toks, q) != "" {
			return q // "Conservative family spokeswoman X"
		}
		if _, ok := knownOrgs[toks[q].text]; ok {
			return q
		}
		// "Yes campaign chairman", "BBC political correspondent": a body's name
		if om := d.mentionEndingAt(si, q); om != nil && om.typ != newsgraph.Person && om.typ != "" {
			return q
		}
	}
	return p
}

// partyEndingAt is the party whose name ends at token p ("Conservative",
// "Liberal Democrat"), or "" where the name goes on before p beyond any
// party's.
func partyEndingAt(toks []token, p int) string {
	if p >= 1 {
		if full, ok := parties[span(toks, p-1, p+1)]; ok {
			return full
		}
	}
	full := parties[toks[p].text]
	if p >= 1 && toks[p-1].isCap() && !strings.EqualFold(toks[p-1].text, "the") {
		return ""
	}
	return full
}

// titleSkips describe a holder, not the office: "Japan's first female
// prime minister" holds the office of prime minister.
var titleSkips = set("first", "female", "male", "youngest", "oldest", "current", "longtime", "long-time", "veteran", "powerful", "influential", "embattled", "popular")

// firstMinister: "first" at k names the office of a first minister (the
// head of a devolved government), not the first holder of one.
func firstMinister(toks []token, k int) bool {
	return strings.EqualFold(toks[k].text, "first") && k+1 < len(toks) && strings.EqualFold(toks[k+1].text, "minister")
}

// managersSide: the name is a manager's whose club the story calls his
// side: "X's side lost again", "X's team have won five in a row".
func (d *doc) managersSide(m *mention) bool {
	toks := d.sents[m.sent].tokens
	if m.j+2 >= len(toks) || !possessive(toks, m.j) || toks[m.j+1].text != "side" && toks[m.j+1].text != "team" {
		return false
	}
	// (not "X's side of the argument", "X's team in the talks")
	n := toks[m.j+2]
	return n.pos != "IN" && n.pos != "TO" && n.pos != "CC" && n.pos != "WDT" && n.text != "of" && (unicode0Lower(n.text) || n.text == "," || n.text == ".")
}

// boardNouns end the name of a body's board or committee ("the Kestrel
// management board").
var boardNouns = set("board", "committee", "council")

// boardMember reads a seat on a body's board written from token k after
// the name and comma: "a member of the Kestrel management board", "a
// member of the board of Kestrel", "a member of Kestrel's executive
// committee". The title names the board, the body is what it is of.
func (d *doc) boardMember(m *mention, k int) *roleClaim {
	toks := d.sents[m.sent].tokens
	if k+3 >= len(toks) || toks[k].text != "member" || toks[k+1].text != "of" {
		return nil
	}
	ends := func(j int) bool {
		return j == len(toks) || toks[j].text == "," || toks[j].text == "." || toks[j].text == ";" || isDash(toks[j].text) || saysVerbs[toks[j].text]
	}
	// the lower-case words of the board's name from q: "management board"
	board := func(q int) int {
		j := q
		for j < len(toks) && j < q+3 && unicode0Lower(toks[j].text) && toks[j].isWord() && !boardNouns[toks[j].text] && !lowerStops[toks[j].text] {
			j++
		}
		if j < len(toks) && boardNouns[toks[j].text] {
			return j + 1
		}
		return -1
	}
	org := func(bm *mention) bool { return bm != nil && d.ents[bm.ent].typ == newsgraph.Organization }
	b := k + 2
	if toks[b].text == "the" {
		b++
	}
	var bm *mention
	var words string
	if om := d.bodyAt(m.sent, b); org(om) && om.j < len(toks) {
		if possessive(toks, om.j) {
			// "of Kestrel's executive committee"
			if e := board(om.j + 1); e > 0 && ends(e) {
				bm, words = om, span(toks, om.j+1, e)
			}
		} else if e := board(om.j); e > 0 && ends(e) {
			// "of the Kestrel management board"
			bm, words = om, span(toks, om.j, e)
		}
	} else if e := board(b); e > 0 && e+1 < len(toks) && toks[e].text == "of" {
		// "of the board of Kestrel", "of the supervisory board of the
		// Kestrel Bank"
		if om := d.bodyAfter(m.sent, e+1); org(om) && ends(om.j) {
			bm, words = om, span(toks, b, e)
		}
	}
	if bm == nil {
		return nil
	}
	return &roleClaim{title: lowerOffice("member of the " + strings.ToLower(words)), of: d.ents[bm.ent].name, ofType: d.ents[bm.ent].typ}
}

var lowerStops = set("former", "late", "new", "then", "incoming", "outgoing", "newly", "elected", "the", "a", "an", "and", "or", "of", "its", "his", "her", "their")

// appositiveRole reads a title after the name: "Ana Garcia, Spain's
// prime minister," or "Garcia, the new prime minister of Spain,".
func (d *doc) appositiveRole(m *mention) *roleClaim {
	toks := d.sents[m.sent].tokens
	k := m.j
	if k >= len(toks) || toks[k].text != "," {
		return nil
	}
	k++
	rc := &roleClaim{}
	// "X, who became interior minister of Y last year,", "X, who is
	// also Nigerian oil minister,"
	relative := false
	if k+1 < len(toks) && toks[k].text == "who" {
		k++
		for k < len(toks) && (toks[k].text == "is" || toks[k].text == "was" || toks[k].text == "became" || toks[k].text == "has" || toks[k].text == "had" || toks[k].text == "been" || toks[k].text == "also" || toks[k].text == "now" || toks[k].text == "then") {
			k++
			relative = true
		}
		if k < len(toks) && officeVerbs[toks[k].text] != "" {
			return d.leadRole(m, k)
		}
		if !relative {
			return nil
		}
	}
	if rc := d.oneOfOwners(m, k); rc != nil && !relative {
		return rc
	}
	if rc := partyMember(toks, k); rc != nil && !relative {
		return rc
	}
	// "X, an analyst at Y,": an indefinite title holds only with its body
	indef := false
	if k < len(toks) && (strings.ToLower(toks[k].text) == "the" || toks[k].text == "a" || toks[k].text == "an") {
		indef = !relative && strings.ToLower(toks[k].text) != "the"
		k++
	}
	if !relative {
		if rb := d.boardMember(m, k); rb != nil {
			return rb
		}
	}
	if k+1 < len(toks) && (toks[k+1].text == "'s" || toks[k+1].text == "\u2019s") {
		if c, _, ok := d.x.gz.place(toks[k].text); ok && d.x.gz.isCountry(c) {
			rc.of, rc.ofType = c, newsgraph.GPE
			k += 2
		}
	}
	if _, n := partyAt(toks, k); n > 0 && k+n+1 < len(toks) && lowerTitles[toks[k+n].text] && toks[k+n+1].text == "of" {
		k += n // "X, Tory chairman of the Y Committee,": the holder's party, the office the body's
	}
	if rc.of == "" {
		// "X, Turkcell's chief operating officer"
		if bm := d.bodyAt(m.sent, k); bm != nil && bm.j+1 < len(toks) && (toks[bm.j].text == "'s" || toks[bm.j].text == "\u2019s") {
			rc.of, rc.ofType = d.ents[bm.ent].name, d.ents[bm.ent].typ
			k = bm.j + 1
		} else if bm != nil && bm.j+1 < len(toks) && unicode0Lower(toks[bm.j].text) && (lowerTitles[toks[bm.j].text] || lowerTitleMods[toks[bm.j].text]) && d.ents[bm.ent].typ != newsgraph.Location {
			// "X, Radio Sur chief correspondent,": the body names the title
			rc.of, rc.ofType = d.ents[bm.ent].name, d.ents[bm.ent].typ
			k = bm.j
		}
	}
	if rc.of == "" && k < len(toks) && (toks[k].text == "its" || toks[k].text == "their") && !relative {
		// "Kestrel Bank named X, its finance director,"
		if bi := d.possessorBody(m.sent, k); bi >= 0 {
			rc.of, rc.ofType = d.ents[bi].name, d.ents[bi].typ
			indef = false
			k++
		}
	}
	if rc.of == "" && !indef && !relative && k+2 < len(toks) && countryNouns[toks[k].text] && possessive(toks, k+1) {
		// "X, the country's president,": the country the story names
		// last before
		if c := d.lastCountryBefore(m.sent, k); c != "" {
			rc.of, rc.ofType = c, newsgraph.GPE
			k += 2
		}
	}
	if rc.of == "" && !indef && !relative && k+2 < len(toks) && bodyKinds[toks[k].text] && possessive(toks, k+1) {
		// "X, the airline's president,": the body the story is about
		if bi := d.focusBody(m.sent, k); bi >= 0 {
			rc.of, rc.ofType = d.ents[bi].name, d.ents[bi].typ
			k += 2
		}
	}
	for k < len(toks) && (toks[k].text == "new" || toks[k].text == "former" || toks[k].text == "late") {
		rc.former = rc.former || toks[k].text != "new"
		k++
	}
	byNationality := false // "X, the Norwegian chief executive of Y,": Y's, a body named after
	if k < len(toks) && rc.of == "" {
		if c := d.x.gz.demonym[key(toks[k].text)]; c != "" {
			rc.of, rc.ofType = c, newsgraph.GPE
			byNationality = true
			k++
		} else if c, _, ok := d.x.gz.place(toks[k].text); ok && d.x.gz.isCountry(c) && k+1 < len(toks) && (lowerTitles[strings.ToLower(toks[k+1].text)] || lowerTitleMods[strings.ToLower(toks[k+1].text)]) {
			rc.of, rc.ofType = c, newsgraph.GPE // "X, US Trade Representative,"
			k++
		}
	}
	for k < len(toks) && titleSkips[toks[k].text] && !firstMinister(toks, k) {
		k++ // "Veldania's first female prime minister": not the office's name
	}
	// "X, Asia director at Y", "X, Africa editor of Y": the region the
	// office answers for opens its title
	tstart := -1
	if rm := d.bodyAt(m.sent, k); rc.of == "" && rm != nil && rm.i == k && rm.j < len(toks) && unicode0Lower(toks[rm.j].text) &&
		(lowerTitles[toks[rm.j].text] || lowerTitleMods[toks[rm.j].text] || bodyOnlyTitles[toks[rm.j].text]) && d.ents[rm.ent].typ == newsgraph.Location {
		tstart, k = k, rm.j
	}
	start := k
	if tstart < 0 {
		tstart = start
	}
	for k < len(toks) && (lowerTitles[strings.ToLower(toks[k].text)] || lowerTitleMods[strings.ToLower(toks[k].text)] || bodyOnlyTitles[toks[k].text]) {
		k++
	}
	// "X, a partner at Y": an office only of the body named after it
	bodyOnly := k > start && bodyOnlyTitles[toks[k-1].text]
	if !bodyOnly && (k == start || !lowerTitles[strings.ToLower(toks[k-1].text)]) {
		// "the Danish fisheries minister": other lower-case words before
		// the title noun belong to it
		j := start
		for j < len(toks) && j < start+3 && unicode0Lower(toks[j].text) && (strings.HasPrefix(toks[j].pos, "NN") || toks[j].pos == "JJ") && !lowerStops[toks[j].text] && !lowerTitles[toks[j].text] {
			j++
		}
		if j > start && j < len(toks) && lowerTitles[toks[j].text] {
			k = j
			for k < len(toks) && lowerTitles[toks[k].text] {
				k++
			}
		}
	}
	if k == start || !lowerTitles[strings.ToLower(toks[k-1].text)] && !bodyOnly || toks[k-1].text == "counterpart" {
		return nil
	}
	// "X, an official from the Kell Port Authority,": an official is
	// one only of the body named
	official := strings.ToLower(toks[k-1].text) == "official"
	title := span(toks, tstart, k)
	// "X, chairman and chief executive of Y,": each office is Y's
	var second *roleClaim
	if k+2 < len(toks) && toks[k].text == "and" {
		j := k + 1
		for j < len(toks) && (lowerTitles[strings.ToLower(toks[j].text)] || lowerTitleMods[strings.ToLower(toks[j].text)]) {
			j++
		}
		// ("X, Lusomar's chairman and chief executive,": the possessor's)
		ends := j == len(toks) || toks[j].text == "," || toks[j].text == "." || toks[j].text == ";" || isDash(toks[j].text)
		// ("X, chairman and chief executive, said": both the story's firm's)
		if j > k+1 && lowerTitles[strings.ToLower(toks[j-1].text)] && (j < len(toks) && (toks[j].text == "of" || toks[j].text == "at") || (rc.of != "" || !relative && !indef) && ends) {
			second = &roleClaim{title: titleCase(strings.ToLower(span(toks, k+1, j)))}
			k = j
		}
	}
	if e := portfolioEnd(toks, k); e > k {
		// "X, the Danish minister for trade and industry,": the portfolio
		// is part of the title, the nationality before it its country
		title, k = span(toks, tstart, e), e
	} else if e := d.fieldsEnd(toks, k); e > k {
		// "X, Minister for Roads and Transport of Kenya,": fields
		// written in capitals
		title, k = span(toks, tstart, e), e
	}
	if k+1 < len(toks) && toks[k].text == "of" && rc.of == "" {
		// (not the place a body's longer name opens with: "chief
		// executive of Lagos Cement")
		if c, _, ok := d.x.gz.place(toks[k+1].text); ok && !d.bodyNamedFrom(m.sent, k+1) {
			rc.of, rc.ofType = c, newsgraph.GPE
			k += 2
			// "X, general secretary of Vessia's Labour Party,": the body
			// the place's possessive names is the office's
			if k+1 < len(toks) && (toks[k].text == "'s" || toks[k].text == "\u2019s") {
				if bm := d.bodyAt(m.sent, k+1); bm != nil && bm.i == k+1 && d.ents[bm.ent].typ == newsgraph.Organization {
					rc.of, rc.ofType = d.ents[bm.ent].name, newsgraph.Organization
					k = bm.j
				}
			}
		}
	}
	if k+2 < len(toks) && toks[k].text == "for" && rc.of == "" {
		// "X, vice president for logistics at Y,": the portfolio is
		// the office's, the body after "at" what it is of
		j := k + 1
		for j < len(toks) && j < k+4 && unicode0Lower(toks[j].text) && strings.HasPrefix(toks[j].pos, "NN") {
			j++
		}
		if j == k+1 {
			// "X, vice-president for Latin America of the Y Bank": a
			// region the office answers for, then the body
			if pm := d.mentionAt(m.sent, k+1); pm != nil && pm.i == k+1 && (d.ents[pm.ent].typ == newsgraph.Location || d.ents[pm.ent].typ == newsgraph.GPE) && pm.j < len(toks) && toks[pm.j].text == "of" {
				j = pm.j
			}
		}
		if j > k+1 && j+1 < len(toks) && (toks[j].text == "at" || toks[j].text == "with" || toks[j].text == "of") {
			b := j + 1
			if toks[b].text == "the" && b+1 < len(toks) {
				b++
			}
			if bm := d.bodyAt(m.sent, b); bm != nil && bm.i == b && d.ents[bm.ent].typ == newsgraph.Organization {
				title, k = span(toks, tstart, j), j
			}
		}
	}
	if k+2 < len(toks) && toks[k].text == "of" && rc.of == "" && d.bodyAt(m.sent, k+1) == nil && d.bodyAt(m.sent, k+2) == nil {
		// "X, head of the pricing desk at Y": a unit of the body, part
		// of the office's name, the body after it what the office is of
		if e := unitThenBody(toks, k+1); e > k+1 {
			title, k = span(toks, tstart, e), e
		} else if e := d.unitOfBody(m.sent, k+1); e > k+1 {
			title, k = span(toks, tstart, e), e
		}
	}
	if byNationality && k+1 < len(toks) && (toks[k].text == "of" || toks[k].text == "at") {
		if bm := d.bodyAfter(m.sent, k+1); bm != nil && d.ents[bm.ent].typ == newsgraph.Organization {
			rc.of, rc.ofType = "", ""
		}
	}
	if k+1 < len(toks) && (toks[k].text == "of" || toks[k].text == "for" || toks[k].text == "at" || (toks[k].text == "with" || toks[k].text == "from") && d.bodyAfter(m.sent, k+1) != nil) && rc.of == "" {
		// "X, chairman of the Council on ...", "X, spokesman for
		// Y", "X, an analyst at Y", "X, an economist with Y"
		b := k + 1
		if toks[b].text == "the" && b+1 < len(toks) {
			b++
		}
		angled := toks[b].text == "<" && b+1 < len(toks) // wire copy's "<Bond Corp Ltd>"
		if angled {
			b++
		}
		if b+3 < len(toks) && toks[b+1].text == "-" && toks[b+2].text == "based" {
			b += 3 // "an economist at the Toronto-based Harlow Trust": where the body is, then its name
		}
		bm := d.bodyAt(m.sent, b)
		if j := b; bm == nil {
			// "chairman of the all-party Public Spending Committee": what
			// kind of body, then its name
			for j < len(toks) && j < b+2 && unicode0Lower(toks[j].text) && (toks[j].pos == "JJ" || strings.Contains(toks[j].text, "-")) {
				j++
			}
			if om := d.bodyAt(m.sent, j); j > b && om != nil && d.ents[om.ent].typ == newsgraph.Organization {
				bm = om
			}
		}
		// "founder of press freedom group the Korhonen Trust": the
		// body after the words that say what it is
		for j := b; bm == nil && j < len(toks) && j < b+6 && (unicode0Lower(toks[j].text) && toks[j].text != "of" && toks[j].text != "and" || d.x.gz.demonym[key(toks[j].text)] != "" || peopleWords[toks[j].text]); j++ {
			if toks[j].text == "the" {
				bm = d.bodyAt(m.sent, j+1)
			}
		}
		// "an analyst at investment bank Y": what the body is, then its
		// name ("of Norwegian oil firm Y": after its nationality)
		j0 := b
		if d.x.gz.demonym[key(toks[b].text)] != "" && b+1 < len(toks) && unicode0Lower(toks[b+1].text) {
			j0++
		}
		for j := j0; bm == nil && j < len(toks) && j < j0+3 && unicode0Lower(toks[j].text) && (strings.HasPrefix(toks[j].pos, "NN") || toks[j].pos == "JJ"); j++ {
			if firmBefore(toks[j].text) || bodyNoun(toks[j].text) || brokerNouns[toks[j].text] {
				bm = d.bodyAt(m.sent, j+1)
			} else if om := d.bodyAt(m.sent, j+1); om != nil && om.i == j+1 && d.ents[om.ent].typ == newsgraph.Organization && partyWords[toks[j].text] {
				bm = om // "leader of the opposition Kell Workers Party"
			}
		}
		if bm != nil {
			rc.of, rc.ofType = d.ents[bm.ent].name, d.ents[bm.ent].typ
			k = bm.j
			if angled && k < len(toks) && toks[k].text == ">" {
				k++
			}
			if k+2 < len(toks) && (toks[k].text == "<" && toks[k+2].text == ">" || toks[k].text == "(" && toks[k+2].text == ")" && isAcronym(toks[k+1].text)) {
				k += 3 // its ticker or initials: "Calder Capital Corp <CALD>"
			}
			// "chairman of the Agreement's negotiating group on farming,": a
			// unit of the body, whose title the body's is too
			if k < len(toks) && (toks[k].text == "'s" || toks[k].text == "\u2019s") {
				j := k + 1
				for j < len(toks) && j < k+8 && unicode0Lower(toks[j].text) && toks[j].text != "who" {
					j++
				}
				if j > k+1 && j < len(toks) && (toks[j].text == "," || toks[j].text == ".") {
					k = j
					// "chief executive of Vessia's largest bank, Nordbank,":
					// the body the apposition names is the office's
					if w := toks[j-1].text; toks[j].text == "," && (firmBefore(w) || bodyNoun(w)) {
						if am := d.bodyAt(m.sent, j+1); am != nil && am.ent >= 0 && am.i == j+1 && d.ents[am.ent].typ == newsgraph.Organization &&
							(am.j == len(toks) || toks[am.j].text == "," || toks[am.j].text == "." || saysVerbs[toks[am.j].text]) {
							rc.of, rc.ofType = d.ents[am.ent].name, d.ents[am.ent].typ
							k = am.j
						}
					}
				}
			}
		}
	}
	if rc.ofType == newsgraph.Organization && k+1 < len(toks) && toks[k].text == "in" {
		// "X, a researcher at the Kell Institute in Oslo,", "X, manager
		// for the Red Cross in Asia,": where the body is
		if pm := d.bodyAt(m.sent, k+1); pm != nil && (d.ents[pm.ent].typ == newsgraph.GPE || d.ents[pm.ent].typ == newsgraph.Location) {
			k = pm.j
		}
	}
	if (official || bodyOnly) && rc.ofType != newsgraph.Organization {
		return nil
	}
	if k+1 < len(toks) && (toks[k].text == "to" || toks[k].text == "in") && envoyTitles[titleCase(strings.ToLower(toks[k-1].text))] {
		// "X, Vessia's ambassador to Kell,", "X, Vessia's envoy in
		// Kellton,": the post, not the state served
		if pm := d.bodyAt(m.sent, k+1); pm != nil && pm.i == k+1 && d.ents[pm.ent].typ == newsgraph.GPE {
			if toks[k].text == "to" {
				title = span(toks, tstart, pm.j)
			}
			k = pm.j
		}
	}
	if k < len(toks) && toks[k].text != "," && toks[k].text != "." && toks[k].text != "and" && !(isDash(toks[k].text) && rc.of != "") && !(relative && rc.of != "") && !(saysVerbs[toks[k].text] && rc.of != "") &&
		!(toks[k].text == "who" && rc.ofType == newsgraph.Organization) { // "X, a lecturer at the College of Y who has ..."
		return nil // "Garcia, a security hawk who ..." is no title
	}
	if indef && rc.of == "" {
		return nil // "Garcia, a former adviser,": what she was, no office
	}
	rc.title = lowerOffice(title)
	if rc.of == "" && !relative {
		// "X, chairman, said": the office of the body the story is about
		// (see storyBody)
		rc.after, rc.bare = true, start == m.j+1
	}
	if second != nil {
		second.of, second.ofType, second.former = rc.of, rc.ofType, rc.former
		second.after, second.bare = rc.after, rc.bare
		m.also = append(m.also, *second)
	}
	return rc
}

// bodyOnlyTitles are posts that are an office only of the body named
// after them ("X, a partner at Y,", "X, a senior fellow at the Y
// Institute,"): alone they say what a person is to someone, or does.
var bodyOnlyTitles = set("partner", "fellow", "lecturer", "trader", "dealer", "broker")

// portfolioHeads are the offices of a government named by their fields.
var portfolioHeads = set("minister", "secretary", "commissioner", "undersecretary", "under-secretary", "ministers", "secretaries")

// fieldsEnd is the end of the capitalised fields after the "of" or "for"
// at token k of an office in apposition ("Minister for Roads and
// Transport", "Secretary of Mines, Energy and Water"), where the
// apposition ends or the state or body the office is of follows; k when
// none.
func (d *doc) fieldsEnd(toks []token, k int) int {
	if k+1 >= len(toks) || k < 1 || toks[k].text != "of" && toks[k].text != "for" || !toks[k+1].isCap() || !portfolioHeads[strings.ToLower(toks[k-1].text)] {
		return k
	}
	rec := recognizer{gz: d.x.gz, lexicon: d.x.pos.lexicon()}
	// fields of up to three words, joined by commas and a last "and";
	// one of their words a field of the tables
	j, e, known := k+1, k, false
	for {
		q := j
		for q < len(toks) && q < j+3 && toks[q].isCap() && toks[q].isWord() && (rec.portfolioWord(toks[q].text) || rec.fieldWord(toks[q].text)) {
			known = known || rec.portfolioWord(toks[q].text)
			q++
		}
		if q == j {
			break
		}
		if j == k+1 || toks[j-1].text == "and" {
			e = q
		}
		if q+1 < len(toks) && (toks[q].text == "," || toks[q].text == "and") && toks[q+1].isCap() {
			j = q + 1
			continue
		}
		break
	}
	if !known || e == k || e < len(toks) && toks[e].text != "," && toks[e].text != "." && !(toks[e].text == "of" && e+1 < len(toks) && toks[e+1].isCap()) {
		return k
	}
	return e
}

// unitThenBody is the end of a unit's lower-case name starting at b ("the
// pricing desk", "domestic sales") where "at" or "with" and a body follow
// it, or b.
func unitThenBody(toks []token, b int) int {
	j := b
	if j < len(toks) && toks[j].text == "the" {
		j++
	}
	n := 0
	// the tagger reads some unit words as verbs ("emerging markets",
	// "rates team")
	for j < len(toks) && n < 5 && unicode0Lower(toks[j].text) && (strings.HasPrefix(toks[j].pos, "NN") || strings.HasPrefix(toks[j].pos, "JJ") || toks[j].pos == "VB" || toks[j].pos == "VBG" || toks[j].pos == "VBZ" || toks[j].pos == "VBP" || toks[j].text == "and") && !saysVerbs[toks[j].text] {
		j++
		n++
	}
	if n == 0 || j+1 >= len(toks) || toks[j].text != "at" && toks[j].text != "with" || toks[j-1].text == "and" {
		return b
	}
	return j
}

// countryNouns stand for a country the story has named ("the country's
// president", "the kingdom's oil minister").
var countryNouns = set("country", "nation", "kingdom", "republic", "emirate", "sultanate")

// lastCountryBefore is the country the story names last before token k of
// sentence si, by its name or its people ("Malawian"), or "".
func (d *doc) lastCountryBefore(si, k int) string {
	for s := si; s >= 0 && s >= si-4; s-- {
		toks := d.sents[s].tokens
		end := len(toks)
		if s == si {
			end = k
		}
		for q := end - 1; q >= 0; q-- {
			if om := d.mentionAt(s, q); om != nil && d.x.gz.isCountry(d.ents[om.ent].name) {
				return d.ents[om.ent].name
			}
			if c := d.x.gz.demonym[key(toks[q].text)]; c != "" && toks[q].isCap() {
				return c
			}
		}
	}
	return ""
}

// partyWords describe a party or another body by its place in politics
// before its name ("the opposition Kell Workers Party", "the ruling Y").
var partyWords = set("opposition", "ruling", "governing", "main", "largest", "centrist", "conservative", "liberal", "nationalist",
	"leftist", "rightist", "left-wing", "right-wing", "far-right", "far-left", "centre-left", "centre-right", "center-left", "center-right", "socialist", "separatist", "rebel")

// unitOfBody is the end of a unit's lower-case name starting at b ("the
// trade department", "the Asia desk") where "of" and a body or a country
// follow it ("head of the trade department of Kell's commerce ministry"),
// or b.
func (d *doc) unitOfBody(si, b int) int {
	toks := d.sents[si].tokens
	j := b
	if j < len(toks) && toks[j].text == "the" {
		j++
	}
	n := 0
	for j < len(toks) && n < 4 && unicode0Lower(toks[j].text) && strings.HasPrefix(toks[j].pos, "NN") {
		j++
		n++
	}
	if n == 0 || j+1 >= len(toks) || toks[j].text != "of" || !unitNouns[toks[j-1].text] {
		return b
	}
	c := j + 1
	if toks[c].text == "the" && c+1 < len(toks) {
		c++
	}
	if om := d.bodyAt(si, c); om != nil && om.i == c {
		return j
	}
	return b
}

// unitNouns name a part of a body that has a head of its own.
var unitNouns = set("department", "division", "bureau", "directorate", "desk", "unit", "section", "office", "branch", "wing", "team")

// officeVerbs name, in a relative clause, the office a person holds in the
// body that is the verb's object: "X, who heads the Kestrel Fund,". A
// verb in the past tells an office held before.
var officeVerbs = map[string]string{"heads": "Head", "leads": "Leader", "chairs": "Chair", "runs": "Head", "directs": "Director",
	"headed": "Head", "led": "Leader", "chaired": "Chair", "ran": "Head", "directed": "Director", "founded": "Founder",
	"owns": "Owner", "co-founded": "Co-Founder"}

// brokerNouns say what the firm an analyst or an economist works at is
// ("an analyst at brokers Baird Securities").
var brokerNouns = set("broker", "brokers", "brokerage", "stockbroker", "stockbrokers", "consultancy", "consultants", "dealers", "dealer")

// partyMember reads a party's member of a house written after the name
// from token k ("X, a Tory MP,", "X, the Labour MP for Dunmore North,",
// "X, a senior Liberal Democrat MP,"): the seat is the party's.
func partyMember(toks []token, k int) *roleClaim {
	if k < len(toks) && (strings.EqualFold(toks[k].text, "the") || toks[k].text == "a" || toks[k].text == "an") {
		k++
	}
	for k < len(toks) && (toks[k].text == "senior" || toks[k].text == "veteran" || toks[k].text == "backbench" || toks[k].text == "former") {
		k++
	}
	full, n := partyAt(toks, k)
	h := k + n
	if full == "" || h >= len(toks) || !memberSeats[toks[h].text] {
		return nil
	}
	e := h + 1
	if e+1 < len(toks) && toks[e].text == "for" && toks[e+1].isCap() {
		for e++; e < len(toks) && toks[e].isCap() && toks[e].isWord(); e++ {
		}
	}
	if e < len(toks) && toks[e].text != "," && toks[e].text != "." && toks[e].text != ";" && !isDash(toks[e].text) {
		return nil
	}
	return &roleClaim{title: toks[h].text, of: full, ofType: newsgraph.Organization}
}

// partyAt is the party whose word (one or two tokens) opens at token k,
// and its length, or "" and 0.
func partyAt(toks []token, k int) (string, int) {
	if k+1 < len(toks) {
		if full := parties[span(toks, k, k+2)]; full != "" {
			return full, 2
		}
	}
	if k < len(toks) {
		if full := parties[toks[k].text]; full != "" {
			return full, 1
		}
	}
	return "", 0
}

// memberSeats are the seats a party's member holds, as written after the
// party ("a Tory MP").
var memberSeats = set("MP", "MEP", "MSP", "lawmaker", "legislator", "senator", "congressman", "congresswoman", "councillor")

// ownerPlurals are the owners and makers of a body that a story counts
// one of ("X, one of the owners of Y,"), with the office each holds.
var ownerPlurals = map[string]string{"owners": "Owner", "co-owners": "Co-Owner", "founders": "Founder", "co-founders": "Co-Founder",
	"partners": "Partner", "directors": "Director"}

// oneOfOwners reads "one of the owners of Kestrel Air" at token k after
// m's name and a comma: the owner's office, of the body named whole
// right after and ending the apposition.
func (d *doc) oneOfOwners(m *mention, k int) *roleClaim {
	toks := d.sents[m.sent].tokens
	if k+5 >= len(toks) || toks[k].text != "one" || toks[k+1].text != "of" || toks[k+2].text != "the" || toks[k+4].text != "of" {
		return nil
	}
	title := ownerPlurals[toks[k+3].text]
	b := k + 5
	if toks[b].text == "the" {
		b++
	}
	bm := d.bodyAt(m.sent, b)
	if title == "" || bm == nil || d.ents[bm.ent].typ == newsgraph.GPE {
		return nil
	}
	if bm.j < len(toks) && toks[bm.j].text != "," && toks[bm.j].text != "." {
		return nil
	}
	return &roleClaim{title: title, of: d.ents[bm.ent].name, ofType: d.ents[bm.ent].typ}
}

// leadRole reads the office of the relative clause whose verb is at k
// ("X, who heads the Nordic Press Council,", "X, who has led the union
// since 2019,"): the object must be a body's whole name, ended by the
// clause's end or a preposition ("who heads the Kestrel Fund's bond
// desk" names a unit, not the body's head).
func (d *doc) leadRole(m *mention, k int) *roleClaim {
	toks := d.sents[m.sent].tokens
	b := k + 1
	if b < len(toks) && strings.EqualFold(toks[b].text, "the") {
		b++
	}
	bm := d.bodyAt(m.sent, b)
	if bm == nil || d.ents[bm.ent].typ != newsgraph.Organization {
		return nil
	}
	if bm.j < len(toks) {
		switch e := toks[bm.j]; {
		case e.text == "," || e.text == "." || e.text == ";" || e.text == "and" || isDash(e.text):
		case e.pos == "IN" && e.text != "of" && e.text != "'s":
		default:
			return nil
		}
	}
	w := toks[k].text
	rc := &roleClaim{title: officeVerbs[w], of: d.ents[bm.ent].name, ofType: newsgraph.Organization}
	// "who headed", "who had led": an office held before; "who has led",
	// "who founded": still the holder's
	aux := toks[k-1].text
	if w != "founded" && strings.HasSuffix(w, "ed") || w == "led" || w == "ran" {
		rc.former = aux != "has" && aux != "have"
	}
	return rc
}

// counterpart is the role of the person whose "counterpart" is named at
// token k: the possessor's own title, of another country.
func (d *doc) counterpart(si, k int) *roleClaim {
	var owner *mention
	for _, mi := range d.bySent[si] {
		m := &d.mentions[mi]
		if m.kind == named && m.i >= 0 && m.i < k && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person {
			owner = m
		}
	}
	if owner == nil {
		return nil
	}
	// "Mr Lind met his counterpart": the owner titled elsewhere in the story
	r := owner.role
	if r == nil {
		r = d.titleOf(owner.ent)
	}
	if r == nil {
		return nil
	}
	return &roleClaim{title: r.title, counterpartOf: r.of}
}

// titleOf is the first title the story states next to a name of person
// ei (not itself a counterpart's), or nil.
func (d *doc) titleOf(ei int) *roleClaim {
	for _, mi := range d.ents[ei].mentions {
		if r := d.mentions[mi].role; r != nil && r.title != "" && !strings.EqualFold(r.title, "counterpart") {
			return r
		}
	}
	return nil
}

// ministerTitle is a US or British "secretary" title the way most other
// countries name the office: "Secretary of State" is "Foreign Minister",
// "Defense Secretary" is "Defense Minister".
func ministerTitle(t string) string {
	t = normTitle(t)
	switch {
	case t == "Secretary of State":
		return "Foreign Minister"
	case strings.HasPrefix(t, "Secretary of "):
		return strings.TrimPrefix(t, "Secretary of ") + " Minister"
	case strings.HasSuffix(t, " Secretary") && t != "General Secretary" && t != "Chief Cabinet Secretary":
		return strings.TrimSuffix(t, " Secretary") + " Minister"
	}
	return t
}

func unicode0Lower(s string) bool { return s != "" && s[0] >= 'a' && s[0] <= 'z' }

// mentionEndingAt is the first named mention of sentence si whose last
// token is tok, or nil.
func (d *doc) mentionEndingAt(si, tok int) *mention {
	if mi, ok := d.namedEnding[[2]int{si, tok + 1}]; ok {
		return &d.mentions[mi]
	}
	return nil
}

// lowerOffice names the office a title written in lower case stands for:
// the words capitalised, and a "premier", which British copy writes for
// any head of government ("the Turkish premier"), the prime minister; a
// capitalised "Premier" is a title of its own (a province's, a state
// council's) and keeps its word.
func lowerOffice(s string) string {
	t := titleCase(strings.ToLower(s))
	if w := strings.Fields(t); len(w) > 0 && w[len(w)-1] == "Premier" {
		w[len(w)-1] = "Prime Minister"
		t = strings.Join(w, " ")
	}
	return t
}

func titleCase(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if w == "of" || w == "for" || w == "and" || w == "the" || w == "to" {
			continue
		}
		if strings.ToLower(w) == "ceo" {
			f[i] = "CEO"
			continue
		}
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(f, " ")
}

// normTitle writes a title in full words, in the text's own wording: a
// "Premier" or a "Minister of Foreign Affairs" keeps the title the story
// gives (the office's holder is known by it there).
func normTitle(t string) string {
	t = titleCase(strings.TrimSpace(t))
	if w := strings.Fields(t); len(w) > 0 && strings.EqualFold(w[len(w)-1], "pm") {
		w[len(w)-1] = "Prime Minister" // "deputy PM X"
		t = strings.Join(w, " ")
	}
	if strings.Contains(t, ".") {
		// "Lt. Gov. X", "State Sen. Y": the office in full words
		w := strings.Fields(t)
		for i := range w {
			if full, ok := titleAbbrevs[w[i]]; ok {
				w[i] = full
			}
		}
		t = strings.Join(w, " ")
	}
	return t
}

// titleAbbrevs are the dotted short forms of offices and ranks that
// American news writes before a name, and the words they stand for.
var titleAbbrevs = map[string]string{"Gov.": "Governor", "Lt.": "Lieutenant", "Sen.": "Senator", "Rep.": "Representative",
	"Atty.": "Attorney", "Gen.": "General", "Col.": "Colonel", "Capt.": "Captain", "Maj.": "Major", "Adm.": "Admiral",
	"Sgt.": "Sergeant", "Cmdr.": "Commander", "Cdr.": "Commander", "Brig.": "Brigadier", "Supt.": "Superintendent",
	"Insp.": "Inspector", "Det.": "Detective", "Prof.": "Professor", "Cpl.": "Corporal", "Pvt.": "Private"}

// portfolioAnd: the "and" at p joins two portfolios of one lower-case
// title ("mining and transport minister"), ending before end.
func portfolioAnd(toks []token, p, end int) bool {
	return toks[p].text == "and" && p > 0 && p+1 < end && lowerTitleMods[toks[p-1].text] && lowerTitleMods[toks[p+1].text]
}

// portfolioEnd is the end of the portfolio after a title noun at token k
// ("minister for trade and industry", "secretary of state for health"):
// "of" or "for" followed by lower-case nouns and adjectives joined by "and"
// or commas up to the end of the apposition. It returns k when no such
// portfolio follows: a determiner ("spokesman for the firm"), a name or a
// clause is no portfolio.
func portfolioEnd(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k].text != "of" && toks[k].text != "for" {
		return k
	}
	j, words := k+1, 0
	for ; j < len(toks) && words < 6; j++ {
		w := toks[j].text
		if w == "and" && words > 0 {
			continue
		}
		if w == "state" && words == 0 && toks[k].text == "of" && j+1 < len(toks) && toks[j+1].text == "for" {
			j++ // "secretary of state for health"
			continue
		}
		if !unicode0Lower(w) || lowerStops[w] || !strings.HasPrefix(toks[j].pos, "NN") && toks[j].pos != "JJ" {
			break
		}
		words++
	}
	// (or at the "of" of the state or body whose office it is: "minister
	// of foreign affairs of Angola")
	if words == 0 || toks[j-1].text == "and" || j < len(toks) && toks[j].text != "," && toks[j].text != "." && !isDash(toks[j].text) && !(toks[j].text == "of" && j+1 < len(toks) && toks[j+1].isCap()) {
		return k
	}
	return j
}

// isDash: a dash that opens or closes an aside ("X, head of Y - the
// state's lender - said").
func isDash(w string) bool { return w == "-" || w == "--" || w == "\u2013" || w == "\u2014" }

// dividedCountries reads a bare "Germany" as West Germany in a story that
// names West Germany or its people and not East Germany: a story of a
// divided country's years (or of one of its halves today) calls the half it
// is about by the whole's short name on second reference.
func (d *doc) dividedCountries() {
	for _, dc := range dividedCountries {
		part := ""
		for _, p := range dc.parts {
			if strings.Contains(d.text, p.marker) {
				if part != "" {
					part = "" // both halves named: a bare name stays the whole
					break
				}
				part = p.name
			}
		}
		if part == "" {
			continue
		}
		for mi := range d.mentions {
			m := &d.mentions[mi]
			if m.kind == named && (m.canon == dc.whole || m.canon == "" && m.text == dc.whole && m.typ == newsgraph.GPE) {
				m.canon, m.strong = part, true
			}
		}
	}
}

// dividedCountries are the countries news has named by halves, each half
// with the words that name it or its people (a prefix of both its name and
// its demonym where they share one: "West German" is in "West Germany").
var dividedCountries = []struct {
	whole string
	parts []struct{ name, marker string }
}{
	{"Germany", []struct{ name, marker string }{{"West Germany", "West German"}, {"East Germany", "East German"}}},
	{"Korea", []struct{ name, marker string }{{"South Korea", "South Korea"}, {"North Korea", "North Korea"}}},
	{"Yemen", []struct{ name, marker string }{{"North Yemen", "North Yemen"}, {"South Yemen", "South Yemen"}}},
	{"Vietnam", []struct{ name, marker string }{{"North Vietnam", "North Vietnam"}, {"South Vietnam", "South Vietnam"}}},
}
