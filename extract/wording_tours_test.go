package extract

import "testing"

// tourCases are invented sentences that send a traveller to several
// places at once or tell a stay without "visited": a tour's legs listed in
// a clause on it, stops listed apart from their traveller, "heads for",
// "visiting" as an adjective, being at a gathering, a body's delegation.
var tourCases = []wordingCase{
	{
		name: "the legs of a tour a clause on it lists, and the stop it has reached",
		text: "Norwegian Trade Minister Oskar Lind reached Madrid on Friday. Madrid is the final stop of a tour that has taken Lind to Lisbon, Rome and Athens.",
		want: []string{"VISIT/HAPPENED: destination=Lisbon; visitor=Oskar Lind", "VISIT/HAPPENED: destination=Rome; visitor=Oskar Lind",
			"VISIT/HAPPENED: destination=Athens; visitor=Oskar Lind", "VISIT: destination=Madrid; visitor=Oskar Lind"},
	},
	{
		name: "a stop with no traveller anywhere in the story visits nothing",
		text: "Madrid is the final stop of the relay, organisers said.",
		not:  []string{"VISIT"},
	},
	{
		name: "stops listed as a subject belong to the story's one traveller",
		text: "Labour leader Tom Hale is touring Wales on Monday to win votes.\n\nHe told voters taxes would fall.\n\nStops in Lisbon, Madrid and Seville are planned later in the week.",
		want: []string{"VISIT/PLANNED: destination=Lisbon; visitor=Tom Hale", "VISIT/PLANNED: destination=Seville; visitor=Tom Hale"},
	},
	{
		name: "stops listed as a subject with two travellers in the story belong to neither",
		text: "Labour leader Tom Hale is touring Wales on Monday. Green leader Ana Lindqvist is touring Scotland on Monday.\n\nStops in Lisbon, Madrid and Seville are planned later in the week.",
		not:  []string{"destination=Lisbon"},
	},
	{
		name: "stops told inside a stay are the one staying's",
		text: "Norwegian Trade Minister Oskar Lind is in Tokyo after stops in Manila and Seoul on an Asian tour.",
		want: []string{"VISIT/HAPPENED: destination=Manila; visitor=Oskar Lind", "VISIT/HAPPENED: destination=Seoul; visitor=Oskar Lind"},
	},
	{
		name: "heads for a place",
		text: "Norwegian Trade Minister Oskar Lind heads for Brussels next week to argue for lower tariffs.",
		want: []string{"VISIT/PLANNED: destination=Brussels; visitor=Oskar Lind"},
	},
	{
		name: "heads of state are no verb",
		text: "The heads of state arrived in Brussels on Monday.",
		not:  []string{"VISIT"},
	},
	{
		name: "two people set off in a place as part of a tour",
		text: "Senator Dana Holt and Senator Rui Campos, in Oman as part of a Gulf tour, said at a news conference that the fleet would stay.",
		want: []string{"VISIT/HAPPENED: destination=Oman; visitor=Dana Holt", "VISIT/HAPPENED: destination=Oman; visitor=Rui Campos"},
	},
	{
		name: "a visiting office holder is on a visit to the dateline's place",
		text: "NAIROBI, May 4 - Visiting Danish Trade Minister Eva Moller told a news conference that the tariff would go.",
		want: []string{"VISIT/HAPPENED: destination=Nairobi; visitor=Eva Moller"},
	},
	{
		name: "a visiting office holder set off by commas",
		text: "NAIROBI, May 4 - The visiting Danish premier, Eva Moller, said trade would grow.",
		want: []string{"VISIT/HAPPENED: destination=Nairobi; visitor=Eva Moller"},
	},
	{
		name: "one visiting a place of their own country's is at home",
		text: "NAIROBI, May 4 - Visiting Kenyan Trade Minister Tavi Mwangi told a news conference that the tariff would go.",
		not:  []string{"VISIT"},
	},
	{
		name: "being at a summit in a city",
		text: "Danish Premier Eva Moller is at a summit in Nairobi with African leaders.",
		want: []string{"VISIT/HAPPENED: destination=Nairobi; visitor=Eva Moller"},
	},
	{
		name: "one at a summit in their own capital is at home",
		text: "Kenyan President Tavi Mwangi is at a summit in Nairobi with African leaders.",
		not:  []string{"VISIT"},
	},
	{
		name: "a delegation from a body is in a city",
		text: "A delegation from the World Bank is in Kampala to review the loan.",
		want: []string{"VISIT: destination=Kampala; visitor=World Bank"},
	},
	{
		name: "every place of an \"in A and B\" on a common-noun object",
		text: "Green leader Tom Hale is touring key constituencies in Dorset and Wiltshire this week.",
		want: []string{"VISIT: destination=Dorset; visitor=Tom Hale", "VISIT: destination=Wiltshire; visitor=Tom Hale"},
	},
	{
		name: "places added to a visit's object by \"as well as\" and \"such as\"",
		text: "Labour leader Tom Hale will visit Cardiff in Wales, as well as Bristol. Green leader Ana Lindqvist will visit cities such as Lyon and Geneva.",
		want: []string{"VISIT/PLANNED: destination=Bristol; visitor=Tom Hale", "VISIT/PLANNED: destination=Lyon; visitor=Ana Lindqvist",
			"VISIT/PLANNED: destination=Geneva; visitor=Ana Lindqvist"},
	},
	{
		name: "a departure for a place is a trip there",
		text: "Danish Trade Minister Eva Moller spoke to reporters before her departure for Lisbon on Monday.",
		want: []string{"VISIT: destination=Lisbon; visitor=Eva Moller"},
	},
	{
		name: "a departure for a firm is no trip",
		text: "The chief executive's departure for a rival firm shocked investors.",
		not:  []string{"VISIT"},
	},
	{
		name: "returning from a holiday in a place: one was there",
		text: "Danish Premier Eva Moller spoke for the first time since returning from her holiday in Kenya.",
		want: []string{"VISIT/HAPPENED: destination=Kenya; visitor=Eva Moller"},
	},
	{
		name: "a return to a place for talks, or abroad, is a trip there; home is not",
		text: "Danish Trade Minister Eva Moller will return to Vienna for detailed talks on the treaty. Danish Farm Minister Lars Dahl returned to Copenhagen on Monday.",
		want: []string{"VISIT/PLANNED: destination=Vienna; visitor=Eva Moller"},
		not:  []string{"destination=Copenhagen"},
	},
	{
		name: "a journey under way goes where it is bound",
		text: "Danish Trade Minister Eva Moller is now on her way to Tokyo. Danish Farm Minister Lars Dahl, en route to Seoul, said prices would rise. Chilean Mines Minister Lio Marrow is bound for Lima.",
		want: []string{"VISIT/PLANNED: destination=Tokyo; visitor=Eva Moller", "VISIT/PLANNED: destination=Seoul; visitor=Lars Dahl",
			"VISIT/PLANNED: destination=Lima; visitor=Lio Marrow"},
	},
	{
		name: "setting off for a place",
		text: "Danish Trade Minister Eva Moller set off for Tokyo on Sunday.",
		want: []string{"VISIT/HAPPENED: destination=Tokyo; visitor=Eva Moller"},
	},
	{
		name: "a way that is no journey, and a way home",
		text: "Danish Trade Minister Eva Moller said the way to Tokyo was long. Danish Farm Minister Lars Dahl is on his way back to Copenhagen.",
		not:  []string{"VISIT"},
	},
	{
		name: "an arrival told in a clause on the place it ends at",
		text: "Danish Trade Minister Eva Moller praised Tokyo, where she arrived on Sunday.",
		want: []string{"VISIT/HAPPENED: destination=Tokyo; visitor=Eva Moller"},
	},
	{
		name: "a stay told in the present has happened, unless a later day is named",
		text: "Danish Trade Minister Eva Moller is in Tokyo for a meeting of Asian bankers. Danish Farm Minister Lars Dahl is in Seoul next week for a fair.",
		want: []string{"VISIT/HAPPENED: destination=Tokyo; visitor=Eva Moller", "VISIT/PLANNED: destination=Seoul; visitor=Lars Dahl"},
	},
	{
		name: "a stop on a journey, and where the journey goes",
		text: "Danish Trade Minister Eva Moller stopped in London on her way to Tokyo. Danish Farm Minister Lars Dahl will stop over in Dubai next week.",
		want: []string{"VISIT/HAPPENED: destination=London; visitor=Eva Moller", "VISIT/PLANNED: destination=Tokyo; visitor=Eva Moller",
			"VISIT/PLANNED: destination=Dubai; visitor=Lars Dahl"},
	},
	{
		name: "what stops is no traveller, nor one at home",
		text: "Trading stopped in London on Monday. Danish Trade Minister Eva Moller stopped in Copenhagen on Monday.",
		not:  []string{"VISIT"},
	},
	{
		name: "one due here is expected where the story is told from",
		text: "LONDON, May 4 - Danish Trade Minister Eva Moller is due here on Sunday for talks on fishing.",
		want: []string{"VISIT/PLANNED: destination=London; visitor=Eva Moller"},
	},
	{
		name: "one of another country speaking somewhere, set off after the name",
		text: "Danish Premier Eva Moller, speaking in Nairobi, said trade would grow. Kenyan President Tavi Mwangi, speaking in Nairobi, said it would not.",
		want: []string{"VISIT/HAPPENED: destination=Nairobi; visitor=Eva Moller"},
		not:  []string{"visitor=Tavi Mwangi"},
	},
	{
		name: "leaving for a gathering is a trip to where it is held",
		text: "Fisheries ministers will meet in Vienna next week. Danish Trade Minister Eva Moller left for the talks on Sunday. Danish Farm Minister Lars Dahl left for the summit in Riga on Monday.",
		want: []string{"VISIT: destination=Vienna; visitor=Eva Moller", "VISIT: destination=Riga; visitor=Lars Dahl"},
	},
	{
		name: "leaving for a gathering the story has not placed goes nowhere known",
		text: "Danish Trade Minister Eva Moller left for a summit on Sunday.",
		not:  []string{"VISIT"},
	},
}

func TestWordingTours(t *testing.T) { runWording(t, tourCases) }
