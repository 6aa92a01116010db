package extract

import "testing"

// partsCases are invented sentences in the wording of real news where the
// event was found but with the wrong people in it, or without some of
// them: who took part is read from how the story names them.
var partsCases = []wordingCase{
	{
		name: "two people each of a country, then they and here",
		text: "Foreign Minister Odile Varenne of Gabon and Premier Kofi Asante of Ghana landed in Lome on Monday.\n\nThey will hold talks here on Tuesday about the fishing zone.",
		want: []string{
			"VISIT: destination=Lome; visitor=Odile Varenne",
			"VISIT: destination=Lome; visitor=Kofi Asante",
			"MEETING/PLANNED: participant=Kofi Asante; participant=Odile Varenne",
		},
		not: []string{"participant=Gabon", "visitor=Gabon"},
	},
	{
		name: "a possessor before a titled name owns it, the named one travels",
		text: "Senator Ruth Okafor's spokesman Dele Bamidele said on a trip to Accra that the bill would pass.",
		want: []string{"VISIT/HAPPENED: destination=Accra; visitor=Dele Bamidele"},
		not:  []string{"visitor=Ruth Okafor"},
	},
	{
		name: "an opening participle with the trip, then the speaker's country is no stop",
		text: "Speaking during a visit to Dakar, Mali's trade minister Idrissa Kone said cotton prices would recover.",
		want: []string{"VISIT/HAPPENED: destination=Dakar; visitor=Idrissa Kone"},
		not:  []string{"destination=Mali"},
	},
	{
		name: "a trip set off by commas after the traveller's name",
		text: "Governor Thandi Mokoena, on a two-day trip to Durban last week, opened a new clinic.",
		want: []string{"VISIT/HAPPENED: destination=Durban; visitor=Thandi Mokoena"},
	},
	{
		name: "a companion on the trip travels too, to where the main clause is set",
		text: "Premier Odile Varenne planted a tree at a clinic in Durban on Friday while on a tour with Health Secretary Kofi Asante.",
		want: []string{
			"VISIT/HAPPENED: destination=Durban; visitor=Odile Varenne",
			"VISIT/HAPPENED: destination=Durban; visitor=Kofi Asante",
		},
		not: []string{"destination=Kofi Asante"},
	},
	{
		name: "the leader of a group set off by commas goes with it",
		text: "A farm delegation, headed by Agriculture Minister Tavi Korhonen, will travel to Lima on May 4 to discuss grain quotas.",
		want: []string{"VISIT/PLANNED: destination=Lima; visitor=Tavi Korhonen"},
	},
	{
		name: "who invites someone for talks meets them",
		text: "Chancellor Ilse Marrow has invited Sweden's finance minister Per Lindgren to Oslo for talks in June.",
		want: []string{"MEETING/PLANNED: participant=Ilse Marrow; participant=Per Lindgren"},
	},
	{
		name: "an object pronoun is not the subject of its own clause",
		text: "Chancellor Ilse Marrow of Norway opened a ferry terminal in Bergen on Monday.\n\nShe was thanked by Premier Tavi Korhonen of Sweden, who spent three hours in talks with her on Sunday.",
		want: []string{"MEETING: participant=Ilse Marrow; participant=Tavi Korhonen"},
	},
	{
		name: "her before a time word is the object, not the owner of the time",
		text: "Chancellor Ilse Marrow of Norway flew home on Tuesday.\n\nSupport came from Premier Tavi Korhonen of Sweden, who conferred with her yesterday by the harbour.",
		want: []string{"MEETING/HAPPENED: participant=Ilse Marrow; participant=Tavi Korhonen"},
	},
	{
		name: "a guest who came from a meeting had it, and the measure of talks is the talks",
		text: "Premier Tavi Korhonen of Sweden held six hours of talks with envoy Piet Laanen, who flew in on Sunday from a meeting with President Anna Brecht.",
		want: []string{
			"MEETING/HAPPENED: participant=Piet Laanen; participant=Tavi Korhonen",
			"MEETING/HAPPENED: participant=Anna Brecht; participant=Piet Laanen",
		},
	},
	{
		name: "a clause opened by after tells of the subject, not of the noun before it",
		text: "Minister Anna Brecht went straight into a meeting with Tavi Korhonen and his staff after landing in Oslo from Riga.",
		want: []string{"VISIT: destination=Oslo; visitor=Anna Brecht"},
		not:  []string{"visitor=Tavi Korhonen"},
	},
	{
		name: "talks with officials the text does not name are with their country",
		text: "Transport Minister Piet Laanen of Chile left for Peru on Thursday for talks with port officials on the ferry route.",
		want: []string{"MEETING/HAPPENED: participant=Peru; participant=Piet Laanen"},
		not:  []string{"participant=Chile"},
	},
	{
		name: "a person the talks are named after takes part",
		text: "Trade envoy Piet Laanen will visit Oslo next week.\n\nFishing quotas top the agenda of the Laanen talks with Deputy Premier Ilse Marrow and other Norwegian officials, an aide said.",
		want: []string{"MEETING/PLANNED: participant=Ilse Marrow; participant=Norway; participant=Piet Laanen"},
	},
	{
		name: "after a subject and its verb is a clause, not a preposition and its object",
		text: "Halden Rovers are set to land Tomas Berg after the Swede's adviser flew to Lisbon to agree terms.\n\nHalden Rovers made a fresh offer for Tomas Berg after the Swede's lawyer went to Portugal for talks on wages.",
		not:  []string{"visitor=Halden Rovers", "visitor=Tomas Berg"},
	},
	{
		name: "the teller of a meeting dated by its possessor takes part in it",
		text: "Premier Tavi Korhonen of Sweden said on Monday that Thursday's meeting with Chancellor Ilse Marrow would settle the quota.",
		want: []string{"MEETING/PLANNED: participant=Ilse Marrow; participant=Tavi Korhonen"},
	},
}

// TestWordingParts checks who takes part in events whose participants are
// written apart from the trigger.
func TestWordingParts(t *testing.T) { runWording(t, partsCases) }
