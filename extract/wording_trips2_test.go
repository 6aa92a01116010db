package extract

import "testing"

// trips2Cases are invented sentences of trips told through a relative
// clause, an epithet, a visit noun's agent or a journey on from a stop.
var trips2Cases = []wordingCase{
	{
		name: "a relative clause of a copula puts the one it describes in the place",
		text: "Tomoda President Kenji Arakawa signed the deal.\nArakawa, who is in Laos this month, was received by Prime Minister Bounthan Keovilay on Thursday morning.",
		want: []string{"VISIT: destination=Laos; visitor=Kenji Arakawa"},
	},
	{
		name: "a relative clause of a copula in the past, with a day",
		text: "Tomoda President Kenji Arakawa, who was in Hanoi on Monday, met Vietnamese Prime Minister Tran Van Hoa.",
		want: []string{"VISIT: destination=Hanoi; visitor=Kenji Arakawa"},
	},
	{
		name: "a relative clause of a copula puts no office holder on a visit at home",
		text: "Norwegian Prime Minister Kjell Rustad, who was in Oslo this week, said the deal was done.",
		not:  []string{"VISIT"},
	},
	{
		name: "an age after the article is the person the story named, the subject of the trip verb",
		text: "Kelby Athletic have agreed a fee with Ashvale for striker Tom Brennan.\nThe 29-year-old flew to Madrid for a medical on Monday.",
		want: []string{"VISIT: destination=Madrid; visitor=Tom Brennan"},
	},
	{
		name: "an age before a modal and a trip verb",
		text: "Kelby Athletic have agreed a fee with Ashvale for striker Tom Brennan.\nThe 29-year-old will fly to Madrid on Monday.",
		want: []string{"VISIT/PLANNED: destination=Madrid; visitor=Tom Brennan"},
	},
	{
		name: "an age before a noun stays the noun's modifier",
		text: "Kelby Athletic have agreed a fee with Ashvale for striker Tom Brennan.\nThe 29-year-old forward flew to Madrid for a medical on Monday.",
		want: []string{"VISIT: destination=Madrid; visitor=Tom Brennan"},
	},
	{
		name: "a team's tour in a story about sport is the players' trip, not the team's",
		text: "Though out injured since March, Dunmore is still aiming to make the Kestrels tour to Argentina next winter. Kestrels coach Alan Pryce has given no date for scrum-half Owen Dunmore to return to training. Dunmore missed the Test match against Fiji.",
		want: []string{"VISIT: destination=Argentina; visitor=Owen Dunmore"},
		not:  []string{"visitor=Kestrels"},
	},
	{
		name: "a team's tour told by its possessive in a story about sport",
		text: "The Falcons' tour of New Zealand begins in June. Falcons coach Ian Grant named fly-half Tom Hale in his squad for the first Test.",
		not:  []string{"VISIT"},
	},
	{
		name: "a land touring in a story about sport is its side",
		text: "England will tour South Africa in June. Coach Ian Grant named fly-half Tom Hale in his squad for the first Test.",
		not:  []string{"VISIT"},
	},
	{
		name: "a leader touring in a story about sport still visits",
		text: "Prime Minister Tom Hale will tour South Africa in June. Coach Ian Grant named fly-half Rob Lane in his squad for the first Test.",
		want: []string{"VISIT: destination=South Africa; visitor=Tom Hale"},
	},
	{
		name: "a visit noun's by-phrase names the visitor after a title of that time",
		text: "The two states restored air links a year afterwards, during a visit to Lima by then-President Ruben Ocampo.",
		want: []string{"VISIT: destination=Lima; visitor=Ruben Ocampo"},
		not:  []string{"then"},
	},
	{
		name: "a title of that time before a two-word office",
		text: "The two states restored air links during a visit to Lima by then-Prime Minister Ruben Ocampo.",
		want: []string{"VISIT: destination=Lima; visitor=Ruben Ocampo"},
		not:  []string{"then"},
	},
	{
		name: "the office that opens the clause travels on from a stop, a trip verb the tagger took for a plural noun",
		text: "Dutch farm minister Femke Aalbers arrived in Kenya on Monday for talks on tea exports.\nFrom Kenya, the minister travels on to Tanzania, where she will see the chair of the cashew board in Dodoma on Thursday.",
		want: []string{"VISIT: destination=Tanzania; visitor=Femke Aalbers"},
	},
	{
		name: "the office that opens the sentence flies to a place",
		text: "Dutch farm minister Femke Aalbers arrived in Kenya on Monday for talks on tea exports.\nThe minister flies to Tanzania on Wednesday.",
		want: []string{"VISIT: destination=Tanzania; visitor=Femke Aalbers"},
	},
	{
		name: "a plural noun of trips after a noun stays a noun",
		text: "Dutch farm minister Femke Aalbers arrived in Kenya on Monday for talks on tea exports.\nThe ministry's business travels to Tanzania have doubled.",
		not:  []string{"destination=Tanzania"},
	},
	{
		name: "a relative clause whose predicate is a visit noun: the one it describes visits",
		text: "Finnish Prime Minister Eero Lahtela, who is on a three-day visit to Brazil, said the meetings were useful.",
		want: []string{"VISIT: destination=Brazil; visitor=Eero Lahtela"},
	},
	{
		name: "an office written by its initials after the article is the one who holds it",
		text: "Odisha chief minister Bikram Sethy met coal minister Harish Menon on Wednesday.\nThe CM, who is on a three-day visit to Mumbai, told Menon that the state would pay half the bill.",
		want: []string{"VISIT: destination=Mumbai; visitor=Bikram Sethy"},
		not:  []string{"visitor=CM"},
	},
	{
		name: "the prime minister written by initials travels",
		text: "Prime Minister Tom Hale met business leaders on Monday. The PM will fly to Paris on Friday.",
		want: []string{"VISIT/PLANNED: destination=Paris; visitor=Tom Hale"},
	},
	{
		name: "the national capital is the one capital the story named",
		text: "Odisha chief minister Bikram Sethy met coal minister Harish Menon in New Delhi last Friday to seek funds for India's largest port in the east.\nThe CM, who is on a three-day visit to the national capital, told Menon that the state would pay half the bill.",
		want: []string{"VISIT: destination=New Delhi; visitor=Bikram Sethy"},
	},
	{
		name: "the national capital is the capital of a country the story names, not another's",
		text: "FAO director Ivo Marchetti, in Brazil for talks with farm officials, said he invited the president to a food day in Rome in October.\nDuring his stay at the federal capital, Marchetti signed three accords.",
		not:  []string{"destination=Rome"},
	},
	{
		name: "the national capital of a story that names two capitals is neither",
		text: "Ministers from Peru and Colombia met in Lima and Bogota this month.\nPeruvian envoy Marta Quispe, who is on a visit to the national capital, gave no details.",
		not:  []string{"destination=Lima", "destination=Bogota"},
	},
	{
		name: "one holding an office of another country who left a place for another had been visiting the first",
		text: "The deal was kept apart from discussions between Indian officials and Irish energy minister Sean Dolan, who left New Delhi yesterday for Nepal.",
		want: []string{"VISIT: destination=New Delhi; visitor=Sean Dolan", "VISIT: destination=Nepal; visitor=Sean Dolan"},
	},
	{
		name: "one leaving a place of the own country only sets out from it",
		text: "Norwegian trade minister Tom Hale left Oslo yesterday for Santiago.",
		want: []string{"VISIT: destination=Santiago; visitor=Tom Hale"},
		not:  []string{"destination=Oslo"},
	},
	{
		name: "a visit to the plant is to the town the story named the plant by",
		text: "Corran Metals will keep its Scunthorpe steelworks open, the company said.\nThe trade secretary, Ruth Connolly, signed the agreement with Corran Metals on Thursday during a visit to the plant, where workers cheered her.",
		want: []string{"VISIT: destination=Scunthorpe; visitor=Ruth Connolly"},
	},
	{
		name: "a visit to the plant of a story of two plants is to neither town",
		text: "Corran Metals will keep its Scunthorpe steelworks and its Llanelli plant open, the company said.\nThe trade secretary, Ruth Connolly, signed the agreement on Thursday during a visit to the plant.",
		not:  []string{"destination=Scunthorpe", "destination=Llanelli"},
	},
}

func TestWordingTrips2(t *testing.T) { runWording(t, trips2Cases) }
