package extract

import "testing"

// TestByPassiveNouns: an event noun with its agent in a "by" phrase,
// before a passive status verb ("The visit by X to Y was shelved", "The
// talks by X and Y were postponed"), takes its status from that verb.
func TestByPassiveNouns(t *testing.T) { runShared(t, byPassiveCases) }

var byPassiveCases = []sharedCase{
	{
		name: "the visit by one to a country was shelved",
		text: "The visit by President Ruth Ayala to Peru was shelved.",
		want: []string{"VISIT: Peru + Ruth Ayala | CANCELLED"},
	},
	{
		name: "a trip by a minister was cancelled",
		text: "A trip by Minister Kofi Mensah to Egypt was cancelled on Monday.",
		want: []string{"VISIT: Egypt + Kofi Mensah | CANCELLED"},
	},
	{
		name: "the tour by a king was postponed",
		text: "The tour by King Harald to Chile was postponed until May.",
		want: []string{"VISIT: Chile + Harald | PLANNED"},
	},
	{
		name: "the visit by a chancellor was called off",
		text: "The visit by Chancellor Greta Falk to Angola was scrapped after the attack.",
		want: []string{"VISIT: Angola + Greta Falk | CANCELLED"},
	},
	{
		name: "a state visit by a president has been postponed",
		text: "A state visit by President Tomas Ibarra to Norway has been postponed.",
		want: []string{"VISIT: Norway + Tomas Ibarra | PLANNED"},
	},
	{
		name: "the visit by a premier was delayed",
		text: "The visit by Premier Joao Ferraz to Brazil was delayed by a week.",
		want: []string{"VISIT: Brazil + Joao Ferraz | PLANNED"},
	},
	{
		name: "a trip by a senator was abandoned",
		text: "A trip by Senator Ines Barros to Cuba was abandoned, aides said.",
		want: []string{"VISIT: Cuba + Ines Barros | CANCELLED"},
	},
	{
		name: "a visit by a governor was cancelled",
		text: "The planned visit by Governor Lena Voss to Mexico was cancelled.",
		want: []string{"VISIT: Lena Voss + Mexico | CANCELLED"},
	},
	{
		name: "a bridge built by a firm",
		text: "The bridge by Halvorsen Mining to the island was completed in May.",
		not:  []string{"VISIT", "MEETING", "AGREEMENT"},
	},
	{
		name: "a book by an author was published",
		text: "The book by Ana Roth on Peru was published on Monday.",
		not:  []string{"VISIT", "MEETING"},
	},
	{
		name: "a goal by a striker was disallowed",
		text: "The goal by striker Luis Mora against Chile was disallowed.",
		not:  []string{"VISIT", "MEETING"},
	},
}
