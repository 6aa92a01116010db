package extract

import "testing"

// agreeUnseenCases are invented paragraphs for agreement wordings of wire
// news from years and outlets the rules were not written on: a side
// listed after another side's apposition, the target held through its
// shares, sides joined by a slash.
var agreeUnseenCases = []wordingCase{
	{
		name: "a side listed after the apposition of the side before it",
		text: "Markets were calm on Wednesday.\n\nKestrel Dynamics Corp, a unit of Harlow Group Inc, and Vantor Optics Inc signed an agreement to develop thermal sensors for drones.",
		want: []string{"AGREEMENT: party=Kestrel Dynamics Corp; party=Vantor Optics Inc"},
		not:  []string{"Harlow Group"},
	},
	{
		name: "a list inside an apposition stays there",
		text: "Markets were calm on Wednesday.\n\nKestrel Dynamics Corp, a maker of radar, sonar, and lidar systems, signed a supply contract with Brisco Marine Ltd on Tuesday.",
		want: []string{"AGREEMENT: party=Brisco Marine Ltd; party=Kestrel Dynamics Corp"},
	},
	{
		name: "a share of a firm's shares: the firm whose shares they are",
		text: "Markets were calm on Wednesday.\n\nBrenton Mining Ltd said it signed a letter of intent to acquire 90 pct of the issued shares of Corlew Refining Inc of Tulsa, Oklahoma.",
		want: []string{"AGREEMENT: party=Brenton Mining Ltd; party=Corlew Refining Inc"},
	},
	{
		name: "two countries joined by a slash before the accord",
		text: "Markets were calm on Wednesday.\n\nWhether Peru keeps to its quotas under the Chile/Peru fishing accord depends on the catch, an official said.",
		want: []string{"AGREEMENT: party=Chile; party=Peru"},
	},
	{
		name: "a manager signing a player on a deal: no deal of the manager's own, no meeting",
		text: "Markets were calm on Wednesday.\n\nKingsmead Rovers manager Alan Pardew has signed Lazio midfielder Marco Bellini on an 18-month deal.",
		want: []string{"AGREEMENT: party=Kingsmead Rovers; party=Lazio; signatory=Alan Pardew; signatory=Marco Bellini"},
		not:  []string{"MEETING", "AGREEMENT/HAPPENED: party=Kingsmead Rovers; signatory=Alan Pardew"},
	},
	{
		name: "a player on a deal with a club",
		text: "Markets were calm on Wednesday.\n\nTomas Varga is on a two-year deal with Slovak side Zilina, but hinted he may retire next summer.",
		want: []string{"AGREEMENT: party=Zilina; signatory=Tomas Varga"},
	},
	{
		name: "a fee agreed with a club, the club hung on the sum",
		text: "Markets were calm on Wednesday.\n\nKingsmead Rovers have agreed a fee of 12m pounds with Real Betis for striker Tomas Varga.",
		want: []string{"AGREEMENT: party=Kingsmead Rovers; party=Real Betis"},
	},
	{
		name: "a player agrees a move to a club",
		text: "Markets were calm on Wednesday.\n\nTomas Varga has agreed a 3m pound move to Kingsmead Rovers.",
		want: []string{"AGREEMENT: party=Kingsmead Rovers; signatory=Tomas Varga"},
	},
	{
		name: "a country and a firm will set up a joint venture",
		text: "Markets were calm on Wednesday.\n\nGhana and Harbin Motor Group of China will set up a joint venture in the port of Takoradi to assemble trucks.",
		want: []string{"AGREEMENT/PLANNED: party=Ghana; party=Harbin Motor Group"},
	},
	{
		name: "letters of intent to form joint ventures with a country",
		text: "Markets were calm on Wednesday.\n\nItalian steel and alloys group Valmet said it has signed three letters of intent to form joint ventures with Hungary.",
		want: []string{"AGREEMENT: party=Hungary; party=Valmet"},
	},
	{
		name: "the merger of two firms",
		text: "Markets were calm on Wednesday.\n\nThe merger of Ostra NV and Veldt Group SA will go ahead after regulators dropped their objections, the firms said.",
		want: []string{"AGREEMENT: party=Ostra NV; party=Veldt Group SA"},
	},
	{
		name: "a merger named only as the kind of a proposal is no merger",
		text: "Markets were calm on Wednesday.\n\nOstra NV rejected a merger proposal from Veldt Group SA on Monday.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a merger of two cities named for their exchanges is no agreement of theirs",
		text: "Markets were calm on Wednesday.\n\nIts stake in the clearing house was the main obstacle to a Paris-Milan merger, analysts said.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a merger of one named firm is no agreement of that firm alone",
		text: "Markets were calm on Wednesday.\n\nShareholders of Ostra NV approved the proposed merger of Ostra on Tuesday.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a dateline with the agency unbracketed after the day is no part of the signers",
		text: "Ministers strike deal on fishing fund\n\nOSAKA, May 2 Kyodo - Danish Foreign Minister Karl Holm and Polish Foreign Minister Jan Wrona agreed Tuesday to set up a joint fund for fishermen, after talks that lasted three hours.",
		want: []string{"AGREEMENT: party=Denmark; party=Poland; signatory=Jan Wrona; signatory=Karl Holm"},
	},
	{
		name: "a firm to sell its unit to another, an aside between",
		text: "Markets were calm on Wednesday.\n\nSaab Holdings said it would sell its printer unit, with sales of one billion crowns, to Finland's Kuopio Data Oy.",
		want: []string{"AGREEMENT: party=Kuopio Data Oy; party=Saab Holdings"},
	},
	{
		name: "goods sold to a firm are no deal of a unit",
		text: "Markets were calm on Wednesday.\n\nSaab Holdings sold 30 trucks to Kuopio Data Oy last year.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "shares bought that another holds: the holder sells",
		text: "Markets were calm on Wednesday.\n\nUnder a March 3 deal, Kinross Foods agreed to buy 1.2 mln of the 2.5 mln shares held by Arlo Pendleton at 18 dlrs a share.",
		want: []string{"AGREEMENT: party=Kinross Foods; signatory=Arlo Pendleton"},
	},
	{
		name: "two firms call off their merger",
		text: "Markets were calm on Wednesday.\n\nDutch paint maker Ostra NV and Belgian rival Veldt Group SA have called off their planned merger after regulators objected.",
		want: []string{"AGREEMENT/CANCELLED: party=Ostra NV; party=Veldt Group SA"},
	},
	{
		name: "what one side was to receive from the others under an accord",
		text: "Markets were calm on Wednesday.\n\nUnder a five-year accord reached in 1981, Tunisia was to receive 400 mln dlrs a year from Oman, Bahrain and Kuwait.",
		want: []string{"AGREEMENT: party=Bahrain; party=Kuwait; party=Oman; party=Tunisia"},
	},
	{
		name: "a firm bought another, named beside its kind",
		text: "Markets were calm on Wednesday.\n\nCorvane Wines bought Chilean firm Bodega Ruiz for 90 mln dlrs in 2003.",
		want: []string{"AGREEMENT: party=Bodega Ruiz; party=Corvane Wines"},
	},
	{
		name: "a stake bought from its holder",
		text: "Markets were calm on Wednesday.\n\nCorvane Wines bought the 18% stake from Marlow Investments on Tuesday.",
		want: []string{"AGREEMENT: party=Corvane Wines; party=Marlow Investments"},
	},
	{
		name: "an offer to buy a firm is no deal",
		text: "Markets were calm on Wednesday.\n\nCorvane Wines Ltd offered to buy Bodega Ruiz SA last month, and made a bid to acquire Talca Foods SA this week.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a firm calls off its takeover of another",
		text: "Markets were calm on Wednesday.\n\nHong Kong developer Kinlow Holdings has called off its 4.2 billion dlr takeover of warehouse operator Pearl Bay Logistics, ending months of talks.",
		want: []string{"AGREEMENT/CANCELLED: party=Kinlow Holdings; party=Pearl Bay Logistics"},
	},
	{
		name: "a takeover bid is no takeover",
		text: "Markets were calm on Wednesday.\n\nCorvane Wines Ltd launched a hostile takeover bid for Bodega Ruiz SA on Monday.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a purchase told inside the accord that makes it is the accord's",
		text: "Markets were calm on Wednesday.\n\nHalvard Motors AB and Oriel Corp announced a letter of intent under which Oriel would acquire Brixen Trucks Inc from Halvard.",
		not:  []string{"party=Brixen Trucks Inc; party=Oriel Corp"},
	},
	{
		name: "a letter of intent to merge into another firm",
		text: "Markets were calm on Wednesday.\n\nFoxley Mineral Co said it signed a letter of intent to merge into Rendell Mining Corp PLC for cash.",
		want: []string{"AGREEMENT: party=Foxley Mineral Co; party=Rendell Mining Corp PLC"},
	},
	{
		name: "two firms joining forces",
		text: "Markets were calm on Wednesday.\n\nConsumer electronics giants Sato Electric Co and Harwick Ltd are joining forces to share and develop technology for flat screens.",
		want: []string{"AGREEMENT: party=Harwick Ltd; party=Sato Electric Co"},
	},
	{
		name: "a firm joins forces with another",
		text: "Markets were calm on Wednesday.\n\nSato Electric Co has joined forces with Harwick Ltd to build a battery plant in Ohio.",
		want: []string{"AGREEMENT: party=Harwick Ltd; party=Sato Electric Co"},
	},
	{
		name: "a deal only offered is none",
		text: "Markets were calm on Wednesday.\n\nPellam Leasing Co recently offered to buy Norvik Telecom Inc in a reverse takeover deal, and offered to sign a supply deal with Brasco Freight Ltd.",
		not:  []string{"AGREEMENT"},
	},
}

func TestWordingAgreeUnseen(t *testing.T) { runWording(t, agreeUnseenCases) }
