package extract

import "testing"

// roleTeamPostCases: a team's post written in lower case between the
// club, team or country and the name ("Kellmore skipper X", "Leeds forward
// Y") is that body's; the same words with no team before them ("put
// forward X", "the taxi driver Y") give no role.
var roleTeamPostCases = []officeCase{
	{
		name:  "a club's skipper who scored",
		text:  "Kellmore skipper Tom Bellamy scored twice in the second half on Saturday.",
		roles: []string{"Tom Bellamy: Skipper of Kellmore"},
	},
	{
		name:  "a city club's forward who was injured",
		text:  "Leeds forward Joe Kentish was injured in training on Thursday and will miss the derby.",
		roles: []string{"Joe Kentish: Forward of Leeds"},
	},
	{
		name:  "a united's goalkeeper by his other name",
		text:  "Westfield United keeper Sam Orwell saved a penalty in the last minute.",
		roles: []string{"Sam Orwell: Keeper of Westfield United"},
	},
	{
		name:  "a racing team's driver",
		text:  "Ferrari driver Carlos Vidaurre won the race in Monaco on Sunday.",
		roles: []string{"Carlos Vidaurre: Driver of Ferrari"},
	},
	{
		name:  "a rovers' centre-forward",
		text:  "Blackmoor Rovers centre-forward Dan Pryce signed a new contract on Friday.",
		roles: []string{"Dan Pryce: Centre-Forward of Blackmoor Rovers"},
	},
	{
		name:  "a country's batsman",
		text:  "England batsman Rory Trent made a century at Lord's on Thursday.",
		roles: []string{"Rory Trent: Batsman of England"},
	},
	{
		name:  "a club's skipper who said so",
		text:  "\"We were poor,\" Ashdown Athletic skipper Lee Garrow said after the defeat.",
		roles: []string{"Lee Garrow: Skipper of Ashdown Athletic"},
	},
	{
		name:  "a cycling team's rider",
		text:  "Movistar rider Pablo Ortuno won the stage on Tuesday.",
		roles: []string{"Pablo Ortuno: Rider of Movistar"},
	},
	{
		name:  "a club's playmaker",
		text:  "Kellmore playmaker Ivan Petrak was sent off before half-time.",
		roles: []string{"Ivan Petrak: Playmaker of Kellmore"},
	},
	// near misses
	{
		name:    "a name put forward",
		text:    "The committee put forward Mary Ellison as its candidate on Monday.",
		noRoles: []string{"Mary Ellison: Forward"},
	},
	{
		name:    "a taxi driver is no team's",
		text:    "The taxi driver Alan Moss said he saw nothing.",
		noRoles: []string{"Alan Moss: Driver"},
	},
	{
		name:    "a bowler named with no team",
		text:    "The veteran bowler Ken Ashby took five wickets on Friday.",
		noRoles: []string{"Ken Ashby: Bowler"},
	},
	{
		name:    "a keeper of no team",
		text:    "The zoo keeper Anna Roth fed the lions on Monday.",
		noRoles: []string{"Anna Roth: Keeper"},
	},
}

func TestRolesTeamPosts(t *testing.T) { runTitles(t, roleTeamPostCases) }
