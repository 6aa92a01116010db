package extract

import "testing"

// latecomerCases tell a meeting, then someone who was at it too: "X also
// attended the meeting", "Y took part in the talks". The later sentence
// adds them to the meeting told before; a negated or another meeting
// does not.
var latecomerCases = []wordingCase{
	{
		name: "took part in the meeting adds the subject",
		text: "Premier Oskar Lindqvist met Governor Paula Rensik in Tarvik on Wednesday. Deputy Premier Mirko Halas also took part in the meeting, aides said.",
		want: []string{"MEETING/HAPPENED: participant=Mirko Halas; participant=Oskar Lindqvist; participant=Paula Rensik"},
	},
	{
		name: "attended the meeting adds the subject",
		text: "Premier Oskar Lindqvist held talks with Governor Paula Rensik on Wednesday. Treasurer Mirko Halas attended the meeting as well.",
		want: []string{"MEETING/HAPPENED: participant=Mirko Halas; participant=Oskar Lindqvist; participant=Paula Rensik"},
	},
	{
		name: "participated in the talks adds a firm",
		text: "Dravo Shipping held talks with Kelmar Ports about a new terminal on Monday. Ostrava Rail Corp participated in the talks, a spokeswoman said.",
		want: []string{"MEETING: participant=Dravo Shipping; participant=Kelmar Ports; participant=Ostrava Rail Corp"},
	},
	{
		name: "did not attend the meeting adds no one",
		text: "Premier Oskar Lindqvist met Governor Paula Rensik in Tarvik on Wednesday. Treasurer Mirko Halas did not attend the meeting.",
		want: []string{"MEETING/HAPPENED: participant=Oskar Lindqvist; participant=Paula Rensik"},
		not:  []string{"Mirko Halas"},
	},
	{
		name: "a meeting with its own owner is another one",
		text: "Premier Oskar Lindqvist met Governor Paula Rensik in Tarvik on Wednesday. Treasurer Mirko Halas attended the cabinet meeting on Thursday.",
		want: []string{"MEETING/HAPPENED: participant=Oskar Lindqvist; participant=Paula Rensik"},
	},
	{
		name: "a country that will take part joins talks to come",
		text: "Premier Oskar Lindqvist will meet Governor Paula Rensik in Tarvik next week. Norway will also take part in the talks, aides said.",
		want: []string{"MEETING/PLANNED: participant=Norway; participant=Oskar Lindqvist; participant=Paula Rensik"},
	},
	{
		name: "the meeting told with its place is still the one told",
		text: "Premier Oskar Lindqvist met Governor Paula Rensik in Tarvik on Wednesday. Treasurer Mirko Halas attended the meeting in Tarvik, aides said.",
		want: []string{"MEETING/HAPPENED: participant=Mirko Halas; participant=Oskar Lindqvist; participant=Paula Rensik"},
	},
	{
		name: "talks to come next month are not the meeting that happened",
		text: "Premier Oskar Lindqvist met Governor Paula Rensik in Tarvik on Wednesday about fishing rights. Norway will also take part in the talks in Tarvik next month, an aide said.",
		want: []string{"MEETING/HAPPENED: participant=Oskar Lindqvist; participant=Paula Rensik"},
		not:  []string{"Norway"},
	},
}

func TestWordingLatecomers(t *testing.T) { runWording(t, latecomerCases) }

// rivalCases tell two firms vying for a third, then "the two suitors" or
// "both bidders": the two told as "A and B", not the target named last.
var rivalCases = []wordingCase{
	{
		name: "the two bidders held talks are the pair, not the target",
		text: "Morvane Tools Inc and Sestri Cable Co made rival offers for Ulden Works. The two bidders held talks in Turin on Monday about a joint offer.",
		want: []string{"MEETING/HAPPENED: participant=Morvane Tools Inc; participant=Sestri Cable Co"},
		not:  []string{"Ulden Works"},
	},
	{
		name: "both suitors signed an accord are the pair",
		text: "Morvane Tools Inc and Sestri Cable Co made rival offers for Ulden Works. Both suitors signed an agreement on Monday to split its plants.",
		want: []string{"AGREEMENT/HAPPENED: party=Morvane Tools Inc; party=Sestri Cable Co"},
		not:  []string{"Ulden Works"},
	},
	{
		name: "bidders with no pair told before stand for no one",
		text: "Ulden Works said it had received several offers. The two bidders held talks in Turin on Monday.",
		not:  []string{"Ulden Works"},
	},
}

func TestWordingRivals(t *testing.T) { runWording(t, rivalCases) }

// organMeetingCases tell a body's meeting by one of its organs: "the X
// committee meeting" is X's own; a firm's board meeting is no meeting (no
// counterpart).
var organMeetingCases = []wordingCase{
	{
		name: "a body's committee meeting is the body's",
		text: "The WCRO committee meeting in Valletta on Monday ended without a vote.",
		want: []string{"MEETING/HAPPENED: participant=WCRO"},
	},
	{
		name: "delegates at a body's council meeting tell the body's",
		text: "Delegates at the WCRO council meeting in Valletta on Friday backed the quota plan.",
		want: []string{"MEETING/HAPPENED: participant=WCRO"},
	},
	{
		name: "a fund's committee meeting is the fund's",
		text: "The Tarvel Fund committee meeting opened in Valletta on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Tarvel Fund"},
	},
	{
		name: "a firm's board meeting is no meeting",
		text: "The Dervan Steel board meeting on Friday approved the dividend.",
		not:  []string{"MEETING"},
	},
}

func TestWordingOrganMeetings(t *testing.T) { runWording(t, organMeetingCases) }
