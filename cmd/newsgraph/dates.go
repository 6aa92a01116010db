package main

import (
	"regexp"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/temporal"
	"github.com/newsgraph/newsgraph/ingest"
)

// dating dates the documents their source left undated by the dateline at
// the top of their text (see datelineDate).
func dating() ingest.Dating {
	return ingest.Dating{Dateline: datelineDate}
}

// dateLine is the file date some wire services print above the story
// ("28-MAR-1987").
var dateLine = regexp.MustCompile(`\b([0-3]?\d)-(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-((?:19|20)\d\d)\b`)

// datelineDate is the date a text states at its top. Under a wire file date
// ("28-MAR-1987"), the month and day of the dateline ("UNITED NATIONS,
// March 29 - ", extract.Dateline) in the year that puts the two nearest (a
// story of January 1 filed on December 31), else the file date alone;
// otherwise the page's own timestamp (extract.PageDate: "Published 12
// March 2019", "Updated: 2016-05-04 09:12 IST"), else a date written near
// the top (temporal.Dateline: "Tuesday, October 28, 2025", "TOKYO, Oct 27
// (Reuters) -", its year borrowed from the text when the dateline lacks
// one). The file date goes first because it
// holds the year, which temporal.Dateline would otherwise guess from years
// the story mentions.
func datelineDate(text string) (time.Time, bool) {
	top := text[:min(len(text), 600)]
	m := dateLine.FindStringSubmatch(strings.ToUpper(top))
	if m == nil {
		if t, ok := extract.PageDate(text); ok {
			return t, true // a page's timestamp ("Published 12 March 2019")
		}
		return temporal.Dateline(text, time.Time{})
	}
	filed, err := time.Parse("2-Jan-2006", m[0])
	if err != nil {
		return time.Time{}, false
	}
	_, month, day, ok := extract.Dateline(text)
	if !ok || month == 0 || day == 0 {
		return filed, true
	}
	best := time.Time{}
	for _, y := range []int{filed.Year() - 1, filed.Year(), filed.Year() + 1} {
		t := time.Date(y, month, day, 0, 0, 0, 0, time.UTC)
		if t.Day() != day {
			continue // February 29 of a common year
		}
		if best.IsZero() || t.Sub(filed).Abs() < best.Sub(filed).Abs() {
			best = t
		}
	}
	if best.IsZero() {
		return filed, true
	}
	return best, true
}
