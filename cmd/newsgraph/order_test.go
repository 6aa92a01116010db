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
	ingest1 := func(ex ingest.Extractor) ([]byte, int64) {
		ctx := context.Background()
		st, err := store.Open(ctx, "memory://")
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		svc := ingest.New(ex, st, 0)
		svc.SetWorkers(1)
		path := filepath.Join(t.TempDir(), "stories.jsonl")
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if sum, err := svc.Run(ctx, []string{path}, nil, nil); err != nil || sum.Failed > 0 {
			t.Fatalf("ingest: %v, %v", err, sum.Failures)
		}
		var out bytes.Buffer
		if err := st.WriteNQuads(ctx, &out); err != nil {
			t.Fatal(err)
		}
		return out.Bytes(), svc.Rereads()
	}
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
