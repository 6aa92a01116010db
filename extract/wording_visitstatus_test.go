package extract

import "testing"

// visitStatusCases are invented sentences whose visit's status the
// telling, not the verb it hangs on, settles: a stay told in the present
// is under way; a trip told after "before" or "ahead of" is still to come.
var visitStatusCases = []wordingCase{
	{
		name: "a person on a visit told in the present is there",
		text: "Veldanian President Tavi Korhonen is on a four-day state visit to Chile.",
		want: []string{"VISIT/HAPPENED: destination=Chile; visitor=Tavi Korhonen"},
	},
	{
		name: "a person who is visiting a city, in a relative clause, is there",
		text: "Veldanian Trade Minister Ana Ferro, who is visiting Santiago, said tariffs on wine would fall.",
		want: []string{"VISIT/HAPPENED: destination=Santiago; visitor=Ana Ferro"},
	},
	{
		name: "one visiting a city on a later day is not there yet",
		text: "Veldanian Trade Minister Ana Ferro is visiting Santiago next week, her office said.",
		want: []string{"VISIT/PLANNED: destination=Santiago; visitor=Ana Ferro"},
	},
	{
		name: "one heading to a country is not there yet",
		text: "Veldanian President Tavi Korhonen is heading to Chile for talks on copper.",
		not:  []string{"VISIT/HAPPENED"},
	},
	{
		name: "a trip after 'before', dated by a weekday, is still to come",
		text: "Veldanian Trade Minister Ana Ferro met wine growers on Monday before her trip to Santiago on Friday.",
		want: []string{"VISIT/PLANNED: destination=Santiago; visitor=Ana Ferro"},
	},
	{
		name: "a trip after 'ahead of' told under a past verb is still to come",
		text: "Veldanian President Tavi Korhonen toured a copper mine on Tuesday ahead of his visit to Chile on Saturday.",
		want: []string{"VISIT/PLANNED: destination=Chile; visitor=Tavi Korhonen"},
	},
}

func TestWordingVisitStatus(t *testing.T) { runWording(t, visitStatusCases) }
