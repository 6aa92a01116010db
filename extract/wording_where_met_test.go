package extract

import "testing"

// TestWhereMetAppositive: "in X, where she met Y's minister, Z" — the
// name in apposition to the office is the one met, and the town the
// relative clause hangs on is the meeting's place.
func TestWhereMetAppositive(t *testing.T) { runShared(t, whereMetCases) }

var whereMetCases = []sharedCase{
	{
		name: "where she met a firm's chief executive",
		text: "Trade Minister Sara Berg flew to Oslo, where she met Acme's chief executive, Tom Vale.",
		want: []string{"Sara Berg + Tom Vale | HAPPENED | Oslo"},
		not:  []string{"Acme + Sara Berg"},
	},
	{
		name: "where he held talks with a country's foreign minister",
		text: "President Tomas Ibarra spent Monday in Bergen, where he held talks with Norway's foreign minister, Ann Berg.",
		want: []string{"Ann Berg + Tomas Ibarra | HAPPENED | Bergen"},
	},
	{
		name: "where he will meet",
		text: "Chancellor Dieter Brandt travels to Lima on Friday, where he will meet Peru's president, Anibal Cruz.",
		want: []string{"Anibal Cruz + Dieter Brandt | PLANNED | Lima"},
	},
	{
		name: "where she met the mayor, named after",
		text: "Governor Lena Voss stopped in Turin, where she met the city's mayor, Pietro Conti.",
		want: []string{"Lena Voss + Pietro Conti | HAPPENED | Turin"},
	},
	{
		name: "arrived in, where he met a prime minister",
		text: "Minister Kofi Mensah arrived in Accra on Tuesday, where he met Ghana's prime minister, Ama Owusu.",
		want: []string{"Ama Owusu + Kofi Mensah | HAPPENED | Accra"},
	},
	{
		name: "in a city, where he held talks",
		text: "President Ruth Ayala was in Madrid, where she held talks with Spain's foreign minister, Jorge Salas.",
		want: []string{"Jorge Salas + Ruth Ayala | HAPPENED | Madrid"},
	},
	{
		name: "where he met the chairman of a firm",
		text: "Prime Minister Jan Novak went on to Munich, where he met the chairman of Keller Motors, Hans Keller.",
		want: []string{"Hans Keller + Jan Novak | HAPPENED | Munich"},
	},
	{
		name: "where they met a finance minister",
		text: "Senator Ines Barros visited Rome, where she met Italy's finance minister, Carlo Ricci.",
		want: []string{"Carlo Ricci + Ines Barros | HAPPENED | Rome"},
	},
	{
		name: "where a team met its target",
		text: "The firm moved to Oslo, where it met its sales target, chief executive Tom Vale said.",
		not:  []string{"MEETING"},
	},
	{
		name: "where she was born",
		text: "Minister Sara Berg returned to Tromso, where she was born, and visited her mother, Ann Berg.",
		not:  []string{"MEETING"},
	},
	{
		name: "where a statue of a king stands",
		text: "The square in Oslo, where a statue of King Harald stands, was closed, police chief Ann Berg said.",
		not:  []string{"MEETING"},
	},
}
