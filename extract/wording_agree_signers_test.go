package extract

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// agreeSignerCases are invented paragraphs for agreements told by who
// signed or awarded them: each signer's title names the side, after the
// name ("A, chief executive of X, and B, chairman of Y") or before it,
// with a possessive ("X's CEO A and Y' chief B"); a firm's exchange and
// ticker in brackets; "awarded the contract to X".
var agreeSignerCases = []wordingCase{
	{
		name: "two signers each with the title of a firm after the name",
		text: "Markets were calm on Wednesday.\n\nThe supply contract was signed at the fair on Tuesday by Ilse Branco, chief executive of Tarvell Freight, and Obi Nakamura, managing director of Qorvane Shipping.",
		want: []string{"AGREEMENT: party=Qorvane Shipping; party=Tarvell Freight; signatory=Ilse Branco; signatory=Obi Nakamura"},
	},
	{
		name: "two signers each with the title of a firm after the name, the second firm shortened",
		text: "Tarvell Freight said on Wednesday it had won an order from Qorvane Airways.\n\nThe contract was signed on Tuesday by Ilse Branco, president of Tarvell Freight, and Obi Nakamura, chairman of Qorvane.",
		want: []string{"AGREEMENT: party=Qorvane Airways; party=Tarvell Freight; signatory=Ilse Branco; signatory=Obi Nakamura"},
	},
	{
		name: "two signers each after a firm's possessive and a title",
		text: "Markets were calm on Wednesday.\n\nThe accord was signed by Dunmore Holdings Plc's CEO Ilse Branco and Vexor Systems' CEO Obi Nakamura.",
		want: []string{"AGREEMENT: party=Dunmore Holdings Plc; party=Vexor Systems; signatory=Ilse Branco; signatory=Obi Nakamura"},
	},
	{
		name: "two deals each with a firm followed by its exchange and ticker in brackets",
		text: "DENVER--(BUSINESS WIRE)--Apr. 14, 1999-- Ralvik Sensors, Inc. (NASDAQ: RLVK), a maker of gauges, said on Wednesday it had signed a supply agreement with Oberau Werke AG (XETRA: OBW) and a memorandum with Sagami Denki Co., Ltd. (TSE: 5512) for a Japanese joint venture.",
		want: []string{"AGREEMENT: party=Oberau Werke AG; party=Ralvik Sensors, Inc.", "AGREEMENT: party=Ralvik Sensors, Inc.; party=Sagami Denki Co., Ltd."},
		not:  []string{"NASDAQ", "XETRA", "TSE"},
	},
	{
		name: "a government awarded a contract to a firm",
		text: "Markets were calm on Wednesday.\n\nThe Malagasy government awarded the contract to Tessel Harbour Works Ltd in 2016.",
		want: []string{"AGREEMENT: party=Madagascar; party=Tessel Harbour Works Ltd"},
	},
	{
		name: "a firm says a contract was awarded to another",
		text: "Markets were calm on Wednesday.\n\nOrvane Petroleum Corp said a contract has been awarded to Tessel Harbour Works Ltd for a loading jetty.",
		want: []string{"AGREEMENT: party=Orvane Petroleum Corp; party=Tessel Harbour Works Ltd"},
	},
	{
		name: "a release's defined name after the firm's tickers is the firm",
		text: "HALIFAX, Nova Scotia, April 14, 1999 (WIRE) -- Corran Graphite Corp. (TSX-V: CGC) (NASDAQ: CRGC) (\"Corran\" or the \"Company\") reports that it has concluded a three-year supply contract with Delvin Anodes, Inc. (\"Delvin\").",
		want: []string{"AGREEMENT: party=Corran Graphite Corp.; party=Delvin Anodes, Inc."},
		not:  []string{"party=Company"},
	},
	{
		name: "signers after the day of the signing",
		text: "Corran Graphite Corp. said it signed an offtake agreement with Delvin Anodes Inc.\n\nThe agreement was signed on May 3 by Ilse Branco and Obi Nakamura.",
		want: []string{"AGREEMENT: party=Corran Graphite Corp.; party=Delvin Anodes Inc.; signatory=Ilse Branco; signatory=Obi Nakamura"}, // the agreement told before, its signatories added
	},
}

func TestWordingAgreeSigners(t *testing.T) { runWording(t, agreeSignerCases) }

// TestSignedByOthersNoPlace: "the deal was signed in X by A and B"
// after two deals is the signing its signers tell, not the latest deal's:
// that one takes neither the place nor the day.
func TestSignedByOthersNoPlace(t *testing.T) {
	text := "Ralvik Sensors AG said on Wednesday it had signed a supply agreement with Oberau Werke AG and, separately, a letter of intent with Sagami Denki KK.\n\nUnder the supply agreement, Ralvik will ship gauges for Oberau's trucks. That agreement was signed in Linz on March 2 by Ilse Branco and Obi Nakamura."
	ex, err := extractor(t).Extract(context.Background(), newsgraph.Document{ID: "signed", Text: text, Published: time.Date(2020, 3, 4, 0, 0, 0, 0, time.UTC)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	keys, n := eventKeys(ex), 0
	for i, ev := range ex.Events {
		if ev.Type == newsgraph.Agreement && strings.Contains(keys[i], "Sagami Denki") {
			n++
			if ev.Location != "" || ev.Start != "" {
				t.Errorf("letter of intent placed at %q on %q: %q", ev.Location, ev.Start, keys)
			}
		}
	}
	if n == 0 {
		t.Errorf("no letter of intent: %q", keys)
	}
}
