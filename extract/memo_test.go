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

// A document read again against a graph that has grown since reuses its
// kept analysis and gives what an extractor without one gives; a changed
// text under the same id is read afresh.
func TestReadAgainIsTheSame(t *testing.T) {
	shared := extractor(t)
	x := *shared
	x.memo = newMemo() // its own, so that other tests' documents do not count
	fresh := *shared
	fresh.memo = nil
	files, err := filepath.Glob("testdata/wire_*.txt")
	if err != nil || len(files) < 2 {
		t.Fatal("no wire articles", err)
	}
	var docs []newsgraph.Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		pub, _ := time.Parse(newsgraph.DateLayout, strings.TrimPrefix(name, "wire_"))
		docs = append(docs, newsgraph.Document{ID: newsgraph.DocumentID(name), Text: string(b), Published: pub})
	}
	ctx := context.Background()
	g := newMemGraph()
	for _, d := range docs {
		ex, err := x.Extract(ctx, d, g)
		if err != nil {
			t.Fatal(err)
		}
		g.add(ex)
	}
	same := func(d newsgraph.Document) {
		t.Helper()
		got, err := x.Extract(ctx, d, g)
		if err != nil {
			t.Fatal(err)
		}
		want, err := fresh.Extract(ctx, d, g)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := json.Marshal(got)
		b, _ := json.Marshal(want)
		if string(a) != string(b) {
			t.Errorf("%s read again differs from a first reading:\n%s\n%s", d.ID, a, b)
		}
	}
	for _, d := range docs {
		if x.memo.get(d.ID, d.Text) == nil {
			t.Errorf("%s: no kept analysis", d.ID)
		}
		same(d)
	}
	changed := docs[0]
	changed.Text = "Ministers Anna Kowalczyk and Pedro Alvarez met in Lisbon on Tuesday.\n\n" + changed.Text
	same(changed)
	if x.memo.get(changed.ID, docs[0].Text) != nil {
		t.Errorf("the analysis of the old text is still kept")
	}
}

// The kept analyses stay within memoBytes, the most recently used kept.
func TestMemoBound(t *testing.T) {
	m := newMemo()
	text := strings.Repeat("x", memoBytes/memoCost/10)
	for i := range 25 {
		m.put(newsgraph.DocumentID(rune('a'+i)), &analysis{text: text})
	}
	if m.bytes > memoBytes || m.order.Len() != 10 {
		t.Fatalf("%d bytes in %d analyses, want at most %d in 10", m.bytes, m.order.Len(), memoBytes)
	}
	if m.get("y", text) == nil || m.get("a", text) != nil {
		t.Fatal("kept the wrong analyses")
	}
	m.put("big", &analysis{text: strings.Repeat("x", memoBytes)})
	if m.get("big", strings.Repeat("x", memoBytes)) != nil {
		t.Fatal("kept an analysis over the whole bound")
	}
}
