package extract

import "testing"

// visitMoreCases are invented sentences of visits told by a trip's
// clause, a phrasal verb that calls a trip off, a landing, a body's
// mission and a squad's camp.
var visitMoreCases = []wordingCase{
	{
		name: "a trip called off, with the particle read as the trip's preposition",
		text: "Veldanian President Oskar Lind called off his trip to Peru, officials said.",
		want: []string{"VISIT/CANCELLED: destination=Peru; visitor=Oskar Lind"},
		not:  []string{"VISIT/HAPPENED"},
	},
}

func TestWordingVisitMore(t *testing.T) { runWording(t, visitMoreCases) }
