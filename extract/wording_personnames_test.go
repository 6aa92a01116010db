package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// personNameCase is an invented story that names one person in several
// ways, and the facts (as factsOf writes them; "!" before one that must
// not be there) its extraction must hold: every way of naming the person
// is the one entity, and the events hold that entity.
type personNameCase struct {
	name  string
	text  string
	facts []string
}

// runPersonNames tells each case, published 2026-03-02, and checks
// its facts.
func runPersonNames(t *testing.T, cases []personNameCase) {
	pub := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	var stories []story
	for _, c := range cases {
		stories = append(stories, story{c.name, c.text, pub, []check{factChecks(c.facts)}})
	}
	runStories(t, "names", stories)
}

// factChecks checks the facts factsOf writes: each of facts held, none
// that is written with "!" before it; on failure it logs them all.
func factChecks(facts []string) check {
	return func(t *testing.T, ex *newsgraph.Extraction) {
		t.Helper()
		checkFacts(t, factsOf(ex), facts)
	}
}

// shortFormCases name a person in full and then by a short form that is
// not the last word: a compound surname's first part, a middle name, a
// nickname given with the name, an initialism, an honorific with the
// given name, a surname with a particle or an apostrophe.
var shortFormCases = []personNameCase{
	{
		name: "a Spanish double surname's first part",
		text: "Mexico City talks\n\nGabriela Fuentes Ochoa, Mexico's economy minister, arrived in Ottawa on Sunday. Fuentes met Canadian Trade Minister Paul Girard on Monday to discuss steel quotas.",
		facts: []string{"PERSON Gabriela Fuentes Ochoa", "Gabriela Fuentes Ochoa ~ Fuentes", "!PERSON Fuentes",
			"meeting Gabriela Fuentes Ochoa, Paul Girard"},
	},
	{
		name: "a Portuguese name's middle surname before a short last one",
		text: "Port deal\n\nThe Angolan transport minister, Joaquim Tavares Neto da Silva, was in Lisbon last week. Tavares Neto held talks with his Portuguese counterpart Rui Alvim on the port concession.",
		facts: []string{"PERSON Joaquim Tavares Neto da Silva", "Joaquim Tavares Neto da Silva ~ Tavares Neto", "!PERSON Tavares Neto",
			"meeting Joaquim Tavares Neto da Silva, Rui Alvim"},
	},
	{
		name:  "a person known by a middle name",
		text:  "Senate race\n\nJ. Harlan Whitcombe, the former governor, announced his run on Tuesday. Harlan, as everyone in the state calls him, will meet party donors in Denver next week. Whitcombe said the race would be close.",
		facts: []string{"PERSON J. Harlan Whitcombe", "J. Harlan Whitcombe ~ Harlan", "J. Harlan Whitcombe ~ Whitcombe", "!PERSON Harlan"},
	},
	{
		name: "a nickname in quotation marks inside the name",
		text: "Manila summit\n\nPresident Teodoro \"Dodong\" Villareal flew to Jakarta on Wednesday. Dodong met Indonesian President Hartono Wibisono at the palace, aides said.",
		facts: []string{"PERSON Teodoro Villareal", "Teodoro Villareal ~ Dodong", "!PERSON Dodong", "!PERSON Teodoro \"Dodong\" Villareal",
			"meeting Hartono Wibisono, Teodoro Villareal"},
	},
	{
		name:  "a nickname in single quotation marks, named later by it alone",
		text:  "Crime boss jailed\n\nA court in Naples on Friday jailed Salvatore 'Toto' Brancati for 20 years. Prosecutors said Toto had met rival clan leaders in Caserta in 2019.",
		facts: []string{"PERSON Salvatore Brancati", "Salvatore Brancati ~ Toto", "!PERSON Toto"},
	},
	{
		name: "a nickname introduced by known as",
		text: "Army chief in talks\n\nGeneral Idris Musa Kambal, widely known as Kambalo, arrived in Addis Ababa on Thursday. Kambalo held talks with Ethiopian Prime Minister Dawit Alemu about the border.",
		facts: []string{"PERSON Idris Musa Kambal", "Idris Musa Kambal ~ Kambalo", "!PERSON Kambalo",
			"meeting Dawit Alemu, Idris Musa Kambal"},
	},
	{
		name:  "a nickname introduced by popularly called, in 1980s wire style",
		text:  "LAGOS, May 4 - Chief Olusegun Adeyemi Bakare, popularly called Baba Ibadan, met the military governor on Tuesday, his aides said. Baba Ibadan later told reporters the meeting had gone well.",
		facts: []string{"PERSON Olusegun Adeyemi Bakare", "Olusegun Adeyemi Bakare ~ Baba Ibadan", "!PERSON Baba Ibadan", "!GPE Baba Ibadan"},
	},
	{
		name:  "a nickname in curly quotation marks, and better known as",
		text:  "Exile returns\n\nFormer senator Benigno \u201cNinoy\u201d Castillo returned to Manila on Sunday. Ninoy met President Ana Lopes on Monday. Mohamed Idris Dagane, better known as Hamdi, joined them; Hamdi said little.",
		facts: []string{"PERSON Benigno Castillo", "Benigno Castillo ~ Ninoy", "Mohamed Idris Dagane ~ Hamdi", "!PERSON Ninoy", "!OTHER Hamdi", "meeting Ana Lopes, Benigno Castillo"},
	},
	{
		name: "an initialism given in brackets after the name",
		text: "Mexico's president visits\n\nRafael Antonio Quintero Lemos (RAQL) will visit Madrid in June, his office said. RAQL will meet the Spanish prime minister, Lucia Herrero, on June 12.",
		facts: []string{"PERSON Rafael Antonio Quintero Lemos", "Rafael Antonio Quintero Lemos ~ RAQL", "!ORGANIZATION RAQL", "!OTHER RAQL",
			"meeting Lucia Herrero, Rafael Antonio Quintero Lemos"},
	},
	{
		name: "a Malay honorific and the given name alone",
		text: "Kuala Lumpur talks\n\nDatuk Seri Farid Osman, the deputy prime minister, received a Japanese trade delegation on Monday. Farid later met Japanese envoy Kenji Mori to discuss chip exports.",
		facts: []string{"PERSON Farid Osman", "Farid Osman ~ Farid", "!PERSON Farid", "!PERSON Datuk Seri Farid Osman",
			"meeting Farid Osman, Kenji Mori"},
	},
	{
		name: "a Gulf sheikh named again by title and given name",
		text: "Gulf mediation\n\nSheikh Hamad bin Khalid Al Nuaimi, the foreign minister, flew to Muscat on Sunday. Sheikh Hamad met Omani Foreign Minister Salim al-Harthi for two hours.",
		facts: []string{"PERSON Hamad bin Khalid Al Nuaimi", "!PERSON Hamad", "!PERSON Sheikh Hamad",
			"meeting Hamad bin Khalid Al Nuaimi, Salim al-Harthi"},
	},
	{
		name:  "a Thai leader named by given name, with and without Khun",
		text:  "Bangkok visit\n\nThai Prime Minister Somchai Thepsiri welcomed Vietnamese President Tran Van Long on Monday. Somchai said the two countries would double trade. Khun Somchai is due in Hanoi in May.",
		facts: []string{"PERSON Somchai Thepsiri", "Somchai Thepsiri ~ Somchai", "!PERSON Somchai", "!PERSON Khun Somchai"},
	},
	{
		name:  "an Indonesian given-name reference",
		text:  "Jakarta talks\n\nIndonesian Finance Minister Sri Mulyati Hartanto met IMF officials in Jakarta on Tuesday. Sri Mulyati said the deficit would stay below three per cent.",
		facts: []string{"PERSON Sri Mulyati Hartanto", "Sri Mulyati Hartanto ~ Sri Mulyati", "!PERSON Sri Mulyati"},
	},
	{
		name: "surnames with apostrophes",
		text: "Fisheries row\n\nIrish Marine Minister Declan O'Rourke met Moussa N'Dour, Senegal's fisheries minister, in Dakar on Friday. O'Rourke said the talks were frank, and N'Dour called them useful. Indian envoy Priya D'Costa joined them later; D'Costa spoke of quotas.",
		facts: []string{"PERSON Declan O'Rourke", "PERSON Moussa N'Dour", "PERSON Priya D'Costa",
			"!PERSON O'Rourke", "!PERSON N'Dour", "!PERSON D'Costa",
			"meeting Declan O'Rourke, Moussa N'Dour"},
	},
	{
		name: "surnames with particles, named later without the given name",
		text: "Ports accord\n\nDutch Infrastructure Minister Ruud van den Akker met Brazilian counterpart Marcos da Cunha in Rotterdam on Tuesday. Van den Akker said the ports would share data, and da Cunha agreed. Emirati official Khalid bin Sulaiman al-Marri and Iraqi envoy Omar al-Jubouri also attended; al-Marri spoke first.",
		facts: []string{"PERSON Ruud van den Akker", "PERSON Marcos da Cunha", "PERSON Khalid bin Sulaiman al-Marri", "PERSON Omar al-Jubouri",
			"!PERSON Van den Akker", "!PERSON da Cunha", "!PERSON al-Marri",
			"meeting Marcos da Cunha, Ruud van den Akker"},
	},
	{
		name: "a French particle surname and the bare surname without it",
		text: "Cabinet talks\n\nFrench Finance Minister Helene de Vaucourt met German Finance Minister Jan Ostermann in Berlin on Monday. De Vaucourt told reporters the talks had been useful.",
		facts: []string{"PERSON Helene de Vaucourt", "Helene de Vaucourt ~ De Vaucourt", "!PERSON De Vaucourt",
			"meeting Helene de Vaucourt, Jan Ostermann"},
	},
	// near misses: a short form that names no one of the story
	{
		name:  "two people of one given name: the bare given name joins neither by guess",
		text:  "Cabinet reshuffle\n\nOmar Haddad, the finance minister, and Omar Nasser, the interior minister, met in Amman on Monday. Haddad said the meeting was routine.",
		facts: []string{"PERSON Omar Haddad", "PERSON Omar Nasser", "Omar Haddad ~ Haddad", "!Omar Nasser ~ Haddad"},
	},
	{
		name:  "a place known as a name is no nickname of the person before it",
		text:  "Harbour plan\n\nMayor Carla Mendes visited the old fishing quarter, known as Ribeira Velha, on Monday. Mendes promised new moorings.",
		facts: []string{"PERSON Carla Mendes", "!Carla Mendes ~ Ribeira Velha"},
	},
	{
		name:  "a body's initialism after an officer's name is the body's",
		text:  "Grain exports\n\nPedro Alves Costa, head of the National Grain Board (NGB), met traders in Santos on Tuesday. The NGB said exports would rise.",
		facts: []string{"PERSON Pedro Alves Costa", "!Pedro Alves Costa ~ NGB", "ORGANIZATION National Grain Board"},
	},
	{
		name:  "a quoted word after a full name is no nickname",
		text:  "Tax row\n\nPresident Ana Lopes called the tax \"theft\" on Monday. Lopes met union leaders on Tuesday.",
		facts: []string{"PERSON Ana Lopes", "!Ana Lopes ~ theft", "!PERSON theft"},
	},
	{
		name:  "a given name before another surname is another person",
		text:  "Kuala Lumpur talks\n\nDatuk Seri Farid Osman, the deputy prime minister, met business leaders on Monday. Farid Latif, an opposition lawmaker, said the talks were a show.",
		facts: []string{"PERSON Farid Osman", "PERSON Farid Latif", "!Farid Osman ~ Farid Latif", "!Farid Latif ~ Farid Osman"},
	},
}

func TestPersonShortForms(t *testing.T) { runPersonNames(t, shortFormCases) }

// gluedOfficeCases name a person after a place's or a firm's office in one
// capitalised run: the person, the place or firm, and the office of it.
var gluedOfficeCases = []personNameCase{
	{
		name:  "a Japanese prefecture's governor",
		text:  "Tourism push\n\nNiigata Prefecture Governor Hiroshi Tanabe met Taiwanese tour operators in Taipei on Thursday. Tanabe said flights would resume in April.",
		facts: []string{"PERSON Hiroshi Tanabe", "GPE Niigata Prefecture", "Hiroshi Tanabe : Governor of Niigata Prefecture", "!PERSON Niigata Prefecture Governor Hiroshi Tanabe"},
	},
	{
		name:  "a Nigerian state's governor",
		text:  "Power project\n\nKano State Governor Musa Danjuma has held talks with Chinese engineers on a solar farm, his spokesman said on Sunday.",
		facts: []string{"PERSON Musa Danjuma", "GPE Kano State", "Musa Danjuma : Governor of Kano State", "!PERSON Kano State Governor Musa Danjuma"},
	},
	{
		name:  "a firm's chief executive, in capitals before the name",
		text:  "Bank merger\n\nVelmora Bank CEO Ingrid Falk met Halden Bank Chairman Tom Reed in Oslo on Monday to discuss a merger.",
		facts: []string{"PERSON Ingrid Falk", "PERSON Tom Reed", "ORGANIZATION Velmora Bank", "ORGANIZATION Halden Bank", "Ingrid Falk : CEO of Velmora Bank", "meeting Ingrid Falk, Tom Reed"},
	},
	{
		name:  "a firm with its designator and its president",
		text:  "Carmakers meet\n\nKestrel Motor Corp. President Akira Nomura said on Tuesday he would meet union leaders next week.",
		facts: []string{"PERSON Akira Nomura", "ORGANIZATION Kestrel Motor Corp.", "Akira Nomura : President of Kestrel Motor Corp.", "!PERSON Kestrel Motor Corp. President Akira Nomura"},
	},
	{
		name:  "a province's premier",
		text:  "Mining row\n\nGauteng Province Premier Lindiwe Maseko visited the mine on Friday and met striking workers. Maseko promised an inquiry.",
		facts: []string{"PERSON Lindiwe Maseko", "GPE Gauteng Province", "Lindiwe Maseko : Premier of Gauteng Province", "!PERSON Gauteng Province Premier Lindiwe Maseko"},
	},
	{
		name:  "a county's sheriff in a 1980s wire story",
		text:  "HARTLEY, Iowa (AP) - Marlow County Sheriff Dan Pike said Tuesday his deputies had arrested two men. Pike met the county attorney later in the day.",
		facts: []string{"PERSON Dan Pike", "GPE Marlow County", "Dan Pike : Sheriff of Marlow County", "!PERSON Marlow County Sheriff Dan Pike"},
	},
	{
		name:  "a region's commissioner with a two-word region",
		text:  "Drought relief\n\nRift Valley Regional Commissioner Joseph Kiprono met aid agencies in Nakuru on Wednesday.",
		facts: []string{"PERSON Joseph Kiprono", "!PERSON Rift Valley Regional Commissioner Joseph Kiprono", "!ORGANIZATION Rift Valley Regional Commissioner"},
	},
	{
		name:  "a firm's chief executive in lower case",
		text:  "Shipping alliance\n\nNordal Shipping chief executive Arne Dahl and Brask Lines chairman Sofia Lind signed an alliance in Hamburg on Monday.",
		facts: []string{"PERSON Arne Dahl", "PERSON Sofia Lind", "ORGANIZATION Nordal Shipping", "ORGANIZATION Brask Lines", "Arne Dahl : Chief Executive of Nordal Shipping"},
	},
	{
		name:  "a city's mayor with a city word",
		text:  "Sister cities\n\nCebu City Mayor Ramon Ortiz met his counterpart from Busan on Friday. Ortiz said the ferry link would open in May.",
		facts: []string{"PERSON Ramon Ortiz", "GPE Cebu City", "Ramon Ortiz : Mayor of Cebu City", "!PERSON Cebu City Mayor Ramon Ortiz"},
	},
	{
		name:  "a state's governor in AP style, and a town's mayor",
		text:  "Snowfall\n\nYamagata Gov. Mieko Sato said on Monday she would seek army help. Tarvik Mayor Ola Berg agreed.",
		facts: []string{"PERSON Mieko Sato", "GPE Yamagata", "Mieko Sato : Governor of Yamagata", "PERSON Ola Berg", "GPE Tarvik", "Ola Berg : Mayor of Tarvik", "!ORGANIZATION Yamagata"},
	},
	{
		name:  "a state's chief minister in an Indian story",
		text:  "Flood aid\n\nKerala Chief Minister K. Raghavan met Prime Minister Arjun Mehta in New Delhi on Tuesday to seek flood aid.",
		facts: []string{"PERSON K. Raghavan", "GPE Kerala", "K. Raghavan : Chief Minister of Kerala", "meeting Arjun Mehta, K. Raghavan"},
	},
	// near misses: a place's or firm's office with no person after it
	{
		name:  "a governor's residence is no person",
		text:  "Protest\n\nProtesters gathered outside Kano State Government House on Monday, police said.",
		facts: []string{"!PERSON Kano State Government House", "!PERSON Government House"},
	},
	{
		name:  "a firm's committee named after its office is no person",
		text:  "Succession\n\nThe Velmora Bank CEO Search Committee met on Monday and named no one.",
		facts: []string{"!PERSON Search Committee", "!PERSON Velmora Bank CEO Search Committee"},
	},
	{
		name:  "a person named like a place is a person",
		text:  "Legal fight\n\nGeorgia Hale, a lawyer for the miners, met Velmora Bank officials on Monday. Hale said the talks had failed.",
		facts: []string{"PERSON Georgia Hale", "!GPE Georgia", "Georgia Hale ~ Hale"},
	},
	{
		name:  "a university's president: the state in the university's name is no place of the office",
		text:  "Campus row\n\nTarvo State University President Ann Kerr met student leaders on Monday.",
		facts: []string{"PERSON Ann Kerr", "!GPE Tarvo State", "!Ann Kerr : President of Tarvo State"},
	},
	{
		name:  "a central bank's governor: the bank is no place",
		text:  "Rates held\n\nKorvia Reserve Bank Governor Tom Reed said on Monday rates would stay on hold.",
		facts: []string{"PERSON Tom Reed", "!GPE Korvia Reserve Bank", "!GPE Korvia Reserve", "!PERSON Korvia Reserve Bank Governor Tom Reed"},
	},
}

func TestPersonGluedOffices(t *testing.T) { runPersonNames(t, gluedOfficeCases) }

// creditLineCases put a name on a line of its own, or after a label, above
// or below a story: a contact's or a translator's name is a person who
// holds no event of the story; a byline's, a photographer's or a desk's
// credit is page furniture (see furniture.go) and names no entity.
var creditLineCases = []personNameCase{
	{
		name:  "a lone name under the headline",
		text:  "Ministers agree on river deal\nMarta Kessler\n\nPresident Ana Lopes met Chancellor Otto Brenn in Vienna on Monday to sign the river deal.",
		facts: []string{"PERSON Marta Kessler", "!ORGANIZATION Marta Kessler", "meeting Ana Lopes, Otto Brenn", "!meeting Ana Lopes, Marta Kessler, Otto Brenn"},
	},
	{
		name:  "a lone name and the writer's post under the headline",
		text:  "Port talks stall\n\nIvo Brandt\nSenior Correspondent\n\nTrade Minister Paolo Ricci held talks with Kaspar Osten in Gdansk on Tuesday.",
		facts: []string{"!PERSON Ivo Brandt", "meeting Kaspar Osten, Paolo Ricci", "!meeting Ivo Brandt, Kaspar Osten, Paolo Ricci"},
	},
	{
		name:  "a translator's credit at the foot",
		text:  "Premier Jan Holm met Finnish President Aino Virtanen in Oslo on Friday.\n\nTranslation: Lena Vos",
		facts: []string{"PERSON Lena Vos", "!ORGANIZATION Lena Vos", "meeting Aino Virtanen, Jan Holm", "!meeting Aino Virtanen, Jan Holm, Lena Vos"},
	},
	{
		name:  "a press release's media contact",
		text:  "Velmora Bank signs pact with Halden Freight\n\nOSLO, March 12 - Velmora Bank signed a financing agreement with Halden Freight on Thursday.\n\nMedia Contact: Sofia Lind\nsofia.lind@example.com\n+47 555 0100",
		facts: []string{"PERSON Sofia Lind", "!ORGANIZATION Sofia Lind", "agreement Halden Freight, Velmora Bank"},
	},
	{
		name:  "a contact's name on the line under its label",
		text:  "Brenna Yards wins tanker order\n\nBrenna Yards said on Monday it had won an order for two tankers.\n\nMedia Contact:\nJane Roe\n+1 555 0100",
		facts: []string{"PERSON Jane Roe", "!ORGANIZATION Jane Roe"},
	},
	{
		name:  "a photographer's credit with the agency after a slash",
		text:  "Flood waters recede\n\nPhoto: Tomas Beira/Lusa\n\nPrime Minister Rui Alvim visited the flooded town of Leiria on Sunday and met the mayor, Joana Reis.",
		facts: []string{"!PERSON Tomas Beira", "!PERSON Tomas Beira/Lusa", "!ORGANIZATION Tomas Beira", "meeting Joana Reis, Rui Alvim", "!meeting Joana Reis, Rui Alvim, Tomas Beira"},
	},
	{
		name:  "a photo credit in brackets after a caption",
		text:  "President Hartono Wibisono greets Prime Minister Dawit Alemu in Jakarta. (Photo: Siti Rahayu / Antara)\n\nThe two leaders held talks on coffee exports on Tuesday.",
		facts: []string{"!PERSON Siti Rahayu", "meeting Dawit Alemu, Hartono Wibisono", "!ORGANIZATION Siti Rahayu", "!meeting Dawit Alemu, Hartono Wibisono, Siti Rahayu"},
	},
	{
		name:  "a compiler's and an editor's credit lines",
		text:  "Ferry line agrees sale\n\nCompiled by Oona Pirhonen\n\nNorwegian ferry line Fjordlink agreed on Tuesday to sell its freight arm to Baltic Roro.\n\nEdited by Sam Ekwueme",
		facts: []string{"!PERSON Oona Pirhonen", "!PERSON Sam Ekwueme", "!ORGANIZATION Oona Pirhonen", "!ORGANIZATION Sam Ekwueme"},
	},
	{
		name:  "a byline in capitals before a wire dateline",
		text:  "Summit ends\n\nBy PAUL GREER\n\nBRUSSELS, June 3 - Chancellor Otto Brenn met President Ana Lopes on Tuesday.",
		facts: []string{"!PERSON Paul Greer", "!PERSON PAUL GREER", "meeting Ana Lopes, Otto Brenn", "!meeting Ana Lopes, Otto Brenn, Paul Greer", "!ORGANIZATION PAUL GREER"},
	},
	{
		name:  "a contact line with a telephone number",
		text:  "Tarvik Shipping ASA to buy two tankers\n\nTarvik Shipping ASA said on Monday it would buy two tankers from Brenna Yards.\n\nContact: Erik Solberg, +47 555 0199",
		facts: []string{"PERSON Erik Solberg", "!ORGANIZATION Erik Solberg"},
	},
	// near misses: a labelled line that names no person
	{
		name:  "a photo label before a description is no person",
		text:  "Harbour at dusk\n\nPhoto: Fishing Boats at Dawn\n\nThe harbour board met on Monday.",
		facts: []string{"!PERSON Fishing Boats", "!PERSON Fishing Boats at Dawn"},
	},
	{
		name:  "a source label before a body keeps the body",
		text:  "Exports rise\n\nExports rose 4 per cent in May.\n\nSource: Statistics Norway",
		facts: []string{"!PERSON Statistics Norway"},
	},
	{
		name:  "a lone place line under the headline is no person",
		text:  "Ferry fares rise\nTromso\n\nFerry operators raised their fares on Friday, the union said.",
		facts: []string{"!PERSON Tromso"},
	},
}

func TestPersonCreditLines(t *testing.T) { runPersonNames(t, creditLineCases) }
