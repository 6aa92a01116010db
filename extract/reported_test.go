package extract

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// A reported clause without "that" whose subject is a list: the parser
// hangs the first name on the verb of saying as a second subject.
func TestReportedListSubjects(t *testing.T) {
	runWording(t, []wordingCase{
		{name: "held talks", text: "Officials said Marta Kowalski and Tomas Vidal held talks in Oslo on Monday.",
			want: []string{"MEETING/HAPPENED: participant=Marta Kowalski; participant=Tomas Vidal"}},
		{name: "would meet", text: "The ministry said Ines Carvalho and Rashid Karimov would meet in Lisbon next week.",
			want: []string{"MEETING/PLANNED: participant=Ines Carvalho; participant=Rashid Karimov"}},
		{name: "countries sign", text: "A spokesman said Kenya and Uganda will sign a rail deal next week.",
			want: []string{"AGREEMENT/PLANNED: party=Kenya; party=Uganda"}},
		{name: "firms agree", text: "Analysts said Toyota and Honda agreed a battery partnership on Tuesday.",
			want: []string{"AGREEMENT: party=Honda; party=Toyota"}},
		{name: "signed accord", text: "Diplomats said Helga Brandt and Kwame Asante signed the accord in Accra on Monday.",
			want: []string{"AGREEMENT: signatory=Helga Brandt; signatory=Kwame Asante"}},
		{name: "tells", text: "The agency says Lucia Moretti and Dmitri Orlov met in Rome last month.",
			want: []string{"MEETING: participant=Dmitri Orlov; participant=Lucia Moretti"}},
		{name: "three", text: "Aides said Ana Ruiz, Omar Haddad and Li Wen held talks in Geneva on Friday.",
			want: []string{"MEETING: participant=Ana Ruiz; participant=Li Wen; participant=Omar Haddad"}},
		{name: "present tense", text: "Sources say Petra Novak and Juan Ortega have met twice in Prague.",
			want: []string{"MEETING: participant=Juan Ortega; participant=Petra Novak"}},
		{name: "no event", text: "Police said the man and his son were arrested in Oslo on Monday.",
			not: []string{"MEETING", "AGREEMENT"}},
		{name: "said to each", text: "Officials said Marta Kowalski and Tomas Vidal disagreed about the budget.",
			not: []string{"MEETING", "AGREEMENT"}},
	})
}

// A meeting a spokesman denies took place is no event of the story's.
func TestDeniedClaimsOfMeeting(t *testing.T) {
	runWording(t, []wordingCase{
		{name: "denied reports that", text: "A Kremlin spokesman denied reports that President Arkady Volkov had met envoy Dale Morrow in Kazan.",
			not: []string{"MEETING"}},
		{name: "denied that", text: "The ministry denied that Ana Prieto met Karim Haddad in Tunis last week.",
			not: []string{"MEETING"}},
		{name: "dismissed reports of", text: "Officials dismissed reports of a meeting between Lena Sorensen and Tomas Vidal.",
			not: []string{"MEETING"}},
		{name: "rejected claims", text: "The palace rejected claims that King Oskar had held talks with Premier Juhani Laine.",
			not: []string{"MEETING"}},
		{name: "denied a report", text: "Aides denied a report that Senator Ruth Okoye met lobbyist Peter Vance on Monday.",
			not: []string{"MEETING"}},
		{name: "refuted", text: "The embassy refuted suggestions that Ambassador Nils Ek had visited Minsk.",
			not: []string{"VISIT"}},
		{name: "disputed signing", text: "The firm disputed claims that Halvorsen Group had signed a deal with Marlin Oil.",
			not: []string{"AGREEMENT"}},
		{name: "confirmed", text: "A Kremlin spokesman confirmed that President Arkady Volkov had met envoy Dale Morrow in Kazan.",
			want: []string{"MEETING/HAPPENED: participant=Arkady Volkov; participant=Dale Morrow"}},
		{name: "did not deny", text: "The ministry did not deny that Ana Prieto met Karim Haddad in Tunis last week.",
			want: []string{"MEETING/HAPPENED: participant=Ana Prieto; participant=Karim Haddad"}},
		{name: "denied a collapse", text: "The palace denied that the talks between King Oskar and Premier Juhani Laine had collapsed.",
			want: []string{"MEETING: participant=Juhani Laine; participant=Oskar"}},
		{name: "denial elsewhere", text: "Mr Haddad denied wrongdoing after he met Ana Prieto in Tunis on Monday.",
			want: []string{"MEETING: participant=Ana Prieto; participant=Haddad"}},
	})
}

// A joint statement's meeting is where the statement was put out, not a
// place its content names.
func TestJointStatementPlaceIsNotItsContent(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct{ text, notAt, at string }{
		{"In a joint statement, Ana Ruiz and Omar Haddad said the Lund Institute in Stockholm and a lab in Porto agreed to share data.", "Stockholm", ""},
		{"In a joint statement, Chancellor Greta Lang and President Omar Bashir said talks in Geneva would resume.", "Geneva", ""},
		{"In a joint statement issued in Nairobi, Ana Ruiz and Omar Haddad said the dam in Jinja would be finished.", "Jinja", "Nairobi"},
	} {
		ex, err := x.Extract(context.Background(), newsgraph.Document{ID: "joint", Text: c.text}, nil)
		if err != nil {
			t.Fatal(err)
		}
		names := map[newsgraph.EntityID]string{}
		for _, e := range ex.Entities {
			names[e.ID] = e.Name
		}
		found := false
		for _, e := range ex.Events {
			if e.Type != newsgraph.Meeting {
				continue
			}
			found = true
			if got := names[e.Location]; got == c.notAt || c.at != "" && got != c.at {
				t.Errorf("%q: meeting at %q", c.text, got)
			}
		}
		if !found {
			t.Errorf("%q: no meeting", c.text)
		}
	}
}

// A perfect participle opening the sentence ("Having met X, Y ...") is a
// fronted clause whose subject is the main clause's, and tells its event
// done.
func TestHavingParticipleOpening(t *testing.T) {
	runWording(t, []wordingCase{
		{name: "met then travelled", text: "Having met Chinese President Lin Hao earlier in the day, Vietnamese leader Tran Duc Minh travelled on to Laos.",
			want: []string{"MEETING/HAPPENED: participant=Lin Hao; participant=Tran Duc Minh"}},
		{name: "held talks then flew", text: "Having held talks with Ana Ruiz in Lisbon, Omar Haddad flew to Madrid on Tuesday.",
			want: []string{"MEETING/HAPPENED: participant=Ana Ruiz; participant=Omar Haddad"}},
		{name: "signed then returned", text: "Having signed the accord with Kenya, Ugandan President Moses Okello returned to Kampala.",
			want: []string{"AGREEMENT/HAPPENED: party=Kenya; party=Uganda; signatory=Moses Okello"}},
		{name: "visited then arrived", text: "Having visited Nairobi last week, Danish Foreign Minister Lars Holm arrived in Addis Ababa on Monday.",
			want: []string{"VISIT/HAPPENED: destination=Nairobi; visitor=Lars Holm"}},
		{name: "conferred", text: "Having conferred with Chancellor Greta Lang for two hours, President Omar Bashir told reporters the talks went well.",
			want: []string{"MEETING/HAPPENED: participant=Greta Lang; participant=Omar Bashir"}},
		{name: "hosted", text: "Having hosted Premier Juhani Laine on Monday, King Oskar left for Oslo.",
			want: []string{"MEETING/HAPPENED: participant=Juhani Laine; participant=Oskar"}},
		{name: "two places", text: "Having visited Warsaw and Gdansk, Japanese Trade Minister Kenji Sato flew to Berlin on Sunday.",
			want: []string{"VISIT/HAPPENED: destination=Gdansk; visitor=Kenji Sato", "VISIT/HAPPENED: destination=Warsaw; visitor=Kenji Sato"}},
		{name: "firm deal", text: "Having agreed a supply deal with Marlin Oil in March, Halvorsen Group signed a second one in May.",
			want: []string{"AGREEMENT: party=Halvorsen Group; party=Marlin Oil"}},
		{name: "no event", text: "Having lost the vote, Prime Minister Ana Ruiz resigned on Friday.",
			not: []string{"MEETING", "VISIT", "AGREEMENT"}},
		{name: "not met", text: "Having never met Omar Haddad, Ana Ruiz said she had no view of him.",
			not: []string{"MEETING/HAPPENED"}},
		{name: "met idiom", text: "Having met its sales target, Halvorsen Group raised its dividend.",
			not: []string{"MEETING"}},
	})
}

// "Played host to X" is hosting X, whichever word the tagger made the verb.
func TestPlayedHostTo(t *testing.T) {
	runWording(t, []wordingCase{
		{name: "played", text: "Emirati President Rashid al-Nuaimi played host to Indonesian President Arief Santoso in Abu Dhabi this week.",
			want: []string{"MEETING/HAPPENED: participant=Arief Santoso; participant=Rashid al-Nuaimi"}},
		{name: "will play", text: "Chancellor Greta Lang will play host to President Omar Bashir in Berlin on Friday.",
			want: []string{"MEETING/PLANNED: participant=Greta Lang; participant=Omar Bashir"}},
		{name: "is to play", text: "Premier Juhani Laine is to play host to King Oskar at his residence.",
			want: []string{"MEETING/PLANNED: participant=Juhani Laine; participant=Oskar"}},
		{name: "plays", text: "Every spring, Mayor Ines Ortega plays host to Governor Paul Mercer at City Hall.",
			want: []string{"MEETING: participant=Ines Ortega; participant=Paul Mercer"}},
		{name: "country host", text: "Kenya played host to Ugandan President Moses Okello on Tuesday.",
			want: []string{"MEETING/HAPPENED: participant=Kenya; participant=Moses Okello"}},
		{name: "two guests", text: "President Ana Ruiz played host to Premier Li Wen and Chancellor Omar Haddad in Lima on Monday.",
			want: []string{"MEETING/HAPPENED: participant=Ana Ruiz; participant=Li Wen; participant=Omar Haddad"}},
		{name: "venue", text: "Wembley played host to the final on Saturday.",
			not: []string{"MEETING"}},
		{name: "city hosts an event", text: "The city plays host to the Nordic Council summit next month.",
			not: []string{"participant=Nordic Council; participant=city"}},
		{name: "played no host", text: "Ana Ruiz played a key role in talks to host the games.",
			not: []string{"MEETING"}},
	})
}
