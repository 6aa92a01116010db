package extract

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// sidesCase tells a meeting and says exactly which meetings the story
// holds: every MEETING the extractor makes must be one of want, and every
// want must be made (a want without a status matches any status). A case
// with no want makes no meeting at all. at, when set, is the place of
// every meeting.
type sidesCase struct {
	name, text string
	want       []string
	at         string
}

// runSides tells each case, published Wednesday 2026-11-04, and
// compares its meetings with the case's, as a whole set: a joint meeting
// told as pairs, or a host added as a side, fails.
func runSides(t *testing.T, cases []sidesCase) {
	pub := time.Date(2026, 11, 4, 0, 0, 0, 0, time.UTC)
	var stories []story
	for _, c := range cases {
		stories = append(stories, story{c.name, c.text, pub, []check{meetingsExactly(c.want, c.at)}})
	}
	runStories(t, "sides", stories)
}

// meetingsExactly checks that the meetings are want, as a whole set (a
// want matched as sameKey tells), and, when at is set, all at it.
func meetingsExactly(want []string, at string) check {
	return func(t *testing.T, ex *newsgraph.Extraction) {
		t.Helper()
		names := map[newsgraph.EntityID]string{}
		for _, e := range ex.Entities {
			names[e.ID] = e.Name
		}
		var got []string
		var places []string
		for _, k := range eventKeys(ex) {
			if strings.HasPrefix(k, "MEETING") {
				got = append(got, k)
			}
		}
		for _, ev := range ex.Events {
			if ev.Type == newsgraph.Meeting {
				places = append(places, names[ev.Location])
			}
		}
		sort.Strings(got)
		matched := map[string]bool{}
		for _, w := range want {
			found := false
			for _, k := range got {
				if sameKey(k, w) {
					found, matched[k] = true, true
				}
			}
			if !found {
				t.Errorf("missing %q; got %q", w, got)
			}
		}
		for _, k := range got {
			if !matched[k] {
				t.Errorf("meeting %q not told", k)
			}
		}
		if at != "" {
			for _, p := range places {
				if p != at {
					t.Errorf("a meeting at %q, want %q", p, at)
				}
			}
		}
	}
}

// hostSidesCases: a country or city that hosts talks, or is where they
// are held, is their place, not a side; a host whose own leader is named
// at the table, or who meets its guest, is one.
var hostSidesCases = []sidesCase{
	{
		name: "a country hosted talks between two others",
		text: "DOHA, Nov 2 - Qatar hosted talks between Ethiopia and Eritrea on Sunday, the Qatari foreign ministry said.",
		want: []string{"MEETING: participant=Eritrea; participant=Ethiopia"},
	},
	{
		name: "talks in a city between the envoys of two countries",
		text: "Envoys of Armenia and Azerbaijan held talks in Geneva on Tuesday on the release of prisoners.",
		want: []string{"MEETING: participant=Armenia; participant=Azerbaijan"},
		at:   "Geneva",
	},
	{
		name: "a summit hosted by a country, set off by commas, brought others together",
		text: "The summit, hosted by Indonesia, brought together the leaders of Malaysia, Thailand and Vietnam on Saturday.",
		want: []string{"MEETING: participant=Malaysia; participant=Thailand; participant=Vietnam"},
	},
	{
		name: "a country will host a round of talks between a government and a rebel front",
		text: "Norway will host a new round of peace talks between the Philippine government and the Kalayaan Liberation Front in Oslo next month.",
		want: []string{"MEETING/PLANNED: participant=Kalayaan Liberation Front; participant=Philippines"},
	},
	{
		name: "talks held in a capital told after the two leaders",
		text: "Talks between President Adaeze Okonkwo and Prime Minister Tomas Lindqvist, held in the Omani capital Muscat, ended without agreement on Monday.",
		want: []string{"MEETING: participant=Adaeze Okonkwo; participant=Tomas Lindqvist"},
	},
	{
		name: "a fronted participle names the host",
		text: "Hosted by Kazakhstan in Astana, the meeting of Russian, Turkish and Iranian negotiators lasted two days.",
		want: []string{"MEETING: participant=Iran; participant=Russia; participant=Turkey"},
	},
	{
		name: "a country offered to host talks in its capital",
		text: "Egypt has offered to host talks between Sudan and Chad in Cairo later this month.",
		want: []string{"MEETING: participant=Chad; participant=Sudan"},
	},
	{
		name: "a 1980s host that played host to ministers who met in its capital",
		text: "VIENNA, March 3 - Austria played host on Tuesday to the foreign ministers of Hungary and Czechoslovakia, who met in Vienna to discuss the Danube dam.",
		want: []string{"MEETING: participant=Czechoslovakia; participant=Hungary"},
	},
	{
		name: "a city hosted a meeting of three countries' ministers",
		text: "Nairobi hosted a meeting of the trade ministers of Kenya, Uganda and Rwanda on Thursday.",
		want: []string{"MEETING: participant=Kenya; participant=Rwanda; participant=Uganda"},
	},
	{
		name: "a host whose ruler is named hosted a guest: the ruler meets the guest",
		text: "Emir Sheikh Faisal bin Jassim hosted President Lena Moreau for talks in Doha on Monday.",
		want: []string{"MEETING: participant=Faisal bin Jassim; participant=Lena Moreau"},
	},
	{
		name: "a guest and his host met",
		text: "President Kofi Mensah and his host, President Yawo Adjovi, met for two hours in Lome on Friday.",
		want: []string{"MEETING: participant=Kofi Mensah; participant=Yawo Adjovi"},
	},
	{
		name: "a named prime minister hosted leaders of two countries",
		text: "Prime Minister Daniel Koh of Singapore hosted the leaders of Malaysia and Brunei for talks on Saturday.",
		want: []string{"MEETING: participant=Brunei; participant=Daniel Koh; participant=Malaysia"},
	},
	{
		name: "a city and a colon opening the story tell where it is told from, no side",
		text: "Manama: King Hamid Rashed and President Ilse Brandt held talks at the royal palace yesterday, the state news agency reported.",
		want: []string{"MEETING: participant=Hamid Rashed; participant=Ilse Brandt"},
	},
	{
		name: "a country hosting a cup final holds no meeting",
		text: "Qatar hosted the Asian Cup final on Saturday in front of 80,000 fans.",
	},
	{
		name: "a city hosting agencies' offices holds no meeting",
		text: "Geneva hosts the offices of dozens of aid agencies, the city's mayor said on Monday.",
	},
	{
		name: "a city welcoming the rains meets no one",
		text: "Nairobi welcomed the first rains of the season on Monday after a long drought.",
	},
}

func TestWordingHostSides(t *testing.T) { runSides(t, hostSidesCases) }

// jointSidesCases: a meeting of a list of sides is one meeting holding
// all of them; talks held separately with each are one per counterpart.
var jointSidesCases = []sidesCase{
	{
		name: "leaders of three countries met in a city",
		text: "Leaders of Brazil, Argentina and Uruguay met in Montevideo on Friday to discuss the trade bloc.",
		want: []string{"MEETING: participant=Argentina; participant=Brazil; participant=Uruguay"},
	},
	{
		name: "ministers from four countries met",
		text: "Foreign ministers from Kenya, Uganda, Tanzania and Rwanda met in Arusha on Thursday to discuss the refugee crisis.",
		want: []string{"MEETING: participant=Kenya; participant=Rwanda; participant=Tanzania; participant=Uganda"},
	},
	{
		name: "a trilateral meeting of three countries",
		text: "A trilateral meeting of Japan, South Korea and Australia will take place in Seoul next week, officials said.",
		want: []string{"MEETING/PLANNED: participant=Australia; participant=Japan; participant=South Korea"},
	},
	{
		name: "three countries held a joint meeting of their defence chiefs",
		text: "Poland, Lithuania and Latvia held a joint meeting of their defence chiefs in Vilnius on Monday.",
		want: []string{"MEETING: participant=Latvia; participant=Lithuania; participant=Poland"},
	},
	{
		name: "four-way talks between four countries ended",
		text: "The four-way talks between Greece, Cyprus, Egypt and Jordan ended in Nicosia on Wednesday.",
		want: []string{"MEETING: participant=Cyprus; participant=Egypt; participant=Greece; participant=Jordan"},
	},
	{
		name: "1980s oil ministers of four countries met yesterday",
		text: "GENEVA, June 4 - Oil ministers of Saudi Arabia, Kuwait, Venezuela and Nigeria met in Geneva yesterday to discuss output quotas.",
		want: []string{"MEETING: participant=Kuwait; participant=Nigeria; participant=Saudi Arabia; participant=Venezuela"},
	},
	{
		name: "one person met two named others in one place",
		text: "Chancellor Greta Holm met with Prime Minister Aleksi Virtanen and President Ilona Rask in Tallinn on Tuesday.",
		want: []string{"MEETING: participant=Aleksi Virtanen; participant=Greta Holm; participant=Ilona Rask"},
	},
	{
		name: "a fronted participle of meeting before the leaders of three countries",
		text: "Meeting in Addis Ababa on Sunday, the leaders of Sudan, Kenya and Ethiopia agreed to reopen the border.",
		want: []string{"MEETING: participant=Ethiopia; participant=Kenya; participant=Sudan"},
	},
	{
		name: "prime ministers of three countries will gather for a summit",
		text: "The prime ministers of Norway, Sweden and Finland will gather in Oslo on Monday for a summit on Arctic security.",
		want: []string{"MEETING/PLANNED: participant=Finland; participant=Norway; participant=Sweden"},
	},
	{
		name: "separate talks with two named people are two meetings",
		text: "President Kwame Asante held separate talks with Prime Minister Ruth Kamau and President Jean-Paul Mbeki on Tuesday.",
		want: []string{"MEETING: participant=Kwame Asante; participant=Ruth Kamau", "MEETING: participant=Jean-Paul Mbeki; participant=Kwame Asante"},
	},
	{
		name: "met one and later another is two meetings",
		text: "Secretary Hana Petrov met the Turkish foreign minister, Emre Kaya, on Monday and later President Mirela Dinu of Romania.",
		want: []string{"MEETING: participant=Emre Kaya; participant=Hana Petrov", "MEETING: participant=Hana Petrov; participant=Mirela Dinu"},
	},
	{
		name: "met one in a town on a day and another in another town the next: two meetings",
		text: "Envoy Sofia Lind met Prime Minister Ana Ruiz in Lima on Tuesday and President Jon Berg in Quito on Wednesday.",
		want: []string{"MEETING: participant=Ana Ruiz; participant=Sofia Lind", "MEETING: participant=Jon Berg; participant=Sofia Lind"},
	},
	{
		name: "is scheduled to meet one in a town and another in another town the following day",
		text: "Special envoy Sofia Lind is scheduled to meet Prime Minister Ana Ruiz in Lima on Tuesday and President Jon Berg in Quito the following day.",
		want: []string{"MEETING/PLANNED: participant=Ana Ruiz; participant=Sofia Lind", "MEETING/PLANNED: participant=Jon Berg; participant=Sofia Lind"},
	},
	{
		name: "met two people in one town on one day is one meeting",
		text: "Envoy Sofia Lind met Prime Minister Ana Ruiz and President Jon Berg in Lima on Tuesday.",
		want: []string{"MEETING: participant=Ana Ruiz; participant=Jon Berg; participant=Sofia Lind"},
		at:   "Lima",
	},
	{
		name: "met separately with two unnamed counterparts is one meeting with each country",
		text: "Foreign Minister Chen Liwei met separately with his Vietnamese and Philippine counterparts in Jakarta on Friday.",
		want: []string{"MEETING: participant=Chen Liwei; participant=Vietnam", "MEETING: participant=Chen Liwei; participant=Philippines"},
	},
	{
		name: "a fronted meeting whose clause's subject is a list of countries, one of them with an article",
		text: "At a meeting in Lisbon last week, Portugal, Morocco, the Netherlands and Chile agreed to share port data.",
		want: []string{"MEETING: participant=Chile; participant=Morocco; participant=Netherlands; participant=Portugal"},
	},
	{
		name: "two named people took part in talks",
		text: "President Ana Ruiz and Premier Jon Berg took part in talks in Oslo on Monday.",
		want: []string{"MEETING: participant=Ana Ruiz; participant=Jon Berg"},
	},
	{
		name: "the participants told after were, the participle first",
		text: "Participating in the talks were the energy ministers of Kenya, Ethiopia and Djibouti.",
		want: []string{"MEETING: participant=Djibouti; participant=Ethiopia; participant=Kenya"},
	},
	{
		name: "who took part in talks the story told join them",
		text: "Chile and Peru held talks in Lima on Monday. Taking part in the talks were Chile's foreign minister, Ana Ruiz, and Peru's trade minister, Jon Berg.",
		want: []string{"MEETING: participant=Ana Ruiz; participant=Chile; participant=Jon Berg; participant=Peru"},
	},
	{
		name: "countries that will sign at a summit are not all who meet there",
		text: "At a summit in Lima, Brazil and Peru will sign the pact.",
	},
	{
		name: "three countries meeting their targets hold no meeting",
		text: "Brazil, Argentina and Uruguay met their emission targets last year, the report said.",
	},
	{
		name: "leaders of three countries speaking by phone hold no meeting",
		text: "Leaders of Brazil, Argentina and Uruguay spoke by phone on Friday about the floods.",
	},
	{
		name: "exports of three countries meeting demand hold no meeting",
		text: "Exports from Kenya, Uganda and Tanzania met strong demand in Europe this year.",
	},
}

func TestWordingJointSides(t *testing.T) { runSides(t, jointSidesCases) }

// nominalSidesCases: a meeting told by its noun, its sides a possessive
// or a "with" phrase on it, the other side the clause's subject.
var nominalSidesCases = []sidesCase{
	{
		name: "in his meeting with a president, a prime minister said",
		text: "In his meeting with President Elif Demir, Prime Minister Jonas Berg said the two countries would expand trade.",
		want: []string{"MEETING: participant=Elif Demir; participant=Jonas Berg"},
	},
	{
		name: "during her talks with a chancellor, a president raised",
		text: "During her talks with Chancellor Matthias Vogt on Thursday, President Sofia Marin raised the gas pipeline.",
		want: []string{"MEETING: participant=Matthias Vogt; participant=Sofia Marin"},
	},
	{
		name: "a possessive meeting with someone lasted an hour",
		text: "Prime Minister Kenji Sato's meeting with President Amina Yusuf lasted more than an hour.",
		want: []string{"MEETING: participant=Amina Yusuf; participant=Kenji Sato"},
	},
	{
		name: "after their meeting in a city, the two told reporters",
		text: "After their meeting in Tbilisi, President Nino Beridze and Prime Minister Kaan Ozturk told reporters the border would reopen.",
		want: []string{"MEETING: participant=Kaan Ozturk; participant=Nino Beridze"},
	},
	{
		name: "a meeting between one country's minister and another's",
		text: "At a meeting between Ghana's finance minister and Nigeria's, officials agreed on a new customs code.",
		want: []string{"MEETING: participant=Ghana; participant=Nigeria"},
	},
	{
		name: "speaking after his talks with an unnamed crown prince",
		text: "Speaking after his talks with the Saudi crown prince, President Louis Garnier said the oil price was too high.",
		want: []string{"MEETING: participant=Louis Garnier; participant=Saudi Arabia"},
	},
	{
		name: "1980s: a minister's talks with a secretary of state were frank",
		text: "Soviet Foreign Minister Pavel Gorbunov's talks with Secretary of State Harold Whitcombe were described by aides as frank.",
		want: []string{"MEETING: participant=Harold Whitcombe; participant=Pavel Gorbunov"},
	},
	{
		name: "her meeting with a president, the pronoun told in the sentence before",
		text: "Prime Minister Aisha Rahman arrived in Dhaka on Monday. Her meeting with President Tariq Hossain focused on river water sharing.",
		want: []string{"MEETING: participant=Aisha Rahman; participant=Tariq Hossain"},
	},
	{
		name: "following talks with a named premier, a premier said",
		text: "Following talks with Vietnamese Prime Minister Nguyen Van Long, Premier Zhao Wenbo said the two sides would build a railway.",
		want: []string{"MEETING: participant=Nguyen Van Long; participant=Zhao Wenbo"},
	},
	{
		name: "a meeting between one country's defence minister and his counterpart",
		text: "A meeting between Morocco's defence minister and his Egyptian counterpart took place in Cairo on Sunday.",
		want: []string{"MEETING: participant=Egypt; participant=Morocco"},
	},
	{
		name: "the meeting of a minister with his counterpart, named after a comma",
		text: "The meeting of Foreign Minister Pablo Herrera with his Chilean counterpart, Ines Vidal, was cordial, aides said.",
		want: []string{"MEETING: participant=Ines Vidal; participant=Pablo Herrera"},
	},
	{
		name: "in a meeting with a titled person named after a comma, in a town, the subject thanked him",
		text: "In a meeting with the chair of the interim council, Omar Sallah, in Bamako, Minister Lena Holt thanked him for his help.",
		want: []string{"MEETING: participant=Lena Holt; participant=Omar Sallah"},
	},
	{
		name: "during the talks, two countries agreed",
		text: "During the talks, Bolivia and Paraguay agreed to reopen the river border.",
		want: []string{"MEETING: participant=Bolivia; participant=Paraguay"},
	},
	{
		name: "a meeting planned for a day in a town, between two people after the town, was called off",
		text: "A meeting planned for Thursday in Vienna between Energy Minister Pia Lunde and her Austrian counterpart, Karl Hofer, was called off on Monday.",
		want: []string{"MEETING/CANCELLED: participant=Karl Hofer; participant=Pia Lunde"},
		at:   "Vienna",
	},
	{
		name: "a meeting with reporters names no side",
		text: "In his meeting with reporters, Prime Minister Jonas Berg said the deal was close.",
	},
	{
		name: "during a call with a president is no meeting",
		text: "During his call with President Elif Demir, Prime Minister Jonas Berg raised trade.",
	},
	{
		name: "a policy that met with resistance from a president is no meeting",
		text: "Prime Minister Kenji Sato said his policy had met with resistance from President Amina Yusuf.",
	},
}

func TestWordingNominalSides(t *testing.T) { runSides(t, nominalSidesCases) }

// callSidesCases: an audience, a courtesy call, a visit-call, a bilateral
// and a meeting on a summit's sidelines are meetings; a telephone call
// and what meets expectations or demand are not.
var callSidesCases = []sidesCase{
	{
		name: "a king received in audience a prime minister, named after her title",
		text: "King Olav Sverdrup received in audience the visiting Prime Minister of Nepal, Sita Thapa, at the royal palace on Tuesday.",
		want: []string{"MEETING: participant=Olav Sverdrup; participant=Sita Thapa"},
	},
	{
		name: "an ambassador paid a courtesy call on a governor",
		text: "Ambassador Park Ji-woo paid a courtesy call on Governor Mahmud Bello at Government House in Kaduna on Monday.",
		want: []string{"MEETING: participant=Mahmud Bello; participant=Park Ji-woo"},
	},
	{
		name: "an envoy, named in apposition, called on a foreign minister",
		text: "The new Japanese ambassador, Hiroshi Tanaka, called on Foreign Minister Anil Mehta in New Delhi on Wednesday.",
		want: []string{"MEETING: participant=Anil Mehta; participant=Hiroshi Tanaka"},
	},
	{
		name: "held a bilateral with a president on the margins",
		text: "Prime Minister Marta Kowal held a bilateral with President Dmitri Rusu on the margins of the summit.",
		want: []string{"MEETING: participant=Dmitri Rusu; participant=Marta Kowal"},
	},
	{
		name: "met on the sidelines of a summit",
		text: "President Selin Arslan met Chancellor Peter Brandt on the sidelines of the G20 summit in Rio de Janeiro.",
		want: []string{"MEETING: participant=Peter Brandt; participant=Selin Arslan"},
	},
	{
		name: "fronted sidelines, met his counterpart of a country",
		text: "On the sidelines of the UN General Assembly, Foreign Minister Bola Adeyemi met his Indian counterpart.",
		want: []string{"MEETING: participant=Bola Adeyemi; participant=India"},
	},
	{
		name: "two leaders held a bilateral meeting on the sidelines",
		text: "Chancellor Peter Brandt and President Selin Arslan held a bilateral meeting on the sidelines of the NATO summit.",
		want: []string{"MEETING: participant=Peter Brandt; participant=Selin Arslan"},
	},
	{
		name: "1980s: a visiting premier was received by a president",
		text: "Visiting Premier Wang Dexin was received by President Carlos Medina at the presidential palace yesterday.",
		want: []string{"MEETING: participant=Carlos Medina; participant=Wang Dexin"},
	},
	{
		name: "received a courtesy call from a high commissioner",
		text: "Governor Mahmud Bello received a courtesy call from the Indian High Commissioner, Raj Verma, on Thursday.",
		want: []string{"MEETING: participant=Mahmud Bello; participant=Raj Verma"},
	},
	{
		name: "will fly out and meet a titled person, the verb's base form before the title",
		text: "Senator Tom Hale will fly out on Thursday and meet Industry Minister Ana Kovac on Friday, his office said.",
		want: []string{"MEETING/PLANNED: participant=Ana Kovac; participant=Tom Hale"},
	},
	{
		name: "spoke by phone is no meeting",
		text: "President Selin Arslan spoke by phone with Chancellor Peter Brandt on Tuesday.",
	},
	{
		name: "in a call with is no meeting",
		text: "In a call with Chancellor Peter Brandt, President Selin Arslan discussed gas prices.",
	},
	{
		name: "met resistance and demand is no meeting",
		text: "The plan met resistance from farmers, and output failed to meet demand, Governor Mahmud Bello said.",
	},
	{
		name: "results that met expectations are no meeting",
		text: "The results met expectations, Finance Minister Anil Mehta said on Friday.",
	},
	{
		name: "called on a government to act is no meeting",
		text: "Governor Mahmud Bello called on the federal government to release the funds.",
	},
}

func TestWordingCallSides(t *testing.T) { runSides(t, callSidesCases) }
