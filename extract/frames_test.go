package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// TestGoldenFrames extracts invented articles, one per kind of construction
// an event is stated in (testdata/frames_KIND.txt: arguments, clauses,
// bodies, idioms, status, presence, dates, and a follow-up merged into the
// article before it), all published on Tuesday 2026-03-10 and folded into
// one graph in name order, and compares each with frames_KIND.golden.json.
func TestGoldenFrames(t *testing.T) {
	x := extractor(t)
	files, err := filepath.Glob("testdata/frames_*.txt")
	if err != nil || len(files) == 0 {
		t.Fatal("no frame articles", err)
	}
	pub := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	g := newMemGraph()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		d := newsgraph.Document{ID: newsgraph.DocumentID(name), Text: string(b), Published: pub}
		ex, err := x.Extract(context.Background(), d, g)
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, d, ex)
		got, _ := json.MarshalIndent(view(ex, g), "", " ")
		g.add(ex)
		path := filepath.Join("testdata", name+".golden.json")
		checkGolden(t, name, path, got)
	}
}
