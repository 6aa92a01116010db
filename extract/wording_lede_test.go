package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// ledeCases are invented wire stories whose first body line lost its
// dateline, so that it is short and stops inside a sentence.
var ledeCases = []wordingCase{
	{
		name: "a short lede line after the headline goes on: a name broken over it stays one",
		text: "DANISH MINISTER TO VISIT CHILE\nDeputy Trade Secretary Karin\nHolmgaard will visit Santiago next month for talks on copper\nprices with senior mining officials, her office said.\n    She will also meet bankers and industry leaders during the\nthree-day trip, the office said in a statement on Monday, and\nwill discuss the long delays in shipments that have hurt the\nsmelters in the north of the country since the spring.\n    Denmark buys about a fifth of its copper from Chile, and\nimports have risen by a third in the past two years.\n",
		want: []string{"VISIT: destination=Santiago; visitor=Karin Holmgaard"},
		ents: map[string]newsgraph.EntityType{"Karin Holmgaard": newsgraph.Person},
	},
	{
		name: "a lede line that ends a sentence still ends it",
		text: "COPPER PRICES FIRM\nCopper prices firmed on Monday.\nTraders in Lima expect more gains as the\nmines in the south stay closed over a long strike,\nand buyers in Europe wait for the next shipment.\n",
		not:  []string{"VISIT", "MEETING"},
	},
}

func TestWordingLede(t *testing.T) { runWording(t, ledeCases) }
