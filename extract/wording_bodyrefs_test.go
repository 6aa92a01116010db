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
		name: "the port authority is no authority named for another trade",
		text: "Markets were calm on Wednesday.\n\nGovernor Ada Obi praised the Kessa Road Transport Authority. She had visited Antwerp last year, where she met the head of the port authority.",
		not:  []string{"Kessa Road Transport Authority"},
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
	{
		name: "the bloc is the one union of states the story names",
		text: "Markets were calm on Wednesday.\n\nThe European Union wants more trade with South America. The bloc signed a trade agreement with Chile on Monday.",
		want: []string{"AGREEMENT: party=Chile; party=European Union"},
	},
	{
		name: "the cartel is the union of states named by its letters",
		text: "Markets were calm on Wednesday.\n\nOPEC cut output again. The cartel held talks with Russia on Monday.",
		want: []string{"MEETING: participant=OPEC; participant=Russia"},
	},
	{
		name: "the world body",
		text: "Markets were calm on Wednesday.\n\nThe United Nations sent food to the region. The world body signed an aid agreement with Sudan on Monday.",
		want: []string{"AGREEMENT: party=Sudan; party=United Nations"},
	},
	{
		name: "the bloc of a story naming two unions of states is no one",
		text: "Markets were calm on Wednesday.\n\nThe African Union and the European Union met in Rome. The bloc signed a trade agreement with Chile on Monday.",
		not:  []string{"Chile"},
	},
	{
		name: "the organisation is the body named an organization",
		text: "Markets were calm on Wednesday.\n\nThe World Health Organization sent doctors to the region. The organisation held talks with Kenya on Monday.",
		want: []string{"MEETING: participant=Kenya; participant=World Health Organization"},
	},
	{
		name: "the country is the one country the sentence before names",
		text: "Markets were calm on Wednesday.\n\nNorway has large gas reserves. The country signed an energy deal with Poland on Monday.",
		want: []string{"AGREEMENT: party=Norway; party=Poland"},
	},
	{
		name: "the kingdom",
		text: "Markets were calm on Wednesday.\n\nSaudi Arabia raised oil output. The kingdom signed a defence pact with Pakistan on Monday.",
		want: []string{"AGREEMENT: party=Pakistan; party=Saudi Arabia"},
	},
	{
		name: "the country after a sentence naming two is no one",
		text: "Markets were calm on Wednesday.\n\nNorway sells gas to Denmark. The country signed an energy deal with Poland on Monday.",
		not:  []string{"Norway; party=Poland", "Denmark; party=Poland"},
	},
	{
		name: "the companies after talks of two firms are the two",
		text: "Markets were calm on Wednesday.\n\nCorran Semiconductor Inc said on Monday it had held talks with Tesk Electric Co on a joint venture. The companies expect to conclude definitive agreements by the third quarter.",
		want: []string{"AGREEMENT/PLANNED: party=Corran Semiconductor Inc; party=Tesk Electric Co"},
	},
	{
		name: "the companies after no deal of two firms are no one",
		text: "Markets were calm on Wednesday.\n\nCorran Semiconductor Inc and Tesk Electric Co reported higher sales. The companies expect to conclude definitive agreements with Brell Corp by the third quarter.",
		not:  []string{"party=Corran Semiconductor Inc; party=Tesk Electric Co"},
	},
	{
		name:   "a release's defined Company is the firm that defines it",
		text:   "Halvard Minerals Signs Supply Deal\n\nDENVER, Colorado, May 3, 2021 (NEWSWIRE) -- Halvard Minerals Corp. (TSX: HMC) (\"Halvard\" or the \"Company\") reports a supply deal with Brenmark Power Inc. (\"Brenmark\"). The Company will also sign a memorandum of understanding with Delta Rail Inc. next week.",
		want:   []string{"AGREEMENT/PLANNED: party=Delta Rail Inc.; party=Halvard Minerals Corp."},
		absent: []string{"Company"},
	},
}

func TestWordingBodyRefs(t *testing.T) { runWording(t, bodyRefsCases) }
