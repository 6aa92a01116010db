package extract

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// cpuTime is the process's user and system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// scaleCorpus is the Reuters scale corpus, kept outside the repository.
var scaleCorpus = filepath.Join("..", "..", "shared", "corpus", "scale", "reuters-21578.jsonl.gz")

// BenchmarkExtractCPU reports extraction throughput in words per CPU-second
// (run with -cpu 1: on a shared machine wall time says little), over the
// seed articles and over the first 300 stories of the Reuters scale corpus
// (skipped when ../shared has none). The models are loaded before the clock
// starts. Every round reads the documents under new ids, so that the
// extractor's memo of earlier readings is never what is measured.
func BenchmarkExtractCPU(b *testing.B) {
	b.Run("seeds", func(b *testing.B) { benchExtractCPU(b, loadSeeds(b)) })
	b.Run("reuters300", func(b *testing.B) { benchExtractCPU(b, loadScale(b, 300)) })
}

func benchExtractCPU(b *testing.B, docs []newsgraph.Document) {
	x := extractor(b)
	words := 0
	for _, d := range docs {
		words += len(strings.Fields(d.Text))
	}
	ctx := context.Background()
	if _, err := x.Extract(ctx, newsgraph.Document{ID: "warm-up", Text: docs[0].Text}, nil); err != nil { // load the models
		b.Fatal(err)
	}
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		g := newMemGraph()
		for _, d := range docs {
			d.ID = newsgraph.DocumentID(fmt.Sprintf("%s#%d", d.ID, i))
			ex, err := x.Extract(ctx, d, g)
			if err != nil {
				b.Fatal(err)
			}
			g.add(ex)
		}
	}
	b.ReportMetric(float64(words*b.N)/(cpuTime()-start).Seconds(), "words/cpu-s")
}

// loadScale reads the first n stories of the Reuters scale corpus.
func loadScale(b *testing.B, n int) []newsgraph.Document {
	f, err := os.Open(scaleCorpus)
	if err != nil {
		b.Skipf("no scale corpus: %v", err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	var docs []newsgraph.Document
	sc := bufio.NewScanner(z)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for len(docs) < n && sc.Scan() {
		var s struct {
			ID, Text, Published string
		}
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			b.Fatal(err)
		}
		d := newsgraph.Document{ID: newsgraph.DocumentID(s.ID), Text: s.Text}
		d.Published, _ = time.Parse(newsgraph.DateLayout, s.Published)
		docs = append(docs, d)
	}
	return docs
}

// TestModelsLoadOnFirstUse: building an Extractor loads no model; the
// first extraction loads them all.
func TestModelsLoadOnFirstUse(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if x.pos.m != nil || x.ner.(*lazyNER).m != nil || x.dep.p != nil {
		t.Fatal("New loaded a model")
	}
	if _, err := x.Extract(context.Background(), loadSeeds(t)[0], nil); err != nil {
		t.Fatal(err)
	}
	if x.pos.m == nil || x.ner.(*lazyNER).m == nil || x.dep.p == nil {
		t.Fatal("extraction ran without loading the models")
	}
}
