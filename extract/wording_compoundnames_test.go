package extract

import "testing"

// compoundNameCases name a person whose given names are two
// (Scandinavian, German: "Per Egil Rustad", "Karl Heinz Brandt"), one of
// them also a month ("Jan Petter Sissener", "May Britt Lunde"), or whose
// name holds short words that are function words too ("To Lam", "Do
// Muoi", "Le Kha Phieu", "Van der Merwe", "Abu Bakar"), also after a
// country's possessive: one person, never cut. A date before a name, a
// month before a firm and a French newspaper stay what they are.
var compoundNameCases = []personNameCase{
	{
		name:  "a Norwegian of two given names, named again by surname",
		text:  "Oslo rates\n\nNorwegian Finance Minister Per Egil Rustad met bankers in Oslo on Monday. Rustad said rates would stay low.",
		facts: []string{"PERSON Per Egil Rustad", "Per Egil Rustad ~ Rustad", "!PERSON Egil Rustad"},
	},
	{
		name:  "a given name that is a month, opening the sentence",
		text:  "Oslo shares\n\nJan Petter Sissener, an analyst at Fonder Invest, said the shares were cheap. Sissener expects a rise.",
		facts: []string{"PERSON Jan Petter Sissener", "Jan Petter Sissener ~ Sissener", "!PERSON Petter Sissener"},
	},
	{
		name:  "a given name that is a month, after such as",
		text:  "Oslo shares\n\nAnalysts such as Jan Tore Myhre expect the shares to rise this year.",
		facts: []string{"PERSON Jan Tore Myhre", "!PERSON Tore Myhre"},
	},
	{
		name:  "a given name that is a month, in an apposition",
		text:  "Fisheries talks\n\nThe minister, Jan Erik Vollan, said the talks with Iceland went well.",
		facts: []string{"PERSON Jan Erik Vollan", "!PERSON Erik Vollan"},
	},
	{
		name:  "May as a given name opening the sentence",
		text:  "Oil output\n\nMay Britt Lunde, the Norwegian oil minister, said output would rise in 2027.",
		facts: []string{"PERSON May Britt Lunde", "!PERSON Britt Lunde"},
	},
	{
		name:  "a German of two given names",
		text:  "Stake sale\n\nGerman industrialist Karl Heinz Brandt said on Tuesday he would sell his stake. Brandt owns 30 percent.",
		facts: []string{"PERSON Karl Heinz Brandt", "Karl Heinz Brandt ~ Brandt", "!PERSON Heinz Brandt"},
	},
	{
		name:  "To Lam after a country's possessive",
		text:  "Vientiane visit\n\nVietnam's To Lam met Laotian President Khamsing Vong in Vientiane on Monday.",
		facts: []string{"PERSON To Lam", "!OTHER Lam", "!PERSON Lam", "!ORGANIZATION To Lam"},
	},
	{
		name:  "Do Muoi after a country's possessive",
		text:  "Beijing visit\n\nVietnam's Do Muoi met Chinese officials in Beijing on Friday.",
		facts: []string{"PERSON Do Muoi", "!OTHER Muoi", "!OTHER Do Muoi"},
	},
	{
		name:  "Van der Merwe named again",
		text:  "Rand outlook\n\nSouth African finance minister Pieter Van der Merwe said the rand would recover. Van der Merwe spoke in Cape Town.",
		facts: []string{"PERSON Pieter Van der Merwe", "Pieter Van der Merwe ~ Van der Merwe"},
	},
	{
		name:  "Abu Bakar named again by the two words",
		text:  "Jakarta talks\n\nMalaysian minister Abu Bakar Hamzah arrived in Jakarta on Sunday. Abu Bakar met his Indonesian counterpart.",
		facts: []string{"PERSON Abu Bakar Hamzah", "Abu Bakar Hamzah ~ Abu Bakar", "!PERSON Abu Bakar"},
	},
	{
		name:  "a Vietnamese name of three words opening with Le, after close to",
		text:  "Party congress\n\nOfficials close to Le Kha Phieu said on Monday that he would step down in June.",
		facts: []string{"PERSON Le Kha Phieu", "!ORGANIZATION Le Kha Phieu", "!OTHER Le Kha Phieu"},
	},
	{
		name:  "a Vietnamese name of three words opening with To, opening the sentence",
		text:  "Land reform\n\nTo Huy Rua, a senior party official, said the land plan was approved.",
		facts: []string{"PERSON To Huy Rua", "!PERSON Huy Rua"},
	},
	{
		name:  "a Vietnamese name of three words opening with Le, meeting",
		text:  "Border talks\n\nLe Duc Thanh met Chinese officials in Beijing on Monday to discuss the border.",
		facts: []string{"PERSON Le Duc Thanh", "!ORGANIZATION Le Duc Thanh"},
	},
	// near misses
	{
		name:  "a French newspaper opening with Le stays a newspaper",
		text:  "Talks fail\n\nThe French daily Le Monde said on Monday that the talks had failed.",
		facts: []string{"ORGANIZATION Le Monde", "!PERSON Le Monde"},
	},
	{
		name:  "a month before a firm is a date",
		text:  "Profit rise\n\nIn May Kessler Corp said its profit rose by a third.",
		facts: []string{"ORGANIZATION Kessler Corp", "!ORGANIZATION May Kessler Corp", "!PERSON May Kessler"},
	},
	{
		name:  "a month and a day before a name is a date",
		text:  "Oslo shares\n\nOn Jan 12 Petter Sissener said the shares were cheap.",
		facts: []string{"PERSON Petter Sissener", "!PERSON Jan Petter Sissener"},
	},
	{
		name:  "June before a firm of two words is a date",
		text:  "Dividend cut\n\nIn June Hollis Marwood Corp cut its dividend by half.",
		facts: []string{"!PERSON June Hollis Marwood", "!ORGANIZATION June Hollis Marwood Corp"},
	},
}

func TestCompoundNames(t *testing.T) { runPersonNames(t, compoundNameCases) }
