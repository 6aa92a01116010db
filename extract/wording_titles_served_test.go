package extract

import "testing"

// servedTitleCases: offices written with no "of" whose body or country
// the story gives elsewhere: a band's members, a commission's
// commissioner, a member of Congress, a head of government in a story of
// one country.
var servedTitleCases = []officeCase{
	{
		name:  "a band's drummer and bassist are the band's",
		text:  "Scottish rock band Velvet Larks have sold a million records. Velvet Larks met when drummer Tom Vale was working at a bar where bassist Ned Hurst played.",
		roles: []string{"Tom Vale: Drummer of Velvet Larks", "Ned Hurst: Bassist of Velvet Larks"},
	},
	{
		name:  "a band's singer opening the sentence is the band's",
		text:  "The indie band Copper Gulls formed in Leeds in 2001. Singer Ana Cole joined a year later, and guitarist Jo Pratt followed. Copper Gulls will tour in May.",
		roles: []string{"Ana Cole: Singer of Copper Gulls", "Jo Pratt: Guitarist of Copper Gulls"},
	},
	{
		name:  "a commissioner after the commission's spokesman is the commission's",
		text:  "But a Velmoran Commission spokesman said farm commissioner Henk Dorn told them prices would fall.",
		roles: []string{"Henk Dorn: Farm Commissioner of Velmoran Commission"},
	},
	{
		name:  "a commissioner is of the one commission the story names",
		text:  "The Harbour Commission will meet on Friday to review fees. Trade commissioner Lise Amar said on Tuesday the fees were too high.",
		roles: []string{"Lise Amar: Trade Commissioner of Harbour Commission"},
	},
	{
		name:  "a senator with an American state's party is of the Senate the story names",
		text:  "Sen. Bill Tarr, a Missouri Republican, said the Senate would act on the bill next month.",
		roles: []string{"Bill Tarr: Senator of Senate"},
	},
	{
		name:  "a representative with a party and state is of the House the story names",
		text:  "The House of Representatives will vote on the bill next week. Rep. Jim Olds, an Ohio Democrat, said he would oppose it.",
		roles: []string{"Jim Olds: Representative of House of Representatives"},
	},
	{
		name:  "a congressman with a party letter and state is of Congress",
		text:  "Congress is expected to debate the measure in May. Congressman Dan Pike (D-Tex.) said he would back it.",
		roles: []string{"Dan Pike: Congressman of Congress"},
	},
	{
		name:  "a prime minister in a story of one country's affairs is that country's",
		text:  "Japanese press reports said Prime Minister Aki Toru has said he may compromise on his sales tax plan. Toru had vowed to press on with the tax to reform Japan's tax system. Opposition parties say the tax would hurt the Japanese people. Some 36 of Japan's 47 provinces oppose it.",
		roles: []string{"Aki Toru: Prime Minister of Japan"},
	},
	// negatives
	{
		name:    "a senator of no American party and state, in a story of another country, is of no American chamber",
		text:    "The Philippine Senate met on Monday. Senator Rosa Lim said Manila would review the Philippine bases treaty, and Philippine officials agreed.",
		noRoles: []string{"Rosa Lim: Senator of U.S. Senate", "Rosa Lim: Senator of Senate"},
	},
	{
		name:    "a band's member where the story names two bands is of neither",
		text:    "The rock band Velvet Larks toured with the band Copper Gulls last year. Drummer Tom Vale left in March.",
		noRoles: []string{"Tom Vale: Drummer of Velvet Larks", "Tom Vale: Drummer of Copper Gulls"},
	},
	{
		name:    "a band named once among a concert's acts is not the singer's",
		text:    "Harbour Lights will not play new songs at the concert, which will feature singer Mia Holt. Other acts include Leeds band Velvet Larks.",
		noRoles: []string{"Mia Holt: Singer of Velvet Larks"},
	},
	{
		name:    "a chancellor in a story of another country is not that country's",
		text:    "The then Lord Chancellor, Lord Amwell, advised on the war. Iraq's new government met in Baghdad, and Iraqi officials said Iraq would hold elections.",
		noRoles: []string{"Lord Amwell: Chancellor of Iraq"},
	},
	{
		name:    "a prime minister in a story of two countries is of neither by counting",
		text:    "Prime Minister Aki Toru said trade with Canada and Norway would grow. Canadian and Norwegian officials agreed. Canada and Norway will meet again.",
		noRoles: []string{"Aki Toru: Prime Minister of Canada", "Aki Toru: Prime Minister of Norway"},
	},
}

func TestTitlesServedBodies(t *testing.T) { runTitles(t, servedTitleCases) }
