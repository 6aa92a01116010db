package extract

import "testing"

// stateBodyCases name two of a state's departments joined by "and", each
// with its own head ("the U.S. Labor Department and Energy Department"):
// two bodies; and a body after "U.S.", which is named without the
// country and keeps the written form as an alias. A body whose field has
// "and" inside ("Food and Drug Administration", "Ministry of Trade and
// Industry"), a title and a one-word body stay as they were.
var stateBodyCases = []personNameCase{
	{
		name:  "two departments of one country",
		text:  "Study\n\nThe U.S. Labor Department and Energy Department said on Monday they would study the plan.",
		facts: []string{"ORGANIZATION Labor Department", "ORGANIZATION Energy Department", "!ORGANIZATION U.S. Labor Department and Energy Department"},
	},
	{
		name:  "two departments, another country",
		text:  "Exports\n\nThe Canadian Finance Department and Industry Department said exports rose in May.",
		facts: []string{"ORGANIZATION Industry Department", "!ORGANIZATION Canadian Finance Department and Industry Department"},
	},
	{
		name:  "two departments, then rules",
		text:  "Rules\n\nThe U.S. Commerce Department and Treasury Department issued new export rules.",
		facts: []string{"ORGANIZATION Commerce Department", "ORGANIZATION Treasury Department"},
	},
	{
		name:  "an agency and a department",
		text:  "Lawsuit\n\nThe U.S. Environmental Protection Agency and Interior Department were sued on Friday.",
		facts: []string{"ORGANIZATION Environmental Protection Agency", "ORGANIZATION Interior Department"},
	},
	{
		name:  "an administration with and inside, after U.S.",
		text:  "Storm\n\nThe U.S. National Oceanic and Atmospheric Administration said the storm would strengthen.",
		facts: []string{"ORGANIZATION National Oceanic and Atmospheric Administration", "!ORGANIZATION U.S. National Oceanic and Atmospheric Administration"},
	},
	{
		name:  "an aviation administration after U.S.",
		text:  "Jets\n\nThe U.S. Federal Aviation Administration grounded the jets on Tuesday.",
		facts: []string{"ORGANIZATION Federal Aviation Administration"},
	},
	{
		name:  "a service after US without stops",
		text:  "Mail\n\nThe US Postal Service said it would cut 10,000 jobs.",
		facts: []string{"ORGANIZATION Postal Service"},
	},
	{
		name:  "a department after U.S., named again without it",
		text:  "Jobs data\n\nThe U.S. Labor Department said payrolls rose. The Labor Department also revised April.",
		facts: []string{"ORGANIZATION Labor Department", "!ORGANIZATION U.S. Labor Department"},
	},
	// negatives
	{
		name:  "a body with and inside its field",
		text:  "Drug\n\nThe U.S. Food and Drug Administration approved the drug on Monday.",
		facts: []string{"ORGANIZATION Food and Drug Administration", "!ORGANIZATION Food", "!ORGANIZATION Drug Administration"},
	},
	{
		name:  "a ministry of two fields",
		text:  "Exports\n\nThe Ministry of Trade and Industry said exports rose.",
		facts: []string{"ORGANIZATION Ministry of Trade and Industry", "!ORGANIZATION Industry"},
	},
	{
		name:  "a department of two fields",
		text:  "Costs\n\nThe Department of Health and Human Services said costs rose.",
		facts: []string{"ORGANIZATION Department of Health and Human Services"},
	},
	{
		name:  "a chamber of one word after U.S.",
		text:  "Vote\n\nThe U.S. Senate passed the bill on Thursday.",
		facts: []string{"ORGANIZATION U.S. Senate", "!ORGANIZATION Senate and"},
	},
}

func TestStateBodies(t *testing.T) { runPersonNames(t, stateBodyCases) }
