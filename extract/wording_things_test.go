package extract

import "testing"

// thingCases name things that are no entity: a benchmark rate, a bond, a code, a rights tool, a blogging tool, a robot,
// a contest played between clubs, and a name with a pronoun's contraction
// after it ("Kevin I'd"). The body that issues, makes or runs them stays
// an entity where it acts. ("Treasury" before "notes" or "bonds" stays a
// body: CoNLL marks it one there.)
var thingCases = []personNameCase{
	{
		name:  "a benchmark rate",
		text:  "Rates\n\nThree-month Libor rose to 2 percent on Tuesday.",
		facts: []string{"!ORGANIZATION Libor", "!PERSON Libor"},
	},
	{
		name:  "a Eurobond sold by a firm",
		text:  "Bond sale\n\nKestrel Motors sold a Eurobond worth 500 million euros.",
		facts: []string{"ORGANIZATION Kestrel Motors", "!ORGANIZATION Eurobond"},
	},
	{
		name:  "a PIN",
		text:  "Cards\n\nCustomers must enter a PIN at the till from next month.",
		facts: []string{"!ORGANIZATION PIN"},
	},
	{
		name:  "DRM",
		text:  "Music\n\nThe songs were sold without DRM for the first time.",
		facts: []string{"!ORGANIZATION DRM"},
	},
	{
		name:  "a blogging tool in apposition",
		text:  "Blogs\n\nShe wrote the post with Quillpad, a blogging tool made by a small firm.",
		facts: []string{"!ORGANIZATION Quillpad", "!PERSON Quillpad", "!GPE Quillpad"},
	},
	{
		name:  "a robot called",
		text:  "Robots\n\nThe robot, called Tamsin, walked up the stairs at the fair.",
		facts: []string{"!PERSON Tamsin", "!ORGANIZATION Tamsin"},
	},
	{
		name:  "the Champions League as a contest",
		text:  "Final\n\nThe club won the Champions League final in Rome on Saturday.",
		facts: []string{"!ORGANIZATION Champions League", "GPE Rome"},
	},
	{
		name:  "a league's match",
		text:  "Match\n\nHe scored twice in a Premier League match against Leeds.",
		facts: []string{"!ORGANIZATION Premier League"},
	},
	{
		name:  "a name and a contraction",
		text:  "Interview\n\n\"It was fine,\" said Kevin. \"Kevin I'd call a friend,\" she said.",
		facts: []string{"!PERSON Kevin I'd"},
	},
	// negatives: bodies stay bodies
	{
		name:  "the Treasury as a body",
		text:  "Sanctions\n\nThe Treasury said on Monday it would freeze the assets.",
		facts: []string{"ORGANIZATION Treasury"},
	},
	{
		name:  "a league as a body",
		text:  "Fine\n\nThe Premier League fined the club 2 million pounds on Friday.",
		facts: []string{"ORGANIZATION Premier League"},
	},
	{
		name:  "an acronym of a body after a",
		text:  "Loan\n\nThe country agreed an IMF loan on Monday.",
		facts: []string{"ORGANIZATION International Monetary Fund"},
	},
	{
		name:  "a firm's software keeps its firm",
		text:  "Software\n\nThe bank uses Microsoft software for its branches.",
		facts: []string{"ORGANIZATION Microsoft"},
	},
}

func TestThings(t *testing.T) { runPersonNames(t, thingCases) }
