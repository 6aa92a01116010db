package extract

import "testing"

// theyGroupCases are invented stories in which a meeting of two people is
// told first, and a later sentence says "they" after naming a group of
// people by a plural noun ("his team-mates", "the miners"): "they" is that
// group, so the pair does not travel or meet again.
var theyGroupCases = []wordingCase{
	{
		name: "team-mates sail",
		text: "Markets were calm on Wednesday.\n\nManager Tom Vale met Ana Ortiz in Porto on Monday.\n\nThe goalkeeper is expected to meet up with the team-mates at the port, where they sail for Malta on Friday.",
		want: []string{"MEETING: participant=Ana Ortiz; participant=Tom Vale"},
		not:  []string{"destination=Malta; visitor=Tom Vale", "destination=Malta; visitor=Ana Ortiz"},
	},
	{
		name: "officials travel",
		text: "Markets were calm on Wednesday.\n\nPresident Aiko Mori met President Li Wen in Tokyo on Monday.\n\nTrade officials will leave on Friday, and they will travel to Seoul next week.",
		not:  []string{"visitor=Aiko Mori", "visitor=Li Wen"},
	},
	{
		name: "miners meet",
		text: "Markets were calm on Wednesday.\n\nLabour Minister Rosa Quintero met Graham Ostler in Santiago on Monday.\n\nThe striking miners want a deal and they will meet mine owners on Friday.",
		want: []string{"MEETING: participant=Graham Ostler; participant=Rosa Quintero"},
		not:  []string{"MEETING/PLANNED: participant=Graham Ostler; participant=Rosa Quintero"},
	},
	{
		name: "players visit",
		text: "Markets were calm on Wednesday.\n\nCoach Alan Pryce met Peter Otieno in Nairobi on Tuesday.\n\nThe players are relaxed and they will visit a school in Mombasa on Thursday.",
		not:  []string{"visitor=Alan Pryce", "visitor=Peter Otieno"},
	},
	{
		name: "executives fly",
		text: "Markets were calm on Wednesday.\n\nHarlow Mining chief Tomas Vale met Hanbit Steel chief Lee Min on Monday.\n\nSeveral executives are unhappy and they will fly to Busan to inspect the plant.",
		not:  []string{"visitor=Tomas Vale", "visitor=Lee Min"},
	},
	{
		name: "fans travel",
		text: "Markets were calm on Wednesday.\n\nClub owner Nikos Pappas met Mayor Ayse Demir in Izmir on Monday.\n\nThousands of fans are expected and they will travel to Athens for the final.",
		not:  []string{"visitor=Nikos Pappas", "visitor=Ayse Demir"},
	},
	{
		name: "troops arrive",
		text: "Markets were calm on Wednesday.\n\nDefence Minister Omar Said met General Hassan Nabil in Amman on Sunday.\n\nThe first troops arrived on Tuesday and they will go to Aqaba next week.",
		not:  []string{"visitor=Omar Said", "visitor=Hassan Nabil"},
	},
	{
		name: "investors meet",
		text: "Markets were calm on Wednesday.\n\nBank chief Carla Benedetti met Finance Minister Marco Gallo in Rome on Monday.\n\nForeign investors are nervous and they will meet regulators in Milan on Friday.",
		not:  []string{"MEETING/PLANNED: participant=Carla Benedetti; participant=Marco Gallo"},
	},
	{
		name: "a they with no group before it is still the pair",
		text: "Markets were calm on Wednesday.\n\nPresident Aiko Mori met President Li Wen in Tokyo on Monday.\n\nOn Tuesday they flew to Osaka together.",
		want: []string{"VISIT: destination=Osaka; visitor=Aiko Mori", "VISIT: destination=Osaka; visitor=Li Wen"},
	},
	{
		name: "a they after plural things, no people, is still the pair",
		text: "Markets were calm on Wednesday.\n\nPresident Aiko Mori met President Li Wen in Tokyo on Monday.\n\nWith the trade figures in hand, they flew to Osaka on Tuesday.",
		want: []string{"VISIT: destination=Osaka; visitor=Aiko Mori", "VISIT: destination=Osaka; visitor=Li Wen"},
	},
	{
		name: "officials who say what they will do tell the news of the pair",
		text: "Markets were calm on Wednesday.\n\nFinland and Estonia held talks in Vienna on Monday. Officials said they would meet again in June.",
		want: []string{"MEETING/PLANNED: participant=Estonia; participant=Finland"},
	},
	{
		name: "a they after the pair's names in the sentence is the pair",
		text: "Markets were calm on Wednesday.\n\nPresident Aiko Mori and President Li Wen said they would sign a trade accord in Osaka.",
		want: []string{"AGREEMENT: signatory=Aiko Mori; signatory=Li Wen"},
	},
}

func TestWordingTheyGroup(t *testing.T) { runWording(t, theyGroupCases) }
