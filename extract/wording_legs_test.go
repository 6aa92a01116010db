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
		text: "Danish Trade Minister Ole Fenger is set to fly on to Arica, on the Pacific coast, where he will open a clinic.",
		want: []string{"VISIT/PLANNED: destination=Arica; visitor=Ole Fenger"},
		not:  []string{"Pacific"},
	},
	{
		name: "departing for a city and its country: one stop",
		text: "Danish Trade Minister Ole Fenger will open a grain silo in Arica before departing for Santiago, Chile, the final stop of his trip.",
		want: []string{"VISIT/PLANNED: destination=Chile; destination=Santiago; visitor=Ole Fenger"},
	},
	{
		name: "a journey that had earlier taken one to a list of countries",
		text: "Mr Ole Fenger, who landed in Lima on Sunday at the end of a three-country journey that had earlier taken him to Chile, Bolivia and Ecuador, met President Ana Soto.",
		want: []string{"VISIT/HAPPENED: destination=Chile; visitor=Ole Fenger", "VISIT/HAPPENED: destination=Bolivia; visitor=Ole Fenger", "VISIT/HAPPENED: destination=Ecuador; visitor=Ole Fenger"},
	},
	{
		name: "a journey that also brought the minister to one place, and to another",
		text: "Danish Trade Minister Ole Fenger opened a trade office in Lima on Monday. The stop came during a ten-day journey which also brought the minister to Cusco, where he met Mayor Pedro Alba, and to Santiago, where he opened a clinic.",
		want: []string{"VISIT: destination=Cusco; visitor=Ole Fenger", "VISIT: destination=Santiago; visitor=Ole Fenger"},
	},
	{
		name: "a list of presidents who flew in: each of them",
		text: "Presidents Ana Soto of Peru, Luis Vega of Chile and Marta Ruiz of Bolivia, who flew into Quito on Sunday for the inauguration, also attended the signing.",
		want: []string{"VISIT/HAPPENED: destination=Quito; visitor=Ana Soto", "VISIT/HAPPENED: destination=Quito; visitor=Luis Vega", "VISIT/HAPPENED: destination=Quito; visitor=Marta Ruiz"},
	},
	{
		name: "a national park one toured; home one left for is no visit",
		text: "Danish Trade Minister Ole Fenger arrived in Arusha on Thursday. Mr Fenger, who also toured the Tarangire National Park on Sunday morning, left for Copenhagen on Monday.",
		want: []string{"VISIT/HAPPENED: destination=Tarangire National Park; visitor=Ole Fenger"},
		not:  []string{"Copenhagen"},
	},
	{
		name: "a side's tour a player hopes to be fit for is no visit",
		text: "Harriers and Scotland flanker Tom Brandt thinks he can still win a place in the squad after a long injury lay-off. Brandt said he expects to be ready for the summer tour to Argentina, and the coach names the squad after the final league match.",
		not:  []string{"VISIT"},
	},
	{
		name: "a manager's squad before the trip to a game is no visit",
		text: "The manager will keep the same squad for the trip to Lisbon, even though the striker misses the league match.",
		not:  []string{"VISIT"},
	},
	{
		name: "on holiday somewhere",
		text: "Danish Prime Minister Ole Fenger faced criticism on Monday. Aides said he had been slow to act while Mr Fenger was away on holiday in Crete.",
		want: []string{"VISIT/HAPPENED: destination=Crete; visitor=Ole Fenger"},
	},
	{
		name: "a fronted place of one the story follows abroad",
		text: "Governor Ole Fenger arrived in Lima on Thursday for talks on trade. In Santiago on Tuesday, Mr. Fenger held talks with business leaders.",
		want: []string{"VISIT/HAPPENED: destination=Lima; visitor=Ole Fenger", "VISIT/HAPPENED: destination=Santiago; visitor=Ole Fenger"},
	},
	{
		name: "a fronted place of one the story does not follow abroad",
		text: "Governor Ole Fenger said on Thursday the plan would work. In Santiago on Tuesday, Mr. Fenger held talks with business leaders.",
		not:  []string{"VISIT"},
	},
	{
		name: "a site told by its kind goes where the phrase after it says",
		text: "Japanese Defence Minister Ken Mori visited the Japanese embassy in Lima on Monday. On Wednesday Mori will tour the old Soviet airfield at Kelmar Point.",
		want: []string{"VISIT/PLANNED: destination=Kelmar Point; visitor=Ken Mori", "VISIT/HAPPENED: destination=Lima; visitor=Ken Mori"},
		not:  []string{"Soviet", "Russia", "destination=Japan"},
	},
}

func TestWordingLegs(t *testing.T) { runWording(t, legsCases) }
