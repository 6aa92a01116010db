package extract

import "testing"

// TestBackFrom: one "back from" or "fresh from" a place with no trip
// noun ("Just back from X, Y said", "Y, fresh from X, met Z") was in X, a
// visit that has been; a meeting told beside it is not held there.
func TestBackFrom(t *testing.T) { runShared(t, backFromCases) }

var backFromCases = []sharedCase{
	{
		name: "just back from, fronted",
		text: "Just back from Peru, Senator Ines Barros said the deal was close.",
		want: []string{"VISIT: Ines Barros + Peru | HAPPENED"},
	},
	{
		name: "just back from, set off",
		text: "Senator Ines Barros, just back from Chile, said the deal was close.",
		want: []string{"VISIT: Chile + Ines Barros | HAPPENED"},
	},
	{
		name: "back from a city, told reporters",
		text: "Minister Kofi Mensah, back from Geneva, told reporters the talks had failed.",
		want: []string{"VISIT: Geneva + Kofi Mensah | HAPPENED"},
	},
	{
		name: "fresh from a city, met: not met there",
		text: "Premier Joao Ferraz, fresh from Luanda, met King Harald on Monday.",
		want: []string{"VISIT: Joao Ferraz + Luanda | HAPPENED", "Harald + Joao Ferraz | HAPPENED | -"},
	},
	{
		name: "was back from a country",
		text: "Chancellor Greta Falk was back from Chile on Friday.",
		want: []string{"VISIT: Chile + Greta Falk | HAPPENED"},
	},
	{
		name: "is back from a city",
		text: "President Tomas Ibarra is back from Havana, his office said.",
		want: []string{"VISIT: Havana + Tomas Ibarra | HAPPENED"},
	},
	{
		name: "returning from a city, met: not met there",
		text: "Returning from Lagos, Premier Joao Ferraz met King Harald on Monday.",
		want: []string{"VISIT: Joao Ferraz + Lagos | HAPPENED", "Harald + Joao Ferraz | HAPPENED | -"},
	},
	{
		name: "newly back from a capital",
		text: "Governor Lena Voss, newly back from Tokyo, praised the trade mission.",
		want: []string{"VISIT: Lena Voss + Tokyo | HAPPENED"},
	},
	{
		name: "back from a trip, met: the one back meets",
		text: "Premier Joao Ferraz, back from a trip to Brazil, met King Harald on Monday.",
		want: []string{"VISIT: Brazil + Joao Ferraz | HAPPENED", "Harald + Joao Ferraz | HAPPENED | -"},
	},
	{
		name: "back from a city, signed",
		text: "Chancellor Greta Falk, back from Chile, signed an accord with Peru on Monday.",
		want: []string{"AGREEMENT: Greta Falk + Peru | HAPPENED"},
	},
	{
		name: "back from holiday",
		text: "Senator Ines Barros is back from holiday.",
		not:  []string{"VISIT"},
	},
	{
		name: "an index back from its lows",
		text: "The index is back from its lows, analyst Ana Roth said.",
		not:  []string{"VISIT"},
	},
	{
		name: "fresh from a win",
		text: "Striker Luis Mora, fresh from a win over Chile, said the team was ready.",
		not:  []string{"VISIT"},
	},
}
