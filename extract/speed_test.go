package extract

import (
	"context"
	"strings"
	"syscall"
	"testing"
	"time"
)

// cpuTime is the process's user and system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkExtractCPU reports extraction throughput in words per CPU-second
// over the seed articles (run with -cpu 1: on a shared machine wall time
// says little). The models are loaded before the clock starts.
func BenchmarkExtractCPU(b *testing.B) {
	x := extractor(b)
	docs := loadSeeds(b)
	words := 0
	for _, d := range docs {
		words += len(strings.Fields(d.Text))
	}
	ctx := context.Background()
	if _, err := x.Extract(ctx, docs[0], nil); err != nil { // load the models
		b.Fatal(err)
	}
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		g := newMemGraph()
		for _, d := range docs {
			ex, err := x.Extract(ctx, d, g)
			if err != nil {
				b.Fatal(err)
			}
			g.add(ex)
		}
	}
	b.ReportMetric(float64(words*b.N)/(cpuTime()-start).Seconds(), "words/cpu-s")
}

// TestModelsLoadOnFirstUse: building an Extractor loads no model; the
// first extraction loads both.
func TestModelsLoadOnFirstUse(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if x.pos.m != nil || x.ner.(*lazyNER).m != nil {
		t.Fatal("New loaded a model")
	}
	if _, err := x.Extract(context.Background(), loadSeeds(t)[0], nil); err != nil {
		t.Fatal(err)
	}
	if x.pos.m == nil || x.ner.(*lazyNER).m == nil {
		t.Fatal("extraction ran without loading the models")
	}
}
