package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// tickerCases: modern wire copy puts a listed firm's ticker in round
// brackets after its name; the ticker names nothing and splits nothing.
var tickerCases = []wordingCase{
	{
		name:   "tickers in round brackets are no names and no sentence ends",
		text:   "Dorran Plc (DORR.L) said on Monday it had signed a supply deal with Velk AG (VELK.DE) and Tamo Motors (7261.T).",
		want:   []string{"AGREEMENT/HAPPENED: party=Dorran Plc; party=Tamo Motors; party=Velk AG"},
		absent: []string{"DORR", "DE", "VELK", "L"},
	},
	{
		name: "an acronym in round brackets still names its body",
		text: "Officials of the Baltic Grain Council (BGC) met Dorran Plc on Monday.",
		ents: map[string]newsgraph.EntityType{"Baltic Grain Council": newsgraph.Organization},
	},
}

func TestWordingTickers(t *testing.T) { runWording(t, tickerCases) }
