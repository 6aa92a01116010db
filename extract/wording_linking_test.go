package extract

import "testing"

// linkingCases name one body, firm, club or country twice in one story in
// two forms news uses for it: a ministry's name either way round, a
// committee with and without its chamber, a club's head word alone, a
// firm's former name, a country's formal name, an exchange's leading word.
// Each is one entity. Where the short form fits two (two "City" clubs, two
// Islamic republics) or each form is tied to its own country, they stay
// apart.
var linkingCases = []personNameCase{
	{
		name:  "a ministry named head first, then head last",
		text:  "The Ministry of Coastal Affairs said on Monday it would build three new ports. The Coastal Affairs Ministry said work would start in May.",
		facts: []string{"ORGANIZATION Ministry of Coastal Affairs", "Ministry of Coastal Affairs ~ Coastal Affairs Ministry", "!ORGANIZATION Coastal Affairs Ministry"},
	},
	{
		name:  "a department named head last, then head first",
		text:  "The Energy Department said on Tuesday it would release oil from the reserve. A spokesman for the Department of Energy said the sale would begin in June.",
		facts: []string{"ORGANIZATION Department of Energy", "Department of Energy ~ Energy Department", "!ORGANIZATION Energy Department"},
	},
	{
		name:  "a ministry of the interior and the interior ministry",
		text:  "The Ministry of the Interior in Velmora banned the rally on Friday. The Interior Ministry said the ban would last a week.",
		facts: []string{"Ministry of the Interior ~ Interior Ministry", "!ORGANIZATION Interior Ministry"},
	},
	{
		name:  "a committee with its chamber, then without",
		text:  "The House of Commons Transport Select Committee questioned rail bosses on Monday. The Transport Select Committee said fares were too high.",
		facts: []string{"ORGANIZATION House of Commons Transport Select Committee", "House of Commons Transport Select Committee ~ Transport Select Committee", "!ORGANIZATION Transport Select Committee"},
	},
	{
		name:  "a committee without its chamber, then with it",
		text:  "The Fisheries Select Committee will hear evidence from trawler owners on Tuesday. Members of the House of Commons Fisheries Select Committee said quotas were unfair.",
		facts: []string{"House of Commons Fisheries Select Committee ~ Fisheries Select Committee", "!ORGANIZATION Fisheries Select Committee"},
	},
	{
		name:  "a club's head word alone where the story has one such club",
		text:  "Hull City beat Leeds United 2-1 on Saturday. City scored twice in the second half.",
		facts: []string{"ORGANIZATION Hull City", "Hull City ~ City", "!ORGANIZATION City"},
	},
	{
		name:  "a firm and its former name after a comma",
		text:  "Armada Corp, formerly Northfield Steel Co, said on Monday it would buy a rival mill in Ohio.",
		facts: []string{"ORGANIZATION Armada Corp", "Armada Corp ~ Northfield Steel Co", "!ORGANIZATION Northfield Steel Co"},
	},
	{
		name:  "a firm and its former name in brackets, known as",
		text:  "Brenwick Foods Inc (formerly known as Tallis Dairy Co) raised its dividend on Thursday.",
		facts: []string{"ORGANIZATION Brenwick Foods Inc", "Brenwick Foods Inc ~ Tallis Dairy Co", "!ORGANIZATION Tallis Dairy Co"},
	},
	{
		name:  "the Islamic Republic of a story about Iran",
		text:  "Iran said on Monday it would resume talks on its nuclear programme. The Islamic Republic has always denied seeking weapons.",
		facts: []string{"GPE Iran", "Iran ~ Islamic Republic", "!GPE Islamic Republic"},
	},
	{
		name:  "the Kingdom of a story about Saudi Arabia",
		text:  "Saudi Arabia raised its oil output on Monday. The Kingdom said prices had fallen too far.",
		facts: []string{"GPE Saudi Arabia", "Saudi Arabia ~ Kingdom", "!GPE Kingdom"},
	},
	{
		name:  "an exchange's leading word read as a person",
		text:  "The Velmora Commodity Exchange said on Monday volumes rose. Velmora will open a new floor in June.",
		facts: []string{"ORGANIZATION Velmora Commodity Exchange", "Velmora Commodity Exchange ~ Velmora", "!OTHER Velmora", "!PERSON Velmora"},
	},
	{
		name:  "Washington D.C. and Washington",
		text:  "Officials in Washington D.C. said on Monday the bill would pass. Lobbyists in Washington said it would not.",
		facts: []string{"GPE Washington", "Washington ~ Washington D.C.", "!GPE Washington D.C."},
	},
	// near misses
	{
		name:  "City in a story with two City clubs",
		text:  "Hull City beat Manchester City 2-1 on Saturday. City scored twice in the second half.",
		facts: []string{"!Hull City ~ City", "!Manchester City ~ City"},
	},
	{
		name:  "the Islamic Republic of a story naming Iran and Pakistan",
		text:  "Iran and Pakistan said on Monday they would reopen the border. The Islamic Republic has denied arming rebels.",
		facts: []string{"!Iran ~ Islamic Republic", "!Pakistan ~ Islamic Republic"},
	},
	{
		name:  "two countries' commerce ministries",
		text:  "China's Commerce Ministry said on Monday exports rose. India's Ministry of Commerce said on Tuesday imports fell.",
		facts: []string{"!Ministry of Commerce ~ Commerce Ministry"},
	},
	{
		name:  "a firm that bought another is not its former name",
		text:  "Armada Corp, which bought Northfield Steel Co last year, said on Monday it would close a mill.",
		facts: []string{"!Armada Corp ~ Northfield Steel Co"},
	},
}

func TestLinkingForms(t *testing.T) { runPersonNames(t, linkingCases) }
