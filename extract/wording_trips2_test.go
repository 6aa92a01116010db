package extract

import "testing"

// trips2Cases are invented sentences of trips told through a relative
// clause, an epithet, a visit noun's agent or a journey on from a stop.
var trips2Cases = []wordingCase{
	{
		name: "a relative clause of a copula puts the one it describes in the place",
		text: "Tomoda President Kenji Arakawa signed the deal.\nArakawa, who is in Cambodia this week, was received by Prime Minister Sonexay Phomvihane on Monday afternoon.",
		want: []string{"VISIT: destination=Cambodia; visitor=Kenji Arakawa"},
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
		text: "Despite not playing for Wales, Hale is still hoping to make the Falcons tour to New Zealand this summer. Falcons coach Ian Grant has not set a deadline for fly-half Tom Hale to start playing again. Hale missed the Test match against Italy.",
		want: []string{"VISIT: destination=New Zealand; visitor=Tom Hale"},
		not:  []string{"visitor=Falcons"},
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
		text: "The two countries raised their ties two months later, during a visit to Oslo by then-President Lan Duc Hoa.",
		want: []string{"VISIT: destination=Oslo; visitor=Lan Duc Hoa"},
		not:  []string{"then"},
	},
	{
		name: "a title of that time before a two-word office",
		text: "The two countries raised their ties during a visit to Oslo by then-Prime Minister Lan Duc Hoa.",
		want: []string{"VISIT: destination=Oslo; visitor=Lan Duc Hoa"},
		not:  []string{"then"},
	},
	{
		name: "the office that opens the clause travels on from a stop, a trip verb the tagger took for a plural noun",
		text: "German development minister Anna Brettschneider arrived in Ghana on Tuesday for talks on cocoa prices.\nFrom Ghana, the minister travels on to Senegal, where she is scheduled to meet the head of the groundnut board in Dakar on Friday.",
		want: []string{"VISIT: destination=Senegal; visitor=Anna Brettschneider"},
	},
	{
		name: "the office that opens the sentence flies to a place",
		text: "German development minister Anna Brettschneider arrived in Ghana on Tuesday for talks on cocoa prices.\nThe minister flies to Senegal on Thursday.",
		want: []string{"VISIT: destination=Senegal; visitor=Anna Brettschneider"},
	},
	{
		name: "a plural noun of trips after a noun stays a noun",
		text: "German development minister Anna Brettschneider arrived in Ghana on Tuesday for talks on cocoa prices.\nThe ministry's business travels to Senegal have doubled.",
		not:  []string{"destination=Senegal"},
	},
	{
		name: "a relative clause whose predicate is a visit noun: the one it describes visits",
		text: "Swedish Prime Minister Lars Ekholm, who is on a two-day visit to India, said the talks went well.",
		want: []string{"VISIT: destination=India; visitor=Lars Ekholm"},
	},
	{
		name: "an office written by its initials after the article is the one who holds it",
		text: "Kerala chief minister Anil Varghese met railway minister Piyush Rao on Tuesday.\nThe CM, who is on a two-day visit to Delhi, told Rao that the state was ready to bear the cost.",
		want: []string{"VISIT: destination=Delhi; visitor=Anil Varghese"},
		not:  []string{"visitor=CM"},
	},
	{
		name: "the prime minister written by initials travels",
		text: "Prime Minister Tom Hale met business leaders on Monday. The PM will fly to Paris on Friday.",
		want: []string{"VISIT/PLANNED: destination=Paris; visitor=Tom Hale"},
	},
	{
		name: "the national capital is the one capital the story named",
		text: "Kerala chief minister Anil Varghese met railway minister Piyush Rao in New Delhi on Tuesday to press for India's first suburban line in the south.\nThe CM, who is on a two-day visit to the national capital, told Rao that the state was ready to bear the cost.",
		want: []string{"VISIT: destination=New Delhi; visitor=Anil Varghese"},
	},
	{
		name: "the national capital is the capital of a country the story names, not another's",
		text: "FAO director Ivo Marchetti, in Brazil for talks with farm officials, said he invited the president to a food day in Rome in October.\nDuring his stay at the federal capital, Marchetti signed three accords.",
		not:  []string{"destination=Rome"},
	},
	{
		name: "the national capital of a story that names two capitals is neither",
		text: "Ministers from Brazil and Chile met in Santiago and Brasilia this week.\nChilean envoy Rosa Ibarra, who is on a visit to the national capital, said little.",
		not:  []string{"destination=Santiago", "destination=Brasilia"},
	},
	{
		name: "one holding an office of another country who left a place for another had been visiting the first",
		text: "The talks were separate from discussions between Japanese officials and British trade minister Tom Hale, who left Tokyo yesterday for South Korea.",
		want: []string{"VISIT: destination=Tokyo; visitor=Tom Hale", "VISIT: destination=South Korea; visitor=Tom Hale"},
	},
	{
		name: "one leaving a place of the own country only sets out from it",
		text: "Norwegian trade minister Tom Hale left Oslo yesterday for Santiago.",
		want: []string{"VISIT: destination=Santiago; visitor=Tom Hale"},
		not:  []string{"destination=Oslo"},
	},
	{
		name: "a visit to the plant is to the town the story named the plant by",
		text: "Ardent Steel will keep its Ebbw Vale steelworks open, the company said.\nThe trade secretary, Anna Reid, signed the agreement with Ardent Steel on Monday during a visit to the plant, where she toured the blast furnace.",
		want: []string{"VISIT: destination=Ebbw Vale; visitor=Anna Reid"},
	},
	{
		name: "a visit to the plant of a story of two plants is to neither town",
		text: "Ardent Steel will keep its Ebbw Vale steelworks and its Port Talbot plant open, the company said.\nThe trade secretary, Anna Reid, signed the agreement on Monday during a visit to the plant.",
		not:  []string{"destination=Ebbw Vale", "destination=Port Talbot"},
	},
}

func TestWordingTrips2(t *testing.T) { runWording(t, trips2Cases) }
