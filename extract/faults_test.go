package extract

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// A place inside a compound word ("Norway-Chile") is a mention without
// tokens of its own; the rules that look back for "the two countries" must
// pass over it rather than index the tokens before it.
func TestCompoundPlacesBeforePairReference(t *testing.T) {
	x := extractor(t)
	for _, text := range []string{
		"Solberg and Boric agree yearly Norway-Chile summits\nThe two countries will also hold talks on fisheries next year.",
		"Kenya-Uganda rail talks resume\nThe two countries signed a memorandum on the line in Kampala on Monday.",
		"Officials said the Peru-Bolivia border deal was close. Both countries want it signed before June.",
		"A Japan-Vietnam pact on labour was agreed. The two governments met in Hanoi to sign it.",
		"Ministers from both sides met after the India-Nepal flood accord. The two nations also agreed to share river data.",
		"The Germany-Poland talks ended. The two sides said the next round would be in Warsaw.",
		"Under the Egypt-Sudan water accord, the two countries agreed to meet monthly.",
		"Brazil-Argentina trade talks: the two neighbours agreed on tariffs for steel.",
	} {
		if _, err := x.Extract(context.Background(), newsgraph.Document{ID: "compound", Text: text}, nil); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}

// A fault in one sentence's frames costs that sentence, not the document,
// when faults are not strict (outside tests).
func TestSentenceFaultCostsTheSentence(t *testing.T) {
	x := extractor(t)
	strictFaults = false
	defer func() { strictFaults = true }()
	d := &doc{x: x, id: "fault", text: "Ana Ruiz met Omar Haddad in Lisbon on Monday. Ruiz later visited Porto."}
	if err := x.analyse(context.Background(), d, nil); err != nil {
		t.Fatal(err)
	}
	d.segmentStories()
	for _, k := range d.bySent[0] {
		d.mentions[k].i, d.mentions[k].j = 1000, 1001 // a layout no rule foresaw: the frames of sentence 0 index past its tokens
	}
	d.findEvents()
	if d.faults != 1 {
		t.Fatalf("faults = %d, want 1 (sentence 0)", d.faults)
	}
	found := false
	for _, e := range d.events {
		found = found || e.typ == newsgraph.Visit
	}
	if !found {
		t.Errorf("the visit of the sentence after the fault is lost: %d events", len(d.events))
	}
}
