package ingest

import (
	"context"
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

	mu   sync.Mutex
	keys []string             // alias keys looked up
	ents []newsgraph.EntityID // entities whose events were looked up
}

func (v *view) EntitiesByKey(ctx context.Context, key string) ([]newsgraph.Entity, error) {
	v.mu.Lock()
	v.keys = append(v.keys, key)
	v.mu.Unlock()
	return entitiesByKey(ctx, v.c, key, v.doc)
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
func entitiesByKey(ctx context.Context, c *cache, key string, doc newsgraph.DocumentID) ([]newsgraph.Entity, error) {
	cands, ms, err := c.get(ctx, key)
	if err != nil || len(cands) == 0 {
		return nil, err
	}
	var out []newsgraph.Entity
	for _, c := range cands {
		typ, slug, ok := splitEntityID(c.ID)
		if !ok {
			continue
		}
		self := map[newsgraph.DocumentID]bool{}
		names := map[string]int{}
		for _, m := range ms[c.ID] {
			if d := m.Evidence.Document; d != doc && newsgraph.Slug(m.Text) == slug {
				self[d] = true
				names[m.Text]++
			}
		}
		if len(self) == 0 {
			continue
		}
		e := newsgraph.Entity{ID: c.ID, Type: typ, Name: vote(names), Mentions: len(self)}
		keys := map[string]bool{}
		var texts []string
		for _, m := range ms[c.ID] {
			if self[m.Evidence.Document] {
				if k := newsgraph.AliasKey(m.Text); !keys[k] {
					keys[k] = true
					texts = append(texts, m.Text)
				}
			}
		}
		if sn := surname(typ, e.Name, texts); sn != "" && !keys[newsgraph.AliasKey(sn)] {
			keys[newsgraph.AliasKey(sn)] = true
			texts = append(texts, sn)
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
				if self[s.Document] {
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
	return out, nil
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

// vote is the most frequent name, the smallest of equals.
func vote(names map[string]int) string {
	best, n := "", 0
	for s, c := range names {
		if c > n || c == n && s < best {
			best, n = s, c
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

// cache keeps, per alias key, the entities answering to it and their
// mentions as the store folds them: what entitiesByKey reads. A write drops
// the keys it may change (see forget), so reads cost a map lookup until then.
type cache struct {
	g Graph

	mu       sync.Mutex
	gen      uint64 // bumped by every forget: a read begun before it is not kept
	keys     map[string]*cached
	byEntity map[newsgraph.EntityID]map[string]bool // entity -> the keys whose answer holds it
}

// mentionRefs is a graph that lists mentions without their sentences'
// text (see store.MentionRefs), which the cache's readers never read.
type mentionRefs interface {
	MentionRefs(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.Mention, error)
}

type cached struct {
	cands []newsgraph.Entity
	ms    map[newsgraph.EntityID][]newsgraph.Mention
}

func newCache(g Graph) *cache {
	return &cache{g: g, keys: map[string]*cached{}, byEntity: map[newsgraph.EntityID]map[string]bool{}}
}

// get returns the entities answering to key and their mentions; the caller
// must not change them.
func (c *cache) get(ctx context.Context, key string) ([]newsgraph.Entity, map[newsgraph.EntityID][]newsgraph.Mention, error) {
	c.mu.Lock()
	if e, ok := c.keys[key]; ok {
		c.mu.Unlock()
		return e.cands, e.ms, nil
	}
	gen := c.gen
	c.mu.Unlock()
	cands, err := c.g.EntitiesByKey(ctx, key)
	if err != nil {
		return nil, nil, err
	}
	var ms map[newsgraph.EntityID][]newsgraph.Mention
	if len(cands) > 0 {
		ids := make([]newsgraph.EntityID, len(cands))
		for i, e := range cands {
			ids[i] = e.ID
		}
		if mr, ok := c.g.(mentionRefs); ok {
			ms, err = mr.MentionRefs(ctx, ids)
		} else {
			ms, err = c.g.Mentions(ctx, ids)
		}
		if err != nil {
			return nil, nil, err
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen == gen { // no write since the reads began
		c.keys[key] = &cached{cands: cands, ms: ms}
		for _, e := range cands {
			if c.byEntity[e.ID] == nil {
				c.byEntity[e.ID] = map[string]bool{}
			}
			c.byEntity[e.ID][key] = true
		}
	}
	return cands, ms, nil
}

// reset drops every answer: what was written by other means (a curation
// decision, another process) since is read again.
func (c *cache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	clear(c.keys)
	clear(c.byEntity)
}

// forget drops the answers a write may change: those of its alias keys and
// those holding an entity it names.
func (c *cache) forget(keys []string, ents []newsgraph.EntityID) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
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
}
