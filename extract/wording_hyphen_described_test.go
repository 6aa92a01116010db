package extract

import "testing"

// TestHyphenDescribedSides: a side described with a hyphenated participle
// ("Texas-based", "state-owned", "Oslo-listed") before a trade noun and its
// name is still the second of two coordinated sides; the parser hangs the
// "and" on the place inside the compound and the name on the first side.
func TestHyphenDescribedSides(t *testing.T) { runWording(t, hyphenDescribedCases) }

var hyphenDescribedCases = []wordingCase{
	{
		name: "place-based maker as the second subject of a signing",
		text: "Andean power firm Voltaris and Texas-based chip maker Quarix Systems have signed a deal to co-develop sensors.",
		want: []string{"AGREEMENT: party=Quarix Systems; party=Voltaris"},
	},
	{
		name: "two described firms, a partnership",
		text: "Norwegian cable group Fjordlink and Lisbon-based software group Alcance Digital Ltd signed a partnership on Tuesday to build grid software.",
		want: []string{"AGREEMENT: party=Alcance Digital Ltd; party=Fjordlink"},
	},
	{
		name: "state-owned second side",
		text: "Mining company Torvane Resources and state-owned utility Kelmar Energy agreed a supply deal for the new smelter.",
		want: []string{"AGREEMENT: party=Kelmar Energy; party=Torvane Resources"},
	},
	{
		name: "exchange-listed second side",
		text: "Harbour Freight Lines and Oslo-listed shipowner Brekke Tankers have signed a charter agreement for four vessels.",
		want: []string{"AGREEMENT: party=Brekke Tankers; party=Harbour Freight Lines"},
	},
	{
		name: "backed start-up, a memorandum",
		text: "Carbon firm Lumetra and Qatar-backed start-up Sandline Labs signed a memorandum of understanding on Monday.",
		want: []string{"AGREEMENT: party=Lumetra; party=Sandline Labs"},
	},
	{
		name: "family-run firm in talks",
		text: "Textile group Veranza and family-run dye maker Colorbeck Industries held talks in Porto on a merger.",
		want: []string{"MEETING: participant=Colorbeck Industries; participant=Veranza"},
	},
	{
		name: "described first side",
		text: "Berlin-based payments firm Zahlwerk and bank Ostrava Credit signed a licensing agreement.",
		want: []string{"AGREEMENT: party=Ostrava Credit; party=Zahlwerk"},
	},
	{
		name: "both sides described",
		text: "Seoul-based battery maker Hanwol Cells and Munich-based carmaker Isar Motoren signed a supply contract worth $2bn.",
		want: []string{"AGREEMENT: party=Hanwol Cells; party=Isar Motoren"},
	},
	{
		name: "people with a described second side met",
		text: "Trade Minister Ines Barros and Geneva-based envoy Paul Imhof met in Bern on Friday.",
		want: []string{"MEETING: participant=Ines Barros; participant=Paul Imhof"},
	},
	{
		name: "a described firm that only reported is no side",
		text: "Oslo-based analyst firm Nordkapp Research said Torvane Resources had signed a supply deal with Kelmar Energy.",
		want: []string{"AGREEMENT: party=Kelmar Energy; party=Torvane Resources"},
		not:  []string{"Nordkapp"},
	},
	{
		name: "a described firm's product is no agreement",
		text: "Texas-based chip maker Quarix Systems and its rival Voltaris both launched new sensors on Monday.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
	{
		name: "a described place of a meeting is no side",
		text: "Mining company Torvane Resources met Kelmar Energy at a Lisbon-based conference centre.",
		want: []string{"MEETING: participant=Kelmar Energy; participant=Torvane Resources"},
		not:  []string{"Lisbon"},
	},
}
