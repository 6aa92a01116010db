package extract

import "testing"

// gameCases tell games in stories that report them by their scores or
// fixture lines: players and teams that meet or travel play a game, and
// no meeting or visit is told.
var gameCases = []wordingCase{
	{
		name: "a span of days before a month is no score",
		text: "Markets were calm on Wednesday.\n\nOn 3-4 June, Foreign Minister Ilse Varga of Hungary was received by Chancellor Tomas Brenn of Austria in Vienna.",
		want: []string{"MEETING: participant=Ilse Varga; participant=Tomas Brenn"},
	},
	{
		name: "a player to meet another after a score is a match",
		text: "Top seed Ivo Brandt beat Karel Hruby 6-2 6-3 on Friday. Brandt will meet Swede Olof Strand on Sunday.",
		not:  []string{"MEETING"},
	},
	{
		name: "the meetings of two players are their matches",
		text: "Olof Strand lost 6-4 6-1 to Ivo Brandt. Brandt has now beaten Strand in two of their three meetings.",
		not:  []string{"MEETING"},
	},
	{
		name: "a team travelling to meet another, in a story of fixture lines",
		text: "Dunmore Rovers will travel to Kingsmead Park to meet holders Ashby Athletic in January.\n\nAshby Athletic v Dunmore Rovers\n\nCastleford United v Norwood Rovers\n\nKingsmead Rovers v Halden Town",
		not:  []string{"MEETING", "VISIT"},
	},
	{
		name: "the ball gathered by the keeper is no gathering",
		text: "Brackley Town won 3-0. Kasimir Rohl scored from a Tomas Jurgis free kick. The lively Jurgis was denied twice in the opening half - a fierce volley was safely gathered by Rohl and then he bent a free kick wide.",
		not:  []string{"MEETING"},
	},
	{
		name: "a result line heads the report",
		text: "Brackley Town 3-0 Halden Town\n\nKasimir Rohl scored from a Tomas Jurgis free kick. The lively Jurgis was denied twice in the opening half - a fierce volley was safely gathered by Rohl and then he bent a free kick wide.",
		not:  []string{"MEETING"},
	},
	{
		name: "a country that comes to a city in a story of scores is its team",
		text: "Norway beat Austria 18-10 on Saturday. Norway will try to win again when Finland come to Oslo next week.",
		not:  []string{"VISIT"},
	},
	{
		name: "a side seen off is beaten, not met",
		text: "Kasimir Rohl saw off Tomas Jurgis in the closing stages to take the title.",
		not:  []string{"MEETING"},
	},
	{
		name: "a player to meet another in a round of a named competition",
		text: "Ivo Brandt is set to meet Frenchman Luc Morel in the first round of the Kessel Open.",
		not:  []string{"MEETING"},
	},
	{
		name: "a manager and officials meeting representatives of other sides, in a story of scores, meet",
		text: "Kerrow lost 2-0 away to Vessia. Manager Alan Prell and federation officials met representatives from Vessia and Tormund to arrange the fixture schedule.",
		want: []string{"MEETING: participant=Alan Prell; participant=Tormund; participant=Vessia"},
	},
	{
		name: "talks held in a story of scores are talks",
		text: "Dunmore Rovers won 3-1 on Saturday. Club director Ian Marsh held talks with Karl Oden on Sunday.",
		want: []string{"MEETING: participant=Ian Marsh; participant=Karl Oden"},
	},
	{
		name: "a stage of a competition with no noun after it, read as an adjective",
		text: "Dunmore Athletic met Harrow Vale in the league final on Saturday.",
		not:  []string{"MEETING"},
	},
	{
		name: "a stage hung on the opponent",
		text: "Petra Vasko met Irena Holm in the semi-final of the Ostrava Open on Friday.",
		not:  []string{"MEETING"},
	},
}

func TestWordingGames(t *testing.T) { runWording(t, gameCases) }
