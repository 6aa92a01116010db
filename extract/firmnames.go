package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// Firms named for their founders read as names of people or places to a
// recogniser of runs: "Hale and Whitcombe", "Mercer, Holt and Co",
// "Barrow's Retail Consulting Group". firmNames reads them whole, after a
// sentence's runs are typed, where the sentence or the story shows that
// the founders' names are one firm's.

// firmForms close a firm's name after its founders' names: the legal
// forms, and the words for a group of firms or of partners.
var firmForms = union(union(corpSuffixes, designators), set("Co", "LLP", "L.L.P.", "LP", "L.P.", "Partners", "Associates",
	"Capital", "Securities", "Brothers", "Bros", "Bros.", "Sons"))

// founderTrades are the trades that may stand between founders' names
// and the legal form ("Ashgrove, Pell Capital Co L.P.", "Hale and
// Whitcombe Publishing").
var founderTrades = union(union(tradeHeads, unitTrades), set("Books", "Press", "Advisory", "Advisers", "Advisors", "Consultants", "Stores", "Retail"))

// founderDealNouns take as their one object what is sold, bought or merged with:
// "the sale of X", "a bid for X", "a merger with X".
var founderDealNouns = set("sale", "purchase", "acquisition", "takeover", "bid", "offer", "stake", "owner", "owners", "shares",
	"buyout", "merger", "merge", "merged", "merging", "control", "parent")

// founderDealVerbs take what is bought or sold as their object: "agreed to buy X".
var founderDealVerbs = set("buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring", "sell", "sells",
	"sold", "selling", "own", "owns", "owned", "takeover")

// firmNames rewrites the sentence's mentions where founders' names make
// one firm: "A and B" or "A & B" of two surnames (firmPair), names between
// commas closed by a legal form (commaFirm), and a founder's possessive
// before the firm's trade (founderFirm).
func (r *recognizer) firmNames(si int, s *sentence, ms []mention) []mention {
	if s.heading || s.table {
		return ms
	}
	toks := s.tokens
	for a := 0; a < len(toks); a++ {
		b := r.commaFirm(toks, a)
		if b == 0 {
			b = r.firmPair(si, toks, a)
		}
		if b == 0 {
			b = r.founderFirm(toks, a)
		}
		if b == 0 {
			continue
		}
		if q := legalSuffixEnd(toks, a, b); q > b {
			b = q
		}
		var ok bool
		if ms, ok = r.replaceMentions(si, s, ms, a, b); ok {
			a = b - 1
		}
	}
	return ms
}

// replaceMentions puts one organisation at [a, b) in place of the
// mentions inside it; none may cross its edges.
func (r *recognizer) replaceMentions(si int, s *sentence, ms []mention, a, b int) ([]mention, bool) {
	at := len(ms)
	for x, m := range ms {
		if m.j <= a || m.i >= b {
			if m.i >= b && at == len(ms) {
				at = x
			}
			continue
		}
		if m.i < a || m.j > b {
			return ms, false
		}
		if at == len(ms) {
			at = x
		}
	}
	kept := make([]mention, 0, len(ms)+1)
	for x, m := range ms {
		if x == at {
			f := r.mk(si, s, a, b, newsgraph.Organization, "", true)
			f.kind = named
			kept = append(kept, f)
		}
		if m.j <= a || m.i >= b {
			kept = append(kept, m)
		}
	}
	if at == len(ms) {
		f := r.mk(si, s, a, b, newsgraph.Organization, "", true)
		f.kind = named
		kept = append(kept, f)
	}
	return kept, true
}

// founderName says whether the token at k may be a founder's name inside
// a firm's: a capitalised word that names no state, nationality, month,
// office or body, and no person the story names in full.
func (r *recognizer) founderName(toks []token, k int) bool {
	if k < 0 || k >= len(toks) {
		return false
	}
	t := toks[k]
	w := t.text
	if !t.isCap() || !t.isWord() || len(w) < 2 || acronym(w) || isMonthOrDay(w) || honorifics[w] || titleHeads[w] ||
		orgHeads[w] || firmForms[w] || founderTrades[w] || jointTrades[w] || workOpeners[w] || titleOfWords[w] || w == "The" {
		return false
	}
	if _, _, ok := r.gz.place(w); ok || r.gz.demonym[key(w)] != "" {
		return false
	}
	if _, ok := knownOrgs[w]; ok {
		return false
	}
	l := strings.ToLower(w)
	if r.known[l] || r.surnames[l] {
		return false
	}
	// "Meanwhile, ...", "However, ...": a word of no name's kind
	if t := r.lexicon[l]; t != "" && !strings.HasPrefix(t, "NN") && t != "JJ" {
		return false
	}
	if p := t.pos; k == 0 && (functionTags[p] || strings.HasPrefix(p, "RB") || p == "UH") {
		return false
	}
	// a word the story also writes in lower case is a common word
	// capitalised, not a name ("Research and Development")
	return !r.lowerInDoc(l)
}

// lowerInDoc: the story writes w in lower case somewhere.
func (r *recognizer) lowerInDoc(w string) bool {
	r.commonWord(w) // builds r.lower
	return r.lower[w]
}

// capBefore: the token before k is a capitalised word that would open
// the name before it (a month or weekday never does: "In March Carver,
// Hollis, Baptiste Inc.", nor a legal form with its stop that ends a
// sentence).
func capBefore(toks []token, k int) bool {
	return k > 0 && toks[k-1].isCap() && toks[k-1].isWord() && !isMonthOrDay(toks[k-1].text) && !stopForm(toks, k)
}

// formsEnd returns the end of the trades and legal forms from k, and
// whether a legal form is among them.
func formsEnd(toks []token, k int) (int, bool) {
	q, form := k, false
	for q < len(toks) && q-k < 4 {
		w := toks[q].text
		switch {
		case firmForms[w] || w == "Co.":
			form = true
		case founderTrades[w] && !form:
		default:
			return q, form
		}
		q++
	}
	return q, form
}

// firmPair returns the end of a firm's name "A and B" (or "A & B") of two
// founders' surnames opening at a, 0 when there is none. The story must
// show that it is one firm: a legal form after it ("Kessler and Dunn
// Co"), a possessive on B ("Osgood and Lyle's chairman"), the pair as
// what is bought, sold or merged with ("the sale of Pennock and Drury"),
// the pair written again elsewhere, or the recogniser's own ORG over it.
// Neither name may be written apart elsewhere in the story ("Hollis and
// Marsh ... Hollis makes paper"): two firms or two people.
func (r *recognizer) firmPair(si int, toks []token, a int) int {
	p, b := a+1, a+2
	if b >= len(toks) || toks[p].text != "and" && toks[p].text != "&" || capBefore(toks, a) {
		return 0
	}
	if q := r.familyFirm(toks, a, b); q > 0 {
		return q
	}
	okA, okB := r.founderName(toks, a), r.founderName(toks, b)
	cue := partnerCue(toks, a, b+1) || partnerCue(toks, a, func() int { q, _ := formsEnd(toks, b+1); return q }())
	if cue && (!okA || !okB) {
		// "the law firm of Ashby and Crane": a surname that is also a
		// town's or a common word's, where the story calls the pair a firm
		okA, okB = okA || r.cuedFounder(toks, a), okB || r.cuedFounder(toks, b)
	}
	if !okA && !okB {
		return 0
	}
	if a >= 2 && toks[a-1].text == "of" && (titleHeads[toks[a-2].text] || orgHeads[toks[a-2].text] || ofHeads[toks[a-2].text]) {
		return 0 // "Minister of Trade and Industry", "Bank of X and Y": a portfolio or a body's field
	}
	q, form := formsEnd(toks, b+1)
	if q < len(toks) && toks[q].isCap() && toks[q].isWord() && !stopForm(toks, q) {
		return 0 // "Hale and Whitcombe Kerr": a longer name the runs read
	}
	if !okA || !okB {
		// "Houston and Marwood Inc": a founder's surname that is also a
		// town's, where a legal form closes the pair and nothing puts
		// the town on the map ("offices in Houston and ...")
		if !form || !okA && !r.townFounder(toks, a) || !okB && !r.townFounder(toks, b) || a > 0 && placePreps[strings.ToLower(toks[a-1].text)] {
			return 0
		}
	}
	if !form {
		q = b + 1
	}
	if r.pairApart(toks[a].text, toks[b].text) {
		return 0
	}
	possessive := b+1 < len(toks) && (toks[b+1].text == "'s" || toks[b+1].text == "\u2019s") && firmOwns(toks, b+2)
	if form || possessive || cue {
		return q
	}
	// a common word that opens the sentence is capitalised for that;
	// "talks between A and B" are two sides; names the recogniser reads
	// as people are two people however often the story pairs them
	if a == 0 && r.commonWord(toks[a].text) || a > 0 && strings.EqualFold(toks[a-1].text, "between") ||
		r.nerType(si, a, a+1) == newsgraph.Person || r.nerType(si, b, b+1) == newsgraph.Person {
		return 0
	}
	if dealObject(toks, a) || r.pairAgain(toks[a].text, toks[b].text) {
		return q
	}
	if si < len(r.ner) && b < len(r.ner[si]) {
		tags := r.ner[si]
		if tags[a] == "B-ORG" && tags[p] == "I-ORG" && tags[b] == "I-ORG" {
			return q
		}
	}
	return 0
}

// stopForm: a legal form written with its stop ends the name before k,
// and the capitalised word at k opens the next sentence, which the
// splitter kept with it ("... by Hollis and Marwood Inc. Hollis and
// Marwood said").
func stopForm(toks []token, k int) bool {
	return k > 0 && strings.HasSuffix(toks[k-1].text, ".") && firmForms[toks[k-1].text]
}

// townFounder says whether the token at k names a city, no country or
// state, that may be a founder's surname as well.
func (r *recognizer) townFounder(toks []token, k int) bool {
	t := toks[k]
	w := key(t.text)
	if !t.isCap() || !t.isWord() || len(t.text) < 3 || acronym(t.text) || r.gz.demonym[w] != "" {
		return false
	}
	_, city := r.gz.cityName[w]
	_, country := r.gz.country[w]
	_, state := r.gz.state[w]
	return city && !country && !state
}

// placePreps put the word after them on the map.
var placePreps = set("in", "at", "near", "from", "outside", "across", "around", "between", "into", "across")

// firmOwns says whether the words at k, after a possessive, are what a
// firm has ("chairman", "new owner", "shares"), not what people or a work
// have ("creator", "balcony scene").
func firmOwns(toks []token, k int) bool {
	for q := k; q < len(toks) && q <= k+1; q++ {
		w := strings.ToLower(toks[q].text)
		if firmPossessions[w] || firmHas[w] {
			return true
		}
		if !unicode0Lower(toks[q].text) {
			return false
		}
	}
	return false
}

// firmHas are more of what a firm has, besides firmPossessions.
var firmHas = set("owner", "owners", "parent", "lawyers", "offices", "stores", "shops", "branches", "bid", "offer",
	"results", "accounts", "auditors", "clients", "partners", "staff", "bankers", "advisers", "president",
	"directors", "management", "managing", "executive", "lenders", "creditors", "debt", "assets", "sale")

// dealObject says whether the name at a is the one object of a deal:
// after a verb of buying or selling ("agreed to buy X"), or a noun of a
// deal and its preposition ("the sale of X", "a merger with X"); not
// "the merger of X and Y", which joins two.
func dealObject(toks []token, a int) bool {
	if a == 0 {
		return false
	}
	if founderDealVerbs[strings.ToLower(toks[a-1].text)] {
		return true
	}
	if a < 2 {
		return false
	}
	prep, noun := toks[a-1].text, strings.ToLower(toks[a-2].text)
	switch prep {
	case "with":
		return strings.HasPrefix(noun, "merg")
	case "of", "for", "in", "from", "by":
		return founderDealNouns[noun] && !strings.HasPrefix(noun, "merg") || prep == "by" && (noun == "bought" || noun == "acquired" || noun == "advised")
	}
	return false
}

// pairApart says whether the story writes the name left or right other
// than beside the other across "and" or "&".
func (r *recognizer) pairApart(left, right string) bool {
	for _, s := range r.sents {
		toks := s.tokens
		for k, t := range toks {
			if t.text != left && t.text != right {
				continue
			}
			beside := t.text == left && k+2 < len(toks) && (toks[k+1].text == "and" || toks[k+1].text == "&") && toks[k+2].text == right ||
				t.text == right && k >= 2 && (toks[k-1].text == "and" || toks[k-1].text == "&") && toks[k-2].text == left
			if !beside {
				return true
			}
		}
	}
	return false
}

// pairAgain says whether the story writes "left and right" (or with "&")
// more than once.
func (r *recognizer) pairAgain(left, right string) bool {
	n := 0
	for _, s := range r.sents {
		toks := s.tokens
		for k := 0; k+2 < len(toks); k++ {
			if toks[k].text == left && (toks[k+1].text == "and" || toks[k+1].text == "&") && toks[k+2].text == right {
				n++
			}
		}
	}
	return n > 1
}

// commaFirm returns the end of a partnership's name of founders' names
// between commas, closed by a legal form, that opens at a ("L.M. Carver,
// Hollis, Baptiste Inc.", "Mercer, Holt and Co", "Ashgrove, Pell Capital
// Co L.P."), 0 when there is none. A month or weekday before it is no
// part of it; a list that a name of more than one word opens or goes on
// with ("Anna Varga, Tomas Keel and Halden Printing Co") is a list.
func (r *recognizer) commaFirm(toks []token, a int) int {
	k := a
	if k < len(toks) && initials(toks[k].text) {
		k++ // "L.M. Carver"
	}
	if capBefore(toks, a) || a >= 1 && toks[a-1].text == "," && !(a >= 2 && isMonthOrDay(toks[a-2].text)) || !r.founderName(toks, k) {
		return 0
	}
	names := []string{toks[k].text}
	q := k + 1
	commas := 0
	amp := false
	for q+1 < len(toks) {
		w := toks[q].text
		if w == "," && r.founderName(toks, q+1) {
			names, commas, q = append(names, toks[q+1].text), commas+1, q+2
			continue
		}
		if w == "and" || w == "&" {
			if toks[q+1].text == "Co" || toks[q+1].text == "Co." {
				q++ // "Mercer, Holt and Co"
				break
			}
			if r.founderName(toks, q+1) {
				amp = w == "&"
				names, q = append(names, toks[q+1].text), q+2
			}
		}
		break
	}
	if commas == 0 || len(names) < 2 || len(names) > 5 {
		return 0
	}
	e, form := formsEnd(toks, q)
	if e < len(toks) && toks[e].isCap() && toks[e].isWord() && !firmForms[toks[e].text] && !stopForm(toks, e) {
		return 0
	}
	// "Quill, Mercer & Dorn", "Hollis, Brandt and Keller, the law
	// firm": an ampersand before the last of three founders, or the story
	// calling them a firm, makes one name without a legal form
	if !form && !(amp && len(names) >= 3 || partnerCue(toks, a, e)) {
		return 0
	}
	for _, n := range names {
		if r.namedElsewhere(n) {
			return 0
		}
	}
	return e
}

// partnerNouns are the nouns a story calls a firm of partners by.
var partnerNouns = set("firm", "partnership", "practice", "consultancy", "brokerage", "agency", "outfit")

// partnerCue says whether the words around the founders' names [a, q)
// call them one firm: a firm's noun before them, with or without "of"
// ("the law firm of Ashby and Crane", "accounting firm Hale and Dorn"), or
// after them in apposition ("Dunmore and Wray, the Boston law firm,").
func partnerCue(toks []token, a, q int) bool {
	p := a - 1
	if p >= 0 && toks[p].text == "of" {
		p--
	}
	if p >= 0 && partnerNouns[toks[p].text] {
		return true
	}
	if q+2 < len(toks) && toks[q].text == "," {
		w := strings.ToLower(toks[q+1].text)
		if w != "a" && w != "an" && w != "the" && w != "its" {
			return false
		}
		for j := q + 2; j < len(toks) && j <= q+6; j++ {
			w := toks[j].text
			if partnerNouns[w] {
				return true
			}
			if w == "," || w == "." || w == "and" || w == "of" || w == "which" || w == "who" {
				break
			}
		}
	}
	return false
}

// cuedFounder says whether the token at k may be a founder's name where
// the story calls the pair a firm: a capitalised word that names no
// country or nationality, office or body, and no person the story names
// in full.
func (r *recognizer) cuedFounder(toks []token, k int) bool {
	t := toks[k]
	w := t.text
	if !t.isCap() || !t.isWord() || len(w) < 2 || acronym(w) || isMonthOrDay(w) || honorifics[w] || titleHeads[w] ||
		orgHeads[w] || firmForms[w] || r.gz.demonym[key(w)] != "" || r.known[strings.ToLower(w)] {
		return false
	}
	c, _, ok := r.gz.place(w)
	return !ok || !r.gz.isCountry(c) && r.gz.state[key(w)] == ""
}

// familyWords stand after "and" for the founder's kin or partners in a
// firm's name ("Vance and Sons Inc", "Hale & Partners").
var familyWords = set("Sons", "Son", "Brothers", "Bros", "Bros.", "Daughters", "Partners", "Associates", "Company")

// familyFirm returns the end of a firm named by a founder and "and Sons"
// ("Vance and Sons Inc", "Pell & Associates"), or by two initials and its
// trade ("J and M Trucking Co", "T & R Freight Lines Corp"), opening at a
// with the joiner at a+1; 0 when there is none.
func (r *recognizer) familyFirm(toks []token, a, b int) int {
	if familyWords[toks[b].text] && (r.founderName(toks, a) || r.cuedFounder(toks, a)) {
		q, _ := formsEnd(toks, b+1)
		if q < len(toks) && toks[q].isCap() && toks[q].isWord() && !stopForm(toks, q) {
			return 0
		}
		return q
	}
	letter := func(w string) bool { return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' && w != "I" && w != "A" }
	if !letter(toks[a].text) || !letter(toks[b].text) {
		return 0
	}
	q := b + 1
	for q < len(toks) && q-b <= 4 && toks[q].isCap() && toks[q].isWord() && !isMonthOrDay(toks[q].text) {
		q++
	}
	if q > b+1 && (firmForms[toks[q-1].text] || corpSuffixes[toks[q-1].text] || founderTrades[toks[q-1].text] || orgHeads[toks[q-1].text]) {
		return q
	}
	return 0
}

// initials: a person's initials written with full stops ("L.M.", "J.").
func initials(w string) bool {
	if len(w) < 2 || w[len(w)-1] != '.' {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if i+1 >= len(w) || w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// namedElsewhere says whether the story writes the name w on its own,
// away from commas, "and" and "&" that join it to other founders' names.
func (r *recognizer) namedElsewhere(w string) bool {
	joiner := func(t string) bool { return t == "," || t == "and" || t == "&" }
	for _, s := range r.sents {
		toks := s.tokens
		for k, t := range toks {
			if t.text != w {
				continue
			}
			if !(k > 0 && joiner(toks[k-1].text) || k+1 < len(toks) && joiner(toks[k+1].text)) {
				return true
			}
		}
	}
	return false
}

// ownedElsewhere says whether the story writes the name w without the
// possessive after it.
func (r *recognizer) ownedElsewhere(w string) bool {
	for _, s := range r.sents {
		for k, t := range s.tokens {
			if t.text == w && !(k+1 < len(s.tokens) && (s.tokens[k+1].text == "'s" || s.tokens[k+1].text == "\u2019s")) {
				return true
			}
		}
	}
	return false
}

// founderHeads close a firm's name that a founder's possessive opens.
var founderHeads = union(union(firmEnds, firmForms), union(tradeHeads, set("Stores", "Services", "Shops", "Consultants",
	"Advisers", "Advisors", "Agency", "Bakery", "Bakeries", "Restaurants", "Hotels", "Clinics", "Homes", "Company")))

// founderFirm returns the end of a firm's name that a founder's
// possessive opens at a ("Barrow's Retail Consulting Group", "Calloway's
// Home Improvement Stores"): one name, then common capitalised words of a
// trade closed by a firm's head; 0 when there is none. A place's or a
// person's possessive owns what follows ("Kenya's Labour Party", "Anna
// Varga's Reform Group").
func (r *recognizer) founderFirm(toks []token, a int) int {
	if a+3 >= len(toks) || capBefore(toks, a) || !(toks[a+1].text == "'s" || toks[a+1].text == "\u2019s") ||
		possessorNouns[toks[a].text] || saints[toks[a].text] || !r.founderName(toks, a) {
		return 0
	}
	q := a + 2
	for q < len(toks) && q-a < maxNameTokens && toks[q].isCap() && toks[q].isWord() && !isMonthOrDay(toks[q].text) {
		q++
	}
	if q-(a+2) < 2 || !founderHeads[toks[q-1].text] {
		return 0
	}
	// the words after the possessive are a trade's, not a name of their
	// own; a name the story writes alone owns what follows it ("Tellan's
	// Retail Banking Group", Tellan named alone too, is a unit of Tellan)
	if r.isPlaceWord(toks[a+2].text) || r.ownedElsewhere(toks[a].text) {
		return 0
	}
	return q
}
