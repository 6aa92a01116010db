package extract

import "testing"

// meetLegCases place a meeting told in one sentence with a journey: a
// leg told after it leads away, an airport one landed at is no venue,
// and a place hung on the verb a light verb's infinitive completes is
// the meeting's.
var meetLegCases = []whereCase{
	{"a trip told after the meeting does not place it",
		"Foreign Minister Ravi Menon will meet with Vice President Chen Hao on Thursday and will then travel to Chengdu.",
		"2026-05-12", "MEETING Chen Hao", "", "2026-05-14"},
	{"a trip told after the meeting with also does not place it",
		"Foreign Minister Ravi Menon held talks with Vice President Chen Hao on Monday and also flew to Chengdu.",
		"2026-05-12", "MEETING Chen Hao", "", "2026-05-11"},
	{"the airport a visitor landed at is no venue",
		"President Omar Diallo, who landed at Kotoka International Airport late on Sunday, held talks with President Kofi Mensah on Monday.",
		"2026-05-12", "MEETING Kofi Mensah", "", "2026-05-11"},
	{"a trip told first still places the meeting",
		"Foreign Minister Ravi Menon flew to Chengdu on Monday and held talks with Vice President Chen Hao.",
		"2026-05-12", "MEETING Chen Hao", "Chengdu", "-"},
	{"a place on the verb over the light verb",
		"Foreign Minister Emi Sato is scheduled to hold talks with her Thai counterpart, Somchai Boonmee, in Bangkok on Friday.",
		"2026-05-12", "MEETING Somchai Boonmee", "Bangkok", "2026-05-15"},
	{"a place on the verb over the light verb, expected",
		"Trade Minister Pilar Ibarra is expected to hold a meeting with the Chilean finance minister, Tomas Vidal, in Santiago next week.",
		"2026-05-12", "MEETING Tomas Vidal", "Santiago", "-"},
}

func TestWhereMeetingLegs(t *testing.T) { runWhere(t, meetLegCases) }
