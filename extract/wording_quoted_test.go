package extract

import "testing"

// quotedSelfCases tell a meeting in the first person inside a quotation:
// the quoted "I", "me" or "my" is the one who speaks it, named outside
// the quotation beside the verb of saying, or a "he" said there.
var quotedSelfCases = []wordingCase{
	{
		name: "a speaker before a colon and a quoted I",
		text: `Broker Tomas Ivanek explained: "I will be meeting Greta Hollis on Tuesday."`,
		want: []string{"MEETING/PLANNED: participant=Greta Hollis; participant=Tomas Ivanek"},
	},
	{
		name: "a speaker after the quotation, past his title",
		text: `"I met Greta Hollis in Porto last month," said the broker Tomas Ivanek.`,
		want: []string{"MEETING/HAPPENED: participant=Greta Hollis; participant=Tomas Ivanek"},
	},
	{
		name: "a quoted me as the object",
		text: `Tomas Ivanek said: "Greta Hollis came to see me and we met for an hour."`,
		want: []string{"MEETING: participant=Greta Hollis; participant=Tomas Ivanek"},
	},
	{
		name: "a quotation that runs on from the sentence before",
		text: `Tomas Ivanek told the radio station: "Nothing is signed yet. I will be meeting Greta Hollis on Thursday."`,
		want: []string{"MEETING/PLANNED: participant=Greta Hollis; participant=Tomas Ivanek"},
	},
	{
		name: "a quoted I said by a he",
		text: "Tomas Ivanek landed in Porto on Monday.\n\n\"I will be meeting Greta Hollis on Thursday,\" he said.",
		want: []string{"MEETING/PLANNED: participant=Greta Hollis; participant=Tomas Ivanek"},
	},
	{
		name: "the nearest verb of saying tells whose the I is",
		text: `Tomas Ivanek said Greta Hollis told him: "I met the governor in Porto."`,
		not:  []string{"Tomas Ivanek"},
	},
	{
		name: "a quoted I who sees a thing happen meets no one",
		text: "Shares in Harwell Bank rose on Monday.\n\n\"I can see it ending the quarter lower,\" said Tomas Ivanek, an analyst at Corlin Securities.",
		not:  []string{"Tomas Ivanek"},
	},
	{
		name: "an unnamed speaker gives the I no one",
		text: `"I met Greta Hollis in Porto," a banker said.`,
		not:  []string{"Greta Hollis"},
	},
}

func TestWordingQuotedSelf(t *testing.T) { runWording(t, quotedSelfCases) }
