package extract

import "testing"

// ventureCases are invented paragraphs that tell a venture or partnership
// made with another firm through the verb that puts money or a signature
// into it: "invest in a joint venture with X", "sign a letter of intent ...
// to enter a partnership" (the partner after), "A and B formed a consortium".
var ventureCases = []wordingCase{
	{
		name: "investing in a joint venture with another firm",
		text: "Markets were calm on Wednesday.\n\nKorvane Energy Corp will invest 40 mln dlrs in a joint venture with Salto Minerals SA to build a smelter.",
		want: []string{"AGREEMENT: party=Korvane Energy Corp; party=Salto Minerals SA"},
	},
	{
		name: "investing in joint ventures in two trades, the partner named after the trades",
		text: "Markets were calm on Wednesday.\n\nKorvane Energy Corp will invest 90 mln dlrs in three joint ventures in steel and cement with Salto Minerals SA.",
		want: []string{"AGREEMENT: party=Korvane Energy Corp; party=Salto Minerals SA"},
	},
	{
		name: "investing in joint ventures with no partner named is no agreement",
		text: "Markets were calm on Wednesday.\n\nKorvane Energy Corp will invest 90 mln dlrs in joint ventures abroad next year.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a letter of intent signed to enter a partnership, the purpose told after the place and day",
		text: "Markets were calm on Wednesday.\n\nKorvane Energy Corp will sign a letter of intent in Lagos on Friday to enter a partnership with Salto Minerals SA to drill for gas.",
		want: []string{"AGREEMENT/PLANNED: party=Korvane Energy Corp; party=Salto Minerals SA"},
	},
	{
		name: "entering into a partnership with a firm",
		text: "Markets were calm on Wednesday.\n\nKorvane Energy Corp entered into a partnership with Salto Minerals SA last year.",
		want: []string{"AGREEMENT: party=Korvane Energy Corp; party=Salto Minerals SA"},
	},
	{
		name: "two firms form a consortium",
		text: "Markets were calm on Wednesday.\n\nKorvane Energy Corp and Salto Minerals SA have now formed a consortium which is to run the gas terminal.",
		want: []string{"AGREEMENT: party=Korvane Energy Corp; party=Salto Minerals SA"},
	},
	{
		name: "a consortium of lenders, or a partnership that speaks, is no agreement",
		text: "Markets were calm on Wednesday.\n\nA consortium of banks led by Quillon Bank lent Salto Minerals SA 20 mln dlrs. The partnership said its units rose.",
		not:  []string{"AGREEMENT"},
	},
}

func TestWordingVentures(t *testing.T) { runWording(t, ventureCases) }
