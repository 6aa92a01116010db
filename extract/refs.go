package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// seen is a person referred to at a token; quoted when the token stands
// inside a quotation.
type seen struct {
	ent, sent, tok int
	quoted         bool
	end            int // the token after the name, when named; else 0
}

var pronouns = map[string]int{"he": -1, "him": -1, "his": -1, "himself": -1, "she": 1, "her": 1, "hers": 1, "herself": 1}

// nominalHeads are titles that name a person in context ("the prime
// minister", "The US president", "the US leader").
var nominalHeads = set("president", "minister", "leader", "emperor", "premier", "chancellor", "secretary", "king", "queen", "chief", "head", "boss", "governor", "chairman", "counterpart", "director-general", "secretary-general", "envoy", "ambassador", "commissioner", "mayor")

// bodyNominalHeads are the offices of a firm or other body that name
// their holder again after "the" or a possessive ("the chief executive",
// "the company's founder"); a country has none of them.
var bodyNominalHeads = set("executive", "founder", "co-founder", "chairwoman", "chairperson", "ceo", "spokesman", "spokeswoman", "spokesperson")

// officeAbbrevs are the offices the press writes by their initials after
// "the" ("the PM said", "The CM, back from a trip to X"): the title's
// modifier and head.
var officeAbbrevs = map[string][2]string{"PM": {"prime", "minister"}, "CM": {"chief", "minister"}}

// resolveRefs lists, per sentence, the people it refers to: by name, by
// title ("the US president"), by pronoun, or as "the two leaders".
func (d *doc) resolveRefs() {
	d.refs = make([][]ref, len(d.sents))
	byTok := map[[2]int]int{} // (sentence, token) -> mention
	for mi, m := range d.mentions {
		if m.kind == named && m.i >= 0 {
			for k := m.i; k < m.j; k++ {
				byTok[[2]int{m.sent, k}] = mi
			}
		}
	}
	var history []seen
	for si, s := range d.sents {
		toks := s.tokens
		quoted := quotedTokens(toks)
		// a subject "he"/"she" said again in one sentence is the same person
		// ("she said she had met X and that she would travel"), not the
		// person named between the two
		type nom struct {
			ent    int
			quoted bool
			set    bool
		}
		var nominative [3]nom // by gender + 1: he, -, she
		var selves [][2]int   // a quoted "I" at [0] said by the "he" at [1]
		for k := 0; k < len(toks); k++ {
			if mi, ok := byTok[[2]int{si, k}]; ok {
				m := d.mentions[mi]
				if m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person {
					d.refs[si] = append(d.refs[si], ref{tok: k, ents: []int{m.ent}, kind: named})
					history = append(history, seen{m.ent, si, k, quoted[k], m.j})
				}
				k = m.j - 1
				continue
			}
			lw := strings.ToLower(toks[k].text)
			if firstPerson[lw] && quoted[k] && (lw != "i" || toks[k].pos == "PRP") {
				// "'I will meet X,' said Y": the one who speaks the
				// quotation, named outside it
				switch ei := d.quoteSpeaker(si, quoted, byTok); {
				case ei >= 0:
					d.refs[si] = append(d.refs[si], ref{tok: k, ents: []int{ei}, kind: pronoun, posses: lw == "my"})
				case ei < -1:
					selves = append(selves, [2]int{k, -2 - ei})
				}
				continue
			}
			if g, ok := pronouns[lw]; ok {
				// the nearest person known to match, else the nearest not
				// known to differ
				if lw == "his" || lw == "her" {
					if ei := d.cataphor(si, k, g, byTok); ei >= 0 {
						d.refs[si] = append(d.refs[si], ref{tok: k, ents: []int{ei}, kind: pronoun, posses: true})
						continue
					}
				}
				if n := nominative[g+1]; n.set && (lw == "he" || lw == "she") && n.quoted == quoted[k] {
					d.refs[si] = append(d.refs[si], ref{tok: k, ents: []int{n.ent}, kind: pronoun})
					history = append(history, seen{n.ent, si, k, quoted[k], 0})
					continue
				}
				ei := d.antecedent(d.candidates(history, si, k, quoted[k]), si, g)
				if s := d.matrixSubject(history, si, k, g); s >= 0 && (lw == "he" || lw == "she") {
					ei = s
				}
				if ei >= 0 {
					if lw == "he" || lw == "she" {
						nominative[g+1] = nom{ei, quoted[k], true}
					}
					e := d.ents[ei]
					if e.female == 0 {
						e.female = g
					}
					d.refs[si] = append(d.refs[si], ref{tok: k, ents: []int{ei}, kind: pronoun, posses: lw == "his" || lw == "her"})
					// "He was due to meet X. He also planned ...": the
					// second "he" is the first one's person, not X
					history = append(history, seen{ei, si, k, quoted[k], 0})
				}
				continue
			}
			if lw == "two" && k+1 < len(toks) && (toks[k+1].text == "leaders" || toks[k+1].text == "sides" || toks[k+1].text == "men" || toks[k+1].text == "women") ||
				lw == "both" && k+1 < len(toks) && toks[k+1].text == "leaders" ||
				(lw == "two" && k > 0 && strings.EqualFold(toks[k-1].text, "the") && (k+1 == len(toks) || !toks[k+1].isWord() || toks[k+1].text == "also" || toks[k+1].text == "leaders" || pairVerbAfter(toks, k+1))) ||
				lw == "they" || lw == "their" {
				if lw == "their" && d.bodySubject(si, toks, k, byTok) {
					continue // "the Council opened their session": the body's own
				}
				d.refs[si] = append(d.refs[si], ref{tok: k, kind: pair, posses: lw == "their"})
				continue
			}
			if lw == "counterpart" && k > 0 {
				if ei := d.counterpartOf(si, toks, k, history); ei >= 0 {
					d.refs[si] = append(d.refs[si], ref{tok: k, ents: []int{ei}, kind: nominal})
					history = append(history, seen{ei, si, k, quoted[k], 0})
				}
				continue
			}
			if lw == "the" && k == 0 {
				if h, ei := d.epithet(si, toks, history); ei >= 0 {
					d.refs[si] = append(d.refs[si], ref{tok: h, ents: []int{ei}, kind: nominal})
					history = append(history, seen{ei, si, h, quoted[h], 0})
					k = h
					continue
				}
			}
			if (nominalHeads[lw] || bodyNominalHeads[lw] || officeAbbrevs[toks[k].text] != [2]string{}) && (k+1 >= len(toks) || !toks[k+1].isCap()) {
				if ei := d.nominal(si, toks, k, history); ei >= 0 {
					d.refs[si] = append(d.refs[si], ref{tok: k, ents: []int{ei}, kind: nominal})
					history = append(history, seen{ei, si, k, quoted[k], 0})
				}
			}
		}
		// "'I will go,' he said": the quoted "I" is the "he" who says it
		added := false
		for _, sf := range selves {
			for _, rf := range d.refs[si] {
				if rf.tok == sf[1] && rf.kind == pronoun && len(rf.ents) == 1 {
					d.refs[si] = append(d.refs[si], ref{tok: sf[0], ents: rf.ents, kind: pronoun, posses: strings.EqualFold(toks[sf[0]].text, "my")})
					added = true
					break
				}
			}
		}
		if added {
			slices.SortStableFunc(d.refs[si], func(a, b ref) int { return a.tok - b.tok })
		}
	}
}

// subordinators open a clause that tells when, why or on what terms the
// main clause holds: "X will meet Y when he visits Z".
var subordinators = set("when", "while", "after", "before", "as", "since", "because", "until", "once", "whenever")

// matrixSubject is the person a "he" or "she" at token k of sentence si
// stands for when it opens a clause hung on the main one ("X will hold
// talks with Y when he visits Z", "X met Y before she left"): the main
// clause's named subject, not the nearer object. -1 when the pronoun
// opens no such clause or the subject is not a compatible named person.
func (d *doc) matrixSubject(history []seen, si, k, g int) int {
	toks := d.sents[si].tokens
	if k == 0 || !subordinators[strings.ToLower(toks[k-1].text)] || k-1 == 0 {
		return -1
	}
	for _, h := range history {
		if h.sent != si || h.end == 0 || h.tok >= k {
			continue
		}
		// the first person of the sentence, right before its verb
		p := h.end
		for p < k && (toks[p].pos == "RB" || toks[p].pos == "MD") {
			p++
		}
		if p >= k || !strings.HasPrefix(toks[p].pos, "VB") {
			return -1
		}
		if e := d.ents[h.ent]; e.female == -g || clauseBreakBetween(toks, p, k-1) {
			return -1
		}
		return h.ent
	}
	return -1
}

// clauseBreakBetween says whether a comma, a semicolon, a quotation
// mark or a verb of saying stands between tokens a and b.
func clauseBreakBetween(toks []token, a, b int) bool {
	for q := a; q < b; q++ {
		w := strings.ToLower(toks[q].text)
		if w == "," || w == ";" || w == "\"" || sayVerbs[w] || w == "told" {
			return true
		}
	}
	return false
}

// firstPerson are the words by which a quoted speaker names himself.
var firstPerson = set("i", "me", "my")

// quoteSpeaker is the person who speaks the quotation of sentence si: the
// person named, outside the quotation, right before or after the verb of
// saying nearest to it ("Y said:", "said Y", "said the agent Y", "Y told
// reporters"), else the speaker of the sentence before when that one
// runs into the quotation ("Y added: 'I will go. ...'"), or -1. A "he" or
// "she" that says it is given as -2-k, k its token, to be read once
// resolved.
func (d *doc) quoteSpeaker(si int, quoted []bool, byTok map[[2]int]int) int {
	for s := si; s >= 0 && s >= si-1; s-- {
		toks := d.sents[s].tokens
		q := quoted
		if s != si {
			q = quotedTokens(toks)
			if len(q) == 0 || !q[len(q)-1] && !(len(toks) > 1 && q[len(q)-2]) {
				return -1 // the sentence before does not run into the quotation
			}
		}
		best, bestGap := -1, len(toks)
		for v := range toks {
			if q[v] || !sayVerbs[strings.ToLower(toks[v].text)] {
				continue
			}
			who := -1
			if v > 0 && !q[v-1] {
				if mi, ok := byTok[[2]int{s, v - 1}]; ok {
					if m := d.mentions[mi]; m.ent >= 0 && m.j == v && d.ents[m.ent].typ == newsgraph.Person {
						who = m.ent
					}
				} else if w := strings.ToLower(toks[v-1].text); s == si && (w == "he" || w == "she") {
					who = -2 - (v - 1)
				}
			}
			for k := v + 1; who == -1 && k < len(toks) && k <= v+4 && !q[k]; k++ {
				if mi, ok := byTok[[2]int{s, k}]; ok {
					if m := d.mentions[mi]; m.ent >= 0 && m.i == k && d.ents[m.ent].typ == newsgraph.Person {
						who = m.ent
					}
					break
				}
				if w := strings.ToLower(toks[k].text); k == v+1 && s == si && (w == "he" || w == "she") {
					who = -2 - k
					break
				}
				if toks[k].isCap() && k > v+1 || toks[k].pos != "DT" && !strings.HasPrefix(toks[k].pos, "NN") && toks[k].pos != "JJ" {
					break
				}
			}
			if who == -1 {
				continue
			}
			// the verb nearest the quotation says it: "X said Y told him: 'I ...'" is Y's
			gap := len(toks)
			for k := range toks {
				if q[k] && abs(k-v) < gap {
					gap = abs(k - v)
				}
			}
			if gap < bestGap {
				best, bestGap = who, gap
			}
		}
		if best != -1 || s != si {
			return best
		}
	}
	return -1
}

// bodySubject says whether the possessive "their" at token k follows,
// across only its verb ("ended", "wound up"), a named body that is no
// person: "members of the Council closed their session" is the body's,
// not that of two people named before.
func (d *doc) bodySubject(si int, toks []token, k int, byTok map[[2]int]int) bool {
	p := k - 1
	for p >= 0 && (strings.HasPrefix(toks[p].pos, "VB") || toks[p].pos == "RP" || toks[p].pos == "RB" || toks[p].pos == "MD") {
		p--
	}
	if p < 0 || p == k-1 {
		return false
	}
	mi, ok := byTok[[2]int{si, p}]
	if !ok {
		return false
	}
	m := d.mentions[mi]
	return m.j == p+1 && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Organization
}

// candidates are the people of history a pronoun at token k of sentence si
// may stand for. Outside a quotation, the names quoted are not: in
// "'We will meet Y,' he said" he is the speaker, never Y. Nor is a name
// the sentence's opening phrase holds as an object or agent: in "At a
// conference hosted by Y, he said" he is not Y, in "After Y arrived, he
// met X" he may be.
func (d *doc) candidates(history []seen, si, k int, quoted bool) []seen {
	toks := d.sents[si].tokens
	c := frontedEnd(toks)
	out := make([]seen, 0, len(history))
	for _, h := range history {
		if h.quoted && !quoted {
			continue
		}
		if h.sent == si && c > 0 && h.tok < c && k > c && !clauseSubject(toks, h.tok, c) && !d.namedAfterFrontPlace(si, h.tok) {
			continue
		}
		if h.sent == si && inFrontAfterThat(toks, h.tok, k) {
			continue
		}
		if h.sent == si && h.end > 0 && boundSubject(toks, h.tok, h.end, k) {
			continue
		}
		// "X, whom he met": the relative clause's subject is not the
		// one the clause describes
		if h.sent == si && h.end > 0 && k == h.end+2 && toks[h.end].text == "," && (strings.EqualFold(toks[h.end+1].text, "whom") || strings.EqualFold(toks[h.end+1].text, "who")) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// objectHer says whether "her" at token k is the object pronoun, not the
// possessive: nothing it could own follows ("with her.", "with her on
// Sunday", "met her yesterday").
func objectHer(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return true
	}
	next := toks[k+1]
	if _, ok := weekdayNum(next.text); ok || timeWords[strings.ToLower(next.text)] {
		return true
	}
	return !strings.HasPrefix(next.pos, "NN") && next.pos != "JJ" && next.pos != "JJS" && next.pos != "CD" && next.pos != "VBG" && next.pos != "VBN"
}

// timeWords say when, after a verb's object: "met her yesterday".
var timeWords = set("yesterday", "today", "tomorrow", "tonight", "earlier", "later", "again", "twice", "once")

// clauseBreaks end a clause, or open another inside it.
var clauseBreaks = set(",", ";", ":", "and", "but", "or", "that", "because", "while", "as", "if", "when", "after", "before",
	"\"", "“", "”", "'", "said", "says", "told", "tells")

// boundSubject says whether the object pronoun at token k ("him", "her")
// sits in the clause whose subject is the name ending before token end:
// in "X held talks with her" and "X, who held talks with her," her is not
// X, whom the clause would call "herself". The name starts at token start.
func boundSubject(toks []token, start, end, k int) bool {
	if w := strings.ToLower(toks[k].text); w != "him" && w != "her" || end >= k {
		return false
	}
	if strings.ToLower(toks[k].text) == "her" && !objectHer(toks, k) {
		return false // "her talks": whose, not whom
	}
	p := end
	// "Premier X of Sweden, who ...": the origin is part of the naming
	if p+1 < k && (strings.EqualFold(toks[p].text, "of") || strings.EqualFold(toks[p].text, "from")) && toks[p+1].isCap() {
		for p++; p < k && toks[p].isCap(); p++ {
		}
		end = p
	}
	if p < k && toks[p].text == "," {
		p++
		rel := p < k && (strings.EqualFold(toks[p].text, "who") || strings.EqualFold(toks[p].text, "which"))
		// "X, the city's mayor, will receive her", "X, who chairs the
		// council, met her": a phrase set off after the name, closed by
		// a comma before the pronoun, leaves X the subject of the verb
		// after it; a relative clause the pronoun stands in is X's too
		// ("X, who held talks with her,")
		c := -1
		for q := p; q < k && q < p+20; q++ {
			if toks[q].text == "," {
				c = q
				break
			}
			if w := strings.ToLower(toks[q].text); w == ";" || w == "and" && !rel || !rel && (toks[q].pos == "VBD" || toks[q].pos == "VBZ" || toks[q].pos == "VBP" || toks[q].pos == "MD") {
				break
			}
		}
		switch {
		case c > p:
			p = c + 1
		case rel:
			p++
		case start > 0 && toks[start-1].text == ",":
			// "the city's mayor, X, will receive her": X names the
			// subject it is set off after
		default:
			return false // "X, the envoy" with no verb of X's before the pronoun
		}
	}
	for p < k && (toks[p].pos == "RB" || toks[p].pos == "MD") {
		p++
	}
	if p >= k || !strings.HasPrefix(toks[p].pos, "VB") {
		return false
	}
	for q := p; q < k; q++ {
		w := strings.ToLower(toks[q].text)
		if (w == "after" || w == "before") && !finiteBetween(toks, q, k) {
			continue // "X spoke after talks with him": a phrase, no clause of its own
		}
		if clauseBreaks[w] {
			return false
		}
	}
	return true
}

// finiteBetween says whether a finite verb stands between tokens q and k.
func finiteBetween(toks []token, q, k int) bool {
	for p := q + 1; p < k; p++ {
		switch toks[p].pos {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// clauseSubject says whether the name at token k, before the comma at c,
// is followed by a finite verb of its own: the subject of a fronted
// clause ("After Y arrived, ..."), not an object ("After meeting Y, ...").
func clauseSubject(toks []token, k, c int) bool {
	for p := k + 1; p < c; p++ {
		if toks[p].isCap() {
			continue // the rest of the name
		}
		switch toks[p].pos {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
		return false
	}
	return false
}

// quotedTokens marks the tokens of a sentence that stand inside a
// quotation. A straight quote opens when a word follows it unspaced and
// closes when it follows a word unspaced; a sentence that begins by
// closing one was quoted up to there.
func quotedTokens(toks []token) []bool {
	out := make([]bool, len(toks))
	open := false
	for k, t := range toks {
		switch t.text {
		case "\u201c", "``":
			open = true
		case "\u201d", "''":
			if !open {
				for p := 0; p < k; p++ {
					out[p] = true
				}
			}
			open = false
		case "\"":
			closer := k > 0 && toks[k-1].end == t.start && !(k+1 < len(toks) && toks[k+1].start == t.end && toks[k-1].text != "," && toks[k-1].text != ".")
			if closer {
				if !open {
					for p := 0; p < k; p++ {
						out[p] = true
					}
				}
				open = false
			} else {
				open = true
			}
		default:
			out[k] = open
		}
	}
	return out
}

// antecedent is the person (entity) a he/she refers to, or -1: the nearest compatible
// person earlier in the same sentence, else the first compatible person of
// the previous sentence that names one (its subject, most often), a person
// known to match the pronoun's gender before one of unknown gender when
// the subject is not.
func (d *doc) antecedent(history []seen, si, g int) int {
	compatible := func(h int) bool { return d.ents[history[h].ent].female != -g }
	for h := len(history) - 1; h >= 0 && history[h].sent == si; h-- {
		if compatible(h) {
			return history[h].ent
		}
	}
	for h := len(history) - 1; h >= 0 && h >= len(history)-16; {
		s := history[h].sent
		first := h
		for first > 0 && history[first-1].sent == s {
			first--
		}
		// the subject unless known to differ; a "she" looks past a subject
		// of unknown gender for a woman the text has marked (most people
		// in news stay unmarked, so a "he" rarely gains by looking past)
		subj := first
		if c := frontedEnd(d.sents[s].tokens); c > 0 {
			for k := first; k <= h; k++ {
				if history[k].tok > c {
					subj = k // "After meeting X, Y flew to ...": Y
					break
				}
			}
		}
		if k := d.namedSubjectAfterPossessive(history, subj, h, g); k >= 0 {
			subj = k
		}
		if e := d.ents[history[subj].ent]; e.female == g || e.female == 0 && g < 0 {
			return history[subj].ent
		}
		known, unknown := -1, -1
		for k := first; k <= h; k++ {
			e := d.ents[history[k].ent]
			if e.female == g && known < 0 {
				known = k
			}
			if e.female == 0 && unknown < 0 {
				unknown = k
			}
		}
		if known >= 0 {
			return history[known].ent
		}
		if unknown >= 0 {
			return history[unknown].ent
		}
		h = first - 1
	}
	return -1
}

// namedSubjectAfterPossessive is the history entry, among first+1..last
// of one sentence, of a person named there as the subject of a verb when
// the sentence's first person is only a possessive ("His speech ended as
// President X walked in ..."): the possessor owns the subject, X is one, and
// a "he" after it goes on about X. -1 when there is none.
func (d *doc) namedSubjectAfterPossessive(history []seen, first, last, g int) int {
	h := history[first]
	toks := d.sents[h.sent].tokens
	if h.end > 0 || h.tok >= len(toks) {
		return -1
	}
	if w := strings.ToLower(toks[h.tok].text); w != "his" && w != "her" {
		return -1
	}
	for k := first + 1; k <= last; k++ {
		x := history[k]
		if x.end <= 0 || x.end >= len(toks) || x.ent == h.ent || d.ents[x.ent].female == -g {
			continue
		}
		switch toks[x.end].pos {
		case "VBD", "VBZ", "VBP", "MD":
			return k
		}
	}
	return -1
}

// fronters open a sentence with a clause or phrase set off by a comma.
var fronters = set("after", "before", "during", "while", "when", "as", "since", "following", "despite", "on", "in", "at", "upon", "with", "ahead", "besides", "beyond", "alongside", "apart")

// frontedEnd is the comma that closes a sentence's opening phrase ("During
// his visit to Slovenia, ...", "After meeting X, ..."), or -1.
func frontedEnd(toks []token) int {
	if len(toks) == 0 || !fronters[strings.ToLower(toks[0].text)] {
		return -1
	}
	for k := 1; k < len(toks) && k < 16; k++ {
		if toks[k].text == "," {
			return k
		}
	}
	return -1
}

// namedAfterFrontPlace says whether the name at token k follows right
// on the place that an opening "In" or "At" governs: "In Frankfurt Hans
// Vogel, head of the bank, said" opens with the place alone, and Vogel is
// the sentence's subject, not part of the phrase.
func (d *doc) namedAfterFrontPlace(si, k int) bool {
	toks := d.sents[si].tokens
	if len(toks) < 3 || !strings.EqualFold(toks[0].text, "in") && !strings.EqualFold(toks[0].text, "at") {
		return false
	}
	p := d.mentionAt(si, 1)
	return p != nil && p.i == 1 && p.j == k && d.isPlace(p.ent)
}

// inFrontAfterThat says whether token i lies, as an object, in a phrase
// that opens a reported clause ("X said that after talks with Y, he ...")
// and that closes with a comma before token k: the clause's "he" is then
// not Y, as a sentence's head could never be Y.
func inFrontAfterThat(toks []token, i, k int) bool {
	opened := false
	for o := i - 1; o >= 0 && i-o < 16; o-- {
		w := toks[o].text
		if strings.EqualFold(w, "that") {
			f := o + 1
			if f < i && toks[f].text == "," {
				f++ // "said that, after talks with Y, he"
			}
			opened = f < i && fronters[strings.ToLower(toks[f].text)]
			break
		}
		if w == "," && !(o > 0 && strings.EqualFold(toks[o-1].text, "that")) || w == ";" || strings.HasPrefix(toks[o].pos, "VB") && toks[o].pos != "VBG" && toks[o].pos != "VBN" {
			return false
		}
	}
	if !opened {
		return false
	}
	for c := i + 1; c < k && c < i+14; c++ {
		if toks[c].text == "," {
			return !clauseSubject(toks, i, c)
		}
		if w := toks[c].text; w == ";" || w == "that" {
			return false
		}
	}
	return false
}

// cataphor is the person named right after the opening phrase that holds
// a "his"/"her" at token k: "During his visit to Slovenia, Kwasniewski
// ..." is Kwasniewski's visit. -1 when there is none.
func (d *doc) cataphor(si, k, g int, byTok map[[2]int]int) int {
	c := frontedEnd(d.sents[si].tokens)
	if c < 0 || k > c {
		return -1
	}
	// the name may follow its title: "During his visit, Premier Marco Vidal"
	toks := d.sents[si].tokens
	mi, ok := -1, false
	for p := c + 1; p < len(toks) && p <= c+4 && toks[p].isCap(); p++ {
		if mi, ok = byTok[[2]int{si, p}]; ok {
			break
		}
	}
	if !ok {
		return -1
	}
	m := d.mentions[mi]
	if m.ent < 0 || d.ents[m.ent].typ != newsgraph.Person || d.ents[m.ent].female == -g {
		return -1
	}
	return m.ent
}

// counterpartOf resolves "his French counterpart" to the person who holds
// the possessor's office for France in this document.
func (d *doc) counterpartOf(si int, toks []token, k int, history []seen) int {
	country := d.x.gz.demonym[key(toks[k-1].text)]
	if country == "" || len(history) == 0 {
		return -1
	}
	if k+2 < len(toks) && toks[k+1].text == "," && toks[k+2].isCap() || k+1 < len(toks) && toks[k+1].isCap() {
		return -1 // named right after: "his French counterpart, Jean Dupont", "his Israeli counterpart Yitzhak Mordechai"
	}
	owner := d.ents[history[len(history)-1].ent]
	var head string
	for _, mi := range owner.mentions {
		if r := d.mentions[mi].role; r != nil {
			head = titleHead(normTitle(r.title))
		}
	}
	for ei, e := range d.ents {
		if e == owner || e.typ != newsgraph.Person {
			continue
		}
		for _, mi := range e.mentions {
			r := d.mentions[mi].role
			if r == nil || r.of != country || r.former {
				continue
			}
			if head == "" || titleHead(normTitle(r.title)) == head {
				return ei
			}
		}
	}
	return -1
}

// nominal resolves "the US president" at token k to the person who holds
// that title in this document. A title qualified by a party or other
// body the text never names a holder for ("The Liberal Democrat leader")
// is the subject of the nearest earlier sentence that names a person:
// news introduces a person by name, then goes on by description.
func (d *doc) nominal(si int, toks []token, k int, history []seen) int {
	head := strings.ToLower(toks[k].text)
	of := ""
	former := false
	determined := false
	party := false    // an unrecognised capitalised qualifier: "the Labour leader"
	var mods []string // "the foreign minister" is the Foreign Minister, not the Prime Minister
	if ab := officeAbbrevs[toks[k].text]; ab != [2]string{} {
		head, mods = ab[1], []string{ab[0]} // "the CM" is the chief minister
	}
	for p := k - 1; p >= 0 && p >= k-4; p-- {
		w := toks[p].text
		lw := strings.ToLower(w)
		if lw == "the" || lw == "his" || lw == "her" || lw == "its" {
			determined = true
			break
		}
		if lw == "former" || lw == "late" {
			former = true
			continue
		}
		if c := d.x.gz.demonym[key(w)]; c != "" {
			of = c
			continue
		}
		if c, t, ok := d.x.gz.place(w); ok && t == "GPE" {
			of = c
			continue
		}
		// "the IMF chief": the body the title is of
		if full, ok := knownOrgs[w]; ok && of == "" {
			of = full
			continue
		}
		if om := d.mentionEndingAt(si, p); om != nil && om.ent >= 0 && om.i < p && of == "" && d.x.gz.isCountry(d.ents[om.ent].name) {
			of = d.ents[om.ent].name // "the New Zealand prime minister"
			p = om.i
			continue
		}
		if om := d.mentionEndingAt(si, p); om != nil && om.ent >= 0 && d.ents[om.ent].typ == newsgraph.Organization && of == "" {
			of = d.ents[om.ent].name
			party = true
			p = om.i
			continue
		}
		if w == "'s" || w == "\u2019s" {
			determined = true // "Japan's prime minister"
			continue
		}
		if lowerTitleMods[lw] || lw == "new" || lw == "prime" {
			if lw != "new" {
				mods = append(mods, lw)
			}
			continue
		}
		if toks[p].isCap() && p > 0 && d.mentionEndingAt(si, p) == nil && of == "" {
			party = true // "the Tory leader"
			continue
		}
		break
	}
	if !determined || head == "executive" && !slices.Contains(mods, "chief") {
		return -1 // ("the executive" may be a body's)
	}
	if k+2 < len(toks) && toks[k+1].text == "of" && of == "" {
		// "the foreign minister of Kell": the country after the title is
		// the office's, as much as one before it
		if c, t, ok := d.x.gz.place(toks[k+2].text); ok && t == "GPE" {
			of = c
		}
	}
	// (a body's office held in two bodies the story names is either
	// holder's: "the chief executive" of a story of two firms' chiefs)
	best, bestScore, holders := -1, 0, map[int]bool{}
	for ei, e := range d.ents {
		if e.typ != newsgraph.Person {
			continue
		}
		for _, mi := range e.mentions {
			r := d.mentions[mi].role
			if r == nil {
				continue
			}
			// "the IMF chief", "the Kenyan leader": any title of that body
			generic := (head == "leader" || head == "chief" || head == "head" || head == "boss") && of != ""
			if th := titleHead(r.title); th == "" || th != head && !generic {
				continue
			}
			if of != "" && r.of != of && d.entName(r.of) != of {
				continue
			}
			if r.former != former {
				continue // "the former prime minister" is not the one in office
			}
			if !hasWords(strings.ToLower(r.title), mods) {
				continue
			}
			holders[ei] = true
			score := 1 + len(e.mentions)
			if d.mentions[mi].sent <= si {
				score += 100
			}
			if score > bestScore {
				best, bestScore = ei, score
			}
		}
	}
	if bodyNominalHeads[head] && of == "" && len(holders) > 1 {
		return -1
	}
	if best < 0 && party {
		return d.describedSubject(si, head, history)
	}
	if best < 0 && of != "" && d.x.gz.isCountry(of) {
		// "the Slovak commissioner" of a commissioner of a body: the
		// nationality is the person's, not the office's; the one person
		// holding such an office of a body, or none
		for ei, e := range d.ents {
			if e.typ != newsgraph.Person || ei == best {
				continue
			}
			for _, mi := range e.mentions {
				r := d.mentions[mi].role
				if r == nil || titleHead(r.title) != head || r.former != former || r.of == "" || r.ofType != newsgraph.Organization || !hasWords(strings.ToLower(r.title), mods) {
					continue
				}
				if best >= 0 {
					return -1
				}
				best = ei
				break
			}
		}
	}
	if best < 0 && of != "" && d.x.gz.isCountry(of) {
		best = d.bareHolder(si, head, of, mods, former)
	}
	return best
}

// bareHolder is the one person named before sentence si whose title of
// kind head (any national office for "leader") the story gives with no
// country, for "the Kenyan president" or "the Kenyan leader" when no
// title names Kenya: the description says whose the office is. -1 when
// two people might be meant, or when someone else holds such an office
// of another country (the description may be of a third person).
func (d *doc) bareHolder(si int, head, of string, mods []string, former bool) int {
	best := -1
	for ei, e := range d.ents {
		if e.typ != newsgraph.Person {
			continue
		}
		for _, mi := range e.mentions {
			m := d.mentions[mi]
			r := m.role
			if r == nil || r.former != former || m.sent > si {
				continue
			}
			th := titleHead(r.title)
			if th != head && !(head == "leader" && countryTitle(r.title)) || !hasWords(strings.ToLower(r.title), mods) {
				continue
			}
			if r.of != "" {
				if r.of != of && d.x.gz.isCountry(r.of) {
					return -1
				}
				continue
			}
			if best >= 0 && best != ei {
				return -1
			}
			best = ei
		}
	}
	return best
}

// describedSubject is the person a "the <Party> leader" at sentence si
// goes on about: the subject of the nearest of the two sentences before
// it that names a person, when no title the text gives that person says
// otherwise. -1 when there is none.
func (d *doc) describedSubject(si int, head string, history []seen) int {
	h := len(history) - 1
	for h >= 0 && history[h].sent >= si {
		h--
	}
	if h < 0 || history[h].sent < si-2 {
		return -1
	}
	s := history[h].sent
	for h > 0 && history[h-1].sent == s {
		h--
	}
	ei := history[h].ent
	for _, mi := range d.ents[ei].mentions {
		if r := d.mentions[mi].role; r != nil {
			if th := titleHead(r.title); th != "" && th != head {
				return -1
			}
		}
	}
	return ei
}

// titleHead is the lower-case word a title is of kind: its last word, or
// the last before "of" ("Chancellor of the Exchequer" is a chancellor,
// "Secretary of State" a secretary). "" for an empty title.
func titleHead(title string) string {
	f := strings.Fields(strings.ToLower(title))
	for i, w := range f {
		if (w == "of" || w == "for" || w == "to") && i > 0 {
			return f[i-1] // "Minister for Trade", "Ambassador to Kell"
		}
	}
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// hasWords says whether title holds every word of mods ("defense" and
// "defence" alike).
func hasWords(title string, mods []string) bool {
	title = strings.ReplaceAll(title, "defense", "defence")
	for _, m := range mods {
		if !strings.Contains(title, strings.ReplaceAll(m, "defense", "defence")) {
			return false
		}
	}
	return true
}

// segmentStories marks unrelated stories pasted below an article: a
// paragraph opening with an all-capitals kicker ("ICE DISPUTE:") or a long
// paragraph cut off mid-sentence starts a story of its own.
func (d *doc) segmentStories() {
	d.stories = make([]int, len(d.sents))
	type para struct{ first, last int }
	var paras []para
	for si, s := range d.sents {
		if len(paras) == 0 || d.sents[paras[len(paras)-1].first].para != s.para {
			paras = append(paras, para{si, si})
		} else {
			paras[len(paras)-1].last = si
		}
	}
	truncated := func(p para) bool {
		s := d.sents[p.last]
		if s.heading || s.table {
			return false
		}
		words := 0
		for si := p.first; si <= p.last; si++ {
			words += len(d.sents[si].tokens)
		}
		last := s.tokens[len(s.tokens)-1].text
		return words >= 40 && last != "." && last != "!" && last != "?" && !isCloser(last)
	}
	kicker := func(p para) bool {
		toks := d.sents[p.first].tokens
		for k := 0; k < len(toks) && k < 5; k++ {
			if toks[k].text == ":" {
				return k > 0
			}
			if !toks[k].isAllCaps() {
				return false
			}
		}
		return false
	}
	story := 0
	for pi, p := range paras {
		if pi > 0 && (kicker(p) || truncated(p) || truncated(paras[pi-1])) {
			story++
		}
		for si := p.first; si <= p.last; si++ {
			d.stories[si] = story
		}
	}
}

// entName is the name of the entity a role's body was written as ("IMF"
// is the International Monetary Fund), or s itself.
func (d *doc) entName(s string) string {
	if ei := d.entByAlias(s); ei >= 0 {
		return d.ents[ei].name
	}
	return s
}

// slatedWords put an event ahead: "are expected to", "were due to".
var slatedWords = set("expected", "due", "set", "scheduled", "slated", "likely")

// pairVerbAfter says whether "the two" before token k is a pronoun, the
// subject of the verb of meeting that follows it: "the two met for an
// hour", "the two will hold talks", not "the two countries".
func pairVerbAfter(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	// only before a verb of meeting ("the two met", "the two will hold
	// talks"): what else "the two" did is told of whoever the story
	// followed last, and the pair of the sentence before is no safe guess
	// (or of signing: "the two signed a pact", "the two are expected to
	// sign", a deal with two sides; not "the two agreed that ...")
	meets := func(i int) bool {
		w := strings.ToLower(toks[i].text)
		return meetingVerbs[w] || signWords[w] || lightVerbs[w] && !agreeVerbs[w]
	}
	// "the two are expected (due, set) to meet": the verb the infinitive holds
	if beForms[strings.ToLower(toks[k].text)] && k+3 < len(toks) && slatedWords[strings.ToLower(toks[k+1].text)] && strings.EqualFold(toks[k+2].text, "to") {
		return meets(k + 3)
	}
	switch p := toks[k].pos; {
	case p == "VBD" || p == "VBZ" || p == "VBP":
		return meets(k)
	case p == "MD":
		for i := k + 1; i < len(toks) && i <= k+2; i++ {
			if strings.HasPrefix(toks[i].pos, "VB") {
				return meets(i)
			}
		}
	}
	return false
}

// epithetHeads are the nouns a story calls its person by after naming
// them: "The Oscar winner said", "the striker added".
var epithetHeads = set("winner", "star", "singer", "actor", "actress", "director", "film-maker", "filmmaker", "writer",
	"author", "striker", "midfielder", "defender", "goalkeeper", "player", "veteran", "champion", "international",
	"musician", "rapper", "comedian", "presenter", "novelist", "designer", "artist", "businessman", "businesswoman", "tycoon")

// epithet reads a sentence opened by "The", then capitalised or lower-case
// modifiers and a noun that names a person by what they are ("The Oscar
// winner", "The 43-year-old", "The New Zealander"), then a verb: the one
// person the sentence before names, or names last alone. It returns the
// head noun's token and that person, or -1, -1.
func (d *doc) epithet(si int, toks []token, history []seen) (int, int) {
	h := -1
	for k := 1; k < len(toks) && k <= 4; k++ {
		w := strings.ToLower(toks[k].text)
		if m := d.mentionAt(si, k); m != nil && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person {
			return -1, -1
		}
		if epithetHeads[w] || strings.HasSuffix(w, "-year-old") || d.x.gz.demonym[key(toks[k].text)] != "" && toks[k].isCap() {
			h = k
			if k+1 < len(toks) && strings.HasPrefix(toks[k+1].pos, "VB") {
				break
			}
			h = -1
		}
	}
	if h < 0 || si == 0 {
		return -1, -1
	}
	// the person the sentence before (or the one before it) names, alone
	ei := -1
	for i := len(history) - 1; i >= 0 && history[i].sent >= si-2; i-- {
		if history[i].sent == si {
			return -1, -1
		}
		if ei >= 0 && history[i].ent != ei {
			return -1, -1
		}
		ei = history[i].ent
	}
	return h, ei
}
