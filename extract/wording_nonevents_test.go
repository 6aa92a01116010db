package extract

import "testing"

// ownSittingCases: a firm's board, directors or owners in session, a
// state's own committee, a body's "own" council session meet no
// counterpart, and are no meeting; the board meeting an outside party, a
// body of member states or firms in session, are.
var ownSittingCases = []wordingCase{
	{
		name: "a firm's directors who met",
		text: "Halvard Shipping Corp said its directors met in Oslo on Tuesday to review the bid.",
		not:  []string{"MEETING"},
	},
	{
		name: "the board of a firm that will meet",
		text: "The board of Trelleck Mining Ltd will meet on Friday to consider the offer from Corvan Holdings.",
		not:  []string{"MEETING"},
	},
	{
		name: "directors who held a meeting",
		text: "Kestrel Airways directors held a meeting in Glasgow and named a new chairman.",
		not:  []string{"MEETING"},
	},
	{
		name: "a board and an owners' meeting told together",
		text: "Delmar Bank said its board would meet next week and its annual shareholders' meeting is set for April 28.",
		not:  []string{"MEETING"},
	},
	{
		name: "a board that was meeting while others speculated",
		text: "Velmont Chemicals' board was meeting today, and traders speculated the board was weighing rival bids from Ostra Steel and Kerrow Metals.",
		not:  []string{"MEETING"},
	},
	{
		name: "a board meeting due to begin",
		text: "The Kerrow offer came shortly after the Velmont board meeting was due to begin.",
		not:  []string{"MEETING"},
	},
	{
		name: "a state's committee at its meeting",
		text: "The Federal Monetary Committee at its May 4-5 meeting voted eight to two to keep rates unchanged, minutes showed.",
		not:  []string{"MEETING"},
	},
	{
		name: "a state's committee at its previous meeting",
		text: "At its previous meeting in January, the Federal Monetary Committee cut the discount rate.",
		not:  []string{"MEETING"},
	},
	{
		name: "an owners' meeting adjourned by the board",
		text: "The Halvard Shipping board today again adjourned a shareholders meeting to vote on the merger and reset it for May 3.",
		not:  []string{"MEETING"},
	},
	{
		name: "a body's own council session",
		text: "The Grain Commission said it would weigh the plan at today's meeting with the millers and during its own council session on Thursday.",
		not:  []string{"MEETING"},
	},
	{
		name: "directors who met at a scheduled meeting",
		text: "Corvan Holdings Inc posted a loss. The company said its directors met in Oslo today at a regularly scheduled meeting.",
		not:  []string{"MEETING"},
	},
	{
		name: "the board meeting of a firm known by its initials",
		text: "KTA rejected the bid. The Vardo offer was announced shortly after the KTA board meeting was scheduled to begin.",
		not:  []string{"MEETING"},
	},
	{
		name: "a government's own council",
		text: "The trade minister acted two days before a scheduled meeting of the Holm administration's Trade Policy Council to weigh the tariff.",
		not:  []string{"MEETING"},
	},
	{
		name: "the executive board of a body of states meets",
		text: "The ICGE said output would rise. The ICGE executive board will meet on March 31 to discuss quotas.",
		want: []string{"MEETING/PLANNED: participant=ICGE"},
	},
	{
		name: "a firm's directors meeting an outside party meet",
		text: "Directors of Brannock Foods met Corvan Holdings chairman Piet Maas in London on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Brannock Foods; participant=Piet Maas"},
	},
	{
		name: "a council of producers in session meets",
		text: "The Tarvel Coffee Council met in London on Tuesday to set quotas.",
		want: []string{"MEETING/HAPPENED: participant=Tarvel Coffee Council"},
	},
	{
		name: "members of a council of producers who met",
		text: "Members of the Pacific Tin Council met in Oslo on Friday to review the buffer stock.",
		want: []string{"MEETING/HAPPENED: participant=Pacific Tin Council"},
	},
}

func TestWordingOwnSittings(t *testing.T) { runWording(t, ownSittingCases) }

// clubFixtureCases: clubs that host, visit, meet or face each other play a
// game; a club's people meeting, a squad's trip, a signing stay.
var clubFixtureCases = []wordingCase{
	{
		name: "one club hosting and another visiting in a sentence of games",
		text: "Both defenders are suspended for Saturday's games, when Hartlepool Rovers host Brackley Town and Ashby Athletic visit Norwood.",
		not:  []string{"MEETING", "VISIT"},
	},
	{
		name: "a club that visits the champions",
		text: "Kingsmead Rovers visit the champions Halden Town next weekend.",
		not:  []string{"MEETING", "VISIT"},
	},
	{
		name: "a draw at home and a club playing host",
		text: "Ashby Athletic were drawn at home to Norwood and Halden Town will play host to Brackley Town.",
		not:  []string{"MEETING", "VISIT"},
	},
	{
		name: "a club playing host in a round",
		text: "Castleford United will play host to Dunmore City in the fourth round.",
		not:  []string{"MEETING"},
	},
	{
		name: "a club that will visit another in a stage",
		text: "Brackley Town will visit Ashby Athletic in the quarter-finals.",
		not:  []string{"MEETING", "VISIT"},
	},
	{
		name: "clubs that face each other in a replay",
		text: "Norwood Rovers face Ashby Athletic in Sunday's cup replay.",
		not:  []string{"MEETING"},
	},
	{
		name: "a club that entertains another in the league",
		text: "Halden Town entertain Kingsmead Rovers in the league on Tuesday.",
		not:  []string{"MEETING"},
	},
	{
		name: "a club to meet the leaders if it wins a replay",
		text: "Ashby Athletic drew 1-1 with Halden Town on Saturday. They will meet league leaders Kingsmead Rovers if they beat Halden Town in the replay.",
		not:  []string{"MEETING"},
	},
	{
		name: "players who meet in a charity match",
		text: "Kiwi captain Rua Tane will meet Sean Brody in Saturday's charity match at Twickenham, with the Irish captain leading the Northern side.",
		not:  []string{"MEETING"},
	},
	{
		name: "a player a coach sees as an option",
		text: "Norway coach Lars Dahl has named Erik Solberg in his squad. However, Dahl refused to reveal whether he sees Solberg as a long-term option.",
		not:  []string{"MEETING"},
	},
	{
		name: "a manager meeting the chairman meets",
		text: "Manager Alan Prell met chairman Ian Marsh on Monday to discuss his future.",
		want: []string{"MEETING/HAPPENED: participant=Alan Prell; participant=Ian Marsh"},
	},
	{
		name: "a squad that flew to a city travelled",
		text: "The Dunmore City squad flew to Lisbon on Monday for a training camp.",
		want: []string{"VISIT/HAPPENED: destination=Lisbon; visitor=Dunmore City"},
	},
	{
		name: "a squad that will travel to a country before a final travels",
		text: "The Halden Town squad will travel to Portugal on Monday before the cup final.",
		want: []string{"VISIT/PLANNED: destination=Portugal; visitor=Halden Town"},
	},
	{
		name: "a club signing a player signs",
		text: "Halden Town signed striker Marek Novak from Brackley Town on a three-year contract.",
		want: []string{"AGREEMENT/HAPPENED: party=Brackley Town; party=Halden Town; signatory=Marek Novak"},
	},
}

func TestWordingClubFixtures(t *testing.T) { runWording(t, clubFixtureCases) }

// hopedOutcomeCases: a deal or talks someone hopes, expects, believes or
// forecasts will come, is optimistic or willing about, or would like, are
// no event; a meeting one is expected to hold, or talks the hope is about,
// stay planned.
var hopedOutcomeCases = []wordingCase{
	{
		name: "a renewal one expects a body will make",
		text: "Oil minister Karl Oden said he expects OPEC will renew its supply pact with Norway.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a signing one expects, told apart by the parser",
		text: "Trade secretary Lena Varga said she expects Vessia will sign a trade accord with Ruritania.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "optimistic about reaching an agreement",
		text: "Vessian finance chief Tomas Brenn said he was optimistic about reaching an agreement with the World Bank in talks due next month.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "delegates willing to continue talks",
		text: "Delegates Ilse Varga of Ruritania and Jon Berg of Vessia said they were willing to continue bilateral talks.",
		not:  []string{"MEETING"},
	},
	{
		name: "a firm willing to hold talks",
		text: "Kerrow Metals said it was willing to hold talks with Ostra Steel.",
		not:  []string{"MEETING"},
	},
	{
		name: "a pact one believes will be signed",
		text: "Lund said he believed Ostra would sign a trade pact with Kerrow within weeks.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a merger analysts forecast",
		text: "Analysts forecast that Halvard Shipping will agree a merger with Corvan Holdings this year.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a meeting one would like",
		text: "Minister Jon Berg said he would like to meet President Ivo Brandt of Vessia.",
		not:  []string{"MEETING"},
	},
	{
		name: "an agreement firms could come to",
		text: "Berg said Halvard Shipping could come to an agreement with Corvan Holdings soon.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "an accord one predicted",
		text: "Brandt predicted that Vessia would reach an accord with Ruritania by June.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a loan agreement one thinks will be signed",
		text: "Maas thinks the Bank of Vessia will sign a loan agreement with the IMF.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a partnership hoped for, the hope told apart by the parser",
		text: "Premier Ana Holm named Jon Berg as her chief of staff. She noted that she had appointed Berg and said she hoped Berg would help her forge a new partnership with Congress.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "our hope is that we can come to an agreement",
		text: "Brannock Foods Inc made a bid for Tarvik Mining Corp. \"Our hope is that we can come to a mutual agreement that is good for both companies,\" Brannock chairman Olaf Berg said.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a meeting one is expected to hold on a day is planned",
		text: "President Ivo Brandt is expected to meet Premier Ana Holm in Oslo on Monday.",
		want: []string{"MEETING/PLANNED: participant=Ana Holm; participant=Ivo Brandt"},
	},
	{
		name: "a meeting one expects to hold on a day is planned",
		text: "Premier Ana Holm expects to meet President Ivo Brandt in Oslo on Monday.",
		want: []string{"MEETING/PLANNED: participant=Ana Holm; participant=Ivo Brandt"},
	},
	{
		name: "a signing states are expected to make is planned",
		text: "Norway and Vessia are expected to sign the fisheries accord on Friday.",
		want: []string{"AGREEMENT/PLANNED: party=Norway; party=Vessia"},
	},
	{
		name: "a visit it is expected someone will make is planned",
		text: "It is expected that Premier Ana Holm will visit Lisbon next week.",
		want: []string{"VISIT/PLANNED: destination=Lisbon; visitor=Ana Holm"},
	},
	{
		name: "talks a hope is about are planned",
		text: "Brandt said he hoped his talks with Premier Ana Holm on Monday would bring progress.",
		want: []string{"MEETING/PLANNED: participant=Ana Holm; participant=Brandt"},
	},
	{
		name: "optimistic after talks that were held",
		text: "Finance minister Tomas Brenn said he was optimistic after his talks with the IMF on Monday.",
		want: []string{"MEETING/HAPPENED: participant=International Monetary Fund; participant=Tomas Brenn"},
	},
}

func TestWordingHopedOutcomes(t *testing.T) { runWording(t, hopedOutcomeCases) }

// unrealCases: unlikely, conditional, ruled out, rejected or refused
// events are neither held nor planned; at most uncertain.
var unrealCases = []wordingCase{
	{
		name: "a visit one is unlikely to make",
		text: "A source said minister Piet Maas is unlikely to come to Vessia to argue his case.",
		not:  []string{"VISIT/PLANNED", "VISIT/HAPPENED"},
	},
	{
		name: "rejected suggestions for negotiations",
		text: "Finance minister Tomas Brenn has rejected suggestions for negotiations with the IMF and said Vessia will not accept austerity.",
		not:  []string{"MEETING"},
	},
	{
		name: "an agreement a spokesman did not rule out",
		text: "A spokesman for the Vessian embassy in Oslo did not rule out that there had been an agreement between Vessia and Norway.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "one seen as a player by a coach",
		text: "Rovers manager Karl Oden would not say whether he sees Tomas Jurgis as his first-choice keeper.",
		not:  []string{"MEETING"},
	},
	{
		name: "a purchase under a condition",
		text: "If the regulator approves the plan, Halvard Shipping will buy Corvan Holdings.",
		not:  []string{"AGREEMENT/PLANNED", "AGREEMENT/HAPPENED"},
	},
	{
		name: "the first deal, under a condition",
		text: "Vessia's oil ministry picked three firms. If Vessia's cabinet approves the oil ministry's choice of companies, then this will be the first deal that Vessia has signed with a foreign oil company.",
		not:  []string{"AGREEMENT/PLANNED", "AGREEMENT/HAPPENED"},
	},
	{
		name: "a meeting one declined to confirm",
		text: "Premier Ana Holm declined to say whether she would meet President Ivo Brandt in Oslo.",
		not:  []string{"MEETING/PLANNED", "MEETING/HAPPENED"},
	},
	{
		name: "talks not ruled out",
		text: "Berg did not rule out talks with President Ivo Brandt.",
		not:  []string{"MEETING"},
	},
	{
		name: "a meeting denied",
		text: "Minister Piet Maas denied that he had met President Ivo Brandt.",
		not:  []string{"MEETING"},
	},
	{
		name: "a meeting refused",
		text: "President Ivo Brandt will not meet Premier Ana Holm during his stay.",
		not:  []string{"MEETING"},
	},
	{
		name: "a meeting that could come is uncertain",
		text: "President Ivo Brandt could meet Premier Ana Holm in Oslo next week.",
		want: []string{"MEETING/UNCERTAIN: participant=Ana Holm; participant=Ivo Brandt"},
	},
	{
		name: "talks held",
		text: "Jon Berg negotiated with the Paris Club in March.",
		want: []string{"MEETING/HAPPENED: participant=Jon Berg; participant=Paris Club"},
	},
}

func TestWordingUnreal(t *testing.T) { runWording(t, unrealCases) }

// proposedCases: talks proposed, asked or called for, a deal proposed, a
// negotiator appointed are no event; a proposal taken up is planned.
var proposedCases = []wordingCase{
	{
		name: "consultations asked for",
		text: "Ottawa asked for consultations with Canberra on the issue.",
		not:  []string{"MEETING"},
	},
	{
		name: "talks proposed",
		text: "Premier Ana Holm proposed talks with President Ivo Brandt on the border.",
		not:  []string{"MEETING"},
	},
	{
		name: "a meeting asked for",
		text: "Minister Piet Maas asked for a meeting with President Ivo Brandt.",
		not:  []string{"MEETING"},
	},
	{
		name: "a proposed acquisition valued",
		text: "Halvard Shipping's proposed acquisition of Corvan Holdings is valued at 2 billion dollars, analysts said.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a negotiator appointed",
		text: "The government appointed Jon Berg to negotiate with the Paris Club.",
		not:  []string{"MEETING"},
	},
	{
		name: "talks called for",
		text: "Vessia has called for talks with Ruritania on the water dispute.",
		not:  []string{"MEETING"},
	},
	{
		name: "talks urged",
		text: "Ruritania urged talks with Vessia on the dam.",
		not:  []string{"MEETING"},
	},
	{
		name: "a meeting suggested",
		text: "Kerrow Metals suggested a meeting with Ostra Steel next week.",
		not:  []string{"MEETING"},
	},
	{
		name: "a summit proposed to someone",
		text: "Premier Anton Kovac will propose to President Lena Marsh a summit with Chancellor Otto Brink.",
		not:  []string{"MEETING"},
	},
	{
		name: "a proposal taken up is planned",
		text: "Premier Ana Holm proposed talks with President Ivo Brandt, and Brandt accepted the offer.",
		want: []string{"MEETING/PLANNED: participant=Ana Holm; participant=Ivo Brandt"},
	},
	{
		name: "reform called for of an accord in force",
		text: "Premier Ana Holm called for reform of the Nordic Union's fisheries pact.",
		not:  []string{"MEETING"},
	},
}

func TestWordingProposed(t *testing.T) { runWording(t, proposedCases) }
