package extract

import "testing"

// talksStateCases tell two firms' or sides' talks through the state the
// talks are in ("talks between X and Y were broken off", "X said
// discussions with Y were continuing", "X and Y are in talks"): a meeting
// that happened, and no agreement when the talks ended without one. Talks
// denied, not planned or only welcomed are none.
var talksStateCases = []wordingCase{
	{
		name: "talks between two firms were broken off",
		text: "Talks between Korvane Energy Corp and Salto Minerals SA were broken off on Friday.",
		want: []string{"MEETING/HAPPENED: participant=Korvane Energy Corp; participant=Salto Minerals SA"},
		not:  []string{"AGREEMENT"},
	},
	{
		name: "merger talks between two firms collapsed",
		text: "Merger talks between Halvard Foods Inc and Brenton Mills Ltd collapsed last week.",
		want: []string{"MEETING/HAPPENED: participant=Brenton Mills Ltd; participant=Halvard Foods Inc"},
		not:  []string{"AGREEMENT"},
	},
	{
		name: "negotiations between a firm and a union ended without agreement",
		text: "Negotiations between Ostrava Steel Works and the Dunmore Metalworkers Union ended without agreement on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Dunmore Metalworkers Union; participant=Ostrava Steel Works"},
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a firm said discussions with another were continuing",
		text: "Pellmark Corp said discussions with Ferrano Industries Inc were continuing.",
		want: []string{"MEETING/HAPPENED: participant=Ferrano Industries Inc; participant=Pellmark Corp"},
	},
	{
		name: "a bank said its talks with a firm are continuing",
		text: "Quillon Bank said its talks with Marwick Holdings Plc are continuing.",
		want: []string{"MEETING/HAPPENED: participant=Marwick Holdings Plc; participant=Quillon Bank"},
	},
	{
		name: "talks between two airlines have resumed",
		text: "Talks between Tervo Airlines and Albatross Air Corp have resumed, a Tervo spokesman said.",
		want: []string{"MEETING/HAPPENED: participant=Albatross Air Corp; participant=Tervo Airlines"},
	},
	{
		name: "two firms are in talks",
		text: "Castell Group Inc and Wenmoor Plc are in talks over a possible merger, the companies said.",
		want: []string{"MEETING/HAPPENED: participant=Castell Group Inc; participant=Wenmoor Plc"},
		not:  []string{"AGREEMENT"},
	},
	{
		name: "two shipping lines are in negotiations",
		text: "Bexley Shipping Co and Harlan Lines Ltd are in negotiations on a shared Atlantic route.",
		want: []string{"MEETING/HAPPENED: participant=Bexley Shipping Co; participant=Harlan Lines Ltd"},
	},
	{
		name: "a firm said talks with another broke down",
		text: "Arden Motors Corp said its talks with Kessler Autowerke AG broke down over price.",
		want: []string{"MEETING/HAPPENED: participant=Arden Motors Corp; participant=Kessler Autowerke AG"},
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a firm said it was in talks with another",
		text: "Castell Group Inc said it was in talks with Wenmoor Plc.",
		want: []string{"MEETING/HAPPENED: participant=Castell Group Inc; participant=Wenmoor Plc"},
	},
	{
		name: "a bank is in advanced negotiations",
		text: "Quillon Bank is in advanced negotiations with Marwick Holdings Plc.",
		want: []string{"MEETING/HAPPENED: participant=Marwick Holdings Plc; participant=Quillon Bank"},
	},
	{
		name: "talks about talks hold none",
		text: "Arden Motors Corp and Kessler Autowerke AG held talks about talks on Friday.",
		not:  []string{"MEETING", "AGREEMENT"},
	},
	{
		name: "a firm broke off talks with another",
		text: "Arden Motors Corp broke off talks with Kessler Autowerke AG on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Arden Motors Corp; participant=Kessler Autowerke AG"},
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a shipping line terminated discussions with another",
		text: "Bexley Shipping Co terminated merger discussions with Harlan Lines Ltd on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Bexley Shipping Co; participant=Harlan Lines Ltd"},
	},
	{
		name: "a firm said talks with another had been suspended",
		text: "Arden Motors Corp said talks with Kessler Autowerke AG had been suspended.",
		want: []string{"MEETING/HAPPENED: participant=Arden Motors Corp; participant=Kessler Autowerke AG"},
	},
	{
		name: "talks that are not continuing were held",
		text: "Quillon Bank said its talks with Marwick Holdings Plc are not continuing.",
		want: []string{"MEETING/HAPPENED: participant=Marwick Holdings Plc; participant=Quillon Bank"},
	},
	{
		name: "planned talks suspended were never held",
		text: "The planned talks between Arden Motors Corp and Kessler Autowerke AG were suspended.",
		not:  []string{"HAPPENED"},
	},
	{
		name: "no talks are planned",
		text: "Bexley Shipping Co said no talks are planned with Harlan Lines Ltd.",
		not:  []string{"MEETING", "AGREEMENT"},
	},
	{
		name: "a firm denied it was in talks",
		text: "Arden Motors Corp denied it was in talks with Kessler Autowerke AG.",
		not:  []string{"MEETING", "AGREEMENT"},
	},
	{
		name: "talks only welcomed",
		text: "Quillon Bank said it would welcome talks with Marwick Holdings Plc.",
		not:  []string{"MEETING", "AGREEMENT"},
	},
}

func TestWordingTalksState(t *testing.T) { runWording(t, talksStateCases) }
