package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// mention kinds
const (
	named = iota
	nominal
	pronoun
	pair
)

// mention is one candidate reference to an entity in a sentence.
type mention struct {
	sent       int
	i, j       int // token range [i, j) of the name inside the sentence
	start, end int // byte span
	text       string
	typ        newsgraph.EntityType
	canon      string // canonical name from a table, if any
	strong     bool   // type from strong evidence (table, title, head noun)
	kind       int
	ent        int // entity index, -1 until resolved
	titled     string
	royal      bool // "Prince Oskar": a given name that is the whole name
	role       *roleClaim
	also       []roleClaim // more offices named before role's, joined by "and"
	female     int         // 1 female, -1 male, 0 unknown (titles and pronouns)
	nick       string      // a nickname quoted inside the name (`Teodoro "Dodong" Villareal`)
}

// roleClaim is a title stated next to a name.
type roleClaim struct {
	title  string
	of     string // surface name of the country or organisation
	ofType newsgraph.EntityType
	former bool
	// counterpartOf is the country of the person whose counterpart this is
	counterpartOf string
	plural        bool // "Presidents X of A and Y of B": the next person holds it too
	// after: written after the name in apposition with no body ("X,
	// chairman, said"); bare: with no article either
	after, bare bool
	// side: read from "X's side" ("X's side lost again"), a club's
	// manager, of the club the story is about
	side bool
}

// peerages before a surname alone are part of the name a peer is known by.
var peerages = set("Lord", "Lady", "Baroness")

// honorifics stand before a name without naming an office.
var honorifics = union(set("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Lord", "Lady", "Baroness", "Dame", "Sheikh", "Sheik", "Rabbi", "Father"),
	addressForms)

// addressForms are the forms of address, styles and traditional or
// religious honours written before a name ("the Honourable X", "Otunba X",
// "Datuk X", "Rev. X", "Mx X"): they hold no office and are no part of
// the name. Words that are also surnames or places ("Oba", "Sri") are left
// out.
var addressForms = set("Honourable", "Honorable", "Hon", "Hon.", "Rt", "Rt.", "Mx", "Mx.", "Madam", "Madame", "Mme", "Mme.",
	"Monsieur", "Herr", "Frau", "Reverend", "Rev", "Rev.", "Revd", "Pastor", "Prophet", "Evangelist", "Apostle", "Imam", "Mufti", "Maulana",
	"Otunba", "Alhaji", "Alhaja", "Hajiya", "Mallam", "Engr", "Engr.", "Barr", "Barr.", "Datuk", "Dato", "Dato'", "Datin", "Tun", "Shri", "Smt", "Smt.", "Shrimati",
	// the styles of rulers' kin and envoys ("H.E. X", "H.H. Sheikha Y"),
	// and the Malay and Brunei styles and professional letters ("Haji",
	// "Pehin", "Pengiran", "Puan", "Ir" for an engineer)
	"H.E.", "H.H.", "Sheikha", "Haji", "Hajah", "Hajjah", "Pehin", "Pengiran", "Puan", "Ir", "Ir.")

// honorificParts are the words that make one style with the honorific
// before or after them ("Tan Sri", "Toh Puan", "Datuk Seri", "Dato
// Paduka", "Pengiran Anak"), and alone are names or places ("Tan", "Sri
// Lanka"): an honorific only inside such a run.
var honorificParts = set("Tan", "Toh", "Sri", "Seri", "Paduka", "Wira", "Anak", "Patinggi", "Utama")

// honorificAt: token k is an honorific, or a word of a style of several
// words next to another of them ("Tan Sri", "Datuk Seri").
func honorificAt(toks []token, k int) bool {
	w := toks[k].text
	if honorifics[w] {
		return true
	}
	if !honorificParts[w] {
		return false
	}
	p := k - 1
	if p > 0 && (toks[p].text == "'" || toks[p].text == "\u2019") {
		p-- // "Dato' Sri X": the apostrophe is the style's own
	}
	return p >= 0 && (honorifics[toks[p].text] || honorificParts[toks[p].text]) ||
		k+1 < len(toks) && (honorifics[toks[k+1].text] || honorificParts[toks[k+1].text])
}

// honorificRun is the start of the run of honorifics that ends at token
// h of the name run [a, ...) ("Datuk Ir Dr", "Alhaji Dr", "Pehin Dato
// Haji"): a word between two honorifics is one too, an unknown style
// ("Datuk Xy Dr X"), never a name of its own.
func honorificRun(toks []token, a, h int) int {
	p := h
	for p > a && honorificAt(toks, p-1) {
		p--
	}
	for q := a; q < p-1; q++ {
		if !honorifics[toks[q].text] {
			continue
		}
		between := true
		for j := q + 1; j < p; j++ {
			w := toks[j].text
			between = between && toks[j].isCap() && toks[j].isWord() && !titleHeads[w] && !titleMods[w]
		}
		if between {
			return q
		}
	}
	return p
}

// postNominals are the letters of honours, degrees and seats written after
// a name ("X Y OBE", "X Y PSM", "X Y QC"): no part of it.
var postNominals = set("MP", "MEP", "MSP", "MLA", "MPP", "MHA", "QC", "KC", "SC", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE",
	"CMG", "KCMG", "GCMG", "CVO", "LVO", "MVO", "KCVO", "DCVO", "AO", "AC", "OAM", "PSM", "APM", "CSC", "CNZM", "ONZM",
	"MNZM", "KNZM", "DNZM", "QSO", "FRS", "FRSE", "FREng", "PhD", "Ph.D.")

// pluralTitles name the office of several people named after them.
var pluralTitles = set("Presidents", "Ministers", "Premiers", "Chancellors", "Kings", "Queens", "Princes", "Governors",
	"Senators", "Ambassadors", "Mayors", "Chairmen", "Leaders", "Secretaries", "Commissioners", "Envoys")

// recognizer finds mentions sentence by sentence.
type recognizer struct {
	gz    *gazetteer
	ner   [][]string // NER tags per sentence, nil when no model
	known map[string]bool
	// surnames: the last words of the names of people named in full in
	// the document (after the first pass), however weakly typed
	surnames map[string]bool
	// nameParts: the words after the first of those names ("fuentes" of
	// "Gabriela Fuentes Ochoa"), which may name the person alone
	nameParts map[string]bool
	// alone: the names, in lower case, the first pass read as mentions of
	// their own, which tell two names joined by "and" from one name
	alone map[string]bool
	// joined: the firms' names with "and" or "&" inside that the first
	// pass read closed by a legal form ("Harbour and Lantern Plc"), in
	// lower case without the form: the story's "Harbour and Lantern" is
	// that firm too, never two names
	joined map[string]bool
	sents  []sentence
	// lexicon: the tagger's words of one tag; lower: the words the
	// document writes in lower case, built on first need
	lexicon map[string]string
	lower   map[string]bool
}

// commonAfterAbbrev says whether the capitalised word at k is a common
// word capitalised only because it follows an abbreviation's full stop
// ("the U.S. Fell by", "sales of U.K. Cars"), as wire copy written in
// capitals and turned to mixed case does: the word ends the capitalised
// run, names no body or office, and the document writes it in lower case
// or the tagger knows it as no proper noun, or it ends as a verb's or an
// adverb's form does.
func (r *recognizer) commonAfterAbbrev(toks []token, k int) bool {
	if k == 0 || k >= len(toks) || !toks[k].isCap() || toks[k].isAllCaps() {
		return false
	}
	prev := toks[k-1].text
	if len(prev) < 3 || prev[len(prev)-1] != '.' || strings.Count(prev, ".") < 2 || toks[k-1].end != toks[k].start-1 {
		return false
	}
	w := toks[k].text
	l := strings.ToLower(w)
	t := r.lexicon[l]
	if functionTags[t] {
		return true // "the U.S. And Canada"
	}
	if bodyAfterJoin(toks, k) {
		return false // "the U.S. Food and Drug Administration", "the U.S. Agriculture and Commerce Departments"
	}
	if k+1 < len(toks) && toks[k+1].isCap() && toks[k+1].isWord() {
		return false // "U.S. Trade Representative"
	}
	if orgHeads[w] || facilityHeads[w] || institutions[w] || titleHeads[w] || locationHeads[w] {
		return false
	}
	if t != "" && !strings.HasPrefix(t, "NNP") || len(l) > 4 && (strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ly")) {
		return true
	}
	if r.commonWord(w) {
		return true
	}
	// "U.S. Dlrs last year", "U.S. Had contacted": after a country's or
	// a body's abbreviation (not a person's initials, "J.P. Morgan said")
	// a lone capitalised word that the tables know as no name is the
	// copy's capitalisation, not a name's second word
	if _, _, place := r.gz.place(prev); !place && knownOrgs[prev] == "" {
		return false
	}
	if _, _, place := r.gz.place(prev + " " + w); place || knownOrgs[prev+" "+w] != "" || knownOrgs[w] != "" || r.known[l] || r.surnames[l] {
		return false
	}
	if _, _, place := r.gz.place(w); place {
		return false
	}
	return !r.capitalisedElsewhere(w)
}

// bodyAfterJoin says whether "and", "of" or "&" after token k joins
// capitalised words that end in a body's head ("Food and Drug
// Administration"), so that the word at k opens a body's name.
func bodyAfterJoin(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k+1].text != "and" && toks[k+1].text != "of" && toks[k+1].text != "&" {
		return false
	}
	for j := k + 2; j < len(toks) && j < k+6 && toks[j].isCap() && toks[j].isWord(); j++ {
		w := toks[j].text
		if orgHeads[w] || orgHeads[strings.TrimSuffix(w, "s")] || institutions[w] {
			return true
		}
	}
	return false
}

// placeAfterTreaty says whether a place's name starts at token e right
// after a treaty's head ("the Harbour Accord West Vessia and Ruritania
// pledged"): an accord's name ends with its head, and a place after it
// opens the next name, where a comma was left out.
func (r *recognizer) placeAfterTreaty(toks []token, e int) bool {
	if e == 0 || e >= len(toks) || !treatyNouns[strings.TrimSuffix(toks[e-1].text, "s")] || !toks[e].isCap() || !toks[e].isWord() {
		return false
	}
	for n := 1; n <= 3 && e+n <= len(toks); n++ {
		if _, _, ok := r.gz.place(span(toks, e, e+n)); ok {
			return true
		}
	}
	return false
}

// capitalisedElsewhere says whether the document writes w capitalised
// inside a sentence, where nothing but its being a name capitalises it:
// not first, and not after an abbreviation's full stop or an opener.
func (r *recognizer) capitalisedElsewhere(w string) bool {
	for _, s := range r.sents {
		if s.heading {
			continue
		}
		for k := 1; k < len(s.tokens); k++ {
			if s.tokens[k].text != w {
				continue
			}
			p := s.tokens[k-1].text
			if strings.HasSuffix(p, ".") || isOpener(p) || p == ":" || p == "-" || p == "--" {
				continue
			}
			return true
		}
	}
	return false
}

// maxNameTokens bounds a capitalised run, in tokens: the longest names
// run to a dozen ("New York State Department of Health and State
// University of New York"), while typing a run splits and re-reads it in
// time that grows faster than its length; a longer run ("President Bob"
// a thousand times) is read as runs of this many tokens.
const maxNameTokens = 32

func (r *recognizer) sentence(si int, s *sentence) []mention {
	toks := s.tokens
	if ms, ok := r.fixtureLine(si, s); ok {
		return ms
	}
	var out []mention
	k := 0
	for k < len(toks) {
		// "south-east Asia": a lower-case compass point that opens a
		// region's name
		if k+1 < len(toks) && unicode0Lower(toks[k].text) && strings.Contains(toks[k].text, "-") && compassWord(toks[k].text) && toks[k+1].isCap() {
			if c, typ, ok := r.gz.place(titleCase(toks[k].text) + " " + toks[k+1].text); ok && typ == "LOCATION" {
				out = append(out, r.mk(si, s, k, k+2, newsgraph.Location, c, true))
				k += 2
				continue
			}
		}
		if n := r.particleTown(toks, k); n > 0 {
			out = append(out, r.mk(si, s, k, k+n, newsgraph.GPE, "", !s.heading))
			k += n
			continue
		}
		if n := r.wordedBody(toks, k); n > 0 && !s.heading {
			out = append(out, r.mk(si, s, k, k+n, newsgraph.Organization, "", true))
			k += n
			continue
		} else if campaignVerbs[toks[k].text] && k+1 < len(toks) && (toks[k+1].text == "the" || toks[k+1].text == "our") && (k == 0 || !toks[k-1].isCap()) {
			k++ // "Save the planet, they shouted": a verb, no name
			continue
		}
		if name, n := lowerBody(toks, k); n > 0 && !s.heading {
			out = append(out, r.mk(si, s, k, k+n, newsgraph.Organization, name, true))
			k += n
			continue
		}
		if !r.startsRun(si, toks, k, s) {
			k++
			continue
		}
		e := k + 1
		onBody := false // the run holds "X on Y" of onHeads: "... on Tariffs and Trade"
		elided := false // the run holds "Handels- und": German firms' and banks' names
		for e < len(toks) && e-k < maxNameTokens {
			t := toks[e]
			if r.placeAfterTreaty(toks, e) {
				break // "Under the Harbour Accord Ruritania and Vessia pledged"
			}
			if t.isCap() && t.isWord() && (!isMonthOrDay(t.text) || givenNameLike(toks, e) || r.surnameMonth(si, toks, e)) && !r.commonAfterAbbrev(toks, e) && !pronounContractions[t.text] {
				e++
				continue
			}
			if t.text == "of" && e+2 < len(toks) && toks[e+1].text == "the" && toks[e+2].isCap() && !r.firmOfCountry(toks, e) && (facilityHeads[toks[e-1].text] || orgHeads[toks[e-1].text] || ofHeads[toks[e-1].text] || titleHeads[toks[e-1].text] && titleOfWords[toks[e+2].text]) {
				e += 3 // "Great Hall of the People"
				continue
			}
			// "Front for the Defence of the Coast", "Council for the Study
			// of Tides": a body named by what it is for, to the end of the
			// capitalised words (and their "of", "of the")
			// "Office for National Statistics", "Movement for Democratic
			// Change": without "the" only after a public body's head, which
			// no firm's or person's name ends with ("a loan from Kestrel
			// Bank for Varenna Power" is two names)
			// "Assistant Secretary for Trade X", "Under Secretary for
			// International Affairs X": an office's portfolio after "for",
			// and the name of the one who holds it
			if t.text == "for" && r.officeHeadEnds(toks, k, e) && e+1 < len(toks) && toks[e+1].isCap() {
				q := r.portfolioEnd(toks, e+1, len(toks), false)
				if q > e+1 && q+1 < len(toks) && titleOfWords[toks[q-1].text] && toks[q].isCap() && toks[q].isWord() && !r.isPlaceWord(toks[q].text) && !titleOfWords[toks[q].text] && !honorifics[toks[q].text] {
					e = q
					continue
				}
				// "the Commissioner for Roads, Engr X", "Minister for
				// Trade and Industry": an office named alone keeps its
				// portfolio, which names no body of its own
				if q > e+1 && toks[q-1].text != "and" && (q == len(toks) || !(toks[q].isCap() && toks[q].isWord())) {
					e = q
					continue
				}
				// "Commissioner for Inland Waterways X Y": a portfolio the
				// tables do not know, then the holder's name (titled splits
				// them)
				q = e + 1
				for q < len(toks) && r.officeFiller(toks, q) {
					q++
				}
				if q-(e+1) >= 3 && officeNouns[toks[e-1].text] {
					e = q
					continue
				}
			}
			forThe := e+2 < len(toks) && toks[e+1].text == "the" && toks[e+2].isCap() && toks[e+2].isWord() && (orgHeads[toks[e-1].text] || toks[e-1].text == "Alliance")
			forBare := e+1 < len(toks) && forHeads[toks[e-1].text] && toks[e+1].isCap() && toks[e+1].isWord() && !isMonthOrDay(toks[e+1].text) && r.nerType(si, e+1, e+2) != newsgraph.Person
			if t.text == "for" && (forThe || forBare) {
				q := e + 1
				if forThe {
					q++
				}
				for q < len(toks) {
					switch {
					case toks[q].isCap() && toks[q].isWord() && !isMonthOrDay(toks[q].text):
						q++
						continue
					case toks[q].text == "of" && q+1 < len(toks) && toks[q+1].isCap() && toks[q+1].isWord():
						q += 2
						continue
					case toks[q].text == "of" && q+2 < len(toks) && toks[q+1].text == "the" && toks[q+2].isCap() && toks[q+2].isWord():
						q += 3
						continue
					}
					break
				}
				e = q
				continue
			}
			// "General Agreement on Tariffs and Trade", "Council on Foreign
			// Relations": a body named by what it is on (not "the
			// Commission on Monday")
			if t.text == "on" && e+1 < len(toks) && toks[e+1].isCap() && toks[e+1].isWord() && !isMonthOrDay(toks[e+1].text) && onHeads[toks[e-1].text] {
				e += 2
				onBody = true
				continue
			}
			if t.text == "and" && onBody && e+1 < len(toks) && toks[e+1].isCap() && toks[e+1].isWord() && !isMonthOrDay(toks[e+1].text) &&
				!titleHeads[toks[e+1].text] && (e+2 == len(toks) || !toks[e+2].isCap()) {
				e += 2 // "on Tariffs and Trade", "on Security and Cooperation"
				continue
			}
			// "Castor Handels- und Kreditbank": a compound whose shared
			// head is elided before "und" or "and" is one name
			if t.text == "-" && t.start == toks[e-1].end && e+2 < len(toks) && (toks[e+1].text == "und" || toks[e+1].text == "and") && toks[e+2].isCap() && toks[e+2].isWord() && toks[e+1].start > t.end {
				e += 3
				elided = true
				continue
			}
			// "Ambassador to Lisbon Ana Reis": the post and then the name
			if n := r.envoyPost(toks, e); n > 0 {
				e += 1 + n
				continue
			}
			if nameParticles[t.text] && e+2 < len(toks) && nameParticles[toks[e+1].text] && toks[e+2].isCap() && toks[e+2].isWord() {
				e += 3 // "Joost van der Westhuizen", "Maria de la Cruz"
				continue
			}
			if (t.text == "of" || nameParticles[t.text] || t.text == "&") && e+1 < len(toks) && (toks[e+1].isCap() || (t.text == "of" && isNumber(toks[e+1].text))) {
				prev := toks[e-1].text
				// "Grevin Group of Belgium": the group and where it is from
				if t.text == "of" && (r.firmOfCountry(toks, e) || r.firmOfPlace(toks, k, e)) {
					break
				}
				// "the acquisition by Orland Group of Pryce Mills": the
				// buyer, and then what it buys
				if t.text == "of" && k >= 2 && toks[k-1].text == "by" && dealByNouns[strings.ToLower(toks[k-2].text)] {
					break
				}
				// ("Chamber of Commerce and Industry of Kell": a body of a
				// field, and the place it serves)
				if t.text != "of" || (orgHeads[prev] && !corpSuffixes[prev]) || titleHeads[prev] || facilityHeads[prev] || locationHeads[prev] || ofHeads[prev] || r.firmOfFirm(si, toks, k, e) || chamberOfField(toks, k-1, e-1) && r.isPlaceWord(toks[e+1].text) {
					e += 2
					continue
				}
			}
			// "Minister of Foreign Affairs of Mongolia X", "the President of
			// the Republic of Kazakhstan X": the state an office is of, after
			// its portfolio, and then the holder's name
			if t.text == "of" && officeBefore(toks, k, e) {
				if _, q := r.officeState(toks, e); q > e && q < len(toks) && toks[q].isCap() && toks[q].isWord() && !r.isPlaceWord(toks[q].text) {
					e = q
					continue
				}
			}
			// "the Ministry of Foreign Affairs of Ghana": a ministry named
			// by its portfolio, and the state it serves after it; two
			// states' ministries of one portfolio are two bodies
			if t.text == "of" && portfolioBody(toks, k, e) {
				if _, q := r.officeState(toks, e); q > e {
					e = q
					continue
				}
			}
			if t.text == "," && r.portfoliosList(toks, e) {
				e++ // "Agriculture, Forestry and Fisheries Minister X"
				continue
			}
			if t.text == "," {
				if q := r.portfolioList(toks, k, e); q > e {
					e = q // "Ministry of Mines, Energy and Water"
					continue
				}
			}
			if (t.text == "and" || t.text == "&") && e+1 < len(toks) && toks[e+1].isCap() {
				if q := r.joinedName(toks, k, e); q > e {
					e = q // "Harbour and Lantern said", where Harbour and Lantern Plc is named
					continue
				}
			}
			if t.text == "and" && !r.personThenAnd(si, toks, k, e) && (r.andJoins(toks, e) || titleOfAnd(toks, k, e) || r.portfoliosAnd(toks, e) || titleMods[toks[e-1].text] && e+1 < len(toks) && titleMods[toks[e+1].text] && !titleHeads[toks[e-1].text]) {
				e++
				continue
			}
			// "St James's Palace": a possessive inside a building's name
			if (t.text == "'s" || t.text == "\u2019s") && e+1 < len(toks) && facilityHeads[toks[e+1].text] && !(e+2 < len(toks) && toks[e+2].isCap()) {
				if _, _, place := r.gz.place(span(toks, k, e)); !place && !r.known[strings.ToLower(toks[e-1].text)] {
					e += 2
					continue
				}
			}
			// "the Citizen's Savings Corp", "a Commissioner's Office": a
			// common noun's possessive inside a body's name, which runs on
			// to the body's head; a place's or a name's possessive
			// ("Ruritania's Labour Party") owns the body, it is no part of it
			// "St Aldo's Primary School": a saint's possessive too
			if (t.text == "'s" || t.text == "\u2019s") && (possessorNouns[toks[e-1].text] || titleHeads[toks[e-1].text] && !honorifics[toks[e-1].text] || e-k == 2 && saints[toks[k].text]) {
				if q := possessiveNameEnd(toks, e, k); q > e {
					e = q
					continue
				}
			}
			// "the Plumbers and Heating Engineers' Union": a plural's
			// possessive inside a body's name, which runs on to its head
			if pluralPossessive(toks, e) {
				if q := possessiveNameEnd(toks, e, k); q > e {
					e = q
					continue
				}
			}
			if r.known[strings.ToLower(t.text)] && t.isWord() && !saysVerbs[t.text] && (titleHeads[toks[e-1].text] || r.known[strings.ToLower(toks[e-1].text)]) {
				e++ // "Prime Minister kowalska", "Anna kowalska"
				continue
			}
			break
		}
		if j := r.orgChunkEnd(si, s, k); j > e {
			e = j
		}
		e = min(e, k+maxNameTokens)
		e = r.coordinated(toks, k, e)
		if numberedBody(toks, k, e) && !s.heading {
			// "pressure group Rail 2030", "Sky News 24": the number
			// closes the body's name
			out = append(out, r.mk(si, s, k, e+1, newsgraph.Organization, "", true))
			k = e + 1
			continue
		}
		ms := r.run(si, s, k, e)
		if elided && len(ms) == 1 && ms[0].i == k && ms[0].j == e && ms[0].typ != newsgraph.Organization {
			ms[0] = r.mk(si, s, k, e, newsgraph.Organization, "", !s.heading)
		}
		if q := legalSuffixEnd(toks, k, e); q > e {
			if n := len(ms); n > 0 && ms[n-1].j == e && ms[n-1].kind == named {
				ms[n-1] = r.mk(si, s, ms[n-1].i, q, newsgraph.Organization, "", true)
			}
			e = q
		}
		out = append(out, ms...)
		k = e
	}
	return r.wireBrackets(si, s, r.countryBodies(si, s, r.firmNames(si, s, out)))
}

// agencyHeads end the names of a state's departments and agencies.
var agencyHeads = set("Department", "Ministry", "Agency", "Administration", "Commission", "Service", "Bureau", "Office",
	"Board", "Authority", "Survey", "Institutes", "Directorate", "Inspectorate")

// usPrefixes name the United States before one of its bodies.
var usPrefixes = set("U.S.", "US", "U.S", "USA", "U.S.A.")

// countryBodies reads two of a state's bodies joined by "and" as two,
// each closed by its head ("the U.S. Labor Department and Energy
// Department"), and names a body after "U.S." without it ("U.S. National
// Oceanic and Atmospheric Administration" is the National Oceanic and
// Atmospheric Administration, its mention the alias with the country).
func (r *recognizer) countryBodies(si int, s *sentence, ms []mention) []mention {
	toks := s.tokens
	var out []mention
	for _, m := range ms {
		if m.typ != newsgraph.Organization || m.kind != named || m.j-m.i < 3 || !agencyHeads[toks[m.j-1].text] {
			out = append(out, m)
			continue
		}
		split := false
		for p := m.i + 2; p < m.j-1; p++ {
			if toks[p].text == "and" && agencyHeads[toks[p-1].text] && toks[p-1].text == toks[m.j-1].text && m.canon == "" {
				left := r.mk(si, s, m.i, p, newsgraph.Organization, "", m.strong)
				right := r.mk(si, s, p+1, m.j, newsgraph.Organization, "", m.strong)
				out = append(out, r.usBody(toks, left), right)
				split = true
				break
			}
		}
		if !split {
			out = append(out, r.usBody(toks, m))
		}
	}
	return out
}

// usBody gives a body named after "U.S." its name without the country,
// where two or more words of its own end in an agency's head.
func (r *recognizer) usBody(toks []token, m mention) mention {
	if m.canon != "" || m.j-m.i < 3 || !usPrefixes[toks[m.i].text] || !agencyHeads[toks[m.j-1].text] {
		return m
	}
	for k := m.i + 1; k < m.j; k++ {
		if titleHeads[toks[k].text] {
			return m
		}
	}
	m.canon = span(toks, m.i+1, m.j)
	return m
}

// fixtureLine reads a line of a fixture list or of results, "Kelby v
// Norby", "Harwood Utd 2-1 Ashby/Denton", as the clubs it pairs: a town's
// name there is its club. A line whose sides are people ("Vance v Okafor"
// in tennis: named in the story, or all read as people by the recogniser)
// or has a country (a national team, which the story's prose types) is
// left to the usual reading.
func (r *recognizer) fixtureLine(si int, s *sentence) ([]mention, bool) {
	toks := s.tokens
	if !s.heading || len(toks) < 3 || len(toks) > 12 {
		return nil, false
	}
	mid := -1
	for k, t := range toks {
		if t.text == "v" || t.text == "vs" || t.text == "v." || t.text == "vs." || scoreToken(t.text) {
			if mid >= 0 {
				return nil, false
			}
			mid = k
		}
	}
	if mid < 1 || mid > len(toks)-2 {
		return nil, false
	}
	var out []mention
	people := true // every side reads as a person: "Vance v Okafor"
	clubs := func(a, b int) bool {
		for a < b {
			e := a
			for e < b && toks[e].text != "/" {
				if !toks[e].isCap() || !toks[e].isWord() || isNumber(toks[e].text) {
					return false
				}
				e++
			}
			if e == a || e-a > 4 {
				return false
			}
			name := span(toks, a, e)
			if l := strings.ToLower(toks[e-1].text); r.known[l] || r.surnames[l] {
				return false
			}
			if r.nerType(si, a, e) != newsgraph.Person {
				people = false
			}
			if c, _, ok := r.gz.place(name); ok && r.gz.isCountry(c) {
				return false
			}
			out = append(out, r.mk(si, s, a, e, newsgraph.Organization, "", true))
			a = e + 1
		}
		return true
	}
	if !clubs(0, mid) || !clubs(mid+1, len(toks)) || people {
		return nil, false
	}
	return out, true
}

// scoreToken says whether w is a match score ("2-1", "0-0").
func scoreToken(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && len(a) >= 1 && len(a) <= 2 && len(b) >= 1 && len(b) <= 2 && isNumber(a) && isNumber(b)
}

// townParticles join a town's name to the river or region that tells it
// from another: "Halle an der Saale", "Frankfurt am Main", "Kingston
// upon Hull".
var townParticles = [][]string{{"an", "der"}, {"am"}, {"ob", "der"}, {"upon"}}

// particleTown is the length in tokens of a town's name with a particle
// at token k, when the words before the particle name a known town ("Halle
// an der Saale"), or 0.
func (r *recognizer) particleTown(toks []token, k int) int {
	if !toks[k].isCap() {
		return 0
	}
	if n := r.placeWithParticles(toks, k); n > 0 {
		return n
	}
	if _, typ, ok := r.gz.place(toks[k].text); !ok || typ != "GPE" {
		return 0
	}
	for _, ps := range townParticles {
		j := k + 1
		for _, p := range ps {
			if j >= len(toks) || toks[j].text != p {
				j = -1
				break
			}
			j++
		}
		if j > 0 && j < len(toks) && toks[j].isCap() && toks[j].isWord() && !isMonthOrDay(toks[j].text) {
			return j + 1 - k
		}
	}
	return 0
}

// placeWithParticles is the length in tokens of a town's name of the
// tables with lower-case words inside it that starts at token k ("Dar es
// Salaam", "Alphen aan den Rijn", "Vila do Conde"), or 0: the table, not
// a list of particles, says the words are one name.
func (r *recognizer) placeWithParticles(toks []token, k int) int {
	if k+2 >= len(toks) || !toks[k].isWord() || !unicode0Lower(toks[k+1].text) || titleHeads[toks[k].text] {
		return 0 // ("the King of Prussia" is a title)
	}
	best := 0
	for j := k + 1; j < len(toks) && j-k < 6; j++ {
		t := toks[j]
		if !t.isWord() || unicode0Lower(t.text) && utf8.RuneCountInString(t.text) > 4 {
			break
		}
		if !t.isCap() {
			continue
		}
		if _, typ, ok := r.gz.place(span(toks, k, j+1)); ok && typ == "GPE" {
			best = j + 1 - k
		} else if _, ok := r.gz.town[key(span(toks, k, j+1))]; ok {
			best = j + 1 - k
		}
	}
	return best
}

// lowerBodies are the European bodies wire copy writes with a lower-case
// head: "the European commission", "the EC commission".
var lowerBodies = map[string]string{"commission": "European Commission", "parliament": "European Parliament",
	"central bank": "European Central Bank", "court of justice": "European Court of Justice"}

// lowerBody reads a European body with a lower-case head at token k ("the
// European commission", "an EC commission spokesman"): its full name and
// its length in tokens, or "", 0.
func lowerBody(toks []token, k int) (string, int) {
	switch toks[k].text {
	case "European", "EC", "EEC", "EU":
	default:
		return "", 0
	}
	for n := 3; n >= 1; n-- {
		if k+n >= len(toks) {
			continue
		}
		var ws []string
		for j := k + 1; j <= k+n; j++ {
			ws = append(ws, toks[j].text)
		}
		if full := lowerBodies[strings.Join(ws, " ")]; full != "" {
			return full, n + 1
		}
	}
	return "", 0
}

// legalSuffixEnd returns the end of the name [k, e) with the legal forms
// written after its commas ("Tarvel Robotics, Inc.", "Hanlo Machinery
// Co., Ltd."), which are part of the firm's written name, never a name of
// their own; e otherwise.
func legalSuffixEnd(toks []token, k, e int) int {
	for e > k && e+1 < len(toks) && toks[e].text == "," && commaSuffixes[toks[e+1].text] && toks[e].start == toks[e-1].end &&
		toks[e-1].isCap() && !(e+2 < len(toks) && toks[e+2].isCap() && toks[e+2].isWord() && toks[e+2].start == toks[e+1].end+1) {
		e += 2
	}
	return e
}

// commaSuffixes are the legal forms a firm's name may set off by a comma.
var commaSuffixes = set("Inc.", "Inc", "Ltd.", "Ltd", "LLC", "L.L.C.", "LLP", "LP", "L.P.", "PLC", "Plc", "plc", "AG", "S.A.", "SA", "N.V.", "NV", "GmbH", "Corp.", "S.p.A.", "SE", "Co.")

// wireBrackets reads the angle brackets of wire copy: after a name they
// hold its stock ticker ("Pan Am Corp <PNN>", "<RENA.PA>"), which names
// nothing more; alone they hold a company's whole name ("<All Nippon
// Airways> of Japan"), which is one organisation however its words read.
func (r *recognizer) wireBrackets(si int, s *sentence, ms []mention) []mention {
	toks := s.tokens
	for a := 0; a < len(toks); a++ {
		if toks[a].text == "(" {
			// "Halverton Plc (HALV.L)": a ticker in round brackets names nothing
			if br, ok := parenTicker(toks, a+1); ok {
				kept := ms[:0:0]
				for _, m := range ms {
					if m.i <= br[0] || m.j > br[1] {
						kept = append(kept, m)
					}
				}
				ms, a = kept, br[1]
			}
			continue
		}
		if toks[a].text != "<" {
			continue
		}
		b := a + 1
		for b < len(toks) && b <= a+8 && toks[b].text != ">" && toks[b].text != "<" {
			b++
		}
		if b >= len(toks) || toks[b].text != ">" || b == a+1 {
			continue
		}
		ticker := true
		for k := a + 1; k < b; k++ {
			w := toks[k].text
			ticker = ticker && (w == "." || strings.ToUpper(w) == w) && toks[k].start == toks[k-1].end
		}
		ticker = ticker && toks[b].start == toks[b-1].end
		afterName := false
		for _, m := range ms {
			afterName = afterName || m.j == a && m.kind == named
		}
		var kept []mention
		whole := -1
		for _, m := range ms {
			inside := m.i > a && m.j <= b
			switch {
			case inside && ticker && (afterName || b-a > 2):
				continue // a ticker
			case inside && !ticker && m.i == a+1 && m.j == b:
				whole = len(kept)
			case inside && !ticker:
				continue // a part of the bracketed name
			}
			kept = append(kept, m)
		}
		if !ticker && whole < 0 && toks[a+1].isCap() && toks[b-1].isCap() {
			typ := newsgraph.Organization
			m := r.mk(si, s, a+1, b, typ, "", true)
			m.kind = named
			kept = append(kept, m)
			sort.SliceStable(kept, func(x, y int) bool { return kept[x].i < kept[y].i })
		}
		if !ticker && whole >= 0 {
			// "Northern Grain Bank <Severzernbank>": a body's own name in
			// brackets right after its name in English is the same body
			for x := range kept {
				if x != whole && kept[x].j == a && kept[x].kind == named && kept[x].typ == newsgraph.Organization && kept[x].canon == "" && kept[x].j-kept[x].i >= 2 {
					kept[x].canon = span(toks, a+1, b)
				}
			}
		}
		if !ticker && whole >= 0 && kept[whole].typ != newsgraph.Organization {
			kept[whole].typ = newsgraph.Organization
		}
		ms = kept
		a = b
	}
	return ms
}

// forHeads are the heads of public bodies named by what they are for:
// "Office for National Statistics", "Movement for Democratic Change".
var forHeads = set("Ministry", "Department", "Agency", "Association", "Organization", "Organisation", "Union", "Council",
	"Committee", "Commission", "Institute", "Foundation", "Forum", "Office", "Federation", "League", "Fund", "Authority",
	"Bureau", "Secretariat", "Board", "Coalition", "Movement", "Front", "Alliance", "Centre", "Center", "Society",
	"Campaign", "Party", "Academy")

// orgConnectors are the lower-case words and marks an organisation's name
// may hold: "Organisation for Security and Cooperation in Europe", "Lay
// Volunteers ' International Organisation".
var orgConnectors = set("for", "and", "of", "the", "in", "on", "'", "de", "du", "des", "&")

// orgChunkEnd returns the end of the organisation the recogniser reads
// from token k when it runs over connectors a capitalised run stops at,
// in prose; k otherwise.
func (r *recognizer) orgChunkEnd(si int, s *sentence, k int) int {
	toks := s.tokens
	if r.ner == nil || si >= len(r.ner) || s.heading || s.table {
		return k
	}
	tags := r.ner[si]
	if k >= len(tags) || tags[k] != "B-ORG" {
		return k
	}
	j := k + 1
	for j < len(tags) && j < len(toks) && tags[j] == "I-ORG" {
		if !(toks[j].isCap() && toks[j].isWord()) && !orgConnectors[toks[j].text] || r.commonAfterAbbrev(toks, j) {
			return k
		}
		if toks[j].text == "of" && (r.firmOfCountry(toks, j) || r.firmOfPlace(toks, k, j) || k >= 2 && toks[k-1].text == "by" && dealByNouns[strings.ToLower(toks[k-2].text)]) {
			return k // "Osterby Holdings of Denmark": the firm, then its country; "the sale by X of Y": two firms
		}
		j++
	}
	if j-k < 3 || !toks[j-1].isCap() {
		return k
	}
	// "a bid by Kestrel Bank and Velmoran sugar trader X": a nationality
	// after "and" qualifies the noun after it, and the chunk is the firm
	// before "and" and no more
	if toks[j-2].text == "and" && j < len(toks) && unicode0Lower(toks[j].text) && r.gz.demonym[key(toks[j-1].text)] != "" {
		return k
	}
	// "Oslo for Nordic Council of Fisheries Ministers": a chunk that
	// opens with a place, or holds a name the tables know, is two names
	for a := k; a < j; {
		b := a
		for b < j && !orgConnectors[toks[b].text] {
			b++
		}
		if b > a {
			seg := span(toks, a, b)
			if _, ok := knownOrgs[seg]; ok {
				return k
			}
			if _, _, ok := r.gz.place(seg); ok && a == k {
				return k
			}
		}
		a = b + 1
	}
	return j
}

// commonCapitals says whether the run [a, b) is a capitalised common noun
// that names nothing: a class of shares ("Class B"), an acronym's plural
// ("NGOs", "SUVs": a kind of thing, where a body's acronym takes no
// plural), or an abstract noun made of a nationality or an adjective
// ("Scottishness", "Greatness").
func commonCapitals(r *recognizer, toks []token, a, b int) bool {
	w := toks[a].text
	if b-a == 2 && w == "Class" && len(toks[a+1].text) == 1 && toks[a+1].isCap() {
		return true
	}
	if b-a != 1 {
		return false
	}
	if n := len(w); n >= 3 && w[n-1] == 's' && acronym(w[:n-1]) {
		return true
	}
	if stem, ok := strings.CutSuffix(w, "ness"); ok && len(stem) >= 4 {
		if r.gz.demonym[key(stem)] != "" {
			return true
		}
		for _, suf := range []string{"ish", "ful", "less", "ive", "ous", "ed", "y"} {
			if strings.HasSuffix(stem, suf) {
				return true
			}
		}
	}
	return false
}

// firmOfCountry: "of" or "of the" at e joins a company to the country it
// is of ("Ostrava Motors of the Netherlands", "Grevin Group of Belgium"),
// which names no more of the
// company, unlike a bank's or a republic's "of the" ("Bank of the
// Philippines").
func (r *recognizer) firmOfCountry(toks []token, e int) bool {
	prev := toks[e-1].text
	if !(corpSuffixes[prev] || designators[prev] || firmHeads[prev]) {
		return false
	}
	q0 := e + 1
	if q0 < len(toks) && toks[q0].text == "the" {
		q0++
	}
	q := q0
	for q < len(toks) && toks[q].isCap() && toks[q].isWord() {
		q++
	}
	if q == q0 {
		return false
	}
	c, _, ok := r.gz.place(span(toks, q0, q))
	if ok && r.gz.isCountry(c) {
		return true
	}
	// ("Mercer Industries of Omaha, Neb.": a town and its state after it)
	_, town := r.gz.town[key(span(toks, q0, q))]
	return q0 == e+1 && (ok || town) && q+1 < len(toks) && toks[q].text == "," && toks[q+1].isCap() && toks[q+1].isWord()
}

// dealByNouns are the deals whose maker a by-phrase names before what
// the deal is of: "the sale by X of Y".
var dealByNouns = set("sale", "purchase", "acquisition", "takeover", "buyout")

// firmPlaceHeads end the names of firms, labs and institutes that a
// town's name after "of" only locates ("Corwin Labs of Tucson", "the
// Halvard Institute of Calgary"); a bank's, a university's or a
// republic's "of" a place stays in its name ("Bank of Montreal").
var firmPlaceHeads = union(union(union(corpSuffixes, firmHeads), union(tradeHeads, unitTrades)),
	set("Co", "Corporation", "Company", "Industries", "Holdings", "Group", "Institute", "Foundation", "Centre", "Center",
		"Laboratory", "Clinic", "Partners", "Associates", "Technologies", "Motors", "Airlines", "Airways"))

// firmPlaceInstitutes are the heads of firmPlaceHeads that also end
// names of public or old bodies named for a field ("Art Institute of
// Chicago"): they let the place go only after a name word of the body's
// own.
var firmPlaceInstitutes = set("Institute", "Foundation", "Centre", "Center", "Laboratory", "Clinic", "Group")

// instituteFields name the field an institute of a town serves ("the Art
// Institute of Chicago"), where the town is part of its name.
var instituteFields = set("Art", "Arts", "Science", "Sciences", "Technology", "Medical", "Research", "Cancer", "Heart", "Music",
	"Design", "Film", "Law", "Peace", "Health", "Policy", "Fashion", "Culinary", "Museum", "Historical", "Children's", "Community")

// firmOfPlace: "of" at e, inside the run from k, joins a firm or an
// institute named by a word of its own ("Corwin Labs", "Halvard
// Institute") to the town, state or country it is in, which is no part
// of its name: the place's words end there, and no legal form or body's
// head follows them ("Marlow Energy System of Dorset Inc" is one name).
func (r *recognizer) firmOfPlace(toks []token, k, e int) bool {
	if e-k < 2 || e+1 >= len(toks) {
		return false
	}
	prev := toks[e-1].text
	if !firmPlaceHeads[prev] || ofHeads[prev] && !firmPlaceInstitutes[prev] {
		return false
	}
	first := toks[k]
	if !first.isCap() || !first.isWord() || r.isPlaceWord(first.text) || r.gz.demonym[key(first.text)] != "" {
		return false
	}
	if firmPlaceInstitutes[prev] && !firmPlaceHeads[toks[k].text] && (r.commonWord(first.text) || titleMods[first.text] || instituteFields[first.text]) {
		return false
	}
	q := e + 1
	for q < len(toks) && q <= e+3 && toks[q].isCap() && toks[q].isWord() {
		q++
	}
	if q == e+1 {
		return false
	}
	if q < len(toks) && (toks[q].text == "&" || toks[q].text == "and" && q+1 < len(toks) && toks[q+1].isCap()) {
		return false
	}
	last := toks[q-1].text
	if corpSuffixes[last] || orgHeads[last] || firmForms[last] || facilityHeads[last] || titleHeads[last] {
		return false
	}
	where := span(toks, e+1, q)
	if _, typ, ok := r.gz.place(where); !ok || typ != "GPE" {
		if _, town := r.gz.town[key(where)]; !town || q-e == 2 && r.commonWord(where) {
			return false
		}
	}
	_, known := knownOrgs[span(toks, k, q)]
	return !known
}

// firmOfFirm says whether "of" at e joins a firm's trade to the legal
// form that closes one firm's name ("Marlow Energy System of Dorset Inc",
// a unit named for the county it serves): words of a trade before it, no
// person's name, and after it one to three capitalised words and the form.
func (r *recognizer) firmOfFirm(si int, toks []token, k, e int) bool {
	prev := toks[e-1].text
	if e-k < 2 || !(tradeHeads[prev] || firmEnds[prev] || firmHeads[prev] || jointTrades[prev] || unitTrades[prev]) ||
		r.surnames[strings.ToLower(prev)] || r.nerType(si, k, e) == newsgraph.Person {
		return false
	}
	for q := e + 1; q < len(toks) && q <= e+4; q++ {
		w := toks[q].text
		if corpSuffixes[w] || w == "Co" {
			return q > e+1
		}
		if !(toks[q].isCap() && toks[q].isWord()) || orgHeads[w] || titleHeads[w] {
			return false
		}
	}
	return false
}

// unitTrades end the names of firms' units and of small firms, besides
// the trades of tradeHeads.
var unitTrades = set("System", "Service", "Services", "Products", "Works", "Resources", "Supply", "Supplies")

// tradeHeads end firms' names: the goods or the trade a firm lives by,
// which no person's name and no state body's ends with.
var tradeHeads = set("Foods", "Farms", "Dairies", "Beverages", "Breweries", "Brewing", "Chemicals", "Pharmaceuticals",
	"Pharma", "Petroleum", "Petrochemicals", "Mining", "Minerals", "Metals", "Textiles", "Mills", "Cement", "Shipping",
	"Logistics", "Aerospace", "Aviation", "Insurance", "Assurance", "Investments", "Ventures", "Enterprises", "Bancorp",
	"Financial", "Communications", "Telecom", "Telecommunications", "Software", "Networks", "Semiconductor",
	"Semiconductors", "Laboratories", "Labs", "Entertainment", "Pictures", "Studios", "Publishing", "Brands", "Stores",
	"Automotive", "Auto", "Construction", "Engineering", "Properties", "Realty", "Hotels", "Resorts", "Railways",
	"Electronics", "Computers", "Instruments", "Biotech", "Therapeutics", "Robotics", "Motors", "Steel", "Oil", "Gas",
	"Ferries", "Freight", "Aircraft", "Tankers", "Cruises", "Utilities", "Securities", "Energy", "Copper", "Media",
	"Trading", "Paving", "Packaging", "Printing", "Catering", "Consulting", "Manufacturing", "Fisheries", "Plastics",
	"Roofing", "Haulage", "Shipyards", "Tooling")

// personTrade says whether the run [a, b) ending in a trade's word is a
// person the surname of whom is that word ("David Steel"): the
// recogniser reads a person and the story names the surname alone.
func (r *recognizer) personTrade(si int, s *sentence, a, b int) bool {
	return r.nerType(si, a, b) == newsgraph.Person && r.surnames[strings.ToLower(s.tokens[b-1].text)] && r.alone[strings.ToLower(s.tokens[b-1].text)]
}

// firmEnds close a firm's name of more than one word ("Delmark
// Industries", "Kestrel Bank"): two such names joined by "and" are two.
var firmEnds = set("Corporation", "Industries", "Holdings", "Group", "Motors", "Airlines", "Airways", "Chemicals",
	"Electronics", "Systems", "Technologies", "Pharmaceuticals", "Foods", "Bank")

// jointTrades open the second trade of one firm's name: "X Mining and
// Development Corp", "Y Electric and Gas Co" are one firm each.
var jointTrades = set("Development", "Gas", "Power", "Light", "Trust", "Investment", "Investments", "Exploration",
	"Smelting", "Refining", "Manufacturing", "Trading", "Loan", "Finance", "Insurance", "Water", "Energy", "Chemical",
	"Chemicals", "Engineering", "Construction", "Shipbuilding", "Electric", "Electronics", "Industries", "Holdings")

// firmHeads end companies' names, and no other bodies'.
var firmHeads = set("Electric", "Electronics", "Systems", "Technologies", "Airlines", "Airways", "Steel", "Chemicals", "Pharmaceuticals")

// coordinated returns where the run [k, e) ends when it is two names joined
// by "and" ("Delmont Industries and Quarrow"): the document names one of
// the two alone elsewhere, or a plural firm noun opens the list; e
// otherwise. A place or a body the tables know
// by the whole run ("Trinidad and Tobago") stays one.
func (r *recognizer) coordinated(toks []token, k, e int) int {
	if e-k < 3 {
		return e
	}
	listed := k > 0 && firmPlurals[toks[k-1].text] // "giants Kandor and Brenwick Electric"
	// "Orvane Chemicals and Delmark Industries": two names of two or more
	// words, each closed by a firm's ending ("Co" too, as the wire writes
	// it), are two firms
	for p := k + 2; p < e-2; p++ {
		if toks[p].text == "and" && (firmEnds[toks[p-1].text] || corpSuffixes[toks[p-1].text] || toks[p-1].text == "Co" || secondFirm(toks, p, e)) && (firmEnds[toks[e-1].text] || corpSuffixes[toks[e-1].text] || toks[e-1].text == "Co") && !jointTrades[toks[p+1].text] {
			if _, ok := knownOrgs[span(toks, k, e)]; !ok {
				return p
			}
		}
	}
	if len(r.alone) == 0 && !listed || r.joinedRun(toks, k, e) {
		return e
	}
	for p := k + 1; p < e-1; p++ {
		if toks[p].text != "and" {
			continue
		}
		if _, _, ok := r.gz.place(span(toks, k, e)); ok {
			return e
		}
		if _, ok := knownOrgs[span(toks, k, e)]; ok {
			return e
		}
		a := k
		if toks[a].text == "The" || toks[a].text == "the" {
			a++
		}
		if listed || r.alone[strings.ToLower(span(toks, a, p))] || r.alone[strings.ToLower(span(toks, p+1, e))] {
			return p
		}
	}
	return e
}

// secondFirm says whether "and" at p, after a firm's name closed by its
// trade ("Northwind Air"), opens a second firm's name closed by a legal
// form or a group's word before e ("Coral Holdings"), whose first word is
// a name, not a second trade of one firm ("Harbor Foods and Beverages
// Inc", "Kestrel Oil and Gas Co").
func secondFirm(toks []token, p, e int) bool {
	w := toks[p+1].text
	return (tradeHeads[toks[p-1].text] || unitTrades[toks[p-1].text] || firmHeads[toks[p-1].text] || tradeEnds[toks[p-1].text]) &&
		(designators[toks[e-1].text] || corpSuffixes[toks[e-1].text]) &&
		!(tradeHeads[w] || unitTrades[w] || firmEnds[w] || jointTrades[w] || designators[w] || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing"))
}

// tradeEnds close firms' names by their trade, besides tradeHeads.
var tradeEnds = set("Air", "Airlines", "Airways", "Media", "Books", "Press", "Bank", "Rail", "Telecom", "Foods")

// joinedName returns the end of a firm's name the story writes elsewhere
// with "and" or "&" inside and a legal form after, that opens at token k
// (after "the") and ends past token e: "Harbour and Lantern", "Harbour
// and Lantern Plc"; e when there is none.
func (r *recognizer) joinedName(toks []token, k, e int) int {
	if len(r.joined) == 0 {
		return e
	}
	if toks[k].text == "The" || toks[k].text == "the" {
		k++
	}
	end := e
	for q := k + 3; q <= len(toks) && q-k <= maxNameTokens; q++ {
		w := toks[q-1]
		if !(w.isCap() && w.isWord() || w.text == "and" || w.text == "&") {
			break
		}
		if q >= e {
			n := strings.ToLower(span(toks, k, q))
			if r.joined[n] {
				end = q
			} else if corpSuffixes[w.text] || designators[w.text] {
				if r.joined[strings.ToLower(span(toks, k, q-1))] {
					end = q
				}
			}
		}
	}
	return end
}

// noteJoined fills r.joined from the first pass's mentions: a firm's
// name with "and" or "&" inside closed by a legal form, and its short
// forms that end past the "and" ("Harbour and Lantern" of "Harbour and
// Lantern Shipping Plc"), where the story names neither half alone other
// than beside the other ("KeyCorp and Banc One Corp", KeyCorp named alone
// too, are two firms).
func (r *recognizer) noteJoined(ms []mention) {
	for _, m := range ms {
		w := strings.Fields(m.text)
		if m.kind != named || m.typ != newsgraph.Organization || len(w) < 4 || !(corpSuffixes[w[len(w)-1]] || designators[w[len(w)-1]]) {
			continue
		}
		p := slices.IndexFunc(w, func(s string) bool { return s == "and" || s == "&" })
		if p < 1 || p >= len(w)-2 {
			continue
		}
		for q := p + 2; q < len(w); q++ {
			if r.namedApart(ms, strings.Join(w[:p], " "), strings.Join(w[p+1:q], " ")) {
				continue
			}
			if r.joined == nil {
				r.joined = map[string]bool{}
			}
			r.joined[strings.ToLower(strings.Join(w[:q], " "))] = true
		}
	}
}

// namedApart says whether a mention of ms names left or right other than
// beside the other, across an "and" or "&".
func (r *recognizer) namedApart(ms []mention, left, right string) bool {
	for _, o := range ms {
		if o.kind != named || !(o.text == left || o.text == right) {
			continue
		}
		toks := r.sents[o.sent].tokens
		beside := o.text == left && o.j < len(toks) && (toks[o.j].text == "and" || toks[o.j].text == "&") ||
			o.text == right && o.i > 0 && (toks[o.i-1].text == "and" || toks[o.i-1].text == "&")
		if !beside {
			return true
		}
	}
	return false
}

// joinedRun says whether the run [k, e) is a firm's name of r.joined,
// with or without its legal form.
func (r *recognizer) joinedRun(toks []token, k, e int) bool {
	if len(r.joined) == 0 {
		return false
	}
	if toks[k].text == "The" || toks[k].text == "the" {
		k++
	}
	if e-k >= 2 && (corpSuffixes[toks[e-1].text] || designators[toks[e-1].text]) && r.joined[strings.ToLower(span(toks, k, e-1))] {
		return true
	}
	return r.joined[strings.ToLower(span(toks, k, e))]
}

// firmCue says whether the words at b, after a name, are what a company
// has: its shares or boss ("Velmora shares"), or, after a possessive, its
// officers, units, plants and accounts ("Velmora's chairman").
func firmCue(toks []token, b int) bool {
	if b >= len(toks) {
		return false
	}
	if firmAfter[toks[b].text] {
		return true
	}
	// "4.5 mln Velmora common shares": the class of share between
	// (not "class B common stock", whose letter names the class)
	if b+1 < len(toks) && shareClasses[toks[b].text] && (toks[b+1].text == "shares" || toks[b+1].text == "stock") && len(toks[b-1].text) > 1 {
		return true
	}
	return b+1 < len(toks) && (toks[b].text == "'s" || toks[b].text == "\u2019s") && firmPossessions[toks[b+1].text]
}

// institutions are the bodies of a state that news names by one word.
var institutions = set("Treasury", "Parliament", "Congress", "Senate", "Cabinet", "Exchequer", "Bundestag", "Bundesrat",
	"Knesset", "Duma", "Politburo", "Pentagon")

// firmStaff work at firms: "an analyst at Velmora".
var firmStaff = set("analyst", "analysts", "economist", "economists", "strategist", "strategists", "trader", "traders",
	"dealer", "dealers", "banker", "bankers", "broker", "brokers")

var firmAfter = set("shares", "shareholders", "stock", "boss", "bosses", "branches")

var shareClasses = set("common", "ordinary", "preferred", "preference")

var firmPossessions = set("chairman", "chairwoman", "shareholders", "shares", "stock", "board", "subsidiary",
	"subsidiaries", "plant", "plants", "factory", "factories", "headquarters", "brand", "brands", "profit", "profits",
	"revenue", "revenues", "sales", "earnings", "workforce", "employees", "customers", "products", "unit", "division",
	"stake", "takeover", "boss", "executives", "losses", "chief",
	// "Velmora's managing director": an office only a firm has (not
	// "finance" or "president", which a country's offices open with too)
	"managing")

// firmOfficeCue: the words at b, after a name, are a firm's office
// ("'s managing director", "'s chairman"), which a month's or a title
// word's possessive ("August's sales", "Royal's shares") is not.
func firmOfficeCue(toks []token, b int) bool {
	if b+1 >= len(toks) || toks[b].text != "'s" && toks[b].text != "\u2019s" {
		return false
	}
	switch toks[b+1].text {
	case "chairman", "chairwoman", "managing", "boss":
		return true
	case "chief":
		return b+2 < len(toks) && (toks[b+2].text == "executive" || toks[b+2].text == "operating" || toks[b+2].text == "financial")
	}
	return false
}

// workOpeners open titles of works ("My Fair Lady"), never a name; "His"
// and "Her" open a royal's style ("Her Majesty").
var workOpeners = set("My", "Your", "Our", "Their")

// titleSmallWords are the small words that titles of films, books and
// songs capitalise.
var titleSmallWords = set("Of", "With", "The", "For", "From", "And", "Without", "Into")

// possessorNouns are the common nouns whose possessive opens or runs inside
// a body's name: "People's Bank", "Teachers' Union", "Citizen's Advice
// Bureau".
var possessorNouns = set("People", "Worker", "Workers", "Employee", "Employees", "Citizen", "Citizens", "Farmer",
	"Farmers", "Children", "Women", "Men", "Teacher", "Teachers", "Nurse", "Nurses", "Veteran", "Veterans",
	"Consumer", "Consumers", "Investor", "Investors", "Taxpayer", "Taxpayers", "Pensioner", "Pensioners",
	"Depositor", "Depositors", "Shareholder", "Shareholders", "Traveller", "Travellers", "Traveler", "Travelers",
	"Miner", "Miners", "Seaman", "Seamen", "Officer", "Officers", "Student", "Students", "Writer", "Writers",
	"Merchant", "Merchants", "Mariner", "Mariners", "Soldier", "Soldiers", "Builder", "Builders", "Printer",
	"Printers", "Patient", "Patients", "Passenger", "Passengers", "Owner", "Owners", "Homeowner", "Homeowners")

// possessiveNameEnd returns the end of the body's name that runs on from
// the possessive at e of a run opened at k ("Citizen's Credit Union"): its
// capitalised words must end on a body's or building's head; e otherwise.
func possessiveNameEnd(toks []token, e, k int) int {
	q := e + 1
	for q < len(toks) && q-k < maxNameTokens && (toks[q].isCap() && toks[q].isWord() && !isMonthOrDay(toks[q].text) || toks[q].text == "&" && q+1 < len(toks) && toks[q+1].isCap()) {
		q++
	}
	if q == e+1 || !(orgHeads[toks[q-1].text] || facilityHeads[toks[q-1].text]) {
		return e
	}
	return q
}

// andJoins says whether "and" at e joins one organisation's name
// ("Immigration and Customs Enforcement"), not two names.
func (r *recognizer) andJoins(toks []token, e int) bool {
	if e == 0 || e+1 >= len(toks) || !toks[e+1].isCap() || corpSuffixes[toks[e-1].text] {
		return false
	}
	if r.isPlaceWord(toks[e-1].text) || r.isPlaceWord(toks[e+1].text) {
		return false
	}
	if orgHeads[toks[e-1].text] || acronym(toks[e-1].text) {
		return false // "the Nordic Bank and the Asian Fund", "ADB and Nordic Bank": two names
	}
	k := e + 1
	for k < len(toks) && (toks[k].isCap() && toks[k].isWord() || pluralPossessive(toks, k)) {
		// "Rules and Budget Committee Chairman X": the body's head may come
		// before the title and name the run goes on to
		if orgHeads[toks[k].text] && k+1 < len(toks) && (titleHeads[toks[k+1].text] || titleMods[toks[k+1].text]) && !r.isPlaceWord(toks[k].text) {
			return !titledBefore(toks, e) // not "Chancellor X and Y Commission President Z"
		}
		k++
	}
	// "Harbour and Lantern Plc": a legal form closes one firm's name
	// "Harbour and Lantern Plc": a legal form closes one firm's name, when
	// a single word comes before "and" (not "Morgan Trust Co and Lloyds
	// Bank Plc", two firms)
	single := !designators[toks[e-1].text] && !(e >= 2 && toks[e-2].isCap() && toks[e-2].isWord())
	// "Nordvik Air and Celestra Holdings": names the tagger does not know
	// open both sides, each a firm's name of its own (not "Federal Housing
	// and Finance Agency", whose words are common ones)
	if !single && k-(e+1) >= 2 && r.unknownWord(toks[e-2].text) && r.unknownWord(toks[e+1].text) {
		return false
	}
	// "Velkor and KBT Airways": an acronym opening a name of its own
	if k-(e+1) >= 2 && acronym(toks[e+1].text) && r.unknownWord(toks[e-1].text) {
		return false
	}
	return (orgHeads[toks[k-1].text] || corpSuffixes[toks[k-1].text] && k-e <= 4 && single) && !r.isPlaceWord(toks[k-1].text)
}

// personThenAnd says whether the run [k, e) before "and" at e is a
// person's full name, which ends there: "chairman Tom Darrow and Kestrel
// Fund director X" names a person and then a body, where a body's name
// with "and" inside opens with a field ("Immigration and Customs
// Enforcement").
func (r *recognizer) personThenAnd(si int, toks []token, k, e int) bool {
	if e-k < 2 || r.nerType(si, k, e) != newsgraph.Person {
		return false
	}
	// "J.S. Winningham and Co.", "Vance and Sons": a firm named for its
	// founder, whose legal form or kin follow "and"
	if e+1 < len(toks) && (designators[toks[e+1].text] || familyWords[toks[e+1].text]) {
		return false
	}
	for q := k; q < e; q++ {
		if w := toks[q].text; orgHeads[w] || corpSuffixes[w] || titleHeads[w] || r.isPlaceWord(w) {
			return false
		}
	}
	return true
}

// unknownWord: a capitalised word the tagger knows as no common word.
func (r *recognizer) unknownWord(w string) bool {
	t := r.lexicon[strings.ToLower(w)]
	return (t == "" || strings.HasPrefix(t, "NNP")) && !r.commonWord(w) && !r.isPlaceWord(w)
}

// acronym: a word of two or more capitals ("IMF", "OPEC").
func acronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

func (r *recognizer) isPlaceWord(w string) bool {
	if _, _, ok := r.gz.place(w); ok {
		return true
	}
	return r.gz.demonym[key(w)] != ""
}

// personParticle: a lower-case particle of people's names stands inside
// the run [a, b), after its first word and before its last.
func (r *recognizer) personParticle(toks []token, a, b int) bool {
	for k := a + 1; k < b-1; k++ {
		switch toks[k].text {
		case "bin", "ibn", "bint", "van", "von", "der", "den", "ben":
			return toks[a].isCap() && toks[b-1].isCap() && !orgHeads[toks[b-1].text] && !facilityHeads[toks[b-1].text] && !locationHeads[toks[b-1].text]
		}
	}
	return false
}

// afterParticle: token k follows a lower-case name particle ("Tariq bin
// Saleh"), which binds it to the words before.
func afterParticle(toks []token, k int) bool {
	return k > 0 && (nameParticles[toks[k-1].text] || nameParticles[toks[k].text])
}

// titleOfAnd: "and" inside an office's name after "of" ("Secretary of
// Trade and Industry").
// portfolioList returns the end of a list of portfolios that goes on
// from the comma at e after an office's or a ministry's "of" or "for"
// ("Ministry of Mines, Energy and Water", "Minister of Sport, Culture, and
// Youth", "Commissioner for Lands, Housing and Markets"), which
// names one office; e when no list ending in "and" follows. Between the
// commas and "and" of such a list any field a government has stands
// ("Forests, Fisheries, Parks and Wildlife", "Water, Rural
// Roads and Ports"): the list, not a table, says these are fields.
func (r *recognizer) portfolioList(toks []token, k, e int) int {
	of := -1
	for j := e - 1; j > k; j-- {
		if toks[j].text == "of" || toks[j].text == "for" {
			of = j
			break
		}
		if !r.portfolioWord(toks[j].text) {
			return e
		}
	}
	if of < 0 || of+1 == e || !(titleHeads[toks[of-1].text] || portfolioBodies[toks[of-1].text]) || honorifics[toks[of-1].text] {
		return e
	}
	j := e
	for j+1 < len(toks) && toks[j].text == "," {
		q := r.portfolioItem(toks, j+1)
		if q == j+1 || q >= len(toks) || toks[q].text != "," && toks[q].text != "and" {
			break
		}
		j = q
	}
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	if j+1 < len(toks) && toks[j].text == "and" {
		q := r.portfolioItem(toks, j+1)
		if q == j+1 {
			return e
		}
		j = q
		if j+1 < len(toks) && toks[j].text == "of" && toks[j+1].isCap() && toks[j+1].isWord() {
			j += 2 // "... and Health of Ruritania": the state it serves
		}
		return j
	}
	return e
}

// portfolioItem returns the end of one field of a list of portfolios
// from token j: up to three capitalised words that name no place,
// office, body or person ("Culture", "Northern Development"); j when none.
//
// Words the tables and the tagger do not know stand in a field before
// one that they do ("Animal Industry", "Feeder Roads"), where they name no
// place, office, body, month or person; the field ends with its known
// words (not in the name after a list: "and Industry Jose X").
func (r *recognizer) portfolioItem(toks []token, j int) int {
	q, end := j, j
	for q < len(toks) && q < j+3 && toks[q].isCap() && toks[q].isWord() && !r.portfolioWord(toks[q].text) && r.fieldWord(toks[q].text) {
		q++
	}
	for q < len(toks) && q < j+3 && toks[q].isCap() && toks[q].isWord() && r.portfolioWord(toks[q].text) {
		q++
		end = q
	}
	return end
}

// fieldWord: w may be a word of a field's name the tables do not hold:
// no place, office, body, month, nor a word of a person's name.
func (r *recognizer) fieldWord(w string) bool {
	l := strings.ToLower(w)
	if w == "the" || w == "and" || titleHeads[w] || titleMods[w] || honorifics[w] || corpSuffixes[w] || orgHeads[w] || r.isPlaceWord(w) || isMonthOrDay(w) || r.known[l] || r.surnames[w] || r.surnames[l] || r.nameParts[w] {
		return false
	}
	_, ok := knownOrgs[w]
	return !ok
}

// portfolioWord: w may stand in the name of a government's field, as a
// portfolio of the tables or as a common word capitalised ("Research",
// "Northern", "Indigenous"), never as a place, a title or a firm's name.
func (r *recognizer) portfolioWord(w string) bool {
	if w == "the" || w == "and" {
		return false
	}
	if titleOfWords[w] {
		return true
	}
	if titleHeads[w] || titleMods[w] || honorifics[w] || corpSuffixes[w] || r.isPlaceWord(w) || isMonthOrDay(w) {
		return false
	}
	if _, ok := knownOrgs[w]; ok {
		return false
	}
	return r.commonWord(w) || directions[w] || commonShape(w)
}

// officeAlone returns where the office's words start when the run
// [a, b) is an office and its portfolios after "of" or "for", after the
// words of its country, and no name; -1 otherwise.
func (r *recognizer) officeAlone(toks []token, a, b int) int {
	if b-a >= 3 && r.rankedOfficeStart(toks, a, b-1) == a {
		return a // "Chief Sustainability Officer", "Deputy Regional Director"
	}
	for h := a; h+2 < b; h++ {
		w := toks[h].text
		j := h + 1
		if r.officePostmod(toks, j) {
			j++ // "the Minister Responsible for Mines"
		}
		if titleHeads[w] && !honorifics[w] && j+1 < b && (toks[j].text == "of" || toks[j].text == "for") {
			// (a state after "of" is a place named: "Emperor of Vessia")
			if r.portfolioEnd(toks, j+1, b, false) < b {
				return -1
			}
			t := h
			for t > a && (titleMods[toks[t-1].text] || titleHeads[toks[t-1].text]) {
				t--
			}
			return t
		}
		if !(titleMods[w] || titleHeads[w] || r.isPlaceWord(w) || toks[h].isCap() && h+1 < b && r.isPlaceWord(span(toks, a, h+1))) {
			return -1
		}
	}
	return -1
}

// bodyThenHolder is where the name of the holder starts in a run [a, b)
// after an office's "of" that names a body and then a person ("the
// Secretary-General of the Arctic Council Ana Ruiz", "Director of Kestrel
// Bank Tom Frey"): the body's head, then a name the recogniser reads as a
// person's; a, when the run is one name.
func (r *recognizer) bodyThenHolder(si int, toks []token, a, b int) int {
	o := a - 1
	if o >= 0 && toks[o].text == "the" {
		o--
	}
	if o < 1 || toks[o].text != "of" || !titleHeads[toks[o-1].text] && !lowerTitles[toks[o-1].text] {
		return a
	}
	for k := max(a+1, b-3); k+2 <= b; k++ { // a name of two or three words
		if !orgHeads[toks[k-1].text] || corpSuffixes[toks[k-1].text] {
			continue
		}
		// (the recogniser may read the whole as the body's name: then the
		// words after its head are names the tagger knows as no common word)
		caps, names := true, true
		for j := k; j < b; j++ {
			w := toks[j].text
			t := r.lexicon[strings.ToLower(w)]
			caps = caps && toks[j].isCap() && toks[j].isWord() && !orgHeads[w] && !titleHeads[w] && !r.isPlaceWord(w)
			names = names && (t == "" || strings.HasPrefix(t, "NNP"))
		}
		if caps && (names || r.nerType(si, k, b) == newsgraph.Person) {
			return k
		}
	}
	return a
}

// officeNouns are the heads of offices whose portfolio or firm follows
// "for" or "of" in words of any kind ("Minister for Rural Broadband",
// "Chief Commercial Officer of Harbour Freight Lines").
var officeNouns = set("Minister", "Secretary", "Officer", "Director", "Commissioner", "Director-General", "Secretary-General", "Undersecretary", "Under-Secretary", "Adviser", "Advisor")

// rankMods open an office's name whose middle words may be any field
// ("Chief Sustainability Officer", "Deputy Regional Director"): a rank,
// which no name starts with before an office's head.
var rankMods = set("Chief", "Deputy", "Vice", "Assistant", "Associate", "Senior", "Principal", "Acting", "Interim", "Executive", "Managing")

// officeFiller: the word at token j may stand between an office's rank
// and its head, or in its portfolio after "for": a capitalised word that
// names no place, body, title or style.
func (r *recognizer) officeFiller(toks []token, j int) bool {
	w := toks[j].text
	if !toks[j].isCap() || !toks[j].isWord() || toks[j].isAllCaps() || titleHeads[w] || honorifics[w] || orgHeads[w] || corpSuffixes[w] || r.isPlaceWord(w) || isMonthOrDay(w) {
		return false
	}
	_, org := knownOrgs[w]
	return !org
}

// rankedOfficeStart is where an office starts whose head is at token h of
// the run [a, h): a rank, then up to two words of its field ("Chief
// Commercial Officer", "Deputy Regional Director"), which the tables need
// not know; h when no rank opens it.
func (r *recognizer) rankedOfficeStart(toks []token, a, h int) int {
	if !officeNouns[toks[h].text] && toks[h].text != "Manager" {
		return h
	}
	for q := h - 1; q >= a && q >= h-3; q-- {
		if rankMods[toks[q].text] {
			if q == h-1 {
				return h
			}
			t := q
			for t > a && (titleMods[toks[t-1].text] || rankMods[toks[t-1].text]) {
				t--
			}
			return t
		}
		if !r.officeFiller(toks, q) {
			return h
		}
	}
	return h
}

// unknownPortfolio is where the holder's name starts after an office's
// "for" or "of" at token k+1 (or after its head's adjective) when the
// tables read no portfolio to its end: "Minister for Rural Broadband X Y",
// "Commissioner for Inland Waterways X Y". The words before the last two
// are the office's, the last two the name (three, when the recogniser
// tags them as one person's); n, where the tables ended, otherwise.
func (r *recognizer) unknownPortfolio(si int, toks []token, k, n, b int) int {
	if !officeNouns[toks[k].text] || b-n < 3 {
		return n
	}
	p := k + 1
	if p < b && r.officePostmod(toks, p) {
		p++
	}
	if p >= n || toks[p].text != "for" && toks[p].text != "of" {
		if !(p == n && p+1 < b && toks[p].text == "for") {
			return n
		}
		n = p + 1 // "Commissioner for Inland Waterways X Y"
	}
	if b-n < 3 {
		return n
	}
	for j := n; j < b; j++ {
		if !r.officeFiller(toks, j) {
			return n
		}
	}
	if n > p+1 {
		// after a portfolio of the tables the words are a name of three
		// ("for Commerce Rahim Karim Baig"): portfolioEnd has read on as
		// far as the portfolio's nouns go
		return n
	}
	tags := r.nerTags(si)
	name := 2
	if len(tags) >= b && tags[b-3] == "B-PER" && tags[b-2] == "I-PER" && tags[b-1] == "I-PER" {
		name = 3 // "Minister for Ana Paula Ribeiro"
	}
	return b - name
}

// officeOfBody is the body named after the "of" of an office whose head
// is at token h, before the holder's name at n, when the words are no
// portfolio of the tables ("Officer of Harbour Freight Lines X"): the
// firm or body the recogniser reads there, or nil.
func (r *recognizer) officeOfBody(si int, s *sentence, h, n int) *mention {
	toks := s.tokens
	if !officeNouns[toks[h].text] || h+2 >= n || toks[h+1].text != "of" {
		return nil
	}
	a := h + 2
	if toks[a].text == "the" {
		a++
	}
	for j := a; j < n; j++ {
		if titleOfWords[toks[j].text] || !r.officeFiller(toks, j) && !orgHeads[toks[j].text] && !corpSuffixes[toks[j].text] {
			return nil
		}
	}
	if a >= n || n-a > 5 {
		return nil
	}
	if ms := r.run(si, s, a, n); len(ms) == 1 && ms[0].i == a && ms[0].j == n && ms[0].typ != newsgraph.Person && ms[0].typ != newsgraph.GPE {
		m := r.mk(si, s, a, n, newsgraph.Organization, ms[0].canon, true)
		return &m
	}
	return nil
}

// nerTags are the recogniser's tags of sentence si, or nil.
func (r *recognizer) nerTags(si int) []string {
	if r.ner == nil || si >= len(r.ner) {
		return nil
	}
	return r.ner[si]
}

// officeHeadEnds: the run [k, e) ends in an office's head, before the
// "for" of its portfolio at e: a title's head, with a capitalised
// adjective after it ("Minister Responsible for") or "of State" ("Minister
// of State for Trade X", "Secretary of State for Health Y").
func (r *recognizer) officeHeadEnds(toks []token, k, e int) bool {
	switch {
	case titleHeads[toks[e-1].text]:
		return true
	case e-k >= 2 && titleHeads[toks[e-2].text] && r.officePostmod(toks, e-1):
		return true
	}
	return e-k >= 3 && toks[e-1].text == "State" && toks[e-2].text == "of" && titleHeads[toks[e-3].text]
}

// officePostmod: the capitalised adjective at token n stands after an
// office's head and before the portfolio's "for" ("Minister Responsible
// for Mines", "Envoy Extraordinary for X"): a word of the office, no name.
func (r *recognizer) officePostmod(toks []token, n int) bool {
	if n+1 >= len(toks) || toks[n+1].text != "for" || !toks[n].isCap() || !toks[n].isWord() {
		return false
	}
	l := strings.ToLower(toks[n].text)
	return r.lexicon[l] == "JJ" && !r.known[l] && !r.surnames[l]
}

// portfolioNoun: w is a common noun or adjective, as the tagger or its
// ending tells ("Expenditure", "Broadband"), of no name the story gives.
func (r *recognizer) portfolioNoun(w string) bool {
	l := strings.ToLower(w)
	if r.known[l] || r.surnames[l] || titleHeads[w] || r.isPlaceWord(w) || isMonthOrDay(w) {
		return false
	}
	switch r.lexicon[l] {
	case "NN", "NNS", "JJ":
		return true
	case "":
		// (or a word the story writes in lower case too: "Minister for
		// Rural Broadband" of a story on broadband)
		return commonShape(w) || r.commonWord(w)
	}
	return false
}

// portfolioModifier: w may stand before a portfolio of the tables in the
// name of a field ("Indigenous Affairs", "Overseas Trade"): a field's word,
// or one the tagger never saw that names no one the story names.
func (r *recognizer) portfolioModifier(w string) bool {
	if r.portfolioWord(w) {
		return true
	}
	l := strings.ToLower(w)
	if r.lexicon[l] != "" || r.known[l] || r.surnames[l] || titleHeads[w] || titleMods[w] || honorifics[w] || r.isPlaceWord(w) || isMonthOrDay(w) {
		return false
	}
	_, ok := knownOrgs[w]
	return !ok
}

// commonShape: w ends as English common nouns and adjectives do
// ("Cooperatives", "Indigenous", "Technology"), which few names do.
func commonShape(w string) bool {
	l := strings.ToLower(w)
	if len(l) < 6 {
		return false
	}
	for _, suf := range []string{"ion", "ions", "ment", "ments", "ure", "ures", "ogy", "ics", "ity", "ities", "ance", "ence", "ism", "ship", "ness", "ous", "ive", "ives", "ary", "aries", "ing"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	// (given names end in "-al" and "-ise" too: "Faisal", "Denise")
	return len(l) >= 7 && strings.HasSuffix(l, "al") || len(l) >= 8 && strings.HasSuffix(l, "ise")
}

// portfolioRun is the end of the portfolios that follow an office's "of"
// or "for" from token n, before the name that ends the run at b:
// portfolio words, a list of them joined by commas, and after "of" a
// country's name.
func (r *recognizer) portfolioRun(toks []token, n, b int, countries bool) int {
	return r.portfolioEnd(toks, n, b-1, countries)
}

// portfolioEnd is the end of the portfolios from token n, at most lim:
// the words of the tables, a list of fields ("of Energy, Northern
// Development and Mines"), a field's common modifier before a word of
// the tables ("Indigenous Affairs"), and after "of" a country's name.
func (r *recognizer) portfolioEnd(toks []token, n, lim int, countries bool) int {
	start := n
	for n < lim {
		w := toks[n].text
		if w == "," && start >= 2 && n > start {
			if q := r.portfolioList(toks, start-2, n); q > n {
				n = min(q, lim) // the last field and the name the run ends in
				continue
			}
		}
		switch {
		case w == "and" && n > start && n+1 < lim && r.portfolioItem(toks, n+1) > n+1:
			n = min(r.portfolioItem(toks, n+1), lim) // "Commerce, Industry and Cooperatives"
			continue
		case titleOfWords[w] || countries && r.gz.country[key(w)] != "":
			n++
			continue
		case w == "for" && n == start+1 && toks[start].text == "State" && n+1 < lim && toks[n+1].isCap():
			n++ // "(Minister of) State for Trade"
			continue
		case n > start && toks[n].isCap() && r.portfolioNoun(w) && titleOfWords[toks[n-1].text] && toks[n-1].isCap():
			n++ // "Public Expenditure", "Rural Broadband": a field's noun after a field's word
			continue
		case w == "," && n+2 <= lim && titleOfWords[toks[n+1].text] && toks[n+1].isCap():
			n++
			continue
		case n+1 < lim && toks[n].isCap() && r.portfolioModifier(w) && titleOfWords[toks[n+1].text] && toks[n+1].isCap():
			n += 2
			continue
		}
		break
	}
	return n
}

// officeBefore: the run [k, e) ends in an office, a title's head or its
// portfolio after "of" ("Minister", "Minister of Foreign Affairs").
func officeBefore(toks []token, k, e int) bool {
	for j := e - 1; j >= k; j-- {
		switch {
		case titleHeads[toks[j].text]:
			return true
		case toks[j].text == "of" || toks[j].text == "," || titleOfWords[toks[j].text]:
			continue
		}
		return false
	}
	return false
}

// portfolioBody: the run [k, e) is a body named by its portfolio after
// "of" ("Ministry of Foreign Affairs"), with no state named in it yet.
func portfolioBody(toks []token, k, e int) bool {
	for j := e - 1; j > k; j-- {
		switch {
		case toks[j].text == "of":
			return portfolioBodies[toks[j-1].text] && j+1 < e
		case titleOfWords[toks[j].text] || toks[j].text == "and" || toks[j].text == ",":
			continue
		}
		return false
	}
	return false
}

// officeState reads the state an office is of from the "of" at k: "of
// Mongolia", "of the Republic of Kazakhstan", "of the United Kingdom".
// It returns the country and the end of its name; k when none is there.
func (r *recognizer) officeState(toks []token, k int) (string, int) {
	if k+1 >= len(toks) || toks[k].text != "of" {
		return "", k
	}
	j := k + 1
	if toks[j].text == "the" {
		j++
	}
	if j+2 < len(toks) && stateForms[toks[j].text] && toks[j+1].text == "of" {
		j += 2 // "Republic of", "Kingdom of"
	}
	for n := min(4, len(toks)-j); n >= 1; n-- {
		if !toks[j+n-1].isCap() {
			continue
		}
		if c, typ, ok := r.gz.place(span(toks, j, j+n)); ok && typ == string(newsgraph.GPE) && r.gz.isCountry(c) {
			return c, j + n
		}
	}
	return "", k
}

// instrumentHeads open the names of agreements: "Agreement on X",
// "Memorandum of Understanding", "Treaty Concerning Y".
var instrumentHeads = set("Agreement", "Treaty", "Memorandum", "Protocol", "Accord", "Pact")

// stateForms name a state's form before its name ("the Republic of X").
var stateForms = set("Republic", "Kingdom", "State", "Federation", "Commonwealth", "Principality", "Sultanate", "Emirate", "Grand")

// portfoliosAnd: "and" at e joins the two portfolios of one minister's
// or secretary's office written before the name ("Posts and
// Telecommunications Minister X", "Foreign and Commonwealth Secretary
// Y"): a capitalised word either side, one of them a field the tables
// know, the office's head right after the second, and before the first
// no name it could end ("President Jonas Berg and Foreign Minister Y",
// "Minister X of Estonia and Foreign Minister Y" are two people).
func (r *recognizer) portfoliosAnd(toks []token, e int) bool {
	if !r.portfoliosPair(toks, e) {
		return false
	}
	if e < 2 {
		return true
	}
	p := toks[e-2]
	switch {
	case p.text == ",":
		return r.portfoliosList(toks, e-2) // "Smith, Jones and Trade Minister X" lists no fields
	case !p.isWord() || possessive(toks, e-2) || titleMods[p.text] || r.gz.demonym[key(p.text)] != "":
		return true
	case p.isCap():
		_, _, ok := r.gz.place(p.text)
		return ok
	}
	return p.pos != "IN" && p.pos != "TO"
}

// portfoliosPair: the two capitalised words around "and" at e, one a
// known field, stand before a minister's head and a name.
func (r *recognizer) portfoliosPair(toks []token, e int) bool {
	if e < 1 || e+3 >= len(toks) || toks[e].text != "and" {
		return false
	}
	lw, rw := toks[e-1], toks[e+1]
	if !lw.isCap() || !lw.isWord() || !rw.isCap() || !rw.isWord() || titleHeads[lw.text] || titleHeads[rw.text] {
		return false
	}
	field := func(w string) bool { return titleMods[w] || titleOfWords[w] && w != "State" && w != "the" }
	if !field(lw.text) && !field(rw.text) {
		return false
	}
	if _, _, ok := r.gz.place(lw.text); ok {
		return false
	}
	h := toks[e+2].text
	return (h == "Minister" || h == "Secretary" || h == "Commissioner") && toks[e+3].isCap()
}

// portfolioField: w is a field the tables know, which names a portfolio.
func portfolioField(w string) bool {
	return titleMods[w] || titleOfWords[w] && w != "State" && w != "the" && w != "and"
}

// portfoliosList: the comma at c goes on a list of portfolios ended by
// "and" before a minister's name ("Agriculture, Forestry and Fisheries
// Minister X", "Health, Labour and Welfare Minister Y"): a field before
// it, capitalised words between, and portfoliosAnd at the "and".
func (r *recognizer) portfoliosList(toks []token, c int) bool {
	if c < 1 || toks[c].text != "," || !portfolioField(toks[c-1].text) || !toks[c-1].isCap() {
		return false
	}
	for j := c + 1; j < len(toks) && j < c+12; j++ {
		switch w := toks[j]; {
		case w.text == "and":
			return j > c+1 && r.portfoliosPair(toks, j)
		case w.text == ",":
			if toks[j-1].text == "," {
				return false
			}
		case !w.isCap() || !w.isWord() || titleHeads[w.text]:
			return false
		}
	}
	return false
}

// portfolioBodies are the bodies named by the portfolios they hold.
var portfolioBodies = set("Ministry", "Ministries", "Department", "Secretariat", "Directorate")

func titleOfAnd(toks []token, k, e int) bool {
	if e+1 >= len(toks) || !titleOfWords[toks[e+1].text] || !titleOfWords[toks[e-1].text] {
		return false
	}
	for j := e - 1; j > k; j-- {
		if toks[j].text == "of" || toks[j].text == "for" {
			// "Ministry of Labour and Pensions", "Minister for
			// Transport and Coastal Shipping"
			return titleHeads[toks[j-1].text] && !honorifics[toks[j-1].text] || portfolioBodies[toks[j-1].text]
		}
	}
	return false
}

// nameParticles join the parts of a name: "Lula da Silva", "van der Leyen".
var nameParticles = set("de", "da", "das", "do", "dos", "di", "del", "della", "du", "la", "le", "van", "von", "der", "den", "bin", "ibn", "al", "el", "ben", "wa")

var ofHeads = set("Republic", "Kingdom", "University", "Bank", "Chamber", "Chambers", "Confederation", "Society", "City", "Group", "Ministry", "Isle", "Islands", "State", "States", "Federation", "Union", "Commonwealth", "Emirates", "Sultanate", "Principality", "Duchy", "Bay", "Cape", "Mouth")

// monthGivenName: a month that is also a given name opens a name of two
// more plain name words ("Jan Petter Sissener", "May Britt Lunde"),
// never after a word that dates it ("in May Carver Hollis ...").
func (r *recognizer) monthGivenName(toks []token, k int) bool {
	if !monthGivenNames[toks[k].text] || k+2 >= len(toks) || !r.plainNameWord(toks[k+1]) || !r.plainNameWord(toks[k+2]) ||
		isMonthOrDay(toks[k+1].text) || isMonthOrDay(toks[k+2].text) || firmForms[toks[k+2].text] {
		return false
	}
	if k+3 < len(toks) && (toks[k+3].isCap() && toks[k+3].isWord() || isNumber(toks[k+3].text)) {
		return false
	}
	return k == 0 || !datePreps[strings.ToLower(toks[k-1].text)]
}

// monthGivenNames are months that are given names too.
var monthGivenNames = set("Jan", "May", "April", "June")

// datePreps come before a month in a date ("in May", "since April").
var datePreps = set("in", "on", "of", "since", "until", "till", "by", "from", "through", "last", "next", "early", "late", "mid", "during", "before", "after", "between", "and", "or", "to", "this", "that", "each", "every")

// possessedName: a Vietnamese surname that is also a function word ("To
// Lam", "Do Muoi") after a place's or a body's possessive opens the name
// of the one it has ("Vietnam's To Lam"), and after a title in lower case
// the name of its holder ("party leader To Lam").
func (r *recognizer) possessedName(toks []token, k int) bool {
	return shortSurnames[toks[k].text] && k >= 1 && ((toks[k-1].text == "'s" || toks[k-1].text == "\u2019s") && k >= 2 && toks[k-2].isCap() || lowerTitles[toks[k-1].text]) &&
		k+1 < len(toks) && r.plainNameWord(toks[k+1])
}

// shortSurnames are surnames that are function words too.
var shortSurnames = set("To", "Do")

// vietName: a Vietnamese name of three words opens at k, its surname
// short and often a word of English or French ("Le Kha Phieu", "To Huy
// Rua", "Do Van Minh"), its middle name one of the common ones.
func vietName(toks []token, k int) bool {
	if k+2 >= len(toks) || !vietSurnames[toks[k].text] || !vietMiddles[toks[k+1].text] {
		return false
	}
	t := toks[k+2]
	return t.isCap() && t.isWord() && !orgHeads[t.text] && !facilityHeads[t.text] && !(k+3 < len(toks) && toks[k+3].isCap() && toks[k+3].isWord())
}

// vietSurnames are Vietnamese surnames of two or three letters.
var vietSurnames = set("Le", "To", "Do", "Ho", "Vo", "Vu", "Ha", "Ly", "Ngo", "Bui", "Mai", "Lam", "Cao", "Dao")

// vietMiddles are common Vietnamese middle names.
var vietMiddles = set("Van", "Thi", "Duc", "Kha", "Quang", "Minh", "Thanh", "Huu", "Xuan", "Dinh", "Cong", "Hong", "Ngoc",
	"Tan", "Tien", "Trong", "Viet", "Huy", "Manh", "Quoc", "Hoang", "Ba", "Dang", "Khac", "Tat", "Nguyen", "Thien", "Hai")

// givenNameLike: a month inside a name run followed by another capitalised
// word is a given name ("President Jan Wrobel", "Minister April Lee"), not
// a date ("Jan 5", "in May").
func givenNameLike(toks []token, e int) bool {
	return e+1 < len(toks) && toks[e+1].isCap() && toks[e+1].isWord() && !isMonthOrDay(toks[e+1].text)
}

// surnameMonth: a month or weekday after a given name is a surname where
// the recogniser reads it inside the person ("Daniel August", "Carla
// Friday"), or where a verb of saying follows it, never before a day
// number ("March 5").
func (r *recognizer) surnameMonth(si int, toks []token, e int) bool {
	if e > 0 && e+1 < len(toks) && toks[e-1].isCap() && toks[e-1].isWord() && saysVerbs[toks[e+1].text] {
		return true // "Theresa May said": a date says nothing
	}
	if e == 0 || r.ner == nil || si >= len(r.ner) || e >= len(r.ner[si]) || r.ner[si][e] != "I-PER" {
		return false
	}
	return !(e+1 < len(toks) && isNumber(toks[e+1].text))
}

func isMonthOrDay(s string) bool {
	_, m := monthNum(s)
	_, d := weekdayNum(s)
	return m || d
}

func (r *recognizer) startsRun(si int, toks []token, k int, s *sentence) bool {
	t := toks[k]
	if !t.isWord() || !t.isCap() || r.commonAfterAbbrev(toks, k) {
		return false
	}
	if isMonthOrDay(t.text) && !(r.surnames[strings.ToLower(t.text)] && !(k+1 < len(toks) && isNumber(toks[k+1].text))) && !r.monthGivenName(toks, k) &&
		!(k+1 < len(toks) && orgHeads[toks[k+1].text] && !isMonthOrDay(toks[k+1].text)) && // "Sunday Telegraph"
		!(k > 0 && firmOfficeCue(toks, k+1)) { // "August's managing director X", not opening the sentence
		return false // "August said", where Daniel August is named, opens a name
	}
	first := k == 0 || isOpener(toks[k-1].text) || toks[k-1].text == ":" || toks[k-1].text == "-" || toks[k-1].text == "|" || toks[k-1].text == "*" || toks[k-1].text == "\u2014" || toks[k-1].text == "\u2013" || toks[k-1].text == "--" || toks[k-1].text == "." || isNumber(toks[k-1].text)
	// "captain Will Carling": a word that is mostly no name opens one where
	// the recogniser reads a person starting there
	givenName := si < len(r.ner) && k < len(r.ner[si]) && r.ner[si][k] == "B-PER" && k+1 < len(toks) && toks[k+1].isCap()
	honorific := honorifics[t.text] && k+1 < len(toks) && toks[k+1].isCap() && toks[k+1].isWord()
	dayName := isMonthOrDay(t.text) && k+1 < len(toks) && orgHeads[toks[k+1].text]
	if nonEntityCaps[t.text] && !givenName && !honorific && !dayName && !r.monthGivenName(toks, k) && !r.possessedName(toks, k) && !vietName(toks, k) && !(t.text == "The" && !first && k+1 < len(toks) && toks[k+1].isCap()) && !(k > 0 && firmOfficeCue(toks, k+1)) {
		if _, ok := knownOrgs[t.text]; !ok {
			return false
		}
	}
	if first {
		if isDomain(t.text) {
			return true
		}
		if _, _, ok := r.gz.place(t.text); ok {
			return true
		}
		if _, ok := knownOrgs[t.text]; ok || titleCaseAcronym(t.text) != "" || titleHeads[t.text] || titleMods[t.text] || r.known[strings.ToLower(t.text)] || r.nameParts[strings.ToLower(t.text)] || institutions[t.text] {
			return true
		}
		if _, ok := parties[t.text]; ok && partyTitle(toks, k+1) {
			return true // "Conservative policy co-ordinator Sam Reid"
		}
		if r.portfoliosAnd(toks, k+1) {
			return true // "Posts and Telecommunications Minister X"
		}
		if openerTags[t.pos] && !r.monthGivenName(toks, k) {
			return false // "Accusing Prime Minister X", "Although Gajdos": not part of the name
		}
		if w := strings.ToLower(t.text); groupNouns[w] && strings.HasSuffix(w, "s") && !(k+1 < len(toks) && toks[k+1].isCap()) && r.nerType(si, k, k+1) == "" {
			return false // "Envoys of X", "Officials said": people by what they are, however tagged
		}
		if k+1 < len(toks) && toks[k+1].isCap() && toks[k+1].isWord() {
			return true
		}
		// "Nordvik and Balkan Wings signed a deal": a word the tagger
		// does not know, paired with a name in a sentence of a deal, is a
		// name too (oneWordType decides whose)
		if k+2 < len(toks) && toks[k+1].text == "and" && toks[k+2].isCap() && r.lexicon[strings.ToLower(t.text)] == "" && !r.commonWord(t.text) && dealWording(toks) {
			return true
		}
		if (chamberHeads[t.text] || memberBodies[t.text]) && k+2 < len(toks) && toks[k+1].text == "of" && (toks[k+2].isCap() && toks[k+2].isWord() || toks[k+2].text == "the" && k+3 < len(toks) && toks[k+3].isCap()) {
			return true // "Federation of Kell Industries president X", "Council of the Baltic Sea States said"
		}
		// the recogniser reads the whole document: "Xiao said" opens with
		// a name the part-of-speech tagger takes for a common noun
		return strings.HasPrefix(t.pos, "NNP") || r.nerType(si, k, k+1) != ""
	}
	return true
}

// partyTitle: a lower-case title and a name start at token k ("policy
// co-ordinator Sam Reid"), which makes the party word before it a party.
func partyTitle(toks []token, k int) bool {
	j := k
	for j < len(toks) && unicode0Lower(toks[j].text) && (lowerTitleMods[toks[j].text] || lowerTitles[toks[j].text]) {
		j++
	}
	return j > k && lowerTitles[toks[j-1].text] && j < len(toks) && toks[j].isCap() && toks[j].isWord()
}

// openerTags are the parts of speech of a capitalised first word that
// opens a sentence without starting a name: a gerund, a subordinator, an
// adverb, a pronoun.
var openerTags = set("VBG", "IN", "RB", "WRB", "WDT", "WP", "PRP", "PRP$", "CC", "MD")

// bodyOfField: the capitalised word at k ends a body's name of a field
// ("Chamber of Commerce", "Chamber of Commerce and Industry", "Department
// of Energy") that begins in [a, k), not a title's portfolio: the "of"
// joins it to a body's head noun.
func bodyOfField(toks []token, a, k int) bool {
	for q := k - 1; q > a; q-- {
		switch w := toks[q].text; {
		case w == "of":
			return orgHeads[toks[q-1].text] || forHeads[toks[q-1].text] || chamberHeads[toks[q-1].text]
		case w == "and" || w == "the" || toks[q].isCap() && q < k:
		default:
			return false
		}
	}
	return false
}

// firmOfficeAt: a firm's office, not a government's, opens at token k
// ("chairman", "chief executive"): a field word before it ("Brevik Oil
// chief executive X") ends the firm's name, where before a minister it
// opens the office ("Kellish Oil minister Y").
func firmOfficeAt(toks []token, k int) bool {
	switch toks[k].text {
	case "chairman", "chairwoman", "chairperson", "ceo", "founder", "co-founder", "managing":
		return true
	case "chief":
		return k+1 < len(toks) && (toks[k+1].text == "executive" || toks[k+1].text == "operating" || toks[k+1].text == "financial")
	}
	return false
}

// chamberOfField: as bodyOfField, for a chamber or federation ("Chamber
// of Commerce and Industry"), whose name runs on to the place it serves;
// a ministry's or a firm's "of" a place is where it is.
func chamberOfField(toks []token, a, k int) bool {
	for q := k - 1; q > a; q-- {
		switch w := toks[q].text; {
		case w == "of":
			return chamberHeads[toks[q-1].text]
		case w == "and" || w == "the" || toks[q].isCap() && q < k:
		default:
			return false
		}
	}
	return false
}

// memberBodies head the unions of members named "of" what they gather
// ("Union of Kell Workers", "Organisation of Islamic Cooperation").
var memberBodies = set("Union", "Association", "Organisation", "Organization")

// chamberHeads head bodies named for a field after "of" that orgHeads
// leaves out (their word is also a room's or a hall's).
var chamberHeads = set("Chamber", "Chambers", "Confederation", "Federation", "Society", "Institute", "Council")

// pronounContractions are "I" with a verb ("Kevin I'd say"): no part of a
// name, which they end.
var pronounContractions = set("I'd", "I'm", "I'll", "I've", "I\u2019d", "I\u2019m", "I\u2019ll", "I\u2019ve")

// thingNouns name made things, tools and instruments a capitalised name
// may stand for ("Blogger, a blogging tool", "a robot called Asimo"):
// no body, person or place.
var thingNouns = set("tool", "tools", "app", "apps", "application", "software", "program", "programme", "browser", "robot",
	"robots", "humanoid", "drone", "device", "gadget", "handset", "smartphone", "phone", "tablet", "laptop", "console", "game",
	"videogame", "platform", "service", "chatbot", "bot", "algorithm", "system", "engine", "drug", "vaccine", "pill", "medicine",
	"index", "benchmark", "bond", "bonds", "note", "notes", "rate", "currency", "coin", "token", "cryptocurrency", "format",
	"protocol", "standard", "language", "model", "brand", "product", "car", "truck", "plane", "jet")

// competitionLeagues are contests played between clubs of bodies named
// elsewhere: no body of their own.
var competitionLeagues = set("Champions League", "Europa League", "Europa Conference League", "Conference League",
	"Nations League", "Champions Trophy", "Libertadores", "Copa Libertadores", "Copa Sudamericana", "Super Bowl", "World Series")

// competitionNouns after a league's name make it the contest played ("the
// Premier League title", "a Champions League final").
var competitionNouns = set("final", "finals", "semi-final", "semifinal", "semi-finals", "quarter-final", "quarterfinal",
	"quarter-finals", "match", "matches", "game", "games", "title", "titles", "tie", "ties", "clash", "fixture", "fixtures",
	"season", "campaign", "group", "groups", "stage", "qualifier", "qualifiers", "qualification", "round", "draw", "spot", "place",
	"places", "football", "soccer", "table", "standings", "winners", "champions", "debut", "goal", "goals")

// thingName says whether the run [a, b) names a thing and no entity: a
// contest played between clubs ("the Champions League", "a Premier League
// match"), a name in apposition
// with a made thing ("Blogger, a blogging tool") or named by one
// ("a robot called Asimo", "the Asimo robot"), or an acronym that an
// article makes one thing of ("enter a PIN at the till").
func (r *recognizer) thingName(toks []token, a, b int) bool {
	text := span(toks, a, b)
	if competitionLeagues[text] {
		return true
	}
	next := ""
	if b < len(toks) {
		next = toks[b].text
	}
	if toks[b-1].text == "League" && b-a >= 2 && competitionNouns[next] {
		return true
	}
	// "Blogger, a blogging tool", "Asimo, the humanoid robot made by X"
	if next == "," && b+2 < len(toks) && (toks[b+1].text == "a" || toks[b+1].text == "an" || toks[b+1].text == "the") {
		for q := b + 2; q < len(toks) && q <= b+5; q++ {
			w := toks[q].text
			if thingNouns[w] {
				return q+1 == len(toks) || !unicode0Lower(toks[q+1].text) || toks[q+1].text == "that" || toks[q+1].text == "which" ||
					toks[q+1].text == "made" || toks[q+1].text == "developed" || toks[q+1].text == "built" || toks[q+1].text == "designed"
			}
			if !unicode0Lower(w) || w == "of" || w == "and" || w == "for" {
				break
			}
		}
	}
	// "a robot called Asimo", "its software, dubbed Blogger"
	p := a - 1
	if p >= 0 && (toks[p].text == "called" || toks[p].text == "named" || toks[p].text == "dubbed") {
		p--
		if p >= 0 && toks[p].text == "," {
			p--
		}
		if p >= 0 && thingNouns[toks[p].text] {
			return true
		}
	}
	// "the Asimo robot", "the new Blogger software": a lower-case
	// thing's noun after a one-word name that no table knows as a firm,
	// where an article opens the phrase
	if b-a == 1 && thingNouns[next] && !toks[a].isAllCaps() && a > 0 && (toks[a-1].text == "the" || toks[a-1].text == "a" || toks[a-1].text == "an") &&
		!(b+1 < len(toks) && unicode0Lower(toks[b+1].text) && thingNouns[toks[b+1].text]) {
		if _, ok := knownOrgs[text]; !ok && !r.isPlaceWord(text) && !r.known[strings.ToLower(text)] {
			return robotLike[next]
		}
	}
	// "enter a PIN at the till": an acronym an article makes one thing
	// of, with no noun after it that it would name the owner of
	if b-a == 1 && toks[a].isAllCaps() && len(toks[a].text) >= 2 && len(toks[a].text) <= 4 && a > 0 && (toks[a-1].text == "a" || toks[a-1].text == "an") {
		if _, ok := knownOrgs[text]; !ok && (next == "" || !unicode0Lower(next) && !toks[b].isCap() || thingAfter[next]) {
			return true
		}
	}
	return false
}

// robotLike are the things whose one-word name before them is the thing's
// own ("the Asimo robot"), not its maker's, as a firm's is before its
// products ("the Kestrel phone").
var robotLike = set("robot", "robots", "humanoid", "chatbot", "bot", "drone", "drug", "vaccine", "pill", "medicine", "index")

// thingAfter are the words after "a PIN", "an ATM" that leave the acronym
// the thing itself: prepositions, conjunctions and verbs of using it.
var thingAfter = set("at", "in", "on", "to", "for", "with", "from", "and", "or", "is", "was", "that", "which", "code", "number")

// run types one capitalised run [a, b) and splits titles and compounds off it.
func (r *recognizer) run(si int, s *sentence, a, b int) []mention {
	toks := s.tokens
	// (the run's length is tested first: toks[a+1] of a run of one word
	// at the end of a sentence without a stop ("US-China June") is past it)
	for b-a > 1 && (toks[a].text == "The" || openerTrade(toks, a) || (nonEntityCaps[toks[a].text] && knownOrgs[toks[a].text] == "" && !honorifics[toks[a].text] && !(isMonthOrDay(toks[a].text) && orgHeads[toks[a+1].text]) && !(si < len(r.ner) && a < len(r.ner[si]) && r.ner[si][a] == "B-PER") && !r.monthGivenName(toks, a) && !r.possessedName(toks, a) && !vietName(toks, a))) {
		a++
	}
	// "Austrian Transport minister X": capitalised words of a title
	// whose head is in lower case belong to the title, not to the name
	// before them
	for b-a > 1 && b < len(toks) && unicode0Lower(toks[b].text) && lowerTitles[toks[b].text] && (titleMods[toks[b-1].text] || fieldBefore(toks, b, b+1)) && !orgHeads[toks[b-1].text] && !bodyOfField(toks, a, b-1) && !(b-a >= 2 && firmOfficeAt(toks, b) && r.plainNameWord(toks[b-2])) {
		b--
	}
	if commonCapitals(r, toks, a, b) {
		return nil
	}
	if r.thingName(toks, a, b) {
		return []mention{r.mk(si, s, a, b, newsgraph.Other, "", false)}
	}
	if b-a >= 2 && b-a <= 3 && r.possessedName(toks, a) || b-a == 3 && vietName(toks, a) {
		return []mention{r.mk(si, s, a, b, newsgraph.Person, "", !s.heading)}
	}
	// "Government said", "Tory MP said", "Two Sri Lankan fishermen":
	// a body's common noun opening a sentence, a party's member by
	// title, a number before a nationality, name nobody
	if r.titlePhrase(toks, a, b) {
		return nil
	}
	if k := r.bodyThenHolder(si, toks, a, b); k > a {
		return append(r.run(si, s, a, k), r.mk(si, s, k, b, newsgraph.Person, "", !s.heading))
	}
	if r.joined[strings.ToLower(span(toks, a, b))] {
		// "Harbour and Lantern", the story's Harbour and Lantern Plc
		return []mention{r.mk(si, s, a, b, newsgraph.Organization, "", !s.heading)}
	}
	if k := r.personAfterPlace(si, s, a, b); k > a {
		return append(r.run(si, s, a, k), r.run(si, s, k, b)...)
	}
	// "the Belgian Minister for Transport and Coastal Shipping",
	// "Commissioner for Lands, Housing and Markets": an office
	// named alone is no body; a place before it is its own name
	if h := r.officeAlone(toks, a, b); h >= a {
		if _, _, ok := r.gz.place(span(toks, a, h)); ok && h > a {
			return r.run(si, s, a, h)
		}
		if h > a {
			// (the nationality is the office's, not a side of its own)
			return []mention{r.mk(si, s, a, b, newsgraph.Other, "", false)}
		}
		return nil
	}
	// "Kestrel President and CEO X": the name before an officer's titles
	// joined by "and" is the body or firm they are of, and the first title
	// no part of its name
	if b-a >= 2 && b+1 < len(toks) && toks[b].text == "and" && titleHeads[toks[b-1].text] && !honorifics[toks[b-1].text] &&
		(titleHeads[toks[b+1].text] || titleMods[toks[b+1].text] || titleMods[strings.SplitN(toks[b+1].text, "-", 2)[0]]) && !titleHeads[toks[b-2].text] && !titleMods[toks[b-2].text] && toks[b-2].isWord() {
		ms := r.run(si, s, a, b-1)
		if len(ms) == 1 && ms[0].j == b-1 && (ms[0].typ == newsgraph.Other || ms[0].typ == newsgraph.Person && ms[0].role == nil) && !r.isPlaceWord(span(toks, a, b-1)) {
			// a name the recogniser cannot type stays with its title, as
			// words of an office that are no side of their own
			return []mention{r.mk(si, s, a, b, newsgraph.Other, "", false)}
		}
		return ms
	}
	// "North-West Pakistan", "South-Eastern Turkey": a pair of compass
	// points before a country names a part of it, and the place is the
	// country (one point may open a name: "Northern Ireland")
	if b-a >= 2 && strings.Contains(toks[a].text, "-") && compassWord(toks[a].text) {
		if _, _, whole := r.gz.place(span(toks, a, b)); !whole {
			if c, _, ok := r.gz.place(span(toks, a+1, b)); ok && r.gz.isCountry(c) {
				return r.run(si, s, a+1, b)
			}
		}
	}
	// "Tarvo Prefecture", "Kesh Province": a division's name with its
	// head is one place ("State" also ends universities and bodies)
	if n := b - a; n >= 2 && n <= 4 && divisionHeads[toks[b-1].text] {
		plain := true
		for k := a; k < b-1; k++ {
			w := toks[k].text
			plain = plain && toks[k].isCap() && toks[k].isWord() && !orgHeads[w] && !titleHeads[w] && !titleMods[w] && !divisionHeads[w]
		}
		if plain {
			return []mention{r.mk(si, s, a, b, newsgraph.GPE, "", !s.heading)}
		}
	}
	// "Senator X (D-Vt.)", "Rep. Y, R-Kan.,": a legislator's party and
	// state; the state is a place, the party letter no entity
	if b-a == 1 {
		if st := partyState(toks[a].text); st != "" {
			return []mention{r.mk(si, s, a, b, newsgraph.GPE, st, true)}
		}
	}
	// "roles in My Northern Garden": a run that opens with a possessive
	// determiner inside a sentence is a work's title
	// ("Our Lady of Mercy Hospital" is a building's name)
	if !s.heading && b-a >= 2 && a > 0 && workOpeners[toks[a].text] && !isOpener(toks[a-1].text) && toks[a-1].isWord() && toks[a+1].text != "Lady" && !orgHeads[toks[b-1].text] && !facilityHeads[toks[b-1].text] {
		return []mention{r.mk(si, s, a, b, newsgraph.Other, "", false)}
	}
	// "her role in Silent Harbour", "the British film Copper Sky", "his
	// album Paper Kites": a work the words before it name as one
	if !s.heading && r.workBefore(si, toks, a, b) {
		return []mention{r.mk(si, s, a, b, newsgraph.Other, "", false)}
	}
	// "Rivers Of Glass", "A House With No Doors": a work's title capitalises
	// its small words, which no body's or person's name in prose does
	if !s.heading && b-a >= 3 {
		for k := a + 1; k < b-1; k++ {
			if titleSmallWords[toks[k].text] {
				return []mention{r.mk(si, s, a, b, newsgraph.Other, "", false)}
			}
		}
	}
	// trailing event nouns: "ASEAN Summit", "the Venice Economic Summit":
	// the occasion is no entity, the body or place that names it is
	if b-a > 1 && eventNouns[toks[b-1].text] {
		p := b - 1
		for p > a && eventMods[toks[p-1].text] {
			p--
		}
		pre := span(toks, a, p)
		if _, ok := knownOrgs[pre]; ok {
			b = p
		} else if _, _, ok := r.gz.place(pre); ok {
			b = p
		} else if p > a && p-a == 1 && toks[a].isCap() && !s.heading && r.nerType(si, a, p) != newsgraph.Person && !strings.Contains(toks[a].text, "-") {
			// (a hyphenated pair, "the Nordo-Vessic Forum", names the
			// body's reach, no host town)
			// summits are named after the town that hosts them
			return []mention{r.mk(si, s, a, p, newsgraph.GPE, "", false)}
		}
	}
	if a >= b {
		return nil
	}
	var out []mention
	// "the Tories", "Liberal MPs", "London Tory spin doctors": a party
	// named by its members' noun, also as a modifier
	for k := a; k+1 < b && k < a+2; k++ {
		// "Liberal Democrat MPs", "the Lib Dem leader": a party of two words
		full, ok := parties[toks[k].text+" "+toks[k+1].text]
		if !ok || (k+2 < b && !(strings.HasSuffix(toks[k+2].text, "s") && !orgHeads[toks[k+2].text])) {
			continue
		}
		if k == a+1 {
			out = append(out, r.run(si, s, a, k)...)
		}
		return append(out, r.mk(si, s, k, k+2, newsgraph.Organization, full, true))
	}
	for k := a; k < b && k < a+2; k++ {
		full, ok := parties[toks[k].text]
		if !ok || (k+1 < b && !(strings.HasSuffix(toks[k+1].text, "s") && !orgHeads[toks[k+1].text])) {
			continue
		}
		if k == a+1 {
			out = append(out, r.run(si, s, a, k)...)
		}
		return append(out, r.mk(si, s, k, k+1, newsgraph.Organization, full, true))
	}
	// "U.S. Exports", "U.N. Diplomats": a place or body before a
	// capitalised plural noun that is no name's head
	if b-a == 2 && pluralNoun(toks[a+1].text) && !(si < len(r.ner) && a+1 < len(r.ner[si]) && r.ner[si][a+1] != "O" && !strings.HasSuffix(r.ner[si][a], "ORG")) {
		if _, _, ok := r.gz.place(toks[a].text); ok {
			return r.run(si, s, a, a+1)
		}
		if _, ok := knownOrgs[toks[a].text]; ok {
			return r.run(si, s, a, a+1)
		}
	}
	// "Frank Field MP": the post-nominal is no part of the name
	// (and "X Y OBE", "X Y PSM": the letters of an honour)
	// the mention keeps the letters, which the parser reads with the name
	// ("X Y OBE, who"), and names the person without them
	if b-a >= 3 && postNominals[toks[b-1].text] && toks[b-2].isCap() && !orgHeads[toks[b-2].text] {
		ms := r.run(si, s, a, b-1)
		if n := len(ms); n > 0 && ms[n-1].j == b-1 && ms[n-1].typ == newsgraph.Person {
			m := &ms[n-1]
			if m.canon == "" {
				m.canon = m.text
			}
			m.j, m.end, m.text = b, toks[b-1].end, span(toks, m.i, b)
		}
		return ms
	}
	// "the Harbinger newspaper", "the official Velta news agency": a
	// masthead or an agency named right before what it is
	if b-a <= 3 && !s.heading && pressNounAfter(toks, b) && !r.isPlaceWord(span(toks, a, b)) && !r.isPlaceWord(toks[a].text) {
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", true))
	}
	// "Air Tarvane", "Air Kestrel's chief": "Air" opens an airline's name
	// (not "Air Chief Marshal X", a title, nor "Air Force", a body of its own)
	if b-a >= 2 && toks[a].text == "Air" && !s.heading && !titleHeads[toks[a+1].text] && !titleMods[toks[a+1].text] && !orgHeads[toks[a+1].text] && !facilityHeads[toks[b-1].text] {
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", true))
	}
	// "Westmoor Valley UKIP members": a place or a seat before the acronym
	// of a body the story names alone elsewhere is no part of the body's name
	if b-a >= 2 && r.alone[strings.ToLower(toks[b-1].text)] && toks[b-1].isAllCaps() && !toks[a].isAllCaps() && !orgHeads[toks[b-2].text] && strings.Trim(toks[b-1].text, "IVXLC") != "" {
		return append(r.run(si, s, a, b-1), r.run(si, s, b-1, b)...)
	}
	// "the Royal Palace Mirror Hall": two buildings side by side
	for k := a + 1; k < b-1; k++ {
		if facilityHeads[toks[k].text] && facilityHeads[toks[b-1].text] && toks[k+1].isCap() {
			return append(r.run(si, s, a, k+1), r.run(si, s, k+1, b)...)
		}
	}
	// "Kuwait News Agency KUNA": a body's name and its acronym
	// (not "Kestrel Bank AG", whose legal form is part of its name)
	if b-a >= 3 && toks[b-1].isAllCaps() && utf8.RuneCountInString(toks[b-1].text) >= 2 && orgHeads[toks[b-2].text] && strings.Trim(toks[b-1].text, "IVXLC") != "" && !corpSuffixes[toks[b-1].text] && !commaSuffixes[toks[b-1].text] {
		full := r.run(si, s, a, b-1)
		if len(full) == 1 && full[0].typ == newsgraph.Organization {
			acr := r.mk(si, s, b-1, b, newsgraph.Organization, full[0].text, true)
			if full[0].canon != "" {
				acr.canon = full[0].canon
			}
			return append(full, acr)
		}
	}
	if r.peopleWord(toks, a, b) {
		return nil
	}
	// "the Bundesrat committee", "the Bundestag and Bundesrat committees":
	// a name before a body's common noun is a body, unless a place (a
	// state or province of the second tier too: "the Gujarat government")
	if b-a <= 2 && r.bodyNounAfter(toks, b) && strings.HasPrefix(toks[a].pos, "NNP") && !r.isPlaceWord(toks[a].text) && !r.isPlaceWord(toks[b-1].text) && !(r.nerMisc(si, a) && peopleLike(toks[a])) {
		if r.secondTierGovernment(toks, a, b) {
			return append(out, r.mk(si, s, a, b, newsgraph.GPE, "", !s.heading))
		}
		if _, _, ok := r.gz.place(text0(toks, a, b)); !ok && r.gz.demonym[key(text0(toks, a, b))] == "" && !titleHeads[toks[b-1].text] {
			return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", !s.heading))
		}
	}
	// hyphen compounds of places: France-US, U.S.-France; before a body's
	// head the pair is the reach of the body and part of its name ("the
	// Franco-US Business Council")
	if b-a >= 2 && !s.heading && orgHeads[toks[b-1].text] && !corpSuffixes[toks[b-1].text] && strings.Contains(toks[a].text, "-") && r.placeCompound(toks[a]) != nil {
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", true))
	}
	if parts := r.placeCompound(toks[a]); parts != nil {
		for _, p := range parts {
			out = append(out, p.withSent(si))
		}
		if b-a == 1 {
			return out
		}
		rest := r.run(si, s, a+1, b)
		if len(rest) == 1 && rest[0].j-rest[0].i == 1 && !rest[0].strong {
			return out
		}
		return append(out, rest...)
	}
	text := span(toks, a, b)
	// "forces in the Gulf (region)": the sea and its shores, not the
	// adjective of "Gulf states"
	if text == "Gulf" && a > 0 && strings.EqualFold(toks[a-1].text, "the") && !(b < len(toks) && strings.HasPrefix(toks[b].pos, "NN") && !vagueHeads[toks[b].text]) {
		return append(out, r.mk(si, s, a, b, newsgraph.Location, "", true))
	}
	if name := capsByline(s, a, b); name != "" {
		return append(out, r.mk(si, s, a, b, newsgraph.Person, name, true))
	}
	if r.noName(toks, a, b) {
		return append(out, r.capsPlaces(si, s, a, b)...)
	}
	// "on the ASX", "listed on XETRA": an exchange by its letters (not
	// letters other things share: "OTC", "AIM", "BSE"); a ticker's
	// brackets name nothing (wireBrackets)
	if b-a == 1 && toks[a].isAllCaps() && stockExchanges[text] && !sharedLetters[text] &&
		a > 0 && (strings.EqualFold(toks[a-1].text, "the") || toks[a-1].text == "on") {
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", true))
	}
	// whole-run tables first
	if full, ok := knownOrgs[text]; ok {
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, full, true))
	}
	if full := titleCaseAcronym(text); full != "" {
		// "Nato", "Opec": British style writes a pronounced acronym with
		// one capital
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, full, true))
	}
	// "Harlow Rovers", "Leeds United": a town and a club's word is a club
	if b-a >= 2 && b-a <= 3 && clubHeads[toks[b-1].text] && !s.heading && !titleHeads[toks[a].text] && !titleMods[toks[a].text] && !honorifics[toks[a].text] {
		if _, _, whole := r.gz.place(text); !whole {
			return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", true))
		}
	}
	// "Harlow Town", "Redditch City": a British or Irish town and "Town"
	// or "City" is a club, where the whole is no place of its own
	if b-a >= 2 && b-a <= 3 && (toks[b-1].text == "City" || toks[b-1].text == "Town") && !s.heading && r.gz.islesTown[key(span(toks, a, b-1))] && !r.knownPlace(text) {
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", true))
	}
	// "Dunmore City", "Glanmor Town": no one's name, whatever the
	// recogniser reads; a town the tables do not know, or its club
	if b-a >= 2 && b-a <= 3 && (toks[b-1].text == "City" || toks[b-1].text == "Town") && !s.heading && !r.knownPlace(text) && r.nerType(si, a, b) == newsgraph.Person && !titleHeads[toks[a].text] && !honorifics[toks[a].text] {
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", true))
	}
	// "a Treasury spokesman", "Parliament will vote": a state's
	// institution by its one-word name, wherever it stands
	if institutions[text] && !s.heading {
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", true))
	}
	if c, t, ok := r.gz.place(text); ok && !r.vesselBefore(toks, a) {
		// "Jordan said" in a story about director Neil Jordan: the
		// surname of a person the story names in full, read as a person
		if b-a == 1 && r.surnames[strings.ToLower(text)] && r.nerType(si, a, b) == newsgraph.Person && r.nerTrusted(s, a, b) {
			return append(out, r.mk(si, s, a, b, newsgraph.Person, "", false))
		}
		return append(out, r.mk(si, s, a, b, newsgraph.EntityType(t), c, true))
	}
	// "carmaker DaimlerChrysler", "car giant General Motors", "mobile
	// operator Irancell": a firm's common noun before the name says what
	// the recogniser, which reads such names as people or nothing, cannot
	// ("the newspaper the Clarion" too)
	// (an industry's noun, "carmaker", "insurer", types what the
	// recogniser reads as a person too, and a town that opens a firm's
	// name is part of it: "carmaker Tarnow Auto")
	// ("dairy group Skarn Meieri", "mining group X": a trade's group)
	// ("battery maker X", "drugmaker X": a maker of goods; not "film
	// maker X", "lawmaker X")
	tradeGroup := a > 1 && (toks[a-1].text == "group" || toks[a-1].text == "conglomerate") && isLowerWord(toks[a-2].text) && !groupDeterminers[toks[a-2].text] ||
		a > 1 && toks[a-1].text == "maker" && isLowerWord(toks[a-2].text) && !groupDeterminers[toks[a-2].text] && !personMakers[toks[a-2].text] ||
		a > 0 && makerWord(toks[a-1].text) && !personMakers[strings.TrimSuffix(toks[a-1].text, "maker")] ||
		a > 1 && toks[a-1].text == "house" && houseTrades[toks[a-2].text] // "trading house X"
	if a > 0 && (firmBefore(toks[a-1].text) || openerTrade(toks, a-1) || tradeGroup || a > 1 && toks[a-1].text == "the" && firmNouns[toks[a-2].text]) && !s.heading && !r.isPlaceWord(span(toks, a, b)) && !(b-a == 1 && r.isPlaceWord(toks[a].text)) && !titleHeads[toks[a].text] && !honorifics[toks[a].text] {
		if r.nerType(si, a, b) != newsgraph.Person || tradeGroup || (industryNouns[toks[a-1].text] || openerTrade(toks, a-1)) && !r.surnames[strings.ToLower(toks[b-1].text)] {
			return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", true))
		}
	}
	// "rock band Oscar Kellan", "bands like Mister Dalloway": a band is
	// named like a person, and the noun before it says it is a body
	if !s.heading && a > 0 && (bandNouns[toks[a-1].text] || a > 1 && toks[a-1].text == "like" && toks[a-2].text == "bands") && !r.isPlaceWord(span(toks, a, b)) && !titleHeads[toks[a].text] && !honorifics[toks[a].text] {
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", true))
	}
	// "an analyst at Velmora": where a trade's people work is a firm
	if a >= 2 && toks[a-1].text == "at" && firmStaff[toks[a-2].text] && !s.heading && !r.isPlaceWord(span(toks, a, b)) && !(b-a == 1 && r.isPlaceWord(toks[a].text)) && r.nerType(si, a, b) != newsgraph.Person {
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", true))
	}
	// "Velmora's chairman", "Velmora shares", "Velmora boss Ann Lee": what
	// a firm has says it is one, where the recogniser reads a place or
	// nothing
	// (the recogniser reads most unknown single words as people: a
	// person's name of one word is one the story named in full)
	if !s.heading && firmCue(toks, b) && !(b-a >= 2 && r.nerType(si, a, b) == newsgraph.Person) && !(b-a == 1 && r.surnames[strings.ToLower(toks[a].text)]) && !r.isPlaceWord(toks[a].text) {
		titled := false
		for k := a; k < b; k++ {
			titled = titled || titleHeads[toks[k].text] || honorifics[toks[k].text] || titleMods[toks[k].text]
		}
		if !titled {
			return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", true))
		}
	}
	// "a General Election", "the General Strike": an adjective's title
	// word before a common noun names an occasion, no general
	if b-a == 2 && toks[a].text == "General" && !orgHeads[toks[b-1].text] && !firmHeads[toks[b-1].text] {
		if t := r.lexicon[strings.ToLower(toks[b-1].text)]; t == "NN" || t == "NNS" {
			return append(out, r.mk(si, s, a, b, newsgraph.Other, "", false))
		}
	}
	// "the Kestrel dinghy": a boat
	if b < len(toks) && boatNouns[toks[b].text] {
		return append(out, r.mk(si, s, a, b, newsgraph.Other, "", false))
	}
	// title + name
	if m, pre, ok := r.titled(si, s, a, b); ok {
		if pre != nil {
			out = append(out, pre...)
		}
		return append(out, m)
	}
	// "Former England captain": with no title in the run, "Former" says
	// what someone was, it is not part of a name
	if toks[a].text == "Former" && b-a > 1 {
		return append(out, r.run(si, s, a+1, b)...)
	}
	// "Archbishop of Iloilo" that names no person: the title goes, the
	// place it is of stays
	for k := a; k+2 < b && (titleMods[toks[k].text] || titleHeads[toks[k].text]); k++ {
		if titleHeads[toks[k].text] && toks[k+1].text == "of" {
			if r.portfolioEnd(toks, k+2, b, false) < b {
				return append(out, r.run(si, s, k+2, b)...)
			}
			return out // "Secretary of Homeland Security", "Minister of Water, Rural Roads and Ports": a title alone
		}
		if titleHeads[toks[k].text] && toks[k+1].text == "for" && r.portfolioEnd(toks, k+2, b, false) == b {
			return out // "Commissioner for Lands, Housing and Markets"
		}
	}
	// no title read: an office's name may end inside the run ("(Secretary
	// for) Near Eastern Affairs Robert Pelletreau"), then a person
	for k := b - 3; k > a; k-- {
		if toks[k].text == "Affairs" && toks[k+1].text != "of" && toks[k+1].text != "and" && toks[k+1].text != "," {
			return append(append(out, r.run(si, s, a, k+1)...), r.run(si, s, k+1, b)...)
		}
	}
	// "Controversial Australian Anthony Hill", "Fullback Andre Joubert":
	// words the recogniser reads as no name, or as a nationality, before a
	// person are not part of the person's name
	if k := r.nameAfterOpeners(si, s, a, b); k > a {
		return append(append(out, r.run(si, s, a, k)...), r.run(si, s, k, b)...)
	}
	if k := r.personAfterModifiers(si, s, a, b); k > a {
		return append(append(out, r.run(si, s, a, k)...), r.run(si, s, k, b)...)
	}

	// "Yeltsin backs Lebed Chechnya plan": two names side by side, which
	// the recogniser tells apart, are two mentions
	if k := r.nerBoundary(si, s, a, b); k > a {
		return append(append(out, r.run(si, s, a, k)...), r.run(si, s, k, b)...)
	}
	// "Tariq bin Saleh", "Anna van der Berg": a particle only people's
	// names hold, between capitalised words
	if b-a >= 3 && r.personParticle(toks, a, b) {
		if t := r.nerType(si, a, b); t != newsgraph.Organization && t != newsgraph.GPE {
			return append(out, r.mk(si, s, a, b, newsgraph.Person, "", !s.heading))
		}
	}
	last := toks[b-1].text
	// (a legal form closes a firm's name past its "of": "Marlow Energy
	// System of Dorset Inc")
	for k := a + 1; k < b-1 && !(corpSuffixes[last] || last == "Co"); k++ {
		if toks[k].text == "of" {
			last = toks[k-1].text // "Great Hall of the People", "Bank of England"
			if last == "House" && k == a+1 {
				last = "Assembly" // "House of Representatives", "House of Lords": a chamber, not a building
			}
			break
		}
	}
	n := b - a
	strong := !s.heading && !(b < len(toks) && toks[b].text == ":" && (a == 0 || toks[a-1].text == "*" || toks[a-1].text == "-"))
	nb := b
	if nb < len(toks) && isCloser(toks[nb].text) {
		nb++
	}
	// "stars Tom Law and ...", "Kelvane Games, the makers of ...": a
	// person the recogniser reads in full, or a firm an apposition names,
	// whose last word is also a law's or a contest's
	docPerson := n == 2 && surnameHeads[last] && r.nerType(si, a, b) == newsgraph.Person && r.nerTrusted(s, a, b)
	docFirm := r.bodyAppositive(toks, b) || makersAppositive(toks, b)
	// ("Agreement Concerning Port Access", "Treaty on Open Skies": a
	// name that opens with an agreement's noun names the document)
	// ("the Nordic Council accord", "the Arab League pact": a body's
	// name before a lower-case agreement's noun names the body, whose
	// accord it is, not a document)
	bodyBefore := b-a >= 2 && toks[b-1].text != "Group" && assemblyHeads[strings.ToLower(toks[b-1].text)]
	if !docPerson && !docFirm && (docHeads[last] || docHeads[toks[b-1].text] && !(b-a >= 3 && toks[b-2].text == "of") || (nb < len(toks) && docHeads[titleCase(toks[nb].text)] && unicode0Lower(toks[nb].text) && !bodyBefore) || b-a >= 2 && instrumentHeads[toks[a].text]) {
		// "the U.S. Labor Day weekend": the country is named before the holiday
		if c, t, ok := r.gz.place(toks[a].text); ok && n >= 3 && r.gz.isCountry(c) {
			return append(out, r.mk(si, s, a, a+1, newsgraph.EntityType(t), c, true), r.mk(si, s, a+1, b, newsgraph.Other, "", false))
		}
		return append(out, r.mk(si, s, a, b, newsgraph.Other, "", false)) // "National Security Strategy", "One China policy"
	}
	if hasModelNumber(toks, a, b) {
		// "Ford F-150": the product is no entity, its maker is, where the
		// recogniser reads the words before the model as a company
		if k := r.makerEnd(si, s, a, b); k > a {
			return append(out, r.mk(si, s, a, k, newsgraph.Organization, "", false), r.mk(si, s, k, b, newsgraph.Other, "", false))
		}
		// "Tarvo T-90 jets": a model whose code opens with its maker's
		// initial follows the maker's one-word name
		if b-a == 2 && toks[a].isCap() && !toks[a].isAllCaps() && toks[a+1].text[0] == toks[a].text[0] && !r.isPlaceWord(toks[a].text) {
			return append(out, r.mk(si, s, a, a+1, newsgraph.Organization, "", false), r.mk(si, s, a+1, b, newsgraph.Other, "", false))
		}
		return append(out, r.mk(si, s, a, b, newsgraph.Other, "", false))
	}
	// "Sindh province", "Middlesbrough mayor", "the Labour MP for
	// Birkenhead": a name the words around it make a town or region
	if n <= 2 && !r.isPlaceWord(text) && r.placeByNoun(toks, a, b) {
		if t := r.nerType(si, a, b); t != newsgraph.Person || !r.nerTrusted(s, a, b) {
			return append(out, r.mk(si, s, a, b, newsgraph.GPE, "", strong))
		}
	}
	// "Sunderland station": a lower-case building noun after a place
	if n <= 2 && b < len(toks) && lowerFacilities[toks[b].text] {
		if t := r.nerType(si, a, b); t != newsgraph.Person || r.isPlaceWord(text) {
			return append(out, r.mk(si, s, a, b+1, newsgraph.Facility, text+" "+toks[b].text, strong))
		}
	}
	// "Jorge Amado airport": a person's name before a lower-case
	// "airport" is the airport's namesake, and the name with the noun
	// the airport's
	if n <= 3 && b < len(toks) && toks[b].text == "airport" && !r.isPlaceWord(text) && r.nerType(si, a, b) == newsgraph.Person {
		return append(out, r.mk(si, s, a, b+1, newsgraph.Facility, text+" Airport", strong))
	}
	// "the North East": two directions after "the" name a region
	if n == 2 && directions[toks[a].text] && directions[toks[a+1].text] && a > 0 && strings.EqualFold(toks[a-1].text, "the") {
		return append(out, r.mk(si, s, a, b, newsgraph.Location, "", strong))
	}
	// "the South China seas": a lower-case geographic head
	if b < len(toks) && locationHeads[titleCase(toks[b].text)] && unicode0Lower(toks[b].text) && !r.isPlaceWord(text) && !vagueHeads[toks[b].text] {
		m := r.mk(si, s, a, b+1, newsgraph.Location, text+" "+strings.TrimSuffix(titleCase(toks[b].text), "s"), strong)
		return append(out, m)
	}
	// "the Danish Embassy in Lima": an embassy is named by its city too
	if (last == "Embassy" || last == "Consulate") && n >= 2 && b+1 < len(toks) && toks[b].text == "in" && toks[b+1].isCap() {
		if c, _, ok := r.gz.place(toks[b+1].text); ok && !r.gz.isCountry(c) {
			return append(out, r.mk(si, s, a, b+2, newsgraph.Facility, "", strong)) // the city is read next
		}
	}
	switch {
	case r.vesselBefore(toks, a):
		return append(out, r.mk(si, s, a, b, newsgraph.Facility, "", true))
	case strings.Contains(text, ".") && isDomain(text):
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", true))
	case n >= 3 && forHeads[toks[a].text] && toks[a+1].text == "for":
		// "Campaign for Nuclear Disarmament": a body named by what it is for
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", true))
	case n >= 3 && parkHeads[last] && parkKinds[toks[b-2].text]:
		// "the Tsavo National Park", "a Game Reserve": land one tours
		return append(out, r.mk(si, s, a, b, newsgraph.Location, "", strong))
	case !strong && (facilityHeads[last] || locationHeads[last] || orgHeads[last]):
		return append(out, r.mk(si, s, a, b, newsgraph.Other, "", false))
	case n >= 2 && facilityHeads[last]:
		return append(out, r.mk(si, s, a, b, newsgraph.Facility, "", strong))
	case n >= 2 && locationHeads[last]:
		return append(out, r.mk(si, s, a, b, newsgraph.Location, "", strong))
	case n >= 3 && onBodyName(toks, a, b):
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", strong))
	case n >= 2 && (orgHeads[last] || (n >= 3 && toks[b-2].text == "of" && isNumber(last))):
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", strong))
	case n >= 3 && (last == "Division" || last == "Unit") && unitHeads[toks[b-2].text]:
		// "Harlan Consumer Products Division": a firm's unit named by its
		// trade, which the recogniser may read as a person
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", strong))
	case n >= 2 && corpSuffixes[last] && toks[b-2].isCap() && toks[b-2].isWord():
		// "Vantor N.V.", "Hauser AG": a legal form closes a firm's name,
		// which the recogniser, seeing initials, may read as a person's
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", strong))
	case n >= 2 && tradeHeads[last] && !r.personTrade(si, s, a, b):
		// "Halvorsen Foods", "Greyfield Pictures": a trade's plural after a
		// name is a firm, which the recogniser, trained on news that
		// names few of them, reads as a person
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", strong))
	case n >= 2 && singularHead(last) != "" && pairedHead(toks, a, b):
		// "the Carter and Reagan Administrations", "the Labour and Liberal
		// Parties": the last of the bodies the plural head is shared by,
		// never a person's name ("TRX Underwriting Agencies", named
		// alone, is a firm's own plural name)
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, span(toks, a, b-1)+" "+singularHead(last), strong))
	case n >= 2 && orgHeads[toks[b-2].text] && toks[b-2].text != "Group," && allCapsOrDigits(last):
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", strong))
	}
	// a place followed by other words: split the place off ("Paris Saint-Germain" stays whole)
	if n == 1 && toks[a].isAllCaps() {
		// an acronym no table knows ("CNBC", "the CFDT union") is what the
		// recogniser reads in context, never a person
		if t := r.nerType(si, a, b); t != "" && t != newsgraph.Person && r.nerTrusted(s, a, b) {
			return append(out, r.mk(si, s, a, b, t, "", false))
		}
		return append(out, r.mk(si, s, a, b, newsgraph.Other, "", false))
	}
	// "Douglas & Lomason": two names joined by an ampersand are a firm
	for k := a + 1; k < b-1; k++ {
		if toks[k].text == "&" && r.nerTrusted(s, a, b) {
			if t := r.nerType(si, a, b); t == newsgraph.Person || t == newsgraph.Organization {
				return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", false))
			}
		}
	}
	// "the Glasgow clubs", "the Brighton conference": a town as a
	// modifier, where the recogniser reads a place
	if n == 1 && a > 0 && strings.EqualFold(toks[a-1].text, "the") && b < len(toks) && unicode0Lower(toks[b].text) && strings.HasPrefix(toks[b].pos, "NN") && !s.heading {
		if r.nerType(si, a, b) == newsgraph.GPE {
			return append(out, r.mk(si, s, a, b, newsgraph.GPE, "", false))
		}
	}
	// "visit Harwood and Kelby": a town where the words around it make a
	// place, before the contexts that make a person of a lone name
	if ok, sure := r.townHere(si, s, a, b); ok {
		return append(out, r.mk(si, s, a, b, newsgraph.GPE, "", strong && sure))
	}
	if m, ok := r.personByContext(si, s, a, b); ok {
		return append(out, m)
	}
	// "Tessaro, Italy's biggest union,": a word no table knows as a
	// place, which an apposition calls a firm or a body, names a body
	// where the recogniser reads no person
	if n == 1 && !r.isPlaceWord(text) && r.nerType(si, a, b) != newsgraph.Person && r.bodyAppositive(toks, b) {
		return append(out, r.mk(si, s, a, b, newsgraph.Organization, "", true))
	}
	if n == 1 && r.afterPlacePrep(toks, a) {
		m := r.mk(si, s, a, b, newsgraph.GPE, "", false)
		return append(out, m)
	}
	if t := r.nerType(si, a, b); t != "" && r.nerTrusted(s, a, b) && !r.nerInside(si, a, b) {
		m := r.mk(si, s, a, b, t, "", false)
		return append(out, m)
	}
	return append(out, r.mk(si, s, a, b, newsgraph.Other, "", false))
}

// nerInside says whether the recogniser reads the one word [a, b) as the
// inside of a longer name joined by words the runs stop at ("Organisation
// for Security ...", "the All Blacks"): the word alone names nothing.
func (r *recognizer) nerInside(si, a, b int) bool {
	if b-a != 1 || r.ner == nil || si >= len(r.ner) || a >= len(r.ner[si]) {
		return false
	}
	tags := r.ner[si]
	return strings.HasPrefix(tags[a], "I-") || (b < len(tags) && strings.HasPrefix(tags[b], "I-"))
}

// nerBoundary returns where a second name starts inside run [a, b) when
// the recogniser tags every word of the run as a person, place or
// organisation and the run as two names of different types; a otherwise.
func (r *recognizer) nerBoundary(si int, s *sentence, a, b int) int {
	if r.ner == nil || si >= len(r.ner) || b-a < 2 || !r.nerTrusted(s, a, b) {
		return a
	}
	tags := r.ner[si]
	if b > len(tags) || (b < len(tags) && strings.HasPrefix(tags[b], "I-")) || !strings.HasPrefix(tags[a], "B-") {
		return a
	}
	cut := a
	for k := a; k < b; k++ {
		if len(tags[k]) < 3 || tags[k][2:] == "MISC" {
			return a
		}
		if k > a && tags[k][0] == 'B' {
			if k == b-1 && orgHeads[s.tokens[k].text] && tags[a] == "B-LOC" {
				return a // "U.S. Senate": a country's body
			}
			if k == a+1 && tags[a] == "B-LOC" && orgHeads[s.tokens[b-1].text] && tags[b-1] == "I-ORG" && r.countryWord(s.tokens[a].text) {
				return a // "a U.S. Air Force contract": a country's body of two words
			}
			if cut > a || tags[k][2:] == tags[a][2:] || afterParticle(s.tokens, k) || placeAbbrevs[s.tokens[k-1].text] || s.tokens[k-1].text == "of" {
				return a // more than two names, or two of one type ("Bosnia Herzegovina")
			}
			cut = k
		}
	}
	return cut
}

// titlePhrase says whether run [a, b) is words of a title or a kind that
// only look like a name: a body's common noun alone opening a sentence
// ("Government said"), a party's name before a member's title with no
// name after it ("a Tory MP said"), a people of two words ("South
// Africans"), a number or quantifier opening a
// sentence before a nationality ("Two Sri Lankan fishermen", "Three New
// Zealanders"), the part of a coordinated region ("Eastern and Southern
// Africa").
func (r *recognizer) titlePhrase(toks []token, a, b int) bool {
	opens := a == 0 || isOpener(toks[a-1].text)
	if b-a == 1 && opens && sentenceBodies[toks[a].text] && !(b < len(toks) && toks[b].text == "of") {
		return true
	}
	if last := toks[b-1].text; b-a == 2 && (memberOne[last] || titleHeads[last] && !honorifics[last]) {
		if _, ok := parties[toks[a].text]; ok || toks[a].text == "Democratic" {
			return true // "a Democratic Senator said"
		}
	}
	if b-a == 3 && memberOne[toks[b-1].text] {
		if _, ok := parties[toks[a].text+" "+toks[a+1].text]; ok {
			return true
		}
	}
	// "South Africans", "New Zealanders": a people of two words
	if text := span(toks, a, b); b-a >= 2 && strings.HasSuffix(text, "s") && r.gz.demonym[key(strings.TrimSuffix(text, "s"))] != "" {
		return true
	}
	// "Eastern and Southern Africa": the second of two compass words
	// over one continent names a part of the whole, no region of its own
	// ("North and South Korea" are two countries, "the East and South
	// China seas" two seas)
	if b-a == 2 && a >= 2 && directions[toks[a].text] && continents[toks[a+1].text] && (toks[a-1].text == "and" || toks[a-1].text == ",") && directions[toks[a-2].text] {
		return true
	}
	if b-a >= 2 && opens && quantifierWords[toks[a].text] {
		rest := span(toks, a+1, b)
		if r.gz.demonym[key(rest)] != "" || r.gz.demonym[key(strings.TrimSuffix(rest, "s"))] != "" {
			return true
		}
	}
	return false
}

// continents are the continents a compass word names a part of.
var continents = set("Africa", "Europe", "Asia", "America")

// memberOne are the titles of one member of a party in a parliament.
var memberOne = set("MP", "MEP", "MSP", "MLA", "MPP")

// sentenceBodies are bodies' common nouns a sentence opens with,
// capitalised for that alone.
var sentenceBodies = set("Government", "Opposition", "Cabinet", "Administration", "Authorities")

// quantifierWords count or measure the people of a nationality after
// them.
var quantifierWords = set("Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Several", "Many", "Some",
	"Most", "Few", "Both", "All", "Dozens", "Hundreds", "Thousands")

// countryWord: w names a country ("U.S.", "Japan").
func (r *recognizer) countryWord(w string) bool {
	c, _, ok := r.gz.place(w)
	return ok && r.gz.isCountry(c)
}

// placeAbbrevs open a place's name and bind the word after them ("Bank of
// St. Paul"), whatever the recogniser reads that word as.
var placeAbbrevs = set("St.", "St", "Ste.", "Mt.", "Mt", "Ft.", "Saint", "Sainte", "Fort", "Mount", "Port", "Lake", "Cape")

// makerEnd returns where the model starts in a product run [a, b) whose
// first words the recogniser tags as one organisation; a otherwise.
func (r *recognizer) makerEnd(si int, s *sentence, a, b int) int {
	if r.ner == nil || si >= len(r.ner) || b > len(r.ner[si]) || !r.nerTrusted(s, a, b) {
		return a
	}
	tags := r.ner[si]
	if tags[a] != "B-ORG" {
		return a
	}
	k := a + 1
	for k < b && tags[k] == "I-ORG" {
		k++
	}
	if k == b || hasModelNumber(s.tokens, a, k) {
		return a
	}
	return k
}

// personAfterPlace is where a person's name starts inside the run [a, b)
// that opens with a place after "in" or "at" ("In Frankfurt Hans Albers
// said", the comma after the place left out), or a: the place is a town
// or country the tables know, and the rest is a person's name: the
// recogniser reads it so, it opens with an initial ("F. Hans Albers"), or
// a title follows it after a comma.
func (r *recognizer) personAfterPlace(si int, s *sentence, a, b int) int {
	toks := s.tokens
	if b-a >= 4 && (toks[a].text == "In" || toks[a].text == "At") {
		if k := r.personAfterPlace(si, s, a+1, b); k > a+1 {
			return k // (the run opens a sentence with the preposition)
		}
		return a
	}
	if a == 0 || b-a < 3 || !strings.EqualFold(toks[a-1].text, "in") && !strings.EqualFold(toks[a-1].text, "at") {
		return a
	}
	for n := min(3, b-a-2); n >= 1; n-- {
		k := a + n
		if _, t, ok := r.gz.place(span(toks, a, k)); !ok || t != "GPE" {
			continue
		}
		if _, _, ok := r.gz.place(span(toks, a, min(k+1, b))); ok {
			return a // "in New York City"
		}
		initial := len(toks[k].text) == 2 && toks[k].text[1] == '.'
		per := si < len(r.ner) && b <= len(r.ner[si]) && r.nerType(si, k, b) == newsgraph.Person
		// ("In Frankfurt Hans Albers, chief executive of ...": a
		// title after the comma is a person's)
		appos := b-k >= 2 && b+1 < len(toks) && toks[b].text == "," && (lowerTitles[toks[b+1].text] || lowerTitleMods[toks[b+1].text] || titleSkips[toks[b+1].text])
		if initial || per || appos {
			return k
		}
		return a
	}
	return a
}

// localHeads are the heads of offices a county or a town holds.
// regionHeads are the offices of a state or province, whose name may
// stand before them.
var regionHeads = set("Governor", "Gov.", "Premier", "Lt. Gov.")

// capsByline is the name, in mixed case, of a byline written in capitals
// on a line of its own ("By PAUL GREER", "By ANA REIS, Lisbon"), which is
// no kicker of a headline; "" for any other run [a, b).
func capsByline(s *sentence, a, b int) string {
	toks := s.tokens
	if !s.heading || a != 1 || !strings.EqualFold(toks[0].text, "by") || b-a < 2 || b-a > 3 {
		return ""
	}
	if b < len(toks) && toks[b].text != "," && toks[b].text != "|" && toks[b].text != "/" && toks[b].text != "and" {
		return ""
	}
	var w []string
	for k := a; k < b; k++ {
		t := toks[k].text
		if !toks[k].isAllCaps() || !toks[k].isWord() || len(t) < 2 || titleHeads[titleCase(strings.ToLower(t))] || honorifics[titleCase(strings.ToLower(t))] {
			return ""
		}
		w = append(w, titleCase(strings.ToLower(t)))
	}
	return strings.Join(w, " ")
}

// placeEnds close the name of a division of a country, before the
// office of it: "Kano State Governor", "Cebu City Mayor".
var placeEnds = union(divisionHeads, set("State", "City", "Region", "District", "Territory", "Municipality"))

// plainNameWord: t may be a word of a place's or a person's name, no word
// of a title, a style or the language, nor an adjective ("Bavarian").
func (r *recognizer) plainNameWord(t token) bool {
	return t.isCap() && t.isWord() && t.pos != "JJ" && !titleMods[t.text] && !titleHeads[t.text] && !honorifics[t.text] && !orgHeads[t.text] && !r.commonWord(t.text) && r.gz.demonym[key(t.text)] == ""
}

// regionOffice: the title [t, h] is the office of a state, a province or
// a town: a governor, a premier, a chief minister, a mayor.
func (r *recognizer) regionOffice(toks []token, t, h int) bool {
	w := toks[h].text
	return regionHeads[w] || localHeads[w] || w == "Minister" && h == t+1 && toks[t].text == "Chief"
}

// unknownDivision: the words [a, t) before a regional office name a place
// the tables do not know: one to three words of a name, the last of them
// perhaps the division's head ("Kano State", "Marlow County"), which the
// recogniser does not read as a person's name, nor as a body's before a
// governor (a central bank has one: "Riksdal Governor X").
func (r *recognizer) unknownDivision(si int, toks []token, a, t int, governor bool) bool {
	if t-a > 3 {
		return false
	}
	for k := a; k < t; k++ {
		if !(r.plainNameWord(toks[k]) || k == t-1 && k > a && placeEnds[toks[k].text]) {
			return false
		}
	}
	if governor && strings.HasSuffix(strings.ToLower(toks[t-1].text), "bank") {
		return false // "Riksbank Governor X"
	}
	nt := r.nerType(si, a, t)
	return nt != newsgraph.Person && !(governor && nt == newsgraph.Organization)
}

var localHeads = set("Constable", "Mayor", "Sheriff", "Coroner", "Bishop", "Archbishop", "Provost")

// capsPlaces finds the countries and cities the tables know inside an
// all-capitals run of a sentence ("SOCCER - AUSTRIA DRAW WITH SRI LANKA
// ."): the kicker names nothing as a whole, its places are still places.
func (r *recognizer) capsPlaces(si int, s *sentence, a, b int) []mention {
	toks := s.tokens
	if s.heading || s.table {
		return nil // site chrome: "WORLD | US | CHINA"
	}
	var out []mention
	for k := a; k < b; {
		if !toks[k].isAllCaps() {
			return nil
		}
		found := 0
		for n := min(3, b-k); n >= 1; n-- {
			if c, t, ok := r.gz.place(span(toks, k, k+n)); ok && t == "GPE" {
				out = append(out, r.mk(si, s, k, k+n, newsgraph.GPE, c, true))
				found = n
				break
			}
		}
		k += max(found, 1)
	}
	return out
}

// placeNouns after a word say it names a place: "the Guangdong province".
var placeNouns = set("province", "region", "state", "city", "town", "village", "district", "county", "area", "island", "valley", "river", "border", "capital")

// vagueHeads describe a place named before them ("the Nagorno-Karabakh
// region", "the South China coast") without being part of its name.
var vagueHeads = set("region", "regions", "coast", "coasts")

// nameAfterOpeners returns where a name the recogniser tags at the end of a
// run that opens the sentence starts, when the capitalised words before it
// are tagged O ("Two Scotland players", "Neither Lebed nor", "Top Belarus
// politician"); a otherwise.
func (r *recognizer) nameAfterOpeners(si int, s *sentence, a, b int) int {
	toks := s.tokens
	if r.ner == nil || si >= len(r.ner) || b-a < 2 || !r.nerTrusted(s, a, b) {
		return a
	}
	if !(a == 0 || isOpener(toks[a-1].text) || toks[a-1].text == "-" || toks[a-1].text == ":") {
		return a
	}
	tags := r.ner[si]
	if b > len(tags) || (b < len(tags) && strings.HasPrefix(tags[b], "I-")) || tags[a] != "O" || r.monthGivenName(toks, a) {
		return a
	}
	k := a
	for k < b && tags[k] == "O" {
		k++
	}
	if k == b || !strings.HasPrefix(tags[k], "B-") || tags[k] == "B-MISC" || afterParticle(toks, k) {
		return a
	}
	if toks[k-1].text == "for" || toks[k-1].text == "of" || toks[k-1].text == "the" && k-2 > a && (toks[k-2].text == "for" || toks[k-2].text == "of") {
		// "Office for National Statistics data showed": the words before
		// the connector are the body's head, not an opener
		return a
	}
	if toks[k-1].text == "and" && corpSuffixes[toks[b-1].text] && r.andJoins(toks, k-1) {
		// "Marston and Finch Ltd said": a legal form closes one firm's
		// name of two words joined, the first no opener
		return a
	}
	if k == a+1 && tags[k] == "B-ORG" && corpSuffixes[toks[b-1].text] && toks[a].pos == "NNP" && !r.isPlaceWord(toks[a].text) && r.gz.demonym[key(toks[a].text)] == "" {
		// "Coastal Bank of Vessia Ltd economist X": a proper noun before a
		// firm its legal form closes opens the firm's name
		return a
	}
	for j := k + 1; j < b; j++ {
		if tags[j] != "I-"+tags[k][2:] {
			return a
		}
	}
	return k
}

// personAfterModifiers returns where a person the recogniser tags at the
// end of run [a, b) starts, when the words before it are tagged O or MISC
// (adjectives, nationalities, sports positions); a otherwise.
func (r *recognizer) personAfterModifiers(si int, s *sentence, a, b int) int {
	if r.ner == nil || si >= len(r.ner) || b-a < 3 || !r.nerTrusted(s, a, b) {
		return a
	}
	tags := r.ner[si]
	if b > len(tags) || (b < len(tags) && tags[b] == "I-PER") {
		return a
	}
	k := b - 1
	for k > a && tags[k] == "I-PER" {
		k--
	}
	if tags[k] != "B-PER" || k == a || b-k < 2 || afterParticle(s.tokens, k) || k == a+1 && r.monthGivenName(s.tokens, a) {
		return a
	}
	for j := a; j < k; j++ {
		if tags[j] != "O" && !strings.HasSuffix(tags[j], "MISC") {
			return a
		}
	}
	return k
}

// noName: a title alone ("Emperor", "His Majesty"), a demonym ("American"),
// or an all-capitals kicker ("ICE DISPUTE") names nobody by itself.
func (r *recognizer) noName(toks []token, a, b int) bool {
	text := span(toks, a, b)
	if _, ok := knownOrgs[text]; ok {
		return false
	}
	if _, _, ok := r.gz.place(text); ok {
		return false
	}
	if r.gz.demonym[key(text)] != "" || regionAdjectives[text] {
		return true
	}
	dirs := true
	for k := a; k < b; k++ {
		if !directions[toks[k].text] {
			dirs = false
		}
	}
	if dirs && !(b-a == 2 && a > 0 && strings.EqualFold(toks[a-1].text, "the")) {
		return true
	}
	titles, caps := true, true
	for k := a; k < b; k++ {
		w := toks[k].text
		if !(titleHeads[w] || titleMods[w]) {
			titles = false
		}
		if !toks[k].isAllCaps() {
			caps = false
		}
	}
	return titles || (caps && b-a > 1)
}

// nerTrusted says where the statistical model may type a name the tables do
// not know: in running prose, not in headings, bullet labels or a single
// word opening a sentence, and never a title or a demonym alone.
func (r *recognizer) nerTrusted(s *sentence, a, b int) bool {
	toks := s.tokens
	if s.heading || s.table {
		return false
	}
	if b < len(toks) && toks[b].text == ":" {
		return false // "Security Cooperation: ..."
	}
	// "the Imperial audience": a modifier, not a name
	// ("the FIFA decision", "an IRA attempt", "the Guangdong province" are
	// names before a noun)
	if b-a == 1 && a > 0 && b < len(toks) && (strings.EqualFold(toks[a-1].text, "the") || toks[a-1].text == "a" || toks[a-1].text == "an") && unicode0Lower(toks[b].text) && strings.HasPrefix(toks[b].pos, "NN") && !toks[a].isAllCaps() && !placeNouns[toks[b].text] {
		return false
	}
	all := true
	for k := a; k < b; k++ {
		w := toks[k].text
		if !(titleHeads[w] || titleMods[w] || r.gz.demonym[key(w)] != "" || nonEntityCaps[w] || toks[k].isAllCaps() && b-a > 1) {
			all = false
		}
	}
	return !all
}

// surnameHeads are the docHeads that are surnames too ("Denis Law").
var surnameHeads = set("Law", "Day")

// docHeads end the names of laws, plans and policies (not entities).
var docHeads = set("Strategy", "Policy", "Act", "Law", "Plan", "Program", "Programme", "Initiative", "Doctrine", "Framework", "Bill", "Constitution", "Charter", "Declaration", "Prize", "Prizes", "Award", "Awards", "Cup", "Games", "Olympics", "Festival", "Day",
	"Agreement", "Accord", "Accords", "Treaty", "Protocol", "Convention", "Pact", "Syndrome", "Disease", "Virus")

var regionAdjectives = set("Asian", "European", "African", "Southeast Asian", "Middle Eastern", "Latin American", "Western", "Far Eastern", "Near Eastern",
	"Eastern", "Arab", "Nordic", "Pacific", "Atlantic", "Gulf", "Baltic", "Caribbean", "Scandinavian", "Slavic", "Hispanic")

var directions = set("East", "West", "North", "South", "Central", "Northern", "Southern", "Eastern", "Western", "Northeast", "Northwest", "Southeast", "Southwest")

// divisionHeads end the name of a country's division.
var divisionHeads = set("Province", "Prefecture", "County", "Oblast", "Governorate", "Voivodeship", "Canton")

// compassWord says whether w is a compass point or a pair of them, in any
// case: "Northern", "North-east", "south-western".
func compassWord(w string) bool {
	for _, p := range strings.Split(w, "-") {
		if !directions[titleCase(strings.ToLower(p))] && !directions[titleCase(strings.ToLower(p))+"ern"] {
			return false
		}
	}
	return w != ""
}

// hasModelNumber: a token mixing letters and digits names a product model.
func hasModelNumber(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		letters, digits := false, false
		for _, r := range toks[k].text {
			letters = letters || unicode.IsLetter(r)
			digits = digits || unicode.IsDigit(r)
		}
		if letters && digits && !knownOrgsHas(toks[k].text) {
			return true
		}
	}
	return false
}

func knownOrgsHas(s string) bool { _, ok := knownOrgs[s]; return ok }

func allCapsOrDigits(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func isDomain(s string) bool {
	for _, tld := range []string{".com", ".org", ".net", ".jp", ".co", ".io", ".news", ".info"} {
		if strings.HasSuffix(strings.ToLower(s), tld) {
			return true
		}
	}
	return false
}

func (r *recognizer) vesselBefore(toks []token, a int) bool {
	if a > 0 && vesselNouns[toks[a-1].text] {
		return true
	}
	return a < len(toks) && (toks[a].text == "USS" || toks[a].text == "HMS")
}

func (r *recognizer) afterPlacePrep(toks []token, a int) bool {
	if a == 0 {
		return false
	}
	p := toks[a-1].text
	if p == "in" || p == "near" {
		return !(a+1 < len(toks) && toks[a+1].isCap())
	}
	if p == "of" && a >= 2 && (toks[a-2].text == "city" || toks[a-2].text == "town" || toks[a-2].text == "province" || toks[a-2].text == "prefecture" || toks[a-2].text == "state" || toks[a-2].text == "capital") {
		return true
	}
	return false
}

// townHere says whether the run [a, b), which no table or cue has typed,
// is a town or county of the second-tier table read as a place, and
// whether surely (else the story's other mentions of the name vote): the
// recogniser, trained on sports-heavy wire copy, reads most towns as clubs
// ("visit Leeds and Sheffield") or as nothing. A name the recogniser
// reads as a person stays one ("Jackson", "Lincoln"); one it reads as a body
// stays one unless the words around it make it a place ("Liverpool beat
// Everton" is a club); a town's name that is also a common word ("Reading",
// "Mobile") is a place only where the words around it say so.
func (r *recognizer) townHere(si int, s *sentence, a, b int) (ok, sure bool) {
	if b-a > 4 || s.heading && b-a == 1 {
		return false, false
	}
	text := span(s.tokens, a, b)
	if _, ok := r.gz.town[key(text)]; !ok || r.surnames[strings.ToLower(s.tokens[b-1].text)] {
		return false, false
	}
	here, strong := r.placeContext(s.tokens, a, b)
	if !here {
		return false, false
	}
	// a town's name that is also a common word ("Bath salts"), or opens
	// a sentence, is one only after a place's own preposition
	if b-a == 1 && (r.commonWord(s.tokens[a].text) || a == 0 || !s.tokens[a-1].isWord()) && !strong {
		return false, false
	}
	// the recogniser reads many English towns as surnames and as clubs:
	// only a place's own preposition or verb says otherwise ("spoke to
	// Harwood", "Kelby, Norby and Ashton" of a league), and then the
	// story's other mentions vote ("invest in Kelby" in a story of a club)
	if t := r.nerType(si, a, b); (t == newsgraph.Person || t == newsgraph.Organization) && r.nerTrusted(s, a, b) {
		return strong, false
	}
	return true, true
}

// worksOwners open the phrase of a plant named by its town: "the Leeds
// plant", "its Kelby works" (not "Jackson works at", a verb).
var worksOwners = set("the", "its", "their", "a", "'s", "\u2019s")

// placeContext says whether the words around [a, b) make it a place, and
// whether strongly: a place's own preposition or a verb of visiting before
// it, its county or a plant's noun after it, is strong ("in Leeds", "visit
// Leeds", "Bromsgrove, Worcestershire", "the Leeds plant"); "to", "from"
// or a place beside it in a list is weak ("to Leeds", "Leeds, Bradford and
// York").
func (r *recognizer) placeContext(toks []token, a, b int) (here, strong bool) {
	if b < len(toks) && worksNouns[strings.ToLower(toks[b].text)] && !toks[b].isCap() && a > 0 && worksOwners[strings.ToLower(toks[a-1].text)] {
		return true, true // "the Ebbw Vale steelworks", "its Kelby plant": the town the works are in
	}
	if a > 0 {
		p := strings.ToLower(toks[a-1].text)
		if placeGovernors[p] {
			return true, !weakGovernors[p]
		}
	}
	if a >= 3 && toks[a-1].text == "of" {
		// "Corwin Labs of Tucson": the town a firm is in
		k := a - 2
		for k > 0 && toks[k-1].isCap() && toks[k-1].isWord() {
			k--
		}
		if toks[k].text == "The" && k < a-3 {
			k++
		}
		if r.firmOfPlace(toks, k, a-1) {
			return true, true
		}
	}
	neighbour := func(k int) bool {
		if k < 0 || k >= len(toks) || !toks[k].isCap() {
			return false
		}
		if r.isPlaceWord(toks[k].text) {
			return true
		}
		_, ok := r.gz.town[key(toks[k].text)]
		return ok && !r.commonWord(toks[k].text)
	}
	// "Bromsgrove, Worcestershire": a town and then its county, state or
	// country
	if b+1 < len(toks) && toks[b].text == "," && neighbour(b+1) {
		w := toks[b+1].text
		c, t, _ := r.gz.place(w)
		return true, r.gz.isCountry(c) || r.gz.state[key(w)] != "" || t == "LOCATION" || r.gz.town[key(w)]
	}
	// a list of places: as strong as what governs its first item ("visit
	// Leeds, Bradford and York"; "Leeds, Bradford and York" of a league
	// table is weak)
	k := a
	for k >= 2 && (toks[k-1].text == "," || toks[k-1].text == "and") && neighbour(k-2) {
		k -= 2
	}
	if k == a && !(b+1 < len(toks) && (toks[b].text == "and" || toks[b].text == ",") && neighbour(b+1)) {
		return false, false
	}
	if k > 0 && placeGovernors[strings.ToLower(toks[k-1].text)] {
		return true, !weakGovernors[strings.ToLower(toks[k-1].text)]
	}
	return true, false
}

// weakGovernors are the place prepositions that take people and clubs as
// well.
var weakGovernors = set("to", "from", "reach", "reached", "reaching", "leave", "left", "leaving")

// placeGovernors are the words before a name that make it a place.
var placeGovernors = set("in", "to", "from", "near", "via", "towards", "toward", "outside", "around", "across",
	"visit", "visits", "visited", "visiting", "toured", "tour", "tours", "touring", "reach", "reached", "reaching", "leave", "left", "leaving")

// commonWord says whether a capitalised word is also an ordinary word in
// lower case: in the tagger's lexicon as no proper noun, or written in
// lower case in this story.
func (r *recognizer) commonWord(w string) bool {
	l := strings.ToLower(w)
	if t := r.lexicon[l]; t != "" && !strings.HasPrefix(t, "NNP") {
		return true
	}
	if r.lower == nil {
		r.lower = map[string]bool{}
		for _, s := range r.sents {
			for _, t := range s.tokens {
				if unicode0Lower(t.text) {
					r.lower[t.text] = true
				}
			}
		}
	}
	return r.lower[l]
}

// personByContext finds people named without a capitalised title: after a
// lower-case title ("former prime minister Shigeru Ishiba", "spokeswoman
// Karoline Leavitt"), after "counterpart,", before ", the 37-year-old", or
// before a verb of saying.
func (r *recognizer) personByContext(si int, s *sentence, a, b int) (mention, bool) {
	toks := s.tokens
	for k := a; k < b; k++ {
		if orgHeads[toks[k].text] || facilityHeads[toks[k].text] || locationHeads[toks[k].text] {
			return mention{}, false
		}
		if _, _, ok := r.gz.place(toks[k].text); ok {
			return mention{}, false
		}
		if r.gz.demonym[key(toks[k].text)] != "" {
			return mention{}, false
		}
	}
	p := a - 1
	if p >= 0 && toks[p].text == "," {
		p--
	}
	if p >= 0 && lowerTitles[strings.ToLower(toks[p].text)] && unicode.IsLower(rune(toks[p].text[0])) {
		return r.mk(si, s, a, b, newsgraph.Person, "", true), true
	}
	if b+1 < len(toks) {
		nx := toks[b].text
		if saysVerbs[nx] || (nx == "," && b+2 < len(toks) && (toks[b+1].text == "who" || (toks[b+1].text == "the" && strings.Contains(toks[b+2].text, "year-old")) || isNumber(toks[b+1].text) && toks[b+2].text == ",")) {
			// "a police official in Liege said": a place or a body the
			// recogniser reads in context is no speaker
			if t := r.nerType(si, a, b); (b-a >= 2 || saysVerbs[nx]) && !(r.nerTrusted(s, a, b) && (t == newsgraph.GPE || t == newsgraph.Organization)) {
				return r.mk(si, s, a, b, newsgraph.Person, "", b-a >= 2), true
			}
		}
	}
	if b-a >= 2 && officeAppositive(toks, b) {
		// "Oruk Tamsa, executive director of the Export Bank,": a name
		// of two words or more that holds an office is a person's
		return r.mk(si, s, a, b, newsgraph.Person, "", true), true
	}
	if t := r.nerType(si, a, b); t == newsgraph.Person && r.nerTrusted(s, a, b) {
		return r.mk(si, s, a, b, newsgraph.Person, "", false), true
	}
	// "Okafor met Lindqvist": who meets or is met is a person, when the
	// name is no place, body or nationality (checked above)
	if b-a <= 2 && strings.HasPrefix(toks[b-1].pos, "NNP") && toks[b-1].pos != "NNPS" && !s.heading && r.nerType(si, a, b) == "" && !r.nerMisc(si, a) {
		met := b < len(toks) && meetVerbs[toks[b].text] ||
			a > 0 && (toks[a-1].text == "met" || toks[a-1].text == "meets" || toks[a-1].text == "telephoned" || toks[a-1].text == "phoned") ||
			a > 1 && toks[a-1].text == "with" && meetVerbs[toks[a-2].text]
		if met {
			return r.mk(si, s, a, b, newsgraph.Person, "", true), true
		}
	}
	return mention{}, false
}

// partyStateAbbrevs are the longer forms of stateAbbrevs wire copy also
// writes after a legislator's party letter ("R-Tex.", "D-Wisc.").
var partyStateAbbrevs = map[string]string{"Tex": "Texas", "Cal": "California", "Kans": "Kansas", "Nebr": "Nebraska", "Wisc": "Wisconsin"}

// partyState is the US state of a party-state tag ("D-Vt.", "R-Texas",
// "I-Maine"), or "".
func partyState(w string) string {
	if len(w) < 4 || w[1] != '-' || w[0] != 'D' && w[0] != 'R' && w[0] != 'I' {
		return ""
	}
	st := strings.TrimSuffix(w[2:], ".")
	if full := stateAbbrevs[st]; full != "" {
		return full
	}
	if full := partyStateAbbrevs[st]; full != "" {
		return full
	}
	for _, s := range usStates {
		if s == st {
			return s
		}
	}
	return ""
}

// unitHeads end the names of firms' divisions and units ("IBM General
// Products Division", "Kestrel Consumer Electronics Unit") and of firms
// named for their trade ("General Dynamics"), which no person's name ends
// with: a title's word inside them ("General") holds no office.
var unitHeads = union(unitTrades, set("Division", "Divisions", "Unit", "Units", "Subsidiary", "Dynamics", "Electronics",
	"Products", "Industries", "Instruments", "Chemicals", "Foods", "Motors"))

// firmTitle says whether the title from token t to the name at n is a
// firm's office ("Chief Executive", "CEO", "Chairman"): the one unknown
// word before it names the firm ("Brightwell Chief Executive X").
func firmTitle(toks []token, t, n int) bool {
	w := toks[n-1].text
	return (w == "Executive" || w == "CEO" || w == "Chairman" || w == "Chairwoman") && (t == n-1 || toks[t].text == "Chief")
}

// meetVerbs tell a meeting between people.
var meetVerbs = set("met", "meets", "telephoned", "phoned", "greeted", "hugged", "talked", "spoke")

var saysVerbs = set("said", "says", "told", "added", "noted", "stressed", "wrote", "tweeted", "announced", "declared")

// titled splits "Former U.S. President John Smith" into the person, the
// role and the country; "Kestrel Group Corp. CEO Tavi Korhonen" into the
// organisation, the role and the person.
func (r *recognizer) titled(si int, s *sentence, a, b int) (mention, []mention, bool) {
	toks := s.tokens
	h := -1
	nameStart := -1
	state, stateAt := "", -1 // the state the office is of, named after it, and where its "of" is
	for k := b - 2; k >= a; k-- {
		state, stateAt = "", -1
		if !titleHeads[toks[k].text] && !honorificAt(toks, k) && !(pluralTitles[toks[k].text] && andAhead(toks, b)) || afterParticle(toks, k) && k > a {
			continue // "Zaid bin Sultan": a name after "bin" is no title
		}
		if w := toks[k].text; (w == "Sheikh" || w == "Sheik") && k-2 >= a && titleHeads[toks[k-2].text] && !honorificAt(toks, k-2) &&
			toks[k-1].isCap() && toks[k-1].isWord() && !titleHeads[toks[k-1].text] && !titleMods[toks[k-1].text] && !honorificAt(toks, k-1) {
			continue // "President Hasan Sheikh Ali": a name's middle word after a given name, no style
		}
		n := k + 1
		if toks[k].text == "Chief" && toks[n].text == "Executive" && n+1 < b {
			n++ // "Chief Executive X": the office is two words
		}
		if n+1 < b && r.officePostmod(toks, n) {
			n++ // "Minister Responsible for Mines X"
		}
		if toks[n].text == "of" {
			if c, q := r.officeState(toks, n); q > n && q < b {
				state, stateAt, n = c, n, q // "President of the Republic of Kazakhstan X"
			} else {
				// "Minister of Economy, Trade and Industry X": the office runs
				// on over a list of portfolios to the name after it
				n = r.portfolioRun(toks, n+1, b, true)
				if c, q := r.officeState(toks, n); q > n && q < b {
					state, stateAt, n = c, n, q // "Minister of Foreign Affairs of Mongolia X"
				} else if r.officeHeadEnds(toks, k, n) && toks[n].text == "for" && n+1 < b && toks[n+1].isCap() {
					n = r.portfolioRun(toks, n+1, b, false) // "Minister of State for Trade X"
				}
			}
		} else if toks[n].text == "for" && n+1 < b && titleOfWords[toks[n+1].text] && toks[n+1].isCap() {
			// "Assistant Secretary for Trade X": the portfolio after "for"
			n = r.portfolioRun(toks, n+1, b, false)
		} else if p := r.envoyPost(toks, n); p > 0 && n+1+p < b {
			n += 1 + p
		}
		if stateAt < 0 {
			n = r.unknownPortfolio(si, toks, k, n, b)
		}
		if n < b && !titleHeads[toks[n].text] {
			h, nameStart = k, n
			break
		}
	}
	if h < 0 {
		return mention{}, nil, false
	}
	// "Secretary of State" alone: the office, nobody's name; no name
	// follows "and" or a comma inside an office's name: what does is the
	// last of its fields ("Minister of Water, Rural Roads and
	// Ports")
	office := toks[nameStart-1].text == "and" || toks[nameStart-1].text == ","
	office = office || r.portfolioEnd(toks, nameStart, b, false) == b
	if office {
		return mention{}, nil, false
	}
	// the name must look like a name: no heads, no places, no treaty ("a
	// General Agreement" is no General)
	for k := nameStart; k < b; k++ {
		if orgHeads[toks[k].text] || facilityHeads[toks[k].text] || treatyNouns[toks[k].text] || k == b-1 && unitHeads[toks[k].text] {
			return mention{}, nil, false
		}
	}
	if _, _, ok := r.gz.place(span(toks, nameStart, b)); ok {
		return mention{}, nil, false
	}
	// "Archbishop of Cape Town", "Emperor of Brazil": after "of" comes the
	// place the office is of when the recogniser reads a place there (a
	// portfolio between them names the office: "Minister of State for
	// Energy X")
	if toks[h+1].text == "of" && stateAt < 0 && nameStart == h+2 {
		// ("Chairman of Lagos Cement": a body named for its town)
		if r.nerType(si, nameStart, b) == newsgraph.GPE || b-nameStart >= 2 && r.isPlaceWord(toks[nameStart].text) {
			return mention{}, nil, false
		}
	}
	// "Prime Minister Datuk Seri X", "Alhaji Dr X": the styles before the
	// name are no office; the title before them is
	hon := h
	if honorificAt(toks, h) {
		hon = honorificRun(toks, a, h)
	}
	t := hon
	for t > a && (titleMods[toks[t-1].text] || titleHeads[toks[t-1].text] || toks[t-1].text == "and" && t-2 >= a && (titleMods[toks[t-2].text] || fieldBefore(toks, t-1, h)) ||
		fieldBefore(toks, t, h) || t >= h-2 && r.portfoliosAnd(toks, h-2) ||
		t < h-2 && (r.portfoliosList(toks, t-1) || toks[t].text == "," && r.portfoliosList(toks, t))) && !(memberTitles[toks[h].text] && parties[toks[t-1].text] != "") {
		if placeEnds[toks[t-1].text] && t-2 >= a && r.plainNameWord(toks[t-2]) {
			break // "Kano State Governor X": the state's name ends with "State", the office is its governor
		}
		if toks[t-1].text == "Party" && t-2 >= a && toks[t-2].isCap() && !titleMods[toks[t-2].text] || toks[t-1].text == "Party" && t-2 >= a && parties[toks[t-2].text] != "" {
			break // "Labour Party Leader X": the party keeps its name, the office is its leader
		}
		t-- // "Trade and Industry Secretary"
	}
	if t == h {
		t = r.rankedOfficeStart(toks, a, h) // "Chief Sustainability Officer X"
	}
	role := &roleClaim{}
	var pre []mention
	for a < t && (toks[a].text == "Former" || toks[a].text == "Late") {
		role.former = true
		a++
	}
	if t > a {
		ptext := span(toks, a, t)
		if p := r.ofPrefix(si, s, a, t); p > a && p < t {
			// "Iranian Oil Minister", "EC Farm Commissioner", "Israeli U.N.
			// Spokesman": after the country, the words before the head
			// are the title's own
			pre = append(pre, r.ofClaim(si, s, a, p, role)...)
			t = p
		} else if c, typ, ok := r.gz.place(ptext); ok {
			role.of, role.ofType = c, newsgraph.EntityType(typ)
			pre = append(pre, r.mk(si, s, a, t, newsgraph.EntityType(typ), c, true))
		} else if c := r.gz.demonym[key(ptext)]; c != "" {
			role.of, role.ofType = c, newsgraph.GPE
		} else if full, ok := parties[ptext]; ok {
			// "Labour MP X", "Tory leader X": the party's office
			role.of, role.ofType = full, newsgraph.Organization
			pre = append(pre, r.mk(si, s, a, t, newsgraph.Organization, full, true))
		} else if parts := r.placeCompound(toks[a]); parts != nil && t == a+1 {
			for _, p := range parts {
				pre = append(pre, p.withSent(si))
			}
		} else if t-a == 1 && firmTitle(toks, t, nameStart) && r.lexicon[strings.ToLower(toks[a].text)] == "" && !r.isPlaceWord(toks[a].text) && r.nerType(si, a, t) != newsgraph.Person {
			// "Brightwell Chief Executive X": the firm, then its office
			pre = append(pre, r.mk(si, s, a, t, newsgraph.Organization, "", true))
			role.of, role.ofType = toks[a].text, newsgraph.Organization
		} else if r.gz.town[key(ptext)] && regionHeads[toks[h].text] && !r.commonWord(toks[a].text) {
			// "Sonora Gov. X", "Alberta Premier Y": a state's or a
			// province's office
			role.of, role.ofType = ptext, newsgraph.GPE
			pre = append(pre, r.mk(si, s, a, t, newsgraph.GPE, "", true))
		} else if _, town := r.gz.town[key(ptext)]; town && localHeads[toks[h].text] && !r.commonWord(toks[a].text) {
			// "Wessex Chief Constable X", "Harwood Mayor Y": a county's or
			// a town's office
			role.of, role.ofType = ptext, newsgraph.GPE
			pre = append(pre, r.mk(si, s, a, t, newsgraph.GPE, "", true))
		} else if r.regionOffice(toks, t, h) && r.unknownDivision(si, toks, a, t, toks[h].text == "Governor") {
			// "Kano State Governor X", "Tarvo Chief Minister Y": a name
			// the tables do not know before a state's or province's own
			// office is that state or province
			role.of, role.ofType = ptext, newsgraph.GPE
			pre = append(pre, r.mk(si, s, a, t, newsgraph.GPE, "", true))
		} else if t-a == 1 && !toks[a].isAllCaps() && r.nerType(si, a, t) != newsgraph.Organization {
			t = a // "Overseas Minister": an unknown modifier joins the title, unless the recogniser reads a company there ("Cofinec CEO")
		} else {
			sub := r.run(si, s, a, t)
			pre = append(pre, sub...)
			if len(sub) > 0 {
				l := sub[len(sub)-1]
				if l.typ == newsgraph.Organization || l.typ == newsgraph.GPE || l.typ == newsgraph.Facility {
					role.of, role.ofType = l.text, l.typ
					if l.canon != "" {
						role.of = l.canon
					}
				}
			}
		}
	}
	for t < h && (toks[t].text == "Former" || toks[t].text == "His" || toks[t].text == "Her") {
		if toks[t].text == "Former" {
			role.former = true
		}
		t++
	}
	if t > 0 && (toks[t-1].text == "former" || toks[t-1].text == "late") {
		role.former = true
	}
	role.title = span(toks, t, nameStart)
	if o := r.officeOfBody(si, s, h, nameStart); o != nil && role.of == "" {
		// "Chief Commercial Officer of Harbour Freight Lines X": the
		// firm the office is of, a name of its own
		pre = append(pre, *o)
		role.title = span(toks, t, h+1)
		role.of, role.ofType = o.text, o.typ
	}
	if stateAt > t {
		role.title = span(toks, t, stateAt)
		if role.of == "" {
			role.of, role.ofType = state, newsgraph.GPE
		}
	}
	if pluralTitles[toks[h].text] {
		// "Presidents X of A and Y of B": each holds the title once
		role.title = singularTitle(role.title)
		role.plural = true
	}
	// "China's President Xi Jinping"
	if role.of == "" && t == a && a >= 2 && (toks[a-1].text == "'s" || toks[a-1].text == "\u2019s") {
		// "Saudi Arabia's Oil Minister", "South Africa's"
		if c, typ, _, ok := r.gz.placeEnding(toks, a-2); ok {
			role.of, role.ofType = c, newsgraph.EntityType(typ)
		}
	}
	// "Danish acting Finance Minister X", "the Chilean then Trade Minister
	// X": a lower-case word between the nationality and the office keeps
	// the nationality out of the run, not out of the role
	if role.of == "" && t == a {
		p := a - 1
		for p >= 0 && roleStateWords[toks[p].text] {
			if toks[p].text == "former" || toks[p].text == "late" {
				role.former = true
			}
			p--
		}
		if p >= 0 && p < a-1 {
			if c := r.gz.demonym[key(toks[p].text)]; c != "" {
				role.of, role.ofType = c, newsgraph.GPE
			} else if p >= 1 && (toks[p].text == "'s" || toks[p].text == "\u2019s") {
				if c, typ, _, ok := r.gz.placeEnding(toks, p-1); ok {
					role.of, role.ofType = c, newsgraph.EntityType(typ)
				}
			}
		}
	}
	// "Queen Maren of Denmark", "Finance Minister Ruth Okafor of Nigeria"
	if c, typ, ok := r.placeAfterOf(toks, b); ok && role.of == "" {
		role.of, role.ofType = c, newsgraph.EntityType(typ)
	}
	also := r.titleBeforeAnd(toks, a, t, role)
	from := nameStart
	if peerages[toks[h].text] && h+1 == nameStart && b-nameStart == 1 {
		from = h // "Lord Feldham" is the peer's name, not Feldham's title
	}
	m := r.mk(si, s, from, b, newsgraph.Person, "", true)
	if also != nil {
		m.also = append(m.also, *also)
	}
	// "German Chancellor Karl Brenner" is known as "Chancellor Karl
	// Brenner": the country or body before the title is the role's, no
	// part of a name (a search for "Germany" finds Germany, not him)
	m.titled = span(toks, a, b)
	if t > a && role.of != "" {
		m.titled = span(toks, t, b)
	}
	if hon < h || honorificAt(toks, h) || toks[h].text == "Chief" && t == h && h+1 == nameStart {
		// "Prime Minister Sheikh Saad", "former Chancellor Sir Ian Lang":
		// the honorific is no office, the title before it is ("Chief X"
		// alone is a chief's style, which names no office either)
		role.title = ""
		if t < hon {
			role.title = span(toks, t, hon)
		}
	}
	switch toks[h].text {
	case "Mr", "Mr.", "Sir", "Lord", "Sheikh", "Sheik", "Haji", "Alhaji":
		m.female = -1
	case "Mrs", "Mrs.", "Ms", "Ms.", "Lady", "Dame", "Sheikha", "Puan", "Datin", "Hajah", "Hajjah", "Alhaja", "Hajiya":
		m.female = 1
	case "King", "Emperor", "Prince", "Sultan", "Emir":
		m.female = -1
	case "Queen", "Empress", "Princess", "Spokeswoman", "Chairwoman":
		m.female = 1
	}
	if role != nil && role.title != "" {
		m.role = role
	}
	switch toks[h].text {
	case "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Pope", "Sultan", "Emir":
		m.royal = b-nameStart == 1
	}
	return m, pre, true
}

// titleBeforeAnd reads a second office named before the title [t, ...) of
// run [a, b) and "and" ("Veldania's Crown Prince and Prime Minister X",
// "Deputy Prime Minister and Finance Minister X"): the same person holds
// both, of the country named before the first (a possessive or a
// nationality), which the second takes too when it names none.
func (r *recognizer) titleBeforeAnd(toks []token, a, t int, role *roleClaim) *roleClaim {
	if t != a || a < 2 || toks[a-1].text != "and" || !titleHeads[toks[a-2].text] || honorifics[toks[a-2].text] || pluralTitles[toks[a-2].text] {
		return nil
	}
	if royalTitles[toks[a-2].text] && royalTitles[toks[a].text] {
		return nil // "the Queen and Prince Oskar": two royals
	}
	q := a - 2
	for q > 0 && (titleMods[toks[q-1].text] || titleHeads[toks[q-1].text]) && !honorifics[toks[q-1].text] && toks[q-1].text != "Former" {
		q--
	}
	first := &roleClaim{title: span(toks, q, a-1), former: role.former}
	if q >= 2 && (toks[q-1].text == "'s" || toks[q-1].text == "\u2019s") {
		if c, typ, _, ok := r.gz.placeEnding(toks, q-2); ok {
			first.of, first.ofType = c, newsgraph.EntityType(typ)
		}
	} else if q >= 1 {
		if c := r.gz.demonym[key(toks[q-1].text)]; c != "" {
			first.of, first.ofType = c, newsgraph.GPE
		} else if c, typ, ok := r.gz.place(toks[q-1].text); ok && r.gz.isCountry(c) {
			first.of, first.ofType = c, newsgraph.EntityType(typ)
		}
	}
	if role.of == "" && first.of != "" {
		role.of, role.ofType = first.of, first.ofType
	}
	return first
}

// fieldBefore: the word before token t is a portfolio of the tables that
// opens the title whose head is h ("Mineral Resources and Energy
// Minister").
func fieldBefore(toks []token, t, h int) bool {
	w := toks[t-1].text
	return t < h && titleOfWords[w] && w != "the" && w != "and" && w != "State" && toks[t-1].isCap()
}

// placeCompound splits "France-US" into its places, or returns nil.
func (r *recognizer) placeCompound(t token) []mention {
	if !strings.Contains(t.text, "-") {
		return nil
	}
	if _, _, ok := r.gz.place(t.text); ok {
		return nil
	}
	parts := strings.Split(t.text, "-")
	var out []mention
	off := t.start
	for _, p := range parts {
		c, typ, ok := r.gz.place(p)
		if !ok {
			return nil
		}
		out = append(out, mention{start: off, end: off + len(p), text: p, typ: newsgraph.EntityType(typ), canon: c, strong: true, ent: -1, i: -1, j: -1})
		off += len(p) + 1
	}
	return out
}

func (m mention) withSent(si int) mention { m.sent = si; return m }

func (r *recognizer) mk(si int, s *sentence, a, b int, t newsgraph.EntityType, canon string, strong bool) mention {

	toks := s.tokens
	return mention{sent: si, i: a, j: b, start: toks[a].start, end: toks[b-1].end, text: span(toks, a, b), typ: t, canon: canon, strong: strong, ent: -1}
}

// nerType is the NER model's majority type over tokens [a, b), or "".
func (r *recognizer) nerType(si, a, b int) newsgraph.EntityType {
	if r.ner == nil || si >= len(r.ner) {
		return ""
	}
	tags := r.ner[si]
	count := map[string]int{}
	for k := a; k < b && k < len(tags); k++ {
		if tags[k] == "O" || len(tags[k]) < 3 {
			continue
		}
		count[tags[k][2:]]++
	}
	best, n := "", 0
	for t, c := range count {
		if c > n || (c == n && t < best) {
			best, n = t, c
		}
	}
	if n*2 < b-a {
		return ""
	}
	switch best {
	case "PER":
		return newsgraph.Person
	case "ORG":
		return newsgraph.Organization
	case "LOC":
		return newsgraph.GPE
	}
	return ""
}

// span is the text of tokens [a, b) joined by single spaces where the source
// had any space, as written otherwise.
func span(toks []token, a, b int) string {
	var sb strings.Builder
	for k := a; k < b; k++ {
		if k > a && toks[k].start > toks[k-1].end {
			sb.WriteByte(' ')
		}
		sb.WriteString(toks[k].text)
	}
	return sb.String()
}

// datelinePlace makes the place of a wire story's dateline ("TAUPO, New
// Zealand, July 17 - ") a place, however little the tables and the
// recogniser know it; a name the recogniser already read there stays.
func (d *doc) datelinePlace() []mention {
	dl, ok := d.findDateline()
	if !ok {
		return nil
	}
	for si := range d.sents {
		s := &d.sents[si]
		if s.span.End <= dl.place[0] {
			continue
		}
		if s.span.Start > dl.place[0] {
			return nil
		}
		a, b := -1, -1
		for k, t := range s.tokens {
			if t.start == dl.place[0] {
				a = k
			}
			if t.end == dl.place[1] {
				b = k + 1
			}
		}
		if a < 0 || b <= a {
			return nil
		}
		text := span(s.tokens, a, b)
		for mi := range d.mentions {
			m := &d.mentions[mi]
			if m.sent != si || m.j <= a || b <= m.i || m.typ == newsgraph.Other {
				continue
			}
			if m.i == a && m.j == b && m.canon == "" && (m.typ == newsgraph.GPE || m.typ == newsgraph.Location) {
				m.canon = capsName(text) // "TAUPO" is Taupo
			}
			if m.i == a && m.j == b && m.typ == newsgraph.Person && !m.strong && !dl.bare {
				m.typ, m.canon, m.strong = newsgraph.GPE, capsName(text), true
			}
			return nil
		}
		canon, typ := capsName(text), newsgraph.GPE
		if c, t, ok := d.x.gz.place(text); ok {
			canon, typ = c, newsgraph.EntityType(t)
		} else if dl.bare {
			return nil // "CHAIRMAN: ...": a word in capitals alone is a place only where the tables know it
		}
		keep := d.mentions[:0]
		for _, m := range d.mentions {
			if !(m.sent == si && m.i < b && a < m.j) {
				keep = append(keep, m)
			}
		}
		d.mentions = keep
		return []mention{{sent: si, i: a, j: b, start: s.tokens[a].start, end: s.tokens[b-1].end, text: text, typ: typ, canon: canon, strong: true, ent: -1}}
	}
	return nil
}

// headlineNames links the names in an all-capitals headline ("FINANCE
// MINISTER RUTH OKAFOR HOLDS TALKS") to the people, bodies and places the
// body names, and to people by their surname ("CHIRAC, REAGAN DISCUSS
// ..."); what the body does not name is read as no entity.
func (d *doc) headlineNames() {
	type form struct {
		typ   newsgraph.EntityType
		canon string
	}
	forms := map[string]form{}
	for _, m := range d.mentions {
		if m.kind != named || d.sents[m.sent].heading || m.typ == newsgraph.Other {
			continue
		}
		canon := m.text
		if m.canon != "" {
			canon = m.canon
		}
		forms[strings.ToLower(m.text)] = form{m.typ, canon}
		if w := strings.Fields(m.text); m.typ == newsgraph.Person && len(w) >= 2 && len(w[len(w)-1]) > 2 {
			if _, ok := forms[strings.ToLower(w[len(w)-1])]; !ok {
				forms[strings.ToLower(w[len(w)-1])] = form{m.typ, w[len(w)-1]}
			}
		}
	}
	var add []mention
	drop := map[int]bool{}
	for si := range d.sents {
		s := &d.sents[si]
		if !s.heading {
			continue
		}
		toks := s.tokens
		for k := 0; k < len(toks); k++ {
			if !toks[k].isAllCaps() || !toks[k].isWord() {
				continue
			}
			for n := min(6, len(toks)-k); n >= 1; n-- {
				f, ok := forms[strings.ToLower(span(toks, k, k+n))]
				if !ok || !toks[k+n-1].isAllCaps() {
					continue
				}
				m := mention{sent: si, i: k, j: k + n, start: toks[k].start, end: toks[k+n-1].end, text: span(toks, k, k+n), typ: f.typ, canon: f.canon, ent: -1}
				for mi, o := range d.mentions {
					if o.sent == si && o.i < m.j && m.i < o.j {
						drop[mi] = true
					}
				}
				add = append(add, m)
				k += n - 1
				break
			}
		}
	}
	if len(add) == 0 {
		return
	}
	keep := d.mentions[:0]
	for mi, m := range d.mentions {
		if !drop[mi] {
			keep = append(keep, m)
		}
	}
	d.mentions = append(keep, add...)
}

// placeAfterOf reads "of Nigeria", "of the Philippines" at token k: the
// country (or other place) a title before the name is of.
func (r *recognizer) placeAfterOf(toks []token, k int) (string, string, bool) {
	if k >= len(toks) || toks[k].text != "of" {
		return "", "", false
	}
	k++
	if k < len(toks) && toks[k].text == "the" {
		k++
	}
	for n := min(3, len(toks)-k); n >= 1; n-- {
		if !toks[k+n-1].isCap() {
			continue
		}
		if k+n < len(toks) && toks[k+n].isCap() && toks[k+n].isWord() {
			continue // "of New Zealand Dairy": the place is part of a longer name
		}
		if c, t, ok := r.gz.place(span(toks, k, k+n)); ok {
			return c, t, true
		}
	}
	return "", "", false
}

// ofPrefix returns the end of the country, nationality or known body that
// opens the title words [a, t) ("Iranian" of "Iranian Oil", "EC" of "EC
// Farm"), when the words after it name nothing the recogniser reads as a
// person or a place; a otherwise.
func (r *recognizer) ofPrefix(si int, s *sentence, a, t int) int {
	toks := s.tokens
	for p := min(t-1, r.tableReach(toks, a, t)); p > a; p-- {
		text := span(toks, a, p)
		_, _, place := r.gz.place(text)
		_, org := knownOrgs[text]
		if !place && !org && r.gz.demonym[key(text)] == "" {
			continue
		}
		for k := p; k < t; k++ {
			if !toks[k].isCap() || r.isPlaceWord(toks[k].text) {
				return a
			}
		}
		if nt := r.nerType(si, p, t); nt == newsgraph.Person || nt == newsgraph.GPE {
			return a
		}
		// "Arctic Council Secretary-General X": a body's head after the
		// place makes the whole a body's name, no place and title words
		if w := toks[t-1].text; place && orgHeads[w] && !titleMods[w] && !titleOfWords[w] {
			return a
		}
		return p
	}
	return a
}

// tableReach returns the furthest end p <= to such that the text of
// tokens [a, p) may still be a key of the place, demonym or body tables:
// past it the text holds more words than any key. Each stretch of tokens
// between spaces that holds a letter or digit is at least one word of the
// alias key, less the "the " and final "'s" the key drops; so that
// ofPrefix, which tries every prefix of a run, costs time bounded by the
// tables, not by the run.
func (r *recognizer) tableReach(toks []token, a, to int) int {
	words, counted := 0, false
	for p := a; p < to; p++ {
		if p > a && toks[p].start > toks[p-1].end {
			counted = false
		}
		if !counted && strings.IndexFunc(toks[p].text, func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) || c == '&' }) >= 0 {
			counted = true
			if words++; words > r.gz.maxWords+2 {
				return p
			}
		}
	}
	return to
}

// ofClaim sets the country or body [a, p) a title is of, and returns the
// mention it makes when it names one.
func (r *recognizer) ofClaim(si int, s *sentence, a, p int, role *roleClaim) []mention {
	text := span(s.tokens, a, p)
	if c, typ, ok := r.gz.place(text); ok {
		role.of, role.ofType = c, newsgraph.EntityType(typ)
		return []mention{r.mk(si, s, a, p, newsgraph.EntityType(typ), c, true)}
	}
	if c := r.gz.demonym[key(text)]; c != "" {
		role.of, role.ofType = c, newsgraph.GPE
		return nil
	}
	full := knownOrgs[text]
	role.of, role.ofType = full, newsgraph.Organization
	return []mention{r.mk(si, s, a, p, newsgraph.Organization, full, true)}
}

func singularTitle(t string) string {
	switch {
	case strings.HasSuffix(t, "men"):
		return strings.TrimSuffix(t, "men") + "man"
	case strings.HasSuffix(t, "ies"):
		return strings.TrimSuffix(t, "ies") + "y"
	}
	return strings.TrimSuffix(t, "s")
}

var eventNouns = set("Summit", "Conference", "Meeting", "Talks", "Forum")
var eventMods = set("Economic", "Peace", "Trade", "Climate", "Security", "Ministerial")

// pluralNoun: a capitalised plural that is no head of a name ("Exports",
// "Diplomats"), unlike "Airways" or "Nations".
func pluralNoun(w string) bool {
	l := strings.ToLower(w)
	if len(l) < 4 || !strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss") || strings.HasSuffix(l, "us") || strings.HasSuffix(l, "is") {
		return false
	}
	return !orgHeads[w] && !facilityHeads[w] && !locationHeads[w] && !docHeads[w] && w != "States" && w != "Nations" && w != "Islands" && w != "Emirates"
}

// peopleWord: a people or a faith ("Muslim", "Britons", "Kashmiris"), or
// its members' noun made from a place's name, names no entity.
func (r *recognizer) peopleWord(toks []token, a, b int) bool {
	if b-a != 1 {
		return false
	}
	w := toks[a].text
	if peopleWords[w] {
		return true
	}
	if _, _, ok := r.gz.place(w); ok {
		return false // "Philippines"
	}
	for _, suf := range []string{"is", "i", "s"} {
		stem := strings.TrimSuffix(w, suf)
		if stem == w || len(stem) < 4 {
			continue
		}
		if r.gz.demonym[key(stem)] != "" {
			return true // "Kashmiris" of "Kashmiri"
		}
		if _, t, ok := r.gz.place(stem); ok && t == "LOCATION" && suf != "s" {
			return true // "Kashmiri" of Kashmir
		}
	}
	return false
}

// definedKinds are the words a release defines as its own short name for
// a body: 'Halvard Minerals Corp. ("Halvard" or the "Company")'.
var definedKinds = set("Company", "Corporation", "Group", "Bank", "Fund", "Trust", "Partnership", "Issuer", "University", "Society", "Association")

// definedTerms reads the short names a press release defines in brackets
// after a body's name ('X Corp. (the "Company")'): every later "Company"
// of the document is that body, not a name of its own.
func (d *doc) definedTerms() {
	defined := map[string]string{} // the defined word -> the body's name
	for _, o := range d.mentions {
		if o.kind != named || o.typ != newsgraph.Organization || o.j-o.i < 2 {
			continue
		}
		toks := d.sents[o.sent].tokens
		// the brackets right after the name, one after another: "X Corp.
		// (TSX: XC) (\"X\" or the \"Company\")"
		for b := o.j; b < len(toks) && toks[b].text == "(" && b <= o.j+24; {
			k := b + 1
			for ; k < len(toks) && k <= b+12 && toks[k].text != ")"; k++ {
				if k+2 >= len(toks) || !strings.EqualFold(toks[k].text, "the") || !isQuote(toks[k+1].text) || !definedKinds[toks[k+2].text] {
					continue
				}
				name := o.text
				if o.canon != "" {
					name = o.canon
				}
				if _, seen := defined[toks[k+2].text]; !seen {
					defined[toks[k+2].text] = name
				}
			}
			if k >= len(toks) || toks[k].text != ")" {
				break
			}
			b = k + 1
		}
	}
	if len(defined) == 0 {
		return
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if c, ok := defined[m.text]; ok && m.kind == named && m.j-m.i == 1 {
			m.typ, m.strong, m.canon = newsgraph.Organization, true, c
		}
	}
}

// isQuote says whether a token is a quotation mark, straight or curly.
func isQuote(s string) bool {
	return s == "\"" || s == "``" || s == "''" || s == "\u201c" || s == "\u201d"
}

// acronymAppositions joins an acronym written right after a body's name
// ("the Veldanian Dockers Union, VDU,", "the Fisheries Agency (FAO)")
// to that body, whatever language the acronym comes from.
func (d *doc) acronymAppositions() {
	// the organisations of two tokens or more, by sentence and end token:
	// what the loop below asks of every acronym, found without a scan
	type end struct{ sent, j int }
	orgsEndingAt := map[end][]int{}
	othersEndingAt := map[end]int{}
	for oi, o := range d.mentions {
		if o.kind == named && o.typ == newsgraph.Other && o.j-o.i >= 2 {
			othersEndingAt[end{o.sent, o.j}] = oi
		}
		if o.kind == named && o.typ == newsgraph.Organization && o.j-o.i >= 2 {
			orgsEndingAt[end{o.sent, o.j}] = append(orgsEndingAt[end{o.sent, o.j}], oi)
		}
	}
	things := map[string]bool{}     // acronyms of things that are no entity
	expanded := map[string]string{} // acronym -> the name it is set beside
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind != named || m.i < 2 || m.j-m.i != 1 {
			continue
		}
		toks := d.sents[m.sent].tokens
		if !toks[m.i].isAllCaps() || (toks[m.i-1].text != "(" && toks[m.i-1].text != ",") {
			continue
		}
		if m.j < len(toks) && toks[m.j].text != ")" && toks[m.j].text != "," {
			continue
		}
		// "the Freight Cost Index (FCI)": the acronym of a name read as no
		// entity's is none either, here or later in the story
		if oi, ok := othersEndingAt[end{m.sent, m.i - 1}]; ok && toks[m.i-1].text == "(" && knownOrgs[m.text] == "" && acronymOf(m.text, d.mentions[oi].text) {
			things[m.text] = true
			continue
		}
		for _, oi := range orgsEndingAt[end{m.sent, m.i - 1}] {
			o := &d.mentions[oi]
			if o.sent == m.sent && o.kind == named && o.j == m.i-1 && o.typ == newsgraph.Organization && o.j-o.i >= 2 {
				m.typ, m.strong = newsgraph.Organization, true
				m.canon = o.text
				if o.canon != "" {
					m.canon = o.canon
				}
				if _, seen := expanded[m.text]; !seen {
					expanded[m.text] = m.canon
				}
			}
		}
	}
	// "GATT TALKS STALL" in the headline, "the General Agreement on Tariffs
	// and Trade (GATT)" in the body: the story's acronym is one body
	// wherever it stands, before its expansion too (else what the graph
	// already knows of it decides, and the graph depends on the order
	// stories come in)
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if c, ok := expanded[m.text]; ok && m.kind == named && (m.canon == "" || m.canon == m.text) && m.j-m.i == 1 {
			m.typ, m.strong, m.canon = newsgraph.Organization, true, c
		}
	}
	if len(things) == 0 {
		return
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind == named && m.i >= 0 && things[d.sents[m.sent].tokens[m.i].text] {
			m.typ, m.strong, m.canon = newsgraph.Other, true, ""
		}
	}
}

// shortNameCues introduce, after a person's full name and a comma or a
// bracket, the short name the story goes on to call the person by
// ("X, widely known as Y,", "X (popularly called Y)", "X, nicknamed Y").
var shortNameCues = set("known", "called", "nicknamed", "dubbed", "alias", "aka", "a.k.a.")

// shortNameAdverbs may stand before a cue: "better known as", "popularly
// called".
var shortNameAdverbs = set("widely", "popularly", "better", "commonly", "also", "locally", "affectionately", "simply", "fondly", "universally", "generally", "often", "more")

// nickQuote: w opens or closes a quoted nickname, in double or single
// quotation marks.
func nickQuote(w string) bool {
	switch w {
	case "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''":
		return true
	}
	return false
}

// personShortNames joins to a person the short names the story sets
// beside the full name, which news then uses alone: a nickname quoted
// inside the name (`Teodoro "Dodong" Villareal`: one mention of Teodoro
// Villareal, Dodong its nickname), one after a cue ("X, widely known as
// Y,") and the person's initials in brackets ("X Y Z (XYZ)"). Every
// mention of the short name in the story is then a mention of the
// person's full name (its canon), wherever it stands, as a body's
// acronym is.
func (d *doc) personShortNames() {
	short := map[string]string{} // short name -> the full name
	drop := map[int]bool{}
	nameOf := func(m *mention) string {
		if m.canon != "" {
			return m.canon
		}
		return m.text
	}
	for mi := range d.mentions {
		p := &d.mentions[mi]
		if p.kind != named || p.i < 0 || drop[mi] {
			continue
		}
		toks := d.sents[p.sent].tokens
		q := p.j
		if q+1 >= len(toks) {
			continue
		}
		// Given "Nick" Surname: a person's name broken by a quoted nickname
		if nickQuote(toks[q].text) && p.j-p.i <= 3 && (p.typ == newsgraph.Person || p.typ == newsgraph.Other) {
			r := q + 1
			for r < len(toks) && r-q <= 3 && toks[r].isCap() && toks[r].isWord() {
				r++
			}
			if r > q+1 && r+1 < len(toks) && nickQuote(toks[r].text) {
				if bi := d.namedStartingAt(p.sent, r+1, mi); bi >= 0 && d.mentions[bi].j-d.mentions[bi].i <= 2 && !d.placeOrBody(&d.mentions[bi]) {
					b := &d.mentions[bi]
					nick := span(toks, q+1, r)
					full := nameOf(p) + " " + b.text
					if p.titled != "" {
						p.titled = strings.TrimSuffix(p.titled, p.text) + full
					}
					p.j, p.end = b.j, b.end
					p.text, p.canon, p.nick = full, full, nick
					p.typ, p.strong = newsgraph.Person, true
					drop[bi] = true
					for ni := range d.mentions {
						if n := &d.mentions[ni]; n.sent == p.sent && n.i > q && n.j <= r && ni != mi {
							drop[ni] = true
						}
					}
					if _, seen := short[nick]; !seen {
						short[nick] = full
					}
				}
			}
			continue
		}
		if p.typ != newsgraph.Person || len(nameTokens(nameOf(p))) < 2 || toks[q].text != "," && toks[q].text != "(" {
			continue
		}
		k := q + 1
		// X Y Z (XYZ): the person's initials
		if toks[q].text == "(" && k+1 < len(toks) && toks[k+1].text == ")" && toks[k].isAllCaps() && acronymOf(toks[k].text, nameOf(p)) {
			if si := d.namedStartingAt(p.sent, k, mi); si >= 0 && d.mentions[si].j == k+1 {
				s := &d.mentions[si]
				s.typ, s.strong, s.canon = newsgraph.Person, true, nameOf(p)
				short[s.text] = nameOf(p)
			}
			continue
		}
		adverb := k
		for k < len(toks) && shortNameAdverbs[toks[k].text] {
			k++
		}
		if k >= len(toks) || !shortNameCues[toks[k].text] {
			continue
		}
		if (toks[k].text == "called" || toks[k].text == "dubbed") && k == adverb && toks[q].text == "," {
			continue // "The minister, X, called Y ...": a verb of X's, no nickname
		}
		if k++; toks[k-1].text == "known" {
			if k >= len(toks) || toks[k].text != "as" {
				continue
			}
			k++
		}
		quoted := k < len(toks) && nickQuote(toks[k].text)
		if quoted {
			k++
		}
		si := d.namedStartingAt(p.sent, k, mi)
		if si < 0 {
			continue
		}
		s := &d.mentions[si]
		e := s.j
		if quoted && e < len(toks) && nickQuote(toks[e].text) {
			e++
		}
		if e < len(toks) && toks[e].text != "," && toks[e].text != ")" && toks[e].text != "." && toks[e].text != ";" && !isDash(toks[e].text) {
			continue // "X, known as Y Street's best cook": no short name
		}
		if s.j-s.i > 3 || d.placeOrBody(s) {
			continue
		}
		s.typ, s.strong, s.canon = newsgraph.Person, true, nameOf(p)
		if _, seen := short[s.text]; !seen {
			short[s.text] = nameOf(p)
		}
	}
	if len(drop) > 0 {
		kept := d.mentions[:0]
		for mi, m := range d.mentions {
			if !drop[mi] {
				kept = append(kept, m)
			}
		}
		d.mentions = kept
	}
	if len(short) == 0 {
		return
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if full, ok := short[m.text]; ok && m.kind == named && m.canon == "" && m.nick == "" {
			m.typ, m.strong, m.canon = newsgraph.Person, true, full
		}
	}
}

// namedStartingAt is the named mention of sentence si that starts at token
// k, other than mention not, or -1.
func (d *doc) namedStartingAt(si, k, not int) int {
	for mi := range d.mentions {
		if m := &d.mentions[mi]; mi != not && m.sent == si && m.i == k && m.kind == named {
			return mi
		}
	}
	return -1
}

// placeOrBody: the tables type the mention as a place or a body, which no
// short name of a person is.
func (d *doc) placeOrBody(m *mention) bool {
	if _, known := knownOrgs[m.text]; known {
		return true
	}
	_, _, ok := d.x.gz.place(m.text)
	return ok && m.strong
}

func text0(toks []token, a, b int) string { return span(toks, a, b) }

// secondTierGovernment: [a, b) is a division of the second tier before a
// body's noun, or any of its places before "government": no person or body
// has a government of its own ("the Gujarat government", "the Ontario
// government", "the Bavaria parliament").
func (r *recognizer) secondTierGovernment(toks []token, a, b int) bool {
	div, ok := r.gz.town[key(text0(toks, a, b))]
	return ok && (div || b < len(toks) && (toks[b].text == "government" || toks[b].text == "governments"))
}

// bodyNouns are lower-case nouns of bodies a name before them belongs to.
var bodyNouns = set("newspaper", "newspapers", "committee", "committees", "council", "councils", "parliament", "parliaments", "party", "parties",
	"ministry", "ministries", "agency", "agencies", "government", "governments", "union", "unions", "board", "boards")

// bodyNounAfter: token b, or the name after "and" at b, is followed by a
// body's common noun.
func (r *recognizer) bodyNounAfter(toks []token, b int) bool {
	if b < len(toks) && bodyNouns[toks[b].text] {
		return true
	}
	// "the Kelmora film studios", "a Tarn record label"
	if b+1 < len(toks) && mediaKinds[toks[b].text] && (toks[b+1].text == "studios" || toks[b+1].text == "studio" || toks[b+1].text == "label") {
		return true
	}
	if b+2 < len(toks) && toks[b].text == "and" && toks[b+1].isCap() && strings.HasSuffix(toks[b+2].text, "s") && bodyNouns[toks[b+2].text] {
		return true
	}
	return false
}

// makersAppositive: ", the makers of", ", the publisher of", ", owner of"
// follows b: what a firm is said to make or own.
func makersAppositive(toks []token, b int) bool {
	k := b + 1
	if b >= len(toks) || toks[b].text != "," {
		return false
	}
	if k < len(toks) && strings.EqualFold(toks[k].text, "the") {
		k++
	}
	return k+1 < len(toks) && makerNouns[toks[k].text] && toks[k+1].text == "of"
}

var makerNouns = set("maker", "makers", "publisher", "publishers", "developer", "developers", "owner", "owners", "operator", "operators", "producer", "producers")

// pressNounAfter: what follows b says the name before it is a newspaper or
// a news agency ("newspaper", "daily", "news agency", "press service").
func pressNounAfter(toks []token, b int) bool {
	if b >= len(toks) {
		return false
	}
	switch toks[b].text {
	case "newspaper", "daily", "weekly", "magazine", "tabloid", "broadsheet":
		return true
	case "news", "press":
		return b+1 < len(toks) && (toks[b+1].text == "agency" || toks[b+1].text == "service")
	}
	return false
}

// mediaKinds name what a studio or label makes.
var mediaKinds = set("film", "movie", "animation", "record", "recording", "music", "television", "TV")

// lowerFacilities are buildings written in lower case after their place.
var lowerFacilities = set("station", "stadium")

// placeByNoun: a place noun after the name ("Sindh province", "Rajasthan
// state"), a town's office after it ("Middlesbrough mayor"), or a seat
// before it ("MP for Birkenhead").
func (r *recognizer) placeByNoun(toks []token, a, b int) bool {
	if b < len(toks) {
		switch toks[b].text {
		case "province", "state", "county", "prefecture", "district", "council":
			return !(b+1 < len(toks) && toks[b+1].isCap())
		case "mayor":
			return true // "Middlesbrough mayor Ray Mallon": the name after is the mayor's
		}
	}
	return a >= 2 && toks[a-1].text == "for" && (toks[a-2].text == "MP" || toks[a-2].text == "MPs" || toks[a-2].text == "member")
}

// firmNouns are the common nouns of firms and bodies written right before
// their name.
var firmNouns = set("carmaker", "automaker", "maker", "firm", "company", "giant", "conglomerate", "consortium", "bank",
	"lender", "insurer", "airline", "operator", "broadcaster", "retailer", "supermarket", "manufacturer", "supplier",
	"producer", "publisher", "brewer", "utility", "newspaper", "tabloid", "watchdog", "regulator", "charity", "carrier",
	"miner", "steelmaker", "chipmaker", "refiner", "shipper", "shipbuilder", "shipyard")

// openerTrade says whether token k, opening the sentence capitalised, is
// the trade of the firm named after it ("Brewer X signed", "Carmaker Y
// said"): no part of the name, and it says the name is a firm's. Firm
// nouns that open names ("Bank X", "Carrier Corp") are none of these.
func openerTrade(toks []token, k int) bool {
	if k+1 >= len(toks) || !(k == 0 || isOpener(toks[k-1].text)) || !toks[k+1].isCap() {
		return false
	}
	w := strings.ToLower(toks[k].text)
	return w != toks[k].text && (openerTrades[w] || makerWord(w) && !personMakers[strings.TrimSuffix(w, "maker")])
}

var openerTrades = set("brewer", "insurer", "lender", "miner", "retailer", "broadcaster", "refiner", "shipbuilder", "conglomerate", "automaker")

// houseTrades make "house" a firm: "trading house X", "auction house Y".
var houseTrades = set("trading", "publishing", "brokerage", "auction", "fashion", "investment", "securities")

// firmBefore says whether w before a name says it is a firm's: a firm noun,
// a plural one or "rival", which describe no one body (frames read "the
// bank" by firmNouns, never "the banks").
// workNouns name a work right before its title ("the film X").
var workNouns = set("film", "films", "movie", "movies", "album", "albums", "novel", "novels", "documentary", "sitcom",
	"musical", "single", "play", "opera", "book", "biopic", "blockbuster", "drama", "thriller", "comedy")

// workDeterminers make a work's noun that is also a verb ("play",
// "single") the noun: "the play X", "her new single Y".
var workDeterminers = set("the", "a", "his", "her", "their", "its", "new", "hit", "debut", "latest", "first", "next")

// roleNouns are an actor's parts, played in a work: "her role in X".
var roleNouns = set("role", "roles", "starring", "starred", "stars")

// workBefore says whether the words before the run [a, b) name it as a
// work: a work's noun ("the film X", "his new album X", not "a play of
// X"), or an actor's part in it ("her role in X", "starring in X"), or
// the next of a list of works ("roles in X and Y"). A place, a body's
// name, a possessive or a noun after the run ("his role in Kestrel's
// collapse", "a role in Velmora politics") are none.
func (r *recognizer) workBefore(si int, toks []token, a, b int) bool {
	if a < 1 || orgHeads[toks[b-1].text] || corpSuffixes[toks[b-1].text] || r.isPlaceWord(span(toks, a, b)) || r.knownPlace(span(toks, a, b)) {
		return false
	}
	if _, ok := knownOrgs[span(toks, a, b)]; ok {
		return false
	}
	if b < len(toks) && (possessive(toks, b) || unicode0Lower(toks[b].text) && strings.HasPrefix(toks[b].pos, "NN")) {
		return false
	}
	if r.worksNoun(toks, a) {
		return true
	}
	// "nominees include Lisa Marne for Driftwood", "up for the best
	// director award for Paper Kites": what an award names a person or
	// an award for, in a sentence of awards
	if a >= 2 && toks[a-1].text == "for" && (prizeWords[toks[a-2].text] || toks[a-2].isCap() && r.nerType(si, a-2, a-1) == newsgraph.Person) {
		for _, t := range toks {
			if prizeWords[t.text] {
				return true
			}
		}
	}
	return false
}

// prizeWords speak of awards and of those up for them.
var prizeWords = set("award", "awards", "nominee", "nominees", "nominated", "nomination", "nominations", "category")

// worksNoun says whether the words before token a name a work (see
// workBefore), or end a work's title before "and" or a comma that
// continues a list of them.
func (r *recognizer) worksNoun(toks []token, a int) bool {
	if w := toks[a-1].text; workNouns[w] {
		// ("will play X", "to single out Y": a verb, unless a determiner
		// or an adjective makes it the noun)
		if w == "play" || w == "single" || w == "book" {
			return a >= 2 && workDeterminers[toks[a-2].text]
		}
		return a < 2 || toks[a-2].text != "of"
	}
	if a >= 2 && toks[a-1].text == "in" && roleNouns[toks[a-2].text] {
		return true
	}
	if a >= 3 && (toks[a-1].text == "and" || toks[a-1].text == ",") && toks[a-2].isCap() {
		c := a - 2
		for c > 0 && toks[c-1].isCap() && toks[c-1].isWord() {
			c--
		}
		return c >= 2 && toks[c-1].text == "in" && roleNouns[toks[c-2].text]
	}
	return false
}

// bandNouns name a music act right before its name ("rock band X",
// "the duo Y"), which the recogniser reads as a person's.
// (a "duo" or "trio" is as often two skaters or runners named each)
var bandNouns = set("band", "four-piece", "five-piece", "three-piece")

func firmBefore(w string) bool { return firmNouns[w] || firmPlurals[w] || w == "rival" }

// firmPlurals are the firm nouns that name more than one: the names after
// them are a list ("electronics giants Kandor and Brenwick Electric").
var firmPlurals = set("giants", "firms", "companies", "carmakers", "automakers", "makers", "banks", "lenders", "insurers",
	"airlines", "rivals", "manufacturers", "retailers", "broadcasters")

// industryNouns are the firm nouns that name an industry, which a person is
// not ("carmaker Tarvel"), unlike "firm" or "rival".
// dealWording says whether a sentence has a word that states an
// agreement between firms: "signed", "deal", "tie-up".
func dealWording(toks []token) bool {
	for _, tk := range toks {
		if w := strings.ToLower(tk.text); agreeVerbs[w] || agreeNouns[w] || ventureWords[w] {
			return true
		}
	}
	return false
}

// makerWord: a trade's maker written as one word ("planemaker",
// "drugmaker", "toymaker"), a firm's common noun.
func makerWord(w string) bool { return len(w) > len("maker") && strings.HasSuffix(w, "maker") }

// personMakers make a person's trade, not a firm's goods: "film maker
// X", "lawmaker X", "playmaker X".
var personMakers = set("film", "movie", "policy", "decision", "peace", "trouble", "law", "match", "deal", "play", "home",
	"dress", "king", "rain", "key", "money", "merry", "mischief", "pace", "shoe", "cabinet", "book", "map", "hat")

// groupDeterminers open a phrase "group" heads without naming a trade.
var groupDeterminers = set("a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "whose", "which", "each", "one", "another")

// isLowerWord: a word of lower-case letters (hyphens allowed).
func isLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

var industryNouns = set("bank", "carmaker", "automaker", "conglomerate", "lender", "insurer", "airline", "broadcaster", "retailer",
	"supermarket", "manufacturer", "brewer", "utility", "newspaper", "tabloid", "shipbuilder", "shipyard")

var treatyNouns = set("Agreement", "Accord", "Treaty", "Protocol", "Convention", "Pact")

// andAhead: "and" follows within a few tokens of k, where a plural title's
// second holder is named ("Presidents X of A and Y of B").
func andAhead(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+6; j++ {
		if toks[j].text == "and" {
			return true
		}
	}
	return false
}

// peopleLike: a word that may name a people or its language ("Scottish",
// "Chechens", "Kosovan"), unlike a newspaper's name ("the Clarion
// newspaper") that the recogniser also reads as MISC.
func peopleLike(t token) bool {
	if t.pos != "NNP" || peopleWords[t.text] {
		return true
	}
	w := strings.ToLower(t.text)
	for _, suf := range []string{"ish", "ese", "an", "en", "i", "ic", "s"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// nerMisc: the recogniser reads token k as a nationality, a faith or
// another non-entity name ("Scottish", "Chechens").
func (r *recognizer) nerMisc(si, k int) bool {
	return r.ner != nil && si < len(r.ner) && k < len(r.ner[si]) && strings.HasSuffix(r.ner[si][k], "MISC")
}

// roleStateWords say, in lower case, how someone holds an office
// ("acting", "former"), between a nationality and a capitalised title.
var roleStateWords = set("acting", "former", "late", "interim", "new", "newly", "appointed", "outgoing", "incoming", "caretaker", "then")

// memberTitles are the seats a party word before them is the party of
// ("Labour MP X"), where it is no portfolio ("Labour Minister X").
var memberTitles = set("MP", "MEP", "MPs", "Leader")

// knownPlace: s is a place of the first or the second tier.
func (r *recognizer) knownPlace(s string) bool {
	if _, _, ok := r.gz.place(s); ok {
		return true
	}
	_, ok := r.gz.town[key(s)]
	return ok
}

// clubHeads end the names of sports clubs after their town's name.
var clubHeads = set("Rovers", "United", "Athletic", "Wanderers", "Rangers", "Albion", "Hotspur", "Argyle", "FC")

// functionTags are the tags of words that never name: conjunctions,
// determiners, prepositions, pronouns, modals.
var functionTags = set("CC", "DT", "IN", "TO", "PRP", "PRP$", "MD", "WDT", "WP", "WRB", "EX", "PDT")

// sharedLetters are exchanges' letters that name other things too.
var sharedLetters = set("OTC", "OTCQX", "OTCQB", "AIM", "SIX", "BSE", "LSE", "NSE", "TSE", "B3")

// saints open the names of churches, schools and hospitals named after them.
var saints = set("St", "St.", "Saint", "Ste.", "Sainte")

// envoyPost returns the length of the place after "to" at k when an
// envoy's title before it and a name after it make it the envoy's post
// ("Ambassador to Lisbon Ana Reis"), 0 otherwise.
func (r *recognizer) envoyPost(toks []token, k int) int {
	if k == 0 || k+2 >= len(toks) || toks[k].text != "to" || !envoyTitles[toks[k-1].text] {
		return 0
	}
	for n := min(3, len(toks)-k-2); n >= 1; n-- {
		if !toks[k+n].isWord() {
			continue // "Ambassador to Vessia, Mr X": the comma closes the post
		}
		if _, _, ok := r.gz.place(span(toks, k+1, k+1+n)); ok && toks[k+1+n].isCap() && toks[k+1+n].isWord() && !isMonthOrDay(toks[k+1+n].text) {
			return n
		}
	}
	return 0
}

var envoyTitles = set("Ambassador", "Envoy", "Ambassador-designate", "Consul", "Consul-General")

// titledBefore: the capitalised words before token e hold a title or an
// honorific, so they name a person.
func titledBefore(toks []token, e int) bool {
	for k := e - 1; k >= 0 && toks[k].isCap(); k-- {
		if titleHeads[toks[k].text] || honorifics[toks[k].text] {
			return true
		}
	}
	return false
}

// royalTitles are a monarch's and a royal family's styles, of which no one
// holds two.
var royalTitles = set("King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Duke", "Duchess", "Sultan")

// officeAppositive: the name ending before token b is followed by a comma
// and a lower-case office held in some body ("..., executive director of",
// "..., chief economist at"): what holds an office is a person. Offices
// that bodies hold too ("member", "owner", "agent") are not in the list.
func officeAppositive(toks []token, b int) bool {
	if b+3 >= len(toks) || toks[b].text != "," {
		return false
	}
	k := b + 1
	for k < len(toks) && k < b+4 && (lowerTitleMods[toks[k].text] || personOffices[toks[k].text]) {
		k++
	}
	return k > b+1 && k < len(toks) && personOffices[toks[k-1].text] && (toks[k].text == "of" || toks[k].text == "at")
}

// personOffices are lower-case titles only a person holds.
var personOffices = set("president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chairman",
	"chairwoman", "director", "executive", "officer", "governor", "mayor", "ambassador", "envoy", "economist", "analyst",
	"professor", "editor", "correspondent", "commissioner", "treasurer", "director-general", "secretary-general",
	"vice-president", "vice-chairman", "founder", "manager", "adviser", "advisor", "head", "chief")

// titleCaseAcronym is the full name of the known organisation whose
// acronym of four letters or more w writes with one capital ("Nato",
// "Unicef"), or "".
func titleCaseAcronym(w string) string {
	if len(w) < 4 || !unicode.IsUpper(rune(w[0])) || strings.ToUpper(w) == w {
		return ""
	}
	for _, c := range w[1:] {
		if !unicode.IsLower(c) {
			return ""
		}
	}
	up := strings.ToUpper(w)
	if full, ok := knownOrgs[up]; ok && isAcronym(up) {
		return full
	}
	return ""
}

// pluralPossessive: token k is the apostrophe of a plural's possessive
// inside a name ("Plumbers and Heating Engineers' Union").
func pluralPossessive(toks []token, k int) bool {
	return (toks[k].text == "'" || toks[k].text == "\u2019") && k > 0 && k+1 < len(toks) && strings.HasSuffix(toks[k-1].text, "s") && toks[k+1].isCap()
}

// numberedBody says whether the number at token e closes the name of a
// body that starts at k: a broadcaster's channel ("Sky News 24", "Radio
// 4"), or a name that a body noun before it or in an apposition after it
// types ("campaign group Rail 2030", "Rail 2030, the lobby group,").
func numberedBody(toks []token, k, e int) bool {
	if e >= len(toks) || e-k > 3 || !isNumber(toks[e].text) || strings.ContainsAny(toks[e].text, ",.-") {
		return false
	}
	if e+1 < len(toks) && (toks[e+1].isCap() || isNumber(toks[e+1].text) || unitWords[strings.ToLower(toks[e+1].text)]) {
		return false
	}
	if channelWords[toks[e-1].text] && len(toks[e].text) <= 2 {
		return true
	}
	if k > 0 && numberedBodyNouns[toks[k-1].text] {
		return true
	}
	if e+2 < len(toks) && toks[e+1].text == "," {
		for j := e + 2; j < len(toks) && j < e+8 && toks[j].text != ","; j++ {
			if numberedBodyNouns[toks[j].text] && j+1 < len(toks) && (toks[j+1].text == "," || toks[j+1].text == ".") {
				return true
			}
		}
	}
	return false
}

// campaignVerbs open the names of campaigns and charities named by what
// they ask for ("Save the Harbour Trust", "Stop the Dam Alliance").
var campaignVerbs = set("Save", "Stop", "Protect", "Defend", "Keep", "Reclaim", "Free", "Fight", "End", "Ban", "Scrap",
	"Restore", "Preserve", "Rescue", "Cure", "Feed", "Heal", "Clean", "Unite", "Rebuild", "Beat")

// campaignHeads end the names of groups of campaigners or givers.
var campaignHeads = set("Trust", "Alliance", "Society", "Coalition", "Campaign", "Fund", "Group", "Network", "Foundation",
	"Committee", "Movement", "Association", "Project", "Action", "Council", "League", "Initiative", "Federation", "Forum",
	"Collective", "Partnership", "Appeal", "Charity", "Union")

// bodyCueNouns before or in apposition after a name make it a body's.
var bodyCueNouns = set("group", "groups", "campaign", "campaigners", "charity", "charities", "lobby", "organisation", "organization",
	"movement", "coalition", "alliance", "activists", "protesters", "nonprofit", "non-profit", "network", "initiative")

// wordedBody is the length of a body's name opening at k that holds a
// lower-case word or a digit between its capitalised words, which the run
// of capitals would cut: a campaign's verb, "the" or "our" and what it
// asks for ("Save the Harbour Trust", "Stop the Dam Alliance", "Save the
// Children said"), or a word written as a digit ("Friends 4 Action",
// "Mothers 2 Mothers"). Without a body's head at its end the words
// around it must say that it is a body; 0 when none opens at k.
func (r *recognizer) wordedBody(toks []token, k int) int {
	if k+2 >= len(toks) || !toks[k].isCap() || !toks[k].isWord() {
		return 0
	}
	q := 0
	switch {
	case campaignVerbs[toks[k].text] && (toks[k+1].text == "the" || toks[k+1].text == "our" || toks[k+1].text == "Our"):
		q = k + 2
	case (toks[k+1].text == "4" || toks[k+1].text == "2") && toks[k+2].isCap() && toks[k+2].isWord() && !isMonthOrDay(toks[k].text) &&
		!isMonthOrDay(toks[k+2].text) && !r.isPlaceWord(toks[k].text) && !titleHeads[toks[k].text] && toks[k].end+1 == toks[k+1].start:
		q = k + 2
	default:
		return 0
	}
	e := q
	for e < len(toks) && e-q < 4 && toks[e].isCap() && toks[e].isWord() && !isMonthOrDay(toks[e].text) && !pronounContractions[toks[e].text] {
		e++
	}
	if e == q {
		return 0
	}
	if campaignHeads[toks[e-1].text] || orgHeads[toks[e-1].text] {
		return e - k
	}
	// a word written as a digit between two capitalised words names one
	// thing, unless numbers stand around it as in a line of scores
	if q == k+2 && isNumber(toks[k+1].text) && !(e < len(toks) && isNumber(toks[e].text)) && !(k > 0 && isNumber(toks[k-1].text)) {
		return e - k
	}
	// no head: a verb of saying after it, or a body's noun before it or
	// in apposition after it ("the charity Save the Children", "Friends
	// 4 Action, a pressure group,")
	if e < len(toks) && saysVerbs[toks[e].text] {
		return e - k
	}
	if k > 0 && bodyCueNouns[toks[k-1].text] {
		return e - k
	}
	if e+2 < len(toks) && toks[e].text == "," && (toks[e+1].text == "a" || toks[e+1].text == "an" || toks[e+1].text == "the") {
		for j := e + 2; j < len(toks) && j <= e+5; j++ {
			if bodyCueNouns[toks[j].text] || numberedBodyNouns[toks[j].text] {
				return e - k
			}
			if !unicode0Lower(toks[j].text) {
				break
			}
		}
	}
	return 0
}

// channelWords end a broadcaster's name before its channel's number.
var channelWords = set("News", "Radio", "Channel", "TV", "FM")

// numberedBodyNouns say that the name next to them is a body's.
var numberedBodyNouns = set("group", "campaign", "charity", "lobby", "organisation", "organization", "movement", "club", "party", "union", "body", "coalition", "alliance")

// unitWords after a number make it a quantity, not part of a name.
var unitWords = set("percent", "per", "million", "billion", "m", "bn", "years", "year", "people", "%")

// bodyAppositive: the name ending before token b is followed by a comma
// and a description whose head is a firm's or a body's noun ("Tessaro,
// Italy's biggest union,", "Irvell, the new network,").
func (r *recognizer) bodyAppositive(toks []token, b int) bool {
	if b+2 >= len(toks) || toks[b].text != "," {
		return false
	}
	k := b + 1
	if w := strings.ToLower(toks[k].text); w == "the" || w == "a" || w == "an" {
		k++
	} else if k+1 < len(toks) && (toks[k+1].text == "'s" || toks[k+1].text == "\u2019s") {
		if c, _, ok := r.gz.place(toks[k].text); !ok || !r.gz.isCountry(c) {
			return false
		}
		k += 2
	}
	head := func(w string) bool { return firmNouns[w] || bodyNouns[w] || w == "network" || w == "carrier" }
	for n := 0; n < 3 && k < len(toks) && unicode0Lower(toks[k].text) && !head(toks[k].text) && (toks[k].pos == "JJ" || toks[k].pos == "JJS" || toks[k].pos == "RBS" || toks[k].pos == "NN"); n++ {
		k++
	}
	return k+1 < len(toks) && head(toks[k].text) && (toks[k+1].text == "," || toks[k+1].text == "." || isDash(toks[k+1].text))
}

// singularHead is the head noun that plural w is the plural of, for the
// bodies a story names in pairs ("the Carter and Reagan Administrations",
// "the Labour and Liberal Parties"), or "". Firms' plural heads
// ("Services", "Communications") are their own names and are not here.
func singularHead(w string) string {
	if b, ok := strings.CutSuffix(w, "ies"); ok && sharedHeads[b+"y"] {
		return b + "y"
	}
	if b, ok := strings.CutSuffix(w, "s"); ok && sharedHeads[b] {
		return b
	}
	return ""
}

// pairedHead: "and" or "&" joins another name to the plural head that
// closes toks[a:b], before it or inside the span.
func pairedHead(toks []token, a, b int) bool {
	for k := max(a-1, 0); k < b; k++ {
		if toks[k].text == "and" || toks[k].text == "&" {
			return true
		}
	}
	return false
}

var sharedHeads = set("Administration", "Party", "Committee", "Commission", "Council", "Ministry", "Department", "Agency",
	"Parliament", "Senate", "Assembly", "Court", "Army", "Navy", "University", "Government")

// onHeads are the heads of bodies and pacts named by their subject with
// "on": "General Agreement on Tariffs and Trade", "Council on Foreign
// Relations", "Conference on Disarmament".
var onHeads = set("Agreement", "Council", "Committee", "Subcommittee", "Conference", "Commission", "Convention", "Treaty", "Panel", "Forum")

// onBodyName says whether toks[a:b] is a body named "X on Y" with X of
// onHeads.
func onBodyName(toks []token, a, b int) bool {
	for k := a + 1; k+1 < b; k++ {
		if toks[k].text == "on" && onHeads[toks[k-1].text] {
			return true
		}
	}
	return false
}
