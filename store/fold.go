package store

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// view is the curation decisions in force, applied at read time so that they
// hold over every later ingest: merges redirect entities to a survivor,
// splits carve an alias out of an entity, renames override the voted name.
type view struct {
	redirect map[newsgraph.EntityID]newsgraph.EntityID   // merged-away id -> survivor
	absorbed map[newsgraph.EntityID][]newsgraph.EntityID // survivor -> merged-away ids
	rename   map[newsgraph.EntityID]string
	splits   map[newsgraph.EntityID][]split // source -> what was carved out of it
	splitOf  map[newsgraph.EntityID]split   // carved-out entity -> its split
}

type split struct {
	source newsgraph.EntityID
	key    string // AliasKey of the alias that left
	alias  string
	id     newsgraph.EntityID
}

func newView(ds []storedDecision) *view {
	v := &view{
		redirect: map[newsgraph.EntityID]newsgraph.EntityID{},
		absorbed: map[newsgraph.EntityID][]newsgraph.EntityID{},
		rename:   map[newsgraph.EntityID]string{},
		splits:   map[newsgraph.EntityID][]split{},
		splitOf:  map[newsgraph.EntityID]split{},
	}
	// Oldest first, so that later decisions see the effect of earlier ones.
	for i := len(ds) - 1; i >= 0; i-- {
		d := ds[i]
		if d.Undone || len(d.Entities) == 0 {
			continue
		}
		switch d.Kind {
		case newsgraph.DecisionMerge:
			survivor := v.canonical(d.Entities[0])
			for _, e := range d.Entities[1:] {
				e = v.canonical(e)
				if e == survivor {
					continue
				}
				v.redirect[e] = survivor
				for _, a := range v.absorbed[e] {
					v.redirect[a] = survivor
				}
				v.absorbed[survivor] = append(v.absorbed[survivor], e)
				v.absorbed[survivor] = append(v.absorbed[survivor], v.absorbed[e]...)
				delete(v.absorbed, e)
			}
		case newsgraph.DecisionSplit:
			src := v.canonical(d.Entities[0])
			sp := split{source: src, key: newsgraph.AliasKey(d.Alias), alias: d.Alias, id: d.NewEntity}
			if sp.key == "" || sp.id == "" || sp.id == src {
				continue
			}
			v.splits[src] = append(v.splits[src], sp)
			v.splitOf[sp.id] = sp
		case newsgraph.DecisionRename:
			if d.Name != "" {
				v.rename[v.canonical(d.Entities[0])] = d.Name
			}
		}
	}
	for id, sp := range v.splitOf {
		if _, ok := v.rename[id]; !ok {
			v.rename[id] = sp.alias
		}
	}
	return v
}

func (v *view) canonical(e newsgraph.EntityID) newsgraph.EntityID {
	if s, ok := v.redirect[e]; ok {
		return s
	}
	return e
}

// members are the stored entities whose statements make up canonical x.
func (v *view) members(x newsgraph.EntityID) []newsgraph.EntityID {
	return append([]newsgraph.EntityID{x}, v.absorbed[x]...)
}

// splitsOf are the splits out of canonical x or of any entity merged into
// it (a split made before the merge still holds).
func (v *view) splitsOf(x newsgraph.EntityID) []split {
	var out []split
	for _, m := range v.members(x) {
		out = append(out, v.splits[m]...)
	}
	return out
}

// mentionEntity is the entity a stored mention counts for under the view.
func (v *view) mentionEntity(e newsgraph.EntityID, surface string) newsgraph.EntityID {
	e = v.canonical(e)
	if sps := v.splitsOf(e); len(sps) > 0 {
		k := newsgraph.AliasKey(surface)
		for _, sp := range sps {
			if sp.key == k {
				return sp.id
			}
		}
	}
	return e
}

// effective gives the statements that make up entity x under the view.
func (r *reader) effective(x newsgraph.EntityID) ([]*stmt, error) {
	return r.effectiveOf(x, r.statements)
}

// effectiveIn is effective restricted to one document's statements: what
// doc adds to x under the view, at the cost of that document's statements.
func (r *reader) effectiveIn(x newsgraph.EntityID, doc newsgraph.DocumentID) ([]*stmt, error) {
	return r.effectiveOf(x, func(m newsgraph.EntityID) ([]*stmt, error) {
		st, err := r.statementOf(stmtIRI(docIRI(doc), m))
		if err != nil || st == nil {
			return nil, err
		}
		return []*stmt{st}, nil
	})
}

// effectiveOf is effective over the statements statements gives of each
// stored entity.
func (r *reader) effectiveOf(x newsgraph.EntityID, statements func(newsgraph.EntityID) ([]*stmt, error)) ([]*stmt, error) {
	v := r.view
	if sp, ok := v.splitOf[x]; ok {
		var out []*stmt
		for _, m := range v.members(v.canonical(sp.source)) {
			sts, err := statements(m)
			if err != nil {
				return nil, err
			}
			for _, st := range sts {
				if part := carve(st, x, sp.key, true); part != nil {
					out = append(out, part)
				}
			}
		}
		return out, nil
	}
	if _, merged := v.redirect[x]; merged {
		return nil, nil
	}
	var keys []string
	for _, sp := range v.splitsOf(x) {
		keys = append(keys, sp.key)
	}
	var out []*stmt
	for _, m := range v.members(x) {
		sts, err := statements(m)
		if err != nil {
			return nil, err
		}
		for _, st := range sts {
			if len(keys) == 0 && m == x {
				out = append(out, st)
				continue
			}
			part := st
			for _, k := range keys {
				if part = carve(part, x, k, false); part == nil {
					break
				}
			}
			if part != nil {
				out = append(out, part)
			}
		}
	}
	return out, nil
}

// carve keeps the surface forms of st whose AliasKey is (keep) or is not
// (!keep) key, with mentions re-pointed at x. A carved-out part keeps only
// surface forms and the document's type; roles stay with the source.
func carve(st *stmt, x newsgraph.EntityID, key string, keep bool) *stmt {
	match := func(s string) bool { return (newsgraph.AliasKey(s) == key) == keep }
	out := &stmt{doc: st.doc, types: st.types}
	for _, n := range st.names {
		if match(n) {
			out.names = append(out.names, n)
		}
	}
	for _, a := range st.aliases {
		if match(a) {
			out.aliases = append(out.aliases, a)
		}
	}
	for _, m := range st.mentions {
		if match(m.Text) {
			m.Entity = x
			out.mentions = append(out.mentions, m)
		}
	}
	if keep {
		if len(out.aliases) == 0 && len(out.mentions) == 0 && len(out.names) == 0 {
			return nil
		}
		out.names = nil // a carved-out entity is called by its alias
		return out
	}
	out.roles, out.partOf = st.roles, st.partOf
	return out
}

// entity folds the statements of x into one view of it; nil when no
// document supports x (or it was merged away). The caller owns the result.
func (r *reader) entity(x newsgraph.EntityID) (*newsgraph.Entity, error) {
	if e, ok := r.s.folds.entity(x); ok {
		return cloneEntity(e), nil
	}
	e, err := r.foldEntity(x)
	if err != nil || e == nil {
		return nil, err
	}
	r.s.folds.putEntity(x, cloneEntity(e))
	return e, nil
}

func (r *reader) foldEntity(x newsgraph.EntityID) (*newsgraph.Entity, error) {
	sts, err := r.effective(x)
	if err != nil {
		return nil, err
	}
	typ, ok := foldType(sts)
	if !ok {
		return nil, nil
	}
	e := &newsgraph.Entity{ID: x, Type: typ}
	names := map[string]int{}
	surfaces := map[string]int{}
	aliases := map[string]bool{}
	for _, st := range sts {
		seen := map[string]bool{}
		for _, n := range st.names {
			aliases[n] = true
			if !seen[n] {
				seen[n] = true
				names[n]++
			}
		}
		seen = map[string]bool{}
		for _, a := range st.aliases {
			aliases[a] = true
			if !seen[a] {
				seen[a] = true
				surfaces[a]++
			}
		}
		for _, m := range st.mentions {
			aliases[m.Text] = true
			if !seen[m.Text] {
				seen[m.Text] = true
				surfaces[m.Text]++
			}
		}
		e.Mentions += len(st.mentions)
	}
	switch {
	case r.view.rename[x] != "":
		e.Name = r.view.rename[x]
	case len(names) > 0:
		e.Name = vote(names)
	case len(surfaces) > 0:
		e.Name = vote(surfaces)
	default:
		e.Name = string(x)
	}
	for a := range aliases {
		if a != "" {
			e.Aliases = append(e.Aliases, a)
		}
	}
	sort.Strings(e.Aliases)
	if e.Roles, err = r.foldRoles(sts); err != nil {
		return nil, err
	}
	return e, nil
}

// foldType is the type most documents give; ties go to the earlier type in
// newsgraph.EntityTypes. ok is false when no document types the entity.
func foldType(sts []*stmt) (newsgraph.EntityType, bool) {
	counts := map[newsgraph.EntityType]int{}
	for _, st := range sts {
		seen := map[newsgraph.EntityType]bool{}
		for _, t := range st.types {
			if !seen[t] {
				seen[t] = true
				counts[t]++
			}
		}
	}
	return voteType(counts)
}

func voteType(counts map[newsgraph.EntityType]int) (newsgraph.EntityType, bool) {
	best, n := newsgraph.EntityType(""), 0
	for _, t := range newsgraph.EntityTypes {
		if counts[t] > n {
			best, n = t, counts[t]
		}
	}
	if n == 0 {
		for t, c := range counts { // a type newer than this binary
			if c > n || (c == n && t < best) {
				best, n = t, c
			}
		}
	}
	return best, n > 0
}

// vote picks the string most documents give; ties go to the longer, then
// the lexically first.
func vote(counts map[string]int) string {
	best, n := "", 0
	for s, c := range counts {
		switch {
		case c > n:
		case c < n:
			continue
		case len(s) > len(best):
		case len(s) < len(best):
			continue
		case s < best:
		default:
			continue
		}
		best, n = s, c
	}
	return best
}

// normTitle is the key under which role titles from different documents
// are the same role: case and spacing do not matter.
func normTitle(t string) string {
	return strings.Join(strings.Fields(strings.ToLower(t)), " ")
}

func (r *reader) foldRoles(sts []*stmt) ([]newsgraph.Role, error) {
	type key struct {
		title string
		of    newsgraph.EntityID
	}
	type acc struct {
		role   newsgraph.Role
		titles map[string]int
	}
	byKey := map[key]*acc{}
	var order []key
	for _, st := range sts {
		pub := st.published
		for _, rs := range st.roles {
			of := r.view.canonical(rs.of)
			if rs.of == "" {
				of = ""
			}
			k := key{normTitle(rs.title), of}
			a := byKey[k]
			if a == nil {
				a = &acc{role: newsgraph.Role{Of: of}, titles: map[string]int{}}
				byKey[k] = a
				order = append(order, k)
			}
			a.titles[rs.title]++
			if a.role.OfName == "" {
				a.role.OfName = rs.ofName
			}
			a.role.Former = a.role.Former || rs.former
			if pub != "" {
				if a.role.Since == "" || pub < a.role.Since {
					a.role.Since = pub
				}
				if pub > a.role.Until {
					a.role.Until = pub
				}
			}
			a.role.Sources = append(a.role.Sources, rs.evidence...)
		}
	}
	sort.Slice(order, func(i, j int) bool {
		if order[i].title != order[j].title {
			return order[i].title < order[j].title
		}
		return order[i].of < order[j].of
	})
	var out []newsgraph.Role
	for _, k := range order {
		a := byKey[k]
		a.role.Title = vote(a.titles)
		sort.Slice(a.role.Sources, func(i, j int) bool { return evidenceLess(a.role.Sources[i], a.role.Sources[j]) })
		out = append(out, a.role)
	}
	return out, nil
}

// entityType is the folded type of x, for location specificity.
func (r *reader) entityType(x newsgraph.EntityID) (newsgraph.EntityType, error) {
	if t, ok := r.types[x]; ok {
		return t, nil
	}
	if e, ok := r.s.folds.entity(x); ok {
		r.types[x] = e.Type
		return e.Type, nil
	}
	sts, err := r.effective(x)
	if err != nil {
		return "", err
	}
	t, _ := foldType(sts)
	r.types[x] = t
	return t, nil
}

// specificity ranks location types: the smaller the more specific.
func specificity(t newsgraph.EntityType) int {
	switch t {
	case newsgraph.Facility:
		return 0
	case newsgraph.Location:
		return 1
	case newsgraph.GPE:
		return 2
	}
	return 3
}

// event folds the claims about v into one view of it; nil when no document
// cites v. The caller owns the result.
func (r *reader) event(v newsgraph.EventID) (*newsgraph.Event, error) {
	if ev, ok := r.s.folds.event(v); ok {
		return cloneEvent(ev), nil
	}
	ev, locations, err := r.foldEvent(v)
	if err != nil || ev == nil {
		return nil, err
	}
	r.s.folds.putEvent(v, cloneEvent(ev), locations)
	return ev, nil
}

// sharedEvent is event without the copy: the folded event as the cache
// holds it, for reads that only look at it (the caller must not change it).
func (r *reader) sharedEvent(v newsgraph.EventID) (*newsgraph.Event, error) {
	if ev, ok := r.s.folds.event(v); ok {
		return ev, nil
	}
	ev, locations, err := r.foldEvent(v)
	r.s.eventFolds.Add(1)
	if err != nil || ev == nil {
		return nil, err
	}
	r.s.folds.putEvent(v, ev, locations)
	return ev, nil
}

// foldEvent also returns the locations whose types the fold looked at.
func (r *reader) foldEvent(v newsgraph.EventID) (*newsgraph.Event, []newsgraph.EntityID, error) {
	cs, err := r.claims(v)
	if err != nil || len(cs) == 0 {
		return nil, nil, err
	}
	ev := &newsgraph.Event{ID: v}
	types := map[newsgraph.EventType]int{}
	type partKey struct {
		role   string
		entity newsgraph.EntityID
	}
	parts := map[partKey]bool{}
	type locAcc struct {
		spec, count, latest int
	}
	locs := map[newsgraph.EntityID]*locAcc{}
	for i, c := range cs {
		seen := map[newsgraph.EventType]bool{}
		for _, t := range c.types {
			if !seen[t] {
				seen[t] = true
				types[t]++
			}
		}
		for _, p := range c.participants {
			p.Entity = r.view.canonical(p.Entity)
			if k := (partKey{p.Role, p.Entity}); !parts[k] {
				parts[k] = true
				ev.Participants = append(ev.Participants, p)
			}
		}
		ev.Sources = append(ev.Sources, c.evidence...)
		loc := newsgraph.EntityID("")
		if c.location != "" {
			loc = r.view.canonical(c.location)
			a := locs[loc]
			if a == nil {
				t, err := r.entityType(loc)
				if err != nil {
					return nil, nil, err
				}
				a = &locAcc{spec: specificity(t)}
				locs[loc] = a
			}
			a.count++
			a.latest = i
		}
		ev.Claims = append(ev.Claims, newsgraph.Claim{
			Document: c.doc, Published: c.published, Status: c.status,
			Start: c.start, End: c.end, Location: loc,
		})
		if c.status != "" {
			ev.Status = c.status
		}
		if c.start != "" || c.end != "" {
			ev.Start, ev.End = c.start, c.end
		}
	}
	for _, t := range newsgraph.EventTypes {
		if types[t] > types[ev.Type] || (ev.Type == "" && types[t] > 0) {
			ev.Type = t
		}
	}
	var best *locAcc
	for id, a := range locs {
		if best == nil || a.spec < best.spec ||
			(a.spec == best.spec && (a.count > best.count || (a.count == best.count && a.latest > best.latest))) {
			best, ev.Location = a, id
		}
	}
	sort.Slice(ev.Participants, func(i, j int) bool {
		a, b := ev.Participants[i], ev.Participants[j]
		if a.Role != b.Role {
			return a.Role < b.Role
		}
		return a.Entity < b.Entity
	})
	sort.Slice(ev.Sources, func(i, j int) bool { return evidenceLess(ev.Sources[i], ev.Sources[j]) })
	locations := make([]newsgraph.EntityID, 0, len(locs))
	for id := range locs {
		locations = append(locations, id)
	}
	return ev, locations, nil
}
