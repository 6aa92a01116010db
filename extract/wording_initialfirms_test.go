package extract

import "testing"

// initialFirmCases name a firm whose name opens with its founder's
// initials ("K.L. Danvers Co Inc", "E.R. Holt and Co") and later by its
// core name alone ("Danvers"), also where the source writes an odd
// capital ("K.L. DAnvers"): one organisation, the short name its alias,
// never a person or a second firm. A person written with initials stays
// a person.
var initialFirmCases = []personNameCase{
	{
		name: "initials, Co Inc, then the core name",
		text: "K.L. Danvers Co Inc said on Monday it had raised its quarterly dividend to 12 cts a share. Danvers will pay the dividend on May 4.",
		facts: []string{"ORGANIZATION K.L. Danvers Co Inc", "K.L. Danvers Co Inc ~ Danvers",
			"!PERSON Danvers", "!ORGANIZATION Danvers", "!PERSON K.L. Danvers"},
	},
	{
		name:  "initials with an odd capital in the source",
		text:  "K.L. DAnvers Co Inc said on Monday it had raised its quarterly dividend to 12 cts a share. Danvers will pay the dividend on May 4.",
		facts: []string{"K.L. DAnvers Co Inc ~ Danvers", "!PERSON Danvers", "!ORGANIZATION Danvers", "!PERSON K.L. DAnvers"},
	},
	{
		name: "initials, and Co, then the core name",
		text: "E.R. Holt and Co said its first-quarter net profit rose 14 pct. Holt said sales of its garden tools were strong in the spring.",
		facts: []string{"ORGANIZATION E.R. Holt and Co", "E.R. Holt and Co ~ Holt",
			"!PERSON Holt", "!ORGANIZATION Holt", "!PERSON E.R. Holt"},
	},
	{
		name:  "spaced initials, Corp, then the core name in a later sentence",
		text:  "J. W. Brannock Corp has agreed to sell its trucking unit to Felder Group for 31 mln dlrs. Brannock said the sale would close in June. The unit had sales of 90 mln dlrs last year, Brannock added.",
		facts: []string{"J. W. Brannock Corp ~ Brannock", "!PERSON Brannock", "!ORGANIZATION Brannock"},
	},
	{
		name:  "two initials, Inc, named later in the past tense",
		text:  "A.T. Mulrooney Inc reported a loss of 3.2 mln dlrs for the year. Mulrooney had earned 1.1 mln dlrs a year earlier, the company said.",
		facts: []string{"ORGANIZATION A.T. Mulrooney Inc", "A.T. Mulrooney Inc ~ Mulrooney", "!PERSON Mulrooney", "!ORGANIZATION Mulrooney"},
	},
	{
		name:  "three initials, Co, named later with a possessive",
		text:  "Shares of H.G.P. Whitlock Co rose 2 dlrs on Tuesday after the toolmaker reported higher orders. Whitlock's chairman said the outlook for 1988 was good.",
		facts: []string{"H.G.P. Whitlock Co ~ Whitlock", "!PERSON Whitlock", "!ORGANIZATION Whitlock"},
	},
	{
		name:  "initials, Ltd, in a British story",
		text:  "LONDON, March 3 - R.J. Pemberton Ltd, the building materials group, said pretax profit fell to 8.4 mln stg. Pemberton expects a better second half.",
		facts: []string{"R.J. Pemberton Ltd ~ Pemberton", "!PERSON Pemberton", "!ORGANIZATION Pemberton", "!PERSON R.J. Pemberton"},
	},
	{
		name:  "initials, Co Inc, named later by the core name as subject of a purchase",
		text:  "D.F. Kittredge Co Inc said it completed its purchase of a plastics plant in Ohio. Kittredge will make bottle caps at the plant.",
		facts: []string{"D.F. Kittredge Co Inc ~ Kittredge", "!PERSON Kittredge", "!ORGANIZATION Kittredge"},
	},
	{
		name:  "initials and an odd capital, Corp",
		text:  "B.C. MAcallister Corp said it will redeem its 9 pct notes on July 1. Macallister has 40 mln dlrs of the notes outstanding.",
		facts: []string{"B.C. MAcallister Corp ~ Macallister", "!PERSON Macallister", "!ORGANIZATION Macallister"},
	},
	// near misses: a person with initials stays a person, and a firm of
	// the same surname without initials is another matter
	{
		name:  "a person named with initials and then by surname",
		text:  "J.R. Whitfield, the chairman of Norcross Mills, said on Monday he would retire in June. Whitfield has led the company since 1971.",
		facts: []string{"PERSON J.R. Whitfield", "J.R. Whitfield ~ Whitfield", "!ORGANIZATION J.R. Whitfield", "!ORGANIZATION Whitfield"},
	},
	{
		name:  "a person with initials who runs a firm of another name",
		text:  "Tellam Industries Inc said T.J. Oakhurst has been named president. Oakhurst was formerly a vice president of Pelham Steel Corp.",
		facts: []string{"PERSON T.J. Oakhurst", "T.J. Oakhurst ~ Oakhurst", "ORGANIZATION Tellam Industries Inc", "!ORGANIZATION Oakhurst", "!Tellam Industries Inc ~ Oakhurst"},
	},
	{
		name:  "a person with initials quoted, the firm named apart",
		text:  "\"We expect higher sales,\" said W.H. Greaves, president of Corbin Foods Inc. Greaves said exports to Japan had doubled.",
		facts: []string{"PERSON W.H. Greaves", "W.H. Greaves ~ Greaves", "!Corbin Foods Inc ~ Greaves"},
	},
}

func TestInitialFirmNames(t *testing.T) { runPersonNames(t, initialFirmCases) }
