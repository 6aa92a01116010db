package extract

import "testing"

// officeHolderCases are invented stories that name an official, then send
// "the <nationality> Minister" or "<country>'s leader" on a trip.
var officeHolderCases = []wordingCase{
	{
		name: "the nationality and office stand for the one of them the story named",
		text: "Bhutan and Iceland on Monday signed a fisheries accord after talks between Bhutanese Prime Minister Karma Wangdi and the visiting Icelandic Foreign Minister, Sigrun Olafsdottir.\n\nThe Icelandic Minister is scheduled to travel to Paro on Wednesday, where she will tour a hydropower plant.",
		want: []string{"VISIT/PLANNED: destination=Paro; visitor=Sigrun Olafsdottir"},
	},
	{
		name: "a country's leader is the head the story named",
		text: "President Oksana Melnyk of Moldova opened a wine fair in Chisinau on Monday.\n\nMoldova's leader will fly to Tbilisi on Thursday for two days, her office said.",
		want: []string{"VISIT/PLANNED: destination=Tbilisi; visitor=Oksana Melnyk"},
	},
	{
		name: "the office of another country is not taken for the described one",
		text: "Kenyan President Daniel Mwangi opened a port in Mombasa on Monday.\n\nThe Ugandan leader will fly to Kigali on Thursday.",
		not:  []string{"visitor=Daniel Mwangi"},
	},
	{
		name: "a leader taking a delegation on a tour is the traveller, not the country",
		text: "Premier Helen Zhou opened a bridge in Hobart on Monday.\n\nTasmania's leader will take a delegation of farmers on a four-day tour of Japan next week, her office said.",
		want: []string{"VISIT/PLANNED: destination=Japan; visitor=Helen Zhou"},
		not:  []string{"visitor=Tasmania"},
	},
}

func TestWordingOfficeHolder(t *testing.T) { runWording(t, officeHolderCases) }
