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
	{
		name: "a tour due to take its traveller to places",
		text: "Norwegian Premier Ana Lindqvist begins on Monday a regional tour due to take her to Peru and Chile, officials said.",
		want: []string{"VISIT/PLANNED: destination=Peru; visitor=Ana Lindqvist", "VISIT/PLANNED: destination=Chile; visitor=Ana Lindqvist"},
	},
	{
		name: "a tour taking its traveller to places",
		text: "Chilean Mines Minister Lio Marrow is on a week-long tour taking him to Ghana and Zambia.",
		want: []string{"VISIT: destination=Ghana; visitor=Lio Marrow", "VISIT: destination=Zambia; visitor=Lio Marrow"},
	},
}

func TestWordingVisitMore(t *testing.T) { runWording(t, visitMoreCases) }
