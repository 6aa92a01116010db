package extract

import "testing"

// jointBodyCases: a joint body named for its countries meets as them.
var jointBodyCases = []wordingCase{
	{
		name: "a planned session of a two-country commission",
		text: "Both sides agreed to hold the next session of the Ghana-Peru Joint Commission in Lima next year.",
		want: []string{"MEETING/PLANNED: participant=Ghana; participant=Peru"},
		not:  []string{"participant=Ghana-Peru"},
	},
	{
		name: "a two-country commission met",
		text: "The Chile-Oman Joint Commission met in Muscat on Monday to review shipping links.",
		want: []string{"MEETING/HAPPENED: participant=Chile; participant=Oman"},
	},
	{
		name: "a body whose hyphenated name is no pair of countries stays itself",
		text: "The Bay-Area Transit Commission met in Oakland on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Bay-Area Transit Commission"},
	},
}

func TestWordingJointBodies(t *testing.T) { runWording(t, jointBodyCases) }

// mediatorCases: who mediates talks sits in them.
var mediatorCases = []wordingCase{
	{
		name: "a country's name joined to the participle by a hyphen",
		text: "Premier Oskar Lind held Qatar-brokered talks with President Mira Kovac in Doha on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Mira Kovac; participant=Oskar Lind; participant=Qatar"},
	},
	{
		name: "a mediator by agent, the participle hung on the last side",
		text: "Talks between Chile and Peru, mediated by Norway, ended in Oslo on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Chile; participant=Norway; participant=Peru"},
	},
	{
		name: "a trailing participle with its agent, hung on the verb that held the talks",
		text: "Chile and Peru held talks in Oslo on Monday, mediated by the African Union.",
		want: []string{"MEETING/HAPPENED: participant=African Union; participant=Chile; participant=Peru"},
	},
	{
		name: "a mediator alone makes no meeting",
		text: "The Ghana-brokered ceasefire collapsed on Monday.",
		not:  []string{"MEETING"},
	},
}

func TestWordingMediators(t *testing.T) { runWording(t, mediatorCases) }

// tripTalksCases: talks a trip is for are where that trip goes.
var tripTalksCases = []whereCase{
	{"talks a second leg is for, \"on to\" read as \"to\"",
		"Minister Ana Ruiz will travel to Cusco on Friday to tour the ruins with Mayor Pedro Salas, before flying on to Quito for talks with Chancellor Luis Vera.",
		"2026-05-12", "MEETING Luis Vera", "Quito", "-"},
}

func TestWordingTripTalks(t *testing.T) { runWhere(t, tripTalksCases) }
