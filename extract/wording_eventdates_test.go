package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// eventDateCases: the day and status an event takes from the words that
// tell when it is, on invented sentences published on Friday 10 May 2024:
// talks that broke down were held that day; a meeting adjourned to a day
// goes on then; a relative clause ("which is to take place in July",
// "that was scheduled for Tuesday") dates its event noun; a pact
// signed at a dated summit is on the summit's day; a later day after an
// event noun on a present verb ("traders await the meeting tomorrow") is
// the meeting's; a "where" clause is on the day of the trip it is at;
// seasons and "the new year" are their months or year; a lede's "signed a
// pact" is the day's news as "agreed" is.
var eventDateCases = []dayCase{
	{"talks that collapsed were held",
		"Talks between Harbor Freight Union and Kestrel Ports collapsed on Monday.",
		"MEETING HAPPENED 2024-05-06"},
	{"a round of talks that broke down",
		"The latest round of talks between Harbor Freight Union and Kestrel Ports collapsed last Thursday without a deal.",
		"MEETING HAPPENED 2024-05-09"},
	{"a meeting adjourned to a day",
		"When the protest went on, Mayor Lina Okafor adjourned her meeting with Governor Ruth Amos to Saturday.",
		"MEETING PLANNED 2024-05-11"},
	{"a relative clause with take place",
		"Officials said a meeting between President Olaf Rintala and Estonian President Kaja Mets, which is to take place in July, would follow the accord.",
		"MEETING PLANNED 2024-07"},
	{"an object relative clause with planned for a season",
		"A sales trip to Korea that Governor Ray Tolliver had planned for spring 2021 was scrapped.",
		"VISIT CANCELLED 2021-03"},
	{"a subject relative clause with scheduled for",
		"A meeting between Mayor Ian Pell and Governor Ruth Amos that was scheduled for Tuesday in Lyon was called off.",
		"MEETING CANCELLED 2024-05-14"},
	{"signed on the sidelines of a dated gathering",
		"On the sidelines of Wednesday's forum, Chile and Peru signed an agreement on fishing.",
		"AGREEMENT HAPPENED 2024-05-08"},
	{"signed at a dated summit",
		"Chile and Peru signed an agreement on fishing at Thursday's summit.",
		"AGREEMENT HAPPENED 2024-05-09"},
	{"signed ahead of a dated summit keeps no day",
		"Fishing fleets along the coast stayed in port for a second week. Chile and Peru signed an agreement on fishing ahead of next Thursday's summit.",
		"AGREEMENT HAPPENED "},
	{"a later day after the noun on a present verb",
		"Dealers hope for progress at the meeting of farm ministers from Chile and Peru in Lima tomorrow.",
		"MEETING PLANNED 2024-05-11"},
	{"a where clause on the trip's day",
		"Foreign Minister Tomas Verbeek arrived in Delhi on Monday. He is due to fly on to Pune on Wednesday, where he is to meet Governor Anil Pradhan.",
		"MEETING PLANNED 2024-05-15"},
	{"in the new year",
		"The Lisbon talks between Minister Ada Quist and Finance Minister Rui Sardinha will resume in the new year, a spokesman said.",
		"MEETING PLANNED 2025"},
	{"a lede's pact signed, told by a noun its verb carries, is the published day",
		"Meridian Bank said it signed a letter of intent with Ruritania Holdings to set up a joint leasing group.\n\nOther banks have made similar deals.",
		"AGREEMENT HAPPENED 2024-05-10"},
	{"next summer",
		"Minister Ada Quist will visit Lisbon next summer.",
		"VISIT PLANNED 2024-06"},
	{"a bloc's accord named by a bare month before the telling's",
		"The Group of Nine finance ministers will review their March accord on currency stability in Oslo on Friday.",
		"AGREEMENT HAPPENED 2024-03"},
	{"a bloc's accord named by a bare month after the telling's is last year's",
		"The Group of Nine finance ministers will review their June accord on currency stability in Oslo on Friday.",
		"AGREEMENT HAPPENED 2023-06"},
}

func TestEventDates(t *testing.T) {
	runDayCases(t, "dates", time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC), eventDateCases)
}

// dayCase is a story and the "TYPE STATUS START" key of one event it must
// give, START in the event's own precision ("2024-05", "" when undated).
type dayCase struct{ name, text, want string }

// runDayCases tells each case's text as a document published on pub and
// fails the cases that give no event with the wanted key (dayKey).
func runDayCases(t *testing.T, id newsgraph.DocumentID, pub time.Time, cases []dayCase) {
	t.Helper()
	var stories []story
	for _, c := range cases {
		stories = append(stories, story{c.name, c.text, pub, []check{someEvent("event", dayKey, c.want)}})
	}
	runStories(t, id, stories)
}
