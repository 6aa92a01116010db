package extract

import (
	"context"
	"testing"
)

// TestMendedTreesAcyclic: whatever the mends make of a parse, it stays a
// tree, no word its own ancestor; a cycle sends every reader that walks the
// tree down from a word (lastOf, the dependents of a phrase) round it until
// the stack overflows, which ends the whole ingest, not one document. The
// sentences are invented in the shapes on which mends once made cycles,
// found by extracting the Reuters-21578 scale corpus.
func TestMendedTreesAcyclic(t *testing.T) {
	x := extractor(t)
sentences:
	for _, s := range []string{
		"He said talks with Northwind Cable will continue this week.",
		"She said negotiations with Lakeland Power would resume on Monday.",
		"The council is expected to approve the budget at a meeting tomorrow.",
		"In other business, the firm set June nine as the date of its annual shareholders' meeting.",
		"Under the accord, Dayton-based Norvell will pay an undisclosed sum to Brightline for early research and development and to buy some of the units, the latest version of the X200.",
		"Last year, Lakeside Regional had discussions with Tulsa-based Prairie Corp <PRC> but no agreement was reached, a company spokesman said.",
		"She was speaking after two weeks' discussions with the fund centred on the overhaul of the tax system.",
		"A spokesman for Harbor Trust Co, which chairs the 10-bank advisory committee, said a press conference with finance minister Ana Ruiz will begin at the bank's headquarters at 1430 EST.",
		"The country's main buyers, the three oil firms with stakes in the national company -- Alpha, Beta and Gamma -- enjoy flexibility in the timing of their liftings but are bound to pay official prices, the sources said.",
	} {
		d := &doc{x: x, id: "acyclic", text: s}
		if err := x.analyse(context.Background(), d, nil); err != nil {
			t.Fatal(err)
		}
		d.segmentStories()
		d.trees = make([]*tree, len(d.sents))
		d.dates = make([][]dateExpr, len(d.sents))
		for si := range d.sents {
			d.dates[si] = sentenceDates(d.text, &d.sents[si], d.ref, d.year)
		}
		for si := range d.sents {
			tr := d.parse(si)
			if tr == nil {
				continue
			}
			for i := range tr.head {
				for j, n := tr.head[i], 0; j >= 0 && j < len(tr.head); j, n = tr.head[j], n+1 {
					if j == i || n > len(tr.head) {
						t.Errorf("%q: word %q is its own ancestor: heads %v rels %v", s, tr.lw[i], tr.head, tr.rel)
						continue sentences
					}
				}
			}
		}
	}
}
