package extract

import "testing"

// meetBodyRefCases tell a body's talks through a pronoun, a description
// or its people: the side is the body they stand for, named earlier.
var meetBodyRefCases = []wordingCase{
	{
		name: "a body that reported a result before is no mere teller of its talks told after",
		text: "Haldane Mining Plc reported a loss. The company said it held talks with Kurrin Resources on Monday.",
		want: []string{"MEETING: participant=Haldane Mining Plc; participant=Kurrin Resources"},
	},
	{
		name: "a body that announced a plan, then its pronoun met another",
		text: "Orvale Motors announced higher output. It said it had met Tesk Steel to discuss a price rise.",
		want: []string{"MEETING: participant=Orvale Motors; participant=Tesk Steel"},
	},
	{
		name: "a closing teller stays no side",
		text: "Finance Minister Joan Prell met Orvale Motors on Monday, the Labour Ministry said.",
		not:  []string{"Labour Ministry"},
	},
	{
		name: "a ministry's officials by its possessive",
		text: "The Ruritanian Health Ministry said its officials met Marta Kovel, the head of the doctors' union, on Monday.",
		want: []string{"MEETING: participant=Marta Kovel; participant=Ruritanian Health Ministry"},
	},
	{
		name: "a firm's chairman by its possessive, the parser hanging the possessive on the verb",
		text: "Kasuga Bank posted record profits. The bank said its chairman had talks with Orvale Motors.",
		want: []string{"MEETING: participant=Kasuga Bank; participant=Orvale Motors"},
	},
	{
		name: "its rivals are other firms, not the one that tells of them",
		text: "Kasuga Bank said its rivals met Pellam Corp on Monday.",
		not:  []string{"Kasuga Bank"},
	},
}

func TestWordingMeetBodyRefs(t *testing.T) { runWording(t, meetBodyRefCases) }

// meetPartCases tell talks by a part of a body's people ("three of its
// officers"): the side is the body; a part of a group with no body
// named invents none.
var meetPartCases = []wordingCase{
	{
		name: "a count of a body's officers, read as a clause of its own by the parser, and an adviser to a firm",
		text: "Kasuga Bank said three of its officers met with an adviser to Pellam Corp on Monday.",
		want: []string{"MEETING: participant=Kasuga Bank; participant=Pellam Corp"},
	},
	{
		name: "a count of a named firm's directors",
		text: "Two of Kasuga Bank's directors met Pellam Corp executives on Monday.",
		want: []string{"MEETING: participant=Kasuga Bank; participant=Pellam Corp"},
	},
	{
		name: "a count of the directors of a firm named inside the phrase",
		text: "Three of the five Pellam Corp directors will meet Kasuga Bank on Friday.",
		want: []string{"MEETING: participant=Kasuga Bank; participant=Pellam Corp"},
	},
	{
		name: "one of its rivals is no part of the body",
		text: "Kasuga Bank said one of its rivals met Pellam Corp on Monday.",
		not:  []string{"Kasuga Bank"},
	},
	{
		name: "a count of unnamed bodies invents none: the minister met a side unnamed",
		text: "Five unions met Labour Minister Joan Prell on Tuesday to discuss pay.",
		want: []string{"MEETING/HAPPENED: participant=Joan Prell"},
		not:  []string{"unions", "Five"},
	},
}

func TestWordingMeetParts(t *testing.T) { runWording(t, meetPartCases) }
