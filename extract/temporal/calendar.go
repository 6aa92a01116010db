package temporal

import "time"

// Dates are civil days held as time.Time at midnight UTC, so that AddDate and
// comparisons never meet a daylight-saving shift.

func civil(y, m, d int) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// dayOf returns t's civil date in t's own location: an article published at
// 23:30 in Tokyo was published on the Tokyo date.
func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func daysIn(y, m int) int {
	return civil(y, m+1, 0).Day()
}

// validDay reports whether d is a day of month m in year y; y == 0 means an
// unknown year, where February 29 is allowed.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		return d <= daysIn(2000, m)
	}
	return d <= daysIn(y, m)
}

// mondayOf returns the Monday of t's Monday-to-Sunday week.
func mondayOf(t time.Time) time.Time {
	return t.AddDate(0, 0, -weekdayIndex(t))
}

// weekdayIndex numbers days Monday = 0 .. Sunday = 6.
func weekdayIndex(t time.Time) int {
	return (int(t.Weekday()) + 6) % 7
}

func monthRange(y, m int) (time.Time, time.Time) {
	return civil(y, m, 1), civil(y, m, daysIn(y, m))
}

func yearRange(y int) (time.Time, time.Time) {
	return civil(y, 1, 1), civil(y, 12, 31)
}

// part narrows [from, to] of a month, a year or a decade to its early, middle
// or late third ("early October" = 1-10, "mid-2025" = May-August, "the late
// 1990s" = 1997-1999).
func part(q kw, g string, from, to time.Time) (time.Time, time.Time) {
	switch g {
	case "month":
		switch q {
		case kwEarly:
			return from, from.AddDate(0, 0, 9)
		case kwMid:
			return from.AddDate(0, 0, 10), from.AddDate(0, 0, 19)
		default:
			return from.AddDate(0, 0, 20), to
		}
	case "year":
		switch q {
		case kwEarly:
			return from, from.AddDate(0, 4, -1)
		case kwMid:
			return from.AddDate(0, 4, 0), from.AddDate(0, 8, -1)
		default:
			return from.AddDate(0, 8, 0), to
		}
	default: // decade
		switch q {
		case kwEarly:
			return from, from.AddDate(4, 0, -1)
		case kwMid:
			return from.AddDate(4, 0, 0), from.AddDate(7, 0, -1)
		default:
			return from.AddDate(7, 0, 0), to
		}
	}
}
