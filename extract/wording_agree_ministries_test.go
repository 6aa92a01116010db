package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// ministryInstrumentCases are invented paragraphs in the wording of
// foreign ministries' releases: an instrument signed "between" two
// ministries, each named with the state it serves after its portfolio.
var ministryInstrumentCases = []wordingCase{
	{
		name: "a programme of consultations signed between two foreign ministries",
		text: "The foreign ministers of Portugal and Ghana met in Lisbon on Monday.\n\nAfter the talks, the two ministers signed the Programme of Consultations between the Ministry of Foreign Affairs of the Republic of Portugal and the Ministry of Foreign Affairs of Ghana for 2026-2028.",
		want: []string{"AGREEMENT: party=Ministry of Foreign Affairs of Ghana; party=Ministry of Foreign Affairs of the Republic of Portugal"},
		not:  []string{"MEETING: participant=Ministry"},
	},
	{
		name: "a memorandum on cooperation in a field, the sides after the field",
		text: "The foreign ministers of Portugal and Ghana met in Lisbon on Monday.\n\nThe ministers will also sign a Memorandum of Understanding on Cooperation in Consular Affairs between the Ministry of Foreign Affairs of Portugal and the Ministry of Justice of Ghana.",
		want: []string{"AGREEMENT/PLANNED: party=Ministry of Foreign Affairs of Portugal; party=Ministry of Justice of Ghana"},
	},
	{
		name: "a ministry named with its state is one body",
		text: "The Ministry of Foreign Affairs of Ghana said on Monday it had summoned the envoy.",
		ents: map[string]newsgraph.EntityType{"Ministry of Foreign Affairs of Ghana": newsgraph.Organization},
	},
	{
		name: "a plan signed by one side alone is no agreement",
		text: "The Ghanaian minister signed the Plan of Reforms for the ministry on Monday.",
		not:  []string{"AGREEMENT", "MEETING"},
	},
}

func TestWordingMinistryInstruments(t *testing.T) { runWording(t, ministryInstrumentCases) }

// particleAcronymCases: a Spanish, Portuguese or Italian body's acronym
// takes a letter from a particle of its name and from its legal form.
var particleAcronymCases = []wordingCase{
	{
		name:   "an acronym with the particle's letter and the legal form's is the firm named in full",
		text:   "Kestrel Holdings will invest 50 mln dlrs in a joint venture with Minerales de Bolivia, S.A., its president said.\n\nKestrel Holdings will later sign a supply contract with MDBSA.",
		want:   []string{"AGREEMENT: party=Kestrel Holdings; party=Minerales de Bolivia, S.A."},
		absent: []string{"MDBSA"},
	},
}

func TestWordingParticleAcronyms(t *testing.T) { runWording(t, particleAcronymCases) }
