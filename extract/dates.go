package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/temporal"
)

// sentenceDates finds the dates of one sentence with the temporal package,
// which resolves relative expressions ("from Sunday next week") against the
// reference date; without one, the local reader resolves month and day with
// the year the document states.
func sentenceDates(text string, s *sentence, ref time.Time, year int) []dateExpr {
	if ref.IsZero() {
		return daysAfter(s.tokens, findDates(s.tokens, ref, year))
	}
	var out []dateExpr
	for _, e := range temporal.Find(text[s.span.Start:s.span.End], ref) {
		if e.From == "" {
			continue
		}
		a, b := s.span.Start+e.Start, s.span.Start+e.End
		i, j := -1, len(s.tokens)
		for k, t := range s.tokens {
			if i < 0 && t.end > a {
				i = k
			}
			if t.start >= b {
				j = k
				break
			}
		}
		if i < 0 {
			continue
		}
		de := dateExpr{i: i, j: j, from: e.From, to: e.To, grain: e.Grain}
		if g := partOfUnit(e); g != "" {
			// "later this month", "earlier this year": the event's date is
			// stated to the month or the year, not to the days left of it
			de.grain = g
			if g == "month" {
				de.from, de.to = ymd(time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC)), ymd(time.Date(ref.Year(), ref.Month()+1, 0, 0, 0, 0, 0, time.UTC))
			} else {
				de.from, de.to = ymd(time.Date(ref.Year(), 1, 1, 0, 0, 0, 0, time.UTC)), ymd(time.Date(ref.Year(), 12, 31, 0, 0, 0, 0, time.UTC))
			}
		}
		if e.Relative && e.Grain == "day" && j == i+1 {
			if _, ok := weekdayNum(s.tokens[i].text); ok {
				de.weekday = true
			}
		}
		out = append(out, de)
	}
	return daysAfter(s.tokens, out)
}

// dayCounts are the counts of days "later" tells: "two days later".
var dayCounts = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}

// daysAfter adds to the dates of a sentence the days it tells by their
// distance from a day told before them in it: "on Tuesday and Y the
// following day", "the next day", "the day after", "two days later".
// A day counted from a bare weekday follows the reading the event's
// tense gives that weekday (when).
func daysAfter(toks []token, out []dateExpr) []dateExpr {
	lower := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return strings.ToLower(toks[k].text)
	}
	n := len(out)
	for k := range toks {
		days, j := 0, 0
		switch w := lower(k); {
		case w == "the" && (lower(k+1) == "following" || lower(k+1) == "next") && lower(k+2) == "day":
			days, j = 1, k+3
		case w == "the" && lower(k+1) == "day" && lower(k+2) == "after" && (k+3 >= len(toks) || !toks[k+3].isWord() || lower(k+3) == "and"):
			days, j = 1, k+3
		case dayCounts[w] > 0 && (lower(k+1) == "day" || lower(k+1) == "days") && lower(k+2) == "later":
			days, j = dayCounts[w], k+3
		default:
			continue
		}
		var from *dateExpr
		for x := 0; x < n; x++ {
			if e := &out[x]; e.i < j && k < e.j {
				from = nil // read already
				break
			}
			if e := &out[x]; e.j <= k && e.grain == "day" && e.from == e.to && (from == nil || e.j > from.j) {
				from = e
			}
		}
		if from == nil {
			continue
		}
		add := func(s string) string {
			if s == "" {
				return ""
			}
			t, err := time.Parse(newsgraph.DateLayout, s)
			if err != nil {
				return ""
			}
			return ymd(t.AddDate(0, 0, days))
		}
		a := *from
		e := dateExpr{i: k, j: j, from: add(from.from), pastFrom: add(from.pastFrom), grain: "day", after: &a, days: days}
		if e.from == "" {
			continue
		}
		e.to = e.from
		out = append(out, e)
	}
	return out
}

// partOfUnit is "month" or "year" when e is the part of the reference's
// month or year before or after it ("earlier this month", "later in the
// year"), else "".
func partOfUnit(e temporal.Expr) string {
	if !e.Relative || e.Grain != "range" {
		return ""
	}
	w := strings.Fields(strings.ToLower(e.Text))
	if len(w) < 3 || w[0] != "earlier" && w[0] != "later" || w[len(w)-2] != "this" && w[len(w)-2] != "the" {
		return ""
	}
	switch u := w[len(w)-1]; u {
	case "month", "year":
		return u
	}
	return ""
}

// dateExpr is a date or date range stated in a sentence. Weekdays and other
// relative expressions keep both readings (the coming and the past one); the
// event's tense picks one.
type dateExpr struct {
	i, j     int    // token range in the sentence
	from, to string // YYYY-MM-DD, the forward reading
	pastFrom string // the backward reading of a bare weekday
	weekday  bool
	grain    string
	after    *dateExpr // the day this one counts from ("the following day"), or nil
	days     int       // how many days after it
}

var months = map[string]time.Month{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}

var weekdays = map[string]time.Weekday{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6}

func monthNum(s string) (time.Month, bool) {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return 0, false
	}
	m, ok := months[strings.TrimSuffix(strings.ToLower(s), ".")]
	if strings.ToLower(s) == "may" && s != "May" {
		return 0, false
	}
	return m, ok
}

func weekdayNum(s string) (time.Weekday, bool) {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return 0, false
	}
	d, ok := weekdays[strings.ToLower(s)]
	return d, ok
}

func day(s string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "th"), "st"), "nd"), "rd"))
	return n, err == nil && n >= 1 && n <= 31
}

func ymd(t time.Time) string { return t.Format(newsgraph.DateLayout) }

// findDates reads the date expressions of one sentence, relative to ref
// (zero when unknown) and year (a year stated in the document, 0 if none).
func findDates(toks []token, ref time.Time, year int) []dateExpr {
	var out []dateExpr
	if year == 0 && !ref.IsZero() {
		year = ref.Year()
	}
	lower := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return strings.ToLower(toks[k].text)
	}
	for k := 0; k < len(toks); k++ {
		t := toks[k].text
		if m, ok := monthNum(t); ok {
			e := dateExpr{i: k, j: k + 1}
			d1, d2 := 0, 0
			y := 0
			n := k + 1
			if n < len(toks) {
				if a, b, ok := strings.Cut(toks[n].text, "-"); ok {
					x, ok1 := day(a)
					z, ok2 := day(b)
					if ok1 && ok2 {
						d1, d2, n = x, z, n+1
					}
				} else if x, ok := day(toks[n].text); ok {
					d1, n = x, n+1
					if n+1 < len(toks) && (toks[n].text == "-" || toks[n].text == "\u2013" || toks[n].text == "to" || toks[n].text == "and") {
						if z, ok := day(toks[n+1].text); ok {
							d2, n = z, n+2
						}
					}
				}
			}
			if n+1 < len(toks) && toks[n].text == "," {
				if yy, err := strconv.Atoi(toks[n+1].text); err == nil && yy > 1900 && yy < 2200 {
					y, n = yy, n+2
				}
			} else if n < len(toks) {
				if yy, err := strconv.Atoi(toks[n].text); err == nil && yy > 1900 && yy < 2200 {
					y, n = yy, n+1
				}
			}
			if y == 0 {
				y = year
				if !ref.IsZero() && d1 == 0 && m > ref.Month() && k > 0 && (lower(k-1) == "in" || lower(k-1) == "since") {
					y-- // "struck in July" read in October
				}
			}
			if y == 0 {
				continue
			}
			e.j = n
			if d1 == 0 {
				first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
				e.from, e.to, e.grain = ymd(first), ymd(first.AddDate(0, 1, -1)), "month"
			} else {
				e.from = ymd(time.Date(y, m, d1, 0, 0, 0, 0, time.UTC))
				e.to = e.from
				if d2 > d1 {
					e.to = ymd(time.Date(y, m, d2, 0, 0, 0, 0, time.UTC))
				}
				e.grain = "day"
			}
			out = append(out, e)
			k = n - 1
			continue
		}
		if wd, ok := weekdayNum(t); ok {
			if ref.IsZero() {
				continue
			}
			// "Monday and Tuesday next week"
			j, wd2 := k+1, wd
			if k+2 < len(toks) && (lower(k+1) == "and" || lower(k+1) == "to" || lower(k+1) == "through") {
				if w, ok := weekdayNum(toks[k+2].text); ok {
					wd2, j = w, k+3
				}
			}
			next := lower(k-1) == "next" || lower(k-1) == "subsequent" || lower(k-1) == "coming" || (lower(j) == "next" && lower(j+1) == "week")
			last := lower(k-1) == "last" || (lower(j) == "last" && lower(j+1) == "week")
			if lower(j) == "next" || lower(j) == "last" {
				j += 2
			}
			e := dateExpr{i: k, j: j, grain: "day"}
			if next && (lower(j-1) == "week" || lower(k-1) != "next") {
				mon := ref.AddDate(0, 0, 7-(int(ref.Weekday())+6)%7)
				e.from = ymd(mon.AddDate(0, 0, (int(wd)+6)%7))
				e.to = ymd(mon.AddDate(0, 0, (int(wd2)+6)%7))
			} else if last {
				mon := ref.AddDate(0, 0, -7-(int(ref.Weekday())+6)%7)
				e.from = ymd(mon.AddDate(0, 0, (int(wd)+6)%7))
				e.to = ymd(mon.AddDate(0, 0, (int(wd2)+6)%7))
			} else {
				fwd := (int(wd) - int(ref.Weekday()) + 7) % 7
				if next && fwd == 0 {
					fwd = 7
				}
				back := (int(ref.Weekday()) - int(wd) + 7) % 7
				span := (int(wd2) - int(wd) + 7) % 7
				e.from = ymd(ref.AddDate(0, 0, fwd))
				e.to = ymd(ref.AddDate(0, 0, fwd+span))
				e.pastFrom = ymd(ref.AddDate(0, 0, -back))
				e.weekday = !next
			}
			out = append(out, e)
			k = j - 1
			continue
		}
		lt := strings.ToLower(t)
		if (lt == "next" || lt == "last" || lt == "this") && lower(k+1) == "week" && !ref.IsZero() {
			if _, ok := weekdayNum(toks[max(k-1, 0)].text); ok && k > 0 {
				continue
			}
			off := 7
			if lt == "last" {
				off = -7
			} else if lt == "this" {
				off = 0
			}
			mon := ref.AddDate(0, 0, off-(int(ref.Weekday())+6)%7)
			out = append(out, dateExpr{i: k, j: k + 2, from: ymd(mon), to: ymd(mon.AddDate(0, 0, 6)), grain: "week"})
			k++
			continue
		}
		if !ref.IsZero() {
			switch lt {
			case "today", "tonight":
				out = append(out, dateExpr{i: k, j: k + 1, from: ymd(ref), to: ymd(ref), grain: "day"})
			case "yesterday":
				out = append(out, dateExpr{i: k, j: k + 1, from: ymd(ref.AddDate(0, 0, -1)), to: ymd(ref.AddDate(0, 0, -1)), grain: "day"})
			case "tomorrow":
				out = append(out, dateExpr{i: k, j: k + 1, from: ymd(ref.AddDate(0, 0, 1)), to: ymd(ref.AddDate(0, 0, 1)), grain: "day"})
			}
		}
		// "in 1994", "of 1994", and a year a "when" clause explains
		// ("remember 1994, when ..."), which no count is
		if yy, err := strconv.Atoi(t); err == nil && len(t) == 4 && yy > 1900 && yy < 2200 &&
			(lower(k-1) == "in" || lower(k-1) == "of" || lower(k+1) == "," && lower(k+2) == "when") {
			out = append(out, dateExpr{i: k, j: k + 1, from: t + "-01-01", to: t + "-12-31", grain: "year"})
		}
	}
	return out
}

// dateline finds the date a page states near its top ("Tuesday, October 28",
// "October 27, 2025"): the reference date when none is given.
func dateline(sents []sentence, year int) time.Time {
	for si, s := range sents {
		if si > 8 {
			break
		}
		for _, e := range findDates(s.tokens, time.Time{}, year) {
			if e.grain == "day" {
				t, err := time.Parse(newsgraph.DateLayout, e.from)
				if err == nil {
					return t
				}
			}
		}
	}
	return time.Time{}
}

// statedYear is the most frequent explicit year next to a month name.
func statedYear(sents []sentence) int {
	count := map[int]int{}
	for _, s := range sents {
		for k := 0; k+1 < len(s.tokens); k++ {
			if _, ok := monthNum(s.tokens[k].text); !ok {
				continue
			}
			for n := k + 1; n < len(s.tokens) && n <= k+4; n++ {
				if yy, err := strconv.Atoi(s.tokens[n].text); err == nil && yy > 1900 && yy < 2200 {
					count[yy]++
				}
			}
		}
	}
	best, n := 0, 0
	for y, c := range count {
		if c > n || (c == n && y > best) {
			best, n = y, c
		}
	}
	return best
}

// latestStated is the latest full date (with its year) a document states:
// with no published date and no dateline, an article is read as written
// soon after the last day it names.
func latestStated(sents []sentence) time.Time {
	var best time.Time
	for _, s := range sents {
		for _, e := range findDates(s.tokens, time.Time{}, 0) {
			if e.grain != "day" {
				continue
			}
			if t, err := time.Parse(newsgraph.DateLayout, e.to); err == nil && t.After(best) {
				best = t
			}
		}
	}
	return best
}
