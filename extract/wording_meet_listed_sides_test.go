package extract

import "testing"

// listedSideCases are invented sentences in wordings real news showed
// losing sides of a meeting: firms a list names by their people after the
// one person met ("met X's chief A and representatives from B and C"),
// one who will raise a matter at a body's next meeting, hung by the
// parser on the matter, and people a participle after the object goes on
// to name ("met party leaders pressing for the bill, including Y").
var listedSideCases = []wordingCase{
	{
		name: "representatives from two banks with the chief met",
		text: "Velmoran debt chief Odo Brandt, who met again on Tuesday with senior Harlow Bank executive Tom Ruse and representatives from committee members Castor Trust Co and Lindell Bank Plc, said talks would go on.",
		want: []string{"MEETING: participant=Castor Trust Co; participant=Lindell Bank Plc; participant=Odo Brandt; participant=Tom Ruse"},
	},
	{
		name: "officials of two firms with the founder met",
		text: "Minister Ilse Korda met with Benning Corp founder Ada Quill and officials of Dorran Shipping Inc and Mercer Holdings Ltd in Dunmore.",
		want: []string{"MEETING: participant=Ada Quill; participant=Dorran Shipping Inc; participant=Ilse Korda; participant=Mercer Holdings Ltd"},
	},
	{
		name: "executives from three firms",
		text: "Premier Odo Brandt met Harlow Corp chairman Tom Ruse and executives from Castor Trust Co, Lindell Bank Plc and Orrin Labs Inc on Friday.",
		want: []string{"MEETING: participant=Castor Trust Co; participant=Lindell Bank Plc; participant=Odo Brandt; participant=Orrin Labs Inc; participant=Tom Ruse"},
	},
	{
		name: "will raise the matter at the next meeting of a group",
		text: "Finance Minister Ivo Marek said he would raise the matter at the next meeting of the Harbour Group in March.",
		want: []string{"MEETING: participant=Harbour Group; participant=Ivo Marek"},
	},
	{
		name: "will seek action on the issue at the next meeting",
		text: "Trade Minister Ilse Korda said she would seek action on the tariffs at the next meeting of the Delvin Council in May.",
		want: []string{"MEETING: participant=Delvin Council; participant=Ilse Korda"},
	},
	{
		name: "will press the case at the coming meeting",
		text: "Farm minister Tomas Brenner said he will press his case for aid at the coming meeting of the Arvish Union.",
		want: []string{"MEETING: participant=Arvish Union; participant=Tomas Brenner"},
	},
	{
		name: "leaders pressing for a bill, including a senator",
		text: "Premier Odo Brandt also met Senate leaders pressing for the bill, including Senator Jane Melk.",
		want: []string{"MEETING: participant=Jane Melk; participant=Odo Brandt; participant=Senate"},
	},
	{
		name: "party chiefs calling for a vote, including a deputy",
		text: "Premier Odo Brandt met Liberal Party chiefs calling for an early vote, including deputy Ada Quill, on Monday.",
		want: []string{"MEETING: participant=Ada Quill; participant=Liberal Party; participant=Odo Brandt"},
	},
	{
		name: "representatives from firms who only speak",
		text: "Representatives from Castor Trust Co and Lindell Bank Plc said on Monday they would lend more.",
		not:  []string{"MEETING"},
	},
	{
		name: "prices that rose at a meeting",
		text: "Farm minister Tomas Brenner said prices rose sharply at the last meeting of the Arvish Union.",
		not:  []string{"participant=Tomas Brenner"},
	},
	{
		name: "an issue at a meeting one only said something of",
		text: "Finance Minister Ivo Marek said the matter would be at the top of the agenda of the Harbour Group.",
		not:  []string{"participant=Ivo Marek"},
	},
	{
		name: "a product including its parts is no side",
		text: "Premier Odo Brandt met Harlow Corp chiefs, including Tom Ruse, on Monday, with prices rising including those of Castor Trust Co.",
		not:  []string{"participant=Castor Trust Co"},
	},
}

func TestWordingMeetListedSides(t *testing.T) { runWording(t, listedSideCases) }
