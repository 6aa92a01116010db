package extract

import "testing"

// visitHomeCases are invented sentences where one "arrives in" or
// "visits" the place they are at home in: the seat of the government
// they serve, the town their office is of, the town a club is named for.
// A trip to another town of their own country is still a visit.
var visitHomeCases = []wordingCase{
	{
		name: "a host arriving in his own capital to receive a guest",
		text: "Chilean President Tavi Korhonen received Peruvian Foreign Minister Rui Campos in Santiago on Monday. Korhonen, arriving in Santiago from a tour of the provinces, greeted Campos at the airport.",
		want: []string{"VISIT/HAPPENED: destination=Santiago; visitor=Rui Campos"},
		not:  []string{"visitor=Tavi Korhonen"},
	},
	{
		name: "a leader visiting his own capital under its dateline",
		text: "SANTIAGO, April 12 - Chilean Prime Minister Tavi Korhonen, visiting Santiago after a week abroad, said on Monday the talks had gone well.",
		not:  []string{"VISIT"},
	},
	{
		name: "a leader arriving in his own country",
		text: "Chilean President Tavi Korhonen arrived in Chile on Monday after a tour of Asia.",
		not:  []string{"destination=Chile"},
	},
	{
		name: "a mayor in the town he is mayor of",
		text: "Lima Mayor Rui Campos visited Lima's flooded suburbs on Monday.",
		not:  []string{"VISIT"},
	},
	{
		name: "a club in the town it is named for",
		text: "Leeds United will visit Leeds again in March after their cup tie was moved.",
		not:  []string{"VISIT"},
	},
	{
		name: "a leader's trip to another town of his country is a visit",
		text: "Chilean President Tavi Korhonen visited Valparaiso on Monday.",
		want: []string{"VISIT/HAPPENED: destination=Valparaiso; visitor=Tavi Korhonen"},
	},
}

func TestWordingVisitHome(t *testing.T) { runWording(t, visitHomeCases) }
