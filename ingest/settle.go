package ingest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph"
)

// prepared is a document validated and extracted ahead of its write, with
// what its extraction asked of the graph and how many writes it had seen.
type prepared struct {
	doc   newsgraph.Document
	x     *newsgraph.Extraction
	seen  *view
	seq   uint64
	epoch uint64
	err   error
}

// prepare validates and extracts doc against the graph as it stands; safe
// to run concurrently with other prepares and with the writer.
func (s *Service) prepare(ctx context.Context, doc newsgraph.Document) prepared {
	if doc.ID == "" {
		doc.ID = ContentID(doc.Text)
	}
	p := prepared{doc: doc, seq: s.seq.Load(), epoch: s.epoch.Load()}
	if p.err = Validate(doc, s.maxBytes); p.err != nil {
		return p
	}
	p.seen = s.without(doc.ID)
	x, err := s.extract(ctx, doc, p.seen)
	if err != nil {
		p.err = fmt.Errorf("ingest: extract %s: %w", doc.ID, err)
		return p
	}
	p.x = x
	return p
}

// extract is the extractor's Extract, with a panic in it (a fault of the
// extractor on this text) turned into the document's error: the batch goes
// on without it, and a write under way stops before it is half done.
func (s *Service) extract(ctx context.Context, doc newsgraph.Document, g Lookup) (x *newsgraph.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			x, err = nil, fmt.Errorf("%w on this document, nothing of it stored (please report it with the text): %v", newsgraph.ErrExtractorFault, r)
		}
	}()
	return s.ex.Extract(ctx, doc, g)
}

// link is the extractor's Link, with a panic in it turned into the text's
// error as extract does.
func (s *Service) link(ctx context.Context, text string) (ms []newsgraph.LinkedMention, err error) {
	defer func() {
		if r := recover(); r != nil {
			ms, err = nil, fmt.Errorf("%w on this text (please report it with the text): %v", newsgraph.ErrExtractorFault, r)
		}
	}()
	return s.ex.Link(ctx, text, s.st)
}

// write applies a prepared document, extracting it again first when a write
// since its extraction changed an answer it used, then settles the graph.
// It holds the store's writer lock throughout, so that no other process
// writes between what settling reads and what it writes.
func (s *Service) write(ctx context.Context, p prepared) (*newsgraph.Extraction, error) {
	return s.writeKeep(ctx, p, func() bool { return false }, false)
}

// maxHold bounds how long writeKeep keeps the writer lock across the
// writes of one Run: another process's writer waits at most about this
// long, plus one write.
const maxHold = 200 * time.Millisecond

// writeKeep is write, keeping the store's writer lock after it when keep
// says another write follows at once (and the lock is younger than
// maxHold), for that write: taking and releasing it is two round trips to
// PostgreSQL a document on the writer's path, and a store holding it keeps
// what it read of the documents written (see store.LockWriter). Nothing
// changes for the graph: no other process writes while it is held, as
// within one write. Release lets go of a kept lock. later leaves the
// documents the write affects waiting to be read again (see settle), for
// settleBatch.
func (s *Service) writeKeep(ctx context.Context, p prepared, keep func() bool, later bool) (*newsgraph.Extraction, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.held == nil {
		unlock, err := s.lockWriter(ctx)
		if err != nil {
			return nil, fmt.Errorf("ingest: store %s: %w", p.doc.ID, err)
		}
		s.held, s.heldSince = unlock, time.Now()
	}
	defer func() {
		if !keep() || time.Since(s.heldSince) > maxHold {
			s.releaseLocked()
		}
	}()
	stale, err := s.stale(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("ingest: store %s: %w", p.doc.ID, err)
	}
	if stale {
		s.rereads.Add(1)
		if p = s.prepare(ctx, p.doc); p.err != nil {
			return nil, p.err
		}
	}
	if err := s.settle(ctx, p.x, p.seen, later); err != nil {
		return nil, err
	}
	return p.x, nil
}

// settleBatch reads again the documents the writes of a Run left waiting
// (see settle), under the store's writer lock.
func (s *Service) settleBatch(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.waiting.len() == 0 {
		s.deferred = 0
		return nil
	}
	if s.held == nil {
		unlock, err := s.lockWriter(ctx)
		if err != nil {
			return fmt.Errorf("ingest: settle: %w", err)
		}
		s.held, s.heldSince = unlock, time.Now()
	}
	defer s.releaseLocked()
	return s.drain(ctx)
}

// release lets go of the writer lock writeKeep kept, if it did.
func (s *Service) release() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.releaseLocked()
}

// releaseLocked is release; caller holds s.mu.
func (s *Service) releaseLocked() {
	if s.held != nil {
		s.held()
		s.held = nil
	}
}

// lockWriter takes the store's writer lock, if it has one. When another
// process wrote since this one last held it, the cached answers are
// dropped and every extraction begun before is stale: this process's
// record of which write changed which answer knows nothing of that write.
// Caller holds s.mu.
func (s *Service) lockWriter(ctx context.Context) (func(), error) {
	wl, ok := s.st.(writerLocker)
	if !ok {
		return func() {}, nil
	}
	unlock, foreign, err := wl.LockWriter(ctx)
	if err != nil {
		return nil, err
	}
	if foreign {
		s.lookups.forget()
		s.cache.reset()
		s.epoch.Add(1)
	}
	return unlock, nil
}

// stale reports whether p must be extracted again before its write:
// another process wrote since its extraction began, or a write of this one
// since changed the answer to an alias key p looked up in a way its
// extraction would read differently (see holds), or the events of an
// entity it asked about. Caller holds s.mu.
func (s *Service) stale(ctx context.Context, p prepared) (bool, error) {
	if p.epoch != s.epoch.Load() {
		return true, nil
	}
	if s.seq.Load() == p.seq {
		return false, nil
	}
	p.seen.mu.Lock()
	ents := p.seen.ents
	p.seen.mu.Unlock()
	for _, e := range ents {
		if s.ents[e] > p.seq {
			return true, nil
		}
	}
	for _, u := range p.seen.used() {
		changed := false
		for _, k := range u.keys {
			changed = changed || s.keys[k] > p.seq
		}
		if !changed {
			continue
		}
		ok, err := s.holds(ctx, p.doc.ID, u)
		if err != nil || !ok {
			return true, err
		}
	}
	return false, nil
}

// holds reports whether the answers that doc's extraction would now get
// lead it where those it got did, as use u tells; never where it used a
// whole answer. Caller holds s.mu.
func (s *Service) holds(ctx context.Context, doc newsgraph.DocumentID, u use) (bool, error) {
	if u.same == nil && u.rec != "" {
		u.same = s.sameOf(u)
	}
	if u.same == nil {
		return false, nil
	}
	var err error
	ok := u.same(func(key string) []newsgraph.Entity {
		es, e := entitiesByKey(ctx, s.cache, key, doc)
		if e != nil && err == nil {
			err = e
		}
		return slices.Clone(es)
	})
	if err != nil {
		return false, err
	}
	return ok, nil
}

// maxSettle bounds the documents one settling may read again beyond
// those waiting when it began: a cycle of documents that keep changing
// each other stops there.
const maxSettle = 10000

// settleEvery bounds the writes of one Run whose settling waits (see
// settle): after that many, the documents they affected are read again
// before the next write, so that a process stopped in mid-batch leaves at
// most that many writes' worth of documents unsettled.
const settleEvery = 2000

// settle stores x, the document being ingested (seen is the graph it was
// extracted against), and notes the stored documents whose extraction the
// write may have changed (see put) as waiting to be read again. Unless
// later, it then reads them again at once (see drain). Run passes later:
// its writes only gather the documents they affect, and each is read again
// once, as the batch ends (or every settleEvery writes), against the graph
// the whole batch built, not once per write that touches its keys; the
// graph is the same, a function of the set of documents. Caller holds s.mu.
func (s *Service) settle(ctx context.Context, x *newsgraph.Extraction, seen *view, later bool) error {
	affected, err := s.putUsed(ctx, x, seen, true)
	if err != nil {
		return fmt.Errorf("ingest: store %s: %w", x.Document.ID, err)
	}
	if err := s.wait(ctx, affected); err != nil {
		return err
	}
	s.deferred++
	if later && s.deferred < settleEvery {
		return nil
	}
	return s.drain(ctx)
}

// putUsed is put, with x's record of what its extraction used of seen,
// which the service keeps after the write. Caller holds s.mu.
func (s *Service) putUsed(ctx context.Context, x *newsgraph.Extraction, seen *view, fresh bool) ([]newsgraph.DocumentID, error) {
	x.Lookups = encodeUses(seen.used())
	x.LookedUp = unstated(seen.used(), x)
	affected, err := s.put(ctx, x, fresh)
	if err != nil {
		return nil, err
	}
	s.lookups.record(x.Document.ID, s.recorded(seen.used()))
	return affected, nil
}

// drain reads again, in id order, every stored document waiting to be
// (see settle), storing each, until none waits: reading one again may make
// others wait, the document being ingested among them. The graph is then
// what the set of documents gives, in whatever order they came. A document
// the reading of which fails waits on, for the next drain. Caller holds
// s.mu.
//
// The workers extract the smallest waiting documents ahead (see readAhead)
// while this writer stores them, one by one, in id order as a serial drain
// does: one whose extraction a write since changed (see stale) is
// extracted again here, so the graph is the serial drain's, byte for byte.
func (s *Service) drain(ctx context.Context) (err error) {
	s.deferred = 0
	limit := maxSettle + s.waiting.len()
	ra := s.readAhead(ctx)
	defer ra.stop()
	// The documents read again (or gone, or given up) are no longer kept
	// as waiting, unless a later write made them wait again.
	var settled []newsgraph.DocumentID
	defer func() {
		var drop []newsgraph.DocumentID
		for _, id := range settled {
			if !s.waiting.in[id] {
				drop = append(drop, id)
			}
		}
		if serr := s.markWaiting(ctx, nil, drop); err == nil && serr != nil {
			err = fmt.Errorf("ingest: settle: %w", serr)
		}
	}()
	for n := 0; s.waiting.len() > 0; n++ {
		if n >= limit {
			settled = append(settled, s.waiting.ids...)
			s.waiting.clear()
			return nil
		}
		ra.fill()
		next := s.waiting.pop()
		settled = append(settled, next)
		p, ok := ra.take(next)
		if ok && p.err == nil {
			stale, err := s.stale(ctx, p)
			if err != nil {
				s.waiting.add(next)
				return fmt.Errorf("ingest: extract %s again: %w", next, err)
			}
			ok = !stale
		}
		if !ok || p.err != nil {
			// Not extracted ahead, or against a graph a write since
			// changed (or it failed there): extracted now.
			docs, err := s.st.Documents(ctx, []newsgraph.DocumentID{next})
			if err != nil {
				s.waiting.add(next)
				return fmt.Errorf("ingest: read %s again: %w", next, err)
			}
			doc := docs[next]
			if doc == nil {
				continue
			}
			p = prepared{doc: *doc, seen: s.without(next)}
			p.x, p.err = s.extract(ctx, *doc, p.seen)
		}
		s.rereads.Add(1)
		switch {
		case errors.Is(p.err, newsgraph.ErrExtractorFault):
			// A stored document the extractor now faults on keeps the
			// facts it was stored with: the write that asked for it to be
			// read again is not that document's, and is already stored.
			continue
		case p.err != nil:
			s.waiting.add(next)
			return fmt.Errorf("ingest: extract %s again: %w", next, p.err)
		}
		affected, err := s.putUsed(ctx, p.x, p.seen, false)
		if err != nil {
			s.waiting.add(next)
			return fmt.Errorf("ingest: store %s again: %w", next, err)
		}
		if err := s.wait(ctx, affected); err != nil {
			return err
		}
	}
	return nil
}

// unsettledStore is a store that keeps the documents waiting to be read
// again (store.Unsettled): a process killed before it read them again
// leaves them to the next, which reads them again first (see resume).
type unsettledStore interface {
	Unsettled(ctx context.Context) ([]newsgraph.DocumentID, error)
	MarkUnsettled(ctx context.Context, add, drop []newsgraph.DocumentID) error
}

// wait adds ids to the documents waiting to be read again, and to those
// the store keeps so. Caller holds s.mu.
func (s *Service) wait(ctx context.Context, ids []newsgraph.DocumentID) error {
	var add []newsgraph.DocumentID
	for _, id := range ids {
		if !s.waiting.in[id] {
			add = append(add, id)
		}
	}
	s.waiting.add(ids...)
	if err := s.markWaiting(ctx, add, nil); err != nil {
		return fmt.Errorf("ingest: settle: %w", err)
	}
	return nil
}

// markWaiting is the store's MarkUnsettled, where it keeps them.
func (s *Service) markWaiting(ctx context.Context, add, drop []newsgraph.DocumentID) error {
	us, ok := s.st.(unsettledStore)
	if !ok || len(add) == 0 && len(drop) == 0 {
		return nil
	}
	return us.MarkUnsettled(ctx, add, drop)
}

// resume takes up, once per service, the documents an earlier process
// left waiting to be read again (killed before its batch ended): they wait
// here, to be read again as this one's first write or batch ends.
func (s *Service) resume(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.resumed {
		return nil
	}
	if us, ok := s.st.(unsettledStore); ok {
		ids, err := us.Unsettled(ctx)
		if err != nil {
			return fmt.Errorf("ingest: settle: %w", err)
		}
		s.waiting.add(ids...)
	}
	s.resumed = true
	return nil
}

// readAhead extracts, on the service's workers, the documents drain will
// read again next: the smallest waiting ids, at most two per worker at
// once, each against the graph as it stands when its extraction begins.
type readAhead struct {
	s        *Service
	ctx      context.Context
	cancel   context.CancelFunc
	jobs     chan aheadJob
	wg       sync.WaitGroup
	inflight map[newsgraph.DocumentID]chan prepared
	window   int
}

type aheadJob struct {
	doc  newsgraph.Document
	done chan prepared
}

// readAhead starts the workers of one drain; stop ends them.
func (s *Service) readAhead(ctx context.Context) *readAhead {
	ctx, cancel := context.WithCancel(ctx)
	ra := &readAhead{s: s, ctx: ctx, cancel: cancel, inflight: map[newsgraph.DocumentID]chan prepared{}}
	if s.workers < 2 || s.waiting.len() < 2 {
		return ra // one core, or one document: nothing to gain
	}
	ra.window = 2 * s.workers
	ra.jobs = make(chan aheadJob, ra.window)
	for range s.workers {
		ra.wg.Add(1)
		go func() {
			defer ra.wg.Done()
			for j := range ra.jobs {
				if ctx.Err() != nil {
					j.done <- prepared{err: ctx.Err()}
					continue
				}
				// the writes seen so far, read before the graph is
				p := prepared{doc: j.doc, seq: s.seq.Load(), epoch: s.epoch.Load(), seen: s.without(j.doc.ID)}
				p.x, p.err = s.extract(ctx, j.doc, p.seen)
				j.done <- p
			}
		}()
	}
	return ra
}

// fill starts the extraction of the smallest waiting documents not under
// way, up to the window. Caller holds s.mu.
func (ra *readAhead) fill() {
	if ra.jobs == nil || len(ra.inflight) >= ra.window {
		return
	}
	var ids []newsgraph.DocumentID
	for _, id := range ra.s.waiting.ids {
		if len(ra.inflight)+len(ids) >= ra.window {
			break
		}
		if _, ok := ra.inflight[id]; !ok {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return
	}
	docs, err := ra.s.st.Documents(ra.ctx, ids)
	if err != nil {
		return // drain reads them one by one, and reports the error
	}
	for _, id := range ids {
		if doc := docs[id]; doc != nil {
			done := make(chan prepared, 1)
			ra.inflight[id] = done
			ra.jobs <- aheadJob{doc: *doc, done: done}
		}
	}
}

// take waits for the extraction of id begun ahead, if one was.
func (ra *readAhead) take(id newsgraph.DocumentID) (prepared, bool) {
	done, ok := ra.inflight[id]
	if !ok {
		return prepared{}, false
	}
	delete(ra.inflight, id)
	return <-done, true
}

// stop cancels what is under way and waits for the workers.
func (ra *readAhead) stop() {
	ra.cancel()
	if ra.jobs != nil {
		close(ra.jobs)
		ra.wg.Wait()
	}
}

// waitList is the documents waiting to be read again, each once, taken in
// id order.
type waitList struct {
	in  map[newsgraph.DocumentID]bool
	ids []newsgraph.DocumentID // sorted
}

func (w *waitList) add(ids ...newsgraph.DocumentID) {
	if w.in == nil {
		w.in = map[newsgraph.DocumentID]bool{}
	}
	for _, id := range ids {
		if !w.in[id] {
			w.in[id] = true
			i, _ := slices.BinarySearch(w.ids, id)
			w.ids = slices.Insert(w.ids, i, id)
		}
	}
}

func (w *waitList) len() int { return len(w.in) }

// pop takes the smallest id out.
func (w *waitList) pop() newsgraph.DocumentID {
	id := w.ids[0]
	w.ids = w.ids[1:]
	delete(w.in, id)
	return id
}

func (w *waitList) clear() {
	clear(w.in)
	w.ids = nil
}

// put stores x and returns the other documents whose extraction may change
// with it; fresh says x is the document being ingested, not one read again.
func (s *Service) put(ctx context.Context, x *newsgraph.Extraction, fresh bool) ([]newsgraph.DocumentID, error) {
	id := x.Document.ID
	old, err := s.st.DocumentMentions(ctx, id)
	if err != nil {
		return nil, err
	}
	oldEvents, err := s.st.EventsIn(ctx, []newsgraph.DocumentID{id})
	if err != nil {
		return nil, err
	}
	sameMentions := len(old) == len(x.Mentions)
	for i := 0; sameMentions && i < len(old); i++ {
		sameMentions = old[i].Entity == x.Mentions[i].Entity && old[i].Evidence.Span == x.Mentions[i].Evidence.Span
	}
	var newEvents []newsgraph.EventID
	for _, e := range x.Events {
		newEvents = append(newEvents, e.ID)
	}
	sameEvents := sameSet(oldEvents[id], newEvents)
	if !fresh && sameMentions && sameEvents {
		// Read again to the same facts: nothing another document reads
		// changes (roles and dates may have; they are stored).
		s.kept.Add(1)
		return nil, s.store(ctx, old, x)
	}
	// The keys whose answers the write may change: those it writes, and
	// every key of the entities it names (before), whose counts, names and
	// roles it changes under each of them.
	var keys []string
	seen := map[string]bool{}
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	for _, k := range keysOf(old) {
		add(k)
	}
	for _, k := range keysOf(x.Mentions) {
		add(k)
	}
	var named []newsgraph.EntityID
	for _, m := range old {
		named = append(named, m.Entity)
	}
	for _, m := range x.Mentions {
		named = append(named, m.Entity)
	}
	sums, err := s.cache.summaries(ctx, uniq(named))
	if err != nil {
		return nil, err
	}
	for _, sum := range sums {
		if sum == nil {
			continue
		}
		for _, k := range sum.answersTo() {
			add(k)
		}
	}
	before, err := s.answers(ctx, keys)
	if err != nil {
		return nil, err
	}
	// The events the write may change: the old and the new ones.
	touched := uniq(append(slices.Clone(oldEvents[id]), newEvents...))
	evBefore, err := s.st.Events(ctx, touched)
	if err != nil {
		return nil, err
	}
	if err := s.store(ctx, old, x); err != nil {
		return nil, err
	}
	after, err := s.answers(ctx, keys)
	if err != nil {
		return nil, err
	}
	evAfter, err := s.st.Events(ctx, touched)
	if err != nil {
		return nil, err
	}
	seq := s.seq.Add(1)
	var changed []string
	for _, k := range keys {
		if before[k] != after[k] {
			changed = append(changed, k)
			s.keys[k] = seq
		}
	}
	moved := map[newsgraph.EventID]bool{} // events another document may now link differently
	out := map[newsgraph.DocumentID]bool{}
	for _, e := range touched {
		b, a := evBefore[e], evAfter[e]
		if s.linkedAs(b) == s.linkedAs(a) && !seenAnew(b, a, id) {
			if b != nil && a != nil && runnerUp(b) != runnerUp(a) {
				// Only the event's origin, which sees it named by the
				// runner-up, reads it differently.
				out[a.Origin().Document] = true
				for _, p := range participants(*a) {
					s.ents[p] = seq
				}
			}
			continue
		}
		moved[e] = true
		for _, ev := range []*newsgraph.Event{b, a} {
			if ev != nil {
				for _, p := range participants(*ev) {
					s.ents[p] = seq
				}
			}
		}
	}
	for _, e := range x.Events {
		if moved[e.ID] {
			for _, p := range participants(e) {
				s.ents[p] = seq
			}
		}
	}
	looking, err := s.lookingUp(ctx, changed)
	if err != nil {
		return nil, err
	}
	for _, k := range changed {
		if err := s.readers(ctx, k, looking[k], out); err != nil {
			return nil, err
		}
	}
	if !sameEvents || fresh {
		var evs []newsgraph.Event
		for _, e := range x.Events {
			if moved[e.ID] {
				evs = append(evs, e)
			}
		}
		if err := s.eventDocs(ctx, evs, newEvents, oldEvents[id], evBefore, evAfter, out); err != nil {
			return nil, err
		}
	}
	delete(out, id)
	return slices.Sorted(mapKeys(out)), nil
}

// answers gives, per alias key, what extraction would be told: the
// candidates in the order resolution tries them (the fullest name first,
// then the most mentioned) with their names, types and roles' countries,
// and what the lookup of a known person by one word reads (see anyType).
// Mention counts are left out where no order turns on them: a hub
// entity's answer does not change with each new document naming it.
func (s *Service) answers(ctx context.Context, keys []string) (map[string]string, error) {
	out := make(map[string]string, len(keys))
	for _, k := range keys {
		es, err := entitiesByKey(ctx, s.cache, k, "")
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		anyType(&b, es)
		words := func(e newsgraph.Entity) int { return len(newsgraph.NameWords(e.Name)) }
		sort.SliceStable(es, func(i, j int) bool {
			return words(es[i]) > words(es[j]) || words(es[i]) == words(es[j]) && es[i].Mentions > es[j].Mentions
		})
		// What the documents other than one see differs from this by that
		// one document: a count that falls by one can reorder two
		// candidates, and a role stated by one document alone vanishes. So
		// the answer holds whether neighbours are that close and, per
		// role, whether one document or several state it.
		for i, e := range es {
			fmt.Fprintf(&b, "%s|%s|%s", e.ID, e.Name, e.Type)
			if i > 0 && words(es[i-1]) == words(e) && es[i-1].Mentions-e.Mentions <= 1 {
				b.WriteString("|close")
			}
			if e.Mentions == 1 && newsgraph.AliasKey(e.Name) != k {
				// named in full by one document, which does not see it: a
				// second makes it that document's answer to a short form
				// ("KRTA" and "the Kestrel River Transit Authority's" in
				// one story), which finding the entity its own name mints
				// would not change
				b.WriteString("|one")
			}
			for _, r := range e.Roles {
				docs := map[newsgraph.DocumentID]bool{}
				for _, src := range r.Sources {
					docs[src.Document] = true
				}
				fmt.Fprintf(&b, "|%s@%s*%d", r.Title, r.OfName, min(len(docs), 2))
			}
			b.WriteByte('\n')
		}
		out[k] = b.String()
	}
	return out, nil
}

// anyType writes what extraction's lookup of a name of any type reads of
// es (in the store's order): whether the most mentioned candidate, the
// first of equals, is a person of two words or more, which is all a
// sentence's known opener asks (see extract's knownOpeners). The documents
// other than one may count each candidate one less, and lose a candidate
// of one document: when the candidates that close to the top (or none)
// do not all agree, their counts are written too.
func anyType(b *strings.Builder, es []newsgraph.Entity) {
	person := func(e newsgraph.Entity) bool {
		return e.Type == newsgraph.Person && len(newsgraph.NameWords(e.Name)) >= 2
	}
	top := -1
	for i, e := range es {
		if top < 0 || e.Mentions > es[top].Mentions {
			top = i
		}
	}
	if top < 0 {
		b.WriteString("any none\n")
		return
	}
	p := person(es[top])
	mixed := es[top].Mentions == 1 && p // a document alone naming it sees none
	for _, e := range es {
		if e.Mentions >= es[top].Mentions-1 && person(e) != p {
			mixed = true
		}
	}
	fmt.Fprintf(b, "any %v", p)
	if mixed {
		for _, e := range es {
			if e.Mentions >= es[top].Mentions-1 {
				fmt.Fprintf(b, "|%s=%d", e.ID, e.Mentions)
			}
		}
	}
	b.WriteByte('\n')
}

// eventDocs adds the documents whose event linking a write may change: for
// each of evs (the document's events whose facts, as linking reads them,
// the write changed; see linkedAs), those stating an event of the same type
// and people at dates that meet but under an id not in ids (the document's
// events: they may be one occasion, named by its earliest source), and those
// still stating an id of old the document no longer uses. Of those, only
// the ones the event as it was or is now comes before (see linksTo;
// before and after hold the events the write touched): a document telling
// an occasion others already name the same way, with the same facts,
// affects none, so a story told again and again costs what it costs once,
// and a later report of an occasion reads no earlier one again.
func (s *Service) eventDocs(ctx context.Context, evs []newsgraph.Event, ids, old []newsgraph.EventID, before, after map[newsgraph.EventID]*newsgraph.Event, out map[newsgraph.DocumentID]bool) error {
	mine := map[newsgraph.EventID]bool{}
	for _, id := range ids {
		mine[id] = true
	}
	var gone []newsgraph.EventID
	for _, id := range old {
		if !mine[id] {
			gone = append(gone, id)
		}
	}
	for _, e := range evs {
		people := participants(e)
		if len(people) == 0 {
			continue
		}
		of, err := s.st.EventsOf(ctx, people)
		if err != nil {
			return err
		}
		count := map[newsgraph.EventID]int{}
		for _, p := range people {
			for _, id := range uniq(of[p]) {
				count[id]++
			}
		}
		var cands []newsgraph.EventID
		for id, n := range count {
			if n == len(people) && !mine[id] {
				cands = append(cands, id)
			}
		}
		got, err := s.st.Events(ctx, cands)
		if err != nil {
			return err
		}
		for _, c := range got {
			if c.Type == e.Type && slices.Equal(participants(*c), people) && datesMeet(*c, e) {
				for _, src := range c.Sources {
					if linksTo(src.Document, c, before[e.ID], after[e.ID]) {
						out[src.Document] = true
					}
				}
			}
		}
	}
	got, err := s.st.Events(ctx, gone)
	if err != nil {
		return err
	}
	for _, c := range got {
		for _, src := range c.Sources {
			if linksTo(src.Document, c, before[c.ID], after[c.ID]) {
				out[src.Document] = true
			}
		}
	}
	return nil
}

// linksTo reports whether the linking of document doc, a source of event
// c, may read event b or a (one event before and after a write; either may
// be nil) as a candidate to take the id of: only when, as doc sees it
// (without its own claims), its origin comes before doc's own. Linking
// takes the id of the first candidate, in origin order, that is the same
// occasion, and only when that one's origin comes before the document's:
// candidates from its own origin on never name its events, whichever of
// them are there. True where c holds no claim of doc to date it by.
func linksTo(doc newsgraph.DocumentID, c, b, a *newsgraph.Event) bool {
	own, ok := newsgraph.Origin{}, false
	for _, cl := range c.Claims {
		if cl.Document == doc {
			own, ok = newsgraph.Origin{Published: cl.Published, Document: doc}, true
			break
		}
	}
	if !ok {
		return true
	}
	for _, ev := range []*newsgraph.Event{b, a} {
		if ev == nil {
			continue
		}
		for _, cl := range ev.Claims {
			if cl.Document != doc && (newsgraph.Origin{Published: cl.Published, Document: cl.Document}).Before(own) {
				return true
			}
		}
	}
	return false
}

// linkedAs is what event linking reads of a stored event (see
// extract's linkEvents): its type, participants, place (as the extractor's
// PlaceKey reads it, where it has one) and dates, and its earliest source,
// which names it; empty when there is no such event. Its other sources are
// left out: a write that only adds or drops its document as one more, later
// source of an event whose facts stay the same changes no other document's
// linking, but the origin's (see runnerUp). Nor does a write that moves the
// event's place, folded from its sources' places, to another place linking
// cannot tell from it (a city for its country, as two sources differ).
func (s *Service) linkedAs(e *newsgraph.Event) string {
	if e == nil {
		return ""
	}
	ps := make([]string, len(e.Participants))
	for i, p := range e.Participants {
		ps[i] = p.Role + "=" + string(p.Entity)
	}
	slices.Sort(ps)
	loc := string(e.Location)
	if k, ok := s.ex.(placeKeyer); ok && e.Location != "" {
		loc = k.PlaceKey(e.Location)
	}
	return fmt.Sprintf("%s|%s|%s|%s|%s|%v", e.Type, e.Start, e.End, loc, strings.Join(ps, ","), e.Origin())
}

// placeKeyer is an Extractor that says what its event linking reads of a
// place (extract's PlaceKey).
type placeKeyer interface {
	PlaceKey(newsgraph.EntityID) string
}

// runnerUp is the event's second earliest source: the origin of the event
// as its own origin sees it (extraction reads the graph without the
// document it reads). The zero Origin when there is none.
func runnerUp(e *newsgraph.Event) newsgraph.Origin {
	first := e.Origin()
	var best newsgraph.Origin
	found := false
	for _, c := range e.Claims {
		o := newsgraph.Origin{Published: c.Published, Document: c.Document}
		if o.Document != first.Document && (!found || o.Before(best)) {
			best, found = o, true
		}
	}
	return best
}

// seenAnew reports whether a write by doc, turning event b into a, shows
// or hides the event to some other document: a document's extraction sees
// an event only when a document other than itself states it, so adding or
// dropping doc as a source matters to another document d only when no
// third document states it.
func seenAnew(b, a *newsgraph.Event, doc newsgraph.DocumentID) bool {
	in := func(e *newsgraph.Event) (bool, int) {
		if e == nil {
			return false, 0
		}
		docs := map[newsgraph.DocumentID]bool{}
		for _, s := range e.Sources {
			docs[s.Document] = true
		}
		has := docs[doc]
		delete(docs, doc)
		return has, len(docs)
	}
	hb, nb := in(b)
	ha, na := in(a)
	return hb != ha && min(nb, na) <= 1
}

// datesMeet: the two events' dates overlap, or one is undated.
func datesMeet(a, b newsgraph.Event) bool {
	as, ae := newsgraph.EventDays(a.Start, a.End)
	bs, be := newsgraph.EventDays(b.Start, b.End)
	if as == "" || bs == "" {
		return true
	}
	return as <= be && bs <= ae
}

// participants are an event's people and places, each once, sorted.
func participants(e newsgraph.Event) []newsgraph.EntityID {
	var ids []newsgraph.EntityID
	for _, p := range e.Participants {
		if p.Role != newsgraph.RoleDestination && p.Role != newsgraph.RoleBroker {
			ids = append(ids, p.Entity)
		}
	}
	return uniq(ids)
}

func keysOf(ms []newsgraph.Mention) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range ms {
		k := newsgraph.AliasKey(m.Text)
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
		// a full name gives its family name as a key too
		if f := strings.Fields(m.Text); len(f) == 2 || newsgraph.FamilyName(m.Text) != "" {
			if k := newsgraph.AliasKey(f[len(f)-1]); !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
		// and an organisation's name its initials
		if m.Type == newsgraph.Organization {
			for _, a := range newsgraph.ShortForms(m.Type, m.Text) {
				if k := newsgraph.AliasKey(a); !seen[k] {
					seen[k] = true
					out = append(out, k)
				}
			}
		}
	}
	return out
}

func uniq[T ~string](xs []T) []T {
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}

func sameSet[T ~string](a, b []T) bool {
	return slices.Equal(uniq(a), uniq(b))
}

func mapKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// without is Without over the service's cache.
func (s *Service) without(doc newsgraph.DocumentID) *view {
	return &view{g: s.st, c: s.cache, doc: doc}
}

// store writes x over old (the document's stored mentions), dropping the
// cached answers the write may change and updating the summaries of the
// entities it names.
func (s *Service) store(ctx context.Context, old []newsgraph.Mention, x *newsgraph.Extraction) error {
	var keys []string
	var ents []newsgraph.EntityID
	for _, m := range old {
		keys = append(keys, newsgraph.AliasKey(m.Text))
		ents = append(ents, m.Entity)
	}
	for _, m := range x.Mentions {
		keys = append(keys, newsgraph.AliasKey(m.Text))
	}
	for _, e := range x.Entities {
		ents = append(ents, e.ID)
		keys = append(keys, newsgraph.AliasKey(e.Name))
		for _, a := range e.Aliases {
			keys = append(keys, newsgraph.AliasKey(a))
		}
	}
	return s.cache.write(ctx, x.Document.ID, keys, ents, func() error { return s.st.Put(ctx, x) })
}
