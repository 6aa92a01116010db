package extract

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// dealCase is an invented story for one kind of agreement wording: the
// agreements it must hold (want: "AGREEMENT[/STATUS]: role=Name; ...",
// met by any event of that type and status whose participants include
// every one listed) and what no event may hold (not: substrings of the
// event keys eventKeys writes).
type dealCase struct {
	name string
	text string
	want []string
	not  []string
}

// dealAwardCases: who awarded a contract to whom, in the active, the
// passive, the reduced relative and with "selected by ... to supply".
var dealAwardCases = []dealCase{
	{
		name: "won a contract from a government",
		text: "Tessaro Engineering won a $450m contract from the Kenyan government to build a highway to the coast.",
		want: []string{"AGREEMENT/HAPPENED: party=Kenya; party=Tessaro Engineering"},
	},
	{
		name: "an awarder awarded a firm a contract, double object",
		text: "Aldera Rail awarded Kinsey Signals a five-year maintenance contract on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Aldera Rail; party=Kinsey Signals"},
	},
	{
		name: "was awarded a contract by, the passive",
		text: "Marlow Defence was awarded a $2bn contract by the Polish government on Tuesday to supply armoured vehicles.",
		want: []string{"AGREEMENT/HAPPENED: party=Marlow Defence; party=Poland"},
	},
	{
		name: "has been selected by a firm to supply",
		text: "Daesan Heavy Industries has been selected by Petrobrava to supply four drilling rigs for its offshore fields.",
		want: []string{"AGREEMENT/HAPPENED: party=Daesan Heavy Industries; party=Petrobrava"},
	},
	{
		name: "a contract awarded to a firm by a city, reduced relative",
		text: "A contract awarded to Vellum Systems by the city of Leeds in 2019 is now under review, officials said.",
		want: []string{"AGREEMENT: party=Leeds; party=Vellum Systems"},
	},
	{
		name: "the contract was awarded to a firm by a grid operator",
		text: "The contract, worth 80 million euros, was awarded to Ostwind Turbines by Baltic Grid last month.",
		want: []string{"AGREEMENT/HAPPENED: party=Baltic Grid; party=Ostwind Turbines"},
	},
	{
		name: "secured a contract from an authority, 1980s wire",
		text: "KAMPALA, Oct 12 - Kiwa Construction Ltd said it secured a 40 mln dlr contract from the Uganda National Roads Authority to rebuild the Jinja road.",
		want: []string{"AGREEMENT/HAPPENED: party=Kiwa Construction Ltd; party=Uganda National Roads Authority"},
	},
	{
		name: "a ministry awarded the tender to a firm, fronted date",
		text: "In March, the Indian Ministry of Railways awarded the tender for 200 coaches to Sahyadri Rolling Stock.",
		want: []string{"AGREEMENT/HAPPENED: party=Indian Ministry of Railways; party=Sahyadri Rolling Stock"},
	},
	{
		name: "landed a deal from an airline",
		text: "Brazilian planemaker Aerovale landed a contract from Andes Airways for 12 regional jets, the companies said.",
		want: []string{"AGREEMENT/HAPPENED: party=Aerovale; party=Andes Airways"},
	},
	{
		name: "a country granted a concession to a firm",
		text: "Kenya has granted a 30-year concession to Mombasa Gateway Terminals to run the new container berth.",
		want: []string{"AGREEMENT/HAPPENED: party=Kenya; party=Mombasa Gateway Terminals"},
	},
	{
		name: "a ministry gave a firm a contract, double object",
		text: "The Ministry of Defence gave Harrow Aerospace a 1.2 billion pound contract to maintain its helicopter fleet.",
		want: []string{"AGREEMENT/HAPPENED: party=Harrow Aerospace; party=Ministry of Defence"},
	},
	{
		name: "a contract handed to a firm by a government, passive with the theme first",
		text: "A 20-year contract to run the airport was handed to Lusaka Aviation Services by the Zambian government in 2022.",
		want: []string{"AGREEMENT/HAPPENED: party=Lusaka Aviation Services; party=Zambia"},
	},
	{
		name: "a bid for a contract is none",
		text: "Tessaro Engineering is bidding for a contract from the Kenyan government to build a highway.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "an award from a society is no contract",
		text: "Pellan Aerospace won an award from the Royal Engineering Society for its wing design.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "selected by readers as a brand is no contract",
		text: "Kinsey Signals was selected by readers of Rail Weekly as the best supplier of the year.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "awarded to a bidder not named",
		text: "Markets were calm. The city of Leeds awarded the contract to the lowest bidder, a spokesman said.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a draft handed over is put forward, not agreed",
		text: "Norway on Tuesday handed Swedish negotiators a draft accord on fishing quotas in the Skagerrak.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "lost a contract to a rival",
		text: "Marlow Defence said it would appeal after the Polish government chose a rival bid.",
		not:  []string{"AGREEMENT"},
	},
}

func TestDealAward(t *testing.T) { runDeals(t, dealAwardCases) }

// runDeals extracts each case, published Wednesday 2024-05-15, and logs
// the family's score: positives found and negatives kept clean.
func runDeals(t *testing.T, cases []dealCase) {
	x := extractor(t)
	pub := time.Date(2024, 5, 15, 0, 0, 0, 0, time.UTC)
	pos, posOK, neg, negOK := 0, 0, 0, 0
	for _, c := range cases {
		ok := t.Run(c.name, func(t *testing.T) {
			d := newsgraph.Document{ID: "deal", Text: c.text, Published: pub}
			ex, err := x.Extract(context.Background(), d, nil)
			if err != nil {
				t.Fatal(err)
			}
			keys := eventKeys(ex)
			for _, w := range c.want {
				if !keyHolds(keys, w) {
					t.Errorf("missing %q; got %q", w, keys)
				}
			}
			for _, n := range c.not {
				for _, k := range keys {
					if strings.Contains(k, n) {
						t.Errorf("event %q holds %q", k, n)
					}
				}
			}
		})
		if len(c.want) > 0 {
			pos++
			if ok {
				posOK++
			}
		} else {
			neg++
			if ok {
				negOK++
			}
		}
	}
	t.Logf("family score: positives %d/%d, negatives %d/%d", posOK, pos, negOK, neg)
}

// keyHolds: some key of w's type (and status, if w gives one) lists every
// participant w lists, whatever its role, as the scorer matches sides.
func keyHolds(keys []string, w string) bool {
	head, parts, _ := strings.Cut(w, ": ")
	for _, k := range keys {
		kh, kp, _ := strings.Cut(k, ": ")
		if kh != head && (strings.Contains(head, "/") || !strings.HasPrefix(kh, head+"/")) {
			continue
		}
		have := map[string]bool{}
		for _, p := range strings.Split(kp, "; ") {
			_, name, _ := strings.Cut(p, "=")
			have[name] = true
		}
		all := true
		for _, p := range strings.Split(parts, "; ") {
			_, name, _ := strings.Cut(p, "=")
			all = all && have[name]
		}
		if all {
			return true
		}
	}
	return false
}
