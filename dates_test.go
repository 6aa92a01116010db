package newsgraph

import (
	"testing"
	"time"
)

func TestDatePrecision(t *testing.T) {
	for _, tc := range []struct {
		in          string
		prec        DatePrecision
		first, last string
	}{
		{"1974", PrecisionYear, "1974-01-01", "1974-12-31"},
		{"2024-02", PrecisionMonth, "2024-02-01", "2024-02-29"},
		{"2023-02", PrecisionMonth, "2023-02-01", "2023-02-28"},
		{"2025-10-28", PrecisionDay, "2025-10-28", "2025-10-28"},
		{"", "", "", ""},
		{"2024-13", "", "", ""},
		{"2024-2", "", "", ""},
		{"2024-02-30", "", "", ""},
		{"0999", "", "", ""},
		{"May", "", "", ""},
		{"2024-05-01T00:00:00Z", "", "", ""},
	} {
		if got := PrecisionOf(tc.in); got != tc.prec {
			t.Errorf("PrecisionOf(%q) = %q, want %q", tc.in, got, tc.prec)
		}
		first, last, ok := DaySpan(tc.in)
		if first != tc.first || last != tc.last || ok != (tc.prec != "") {
			t.Errorf("DaySpan(%q) = %q, %q, %v; want %q, %q", tc.in, first, last, ok, tc.first, tc.last)
		}
	}
}

func TestStatedDates(t *testing.T) {
	for _, tc := range []struct{ from, to, start, end string }{
		{"2024-05-01", "2024-05-31", "2024-05", "2024-05"},       // "in May"
		{"2024-02-01", "2024-02-29", "2024-02", "2024-02"},       // a leap February
		{"2024-03-01", "2024-05-31", "2024-03", "2024-05"},       // "between March and May"
		{"1974-01-01", "1974-12-31", "1974", "1974"},             // "in 1974"
		{"2003-01-01", "2005-12-31", "2003", "2005"},             // "from 2003 to 2005"
		{"2024-05-01", "2024-05-30", "2024-05-01", "2024-05-30"}, // not the whole month
		{"2024-05-02", "2024-05-31", "2024-05-02", "2024-05-31"},
		{"2024-10-27", "2024-11-02", "2024-10-27", "2024-11-02"}, // "next week"
		{"2024-05-07", "2024-05-07", "2024-05-07", "2024-05-07"},
		{"2024-05", "2024-05", "2024-05", "2024-05"}, // already stated
		{"", "", "", ""},
		{"2024-05-31", "2024-05-01", "2024-05-31", "2024-05-01"}, // not a span: unchanged
	} {
		if s, e := StatedDates(tc.from, tc.to); s != tc.start || e != tc.end {
			t.Errorf("StatedDates(%s, %s) = %s, %s; want %s, %s", tc.from, tc.to, s, e, tc.start, tc.end)
		}
	}
}

// TestStatedDatesRoundTrip: a month or a year read as its days and stated
// again is itself, and its days are what EventDays gives back.
func TestStatedDatesRoundTrip(t *testing.T) {
	for d := time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2002; d = d.AddDate(0, 1, 0) {
		for _, s := range []string{d.Format("2006-01"), d.Format("2006")} {
			first, last, ok := DaySpan(s)
			if !ok {
				t.Fatalf("DaySpan(%s) not ok", s)
			}
			if a, b := StatedDates(first, last); a != s || b != s {
				t.Errorf("StatedDates(DaySpan(%s)) = %s, %s", s, a, b)
			}
			if f, l := EventDays(s, s); f != first || l != last {
				t.Errorf("EventDays(%s, %s) = %s, %s; want %s, %s", s, s, f, l, first, last)
			}
		}
	}
	if f, l := EventDays("2024-03", ""); f != "2024-03-01" || l != "2024-03-31" {
		t.Errorf("EventDays(2024-03, \"\") = %s, %s", f, l)
	}
	if f, l := EventDays("2024-03-30", "2024-04"); f != "2024-03-30" || l != "2024-04-30" {
		t.Errorf("EventDays of mixed precisions = %s, %s", f, l)
	}
}
