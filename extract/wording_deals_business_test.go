package extract

import "testing"

// dealBusinessCases: agreements between firms (and between firms and
// governments or clubs) in business-press wording: the noun a light verb
// carries ("reached a licensing deal", "sealed their tie-up"), a firm named
// after its home's possessive, deals a firm "said it agreed" to, headline
// accords, contracts won from a buyer, possessive and hyphenated sides
// ("X's merger with Y", "the X-Y deal"), a scrapped swap, talks aimed at a
// deal, and a player's move to a club.
var dealBusinessCases = []dealCase{
	{
		name: "two firms reached a licensing deal",
		text: "Halvorsen Pharma and Korean drugmaker Daewon Bio reached a licensing deal for an asthma inhaler on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Daewon Bio; party=Halvorsen Pharma"},
	},
	{
		name: "signed a letter of intent with a carrier",
		text: "Planemaker Corvetta Aero signed a letter of intent with Andes Pacific Airlines for 14 regional jets.",
		want: []string{"AGREEMENT/HAPPENED: party=Andes Pacific Airlines; party=Corvetta Aero"},
	},
	{
		name: "sealed a partnership, a described firm after a country's possessive",
		text: "Peru's state oil firm Petrandina and battery maker Voltaris sealed a partnership on Thursday.",
		want: []string{"AGREEMENT/HAPPENED: party=Petrandina; party=Voltaris"},
		not:  []string{"party=Peru"},
	},
	{
		name: "sealed their tie-up after approval",
		text: "Nordvik Air and Balkan Wings sealed their long-delayed tie-up on Tuesday after regulators gave their approval.",
		want: []string{"AGREEMENT/HAPPENED: party=Balkan Wings; party=Nordvik Air"},
	},
	{
		name: "expected to sign an order at an air show",
		text: "Corvetta Aero and Sahara Skyways are expected to sign an order for 22 jets at the Dubai Airshow.",
		want: []string{"AGREEMENT/PLANNED: party=Corvetta Aero; party=Sahara Skyways"},
	},
	{
		name: "each firm after its home country's possessive",
		text: "Norway's Fjellstad Kraft and Chile's Minera Tolten inked an agreement to build a solar plant in the Atacama.",
		want: []string{"AGREEMENT/HAPPENED: party=Fjellstad Kraft; party=Minera Tolten"},
		not:  []string{"party=Norway", "party=Chile"},
	},
	{
		name: "said it agreed to acquire a firm",
		text: "Brannock Foods said on Wednesday it agreed to acquire Danish dairy group Skovgaard Mejeri for $1.2 billion.",
		want: []string{"AGREEMENT/HAPPENED: party=Brannock Foods; party=Skovgaard Mejeri"},
	},
	{
		name: "said it had agreed to sell a unit to a buyer",
		text: "Tavistock Mining said it had agreed to sell its coal unit to Indonesia's Garuda Resources.",
		want: []string{"AGREEMENT/HAPPENED: party=Garuda Resources; party=Tavistock Mining"},
	},
	{
		name: "in accord on a joint venture, headline wording",
		text: "Kasuga Steel and Brazilian miner Vale do Tiete in accord on joint venture.",
		want: []string{"AGREEMENT: party=Kasuga Steel; party=Vale do Tiete"},
	},
	{
		name: "signed a supply contract with a utility",
		text: "Turbine maker Ostwind Energie signed a supply contract with Polish utility Mazowsze Grid last month.",
		want: []string{"AGREEMENT/HAPPENED: party=Mazowsze Grid; party=Ostwind Energie"},
	},
	{
		name: "was awarded a contract from a railway",
		text: "Greek builder Aktor Ergon was awarded a contract from Serbian Railways to rebuild a bridge.",
		want: []string{"AGREEMENT/HAPPENED: party=Aktor Ergon; party=Serbian Railways"},
	},
	{
		name: "under the agreement, one firm will supply the other",
		text: "Under the agreement, Kestrel Chemicals will supply Rangi Plastics with resin for five years.",
		want: []string{"AGREEMENT: party=Kestrel Chemicals; party=Rangi Plastics"},
	},
	{
		name: "a firm's merger with another",
		text: "Shareholders of Lindqvist Bank approved its merger with Aurora Savings at a meeting in Malmo.",
		want: []string{"AGREEMENT: party=Aurora Savings; party=Lindqvist Bank"},
	},
	{
		name: "the X's merger with Y, a possessive name",
		text: "Regulators are still reviewing Tamsin Telecom's merger with Okoro Networks.",
		want: []string{"AGREEMENT: party=Okoro Networks; party=Tamsin Telecom"},
	},
	{
		name: "the hyphenated pair's deal, each firm by its first word",
		text: "Halvorsen Pharma and Daewon Chemicals have shared research since 2019. The Halvorsen-Daewon deal was announced in March, the companies said.",
		want: []string{"AGREEMENT: party=Daewon Chemicals; party=Halvorsen Pharma"},
	},
	{
		name: "agreed in principle to merge with another",
		text: "Mitsuba Trust agreed in principle to merge with Kansai Heiwa Bank, the two banks said on Friday.",
		want: []string{"AGREEMENT/HAPPENED: party=Kansai Heiwa Bank; party=Mitsuba Trust"},
	},
	{
		name: "a share swap between two firms was scrapped",
		text: "A planned share swap between Orvane Holdings and Keltor Steel was scrapped on Monday.",
		want: []string{"AGREEMENT/CANCELLED: party=Keltor Steel; party=Orvane Holdings"},
	},
	{
		name: "talks aimed at reaching a deal",
		text: "Ferrante Motors and Yuan Tai Auto are in talks aimed at reaching a deal on an electric car plant.",
		want: []string{"AGREEMENT/PLANNED: party=Ferrante Motors; party=Yuan Tai Auto"},
		not:  []string{"AGREEMENT/HAPPENED"},
	},
	{
		name: "a player completed his move to a club",
		text: "Ghanaian midfielder Kwesi Appiah-Mensah completed his move to Dynamo Sofia on Friday.",
		want: []string{"AGREEMENT/HAPPENED: party=Dynamo Sofia; party=Kwesi Appiah-Mensah"},
	},
	{
		name: "a player signed for a club",
		text: "Defender Matteo Ruggeri signed for Olympique Lorient on a three-year contract.",
		want: []string{"AGREEMENT/HAPPENED: party=Matteo Ruggeri; party=Olympique Lorient"},
	},
	{
		name: "a player sealed a switch to a club",
		text: "Striker Tomas Kovar sealed a switch to Sporting Braga on Tuesday.",
		want: []string{"AGREEMENT/HAPPENED: party=Sporting Braga; party=Tomas Kovar"},
	},
	{
		name: "a one-word firm opening the sentence and a described firm",
		text: "Velkor and Korean battery maker Hanseong Cells reached a supply deal for a plant in Ohio.",
		want: []string{"AGREEMENT/HAPPENED: party=Hanseong Cells; party=Velkor"},
	},
	{
		name: "a one-word firm opening the sentence signs with a known firm",
		text: "Fokkerin signed a letter of intent with Andes Airlines for 20 turboprops.",
		want: []string{"AGREEMENT/HAPPENED: party=Andes Airlines; party=Fokkerin"},
	},
	{
		name: "a country's possessive before each of two one-word firms",
		text: "Norway's Fjellkraft and Brazil's Petroluxa signed a memorandum on offshore wind.",
		want: []string{"AGREEMENT/HAPPENED: party=Fjellkraft; party=Petroluxa"},
		not:  []string{"party=Norway", "party=Brazil"},
	},
	{
		name: "an unknown one-word firm opening the sentence, paired with a named one",
		text: "Nordair and Balkan Wings sealed their long-awaited tie-up on Friday after winning EU approval.",
		want: []string{"AGREEMENT/HAPPENED: party=Balkan Wings; party=Nordair"},
	},
	{
		name: "under the agreement, told as in force",
		text: "Under the agreement, Mirano Lines will buy six ships from Daesan Heavy Industries.",
		want: []string{"AGREEMENT/HAPPENED: party=Daesan Heavy Industries; party=Mirano Lines"},
	},
	{
		name: "forged an alliance",
		text: "Halvard Shipping and Mirano Lines forged an alliance on Asian routes.",
		want: []string{"AGREEMENT/HAPPENED: party=Halvard Shipping; party=Mirano Lines"},
	},
	{
		name: "a possessive firm's merger with another was scrapped",
		text: "Halvard Shipping's merger with Mirano Lines was scrapped.",
		want: []string{"AGREEMENT/CANCELLED: party=Halvard Shipping; party=Mirano Lines"},
	},
	{
		name: "a winger sealed his transfer to a club",
		text: "Winger Ade Okafor sealed his transfer to Hamburg Titans.",
		want: []string{"AGREEMENT/HAPPENED: party=Ade Okafor; party=Hamburg Titans"},
	},
	{
		name: "has agreed to sell a stake in a mine to a buyer",
		text: "Tavistock Mining has agreed to sell its stake in the mine to Garuda Resources.",
		want: []string{"AGREEMENT/HAPPENED: party=Garuda Resources; party=Tavistock Mining"},
	},
	{
		name: "the merger of two banks was called off",
		text: "The merger of Lindqvist Bank and Aurora Savings was called off.",
		want: []string{"AGREEMENT/CANCELLED: party=Aurora Savings; party=Lindqvist Bank"},
	},
	{
		name: "a one-word firm clinched a deal with a named one",
		text: "Velmora clinched a distribution deal with Ostrander Pharma on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Ostrander Pharma; party=Velmora"},
	},
	{
		name: "will be acquired by a bank, the subject read as active",
		text: "Aurora Savings will be acquired by Kestrel Bank, the two lenders said.",
		want: []string{"AGREEMENT/PLANNED: party=Aurora Savings; party=Kestrel Bank"},
	},
	{
		name: "a one-word firm and an acronym firm with a trade after it",
		text: "Marlow and Taiwanese panel maker HXT reached a supply deal for a plant in Georgia.",
		want: []string{"AGREEMENT/HAPPENED: party=HXT; party=Marlow"},
	},
	{
		name: "a one-word firm and an airline opened by an acronym",
		text: "Velkor and KBT Airways sealed a codeshare pact on Monday after winning approval.",
		want: []string{"AGREEMENT/HAPPENED: party=KBT Airways; party=Velkor"},
	},
	{
		name: "a player joined a club on a free transfer",
		text: "Midfielder Jonas Berg joined Rapid Kosice on a free transfer from Dynamo Sofia.",
		want: []string{"AGREEMENT/HAPPENED: party=Jonas Berg; party=Rapid Kosice"},
	},
	{
		name: "reached an agreement in principle to sell assets, wire style",
		text: "CALGARY, March 3 - Drummond Petroleum Ltd said it reached an agreement in principle to sell its Alberta assets to Carrow Pipelines Ltd for 120 mln dlrs.",
		want: []string{"AGREEMENT/HAPPENED: party=Carrow Pipelines Ltd; party=Drummond Petroleum Ltd"},
	},
	{
		name: "will sign an agreement to sell stays a plan",
		text: "Drummond Petroleum Ltd said it will sign an agreement to sell its Alberta assets to Carrow Pipelines Ltd next week.",
		want: []string{"AGREEMENT/PLANNED: party=Carrow Pipelines Ltd; party=Drummond Petroleum Ltd"},
	},
	{
		name: "a bank taken over by another",
		text: "Aurora Savings has been taken over by Kestrel Bank, the two lenders said on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Aurora Savings; party=Kestrel Bank"},
	},
	{
		name: "took over a firm in a year",
		text: "Kestrel Bank took over Aurora Savings in 2001.",
		want: []string{"AGREEMENT/HAPPENED: party=Aurora Savings; party=Kestrel Bank"},
	},
	{
		name: "put pen to paper on a deal with a club",
		text: "Winger Ade Okafor put pen to paper on a three-year deal with Sporting Varna on Thursday.",
		want: []string{"AGREEMENT/HAPPENED: party=Ade Okafor; party=Sporting Varna"},
	},
	{
		name: "will put pen to paper on a contract, planned",
		text: "Kestrel Bank will put pen to paper on the contract with Andes Airlines on Friday.",
		want: []string{"AGREEMENT/PLANNED: party=Andes Airlines; party=Kestrel Bank"},
	},
	// near misses
	{
		name: "a word and a body's deal with an article between is no firm",
		text: "Brexit and the EU's trade deal dominated talks between Velkor and Andes Airlines.",
		not:  []string{"Brexit"},
	},
	{
		name: "put pen to paper on memoirs",
		text: "Kestrel Bank chairman Ian Moss put pen to paper on his memoirs in Velloria.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "took over from a rival as the top lender",
		text: "Kestrel Bank took over from Aurora Savings as the country's top lender.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "joined a club in a year, no terms told",
		text: "Jonas Berg joined Rapid Kosice in 2019 and has scored 40 goals.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "one body's name with and inside stays one",
		text: "The Fisheries and Oceans Agency signed a data-sharing deal with Pellan Marine.",
		want: []string{"AGREEMENT/HAPPENED: party=Fisheries and Oceans Agency; party=Pellan Marine"},
	},
	{
		name: "under a proposed deal stays a plan",
		text: "Under a proposed deal, Mirano Lines would buy six ships from Daesan Heavy Industries.",
		not:  []string{"AGREEMENT/HAPPENED"},
	},
	{
		name: "a player's move to a country is no club",
		text: "Winger Ade Okafor completed his move to Spain after a year in Lisbon.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a common word opening the sentence paired with a firm's staff",
		text: "Police and Balkan Wings staff signed a petition against the new runway.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a president's executive order is no purchase",
		text: "President Ana Ruiz signed an executive order for new border posts, Velkor said.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a one-word name and a firm that only discussed",
		text: "Velkor and battery maker Hanseong Cells discussed prices for lithium.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "agreed with analysts that",
		text: "Halvorsen Pharma chief Ingrid Dahl agreed with analysts that sales would slow.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "deal with the fallout",
		text: "Nordvik Air is struggling to deal with the fallout from the strike at Balkan Wings.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a good deal of",
		text: "Corvetta Aero spent a good deal of money on its new wing, Sahara Skyways said.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "contract killers",
		text: "Police in Sofia said contract killers hired by Dynamo Sofia's rivals shot the businessman.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "the order of business",
		text: "The first order of business for Kasuga Steel's new chief is to cut costs at Vale do Tiete's plant.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "in a letter, a firm said",
		text: "In a letter to shareholders, Tavistock Mining said Garuda Resources had undervalued its coal unit.",
		not:  []string{"AGREEMENT"},
	},
}

func TestDealBusiness(t *testing.T) { runDeals(t, dealBusinessCases) }
