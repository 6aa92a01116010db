package extract

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// meetPairCases tell a meeting of two people, then refer to them as a
// pair ("the two sides", "both men", "the pair"), in the wording of a
// modern wire story whose sentences close on who said it.
var meetPairCases = []wordingCase{
	{
		name: "the two sides after a meeting of two people are those people, not who reported it",
		text: "GENEVA, April 13 (Reuters) - Foreign Minister Andrej Kolvek of Moravia met with Secretary of State Lena Harwood on Monday in Geneva, the State Department said.\n\n" +
			"The two sides then agreed to resume talks on fishing rights next month, a spokesperson said.",
		want: []string{"MEETING: participant=Andrej Kolvek; participant=Lena Harwood", "AGREEMENT: signatory=Andrej Kolvek; signatory=Lena Harwood"},
		not:  []string{"State Department", "Reuters"},
	},
	{
		name: "the two sides a paragraph after the meeting, an office quoted between",
		text: "GENEVA, April 13 (Reuters) - Foreign Minister Andrej Kolvek of Moravia met with Secretary of State Lena Harwood on Monday in Geneva, the State Department said.\n\n" +
			"Fishing quotas were high on the agenda, a spokesperson for the Foreign Ministry said.\n\n" +
			"The two sides will hold further talks in Vilnius next month.",
		want: []string{"MEETING/PLANNED: participant=Andrej Kolvek; participant=Lena Harwood"},
		not:  []string{"Foreign Ministry", "State Department", "Reuters"},
	},
	{
		name: "the pair after a meeting of two people",
		text: "NAIROBI, Kenya (AP) \u2014 Interior Minister Grace Otieno met with her Ugandan counterpart Paul Mbeki on Monday, a spokesman for the ministry said.\n\n" +
			"The pair will hold further talks in Kampala later this month.",
		want: []string{"MEETING/PLANNED: participant=Grace Otieno; participant=Paul Mbeki"},
	},
	{
		name: "the two sides with no meeting told before are nobody the reports name",
		text: "BERLIN, April 13 (Reuters) - Fishing quotas remain in dispute, the Interior Ministry said.\n\n" +
			"The two sides will hold talks next month, a spokesman for the Chancellery said.",
		not: []string{"Interior Ministry", "Chancellery", "Reuters"},
	},
}

func TestWordingMeetPairs(t *testing.T) { runWording(t, meetPairCases) }

// meetDateCases date a meeting told relative to the day a modern story
// is published (a Wednesday, 2026-11-04): a weekday is the one before or
// after by the tense, and a part of this month or year is stated to the
// month or the year.
var meetDateCases = []struct{ name, text, want string }{
	{"a past weekday is the one before the story's day", "Premier Ines Voll met with Governor Tam Reddy on Monday.", "HAPPENED 2026-11-02"},
	{"a future weekday is the one after", "Premier Ines Voll will meet with Governor Tam Reddy on Monday.", "PLANNED 2026-11-09"},
	{"later this month is the month", "Premier Ines Voll will hold talks with Governor Tam Reddy later this month.", "PLANNED 2026-11"},
	{"earlier this month is the month", "Premier Ines Voll met Governor Tam Reddy in Perth earlier this month.", "HAPPENED 2026-11"},
	{"later this year is the year", "Premier Ines Voll is to sit down with Governor Tam Reddy later this year.", "PLANNED 2026"},
	{"last week is the week before", "Premier Ines Voll met Governor Tam Reddy last week.", "HAPPENED 2026-10-26..2026-11-01"},
	{"a name before this week is whom one meets", "Foreign Minister Andrej Kolvek and Secretary of State Lena Harwood are old rivals. Kolvek will meet Harwood this week.", "PLANNED 2026-11-02..2026-11-08"},
}

func TestMeetDates(t *testing.T) {
	pub := time.Date(2026, 11, 4, 0, 0, 0, 0, time.UTC)
	var stories []story
	for _, c := range meetDateCases {
		stories = append(stories, story{c.name, c.text, pub, []check{someEvent("meeting", meetingDays, c.want)}})
	}
	runStories(t, "dates", stories)
}

// meetingDays writes a meeting as "STATUS START[..END]", and any other
// event as "".
func meetingDays(ev newsgraph.Event) string {
	if ev.Type != newsgraph.Meeting {
		return ""
	}
	k := string(ev.Status) + " " + ev.Start
	if ev.End != "" && ev.End != ev.Start {
		k += ".." + ev.End
	}
	return k
}

// meetPhoneCases tell talks held over the telephone: a call is no meeting.
var meetPhoneCases = []wordingCase{
	{
		name: "talked with someone by phone",
		text: "Chancellor Petra Lund talked with President Elio Marchetti by phone on Monday about the gas pipeline.",
		not:  []string{"MEETING"},
	},
	{
		name: "telephone talks",
		text: "Chancellor Petra Lund held telephone talks with President Elio Marchetti on Tuesday.",
		not:  []string{"MEETING"},
	},
	{
		name: "discussed a matter in a telephone conversation",
		text: "Chancellor Petra Lund discussed the pipeline with President Elio Marchetti in a telephone conversation on Friday.",
		not:  []string{"MEETING"},
	},
	{
		name: "talks in a city are still a meeting",
		text: "Chancellor Petra Lund held talks with President Elio Marchetti in Trieste on Tuesday.",
		want: []string{"MEETING: participant=Elio Marchetti; participant=Petra Lund"},
	},
}

func TestWordingMeetPhone(t *testing.T) { runWording(t, meetPhoneCases) }

// meetPartyCases tell a meeting of a delegation: the person the story
// says leads it takes part for it.
var meetPartyCases = []wordingCase{
	{
		name: "a delegation led by someone, received by a host",
		text: "Governor Ade Bello hosted the Chinese trade delegation, led by Vice-Governor Li Wen, at the state house on Monday.",
		want: []string{"MEETING: participant=Ade Bello; participant=China; participant=Li Wen"},
	},
	{
		name: "the delegation a sentence after it is told as led by someone",
		text: "A delegation led by Mayor Rita Soames arrived in Lyon on Monday.\n\nThe delegation will meet officials of the Rhone Chamber of Commerce on Tuesday.",
		want: []string{"MEETING/PLANNED: participant=Rhone Chamber of Commerce; participant=Rita Soames"},
	},
	{
		name: "the delegation with no leader told is nobody named",
		text: "Mayor Rita Soames spoke in Lyon on Monday.\n\nThe delegation will meet officials of the Rhone Chamber of Commerce on Tuesday.",
		not:  []string{"Rita Soames"},
	},
}

func TestWordingMeetParty(t *testing.T) { runWording(t, meetPartyCases) }

// meetWireCases are modern wire stories whose dateline credits an agency.
var meetWireCases = []wordingCase{
	{
		name: "a pronoun never makes the dateline's agency a side",
		text: "VILNIUS, April 13 (Reuters) - A meeting was held on Monday, the Foreign Ministry said. It also held talks with Orvane Plc.",
		not:  []string{"Reuters"},
	},
}

func TestWordingMeetWire(t *testing.T) { runWording(t, meetWireCases) }

// TestMeetDatelineUnderMasthead: the dateline after a page's chrome still
// places and dates the lead's meeting.
func TestMeetDatelineUnderMasthead(t *testing.T) {
	text := "UPDATE 1-Orvane and Kessler hold talks\nTue Mar 3, 2026 9:41am EST\n\n* Talks held in Berlin\n* Shares rise\n\n(Adds analyst comment)\n\nBy Ines Amsel\n\n" +
		"BERLIN, March 3 (Reuters) - Orvane Plc chief executive Lutz Barrow held talks with Kessler AG chairman Dora Finck, the two companies said.\n"
	ex, err := extractor(t).Extract(context.Background(), newsgraph.Document{ID: "masthead", Text: text, Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	names := map[newsgraph.EntityID]string{}
	for _, e := range ex.Entities {
		names[e.ID] = e.Name
	}
	for _, ev := range ex.Events {
		if ev.Type == newsgraph.Meeting && names[ev.Location] == "Berlin" && ev.Start == "2026-03-03" {
			return
		}
	}
	t.Errorf("no meeting in Berlin on 2026-03-03: %q", eventKeys(ex))
}
