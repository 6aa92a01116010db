package extract

import "testing"

// speechSittingCases are invented stories in which someone speaks to a
// body's own sitting: a firm's annual meeting, a city's or a county's
// council, a parliament. That is a speech, not a meeting; one speaking to
// a sitting of a body of states ("told an informal WTO meeting") takes
// part in a meeting of its members.
var speechSittingCases = []wordingCase{
	{
		name: "a council leader tells a packed council meeting",
		text: "Harwood District Council has a backlog of planning cases.\n\nCouncil leader Ann Bell told a packed council meeting on Tuesday that rates would rise.",
		not:  []string{"MEETING"},
	},
	{
		name: "a mayor tells a meeting of the city council",
		text: "Markets were calm on Wednesday.\n\nMayor Tom Vale told a meeting of Kelby City Council on Monday that taxes would rise.",
		not:  []string{"MEETING"},
	},
	{
		name: "a chairman tells the annual meeting of his firm",
		text: "Markets were calm on Wednesday.\n\nChairman Tom Vale told the annual meeting of Harlow Mining that profits would rise.",
		not:  []string{"MEETING"},
	},
	{
		name: "a county council leader addresses a council meeting",
		text: "Markets were calm on Wednesday.\n\nDunmore County Council leader Ray Hull addressed a council meeting on Thursday about flooding.",
		not:  []string{"MEETING"},
	},
	{
		name: "a chief executive tells shareholders' meeting of the firm",
		text: "Markets were calm on Wednesday.\n\nVance Corp chief executive Ana Ortiz told a shareholders' meeting in Denver that the plant would close.",
		not:  []string{"MEETING"},
	},
	{
		name: "a minister addresses a meeting of the parliament",
		text: "Markets were calm on Wednesday.\n\nFinance Minister Lars Eid addressed a meeting of the Norwegian Parliament on Friday.",
		not:  []string{"MEETING"},
	},
	{
		name: "a mayor speaks at a borough council meeting",
		text: "Markets were calm on Wednesday.\n\nMayor Grace Namuli spoke at a Kelby Borough Council meeting on Monday.",
		not:  []string{"MEETING"},
	},
	{
		name: "a president tells the annual meeting of a bank",
		text: "Markets were calm on Wednesday.\n\nPresident Omar Said told the annual meeting of Baird Securities Inc that lending would grow.",
		not:  []string{"MEETING"},
	},
	{
		name: "a minister tells a meeting of a body of states",
		text: "Markets were calm on Wednesday.\n\nTrade Minister Samuel Oke told an informal World Trade Organization meeting in Geneva that tariffs must fall.",
		want: []string{"MEETING: participant=Samuel Oke; participant=World Trade Organization"},
	},
	{
		name: "a council leader meets a minister at a council meeting",
		text: "Markets were calm on Wednesday.\n\nCouncil leader Ann Bell met Housing Minister Lars Eid at a council meeting in Harwood on Tuesday.",
		want: []string{"MEETING: participant=Ann Bell; participant=Lars Eid"},
	},
	{
		name: "a premier speaks to the annual conference of leaders",
		text: "Markets were calm on Wednesday.\n\nPremier Ray Hull, speaking to the annual conference of Kenya and Uganda leaders in Kampala, said trade would grow.",
		want: []string{"MEETING: participant=Kenya; participant=Uganda"},
	},
	{
		name: "a mayor holds talks with a firm's chief",
		text: "Markets were calm on Wednesday.\n\nMayor Tom Vale held talks with Harlow Mining chief Ana Ortiz on Monday.",
		want: []string{"MEETING: participant=Ana Ortiz; participant=Tom Vale"},
	},
}

func TestWordingSpeechSittings(t *testing.T) { runWording(t, speechSittingCases) }
