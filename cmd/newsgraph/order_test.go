package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/store"
)

// devTexts are the dev set's articles as JSONL lines, in name order; the
// test is skipped where ../shared is not checked out.
func devTexts(t *testing.T) []string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "eval", "dev", "texts")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		t.Skipf("no dev set at %s", dir)
	}
	slices.Sort(names)
	var lines []string
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		l, _ := json.Marshal(map[string]string{"id": filepath.Base(n), "text": string(b)})
		lines = append(lines, string(l))
	}
	return lines
}

// ingestOrder ingests batches of JSONL lines, one Run per batch, into a
// fresh memory store with the given workers and returns its N-Quads export.
func ingestOrder(t *testing.T, x *extract.Extractor, workers int, batches ...[]string) []byte {
	t.Helper()
	return ingestWith(t, graphExtractor{x}, workers, batches...)
}

// blindExtractor extracts through a graph that is not an extract.Witness:
// the extractor cannot tell ingest what it used of each answer, so every
// change of an answer it got reads it again.
type blindExtractor struct{ graphExtractor }

func (e blindExtractor) Extract(ctx context.Context, doc newsgraph.Document, g ingest.Lookup) (*newsgraph.Extraction, error) {
	return e.x.Extract(ctx, doc, struct{ ingest.Lookup }{g})
}

// ingestWith is ingestOrder through ex.
func ingestWith(t *testing.T, ex ingest.Extractor, workers int, batches ...[]string) []byte {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	st, err := store.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := ingest.New(ex, st, 0)
	svc.SetWorkers(workers)
	for i, b := range batches {
		path := filepath.Join(dir, "batch"+string(rune('a'+i))+".jsonl")
		if err := os.WriteFile(path, []byte(strings.Join(b, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		sum, err := svc.Run(ctx, []string{path}, nil, nil)
		if err != nil || sum.Failed > 0 {
			t.Fatalf("ingest: %v, %d failed %v", err, sum.Failed, sum.Failures)
		}
	}
	var out bytes.Buffer
	if err := st.WriteNQuads(ctx, &out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// The same documents give the same graph, byte for byte, whatever their
// order, the batches they come in, how often they are sent, how many
// workers extract them and whether the extractor tells which answers it
// used: the dev set forwards, backwards, shuffled in four batches,
// forwards twice, forwards with one worker, and backwards read again at
// every change of an answer it looked up.
func TestGraphIsTheSameInAnyOrder(t *testing.T) {
	docs := devTexts(t)
	if raceEnabled {
		docs = docs[:len(docs)/3]
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := ingestOrder(t, x, 2, docs)
	if len(want) == 0 {
		t.Fatal("empty export")
	}
	backwards := slices.Clone(docs)
	slices.Reverse(backwards)
	shuffled := slices.Clone(docs)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	q := len(docs) / 4
	cases := []struct {
		name    string
		workers int
		batches [][]string
	}{
		{"backwards", 2, [][]string{backwards}},
		{"shuffled in four batches", 2, [][]string{shuffled[:q], shuffled[q : 2*q], shuffled[2*q : 3*q], shuffled[3*q:]}},
		{"twice", 2, [][]string{docs, docs}},
		{"one worker", 1, [][]string{docs}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ingestOrder(t, x, c.workers, c.batches...)
			if !bytes.Equal(got, want) {
				t.Errorf("export differs from the export of the documents in name order:\n%s", firstDiff(want, got))
			}
		})
	}
	t.Run("blind, backwards", func(t *testing.T) {
		got := ingestWith(t, blindExtractor{graphExtractor{x}}, 2, backwards)
		if !bytes.Equal(got, want) {
			t.Errorf("export differs from the export of the documents in name order:\n%s", firstDiff(want, got))
		}
	})
}

// firstDiff shows the first lines where two exports part.
func firstDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			return "want " + la[i] + "\n got " + lb[i]
		}
	}
	return "one export is a prefix of the other"
}

// A story is not read again when the only change to what it resolved is
// that another story now names the same person in full: resolving
// "Tavi Korhonen" to the person the other stories name reads alike to
// finding nobody and minting him. The graph is the one the extractor
// builds when it tells nothing of what it used and every earlier story is
// read again.
func TestRereadsSkipWhatReadsAlike(t *testing.T) {
	var lines []string
	for i, text := range []string{
		"Tavi Korhonen opened a ferry terminal at Marlow Bay on Tuesday. Korhonen said the terminal would carry grain to the outer islands.",
		"Tavi Korhonen, who runs a shipping line, said on Monday that fuel costs had doubled. Korhonen expects fares to rise.",
		"Shares in the ferry line of Tavi Korhonen fell sharply after a storm damaged two of its boats.",
	} {
		l, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("story-%d", i), "text": text, "published": fmt.Sprintf("2031-03-0%d", i+1)})
		lines = append(lines, string(l))
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ingest1 := func(ex ingest.Extractor) ([]byte, int64) { return ingestRereads(t, ex, lines, false) }
	got, rereads := ingest1(graphExtractor{x})
	want, blindRereads := ingest1(blindExtractor{graphExtractor{x}})
	if !bytes.Equal(got, want) {
		t.Errorf("export differs from the one read again at every change:\n%s", firstDiff(want, got))
	}
	if !bytes.Contains(got, []byte("person:tavi-korhonen")) {
		t.Errorf("no person Tavi Korhonen in the export")
	}
	if rereads != 0 || blindRereads == 0 {
		t.Errorf("%d stories read again, %d when every change reads them again; want none, and some", rereads, blindRereads)
	}
}

// TestStoredLookupsSpareALaterProcess: a process that did not extract the
// earlier stories tests what they used of the graph from the record each
// was stored with, so a later story naming another person of the same
// family name, a new answer to it, reads none of them again (without the
// records every story naming the first would be: the name's answer
// changed), and the graph is the one a single process builds.
func TestStoredLookupsSpareALaterProcess(t *testing.T) {
	var lines []string
	for i, text := range []string{
		"Odile Varsanyi opened a cannery at Fennick Point on Tuesday. Varsanyi said the cannery would pack herring for the mainland.",
		"Odile Varsanyi, who owns a trawler fleet, said on Monday that diesel had grown dearer. Varsanyi expects catches to fall.",
		"Harbour pilot Marek Varsanyi, 52, said on Sunday that the channel at Fennick Point needed dredging. Mr Varsanyi has guided barges there for twenty years.",
	} {
		l, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("tale-%d", i), "text": text, "published": fmt.Sprintf("2032-05-0%d", i+1)})
		lines = append(lines, string(l))
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	// run ingests batch into the leveldb store at dir with a service of its
	// own, as one newsgraph process does, and returns its rereads.
	run := func(dir string, batch []string) int64 {
		st, err := store.Open(ctx, dir)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		svc := ingest.New(graphExtractor{x}, st, 0)
		svc.SetWorkers(1)
		path := filepath.Join(t.TempDir(), "tales.jsonl")
		if err := os.WriteFile(path, []byte(strings.Join(batch, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if sum, err := svc.Run(ctx, []string{path}, nil, nil); err != nil || sum.Failed > 0 {
			t.Fatalf("ingest: %v, %v", err, sum.Failures)
		}
		return svc.Rereads()
	}
	export := func(dir string) []byte {
		st, err := store.Open(ctx, dir)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		var out bytes.Buffer
		if err := st.WriteNQuads(ctx, &out); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	one := filepath.Join(t.TempDir(), "one")
	run(one, lines)
	two := filepath.Join(t.TempDir(), "two")
	run(two, lines[:2])
	if n := run(two, lines[2:]); n != 0 {
		t.Errorf("the later process read %d earlier stories again; want none", n)
	}
	want, got := export(one), export(two)
	if !bytes.Equal(got, want) {
		t.Errorf("export of two processes differs from one's:\n%s", firstDiff(want, got))
	}
	for _, p := range []string{"person:odile-varsanyi", "person:marek-varsanyi"} {
		if !bytes.Contains(got, []byte(p)) {
			t.Errorf("no %s in the export", p)
		}
	}
}

// ingestRereads ingests lines with one worker into a fresh memory store,
// in one Run, or one Run per line when apart (no extraction runs ahead of
// a write), and returns the export and the documents read again.
func ingestRereads(t *testing.T, ex ingest.Extractor, lines []string, apart bool) ([]byte, int64) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := ingest.New(ex, st, 0)
	svc.SetWorkers(1)
	batches := [][]string{lines}
	if apart {
		batches = nil
		for _, l := range lines {
			batches = append(batches, []string{l})
		}
	}
	for i, b := range batches {
		path := filepath.Join(t.TempDir(), fmt.Sprintf("stories%d.jsonl", i))
		if err := os.WriteFile(path, []byte(strings.Join(b, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if sum, err := svc.Run(ctx, []string{path}, nil, nil); err != nil || sum.Failed > 0 {
			t.Fatalf("ingest: %v, %v", err, sum.Failures)
		}
	}
	var out bytes.Buffer
	if err := st.WriteNQuads(ctx, &out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes(), svc.Rereads()
}

// storyLines are texts as JSONL lines, ids prefix-0.., published a day
// apart from 2033-02-01.
func storyLines(prefix string, texts []string) []string {
	var lines []string
	for i, text := range texts {
		day := time.Date(2033, 2, 1+i, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		l, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("%s-%02d", prefix, i), "text": text, "published": day})
		lines = append(lines, string(l))
	}
	return lines
}

// Stories a write cannot change are not read again, however many there
// are: the documents a write reads again (each story its own ingest, so
// that none was extracted ahead of an earlier one's write) stay as many
// with 2 unrelated stories as with 12, and the graph is the one built
// when every change of an answer reads its readers again. Two kinds that once grew with the store: a role
// the graph learns of a person named in full everywhere (only a story that
// gives the person a bare title reads the role's country), and a later
// report of two people's talks elsewhere (only a report published after
// it may take its id).
func TestRereadsDoNotGrowWithUnrelatedStories(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	towns := []string{"Tampere", "Ghent", "Lyon", "Graz", "Aarhus", "Bergen", "Porto", "Utrecht", "Kaunas", "Brno", "Cork", "Split"}
	kinds := []struct {
		name  string
		plain func(i int) string // an unrelated story, the i-th
		last  []string           // the stories ingested after the plain ones
	}{
		{"a role learned", func(i int) string {
			return fmt.Sprintf("Odalys Brennholt toured a grain terminal in %s on Monday. Brennholt said exports would rise this year.", towns[i])
		}, []string{
			"Finance Minister Brennholt said on Tuesday that the budget would be balanced.",
			"Norwegian Finance Minister Odalys Brennholt, speaking in Oslo, said Norway would cut fuel duties.",
		}},
		{"talks told elsewhere", func(i int) string {
			return fmt.Sprintf("Kasimir Dovrenko held talks with Ines Valcourt in %s, their offices said. Dovrenko later flew home.", towns[i])
		}, []string{
			"Kasimir Dovrenko held talks with Ines Valcourt in Reykjavik, their offices said.",
		}},
	}
	for _, k := range kinds {
		t.Run(k.name, func(t *testing.T) {
			rereads := map[int]int64{}
			for _, n := range []int{2, 12} {
				var texts []string
				for i := range n {
					texts = append(texts, k.plain(i))
				}
				lines := storyLines("tale", append(texts, k.last...))
				got, r := ingestRereads(t, graphExtractor{x}, lines, true)
				want, _ := ingestRereads(t, blindExtractor{graphExtractor{x}}, lines, true)
				if !bytes.Equal(got, want) {
					t.Errorf("%d stories: export differs from the one read again at every change:\n%s", n, firstDiff(want, got))
				}
				rereads[n] = r
			}
			if rereads[12] != rereads[2] {
				t.Errorf("%d stories read again among 12 unrelated ones, %d among 2: want as many", rereads[12], rereads[2])
			}
		})
	}
}
