package extract

import (
	"testing"
	"time"
)

// ledeDateCases: a story's lede tells the news of the day it is published
// when no dateline gives a day: an event told there by a verb, undated,
// happened that day; a noun there may name an older accord, which keeps no
// day; a dateline with no day ("TOWN (AP) —") is the published day.
var ledeDateCases = []dayCase{
	{"a lede's verb with no dateline is the published day",
		"Ferry firms merge\n\nNordvik Shipping Corp agreed to buy Skarvik Lines Inc for $90 million, the companies said.\n\nThe deal needs approval from regulators.",
		"AGREEMENT HAPPENED 2026-11-04"},
	{"a lede's noun names an accord of any day",
		"Ferry pact holds\n\nThe ferry safety accord between Estonia and Finland is holding, ministers said.\n\nPrices rose.",
		"AGREEMENT HAPPENED "},
	{"a dateline with no day is the published day",
		"TALLINN, Estonia (AP) \u2014 Estonia and Finland signed a ferry safety pact, officials said.",
		"AGREEMENT HAPPENED 2026-11-04"},
	{"a dateline's day is kept",
		"TALLINN, Nov 2 (Reuters) - Estonia and Finland signed a ferry safety pact, officials said.",
		"AGREEMENT HAPPENED 2026-11-02"},
}

func TestLedeDates(t *testing.T) {
	runDayCases(t, "lede", time.Date(2026, 11, 4, 0, 0, 0, 0, time.UTC), ledeDateCases)
}
