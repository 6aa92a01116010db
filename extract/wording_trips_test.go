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
}

func TestWordingTrips(t *testing.T) { runWording(t, tripCases) }
