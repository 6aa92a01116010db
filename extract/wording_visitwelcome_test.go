package extract

import (
	"testing"
	"time"
)

// visitWelcomeCases are invented sentences that tell a visit by its
// host's welcome: a country that welcomes a foreign guest.
var visitWelcomeCases = []wordingCase{
	{
		name: "a country that welcomes a foreign guest is visited",
		text: "Norway on Thursday welcomed Icelandic Fisheries Minister Jon Arnason for two days of talks on cod quotas.",
		want: []string{"VISIT/HAPPENED: destination=Norway; visitor=Jon Arnason"},
	},
	{
		name: "a country that welcomes a guest's words is not visited",
		text: "Norway welcomed Icelandic Fisheries Minister Jon Arnason's offer on cod quotas.",
		not:  []string{"VISIT"},
	},
}

func TestWordingVisitWelcome(t *testing.T) { runWording(t, visitWelcomeCases) }

// visitDayCases: the day a visit takes from the words that tell when it
// is, on invented sentences published on Wednesday 14 April 1999: a day
// hung on the clause that names a welcomed party's leader, a weekday
// spent somewhere, the day a trip ended.
var visitDayCases = []dayCase{
	{"the day after the leader's clause is the welcome's",
		"Bergen welcomed a fisheries delegation led by Icelandic Fisheries Minister Jon Arnason on Thursday.",
		"VISIT HAPPENED 1999-04-08"},
	{"a weekday spent somewhere",
		"Icelandic Fisheries Minister Jon Arnason spent Monday in the Norwegian capital.",
		"VISIT HAPPENED 1999-04-12"},
	{"the day a trip ended",
		"Icelandic Fisheries Minister Jon Arnason's two-day trip to Norway ended on Monday.",
		"VISIT HAPPENED 1999-04-12"},
}

func TestVisitDays(t *testing.T) {
	runDayCases(t, "days", time.Date(1999, 4, 14, 0, 0, 0, 0, time.UTC), visitDayCases)
}
