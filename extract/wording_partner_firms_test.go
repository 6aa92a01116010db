package extract

import "testing"

// partnerFirmCases name a firm by its partners' surnames or initials
// joined by commas, "and" or "&": one ORGANIZATION where a legal form, a
// kin word ("and Sons"), a trade after two initials, an ampersand before
// the last of three names, or the story calling the pair a firm says so.
// Two sides of talks, two people, two places and two firms each named in
// full stay apart.
var partnerFirmCases = []personNameCase{
	{
		name:  "three names and a legal form",
		text:  "Auditors\n\nThe accounting firm Hollis, Brandt, Keller and Moss Inc said on Monday it had hired 40 auditors.",
		facts: []string{"ORGANIZATION Hollis, Brandt, Keller and Moss Inc", "!ORGANIZATION Keller and Moss Inc"},
	},
	{
		name:  "two surnames, a law firm in apposition",
		text:  "Lenders\n\nDunmore and Wray, the Boston law firm, represents the lenders in the case.",
		facts: []string{"ORGANIZATION Dunmore and Wray", "!OTHER Wray", "GPE Boston"},
	},
	{
		name:  "the law firm of two surnames, one also a town",
		text:  "Lawsuit\n\nThe law firm of Ashby and Crane filed the suit in Denver on Friday.",
		facts: []string{"ORGANIZATION Ashby and Crane", "!GPE Ashby", "GPE Denver"},
	},
	{
		name:  "two initials and a trade",
		text:  "Trucks\n\nJ and M Trucking Co said its trucks were idle because of the strike.",
		facts: []string{"ORGANIZATION J and M Trucking Co", "!ORGANIZATION M Trucking Co"},
	},
	{
		name:  "two initials, lines and a legal form",
		text:  "Freight\n\nShares of T and R Freight Lines Corp fell 4 percent on Tuesday.",
		facts: []string{"ORGANIZATION T and R Freight Lines Corp", "!ORGANIZATION Freight Lines Corp"},
	},
	{
		name:  "brothers and company",
		text:  "Profit\n\nPell Brothers and Co Inc reported higher profit for the year.",
		facts: []string{"ORGANIZATION Pell Brothers and Co Inc", "!ORGANIZATION Co Inc"},
	},
	{
		name:  "a founder and sons",
		text:  "Jobs\n\nVance and Sons Inc said on Wednesday it would cut 80 jobs.",
		facts: []string{"ORGANIZATION Vance and Sons Inc", "!ORGANIZATION Sons Inc"},
	},
	{
		name:  "three names, an ampersand before the last",
		text:  "Advisers\n\nThe deal was advised by Quill, Mercer & Dorn, people close to it said.",
		facts: []string{"ORGANIZATION Quill, Mercer & Dorn", "!ORGANIZATION Mercer & Dorn", "!ORGANIZATION Quill"},
	},
	{
		name:  "an accounting firm of two surnames",
		text:  "Audit\n\nThe accounting firm Harrow and Lisle audited the books last year.",
		facts: []string{"ORGANIZATION Harrow and Lisle"},
	},
	// negatives
	{
		name:  "two sides of talks",
		text:  "Talks\n\nTalks between Hollis and Marsh ended on Monday without a deal.",
		facts: []string{"!ORGANIZATION Hollis and Marsh"},
	},
	{
		name:  "two people in apposition",
		text:  "Lawyers\n\nKeller and Moss, the two lawyers, spoke to reporters outside the court.",
		facts: []string{"!ORGANIZATION Keller and Moss"},
	},
	{
		name:  "two firms each named in full",
		text:  "Merger\n\nOrtega and Lyle Corp and Brandt Industries Inc agreed to merge.",
		facts: []string{"ORGANIZATION Ortega and Lyle Corp", "ORGANIZATION Brandt Industries Inc"},
	},
	{
		name:  "two countries after a firm's noun",
		text:  "Pact\n\nThe trading firm of the year sold goods to Britain and France.",
		facts: []string{"GPE France", "!ORGANIZATION Britain and France"},
	},
	{
		name:  "two people named in full",
		text:  "Founders\n\nAnna Varga and Tomas Keel founded the firm in 2001.",
		facts: []string{"PERSON Anna Varga", "PERSON Tomas Keel"},
	},
}

func TestPartnerFirms(t *testing.T) { runPersonNames(t, partnerFirmCases) }
