package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// agreePartyCases are invented paragraphs for who the parties of an
// agreement are where modern wire copy names them in ways the dev set
// barely does: firms named by their trade, the sides hung on the
// instrument's "of" phrase, "the two sides" of talks between two people
// told by a third, a club signing a player, a director signing with a studio.
var agreePartyCases = []wordingCase{
	{
		name: "a country named in the plural after an article is one side of two",
		text: "Markets were calm on Wednesday.\n\nChile and the Philippines on Tuesday signed a memorandum of understanding on hydrogen shipping.",
		want: []string{"AGREEMENT/HAPPENED: party=Chile; party=Philippines"},
	},
	{
		name: "islands named in the plural sign with a country",
		text: "Markets were calm on Wednesday.\n\nPeru and the Solomon Islands signed a fisheries accord.",
		want: []string{"AGREEMENT/HAPPENED: party=Peru; party=Solomon Islands"},
	},
	{
		name: "a firm named by its trade is a firm, and its deal is a firm's",
		text: "Markets were calm on Wednesday.\n\nHalvorsen Foods agreed to buy the dairy arm of Marrick Group for 300 million dlrs.",
		want: []string{"AGREEMENT: party=Halvorsen Foods; party=Marrick Group"},
		ents: map[string]newsgraph.EntityType{"Halvorsen Foods": newsgraph.Organization},
	},
	{
		name: "a studio named by its trade after a quoted film title",
		text: "Markets were calm on Wednesday.\n\n\"Quiet Lantern\" director Amara Okonkwo signed a deal with studio Greyfield Pictures to make two more films.",
		want: []string{"AGREEMENT: party=Greyfield Pictures; signatory=Amara Okonkwo"},
		ents: map[string]newsgraph.EntityType{"Greyfield Pictures": newsgraph.Organization},
	},
	{
		name: "a letter of intent with the other side, hung on the intent",
		text: "Markets were calm on Wednesday.\n\nVandor Motors Corp signed a letter of intent with Pellham Trucks Inc on a joint venture.",
		want: []string{"AGREEMENT/HAPPENED: party=Pellham Trucks Inc; party=Vandor Motors Corp"},
	},
	{
		name: "a memorandum of understanding with the other side, hung on the understanding",
		text: "Markets were calm on Wednesday.\n\nKestrel Airways Corp on Tuesday signed a memorandum of understanding with Tarvane Air Inc on sharing routes.",
		want: []string{"AGREEMENT/HAPPENED: party=Kestrel Airways Corp; party=Tarvane Air Inc"},
	},
	{
		name: "the two sides of talks between two ministers, told by a department",
		text: "LIMA, Nov 3 (Reuters) - Foreign Minister Ana Quispe of Peru met Foreign Minister Rafael Obregon of Chile on Monday.\n\nThe two sides agreed to resume direct flights, the Foreign Ministry said.\n\nA spokesperson said the two sides had also agreed to set up a border commission.",
		want: []string{"AGREEMENT: party=Chile; party=Peru; signatory=Ana Quispe; signatory=Rafael Obregon"},
		not:  []string{"Foreign Ministry", "Reuters"},
	},
	{
		name: "the two sides told two sentences after the talks, by a spokesperson",
		text: "LIMA, Nov 3 (Reuters) - Peru and Chile held talks on Monday on their fishing waters.\n\nBoth delegations stayed in the capital overnight, the Foreign Ministry said.\n\nA spokesperson said the two sides had agreed to set up a border commission.",
		want: []string{"AGREEMENT: party=Chile; party=Peru"},
		not:  []string{"Foreign Ministry", "Reuters"},
	},
	{
		name: "the two sides told by a spokesperson, with no pair before: not the ministry nor the agency",
		text: "LIMA, Nov 3 (Reuters) - Fishing boats stayed in port on Monday.\n\nA spokesperson for the Foreign Ministry said the two sides had agreed to set up a border commission.",
		not:  []string{"Foreign Ministry", "Reuters"},
	},
	{
		name: "a club signs a player from another club",
		text: "Markets were calm on Wednesday.\n\nDunmore Rovers signed striker Pavel Rusnak from Ashby Athletic for an undisclosed sum.",
		want: []string{"AGREEMENT: party=Ashby Athletic; party=Dunmore Rovers; signatory=Pavel Rusnak"},
	},
	{
		name: "a manager signs another club's player: the player is the other side",
		text: "Markets were calm on Wednesday.\n\nDunmore boss Ines Keller has signed Ashby defender Tomas Brant until the summer.",
		want: []string{"AGREEMENT: party=Ashby; party=Dunmore; signatory=Ines Keller; signatory=Tomas Brant"}, // the manager signs for her club
	},
	{
		name: "signing a bill names no other side",
		text: "Markets were calm on Wednesday.\n\nGovernor Ellen Marsh signed the water bill on Tuesday.",
		not:  []string{"AGREEMENT"},
	},
}

func TestWordingAgreeParties(t *testing.T) { runWording(t, agreePartyCases) }
