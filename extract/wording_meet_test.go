package extract

import "testing"

// meetCases are invented sentences in the wording of real news that state
// a meeting through a construction the frames once missed: a passive
// host, a name before "next week", two people who "plan to" talk or who
// "discussed" a matter together, a participle opening on "after talks
// with", a body named through its members' title.
var meetCases = []wordingCase{
	{
		name: "a guest received by a host, the guest read as a plain subject",
		text: "Envoy Piet Dorsman was received by President Mirela Stanescu at the Cotroceni palace.",
		want: []string{"MEETING/HAPPENED: participant=Mirela Stanescu; participant=Piet Dorsman"},
	},
	{
		name: "a guest welcomed by a host on a day",
		text: "Trade envoy Oskar Lindqvist was welcomed by Governor Ramon Iturbe on Thursday in Bilbao.",
		want: []string{"MEETING: participant=Oskar Lindqvist; participant=Ramon Iturbe"},
	},
	{
		name: "a letter received by someone is no meeting",
		text: "The letter was received by Governor Ramon Iturbe on Thursday.",
		not:  []string{"MEETING"},
	},
	{
		name: "talks with a person next week, the reporter after a comma",
		text: "Chancellor Gerda Lindqvist will hold talks with Premier Aurelio Baptista next week, her spokesman said.",
		want: []string{"MEETING/PLANNED: participant=Aurelio Baptista; participant=Gerda Lindqvist"},
	},
	{
		name: "talks with a person next month, the verb after \"is to\"",
		text: "Ivo Kask is to hold talks with Gerda Lindqvist next month.",
		want: []string{"MEETING/PLANNED: participant=Gerda Lindqvist; participant=Ivo Kask"},
	},
	{
		name: "two titled people who plan to hold talks about a matter",
		text: "Mayor Gerda Lindqvist and Harbour Commissioner Aurelio Baptista plan to hold talks about ferry fares over breakfast on Friday.",
		want: []string{"MEETING/PLANNED: participant=Aurelio Baptista; participant=Gerda Lindqvist"},
	},
	{
		name: "two people who discussed a matter together",
		text: "President Mirela Stanescu and Chancellor Gerda Lindqvist discussed energy prices over lunch on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Gerda Lindqvist; participant=Mirela Stanescu"},
	},
	{
		name: "two countries that discussed a matter name no meeting of theirs",
		text: "Moldova and Estonia discussed fishing quotas on Monday.",
		not:  []string{"MEETING"},
	},
	{
		name: "two people who met to discuss a matter met once",
		text: "President Mirela Stanescu and Chancellor Gerda Lindqvist met in Porto on Tuesday to discuss energy prices.",
		want: []string{"MEETING/HAPPENED: participant=Gerda Lindqvist; participant=Mirela Stanescu"},
		not:  []string{"MEETING/PLANNED"},
	},
	{
		name: "speaking after talks with someone, the speaker talked with them",
		text: "Speaking after talks with Premier Aurelio Baptista, Chancellor Gerda Lindqvist said a deal was near.",
		want: []string{"MEETING/HAPPENED: participant=Aurelio Baptista; participant=Gerda Lindqvist"},
	},
	{
		name: "a meeting of a body's presidents and a head of state",
		text: "Officials in Riga said a meeting of the Baltic Council presidents and President Mirela Stanescu is planned for next month.",
		want: []string{"MEETING/PLANNED: participant=Baltic Council; participant=Mirela Stanescu"},
	},
	{
		name: "a body's presidents meeting is the body's own meeting",
		text: "The Baltic Council presidents met in Riga on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Baltic Council"},
	},
	{
		name: "a meeting of one person and members of nothing named is no meeting of that person alone",
		text: "Aides hope to set up a meeting of President Mirela Stanescu and the Alpine presidents before the winter.",
		not:  []string{"MEETING"},
	},
	{
		name: "talks with a person next weekday",
		text: "Chancellor Gerda Lindqvist will hold talks with Premier Aurelio Baptista next Thursday in Porto.",
		want: []string{"MEETING/PLANNED: participant=Aurelio Baptista; participant=Gerda Lindqvist"},
	},
	{
		name: "the subject of the reported talks hung on the reporting verb as its object",
		text: "An aide to the premier said envoys of the Finnish Ministry of Transport (FMT) would hold rail talks with Estonian officials on Friday.",
		want: []string{"MEETING/PLANNED: participant=Estonia; participant=Finnish Ministry of Transport"},
	},
	{
		name: "deciding whether to begin talks plans none yet",
		text: "Diplomats say the Baltic Council will decide in the spring whether to open accession talks with Iceland.",
		not:  []string{"MEETING"},
	},
	{
		name: "considering whether to hold talks plans none yet",
		text: "Kestrel Corp's board is considering whether to hold talks with Norvale Inc about a merger.",
		not:  []string{"MEETING"},
	},
	{
		name: "a person named as a verb's subject after a possessive opening is whom the next \"he\" means",
		text: "Ambassador Piet Dorsman opened a trade office in Valparaiso on Monday. His speech ended as President Ramon Iturbe walked in with two cabinet ministers. On Friday he will meet Chancellor Gerda Lindqvist in Porto.",
		want: []string{"MEETING/PLANNED: participant=Gerda Lindqvist; participant=Ramon Iturbe"},
		not:  []string{"Piet Dorsman"},
	},
}

func TestWordingMeet(t *testing.T) { runWording(t, meetCases) }
