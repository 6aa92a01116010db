package extract

import "testing"

// parseMeetingCases: meetings lost to the parse on news wording.
var parseMeetingCases = []wordingCase{
	{
		name: "talks with a firm that had ended, \"with\" read as a clause's mark",
		text: "Sarno Chemicals said on Tuesday its negotiations with Velden Paints had broken down over the price.",
		want: []string{"MEETING: participant=Sarno Chemicals; participant=Velden Paints"},
	},
	{
		name: "received in audience, the name hung on \"audience\"",
		text: "King Osric received in audience Foreign Minister Tomas Brell at the palace on Wednesday.",
		want: []string{"MEETING/HAPPENED: participant=Osric; participant=Tomas Brell"},
	},
	{
		name: "delegates to a body met, the plural read as a verb and \"to\" as an infinitive",
		text: "Delegates to the Caspian Sturgeon Commission met in Aktau on Thursday to set catch limits.",
		want: []string{"MEETING/HAPPENED: participant=Caspian Sturgeon Commission"},
	},
	{
		name: "a delegation to a country is no side of that country",
		text: "A delegation to Moravia met Prime Minister Karel Dusek in Brno on Thursday.",
		not:  []string{"participant=Moravia"},
	},
}

func TestWordingParseMeetings(t *testing.T) { runWording(t, parseMeetingCases) }

// possibleOutcomeCases: talks something may lead to are no event.
var possibleOutcomeCases = []wordingCase{
	{
		name: "a modal opening the door to talks",
		text: "Bankers said the bid might open the door to negotiations between Halvard Oil and Streng Energy.",
		not:  []string{"MEETING"},
	},
	{
		name: "a modal leading to a meeting",
		text: "The truce could lead to a meeting between Premier Oskar Lind and President Mira Kovac.",
		not:  []string{"MEETING"},
	},
	{
		name: "talks held after a way was paved are still talks",
		text: "After the truce paved the way, Premier Oskar Lind held talks with President Mira Kovac in Tarnow on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Mira Kovac; participant=Oskar Lind"},
	},
}

func TestWordingPossibleOutcome(t *testing.T) { runWording(t, possibleOutcomeCases) }

// comingTimeCases: a time to come told with a past verb dates the event
// noun, which is still ahead.
var comingTimeCases = []wordingCase{
	{
		name: "tomorrow hung on a past verb dates the session its object holds",
		text: "Traders are awaiting the result of the Baltic Grain Council session in Riga tomorrow.",
		want: []string{"MEETING/PLANNED: participant=Baltic Grain Council"},
	},
	{
		name: "talks next week after a past verb are planned",
		text: "The truce opened the way for talks between Moravia and Silesia in Vienna next week.",
		want: []string{"MEETING/PLANNED: participant=Moravia; participant=Silesia"},
	},
}

func TestWordingComingTime(t *testing.T) { runWording(t, comingTimeCases) }
