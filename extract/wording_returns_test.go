package extract

import "testing"

// TestReturnsFrom: one back from a place ("his return from X", "after
// returning from X", "back from a trip to X", "fresh from a visit to
// X", "flew back to Y from X") visited X, and that visit happened; the place returned to is home, no
// visit.
func TestReturnsFrom(t *testing.T) { runShared(t, returnsFromCases) }

var returnsFromCases = []sharedCase{
	{
		name: "after returning from a country, said",
		text: "After returning from Brazil, Prime Minister Olav Strand told reporters the trip had been a success.",
		want: []string{"VISIT: Olav Strand + Brazil | HAPPENED"},
	},
	{
		name: "on his return from, met",
		text: "On his return from Kenya, President Tomas Ibarra praised the new port.",
		want: []string{"VISIT: Kenya + Tomas Ibarra | HAPPENED"},
	},
	{
		name: "back from a trip to, apposition",
		text: "Foreign Minister Lena Varga, back from a trip to Chile, said the visit had gone well.",
		want: []string{"VISIT: Chile + Lena Varga | HAPPENED"},
	},
	{
		name: "returned to the capital from a country",
		text: "Chancellor Dieter Brandt returned to Berlin from Japan on Sunday.",
		want: []string{"VISIT: Dieter Brandt + Japan | HAPPENED"},
		not:  []string{"Berlin + Dieter Brandt", "@Berlin"},
	},
	{
		name: "flew back home from",
		text: "President Ruth Ayala flew back to Quito from Mexico on Friday.",
		want: []string{"VISIT: Mexico + Ruth Ayala | HAPPENED"},
		not:  []string{"Quito + Ruth Ayala", "@Quito"},
	},
	{
		name: "since returning from, last week",
		text: "Since returning from Vietnam last week, Mayor Pietro Conti has said little about the trade mission.",
		want: []string{"VISIT: Pietro Conti + Vietnam | HAPPENED"},
	},
	{
		name: "who has just returned from",
		text: "Senator Ines Barros, who has just returned from Morocco, said the fishing accord was fair.",
		want: []string{"VISIT: Ines Barros + Morocco | HAPPENED"},
	},
	{
		name: "his return from a city was delayed",
		text: "Premier Joao Ferraz cut short his programme, and his return from Lagos came a day early.",
		want: []string{"VISIT: Joao Ferraz + Lagos | HAPPENED"},
	},
	{
		name: "returning home from a tour of",
		text: "Returning home from a tour of India, Minister Kofi Mensah said exports would grow.",
		want: []string{"VISIT: India + Kofi Mensah | HAPPENED"},
	},
	{
		name: "fresh from a visit to, apposition",
		text: "Chancellor Dieter Brandt, fresh from a visit to Japan, said trade would grow.",
		want: []string{"VISIT: Dieter Brandt + Japan | HAPPENED"},
	},
	{
		name: "returned to the capital from a visit to a country",
		text: "Minister Kofi Mensah returned to Accra on Friday from a four-day visit to Egypt.",
		want: []string{"VISIT: Egypt + Kofi Mensah | HAPPENED"},
		not:  []string{"Accra + Kofi Mensah", "@Accra"},
	},
	{
		name: "arrived back in the capital after a trip",
		text: "President Ruth Ayala arrived back in Quito after a week-long trip to Mexico.",
		want: []string{"VISIT: Mexico + Ruth Ayala | HAPPENED"},
		not:  []string{"Quito + Ruth Ayala", "@Quito"},
	},
	{
		name: "is back in the capital after a trip",
		text: "Premier Joao Ferraz is back in Luanda after a trip to Brazil.",
		want: []string{"VISIT: Brazil + Joao Ferraz | HAPPENED"},
		not:  []string{"Joao Ferraz + Luanda", "@Luanda"},
	},
	{
		name: "returned to the capital: no visit",
		text: "Prime Minister Ewa Lind returned to Warsaw on Monday.",
		not:  []string{"VISIT"},
	},
	{
		name: "the return of paintings from a country is no visit",
		text: "The return of the paintings from France was agreed by the museum on Monday.",
		not:  []string{"VISIT"},
	},
	{
		name: "refugees returning to a country",
		text: "Thousands of refugees are returning to Syria from Jordan, the agency said.",
		not:  []string{"VISIT"},
	},
	{
		name: "returns from bonds",
		text: "Returns from bonds in Canada fell last year, analyst Sara Berg said.",
		not:  []string{"VISIT"},
	},
}
