package extract

import (
	"context"
	"errors"
	"fmt"
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

// BenchmarkLink reports Link's time per KB of text from 1 KB to 1 MB, for
// prose and for one long capitalised run ("Takaichi " repeated): flat when
// Link is linear in its input.
func BenchmarkLink(b *testing.B) {
	x := extractor(b)
	g := linkGraph()
	prose := "Sanae Takaichi met the Finance Minister in Osaka on Monday. Officials said the talks would continue next week. "
	for _, kind := range []struct{ name, unit string }{{"prose", prose}, {"capitalised", "Takaichi "}} {
		for _, kb := range []int{1, 16, 256, 1024} {
			text := strings.Repeat(kind.unit, kb*1024/len(kind.unit)+1)[:kb*1024]
			text = text[:strings.LastIndexByte(text, ' ')+1]
			b.Run(fmt.Sprintf("%s/%dKB", kind.name, kb), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if _, err := x.Link(context.Background(), text, g); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(kb), "µs/KB")
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
