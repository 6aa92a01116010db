package extract

import "testing"

// agreeDescribedCases are invented paragraphs where a side of an agreement
// is told by its kind, by its office or as a pair, not by its name, and
// where the status rests on words around the signing.
var agreeDescribedCases = []wordingCase{
	{
		name: "a deal with a trading house told by its kind is the named firm's",
		text: "Markets were calm on Wednesday.\n\nKeltor Steel Corp signed a supply deal with a Japanese trading house on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Keltor Steel Corp"},
	},
	{
		name: "a contract with a local builder, signed by a state",
		text: "Markets were calm on Wednesday.\n\nThe state of Vermont signed a contract with a local builder to repair the old bridge.",
		want: []string{"AGREEMENT/HAPPENED: party=Vermont"},
	},
	{
		name: "a loan agreement with a consortium of banks",
		text: "Markets were calm on Wednesday.\n\nNigeria signed a loan agreement with a consortium of European banks on Friday.",
		want: []string{"AGREEMENT/HAPPENED: party=Nigeria"},
	},
	{
		name: "a union's agreement with management",
		text: "Markets were calm on Wednesday.\n\nThe Transport Workers Union reached agreement with management on a new pay deal late on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Transport Workers Union"},
	},
	{
		name: "an MoU written out, with a partner told by its nationality",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings signed a new memorandum of understanding with a Chinese partner on Tuesday.",
		want: []string{"AGREEMENT/HAPPENED: party=Orvane Holdings"},
	},
	{
		name: "a contract with a value or an option names no other side",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings signed a contract with a value of 40 million dollars. Kestrel Air signed a contract with an option on ten more jets.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a deal with a firm told by its kind, only talked about, is none",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings is in talks on a supply deal with a Japanese trading house.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "agreeing with someone that something is so is an opinion, whatever the parser hangs the clause on",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings agreed with a local builder that prices were too high. Kestrel Air agreed with Baltic Corp that prices were too high.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a counterpart's country after his name",
		text: "Markets were calm on Wednesday.\n\nForeign Minister Anton Weiss of Austria and his counterpart Lars Dahl of Norway had agreed in principle to reopen the border.",
		want: []string{"AGREEMENT/HAPPENED: party=Austria; party=Norway; signatory=Anton Weiss; signatory=Lars Dahl"},
	},
	{
		name: "the two cities are the two towns named before",
		text: "Markets were calm on Wednesday.\n\nThe mayors of Lyon and Turin met on Monday, and the two cities signed a twinning charter.",
		want: []string{"AGREEMENT: party=Lyon; party=Turin"},
	},
	{
		name: "a mayor signs for the town",
		text: "Markets were calm on Wednesday.\n\nThe mayor of Lyon, Jean Morel, and the mayor of Turin, Paolo Verdi, signed a friendship charter on Monday.",
		want: []string{"AGREEMENT: party=Lyon; party=Turin; signatory=Jean Morel; signatory=Paolo Verdi"},
	},
	{
		name: "a board that approves a merger agreement makes its firm a side",
		text: "Markets were calm on Wednesday.\n\nThe Orvane Holdings board approved the merger agreement with Baltic Corp on Tuesday.",
		want: []string{"AGREEMENT/HAPPENED: party=Baltic Corp; party=Orvane Holdings"},
	},
	{
		name: "the world's biggest maker stands for the firm named before",
		text: "Markets were calm on Wednesday.\n\nSakura Motors posted record profits on Tuesday. The world's third-largest carmaker signed a deal with Baltic Corp to supply engines.",
		want: []string{"AGREEMENT: party=Baltic Corp; party=Sakura Motors"},
	},
	{
		name: "a group told by its seat stands for the firm named before",
		text: "Markets were calm on Wednesday.\n\nSakura Motors said profits rose 10 pct. The Tokyo-based group agreed to buy a stake in Baltic Corp for 20 million dollars.",
		want: []string{"AGREEMENT: party=Baltic Corp; party=Sakura Motors"},
	},
	{
		name: "a signing hoped for on a set day and put off is planned",
		text: "Markets were calm on Wednesday.\n\nPeru and Chile had been hoping to sign the fisheries accord on Friday, but the ceremony was put off over a quarrel about quotas.",
		want: []string{"AGREEMENT/PLANNED: party=Chile; party=Peru"},
	},
	{
		name: "a signing only hoped for, with no day, is no event",
		text: "Markets were calm on Wednesday.\n\nPeru hopes to sign a fisheries accord with Chile one day.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a signing called off or cancelled is cancelled; one postponed is planned",
		text: "Markets were calm on Wednesday.\n\nThe signing of the border treaty between Peru and Chile was called off on Tuesday. Bolivia and Ecuador cancelled the signing of a trade pact. The signing of the water pact between Brazil and Uruguay was postponed until May.",
		want: []string{"AGREEMENT/CANCELLED: party=Chile; party=Peru", "AGREEMENT/CANCELLED: party=Bolivia; party=Ecuador", "AGREEMENT/PLANNED: party=Brazil; party=Uruguay"},
		not:  []string{"HAPPENED"},
	},
	{
		name: "the seller of a stake hung by the parser on the noun before it",
		text: "Markets were calm on Wednesday.\n\nOrvane Holdings has agreed to acquire a 30 percent stake in a copper mine from Baltic Corp for 40 million dollars, the two companies said.",
		want: []string{"AGREEMENT/HAPPENED: party=Baltic Corp; party=Orvane Holdings"},
	},
	{
		name: "a dateline of two places split by a slash opens no subject",
		text: "BERGEN/LIMA, May 4 (Reuters) - Fjordal Kraft AS has agreed to purchase a quarter of a Peruvian zinc mine from Baltic Corp for 90 million dollars, officials said.",
		want: []string{"AGREEMENT/HAPPENED: party=Baltic Corp; party=Fjordal Kraft AS"},
		not:  []string{"Bergen"},
	},
	{
		name: "being close to a deal is no deal",
		text: "Markets were calm on Wednesday.\n\nPeru is close to a deal with Chile on fishing rights. Bolivia and Ecuador edged nearer to a water accord on Tuesday.",
		not:  []string{"AGREEMENT"},
	},
}

func TestWordingAgreeDescribed(t *testing.T) { runWording(t, agreeDescribedCases) }
