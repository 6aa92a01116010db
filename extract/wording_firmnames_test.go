package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// firmNameCases are invented sentences of firms named for their founders,
// whose names read as surnames joined by "and", "&" or commas, or as a
// founder's possessive before the firm's trade: each is one organisation,
// never its founders as people or places apart. Two people, two firms
// named apart and two countries stay two.
var firmNameCases = []wordingCase{
	// "A and B": one firm where the story shows it is one
	{
		name:   "a pair of surnames bought as one: the firm",
		text:   "Brantley Media agreed on Monday to buy Hale and Whitcombe for 40 million pounds.",
		ents:   map[string]newsgraph.EntityType{"Hale and Whitcombe": newsgraph.Organization, "Brantley Media": newsgraph.Organization},
		absent: []string{"Hale", "Whitcombe"},
	},
	{
		name:   "a pair of surnames with a possessive on the second: the firm",
		text:   "Osgood and Lyle's chairman said the board backed the offer from Tellan Group.",
		ents:   map[string]newsgraph.EntityType{"Osgood and Lyle": newsgraph.Organization},
		absent: []string{"Osgood", "Lyle"},
	},
	{
		name:   "the sale of a pair of surnames to a buyer: the firm sold",
		text:   "The sale of Pennock and Drury to Brantley Media was completed on Friday, the publisher said.",
		ents:   map[string]newsgraph.EntityType{"Pennock and Drury": newsgraph.Organization, "Brantley Media": newsgraph.Organization},
		absent: []string{"Pennock", "Drury"},
	},
	{
		name:   "a pair of surnames closed by Co",
		text:   "Kessler and Dunn Co signed a supply agreement with Marwick Foods on Tuesday.",
		ents:   map[string]newsgraph.EntityType{"Kessler and Dunn Co": newsgraph.Organization},
		absent: []string{"Kessler", "Dunn Co"},
		want:   []string{"AGREEMENT: party=Kessler and Dunn Co; party=Marwick Foods"},
	},
	{
		name:   "a pair of surnames closed by Holdings",
		text:   "Gosling and Marsh Holdings agreed to merge with Tellan Group last year.",
		ents:   map[string]newsgraph.EntityType{"Gosling and Marsh Holdings": newsgraph.Organization},
		absent: []string{"Gosling", "Marsh Holdings"},
	},
	{
		name:   "a law firm closed by LLP",
		text:   "Arden and Blythe LLP advised the lenders on the deal, a spokesman for the bank said.",
		ents:   map[string]newsgraph.EntityType{"Arden and Blythe LLP": newsgraph.Organization},
		absent: []string{"Arden", "Blythe LLP", "Blythe"},
	},
	{
		name:   "a pair of surnames closed by Group that buys",
		text:   "Lowther and Crane Group said on Wednesday it had agreed to acquire Halden Printing.",
		ents:   map[string]newsgraph.EntityType{"Lowther and Crane Group": newsgraph.Organization},
		absent: []string{"Lowther", "Crane Group"},
	},
	{
		name:   "the same pair of surnames twice in the story: the firm",
		text:   "Quimby and Rourke, the booksellers, reported a loss on Monday. Analysts said Quimby and Rourke would close ten stores in Wales.",
		ents:   map[string]newsgraph.EntityType{"Quimby and Rourke": newsgraph.Organization},
		absent: []string{"Quimby", "Rourke"},
	},
	{
		name:   "a firm merged with a pair of surnames",
		text:   "Corvell Books merged with Haddon and Sayle in March, creating the country's largest publisher.",
		ents:   map[string]newsgraph.EntityType{"Haddon and Sayle": newsgraph.Organization},
		absent: []string{"Haddon", "Sayle"},
	},
	{
		name:   "an ampersand pair with a possessive",
		text:   "Farrow & Leckie's board approved the takeover by Ostler Bank on Thursday.",
		ents:   map[string]newsgraph.EntityType{"Farrow & Leckie": newsgraph.Organization},
		absent: []string{"Farrow", "Leckie"},
	},
	// comma-joined partnership names closed by a legal form
	{
		name:   "initials, surnames and Inc. between commas: one firm",
		text:   "L.M. Carver, Hollis, Baptiste Inc. agreed on Monday to buy Tarnow Press.",
		ents:   map[string]newsgraph.EntityType{"L.M. Carver, Hollis, Baptiste Inc.": newsgraph.Organization},
		absent: []string{"L.M. Carver", "Hollis", "Baptiste Inc.", "Baptiste"},
	},
	{
		name:   "surnames and Co between commas",
		text:   "Mercer, Holt and Co signed an agreement with Marwick Foods on Tuesday.",
		ents:   map[string]newsgraph.EntityType{"Mercer, Holt and Co": newsgraph.Organization},
		absent: []string{"Mercer", "Holt and Co"},
		want:   []string{"AGREEMENT: party=Marwick Foods; party=Mercer, Holt and Co"},
	},
	{
		name:   "surnames, a trade and a partnership's form",
		text:   "Ashgrove, Pell Capital Co L.P. said on Monday it had agreed to buy Halden Printing.",
		ents:   map[string]newsgraph.EntityType{"Ashgrove, Pell Capital Co L.P.": newsgraph.Organization},
		absent: []string{"Pell Capital Co L.P.", "Ashgrove"},
	},
	{
		name:   "three surnames and Inc after a preposition",
		text:   "Analysts at Brindle, Mott, Varley Inc said the price was fair.",
		ents:   map[string]newsgraph.EntityType{"Brindle, Mott, Varley Inc": newsgraph.Organization},
		absent: []string{"Varley Inc", "Brindle", "Mott"},
	},
	{
		name:   "surnames and Co hired as advisers",
		text:   "Tarnow Press hired Quest, Dorran and Co to advise it on the sale.",
		ents:   map[string]newsgraph.EntityType{"Quest, Dorran and Co": newsgraph.Organization},
		absent: []string{"Dorran and Co", "Dorran"},
	},
	{
		name:   "surnames, an ampersand and Co. sold",
		text:   "Fenwick, Lacey & Co. was sold to Brantley Media in June.",
		ents:   map[string]newsgraph.EntityType{"Fenwick, Lacey & Co.": newsgraph.Organization},
		absent: []string{"Fenwick", "Lacey & Co.", "Lacey"},
	},
	{
		name:   "a law firm of three surnames and LLP",
		text:   "The lenders were advised by Ormsby, Kale, Tindall LLP, a person familiar with the deal said.",
		ents:   map[string]newsgraph.EntityType{"Ormsby, Kale, Tindall LLP": newsgraph.Organization},
		absent: []string{"Tindall LLP", "Ormsby", "Kale"},
	},
	{
		name:   "a month before a comma-joined firm is no part of it",
		text:   "In March Carver, Hollis, Baptiste Inc. agreed to buy Tarnow Press.",
		ents:   map[string]newsgraph.EntityType{"Carver, Hollis, Baptiste Inc.": newsgraph.Organization},
		absent: []string{"March Carver, Hollis, Baptiste Inc.", "March Carver"},
	},
	{
		name:   "a weekday and its comma before a comma-joined firm are no part of it",
		text:   "On Friday, Ravel, Stone and Co said it would buy Halden Printing.",
		ents:   map[string]newsgraph.EntityType{"Ravel, Stone and Co": newsgraph.Organization},
		absent: []string{"Friday, Ravel, Stone and Co"},
	},
	// a founder's possessive before the firm's trade
	{
		name:   "a founder's possessive opens a consultancy's name",
		text:   "Barrow's Retail Consulting Group signed a contract with Marwick Foods on Monday.",
		ents:   map[string]newsgraph.EntityType{"Barrow's Retail Consulting Group": newsgraph.Organization},
		absent: []string{"Barrow", "Retail Consulting Group"},
		want:   []string{"AGREEMENT: party=Barrow's Retail Consulting Group; party=Marwick Foods"},
	},
	{
		name:   "a founder's possessive opens a furnisher's name",
		text:   "Tellmore's Home Furnishing Group agreed to buy Halden Printing last week.",
		ents:   map[string]newsgraph.EntityType{"Tellmore's Home Furnishing Group": newsgraph.Organization},
		absent: []string{"Tellmore", "Home Furnishing Group"},
	},
	{
		name:   "a founder's possessive opens an adviser's name after at",
		text:   "Analysts at Penrose's Capital Advisory Group said the bid was too low.",
		ents:   map[string]newsgraph.EntityType{"Penrose's Capital Advisory Group": newsgraph.Organization},
		absent: []string{"Penrose", "Capital Advisory Group"},
	},
	{
		name:   "a founder's possessive opens a services group",
		text:   "Dunstan's Property Services Group won the contract to run the depot.",
		ents:   map[string]newsgraph.EntityType{"Dunstan's Property Services Group": newsgraph.Organization},
		absent: []string{"Dunstan", "Property Services Group"},
	},
	{
		name:   "a founder's possessive opens a travel group that merges",
		text:   "Whitlock's Travel Group agreed to merge with Coral Holdings, the two firms said.",
		ents:   map[string]newsgraph.EntityType{"Whitlock's Travel Group": newsgraph.Organization},
		absent: []string{"Whitlock", "Travel Group"},
	},
	{
		name:   "a founder's possessive opens a firm closed by Ltd",
		text:   "Ferrand's Fine Foods Ltd said it would close its bakery in Leeds.",
		ents:   map[string]newsgraph.EntityType{"Ferrand's Fine Foods Ltd": newsgraph.Organization},
		absent: []string{"Ferrand", "Fine Foods Ltd"},
	},
	{
		name: "a consultancy named by a surname and its trade",
		text: "Kestrel Consulting Group signed a contract with Marwick Foods.",
		ents: map[string]newsgraph.EntityType{"Kestrel Consulting Group": newsgraph.Organization},
	},
	{
		name:   "a founder's possessive opens a chain of stores",
		text:   "Calloway's Home Improvement Stores will shut 12 shops, the retailer said on Monday.",
		ents:   map[string]newsgraph.EntityType{"Calloway's Home Improvement Stores": newsgraph.Organization},
		absent: []string{"Calloway", "Home Improvement Stores"},
	},
	// negatives: two people, two firms, two countries
	{
		name:   "two surnames that meet are no firm",
		text:   "Smith and Jones met in Geneva on Monday.",
		absent: []string{"Smith and Jones"},
	},
	{
		name:   "two surnames the story pairs twice, read as people, are no firm",
		text:   "Smith and Jones met in Geneva on Monday. Smith and Jones said later that the talks had gone well.",
		absent: []string{"Smith and Jones"},
	},
	{
		name:   "talks between two names are between two sides",
		text:   "Talks between Harrow and Selwyn on the sale of Brantley Media broke down on Friday.",
		absent: []string{"Harrow and Selwyn"},
	},
	{
		name:   "a sentence adverb and its comma open no firm",
		text:   "Meanwhile, Dover, Kent and Essex Holdings reported a loss for the year.",
		absent: []string{"Meanwhile, Dover, Kent and Essex Holdings"},
	},
	{
		name:   "a work's possessive is no firm's",
		text:   "Wallace and Gromit's creator signed a new deal with the studio on Monday.",
		absent: []string{"Wallace and Gromit"},
	},
	{
		name:   "two titled people are no firm",
		text:   "Mr Hale and Ms Whitcombe met in Geneva on Monday to discuss the sale.",
		absent: []string{"Hale and Whitcombe", "Mr Hale and Ms Whitcombe"},
	},
	{
		name:   "two people named in full earlier are no firm, even bought from",
		text:   "Tomas Abbot and Rui Reyes founded the bakery in 1990. Brantley Media agreed to buy the bakery from Abbot and Reyes on Monday.",
		absent: []string{"Abbot and Reyes"},
	},
	{
		name:   "two firms, each with its own ending, agree to merge: two firms",
		text:   "Northwind Air and Coral Holdings agreed to merge on Monday.",
		ents:   map[string]newsgraph.EntityType{"Northwind Air": newsgraph.Organization, "Coral Holdings": newsgraph.Organization},
		absent: []string{"Northwind Air and Coral Holdings"},
	},
	{
		name:   "two firms each named alone elsewhere are two",
		text:   "Tarrant agreed to buy Hollis and Marsh on Monday. Hollis makes paper and Marsh makes ink.",
		absent: []string{"Hollis and Marsh"},
	},
	{
		name:   "two countries are two",
		text:   "France and Germany signed an accord on Monday.",
		absent: []string{"France and Germany"},
		want:   []string{"AGREEMENT: party=France; party=Germany"},
	},
	{
		name:   "countries listed before a firm closed by Co are no firm",
		text:   "Germany, France and Halden Printing Co signed the accord in Paris.",
		ents:   map[string]newsgraph.EntityType{"Germany": newsgraph.GPE, "France": newsgraph.GPE},
		absent: []string{"Germany, France and Halden Printing Co"},
	},
	{
		name:   "people listed before a firm are no firm",
		text:   "Anna Varga, Tomas Keel and Halden Printing Co signed the letter.",
		ents:   map[string]newsgraph.EntityType{"Anna Varga": newsgraph.Person, "Tomas Keel": newsgraph.Person},
		absent: []string{"Anna Varga, Tomas Keel and Halden Printing Co"},
	},
	{
		name:   "a country's possessive owns a party, it is no founder",
		text:   "Kenya's Labour Party agreed to a pact with the unions.",
		ents:   map[string]newsgraph.EntityType{"Kenya": newsgraph.GPE},
		absent: []string{"Kenya's Labour Party"},
	},
	{
		name:   "a person's possessive named in full is no founder",
		text:   "Anna Varga's Reform Group won six seats, and Varga said she was pleased.",
		ents:   map[string]newsgraph.EntityType{"Anna Varga": newsgraph.Person},
		absent: []string{"Anna Varga's Reform Group"},
	},
}

func TestWordingFirmNames(t *testing.T) { runWording(t, firmNameCases) }
