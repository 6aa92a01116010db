package ingest

import (
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph"
)

// Run ingests every document Read finds and reports progress after each
// (total is -1 when unknown). Workers validate and extract the documents
// ahead while one writer stores them in input order; the stored documents
// the writes affect are read again once, as the batch ends (see settle),
// so the graph is the one a serial ingest gives. Failed documents are
// listed in the Summary and leave nothing in the store; the batch goes on.
func (s *Service) Run(ctx context.Context, paths []string, stdin io.Reader, progress func(done, total int)) (Summary, error) {
	start, rereads, kept := time.Now(), s.rereads.Load(), s.kept.Load()
	if err := s.resume(ctx); err != nil {
		return Summary{}, err
	}
	total := Count(paths)
	s.cache.reset()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		it    Item
		dated DateSource
		done  chan prepared
	}
	// The writer takes jobs in input order; at most 4 per worker are in
	// flight, which bounds the memory a slow document can hold up.
	order := make(chan job, 4*s.workers)
	work := make(chan job)
	var wg sync.WaitGroup
	for range s.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				j.done <- s.prepare(ctx, j.it.Doc)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		readErr <- Read(ctx, paths, stdin, func(it Item) error {
			j := job{it: it, done: make(chan prepared, 1)}
			if it.Skipped == "" && it.Err == nil {
				j.dated = s.Dating.Date(&j.it.Doc)
			}
			select {
			case order <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			if it.Skipped != "" || it.Err != nil {
				j.done <- prepared{err: it.Err}
				return nil
			}
			select {
			case work <- j:
			case <-ctx.Done():
				j.done <- prepared{err: ctx.Err()}
				return ctx.Err()
			}
			return nil
		})
		close(work)
	}()

	defer s.release()
	var sum Summary
	ents := map[newsgraph.EntityID]bool{}
	docs := map[newsgraph.DocumentID]bool{} // a document sent twice is stored once
	evs := map[newsgraph.EventID]bool{}
	done := 0
	var err error
	for j := range order {
		var p prepared
		select {
		case p = <-j.done:
		default:
			s.release() // not while waiting for an extraction
			p = <-j.done
		}
		var x *newsgraph.Extraction
		if p.err == nil && err == nil && j.it.Skipped == "" {
			// The writer lock stays for the next document if it is
			// already queued (writeKeep).
			x, p.err = s.writeKeep(ctx, p, func() bool { return len(order) > 0 }, true)
		}
		done++
		if err != nil {
			continue // draining after cancellation
		}
		if j.it.Skipped != "" {
			sum.Skipped = append(sum.Skipped, Failure{Origin: j.it.Origin, Err: errors.New(j.it.Skipped)})
		} else if p.err != nil {
			if ctx.Err() != nil {
				err = ctx.Err()
				cancel()
				continue
			}
			sum.Failed++
			sum.Failures = append(sum.Failures, Failure{Origin: j.it.Origin, ID: j.it.Doc.ID, Err: p.err})
		} else {
			docs[x.Document.ID] = true
			if sum.Dates == nil {
				sum.Dates = map[DateSource]int{}
			}
			sum.Dates[j.dated]++
			sum.Words += len(strings.Fields(j.it.Doc.Text))
			sum.Mentions += len(x.Mentions)
			for _, e := range x.Entities {
				ents[e.ID] = true
			}
			for _, e := range x.Events {
				evs[e.ID] = true
			}
		}
		if progress != nil {
			progress(done, total)
		}
	}
	wg.Wait()
	if rerr := <-readErr; err == nil && rerr != nil {
		err = rerr
	}
	// The batch's writes left the documents they affect waiting: each is
	// read again once now, against the graph the whole batch built.
	if serr := s.settleBatch(ctx); err == nil && serr != nil {
		err = serr
	}
	sum.Documents, sum.Entities, sum.Events = len(docs), len(ents), len(evs)
	sum.Rereads = int(s.rereads.Load() - rereads)
	sum.RereadsKept = int(s.kept.Load() - kept)
	sum.Elapsed = time.Since(start)
	return sum, err
}
