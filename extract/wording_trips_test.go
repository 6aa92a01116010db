package extract

import "testing"

// tripCases are invented paragraphs in the wording of real news that state
// visits and agreements: who went where, who signed with whom.
var tripCases = []wordingCase{
	{
		name: "a continent naming a tour is its label, not a stop",
		text: "Chancellor Ida Brandt confirmed on Monday that her Africa tour will include stops in Kenya, Ghana and Senegal.",
		want: []string{"VISIT: destination=Kenya; visitor=Ida Brandt", "VISIT: destination=Senegal; visitor=Ida Brandt"},
		not:  []string{"destination=Africa"},
	},
	{
		name: "a second leg after the first: and later to Y",
		text: "Premier Jan Holm and President Oskar Lind are expected to fly to Chile for a trade fair next month, and later to Peru.",
		want: []string{"VISIT: destination=Chile; visitor=Oskar Lind", "VISIT: destination=Peru; visitor=Oskar Lind"},
	},
	{
		name: "a stop that is part of the trip told before",
		text: "President Mara Quist began a state visit to Norway on Monday. The trip, following a stop in Iceland for a fisheries forum, centres on energy.",
		want: []string{"VISIT: destination=Iceland; visitor=Mara Quist", "VISIT: destination=Norway; visitor=Mara Quist"},
	},
	{
		name: "an agreement by a former leader, named in apposition",
		text: "The talks follow an agreement by his predecessor, former Chilean president Tomas Ruiz, to cut copper tariffs.",
		want: []string{"AGREEMENT: party=Chile; signatory=Tomas Ruiz"},
	},
	{
		name:   "wire tickers in brackets are no names and do not break the sentence",
		text:   "PARIS, March 4 - Maison Durand SA <DURA.PA> said it and Kestrel Corp <KES> have signed a letter of intent under which Kestrel will buy Norvale Inc <NVL.N>.",
		want:   []string{"AGREEMENT: party=Kestrel Corp; party=Maison Durand SA"},
		absent: []string{"DURA", "PA", "KES", "NVL", "N"},
	},
	{
		name: "a bracketed company is one name; the buyer of a sale",
		text: "The <Baltic Drilling Group> has signed a contract to sell 12 rigs to <All Pacific Shipping> of Singapore, a spokesman said.",
		want: []string{"AGREEMENT: party=All Pacific Shipping; party=Baltic Drilling Group"},
	},
	{
		name: "deals with several firms, as well as a contract with another",
		text: "Kestrel has already signed large deals with Norvale Inc <NVL>, Orrin Corp <ORR> and Tamsin Ltd <TAM>, as well as a smaller contract with <Halden Freight>.",
		want: []string{"AGREEMENT: party=Halden Freight; party=Kestrel", "AGREEMENT: party=Kestrel; party=Norvale Inc; party=Orrin Corp; party=Tamsin Ltd"},
	},
	{
		name: "a tour of places that its travellers have completed, told in a relative clause",
		text: "Costa is expected to brief lenders on the results of a 12-day tour of Africa and India that he and trade minister Ana Ferro have just completed.",
		want: []string{"VISIT: destination=India; visitor=Ana Ferro", "VISIT: destination=Africa; visitor=Ana Ferro"},
	},
	{
		name: "a mistyped visit of a group's members named one by one",
		text: "Energy Minister Ana Ferro also visted fellow producers Nigeria, Angola and Venezuela.",
		want: []string{"VISIT: destination=Nigeria; visitor=Ana Ferro", "VISIT: destination=Angola; visitor=Ana Ferro", "VISIT: destination=Venezuela; visitor=Ana Ferro"},
		not:  []string{"MEETING"},
	},
	{
		name: "visiting the people of a place is a visit to the place",
		text: "Premier Ana Lindqvist arrived in Canada on Sunday. She is due to visit the Chilean community in Toronto on Friday.",
		want: []string{"VISIT: destination=Toronto; visitor=Ana Lindqvist"},
	},
	{
		name: "a foreign leader's visit without a place under a dateline",
		text: "LIMA, May 4 - Strikes marked the visit of Brazilian President Rui Costa, who began a three-day visit on Friday.",
		want: []string{"VISIT: destination=Lima; visitor=Rui Costa"},
	},
	{
		name: "while in a place",
		text: "While in Geneva, Israeli envoy Dan Meron has conferred with a number of diplomats.",
		want: []string{"VISIT: destination=Geneva; visitor=Dan Meron"},
	},
	{
		name: "a trip cut short; a body's chairman named after the body",
		text: "Federal Trade Board Chairman Tom Reese cut short a scheduled trip to Houston and is returning to Chicago, a spokesman said.",
		want: []string{"VISIT: destination=Houston; visitor=Tom Reese"},
	},
	{
		name: "an appearance in a place",
		text: "Vice President Carl Brandt made a surprise appearance in Oslo a year ago.",
		want: []string{"VISIT: destination=Oslo; visitor=Carl Brandt"},
	},
	{
		name: "the agreement between two of its parties is the one they signed with a third",
		text: "Chile and Peru have signed a mining protocol with Canada. It is the most important agreement between Chile and Peru in a decade.",
		want: []string{"AGREEMENT: party=Canada; party=Chile; party=Peru"},
		not:  []string{"HAPPENED: party=Chile; party=Peru"},
	},
	{
		name: "agreements in general are no event",
		text: "Finance Minister Tom Reed is expected to outline proposals for making agreements to coordinate economic policies more binding.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "both sides are the two countries, not a province between them",
		text: "Officials from Mexico and Canada met in Ottawa to discuss rail links with Texas. Both sides agreed to begin talks on rail tariffs.",
		want: []string{"AGREEMENT: party=Canada; party=Mexico"},
		not:  []string{"party=Texas"},
	},
	{
		name: "a country's creditors agree with it",
		text: "Peru's several hundred creditor banks agreed last May to extend the credit lines until June 30.",
		want: []string{"AGREEMENT: party=Peru"},
	},
	{
		name: "an accord by a list of countries, read as a list beside it",
		text: "The Lisbon Accord, by the United States, Japan, France and Canada, called for tariffs to be cut.",
		want: []string{"AGREEMENT: party=Canada; party=France; party=Japan; party=United States"},
	},
	{
		name: "fronted in a place, a foreign office holder is there; one at home is not visiting",
		text: "In Paris on Monday, Brazilian Finance Minister Rui Costa criticised the tariffs. In Brasilia on Tuesday, Brazilian Trade Minister Ana Ferro criticised them too.",
		want: []string{"VISIT: destination=Paris; visitor=Rui Costa"},
		not:  []string{"Ana Ferro"},
	},
	{
		name: "staying at home is no visit",
		text: "Opposition leader Tom Reed stayed in London to lead the vote on the bill.",
		not:  []string{"VISIT"},
	},
	{
		name: "attending the gathering the story is about, where the story is set",
		text: "Hundreds of executives are arriving in the Alpine resort of Lech for the annual Mountain Forum. Lech itself is under deep snow. The roads to Lech were closed on Monday. Chilean President Rui Costa and Kenyan President Ada Oduya are among the leaders attending the meeting.",
		want: []string{"VISIT: destination=Lech; visitor=Rui Costa", "VISIT: destination=Lech; visitor=Ada Oduya"},
	},
	{
		name: "joining a delegation somewhere; announcing one's attendance",
		text: "Prince Oskar will also join the Swedish delegation in Chile for the memorial on 4 March.",
		want: []string{"VISIT: destination=Chile; visitor=Oskar"},
	},
	{
		name: "called back to a place",
		text: "Two hours later, Chancellor Eva Holm called the Green leader, Jon Berg, back to the Chancellery in a last attempt at a deal.",
		want: []string{"VISIT: destination=Chancellery; visitor=Jon Berg"},
	},
	{
		name: "where a foreign leader met someone, the leader went",
		text: "Kenyan President Ada Oduya arrived in Britain on Sunday after flying from Canada, where she met Prime Minister Tom Reed.",
		want: []string{"VISIT: destination=Canada; visitor=Ada Oduya", "VISIT: destination=United Kingdom; visitor=Ada Oduya"},
	},
	{
		name: "pleased with the gathering here, under a dateline",
		text: "OSLO, May 4 - Chilean Trade Minister Rui Costa said he was pleased with the latest gathering here.",
		want: []string{"VISIT: destination=Oslo; visitor=Rui Costa"},
	},
	{
		name: "touring the region where the clause it joins took place",
		text: "The pair met on the platform at Leeds station as Mr Berg toured the region promoting the new rail line.",
		want: []string{"VISIT: destination=Leeds station; visitor=Berg"},
	},
	{
		name: "leaving a summit somewhere, with no comma after it",
		text: "Leaving a Lisbon summit Chilean President Rui Costa said the tariffs would go.",
		want: []string{"VISIT: destination=Lisbon; visitor=Rui Costa"},
	},
	{
		name: "talks one travels to a city for are held there",
		text: "Chilean Trade Minister Rui Costa said he would go to Bergen for talks with Norway on fish quotas.",
		want: []string{"VISIT: destination=Bergen; visitor=Rui Costa"},
	},
	{
		name: "an agreement reached at a session of a body's ministers is the body's",
		text: "The accord reached at a marathon session of NATO defence ministers in June set spending at two pct of output.",
		want: []string{"AGREEMENT: party=NATO"},
	},
	{
		name: "a region naming a trip is where it went when no stops are named",
		text: "At the end of his Balkans trip, Chancellor Jan Holm said the talks had gone well.",
		want: []string{"VISIT: destination=Balkans; visitor=Jan Holm"},
	},
	{
		name: "agreements in general reached by a list of countries, and a country's deals, are no event",
		text: "Chilean barter is still small compared with agreements reached by Peru, Bolivia and Brazil, traders said. The accord is the latest in a string of deals reached by Uruguay.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "who invites others to attend does not go; an appearance of things is no visit",
		text: "Coach Tom Reed has invited 30 players to attend a training session in Leeds next week. The year saw the appearance of the Lisbon and Porto variants, analyst Ana Ferro said.",
		not:  []string{"VISIT"},
	},
}

func TestWordingTrips(t *testing.T) { runWording(t, tripCases) }
