package extract

import "testing"

// coordCases tell a meeting with a list of counterparts: every one listed
// after the verb's object is met, however the parser hung the list, and
// talks "with officials in" a list of countries are talks with each
// country's government, in that country.
var coordCases = []wordingCase{
	{
		name: "a list of three names after the object of met",
		text: "Estonian Premier Kaja Moor met Lena Falk, Piet Smeets and Hugo Rask in Tartu on Thursday.",
		want: []string{"MEETING: participant=Hugo Rask; participant=Kaja Moor; participant=Lena Falk; participant=Piet Smeets"},
	},
	{
		name: "a list of titled names after the object of met, the time first",
		text: "On Wednesday, Chancellor Dora Weiss met Governor Lena Falk, Mayor Piet Smeets and Senator Hugo Rask.",
		want: []string{"MEETING: participant=Dora Weiss; participant=Hugo Rask; participant=Lena Falk; participant=Piet Smeets"},
	},
	{
		name: "a name after the object that heads a clause of its own is not met",
		text: "Governor Lena Falk met the union leaders on Monday, Mayor Piet Smeets said.",
		not:  []string{"participant=Piet Smeets"},
	},
	{
		name: "talks with officials in a list of countries are talks in each",
		text: "Icelandic Fisheries Minister Bjorn Thorsson held talks with officials in Norway, Denmark and Ireland last month on cod quotas.",
		want: []string{
			"MEETING: participant=Bjorn Thorsson; participant=Norway",
			"MEETING: participant=Bjorn Thorsson; participant=Denmark",
			"MEETING: participant=Bjorn Thorsson; participant=Ireland",
		},
		not: []string{"participant=Denmark; participant=Ireland"},
	},
	{
		name: "talks listed after a tour take the traveller of the tour",
		text: "The Kenyan finance minister, Amos Kiprop, left Nairobi on Monday for a tour of Asia and loan talks with officials in India, Japan and Malaysia.",
		want: []string{
			"MEETING: participant=Amos Kiprop; participant=India",
			"MEETING: participant=Amos Kiprop; participant=Japan",
			"MEETING: participant=Amos Kiprop; participant=Malaysia",
		},
	},
	{
		name: "talks with a list of names each set off with a title before it",
		text: "Welsh Economy Minister Rhys Owen held talks in Dublin with Ireland's enterprise minister, Aoife Byrne, the Danish trade minister, Lars Kjaer, and the Flemish economy minister, Joke Peeters.",
		want: []string{"MEETING: participant=Aoife Byrne; participant=Joke Peeters; participant=Lars Kjaer; participant=Rhys Owen"},
	},
	{
		name: "talks with a list of portfolio titles and names, the phrase torn from the trigger",
		text: "The Belgian Minister for Ports, Ms Anke Maes, reached Takoradi on Thursday from Cape Coast, where she had conferred with the Minister of Fisheries, Kojo Mensah, and the Deputy Minister for Roads, Ambassador Akua Boateng.",
		want: []string{"MEETING: participant=Akua Boateng; participant=Anke Maes; participant=Kojo Mensah"},
		not:  []string{"participant=Akua Boateng; participant=Kojo Mensah"},
	},
	{
		name: "a titled name after the list that is the subject of a clause of its own is not met",
		text: "Rhys Owen held talks with Aoife Byrne, the enterprise minister, and the trade minister, Lars Kjaer, said the talks went well.",
		not:  []string{"participant=Lars Kjaer"},
	},
}

func TestWordingCoordination(t *testing.T) { runWording(t, coordCases) }
