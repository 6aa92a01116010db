package extract

import "testing"

// TestCoChaired: talks, a conference or a meeting chaired or hosted by
// two ("co-chaired by A and B", "co-hosted by A and B", "chaired by A
// with B") are a meeting of the two.
func TestCoChaired(t *testing.T) { runShared(t, coChairedCases) }

var coChairedCases = []sharedCase{
	{
		name: "talks co-chaired by two ministers",
		text: "The talks, co-chaired by Foreign Minister Lena Varga and Trade Minister Paul Roy, ended on Friday.",
		want: []string{"Lena Varga + Paul Roy | HAPPENED"},
	},
	{
		name: "a conference co-hosted by two leaders",
		text: "A conference co-hosted by President Tomas Ibarra and Prime Minister Olav Strand opened in Lima on Monday.",
		want: []string{"Olav Strand + Tomas Ibarra | HAPPENED | Lima | 1999-04-12"},
	},
	{
		name: "a meeting chaired by one with another",
		text: "A meeting chaired by Chancellor Dieter Brandt with President Ruth Ayala ended in Bonn on Tuesday.",
		want: []string{"Dieter Brandt + Ruth Ayala | HAPPENED"},
	},
	{
		name: "a summit to be co-chaired by two countries",
		text: "The summit, co-chaired by Kenya and Norway, will be held in Nairobi next month.",
		want: []string{"Kenya + Norway | PLANNED"},
	},
	{
		name: "talks co-chaired, held",
		text: "Talks co-chaired by Ministers Sara Berg and Omar Haddad were held in Cairo on Monday.",
		want: []string{"Omar Haddad + Sara Berg | HAPPENED | Cairo"},
	},
	{
		name: "a conference to be co-chaired",
		text: "The conference will be co-chaired by Premier Joao Ferraz and President Anibal Cruz.",
		want: []string{"Anibal Cruz + Joao Ferraz | PLANNED"},
	},
	{
		name: "the meeting was co-hosted",
		text: "The meeting was co-hosted by Governor Lena Voss and Mayor Pietro Conti in Denver on Tuesday.",
		want: []string{"Lena Voss + Pietro Conti | HAPPENED"},
	},
	{
		name: "a session chaired jointly",
		text: "The session, jointly chaired by Chancellor Greta Falk and Prime Minister Jan Novak, agreed a budget.",
		want: []string{"Greta Falk + Jan Novak"},
	},
	{
		name: "one chairman is no meeting",
		text: "The committee is chaired by Senator Ines Barros.",
		not:  []string{"MEETING"},
	},
	{
		name: "co-founded is no meeting",
		text: "The company was co-founded by Ana Roth and Tom Vale in 1990.",
		not:  []string{"MEETING"},
	},
	{
		name: "a report co-written is no meeting",
		text: "A report co-written by Sara Berg and Omar Haddad was published on Monday.",
		not:  []string{"MEETING"},
	},
	{
		name: "a panel chaired by a judge",
		text: "The panel, chaired by Judge Marco Bellini, ruled against the firm.",
		not:  []string{"MEETING"},
	},
}
