package extract

import "testing"

// onlookerCases are invented sentences in wordings real news showed read
// as meetings that are none: people in a show's audience, presenters who
// each host a programme, a fact one "saw" to be so, a meeting someone
// told a committee about, and a product reviewed at an unnamed panel's
// sitting. The last cases are meetings the same words still tell.
var onlookerCases = []wordingCase{
	{
		name: "stars in the audience",
		text: "Film stars Lena Quarrie, Tobias Venn and Mara Oakes were also in the audience for the awards night in Dunmore.",
		not:  []string{"MEETING"},
	},
	{
		name: "two singers among the audience",
		text: "Singers Pia Halloran and Ewan Brack sat among the audience at the Corvale Arena on Friday.",
		not:  []string{"MEETING"},
	},
	{
		name: "presenters who each host a slot",
		text: "Jory Penn, Anke Dahl and Silas Moor will each host the early-morning, weekend timeslot, playing new local bands.",
		not:  []string{"MEETING"},
	},
	{
		name: "two comedians host a quiz show",
		text: "Comedians Bram Tolley and Nina Farrow hosted the weekly quiz show on Saturday.",
		not:  []string{"MEETING"},
	},
	{
		name: "two presenters each host a show",
		text: "Tomas Brenner and Ida Lusk will each host the new Sunday talk show, the channel said.",
		not:  []string{"MEETING"},
	},
	{
		name: "saw that leaders were determined",
		text: "Premier Odo Brandt gave way on the budget when he saw Liberal leaders were determined to block it.",
		not:  []string{"MEETING"},
	},
	{
		name: "saw a rival was ready",
		text: "Talia Morgan, chief of Harlow Corp, said she saw Benning Corp was ready to cut its prices.",
		not:  []string{"MEETING"},
	},
	{
		name: "told a committee the meeting showed progress",
		text: "Finance Minister Ivo Marek said the pact was working. He told the Senate Budget Committee the meeting \"showed that the plan is on track.\"",
		not:  []string{"participant=Senate Budget Committee"},
	},
	{
		name: "told lawmakers the meeting went well",
		text: "Trade Secretary Ilse Korda told the Harbour Trade Committee the meeting had gone well.",
		not:  []string{"participant=Harbour Trade Committee"},
	},
	{
		name: "a drug reviewed at an unnamed panel's meeting",
		text: "Velocil, a heart drug which Orrin Labs hopes to sell in Europe, will be reviewed by the Drug Agency's advisory committee during the panel's June 3-4 meeting, sources said.",
		not:  []string{"participant=Velocil"},
	},
	{
		name: "a plan heard at an unnamed board's meeting",
		text: "The Kestrel Canal plan, which Dorran Shipping backs, will be heard by the Harbour Authority's planning board at the board's July meeting.",
		not:  []string{"participant=Kestrel Canal"},
	},
	{
		name: "an audience with a person is a meeting",
		text: "Premier Odo Brandt had an audience with President Ilse Korda on Tuesday.",
		want: []string{"MEETING: participant=Ilse Korda; participant=Odo Brandt"},
	},
	{
		name: "hosting a person is a meeting",
		text: "President Ilse Korda hosted Premier Odo Brandt in Dunmore on Monday.",
		want: []string{"MEETING: participant=Ilse Korda; participant=Odo Brandt"},
	},
	{
		name: "seeing a person is a meeting",
		text: "Premier Odo Brandt saw President Ilse Korda on Monday and said they had agreed on nothing.",
		want: []string{"MEETING: participant=Ilse Korda; participant=Odo Brandt"},
	},
	{
		name: "telling a meeting one attends",
		text: "Energy Minister Ivo Marek told the meeting of the Arvish Union in Dunmore that prices would rise.",
		not:  []string{"participant=Dunmore"},
	},
}

func TestWordingMeetOnlookers(t *testing.T) { runWording(t, onlookerCases) }
