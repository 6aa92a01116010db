package extract

import "testing"

// unboundPaperCases are invented sentences in which two people sign a
// paper that binds no two sides ("the petition was signed by A and B", a
// court's order, a bill, a cheque): no agreement between them, and no
// meeting. Accords, pacts and letters of intent signed so stay agreements.
var unboundPaperCases = []wordingCase{
	{
		name: "a petition signed by two",
		text: "Markets were calm on Wednesday.\n\nThe petition was signed by Tom Vale and Ana Ortiz.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
	{
		name: "a court order signed by a judge and a clerk",
		text: "Markets were calm on Wednesday.\n\nThe order was signed by Judge Grace Namuli and Peter Otieno on Monday.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
	{
		name: "a bill signed by two speakers",
		text: "Markets were calm on Wednesday.\n\nThe bill was signed by Speaker Lars Eid and President Ana Ortiz on Friday.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
	{
		name: "a cheque signed by two directors",
		text: "Markets were calm on Wednesday.\n\nThe cheque was signed by Omar Said and Nikos Pappas.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
	{
		name: "a decree signed by two ministers",
		text: "Markets were calm on Wednesday.\n\nThe decree was signed by Interior Minister Carla Benedetti and Finance Minister Marco Gallo.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
	{
		name: "letters signed by two leaders",
		text: "Markets were calm on Wednesday.\n\nThe letters were signed by Aiko Mori and Li Wen last week.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
	{
		name: "a warrant signed by two officers",
		text: "Markets were calm on Wednesday.\n\nThe warrant was signed by Ray Hull and Ann Bell.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
	{
		name: "a book signed by two authors",
		text: "Markets were calm on Wednesday.\n\nThe book was signed by Rosa Quintero and Graham Ostler at the fair.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
	{
		name: "an accord signed by two stays an agreement",
		text: "Markets were calm on Wednesday.\n\nThe accord was signed by Tom Vale and Ana Ortiz.",
		want: []string{"AGREEMENT: signatory=Ana Ortiz; signatory=Tom Vale"},
	},
	{
		name: "a letter of intent signed by two firms stays an agreement",
		text: "Markets were calm on Wednesday.\n\nThe letter of intent was signed by Harlow Corp and Vance AG.",
		want: []string{"AGREEMENT: party=Harlow Corp; party=Vance AG"},
	},
	{
		name: "a trade pact signed by two countries stays an agreement",
		text: "Markets were calm on Wednesday.\n\nThe trade pact was signed by Chile and Peru on Monday.",
		want: []string{"AGREEMENT: party=Chile; party=Peru"},
	},
}

func TestWordingUnboundPapers(t *testing.T) { runWording(t, unboundPaperCases) }
