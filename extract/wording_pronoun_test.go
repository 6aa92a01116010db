package extract

import "testing"

// pronounCases resolve a subject "he"/"she" inside one sentence: said again,
// it is the person the first one was; after an opening "Besides ..." phrase,
// it is not the person that phrase names.
var pronounCases = []wordingCase{
	{
		name: "she said again in one sentence",
		text: "Mediator Greta Holm arrived in Riga on Monday. Holm said she had met the Finance Minister of Estonia, Jaan Sepp, on Tuesday and that she would travel to Tartu on Friday.",
		want: []string{"VISIT: destination=Tartu; visitor=Greta Holm"},
		not:  []string{"VISIT: visitor=Jaan Sepp"},
	},
	{
		name: "he said again after a named object",
		text: "Trade Minister Arvid Lunde flew to Lagos. He said he had seen Governor Emeka Obi and that he would meet Mayor Ngozi Eze on Friday.",
		want: []string{"MEETING: participant=Arvid Lunde; participant=Ngozi Eze"},
		not:  []string{"MEETING: participant=Emeka Obi; participant=Ngozi Eze"},
	},
	{
		name: "besides talks with X, he",
		text: "Oil Minister Tariq Haddad arrived in Caracas on Monday. Besides the talks with Deputy Premier Luis Ortega, he is expected to meet with central bank chief Ana Ruiz.",
		want: []string{"MEETING: participant=Ana Ruiz; participant=Tariq Haddad"},
		not:  []string{"MEETING: participant=Ana Ruiz; participant=Luis Ortega"},
	},
}

func TestWordingPronouns(t *testing.T) { runWording(t, pronounCases) }
