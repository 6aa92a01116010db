package extract

import (
	"testing"
)

// visitClauseCases are invented sentences of visits told inside a
// subordinate clause or a phrase of time ("before X visits Y", "ahead of
// a visit to Y by X next month") and of trips their traveller pulls out
// of or whose plans are scrapped.
var visitClauseCases = []wordingCase{
	{
		name: "a visit verb read as a copula in a clause opened by before",
		text: "Officials expect progress before Chilean Mines Minister Lio Marrow visits Quito in May.",
		want: []string{"VISIT/PLANNED: destination=Quito; visitor=Lio Marrow"},
	},
	{
		name: "a visit verb read as a copula after when",
		text: "Bankers hope for a deal when Veldanian Premier Karl Hesse tours Lima in June.",
		want: []string{"VISIT: destination=Lima; visitor=Karl Hesse"},
	},
	{
		name: "the by-phrase of a visit hung on the active verb after it",
		text: "Copper prices rose ahead of a visit to Hanoi by Danish Trade Minister Ole Fenger next month.",
		want: []string{"VISIT/PLANNED: destination=Hanoi; visitor=Ole Fenger"},
	},
	{
		name: "pulling out of a trip calls it off",
		text: "Swedish singer Karin Moberg has pulled out of a trip to Madrid, her agent said.",
		want: []string{"VISIT/CANCELLED: destination=Madrid; visitor=Karin Moberg"},
	},
	{
		name: "withdrawing from a planned tour calls it off",
		text: "Swedish singer Karin Moberg has withdrawn from a planned tour of Spain.",
		want: []string{"VISIT/CANCELLED: destination=Spain; visitor=Karin Moberg"},
		not:  []string{"VISIT/PLANNED", "VISIT/HAPPENED"},
	},
	{
		name: "not pulling out of a trip leaves it planned",
		text: "Swedish singer Karin Moberg has not pulled out of her trip to Madrid, her agent said.",
		want: []string{"VISIT/PLANNED: destination=Madrid; visitor=Karin Moberg"},
	},
	{
		name: "pulling out of a race is no visit",
		text: "Swedish skier Nils Berg pulled out of a race in Oslo on Sunday.",
		not:  []string{"VISIT"},
	},
	{
		name: "scrapped plans to visit call the visit off",
		text: "Swedish actor Nils Berg has scrapped plans to visit Rome this summer.",
		want: []string{"VISIT/CANCELLED: destination=Rome; visitor=Nils Berg"},
	},
	{
		name: "outlined plans to visit stay planned",
		text: "Swedish actor Nils Berg outlined plans to visit Rome this summer.",
		want: []string{"VISIT/PLANNED: destination=Rome; visitor=Nils Berg"},
	},
}

func TestWordingVisitClauses(t *testing.T) { runWording(t, visitClauseCases) }
