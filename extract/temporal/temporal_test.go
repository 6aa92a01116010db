package temporal

import (
	"strings"
	"testing"
	"time"
)

// Reference days used by the tables: the facts measured on real articles
// were published on these days.
var (
	wed = time.Date(2025, 10, 22, 9, 30, 0, 0, time.UTC) // Wednesday
	mon = time.Date(2025, 10, 27, 18, 0, 0, 0, time.UTC) // Monday
	tue = time.Date(2025, 10, 28, 7, 0, 0, 0, time.UTC)  // Tuesday
)

// show renders expressions as "Text=From[..To] grain [rel]" joined by "; ",
// so a table row states everything Find returns, including what it must not.
func show(es []Expr) string {
	parts := make([]string, len(es))
	for i, e := range es {
		d := e.From
		if e.To != e.From {
			d += ".." + e.To
		}
		parts[i] = e.Text + "=" + d + " " + e.Grain
		if e.Relative {
			parts[i] += " rel"
		}
	}
	return strings.Join(parts, "; ")
}

// checkSpans fails when an expression's offsets do not cut out its Text.
func checkSpans(t *testing.T, text string, es []Expr) {
	t.Helper()
	for _, e := range es {
		if e.Start < 0 || e.End > len(text) || e.Start >= e.End || text[e.Start:e.End] != e.Text {
			t.Errorf("span [%d,%d) of %q does not hold %q", e.Start, e.End, text, e.Text)
		}
	}
}

type findCase struct {
	name string
	ref  time.Time
	text string
	want string
}

var findCases = []findCase{
	{"season with its year", wed, "The tour planned for spring 2020 and a fall 2021 one", "spring 2020=2020-03-01..2020-05-31 range; fall 2021=2021-09-01..2021-11-30 range"},
	{"season from the reference", wed, "will go this summer, then next spring, after last autumn", "this summer=2025-06-01..2025-08-31 range rel; next spring=2026-03-01..2026-05-31 range rel; last autumn=2024-09-01..2024-11-30 range rel"},
	{"a bare season or fall is no date", wed, "Prices fall in the spring as stocks fall 20 percent", ""},
	{"the new year", wed, "Talks resume in the new year; a new year of growth", "new year=2026-01-01..2026-12-31 year rel"},
	{"the new year just begun", time.Date(2026, 1, 8, 0, 0, 0, 0, time.UTC), "Talks resume in the new year", "new year=2026-01-01..2026-12-31 year rel"},
	// Facts from real articles (published Wednesday 2025-10-22, Monday
	// 2025-10-27, Tuesday 2025-10-28).
	{"fact announced Wednesday", wed, "The ministry announced Wednesday that talks would resume.", "Wednesday=2025-10-22 day rel"},
	{"fact confirmed Monday", wed, "Officials confirmed the plan Monday.", "Monday=2025-10-20 day rel"},
	{"fact Monday and Tuesday next week", wed, "The leaders will meet on Monday and Tuesday next week in Tokyo.", "Monday and Tuesday next week=2025-10-27..2025-10-28 range rel"},
	{"fact from Sunday next week", wed, "He will visit Japan from Sunday next week.", "Sunday next week=2025-10-26 day rel"},
	{"fact subsequent Tuesday", wed, "The two will hold talks on the subsequent Tuesday.", "subsequent Tuesday=2025-10-28 day rel"},
	{"fact Monday on Monday", mon, "The president arrived on Monday.", "Monday=2025-10-27 day rel"},
	{"fact Monday on Wednesday", mon, "He is due to travel to Seoul on Wednesday.", "Wednesday=2025-10-29 day rel"},
	{"fact Tuesday on Tuesday", tue, "The two leaders met on Tuesday.", "Tuesday=2025-10-28 day rel"},
	{"fact Tuesday on Thursday", tue, "They will sign the deal on Thursday.", "Thursday=2025-10-30 day rel"},

	// Absolute days.
	{"month day year", wed, "It was signed on October 28, 2025.", "October 28, 2025=2025-10-28 day"},
	{"abbreviated month", wed, "Signing on Oct. 28.", "Oct. 28=2025-10-28 day"},
	{"abbreviation without period", wed, "Talks Oct 28 end.", "Oct 28=2025-10-28 day"},
	{"day month", wed, "Arrival on 28 October.", "28 October=2025-10-28 day"},
	{"day month year", wed, "He arrived on 28 October 2024.", "28 October 2024=2024-10-28 day"},
	{"ISO", wed, "Updated 2025-10-28T10:00Z.", "2025-10-28=2025-10-28 day"},
	{"ordinals", wed, "On July 4th and the 4th of July, and June 30th, 2024.", "July 4th=2025-07-04 day; 4th of July=2025-07-04 day; June 30th, 2024=2024-06-30 day"},
	{"capitals", wed, "TOKYO, OCT. 27 (Reuters) - JUNE 30, 2024", "OCT. 27=2025-10-27 day; JUNE 30, 2024=2024-06-30 day"},
	{"Sept", wed, "Sept. 11, 2001 and Sept 12", "Sept. 11, 2001=2001-09-11 day; Sept 12=2025-09-12 day"},
	{"header with weekday", wed, "Tuesday, October 28\nThe summit opened.", "Tuesday, October 28=2025-10-28 day"},
	{"header weekday fixes year", time.Date(2026, 10, 22, 0, 0, 0, 0, time.UTC), "Tuesday, October 28", "Tuesday, October 28=2025-10-28 day"},
	{"abbreviated weekday header", wed, "Tue., Oct. 28 | Mon Oct 27 | Sun., Oct. 26", "Tue., Oct. 28=2025-10-28 day; Mon Oct 27=2025-10-27 day; Sun., Oct. 26=2025-10-26 day"},
	{"slashes", wed, "Updated 10/28/2025 10:00 AM; 28/10/2025; 2025/10/28; 3/4 of; 10/28/25; 13/13/2025", "10/28/2025=2025-10-28 day; 28/10/2025=2025-10-28 day; 2025/10/28=2025-10-28 day"},
	{"table cell", wed, "| October 28 | Tokyo |", "October 28=2025-10-28 day"},
	{"full byline", wed, "By Jane Doe | Tuesday, October 28, 2025 10:00 AM EDT", "Tuesday, October 28, 2025=2025-10-28 day"},

	// Year of a day written without one.
	{"day more than six months ahead is last year", wed, "The attack on May 2 killed three.", "May 2=2025-05-02 day"},
	{"day in December read in January", time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC), "The fire on Dec. 28 spread.", "Dec. 28=2025-12-28 day"},
	{"day in January read in late December", time.Date(2025, 12, 28, 0, 0, 0, 0, time.UTC), "Talks resume on Jan. 5.", "Jan. 5=2026-01-05 day"},

	// Months and years.
	{"month year", wed, "In October 2025 and Oct. 2025 and Jan 2024.", "October 2025=2025-10-01..2025-10-31 month; Oct. 2025=2025-10-01..2025-10-31 month; Jan 2024=2024-01-01..2024-01-31 month"},
	{"in July", wed, "Prices rose in July.", "July=2025-07-01..2025-07-31 month"},
	{"in December read in October is this year", wed, "The deal will be struck in December.", "December=2025-12-01..2025-12-31 month"},
	{"in December read in January is last year", time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC), "The deal was struck in December.", "December=2025-12-01..2025-12-31 month"},
	{"in June read in December is this year", time.Date(2025, 12, 15, 0, 0, 0, 0, time.UTC), "The deal was struck in June.", "June=2025-06-01..2025-06-30 month"},
	{"months joined by and", wed, "in June and July, in October 2025 and October 2024, between May 2024 and May 2025", "June and July=2025-06-01..2025-07-31 range; October 2025=2025-10-01..2025-10-31 month; October 2024=2024-10-01..2024-10-31 month; May 2024 and May 2025=2024-05-01..2025-05-31 range"},
	{"month-only needs a preposition", wed, "July was hot. Since March, prices rose.", "March=2025-03-01..2025-03-31 month"},
	{"last and next month name", wed, "last October and next July and this March", "last October=2024-10-01..2024-10-31 month rel; next July=2026-07-01..2026-07-31 month rel; this March=2025-03-01..2025-03-31 month rel"},
	{"in 2019", wed, "The company was founded in 2019.", "2019=2019-01-01..2019-12-31 year"},
	{"a year a when clause explains", wed, "Fans still recall 1994, when the talks nearly worked.", "1994=1994-01-01..1994-12-31 year"},
	{"a count before when", wed, "They sold 1994 when prices rose, and 2019, then 2020 units.", ""},
	{"goal set for 2027", wed, "The goal was set for 2027.", "2027=2027-01-01..2027-12-31 year"},
	{"fiscal year", wed, "Sales in fiscal 2025 and the year 2000.", "2025=2025-01-01..2025-12-31 year; 2000=2000-01-01..2000-12-31 year"},
	{"decade", wed, "Since the 1970s and in the 1960's.", "1970s=1970-01-01..1979-12-31 range; 1960's=1960-01-01..1969-12-31 range"},

	// Ranges.
	{"from to", wed, "The forum runs from October 27 to 29.", "October 27 to 29=2025-10-27..2025-10-29 range"},
	{"abbreviated dash", wed, "Oct. 27-29", "Oct. 27-29=2025-10-27..2025-10-29 range"},
	{"full dash with year", wed, "October 27-29, 2025", "October 27-29, 2025=2025-10-27..2025-10-29 range"},
	{"between and", wed, "between Oct. 27 and 29", "Oct. 27 and 29=2025-10-27..2025-10-29 range"},
	{"month repeated", wed, "Oct 27 to Oct 29", "Oct 27 to Oct 29=2025-10-27..2025-10-29 range"},
	{"across months", wed, "Oct 31-Nov 2 and between May 1 and June 3", "Oct 31-Nov 2=2025-10-31..2025-11-02 range; May 1 and June 3=2025-05-01..2025-06-03 range"},
	{"day-first ranges", wed, "27-29 October 2025, from 1 to 3 May", "27-29 October 2025=2025-10-27..2025-10-29 range; 1 to 3 May=2025-05-01..2025-05-03 range"},
	{"across a year end", wed, "Dec. 28 to Jan. 3, 2026", "Dec. 28 to Jan. 3, 2026=2025-12-28..2026-01-03 range"},
	{"two days joined by and are two dates", wed, "on Oct. 27 and Nov. 3", "Oct. 27=2025-10-27 day; Nov. 3=2025-11-03 day"},
	{"month range", wed, "from June to August 2025", "June to August 2025=2025-06-01..2025-08-31 range"},
	{"year ranges", wed, "from 2019 to 2021, 2019-21, 2019-2021, between 2019 and 2021, 2020–21", "2019 to 2021=2019-01-01..2021-12-31 range; 2019-21=2019-01-01..2021-12-31 range; 2019-2021=2019-01-01..2021-12-31 range; 2019 and 2021=2019-01-01..2021-12-31 range; 2020–21=2020-01-01..2021-12-31 range"},

	// Weekdays.
	{"possessive weekday", wed, "Wednesday's talks ended early.", "Wednesday=2025-10-22 day rel"},
	{"next last this", wed, "next Tuesday, last Tuesday, this Wednesday, this coming Friday", "next Tuesday=2025-10-28 day rel; last Tuesday=2025-10-21 day rel; this Wednesday=2025-10-22 day rel; this coming Friday=2025-10-24 day rel"},
	{"next Thursday is next week's", wed, "They meet next Thursday.", "next Thursday=2025-10-30 day rel"},
	{"last Wednesday on a Wednesday", wed, "He left last Wednesday.", "last Wednesday=2025-10-15 day rel"},
	{"weekday with week", wed, "Thursday of next week and Tuesday last week", "Thursday of next week=2025-10-30 day rel; Tuesday last week=2025-10-14 day rel"},
	{"next Sunday on a Sunday", time.Date(2025, 10, 26, 0, 0, 0, 0, time.UTC), "next Sunday", "next Sunday=2025-11-02 day rel"},
	{"weekday ranges", wed, "Monday through Friday, Friday to Monday, Monday-Friday", "Monday through Friday=2025-10-20..2025-10-24 range rel; Friday to Monday=2025-10-24..2025-10-27 range rel; Monday-Friday=2025-10-20..2025-10-24 range rel"},
	{"weekday with part of day", wed, "on Friday night and Saturday morning", "Friday=2025-10-24 day rel; Saturday=2025-10-25 day rel"},

	// A bare weekday moves out of the reference's week when its sentence is
	// plainly past or plainly future.
	{"past sentence, weekday after the reference", wed, "Protesters took to the streets on Saturday.", "Saturday=2025-10-18 day rel"},
	{"past -ed verb", tue, "The envoy arrived in Hanoi on Friday.", "Friday=2025-10-24 day rel"},
	{"future sentence, weekday before the reference", wed, "The two sides will sign the accord on Monday.", "Monday=2025-10-27 day rel"},
	{"is to", wed, "The U.S. envoy is to visit on Monday.", "Monday=2025-10-27 day rel"},
	{"past and future cues keep the week rule", wed, "Officials said on Monday that the president will visit.", "Monday=2025-10-20 day rel"},
	{"cues stop at the sentence end", wed, "He was there. They meet on Friday.", "Friday=2025-10-24 day rel"},
	{"cues stop at a line break", wed, "It was signed\nFriday: talks", "Friday=2025-10-24 day rel"},
	{"a wrapped line of running prose is no break", time.Date(1996, 8, 22, 0, 0, 0, 0, time.UTC), "The panel held its first session\nin March and is due to sit again.", "March=1996-03-01..1996-03-31 month"},
	{"expected is not past", wed, "A deal is expected on Monday.", "Monday=2025-10-27 day rel"},

	{"past sentence, day after the reference", wed, "The accord was signed on Nov. 2.", "Nov. 2=2024-11-02 day"},
	{"past sentence, month after the reference", time.Date(1996, 8, 22, 0, 0, 0, 0, time.UTC), "A court sentenced two in December.", "December=1995-12-01..1995-12-31 month"},
	{"future sentence, month before the reference", time.Date(1996, 8, 22, 0, 0, 0, 0, time.UTC), "She is scheduled to step down in January.", "January=1997-01-01..1997-01-31 month"},
	{"a participle far from the date is no cue", wed, "The Oct. 28 summit, hosted by Japan, opens.", "Oct. 28=2025-10-28 day"},
	{"reported speech keeps the date", wed, "The minister said the vote on Friday is crucial.", "Friday=2025-10-24 day rel"},
	{"said right before the date dates the saying", wed, "The minister said on Friday the vote is crucial.", "Friday=2025-10-17 day rel"},
	{"explicit years never move", wed, "The accord was signed on Nov. 2, 2025.", "Nov. 2, 2025=2025-11-02 day"},
	{"last year after a month or day", wed, "in June last year, on Oct. 5 of last year, in March next year", "June last year=2024-06-01..2024-06-30 month rel; Oct. 5 of last year=2024-10-05 day rel; March next year=2026-03-01..2026-03-31 month rel"},

	{"a distant clause is no cue", time.Date(1996, 8, 22, 0, 0, 0, 0, time.UTC), "Two residents of the resort, where he was to have played golf with the minister, have been invited to the convention in Chicago on August 26-29.", "August 26-29=1996-08-26..1996-08-29 range"},
	{"was to is a plan", wed, "The envoy was to visit on Friday.", "Friday=2025-10-24 day rel"},

	// Relative expressions.
	{"deictic days", wed, "today, yesterday morning, tomorrow, tonight, last night, this morning", "today=2025-10-22 day rel; yesterday morning=2025-10-21 day rel; tomorrow=2025-10-23 day rel; tonight=2025-10-22 day rel; last night=2025-10-21 day rel; this morning=2025-10-22 day rel"},
	{"weeks", wed, "next week, last week, this week, the coming week", "next week=2025-10-27..2025-11-02 week rel; last week=2025-10-13..2025-10-19 week rel; this week=2025-10-20..2025-10-26 week rel; coming week=2025-10-27..2025-11-02 week rel"},
	{"months and years", wed, "next month, last month, this month, last year, next year, this year", "next month=2025-11-01..2025-11-30 month rel; last month=2025-09-01..2025-09-30 month rel; this month=2025-10-01..2025-10-31 month rel; last year=2024-01-01..2024-12-31 year rel; next year=2026-01-01..2026-12-31 year rel; this year=2025-01-01..2025-12-31 year rel"},
	{"last month in January", time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC), "last month", "last month=2025-12-01..2025-12-31 month rel"},
	{"earlier later", wed, "earlier this month, later this week, later in the year, earlier in the week, earlier this year", "earlier this month=2025-10-01..2025-10-22 range rel; later this week=2025-10-22..2025-10-26 range rel; later in the year=2025-10-22..2025-12-31 range rel; earlier in the week=2025-10-20..2025-10-22 range rel; earlier this year=2025-01-01..2025-10-22 range rel"},
	{"ago", wed, "three days ago, a week ago, 2 months ago, five years ago", "three days ago=2025-10-19 day rel; a week ago=2025-10-13..2025-10-19 week rel; 2 months ago=2025-08-01..2025-08-31 month rel; five years ago=2020-01-01..2020-12-31 year rel"},
	{"ago needs a matching number", wed, "one days ago; three week ago", ""},
	{"spans up to the reference", wed, "over the past two weeks and the last 10 years and the past year", "past two weeks=2025-10-08..2025-10-22 range rel; last 10 years=2015-10-22..2025-10-22 range rel; past year=2024-10-22..2025-10-22 range rel"},
	{"weekends", wed, "over the weekend, this weekend, next weekend, last weekend", "weekend=2025-10-18..2025-10-19 range rel; this weekend=2025-10-25..2025-10-26 range rel; next weekend=2025-11-01..2025-11-02 range rel; last weekend=2025-10-18..2025-10-19 range rel"},
	{"the weekend in a future sentence", wed, "They will meet at the weekend.", "weekend=2025-10-25..2025-10-26 range rel"},
	{"the weekend said on a Sunday", time.Date(2025, 10, 26, 0, 0, 0, 0, time.UTC), "over the weekend", "weekend=2025-10-25..2025-10-26 range rel"},
	{"parts", wed, "early October, mid-2025, late next year, the early 1990s, in late December, by mid-2026, mid October 2024", "early October=2025-10-01..2025-10-10 range; mid-2025=2025-05-01..2025-08-31 range; late next year=2026-09-01..2026-12-31 range rel; early 1990s=1990-01-01..1993-12-31 range; late December=2025-12-21..2025-12-31 range; mid-2026=2026-05-01..2026-08-31 range; mid October 2024=2024-10-11..2024-10-20 range"},

	{"this past", wed, "this past weekend, the past weekend, this past Sunday, this past week", "this past weekend=2025-10-18..2025-10-19 range rel; past weekend=2025-10-18..2025-10-19 range rel; this past Sunday=2025-10-19 day rel; this past week=2025-10-15..2025-10-22 range rel"},
	{"ordinal day of a nearby month", wed, "on the 28th, by the 3rd, on the 5th floor, the 21st century", "28th=2025-10-28 day rel; 3rd=2025-11-03 day rel"},
	{"edges", wed, "by the end of the year, at the start of next month, the beginning of October, end-2025, end of this week, the end of last year, the start of the week, the end of the war, start of 2026",
		"end of the year=2025-12-01..2025-12-31 range rel; start of next month=2025-11-01..2025-11-10 range rel; beginning of October=2025-10-01..2025-10-10 range; end-2025=2025-12-01..2025-12-31 range; end of this week=2025-10-24..2025-10-26 range rel; end of last year=2024-12-01..2024-12-31 range rel; start of the week=2025-10-20..2025-10-21 range rel; start of 2026=2026-01-01..2026-01-31 range"},

	// Not dates.
	{"modal and verb", wed, "They may meet and march on.", ""},
	{"names and sentence starts", wed, "Theresa May said. March organisers agreed. July was hot. Mrs May 2 weeks later.", ""},
	{"numbers", wed, "2% of F-150 trucks on the 250th anniversary at 3 p.m., 12:30, 10.5 percent, 3/4, $2025, 2,000 people", ""},
	{"counts after prepositions", wed, "by 2030 votes, for 2000 years, about 2019 people, Section 2025 of the Act", ""},
	{"impossible days", wed, "Nov. 31, 2025-02-30, 2025-13-01, Feb. 30", ""},
	{"weekday abbreviations alone", wed, "The Sun reported. They wed in secret. Sat down.", ""},
	{"lower-case weekday", wed, "every monday", ""},
	{"plural weekday", wed, "on Mondays", ""},
	{"empty", wed, "", ""},
}

func TestFind(t *testing.T) {
	for _, c := range findCases {
		t.Run(c.name, func(t *testing.T) {
			got := Find(c.text, c.ref)
			checkSpans(t, c.text, got)
			if s := show(got); s != c.want {
				t.Errorf("Find(%q, %s)\n got %s\nwant %s", c.text, c.ref.Format("Mon 2006-01-02"), s, c.want)
			}
		})
	}
}

func TestExprSpan(t *testing.T) {
	text := "Talks end on Oct. 29."
	es := Find(text, wed)
	if len(es) != 1 {
		t.Fatalf("got %s", show(es))
	}
	if sp := es[0].Span(); text[sp.Start:sp.End] != "Oct. 29" {
		t.Errorf("Span %+v cuts %q", sp, text[sp.Start:sp.End])
	}
}

func TestFindWithoutReference(t *testing.T) {
	text := "On October 28, 2025, Oct. 28, in July, in 2019, next week and on Tuesday."
	want := "October 28, 2025=2025-10-28 day; Oct. 28= day; July= month; 2019=2019-01-01..2019-12-31 year; next week= week rel; Tuesday= day rel"
	got := Find(text, time.Time{})
	checkSpans(t, text, got)
	if s := show(got); s != want {
		t.Errorf("got  %s\nwant %s", s, want)
	}
}

// The reference's calendar date is taken in its own location: 23:30 in Tokyo
// on Wednesday is still Wednesday there, though UTC says Wednesday 14:30.
func TestFindReferenceLocation(t *testing.T) {
	tokyo := time.FixedZone("JST", 9*3600)
	ref := time.Date(2025, 10, 23, 0, 30, 0, 0, tokyo) // Thursday in Tokyo, Wednesday in UTC
	if s := show(Find("today", ref)); s != "today=2025-10-23 day rel" {
		t.Errorf("got %s", s)
	}
}

func TestFindTensed(t *testing.T) {
	cases := []struct {
		ref    time.Time
		future bool
		text   string
		want   string
	}{
		{mon, false, "He spoke on Wednesday.", "Wednesday=2025-10-22 day rel"},
		{mon, true, "He will speak on Wednesday.", "Wednesday=2025-10-29 day rel"},
		{mon, false, "He spoke on Monday.", "Monday=2025-10-27 day rel"},
		{wed, true, "They meet on Monday.", "Monday=2025-10-27 day rel"},
		{wed, false, "They met on Monday.", "Monday=2025-10-20 day rel"},
		{wed, true, "The vote is on Oct. 20.", "Oct. 20=2026-10-20 day"},
		{wed, false, "The vote was on Nov. 2.", "Nov. 2=2024-11-02 day"},
		{wed, true, "It opens in March.", "March=2026-03-01..2026-03-31 month"},
		{wed, false, "It opened in November.", "November=2024-11-01..2024-11-30 month"},
		{wed, true, "It ends on Sunday next week.", "Sunday next week=2025-10-26 day rel"},
		{wed, false, "It closed on the 28th.", "28th=2025-09-28 day rel"},
		{wed, true, "It opens on the 18th.", "18th=2025-11-18 day rel"},
	}
	for _, c := range cases {
		got := FindTensed(c.text, c.ref, c.future)
		checkSpans(t, c.text, got)
		if s := show(got); s != c.want {
			t.Errorf("FindTensed(%q, %s, %v)\n got %s\nwant %s", c.text, c.ref.Format("Mon 2006-01-02"), c.future, s, c.want)
		}
	}
}

func TestDateline(t *testing.T) {
	cases := []struct {
		name string
		ref  time.Time
		text string
		want string // YYYY-MM-DD, or "" for none
	}{
		{"reuters dateline", wed, "TOKYO, Oct. 27 (Reuters) - Japan's prime minister said on Monday...", "2025-10-27"},
		{"reuters dateline without reference or years", time.Time{}, "TOKYO, Oct. 27 (Reuters) - Japan's prime minister said...", ""},
		{"year borrowed from a full date in the text", time.Time{}, "TOKYO, Oct. 27 (Reuters) - The visit, which ends on October 29, 2025, follows talks in March 2024.", "2025-10-27"},
		{"year borrowed from a month", time.Time{}, "TOKYO, Oct. 27 (Reuters) - Talks began in March 2024 and resumed in 2019.", "2024-10-27"},
		{"weekday moves the borrowed year", time.Time{}, "Tuesday, October 28\n\nThe goal of fiscal 2027 was set in 2022.", "2025-10-28"},
		{"reference beats the text", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), "TOKYO, Oct. 27 (Reuters) - The plan of October 1, 2019.", "2025-10-27"},
		{"byline with year", time.Time{}, "By Jane Doe\nOct 27, 2025\n\nThe talks began on Monday.", "2025-10-27"},
		{"header with weekday", wed, "Tuesday, October 28\n\nThe summit opened on Tuesday.", "2025-10-28"},
		{"relative words are not datelines", wed, "The talks began on Monday and end next week. On Oct. 30 they sign.", "2025-10-30"},
		{"month and year are not a day", time.Time{}, "In October 2025 the talks began.", ""},
		{"none", wed, "No dates here at all.", ""},
		{"only the top of the article", wed, strings.Repeat("Words and words. ", 60) + "On Oct. 30 they sign.", ""},
	}
	for _, c := range cases {
		got, ok := Dateline(c.text, c.ref)
		s := ""
		if ok {
			s = got.Format(time.DateOnly)
			if got.Location() != time.UTC || got.Hour() != 0 {
				t.Errorf("%s: Dateline = %v, want midnight UTC", c.name, got)
			}
		}
		if s != c.want {
			t.Errorf("%s: Dateline = %q, want %q", c.name, s, c.want)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, c := range findCases {
		f.Add(c.text, c.ref.Unix())
	}
	f.Add("Oct. 27-29, 2025 – 2019–21 — Tue., Oct. 28 mid-1990s \xff\xfe Ｏｃｔ 28", int64(0))
	f.Add("between 2999 and 3000; Dec. 31, 2999 to Jan. 1", int64(-62135596800))
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		ref := time.Time{}
		if unix != 0 {
			// keep the reference inside four-digit years
			ref = time.Unix(unix%(int64(1e11)), 0).UTC()
		}
		checkInvariants(t, text, Find(text, ref))
		checkInvariants(t, text, FindTensed(text, ref, unix%2 == 0))
		Dateline(text, ref)
	})
}

func checkInvariants(t *testing.T, text string, es []Expr) {
	t.Helper()
	checkSpans(t, text, es)
	last := 0
	for _, e := range es {
		if e.Start < last {
			t.Errorf("%q overlaps or precedes the expression before it", e.Text)
		}
		last = e.End
		if (e.From == "") != (e.To == "") {
			t.Errorf("%q: From %q, To %q: one is empty", e.Text, e.From, e.To)
		}
		if e.From > e.To {
			t.Errorf("%q: From %s after To %s", e.Text, e.From, e.To)
		}
		for _, d := range []string{e.From, e.To} {
			if _, err := time.Parse(time.DateOnly, d); d != "" && err != nil {
				t.Errorf("%q: %q is not YYYY-MM-DD", e.Text, d)
			}
		}
		switch e.Grain {
		case "day", "week", "month", "year", "range":
		default:
			t.Errorf("%q: grain %q", e.Text, e.Grain)
		}
		if e.Grain == "day" && e.From != e.To {
			t.Errorf("%q: a day from %s to %s", e.Text, e.From, e.To)
		}
	}
}

func TestAnchor(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The tour opened on Monday. The trip, ending on May 4, 2025, came after talks on Jan. 9, 2025 and in June 2026.", "2025-05-04"},
		{"The tour opened on Monday, running from May 4 to 6, with a target for 2027.", ""},
		{"Filed 2025-10-28. Talks on Monday.", "2025-10-28"},
	}
	for _, c := range cases {
		got, ok := Anchor(c.text)
		s := ""
		if ok {
			s = got.Format(time.DateOnly)
		}
		if s != c.want {
			t.Errorf("Anchor(%q) = %q, want %q", c.text, s, c.want)
		}
	}
}
