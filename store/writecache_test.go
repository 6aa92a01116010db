package store

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// TestWritesKeepNoStatementsDecoded: a write patches the kept folds of
// what its document states, and ingest reads the document's mentions back
// at once (MentionRefsIn), but neither leaves the document's statements or
// claims decoded, nor their literals in the node-value cache: a long ingest
// wrote every story's statements into both, the largest part of the heap
// the collector marked at 19k stories, for no later read.
func TestWritesKeepNoStatementsDecoded(t *testing.T) {
	for _, url := range []string{"memory://", t.TempDir()} {
		t.Run(strings.TrimSuffix(url, "://"), func(t *testing.T) {
			s := mustOpen(t, url)
			const docs = 40
			var quill, vesna newsgraph.EntityID
			written := map[newsgraph.DocumentID]bool{}
			for i := range docs {
				id := fmt.Sprintf("w%03d", i)
				a := newArticle(t, id, "2024-03-04", "Oren Quill met Tamsin Vesna in Korrath on Monday. Quill said the talks went well.")
				quill = a.entity(newsgraph.Person, "Oren Quill", "Quill")
				vesna = a.entity(newsgraph.Person, "Tamsin Vesna")
				a.event(newsgraph.NewEventID(newsgraph.Meeting, "w000:met"), newsgraph.Meeting, newsgraph.Happened, "2024-03-04", "", "met",
					part(newsgraph.RoleParticipant, quill), part(newsgraph.RoleParticipant, vesna))
				put(t, s, a)
				if i == 0 {
					// folded once (a read, which keeps what it decoded), so
					// that every later write patches the folds
					if _, err := s.Entities(ctx, []newsgraph.EntityID{quill, vesna}); err != nil {
						t.Fatal(err)
					}
					if _, err := s.Events(ctx, []newsgraph.EventID{newsgraph.NewEventID(newsgraph.Meeting, "w000:met")}); err != nil {
						t.Fatal(err)
					}
				} else {
					written[newsgraph.DocumentID(id)] = true
				}
				if _, err := s.MentionRefsIn(ctx, []newsgraph.EntityID{quill, vesna}, newsgraph.DocumentID(id)); err != nil {
					t.Fatal(err)
				}
			}
			if _, ok := s.folds.entityFold(quill); !ok {
				t.Fatal("the fold was not kept through the writes")
			}
			kept := 0
			s.folds.mu.Lock()
			for lit := range s.folds.decoded {
				if doc, _, _, ok := literalHead(lit); ok && written[doc] {
					kept++
				}
			}
			s.folds.mu.Unlock()
			s.cacheMu.Lock()
			s.values.each(func(v quad.Value) {
				if lit, ok := v.(quad.String); ok {
					if doc, _, _, ok := literalHead(string(lit)); ok && written[doc] {
						kept++
					}
				}
			})
			s.cacheMu.Unlock()
			if kept > 0 {
				t.Errorf("%d statements and claims of the written documents kept decoded or as cached literals after the writes, want none", kept)
			}

			// and the folds the writes patched are the folds from scratch
			err := s.read(ctx, "check", func(r *reader) error {
				got, err := r.entity(quill)
				if err != nil {
					return err
				}
				want, err := r.foldEntityFromScratch(quill)
				if err != nil {
					return err
				}
				if got.Mentions != want.Mentions || got.Name != want.Name {
					return fmt.Errorf("patched fold: %d mentions, name %q; from scratch %d, %q", got.Mentions, got.Name, want.Mentions, want.Name)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}
