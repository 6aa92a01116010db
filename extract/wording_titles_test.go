package extract

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// officeCase is an invented story that names people by their office: the
// events it must state and must not (as wordingCase), the roles it must
// give ("Name: Title of Of", "Name: Title" for an office of no one named)
// and the roles no one may hold ("Name: Title" matches any of).
type officeCase struct {
	name    string
	text    string
	want    []string
	not     []string
	roles   []string
	noRoles []string
}

// titlePatternCases: the ways a story gives a person an office and whose
// it is.
var titlePatternCases = []officeCase{
	{
		name:  "a possessive country's office after the name",
		text:  "Hamid Karoui, Tunisia's foreign minister, said on Monday that the border would reopen.",
		roles: []string{"Hamid Karoui: Foreign Minister of Tunisia"},
	},
	{
		name:  "a nationality and office before the name",
		text:  "Estonian Foreign Minister Kadri Tamm arrived in Lima on Monday for a three-day visit.",
		roles: []string{"Kadri Tamm: Foreign Minister of Estonia"},
	},
	{
		name:  "the minister of a portfolio of a country after the name",
		text:  "Mateus Lopes, the minister of foreign affairs of Angola, told reporters the talks had failed.",
		roles: []string{"Mateus Lopes: Minister of Foreign Affairs of Angola"},
	},
	{
		name:  "an office of a country before the name",
		text:  "Finance Minister of Zambia Chanda Mwale told parliament on Friday that copper revenue had fallen.",
		roles: []string{"Chanda Mwale: Finance Minister of Zambia"},
	},
	{
		name:  "chief executive of a firm after the name",
		text:  "Ruth Okafor, chief executive of Lagos Cement, said demand had recovered.",
		roles: []string{"Ruth Okafor: Chief Executive of Lagos Cement"},
	},
	{
		name:  "a firm's name before the office and the name",
		text:  "Halvorsen Marine chief executive Lars Berg said the order book was full.",
		roles: []string{"Lars Berg: Chief Executive of Halvorsen Marine"},
	},
	{
		name:  "who heads a body",
		text:  "Paolo Ferri, who heads the Italian Truckers Association, said the strike would go ahead.",
		roles: []string{"Paolo Ferri: Head of Italian Truckers Association"},
	},
	{
		name:  "a firm's chairman in commas after the name",
		text:  "Park Min-jun, Daehan Steel's chairman, told shareholders the plant would close.",
		roles: []string{"Park Min-jun: Chairman of Daehan Steel"},
	},
	{
		name:  "a ministry with a long name of several ands",
		text:  "Uganda's Minister of Agriculture, Animal Industry and Fisheries, Grace Nakato, opened a fish market in Jinja on Monday.",
		roles: []string{"Grace Nakato: Minister of Agriculture, Animal Industry and Fisheries of Uganda"},
	},
	{
		name:  "an honorific before a possessive office",
		text:  "Dr Leila Haddad, Lebanon's health minister, visited the hospital on Sunday.",
		roles: []string{"Leila Haddad: Health Minister of Lebanon"},
	},
	{
		name:  "honorifics before an office in commas after the name",
		text:  "H.E. Hon. Peter Otieno, Minister for Roads and Transport of Kenya, launched the highway project on Tuesday.",
		roles: []string{"Peter Otieno: Minister for Roads and Transport of Kenya"},
	},
	{
		name:  "wire style: a nationality shared by two coordinated ministers",
		text:  "Chilean Mining minister Raul Soto and Finance minister Ines Morales will travel to London next week, officials said.",
		roles: []string{"Raul Soto: Mining Minister of Chile", "Ines Morales: Finance Minister of Chile"},
	},
	{
		name:  "two offices of a possessive firm after the name",
		text:  "\"We expect the deal to close this year,\" said Ana Ferreira, Lusomar's chairman and chief executive officer.",
		roles: []string{"Ana Ferreira: Chairman of Lusomar", "Ana Ferreira: Chief Executive Officer of Lusomar"},
	},
	{
		name:  "wire style: a firm's name in angle brackets after the office",
		text:  "Wen Li, general manager of <Harbour Pacific Holdings Ltd> in Hong Kong, told reporters the sale was off.",
		roles: []string{"Wen Li: General Manager of Harbour Pacific Holdings Ltd"},
	},
	{
		name:  "wire style: a ticker after the firm",
		text:  "Tom Reyes, managing director of Calder Capital Corp <CALD>, which is joining the bid, said talks were at an early stage.",
		roles: []string{"Tom Reyes: Managing Director of Calder Capital Corp"},
	},
	{
		name:  "a ministry and its initials before the office and the name",
		text:  "Ministry of Fisheries and Ocean Resources (MFOR) Deputy Minister Kofi Mensah leaves for Lisbon today.",
		roles: []string{"Kofi Mensah: Deputy Minister of Ministry of Fisheries and Ocean Resources"},
	},
	// near misses
	{
		name:    "a critic of an office does not hold it",
		text:    "Hamid Karoui, a critic of Tunisia's foreign minister, said on Monday the border would stay shut.",
		noRoles: []string{"Hamid Karoui: Foreign Minister"},
	},
	{
		name:    "a child of an office-holder does not hold the office",
		text:    "Paolo Ferri, the son of Italy's foreign minister, said he would run for parliament.",
		noRoles: []string{"Paolo Ferri: Foreign Minister"},
	},
	{
		name:    "one who met a chief executive is not one",
		text:    "Ruth Okafor, who met the chief executive of Lagos Cement on Monday, said the talks went well.",
		noRoles: []string{"Ruth Okafor: Chief Executive"},
	},
}

// coordinatedTitleCases: people joined by "and" where one or both are
// named after an office of a possessive country or firm set off by commas
// ("Lesotho's foreign minister, X, and President Y"): each person is a
// side and holds the office, the possessor is no side of a meeting and
// signs nothing (it may be the party a signatory signed for).
var coordinatedTitleCases = []officeCase{
	{
		name:  "a possessive minister in commas and a titled president",
		text:  "Lesotho's foreign minister, Palesa Mokoena, and President Arturo Quispe of Peru held talks in Maseru on Monday.",
		want:  []string{"MEETING: participant=Arturo Quispe; participant=Palesa Mokoena"},
		not:   []string{"participant=Lesotho"},
		roles: []string{"Palesa Mokoena: Foreign Minister of Lesotho", "Arturo Quispe: President of Peru"},
	},
	{
		name:  "a named person and a possessive minister in commas",
		text:  "Tomasz Wrona and Senegal's fisheries minister, Aminata Diallo, met in Dakar on Tuesday to discuss catch quotas.",
		want:  []string{"MEETING: participant=Aminata Diallo; participant=Tomasz Wrona"},
		not:   []string{"participant=Senegal"},
		roles: []string{"Aminata Diallo: Fisheries Minister of Senegal"},
	},
	{
		name:  "a firm's chief executive in commas and a person of another firm",
		text:  "Norvald Shipping's chief executive, Ingrid Haugen, and Kenji Watanabe of Tesshin Heavy Industries signed a supply contract in Oslo on Friday.",
		want:  []string{"AGREEMENT: signatory=Ingrid Haugen; signatory=Kenji Watanabe"},
		not:   []string{"MEETING: participant=Norvald Shipping"},
		roles: []string{"Ingrid Haugen: Chief Executive of Norvald Shipping"},
	},
	{
		name:  "a possessive minister and his counterpart of another country",
		text:  "Finland's trade minister, Pekka Laine, and his Uruguayan counterpart, Jorge Battaglia, met in Helsinki on Wednesday.",
		want:  []string{"MEETING: participant=Jorge Battaglia; participant=Pekka Laine"},
		not:   []string{"participant=Finland"},
		roles: []string{"Pekka Laine: Trade Minister of Finland", "Jorge Battaglia: Trade Minister of Uruguay"},
	},
	{
		name:  "talks between two possessive office-holders",
		text:  "Talks between Chile's finance minister, Rodrigo Fuentes, and Peru's central bank governor, Elena Paredes, ended without agreement on Thursday.",
		want:  []string{"MEETING: participant=Elena Paredes; participant=Rodrigo Fuentes"},
		not:   []string{"participant=Chile", "participant=Peru"},
		roles: []string{"Rodrigo Fuentes: Finance Minister of Chile", "Elena Paredes: Governor of Peru"},
	},
	{
		name:  "a fronted day, a possessive deputy premier and a titled minister sign",
		text:  "On Thursday, Vietnam's deputy prime minister, Tran Van Minh, and Thai Commerce Minister Somchai Rattanakul signed a rice trade agreement in Bangkok.",
		want:  []string{"AGREEMENT: signatory=Somchai Rattanakul; signatory=Tran Van Minh"},
		not:   []string{"signatory=Vietnam", "participant=Vietnam"},
		roles: []string{"Tran Van Minh: Deputy Prime Minister of Vietnam", "Somchai Rattanakul: Commerce Minister of Thailand"},
	},
	{
		name:  "two possessive ministers will meet",
		text:  "Ghana's energy minister, Kwame Asante, and Togo's mines minister, Koffi Agbeko, will meet in Lome next week to discuss a power line.",
		want:  []string{"MEETING/PLANNED: participant=Koffi Agbeko; participant=Kwame Asante"},
		not:   []string{"participant=Ghana", "participant=Togo"},
		roles: []string{"Kwame Asante: Energy Minister of Ghana", "Koffi Agbeko: Mines Minister of Togo"},
	},
	{
		name:  "a premier met a possessive secretary and a firm's chairman",
		text:  "Prime Minister Anil Mehta on Monday met Nepal's foreign secretary, Sita Gurung, and the chairman of Himal Power, Bikash Thapa.",
		want:  []string{"MEETING: participant=Anil Mehta; participant=Sita Gurung", "MEETING: participant=Anil Mehta; participant=Bikash Thapa"},
		not:   []string{"participant=Nepal", "participant=Himal Power"},
		roles: []string{"Sita Gurung: Foreign Secretary of Nepal", "Bikash Thapa: Chairman of Himal Power"},
	},
	{
		name:  "a passive signing by two possessive ministers",
		text:  "The accord was signed in Ottawa by Brazil's mines minister, Paulo Ribeiro, and Canada's natural resources minister, Claire Dubois.",
		want:  []string{"AGREEMENT: signatory=Claire Dubois; signatory=Paulo Ribeiro"},
		not:   []string{"signatory=Brazil", "signatory=Canada"},
		roles: []string{"Paulo Ribeiro: Mines Minister of Brazil", "Claire Dubois: Natural Resources Minister of Canada"},
	},
	{
		name:  "wire style: a firm's president in commas and a minister met",
		text:  "TOKYO, March 3 - Daiwa Koki's president, Hiroshi Tanaka, and Trade Minister Keiko Mori met on Tuesday to discuss export curbs, officials said.",
		want:  []string{"MEETING: participant=Hiroshi Tanaka; participant=Keiko Mori"},
		not:   []string{"participant=Daiwa Koki"},
		roles: []string{"Hiroshi Tanaka: President of Daiwa Koki"},
	},
	// near misses
	{
		name:  "a minister who criticised two others met no one",
		text:  "Senegal's fisheries minister, Aminata Diallo, criticised Tomasz Wrona and the European Union on Tuesday.",
		not:   []string{"MEETING"},
		roles: []string{"Aminata Diallo: Fisheries Minister of Senegal"},
	},
	{
		name: "the country of a minister in commas is no side of a later meeting",
		text: "Kenya's foreign minister, Amina Odhiambo, said President Arturo Quispe of Peru would arrive next week.",
		not:  []string{"participant=Kenya", "MEETING"},
	},
	{
		name:    "a critic of a firm's chief executive holds no office",
		text:    "Ruth Okafor, a critic of Norvald Shipping's chief executive, and Tomasz Wrona met in Oslo on Monday.",
		want:    []string{"MEETING: participant=Ruth Okafor; participant=Tomasz Wrona"},
		noRoles: []string{"Ruth Okafor: Chief Executive"},
	},
}

// officeHolderRefCases: a later bare title, "the Kenyan leader" or "his
// Peruvian counterpart" names the one person the story gave that office;
// a bare title's country comes from the holder's own description.
var officeHolderRefCases = []officeCase{
	{
		name: "the foreign minister is the one the story named",
		text: "Estonian Foreign Minister Kadri Tamm arrived in Lima on Monday.\n\nThe foreign minister will meet President Arturo Quispe on Tuesday.",
		want: []string{"MEETING/PLANNED: participant=Arturo Quispe; participant=Kadri Tamm"},
	},
	{
		name: "the premier is the one the story named",
		text: "Quebec Premier Luc Tremblay opened a wind farm near Gaspe on Monday.\n\nThe premier will travel to Paris on Friday to meet French business leaders.",
		want: []string{"VISIT/PLANNED: destination=Paris; visitor=Luc Tremblay"},
	},
	{
		name: "the nationality's leader is the head the story named",
		text: "President Daniel Mwangi of Kenya arrived in Kampala on Tuesday.\n\nThe Kenyan leader held talks with President Grace Akello at State House on Wednesday.",
		want: []string{"MEETING: participant=Daniel Mwangi; participant=Grace Akello"},
	},
	{
		name:  "the chief executive is the one the story named",
		text:  "Lars Berg, chief executive of Halvorsen Marine, flew to Busan on Monday.\n\nThe chief executive met Daehan Steel chairman Park Min-jun on Tuesday to discuss a ship order.",
		want:  []string{"MEETING: participant=Lars Berg; participant=Park Min-jun"},
		roles: []string{"Park Min-jun: Chairman of Daehan Steel"},
	},
	{
		name: "the company's founder is the one the story named",
		text: "Ubuntu Solar's founder, Nomvula Dlamini, has spent a year courting utilities.\n\nOn Monday the company's founder signed a supply agreement with Karoo Grid Holdings in Johannesburg.",
		want: []string{"AGREEMENT: signatory=Nomvula Dlamini"},
	},
	{
		name:  "his counterpart holds the other side's office",
		text:  "Finnish Trade Minister Pekka Laine arrived in Lima on Monday and met his Peruvian counterpart, Rosa Huaman.",
		want:  []string{"MEETING: participant=Pekka Laine; participant=Rosa Huaman"},
		roles: []string{"Rosa Huaman: Trade Minister of Peru", "Pekka Laine: Trade Minister of Finland"},
	},
	{
		name:  "a bare premier under a home dateline is of the dateline's country, not the visitor's",
		text:  "HANOI, May 4 - Prime Minister Nguyen Van An received Japan's transport minister, Hiroshi Sato, in Hanoi on Monday.",
		want:  []string{"MEETING: participant=Hiroshi Sato; participant=Nguyen Van An"},
		roles: []string{"Nguyen Van An: Prime Minister of Vietnam", "Hiroshi Sato: Transport Minister of Japan"},
	},
	{
		name:    "a bare minister beside a foreign one is not of the foreign country",
		text:    "Prime Minister Rahel Tesfaye said on Monday that Sudan's foreign minister, Omar Bashir Idris, would be welcome in any talks.",
		noRoles: []string{"Rahel Tesfaye: Prime Minister of Sudan"},
		roles:   []string{"Omar Bashir Idris: Foreign Minister of Sudan"},
	},
	{
		name: "wire style: the minister is the one named a sentence before",
		text: "LA PAZ, May 4 - Bolivian mines minister Jaime Rocha arrived in Santiago today.\n\nThe minister is due to meet Chilean President Ana Correa tomorrow.",
		want: []string{"MEETING/PLANNED: participant=Ana Correa; participant=Jaime Rocha"},
	},
	{
		name:  "the counterpart's country stays their own when a visit names the host",
		text:  "Dutch Foreign Minister Anouk de Vries flew to Nairobi on Sunday.\n\nShe met her Kenyan counterpart, Joseph Kamau, on Monday.",
		want:  []string{"MEETING: participant=Anouk de Vries; participant=Joseph Kamau"},
		roles: []string{"Joseph Kamau: Foreign Minister of Kenya"},
	},
}

// officeHolderNegativeCases: a bare title that names no one the story
// gave it (two holders, a generic plural, a former holder).
var officeHolderNegativeCases = []officeCase{
	{
		name:  "two foreign ministers stay two people, told apart by their countries",
		text:  "Foreign Minister Kadri Tamm of Estonia and Foreign Minister Juris Ozols of Latvia met in Riga on Monday.\n\nThe Estonian foreign minister will fly to Vilnius on Friday.",
		want:  []string{"MEETING: participant=Juris Ozols; participant=Kadri Tamm", "VISIT/PLANNED: destination=Vilnius; visitor=Kadri Tamm"},
		not:   []string{"visitor=Juris Ozols"},
		roles: []string{"Kadri Tamm: Foreign Minister of Estonia", "Juris Ozols: Foreign Minister of Latvia"},
	},
	{
		name:    "two presidents of two countries keep their own countries",
		text:    "President Ana Correa of Chile met President Arturo Quispe of Peru in Arica on Monday.\n\nThe Peruvian president later flew home to Lima.",
		want:    []string{"MEETING: participant=Ana Correa; participant=Arturo Quispe"},
		not:     []string{"visitor=Ana Correa"},
		noRoles: []string{"Ana Correa: President of Peru", "Arturo Quispe: President of Chile"},
	},
	{
		name: "foreign ministers of many countries are no one named",
		text: "Estonian Foreign Minister Kadri Tamm spoke in Tallinn on Monday.\n\nForeign ministers from 20 countries will meet in Geneva next week.",
		not:  []string{"participant=Kadri Tamm"},
	},
	{
		name: "a former president is not the president",
		text: "Former president Luis Alva flew to Quito on Monday to promote his memoirs.\n\nThe president will meet Ecuador's foreign minister on Tuesday, his office said.",
		not:  []string{"MEETING"},
	},
	{
		name: "the president is the current one, not the former",
		text: "Former president Luis Alva criticised President Arturo Quispe on Monday.\n\nThe president will travel to Quito on Friday.",
		want: []string{"VISIT/PLANNED: destination=Quito; visitor=Arturo Quispe"},
		not:  []string{"visitor=Luis Alva"},
	},
	{
		name: "two chief executives: the chief executive is neither",
		text: "Lars Berg, chief executive of Halvorsen Marine, and Ingrid Haugen, chief executive of Norvald Shipping, spoke at the fair on Monday.\n\nThe chief executive will fly to Busan on Friday.",
		not:  []string{"visitor=Lars Berg", "visitor=Ingrid Haugen"},
	},
}

// officeCountryCases: the country of a bare national office ("President
// X") comes from what the story says of the holder (a counterpart of
// another country, the place a visitor meets the holder at home, the
// dateline), never from a country another person's office or a guest's
// nationality names.
var officeCountryCases = []officeCase{
	{
		name:  "a president with a counterpart of another country is of the story's other country",
		text:  "President Amani Mwita and his Rwandan counterpart, Jean Habimana, agreed on Wednesday to reopen the border crossing.\n\nTanzania and Rwanda closed the crossing in March after a row over tariffs, and Tanzanian traders have since lost millions.",
		roles: []string{"Amani Mwita: President of Tanzania", "Jean Habimana: President of Rwanda"},
	},
	{
		name:  "a minister flying out for talks with a counterpart is of the home country",
		text:  "Trade Minister Tom Hardy will fly to Beijing this week for talks with his Chinese counterpart, the first such visit in three years.\n\nAustralian winemakers have lost markets worth billions since the tariffs were imposed, and Canberra wants them lifted before the harvest, Hardy said.",
		roles: []string{"Tom Hardy: Trade Minister of Australia"},
	},
	{
		name:  "officials a visitor meets at home are of the visited country",
		text:  "Swedish envoy Lars Nilsson met Defence Minister Avi Cohen in Tel Aviv on Monday.\n\nNilsson, who arrived in Israel on Sunday, will see Prime Minister Dana Levi in Jerusalem on Tuesday.",
		roles: []string{"Avi Cohen: Defence Minister of Israel"},
	},
	{
		name:  "a home dateline written in the country's own letters",
		text:  "HÀ NỘI — Deputy Prime Minister Trần Văn Bình received Thailand's commerce minister, Somchai Rattanakul, in Hà Nội on Monday.",
		roles: []string{"Trần Văn Bình: Deputy Prime Minister of Vietnam", "Somchai Rattanakul: Commerce Minister of Thailand"},
	},
	{
		name:    "the guest's nationality in the headline is not the host's",
		text:    "PM receives Korean trade minister\n\nPrime Minister Lina Haddad received South Korea's trade minister, Kim Soo-hyun, on Monday.\n\nKim conveyed the greetings of South Korean Prime Minister Lee Jae-won.",
		roles:   []string{"Lee Jae-won: Prime Minister of South Korea"},
		noRoles: []string{"Lina Haddad: Prime Minister of South Korea"},
	},
	{
		name:    "one country has one prime minister: the other named one is not of it",
		text:    "Prime Minister Rui Costa met Japanese Prime Minister Kenji Sato and Japan's foreign minister, Aiko Mori, on Monday.",
		roles:   []string{"Kenji Sato: Prime Minister of Japan", "Aiko Mori: Foreign Minister of Japan"},
		noRoles: []string{"Rui Costa: Prime Minister of Japan"},
	},
	{
		name:    "a minister of a country is no description of a prime minister",
		text:    "Japan's minister urged closer ties.\n\nPrime Minister Rui Costa said on Monday that Japanese investment was welcome.",
		noRoles: []string{"Rui Costa: Prime Minister of Japan"},
	},
	{
		name:  "wire style: the counterpart of a named minister, two countries",
		text:  "LONDON, March 3 - Foreign Secretary Ian Boyd and his Norwegian counterpart, Ola Berg, will meet in London next week to discuss fishing rights, officials said.",
		roles: []string{"Ola Berg: Foreign Minister of Norway"},
	},
	{
		name:  "the story's other bare offices are of the side a counterpart shows",
		text:  "President Amani Mwita and his Rwandan counterpart, Jean Habimana, agreed on Wednesday to reopen the border crossing.\n\nPrime Minister Neema Salim, who met Habimana separately, said Tanzania would not give up its claim to the river that Tanzanian farmers depend on.",
		roles: []string{"Amani Mwita: President of Tanzania", "Neema Salim: Prime Minister of Tanzania"},
	},
	// near misses
	{
		name:    "the host a side's leader travels to is not of the side",
		text:    "Swedish envoy Lars Nilsson met Defence Minister Avi Cohen in Tel Aviv on Monday after arriving in Israel.\n\nPrime Minister Dana Levi is expected to travel to Ottawa on July 6 for a meeting with President Tom Baker.",
		roles:   []string{"Avi Cohen: Defence Minister of Israel"},
		noRoles: []string{"Tom Baker: President of Israel"},
	},
	{
		name:    "a visitor to a country is not of it",
		text:    "Foreign Minister Kadri Tamm arrived in Nairobi on Monday for talks with Kenyan officials.\n\nKenya and Estonia signed a trade pact last year.",
		noRoles: []string{"Kadri Tamm: Foreign Minister of Kenya"},
	},
	{
		name:    "counterparts of two countries leave no side",
		text:    "President Amani Mwita met his Rwandan counterpart on Monday and his Ugandan counterpart on Tuesday.\n\nRwanda and Uganda both border Tanzania.",
		noRoles: []string{"Amani Mwita: President of Rwanda", "Amani Mwita: President of Uganda"},
	},
	{
		name:    "a story of a gathering gives a bare president no country",
		text:    "Leaders from 40 countries gathered in the Swiss resort of Davos on Monday for the annual forum.\n\nSwiss officials said security was tight, and President Joan Ford made a surprise appearance in Davos.",
		noRoles: []string{"Joan Ford: President of Switzerland"},
	},
}

func TestTitlesPatterns(t *testing.T)        { runTitles(t, titlePatternCases) }
func TestTitlesCoordinated(t *testing.T)     { runTitles(t, coordinatedTitleCases) }
func TestTitlesHolderRefs(t *testing.T)      { runTitles(t, officeHolderRefCases) }
func TestTitlesNegatives(t *testing.T)       { runTitles(t, officeHolderNegativeCases) }
func TestTitlesOfficeCountries(t *testing.T) { runTitles(t, officeCountryCases) }

// runTitles tells each case's story, published Wednesday 1999-04-14,
// and checks its events and roles. A wanted role matches a held one of
// the same person and "of" whose title holds the wanted title or is held
// by it (case aside), as the scorer matches.
func runTitles(t *testing.T, cases []officeCase) {
	pub := time.Date(1999, 4, 14, 0, 0, 0, 0, time.UTC)
	var stories []story
	for _, c := range cases {
		stories = append(stories, story{c.name, c.text, pub, []check{eventChecks(holdsEvent, c.want, c.not), roleChecks(c.roles, c.noRoles)}})
	}
	runStories(t, "titles", stories)
}

// roleChecks checks the roles held, written "[former ]Name: Title[ of Of]":
// each of roles held (holdsRole exact), none of noRoles.
func roleChecks(roles, noRoles []string) check {
	return func(t *testing.T, ex *newsgraph.Extraction) {
		t.Helper()
		var held []string
		for _, e := range ex.Entities {
			for _, r := range e.Roles {
				s := e.Name + ": " + r.Title
				if r.OfName != "" {
					s += " of " + r.OfName
				}
				if r.Former {
					s = "former " + s
				}
				held = append(held, s)
			}
		}
		for _, w := range roles {
			if !holdsRole(held, w, true) {
				t.Errorf("missing role %q; got %q", w, held)
			}
		}
		for _, n := range noRoles {
			if holdsRole(held, n, false) {
				t.Errorf("role %q should not be there; got %q", n, held)
			}
		}
	}
}

// holdsEvent: the event key k is of w's type (and status, when w states
// one) and has every participant w lists, perhaps with more (the firm a
// signatory signed for, a third person met at once).
func holdsEvent(k, w string) bool {
	if !strings.Contains(w, "/") {
		k = dropStatus(k)
	}
	kh, kp, _ := strings.Cut(k, ": ")
	wh, wp, _ := strings.Cut(w, ": ")
	if kh != wh {
		return false
	}
	have := strings.Split(kp, "; ")
	for _, p := range strings.Split(wp, "; ") {
		if !slices.Contains(have, p) {
			return false
		}
	}
	return true
}

// holdsRole: a held role "Name: Title of Of" matches w; with exact, w's
// "of" must be the held one's, else w names a person and title only.
func holdsRole(held []string, w string, exact bool) bool {
	split := func(s string) (who, title, of string) {
		who, rest, _ := strings.Cut(s, ": ")
		if i := strings.LastIndex(rest, " of "); i >= 0 && exact {
			// the last " of " splits the holder when w names one
			return who, strings.ToLower(rest[:i]), rest[i+4:]
		}
		return who, strings.ToLower(rest), ""
	}
	ww, wt, wo := split(w)
	for _, h := range held {
		hw, rest, _ := strings.Cut(h, ": ")
		if hw != ww {
			continue
		}
		rest = strings.ToLower(rest)
		if !exact {
			if strings.Contains(rest, wt) {
				return true
			}
			continue
		}
		ht := rest
		if wo != "" {
			suffix := " of " + strings.ToLower(wo)
			if !strings.HasSuffix(rest, suffix) {
				continue
			}
			ht = strings.TrimSuffix(rest, suffix)
		}
		if strings.Contains(ht, wt) || strings.Contains(wt, ht) {
			return true
		}
	}
	return false
}

// TestTitlesKnownCountry: a bare national office takes the country of the
// person's national office the graph already knows from a source that
// names it ("Lithuanian finance minister X" known, "Chancellor X" here),
// and none when the known offices are of two countries.
func TestTitlesKnownCountry(t *testing.T) {
	x := extractor(t)
	pub := time.Date(1999, 4, 14, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		before, text, want string
	}{
		{"Lithuanian finance minister Jonas Petraitis opened the conference in Vilnius on Monday.",
			"Chancellor Jonas Petraitis said on Tuesday that taxes would not rise.", "Jonas Petraitis: Chancellor of Lithuania"},
		{"Lithuanian finance minister Jonas Petraitis opened the conference in Vilnius on Monday. Latvian trade minister Jonas Petraitis spoke after him.",
			"Chancellor Jonas Petraitis said on Tuesday that taxes would not rise.", "Jonas Petraitis: Chancellor"},
	} {
		g := newMemGraph()
		ex, err := x.Extract(context.Background(), newsgraph.Document{ID: "before", Text: c.before, Published: pub}, g)
		if err != nil {
			t.Fatal(err)
		}
		g.add(ex)
		ex, err = x.Extract(context.Background(), newsgraph.Document{ID: "after", Text: c.text, Published: pub.AddDate(0, 0, 1)}, g)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range ex.Entities {
			for _, r := range e.Roles {
				if strings.EqualFold(r.Title, "Chancellor") {
					s := e.Name + ": " + r.Title
					if r.OfName != "" {
						s += " of " + r.OfName
					}
					got = append(got, s)
				}
			}
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%q after %q: want %q, got %q", c.text, c.before, c.want, got)
		}
	}
}
