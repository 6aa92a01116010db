package extract

import "testing"

// legsCases are invented sentences of a trip's legs told beside another:
// the stop one comes from, a time set before the verb, where a place lies.
var legsCases = []wordingCase{
	{
		name: "flew in from a place where she met someone: she was there",
		text: "Chilean Foreign Minister Ana Soto flew in from Montevideo, where she met Uruguayan Foreign Minister Lars Berg on Monday to talk over the dispute on river fishing rights and the coming meetings of the regional trade bloc.",
		want: []string{"VISIT/HAPPENED: destination=Montevideo; visitor=Ana Soto"},
	},
	{
		name: "arrived in one place from another where he had held talks",
		text: "Danish Trade Minister Ole Fenger arrived in Lima on Sunday from Quito, where he had held talks with business leaders.",
		want: []string{"VISIT/HAPPENED: destination=Lima; visitor=Ole Fenger", "VISIT/HAPPENED: destination=Quito; visitor=Ole Fenger"},
	},
	{
		name: "flew in from a place the clause tells nothing of his doing there",
		text: "Danish Trade Minister Ole Fenger flew in from Bergen, where the shipping firm has its offices.",
		not:  []string{"destination=Bergen"},
	},
	{
		name: "flew in from his own capital where he met his premier: no visit there",
		text: "Danish Trade Minister Ole Fenger flew in from Copenhagen, where he met Prime Minister Karen Holm on Monday.",
		not:  []string{"VISIT"},
	},
	{
		name: "a time between the modal and the verb",
		text: "Danish Trade Minister Ole Fenger will next week visit Peru, his office said.",
		want: []string{"VISIT/PLANNED: destination=Peru; visitor=Ole Fenger"},
	},
	{
		name: "a time between the modal and the verb of a second clause",
		text: "Danish Trade Minister Ole Fenger spoke in Aarhus on Monday. He has begun a short tour of the regions to sell the budget and will next month travel to Chile on the same errand.",
		want: []string{"VISIT/PLANNED: destination=Chile; visitor=Ole Fenger"},
	},
	{
		name: "the coast a town lies on is no destination",
		text: "Danish Trade Minister Ole Fenger is due to travel to Arica, on the Pacific coast, where he will open a school.",
		want: []string{"VISIT/PLANNED: destination=Arica; visitor=Ole Fenger"},
		not:  []string{"Pacific"},
	},
}

func TestWordingLegs(t *testing.T) { runWording(t, legsCases) }
