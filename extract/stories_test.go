package extract

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// story is one invented story a family of tests tells: its name, its
// text, the day it is published, and the checks its extraction must pass.
type story struct {
	name, text string
	pub        time.Time
	checks     []check
}

// check is one assertion on a story's extraction.
type check func(t *testing.T, ex *newsgraph.Extraction)

// runStories tells each story, in a subtest of its name, as document id,
// and reports which stories passed (for a family's score).
func runStories(t *testing.T, id newsgraph.DocumentID, stories []story) []bool {
	t.Helper()
	passed := make([]bool, len(stories))
	for i, s := range stories {
		passed[i] = t.Run(s.name, func(t *testing.T) { checkStory(t, id, s.text, s.pub, s.checks...) })
	}
	return passed
}

// checkStory extracts text as document id published on pub and runs the
// checks on what it gives.
func checkStory(t *testing.T, id newsgraph.DocumentID, text string, pub time.Time, checks ...check) {
	t.Helper()
	ex, err := extractor(t).Extract(context.Background(), newsgraph.Document{ID: id, Text: text, Published: pub}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range checks {
		c(t, ex)
	}
}

// eventChecks checks the events as eventKeys writes them: every want is
// met by some key, as match tells (sameKey, holdsEvent, holdsSides), and no
// key holds a not.
func eventChecks(match func(k, w string) bool, want, not []string) check {
	return keyChecks(eventKeys, match, want, not)
}

// keyChecks is eventChecks for events written as keys of any kind; a not
// is looked for in a key as fmt prints it.
func keyChecks[K any](keys func(*newsgraph.Extraction) []K, match func(k K, w string) bool, want, not []string) check {
	return func(t *testing.T, ex *newsgraph.Extraction) {
		t.Helper()
		ks := keys(ex)
		printed := make([]string, len(ks)) // each key as fmt prints it
		for i, k := range ks {
			printed[i] = fmt.Sprint(k)
		}
		for _, w := range want {
			if !slices.ContainsFunc(ks, func(k K) bool { return match(k, w) }) {
				t.Errorf("missing %q; got %q", w, printed)
			}
		}
		for _, n := range not {
			for _, k := range printed {
				if strings.Contains(k, n) {
					t.Errorf("event %q holds %q", k, n)
				}
			}
		}
	}
}

// sameKey: the event key k is w, or of any status when w states none.
func sameKey(k, w string) bool {
	return k == w || !strings.Contains(w, "/") && dropStatus(k) == w
}

// holdsSides: the key k is of w's type (and status, if w gives one) and
// lists every participant w lists, whatever its role, as the scorer
// matches sides.
func holdsSides(k, w string) bool {
	head, parts, _ := strings.Cut(w, ": ")
	kh, kp, _ := strings.Cut(k, ": ")
	if kh != head && (strings.Contains(head, "/") || !strings.HasPrefix(kh, head+"/")) {
		return false
	}
	have := map[string]bool{}
	for _, p := range strings.Split(kp, "; ") {
		_, name, _ := strings.Cut(p, "=")
		have[name] = true
	}
	for _, p := range strings.Split(parts, "; ") {
		if _, name, _ := strings.Cut(p, "="); !have[name] {
			return false
		}
	}
	return true
}

// someEvent checks that some event, written by key ("" for one not
// looked at), is want; what names the kind of event in the failure.
func someEvent(what string, key func(ev newsgraph.Event) string, want string) check {
	return func(t *testing.T, ex *newsgraph.Extraction) {
		t.Helper()
		var got []string
		for _, ev := range ex.Events {
			k := key(ev)
			if k == "" {
				continue
			}
			if k == want {
				return
			}
			got = append(got, k)
		}
		t.Errorf("no %s %q; got %q", what, want, got)
	}
}

// dayKey writes an event as "TYPE STATUS START".
func dayKey(ev newsgraph.Event) string {
	return string(ev.Type) + " " + string(ev.Status) + " " + ev.Start
}
