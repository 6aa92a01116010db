package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// pluralRefCase is an invented story that names two or three people,
// countries or firms and then states an event of them by a plural
// description or pronoun that refers back to them ("the two presidents",
// "the pair", "both governments", "they"). want: some event of type typ
// (and status, when given) has every name of who among its participants;
// not: no event holds one of these names or keys.
type pluralRefCase struct {
	name   string
	text   string
	typ    newsgraph.EventType
	status newsgraph.EventStatus
	who    []string
	not    []string
}

// pluralRefCases: the family of plural back-references; the last ones
// are near misses that must make no event of the pair.
var pluralRefCases = []pluralRefCase{
	{
		name:   "the two presidents are expected to discuss: a planned meeting of the pair",
		text:   "Argentine President Tomas Ibarra and Polish President Marek Zielinski arrive in Geneva on Sunday for a UN forum. The two presidents are expected to discuss grain exports on the sidelines.",
		typ:    newsgraph.Meeting,
		status: newsgraph.Planned,
		who:    []string{"Tomas Ibarra", "Marek Zielinski"},
	},
	{
		name:   "the two presidents also signed accords after a state visit",
		text:   "Vietnamese President Tran Van Long arrived in Jakarta on Monday on a state visit at the invitation of Indonesian President Arief Santoso. The two presidents also signed several accords on fisheries and trade.",
		typ:    newsgraph.Agreement,
		status: newsgraph.Happened,
		who:    []string{"Tran Van Long", "Arief Santoso"},
	},
	{
		name: "two named people joined the two leaders for dinner",
		text: "Prime Minister Kenji Morita hosted Canadian Prime Minister Claire Dubois in Tokyo on Tuesday. Trade ministers Olga Petrov and Samir Haddad joined the two leaders for dinner.",
		typ:  newsgraph.Meeting,
		who:  []string{"Olga Petrov", "Claire Dubois"},
	},
	{
		name:   "the deal between the two airlines, signed on a day",
		text:   "Meridian Air has shared routes across the Pacific with Kestrel Airways for a decade. Under the deal between the two airlines, signed in Singapore on Monday, passengers can book both networks on one ticket.",
		typ:    newsgraph.Agreement,
		status: newsgraph.Happened,
		who:    []string{"Meridian Air", "Kestrel Airways"},
	},
	{
		name: "last month's accord between the two governments",
		text: "Colombia and Ecuador restored flights along their border on Friday. Last month's accord between the two governments ended a year-long dispute over fishing rights.",
		typ:  newsgraph.Agreement,
		who:  []string{"Colombia", "Ecuador"},
	},
	{
		name:   "the pair travelled to a town",
		text:   "Senator Maria Okafor and Governor Paul Lindqvist toured flooded farms outside Dubuque on Tuesday. Later the pair travelled to Cedar Falls to thank relief workers.",
		typ:    newsgraph.Visit,
		status: newsgraph.Happened,
		who:    []string{"Cedar Falls", "Paul Lindqvist"},
	},
	{
		name:   "the three ministers will discuss: a planned meeting of the three",
		text:   "Foreign ministers Ana Costa of Portugal, Lars Holm of Sweden and Mehmet Aydin of Turkey landed in Vienna on Monday. The three ministers will discuss migration over dinner on Tuesday.",
		typ:    newsgraph.Meeting,
		status: newsgraph.Planned,
		who:    []string{"Ana Costa", "Lars Holm", "Mehmet Aydin"},
	},
	{
		name:   "both leaders signed a memorandum at a conference",
		text:   "Mongolian Prime Minister Batbayar Dorj and Georgian Prime Minister Levan Kapanadze attended an energy conference in Baku on Wednesday, where both leaders signed a memorandum on power links.",
		typ:    newsgraph.Agreement,
		status: newsgraph.Happened,
		who:    []string{"Batbayar Dorj", "Levan Kapanadze"},
	},
	{
		name:   "the two men held talks over lunch",
		text:   "Former rivals Igor Sokolov and Pierre Lambert were both in Monaco for the race on Sunday. The two men held talks over lunch, according to people close to Sokolov.",
		typ:    newsgraph.Meeting,
		status: newsgraph.Happened,
		who:    []string{"Igor Sokolov", "Pierre Lambert"},
	},
	{
		name:   "they will meet, right after the pair is named",
		text:   "Irish Taoiseach Ciaran Walsh and Dutch Prime Minister Femke de Vries spoke by phone on Monday about fishing quotas. They will meet in Brussels next week, Walsh's office said.",
		typ:    newsgraph.Meeting,
		status: newsgraph.Planned,
		who:    []string{"Ciaran Walsh", "Femke de Vries"},
	},
	{
		name:   "they held talks after arriving together",
		text:   "Chancellor Otto Brandt and President Elena Popescu arrived in Geneva on Tuesday for the climate summit. They held talks on gas storage for two hours.",
		typ:    newsgraph.Meeting,
		status: newsgraph.Happened,
		who:    []string{"Otto Brandt", "Elena Popescu"},
	},
	{
		name:   "the two neighbours are expected to hold talks",
		text:   "Thailand and Cambodia have traded fire along their border for a week. The two neighbours are expected to hold talks on a ceasefire in Kuala Lumpur on Monday.",
		typ:    newsgraph.Meeting,
		status: newsgraph.Planned,
		who:    []string{"Thailand", "Cambodia"},
	},
	{
		name:   "both governments signed a memorandum",
		text:   "KATHMANDU, March 3 - Nepal and Bhutan reopened a mountain crossing on Tuesday. Both governments signed a memorandum on trekking permits at the ceremony.",
		typ:    newsgraph.Agreement,
		status: newsgraph.Happened,
		who:    []string{"Nepal", "Bhutan"},
	},
	{
		name:   "the two banks are expected to sign a deal",
		text:   "Alder Bank and Corvin Bank said on Monday they were in early merger talks. The two banks are expected to sign a deal by June, a person familiar with the matter said.",
		typ:    newsgraph.Agreement,
		status: newsgraph.Planned,
		who:    []string{"Alder Bank", "Corvin Bank"},
	},
	{
		name:   "the duo signed a joint venture deal, web style",
		text:   "UPDATE: Tesvik Motors and Hanbit Electronics, rivals turned partners, unveiled a battery plant in Ulsan on Tuesday. The duo signed a $3bn joint venture deal at the ceremony.",
		typ:    newsgraph.Agreement,
		status: newsgraph.Happened,
		who:    []string{"Tesvik Motors", "Hanbit Electronics"},
	},
	{
		name:   "the two ministers are whom the meeting names, not the analyst quoted after them",
		text:   "Trade Minister Ruth Adler met her Indian counterpart Vikram Rao in Delhi on Monday, said analyst Tom Becker of Brill Capital. The two ministers signed a pact on generic drugs.",
		typ:    newsgraph.Agreement,
		status: newsgraph.Happened,
		who:    []string{"Ruth Adler", "Vikram Rao"},
		not:    []string{"Tom Becker"},
	},
	{
		name:   "the two companies a firm signs with are the other two, not the firm itself",
		text:   "Skyvia Airways bought jets from Aerion Industries and engines from Voltec Systems last year. Skyvia Airways on Monday signed a maintenance deal with the two companies.",
		typ:    newsgraph.Agreement,
		status: newsgraph.Happened,
		who:    []string{"Skyvia Airways", "Aerion Industries", "Voltec Systems"},
	},
	{
		name:   "the two countries' leaders discussed: the pair of countries",
		text:   "Kenya and Tanzania reopened their shared border post at Namanga on Friday. The two countries will sign a power-sharing treaty in Arusha next month.",
		typ:    newsgraph.Agreement,
		status: newsgraph.Planned,
		who:    []string{"Kenya", "Tanzania"},
	},
	{
		name:   "they signed, right after two firms are named",
		text:   "Orbis Chemicals and Tanaka Polymers Inc unveiled plans for a joint plant on Monday. They signed the contract in Osaka on Tuesday, the firms said.",
		typ:    newsgraph.Agreement,
		status: newsgraph.Happened,
		who:    []string{"Orbis Chemicals", "Tanaka Polymers Inc"},
	},
	{
		name:   "the two firms hope to sign: a planned deal of the two in talks",
		text:   "Hallberg Foods is in talks with Verdant Farms about a long-term supply contract. The two firms hope to sign a deal next month, Hallberg's chief executive said.",
		typ:    newsgraph.Agreement,
		status: newsgraph.Planned,
		who:    []string{"Hallberg Foods", "Verdant Farms"},
	},
	{
		name:   "the two airlines are the carriers two named bosses run, not the bosses",
		text:   "Mark Olsen, chief executive of Nordair, and Rita Gomez of Sudjet Airlines met in Madrid on Friday. The two airlines signed a codeshare agreement at the meeting.",
		typ:    newsgraph.Agreement,
		status: newsgraph.Happened,
		who:    []string{"Nordair", "Sudjet Airlines"},
	},
	{
		name:   "both leaders are the two who met, not the minister who sat in",
		text:   "President Amara Diop welcomed Prime Minister Jonas Lind at the palace in Dakar on Monday, with Foreign Minister Awa Sall present. Both leaders signed a declaration on fisheries.",
		typ:    newsgraph.Agreement,
		status: newsgraph.Happened,
		who:    []string{"Amara Diop", "Jonas Lind"},
		not:    []string{"signatory=Awa Sall"},
	},
	{
		name:   "the two men will meet again",
		text:   "Economy Minister Rafael Ortega met his Uruguayan counterpart Diego Sosa in Montevideo on Monday. The two men will meet again in Buenos Aires next month.",
		typ:    newsgraph.Meeting,
		status: newsgraph.Planned,
		who:    []string{"Rafael Ortega", "Diego Sosa"},
	},
	{
		name:   "the trio will hold talks with a named host",
		text:   "Agriculture ministers Kofi Boateng of Ghana, Wanjiru Kamau of Kenya and Lucia Paredes of Peru arrived in Rome on Sunday. The trio will hold talks with Marco Bellini, head of the food agency, on Monday.",
		typ:    newsgraph.Meeting,
		status: newsgraph.Planned,
		who:    []string{"Kofi Boateng", "Marco Bellini"},
	},
	{
		name:   "the two countries under an agency dateline are not the agency",
		text:   "TOKYO, June 3 (Kyodo) - Japan and Vietnam opened a new air route on Saturday. The two countries also signed an agreement on nurse training.",
		typ:    newsgraph.Agreement,
		status: newsgraph.Happened,
		who:    []string{"Japan", "Vietnam"},
		not:    []string{"Kyodo"},
	},
	{
		name: "their talks, the pair just named",
		text: "Foreign ministers Ingrid Solberg and Kemal Yilmaz flew to Ankara together on Thursday. Their talks there focused on grain shipments.",
		typ:  newsgraph.Meeting,
		who:  []string{"Ingrid Solberg", "Kemal Yilmaz"},
	},
	{
		name:   "the two groups signed, a deal planned in the lead",
		text:   "Mining groups Andina Copper and Baltic Ore Ltd have been negotiating a smelter venture since March. The two groups signed the final agreement in Santiago on Thursday.",
		typ:    newsgraph.Agreement,
		status: newsgraph.Happened,
		who:    []string{"Andina Copper", "Baltic Ore Ltd"},
	},
	{
		name:   "the two leaders flew on together: a visit of both",
		text:   "Chancellor Greta Holm hosted President Nuno Ferreira in Stockholm on Friday. On Saturday the two leaders flew to Kiruna to see a new mine.",
		typ:    newsgraph.Visit,
		status: newsgraph.Happened,
		who:    []string{"Kiruna", "Nuno Ferreira"},
	},
	{
		name:   "both sides are the two people the sentence names before them",
		text:   "Oman and Qatar have long disputed a gas field. Energy Minister Salim Harthy received his Qatari counterpart Khalid Thani in Muscat on Sunday, and both sides discussed a joint survey.",
		typ:    newsgraph.Meeting,
		status: newsgraph.Happened,
		who:    []string{"Salim Harthy", "Khalid Thani"},
		not:    []string{"participant=Oman"},
	},
	{
		name: "the two nations will sign, wire style with a dateline",
		text: "MANILA, Feb 2 (Reuters) - The Philippines and New Zealand agreed on Monday to expand military training. The two nations will sign a visiting forces pact in April, officials said.",
		typ:  newsgraph.Agreement,
		who:  []string{"Philippines", "New Zealand"},
		not:  []string{"Reuters"},
	},
	{
		name:   "the two are expected to sign, the subject read as an oblique",
		text:   "Kenyan President Ruto Kamau will receive Ugandan President Moses Okello on Friday. The two are expected to sign a rail deal.",
		typ:    newsgraph.Agreement,
		status: newsgraph.Planned,
		who:    []string{"Ruto Kamau", "Moses Okello"},
	},
	{
		name:   "the pair are the two firms, not the countries their names are given with",
		text:   "South Korea's Hanul Motors and Germany's Brandt AG unveiled an electric platform on Monday. The pair will sign a supply deal later this year.",
		typ:    newsgraph.Agreement,
		status: newsgraph.Planned,
		who:    []string{"Hanul Motors", "Brandt AG"},
		not:    []string{"party=Germany", "party=South Korea"},
	},
	// near misses
	{
		name: "the two sides of a debate are no pair of the firms named",
		text: "Kestrel Energy and Norvale Power reported results on Friday. The two sides of the debate over carbon pricing met at a panel in Oslo.",
		not:  []string{"Kestrel Energy", "Norvale Power"},
	},
	{
		name: "both companies' shares fell: no event",
		text: "Ormond Foods and Bracken Dairy reported weaker sales on Monday. Both companies' shares fell sharply in London.",
		not:  []string{"MEETING", "AGREEMENT"},
	},
	{
		name: "the two agreed that ...: a view shared, no pact",
		text: "Finance ministers Karl Berg and Ines Duarte spoke at a forum in Lisbon on Monday. The two agreed that inflation had peaked.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "the two men were arrested: no event",
		text: "Police stopped Karim Benali and Lucas Moreau at the border on Sunday. The two men were arrested and taken to Lyon for questioning.",
		not:  []string{"MEETING", "VISIT", "AGREEMENT"},
	},
	{
		name: "the two presidents are no pair of firms",
		text: "Skyvia and Nordair announced record profits on Monday. The two presidents of the republic's chambers met in Warsaw.",
		not:  []string{"Skyvia", "Nordair"},
	},
	{
		name: "the two leaders of a group the story never named are not a pair named far back",
		text: "President Hana Novak and Prime Minister Ivo Maric opened a bridge in Split in May. Traffic rose by a third. Tourism boards welcomed the rise. Hotels filled early. Ferries ran late. The two leaders of the opposition parties met in Zagreb on Monday.",
		not:  []string{"Hana Novak"},
	},
	{
		name: "they after a pair told as objects is whoever acted on them",
		text: "Police questioned Karim Benali and Lucas Moreau in Lyon on Sunday. They later met the suspects' lawyers at the station.",
		not:  []string{"Karim Benali"},
	},
	{
		name: "the two men after two countries are no pair of the countries",
		text: "Chile and Peru renewed a fishing pact on Monday. The two men met again in Lima on Friday.",
		not:  []string{"MEETING/HAPPENED: participant=Chile"},
	},
}

// TestWordingPluralRefs runs the family of plural back-references.
func TestWordingPluralRefs(t *testing.T) {
	pub := time.Date(1999, 4, 14, 0, 0, 0, 0, time.UTC)
	var stories []story
	for _, c := range pluralRefCases {
		checks := []check{eventChecks(sameKey, nil, c.not)}
		if c.typ != "" {
			checks = append([]check{eventOf(c.typ, c.status, c.who)}, checks...)
		}
		stories = append(stories, story{c.name, c.text, pub, checks})
	}
	runStories(t, "plural", stories)
}

// eventOf checks that some event of type typ (and status, when given)
// has every name of who among its participants.
func eventOf(typ newsgraph.EventType, status newsgraph.EventStatus, who []string) check {
	return func(t *testing.T, ex *newsgraph.Extraction) {
		t.Helper()
		names := map[newsgraph.EntityID]string{}
		for _, e := range ex.Entities {
			names[e.ID] = e.Name
		}
		for _, ev := range ex.Events {
			if ev.Type != typ || status != "" && ev.Status != status {
				continue
			}
			var ps []string
			for _, p := range ev.Participants {
				ps = append(ps, names[p.Entity])
			}
			if !slices.ContainsFunc(who, func(w string) bool { return !slices.Contains(ps, w) }) {
				return
			}
		}
		t.Errorf("no %s %s of %q; got %q", status, typ, who, eventKeys(ex))
	}
}
