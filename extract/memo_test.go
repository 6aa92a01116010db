package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
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
	text := strings.Repeat("x", memoBytes/10-1000)
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

// wireAnalyses reads the wire articles with extractor x (a memo of its
// own), against a graph that grows with them, and returns them.
func wireAnalyses(t *testing.T, x *Extractor) []newsgraph.Document {
	t.Helper()
	files, err := filepath.Glob("testdata/wire_*.txt")
	if err != nil || len(files) < 2 {
		t.Fatal("no wire articles", err)
	}
	g := newMemGraph()
	var docs []newsgraph.Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := newsgraph.Document{ID: newsgraph.DocumentID(filepath.Base(f)), Text: string(b)}
		ex, err := x.Extract(context.Background(), d, g)
		if err != nil {
			t.Fatal(err)
		}
		g.add(ex)
		docs = append(docs, d)
	}
	return docs
}

// A kept analysis comes back as it was made: sentences, tokens with their
// tags, the recogniser's labels and every parse.
func TestMemoGivesBackTheAnalysis(t *testing.T) {
	x := *extractor(t)
	x.memo = newMemo()
	docs := wireAnalyses(t, &x)
	parses := 0
	for _, d := range docs {
		a := x.memo.get(d.ID, d.Text)
		if a == nil {
			t.Fatalf("%s: not kept", d.ID)
		}
		want := &analysis{text: d.Text, sents: split(d.Text)}
		for i := range want.sents {
			x.pos.tag(want.sents[i].tokens)
		}
		if !reflect.DeepEqual(a.sents, want.sents) {
			t.Errorf("%s: the kept sentences differ from a fresh split and tagging", d.ID)
		}
		words := make([][]string, len(want.sents))
		for i, s := range want.sents {
			for _, tok := range s.tokens {
				words[i] = append(words[i], asciiQuotes.Replace(tok.text))
			}
		}
		if !reflect.DeepEqual(a.ner, x.ner.Tag(words)) {
			t.Errorf("%s: the kept labels differ from the recogniser's", d.ID)
		}
		for k, p := range a.parses {
			parses++
			found := false
			for si := range a.sents {
				var ws, ts []string
				for _, tok := range a.sents[si].tokens {
					ws, ts = append(ws, tok.text), append(ts, tok.pos)
				}
				if parseKey(ws, ts) == k {
					found = true
					h, r := x.dep.Parse(ws, ts)
					if !reflect.DeepEqual(p, parsed{h, r}) {
						t.Errorf("%s: a kept parse differs from the parser's", d.ID)
					}
				}
			}
			_ = found // parses of part of a sentence are checked by TestReadAgainIsTheSame
		}
	}
	if parses == 0 {
		t.Error("no parse kept")
	}
}

// The memo holds the analyses of a wire service's year of stories (12 MB
// of text), not a few thousand: a large ingest reads earlier documents
// again, and each one read from scratch costs the tagger, the recogniser
// and the parser again.
func TestMemoHoldsAYearOfStories(t *testing.T) {
	x := *extractor(t)
	x.memo = newMemo()
	docs := wireAnalyses(t, &x)
	m := newMemo()
	kept, text := 0, 0
	for n := 0; text < 12<<20; n++ {
		for _, d := range docs {
			a := x.memo.get(d.ID, d.Text)
			a.kept = 0 // a reading of its own, to keep
			m.put(newsgraph.DocumentID(fmt.Sprintf("%s#%d", d.ID, n)), a)
			kept++
			text += len(d.Text)
		}
	}
	if m.order.Len() != kept {
		t.Errorf("the memo keeps %d of %d analyses (%d MB of text): %d bytes", m.order.Len(), kept, text>>20, m.bytes)
	}
}
