package newsgraph

import (
	"strconv"
	"time"
)

// DatePrecision is how much of a date a text states: "in 1974" a year, "in
// May" a month, "on May 2" a day. An event's Start and End are written at
// their precision: YYYY, YYYY-MM or YYYY-MM-DD.
type DatePrecision string

const (
	PrecisionYear  DatePrecision = "YEAR"
	PrecisionMonth DatePrecision = "MONTH"
	PrecisionDay   DatePrecision = "DAY"
)

// PrecisionOf returns the precision of a date written YYYY, YYYY-MM or
// YYYY-MM-DD, and "" for anything else (the empty string included).
func PrecisionOf(s string) DatePrecision {
	if _, _, ok := DaySpan(s); !ok {
		return ""
	}
	switch len(s) {
	case 4:
		return PrecisionYear
	case 7:
		return PrecisionMonth
	}
	return PrecisionDay
}

// DaySpan returns the first and last day (YYYY-MM-DD) a date of any
// precision covers: "2024" gives 2024-01-01 and 2024-12-31, "2024-02" gives
// 2024-02-01 and 2024-02-29, a day gives itself twice. ok is false when s is
// not a valid YYYY, YYYY-MM or YYYY-MM-DD date (years 1000-9999).
func DaySpan(s string) (first, last string, ok bool) {
	switch len(s) {
	case 4:
		y, err := strconv.Atoi(s)
		if err != nil || y < 1000 {
			return "", "", false
		}
		return s + "-01-01", s + "-12-31", true
	case 7:
		t, err := time.Parse("2006-01", s)
		if err != nil || t.Year() < 1000 {
			return "", "", false
		}
		return t.Format(DateLayout), t.AddDate(0, 1, -1).Format(DateLayout), true
	case 10:
		t, err := time.Parse(DateLayout, s)
		if err != nil || t.Year() < 1000 {
			return "", "", false
		}
		return s, s, true
	}
	return "", "", false
}

// EventDays returns the first and last day an event's Start and End cover,
// whatever their precision: a month-long event read as its days. End may be
// empty (one date). Both are empty when start is empty or not a date.
func EventDays(start, end string) (first, last string) {
	first, last, ok := DaySpan(start)
	if !ok {
		return "", ""
	}
	if _, l, ok := DaySpan(end); ok && l > last {
		last = l
	}
	return first, last
}

// StatedDates writes a span of days (YYYY-MM-DD, from <= to) at the
// precision it has: whole calendar years as YYYY ("in 1974": 1974, 1974),
// whole months as YYYY-MM ("in May": 2024-05, 2024-05), anything else as
// days. Anything that is not two days passes through unchanged, so a span
// already stated at its precision stays as it is.
func StatedDates(from, to string) (string, string) {
	f, err1 := time.Parse(DateLayout, from)
	t, err2 := time.Parse(DateLayout, to)
	if err1 != nil || err2 != nil || t.Before(f) {
		return from, to
	}
	if f.Day() != 1 || t.AddDate(0, 0, 1).Day() != 1 {
		return from, to
	}
	if f.Month() == time.January && t.Month() == time.December {
		return from[:4], to[:4]
	}
	return from[:7], to[:7]
}
