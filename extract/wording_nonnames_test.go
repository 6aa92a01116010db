package extract

import "testing"

// nonNameCases are capitalised words that only look like names: a party
// member's title with no name after it ("a Tory MP said"), a body's
// common noun opening a sentence ("Government said"), a number before a
// nationality ("Two Sri Lankan fishermen"), a two-word nationality
// ("Cape Verdean officials"), the second half of a coordinated region
// ("Eastern and Southern Africa"). None is an entity. A party with its
// member's name, two countries coordinated and a region named alone stay.
var nonNameCases = []personNameCase{
	{
		name:  "a Tory MP with no name",
		text:  "Welfare vote\n\nA senior Tory MP said on Tuesday the welfare bill would fail in the Commons.",
		facts: []string{"!PERSON Tory MP", "!ORGANIZATION Tory MP", "!OTHER Tory MP"},
	},
	{
		name:  "a Labour MP opening the sentence",
		text:  "Rail strike\n\nLabour MP said the strike would go ahead, according to a union official in Leeds.",
		facts: []string{"!PERSON Labour MP", "!ORGANIZATION Labour MP", "!OTHER Labour MP"},
	},
	{
		name:  "a Tory MP opening the story",
		text:  "Fishing quotas\n\nTory MP warned on Friday that the quota deal would hurt Cornish ports.",
		facts: []string{"!PERSON Tory MP", "!ORGANIZATION Tory MP", "!OTHER Tory MP"},
	},
	{
		name:  "Government opening a sentence",
		text:  "Fuel prices\n\nGovernment said on Monday it would cut the fuel tax by five cents a litre.",
		facts: []string{"!OTHER Government", "!PERSON Government", "!ORGANIZATION Government"},
	},
	{
		name:  "Opposition opening a later sentence",
		text:  "Fuel prices\n\nThe finance ministry raised the fuel tax on Monday. Opposition said it would fight the rise in parliament.",
		facts: []string{"!OTHER Opposition", "!PERSON Opposition", "!ORGANIZATION Opposition"},
	},
	{
		name:  "a number before a two-word nationality",
		text:  "Boats seized\n\nTwo Sri Lankan fishermen were arrested by the coast guard near Rameswaram on Sunday.",
		facts: []string{"!OTHER Two Sri Lankan", "!PERSON Two Sri Lankan", "!ORGANIZATION Two Sri Lankan"},
	},
	{
		name:  "a number before a plural two-word nationality",
		text:  "Avalanche\n\nThree New Zealanders were among the climbers killed in the avalanche, police said.",
		facts: []string{"!ORGANIZATION Three New Zealanders", "!OTHER Three New Zealanders", "!PERSON Three New Zealanders"},
	},
	{
		name:  "Cape Verdean officials",
		text:  "Ferry sinks\n\nCape Verdean officials said on Monday that the ferry sank off Fogo island with 40 people on board.",
		facts: []string{"!PERSON Cape Verdean", "!GPE Cape Verdean", "!OTHER Cape Verdean"},
	},
	{
		name:  "the Cape Verdean president",
		text:  "Dakar summit\n\nThe Cape Verdean president arrived in Dakar on Sunday for talks on fishing rights.",
		facts: []string{"!PERSON Cape Verdean", "!GPE Cape Verdean", "!OTHER Cape Verdean", "GPE Dakar"},
	},
	{
		name:  "Eastern and Southern Africa",
		text:  "Drought\n\nThe drought hit Eastern and Southern Africa hardest, the aid agency said on Wednesday.",
		facts: []string{"!GPE Southern Africa", "!LOCATION Southern Africa", "!OTHER Southern Africa"},
	},
	{
		name:  "East and Central Africa",
		text:  "Aid meeting\n\nAid agencies working in East and Central Africa met in Nairobi on Thursday.",
		facts: []string{"!GPE Central Africa", "!LOCATION Central Africa", "GPE Nairobi"},
	},
	{
		name:  "Western and Central Europe",
		text:  "Bank loans\n\nThe development bank said it would lend more to Western and Central Europe next year.",
		facts: []string{"!GPE Central Europe", "!LOCATION Central Europe"},
	},
	{
		name:  "a party's senator with no name",
		text:  "Budget vote\n\nA Democratic Senator said on Thursday the budget would not pass this week.",
		facts: []string{"!PERSON Democratic Senator", "!ORGANIZATION Democratic Senator", "!OTHER Democratic Senator"},
	},
	{
		name:  "a party's senator opening the sentence",
		text:  "Budget vote\n\nRepublican Senator warned that the budget would not pass.",
		facts: []string{"!PERSON Republican Senator", "!ORGANIZATION Republican Senator", "!OTHER Republican Senator"},
	},
	{
		name:  "a people of two words",
		text:  "Election\n\nSouth Africans voted on Wednesday in the closest election in years.",
		facts: []string{"!OTHER South Africans", "!PERSON South Africans", "!ORGANIZATION South Africans"},
	},
	{
		name:  "a people of two words after a quantifier",
		text:  "Election\n\nSome Sri Lankans living abroad voted by post, the election office said.",
		facts: []string{"!OTHER Sri Lankans", "!OTHER Some Sri Lankans", "!PERSON Sri Lankans"},
	},
	// near misses
	{
		name:  "a party's senator with a name stays a person",
		text:  "Budget vote\n\nRepublican Senator Dana Whitlow said on Thursday the budget would not pass.",
		facts: []string{"PERSON Dana Whitlow", "!PERSON Republican Senator"},
	},
	{
		name:  "a Tory MP with a name stays a person of the party",
		text:  "Welfare vote\n\nTory MP Harriet Cole said on Tuesday the welfare bill would fail.",
		facts: []string{"PERSON Harriet Cole", "ORGANIZATION Conservative Party"},
	},
	{
		name:  "two countries coordinated by compass words stay a country",
		text:  "Border talks\n\nEnvoys of North and South Korea met at the border village on Monday.",
		facts: []string{"GPE South Korea"},
	},
	{
		name:  "a region named alone stays",
		text:  "Drought\n\nThe drought hit Southern Africa hardest, the aid agency said on Wednesday.",
		facts: []string{"GPE Southern Africa"},
	},
}

func TestNonNames(t *testing.T) { runPersonNames(t, nonNameCases) }
