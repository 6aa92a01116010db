package extract

import "testing"

// rolePortfolioListCases: an office named by a list of portfolios, with
// commas and a last "and", before the name ("Agriculture, Forestry and
// Fisheries Minister X"): the whole list is the title, of the country
// told before it.
var rolePortfolioListCases = []officeCase{
	{
		name:  "a nationality before agriculture, forestry and fisheries",
		text:  "Japanese Agriculture, Forestry and Fisheries Minister Taro Ueda said on Tuesday the import ban would stay.",
		roles: []string{"Taro Ueda: Agriculture, Forestry and Fisheries Minister of Japan"},
	},
	{
		name:  "health, labour and welfare opening the sentence",
		text:  "Health, Labour and Welfare Minister Keiko Sato told parliament on Monday that the pension rules would change.",
		roles: []string{"Keiko Sato: Health, Labour and Welfare Minister"},
	},
	{
		name:  "a possessive country before four portfolios",
		text:  "Japan's Land, Infrastructure, Transport and Tourism Minister Ken Mori visited the new port at Kobe.",
		roles: []string{"Ken Mori: Land, Infrastructure, Transport and Tourism Minister of Japan"},
	},
	{
		name:  "trade, industry and energy in the past",
		text:  "South Korean Trade, Industry and Energy Minister Park Jae-won flew to Jakarta last week.",
		roles: []string{"Park Jae-won: Trade, Industry and Energy Minister of South Korea"},
	},
	{
		name:  "a list whose country follows the name",
		text:  "Economy, Trade and Industry Minister Yuto Hara of Japan arrived in Hanoi on Sunday.",
		roles: []string{"Yuto Hara: Economy, Trade and Industry Minister of Japan"},
	},
	{
		name:  "a list with a nationality of one word, in the future",
		text:  "Zambian Mines, Energy and Water Minister Grace Banda will open the smelter on Friday.",
		roles: []string{"Grace Banda: Mines, Energy and Water Minister of Zambia"},
	},
	{
		name:  "education, culture and science after a dateline",
		text:  "TOKYO, May 4 - Japanese Education, Culture and Science Minister Aya Kondo said school fees would be cut.",
		roles: []string{"Aya Kondo: Education, Culture and Science Minister of Japan"},
	},
	{
		name:  "a list of portfolios in the middle of a sentence",
		text:  "The plan was backed by Japanese Health, Labour and Welfare Minister Keiko Sato on Monday.",
		roles: []string{"Keiko Sato: Health, Labour and Welfare Minister of Japan"},
	},
	// near misses
	{
		name:    "a list of surnames before a trade minister",
		text:    "Smith, Jones and Trade Minister Tom Bell met in London on Monday.",
		noRoles: []string{"Tom Bell: Jones and Trade Minister", "Tom Bell: Smith, Jones and Trade Minister"},
	},
	{
		name:    "a list of countries before a trade minister",
		text:    "Officials from France, Germany and Trade Minister Tom Bell met in London on Monday.",
		noRoles: []string{"Tom Bell: France, Germany and Trade Minister", "Tom Bell: Germany and Trade Minister"},
	},
	{
		name:    "a president and a minister named in a row",
		text:    "President Jonas Berg, Premier Ana Lind and Foreign Minister Eva Holm met in Oslo on Monday.",
		noRoles: []string{"Eva Holm: Ana Lind and Foreign Minister", "Eva Holm: Lind and Foreign Minister"},
	},
}

func TestRolesPortfolioList(t *testing.T) { runTitles(t, rolePortfolioListCases) }
