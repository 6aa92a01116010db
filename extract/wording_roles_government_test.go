package extract

import "testing"

// roleGovernmentCases: a bare national office ("Finance Minister X",
// "Prime Minister Y") in a story of one country's government ("the
// Portuguese government", "Portugal's cabinet", "the government of
// Portugal") or of that country's same office ("Norway's finance
// minister said") is that country's. Decided conservatively: no country
// when the story names two governments, gives a person another
// country's office, names another country as often, or the holder is
// visiting.
var roleGovernmentCases = []officeCase{
	{
		name:  "a nationality's government and its finance minister",
		text:  "The Portuguese government said on Monday it would sell its stake in the airline. Finance Minister Rui Matoso told parliament the sale would raise 2 billion euros.",
		roles: []string{"Rui Matoso: Finance Minister of Portugal"},
	},
	{
		name:  "a country's possessive government and its prime minister",
		text:  "Portugal's government approved the budget on Monday. Prime Minister Rui Matoso said it would cut the deficit.",
		roles: []string{"Rui Matoso: Prime Minister of Portugal"},
	},
	{
		name:  "the government of a country and its prime minister",
		text:  "The government of Portugal approved the budget on Monday. Prime Minister Rui Matoso said it would cut the deficit.",
		roles: []string{"Rui Matoso: Prime Minister of Portugal"},
	},
	{
		name:  "a country's cabinet and its finance minister",
		text:  "The Dutch cabinet met on Friday to discuss the budget. Finance Minister Pieter Smitsma said the plan was fair.",
		roles: []string{"Pieter Smitsma: Finance Minister of Netherlands"},
	},
	{
		name:  "a country's office named before its holder",
		text:  "Norway's finance minister said on Monday that taxes would rise. Finance Minister Per Dahlberg said the budget was balanced.",
		roles: []string{"Per Dahlberg: Finance Minister of Norway"},
	},
	{
		name:  "a government that fell and its chancellor",
		text:  "The Austrian government collapsed on Tuesday after the coalition split. Chancellor Lena Hofbauer said she would call an election.",
		roles: []string{"Lena Hofbauer: Chancellor of Austria"},
	},
	{
		name:  "a president of the country whose government resigned",
		text:  "Peru's cabinet resigned on Sunday. President Ana Quispehuaman said she would name new ministers within a week.",
		roles: []string{"Ana Quispehuaman: President of Peru"},
	},
	{
		name:  "a trade minister of the government that set tariffs",
		text:  "The Canadian government raised tariffs on steel on Monday. Trade Minister Claire Boisvert said the move was temporary.",
		roles: []string{"Claire Boisvert: Trade Minister of Canada"},
	},
	// near misses
	{
		name:    "two governments named leave the minister's country open",
		text:    "The Portuguese government and the Spanish government signed the accord on Monday. Finance Minister Rui Matoso said it would help trade.",
		noRoles: []string{"Rui Matoso: Finance Minister of Portugal", "Rui Matoso: Finance Minister of Spain"},
	},
	{
		name:    "a visiting minister is not the host government's",
		text:    "The Portuguese government hosted the talks on Monday. Finance Minister Ivo Kranjc, visiting Lisbon for two days, said the talks went well.",
		noRoles: []string{"Ivo Kranjc: Finance Minister of Portugal"},
	},
	{
		name:    "another country's office in the story",
		text:    "The Portuguese government welcomed the plan on Monday. Spain's Foreign Minister Ana Ruiz praised it, and Prime Minister Joao Pinheiro said it was fair.",
		noRoles: []string{"Joao Pinheiro: Prime Minister of Portugal"},
	},
	{
		name:    "a story that names another country more",
		text:    "The Portuguese government criticised France on Monday. France said French farmers would be paid and that France would not change course. President Jean Morelle said the plan stood.",
		noRoles: []string{"Jean Morelle: President of Portugal"},
	},
}

func TestRolesGovernment(t *testing.T) { runTitles(t, roleGovernmentCases) }
