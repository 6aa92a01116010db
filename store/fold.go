package store

import (
	"slices"
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
		st, err := r.statementIn(doc, m)
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
// document supports x (or it was merged away). The result is the fold
// cache's, shared by every reader: the caller must not change it (no
// caller does; appending to its lists copies them, see frozen).
func (r *reader) entity(x newsgraph.EntityID) (*newsgraph.Entity, error) {
	if e, ok := r.s.folds.entity(x); ok {
		return e, nil
	}
	f, ok := r.s.folds.entityFold(x)
	if !ok {
		var err error
		if f, err = r.foldEntity(x); err != nil {
			return nil, err
		}
		// A scan keeps the entity (what the next listing reads), not the
		// counts a write would patch: a write to it folds it again.
		if !r.scan || r.keepFolds {
			r.s.folds.putEntityFold(x, f)
		}
	}
	e := f.entity(r.view)
	if e == nil {
		return nil, nil
	}
	frozen(e)
	r.s.folds.putEntity(x, e)
	return e, nil
}

// foldEntity counts every statement of x under the view.
func (r *reader) foldEntity(x newsgraph.EntityID) (*entityFold, error) {
	r.s.entityFolds.Add(1)
	sts, err := r.effective(x)
	if err != nil {
		return nil, err
	}
	f := newEntityFold(x, plain(r.view, x))
	for i, st := range sts {
		o := stmtOrder{doc: st.doc}
		if !f.plain {
			o.i = i
		}
		f.count(r.view, st, o, +1)
	}
	for _, rf := range f.roles {
		rf.sources.sort()
	}
	return f, nil
}

// plain reports whether x is made of its own statements alone: no
// decision merged another entity into it or carved one out of it, and it
// is not carved out itself. A write changes such an entity's statements
// one document at a time.
func plain(v *view, x newsgraph.EntityID) bool {
	_, merged := v.redirect[x]
	_, carved := v.splitOf[x]
	return !merged && !carved && len(v.absorbed[x]) == 0 && len(v.splits[x]) == 0
}

// entityFold is an entity's fold kept as counts over its statements, so
// that a write replaces one document's statement in it (patch) instead of
// folding every document that states the entity again; entity gives the
// folded entity. Writers change it under the Store's write lock.
type entityFold struct {
	x     newsgraph.EntityID
	plain bool // see plain: only such folds are patched
	// A fold keeps no statement: a write takes back a document's statement
	// from the literal of the quad it deletes (patch). It kept each as its
	// literal, a string a document (53k strings and as many document ids
	// in the folds a server warmed at 21k stories), and before that as the
	// decoded statement, dozens of objects, for the collector to mark at
	// every cycle.

	types    map[newsgraph.EntityType]int // documents giving each type
	names    map[string]int               // statements giving each name
	surfaces map[string]int               // statements giving each alias or mention text
	aliases  map[string]int               // statements giving each name, alias or mention text
	mentions int
	roles    map[roleKey]*roleFold
}

// roleKey is what makes roles from different documents the same role.
type roleKey struct {
	title string // normTitle
	of    newsgraph.EntityID
}

type roleFold struct {
	n       int                  // role statements
	titles  map[string]int       // per title as written
	ofNames map[stmtOrder]string // per statement, the first name it gives the country
	former  int                  // role statements saying former
	pubs    map[string]int       // role statements per publication date
	sources evidenceList
}

// evidenceList is evidence sorted by evidenceLess, up to sorted, then as
// added since.
type evidenceList struct {
	list   []newsgraph.Evidence
	sorted int
}

func (l *evidenceList) add(evs []newsgraph.Evidence) {
	l.list = append(l.list, evs...)
}

// remove takes back every evidence in document doc.
func (l *evidenceList) remove(doc newsgraph.DocumentID) {
	l.sort()
	l.list = slices.DeleteFunc(l.list, func(e newsgraph.Evidence) bool { return e.Document == doc })
	l.sorted = len(l.list)
}

// sort sorts the evidence added since the last sort into the rest: the
// cost of the added, and a merge.
func (l *evidenceList) sort() {
	if l.sorted == len(l.list) {
		return
	}
	less := func(a, b newsgraph.Evidence) int {
		if evidenceLess(a, b) {
			return -1
		}
		if evidenceLess(b, a) {
			return 1
		}
		return 0
	}
	head, tail := l.list[:l.sorted], slices.Clone(l.list[l.sorted:])
	slices.SortFunc(tail, less)
	out := make([]newsgraph.Evidence, 0, len(l.list))
	for len(head) > 0 && len(tail) > 0 {
		if less(tail[0], head[0]) < 0 {
			out, tail = append(out, tail[0]), tail[1:]
		} else {
			out, head = append(out, head[0]), head[1:]
		}
	}
	l.list = append(append(out, head...), tail...)
	l.sorted = len(l.list)
}

// stmtOrder orders statements as effective lists them: a plain entity's by
// document; another's by position (i), since members come one after another.
type stmtOrder struct {
	i   int
	doc newsgraph.DocumentID
}

func (a stmtOrder) less(b stmtOrder) bool {
	if a.i != b.i {
		return a.i < b.i
	}
	return a.doc < b.doc
}

func newEntityFold(x newsgraph.EntityID, plain bool) *entityFold {
	f := &entityFold{x: x, plain: plain, types: map[newsgraph.EntityType]int{}, names: map[string]int{},
		surfaces: map[string]int{}, aliases: map[string]int{}, roles: map[roleKey]*roleFold{}}
	return f
}

// bump adds d to m[k], deleting it at zero, so that votes see only what
// some statement gives.
func bump[K comparable](m map[K]int, k K, d int) {
	if m[k] += d; m[k] == 0 {
		delete(m, k)
	}
}

// count adds (d = +1) or takes back (d = -1) statement st at o. Role
// sources added are appended unsorted: the caller sorts them.
func (f *entityFold) count(v *view, st *stmt, o stmtOrder, d int) {
	seenT := map[newsgraph.EntityType]bool{}
	for _, t := range st.types {
		if !seenT[t] {
			seenT[t] = true
			bump(f.types, t, d)
		}
	}
	all := map[string]bool{}
	seen := map[string]bool{}
	for _, n := range st.names {
		all[n] = true
		if !seen[n] {
			seen[n] = true
			bump(f.names, n, d)
		}
	}
	seen = map[string]bool{}
	for _, a := range st.aliases {
		all[a] = true
		if !seen[a] {
			seen[a] = true
			bump(f.surfaces, a, d)
		}
	}
	for _, m := range st.mentions {
		all[m.Text] = true
		if !seen[m.Text] {
			seen[m.Text] = true
			bump(f.surfaces, m.Text, d)
		}
	}
	for a := range all {
		bump(f.aliases, a, d)
	}
	f.mentions += d * len(st.mentions)
	for _, rs := range st.roles {
		of := v.canonical(rs.of)
		if rs.of == "" {
			of = ""
		}
		k := roleKey{normTitle(rs.title), of}
		rf := f.roles[k]
		if rf == nil {
			rf = &roleFold{titles: map[string]int{}, ofNames: map[stmtOrder]string{}, pubs: map[string]int{}}
			f.roles[k] = rf
		}
		rf.n += d
		bump(rf.titles, rs.title, d)
		if rs.former {
			rf.former += d
		}
		if st.published != "" {
			bump(rf.pubs, st.published, d)
		}
		if d > 0 {
			if _, ok := rf.ofNames[o]; !ok && rs.ofName != "" {
				rf.ofNames[o] = rs.ofName
			}
			rf.sources.add(rs.evidence)
		} else {
			delete(rf.ofNames, o)
			rf.sources.remove(st.doc)
		}
		if rf.n == 0 {
			delete(f.roles, k)
		}
	}
}

// patch replaces what document doc states of a plain entity with st (nil:
// it states nothing of it now). The statement taken back is lit, the
// literal of the statement quad the write replaced ("": doc stated nothing
// of it before), which the fold counted (writes hold the write lock, so a
// kept fold counts every statement the store held before the write). It is
// decoded apart from the decoded cache, without sentence texts: the
// document may be written anew, and a fold counts no text.
func (f *entityFold) patch(r *reader, v *view, doc newsgraph.DocumentID, lit string, st *stmt) error {
	if lit != "" {
		old, err := r.decodeStatementRefs(lit)
		if err != nil {
			return err
		}
		f.count(v, old, stmtOrder{doc: doc}, -1)
	}
	if st == nil {
		return nil
	}
	f.count(v, st, stmtOrder{doc: doc}, +1)
	for _, rf := range f.roles {
		rf.sources.sort()
	}
	return nil
}

// entity is the folded entity; nil when no statement gives it a type. The
// caller owns the result.
func (f *entityFold) entity(v *view) *newsgraph.Entity {
	typ, ok := voteType(f.types)
	if !ok {
		return nil
	}
	e := &newsgraph.Entity{ID: f.x, Type: typ, Mentions: f.mentions, Name: f.name(v)}
	for a := range f.aliases {
		if a != "" {
			e.Aliases = append(e.Aliases, a)
		}
	}
	sort.Strings(e.Aliases)
	keys := make([]roleKey, 0, len(f.roles))
	for k := range f.roles {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].title != keys[j].title {
			return keys[i].title < keys[j].title
		}
		return keys[i].of < keys[j].of
	})
	for _, k := range keys {
		rf := f.roles[k]
		r := newsgraph.Role{Title: vote(rf.titles), Of: k.of, Former: rf.former > 0}
		var first stmtOrder
		for o, name := range rf.ofNames {
			if r.OfName == "" || o.less(first) {
				r.OfName, first = name, o
			}
		}
		for pub := range rf.pubs {
			if r.Since == "" || pub < r.Since {
				r.Since = pub
			}
			if pub > r.Until {
				r.Until = pub
			}
		}
		if len(rf.sources.list) > 0 {
			r.Sources = slices.Clone(rf.sources.list)
		}
		e.Roles = append(e.Roles, r)
	}
	return e
}

// name is the folded entity's name.
func (f *entityFold) name(v *view) string {
	switch {
	case v.rename[f.x] != "":
		return v.rename[f.x]
	case len(f.names) > 0:
		return vote(f.names)
	case len(f.surfaces) > 0:
		return vote(f.surfaces)
	}
	return string(f.x)
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

// entityType is the folded type of x, for location specificity.
func (r *reader) entityType(x newsgraph.EntityID) (newsgraph.EntityType, error) {
	if t, ok := r.types[x]; ok {
		return t, nil
	}
	// The kept folded types (Stats, EntityIDs) give it without a read: a
	// place is often a hub stated by thousands of documents, whose
	// statements an event's fold would otherwise decode and keep (at 19k
	// Reuters stories, 40 % of a warmed server's heap objects).
	if types, _ := r.s.folds.types(); types != nil {
		t := types[x]
		r.types[x] = t
		return t, nil
	}
	if e, ok := r.s.folds.entity(x); ok {
		r.types[x] = e.Type
		return e.Type, nil
	}
	if f, ok := r.s.folds.entityFold(x); ok {
		t, _ := voteType(f.types)
		r.types[x] = t
		return t, nil
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
	ev, err := r.sharedEvent(v)
	if err != nil || ev == nil {
		return nil, err
	}
	return cloneEvent(ev), nil
}

// sharedEvent is event without the copy: the folded event as the cache
// holds it, for reads that only look at it (the caller must not change it).
func (r *reader) sharedEvent(v newsgraph.EventID) (*newsgraph.Event, error) {
	if ev, ok := r.s.folds.event(v); ok {
		return ev, nil
	}
	f, ok := r.s.folds.eventFold(v)
	if !ok {
		var err error
		if f, err = r.foldEvent(v); err != nil {
			return nil, err
		}
		r.s.folds.putEventFold(v, f)
	}
	ev, locations, err := f.event(r)
	r.s.eventFolds.Add(1)
	if err != nil || ev == nil {
		return nil, err
	}
	r.s.folds.putEvent(v, ev, locations)
	return ev, nil
}

// foldEvent counts every claim about v.
func (r *reader) foldEvent(v newsgraph.EventID) (*eventFold, error) {
	cs, err := r.claims(v)
	if err != nil {
		return nil, err
	}
	f := &eventFold{id: v, claims: make([]*claim, len(cs)), types: map[newsgraph.EventType]int{}, parts: map[newsgraph.Participant]int{}}
	for i, c := range cs {
		f.count(r.view, c, +1)
		f.claims[i] = keptClaim(c)
	}
	f.sources.sort()
	return f, nil
}

// keptClaim is claim c as a kept event fold holds it: what the folded
// event reads of it (its document, publication, status, dates and place,
// in one string) and its literal, from which a write that takes it back
// decodes its votes again (patch). The decoded claim, its types,
// participants and evidence, was some fifteen objects a claim for the
// collector to mark at every cycle (70k in the event folds of a server
// warmed at 21k stories); its sources are the fold's.
func keptClaim(c *claim) *claim {
	parts := []string{string(c.doc), c.published, string(c.status), c.start, c.end, string(c.location)}
	all := strings.Join(parts, "")
	for i, p := range parts {
		parts[i], all = all[:len(p)], all[len(p):]
	}
	return &claim{doc: newsgraph.DocumentID(parts[0]), published: parts[1], status: newsgraph.EventStatus(parts[2]),
		start: parts[3], end: parts[4], location: newsgraph.EntityID(parts[5]), lit: c.lit}
}

// eventFold is an event's claims in order, with the counts its type and
// participants are voted from and its sources sorted, so that a write
// replaces one document's claim in it (patch) instead of decoding and
// sorting every claim of a much-told event again; event gives the folded
// event. Writers change it under the Store's write lock.
type eventFold struct {
	id      newsgraph.EventID
	claims  []*claim // oldest first, as claims lists them
	types   map[newsgraph.EventType]int
	parts   map[newsgraph.Participant]int // claims naming each participant (under the view)
	sources evidenceList
}

// claimBefore is the order of claims: by publication, then document, then
// (two claims of one document) their JSON.
func claimBefore(a, b *claim) bool {
	if a.published != b.published {
		return a.published < b.published
	}
	if a.doc != b.doc {
		return a.doc < b.doc
	}
	return a.lit < b.lit
}

// count adds (d = +1) or takes back (d = -1) claim c's votes and sources
// (not c itself: see patch).
func (f *eventFold) count(v *view, c *claim, d int) {
	seen := map[newsgraph.EventType]bool{}
	for _, t := range c.types {
		if !seen[t] {
			seen[t] = true
			bump(f.types, t, d)
		}
	}
	parts := map[newsgraph.Participant]bool{}
	for _, p := range c.participants {
		p.Entity = v.canonical(p.Entity)
		if !parts[p] {
			parts[p] = true
			bump(f.parts, p, d)
		}
	}
	if d > 0 {
		f.sources.add(c.evidence)
	} else {
		f.sources.remove(c.doc)
	}
}

// patch replaces document doc's claims with cs (none: doc no longer cites
// the event). A claim taken back is decoded from its literal (keptClaim)
// without sentence texts; on an error the fold is half patched, and the
// caller drops it.
func (f *eventFold) patch(r *reader, v *view, doc newsgraph.DocumentID, cs []*claim) error {
	var err error
	f.claims = slices.DeleteFunc(f.claims, func(o *claim) bool {
		if o.doc != doc || err != nil {
			return false
		}
		var old *claim
		if old, err = r.decodeClaimRefs(o.lit); err == nil {
			f.count(v, old, -1)
		}
		return true
	})
	if err != nil {
		return err
	}
	for _, c := range cs {
		f.count(v, c, +1)
		k := keptClaim(c)
		i := sort.Search(len(f.claims), func(i int) bool { return !claimBefore(f.claims[i], k) })
		f.claims = slices.Insert(f.claims, i, k)
	}
	f.sources.sort()
	return nil
}

// event is the folded event, nil when no claim is left, with the locations
// whose types the fold looked at.
func (f *eventFold) event(r *reader) (*newsgraph.Event, []newsgraph.EntityID, error) {
	if len(f.claims) == 0 {
		return nil, nil, nil
	}
	ev := &newsgraph.Event{ID: f.id, Claims: make([]newsgraph.Claim, 0, len(f.claims))}
	type locAcc struct {
		spec, count, latest int
	}
	locs := map[newsgraph.EntityID]*locAcc{}
	for i, c := range f.claims {
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
		if f.types[t] > f.types[ev.Type] || (ev.Type == "" && f.types[t] > 0) {
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
	for p := range f.parts {
		ev.Participants = append(ev.Participants, p)
	}
	sort.Slice(ev.Participants, func(i, j int) bool {
		a, b := ev.Participants[i], ev.Participants[j]
		if a.Role != b.Role {
			return a.Role < b.Role
		}
		return a.Entity < b.Entity
	})
	if len(f.sources.list) > 0 {
		ev.Sources = slices.Clone(f.sources.list)
	}
	locations := make([]newsgraph.EntityID, 0, len(locs))
	for id := range locs {
		locations = append(locations, id)
	}
	return ev, locations, nil
}
