package extract

import "testing"

// tripCases are invented paragraphs in the wording of real news that state
// visits and agreements: who went where, who signed with whom.
var tripCases = []wordingCase{
	{
		name: "a continent naming a tour is its label, not a stop",
		text: "Veldanian envoy Tavi Korhonen said on Friday that her Africa tour is to include stops in Kenya, Ghana and Senegal.",
		want: []string{"VISIT: destination=Kenya; visitor=Tavi Korhonen", "VISIT: destination=Senegal; visitor=Tavi Korhonen"},
		not:  []string{"destination=Africa"},
	},
	{
		name: "a second leg after the first: and later to Y",
		text: "Premier Jan Holm and President Oskar Lind are expected to fly to Chile for a trade fair next month, and later to Peru.",
		want: []string{"VISIT: destination=Chile; visitor=Oskar Lind", "VISIT: destination=Peru; visitor=Oskar Lind"},
	},
	{
		name: "a stop that is part of the trip told before",
		text: "President Lio Marrow opened a state visit to Norway on Tuesday. The journey, after a brief stop in Greenland for a whaling conference, turns to shipping.",
		want: []string{"VISIT: destination=Greenland; visitor=Lio Marrow", "VISIT: destination=Norway; visitor=Lio Marrow"},
	},
	{
		name: "an agreement by a former leader, named in apposition",
		text: "The talks follow an agreement by his predecessor, former Chilean president Tomas Ruiz, to cut copper tariffs.",
		want: []string{"AGREEMENT: party=Chile; signatory=Tomas Ruiz"},
	},
	{
		name:   "wire tickers in brackets are no names and do not break the sentence",
		text:   "PARIS, March 4 - Maison Durand SA <DURA.PA> said it and Kestrel Corp <KES> have signed a declaration of intent under which Kestrel will buy Norvale Inc <NVL.N>.",
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
		text: "Kestrel has lately signed big deals with Norvale Inc <NVL>, Orrin Corp <ORR> and Tamsin Ltd <TAM>, as well as a minor contract with <Halden Freight>.",
		want: []string{"AGREEMENT: party=Halden Freight; party=Kestrel", "AGREEMENT: party=Kestrel; party=Norvale Inc; party=Orrin Corp; party=Tamsin Ltd"},
	},
	{
		name: "a tour of places that its travellers have completed, told in a relative clause",
		text: "Vale will brief donors on the outcome of a ten-day tour of Africa and India that he and trade minister Ilse Varga have just completed.",
		want: []string{"VISIT: destination=India; visitor=Ilse Varga", "VISIT: destination=Africa; visitor=Ilse Varga"},
	},
	{
		name: "a mistyped visit of a group's members named one by one",
		text: "Energy Minister Ana Ferro also visted fellow producers Nigeria, Angola and Venezuela.",
		want: []string{"VISIT: destination=Nigeria; visitor=Ana Ferro", "VISIT: destination=Angola; visitor=Ana Ferro", "VISIT: destination=Venezuela; visitor=Ana Ferro"},
		not:  []string{"MEETING"},
	},
	{
		name: "visiting the people of a place is a visit to the place",
		text: "Premier Ana Lindqvist arrived in Canada on Sunday. On Friday she will visit the Chilean community in Toronto.",
		want: []string{"VISIT: destination=Toronto; visitor=Ana Lindqvist"},
	},
	{
		name: "a foreign leader's visit without a place under a dateline",
		text: "LIMA, May 4 - Strikes marked the visit of Brazilian President Rui Costa, who began a three-day visit on Friday.",
		want: []string{"VISIT: destination=Lima; visitor=Rui Costa"},
	},
	{
		name: "while in a place",
		text: "While in Lausanne, Veldanian envoy Tavi Korhonen has held private talks with several diplomats.",
		want: []string{"VISIT: destination=Lausanne; visitor=Tavi Korhonen"},
	},
	{
		name: "a trip cut short; a body's chairman named after the body",
		text: "National Ports Board Chairman Lev Arno cut short a two-day trip to Detroit and is returning to Chicago, an aide told reporters.",
		want: []string{"VISIT: destination=Detroit; visitor=Lev Arno"},
	},
	{
		name: "an appearance in a place",
		text: "Vice President Ilse Varga put in an unexpected appearance in Tallinn last autumn.",
		want: []string{"VISIT: destination=Tallinn; visitor=Ilse Varga"},
	},
	{
		name: "the agreement between two of its parties is the one they signed with a third",
		text: "Chile and Peru have signed a mining protocol with Canada. It is the most important agreement between Chile and Peru in a decade.",
		want: []string{"AGREEMENT: party=Canada; party=Chile; party=Peru"},
		not:  []string{"HAPPENED: party=Chile; party=Peru"},
	},
	{
		name: "agreements in general are no event",
		text: "Treasury chief Ines Vale will set out ideas for making agreements on currency policy more binding.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "both sides are the two countries, not a province between them",
		text: "Envoys from Mexico and Canada met in Ottawa over freight links with Ontario. Both sides agreed to open negotiations on freight tariffs.",
		want: []string{"AGREEMENT: party=Canada; party=Mexico"},
		not:  []string{"party=Ontario"},
	},
	{
		name: "a country's creditors agree with it",
		text: "Peru's many creditor banks agreed in March to extend its trade credit lines until September 30.",
		want: []string{"AGREEMENT: party=Peru"},
	},
	{
		name: "an accord by a list of countries, read as a list beside it",
		text: "The Bergen Pact, by Canada, France, Japan and the United States, asked for duties to be lowered.",
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
		text: "Opposition leader Rhea Tamm stayed in Cardiff to chair the debate on the budget.",
		not:  []string{"VISIT"},
	},
	{
		name: "attending the gathering the story is about, where the story is set",
		text: "Hundreds of executives are arriving in the Alpine resort of Lech for the annual Mountain Forum. Lech itself is under deep snow. The roads to Lech were closed on Monday. Chilean President Lio Marrow and Kenyan President Ada Oduya are among the guests attending the meeting.",
		want: []string{"VISIT: destination=Lech; visitor=Lio Marrow", "VISIT: destination=Lech; visitor=Ada Oduya"},
	},
	{
		name: "joining a delegation somewhere; announcing one's attendance",
		text: "Prince Oskar will also join the Swedish delegation in Chile for the memorial on 4 March.",
		want: []string{"VISIT: destination=Chile; visitor=Oskar"},
	},
	{
		name: "called back to a place",
		text: "Two hours later, Chancellor Eva Holm called the Green leader, Jon Berg, back to the Chancellery in a final bid for a compromise.",
		want: []string{"VISIT: destination=Chancellery; visitor=Jon Berg"},
	},
	{
		name: "where a foreign leader met someone, the leader went",
		text: "Kenyan President Ada Oduya arrived in Britain late on Saturday after a flight from Canada, where she met Prime Minister Rhea Tamm.",
		want: []string{"VISIT: destination=Canada; visitor=Ada Oduya", "VISIT: destination=United Kingdom; visitor=Ada Oduya"},
	},
	{
		name: "pleased with the gathering here, under a dateline",
		text: "TALLINN, May 4 - Chilean Trade Minister Lio Marrow told reporters he was happy with this week's gathering here.",
		want: []string{"VISIT: destination=Tallinn; visitor=Lio Marrow"},
	},
	{
		name: "touring the region where the clause it joins took place",
		text: "The two spoke on the concourse at Leeds station as Mr Berg toured the region selling the new tram scheme.",
		want: []string{"VISIT: destination=Leeds station; visitor=Berg"},
	},
	{
		name: "leaving a summit somewhere, with no comma after it",
		text: "Leaving a Lisbon summit Chilean President Rui Costa said the tariffs would go.",
		want: []string{"VISIT: destination=Lisbon; visitor=Rui Costa"},
	},
	{
		name: "talks one travels to a city for are held there",
		text: "Chilean Trade Minister Lio Marrow plans to go to Bergen for talks with Norway on salmon quotas.",
		want: []string{"VISIT: destination=Bergen; visitor=Lio Marrow"},
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
		text: "Chilean barter is still small compared with agreements reached by Peru, Bolivia and Brazil, traders said. The accord is one more in a run of deals signed by Paraguay.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "who invites others to attend does not go; an appearance of things is no visit",
		text: "Coach Tom Reed has invited 30 players to attend a training session in Leeds next week. The year saw the appearance of the Lisbon and Porto variants, analyst Ana Ferro said.",
		not:  []string{"VISIT"},
	},
}

func TestWordingTrips(t *testing.T) { runWording(t, tripCases) }
