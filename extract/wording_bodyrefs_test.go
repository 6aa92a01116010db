package extract

import "testing"

// bodyRefsCases are invented paragraphs whose sides are named by
// reference: a firm or a public body by its kind ("the group", "the
// ministry"), a pair by its count ("both companies said they", "the two")
// rather than by name; and the names of a list, which are no pair.
var bodyRefsCases = []wordingCase{
	{
		name: "the group after the one firm the sentence before names is that firm",
		text: "Markets were calm on Wednesday.\n\nKorvath Mining Corp posted higher earnings. The group held talks with Zenith Bank on Monday over a loan.",
		want: []string{"MEETING: participant=Korvath Mining Corp; participant=Zenith Bank"},
	},
	{
		name: "the group said it, after a firm of many trades",
		text: "Markets were calm on Wednesday.\n\nShares of Pellworth Holdings fell 3 percent. The group said it had signed a supply contract with Ardent Chemicals Ltd on Monday.",
		want: []string{"AGREEMENT: party=Ardent Chemicals Ltd; party=Pellworth Holdings"},
	},
	{
		name: "the group after a body whose name does not say it is a firm is no one",
		text: "Markets were calm on Wednesday.\n\nThe Harbour Residents Forum opposed the plan. The group held talks with Zenith Bank on Monday.",
		not:  []string{"Harbour Residents Forum"},
	},
	{
		name: "the ministry is the one ministry the story names",
		text: "Markets were calm on Wednesday.\n\nThe Polish Finance Ministry said the budget gap had widened. The ministry held talks with the International Monetary Fund on Tuesday.",
		want: []string{"MEETING: participant=International Monetary Fund; participant=Polish Finance Ministry"},
	},
	{
		name: "the commission said it signed",
		text: "Markets were calm on Wednesday.\n\nThe Baltic Fisheries Commission set new quotas on Monday. The commission said it had signed an accord with Norway on cod.",
		want: []string{"AGREEMENT: party=Baltic Fisheries Commission; party=Norway"},
	},
	{
		name: "the ministry of a story that names none is no one",
		text: "Markets were calm on Wednesday.\n\nZenith Bank cut its rates on Monday. The ministry held talks with the International Monetary Fund on Tuesday.",
		not:  []string{"Zenith Bank"},
	},
	{
		name: "both companies said they",
		text: "Markets were calm on Wednesday.\n\nHalvorsen Foods wants to acquire Brantley Dairy Corp, a rival. Both companies said they had signed a letter of intent.",
		want: []string{"AGREEMENT: party=Brantley Dairy Corp; party=Halvorsen Foods"},
	},
	{
		name: "the two after both companies of the same sentence",
		text: "Markets were calm on Wednesday.\n\nNorvale Foods has rejected a takeover bid from Kestrel Holdings.\n\nTrading in both companies was halted as the two held merger talks on Tuesday.",
		want: []string{"MEETING: participant=Kestrel Holdings; participant=Norvale Foods"},
	},
	{
		name: "the two companies are not two names of a list of labels",
		text: "Markets were calm on Wednesday.\n\nDutch dairy firm Norvale Foods has rejected a takeover bid from brewing group Kestrel Holdings.\n\nNorvale, whose labels include Alder Dairies, Birchmoor Cheese Co and Cedarline Foods, called the offer too low. The two companies held talks after Kestrel bought a stake in Norvale in March.",
		want: []string{"MEETING: participant=Kestrel Holdings; participant=Norvale Foods"},
		not:  []string{"Cedarline", "Birchmoor"},
	},
}

func TestWordingBodyRefs(t *testing.T) { runWording(t, bodyRefsCases) }
