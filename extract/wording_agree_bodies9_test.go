package extract

import "testing"

// agreeBodies9Cases are invented paragraphs where an agreement's sides
// are a local government told by its form ("the town of X"), a council's
// members told bare ("commissioners approved", "voted 3-0 to accept"),
// or "the three countries" of a story that named three and told no
// meeting of them.
func TestWordingAgreeBodies9(t *testing.T) { runWording(t, agreeBodies9Cases) }

var agreeBodies9Cases = []wordingCase{
	{
		name: "a pact with the town of X is with X",
		text: "Veltra Energy signed a heat supply contract with the town of Harwick on Thursday.",
		want: []string{"AGREEMENT/HAPPENED: party=Harwick; party=Veltra Energy"},
	},
	{
		name: "members of a named council approve a pact for it",
		text: "The Dunmore County Commission met on Monday. Commissioners also approved a memorandum of understanding with the city of Bexford on sharing ambulance costs.",
		want: []string{"AGREEMENT/HAPPENED: party=Bexford; party=Dunmore County Commission"},
	},
	{
		name: "a vote to accept a pact accepts it; the tally is no subject",
		text: "The Dunmore County Commission met on Monday. Commissioners voted 2-1 to accept the settlement agreement with Halden Paving Co.",
		want: []string{"AGREEMENT/HAPPENED: party=Dunmore County Commission; party=Halden Paving Co."},
	},
	{
		name: "a vote still to come is planned",
		text: "The Bexford City Council will vote to approve a lease deal with Halden Paving Co on Friday.",
		want: []string{"AGREEMENT/PLANNED: party=Bexford City Council; party=Halden Paving Co"},
	},
	{
		name: "the three countries are the three the story named",
		text: "Ghana and Togo signed a power-sharing memorandum on Monday for a line running through Burkina Faso. Officials said work had gone well since the three countries signed a roadmap in Lome last year.",
		want: []string{"AGREEMENT/HAPPENED: party=Burkina Faso; party=Ghana; party=Togo"},
	},
}

// agreeJoinCases are invented paragraphs where a later signing of "the
// agreement" with more sides adds them to the agreement told before.
func TestWordingAgreeJoin(t *testing.T) { runWording(t, agreeJoinCases) }

var agreeJoinCases = []wordingCase{
	{
		name: "signed the agreement here with A and B: more sides of the one told",
		text: "Ghana and Togo signed a river transport accord in Accra on Monday. Ghanaian minister Kofi Mensah also signed the agreement here with Benin and Niger.",
		want: []string{"AGREEMENT/HAPPENED: party=Benin; party=Ghana; party=Niger; party=Togo; signatory=Kofi Mensah"},
		not:  []string{"AGREEMENT/HAPPENED: party=Benin; party=Ghana; party=Niger; signatory"},
	},
	{
		name: "the agreement on a named topic signed another day is another",
		text: "Ghana and Togo signed a river transport accord in Accra on Monday. Benin and Niger signed the agreement on grazing rights on Thursday.",
		want: []string{"AGREEMENT: party=Ghana; party=Togo", "AGREEMENT: party=Benin; party=Niger"},
	},
}

// agreeNotMadeCases are invented sentences that ask for, or quit, an
// agreement none made; and a bloc's accord named by its month, dated to
// that month before the telling.
func TestWordingAgreeNotMade(t *testing.T) { runWording(t, agreeNotMadeCases) }

var agreeNotMadeCases = []wordingCase{
	{
		name: "a call for an accord is none",
		text: "Ghana has called for a new fishing accord with Togo.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "pushing for a deal is none",
		text: "Veltra Energy pushed for a gas deal with Halden Oil last week.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "walking away from a deal is none",
		text: "Veltra Energy walked away from a merger deal with Halden Oil on Friday.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "backing out of a contract is none made",
		text: "Veltra Energy backed out of its pipeline contract with Halden Oil.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a bloc's accord named by a month after the telling's month is last year's",
		text: "The Group of Nine finance ministers will review their June accord on currency stability in Oslo on Friday.",
		want: []string{"AGREEMENT/HAPPENED: party=Group of Nine"},
	},
}
