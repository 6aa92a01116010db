package extract

import "testing"

// travelCases are invented sentences in the wording of real news that put
// someone on a trip without "visit", "flew to" or "arrived in".
var travelCases = []wordingCase{
	{
		name: "leaving one place for another is a trip to the other",
		text: "Deputy Premier Ivan Petrov left Oslo on Monday for Santiago, where he will see mining officials.",
		want: []string{"VISIT: destination=Santiago; visitor=Ivan Petrov"},
		not:  []string{"destination=Oslo"},
	},
	{
		name: "one who will leave for a place will go there",
		text: "Officials said Trade Minister Ana Ferro would leave for Lima on Monday to attend a conference on copper.",
		want: []string{"VISIT/PLANNED: destination=Lima; visitor=Ana Ferro"},
	},
	{
		name: "one who has returned from a place was there, told in a relative clause",
		text: "Karin Holmgaard, who returned from Nairobi on Friday, said the talks there were going well.",
		want: []string{"VISIT: destination=Nairobi; visitor=Karin Holmgaard"},
	},
	{
		name: "returning to profit, leaving a firm: no trip",
		text: "Kestrel Corp returned to profit in 2004. Its chief Ana Ferro left the company in 2003 for a job in Lima.",
		not:  []string{"VISIT"},
	},
	{
		name: "a night spent in a place is a stay there",
		text: "Chancellor Ida Brandt spent the night in Oslo before the summit.",
		want: []string{"VISIT: destination=Oslo; visitor=Ida Brandt"},
	},
}

func TestWordingTravel(t *testing.T) { runWording(t, travelCases) }

// presenceCases are invented sentences that put someone somewhere by
// being due there, spending time there, joining another's trip or a
// trip's stages, each of which the parser or tagger is prone to misread.
var presenceCases = []wordingCase{
	{
		name: "one who is due in a place will be there",
		text: "President Rui Almada is due in Valletta on Thursday.",
		want: []string{"VISIT/PLANNED: destination=Valletta; visitor=Rui Almada"},
	},
	{
		name: "a result due in a place is no visit",
		text: "A ruling is due in Valletta on Thursday.",
		not:  []string{"VISIT"},
	},
	{
		name: "days spent in a place, with a participle after it",
		text: "Premier Oda Lunde spent a week in Tallinn visiting shipyards.",
		want: []string{"VISIT: destination=Tallinn; visitor=Oda Lunde"},
	},
	{
		name: "joining another in a visit: both go",
		text: "Chancellor Ida Brandt is to join Interior Minister Karl Weiss in a visit to Porto on Thursday.",
		want: []string{"VISIT: destination=Porto; visitor=Ida Brandt", "VISIT: destination=Porto; visitor=Karl Weiss"},
	},
	{
		name: "a second stop after a stay, on a day's evening",
		text: "Minister Oda Lunde spent three nights in Tallinn before flying on Sunday morning to Riga.",
		want: []string{"VISIT: destination=Tallinn; visitor=Oda Lunde", "VISIT/HAPPENED: destination=Riga; visitor=Oda Lunde"},
	},
	{
		name: "where a person's tour begins",
		text: "Mr Lunde's three-nation Baltic tour begins in Vilnius on Monday.",
		want: []string{"VISIT/PLANNED: destination=Vilnius; visitor=Lunde"},
	},
}

func TestWordingPresence(t *testing.T) { runWording(t, presenceCases) }

// listCases are invented sentences that list the places of a trip.
var listCases = []wordingCase{
	{
		name: "a fronted clause listing where one went: the places are destinations, not travellers",
		text: "After travelling in May to Norway, Sweden, Finland and Denmark, Trade Minister Ana Ferro plans to visit Chile and Peru in July.",
		want: []string{
			"VISIT/HAPPENED: destination=Norway; visitor=Ana Ferro", "VISIT/HAPPENED: destination=Denmark; visitor=Ana Ferro",
			"VISIT/PLANNED: destination=Chile; visitor=Ana Ferro", "VISIT/PLANNED: destination=Peru; visitor=Ana Ferro",
		},
		not: []string{"visitor=Sweden", "visitor=Finland", "visitor=Denmark", "MEETING"},
	},
	{
		name: "where one will visit, named right after the verb the parser lost it from",
		text: "Ronald Maharaz, visiting Ottawa to speak to a conference on farm trade, said prices would rise.",
		want: []string{"VISIT: destination=Ottawa; visitor=Ronald Maharaz"},
	},
	{
		name: "here is where the story is told from",
		text: "VALLETTA, March 14 - Trade Minister Ana Ferro will arrive here on Saturday for talks on fishing, officials said.",
		want: []string{"VISIT/PLANNED: destination=Valletta; visitor=Ana Ferro"},
	},
}

func TestWordingLists(t *testing.T) { runWording(t, listCases) }

// companyCases are invented sentences that send a companion along, or
// tell a trip as under way where the story is told from.
var companyCases = []wordingCase{
	{
		name: "one accompanied by another: both travel",
		text: "Finance Minister Ana Ferro, accompanied by her deputy Rui Costa, flew to Valletta on Monday.",
		want: []string{"VISIT: destination=Valletta; visitor=Ana Ferro", "VISIT: destination=Valletta; visitor=Rui Costa"},
	},
	{
		name: "on the first leg of a tour, told from the dateline's place: there that day",
		text: "VALLETTA, April 12 - Chilean Trade Minister Ana Ferro is on the first leg of a ten-day tour to promote the country's wine.",
		want: []string{"VISIT/HAPPENED: destination=Valletta; visitor=Ana Ferro"},
	},
	{
		name: "said at the end of a visit: the visit has been",
		text: "Trade Minister Ana Ferro told reporters at the end of a three-day visit to Valletta that talks had gone well.",
		want: []string{"VISIT/HAPPENED: destination=Valletta; visitor=Ana Ferro"},
	},
	{
		name: "a planned meeting abroad takes the foreign side there; the host stays home",
		text: "Brazil's Finance Minister Ana Ferro will meet German Chancellor Ida Brandt in Berlin on Friday.",
		want: []string{"VISIT/PLANNED: destination=Berlin; visitor=Ana Ferro"},
		not:  []string{"visitor=Ida Brandt"},
	},
	{
		name: "one of another country telling reporters in a city was there",
		text: "Last week, Argentine Economy Minister Rosa Alves told the French media in Paris that tariffs would rise.",
		want: []string{"VISIT/HAPPENED: destination=Paris; visitor=Rosa Alves"},
	},
	{
		name: "speaking at home is no visit",
		text: "Speaking in Buenos Aires, Argentine Planning Minister Tito Prado denied it.",
		not:  []string{"VISIT"},
	},
	{
		name: "arriving at a court is a hearing, not a visit",
		text: "As he arrived at Spain's High Court on Wednesday, banker Emilio Vargas greeted the waiting media.",
		not:  []string{"VISIT"},
	},
	{
		name: "the following day: a day after the day told before",
		text: "Premier Edgar Holm met Jon Varga in Oslo on Monday. The following day, Holm flew to Bergen.",
		want: []string{"VISIT/HAPPENED: destination=Bergen; visitor=Edgar Holm"},
	},
}

func TestWordingCompany(t *testing.T) { runWording(t, companyCases) }

// hereCases are invented sentences that put people where the story is
// told from, or in a place the parser lost their clause for.
var hereCases = []wordingCase{
	{
		name: "a list of people who will be here, in a story set in one town",
		text: "The fair opens in Davos on Wednesday. Davos is packed. Davos hotels are full. Two heads of government, Chancellor Ida Brandt and President Jon Varga, will be here as well.",
		want: []string{"VISIT/PLANNED: destination=Davos; visitor=Ida Brandt", "VISIT/PLANNED: destination=Davos; visitor=Jon Varga"},
	},
	{
		name: "glad to be here, said by no one named there, is no visit",
		text: "Jon Varga said: \"We are glad to be here.\"",
		not:  []string{"VISIT"},
	},
	{
		name: "a counterpart in apposition who should be in a city",
		text: "Rui Costa said the Chilean fisheries chief, Tito Prado, should be in Lima next month.",
		want: []string{"VISIT/PLANNED: destination=Lima; visitor=Tito Prado"},
	},
	{
		name: "due to attend the meeting another sentence places in a city",
		text: "Health ministers will meet in Oslo on Friday. Swedish Health Minister Ann Reyes and WHO chief Kaspar Dorn are due to attend the meeting.",
		want: []string{"VISIT/PLANNED: destination=Oslo; visitor=Ann Reyes", "VISIT/PLANNED: destination=Oslo; visitor=Kaspar Dorn"},
	},
	{
		name: "attending at home is no visit",
		text: "Health ministers will meet in Oslo on Friday. Norwegian Prime Minister Tom Hale will attend the meeting.",
		not:  []string{"VISIT"},
	},
	{
		name: "named after the verb: also set to attend are A and B",
		text: "Health ministers will meet in Oslo on Friday. Also set to attend are Swedish Health Minister Ann Reyes and Kaspar Dorn.",
		want: []string{"VISIT/PLANNED: destination=Oslo; visitor=Ann Reyes", "VISIT/PLANNED: destination=Oslo; visitor=Kaspar Dorn"},
	},
	{
		name: "attending after the verb at home is no visit",
		text: "Health ministers will meet in Oslo on Friday. Also attending will be Norwegian Prime Minister Tom Hale.",
		not:  []string{"VISIT"},
	},
	{
		name: "born in a city is no visit",
		text: "Tito Prado was born in Lima.",
		not:  []string{"VISIT"},
	},
}

func TestWordingHere(t *testing.T) { runWording(t, hereCases) }
