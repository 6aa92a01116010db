package store

import (
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// indexNames are made-up and real-shaped names: short and long, one word
// and many, accented, with initials and hyphens.
var indexNames = []string{"Ana Lima", "Anna Lima", "Lima", "Ronald W. Reagan", "Reagan Administration", "New York", "Newyork",
	"Banco do Brasil", "Bank of Brazil", "Société Générale", "São Paulo", "Sao Paulo", "Zoë Ní Bhriain", "EU", "U.S. Treasury",
	"Treasury Secretary James Baker", "Baker", "Bakers", "Jim Baker", "A B C D", "Kim Jong-un", "Mohammed bin Salman", "Salmon",
	"Organisation of Petroleum Exporting Countries", "Internationalisation Committee", "Al Sadr", "Alsadr", "Ōkubo Toshimichi"}

// typos are query's words, prefixes and every one-edit typo of it
// (dropped, doubled, swapped and changed runes), and two-edit typos of it.
func typos(q string) []string {
	rs := []rune(q)
	out := []string{q}
	one := func(rs []rune) []string {
		var out []string
		for i := range rs {
			out = append(out, string(rs[:i]), string(rs[:i])+string(rs[i+1:]), string(rs[:i])+string(rs[i])+string(rs[i:]))
			if i+1 < len(rs) {
				sw := slices.Clone(rs)
				sw[i], sw[i+1] = sw[i+1], sw[i]
				out = append(out, string(sw))
			}
			ch := slices.Clone(rs)
			ch[i] = 'x'
			out = append(out, string(ch))
		}
		return out
	}
	for i, t := range one(rs) {
		out = append(out, t)
		if len(rs) >= 8 && len(rs) <= 16 && i%7 == 0 {
			out = append(out, one([]rune(t))...)
		}
	}
	return out
}

// TestCandidatesHoldEveryMatch: the keys the alias index reads for a query
// include every key the query matches in any tier, for the names, their
// words, runs of words, prefixes and one- and two-edit typos; and beyond
// those it reads few of the keys.
func TestCandidatesHoldEveryMatch(t *testing.T) {
	ix := newAliasIndex()
	var keys []string
	for i, n := range indexNames {
		k := newsgraph.AliasKey(n)
		keys = append(keys, k)
		ix.add(k, newsgraph.EntityID(fmt.Sprint(i)), 1)
	}
	// filler keys, as a larger store holds
	for i := range 600 {
		k := fmt.Sprintf("%c%c%c%c%c %c%c%c%c", 'a'+i%26, 'a'+i/26%26, 'e', 'a'+i/676%26, 'o', 'k'+i%7, 'a'+i%13, 'r', 'a'+i%5)
		keys = append(keys, k)
		ix.add(k, "filler", 1)
	}
	var queries []string
	for _, k := range keys[:len(indexNames)] {
		queries = append(queries, typos(k)...)
		words := []int{0}
		for i := range len(k) {
			if k[i] == ' ' {
				words = append(words, i+1)
			}
		}
		for _, w := range words[1:] {
			queries = append(queries, typos(k[w:])...)
		}
	}
	matches, extra := 0, 0
	for _, q := range queries {
		q = newsgraph.AliasKey(q)
		if q == "" {
			continue
		}
		got := map[string]bool{}
		for _, k := range ix.candidates(q) {
			got[k] = true
		}
		extra += len(got)
		for _, k := range keys {
			if keyTier(q, k) != noMatch {
				matches++
				extra--
				if !got[k] {
					t.Errorf("query %q: key %q (tier %d) not read", q, k, keyTier(q, k))
				}
			}
		}
	}
	if matches < len(queries) {
		t.Errorf("only %d matches among %d queries: the cases test little", matches, len(queries))
	}
	if avg := float64(extra) / float64(len(queries)); avg > float64(len(keys))/20 {
		t.Errorf("a query reads %.1f keys it does not match on average, of %d", avg, len(keys))
	}
	t.Logf("%d queries, %d matches, %.1f keys read and not matched per query, of %d", len(queries), matches, float64(extra)/float64(len(queries)), len(keys))
}

// TestAliasIndexForgets: taking every statement back leaves the alias
// index empty, its key indexes included.
func TestAliasIndexForgets(t *testing.T) {
	ix := newAliasIndex()
	for i, n := range indexNames {
		ix.add(newsgraph.AliasKey(n), newsgraph.EntityID(fmt.Sprint(i%3)), 1)
		ix.add(newsgraph.AliasKey(n), newsgraph.EntityID(fmt.Sprint(i%3)), 1)
	}
	for i, n := range indexNames {
		ix.add(newsgraph.AliasKey(n), newsgraph.EntityID(fmt.Sprint(i%3)), -1)
		if ix.keys() == 0 {
			t.Fatal("one of two statements taken back took the key")
		}
		ix.add(newsgraph.AliasKey(n), newsgraph.EntityID(fmt.Sprint(i%3)), -1)
	}
	if ix.keys()+len(ix.starts)+len(ix.near)+len(ix.grams) != 0 {
		t.Errorf("left: %d keys, %d starts, %d near, %d grams", ix.keys(), len(ix.starts), len(ix.near), len(ix.grams))
	}
}

// TestAliasIndexReusesNumbers: keys taken out give their numbers to keys
// added after; the index then reads for each query the keys an index built
// afresh from the keys left reads.
func TestAliasIndexReusesNumbers(t *testing.T) {
	ix := newAliasIndex()
	for i, n := range indexNames {
		ix.add(newsgraph.AliasKey(n), newsgraph.EntityID(fmt.Sprint(i)), 1)
	}
	for i, n := range indexNames {
		if i%2 == 0 {
			ix.add(newsgraph.AliasKey(n), newsgraph.EntityID(fmt.Sprint(i)), -1)
		}
	}
	// new keys, and two keys taken out coming back
	later := []string{"Lina Ama", "Brasilia", "Reagan", "Sao Tome", "Toshimichi Okubo", "Petrol Exporters", indexNames[0], indexNames[4]}
	for _, n := range later {
		ix.add(newsgraph.AliasKey(n), "later", 1)
	}
	fresh := newAliasIndex()
	for i, n := range indexNames {
		if i%2 == 1 {
			fresh.add(newsgraph.AliasKey(n), newsgraph.EntityID(fmt.Sprint(i)), 1)
		}
	}
	for _, n := range later {
		fresh.add(newsgraph.AliasKey(n), "later", 1)
	}
	if len(ix.name) > len(indexNames) {
		t.Errorf("%d numbers for at most %d keys at once", len(ix.name), len(indexNames))
	}
	for _, n := range append(slices.Clone(indexNames), later...) {
		for _, q := range typos(newsgraph.AliasKey(n))[:8] {
			if q = newsgraph.AliasKey(q); q == "" {
				continue
			}
			got, want := ix.candidates(q), fresh.candidates(q)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("query %q reads %q, an index built afresh %q", q, got, want)
			}
		}
	}
}

// TestSearchLeavesCaches: a name search or a listing folds every entity it
// may answer with, by the thousand on a large graph. It keeps the folded
// entities (the next search reads them) but neither the statements'
// literals and decoded statements (as node values or as an entity's
// literals), nor the counts a write would patch: those would push out what other reads
// share and stay on the heap for nothing. A write to an entity it folded
// is seen all the same.
func TestSearchLeavesCaches(t *testing.T) {
	s := mustOpen(t, "memory://")
	a := newArticle(t, "d1", "2024-08-01", "Oren Tallis met Mira Quell. Tallis spoke first.")
	oren := a.entity(newsgraph.Person, "Oren Tallis", "Tallis")
	mira := a.entity(newsgraph.Person, "Mira Quell")
	put(t, s, a)
	b := newArticle(t, "d2", "2024-08-02", "Mira Quell visited Larnport.")
	b.entityID(mira, newsgraph.Person, "Mira Quell")
	larnport := b.entity(newsgraph.GPE, "Larnport")
	put(t, s, b)

	s.folds.reset()
	// the values every read shares (predicates, types) are remembered
	// first, by a read that is no scan
	must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{larnport}))
	must[Stats](t)(s.Stats(ctx))
	sizes := func() string {
		s.cacheMu.Lock()
		defer s.cacheMu.Unlock()
		s.folds.mu.Lock()
		defer s.folds.mu.Unlock()
		lits := 0
		s.values.each(func(v quad.Value) {
			if _, ok := v.(quad.String); ok {
				lits++
			}
		})
		return fmt.Sprintf("%d literal values, %d literals, %d decoded, %d folds", lits, len(s.folds.literals), len(s.folds.decoded), len(s.folds.entityFolds))
	}
	before := sizes()
	people := must[[]newsgraph.EntityMatch](t)(s.SearchEntities(ctx, "", newsgraph.Person, false))
	named := must[[]newsgraph.EntityMatch](t)(s.SearchEntities(ctx, "Talis", "", false))
	if len(people) != 2 || len(named) != 1 || named[0].Entity.ID != oren {
		t.Fatalf("searches: %+v, %+v", people, named)
	}
	if after := sizes(); after != before {
		t.Errorf("the searches left the caches at %s, were %s", after, before)
	}
	for _, id := range []newsgraph.EntityID{oren, mira} {
		if _, ok := s.folds.entity(id); !ok {
			t.Errorf("the searches kept no folded %s", id)
		}
	}

	c := newArticle(t, "d3", "2024-08-03", "Quell, the envoy, returned.")
	c.entityID(mira, newsgraph.Person, "Mira Quell", "Quell")
	put(t, s, c)
	got := must[map[newsgraph.EntityID]*newsgraph.Entity](t)(s.Entities(ctx, []newsgraph.EntityID{mira}))[mira]
	if got == nil || !slices.Contains(got.Aliases, "Quell") || got.Mentions != 3 {
		t.Errorf("after a write: %+v, want the alias Quell and 3 mentions", got)
	}
}

// TestWordStartsNeedNoEditDistance: a search that measures edit distances
// only to the keys the typo indexes found, and checks the keys only its
// word starts found for the exact, word and prefix tiers, matches the keys
// that checking every candidate in every tier matches, each in its tier.
func TestWordStartsNeedNoEditDistance(t *testing.T) {
	ix := newAliasIndex()
	for i, n := range indexNames {
		ix.add(newsgraph.AliasKey(n), newsgraph.EntityID(fmt.Sprint(i)), 1)
	}
	for i := range 600 {
		ix.add(fmt.Sprintf("%c%c%c%c%c %c%c%c%c", 'a'+i%26, 'a'+i/26%26, 'e', 'a'+i/676%26, 'o', 'k'+i%7, 'a'+i%13, 'r', 'a'+i%5), "filler", 1)
	}
	for _, n := range indexNames {
		for _, q := range typos(newsgraph.AliasKey(n)) {
			if q = newsgraph.AliasKey(q); q == "" {
				continue
			}
			want := map[string]int{}
			for _, k := range ix.candidates(q) {
				if tier := keyTier(q, k); tier != noMatch {
					want[k] = tier
				}
			}
			got := map[string]int{}
			ix.eachCandidate(q, func(k string, typo bool) {
				tier := wordTier(q, k)
				if typo {
					tier = keyTier(q, k)
				}
				if tier != noMatch {
					got[k] = tier
				}
			})
			if !maps.Equal(got, want) {
				t.Errorf("query %q matches %v, checking every candidate %v", q, got, want)
			}
		}
	}
}

// TestKeyEntitiesInPlace: a key's entities move between the one held in
// place and a map as entities come and go, and count as a map would.
func TestKeyEntitiesInPlace(t *testing.T) {
	var k keyEntities
	want := map[newsgraph.EntityID]int{}
	for i, step := range []struct {
		e newsgraph.EntityID
		d int
	}{{"a", 1}, {"a", 1}, {"b", 1}, {"c", 2}, {"b", -1}, {"z", -1}, {"c", -2}, {"a", -1}, {"b", 1}, {"a", -1}, {"b", -1}} {
		if want[step.e] += step.d; want[step.e] <= 0 {
			delete(want, step.e)
		}
		left := k.add(step.e, step.d)
		got := map[newsgraph.EntityID]int{}
		k.each(func(e newsgraph.EntityID, n int) { got[e] = n })
		if !maps.Equal(got, want) || left != (len(want) > 0) {
			t.Fatalf("step %d (%s %+d): %v (%v), want %v", i, step.e, step.d, got, left, want)
		}
		if len(want) == 1 && k.more != nil {
			t.Errorf("step %d: one entity in a map", i)
		}
	}
}

// TestKeyListTakesEveryMention: a key listed twice is taken out whole,
// from the first place too.
func TestKeyListTakesEveryMention(t *testing.T) {
	var l keyList
	ok := false
	for _, n := range []uint32{7, 3, 7, 9} {
		l, ok = listedIn(l, ok, n, 1)
	}
	var got []uint32
	l, ok = listedIn(l, ok, 7, -1)
	l.each(func(k uint32) { got = append(got, k) })
	if !ok || !slices.Equal(got, []uint32{3, 9}) {
		t.Errorf("after taking 7 out: %v (%v)", got, ok)
	}
	l, ok = listedIn(l, ok, 3, -1)
	l, ok = listedIn(l, ok, 9, -1)
	if ok {
		t.Errorf("left: %v", l)
	}
}
