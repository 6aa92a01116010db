package extract

import "testing"

// agreeCases are invented paragraphs in the wording of real news that state
// an agreement with one side named beside the verb and the other in a
// clause, a description or a nationality.
var agreeCases = []wordingCase{
	{
		name: "agreeing to lend to someone is an agreement with them",
		text: "Markets were calm on Wednesday.\n\nAndina Mining Corp agreed on Monday to lend 200 million dollars to Baltic Steel Corp to help it pay for a new furnace.",
		want: []string{"AGREEMENT/HAPPENED: party=Andina Mining Corp; party=Baltic Steel Corp"},
	},
	{
		name: "agreeing to provide credits that help a country pay",
		text: "Markets were calm on Wednesday.\n\nThe Bank of Tavia last month agreed to lend 75 million euros to help Peru rebuild its northern ports.",
		want: []string{"AGREEMENT/HAPPENED: party=Bank of Tavia; party=Peru"},
	},
	{
		name: "agreeing to sell to a buyer",
		text: "Markets were calm on Wednesday.\n\nAndina Mining Corp said it had agreed to sell its copper unit to Baltic Steel Corp for 40 million dollars.",
		want: []string{"AGREEMENT: party=Andina Mining Corp; party=Baltic Steel Corp"},
	},
	{
		name: "agreeing to do something alone, or that something is so, is no agreement",
		text: "Markets were calm on Wednesday.\n\nAndina Mining Corp agreed to cut its output in Chile. Baltic Steel Corp agreed that prices would rise in Peru.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "officials and their counterparts of another nationality",
		text: "Markets were calm on Wednesday.\n\nBritish officials and their Irish counterparts signed a fishing pact in Dublin on Tuesday.",
		want: []string{"AGREEMENT/HAPPENED: party=Ireland; party=United Kingdom"},
	},
	{
		name: "a list of nationalities before the people who signed",
		text: "Markets were calm on Wednesday.\n\nJapanese and Chinese officials signed an agreement on fishing rights.",
		want: []string{"AGREEMENT/HAPPENED: party=China; party=Japan"},
	},
	{
		name: "producers of two nationalities meeting a share of demand do not meet",
		text: "Markets were calm on Wednesday.\n\nChilean and Peruvian growers, who together meet 30 pct of the region's needs in copper wire, raised prices.",
		not:  []string{"MEETING"},
	},
	{
		name: "ministers of two nationalities meet and agree, the first nationality read as the subject",
		text: "Markets were calm on Wednesday.\n\nChilean and Peruvian ministers met in Lima on Monday and agreed to open the border.",
		want: []string{"MEETING: participant=Chile; participant=Peru", "AGREEMENT: party=Chile; party=Peru"},
	},
	{
		name: "a hyphenated pair written with the hyphen apart",
		text: "Markets were calm on Wednesday.\n\nA U.S.-Japanese agreement on beef imports was signed in Tokyo.",
		want: []string{"AGREEMENT/HAPPENED: party=Japan; party=United States"},
	},
	{
		name: "a perfect participle clause takes its signer from the main clause",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings rose 4 pct on Tuesday, having signed a supply deal with Keltor Steel Corp.",
		want: []string{"AGREEMENT/HAPPENED: party=Keltor Steel Corp.; party=Orvane Holdings"},
	},
	{
		name: "a perfect participle clause with a deal and no other side",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings rose 4 pct on Tuesday, having signed a new lease on its offices.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a hyphenated pair of country names with the hyphen apart, before a pact with a topic",
		text: "Markets were calm on Wednesday.\n\nTraders doubted the U.S.-Brazil pact on steel quotas would hold, but mills in Ohio kept prices low.",
		want: []string{"AGREEMENT: party=Brazil; party=United States"},
	},
	{
		name: "a hyphenated pair of country names with the hyphen apart, after an article",
		text: "Markets were calm on Wednesday.\n\nThe U.K.-Chile accord was signed in Santiago on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Chile; party=United Kingdom"},
	},
	{
		name: "a hyphenated pair of countries or bodies names the sides",
		text: "Markets were calm on Wednesday.\n\nThe US-Japan trade pact was signed on Monday. The EU-Turkey deal was agreed in Brussels.",
		want: []string{"AGREEMENT/HAPPENED: party=Japan; party=United States", "AGREEMENT/HAPPENED: party=European Union; party=Turkey"},
	},
	{
		name: "the two sides are the pair told as a pair, not the firms of their quarrel",
		text: "Markets were calm on Wednesday.\n\nChile and Peru have feuded for a year over the fishing fleets of Andina Mining Corp and Chilean firm Baltic Steel Corp. A Lima official said the two sides agreed on Friday to a truce on quotas.",
		want: []string{"AGREEMENT: party=Chile; party=Peru"},
		not:  []string{"party=Baltic Steel Corp", "party=Andina Mining Corp"},
	},
	{
		name: "a deal agreed with one side, under which the other acts",
		text: "Markets were calm on Wednesday.\n\nUnder a deal agreed with Norvale Inc, Kestrel Corp will sell its port arm.",
		want: []string{"AGREEMENT/HAPPENED: party=Kestrel Corp; party=Norvale Inc"},
	},
	{
		name: "the deal a side struck with another, told as what the first welcomed",
		text: "Markets were calm on Wednesday.\n\nKestrel Corp welcomed the deal it struck with Norvale Inc last week.",
		want: []string{"AGREEMENT/HAPPENED: party=Kestrel Corp; party=Norvale Inc"},
	},
	{
		name: "an agreement the sale it is part of names the sides of",
		text: "Markets were calm on Wednesday.\n\nAndina Mining Corp sold Baltic Steel Corp a minority holding in its smelter in 1999 as part of a joint venture agreement.",
		want: []string{"AGREEMENT/HAPPENED: party=Andina Mining Corp; party=Baltic Steel Corp"},
	},
	{
		name: "paying someone to get out of a deal",
		text: "Markets were calm on Wednesday.\n\nAndina Mining Corp will pay Baltic Steel Corp 6 million euros to get out of a ten-year supply deal.",
		want: []string{"AGREEMENT: party=Andina Mining Corp; party=Baltic Steel Corp"},
	},
	{
		name: "the agreement under which the sale the sentence before tells is made",
		text: "Markets were calm on Wednesday.\n\nAndina Mining Corp has sold its port unit to Baltic Steel Corp for 40 million dollars. Under the agreement, Andina will keep a small stake.",
		want: []string{"AGREEMENT/HAPPENED: party=Andina Mining Corp; party=Baltic Steel Corp"},
	},
	{
		name: "under the agreement one side will be able to sell through the other",
		text: "Markets were calm on Wednesday.\n\nKestrel Insurance Corp bought the unit for 2 billion dollars. Under the agreement, Kestrel will be able to sell its mortgages through Norvale Bank over the coming five years.",
		want: []string{"AGREEMENT: party=Kestrel Insurance Corp; party=Norvale Bank"},
	},
	{
		name: "an agreement under which one side supplies the other",
		text: "Markets were calm on Wednesday.\n\nAndina Mining Corp said the agreement under which it sells cranes to Baltic Steel Corp expires in May.",
		want: []string{"AGREEMENT: party=Andina Mining Corp; party=Baltic Steel Corp"},
	},
	{
		name: "the firm a story is about tells of its agreement with another",
		text: "Markets were calm on Wednesday.\n\nAndina Mining Corp said its bid is made under a final agreement reached with a newly formed company, Baltic Steel Corp, last week.",
		want: []string{"AGREEMENT: party=Andina Mining Corp; party=Baltic Steel Corp"},
	},
	{
		name: "the company that tells of an agreement reached with a new company named after it",
		text: "Markets were calm on Wednesday.\n\nLorca Textiles Inc said a firm set up by local investors will buy it. The company said the bid would be made under an agreement reached with the newly formed company, Tarn Holdings Corp, on Friday.",
		want: []string{"AGREEMENT: party=Lorca Textiles Inc; party=Tarn Holdings Corp"},
	},
	{
		name: "agreeing in principle with a described side",
		text: "Markets were calm on Wednesday.\n\nPeru and its creditor banks have agreed in principle to stretch out repayments.",
		want: []string{"AGREEMENT: party=Peru"},
	},
	{
		name: "a side described, not named, leaves the named one's agreement",
		text: "Markets were calm on Wednesday.\n\nAndina Mining Corp and its creditor committee have agreed on a new repayment plan. Baltic Steel Corp reached agreement with the unions on pay.",
		want: []string{"AGREEMENT/HAPPENED: party=Andina Mining Corp", "AGREEMENT/HAPPENED: party=Baltic Steel Corp"},
	},
	{
		name: "agreeing with someone that something is so is no agreement",
		text: "Markets were calm on Wednesday.\n\nAndina Mining Corp agreed with analysts that prices would fall. Baltic Steel Corp agreed with its advisers that the plan was sound.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a contract told with one side, then the contract with the other",
		text: "Markets were calm on Wednesday.\n\nAndina Mining Corp won a large contract last month. The contract, to supply copper to Baltic Steel Corp, runs to 2001.",
		want: []string{"AGREEMENT: party=Andina Mining Corp; party=Baltic Steel Corp"},
	},
	{
		name: "two winners of a contract and of the contract hold two contracts, not one together",
		text: "Markets were calm on Wednesday.\n\nAndina Mining Corp won a contract to run the Lorca field. Baltic Steel Corp won the contract to run the Tarn field.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a contract with one side, and far later another with one side, are not one",
		text: "Markets were calm on Wednesday.\n\nAndina Mining Corp won a large contract last month. Shares rose 3 pct. Profits rose too. Output was steady. The contract with Baltic Steel Corp runs to 2001.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a country's package that will be signed is its agreement; a software package is none",
		text: "Markets were calm on Wednesday.\n\nPeru's rescue package for its railways will be signed in June. Andina Mining Corp unveiled a new software package on Monday.",
		want: []string{"AGREEMENT/PLANNED: party=Peru"},
		not:  []string{"party=Andina Mining Corp"},
	},
	{
		name: "a country agreeing, told by another country's official",
		text: "Markets were calm on Wednesday.\n\nPeru's trade minister said Chile agreed to cut tariffs on copper.",
		want: []string{"AGREEMENT: party=Chile; party=Peru"},
	},
	{
		name: "a body agreeing, told by an official, is the body's own",
		text: "Markets were calm on Wednesday.\n\nPeru's oil minister said OPEC agreed to cut output.",
		not:  []string{"party=Peru"},
	},
	{
		name: "agreeing to hold back and granting the other side an option",
		text: "Markets were calm on Wednesday.\n\nTarn Holdings Ltd, a large shareholder in Lorca, has agreed it will not buy more Lorca shares until May and has granted Kestrel Capital Corp an option on its stake.",
		want: []string{"AGREEMENT: party=Kestrel Capital Corp; party=Tarn Holdings Ltd"},
	},
	{
		name: "a proposed deal, a near miss and an opinion are no agreement",
		text: "Markets were calm on Wednesday.\n\nKestrel Corp proposed a deal with Norvale Inc. Andina Mining Corp came close to a deal with Baltic Steel Corp. Kestrel Corp is in agreement with Baltic Steel Corp on the need for reform.",
		not:  []string{"AGREEMENT"},
	},
}

func TestWordingAgree(t *testing.T) { runWording(t, agreeCases) }
