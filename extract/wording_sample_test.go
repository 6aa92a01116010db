package extract

import "testing"

// sampleCases are invented sentences in the wording of the constructions
// that a broad sample of unseen wire and web news showed the frames
// missing: a body that meets on its own, named by itself, a pronoun or
// its member countries; an aside between commas on the subject's trip or
// talks; a name before a bare time word; an accord noun joined to a
// modifier; "a visit to X by Y"; a nationality on a government's
// officials; two names whose event verb the tagger or parser lost; a
// month read as a second subject; a sentence ending on "U.S."; "X'
// talks"; a body named after its description; "Y, whom he met";
// "visits that country".
var sampleCases = []wordingCase{
	{
		name: "a council named alone meets in a city",
		text: "The Nordic Timber Council will meet in Tromso next week to review export quotas.",
		want: []string{"MEETING/PLANNED: participant=Nordic Timber Council"},
	},
	{
		name: "a body's member countries will meet",
		text: "The Group of Nine countries will meet at Saltsjobaden in Sweden.",
		want: []string{"MEETING/PLANNED: participant=Group of Nine"},
	},
	{
		name: "a body that meets, told by a pronoun in a when clause",
		text: "The Baltic Grain Association is to study the levy when it meets in June.",
		want: []string{"MEETING/PLANNED: participant=Baltic Grain Association"},
	},
	{
		name: "a firm whose name ends in Group meets no one by itself",
		text: "Harrow Group met on Friday.",
		not:  []string{"MEETING"},
	},
	{
		name: "an aside on the subject's trip between commas",
		text: "Trade Minister Ilse Varga, during a short visit to Tallinn, told reporters the tariff would go.",
		want: []string{"VISIT: destination=Tallinn; visitor=Ilse Varga"},
	},
	{
		name: "an aside puts the subject in a city for talks with someone",
		text: "Trade Minister Ilse Varga, in Tallinn for talks with Premier Jaan Saar, said the tariff would go.",
		want: []string{"MEETING: participant=Ilse Varga; participant=Jaan Saar"},
	},
	{
		name: "an aside with a participle and talks after it",
		text: "Trade Minister Ilse Varga, briefing reporters after a meeting with Premier Jaan Saar, said the tariff would go.",
		want: []string{"MEETING/HAPPENED: participant=Ilse Varga; participant=Jaan Saar"},
	},
	{
		name: "remarks on some day of a trip, set between commas",
		text: "Trade Minister Ilse Varga, in an address on the third day of a state visit to Estonia, said the tariff would go.",
		want: []string{"VISIT: destination=Estonia; visitor=Ilse Varga"},
	},
	{
		name: "talks with a name right before tomorrow",
		text: "Governor Ilse Varga arrived on Saturday and will have talks with Premier Jaan Saar tomorrow.",
		want: []string{"MEETING/PLANNED: participant=Ilse Varga; participant=Jaan Saar"},
	},
	{
		name: "an accord with two modifiers joined by and, then a bracketed short name",
		text: "Norway and Estonia signed a ten-year defence and economic agreement (DEA) that will channel aid to border regions.",
		want: []string{"AGREEMENT/HAPPENED: party=Estonia; party=Norway"},
	},
	{
		name: "a visit to a city by a named person",
		text: "The deal could come during a visit to Oslo by Premier Ivo Kask.",
		want: []string{"VISIT: destination=Oslo; visitor=Ivo Kask"},
	},
	{
		name: "officials of a government named by its nationality",
		text: "Farm Minister Ivo Kask opens talks with Japanese government officials today.",
		want: []string{"MEETING/PLANNED: participant=Ivo Kask; participant=Japan"},
	},
	{
		name: "two named people meet tomorrow, the verb read as a noun",
		text: "President Ivo Kask and Premier Jaan Saar meet tomorrow in Riga.",
		want: []string{"MEETING/PLANNED: participant=Ivo Kask; participant=Jaan Saar"},
	},
	{
		name: "two countries meet on a day",
		text: "Sweden and Denmark meet on Friday in Riga to settle the quarrel.",
		want: []string{"MEETING/PLANNED: participant=Denmark; participant=Sweden"},
	},
	{
		name: "two nationalities' officials meet tomorrow, the time word read as the root",
		text: "Swiss and Austrian officials meet tomorrow to try to settle a dispute over transit fees.",
		want: []string{"MEETING/PLANNED: participant=Austria; participant=Switzerland"},
	},
	{
		name: "a visit in a when clause after a month the parser made a subject",
		text: "Mayor Ilse Varga spotted the dangers inherent in such views last November when she visited the Nordic Council.",
		want: []string{"MEETING/HAPPENED: participant=Ilse Varga; participant=Nordic Council"},
	},
	{
		name: "a sentence ends on an abbreviation before The",
		text: "The loan was agreed when President Ivo Kask visited the U.S. The bank said the terms were generous.",
		want: []string{"VISIT/HAPPENED: destination=United States; visitor=Ivo Kask"},
	},
	{
		name: "a name's possessive written as a bare apostrophe",
		text: "A decision could emerge from Secretary of State Hans Fritz' Moscow talks with Foreign Minister Ivo Kask.",
		want: []string{"MEETING: participant=Hans Fritz; participant=Ivo Kask"},
	},
	{
		name: "a body named after the words that describe it",
		text: "European stock market Norbourse has met with the Baltic Stock Exchange amid speculation that it may launch a bid.",
		want: []string{"MEETING/HAPPENED: participant=Baltic Stock Exchange; participant=Norbourse"},
	},
	{
		name: "whom a pronoun met, in a relative clause",
		text: "Treasury Secretary Ivo Kask praised Finance Minister Jaan Saar, whom he met in Riga on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Ivo Kask; participant=Jaan Saar"},
	},
	{
		name: "visiting that country, the one named before",
		text: "Farm Secretary Ivo Kask said he will ask Latvia to open its grain market when he visits that country next month.",
		want: []string{"VISIT/PLANNED: destination=Latvia; visitor=Ivo Kask"},
	},
}

func TestWordingSample(t *testing.T) { runWording(t, sampleCases) }
