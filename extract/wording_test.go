package extract

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// wordingCase is an invented paragraph in the wording of real wire news
// that once fooled the extractor: the events it must state (want, exact
// keys as eventKey writes them) and the words no event may hold (not).
type wordingCase struct {
	name string
	text string
	want []string
	not  []string
	// ents: entity name -> type that must be found
	ents map[string]newsgraph.EntityType
	// noEnt: no entity name or alias may contain these
	noEnt []string
	// absent: no entity may be named exactly this
	absent []string
}

var wordingCases = []wordingCase{
	{
		name: "a question asks, it does not announce",
		text: "Will President Jonas Berg meet Premier Ana Lindqvist during the trip? Berg has signalled a readiness to meet her.",
		// prose tags the question's "Will" as a name and "meet" as a noun, so
		// the parse finds no meeting there: what is kept is that a question
		// announces nothing
		not: []string{"PLANNED", "HAPPENED"},
	},
	{
		name: "a visit by X names the visitor",
		text: "Foreign ministry spokesman Tomas Beira said on Monday that a visit to Angola this week by Portuguese Vice President Rui Alvim had hurt ties.",
		want: []string{"VISIT: destination=Angola; visitor=Rui Alvim"},
		not:  []string{"visitor=Tomas Beira"},
	},
	{
		name: "a visit by X with a long description",
		text: "Spokesman Tomas Beira said on Monday that other issues include a possible visit to Peru next month by Chile's exiled opposition leader the poet Nestor Quiroga.",
		// the parser hangs "by ..." on "next month": the visitor is not
		// found, and the speaker must not stand in for him
		not: []string{"Tomas Beira", "visitor=Chile"},
	},
	{
		name: "the speaker is not met",
		text: "Premier Ana Lindqvist will also meet President Jonas Berg and Foreign Minister Eva Holm, Marta Sund said.",
		want: []string{"MEETING: participant=Ana Lindqvist; participant=Eva Holm; participant=Jonas Berg"},
		not:  []string{"Marta Sund"},
	},
	{
		name: "no sign of",
		text: "Swedish Premier Ana Lindqvist showed no sign of fatigue after the flight to Oslo, and gave a sign that talks were near.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "he follows the previous he",
		text: "After meeting President Ivan Dorin, envoy Paul Mercer flew to Tallinn.\n\nHe was due to go to Riga on Friday to meet Premier Liisa Kask.\n\nHe also planned to travel to Vilnius.",
		want: []string{"VISIT: destination=Vilnius; visitor=Paul Mercer"},
		not:  []string{"visitor=Liisa Kask", "visitor=Ivan Dorin"},
	},
	{
		name: "he is the subject, not a titled man",
		text: "Senator Hal Brink met Crown Prince Faisal in Jeddah on Monday.\n\nHe had earlier visited Japan.",
		want: []string{"VISIT: destination=Japan; visitor=Hal Brink"},
		not:  []string{"visitor=Faisal"},
	},
	{
		name: "his in an opening phrase is the subject's",
		text: "\"We are close,\" Tomas Ruiz said.\n\nDuring his visit to Chile, Premier Marco Vidal is also scheduled to meet President Ines Rojas.",
		want: []string{"VISIT: destination=Chile; visitor=Marco Vidal", "MEETING: participant=Ines Rojas; participant=Marco Vidal"},
		not:  []string{"visitor=Tomas Ruiz"},
	},
	{
		name: "a relative clause does not take the subject",
		text: "Minister Karl Ostrov, who met Premier Dana Vell on Monday to discuss the budget, has been seeking a meeting with President Amos Tarn.",
		want: []string{"MEETING: participant=Amos Tarn; participant=Karl Ostrov", "MEETING: participant=Dana Vell; participant=Karl Ostrov"},
		not:  []string{"participant=Amos Tarn; participant=Dana Vell"},
	},
	{
		name: "two objects without a subject do not meet each other",
		text: "The visiting monarch, who last toured Peru in 1990, was scheduled to meet President Luis Ochoa and Premier Rosa Vidal.",
		not:  []string{"MEETING"},
	},
	{
		name: "X and his counterpart, Y, met",
		text: "Polish President Jan Wrobel and his Slovenian counterpart, Matej Kos, met for talks on Tuesday.",
		want: []string{"MEETING: participant=Jan Wrobel; participant=Matej Kos"},
	},
	{
		name: "parties are named in the agreement's clause; signed an agreement is one event",
		text: "Premier Ana Lindqvist and President Jonas Berg signed an association agreement with the European Union, which also includes Hungary and Slovakia.",
		want: []string{"AGREEMENT: party=European Union; signatory=Ana Lindqvist; signatory=Jonas Berg"},
		not:  []string{"party=Hungary", "party=Slovakia"},
	},
	{
		name: "a counterpart named right after is that person",
		text: "Israeli Foreign Minister Dov Ariel will visit Berlin next week.\n\nGerman Defence Minister Olaf Brandt planned to meet his Israeli counterpart Amir Shalev in Haifa.",
		want: []string{"MEETING: participant=Amir Shalev; participant=Olaf Brandt"},
		not:  []string{"participant=Dov Ariel"},
	},
	{
		name: "the former prime minister is not the one in office",
		text: "Israeli Prime Minister Eli Dror attacked former Prime Minister Yoav Sela on Sunday.\n\nOfficials said the government had barred the union leader from flying to Haifa for talks with the former prime minister.",
		not:  []string{"participant=Eli Dror"},
	},
	{
		name: "they with no meeting yet is nobody",
		text: "Foreign Minister Tom Okoro criticised envoy Sam Adeyemi on Monday.\n\nThe government said they would be restricted to a two-day meeting with officials.",
		not:  []string{"MEETING"},
	},
	{
		name: "a name before a lower-case title describes the next person",
		text: "Arafat said negotiator Nabil Saad and Netanyahu aide Dore Gilad could meet on Thursday.",
		// prose tags "aide" as an adverb, and the parse loses Saad: what is
		// kept is that the speaker and the described leader are not met
		not: []string{"participant=Arafat", "Netanyahu"},
	},
	{
		name: "has twice visited is past",
		text: "FBI Director Louis Frost, who has twice visited Saudi Arabia to seek better cooperation, told the committee he was not satisfied.",
		want: []string{"VISIT/HAPPENED: destination=Saudi Arabia; visitor=Louis Frost"},
	},
	{
		name: "a decree or a bill is signed alone",
		text: "Greek President Nikos Petrou signed a decree on Thursday dissolving parliament.\n\nMrs. Lane praised the gun control bill that Congress passed and President Tom Hale signed in 1994 in the United States.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "the two sides are not two people",
		text: "Foreign Minister Tom Okoro criticised envoy Sam Adeyemi on Monday.\n\nPeace talks between the two sides were last held in February.",
		not:  []string{"MEETING"},
	},
	{
		name: "a participle's talks are not the subject's",
		text: "The talks between Ruslan Bekov and General Oleg Sorin aim to finish a truce sealed last week in talks with security chief Pavel Gromov.",
		want: []string{"MEETING: participant=Oleg Sorin; participant=Ruslan Bekov"},
		not:  []string{"participant=Oleg Sorin; participant=Pavel Gromov"},
	},
	{
		name: "what X said in a visit",
		text: "Captain Omar Diallo said the border was calm.\n\nZairean Prime Minister Leon Kabasele said on Thursday in a visit to Rwanda that refugees would go home.",
		want: []string{"VISIT: destination=Rwanda; visitor=Leon Kabasele"},
		not:  []string{"visitor=Omar Diallo"},
	},
	{
		name: "some of whom visited",
		text: "Anna Kowal was born in Warsaw.\n\nShe had many friends among the poets of the day, some of whom visited her manor in Marszew.",
		not:  []string{"visitor=Anna Kowal"},
	},
	{
		name: "after meeting X, in the past",
		text: "Congressman Dale Rourke flew into Bagram on Tuesday after meeting militia leader General Omar Wardak.\n\nThe party said the truce was agreed after talks between envoy Paul Mercer and rebel leader Ivan Dorin.",
		want: []string{"MEETING/HAPPENED: participant=Dale Rourke; participant=Omar Wardak", "MEETING/HAPPENED: participant=Ivan Dorin; participant=Paul Mercer"},
	},
	{
		name: "the foreign minister is the Foreign Minister",
		text: "French Premier Alain Morel will pay an official visit to Greece on May 3, spokesman Kostas Rallis said.\n\nMorel will meet Greek Prime Minister Nikos Petrou and Foreign Minister Yannis Doukas, Rallis told reporters.\n\n\"The Greek government was asked for an official meeting with the prime minister and the foreign minister and it said yes,\" Rallis said.",
		want: []string{"MEETING/PLANNED: participant=Alain Morel; participant=Nikos Petrou; participant=Yannis Doukas"},
		not:  []string{"Kostas Rallis", "MEETING/HAPPENED"},
	},
	{
		name: "invited by X to visit",
		text: "Police said several women had been invited by Marc Dalle to visit Belgium.",
		not:  []string{"visitor=Marc Dalle"},
	},
	{
		name: "was to meet X and sign an agreement",
		text: "Australian Foreign Minister Tom Reed was to meet Chinese Foreign Minister Wei Lan and sign an agreement on a new consulate, an official said.",
		want: []string{"AGREEMENT/PLANNED: party=Australia; party=China; signatory=Tom Reed; signatory=Wei Lan", "MEETING/PLANNED: participant=Tom Reed; participant=Wei Lan"},
	},
	{
		name: "a denied meeting is none",
		text: "Senator Hal Brink said he had never met President Luis Ochoa and did not meet Premier Rosa Vidal either.",
		not:  []string{"MEETING"},
	},
	{
		name: "a refused meeting is none",
		text: "The newspaper said Premier Eli Dror, who is cool to meeting Omar Haddad himself, refused to meet envoy Paul Mercer.",
		not:  []string{"MEETING"},
	},
	{
		name:  "a gerund opening the sentence is not a name",
		text:  "Accusing Prime Minister Eli Dror of stalling, union leader Yoav Sela walked out of talks in Accra.",
		ents:  map[string]newsgraph.EntityType{"Eli Dror": newsgraph.Person, "Accra": newsgraph.GPE},
		noEnt: []string{"Accusing"},
	},
	{
		name: "an office's name ends at Affairs",
		text: "Assistant Secretary of State for Near Eastern Affairs Robert Pellman told the committee of the plan.",
		ents: map[string]newsgraph.EntityType{"Robert Pellman": newsgraph.Person},
	},
	{
		name: "a congressman's title is not his name",
		text: "Rebel commander Ali Nazari briefed visiting U.S. Congressman Dale Rourke on a peace plan.",
		ents: map[string]newsgraph.EntityType{"Dale Rourke": newsgraph.Person},
	},
	{
		name:  "an adjective and a nationality before a name are not the name",
		text:  "Outspoken Canadian Marta Velez called the referee a cheat after the final in Lyon on Sunday.",
		ents:  map[string]newsgraph.EntityType{"Marta Velez": newsgraph.Person, "Lyon": newsgraph.GPE},
		noEnt: []string{"Canadian Marta"},
	},
	{
		name: "an acronym no table knows is what the recogniser reads",
		text: "About 200 members of the QPLU and the Communist-led RTU unions marched outside the ministry on Friday.",
		ents: map[string]newsgraph.EntityType{"QPLU": newsgraph.Organization, "RTU": newsgraph.Organization},
	},
	{
		name: "an archbishop of a city names the city, not a person",
		text: "In 1975 Father Tomas Reyes was enthroned as Archbishop of Iloilo, the Philippines.",
		ents: map[string]newsgraph.EntityType{"Tomas Reyes": newsgraph.Person, "Iloilo": newsgraph.GPE},
	},
	{
		name: "the Secretary of State alone is nobody",
		text: "The Secretary of State flew to Rome on Monday, and Secretary of Homeland Security Kristi Noel stayed in Washington.",
		ents: map[string]newsgraph.EntityType{"Kristi Noel": newsgraph.Person, "Rome": newsgraph.GPE},
		// the office's country is implied (United States), its name is no entity
		absent: []string{"State", "Secretary of State", "The Secretary of State"},
	},
	{
		name:  "former with no title is not part of the place",
		text:  "Former Norway captain Rune Dahl finished with 20 points in the match in Bergen.",
		ents:  map[string]newsgraph.EntityType{"Norway": newsgraph.GPE, "Bergen": newsgraph.GPE},
		noEnt: []string{"Former"},
	},
	{
		name: "the Gulf is a place",
		text: "U.S. ships already in the Gulf will stay there, the Pentagon said, and Gulf states welcomed the move to the Gulf region.",
		ents: map[string]newsgraph.EntityType{"Gulf": newsgraph.Location, "Pentagon": newsgraph.Organization},
	},
	{
		name:   "an organisation's name runs over the lower-case words the recogniser reads inside it",
		text:   "The Council for Peace and Security in Asia postponed the vote on Monday.",
		ents:   map[string]newsgraph.EntityType{"Asia": newsgraph.Location, "Council for Peace and Security": newsgraph.Organization},
		absent: []string{"Council", "Peace"},
	},
	{
		name: "a company's name ends at its suffix",
		text: "Cars made by Tamra Motor Corp of South Korea arrived on Friday, and Veltro Corp and Halden Controls Inc bid for the plant.",
		ents: map[string]newsgraph.EntityType{"Tamra Motor Corp": newsgraph.Organization, "South Korea": newsgraph.GPE,
			"Veltro Corp": newsgraph.Organization, "Halden Controls Inc": newsgraph.Organization},
	},
	{
		name:  "a number opening the sentence is not part of the name",
		text:  "Two Norway players were shown yellow cards in the Hardanger region on Friday.",
		ents:  map[string]newsgraph.EntityType{"Norway": newsgraph.GPE},
		noEnt: []string{"Two", "region"},
	},
	{
		name:   "a person's surname that is also a country's name",
		text:   "Defender Tomas Jordan scored twice on Saturday.\n\nJordan, 27, said he was happy.",
		ents:   map[string]newsgraph.EntityType{"Tomas Jordan": newsgraph.Person},
		absent: []string{"Jordan"},
	},
	{
		name: "a company before a title is the company",
		text: "Velmora CEO Stefan Frater told reporters in a conference call from Vienna on Friday that he expects a stronger year.",
		ents: map[string]newsgraph.EntityType{"Velmora": newsgraph.Organization, "Stefan Frater": newsgraph.Person},
	},
	{
		name: "a product's maker is a company",
		text: "The offer includes buying Ford F-250 trucks from Detroit, officials said.",
		ents: map[string]newsgraph.EntityType{"Ford": newsgraph.Organization, "Detroit": newsgraph.GPE},
	},
	{
		name: "two particles inside a name",
		text: "Fly-half Pieter van der Merwe kicked three penalties in Durban on Saturday.",
		ents: map[string]newsgraph.EntityType{"Pieter van der Merwe": newsgraph.Person, "Durban": newsgraph.GPE},
	},
	{
		name: "a country before a holiday's name",
		text: "Trading slowed ahead of the U.S. Labor Day weekend, dealers in London said.",
		ents: map[string]newsgraph.EntityType{"United States": newsgraph.GPE, "London": newsgraph.GPE},
	},
	{
		name: "two names joined by an ampersand are a firm",
		text: "Halvor & Lindqvist said profits were hurt by model changeovers.\n\nHalvor & Lindqvist shares rose 5 percent in New York.",
		ents: map[string]newsgraph.EntityType{"Halvor & Lindqvist": newsgraph.Organization, "New York": newsgraph.GPE},
	},
	{
		name: "a place before said is no speaker",
		text: "\"They are unharmed,\" a police spokesman in Namur said on Friday.",
		ents: map[string]newsgraph.EntityType{"Namur": newsgraph.GPE},
	},
	{
		name: "a name takes the type most of its mentions have",
		text: "Police near Kelso said the men were armed.\n\nThe raid in Kelso was the third this year, and shops in Kelso stayed shut on Friday.",
		ents: map[string]newsgraph.EntityType{"Kelso": newsgraph.GPE},
	},
	{
		name: "a House of a parliament is a chamber, not a building",
		text: "The House of Councillors passed the bill in Tokyo on Friday, and the bill now goes to the White House.",
		ents: map[string]newsgraph.EntityType{"House of Councillors": newsgraph.Organization, "White House": newsgraph.Facility},
	},
	{
		name: "an organisation named over an apostrophe; a place before a name stays a place",
		text: "Officials of the Lay Volunteers' International Organisation met in Oslo, and Norway for Association of Nordic Nations talks sent an envoy.",
		ents: map[string]newsgraph.EntityType{"Oslo": newsgraph.GPE, "Norway": newsgraph.GPE, "Lay Volunteers' International Organization": newsgraph.Organization}, // one spelling, one id: "Organisation" is an alias
	},
	{
		name:   "a hyphenated military title is a title",
		text:   "\"Up to 75 men are approaching,\" NATO spokesman Lieutenant-Colonel Jon Halvorsen said in Pristina.",
		ents:   map[string]newsgraph.EntityType{"Jon Halvorsen": newsgraph.Person, "Pristina": newsgraph.GPE},
		absent: []string{"Lieutenant-Colonel Jon Halvorsen"},
	},
	{
		name: "a given name that is also a common capitalised word",
		text: "Former Wales captain Will Pryce, handed the kicking duties, finished with 20 points in Cardiff.",
		ents: map[string]newsgraph.EntityType{"Will Pryce": newsgraph.Person},
	},
	{
		name: "a name before a noun: an acronym, or a place before province",
		text: "Ericsson won an order for a network in the Yunnan province, and the club said it would ignore a UEFA decision banning the player.",
		ents: map[string]newsgraph.EntityType{"Yunnan": newsgraph.GPE, "UEFA": newsgraph.Organization},
	},
	{
		name: "the places of an all-capitals headline sentence",
		text: "RUGBY - NORWAY BEAT SRI LANKA IN BERGEN .\n\nNorway won the match on Saturday.",
		ents: map[string]newsgraph.EntityType{"Norway": newsgraph.GPE, "Sri Lanka": newsgraph.GPE},
	},
}

// TestWording runs the extractor over invented sentences in the wording of
// real wire news where it once failed (wrong visitor, speakers met, "no
// sign of" as a signing, pronouns sent to the wrong person): each fix is a
// general rule and each case guards one.
func TestWording(t *testing.T) { runWording(t, wordingCases) }

// runWording tells each case's paragraph, published Wednesday
// 1999-04-14, and checks its events and entities.
func runWording(t *testing.T, cases []wordingCase) {
	pub := time.Date(1999, 4, 14, 0, 0, 0, 0, time.UTC)
	var stories []story
	for _, c := range cases {
		stories = append(stories, story{c.name, c.text, pub, []check{eventChecks(sameKey, c.want, c.not), entityChecks(c.ents, c.noEnt, c.absent)}})
	}
	runStories(t, "wording", stories)
}

// entityChecks checks the entities: each of ents found with its type, no
// name or alias holding a noEnt, none named an absent.
func entityChecks(ents map[string]newsgraph.EntityType, noEnt, absent []string) check {
	return func(t *testing.T, ex *newsgraph.Extraction) {
		t.Helper()
		types := map[string]newsgraph.EntityType{}
		for _, e := range ex.Entities {
			types[e.Name] = e.Type
			for _, a := range append([]string{e.Name}, e.Aliases...) {
				for _, n := range noEnt {
					if strings.Contains(a, n) {
						t.Errorf("entity %q (alias %q) holds %q", e.Name, a, n)
					}
				}
			}
		}
		for _, n := range absent {
			if typ, ok := types[n]; ok {
				t.Errorf("entity %q (%s) should not be there", n, typ)
			}
		}
		for name, typ := range ents {
			if types[name] != typ {
				t.Errorf("entity %q: type %q, want %q (entities %v)", name, types[name], typ, types)
			}
		}
	}
}

// eventKeys writes each event as "TYPE/STATUS: role=Name; ..." with the
// participants sorted.
func eventKeys(ex *newsgraph.Extraction) []string {
	names := map[newsgraph.EntityID]string{}
	for _, e := range ex.Entities {
		names[e.ID] = e.Name
	}
	var out []string
	for _, ev := range ex.Events {
		var ps []string
		for _, p := range ev.Participants {
			ps = append(ps, string(p.Role)+"="+names[p.Entity])
		}
		sort.Strings(ps)
		out = append(out, string(ev.Type)+"/"+string(ev.Status)+": "+strings.Join(ps, "; "))
	}
	return out
}

// dropStatus turns "MEETING/PLANNED: ..." into "MEETING: ...".
func dropStatus(k string) string {
	i, j := strings.Index(k, "/"), strings.Index(k, ":")
	if i < 0 || j < i {
		return k
	}
	return k[:i] + k[j:]
}
