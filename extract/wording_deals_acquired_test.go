package extract

import "testing"

// dealAcquiredCases: a purchase told done or agreed in wire shorthand
// ("said it agreed to acquire Y for 30 dlrs a share", "completed its
// acquisition of Y", "has acquired a 25 pct stake in Y from Z", "sold its
// unit to Y") is an agreement of buyer and seller or target. One only
// considered, rejected or in talks is none.
var dealAcquiredCases = []dealCase{
	{
		name: "said it agreed to acquire a firm for a price a share",
		text: "Tolland Industries Inc said it agreed to acquire Bramwell Corp for 30 dlrs a share.",
		want: []string{"AGREEMENT/HAPPENED: party=Bramwell Corp; party=Tolland Industries Inc"},
	},
	{
		name: "completed its acquisition of a firm",
		text: "Osterby Foods Ltd completed its acquisition of Pelham Dairies on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Osterby Foods Ltd; party=Pelham Dairies"},
	},
	{
		name: "said it has acquired a stake from a holder",
		text: "Varrow Holdings said it has acquired a 25 pct stake in Kenmore Steel from Cobalt Partners.",
		want: []string{"AGREEMENT/HAPPENED: party=Cobalt Partners; party=Varrow Holdings"},
	},
	{
		name: "sold its unit to a buyer",
		text: "Grantley Group Plc sold its insurance unit to Harwell Assurance for 120 mln stg.",
		want: []string{"AGREEMENT/HAPPENED: party=Grantley Group Plc; party=Harwell Assurance"},
	},
	{
		name: "said it sold a subsidiary to a buyer, wire",
		text: "CHICAGO, April 7 - Delmont Corp said it sold its Aztec Chemicals subsidiary to Rennick Industries Inc for 48 mln dlrs.",
		want: []string{"AGREEMENT/HAPPENED: party=Delmont Corp; party=Rennick Industries Inc"},
	},
	{
		name: "has agreed to buy a firm",
		text: "Japanese trading house Kanemori Shoji has agreed to buy Australian miner Yarrandoo Resources.",
		want: []string{"AGREEMENT/HAPPENED: party=Kanemori Shoji; party=Yarrandoo Resources"},
	},
	{
		name: "agreed to sell a division to a buyer",
		text: "Felthorpe Electric Co said it agreed to sell its lighting division to Norlund AB for 90 mln dlrs.",
		want: []string{"AGREEMENT/HAPPENED: party=Felthorpe Electric Co; party=Norlund AB"},
	},
	{
		name: "a trade opens the sentence before the buyer",
		text: "Insurer Quintara Mutual completed the takeover of Rhodes Life Ltd on Friday.",
		want: []string{"AGREEMENT/HAPPENED: party=Quintara Mutual; party=Rhodes Life Ltd"},
	},
	{
		name: "acquired a firm from its owner",
		text: "Lisbon-based Amaral Telecom acquired Ribeira Cable from Ibersur Holdings in 2021.",
		want: []string{"AGREEMENT/HAPPENED: party=Amaral Telecom; party=Ribeira Cable"},
	},
	{
		name: "said it completed the sale of a unit to a buyer",
		text: "Harcastle Mining Ltd said it completed the sale of its coal unit to Bexford Energy.",
		want: []string{"AGREEMENT/HAPPENED: party=Bexford Energy; party=Harcastle Mining Ltd"},
	},
	{
		name: "took over a rival",
		text: "Danish brewer Skovgaard took over rival Fjordholm Bryggeri last year.",
		want: []string{"AGREEMENT/HAPPENED: party=Fjordholm Bryggeri; party=Skovgaard"},
	},
	{
		name: "agreed to merge, wire",
		text: "Ellwood Bancorp and Farrier Savings Bank said they agreed to merge in a stock swap.",
		want: []string{"AGREEMENT/HAPPENED: party=Ellwood Bancorp; party=Farrier Savings Bank"},
	},
	{
		name: "acquired a privately held firm",
		text: "Tolland Industries Inc said it acquired privately held Bramwell Corp for 12 mln dlrs.",
		want: []string{"AGREEMENT/HAPPENED: party=Bramwell Corp; party=Tolland Industries Inc"},
	},
	{
		name: "a named unit sold is no side of its sale",
		text: "Delmont Corp completed the sale of its Aztec unit to Rennick Industries Inc on Friday.",
		want: []string{"AGREEMENT/HAPPENED: party=Delmont Corp; party=Rennick Industries Inc"},
		not:  []string{"party=Aztec"},
	},
	{
		name: "a firm's shareholders approved its merger",
		text: "Ellwood Bancorp shareholders approved the merger with Farrier Savings Bank on Tuesday.",
		want: []string{"AGREEMENT/HAPPENED: party=Ellwood Bancorp; party=Farrier Savings Bank"},
	},
	// none made
	{
		name: "is considering selling a unit",
		text: "Grantley Group Plc said it is considering selling its insurance unit to Harwell Assurance.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "rejected the offer",
		text: "Bramwell Corp rejected the offer from Tolland Industries Inc as too low.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "in talks to sell",
		text: "Delmont Corp is in talks to sell its chemicals arm to Rennick Industries Inc, sources said.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "may acquire",
		text: "Varrow Holdings said it may acquire a stake in Kenmore Steel.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "shareholders who sued are no deal",
		text: "Ellwood Bancorp shareholders sued Farrier Savings Bank over the failed merger.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a sold product is no deal",
		text: "Osterby Foods Ltd sold more cheese to Pelham Dairies customers this year.",
		not:  []string{"AGREEMENT"},
	},
}

func TestDealAcquired(t *testing.T) { runDeals(t, dealAcquiredCases) }
