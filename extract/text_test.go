package extract

import (
	"slices"
	"testing"
)

// TestSplitQuotes: a quote that closes on a sentence's full stop ends the
// sentence with it, and a straight quote written against the next word
// opens the next one.
func TestSplitQuotes(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{`Envoy Mirela Vasko rang the ferry office. "Nobody answered," she wrote. The harbour stayed shut.`,
			[]string{`Envoy Mirela Vasko rang the ferry office.`, `"Nobody answered," she wrote.`, `The harbour stayed shut.`}},
		{`Vasko called the timetable "a riddle." Trains ran late all week.`,
			[]string{`Vasko called the timetable "a riddle."`, `Trains ran late all week.`}},
		{`Vasko asked the clerk, "Which platform?" He pointed north.`,
			[]string{`Vasko asked the clerk, "Which platform?"`, `He pointed north.`}},
		{"The clerk called it \u201cthe slow line.\u201d Vasko took the bus.",
			[]string{"The clerk called it \u201cthe slow line.\u201d", "Vasko took the bus."}},
		{`Tickets cost two crowns (a bargain.) Queues formed early.`,
			[]string{`Tickets cost two crowns (a bargain.)`, `Queues formed early.`}},
		// a title ending in a full stop inside the sentence
		{`The band played "Goodbye, Mr." at the pier.`,
			[]string{`The band played "Goodbye, Mr." at the pier.`}},
		// a plural or military title's full stop ends no sentence
		{`Republican Sens. Ada Rusk of Ohio and Lev Orme of Utah met Maj. Gen. Ruth Okafor. They spoke.`,
			[]string{`Republican Sens. Ada Rusk of Ohio and Lev Orme of Utah met Maj. Gen. Ruth Okafor.`, `They spoke.`}},
		// a ticker in round brackets ends no sentence
		{`Dorran Plc (DORR.L) said on Monday it ended talks with Velk AG (VELK.DE). Shares fell.`,
			[]string{`Dorran Plc (DORR.L) said on Monday it ended talks with Velk AG (VELK.DE).`, `Shares fell.`}},
		// quotes set apart by spaces on both sides: the second closes
		{`" Late again , " he said . " Always , " she said .`,
			[]string{`" Late again , " he said .`, `" Always , " she said .`}},
	} {
		var got []string
		for _, s := range split(c.text) {
			got = append(got, c.text[s.span.Start:s.span.End])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("split(%q)\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// TestParagraphEndingInAbbreviation: a paragraph whose last word keeps its
// full stop ("Corp.", "U.S.") is prose, not a heading, so its events are read.
func TestParagraphEndingInAbbreviation(t *testing.T) {
	for _, text := range []string{
		"Harbour Master Ilse Brandvik met Mayor Oren Talvi at Kestrel Wharf. Norlake Freight then signed a lease with Pellow Docks Corp.\n\nNo terms were given.\n",
		"Trade Envoy Mirela Vasko flew on to Quito after talks in Lima with exporters shipping to the U.S.\n\nShe returns next week.\n",
	} {
		for _, s := range split(text) {
			if s.heading {
				t.Errorf("split(%q): %q read as a heading", text, text[s.span.Start:s.span.End])
			}
		}
	}
}
