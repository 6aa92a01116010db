package extract

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// ownLineDatelineCases are invented stories whose dateline stands on a
// line of its own, before the first paragraph or after a headline and a
// byline: an event that states no place takes the dateline's place and day.
var ownLineDatelineCases = []whereCase{
	{"a town and a date in capitals on a line of its own",
		"Ministers discuss grain corridor\n\nKAMPALA, MAY 12\n\nTrade Minister Omar Zaheen met Shipping Minister Lena Drach to discuss the grain corridor.",
		"2026-05-13", "MEETING Omar Zaheen", "Kampala", "2026-05-12"},
	{"a town and a date in title case after a byline",
		"Ministers discuss grain corridor\nBy Ann Roe\n\nKampala, 12 May 2026\n\nTrade Minister Omar Zaheen met Shipping Minister Lena Drach to discuss the grain corridor.",
		"2026-05-13", "MEETING Omar Zaheen", "Kampala", "2026-05-12"},
	{"a town and a dash on a line of its own",
		"Ministers discuss grain corridor\n\nKAMPALA \u2014\nTrade Minister Omar Zaheen met Shipping Minister Lena Drach on Tuesday to discuss the grain corridor.",
		"2026-05-14", "MEETING Omar Zaheen", "Kampala", "2026-05-12"},
	{"a town, a date and a dash on a line of its own",
		"Ministers discuss grain corridor\n\nKAMPALA, May 12 \u2014\n\nTrade Minister Omar Zaheen met Shipping Minister Lena Drach to discuss the grain corridor.",
		"2026-05-13", "MEETING Omar Zaheen", "Kampala", "2026-05-12"},
}

func TestWhereOwnLineDateline(t *testing.T) { runWhere(t, ownLineDatelineCases) }

// TestOwnLineDatelineHomeCountry: an official under a dateline on a line
// of its own holds a bare country office in the dateline's country.
func TestOwnLineDatelineHomeCountry(t *testing.T) {
	x := extractor(t)
	for _, text := range []string{
		"Port levy talks\n\nKAMPALA, MAY 12\n\nPrime Minister Lena Drach met shipping executives to discuss a port levy.",
		"Port levy talks\nBy Ann Roe\n\nKampala, 12 May 2026\n\nPrime Minister Lena Drach met shipping executives to discuss a port levy.",
		"Port levy talks\n\nKAMPALA \u2014\nPrime Minister Lena Drach met shipping executives to discuss a port levy.",
	} {
		ex, err := x.Extract(context.Background(), newsgraph.Document{ID: "home", Text: text, Published: time.Date(2026, 5, 13, 0, 0, 0, 0, time.UTC)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range ex.Entities {
			for _, r := range e.Roles {
				got = append(got, e.Name+": "+r.Title+" of "+r.OfName)
			}
		}
		if !slices.Contains(got, "Lena Drach: Prime Minister of Uganda") {
			t.Errorf("%q: no Prime Minister of Uganda; got %q", text, got)
		}
	}
}
