package extract

import "testing"

// meetListCases tell a meeting of three or more sides in one list: a
// plural office before its holders' names, or a summit "of" a list of
// countries. One joint meeting holds every side.
var meetListCases = []wordingCase{
	{
		name: "a plural office before a list of three names holds all three",
		text: "SALZBURG, May 6 - Presidents Orsolya Vanek, Teodor Brask and Lina Okafor met in Salzburg on Tuesday to talk about river traffic.",
		want: []string{"MEETING: participant=Lina Okafor; participant=Orsolya Vanek; participant=Teodor Brask"},
	},
	{
		name: "a lower-case plural office before two names",
		text: "Finance ministers Orsolya Vanek and Teodor Brask will meet in Graz next week about the shared budget.",
		want: []string{"MEETING: participant=Orsolya Vanek; participant=Teodor Brask"},
	},
	{
		name: "a summit of three countries named in a list is theirs, the middle one too",
		text: "SALZBURG, May 6 - A three-way summit of Austria, Hungary and Slovakia is to take place in Salzburg in June, diplomats said.",
		want: []string{"MEETING: participant=Austria; participant=Hungary; participant=Slovakia"},
	},
}

func TestWordingMeetLists(t *testing.T) { runWording(t, meetListCases) }

// meetThereCases tell a meeting by one's being, or coming, somewhere for
// it: "is due in X for talks with Y", "was in X for talks with Y", "flew
// to X to brief Y". The one who is there meets the one named.
var meetThereCases = []wordingCase{
	{
		name: "due in a city for talks with someone",
		text: "OSLO, May 6 - Latvian Trade Minister Ilze Berzina is due in Oslo on Thursday for talks with Norwegian Fisheries Minister Harald Voll.",
		want: []string{"MEETING/PLANNED: participant=Harald Voll; participant=Ilze Berzina"},
	},
	{
		name: "expected in a city for talks with someone",
		text: "OSLO, May 6 - Latvian Trade Minister Ilze Berzina is expected in Oslo on Friday for talks with Harald Voll about salmon quotas.",
		want: []string{"MEETING/PLANNED: participant=Harald Voll; participant=Ilze Berzina"},
	},
	{
		name: "was in a city for talks with someone",
		text: "Trade Minister Ilze Berzina was in Oslo on Tuesday for talks with Harald Voll, the head of the salmon board.",
		want: []string{"MEETING/HAPPENED: participant=Harald Voll; participant=Ilze Berzina"},
	},
	{
		name: "asked for talks is no meeting of the one asked",
		text: "Trade Minister Ilze Berzina was asked for talks with Harald Voll on Tuesday.",
		not:  []string{"Ilze Berzina"},
	},
	{
		name: "flew to a city to brief someone",
		text: "OSLO, May 6 - Finance Minister Ilze Berzina flew to Bergen on Tuesday to brief Governor Harald Voll on the budget cuts.",
		want: []string{"MEETING/HAPPENED: participant=Harald Voll; participant=Ilze Berzina"},
	},
	{
		name: "was in a city to brief a body",
		text: "Finance Minister Ilze Berzina was in Geneva to brief the Tarvel Fund board on the loan terms.",
		want: []string{"MEETING/HAPPENED: participant=Ilze Berzina; participant=Tarvel Fund"},
	},
	{
		name: "briefing told alone is no meeting",
		text: "Finance Minister Ilze Berzina briefed Governor Harald Voll on the budget cuts on Tuesday.",
		not:  []string{"Ilze Berzina"},
	},
}

func TestWordingMeetThere(t *testing.T) { runWording(t, meetThereCases) }

// meetFirmCases tell talks of firms and of an industry told by its
// country ("Japanese steel mills"), and talks agreed after a failure.
var meetFirmCases = []wordingCase{
	{
		name: "rounds of talks between two people that the parser reads as a clause",
		text: "OTTAWA, June 9 - Three rounds of talks between Chancellor Alan Brewer and Premier Kenji Oda will be held in Ottawa in July.",
		want: []string{"MEETING/PLANNED: participant=Alan Brewer; participant=Kenji Oda"},
	},
	{
		name: "an industry named by its country stands for the country",
		text: "TOKYO, June 9 - Harlow Coal Ltd opened price talks with Japanese steel mills on Tuesday, industry sources said.",
		want: []string{"MEETING: participant=Harlow Coal Ltd; participant=Japan"},
	},
	{
		name: "failing to agree does not deny the talks agreed after a but",
		text: "TOKYO, June 9 - Harlow Coal Ltd and Marun Steel did not settle the ore price but agreed to hold a further round of talks in August.",
		want: []string{"MEETING/PLANNED: participant=Harlow Coal Ltd; participant=Marun Steel"},
	},
	{
		name: "a negated verb still denies the talks joined to it by and",
		text: "TOKYO, June 9 - Harlow Coal Ltd and Marun Steel did not settle the ore price and agree to hold more talks.",
		not:  []string{"MEETING"},
	},
}

func TestWordingMeetFirms(t *testing.T) { runWording(t, meetFirmCases) }

// meetChairCases tell a body's session by who chaired it: the body (or
// the body an organ of it sits for) meets its chair.
var meetChairCases = []wordingCase{
	{
		name: "a council sat under the chairmanship of a named person, the agency telling it after",
		text: "MUSCAT, May 6 - The Federal Council met in special session on Monday under the chairmanship of President Sheikh Rashid bin Hamad, the agency ANA said.",
		want: []string{"MEETING: participant=Federal Council; participant=Rashid bin Hamad"},
		not:  []string{"ANA"},
	},
	{
		name: "the general assembly of a firm sat under a minister's chairmanship, the name set off after the title",
		text: "MUSCAT, May 6 - The annual general assembly of Red Sea Shipping Company met in Muscat on Sunday under the chairmanship of Qatar's Trade and National Economy Minister, Salim al-Harthy.",
		want: []string{"MEETING: participant=Red Sea Shipping Company; participant=Salim al-Harthy"},
	},
}

func TestWordingMeetChairs(t *testing.T) { runWording(t, meetChairCases) }

// meetMealCases tell a meal or reception given for a guest: the host
// meets the guest.
var meetMealCases = []wordingCase{
	{
		name: "gave a reception for a guest",
		text: "BERN, May 6 - Mayor Luis Moreno gave a civic reception for Chancellor Anna Frey on Monday.",
		want: []string{"MEETING: participant=Anna Frey; participant=Luis Moreno"},
	},
	{
		name: "held a dinner in honour of a guest",
		text: "BERN, May 6 - President Luis Moreno held a dinner in honour of Chancellor Anna Frey on Monday.",
		want: []string{"MEETING: participant=Anna Frey; participant=Luis Moreno"},
	},
	{
		name: "a reception hosted by one for another",
		text: "BERN, May 6 - A civic reception hosted by Mayor Luis Moreno for Chancellor Anna Frey was held on Monday.",
		want: []string{"MEETING: participant=Anna Frey; participant=Luis Moreno"},
	},
	{
		name: "the guest speaking at a civic reception given for her by the host",
		text: "BERN, May 6 - Chancellor Anna Frey, speaking at a civic reception held for her by President Luis Moreno at the city hall, praised the trade ties.",
		want: []string{"MEETING: participant=Anna Frey; participant=Luis Moreno"},
	},
	{
		name: "a dinner for a crowd with no guest named is no meeting",
		text: "BERN, May 6 - President Luis Moreno held a dinner for 200 guests on Monday.",
		not:  []string{"MEETING"},
	},
}

func TestWordingMeetMeals(t *testing.T) { runWording(t, meetMealCases) }

// meetModernCases tell meetings in the wording of modern outlets: a
// firm styled by its trade ("budget carrier X", "shipping group Y"), a
// trilateral one joined, a body's people "from" it, a working lunch
// "between", "a bilateral", a firm's "leadership", a minister styled by
// two portfolios before the name.
var meetModernCases = []wordingCase{
	{
		name: "talks with a firm styled as a carrier",
		text: "SINGAPORE, May 6 - Orvel chief executive Marc Dupuis is due in Manila on Friday for talks with Philippine budget carrier Sulu Air.",
		want: []string{"MEETING: participant=Marc Dupuis; participant=Sulu Air"},
	},
	{
		name: "talks with a firm styled by a trade's gerund",
		text: "LONDON, May 6 - Trade envoy Fiona Marsh is heading to Doha on Monday for talks with Qatari shipping group Qasim Lines.",
		want: []string{"MEETING: participant=Fiona Marsh; participant=Qasim Lines"},
	},
	{
		name: "joined two others for a trilateral meeting",
		text: "WASHINGTON, May 6 - Secretary Alan Brewer joined Minister Ravi Menon and Korean Foreign Minister Kim Sung-ho for a trilateral meeting on Tuesday.",
		want: []string{"MEETING: participant=Alan Brewer; participant=Kim Sung-ho; participant=Ravi Menon"},
	},
	{
		name: "met company chiefs from a named body",
		text: "TOKYO, May 6 - On Thursday President Budi Harjono met company chiefs from the Korea Trade Association.",
		want: []string{"MEETING: participant=Budi Harjono; participant=Korea Trade Association"},
	},
	{
		name: "a working dinner between a body's ministers and a styled person",
		text: "BRUSSELS, May 6 - A working dinner between NATO ministers and UN chief Ana Castro was put off until March.",
		want: []string{"MEETING: participant=Ana Castro; participant=NATO"},
	},
	{
		name: "a person styled by a body after the and of a between-phrase the parser split",
		text: "BRUSSELS, May 6 - A working dinner between NATO leaders and UN chief Ana Castro has been postponed until March.",
		want: []string{"MEETING: participant=Ana Castro; participant=NATO"},
		not:  []string{"United Nations"},
	},
	{
		name: "held a bilateral with someone",
		text: "Prime Minister Sean Doyle held a bilateral with Danish prime minister Lars Holm at the summit in Riga.",
		want: []string{"MEETING: participant=Lars Holm; participant=Sean Doyle"},
	},
	{
		name: "meeting a firm's leadership",
		text: "TOKYO, May 6 - Trade envoy Ravi Menon will also meet the leadership of Hanbit Corporation.",
		want: []string{"MEETING: participant=Hanbit Corporation; participant=Ravi Menon"},
	},
	{
		name: "a call on a minister styled by two portfolios before the name",
		text: "TOKYO, May 6 - Trade envoy Ravi Menon flew to Seoul on Sunday. In Seoul, Menon will call on Korea's minister of trade and energy, Kim Sung-ho, on Monday.",
		want: []string{"MEETING: participant=Kim Sung-ho; participant=Ravi Menon"},
	},
}

func TestWordingMeetModern(t *testing.T) { runWording(t, meetModernCases) }

// meetAnaphorCases name a side by an office after "and" that the parser
// hung apart, or a group counted back ("the three leaders").
var meetAnaphorCases = []wordingCase{
	{
		name: "a planned meeting with a country's envoy named after his office",
		text: "PARIS, May 6 - A planned meeting between President Jules Marchand and Sweden's special envoy for the Balkans, Lars Ekdahl, was called off on Monday.",
		want: []string{"MEETING/CANCELLED: participant=Jules Marchand; participant=Lars Ekdahl"},
	},
	{
		name: "the three leaders are the three who met",
		text: "PARIS, May 6 - Jules Marchand, Helen Marsh and Andrej Kolvek met in Paris on Monday. The three leaders will meet again in Rome in May.",
		want: []string{"MEETING/PLANNED: participant=Andrej Kolvek; participant=Helen Marsh; participant=Jules Marchand"},
	},
}

func TestWordingMeetAnaphors(t *testing.T) { runWording(t, meetAnaphorCases) }

// meetNamingCases: two firms' names joined by "and", and a country's
// mediators.
var meetNamingCases = []wordingCase{
	{
		name: "two firms' names of two words each joined by and are two firms",
		text: "LONDON, May 6 - Talks between Orvane Chemicals and Delmark Industries have made progress, a banker said.",
		want: []string{"MEETING: participant=Delmark Industries; participant=Orvane Chemicals"},
	},
	{
		name: "one firm's name joining two trades stays one",
		text: "MANILA, May 6 - Sulu Electronics and Engineering Corp held talks with Harlow Coal Ltd on Monday.",
		want: []string{"MEETING: participant=Harlow Coal Ltd; participant=Sulu Electronics and Engineering Corp"},
	},
	{
		name: "a country's mediators stand for the country",
		text: "NAIROBI, May 6 - Rebel envoy Jean Mbala flew to Nairobi on Sunday and will see the Kenyan mediators on Thursday.",
		want: []string{"MEETING/PLANNED: participant=Jean Mbala; participant=Kenya"},
	},
}

func TestWordingMeetNaming(t *testing.T) { runWording(t, meetNamingCases) }

// meetStyledCases: a minister styled by a list of portfolios before the
// name, and a firm told again by its seat at the head of a sentence.
var meetStyledCases = []wordingCase{
	{
		name: "a call on a minister of three portfolios named after a comma",
		text: "TOKYO, May 6 - Trade envoy Ravi Menon flew to Seoul on Sunday. There Menon is to call on Korea's minister of land, transport and tourism, Kim Sung-ho, on Monday.",
		want: []string{"MEETING: participant=Kim Sung-ho; participant=Ravi Menon"},
		not:  []string{"participant=Korea"},
	},
	{
		name: "the firm told by its seat opening the sentence is the one named before",
		text: "TOKYO, May 6 - Hoshino Motors Corp. said it wants to buy Veltra Inc. The Nagoya-based company has held early talks with Veltra's board, a source said.",
		want: []string{"MEETING: participant=Hoshino Motors Corp.; participant=Veltra Inc."},
	},
}

func TestWordingMeetStyled(t *testing.T) { runWording(t, meetStyledCases) }

// meetHostedCases: one told another something at a meal a third hosted;
// all three were there.
var meetHostedCases = []wordingCase{
	{
		name: "told someone at a lunch hosted by a third, the participle read as a clause",
		text: "LONDON, May 6 - Premier Lena Harwood told Tom Reddy at a lunch hosted by Ann Voss last week that she would quit.",
		want: []string{"MEETING: participant=Ann Voss; participant=Lena Harwood; participant=Tom Reddy"},
	},
	{
		name: "told an office holder named before at a lunch hosted by a third, the lunch read as the subject",
		text: "LONDON, May 6 - Premier Lena Harwood and Chancellor Tom Reddy have long been rivals, a new memoir says. It claims that Ms Harwood told the chancellor, Tom Reddy, at a lunch hosted by deputy premier Ann Voss in May 2003 that she would quit.",
		want: []string{"MEETING: participant=Ann Voss; participant=Lena Harwood; participant=Tom Reddy"},
	},
	{
		name: "told an office holder the story does not name at a lunch: no meeting of the teller and the host alone",
		text: "LONDON, May 6 - Premier Lena Harwood told the treasurer at a lunch hosted by deputy premier Ann Voss in May 2003 that she would quit.",
		not:  []string{"MEETING"},
	},
	{
		name: "one speaking at a meeting of a body's ministers, the past tense read as a participle",
		text: "MADRID, May 6 - Portuguese farm minister Rui Calado, speaking at a meeting of EC agriculture ministers, called for new quotas, diplomats said.",
		want: []string{"MEETING/HAPPENED: participant=European Community; participant=Rui Calado"},
	},
}

func TestWordingMeetHosted(t *testing.T) { runWording(t, meetHostedCases) }
