package extract

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// TestNames reads the articles of testdata/names (written for these tests,
// one kind of naming fault each: hard-wrapped lines, datelines, short forms,
// honorifics, roles, descriptions, organisations) and checks the facts
// listed in the .want file next to each: one fact a line, "!" before a
// fact that must not be there.
//
//	PERSON Anna Kovac              an entity of that type and name
//	Anna Kovac ~ Kovac             an alias of the entity
//	Anna Kovac : Prime Minister of Slovenia   a role ("of" omitted: none)
//	Anna Kovac : former Prime Minister        a role held before
//	meeting Anna Kovac, Henrik Aasland        participants of an event, sorted
//
// Articles are published on 2026-03-02 unless they state a date line.
func TestNames(t *testing.T) {
	x := extractor(t)
	files, err := filepath.Glob("testdata/names/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatal("no articles in testdata/names", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".want")
			if err != nil {
				t.Fatal(err)
			}
			d := newsgraph.Document{ID: newsgraph.DocumentID(name), Text: string(b), Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)}
			ex, err := x.Extract(context.Background(), d, nil)
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, d, ex)
			var facts []string
			for _, line := range strings.Split(string(want), "\n") {
				if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
					facts = append(facts, line)
				}
			}
			checkFacts(t, factsOf(ex), facts)
		})
	}
}

// checkFacts checks that have holds each of facts and none written with
// "!" before it; on failure it logs every fact held.
func checkFacts(t *testing.T, have map[string]bool, facts []string) {
	t.Helper()
	for _, f := range facts {
		if neg, ok := strings.CutPrefix(f, "!"); ok {
			if neg = strings.TrimSpace(neg); have[neg] {
				t.Errorf("has %q", neg)
			}
		} else if !have[f] {
			t.Errorf("lacks %q", f)
		}
	}
	if t.Failed() {
		logFacts(t, have)
	}
}

// logFacts logs the facts held, sorted.
func logFacts(t *testing.T, have map[string]bool) {
	t.Helper()
	all := make([]string, 0, len(have))
	for f := range have {
		all = append(all, f)
	}
	sort.Strings(all)
	t.Logf("facts:\n%s", strings.Join(all, "\n"))
}

// factsOf renders an extraction as the facts TestNames checks.
func factsOf(ex *newsgraph.Extraction) map[string]bool {
	out := map[string]bool{}
	names := map[newsgraph.EntityID]string{}
	for _, e := range ex.Entities {
		names[e.ID] = e.Name
	}
	for _, e := range ex.Entities {
		out[string(e.Type)+" "+e.Name] = true
		for _, a := range e.Aliases {
			if a != e.Name {
				out[e.Name+" ~ "+a] = true
			}
		}
		for _, r := range e.Roles {
			f := e.Name + " : " + r.Title
			if r.OfName != "" {
				f += " of " + r.OfName
			}
			if r.Of != "" && names[r.Of] == "" {
				f += " (not among the entities)"
			}
			out[f] = true
			if r.Former {
				out[strings.Replace(f, " : ", " : former ", 1)] = true
			}
		}
	}
	for _, ev := range ex.Events {
		var ps []string
		for _, p := range ev.Participants {
			ps = append(ps, names[p.Entity])
		}
		sort.Strings(ps)
		out[strings.ToLower(string(ev.Type))+" "+strings.Join(ps, ", ")] = true
	}
	return out
}

// TestDateline reads the datelines of wire stories, and no dateline where
// a headline or a sentence only looks like one.
func TestDateline(t *testing.T) {
	for _, c := range []struct {
		text  string
		place string
		month time.Month
		day   int
		ok    bool
	}{
		{"TALKS END\n4-MAY-1993\nHARARE, May 4 - Ministers from", "Harare", time.May, 4, true},
		{"PORT MORESBY, Papua New Guinea, Sept. 21 - The", "Port Moresby", time.September, 21, true},
		{"ULAN BATOR, Dec 2 (Reuters) -\nMongolia's", "Ulan Bator", time.December, 2, true},
		{"TIRANA, Albania (AP) \u2014 Police said", "Tirana", 0, 0, true},
		{"RUGBY - WALES BEAT ITALY\nCARDIFF 1996-08-30", "", 0, 0, false},
		{"Officials said on Monday - a holiday - that", "", 0, 0, false},
		// modern outlets: a bare dash or colon, the day first, a year, a
		// state's abbreviation, lines of byline and timestamp before it
		{"Ferry fares rise\n\nSINGAPORE - Ferry operators raised their fares on Friday.", "Singapore", 0, 0, true},
		{"Ferry fares rise\n\nVALLETTA, Malta \u2014 Ferry operators raised their fares.", "Valletta", 0, 0, true},
		{"Ferry fares rise\n\nKARACHI, Sept 8: Ferry operators raised their fares.", "Karachi", time.September, 8, true},
		{"Ferry fares rise\n\nDAKAR, Senegal (AP) \u2014 Ferry operators raised their fares.", "Dakar", 0, 0, true},
		{"Ferry fares rise\n\nPARIS, 12 March (AFP) - Ferry operators raised their fares.", "Paris", time.March, 12, true},
		{"Ferry fares rise\n\nKUALA LUMPUR: Ferry operators raised their fares on Friday.", "Kuala Lumpur", 0, 0, true},
		{"Ferry fares rise\n\nHANOI, Oct. 5 (Xinhua) -- Ferry operators raised their fares.", "Hanoi", time.October, 5, true},
		{"Ferry fares rise\n\nVienna, 4 May 2021 \u2013 Ferry operators raised their fares.", "Vienna", time.May, 4, true},
		{"Ferry fares rise\nBy Ann Roe\nUpdated 3 hours ago\nTUNIS - Ferry operators raised their fares.", "Tunis", 0, 0, true},
		{"Ferry fares rise\n\nDAYTON, Ohio \u2014 Ferry operators raised their fares.", "Dayton", 0, 0, true},
		{"Ferry fares rise\n\nSANTA ROSA, Calif. \u2014 Ferry operators raised their fares.", "Santa Rosa", 0, 0, true},
		// slugs, headlines in capitals, a place and a dash past the lede
		{"PORT NEWS DIGEST 0900 GMT\nFerry operators raised their fares on Friday after the fuel bill\ndoubled, the union said. (FRY 0815)\n    TUNIS - Crews waited at the quay.", "", 0, 0, false},
		{"UPDATE 2-Ferry fares rise\n\nFerry operators raised their fares.", "", 0, 0, false},
		{"WRAPUP - Ferry fares rise across the region as fuel costs\n\nFerry operators raised their fares.", "", 0, 0, false},
		{"BREAKING: Ferry operators raised their fares on Friday, the union said.", "", 0, 0, false},
		{"FERRIES - FARES RISE AGAIN\n\nFerry operators raised their fares.", "", 0, 0, false},
		{"Ferry fares rise\n\nFerry operators raised their fares on Friday after the fuel bill doubled.\n\nTUNIS - the port city - was calm.\n\nDakar \u2014 Crews waited at the quay for hours.", "", 0, 0, false},
	} {
		place, month, day, ok := Dateline(c.text)
		if place != c.place || month != c.month || day != c.day || ok != c.ok {
			t.Errorf("Dateline(%q) = %q %v %d %v, want %q %v %d %v", c.text, place, month, day, ok, c.place, c.month, c.day, c.ok)
		}
	}
}

// TestRoyalGivenName: a royal named by title and given name ("Prince
// Oskar") is not the commoner an earlier story named in full and by the
// same given name ("Sir Oskar Lind ... Sir Oskar"), however the graph
// indexes the commoner's given name.
func TestRoyalGivenName(t *testing.T) {
	x := extractor(t)
	ctx := context.Background()
	g := newMemGraph()
	pub := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	first, err := x.Extract(ctx, newsgraph.Document{ID: "a", Published: pub,
		Text: "Shipyard saved\n\nSir Oskar Lind, the shipyard's owner, said the order was signed. Sir Oskar thanked the workers."}, g)
	if err != nil {
		t.Fatal(err)
	}
	g.add(first)
	second, err := x.Extract(ctx, newsgraph.Document{ID: "b", Published: pub,
		Text: "Royal visit\n\nPrince Oskar opened the new dock on Friday. The prince met apprentices."}, g)
	if err != nil {
		t.Fatal(err)
	}
	lind := newsgraph.NewEntityID(newsgraph.Person, "Oskar Lind")
	for _, e := range second.Entities {
		if e.ID == lind {
			t.Errorf("Prince Oskar resolved to %s (%q)", e.ID, e.Aliases)
		}
	}
}
