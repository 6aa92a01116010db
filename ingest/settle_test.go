package ingest_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/store"
)

// namesExtractor reads a document as a list of names, one a line, each
// looked up. A name the graph knows is a mention of what the graph answers
// first; a name that opens a fuller name of the document one of the fuller
// name ("Harrow" of "Harrow Mills"); any other a mention of an organisation
// of its own, or of a person where the line starts with "*". A line
// "?Name" only looks the name up (a reader that finds nothing states
// nothing); a line "!Name" is a mention of the most mentioned entity
// answering to the name, where that is a person of two words (as extract
// takes a known person from a sentence's one-word opener). A person's
// family name is an alias of theirs. What it states
// is a function of the text and the answers it got; reads counts each
// document's extractions. A witness tells the graph, as extract does,
// what it used of each answer: the first candidate's id, name and type (or
// that there was none), the most mentioned one's kind for "!", nothing for
// "?".
type namesExtractor struct {
	witness bool

	mu    sync.Mutex
	reads map[newsgraph.DocumentID]int
}

// witness is ingest's side of extract.Witness.
type witness interface {
	Used(keys []string, rec string, same func(answer func(key string) []newsgraph.Entity) bool)
}

// topPerson is the most mentioned of cands, the first of equals, where it
// is a person of two words or more; nil otherwise.
func topPerson(cands []newsgraph.Entity) *newsgraph.Entity {
	top := -1
	for i, c := range cands {
		if top < 0 || c.Mentions > cands[top].Mentions {
			top = i
		}
	}
	if top < 0 || cands[top].Type != newsgraph.Person || len(strings.Fields(cands[top].Name)) < 2 {
		return nil
	}
	return &cands[top]
}

// firstOf is what a plain line reads of an answer.
func firstOf(cands []newsgraph.Entity) string {
	if len(cands) == 0 {
		return ""
	}
	return string(cands[0].ID) + "|" + cands[0].Name + "|" + string(cands[0].Type)
}

func (n *namesExtractor) Extract(ctx context.Context, doc newsgraph.Document, g ingest.Lookup) (*newsgraph.Extraction, error) {
	n.mu.Lock()
	n.reads[doc.ID]++
	n.mu.Unlock()
	x := &newsgraph.Extraction{Document: doc}
	ents := map[newsgraph.EntityID]bool{}
	at := 0
	for line := range strings.Lines(doc.Text) {
		begin := at
		at += len(line)
		mark, name := "", strings.TrimSpace(line)
		if strings.IndexAny(name, "?!*") == 0 {
			mark, name = name[:1], name[1:]
		}
		start := begin + strings.Index(line, name)
		cands, err := g.EntitiesByKey(ctx, newsgraph.AliasKey(name))
		if err != nil {
			return nil, err
		}
		if w, ok := g.(witness); ok && n.witness {
			k := newsgraph.AliasKey(name)
			var same func(answer func(string) []newsgraph.Entity) bool
			switch mark {
			case "?":
				same = func(func(string) []newsgraph.Entity) bool { return true }
			case "!":
				was := topPerson(cands) != nil
				same = func(answer func(string) []newsgraph.Entity) bool { return (topPerson(answer(k)) != nil) == was }
			default:
				was := firstOf(cands)
				same = func(answer func(string) []newsgraph.Entity) bool { return firstOf(answer(k)) == was }
			}
			w.Used([]string{k}, "", same)
		}
		typ := newsgraph.Organization
		if mark == "*" {
			typ = newsgraph.Person
		}
		full := name
		for l := range strings.Lines(doc.Text) {
			if l = strings.TrimLeft(strings.TrimSpace(l), "*"); strings.HasPrefix(l, name+" ") {
				full = l
			}
		}
		e := newsgraph.Entity{ID: newsgraph.NewEntityID(typ, full), Name: full, Type: typ}
		switch {
		case mark == "?":
			continue
		case mark == "!":
			top := topPerson(cands)
			if top == nil {
				continue
			}
			e = *top
		case len(cands) > 0:
			e = cands[0]
		}
		if !ents[e.ID] {
			ents[e.ID] = true
			x.Entities = append(x.Entities, newsgraph.Entity{ID: e.ID, Name: e.Name, Type: e.Type})
		}
		x.Sentences = append(x.Sentences, newsgraph.Span{Start: begin, End: at})
		x.Mentions = append(x.Mentions, newsgraph.Mention{Entity: e.ID, Text: name, Type: e.Type,
			Evidence: newsgraph.Evidence{Document: doc.ID, Sentence: len(x.Sentences) - 1, Span: newsgraph.Span{Start: start, End: start + len(name)}, Text: name}})
	}
	for i := range x.Entities {
		if sn := newsgraph.FamilyName(x.Entities[i].Name); sn != "" && x.Entities[i].Type == newsgraph.Person {
			x.Entities[i].Aliases = append(x.Entities[i].Aliases, sn) // as extract gives a person's surname
		}
		for _, m := range x.Mentions {
			if m.Entity == x.Entities[i].ID {
				x.Entities[i].Mentions++
				if m.Text != x.Entities[i].Name {
					x.Entities[i].Aliases = append(x.Entities[i].Aliases, m.Text)
				}
			}
		}
	}
	return x, nil
}

func (*namesExtractor) Link(context.Context, string, ingest.Lookup) ([]newsgraph.LinkedMention, error) {
	return nil, nil
}

// A write that gives a known entity a new name reads again the documents
// that looked that name up, and only those: not a document naming the
// entity by another name, which never saw the answer, but one that looked
// the name up and found nothing, and so stated nothing of it.
func TestRereadOnlyWhoLookedUp(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	x := &namesExtractor{reads: map[newsgraph.DocumentID]int{}}
	svc := ingest.New(x, st, 0)
	for _, doc := range []newsgraph.Document{
		{ID: "a", Text: "Harrow Mills Corp\n"},     // names the firm in full
		{ID: "b", Text: "?Harrow\nSelby Quarry\n"}, // looks "Harrow" up and finds nothing
		// c names the firm in full and as "Harrow": the key "harrow" now
		// answers the firm.
		{ID: "c", Text: "Harrow Mills Corp\nHarrow\n"},
	} {
		if _, err := svc.Ingest(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}
	if x.reads["a"] != 1 || x.reads["b"] != 2 || x.reads["c"] != 1 {
		t.Errorf("extractions: a %d, b %d, c %d; want a 1 (it named the firm otherwise), b 2 (it looked up the name c gave the firm), c 1",
			x.reads["a"], x.reads["b"], x.reads["c"])
	}
}

// A document whose extraction tells what it used of each answer is read
// again only when that changes: not b, which looked "Harrow" up and used
// nothing of the answer, nor c2 and d, which took the firm first in the
// answer, when the person Tom Harrow joins the answer after the firm; but
// c1, which found nothing there until c2 named the firm so. The graph is
// the one an extractor that tells nothing builds, which reads b and d
// again at each change, forwards and backwards.
func TestRereadOnlyWhatWasUsed(t *testing.T) {
	ctx := context.Background()
	docs := []newsgraph.Document{
		{ID: "a", Text: "Harrow Mills Corp\n"},
		{ID: "b", Text: "?Harrow\nSelby Quarry\n"},
		{ID: "c1", Text: "Harrow Mills Corp\nHarrow\n"},
		{ID: "c2", Text: "Harrow Mills Corp\nHarrow\n"},
		{ID: "d", Text: "Harrow\n"},
		{ID: "e", Text: "*Tom Harrow\n"},
	}
	ingestAll := func(witness bool, docs []newsgraph.Document) (map[newsgraph.DocumentID]int, string) {
		st, err := store.Open(ctx, "memory://")
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		x := &namesExtractor{witness: witness, reads: map[newsgraph.DocumentID]int{}}
		svc := ingest.New(x, st, 0)
		for _, doc := range docs {
			if _, err := svc.Ingest(ctx, doc); err != nil {
				t.Fatal(err)
			}
		}
		return x.reads, nquads(t, st)
	}
	reads, want := ingestAll(true, docs)
	if reads["b"] != 1 || reads["c1"] != 2 || reads["c2"] != 1 || reads["d"] != 1 {
		t.Errorf("extractions: b %d, c1 %d, c2 %d, d %d; want b 1 (it used nothing of the answer), c1 2 (c2 gave it the firm), c2 1 and d 1 (the firm stays first)",
			reads["b"], reads["c1"], reads["c2"], reads["d"])
	}
	blindReads, blind := ingestAll(false, docs)
	if blindReads["b"] < 2 || blindReads["d"] < 2 {
		t.Errorf("extractions without a witness: b %d, d %d; want both read again", blindReads["b"], blindReads["d"])
	}
	if blind != want {
		t.Errorf("the graph without a witness differs:\n%s\nwant\n%s", blind, want)
	}
	backwards := slices.Clone(docs)
	slices.Reverse(backwards)
	_, got := ingestAll(true, backwards)
	if _, blind := ingestAll(false, backwards); got != blind {
		t.Errorf("backwards, the graph without a witness differs:\n%s\nwant\n%s", blind, got)
	}
	if !strings.Contains(want, `<urn:newsgraph:document:d>`) {
		t.Fatalf("no document d in the export:\n%s", want)
	}
}

// A reader that takes the most mentioned entity of a name, whatever its
// type and length, is read again when that changes between candidates of
// different lengths: "Harrow" the firm, named by three documents, against
// the person Jon Harrow, whom four name in full. Ingested in either order,
// and whether or not it tells what it used, the reader ends up naming him.
func TestRereadWhenTheMostMentionedChanges(t *testing.T) {
	ctx := context.Background()
	firm := []newsgraph.Document{{ID: "o1", Text: "Harrow\n"}, {ID: "o2", Text: "Harrow\n"}, {ID: "o3", Text: "Harrow\n"}}
	person := []newsgraph.Document{{ID: "p1", Text: "*Jon Harrow\n"}, {ID: "p2", Text: "*Jon Harrow\n"}, {ID: "p3", Text: "*Jon Harrow\n"}, {ID: "p4", Text: "*Jon Harrow\n"}}
	reader := newsgraph.Document{ID: "r", Text: "!Harrow\n"}
	for _, c := range []struct {
		witness bool
		order   []newsgraph.Document
	}{
		{false, append(append(slices.Clone(firm), reader), person...)},
		{false, append(append(slices.Clone(person), firm...), reader)},
		{true, append(append(slices.Clone(firm), reader), person...)},
		{true, append(append(slices.Clone(person), firm...), reader)},
	} {
		order := c.order
		st, err := store.Open(ctx, "memory://")
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		svc := ingest.New(&namesExtractor{witness: c.witness, reads: map[newsgraph.DocumentID]int{}}, st, 0)
		var ids []newsgraph.DocumentID
		for _, doc := range order {
			ids = append(ids, doc.ID)
			if _, err := svc.Ingest(ctx, doc); err != nil {
				t.Fatal(err)
			}
		}
		ms, err := st.DocumentMentions(ctx, "r")
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) != 1 || ms[0].Entity != newsgraph.NewEntityID(newsgraph.Person, "Jon Harrow") {
			t.Errorf("in the order %v (witness %v) the reader states %v, want one mention of Jon Harrow", ids, c.witness, ms)
		}
	}
}

// The summaries of the entities a write names are updated with what the
// document now says of them, not read again from every document: after a
// batch that states names, takes one back (a document sent again without
// its full name, which was the first to give two of the firm's keys) and
// reads documents again, each kept summary is the one the store's mentions
// give.
func TestSummariesFollowWrites(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := ingest.New(&namesExtractor{reads: map[newsgraph.DocumentID]int{}}, st, 0)
	svc.SetWorkers(2)
	sum, err := runBatch(t, svc, [][2]string{
		{"a", "Tarnwick Foundry\n*Mira Calloway\nTarnwick\n"},
		{"b", "Tarnwick Foundry\nTarnwick\n*Mira Calloway\nCalloway\n"},
		{"c", "?Calloway\nTarnwick Foundry\nTarnwick\nTarnwick Foundry\n"},
		{"a", "Selby Quarry\nTarnwick\n"},
		{"d", "*Mira Calloway\nCalloway\nTarnwick\n"},
		{"b", "Tarnwick Foundry\n*Mira Calloway\n"},
		{"e", "!Calloway\nSelby Quarry\n"},
	})
	if err != nil || sum.Failed > 0 {
		t.Fatalf("run: %v %+v", err, sum.Failures)
	}
	n, err := ingest.CheckSummaries(ctx, svc)
	if err != nil {
		t.Fatal(err)
	}
	if n < 3 {
		t.Fatalf("%d summaries kept, want the firm's, the person's and the quarry's at least", n)
	}
}

// The document being ingested is read again when reading another document
// again changes an answer it used: n's person Jon Harrow makes o read its
// "Harrow" as him, which takes the firm's name "Harrow" away, and n, which
// had read "Harrow" as the firm, must read it again. Every document then
// states what reading it against the others gives.
func TestRereadTheIngestedDocument(t *testing.T) {
	ctx := context.Background()
	for _, witness := range []bool{false, true} {
		st, err := store.Open(ctx, "memory://")
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		x := &namesExtractor{witness: witness, reads: map[newsgraph.DocumentID]int{}}
		svc := ingest.New(x, st, 0)
		docs := []newsgraph.Document{{ID: "o", Text: "Harrow\nHarrow Mills Corp\n"}, {ID: "n", Text: "*Jon Harrow\nHarrow\n"}}
		for _, doc := range docs {
			if _, err := svc.Ingest(ctx, doc); err != nil {
				t.Fatal(err)
			}
		}
		for _, doc := range docs {
			want, err := x.Extract(ctx, doc, ingest.Without(st, doc.ID))
			if err != nil {
				t.Fatal(err)
			}
			got, err := st.DocumentMentions(ctx, doc.ID)
			if err != nil {
				t.Fatal(err)
			}
			var g, w []newsgraph.EntityID
			for _, m := range got {
				g = append(g, m.Entity)
			}
			for _, m := range want.Mentions {
				w = append(w, m.Entity)
			}
			if !slices.Equal(g, w) {
				t.Errorf("witness %v: %s states %v, reading it against the others gives %v", witness, doc.ID, g, w)
			}
		}
	}
}

// faultyExtractor panics on a text holding "#fault", as an extractor with
// a bug on some input would.
type faultyExtractor struct{ *namesExtractor }

func (f faultyExtractor) Extract(ctx context.Context, doc newsgraph.Document, g ingest.Lookup) (*newsgraph.Extraction, error) {
	if strings.Contains(doc.Text, "#fault") {
		var none []int
		_ = none[len(doc.Text)] // index out of range
	}
	return f.namesExtractor.Extract(ctx, doc, g)
}

func (f faultyExtractor) Link(ctx context.Context, text string, g ingest.Lookup) ([]newsgraph.LinkedMention, error) {
	if strings.Contains(text, "#fault") {
		var none []int
		_ = none[len(text)]
	}
	return f.namesExtractor.Link(ctx, text, g)
}

// An extractor's panic on one document is that document's error: the
// batch goes on, the other documents are stored, the faulty one is not.
func TestExtractorPanicFailsOneDocument(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := ingest.New(faultyExtractor{&namesExtractor{reads: map[newsgraph.DocumentID]int{}}}, st, 0)
	sum, err := runBatch(t, svc, [][2]string{{"a", "Harrow Mills Corp\n"}, {"b", "Selby Quarry\n#fault\n"}, {"c", "Tarn Freight\n"}})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != 2 || sum.Failed != 1 || len(sum.Failures) != 1 || !strings.Contains(sum.Failures[0].Err.Error(), "extractor fault") {
		t.Fatalf("summary: %d stored, %d failed, failures %v; want 2 stored and b failed with an extractor fault", sum.Documents, sum.Failed, sum.Failures)
	}
	docs, err := st.Documents(ctx, []newsgraph.DocumentID{"a", "b", "c"})
	if err != nil {
		t.Fatal(err)
	}
	if docs["a"] == nil || docs["b"] != nil || docs["c"] == nil {
		t.Errorf("stored: a %v, b %v, c %v; want a and c, not b", docs["a"] != nil, docs["b"] != nil, docs["c"] != nil)
	}
}

// runBatch runs docs ({id, text} pairs, in order) through svc as one JSON
// Lines file, as the CLI reads a batch.
func runBatch(t *testing.T, svc *ingest.Service, docs [][2]string) (ingest.Summary, error) {
	t.Helper()
	var lines []string
	for _, d := range docs {
		l, _ := json.Marshal(map[string]string{"id": d[0], "text": d[1]})
		lines = append(lines, string(l))
	}
	path := filepath.Join(t.TempDir(), "batch.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return svc.Run(context.Background(), []string{path}, nil, nil)
}

// A later process finds the documents an earlier one stored that looked a
// name up and stated nothing of it: when a person answering to the name
// comes, a reads him in, as one process reading both documents has it.
// The store keeps the keys a document looked up and does not state; a
// document stating the key is found through what it names.
func TestLaterProcessFindsWhoLookedUpAndStatedNothing(t *testing.T) {
	ctx := context.Background()
	a := [2]string{"a", "!Calloway\nSelby Quarry\n"}
	b := [2]string{"b", "*Mira Calloway\n"}
	for _, witness := range []bool{false, true} {
		export := func(processes ...[][2]string) (*store.Store, []byte) {
			st, err := store.Open(ctx, "memory://")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			for _, docs := range processes {
				svc := ingest.New(&namesExtractor{witness: witness, reads: map[newsgraph.DocumentID]int{}}, st, 0)
				if sum, err := runBatch(t, svc, docs); err != nil || sum.Failed > 0 {
					t.Fatalf("run: %v %+v", err, sum.Failures)
				}
			}
			return st, []byte(nquads(t, st))
		}
		_, want := export([][2]string{a, b})
		st, got := export([][2]string{a}, [][2]string{b})
		if string(got) != string(want) {
			t.Errorf("witness %v: two processes give another graph than one:\n%s\nwant\n%s", witness, got, want)
		}
		ms, err := st.DocumentMentions(ctx, "a")
		if err != nil {
			t.Fatal(err)
		}
		mira := newsgraph.NewEntityID(newsgraph.Person, "Mira Calloway")
		if !slices.ContainsFunc(ms, func(m newsgraph.Mention) bool { return m.Entity == mira }) {
			t.Errorf("witness %v: a does not name Mira Calloway after b: %v", witness, ms)
		}
	}
}

// An extractor fault on the document being ingested is its error, wrapping
// newsgraph.ErrExtractorFault with what failed, and leaves the store as it
// was; so is one on a text linked.
func TestExtractorFaultLeavesStoreClean(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := ingest.New(faultyExtractor{&namesExtractor{reads: map[newsgraph.DocumentID]int{}}}, st, 0)
	if _, err := svc.Ingest(ctx, newsgraph.Document{ID: "a", Text: "Harrow Mills Corp\n"}); err != nil {
		t.Fatal(err)
	}
	_, err = svc.Ingest(ctx, newsgraph.Document{ID: "b", Text: "Selby Quarry\nHarrow Mills Corp\n#fault\n"})
	if !errors.Is(err, newsgraph.ErrExtractorFault) || !strings.Contains(err.Error(), "index out of range") || !strings.Contains(err.Error(), "nothing of it stored") {
		t.Fatalf("err = %v, want an extractor fault saying what failed", err)
	}
	if _, err := svc.Link(ctx, "Selby Quarry #fault"); !errors.Is(err, newsgraph.ErrExtractorFault) || !strings.Contains(err.Error(), "index out of range") {
		t.Errorf("link: err = %v, want an extractor fault saying what failed", err)
	}
	ids, err := st.DocumentIDs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids, []newsgraph.DocumentID{"a"}) {
		t.Errorf("stored documents %v, want a alone", ids)
	}
	if ents, _ := st.EntitiesByKey(ctx, newsgraph.AliasKey("Selby Quarry")); len(ents) != 0 {
		t.Errorf("the faulty document's entity is stored: %v", ents)
	}
}

// faultsOn panics on the documents it is told, as an extractor would on a
// stored text once the graph has changed under it.
type faultsOn struct {
	*namesExtractor
	ids    sync.Map
	faults atomic.Int32
}

func (f *faultsOn) Extract(ctx context.Context, doc newsgraph.Document, g ingest.Lookup) (*newsgraph.Extraction, error) {
	if _, ok := f.ids.Load(doc.ID); ok {
		f.faults.Add(1)
		var none []int
		_ = none[len(doc.Text)]
	}
	return f.namesExtractor.Extract(ctx, doc, g)
}

// A stored document the extractor faults on when a later write has it read
// again keeps the facts it was stored with; the write goes through, and
// the other documents it changed are read again.
func TestRereadFaultKeepsStoredFacts(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	names := &namesExtractor{reads: map[newsgraph.DocumentID]int{}}
	ex := &faultsOn{namesExtractor: names}
	svc := ingest.New(ex, st, 0)
	if _, err := svc.Ingest(ctx, newsgraph.Document{ID: "a", Text: "Tarn Freight Lines\n"}); err != nil {
		t.Fatal(err)
	}
	// b looks "Tarn" up and finds nothing; c makes "Tarn" answer the firm
	if _, err := svc.Ingest(ctx, newsgraph.Document{ID: "b", Text: "?Tarn\nSelby Quarry\n"}); err != nil {
		t.Fatal(err)
	}
	before, err := st.DocumentMentions(ctx, "b")
	if err != nil {
		t.Fatal(err)
	}
	ex.ids.Store(newsgraph.DocumentID("b"), true)
	if _, err := svc.Ingest(ctx, newsgraph.Document{ID: "c", Text: "Tarn Freight Lines\nTarn\n"}); err != nil {
		t.Fatalf("ingest c: %v", err)
	}
	if ex.faults.Load() == 0 {
		t.Fatal("c's write did not read b again: the test does not reach a fault on a reread")
	}
	if docs, _ := st.Documents(ctx, []newsgraph.DocumentID{"a", "b", "c"}); len(docs) != 3 {
		t.Errorf("stored %d documents, want a, b and c", len(docs))
	}
	after, err := st.DocumentMentions(ctx, "b")
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before) || len(after) == 0 || after[0].Entity != before[0].Entity {
		t.Errorf("a's mentions %v, want those it was stored with %v", after, before)
	}
}

// A batch reads a stored document again once, as it ends, however many
// of its writes change an answer the document used: r reads "Harrow" as
// the firm under the name most of the firm's mentions give it, and the
// stories that follow turn that name from "PLC" to "Plc" and back four
// times, each variant outnumbering the other twice over in turn. Ingested
// one at a time, each settled at once, r is read at every turn; as one
// batch, once more at most after its write (and once before it, where the
// writes ahead of it land after its extraction began). The graph is the
// same.
func TestBatchReadsAgainOnce(t *testing.T) {
	ctx := context.Background()
	times := func(name string, n int) string { return strings.Repeat(name+"\n", n) }
	docs := [][2]string{
		{"a", "Harrow Mills PLC\nHarrow\n"},
		{"r", "Harrow\n"},
		{"p1", times("Harrow Mills Plc", 2)},  // Plc 2, PLC 1
		{"q1", times("Harrow Mills PLC", 3)},  // PLC 4
		{"p2", times("Harrow Mills Plc", 6)},  // Plc 8
		{"q2", times("Harrow Mills PLC", 12)}, // PLC 16
	}
	export := func(st *store.Store) string { return nquads(t, st) }
	each, err := store.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer each.Close()
	one := &namesExtractor{witness: true, reads: map[newsgraph.DocumentID]int{}}
	svc := ingest.New(one, each, 0)
	for _, d := range docs {
		if _, err := svc.Ingest(ctx, newsgraph.Document{ID: newsgraph.DocumentID(d[0]), Text: d[1]}); err != nil {
			t.Fatal(err)
		}
	}
	if one.reads["r"] < 5 {
		t.Fatalf("r read %d times ingesting one story at a time, want 5: the test does not reach the turns of the name", one.reads["r"])
	}

	batch, err := store.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer batch.Close()
	all := &namesExtractor{witness: true, reads: map[newsgraph.DocumentID]int{}}
	bsvc := ingest.New(all, batch, 0)
	bsvc.SetWorkers(1)
	sum, err := runBatch(t, bsvc, docs)
	if err != nil || sum.Failed > 0 {
		t.Fatalf("run: %v %+v", err, sum.Failures)
	}
	if all.reads["r"] > 3 {
		t.Errorf("r read %d times in one batch, want 3 at most (%d one story at a time)", all.reads["r"], one.reads["r"])
	}
	if got, want := export(batch), export(each); got != want {
		t.Errorf("the batch's graph differs from the one of one story at a time:\n%s\nwant\n%s", got, want)
	}
	if !strings.Contains(export(batch), "Harrow Mills PLC") {
		t.Errorf("no firm Harrow Mills PLC in the export")
	}
}

// The name a firm answers by does not turn with every story that writes
// it another way: the variants are counted to the power of two below, so
// "Harrow Mills PLC" and "Harrow Mills Plc", written by turns about as
// often, take the lead from each other only where one is written twice as
// often as the other. r, which reads "Harrow" as the firm under that name,
// is read again at those turns only (counted one by one, the lead would
// turn at every story after p1: r read five times).
func TestNameTurnsOnlyAtTwiceTheCount(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	x := &namesExtractor{witness: true, reads: map[newsgraph.DocumentID]int{}}
	svc := ingest.New(x, st, 0)
	for _, d := range [][2]string{
		{"a", "Harrow Mills PLC\nHarrow\n"},
		{"r", "Harrow\n"},
		{"p1", "Harrow Mills Plc\n"}, // 1 and 1: PLC, the smaller
		{"p2", "Harrow Mills Plc\n"}, // Plc twice PLC: Plc
		{"q1", "Harrow Mills PLC\n"}, // 2 and 2: PLC
		{"p3", "Harrow Mills Plc\n"}, // 3 and 2
		{"q2", "Harrow Mills PLC\n"}, // 3 and 3
	} {
		if _, err := svc.Ingest(ctx, newsgraph.Document{ID: newsgraph.DocumentID(d[0]), Text: d[1]}); err != nil {
			t.Fatal(err)
		}
	}
	if x.reads["r"] != 3 {
		t.Errorf("r read %d times, want 3: once, and at the two turns of the lead", x.reads["r"])
	}
	ms, err := st.DocumentMentions(ctx, "r")
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 || ms[0].Entity != newsgraph.NewEntityID(newsgraph.Organization, "Harrow Mills PLC") {
		t.Errorf("r states %v, want one mention of the firm Harrow Mills PLC", ms)
	}
}

// nquads is the whole graph of st as N-Quads: what the tests compare
// between serial and batched, parallel or killed ingests.
func nquads(t *testing.T, st *store.Store) string {
	t.Helper()
	var out strings.Builder
	if err := st.WriteNQuads(context.Background(), &out); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// A Run counts apart the documents it read again to the same mentions and
// events (RereadsKept): a and r, which read "Harrow" as the firm Harrow
// Mills under the name most of its mentions give it, are read again when
// that name turns from "PLC" to "Plc", and state the same firm under the
// new name; c, which finds the person its "Calloway" names once b names
// her, is read again to a mention it did not state: not kept.
func TestRereadsKeptCounted(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	x := &namesExtractor{witness: true, reads: map[newsgraph.DocumentID]int{}}
	svc := ingest.New(x, st, 0)
	svc.SetWorkers(1)
	for i, c := range []struct {
		docs        [][2]string
		kept, other int // rereads to the same mentions and events, and to others
	}{
		{docs: [][2]string{{"a", "Harrow Mills PLC\nHarrow\n"}, {"c", "!Calloway\n"}}},
		{docs: [][2]string{{"b", "*Mira Calloway\n"}, {"r", "Harrow\n"}}, other: 1},
		{docs: [][2]string{{"p", "Harrow Mills Plc\nHarrow Mills Plc\n"}}, kept: 2},
	} {
		sum, err := runBatch(t, svc, c.docs)
		if err != nil || sum.Failed > 0 {
			t.Fatalf("run %d: %v %+v", i, err, sum.Failures)
		}
		if sum.RereadsKept != c.kept || sum.Rereads-sum.RereadsKept != c.other {
			t.Errorf("run %d: %d rereads, %d of them kept; want %d kept and %d others", i, sum.Rereads, sum.RereadsKept, c.kept, c.other)
		}
	}
	ms, err := st.DocumentMentions(ctx, "r")
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 || ms[0].Entity != newsgraph.NewEntityID(newsgraph.Organization, "Harrow Mills PLC") {
		t.Errorf("r states %v, want one mention of the firm Harrow Mills", ms)
	}
	if !strings.Contains(nquads(t, st), "Harrow Mills Plc") {
		t.Errorf("the name did not turn: no Harrow Mills Plc in the export")
	}
}
