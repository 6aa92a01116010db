package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	prose "github.com/jdkato/prose/v2"
)

// proseTags is what pos.go did before it read prose's weights itself: our
// tokens joined by spaces through prose's own tokenizer and tagger, the tags
// mapped back by character offset. It is the reference posTagger must equal.
func proseTags(model *prose.Model, toks []token) []string {
	var b strings.Builder
	starts := make([]int, len(toks))
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(asciiQuotes.Replace(t.text))
	}
	joined := b.String()
	out := make([]string, len(toks))
	doc, err := prose.NewDocument(joined, prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(model))
	if err != nil {
		return out
	}
	pos, k := 0, 0
	for _, pt := range doc.Tokens() {
		at := strings.Index(joined[pos:], pt.Text)
		if at < 0 {
			continue
		}
		at += pos
		pos = at + len(pt.Text)
		for k+1 < len(toks) && starts[k+1] <= at {
			k++
		}
		if out[k] == "" {
			out[k] = pt.Tag
		}
	}
	return out
}

// TestPOSTagsEqualProse: every token of the seed articles, the CoNLL-2003
// development text (when ../shared has it) and some typography prose splits
// gets the tag prose's own pipeline gives it.
func TestPOSTagsEqualProse(t *testing.T) {
	var texts []string
	f, err := os.Open(filepath.Join("testdata", "seeds.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var d struct{ Text string }
		json.Unmarshal(sc.Bytes(), &d)
		texts = append(texts, d.Text)
	}
	f.Close()
	texts = append(texts, `The company's shares rose 5% to $12.50 (a record) on Monday, didn't they? "We'll see," said Mr. O'Neill :) in the U.S.-led talks at www.example.com or ann@example.org -- 0 *T*-1 -LRB- state-of-the-art 1987 3rd`)
	// The CoNLL text is 50k tokens: under -race (several times slower) the
	// seeds and the typography above are enough.
	if b, err := os.ReadFile(conllDev); err == nil && !raceEnabled {
		var doc strings.Builder
		for _, line := range strings.Split(string(b), "\n") {
			if w, _, ok := strings.Cut(line, " "); ok && w != "-DOCSTART-" {
				doc.WriteString(w + " ")
			} else if line == "" {
				doc.WriteString("\n")
			}
		}
		texts = append(texts, doc.String())
	}
	model := prose.ModelFromData("reference")
	p := newPOSTagger()
	tokens, diffs, unstable := 0, 0, 0
	// prose keeps one *Token per distinct chunk of a text, so a repeated
	// chunk takes its last occurrence's tag: posTagger must do the same.
	texts = append(texts, `" Yes , " he said . " No , " she said , " maybe " .`)
	for _, text := range texts {
		for _, s := range split(text) {
			want := proseTags(model, s.tokens)
			again := proseTags(model, s.tokens)
			for i := range want {
				if want[i] != again[i] {
					unstable++
				}
			}
			toks := append([]token(nil), s.tokens...)
			for i := range toks {
				toks[i].pos = ""
			}
			p.tag(toks)
			for i := range toks {
				tokens++
				if toks[i].pos != want[i] {
					diffs++
					if diffs <= 10 {
						t.Errorf("token %q in %q: tag %q, prose %q", toks[i].text, text[s.span.Start:min(s.span.End, s.span.Start+80)], toks[i].pos, want[i])
					}
				}
			}
		}
	}
	t.Logf("%d tokens, %d tagged otherwise than prose, %d tagged otherwise by prose itself on a second run", tokens, diffs, unstable)
}

var updatePOS = flag.Bool("update-pos", false, "rewrite pos.bin from prose's embedded tagger model")

// TestPOSFile: pos.bin is exactly what prose's own tagger model gives
// (go test ./extract -run TestPOSFile -update-pos rewrites it).
func TestPOSFile(t *testing.T) {
	m, err := posFromProse()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.write(&buf); err != nil {
		t.Fatal(err)
	}
	if *updatePOS {
		if err := os.WriteFile("pos.bin", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(buf.Bytes(), posFile) {
		t.Fatalf("pos.bin differs from prose's model (%d bytes, want %d): run go test ./extract -run TestPOSFile -update-pos", len(posFile), buf.Len())
	}
	if _, err := decodePOS(buf.Bytes()); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkPOSLoad is what the first extraction of a process pays for the
// tagger, in CPU milliseconds.
func BenchmarkPOSLoad(b *testing.B) {
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := loadPOSModel(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
