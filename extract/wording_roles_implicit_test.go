package extract

import "testing"

// roleStoryFirmCases: a bare corporate title in apposition ("X, chairman,
// said") is an office of the firm the story is about: the one the
// paragraph opens with as its subject, else the headline's; none where
// two firms might be meant.
var roleStoryFirmCases = []officeCase{
	{
		name:  "chairman and chief executive after a lede naming the firm",
		text:  "Kestrel Mills to cut 400 jobs\n\nKestrel Mills Ltd said on Monday it would cut 400 jobs at its plant in Leeds. Ann Lowe, chairman and chief executive, said the company had no choice.",
		roles: []string{"Ann Lowe: Chairman of Kestrel Mills Ltd", "Ann Lowe: Chief Executive of Kestrel Mills Ltd"},
	},
	{
		name:  "a bare president who could not be reached",
		text:  "Harbin Foods posts record profit\n\nHarbin Foods Inc reported record first-quarter profit on Tuesday. Tom Reed, president, could not be reached for comment.",
		roles: []string{"Tom Reed: President of Harbin Foods Inc"},
	},
	{
		name:  "a capitalised chairman in a wire story",
		text:  "Tolland Corp agrees sale of stake\n\nTolland Corp said it had agreed to sell 49 pct of its shipping arm to a Greek group. Dan Ortiz, Chairman, would keep 51 pct, the company said.",
		roles: []string{"Dan Ortiz: Chairman of Tolland Corp"},
	},
	{
		name:  "a chief executive quoted after said",
		text:  "Brackwell Steel raises dividend\n\nBrackwell Steel Plc raised its dividend on Wednesday. \"We are confident,\" said Mary Finch, chief executive.",
		roles: []string{"Mary Finch: Chief Executive of Brackwell Steel Plc"},
	},
	{
		name:  "a managing director after a sentence about the bank",
		text:  "Ostrander Bank names new head\n\nOstrander Bank said on Friday it had appointed a new head of lending. Results were flat, said Peter Glass, managing director, in a statement.",
		roles: []string{"Peter Glass: Managing Director of Ostrander Bank"},
	},
	{
		name:  "a vice president for a portfolio",
		text:  "Vessel Systems says sales up\n\nVessel Systems Inc said sales rose 12 pct in the quarter. Carol Baines, vice president for finance, said margins also improved.",
		roles: []string{"Carol Baines: Vice President for Finance of Vessel Systems Inc"},
	},
	{
		name:  "a chief financial officer telling analysts",
		text:  "Pennock Group sees flat year\n\nPennock Group said it expected a flat year. John Wise, chief financial officer, told analysts that costs would fall.",
		roles: []string{"John Wise: Chief Financial Officer of Pennock Group"},
	},
	{
		name:  "the subject firm, not the one it talks with",
		text:  "Garnet Mining in talks\n\nGarnet Mining Ltd is in talks with Yarrow Metals over a merger. Lisa Pratt, president, declined to comment.",
		roles: []string{"Lisa Pratt: President of Garnet Mining Ltd"},
	},
	{
		name:  "a chairman after a dateline",
		text:  "Ferris Textiles to close mill\n\nLONDON, April 12 - Ferris Textiles Plc said it would close its mill in Bolton, blaming cheap imports. Roger Hale, chairman, said 200 workers would lose their jobs.",
		roles: []string{"Roger Hale: Chairman of Ferris Textiles Plc"},
	},
	{
		name:  "the headline's firm when the paragraph names none",
		text:  "Dunlow Foods sees higher sales\n\nSales of beer at Dunlow Foods rose sharply in the summer months, and demand stayed high in September. Greg Stone, president, said he expected the trend to continue.",
		roles: []string{"Greg Stone: President of Dunlow Foods"},
	},
	{
		name:  "a treasurer of the firm the sentence names",
		text:  "Corvin Textiles said on Monday it would issue new bonds, and Hal Pike, treasurer, said the issue would be priced next week.",
		roles: []string{"Hal Pike: Treasurer of Corvin Textiles"},
	},
}

// roleStoryFirmNegatives: no firm is given where two compete, where the
// firm is only named in passing, or to another person's office.
var roleStoryFirmNegatives = []officeCase{
	{
		name:    "two firms in the headline leave the president of none",
		text:    "Harlan Oil and Bexley Gas to merge\n\nShares of both companies rose sharply on the news. Tim Holt, president, said the deal would close in June.",
		noRoles: []string{"Tim Holt: President of Harlan Oil", "Tim Holt: President of Bexley Gas"},
	},
	{
		name:    "a firm only named in passing is no one's",
		text:    "Farm prices fall\n\nFarm prices fell for a third month, a survey showed. Buyers such as Merton Grain cut orders. Jim Bell, chairman, said farmers were worried.",
		noRoles: []string{"Jim Bell: Chairman of Merton Grain"},
	},
	{
		name:    "a country's president is no firm's",
		text:    "Kell Motors opened a plant in Vessia on Monday. President Ana Ruiz of Vessia attended the ceremony.",
		noRoles: []string{"Ana Ruiz: President of Kell Motors"},
	},
	{
		name:    "a title of another body stays that body's",
		text:    "Halden Paper said on Tuesday it would close two mills. Ray Moss, chairman of the Halden Workers Union, said the union would strike.",
		roles:   []string{"Ray Moss: Chairman of Halden Workers Union"},
		noRoles: []string{"Ray Moss: Chairman of Halden Paper"},
	},
}

// roleUnitAtBodyCases: an office of a unit at a body ("director of
// equities at Y") or a member of a body's board ("a member of the Y
// management board") is the body's.
var roleUnitAtBodyCases = []officeCase{
	{
		name:  "an investment director of a unit at a firm",
		text:  "Sara Kemp, investment director of equities at Larkspur Investments, said shares were cheap.",
		roles: []string{"Sara Kemp: Investment Director of Equities of Larkspur Investments"},
	},
	{
		name:  "a head of a desk at a firm",
		text:  "\"We see value in bonds,\" said Paul Dunn, head of fixed income at Morrow Capital.",
		roles: []string{"Paul Dunn: Head of Fixed Income of Morrow Capital"},
	},
	{
		name:  "a member of a firm's management board",
		text:  "Karl Meister, a member of the Norsk Auto management board, said on Monday that sales would rise.",
		roles: []string{"Karl Meister: Member of the Management Board of Norsk Auto"},
	},
	{
		name:  "a member of a firm's executive board",
		text:  "Lena Sauer, a member of the Delmar Chemie executive board, told reporters the plant would stay open.",
		roles: []string{"Lena Sauer: Member of the Executive Board of Delmar Chemie"},
	},
	{
		name:  "a member of the board of a firm",
		text:  "Otto Brandt, a member of the board of Vinter Bank, said the bank had enough capital.",
		roles: []string{"Otto Brandt: Member of the Board of Vinter Bank"},
	},
	{
		name:  "a director of research at a partnership",
		text:  "Jane Orr, director of research at Calder Partners, said the sector was overvalued.",
		roles: []string{"Jane Orr: Director of Research of Calder Partners"},
	},
	{
		name:  "a head of trading at a bank in a city",
		text:  "Omar Haddad, head of trading at Quill Bank in Dubai, said volumes were thin.",
		roles: []string{"Omar Haddad: Head of Trading of Quill Bank"},
	},
	{
		name:  "a member of a bank's supervisory board",
		text:  "Greta Holm, a member of the Ostberg Bank supervisory board, resigned on Friday.",
		roles: []string{"Greta Holm: Member of the Supervisory Board of Ostberg Bank"},
	},
}

// rolePossessiveFirmCases: a firm's possessive before a compound title
// and the name gives each office to the firm, also where the firm's name
// is a common word or a month's.
var rolePossessiveFirmCases = []officeCase{
	{
		name:  "chairman and chief executive after a one-word firm",
		text:  "On Monday Kestrel's chairman and chief executive Jo Lanier resigned after a board dispute.",
		roles: []string{"Jo Lanier: Chairman of Kestrel", "Jo Lanier: Chief Executive of Kestrel"},
	},
	{
		name:  "a two-word firm's plural possessive",
		text:  "At the meeting, Orbit Foods' president Sam Kerr told shareholders the company would grow.",
		roles: []string{"Sam Kerr: President of Orbit Foods"},
	},
	{
		name:  "chairman and managing director of a holding firm",
		text:  "Beacon Holdings' chairman and managing director Tim Frost said the shares were cheap.",
		roles: []string{"Tim Frost: Chairman of Beacon Holdings", "Tim Frost: Managing Director of Beacon Holdings"},
	},
	{
		name:  "a firm named for a month",
		text:  "Analysts said August's managing director Fiona Grey would open ten stores this year.",
		roles: []string{"Fiona Grey: Managing Director of August"},
	},
	{
		name:  "a firm named by a common word",
		text:  "Shares rose after Harvest's finance director Ian Blake said debt would be cut by half.",
		roles: []string{"Ian Blake: Finance Director of Harvest"},
	},
	{
		name:  "a firm named by a weekday",
		text:  "Brokers said Friday's managing director Ella Stone would step down in May.",
		roles: []string{"Ella Stone: Managing Director of Friday"},
	},
	{
		name:  "president and chief operating officer of a firm of a common word",
		text:  "Liberty's president and chief operating officer Kim Ashe left the company on Friday.",
		roles: []string{"Kim Ashe: President of Liberty", "Kim Ashe: Chief Operating Officer of Liberty"},
	},
	{
		name:  "a chief executive of a one-word firm",
		text:  "Marlow's chief executive Alan Peck said on Tuesday that the bid was too low.",
		roles: []string{"Alan Peck: Chief Executive of Marlow"},
	},
	{
		name:  "a new chairman",
		text:  "Pioneer's new chairman Derek Moss takes over in June.",
		roles: []string{"Derek Moss: Chairman of Pioneer"},
	},
}

// rolePoliticalBodyCases: an office of a body written in lower case ("World
// bank president X") is the body's.
var rolePoliticalBodyCases = []officeCase{
	{
		name:  "a lower-case commission's president",
		text:  "European commission president Hans Vogel said on Monday that the budget would be cut.",
		roles: []string{"Hans Vogel: President of European Commission"},
	},
	{
		name:  "a foreign secretary named again bare",
		text:  "Foreign Secretary Harriet Cole flew to Paris on Monday. On Tuesday the foreign secretary assured the Commons that talks would go on.",
		roles: []string{"Harriet Cole: Foreign Secretary of United Kingdom"},
	},
}

// roleClubCases: a club's manager, by the club's name as a modifier, its
// possessive, or a manager's side.
var roleClubCases = []officeCase{
	{
		name:  "a club boss",
		text:  "Larkspur boss Jim Dale said his players had let the fans down.",
		roles: []string{"Jim Dale: Boss of Larkspur"},
	},
	{
		name:  "the club's manager in apposition",
		text:  "Ashby United won 2-0 on Saturday. The club's manager, Neil Grant, praised his players.",
		roles: []string{"Neil Grant: Manager of Ashby United"},
	},
	{
		name:  "the club's coach in apposition",
		text:  "Vardon Rovers lost at home again on Sunday. The club's coach, Milan Petrov, said the team lacked confidence.",
		roles: []string{"Milan Petrov: Coach of Vardon Rovers"},
	},
	{
		name:  "a sacked manager",
		text:  "Ashby United sacked their manager Colin Reeve on Monday after a run of defeats.",
		roles: []string{"Colin Reeve: Manager of Ashby United"},
	},
}

// rolePossessiveFirmNegatives: a month before a date or a title pair
// without the holder's body names no firm and gives no second office.
var rolePossessiveFirmNegatives = []officeCase{
	{
		name:    "last August's chairman is no firm's",
		text:    "In a letter, the board said that August's results were poor and chairman Ole Brun would answer questions.",
		noRoles: []string{"Ole Brun: Chairman of August"},
	},
	{
		name:    "the president and a minister may be two people",
		text:    "The visitors met the president and foreign minister Juan Lopez in Lima on Monday.",
		noRoles: []string{"Juan Lopez: President"},
	},
}

func TestRolesPossessiveFirmNegatives(t *testing.T) { runTitles(t, rolePossessiveFirmNegatives) }
func TestRolesStoryFirm(t *testing.T)               { runTitles(t, roleStoryFirmCases) }
func TestRolesStoryFirmNegatives(t *testing.T)      { runTitles(t, roleStoryFirmNegatives) }
func TestRolesUnitAtBody(t *testing.T)              { runTitles(t, roleUnitAtBodyCases) }
func TestRolesPossessiveFirm(t *testing.T)          { runTitles(t, rolePossessiveFirmCases) }
func TestRolesPoliticalBody(t *testing.T)           { runTitles(t, rolePoliticalBodyCases) }
func TestRolesClub(t *testing.T)                    { runTitles(t, roleClubCases) }

// roleSideCases: "X's side" in a story about a club makes X its manager;
// none where X holds another office or no club is the story's.
var roleSideCases = []officeCase{
	{
		name:  "a side that has lost again",
		text:  "Brisco Athletic lost 3-1 at home on Saturday. Mark Lyle's side have now lost five games in a row.",
		roles: []string{"Mark Lyle: Manager of Brisco Athletic"},
	},
	{
		name:  "a side after a headline naming the club",
		text:  "Dorwick Rovers slump goes on\n\nDorwick Rovers were beaten again on Tuesday night. Sam Fenn's side sit bottom of the table.",
		roles: []string{"Sam Fenn: Manager of Dorwick Rovers"},
	},
	{
		name:  "a team that drew",
		text:  "Kelso Town drew 1-1 with the leaders on Sunday. Ian Rudd's team were unlucky not to win.",
		roles: []string{"Ian Rudd: Manager of Kelso Town"},
	},
	{
		name:    "a captain's side is no club he manages",
		text:    "Harlow Cricket Club won by six wickets. Captain Ben Ode's side chased 240 with ease.",
		noRoles: []string{"Ben Ode: Manager"},
	},
	{
		name:    "a politician's side of an argument names no club",
		text:    "The debate went on for hours. Ana Ruiz's side of the argument won few votes.",
		noRoles: []string{"Ana Ruiz: Manager"},
	},
}

func TestRolesSide(t *testing.T) { runTitles(t, roleSideCases) }
