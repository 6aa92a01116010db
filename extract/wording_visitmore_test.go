package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// visitMoreCases are invented sentences of visits told by a trip's
// clause, a phrasal verb that calls a trip off, a landing, a body's
// mission and a squad's camp.
var visitMoreCases = []wordingCase{
	{
		name: "a trip called off, with the particle read as the trip's preposition",
		text: "Veldanian President Oskar Lind called off his trip to Peru, officials said.",
		want: []string{"VISIT/CANCELLED: destination=Peru; visitor=Oskar Lind"},
		not:  []string{"VISIT/HAPPENED"},
	},
	{
		name: "a tour due to take its traveller to places",
		text: "Norwegian Premier Ana Lindqvist begins on Monday a regional tour due to take her to Peru and Chile, officials said.",
		want: []string{"VISIT/PLANNED: destination=Peru; visitor=Ana Lindqvist", "VISIT/PLANNED: destination=Chile; visitor=Ana Lindqvist"},
	},
	{
		name: "a tour taking its traveller to places",
		text: "Chilean Mines Minister Lio Marrow is on a week-long tour taking him to Ghana and Zambia.",
		want: []string{"VISIT: destination=Ghana; visitor=Lio Marrow", "VISIT: destination=Zambia; visitor=Lio Marrow"},
	},
	{
		name:   "a landing at an airport named after a person",
		text:   "Chilean Mines Minister Lio Marrow landed at Jorge Velasquez airport on Monday for talks on copper.",
		want:   []string{"VISIT/HAPPENED: destination=Jorge Velasquez Airport; visitor=Lio Marrow"},
		ents:   map[string]newsgraph.EntityType{"Jorge Velasquez Airport": newsgraph.Facility},
		absent: []string{"Jorge Velasquez"},
	},
	{
		name: "flew in from a place: to the dateline's place",
		text: "OSLO, May 4 (Reuters) - Chilean Mines Minister Lio Marrow flew in from Bergen on Tuesday to open the fair.",
		want: []string{"VISIT/HAPPENED: destination=Oslo; visitor=Lio Marrow"},
		not:  []string{"destination=Bergen"},
	},
	{
		name: "pulling out of a gathering somewhere calls off the visit there",
		text: "Chilean Mines Minister Lio Marrow has pulled out of next week's summit in Oslo because of the floods.",
		want: []string{"VISIT/CANCELLED: destination=Oslo; visitor=Lio Marrow"},
		not:  []string{"VISIT/HAPPENED", "VISIT/PLANNED"},
	},
	{
		name: "withdrawing from a gathering somewhere calls off the visit there",
		text: "Danish runner Ole Fenger withdrew from the championships in Lisbon with a knee injury, his coach said.",
		want: []string{"VISIT/CANCELLED: destination=Lisbon; visitor=Ole Fenger"},
	},
	{
		name: "pulling out of a race that is no gathering is no visit",
		text: "Chilean Mines Minister Lio Marrow pulled out of the race for the party leadership in Oslo.",
		not:  []string{"VISIT"},
	},
	{
		name: "flying there: to the place named before",
		text: "Talks on the fishing dispute will be held in Bergen next week. Chilean Mines Minister Lio Marrow will fly there on Sunday, his office said.",
		want: []string{"VISIT/PLANNED: destination=Bergen; visitor=Lio Marrow"},
	},
	{
		name: "going there with no place named before is no visit",
		text: "Chilean Mines Minister Lio Marrow said he would go there when the talks were over.",
		not:  []string{"VISIT"},
	},
	{
		name: "a return visit goes back to the country of the one who came",
		text: "Chilean Mines Minister Lio Marrow ended a visit to Oslo on Friday. Norwegian Premier Ana Lindqvist will pay a return visit in June.",
		want: []string{"VISIT/PLANNED: destination=Chile; visitor=Ana Lindqvist"},
		not:  []string{"destination=Oslo; visitor=Ana Lindqvist", "destination=Norway"},
	},
	{
		name: "a return visit by a country's delegation",
		text: "Danish Trade Minister Ole Fenger was in Quito last week. A return visit by a delegation from Ecuador is planned for next year.",
		want: []string{"VISIT/PLANNED: destination=Denmark; visitor=Ecuador"},
	},
	{
		name: "a return visit with no other country named goes nowhere",
		text: "Ecuador's trade minister will pay a return visit next year, officials said.",
		not:  []string{"VISIT"},
	},
	{
		name: "a dateline of a place in capitals and a colon is no visitor",
		text: "OSLO: Bergen county governor Ole Fenger will leave for a six-day official visit to Spain on Monday.",
		want: []string{"VISIT/PLANNED: destination=Spain; visitor=Ole Fenger"},
		not:  []string{"visitor=Oslo"},
	},
	{
		name: "a stop its traveller dropped is called off",
		text: "Norwegian Premier Ana Lindqvist flies to Chile on Monday. She has dropped a planned stop in Bolivia.",
		want: []string{"VISIT/CANCELLED: destination=Bolivia; visitor=Ana Lindqvist"},
		not:  []string{"VISIT/HAPPENED: destination=Bolivia"},
	},
	{
		name: "a participle between commas after the subject describes it, the verb after is the clause's",
		text: "Norwegian Premier Ana Lindqvist flies to Chile on Monday. A stop in Bolivia, planned earlier to court tin miners, has now been cancelled.",
		want: []string{"VISIT/CANCELLED: destination=Bolivia; visitor=Ana Lindqvist"},
		not:  []string{"VISIT/HAPPENED: destination=Bolivia"},
	},
	{
		name: "a clause that takes the traveller on, hung on the trip's region",
		text: "Norwegian Premier Ana Lindqvist arrived in Dakar on Friday at the start of a week-long tour of the continent that will also take her to Ghana and Togo.",
		want: []string{"VISIT/PLANNED: destination=Ghana; visitor=Ana Lindqvist", "VISIT/PLANNED: destination=Togo; visitor=Ana Lindqvist"},
	},
	{
		name: "one welcomed to a place visits it",
		text: "The Chancellor said she hopes to welcome Premier Jan Holm to Vienna in the autumn.",
		want: []string{"VISIT/PLANNED: destination=Vienna; visitor=Jan Holm"},
	},
	{
		name: "a thing welcomed is no visitor",
		text: "Premier Jan Holm welcomed the ruling to Vienna's relief.",
		not:  []string{"VISIT"},
	},
	{
		name: "people from a country as the subject, with the preposition read as a clause's mark",
		text: "Officials from Ghana will travel to Lyon in the autumn.",
		want: []string{"VISIT/PLANNED: destination=Lyon; visitor=Ghana"},
	},
	{
		name: "pupils from a school travel for the school",
		text: "Pupils from Harbury Grammar School are to fly to Lyon in May for a music festival.",
		want: []string{"VISIT/PLANNED: destination=Lyon; visitor=Harbury Grammar School"},
	},
	{
		name: "a group of students from a school, the preposition read as a clause's mark",
		text: "A group of students from Kelso Academy arrived in Lyon by coach on Sunday.",
		want: []string{"VISIT/HAPPENED: destination=Lyon; visitor=Kelso Academy"},
	},
	{
		name: "a visit by a body to a place, the place hung on the body",
		text: "A visit by Harbury Rotary Club to Lyon is set for May, the club said.",
		want: []string{"VISIT/PLANNED: destination=Lyon; visitor=Harbury Rotary Club"},
	},
	{
		name: "both delegations are the two sides named before",
		text: "Envoys of Ghana and the rebel Volta Front have begun talks, officials said on Monday.\n\nBoth delegations flew into Lome on Sunday.",
		want: []string{"VISIT/HAPPENED: destination=Lome; visitor=Ghana", "VISIT/HAPPENED: destination=Lome; visitor=Volta Front"},
	},
	{
		name: "who leads a delegation somewhere goes there",
		text: "Farm Minister Ann Lowe led a delegation of British growers to Lisbon last week.",
		want: []string{"VISIT/HAPPENED: destination=Lisbon; visitor=Ann Lowe"},
	},
	{
		name: "who will head a trade mission somewhere will go there",
		text: "Farm Minister Ann Lowe will head a trade mission to Chile in May.",
		want: []string{"VISIT/PLANNED: destination=Chile; visitor=Ann Lowe"},
	},
	{
		name: "leading a delegation to a gathering somewhere",
		text: "Farm Minister Ann Lowe, who last month led a delegation of growers to the fair in Lyon, met French officials on Monday.",
		want: []string{"VISIT/HAPPENED: destination=Lyon; visitor=Ann Lowe"},
	},
	{
		name: "a country visits none of its own towns",
		text: "Envoys of Ghana and Togo began talks on the border on Monday, officials said.\n\nBoth delegations flew into Lome on Sunday.",
		want: []string{"VISIT/HAPPENED: destination=Lome; visitor=Ghana"},
		not:  []string{"visitor=Togo"},
	},
	{
		name: "a dateline of a place, its country and an en dash, under a web page's furniture",
		text: "Volta talks resume in Tamale\nMediated talks aim to restore a truce.\nListen to this story\n3 mins\nPublished On 2 May 2021\nSave stories to read later.\n\nTamale, Ghana \u2013 Envoys of Benin and the rebel Volta Front have begun talks, officials said on Wednesday.",
		want: []string{"MEETING: participant=Benin; participant=Volta Front"},
		not:  []string{"participant=Tamale", "participant=Ghana"},
	},

	{
		name: "guests added to a gathering told of many sentences before",
		text: "Ahead of a summit in Oslo on fishing rights, Premier Tom Hale said quotas must fall. He spoke to reporters. He said the talks would be hard. He added that the fleet was too large. He said prices were low. He said boats were idle. He said ports were quiet. Tuesday's summit is being hosted by Norwegian Premier Tom Hale. Also set to attend are Chilean Foreign Minister Ann Lowe and Danish Trade Minister Jim Berg.",
		want: []string{"VISIT/PLANNED: destination=Oslo; visitor=Ann Lowe", "VISIT/PLANNED: destination=Oslo; visitor=Jim Berg"},
	},
	{
		name: "a gathering's place told by what was done on its margins",
		text: "The deal was sealed in Lyon at the weekend on the margins of a farm conference. Farm Minister Ann Lowe led a delegation of growers to the conference on Saturday.",
		want: []string{"VISIT/HAPPENED: destination=Lyon; visitor=Ann Lowe"},
	},
	{
		name: "a fronted town of the country a trip goes to, whatever the traveller's country",
		text: "Cusco governor Rui Campos flies to Spain on Sunday for a week of talks. In Madrid, Campos will call on the Spanish trade minister, Ana Reis.",
		want: []string{"VISIT/PLANNED: destination=Madrid; destination=Spain; visitor=Rui Campos"},
	},
	{
		name: "a fronted town with no trip there told is no visit of one whose country is unknown",
		text: "Cusco governor Rui Campos will speak in Lima on Sunday. In Madrid, Campos will call on the Spanish trade minister, Ana Reis.",
		not:  []string{"VISIT"},
	},
}

func TestWordingVisitMore(t *testing.T) { runWording(t, visitMoreCases) }
