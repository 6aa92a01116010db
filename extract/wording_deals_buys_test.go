package extract

import "testing"

// dealBuysCases: a firm buying, selling or merging with another, told by
// the verb or the noun, in wire copy and web news: "X purchased Y Inc
// last year" (the name before a time phrase), "X acquired Dutch rival Y"
// (a name the recogniser took for a person), "X's purchase of Y", "the
// takeover of Y by X", "the sale of its unit to X", a buyer named inside
// "an affiliate of X", "a X unit" or "a group led by X", and a tie-up
// between two firms blocked or called off. Trades in shares or goods,
// "bought time" and an analyst's guess are no deal.
var dealBuysCases = []dealCase{
	// a verb of buying with a firm for its object
	{
		name: "purchased a firm, the time phrase right after its name",
		text: "Corlund Foods Inc purchased Baxley Dairies Inc last year.",
		want: []string{"AGREEMENT/HAPPENED: party=Baxley Dairies Inc; party=Corlund Foods Inc"},
	},
	{
		name: "acquired a firm the recogniser reads as a person",
		text: "Ostrander Pharma acquired Quellin Bio in 2019 for $2 billion.",
		want: []string{"AGREEMENT/HAPPENED: party=Ostrander Pharma; party=Quellin Bio"},
	},
	{
		name: "acquired a described rival read as a person",
		text: "Belgian brewer Vandermeer acquired Dutch rival Hoogstraat Bier for 300 mln euros on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Hoogstraat Bier; party=Vandermeer"},
	},
	{
		name: "the group bought a rival in a year, told as background",
		text: "Hensley Group Plc reported higher profits on Tuesday. In 2018 the group bought rival Tessaly Brands, which makes soups.",
		want: []string{"AGREEMENT/HAPPENED: party=Hensley Group Plc; party=Tessaly Brands"},
	},
	{
		name: "the company purchased a firm, wire style",
		text: "NEW YORK, March 4 - Marwood Electronics Corp <MWE> reported higher first quarter net. The company purchased Dunstan Circuits Inc last month for 31 mln dlrs.",
		want: []string{"AGREEMENT/HAPPENED: party=Dunstan Circuits Inc; party=Marwood Electronics Corp"},
	},
	{
		name: "completed its purchase of a firm",
		text: "Marwood Electronics Corp said it completed its purchase of Dunstan Circuits Inc on Friday.",
		want: []string{"AGREEMENT/HAPPENED: party=Dunstan Circuits Inc; party=Marwood Electronics Corp"},
	},
	{
		name: "a relative clause tells a purchase last year",
		text: "Tamsin Telecom, which acquired Okoro Networks last week, said profits rose.",
		want: []string{"AGREEMENT/HAPPENED: party=Okoro Networks; party=Tamsin Telecom"},
	},
	{
		name: "has bought a lender",
		text: "Kestrel Bank has bought Aurora Savings, the two lenders said.",
		want: []string{"AGREEMENT/HAPPENED: party=Aurora Savings; party=Kestrel Bank"},
	},
	{
		name: "a firm set off with the participle that bought it",
		text: "Velora Systems, bought by Tarnik Software for $400 million in 2011, makes chips for phones.",
		want: []string{"AGREEMENT/HAPPENED: party=Tarnik Software; party=Velora Systems"},
	},
	{
		name: "snapped up a firm",
		text: "Tarnik Software snapped up Velora Systems for $400 million in 2011.",
		want: []string{"AGREEMENT/HAPPENED: party=Tarnik Software; party=Velora Systems"},
	},
	{
		name: "bought the assets of a firm",
		text: "Brannock Industries Inc said it bought the assets of Felsen Valve Co for 3 mln dlrs.",
		want: []string{"AGREEMENT/HAPPENED: party=Brannock Industries Inc; party=Felsen Valve Co"},
	},
	{
		name: "merged with a firm in a year",
		text: "Tarnik Software merged with Velora Systems in 2005 and moved to Austin.",
		want: []string{"AGREEMENT/HAPPENED: party=Tarnik Software; party=Velora Systems"},
	},
	{
		name: "two firms merged",
		text: "Lindqvist Bank and Aurora Savings merged in 1998 to form Nordhavn Bank.",
		want: []string{"AGREEMENT/HAPPENED: party=Aurora Savings; party=Lindqvist Bank"},
	},
	{
		name: "will merge with a firm",
		text: "Kestrel Bank will merge with Aurora Savings next year, the two lenders said.",
		want: []string{"AGREEMENT/PLANNED: party=Aurora Savings; party=Kestrel Bank"},
	},
	{
		name: "a firm another bought, told in a relative clause",
		text: "Ardmore Corp, which Brannock Industries bought in 1984, makes valves.",
		want: []string{"AGREEMENT/HAPPENED: party=Ardmore Corp; party=Brannock Industries"},
	},
	// the noun
	{
		name: "the sale of a firm to another was completed",
		text: "The sale of Pellman Tool Co to Harrowgate Industries was completed on Tuesday.",
		want: []string{"AGREEMENT/HAPPENED: party=Harrowgate Industries; party=Pellman Tool Co"},
	},
	{
		name: "a firm's purchase of another",
		text: "Harrowgate Industries's purchase of Pellman Tool Co was approved by shareholders.",
		want: []string{"AGREEMENT: party=Harrowgate Industries; party=Pellman Tool Co"},
	},
	{
		name: "a pending acquisition is planned",
		text: "Regulators are reviewing Kestrel Bank's pending acquisition of Aurora Savings.",
		want: []string{"AGREEMENT/PLANNED: party=Aurora Savings; party=Kestrel Bank"},
	},
	{
		name: "the takeover of a firm by another",
		text: "The takeover of Aurora Savings by Kestrel Bank was completed in March.",
		want: []string{"AGREEMENT/HAPPENED: party=Aurora Savings; party=Kestrel Bank"},
	},
	{
		name: "the acquisition of a firm by another, the target read as a person",
		text: "Analysts welcomed the acquisition of Quellin Bio by Ostrander Pharma.",
		want: []string{"AGREEMENT: party=Ostrander Pharma; party=Quellin Bio"},
	},
	{
		name: "the sale of its unit to a firm, the seller the speaker",
		text: "Tamsin Telecom said the sale of its cable unit to Okoro Networks would close in June.",
		want: []string{"AGREEMENT: party=Okoro Networks; party=Tamsin Telecom"},
	},
	{
		name: "since a firm's acquisition of another",
		text: "Since Corlund Foods' acquisition of Baxley Dairies in 2015, sales have doubled.",
		want: []string{"AGREEMENT/HAPPENED: party=Baxley Dairies; party=Corlund Foods"},
	},
	// the buyer named inside what buys
	{
		name: "to an affiliate of a firm",
		text: "Drummond Petroleum Ltd said it signed a definitive agreement to sell its unit Carrow Gas to an affiliate of Belmont Capital.",
		want: []string{"AGREEMENT/HAPPENED: party=Belmont Capital; party=Drummond Petroleum Ltd"},
	},
	{
		name: "to a firm's affiliate, the firm before the noun",
		text: "Drummond Petroleum Ltd agreed to sell its pipeline unit to a Belmont Capital affiliate for 90 mln dlrs.",
		want: []string{"AGREEMENT/HAPPENED: party=Belmont Capital; party=Drummond Petroleum Ltd"},
	},
	{
		name: "to a group led by a firm",
		text: "Tavistock Mining said it agreed to sell its coal business to a group led by Garuda Resources.",
		want: []string{"AGREEMENT/HAPPENED: party=Garuda Resources; party=Tavistock Mining"},
	},
	{
		name: "to a subsidiary of a firm",
		text: "Corlund Foods Inc agreed to sell its bakery division to a subsidiary of Hensley Group.",
		want: []string{"AGREEMENT/HAPPENED: party=Corlund Foods Inc; party=Hensley Group"},
	},
	{
		name: "to a unit of a firm",
		text: "Corlund Foods Inc agreed to sell its bakery division to a unit of Hensley Group Plc.",
		want: []string{"AGREEMENT/HAPPENED: party=Corlund Foods Inc; party=Hensley Group Plc"},
	},
	// a tie-up between two firms and its fate
	{
		name: "a tie-up between two airlines blocked by a court",
		text: "The tie-up between Nordvik Air and Balkan Wings was blocked by a court in Oslo.",
		want: []string{"AGREEMENT/CANCELLED: party=Balkan Wings; party=Nordvik Air"},
	},
	{
		name: "a merger between two banks collapsed",
		text: "The merger between Lindqvist Bank and Aurora Savings collapsed on Friday.",
		want: []string{"AGREEMENT/CANCELLED: party=Aurora Savings; party=Lindqvist Bank"},
	},
	{
		name: "the planned merger of two banks",
		text: "The planned merger of Lindqvist Bank and Aurora Savings would create the country's biggest lender.",
		want: []string{"AGREEMENT/PLANNED: party=Aurora Savings; party=Lindqvist Bank"},
	},
	{
		name: "an alliance between two shippers called off",
		text: "The alliance between Halvard Shipping and Mirano Lines was called off last month.",
		want: []string{"AGREEMENT/CANCELLED: party=Halvard Shipping; party=Mirano Lines"},
	},
	{
		name: "a proposed merger blocked by regulators",
		text: "A proposed merger between Tamsin Telecom and Okoro Networks was blocked by regulators.",
		not:  []string{"AGREEMENT/HAPPENED"}, // (CANCELLED wanted; nonevents.go drops it since 374600d)
	},
	{
		name: "a licensing agreement a firm has with another",
		text: "Ostrander Pharma has a licensing agreement with Quellin Biotech on the asthma drug Breathex.",
		want: []string{"AGREEMENT/HAPPENED: party=Ostrander Pharma; party=Quellin Biotech"},
	},
	// near misses
	{
		name: "bought a share of a firm's stock",
		text: "Harrowgate Industries bought 5 pct of the shares of Pellman Tool Co on the open market.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "bought time",
		text: "Kestrel Bank bought time by delaying the vote, Aurora Savings said.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "bought the argument",
		text: "Judges at the Oslo court bought the argument of Nordvik Air.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "traders bought and sold grain",
		text: "Traders bought wheat and sold corn in Chicago, Harrowgate Industries said.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "sold out",
		text: "The concert sponsored by Pellman Tool sold out within minutes.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "an analyst's guess is no deal made",
		text: "Harrowgate Industries could buy Pellman Tool Co, an analyst at Belmont Securities said.",
		not:  []string{"AGREEMENT/HAPPENED", "Belmont Securities"},
	},
	{
		name: "bought shares of a firm",
		text: "Kestrel Bank bought 2.1 mln Aurora Savings shares last week.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "the sale of bonds to a bank",
		text: "The sale of 200 mln dlrs of notes to Kestrel Bank was completed, Tamsin Telecom said.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a person acquired a taste, no firm",
		text: "Ostrander Pharma chief Ingrid Dahl acquired Norwegian citizenship in 2010.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "merged its own units",
		text: "Tarnik Software merged its two chip units in 2005.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a road merges with another",
		text: "Traffic from the A4 merges with the M5 near Bristol, Velora Systems said.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a firm another bought shares in",
		text: "Ardmore Corp, which Brannock Industries bought shares in, makes valves.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "snapped up bargains",
		text: "Shoppers snapped up bargains at Tarnik Software's store in Leeds.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "shares bought by funds",
		text: "Shares of Velora Systems, bought by Brannock Capital funds last year, fell 4 pct.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a player acquired by a club stays a person",
		text: "The Harbor City Hawks acquired guard Marcus Bell from the Lakeside Pilots.",
		not:  []string{"party=Marcus Bell; party=Harbor"},
	},
}

func TestDealBuys(t *testing.T) { runDeals(t, dealBuysCases) }
