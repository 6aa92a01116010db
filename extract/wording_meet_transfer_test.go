package extract

import "testing"

// meetNamedCases hold a meeting the writer qualifies with a naming clause
// between the verb and the noun: "held what X called useful talks with Y".
var meetNamedCases = []wordingCase{
	{
		name: "had what he termed a meeting",
		text: "Premier Halvard Ruud had what he termed a blunt meeting with Governor Amara Okafor on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Amara Okafor; participant=Halvard Ruud"},
	},
	{
		name: "held what others called talks",
		text: "Governor Lena Marsh held what her aides called fruitful talks with Mayor Tobias Kern in Fresno.",
		want: []string{"MEETING: participant=Lena Marsh; participant=Tobias Kern"},
	},
	{
		name: "held what others described as talks",
		text: "Senator Ida Wren held what her office described as cordial talks with Chancellor Olaf Brenner last week.",
		want: []string{"MEETING: participant=Ida Wren; participant=Olaf Brenner"},
	},
	{
		name: "what one called a duty is no event",
		text: "Governor Lena Marsh did what she called her duty to the voters of Fresno.",
		not:  []string{"MEETING"},
	},
}

func TestWordingMeetNamed(t *testing.T) { runWording(t, meetNamedCases) }

// meetAttemptCases meet "in a final attempt" or "a last bid" to do
// something: a try, not a stage of a competition.
var meetAttemptCases = []wordingCase{
	{
		name: "in a final attempt to rescue a merger",
		text: "Chief Executive Rolf Anders said the boards had given up. Anders met Trade Commissioner Lise Berg in Vienna in May in a final attempt to rescue the merger.",
		want: []string{"MEETING/HAPPENED: participant=Lise Berg; participant=Rolf Anders"},
	},
	{
		name: "in a last bid to end the strike",
		text: "Union leader Paavo Rinne met Employment Minister Katri Salo on Sunday in a last bid to end the dock strike.",
		want: []string{"MEETING/HAPPENED: participant=Katri Salo; participant=Paavo Rinne"},
	},
	{
		name: "a final of a cup is still a match",
		text: "Arsenal could meet Chelsea in the final in May.",
		not:  []string{"MEETING"},
	},
}

func TestWordingMeetAttempt(t *testing.T) { runWording(t, meetAttemptCases) }

// meetTwoCases refer to two people named before as "the two", bare,
// before their verb.
var meetTwoCases = []wordingCase{
	{
		name: "the two met",
		text: "Senator Abel Craig and Governor Ruth Anning have clashed over water rights. The two met for nearly three hours in Sacramento on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Abel Craig; participant=Ruth Anning"},
	},
	{
		name: "the two will meet",
		text: "Coach Ivan Petrov and striker Leo Brandt fell out after the derby. The two will meet in Turin on Friday to settle the row.",
		want: []string{"MEETING/PLANNED: participant=Ivan Petrov; participant=Leo Brandt"},
	},
	{
		name: "the two of the sentence, not the story's most named",
		text: "Chancellor Vera Lindt praised Finance Minister Omar Saleh on Monday. Lindt is due to host President Karl Aho in Graz on June 3, and the two will discuss energy prices.",
		want: []string{"MEETING/PLANNED: participant=Karl Aho; participant=Vera Lindt"},
		not:  []string{"participant=Omar Saleh"},
	},
	{
		name: "the two before a verb of no meeting are not read as a pair",
		text: "Premier Jonas Falk met Governor Rita Auza on Monday. Later, Falk spoke by phone with Senator Ivo Marsh about the port strike. The two agreed to keep in touch.",
		want: []string{"MEETING/HAPPENED: participant=Jonas Falk; participant=Rita Auza"},
		not:  []string{"AGREEMENT"},
	},
}

func TestWordingMeetTwo(t *testing.T) { runWording(t, meetTwoCases) }

// meetWithAndWithCases repeat "with" before a second counterpart: each
// is a meeting of its own.
var meetWithAndWithCases = []wordingCase{
	{
		name: "met separately with a union and with a firm",
		text: "Labour Minister Odile Renaud met separately with the Metalworkers Union and with Fenwick Motors on Friday.",
		want: []string{"MEETING: participant=Metalworkers Union; participant=Odile Renaud", "MEETING: participant=Fenwick Motors; participant=Odile Renaud"},
		not:  []string{"participant=Fenwick Motors; participant=Metalworkers Union"},
	},
	{
		name: "met with one on a day and with another the next",
		text: "Mayor Jan Olsen met with Governor Kari Berg on Monday and with Senator Per Lund on Tuesday.",
		want: []string{"MEETING: participant=Jan Olsen; participant=Kari Berg", "MEETING: participant=Jan Olsen; participant=Per Lund"},
		not:  []string{"participant=Kari Berg; participant=Per Lund"},
	},
}

func TestWordingMeetWithAndWith(t *testing.T) { runWording(t, meetWithAndWithCases) }

// meetAgreedAfterTalksCases tell two people agreeing "after talks" with
// no side named for the talks, the agreeing in an infinitive's clause:
// the talks were theirs, held by the day they agreed.
var meetAgreedAfterTalksCases = []wordingCase{
	{
		name: "agreed to build after talks in a city",
		text: "The chancellor, Hanna Berger, and the prime minister, Luca Ferri, agreed on Monday to build a rail tunnel under the Alps, after talks in Verona.",
		want: []string{"MEETING/HAPPENED: participant=Hanna Berger; participant=Luca Ferri"},
	},
	{
		name: "agreed to set up after talks at a residence",
		text: "Premier Ilse Vogt and President Tomas Reyes agreed to set up a joint climate fund after talks at the Belvedere Palace.",
		want: []string{"MEETING: participant=Ilse Vogt; participant=Tomas Reyes"},
	},
}

func TestWordingMeetAgreedAfterTalks(t *testing.T) { runWording(t, meetAgreedAfterTalksCases) }

// meetTitledApposCases meet a person named after a long title set off by
// commas ("the Minister of Trade and Industry, X"), while the story has
// given the same title to someone else.
var meetTitledApposCases = []wordingCase{
	{
		name: "a title with a list of portfolios, then the name",
		text: "Minister Nia Kaur held a meeting with the Minister of Industry and Commerce, Maria Lopes.",
		want: []string{"MEETING: participant=Maria Lopes; participant=Nia Kaur"},
	},
	{
		name: "a title of a body, then a doctor's name",
		text: "Minister Nia Kaur will meet the Secretary-General of the Commonwealth, Dr Amina Bello, at Marlborough House.",
		want: []string{"MEETING/PLANNED: participant=Amina Bello; participant=Nia Kaur"},
	},
}

func TestWordingMeetTitledAppos(t *testing.T) { runWording(t, meetTitledApposCases) }

// meetCoChairCases co-chair or co-host a body's session with someone:
// the subject sits in it too.
var meetCoChairCases = []wordingCase{
	{
		name: "co-chaired a committee's session with a counterpart",
		text: "Minister Ada Kerr co-chaired the fifth session of the Joint Trade Committee with Deputy Premier Li Wenjun on Tuesday.",
		want: []string{"MEETING: participant=Ada Kerr; participant=Joint Trade Committee; participant=Li Wenjun"},
	},
	{
		name: "co-hosted a forum's meeting with a counterpart",
		text: "Premier Jonas Falk co-hosted the annual meeting of the Baltic Energy Forum with President Rita Auza in Riga.",
		want: []string{"MEETING: participant=Baltic Energy Forum; participant=Jonas Falk; participant=Rita Auza"},
	},
}

func TestWordingMeetCoChair(t *testing.T) { runWording(t, meetCoChairCases) }

// meetSignAtCases sign at a summit or during talks that name no sides of
// their own: the people who sign there meet.
var meetSignAtCases = []wordingCase{
	{
		name: "expected to sign at a summit",
		text: "President Ines Aoki and President Lidia Moreno are expected to sign the pact at a summit early next year.",
		want: []string{"MEETING/PLANNED: participant=Ines Aoki; participant=Lidia Moreno"},
	},
	{
		name: "will sign during talks",
		text: "Premier Jonas Falk and Chancellor Rita Auza will sign the border treaty during talks in Tartu next month.",
		want: []string{"MEETING/PLANNED: participant=Jonas Falk; participant=Rita Auza"},
	},
	{
		name: "countries signing at a summit name no people",
		text: "Brazil and Peru will sign the pact at a summit in Lima next month.",
		not:  []string{"MEETING"},
	},
}

func TestWordingMeetSignAt(t *testing.T) { runWording(t, meetSignAtCases) }

// meetPurposeCases hold talks "with X aimed at" an end: X is whom the
// talks are with, not the subject of an absolute clause.
var meetPurposeCases = []wordingCase{
	{
		name: "talks with a lender aimed at a loan",
		text: "Kenya has been holding talks with the World Bank aimed at securing a new credit line.",
		want: []string{"MEETING: participant=Kenya; participant=World Bank"},
	},
	{
		name: "negotiations with a fund designed to secure credit",
		text: "Ghana is in negotiations with the International Monetary Fund designed to secure a standby credit.",
		want: []string{"MEETING: participant=Ghana; participant=International Monetary Fund"},
	},
}

func TestWordingMeetPurpose(t *testing.T) { runWording(t, meetPurposeCases) }

// meetFixedWithCases date a meeting with a participle and name whom it is
// with after the date: "a meeting scheduled for Friday with X".
var meetFixedWithCases = []wordingCase{
	{
		name: "a meeting scheduled for a day with a club",
		text: "Norwood Rovers have a meeting scheduled for Friday with Castleford United.",
		want: []string{"MEETING/PLANNED: participant=Castleford United; participant=Norwood Rovers"},
	},
	{
		name: "talks planned for next week with a minister",
		text: "Governor Ruth Anning will have talks arranged for next week with Finance Minister Omar Saleh.",
		want: []string{"MEETING/PLANNED: participant=Omar Saleh; participant=Ruth Anning"},
	},
}

func TestWordingMeetFixedWith(t *testing.T) { runWording(t, meetFixedWithCases) }

// meetDialogueCases are "in dialogue with" another side: talks under way.
var meetDialogueCases = []wordingCase{
	{
		name: "still in dialogue with a club",
		text: "Chief executive Mark Dean said Leeds United were still in dialogue with Aston Villa.",
		want: []string{"MEETING: participant=Aston Villa; participant=Leeds United"},
	},
	{
		name: "opened a dialogue with a lender",
		text: "Kenya opened a dialogue with the World Bank on Monday.",
		want: []string{"MEETING: participant=Kenya; participant=World Bank"},
	},
	{
		name: "a national dialogue names no side",
		text: "The president called for a national dialogue on reform.",
		not:  []string{"MEETING"},
	},
}

func TestWordingMeetDialogue(t *testing.T) { runWording(t, meetDialogueCases) }

// meetReportedTalksCases report that a side is "in talks with" another
// ("confirmed X are in talks with Y"), with the clause's subject read by
// the parser as the reporting verb's object or a quoted "in talks" torn
// from its clause: the sides are the clause's, never the one reporting.
var meetReportedTalksCases = []wordingCase{
	{
		name: "confirmed a club is in talks",
		text: "Chief executive Mark Dean has confirmed Leeds United are in talks with Aston Villa.",
		want: []string{"MEETING: participant=Aston Villa; participant=Leeds United"},
		not:  []string{"Mark Dean"},
	},
	{
		name: "said a country remains in talks",
		text: "Finance Minister Omar Saleh said Kenya remains in talks with the World Bank.",
		want: []string{"MEETING: participant=Kenya; participant=World Bank"},
		not:  []string{"Omar Saleh"},
	},
	{
		name: "a quoted predicate with its subject unnamed",
		text: "Leeds United want 5m for the winger. Chief executive Mark Dean has confirmed the club are still \"in dialogue\" with Aston Villa.",
		not:  []string{"Mark Dean"},
	},
}

func TestWordingMeetReportedTalks(t *testing.T) { runWording(t, meetReportedTalksCases) }

// meetTitledListCases meet two people, the second named after a long
// capitalised title with "of" and "and" in it, which tears the name from
// the list in the parse.
var meetTitledListCases = []wordingCase{
	{
		name: "a second minister of two portfolios",
		text: "In Bogota, Foreign Minister Tan Wei Ming will meet Colombian Minister of Defence Jorge Salas and Minister of Commerce and Industry Rosa Quispe.",
		want: []string{"MEETING/PLANNED: participant=Jorge Salas; participant=Rosa Quispe; participant=Tan Wei Ming"},
	},
}

func TestWordingMeetTitledList(t *testing.T) { runWording(t, meetTitledListCases) }
