package extract

import "testing"

// agreeNounCases are invented paragraphs for agreements named by a noun
// news uses beside "agreement": an MoU, a ceasefire or truce, a twinning
// charter (these three only when signed or agreed), and the sides of a
// firms' pair each with its legal form.
var agreeNounCases = []wordingCase{
	{
		name:  "an MoU is a memorandum, not a body",
		text:  "Markets were calm on Wednesday.\n\nHalvard Steel Corp signed an MoU with Kobori Corp on Friday to build a rolling mill.",
		want:  []string{"AGREEMENT: party=Halvard Steel Corp; party=Kobori Corp"},
		noEnt: []string{"MoU"},
	},
	{
		name: "memoranda signed together are one signing",
		text: "OSLO, May 4 - Norway and Chile on Wednesday signed two memoranda of understanding covering fisheries and mining.",
		want: []string{"AGREEMENT: party=Chile; party=Norway"},
	},
	{
		name: "memorandums, the other plural",
		text: "Officials said Peru and Ghana had signed four memorandums on trade, farming and health.",
		want: []string{"AGREEMENT: party=Ghana; party=Peru"},
	},
	{
		name: "two firms each with its legal form are two sides",
		text: "Markets were calm on Wednesday.\n\nOrvane Trading Co and Kobori Corp signed a supply contract on Friday.",
		want: []string{"AGREEMENT: party=Kobori Corp; party=Orvane Trading Co"},
	},
	{
		name: "a memorandum of understanding between two sides, the parser reading a clause",
		text: "A memorandum of understanding between Kenya Power Authority and Chile on solar power will be signed on Monday.",
		want: []string{"AGREEMENT/PLANNED: party=Chile; party=Kenya Power Authority"},
	},
	{
		name: "a pact named after a name of no known kind, between a list of countries",
		text: "Traders said the 1991 Tallberg pact between the U.S., Chile, Peru and Ecuador to cut copper tariffs was a success.",
		want: []string{"AGREEMENT: party=Chile; party=Ecuador; party=Peru; party=United States"},
	},
	{
		name: "a contract between two firms told by their kinds, the second joined to the noun",
		text: "A coal supply contract between Chilean utility Andes Power Corp and Peruvian state miner Orcasur SA was signed on Monday.",
		want: []string{"AGREEMENT: party=Andes Power Corp; party=Orcasur SA"},
	},
	{
		name: "a contract between two firms told by their kinds, the second joined to the first",
		text: "A power supply contract between Spanish utility Gasnor and Moroccan state company Orcasur, due for signature during the royal tour, is on hold.",
		want: []string{"AGREEMENT: party=Gasnor; party=Orcasur"},
	},
	{
		name: "a signed ceasefire",
		text: "Chile and Peru signed a ceasefire in Quito in July, ending weeks of border clashes.",
		want: []string{"AGREEMENT: party=Chile; party=Peru"},
	},
	{
		name: "a signed truce",
		text: "Chile and Peru signed a truce on Sunday after weeks of border clashes.",
		want: []string{"AGREEMENT: party=Chile; party=Peru"},
	},
	{
		name: "a ceasefire called for is no agreement",
		text: "The Security Council called for a ceasefire between Chile and Peru on Sunday.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "both mayors signed a twinning charter",
		text: "Keswick mayor Ruth Dalby welcomed a delegation from Annecy on Friday. The delegation was led by Annecy mayor Pierre Vernet. Both mayors then signed a twinning charter at the town hall.",
		want: []string{"AGREEMENT: party=Annecy; party=Keswick; signatory=Pierre Vernet; signatory=Ruth Dalby"},
	},
}

func TestAgreeNounWordings(t *testing.T) { runWording(t, agreeNounCases) }
