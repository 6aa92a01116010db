package store

import "github.com/newsgraph/newsgraph"

// typeCounts are the type votes of one entity or event, as the fold cache
// keeps them for every entity and event (cache.go): the vocabulary's types
// counted in place, by their index in newsgraph.EntityTypes or EventTypes,
// and only a type newer than this binary in a map of its own. A map of
// votes per entity was two objects for the collector to mark at every
// cycle, 83k of them at 21k stories.
type typeCounts[T ~string] struct {
	known [6]int32
	other map[T]int
}

// vocabulary is the type list whose indexes typeCounts uses for T.
func vocabulary[T ~string]() []T {
	var t T
	switch any(t).(type) {
	case newsgraph.EntityType:
		return any(newsgraph.EntityTypes).([]T)
	case newsgraph.EventType:
		return any(newsgraph.EventTypes).([]T)
	}
	return nil
}

// add moves t's count by d.
func (c *typeCounts[T]) add(t T, d int) {
	for i, k := range vocabulary[T]() {
		if k == t && i < len(c.known) {
			c.known[i] += int32(d)
			return
		}
	}
	if c.other == nil {
		c.other = map[T]int{}
	}
	c.other[t] += d
}

// counts is the votes as a map, as a vote or the kept read indexes take
// them (zero counts left out).
func (c typeCounts[T]) counts() map[T]int {
	m := make(map[T]int, len(c.other)+1)
	for i, t := range vocabulary[T]() {
		if i < len(c.known) && c.known[i] != 0 {
			m[t] = int(c.known[i])
		}
	}
	for t, n := range c.other {
		if n != 0 {
			m[t] = n
		}
	}
	return m
}

// compactVotes is votes as typeCounts (nil for nil: votes not known).
func compactVotes[K comparable, T ~string](votes map[K]map[T]int) map[K]typeCounts[T] {
	if votes == nil {
		return nil
	}
	out := make(map[K]typeCounts[T], len(votes))
	for k, m := range votes {
		var c typeCounts[T]
		for t, n := range m {
			c.add(t, n)
		}
		out[k] = c
	}
	return out
}

// expandVotes is the inverse of compactVotes.
func expandVotes[K comparable, T ~string](votes map[K]typeCounts[T]) map[K]map[T]int {
	if votes == nil {
		return nil
	}
	out := make(map[K]map[T]int, len(votes))
	for k, c := range votes {
		out[k] = c.counts()
	}
	return out
}

// entityType is the type the votes give (voteType).
func (c typeCounts[T]) entityType() (newsgraph.EntityType, bool) {
	if c.other == nil {
		best, n := newsgraph.EntityType(""), int32(0)
		for i, t := range newsgraph.EntityTypes[:min(len(newsgraph.EntityTypes), len(c.known))] {
			if c.known[i] > n {
				best, n = t, c.known[i]
			}
		}
		if n > 0 {
			return best, true
		}
	}
	m := make(map[newsgraph.EntityType]int, len(c.other)+len(c.known))
	for t, n := range c.counts() {
		m[newsgraph.EntityType(t)] = n
	}
	return voteType(m)
}

// eventType is the type the votes give (voteEventType).
func (c typeCounts[T]) eventType() (newsgraph.EventType, bool) {
	best, n := newsgraph.EventType(""), int32(0)
	for i, t := range newsgraph.EventTypes[:min(len(newsgraph.EventTypes), len(c.known))] {
		if c.known[i] > n {
			best, n = t, c.known[i]
		}
	}
	return best, n > 0
}
