package extract

import "testing"

// loanSignedCases are invented sentences in which a loan is signed or
// agreed with a lender ("signed a 250 mln dlr loan with the X Bank"): an
// agreement, as "a loan agreement" was already. A loan only approved,
// repaid or spoken of is none.
var loanSignedCases = []wordingCase{
	{name: "a minister signed a loan with a bank yesterday", text: "Markets were calm on Wednesday.\n\nFinance Minister Tom Vale said he had signed yesterday a 250 mln dlr loan with the Caribbean Development Bank.", want: []string{"AGREEMENT: party=Caribbean Development Bank; signatory=Tom Vale"}},
	{name: "a country agreed a loan with a bank", text: "Markets were calm on Wednesday.\n\nKenya agreed a 40 mln dlr loan with the African Development Bank.", want: []string{"AGREEMENT: party=African Development Bank; party=Kenya"}},
	{name: "a firm signed loans with two banks", text: "Markets were calm on Wednesday.\n\nHarlow Corp signed loans with Kestrel Bank and Baird Trust on Monday.", want: []string{"AGREEMENT: party=Baird Trust; party=Harlow Corp; party=Kestrel Bank"}},
	{name: "a country signed a loan with a fund", text: "Markets were calm on Wednesday.\n\nPeru signed a 300 mln dlr loan with the International Monetary Fund on Friday.", want: []string{"AGREEMENT: party=International Monetary Fund; party=Peru"}},
	{name: "a state firm signed a loan with a lender", text: "Markets were calm on Wednesday.\n\nPetrovia Oil signed a 90 mln dlr loan with Nordvik Bank last week.", want: []string{"AGREEMENT: party=Nordvik Bank; party=Petrovia Oil"}},
	{name: "a government signed a soft loan with a country", text: "Markets were calm on Wednesday.\n\nThe Ghanaian government signed a soft loan with Japan on Tuesday.", want: []string{"AGREEMENT: party=Ghana; party=Japan"}},
	{name: "a carmaker agreed a loan with a bank", text: "Markets were calm on Wednesday.\n\nDunmore Motors agreed a 12 mln pound loan with Kestrel Bank.", want: []string{"AGREEMENT: party=Dunmore Motors; party=Kestrel Bank"}},
	{name: "a minister signs a loan with a bank, planned", text: "Markets were calm on Wednesday.\n\nFinance Minister Ana Ortiz will sign a 75 mln dlr loan with the Inter-American Development Bank next week.", want: []string{"AGREEMENT/PLANNED: party=Inter-American Development Bank; signatory=Ana Ortiz"}},
	{name: "a loan approved is no agreement yet", text: "Markets were calm on Wednesday.\n\nThe Caribbean Development Bank approved a 250 mln dlr loan to Jamaica.", not: []string{"AGREEMENT"}},
	{name: "a loan repaid is no agreement", text: "Markets were calm on Wednesday.\n\nMexico repaid the loan to the International Monetary Fund.", not: []string{"AGREEMENT"}},
	{name: "a loan used is no agreement", text: "Markets were calm on Wednesday.\n\nThe loan from Kestrel Bank was used to buy Vance AG.", not: []string{"AGREEMENT"}},
}

func TestWordingLoansSigned(t *testing.T) { runWording(t, loanSignedCases) }
