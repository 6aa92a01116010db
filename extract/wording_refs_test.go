package extract

import "testing"

// meetingWordingCases are invented sentences in the wording of real news
// that state a meeting in a passive, a participle, a cleft, a reporting
// clause or as a body's own gathering.
var meetingWordingCases = []wordingCase{
	{
		name: "talks held between two people in the passive",
		text: "Talks were held between Chancellor Otto Brenn and President Ana Lopes in Vienna on Monday.",
		want: []string{"MEETING: participant=Ana Lopes; participant=Otto Brenn"},
	},
	{
		name: "talks held by two people in a participle clause",
		text: "The proposal, which was discussed at talks held by Otto Brenn and Ana Lopes in March, was later dropped.",
		want: []string{"MEETING: participant=Ana Lopes; participant=Otto Brenn"},
	},
	{
		name: "a firm the parser hung on the noun of talks still holds them",
		text: "Kestrel Motors is in negotiations with Norvale Inc and Halden Freight to take a stake in the venture.",
		want: []string{"MEETING: participant=Halden Freight; participant=Kestrel Motors; participant=Norvale Inc"},
	},
	{
		name: "a meeting chaired by one person alone is no meeting",
		text: "A meeting chaired by Otto Brenn ended without a statement.",
		not:  []string{"MEETING"},
	},
	{
		name: "a cleft's it is no one: the fronted clause's subject met",
		text: "It was in March 2001 when Otto Brenn first met Ana Lopes.",
		want: []string{"MEETING: participant=Ana Lopes; participant=Otto Brenn"},
	},
	{
		name: "a speaker hung inside the quotation still holds the talks",
		text: "\"We will work hard,\" Trade Minister Paolo Ricci said after talks with Ivan Dobrev.",
		want: []string{"MEETING: participant=Ivan Dobrev; participant=Paolo Ricci"},
	},
	{
		name: "a body's ministers meet as the body",
		text: "OPEC ministers meet in Vienna next week to discuss output.",
		want: []string{"MEETING: participant=OPEC"},
	},
	{
		name: "a country's ministers meeting alone is no meeting of two",
		text: "Kenyan ministers met in Nairobi on Monday.",
		not:  []string{"MEETING"},
	},
	{
		name: "the year the meetings took place is their date",
		text: "The first meetings between Otto Brenn and Ana Lopes took place in 1998.",
		want: []string{"MEETING/HAPPENED: participant=Ana Lopes; participant=Otto Brenn"},
	},
	{
		name: "a cleft with not until and a date as its root",
		text: "It was not until 2003 that Otto Brenn agreed to a meeting.",
		not:  []string{"MEETING"},
	},
}

func TestWordingMeetings(t *testing.T) { runWording(t, meetingWordingCases) }

// referenceCases are invented sentences whose participants are given by
// reference: a pronoun, "they", "it", a description of a firm.
var referenceCases = []wordingCase{
	{
		name: "a guest speaking at a gathering the host is named for meets the host",
		text: "Trade Minister Paolo Ricci arrived in Lisbon on Monday. At the dinner hosted by Finance Minister Kaspar Osten on Tuesday, he said exports would rise.",
		want: []string{"MEETING: participant=Kaspar Osten; participant=Paolo Ricci"},
	},
	{
		name: "he after an opening phrase is not the host the phrase names",
		text: "At a conference hosted by Finance Minister Kaspar Osten on Friday, he said trade would grow.",
		not:  []string{"MEETING"},
	},
	{
		name: "he outside a quotation is not a name quoted",
		text: "Paolo Ricci praised the plan. \"I admire Kaspar Osten greatly,\" he said. He met Ana Lopes on Monday.",
		want: []string{"MEETING: participant=Ana Lopes; participant=Paolo Ricci"},
		not:  []string{"participant=Kaspar Osten"},
	},
	{
		name: "they are the two countries the sentence before opens with",
		text: "France and Germany have long disputed the border. They held talks in Geneva on Monday.",
		want: []string{"MEETING: participant=France; participant=Germany"},
	},
	{
		name: "they are the two people the sentence before opens with",
		text: "President Ana Lopes and Chancellor Otto Brenn have clashed over trade for a year. They will meet in Vienna next week.",
		want: []string{"MEETING: participant=Ana Lopes; participant=Otto Brenn"},
	},
	{
		name: "two names that qualify a plural noun are no pair",
		text: "The Green and Liberal unions rejected the offer. They said they would resume talks next week.",
		not:  []string{"MEETING"},
	},
	{
		name: "the bank is the bank the story named",
		text: "Halden Bank made a bid for Orsted Capital in December. The bank is in talks with Lorne Savings about the offer.",
		want: []string{"MEETING: participant=Halden Bank; participant=Lorne Savings"},
	},
	{
		name: "the exchange with a country's adjective is no exchange of another country",
		text: "Kestrel Bourse AG is bidding to buy the Oslo Stock Exchange. The Swiss exchange said it met Norvale Holdings on Monday to discuss the offer.",
		want: []string{"MEETING: participant=Kestrel Bourse AG; participant=Norvale Holdings"},
		not:  []string{"participant=Oslo Stock Exchange"},
	},
	{
		name: "it after a description the story does not name is no one",
		text: "Halden Bank rejected a bid from Orsted Capital. The group said it had held talks with Lorne Savings.",
		not:  []string{"MEETING"},
	},
	{
		name: "two bodies no name calls Swiss leave the Swiss exchange unnamed",
		text: "Kestrel Bourse AG and Marlow Markets Inc are bidding to buy the Oslo Stock Exchange. The Swiss exchange said it met Norvale Holdings on Monday to discuss the offer.",
		not:  []string{"participant=Kestrel Bourse AG", "participant=Marlow Markets Inc"},
	},
	{
		name: "a title with an of-phrase is of the kind of the word before it",
		text: "Chancellor of the Exchequer Hugo Marsh met bankers in London on Monday. Aides said the chancellor had urged lower rates in talks on Sunday with Ivan Dobrev.",
		want: []string{"MEETING: participant=Hugo Marsh; participant=Ivan Dobrev"},
	},
	{
		name: "a person described after a comma holds the talks of the relative clause",
		text: "Nina Vasko, a Dutch lawyer who has held talks with Halden Freight about its leases, called the plan risky.",
		want: []string{"MEETING: participant=Halden Freight; participant=Nina Vasko"},
	},
	{
		name: "who reports talks is not who talks",
		text: "Prime Minister Jan Kovac quit on Sunday. The Daily Norvale and the Tallinn Courier said senior ministers broke off their talks late that night with no deal.",
		not:  []string{"MEETING"},
	},
	{
		name: "the two sides after a sentence that opens with two countries",
		text: "Canada and Mexico have feuded over steel tariffs since spring. Trade Minister Ana Ferro said on Friday that the two sides had agreed to resume talks on the tariffs.",
		want: []string{"MEETING: participant=Canada; participant=Mexico"},
	},
	{
		name: "whom a guest tells at a hosted dinner was at the dinner too",
		text: "Premier Hugo Marsh told Finance Minister Ana Ferro at a banquet hosted by Mayor Jan Kovac last spring that he would call an election.",
		want: []string{"MEETING: participant=Ana Ferro; participant=Hugo Marsh; participant=Jan Kovac"},
	},
	{
		name: "a firm and its unit that said names hold the talks of the complement",
		text: "Halden Bank said it and its Marlow Markets Inc subsidiary have been holding talks with Norvale Holdings.",
		want: []string{"MEETING: participant=Halden Bank; participant=Marlow Markets Inc; participant=Norvale Holdings"},
	},
}

func TestWordingReferences(t *testing.T) { runWording(t, referenceCases) }
