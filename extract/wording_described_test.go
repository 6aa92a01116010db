package extract

import "testing"

// describedCases are invented sentences that name a person, then go on
// about them by a party's or body's title the text never gives a holder.
var describedCases = []wordingCase{
	{
		name: "the party leader after a named person is that person",
		text: "Margaret Holloway is to speak to farmers in Cornwall this week.\n\nThe Green Party leader will visit Truro on Friday, aides said.",
		want: []string{"VISIT/PLANNED: destination=Truro; visitor=Margaret Holloway"},
	},
	{
		name: "a titled other person is not taken for the party leader",
		text: "Finance Minister Pavel Novak spoke in Brno.\n\nThe Green Party leader will visit Truro on Friday, aides said.",
		not:  []string{"visitor=Pavel Novak"},
	},
}

func TestWordingDescribed(t *testing.T) { runWording(t, describedCases) }
