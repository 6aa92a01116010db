package store

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// storedDecision is a decision as kept in the graph: the public record plus
// the id a split gives the carved-out entity, fixed when the decision is
// made so that later ingests cannot change it.
type storedDecision struct {
	newsgraph.Decision
	NewEntity newsgraph.EntityID `json:",omitempty"`

	raw string // the literal as stored, to delete it exactly on undo
}

// Decisions are the one thing in the graph no document states: each is a
// node <urn:newsgraph:decision:N> with its type and one JSON literal, and no
// label.
func decisionIRI(id string) quad.IRI { return quad.IRI(id) }

func (s *Store) loadDecisions(ctx context.Context) ([]storedDecision, error) {
	var nodes []quad.Value
	err := s.eachWith(ctx, quad.Object, classDecision, pType, func(q quad.Quad) {
		if q.Predicate == pType {
			nodes = append(nodes, q.Subject)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("store: load decisions: %w", err)
	}
	var out []storedDecision
	for _, n := range nodes {
		var d storedDecision
		var derr error
		err := s.each(ctx, quad.Subject, n, func(q quad.Quad) {
			if q.Predicate == pDecision {
				d.raw = str(q.Object)
				derr = json.Unmarshal([]byte(d.raw), &d)
			}
		})
		if err == nil {
			err = derr
		}
		if err != nil {
			return nil, fmt.Errorf("store: load decision %s: %w", str(n), err)
		}
		d.ID = str(n)
		out = append(out, d)
	}
	sortDecisions(out)
	return out, nil
}

// sortDecisions orders newest first: by time, then by number.
func sortDecisions(ds []storedDecision) {
	sort.Slice(ds, func(i, j int) bool {
		if !ds[i].At.Equal(ds[j].At) {
			return ds[i].At.After(ds[j].At)
		}
		return decisionNumber(ds[i].ID) > decisionNumber(ds[j].ID)
	})
}

func decisionNumber(id string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(id, decisionPrefix))
	return n
}

// AddDecision records a curation decision and applies it to every later
// read. It assigns the id (urn:newsgraph:decision:N) and the time if zero.
func (s *Store) AddDecision(ctx context.Context, d newsgraph.Decision) (newsgraph.Decision, error) {
	if err := checkDecision(d); err != nil {
		return newsgraph.Decision{}, err
	}
	unlock, err := s.lockDecision(ctx)
	if err != nil {
		return newsgraph.Decision{}, fmt.Errorf("store: decision: %w", err)
	}
	defer unlock()
	defer s.lockWrite()()
	r := s.reader(ctx)
	for _, e := range d.Entities {
		ent, err := r.entity(r.view.canonical(e))
		if err != nil {
			return newsgraph.Decision{}, fmt.Errorf("store: decision: %w", err)
		}
		if ent == nil {
			if _, isSplit := r.view.splitOf[e]; !isSplit {
				return newsgraph.Decision{}, fmt.Errorf("store: decision: entity %s: %w", e, newsgraph.ErrNotFound)
			}
		}
	}
	sd := storedDecision{Decision: d}
	if d.Kind == newsgraph.DecisionSplit {
		src, err := r.entity(r.view.canonical(d.Entities[0]))
		if err != nil || src == nil {
			return newsgraph.Decision{}, fmt.Errorf("store: split: entity %s: %w", d.Entities[0], newsgraph.ErrNotFound)
		}
		sd.NewEntity = newsgraph.NewEntityID(src.Type, d.Alias)
		if sd.NewEntity == src.ID {
			return newsgraph.Decision{}, fmt.Errorf("store: split %q out of %s gives the same id: %w", d.Alias, src.ID, newsgraph.ErrInvalid)
		}
	}
	n := 0
	for _, old := range s.decisions {
		if k := decisionNumber(old.ID); k > n {
			n = k
		}
	}
	sd.ID = decisionPrefix + strconv.Itoa(n+1)
	if sd.At.IsZero() {
		sd.At = time.Now().UTC()
	}
	sd.Undone = false
	data, err := json.Marshal(sd)
	if err != nil {
		return newsgraph.Decision{}, err
	}
	node := decisionIRI(sd.ID)
	err = s.apply(ctx, []graph.Delta{
		{Quad: quad.Quad{Subject: node, Predicate: pType, Object: classDecision}, Action: graph.Add},
		{Quad: quad.Quad{Subject: node, Predicate: pDecision, Object: quad.String(data)}, Action: graph.Add},
	})
	if err != nil {
		return newsgraph.Decision{}, fmt.Errorf("store: add decision: %w", err)
	}
	sd.raw = string(data)
	s.decisions = append(s.decisions, sd)
	s.folds.reset()
	sortDecisions(s.decisions)
	return sd.Decision, nil
}

func checkDecision(d newsgraph.Decision) error {
	bad := func(msg string) error { return fmt.Errorf("store: decision: %s: %w", msg, newsgraph.ErrInvalid) }
	for _, e := range d.Entities {
		if e == "" {
			return bad("empty entity id")
		}
	}
	switch d.Kind {
	case newsgraph.DecisionMerge:
		if len(d.Entities) < 2 {
			return bad("a merge needs at least two entities")
		}
	case newsgraph.DecisionSplit:
		if len(d.Entities) != 1 || newsgraph.AliasKey(d.Alias) == "" {
			return bad("a split needs one entity and an alias")
		}
	case newsgraph.DecisionRename:
		if len(d.Entities) != 1 || strings.TrimSpace(d.Name) == "" {
			return bad("a rename needs one entity and a name")
		}
	default:
		return bad(fmt.Sprintf("unknown kind %q", d.Kind))
	}
	return nil
}

// UndoDecision marks a decision undone; reads ignore it from then on.
func (s *Store) UndoDecision(ctx context.Context, id string) (newsgraph.Decision, error) {
	unlock, err := s.lockDecision(ctx)
	if err != nil {
		return newsgraph.Decision{}, fmt.Errorf("store: undo decision: %w", err)
	}
	defer unlock()
	defer s.lockWrite()()
	for i, old := range s.decisions {
		if old.ID != id {
			continue
		}
		if old.Undone {
			return old.Decision, nil
		}
		next := old
		next.Undone = true
		data, err := json.Marshal(next)
		if err != nil {
			return newsgraph.Decision{}, err
		}
		node := decisionIRI(id)
		err = s.apply(ctx, []graph.Delta{
			{Quad: quad.Quad{Subject: node, Predicate: pDecision, Object: quad.String(old.raw)}, Action: graph.Delete},
			{Quad: quad.Quad{Subject: node, Predicate: pDecision, Object: quad.String(data)}, Action: graph.Add},
		})
		if err != nil {
			return newsgraph.Decision{}, fmt.Errorf("store: undo decision %s: %w", id, err)
		}
		next.raw = string(data)
		s.decisions[i] = next
		s.folds.reset()
		return next.Decision, nil
	}
	return newsgraph.Decision{}, fmt.Errorf("store: decision %s: %w", id, newsgraph.ErrNotFound)
}

// Decisions lists every decision, newest first, undone ones included.
func (s *Store) Decisions(ctx context.Context) ([]newsgraph.Decision, error) {
	if err := s.syncGeneration(ctx); err != nil {
		return nil, fmt.Errorf("store: decisions: %w", err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]newsgraph.Decision, len(s.decisions))
	for i, d := range s.decisions {
		out[i] = d.Decision
	}
	return out, nil
}
