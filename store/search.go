package store

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// Name search. Every statement states the alias keys (newsgraph.AliasKey) of
// its entity's names, aliases and mention texts. The alias index maps each
// key to the entities stating it, and holds three indexes of the keys, so
// that a search reads the few keys that can match, not every key: the
// first bytes of each word-start suffix of a key (exact keys, whole words
// and prefixes start there), each run of words of a key with each of its
// one-rune deletions (a typo within one edit of a short query leaves a
// deletion in common: Wolf Garbe's symmetric delete), and the letter pairs
// (bigrams) of the longer runs by their length (a typo within two edits of
// a long query keeps all but six of its bigrams, in a run of about its
// length). Each found key is checked against the query. The index is built
// by one pass over the statements on first use and moved by every write
// (cache.go).

// The tiers of newsgraph.EntityMatch, and none.
const (
	TierExact  = newsgraph.MatchExact
	TierWords  = newsgraph.MatchWords
	TierPrefix = newsgraph.MatchPrefix
	TierTypo   = newsgraph.MatchTypo
	noMatch    = TierTypo + 1
)

// The alias index's bounds: startBytes of a word start name its keys for
// the exact, word and prefix tiers; runs of words of up to nearRunes runes
// are held with their deletions (a query of at most 7 runes tolerates one
// edit, so it can match a run of at most 8), runs of gramMin to gramRunes
// runes by their bigrams (longer queries, two edits). A query longer still
// reads every key.
const (
	startBytes = 3
	nearRunes  = 8
	gramMin    = 6
	gramRunes  = 48
)

// aliasIndex is the alias index; a nil *aliasIndex is not built yet.
type aliasIndex struct {
	// The indexes of the keys: each key is listed in them (once or more)
	// while it is numbered, under what keyFeatures gives. near and grams
	// are keyed by hashes: a collision only makes a search check a key
	// more. The lists hold keys by number (id, name): a key is listed
	// some 40 times, and a number takes 4 bytes where a string takes 16
	// (at 19k Reuters stories the lists held 62 MB as strings).
	starts map[string][]uint32 // first 1..startBytes bytes of a word-start suffix -> keys
	near   map[uint64]keyList  // run of nearRunes runes or fewer, or it less one rune -> keys
	grams  map[uint64]keyList  // bigram of a run and its length -> keys

	id   map[string]uint32 // the number of each key the index holds
	name []string          // number -> key ("" when free), in text
	text strArena          // the keys' bytes: 57k keys at 21k stories
	ents []keyEntities     // number -> the entities stating the key
	free []uint32          // numbers of keys taken out, for the next keys
}

// keyEntities are the entities stating one key, with how many of their
// statements do: the one entity in place, as most keys have (53.6k of 57k
// at 21k stories), a map only for a key more entities state. A map per
// key was two objects the collector marked at every cycle.
type keyEntities struct {
	e    newsgraph.EntityID // the one entity, when more is nil
	n    int                // its statements
	more map[newsgraph.EntityID]int
}

// add counts d more statements of e; false when no entity states the key
// any longer.
func (k *keyEntities) add(e newsgraph.EntityID, d int) bool {
	switch {
	case k.more != nil:
		if k.more[e] += d; k.more[e] <= 0 {
			delete(k.more, e)
		}
		if len(k.more) == 1 {
			for x, n := range k.more {
				*k = keyEntities{e: x, n: n}
			}
		}
		return len(k.more) > 0 || k.n > 0
	case k.n > 0 && k.e != e:
		if d > 0 {
			k.more = map[newsgraph.EntityID]int{k.e: k.n, e: d}
			k.e, k.n = "", 0
		}
		return true
	}
	k.e = e
	if k.n += d; k.n <= 0 {
		*k = keyEntities{}
	}
	return k.n > 0
}

// each calls f with each entity and its count.
func (k *keyEntities) each(f func(e newsgraph.EntityID, n int)) {
	if k == nil {
		return
	}
	if k.more == nil {
		if k.n > 0 {
			f(k.e, k.n)
		}
		return
	}
	for e, n := range k.more {
		f(e, n)
	}
}

// keyList is a list of key numbers, its first in place: most features
// list one key (near: 155k features at 21k stories), which then costs the
// collector no object of its own.
type keyList struct {
	first uint32
	rest  []uint32
}

// listedIn adds key number n to l (d > 0) or takes every mention of it
// out; false when the list is empty (l is then not in the map).
func listedIn(l keyList, ok bool, n uint32, d int) (keyList, bool) {
	if d > 0 {
		if !ok {
			return keyList{first: n}, true
		}
		l.rest = append(l.rest, n)
		return l, true
	}
	if !ok {
		return l, false
	}
	rest := slices.DeleteFunc(l.rest, func(k uint32) bool { return k == n })
	if l.first != n {
		return keyList{first: l.first, rest: rest}, true
	}
	if len(rest) == 0 {
		return keyList{}, false
	}
	return keyList{first: rest[0], rest: rest[1:]}, true
}

// each calls f with each number of l.
func (l keyList) each(f func(uint32)) {
	f(l.first)
	for _, k := range l.rest {
		f(k)
	}
}

func newAliasIndex() *aliasIndex {
	return &aliasIndex{starts: map[string][]uint32{},
		near: map[uint64]keyList{}, grams: map[uint64]keyList{}, id: map[string]uint32{}}
}

// keys is the number of keys the index holds.
func (ix *aliasIndex) keys() int { return len(ix.id) }

// entities returns the entities stating key (nil when none does).
func (ix *aliasIndex) entities(key string) *keyEntities {
	if n, ok := ix.id[key]; ok {
		return &ix.ents[n]
	}
	return nil
}

// keyMap is the index as the kept read indexes hold it (snapshot.go):
// key -> entity -> statements stating it.
func (ix *aliasIndex) keyMap() map[string]map[newsgraph.EntityID]int {
	out := make(map[string]map[newsgraph.EntityID]int, len(ix.id))
	for key, n := range ix.id {
		m := map[newsgraph.EntityID]int{}
		ix.ents[n].each(func(e newsgraph.EntityID, c int) { m[e] = c })
		out[key] = m
	}
	return out
}

// number gives key a number, a free one if any.
func (ix *aliasIndex) number(key string) uint32 {
	if n, ok := ix.id[key]; ok {
		return n
	}
	var n uint32
	key = ix.text.copy(key)
	if k := len(ix.free); k > 0 {
		n = ix.free[k-1]
		ix.free = ix.free[:k-1]
		ix.name[n] = key
	} else {
		n = uint32(len(ix.name))
		ix.name = append(ix.name, key)
		ix.ents = append(ix.ents, keyEntities{})
	}
	ix.id[key] = n
	return n
}

// bigrams are the distinct adjacent rune pairs of s.
func bigrams(s string) []string {
	rs := []rune(s)
	seen := map[string]bool{}
	var out []string
	for i := 0; i+1 < len(rs); i++ {
		g := string(rs[i : i+2])
		if !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	return out
}

// gramsOf calls f with the hash of each distinct bigram of s, a run of n
// runes, together with n.
func gramsOf(s string, n int, f func(uint64)) {
	var seen [64]uint64
	k := 0
	var prev rune = -1
	for _, r := range s {
		if prev >= 0 {
			h := uint64(prev)<<40 ^ uint64(r)<<8 ^ uint64(n)
			dup := false
			for _, x := range seen[:min(k, len(seen))] {
				dup = dup || x == h
			}
			if !dup {
				if k < len(seen) {
					seen[k] = h
				}
				k++
				f(h)
			}
		}
		prev = r
	}
}

// hashes are FNV-1a over the bytes of a string and its deletions.
const (
	hashOffset = 14695981039346656037
	hashPrime  = 1099511628211
)

func hashOn(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * hashPrime
	}
	return h
}

// nearOf calls f with the hash of s and of s less each one of its runes.
func nearOf(s string, f func(uint64)) {
	f(hashOn(hashOffset, s))
	for i, r := range s {
		f(hashOn(hashOn(hashOffset, s[:i]), s[i+utf8.RuneLen(r):]))
	}
}

// keyFeatures calls the three functions with what key is indexed under in
// starts, near and grams (the same may come more than once).
func keyFeatures(key string, start func(string), near, gram func(uint64)) {
	var words []int // byte offset of each word
	for i := 0; i < len(key); i++ {
		if key[i] != ' ' && (i == 0 || key[i-1] == ' ') {
			words = append(words, i)
		}
	}
	for wi, at := range words {
		for n := 1; n <= startBytes && at+n <= len(key); n++ {
			start(key[at : at+n])
		}
		for wj := wi; wj < len(words); wj++ {
			end := len(key)
			if wj+1 < len(words) {
				end = words[wj+1] - 1
			}
			run := strings.TrimRight(key[at:end], " ") // as keyTier cuts runs
			n := utf8.RuneCountInString(run)
			if n > gramRunes {
				break
			}
			if n <= nearRunes {
				nearOf(run, near)
			}
			if n >= gramMin {
				gramsOf(run, n, gram)
			}
		}
	}
}

// listed adds key number n to the list (d > 0) or takes every mention of
// it out.
func listed(list []uint32, n uint32, d int) []uint32 {
	if d > 0 {
		return append(list, n)
	}
	return slices.DeleteFunc(list, func(k uint32) bool { return k == n })
}

// index lists key in (d > 0) or takes it out of (d < 0) starts, near and
// grams; a key taken out gives its number back.
func (ix *aliasIndex) index(key string, d int) {
	n := ix.number(key)
	key = ix.name[n] // the features, substrings of the key, share its bytes
	if d < 0 {
		defer func() {
			delete(ix.id, key)
			ix.name[n] = ""
			ix.ents[n] = keyEntities{}
			ix.free = append(ix.free, n)
		}()
	}
	keyFeatures(key, func(f string) {
		if l := listed(ix.starts[f], n, d); len(l) > 0 {
			ix.starts[f] = l
		} else {
			delete(ix.starts, f)
		}
	}, func(f uint64) {
		l, ok := ix.near[f]
		if l, ok = listedIn(l, ok, n, d); ok {
			ix.near[f] = l
		} else {
			delete(ix.near, f)
		}
	}, func(f uint64) {
		l, ok := ix.grams[f]
		if l, ok = listedIn(l, ok, n, d); ok {
			ix.grams[f] = l
		} else {
			delete(ix.grams, f)
		}
	})
}

// add counts one statement of entity e stating key (d = +1) or takes it
// back (d = -1).
func (ix *aliasIndex) add(key string, e newsgraph.EntityID, d int) {
	n, ok := ix.id[key]
	if !ok {
		if d < 0 {
			return
		}
		ix.index(key, 1)
		n = ix.id[key]
	}
	if !ix.ents[n].add(e, d) {
		ix.index(key, -1)
	}
}

// candidates returns the keys that may match query in some tier: at least
// every key keyTier matches.
func (ix *aliasIndex) candidates(query string) []string {
	out := map[string]struct{}{}
	ix.eachCandidate(query, func(k string, _ bool) { out[k] = struct{}{} })
	keys := make([]string, 0, len(out))
	for k := range out {
		keys = append(keys, k)
	}
	return keys
}

// eachCandidate calls f with each key that may match query in some tier
// (at least once), and typo false for a key that only its word starts
// found: the typo indexes find every key within the query's typo budget
// (TestAliasIndexReadsWhatMatches), so such a key matches in the exact,
// word or prefix tier or in none, and needs no edit distance. At 19k
// stories a five-letter query's word starts name thousands of keys, and
// the edit distances to them were most of a search's time.
func (ix *aliasIndex) eachCandidate(query string, f func(key string, typo bool)) {
	n := utf8.RuneCountInString(query)
	budget := typoBudget(query)
	need := len(bigrams(query)) - 3*budget
	var typos map[uint32]struct{}
	switch {
	case budget == 0:
	case budget == 1 && n+1 <= nearRunes:
		// One edit: the run and the query share themselves or a deletion.
		typos = map[uint32]struct{}{}
		nearOf(query, func(h uint64) {
			if l, ok := ix.near[h]; ok {
				l.each(func(k uint32) { typos[k] = struct{}{} })
			}
		})
	case n+budget <= gramRunes && need > 0:
		// An edit destroys at most three of the query's bigrams and
		// changes a run's length by at most one.
		count := map[uint32]int{}
		for l := max(n-budget, gramMin); l <= n+budget; l++ {
			gramsOf(query, l, func(h uint64) {
				if l, ok := ix.grams[h]; ok {
					l.each(func(k uint32) { count[k]++ })
				}
			})
		}
		typos = map[uint32]struct{}{}
		for k, c := range count {
			if c >= need {
				typos[k] = struct{}{}
			}
		}
	default:
		for k := range ix.id {
			f(k, true)
		}
		return
	}
	for k := range typos {
		f(ix.name[k], true)
	}
	// The exact, word and prefix tiers find query at a word start.
	for _, k := range ix.starts[query[:min(len(query), startBytes)]] {
		if _, ok := typos[k]; !ok {
			f(ix.name[k], false)
		}
	}
}

// aliasIndexMu serialises builds of the alias index (a build reads every
// statement; two readers asking at once should not both do it).
var aliasIndexMu sync.Mutex

// aliasIndex returns the alias index, building it on first use.
func (r *reader) aliasIndex() (*aliasIndex, error) {
	if ix := r.s.folds.aliases(); ix != nil {
		return ix, nil
	}
	aliasIndexMu.Lock()
	defer aliasIndexMu.Unlock()
	if ix := r.s.folds.aliases(); ix != nil {
		return ix, nil
	}
	ix := newAliasIndex()
	if r.s.pg != nil {
		// One scan of the quads table, instead of a query per statement.
		err := r.each(quad.Predicate, pAliasKey, func(q quad.Quad) {
			if e, ok := entityOfStmt(q.Subject); ok && q.Predicate == pAliasKey {
				ix.add(str(q.Object), e, 1)
			}
		})
		if err != nil {
			return nil, err
		}
		r.s.folds.putAliases(ix)
		return ix, nil
	}
	for _, t := range newsgraph.EntityTypes {
		var nodes []quad.Value
		err := r.eachWith(quad.Object, quad.IRI(entityTypePref+string(t)), pEntType, func(q quad.Quad) {
			if q.Predicate == pEntType {
				nodes = append(nodes, q.Subject)
			}
		})
		if err != nil {
			return nil, err
		}
		for _, n := range nodes {
			e, ok := entityOfStmt(n)
			if !ok {
				continue
			}
			err := r.eachWith(quad.Subject, n, pAliasKey, func(q quad.Quad) {
				if q.Predicate == pAliasKey {
					ix.add(str(q.Object), e, 1)
				}
			})
			if err != nil {
				return nil, err
			}
		}
	}
	r.s.folds.putAliases(ix)
	return ix, nil
}

// SearchEntities returns the entities of type t ("" for any) whose name or
// an alias matches name (every entity of type t when name is blank), best
// tier first, then by most mentions (or by name when byName), then by id.
func (s *Store) SearchEntities(ctx context.Context, name string, t newsgraph.EntityType, byName bool) ([]newsgraph.EntityMatch, error) {
	var out []newsgraph.EntityMatch
	err := s.read(ctx, "search entities", func(r *reader) error {
		r.scan, r.ctx = true, context.WithValue(r.ctx, scanning{}, true)
		query := newsgraph.AliasKey(name)
		var ids []newsgraph.EntityID
		tiers := map[newsgraph.EntityID]int{}
		if strings.TrimSpace(name) == "" || query == "" {
			types, err := r.entityTypes()
			if err != nil {
				return err
			}
			for id, et := range types {
				if t == "" || et == t {
					ids = append(ids, id)
					tiers[id] = TierExact
				}
			}
			if strings.TrimSpace(name) != "" {
				ids = nil // a name with no letters names nothing
			}
		} else {
			ix, err := r.aliasIndex()
			if err != nil {
				return err
			}
			cands := map[newsgraph.EntityID]bool{}
			ix.eachCandidate(query, func(k string, typo bool) {
				if typo && keyTier(query, k) == noMatch || !typo && wordTier(query, k) == noMatch {
					return
				}
				ix.entities(k).each(func(e newsgraph.EntityID, _ int) {
					x := r.view.canonical(e)
					cands[x] = true
					for _, sp := range r.view.splitsOf(x) {
						cands[sp.id] = true
					}
				})
			})
			for x := range r.view.rename { // names given by decisions
				cands[x] = true
			}
			for id := range cands {
				ids = append(ids, id)
			}
		}
		sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
		for _, id := range ids {
			if err := r.ctx.Err(); err != nil {
				return err
			}
			e, err := r.entity(id)
			if err != nil {
				return err
			}
			if e == nil || t != "" && e.Type != t {
				continue
			}
			tier, ok := tiers[id]
			if !ok {
				if tier = nameTier(query, e); tier == noMatch {
					continue
				}
			}
			out = append(out, newsgraph.EntityMatch{Entity: e, Tier: tier})
		}
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Tier != b.Tier {
			return a.Tier < b.Tier
		}
		if byName {
			if fa, fb := newsgraph.Fold(a.Entity.Name), newsgraph.Fold(b.Entity.Name); fa != fb {
				return fa < fb
			}
		} else if a.Entity.Mentions != b.Entity.Mentions {
			return a.Entity.Mentions > b.Entity.Mentions
		}
		return a.Entity.ID < b.Entity.ID
	})
	return out, err
}

// nameTier is how well query (an AliasKey) matches the entity's name or one
// of its aliases.
func nameTier(query string, e *newsgraph.Entity) int {
	best := noMatch
	for _, f := range append([]string{e.Name}, e.Aliases...) {
		if best = min(best, keyTier(query, newsgraph.AliasKey(f))); best == TierExact {
			break
		}
	}
	return best
}

// keyTier is how well query matches one alias key (both AliasKeys: words
// of letters and digits, one space apart): the whole key, whole words of it, the start of it or of one of its words, or (within the typo
// budget) the key or a run of as many words as the query has. It runs on
// every candidate key of every search, so it allocates nothing on ASCII
// keys: words are found in place, not split, and runs of words are
// compared where they lie.
func keyTier(query, key string) int {
	if query == "" || key == "" {
		return noMatch
	}
	if t := wordTier(query, key); t != noMatch {
		return t
	}
	allowed := typoBudget(query)
	if allowed == 0 {
		return noMatch
	}
	if damerauLevenshtein(query, key, allowed) <= allowed {
		return TierTypo
	}
	// The query against each run of as many words in the alias.
	qWords := strings.Count(query, " ") + 1
	starts := make([]int, 0, 8)
	for i := 0; i < len(key); i++ {
		if key[i] != ' ' && (i == 0 || key[i-1] == ' ') {
			starts = append(starts, i)
		}
	}
	for w := 0; w+qWords <= len(starts); w++ {
		end := len(key)
		if w+qWords < len(starts) {
			end = starts[w+qWords]
		}
		run := strings.TrimRight(key[starts[w]:end], " ")
		if damerauLevenshtein(query, run, allowed) <= allowed {
			return TierTypo
		}
	}
	return noMatch
}

// wordTier is keyTier without typos: how well query matches key as the
// whole key, whole words of it, or the start of it or of one of its words.
func wordTier(query, key string) int {
	if query == "" || key == "" {
		return noMatch
	}
	if key == query {
		return TierExact
	}
	prefix := false
	for i := 0; ; {
		j := strings.Index(key[i:], query)
		if j < 0 {
			break
		}
		at := i + j
		if at == 0 || key[at-1] == ' ' {
			if end := at + len(query); end == len(key) || key[end] == ' ' {
				return TierWords
			}
			prefix = true
		}
		i = at + 1
	}
	if prefix {
		return TierPrefix
	}
	return noMatch
}

// typoBudget is the edit distance a query of this length tolerates: none
// for very short queries (they would match everything), one for short
// names, two for long ones.
func typoBudget(query string) int {
	switch n := len([]rune(query)); {
	case n < 4:
		return 0
	case n < 8:
		return 1
	default:
		return 2
	}
}

// damerauLevenshtein is the optimal string alignment distance between a and
// b (insertions, deletions, substitutions and transpositions of adjacent
// runes), or limit+1 as soon as it must exceed limit. ASCII strings are
// compared byte by byte, without converting them to runes.
func damerauLevenshtein(a, b string, limit int) int {
	if isASCII(a) && isASCII(b) {
		return osa([]byte(a), []byte(b), limit)
	}
	return osa([]rune(a), []rune(b), limit)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// osa is damerauLevenshtein over bytes or runes.
func osa[T byte | rune](ra, rb []T, limit int) int {
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	var rows [3][32]int
	prev2, prev, cur := rows[0][:0], rows[1][:0], rows[2][:0]
	if len(rb)+1 > 32 {
		prev2, prev, cur = make([]int, 0, len(rb)+1), make([]int, 0, len(rb)+1), make([]int, 0, len(rb)+1)
	}
	prev2, prev, cur = prev2[:len(rb)+1], prev[:len(rb)+1], cur[:len(rb)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// Warm builds what the first reads would otherwise build: the folded types
// and counts (Stats, EntityIDs, EventIDs), the document count, the alias
// index (SearchEntities), the event index (EventsOf), the folded events
// (FindEvents, ShortestPath), the first foldCacheMax of them by id, the
// folded entities those events name, and the listing index (ListEntities). The
// indexes come from one read of the whole store, unless Open restored them
// (a leveldb store keeps them between processes, snapshot.go); the events
// are folded one index scan each, always. A server calls it before it
// listens, so that its first requests cost what later ones do; the CLI's
// one-shot reads do not, and pay only for what they use.
//
// Warm remembers none of the literals it reads in the node-value cache
// (scanning): what it keeps of them is in the indexes and folds, and the
// statements, claims and document texts it read once held 38k values
// there (two objects each for the collector to mark at every cycle, in a
// server warmed at 21k stories).
func (s *Store) Warm(ctx context.Context) error {
	ctx = context.WithValue(ctx, scanning{}, true)
	if _, err := s.Stats(ctx); err != nil {
		return err
	}
	if err := s.read(ctx, "warm", func(r *reader) error {
		if _, err := r.aliasIndex(); err != nil {
			return err
		}
		if _, err := r.eventIndex(); err != nil {
			return err
		}
		types, err := r.eventTypes()
		if err != nil {
			return err
		}
		ids := make([]newsgraph.EventID, 0, len(types))
		for v := range types {
			ids = append(ids, v)
		}
		slices.Sort(ids)
		ids = ids[:min(len(ids), foldCacheMax)] // more would drop the map whole and start over
		nodes := make([]quad.Value, len(ids))
		for i, v := range ids {
			nodes[i] = quad.IRI(v)
		}
		if err := r.prefetchLiterals(nodes, pClaim); err != nil {
			return err
		}
		if r.s.pg != nil {
			// and the documents their evidence is in (one query a
			// document otherwise)
			var docs []newsgraph.DocumentID
			for _, n := range nodes {
				lits, _ := r.s.folds.literalsOf(n)
				for _, lit := range lits {
					if doc, _, _, ok := literalHead(lit); ok {
						docs = append(docs, doc)
					}
				}
			}
			if err := r.prefetchDocuments(docs); err != nil {
				return err
			}
		}
		// The events' folds are kept, not the claims decoded nor the
		// literals read for them (as in a scan): a kept fold holds what
		// it needs of its claims (keptClaim).
		r.scan = true
		named := map[newsgraph.EntityID]bool{}
		for _, v := range ids {
			if err := r.ctx.Err(); err != nil {
				return err
			}
			ev, err := r.sharedEvent(v)
			if err != nil {
				return err
			}
			if ev == nil {
				continue
			}
			for _, x := range neighbours(ev) {
				named[x] = true
			}
		}
		// And the entities those events name, whose names every answer
		// listing an event shows: a country among them is stated by
		// thousands of documents, which the first such answer would
		// otherwise read. Their folds are kept (a write patches them), the
		// statements read for them are not (as in a scan).
		xs := make([]newsgraph.EntityID, 0, len(named))
		for x := range named {
			xs = append(xs, x)
		}
		slices.Sort(xs)
		// (on PostgreSQL their statements in a few queries, not one each)
		if err := r.prefetchStatements(xs, true); err != nil {
			return err
		}
		r.scan, r.ctx = true, context.WithValue(r.ctx, scanning{}, true)
		r.keepFolds = true
		for _, x := range xs {
			if err := r.ctx.Err(); err != nil {
				return err
			}
			if _, err := r.entity(x); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return err
	}
	// And the listing index, which an older store's snapshot lacks: once,
	// for leveldb keeps it. PostgreSQL keeps no snapshot: a server on it
	// would pay that at every start, and builds it at its first listing
	// instead, as it folded every entity there before.
	if s.pg != nil {
		return nil
	}
	return s.read(ctx, "warm listing", func(r *reader) error {
		ets, err := r.entityTypes()
		if err != nil {
			return err
		}
		all := make([]newsgraph.EntityID, 0, len(ets))
		for x := range ets {
			all = append(all, x)
		}
		slices.Sort(all)
		if _, built := r.s.folds.unlisted(all); !built && s.level != nil && s.level.blocks != nil {
			// A pass over every entity, each read once: the blocks it
			// reads would fill the cache for nothing, in memory under
			// the server's limit (see listingBlockCache).
			blocks := s.level.blocks
			defer blocks.SetCapacity(blocks.Capacity())
			blocks.SetCapacity(listingBlockCache)
		}
		return r.fillListing(all)
	})
}

// listingBlockCache is the capacity, in bytes, of leveldb's block cache
// while Warm builds the listing index of a store kept without one. The
// pass is a read of its own, after the read of the events and of the
// entities they name (which holds what it read, some 50 MB at 21k
// stories, until it ends), and reads with a cache of leveldb's default
// size at most: at 21k stories, with the first read's statements and 64 MB
// of blocks beside its folds, the live heap stayed at 230-270 MB, under a
// memory limit of 352 MiB, and the collector ran some 50 times (18-21 CPU-s
// for the server's start, against 7 with the index kept). A variable for
// tests.
var listingBlockCache = 8 << 20

// EventFolds is the number of events this Store has folded from their
// claims since Open: the fold cache's misses, Warm's included. Tests read
// it to see that a warmed store's reads fold nothing.
func (s *Store) EventFolds() int64 { return s.eventFolds.Load() }
