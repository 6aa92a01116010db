package extract

import "testing"

// wireCases: modern agency copy ("Place (AFP) -", "(Bloomberg) --"), an
// infinitive's event verb prose reads as a noun, and an accord told first
// by its sides and then by its signatories.
var wireCases = []wordingCase{
	{
		name: "a mixed-case place and the agency in brackets open a dateline",
		text: "Accra (AFP) - Mali and Ghana signed a river-transport accord on Thursday, ending a long quarrel.",
		want: []string{"AGREEMENT/HAPPENED: party=Ghana; party=Mali"},
		not:  []string{"Agence France-Presse", "AFP"},
	},
	{
		name: "a place, its country and an en dash open a dateline",
		text: "Vaduz, Liechtenstein \u2013 Austria and Switzerland began talks on rail tolls on Monday, officials said.",
		want: []string{"MEETING/HAPPENED: participant=Austria; participant=Switzerland"},
		not:  []string{"participant=Vaduz", "participant=Liechtenstein"},
	},
	{
		name: "a firm of a nationality is no country",
		text: "Tarvos Shipping Corp agreed on Tuesday to be bought by a Danish rival for $2 billion.",
		not:  []string{"Denmark"},
	},
	{
		name: "an agency in brackets with no place opens a dateline",
		text: "(Bloomberg) -- Tarvos Gas Corp. agreed to buy Quillon Pipelines Inc. for roughly $3 billion in stock.",
		want: []string{"AGREEMENT: party=Quillon Pipelines Inc.; party=Tarvos Gas Corp."},
		not:  []string{"Bloomberg"},
	},
	{
		name: "signed in a city by two people, the by-phrase hung on the city",
		text: "The accord was signed in Riga by Lithuanian transport minister Rasa Petraitiene and her Polish counterpart Marek Nowicki on a rainy morning.",
		want: []string{"AGREEMENT/HAPPENED: party=Lithuania; party=Poland; signatory=Marek Nowicki; signatory=Rasa Petraitiene"},
	},
	{
		name: "where the speakers are is not where the talks will be",
		text: "Malian President Amadou Keita is due to visit Accra in March for talks with Ghanaian leader Kofi Boateng, aides in Bamako said.",
		want: []string{"VISIT/PLANNED: destination=Accra; visitor=Amadou Keita", "MEETING/PLANNED: participant=Amadou Keita; participant=Kofi Boateng"},
		not:  []string{"Bamako"},
	},
	{
		name: "an accord told by its sides, then signed by two ministers: one accord",
		text: "Mali and Ghana signed a river-transport accord on Thursday.\n\nThe deal was signed in Accra by Malian transport minister Awa Traore and her Ghanaian counterpart Kwesi Mensah at a brief ceremony.",
		want: []string{"AGREEMENT/HAPPENED: party=Ghana; party=Mali; signatory=Awa Traore; signatory=Kwesi Mensah"},
	},
}

func TestWordingWire(t *testing.T) { runWording(t, wireCases) }

// TestInfinitiveVerbs: after an infinitive's "to", an event word prose
// tagged as a noun is the verb; a plural noun or an "of" phrase keeps it a
// noun.
func TestInfinitiveVerbs(t *testing.T) {
	for _, c := range []struct {
		words, tags []string
		k           int
		want        string
	}{
		{[]string{"is", "due", "to", "visit", "kigali", "."}, []string{"VBZ", "JJ", "TO", "NN", "NNP", "."}, 3, "VB"},
		{[]string{"plans", "to", "tour", "the", "region"}, []string{"VBZ", "TO", "NN", "DT", "NN"}, 2, "VB"},
		{[]string{"a", "return", "to", "talks", "soon"}, []string{"DT", "NN", "TO", "NNS", "RB"}, 3, "NNS"},
		{[]string{"ahead", "to", "visit", "of", "x"}, []string{"RB", "TO", "NN", "IN", "NN"}, 2, "NN"},
	} {
		tr := &tree{lw: c.words, tag: append([]string(nil), c.tags...)}
		infinitiveVerbs(tr)
		if tr.tag[c.k] != c.want {
			t.Errorf("%q: %q tagged %s, want %s", c.words, c.words[c.k], tr.tag[c.k], c.want)
		}
	}
}

// TestPresentVerbs: an event verb's third person after a name, read by
// prose as a plural noun, is the verb when a direction or a name follows.
func TestPresentVerbs(t *testing.T) {
	for _, c := range []struct {
		words, tags []string
		k           int
		want        string
	}{
		{[]string{"quispe", "flies", "on", "to", "lisbon"}, []string{"NNP", "NNS", "IN", "TO", "NNP"}, 1, "VBZ"},
		{[]string{"ferrer", "visits", "lima", "today"}, []string{"NNP", "NNS", "NNP", "NN"}, 1, "VBZ"},
		{[]string{"the", "visits", "to", "lima"}, []string{"DT", "NNS", "TO", "NNP"}, 1, "NNS"},
		{[]string{"andes", "flies", "were", "caught"}, []string{"NNP", "NNS", "VBD", "VBN"}, 1, "NNS"},
	} {
		tr := &tree{lw: c.words, tag: append([]string(nil), c.tags...)}
		presentVerbs(tr)
		if tr.tag[c.k] != c.want {
			t.Errorf("%q: %q tagged %s, want %s", c.words, c.words[c.k], tr.tag[c.k], c.want)
		}
	}
}
