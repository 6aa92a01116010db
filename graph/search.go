package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// Name match tiers, best first. A search lists better tiers first; a name
// that must stand for entities (a filter, a path end) takes the best tier
// only.
const (
	tierExact  = iota // the whole alias key
	tierWords         // whole words of an alias ("takaichi" in "sanae takaichi")
	tierPrefix        // the start of an alias or of one of its words
	tierTypo          // within a few edits of an alias or its words
	noMatch
)

// nameTier is how well query (an AliasKey) matches the entity's name or one
// of its aliases.
func nameTier(query string, e *newsgraph.Entity) int {
	best := noMatch
	if query == "" {
		return best
	}
	qWords := strings.Fields(query)
	allowed := typoBudget(query)
	forms := append([]string{e.Name}, e.Aliases...)
	for _, f := range forms {
		key := newsgraph.AliasKey(f)
		if key == "" {
			continue
		}
		if key == query {
			return tierExact
		}
		if best <= tierWords {
			continue
		}
		if strings.Contains(" "+key+" ", " "+query+" ") {
			best = tierWords
			continue
		}
		if best <= tierPrefix {
			continue
		}
		if strings.HasPrefix(key, query) || strings.Contains(" "+key, " "+query) {
			best = tierPrefix
			continue
		}
		if best <= tierTypo || allowed == 0 {
			continue
		}
		if damerauLevenshtein(query, key, allowed) <= allowed {
			best = tierTypo
			continue
		}
		// The query against each run of as many words in the alias.
		words := strings.Fields(key)
		for i := 0; i+len(qWords) <= len(words); i++ {
			if damerauLevenshtein(query, strings.Join(words[i:i+len(qWords)], " "), allowed) <= allowed {
				best = tierTypo
				break
			}
		}
	}
	return best
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
// runes), or limit+1 as soon as it must exceed limit.
func damerauLevenshtein(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
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

// allEntities reads every entity of type t ("" for all) through the
// request's loader.
func (r *Resolver) allEntities(ctx context.Context, t newsgraph.EntityType) ([]*newsgraph.Entity, error) {
	ids, err := r.store.EntityIDs(ctx, t)
	if err != nil {
		return nil, fmt.Errorf("graph: entity ids: %w", err)
	}
	byID, err := r.loadersFor(ctx).entities.LoadMany(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("graph: entities: %w", err)
	}
	out := make([]*newsgraph.Entity, 0, len(byID))
	for _, id := range ids {
		if e := byID[id]; e != nil {
			out = append(out, e)
		}
	}
	return out, nil
}

// rankedEntity is an entity with the tier its name matched in.
type rankedEntity struct {
	entity *newsgraph.Entity
	tier   int
}

// searchEntities returns the entities whose names match name (all of them
// when name is empty), best tier first, then by most mentions (or by name
// when byName), then by id.
func (r *Resolver) searchEntities(ctx context.Context, name string, t newsgraph.EntityType, byName bool) ([]rankedEntity, error) {
	all, err := r.allEntities(ctx, t)
	if err != nil {
		return nil, err
	}
	query := newsgraph.AliasKey(name)
	var out []rankedEntity
	for _, e := range all {
		tier := tierExact
		if strings.TrimSpace(name) != "" {
			if tier = nameTier(query, e); tier == noMatch {
				continue
			}
		}
		out = append(out, rankedEntity{e, tier})
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.tier != b.tier {
			return a.tier < b.tier
		}
		if byName {
			if fa, fb := newsgraph.Fold(a.entity.Name), newsgraph.Fold(b.entity.Name); fa != fb {
				return fa < fb
			}
		} else if a.entity.Mentions != b.entity.Mentions {
			return a.entity.Mentions > b.entity.Mentions
		}
		return a.entity.ID < b.entity.ID
	})
	return out, nil
}

// resolveEntities turns an argument that is an entity id or a name into
// entity ids: an IRI as it is; a name to the entities with that exact alias
// key, or else to the best tier of a name search.
func (r *Resolver) resolveEntities(ctx context.Context, idOrName string) ([]newsgraph.EntityID, error) {
	idOrName = strings.TrimSpace(idOrName)
	if idOrName == "" {
		return nil, nil
	}
	if strings.HasPrefix(idOrName, newsgraph.EntityIRI) {
		return []newsgraph.EntityID{newsgraph.EntityID(idOrName)}, nil
	}
	exact, err := r.store.EntitiesByKey(ctx, newsgraph.AliasKey(idOrName))
	if err != nil {
		return nil, fmt.Errorf("graph: entities named %q: %w", idOrName, err)
	}
	var ids []newsgraph.EntityID
	for _, e := range exact {
		ids = append(ids, e.ID)
	}
	if len(ids) > 0 {
		return ids, nil
	}
	ranked, err := r.searchEntities(ctx, idOrName, "", false)
	if err != nil {
		return nil, err
	}
	for _, re := range ranked {
		if re.tier != ranked[0].tier {
			break
		}
		ids = append(ids, re.entity.ID)
	}
	return ids, nil
}
