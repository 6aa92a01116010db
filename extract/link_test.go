package extract

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// linkGraph knows one person by her full name and her surname, so that
// Link looks every capitalised run up.
func linkGraph() *memGraph {
	g := newMemGraph()
	id := newsgraph.NewEntityID(newsgraph.Person, "Sanae Takaichi")
	g.ents[id] = &newsgraph.Entity{ID: id, Name: "Sanae Takaichi", Type: newsgraph.Person, Mentions: 3}
	g.index(id, "Sanae Takaichi")
	g.index(id, "Takaichi")
	return g
}

// countingGraph counts alias-key lookups.
type countingGraph struct {
	*memGraph
	lookups int
}

func (g *countingGraph) EntitiesByKey(ctx context.Context, k string) ([]newsgraph.Entity, error) {
	g.lookups++
	return g.memGraph.EntitiesByKey(ctx, k)
}

// TestLinkLongCapitalisedRun: a run of one capitalised word repeated asks
// the graph a bounded number of questions, however long the run.
func TestLinkLongCapitalisedRun(t *testing.T) {
	x := extractor(t)
	counts := map[int]int{}
	for _, n := range []int{20, 200} {
		g := &countingGraph{memGraph: linkGraph()}
		if _, err := x.Link(context.Background(), strings.Repeat("Takaichi ", n), g); err != nil {
			t.Fatal(err)
		}
		counts[n] = g.lookups
	}
	if counts[200] > counts[20]+4 {
		t.Errorf("alias lookups grow with the run: %d for 20 words, %d for 200", counts[20], counts[200])
	}
}

// TestLinkHonoursContext: a cancelled request stops.
func TestLinkHonoursContext(t *testing.T) {
	x := extractor(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.Link(ctx, strings.Repeat("Takaichi ", 50), linkGraph()); !errors.Is(err, context.Canceled) {
		t.Errorf("Link with a cancelled context: %v, want context.Canceled", err)
	}
}

// linkShapes are the texts BenchmarkLink reads: each names a way a text can
// make one stretch of the work grow with the text instead of with the
// stretch (a capitalised run, a sentence, a token, the entities it names).
// Each returns its next piece; names come from rng.
var linkShapes = []struct {
	name string
	next func(rng *rand.Rand) string
}{
	{"prose", func(*rand.Rand) string {
		return "Sanae Takaichi met the Finance Minister in Osaka on Monday. Officials said the talks would continue next week. "
	}},
	{"capitalised", func(*rand.Rand) string { return "Takaichi " }},
	{"titles", func(*rand.Rand) string {
		return "Prime Minister Sanae Takaichi Finance Minister Osaka Tokyo Bank Of Japan "
	}},
	{"names", func(rng *rand.Rand) string { return pseudoName(rng) + " " }},
	{"unpunctuated", func(*rand.Rand) string {
		return "Sanae Takaichi met the Finance Minister in Osaka on Monday and officials said the talks would continue next week "
	}},
	{"sentences", func(rng *rand.Rand) string {
		return pseudoName(rng) + " " + pseudoName(rng) + " met " + pseudoName(rng) + " in " + pseudoName(rng) + ". She said he was glad. "
	}},
	{"tokens", func(*rand.Rand) string { return "T" + strings.Repeat("a", 999) + " " }},
}

// pseudoName is a capitalised word of two or three syllables.
func pseudoName(rng *rand.Rand) string {
	syl := []string{"ka", "to", "mi", "ra", "ne", "lo", "vu", "shi", "den", "bar", "qui", "zor", "fel", "tan", "ghi", "rok"}
	var sb strings.Builder
	for i := 0; i < 2+rng.IntN(2); i++ {
		sb.WriteString(syl[rng.IntN(len(syl))])
	}
	w := sb.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

// linkText is about kb KB of a shape, cut after a space.
func linkText(next func(*rand.Rand) string, kb int) string {
	rng := rand.New(rand.NewPCG(1, 2))
	var sb strings.Builder
	for sb.Len() < kb*1024 {
		sb.WriteString(next(rng))
	}
	text := sb.String()[:kb*1024]
	return text[:strings.LastIndexByte(text, ' ')+1]
}

// BenchmarkLink reports Link's CPU time per KB of text from 1 KB to 1 MB
// for each of linkShapes: flat when Link is linear in its input (CPU time,
// not wall time, which says little on a shared machine).
func BenchmarkLink(b *testing.B) {
	x := extractor(b)
	g := linkGraph()
	if _, err := x.Link(context.Background(), "Models load on first use.", g); err != nil {
		b.Fatal(err)
	}
	for _, shape := range linkShapes {
		for _, kb := range []int{1, 16, 64, 256, 1024} {
			text := linkText(shape.next, kb)
			b.Run(fmt.Sprintf("%s/%dKB", shape.name, kb), func(b *testing.B) {
				cpu := cpuTime()
				for i := 0; i < b.N; i++ {
					if _, err := x.Link(context.Background(), text, g); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(b.N)/float64(kb), "cpu-µs/KB")
			})
		}
	}
}

// FuzzLink: whatever the text, Link returns spans inside it, in order,
// whose text is the span's as one line.
func FuzzLink(f *testing.F) {
	for _, s := range []string{"", "Takaichi", "Sanae Takaichi met Bob.", "TAKAICHI Takaichi takaichi", "É Ö\u00a0Takaichi", "Sanae\nTakaichi met\n  Bob", "A. B. C. D", "\xff Takaichi"} {
		f.Add(s)
	}
	x := extractor(f)
	g := linkGraph()
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4096 {
			return
		}
		out, err := x.Link(context.Background(), text, g)
		if err != nil {
			t.Fatal(err)
		}
		last := 0
		for _, m := range out {
			sp := m.Span
			if sp.Start < 0 || sp.Start > sp.End || sp.End > len(text) {
				t.Fatalf("span %+v outside %d bytes", sp, len(text))
			}
			if flat(text[sp.Start:sp.End]) != m.Text {
				t.Fatalf("span %+v is %q, mention says %q", sp, text[sp.Start:sp.End], m.Text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
				t.Fatalf("span %+v cuts a rune", sp)
			}
			if sp.Start < last {
				t.Fatalf("spans out of order: %+v", out)
			}
			last = sp.Start
		}
	})
}

// TestTableReachKeepsEveryKey: the bound ofPrefix puts on the prefixes it
// tries never cuts a name the tables hold, however it is tokenized, and
// stops a long run within a few words of the longest key.
func TestTableReachKeepsEveryKey(t *testing.T) {
	x := extractor(t)
	r := &recognizer{gz: x.gz}
	var names []string
	for _, line := range countryList {
		ns, dems, _ := strings.Cut(line, ";")
		names = append(names, strings.Split(ns, "|")...)
		if dems != "" {
			names = append(names, strings.Split(dems, "|")...)
		}
	}
	for _, c := range cityList {
		name, _, _ := strings.Cut(c, ":")
		names = append(names, name)
	}
	names = append(names, usStates...)
	names = append(names, regionList...)
	for alias := range placeAliases {
		names = append(names, alias)
	}
	for k := range knownOrgs {
		names = append(names, k)
	}
	for _, n := range names {
		for _, text := range []string{n, "The " + n + "'s"} {
			toks := tokenize(text, 0, len(text), 0, nil)
			if got := r.tableReach(toks, 0, len(toks)); got != len(toks) {
				t.Errorf("tableReach(%q) = %d of %d tokens", text, got, len(toks))
			}
		}
	}
	run := strings.Repeat("Bank Of ", 200)
	toks := tokenize(run, 0, len(run), 0, nil)
	if got := r.tableReach(toks, 0, len(toks)); got > x.gz.maxWords+3 {
		t.Errorf("tableReach over a run of %d tokens = %d, want at most %d", len(toks), got, x.gz.maxWords+3)
	}
}

// TestLongRunReadInPieces: a capitalised run longer than any name is read
// as runs of at most maxNameTokens tokens, and the names at its end are
// still found.
func TestLongRunReadInPieces(t *testing.T) {
	x := extractor(t)
	text := strings.Repeat("Prime Minister Sanae Takaichi Finance Minister Osaka Tokyo Bank Of Japan ", 40) + "visited Paris."
	out, err := x.Link(context.Background(), text, nil)
	if err != nil {
		t.Fatal(err)
	}
	paris := false
	for _, m := range out {
		if n := len(strings.Fields(m.Text)); n > maxNameTokens {
			t.Errorf("mention of %d words: %.60q...", n, m.Text)
		}
		paris = paris || m.Text == "Paris"
	}
	if !paris {
		t.Errorf("Paris after the run not found: %+v", out)
	}
}

// BenchmarkExtractShapes reports Extract's CPU time per KB over the texts
// of linkShapes, from 1 KB to 1 MB: flat when extraction is linear too.
func BenchmarkExtractShapes(b *testing.B) {
	x := extractor(b)
	if _, err := x.Extract(context.Background(), newsgraph.Document{ID: "warm", Text: "Models load on first use."}, nil); err != nil {
		b.Fatal(err)
	}
	for _, shape := range linkShapes {
		for _, kb := range []int{1, 16, 64, 256, 1024} {
			doc := newsgraph.Document{ID: "shape", Text: linkText(shape.next, kb)}
			b.Run(fmt.Sprintf("%s/%dKB", shape.name, kb), func(b *testing.B) {
				cpu := cpuTime()
				for i := 0; i < b.N; i++ {
					if _, err := x.Extract(context.Background(), doc, nil); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(b.N)/float64(kb), "cpu-µs/KB")
			})
		}
	}
}
