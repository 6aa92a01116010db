package extract

import "testing"

// pairFirmCases name a firm of two surnames closed by a designator
// ("Hollis and Marwood Inc", "Carver and Platt Securities Inc"), also
// where a surname is a city's name too ("Houston and Marwood Inc"), and a
// country's body of two words before the noun it qualifies ("a U.S. Air
// Force contract"): each is one organisation, never a place and a
// shorter firm ("Marwood Inc") or a country and a bare "Air Force".
// A state and a firm, a city with a preposition before it, and a
// country before a single body word stay what they are.
var pairFirmCases = []personNameCase{
	{
		name:  "two surnames and Inc, named again without Inc",
		text:  "Hollis and Marwood Inc said on Monday it would buy back 2 mln shares. Hollis and Marwood has 30 mln shares outstanding.",
		facts: []string{"ORGANIZATION Hollis and Marwood Inc", "Hollis and Marwood Inc ~ Hollis and Marwood", "!ORGANIZATION Marwood Inc", "!PERSON Hollis"},
	},
	{
		name:  "a city's name as the first surname, Inc",
		text:  "Houston and Marwood Inc said it would buy back 2 mln of its shares. The buyback will be paid from cash.",
		facts: []string{"ORGANIZATION Houston and Marwood Inc", "!ORGANIZATION Marwood Inc", "!GPE Houston"},
	},
	{
		name:  "a city's name as the first surname, Securities Inc, after a verb",
		text:  "Pelham Foods said it had hired Denver and Platt Securities Inc to advise it on the bid from Corbin Group.",
		facts: []string{"ORGANIZATION Denver and Platt Securities Inc", "!ORGANIZATION Platt Securities Inc", "!GPE Denver"},
	},
	{
		name:  "a city's name as the first surname, Co, as an analyst's firm",
		text:  "Analyst Ruth Kessel of Dallas and Crane Co said the shares were cheap at 14 dlrs.",
		facts: []string{"ORGANIZATION Dallas and Crane Co", "!ORGANIZATION Crane Co", "!GPE Dallas"},
	},
	{
		name:  "a city's name as the second surname, Inc",
		text:  "Shares of Garland and Boston Inc rose 2 dlrs after the retailer reported higher sales in 2025.",
		facts: []string{"ORGANIZATION Garland and Boston Inc", "!ORGANIZATION Boston Inc", "!GPE Boston"},
	},
	{
		name:  "a U.S. Air Force contract",
		text:  "Lockwood Avionics won a U.S. Air Force contract worth 40 mln dlrs for jet engine parts, the company said.",
		facts: []string{"ORGANIZATION U.S. Air Force", "!ORGANIZATION Air Force", "!GPE United States"},
	},
	{
		name:  "a U.S. Coast Guard order",
		text:  "Tarrant Marine said on Thursday it had received a U.S. Coast Guard order for six patrol boats.",
		facts: []string{"ORGANIZATION U.S. Coast Guard", "!ORGANIZATION Coast Guard", "!GPE United States"},
	},
	{
		name:  "a U.S. Marine Corps contract, signed",
		text:  "Brayton Optics signed a U.S. Marine Corps contract for night sights last week, the company said.",
		facts: []string{"ORGANIZATION U.S. Marine Corps", "!ORGANIZATION Marine Corps", "!GPE United States"},
	},
	{
		name:  "two surnames and Inc. closing a sentence, named again in the next",
		text:  "The offer was made by Hollis and Marwood Inc. Hollis and Marwood said it owned 5 pct of the company.",
		facts: []string{"ORGANIZATION Hollis and Marwood Inc.", "Hollis and Marwood Inc. ~ Hollis and Marwood", "!ORGANIZATION Marwood Inc.", "!ORGANIZATION Hollis", "!ORGANIZATION Marwood"},
	},
	{
		name:  "two surnames and Securities Inc. closing a sentence",
		text:  "The stake was bought by Carver and Platt Securities Inc. Carver and Platt said it might buy more shares.",
		facts: []string{"Carver and Platt Securities Inc. ~ Carver and Platt", "!ORGANIZATION Platt Securities Inc.", "!ORGANIZATION Carver"},
	},
	{
		name:  "two surnames and Ltd. closing a sentence",
		text:  "The notes were sold through Pennock and Drury Ltd. Pennock and Drury said demand was strong.",
		facts: []string{"Pennock and Drury Ltd. ~ Pennock and Drury", "!ORGANIZATION Drury Ltd.", "!ORGANIZATION Pennock"},
	},
	{
		name:  "two surnames and Corp. closing a sentence, named again in the future tense",
		text:  "Marlow Group hired Ashby and Crane Corp. Ashby and Crane will advise it on the bid.",
		facts: []string{"Ashby and Crane Corp. ~ Ashby and Crane", "!ORGANIZATION Crane Corp.", "!ORGANIZATION Ashby"},
	},
	// near misses
	{
		name:  "a legal form with its stop before a title stays with its firm",
		text:  "The stake is held by Hollis and Marwood Inc. Chairman John Kerr said it would not sell.",
		facts: []string{"ORGANIZATION Hollis and Marwood Inc.", "PERSON John Kerr", "!ORGANIZATION Marwood Inc."},
	},
	{
		name:  "a legal form with its stop inside a sentence",
		text:  "He joined Tellan Corp. in 1990 and left it in 1995 for Marlow Group.",
		facts: []string{"ORGANIZATION Tellan Corp.", "ORGANIZATION Marlow Group"},
	},
	{
		name:  "a state and a firm are two",
		text:  "Texas and Marwood Inc signed an accord on water rights on Friday.",
		facts: []string{"GPE Texas", "!ORGANIZATION Texas and Marwood Inc"},
	},
	{
		name:  "a city after in and a firm are two",
		text:  "Kessler said it had two plants in Houston and Marwood Inc said it would buy them both.",
		facts: []string{"GPE Houston", "!ORGANIZATION Houston and Marwood Inc"},
	},
	{
		name:  "a country and one body word stay one body",
		text:  "Lockwood Avionics won a U.S. Navy contract worth 40 mln dlrs for radar parts.",
		facts: []string{"ORGANIZATION U.S. Navy", "!GPE United States"},
	},
}

func TestPairFirmNames(t *testing.T) { runPersonNames(t, pairFirmCases) }
