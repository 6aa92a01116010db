package ingest

import (
	"context"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph"
)

// Lookup is what extraction reads of the graph built so far.
type Lookup interface {
	EntitiesByKey(ctx context.Context, key string) ([]newsgraph.Entity, error)
	EventsOf(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.EventID, error)
	Events(ctx context.Context, ids []newsgraph.EventID) (map[newsgraph.EventID]*newsgraph.Event, error)
}

// Graph is what the service reads of the store: what extraction consults,
// and what it needs to find the documents a write affects.
type Graph interface {
	Lookup
	Mentions(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.Mention, error)
	DocumentMentions(ctx context.Context, id newsgraph.DocumentID) ([]newsgraph.Mention, error)
	EventsIn(ctx context.Context, ids []newsgraph.DocumentID) (map[newsgraph.DocumentID][]newsgraph.EventID, error)
	Documents(ctx context.Context, ids []newsgraph.DocumentID) (map[newsgraph.DocumentID]*newsgraph.Document, error)
}

// Without is the graph as the documents other than doc state it: what
// extraction of doc may know. Its answers are a function of the set of the
// other documents, not of the order they came in:
//
//   - an entity answers to a name only as the documents that name it in full
//     state it (its self-naming documents: a mention whose text mints its id),
//     never through what other documents resolved to it, so that one
//     document's resolution cannot feed another's;
//   - roles are those the self-naming documents state (the extractor
//     trusts a role's country only where its sentence names the country);
//   - events drop what doc said of them (a document sent again is extracted
//     against the graph the others built, not merged with its own facts).
func Without(g Graph, doc newsgraph.DocumentID) Lookup {
	return &view{g: g, c: newCache(g), doc: doc}
}

// view is Without's graph; it records what it was asked, so that the writer
// can tell whether a later write changed the answers an extraction used.
type view struct {
	g   Graph
	c   *cache
	doc newsgraph.DocumentID

	mu      sync.Mutex
	ents    []newsgraph.EntityID // entities whose events were looked up
	pending []string             // alias keys looked up since the last Used
	uses    []use                // what the extraction used of the answers it got
}

// use is what an extraction used of the answers to keys: same reports
// whether answers (a fresh slice per key, which it may reorder) lead the
// extraction where the answers it got did; nil: it used the whole answer
// of its one key. rec is same as the extractor records it (see
// extract.Witness), empty where it gave none; a use the service keeps for
// a stored document may hold rec alone, its test built from it when asked
// (see Service.recorded).
type use struct {
	keys []string
	rec  string
	same func(answer func(key string) []newsgraph.Entity) bool
}

func (v *view) EntitiesByKey(ctx context.Context, key string) ([]newsgraph.Entity, error) {
	v.mu.Lock()
	v.pending = append(v.pending, key)
	v.mu.Unlock()
	return entitiesByKey(ctx, v.c, key, v.doc)
}

// Used is told by an extractor what it used of the answers to keys, which
// it looked up since the previous Used (extract's Witness). A key looked
// up but not accounted for by the Used after it counts as used whole.
func (v *view) Used(keys []string, rec string, same func(answer func(key string) []newsgraph.Entity) bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.claim(keys)
	if same == nil {
		rec = ""
	}
	v.uses = append(v.uses, use{keys: keys, rec: rec, same: same})
}

// claim takes every pending key not among keys as used whole. Caller
// holds v.mu.
func (v *view) claim(keys []string) {
	for _, k := range v.pending {
		if !slices.Contains(keys, k) {
			v.uses = append(v.uses, use{keys: []string{k}})
		}
	}
	v.pending = nil
}

// used is what the extraction used of the answers it got, each key it
// looked up accounted for.
func (v *view) used() []use {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.claim(nil)
	return v.uses
}

func (v *view) EventsOf(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.EventID, error) {
	v.mu.Lock()
	v.ents = append(v.ents, ids...)
	v.mu.Unlock()
	return v.g.EventsOf(ctx, ids)
}

// Events drops the events only doc supports and doc's claims on the rest.
func (v *view) Events(ctx context.Context, ids []newsgraph.EventID) (map[newsgraph.EventID]*newsgraph.Event, error) {
	m, err := v.g.Events(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make(map[newsgraph.EventID]*newsgraph.Event, len(m))
	for id, ev := range m {
		var sources []newsgraph.Evidence
		for _, s := range ev.Sources {
			if s.Document != v.doc {
				sources = append(sources, s)
			}
		}
		if len(sources) == 0 {
			continue
		}
		if len(sources) < len(ev.Sources) {
			cp := *ev
			cp.Sources = sources
			cp.Claims = nil
			for _, c := range ev.Claims {
				if c.Document != v.doc {
					cp.Claims = append(cp.Claims, c)
				}
			}
			ev = &cp
		}
		out[id] = ev
	}
	return out, nil
}

// entitiesByKey answers EntitiesByKey from the self-naming documents other
// than doc (doc empty: every document). An entity is returned with the name,
// type, alias keys and roles those documents give it; the type is the one
// its id was minted with, and Mentions counts its self-naming documents.
// It reads the candidates' summaries (see summarise), which a cached answer
// builds once: a lookup costs the candidates' names and roles, not every
// mention of a much-mentioned entity.
func entitiesByKey(ctx context.Context, c *cache, key string, doc newsgraph.DocumentID) ([]newsgraph.Entity, error) {
	for {
		cands, sums, at, err := c.get(ctx, key)
		if err != nil || len(cands) == 0 {
			return nil, err
		}
		// The writer updates summaries in place (see cache.write): read
		// them under the read lock, and only as they were when got.
		c.mu.RLock()
		ok := c.current(at)
		var out []newsgraph.Entity
		if ok {
			out = answer(cands, sums, key, doc)
		}
		c.mu.RUnlock()
		if ok {
			return out, nil
		}
		c.idle()
	}
}

// answer is entitiesByKey's answer from the candidates and their summaries.
func answer(cands []newsgraph.Entity, sums []*summary, key string, doc newsgraph.DocumentID) []newsgraph.Entity {
	var out []newsgraph.Entity
	for i, c := range cands {
		sum := sums[i]
		if sum == nil {
			continue
		}
		own := sum.self[doc] // nil: doc does not name c in full
		n := len(sum.self)
		if own != nil {
			n--
		}
		if n == 0 {
			continue
		}
		e := newsgraph.Entity{ID: c.ID, Type: sum.typ, Name: sum.name, Mentions: n}
		if own != nil {
			e.Name = sum.voteWithout(own)
		}
		keys := map[string]bool{}
		var texts []string
		for k, at := range sum.keys {
			text := at.first.text
			if at.first.doc == doc {
				if at.second.doc == "" {
					continue // doc alone gives the key
				}
				text = at.second.text
			}
			keys[k] = true
			texts = append(texts, text)
		}
		if sn := surname(sum.typ, e.Name, texts); sn != "" && !keys[newsgraph.AliasKey(sn)] {
			keys[newsgraph.AliasKey(sn)] = true
			texts = append(texts, sn)
		}
		if sum.typ == newsgraph.Organization {
			for _, a := range newsgraph.ShortForms(sum.typ, e.Name) {
				if k := newsgraph.AliasKey(a); !keys[k] {
					keys[k] = true // as the surname: "VTC" of "Velmoran Trade Council"
					texts = append(texts, a)
				}
			}
		}
		if !keys[key] {
			continue
		}
		sort.Strings(texts)
		e.Aliases = texts
		for _, r := range c.Roles {
			if r.OfName == "" {
				continue
			}
			var src []newsgraph.Evidence
			for _, s := range r.Sources {
				if s.Document != doc && sum.self[s.Document] != nil {
					src = append(src, s)
				}
			}
			if len(src) > 0 {
				r.Sources = src
				e.Roles = append(e.Roles, r)
			}
		}
		out = append(out, e)
	}
	return out
}

// summary is what entitiesByKey reads of one candidate's mentions, for
// every document at once; it holds per document what that document adds,
// so that the answer without one document costs no pass over the mentions.
type summary struct {
	docs  map[newsgraph.DocumentID]struct{} // every document mentioning it
	typ   newsgraph.EntityType
	self  map[newsgraph.DocumentID]docNames // the self-naming documents (never empty)
	names map[string]int                    // the self-naming mentions' texts
	name  string                            // their vote
	keys  map[string]*keyTexts              // alias keys of the self-naming documents' mentions

	// What patch needs to take a document's mentions back: the slug
	// self-naming mentions have, and per alias key the text each
	// self-naming document first writes it in.
	slug    string
	keyDocs map[string]map[newsgraph.DocumentID]string
}

// docNames is what one self-naming document adds to a summary: its
// self-naming mentions' texts, counted, in the order first given. A
// document names an entity in a text or two: a slice, not a map, as a
// summary holds one per document naming a much-named entity, alive for a
// whole Run, which the garbage collector scans again at every cycle.
type docNames []nameCount

type nameCount struct {
	text string
	n    int
}

// count is how many of the document's self-naming mentions read t.
func (d docNames) count(t string) int {
	for _, x := range d {
		if x.text == t {
			return x.n
		}
	}
	return 0
}

// inc counts one more mention reading t.
func (d docNames) inc(t string) docNames {
	for i := range d {
		if d[i].text == t {
			d[i].n++
			return d
		}
	}
	return append(d, nameCount{text: t, n: 1})
}

// keyTexts is the text an alias key is first written in, in mention order
// (document id, then offset), by the first document giving the key and by
// the first other one: the text without either of those documents.
type keyTexts struct {
	first, second struct {
		doc  newsgraph.DocumentID
		text string
	}
}

// summarise builds the summary of candidate c from its mentions ms (in the
// store's order: document id, then offset); nil where c's id is not one
// minted from a type and a name.
func summarise(c newsgraph.EntityID, ms []newsgraph.Mention) *summary {
	typ, slug, ok := splitEntityID(c)
	if !ok {
		return nil
	}
	s := &summary{docs: map[newsgraph.DocumentID]struct{}{}, typ: typ, self: map[newsgraph.DocumentID]docNames{}, names: map[string]int{}, keys: map[string]*keyTexts{},
		slug: slug, keyDocs: map[string]map[newsgraph.DocumentID]string{}}
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && ms[j].Evidence.Document == ms[i].Evidence.Document {
			j++
		}
		s.add(ms[i].Evidence.Document, ms[i:j])
		i = j
	}
	s.name = vote(s.names)
	return s
}

// add counts one document's mentions ms (in offset order), which the
// summary does not hold yet. The caller votes the name again.
func (s *summary) add(doc newsgraph.DocumentID, ms []newsgraph.Mention) {
	if len(ms) == 0 {
		return
	}
	s.docs[doc] = struct{}{}
	var d docNames
	for _, m := range ms {
		if newsgraph.Slug(m.Text) != s.slug {
			continue
		}
		d = d.inc(m.Text)
		s.names[m.Text]++
	}
	if d == nil {
		return
	}
	s.self[doc] = d
	for _, m := range ms {
		k := newsgraph.AliasKey(m.Text)
		texts := s.keyDocs[k]
		if texts == nil {
			texts = map[newsgraph.DocumentID]string{}
			s.keyDocs[k] = texts
		}
		if _, ok := texts[doc]; ok {
			continue
		}
		texts[doc] = m.Text
		at := s.keys[k]
		switch {
		case at == nil:
			at = &keyTexts{}
			at.first.doc, at.first.text = doc, m.Text
			s.keys[k] = at
		case doc < at.first.doc:
			at.second = at.first
			at.first.doc, at.first.text = doc, m.Text
		case at.second.doc == "" || doc < at.second.doc:
			at.second.doc, at.second.text = doc, m.Text
		}
	}
}

// remove takes back what document doc added. The caller votes the name
// again.
func (s *summary) remove(doc newsgraph.DocumentID) {
	delete(s.docs, doc)
	d := s.self[doc]
	if d == nil {
		return
	}
	delete(s.self, doc)
	for _, x := range d {
		t, n := x.text, x.n
		if s.names[t] -= n; s.names[t] <= 0 {
			delete(s.names, t)
		}
	}
	for k, texts := range s.keyDocs {
		if _, ok := texts[doc]; !ok {
			continue
		}
		delete(texts, doc)
		at := s.keys[k]
		if len(texts) == 0 {
			delete(s.keyDocs, k)
			delete(s.keys, k)
			continue
		}
		if at.first.doc != doc && at.second.doc != doc {
			continue
		}
		// The first or second document giving k left: find the two
		// earliest of those that remain.
		*at = keyTexts{}
		for o, text := range texts {
			switch {
			case at.first.doc == "" || o < at.first.doc:
				at.second = at.first
				at.first.doc, at.first.text = o, text
			case at.second.doc == "" || o < at.second.doc:
				at.second.doc, at.second.text = o, text
			}
		}
	}
}

// patch replaces what document doc adds to the summary by its mentions
// ms now (in offset order): the summary then is what summarise gives of
// the entity's mentions after doc was written, at the cost of doc's.
func (s *summary) patch(doc newsgraph.DocumentID, ms []newsgraph.Mention) {
	s.remove(doc)
	s.add(doc, ms)
	s.name = vote(s.names)
}

// answersTo lists the alias keys the entity may answer to, as every
// document or every document but one sees it: its self-naming documents'
// mentions' keys, for a person the family name of each name it goes by,
// and for an organisation the initials of each (newsgraph.Initials).
func (s *summary) answersTo() []string {
	var out []string
	for k := range s.keys {
		out = append(out, k)
	}
	if s.typ == newsgraph.Person {
		for n := range s.names {
			if fn := newsgraph.FamilyName(n); fn != "" {
				out = append(out, newsgraph.AliasKey(fn))
			}
		}
	}
	if s.typ == newsgraph.Organization {
		for n := range s.names {
			for _, a := range newsgraph.ShortForms(s.typ, n) {
				out = append(out, newsgraph.AliasKey(a))
			}
		}
	}
	return out
}

// voteWithout is the name vote without one self-naming document's texts.
func (s *summary) voteWithout(own docNames) string {
	best, n := "", 0
	for t, c := range s.names {
		if c -= own.count(t); c <= 0 {
			continue
		}
		if b := bits.Len(uint(c)); b > n || b == n && t < best {
			best, n = t, b
		}
	}
	return best
}

// splitEntityID reads the type and name slug an entity id was minted with.
func splitEntityID(id newsgraph.EntityID) (newsgraph.EntityType, string, bool) {
	rest, ok := strings.CutPrefix(string(id), newsgraph.EntityIRI)
	if !ok {
		return "", "", false
	}
	t, slug, ok := strings.Cut(rest, ":")
	if !ok {
		return "", "", false
	}
	for _, et := range newsgraph.EntityTypes {
		if strings.ToLower(string(et)) == t {
			return et, slug, true
		}
	}
	return "", "", false
}

// vote is the most frequent name, counted to the power of two below (1,
// 2-3, 4-7, ...), the smallest of equals. The names are one name's case
// and punctuation variants ("Harrow Mills PLC", "Harrow Mills Plc"; they
// mint one id): counted one by one, two that a batch gives about as often
// take the lead in turn, and every story reading the name (a news agency's
// holding company, read by each story it files) would be read again at
// each turn; counted so, a variant leads another only at twice its count,
// and the lead changes a few times as the counts grow, whatever they are.
// A variant one story gives never outvotes one that two or more give.
func vote(names map[string]int) string {
	best, n := "", 0
	for s, c := range names {
		if b := bits.Len(uint(c)); b > n || b == n && s < best {
			best, n = s, b
		}
	}
	return best
}

// surname is the family name the extractor adds as an alias of a person
// named by a given name and a family name ("Marco Rubio" -> "Rubio",
// "George W Bush" -> "Bush"), so
// that a later article's "Rubio" finds him; empty where it adds none.
func surname(t newsgraph.EntityType, name string, texts []string) string {
	if t != newsgraph.Person {
		return ""
	}
	fn := newsgraph.FamilyName(name)
	if fn == "" || slices.Contains(texts, strings.Fields(name)[0]) {
		return ""
	}
	return fn
}

// cache keeps, per alias key, the entities answering to it as the store
// folds them, and per entity the summary of its mentions: what
// entitiesByKey reads. A write drops the keys it may change and updates
// the summaries of the entities it names with what the document now says
// of them (see write), so reads cost a map lookup until then, and a
// much-mentioned entity's summary costs one document's mentions per
// write, not all of its own.
type cache struct {
	g Graph

	mu       sync.RWMutex
	idleCond *sync.Cond
	gen      uint64 // bumped as a write begins and ends: a read begun before it is not kept
	patched  uint64 // bumped as kept answers and summaries change (a write's end, reset)
	writing  bool   // between a write's begin and end: summaries are being updated
	keys     map[string]*cached
	byEntity map[newsgraph.EntityID]map[string]bool // entity -> the keys whose answer holds it
	sums     map[newsgraph.EntityID]*summary        // nil: an id not minted from a name
}

// mentionRefs is a graph that lists mentions without their sentences'
// text (see store.MentionRefs), which the cache's readers never read.
type mentionRefs interface {
	MentionRefs(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.Mention, error)
}

// mentionsIn is a graph that lists the mentions of entities in one
// document (see store.MentionRefsIn): what a write updates summaries with.
// Without it, a write drops the summaries of the entities it names.
type mentionsIn interface {
	MentionRefsIn(ctx context.Context, ids []newsgraph.EntityID, doc newsgraph.DocumentID) (map[newsgraph.EntityID][]newsgraph.Mention, error)
}

type cached struct {
	cands []newsgraph.Entity
	sums  []*summary // per candidate, see summarise
}

func newCache(g Graph) *cache {
	c := &cache{g: g, keys: map[string]*cached{}, byEntity: map[newsgraph.EntityID]map[string]bool{}, sums: map[newsgraph.EntityID]*summary{}}
	c.idleCond = sync.NewCond(&c.mu)
	return c
}

// stamp is when cache.get read an answer: the generation, the version of
// the kept answers and summaries, and whether the answer was a kept one.
type stamp struct {
	gen, patched uint64
	kept         bool
}

// get returns the entities answering to key and their summaries, and when
// it read them; the caller must not change them, and reads the summaries
// under the read lock, as they were then (see entitiesByKey).
func (c *cache) get(ctx context.Context, key string) ([]newsgraph.Entity, []*summary, stamp, error) {
	c.mu.RLock()
	at := stamp{gen: c.gen, patched: c.patched}
	if e, ok := c.keys[key]; ok {
		c.mu.RUnlock()
		at.kept = true
		return e.cands, e.sums, at, nil
	}
	c.mu.RUnlock()
	gen := at.gen
	cands, err := c.g.EntitiesByKey(ctx, key)
	if err != nil {
		return nil, nil, stamp{}, err
	}
	ids := make([]newsgraph.EntityID, len(cands))
	for i, x := range cands {
		ids[i] = x.ID
	}
	sums, err := c.summaries(ctx, ids)
	if err != nil {
		return nil, nil, stamp{}, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen == gen && !c.writing { // no write since the reads began
		c.keys[key] = &cached{cands: cands, sums: sums}
		for _, x := range cands {
			if c.byEntity[x.ID] == nil {
				c.byEntity[x.ID] = map[string]bool{}
			}
			c.byEntity[x.ID][key] = true
		}
	}
	return cands, sums, at, nil
}

// current reports whether what get read at at is as the cache holds it
// now. A kept answer is read while a write is under way, as the graph was
// before it: an extraction reading it then is one begun before the write,
// which the writer tests (see stale) like any other, and the other core
// goes on extracting while the store writes. Only a kept answer is whole
// so: a read of the store now may take the write's candidates with the
// summaries from before it. Caller holds c.mu (either lock).
func (c *cache) current(at stamp) bool {
	return c.gen == at.gen && !c.writing || at.kept && c.patched == at.patched
}

// idle waits until no write is under way.
func (c *cache) idle() {
	c.mu.Lock()
	for c.writing {
		c.idleCond.Wait()
	}
	c.mu.Unlock()
}

// summaries returns the summaries of ids, in order, reading the mentions
// of those not kept. Only the writer (which updates them) may read the
// summaries it gets outside the read lock.
func (c *cache) summaries(ctx context.Context, ids []newsgraph.EntityID) ([]*summary, error) {
	out := make([]*summary, len(ids))
	var missing []newsgraph.EntityID
	c.mu.RLock()
	gen := c.gen
	for i, id := range ids {
		s, ok := c.sums[id]
		if !ok {
			missing = append(missing, id)
		}
		out[i] = s
	}
	c.mu.RUnlock()
	if len(missing) == 0 {
		return out, nil
	}
	var ms map[newsgraph.EntityID][]newsgraph.Mention
	var err error
	if mr, ok := c.g.(mentionRefs); ok {
		ms, err = mr.MentionRefs(ctx, missing)
	} else {
		ms, err = c.g.Mentions(ctx, missing)
	}
	if err != nil {
		return nil, err
	}
	read := map[newsgraph.EntityID]*summary{}
	for _, id := range missing {
		read[id] = summarise(id, ms[id])
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, id := range ids {
		if s, ok := read[id]; ok {
			out[i] = s
			if c.gen == gen && !c.writing {
				c.sums[id] = s
			}
		}
	}
	return out, nil
}

// reset drops every answer: what was written by other means (a curation
// decision, another process) since is read again.
func (c *cache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.patched++
	clear(c.keys)
	clear(c.byEntity)
	clear(c.sums)
}

// write stores document doc through put, and drops the answers the write
// may change: those of keys and those holding an entity of ents. The
// summaries of ents it keeps are updated with doc's mentions of them after
// put (or dropped, if the graph cannot list them). No reader sees the
// summaries while they change: reads of kept answers go on until then,
// others wait or are read again.
func (c *cache) write(ctx context.Context, doc newsgraph.DocumentID, keys []string, ents []newsgraph.EntityID, put func() error) error {
	c.mu.Lock()
	c.gen++
	c.writing = true
	var kept []newsgraph.EntityID
	for _, id := range uniq(ents) {
		if s, ok := c.sums[id]; ok && s != nil {
			kept = append(kept, id)
		}
	}
	c.mu.Unlock()
	err := put()
	var now map[newsgraph.EntityID][]newsgraph.Mention
	mi, ok := c.g.(mentionsIn)
	if err == nil && ok && len(kept) > 0 {
		now, err = mi.MentionRefsIn(ctx, kept, doc)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	defer c.idleCond.Broadcast()
	c.gen++
	c.patched++
	c.writing = false
	drop := func(k string) {
		if e, ok := c.keys[k]; ok {
			for _, x := range e.cands {
				delete(c.byEntity[x.ID], k)
			}
			delete(c.keys, k)
		}
	}
	for _, k := range keys {
		drop(k)
	}
	for _, id := range ents {
		for k := range c.byEntity[id] {
			drop(k)
		}
		delete(c.byEntity, id)
	}
	if err != nil || !ok {
		for _, id := range ents {
			delete(c.sums, id)
		}
		return err
	}
	for _, id := range ents {
		if s := c.sums[id]; s != nil {
			s.patch(doc, now[id])
		}
	}
	return nil
}
