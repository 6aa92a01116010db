package extract

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// Event frames read over a dependency parse: a trigger word (a verb or a
// noun) takes its participants, place and date from its syntactic
// arguments, never from the words that happen to stand near it.

// tree is the dependency parse of one sentence: head[i] is the index of
// word i's head (-1 for the root), rel[i] its Universal Dependencies
// relation, kids[i] the words that hang on i in order.
type tree struct {
	from int // the first word after a dateline ("WASHINGTON, March 31 -"), else 0
	head []int
	rel  []string
	kids [][]int
	lw   []string // lower-case words
	tag  []string // Penn tags
}

// parse parses sentence si once; nil when the sentence holds no trigger
// word (most do not, and parsing is the costliest step of extraction).
func (d *doc) parse(si int) *tree {
	if d.trees[si] != nil || d.x.dep == nil {
		return d.trees[si]
	}
	toks := d.sents[si].tokens
	t := &tree{lw: make([]string, len(toks)), tag: make([]string, len(toks)), kids: make([][]int, len(toks))}
	for i, tk := range toks {
		t.tag[i] = tk.pos
		t.lw[i] = strings.ToLower(asciiQuotes.Replace(tk.text))
		if w, ok := misspelt[t.lw[i]]; ok {
			t.lw[i] = w
		}
	}
	// a straight quote mark is punctuation, whatever the tagger made of it
	// (a noun in 'are still "in talks" with X' breaks the clause apart):
	// by their order, the first of a pair opens and the second closes
	open := false
	for i := range toks {
		if t.lw[i] != "\"" {
			continue
		}
		if !open {
			t.tag[i] = "``"
		} else {
			t.tag[i] = "''"
		}
		open = !open
	}
	// "payments firm Zahlwerk", "law firm Hale": the noun "firm" between a
	// noun and a name, which the tagger read as the adjective
	for i := 1; i+1 < len(toks); i++ {
		if t.tag[i] == "JJ" && (t.lw[i] == "firm" || t.lw[i] == "firms") && strings.HasPrefix(t.tag[i-1], "NN") && strings.HasPrefix(t.tag[i+1], "NNP") {
			t.tag[i] = "NN"
		}
	}
	// prose tags a verb after a modal and an adverb as a noun ("will next
	// travel", "could soon meet"): an event verb's base form there is a verb
	for i := 1; i < len(toks); i++ {
		w := t.lw[i]
		if !strings.HasPrefix(t.tag[i], "NN") && t.tag[i] != "JJ" || !(meetingVerbs[w] || visitVerbs[w] || agreeVerbs[w]) {
			continue
		}
		// ("will hold talks" is a verb and its object: a light verb
		// before an event noun is no adverb)
		if t.tag[i-1] == "MD" || i > 1 && t.tag[i-2] == "MD" && (t.tag[i-1] == "RB" && !lightVerbs[t.lw[i-1]] || t.tag[i-1] == "VB" && !(meetingVerbs[t.lw[i-1]] || visitVerbs[t.lw[i-1]] || lightVerbs[t.lw[i-1]] && (meetNouns[w] || visitNouns[w] || agreeNouns[w]))) ||
			sharedModal(t, i) {
			t.tag[i] = "VB"
			if t.tag[i-1] == "VB" {
				t.tag[i-1] = "RB"
			}
		}
	}
	// "will fly out on Thursday and meet Minister X": a verb's base form
	// in lower case before a title, which the tagger took for the
	// title's first word, after "and" or "to"
	for i := 1; i+1 < len(toks); i++ {
		w := t.lw[i]
		if strings.HasPrefix(t.tag[i], "NNP") && toks[i].text == w && (t.lw[i-1] == "and" || t.lw[i-1] == "to") && (meetingVerbs[w] || visitVerbs[w] || agreeVerbs[w]) && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") {
			t.tag[i] = "VB"
		}
	}
	// "will next week visit X", "will this month sign": a time set
	// between the modal and the event verb, which the tagger reads as a
	// verb and a noun
	for i := 1; i+2 < len(toks); i++ {
		w := t.lw[i+2]
		if t.tag[i-1] == "MD" && (t.lw[i] == "next" || t.lw[i] == "this") && spanNames[t.lw[i+1]] && (meetingVerbs[w] || visitVerbs[w] || agreeVerbs[w]) {
			t.tag[i], t.tag[i+1], t.tag[i+2] = "JJ", "NN", "VB"
		}
	}
	// "a reception held for her by X": "held" and "hosted" are never
	// nouns; "X, speaking at a reception, said": a participle set off
	// after a comma and opening a prepositional phrase is no noun either
	for i := 1; i < len(toks); i++ {
		if (t.lw[i] == "held" || t.lw[i] == "hosted") && strings.HasPrefix(t.tag[i], "NN") {
			t.tag[i] = "VBN"
		}
		// "Ahead of meeting X, Y said": "ahead" opening a sentence is
		// the adverb, not a name
		if t.lw[i-1] == "ahead" && i == 1 && t.lw[i] == "of" && strings.HasPrefix(t.tag[i-1], "NN") {
			t.tag[i-1] = "RB"
		}
		// "Returning home from X, Y said": "home" after a verb of going
		// back is the adverb, not the noun the participle describes
		if t.lw[i] == "home" && returnVerbs[t.lw[i-1]] && strings.HasPrefix(t.tag[i], "NN") {
			t.tag[i] = "RB"
		}
		// "talks co-chaired by X and Y": a participle of heldBy before
		// its by-phrase, which the tagger read as an adjective
		if heldBy[t.lw[i]] && (t.tag[i] == "JJ" || strings.HasPrefix(t.tag[i], "NN")) && i+1 < len(toks) && t.lw[i+1] == "by" {
			t.tag[i] = "VBN"
		}
		if (t.lw[i] == "held" || t.lw[i] == "hosted" || t.lw[i] == "given") && t.tag[i] == "VBD" && meetNouns[t.lw[i-1]] && strings.HasPrefix(t.tag[i-1], "NN") {
			// "a reception held for her by X": a participle after the
			// event noun when a by-phrase names the host
			for k := i + 1; k < len(toks) && k <= i+6 && !strings.HasPrefix(t.tag[k], "VB"); k++ {
				if t.lw[k] == "by" {
					t.tag[i] = "VBN"
					break
				}
			}
		}
		if t.tag[i] == "NN" && strings.HasSuffix(t.lw[i], "ing") && t.lw[i-1] == "," && i+1 < len(toks) && t.tag[i+1] == "IN" && speakVerbs[t.lw[i]] {
			// (only before a gathering: "speaking at a reception"; the
			// parse of "X, speaking in CITY, said" is read as it is)
			for k := i + 2; k < len(toks) && k <= i+5; k++ {
				if meetNouns[t.lw[k]] {
					t.tag[i] = "VBG"
					break
				}
			}
		}
	}
	// "received the visiting Prime Minister of X": a participle that
	// stands before a title is part of it, an adjective, not a clause
	for i := 0; i+1 < len(toks); i++ {
		if titleParticiples[t.lw[i]] && strings.HasPrefix(t.tag[i], "VB") && (titleHeads[toks[i+1].text] || titleMods[toks[i+1].text] || lowerTitles[t.lw[i+1]] || lowerTitleMods[t.lw[i+1]]) {
			t.tag[i] = "JJ"
		}
	}
	// "The board, meeting here ahead of the summit, put off": "meeting"
	// set off after a noun, before where or when, is the noun's
	// participle, not a second noun
	for i := 2; i+1 < len(toks); i++ {
		if (t.lw[i] == "meeting" || t.lw[i] == "gathering") && t.tag[i] == "NN" && t.lw[i-1] == "," && strings.HasPrefix(t.tag[i-2], "NN") && (t.tag[i+1] == "IN" && t.lw[i+1] != "of" || t.lw[i+1] == "here" || t.lw[i+1] == "there" || t.lw[i+1] == "ahead" || t.lw[i+1] == "today" || t.lw[i+1] == "tomorrow") {
			t.tag[i] = "VBG"
		}
	}
	// "Delegates to the conference met": a sentence's first word, a
	// capital's plural read as a verb before a later verb, is the noun
	if i, _ := d.datelineOf(si); i < len(toks)-1 && t.tag[i] == "VBZ" && toks[i].isCap() && (t.tag[i+1] == "IN" || t.tag[i+1] == "TO") {
		for k := i + 2; k < len(toks); k++ {
			if t.tag[k] == "VBD" || t.tag[k] == "VBZ" || t.tag[k] == "VBP" || t.tag[k] == "MD" {
				t.tag[i] = "NNS"
				break
			}
		}
	}
	// "met X in the cup final on Saturday": a stage of a competition
	// that no noun follows is the noun, not an adjective
	for i := 1; i < len(toks); i++ {
		if t.tag[i] == "JJ" && fixtureNouns[t.lw[i]] && (i+1 == len(toks) || !strings.HasPrefix(t.tag[i+1], "NN") && t.tag[i+1] != "JJ" && t.tag[i+1] != "CD") {
			t.tag[i] = "NN"
		}
	}
	// "at a special stockholders meeting on Friday": "meeting"
	// after an owners' plural that an article opens is the phrase's head
	// noun, not a participle of the owners
	for i := 2; i < len(toks); i++ {
		if t.lw[i] != "meeting" || t.tag[i] != "VBG" || !holderNouns[strings.TrimSuffix(t.lw[i-1], "'")] {
			continue
		}
		k := i - 2
		for k > 0 && (t.tag[k] == "JJ" || t.tag[k] == "NNP" || t.tag[k] == "POS") {
			k--
		}
		if t.tag[k] == "DT" || t.tag[k] == "PRP$" {
			t.tag[i] = "NN"
		}
	}
	// "The 29-year-old flew to X", "the 63-year-old will visit Y": an age
	// after an article and before a verb or a modal is the noun that
	// names the person, not an adjective that makes the verb a noun
	for i := 1; i+1 < len(toks); i++ {
		if !strings.HasSuffix(t.lw[i], "-year-old") || t.lw[i-1] != "the" && t.lw[i-1] != "a" {
			continue
		}
		w, next := t.lw[i+1], t.tag[i+1]
		event := meetingVerbs[w] || visitVerbs[w] || agreeVerbs[w] || sayVerbs[w]
		switch {
		case next == "MD" || next == "VBD" || next == "VBZ":
			t.tag[i] = "NN"
		case event && (strings.HasPrefix(next, "NN") || next == "JJ" || next == "VBN"):
			t.tag[i] = "NN"
			t.tag[i+1] = "VBD"
			if strings.HasSuffix(w, "s") {
				t.tag[i+1] = "VBZ"
			}
		}
	}
	// "the X general assembly": a sitting's adjective and its noun, which
	// the tagger may take for adverbs
	for i := 1; i < len(toks); i++ {
		if t.lw[i] == "assembly" && sittingWords[t.lw[i-1]] && !strings.HasPrefix(t.tag[i], "NN") {
			t.tag[i], t.tag[i-1] = "NN", "JJ"
		}
	}
	// "held a bilateral with X": the adjective after an article and
	// before "with" is the meeting itself
	for i := 1; i+1 < len(toks); i++ {
		if (t.lw[i] == "bilateral" || t.lw[i] == "bilaterals") && (t.lw[i-1] == "a" || t.lw[i-1] == "the" || t.lw[i-1] == "their") && (t.lw[i+1] == "with" || t.lw[i+1] == "between") {
			t.tag[i] = "NN"
		}
	}
	// "with Qatari shipping group X": a trade's gerund before the noun it
	// names the trade of is a noun, not a verb opening a clause
	for i := 1; i+1 < len(toks); i++ {
		if tradeGerunds[t.lw[i]] && t.tag[i] == "VBG" && strings.HasPrefix(t.tag[i+1], "NN") && !strings.HasPrefix(t.tag[i+1], "NNP") && (t.tag[i-1] == "NNP" || t.tag[i-1] == "JJ" || t.tag[i-1] == "DT") {
			t.tag[i] = "NN"
		}
		// "its 25 pct holding in X", "a majority holding": the noun, not
		// a participle, after a share's measure or its owner
		if t.lw[i] == "holding" && t.tag[i] == "VBG" && (shareNouns[t.lw[i-1]] || t.tag[i-1] == "PRP$" || t.tag[i-1] == "DT" || t.lw[i-1] == "majority" || t.lw[i-1] == "minority" || t.lw[i-1] == "controlling") {
			t.tag[i] = "NN"
		}
		// "X's leasing unit", "its banking arm": a gerund between a
		// possessive and the part of a firm it names the trade of
		if t.tag[i] == "VBG" && (t.tag[i-1] == "POS" || t.tag[i-1] == "PRP$") && (firmParts[t.lw[i+1]] || firmKind(t.lw[i+1])) && !triggerWord(t.lw[i]) {
			t.tag[i] = "NN"
		}
	}
	// "sign the fisheries accord on Friday": after an article and a plain
	// noun, before a preposition or the end, "accord" is the noun the
	// article opens, not a verb with that noun its subject
	for i := 2; i < len(toks); i++ {
		if (t.lw[i] == "accord" || t.lw[i] == "accords") && strings.HasPrefix(t.tag[i], "VB") && (t.tag[i-1] == "NN" || t.tag[i-1] == "NNS") &&
			(t.tag[i-2] == "DT" || t.tag[i-2] == "PRP$") && (i+1 == len(toks) || t.tag[i+1] == "IN" || t.tag[i+1] == "," || t.tag[i+1] == ".") {
			t.tag[i] = "NN"
		}
	}
	infinitiveVerbs(t)
	presentVerbs(t)
	finiteFate(t)
	// "talks with her on Sunday": "her" before a preposition or the end
	// of a phrase owns nothing, it is the object
	for i := 0; i < len(toks); i++ {
		if t.lw[i] == "her" && t.tag[i] == "PRP$" && objectHer(toks, i) {
			t.tag[i] = "PRP"
		}
	}
	// "on Friday evening": the tagger reads a time of day after a day as
	// a participle
	for i := 1; i < len(toks); i++ {
		if (t.lw[i] == "evening" || t.lw[i] == "morning") && t.tag[i] == "VBG" {
			if _, ok := weekdayNum(toks[i-1].text); ok || t.lw[i-1] == "yesterday" || t.lw[i-1] == "tomorrow" || t.lw[i-1] == "this" || t.lw[i-1] == "that" || t.lw[i-1] == "the" || t.lw[i-1] == "every" {
				t.tag[i] = "NN"
			}
		}
	}
	// the dateline is no part of the sentence's grammar, and a name is one
	// word to the parser ("Sheikh Tamir bin Khalid al-Rasheedi" is one
	// proper noun, not five to attach): each name is given by its last
	// word, and its other words hang on that one
	t.from, _ = d.datelineOf(si)
	if t.from >= len(toks) {
		// a sentence that is all dateline ("WASHINGTON (Reuters) -" on a
		// line of its own, which a hard-wrapped lede may run into) leaves
		// no clause to parse: every reading below starts at t.from
		return nil
	}
	// a one-word name is a proper noun whatever the tagger made of it
	// ("a visit to Lisbon" tagged as "to" and a verb)
	for _, mi := range d.bySent[si] {
		m := d.mentions[mi]
		if k := m.j - 1; m.kind == named && m.ent >= 0 && m.j-m.i == 1 && k >= 0 && k < len(toks) && toks[k].isCap() && !strings.HasPrefix(t.tag[k], "NN") {
			t.tag[k] = "NNP"
		}
		// "with Assistant Secretary for Trade X": a "for" inside the
		// capitalised office before a person's name is part of the name's
		// title, no preposition that would take the name from the clause
		if m.kind == named && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person && m.i >= 3 {
			for k := m.i - 1; k >= 1 && k >= m.i-6 && (toks[k].isCap() || toks[k].text == "for" || toks[k].text == "and"); k-- {
				if toks[k].text == "for" && titleHeads[toks[k-1].text] && toks[k+1].isCap() {
					t.tag[k] = "NNP"
				}
			}
		}
		// and a name is one thing, whatever its last word's number: the
		// treebank has a few dozen plural proper nouns, too few for the
		// parser to attach them ("Japan and the Philippines signed" put
		// the two names apart as two subjects)
		if k := m.j - 1; m.kind == named && m.ent >= 0 && k >= 0 && k < len(toks) && t.tag[k] == "NNPS" {
			t.tag[k] = "NNP"
		}
	}
	// "X heads for Brussels", "the team next heads to Oslo": the tagger
	// reads "heads" before a direction as a plural noun; "The minister
	// travels on to X", "the envoy flies to Y": so too a trip verb after
	// the noun that opens the clause with its article
	for i := 1; i+1 < len(toks); i++ {
		if t.lw[i] == "heads" && t.tag[i] == "NNS" && headsDirections[t.lw[i+1]] && t.tag[i-1] != "DT" && t.tag[i-1] != "PRP$" && t.tag[i-1] != "POS" && t.tag[i-1] != "IN" {
			t.tag[i] = "VBZ"
		}
		if i >= 2 && t.tag[i] == "NNS" && visitVerbs[t.lw[i]] && strings.HasSuffix(t.lw[i], "s") && (headsDirections[t.lw[i+1]] || t.lw[i+1] == "on") &&
			t.tag[i-1] == "NN" && t.tag[i-2] == "DT" && (i == 2 || i-3 < t.from || toks[i-3].text == "," || t.tag[i-3] == "IN") {
			t.tag[i] = "VBZ"
		}
	}
	// "Alves hopes to visit", "Holm plans to go": a plural noun between a
	// person's name and "to" and a verb is the person's verb
	for i := 1; i+2 < len(toks); i++ {
		if t.tag[i] == "NNS" && t.lw[i+1] == "to" && t.tag[i+2] == "VB" && strings.HasSuffix(t.lw[i], "s") {
			if m := d.mentionAt(si, i-1); m != nil && m.j == i && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person {
				t.tag[i] = "VBZ"
			}
		}
	}
	// "A and B meet tomorrow", "A and B sign the accord on Friday": the
	// tagger reads an event verb's plain form after two names as a noun;
	// after a name that opens the clause (no article or adjective before
	// it, as in "the Leipzig meet") and its partner it is their verb
	for i := 3; i+1 < len(toks); i++ {
		w := t.lw[i]
		if t.tag[i] == "VBD" && (w == "meet" || w == "sign" || w == "agree") {
			t.tag[i] = "VBP" // a plain form is no past tense ("officials meet tomorrow")
		}
		if t.tag[i] != "NN" || !(w == "meet" || w == "visit" || w == "sign" || w == "agree") {
			continue
		}
		m := d.mentionAt(si, i-1)
		if m == nil || m.j != i || m.ent < 0 || d.isPlace(m.ent) && d.ents[m.ent].typ != newsgraph.GPE {
			continue
		}
		a := m.i
		if d.ents[m.ent].typ == newsgraph.Person {
			a = d.titleStart(si, t, m.i)
		}
		if a < 2 || t.lw[a-1] != "and" {
			continue
		}
		p := d.mentionAt(si, a-2)
		if p == nil || p.j != a-1 || p.ent < 0 {
			continue
		}
		b := p.i
		if d.ents[p.ent].typ == newsgraph.Person {
			b = d.titleStart(si, t, p.i)
		}
		if b > t.from && (t.tag[b-1] == "DT" || t.tag[b-1] == "PRP$" || t.tag[b-1] == "JJ" || t.tag[b-1] == "POS") {
			continue
		}
		t.tag[i] = "VBP"
	}
	// "A and B plan to meet": after two names joined by "and", a verb of
	// intent before "to" and a verb is their verb, not a noun
	for i := 1; i+2 < len(toks); i++ {
		if t.tag[i] != "NN" || !intentVerbs[t.lw[i]] || t.lw[i+1] != "to" || t.tag[i+2] != "VB" {
			continue
		}
		m := d.mentionAt(si, i-1)
		if m == nil || m.j != i || m.ent < 0 {
			continue
		}
		a := m.i
		if d.ents[m.ent].typ == newsgraph.Person {
			a = d.titleStart(si, t, m.i) // "A and Minister for Sport B plan to"
		}
		if a >= 2 && (t.lw[a-1] == "and" || t.lw[a-1] == "&") {
			if p := d.mentionAt(si, a-2); p != nil && p.j == a-1 && p.ent >= 0 {
				t.tag[i] = "VBP"
			}
		}
	}
	t.head, t.rel = make([]int, len(toks)), make([]string, len(toks))
	last := make([]int, len(toks)) // token -> the last token of its name, or itself
	for i := range toks {
		last[i] = i
	}
	for _, mi := range d.bySent[si] {
		m := d.mentions[mi]
		if m.kind != named || m.ent < 0 || m.i < t.from || m.j > len(toks) {
			continue
		}
		a := m.i
		if m.j-a < 2 {
			continue
		}
		for k := a; k < m.j; k++ {
			if last[k] == k || last[k] < m.j-1 {
				last[k] = m.j - 1
			}
		}
	}
	// so is what opens a sentence to describe the firm it names:
	// "Japanese trading house X has agreed", "Lisbon-based X acquired",
	// which the parser otherwise reads as a second subject or a clause
	for _, mi := range d.bySent[si] {
		m := d.mentions[mi]
		if m.kind != named || m.ent < 0 || m.i <= t.from || m.j > len(toks) || d.ents[m.ent].typ != newsgraph.Organization {
			continue
		}
		if b := d.firmDescriptionStart(t, toks, m.i); b < m.i {
			for k := b; k < m.i; k++ {
				last[k] = m.j - 1
			}
		}
	}
	// a person's title is part of the name to the parser too: "East
	// German Fisheries Minister Egon Falk", "Kestrel boss Tavi
	// Korhonen" are one noun, which the EWT-trained parser otherwise
	// breaks into a string of compounds and lists
	for _, mi := range d.bySent[si] {
		m := d.mentions[mi]
		if m.kind != named || m.ent < 0 || m.i <= t.from || m.j > len(toks) || d.ents[m.ent].typ != newsgraph.Person {
			continue
		}
		for k := d.titleStart(si, t, m.i); k < m.i; k++ {
			last[k] = m.j - 1
		}
		// so is the title set off before the name that the person holds
		// ("Senegal's fisheries minister, Aminata Diallo, met"): to the
		// parser, the owner's possessive before it is a noun to join to
		// the clause apart from the person
		if a := d.appositiveTitleStart(si, t, m); a < m.i {
			for k := a; k < m.i; k++ {
				last[k] = m.j - 1
			}
			if m.j < len(toks) && toks[m.j].text == "," {
				last[m.j] = m.j - 1 // the comma that closes the aside
			}
		}
	}
	// wire copy brackets names and tickers ("<Airbus Industrie>", "Pan Am
	// Corp <PNN>"): the brackets and a ticker inside them are no words
	skip := make([]bool, len(toks))
	for i := t.from; i < len(toks); i++ {
		if br, ok := parenTicker(toks, i+1); ok && toks[i].text == "(" {
			for k := br[0]; k <= br[1]; k++ {
				skip[k] = true // "Halverton Plc (HALV.L)"
			}
			continue
		}
		if toks[i].text != "<" {
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+8 && toks[j].text != ">" {
			j++
		}
		if j >= len(toks) || toks[j].text != ">" {
			continue
		}
		skip[i], skip[j] = true, true
		named := false
		for k := i + 1; k < j; k++ {
			named = named || d.mentionAt(si, k) != nil
		}
		for k := i + 1; k < j && !named; k++ {
			skip[k] = true
		}
	}
	// "the Credit Agency's (CAG) chief executive X": an acronym in
	// brackets after a possessive name repeats the name; to the parser it
	// is a second noun that tears the owner from what it owns (after a
	// name alone, "the Fund (IMF) and X", it parses well enough)
	for i := t.from + 2; i+2 < len(toks); i++ {
		if toks[i].text != "(" || toks[i+2].text != ")" || !isAcronym(toks[i+1].text) || t.lw[i-1] != "'s" && t.lw[i-1] != "'" {
			continue
		}
		if m := d.mentionAt(si, i-2); m != nil && m.j == i-1 && m.kind == named {
			skip[i], skip[i+1], skip[i+2] = true, true, true
		}
	}
	// "a dollars 2bn (1.5bn euros; pounds 1bn) settlement": sums in other
	// currencies in brackets after a sum are no words of the clause
	for i := t.from + 1; i+2 < len(toks); i++ {
		if toks[i].text != "(" || !digitLed(t.lw[i-1]) {
			continue
		}
		j, sums := i+1, 0
		for ; j < len(toks) && j <= i+8 && toks[j].text != ")"; j++ {
			w := t.lw[j]
			if !digitLed(w) && !currencyWords[w] && w != ";" && w != "," {
				break
			}
			if digitLed(w) {
				sums++
			}
		}
		if j < len(toks) && toks[j].text == ")" && sums > 0 {
			for k := i; k <= j; k++ {
				skip[k] = true
			}
		}
	}
	// BBC copy writes "$6bn" as "dollars 6bn" and adds "(pounds 3bn)":
	// in "a dollars 9bn (pounds 5bn) pact" the parser takes the currency
	// for the head noun and the deal for its object; it reads the sum as
	// the number before the noun, without the currency word or the aside
	for i := t.from + 1; i+1 < len(toks); i++ {
		if !currencyWords[t.lw[i]] || t.tag[i+1] != "CD" && (t.lw[i+1] == "" || t.lw[i+1][0] < '0' || t.lw[i+1][0] > '9') {
			continue
		}
		switch {
		case t.tag[i-1] == "DT" || t.tag[i-1] == "PRP$" || t.tag[i-1] == "POS":
			skip[i] = true
		case toks[i-1].text == "(" && i+2 < len(toks) && toks[i+2].text == ")":
			skip[i-1], skip[i], skip[i+1], skip[i+2] = true, true, true, true
		}
	}
	// "received in audience X": the manner set between the verb and its
	// object leads the parser astray (X read as a subject, or hung on
	// "audience"); it reads "received X" and hangs the manner on the verb
	var shifted []int // the verbs
	for i := t.from; i+3 < len(toks); i++ {
		if receiveVerb(t.lw[i]) && t.lw[i+1] == "in" && t.lw[i+2] == "audience" && t.verb(i) {
			skip[i+1], skip[i+2] = true, true
			shifted = append(shifted, i)
		}
	}
	// "signed up for a deal", "signed on to the accord": the phrasal verb
	// signs the noun as "signed a deal" does, but the parser hangs the
	// noun on the preposition; it reads the verb and noun without them
	var phrasal [][2]int // [verb, particle]
	for i := t.from; i+3 < len(toks); i++ {
		if !signWords[t.lw[i]] || !(t.lw[i+1] == "up" && (t.lw[i+2] == "for" || t.lw[i+2] == "to") || t.lw[i+1] == "on" && t.lw[i+2] == "to") {
			continue
		}
		for k := i + 3; k < len(toks) && k <= i+10; k++ {
			if agreeNouns[t.lw[k]] {
				skip[i+1], skip[i+2] = true, true
				phrasal = append(phrasal, [2]int{i, i + 1})
				break
			}
			if strings.HasPrefix(t.tag[k], "VB") || t.tag[k] == "IN" || t.tag[k] == "," || t.tag[k] == "." {
				break // "signed up for a course on the deal": another noun's
			}
		}
	}
	for i := 0; i < len(toks); i++ {
		t.head[i], t.rel[i] = -1, "dep"
		if i >= t.from && last[i] != i {
			t.head[i], t.rel[i] = last[i], "flat"
		}
	}
	// a fronted phrase ("After the talks, X flew ...", "Following the
	// audience, X ...") is parsed apart from the clause it opens, and hung
	// on that clause's root: the parser reads short clauses best
	comma := -1
	// a participle opening the sentence before a preposition or article
	// opens one too ("Speaking during a visit to X, Y said")
	// (a past participle before its agent as well: "Hosted by X in Y,
	// the talks ...", "Mediated by X, the talks ...")
	if t.from+1 < len(toks) && t.lw[t.from] == "met" && t.tag[t.from+1] == "IN" && slices.Contains(t.lw[t.from+1:min(len(toks), t.from+8)], "by") {
		t.tag[t.from] = "VBN" // "Met at the airport by X, Y ...", however the tagger read the capital
	}
	participle := t.from+1 < len(toks) && t.tag[t.from] == "VBG" && !toks[t.from+1].isCap() && (t.tag[t.from+1] == "IN" || t.tag[t.from+1] == "TO" || t.tag[t.from+1] == "DT") ||
		t.from+1 < len(toks) && (t.tag[t.from] == "VBN" || t.tag[t.from] == "VBD") && t.lw[t.from+1] == "by" ||
		// (and one of receiving, before where: "Greeted at the airport by X, Y ...")
		t.from+1 < len(toks) && (t.tag[t.from] == "VBN" || t.tag[t.from] == "VBD") && (welcomeVerb(t.lw[t.from]) || t.lw[t.from] == "met") && t.tag[t.from+1] == "IN"
	// and a perfect participle ("Having met X in Y, Z flew on to W")
	participle = participle || t.from+1 < len(toks) && t.lw[t.from] == "having" && (t.tag[t.from+1] == "VBN" || t.tag[t.from+1] == "VBD")
	// and so does an infinitive of purpose ("To meet X, Y flew to Z")
	purpose := t.from+1 < len(toks) && t.lw[t.from] == "to" && t.tag[t.from+1] == "VB"
	// and a time before "after" or "before" ("Hours after signing a deal
	// with X, Y left", "Two days before meeting X, Y said")
	lead := t.from
	if lead+1 < len(toks) && t.tag[lead] == "CD" {
		lead++
	}
	spanned := lead+1 < len(toks) && (spanNouns[t.lw[lead]] || t.lw[lead] == "minutes" || t.lw[lead] == "shortly" || t.lw[lead] == "soon" || t.lw[lead] == "moments") &&
		(t.lw[lead+1] == "after" || t.lw[lead+1] == "before")
	if t.from < len(toks) && (frontWords[t.lw[t.from]] || participle || purpose || spanned) {
		for k := t.from + 1; k < len(toks) && k <= t.from+14; k++ {
			if toks[k].text == "," {
				comma = k
				// "After travelling to A, B, C and D, X ...": the list of
				// places closes the fronted phrase, not the first comma
				for j := d.placeListEnd(si, k); j > k; j = d.placeListEnd(si, comma) {
					comma = j
				}
				// "In a meeting with the head of X, NAME, in Y, Z said": the
				// name set off after the title it names, and a place phrase
				// set off after that, belong to the fronted phrase
				for j := d.titledNameEnd(si, comma); j > comma; j = d.titledNameEnd(si, comma) {
					comma = j
					if c := d.placePhraseEnd(si, comma); c > comma {
						comma = c
					}
				}
				break
			}
			if strings.HasPrefix(t.tag[k], "VB") && t.tag[k] != "VBG" && t.tag[k] != "VBN" && !(purpose && k == t.from+1) {
				break // a clause of its own: "After X met Y, ..."
			}
		}
	}
	span := func(a, b int) []int {
		var out []int
		for k := a; k < b; k++ {
			out = append(out, k)
		}
		return out
	}
	main := span(t.from, len(toks))
	front, unmarked := -1, false
	if comma > t.from+1 && comma < len(toks)-3 {
		front = d.parseSpan(t, toks, last, skip, span(t.from, comma))
		main = span(comma+1, len(toks))
	} else if comma < 0 {
		// "In June X agreed to buy Y", "Last year X sold ...": a fronted
		// phrase no comma sets off ends where a name opens the clause
		// before its finite verb; the parser, which reads the two as one
		// phrase, loses the subject to the phrase's preposition
		if b := d.unmarkedFrontEnd(si, t, toks); b > 0 {
			front, unmarked = d.parseSpan(t, toks, last, skip, span(t.from, b)), true
			main = span(b, len(toks))
		}
	}
	// "Attending the talks were A and B", "Taking part in the meeting
	// was X": a participle of taking part opens the sentence and its
	// subject follows "were"; the parser, which never saw the order,
	// reads the participle's phrase and the subject apart, and the
	// subject is hung on the participle
	inverted := -1 // the "were"
	if front < 0 && t.from+3 < len(toks) && t.tag[t.from] == "VBG" && (attendVerbs[t.lw[t.from]] || partakingWords[t.lw[t.from]] || t.lw[t.from] == "taking" && t.lw[t.from+1] == "part") {
		for k := t.from + 2; k < len(toks)-2 && k <= t.from+14; k++ {
			if w := t.lw[k]; w == "were" || w == "was" || w == "are" || w == "is" {
				inverted = k
				break
			}
			if strings.HasPrefix(t.tag[k], "VB") && t.tag[k] != "VBG" && t.tag[k] != "VBN" || t.lw[k] == "," {
				break
			}
		}
		if inverted > 0 {
			front = d.parseSpan(t, toks, last, skip, span(t.from, inverted))
			main = span(inverted+1, len(toks))
		}
	}
	// a relative clause between commas ("X, who met Y on Monday, has
	// been ...") is parsed apart too and hung on the noun before it
	var rels [][2]int   // [first comma, closing comma]
	var asides [][2]int // the same, of an aside on a named subject
	// ("X flew from Y, where he met Z."), or closing the sentence
	for k := main[0]; k+2 < len(toks); k++ {
		// "X, accompanied by Y, ...": a companion's phrase is parsed apart too
		companion := companionVerbs[strings.ToLower(toks[k+1].text)] && strings.EqualFold(toks[k+2].text, "by") && k > 0 &&
			d.mentionAt(si, k-1) != nil && d.mentionAt(si, k-1).ent >= 0 && d.ents[d.mentionAt(si, k-1).ent].typ == newsgraph.Person
		// "The delegation, led by X, will ...": who leads a group, parsed
		// apart as well, or the parser takes "led" for the main verb
		companion = companion || leadVerbs[strings.ToLower(toks[k+1].text)] && strings.EqualFold(toks[k+2].text, "by") && k > 0 && (d.mentionAt(si, k-1) != nil || t.noun(k-1))
		// "X, during a visit to Y, said", "X, in Y for talks with Z,
		// said", "X, briefing reporters after talks with Y, said": an
		// aside on the named subject's circumstances, which the parser
		// otherwise joins to the name as a second subject
		aside := toks[k].text == "," && k > 0 && (asideWords[strings.ToLower(toks[k+1].text)] || t.tag[k+1] == "VBG") && d.namedActor(si, k-1)
		if aside {
			for c := k + 2; c < len(toks)-2 && c <= k+25; c++ {
				if toks[c].text == "," {
					asides = append(asides, [2]int{k, c})
					k = c
					break
				}
				if toks[c].text == ";" || toks[c].text == "\"" {
					break
				}
			}
			continue
		}
		// "A stop in X, planned earlier to woo Y, has been dropped": a
		// participle between commas, before the clause's own verb,
		// describes the noun before it, or the parser takes it for the
		// main verb
		participle := (t.tag[k+1] == "VBN" || t.tag[k+1] == "VBD" && strings.HasSuffix(t.lw[k+1], "ed")) && !companion && !leadVerbs[t.lw[k+1]]
		if toks[k].text != "," || !relativeWords[strings.ToLower(toks[k+1].text)] && !companion && !participle || k == 0 || d.mentionAt(si, k-1) == nil && !t.noun(k-1) {
			continue
		}
		if m := d.mentionAt(si, k-1); strings.ToLower(toks[k+1].text) == "where" && (m == nil || !d.isPlace(m.ent)) {
			continue
		}
		closed := false
		for c := k + 2; c < len(toks)-2 && c <= k+25; c++ {
			if toks[c].text == "," && last[c] <= c { // (not the comma inside "met Y's minister, Z")
				// "X, who toured A, B and C, held talks": the list of
				// places closes the clause, not the comma after its first
				for j := d.placeListEnd(si, c); j > c && j < len(toks)-2; j = d.placeListEnd(si, c) {
					c = j
				}
				if participle && !(t.tag[c+1] == "MD" || t.tag[c+1] == "VBZ" || t.tag[c+1] == "VBD" || t.tag[c+1] == "VBP") {
					break
				}
				rels = append(rels, [2]int{k, c})
				k, closed = c, true
				break
			}
		}
		if participle {
			continue
		}
		// ("X flew in from Y, where she met Z on Monday to discuss ...":
		// a clause on a place may run long to the end)
		limit := 25
		if strings.EqualFold(toks[k+1].text, "where") {
			limit = 45
		}
		if end := len(toks) - 1; !closed && end-k <= limit && end > k+3 && (toks[end].text == "." || toks[end].text == "!") {
			comma := false
			for c := k + 2; c < end; c++ {
				comma = comma || toks[c].text == "," && last[c] <= c || toks[c].text == ";"
			}
			if !comma {
				rels = append(rels, [2]int{k, end})
				break
			}
		}
	}
	if len(rels)+len(asides) > 0 {
		in := map[int]bool{}
		for _, r := range append(append([][2]int{}, rels...), asides...) {
			for k := r[0]; k <= r[1]; k++ {
				in[k] = true
			}
		}
		var rest []int
		for _, k := range main {
			if !in[k] {
				rest = append(rest, k)
			}
		}
		main = rest
	}
	root := d.parseSpan(t, toks, last, skip, main)
	for _, p := range phrasal {
		t.head[p[1]], t.rel[p[1]] = p[0], "compound:prt"
		t.head[p[1]+1], t.rel[p[1]+1] = p[0], "dep"
	}
	for _, v := range shifted {
		t.head[v+2], t.rel[v+2] = v, "obl"
		t.head[v+1], t.rel[v+1] = v+2, "case"
	}
	for _, r := range rels {
		rr := d.parseSpan(t, toks, last, skip, span(r[0]+1, r[1]))
		rr = copulaRelative(t, r[0]+1, r[1], rr)
		noun := last[r[0]-1]
		if p := d.originOwner(si, r[0]); p >= 0 && strings.EqualFold(toks[r[0]+1].text, "who") {
			noun = last[p] // "Premier X of Sweden, who ...": X, not Sweden
		}
		if rr >= 0 {
			t.head[rr], t.rel[rr] = noun, "acl:relcl"
			if companionVerbs[t.lw[r[0]+1]] || leadVerbs[t.lw[r[0]+1]] || t.tag[r[0]+1] == "VBN" || t.tag[r[0]+1] == "VBD" {
				t.rel[rr] = "acl"
			}
		}
		t.head[r[0]], t.rel[r[0]] = noun, "punct"
		t.head[r[1]], t.rel[r[1]] = noun, "punct"
	}
	for _, r := range asides {
		rr := d.parseSpan(t, toks, last, skip, span(r[0]+1, r[1]))
		if v := r[0] + 1; rr >= 0 && rr != v && t.tag[v] == "VBG" && t.head[v] == rr {
			// "visiting Ottawa to speak ...": the participle the parser
			// read as a preposition heads the aside, the noun its object
			t.head[rr], t.rel[rr] = v, "obj"
			rr = v
		}
		noun := last[r[0]-1]
		// the aside tells the circumstances of the subject's verb
		h, rel := t.head[noun], "obl"
		if h < 0 || !t.verb(h) || !strings.HasPrefix(t.rel[noun], "nsubj") {
			h, rel = noun, "nmod"
		}
		if rr >= 0 {
			t.head[rr], t.rel[rr] = h, rel
			if t.verb(rr) {
				t.rel[rr] = "advcl"
				if h == noun {
					t.rel[rr] = "acl"
				}
			}
		}
		t.head[r[0]], t.rel[r[0]] = rr, "punct"
		t.head[r[1]], t.rel[r[1]] = rr, "punct"
	}
	if root >= 0 && inverted > 0 && front >= 0 {
		t.head[root], t.rel[root] = front, "nsubj"
		t.head[inverted], t.rel[inverted] = front, "aux"
		t.head[front], t.rel[front] = -1, "root"
		if k := len(toks) - 1; t.tag[k] == "." {
			t.head[k], t.rel[k] = front, "punct"
		}
	}
	if root >= 0 {
		if (comma >= 0 || unmarked) && front >= 0 {
			if comma >= 0 {
				t.head[comma], t.rel[comma] = root, "punct"
			}
			t.head[front], t.rel[front] = root, "obl"
			if t.verb(front) {
				t.rel[front] = "advcl"
			}
		}
	}
	// "flat" joins the words of one name; a name the parser hung on a
	// verb by it ("summoned Mr Lis back") is the verb's object
	for i, h := range t.head {
		if h >= 0 && t.rel[i] == "flat" && h < i && t.verb(h) && last[i] == i && d.mentionAt(si, i) != nil {
			t.rel[i] = "obj"
		}
	}
	t.link()
	// the mends run in this order, each on what the ones before left; the
	// tree is re-linked after a mend that changed it. A mend that would make
	// a word its own ancestor (a rule meeting a parse it did not foresee)
	// is undone: the tree's readers walk it down from the root, and a
	// cycle there never ends
	mends := []func() bool{
		func() bool { return d.hyphenParticiples(si, t) },
		t.strandedObjects,
		t.havingObjects,
		t.spanLeads,
		t.aheadCases,
		t.objectConjuncts,
		t.crossedDeterminers,
		func() bool { return d.splitLists(si, t) },
		func() bool { return d.gappedObjects(si, t) },
		func() bool { return d.demonymLists(si, t) },
		t.coordinatedObjects,
		func() bool { return d.placeConjunctsOfNoun(si, t) },
		t.membersMeetings,
		t.adjectivePossessors,
		t.nounParticiples,
		func() bool { return d.placeParticiples(si, t) },
		t.intentVerbs,
		t.namedEventNouns,
		func() bool { return d.verbAfterSubject(si, t) },
		t.thatRelatives,
		t.reportedSubjects,
		t.reportedPredicates,
		t.takingPlace,
		t.withParticiple,
		t.withPurpose,
		func() bool { t.coordinatedVerbs(); return false }, // relations only
		func() bool { t.compoundSubjects(); return false }, // relations only
		t.timeSubjects,
		t.splitNounSubjects,
		t.bareSubjects,
		t.timeSecondSubjects,
		t.modalTimes,
		func() bool { return d.bareApostrophes(si, t) },
		t.relativeVerbModifiers,
		t.tripToPassives,
		t.fromAfterGroups,
		t.timesAfterConjuncts,
		t.objectRelatives,
		t.namedObjects,
		t.reporterAfterList,
		t.byOnEventNoun,
		t.byAfterDestination,
		t.byAfterTarget,
		func() bool { return d.withAfterPlace(si, t) },
		t.withAfterTalks,
		t.talksOnObject,
		func() bool { return d.dateArguments(si, t) },
		func() bool { return d.originConjuncts(si, t) },
		func() bool { return d.addressConjuncts(si, t) },
		t.appositiveConjuncts,
		func() bool { return d.titleAppositions(si, t) },
		t.titledConjuncts,
		func() bool { return d.describedFirms(si, t) },
		t.andAppositions,
		t.compoundsBeforeAnd,
	}
	mends = append(mends, t.idiomMends()...) // one mend per idiom, in the table's order
	mends = append(mends, []func() bool{
		t.passiveAgents,
		t.possessedTitles,
		t.markedClauses,
		func() bool { t.infinitiveComplements(); return false }, // relations only
		t.pronounBeforeTime,
		func() bool { return d.nameBeforeTime(si, t) },
		func() bool { t.markedObjects(); return false }, // relations only
		t.byOnVerbAfterVisit,
		t.ofPhraseRelatives,
		t.verbsAsCopulas,
		t.subordinateSubjects,
		t.subordinateLists,
		t.subordinateConjuncts,
		t.gerundCases,
		t.followingCases,
		t.betweenMarks,
		t.betweenConjuncts,
		t.betweenSubjects,
		func() bool { return d.personRelatives(si, t) },
		t.hostedParticiples,
		t.markedSubjects,
		t.participleModifiers,
		t.fromToPhrases,
		t.splitPossessors,
		t.strayPossessives,
		t.partitiveSubjects,
		t.particleCases,
		t.pairedNouns,
		t.splitEventCompounds,
		t.withMarkedSubjects,
		t.toMarkedFinites,
		t.byPassiveNouns,
		t.futureTimesOfNouns,
		t.perfectActives,
		t.withOnFixed,
		t.predicateClauses,
		t.phrasesOnHere,
		t.swallowedPredicates,
		t.andSiblings,
		t.ledByPhrases,
		t.laterObjectConjuncts,
		t.listItemsOnCommas,
		t.dealByOfPhrases,
		func() bool { return d.personConjuncts(si, t) },
	}...)
	head, rel := slices.Clone(t.head), slices.Clone(t.rel)
	for _, mend := range mends {
		changed := mend()
		if changed && t.cyclic() {
			copy(t.head, head)
			copy(t.rel, rel)
		}
		copy(head, t.head)
		copy(rel, t.rel)
		if changed {
			t.link()
		}
	}
	d.trees[si] = t
	return t
}

// unmarkedFrontEnd is the first word of the clause a fronted phrase
// opens with no comma after it ("In June X agreed", "Earlier this month
// X and Y signed", "After weeks of talks X will buy"), or -1: a name that
// a finite verb follows, after a phrase a front word opens and a noun, a
// number or a month ends, with no verb or comma inside it.
func (d *doc) unmarkedFrontEnd(si int, t *tree, toks []token) int {
	first := t.from
	if first+3 >= len(toks) || !frontWords[t.lw[first]] && t.lw[first] != "this" {
		return -1
	}
	for k := first + 2; k < len(toks)-2 && k <= first+14; k++ {
		tg := t.tag[k-1]
		if strings.HasPrefix(tg, "VB") || tg == "MD" || tg == "," || tg == ":" || t.lw[k-1] == "," {
			return -1
		}
		m := d.mentionAt(si, k)
		if m == nil || m.i != k || m.ent < 0 || m.kind != named {
			continue
		}
		_, month := months[t.lw[k-1]]
		if !(tg == "NN" || tg == "NNS" || tg == "CD" || month || isWeekday(t.lw[k-1])) || lowerTitles[t.lw[k-1]] || titleHeads[toks[k-1].text] {
			return -1
		}
		// the names the clause opens with ("X and Y", "X, Y and Z"), an
		// adverb ("also", "finally"), and the finite verb
		j := m.j
		for j+1 < len(toks) && (t.lw[j] == "and" || t.lw[j] == ",") {
			n := d.mentionAt(si, j+1)
			if n == nil || n.i != j+1 || n.ent < 0 {
				break
			}
			j = n.j
		}
		for j < len(toks) && t.tag[j] == "RB" {
			j++
		}
		if j < len(toks) && (t.tag[j] == "VBD" || t.tag[j] == "VBZ" || t.tag[j] == "VBP" || t.tag[j] == "MD") {
			return k
		}
		return -1
	}
	return -1
}

// heldAdverbs tell who holds a firm: "privately held", "wholly owned".
var heldAdverbs = set("privately", "closely", "publicly", "wholly", "majority", "jointly")

// firmDescriptionStart is where the words that describe the firm named
// from token i begin, when they open the sentence: a place it is based
// in ("Lisbon-based"), or its country and trade in lower case ("Japanese
// trading house", "Dutch shipbuilder"), after "the" at most; or, anywhere,
// who holds it ("privately held"); else i.
func (d *doc) firmDescriptionStart(t *tree, toks []token, i int) int {
	if i-2 >= t.from && (t.lw[i-1] == "held" || t.lw[i-1] == "owned") && heldAdverbs[t.lw[i-2]] {
		return i - 2 // anywhere: "acquired privately held X", read as a clause of "held" otherwise
	}
	b := i
	if b-3 >= t.from && t.lw[b-1] == "based" && toks[b-2].text == "-" && toks[b-3].isCap() {
		b -= 3
	}
	for b > t.from && (t.tag[b-1] == "NN" && toks[b-1].text == t.lw[b-1] || t.tag[b-1] == "JJ" && (toks[b-1].text == t.lw[b-1] || d.x.gz.demonym[t.lw[b-1]] != "")) {
		b--
	}
	if b > t.from && b == t.from+1 && (t.lw[t.from] == "the" || t.lw[t.from] == "a") {
		return i // ("the Dutch shipbuilder X": parsed well enough with its article)
	}
	if b != t.from || b == i || !slices.ContainsFunc(toks[b:i], func(tk token) bool { return tk.text == "based" || tk.pos == "NN" }) {
		return i
	}
	return b
}

// swallowedPredicates mends a subject whose infinitive or participle
// modifier swallowed the sentence's verb: "A 20-year contract to run the
// airport was handed to X" read with "contract" the root and "was
// handed" a clause of "run". A verb with a finite auxiliary and no
// subject of its own, under a root noun's modifier and after it, is that
// noun's predicate.
func (t *tree) swallowedPredicates() bool {
	n := t.root()
	if n < 0 || !t.noun(n) || t.dep(n, "cop", "nsubj") >= 0 {
		return false
	}
	for v := n + 1; v < len(t.head); v++ {
		if !t.verb(v) || t.dep(v, "nsubj", "expl") >= 0 || t.is(v, "acl:relcl") {
			continue
		}
		finite := false
		for _, x := range t.deps(v, "aux", "aux:pass") {
			finite = finite || x < v && (t.tag[x] == "VBD" || t.tag[x] == "VBZ" || t.tag[x] == "VBP" || t.tag[x] == "MD")
		}
		a := v // the modifier of n that v hangs under
		for a >= 0 && t.head[a] != n {
			a = t.head[a]
		}
		if !finite || a < 0 || a == v || !t.is(a, "acl") {
			continue
		}
		t.head[v], t.rel[v] = -1, "root"
		t.head[n], t.rel[n] = v, "nsubj"
		if t.dep(v, "aux:pass") >= 0 {
			t.rel[n] = "nsubj:pass"
		}
		return true
	}
	return false
}

// personConjuncts mends a person listed after another and hung by the
// parser on the other's firm or country: in "A of the X Bank and Finance
// Minister B signed", "X's chief executive, A, and Y's minister, B," B
// is A's conjunct, not the bank's or X's. People are listed with people:
// a person's conjunct on a name that is no person's moves up to the
// person or the title that name is part of.
func (d *doc) personConjuncts(si int, t *tree) bool {
	changed := false
	person := func(k int) bool {
		m := d.mentionAt(si, k)
		return m != nil && m.j-1 == k && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person
	}
	for y, x := range t.head {
		if x < 0 || !t.is(y, "conj") || !person(y) || person(x) {
			continue
		}
		if m := d.mentionAt(si, x); m == nil || m.j-1 != x || t.rel[x] != "nmod" && t.rel[x] != "compound" {
			continue // (not "nmod:poss": "X's A and B" may be two of X's)
		}
		for a, n := t.head[x], 0; a >= 0 && a < y && n < 3; a, n = t.head[a], n+1 {
			if person(a) || t.noun(a) && (lowerTitles[t.lw[a]] || titleHeads[d.sents[si].tokens[a].text]) {
				t.head[y] = a
				changed = true
				break
			}
		}
	}
	return changed
}

// dealByOfPhrases mends "the sale by X of Y to Z", which the parser reads
// with "of Y" (and "to Z") hung on X: what is sold, and to whom, are the
// sale's, whose maker the by-phrase names.
func (t *tree) dealByOfPhrases() bool {
	changed := false
	for b := range t.head {
		n := t.head[b]
		if n < 0 || !t.is(b, "nmod") || t.prep(b) != "by" || !t.noun(n) || !dealByNouns[t.lw[n]] || b < n {
			continue
		}
		for _, o := range t.deps(b, "nmod") {
			if p := t.prep(o); o > b && (p == "of" || p == "to") {
				t.head[o] = n
				changed = true
			}
		}
	}
	return changed
}

// listItemsOnCommas mends the last items of a list the parser hung on a
// comma: "Chile, Kenya, Norway, Peru, the Philippines and South
// Korea, agreed" read with "the Philippines" the subject of the comma
// after it. A noun that hangs on punctuation, right after a comma
// that closes a list of nouns, is that list's next item.
func (t *tree) listItemsOnCommas() bool {
	changed := false
	for y, p := range t.head {
		if p < 0 || !t.noun(y) || t.noun(p) || t.verb(p) || t.tag[p] != "," && t.tag[p] != ":" {
			continue
		}
		f := firstOf(t, y)
		if f < 2 || t.lw[f-1] != "," {
			continue
		}
		z := f - 2 // the list's item before the comma
		for z > 0 && t.head[z] > z && !t.noun(z) {
			z--
		}
		if !t.noun(z) || !t.is(z, "conj") && t.dep(z, "conj") < 0 {
			continue
		}
		for t.is(z, "conj") && t.head[z] >= 0 && t.head[z] < z {
			z = t.head[z]
		}
		t.head[y], t.rel[y] = z, "conj"
		changed = true
	}
	return changed
}

// laterObjectConjuncts mends a noun the parser joined to the sentence's
// first verb as its conjunct though a later clause's object stands
// between: in "X paid a visit, during which the two countries signed an
// agreement on A and a memorandum on B" the memorandum is signed with the
// agreement, not a second thing X did. An event noun never coordinates
// with a verb: it joins the last event noun before it that is the object
// of a verb after that one.
func (t *tree) laterObjectConjuncts() bool {
	changed := false
	for y, h := range t.head {
		if h < 0 || h > y || !t.is(y, "conj") || !t.noun(y) || !triggerAt(t, y) || !t.verb(h) || t.dep(y, "cc") < 0 {
			continue
		}
		x := -1
		for k := h + 1; k < y; k++ {
			if v := t.head[k]; t.noun(k) && triggerAt(t, k) && t.is(k, "obj") && v > h && v < k && t.verb(v) && t.under(v, h) {
				x = k
			}
		}
		if x < 0 {
			continue
		}
		t.head[y] = x
		changed = true
	}
	return changed
}

// ledByPhrases mends two readings of a group named with its leader ("a
// delegation led by X", "negotiators headed by X"): a second group after
// "and" hung on the participle as its conjunct ("between negotiators led by
// X and a delegation headed by Y") is the first group's conjunct; and the
// place and time after the leader's name ("held talks with a team headed
// by X in Lima on Monday") tell where and when the sentence's verb was
// done, not the leading. It reports whether any head changed.
func (t *tree) ledByPhrases() bool {
	changed := false
	for a := 1; a < len(t.head); a++ {
		g := t.head[a]
		if !leadVerbs[t.lw[a]] || t.tag[a] != "VBN" || !t.is(a, "acl") || g < 0 || !t.noun(g) {
			continue
		}
		agent := t.dep(a, "obl:agent")
		if agent < 0 && t.agentAsSubject(a) {
			changed = true
			agent = t.dep(a, "obl:agent")
		}
		if agent < 0 {
			continue
		}
		// "led by X and officials headed by Y": the second group hung on
		// X, or read as the subject of its own "headed"
		for _, k := range slices.Clone(t.kids[agent]) {
			if k > agent && t.is(k, "conj") && t.noun(k) && t.tag[k] != "NNP" && t.tag[k] != "NNPS" {
				t.head[k] = g
				changed = true
			}
			if k > agent && t.is(k, "conj") && leadVerbs[t.lw[k]] && t.tag[k] == "VBN" {
				if n := t.dep(k, "nsubj"); n > agent && n < k && t.noun(n) {
					t.head[n], t.rel[n] = g, "conj"
					t.head[k], t.rel[k] = n, "acl"
					changed = true
				}
			}
		}
		for _, k := range slices.Clone(t.kids[a]) {
			switch {
			case k > agent && t.is(k, "conj") && t.noun(k):
				t.head[k] = g
				changed = true
			case k > agent && t.is(k, "obl") && t.dep(k, "case") >= 0:
				if v := t.verbAbove(t.head[g], 6); v >= 0 && v < g {
					t.head[k] = v
					changed = true
				}
			}
		}
	}
	return changed
}

// agentAsSubject mends "Talks between A and B headed by X will resume"
// read with X the subject of "resume" and "resume" a clause of "headed":
// X is the leader, and the phrase the leading opens, where it is the
// sentence's root, is the verb's subject. It reports whether it changed.
func (t *tree) agentAsSubject(a int) bool {
	for _, v := range t.deps(a, "ccomp", "xcomp", "advcl", "parataxis") {
		n := t.dep(v, "nsubj")
		by := t.dep(n, "case")
		if v < a || n < a || n > v || by != a+1 || t.lw[by] != "by" {
			continue
		}
		top := a
		for t.head[top] >= 0 && t.head[top] < top {
			top = t.head[top]
		}
		if t.head[top] >= 0 || !t.noun(top) {
			continue
		}
		t.head[n], t.rel[n] = a, "obl:agent"
		t.head[v], t.rel[v] = -1, "root"
		for _, k := range t.kids[top] {
			if k > v && t.is(k, "punct") {
				t.head[k] = v
			}
		}
		t.head[top], t.rel[top] = v, "nsubj"
		return true
	}
	return false
}

// andSiblings mends a noun phrase opened by "and" that the parser hung
// beside the phrase before it instead of under it: "signed by A, and his
// counterpart, B," read with "his counterpart" a second oblique of the
// verb. A phrase that opens with "and", has no preposition of its own and
// follows a nominal of the same head is that nominal's conjunct.
func (t *tree) andSiblings() bool {
	changed := false
	for y, h := range t.head {
		if h < 0 || !t.noun(y) || !t.is(y, "obl", "obj", "dep", "nmod", "appos", "list") || t.prep(y) != "" {
			continue
		}
		if e := lastOf(t, y) + 1; e < len(t.head) && (t.tag[e] == "VBD" || t.tag[e] == "VBZ" || t.tag[e] == "VBP" || t.tag[e] == "MD") &&
			!(t.rel[h] == "nsubj" && (t.head[h] == e || t.head[h] == t.head[e])) {
			continue // "..., and the X Exchange was also interested": a clause's subject, not the second of two ("A and B have signed")
		}
		c := t.dep(y, "cc")
		if c < 0 || t.lw[c] != "and" && t.lw[c] != "or" {
			continue
		}
		f := firstOf(t, y)
		for f < c && t.lw[f] == "," {
			f++
		}
		if f != c {
			continue
		}
		x := -1
		for _, k := range t.kids[h] {
			if k < c && k != y && t.noun(k) && t.is(k, "obl", "obj", "nsubj", "iobj") || k < c && t.rel[k] == "nmod" {
				x = k
			}
		}
		if x < 0 && h < c && t.noun(h) && t.is(y, "nmod", "appos", "dep") {
			x = h // "X's minister, A, and B" read with B hung on the minister: B is the minister's conjunct
		}
		if x < 0 {
			continue
		}
		t.head[y], t.rel[y] = x, "conj"
		changed = true
	}
	return changed
}

// sharedModal says whether word i, an event verb's base form the tagger
// read as a noun, is the second of two predicates that share one modal or
// "to": "will fly out on Thursday and meet X", "is due to land in Y and
// then sign Z". The word before it is "and" or "then", and the nearest
// verb before that is a base form with the modal or "to" before it and no
// finite verb between.
func sharedModal(t *tree, i int) bool {
	w := t.lw[i]
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") || w == "met" || w == "saw" || w == "sat" || w == "flew" || w == "went" || w == "came" {
		return false
	}
	k := i - 1
	if t.lw[k] == "then" && k > 0 {
		k--
	}
	if t.lw[k] != "and" && t.lw[i-1] != "then" {
		return false
	}
	for k--; k >= 0; k-- {
		switch tag := t.tag[k]; {
		case t.lw[k] == ";" || t.lw[k] == ":":
			return false
		case tag == "VB":
			for b := k - 1; b >= 0 && b >= k-3; b-- {
				if t.tag[b] == "MD" || t.tag[b] == "TO" {
					return true
				}
				if t.tag[b] != "RB" {
					break
				}
			}
			return false
		case strings.HasPrefix(tag, "VB") || tag == "MD":
			return false
		}
	}
	return false
}

// titleAppositions hangs a name set off by commas after a described
// office ("the speaker of parliament, X, is expected to ...", "the head
// of the commission, Y, met ...") on the office's noun as its
// apposition, where the parser took it for a conjunct of a noun inside
// the office's phrase: the name is who the phrase's noun is.
func (d *doc) titleAppositions(si int, t *tree) bool {
	changed := false
	for c := 2; c+1 < len(t.head); c++ {
		if !t.is(c, "conj") || t.dep(c, "cc") >= 0 || t.lw[c+1] != "," {
			continue
		}
		m := d.mentionAt(si, c)
		if m == nil || m.j != c+1 || m.ent < 0 || d.ents[m.ent].typ != newsgraph.Person || m.i < 1 || t.lw[m.i-1] != "," {
			continue
		}
		// the office's noun: up from the conjunct's head through the
		// phrases it is a part of, to a common noun before the name
		n := t.head[c]
		for n >= 0 && (t.is(n, "nmod") && t.prep(n) == "of" || t.is(n, "compound")) && t.head[n] >= 0 && t.head[n] < m.i && t.noun(t.head[n]) {
			n = t.head[n]
		}
		if n < 0 || n >= m.i || !t.noun(n) || strings.HasPrefix(t.tag[n], "NNP") || n == t.head[c] && !t.is(n, "nsubj", "obj", "nsubj:pass") {
			continue
		}
		t.head[c], t.rel[c] = n, "appos"
		changed = true
	}
	return changed
}

// coordinatedObjects gives back to a transitive verb the object the
// parser hung on the verb joined to it ("is due to meet union chairman
// X and tour the pits" read with the chairman as what is toured): a
// verb with no object, then a noun, then "and" and a second verb below
// the first that has that noun as its object and another after it. The
// noun is the first verb's object, the second verb its conjunct.
func (t *tree) coordinatedObjects() bool {
	changed := false
	for c := range t.head {
		h := t.head[c]
		if h < 0 || h > c || !t.verb(h) || !t.verb(c) || !t.is(c, "conj", "ccomp", "xcomp", "dep", "parataxis") || t.dep(h, "obj") >= 0 {
			continue
		}
		// (the noun read as the second verb's object, or its subject)
		args := t.deps(c, "obj", "nsubj")
		if len(args) != 2 || args[0] < h || args[1] < c || !t.is(args[1], "obj") {
			continue
		}
		o := args[0]
		cc := c - 1
		if cc <= o || t.lw[cc] != "and" || lastOf(t, o) >= cc || firstOf(t, o) != h+1 && !(firstOf(t, o) == h+2 && t.tag[h+1] == "DT") {
			continue
		}
		t.head[o], t.rel[o] = h, "obj"
		t.head[cc], t.rel[cc] = c, "cc"
		t.rel[c] = "conj"
		changed = true
	}
	return changed
}

// digitLed says whether a word opens with a digit: "2bn", "1.53bn", "300".
func digitLed(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// haveForms are the auxiliaries of the perfect.
var haveForms = set("has", "have", "had", "having", "'ve")

// perfectActives mends "The minister, X, has called off a visit to Y" read
// as a passive with the event noun its complement (a long subject set off
// by commas leads the parser there): a participle after a form of "have"
// and no "been" is active, its subject the doer and the event noun right
// after it (with its particle) the object. It reports whether any head
// changed.
func (t *tree) perfectActives() bool {
	changed := false
	for v := range t.head {
		if t.tag[v] != "VBN" || t.dep(v, "aux:pass", "obj") >= 0 {
			continue
		}
		perfect := false
		for _, a := range t.deps(v, "aux") {
			perfect = perfect || haveForms[t.lw[a]] && a < v
		}
		if !perfect {
			continue
		}
		for _, k := range t.deps(v, "xcomp") {
			if k > v && t.noun(k) && triggerAt(t, k) && !strings.HasPrefix(t.tag[k], "NNP") {
				t.rel[k] = "obj"
				if s := t.dep(v, "nsubj:pass"); s >= 0 {
					t.rel[s] = "nsubj"
				}
				changed = true
			}
		}
	}
	return changed
}

// pairedNouns mends "sign the fisheries accord" read as the verb's object
// "the fisheries" and a second complement "accord": an event noun right
// after the object, hung on the same verb without a determiner of its
// own, is the head the object modifies. It reports whether any head
// changed.
func (t *tree) pairedNouns() bool {
	changed := false
	for k, h := range t.head {
		x := k + 1
		if h < 0 || x >= len(t.head) || !t.is(k, "obj") || !t.verb(h) || t.head[x] != h || !t.is(x, "xcomp", "obj", "iobj") {
			continue
		}
		if !agreeNouns[t.lw[x]] && !meetNouns[t.lw[x]] && !visitNouns[t.lw[x]] {
			continue // ("made the firm money" has two objects)
		}
		if !t.noun(k) || !t.noun(x) || strings.HasPrefix(t.tag[k], "NNP") || strings.HasPrefix(t.tag[x], "NNP") || t.dep(x, "det", "nmod:poss", "case") >= 0 {
			continue
		}
		t.head[x], t.rel[x] = h, "obj"
		t.head[k], t.rel[k] = x, "compound"
		for _, c := range t.kids[k] {
			if t.is(c, "det", "nmod:poss", "amod", "nummod") {
				t.head[c] = x // "the" opens the whole noun
			}
		}
		changed = true
	}
	return changed
}

// withMarkedSubjects mends "its talks with X had ended" read with "with"
// marking a clause whose subject is X: X is the event noun's with-phrase,
// and the noun is the subject of the verb. It reports whether any head
// changed.
func (t *tree) withMarkedSubjects() bool {
	changed := false
	for m := 1; m+1 < len(t.head); m++ {
		v, p := t.head[m], m-1
		if t.lw[m] != "with" || !t.is(m, "mark") || v < 0 || !t.verb(v) || !meetNouns[t.lw[p]] || !t.noun(p) || t.head[p] == m+1 {
			continue
		}
		sb := t.dep(v, "nsubj")
		if sb <= m || sb > v || t.dep(v, "nsubj:pass", "expl") >= 0 {
			continue
		}
		t.head[sb], t.rel[sb] = p, "nmod"
		t.head[m], t.rel[m] = sb, "case"
		if t.head[p] != v {
			if t.head[v] == p {
				// the verb hung on the noun ("said talks with X will
				// continue" read with "continue" a clause of "talks"):
				// it takes the noun's place before the noun becomes its
				// subject, or the two would head each other
				t.head[v], t.rel[v] = t.head[p], t.rel[p]
			}
			t.head[p], t.rel[p] = v, "nsubj"
			if h := t.head[v]; h >= 0 && h < p && t.is(v, "root", "parataxis") {
				t.rel[v] = "ccomp"
			}
		}
		changed = true
	}
	return changed
}

// toMarkedFinites mends "Delegates to the X council met" read with "to"
// marking the past-tense verb as an infinitive and the name its subject:
// a tensed verb takes no "to", so the phrase is the noun's before it, and
// that noun the verb's subject. It reports whether any head changed.
func (t *tree) toMarkedFinites() bool {
	changed := false
	for m := 1; m+1 < len(t.head); m++ {
		v, n := t.head[m], m-1
		if v >= 0 && n > 0 && t.prep(n) == "by" && t.head[n] >= 0 && t.head[n] < n && t.head[n] == t.head[v] {
			n = t.head[n] // "the visit by X to Y was delayed": the noun the agent is of
		}
		// ("X's visit to Y was shelved": a passive the same way)
		passive := v > m && t.tag[v] == "VBN" && t.dep(v, "aux:pass") >= 0 && t.dep(v, "nsubj:pass") > m
		if t.lw[m] != "to" || !t.is(m, "mark") || v <= m || t.tag[v] != "VBD" && t.tag[v] != "VBZ" && !(t.tag[v] == "VBN" && t.is(n, "root") && t.dep(v, "aux", "aux:pass") < 0) && !passive || !t.noun(n) || t.head[v] != n {
			continue // (a participle tagged for the past is the sentence's verb where the noun has none: "X's trip to Y ended on Monday")
		}
		sb, rel := t.dep(v, "nsubj"), "nsubj"
		if passive {
			sb, rel = t.dep(v, "nsubj:pass"), "nsubj:pass"
		}
		if sb <= m || sb > v {
			continue
		}
		for _, c := range t.kids[v] {
			if c > m && c < sb {
				t.head[c] = sb // "the" of "to the X council"
			}
		}
		t.head[sb], t.rel[sb] = n, "nmod"
		t.head[m], t.rel[m] = sb, "case"
		t.head[v], t.rel[v] = t.head[n], t.rel[n]
		t.head[n], t.rel[n] = v, rel
		changed = true
	}
	return changed
}

// futureTimesOfNouns mends "awaited the outcome of the X meeting in Y
// tomorrow" read with "tomorrow" on the verb, which tells no event: a
// time to come cannot date what was done or is being done, so it dates
// the event noun the verb's object holds before it. It reports whether any head changed.
func (t *tree) futureTimesOfNouns() bool {
	changed := false
	for k, v := range t.head {
		if t.lw[k] != "tomorrow" || v < 0 || v > k || !t.verb(v) || !t.is(k, "obl", "obl:unmarked", "obl:tmod", "advmod") {
			continue
		}
		// ("are awaiting the outcome of the X meeting tomorrow": a
		// present verb of no event of its own is told now too)
		if t.tag[v] != "VBD" && (meetingVerbs[t.lw[v]] || visitVerbs[t.lw[v]] || agreeVerbs[t.lw[v]] || t.dep(v, "aux") >= 0 && t.tag[t.dep(v, "aux")] == "MD") {
			continue
		}
		for n := k - 1; n > v; n-- {
			if meetNouns[t.lw[n]] && t.noun(n) && t.under(n, v) {
				t.head[k], t.rel[k] = n, "nmod:unmarked"
				changed = true
				break
			}
		}
	}
	return changed
}

// delegateNouns name those sent to sit in a body for others.
var delegateNouns = set("delegate", "delegates", "delegation", "delegations")

// splitEventCompounds mends "at a special stockholders meeting"
// read as a phrase headed by the plain noun, with the event noun after it
// hung elsewhere: the event noun heads the phrase, and the noun before it,
// with nothing of its own after it, is its compound. It reports whether
// any head changed.
func (t *tree) splitEventCompounds() bool {
	changed := false
	for k := 0; k+1 < len(t.head); k++ {
		x := k + 1
		if t.lw[x] == "'" && x+1 < len(t.head) {
			x++ // "the shareholders' meeting"
		}
		if !meetNouns[t.lw[x]] || t.tag[x] != "NN" && t.tag[x] != "NNS" || t.tag[k] != "NN" && t.tag[k] != "NNS" || t.head[k] == x || t.head[x] == k || t.head[k] < 0 {
			continue
		}
		if t.dep(k, "case", "det", "nmod:poss", "amod") < 0 || t.dep(x, "case", "det", "nmod:poss", "amod") >= 0 || slices.ContainsFunc(t.kids[k], func(c int) bool { return c > k && c < x-1 || c > x }) {
			continue
		}
		t.head[x], t.rel[x] = t.head[k], t.rel[k]
		t.head[k], t.rel[k] = x, "compound"
		for _, c := range t.kids[k] {
			t.head[c] = x
		}
		changed = true
	}
	return changed
}

// appositiveConjuncts mends "A, a unit of P, and B signed" read with B
// inside the apposition (hung on "unit" or listed with P): a name after
// the comma that closes an apposition set off by commas, and after "and"
// or "or", is listed with the name the apposition describes. It reports
// whether any head changed.
func (t *tree) appositiveConjuncts() bool {
	changed := false
	for c := 2; c < len(t.head); c++ {
		cc := t.dep(c, "cc")
		if cc < 1 || cc > c || t.lw[cc-1] != "," || !strings.HasPrefix(t.tag[c], "NNP") {
			continue
		}
		// the apposition: the noun above c set off by a comma right after
		// the name it describes
		a := t.head[c]
		for a >= 0 && !t.is(a, "appos", "list") {
			a = t.head[a]
		}
		if a < 0 || t.head[a] < 0 || a > c {
			continue
		}
		x := t.head[a]
		if !strings.HasPrefix(t.tag[x], "NNP") || x > a || !setOff(t, a) || !t.noun(a) || strings.HasPrefix(t.tag[a], "NNP") {
			continue
		}
		if t.is(c, "conj") && (len(t.deps(t.head[c], "conj")) > 1 || t.head[c] == x) {
			continue // "a maker of A, B, and C": a list inside the apposition
		}
		t.head[c], t.rel[c] = x, "conj"
		changed = true
	}
	return changed
}

// titledConjuncts mends "by A, chief executive of X, and B, chief
// executive of Y" read with B and the titles scattered over the clause
// (the parser hangs them on the verb, on a title or on X): two names each
// followed by a title "of" a name, the pair joined by "and", are two
// conjuncts each with its apposition. It reports whether any head changed.
func (t *tree) titledConjuncts() bool {
	changed := false
	// name reads the capitalised run that ends at or before k, its first word
	name := func(k int) int {
		s := k
		for s-1 >= 0 && (strings.HasPrefix(t.tag[s-1], "NNP") || t.lw[s-1] == "&") {
			s--
		}
		return s
	}
	// titled reads ", TITLE of NAME" from the comma at c: the title's last
	// word, the name's first and last words
	titled := func(c int) (tl, of, ns, ne int, ok bool) {
		if c >= len(t.lw) || t.lw[c] != "," {
			return
		}
		k := c + 1
		for k < len(t.lw) && k-c <= 4 && (lowerTitleMods[t.lw[k]] || lowerTitles[t.lw[k]]) {
			k++
		}
		if k == c+1 || k >= len(t.lw) || !lowerTitles[t.lw[k-1]] || t.lw[k] != "of" {
			return
		}
		tl, of, ns = k-1, k, k+1
		ne = ns
		for ne < len(t.lw) && (strings.HasPrefix(t.tag[ne], "NNP") || ne > ns && t.lw[ne] == "&") {
			ne++
		}
		if ne == ns {
			return
		}
		return tl, of, ns, ne - 1, true
	}
	for n1 := 0; n1+1 < len(t.lw); n1++ {
		if !strings.HasPrefix(t.tag[n1], "NNP") || strings.HasPrefix(t.tag[n1+1], "NNP") {
			continue
		}
		tl1, of1, s1, e1, ok := titled(n1 + 1)
		if !ok || e1+3 >= len(t.lw) || t.lw[e1+1] != "," || t.lw[e1+2] != "and" || !strings.HasPrefix(t.tag[e1+3], "NNP") {
			continue
		}
		n2 := e1 + 3
		for n2+1 < len(t.lw) && strings.HasPrefix(t.tag[n2+1], "NNP") {
			n2++
		}
		tl2, of2, s2, e2, ok := titled(n2 + 1)
		if !ok {
			continue
		}
		set := func(i, h int, rel string) {
			if t.head[i] != h || t.rel[i] != rel {
				t.head[i], t.rel[i] = h, rel
				changed = true
			}
		}
		for _, r := range [][5]int{{n1, tl1, of1, s1, e1}, {n2, tl2, of2, s2, e2}} {
			n, tl, of, s, e := r[0], r[1], r[2], r[3], r[4]
			for k := name(n); k < n; k++ {
				set(k, n, "flat")
			}
			set(n+1, tl, "punct")
			for k := n + 2; k < tl; k++ {
				set(k, tl, "amod")
			}
			set(tl, n, "appos")
			set(of, e, "case")
			for k := s; k < e; k++ {
				set(k, e, "flat")
			}
			set(e, tl, "nmod")
		}
		set(n2, n1, "conj")
		set(e1+2, n2, "cc")
		set(e1+1, n2, "punct")
		if e2+1 < len(t.lw) && t.lw[e2+1] == "," {
			set(e2+1, tl2, "punct")
		}
	}
	return changed
}

// describedFirms mends a firm named after the words that say what it is
// ("Swedish gas giant X", "oil firm Y") read with the words as the head
// and the name hung elsewhere, or torn from a list ("the merger of A and
// steel firm B" with B flattened into A): the name heads its phrase, the
// words before it modify it, and whatever the phrase hung on or held
// outside it goes to the name. It reports whether any head changed.
func (d *doc) describedFirms(si int, t *tree) bool {
	changed := false
	for _, mi := range d.bySent[si] {
		m := &d.mentions[mi]
		if m.kind != named || m.ent < 0 || m.i < 1 || m.j > len(t.lw) || m.i < t.from+1 || d.ents[m.ent].typ != newsgraph.Organization {
			continue
		}
		// ("Planemaker X" opening a sentence is tagged as a name)
		if !firmNouns[t.lw[m.i-1]] && t.lw[m.i-1] != "group" && !makerWord(t.lw[m.i-1]) || t.tag[m.i-1] != "NN" && !(t.tag[m.i-1] == "NNP" && m.i-1 == t.from) {
			continue
		}
		s := m.i - 1
		for s-1 >= t.from && (t.tag[s-1] == "NN" && !firmNouns[t.lw[s-1]] && t.lw[s-1] != "group" || t.tag[s-1] == "JJ" || d.x.gz.demonym[key(d.sents[si].tokens[s-1].text)] != "") && !triggerAt(t, s-1) {
			s--
		}
		e := m.j - 1
		in := func(i int) bool { return i >= s && i <= e }
		// the attachment of the whole phrase: the firm noun's when it
		// leaves the phrase, else the first word's that does
		h, rel := -1, ""
		order := []int{m.i - 1}
		for i := s; i <= e; i++ {
			order = append(order, i)
		}
		for _, i := range order {
			if !in(t.head[i]) {
				h, rel = t.head[i], t.rel[i]
				break
			}
		}
		if h < 0 && rel == "" {
			continue
		}
		if rel == "conj" && s >= 2 && t.lw[s-1] == "and" {
			// "of A and steelmaker B" with B's words listed with the noun
			// A hangs on: B is listed with A
			if a := d.mentionAt(si, s-2); a != nil && a.j == s-1 && a.j-1 != h && t.under(a.j-1, h) {
				h = a.j - 1
			}
		}
		set := func(i, h int, rel string) {
			if t.head[i] != h || t.rel[i] != rel {
				t.head[i], t.rel[i] = h, rel
				changed = true
			}
		}
		for i := range t.head {
			if !in(i) && in(t.head[i]) && t.head[i] != e {
				set(i, e, t.rel[i]) // "of", "and", a conjunct
			}
		}
		set(e, h, rel)
		for i := m.i; i < e; i++ {
			set(i, e, "flat")
		}
		for i := s; i < m.i; i++ {
			if t.tag[i] == "JJ" {
				set(i, e, "amod")
			} else {
				set(i, e, "compound")
			}
		}
	}
	return changed
}

// andAppositions mends "between A and B's C" read with "B's C" as A's
// apposition and "and" inside it: an apposition whose phrase opens with
// "and" or "or", with no comma before, is listed with the noun it hangs
// on. It reports whether any head changed.
func (t *tree) andAppositions() bool {
	changed := false
	for x, h := range t.head {
		// ("A and battery maker B" read with B a list item of A, too)
		if h < 0 || h > x || !t.is(x, "appos", "list") {
			continue
		}
		f := firstOf(t, x)
		if f == x || f < 1 || t.lw[f] != "and" && t.lw[f] != "or" || t.lw[f-1] == "," {
			continue
		}
		t.rel[x] = "conj"
		t.head[f], t.rel[f] = x, "cc"
		changed = true
	}
	return changed
}

// idiom is a verb phrase a parse mend reads as one verb: "put pen to
// paper on a deal" as "signed a deal", "played host to X" as "hosted X".
// The verb keeps its tense; the idiom's words hang on it.
type idiom struct {
	reads   map[string]string // a form of the idiom's verb -> the verb it reads as, tense kept ("played" -> "hosted")
	present map[string]string // a form that reads otherwise when tagged VB or VBP ("put" -> "sign", not "signed")
	words   []idiomWord       // the words after the verb
	object  func(t *tree, v int) int
	// firstAsVerb: forms of the verb that the tagger may make a modifier of
	// the idiom's first word, read as the verb ("will play host to X"):
	// then that word reads as the verb, and the object, the verb form and
	// the idiom's other words hang on it
	firstAsVerb map[string]bool
	// prep: a preposition on the object, before it, that is one of the
	// idiom's words ("on" of "on a deal")
	prep string
}

// idiomWord is a word of an idiom after its verb, hung by rel on the
// word head places after the verb (0: the verb).
type idiomWord struct {
	word string
	head int
	rel  string
}

// idioms are the idioms the parse mends read as one verb, each a mend of
// its own in this order.
var idioms = []idiom{
	{ // "put pen to paper on a deal" signs what its "on" phrase names
		reads:   map[string]string{"put": "signed", "puts": "signs", "putting": "signing"},
		present: map[string]string{"put": "sign"},
		words:   []idiomWord{{"pen", 0, "compound:prt"}, {"to", 3, "case"}, {"paper", 0, "compound:prt"}},
		object: func(t *tree, v int) int { // an agreement noun with an "on" phrase, within six words
			for k := v + 4; k < len(t.lw) && k <= v+9; k++ {
				if t.noun(k) && (agreeNouns[t.lw[k]] || ventureWords[t.lw[k]]) && t.prep(k) == "on" {
					return k
				}
			}
			return -1
		},
		prep: "on",
	},
	{ // "played host to X" hosts whom its "to" phrase names
		reads:       map[string]string{"played": "hosted", "play": "host", "plays": "hosts", "playing": "hosting"},
		words:       []idiomWord{{"host", 0, "compound:prt"}, {"to", 0, "compound:prt"}},
		firstAsVerb: map[string]bool{"play": true, "plays": true},
		object: func(t *tree, v int) int { // the head of "to", after it
			if o := t.head[v+2]; o > v+2 {
				return o
			}
			return -1
		},
	},
}

// idiomMends gives the mend of each idiom of the table.
func (t *tree) idiomMends() []func() bool {
	var out []func() bool
	for _, id := range idioms {
		out = append(out, func() bool { return t.idiom(id) })
	}
	return out
}

// idiom mends the idiom id wherever the sentence has it. It reports
// whether any head changed.
func (t *tree) idiom(id idiom) bool {
	changed := false
	n := len(id.words)
	for v := 0; v+n+1 < len(t.lw); v++ {
		if !slices.EqualFunc(t.lw[v+1:v+1+n], id.words, func(w string, iw idiomWord) bool { return w == iw.word }) {
			continue
		}
		if o := id.object(t, v); id.firstAsVerb[t.lw[v]] && t.verb(v+1) && o >= 0 && t.head[o] == v+1 {
			// the tagger made the idiom's first word the verb: it is
			t.head[o], t.rel[o] = v+1, "obj"
			t.head[v], t.rel[v] = v+1, "compound:prt"
			for i, w := range id.words[1:] {
				t.head[v+2+i], t.rel[v+2+i] = v+1+w.head, w.rel
			}
			changed = true
			continue
		}
		if !t.verb(v) {
			continue
		}
		reads, ok := id.reads[t.lw[v]]
		if p, ok := id.present[t.lw[v]]; ok && (t.tag[v] == "VB" || t.tag[v] == "VBP") {
			reads = p
		}
		if !ok {
			continue
		}
		o := id.object(t, v)
		if o < 0 || !t.noun(o) {
			continue
		}
		t.lw[v] = reads
		t.head[o], t.rel[o] = v, "obj"
		for i, w := range id.words {
			t.head[v+1+i], t.rel[v+1+i] = v+w.head, w.rel
		}
		for _, c := range t.kids[o] {
			if id.prep != "" && t.lw[c] == id.prep && c < o {
				t.head[c], t.rel[c] = v, "compound:prt"
			}
		}
		changed = true
	}
	return changed
}

// compoundsBeforeAnd mends "A and battery maker B" read with A a
// compound of B and "and" B's: a name set before "and" is listed with
// the noun phrase after it, not part of it. It reports whether any head
// changed.
func (t *tree) compoundsBeforeAnd() bool {
	changed := false
	for x, h := range t.head {
		if h <= x+1 || !t.is(x, "compound") || t.tag[x] != "NNP" || t.lw[x+1] != "and" || t.head[x+1] != h || t.tag[h] != "NNP" {
			continue
		}
		if t.head[h] < 0 && !t.is(h, "root") {
			continue
		}
		t.head[x], t.rel[x] = t.head[h], t.rel[h]
		t.head[h], t.rel[h] = x, "conj"
		t.head[x+1] = h
		changed = true
	}
	return changed
}

// passiveAgents mends "the accord was signed in Oslo on May 3 by A and B"
// read with "by A" hung on the place or the day before it: a name's "by"
// phrase on a place or day that is itself a phrase of a passive verb of
// making is the verb's agent; so is one on the meal of a passive host
// verb ("was hosted to dinner by A on Monday", the day the hosting's too).
// It reports whether any head changed.
func (t *tree) passiveAgents() bool {
	changed := false
	for x, h := range t.head {
		if h < 0 || !t.is(x, "nmod", "obl") || t.prep(x) != "by" || !strings.HasPrefix(t.tag[x], "NNP") || !t.is(h, "obl", "xcomp") {
			continue
		}
		v := t.head[h]
		// "was hosted to dinner by X" (the meal even read as a verb, "to
		// breakfast"), "was welcomed at a banquet by X": the meal's "by"
		// is the host's
		host := v >= 0 && mealNouns[t.lw[h]] && (strings.HasPrefix(t.lw[v], "host") || t.lw[v] == "received" || t.lw[v] == "welcomed")
		if v < 0 || v > h || !makeVerbs[t.lw[v]] && !host || t.is(h, "xcomp") && !host || t.dep(v, "aux:pass") < 0 || hasByPhrase(t, v) {
			continue
		}
		if t.is(h, "xcomp") {
			t.tag[h], t.rel[h] = "NN", "obl"
		}
		t.head[x], t.rel[x] = v, "obl:agent"
		if host {
			for k := h + 1; k < len(t.head); k++ {
				if t.head[k] == h && t.is(k, "obl", "nmod:tmod", "obl:tmod") && k != x {
					t.head[k] = v // "to dinner by X on Monday": the day is the hosting's
				}
				if t.head[k] == x && t.is(k, "obl", "nmod:tmod", "obl:tmod") && t.prep(k) != "of" {
					t.head[k] = v
				}
			}
		}
		for _, c := range t.deps(h, "conj") {
			if c > x {
				t.head[c] = x // "by A and B" with B listed with the place
			}
		}
		changed = true
	}
	return changed
}

// possessedTitles mends "by X's chief executive A and Y' chief executive
// B" read as one long name or with B's firm hung on A (a plural's bare
// apostrophe throws the parser most): a name, a possessive, title words
// and a second name is the second name's title phrase, its owner the
// possessor; two such joined by "and" are conjuncts. It reports whether
// any head changed.
func (t *tree) possessedTitles() bool {
	nnp := func(k int) bool { return k >= 0 && k < len(t.lw) && strings.HasPrefix(t.tag[k], "NNP") }
	title := func(k int) bool { return lowerTitles[t.lw[k]] || lowerTitleMods[t.lw[k]] }
	type item struct{ os, oe, pos, ts, ns, ne int }
	// at reads "OWNER 's TITLE NAME" from k, the owner's first word
	at := func(k int) (item, bool) {
		it := item{os: k}
		e := k
		for nnp(e) && !title(e) {
			e++
		}
		if e == k || e >= len(t.lw) || t.tag[e] != "POS" {
			return it, false
		}
		it.oe, it.pos, it.ts = e-1, e, e+1
		n := e + 1
		for n < len(t.lw) && title(n) {
			n++
		}
		if n == it.ts || !lowerTitles[t.lw[n-1]] || !nnp(n) {
			return it, false
		}
		it.ns = n
		for nnp(n+1) && !title(n+1) {
			n++
		}
		if nnp(n+1) || n+1 < len(t.lw) && t.tag[n+1] == "POS" {
			return it, false
		}
		it.ne = n
		return it, true
	}
	changed := false
	set := func(i, h int, rel string) {
		if t.head[i] != h || t.rel[i] != rel {
			t.head[i], t.rel[i] = h, rel
			changed = true
		}
	}
	shape := func(it item) {
		for k := it.os; k < it.oe; k++ {
			set(k, it.oe, "flat")
		}
		set(it.oe, it.ne, "nmod:poss")
		set(it.pos, it.oe, "case")
		for k := it.ts; k < it.ns; k++ {
			set(k, it.ne, "compound")
		}
		for k := it.ns; k < it.ne; k++ {
			set(k, it.ne, "flat")
		}
	}
	for k := 0; k < len(t.lw); k++ {
		if nnp(k - 1) {
			continue
		}
		a, ok := at(k)
		if !ok {
			continue
		}
		// the word of the phrase the parser hung outside it
		outside := func(s, e int) (int, string) {
			for i := s; i <= e; i++ {
				if h := t.head[i]; h < s || h > e {
					return h, t.rel[i]
				}
			}
			return -1, "root"
		}
		end := a.ne
		b, two := item{}, false
		if a.ne+2 < len(t.lw) && t.lw[a.ne+1] == "and" {
			b, two = at(a.ne + 2)
			if two {
				end = b.ne
			}
		}
		h, rel := outside(a.os, end)
		if h < 0 {
			k = end
			continue
		}
		shape(a)
		set(a.ne, h, rel)
		if two {
			shape(b)
			set(b.ne, a.ne, "conj")
			set(a.ne+1, b.ne, "cc")
		}
		k = end
	}
	return changed
}

// objectConjuncts mends "met A, B and C" read with B listed with the verb
// instead of its object (the parser's habit after a direct object): a
// name coordinated with a verb that takes no subject, object or clause of
// its own is one more of the things the verb's object before it lists.
// So is an event noun after the verb's event noun ("left X for a tour of
// Y and talks with Z"). It reports whether any head changed.
func (t *tree) objectConjuncts() bool {
	changed := false
	for k, h := range t.head {
		name, event := strings.HasPrefix(t.tag[k], "NNP"), t.noun(k) && (meetNouns[t.lw[k]] || visitNouns[t.lw[k]])
		if h < 0 || h > k || !t.is(k, "conj") || !t.verb(h) || !name && !event {
			continue
		}
		if t.dep(k, "nsubj", "obj", "iobj", "cop", "aux", "mark", "xcomp", "ccomp", "advcl", "expl") >= 0 {
			continue // a clause of its own ("met A, B said")
		}
		o := -1
		for _, c := range t.deps(h, "obj", "obl") {
			if c < k && t.noun(c) && (name && t.is(c, "obj") || event && (meetNouns[t.lw[c]] || visitNouns[t.lw[c]])) {
				o = c
			}
		}
		if o < 0 {
			continue
		}
		t.head[k] = o
		changed = true
	}
	return changed
}

// crossedDeterminers mends "received the visiting Prime Minister of X,
// Y, at the palace" read as one phrase headed by "palace": a determiner
// opens its noun's phrase, so one hung on a noun whose preposition comes
// after it belongs to a noun of its own before that preposition, which
// takes the place of the phrase the parser made (the verb's object when
// the verb has none). It reports whether any head changed.
func (t *tree) crossedDeterminers() bool {
	changed := false
	for d := range t.head {
		h := t.head[d]
		if !t.is(d, "det") || h < 0 || h < d {
			continue
		}
		c := t.dep(h, "case")
		if c < d || c > h {
			continue
		}
		n := -1
		for k := d + 1; k < c; k++ {
			if t.head[k] == h && t.noun(k) && !t.is(k, "punct") {
				n = k
				break
			}
		}
		v := t.head[h]
		if n < 0 || v < 0 || v > d {
			continue
		}
		for k := d; k < c; k++ {
			if t.head[k] == h && k != n {
				t.head[k] = n
			}
		}
		t.head[n], t.rel[n] = v, "nmod"
		if t.verb(v) {
			t.rel[n] = "obl"
			if t.is(h, "obj") || t.dep(v, "obj") < 0 {
				t.rel[n] = "obj"
			}
		}
		if t.is(h, "obj") {
			t.rel[h] = "obl" // a phrase with a preposition is no object
		}
		changed = true
	}
	return changed
}

// splitLists mends a list of names "A, B and C" read with B hung on a
// word above A, and C listed with B ("leaders of A, B and C", "a meeting
// of A, B and C" with B beside A or on the verb; "A, B, the C and D
// agreed" with "the C" read as the subject of a clause of its own): B,
// set off from A by a comma, naming the same kind of entity and heading
// the close of the list, is listed with A. It reports whether any head
// changed.
func (d *doc) splitLists(si int, t *tree) bool {
	changed := false
	for b := 2; b < len(t.head); b++ {
		h := t.head[b]
		if h < 0 || !strings.HasPrefix(t.tag[b], "NNP") || t.is(b, "conj", "flat", "compound", "punct", "appos") || t.prep(b) != "" {
			continue
		}
		comma := firstOf(t, b)
		if comma > 0 && t.lw[comma] != "," && t.is(comma, "det") {
			comma-- // "..., the C and D"
		}
		if t.lw[comma] != "," || comma < 1 {
			continue
		}
		closes := false
		for _, c := range t.deps(b, "conj") {
			if cc := t.dep(c, "cc"); cc >= 0 && (t.lw[cc] == "and" || t.lw[cc] == "or") {
				closes = true
			}
		}
		mb, ma := d.mentionAt(si, b), d.mentionAt(si, comma-1)
		if !closes || mb == nil || ma == nil || ma.j != comma || ma.ent == mb.ent || d.ents[ma.ent].typ != d.ents[mb.ent].typ {
			continue
		}
		// A: the head of the name that ends before the comma, under B's
		// head; or, B read as a subject, the first of a list that is one
		a := comma - 1
		for a >= ma.i && t.is(a, "flat") && t.head[a] > a && t.head[a] < comma {
			a = t.head[a]
		}
		top := a
		for t.is(top, "conj") && t.head[top] >= 0 && t.head[top] < top {
			top = t.head[top]
		}
		if a < ma.i || t.under(a, b) {
			continue
		}
		switch {
		case t.is(b, "nsubj"):
			if !t.is(top, "nsubj") {
				continue
			}
			a = top
		case t.is(a, "conj") || !t.under(a, h):
			continue
		}
		t.head[b], t.rel[b] = a, "conj"
		changed = true
	}
	return changed
}

// gappedObjects mends "met A in X on Monday and B in Y on Tuesday" read
// with B listed with the day or the place of the first meeting: a name
// after "and", of the kind of the verb's object, listed with a phrase of
// time or place that hangs on the verb, is a second object, its own time
// and place told after it. It reports whether any head changed.
func (d *doc) gappedObjects(si int, t *tree) bool {
	changed := false
	for c := 2; c < len(t.head); c++ {
		x := t.head[c]
		if x < 0 || !t.is(c, "conj") || !strings.HasPrefix(t.tag[c], "NNP") || t.prep(c) != "" {
			continue
		}
		mc, mx := d.mentionAt(si, c), d.mentionAt(si, x)
		v := t.head[x]
		if mc == nil || mc.ent < 0 || v < 0 || !t.verb(v) || !t.is(x, "obl") || mx != nil && !d.isPlace(mx.ent) {
			continue
		}
		if mc.j < len(t.lw) && (t.tag[mc.j] == "VBD" || t.tag[mc.j] == "VBZ" || t.tag[mc.j] == "VBP" || t.tag[mc.j] == "MD") {
			continue // "met A on Monday and B resigned": B's own clause
		}
		o := t.dep(v, "obj")
		mo := d.mentionAt(si, o)
		if o < 0 || o > x || mo == nil || mo.ent < 0 || d.ents[mo.ent].typ != d.ents[mc.ent].typ {
			continue
		}
		t.head[c] = o
		changed = true
	}
	return changed
}

// demonymLists mends "of Russian, Turkish and Iranian negotiators" read
// with the first nationality as the head of the phrase and the noun
// listed with what the phrase hangs on: a list of nationalities before a
// noun modifies that noun, which heads the phrase the first one headed.
// It reports whether any head changed.
func (d *doc) demonymLists(si int, t *tree) bool {
	changed := false
	dem := func(k int) bool { return d.x.gz.demonym[key(t.lw[k])] != "" && d.mentionAt(si, k) == nil }
	for n := 2; n < len(t.lw); n++ {
		if !t.noun(n) || strings.HasPrefix(t.tag[n], "NNP") || !dem(n-1) || t.lw[n-2] != "and" && t.lw[n-2] != "," {
			continue
		}
		first := -1
		for k := n - 2; k >= t.from && (t.lw[k] == "and" || t.lw[k] == "," || dem(k) && (t.lw[k+1] == "and" || t.lw[k+1] == ",")); k-- {
			if dem(k) {
				first = k
			}
		}
		if first < 0 || t.under(n, first) || t.under(first, n) || !t.under(first, t.head[n]) && !t.under(n, t.head[first]) {
			continue
		}
		// the noun takes the place of the first nationality, when that
		// heads a nominal of its own
		if t.is(first, "nmod", "obl", "obj", "nsubj", "iobj") {
			t.head[n], t.rel[n] = t.head[first], t.rel[first]
			for _, c := range t.deps(first, "case", "det") {
				t.head[c] = n
			}
		}
		for k := first; k < n; k++ {
			switch {
			case dem(k):
				t.head[k], t.rel[k] = n, "amod"
			case t.lw[k] == "and":
				t.head[k], t.rel[k] = n-1, "cc"
			default:
				t.head[k], t.rel[k] = k+1, "punct"
			}
		}
		changed = true
	}
	return changed
}

// placeConjunctsOfNoun mends "officials in A, B and C" read with B and C
// listed with "officials": a place listed with a common noun whose own
// phrase names a place before it is one more place of that phrase. It
// reports whether any head changed.
func (d *doc) placeConjunctsOfNoun(si int, t *tree) bool {
	changed := false
	for k, h := range t.head {
		if h < 0 || h > k || !t.is(k, "conj") || !t.noun(h) || strings.HasPrefix(t.tag[h], "NNP") || !strings.HasPrefix(t.tag[k], "NNP") {
			continue
		}
		mk := d.mentionAt(si, k)
		if mk == nil || mk.ent < 0 || !d.isPlace(mk.ent) {
			continue
		}
		p := -1
		for _, c := range t.deps(h, "nmod") {
			if m := d.mentionAt(si, c); c < k && m != nil && m.ent >= 0 && d.isPlace(m.ent) {
				p = c
			}
		}
		if p < 0 {
			continue
		}
		if q := t.prep(p); q != "in" && q != "from" && q != "of" {
			continue
		}
		t.head[k] = p
		changed = true
	}
	return changed
}

// setOff says whether the phrase of a opens with a comma or comes right
// after one.
func setOff(t *tree, a int) bool {
	f := firstOf(t, a)
	return t.lw[f] == "," || f > 0 && t.lw[f-1] == ","
}

// originOwner is the last token of the person named right before "of
// X" or "from X" where X ends at token end ("Premier A of Sweden"), or -1.
func (d *doc) originOwner(si, end int) int {
	toks := d.sents[si].tokens
	m := d.mentionAt(si, end-1)
	if m == nil || m.j != end || d.ents[m.ent].typ == newsgraph.Person || m.i < 2 {
		return -1
	}
	if w := strings.ToLower(toks[m.i-1].text); w != "of" && w != "from" {
		return -1
	}
	if p := d.mentionAt(si, m.i-2); p != nil && p.j == m.i-1 && d.ents[p.ent].typ == newsgraph.Person {
		return p.j - 1
	}
	return -1
}

// originConjuncts hangs a person the parser coordinated with the country
// (or city, or body) another person is "of" or "from" on that person: in
// "President A of X and Premier B of Y arrived" it reads "B" as listed
// with "X", so that A arrives alone. It reports whether any head changed.
func (d *doc) originConjuncts(si int, t *tree) bool {
	changed := false
	for k, h := range t.head {
		if h < 0 || !t.is(k, "conj") || !t.is(h, "nmod") || t.prep(h) != "of" && t.prep(h) != "from" {
			continue
		}
		p := t.head[h]
		mk, mh, mp := d.mentionAt(si, k), d.mentionAt(si, h), d.mentionAt(si, p)
		if mk == nil || mh == nil || mp == nil || p > h || mp.j != mh.i-1 {
			continue
		}
		if d.ents[mk.ent].typ != newsgraph.Person || d.ents[mp.ent].typ != newsgraph.Person || d.ents[mh.ent].typ == newsgraph.Person {
			continue
		}
		t.head[k] = p
		changed = true
	}
	return changed
}

// addressConjuncts mends "met X in Lyon, France, on Monday" read with the
// country a conjunct of X: a country set off by a comma right after a
// place inside it names where that place lies, so it hangs on the place.
// It reports whether any head changed.
func (d *doc) addressConjuncts(si int, t *tree) bool {
	changed := false
	for k, h := range t.head {
		if h < 0 || h > k || !t.is(k, "conj") || t.dep(k, "cc") >= 0 {
			continue
		}
		mk, mp := d.addressPair(si, t, k)
		if mk == nil || mk.j-1 != k {
			continue
		}
		country, place := d.ents[mk.ent].name, d.ents[mp.ent].name
		// (a place the tables do not know lies where the text says; "West
		// Germany" holds what the tables put in Germany)
		if in := d.x.gz.countryOf(place); !d.x.gz.isCountry(country) || d.x.gz.isCountry(place) || in != "" && in != country && !strings.HasSuffix(country, " "+in) {
			continue
		}
		if pl := mp.j - 1; pl >= 0 && t.head[pl] != k {
			t.head[k], t.rel[k] = pl, "appos"
			changed = true
		}
	}
	return changed
}

// pronounBeforeTime undoes a reading of "with her yesterday" as "her"
// owning "yesterday": the pronoun is what the preposition governs, and
// the time word tells when the verb above happened. It reports whether
// any head changed.
func (t *tree) pronounBeforeTime() bool {
	changed := false
	for k, h := range t.head {
		if h < 0 || t.tag[k] != "PRP" || !t.is(k, "nmod:poss") || h != k+1 {
			continue
		}
		if _, ok := weekdayNum(strings.ToUpper(t.lw[h][:1]) + t.lw[h][1:]); !ok && !timeWords[t.lw[h]] {
			continue
		}
		t.head[k], t.rel[k] = t.head[h], t.rel[h]
		for _, c := range t.deps(h, "case") {
			t.head[c] = k
		}
		v := t.verbAbove(t.head[h], 6)
		if v >= 0 {
			t.head[h], t.rel[h] = v, "obl:tmod"
		}
		changed = true
	}
	return changed
}

// intentVerbs say what someone means to do: "plan to", "hope to".
var intentVerbs = set("plan", "hope", "want", "intend", "aim", "expect", "wish", "need", "promise", "pledge", "vow",
	"decide", "prepare", "seek", "agree", "propose", "refuse", "continue", "try")

// speakersBody is the body a quoted "we" at sb stands for when the one
// who says it under verb v holds an office of it ("'We are in talks with
// X,' said the club's chairman Y": the club, not Y alone), or -1.
func (d *doc) speakersBody(si int, t *tree, sb, v int) int {
	if t.lw[sb] != "we" || v < 0 || !sayVerbs[t.lw[v]] {
		return -1
	}
	s := t.dep(v, "nsubj")
	if s < 0 {
		return -1
	}
	if ents := d.group(si, t, s); len(ents) == 1 && d.ents[ents[0]].typ == newsgraph.Person {
		return d.signerBody(ents[0])
	}
	return -1
}

// speakersGovernment is the country whose government an unnamed "the
// government" (or "the authorities") at sb stands for when an official of
// that country says what it does ("Planning minister X said the
// government is in talks with Y"): the office country of the person who
// speaks through verb v, or nil.
func (d *doc) speakersGovernment(si int, t *tree, sb, v int) []int {
	if w := t.lw[sb]; w != "government" && w != "authorities" || !hasDep(t, sb, "the") || t.dep(sb, "amod", "compound", "nmod", "nmod:poss") >= 0 {
		return nil
	}
	if v < 0 || !sayVerbs[t.lw[v]] {
		return nil
	}
	for _, e := range d.subjectOf(si, t, v) {
		if d.ents[e].typ == newsgraph.Person {
			if c := d.officeCountry(e, false); c >= 0 {
				return []int{c}
			}
		}
	}
	return nil
}

// legislature says whether a body's name is a parliament's, whose
// sittings are no meetings: "Congress", "the Senate", "the National
// Assembly" (not the UN's "General Assembly", whose sessions are
// gatherings of states).
func legislature(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 || strings.Contains(name, "General Assembly") {
		return false
	}
	switch words[len(words)-1] {
	case "Congress", "Parliament", "Senate", "Assembly", "Diet", "Duma", "Knesset", "Bundestag", "Bundesrat", "Commons",
		"Lords", "Legislature", "Representatives", "Majlis", "Sejm", "Storting", "Riksdag", "Folketing", "Cortes":
		return !strings.Contains(name, "Party") && !strings.Contains(name, "Trades")
	}
	return false
}

// pressNouns are the press one briefs: meeting them is no meeting.
var pressNouns = set("reporters", "journalists", "press", "newsmen", "correspondents", "media")

// receiveVerb says whether w is a form of a verb whose object is the one
// received: "saw", "welcomed", "received".
func receiveVerb(w string) bool {
	return w == "see" || w == "sees" || w == "saw" || w == "seeing" || welcomeVerb(w)
}

// reducedPassive says whether verb v is a past participle that opens or
// closes a clause with no subject, auxiliary or object of its own, a
// passive whose subject is the clause's: "Greeted at the airport by X,
// Y began ...".
func reducedPassive(t *tree, v int) bool {
	return t.tag[v] == "VBN" && t.is(v, "advcl", "acl") && t.dep(v, "nsubj", "nsubj:pass", "obj", "aux") < 0
}

// welcomeVerb says whether w is a form of a verb of receiving a guest:
// "welcomed", "received", "greeted".
func welcomeVerb(w string) bool {
	return strings.HasPrefix(w, "welcom") || strings.HasPrefix(w, "receiv") || strings.HasPrefix(w, "greet")
}

// planNouns hold an intention an infinitive or a phrase completes: "no
// plans to start talks", "no intention of meeting X".
var planNouns = set("plan", "plans", "intention", "intentions", "desire", "wish", "interest", "hope", "hopes", "attempt",
	"attempts", "effort", "efforts", "bid", "need", "reason", "question", "prospect", "chance", "time")

// deniedAbove says whether the event of frame f is what a negated or
// refused course of action above it would have led to, past what
// frameStatus's chain climbs: "has no plans to start talks with X",
// "failed to agree on deals with X", "would not attempt to reach
// agreement". It climbs through the phrases that complete a verb or a
// noun of intention (an infinitive, an object, "on"/"in" a thing), never
// through a clause of its own (what someone said, a relative clause).
func deniedAbove(t *tree, f *frame) bool {
	v := f.t
	if f.light >= 0 {
		v = f.light
	} else if f.carrier >= 0 && t.under(f.t, f.carrier) {
		v = f.carrier
	}
	for n := 0; n < 4; n++ {
		h := t.head[v]
		if h < 0 || sayVerbs[t.lw[h]] {
			return false
		}
		p := t.prep(v)
		switch {
		case t.is(v, "xcomp", "obj") && (t.verb(h) || t.tag[h] == "JJ"):
		case t.is(v, "advcl") && hasMark(t, v, "to") && t.verb(h): // "attempt to reach", read as a purpose
		case t.is(v, "acl") && hasMark(t, v, "to") && t.noun(h) && planNouns[t.lw[h]]:
		case t.is(v, "nmod", "acl") && t.noun(h) && planNouns[t.lw[h]] && (p == "of" || p == "for" || t.tag[v] == "VBG"):
		case t.is(v, "obl") && t.verb(h) && (p == "on" || p == "in" || p == "into") && v != f.t:
		case t.is(v, "obl") && t.verb(h) && (p == "on" || p == "in" || p == "into") && f.noun && agreeVerbs[t.lw[h]]:
			// "failed to agree on new deals with X": the deal is the agreeing's
		default:
			return false
		}
		if deniedGov[t.lw[h]] && t.lw[h] != "no" {
			return true
		}
		for _, k := range t.kids[h] {
			switch t.lw[k] {
			case "not", "n't", "never":
				if t.is(k, "advmod", "neg") {
					return true
				}
			case "no":
				if t.is(k, "det") && t.noun(h) {
					return true
				}
			}
		}
		v = h
	}
	return false
}

// decideVerbs weigh a course of action: what follows "whether" under
// them is no more than an option.
var decideVerbs = set("decide", "decides", "decided", "deciding", "consider", "considers", "considered", "considering",
	"weigh", "weighs", "weighed", "weighing", "debate", "debates", "debated", "debating", "vote", "votes", "voted", "voting",
	"determine", "determines", "determined", "determining", "ponder", "pondering", "pondered", "mull", "mulls", "mulled",
	"mulling", "assess", "assessing", "study", "studying")

// outcomeNouns and outcomeVerbs (stems) tell a way made for what may
// follow: "open the door to", "pave the way for", "set the stage for",
// "lay the groundwork for", "lead to".
var (
	outcomeNouns = set("door", "way", "path", "stage", "ground", "groundwork", "foundation")
	outcomeVerbs = []string{"open", "pav", "clear", "lead", "led", "set", "lay", "laid", "prepar"}
)

// possibleOutcome says whether event noun n is only what something may
// lead to: "might open the door to talks with X", "could pave the way
// for a meeting", "may lead to talks", a modal on the verb that opens
// the way.
func possibleOutcome(t *tree, n int) bool {
	h, p := t.head[n], t.prep(n)
	if h < 0 || p != "to" && p != "for" && p != "towards" {
		return false
	}
	if t.noun(h) && outcomeNouns[t.lw[h]] {
		h = t.head[h]
	}
	if h < 0 || !t.verb(h) || !slices.ContainsFunc(outcomeVerbs, func(v string) bool { return strings.HasPrefix(t.lw[h], v) }) {
		return false
	}
	for _, a := range t.deps(h, "aux") {
		switch t.lw[a] {
		case "could", "might", "may", "would", "can":
			return true
		}
	}
	return false
}

// undecided says whether the trigger at i stands in a "whether" clause
// under a verb of deciding ("is to decide by June whether to open talks
// with X", "is considering whether it will meet Y"), read over the words
// since the parser often hangs such a clause astray.
func undecided(t *tree, i int) bool {
	wh := -1
	for k := i - 1; k >= t.from && k >= i-7; k-- {
		if w := t.lw[k]; w == "whether" {
			wh = k
			break
		} else if w == "." || w == ";" || w == "but" || w == "and" {
			return false
		}
	}
	for k := wh - 1; wh > 0 && k >= t.from && k >= wh-7; k-- {
		if w := t.lw[k]; decideVerbs[w] && t.verb(k) {
			return true
		} else if w == "." || w == ";" || w == "," || w == "said" || w == "says" {
			return false
		}
	}
	return false
}

// allPeople says whether every entity of ents is a person.
func (d *doc) allPeople(ents []int) bool {
	for _, e := range ents {
		if d.ents[e].typ != newsgraph.Person {
			return false
		}
	}
	return true
}

// purposeOfEvent says whether verb v is what an event is for: "met to
// discuss", "flew to X to discuss", "talks to discuss".
func purposeOfEvent(t *tree, v int) bool {
	h := t.head[v]
	if h < 0 || !t.is(v, "xcomp", "advcl", "acl") || !hasMark(t, v, "to") {
		return false
	}
	w := t.lw[h]
	return meetingVerbs[w] || visitVerbs[w] || leaveVerbs[w] || returnVerbs[w] || agreeVerbs[w] || triggerAt(t, h) || lightVerbs[w] && t.dep(h, "obj") >= 0 && triggerAt(t, t.dep(h, "obj"))
}

// markedObjects reads an object with a preposition of its own
// ("Speaking after talks with X" parsed as "speaking talks") as the
// oblique it is: an object takes no preposition.
func (t *tree) markedObjects() {
	for k := range t.head {
		if t.rel[k] != "obj" || !t.noun(k) {
			continue
		}
		if c := t.dep(k, "case"); c >= 0 && c < k && t.tag[c] == "IN" {
			t.rel[k] = "obl"
		}
	}
}

// spanNames are the calendar spans "next", "last" or "this" make a time
// of: "next week", "last month".
var spanNames = set("week", "month", "year", "weekend", "fortnight", "spring", "summer", "autumn", "fall", "winter")

// bareTimes are the time words that stand alone after a name: "talks
// with X tomorrow".
var bareTimes = set("yesterday", "today", "tomorrow", "tonight")

// nameBeforeTime undoes a reading of "talks with X next week" (or "next
// Monday", or "tomorrow") as X
// naming the kind of week ("a [X next] week", the name a compound of the
// time noun): the name is what the preposition governs, and the time
// phrase tells when the verb above happens. It reports whether any head
// changed.
func (d *doc) nameBeforeTime(si int, t *tree) bool {
	changed := false
	for k, h := range t.head {
		// ("talks with X tomorrow": a bare time word right after the name)
		bare := h == k+1 && bareTimes[t.lw[h]]
		// "will meet X this week" read with X the time noun's subject: X
		// is the verb's object
		subj := t.is(k, "nsubj") && !t.verb(h) && t.verb(t.head[h]) && t.head[h] < k && t.dep(t.head[h], "obj") < 0
		// ("bought X Inc last year": a name ending in a firm's suffix the
		// tagger left a proper noun, read as the time noun's adjective)
		if h <= k || !t.is(k, "compound") && !(t.is(k, "amod") && strings.HasPrefix(t.tag[k], "NNP")) && !subj || !spanNames[t.lw[h]] && !isWeekday(t.lw[h]) && !bare {
			continue
		}
		m := d.mentionAt(si, k)
		if m == nil || m.j != k+1 || m.ent < 0 {
			continue
		}
		if a := k + 1; !bare && (a >= h || t.head[a] != h || t.lw[a] != "next" && t.lw[a] != "last" && t.lw[a] != "this") {
			continue
		}
		t.head[k], t.rel[k] = t.head[h], t.rel[h]
		if r := strings.SplitN(t.rel[h], ":", 2)[0]; r == "obl" || r == "nmod" {
			t.rel[k] = r // "with X": a marked phrase, no bare time
		}
		if subj && t.dep(k, "case") < 0 {
			t.rel[k] = "obj"
		}
		for _, c := range t.deps(h, "case") {
			if c < k {
				t.head[c] = k
			}
		}
		if v := t.verbAbove(t.head[k], 6); v >= 0 {
			t.head[h], t.rel[h] = v, "obl:tmod"
		} else {
			t.head[h], t.rel[h] = k, "nmod:tmod"
		}
		changed = true
	}
	return changed
}

// ofPhraseRelatives undoes a reading of "ministers of the Council wound
// up their meeting" as a noun with a relative clause ("ministers [of the
// Council wound up ...]"), "of" marking the clause and the body its
// subject: the body is what "of" or "from" governs, the noun before it
// the verb's subject. It reports whether any head changed.
func (t *tree) ofPhraseRelatives() bool {
	changed := false
	for v, n := range t.head {
		if n < 0 || !t.is(v, "acl") || t.tag[v] != "VBD" && t.tag[v] != "VBZ" || !t.noun(n) || t.head[n] >= 0 {
			continue
		}
		c, s := t.dep(v, "mark"), t.dep(v, "nsubj")
		if c != n+1 || s < c || s > v || t.lw[c] != "of" && t.lw[c] != "from" {
			continue
		}
		t.head[v], t.rel[v] = -1, t.rel[n]
		t.head[n], t.rel[n] = v, "nsubj"
		t.head[s], t.rel[s] = n, "nmod"
		t.head[c], t.rel[c] = s, "case"
		changed = true
	}
	return changed
}

// subordinateSubjects undoes a reading of "after X travelled" as the
// preposition "after" governing X, with "travelled" a verb of its own
// joined to the main clause: X is the subject of "travelled", and the
// clause "after" opens tells when the main verb happened. It reports
// whether any head changed.
func (t *tree) subordinateSubjects() bool {
	changed := false
	for v := 1; v < len(t.head); v++ {
		if t.tag[v] != "VBD" && t.tag[v] != "VBZ" && t.tag[v] != "VBP" || !t.is(v, "conj", "parataxis", "dep", "xcomp", "advcl", "ccomp") || t.dep(v, "nsubj", "nsubj:pass", "expl", "cc") >= 0 {
			continue
		}
		// the noun phrase right before the verb, opened by a subordinator
		k := v - 1
		for k >= 0 && t.head[k] > k && t.head[k] < v {
			k = t.head[k]
		}
		// "after A and B agreed": the phrase is the first conjunct's
		for k >= 0 && t.is(k, "conj") && t.head[k] >= 0 && t.head[k] < k && t.noun(t.head[k]) {
			k = t.head[k]
		}
		if k < 0 || !t.noun(k) || t.head[k] == v {
			continue
		}
		c := t.dep(k, "case")
		if c < 0 {
			// "after mediator X drove": the preposition hung on the
			// phrase's first word, a title before the name
			for _, w := range t.kids[k] {
				if w < k && t.is(w, "compound", "flat") {
					if cw := t.dep(w, "case"); cw >= 0 && cw < w {
						c = cw
					}
				}
			}
		}
		if c < 0 || !clauseMarks[t.lw[c]] && t.lw[c] != "as" {
			continue
		}
		gov := t.verbAbove(t.head[k], 6)
		if gov < 0 || gov > c {
			continue
		}
		t.head[v], t.rel[v] = gov, "advcl"
		t.head[k], t.rel[k] = v, "nsubj"
		t.head[c], t.rel[c] = v, "mark"
		changed = true
	}
	return changed
}

// subordinateLists mends a clause opened by a subordinator ("after",
// "before", "since", "until", "once") whose subject is a list of names
// ("after the Harwood club and the Kelby club agreed a fee"), which the
// parser breaks up: the subordinator read as a preposition or adverb, the
// names hung on words of the main clause, the clause's verb made the
// main clause's conjunct, parataxis or even root. The words between the
// subordinator and the verb are all of a noun phrase list, so they are the
// verb's subject; the verb is the clause of the main verb before the
// subordinator (and takes the root's place where the parser had made the
// main verb its clause). It reports whether any head changed.
func (t *tree) subordinateLists() bool {
	changed := false
	for v := 2; v < len(t.head); v++ {
		if t.tag[v] != "VBD" && t.tag[v] != "VBZ" && t.tag[v] != "VBP" || t.dep(v, "nsubj", "nsubj:pass", "expl", "mark") >= 0 {
			continue
		}
		// a list: a joining word after its last comma ("A, B and C"), not
		// a fronted phrase's comma ("since March, X is")
		c, nouns, joined := v-1, 0, false
		for ; c >= 0 && listWordTags[t.tag[c]]; c-- {
			if t.noun(c) {
				nouns++
			}
			if t.tag[c] == "CC" {
				joined = true
			}
			if t.lw[c] == "," && !joined {
				break
			}
		}
		if c < 1 || c == v-1 || nouns == 0 || !joined || !clauseMarks[t.lw[c]] || t.lw[c] == "when" || t.lw[c] == "while" || t.tag[c] != "IN" && t.tag[c] != "RB" {
			continue
		}
		gov := -1
		for g := c - 1; g >= 0; g-- {
			if t.verb(g) {
				gov = g
				break
			}
		}
		for gov >= 0 && (t.tag[gov] == "MD" || t.is(gov, "aux", "aux:pass", "cop")) && t.head[gov] > gov {
			gov = t.head[gov]
		}
		if gov < 0 || !t.verb(gov) || gov == v {
			continue
		}
		// the subject: the list's first phrase; its other phrases, and the
		// words joining them, hang on it
		k := -1
		for i := c + 1; i < v; i++ {
			if h := t.head[i]; h > c && h < v {
				continue
			}
			switch {
			case k < 0 && t.noun(i):
				k = i
			case t.noun(i):
				t.head[i], t.rel[i] = k, "conj"
			case k >= 0:
				t.head[i] = k // a loose "and" or comma
			}
		}
		if k < 0 {
			continue
		}
		if t.under(gov, v) {
			// the main verb hung under the clause's: they trade places
			t.head[gov], t.rel[gov] = t.head[v], t.rel[v]
			for _, kid := range t.kids[v] {
				if kid < c && kid != gov {
					t.head[kid] = gov
				}
			}
		}
		t.head[v], t.rel[v] = gov, "advcl"
		t.head[k], t.rel[k] = v, "nsubj"
		t.head[c], t.rel[c] = v, "mark"
		changed = true
	}
	return changed
}

// listWordTags are the tags of the words of a list of noun phrases.
var listWordTags = set("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "CD", "POS", "CC", ",")

// subordinateConjuncts mends "settled the dispute after X drove to Bergen
// on Thursday and met Y" read with "met", and the words between, hung on the
// main verb: a verb joined by "and" right after a clause that "after",
// "before" (...) opens, with no comma and no subject of its own, goes on
// that clause's verb, and so does what lies between the two. It reports
// whether any head changed.
func (t *tree) subordinateConjuncts() bool {
	changed := false
	for v2 := 3; v2 < len(t.head); v2++ {
		v0 := t.head[v2]
		if !t.is(v2, "conj") || !t.verb(v2) || v0 < 0 || v0 > v2 || t.dep(v2, "nsubj", "nsubj:pass") >= 0 {
			continue
		}
		cc := t.dep(v2, "cc")
		if cc != v2-1 || t.lw[cc] != "and" {
			continue
		}
		v1 := -1
		for _, k := range t.kids[v0] {
			if k > v0 && k < cc && t.is(k, "advcl") && t.verb(k) && t.dep(k, "nsubj", "nsubj:pass") >= 0 {
				if m := t.dep(k, "mark"); m >= 0 && clauseMarks[t.lw[m]] {
					v1 = k
				}
			}
		}
		if v1 < 0 {
			continue
		}
		clean := true
		for i := v1 + 1; i < cc; i++ {
			if t.lw[i] == "," || t.lw[i] == ";" || t.verb(i) {
				clean = false
				break
			}
		}
		if !clean {
			continue
		}
		for i := v1 + 1; i < cc; i++ {
			if t.head[i] == v0 {
				t.head[i] = v1
			}
		}
		t.head[v2] = v1
		changed = true
	}
	return changed
}

// verbsAsCopulas undoes a reading of "before X visits Quito in May" with
// "visits" the copula of "Quito": only "be" is a copula, so a finite event
// verb so read heads the clause, the noun after it is its
// object, and what the parser hung on that noun after it ("in May") is
// the verb's. It reports whether any head changed.
func (t *tree) verbsAsCopulas() bool {
	changed := false
	for v := range t.head {
		h := t.head[v]
		if !t.is(v, "cop") || h <= v || !t.noun(h) || beForms[t.lw[v]] || t.lw[v] == "'s" || t.lw[v] == "'re" || t.lw[v] == "am" || t.lw[v] == "being" {
			continue
		}
		if t.tag[v] != "VBZ" && t.tag[v] != "VBD" && t.tag[v] != "VBP" || !visitVerbs[t.lw[v]] && !meetingVerbs[t.lw[v]] && !agreeVerbs[t.lw[v]] {
			continue // (a stray letter a tagger calls a verb is none)
		}
		t.head[v], t.rel[v] = t.head[h], t.rel[h]
		if t.is(v, "obl", "nmod") {
			t.rel[v] = "advcl"
		}
		t.head[h], t.rel[h] = v, "obj"
		for _, k := range t.kids[h] {
			switch {
			case k == v:
			case k < v && t.is(k, "nsubj", "mark", "advmod", "aux"):
				t.head[k] = v
			case k > h && t.is(k, "nmod", "obl", "obl:tmod", "obl:unmarked", "advmod"):
				t.head[k], t.rel[k] = v, "obl"
				if t.is(k, "advmod") {
					t.rel[k] = "advmod"
				}
			}
		}
		changed = true
	}
	return changed
}

// gerundCases undoes a reading of "after meeting X on Tuesday" as a
// two-word preposition ("after meeting") governing X: the participle is
// a verb, X its object, and "after" marks the clause it opens, which
// tells when the verb X hangs on happened. It reports whether any head
// changed.
func (t *tree) gerundCases() bool {
	changed := false
	for g := 1; g < len(t.head); g++ {
		n := t.head[g]
		if t.tag[g] != "VBG" || t.rel[g] != "case" || n <= g || !t.noun(n) || !clauseMarks[t.lw[g-1]] || t.head[g-1] != n {
			continue
		}
		t.head[g], t.rel[g] = t.head[n], t.rel[n]
		if t.rel[g] == "obl" || t.rel[g] == "nmod" {
			t.rel[g] = "advcl"
		}
		t.head[n], t.rel[n] = g, "obj"
		t.head[g-1], t.rel[g-1] = g, "mark"
		for k, h := range t.head {
			if h == n && k > n && t.rel[k] == "nmod" && t.dep(k, "case") >= 0 {
				t.head[k], t.rel[k] = g, "obl" // "on Tuesday": when the meeting was
			}
		}
		changed = true
	}
	return changed
}

// followingCases undoes a reading of "following" as a verb or an
// adjective where it opens a phrase as "after" would ("Following talks
// with X, Y said", "Y, following a meeting with X, said", "Y said that
// following talks with X, he ..."): it is the preposition of the noun it
// governs, and that noun tells when the clause's verb happened. "The
// following day", "the following talks" and "fans following the team"
// are read as they are. It reports whether any head changed.
func (t *tree) followingCases() bool {
	changed := false
	for g := 0; g+1 < len(t.head); g++ {
		if t.lw[g] != "following" || t.tag[g] != "VBG" && t.tag[g] != "JJ" {
			continue
		}
		// it opens a phrase: first in the sentence, after its dateline,
		// or after a comma or "that"
		if g > t.from && t.lw[g-1] != "," && t.lw[g-1] != "that" {
			continue
		}
		n := -1
		switch {
		case t.rel[g] == "amod" && t.head[g] > g && t.noun(t.head[g]):
			n = t.head[g] // "Following talks with X, ..."
		case t.verb(g) && t.dep(g, "nsubj") < 0 && t.dep(g, "aux") < 0:
			if o := t.dep(g, "obj"); o > g && t.noun(o) {
				n = o // "Y, following a meeting with X, said"
			}
		}
		if n < 0 || timeNouns[t.lw[n]] {
			continue
		}
		h, rel := t.head[g], t.rel[g]
		if t.rel[g] == "amod" {
			h, rel = t.head[n], t.rel[n]
		}
		// "said that following talks with X, he believed": the clause
		// after the phrase, hung beside it, is the one the phrase opens
		if h >= 0 && (t.rel[g] == "ccomp" || g > 0 && t.lw[g-1] == "that") {
			for _, v := range t.kids[h] {
				if v > n && t.verb(v) && t.is(v, "ccomp", "advcl", "parataxis", "conj") && t.dep(v, "nsubj") >= 0 {
					if m := t.dep(g, "mark"); m >= 0 && m < g {
						t.head[m] = v
					}
					h = v
					break
				}
			}
		}
		if h >= 0 && t.verb(h) {
			rel = "obl"
		} else if h >= 0 {
			rel = "nmod"
		}
		for _, k := range t.kids[g] {
			if k != n && t.rel[k] == "punct" {
				t.head[k] = h
			}
		}
		t.head[n], t.rel[n] = h, rel
		t.head[g], t.rel[g] = n, "case"
		changed = true
	}
	return changed
}

// markedSubjects undoes a reading of "negotiations between the two firms
// sped up" with the "between" phrase a second subject of the verb: a
// subject takes no preposition, so the phrase belongs to the subject
// before it. It reports whether any head changed.
func (t *tree) markedSubjects() bool {
	changed := false
	for k, h := range t.head {
		if h < 0 || t.rel[k] != "nsubj" || !t.noun(k) {
			continue
		}
		c := t.dep(k, "case")
		first := k // the name's first word
		for first > 0 && t.head[first-1] == k && t.rel[first-1] == "flat" {
			first--
		}
		if m := first - 1; c < 0 && m >= 1 && t.rel[m] == "mark" && t.head[m] == h && (t.lw[m] == "from" || t.lw[m] == "of") && t.noun(m-1) &&
			(t.head[m-1] == h && t.is(m-1, "nsubj") || t.is(m-1, "nmod") && t.head[m-1] >= 0 && t.head[t.head[m-1]] == h && t.is(t.head[m-1], "nsubj")) {
			// "(A group of) officials from Kenya will travel" read with
			// "from" marking the verb and Kenya a second subject: Kenya is
			// the officials'
			t.head[m], t.rel[m] = k, "case"
			t.head[k], t.rel[k] = m-1, "nmod"
			changed = true
			continue
		}
		if c < 0 || t.tag[c] != "IN" {
			continue
		}
		moved := false
		for _, j := range t.deps(h, "nsubj") {
			if j < c && j != k && t.noun(j) {
				t.head[k], t.rel[k] = j, "nmod"
				changed, moved = true, true
				break
			}
		}
		// "said negotiations between A and B sped up" read with the noun
		// the object of "said": it is the reported clause's subject
		if n := c - 1; !moved && n >= 0 && t.noun(n) && t.is(n, "obj") && t.head[n] >= 0 && sayVerbs[t.lw[t.head[n]]] && t.head[h] == t.head[n] && t.is(h, "ccomp") {
			t.head[k], t.rel[k] = n, "nmod"
			t.head[n], t.rel[n] = h, "nsubj"
			changed = true
		}
	}
	return changed
}

// participleModifiers undoes a reading of "is holding specially
// scheduled talks" as "holding" taking a clause "scheduled talks": a
// participle right before the noun, with no subject or object of its
// own but that noun, describes it, and the noun is the verb's object.
// It reports whether any head changed.
func (t *tree) participleModifiers() bool {
	changed := false
	for v := 1; v+1 < len(t.head); v++ {
		h, o := t.head[v], v+1
		if t.tag[v] != "VBN" || !t.is(v, "xcomp", "ccomp") || h < 0 || !t.verb(h) || t.dep(h, "obj") >= 0 || t.head[o] != v || !t.is(o, "obj") || !t.noun(o) {
			continue
		}
		if t.dep(v, "nsubj", "aux", "aux:pass", "mark") >= 0 || len(t.deps(v, "obj")) != 1 {
			continue
		}
		t.head[o], t.rel[o] = h, "obj"
		t.head[v], t.rel[v] = o, "amod"
		changed = true
	}
	return changed
}

// fromToPhrases undoes a reading of "drove from the airport to a
// meeting" with the "to" phrase hung on the "from" phrase's noun: a way
// from somewhere to somewhere is the verb's, both ends of it. It
// reports whether any head changed.
func (t *tree) fromToPhrases() bool {
	changed := false
	for k, n := range t.head {
		if n < 0 || t.rel[k] != "nmod" || t.prep(k) != "to" || !t.is(n, "obl") || t.prep(n) != "from" || t.head[n] < 0 || !t.verb(t.head[n]) || visitNouns[t.lw[n]] {
			continue // (not "returned from a visit to X": where the visit went)
		}
		t.head[k], t.rel[k] = t.head[n], "obl"
		changed = true
	}
	// "returned to X from a visit to Y" read with "to Y" on the verb: the
	// phrase right after the trip noun is where the trip went
	for k, v := range t.head {
		c := t.dep(k, "case")
		if v < 0 || !t.is(k, "obl") || c < 1 || t.lw[c] != "to" && t.lw[c] != "of" || !t.verb(v) {
			continue
		}
		if n := c - 1; t.head[n] == v && t.is(n, "obl") && t.prep(n) == "from" && visitNouns[t.lw[n]] {
			t.head[k], t.rel[k] = n, "nmod"
			changed = true
		}
	}
	return changed
}

// particleCases undoes a reading of "called off his trip" with the
// particle the case of the noun and the noun an oblique: a particle
// right after its verb belongs to the verb ("called off", "put off"),
// and the noun is the verb's object. It reports whether any head changed.
func (t *tree) particleCases() bool {
	changed := false
	for k := 1; k < len(t.head); k++ {
		v, n := k-1, t.head[k]
		if t.tag[k] != "RP" || t.rel[k] != "case" || n <= k || !t.noun(n) || !t.is(n, "obl") || t.head[n] != v || !t.verb(v) || t.dep(v, "obj") >= 0 {
			continue
		}
		t.head[k], t.rel[k] = v, "compound:prt"
		t.rel[n] = "obj"
		changed = true
	}
	return changed
}

// clauseMarks open an adverbial clause, never a clause that describes a
// noun.
var clauseMarks = set("after", "before", "while", "when", "upon", "since", "until", "once")

// infinitiveComplements relabels a "to" infinitive the parser made the
// clausal subject of the verb before it ("agreed in December to cut
// output", with the time between them) as that verb's complement: a
// clausal subject comes before its verb in English, and an infinitive
// after a verb completes it.
func (t *tree) infinitiveComplements() {
	for k, h := range t.head {
		if h >= 0 && h < k && t.rel[k] == "csubj" && t.verb(h) && t.verb(k) && hasMark(t, k, "to") {
			t.rel[k] = "xcomp"
		}
	}
}

// markedClauses hangs a participle clause opened by "after", "while" and
// the like, which the parser hung on the noun before it ("met X and the
// delegation after landing at Y" read as the delegation landing), on
// the verb that noun depends on: the clause tells when that verb's
// subject did it. It reports whether any head changed.
func (t *tree) markedClauses() bool {
	changed := false
	for k, h := range t.head {
		if h < 0 || t.rel[k] != "acl" || t.tag[k] != "VBG" && t.tag[k] != "VBN" || !t.noun(h) {
			continue
		}
		marked := false
		for _, m := range t.deps(k, "mark") {
			marked = marked || clauseMarks[t.lw[m]]
		}
		if !marked {
			continue
		}
		v := t.verbAbove(t.head[h], 6)
		if v < 0 || !t.verb(v) {
			continue
		}
		t.head[k], t.rel[k] = v, "advcl"
		changed = true
	}
	return changed
}

// membersMeetings hangs a plural of members on the session noun right
// after it ("the finance ministers meeting in Oslo", "the governors'
// session") where the parser tore the two apart, taking the session noun
// for a phrase of its own: the phrase is the session, the members whose
// it is. The session takes the members' place, with their article and
// preposition. It reports whether any head changed.
func (t *tree) membersMeetings() bool {
	changed := false
	for k, h := range t.head {
		if t.tag[k] != "NNS" || !memberNouns[t.lw[k]] || h < 0 {
			continue
		}
		m, poss := k+1, false
		if m < len(t.head) && t.lw[m] == "'" && t.tag[m] == "POS" {
			m, poss = m+1, true
		}
		if m >= len(t.head) || !sessionNouns[t.lw[m]] || !strings.HasPrefix(t.tag[m], "NN") || h == m || t.head[m] == k && (t.is(m, "compound", "acl") || !poss && !t.is(m, "appos", "conj")) {
			continue
		}
		if t.under(h, m) {
			continue // the members' head is inside the session's phrase
		}
		t.head[m], t.rel[m] = h, t.rel[k]
		t.head[k], t.rel[k] = m, "compound"
		if poss {
			t.rel[k] = "nmod:poss"
			t.head[k+1], t.rel[k+1] = k, "case"
		}
		for _, c := range t.kids[k] {
			if t.is(c, "det", "case") && c < k {
				t.head[c] = m
			}
		}
		changed = true
	}
	return changed
}

// namedEventNouns hangs a proper noun on the event noun right after it
// where the parser gave both the same head and relation ("hosted the
// Louvre meeting" read with two objects, "the Lisbon summit" with two
// subjects): the name modifies the event, which it names or places.
// It reports whether any head changed.
func (t *tree) namedEventNouns() bool {
	changed := false
	for k, h := range t.head {
		n := k + 1
		if h < 0 || n >= len(t.head) || t.tag[k] != "NNP" || t.head[n] != h || t.rel[n] != t.rel[k] || !strings.HasPrefix(t.tag[n], "NN") || !(meetNouns[t.lw[n]] || agreeNouns[t.lw[n]] || visitNouns[t.lw[n]]) {
			continue
		}
		t.head[k], t.rel[k] = n, "compound"
		for _, c := range t.kids[k] {
			if c < k && t.is(c, "det", "case", "nmod:poss", "amod") {
				t.head[c] = n
			}
		}
		changed = true
	}
	return changed
}

// hyphenParticiples mends "held Qatar-brokered talks with X" read as a
// verb "brokered" coordinated with "held", taking the noun as its object:
// a past participle joined by a hyphen to the word before it ("X - ed"
// with no space between) and followed by a noun modifies that noun, and
// the word before the hyphen is the participle's own (its agent). The
// noun takes the place the phrase had. It reports whether any head
// changed.
func (d *doc) hyphenParticiples(si int, t *tree) bool {
	toks := d.sents[si].tokens
	changed := false
	for h := 1; h+2 < len(toks); h++ {
		a, v, n := h-1, h+1, h+2
		if n+1 < len(toks) && strings.HasPrefix(t.tag[n], "JJ") && t.noun(n+1) {
			n++ // "Qatar-backed start-up X": an adjective first
		}
		if toks[h].text != "-" || toks[a].end != toks[h].start || toks[h].end != toks[v].start ||
			t.tag[v] != "VBD" && t.tag[v] != "VBN" || !strings.HasSuffix(t.lw[v], "ed") || !t.noun(n) || t.is(v, "amod") && t.head[v] == n {
			continue
		}
		// the phrase's head is the last of the nouns after the participle
		// ("Texas-based chip maker Quarix Systems"): the ones before it
		// are its compounds, or the words of its name
		m := n
		for m+1 < len(toks) && t.noun(m+1) && t.tag[m+1] != "PRP" {
			m++
		}
		wasRoot := t.head[v] < 0
		// the span's tie to the rest of the sentence: the first of its
		// words hung outside it
		top := -1
		for k := a; k <= m; k++ {
			if hd := t.head[k]; hd < a || hd > m {
				top = k
				break
			}
		}
		if top < 0 {
			continue
		}
		up, rel := t.head[top], t.rel[top]
		for k := range t.head {
			if (t.head[k] == v || t.head[k] == a) && (k < a || k > m) && t.is(k, "obl", "advmod", "punct", "cc") && up >= 0 && (t.verb(up) || t.lw[k] == "and" || t.lw[k] == "or") {
				t.head[k] = up // "in Doha on Monday": the verb's, not the participle's
				if t.is(k, "cc") {
					t.head[k] = m // "A and Texas-based B": the phrase's own "and"
				}
			}
		}
		for k := v + 1; k < m; k++ {
			if t.head[k] < v+1 || t.head[k] > m {
				t.head[k], t.rel[k] = m, "compound"
				if k < n {
					t.rel[k] = "amod"
				}
			}
		}
		n = m
		t.head[n], t.rel[n] = up, rel
		t.head[v], t.rel[v], t.tag[v] = n, "amod", "VBN"
		t.head[a], t.rel[a] = v, "compound"
		t.head[h], t.rel[h] = v, "punct"
		changed = true
		// "A and Oslo-listed B have signed X" read with the participle
		// heading the clause ("signed" its complement, "A" the root or
		// the participle's subject): the verb after the phrase heads
		// the sentence, with the phrase's first noun its subject
		s := n
		for t.head[s] >= 0 && t.head[s] < a {
			s = t.head[s]
		}
		if t.head[s] >= 0 && !(wasRoot && t.head[s] == v) {
			continue
		}
		for k := m + 1; k < len(toks); k++ {
			if t.head[k] == v && t.verb(k) && t.is(k, "ccomp", "conj", "parataxis", "xcomp", "advcl") {
				for j := range t.head {
					if (t.head[j] == s || t.head[j] == v) && j > m && j != k && t.is(j, "punct") {
						t.head[j] = k
					}
				}
				t.head[k], t.rel[k] = -1, "root"
				t.head[s], t.rel[s] = k, "nsubj"
				break
			}
		}
	}
	return changed
}

// strandedObjects mends an event verb's object the parser made the subject
// of something else: "will host Chancellor X on March 3." read with X the
// subject of the full stop, "will host X on Feb. 12, the ministry said"
// with X a second subject of "said" (EWT knows "host" mostly as a noun). A
// name phrase that opens right after a verb of meeting, visiting or
// signing without an object, and is the subject of a punctuation mark or
// of a verb that has a subject of its own, is that verb's object. It
// reports whether any head changed.
func (t *tree) strandedObjects() bool {
	changed := false
	for x, y := range t.head {
		if y < 0 || !t.is(x, "nsubj") || !strings.HasPrefix(t.tag[x], "NNP") || y < x {
			continue
		}
		v := firstOf(t, x) - 1
		if v < 0 || !t.verb(v) || !(meetingVerbs[t.lw[v]] || visitVerbs[t.lw[v]] || agreeVerbs[t.lw[v]]) || t.dep(v, "obj") >= 0 || t.dep(v, "nsubj:pass") >= 0 {
			continue
		}
		other := false
		for _, k := range t.deps(y, "nsubj") {
			other = other || k != x
		}
		// ("having met X earlier in the day": X read as the subject of
		// the adverb that hangs on the verb)
		if !(t.tag[y] == "." || t.tag[y] == "," || t.verb(y) && other || strings.HasPrefix(t.tag[y], "RB") && t.head[y] == v) {
			continue
		}
		t.head[x], t.rel[x] = v, "obj"
		for k := range t.head {
			if t.head[k] == y && k < y && k > x && t.is(k, "punct") && t.tag[y] == "." {
				t.head[k] = v
			}
			// "host X on March 3 in Y": the day and the place are the verb's
			if t.head[k] == x && k > x && t.is(k, "nmod", "nmod:tmod", "obl:tmod") && (t.prep(k) == "on" || t.prep(k) == "in" || t.prep(k) == "at" || t.prep(k) == "") {
				t.head[k], t.rel[k] = v, "obl"
			}
		}
		changed = true
	}
	return changed
}

// aheadCases mends "ahead of talks with X" read with "ahead" an adverb
// on the noun: "ahead of" and "prior to" are one preposition, as the
// parser reads "along with". It reports whether any head changed.
func (t *tree) aheadCases() bool {
	changed := false
	for a := 0; a+1 < len(t.lw); a++ {
		c, n := a+1, t.head[a]
		if !(t.lw[a] == "ahead" && t.lw[c] == "of" || t.lw[a] == "prior" && t.lw[c] == "to") {
			continue
		}
		if t.head[c] == a && t.is(c, "fixed") && t.is(a, "amod", "advmod") && n > c && t.noun(n) {
			t.rel[a] = "case" // "prior to talks with X" read with "prior" an adjective
			changed = true
			continue
		}
		if t.head[c] == a && t.is(c, "fixed") && n >= 0 && t.verb(n) {
			// "prior to a meeting with X" read with the noun on "prior"
			for _, m := range t.deps(a, "obl", "nmod") {
				if m > c && t.noun(m) {
					t.head[m], t.rel[m] = n, t.rel[a]
					t.head[a], t.rel[a] = m, "case"
					changed = true
					break
				}
			}
			continue
		}
		if !t.is(c, "case") {
			continue
		}
		if m := t.head[c]; m > c && n >= 0 && t.head[m] == n && t.noun(m) && t.is(m, "obl") && t.verb(n) && t.is(a, "advmod") {
			n = m // "spoke to reporters ahead of talks with X": both hung on the verb
		} else if m > c && t.head[m] == a && t.noun(m) && n >= 0 && t.verb(n) {
			// "ahead of a meeting with X" read with the noun on "ahead"
			t.head[m], t.rel[m] = n, t.rel[a]
			n = m
		} else if n < 0 || !t.is(a, "advmod") || t.head[c] != n || !t.noun(n) {
			continue
		}
		t.head[a], t.rel[a] = n, "case"
		t.head[c], t.rel[c] = a, "fixed"
		changed = true
	}
	return changed
}

// spanLeads mends a fronted clause led by a span of time before "after"
// or "before" ("Minutes after meeting X, Y spoke", "Hours after talks
// with X, Y announced") read with the span as the participle's subject
// or as the head of the event noun: the span only measures the time
// between, and the clause or noun hangs on the main verb. It reports
// whether any head changed.
func (t *tree) spanLeads() bool {
	lead := t.from
	if lead+1 < len(t.lw) && t.tag[lead] == "CD" {
		lead++
	}
	if lead+2 >= len(t.lw) || !(spanNouns[t.lw[lead]] || t.lw[lead] == "minutes") || t.lw[lead+1] != "after" && t.lw[lead+1] != "before" {
		return false
	}
	if h := t.head[lead]; t.is(lead, "nsubj") && h > lead && t.tag[h] == "VBG" {
		t.rel[lead] = "obl:tmod" // "Minutes after meeting X"
		return true
	}
	for _, k := range t.deps(lead, "nmod") {
		if c := t.dep(k, "case"); c == lead+1 && t.noun(k) && t.head[lead] >= 0 {
			t.head[k], t.rel[k] = t.head[lead], t.rel[lead] // "Hours after talks with X"
			t.head[lead], t.rel[lead] = k, "nmod:tmod"
			return true
		}
	}
	return false
}

// byPassiveNouns mends "The visit by X to Y was shelved" read with X
// the passive verb's subject and the verb hung on the event noun: the
// noun is the subject, X its agent, and what the parser hung on X ("to
// Y") the noun's. It reports whether any head changed.
func (t *tree) byPassiveNouns() bool {
	changed := false
	for v, n := range t.head {
		if n < 0 || n >= v || t.tag[v] != "VBN" || t.dep(v, "aux:pass") < 0 || !t.noun(n) || !(meetNouns[t.lw[n]] || visitNouns[t.lw[n]] || agreeNouns[t.lw[n]]) {
			continue
		}
		s := t.dep(v, "nsubj:pass")
		if s <= n || s >= v || t.prep(s) != "by" {
			continue
		}
		for _, k := range t.kids[s] {
			if t.is(k, "nmod") && k > s {
				t.head[k] = n // "to Y"
			}
		}
		for _, k := range t.kids[n] {
			if k > v && t.is(k, "punct") {
				t.head[k] = v
			}
		}
		t.head[v], t.rel[v] = t.head[n], t.rel[n]
		t.head[n], t.rel[n] = v, "nsubj:pass"
		t.head[s], t.rel[s] = n, "nmod"
		changed = true
	}
	return changed
}

// havingObjects mends "Having received X earlier, Y said" read with the
// participle as the object of "having": the participle heads its clause,
// "having" is its auxiliary, as in "Having received X, Y said". It reports
// whether any head changed.
func (t *tree) havingObjects() bool {
	changed := false
	for v, h := range t.head {
		if h < 0 || h != v-1 || t.lw[h] != "having" || t.tag[v] != "VBN" || !t.is(v, "obj") || t.head[h] == v {
			continue
		}
		for _, k := range t.kids[h] {
			if k != v {
				t.head[k] = v
			}
		}
		t.head[v], t.rel[v] = t.head[h], t.rel[h]
		t.head[h], t.rel[h] = v, "aux"
		changed = true
	}
	return changed
}

// nounParticiples relabels a participle set off by a comma on a noun
// ("the board, meeting here, put off ...") that the parser called an
// adverbial clause or an apposition: a clause on a noun modifies it. It reports whether
// any label changed.
func (t *tree) nounParticiples() bool {
	changed := false
	for v, h := range t.head {
		if h < 0 || h >= v || t.tag[v] != "VBG" || !t.is(v, "advcl", "appos") || !t.noun(h) || v == 0 || t.lw[v-1] != "," || t.dep(v, "nsubj", "mark", "aux") >= 0 {
			continue
		}
		t.rel[v] = "acl"
		changed = true
	}
	return changed
}

// placeParticiples splits a participle the parser read as the head noun
// of a place phrase ("spent Tuesday in the capital meeting officials",
// "in Lima visiting the port" read as a "capital meeting"): the place
// heads the phrase, the participle is a clause of the verb, with the bare
// noun after it its object. It reports whether any head changed.
func (d *doc) placeParticiples(si int, t *tree) bool {
	changed := false
	for v := 1; v+1 < len(t.head); v++ {
		c := v - 1
		if !strings.HasSuffix(t.lw[v], "ing") || !t.noun(v) || !t.is(c, "compound") {
			continue
		}
		if m := d.mentionAt(si, c); !placeNouns[t.lw[c]] && (m == nil || m.j != c+1 || !d.isPlace(m.ent)) {
			continue
		}
		// the phrase's head: the participle ("capital meeting", its
		// object hung on it) or a plural or a name after both ("capital
		// visiting shipyards"), not a place's own noun ("the capital
		// building", "the city shopping district")
		ph, obj := v, -1
		if t.head[c] == v {
			for _, o := range t.deps(v, "nmod", "compound") {
				if o > v && t.noun(o) && t.dep(o, "case") < 0 {
					if obj >= 0 {
						obj = -2
						break
					}
					obj = o
				}
			}
		} else if hh := t.head[c]; hh > v && t.head[v] == hh && t.is(v, "compound") && (t.tag[hh] == "NNS" || t.tag[hh] == "NNPS" || d.mentionAt(si, hh) != nil) {
			ph, obj = hh, hh
		}
		h := t.head[ph]
		if obj < 0 || h < 0 || !t.verb(h) || !t.is(ph, "obl") {
			continue
		}
		for _, k := range t.kids[ph] {
			if k < c {
				t.head[k] = c
			}
		}
		t.head[c], t.rel[c] = h, "obl"
		t.head[v], t.rel[v], t.tag[v] = h, "advcl", "VBG"
		t.head[obj], t.rel[obj] = v, "obj"
		changed = true
	}
	return changed
}

// intentVerbs mends a sentence with no verb at its root whose verb of
// intent the parser read as a noun compounded with the subject's last
// word ("X and members of the team plan to travel to Y" read as "the team
// plan"): the word before is the phrase's noun, the verb heads the
// sentence with the root its subject and the infinitive its complement.
// It reports whether any head changed.
func (t *tree) intentVerbs() bool {
	r := t.root()
	if r < 0 || !t.noun(r) {
		return false
	}
	for p := r + 1; p+2 < len(t.head); p++ {
		c := p - 1
		x := t.dep(p, "acl")
		if !intentWords[t.lw[p]] || !t.noun(p) || t.head[c] != p || !t.is(c, "compound") || x < 0 || t.tag[x] != "VB" || !hasMark(t, x, "to") || !t.under(p, r) {
			continue
		}
		for _, k := range t.kids[p] {
			if k < c {
				t.head[k] = c
			}
		}
		t.head[c], t.rel[c] = t.head[p], t.rel[p]
		t.head[p], t.rel[p], t.tag[p] = -1, "root", "VBP"
		if strings.HasSuffix(t.lw[p], "s") {
			t.tag[p] = "VBZ"
		}
		t.head[r], t.rel[r] = p, "nsubj"
		t.rel[x] = "xcomp"
		for k := p + 1; k < len(t.head); k++ {
			if t.head[k] == r && t.rel[k] == "punct" {
				t.head[k] = p
			}
		}
		return true
	}
	return false
}

// intentWords are verbs of intent that are nouns too ("plan to travel").
var intentWords = set("plan", "plans", "hope", "hopes", "aim", "aims", "intend", "intends")

// adjectivePossessors hangs a possessor on the noun its adjective or
// compound modifies ("the group's ministerial conference" read with
// "group's" owning "ministerial", "the council's executive board" with
// it owning "executive"): the possessor owns the whole noun. It reports
// whether any head changed.
func (t *tree) adjectivePossessors() bool {
	changed := false
	for k, h := range t.head {
		if h < 0 || !t.is(k, "nmod:poss") || !(strings.HasPrefix(t.tag[h], "JJ") && t.is(h, "amod") || t.noun(h) && t.is(h, "compound")) || h < k || t.head[h] < h || !t.noun(t.head[h]) {
			continue
		}
		t.head[k] = t.head[h]
		changed = true
	}
	return changed
}

// splitPossessors hangs a possessor on the noun it owns where the parser
// gave both the same head and relation: "X's adviser Y said" read with X
// and Y two subjects of "said" (the title merged into Y's name) is Y
// speaking, X owning Y. It reports whether any head changed.
func (t *tree) splitPossessors() bool {
	changed := false
	for k, h := range t.head {
		if h < 0 || k+2 >= len(t.head) || t.lw[k+1] != "'s" || t.tag[k+1] != "POS" || t.head[k+1] != k && !t.is(k, "conj") {
			continue
		}
		// the owned noun: the word the ones after "'s" hang on, with k's head and relation
		m := k + 2
		for m < len(t.head) && t.head[m] > m && (t.rel[m] == "flat" || t.rel[m] == "amod" || t.rel[m] == "compound") {
			m = t.head[m]
		}
		if m < len(t.head) && t.is(k, "conj") && t.head[m] >= 0 && t.head[m] == t.head[h] && t.rel[m] == t.rel[h] && t.noun(m) && m > k {
			// "A's X and B's Y signed" read with B the conjunct and Y a
			// second subject: Y is the conjunct, B its owner
			t.head[m], t.rel[m] = h, "conj"
			for _, c := range t.deps(k, "cc") {
				t.head[c] = m
			}
			t.head[k], t.rel[k] = m, "nmod:poss"
			t.head[k+1], t.rel[k+1] = k, "case"
			changed = true
			continue
		}
		if t.head[k+1] != k {
			continue
		}
		if m >= len(t.head) || t.head[m] != h || !t.noun(m) {
			continue
		}
		if t.rel[m] != t.rel[k] {
			// "A and X's foreign minister, B, signed" read with X the
			// conjunct and the title a list item beside it: the title is
			// the conjunct, X its owner
			if !t.is(k, "conj") || !t.is(m, "list", "appos", "dep", "parataxis") {
				continue
			}
			t.head[m], t.rel[m] = h, t.rel[k]
			for _, c := range t.deps(k, "cc") {
				t.head[c] = m
			}
		}
		t.head[k], t.rel[k] = m, "nmod:poss"
		changed = true
	}
	return changed
}

// strayPossessives hangs a possessive pronoun on the noun right after it
// where the parser hung it on a verb ("the bank said its chairman had
// talks" read with "its" owning "had"): a possessive owns a noun, never
// a clause. It reports whether any head changed.
func (t *tree) strayPossessives() bool {
	changed := false
	for k, h := range t.head {
		if t.tag[k] != "PRP$" || h < 0 || !t.verb(h) || k+1 >= len(t.head) {
			continue
		}
		// the noun the words after it build up to: "its chief executive"
		m := k + 1
		for n := 0; n < 4 && t.head[m] > m && t.head[m] != h && (t.noun(m) || strings.HasPrefix(t.tag[m], "JJ")); n++ {
			m = t.head[m]
		}
		if !t.noun(m) || t.head[m] == k {
			continue
		}
		t.head[k], t.rel[k] = m, "nmod:poss"
		changed = true
	}
	return changed
}

// partitiveSubjects hangs a partitive ("three of its officers", "two
// of the ministers") on the verb right after it as its subject where the
// parser made the two sister clauses of one verb of saying ("X said three
// of its officers met Y" read with "three" and "met" both complements of
// "said"). It reports whether any head changed.
func (t *tree) partitiveSubjects() bool {
	changed := false
	for q, h := range t.head {
		if !partitiveHead(t, q) || h < 0 || t.is(q, "nsubj") {
			continue
		}
		n := t.dep(q, "nmod")
		if n < q || t.prep(n) != "of" {
			continue
		}
		v := lastOf(t, q) + 1
		if v >= len(t.head) || !t.verb(v) || t.head[v] != h || t.dep(v, "nsubj", "nsubj:pass") >= 0 {
			continue
		}
		t.head[q], t.rel[q] = v, "nsubj"
		changed = true
	}
	return changed
}

// partitiveHead says whether q is a count or a quantity that picks some
// of a group named after "of": "three of", "several of", "most of".
func partitiveHead(t *tree, q int) bool {
	return t.tag[q] == "CD" || partitiveWords[t.lw[q]]
}

// ownPeople says whether a body's people by the noun w act for it: its
// officers, its delegation, its board; not its rivals, partners or
// creditors, other bodies of their own.
func ownPeople(w string) bool {
	return lowerTitles[w] || lowerTitles[strings.TrimSuffix(w, "s")] || staffNouns[w]
}

// staffNouns are a body's people taken together.
var staffNouns = set("delegation", "delegations", "team", "teams", "management", "board", "leadership", "staff", "diplomats", "bosses",
	"shareholders", "stockholders")

// counselNouns serve whom they are "to": "an adviser to the bank".
var counselNouns = set("adviser", "advisers", "advisor", "advisors", "aide", "aides", "consultant", "consultants")

// partitiveWords pick part of a group: "some of its directors".
var partitiveWords = set("some", "several", "many", "most", "all", "both", "each", "few", "one")

// withParticiple undoes a reading of "with newly elected X" as a clause
// ("with" marking "elected", X its object): X is what "with" governs and
// "elected" describes it, as in "talks with newly elected Premier
// X". It reports whether any head changed.
func (t *tree) withParticiple() bool {
	changed := false
	for k, h := range t.head {
		if t.tag[k] != "VBN" || !hasMark(t, k, "with") || t.dep(k, "nsubj", "nsubj:pass") >= 0 {
			continue
		}
		o := t.dep(k, "obj")
		if o < k || !t.noun(o) {
			continue
		}
		w := t.dep(k, "mark")
		t.head[o], t.rel[o] = h, t.rel[k]
		if t.rel[k] == "acl" {
			t.rel[o] = "nmod"
		} else if t.rel[k] == "advcl" {
			t.rel[o] = "obl"
		}
		t.head[k], t.rel[k] = o, "amod"
		t.head[w], t.rel[w] = o, "case"
		changed = true
	}
	return changed
}

// purposeParticiples describe what talks are for: "talks with X aimed at
// a loan", "negotiations with Y designed to end the strike".
var purposeParticiples = set("aimed", "designed", "intended", "meant", "geared", "targeted", "focused", "focussed")

// withPurpose undoes a reading of "talks with the Fund aimed at a loan"
// as an absolute clause ("with" marking "aimed", the Fund its subject):
// the Fund is what "with" governs, and "aimed" describes the talks. It
// reports whether any head changed.
func (t *tree) withPurpose() bool {
	changed := false
	for k, h := range t.head {
		if h < 0 || !purposeParticiples[t.lw[k]] || !hasMark(t, k, "with") || !t.noun(h) || !t.is(k, "advcl", "acl") {
			continue
		}
		s := t.dep(k, "nsubj", "nsubj:pass")
		w := t.dep(k, "mark")
		if s < 0 || s > k || w > s || t.lw[w] != "with" || !t.noun(s) {
			continue
		}
		t.head[s], t.rel[s] = h, "nmod"
		t.head[w], t.rel[w] = s, "case"
		t.rel[k] = "acl"
		changed = true
	}
	return changed
}

// phrasesOnHere hangs on the verb a phrase the parser hung on the place
// adverb before it: in "signed the pact here with X and Y" the signing is
// with X and Y, "here" names no one. It reports whether any head changed.
func (t *tree) phrasesOnHere() bool {
	changed := false
	for k, a := range t.head {
		if a < 0 || t.lw[a] != "here" && t.lw[a] != "there" || !t.is(k, "obl", "nmod") || t.dep(k, "case") < 0 || k < a {
			continue
		}
		if v := t.head[a]; v >= 0 && t.is(a, "advmod") && t.verb(v) {
			t.head[k], t.rel[k] = v, "obl"
			changed = true
		}
	}
	return changed
}

// fixedParticiples set an event for a time: "a meeting planned for next
// week with X".
var fixedParticiples = set("planned", "scheduled", "set", "arranged", "slated", "fixed", "pencilled", "penciled", "booked")

// withOnFixed hangs on a meeting noun the with-phrase the parser hung on
// the participle that dates it: in "a meeting planned for Monday with X"
// the meeting is with X. It reports whether any head changed.
func (t *tree) withOnFixed() bool {
	changed := false
	for a, n := range t.head {
		if n < 0 || !fixedParticiples[t.lw[a]] || !t.is(a, "acl") || !t.noun(n) || !meetNouns[t.lw[n]] {
			continue
		}
		for _, o := range t.deps(a, "obl") {
			if p := t.prep(o); o > a && (p == "with" || p == "between") {
				t.head[o], t.rel[o] = n, "nmod"
				changed = true
			}
		}
	}
	return changed
}

// predicateClauses undoes a reading of "confirmed the club are (still)
// in talks with X" with "in talks" hung on the reporting verb and the
// clause's subject taken for the verb's object or for the subject of a
// bare "are": "in talks" is the clause's predicate, and the noun before
// "are" its subject. It reports whether any head changed.
func (t *tree) predicateClauses() bool {
	changed := false
	for n, v := range t.head {
		if v < 0 || !t.noun(n) || !meetNouns[t.lw[n]] || !t.is(n, "obl") || t.prep(n) != "in" || !t.verb(v) || beForms[t.lw[v]] {
			continue
		}
		b := n - 1
		for b > v && (t.lw[b] == "in" || t.tag[b] == "``" || t.tag[b] == "RB") {
			b--
		}
		if b <= v+1 || !beForms[t.lw[b]] && t.lw[b] != "remain" && t.lw[b] != "remains" && t.lw[b] != "remained" {
			continue
		}
		s := -1
		for k := b - 1; k > v && s < 0; k-- {
			if t.noun(k) && t.is(k, "nsubj", "obj") && t.head[k] != n {
				s = k
			}
		}
		if s < 0 {
			continue
		}
		t.head[s], t.rel[s] = n, "nsubj"
		t.head[b], t.rel[b] = n, "cop"
		t.rel[n] = "ccomp"
		changed = true
	}
	return changed
}

// byOnEventNoun hangs on an event noun the "by" phrase the parser hung on
// the participle that governs the noun: in "following an agreement by his
// deputy, X," the agreement is the deputy's, "following" has no
// agent. Phrases after it with no preposition of their own (the
// apposition "X") go with it. It reports whether any head changed.
func (t *tree) byOnEventNoun() bool {
	changed := false
	for v := range t.head {
		if t.tag[v] != "VBG" {
			continue
		}
		n := t.dep(v, "obj")
		if n < 0 || !agreeNouns[t.lw[n]] && !meetNouns[t.lw[n]] && !visitNouns[t.lw[n]] {
			continue
		}
		by := false
		for _, b := range t.deps(v, "obl") {
			if b < n {
				continue
			}
			switch p := t.prep(b); {
			case p == "by":
				by = true
			case p != "" || !by:
				continue
			}
			t.head[b], t.rel[b] = n, "nmod"
			changed = true
		}
	}
	return changed
}

// verbAfterSubject undoes a reading of "A and B meet tomorrow in X" with
// the names as the sentence's root and the event verb right after them
// as a modifier: the verb heads the clause, the names are its subject,
// and what the parser hung on the names after the verb is the verb's. It
// reports whether any head changed.
func (d *doc) verbAfterSubject(si int, t *tree) bool {
	changed := false
	for v := t.from + 1; v < len(t.head); v++ {
		if t.tag[v] != "VBP" && t.tag[v] != "VBZ" && t.tag[v] != "VBD" || !(meetingVerbs[t.lw[v]] || visitVerbs[t.lw[v]] || agreeVerbs[t.lw[v]]) {
			continue
		}
		if t.head[v] < 0 || t.dep(v, "nsubj") >= 0 {
			continue
		}
		// ("U.S. and Japanese officials meet": a plural noun ends the
		// subject too)
		s := v - 1
		if m := d.mentionAt(si, v-1); (m == nil || m.j != v || m.ent < 0) && t.tag[s] != "NNS" {
			continue
		}
		for t.is(s, "conj", "flat") && t.head[s] >= 0 && t.head[s] < s {
			s = t.head[s]
		}
		if r := t.head[s]; r == v+1 && t.head[v] == r && t.head[r] < 0 && bareTimes[t.lw[r]] {
			// ("A and B meet tomorrow" with the time word as the root and
			// the names its subject: the verb takes its place)
			t.head[v], t.rel[v] = -1, "root"
			for k := range t.head {
				if t.head[k] == r && k != v {
					t.head[k] = v
				}
			}
			t.head[r], t.rel[r] = v, "obl:tmod"
			changed = true
			continue
		}
		if t.head[s] >= 0 {
			continue
		}
		t.head[v], t.rel[v] = -1, "root"
		t.head[s], t.rel[s] = v, "nsubj"
		for k := v + 1; k < len(t.head); k++ {
			if t.head[k] != s {
				continue
			}
			t.head[k] = v
			switch {
			case bareTimes[t.lw[k]] || t.is(k, "conj") && t.noun(k) && isWeekday(t.lw[k]):
				t.rel[k] = "obl:tmod"
			case t.is(k, "nmod"):
				t.rel[k] = "obl"
			case t.is(k, "conj", "list", "dep", "appos"):
				t.rel[k] = "obj"
				if t.dep(k, "case") >= 0 {
					t.rel[k] = "obl"
				}
			}
		}
		changed = true
	}
	return changed
}

// wordFrames read a visit or presence from the words at one token of a
// parsed sentence, in this order; frames tries each at every token.
var wordFrames = []func(d *doc, si int, t *tree, k int) (frame, bool){
	(*doc).beingHere, (*doc).arrivalList, (*doc).visitingTitle, (*doc).atGathering, (*doc).onTheWay,
	(*doc).stopIn, (*doc).priorStop, (*doc).tourLegs, (*doc).onHoliday, (*doc).sentDelegation, (*doc).welcomedTo, (*doc).ledDelegation, (*doc).soldPart, (*doc).boughtFirm, (*doc).mergedFirms, (*doc).joinedForces,
	(*doc).chosenSupplier, (*doc).playerMove, (*doc).tiedToDeal, (*doc).jointAct, (*doc).membersAgreeing, (*doc).paidRespects,
}

// membersAgreeing reads a body's ministers or governors agreeing, or
// failing to agree, as the body's meeting: "X farm ministers agreed on
// price cuts", "oil ministers of X reached agreement on quotas", "the
// ministers of X failed to agree". What they agreed is read at the verb
// as the body's own agreement; one agreeing with a view or that a thing
// is so makes none.
func (d *doc) membersAgreeing(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Meeting, t: k, light: -1, carrier: -1, loc: -1, multi: true}
	w := t.lw[k]
	if !t.verb(k) || k < t.from || t.is(k, "amod", "compound") {
		return f, false
	}
	agree := strings.HasPrefix(w, "agree")
	reach := reachVerbs[w] && slices.ContainsFunc(t.deps(k, "obj"), func(o int) bool { return agreeNouns[t.lw[o]] })
	if !agree && !reach {
		return f, false
	}
	if agree && (t.dep(k, "ccomp") >= 0 || slices.ContainsFunc(t.deps(k, "obl"), func(o int) bool { return t.prep(o) == "with" })) {
		return f, false // "agreed that prices were too low", "agreed with the view"
	}
	v, failed := k, false // the verb whose subject the members are
	if h := t.head[k]; h >= 0 && t.is(k, "xcomp") && (t.lw[h] == "failed" || t.lw[h] == "fail") {
		if t.tag[h] != "VBD" && t.dep(h, "aux") < 0 {
			return f, false // "may fail to agree"
		}
		v, failed = h, true
	}
	body := d.membersBody(si, t, v)
	if body < 0 {
		return f, false
	}
	f.agents = []int{body}
	if failed {
		if t.negatedAt(v) || slices.ContainsFunc(t.deps(v, "aux"), func(a int) bool { return t.lw[a] != "have" && t.lw[a] != "has" && t.lw[a] != "had" }) {
			return f, false
		}
		f.status = newsgraph.Happened // they met, and made no agreement
	} else if f.status, f.drop = d.frameStatus(t, &f); f.drop || f.status == newsgraph.Uncertain || offeredOnly(t, k) {
		return f, false
	}
	f.loc = d.placeUnder(si, t, k)
	return f, true
}

// reachVerbs reach an agreement they take as their object: "reached
// agreement", "struck a deal", "clinched an accord".
var reachVerbs = set("reach", "reaches", "reached", "reaching", "strike", "strikes", "struck", "clinch", "clinched", "seal", "sealed")

// membersBody is the body whose sitting members are the subject of verb
// v ("X farm ministers", "finance ministers of X", and "Finance ministers
// of X agreed" read with X the subject), or -1: an organisation that is
// no firm.
func (d *doc) membersBody(si int, t *tree, v int) int {
	body := func(k int) int {
		m := d.mentionAt(si, k)
		if m == nil || m.ent < 0 {
			return -1
		}
		e := d.ents[m.ent]
		if strings.Contains(e.name, "Bank") && !d.assembly(m.ent) {
			return -1 // one bank's governors decide for it alone
		}
		if e.typ == newsgraph.Organization && !firmName(e.name) && !tradeUnion(e.name) {
			return m.ent
		}
		return -1
	}
	for _, s := range t.deps(v, "nsubj") {
		if !sittingMembers[t.lw[s]] || t.tag[s] != "NNS" {
			// "Finance ministers of the X Council agreed" with the body
			// read as the subject, the ministers cut off before "of"
			a := s
			for _, k := range t.deps(s, "flat", "compound") {
				a = min(a, k)
			}
			if a >= 1 && t.lw[a-1] == "the" {
				a--
			}
			if a >= 2 && (t.lw[a-1] == "of" || t.lw[a-1] == "from") && sittingMembers[t.lw[a-2]] && t.tag[a-2] == "NNS" {
				if b := body(s); b >= 0 {
					return b
				}
			}
			continue
		}
		a := s // the first word of the members' phrase: "farm" of "X farm ministers"
		mods := t.deps(s, "compound", "amod")
		for _, k := range mods {
			a = min(a, k)
		}
		for _, mi := range d.bySent[si] {
			// "X farm ministers": the body named right before, as a
			// modifier of the ministers or (misread) a subject of its own
			m := d.mentions[mi]
			if m.kind == named && m.ent >= 0 && (m.j == a || m.j <= s && slices.ContainsFunc(mods, func(k int) bool { return m.i <= k && k < m.j })) {
				if b := body(m.j - 1); b >= 0 {
					return b
				}
			}
		}
		for _, n := range t.deps(s, "nmod", "nmod:poss") {
			if p := t.prep(n); p == "of" || p == "from" || t.is(n, "nmod:poss") {
				if b := body(n); b >= 0 {
					return b // "ministers of X", "X's finance ministers"
				}
			}
		}
	}
	return -1
}

// tradeUnion says whether a body's name is a trade union's ("Transport
// Workers Union", "Union of Mine Employees"): its leaders agreeing decide
// for it alone, at no meeting of members that are bodies or states.
func tradeUnion(name string) bool {
	for _, w := range strings.Fields(name) {
		w = strings.ToLower(strings.TrimSuffix(w, "'"))
		if strings.HasSuffix(w, "workers") || unionTrades[w] {
			return true
		}
	}
	return false
}

// unionTrades are the words of a trade union's name that say whose it is.
var unionTrades = set("employees", "teachers", "miners", "dockers", "drivers", "nurses", "pilots", "labour", "labor", "trades", "unions", "engineers", "seamen", "journalists", "doctors")

// placeUnder is the place named in an "in" or "at" phrase hung within
// three words under verb v, through nouns only ("agreed in Lima", "at
// talks in Manila"; not "agreed to meet again in X"), or -1.
func (d *doc) placeUnder(si int, t *tree, v int) int {
	for _, mi := range d.bySent[si] {
		m := d.mentions[mi]
		if m.ent < 0 || !d.isPlace(m.ent) || m.i <= v {
			continue
		}
		k := m.j - 1
		if p := t.prep(k); p != "in" && p != "at" {
			continue
		}
		for h, n := t.head[k], 0; h >= 0 && n < 3; h, n = t.head[h], n+1 {
			if h == v {
				return m.ent
			}
			if t.verb(h) {
				break
			}
		}
	}
	return -1
}

// byAfterDestination hangs on a visit noun the "by" phrase the parser hung
// on its destination: in "a visit to Oslo by Premier X" the visit is X's,
// not Oslo's; and the "to" phrase the parser hung on the "by" phrase. It
// reports whether any head changed.
func (t *tree) byAfterDestination() bool {
	changed := false
	for n := range t.head {
		if !t.noun(n) || !visitNouns[t.lw[n]] {
			continue
		}
		// "a visit to Y by X" with "by X" hung on Y, and "a return visit
		// by X to Y" with "to Y" hung on X: both phrases are the visit's
		changed = t.hoistNmod(n, "to", "by") || changed
		changed = t.hoistNmod(n, "by", "to") || changed
	}
	return changed
}

// byAfterTarget hangs on a sale noun the "by" and "to" phrases the
// parser hung on what is sold: in "the takeover of Y by X" and "the sale
// of Y to X" the buyer is the deal's, not Y's. It reports whether any head
// changed.
func (t *tree) byAfterTarget() bool {
	changed := false
	for n := range t.head {
		if !t.noun(n) || !saleNouns[t.lw[n]] {
			continue
		}
		changed = t.hoistNmod(n, "of", "by") || changed
		changed = t.hoistNmod(n, "of", "to") || changed
	}
	return changed
}

// byOnVerbAfterVisit undoes a reading of "rose ahead of a visit to Y by X"
// with "by X" hung on the verb right after the visit's phrase: an active
// verb takes no agent, so the visit is X's. It reports whether any head
// changed.
func (t *tree) byOnVerbAfterVisit() bool {
	changed := false
	for n := range t.head {
		if !t.noun(n) || !visitNouns[t.lw[n]] || !t.is(n, "obl") {
			continue
		}
		v := t.verbAbove(n, 3)
		if v < 0 || !t.verb(v) || t.dep(v, "aux:pass") >= 0 {
			continue
		}
		for _, b := range t.deps(v, "obl") {
			if b > n && t.prep(b) == "by" && firstOf(t, b) == lastOf(t, n)+1 {
				t.head[b], t.rel[b] = n, "nmod"
				changed = true
			}
		}
	}
	return changed
}

// hoistNmod hangs on n every inner phrase ("by X") that the parser hung
// on a later word of one of n's outer phrases ("to Y"); it reports
// whether any moved.
func (t *tree) hoistNmod(n int, outer, inner string) bool {
	changed := false
	for _, c := range t.deps(n, "nmod") {
		if t.prep(c) != outer {
			continue
		}
		for _, b := range t.deps(c, "nmod") {
			if b > c && t.prep(b) == inner {
				t.head[b] = n
				changed = true
			}
		}
	}
	return changed
}

// reporterAfterList undoes a reading of "X and Y met in Z, the newspaper
// W said" as "X, met and W said": the name right before the verb of
// saying is its subject, X the subject of the verb the parser listed with
// it (whose own subject Y joins X), and that clause is what was said.
// It reports whether any head changed.
func (t *tree) reporterAfterList() bool {
	for h := range t.head {
		if !sayVerbs[t.lw[h]] || !t.verb(h) {
			continue
		}
		s := t.dep(h, "nsubj")
		c := h - 1
		if s < 0 || c <= s || t.head[c] != s || !t.is(c, "conj") || t.dep(h, "ccomp") >= 0 {
			continue
		}
		v := -1
		for _, k := range t.deps(s, "conj") {
			if k < c && t.verb(k) && t.tag[k] != "VBG" && t.tag[k] != "VBN" {
				v = k
			}
		}
		if v < 0 {
			continue
		}
		t.head[c], t.rel[c] = h, "nsubj"
		if y := t.dep(v, "nsubj"); y > s && y < v {
			t.head[y], t.rel[y] = s, "conj"
		}
		t.head[s], t.rel[s] = v, "nsubj"
		t.head[v], t.rel[v] = h, "ccomp"
		return true
	}
	return false
}

// timeNouns head the time phrases the parser takes for a subject with the
// real subject hung on them ("X last month agreed").
var timeNouns = set("month", "week", "year", "day", "weekend", "morning", "afternoon", "evening", "night",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday")

// bareApostrophes undoes a reading of "from X' Moscow talks with Y" (the
// possessive of a name ending in s written as a bare apostrophe) with X
// the head of the phrase and the event noun beside it: X owns the event
// noun, which takes X's place in the clause. It reports whether any head
// changed.
func (d *doc) bareApostrophes(si int, t *tree) bool {
	changed := false
	for k := t.from + 1; k+1 < len(t.head); k++ {
		if t.lw[k] != "'" || t.tag[k] != "POS" {
			continue
		}
		m := d.mentionAt(si, k-1)
		if m == nil || m.j != k || m.ent < 0 {
			continue
		}
		x := k - 1
		if d.ents[m.ent].typ == newsgraph.Organization && t.is(x, "compound") && t.noun(t.head[x]) && t.head[x] > k && strings.HasSuffix(t.lw[x], "s") {
			// "of Keel Holdings' banking arm": a firm's name in the
			// plural owns the noun it was read as a compound of
			t.rel[x] = "nmod:poss"
			t.head[k], t.rel[k] = x, "case"
			changed = true
			continue
		}
		if d.ents[m.ent].typ != newsgraph.Person {
			continue
		}
		n := -1
		for j := k + 1; j < len(t.head) && (t.noun(j) || t.tag[j] == "JJ" || t.tag[j] == "HYPH"); j++ {
			n = j
		}
		// ("met X' cross at the far post" with X and the cross two
		// objects of "met": X owns whatever noun shares X's place)
		if n < 0 || !triggerAt(t, n) && (t.head[n] != t.head[x] || t.rel[n] != t.rel[x]) || t.is(x, "nmod:poss") || t.head[x] == n {
			continue
		}
		if !t.under(n, x) {
			t.head[n], t.rel[n] = t.head[x], t.rel[x]
		}
		for _, c := range t.deps(x, "case") {
			if c < x {
				t.head[c] = n
			}
		}
		t.head[x], t.rel[x] = n, "nmod:poss"
		t.head[k], t.rel[k] = x, "case"
		changed = true
	}
	return changed
}

// talksOnObject undoes a reading of "X will present a plan at talks with
// Y" with the talks hung on the verb's object (or a noun inside it): an
// object is not had at a meeting, the verb is done there. It reports whether any head changed.
func (t *tree) talksOnObject() bool {
	changed := false
	for n, h := range t.head {
		if h < 0 || !t.noun(n) || !meetNouns[t.lw[n]] || !t.is(n, "nmod") || meetNouns[t.lw[h]] {
			continue
		}
		// ("offer a treaty on arms cuts at talks with Y": the object's
		// own phrases between)
		o := h
		for k := 0; k < 2 && t.is(o, "nmod") && t.head[o] >= 0 && t.noun(t.head[o]); k++ {
			o = t.head[o]
		}
		if !t.is(o, "obj") {
			continue
		}
		if p := t.prep(n); p != "at" && p != "during" {
			continue
		}
		if v := t.head[o]; v >= 0 && t.verb(v) {
			t.head[n], t.rel[n] = v, "obl"
			changed = true
		}
	}
	return changed
}

// withAfterPlace undoes a reading of "talks in Tallinn with X", "met at
// Valletta with Y" with the with-phrase (or between-phrase) hung on the
// place: a named place takes no partner, the meeting does. It reports
// whether any head changed.
func (d *doc) withAfterPlace(si int, t *tree) bool {
	changed := false
	for b := range t.head {
		if p := t.prep(b); !t.is(b, "nmod") || p != "with" && p != "between" {
			continue
		}
		c := t.head[b]
		if c < 0 || c > b || !t.is(c, "nmod", "obl") {
			continue
		}
		if q := t.prep(c); q != "in" && q != "at" {
			continue
		}
		if m := d.mentionAt(si, c); m == nil || m.ent < 0 || !d.isPlace(m.ent) {
			continue
		}
		n := t.head[c]
		if n >= 0 && t.is(n, "acl") && t.tag[n] == "VBN" && t.head[n] >= 0 && t.noun(t.head[n]) && meetNouns[t.lw[t.head[n]]] {
			n = t.head[n] // "a meeting planned for May in X between A and B": the meeting's
		}
		if n < 0 || !(t.noun(n) && meetNouns[t.lw[n]] || t.verb(n) && meetingVerbs[t.lw[n]]) {
			continue
		}
		t.head[b] = n
		if t.verb(n) {
			t.rel[b] = "obl"
		}
		// "in Tallinn with A and B": B, listed after the partner, is a partner
		for _, k := range t.deps(c, "conj") {
			if k > b {
				t.head[k] = b
			}
		}
		changed = true
	}
	return changed
}

// withAfterTalks hangs on a talks noun the "with" phrase right after it
// that the parser hung on a verb above it: in "X said its talks with Y
// broke down" the talks are with Y; Y is no partner of the saying.
func (t *tree) withAfterTalks() bool {
	changed := false
	for n := 0; n+2 < len(t.lw); n++ {
		if !t.noun(n) || !talkNouns[t.lw[n]] || t.lw[n+1] != "with" || !t.is(n+1, "case") {
			continue
		}
		b := t.head[n+1]
		if b <= n+1 || t.head[b] == n || !t.noun(b) || !t.is(b, "obl", "nmod") {
			continue
		}
		above := false // the phrase's head is one the talks hang under
		for h, k := t.head[n], 0; h >= 0 && k < 4; h, k = t.head[h], k+1 {
			if h == t.head[b] {
				above = true
				break
			}
		}
		if !above {
			continue
		}
		t.head[b], t.rel[b] = n, "nmod"
		changed = true
	}
	return changed
}

// nameVerbs give a thing the name someone puts on it: "what he termed a
// frank exchange", "what aides described as useful talks".
var nameVerbs = set("termed", "called", "described", "dubbed", "characterised", "characterized", "labelled", "labeled", "branded")

// namedObjects rehangs "held what he termed cordial talks with X": the
// parser makes "what" the object and the named noun the object of the
// naming clause, where the noun is what was held and the clause only
// qualifies it.
func (t *tree) namedObjects() bool {
	changed := false
	for w := 1; w+2 < len(t.lw); w++ {
		v := w - 1
		if t.lw[w] != "what" || !t.verb(v) {
			continue
		}
		c := -1
		for k := w + 2; k < len(t.lw) && k <= w+4; k++ {
			if nameVerbs[t.lw[k]] && t.verb(k) {
				c = k
				break
			}
		}
		if c < 0 || t.dep(c, "nsubj", "nsubj:pass") < 0 {
			continue
		}
		n := -1
		for _, k := range t.deps(c, "obj") {
			if k > c {
				n = k
			}
		}
		if n < 0 {
			for _, k := range t.deps(c, "obl", "xcomp", "advcl") {
				if hasDep(t, k, "as") && t.noun(k) {
					n = k
				}
			}
		}
		if n < 0 || !t.noun(n) {
			continue
		}
		for _, k := range t.kids[n] {
			if t.lw[k] == "as" {
				t.head[k], t.rel[k] = c, "dep" // "described as": the noun is no phrase of "as" any more
			}
		}
		t.head[n], t.rel[n] = v, "obj"
		t.head[c], t.rel[c] = n, "acl:relcl"
		t.head[w], t.rel[w] = c, "obj"
		changed = true
	}
	return changed
}

// objectRelatives undoes a reading of "X, who he met last week," with
// both "who" and "he" subjects of the relative clause: the relative word
// before another subject is the verb's object. It reports whether any
// head changed.
func (t *tree) objectRelatives() bool {
	changed := false
	for r, v := range t.head {
		if v < 0 || !t.is(r, "nsubj") || (t.lw[r] != "who" && t.lw[r] != "whom") || !t.is(v, "acl:relcl") {
			continue
		}
		for _, k := range t.deps(v, "nsubj") {
			if k > r && k < v {
				t.rel[r] = "obj"
				changed = true
			}
		}
	}
	return changed
}

// relativeVerbModifiers undoes a reading of "X, who visited Egypt in
// March, said" with the finite verb of the relative clause an adjective
// of its object ("visited Egypt" read as a kind of Egypt): the verb
// takes the object's place in the tree, the object and the phrases hung
// on it (but an "of" phrase) become its own. It reports whether any head
// changed.
func (t *tree) relativeVerbModifiers() bool {
	changed := false
	for v, n := range t.head {
		if n != v+1 || !t.is(v, "amod") || t.tag[v] != "VBD" && t.tag[v] != "VBZ" && t.tag[v] != "VBP" || !t.noun(n) {
			continue
		}
		rel := false
		for _, r := range t.deps(v, "nsubj") {
			rel = rel || r < v && (t.lw[r] == "who" || t.lw[r] == "which" || t.lw[r] == "that")
		}
		if !rel {
			continue
		}
		t.head[v], t.rel[v] = t.head[n], t.rel[n]
		t.head[n], t.rel[n] = v, "obj"
		for _, k := range t.kids[n] {
			if t.is(k, "nmod") && k > n && t.prep(k) != "of" {
				t.head[k], t.rel[k] = v, "obl"
			}
		}
		changed = true
	}
	return changed
}

// tripToPassives undoes a reading of "X's tour to South Africa was
// cancelled" with "to" the mark of an infinitive whose subject is the
// place ("to South Africa was cancelled"): the place is where the trip
// goes, and the trip the subject of the passive. It reports whether any
// head changed.
func (t *tree) tripToPassives() bool {
	changed := false
	for to, v := range t.head {
		n := to - 1
		if v < 0 || n < 0 || t.lw[to] != "to" || !t.is(to, "mark") || !visitNouns[t.lw[n]] || t.tag[v] != "VBN" || t.dep(v, "aux:pass") < 0 {
			continue
		}
		p := t.dep(v, "nsubj:pass")
		if p < 0 || p <= to || p >= v || !strings.HasPrefix(t.tag[p], "NNP") {
			continue
		}
		if t.head[v] == n {
			t.head[v], t.rel[v] = t.head[n], t.rel[n]
		} else if t.head[n] != v {
			continue
		}
		t.head[n], t.rel[n] = v, "nsubj:pass"
		t.head[p], t.rel[p] = n, "nmod"
		t.head[to], t.rel[to] = p, "case"
		changed = true
	}
	return changed
}

// fromAfterGroups undoes a reading of "talks with representatives from
// Iceland" with "from Iceland" hung on the talks: a "from" or "of"
// phrase right after a group of people ("representatives", "delegates")
// is whom they are of. Only on a noun: a verb's phrase is read where it
// is. It reports whether any head changed.
func (t *tree) fromAfterGroups() bool {
	changed := false
	for k, h := range t.head {
		if h < 0 || !t.is(k, "nmod") || !t.noun(h) {
			continue
		}
		p := t.prep(k)
		c := t.dep(k, "case")
		if p != "from" && p != "of" || c < 1 {
			continue
		}
		g := c - 1
		if g == h || t.head[g] != h || !t.is(g, "nmod") || t.tag[g] != "NNS" || !stateAgentNouns[t.lw[g]] && !delegateNouns[t.lw[g]] {
			continue
		}
		t.head[k] = g
		changed = true
	}
	return changed
}

// timesAfterConjuncts undoes a reading of "of the World Bank and the
// International Monetary Fund next week" with the second name the
// possessor of "next week": the name is a conjunct of the name before
// "and", the week when the clause's verb is. It reports whether any head
// changed.
func (t *tree) timesAfterConjuncts() bool {
	changed := false
	for w, a := range t.head {
		if a < 0 || !timeNouns[t.lw[w]] || w < 2 || t.lw[w-1] != "next" && t.lw[w-1] != "last" && t.lw[w-1] != "this" {
			continue
		}
		n := t.dep(w, "nmod:poss")
		if n < 0 || n != w-2 || !strings.HasPrefix(t.tag[n], "NNP") {
			continue
		}
		c := firstOf(t, n) - 1
		if c < 1 || t.lw[c] != "and" && t.lw[c] != "or" {
			continue
		}
		prev := c - 1
		for t.head[prev] >= 0 && t.head[prev] > prev && t.head[prev] < c {
			prev = t.head[prev] // the head of the name before "and"
		}
		if !strings.HasPrefix(t.tag[prev], "NNP") || !t.noun(prev) {
			continue
		}
		v := a
		for v >= 0 && !t.verb(v) {
			v = t.head[v]
		}
		if v < 0 {
			continue
		}
		t.head[n], t.rel[n] = prev, "conj"
		t.head[c], t.rel[c] = n, "cc"
		if !t.verb(a) {
			t.head[w], t.rel[w] = v, "obl:tmod"
		}
		changed = true
	}
	return changed
}

// timeSecondSubjects undoes a reading of "... last September when X
// visited Y" with "last September" a second subject of the verb: the
// time says when the clause the "when" clause hangs on happened, and X
// is the verb's only subject. It reports whether any head changed.
func (t *tree) timeSecondSubjects() bool {
	changed := false
	for s, v := range t.head {
		if v < 0 || !t.is(s, "nsubj") || !t.verb(v) {
			continue
		}
		if _, ok := months[t.lw[s]]; !ok && !timeNouns[t.lw[s]] && !spanNames[t.lw[s]] {
			continue
		}
		other := false
		for _, k := range t.deps(v, "nsubj", "nsubj:pass") {
			other = other || k != s
		}
		if !other {
			continue
		}
		if h := t.head[v]; h >= 0 && s < v {
			t.head[s], t.rel[s] = h, "obl:tmod"
		} else {
			t.rel[s] = "obl:tmod"
		}
		changed = true
	}
	return changed
}

// bareSubjects mends a subject read as an oblique with no preposition:
// "The two are expected to sign X" with "the two" an obl of "expected".
// A definite noun, number or pronoun before a verb that has no subject,
// on no preposition and naming no time, is that verb's subject.
func (t *tree) bareSubjects() bool {
	changed := false
	for k, v := range t.head {
		if v <= k || t.rel[k] != "obl" || !t.verb(v) || t.dep(k, "case") >= 0 || t.dep(v, "nsubj", "nsubj:pass", "expl", "csubj") >= 0 || timeNouns[t.lw[k]] {
			continue
		}
		if t.tag[k] != "PRP" && !((t.tag[k] == "CD" || t.tag[k] == "NNS" || t.tag[k] == "NN") && hasDep(t, k, "the")) {
			continue
		}
		t.rel[k] = "nsubj"
		if t.dep(v, "aux:pass") >= 0 {
			t.rel[k] = "nsubj:pass"
		}
		changed = true
	}
	return changed
}

// timeSubjects undoes a reading of "X last month agreed" with "last
// month" the subject and X a compound or possessor of "month": X is the
// subject, "last month" says when. It reports whether any head changed.
func (t *tree) timeSubjects() bool {
	changed := false
	for s, v := range t.head {
		if v < 0 || !t.is(s, "nsubj") || !timeNouns[t.lw[s]] || !t.verb(v) {
			continue
		}
		// the head of "Japan's state bank" is its last word; the words
		// before it that hung on the time noun are its own
		c := -1
		for _, k := range t.deps(s, "compound", "nmod:poss", "flat") {
			if k < s && (t.noun(k) || t.tag[k] == "PRP") {
				c = k
			}
		}
		if c < 0 {
			continue
		}
		for _, k := range t.kids[s] {
			if k < c && !t.under(c, k) {
				t.head[k] = c
			}
		}
		t.head[c], t.rel[c] = v, "nsubj"
		t.rel[s] = "obl:unmarked"
		changed = true
	}
	return changed
}

// splitNounSubjects undoes a reading of "X's acquisition of Y's leasing
// unit was approved" as a noun with a relative clause whose subject is the
// last noun of its of-phrase ("acquisition [of Y's leasing] [unit was
// approved]"): the two nouns are one phrase, and the noun opening the
// sentence is the verb's subject. It reports whether any head changed.
func (t *tree) splitNounSubjects() bool {
	changed := false
	for v, n := range t.head {
		if n < 0 || t.head[n] >= 0 || !t.is(v, "acl:relcl") || !t.verb(v) || !t.noun(n) || v < n {
			continue
		}
		s := t.dep(v, "nsubj", "nsubj:pass")
		k := s - 1
		if s < 0 || k <= n || s > v || t.head[k] != n || !t.is(k, "nmod") || !t.noun(k) || strings.HasPrefix(t.tag[k], "NNP") || !strings.HasPrefix(t.tag[s], "NN") || strings.HasPrefix(t.tag[s], "NNP") {
			continue
		}
		if t.dep(s, "det", "nmod:poss", "case", "amod", "compound") >= 0 || t.dep(k, "case") < 0 {
			continue
		}
		relative := false
		for _, c := range t.kids[v] {
			relative = relative || c < v && (t.tag[c] == "WDT" || t.tag[c] == "WP" || t.lw[c] == "that")
		}
		if relative {
			continue
		}
		for _, c := range t.kids[k] {
			if c < k {
				t.head[c] = s
			}
		}
		t.head[k], t.rel[k] = s, "compound"
		t.head[s], t.rel[s] = n, "nmod"
		t.head[v], t.rel[v] = -1, "root"
		t.head[n], t.rel[n] = v, "nsubj"
		if t.dep(v, "aux:pass") >= 0 {
			t.rel[n] = "nsubj:pass"
		}
		for _, c := range t.kids[n] {
			if c > v {
				t.head[c] = v // ("." and what follows the verb are the verb's)
			}
		}
		changed = true
	}
	return changed
}

// compoundSubjects reads as the subject a noun the parser hung on a verb
// after it as a "compound" ("Tomorrow, X is to meet Y" with "X" a compound
// of "is"), which no verb takes, when the verb has no subject.
func (t *tree) compoundSubjects() {
	for k, h := range t.head {
		if h > k && t.is(k, "compound") && t.verb(h) && (t.noun(k) || t.tag[k] == "PRP") && t.dep(h, "nsubj", "nsubj:pass", "expl") < 0 {
			t.rel[k] = "nsubj"
		}
	}
}

// coordinatedVerbs tags as a verb an event or support verb that prose
// tagged otherwise ("will make a call and hold talks", "hold" an
// adjective) where the parse has it joined to a verb and taking an object.
func (t *tree) coordinatedVerbs() {
	for k, h := range t.head {
		w := t.lw[k]
		if t.verb(k) || !t.is(k, "conj") || !t.verb(h) || t.dep(k, "obj") < 0 || !lightVerbs[w] && !meetingVerbs[w] && !visitVerbs[w] && !agreeVerbs[w] {
			continue
		}
		t.tag[k] = t.tag[h]
	}
}

// takingPlace hangs "taking place" on the noun right before it, which it
// always describes ("the summit taking place in Oslo on Monday"),
// where the parser took it for a clause of the verb further back ("asked
// to hold talks at the summit taking place in Oslo"). It reports
// whether any head changed.
func (t *tree) takingPlace() bool {
	changed := false
	for k := 1; k < len(t.head); k++ {
		if t.lw[k] != "taking" || t.tag[k] != "VBG" || !hasDep(t, k, "place") || t.is(k, "acl") {
			continue
		}
		n := k - 1
		if !t.noun(n) || t.under(n, k) {
			continue
		}
		t.head[k], t.rel[k] = n, "acl"
		changed = true
	}
	return changed
}

// reportedSubjects gives a reported clause the subject the parser took
// for the object of the verb of saying: in "X said it and Y have signed a
// letter" it reads "it" as what X said and hangs "Y" on "said" as a
// list, leaving "signed" without a subject. A clause that has none and
// follows "said" directly after such an object takes it, and the words
// listed with it, for its subject. It reports whether any head changed.
func (t *tree) reportedSubjects() bool {
	changed := false
	for k, h := range t.head {
		if h < 0 || h >= k || !t.is(k, "ccomp") || !t.verb(k) || !sayVerbs[t.lw[h]] || t.dep(k, "nsubj", "csubj", "expl") >= 0 {
			continue
		}
		o := t.dep(h, "obj")
		if o < 0 {
			// "officials said A and B held talks": the parser may give
			// "said" a second subject after it instead of an object
			for _, s := range t.deps(h, "nsubj") {
				if s > h && s < k {
					o = s
				}
			}
		}
		if o < 0 || o <= h || o >= k || t.dep(h, "ccomp") != k {
			continue
		}
		t.head[o], t.rel[o] = k, "nsubj"
		for _, c := range t.deps(h, "conj") {
			if c > o && c < k {
				t.head[c] = o
			}
		}
		changed = true
	}
	return changed
}

// reportedPredicates mends "X's trip was a triumph, her party said",
// which the parser reads as "trip" the subject of "said" with "a triumph"
// hung on it: a noun with a copula after the subject of a verb of saying
// that has a second subject after it is the reported clause, and the
// first subject is its subject. It reports whether any head changed.
func (t *tree) reportedPredicates() bool {
	changed := false
	for k, h := range t.head {
		if h < 0 || h >= k || !t.is(k, "nmod:unmarked", "appos", "dep") || t.dep(k, "cop") < 0 || !t.is(h, "nsubj") {
			continue
		}
		say := t.head[h]
		if say < 0 || say < k || !sayVerbs[t.lw[say]] {
			continue
		}
		other := -1
		for _, s := range t.deps(say, "nsubj") {
			if s != h && s > k && s < say {
				other = s
			}
		}
		if other < 0 {
			continue
		}
		t.head[k], t.rel[k] = say, "ccomp"
		t.head[h], t.rel[h] = k, "nsubj"
		changed = true
	}
	return changed
}

// thatRelatives relabels as relative clauses ("acl:relcl") the clauses
// opened by "that" that the parser hung on a noun as a complement ("a tour
// of X that he has just completed", "the accord that Y signed"): prose
// tags such a "that" IN, not WDT, and the parser then reads "that" as a
// complementiser. A clause whose support or event verb has a subject but
// lacks its object is missing the noun it describes; a complement clause
// ("the news that he resigned", "reports that he signed the deal") is
// whole. It reports whether any label changed.
func (t *tree) thatRelatives() bool {
	changed := false
	for k, h := range t.head {
		if h < 0 || h >= k || !t.noun(h) && t.tag[h] != "NNP" || !t.is(k, "ccomp", "acl", "dep", "parataxis") || t.is(k, "acl:relcl") || !t.verb(k) {
			continue
		}
		w := t.lw[k]
		if !lightVerbs[w] && !agreeVerbs[w] && !meetingVerbs[w] && !visitVerbs[w] {
			continue
		}
		if !hasMark(t, k, "that") || t.dep(k, "nsubj") < 0 || t.dep(k, "obj", "ccomp") >= 0 {
			continue
		}
		t.rel[k] = "acl:relcl"
		changed = true
	}
	return changed
}

// cyclic says whether some word is its own ancestor.
func (t *tree) cyclic() bool {
	for i := range t.head {
		for j, n := t.head[i], 0; j >= 0 && j < len(t.head); j, n = t.head[j], n+1 {
			if j == i || n > len(t.head) {
				return true
			}
		}
	}
	return false
}

// link lists each word's dependents from the heads.
func (t *tree) link() {
	for i := range t.kids {
		t.kids[i] = t.kids[i][:0]
	}
	for i, h := range t.head {
		if h >= 0 && h < len(t.head) {
			t.kids[h] = append(t.kids[h], i)
		}
	}
}

// is says whether word i's relation is one of rels; "nsubj" also matches
// its subtypes ("nsubj:pass").
func (t *tree) is(i int, rels ...string) bool {
	if i < 0 {
		return false
	}
	r := t.rel[i]
	for _, x := range rels {
		if r == x || strings.HasPrefix(r, x+":") {
			return true
		}
	}
	return false
}

// dep is the first child of h with one of rels, or -1.
func (t *tree) dep(h int, rels ...string) int {
	if h < 0 {
		return -1
	}
	for _, k := range t.kids[h] {
		if t.is(k, rels...) {
			return k
		}
	}
	return -1
}

func (t *tree) deps(h int, rels ...string) []int {
	var out []int
	if h < 0 {
		return nil
	}
	for _, k := range t.kids[h] {
		if t.is(k, rels...) {
			out = append(out, k)
		}
	}
	return out
}

// prep is the preposition of a nominal ("with" in "with X"), "" for none;
// two-word ones read as one ("along with", "ahead of").
func (t *tree) prep(h int) string {
	c := t.dep(h, "case")
	if c < 0 {
		// "of co-heads X", "by State-owned utility X": a preposition the
		// parser hung on the first word of the noun phrase instead of its
		// head, or on a word inside a modifier that opens it
		before := func(k int) int { // a case word k opens with
			if x := t.dep(k, "case"); x >= 0 && x < k {
				return x
			}
			return -1
		}
		for _, k := range t.kids[h] {
			if c >= 0 || k >= h || !t.is(k, "compound", "amod") {
				continue
			}
			if c = before(k); c >= 0 {
				break
			}
			for _, j := range t.kids[k] {
				if c < 0 && j < k && t.is(j, "compound", "nsubj", "obl", "amod", "advmod") {
					c = before(j)
				}
			}
		}
	}
	if c < 0 {
		return ""
	}
	if cs := t.deps(h, "case"); len(cs) == 2 && particleCases[t.lw[cs[0]]] && cs[1] == cs[0]+1 {
		c = cs[1] // "flew in from X", "came back from X": where from, not where in
	}
	w := t.lw[c]
	for _, f := range t.deps(c, "fixed") {
		w += " " + t.lw[f]
	}
	return w
}

// flownIn says whether the flight verb at v comes "in": its particle, or
// an "in" the parser hung on the "from" phrase ("flew in from X").
func flownIn(t *tree, v int) bool {
	if p := t.dep(v, "compound:prt"); p >= 0 && t.lw[p] == "in" {
		return true
	}
	for _, o := range t.deps(v, "obl") {
		if cs := t.deps(o, "case"); len(cs) == 2 && t.lw[cs[0]] == "in" && t.prep(o) == "from" {
			return true
		}
	}
	return false
}

// particleCases are the particles of a verb the parser may hang as a
// preposition on the phrase after them ("flew in from X", "flew on to Y").
var particleCases = set("in", "back", "out", "over", "down", "up", "away", "off", "on")

// conjuncts are h and the words coordinated with it ("A, B and C").
func (t *tree) conjuncts(h int) []int {
	out := []int{h}
	for i := 0; i < len(out); i++ {
		out = append(out, t.deps(out[i], "conj")...)
	}
	return out
}

// under says whether word i lies in the subtree of h.
func (t *tree) under(i, h int) bool {
	for n := 0; i >= 0 && n < len(t.head); n++ {
		if i == h {
			return true
		}
		i = t.head[i]
	}
	return false
}

// root is the sentence's first word with no head, or -1.
func (t *tree) root() int {
	for k := t.from; k < len(t.head); k++ {
		if t.head[k] < 0 {
			return k
		}
	}
	return -1
}

// reporter is the subject of the sentence's reporting verb ("A said ..."),
// or -1 when its root is no such verb.
func (t *tree) reporter() int {
	r := t.root()
	if r < 0 || !sayVerbs[t.lw[r]] {
		return -1
	}
	return t.dep(r, "nsubj")
}

func (t *tree) verb(i int) bool { return i >= 0 && strings.HasPrefix(t.tag[i], "VB") }

// verbAbove climbs from word i up its heads to the first verb, at most
// steps heads up; it gives the word it stopped at (not always a verb when
// the steps run out), or -1 past the root.
func (t *tree) verbAbove(i, steps int) int {
	for n := 0; i >= 0 && !t.verb(i) && n < steps; n++ {
		i = t.head[i]
	}
	return i
}
func (t *tree) noun(i int) bool { return i >= 0 && strings.HasPrefix(t.tag[i], "NN") }

// negatedAt: "did not meet", "never visited", "no meeting", "without signing".
func (t *tree) negatedAt(i int) bool {
	for _, k := range t.kids[i] {
		switch t.lw[k] {
		case "not", "n't", "never", "no", "without", "nor":
			if t.is(k, "advmod", "det", "neg", "mark", "cc", "case") {
				return true
			}
		}
	}
	return false
}

// The trigger lexicon. A word reads by its tag: "meeting" tagged as a verb
// is "met", as a noun "a meeting".
var (
	meetingVerbs = set("meet", "meets", "met", "meeting", "confer", "confers", "conferred", "conferring", "host", "hosts", "hosted",
		"hosting", "receive", "receives", "received", "receiving", "welcome", "welcomes", "welcomed", "welcoming", "see", "sees",
		"saw", "seeing", "talk", "talks", "talked", "talking", "negotiate", "negotiates", "negotiated", "negotiating", "sit", "sat",
		"sitting", "discuss", "discusses", "discussed", "discussing", "gather", "gathers", "gathered", "convene", "convenes",
		"convened", "convening", "call", "calls", "called", "calling", "greet", "greets", "greeted", "greeting")
	// infinitiveTriggers are the event verbs whose base form is also a noun,
	// read as the verb after an infinitive's "to"
	infinitiveTriggers = set("visit", "meet", "sign", "tour", "travel", "talk", "host", "head", "fly", "stop", "call")
	// callVerbs meet only as "called on X", a courtesy call
	callVerbs = set("call", "calls", "called", "calling")
	meetNouns = set("meeting", "meetings", "talks", "summit", "summits", "discussions", "negotiations", "conference",
		"gathering", "session", "audience", "encounter", "consultations", "dinner", "lunch", "breakfast", "banquet", "reception", "call",
		"welcome", "bilateral", "bilaterals", "dialogue")
	visitVerbs = set("visit", "visits", "visited", "visiting", "travel", "travels", "traveled", "travelled", "traveling",
		"travelling", "fly", "flies", "flew", "flown", "flying", "jet", "jets", "jetted", "jetting", "go", "goes", "went", "going", "head", "heads", "headed", "heading",
		"arrive", "arrives", "arrived", "arriving", "tour", "tours", "toured", "touring", "land", "lands", "landed", "landing",
		"come", "comes", "came", "coming")
	visitNouns = set("visit", "visits", "trip", "trips", "tour", "tours", "stopover", "stop", "stops", "arrival", "journey", "stay", "departure",
		"appearance", "mission", "missions")
	agreeVerbs = set("sign", "signs", "signed", "signing", "agree", "agrees", "agreed", "agreeing", "conclude", "concludes",
		"concluded", "seal", "seals", "sealed", "initial", "initialled", "initialed", "ink", "inks", "inked", "inking")
	agreeNouns = set("agreement", "agreements", "deal", "deals", "accord", "accords", "pact", "pacts", "treaty", "treaties",
		"memorandum", "contract", "contracts", "protocol", "letter", "package", "ceasefire", "ceasefires", "cease-fire",
		"truce", "truces", "armistice", "charter", "settlement", "settlements", "loan", "loans")
	// madeOnlyNouns are agreements only when the text says they were
	// signed, agreed or reached: "a financing package signed in May", "the
	// two sides signed a truce", "signed a twinning charter", "reached a
	// settlement with X"; not "called for a ceasefire", "the ceasefire
	// line", "a charter flight", "a settlement in the West Bank"
	madeOnlyNouns = set("package", "ceasefire", "ceasefires", "cease-fire", "truce", "truces", "armistice", "charter", "settlement", "settlements",
		"loan", "loans") // "signed a 250 mln dlr loan with X"; not "repaid the loan", "a loan to X"
)

// sectorWords name the part of a country's people a group is drawn from
// when it is not the state: "business leaders", "union officials".
var sectorWords = set("business", "industry", "company", "corporate", "union", "opposition", "community", "church", "student")

// misspelt are trigger words as wire copy mistypes them.
var misspelt = map[string]string{"visted": "visited", "vistied": "visited", "vist": "visit", "vists": "visits",
	"agreeement": "agreement", "aggreement": "agreement", "agrement": "agreement",
	// a memorandum of understanding or of cooperation, as news shortens it
	"mou": "memorandum", "mous": "memorandum", "moc": "memorandum", "mocs": "memorandum",
	// its plurals: several signed at once are read as one signing
	"memoranda": "memorandum", "memorandums": "memorandum"}

// triggerWord says whether a lower-case word can state an event at all:
// only sentences holding one are parsed.
func triggerWord(w string) bool {
	return meetingVerbs[w] || meetNouns[w] || visitVerbs[w] || visitNouns[w] || agreeVerbs[w] || agreeNouns[w]
}

// signWords are the forms of "sign", which takes a particle and a
// preposition before what is signed ("signed up for", "signed on to").
var signWords = set("sign", "signs", "signed", "signing")

// lightVerbs carry a noun trigger: "held talks", "paid a visit", "signed
// an agreement": the noun states the event, the verb its subject and tense.
var lightVerbs = set("hold", "holds", "held", "holding", "have", "has", "had", "having", "open", "opens", "opened", "begin",
	"begins", "began", "begun", "start", "starts", "started", "resume", "resumed", "resumes", "attend", "attends", "attended",
	"attending", "conduct", "conducted", "join", "joined", "arrange", "arranged", "seek", "seeks", "sought", "request",
	"requested", "make", "makes", "made", "making", "pay", "pays", "paid", "take", "takes", "took", "taking", "sign", "signs",
	"signed", "signing", "reach", "reaches", "reached", "strike", "strikes", "struck", "conclude", "concluded", "seal",
	"sealed", "hammer", "hammered", "complete", "completed", "host", "hosts", "hosted", "hosting", "give", "gave", "given",
	"plan", "plans", "planned", "propose", "proposed", "agree", "agreed", "win", "won", "clinch", "clinched", "finalise",
	"finalised", "finalize", "finalized", "chair", "chaired", "co-chair", "co-chairs", "co-chaired", "co-chairing", "co-host",
	"co-hosts", "co-hosted", "co-hosting", "lead", "led", "cut", "end", "ended", "ends", "ending", "close", "closed", "closes", "closing", "wind", "wound", "winds", "winding",
	"wrap", "wrapped", "concludes", "concluding",
	"continue", "continued", "enter", "entered", "carry", "carried", "commence", "commenced", "embark", "embarked",
	"embarking", "launch", "launched", "kick", "kicked", "wrap", "undertake", "undertook", "receive", "received", "get", "got",
	"include", "includes", "included", "seeking", "opening", "beginning", "starting", "resuming", "conducting", "joining",
	"arranging", "requesting", "paying", "reaching", "striking", "concluding", "sealing", "hammering", "completing",
	"giving", "planning", "proposing", "agreeing", "winning", "clinching", "chairing", "leading", "ending", "continuing",
	"entering", "carrying", "commencing", "launching", "kicking", "undertaking", "receiving", "getting", "including",
	"finalising", "finalizing", "attend", "wrapping", "reopen", "reopens", "reopened", "reopening", "restart", "restarted",
	"restarting", "renew", "renewed", "renewing", "initial", "initials", "initialled", "initialed", "initialling",
	"secure", "secures", "secured", "securing", "ink", "inks", "inked", "inking", "bag", "bags", "bagged", "bagging",
	"award", "awards", "awarded", "awarding")

// Idioms: "met stiff resistance", "meet demand", "met with criticism".
var meetIdiom = set("demand", "demands", "target", "targets", "needs", "need", "deadline", "deadlines", "expectations",
	"requirements", "requirement", "goal", "goals", "criteria", "standards", "standard", "obligations", "obligation",
	"challenge", "challenges", "resistance", "opposition", "criticism", "skepticism", "scepticism", "approval", "costs",
	"cost", "payments", "payment", "conditions", "terms", "shortfall", "quota", "quotas", "commitments", "commitment",
	"fate", "end", "death", "success", "response", "reaction", "hostility", "disapproval", "objections", "limits",
	"threshold", "level", "levels", "forecasts", "estimates", "bills", "debts", "expenses", "orders", "request", "requests")

// fixtureMeeting says whether verb v ("meet", "met") is a match of a
// competition: it is told "in the final", "in the last eight", "in the
// second round" — a contest, not a meeting.
func fixtureMeeting(t *tree, v int) bool {
	// ("met X in the final of the Open": the stage the parser hung on
	// the object)
	stages := t.deps(v, "obl")
	for _, o := range t.deps(v, "obj") {
		stages = append(stages, t.deps(o, "nmod")...)
	}
	for _, o := range stages {
		if t.prep(o) != "in" || slices.ContainsFunc(t.deps(o, "nmod"), func(k int) bool { return triggerAt(t, k) }) {
			continue // "in a final round of talks", not "in the first round of the Open"
		}
		if fixtureNouns[t.lw[o]] {
			return true
		}
		if planNouns[t.lw[o]] || t.lw[o] == "push" || t.lw[o] == "throw" {
			continue // "in a last attempt to rescue the merger": a last try, no stage
		}
		for _, k := range t.deps(o, "amod", "compound") {
			if fixtureNouns[t.lw[k]] || t.lw[k] == "last" && t.tag[o] == "CD" {
				return true // "the last eight", "the semi-final stage"
			}
		}
	}
	return false
}

// unboundPapers are what one signs that binds no two sides: a petition, a
// court's order, a bill into law, a cheque, a book.
var unboundPapers = set("petition", "petitions", "order", "orders", "letter", "letters", "bill", "bills", "law", "laws",
	"decree", "decrees", "cheque", "cheques", "check", "checks", "autograph", "autographs", "book", "books", "warrant",
	"warrants", "ordinance", "ordinances", "proclamation", "proclamations", "register", "guestbook", "card", "cards")

// fixtureNouns are the stages and games of a competition.
var fixtureNouns = set("final", "finals", "semi-final", "semi-finals", "semifinal", "semifinals", "quarter-final",
	"quarter-finals", "quarterfinal", "quarterfinals", "round", "play-off", "play-offs", "playoff", "playoffs", "decider",
	"tie", "match", "game", "showdown", "derby", "fixture", "knockout", "group", "pool")

// relationNouns name a person by whom they stand to ("her predecessor,
// former premier X,"): the name in apposition is who.
var relationNouns = set("predecessor", "successor", "host", "hosts", "guest", "guests", "deputy", "rival", "ally")

// groupNouns name people by what they are, not who: their participants are
// whom they belong to ("officials from Kenya", "Turkcell executives").
var groupNouns = set("official", "officials", "representative", "representatives", "member", "members", "minister", "ministers",
	"delegation", "delegations", "team", "teams", "squad", "squads", "envoy", "envoys", "executive", "executives", "leader", "leaders",
	"government", "governments", "authorities", "diplomat", "diplomats", "negotiator", "negotiators", "side", "sides",
	"chief", "chiefs", "boss", "bosses", "head", "heads", "firm", "firms", "company", "companies", "bank", "banks",
	"country", "countries", "nation", "nations", "state", "states", "counterpart", "counterparts", "lawmakers",
	"senators", "committee", "panel", "creditors", "donors", "management", "board", "administration", "regime", "officers",
	"staff", "group", "groups", "consortium", "partners", "ministry", "army", "military", "forces", "cabinet", "parliament",
	"mission", "spokesman", "aides", "advisers", "advisors", "bankers", "producers", "airline", "carrier", "maker", "makers",
	"steelmakers", "mills", "refiners", "exporters", "importers", "leadership", "shareholders", "stockholders",
	"mediators", "mediator",
	"giant", "rival", "rivals", "subsidiary", "unit", "side's", "club", "clubs", "federation", "union", "unions",
	"presidents", "premiers", "chancellors", "heads", "majority", "students", "pupils", "teacher", "teachers", "schoolchildren",
	"republic", "kingdom", "sheikhdom", "emirate", "sultanate", "principality", "monarchy", "island", "islands")

// tradeTown says whether modifier k of noun h is a town placing people
// of a trade ("Zurich bankers", "Rotterdam refiners"), no side of its own.
func (d *doc) tradeTown(si int, t *tree, k, h int) bool {
	if !marketNouns[t.lw[h]] || !t.is(k, "compound", "amod", "flat") {
		return false
	}
	m := d.mentionAt(si, k)
	return m != nil && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.GPE && !d.x.gz.isCountry(d.ents[m.ent].name)
}

// excludedFrom says whether noun n is what someone is kept out of
// ("excluded from the agreement").
func excludedFrom(t *tree, n int) bool {
	h := t.head[n]
	return h >= 0 && t.prep(n) == "from" && excludeVerbs[t.lw[h]]
}

// excludeVerbs keep someone out of an agreement: "excluded from the
// accord with X" names no side of it.
var excludeVerbs = set("excluded", "barred", "omitted", "exempted", "shut", "kept", "left", "dropped")

// marketNouns name people or firms of a trade, whom a town before them
// ("Zurich bankers", "Rotterdam refiners") places, no town's government.
var marketNouns = set("bankers", "banks", "firms", "companies", "producers", "exporters", "importers", "refiners", "mills",
	"steelmakers", "makers", "investors", "dealers", "brokers", "traders", "insurers", "lenders", "creditors", "underwriters",
	"shipowners", "exchanges", "businessmen", "merchants", "buyers", "sellers", "suppliers")

// privateNouns name people or firms of a country who do not act for its
// state: "Indonesian students", "representatives of Latvian companies"
// met are no meeting with Indonesia or Latvia.
var privateNouns = set("students", "pupils", "schoolchildren", "teachers", "companies", "firms")

// oneFirmNouns name one firm ("a German rival"), whose nationality is
// no party to its deals.
var oneFirmNouns = set("firm", "company", "bank", "airline", "carrier", "maker", "giant", "rival", "subsidiary", "group",
	"consortium", "carmaker", "automaker", "lender", "insurer", "buyer", "investor", "producer", "exporter", "supplier", "partner", "competitor", "conglomerate")

// stateAgentNouns serve a country's government: "officials in X" are X's.
var stateAgentNouns = set("official", "officials", "minister", "ministers", "authorities", "government", "governments",
	"diplomats", "negotiators", "envoys", "representatives", "leaders")

// polityNouns name a state by its form: "the Gulf sheikhdom of X", "the
// former Soviet republic of Y" stand for X and Y, not for the region or
// the old union their modifiers name.
var polityNouns = set("republic", "kingdom", "sheikhdom", "emirate", "sultanate", "principality", "monarchy", "island", "islands")

// localPolityNouns name a local government by its form: "an accord with
// the city of X" is one with X's government, as "the republic of Y" is Y.
var localPolityNouns = set("city", "town", "municipality", "village", "borough", "county", "township", "province", "state")

// firmKind: a firm's common noun, singular or plural ("companies").
func firmKind(w string) bool {
	return firmNouns[w] || firmNouns[strings.TrimSuffix(w, "s")] || strings.HasSuffix(w, "ies") && firmNouns[strings.TrimSuffix(w, "ies")+"y"]
}

// collective nouns of two: "the two firms", "both countries".
var pairNouns = map[string]newsgraph.EntityType{"firms": newsgraph.Organization, "companies": newsgraph.Organization,
	"groups": newsgraph.Organization, "banks": newsgraph.Organization, "carriers": newsgraph.Organization,
	"airlines": newsgraph.Organization, "clubs": newsgraph.Organization, "countries": newsgraph.GPE, "nations": newsgraph.GPE, "governments": newsgraph.GPE,
	"states": newsgraph.GPE, "capitals": newsgraph.GPE, "sides": "", "parties": "", "delegations": ""}

// namesKindPlural says whether plural noun h names firms or bodies by
// the common noun their names end in: "the two exchanges" of a "... Futures
// Exchange", "both universities" of a "... University", so that the
// story's own names widen firmPairs.
func (d *doc) namesKindPlural(t *tree, h int) bool {
	if t.tag[h] != "NNS" {
		return false
	}
	w := t.lw[h]
	one := []string{strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es")}
	if y, ok := strings.CutSuffix(w, "ies"); ok {
		one = append(one, y+"y")
	}
	for _, e := range d.ents {
		if e.typ != newsgraph.Organization {
			continue
		}
		last := strings.ToLower(e.name[strings.LastIndexByte(e.name, ' ')+1:])
		if last != w && slices.Contains(one, last) {
			return true
		}
	}
	return false
}

// rivalNouns are firms vying for one target: "the two suitors".
var rivalNouns = set("suitors", "bidders")

// firmPairs name two firms by their kind ("the two banks"): the pair is
// the two the story last told together (talks, a deal), before merely
// the last two firms named, of which one may be the paper that reported
// them. Only "the two banks" looks back: "two Indian airlines - A and B"
// names two new ones.
var firmPairs = set("firms", "companies", "banks", "groups", "carriers", "airlines", "clubs")

// signedTogether are what two sides sign ("signed documents on"); a
// decree, a bill, a law one signs alone.
var signedTogether = set("document", "documents", "framework", "declaration", "communique", "charter", "convention",
	"arrangement", "arrangements", "understanding", "deal", "deals", "papers", "instruments", "exchange", "roadmap", "roadmaps")

// jointPapers are the texts two sides put out as one when told "joint":
// "a joint statement", "a joint communique".
var jointPapers = set("statement", "statements", "communique", "communiques", "communiqué", "communiqués", "declaration",
	"declarations")

// jointPaper says whether noun n is a text put out jointly ("a joint
// statement"): its signers or issuers acted together.
func jointPaper(t *tree, n int) bool {
	return n >= 0 && jointPapers[t.lw[n]] && hasDep(t, n, "joint")
}

// jointActVerbs put out a text or a plan: "issued a joint statement",
// "unveiled the plan together".
var jointActVerbs = set("issue", "issues", "issued", "issuing", "adopt", "adopts", "adopted", "adopting", "release",
	"releases", "released", "releasing", "unveil", "unveils", "unveiled", "unveiling", "announce", "announces", "announced",
	"announcing", "present", "presents", "presented", "presenting", "publish", "publishes", "published", "launch", "launches",
	"launched", "launching", "sign", "signs", "signed", "signing")

// jointAct reads a meeting told by an act two or more named people do
// together (the verb at k): "A and B issued a joint communique", "A and B
// unveiled the plan together": they met to do it. A signing is also an
// agreement; it is read at the verb, and signingMeetings meets its
// signers; a text put out after a call between them makes no meeting.
func (d *doc) jointAct(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Meeting, t: k, light: -1, carrier: -1, loc: -1}
	if jointPaper(t, k) && k >= t.from {
		return d.jointPaperTold(si, t, k)
	}
	if !jointActVerbs[t.lw[k]] || !t.verb(k) || k < t.from || t.negatedAt(k) {
		return f, false
	}
	if signWords[t.lw[k]] && jointPaper(t, t.dep(k, "obj")) {
		return f, false // an agreement, read at the verb
	}
	if !jointPaper(t, t.dep(k, "obj")) && !hasDep(t, k, "together") && !hasDep(t, k, "jointly") {
		return f, false
	}
	for i := range t.lw {
		if phoneWords[t.lw[i]] || t.lw[i] == "video" || t.lw[i] == "virtual" || t.lw[i] == "videoconference" {
			return f, false // "spoke by phone and issued a joint statement": no meeting
		}
	}
	people := uniq(d.subjectOf(si, t, k))
	if len(people) < 2 || !d.allPeople(people) {
		return f, false
	}
	f.agents = people
	f.loc = d.frameLoc(si, t, k, -1)
	f.status, f.drop = d.frameStatus(t, &f)
	return f, !f.drop
}

// jointPaperTold reads the meeting of the people a joint text (the noun
// at n) is told of: "a joint declaration issued by A and B", "In a joint
// statement released on Tuesday, A and B pledged ...".
func (d *doc) jointPaperTold(si int, t *tree, n int) (frame, bool) {
	f := frame{typ: newsgraph.Meeting, t: n, light: -1, carrier: -1, loc: -1}
	var people []int
	at := -1 // the word whose phrases tell where the text was put out
	for _, a := range t.deps(n, "acl") {
		if !jointActVerbs[t.lw[a]] || t.tag[a] != "VBN" {
			continue
		}
		for _, o := range t.deps(a, "obl:agent", "obl") {
			if t.is(o, "obl:agent") || t.prep(o) == "by" {
				people = append(people, d.group(si, t, o)...)
				f.t, f.status, at = a, newsgraph.Happened, a // a text issued is out
			}
		}
	}
	if h := t.head[n]; len(people) == 0 && h >= 0 && t.prep(n) == "in" && t.verb(h) {
		people = d.subjectOf(si, t, h) // "In a joint statement, A and B pledged"
		f.t, at = h, n                 // (where: the statement's own phrases, not what the statement says of some place)
		for _, a := range t.deps(n, "acl") {
			if jointActVerbs[t.lw[a]] {
				at = a // "In a joint statement issued in Nairobi, ..."
			}
		}
		f.status, f.drop = d.frameStatus(t, &f)
	}
	people = uniq(people)
	if len(people) < 2 || !d.allPeople(people) || f.drop || t.negatedAt(f.t) {
		return f, false
	}
	for i := range t.lw {
		if phoneWords[t.lw[i]] || t.lw[i] == "video" || t.lw[i] == "virtual" || t.lw[i] == "videoconference" {
			return f, false
		}
	}
	f.agents = people
	f.loc = d.frameLoc(si, t, at, -1)
	return f, true
}

// askVerbs put an event to someone: their date is the asking's.
var askVerbs = set("invited", "invite", "invites", "asked", "ask", "asks", "urged", "urge", "urges", "agreed", "agree",
	"agrees", "decided", "decide", "promised", "promise", "pledged", "offered", "offer", "called", "wanted", "hoped")

// sayVerbs report; a date or place on them is the report's, not the event's.
// addressVerbs say what one does to another face to face: "pressed X to",
// "told X that", "urged X to".
var addressVerbs = set("pressed", "press", "presses", "urged", "urge", "urges", "told", "tell", "tells", "asked", "ask", "asks",
	"assured", "assure", "assures", "warned", "warn", "warns", "briefed", "brief", "briefs", "reassured", "persuaded", "thanked")

// ofPhrase says whether noun n has an "of" phrase: "a meeting of the
// board" is a body's.
func ofPhrase(t *tree, n int) bool {
	for _, k := range t.deps(n, "nmod") {
		if t.prep(k) == "of" {
			return true
		}
	}
	return false
}

// talksNouns name talks between sides, not a gathering of many ("the
// summit", "the conference"), where one urged may be absent.
var talksNouns = union(talkNouns, set("meeting", "meetings"))

var sayVerbs = set("said", "say", "says", "saying", "told", "tell", "tells", "added", "announced", "announce", "announces",
	"stated", "reported", "reports", "confirmed", "noted", "declared", "claimed", "insisted", "warned", "explained", "wrote")

// frame is one event as one trigger states it.
type frame struct {
	typ      newsgraph.EventType
	t        int   // trigger word
	noun     bool  // stated by a noun ("the talks"), not a verb
	light    int   // the verb carrying a noun trigger, or -1
	carrier  int   // the verb a noun trigger hangs on ("travel ... for talks"), or -1
	agents   []int // entities on the subject side: the visitor, the host, the signer
	others   [][]int
	places   []int // destinations (visits)
	loc      int   // entity of the place, or -1
	status   newsgraph.EventStatus
	drop     bool        // denied, refused, ruled out: no event
	multi    bool        // a body's own meeting ("the OPEC meeting"): one participant suffices
	remnant  []int       // indexes into others of the legs a verbless remnant adds ("A and B will fly to X, and later to Y")
	statusBy int         // a verb inside the noun's phrase that gives its status ("was postponed"), or 0
	along    []int       // people a "with" phrase sends along on a visit ("visited X with Y")
	attended bool        // a gathering told only by one's being at it: its status is the carrier's tense
	holder   []int       // the subject of the verb an agreement noun is the object of ("X lost a contract"), a side if another sentence names the other
	sought   bool        // an agreement only sought or negotiated ("talks on a deal", "in pursuit of an accord")
	apart    bool        // each counterpart met on its own ("talks with A on Monday and with B on Tuesday")
	been     bool        // a stay one is back from: it has been, whatever the tense ("returning from a holiday in X")
	unnamed  bool        // the one named side meets a side told only by what it is ("held talks with union leaders")
	joins    bool        // its sides are told taking part in a gathering the story may have told ("Taking part in the talks were A and B")
	at       map[int]int // a counterpart met apart -> the place told for it ("met A in X and B in Y")
	day      *dateExpr   // the day a gapped counterpart's own words tell (gappedLegs), when dayFixed
	dayFixed bool
}

// frames reads the frames of sentence si.
func (d *doc) frames(si int) []frame {
	toks := d.sents[si].tokens
	// only sentences that can state an event are parsed: a trigger word,
	// "in" after "was" or "while" or opening the sentence, a verb of
	// attending, joining, leaving or summoning beside what one attends
	hit, near, gathering, spent := false, false, false, false
	for k, tk := range toks {
		w := strings.ToLower(tk.text)
		if triggerWord(w) || ventureWords[w] || awardNouns[w] || chooseVerbs[w] || orderAt(toks, k) || moveAt(toks, k) || orderedVerbs[w] || misspelt[w] != "" || leaveVerbs[w] || returnVerbs[w] || w == "attendance" || w == "in" && (k == 0 || k > 0 && presenceVerbs[strings.ToLower(toks[k-1].text)] || k > 0 && (strings.EqualFold(toks[k-1].text, "while") || strings.EqualFold(toks[k-1].text, "when"))) {
			hit = true
			break
		}
		hit = hit || w == "in" && k > 0 && leisureNouns[strings.ToLower(toks[k-1].text)]                           // "on holiday in X"
		hit = hit || (w == "joint" || w == "jointly" || w == "together") && k > 0                                  // "issued a joint statement", "unveiled it together"
		hit = hit || w == "respects" && k > 0                                                                      // "paid his respects to X"
		hit = hit || inspectVerbs[w]                                                                               // "inspected the mine in X"
		hit = hit || (w == "back" || w == "fresh") && k+1 < len(toks) && strings.EqualFold(toks[k+1].text, "from") // "just back from X"
		hit = hit || w == "assembly" && k > 0 && sittingWords[strings.ToLower(toks[k-1].text)] || sellVerb(w) || w == "sale" || buyVerb(w) || mergeVerb(w) || strings.HasPrefix(w, "snap") && k+1 < len(toks) && strings.EqualFold(toks[k+1].text, "up") || takeForms[w] && k+1 < len(toks) && strings.EqualFold(toks[k+1].text, "over") || w == "forces" || setOffIn(toks, k) || wayWord(toks, k) || stopWord(toks, k) || touchDown(toks, k) || sendVerbs[w]
		near = near || attendVerbs[w] || joinVerbs[w] || leaveVerbs[w] || strings.HasPrefix(w, "summon") || w == "called" ||
			strings.HasPrefix(w, "pull") || strings.HasPrefix(w, "withdr") || strings.HasPrefix(w, "drop") || leadingVerbs[w]
		gathering = gathering || gatheringNouns[w] || joinNouns[w] || quitNouns[w] || w == "back" || w == "to"
		// "told reporters in Paris", "said in Paris": one speaking somewhere
		if w == "in" && k+1 < len(toks) && toks[k+1].isCap() {
			for b := k - 1; b >= 0 && b >= k-4; b-- {
				if lb := strings.ToLower(toks[b].text); sayVerbs[lb] || speakVerbs[lb] {
					spent = true
				}
			}
		}
		// "Also due to attend are A and B"
		if attendVerbs[w] && k+1 < len(toks) && (beForms[strings.ToLower(toks[k+1].text)] || strings.EqualFold(toks[k+1].text, "will")) {
			spent = true
		}
		// "X and Y will be here too": where the story is told from
		if w == "here" && k > 0 && (beForms[strings.ToLower(toks[k-1].text)] || strings.EqualFold(toks[k-1].text, "due") || strings.EqualFold(toks[k-1].text, "expected")) {
			spent = true
		}
		// "spent two days in Kenya": a stay with no trigger word
		spent = spent || w == "in" && k >= 2 && spanNouns[strings.ToLower(toks[k-1].text)] && strings.HasPrefix(strings.ToLower(toks[k-2].text), "spen") ||
			w == "in" && k >= 3 && spanNouns[strings.ToLower(toks[k-1].text)] && strings.HasPrefix(strings.ToLower(toks[k-3].text), "spen")
	}
	hit = hit || near && gathering || spent
	if !hit {
		return nil
	}
	t := d.parse(si)
	if t == nil {
		return nil
	}
	n0 := len(d.ents)
	var out []frame
	for i := range toks {
		w := t.lw[i]
		var typ newsgraph.EventType
		noun := t.noun(i)
		switch {
		case noun && meetNouns[w]:
			typ = newsgraph.Meeting
		case noun && w == "assembly" && d.mentionAt(si, i) == nil && i > 0 && sittingWords[t.lw[i-1]]:
			typ = newsgraph.Meeting // "the Fund's general assembly": a body's sitting
		case noun && visitNouns[w]:
			typ = newsgraph.Visit
		case noun && w == "return" && t.dep(i, "nmod:poss") >= 0:
			typ = newsgraph.Visit // "on his return from X": a stay he is back from
		case (w == "back" || w == "fresh") && !t.verb(i) && backFrom(t, i) >= 0:
			typ = newsgraph.Visit // "X, just back from Y,": a stay X is back from
		case noun && agreeNouns[w]:
			typ = newsgraph.Agreement
		case noun && renewalOf(t, i):
			typ = newsgraph.Agreement // "signed a one-year contract extension with X"
		case noun && awardNouns[w] && d.handedOver(si, t, i):
			typ = newsgraph.Agreement // "awarded the tender to X", "won a concession from Y"
		case noun && ventureNoun(t, i):
			typ = newsgraph.Agreement // "will set up a joint venture with X", "their planned merger"
		case noun && d.saleOfFirm(si, t, i), noun && d.firmsTieUp(si, t, i):
			typ = newsgraph.Agreement // "its purchase of X", "the sale of its unit to Y", "the tie-up between A and B"
		case noun && w == "signing" && d.signingOfPerson(si, t, i):
			typ = newsgraph.Agreement // "completed the signing of striker X from Y"
		case w == "one" && d.oneBetween(t, i):
			typ, noun = newsgraph.Agreement, true // "a deal like one between A and B": that one is A and B's
		case noun && orderNouns[w] && t.is(i, "obj") && t.head[i] >= 0 && orderCarrier(t, t.head[i], i):
			typ = newsgraph.Agreement // "placed an order for ten X jets"
		case t.verb(i) && meetingVerbs[w]:
			typ = newsgraph.Meeting
		case t.verb(i) && briefVerbs[w] && d.briefTrip(si, t, i):
			typ = newsgraph.Meeting
		case t.verb(i) && (visitVerbs[w] || leaveVerbs[w] || returnVerbs[w] || touchDown(toks, i) || inspectedWorks(t, i)):
			typ = newsgraph.Visit
		case t.verb(i) && agreeVerbs[w]:
			typ = newsgraph.Agreement
		case t.verb(i) && orderedVerbs[w]:
			typ = newsgraph.Agreement // "X ordered 30 Y jets": an order with the maker
		default:
			continue
		}
		if noun && typ == newsgraph.Agreement && discussedThing(t, i) && !monthOwned(t, i) {
			continue // "discussed possible deals with X": the talk is the event
		}
		if !noun && typ == newsgraph.Agreement && strings.HasPrefix(w, "sign") {
			if o := t.dep(i, "nsubj:pass", "obj"); o >= 0 && unboundPapers[t.lw[o]] {
				continue // "the petition was signed by A and B": a paper, no accord between them
			}
		}
		if h := t.head[i]; noun && typ == newsgraph.Agreement && t.is(i, "obl") && h >= 0 && d.signsPerson(si, t, h) {
			continue // "X signed striker Y on a two-year deal": the signing is the deal, read at the verb
		}
		if noun && typ == newsgraph.Agreement && tiedDeal(t, t.head[i]) == i {
			continue // "Y tied X to a new contract": read at the verb (tiedToDeal)
		}
		if i < t.from || t.verb(i) && t.is(i, "amod", "compound") && t.tag[i] != "VBD" && t.tag[i] != "VBZ" && t.tag[i] != "VB" {
			continue // "the negotiating group"
		}
		if m := d.mentionAt(si, i); m != nil && (m.i != i && m.j != i+1 || d.ents[m.ent].typ == newsgraph.Person || d.isPlace(m.ent)) {
			continue // "the General Agreement on Tariffs and Trade" names a body; "the Paris Agreement" is one
		}
		if d.namedFor(si, t, i) {
			continue // "the Plan of Consultations": what is signed, named by what it governs
		}
		f, ok := d.frame(si, t, i, typ, noun)
		if ok && ventureNoun(t, i) && len(f.agents)+len(f.others) == 0 {
			f.agents, f.others = d.ventureMakers(si, t, i)
		}
		if ok && ventureNoun(t, i) && d.cityside(f) {
			continue // "a London-Frankfurt merger": the cities stand for firms they do not name
		}
		if ok && (ventureNoun(t, i) || d.firmsTieUp(si, t, i)) {
			f.multi = false // a merger or a venture has two sides, never one body's own
		}
		if ok && typ == newsgraph.Meeting && f.typ == newsgraph.Meeting && byPhone(t, i, f.light) {
			continue // "talked with X by phone", "telephone talks": a call, no meeting
		}
		if ok && d.contestStory(si) && d.gameFrame(t, i, f) {
			continue // "Brek will meet Oden on Sunday" after a score: a game
		}
		sidesTour := ok && d.sidesTour(si, t, i, f)
		if ok && !sidesTour && d.playersTrip(si, t, i, f) {
			continue // "ready for the summer tour to X", "before the flight out to Y": a side's trip to play
		}
		if sidesTour {
			// "X hopes to make the Kestrels tour to Y": a sports tour is the
			// players' trip, not the team's
			if f.agents = d.withoutSides(f.agents); len(f.agents) == 0 || !t.is(i, "obj") || !t.verb(t.head[i]) {
				continue // (a player's only as the one who makes or joins it: "their 1988 tour of X" is the team's)
			}
		}
		if ok {
			out = append(out, f)
		}
	}
	for _, m := range append(d.placesIn(si), d.describedIn(si, t)...) {
		// a speech somewhere first: "Speaking in X on Monday, Y said" is
		// there then, whatever the say verb's tense makes of a presence
		if f, ok := d.speakingIn(si, t, m); ok {
			out = append(out, f)
		} else if f, ok := d.presence(si, t, m); ok {
			// "X is in Beijing this week, accompanied by Y": Y is there too
			f.agents = d.travellers(uniq(append(f.agents, d.companions(si, t, f.t, f.agents)...)), f.places)
			out = append(out, f)
		}
	}
	for i := range toks {
		for _, detect := range wordFrames {
			if f, ok := detect(d, si, t, i); ok {
				out = append(out, f)
			}
		}
		if f, ok := d.hostedVisit(si, t, i, out); ok {
			out = append(out, f)
		}
	}
	for i := range toks {
		if f, ok := d.attendance(si, t, i); ok {
			out = append(out, f)
			if m, ok := d.summons(si, t, f); ok {
				out = append(out, m)
			}
		}
	}
	for i := 0; i < len(out); i++ {
		if out[i].typ != newsgraph.Meeting {
			continue
		}
		d.listedCounterparts(si, &out[i])
		d.representedBodies(si, &out[i])
		if legs := d.gappedLegs(si, t, out[i]); len(legs) > 0 {
			out = slices.Replace(out, i, i+1, legs...)
			i += len(legs) - 1
		}
	}
	d.stopTravellers(si, t, out)
	for i := range out {
		if out[i].typ == newsgraph.Visit && out[i].status == newsgraph.Planned && !out[i].noun && butCalledOff(toks, out[i].t) {
			out[i].status = newsgraph.Cancelled
		}
	}
	return d.dropUnusedImplied(n0, d.dropTripLabels(out))
}

// listedCounterparts adds to meeting f the people a list of titled names
// goes on to name after its last counterpart, where the parser lost the
// list among the appositions: "talks with A, the trade minister, B, and
// the energy minister, C"; or the whole list, when the parser hung the
// phrase right after the trigger elsewhere ("held talks with the
// Minister of Finance, A, and ...").
func (d *doc) listedCounterparts(si int, f *frame) {
	if len(f.others) == 0 {
		toks := d.sents[si].tokens
		if f.t+1 >= len(toks) || !strings.EqualFold(toks[f.t+1].text, "with") || len(f.agents) == 0 {
			return
		}
		g, _, _, ok := d.titleGap(si, f.t+2)
		m := d.mentionAt(si, g)
		if !ok || m == nil || m.i != g || d.ents[m.ent].typ != newsgraph.Person || slices.Contains(f.agents, m.ent) {
			return
		}
		rest := d.peopleListedAfter(si, m.j)
		if rest == nil && !d.listEnds(si, m.j) {
			return
		}
		for _, e := range append([]int{m.ent}, rest...) {
			if !slices.Contains(f.agents, e) {
				f.others = append(f.others, []int{e})
			}
		}
		return
	}
	last := f.others[len(f.others)-1]
	if len(last) != 1 || d.ents[last[0]].typ != newsgraph.Person {
		return
	}
	for _, mi := range d.bySent[si] {
		m := &d.mentions[mi]
		if m.kind != named || m.ent != last[0] || m.i <= f.t {
			continue
		}
		for _, e := range d.peopleListedAfter(si, m.j) {
			if !slices.Contains(f.agents, e) && !slices.ContainsFunc(f.others, func(g []int) bool { return slices.Contains(g, e) }) {
				f.others = append(f.others, []int{e})
			}
		}
		return
	}
}

// representedBodies adds to meeting f, which meets someone named, the
// firms a list after it names by their people ("met X's chief A and
// representatives from B and C"), however the parser hung the list: one
// sitting with them all. The people are told by a word of people
// (groupNouns) after "and" or a comma, then "from" or "of", then at most
// a few plain words ("the committee's vice-chairmen") before the names.
func (d *doc) representedBodies(si int, f *frame) {
	if len(f.others) == 0 || f.t < 0 {
		return
	}
	toks := d.sents[si].tokens
	had := append(flatten(f.others), f.agents...)
	for g := f.t + 2; g+2 < len(toks); g++ {
		lw := strings.ToLower(toks[g].text)
		if !groupNouns[lw] || !strings.HasSuffix(lw, "s") || d.mentionAt(si, g) != nil {
			continue
		}
		if p := strings.ToLower(toks[g-1].text); p != "and" && p != "," {
			continue
		}
		if p := strings.ToLower(toks[g+1].text); p != "from" && p != "of" {
			continue
		}
		// the list must go on from a counterpart already named
		if m := d.mentionAt(si, g-2); m == nil || !slices.Contains(had, m.ent) {
			continue
		}
		k := g + 2
		for n := 0; k < len(toks) && n < 4 && d.mentionAt(si, k) == nil && !toks[k].isCap() && toks[k].pos != "IN" && toks[k].pos != "CC" && toks[k].text != ","; n++ {
			k++
		}
		var firms []int
		for k < len(toks) {
			m := d.mentionAt(si, k)
			if m == nil || m.i != k || d.ents[m.ent].typ != newsgraph.Organization {
				break
			}
			firms = append(firms, m.ent)
			k = m.j
			n := k
			if n < len(toks) && toks[n].text == "," {
				n++
			}
			if n < len(toks) && strings.EqualFold(toks[n].text, "and") {
				n++
			}
			if n == k || d.mentionAt(si, n) == nil {
				break
			}
			k = n
		}
		if len(firms) == 0 || !d.listEnds(si, k) {
			continue
		}
		for _, e := range firms {
			if !slices.Contains(had, e) {
				f.others = append(f.others, []int{e})
				had = append(had, e)
			}
		}
	}
}

// peopleListedAfter are the people a list goes on to name after the name
// that ends at token j, each set off by commas with its title before or
// after it ("A, the trade minister, B, and the energy minister, C"). Only
// a list that closes with "and" and then ends (a full stop, a comma, a
// preposition, a date) counts: "A, the trade minister, and B said" names
// the subject of a clause of its own.
func (d *doc) peopleListedAfter(si, j int) []int {
	var out []int
	k := j
	for {
		g, comma, and, ok := d.titleGap(si, k)
		m := d.mentionAt(si, g)
		if !ok || m == nil || m.i != g || d.ents[m.ent].typ != newsgraph.Person || !comma {
			return nil
		}
		out = append(out, m.ent)
		k = m.j
		if and {
			break
		}
	}
	if !d.listEnds(si, k) {
		return nil
	}
	return out
}

// titleGap reads from token k the words between two names of a list:
// commas, "and", and the words of a title ("the Icelandic prime
// minister", "Norway's fisheries minister", "the Minister of Finance").
// It gives the first token after them, whether a comma and an "and" were
// among them, and false when some other word came first.
func (d *doc) titleGap(si, k int) (g int, comma, and, ok bool) {
	toks := d.sents[si].tokens
	for g = k; g < len(toks) && g < k+12; g++ {
		w := toks[g].text
		lw := strings.ToLower(w)
		if m := d.mentionAt(si, g); m != nil && m.i == g {
			if d.ents[m.ent].typ == newsgraph.Person {
				return g, comma, and, true
			}
			if m.j < len(toks) && (toks[m.j].text == "'s" || toks[m.j].text == "\u2019s" || lowerTitles[t0(d, si, m.j)] || lowerTitleMods[t0(d, si, m.j)] || titleMods[toks[m.j].text] || titleHeads[toks[m.j].text]) || g > 0 && (t0(d, si, g-1) == "of" || t0(d, si, g-1) == "for") {
				g = m.j - 1 // "Norway's", "the Faroese trade minister", "of Finance": part of a title
				continue
			}
			return g, comma, and, false
		}
		switch {
		case w == ",":
			comma = true
		case lw == "and":
			and = true
		case lw == "the" || lw == "its" || lw == "his" || lw == "her" || lw == "their" || lw == "of" || lw == "for" || w == "'s" || w == "\u2019s":
		case lowerTitles[lw] || lowerTitleMods[lw] || titleHeads[w] || titleMods[w] || honorifics[w] || d.x.gz.demonym[key(lw)] != "":
		case toks[g].isCap() && g > 0 && (t0(d, si, g-1) == "of" || t0(d, si, g-1) == "for"):
			// "the Minister of Finance": the portfolio
		default:
			return g, comma, and, false
		}
	}
	return g, comma, and, false
}

// listEnds says whether a list of names whose last name ends at token k
// ends there, after that name's own title if one follows ("..., C, the
// energy minister."): at a full stop, a comma, a preposition or a date,
// not at a verb whose subject the name is.
func (d *doc) listEnds(si, k int) bool {
	toks := d.sents[si].tokens
	e := k
	if e+1 < len(toks) && toks[e].text == "," && (t0(d, si, e+1) == "the" || t0(d, si, e+1) == "its" || lowerTitles[t0(d, si, e+1)] || lowerTitleMods[t0(d, si, e+1)]) {
		e++
		for e < len(toks) && d.mentionAt(si, e) == nil && (t0(d, si, e) == "the" || t0(d, si, e) == "its" || t0(d, si, e) == "of" || lowerTitles[t0(d, si, e)] || lowerTitleMods[t0(d, si, e)] || d.x.gz.demonym[key(t0(d, si, e))] != "") {
			e++
		}
	}
	if e >= len(toks) {
		return true
	}
	switch w := toks[e].text; {
	case w == "." || w == "," || w == ";" || w == ":":
		return true
	case toks[e].pos == "IN" || toks[e].pos == "TO":
		return true
	}
	return d.inDate(si, e)
}

// phoneWords carry talk over a line, not face to face.
var phoneWords = set("phone", "telephone", "phones", "telephones", "telephonic")

// callNouns are what a phone carries: "in a telephone conversation".
var callNouns = set("call", "calls", "conversation", "conversations", "link")

// byPhone says whether the talk at trigger i (carried by verb light, or
// -1) is told as held by telephone: "talked with X by phone", "spoke over
// the phone", "telephone talks", "discussed it with X in a telephone
// conversation".
func byPhone(t *tree, i, light int) bool {
	phone := func(k int) bool {
		if phoneWords[t.lw[k]] {
			return true
		}
		if callNouns[t.lw[k]] {
			for _, c := range t.deps(k, "compound", "amod") {
				if phoneWords[t.lw[c]] {
					return true
				}
			}
		}
		return false
	}
	for _, h := range []int{i, light} {
		if h < 0 {
			continue
		}
		for _, k := range t.kids[h] {
			switch p := t.prep(k); {
			case t.is(k, "compound", "amod") && phoneWords[t.lw[k]]:
				return true // "telephone talks"
			case (p == "by" || p == "over" || p == "via" || p == "on" || p == "in" || p == "during") && phone(k):
				return true
			}
		}
	}
	return false
}

// dropTripLabels drops a visit to a region only ("his Asia tour") when the
// sentence names the trip's stops ("takes in Kenya and Ghana"): the
// region labels the trip there; alone it says where it went.
func (d *doc) dropTripLabels(fs []frame) []frame {
	stops := false
	region := func(f frame) bool {
		for _, p := range f.places {
			if d.ents[p].typ != newsgraph.Location {
				return false
			}
		}
		return f.typ == newsgraph.Visit && f.noun && len(f.places) > 0
	}
	for _, f := range fs {
		stops = stops || f.typ == newsgraph.Visit && !region(f) && len(f.places) > 0
	}
	if !stops {
		return fs
	}
	var out []frame
	for _, f := range fs {
		if !region(f) {
			out = append(out, f)
		}
	}
	return out
}

// attendVerbs take part in a gathering somewhere: "attended the summit in
// Riga", "are attending the forum".
var attendVerbs = set("attend", "attends", "attended", "attending")

// vagueRegions name a visit's destination without naming it.
var vagueRegions = set("region", "area", "country", "constituency", "province", "state", "county", "city", "town")

// occurWords say where an event happens when they describe it: "taking
// place in", "held in", "hosted in", "convened in".
var occurWords = set("take", "takes", "taking", "took", "taken", "held", "hosted", "convened", "staged", "scheduled",
	"planned", "due", "set", "slated", "opening", "starting", "beginning", "organised", "organized")

// sequenceWords set a later leg of a trip after the one before:
// "and later to Y", "then on to Y".
var sequenceWords = set("later", "then", "afterwards", "afterward", "subsequently", "next", "thereafter", "eventually", "finally")

// leaveVerbs and joinVerbs put one at a gathering too: "leaving a Brussels
// summit", "will join the delegation in Warsaw".
var (
	leaveVerbs  = set("leave", "leaves", "left", "leaving", "depart", "departs", "departed", "departing")
	joinVerbs   = set("join", "joins", "joined", "joining")
	returnVerbs = set("return", "returns", "returned", "returning")
	joinNouns   = set("delegation", "delegations", "mission", "entourage", "party")
)

// sessionNouns are the gatherings a body holds of its own.
var sessionNouns = set("meeting", "meetings", "summit", "summits", "conference", "session", "gathering")

// gatheringNouns are the gatherings one attends.
var gatheringNouns = set("meeting", "meetings", "summit", "forum", "conference", "event", "ceremony", "funeral", "inauguration",
	"gathering", "session", "celebrations", "games", "festival", "talks", "congress", "convention", "assembly")

// attendance reads a visit stated by attending a gathering (verb at i):
// to the place the gathering's phrase names, else, for "the meeting" the
// story is about, to the place the story is set in. Someone attending a
// gathering in their own country visits nothing.
func (d *doc) attendance(si int, t *tree, i int) (frame, bool) {
	f := frame{typ: newsgraph.Visit, t: i, light: -1, carrier: -1, loc: -1}
	w := t.lw[i]
	if t.noun(i) && w == "attendance" {
		// "announced his attendance": at the gathering the story is about
		k := t.dep(i, "nmod:poss")
		if k < 0 {
			return f, false
		}
		p := d.frameLoc(si, t, i, -1)
		if p < 0 {
			p = d.storyVenue(si)
		}
		ents := d.boundPossessive(si, t, k)
		if len(ents) == 0 {
			ents = d.phrase(si, t, k, 0)
		}
		for _, e := range ents {
			if p >= 0 && d.ents[e].typ == newsgraph.Person && !d.domestic(e, p) {
				f.agents = append(f.agents, e)
			}
		}
		if len(f.agents) == 0 {
			return f, false
		}
		f.noun = true
		f.places, f.others = []int{p}, [][]int{{p}}
		f.status, f.drop = d.frameStatus(t, &f)
		return f, !f.drop
	}
	if t.noun(i) && gatheringNouns[w] && hasDep(t, i, "here") {
		// "pleased with the gathering here" under a dateline: the one
		// pleased is there
		p := d.storyVenue(si)
		v := t.head[i]
		for n := 0; v >= 0 && n < 3 && t.dep(v, "nsubj") < 0; n++ {
			v = t.head[v]
		}
		if p < 0 || v < 0 {
			return f, false
		}
		for _, e := range d.group(si, t, t.dep(v, "nsubj")) {
			if d.ents[e].typ == newsgraph.Person && !d.domestic(e, p) {
				f.agents = append(f.agents, e)
			}
		}
		if len(f.agents) == 0 || t.negatedAt(v) {
			return f, false
		}
		f.noun = true
		f.places, f.others = []int{p}, [][]int{{p}}
		f.status, f.drop = d.frameStatus(t, &f)
		if c := t.dep(v, "cop"); f.status == "" && (t.tag[v] == "VBD" || c >= 0 && t.tag[c] == "VBD") {
			f.status = newsgraph.Happened
		}
		return f, !f.drop
	}
	if t.verb(i) && (strings.HasPrefix(w, "summon") || w == "called" && hasDep(t, i, "back")) {
		// "called X back to Downing Street", "summoned X to Moscow": X went
		o := t.dep(i, "obj")
		var to int = -1
		for _, a := range append([]int{i}, t.deps(i, "advmod")...) {
			for _, k := range t.deps(a, "obl") {
				if t.prep(k) == "to" {
					to = k
				}
			}
		}
		if o < 0 || to < 0 {
			return f, false
		}
		ps := d.placesUnder(si, t, to)
		for _, e := range d.phrase(si, t, o, 0) {
			if d.ents[e].typ == newsgraph.Person {
				f.agents = append(f.agents, e)
			}
		}
		if len(ps) == 0 || len(f.agents) == 0 || t.negatedAt(i) {
			return f, false
		}
		f.places, f.others = ps[:1], [][]int{ps[:1]}
		f.status, f.drop = d.frameStatus(t, &f)
		return f, !f.drop
	}
	if o := quitGathering(t, i); o >= 0 {
		// "pulled out of the summit in Lima": the visit to Lima is off
		p := d.frameLoc(si, t, o, i)
		if p < 0 {
			return f, false
		}
		for _, e := range d.subjectOf(si, t, i) {
			if d.ents[e].typ == newsgraph.Person && !d.domestic(e, p) {
				f.agents = append(f.agents, e)
			}
		}
		if len(f.agents) == 0 || t.negatedAt(i) {
			return f, false
		}
		f.places, f.others = []int{p}, [][]int{{p}}
		f.status = newsgraph.Cancelled
		return f, true
	}
	leave, join := leaveVerbs[w], joinVerbs[w]
	if !t.verb(i) || !attendVerbs[w] && !leave && !join {
		return f, false
	}
	o := t.dep(i, "obj")
	if attendVerbs[w] && (o < 0 || d.mentionAt(si, o) != nil) {
		return d.attendingAfter(si, t, i)
	}
	if o < 0 || !t.noun(o) || !(join && joinNouns[t.lw[o]] || !join && gatheringNouns[t.lw[o]]) {
		return f, false
	}
	p := d.frameLoc(si, t, o, i)
	if p < 0 {
		for _, k := range t.deps(o, "compound", "amod") {
			if m := d.mentionAt(si, k); m != nil && d.isPlace(m.ent) {
				p = m.ent // "the Brussels summit"
			}
		}
	}
	for _, k := range t.deps(o, "compound", "nmod:poss") {
		if m := d.mentionAt(si, k); p < 0 && m != nil && d.ents[m.ent].typ == newsgraph.Organization {
			p = d.bodyVenue(si, m.ent) // "attends the G7 meeting", which the story holds in London
		}
	}
	if p < 0 && d.anaphoric(t, o) && !leave && !join {
		p = d.gatheringPlaceBefore(si)
		if p < 0 {
			p = d.storyVenue(si)
		}
	}
	if p < 0 {
		return f, false
	}
	subj := d.subjectOf(si, t, i)
	if o := t.dep(t.head[i], "obj"); t.is(i, "xcomp") && o >= 0 && o != i {
		subj = d.group(si, t, o) // "invited 42 players to attend": the players, if named
	} else if h := t.head[i]; t.is(i, "acl") && h >= 0 && t.noun(h) && t.prep(h) != "among" {
		subj = d.group(si, t, h) // "invited players to attend" read with the players attending
	}
	if len(subj) == 0 && i == t.from && t.tag[i] == "VBG" {
		// "Leaving a Vienna summit Mr X said": the name the parser read
		// as a second object is who left
		for _, k := range t.deps(i, "obj") {
			if m := d.mentionAt(si, k); k > o && m != nil && d.ents[m.ent].typ == newsgraph.Person {
				subj = []int{m.ent}
				break
			}
		}
	}
	for _, e := range subj {
		if d.ents[e].typ == newsgraph.Person && !d.domestic(e, p) {
			f.agents = append(f.agents, e)
		}
	}
	if len(f.agents) == 0 || t.negatedAt(i) {
		return f, false
	}
	f.places, f.others = []int{p}, [][]int{{p}}
	f.status, f.drop = d.frameStatus(t, &f)
	if r := t.head[i]; leave && f.status == "" && r >= 0 && t.tag[r] == "VBD" {
		f.status = newsgraph.Happened // "Leaving the summit, X said": left
	}
	return f, !f.drop
}

// quitNouns are the gatherings one can pull out of, each held at a place
// ("talks" and a "convention" may be a process or a treaty).
var quitNouns = set("summit", "meeting", "conference", "forum", "ceremony", "games", "festival", "celebrations",
	"inauguration", "funeral", "gathering", "tournament", "championship", "championships")

// quitGathering is the gathering noun verb v says its subject pulls out of
// ("pulled out of the summit", "has withdrawn from the conference",
// "dropped out of the games"), or -1.
func quitGathering(t *tree, v int) int {
	if !t.verb(v) {
		return -1
	}
	for _, o := range t.deps(v, "obl") {
		if t.noun(o) && quitNouns[t.lw[o]] && quitsFrom(t, v, o) {
			return o
		}
	}
	return -1
}

// quitsFrom says whether verb v tells its subject pulls out of what its
// oblique o names: "withdrew from", "pulled out of", "dropped out of".
func quitsFrom(t *tree, v, o int) bool {
	if !t.verb(v) || !t.is(o, "obl") || t.head[o] != v {
		return false
	}
	w := t.lw[v]
	switch p := t.prep(o); {
	case p == "from" && strings.HasPrefix(w, "withdr"):
		return true
	case p == "from" && (strings.HasPrefix(w, "walk") || strings.HasPrefix(w, "step") || strings.HasPrefix(w, "back")) && (hasDep(t, v, "away") || hasDep(t, v, "back")):
		return true // "walked away from the deal", "backed away from"
	case (p == "of" || p == "out") && (strings.HasPrefix(w, "pull") || strings.HasPrefix(w, "drop") || strings.HasPrefix(w, "back")) && (hasDep(t, v, "out") || hasDep(t, o, "out")):
		return true
	}
	return false
}

// summons reads the meeting a summons states ("X called Y back to Downing
// Street", "X summoned the ambassador to the ministry"): the one who
// summons meets the one summoned where they are called to. A passive
// summons ("was summoned to Moscow") names no one who meets them.
func (d *doc) summons(si int, t *tree, v frame) (frame, bool) {
	w := t.lw[v.t]
	if !t.verb(v.t) || !strings.HasPrefix(w, "summon") && w != "called" {
		return v, false
	}
	f := frame{typ: newsgraph.Meeting, t: v.t, light: -1, carrier: -1, loc: v.places[0], status: v.status}
	for _, e := range d.subjectOf(si, t, v.t) {
		switch d.ents[e].typ {
		case newsgraph.Person, newsgraph.Organization, newsgraph.GPE:
			if !containsAll(v.agents, []int{e}) {
				f.agents = append(f.agents, e)
			}
		}
	}
	if len(f.agents) == 0 {
		return v, false
	}
	f.others = [][]int{v.agents}
	return f, true
}

// bodyVenue is where the story of sentence si says body's own gathering
// takes place ("the grain council's meeting taking place in Riga", "the OPEC
// conference in Vienna"): the one place it names for it, or -1 for none
// or several.
func (d *doc) bodyVenue(si, body int) int {
	story := d.stories[si]
	if d.venues == nil {
		d.venues = map[int]map[int]int{}
	}
	vs, ok := d.venues[story]
	if !ok {
		vs = map[int]int{}
		d.venues[story] = vs
		for s := range d.sents {
			if d.stories[s] != story || d.sents[s].heading {
				continue
			}
			has := false
			for _, tk := range d.sents[s].tokens {
				has = has || meetNouns[strings.ToLower(tk.text)]
			}
			if !has {
				continue
			}
			t := d.parse(s)
			if t == nil {
				continue
			}
			for k := t.from; k < len(t.lw); k++ {
				if !t.noun(k) || !meetNouns[t.lw[k]] {
					continue
				}
				p := -1
				for _, c := range t.deps(k, "compound", "nmod:poss") {
					m := d.mentionAt(s, c)
					if m == nil || d.ents[m.ent].typ != newsgraph.Organization {
						continue
					}
					if p < 0 {
						if p = d.frameLoc(s, t, k, -1); p < 0 {
							break
						}
					}
					switch q, seen := vs[m.ent]; {
					case !seen:
						vs[m.ent] = p
					case q != p && !(q >= 0 && d.moreSpecific(p, q) && d.sameCountry([]int{p}, []int{q})):
						if !(q >= 0 && d.moreSpecific(q, p) && d.sameCountry([]int{p}, []int{q})) {
							vs[m.ent] = -2
						}
					default:
						vs[m.ent] = p
					}
				}
			}
		}
	}
	if p, ok := vs[body]; ok && p >= 0 {
		return p
	}
	return -1
}

// domestic says whether person e holds an office of the country place p
// lies in.
func (d *doc) domestic(e, p int) bool {
	c := d.signerCountry(e)
	return c >= 0 && sameState(d.ents[c].name, d.x.gz.countryOf(d.ents[p].name))
}

// storySents calls f with each sentence of the story sentence si is in,
// in order, and whether it is one of the story's first three.
func (d *doc) storySents(si int, f func(s int, opening bool)) {
	first := -1
	for s := range d.sents {
		if d.stories[s] != d.stories[si] {
			continue
		}
		if first < 0 {
			first = s
		}
		f(s, s-first < 3)
	}
}

// storyVenue is where the story of sentence si is set: its dateline's
// place, else the town or building it names most (three times at least,
// once in its first three sentences), or -1.
func (d *doc) storyVenue(si int) int {
	if p := d.datelinePlaceFor(si, "", ""); p >= 0 {
		return p
	}
	count, early := map[int]int{}, map[int]bool{}
	d.storySents(si, func(s int, opening bool) {
		for _, m := range d.placesIn(s) {
			e := d.ents[m.ent]
			if e.typ == newsgraph.GPE && !d.x.gz.isCountry(e.name) || e.typ == newsgraph.Facility {
				count[m.ent]++
				early[m.ent] = early[m.ent] || opening
			}
		}
	})
	best, n := -1, 2
	for e, c := range count {
		if early[e] && (c > n || c == n && best >= 0 && e < best) {
			best, n = e, c
		}
	}
	return best
}

// presenceVerbs put someone in a place: "was in Nairobi", "is expected in
// Lisbon", "spent two days in Rome", "will be in Paris".
var presenceVerbs = set("is", "was", "are", "were", "be", "been", "being", "expected", "due", "spent", "spend", "spends",
	"spending", "stayed", "stay", "stays", "staying", "remained", "arrives", "arrived", "back")

// speakVerbs speak somewhere: "speaking in Paris", "spoke in Rome".
var speakVerbs = set("speak", "speaks", "spoke", "speaking", "addressed", "addressing", "addresses", "address")

// spanNouns are the stretches of time one spends somewhere.
var spanNouns = set("day", "days", "night", "nights", "week", "weeks", "weekend", "hours", "month", "months", "time",
	"morning", "afternoon", "evening", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// presence reads a visit stated by being somewhere: the place mention m,
// after "in", is the predicate of a person ("X was in Nairobi", "X, in
// Nairobi for talks,") or hangs on "expected", "due", "spent".
func (d *doc) presence(si int, t *tree, m mention) (frame, bool) {
	f := frame{typ: newsgraph.Visit, light: -1, carrier: -1, loc: -1}
	p := m.j - 1 // the name's head word
	foreign := false
	in := t.prep(p) == "in"
	for _, c := range t.deps(p, "case") {
		in = in || t.lw[c] == "in" && c == m.i-1 // "While in X" with both read as its prepositions
	}
	rw := whereBeing(t, p)
	if p < t.from || !in && spentBefore(t, m.i) < 0 && rw < 0 {
		return f, false
	}
	f.t = p
	pred, fronted := -1, false
	switch {
	case rw >= 0:
		pred = rw // "Hanoi, where X has been since Tuesday"
		f.light = pred
	case len(d.setOffStay(si, t, m)) > 0:
		// "X, in Lisbon for talks, said": there now, however the
		// parser hung the phrase
		f.places, f.others = []int{m.ent}, [][]int{{m.ent}}
		f.agents, f.status = d.setOffStay(si, t, m), newsgraph.Happened
		return f, true
	case d.groupBeforeBeIn(si, t, m.i) >= 0:
		pred = p // "an Argentine mission is now in X", the place hung on the group
	case d.beforeBeIn(si, m.i) >= 0 && t.dep(p, "nsubj") < 0:
		pred = p // "X should be in Quito", the parser having lost X's clause
	case t.dep(p, "cop") >= 0 && t.dep(p, "nsubj") >= 0:
		pred = p // "X was in Nairobi"
	case t.is(p, "obl") && t.head[p] >= 0 && presenceVerbs[t.lw[t.head[p]]] && (t.verb(t.head[p]) || t.lw[t.head[p]] == "due") && !visitVerbs[t.lw[t.head[p]]]:
		pred = t.head[p] // "X is expected in Lisbon", "spent two days in Rome"
		f.light = pred
		// "stayed in London" is a visit only for one who came from elsewhere
		foreign = strings.HasPrefix(t.lw[pred], "stay") || strings.HasPrefix(t.lw[pred], "remain")
	case t.is(p, "nmod") && t.head[p] >= 0 && t.is(t.head[p], "obj") && spanNouns[t.lw[t.head[p]]] && t.head[t.head[p]] >= 0 &&
		presenceVerbs[t.lw[t.head[t.head[p]]]] && t.verb(t.head[t.head[p]]):
		pred = t.head[t.head[p]] // "spent two days in Tanzania" with the place hung on the days
		f.light = pred
	case spentBefore(t, m.i) >= 0:
		// "spent a week in Quito meeting bankers": read from the
		// words, as the tagger often takes the participle after the place
		// for a noun the place modifies
		pred = spentBefore(t, m.i)
		f.light = pred
	case m.i >= 2 && (t.lw[m.i-2] == "while" || t.lw[m.i-2] == "when") && p < t.head[p] && t.verb(t.head[p]):
		pred = t.head[p] // "While in Nairobi, X met ..."
		f.light = pred
	case t.is(p, "obl") && t.head[p] >= 0 && t.verb(t.head[p]) && (sayVerbs[t.lw[t.head[p]]] || speakVerbs[t.lw[t.head[p]]]):
		// "X told reporters in Paris", "X said in Paris": there, if an
		// office of another country says the person came
		pred = t.head[p]
		f.light = pred
		foreign = true
	case t.is(p, "obl") && m.i == t.from+1 && p < t.head[p] && t.verb(t.head[p]):
		// "In London on Thursday, India's finance minister said ...": there,
		// if an office of another country says the person came
		pred = t.head[p]
		f.light = pred
		foreign = true
		fronted = true
	default:
		return f, false
	}
	for _, e := range d.subjectOf(si, t, pred) {
		if d.ents[e].typ == newsgraph.Person {
			f.agents = append(f.agents, e)
		}
	}
	if len(f.agents) == 0 && pred == p {
		if e := d.beforeBeIn(si, m.i); e >= 0 {
			f.agents = []int{e}
		} else if g := d.groupVisitor(si, t, t.dep(p, "nsubj")); g >= 0 && !sameState(d.ents[g].name, d.x.gz.countryOf(d.ents[m.ent].name)) {
			f.agents = []int{g} // "an Argentine mission is in the United States"
		}
	}
	if g := d.groupBeforeBeIn(si, t, m.i); len(f.agents) == 0 && g >= 0 && !sameState(d.ents[g].name, d.x.gz.countryOf(d.ents[m.ent].name)) {
		f.agents = []int{g} // the same, with the place hung on the group
	}
	// "In Singapore on Tuesday, X held talks with Y" of one the story
	// follows abroad: a deed there is a stop of the trip
	away := fronted && stopDeed(t, pred) && d.travelling(si, f.agents) && !d.allDomestic(f.agents, m.ent)
	if len(f.agents) == 0 || foreign && !d.foreignTo(f.agents, m.ent) && !d.onTripTo(si, f.agents, m.ent) && !away || pred == p && d.allDomestic(f.agents, m.ent) {
		return f, false
	}
	f.places = []int{m.ent}
	f.others = [][]int{{m.ent}}
	if t.negatedAt(pred) {
		return f, false
	}
	f.status, f.drop = d.frameStatus(t, &f)
	// "has been in X since Monday": there now, whatever the purpose says
	// of the talks
	for _, b := range []int{pred, t.dep(p, "cop"), t.dep(pred, "cop")} {
		if b < 0 || t.lw[b] != "been" {
			continue
		}
		for _, h := range []int{b, t.head[b]} {
			if a := t.dep(h, "aux"); h >= 0 && a >= 0 && (t.lw[a] == "has" || t.lw[a] == "have" || t.lw[a] == "had") {
				f.status = newsgraph.Happened
			}
		}
	}
	if f.status == "" {
		if c := t.dep(p, "cop"); c >= 0 && (t.tag[c] == "VBD" || t.lw[c] == "was" || t.lw[c] == "were") {
			f.status = newsgraph.Happened
		} else if c >= 0 && (t.lw[c] == "is" || t.lw[c] == "are") && t.dep(p, "aux") < 0 && !d.laterDay(si) {
			f.status = newsgraph.Happened // "X is in Geneva for talks": there as told
		} else if d.groupBeforeBeIn(si, t, m.i) >= 0 {
			f.status = newsgraph.Happened // "a mission is now in X": there as told
		}
	}
	return f, !f.drop
}

// whereBeing is the verb of being in a "where" clause on place p
// ("Hanoi, where X has been since Tuesday", "Lima, where she was last
// week") that has a subject of its own, or -1.
func whereBeing(t *tree, p int) int {
	for _, v := range t.deps(p, "acl:relcl") {
		be := t.lw[v]
		if c := t.dep(v, "cop"); c >= 0 && !t.verb(v) {
			be = t.lw[c] // "where X has been since the weekend" read with the time the predicate
		} else if !t.verb(v) {
			continue
		}
		if v > p && beForms[be] && t.dep(v, "nsubj") >= 0 && hasDep(t, v, "where") {
			return v
		}
	}
	return -1
}

// attendingAfter reads "Also due to attend are A, B and C", "Also
// attending will be A and B": the people named after the verb attend the
// gathering an earlier sentence places somewhere, and visit that place.
func (d *doc) attendingAfter(si int, t *tree, i int) (frame, bool) {
	f := frame{typ: newsgraph.Visit, t: i, light: -1, carrier: -1, loc: -1, status: newsgraph.Planned}
	toks := d.sents[si].tokens
	k := i + 1
	if k < len(toks) && (t.lw[k] == "will" || t.lw[k] == "would") {
		k++
	}
	if k >= len(toks) || !beForms[t.lw[k]] {
		return f, false
	}
	if t.lw[k] == "was" || t.lw[k] == "were" {
		f.status = newsgraph.Happened
	}
	for k++; k < len(toks); {
		// a title before the name, a country's name in it too ("US
		// Secretary of State X")
		for j := k; j < len(toks) && j < k+7 && (toks[j].isCap() || lowerTitles[t.lw[j]] || t.lw[j] == "of" || t.lw[j] == "'s"); j++ {
			if m := d.mentionAt(si, j); m != nil && m.i == j && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person {
				k = j
				break
			}
		}
		m := d.mentionAt(si, k)
		if m == nil || m.i != k || m.ent < 0 || d.ents[m.ent].typ != newsgraph.Person {
			break
		}
		f.agents = append(f.agents, m.ent)
		k = m.j
		for k < len(toks) && (t.lw[k] == "," || t.lw[k] == "and") {
			k++
		}
	}
	// "Also set to attend are X and Y" adds to the guests of a gathering
	// the story has told of, however far back
	p := d.gatheringPlaceWithin(si, 15)
	if len(f.agents) == 0 || p < 0 {
		return f, false
	}
	var visitors []int
	for _, e := range f.agents {
		if !d.domestic(e, p) {
			visitors = append(visitors, e)
		}
	}
	if len(visitors) == 0 {
		return f, false
	}
	f.agents = visitors
	f.places, f.others = []int{p}, [][]int{{p}}
	return f, true
}

// gatheringPlaceBefore is where the nearest of the five sentences before
// si places a gathering ("ministers will meet in London", "ahead of a
// meeting in London"): the place "the meeting" of sentence si is held, or
// -1.
func (d *doc) gatheringPlaceBefore(si int) int { return d.gatheringPlaceWithin(si, 5) }

// gatheringPlaceWithin is gatheringPlaceBefore over the n sentences before
// si.
func (d *doc) gatheringPlaceWithin(si, n int) int {
	for s := si - 1; s >= 0 && s >= si-n && d.stories[s] == d.stories[si]; s-- {
		t := d.trees[s]
		if t == nil {
			continue
		}
		for k := len(t.lw) - 1; k >= t.from; k-- {
			if !(t.noun(k) && gatheringNouns[t.lw[k]] || t.verb(k) && strings.HasPrefix(t.lw[k], "me") && meetingVerbs[t.lw[k]]) {
				continue
			}
			if p := d.frameLoc(s, t, k, -1); p >= 0 {
				return p
			}
			if p := d.sidelinesPlace(s, t, k); p >= 0 {
				return p
			}
		}
	}
	return -1
}

// onTripTo says whether each of people has a visit told before sentence
// si of its story to the country place p lies in ("X leaves for Japan on
// Sunday. In Tokyo, X will call on ..."): there on that trip, whatever
// country they come from.
func (d *doc) onTripTo(si int, people []int, p int) bool {
	in := d.x.gz.countryOf(d.ents[p].name)
	if in == "" {
		return false
	}
	for _, a := range people {
		found := false
		for _, e := range d.events {
			if e.typ != newsgraph.Visit || e.story != d.stories[si] || len(e.sources) == 0 || e.sources[0] >= si || !containsAll(e.people, []int{a}) {
				continue
			}
			for _, q := range e.places {
				found = found || sameState(d.ents[q].name, in) || d.x.gz.countryOf(d.ents[q].name) == in
			}
		}
		if !found {
			return false
		}
	}
	return len(people) > 0
}

// sidelinesPlace is the place of the gathering noun k told by what was
// done on its margins: "sealed in Riga on the margins of a summit"
// puts the summit in Riga. -1 when the sentence does not say.
func (d *doc) sidelinesPlace(si int, t *tree, k int) int {
	ph := t.head[k]
	if ph < 0 || !attendPhases[t.lw[ph]] || t.prep(k) != "of" || t.head[ph] < 0 || !t.verb(t.head[ph]) {
		return -1
	}
	for _, o := range t.deps(t.head[ph], "obl") {
		if p := t.prep(o); p == "in" || p == "at" {
			if ps := d.placesUnder(si, t, o); len(ps) > 0 {
				return ps[0]
			}
		}
	}
	return -1
}

// beForms are the forms of "be" that put someone somewhere.
var beForms = set("is", "was", "are", "were", "be", "been")

// beingHere reads a visit stated by being "here" (the word at k): "X and
// Y will be here too" is a visit of X and Y to where the story is told
// from, its dateline's place or the town it is set in.
func (d *doc) beingHere(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Visit, t: k, light: -1, carrier: -1, loc: -1}
	toks := d.sents[si].tokens
	be := k - 1
	if k >= 3 && (t.lw[k-1] == "due" || t.lw[k-1] == "expected") {
		be = k - 2 // "X is due here on Sunday": still to come
		f.status = newsgraph.Planned
	}
	if t.lw[k] != "here" || be < 1 || !beForms[t.lw[be]] {
		return f, false
	}
	b := be - 1
	for b >= 0 && (toks[b].pos == "MD" || toks[b].pos == "RB") {
		if toks[b].pos == "MD" && (t.lw[b] == "will" || t.lw[b] == "would" || t.lw[b] == "shall") {
			f.status = newsgraph.Planned
		}
		b--
	}
	if b > 0 && toks[b].text == "," {
		b-- // "the leaders, among them X and Y, will be here"
	}
	// the person, or the list of people, ending right there
	for b >= 0 {
		m := d.mentionAt(si, b)
		if m == nil || m.j != b+1 || m.ent < 0 || d.ents[m.ent].typ != newsgraph.Person {
			break
		}
		f.agents = append(f.agents, m.ent)
		b = m.i - 1
		for b > 0 && toks[b].isCap() && d.mentionAt(si, b) == nil {
			b-- // the title before the name
		}
		if b >= 0 && (t.lw[b] == "and" || t.lw[b] == ",") {
			b--
			continue
		}
		break
	}
	if len(f.agents) == 0 || t.negatedAt(k) {
		return f, false
	}
	p := d.storyVenue(si)
	if p < 0 {
		return f, false
	}
	f.places, f.others = []int{p}, [][]int{{p}}
	if f.status == "" {
		f.status = newsgraph.Happened
	}
	return f, true
}

// beforeBeIn is the person named right before "is in", "should be in",
// "will also be in" ending at token k (the place's first word), or -1.
func (d *doc) beforeBeIn(si, k int) int {
	toks := d.sents[si].tokens
	if k < 3 || !strings.EqualFold(toks[k-1].text, "in") {
		return -1
	}
	b := k - 2
	switch strings.ToLower(toks[b].text) {
	case "is", "was", "be", "are", "were":
	default:
		return -1
	}
	for b--; b >= 0 && (toks[b].pos == "MD" || toks[b].pos == "RB"); b-- {
	}
	if b > 0 && toks[b].text == "," {
		b-- // "the fisheries chief, Tito Prado, should be in Quito"
	}
	if b < 0 {
		return -1
	}
	if m := d.mentionAt(si, b); m != nil && m.j == b+1 && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person {
		return m.ent
	}
	return -1
}

// spentBefore is the verb of spending in "spent two days in" that ends
// with the "in" before token k, or -1.
func spentBefore(t *tree, k int) int {
	if k < 3 || t.lw[k-1] != "in" || !spanNouns[t.lw[k-2]] {
		return -1
	}
	for v := k - 3; v >= 0 && v >= k-6; v-- {
		if strings.HasPrefix(t.lw[v], "spen") && t.verb(v) {
			return v
		}
		if t.tag[v] != "CD" && t.tag[v] != "JJ" && t.tag[v] != "DT" && t.tag[v] != "RB" && !spanNouns[t.lw[v]] && t.lw[v] != "-" {
			return -1
		}
	}
	return -1
}

// travellers are the visitors among a visit's agents: a place listed
// beside a person ("to A, B and X" misread as one subject) travels
// nowhere, and no place visits itself or the places listed with it.
func (d *doc) travellers(agents, places []int) []int {
	person := false
	for _, e := range agents {
		person = person || d.ents[e].typ == newsgraph.Person
	}
	var out []int
	for _, e := range agents {
		if d.isPlace(e) && (person || containsAll(places, []int{e})) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// companions are the people said to go with any of agents on the trip
// told at verb v: "X, accompanied by Y, ...", "X, together with Y,
// toured ...", "X arrived in Z, accompanied by Y and W".
func (d *doc) companions(si int, t *tree, v int, agents []int) []int {
	var out []int
	people := func(k int) {
		for _, e := range d.group(si, t, k) {
			if d.ents[e].typ == newsgraph.Person {
				out = append(out, e)
			}
		}
	}
	agentsOf := func(c int) {
		for _, o := range t.deps(c, "obl:agent", "obl") {
			if t.is(o, "obl:agent") || t.prep(o) == "by" {
				people(o)
			}
		}
	}
	for _, a := range agents {
		for _, mi := range d.bySent[si] {
			m := d.mentions[mi]
			if m.ent != a || m.j-1 < t.from || m.j-1 >= len(t.lw) {
				continue
			}
			for _, c := range t.deps(m.j-1, "acl") {
				if companionVerbs[t.lw[c]] {
					agentsOf(c)
				}
			}
			// "X, together with Y, toured": the parser hangs the phrase on X
			together := hasDep(t, m.j-1, "together") || hasDep(t, m.j-1, "along")
			for _, n := range t.deps(m.j-1, "nmod") {
				if p := t.prep(n); p == "together with" || p == "along with" || p == "alongside" || p == "with" && together {
					people(n)
				}
			}
		}
	}
	if v >= 0 && (t.verb(v) || t.dep(v, "cop") >= 0) {
		// "arrived in Tokyo on Monday, accompanied by Y and W", "is in
		// Tokyo, accompanied by Y": the participle hung on the trip's
		// verb or the presence's place
		for _, c := range t.deps(v, "conj", "advcl", "acl", "parataxis") {
			if (c > v || t.is(c, "advcl")) && companionVerbs[t.lw[c]] && t.tag[c] == "VBN" && t.dep(c, "nsubj", "nsubj:pass") < 0 {
				agentsOf(c)
			}
		}
	}
	return out
}

// courtNouns are where one appears rather than visits: "went to court",
// "arrived at Spain's High Court".
var courtNouns = set("court", "courts", "tribunal", "courthouse", "polls")

// hereAfter says whether "here" follows verb v as its adverb of place
// ("arrives here", "will be here too", "visited here last year").
func hereAfter(t *tree, v int) bool { return placeWordAfter(t, v, "here") }

// placeWordAfter says whether verb v is followed by the word w ("here",
// "there"), after "back" or "again" at most.
func placeWordAfter(t *tree, v int, w string) bool {
	for k := v + 1; k < len(t.lw) && k <= v+2; k++ {
		if t.lw[k] == w {
			return true
		}
		if t.lw[k] != "back" && t.lw[k] != "again" {
			return false
		}
	}
	return false
}

// frame reads the participants, place and status of the trigger at i.
func (d *doc) frame(si int, t *tree, i int, typ newsgraph.EventType, noun bool) (frame, bool) {
	f := frame{typ: typ, t: i, noun: noun, light: -1, carrier: -1, loc: -1}
	w := t.lw[i]
	if (w == "back" || w == "fresh") && !t.verb(i) {
		if !d.backFrame(si, t, &f) {
			return f, false
		}
	} else if noun && w == "return" {
		if !d.returnFrame(si, t, &f) {
			return f, false
		}
	} else if noun {
		if !d.nounFrame(si, t, &f) {
			return f, false
		}
		if f.typ == newsgraph.Agreement && excludedFrom(t, i) {
			// "X was excluded from the agreement with Y": X is no side
			if s := t.dep(t.head[i], "nsubj:pass", "nsubj"); s >= 0 {
				out := d.phrase(si, t, s, 0)
				f.agents = slices.DeleteFunc(f.agents, func(e int) bool { return slices.Contains(out, e) })
				for g := range f.others {
					f.others[g] = slices.DeleteFunc(f.others[g], func(e int) bool { return slices.Contains(out, e) })
				}
				f.others = slices.DeleteFunc(f.others, func(g []int) bool { return len(g) == 0 })
			}
		}
	} else {
		if obj := t.dep(i, "obj"); obj >= 0 && t.noun(obj) && (meetNouns[t.lw[obj]] || agreeNouns[t.lw[obj]] || visitNouns[t.lw[obj]]) && !strings.HasPrefix(w, "host") && !d.namedFor(si, t, obj) {
			return f, false // "held talks", "signed an agreement": read at the noun
		}
		if h := t.head[i]; t.is(i, "acl") && h >= 0 && triggerAt(t, h) && !hasDep(t, i, "when") {
			// "a dinner hosted by X": read at the noun; but "a deal when
			// X tours Y" tells the time of the noun by an event of its own
			return f, false
		}
		if signWords[w] && t.dep(i, "obj") < 0 && hasDep(t, i, "up") {
			return f, false // "voters who signed up to a no-call list": enrolled, nothing signed with anyone
		}
		if !d.verbFrame(si, t, &f) {
			return f, false
		}
	}
	d.tripTalks(si, t, &f)
	if t.negatedAt(i) || f.light >= 0 && t.negatedAt(f.light) {
		return f, false
	}
	if f.typ == newsgraph.Visit && !noun && (toPlay(t, i) || d.toMeetSide(si, t, i)) {
		return f, false // "the Harriers go to Elm Park to take on Dunmore": a fixture away, no visit
	}
	if f.typ == newsgraph.Visit {
		f.agents = d.travellers(append(append(f.agents, d.companions(si, t, f.t, f.agents)...), d.alongside(f)...), f.places)
		if p := d.describedTraveller(si, t, f); p >= 0 {
			f.agents = []int{p} // "the 23-year-old Dutch international will fly to X": the player, not his country
		}
	}
	_ = w
	f.status, f.drop = d.frameStatus(t, &f)
	if f.drop {
		return f, false
	}
	if h := t.head[i]; f.status == "" && !noun && (welcomeVerb(w) || w == "met") && reducedPassive(t, i) && h >= 0 && t.verb(h) {
		f.status = tenseOf(t, h) // "Greeted at the airport by X, Y began a visit": when the clause it opens is
	}
	if f.typ == newsgraph.Meeting && noun && f.status == "" && talkNouns[w] && d.talksEnded(si, t, i) {
		f.status = newsgraph.Happened // "the collapse on Monday of X talks": held, and over
	}
	if f.been && (f.status == "" || f.status == newsgraph.Planned && (f.noun || t.tag[i] == "VBG")) {
		// "returning from his holiday in Kenya", "back from a trip to
		// Oslo": there before now ("will return from Oslo on Friday"
		// dates the end of a stay still under way)
		f.status = newsgraph.Happened
	}
	if typ == newsgraph.Meeting && noun && possibleOutcome(t, i) {
		return f, false // "might open the door to talks with X": a possible consequence, nothing planned
	}
	if typ != newsgraph.Agreement && undecided(t, i) {
		return f, false // "will decide whether to open talks with X": nothing is planned yet
	}
	if typ == newsgraph.Agreement && (wishedFor(t, i) || offeredOnly(t, i) || noun && hasDep(t, i, "any")) {
		return f, false // "X wants to agree terms with Y", "any accord with Y": only wished or supposed
	}
	if deniedAbove(t, &f) {
		return f, false
	}
	if f.attended && f.status == "" {
		f.status = tenseOf(t, f.carrier) // "said during the summit": it has been
	}
	if l := f.light; typ == newsgraph.Agreement && noun && f.status == newsgraph.Planned && l >= 0 && partingVerbs[t.lw[l]] && t.is(l, "xcomp") && t.head[l] >= 0 && strings.HasPrefix(t.lw[t.head[l]], "agree") && partingAct(t, t.head[l]) {
		f.status = tenseOf(t, t.head[l]) // "X has agreed to end his contract with Y": the parting is agreed, not to come
	}
	if typ == newsgraph.Agreement && !noun && (f.status == "" || f.status == newsgraph.Planned) && reducedParticiple(t, i) {
		f.status = newsgraph.Happened // "under a plan, agreed in May,": agreed, whatever comes of it
	}
	if typ == newsgraph.Agreement && len(f.others) == 0 && len(f.agents) == 1 {
		// "X signed an accord after talks with Y", "after three days of
		// talks with Y, X agreed to ...": the other side is whom the talks
		// that led to it were with (two sides named signed it between them)
		if ents := d.talksPartners(si, t, f); len(ents) > 0 {
			f.others = append(f.others, ents)
		}
	}
	if typ == newsgraph.Agreement && d.describedSide(si, t, &f) {
		f.multi = true // "A and its creditor committee agreed": A's agreement
	}
	if noun && typ == newsgraph.Agreement && len(f.agents) == 1 && len(f.others) == 0 && t.dep(i, "nmod:poss") >= 0 && signedNoun(t, i) {
		// "Bolivia's rescue package will be signed in June": Peru's,
		// with a side the story does not name
		if typ := d.ents[f.agents[0]].typ; typ == newsgraph.Organization || typ == newsgraph.GPE {
			f.multi = true
		}
	}
	if noun && typ == newsgraph.Agreement && !f.multi && len(f.agents) == 1 && len(f.others) == 0 && d.ownedPact(si, t, i, f.agents[0]) {
		// "X's new rescheduling accord stretched repayments", "its 1985
		// debt agreement": a state's own pact with lenders or partners
		// the text leaves unnamed, one side as the text gives it
		f.agents, f.multi = []int{d.stateOf(f.agents[0])}, true
	}
	if noun && typ == newsgraph.Agreement && len(f.agents)+len(f.others) == 0 && !f.sought && debtPact(t, i) && madeDebtPact(t, i) && !(d.anaphoric(t, i) && d.latestAgreement(si) != nil) {
		// "The new debt pact, made public on Monday, ...", "a 1985
		// rescheduling accord that X later wished to reopen": the debtor the
		// sentence, or else the story so far, names alone; its lenders
		// go unnamed
		if e := d.debtor(si, t); e >= 0 {
			f.agents, f.multi = []int{e}, true
		}
	}
	if noun && typ == newsgraph.Agreement && !f.multi && len(f.agents) == 1 && len(f.others) == 0 && d.signedFor(si, t, i, f.agents[0]) {
		f.multi = true // "X has signed a new deal to show the league": X's deal, the other side unsaid
	}
	if typ == newsgraph.Meeting && !f.multi && len(f.agents)+len(flatten(f.others)) == 1 {
		f.unnamed = d.unnamedSide(si, t, f)
	}
	if typ == newsgraph.Meeting && apartSides(t, f) {
		f.apart = true
		f.at = d.counterpartPlaces(si, t, f)
	}
	if typ == newsgraph.Agreement {
		// "signed on the Danish side by A and on the Polish side by B"
		f.agents = uniq(append(f.agents, d.signedOnSides(si, t)...))
		// "A of Q and B of R signed": each signer's firm or country
		// signs with them
		for _, e := range f.agents {
			f.agents = uniq(append(f.agents, d.actsFor(si, t, e)...))
		}
		for gi, g := range f.others {
			for _, e := range g {
				f.others[gi] = uniq(append(f.others[gi], d.actsFor(si, t, e)...))
			}
		}
	}
	if noun && typ == newsgraph.Agreement && (madeBefore(t, i) || monthOwned(t, i) || underMade(t, i)) {
		// "the accord, signed in Oslo, will fund ...", "under a deal
		// agreed with X, Y will sell", "to review their March accord":
		// made, whatever comes of it
		f.status = newsgraph.Happened
	}
	return f, true
}

// hostedGathering is the gathering noun that host verb v, a participle
// set before or after the clause ("Hosted by X, the summit ...", "the
// talks ended, hosted by X"), says is hosted: the subject of the clause it
// modifies, when that is an event noun; else -1.
func hostedGathering(t *tree, v int) int {
	if !strings.HasPrefix(t.lw[v], "host") || t.tag[v] != "VBN" || !t.is(v, "advcl") || t.head[v] < 0 || t.dep(v, "nsubj", "nsubj:pass") >= 0 {
		return -1
	}
	s := t.dep(t.head[v], "nsubj", "nsubj:pass")
	if s < 0 || !t.noun(s) || !meetNouns[t.lw[s]] {
		return -1
	}
	return s
}

// partakes says whether verb v is taking part: "took part", "participated",
// "joined" with no object but the part ("took part in the talks").
func partakes(t *tree, v int) bool {
	w := t.lw[v]
	return strings.HasPrefix(w, "participat") || (w == "take" || w == "takes" || w == "took" || w == "taken" || w == "taking") && hasDep(t, v, "part")
}

// counterpartPlaces are the places told for each counterpart of a verb
// met apart: the first place the verb's phrases name after that
// counterpart, before the next ("met A in X on Monday and B in Y").
func (d *doc) counterpartPlaces(si int, t *tree, f frame) map[int]int {
	v := f.t
	if f.noun || !t.verb(v) {
		return nil
	}
	o := t.dep(v, "obj")
	if o < 0 {
		return nil
	}
	cs := t.conjuncts(o)
	out := map[int]int{}
	for i, c := range cs {
		end := len(t.lw)
		if i+1 < len(cs) {
			end = cs[i+1]
		}
		m := d.mentionAt(si, c)
		if m == nil || m.ent < 0 {
			continue
		}
		for _, x := range t.deps(v, "obl") {
			if p := t.prep(x); x > lastOf(t, c) && x < end && (p == "in" || p == "at") {
				if ps := d.placesUnder(si, t, x); len(ps) > 0 {
					for _, e := range d.phrase(si, t, c, 0) {
						out[e] = ps[0]
					}
					break
				}
			}
		}
	}
	return out
}

// signedOnSides reads the sides and signers of "signed on the Danish
// side by A and on the Polish side by B", "for the Kenyan side, A
// signed": each country a side is named by and the signers of the "by"
// phrase that follows it, however the parser hung the phrases.
func (d *doc) signedOnSides(si int, t *tree) []int {
	var out []int
	for k := range t.lw {
		if t.lw[k] != "side" || !t.noun(k) || t.prep(k) != "on" && t.prep(k) != "for" {
			continue
		}
		country := ""
		for _, a := range t.deps(k, "amod", "compound") {
			if c := d.demonymAt(si, a); c != "" {
				country = c
			} else if m := d.mentionAt(si, a); m != nil && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.GPE {
				country = d.ents[m.ent].name
			}
		}
		if country == "" {
			continue
		}
		out = append(out, d.implied(country, newsgraph.GPE))
		for b := k + 1; b < len(t.lw) && t.lw[b] != "side"; b++ {
			if t.lw[b] == "by" && t.is(b, "case") {
				for _, e := range d.group(si, t, t.head[b]) {
					if d.ents[e].typ == newsgraph.Person {
						out = append(out, e)
					}
				}
				break
			}
		}
	}
	return out
}

// actsFor is the firm, body or country a person named in sentence si
// acts for by an "of" phrase on the name ("A of Bexley Power", "B of the
// Nordic Fund"); a town one comes from is none.
func (d *doc) actsFor(si int, t *tree, e int) []int {
	if d.ents[e].typ != newsgraph.Person {
		return nil
	}
	var out []int
	for _, mi := range d.bySent[si] {
		m := d.mentions[mi]
		if m.kind != named || m.ent != e || m.j > len(t.head) {
			continue
		}
		for _, k := range t.deps(m.j-1, "nmod") {
			if t.prep(k) != "of" {
				continue
			}
			for _, o := range d.group(si, t, k) {
				if d.ents[o].typ == newsgraph.Organization || d.ents[o].typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[o].name) {
					out = append(out, o)
				}
			}
		}
	}
	return out
}

// oblsAround says whether verb v has a phrase of its own (an oblique
// of time or place) between its argument n and the argument k listed
// with it, and one after k.
func oblsAround(t *tree, v, n, k int) (between, after bool) {
	if !t.verb(v) {
		return false, false
	}
	end := n // n's own phrase, not the words listed with it
	for _, c := range t.kids[n] {
		if !t.is(c, "conj", "cc", "punct") {
			end = max(end, lastOf(t, c))
		}
	}
	for _, o := range t.deps(v, "obl") {
		if o > end && o < k {
			between = true
		}
		if o > lastOf(t, k) {
			after = true
		}
	}
	return between, after
}

// gathersSides says whether verb v, whose subject is a gathering, names
// by its object who take part in it: "brought together", "drew
// together", "gathered", "assembled", "united".
func gathersSides(t *tree, v int) bool {
	switch w := t.lw[v]; {
	case strings.HasPrefix(w, "br") || strings.HasPrefix(w, "dr"):
		return (w == "brought" || w == "brings" || w == "bring" || w == "bringing" || w == "drew" || w == "draws" || w == "draw" || w == "drawn") && hasDep(t, v, "together")
	case gatherVerbs[w] || w == "assembled" || w == "assembles" || w == "united" || w == "unites" || w == "grouped" || w == "groups":
		return true
	}
	return false
}

// apartSides says whether the meeting of frame f is told as one held with
// each counterpart on its own: met "separately" or "individually",
// "separate" or "individual" talks, or a counterpart listed after a word
// of sequence ("met A on Monday and later B", "talks with A and then
// with B").
func apartSides(t *tree, f frame) bool {
	heads := []int{f.t}
	if f.light >= 0 {
		heads = append(heads, f.light)
	}
	for _, h := range heads {
		for _, k := range t.kids[h] {
			switch {
			case t.is(k, "advmod") && (t.lw[k] == "separately" || t.lw[k] == "individually"):
				return true
			case t.is(k, "amod") && (t.lw[k] == "separate" || t.lw[k] == "individual"):
				return true
			}
		}
		// a counterpart, a nominal listed with another, after "later",
		// "then": one met after the other; or after a phrase of the
		// verb's that tells when or where the first was met ("met A in X
		// on Monday and B in Y on Tuesday")
		var walk func(n int, depth int) bool
		walk = func(n, depth int) bool {
			for _, k := range t.kids[n] {
				if t.is(k, "conj") && t.noun(k) && t.noun(n) && (t.lw[f.t] == "call" || t.lw[f.t] == "calls" || t.lw[f.t] == "respects") && t.prep(k) == "to" && t.prep(n) == "to" {
					return true // "paid calls to A and to B": a call on each
				}
				if t.is(k, "conj") && t.noun(k) && t.noun(n) {
					for _, a := range t.deps(k, "advmod") {
						if a < k && sequenceWords[t.lw[a]] {
							return true
						}
					}
					if between, after := oblsAround(t, h, n, k); between && after {
						return true
					}
				}
				if depth < 3 && t.is(k, "obj", "obl", "nmod", "conj") && t.noun(k) && walk(k, depth+1) {
					return true
				}
			}
			return false
		}
		if walk(h, 0) {
			return true
		}
	}
	return false
}

// signedFor says whether agreement noun n is what body e has signed
// ("signed", "has signed", not "will sign") to do something ("a deal to
// show the league", "a contract to build ten ships") with no other side
// named in the sentence: the one side's agreement.
func (d *doc) signedFor(si int, t *tree, n, e int) bool {
	h := t.head[n]
	if d.ents[e].typ != newsgraph.Organization || h < 0 || !t.is(n, "obj") || !signWords[t.lw[h]] || t.tag[h] != "VBD" && t.tag[h] != "VBN" || t.negatedAt(h) {
		return false
	}
	for _, x := range t.deps(h, "aux", "aux:pass") {
		if w := t.lw[x]; w != "has" && w != "have" && w != "had" {
			return false // "will have signed", "was signed"
		}
	}
	for _, k := range append(t.deps(n, "nmod"), t.deps(h, "obl")...) {
		if p := t.prep(k); p == "with" || p == "between" || p == "from" || p == "by" {
			return false // a side told, named or not
		}
	}
	for _, a := range t.deps(n, "acl") {
		if hasMark(t, a, "to") && t.verb(a) {
			for _, o := range append(t.deps(a, "obj"), t.deps(a, "obl")...) {
				if m := d.mentionAt(si, o); m != nil && m.ent >= 0 && (d.ents[m.ent].typ == newsgraph.Organization || d.ents[m.ent].typ == newsgraph.Person || d.ents[m.ent].typ == newsgraph.GPE) {
					return false // "a deal to buy Y", "to supply Y": Y's part is the other side's to tell
				}
			}
			return true
		}
	}
	return false
}

// counterpartWords are the words that tell a side one negotiates with
// without naming it ("the player's agent", "senior union figures", "aid
// donors"); not the press or the public, whom one addresses, not meets.
var counterpartWords = set("representative", "representatives", "delegation", "delegations", "delegates",
	"union", "unions", "negotiators", "counterpart", "counterparts", "donors", "creditors", "bankers",
	"lenders", "envoy", "envoys", "agent", "mediators", "employers", "rebels")

// unnamedSide says whether meeting frame f, with one side named, has its
// other side told by a common noun of counterpartWords: the subject or
// object of the trigger or of the verb carrying it, or a "with" phrase.
func (d *doc) unnamedSide(si int, t *tree, f frame) bool {
	var cands []int
	for _, v := range []int{f.t, f.light} {
		if v < 0 {
			continue
		}
		for _, k := range t.kids[v] {
			switch {
			case t.is(k, "nsubj") && v != f.t, t.is(k, "nsubj", "obj") && !f.noun:
				cands = append(cands, k)
			case t.is(k, "nmod", "obl") && t.prep(k) == "with":
				cands = append(cands, k)
			}
		}
	}
	toks := d.sents[si].tokens
	described := 0 // sides told by a common noun
	found := false
	for _, c := range cands {
		if !strings.HasPrefix(t.tag[c], "NN") || strings.HasPrefix(t.tag[c], "NNP") || toks[c].text != t.lw[c] || d.mentionAt(si, c) != nil {
			continue
		}
		described++
		if len(d.phrase(si, t, c, 0)) > 0 {
			continue // "the union" standing for a body the story names
		}
		if slices.ContainsFunc(t.kids[c], func(k int) bool {
			return k < c && k > t.from && !t.is(k, "case", "det", "punct") && toks[k].text != t.lw[k] && !d.tradeTown(si, t, k, c)
		}) {
			continue // "Chilean bankers", "Ghana's envoy": the named side's own people
		}
		if counterpartWords[t.lw[c]] || slices.ContainsFunc(t.kids[c], func(k int) bool { return d.tradeTown(si, t, k, c) }) {
			found = true // ("Houston refiners": a trade's people, placed)
		}
		for _, m := range t.deps(c, "compound") {
			if counterpartWords[t.lw[m]] && toks[m].text == t.lw[m] {
				found = true // "union figures"
			}
		}
	}
	// "Danish officials will meet aid donors": both sides only described,
	// the one named through its people's country
	return found && described == 1
}

// ledTalks are the gatherings an agreement is told as coming out of
// ("signed after talks with X", "agreed following negotiations with Y").
var ledTalks = set("talks", "negotiations", "discussions", "consultations", "meeting", "meetings", "summit")

// talksPartners are who the talks were with that agreement frame f is told
// as following ("after (three days of) talks with X", "following
// negotiations between A and B"), the phrase hung on the trigger, on the
// verb carrying it or deeper in its clause (the parser hangs it on the
// nearest noun), but not in a clause with a subject of its own; none of
// f's agents.
func (d *doc) talksPartners(si int, t *tree, f frame) []int {
	var out []int
	var walk func(k, depth int)
	walk = func(k, depth int) {
		if depth > 4 {
			return
		}
		for _, c := range t.kids[k] {
			if t.is(c, "ccomp", "parataxis", "acl:relcl", "conj") || t.verb(c) && t.dep(c, "nsubj") >= 0 {
				continue
			}
			if p := t.prep(c); (p == "after" || p == "following") && t.noun(c) {
				talks := c
				if measureNouns[t.lw[c]] {
					talks = -1 // "after three days of talks"
					for _, o := range t.deps(c, "nmod") {
						if t.prep(o) == "of" && ledTalks[t.lw[o]] {
							talks = o
						}
					}
				}
				if talks >= 0 && ledTalks[t.lw[talks]] {
					for _, o := range t.deps(talks, "nmod") {
						switch t.prep(o) {
						case "with":
							for _, cj := range t.conjuncts(o) {
								out = append(out, d.phrase(si, t, cj, 0)...)
							}
						case "between":
							out = append(out, d.group(si, t, o)...)
						}
					}
				}
				continue
			}
			walk(c, depth+1)
		}
	}
	for _, v := range []int{f.t, f.light} {
		if v >= 0 {
			walk(v, 0)
		}
	}
	// "X met Chinese leaders and signed an agreement": whom the one who
	// signs met just before, in the verb the signing is joined to
	if v := f.light; len(out) == 0 && v >= 0 && t.is(v, "conj") && (t.dep(v, "nsubj") < 0 || timeWords[t.lw[t.dep(v, "nsubj")]]) {
		if u := t.head[v]; u >= 0 && t.verb(u) && meetingVerbs[t.lw[u]] && u < v {
			for _, o := range t.deps(u, "obj") {
				out = append(out, d.group(si, t, o)...)
			}
			for _, o := range t.deps(u, "obl") {
				if t.prep(o) == "with" {
					out = append(out, d.group(si, t, o)...)
				}
			}
		} else if u >= 0 && t.verb(u) && u < v {
			// "X held talks with Y's deputy premier and signed a
			// memorandum": whom the talks the verb holds were with
			for _, o := range t.deps(u, "obj") {
				if !meetNouns[t.lw[o]] {
					continue
				}
				for _, w := range append(t.deps(u, "obl"), t.deps(o, "nmod")...) {
					if t.prep(w) == "with" {
						out = append(out, d.group(si, t, w)...)
					}
				}
			}
		}
	}
	var keep []int
	for _, e := range uniq(out) {
		if !slices.Contains(f.agents, e) && !d.isPlace(e) || !slices.Contains(f.agents, e) && d.ents[e].typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[e].name) {
			keep = append(keep, e)
		}
	}
	return keep
}

// objectControl says whether w is a form of a verb whose object does
// what its infinitive says: "invited X to visit", "asked X to meet",
// "urged X to sign".
func objectControl(w string) bool {
	for _, b := range []string{"invit", "ask", "urg", "persuad", "encourag", "allow", "permit", "advis", "request"} {
		if strings.HasPrefix(w, b) {
			return true
		}
	}
	return false
}

// subjectOf is who does what verb v states: its subject; through "who"
// the noun a relative clause describes; through "expected to meet", "was
// invited to visit", "after meeting X, Y said" the subject (or object) of
// the verb it depends on.
func (d *doc) subjectOf(si int, t *tree, v int) []int {
	for n := 0; v >= 0 && n < 8; n++ {
		s := t.dep(v, "nsubj")
		if s >= 0 && t.lw[s] == "it" && s+1 < len(t.lw) && (t.lw[s+1] == "was" || t.lw[s+1] == "is") {
			// "It was in May when X met Y": the cleft's "it" is no one; the
			// subject of the clause it fronts is
			for _, k := range t.deps(v, "nsubj") {
				if k > s {
					s = k
					break
				}
			}
		}
		if ss := t.deps(v, "nsubj"); len(ss) == 2 && ss[0] == s && ss[1] < v && strings.HasPrefix(t.tag[ss[1]], "PRP") {
			// "the formula he agreed upon": a relative clause without its
			// "that", the noun before it read as a second subject
			s = ss[1]
		} else if len(ss) == 2 && ss[0] == s && ss[1] < v {
			// "X and the government signed" read as two subjects with the
			// "and" hung on the verb: both sign
			if cc := t.dep(v, "cc"); cc > ss[0] && cc < ss[1] && t.lw[cc] == "and" {
				if ents := uniq(append(d.group(si, t, ss[0]), d.group(si, t, ss[1])...)); len(ents) >= 2 {
					return ents
				}
			}
		}
		if ents := d.itAndSubject(si, t, v); len(ents) > 0 {
			return ents
		}
		if s >= 0 && t.is(v, "conj") && (timeWords[t.lw[s]] || isWeekday(t.lw[s])) && d.mentionAt(si, s) == nil {
			s = -1 // "X met Y and today signed": the time read as the second verb's subject
		}
		if s < 0 && sayVerbs[t.lw[v]] {
			// "'...,' X said after talks with Y" with X hung inside the
			// quotation: the name right before (or after) the verb says it
			if m := d.mentionAt(si, v-1); m != nil && m.j == v && t.head[m.j-1] != v {
				return d.mentionEnts(si, m)
			}
			if m := d.mentionAt(si, v+1); m != nil && m.i == v+1 && t.head[m.j-1] != v {
				return d.mentionEnts(si, m)
			}
		}
		if s < 0 {
			// "X said officials of Y would hold talks" parsed with "said"
			// hung on the verb and the subject as its object: the subject
			for _, a := range t.kids[v] {
				if a < v && t.is(a, "advcl", "parataxis", "ccomp") && sayVerbs[t.lw[a]] && t.dep(a, "ccomp") < 0 {
					if o := t.dep(a, "obj"); o > a && o < v {
						if ents := d.group(si, t, o); len(ents) > 0 {
							return ents
						}
					}
				}
			}
		}
		if s >= 0 && (t.tag[s] == "JJ" || t.tag[s] == "RB") && d.mentionAt(si, s) == nil {
			// "Keller and Brandt last met": an adverb read as the subject;
			// but "Chilean and Peruvian ministers met" read with the first
			// nationality as the subject is the ministers
			if c := t.dep(s, "conj"); c >= 0 && t.noun(c) && d.x.gz.demonym[key(toks0(d, si, s))] != "" {
				if ents := d.phrase(si, t, c, 0); len(ents) > 0 {
					return ents
				}
			}
		} else if s >= 0 {
			if h := t.head[v]; t.is(v, "conj") && h >= 0 && h < s && t.noun(h) && !t.is(h, "obj", "obl", "nmod") {
				// "A officials and their B counterparts signed" read with the
				// verb coordinated with the first noun: both are its subject
				if cc := t.dep(v, "cc"); cc > h && cc < s && t.lw[cc] == "and" {
					if ents := append(d.group(si, t, h), d.group(si, t, s)...); len(ents) > 0 {
						return uniq(ents)
					}
				}
			}
			if (t.tag[s] == "WP" || t.tag[s] == "WDT" || t.lw[s] == "that") && t.head[v] >= 0 && t.head[v] < s {
				if ents := d.leadingList(si, t, s); len(ents) >= 2 {
					return ents // "Presidents A of X, B of Y and C of Z, who flew in": all of them
				}
				ents := d.group(si, t, t.head[v]) // "X, who met Y": X, whom the clause describes
				if t.lw[s] == "who" && !d.anyPerson(ents) {
					if p := d.describedByTitle(si, t, t.head[v]); p >= 0 {
						return []int{p}
					}
				}
				return ents
			}
			if ents := d.group(si, t, s); len(ents) > 0 {
				return ents
			}
			return nil
		}
		// "met at X as Y toured the region" with Y hung on "met"
		if h := t.head[v]; h >= 0 && t.is(v, "conj", "advcl") {
			for _, o := range t.deps(h, "obl") {
				if m := d.mentionAt(si, o); m != nil && m.j == v && t.prep(o) == "as" {
					return d.group(si, t, o)
				}
			}
		}
		// "After the talks, X and Y flew": a subject the parser hung as a
		// list on the fronted phrase
		for _, o := range t.deps(v, "obl") {
			if o > v {
				continue
			}
			var ents []int
			for _, c := range t.conjuncts(o)[1:] {
				if c < v && t.prep(c) == "" {
					ents = append(ents, d.group(si, t, c)...)
				}
			}
			if len(ents) > 0 {
				return uniq(ents)
			}
		}
		h := t.head[v]
		switch {
		case h < 0:
			return nil
		case t.tag[h] == "." || t.tag[h] == ",":
			// a word the parser hung on punctuation: read the main clause's subject
			r := -1
			for k := t.from; k < len(t.head); k++ {
				if t.head[k] < 0 && t.rel[k] == "root" {
					r = k
				}
			}
			if r < 0 || r == v {
				return nil
			}
			h = r
		case (t.tag[h] == "WP" || t.tag[h] == "WDT") && t.head[h] >= 0 && t.head[h] < h && !t.verb(t.head[h]):
			// "X, who has just returned from Y," with the clause hung on "who":
			// X, whom the clause describes
			return d.group(si, t, t.head[h])
		case t.is(v, "fixed") && h < v:
			// "is due to visit" read as one word "due to visit"
		case (t.lw[h] == "ahead" || t.lw[h] == "prior") && t.is(v, "advcl", "acl") && t.is(h, "obl", "advmod") && t.head[h] >= 0 && t.verb(t.head[h]):
			// "Ahead of meeting X, Y said" with the clause hung on "ahead":
			// the subject of the verb "ahead" hangs on
			h = t.head[h]
		case t.is(v, "parataxis") && (t.lw[h] == "back" || t.lw[h] == "fresh") && t.dep(h, "nsubj") >= 0:
			// "X, back from Y, met Z" read with "back" as the root: X
			return d.group(si, t, t.dep(h, "nsubj"))
		case !t.verb(h) && h < v && t.dep(h, "cop") >= 0 && t.dep(h, "nsubj") >= 0:
			// "X is on a tour and visited Y": the predicate noun's subject
			return d.group(si, t, t.dep(h, "nsubj"))
		case !t.verb(h) && h < v && (!t.is(v, "acl", "amod") || t.is(v, "acl:relcl") && !hasRelative(t, v)) && t.tag[h] != "WRB":
			// a verb the parser hung on the noun before it ("X will visit"
			// read as a list, "X was to meet" as part of the name): the noun
			// is its subject
			return d.group(si, t, h) // "X will visit" read as a list: the noun is the subject
		case t.is(v, "acl") && !t.verb(h):
			if ents := d.group(si, t, h); len(ents) > 0 {
				return ents // "ministers meeting in Luxembourg"
			}
			if t.prep(h) == "among" {
				// "X and Y are among the leaders attending": X and Y
				if s := t.dep(h, "nsubj"); s >= 0 {
					return d.group(si, t, s)
				}
				if t.is(h, "conj") {
					return d.group(si, t, t.head[h])
				}
			}
			// "his plan to visit", "expressed a willingness to meet": whose
			// plan, who expressed it
			if p := t.dep(h, "nmod:poss"); p >= 0 {
				return d.group(si, t, p)
			}
			if !t.is(h, "obj", "nsubj:pass", "obl") {
				return nil
			}
			v = t.head[h]
			continue
		case t.is(v, "xcomp"):
			if o := t.dep(h, "obj"); o >= 0 && o < v {
				return d.group(si, t, o) // "invited X to visit"; not a noun the parser hung after the infinitive
			}
			if o := t.dep(h, "iobj"); o >= 0 && o < v && objectControl(t.lw[h]) {
				return d.group(si, t, o) // "asked X to meet" with X read as the indirect object
			}
			for _, o := range t.deps(h, "xcomp") {
				// "wants X to meet Y" with X read as a second complement:
				// the name between the verb and its infinitive meets
				if o > h && o < v && t.noun(o) && hasMark(t, v, "to") {
					if ents := d.group(si, t, o); len(ents) > 0 {
						return ents
					}
				}
			}
		case t.is(v, "advcl") && hasMark(t, v, "to") && objectControl(t.lw[h]) && t.dep(h, "obj", "iobj") >= 0:
			// "invited X to visit Y" with the infinitive read as a clause of
			// purpose: whom one invites, asks or urges does it
			return d.group(si, t, t.dep(h, "obj", "iobj"))
		case t.is(v, "cop") && t.verb(v):
			// "X is due to visit" with the verb read as the copula of "due"
		case t.is(v, "obj") && t.tag[v] == "VBN" && perfectAux[t.lw[h]]:
			// "X rose, having signed a deal with Y" with the participle read
			// as the object of "having": the auxiliary's clause says who
		case t.is(v, "conj", "advcl", "ccomp", "parataxis", "dep"):
			if t.is(v, "ccomp", "parataxis") && !t.verb(h) {
				return nil
			}
			if t.is(v, "ccomp") && sayVerbs[t.lw[h]] && t.dep(h, "nsubj:pass") < 0 && t.dep(h, "aux:pass") < 0 {
				// "A and B said ministers broke off their talks": who reports is
				// not who talks; "X is said to be trying to meet" is X. A
				// subject the parser hung on "said" as its object is the
				// complement's ("X said it and Y have been holding talks")
				if o := t.dep(h, "obj"); o >= 0 && o < v && t.lw[h] != "told" && !strings.HasPrefix(t.lw[h], "tell") {
					return d.group(si, t, o)
				}
				return nil
			}
		default:
			return nil
		}
		v = h
	}
	return nil
}

// anyPerson says whether ents holds a person.
func (d *doc) anyPerson(ents []int) bool {
	for _, e := range ents {
		if d.ents[e].typ == newsgraph.Person {
			return true
		}
	}
	return false
}

// describedByTitle is the person named right before the title phrase
// that word a lies in, set off by a comma: in "X, a deputy director at the
// Bureau of Y, who arrived", "who" follows the ministry but is X, whom
// the title describes; else -1.
func (d *doc) describedByTitle(si int, t *tree, a int) int {
	toks := d.sents[si].tokens
	k := a
	for n := 0; n < 4 && k >= 0; n++ {
		if lowerTitles[t.lw[k]] || titleHeads[toks[k].text] {
			st := k
			for _, c := range t.deps(k, "det", "compound", "amod") {
				st = min(st, c)
			}
			if st >= 2 && toks[st-1].text == "," {
				if m := d.mentionAt(si, st-2); m != nil && m.j == st-1 && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person {
					return m.ent
				}
			}
			return -1
		}
		if !t.is(k, "nmod", "flat", "compound", "conj") {
			return -1
		}
		k = t.head[k]
	}
	return -1
}

// perfectAux are the forms of "have" that the parser may read as the verb
// of a perfect ("having signed") with the participle as its object.
var perfectAux = set("have", "has", "had", "having")

// boundPossessive is whom "his" or "her" at k stands for when the clause
// around it has a person for its subject: in "during his visit to X, Y
// said" and "Y will canvass support during his visit" the visitor is Y;
// and whom "its" stands for when that subject is one body or state.
func (d *doc) boundPossessive(si int, t *tree, k int) []int {
	if t.lw[k] != "his" && t.lw[k] != "her" && t.lw[k] != "its" {
		return nil
	}
	for v, n := t.head[k], 0; v >= 0 && n < 6; v, n = t.head[v], n+1 {
		if !t.verb(v) {
			continue
		}
		if t.lw[k] == "its" {
			// "Moscow agreed to raise A and B in its talks with C": the
			// body or state the clause is about, not the last one named
			if ents := d.subjectOf(si, t, v); len(ents) == 1 && (d.ents[ents[0]].typ == newsgraph.Organization || d.ents[ents[0]].typ == newsgraph.GPE) {
				return ents
			}
			return nil
		}
		for _, e := range d.subjectOf(si, t, v) {
			if d.ents[e].typ == newsgraph.Person && (d.ents[e].female == 0 || (d.ents[e].female > 0) == (t.lw[k] == "her")) {
				return []int{e}
			}
		}
		return nil
	}
	return nil
}

// vehicleNouns are the unnamed bodies a firm deals through: "an affiliate
// of X", "a X subsidiary".
var vehicleNouns = set("affiliate", "affiliates", "subsidiary", "subsidiaries", "unit", "units", "arm", "division", "vehicle", "affiliated")

// ledBodies are the unnamed groups a firm leads into a deal: "a group led
// by X", "a consortium headed by X".
var ledBodies = set("group", "consortium", "syndicate", "partnership")

// parentFirm are the firms behind the unnamed body at h that a deal is
// made with: the firm an affiliate, unit or subsidiary is of ("an
// affiliate of X", "a X affiliate") and the firm that leads a group ("a
// group led by X"). A firm deals through these; the story names no other.
func (d *doc) parentFirm(si int, t *tree, h int) []int {
	firms := func(ents []int) []int {
		var out []int
		for _, e := range ents {
			if d.ents[e].typ == newsgraph.Organization {
				out = append(out, e)
			}
		}
		return out
	}
	var out []int
	switch {
	case vehicleNouns[t.lw[h]]:
		for _, k := range t.kids[h] {
			if t.is(k, "nmod") && t.prep(k) == "of" || t.is(k, "compound", "flat", "nmod:poss") && k < h && t.lw[k] != "its" && t.lw[k] != "their" {
				if m := d.mentionAt(si, k); m != nil && m.ent >= 0 {
					out = append(out, firms(d.mentionEnts(si, m))...)
				}
			}
		}
	case ledBodies[t.lw[h]]:
		for _, a := range t.deps(h, "acl") {
			if !leadVerbs[t.lw[a]] && t.lw[a] != "formed" || t.tag[a] != "VBN" {
				continue
			}
			for _, o := range t.deps(a, "obl:agent", "obl") {
				if t.is(o, "obl:agent") || t.prep(o) == "by" {
					for _, c := range t.conjuncts(o) {
						if m := d.mentionAt(si, c); m != nil && m.ent >= 0 {
							out = append(out, firms(d.mentionEnts(si, m))...)
						}
					}
				}
			}
		}
	}
	return uniq(out)
}

// ownerFirm is the firm "its" at k stands for: the subject of the nearest
// clause above it whose subject is one firm ("X said the sale of its unit
// would close": X).
func (d *doc) ownerFirm(si int, t *tree, k int) []int {
	for v, n := t.head[k], 0; v >= 0 && n < 8; v, n = t.head[v], n+1 {
		if !t.verb(v) {
			continue
		}
		if ents := d.subjectOf(si, t, v); len(ents) == 1 && d.ents[ents[0]].typ == newsgraph.Organization {
			return ents
		}
	}
	return nil
}

// group is the entities of the phrase headed by h and the phrases
// coordinated with it.
func (d *doc) group(si int, t *tree, h int) []int {
	var out []int
	cs := t.conjuncts(h)
	for _, c := range cs {
		if d.originTail(si, t, c) || c != h && d.placeAppositive(si, c) {
			continue
		}
		out = append(out, d.phrase(si, t, c, 0)...)
		out = append(out, d.leaders(si, t, c)...)
		out = append(out, d.agentAfterTitle(si, c)...)
		for _, a := range t.deps(c, "appos") {
			for _, n := range t.deps(a, "conj") {
				if m := d.mentionAt(si, n); m != nil && m.j == n+1 {
					out = append(out, m.ent) // "between French utility X and Y" with Y joined to X
				}
			}
		}
	}
	// "X and Y" with Y hung elsewhere by the parser: the name right after
	// "and" (past its lower-case title: "and rebel leader Y") joins X
	toks := d.sents[si].tokens
	if len(cs) == 1 && len(out) == 1 && h+2 < len(toks) && toks[h+1].text == "and" {
		k := h + 2
		// (past a capitalised title's "of" and "and" too: "and Minister
		// of Trade and Tourism Y")
		for k < len(toks) && k <= h+9 && d.mentionAt(si, k) == nil && (lowerTitles[t.lw[k]] || lowerTitleMods[t.lw[k]] || toks[k].isCap() || t.tag[k] == "JJ" ||
			(t.lw[k] == "of" || t.lw[k] == "and" || t.lw[k] == "for") && k > h+2 && toks[k-1].isCap() && k+1 < len(toks) && toks[k+1].isCap()) {
			k++
		}
		m := d.mentionAt(si, k)
		if m != nil && m.i != k {
			m = nil
		}
		if m != nil && m.ent >= 0 && d.ents[m.ent].typ != newsgraph.Person {
			// "and UN chief X": the body or country only styles the person
			j := m.j
			for j < len(toks) && j <= m.j+3 && d.mentionAt(si, j) == nil && (lowerTitles[t.lw[j]] || lowerTitleMods[t.lw[j]] || titleHeads[toks[j].text] || t.lw[j] == "chief") {
				j++
			}
			if p := d.mentionAt(si, j); j > m.j && p != nil && p.i == j && d.ents[p.ent].typ == newsgraph.Person {
				m = p
			}
		}
		if m == nil || d.ents[m.ent].typ != newsgraph.Person {
			// "and Sweden's special envoy for the Balkans, NAME": the
			// person an office after "and" names, however the parser hung it
			j := k
			for j < len(toks) && j <= k+5 && !lowerTitles[t.lw[j]] && (d.mentionAt(si, j) != nil || t.lw[j] == "'s" || t.tag[j] == "JJ" || lowerTitleMods[t.lw[j]]) {
				j++
			}
			if j < len(toks) && lowerTitles[t.lw[j]] && d.mentionAt(si, j) == nil {
				for _, e := range d.phrase(si, t, j, 1) {
					if d.ents[e].typ == newsgraph.Person && d.ents[out[0]].typ == newsgraph.Person {
						out = append(out, e)
						m = nil
					}
				}
			}
		}
		// a person beside a group of people ("between EU leaders and X")
		// is a side too; else the two are of one kind
		if m != nil && m.ent >= 0 && (d.ents[m.ent].typ == d.ents[out[0]].typ || groupNouns[t.lw[h]] && d.ents[m.ent].typ == newsgraph.Person) {
			out = append(out, m.ent)
		}
	}
	return uniq(out)
}

// originTail says whether conjunct c is the country closing where a
// firm is from ("A and B of Munich, West Germany," read with the country
// as a third conjunct): a place after a comma that follows a place
// phrase ("of Munich", "in Lyon").
func (d *doc) originTail(si int, t *tree, c int) bool {
	m, p := d.addressPair(si, t, c)
	if m == nil || p.i < 1 {
		return false
	}
	if d.x.gz.isCountry(d.ents[p.ent].name) && d.x.gz.isCountry(d.ents[m.ent].name) {
		return false // "from Spain, Norway, Malta and Greece": no country lies in another
	}
	w := t.lw[p.i-1]
	return w == "of" || w == "from" || w == "in" || w == "at"
}

// addressPair reads the place mention at word c as the tail of an address
// ("Munich, West Germany"): set off by a comma right after another place
// mention, and closing it, not going on as a list ("of A, B and C"). It
// gives the tail and the place before it, or nil, nil.
func (d *doc) addressPair(si int, t *tree, c int) (tail, place *mention) {
	m := d.mentionAt(si, c)
	if m == nil || m.ent < 0 || !d.isPlace(m.ent) && d.ents[m.ent].typ != newsgraph.GPE || m.i < 2 || t.lw[m.i-1] != "," {
		return nil, nil
	}
	if m.j < len(t.lw) && (t.lw[m.j] == "and" || t.lw[m.j] == "or") {
		return nil, nil
	}
	p := d.mentionAt(si, m.i-2)
	if p == nil || p.ent < 0 || p.ent == m.ent || p.j != m.i-1 || !d.isPlace(p.ent) && d.ents[p.ent].typ != newsgraph.GPE {
		return nil, nil
	}
	return m, p
}

// inviteVerbs ask someone to come: "invited X for talks".
var inviteVerbs = set("invite", "invites", "invited", "inviting")

// leadVerbs put someone at the head of a group: "a delegation led by X".
var leadVerbs = set("led", "headed")

// leaders are the people said to lead the group h names ("a delegation
// led by X", "the bank, headed by its president X,"): they go where it
// goes and sit where it sits.
func (d *doc) leaders(si int, t *tree, h int) []int {
	var out []int
	clauses := t.deps(h, "acl", "parataxis", "appos")
	for _, n := range t.deps(h, "nmod") {
		if p := t.prep(n); p == "from" || p == "of" {
			// "a delegation from X, led by Y": the parser hangs the
			// clause set off by commas on the name before it
			clauses = append(clauses, t.deps(n, "acl", "parataxis", "appos")...)
		}
	}
	for _, a := range clauses {
		if a < h || !leadVerbs[t.lw[a]] || t.tag[a] != "VBN" {
			continue
		}
		for _, o := range t.deps(a, "obl:agent", "obl") {
			if t.is(o, "obl:agent") || t.prep(o) == "by" {
				for _, c := range t.conjuncts(o) {
					n := len(out)
					for _, e := range d.phrase(si, t, c, 1) {
						if d.ents[e].typ == newsgraph.Person {
							out = append(out, e)
						}
					}
					for _, k := range t.deps(c, "flat", "appos") {
						// "led by Vice-Governor X" with the title read as a name of its own
						if m := d.mentionAt(si, k); len(out) == n && m != nil && d.ents[m.ent].typ == newsgraph.Person {
							out = append(out, m.ent)
						}
					}
				}
			}
		}
	}
	return out
}

// titleOfThenName is the person a title noun with its own complement
// names after a comma ("the governor of Salta province, NAME", "the
// chairman of the X Federation, NAME", "the Omani envoy to Chad,
// NAME"), however the parser hung the name; -1 when the comma is not
// followed by a person's name.
func (d *doc) titleOfThenName(si int, t *tree, h int) int {
	toks := d.sents[si].tokens
	if !lowerTitles[t.lw[h]] && !titleHeads[toks[h].text] || h+1 >= len(toks) {
		return -1
	}
	if p := t.lw[h+1]; p != "of" && p != "for" && p != "to" && p != "at" {
		return -1
	}
	for k := h + 2; k < len(toks) && k <= h+12; k++ {
		if m := d.mentionAt(si, k); m != nil && m.i == k && k > h+2 && (t.lw[h+1] == "of" || t.lw[h+1] == "for") && toks[k-1].isCap() && d.ents[m.ent].typ == newsgraph.Person {
			// "Chairman of the Mining Union NAME", no comma between; not
			// "director for Africa NAME", a place the office is over
			if b := d.mentionAt(si, k-1); b == nil || !d.isPlace(b.ent) {
				return m.ent
			}
		}
		if toks[k].text == "," {
			if m := d.mentionAt(si, k+1); m != nil && m.i == k+1 && d.ents[m.ent].typ == newsgraph.Person {
				return m.ent
			}
			if k+1 < len(toks) && !toks[k+1].isCap() && t.noun(k+1) && !lowerTitles[t.lw[k+1]] && d.mentionAt(si, k+1) == nil {
				continue // "minister of land, transport and tourism, NAME": a list of portfolios
			}
			return -1
		}
		// the complement is a noun phrase: a verb or a clause ends it, and
		// so does "and" but between the portfolios of one office
		// ("minister of trade and energy, NAME")
		if strings.HasPrefix(t.tag[k], "VB") || t.tag[k] == "MD" || t.tag[k] == "WDT" || t.tag[k] == "WP" || t.lw[k] == "and" && !(k+1 < len(toks) && k > h+2 && !toks[k+1].isCap() && !toks[k-1].isCap() && t.noun(k+1)) {
			return -1
		}
	}
	return -1
}

// maxPhrasing bounds how deep phrases may stand for one another: depth
// bounds one chain, but a reference resolved through its own phrase
// ("their" read through the group it belongs to) starts chains anew, and an
// overflowing stack is fatal to the process, not a fault recover can turn
// into one document's error. Real chains are a few phrases deep.
const maxPhrasing = 64

// phrase is the entities a nominal headed by h stands for: the person,
// body or country named or referred to there; for "officials from Kenya",
// "representatives of Citibank", "the Indian government", "Turkcell
// executives" whom they belong to; "the two firms" the two last named.
func (d *doc) phrase(si int, t *tree, h int, depth int) []int {
	ents := d.phraseOf(si, t, h, depth)
	if h < 0 || depth > 3 || h < t.from || !partyNouns[t.lw[h]] || d.mentionAt(si, h) != nil {
		return ents
	}
	// "the Danish trade delegation, headed by X": X takes part for it, with the
	// country or body it is of
	lead := d.leaders(si, t, h)
	if len(lead) == 0 && hasDep(t, h, "the") && t.dep(h, "amod", "compound", "nmod", "nmod:poss") < 0 {
		lead = d.partyLeader(si) // "the delegation", told as led by X before
	}
	return uniq(append(lead, ents...))
}

// partyNouns are the groups a person leads on a trip or into talks.
var partyNouns = set("delegation", "mission", "team", "entourage")

// partyLeader is the person the story, in sentence si or the six before
// it, tells as leading a delegation ("a delegation led by X", "the
// mission, headed by X"), the latest told; nil when none.
func (d *doc) partyLeader(si int) []int {
	for s := si; s >= 0 && s >= si-6 && d.stories[s] == d.stories[si]; s-- {
		toks := d.sents[s].tokens
		for k := len(toks) - 1; k >= 0; k-- {
			if !partyNouns[strings.ToLower(toks[k].text)] {
				continue
			}
			for b := k + 1; b+1 < len(toks) && b <= k+3; b++ {
				if leadVerbs[strings.ToLower(toks[b].text)] && strings.EqualFold(toks[b+1].text, "by") {
					for x := b + 2; x < len(toks) && x <= b+8; x++ {
						if m := d.mentionAt(s, x); m != nil && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person {
							return []int{m.ent}
						}
					}
				}
			}
		}
	}
	return nil
}

// phraseOf is phrase without the leader of a delegation.
func (d *doc) phraseOf(si int, t *tree, h int, depth int) (res []int) {
	if h < 0 || depth > 3 || h < t.from || d.phrasing >= maxPhrasing {
		return nil
	}
	d.phrasing++
	defer func() { d.phrasing-- }()
	if p := t.prep(h); depth == 0 && (p == "in" || p == "at" || p == "near") {
		return nil // "X, in Luanda": where, not who
	}
	for _, e := range d.dates[si] {
		if h >= e.i && h < e.j {
			return nil // "by Spring 2005" is a date, not an agent
		}
	}
	if m := d.mentionAt(si, h); (m == nil || m.kind != named) && (lowerTitles[t.lw[h]] || titleHeads[d.sents[si].tokens[h].text]) {
		// "the Minister of Trade and Industry, X,", "the Secretary-General
		// of the Union, Dr X": the person the title is set off with, not
		// whoever else the story gave that title
		// ("the head of the Southern Region, General X": the name set off
		// after the body the office is of, however the parser hung it)
		toks := d.sents[si].tokens
		for _, o := range t.deps(h, "nmod") {
			if m := d.mentionAt(si, o); t.prep(o) == "of" && m != nil && m.j == o+1 && m.j+1 < len(toks) && toks[m.j].text == "," {
				k := m.j + 1
				for k < len(toks) && k <= m.j+3 && d.mentionAt(si, k) == nil && (titleHeads[toks[k].text] || titleMods[toks[k].text]) {
					k++ // past the title before the name
				}
				if pm := d.mentionAt(si, k); pm != nil && pm.i == k && pm.ent >= 0 && d.ents[pm.ent].typ == newsgraph.Person && (pm.j == len(toks) || toks[pm.j].text == "," || toks[pm.j].text == ".") {
					return []int{pm.ent}
				}
			}
		}
		for _, k := range t.kids[h] {
			if k <= h+1 || !t.is(k, "appos") && !(t.is(k, "conj") && t.dep(k, "cc") < 0) {
				continue
			}
			if pm := d.mentionAt(si, k); pm != nil && pm.j == k+1 && pm.ent >= 0 && d.ents[pm.ent].typ == newsgraph.Person && d.titleStart(si, t, pm.i) > 0 && d.sents[si].tokens[d.titleStart(si, t, pm.i)-1].text == "," {
				return []int{pm.ent}
			}
		}
	}
	if m := d.mentionAt(si, h); m != nil {
		if (agreeNouns[t.lw[h]] || meetNouns[t.lw[h]]) && (m.i == h || m.j == h+1) {
			return nil // "the Paris Agreement" is the event, not who takes part
		}
		if addr, of := d.address(si, m); addr {
			return of // "X Ltd, Osaka, Japan", "Danbury, Vermont-based Y": where one is based, not who
		}
		if p := d.titledAfter(si, t, m, h); p >= 0 {
			return []int{p}
		}
		if d.ents[m.ent].typ == newsgraph.Other {
			// "\"Quiet Lantern\" director X" with the title read as the
			// head: the work names no side, the person hung on it does
			for _, k := range t.deps(h, "flat", "appos") {
				if pm := d.mentionAt(si, k); pm != nil && pm.i > m.j && d.ents[pm.ent].typ == newsgraph.Person {
					return []int{pm.ent}
				}
			}
		}
		// "the Green Party leader" with the party read as the head: the
		// person the title right after the name stands for
		for _, rf := range d.refs[si] {
			if rf.tok == m.j && rf.kind == nominal && d.ents[m.ent].typ == newsgraph.Organization {
				return rf.ents
			}
		}
		return d.mentionEnts(si, m)
	}
	if t.lw[h] == "it" || t.lw[h] == "its" {
		return d.bodyBefore(si, h) // "it signed a deal with X": the firm
	}
	if c := d.peopleOf(si, t, h); c >= 0 {
		return []int{c}
	}
	if (t.lw[h] == "whom" || t.lw[h] == "who") && t.is(h, "obj") && t.head[h] >= 0 && t.is(t.head[h], "acl:relcl") {
		if a := t.head[t.head[h]]; a >= 0 && a < h {
			return d.phrase(si, t, a, depth+1) // "X, whom he met": X
		}
	}
	if guestNouns[t.lw[h]] && hasDep(t, h, "the") && t.dep(h, "nmod", "amod", "compound") < 0 {
		if ents := d.recentVisitors(si); len(ents) > 0 {
			return ents // "X flew to Oslo on Monday. The visitors met Y": X
		}
	}
	if rivalNouns[t.lw[h]] && (hasDep(t, h, "both") || hasDep(t, h, "two")) {
		// "A and B bid for C. The two suitors met": the pair told as
		// "A and B", never the two firms named last (C is the target)
		if ents := d.conjoinedPair(si); len(ents) == 2 && d.ents[ents[0]].typ == newsgraph.Organization && d.ents[ents[1]].typ == newsgraph.Organization {
			return ents
		}
		return nil
	}
	w, firms := t.lw[h], firmPairs[t.lw[h]] || d.namesKindPlural(t, h)
	kind := pairNouns[w]
	// "X signed a deal with the two companies": the pair is two others
	// than those the sentence names before it, X among them
	self := d.withSelf(si, t, h)
	fit := func(ents []int) bool {
		return len(ents) == 2 && !slices.ContainsFunc(ents, func(e int) bool { return slices.Contains(self, e) })
	}
	if firms {
		kind = newsgraph.Organization
	}
	if (w == "sides" || w == "delegations" || w == "countries" || w == "nations" || firms && (w == "firms" || w == "companies" || hasDep(t, h, "the") || hasDep(t, h, "both"))) && (hasDep(t, h, "both") || hasDep(t, h, "two")) {
		if w == "sides" {
			// "X presented Y with a map, and both sides discussed Z": the
			// two people the clause before it names, not a pair told
			// earlier in the story
			if ps := d.peopleBefore(si, h); fit(ps) {
				return ps
			}
		}
		if ents := d.recentPair(si, kind, w == "sides"); fit(ents) {
			return ents // "A and B held talks in X. The two sides signed ..."
		}
		// "The US and the EU stepped back ... the two sides agreed": the
		// pair the sentence before opens with
		if ents := d.conjoinedPair(si); fit(ents) && d.ents[ents[0]].typ != newsgraph.Person && (w == "sides" || d.ents[ents[0]].typ == kind && d.ents[ents[1]].typ == kind) {
			return ents
		}
		if !firms {
			// else the pair last told as a pair, in it or the two
			// sentences before, not two firms of the sides' quarrel
			if ents := d.coordinatedPair(si, h); fit(ents) {
				return ents
			}
		}
		if ents := d.storyPair(si, kind); fit(ents) {
			return ents
		}
		if ents := d.lastTwo(si, h, kind, w == "sides", self); fit(ents) {
			return ents
		}
		// "TITLE A of X met B of Y. The two countries agreed": the
		// countries the two office holders serve, when the sentence
		// names no one of its own before them
		if kind == newsgraph.GPE && d.namedBefore(si, h) == 0 {
			if ps := d.recentPair(si, "", true); len(ps) == 2 && d.ents[ps[0]].typ == newsgraph.Person {
				if a, b := d.officeCountry(ps[0], false), d.officeCountry(ps[1], false); a >= 0 && b >= 0 && a != b {
					return []int{a, b}
				}
			}
		}
		// "Peru is servicing Danish ferries again ... the two sides
		// signed": the two countries the clause before tells, by name or
		// by adjective
		if kind == newsgraph.GPE || w == "sides" {
			if out := d.twoCountryEntsNear(si); out != nil {
				return out
			}
		}
	}
	if firms && hasDep(t, h, "the") && len(t.kids[h]) == 1 {
		// "A agreed a supply pact with B. The firms hope to
		// sign": the two firms of the deal or talks the story just told
		if ents := d.recentFirmPair(si); len(ents) == 2 {
			return ents
		}
	}
	if ents := d.saidTheySide(si, t, h); len(ents) >= 2 {
		return ents
	}
	if t.lw[h] == "government" && hasDep(t, h, "the") && len(t.kids[h]) == 1 {
		if c := d.governmentCountry(si); c >= 0 {
			return []int{c} // "X and the government signed": the country whose ministers the story quotes
		}
	}
	if p := d.titleOfThenName(si, t, h); p >= 0 {
		return []int{p}
	}
	if t.lw[h] == "two" && h > 0 && t.lw[h-1] == "the" {
		// "trading in both firms' stock stopped as the two
		// negotiated": the pair the sentence counted before
		for c := h - 2; c >= t.from; c-- {
			if _, ok := pairNouns[t.lw[c]]; ok && (hasDep(t, c, "both") || hasDep(t, c, "two")) {
				if ents := d.phrase(si, t, c, depth+1); len(ents) == 2 {
					return ents
				}
				break
			}
		}
	}
	if ents := d.parentFirm(si, t, h); len(ents) > 0 {
		return ents
	}
	for _, rf := range d.refs[si] {
		if rf.tok == h {
			if rf.kind == pair {
				return d.pairAt(si, h)
			}
			return rf.ents
		}
	}
	// "X, a Dutch lawyer who has held talks with Y,": the noun set off
	// after a person's name describes that person, however the parser hung it
	if h > 0 && t.noun(h) && (t.is(h, "appos", "list") || t.is(h, "conj") && t.dep(h, "cc") < 0) && t.head[h] >= 0 && t.head[h] < h {
		if det := t.dep(h, "det"); det >= 0 && (t.lw[det] == "a" || t.lw[det] == "an") && det > 0 && d.sents[si].tokens[det-1].text == "," {
			if m := d.mentionAt(si, t.head[h]); m != nil && m.j == det-1 && d.ents[m.ent].typ == newsgraph.Person {
				return d.mentionEnts(si, m)
			}
		}
	}
	// an apposition names the one a noun describes: "the head of the
	// central bank, Jane Roe,"
	for _, a := range t.deps(h, "appos") {
		if ents := d.phrase(si, t, a, depth+1); len(ents) > 0 {
			return ents
		}
	}
	// "his counterpart, Jane Roe,", "President Jane Roe": a title and the
	// name right after it are one person, however the parser hung them
	toks := d.sents[si].tokens
	if groupNouns[t.lw[h]] || lowerTitles[t.lw[h]] || titleHeads[toks[h].text] || relationNouns[t.lw[h]] {
		k := h + 1
		comma := k < len(toks) && toks[k].text == ","
		if comma {
			k++
		}
		for k < len(toks) && k <= h+9 {
			if m := d.mentionAt(si, k); m != nil {
				// "Minister of Foreign Affairs of Ruritania NAME": the
				// country the office is of belongs to the title
				if m.i != k || k == 0 || t.lw[k-1] != "of" || m.ent < 0 || d.ents[m.ent].typ != newsgraph.GPE || !d.x.gz.isCountry(d.ents[m.ent].name) {
					break
				}
				k = m.j
				continue
			}
			if !(toks[k].isCap() || toks[k].text == "of" && k+1 < len(toks) && toks[k+1].isCap() ||
				comma && (lowerTitles[t.lw[k]] || lowerTitleMods[t.lw[k]] || t.tag[k] == "JJ")) {
				break
			}
			k++ // more of the title: "Prime Minister", "Secretary of State", ", former prime minister"
		}
		if m := d.mentionAt(si, k); m != nil && m.i == k && d.ents[m.ent].typ == newsgraph.Person && !(comma && t.is(m.j-1, "nsubj")) {
			// (but "after talks with the crown prince, President X
			// said": a name after the comma that closes a fronted phrase
			// is the clause's subject, someone else)
			if t.tag[h] == "NNS" || t.tag[h] == "NNPS" || pluralTitles[toks[h].text] {
				// "Presidents A, B and C", "foreign ministers A and B": a
				// plural office names every person of the list after it
				out := []int{m.ent}
				for _, c := range t.conjuncts(m.j - 1)[1:] {
					if n := d.mentionAt(si, c); n != nil && n.ent >= 0 && d.ents[n.ent].typ == newsgraph.Person {
						out = append(out, n.ent)
					}
				}
				return uniq(out)
			}
			return []int{m.ent}
		}
	}
	// "French companies A, B and C", "UK bank X": a firm's kind and its
	// names, one phrase however the parser hung them
	if firmKind(t.lw[h]) && h+1 < len(toks) {
		if m := d.mentionAt(si, h+1); m != nil && m.i == h+1 && d.ents[m.ent].typ == newsgraph.Organization {
			var out []int
			for _, c := range t.conjuncts(m.j - 1) {
				if n := d.mentionAt(si, c); n != nil && d.ents[n.ent].typ == newsgraph.Organization {
					out = append(out, d.mentionEnts(si, n)...)
				}
			}
			if len(out) == 0 {
				out = d.mentionEnts(si, m)
			}
			return uniq(out)
		}
	}
	// "European stock market X has met Y" read with "stock" the head and
	// X hung on it with no preposition: the name the words before it
	// describe
	if t.noun(h) && t.tag[h] != "NNP" && !triggerAt(t, h) {
		for _, k := range t.deps(h, "nmod", "appos") {
			if m := d.mentionAt(si, k); k > h && k <= h+4 && m != nil && m.ent >= 0 && t.dep(k, "case") < 0 && d.ents[m.ent].typ == newsgraph.Organization {
				return d.mentionEnts(si, m)
			}
		}
	}
	// "his tour takes in X": the tour's owner
	if (visitNouns[t.lw[h]] || meetNouns[t.lw[h]]) && t.noun(h) && t.lw[h] != "appearance" {
		// (an appearance's owner stands for nobody: "X and Y hosted a
		// dinner, their first appearance" is no list of hosts)
		if p := t.dep(h, "nmod:poss"); p >= 0 {
			return d.phrase(si, t, p, depth+1)
		}
	}
	// a name inside the head's own words: "Kuwait's Crown Prince Saad"
	for _, k := range t.deps(h, "flat", "compound", "nmod:desc") {
		if m := d.mentionAt(si, k); m != nil && d.ents[m.ent].typ == newsgraph.Person {
			return d.mentionEnts(si, m)
		}
	}
	if n := groupCount(t, h); n >= 3 && crowdNouns[w] {
		// "the three leaders", "all four ministers": the sides of the
		// latest meeting the story told with that many
		for i := len(d.events) - 1; i >= 0; i-- {
			if e := d.events[i]; e.typ == newsgraph.Meeting && e.story == d.stories[si] && len(e.sources) > 0 && e.sources[0] <= si && len(e.people) == n {
				return e.people
			}
		}
	}
	if title, ok := strings.CutSuffix(w, "s"); ok && lowerTitles[title] && (hasDep(t, h, "both") || hasDep(t, h, "two")) {
		for _, k := range t.deps(h, "compound", "amod") {
			title = t.lw[k] + " " + title // "the two prime ministers": prime ministers only
		}
		if ps := d.titledPair(si, title); len(ps) == 2 {
			return ps // "the two mayors": the two the story gave that title
		}
	}
	if w == "pair" || w == "duo" || (w == "men" || w == "women" || w == "leaders") && (hasDep(t, h, "both") || hasDep(t, h, "two")) {
		if ofGroup(t, h) {
			return nil // "the two leaders of the opposition": a group of its own, not the story's pair
		}
		if ents := d.pairAt(si, h); len(ents) == 2 {
			return ents // "the pair met", "the two men"
		}
		// "A and B (firms) unveiled X. The duo signed": the two of any
		// kind the story just named together
	}
	// "a number of diplomats, including X", "a series of": the ones named
	if w == "number" || w == "series" || w == "group" || w == "round" || w == "host" || w == "couple" {
		var out []int
		for _, k := range t.deps(h, "nmod") {
			if p := t.prep(k); p == "of" || p == "including" {
				out = append(out, d.group(si, t, k)...)
			}
		}
		if len(out) > 0 {
			return uniq(out)
		}
	}
	if townPairNouns[w] && (t.dep(h, "nummod") >= 0 && t.lw[t.dep(h, "nummod")] == "two" || hasDep(t, h, "both")) {
		return d.lastTwoTowns(si, h) // "the two cities signed a twinning charter"
	}
	if _, ok := pairNouns[w]; (ok || firms) && (t.dep(h, "nummod") >= 0 && t.lw[t.dep(h, "nummod")] == "two" || hasDep(t, h, "both")) {
		typ := kind
		if ents := d.lastTwo(si, h, typ, w == "sides", self); len(ents) == 2 {
			return ents
		}
		if typ == newsgraph.GPE {
			// "X hosted Y, and the two countries signed": the leaders' countries
			var cs []int
			for _, rf := range d.refs[si] {
				if rf.tok < h && rf.kind == named && len(rf.ents) == 1 {
					if c := d.signerCountry(rf.ents[0]); c >= 0 {
						cs = uniq(append(cs, c))
					}
				}
			}
			if len(cs) < 2 {
				// "X's trade minister met Peruvian President Y, and the two
				// countries signed": the countries whose officials the
				// clause before names, by name or by their adjective
				cs = uniq(append(cs, d.officialsCountries(si, t, h)...))
			}
			if len(cs) == 2 {
				return cs
			}
		}
	}
	if ents := d.pluralSides(si, t, h); len(ents) > 0 && !slices.ContainsFunc(ents, func(e int) bool { return slices.Contains(self, e) }) {
		// "the trio", "the three firms", "both automakers": the ones of
		// that kind the story listed or named, as many as counted
		return ents
	}
	if stateNouns[w] {
		// "Norway has gas. The country signed a deal with Poland": the
		// one country the story just named
		if c := d.describedPlace(si, t, h); c >= 0 && d.soleCountryBefore(si, h, c) {
			return []int{c}
		}
	}
	if e := d.describedBody(si, h, -1); e >= 0 {
		if p := t.prep(h); (p == "with" || p == "between") && d.namedBefore(si, h) > 0 && d.nameInSentence(si, h, e) {
			// "X agreed terms with the company": another firm than X,
			// who agrees with itself in no story
			if o := d.describedBody(si, h, e); o >= 0 {
				return []int{o}
			}
			return nil
		}
		return []int{e} // "the German exchange", "the bank": the one the story names
	}
	if partitiveHead(t, h) && !t.is(h, "nummod") {
		// "three of its officers", "two of the ministers": the part
		// stands for whom the group is of
		for _, k := range t.deps(h, "nmod") {
			if k > h && t.prep(k) == "of" {
				return d.phrase(si, t, k, depth+1)
			}
		}
	}
	if localPolityNouns[w] && hasDep(t, h, "the") {
		// "a pact with the city of X": X's government
		for _, k := range t.deps(h, "nmod") {
			if m := d.mentionAt(si, k); k > h && t.prep(k) == "of" && m != nil && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.GPE {
				return d.mentionEnts(si, m)
			}
		}
	}
	// an office of a body ("its chairman", "the bank's directors") sits
	// for the body, one of a country told by its nationality ("the Saudi
	// crown prince", unnamed) for the country; of another place ("the
	// governors of three provinces") for no side the story names
	office := !groupNouns[w] && !delegateNouns[w] && (lowerTitles[w] && t.tag[h] == "NN" || lowerTitles[strings.TrimSuffix(w, "s")] && t.tag[h] == "NNS")
	if !groupNouns[w] && !office && !delegateNouns[w] {
		return nil // ("delegates from Chile": Chile's, as its officials)
	}
	if office {
		defer func() {
			res = slices.DeleteFunc(res, func(e int) bool {
				return d.ents[e].typ != newsgraph.Organization && !(d.ents[e].typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[e].name) && d.nationalityOf(si, t, h, e))
			})
		}()
	}
	// "Japanese business leaders" are people of a country's firms, not
	// its government: their nationality is no party
	private := privateNouns[w]
	for _, k := range t.deps(h, "compound") {
		private = private || sectorWords[t.lw[k]]
	}
	// "a German rival", "another French company": one firm of that
	// country, unnamed, not the country ("Japanese steel mills", an
	// industry, stand for it)
	if det := t.dep(h, "det"); det >= 0 && (t.lw[det] == "a" || t.lw[det] == "an" || t.lw[det] == "another") && oneFirmNouns[w] {
		private = true
	}
	var out []int
	if polityNouns[w] {
		for _, k := range t.deps(h, "nmod") {
			if t.prep(k) == "of" {
				for _, c := range t.conjuncts(k) {
					out = append(out, d.phrase(si, t, c, depth+1)...)
				}
			}
		}
		if len(out) > 0 {
			return uniq(out)
		}
	}
	for _, k := range t.kids[h] {
		switch {
		case t.is(k, "nmod") && t.prep(k) == "to" && delegateNouns[w]:
			// "delegates to the X council" sit in it; "a delegation to
			// Kenya" is sent there, and is no side of Kenya's
			for _, c := range t.conjuncts(k) {
				for _, e := range d.phrase(si, t, c, depth+1) {
					if d.assembly(e) || d.acronymBody(e) {
						out = append(out, e)
					}
				}
			}
		case t.is(k, "nmod") && (t.prep(k) == "of" || t.prep(k) == "from" || t.prep(k) == "at" || t.prep(k) == "for" || t.prep(k) == "including" || t.prep(k) == "to" && counselNouns[w]):
			// ("an adviser to X" counsels X; "an envoy to X" is sent to it)
			for _, c := range t.conjuncts(k) {
				out = append(out, d.phrase(si, t, c, depth+1)...)
			}
		case t.is(k, "nmod") && t.prep(k) == "in" && stateAgentNouns[w] && !private:
			// "officials in A, B and C": the governments of the countries
			// they serve in (a city or region there is no side)
			for _, c := range t.conjuncts(k) {
				if m := d.mentionAt(si, c); m != nil && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[m.ent].name) {
					out = append(out, m.ent)
				}
			}
		case t.is(k, "compound", "nmod:poss", "amod", "flat"):
			if m := d.mentionAt(si, k); m != nil && d.ents[m.ent].typ != newsgraph.Person {
				if d.tradeTown(si, t, k, h) {
					continue // "Zurich bankers": of firms based there, not of the town
				}
				out = append(out, m.ent)
				// "EU and Mercosur negotiators": the group is of every
				// body the modifier list names, the parser hanging the
				// later ones on the first
				for _, c := range t.conjuncts(k)[1:] {
					if n := d.mentionAt(si, c); c < h && n != nil && n.ent >= 0 && d.ents[n.ent].typ != newsgraph.Person && !hasDep(t, c, "or") {
						out = append(out, n.ent)
					}
				}
			} else if t.lw[k] == "its" && t.is(k, "nmod:poss") && ownPeople(w) {
				// "its officials met X", "its chairman held talks": the
				// body "its" stands for sits at the table through them
				out = append(out, d.phrase(si, t, k, depth+1)...)
			} else if c := d.demonymAt(si, k); c != "" && t.is(k, "amod", "compound") && !private {
				if ei := d.entByName(c); ei >= 0 {
					out = append(out, ei)
				} else {
					out = append(out, d.implied(c, newsgraph.GPE))
				}
			} else if t.is(k, "compound") && (groupNouns[t.lw[k]] || lowerTitleMods[t.lw[k]] && lowerTitles[w]) && !private {
				// "Japanese government officials": the nationality hung on
				// the body word the officials are of; "the ICGE executive
				// board": the body hung on the organ's first word; "the
				// Saudi crown prince": on the title's first word
				for _, a := range t.deps(k, "amod", "compound") {
					if m := d.mentionAt(si, a); m != nil && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Organization {
						out = append(out, m.ent)
					} else if c := d.demonymAt(si, a); c != "" {
						if ei := d.entByName(c); ei >= 0 {
							out = append(out, ei)
						} else {
							out = append(out, d.implied(c, newsgraph.GPE))
						}
					}
				}
			}
		}
	}
	if len(out) > 0 && h > t.from && d.x.gz.demonym[key(toks0(d, si, h-1))] != "" {
		// "Japanese and Chinese officials", "French, German and Dutch
		// ministers": every nationality of the list, however the parser
		// hung the first ones
		for k := h - 2; k >= t.from; k-- {
			w := toks0(d, si, k)
			if w == "and" || w == "," {
				continue
			}
			c := d.x.gz.demonym[key(w)]
			if c == "" || toks0(d, si, k+1) != "and" && toks0(d, si, k+1) != "," {
				break
			}
			if ei := d.entByName(c); ei >= 0 {
				out = append(out, ei)
			} else {
				out = append(out, d.implied(c, newsgraph.GPE))
			}
		}
	}
	return uniq(out)
}

// titledAfter is the person a body's name opens the title of, hung on
// that name by the parser ("Federal Reserve Board Chairman X cut ..."
// read with the board as the subject), or -1.
func (d *doc) titledAfter(si int, t *tree, m *mention, h int) int {
	if d.ents[m.ent].typ != newsgraph.Organization {
		return -1
	}
	toks := d.sents[si].tokens
	k := m.j
	for k < len(toks) && k <= m.j+2 && d.mentionAt(si, k) == nil && titleHeads[toks[k].text] {
		k++
	}
	if k == m.j {
		return -1
	}
	p := d.mentionAt(si, k)
	if p == nil || p.i != k || d.ents[p.ent].typ != newsgraph.Person || t.head[p.j-1] != h {
		return -1
	}
	return p.ent
}

// nationalityOf says whether country e is told as the nationality of the
// phrase headed by h: a word of the country's people among the words
// before h ("the Saudi crown prince", "the Egyptian minister").
func (d *doc) nationalityOf(si int, t *tree, h, e int) bool {
	for k := h - 1; k >= t.from && k >= h-4 && (t.tag[k] == "JJ" || strings.HasPrefix(t.tag[k], "NN")); k-- {
		if c := d.demonymAt(si, k); c != "" && sameState(c, d.ents[e].name) {
			return true
		}
	}
	return false
}

// governmentCountry is the country whose government a bare "the
// government" in sentence si is: the country that most of the
// ministers, presidents and premiers the story names serve. -1 when they
// serve none, or two as many.
func (d *doc) governmentCountry(si int) int {
	count := map[int]int{}
	for s := range d.sents {
		if d.stories[s] != d.stories[si] {
			continue
		}
		for _, mi := range d.bySent[s] {
			m := d.mentions[mi]
			if m.kind != named || m.ent < 0 || m.role == nil || m.role.former {
				continue
			}
			title := strings.ToLower(m.role.title)
			if !strings.Contains(title, "minister") && !strings.Contains(title, "president") && !strings.Contains(title, "premier") {
				continue
			}
			of := m.role.of
			if !d.x.gz.isCountry(of) {
				of = ""
				for _, w := range strings.Fields(m.role.title) {
					if c := d.x.gz.demonym[key(w)]; c != "" {
						of = c // "Ecuadorean Finance Minister"
					}
				}
			}
			if of == "" {
				continue
			}
			e := d.entByName(of)
			if e < 0 {
				e = d.implied(of, newsgraph.GPE)
			}
			count[e]++
		}
	}
	// the country most of them serve ("President X of A discussed it with
	// B's president"), none on a tie
	c, n, tie := -1, 0, false
	for e, k := range count {
		switch {
		case k > n:
			c, n, tie = e, k, false
		case k == n:
			tie = true
		}
	}
	if tie {
		return -1
	}
	return c
}

// saidTheySide is whom "they" at h stands for when it is the subject of
// what a coordinated subject, or one that counts two ("both companies",
// "the two firms"), says: in "A and B said they had agreed to merge"
// they are A and B. Nil for any other "they".
func (d *doc) saidTheySide(si int, t *tree, h int) []int {
	if t.lw[h] != "they" || !t.is(h, "nsubj") {
		return nil
	}
	v := t.head[h]
	if v < 0 || !t.is(v, "ccomp") {
		return nil
	}
	say := t.head[v]
	if say < 0 || !sayVerbs[t.lw[say]] {
		return nil
	}
	s := t.dep(say, "nsubj")
	if s < 0 || s > h {
		return nil
	}
	if len(t.conjuncts(s)) < 2 {
		// "Both companies said they had signed": the pair the subject
		// stands for
		if ents := d.phrase(si, t, s, 1); len(ents) == 2 && t.noun(s) && (hasDep(t, s, "both") || hasDep(t, s, "two")) {
			return ents
		}
		return nil
	}
	return d.group(si, t, s)
}

// itAndSubject reads "X said it and Y signed" at verb v, which the parser
// breaks into "X said it" and "Y signed": the subject of v is "it" (the
// body that says so) and Y. Nil unless the words before v are a verb of
// saying, "it and" and one name (brackets allowed: "it and <Y>").
func (d *doc) itAndSubject(si int, t *tree, v int) []int {
	toks := d.sents[si].tokens
	k := v - 1
	if k >= 0 && toks[k].text == ">" {
		k--
	}
	m := d.mentionAt(si, k)
	if m == nil || m.j != k+1 || m.ent < 0 {
		return nil
	}
	a := m.i - 1
	if a >= 0 && toks[a].text == "<" {
		a--
	}
	if a < 2 || t.lw[a] != "and" || t.lw[a-1] != "it" || !sayVerbs[t.lw[a-2]] {
		return nil
	}
	typ := d.ents[m.ent].typ
	if typ != newsgraph.Organization && !(typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[m.ent].name)) {
		return nil
	}
	it := d.bodyBefore(si, a-1)
	if len(it) == 0 {
		return nil
	}
	return uniq(append(it, m.ent))
}

// commaBefore says whether a comma comes right before the preposition of
// phrase k: the phrase is set off from the noun it hangs on.
func commaBefore(t *tree, k int) bool {
	c := t.dep(k, "case")
	return c > 0 && t.lw[c-1] == ","
}

func toks0(d *doc, si, k int) string { return d.sents[si].tokens[k].text }

// address says whether place mention m tells where a firm named beside it
// is based rather than standing for a side: a city or state set off after
// a firm's name ("X Ltd, Osaka, Japan", "X Inc, Tamarack, Calif."), a
// country after such a city or after "of" ("X A.G., of Austria"), or a
// place before "-based" ("Danbury, Vermont-based Y"). For the last it
// gives the one so based, whom the phrase stands for.
func (d *doc) address(si int, m *mention) (bool, []int) {
	if m.ent < 0 || !d.isPlace(m.ent) {
		return false, nil
	}
	toks := d.sents[si].tokens
	// "-based" after the place, or after a second place set off after it
	k := m.j
	for n := 0; n < 6 && k < len(toks); n++ {
		if w := strings.ToLower(toks[k].text); w == "based" || w == "-based" {
			if k > m.j && toks[k-1].text != "-" && !strings.HasSuffix(toks[k-1].text, "-") && w == "based" {
				break
			}
			for j := k + 1; j < len(toks) && j <= k+6; j++ {
				if o := d.mentionAt(si, j); o != nil && o.i == j && !d.isPlace(o.ent) {
					return true, []int{o.ent}
				}
			}
			return true, nil
		}
		if o := d.mentionAt(si, k); o != nil && o.i == k && d.isPlace(o.ent) {
			k = o.j
			continue
		}
		if toks[k].text == "," || toks[k].text == "-" {
			k++
			continue
		}
		// "Youngstown, Ohio, shopping center developer X": the city of a
		// person a lower-case description then names
		if k > m.j && toks[k-1].text == "," && !d.x.gz.isCountry(d.ents[m.ent].name) {
			j := k
			for j < len(toks) && j < k+4 && (strings.HasPrefix(toks[j].pos, "NN") || strings.HasPrefix(toks[j].pos, "JJ") || toks[j].pos == "VBG") && !toks[j].isCap() {
				j++
			}
			if o := d.mentionAt(si, j); j > k && o != nil && o.i == j && d.ents[o.ent].typ == newsgraph.Person {
				return true, []int{o.ent}
			}
		}
		break
	}
	// set off after a firm's name (through the places of the same address)
	country := d.x.gz.isCountry(d.ents[m.ent].name)
	k = m.i - 1
	of := k >= 0 && strings.EqualFold(toks[k].text, "of")
	if of {
		k--
	}
	city := false // set off after a city already: "X Ltd, Osaka, Japan"
	for k >= 1 && toks[k].text == "," {
		prev := d.mentionEndingAt(si, k-1)
		if prev == nil || prev.ent < 0 {
			return false, nil
		}
		switch {
		case d.ents[prev.ent].typ == newsgraph.Organization:
			return of || city || !country, nil
		case d.isPlace(prev.ent) && !d.x.gz.isCountry(d.ents[prev.ent].name) && !of:
			k, city = prev.i-1, true // on to what the city is set off after
		default:
			return false, nil
		}
	}
	return false, nil
}

// peopleOf is the country a people named by its plural ("the Peruvians",
// "the Swiss") stands for as a side, or -1. Only a country the story names:
// else the people may be any of its nationals (players, tourists), no
// state at talks.
func (d *doc) peopleOf(si int, t *tree, h int) int {
	if t.is(h, "amod", "compound", "flat") || !hasDep(t, h, "the") || len(t.kids[h]) > 2 || !d.sents[si].tokens[h].isCap() {
		return -1
	}
	w := d.sents[si].tokens[h].text
	c := d.x.gz.demonym[key(w)]
	if c == "" && strings.HasSuffix(w, "s") {
		c = d.x.gz.demonym[key(strings.TrimSuffix(w, "s"))]
	}
	if c == "" || !d.x.gz.isCountry(c) {
		return -1
	}
	// and only a country the story tells acting as a state, by an
	// official of its or as a side of an event already told: "Italy beat
	// Wales ... the Italians travel to Edinburgh" is a team's trip
	ei := d.entByName(c)
	for pi, p := range d.ents {
		if p.typ != newsgraph.Person || d.officeCountryOf(pi) != c {
			continue
		}
		for _, mi := range p.mentions {
			if d.stories[d.mentions[mi].sent] == d.stories[si] {
				if ei < 0 {
					ei = d.implied(c, newsgraph.GPE) // "Nigerian Finance Minister X": the state his title names
				}
				return ei
			}
		}
	}
	for _, e := range d.events {
		if ei >= 0 && e.story == d.stories[si] && (slices.Contains(e.people, ei) || slices.Contains(e.places, ei)) {
			return ei
		}
	}
	return -1
}

// demonymAt is the country the nationality word at k names, read with the
// capitalised word before it where the two name one ("West German", "South
// Korean": not Germany, not Korea), or "".
func (d *doc) demonymAt(si, k int) string {
	toks := d.sents[si].tokens
	if k > 0 && toks[k-1].isCap() {
		if c := d.x.gz.demonym[key(toks[k-1].text+" "+toks[k].text)]; c != "" {
			return c
		}
	}
	return d.x.gz.demonym[key(toks[k].text)]
}

func t0(d *doc, si, k int) string { return strings.ToLower(d.sents[si].tokens[k].text) }

func hasDep(t *tree, h int, w string) bool {
	for _, k := range t.kids[h] {
		if t.lw[k] == w {
			return true
		}
	}
	return false
}

// bodyBefore is the firm, body or country "it" stands for: the last one
// named before it in the sentence, else the first one named in the
// sentences before (their subject, most often).
func (d *doc) bodyBefore(si, h int) []int {
	// "The Swiss exchange said it would ...": the body a description
	// before it stands for, when no name stands between
	for k := h - 1; k >= 0 && k >= h-8; k-- {
		if d.mentionAt(si, k) != nil {
			break
		}
		if e := d.describedBody(si, k, -1); e >= 0 {
			return []int{e}
		}
		if k+1 < h && sayVerbs[t0(d, si, k+1)] && bodyNoun(strings.ToLower(t0(d, si, k))) {
			return nil // "the Swiss exchange said it": whom the story does not name
		}
	}
	for s := si; s >= 0 && s >= si-3 && d.stories[s] == d.stories[si]; s-- {
		ms := d.bySent[s]
		best := -1
		for _, mi := range ms {
			m := d.mentions[mi]
			if m.kind != named || m.ent < 0 || s == si && m.i >= h {
				continue
			}
			if typ := d.ents[m.ent].typ; typ == newsgraph.Organization || typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[m.ent].name) {
				best = m.ent
				if s != si {
					break // the first of an earlier sentence
				}
			}
		}
		if best >= 0 {
			return []int{best}
		}
	}
	return nil
}

// bodyNouns name a firm or body by its kind: "the exchange", "the German
// bank", "the carmaker".
func bodyNoun(w string) bool {
	return firmNouns[w] || w == "exchange" || w == "bourse" || w == "group" || w == "carrier" || w == "organisation" || w == "organization" || w == "agency" || w == "union" || w == "cartel"
}

// interstateNouns name a union of states by its kind: "the bloc", "the
// alliance", "the cartel" (and "the world body").
var interstateNouns = set("bloc", "alliance", "cartel", "grouping")

// interstateAcronyms are unions of states the press names by letters
// that do not spell what they are.
var interstateAcronyms = set("NATO", "OPEC", "OECD", "BRICS", "ASEAN", "APEC", "Mercosur", "Quad", "ECOWAS", "SADC", "CARICOM", "GCC")

// unionRegions open the names of the unions of a region's states
// ("European Union", "African Union"), not of a trade's workers.
var unionRegions = set("European", "African", "Eurasian", "Arab", "Asian", "Nordic", "Andean", "Caribbean", "Latin", "Pacific")

// interstateName says whether a body's name (or the full name of its
// acronym) says it is a union of states: "European Union", "United
// Nations", "Organization of American States", "Group of Seven".
func interstateName(name string) bool {
	if interstateAcronyms[name] {
		return true
	}
	if full, ok := knownOrgs[name]; ok {
		name = full
	}
	f := strings.Fields(name)
	if len(f) >= 2 && f[0] == "Group" && f[1] == "of" {
		return true
	}
	for i, w := range f {
		switch w {
		case "Nations", "Countries", "States", "Treaty", "Community", "Cooperation", "Co-operation":
			return true
		case "Union":
			if i > 0 && unionRegions[f[0]] {
				return true
			}
		}
	}
	return false
}

// holdsMods says whether body e's name holds the nouns that qualify a
// public body's kind noun w at words [from, k): "the port authority" is
// no transport authority, "the finance ministry" no foreign ministry.
func (d *doc) holdsMods(e int, toks []token, from, k int, w string) bool {
	if !stateBodyNouns[w] {
		return true
	}
	for p := max(from, 0); p < k; p++ {
		if toks[p].pos != "NN" && toks[p].pos != "NNS" {
			continue
		}
		if !slices.Contains(d.ents[e].tokens, strings.ToLower(toks[p].text)) {
			return false
		}
	}
	return true
}

// stateBodyNouns name a state's or a public body by its kind ("the
// ministry", "the commission"): a description of the one body the story
// names with that word, never a guess at another.
var stateBodyNouns = set("ministry", "department", "commission", "council", "committee", "authority", "federation", "association", "fund", "institute", "bureau")

// describedBody is the organisation a definite description at token k
// ("the exchange", "the German carmaker") stands for: of the bodies the
// story names in the four sentences up to it, the one whose name holds
// the noun ("the exchange" for the Oslo Stock Exchange), else, for a
// firm's kind ("the company", "the bank"), the first one the nearest of
// those sentences names (its subject, most often). A
// country's adjective rules out a body named after another country, and
// except (-1 for none) is not one of them. -1 when the words at k are no
// such description or nothing fits.
func (d *doc) describedBody(si, k, except int) int {
	toks := d.sents[si].tokens
	w := strings.ToLower(toks[k].text)
	union := interstateNouns[w] || w == "body" && k > 0 && (strings.EqualFold(toks[k-1].text, "world") || strings.EqualFold(toks[k-1].text, "global"))
	if !bodyNoun(w) && !stateBodyNouns[w] && !union || k+1 < len(toks) && (toks[k+1].isCap() || toks[k+1].text == "of") {
		return -1 // "the bank Halden", "the group of seven": named or qualified otherwise
	}
	country := ""
	p := k - 1
	limit := k - 3
	ranked := false
	for ; p >= 0 && p >= limit; p-- {
		lw := strings.ToLower(toks[p].text)
		if lw == "the" || lw == "this" {
			break
		}
		if (lw == "'s" || lw == "\u2019s") && p >= 2 && strings.EqualFold(toks[p-1].text, "world") && strings.EqualFold(toks[p-2].text, "the") {
			// "the world's biggest carmaker": a rank, not a possessor
			p -= 2
			ranked = true
			break
		}
		if lw == "based" && p >= 2 && toks[p-1].text == "-" && toks[p-2].isCap() {
			// "the Osaka-based company": where it sits, not which
			p -= 2
			limit -= 3
			continue
		}
		if c := d.x.gz.demonym[key(toks[p].text)]; c != "" && country == "" {
			country = c
			continue
		}
		if toks[p].isCap() || toks[p].pos != "JJ" && toks[p].pos != "NN" {
			return -1
		}
	}
	if p < 0 || p < limit && !ranked || d.mentionAt(si, k) != nil {
		return -1
	}
	if from, _ := d.datelineOf(si); limit < k-3 && p != from {
		return -1 // a seat told of a body only opening its sentence: "The Lyon-based group said ..."
	}
	foreign := func(e int) bool {
		if country == "" {
			return false
		}
		for _, x := range d.ents[e].tokens {
			if c := d.nameCountry(x); c != "" && c != country {
				return true
			}
		}
		return false
	}
	var holders []int // bodies whose name holds the noun
	var unions []int  // unions of states, for "the bloc"
	var ours []int    // bodies whose name says they are of the adjective's country
	var open []int    // bodies whose name says no country
	first := -1       // the first body of the nearest sentence naming one
	firstSent := -1
	alone := true // the nearest sentence naming a body names no other
	for s := si; s >= 0 && s >= si-4 && d.stories[s] == d.stories[si]; s-- {
		for _, mi := range d.bySent[s] {
			m := d.mentions[mi]
			if m.kind != named || m.ent < 0 || s == si && m.i >= k || d.ents[m.ent].typ != newsgraph.Organization || foreign(m.ent) || m.ent == except {
				continue
			}
			if firmNouns[w] && stateBodyName(d.ents[m.ent].name) {
				continue // "the company" is no court, ministry or parliament
			}
			if firmNouns[w] && !mediaWords[w] && d.newsOutlet(m.ent) {
				continue // nor the paper a source talked to
			}
			if first < 0 {
				first, firstSent = m.ent, s
			} else if s == firstSent && m.ent != first {
				alone = false
			}
			if country != "" {
				if d.ofCountry(m.ent, country) {
					ours = uniq(append(ours, m.ent))
				} else {
					open = uniq(append(open, m.ent))
				}
			}
			for _, x := range d.ents[m.ent].tokens {
				if (x == w || x == "organization" && w == "organisation" || x == "organisation" && w == "organization") && d.holdsMods(m.ent, toks, p+1, k, w) {
					holders = uniq(append(holders, m.ent))
				}
			}
			if union && interstateName(d.ents[m.ent].name) {
				unions = uniq(append(unions, m.ent))
			}
		}
	}
	switch {
	case len(holders) == 1:
		return holders[0]
	case len(holders) == 0 && union && len(unions) == 1:
		return unions[0] // "the bloc", "the world body": the one union of states the story names
	case country != "" && len(ours) == 1:
		return ours[0]
	case country != "":
		// "the German exchange" with no body named as German: the one
		// body named no country's, if only one is
		if len(ours) == 0 && len(open) == 1 {
			return open[0]
		}
	case len(holders) == 0 && (firmNouns[w] || w == "exchange" || w == "bourse" || w == "carrier"):
		return first // "the group", "the agency" name too many kinds of body to guess
	case len(holders) == 0 && w == "group" && limit < k-3:
		return first // but "the Osaka-based group" is a firm's seat
	case len(holders) == 0 && w == "group" && first >= 0 && alone && firmName(d.ents[first].name):
		// and so is the one body the sentence before names, when its name
		// says it is a firm ("X Corp ... the group")
		return first
	}
	return -1
}

// firmName says whether a body's name ends in the word that makes a firm
// ("Corp", "Holdings", "Motors"): what "the group" may stand for, where
// the kind of group a name leaves open (a rebel group, a lobby) may not.
func firmName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	w := f[len(f)-1]
	return corpSuffixes[w] || designators[w] && w != "Board" || firmEnds[w] || firmHeads[w]
}

// stateHeads end the names of a state's courts, houses and offices.
var stateHeads = set("Court", "Congress", "Senate", "Parliament", "Assembly", "Ministry", "Department", "Commission",
	"Council", "Committee", "Tribunal", "Police", "Army", "Navy", "Government")

// stateBodyName says whether a body's name ends in one of stateHeads.
func stateBodyName(name string) bool {
	f := strings.Fields(name)
	return len(f) > 0 && stateHeads[f[len(f)-1]]
}

// nameCountry is the country a word of a name says: its adjective
// ("German") or a place of it ("London"), else "".
func (d *doc) nameCountry(w string) string {
	if c := d.x.gz.demonym[key(w)]; c != "" {
		return c
	}
	return d.x.gz.countryOf(w)
}

// ofCountry says whether a word of entity e's name says country.
func (d *doc) ofCountry(e int, country string) bool {
	for _, x := range d.ents[e].tokens {
		if d.nameCountry(x) == country {
			return true
		}
	}
	return false
}

// agentAfterTitle is the person named right after the body at token c and
// a lower-case title ("Brookfield Heights principal Mark Dowling",
// "Dunmore boss X"): the one who acts for it, whom the parser may cut
// off the list the body is in.
func (d *doc) agentAfterTitle(si, c int) []int {
	m := d.mentionAt(si, c)
	toks := d.sents[si].tokens
	if m == nil || m.j != c+1 || d.ents[m.ent].typ != newsgraph.Organization || m.j+1 >= len(toks) || !lowerTitles[toks[m.j].text] && !schoolHeads[toks[m.j].text] {
		return nil
	}
	if p := d.mentionAt(si, m.j+1); p != nil && p.i == m.j+1 && d.ents[p.ent].typ == newsgraph.Person {
		return []int{p.ent}
	}
	return nil
}

// schoolHeads lead a school or college: "X High principal Y".
var schoolHeads = set("principal", "headteacher", "headmaster", "headmistress", "dean", "rector", "provost", "superintendent")

// cityOfOther says whether one of entities a and b is a city or region
// in the other, a country: "Doha" and "Qatar".
func (d *doc) cityOfOther(a, b int) bool {
	in := func(x, y int) bool {
		ex, ey := d.ents[x], d.ents[y]
		return ex.typ == newsgraph.GPE && ey.typ == newsgraph.GPE && !d.x.gz.isCountry(ex.name) && d.x.gz.isCountry(ey.name) && d.x.gz.countryOf(ex.name) == ey.name
	}
	return in(a, b) || in(b, a)
}

// placeAppositive says whether the name at token c names the place the
// noun before its comma describes ("in the Ruritanian capital, Strelsau,"),
// which the parser may join to a list of sides.
func (d *doc) placeAppositive(si, c int) bool {
	m := d.mentionAt(si, c)
	if m == nil || !d.isPlace(m.ent) || m.i < 2 {
		return false
	}
	toks := d.sents[si].tokens
	return toks[m.i-1].text == "," && placeNouns[strings.ToLower(toks[m.i-2].text)]
}

// proposalNouns are what one side puts to another, which agreeing to
// makes an agreement with it.
var proposalNouns = set("proposal", "proposals", "offer", "plan", "terms", "demand", "demands", "request", "formula")

// proposer is who made the proposal noun o names: its possessor ("X's
// offer"), its "by" or "from" phrase, or the country of its adjective ("a
// Ruritanian proposal").
func (d *doc) proposer(si int, t *tree, o int) []int {
	var out []int
	for _, k := range t.kids[o] {
		switch {
		case t.is(k, "nmod:poss") && !strings.HasPrefix(t.tag[k], "PRP"):
			out = append(out, d.group(si, t, k)...)
		case t.is(k, "nmod") && (t.prep(k) == "by" || t.prep(k) == "from"):
			out = append(out, d.group(si, t, k)...)
		case t.is(k, "amod") && d.mentionAt(si, k) == nil:
			if c := d.x.gz.demonym[key(t.lw[k])]; c != "" && d.x.gz.isCountry(c) {
				out = append(out, d.implied(c, newsgraph.GPE))
			}
		}
	}
	var sides []int
	for _, e := range out {
		if typ := d.ents[e].typ; typ == newsgraph.Organization || typ == newsgraph.Person || typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[e].name) {
			sides = append(sides, e)
		}
	}
	return uniq(sides)
}

// soldPart reads a firm selling a part of itself to another as their
// deal: "X said it would sell its printer unit to Y", "X has sold its
// stake in Z to Y". Only the firm's own part or a firm named (not goods,
// not shares to the public) and only to a firm.
func (d *doc) soldPart(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Agreement, t: k, light: -1, carrier: -1, loc: -1}
	if !t.verb(k) || !sellVerb(t.lw[k]) || k < t.from || t.negatedAt(k) || t.dep(k, "nsubj:pass") >= 0 || t.dep(k, "aux:pass") >= 0 {
		return f, false
	}
	for h, n := t.head[k], 0; h >= 0 && n < 3; h, n = t.head[h], n+1 {
		if t.noun(h) && agreeNouns[t.lw[h]] {
			return f, false // "reached an agreement to sell its assets to Y": the agreement's, read at the noun
		}
		if offerHeads[t.lw[h]] {
			return f, false // "is considering selling its unit to Y", "offered to sell": no sale made
		}
	}
	o := t.dep(k, "obj")
	if o < 0 {
		return f, false
	}
	if m := d.mentionAt(si, o); !firmParts[t.lw[o]] && (m == nil || d.ents[m.ent].typ != newsgraph.Organization) {
		return f, false
	}
	for _, e := range d.subjectOf(si, t, k) {
		if d.ents[e].typ == newsgraph.Organization {
			f.agents = append(f.agents, e)
		}
	}
	var buyers []int
	tos := append(t.deps(k, "obl"), t.deps(o, "nmod")...)
	for _, x := range t.deps(k, "obl") {
		tos = append(tos, t.deps(x, "conj")...) // "its unit, with sales of X, to Y": the parser lists "to Y" with the aside
	}
	for _, x := range t.deps(o, "nmod") {
		tos = append(tos, t.deps(x, "nmod")...) // "its stake in the mine to Y" with "to Y" hung on the mine
	}
	for _, x := range tos {
		if t.prep(x) != "to" {
			continue
		}
		for _, e := range d.group(si, t, x) {
			if d.ents[e].typ == newsgraph.Organization && !slices.Contains(f.agents, e) {
				buyers = append(buyers, e)
			}
		}
	}
	if len(f.agents) == 0 || len(buyers) == 0 {
		return f, false
	}
	f.others = [][]int{buyers}
	if stakeNouns[t.lw[o]] || firmParts[t.lw[o]] {
		// "sold its stake in X to Y": X, whose part changes hands, is
		// a side with the seller and the buyer
		for _, e := range d.stakeFirms(si, t, o) {
			if !slices.Contains(f.agents, e) && !slices.Contains(buyers, e) {
				f.others = append(f.others, []int{e})
			}
		}
	}
	if h := t.head[k]; h >= 0 && t.verb(h) && t.is(k, "advcl", "xcomp") {
		if o := t.dep(h, "obj"); o >= 0 && t.noun(o) && agreeNouns[t.lw[o]] {
			f.light = h // "reached an agreement to sell its assets to Y": made as the agreement is
		}
	}
	if f.status, f.drop = d.frameStatus(t, &f); f.drop || wishedFor(t, k) {
		return f, false
	}
	if h := t.head[k]; f.status == newsgraph.Planned && h >= 0 && t.is(k, "xcomp") && agreeVerbs[t.lw[h]] && agreedDone(t, h) {
		f.status = newsgraph.Happened // "has agreed to sell its unit to Y": the agreement is made, the sale to come
	}
	return f, true
}

// agreedDone says whether verb v is told as done (an agreement, a
// hosting, a signing): "agreed", "has agreed", "had agreed"; not "will
// agree", "is to agree".
func agreedDone(t *tree, v int) bool {
	if t.tag[v] == "VBD" && t.dep(v, "aux") < 0 {
		return true
	}
	if t.tag[v] != "VBN" {
		return false
	}
	for _, x := range t.deps(v, "aux") {
		switch t.lw[x] {
		case "has", "have", "had", "'ve":
			return true
		}
	}
	return false
}

// joinedForces reads sides joining forces as their agreement: "A and B
// are joining forces to develop X", "A joined forces with B", "A teamed
// up with B in a joint venture".
func (d *doc) joinedForces(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Agreement, t: k, light: -1, carrier: -1, loc: -1}
	teamed := (t.lw[k] == "teamed" || t.lw[k] == "team" || t.lw[k] == "teams" || t.lw[k] == "teaming") && hasDep(t, k, "up")
	if !t.verb(k) || !joinVerbs[t.lw[k]] && !teamed || k < t.from || t.negatedAt(k) {
		return f, false
	}
	if o := t.dep(k, "obj"); !teamed && (o < 0 || t.lw[o] != "forces" || t.dep(o, "det", "nmod:poss", "amod", "compound") >= 0) {
		return f, false // ("joined the forces", "joined rebel forces": an army; "teamed up with Y" is joining forces)
	}
	side := func(e int) bool {
		typ := d.ents[e].typ
		return typ == newsgraph.Organization || typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[e].name)
	}
	for _, e := range d.subjectOf(si, t, k) {
		if side(e) {
			f.agents = append(f.agents, e)
		}
	}
	var with []int
	for _, x := range append(t.deps(k, "obl"), t.deps(t.dep(k, "obj"), "nmod")...) {
		if t.prep(x) == "with" {
			for _, e := range d.group(si, t, x) {
				if side(e) {
					with = append(with, e)
				}
			}
		}
	}
	if len(with) > 0 {
		f.others = [][]int{with}
	}
	if len(uniq(append(append([]int{}, f.agents...), with...))) < 2 {
		return f, false
	}
	if f.status, f.drop = d.frameStatus(t, &f); f.drop || wishedFor(t, k) {
		return f, false
	}
	return f, true
}

// moveDoneVerbs make a player's move: "completed his move to X",
// "sealed a switch to Y", "agreed a transfer to Z".
var moveDoneVerbs = set("complete", "completes", "completed", "completing", "seal", "seals", "sealed", "sealing", "secure",
	"secures", "secured", "securing", "finalise", "finalised", "finalize", "finalized", "clinch", "clinched", "agree", "agreed",
	"agrees", "earn", "earned", "earns", "seal", "wrap", "wrapped")

// playerMove reads a player's change of club as his agreement with the
// club he joins: "X completed his move to Y", "X sealed a switch to Y",
// "X signed for Y on a three-year contract". The club is the name the
// "to" or "for" phrase gives, whatever type the recogniser made of a club
// named after its town; never a country ("moved to Spain").
func (d *doc) playerMove(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Agreement, t: k, light: -1, carrier: -1, loc: -1}
	if !t.verb(k) || k < t.from || t.negatedAt(k) || t.is(k, "amod", "compound") {
		return f, false
	}
	var to []int // the phrases naming the club
	switch {
	case moveDoneVerbs[t.lw[k]]:
		o := t.dep(k, "obj")
		if o < 0 || !t.noun(o) || !moveNouns[t.lw[o]] {
			return f, false
		}
		for _, x := range append(t.deps(o, "nmod"), t.deps(k, "obl")...) {
			if t.prep(x) == "to" {
				to = append(to, x)
			}
		}
	case joinVerbs[t.lw[k]] && t.dep(k, "obj") >= 0:
		// "X joined Y on a free transfer", "on loan", "on a three-year
		// deal": the terms say a club, not a gathering, was joined
		terms := false
		for _, x := range t.deps(k, "obl") {
			if t.prep(x) == "on" && (moveNouns[t.lw[x]] || dealNouns[t.lw[x]]) {
				terms = true
			}
		}
		if !terms {
			return f, false
		}
		to = append(to, t.dep(k, "obj"))
	case signWords[t.lw[k]] && t.dep(k, "obj") < 0:
		// "signed for Y": a player's, when the story says he is one
		// (his trade, a contract he signed on) — "signed for the
		// company" is signing on its behalf
		terms := false
		for _, x := range t.deps(k, "obl") {
			switch t.prep(x) {
			case "for":
				to = append(to, x)
			case "on", "until":
				terms = terms || dealNouns[t.lw[x]] || t.lw[x] == "contract" || t.lw[x] == "loan" || t.lw[x] == "deal"
			}
		}
		if !terms && !d.playerSubject(si, t, k) {
			return f, false
		}
	default:
		return f, false
	}
	var player []int
	for _, e := range d.subjectOf(si, t, k) {
		if d.ents[e].typ == newsgraph.Person {
			player = append(player, e)
		}
	}
	if len(player) != 1 {
		return f, false
	}
	var club []int
	for _, x := range to {
		m := d.mentionAt(si, x)
		if m == nil || m.ent < 0 || m.ent == player[0] || m.j != x+1 {
			continue
		}
		if e := d.ents[m.ent]; e.typ == newsgraph.GPE && (d.x.gz.isCountry(e.name) || m.j-m.i == 1) || e.typ == newsgraph.Person && m.j-m.i == 1 {
			continue // "moved to Spain", "a switch to Lyon" alone is a town
		}
		club = append(club, m.ent)
	}
	if len(club) != 1 {
		return f, false
	}
	f.agents, f.others = player, [][]int{club}
	if f.status, f.drop = d.frameStatus(t, &f); f.drop || wishedFor(t, k) {
		return f, false
	}
	// the club a player joins is a body, whatever the recogniser made of
	// a name it did not know ("Olympique X" read as a person's)
	d.ents[club[0]].typ = newsgraph.Organization
	return f, true
}

// tieVerbs bind a player to a club by a contract: "tied X to a new deal".
var tieVerbs = set("tie", "ties", "tied", "tying")

// tiedDeal is the contract or deal verb k ties someone to ("tied X to a
// new four-year contract"), or -1.
func tiedDeal(t *tree, k int) int {
	if k < 0 || !t.verb(k) || !tieVerbs[t.lw[k]] {
		return -1
	}
	for _, x := range t.deps(k, "obl") {
		if t.prep(x) == "to" && playerDeals[t.lw[x]] {
			return x
		}
	}
	return -1
}

// tiedToDeal reads a club tying a player to a contract as their
// agreement, in either voice: "Y tied X to a new four-year contract", "X
// has been tied to a new deal by Y". The contract noun is read here, not
// as an agreement of its own (see frames).
func (d *doc) tiedToDeal(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Agreement, t: k, light: -1, carrier: -1, loc: -1}
	n := tiedDeal(t, k)
	if n < 0 || k < t.from || t.negatedAt(k) {
		return f, false
	}
	of := func(h int, typ newsgraph.EntityType) []int {
		var out []int
		for _, e := range d.group(si, t, h) {
			if d.ents[e].typ == typ || typ == newsgraph.Organization && d.ents[e].typ == newsgraph.GPE && !d.x.gz.isCountry(d.ents[e].name) {
				out = append(out, e)
			}
		}
		return out
	}
	var players, clubs []int
	if sp := t.dep(k, "nsubj:pass"); sp >= 0 || t.dep(k, "aux:pass") >= 0 {
		if sp < 0 {
			sp = t.dep(k, "nsubj")
		}
		if sp >= 0 {
			players = of(sp, newsgraph.Person)
		}
		for _, b := range append(t.deps(k, "obl:agent", "obl"), t.deps(n, "nmod")...) {
			if t.is(b, "obl:agent") || t.prep(b) == "by" {
				clubs = append(clubs, of(b, newsgraph.Organization)...)
			}
		}
	} else {
		for _, e := range d.subjectOf(si, t, k) {
			if typ := d.ents[e].typ; typ == newsgraph.Organization || typ == newsgraph.GPE && !d.x.gz.isCountry(d.ents[e].name) {
				clubs = append(clubs, e)
			}
		}
		if o := t.dep(k, "obj"); o >= 0 {
			players = of(o, newsgraph.Person)
		}
	}
	if len(players) == 0 || len(clubs) == 0 {
		return f, false
	}
	f.agents, f.others = uniq(players), [][]int{uniq(clubs)}
	if f.status, f.drop = d.frameStatus(t, &f); f.drop || wishedFor(t, k) {
		return f, false
	}
	return f, true
}

// playerSubject says whether the subject of verb v is told as a player:
// "striker X", "the Ghanaian midfielder".
func (d *doc) playerSubject(si int, t *tree, v int) bool {
	s := t.dep(v, "nsubj")
	if s < 0 {
		return false
	}
	for k := firstOf(t, s); k <= s; k++ {
		if playerPositions[t.lw[k]] || describedPersonNouns[t.lw[k]] {
			return true
		}
	}
	return false
}

// takeForms are the forms of "take", a purchase with "over": "X took
// over Y", "Y was taken over by X".
var takeForms = set("take", "takes", "took", "taken", "taking")

// buyVerb says whether w is a form of buying a firm outright.
func buyVerb(w string) bool {
	return strings.HasPrefix(w, "buy") || w == "bought" || strings.HasPrefix(w, "acquir") || strings.HasPrefix(w, "purchas")
}

// offerHeads only try or mean to buy: "offered to buy X", "a bid to
// acquire X", "sought to buy X" tell no deal made.
var offerHeads = set("offer", "offers", "offered", "offering", "bid", "bids", "seek", "seeks", "sought", "seeking", "try",
	"tries", "tried", "trying", "attempt", "attempts", "attempted", "propose", "proposes", "proposed", "proposal",
	"consider", "considers", "considered", "considering", "want", "wants", "wanted", "hope", "hopes", "hoped", "refuse",
	"refused", "fail", "failed", "interest", "interested", "effort", "efforts", "move", "plot", "threat", "threatened",
	"tipped", "poised", "keen", "eager", "rumoured", "rumored", "likely", "favourite", "favorite")

// boughtFirm reads a firm buying another as their deal: "X bought
// Australian firm Y", "X announced it was to buy software maker Y", "X
// bought the stake from Y", "Y was acquired by X". An offer or a bid to
// buy is none, and a purchase an agreement already reads is left to it.
func (d *doc) boughtFirm(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Agreement, t: k, light: -1, carrier: -1, loc: -1}
	if !t.verb(k) || !buyVerb(t.lw[k]) && !(takeForms[t.lw[k]] && (hasDep(t, k, "over") || k+1 < len(t.lw) && t.lw[k+1] == "over")) && !snappedUp(t, k) || k < t.from || t.negatedAt(k) || t.is(k, "amod", "compound") {
		return f, false // (a firm "taken over by X" is bought)
	}
	for h, n := t.head[k], 0; h >= 0 && n < 3; h, n = t.head[h], n+1 {
		// ("a memorandum under which X is to buy Y": the memorandum's)
		if offerHeads[t.lw[h]] || agreeVerbs[t.lw[h]] || agreeNouns[t.lw[h]] || ventureNoun(t, h) {
			return f, false
		}
	}
	firms := func(h int) []int {
		var out []int
		for _, e := range d.group(si, t, h) {
			if d.ents[e].typ == newsgraph.Organization {
				out = append(out, e)
			}
		}
		return out
	}
	var buyers, targets, sellers []int
	sp := t.dep(k, "nsubj:pass")
	if sp < 0 && t.dep(k, "aux:pass") >= 0 && t.tag[k] == "VBN" {
		sp = t.dep(k, "nsubj") // "Y will be acquired by X" with Y read as an active subject
	}
	if h := t.head[k]; sp < 0 && t.tag[k] == "VBN" && t.is(k, "acl") && h >= 0 && h < k {
		sp = h // "Y, bought by X in 2011,": the noun the participle is set after
	}
	if sp >= 0 {
		targets = firms(sp) // "Y was acquired by X"
		for _, b := range t.deps(k, "obl:agent", "obl") {
			if t.is(b, "obl:agent") || t.prep(b) == "by" {
				buyers = append(buyers, firms(b)...)
			}
		}
	} else {
		for _, e := range d.subjectOf(si, t, k) {
			if d.ents[e].typ == newsgraph.Organization {
				buyers = append(buyers, e)
			}
		}
		if o := t.dep(k, "obj"); o >= 0 {
			if m := d.mentionAt(si, o); m != nil && d.ents[m.ent].typ == newsgraph.Organization {
				targets = append(targets, m.ent)
			} else if wholeParts[t.lw[o]] && m == nil || assetNouns[t.lw[o]] && m == nil {
				// "bought the assets of Y", "acquired the retail business
				// of Y", "took over Y's assets": Y sells them
				sellers = append(sellers, d.assetOwners(si, t, []int{o})...)
			} else if firmKind(t.lw[o]) || makerNouns[t.lw[o]] || oneFirmNouns[t.lw[o]] {
				// "bought Australian firm Y", "software maker Y": the name
				// beside the firm's kind
				for _, c := range t.kids[o] {
					if m := d.mentionAt(si, c); t.is(c, "appos", "flat", "compound") && c > o && m != nil && d.ents[m.ent].typ == newsgraph.Organization {
						targets = append(targets, m.ent)
					}
				}
			}
			var held []int
			for _, a := range t.deps(o, "acl") {
				if stakeNouns[t.lw[a]] {
					held = append(held, t.deps(a, "obl")...) // "a majority holding in Y from Z"
				}
			}
			for _, x := range append(append(t.deps(k, "obl"), t.deps(o, "nmod")...), held...) {
				if t.prep(x) == "from" {
					sellers = append(sellers, firms(x)...) // "bought the stake from Y"
				}
			}
			if len(targets) == 0 {
				// "bought a 15 pct stake in Y", "acquired 2 mln shares of Y
				// from Z": Y, whose part it is, is a side too; shares
				// alone with no seller may be bought on a market
				in, from, plain := d.stakeIn(si, t, k)
				if sellers = uniq(append(sellers, from...)); !plain || len(sellers) > 0 {
					targets = append(targets, in...)
				}
			}
		} else if h := t.head[k]; t.is(k, "acl:relcl") && h >= 0 && h < k && (hasDep(t, k, "which") || hasDep(t, k, "that")) {
			// "Y, which X bought in 1984,": the noun the relative is of
			if m := d.mentionAt(si, h); m != nil && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Organization {
				targets = append(targets, m.ent)
				buyers = nil
				for _, s := range t.deps(k, "nsubj") {
					if t.lw[s] != "which" && t.lw[s] != "that" {
						buyers = append(buyers, firms(s)...) // the relative read as a second subject
					}
				}
			}
		}
	}
	others := uniq(append(targets, sellers...))
	// ("X Bank and Trust Co" read as two names: the second half is no buyer)
	buyers = slices.DeleteFunc(buyers, func(e int) bool { return d.tornName(si, t, e) })
	if len(buyers) == 0 || len(others) == 0 || containsAll(buyers, others) {
		return f, false
	}
	f.agents, f.others = buyers, [][]int{others}
	if f.status, f.drop = d.frameStatus(t, &f); f.drop || wishedFor(t, k) {
		return f, false
	}
	return f, true
}

// tornName says whether entity e is named in sentence si only by words
// any firm's name may hold, joined by "and" to a name before it: the
// end of one name read as two ("X Bank and Trust Co" recognised as "X
// Bank" and "Trust Co"), no firm of its own.
func (d *doc) tornName(si int, t *tree, e int) bool {
	toks := d.sents[si].tokens
	for _, mi := range d.bySent[si] {
		m := &d.mentions[mi]
		if m.ent != e || m.kind != named || m.i < 2 || t.lw[m.i-1] != "and" && t.lw[m.i-1] != "&" || d.mentionAt(si, m.i-2) == nil {
			continue
		}
		generic := true
		for k := m.i; k < m.j; k++ {
			generic = generic && (orgHeads[toks[k].text] || firmForms[toks[k].text] || definedKinds[toks[k].text])
		}
		if generic {
			return true
		}
	}
	return false
}

// mergeVerb says whether w is a form of "merge".
func mergeVerb(w string) bool {
	return w == "merge" || w == "merges" || w == "merged" || w == "merging"
}

// mergedFirms reads firms merging as their deal: "X merged with Y in
// 2005", "X and Y merged", "X will merge with Y". One firm merging its
// own units ("merged its two units") or merging alone is none; an offer
// or a wish to merge is left to the words that tell it.
func (d *doc) mergedFirms(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Agreement, t: k, light: -1, carrier: -1, loc: -1}
	if !t.verb(k) || !mergeVerb(t.lw[k]) || k < t.from || t.negatedAt(k) || t.is(k, "amod", "compound") || t.dep(k, "obj") >= 0 {
		return f, false
	}
	for h, n := t.head[k], 0; h >= 0 && n < 3; h, n = t.head[h], n+1 {
		if offerHeads[t.lw[h]] || agreeVerbs[t.lw[h]] || agreeNouns[t.lw[h]] || ventureNoun(t, h) {
			return f, false // ("agreed to merge with Y": the agreement's)
		}
	}
	firmsOf := func(ents []int) []int {
		var out []int
		for _, e := range ents {
			if d.ents[e].typ == newsgraph.Organization {
				out = append(out, e)
			}
		}
		return uniq(out)
	}
	subj := firmsOf(d.subjectOf(si, t, k))
	var with []int
	for _, o := range t.deps(k, "obl") {
		if p := t.prep(o); p == "with" || p == "into" {
			with = append(with, firmsOf(d.group(si, t, o))...)
		}
	}
	switch {
	case len(subj) >= 1 && len(with) >= 1 && !containsAll(subj, with):
		f.agents, f.others = subj, [][]int{with}
	case len(subj) == 2 && len(with) == 0:
		f.agents, f.others = subj[:1], [][]int{subj[1:]} // "X and Y merged"
	default:
		return f, false
	}
	if f.status, f.drop = d.frameStatus(t, &f); f.drop || wishedFor(t, k) || offeredOnly(t, k) {
		return f, false
	}
	return f, true
}

// wholeParts are the parts of a firm bought whole from it: "bought the
// assets of Y"; not a stake or shares, bought in a market.
var wholeParts = set("assets", "unit", "units", "division", "divisions", "subsidiary", "subsidiaries", "business", "businesses", "operations", "arm", "brand", "brands", "plant", "plants")

// snappedUp says whether verb k is "snapped up", buying in news slang.
func snappedUp(t *tree, k int) bool {
	switch t.lw[k] {
	case "snap", "snaps", "snapped", "snapping":
		return hasDep(t, k, "up")
	}
	return false
}

// sellVerb says whether w is a form of selling off.
func sellVerb(w string) bool {
	return strings.HasPrefix(w, "sell") || w == "sold" || strings.HasPrefix(w, "divest")
}

// ownPart says whether object o is what its side owns ("its Delta
// subsidiary", "their shares").
func ownPart(t *tree, o int) bool {
	if !t.is(o, "obj") {
		return false
	}
	for _, p := range t.deps(o, "nmod:poss") {
		if w := t.lw[p]; w == "its" || w == "their" || w == "our" {
			return true
		}
	}
	return false
}

// holdingNouns are what a firm holds in another: "its holdings in X".
var holdingNouns = set("holdings", "holding", "stake", "stakes", "interest", "interests", "shareholding", "shareholdings")

// heldIn are the firms whose holdings sale noun n sells or buys: "the sale
// by X of its holdings in Y", "its sale of its stake in Y to Z": Y is a
// side of the deal, as the seller and the buyer are.
func (d *doc) heldIn(si int, t *tree, n int) []int {
	var out []int
	for _, o := range t.deps(n, "nmod") {
		if t.prep(o) != "of" || !holdingNouns[t.lw[o]] {
			continue
		}
		ins := append(t.deps(o, "nmod"), t.deps(n, "nmod")...) // ("in Y" hung on the sale)
		for _, k := range ins {
			if t.rel[k] != "nmod" || t.prep(k) != "in" {
				continue
			}
			// (the name itself: a phrase "in Y" after a name reads as
			// where that one is from)
			if m := d.mentionAt(si, k); m != nil && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Organization {
				out = append(out, m.ent)
			}
		}
	}
	return out
}

// saleNouns name the sale of a firm or its part that an agreement is for.
var saleNouns = set("sale", "purchase", "acquisition", "takeover", "buyout", "merger", "transfer", "divestiture")

// saleSides are the firms of sale noun k: the buyer its "to" or "by"
// phrase names ("the sale of its unit to Y", "a takeover by Y"), the
// firm bought ("the acquisition of X") and the firm merged with ("the
// merger with X"). A "to" phrase the parser
// hung on verb v, which carries the agreement, is the buyer too.
func (d *doc) saleSides(si int, t *tree, k, v int) [][]int {
	var out [][]int
	firms := func(o int) {
		var g []int
		for _, e := range d.group(si, t, o) {
			if d.ents[e].typ == newsgraph.Organization {
				g = append(g, e)
			}
		}
		if len(g) > 0 {
			out = append(out, g)
		}
	}
	for _, o := range t.deps(k, "nmod") {
		switch t.prep(o) {
		case "to", "with", "by":
			firms(o)
		case "of":
			if t.lw[k] != "sale" && t.lw[k] != "transfer" {
				firms(o) // (what is sold is no side; its buyer is)
			}
		}
	}
	if len(out) == 0 && v >= 0 && t.verb(v) && t.lw[k] == "sale" {
		for _, o := range t.deps(v, "obl") {
			if t.prep(o) == "to" && o > k {
				firms(o)
			}
		}
	}
	return out
}

// nameInSentence says whether sentence si names entity e before token k.
func (d *doc) nameInSentence(si, k, e int) bool {
	for _, mi := range d.bySent[si] {
		if m := d.mentions[mi]; m.kind == named && m.ent == e && m.i >= 0 && m.i < k {
			return true
		}
	}
	return false
}

// signingOfPerson says whether noun n ("signing") is of a person: a club
// or a firm signing a player or an artist ("the signing of striker X").
func (d *doc) signingOfPerson(si int, t *tree, n int) bool {
	for _, k := range t.deps(n, "nmod") {
		if t.prep(k) != "of" {
			continue
		}
		if d.signedPerson(si, t, k) >= 0 {
			return true
		}
		for _, c := range t.deps(k, "compound", "amod", "flat", "appos") {
			if m := d.mentionAt(si, c); m != nil && d.ents[m.ent].typ == newsgraph.Person {
				return true
			}
		}
	}
	return false
}

// signingWitnesses are the subject of the verb over "the signing of" the
// agreement noun n, directly or through the documents it is one of
// ("looked on as documents were signed, an accord on X among them").
func (d *doc) signingWitnesses(si int, t *tree, n int) []int {
	k := n
	if t.is(k, "conj") && t.head[k] >= 0 {
		k = t.head[k] // "an accord on X and a memorandum on Y"
	}
	signing := -1
	switch h := t.head[k]; {
	case h < 0:
	case t.prep(k) == "including" || t.prep(k) == "such as":
		// "the signing of documents, including an accord", the list
		// hung on the documents or on the verb
		if t.noun(h) && t.prep(h) == "of" && t.head[h] >= 0 && t.lw[t.head[h]] == "signing" {
			signing = t.head[h]
		} else if t.verb(h) {
			for _, o := range t.deps(h, "obj") {
				if t.lw[o] == "signing" {
					signing = o
				}
			}
		}
	case t.prep(k) == "of" && t.lw[h] == "signing":
		signing = h
	}
	if signing < 0 || !t.noun(signing) || !t.is(signing, "obj") {
		return nil
	}
	v := t.head[signing]
	if s := t.dep(v, "nsubj"); s > 0 && t.lw[s] == "two" && t.lw[s-1] == "the" && s+1 == v {
		// "the two" as the subject of a verb over a signing, the noun
		// left out: the pair of the talks before
		if p := d.pairAt(si, s); len(p) == 2 {
			return p
		}
	}
	return d.subjectOf(si, t, v)
}

// titledPair are the two people the story of sentence si, up to it,
// gives the title, lower-case ("mayor" in "Keswick mayor X", "Mayor Y";
// "prime minister" is not "energy minister"), or nil when it gives it
// to more or fewer.
func (d *doc) titledPair(si int, title string) []int {
	var out []int
	for _, m := range d.mentions {
		if m.sent > si || d.stories[m.sent] != d.stories[si] || m.ent < 0 || m.role == nil || d.ents[m.ent].typ != newsgraph.Person {
			continue
		}
		if r := strings.ToLower(m.role.title); r == title || strings.HasSuffix(r, " "+title) {
			out = uniq(append(out, m.ent))
		}
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// officialsCountries are the countries of the officials sentence si
// names before token h, past its dateline: a country's possessive before
// a title ("Chile's trade minister") and a country's adjective before one
// ("Peruvian President X").
func (d *doc) officialsCountries(si int, t *tree, h int) []int {
	toks := d.sents[si].tokens
	var out []int
	for k := t.from; k < h; k++ {
		if m := d.mentionAt(si, k); m != nil && m.i == k {
			if d.ents[m.ent].typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[m.ent].name) && m.j+1 < h && (toks[m.j].text == "'s" || toks[m.j].text == "\u2019s") && (lowerTitles[t.lw[m.j+1]] || lowerTitleMods[t.lw[m.j+1]] || titleHeads[toks[m.j+1].text]) {
				out = append(out, m.ent)
			}
			continue
		}
		if t.tag[k] == "JJ" && k+1 < h && (lowerTitles[t.lw[k+1]] || lowerTitleMods[t.lw[k+1]] || titleHeads[toks[k+1].text]) {
			if c := d.x.gz.demonym[key(t.lw[k])]; c != "" && d.x.gz.isCountry(c) {
				out = append(out, d.implied(c, newsgraph.GPE))
			}
		}
	}
	return out
}

// lastTwo are the two bodies or countries named last before token before
// in this sentence, else in the five sentences before it in the story (a
// pair is often named in the lead and referred to for a paragraph): "the
// two firms", "both countries". For "the two sides", those who report
// what the sides did are not among them (a side says "we"), while "the
// two firms" may be told by one of the firms.
func (d *doc) lastTwo(si, before int, typ newsgraph.EntityType, sides bool, skip []int) []int {
	var out []int
	for s := si; s >= 0 && s >= si-5 && d.stories[s] == d.stories[si]; s-- {
		ms := d.bySent[s]
		for x := len(ms) - 1; x >= 0; x-- {
			m := d.mentions[ms[x]]
			if m.kind != named || m.ent < 0 || s == si && m.i >= before {
				continue
			}
			e := d.ents[m.ent]
			if e.typ == newsgraph.Person || e.typ == newsgraph.Location || e.typ == newsgraph.Facility || e.typ == newsgraph.Other || typ != "" && e.typ != typ {
				continue // (a name of no known kind is no side either)
			}
			if e.typ == newsgraph.GPE && !d.x.gz.isCountry(e.name) && (typ == newsgraph.GPE || typ == "") {
				continue // a city or a province is no side
			}
			if d.newsMedium(m.ent) || d.onlyTells(m.ent, si) {
				continue // the agency that reports the sides is none of them
			}
			if slices.Contains(skip, m.ent) {
				continue // the one who deals with the pair is none of it
			}
			if d.listed(s, m) >= 3 {
				continue // "brands include A, B and C": items of a list, no pair
			}
			if b := m.i - 1; b >= 0 && strings.EqualFold(d.sents[s].tokens[b].text, "the") && b > 0 && addressVerbs[strings.ToLower(d.sents[s].tokens[b-1].text)] || b >= 0 && addressVerbs[strings.ToLower(d.sents[s].tokens[b].text)] {
				continue // "X told the Y Association": whom one speaks to is no side
			}
			if b := m.i - 1; b > 0 && strings.EqualFold(d.sents[s].tokens[b].text, "the") && strings.EqualFold(d.sents[s].tokens[b-1].text, "at") || b >= 0 && strings.EqualFold(d.sents[s].tokens[b].text, "at") {
				continue // "met at the Kessel Arena": where, whatever kind the name got
			}
			out = uniq(append(out, m.ent))
			if len(out) == 2 {
				return out
			}
		}
	}
	return nil
}

// peopleBefore are the people sentence si names or refers to before
// token tok.
func (d *doc) peopleBefore(si, tok int) []int {
	var out []int
	for _, rf := range d.refs[si] {
		if rf.tok < tok && (rf.kind == named || rf.kind == nominal || rf.kind == pronoun) {
			for _, e := range rf.ents {
				if d.ents[e].typ == newsgraph.Person {
					out = append(out, e)
				}
			}
		}
	}
	return uniq(out)
}

// withSelf are the sides sentence si names before plural noun h when h
// is whom they act with ("X signed a deal with the two companies"): the
// pair h counts back to is two others.
func (d *doc) withSelf(si int, t *tree, h int) []int {
	if t.prep(h) != "with" {
		return nil
	}
	var out []int
	for _, mi := range d.bySent[si] {
		if m := d.mentions[mi]; m.kind == named && m.ent >= 0 && m.i >= t.from && m.j <= h {
			out = append(out, m.ent)
		}
	}
	return out
}

// listed is how many names stand in the list "A, B and C" that mention m
// of sentence si is one of: 1 when it stands alone.
func (d *doc) listed(si int, m mention) int {
	if m.i < 0 {
		return 1 // a place inside a compound word ("UK-Ireland") stands in no list
	}
	toks := d.sents[si].tokens
	// sep says whether the words [a, b) join two names of a list: a
	// comma, "and", "or", or a comma and one of these
	sep := func(a, b int) bool {
		switch b - a {
		case 1:
			w := strings.ToLower(toks[a].text)
			return w == "," || w == "and" || w == "or"
		case 2:
			w := strings.ToLower(toks[a+1].text)
			return toks[a].text == "," && (w == "and" || w == "or")
		}
		return false
	}
	n := 1
	for cur := m; ; n++ {
		k := cur.j
		next := d.mentionAt(si, k+1)
		if next == nil || next.i != k+1 || !sep(k, k+1) {
			if next = d.mentionAt(si, k+2); next == nil || next.i != k+2 || !sep(k, k+2) {
				break
			}
		}
		cur = *next
	}
	for cur := m; ; n++ {
		k := cur.i
		prev := d.mentionAt(si, k-2)
		if k < 2 || prev == nil || prev.j != k-1 || !sep(k-1, k) {
			if k < 3 {
				break
			}
			if prev = d.mentionAt(si, k-3); prev == nil || prev.j != k-2 || !sep(k-2, k) {
				break
			}
		}
		cur = *prev
	}
	return n
}

// townPairNouns are the plural nouns of places below a country that a
// story pairs as the sides of a pact ("the two cities", "both towns").
var townPairNouns = set("cities", "towns", "municipalities", "regions", "provinces")

// lastTwoTowns is "the two cities" at token before: the last two
// places below a country named before it in sentence si or the two
// before, or nil when there are not two.
func (d *doc) lastTwoTowns(si, before int) []int {
	var out []int
	for s := si; s >= 0 && s >= si-2 && d.stories[s] == d.stories[si]; s-- {
		ms := d.bySent[s]
		for x := len(ms) - 1; x >= 0; x-- {
			m := d.mentions[ms[x]]
			if m.kind != named || m.ent < 0 || s == si && m.i >= before {
				continue
			}
			if e := d.ents[m.ent]; e.typ != newsgraph.GPE || d.x.gz.isCountry(e.name) || d.onlyTells(m.ent, si) {
				continue
			}
			if out = uniq(append(out, m.ent)); len(out) == 2 {
				return out
			}
		}
	}
	return nil
}

// onlyTells says whether the story of sentence si, up to si, names body
// or country e only as who tells the news: the agency of the dateline
// ("GENEVA, May 2 (Reuters) -"), a closing "..., the ministry said.", or
// the office a spokesman speaks for ("a spokesperson for X said"). Who
// reports a meeting is not one of its sides.
func (d *doc) onlyTells(e, si int) bool {
	if d.dateline == nil {
		d.dateline = d.readDateline()
	}
	seen := false
	for _, m := range d.mentions {
		if m.ent != e || m.kind != named || m.i < 0 || m.sent > si || d.stories[m.sent] != d.stories[si] {
			continue
		}
		seen = true
		toks := d.sents[m.sent].tokens
		if m.sent == d.dateline.sent && m.j <= d.dateline.end {
			continue
		}
		end := m.j
		if end+1 < len(toks) && toks[end].text == "'s" && spokesNouns[strings.ToLower(toks[end+1].text)] {
			end += 2 // "X's spokesman said"
		}
		if end < len(toks) && sayVerbs[strings.ToLower(toks[end].text)] && len(toks)-end <= 5 && (m.i == 0 || !toks[m.i-1].isWord() || strings.EqualFold(toks[m.i-1].text, "the")) && !toldObject(toks, end) {
			continue // "..., the ministry said."
		}
		if b := m.i - 1; b > 0 && (strings.EqualFold(toks[b].text, "for") || strings.EqualFold(toks[b].text, "of")) && spokesNouns[strings.ToLower(toks[b-1].text)] {
			continue // "a spokesperson for X said"
		}
		if b := m.i - 2; b > 0 && strings.EqualFold(toks[b+1].text, "the") && (strings.EqualFold(toks[b].text, "for") || strings.EqualFold(toks[b].text, "of")) && spokesNouns[strings.ToLower(toks[b-1].text)] {
			continue // "a spokesman for the X"
		}
		return false
	}
	return seen
}

// toldObject says whether the verb of saying at k takes a thing for its
// object ("X reported a loss.", "X announced higher profits."): one who
// does so acts in the news, where "..., X said on Monday." only tells it.
// Whom one tells ("X told reporters.") is no such thing.
func toldObject(toks []token, k int) bool {
	w := strings.ToLower(toks[k].text)
	if k+1 >= len(toks) || strings.HasPrefix(w, "tel") || w == "told" {
		return false
	}
	n := toks[k+1]
	if timeWords[strings.ToLower(n.text)] || isWeekday(strings.ToLower(n.text)) {
		return false
	}
	switch {
	case n.pos == "DT" || n.pos == "CD" || n.pos == "PRP$":
		return true
	case strings.HasPrefix(n.pos, "JJ") || strings.HasPrefix(n.pos, "NN"):
		return !n.isCap() // "said Smith" names the teller after the verb
	}
	return false
}

// spokesNouns speak for a body or a state.
var spokesNouns = set("spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople", "spokeswomen")

// mediaWords describe a body as a news medium: "the state news agency,
// X", "X, a daily newspaper,".
var mediaWords = set("newspaper", "newspapers", "broadcaster", "radio", "television", "tv", "magazine", "weekly", "paper")

// newsMedium says whether the story describes entity e as a news medium
// by a word set right beside one of its names or ending it: "news agency X", "X, the
// official news agency", "the newspaper X". Such a body tells the news.
func (d *doc) newsMedium(e int) bool {
	media := func(toks []token, k int) bool {
		w := strings.ToLower(toks[k].text)
		return mediaWords[w] || w == "agency" && k > 0 && (strings.EqualFold(toks[k-1].text, "news") || strings.EqualFold(toks[k-1].text, "press"))
	}
	for _, m := range d.mentions {
		if m.ent != e || m.kind != named || m.i < 0 {
			continue
		}
		toks := d.sents[m.sent].tokens
		if m.j-m.i >= 2 && media(toks, m.j-1) {
			return true // "the Kessel News Agency": its own name says so
		}
		k := m.i - 1
		if k >= 0 && toks[k].text == "," {
			k--
		}
		if k >= 0 && media(toks, k) {
			return true
		}
		k = m.j
		if k < len(toks) && toks[k].text == "," {
			k++
		}
		for n := 0; k < len(toks) && n < 5 && toks[k].text != "," && d.mentionAt(m.sent, k) == nil; k, n = k+1, n+1 {
			if media(toks, k) {
				return true
			}
		}
	}
	return false
}

// coordinatedPair is the last two countries or bodies written as a pair
// ("the US and the EU", "Chile and Peru") before token before of sentence
// si, in it, its paragraph or the two sentences before, or nil.
func (d *doc) coordinatedPair(si, before int) []int {
	side := func(e int) bool {
		en := d.ents[e]
		return en.typ == newsgraph.Organization || en.typ == newsgraph.GPE && d.x.gz.isCountry(en.name)
	}
	// the paragraph counts whole: a quote that ends a sentence ends it, so
	// a paragraph of quotes is many short sentences
	for s := si; s >= 0 && (s >= si-2 || d.sents[s].para == d.sents[si].para) && d.stories[s] == d.stories[si]; s-- {
		toks := d.sents[s].tokens
		var ms []mention
		for _, mi := range d.bySent[s] {
			if m := d.mentions[mi]; m.kind == named && m.ent >= 0 && m.i >= 0 && (s < si || m.j <= before) && side(m.ent) {
				ms = append(ms, m)
			}
		}
		for x := len(ms) - 1; x > 0; x-- {
			a, b := ms[x-1], ms[x]
			gap := b.i - a.j
			if b.j < len(toks) && strings.HasPrefix(toks[b.j].pos, "NN") && !toks[b.j].isCap() {
				continue // "Norvale and US firm Kestrel": a name modifying a noun is no side
			}
			if a.ent != b.ent && (gap == 1 && toks[a.j].text == "and" || gap == 2 && toks[a.j].text == "and" && strings.EqualFold(toks[a.j+1].text, "the")) {
				return []int{a.ent, b.ent}
			}
		}
	}
	return nil
}

// storyPair is the two sides of the latest meeting or agreement the
// story told before sentence si between two firms, bodies or countries
// (of type typ, when given), or nil: "A is to buy B ... the two companies
// tried to merge before" are the deal's two sides, however many other
// firms the story names between. With no type, the two people a meeting
// was between count too: "the two sides" of talks between two envoys are
// the envoys.
func (d *doc) storyPair(si int, typ newsgraph.EntityType) []int {
	for i := len(d.events) - 1; i >= 0; i-- {
		e := d.events[i]
		if e.story != d.stories[si] || len(e.sources) == 0 || e.sources[0] >= si {
			continue
		}
		sides := e.people
		if e.typ == newsgraph.Agreement && len(e.people) == 0 {
			sides = e.places
		}
		if e.typ == newsgraph.Visit || len(sides) != 2 {
			continue
		}
		ok := true
		for _, p := range sides {
			// "the two sides" of a meeting of two people are they
			if pt := d.ents[p].typ; pt == newsgraph.Person && (typ != "" || e.typ != newsgraph.Meeting || d.ents[sides[0]].typ != d.ents[sides[1]].typ) || pt == newsgraph.Location || pt == newsgraph.Facility || typ != "" && pt != typ {
				ok = false
			}
		}
		if (d.ents[sides[0]].typ == newsgraph.Person) != (d.ents[sides[1]].typ == newsgraph.Person) {
			ok = false // "X's talks with the Y government": a person and a state are not two sides alike
		}
		if d.cityOfOther(sides[0], sides[1]) {
			ok = false // "Doha, Qatar": a city and its country are one place, no two sides
		}
		if ok {
			return sides
		}
	}
	return nil
}

// recentFirmPair is the two firms of the latest meeting or agreement
// the story told in the two sentences before si, when it was between two
// firms only; else nil.
func (d *doc) recentFirmPair(si int) []int {
	for i := len(d.events) - 1; i >= 0; i-- {
		e := d.events[i]
		if e.story != d.stories[si] || len(e.sources) == 0 || e.sources[0] >= si || e.typ == newsgraph.Visit {
			continue
		}
		if e.sources[len(e.sources)-1] < si-2 {
			return nil
		}
		sides := e.people
		if e.typ == newsgraph.Agreement {
			sides = e.places
		}
		if len(sides) != 2 || d.ents[sides[0]].typ != newsgraph.Organization || d.ents[sides[1]].typ != newsgraph.Organization {
			return nil
		}
		return sides
	}
	return nil
}

// recentPair is the two sides of the meeting the story told in the
// sentence before si or in si itself, or nil: "the two sides" most often
// are the pair whose talks were just told, however they were named
// ("Greek and Turkish officials held talks. The two sides signed ...").
//
// "The two sides" are also two people the talks were between ("X met Y
// on Monday. The two sides agreed ..."), when people may be.
func (d *doc) recentPair(si int, typ newsgraph.EntityType, people bool) []int {
	for i := len(d.events) - 1; i >= 0; i-- {
		e := d.events[i]
		if e.story != d.stories[si] || len(e.sources) == 0 || e.sources[len(e.sources)-1] < si-1 {
			continue
		}
		if e.typ != newsgraph.Meeting || len(e.people) != 2 {
			continue
		}
		for _, p := range e.people {
			if pt := d.ents[p].typ; pt == newsgraph.Person && !people || typ != "" && pt != typ {
				return nil
			}
		}
		if (d.ents[e.people[0]].typ == newsgraph.Person) != (d.ents[e.people[1]].typ == newsgraph.Person) {
			return nil // a person and a state are not two sides alike
		}
		if d.cityOfOther(e.people[0], e.people[1]) {
			return nil
		}
		return e.people
	}
	return nil
}

// mentionAt is the named mention covering token k of sentence si.
func (d *doc) mentionAt(si, k int) *mention {
	for _, mi := range d.bySent[si] {
		m := &d.mentions[mi]
		if m.kind == named && m.ent >= 0 && m.i >= 0 && m.i <= k && k < m.j {
			return m
		}
	}
	return nil
}

func (d *doc) mentionEnts(si int, m *mention) []int {
	return []int{m.ent}
}

// isPlace says whether entity e is a place: a country, city, region or
// building.
func (d *doc) isPlace(e int) bool {
	switch d.ents[e].typ {
	case newsgraph.GPE, newsgraph.Location, newsgraph.Facility:
		return true
	}
	return false
}

// placeListEnd is the comma that closes a list of places going on after
// the comma at k ("A, B and C,"), or -1 when no such list follows.
func (d *doc) placeListEnd(si, k int) int {
	toks := d.sents[si].tokens
	if k < 1 {
		return -1
	}
	if m := d.mentionAt(si, k-1); m == nil || !d.isPlace(m.ent) {
		return -1
	}
	and := false
	for j, n := k+1, 0; j < len(toks) && n < 12; n++ {
		if w := strings.ToLower(toks[j].text); w == "and" || w == "or" {
			and = true
			j++
		}
		m := d.mentionAt(si, j)
		if m == nil || m.i != j || !d.isPlace(m.ent) {
			return -1
		}
		j = m.j
		switch {
		case j < len(toks) && toks[j].text == "," && and:
			return j
		case j < len(toks) && toks[j].text == ",":
			j++
		case j < len(toks) && (strings.EqualFold(toks[j].text, "and") || strings.EqualFold(toks[j].text, "or")):
		default:
			return -1
		}
	}
	return -1
}

// partakingWords are the participles of taking part that may open a
// sentence whose subject follows "were": "Participating in the talks
// were A and B".
var partakingWords = set("participating", "joining")

// titledNameEnd is the comma that closes a person's name set off by the
// comma at k after the title it names ("the head of the council, NAME,"),
// or -1.
func (d *doc) titledNameEnd(si, k int) int {
	toks := d.sents[si].tokens
	if k < 1 || k+1 >= len(toks) {
		return -1
	}
	// the title before the comma: its head, or the body of "TITLE of X"
	title := false
	for b := k - 1; b >= 0 && b >= k-5; b-- {
		if lowerTitles[strings.ToLower(toks[b].text)] || titleHeads[toks[b].text] || relationNouns[strings.ToLower(toks[b].text)] {
			title = true
			break
		}
		if m := d.mentionAt(si, b); m != nil && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person {
			return -1
		}
	}
	j := k + 1
	for j < len(toks) && j <= k+4 && d.mentionAt(si, j) == nil && (titleHeads[toks[j].text] || titleMods[toks[j].text] || honorifics[toks[j].text]) {
		j++
	}
	m := d.mentionAt(si, j)
	if !title || m == nil || m.i != j || m.ent < 0 || d.ents[m.ent].typ != newsgraph.Person || m.j >= len(toks) || toks[m.j].text != "," {
		return -1
	}
	return m.j
}

// placePhraseEnd is the comma that closes a phrase of place set off by
// the comma at k ("..., in Y,"), or -1.
func (d *doc) placePhraseEnd(si, k int) int {
	toks := d.sents[si].tokens
	if k+2 >= len(toks) || !strings.EqualFold(toks[k+1].text, "in") && !strings.EqualFold(toks[k+1].text, "at") {
		return -1
	}
	m := d.mentionAt(si, k+2)
	if m == nil || m.i != k+2 || m.ent < 0 || !d.isPlace(m.ent) || m.j >= len(toks) || toks[m.j].text != "," {
		return -1
	}
	return m.j
}

// frontWords open a fronted phrase: "After the talks, ...".
var frontWords = set("after", "following", "during", "before", "at", "in", "on", "with", "while", "despite", "since",
	"ahead", "amid", "prior", "upon", "over", "within", "leaving", "later", "earlier", "last")

// asideWords open a phrase set off by commas after a subject that tells
// its circumstances: "X, during a visit to Y, said".
var asideWords = set("during", "in", "on", "at", "after", "before", "following", "while", "ahead", "amid", "fresh")

// namedActor says whether token k ends the name of a person or an
// organisation, who can be on a trip or in talks.
func (d *doc) namedActor(si, k int) bool {
	m := d.mentionAt(si, k)
	if m == nil || m.j != k+1 || m.ent < 0 {
		return false
	}
	typ := d.ents[m.ent].typ
	return typ == newsgraph.Person || typ == newsgraph.Organization
}

// relativeWords open a relative clause.
var relativeWords = set("who", "which", "whom", "whose", "where")

// inspectVerbs tell a tour of a works by looking it over: "inspected
// the company's mine in X".
var inspectVerbs = set("inspect", "inspects", "inspected", "inspecting")

// inspectedWorks says whether verb v inspects a works ("inspected a
// copper mine", "inspecting the shipyard"): a tour of it, as "toured"
// is; not "inspected the accounts".
func inspectedWorks(t *tree, v int) bool {
	o := t.dep(v, "obj")
	return inspectVerbs[t.lw[v]] && o >= 0 && (worksNouns[t.lw[o]] || t.lw[o] == "port" || t.lw[o] == "terminal")
}

// companionVerbs put one beside the traveller: "X, accompanied by Y, ...".
var companionVerbs = set("accompanied", "joined", "flanked", "escorted")

// parseSpan parses the words of tokens idx (a name's last word standing
// for it, bracketed tickers left out) into t, and returns the span's root
// token, -1 when it has no word.
func (d *doc) parseSpan(t *tree, toks []token, last []int, skip []bool, idx []int) int {
	var units []int // parsed word -> token
	var words, tags []string
	for _, i := range idx {
		if last[i] != i || skip[i] {
			continue
		}
		units = append(units, i)
		tag := t.tag[i]
		if i > 0 && last[i-1] == i && !strings.HasPrefix(tag, "NNP") {
			tag = "NNP"
		}
		word := asciiQuotes.Replace(toks[i].text)
		if t.lw[i] == "due" && i+2 < len(toks) && t.lw[i+1] == "to" && t.tag[i+2] == "VB" {
			// "is due to take part": the parser, trained on "due to" the
			// preposition, reads the same clause with "expected" in it
			word, tag = "expected", "VBN"
			t.tag[i] = tag
		}
		words = append(words, word)
		tags = append(tags, tag)
	}
	if len(units) == 0 {
		return -1
	}
	root := -1
	heads, rels := d.an.parse(d.x, words, tags)
	for u, h := range heads {
		k := units[u]
		t.rel[k] = rels[u]
		if h >= 0 && h < len(units) {
			t.head[k] = units[h]
		} else {
			t.head[k] = -1
			if root < 0 || rels[u] == "root" {
				root = k
			}
		}
	}
	return root
}

// placesUnder are the places a phrase headed by h names: the most specific place
// mention in it ("the Golden Temple in Amritsar": both, the temple first).
func (d *doc) placesUnder(si int, t *tree, h int) []int {
	var out []int
	var walk func(k, depth int)
	walk = func(k, depth int) {
		if depth > 3 {
			return
		}
		if m := d.mentionAt(si, k); m != nil && d.isPlace(m.ent) && !d.reportersIn(si, m) {
			out = append(out, m.ent)
		}
		for _, c := range t.kids[k] {
			if t.is(c, "nmod", "appos", "compound", "flat", "nmod:poss", "amod") && !t.is(c, "conj") && t.prep(c) != "from" && t.prep(c) != "between" && !shoreOf(t, c) {
				walk(c, depth+1) // (not "to Oslo from Riga": where from; not "a pact on X between A and B": its sides; not "Arica, on the Pacific coast": where Arica lies)
			}
		}
	}
	walk(h, 0)
	if len(out) == 0 {
		if p := d.describedPlace(si, t, h); p >= 0 {
			out = append(out, p) // "arrived in the Kenyan capital"
		}
	}
	return uniq(out)
}

// countryBefore is the country (GPE) named last before token k of
// sentence si, in it or the sentence before, or -1: not a name that
// modifies a noun ("U.S. exporters", "the Kenya-Uganda talks") nor the own
// country of one of agents.
func (d *doc) countryBefore(si, k int, agents []int) int {
	for s := si; s >= 0 && s >= si-1; s-- {
		best, at := -1, -1
		toks := d.sents[s].tokens
		for _, mi := range d.bySent[s] {
			m := d.mentions[mi]
			if m.kind != named || m.ent < 0 || d.ents[m.ent].typ != newsgraph.GPE || s == si && m.j > k {
				continue
			}
			if m.i < 0 || m.j < len(toks) && toks[m.j].isWord() && !toks[m.j].isCap() && strings.HasPrefix(toks[m.j].pos, "NN") {
				continue // (a place inside a compound word modifies too: "the Kenya-Uganda talks")
			}
			own := false
			for _, a := range agents {
				own = own || d.ownCountry(a, m.ent)
			}
			if own {
				continue
			}
			if m.i > at {
				best, at = m.ent, m.i
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// infinitiveVerbs tags as a verb an event word after the "to" of an
// infinitive ("is due to visit Kigali"), which prose at times reads as the
// noun; "a return to talks" keeps its plural noun, "to the visit" its
// determiner's.
func infinitiveVerbs(t *tree) {
	for i := 1; i+1 < len(t.lw); i++ {
		if w := t.lw[i]; t.tag[i-1] == "TO" && (strings.HasPrefix(t.tag[i], "NN") && t.tag[i] != "NNS" || t.tag[i] == "JJ") && infinitiveTriggers[w] &&
			t.lw[i+1] != "of" && t.lw[i+1] != "by" && t.lw[i+1] != "'s" {
			t.tag[i] = "VB"
		}
	}
}

// presentVerbs tags as a verb an event verb's third person that prose
// read as a plural noun after a name ("X flies on to Lisbon", "X visits
// Lima on Friday"): a name followed by a plural noun of travel and then a
// preposition of direction or another name is a subject and its verb.
func presentVerbs(t *tree) {
	for i := 1; i+1 < len(t.lw); i++ {
		if t.tag[i] != "NNS" || !presentTriggers[t.lw[i]] {
			continue
		}
		if t.tag[i-1] == "NNP" {
			if n := t.lw[i+1]; n == "to" || n == "on" || n == "into" || n == "back" || n == "home" || n == "out" || t.tag[i+1] == "NNP" {
				t.tag[i] = "VBZ"
			}
			continue
		}
		// "the X council meets on Tuesday", "the committee meets in
		// Geneva today": a body's organ in the singular and then when or
		// where it sits
		if n := t.lw[i+1]; t.lw[i] == "meets" && t.tag[i-1] == "NN" && organNouns[t.lw[i-1]] &&
			(n == "on" || n == "in" || n == "at" || n == "again" || n == "today" || n == "tomorrow" || n == "next" || n == "this" || n == "later" || isWeekday(n)) {
			t.tag[i] = "VBZ"
		}
	}
}

// finiteFate tags as a past verb the participle prose made of a verb
// that ends or opens talks when the sentence has no finite verb at all
// ("Informal consultations of the X committee ended in Oslo on Monday"
// read as "consultations ... ended", a noun and its participle): the one
// verb of a statement is its main one.
func finiteFate(t *tree) bool {
	k := -1
	for i, g := range t.tag {
		switch g {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		case "VBN":
			if k >= 0 {
				return false
			}
			k = i
		}
	}
	if k < 2 || !strings.HasPrefix(t.tag[k-1], "NN") || !(talksFate[t.lw[k]] || talksOpen[t.lw[k]]) || t.lw[len(t.lw)-1] != "." {
		return false
	}
	for i := 0; i < k; i++ {
		if talkNouns[t.lw[i]] || sessionNouns[t.lw[i]] {
			t.tag[k] = "VBD"
			return true
		}
	}
	return false
}

// talksOpen open or take up talks again: "the talks opened on Monday".
var talksOpen = set("opened", "resumed", "closed", "started")

// presentTriggers are event verbs' third persons that are also plural nouns.
var presentTriggers = set("flies", "travels", "heads", "tours", "visits", "meets", "lands", "returns", "arrives")

// backFrom is the "from" phrase on "back" or "fresh" at k that names
// no trip ("just back from Peru"; "back from a trip to Peru" is read at
// the trip), or -1.
func backFrom(t *tree, k int) int {
	for _, o := range t.kids[k] {
		if t.is(o, "obl", "nmod") && t.prep(o) == "from" && !visitNouns[t.lw[o]] && !meetNouns[t.lw[o]] {
			return o
		}
	}
	return -1
}

// backFrame reads "X, just back from Y,", "Just back from Y, X said",
// "X is back from Y": X was in Y, a visit that has been.
func (d *doc) backFrame(si int, t *tree, f *frame) bool {
	k := f.t
	o := backFrom(t, k)
	if o < 0 {
		return false
	}
	who := t.dep(k, "nsubj")
	if h := t.head[k]; who < 0 && h >= 0 && t.verb(h) && k < h {
		who = t.dep(h, "nsubj") // fronted: "Just back from Y, X said"
	} else if who < 0 && h >= 0 && t.noun(h) && t.is(k, "acl", "amod", "appos", "advmod", "parataxis") {
		who = h // "X, just back from Y, said"
	}
	if who < 0 {
		return false
	}
	for _, e := range d.group(si, t, who) {
		if d.ents[e].typ == newsgraph.Person {
			f.agents = append(f.agents, e)
		}
	}
	for _, c := range d.placeConjuncts(si, t, o) {
		if ps := d.placesUnder(si, t, c); len(ps) > 0 {
			f.others = append(f.others, ps)
			f.places = append(f.places, ps...)
		}
	}
	f.been = true
	return len(f.agents) > 0 && len(f.places) > 0
}

// returnFrame reads the noun "return" as the stay one is back from: "on
// his return from X", "the minister's return from X" is a visit to X by
// whose return it is, which has been; the place returned to is home, no
// visit, and a return of things ("the return of the paintings from X")
// has no one's possessive.
func (d *doc) returnFrame(si int, t *tree, f *frame) bool {
	n := f.t
	for _, e := range d.group(si, t, t.dep(n, "nmod:poss")) {
		if d.ents[e].typ == newsgraph.Person {
			f.agents = append(f.agents, e)
		}
	}
	if len(f.agents) == 0 {
		return false
	}
	for _, o := range t.deps(n, "nmod") {
		if t.prep(o) != "from" {
			continue
		}
		for _, c := range d.placeConjuncts(si, t, o) {
			if ps := d.placesUnder(si, t, c); len(ps) > 0 {
				f.others = append(f.others, ps)
				f.places = append(f.places, ps...)
			}
		}
	}
	f.been = len(f.places) > 0
	return f.been
}

// verbFrame reads a verb trigger: "A met B", "A and B met", "A met with B",
// "A was received by B", "A visited B", "A flew to B", "A signed with B".
func (d *doc) verbFrame(si int, t *tree, f *frame) bool {
	v := f.t
	w := t.lw[v]
	f.agents = d.subjectOf(si, t, v)
	organ := false // the subject is a body's organ or members told bare: "the full council will meet"
	if s := meetSubject(t, v); f.typ == newsgraph.Meeting && len(f.agents) == 0 && s >= 0 {
		if e := d.organOwner(si, t, s); e >= 0 {
			f.agents, organ = []int{e}, true
		} else if e := d.namedOrganBody(si, t, s); e >= 0 {
			f.agents, organ = []int{e}, true // "the X Council's executive board will meet"
		}
	}
	if g := d.groupVisitor(si, t, t.dep(v, "nsubj")); len(f.agents) == 0 && f.typ == newsgraph.Visit && g >= 0 {
		f.agents = []int{g} // "a French trade mission arrived in X"
	}
	if by := t.dep(v, "obl:agent"); by >= 0 {
		f.others = append(f.others, d.group(si, t, by)) // "was received by X"
	} else {
		for _, o := range t.deps(v, "obl") {
			// "X was received by Y" with X read as a plain subject: the
			// passive auxiliary still marks the by-phrase as the agent
			if t.prep(o) == "by" && (t.dep(v, "nsubj:pass") >= 0 || t.dep(v, "aux:pass") >= 0) {
				f.others = append(f.others, d.group(si, t, o))
			}
			// "was signed in CITY by X and Y": the by-phrase hung on the
			// place before it is still the verb's agent
			if p := t.prep(o); (p == "in" || p == "at" || p == "to" && welcomeVerb(w)) && (t.dep(v, "aux:pass") >= 0 || (welcomeVerb(w) || w == "met") && reducedPassive(t, v)) {
				for _, n := range t.deps(o, "nmod") {
					if t.prep(n) != "by" || n < o {
						continue
					}
					f.others = append(f.others, d.group(si, t, n))
					// "... by X and Y" with Y read as a second place
					for _, c := range t.conjuncts(o) {
						if m := d.mentionAt(si, c); c > n && m != nil && d.ents[m.ent].typ == newsgraph.Person {
							f.others = append(f.others, d.group(si, t, c))
						}
					}
				}
			}
		}
	}
	obj := t.dep(v, "obj")
	if obj < 0 && t.is(v, "amod") && t.head[v] > v && d.mentionAt(si, t.head[v]) != nil {
		obj = t.head[v] // "who last visited Japan" read as "visited Japan" the noun
	}
	if h := t.head[v]; t.is(v, "acl:relcl") && h >= 0 && h < v {
		// "Norway, which she visited", "X, whom he met": the relative
		// pronoun, whatever the parser calls it, stands for the noun the
		// clause describes
		for _, k := range t.kids[v] {
			if (t.lw[k] == "which" || t.lw[k] == "whom") && k < v && !t.is(k, "nsubj") {
				obj = h
			}
		}
	}
	if obj >= 0 && (t.tag[obj] == "WDT" || t.tag[obj] == "WP") && t.head[v] >= 0 && t.head[v] < obj {
		obj = t.head[v] // "Norway, which he visited", "X, whom he met"
		if t.is(obj, "obj") || t.dep(v, "obj") != obj {
			// keep the noun the clause describes
		}
	}
	switch f.typ {
	case newsgraph.Meeting:
		if obj >= 0 && meetIdiom[t.lw[obj]] && d.mentionAt(si, obj) == nil {
			return false
		}
		if g := hostedGathering(t, v); g >= 0 {
			return false // "Hosted by X, the talks between A and B ...": read at the noun, X its host
		}
		if obj >= 0 && d.mentionAt(si, obj) == nil {
			for _, k := range t.deps(obj, "nmod") {
				if t.prep(k) == "of" && meetIdiom[t.lw[k]] {
					return false // "met many of the demands", "meet 40 pct of the market's needs"
				}
			}
		}
		if strings.HasPrefix(w, "me") && fixtureMeeting(t, v) {
			return false // "could meet X in the last eight": a match, not a meeting
		}
		for _, o := range append(t.deps(v, "obj"), t.deps(v, "obl")...) {
			if pressNouns[t.lw[o]] && (t.is(o, "obj") || t.prep(o) == "with") {
				return false // "will meet (with) reporters": a press briefing, not a meeting
			}
		}
		if strings.HasPrefix(w, "discuss") {
			if t.dep(v, "nsubj:pass") >= 0 || t.dep(v, "aux:pass") >= 0 {
				// "it will be discussed with X": the subject is what is
				// discussed, and who discusses it with X is not said
				f.agents = nil
			}
			// "discussed trade with X", "discussed possible deals with A and
			// B": who with, wherever the parser hung the with-phrase; what
			// was discussed is no party
			with := append(t.deps(v, "obl"), discussedWith(t, obj)...)
			for _, c := range t.deps(v, "conj") {
				if t.noun(c) {
					// "discussed A with X, and B with Y" with B read as a second verb's
					with = append(with, discussedWith(t, c)...)
				}
			}
			for _, o := range with {
				if t.prep(o) == "with" {
					for _, c := range t.conjuncts(o) {
						if ents := d.phrase(si, t, c, 0); len(ents) > 0 {
							f.others = append(f.others, ents)
						}
					}
				}
			}
			// "A and B discussed trade": two people talking together (two
			// countries "discussed" a matter through envoys the story may
			// name later); but "A and B met (flew to X) to discuss trade" is
			// the meeting (the trip) told at its own verb
			if len(f.others) == 0 {
				d.tripTalks(si, t, f) // "will travel to A and B to discuss trade with officials there"
			}
			if len(f.others) == 0 && (len(uniq(f.agents)) < 2 || !d.allPeople(f.agents) || purposeOfEvent(t, v)) {
				return false
			}
			if len(f.others) == 0 {
				for _, o := range t.deps(v, "obl") {
					if p := t.prep(o); (p == "during" || p == "on") && visitNouns[t.lw[o]] {
						return false // "A and B will discuss X during a visit to Y": fellow travellers, talking with their hosts
					}
				}
			}
			f.loc = d.frameLoc(si, t, v, -1)
			return true
		}
		if (w == "sit" || w == "sat" || w == "sitting") && !hasDep(t, v, "down") {
			return false // "sat on the board"; "sat down with X" is a meeting
		}
		if callVerbs[w] {
			// "called on the chairman, X": a courtesy visit to someone;
			// "called on X to resign" urges, "called on Monday" rang
			if t.dep(v, "xcomp", "ccomp") >= 0 || obj >= 0 {
				return false
			}
			for _, c := range t.deps(v, "advcl") {
				if m := t.dep(c, "mark"); m >= 0 && t.lw[m] == "to" {
					return false // "called on X to resign", however the parser hung it
				}
			}
			obls := t.deps(v, "obl")
			for k, o := range obls {
				if t.prep(o) != "on" || t.dep(o, "acl", "xcomp") >= 0 {
					continue
				}
				ents := d.phrase(si, t, o, 0)
				if len(ents) == 0 && lowerTitles[t.lw[o]] && k+1 < len(obls) && t.prep(obls[k+1]) == "" {
					ents = d.phrase(si, t, obls[k+1], 0) // "the chairman of X, NAME", the name hung on the verb
				}
				if len(ents) > 0 {
					f.others = append(f.others, ents)
				}
			}
			if len(f.others) == 0 {
				return false
			}
		}
		if welcomeVerb(w) && obj < 0 && len(f.others) == 0 && (t.dep(v, "aux:pass") >= 0 || reducedPassive(t, v)) {
			// "Y was received in Cairo for talks": by the office-holder
			// the story named for that place
			if p, ok := d.welcomedAt(si, t, v); ok {
				if h := d.placeHolder(si, p, f.agents); h >= 0 {
					f.others = append(f.others, []int{h})
				}
			}
		}
		if receiveVerb(w) {
			// "saw the film", "welcomed the decision": only people and
			// bodies are received; a passive's agent received its subject
			if obj < 0 && len(f.others) == 0 {
				return false
			}
		}
		if strings.HasPrefix(w, "host") && obj >= 0 && meetNouns[t.lw[obj]] {
			// "hosting a dinner for X"
			for _, n := range append(t.deps(v, "obl"), t.kids[obj]...) {
				if p := t.prep(n); t.is(n, "nmod", "obl") && (p == "for" || p == "with" || p == "in honour of" || p == "in honor of") {
					f.others = append(f.others, d.group(si, t, n))
				}
			}
			obj = -1
		}
		if briefVerbs[w] && (obj < 0 || d.mentionAt(si, obj) == nil) {
			// "to brief President X on the budget" with the name read as
			// the subject of what follows: the one named right after the verb
			k := v + 1
			if k < len(t.lw) && t.lw[k] == "the" {
				k++
			}
			for k < len(t.lw) && k <= v+4 && d.mentionAt(si, k) == nil && (titleHeads[toks0(d, si, k)] || lowerTitles[t.lw[k]] || lowerTitleMods[t.lw[k]]) {
				k++ // past the title: "President X"
			}
			if m := d.mentionAt(si, k); m != nil && m.i == k && m.ent >= 0 && !d.isPlace(m.ent) {
				obj = m.j - 1
			}
		}
		if obj < 0 {
			// a bare nominal read as an oblique: "will meet X" with X a long name
			for _, o := range t.deps(v, "obl") {
				if o+1 < len(t.lw) && sayVerbs[t.lw[o+1]] {
					continue // "X met in session, WAM said": who reports it
				}
				if t.prep(o) == "" && t.noun(o) && d.mentionAt(si, o) != nil {
					obj = o
					break
				}
			}
		}
		if obj >= 0 {
			// every object: a parser may split a long list of names
			objs := t.deps(v, "obj")
			if len(objs) == 0 {
				objs = []int{obj}
			}
			for _, o := range objs {
				for _, c := range t.conjuncts(o) {
					if ents := d.phrase(si, t, c, 0); len(ents) > 0 {
						f.others = append(f.others, ents)
					} else if ents := d.leaders(si, t, c); len(ents) > 0 {
						f.others = append(f.others, ents) // "received a delegation led by X"
					}
				}
				if k := lastOf(t, o) + 1; len(t.conjuncts(o)) == 1 && k < len(t.lw) && t.lw[k] == "and" && d.mentionAt(si, o) != nil {
					// "will meet Minister X and Minister of Trade and
					// Tourism Y" with the second name torn off by its title:
					// the name after "and" and its title joins the first
					had := flatten(f.others)
					for _, e := range d.group(si, t, o) {
						if !slices.Contains(had, e) && d.ents[e].typ == newsgraph.Person {
							f.others = append(f.others, []int{e})
						}
					}
				}
			}
		}
		if (receiveVerb(w) || strings.HasPrefix(w, "host")) && obj >= 0 && len(f.others) == 0 {
			return false // "welcomed X's announcement", "saw the film", "will each host the late show": a thing, no one received
		}
		if w == "see" || w == "sees" || w == "saw" || w == "seeing" {
			if v+1 < len(t.lw) && (t.lw[v+1] == "off" || t.lw[v+1] == "out") {
				return false // "saw off X", "saw out the game": beat, lasted
			}
			for _, k := range append(t.deps(v, "obl", "advcl", "xcomp"), t.deps(obj, "nmod")...) {
				if t.prep(k) == "as" || hasMark(t, k, "as") {
					return false // "saw it as a major step": regarded, not met
				}
			}
			if t.dep(v, "xcomp", "ccomp") >= 0 || obj >= 0 && t.lw[obj] == "it" {
				return false // "can see it ending the quarter lower", "saw him leave": watched, not met
			}
			if k := lastOf(t, obj) + 1; obj >= 0 && k < len(t.lw) && (t.tag[k] == "VBD" || t.tag[k] == "VBZ" || t.tag[k] == "VBP" || t.tag[k] == "MD") {
				// "saw X were determined to act", with X read as the object
				// and its verb hung elsewhere: a fact seen, no one met
				return false
			}
		}
		if strings.HasPrefix(w, "talk") || strings.HasPrefix(w, "negotiat") {
			obj = -1 // "talked trade": only "talked with X" is a meeting
		}
		for _, o := range withSubjects(t, v) {
			if ents := d.group(si, t, o); len(ents) > 0 {
				f.others = append(f.others, ents)
			}
		}
		obls := t.deps(v, "obl")
		for _, o := range t.deps(v, "obl") {
			// "met in the evening with X": a with-phrase the parser hung on
			// the phrase before it
			if p := t.prep(o); p != "with" && p != "between" {
				for _, n := range t.deps(o, "nmod") {
					if q := t.prep(n); q == "with" || q == "including" {
						obls = append(obls, n)
					}
				}
			}
		}
		if obj >= 0 && len(f.others) > 0 {
			// "met X leaders pressing for the bill, including Y": the
			// people the object's participle goes on to name, however
			// the parser hung it
			for _, c := range append(t.deps(v, "advcl"), t.deps(obj, "acl")...) {
				if t.tag[c] != "VBG" || c < obj {
					continue
				}
				for _, o := range t.deps(c, "obl") {
					// (the name alone: "Y, a Missouri Democrat" describes Y)
					if ents := d.phrase(si, t, o, 0); t.prep(o) == "including" && len(ents) > 0 {
						f.others = append(f.others, ents)
					}
				}
			}
		}
		for _, o := range obls {
			switch p := t.prep(o); p {
			case "of":
				// "will meet representatives of A, ..., and of B and C": a
				// second "of" the parser hung on the verb continues the object
				if obj >= 0 && groupNouns[t.lw[obj]] && t.is(o, "obl") {
					for _, c := range t.conjuncts(o) {
						if ents := d.phrase(si, t, c, 0); len(ents) > 0 {
							f.others = append(f.others, ents)
						}
					}
				}
			case "from":
				// "met company chiefs from the X Association" with the
				// phrase hung on the verb: the body the people met are of
				// ("met representatives from Spain, Norway and Malta": the
				// countries they are of, each a side, none the speaker's
				// own)
				if obj >= 0 && (groupNouns[t.lw[obj]] || delegateNouns[t.lw[obj]]) && t.is(o, "obl") && firstOf(t, o) == lastOf(t, obj)+1 && len(d.phrase(si, t, obj, 0)) == 0 {
					for _, e := range d.group(si, t, o) {
						if d.ents[e].typ == newsgraph.Organization || d.ents[e].typ == newsgraph.GPE && (stateAgentNouns[t.lw[obj]] || delegateNouns[t.lw[obj]]) && d.x.gz.isCountry(d.ents[e].name) && !d.domesticAll(f.agents, e) {
							f.others = append(f.others, []int{e})
						}
					}
				}
			case "to":
				// "talked to X": only people and bodies, never the press
				if strings.HasPrefix(w, "talk") && !pressNouns[t.lw[o]] {
					for _, c := range t.conjuncts(o) {
						if ents := d.phrase(si, t, c, 0); len(ents) > 0 {
							f.others = append(f.others, ents)
						}
					}
				}
			case "with", "along with", "together with", "including":
				if meetIdiom[t.lw[o]] && d.mentionAt(si, o) == nil {
					return false // "met with criticism"
				}
				for _, c := range t.conjuncts(o) {
					if ents := d.phrase(si, t, c, 0); len(ents) > 0 {
						f.others = append(f.others, ents)
					}
				}
			case "between":
				f.others = append(f.others, d.group(si, t, o))
			}
		}
		if chair := d.chairOf(si, t, v); len(chair) > 0 && containsAll(chair, flatten(f.others)) {
			// (the chair's name set off after the title may be read as a
			// bare oblique of the verb: it is still only the chair)
			f.others = nil
			// "the council met under the chairmanship of X": the body
			// (for "the general assembly of Y", Y) sat with X in the chair
			if s := t.dep(v, "nsubj"); len(f.agents) == 0 && s >= 0 && organNouns[t.lw[s]] {
				for _, n := range t.deps(s, "nmod") {
					if t.prep(n) == "of" {
						f.agents = append(f.agents, d.group(si, t, n)...)
					}
				}
			}
			if len(f.agents) > 0 {
				f.others = append(f.others, chair)
			}
		}
		f.multi = len(f.others) == 0 && obj < 0 && (d.bodyMeets(t, v, f.agents) || d.assemblyMeets(si, t, v, f.agents) || organ && (strings.HasPrefix(w, "me") || gatherVerbs[w]))
		f.loc = d.frameLoc(si, t, v, -1)
		if gatherVerbs[w] {
			// "delegates of the board convene in X to set quotas": a
			// body's members, or named people, come together; not
			// "gathered evidence", not "protesters gathered"
			var people []int
			for _, e := range f.agents {
				if d.ents[e].typ == newsgraph.Person {
					people = append(people, e)
				}
			}
			// (the officials of two or more named sides come together as
			// those sides: "the prime ministers of A, B and C will gather")
			officials := false
			if s := t.dep(v, "nsubj"); s >= 0 && groupNouns[t.lw[s]] && len(uniq(f.agents)) >= 2 {
				officials = true
			}
			if t.dep(v, "obj") >= 0 || !f.multi && len(people) < 2 && len(f.others) == 0 && !officials {
				return false
			}
			for _, o := range t.deps(v, "obl") {
				if f.loc < 0 && t.prep(o) == "for" && gatheringNouns[t.lw[o]] {
					f.loc = d.frameLoc(si, t, o, -1)
				}
			}
		}
	case newsgraph.Visit:
		if ledBy(t, v) {
			return false // "the side will be headed by X", "X heads the team": leading, not going
		}
		if visitVerbs[w] && (hasDep(t, v, "home") || hasDep(t, v, "back")) {
			// "flew home from X", "headed back from X": a return, after a
			// stay in X
			for _, o := range t.deps(v, "obl") {
				if t.prep(o) != "from" {
					continue
				}
				for _, c := range d.placeConjuncts(si, t, o) {
					if ps := d.placesUnder(si, t, c); len(ps) > 0 {
						f.others = append(f.others, ps)
						f.places = append(f.places, ps...)
					}
				}
			}
			if len(f.places) > 0 {
				f.been = true
				return true
			}
			for _, o := range t.deps(v, "obl") {
				if p := t.prep(o); (p == "after" || p == "from" || p == "following") && visitNouns[t.lw[o]] {
					return false // "arrived back in X after a trip to Y": home from the trip, which is read at its noun
				}
			}
		}
		if leaveVerbs[w] || returnVerbs[w] {
			// "left Paris for London", "will leave for X on Monday": a trip
			// to X; "returned from X": one was there. Not "left the
			// company", "returned to profit".
			want := "for"
			if returnVerbs[w] {
				want = "from"
			}
			for _, o := range t.deps(v, "obl") {
				if t.prep(o) != want {
					continue
				}
				for _, c := range d.placeConjuncts(si, t, o) {
					if ps := d.placesUnder(si, t, c); len(ps) > 0 && want == "for" && d.allDomestic(f.agents, ps[0]) {
						// "X, who toured Y, left for Z" with Z at home: going home, no visit
					} else if len(ps) > 0 {
						f.others = append(f.others, ps)
						f.places = append(f.places, ps...)
					} else if g := d.gatheringPlace(si, t, c); want == "for" && g >= 0 {
						f.others = append(f.others, []int{g}) // "left for the talks": where they are held
						f.places = append(f.places, g)
					}
				}
			}
			if returnVerbs[w] && len(f.places) == 0 {
				f.others = d.returnStay(si, t, v, f.agents)
				f.places = flatten(f.others)
			}
			if from := d.leftPlace(si, t, v, f.agents); len(f.places) > 0 && from >= 0 {
				f.others = append(f.others, []int{from}) // "X, who left Cairo on Sunday for Amman": X was in Cairo
				f.places = append(f.places, from)
			}
			for _, o := range t.deps(v, "obl") {
				f.been = f.been || returnVerbs[w] && t.prep(o) == "from"
			}
			return len(f.places) > 0
		}
		dest := -1
		if obj >= 0 && (strings.HasPrefix(w, "visit") || strings.HasPrefix(w, "tour")) && d.mentionAt(si, obj) == nil {
			// "visited OPEC members X, Y and Z", "toured the Gulf states
			// X and Y": the places named right after the group
			k := obj + 1
			if k < len(t.lw) && t.lw[k] == "," {
				k++
			}
			if m := d.mentionAt(si, k); m != nil && m.i == k && d.isPlace(m.ent) && d.ents[m.ent].typ == newsgraph.GPE {
				dest = m.j - 1
			}
		}
		if dest < 0 && obj >= 0 && (strings.HasPrefix(w, "visit") || strings.HasPrefix(w, "tour")) {
			ents := d.phrase(si, t, obj, 0)
			if len(ents) > 0 && !d.isPlace(ents[0]) && strings.HasPrefix(w, "visit") && (d.ents[ents[0]].typ == newsgraph.Person || len(d.placesUnder(si, t, obj)) == 0) {
				// "visited Prime Minister X": a meeting
				f.typ = newsgraph.Meeting
				for _, c := range t.conjuncts(obj) {
					if ents := d.phrase(si, t, c, 0); len(ents) > 0 {
						f.others = append(f.others, ents)
					}
				}
				f.loc = d.frameLoc(si, t, v, -1)
				return true
			}
			dest = obj
		}
		if dest >= 0 {
			for _, c := range d.placeConjuncts(si, t, dest) {
				if ps := d.placesUnder(si, t, c); len(ps) > 0 {
					f.others = append(f.others, ps)
				}
			}
			f.others = d.listedStops(si, t, v, dest, f.others)
			if at := d.siteAt(si, t, v, dest); len(at) > 0 {
				f.others = at // "tour the old Soviet airfield at Kelmar Point": Kelmar Point, not the Soviets
			}
		}
		if len(f.others) == 0 {
			// "visit the community in X" (where the visited are), "flew to X", "arrived in X", "to the carrier at the base in
			// Y" (one destination), "to X and later to Y" (two)
			obls := t.deps(v, "obl")
			for _, o := range t.deps(v, "nmod") {
				if p := t.prep(o); p == "to" || p == "into" {
					obls = append(obls, o) // "travel to X" read with "travel" a noun
				}
			}
			advs := t.deps(v, "advmod")
			// the legs a verbless remnant adds ("and later to Y")
			remnant := map[int]bool{}
			if t.is(v, "xcomp") && t.head[v] >= 0 {
				for _, a := range t.deps(t.head[v], "advmod") {
					if a > v {
						advs = append(advs, a) // "expected to travel to X, and later to Y"
					}
				}
				for _, o := range t.deps(t.head[v], "obl") {
					if p := t.prep(o); o > v && (p == "to" || p == "into") && !visitVerbs[t.lw[t.head[v]]] {
						obls = append(obls, o) // the same, "to Y" hung beside "later"
						remnant[o] = true
					}
				}
			}
			for _, a := range advs {
				for _, o := range t.deps(a, "obl") {
					obls = append(obls, o) // "and later to Y"
					remnant[o] = remnant[o] || t.dep(a, "cc") >= 0 || sequenceWords[t.lw[a]]
				}
			}
			for _, o := range obls {
				// "..., and later to Y" read with "later" on Y
				for _, k := range t.deps(o, "cc", "advmod") {
					remnant[o] = remnant[o] || t.is(k, "cc") || sequenceWords[t.lw[k]]
				}
			}
			to := false
			for _, o := range obls {
				p := t.prep(o)
				if courtNouns[t.lw[o]] {
					continue // "arrived at the High Court": a hearing, not a trip
				}
				if comeVerbs[w] && p != "to" {
					continue // "came to X" is a trip there; "came in second", "came from X" are not
				}
				switch {
				case dest >= 0 && p != "in" && p != "at":
					// "visit farms prior to talks in X": only where the
					// visited are
				case p == "to" || p == "into" || p == "for" && !to || (p == "in" || p == "at" || p == "on") && !to:
					for _, c := range d.placeConjuncts(si, t, o) {
						if ps := d.placesUnder(si, t, c); len(ps) > 0 {
							if remnant[o] {
								f.remnant = append(f.remnant, len(f.others))
							}
							f.others = append(f.others, ps)
							to = to || p == "to" || p == "into"
						}
					}
				case (p == "in" || p == "at") && to && len(f.others) > 0:
					if ps := d.placesUnder(si, t, o); len(ps) > 0 {
						n := len(f.others) - 1
						f.others[n] = uniq(append(f.others[n], ps...))
					}
				}
			}
		}
		if len(f.others) == 0 {
			f.others = d.whereAntecedent(si, t, v) // "Tokyo, where she is to arrive on Sunday"
		}
		for _, g := range f.others {
			f.places = append(f.places, g...)
		}
		if len(f.places) > 0 && len(f.agents) > 0 {
			// "visited X with Y", "flew to X with Y": Y went along
			// ("toured the plant in X with Y" with the phrase hung on the
			// place or the works toured)
			withs := t.deps(v, "obl")
			for _, o := range append(t.deps(v, "obl"), t.deps(v, "obj")...) {
				if p := t.prep(o); p == "in" || p == "to" || p == "at" || t.is(o, "obj") {
					withs = append(withs, t.deps(o, "nmod")...)
				}
			}
			for _, o := range withs {
				if p := t.prep(o); p == "with" || p == "along with" || p == "together with" {
					f.along = append(f.along, flatten(d.coVisitors(si, t, o))...)
				}
			}
		}
		if len(f.places) == 0 && (strings.HasPrefix(w, "tour") || strings.HasPrefix(w, "visit")) && obj >= 0 && vagueRegions[t.lw[obj]] && t.is(v, "conj", "advcl") {
			// "met at X as Y toured the region": the region is where the
			// clause it joins took place
			p := d.frameLoc(si, t, t.head[v], -1)
			for _, o := range t.deps(t.head[v], "obl") {
				if q := t.prep(o); p < 0 && (q == "on" || q == "at" || q == "in") {
					if ps := d.placesUnder(si, t, o); len(ps) > 0 {
						p = ps[len(ps)-1]
					}
				}
			}
			if p >= 0 {
				f.places, f.others = []int{p}, [][]int{{p}}
			}
		}
		if len(f.places) == 0 && strings.HasPrefix(w, "visit") && obj >= 0 && (t.lw[obj] == "country" || t.lw[obj] == "nation") && (hasDep(t, obj, "that") || hasDep(t, obj, "this")) {
			// "will ask Japan to ... when he visits that country": the
			// country named last before it
			if c := d.countryBefore(si, obj, f.agents); c >= 0 {
				f.places, f.others = []int{c}, [][]int{{c}}
			}
		}
		if len(f.places) == 0 && (strings.HasPrefix(w, "visit") || strings.HasPrefix(w, "tour")) && v+1 < len(t.lw) {
			// "X, visiting Ottawa to speak ..." with the place read as the
			// subject of what follows: the place named right after the verb
			if m := d.mentionAt(si, v+1); m != nil && m.i == v+1 && d.isPlace(m.ent) {
				f.places, f.others = []int{m.ent}, [][]int{{m.ent}}
			}
		}
		if len(f.places) == 0 && !leaveVerbs[w] && hereAfter(t, v) {
			// "will arrive here on Saturday", "when he visits here": where
			// the story is told from
			if p := d.hereVenue(si, f.agents); p >= 0 {
				f.places, f.others = []int{p}, [][]int{{p}}
			}
		}
		if len(f.places) == 0 && !leaveVerbs[w] && placeWordAfter(t, v, "there") {
			// "will fly there on Sunday", "went there last year": the
			// place named last before, in this sentence or the one before
			if p := d.countryBefore(si, v, f.agents); p >= 0 {
				f.places, f.others = []int{p}, [][]int{{p}}
			}
		}
		if len(f.places) == 0 && flyInVerbs[w] && flownIn(t, v) {
			// "flew in from Quito on Monday" under a "LIMA, March 3 -"
			// dateline: the place it is told from is where X flew to, not
			// the place X came from (without a dateline, the town the
			// story names most)
			var from []int
			for _, o := range t.deps(v, "obl") {
				if t.prep(o) == "from" {
					from = append(from, d.placesUnder(si, t, o)...)
				}
			}
			if p := d.storyVenue(si); p >= 0 && !slices.Contains(from, p) {
				f.places, f.others = []int{p}, [][]int{{p}}
			}
		}
		if len(f.places) == 0 && strings.HasPrefix(w, "arriv") {
			// "arrived on Tuesday for a two-day visit" under a "LISBON, May
			// 2 -" dateline: arrived there
			if p := d.datelinePlaceFor(si, "", ""); p >= 0 {
				f.places, f.others = []int{p}, [][]int{{p}}
			} else if c := d.storyCountry(si); c >= 0 && d.foreignTo(f.agents, c) {
				// with no dateline: the country the story is set in
				f.places, f.others = []int{c}, [][]int{{c}}
			}
		}
		if len(f.places) == 0 {
			return false
		}
	case newsgraph.Agreement:
		if orderedVerbs[w] {
			// the buyer is a firm or a body ("Chile's state airline" is
			// not Chile)
			var buyers []int
			for _, e := range f.agents {
				if d.ents[e].typ == newsgraph.Organization {
					buyers = append(buyers, e)
				}
			}
			f.agents = buyers
			makers := d.makers(si, t, v)
			if len(makers) == 0 || len(buyers) == 0 {
				return false
			}
			f.others = append(f.others, makers)
			f.loc = d.frameLoc(si, t, v, -1)
			return true
		}
		if strings.HasPrefix(w, "conclud") && obj < 0 && t.dep(v, "nsubj:pass") < 0 {
			return false // "..., he concluded": he finished speaking
		}
		if strings.HasPrefix(w, "agree") {
			// "agreed to cut output", "agreed on a price", "agreed a deal";
			// not "agreed that", not "I agree"
			if x := t.dep(v, "xcomp"); x >= 0 && (meetingVerbs[t.lw[x]] || visitVerbs[t.lw[x]]) {
				return false // "agreed to meet again": the meeting is the event
			}
			// "agreed it will not buy more shares and has granted X an
			// option": the act of the verb joined to it names the other side
			var granted []int
			conjs := t.deps(v, "conj")
			for _, c := range t.deps(v, "ccomp", "parataxis") {
				conjs = append(conjs, t.deps(c, "conj")...) // the parser hangs it on "it will not buy"
			}
			for _, c := range conjs {
				if t.verb(c) && t.dep(c, "nsubj") < 0 && promiseVerb(t.lw[c]) {
					granted = append(granted, d.promisedTo(si, t, c, 0)...)
				}
			}
			if len(granted) > 0 {
				f.others = append(f.others, uniq(granted))
				f.loc = d.frameLoc(si, t, v, -1)
				return true
			}
			if c := t.dep(v, "ccomp"); c >= 0 && hasMark(t, c, "that") && t.dep(v, "xcomp") < 0 && obj < 0 {
				return false // "agreed (with X) that prices would fall": an opinion
			}
			for _, o := range t.deps(v, "obl") {
				// the same with the clause hung elsewhere by the parser:
				// "that" after X opens a clause with a subject of its own,
				// where a relative "that" is followed by its verb
				if k := o + 1; t.prep(o) == "with" && k+1 < len(t.lw) && t.lw[k] == "that" && !t.verb(k+1) && t.tag[k+1] != "MD" && t.dep(v, "xcomp") < 0 && obj < 0 {
					return false
				}
			}
			ok := t.dep(v, "xcomp") >= 0 || obj >= 0
			if h := t.head[v]; reducedParticiple(t, v) && t.is(v, "acl") && h >= 0 && t.is(h, "obl") {
				switch t.prep(h) {
				case "under", "as part of", "following", "after", "in line with":
					// "A and B will merge under a plan, agreed in outline in May,":
					// the plan the main clause's sides act under, agreed
					ok = true
				}
			}
			for _, a := range t.deps(v, "advcl") {
				ok = ok || hasMark(t, a, "to")
			}
			for _, o := range t.deps(v, "obl") {
				if p := t.prep(o); p == "on" || p == "with" || p == "to" || p == "between" && len(d.group(si, t, o)) >= 2 || p == "in" && (t.lw[o] == "principle" || t.lw[o] == "outline") {
					ok = true // "agreed in principle (on new terms)", "points agreed between A and B"
					if p == "between" && t.dep(v, "nsubj") < 0 {
						f.agents = nil // the pair is every side; no subject carried over from a verb the parser joined it to
					}
				}
				if stranded := v+2 < len(t.lw) && (t.lw[v+1] == "upon" || t.lw[v+1] == "on") && t.lw[v+2] == "with"; stranded && t.head[v+2] == o && t.prep(o) != "with" {
					// "the plan he agreed upon with X": the parser takes
					// "upon" for the preposition of "X"
					ok = true
					f.others = append(f.others, d.group(si, t, o))
				}
			}
			if !ok {
				return false
			}
			for _, o := range t.deps(v, "obl") {
				if p := t.prep(o); (p == "on" || p == "to") && proposalNouns[t.lw[o]] {
					if ents := d.proposer(si, t, o); len(ents) > 0 {
						f.others = append(f.others, ents) // "agreed on a Ruritanian proposal": with Ruritania
					}
				} else if (p == "on" || p == "to") && saleNouns[t.lw[o]] {
					f.others = append(f.others, d.saleSides(si, t, o, -1)...) // "agreed to a takeover by X"
				}
			}
			// "agreed to lend X 200 million", "agreed to provide credits
			// to help X pay": whom the promised act is for is the other side
			acts := t.deps(v, "xcomp", "advcl")
			for _, o := range t.deps(v, "obl") {
				if t.lw[o] == "principle" || t.lw[o] == "outline" {
					acts = append(acts, t.deps(o, "acl")...) // "agreed in principle to be bought by X" with the act hung on "principle"
				}
			}
			for _, x := range acts {
				if t.is(x, "advcl", "acl") && !hasMark(t, x, "to") {
					continue
				}
				if ents := d.promisedTo(si, t, x, 0); len(ents) > 0 {
					f.others = append(f.others, ents)
					break
				}
				if ents := d.promisedToSayer(si, t, v, x); len(ents) > 0 {
					f.others = append(f.others, ents)
					break
				}
			}
		} else if obj >= 0 && !agreeNouns[t.lw[obj]] && !signedTogether[t.lw[obj]] && !jointPaper(t, obj) {
			// "signed a decree", "signed the bill": one signs it alone;
			// "the club signed striker X from Y", "signed Y defender X":
			// whom one signs is the other side, and a player's old club
			// the third
			// (the parser may split "Y defender X" into three objects)
			objs := t.deps(v, "obj")
			signed := -1
			for _, o := range objs {
				if signed = d.signedPerson(si, t, o); signed >= 0 {
					break
				}
			}
			// "signed the Charter of Consultations linking A and B": what
			// is signed between two named sides binds them, whatever
			// the instrument is called
			var between []int
			for _, k := range append(t.deps(obj, "nmod"), t.deps(v, "obl")...) {
				if p := t.prep(k); (p == "between" || p == "among") && k > obj && signed < 0 {
					between = uniq(append(between, d.group(si, t, k)...))
					for _, c := range t.deps(obj, "conj") {
						if c > k && d.mentionAt(si, c) != nil && t.dep(c, "case") < 0 {
							between = uniq(append(between, d.group(si, t, c)...)) // "and B" read as the instrument's conjunct
						}
					}
				}
			}
			if len(between) >= 2 {
				f.others = append(f.others, between)
				f.loc = d.frameLoc(si, t, v, -1)
				return true
			}
			if d.mentionAt(si, obj) == nil && signed < 0 {
				return false
			}
			if m := d.mentionAt(si, obj); signed < 0 && d.ents[m.ent].typ == newsgraph.Other && documentName(m.text) {
				return false // "signed the Plan of Reforms": a named document, signed alone as a decree is
			}
			if signed >= 0 {
				f.others = append(f.others, []int{signed})
				for _, o := range t.deps(v, "obl") {
					if t.prep(o) == "from" {
						f.others = append(f.others, d.group(si, t, o))
					}
				}
				for _, o := range objs {
					for _, k := range append([]int{o}, t.deps(o, "compound", "nmod:poss")...) {
						if m := d.mentionAt(si, k); m != nil && d.ents[m.ent].typ == newsgraph.Organization {
							f.others = append(f.others, []int{m.ent})
						}
					}
				}
			} else if ents := d.phrase(si, t, obj, 0); len(ents) > 0 {
				f.others = append(f.others, ents)
			}
		}
		withs := t.deps(v, "obl")
		for _, o := range t.deps(v, "obl", "xcomp", "obj") {
			if !t.noun(o) || t.prep(o) == "with" || t.lw[firstOf(t, o)] != "with" || !strings.HasPrefix(w, "agree") {
				continue
			}
			// "agreed in May with the state's lending arm, X, on a
			// loan": the "with" hung on the possessor inside the phrase,
			// the phrase maybe taken for a complement, the name after it
			// for a phrase of its own
			g := d.group(si, t, o)
			if e := lastOf(t, o); len(g) == 0 && e+2 < len(t.lw) && t.lw[e+1] == "," {
				if m := d.mentionAt(si, e+2); m != nil && m.i == e+2 && d.ents[m.ent].typ == newsgraph.Organization {
					g = []int{m.ent}
				}
			}
			if len(g) > 0 {
				f.others = append(f.others, g)
			}
		}
		if obj >= 0 && strings.HasPrefix(w, "agree") {
			withs = append(withs, t.deps(obj, "nmod")...) // "agreed a loan with X": the parser hangs "with X" on the loan
			for _, k := range t.deps(obj, "nmod") {
				if t.prep(k) == "of" {
					withs = append(withs, t.deps(k, "nmod")...) // "agreed a fee of 9m with X": or on the sum
				}
				if p := t.prep(k); p == "to" && moveNouns[t.lw[obj]] {
					// "X agreed a move to Y (from Z)": a player's terms with
					// the club he joins
					for _, e := range d.group(si, t, k) {
						if d.ents[e].typ == newsgraph.Organization {
							f.others = append(f.others, []int{e})
						}
					}
				}
			}
		}
		for _, o := range withs {
			switch t.prep(o) {
			case "with", "between":
				f.others = append(f.others, d.group(si, t, o))
			}
		}
		f.loc = d.frameLoc(si, t, v, -1)
	}
	return true
}

// combiningForms stand for a country in a hyphenated pair: "Franco-German".
var combiningForms = map[string]string{"franco": "France", "anglo": "United Kingdom", "sino": "China", "italo": "Italy",
	"indo": "India", "greco": "Greece", "turco": "Turkey", "russo": "Russia", "austro": "Austria", "hispano": "Spain",
	"luso": "Portugal", "belgo": "Belgium", "nippo": "Japan", "germano": "Germany", "polono": "Poland"}

// hyphenWord is the hyphenated word at token k of sentence si, with a
// hyphen the tokenizer split off joined back ("U.S." "-" "Japanese"),
// whichever side of it k is: the parser may hang either part on the noun
// ("the U.S.-Brazil pact" has "Brazil" as the compound of "pact").
func (d *doc) hyphenWord(si, k int) string {
	toks := d.sents[si].tokens
	// (a slash joins a pair the same way in wire copy: "the U.S./Japan pact")
	joiner := func(s string) bool { return s == "-" || s == "/" }
	if k+2 < len(toks) && joiner(toks[k+1].text) && toks[k+1].start == toks[k].end && toks[k+2].start == toks[k+1].end {
		return toks[k].text + "-" + toks[k+2].text
	}
	if k >= 2 && joiner(toks[k-1].text) && toks[k-1].start == toks[k-2].end && toks[k].start == toks[k-1].end {
		return toks[k-2].text + "-" + toks[k].text
	}
	return toks[k].text
}

// hyphenSides are the countries or bodies a hyphenated word pairs
// ("Franco-German", "US-Japan", "EU-Turkey"); nil unless every part names
// one.
func (d *doc) hyphenSides(word string) []int {
	parts := strings.Split(word, "-")
	if len(parts) < 2 || len(parts) > 4 {
		return nil
	}
	var out []int
	for _, p := range parts {
		e := -1
		c := d.x.gz.country[key(p)]
		if c == "" {
			c = d.x.gz.demonym[key(p)]
		}
		if c == "" {
			c = combiningForms[strings.ToLower(p)]
		}
		switch {
		case c != "":
			if e = d.entByName(c); e < 0 {
				e = d.implied(c, newsgraph.GPE)
			}
		case knownOrgs[p] != "":
			if e = d.entByName(knownOrgs[p]); e < 0 {
				e = d.implied(knownOrgs[p], newsgraph.Organization)
			}
		default:
			for ei, en := range d.ents {
				if len(en.mentions) > 0 && (en.typ == newsgraph.Organization || en.typ == newsgraph.GPE) && slices.Contains(en.aliases, p) {
					e = ei
					break
				}
			}
			if e < 0 {
				e = d.firmByFirstWord(p)
			}
		}
		if e < 0 {
			return nil
		}
		out = append(out, e)
	}
	return uniq(out)
}

// firmByFirstWord is the one firm the story names whose name opens with
// word w ("Halvorsen" of "Halvorsen Pharma", as in "the Halvorsen-Daewon
// deal"), or -1 when none or several do.
func (d *doc) firmByFirstWord(w string) int {
	e := -1
	for ei, en := range d.ents {
		if en.typ != newsgraph.Organization || len(en.mentions) == 0 || len(en.tokens) < 2 || en.tokens[0] != strings.ToLower(w) {
			continue
		}
		if e >= 0 {
			return -1
		}
		e = ei
	}
	return e
}

// pairNamed are the sides a hyphenated modifier of a meeting noun pairs:
// countries or bodies ("US-Soviet talks"), or people the story names by
// their surnames ("the Brenner-Brisk summit"); nil unless every part
// names one.
func (d *doc) pairNamed(si, k int) []int {
	word := d.hyphenWord(si, k)
	if sides := d.hyphenSides(word); len(sides) >= 2 {
		return sides
	}
	parts := strings.Split(word, "-")
	if len(parts) < 2 || len(parts) > 3 {
		return nil
	}
	var out []int
	for _, p := range parts {
		e := -1
		for ei, en := range d.ents {
			if en.typ != newsgraph.Person || len(en.mentions) == 0 || len(en.tokens) < 2 || en.tokens[len(en.tokens)-1] != strings.ToLower(p) {
				continue
			}
			if e >= 0 {
				return nil // two people of that surname
			}
			e = ei
		}
		if e < 0 {
			return nil
		}
		out = append(out, e)
	}
	return uniq(out)
}

// disputeNouns are quarrels an agreement may end.
var disputeNouns = set("dispute", "disputes", "row", "rows", "feud", "quarrel", "conflict", "disagreement", "standoff",
	"stand-off", "battle", "fight", "wrangle", "war", "tussle")

// settleVerb says whether w is a form of a verb that ends a quarrel:
// "settled", "ends", "resolving".
func settleVerb(w string) bool {
	for _, b := range []string{"settl", "end", "resolv", "resolve", "clos"} {
		if strings.HasPrefix(w, b) && len(w)-len(b) <= 3 && !strings.HasSuffix(w, "less") {
			return true
		}
	}
	return false
}

// topicPair is the hyphenated pair of countries or bodies modifying the
// topic noun k of an agreement ("the US-Japan steel pact" read with the
// pair hung on "steel"), or nil.
func (d *doc) topicPair(si int, t *tree, k int) []int {
	for _, c := range t.deps(k, "compound", "amod") {
		if ents := d.hyphenSides(d.hyphenWord(si, c)); len(ents) >= 2 {
			return ents
		}
	}
	return nil
}

// possessorsBefore are the names listed before the possessor at k of
// noun n, which the parser coordinated with n itself: "Chile and Peru's
// accord" read as "Chile and (Peru's accord)".
func (d *doc) possessorsBefore(si int, t *tree, k, n int) [][]int {
	m := d.mentionAt(si, k)
	if m == nil || m.i < 2 || !t.is(n, "conj") || toks0(d, si, m.i-1) != "and" {
		return nil
	}
	h := t.head[n]
	p := d.mentionAt(si, h)
	if p == nil || p.j != m.i-1 {
		return nil
	}
	if typ := d.ents[p.ent].typ; typ != newsgraph.Organization && typ != newsgraph.GPE {
		return nil
	}
	return [][]int{{p.ent}}
}

// holderVerbs take an agreement for their object that their subject is a
// side of: "X announced a deal with Y", "X renewed its contract with Y".
var holderVerbs = set("announce", "announces", "announced", "announcing", "unveil", "unveils", "unveiled", "renew",
	"renews", "renewed", "renewing", "extend", "extends", "extended", "ratify", "ratifies", "ratified", "implement",
	"implemented", "honour", "honoured", "honor", "honored", "renegotiate", "renegotiated", "cancel", "cancels",
	"cancelled", "canceled", "scrap", "scraps", "scrapped", "terminate", "terminates", "terminated", "break", "broke",
	"breached", "tear", "tore", "approve", "approves", "approved", "endorse", "endorses", "endorsed", "accept", "accepts", "accepted")

// makeVerbs make an agreement: "the deal it struck", "a pact agreed with".
var makeVerbs = set("reached", "struck", "agreed", "signed", "concluded", "hammered", "sealed", "clinched", "negotiated",
	"brokered", "finalised", "finalized", "initialled", "initialed", "forged", "inked")

// signedNoun says whether noun n is signed, agreed or reached: the object
// or passive subject of such a verb, or described by a clause that made it.
func signedNoun(t *tree, n int) bool {
	if h := t.head[n]; h >= 0 && t.verb(h) && (t.is(n, "obj") || t.is(n, "nsubj:pass")) && (agreeVerbs[t.lw[h]] || makeVerbs[t.lw[h]] || t.lw[h] == "sign" || t.lw[h] == "reach" || t.lw[h] == "reaches" || t.lw[h] == "reaching") {
		return true
	}
	for _, a := range t.deps(n, "acl") {
		if makeVerbs[t.lw[a]] && t.verb(a) {
			return true
		}
	}
	return false
}

// underMade says whether agreement noun n is one whose terms a clause
// tells as in force: "Under the agreement, X will supply Y", "under
// their deal": the deal is made, whatever it says will come; not "under
// a proposed deal", "under the deal being negotiated".
func underMade(t *tree, n int) bool {
	if t.prep(n) != "under" || len(t.deps(n, "acl")) > 0 {
		return false
	}
	definite := t.dep(n, "nmod:poss") >= 0
	for _, k := range t.deps(n, "det") {
		switch t.lw[k] {
		case "the", "this", "that", "these", "those":
			definite = true
		}
	}
	for _, k := range t.deps(n, "amod", "compound") {
		if plannedGov[t.lw[k]] || uncertainGov[t.lw[k]] || t.lw[k] == "draft" || t.lw[k] == "possible" || t.lw[k] == "potential" {
			return false
		}
	}
	return definite
}

// madeBefore says whether agreement noun n is described by a clause that
// tells it was made: "the accord, signed in May", "the deal it struck";
// not "a deal to be signed", "the pact it will sign".
func madeBefore(t *tree, n int) bool {
	for _, a := range t.deps(n, "acl") {
		if !makeVerbs[t.lw[a]] || t.tag[a] != "VBN" && t.tag[a] != "VBD" || t.dep(a, "mark") >= 0 || t.negatedAt(a) {
			continue
		}
		made := true
		for _, x := range t.deps(a, "aux", "aux:pass") {
			switch t.lw[x] {
			case "has", "have", "had", "'ve", "was", "were", "been":
			default:
				made = false // "will sign", "to be signed", "would be agreed"
			}
		}
		if made {
			return true
		}
	}
	return false
}

// promisedToSayer is the firm or country telling that another agreed to
// do for "it" what the act at x says: in "X said Y agreed to issue it
// new shares" it is X (Y would issue itself nothing), and in "X said Y
// agreed to buy its unit" too; a group told as led by a person ("a
// group led by investor X said") is that person. Nil unless agree
// verb v is what a named firm or country says and "it" is the act's
// object or whom it is for.
func (d *doc) promisedToSayer(si int, t *tree, v, x int) []int {
	if !promiseVerb(t.lw[x]) || !t.is(v, "ccomp") || t.head[v] < 0 || !sayVerbs[t.lw[t.head[v]]] {
		return nil
	}
	it := false
	for _, k := range t.kids[x] {
		if t.lw[k] == "it" && (t.is(k, "obj", "iobj") || t.is(k, "obl") && (t.prep(k) == "to" || t.prep(k) == "for")) {
			it = true
		}
		if takeoverVerb(t.lw[x]) && boughtNominal(t, x, k) && (firmParts[t.lw[k]] || k+1 < len(t.lw) && firmParts[t.lw[k+1]] && boughtNominal(t, x, k+1)) {
			for _, p := range t.deps(k, "nmod:poss") {
				it = it || t.lw[p] == "its" // "X said Y agreed to buy its unit": one buys another's unit
			}
		}
	}
	s := t.dep(t.head[v], "nsubj")
	if !it || s < 0 {
		return nil
	}
	var out []int
	for _, e := range d.group(si, t, s) {
		// ("a group led by investor X said Y agreed to provide it ...":
		// the group stands for the one who leads it)
		if typ := d.ents[e].typ; typ == newsgraph.Organization || typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[e].name) || typ == newsgraph.Person && ledBodies[t.lw[s]] {
			out = append(out, e)
		}
	}
	if len(out) != 1 {
		return nil
	}
	return out
}

// ventureNoun says whether noun n is a venture two sides agree to make
// ("a joint venture", "their merger", "its takeover of Y"), not a word
// naming another thing ("merger talks", "a takeover bid").
func ventureNoun(t *tree, n int) bool {
	if t.is(n, "compound") || !t.noun(n) {
		return false
	}
	switch t.lw[n] {
	case "merger", "mergers", "takeover", "acquisition", "buyout":
		return true
	case "venture", "ventures":
		for _, k := range t.deps(n, "amod", "compound") {
			if t.lw[k] == "joint" {
				return true
			}
		}
	case "company", "companies", "firm", "concern":
		// "formed a joint venture company with Y": the venture, told by
		// the firm it makes
		for _, k := range t.deps(n, "compound") {
			if (t.lw[k] == "venture" || t.lw[k] == "ventures") && (hasDep(t, k, "joint") || k > 0 && t.lw[k-1] == "joint") {
				return true
			}
		}
	case "swap", "swaps":
		// "a share swap between A and B", "an asset swap"; not "a
		// currency swap line", a rate swap of no named sides
		for _, k := range t.deps(n, "amod", "compound") {
			if swapKinds[t.lw[k]] {
				return true
			}
		}
	case "consortium", "partnership", "partnerships", "alliance", "alliances", "tie-up", "tie-ups", "tieup":
		// a body two firms make together only when told as made,
		// entered or sealed ("formed a consortium", "entered a
		// partnership with X", "sealed their tie-up"); "a consortium of
		// banks", "the partnership said" name one
		h := t.head[n]
		return h >= 0 && t.verb(h) && (t.is(n, "obj") && (ventureVerbs[t.lw[h]] || enterVerbs[t.lw[h]] || sealVerbs[t.lw[h]]) || t.prep(n) == "into" && enterVerbs[t.lw[h]])
	}
	return false
}

// ventureMakers are the firms a participle set off after venture noun n
// names as its makers: "the joint venture, formed by A and B in 1985",
// "a venture set up by A and B"; nil when it names fewer than two.
func (d *doc) ventureMakers(si int, t *tree, n int) ([]int, [][]int) {
	for _, v := range t.deps(n, "acl") {
		if !ventureVerbs[t.lw[v]] || t.tag[v] != "VBN" || (t.lw[v] == "set" && !hasDep(t, v, "up")) {
			continue
		}
		for _, a := range t.deps(v, "obl:agent", "obl") {
			if t.prep(a) != "by" {
				continue
			}
			var firms []int
			for _, e := range d.group(si, t, a) {
				if d.ents[e].typ == newsgraph.Organization {
					firms = append(firms, e)
				}
			}
			if firms = uniq(firms); len(firms) >= 2 {
				return firms[:1], [][]int{firms[1:]}
			}
		}
	}
	return nil, nil
}

// cityside says whether a side of frame f is a town, not a country.
func (d *doc) cityside(f frame) bool {
	for _, e := range append(append([]int{}, f.agents...), flatten(f.others)...) {
		if d.ents[e].typ == newsgraph.GPE && !d.x.gz.isCountry(d.ents[e].name) {
			return true
		}
	}
	return false
}

// firmsTieUp says whether noun n is a tie-up, alliance or partnership
// between firms it names ("the tie-up between A and B was blocked"): two
// firms' deal, whatever is told of it. Between countries it is a standing
// bond ("the alliance between A and B is a cornerstone"), no deal.
func (d *doc) firmsTieUp(si int, t *tree, n int) bool {
	switch t.lw[n] {
	case "alliance", "tie-up", "tieup", "partnership", "consortium":
	default:
		return false
	}
	if t.is(n, "compound") || !t.noun(n) {
		return false
	}
	for _, k := range t.deps(n, "nmod") {
		if t.prep(k) != "between" || len(t.conjuncts(k)) < 2 {
			continue
		}
		firms := 0
		for _, c := range t.conjuncts(k) {
			if m := d.mentionAt(si, c); m != nil && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Organization {
				firms++
			}
		}
		return firms == len(t.conjuncts(k))
	}
	return false
}

// saleOfFirm says whether noun n, "sale" or "purchase", is the sale of a
// named firm or of a side's own part to a named firm ("its purchase of X",
// "the sale of Y to Z", "the sale of its unit to Z"); not the sale of
// shares, bonds or goods ("the sale of 5 pct of X", "sales of X cars").
func (d *doc) saleOfFirm(si int, t *tree, n int) bool {
	if t.is(n, "compound") || !t.noun(n) || t.lw[n] != "sale" && t.lw[n] != "purchase" {
		return false
	}
	firm := func(k int) bool {
		m := d.mentionAt(si, k)
		return m != nil && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Organization
	}
	of, to, by := -1, -1, -1
	for _, k := range t.deps(n, "nmod") {
		switch t.prep(k) {
		case "of":
			of = k
		case "to":
			to = k
		case "by":
			by = k
		}
	}
	if of < 0 || shareNouns[t.lw[of]] || t.dep(of, "nummod") >= 0 {
		return false
	}
	if firm(of) {
		return true
	}
	if firmParts[t.lw[of]] || firmKind(t.lw[of]) {
		// "the purchase of X's packaging division": the firm whose part
		// changes hands is named by its possessive
		if poss := t.dep(of, "nmod:poss"); poss >= 0 && firm(poss) {
			return true
		}
	}
	if stakeNouns[t.lw[of]] || firmParts[t.lw[of]] {
		// "the purchase of a 30 pct stake in X": the firm a part of
		// which changes hands
		for _, k := range t.deps(of, "nmod") {
			if t.prep(k) == "in" && firm(k) {
				return true
			}
		}
	}
	// what is sold is a firm's own: "its unit", "a leasing company", "the division"
	owned := t.dep(of, "nmod:poss") >= 0 || firmKind(t.lw[of]) || firmParts[t.lw[of]]
	if by >= 0 && firm(by) && (owned || holdingNouns[t.lw[of]]) {
		return true // "the sale by X of its holdings in Y"
	}
	if v := t.head[n]; to < 0 && t.lw[n] == "sale" && v >= 0 && t.verb(v) && t.is(n, "obj") {
		for _, k := range t.deps(v, "obl") {
			if t.prep(k) == "to" && k > n {
				to = k // "completed the sale of its unit to Y" with "to Y" hung on the verb, as saleSides reads it
			}
		}
	}
	return to >= 0 && firm(to) && owned
}

// ventureWords are the words ventureNoun reads.
// swapKinds are what two firms swap in a deal: "a share swap".
var swapKinds = set("share", "shares", "stock", "asset", "assets", "equity")

var ventureWords = set("swap", "swaps", "merger", "mergers", "venture", "ventures", "takeover", "acquisition", "buyout", "consortium", "partnership",
	"partnerships", "alliance", "alliances", "tie-up", "tie-ups", "tieup")

// sealVerbs conclude a partnership or a tie-up: "sealed a partnership",
// "struck an alliance with X", "signed their tie-up".
var sealVerbs = set("seal", "seals", "sealed", "sealing", "sign", "signs", "signed", "signing", "ink", "inks", "inked", "inking",
	"strike", "strikes", "struck", "striking", "forge", "forges", "forged", "forging", "clinch", "clinches", "clinched",
	"conclude", "concludes", "concluded", "finalise", "finalised", "finalize", "finalized", "agree", "agreed", "agrees")

// stakeVerbs put money or a share into a venture: "invest in", "take part in".
var stakeVerbs = set("invest", "invests", "invested", "investing", "participate", "participates", "participated", "participating")

// enterVerbs take one into a partnership: "entered a partnership with X".
var enterVerbs = set("enter", "enters", "entered", "entering")

// ventureVerbs make a joint venture: "set up", "form", "establish".
var ventureVerbs = set("set", "sets", "setting", "form", "forms", "formed", "forming", "establish", "establishes",
	"established", "establishing", "create", "creates", "created", "creating", "launch", "launches", "launched", "launching")

// moveNouns are a player's change of club, agreed with the club he joins.
var moveNouns = set("move", "transfer", "switch", "loan")

// signsPerson says whether v is a form of "sign" whose object is a person
// ("the manager signed Y"): a club taking on a player, not a pact
// between signers.
func (d *doc) signsPerson(si int, t *tree, v int) bool {
	if !t.verb(v) || !signWords[t.lw[v]] {
		return false
	}
	for _, o := range t.deps(v, "obj") {
		if d.signedPerson(si, t, o) >= 0 {
			return true
		}
	}
	return false
}

// signedPerson is the person object obj of "signed" names: the name
// itself ("signed X") or the one set beside a player's or an artist's
// trade ("signed striker X", "signed Y defender X"); -1 if none.
func (d *doc) signedPerson(si int, t *tree, obj int) int {
	if m := d.mentionAt(si, obj); m != nil {
		if d.ents[m.ent].typ == newsgraph.Person {
			return m.ent
		}
		return -1
	}
	for _, k := range t.deps(obj, "appos", "flat") {
		if m := d.mentionAt(si, k); m != nil && m.i > obj && d.ents[m.ent].typ == newsgraph.Person {
			return m.ent
		}
	}
	return -1
}

// renewalNouns prolong an agreement: "a contract extension", "a deal renewal".
var renewalNouns = set("extension", "extensions", "renewal", "renewals")

// renewalOf says whether noun n is an agreement's renewal, the agreement
// its compound ("a two-year contract extension"): one agreement more.
func renewalOf(t *tree, n int) bool {
	return renewalNouns[t.lw[n]] && slices.ContainsFunc(t.deps(n, "compound"), func(k int) bool { return agreeNouns[t.lw[k]] })
}

// clubAt is the club a person's own contract or deal, noun n, is told
// "at" ("signed a new three-year deal at Y", "extended his contract at
// Y", "a new contract to stay at Y"): a firm named, the contract the
// person's own (new, of some years, "his", or told in a story of sport).
// A deal signed at a ministry or a palace is signed there, with no one.
func (d *doc) clubAt(si int, t *tree, n int) [][]int {
	if !playerDeals[t.lw[n]] && !renewalOf(t, n) {
		return nil
	}
	v := t.head[n]
	if v < 0 || !t.verb(v) || !t.is(n, "obj") {
		return nil
	}
	subj := d.subjectOf(si, t, v)
	if len(subj) == 0 || slices.ContainsFunc(subj, func(e int) bool { return d.ents[e].typ != newsgraph.Person }) {
		return nil
	}
	own := slices.ContainsFunc(t.deps(n, "amod", "nmod:poss"), func(k int) bool {
		return t.lw[k] == "new" || strings.HasSuffix(t.lw[k], "-year") || t.lw[k] == "his" || t.lw[k] == "her"
	})
	if !own && !d.sportStory(si) {
		return nil
	}
	phrases := append(t.deps(n, "nmod"), t.deps(v, "obl")...)
	for _, a := range t.deps(n, "acl") {
		if stayVerbs[t.lw[a]] {
			phrases = append(phrases, t.deps(a, "obl")...) // "a new contract to stay at Y"
		}
	}
	var out [][]int
	for _, k := range phrases {
		if t.prep(k) != "at" || k < n || facilityHeads[d.sents[si].tokens[k].text] {
			continue
		}
		// (by its name: a side read "at" a place is where one is, to
		// phrase; a club named for its town may be read as the town)
		if m := d.mentionAt(si, k); m != nil && m.ent >= 0 && (d.ents[m.ent].typ == newsgraph.Organization || d.ents[m.ent].typ == newsgraph.GPE && !d.x.gz.isCountry(d.ents[m.ent].name)) {
			out = append(out, []int{m.ent})
		}
	}
	return out
}

// playerDeals are the deals a player signs with a club.
var playerDeals = set("deal", "contract")

// stayVerbs keep one where one is: "a new contract to stay at Y".
var stayVerbs = set("stay", "remain", "keep")

// firmParts are the parts of a firm one buys from it: "the unit of X",
// "X's cement division".
var firmParts = set("unit", "units", "arm", "arms", "subsidiary", "subsidiaries", "division", "divisions", "business",
	"businesses", "operations", "assets", "stake", "holding", "plant", "plants", "brand", "brands", "branch", "branches")

// setOffNominal says whether the bare nominal k opens after a comma, as an
// apposition does: "..., a unit of Y".
func setOffNominal(t *tree, k int) bool {
	f := firstOf(t, k)
	return t.lw[f] == "," || f > 0 && t.lw[f-1] == ","
}

// assetNouns are the things a firm owns and sells whole, beyond its
// parts: "the reserves and properties of X", "X's pipelines".
var assetNouns = set("reserves", "properties", "pipelines", "pipeline", "refinery", "refineries", "mill", "mills",
	"mines", "stores", "hotels", "fleet", "network", "portfolio", "facilities", "interests", "oilfields")

// assetOwners are the firms that own the things bought at nouns ns or
// their conjuncts, when each is a firm's part or asset: the firm of an
// "of" phrase or a possessive ("the assets of X", "X's pipelines"), not
// "its", which is the buyer's own more often than not.
func (d *doc) assetOwners(si int, t *tree, ns []int) []int {
	var out []int
	for _, n := range ns {
		for _, c := range t.conjuncts(n) {
			if !firmParts[t.lw[c]] && !wholeParts[t.lw[c]] && !assetNouns[t.lw[c]] || d.mentionAt(si, c) != nil {
				continue
			}
			for _, k := range t.deps(c, "nmod", "nmod:poss") {
				if t.rel[k] == "nmod" && t.prep(k) != "of" || strings.HasPrefix(t.tag[k], "PRP") {
					continue
				}
				for _, e := range d.group(si, t, k) {
					if d.ents[e].typ == newsgraph.Organization {
						out = append(out, e)
					}
				}
			}
		}
	}
	return uniq(out)
}

// stakeFirms are the firms a stake or a part at noun x is in: "a 30 pct
// stake in X", "its holding in X and Y".
func (d *doc) stakeFirms(si int, t *tree, x int) []int {
	var out []int
	for _, k := range t.deps(x, "nmod") {
		if t.prep(k) != "in" {
			continue
		}
		for _, c := range t.conjuncts(k) {
			if m := d.mentionAt(si, c); m != nil && m.ent >= 0 && m.j == c+1 && d.ents[m.ent].typ == newsgraph.Organization {
				out = append(out, m.ent)
			}
		}
	}
	return out
}

// shareNouns are what one buys of a firm short of a part of it: "100 pct
// of X", "the shares of X".
var shareNouns = set("pct", "percent", "%", "shares", "stock", "equity", "control")

// partOwner are the firms whose part or shares the buying act at verb x
// takes ("buy the dairy unit of X", "buy X's cement arm", "acquire 100 pct
// of X"): the firm it is bought from. The part may be the object or, when
// the parser splits "the chemicals unit of X", a bare nominal beside it;
// "its unit" is the buyer's own.
func (d *doc) partOwner(si int, t *tree, x int) []int {
	var out []int
	for _, k := range t.kids[x] {
		if !boughtNominal(t, x, k) || !firmParts[t.lw[k]] && !shareNouns[t.lw[k]] && !(k+1 < len(t.lw) && firmParts[t.lw[k+1]] && boughtNominal(t, x, k+1)) {
			continue // ("X's chemicals unit" split by the parser: the owner hung on "chemicals")
		}
		var owners []int
		for _, c := range append([]int{k}, t.deps(k, "compound")...) {
			owners = append(owners, t.deps(c, "nmod")...) // ("X's pumps unit" with X hung on "pumps")
		}
		for _, n := range owners {
			if shareNouns[t.lw[n]] && t.prep(n) == "of" {
				owners = append(owners, t.deps(n, "nmod")...) // "100 pct of the outstanding shares of X": the shares' owner
			}
		}
		for _, n := range owners {
			if t.is(n, "nmod:poss") && strings.HasPrefix(t.tag[n], "PRP") || !t.is(n, "nmod:poss") && t.prep(n) != "of" {
				continue
			}
			for _, e := range d.group(si, t, n) {
				if d.ents[e].typ == newsgraph.Organization {
					out = append(out, e)
				}
			}
		}
	}
	return out
}

// sharesHolder are who hold the shares or the stake the buying act at
// verb x takes, named by a participle: "buy the shares held by X", "buy
// 2 mln of the 3 mln shares owned by X": the seller.
func (d *doc) sharesHolder(si int, t *tree, x int) []int {
	var out []int
	for _, k := range t.kids[x] {
		if !boughtNominal(t, x, k) {
			continue
		}
		held := []int{k}
		for _, n := range t.deps(k, "nmod", "obl") {
			if t.prep(n) == "of" {
				held = append(held, n) // "2 mln of the shares"
			}
		}
		for _, h := range held {
			if !shareNouns[t.lw[h]] && !stakeNouns[t.lw[h]] {
				continue
			}
			for _, a := range t.deps(h, "acl") {
				if w := t.lw[a]; w != "held" && w != "owned" {
					continue
				}
				for _, b := range t.deps(a, "obl:agent", "obl") {
					if t.is(b, "obl:agent") || t.prep(b) == "by" {
						out = append(out, d.group(si, t, b)...)
					}
				}
			}
		}
	}
	return out
}

// stakeIn are the firms a part bought by verb x is of: "a 15 pct stake in
// Y", "a majority holding in Y", "2.5 mln shares of Y", "one mln shares,
// or a 20 pct interest, of Y", wherever the parser hung the "in" or "of"
// phrase (on the stake, on a share noun beside it, on the verb). plain
// says whether the part is only shares ("bought shares of Y"), which may
// be bought on a market from no one. sellers are the firms of a "from"
// phrase hung on the stake or on the firm it is in ("a majority holding
// in Y from Z").
func (d *doc) stakeIn(si int, t *tree, x int) (firms, sellers []int, plain bool) {
	var parts []int
	stake := false
	for _, k := range t.kids[x] {
		if !boughtNominal(t, x, k) {
			continue
		}
		for _, c := range t.conjuncts(k) {
			for _, p := range append([]int{c}, t.deps(c, "appos", "acl")...) {
				if w := t.lw[p]; stakeNouns[w] || shareNouns[w] {
					parts = append(parts, p) // ("a majority holding in Y" with "holding" read as a participle)
					stake = stake || stakeNouns[w] || w == "pct" || w == "percent" || w == "%"
				}
			}
		}
	}
	if len(parts) == 0 {
		return nil, nil, false
	}
	var phrases []int
	for _, p := range parts {
		phrases = append(phrases, t.deps(p, "nmod", "obl")...)
	}
	for _, o := range t.deps(x, "obl") {
		if t.prep(o) == "in" {
			phrases = append(phrases, o) // "bought a 15 pct stake in Y" with "in Y" hung on the verb
		}
	}
	name := func(n int) int {
		for _, a := range append([]int{n}, t.deps(n, "appos")...) {
			if m := d.mentionAt(si, a); m != nil && d.ents[m.ent].typ == newsgraph.Organization {
				return m.ent
			}
		}
		return -1
	}
	for _, n := range phrases {
		p := t.prep(n)
		if p == "from" {
			if e := name(n); e >= 0 {
				sellers = append(sellers, e)
			}
		}
		if p != "in" && p != "of" {
			continue
		}
		for _, f := range t.deps(n, "nmod") {
			if e := name(f); e >= 0 && t.prep(f) == "from" {
				sellers = append(sellers, e) // the seller hung on the firm
			}
		}
		for _, c := range t.conjuncts(n) {
			if e := name(c); e >= 0 {
				firms = append(firms, e) // (the name itself: group reads "in Y" as where)
			}
		}
	}
	return uniq(firms), uniq(sellers), !stake
}

// boughtNominal says whether k is what verb x takes: its object, or a
// bare nominal the parser split off the object.
func boughtNominal(t *tree, x, k int) bool {
	return t.head[k] == x && (t.is(k, "obj") || t.is(k, "obl") && t.prep(k) == "")
}

// takeoverVerb says whether w buys a firm or a part of one.
func takeoverVerb(w string) bool {
	return strings.HasPrefix(w, "buy") || w == "bought" || strings.HasPrefix(w, "acquir") || strings.HasPrefix(w, "purchas") || w == "take" || w == "took" || w == "taken"
}

// dealNouns are agreements a sale is made in: "bought X in a deal worth
// ...", not "in a memorandum backing its bid".
var dealNouns = set("deal", "agreement", "accord", "pact", "contract", "transaction")

// debtNouns are what a creditor reschedules or refinances for a debtor.
var debtNouns = set("debt", "debts", "loans", "obligations", "arrears", "borrowings")

// promiseVerbs are the acts one side agrees to do for, to or with another:
// "agreed to lend X", "agreed to supply Y with", "agreed to merge with Z".
var promiseVerbs = set("refinance", "restructure", "issue", "provide", "lend", "loan", "supply", "sell", "buy", "give", "grant", "extend", "pay", "acquire",
	"purchase", "deliver", "finance", "fund", "invest", "help", "assist", "merge", "cooperate", "co-operate", "work",
	"build", "license", "licence", "ship", "export", "import", "reschedule", "forgive", "cancel", "transfer", "hand",
	"share", "support", "join", "form", "create", "set", "establish", "swap", "exchange", "take", "rescue", "back", "guarantee", "receive")

// transaction is who sells, pays, lends or supplies and to whom, in the
// clause that agreement noun n is part of ("as part of", "to get out of",
// "under"): the subject and the other side of the nearest verb of
// promiseVerbs above n, through at most three heads and no verb of saying.
func (d *doc) transaction(si int, t *tree, n int) ([]int, []int) {
	for v, k := t.head[n], 0; v >= 0 && k < 4; v, k = t.head[v], k+1 {
		// (a reported act the noun hangs on is still the deal's: "X said
		// it was buying Y, an agreement that ...")
		if sayVerbs[t.lw[v]] || t.is(v, "ccomp", "parataxis", "acl:relcl") && !(k == 0 && t.verb(v) && promiseVerb(t.lw[v])) && !(t.is(v, "acl:relcl") && promiseVerb(t.lw[v])) {
			return nil, nil
		}
		if x := t.dep(v, "xcomp"); (!t.verb(v) || !promiseVerb(t.lw[v])) && x >= 0 && t.verb(x) && promiseVerb(t.lw[x]) {
			v = x // "Under the agreement, X will be able to sell through Y"
		}
		if !t.verb(v) || !promiseVerb(t.lw[v]) {
			continue
		}
		subj := d.subjectOf(si, t, v)
		var other []int
		for _, e := range d.promisedTo(si, t, v, 0) {
			if !slices.Contains(subj, e) {
				other = append(other, e)
			}
		}
		return subj, other
	}
	return nil, nil
}

// saleOf is who sells, pays, lends or supplies and to whom in the main
// clause of sentence si ("A has sold its unit to B"), through a reporting
// verb ("A said it had sold ...").
func (d *doc) saleOf(si int, t *tree) (verb int, seller, buyer []int) {
	root := t.root()
	if root >= 0 && sayVerbs[t.lw[root]] {
		root = t.dep(root, "ccomp")
	}
	if root < 0 || !t.verb(root) || !promiseVerb(t.lw[root]) {
		return -1, nil, nil
	}
	a := d.subjectOf(si, t, root)
	var b []int
	for _, e := range d.promisedTo(si, t, root, 0) {
		if !slices.Contains(a, e) {
			b = append(b, e)
		}
	}
	return root, a, b
}

func flatten(gs [][]int) []int {
	var out []int
	for _, g := range gs {
		out = append(out, g...)
	}
	return out
}

// counterpartNouns describe the other side of a firm's or a country's
// agreement without naming it: "its creditor committee", "the unions".
var counterpartNouns = set("committee", "panel", "creditors", "lenders", "banks", "unions", "union", "workers",
	"employees", "staff", "shareholders", "bondholders", "partners", "board", "management", "advisers", "suppliers",
	"customers", "distributors", "dealers", "pilots", "miners", "teachers", "doctors", "nurses", "creditor")

// describedSide says whether one side of agreement frame f is described,
// not named, and belongs to the other ("A and its creditor committee
// agreed", "a pact between A and its advisory panel", "A reached agreement
// with the unions"): the gold of such an agreement is the named side.
func (d *doc) describedSide(si int, t *tree, f *frame) bool {
	var heads []int
	for _, v := range []int{f.t, f.light} {
		if v < 0 {
			continue
		}
		heads = append(heads, t.deps(v, "nsubj")...)
		os := t.deps(v, "obl", "nmod")
		for _, a := range t.deps(v, "acl") {
			if hasMark(t, a, "of") {
				os = append(os, t.deps(a, "obl")...) // an MoU written out, its "understanding" read as a verb
			}
		}
		for _, o := range os {
			if p := t.prep(o); p == "with" || p == "between" {
				heads = append(heads, o)
			}
		}
	}
	for _, h := range heads {
		// "between A and its advisory panel" with the list torn apart by
		// the parser: read from the words
		if m := d.mentionAt(si, h); m != nil && m.j+2 < len(t.lw) && t.lw[m.j] == "and" && (t.lw[m.j+1] == "its" || t.lw[m.j+1] == "their") {
			for k := m.j + 2; k < len(t.lw) && k <= m.j+4; k++ {
				if counterpartNouns[t.lw[k]] && t.noun(k) {
					return true
				}
			}
		}
		with := t.prep(h) == "with"
		for _, c := range t.conjuncts(h) {
			if !t.noun(c) || d.mentionAt(si, c) != nil || len(d.phrase(si, t, c, 0)) > 0 {
				continue // "the British banks" name a side
			}
			if with && d.describedParty(si, t, c) {
				return true
			}
			if !counterpartNouns[t.lw[c]] {
				continue
			}
			for _, k := range t.deps(c, "det", "nmod:poss") {
				if w := t.lw[k]; w == "its" || w == "their" || w == "the" {
					return true
				}
			}
		}
	}
	return false
}

// partyKindNouns are the kinds of firm or body a story names a side by
// when it does not name it ("a local builder", "a Japanese trading
// house", "a consortium of banks"), beyond the firm nouns.
var partyKindNouns = set("builder", "builders", "contractor", "contractors", "developer", "developers", "trader", "traders",
	"house", "investor", "investors", "institution", "institutions", "fund", "funds", "syndicate", "shipyard", "agency",
	"buyers", "partner", "unit", "management", "creditors", "lenders", "banks", "unions", "union", "workers", "employees",
	"suppliers", "distributors", "dealers", "shareholders", "bondholders")

// describedParty says whether noun c, the object of "with" beside an
// agreement, is a firm or body told by its kind and not named: "a deal
// with a local builder", "a contract with a consortium of European banks",
// "agreement with management". An article or no determiner at all, and
// no possessor: "its creditors" is read by counterpartNouns; "a deal with
// a value of", "a contract with an option" name no side.
func (d *doc) describedParty(si int, t *tree, c int) bool {
	w := t.lw[c]
	if !partyKindNouns[w] && !oneFirmNouns[w] && !firmKind(w) && !makerNouns[w] {
		return false
	}
	if w == "house" && t.dep(c, "compound", "amod") < 0 {
		return false // "a trading house", not "a house"
	}
	if (w == "group" || w == "unit") && t.dep(c, "amod", "compound", "nmod") < 0 {
		return false // "a group of banks", "a Swiss unit"; a bare "group" is too often no firm
	}
	for k := c - 1; k >= 0 && k >= c-5 && t.lw[k] != "with"; k-- {
		if t.tag[k] == "PRP$" || t.tag[k] == "POS" {
			return false // "with its labour union", the possessive hung on a modifier
		}
	}
	for _, k := range t.deps(c, "det") {
		if w := t.lw[k]; w != "a" && w != "an" {
			return false // "the company" is one the story has named
		}
	}
	return true
}

// underWhich says whether relative clause a opens with "under which".
func underWhich(t *tree, a int) bool {
	if !t.is(a, "acl:relcl") {
		return false
	}
	for _, o := range t.kids[a] {
		if t.prep(o) == "under" && (t.lw[o] == "which" || t.lw[o] == "that") {
			return true
		}
	}
	return false
}

// irregularPast are the past forms of promiseVerbs not made with "-ed".
var irregularPast = map[string]string{"sold": "sell", "bought": "buy", "paid": "pay", "gave": "give", "given": "give",
	"lent": "lend", "took": "take", "taken": "take", "built": "build", "set": "set"}

// promiseVerb says whether w is a form of one of promiseVerbs ("sells",
// "sold", "provided", "supplying").
func promiseVerb(w string) bool {
	if promiseVerbs[w] || promiseVerbs[irregularPast[w]] {
		return true
	}
	for _, suf := range []string{"s", "es", "d", "ed", "ing"} {
		if b, ok := strings.CutSuffix(w, suf); ok && len(b) > 2 {
			if promiseVerbs[b] || promiseVerbs[b+"e"] || len(b) > 3 && b[len(b)-1] == b[len(b)-2] && promiseVerbs[b[:len(b)-1]] {
				return true
			}
			if strings.HasSuffix(b, "i") && promiseVerbs[b[:len(b)-1]+"y"] {
				return true // "supplied", "supplies"
			}
		}
	}
	return false
}

// suppliedBy are the participles of promiseVerbs with a "by" phrase
// inside the clause of verb x, not in a clause of its own subject:
// "gas supplied by X", "jets built by Y".
func suppliedBy(t *tree, x int) []int {
	var out []int
	var walk func(k, depth int)
	walk = func(k, depth int) {
		for _, c := range t.kids[k] {
			if depth > 3 || t.dep(c, "nsubj") >= 0 || t.is(c, "ccomp", "parataxis", "acl:relcl") {
				continue
			}
			if t.tag[c] == "VBN" && t.is(c, "acl", "advcl") && promiseVerb(t.lw[c]) && (t.dep(c, "obl:agent") >= 0 || hasByPhrase(t, c)) {
				out = append(out, c)
				continue
			}
			walk(c, depth+1)
		}
	}
	walk(x, 0)
	return out
}

// hasByPhrase says whether verb v has an oblique "by" phrase.
func hasByPhrase(t *tree, v int) bool {
	for _, o := range t.deps(v, "obl") {
		if t.prep(o) == "by" {
			return true
		}
	}
	return false
}

// promisedTo are the firms, countries and people that the act a side
// agrees to do (the clause at x, with a verb of promiseVerbs) is for:
// its objects and its "to", "with", "for", "from" phrases, through
// "help X pay" and "to help" clauses; no place it happens in.
func (d *doc) promisedTo(si int, t *tree, x, depth int) []int {
	if x < 0 || depth > 2 || !t.verb(x) || !promiseVerb(t.lw[x]) {
		return nil
	}
	var out []int
	take := func(k int) {
		for _, c := range t.conjuncts(k) {
			for _, e := range d.phrase(si, t, c, 0) {
				switch typ := d.ents[e].typ; {
				case typ == newsgraph.Organization, typ == newsgraph.Person,
					typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[e].name):
					out = append(out, e)
				}
			}
		}
	}
	var args, objs []int
	for _, k := range t.kids[x] {
		switch {
		case t.is(k, "obj", "iobj") || takeoverVerb(t.lw[x]) && boughtNominal(t, x, k):
			// ("to buy brick maker X" with X taken for a bare nominal; but
			// "..., a unit of Y" describes the seller, torn off it, and is
			// nothing bought, though a seller after it is still the seller)
			if !(t.is(k, "obl") && setOffNominal(t, k) && d.mentionAt(si, k) == nil && (vehicleNouns[t.lw[k]] || firmParts[t.lw[k]])) {
				objs = append(objs, k)
			}
			for _, n := range t.deps(k, "nmod") {
				if takeoverVerb(t.lw[x]) || t.is(n, "nmod:unmarked") {
					// ("to receive 9 mln a year from X": or on the rate after the sum)
					for _, nn := range t.deps(n, "nmod") {
						if t.prep(nn) == "from" {
							args = append(args, nn) // "to buy a stake in a mine from X": the parser hangs the seller on the nearest noun
						}
					}
				}
				if p := t.prep(n); p == "to" || p == "for" || p == "from" || p == "with" {
					args = append(args, n) // "to lend 200 million to X" with "to X" hung on the sum
				} else if p == "in" && stakeNouns[t.lw[k]] {
					// "to buy a stake in a mine from X": what one buys a
					// stake in comes from no one; the seller is the
					// buyer's other side, whichever noun the parser hung
					// it on; with a seller named, the firm the stake is
					// in is no side of the deal
					seller := false
					for _, f := range t.deps(n, "nmod") {
						if t.prep(f) == "from" {
							args, seller = append(args, f), true
						}
					}
					if seller {
						continue
					}
					// "to buy a stake in X": X, a firm, not where; "a stake
					// in newspaper firm X": the firm named beside its kind
					for _, c := range t.conjuncts(n) {
						for _, a := range append([]int{c}, t.deps(c, "appos")...) {
							if m := d.mentionAt(si, a); m != nil && d.ents[m.ent].typ == newsgraph.Organization {
								out = append(out, m.ent)
								break
							}
						}
					}
				}
			}
		case (depth > 0 && t.tag[x] == "VBN" && t.is(x, "acl", "advcl") || t.dep(x, "aux:pass") >= 0) && (t.is(k, "obl:agent") || t.is(k, "obl") && t.prep(k) == "by"):
			args = append(args, k) // "gas supplied by X": X sells it; "agreed to be acquired by X": X buys
		case t.is(k, "obl") && t.prep(k) == "in" && firmKind(t.lw[k]) && t.dep(x, "obj") >= 0 && stakeNouns[t.lw[t.dep(x, "obj")]]:
			// "to buy a stake in newspaper firm X" with the firm's kind
			// read as the place of the buying: the firm named after it
			if m := d.mentionAt(si, k+1); m != nil && m.i == k+1 && d.ents[m.ent].typ == newsgraph.Organization {
				out = append(out, m.ent)
			}
		case t.is(k, "obl", "nmod"):
			if p := t.prep(k); p == "to" || p == "for" || p == "from" || p == "with" || p == "through" && strings.HasPrefix(t.lw[x], "sell") || p == "into" && strings.HasPrefix(t.lw[x], "merge") {
				args = append(args, k) // "sell its policies through X": X's network
			}
			for _, n := range t.deps(k, "nmod") {
				if p := t.prep(n); p == "to" || p == "for" {
					args = append(args, n)
				}
			}
			for _, n := range append([]int{k}, t.deps(k, "nmod")...) {
				for _, a := range t.deps(n, "acl") {
					out = append(out, d.promisedTo(si, t, a, depth+1)...) // "500 million in credits to help X pay"
				}
			}
		case t.is(k, "nsubj") && depth > 0 && t.lw[x] != "help":
			// "help X pay": X, the subject of the clause help takes
		case t.is(k, "xcomp", "advcl", "acl"):
			if s := t.dep(k, "nsubj"); s >= 0 && t.lw[x] == "help" {
				args = append(args, s)
			}
			out = append(out, d.promisedTo(si, t, k, depth+1)...)
		}
	}
	for _, k := range args {
		if t.lw[k] == "it" || t.lw[k] == "its" || t.tag[k] == "PRP" {
			continue // the side itself, most often
		}
		take(k)
	}
	if len(out) == 0 && depth == 0 {
		// "to pay more for gas supplied by X", "to buy jets built by X",
		// wherever the parser hung the participle: X is the seller
		for _, a := range suppliedBy(t, x) {
			out = append(out, d.promisedTo(si, t, a, depth+1)...)
		}
	}
	if len(out) == 0 {
		// "agreed to buy X", "to give X access"; but in "to sell its unit
		// X to Y" the object is what changes hands, and Y the other side
		for _, k := range objs {
			if t.tag[k] != "PRP" {
				take(k)
			}
		}
	}
	if len(out) == 0 && takeoverVerb(t.lw[x]) {
		// "to acquire the oil reserves and pipelines of X", "to buy X's
		// stores": what a firm owns is bought from it, however the
		// parser split the list of things (a later one may hang on the
		// verb)
		var things []int
		for _, c := range t.kids[x] {
			if t.is(c, "obj") || t.is(c, "conj") && t.noun(c) && c > x && d.mentionAt(si, c) == nil {
				things = append(things, c)
			}
		}
		out = d.assetOwners(si, t, things)
	}
	if len(out) == 0 && takeoverVerb(t.lw[x]) {
		// "to buy the dairy arm of X", "to acquire the Lyon-based
		// subsidiary of X": a firm's part is bought from the firm
		for _, k := range objs {
			if !firmParts[t.lw[k]] {
				continue
			}
			for _, n := range t.deps(k, "nmod", "nmod:poss") {
				if t.is(n, "nmod:poss") && !strings.HasPrefix(t.tag[n], "PRP") || t.prep(n) == "of" {
					take(n)
				}
			}
		}
	}
	if len(out) == 0 && takeoverVerb(t.lw[x]) {
		out = d.partOwner(si, t, x) // "to buy 100% of X", "to acquire 40 pct of X's shares"
	}
	if len(out) == 0 && takeoverVerb(t.lw[x]) {
		out = d.sharesHolder(si, t, x) // "to buy 2 mln of the shares held by X"
	}
	if len(out) == 0 && takeoverVerb(t.lw[x]) {
		// "to buy 400,000 shares, about 15 pct, of X"
		if in, from, plain := d.stakeIn(si, t, x); !plain {
			out = append(in, from...)
		}
	}
	if len(out) == 0 {
		// "to reschedule 200 million dollars of X's debt": the debtor
		for _, k := range objs {
			for _, n := range append([]int{k}, t.deps(k, "nmod")...) {
				if debtNouns[t.lw[n]] && (n == k || t.prep(n) == "of") {
					if p := t.dep(n, "nmod:poss"); p >= 0 && !strings.HasPrefix(t.tag[p], "PRP") {
						take(p) // not "its debt": the side's own
					}
				}
			}
		}
	}
	if len(out) == 0 && depth == 0 && x+1 < len(t.lw) {
		// "to pay B 10 million dollars", "sold B a stake": the name right
		// after the verb is whom it is paid or sold to, however the
		// parser hung it
		if m := d.mentionAt(si, x+1); m != nil && m.i == x+1 {
			switch typ := d.ents[m.ent].typ; {
			case typ == newsgraph.Organization, typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[m.ent].name):
				out = append(out, m.ent)
			}
		}
		// "provides trucks to X" with "to X" torn off the clause
		for k := x + 1; len(out) == 0 && k+1 < len(t.lw) && k <= x+5 && t.lw[k] != "," && t.lw[k] != "and"; k++ {
			if m := d.mentionAt(si, k+1); t.lw[k] == "to" && m != nil && m.i == k+1 && d.ents[m.ent].typ == newsgraph.Organization {
				out = append(out, m.ent)
			}
		}
	}
	return uniq(out)
}

// currencyWords are the currencies BBC copy writes before the sum.
var currencyWords = set("dollars", "pounds", "euros", "yen", "francs", "marks", "rupees", "roubles", "rubles", "yuan")

// orderedVerbs order goods, an agreement with their maker: "ordered 30
// X jets", "has ordered planes from Y".
var orderedVerbs = set("ordered", "orders", "order", "ordering")

// productNouns are goods a maker builds to order.
var productNouns = set("plane", "planes", "jet", "jets", "aircraft", "airliner", "airliners", "airplanes", "helicopter",
	"helicopters", "ship", "ships", "vessel", "vessels", "tanker", "tankers", "truck", "trucks", "lorries", "bus", "buses",
	"locomotive", "locomotives", "train", "trains", "engine", "engines", "turbine", "turbines", "satellite", "satellites",
	"reactor", "reactors", "fighter", "fighters", "frigate", "frigates", "submarine", "submarines", "wagon", "wagons",
	"carriage", "carriages", "crane", "cranes", "freighter", "freighters")

// makers are the firms that build what verb v of orderedVerbs orders:
// a firm named before the goods ("30 X jets", "X Aerospace helicopters"),
// the maker that opens a model's name ("12 X K400 airliners", "the X
// 300"), or the firm they are ordered from ("planes from Y").
func (d *doc) makers(si int, t *tree, v int) []int {
	var out []int
	firm := func(k int) int {
		m := d.mentionAt(si, k)
		if m == nil || m.ent < 0 {
			return -1
		}
		switch typ := d.ents[m.ent].typ; {
		case typ == newsgraph.Organization, typ == newsgraph.Other && m.j-m.i == 1 && !strings.ContainsAny(d.sents[si].tokens[m.i].text, "0123456789"):
			return m.ent // ("18 X jets" with X unknown to the recogniser: a brand)
		case typ == newsgraph.Other && m.j-m.i >= 2 && strings.ContainsAny(d.sents[si].tokens[m.j-1].text, "0123456789"):
			// a model's name: the words before its number are the maker's
			var ws []string
			for _, tk := range d.sents[si].tokens[m.i : m.j-1] {
				ws = append(ws, tk.text)
			}
			name := strings.Join(ws, " ")
			for ei, e := range d.ents {
				if e.typ == newsgraph.Organization && len(e.mentions) > 0 && (e.name == name || slices.Contains(e.aliases, name)) {
					return ei
				}
			}
			return d.implied(name, newsgraph.Organization)
		}
		return -1
	}
	toks := d.sents[si].tokens
	for _, o := range t.deps(v, "obj") {
		for _, c := range t.conjuncts(o) {
			if productNouns[t.lw[c]] {
				for _, k := range t.deps(c, "compound", "nmod:poss", "amod") {
					if e := firm(k); e >= 0 {
						out = append(out, e)
					}
					for _, k2 := range t.deps(k, "compound") {
						if e := firm(k2); e >= 0 {
							out = append(out, e) // "6 X T-70 freighters": the maker before the model
						}
					}
				}
				continue
			}
			// "30 X jets" read as two objects, the firm and the goods
			if m := d.mentionAt(si, c); m != nil && m.j < len(toks) && productNouns[t.lw[m.j]] {
				if e := firm(c); e >= 0 {
					out = append(out, e)
				}
			}
			// "ordered 5 X K400s": the model alone
			if e := firm(c); e >= 0 && d.ents[e].implied {
				out = append(out, e)
			}
		}
		for _, c := range t.conjuncts(o) {
			if !productNouns[t.lw[c]] {
				continue
			}
			for _, n := range t.deps(c, "nmod") {
				if t.prep(n) == "from" {
					if e := firm(n); e >= 0 {
						out = append(out, e)
					}
				}
			}
			for _, n := range t.deps(v, "obl") {
				if t.prep(n) == "from" {
					if e := firm(n); e >= 0 {
						out = append(out, e)
					}
				}
			}
		}
	}
	return uniq(out)
}

// stakeNouns are a part of a firm that changes hands: "bought a stake in
// X" is a deal with X.
var stakeNouns = set("stake", "stakes", "holding", "holdings", "share", "interest", "shareholding", "majority", "minority")

// discussedWith is the with-phrases a parser hung inside the object of
// "discussed" ("discussed a variety of deals with X", "discussed A with X,
// and B with Y"): through the object's nouns and lists, not its clauses.
func discussedWith(t *tree, obj int) []int {
	var out []int
	var walk func(h, depth int)
	walk = func(h, depth int) {
		if h < 0 || depth > 4 {
			return
		}
		for _, n := range t.deps(h, "nmod", "conj") {
			if t.prep(n) == "with" {
				out = append(out, n)
				continue
			}
			walk(n, depth+1)
		}
	}
	walk(obj, 0)
	return out
}

// discussedThing says whether the noun at i is what a verb of discussing
// is about ("discussed possible deals with X"): a topic, not an event.
// monthOwned says whether agreement noun n is one its owner made in a
// month it is named by ("their March pact", "the bloc's May accord"):
// an accord in force, whatever is said of it now.
func monthOwned(t *tree, n int) bool {
	if t.dep(n, "nmod:poss") < 0 {
		return false
	}
	for _, c := range t.deps(n, "compound") {
		if _, ok := months[t.lw[c]]; ok && t.tag[c] == "NNP" {
			return true
		}
	}
	return false
}

func discussedThing(t *tree, i int) bool {
	for h, n := i, 0; h >= 0 && n < 3; h, n = t.head[h], n+1 {
		if v := t.head[h]; v >= 0 && t.is(h, "obj", "nmod") && t.verb(v) && strings.HasPrefix(t.lw[v], "discuss") {
			return true
		}
		if !t.is(h, "obj", "nmod") {
			return false
		}
	}
	return false
}

// documentName says whether a name is a document's ("the Plan of
// Reforms", "the National Security Strategy").
func documentName(name string) bool {
	for _, w := range strings.Fields(name) {
		if docHeads[w] {
			return true
		}
	}
	return false
}

// namedFor says whether the event noun at i only ends a name of
// something else, "of" after its head.
func (d *doc) namedFor(si int, t *tree, i int) bool {
	m := d.mentionAt(si, i)
	return m != nil && m.j == i+1 && m.i < i && ofHeadedName(t, m.i, i)
}

// ofHeadedName says whether the name [a, i] holds "of" before its last
// word i, after a head that states no event itself ("Programme of
// Consultations"; not "Council of Ministers Meeting").
func ofHeadedName(t *tree, a, i int) bool {
	for k := a + 1; k < i; k++ {
		if t.lw[k] == "of" {
			h := t.lw[k-1]
			return !triggerWord(h) && !meetNouns[h] && !agreeNouns[h]
		}
	}
	return false
}

// instrumentKids are the dependents of agreement noun n, with those of
// the "of" phrase that names the instrument ("a letter of intent with X",
// "a memorandum of understanding between A and B"), on which the parser
// hangs the sides it meets first.
func instrumentKids(t *tree, n int, typ newsgraph.EventType) []int {
	kids := t.kids[n]
	if typ != newsgraph.Agreement {
		return kids
	}
	// "an agreement on the protection of investments between A and B":
	// the parser hangs the sides on the subject the agreement is on
	topics := t.deps(n, "nmod")
	if h := t.head[n]; h >= 0 && t.is(n, "obj") && signWords[t.lw[h]] {
		// "sign a memorandum on cooperation in X between A and B": the
		// parser hangs what it is on, and the sides with it, on the verb
		for _, o := range t.deps(h, "obl") {
			if o > n {
				topics = append(topics, o)
			}
		}
	}
	if h := t.head[n]; h >= 0 && t.is(n, "obj") && t.verb(h) && t.lw[n] == "sale" {
		// "completed the sale of its unit to Y": the parser hangs the
		// buyer on the verb
		for _, o := range t.deps(h, "obl") {
			if o > n && t.prep(o) == "to" && !slices.ContainsFunc(t.deps(n, "nmod"), func(c int) bool { return t.prep(c) == "to" }) {
				kids = append(kids[:len(kids):len(kids)], o)
			}
		}
	}
	var under func(k, depth int)
	under = func(k, depth int) {
		for _, c := range t.deps(k, "nmod") {
			if q := t.prep(c); (q == "between" || q == "among") && !routeNouns[t.lw[k]] {
				// (not "a loan for the railway between A and B": the
				// route's ends)
				kids = append(kids[:len(kids):len(kids)], c)
			} else if (q == "of" || q == "in" || q == "on" || q == "for") && depth > 1 {
				under(c, depth-1)
			}
		}
	}
	for _, k := range topics {
		if p := t.prep(k); p != "on" && p != "for" && p != "of" && p != "concerning" || p == "of" && instrumentOf[t.lw[k]] {
			continue
		}
		under(k, 2)
	}
	for _, k := range t.deps(n, "nmod") {
		// "an agreement in principle with X": the parser hangs the side on
		// "principle"
		if t.prep(k) == "in" && (t.lw[k] == "principle" || t.lw[k] == "outline") {
			for _, c := range t.deps(k, "nmod") {
				if q := t.prep(c); q == "with" || q == "between" || q == "among" {
					kids = append(kids[:len(kids):len(kids)], c)
				}
			}
		}
	}
	for _, k := range t.deps(n, "nmod", "acl") {
		if t.is(k, "nmod") && t.prep(k) != "of" || !instrumentOf[t.lw[k]] {
			continue // (the parser may read "of understanding" as a clause)
		}
		for _, c := range t.deps(k, "nmod", "obl") {
			if q := t.prep(c); q == "with" || q == "between" || q == "among" {
				kids = append(kids[:len(kids):len(kids)], c)
			}
		}
	}
	return kids
}

// termsVerbs tell what an agreement binds its sides to do: "a deal
// that obliges it to deliver to X".
var termsVerbs = set("calls", "call", "called", "provides", "provided", "requires", "required", "obliges", "obliged",
	"obligates", "obligated", "commits", "committed")

// routeNouns run between two places, which are their ends, not sides.
var routeNouns = set("road", "roads", "railway", "railways", "rail", "line", "lines", "route", "routes", "highway", "motorway",
	"pipeline", "pipelines", "corridor", "bridge", "tunnel", "canal", "link", "links", "cable", "flights", "service", "services", "border", "crossing")

// agreedActs are the clauses that say what agreement noun n binds its
// sides to: its own ("a deal to buy X"), those the parser hangs on the
// noun's "of" or "in" phrase ("a letter of intent to buy X", "an
// agreement in principle to sell Y") or on the verb the noun is the
// object of, right after the noun.
func agreedActs(t *tree, n int) []int {
	acts := t.deps(n, "acl")
	if h := t.head[n]; h >= 0 && t.verb(h) && n+2 < len(t.lw) && t.lw[n+1] == "to" {
		for _, a := range t.deps(h, "advcl", "xcomp") {
			if a == n+2 && hasMark(t, a, "to") {
				acts = append(acts, a) // "ended its agreement to sell X to Y" with the act hung on the verb
			}
		}
	}
	if h := t.head[n]; h >= 0 && t.is(n, "obj") && signWords[t.lw[h]] {
		// "will sign a letter of intent in Accra on Friday to enter a
		// partnership with Y": what one signs for is what the instrument
		// binds to, however far the purpose clause stands from the noun
		for _, a := range t.deps(h, "advcl") {
			if a > n+2 && hasMark(t, a, "to") && t.dep(a, "nsubj") < 0 && !slices.Contains(acts, a) {
				acts = append(acts, a)
			}
		}
	}
	// "a deal that obliges it to deliver to X", "a pact that requires
	// them to sell Y": the act the terms of the noun's own clause bind to
	for _, r := range t.deps(n, "acl:relcl") {
		if !termsVerbs[t.lw[r]] {
			continue
		}
		for _, a := range t.deps(r, "xcomp", "ccomp", "advcl") {
			if hasMark(t, a, "to") && t.verb(a) && promiseVerb(t.lw[a]) {
				acts = append(acts, a)
			}
		}
	}
	for _, k := range t.deps(n, "nmod") {
		switch p := t.prep(k); {
		case p == "of" && instrumentOf[t.lw[k]], p == "in" && (t.lw[k] == "principle" || t.lw[k] == "outline"):
			for _, a := range t.deps(k, "acl") {
				if hasMark(t, a, "to") {
					acts = append(acts, a)
				}
			}
		}
	}
	return acts
}

// theirBody is the body of states that "their" at k, owning agreement
// noun n, stands for: the one the subject of the clause over the noun
// names ("the Group of Nine trade ministers will weigh their
// May pact", "ministers of the Group of Nine meeting to review their
// accord"), or -1. A pair of firms or people owns "their" deal too, but
// as two sides the resolver reads.
func (d *doc) theirBody(si int, t *tree, k, n int) int {
	if t.lw[k] != "their" {
		return -1
	}
	for v, steps := t.head[n], 0; v >= 0 && steps < 4; v, steps = t.head[v], steps+1 {
		if !t.verb(v) && !t.noun(v) {
			continue
		}
		var ents []int
		for _, e := range d.subjectOf(si, t, v) {
			if d.ents[e].typ != newsgraph.Person {
				ents = append(ents, e)
			}
		}
		if len(ents) == 0 && t.noun(v) {
			continue // "the ministers meeting ... to review": the noun's own subject is further up
		}
		if len(ents) == 1 && statesBody(d.ents[ents[0]]) {
			return ents[0]
		}
		if len(ents) > 0 {
			return -1
		}
		break
	}
	// "awaiting the Group of Nine ministers' meeting to review their
	// accord" with the purpose hung on the wrong verb: the one side the
	// words before name, when that is such a body
	b := -1
	for _, mi := range d.bySent[si] {
		m := d.mentions[mi]
		if m.kind != named || m.ent < 0 || m.i < t.from || m.i >= k {
			continue
		}
		if e := d.ents[m.ent]; e.typ == newsgraph.Organization || e.typ == newsgraph.GPE && d.x.gz.isCountry(e.name) {
			if b >= 0 && b != m.ent || !statesBody(e) {
				return -1
			}
			b = m.ent
		}
	}
	return b
}

// instrumentOf name a signed instrument after "of": "letter of intent",
// "memorandum of understanding", "heads of agreement".
var instrumentOf = set("intent", "understanding", "agreement", "cooperation", "co-operation", "association")

// nounFrame reads a noun trigger: "talks with X", "a meeting between X and
// Y", "X's visit to Y", "the visit of X", "a deal with X", and the subject
// of the verb that carries it ("X held talks with Y", "X was on a visit to
// Y", "after a meeting with Y, X said").
// accordOnDeal says whether "in accord" (n) is on a deal, as wire
// headlines state one made: "A and B in accord on joint venture"; "in
// agreement on prices" is of one mind.
func accordOnDeal(t *tree, n int) bool {
	if t.lw[n] != "accord" && t.lw[n] != "agreement" {
		return false
	}
	for _, k := range t.deps(n, "nmod") {
		if t.prep(k) == "on" && (ventureWords[t.lw[k]] || agreeNouns[t.lw[k]] && !madeOnlyNouns[t.lw[k]]) {
			return true
		}
	}
	return false
}

func (d *doc) nounFrame(si int, t *tree, f *frame) bool {
	n := f.t
	w := t.lw[n]
	if h := t.head[n]; t.is(n, "compound") && h >= 0 && triggerAt(t, h) {
		return false // "summit talks": one event, read at the head
	}
	if w == "call" {
		// "a state call on X", "a courtesy call"
		ok := false
		for _, k := range t.deps(n, "compound", "amod") {
			ok = ok || t.lw[k] == "state" || t.lw[k] == "courtesy"
		}
		// "paid a call on X": a call one pays is a visit to someone
		if h := t.head[n]; h >= 0 && t.is(n, "obj") && payVerbs[t.lw[h]] && t.verb(h) {
			ok = true
		}
		if !ok {
			return false
		}
	}
	if h := t.head[n]; f.typ == newsgraph.Agreement && h >= 0 && t.is(n, "obj") && strings.HasPrefix(t.lw[h], "propos") {
		return false // "proposed a deal with X": a proposal, not an agreement
	}
	if h := t.head[n]; f.typ == newsgraph.Agreement && hasDep(t, n, "draft") && !(h >= 0 && agreeVerbs[t.lw[h]]) {
		return false // "handed X a draft treaty": a text put forward, agreed by no one yet (unless signed or initialled)
	}
	if f.typ == newsgraph.Agreement && t.prep(n) == "in" && t.dep(n, "det", "nmod:poss") < 0 && !ventureNoun(t, n) && !accordOnDeal(t, n) {
		return false // "was in agreement with X on prices": of one mind, whatever the parser made the head
	}
	if madeOnlyNouns[w] && !signedNoun(t, n) && !(w == "package" && debtPact(t, n) && t.dep(n, "nmod:poss") >= 0) {
		return false // a package is an agreement only when signed or agreed: "a financing package signed in May"
	}
	if w == "letter" {
		// a letter of intent is an agreement; a letter is not
		ok := false
		for _, k := range t.deps(n, "nmod") {
			if t.lw[k] == "intent" {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	if (w == "dinner" || w == "lunch" || w == "banquet" || w == "reception") && !d.hosted(t, n) && !sharedMeal(t, n) && len(d.mealGuests(si, t, n)) == 0 {
		return false // a meal is a meeting only when someone hosts it, shares it or gives it for a guest
	}
	if w == "conference" || w == "session" {
		// "a press conference", "a news conference"
		for _, k := range t.deps(n, "compound", "amod") {
			if t.lw[k] == "press" || t.lw[k] == "news" || t.lw[k] == "telephone" || t.lw[k] == "video" {
				return false
			}
		}
	}
	if f.typ == newsgraph.Visit && returnedVisit(t, n) {
		return d.returnTrip(si, t, f)
	}
	h := t.head[n]
	// "in agreement with", "in talks": a state, not the event, unless a verb
	// carries it ("locked in talks with")
	var sides [][]int
	var with [][]int
	var bodies []int   // "the G7 meeting": the G7, when someone attends it
	hosted := false    // a host is named: "at a dinner hosted by X"
	var hosts [][]int  // who hosts it: "a summit hosted by X"
	unnamed := false   // talks with people the text does not name: "with senior officials"
	var namedFor []int // lands a trip is named after, countries or divisions: "the Wales tour"
	for _, k := range instrumentKids(t, n, f.typ) {
		p := t.prep(k)
		instrumentSide := t.head[k] != n && t.is(k, "obl") // "of understanding between A and B" read as a clause
		switch {
		case t.is(k, "compound", "amod") && f.typ == newsgraph.Meeting && (organNouns[t.lw[k]] || t.tag[k] == "NNS" && memberNouns[t.lw[k]]) && d.modifierMention(si, t, k) == nil:
			// "the OPEC council meeting", "the ICGE executive board meeting":
			// the organ's meeting is its body's own; so is its members'
			// ("the G7 finance ministers meeting")
			bodies = append(bodies, d.organBodies(si, t, k)...)
			// organOwner is -1 where organBodies named a body
			if e := d.organOwner(si, t, k); e >= 0 && !slices.ContainsFunc(t.deps(n, "compound"), func(c int) bool { return d.mentionAt(si, c) != nil }) {
				bodies = append(bodies, e) // "the two-week council meeting" of the body whose council the story told
			}
		case t.is(k, "nmod:poss") && f.typ == newsgraph.Meeting && t.tag[k] == "NNS" && memberNouns[t.lw[k]] && len(d.organBodies(si, t, k)) > 0:
			bodies = append(bodies, d.organBodies(si, t, k)...) // "the G7 finance ministers' meeting"
		case t.is(k, "nmod:poss"):
			if ents := d.boundPossessive(si, t, k); len(ents) > 0 {
				sides = append(sides, ents)
			} else if ents := d.phrase(si, t, k, 0); len(ents) > 0 {
				sides = append(sides, ents)
				if f.typ == newsgraph.Agreement {
					sides = append(sides, d.possessorsBefore(si, t, k, n)...)
				}
			} else if b := d.theirBody(si, t, k, n); f.typ == newsgraph.Agreement && b >= 0 {
				sides = append(sides, []int{b})
				f.multi = true // "the G9 ministers will review their May accord": the body's own, among its states
			}
		case t.is(k, "nmod") && f.typ == newsgraph.Visit && (p == "with" || p == "along with" || p == "together with"):
			f.along = append(f.along, flatten(d.coVisitors(si, t, k))...) // "a visit to X with Y": Y goes too
		case (t.is(k, "nmod") || instrumentSide) && (p == "with" || p == "along with" || (p == "on" || p == "to") && w == "call" || p == "from" && (w == "welcome" || w == "call" || f.typ == newsgraph.Agreement)):
			// ("won a contract from X": X is the other side)
			for _, c := range t.conjuncts(k) {
				if ents := d.phrase(si, t, c, 0); len(ents) > 0 {
					with = append(with, ents)
				} else if groupNouns[t.lw[c]] || hostNouns[t.lw[c]] {
					unnamed = true
				}
			}
		case (t.is(k, "nmod") || instrumentSide && w == "sale") && p == "to" && f.typ == newsgraph.Agreement && saleNouns[w]:
			// "the sale of its unit to X": X buys, from the firm "its" is
			if ents := d.group(si, t, k); len(ents) > 0 {
				with = append(with, ents)
				if o := t.dep(n, "nmod"); o >= 0 && o != k && t.prep(o) == "of" && t.dep(n, "nmod:poss") < 0 {
					if poss := t.dep(o, "nmod:poss"); poss >= 0 && (t.lw[poss] == "its" || t.lw[poss] == "their") {
						if firm := d.ownerFirm(si, t, poss); len(firm) > 0 {
							sides = append(sides, firm)
						}
					} else if ents := d.phrase(si, t, poss, 0); poss >= 0 && len(ents) > 0 {
						sides = append(sides, ents) // "the sale of X's unit to Y"
					}
				}
			}
		case t.is(k, "nmod") && p == "of" && saleNouns[w] && (stakeNouns[t.lw[k]] || firmParts[t.lw[k]]) && len(d.stakeFirms(si, t, k)) > 0:
			// "the purchase of a 30 pct stake in X": X, whose part
			// changes hands, is a side with the buyer
			for _, e := range d.stakeFirms(si, t, k) {
				if !slices.ContainsFunc(sides, func(g []int) bool { return slices.Contains(g, e) }) {
					sides = append(sides, []int{e})
				}
			}
		case t.is(k, "nmod") && p == "of" && saleNouns[w] && firmParts[t.lw[k]] && t.dep(k, "nmod:poss") >= 0:
			// "the sale of its Aztec unit to Y": the part its owner sells,
			// no side however it is named; its owner is, by the possessive
			// (a pronoun's with the buyer above; a name's here: "Y's
			// acquisition of X's Canadian unit")
			if poss := t.dep(k, "nmod:poss"); t.lw[poss] != "its" && t.lw[poss] != "their" {
				if ents := d.phrase(si, t, poss, 0); len(ents) > 0 && !slices.ContainsFunc(sides, func(g []int) bool { return slices.Equal(g, ents) }) {
					sides = append(sides, ents)
				}
			}
		case t.is(k, "nmod") && p == "of" && commaBefore(t, k):
			// "an accord with X, of Austria,": where X is from, which the
			// parser hangs on the noun
		case (t.is(k, "nmod") || instrumentSide) && (p == "between" || p == "among" || p == "of" && f.typ != newsgraph.Visit):
			ents := d.group(si, t, k)
			if (p == "between" || p == "among") && f.typ == newsgraph.Agreement {
				// "a pact between A, B, C and D" with the list after A
				// read as conjuncts of the noun ("and state miner X" too)
				for _, c := range t.deps(n, "conj", "nmod") {
					if c > k && (d.mentionAt(si, c) != nil || t.noun(c) && d.mentionAt(si, t.dep(c, "appos")) != nil) && t.dep(c, "case") < 0 && !t.is(c, "nmod:poss") {
						ents = uniq(append(ents, d.group(si, t, c)...))
					}
				}
			}
			if p != "of" && !d.anySide(ents) {
				// "between X producers and Y's buyers - A, B and C": the
				// sides the list after the dash names
				if l := d.dashList(si, k); len(l) > 0 {
					ents = l
				}
			}
			if p == "between" && len(ents) == 1 && f.typ == newsgraph.Meeting {
				// "talks between X and investor Y" with the second name
				// torn from the first by its title
				if e := d.andNamed(si, k); e >= 0 && e != ents[0] {
					ents = append(ents, e)
				}
			}
			if len(ents) == 1 && p == "of" && f.typ == newsgraph.Meeting && legislature(d.ents[ents[0]].name) {
				return false // "a session of Congress": a legislature sitting, no meeting
			}
			if len(ents) == 1 && p == "of" && f.typ == newsgraph.Agreement && d.isPlace(ents[0]) && !d.x.gz.isCountry(d.ents[ents[0]].name) {
				f.loc = ents[0] // "the Treaty of Rome": named for where it was signed, no side
				continue
			}
			if len(ents) > 0 {
				if len(ents) == 1 && p == "of" {
					f.multi = true
				}
				sides = append(sides, ents)
			}
		case t.is(k, "nmod") && p == "by" && !(k+1 < len(t.lw) && isNumber(t.lw[k+1])): // not "by Spring 2005"
			if f.typ == newsgraph.Visit && d.mentionAt(si, k) == nil && lowerTitles[t.lw[k]] && (hasDep(t, k, "a") || hasDep(t, k, "an") || hasDep(t, k, "any")) {
				break // "the second visit by a Chilean minister to Peru since 2011": no one in particular
			}
			if ents := d.group(si, t, k); len(ents) > 0 {
				sides = append(sides, ents)
				if f.typ == newsgraph.Agreement && len(ents) == 1 && d.ents[ents[0]].typ == newsgraph.Organization && !saleNouns[w] {
					f.multi = true // "the agreement by the G8" (not "the sale by X", which needs a buyer)
				}
			}
		case t.is(k, "nmod") && p == "of" && f.typ == newsgraph.Visit && w != "appearance": // "the appearance of X" is X's
			// "the visit of President X", "a tour of Europe"
			ents := d.phrase(si, t, k, 0)
			if owners := d.tripOwners(si, t, k); len(ents) == 0 && stopNouns[w] && len(owners) > 0 {
				sides = append(sides, owners) // "the last stop of his tour": his
			} else if len(ents) > 0 && !d.isPlace(ents[0]) {
				sides = append(sides, ents)
			} else {
				for _, c := range t.conjuncts(k) {
					if ps := d.placesUnder(si, t, c); len(ps) > 0 {
						f.places = append(f.places, ps...)
						with = append(with, ps)
					}
				}
			}
		case t.is(k, "nmod") && f.typ == newsgraph.Visit && (p == "to" || p == "in" || p == "into" || p == "at" || p == "for" && w == "departure"):
			// ("his departure for X": a trip there)
			for _, c := range d.placeConjuncts(si, t, k) {
				if ps := d.placesUnder(si, t, c); len(ps) > 0 {
					f.places = append(f.places, ps...)
					with = append(with, ps)
				} else if g := d.gatheringPlace(si, t, c); p == "for" && g >= 0 {
					f.places = append(f.places, g) // "his departure for the conference": where it is held
					with = append(with, []int{g})
				}
				for _, o := range t.deps(c, "nmod") {
					if q := t.prep(o); q == "with" || q == "along with" || q == "together with" {
						f.along = append(f.along, flatten(d.coVisitors(si, t, o))...) // the same, hung on the place
					}
				}
			}
		case t.is(k, "compound", "amod") && f.typ == newsgraph.Agreement && len(d.hyphenSides(d.hyphenWord(si, k))) >= 2:
			sides = append(sides, d.hyphenSides(d.hyphenWord(si, k))) // "the Franco-German treaty", "a US-Japan pact"
		case t.is(k, "compound") && f.typ == newsgraph.Agreement && t.noun(k) && d.mentionAt(si, k) == nil && !triggerAt(t, k) && len(d.topicPair(si, t, k)) >= 2:
			sides = append(sides, d.topicPair(si, t, k)) // "the US-Japan steel pact": the pair modifies the topic noun
		case t.is(k, "compound") && f.typ == newsgraph.Agreement && t.noun(k) && triggerAt(t, k):
			// "the Chile-Peru talks deal": the sides of the talks made it
			for _, c := range t.deps(k, "compound", "amod") {
				if ents := d.hyphenSides(d.hyphenWord(si, c)); len(ents) >= 2 {
					sides = append(sides, ents)
				}
			}
		case t.is(k, "compound", "amod") && f.typ == newsgraph.Meeting && k < n && len(d.pairNamed(si, k)) >= 2:
			sides = append(sides, d.pairNamed(si, k)) // "the Brenner-Brisk summit", "US-Soviet talks"
		case t.is(k, "compound", "amod") && f.typ == newsgraph.Visit && d.mentionAt(si, k) == nil && d.adjectivePlace(t, k) >= 0:
			// "her Soviet trip", "a European tour"; a region only labels a
			// tour whose stops a clause on it lists; a nationality before a
			// team's name is of the name ("the British and Irish Barbarians tour")
			if p := d.adjectivePlace(t, k); (d.ents[p].typ != newsgraph.Location || len(d.tourStops(si, t, n)) == 0) && !d.teamAfter(si, t, k, n) {
				f.places = append(f.places, p)
				with = append(with, []int{p})
			}
		case t.is(k, "compound", "amod"):
			// "the Brussels summit": a place; "the G7 meeting": a body's own
			if m := d.modifierMention(si, t, k); m != nil {
				e := m.ent
				switch {
				case d.isPlace(e) && f.typ == newsgraph.Visit:
					f.places = append(f.places, e)
					with = append(with, []int{e})
					if t.is(k, "compound") && k < n && (d.x.gz.isCountry(d.ents[e].name) || d.x.gz.town[key(d.ents[e].name)]) {
						namedFor = append(namedFor, e)
					}
				case d.isPlace(e) && (d.ents[e].typ != newsgraph.GPE || t.is(k, "compound") && !d.x.gz.isCountry(d.ents[e].name)):
					f.loc = e
				case d.ents[e].typ == newsgraph.Person && (f.typ == newsgraph.Meeting || f.typ == newsgraph.Visit) && t.is(k, "compound") && k < n:
					// "the Korhonen talks with X", "the Marrow visit": the
					// person the event is named after takes part
					sides = append(sides, []int{e})
				case d.ents[e].typ == newsgraph.Organization && f.typ == newsgraph.Visit && t.is(k, "compound") && k < n:
					// "the Rovers tour to Peru", "an IMF mission to Lima": the
					// team or body the trip is named after makes it
					sides = append(sides, []int{e})
				case d.ents[e].typ == newsgraph.Organization && f.typ == newsgraph.Meeting:
					// "attending the G7 meeting": with whoever attends; alone,
					// "the APEC summit" is a venue more than a meeting
					bodies = append(bodies, e)
				case f.typ == newsgraph.Agreement && d.ents[e].typ == newsgraph.Other:
					// "the Plaza pact": a name of no known kind the pact is
					// called by, no side
				case f.typ == newsgraph.Agreement && !d.isPlace(e) || f.typ == newsgraph.Agreement && d.x.gz.isCountry(d.ents[e].name):
					sides = append(sides, []int{e})
				}
			}
		case t.is(k, "acl:relcl"):
			// "a tour that he and X have just completed", "the talks which
			// X held with Y"
			if objectRelative(t, k) {
				if ents := d.subjectOf(si, t, k); len(ents) > 0 {
					sides = append(sides, ents)
				}
			}
		case t.is(k, "acl") && (strings.HasPrefix(t.lw[k], "host") || f.typ == newsgraph.Meeting && (heldBy[t.lw[k]] || mealNouns[w] && t.lw[k] == "given")):
			// "a dinner hosted by X", "talks held by X and Y"; a meal held
			// or given by X is X's hospitality ("a reception held for him
			// by X", "a dinner given in his honour by X")
			var agents []int // "chaired by X and attended by Y": both verbs' agents
			for _, v := range append([]int{k}, t.deps(k, "conj")...) {
				if v == k || f.typ == newsgraph.Meeting && heldBy[t.lw[v]] && t.tag[v] == "VBN" {
					agents = append(agents, t.deps(v, "obl", "obl:agent")...)
				}
			}
			for _, o := range agents {
				if t.prep(o) == "by" {
					g := d.group(si, t, o)
					sides = append(sides, g)
					hosted = hosted || strings.HasPrefix(t.lw[k], "host") || mealNouns[w]
					if strings.HasPrefix(t.lw[t.head[o]], "host") {
						hosts = append(hosts, g)
					}
					// "a meeting chaired by X with Y": the one
					// chaired with sits at it too, wherever the
					// parser hung the "with" phrase
					for _, w := range append(t.deps(o, "nmod"), t.deps(k, "obl")...) {
						if t.prep(w) == "with" && heldBy[t.lw[k]] {
							if g := d.group(si, t, w); len(g) > 0 {
								sides = append(sides, g)
							}
						}
					}
				}
			}
		case t.is(k, "nmod") && p != "with" && p != "between":
			// "a conference on enterprise hosted by X": the parser hangs
			// the participle on the nearest noun
			for _, a := range t.deps(k, "acl") {
				if strings.HasPrefix(t.lw[a], "host") {
					for _, o := range t.deps(a, "obl:agent", "obl") {
						if t.is(o, "obl:agent") || t.prep(o) == "by" {
							g := d.group(si, t, o)
							sides = append(sides, g)
							hosts = append(hosts, g)
							hosted = true
						}
					}
				}
			}
		}
	}
	if h := t.head[n]; f.typ == newsgraph.Meeting && h >= 0 && t.is(n, "nsubj") {
		// "Hosted by X, the talks ended": the fronted participle's agent
		// hosts the subject
		for _, k := range t.deps(h, "advcl") {
			if hostedGathering(t, k) != n {
				continue
			}
			for _, o := range t.deps(k, "obl:agent", "obl") {
				if t.is(o, "obl:agent") || t.prep(o) == "by" {
					g := d.group(si, t, o)
					sides = append(sides, g)
					hosts = append(hosts, g)
					hosted = true
				}
			}
		}
	}
	if h := t.head[n]; f.typ == newsgraph.Meeting && h >= 0 && t.is(n, "nsubj") && gathersSides(t, h) {
		// "the summit brought together the leaders of A, B and C": whom
		// the gathering brings together meet at it
		for _, o := range t.deps(h, "obj") {
			for _, c := range t.conjuncts(o) {
				if ents := d.phrase(si, t, c, 0); len(ents) > 0 {
					with = append(with, ents)
				}
			}
		}
	}
	if f.typ == newsgraph.Meeting && len(hosts) > 0 {
		// "the summit, hosted by X, brought together A and B": a place
		// that hosts a gathering of others is where it is held, not a
		// side (a host named by its leader sits at the table)
		for _, g := range hosts {
			if !slices.ContainsFunc(g, func(e int) bool { return !d.isPlace(e) }) {
				rest := uniq(append(flatten(slices.DeleteFunc(slices.Clone(sides), func(s []int) bool { return slices.Equal(s, g) })), flatten(with)...))
				if len(slices.DeleteFunc(rest, func(e int) bool { return slices.Contains(g, e) })) >= 2 {
					sides = slices.DeleteFunc(sides, func(s []int) bool { return slices.Equal(s, g) })
					if f.loc < 0 {
						f.loc = g[0]
					}
				}
			}
		}
	}
	if f.typ == newsgraph.Agreement && saleNouns[w] {
		if g := d.heldIn(si, t, n); len(g) > 0 {
			sides = append(sides, g) // "the sale by X of its holdings in Y"
		}
	}
	// "Y awarded X a contract", "X was awarded a contract by Y", "X won
	// a contract from Y": who hands it over and who gets it (the active
	// verb's subject is the carrier's, below, as any light verb's is)
	if f.typ == newsgraph.Agreement {
		if v, givers, getters := d.transfer(si, t, n); v >= 0 {
			var subj []int
			if t.is(n, "obj") && t.dep(v, "aux:pass") < 0 && (getVerbs[t.lw[v]] || lightVerbs[t.lw[v]]) {
				subj = d.subjectOf(si, t, v)
			}
			if len(getters) == 0 && giveVerbs[t.lw[v]] {
				givers = nil // "X handed over a draft": given to no one named
			}
			if len(givers) == 0 && len(subj) == 0 && len(getters) > 1 {
				getters = nil // "it awarded contracts to A and B", "it" unread: A and B made no deal with each other
			}
			notSubj := func(e int) bool { return slices.Contains(subj, e) }
			if g := slices.DeleteFunc(givers, notSubj); len(g) > 0 {
				sides = append(sides, g)
			}
			if g := slices.DeleteFunc(getters, notSubj); len(g) > 0 {
				with = append(with, g)
			}
		}
	}
	if f.typ == newsgraph.Visit && len(sides) == 0 && len(namedFor) == 1 && len(uniq(f.places)) > 1 {
		// "the Wales tour to Japan": a country's side goes to the other
		// place; alone ("the Paris trip") the name is where one goes
		c := namedFor[0]
		f.places, with = without(f.places, c), withoutGroup(with, c)
		sides = append(sides, []int{c})
	}
	if f.typ == newsgraph.Visit && len(f.places) == 0 && hasDep(t, n, "here") {
		// "a visit here this week by X": where the story is told from
		if p := d.hereVenue(si, flatten(sides)); p >= 0 {
			f.places = append(f.places, p)
			with = append(with, []int{p})
		}
	}
	if f.typ == newsgraph.Meeting && mealNouns[w] {
		if g := d.mealGuests(si, t, n); len(g) > 0 {
			with = append(with, g) // "gave a reception for X", "a dinner in honour of X"
			if h := t.head[n]; h >= 0 && mealGuestNouns[t.lw[h]] && f.statusBy == 0 {
				f.statusBy = h // "was X's guest at a lunch": the copula's tense is the meal's
			}
		}
	}
	if stops := d.tourStops(si, t, n); f.typ == newsgraph.Visit && len(stops) > 0 {
		// "a tour of central Europe that will take her to Slovakia": the
		// region only labels the tour whose stops the clause lists
		f.places, with = d.dropRegions(f.places, with)
		for _, p := range stops {
			f.places = append(f.places, p)
			with = append(with, []int{p})
		}
	}
	if f.typ == newsgraph.Visit {
		if ents, r := d.tourTravellers(si, t, n); len(sides) == 0 && len(ents) > 0 {
			sides = append(sides, ents) // "a tour that has taken X to A and B"
			f.statusBy = r
		}
		for _, p := range d.stopPlaces(si, t, n) {
			f.places = append(f.places, p) // "Oslo is the last stop of the tour"
			with = append(with, []int{p})
		}
	}
	// "a tour of X and Y that he has just completed" with the clause hung
	// on the last place by the parser
	if h := t.head[n]; f.typ == newsgraph.Visit && len(sides) == 0 && h >= 0 && (t.lw[h] == "back" || t.lw[h] == "fresh") && (t.prep(n) == "from" || t.lw[h] == "back" && t.prep(n) == "after") {
		// "X, back from a trip to Y, said", "X is back from a tour of Y",
		// "X, fresh from a visit to Y,": whoever is back made the trip
		who := t.dep(h, "nsubj")
		if who < 0 && t.is(h, "acl", "acl:relcl", "appos", "amod", "advmod") {
			who = t.head[h]
		}
		if v := t.head[h]; who < 0 && t.is(h, "obl") && v >= 0 && t.verb(v) {
			who = t.dep(v, "nsubj") // the aside set on the verb of the one it describes
		}
		var ents []int
		for _, e := range d.phrase(si, t, who, 0) {
			if d.ents[e].typ == newsgraph.Person {
				ents = append(ents, e)
			}
		}
		if len(ents) > 0 {
			sides = append(sides, ents)
			f.been = true
		}
	}
	if f.typ == newsgraph.Visit && len(sides) == 0 {
		for _, k := range t.deps(n, "nmod") {
			for _, c := range t.conjuncts(k) {
				for _, r := range t.deps(c, "acl:relcl") {
					if objectRelative(t, r) && t.verb(r) && lightVerbs[t.lw[r]] {
						if ents := d.subjectOf(si, t, r); len(ents) > 0 {
							sides = append(sides, ents)
						}
					}
				}
			}
		}
	}
	// "signed a marketing agreement for its new scanner with X": the
	// parser hangs the other side on the noun of what the deal covers
	if f.typ == newsgraph.Agreement && len(with) == 0 {
		for _, k := range t.deps(n, "nmod") {
			// ("three joint ventures in cement with Y": a venture's trade too)
			if p := t.prep(k); p != "for" && p != "on" && p != "covering" && p != "over" && !(p == "in" && ventureNoun(t, n)) {
				continue
			}
			// ("in steel and cement with Y": on the last of a list too)
			var inner []int
			for _, c := range t.conjuncts(k) {
				inner = append(inner, t.deps(c, "nmod")...)
			}
			for _, kk := range inner {
				if t.prep(kk) != "with" {
					continue
				}
				for _, c := range t.conjuncts(kk) {
					if ents := d.phrase(si, t, c, 0); len(ents) > 0 && !d.isPlace(ents[0]) {
						with = append(with, ents)
					}
				}
			}
		}
	}
	// "The Paris Agreement, by A, B and C," read as a list beside the noun
	if f.typ == newsgraph.Agreement {
		by := false
		for _, k := range t.kids[n] {
			if !t.is(k, "conj", "nmod", "appos") || k < n {
				continue
			}
			if t.prep(k) == "by" {
				by = true
			} else if !by || t.prep(k) != "" {
				continue
			}
			for _, c := range t.conjuncts(k) {
				if ents := d.phrase(si, t, c, 0); len(ents) > 0 {
					sides = append(sides, ents)
				}
			}
		}
	}
	// "the deal it struck with X", "a pact agreed with X", "the accord
	// Y signed with X": the clause that makes the agreement names its sides
	if f.typ == newsgraph.Agreement {
		acls := t.deps(n, "acl") // and its subtypes
		if n+2 < len(t.lw) && t.lw[n+1] == "under" && t.lw[n+2] == "which" && t.verb(t.head[n+2]) && !slices.Contains(acls, t.head[n+2]) {
			acls = append(acls, t.head[n+2]) // the clause the parser hung elsewhere
		}
		if v := t.head[n]; v == n+1 && t.is(n, "nsubj") && t.tag[v] == "VBD" && makeVerbs[t.lw[v]] && t.dep(v, "obj") < 0 && slices.ContainsFunc(t.deps(v, "obl"), func(o int) bool { return t.prep(o) == "between" }) {
			acls = append(acls, v) // "the deal struck between A and B in March was worth ..." read with "struck" the verb
		}
		for _, a := range acls {
			if (underWhich(t, a) || n+2 < len(t.lw) && t.lw[n+1] == "under" && t.head[n+2] == a) && len(sides) == 0 {
				// "the agreement under which it supplies trucks to X"
				var subj []int
				for _, k := range t.deps(a, "nsubj") {
					if t.lw[k] != "which" && t.lw[k] != "that" {
						subj = d.group(si, t, k)
					}
				}
				if len(subj) > 0 {
					if other := d.promisedTo(si, t, a, 0); len(other) > 0 {
						sides, with = append(sides, subj), append(with, other)
					}
				}
				continue
			}
			if !makeVerbs[t.lw[a]] || t.dep(a, "obj") >= 0 && !objectRelative(t, a) {
				continue
			}
			if t.is(a, "acl:relcl") && len(sides) == 0 {
				if ents := d.subjectOf(si, t, a); len(ents) > 0 {
					sides = append(sides, ents)
				}
			}
			for _, o := range t.deps(a, "obl") {
				switch t.prep(o) {
				case "with", "along with":
					for _, c := range t.conjuncts(o) {
						if ents := d.phrase(si, t, c, 0); len(ents) > 0 {
							with = append(with, ents)
						}
					}
				case "between", "among":
					with = append(with, d.group(si, t, o))
				}
			}
		}
	}
	// "an accord which settled a dispute between A and B", "the pact
	// ending the feud between A and B": the sides of the quarrel it ends
	if f.typ == newsgraph.Agreement && len(sides) == 0 && len(with) == 0 {
		ends := t.deps(n, "acl")
		if h >= 0 && t.is(n, "nsubj") && t.verb(h) {
			ends = append(ends, h) // "the deal resolves a row between ..."
		}
		if n+1 < len(t.lw) && t.tag[n+1] == "VBG" && t.head[n+1] != n {
			ends = append(ends, n+1) // "after the accord ending the row ..." with the participle hung on the main verb
		}
		for _, a := range ends {
			if !settleVerb(t.lw[a]) {
				continue
			}
			for _, o := range t.deps(a, "obj") {
				if !disputeNouns[t.lw[o]] {
					continue
				}
				for _, b := range t.deps(o, "nmod") {
					if t.prep(b) == "between" {
						if ents := d.group(si, t, b); len(ents) >= 2 {
							sides = append(sides, ents)
						}
					}
				}
			}
		}
	}
	// "the accord struck at a session of grain ministers": whose
	// session; a body's ministers agree among themselves
	if f.typ == newsgraph.Agreement && len(sides) == 0 {
		acls := t.deps(n, "acl")
		if h >= 0 && t.is(n, "nsubj") && t.dep(h, "obj") < 0 && t.tag[h] == "VBD" {
			acls = append(acls, h) // "The accord reached at ... set X" read with "reached" its verb
		}
		for _, a := range acls {
			switch t.lw[a] {
			case "reached", "struck", "agreed", "signed", "concluded", "hammered", "sealed", "inked":
			default:
				continue
			}
			for _, o := range t.deps(a, "obl", "obl:agent") {
				if p := t.prep(o); p != "at" && p != "by" && p != "during" {
					continue
				}
				ents := d.group(si, t, o)
				for _, k := range t.deps(o, "nmod") {
					if len(ents) == 0 && t.prep(k) == "of" {
						ents = d.group(si, t, k)
					}
				}
				if len(ents) > 0 {
					sides = append(sides, ents)
					// a body's own agreement; a country alone agrees with nobody
					f.multi = f.multi || len(ents) == 1 && d.ents[ents[0]].typ == newsgraph.Organization
				}
			}
		}
	}
	// "making agreements to coordinate policies": agreements in general,
	// none of them an event, unless with whom is said
	generic := f.typ == newsgraph.Agreement && t.tag[n] == "NNS" && t.dep(n, "det", "nmod:poss", "nummod") < 0
	for _, k := range t.deps(n, "nmod") {
		if p := t.prep(k); p == "between" || p == "among" {
			generic = false
		}
	}
	// "a contract to sell jets to X", "a deal to supply X": the buyer
	if f.typ == newsgraph.Agreement {
		for _, a := range agreedActs(t, n) {
			// ("a pact to be bought by X": the buyer by "by")
			args := append(t.deps(a, "obl", "obl:agent"), t.deps(a, "obj")...)
			if s := t.dep(a, "nsubj"); s >= 0 && hasMark(t, a, "to") {
				args = append(args, s) // "a deal for X to sell its unit to Y": X is a side too
			}
			objs := t.deps(a, "obj")
			for _, x := range t.deps(a, "xcomp") {
				objs = append(objs, t.deps(x, "obj")...) // "to provide towing boats for X" read with "towing" a verb
			}
			for _, o := range objs {
				args = append(args, t.deps(o, "nmod")...) // "to sell jets to X" with "to X" hung on the jets
			}
			for _, o := range args {
				if ownPart(t, o) || t.is(o, "obj") && firmParts[t.lw[o]] && sellVerb(t.lw[a]) {
					continue // "to sell its X unit to Y", "to sell an X unit": what changes hands is the seller's own
				}
				// ("a letter of intent to merge into X")
				if p := t.prep(o); p == "to" || p == "with" || p == "from" || p == "for" || p == "into" && strings.HasPrefix(t.lw[a], "merge") || p == "" && t.is(o, "obj", "nsubj") || p == "by" && hasMark(t, a, "to") && (t.is(o, "obl:agent") || t.dep(a, "aux:pass") >= 0) {
					for _, e := range d.group(si, t, o) {
						if typ := d.ents[e].typ; typ == newsgraph.Organization || typ == newsgraph.GPE {
							with = append(with, []int{e})
						}
					}
				}
			}
			if len(with) == 0 && takeoverVerb(t.lw[a]) {
				if owner := d.partOwner(si, t, a); len(owner) > 0 {
					with = append(with, owner) // "an agreement to buy the dairy unit of X": X sells it
				}
			}
			if takeoverVerb(t.lw[a]) {
				// "an accord to buy 400,000 shares, about 15 pct, of X",
				// "a deal to buy a stake in X from
				// Y": X, whose part it is, is a side as well as Y
				if in, from, plain := d.stakeIn(si, t, a); !plain {
					for _, e := range append(in, from...) {
						if !slices.ContainsFunc(with, func(g []int) bool { return slices.Contains(g, e) }) {
							with = append(with, []int{e})
						}
					}
				}
			}
		}
	}
	// "the signing of striker X from Y": the player's old club
	if f.typ == newsgraph.Agreement && w == "signing" {
		for _, k := range t.deps(n, "nmod") {
			if t.prep(k) != "of" {
				continue
			}
			for _, o := range t.deps(k, "nmod") {
				if t.prep(o) == "from" {
					with = append(with, d.group(si, t, o))
				}
			}
			// (or on the verb over the signing, where the parser hangs it
			// when a position before the name is part of the name:
			// "completed the signing of midfielder X from Y")
			if v := t.head[n]; v >= 0 && t.verb(v) && t.is(n, "obj") {
				for _, o := range t.deps(v, "obl") {
					if t.prep(o) == "from" && o > k {
						with = append(with, d.group(si, t, o))
					}
				}
			}
		}
	}
	// "X signed a new three-year deal at Y", "extended his contract at Y":
	// a player's contract is with the club he plays at
	if f.typ == newsgraph.Agreement && len(with) == 0 {
		with = append(with, d.clubAt(si, t, n)...)
	}
	// "an agreement for the sale of its unit to Y", "for the acquisition
	// of X": the buyer, and the firm bought
	if f.typ == newsgraph.Agreement && len(with) == 0 {
		for _, k := range t.deps(n, "nmod") {
			if p := t.prep(k); (p == "for" || p == "on" || p == "covering") && saleNouns[t.lw[k]] {
				with = append(with, d.saleSides(si, t, k, t.head[n])...)
			}
		}
	}
	// "a deal for X to sell its unit to Y" with the infinitive torn off
	// the noun by the parser: X sells, Y buys
	if f.typ == newsgraph.Agreement {
		for _, k := range t.deps(n, "nmod") {
			if t.prep(k) != "for" || k+2 >= len(t.lw) || t.lw[k+1] != "to" || t.tag[k+2] != "VB" || !promiseVerb(t.lw[k+2]) {
				continue
			}
			if seller := d.group(si, t, k); len(seller) > 0 {
				sides = append(sides, seller)
				if buyer := d.promisedTo(si, t, k+2, 0); len(buyer) > 0 {
					with = append(with, buyer)
				}
			}
		}
	}
	// "signed deals with X as well as a contract with Y": the second noun
	// has the first one's verb
	if (t.is(n, "conj") || t.is(n, "obl") && t.prep(n) == "as well as") && h >= 0 && t.verb(h) && lightVerbs[t.lw[h]] {
		// "signed deals with X, as well as a contract with Y" read with the
		// second noun on the verb
		f.light = h
		if ents := d.subjectOf(si, t, h); len(ents) > 0 {
			sides = append(sides, ents)
		}
	} else if t.is(n, "conj") && h >= 0 && t.noun(h) && !triggerAt(t, h) && t.is(h, "obj") && t.dep(n, "det") < 0 && t.dep(h, "det") >= 0 && t.head[h] >= 0 && t.verb(t.head[h]) && lightVerbs[t.lw[t.head[h]]] {
		// "signed a defence and economic agreement": the parser joins the
		// noun to the first modifier as a second object; the determiner
		// they share says the two are one noun's modifiers
		h = t.head[h]
		f.light = h
		if ents := d.subjectOf(si, t, h); len(ents) > 0 {
			sides = append(sides, ents)
		}
	} else if t.is(n, "conj") && h >= 0 && t.noun(h) && triggerAt(t, h) && t.head[h] >= 0 && t.verb(t.head[h]) && lightVerbs[t.lw[t.head[h]]] {
		h = t.head[h]
		if !t.is(n, "obj") {
			f.light = h
			if ents := d.subjectOf(si, t, h); len(ents) > 0 {
				sides = append(sides, ents)
			}
		}
	}
	if h >= 0 && t.tag[h] == "JJ" && t.is(h, "xcomp") && t.is(n, "obj") && t.verb(t.head[h]) {
		h = t.head[h] // "cut short a trip": the verb carries it
	}
	// "at the end of a visit to X", "on the first leg of a tour of Y":
	// the phrase of a part of the trip stands where the trip's would
	pn := n
	if f.typ == newsgraph.Visit && t.is(n, "nmod") && t.prep(n) == "of" && h >= 0 && t.noun(h) && phaseNouns[t.lw[h]] {
		pn, h = h, t.head[h]
	}
	// "in a speech on the first day of a visit to X, Y said", "Y, in X
	// for talks with Z, said": the trip (or talks) told as the time or
	// the purpose of what the verb's phrase names is the verb's subject's
	if (f.typ == newsgraph.Visit || f.typ == newsgraph.Meeting) && t.is(pn, "nmod") && h >= 0 && t.noun(h) && !triggerAt(t, h) && t.is(h, "obl") && t.head[h] >= 0 && t.verb(t.head[h]) {
		if p := t.prep(pn); p == "on" || p == "during" || p == "at" || p == "after" || p == "following" || p == "for" {
			if q := t.prep(h); q == "in" || q == "at" || q == "during" {
				pn, h = h, t.head[h]
			}
		}
	}
	end := n // "the X (XB) meeting": past the acronym in brackets
	if n > 1 && t.lw[n-1] == ")" {
		end = n - 1
	}
	if m := d.mentionAt(si, end-1); f.typ == newsgraph.Meeting && len(bodies) == 0 && len(sides) == 0 && m != nil && m.j == end && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Organization && t.head[m.j-1] != n && (talkNouns[w] || sessionNouns[w]) {
		// "the breakdown of X talks on quotas" with the name hung on the
		// noun before: a name right before the noun is still its modifier
		bodies = append(bodies, m.ent)
	}
	// "spent a full day of talks with X", "a third round of talks": the
	// measure of the talks stands where the talks would
	if f.typ == newsgraph.Meeting && t.is(n, "nmod") && t.prep(n) == "of" && h >= 0 && t.noun(h) && measureNouns[t.lw[h]] {
		pn, h = h, t.head[h]
	}
	// "left X for a tour of Y and talks with Z": the second event noun
	// listed with the first stands where the first does
	if pn == n && t.is(n, "conj") && h >= 0 && h < n && t.noun(h) && triggerAt(t, h) && t.is(h, "obl") && t.head[h] >= 0 && t.verb(t.head[h]) {
		pn, h = h, t.head[h]
	}
	// "At the Nordic Council summit in Riga, X said", "X spoke at the
	// annual meeting of the Council", "X addressed the OPEC conference":
	// a body's gathering that one is at or speaks to, one attended
	attended := false
	if f.typ == newsgraph.Meeting && (len(bodies) > 0 || f.multi && len(sides) == 1 && len(sides[0]) == 1 && d.ents[sides[0][0]].typ == newsgraph.Organization) {
		an, ah := n, h
		if t.is(n, "nmod") && t.prep(n) == "of" && ah >= 0 && t.noun(ah) && attendPhases[t.lw[ah]] {
			an, ah = ah, t.head[ah] // "on the sidelines of", "at the end of"
		}
		if t.is(an, "nmod") && t.prep(an) == "at" {
			// "plans to push for curbs at the coming meeting of X",
			// the gathering hung on the thing sought: where the verb's
			// subject seeks it
			a, h := an, ah
			for k := 0; k < 2 && h >= 0 && t.noun(h) && t.is(h, "obj", "obl", "nmod"); k++ {
				a, h = h, t.head[h]
			}
			if h >= 0 && a != an && t.verb(h) && !meetingVerbs[t.lw[h]] && !visitVerbs[t.lw[h]] && !agreeVerbs[t.lw[h]] && !sayVerbs[t.lw[h]] {
				an, ah, attended = a, h, true
			}
		}
		// "met X on the sidelines of the summit": the summit is where the
		// verb's own event is
		if ah >= 0 && t.verb(ah) && !meetingVerbs[t.lw[ah]] && !visitVerbs[t.lw[ah]] && !agreeVerbs[t.lw[ah]] {
			switch p := t.prep(an); {
			case attended:
			case t.is(an, "obl") && (p == "at" || p == "during" || an != n && p == "on"):
				attended = true
			case t.is(an, "obj", "iobj") && (speakVerbs[t.lw[ah]] || t.lw[ah] == "told" || strings.HasPrefix(t.lw[ah], "tell")):
				attended = true
			}
		}
		if c := t.dep(an, "cop"); !attended && c >= 0 && t.dep(an, "nsubj") >= 0 && t.prep(an) == "at" {
			attended, ah = true, an // "X was at the NATO summit": the phrase is the predicate
		}
		if attended {
			pn, h = an, ah
		}
	}
	// "X is still in talks with Y", "X is on a visit to Y": the noun is
	// the predicate, its subject a side
	sb := t.dep(pn, "nsubj")
	if cop := t.dep(pn, "cop"); sb < 0 && cop >= 0 {
		// "Kestrel Motors is in talks with X" with the name hung on the
		// noun as a modifier: the name before the copula is the subject
		for _, k := range t.kids[pn] {
			if m := d.mentionAt(si, k); k < cop && m != nil && m.j == cop {
				sb = k
			}
		}
	}
	if sb >= 0 && (t.lw[sb] == "who" || t.lw[sb] == "which") && t.is(pn, "acl:relcl") && t.head[pn] >= 0 && t.dep(pn, "cop") >= 0 {
		sb = t.head[pn] // "X, who is on a visit to Y,": the noun the clause describes
	}
	ownClause := false // the noun is the predicate of a clause of its own: "the government is in talks with X"
	// ("X is on a two-year deal with Y": a player under contract)
	if sb >= 0 && t.dep(pn, "cop") >= 0 && (f.typ == newsgraph.Meeting && t.prep(pn) == "in" || (f.typ == newsgraph.Visit || f.typ == newsgraph.Agreement) && t.prep(pn) == "on") {
		if ents := d.group(si, t, sb); len(ents) > 0 {
			sides = append(sides, ents)
			ownClause = true
		} else if ents := d.speakersGovernment(si, t, sb, h); len(ents) > 0 {
			sides = append(sides, ents)
			ownClause = true
		} else if b := d.speakersBody(si, t, sb, h); b >= 0 {
			sides = append(sides, []int{b})
			ownClause = true
		} else {
			// an unnamed "the government" is not the speaker; an unread
			// "it" or "he" is most often the speaker itself
			ownClause = t.noun(sb)
		}
	}
	// "X, on a trip to Y last week, signed ...": the trip set off after a
	// person's name is that person's
	if f.typ == newsgraph.Visit && len(sides) == 0 && h >= 0 && (t.is(pn, "nmod", "list", "appos", "dep") || t.is(pn, "conj") && setOffPhrase(t, pn)) && (t.prep(pn) == "on" || t.prep(pn) == "during") {
		if m := d.mentionAt(si, h); m != nil && d.ents[m.ent].typ == newsgraph.Person {
			sides = append(sides, d.mentionEnts(si, m))
		}
	}
	// "X will invest 20 mln dlrs in joint ventures with Y" with the
	// venture hung on the sum: the verb's, and so is a "with" phrase on it
	if f.typ == newsgraph.Agreement && ventureNoun(t, n) && pn == n && t.is(n, "nmod") && t.prep(n) == "in" && h >= 0 && t.is(h, "obj") && t.head[h] >= 0 && stakeVerbs[t.lw[t.head[h]]] {
		v := t.head[h]
		if len(with) == 0 {
			for _, o := range t.deps(v, "obl") {
				if t.prep(o) == "with" && o > n {
					for _, c := range t.conjuncts(o) {
						if ents := d.phrase(si, t, c, 0); len(ents) > 0 {
							with = append(with, ents)
						}
					}
				}
			}
		}
		pn, h = v, -1
		if len(with) > 0 {
			f.light = v
			if ents := d.subjectOf(si, t, v); len(ents) > 0 {
				sides = append(sides, ents)
			}
		}
	}
	if f.typ == newsgraph.Agreement && len(sides) == 0 && accordOnDeal(t, n) {
		// "A and B are in accord on a merger", the headline's "A and B in
		// accord on joint venture": the subject, or the name the phrase
		// hangs on in a clause with no verb
		s := t.dep(n, "nsubj")
		if s < 0 && h >= 0 && t.head[h] < 0 && t.noun(h) && t.is(n, "obl", "nmod") {
			s = h
		}
		if s >= 0 {
			if g := d.group(si, t, s); len(g) >= 2 {
				sides = append(sides, g)
			}
		}
	}
	// the verb that carries the noun
	carrier := -1
	together := false // the carrier's subject names the sides, which meet at the noun's gathering
	switch {
	case attended:
		carrier = h
		f.attended = true
	case h >= 0 && t.verb(h) && t.is(pn, "obj") && orderNouns[w] && orderCarrier(t, h, n):
		carrier = h // "X placed an order": X's, with the maker
		f.light = h
		for _, k := range t.deps(n, "nmod") {
			var ents []int
			switch t.prep(k) {
			case "for":
				for _, c := range t.deps(k, "compound", "nmod:poss") {
					if m := d.mentionAt(si, c); m != nil && m.ent >= 0 {
						ents = append(ents, m.ent) // "for ten X jets": the maker
					}
				}
			case "from", "with":
				ents = d.group(si, t, k) // "won an order from X"
			}
			for _, e := range ents {
				if d.ents[e].typ == newsgraph.Organization {
					with = append(with, []int{e})
				}
			}
		}
	case h >= 0 && t.verb(h) && t.is(pn, "obj") && (lightVerbs[t.lw[h]] || f.typ == newsgraph.Agreement && getVerbs[t.lw[h]]):
		carrier = h // ("landed a contract", "obtained a licence deal": the verb that gets it)
		f.light = h
	case h >= 0 && t.verb(h) && t.is(pn, "obj") && ventureNoun(t, pn) && (ventureVerbs[t.lw[h]] || enterVerbs[t.lw[h]] || sealVerbs[t.lw[h]]):
		carrier = h // "A and B will form a joint venture": theirs
		f.light = h
	case h >= 0 && t.verb(h) && t.is(pn, "obj") && f.typ != newsgraph.Agreement && calledOff(t, h):
		// "X cancelled a trip to Y", "postponed talks with Z": X's event,
		// its status the verb's
		carrier = h
		f.light = h
	case h >= 0 && t.verb(h) && t.is(pn, "obj") && f.typ == newsgraph.Visit && announceVerbs[t.lw[h]]:
		// "X announced a trip to Y": X's trip, still to come
		carrier = h
		f.light = h
	case h >= 0 && t.verb(h) && t.is(pn, "obj") && f.typ == newsgraph.Agreement && holderVerbs[t.lw[h]] && len(with) > 0 && len(sides) == 0:
		carrier = h // "X announced a deal with Y", "X scrapped its contract with Y"
		f.light = h
	case h >= 0 && t.verb(h) && t.is(pn, "obj") && f.typ == newsgraph.Agreement && announceVerbs[t.lw[h]] && saleNouns[w] && t.dep(n, "nmod:poss") < 0 && !byAgent(t, n):
		// "X announced the purchase of Y", "X announced the sale of Y to
		// Z": the firm that tells its own sale or purchase made it (a
		// by-phrase names the maker itself)
		carrier = h
		f.light = h
	case h >= 0 && t.verb(h) && (t.is(pn, "obj") || t.is(pn, "xcomp") && hasDep(t, h, "off")) && f.typ == newsgraph.Agreement && (holderVerbs[t.lw[h]] || calledOff(t, h)) && len(with) == 0 && len(d.twoSides(si, t, h)) >= 2:
		// ("A and B called off their merger", the noun maybe read as a
		// complement)
		carrier = h // "A and B ratified the treaty", "A and B extended their pact": the pair's
		f.light = h
	case h >= 0 && t.verb(h) && t.is(pn, "nsubj:pass") && lightVerbs[t.lw[h]]:
		f.light = h // "the agreement was signed by X": the agent is a side
		for _, o := range t.deps(h, "obl:agent", "obl") {
			switch p := t.prep(o); {
			case t.is(o, "obl:agent") || p == "by":
				sides = append(sides, d.group(si, t, o))
			case f.typ == newsgraph.Meeting && p == "between" && len(with) == 0:
				// "talks were held between X and Y": the phrase the parser
				// hung on the verb, not on the noun
				with = append(with, d.group(si, t, o))
			case f.typ == newsgraph.Meeting && (p == "with" || p == "along with"):
				for _, c := range t.conjuncts(o) {
					if ents := d.phrase(si, t, c, 0); len(ents) > 0 {
						with = append(with, ents)
					}
				}
			}
		}
	case h >= 0 && t.verb(h) && (t.is(pn, "obl") || f.typ == newsgraph.Visit && t.is(pn, "advcl", "parataxis") && (t.prep(pn) == "on" || t.prep(pn) == "during")):
		// ("X opened a school in Y while on a tour": a clause to the parser)
		p := t.prep(pn)
		switch p {
		case "in", "on", "during", "for", "into":
			if p == "in" && f.typ == newsgraph.Agreement {
				if t.dep(n, "det") >= 0 && promiseVerb(t.lw[h]) && dealNouns[w] {
					break // "will buy Y in a deal worth ...": the sides of the sale
				}
				if ventureNoun(t, n) && stakeVerbs[t.lw[h]] && len(with) > 0 {
					carrier = h // "X will invest 20 mln dlrs in a joint venture with Y": X's venture with Y
					break
				}
				return false // "in agreement with the findings"
			}
			if ownClause && sayVerbs[t.lw[h]] {
				// "X said the government is in talks with Y", the clause
				// hung on "said" by the parser: the talks are the
				// clause's subject's, not the speaker's
				break
			}
			if p == "on" && f.typ != newsgraph.Visit && !lightVerbs[t.lw[h]] && !agreeVerbs[t.lw[h]] {
				// "commenting on the deal, X said", "relying on the
				// accord", "worked on the talks": the topic of what X
				// does, not an event X takes part in ("embarked on
				// talks", "agreed on a deal" are)
				break
			}
			if p == "for" && appealVerbs[t.lw[h]] {
				return false // "called for talks with X", "pushed for a deal with Y": asked for, not held, set or made
			}
			carrier = h // "locked in talks with", "is on a visit to"
			if f.typ == newsgraph.Meeting && talksNouns[w] && p == "during" && len(with) == 0 && len(sides) == 0 && len(bodies) == 0 && len(uniq(d.subjectOf(si, t, h))) >= 2 {
				together = true // "During the talks, A and B agreed": they met
			}
		case "after", "following", "before", "at", "ahead of", "prior to", "from":
			if f.typ == newsgraph.Agreement && quitsFrom(t, h, pn) {
				return false // "walked away from a deal with Y": none made
			}
			// ("arrived from a meeting with Y", "returned from talks with Y")
			if len(with) > 0 || len(sides) > 0 || f.typ == newsgraph.Visit {
				carrier = h // "after a meeting with Y, X said"
			}
			if f.typ == newsgraph.Meeting && talksNouns[w] && p == "at" && len(with) == 0 && len(sides) == 0 && len(bodies) == 0 && len(uniq(d.subjectOf(si, t, h))) >= 2 {
				carrier, together = h, true // "At a meeting in X, A, B and C agreed": they met there (a summit holds more than those it names)
			}
		case "to":
			// "went to talks with Y", "drove from the airport to a meeting
			// with Y": a way to the meeting, not a stance on it ("objected
			// to talks with Y")
			if f.typ == newsgraph.Meeting && len(with) > 0 && (visitVerbs[t.lw[h]] || motionVerbs[t.lw[h]]) {
				carrier = h
			}
		case "under":
			if f.typ == newsgraph.Agreement && len(with) > 0 && len(sides) == 0 {
				carrier = h // "under a deal agreed with Y, X will sell": X is the other side
			}
		case "of", "out":
			if f.typ == newsgraph.Agreement && quitsFrom(t, h, pn) {
				return false // "backed out of its contract with Y": no agreement made here
			}
			if f.typ == newsgraph.Visit && quitsFrom(t, h, pn) {
				carrier = h // "X pulled out of a trip to Y": X's trip, called off
			}
		}
	case h >= 0 && t.is(pn, "nsubj") && t.dep(h, "cop") >= 0:
		// "the visit was a success"
	}
	// "X invited Y for talks", "X has invited Y to Lima for talks": the
	// host meets the guests, once they come
	if f.typ == newsgraph.Meeting && len(with) == 0 && h >= 0 && t.verb(h) && inviteVerbs[t.lw[h]] && t.is(pn, "obl") && (t.prep(pn) == "for" || t.prep(pn) == "to") {
		var guests, to []int
		for _, o := range t.deps(h, "obj") {
			guests = append(guests, d.group(si, t, o)...)
			to = append(to, t.deps(o, "nmod")...) // "invited X to Lima" with the place hung on X
		}
		if hosts := d.subjectOf(si, t, h); len(guests) > 0 && len(hosts) > 0 {
			sides, with = append(sides, hosts), append(with, guests)
			f.statusBy = h
			carrier = -1
			for _, o := range append(to, t.deps(h, "obl")...) {
				if p := t.prep(o); (p == "to" || p == "in") && f.loc < 0 {
					if ps := d.placesUnder(si, t, o); len(ps) > 0 {
						f.loc = ps[0]
					}
				}
			}
		}
	}
	if f.typ == newsgraph.Meeting && f.light >= 0 && proposeVerbs[t.lw[f.light]] && len(with) > 0 {
		// "X will propose to Y a summit with Z": Y is asked to it
		for _, o := range t.deps(f.light, "obl", "iobj") {
			if t.is(o, "iobj") || t.prep(o) == "to" {
				if ents := d.group(si, t, o); len(ents) > 0 {
					with = append(with, ents)
				}
			}
		}
	}
	if f.typ == newsgraph.Agreement && carrier < 0 && pn == n && t.is(n, "nmod") && t.prep(n) == "under" && len(with) > 0 && len(sides) == 0 {
		// "X will sell 2 mln tonnes a year under an accord with Y": the
		// parser hangs the phrase on the noun before it; the verb above
		// that noun is what X does under the accord
		for v, hops := h, 0; v >= 0 && hops < 3; v, hops = t.head[v], hops+1 {
			if t.verb(v) {
				if !sayVerbs[t.lw[v]] {
					carrier = v
				}
				break
			}
			if !t.noun(v) || !t.is(v, "obl", "obj", "nmod") {
				break
			}
		}
	}
	if carrier >= 0 && f.light < 0 && t.dep(carrier, "nsubj:pass") >= 0 {
		carrier = -1 // "X was asked for a meeting with Y": X is asked, not met
	}
	if f.typ == newsgraph.Meeting && carrier < 0 && f.light < 0 && len(with) > 0 && len(sides) == 0 && d.presentFor(si, t, pn, h) {
		carrier = h // "X is due in Y for talks with Z", "X was in Y for talks with Z": X comes to meet Z
	}
	if f.typ == newsgraph.Agreement && carrier < 0 && f.light < 0 && h >= 0 && t.verb(h) && t.is(n, "obj") && !sayVerbs[t.lw[h]] && !strings.HasPrefix(t.lw[h], "discuss") {
		for _, e := range d.subjectOf(si, t, h) {
			if typ := d.ents[e].typ; typ == newsgraph.Organization || typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[e].name) {
				f.holder = append(f.holder, e) // "X lost a contract. The contract, to supply Y, ..."
			}
		}
	}
	// "At meetings this week, A officials pressed their B counterparts
	// to ...", "During the talks, A told B that ...": one who presses or
	// tells another at talks told by nothing else meets that one
	if f.typ == newsgraph.Meeting && len(with) == 0 && len(sides) == 0 && len(bodies) == 0 && !f.multi && pn == n && h >= 0 && t.verb(h) && t.is(n, "obl") && (t.prep(n) == "at" || t.prep(n) == "during") && addressVerbs[t.lw[h]] && talksNouns[w] && t.dep(n, "nmod:poss", "compound") < 0 && !ofPhrase(t, n) {
		var told []int
		for _, o := range t.deps(h, "obj", "iobj") {
			for _, e := range d.group(si, t, o) {
				country := d.ents[e].typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[e].name)
				if (t.lw[h] == "told" || strings.HasPrefix(t.lw[h], "tell")) && d.ents[e].typ == newsgraph.Organization {
					continue // "told Reuters": a body told is most often the news
				}
				if !d.newsMedium(e) && !d.isPlace(e) || country {
					told = append(told, e)
				}
			}
		}
		if len(told) > 0 {
			with = append(with, told)
			carrier = h
		}
	}
	if carrier >= 0 && pn != n && (t.lw[pn] == "end" || t.lw[pn] == "close" || t.lw[pn] == "conclusion") {
		f.statusBy = carrier // "said at the end of a visit": the visit has been
	}
	f.carrier = carrier
	if f.typ == newsgraph.Visit && carrier >= 0 && t.prep(n) == "for" && (welcomeVerb(t.lw[carrier]) || strings.HasPrefix(t.lw[carrier], "host")) {
		// "X will welcome (host) Y for a state visit": the visit is the
		// guest's, to the host's country
		var guests []int
		for _, o := range t.deps(carrier, "obj") {
			for _, e := range d.group(si, t, o) {
				if d.ents[e].typ == newsgraph.Person {
					guests = append(guests, e)
				}
			}
		}
		if len(guests) > 0 {
			c := -1
			for _, h := range d.subjectOf(si, t, carrier) {
				if d.ents[h].typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[h].name) {
					c = h
				} else if d.ents[h].typ == newsgraph.Person && c < 0 {
					c = d.signerCountry(h)
				}
			}
			if c < 0 || d.domesticAll(guests, c) {
				return false
			}
			f.agents, f.places, f.others = guests, []int{c}, [][]int{{c}}
			return true
		}
	}
	if carrier >= 0 && f.typ == newsgraph.Meeting && len(with) == 0 && joinVerbs[t.lw[carrier]] && t.prep(pn) == "for" {
		// "X joined A and B for a trilateral meeting": those joined meet too
		for _, o := range t.deps(carrier, "obj") {
			for _, c := range t.conjuncts(o) {
				if ents := d.phrase(si, t, c, 0); len(ents) > 0 {
					with = append(with, ents)
				}
			}
		}
	}
	if carrier >= 0 {
		// the subject of "held talks", "attended a meeting between X and
		// Y", "after a meeting with Y, X said" takes part too
		// but "X and Y travel to Z for a summit" is no meeting of X and Y
		// "At a conference hosted by X, Y said": a guest of the host's
		takes := f.light >= 0 || f.typ != newsgraph.Meeting || len(with) > 0 || len(withSubjects(t, carrier)) > 0 || hosted && t.prep(n) == "at" || together ||
			t.prep(pn) == "in" && partakes(t, carrier) // "A and B took part in the talks"
		for _, o := range t.deps(carrier, "obl") {
			takes = takes || t.prep(o) == "with" || t.prep(o) == "between"
		}
		ents := d.subjectOf(si, t, carrier)
		if sb := meetSubject(t, carrier); f.typ == newsgraph.Agreement && f.light >= 0 && len(ents) == 0 && len(with) > 0 && sb >= 0 {
			if v := t.head[carrier]; t.tag[sb] == "CD" && t.is(carrier, "advcl", "xcomp") && v >= 0 && hasMark(t, carrier, "to") && t.dep(v, "nsubj") >= 0 {
				sb = t.dep(v, "nsubj") // "commissioners voted 3-0 to accept": the tally read as the subject
			}
			// "commissioners approved a pact with X": the body they sit on
			if e := d.organOwner(si, t, sb); e >= 0 {
				ents = []int{e}
			}
		}
		if sb := meetSubject(t, carrier); f.typ == newsgraph.Meeting && f.light >= 0 && len(ents) == 0 && len(with) == 0 && sb >= 0 {
			// "the negotiating group held its first meeting": the body
			// whose organ the story told
			if e := d.organOwner(si, t, sb); e >= 0 {
				ents = []int{e}
				f.multi = true
				if p := t.dep(n, "nmod:poss"); p >= 0 && t.tag[p] == "PRP$" {
					// "held its first meeting": its is the organ's own
					own := d.phrase(si, t, p, 0)
					sides = slices.DeleteFunc(sides, func(g []int) bool { return slices.Equal(g, own) })
				}
			}
		}
		if strings.HasPrefix(t.lw[carrier], "host") && len(ents) == 1 && d.isPlace(ents[0]) {
			// "Veldania, which is hosting the summit": where, not who
			if f.loc < 0 {
				f.loc = ents[0]
			}
			ents = nil
		}
		if attended && f.light < 0 {
			// only people attend; the body is the gathering's
			var people []int
			for _, e := range ents {
				if d.ents[e].typ == newsgraph.Person {
					people = append(people, e)
				}
			}
			ents = people
			if len(ents) > 0 {
				with = append(with, bodies)
				if f.loc < 0 {
					f.loc = d.frameLoc(si, t, n, carrier) // "addressed the OPEC conference in Vienna"
				}
			}
		}
		if len(ents) > 0 && (len(sides) == 0 || f.light >= 0 || hosted || attended) && (takes || attended) {
			sides = append(sides, ents)
			f.joins = f.typ == newsgraph.Meeting && len(with) == 0 && (partakes(t, carrier) || attendVerbs[t.lw[carrier]])
		}
		// "A is to join B in a visit to X": B goes too
		if f.typ == newsgraph.Visit && joinVerbs[t.lw[carrier]] && t.prep(n) == "in" {
			for _, o := range t.deps(carrier, "obj") {
				for _, e := range d.group(si, t, o) {
					if d.ents[e].typ == newsgraph.Person {
						sides = append(sides, []int{e})
					}
				}
			}
		}
		if hosted && t.prep(n) == "at" && len(ents) > 0 && mealNouns[w] {
			f.attended = true // "Speaking at a reception held by Y, X said": it has been
		}
		if hosted && t.prep(n) == "at" {
			// "X told Y at a dinner hosted by Z": Y was at the dinner too
			for _, o := range t.deps(carrier, "iobj", "obj") {
				ents := d.group(si, t, o)
				for _, e := range ents {
					if d.ents[e].typ == newsgraph.Person {
						with = append(with, []int{e})
					}
				}
				if len(ents) == 0 && (lowerTitles[t.lw[o]] || t.tag[o] == "PRP") && t.lw[o] != "reporters" {
					// "X told the treasurer at a lunch given by Z" with
					// the chancellor unknown: the story's pair is not all
					// there, and the host alone is not whom X told
					return false
				}
			}
		}
		if f.light >= 0 || len(with) == 0 {
			// "engaged in talks with X", "flew in for talks with X": the
			// parser hangs the with-phrase on the verb as often as on the noun
			for _, o := range withSubjects(t, carrier) {
				if ents := d.group(si, t, o); len(ents) > 0 {
					with = append(with, ents)
				}
			}
			for _, o := range t.deps(carrier, "obl") {
				switch t.prep(o) {
				case "with", "along with":
					for _, c := range t.conjuncts(o) {
						if ents := d.phrase(si, t, c, 0); len(ents) > 0 {
							with = append(with, ents)
						}
					}
				case "between":
					with = append(with, d.group(si, t, o))
				case "to", "in":
					if f.typ == newsgraph.Visit && !(t.prep(o) == "to" && o < n && f.light < 0 && !visitVerbs[t.lw[carrier]] && !motionVerbs[t.lw[carrier]] && !leaveVerbs[t.lw[carrier]]) {
						// (not "built a road to Y during the visit": where
						// what was done during the visit leads)
						for _, c := range d.placeConjuncts(si, t, o) {
							if ps := d.placesUnder(si, t, c); len(ps) > 0 {
								f.places = append(f.places, ps...)
								with = append(with, ps)
							}
						}
					}
				case "at":
					// "cancelled his appearance at the Oslo forum": where the
					// gathering is, not "at the invitation of X"
					if f.typ == newsgraph.Visit && len(f.places) == 0 && gatheringNouns[t.lw[o]] {
						if ps := d.placesUnder(si, t, o); len(ps) > 0 {
							f.places = append(f.places, ps...)
							with = append(with, ps)
						}
					}
				}
			}
		}
	}
	// "next week's ICGE meeting", "the Grain Council's summit": a
	// session named by one assembly alone, no one else said to meet or
	// attend, is the assembly's own
	// ("flew to X for the ICGE summit": the trip's purpose, which the
	// traveller attends)
	// ("met X on the sidelines of the ICGE summit": the venue of another
	// event, told for where that one was)
	// (not "was discussed at the ICGE meeting", "met before the summit")
	venue := false
	// ("held a meeting on the sidelines of the ICGE summit": the same,
	// the other event told by its noun)
	for v, k, a := h, 0, n; v >= 0 && k < 3; v, k, a = t.head[v], k+1, v {
		p := t.prep(a)
		if t.noun(v) && triggerAt(t, v) && t.is(a, "nmod") {
			venue = p == "at" || p == "on" || p == "during" || p == "in"
			break
		}
		if t.verb(v) {
			venue = (meetingVerbs[t.lw[v]] && d.meetsSomeone(si, t, v) || visitVerbs[t.lw[v]] || agreeVerbs[t.lw[v]]) && t.dep(v, "aux:pass") < 0 &&
				(p == "at" || p == "on" || p == "during" || p == "in")
			break
		}
	}
	// ("the agenda for the ICGE summit" is the summit's own; a trip or a
	// journey for it is the traveller's purpose)
	// (preparing for a session tells it is to be: "talks held to prepare
	// for the X committee meeting")
	purpose := t.prep(pn) == "for" && (h < 0 || t.verb(h) && !strings.HasPrefix(t.lw[h], "prepar") || triggerAt(t, h))
	for a, k := h, 0; t.prep(pn) == "for" && !purpose && a >= 0 && k < 4; a, k = t.head[a], k+1 {
		// "visited Japan in May for the G20 summit": a trip somewhere above
		purpose = visitVerbs[t.lw[a]] || visitNouns[t.lw[a]] || leaveVerbs[t.lw[a]]
	}
	// ("the X Council's ministerial talks": talks a body's sitting
	// names are its session)
	bodyTalks := talkNouns[w] && (len(bodies) == 1 && d.assembly(bodies[0]) && (d.talksTold(si, t, n) || sittingTalks(t, n)) ||
		len(bodies) == 0 && len(sides) == 1 && len(sides[0]) == 1 && d.assembly(sides[0][0]) && sittingTalks(t, n))
	// (one who attends it is a side with the body, in with; a country
	// or a common noun "at" it, "the plan was approved at the X Council
	// summit", leaves the body's own)
	if f.typ == newsgraph.Meeting && (sessionNouns[w] || w == "assembly" || bodyTalks) && len(with) == 0 && f.light < 0 && !purpose && !venue {
		own := uniq(append(flatten(sides), bodies...))
		// ("the company's annual meeting": a common noun's owner is
		// whatever firm came last, no body named; "the group's
		// conference" after the Group of Seven names the one whose
		// name holds the noun)
		named := true
		if p := t.dep(n, "nmod:poss"); p >= 0 && t.tag[p] != "PRP$" && d.mentionAt(si, p) == nil && !timePossessor(t.lw[p]) && len(d.organBodies(si, t, p)) == 0 {
			named = len(own) == 1 && t.tag[p] == "NN" && slices.Contains(d.ents[own[0]].tokens, t.lw[p])
		}
		if named && len(own) == 1 && (d.assembly(own[0]) || d.acronymBody(own[0])) && !d.holdersMeeting(si, t, n) {
			sides, f.multi = [][]int{own}, true
		}
	}
	// "Fabrik's annual shareholders meeting", "the Dervan Steel board
	// meeting", "trimmed at a special stockholders meeting": the
	// owners' or the board's session is the firm's own, the one named on
	// it or else the story's firm told last
	if f.typ == newsgraph.Meeting && d.holdersMeeting(si, t, n) && len(with) == 0 && !attended && !purpose {
		if e := d.holdersFirm(si, t, n, flatten(sides)); e >= 0 {
			sides, f.multi = [][]int{{e}}, true
		}
	}
	// "the X Council will discuss the crisis at a meeting on Thursday":
	// a session at which one assembly, the subject of the verb, acts is
	// the assembly's own
	// ("vote on the levy at a meeting": the phrase the parser hung on the
	// verb's object or oblique tells when the verb's act is)
	if v := t.head[pn]; f.typ == newsgraph.Meeting && sessionNouns[w] && len(sides) == 0 && len(with) == 0 && len(bodies) == 0 && f.light < 0 && !attended && !purpose &&
		(t.prep(pn) == "at" || t.prep(pn) == "during") && v >= 0 {
		if t.noun(v) && !triggerAt(t, v) && t.is(v, "obj", "obl") {
			v = t.head[v]
		}
		if ents := d.subjectOf(si, t, v); t.verb(v) && len(ents) == 1 && (d.assembly(ents[0]) || d.acronymBody(ents[0])) {
			sides, f.multi = [][]int{ents}, true
		}
	}
	if f.typ == newsgraph.Meeting && len(with) == 0 && len(bodies) == 0 && len(sides) == 1 && len(sides[0]) == 1 && f.light >= 0 && sessionLights[t.lw[f.light]] &&
		(sessionNouns[w] || talkNouns[w] || w == "assembly") && (d.assembly(sides[0][0]) || d.acronymBody(sides[0][0])) && !d.holdersMeeting(si, t, n) {
		f.multi = true // "the X Council held a special session": the body's own
	}
	if f.typ == newsgraph.Meeting && len(with) == 0 && len(sides) == 1 && f.light >= 0 && d.bodyMeets(t, f.light, sides[0]) {
		f.multi = true // "the board's farm chiefs ended their conference": the board's own
	}
	if len(bodies) > 0 && f.light >= 0 {
		with = append(with, bodies)
	}
	// "X flew to Peru for talks with government officials": the officials
	// of the country X travels to, for want of their names
	if f.typ == newsgraph.Meeting && len(with) == 0 && unnamed && carrier >= 0 && (visitVerbs[t.lw[carrier]] || leaveVerbs[t.lw[carrier]]) {
		if p, c := d.destinationCountry(si, t, carrier); c >= 0 {
			if ents := d.subjectOf(si, t, carrier); len(ents) > 0 && !d.domesticAll(ents, c) {
				sides, with = append(sides, ents), append(with, []int{c})
				if f.loc < 0 {
					f.loc = p
				}
			}
		}
	}
	// "X will visit Kenya tomorrow for talks on trade": talks a trip to
	// a country is for, with no one named, are with its government
	// (a summit or a gathering there is others' as much as the host's)
	if f.typ == newsgraph.Meeting && talkNouns[w] && len(bodies) == 0 && len(with) == 0 && len(sides) == 0 && !unnamed && carrier >= 0 && f.light < 0 && t.prep(pn) == "for" && (visitVerbs[t.lw[carrier]] || leaveVerbs[t.lw[carrier]]) {
		if c := d.tripCountry(si, t, carrier); c >= 0 {
			if ents := d.subjectOf(si, t, carrier); len(ents) > 0 && !d.domesticAll(ents, c) && !slices.Contains(ents, c) {
				sides, with = append(sides, ents), append(with, []int{c})
			}
		}
	}
	// "X said next week's meeting with Y would ...": a meeting dated by
	// its possessor, told by one person with one other side, is the
	// teller's
	if f.typ == newsgraph.Meeting && len(sides) == 0 && len(with) == 1 && carrier < 0 && f.light < 0 {
		if p := t.dep(n, "nmod:poss"); p >= 0 && (timeWords[t.lw[p]] || measureNouns[t.lw[p]] || isWeekday(t.lw[p])) {
			if r := d.tellerOf(si, t, n); r >= 0 && !slices.Contains(with[0], r) {
				sides = append(sides, []int{r})
			}
		}
	}
	if f.typ == newsgraph.Agreement && len(uniq(append(flatten(sides), flatten(with)...))) < 2 {
		// "A and B witnessed the signing of papers, an accord on X
		// among them": who witnessed the signing made it
		if ents := d.signingWitnesses(si, t, n); len(ents) >= 2 {
			sides = append(sides, ents)
		}
	}
	if f.typ == newsgraph.Agreement && len(uniq(append(flatten(sides), flatten(with)...))) < 2 {
		// "A sold B a share of its plant as part of a joint venture
		// accord", "A will pay B to get out of a supply deal": the sides of the sale the
		// agreement is part of
		if a, b := d.transaction(si, t, n); len(a) > 0 && len(b) > 0 {
			sides, with = append(sides, a), append(with, b)
		}
	}
	if generic && len(with) == 0 && !(signedNoun(t, n) && len(uniq(append(flatten(sides), f.agents...))) == 2) {
		// (but accords on X that "the two countries signed" are theirs;
		// "agreements reached by A, B and C" are each one's with others)
		return false
	}
	if f.typ == newsgraph.Meeting && len(sides) == 0 && len(with) > 0 && carrier < 0 && f.light < 0 {
		// "X had a full day: talks with Y, then lunch with Z"
		if v, ents := d.colonListOwner(si, t, n); len(ents) > 0 {
			sides = append(sides, ents)
			if v >= 0 {
				f.statusBy = v
			}
		}
	}
	// "under the Nordic Council accord", "the Arab League pact": an
	// agreement a body alone names is its own, among its members
	if f.typ == newsgraph.Agreement && !f.multi && len(with) == 0 && len(sides) == 1 && len(sides[0]) == 1 && d.assembly(sides[0][0]) {
		for _, k := range t.deps(n, "compound", "nmod:poss") {
			if m := d.mentionAt(si, k); k < n && m != nil && m.ent == sides[0][0] {
				f.multi = true
			}
		}
	}
	for _, s := range sides {
		f.agents = append(f.agents, s...)
	}
	f.agents = uniq(f.agents)
	f.others = with
	if f.loc < 0 {
		f.loc = d.frameLoc(si, t, n, f.light)
	}
	if f.typ == newsgraph.Meeting && f.loc < 0 && f.light < 0 && carrier >= 0 && t.prep(pn) == "for" && visitVerbs[t.lw[carrier]] {
		// "before flying on to Quito for talks with X": the talks are in
		// the town the trip they are for goes to (not in another the
		// sentence's first trip went to); a country is no meeting's place
		if c := d.tripTown(si, t, carrier); c >= 0 {
			f.loc = c
		}
	}
	if f.typ == newsgraph.Visit && len(f.places) == 0 && (w == "visit" || w == "arrival") && f.carrier >= 0 && strings.HasPrefix(t.lw[f.carrier], "arriv") {
		return false // "arrived for a visit": read at "arrived"
	}
	if w == "appearance" && len(f.agents) == 0 {
		return false // whose appearance must be said
	}
	// "X's three-nation tour begins": a possessive the parser hung on the
	// verb instead of the noun, read from the words before the noun
	if f.typ == newsgraph.Visit && len(sides) == 0 && t.dep(n, "det") < 0 {
		k := n - 1
		for k > 0 && (t.tag[k] == "JJ" || t.tag[k] == "NN" || t.tag[k] == "CD" || t.tag[k] == "HYPH" || t.tag[k] == "VBN") && d.mentionAt(si, k) == nil {
			k--
		}
		if k > 0 && t.tag[k] == "POS" {
			if m := d.mentionAt(si, k-1); m != nil && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person {
				sides = append(sides, []int{m.ent})
				f.agents = uniq(append(f.agents, m.ent))
			}
		}
	}
	// "X's Asian tour begins in Hanoi", "the trip takes in Oslo and
	// Riga": the verb the trip is the subject of says where it goes
	// (a region naming the trip, "his Baltic tour", labels it: the stage is where it goes)
	regional := true
	for _, p := range f.places {
		regional = regional && d.ents[p].typ == newsgraph.Location
	}
	if f.typ == newsgraph.Visit && regional && len(f.agents) > 0 && h >= 0 && t.is(n, "nsubj") && t.verb(h) && tripStages[t.lw[h]] {
		label, labels := f.places, f.others
		f.places, f.others = nil, nil
		args := t.deps(h, "obl")
		if stageObjects[t.lw[h]] {
			args = append(args, t.deps(h, "obj")...)
		}
		for _, o := range args {
			if p := t.prep(o); p != "in" && p != "to" && p != "at" && !(p == "" && t.is(o, "obj")) {
				continue
			}
			for _, c := range d.placeConjuncts(si, t, o) {
				if ps := d.placesUnder(si, t, c); len(ps) > 0 {
					f.places = append(f.places, ps...)
					f.others = append(f.others, ps)
				}
			}
		}
		if len(f.places) == 0 {
			f.places, f.others = label, labels
		} else if f.carrier < 0 {
			f.carrier = h // its date and tense too: "begins in Hanoi on Monday"
			f.statusBy = h
		}
	}
	if f.typ == newsgraph.Visit && len(f.places) == 0 && len(f.agents) > 0 && f.carrier >= 0 && f.light < 0 && (t.prep(pn) == "on" || t.prep(pn) == "during") {
		// "X opened a clinic in Y while on a tour": the trip is
		// where what X did during it happened
		// (an "in" or "at" phrase on the verb, or inside its object or
		// another phrase: "planted a tree at a school in Y"; "in Y, Z",
		// the town and the county it is in, is one stop)
		var walk func(k, depth int)
		walk = func(k, depth int) {
			if depth > 3 || len(f.places) > 0 {
				return
			}
			if p := t.prep(k); depth > 0 && (p == "in" || p == "at") {
				if ps := d.placesUnder(si, t, k); len(ps) > 0 {
					f.places = append(f.places, ps...)
					f.others = append(f.others, ps)
					return
				}
			}
			for _, c := range t.kids[k] {
				if c != pn && (depth == 0 && t.is(c, "obl", "obj") || depth > 0 && t.is(c, "nmod")) {
					walk(c, depth+1)
				}
			}
		}
		walk(f.carrier, 0)
	}
	if f.typ == newsgraph.Visit && len(f.places) == 0 && (w == "visit" || w == "tour" || w == "trip" || missionNouns[w]) {
		// "ahead of his visit to Oslo" with "to Oslo" hung on the verb
		// the visit hangs on: the place right after the noun's "to"
		// ("their trip" read as one person's is a guess too far to
		// send anyone on it)
		if p := d.placeAfterTo(si, t, n); p >= 0 && !(hasDep(t, n, "their") && len(f.agents) < 2) {
			f.places, f.others = []int{p}, [][]int{{p}}
		}
	}
	if f.typ == newsgraph.Visit && missionNouns[w] && !d.missionTo(si, t, n) {
		return false // "the UN mission in X" stays there; "a mission to X" goes
	}
	if f.typ == newsgraph.Visit && len(f.places) == 0 && len(f.agents) > 0 && (w == "visit" || w == "tour" || w == "trip" || w == "stay") {
		// "X began a four-day visit" under a "LA PAZ, March 23 -" dateline,
		// X holding an office of another country: a visit there
		if p := d.datelinePlaceFor(si, "", ""); p >= 0 && d.foreignTo(f.agents, p) {
			f.places = []int{p}
			f.others = append(f.others, []int{p})
		} else if c := d.hostCountry(si, t, f.agents); c >= 0 {
			f.places = []int{c}
			f.others = append(f.others, []int{c})
		} else if c := d.storyCountry(si); c >= 0 && d.foreignTo(f.agents, c) {
			// "the trip of Austrian chancellor X" in a story of Ecuador
			// told with no dateline: a visit there
			f.places = []int{c}
			f.others = append(f.others, []int{c})
		}
	}
	if f.typ == newsgraph.Visit && len(f.places) == 0 && len(f.agents) > 0 && hasDep(t, n, "return") {
		// "A Danish delegation will pay a return visit": back to the
		// country that came to them, named last before
		if p := d.returnPlace(si, n, f.agents); p >= 0 {
			f.places, f.others = []int{p}, append(f.others, []int{p})
		}
	}
	if f.typ == newsgraph.Visit && len(f.places) == 0 {
		return false
	}
	return true
}

// returnPlace is where a return visit of the visitors ends (the visit
// noun at k of sentence si): the last place named before it, in this
// sentence or the one before, that lies outside the visitors' country;
// -1 when their country is not known (a return visit goes from the
// place visited to the one the earlier visitor came from).
func (d *doc) returnPlace(si, k int, agents []int) int {
	home := ""
	for _, e := range agents {
		c := ""
		switch d.ents[e].typ {
		case newsgraph.GPE:
			c = d.x.gz.countryOf(d.ents[e].name)
		case newsgraph.Person:
			if o := d.signerCountry(e); o >= 0 {
				c = d.ents[o].name
			}
		}
		if c != "" && home != "" && c != home {
			return -1
		}
		if c != "" {
			home = c
		}
	}
	if home == "" {
		return -1
	}
	for s := si; s >= 0 && s >= si-1 && d.stories[s] == d.stories[si]; s-- {
		best, at := -1, -1
		for _, mi := range d.bySent[s] {
			m := d.mentions[mi]
			if m.kind != named || m.ent < 0 || s == si && m.j > k || m.i < at {
				continue
			}
			e := m.ent
			if d.ents[e].typ == newsgraph.Person {
				e = d.signerCountry(e) // "Peruvian Trade Minister X": X's Peru
			}
			if e < 0 || d.ents[e].typ != newsgraph.GPE {
				continue
			}
			if in := d.x.gz.countryOf(d.ents[e].name); in != "" && !sameState(in, home) {
				best, at = e, m.i
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// touchDown says whether token k opens "touched down" (a landing): only
// with its particle is "touch" a journey's end.
func touchDown(toks []token, k int) bool {
	switch strings.ToLower(toks[k].text) {
	case "touch", "touches", "touched", "touching":
		return k+1 < len(toks) && strings.EqualFold(toks[k+1].text, "down")
	}
	return false
}

// announceVerbs make a trip known before it is made: "X announced a
// trip to Y", "declared a visit to Y".
var announceVerbs = set("announce", "announces", "announced", "announcing", "declare", "declares", "declared", "declaring",
	"unveil", "unveils", "unveiled", "confirm", "confirms", "confirmed", "confirming")

// missionNouns are a body's or a group's errands: a visit only when
// sent somewhere ("a fact-finding mission to X"), not the standing
// office a mission keeps ("the UN mission in X").
var missionNouns = set("mission", "missions")

// placeAfterTo is the place named right after "to" (or "into") after
// the noun n, past "the", as the words run ("his visit to Oslo" however
// the parser hung "to Oslo"), or -1.
func (d *doc) placeAfterTo(si int, t *tree, n int) int {
	j := n + 1
	if j >= len(t.lw) || t.lw[j] != "to" && t.lw[j] != "into" {
		return -1
	}
	j++
	if j < len(t.lw) && t.lw[j] == "the" {
		j++
	}
	if m := d.mentionAt(si, j); m != nil && m.i == j && m.ent >= 0 && d.isPlace(m.ent) {
		return m.ent
	}
	return -1
}

// missionTo says whether mission noun n is sent to a place: a "to" phrase
// on it naming one, or a place right after its "to".
func (d *doc) missionTo(si int, t *tree, n int) bool {
	for _, k := range t.deps(n, "nmod") {
		if p := t.prep(k); (p == "to" || p == "into") && len(d.placesUnder(si, t, k)) > 0 {
			return true
		}
	}
	return d.placeAfterTo(si, t, n) >= 0
}

// colonListOwner is whose an event noun listed after a colon or a dash
// is: the items spell out a noun before it ("X had a busy day: talks with
// Y and lunch with Z", "X's agenda - talks with Y"), and that noun's
// owner, its possessor or the subject of the verb it is the object of,
// has them. It gives that verb (or -1) and the owner's entities.
func (d *doc) colonListOwner(si int, t *tree, n int) (int, []int) {
	k := n
	for steps := 0; steps < 4 && t.is(k, "conj", "appos", "list", "dep", "parataxis") && t.head[k] >= 0 && t.noun(t.head[k]); steps++ {
		k = t.head[k]
	}
	if k == n || triggerAt(t, k) {
		return -1, nil
	}
	colon := false
	for c := k + 1; c < n; c++ {
		if w := t.lw[c]; (w == ":" || w == "--" || w == "\u2014" || w == "\u2013") && !colon {
			colon = true
			for b := c + 1; b < n; b++ {
				if t.verb(b) {
					return -1, nil // a clause of its own after the colon
				}
			}
		}
	}
	if !colon {
		return -1, nil
	}
	if p := t.dep(k, "nmod:poss"); p >= 0 {
		if ents := d.phrase(si, t, p, 0); len(ents) > 0 {
			return -1, ents
		}
	}
	v := t.head[k]
	if v < 0 || !t.verb(v) || !t.is(k, "obj") || sayVerbs[t.lw[v]] {
		return -1, nil
	}
	return v, d.subjectOf(si, t, v)
}

// modifierMention is the name that modifier k of an event noun is or
// holds: "the Vienna summit", or a name the parser hung on the modifier
// before it ("the OPEC ministerial meeting" read with the body on
// "ministerial"); nil for none.
func (d *doc) modifierMention(si int, t *tree, k int) *mention {
	if m := d.mentionAt(si, k); m != nil {
		return m
	}
	if !t.is(k, "amod") {
		return nil
	}
	for _, c := range t.kids[k] {
		if c < k && t.is(c, "compound", "amod", "advmod", "nmod") {
			if m := d.mentionAt(si, c); m != nil && m.ent >= 0 {
				return m
			}
		}
	}
	return nil
}

// motionVerbs take one somewhere on the way, beside the verbs of travel.
var motionVerbs = set("drive", "drives", "drove", "driven", "driving", "walk", "walks", "walked", "walking", "rush", "rushed",
	"rushing", "hurry", "hurried", "hurrying", "proceed", "proceeded", "proceeding", "return", "returns", "returned", "returning")

// mealNouns are the meals one is hosted at.
var mealNouns = set("dinner", "lunch", "breakfast", "banquet", "reception")

// anySide says whether ents holds a person, a body or a country: one
// that can take part in an event, not a region.
func (d *doc) anySide(ents []int) bool {
	for _, e := range ents {
		switch d.ents[e].typ {
		case newsgraph.Person, newsgraph.Organization, newsgraph.GPE:
			return true
		}
	}
	return false
}

// dashList is the names listed after a dash or a colon that follows
// token k within its phrase ("buyers - A, B and C"): at least two names
// of countries, bodies or people joined by commas and "and", running to
// the end of the list; nil for none.
func (d *doc) dashList(si, k int) []int {
	toks := d.sents[si].tokens
	i := k + 1
	for i < len(toks) && i <= k+10 && toks[i].text != "-" && toks[i].text != "--" && toks[i].text != "\u2014" && toks[i].text != "\u2013" && toks[i].text != ":" {
		if tg := toks[i].pos; strings.HasPrefix(tg, "VB") || tg == "." || toks[i].text == "," || toks[i].text == ";" {
			return nil
		}
		i++
	}
	if i >= len(toks) || i > k+10 {
		return nil
	}
	var out []int
	for i++; i < len(toks); {
		m := d.mentionAt(si, i)
		if m == nil || m.i != i || m.ent < 0 {
			break
		}
		switch d.ents[m.ent].typ {
		case newsgraph.Person, newsgraph.Organization, newsgraph.GPE:
			out = append(out, m.ent)
		default:
			return nil
		}
		i = m.j
		if i < len(toks) && toks[i].text == "," {
			i++
		}
		if i < len(toks) && strings.EqualFold(toks[i].text, "and") {
			i++
		}
	}
	if out = uniq(out); len(out) < 2 {
		return nil
	}
	return out
}

// appealVerbs ask or vie for something, which is not had yet: "called
// for talks", "bidding for a contract".
var appealVerbs = set("call", "calls", "called", "calling", "press", "pressed", "pressing", "push", "pushed", "pushing",
	"appeal", "appealed", "appealing", "clamour", "clamoured", "clamor", "clamored", "lobby", "lobbied", "lobbying",
	"bid", "bids", "bidding", "compete", "competes", "competed", "competing", "vie", "vies", "vied", "vying", "apply",
	"applies", "applied", "applying", "tender", "tenders", "tendered", "tendering", "jockey", "jockeying", "scramble",
	"scrambling", "race", "racing")

// proposeVerbs put an event to someone: "proposed to Y a summit with Z".
var proposeVerbs = set("propose", "proposes", "proposed", "proposing", "offer", "offers", "offered", "offering",
	"suggest", "suggests", "suggested", "suggesting")

// talkNouns are talks between sides, not a gathering one attends.
var talkNouns = set("talks", "discussions", "negotiations", "consultations")

// tripCountry is the country travel verb v goes to when it names the
// country itself ("visit Kenya", "flew to Kenya"), not a city in it: a
// city may be only where others meet. -1 for none.
func (d *doc) tripCountry(si int, t *tree, v int) int {
	var args []int
	for _, o := range t.deps(v, "obl", "obj") {
		if p := t.prep(o); p == "to" || p == "" && t.is(o, "obj") {
			args = append(args, o)
		}
	}
	for _, o := range args {
		ps := d.placesUnder(si, t, o)
		if len(ps) == 1 && d.ents[ps[0]].typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[ps[0]].name) {
			return ps[0]
		}
	}
	return -1
}

// tripTown is the one town travel verb v goes to ("flew on to X",
// "will travel to X"), or -1: none, several, or a country.
func (d *doc) tripTown(si int, t *tree, v int) int {
	town := -1
	for _, o := range t.deps(v, "obl") {
		if t.prep(o) != "to" {
			continue
		}
		for _, p := range d.placesUnder(si, t, o) {
			if d.ents[p].typ != newsgraph.GPE || d.x.gz.isCountry(d.ents[p].name) {
				continue
			}
			if town >= 0 && town != p {
				return -1
			}
			town = p
		}
	}
	return town
}

// twoSides are the firms, bodies and countries of verb v's subject when it
// names two or more of them ("A and B ratified ..."), else nil.
func (d *doc) twoSides(si int, t *tree, v int) []int {
	var out []int
	for _, e := range d.subjectOf(si, t, v) {
		if typ := d.ents[e].typ; typ == newsgraph.Organization || typ == newsgraph.GPE {
			out = append(out, e)
		}
	}
	if out = uniq(out); len(out) < 2 {
		return nil
	}
	return out
}

// offVerbs call off or put off what their subject was to do: "cancelled
// a trip", "postponed talks", "scrapped a visit".
var offVerbs = set("cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "scrap", "scraps", "scrapped",
	"shelve", "shelved", "abandon", "abandoned", "postpone", "postpones", "postponed", "postponing", "delay", "delays",
	"delayed", "defer", "deferred", "reschedule", "rescheduled", "abort", "aborted", "axed", "drop", "drops", "dropped", "dropping")

// flyInVerbs take "in" for arriving by air: "flew in from Quito".
var flyInVerbs = set("fly", "flies", "flew", "flown", "flying", "jet", "jets", "jetted", "jetting")

// calledOff says whether verb v calls off or puts off its object:
// a verb of offVerbs, or "called off", "put off".
func calledOff(t *tree, v int) bool {
	if offVerbs[t.lw[v]] {
		return true
	}
	switch t.lw[v] {
	case "call", "calls", "called", "calling", "put", "puts", "putting":
		return hasDep(t, v, "off")
	}
	return false
}

// reducedParticiple says whether verb v is a participle describing the
// noun before it ("a plan agreed in May", "the plan, agreed in May,"),
// with no subject or auxiliary of its own, however the parser hung it.
func reducedParticiple(t *tree, v int) bool {
	if t.tag[v] != "VBN" && t.tag[v] != "VBD" || t.dep(v, "aux") >= 0 || t.dep(v, "aux:pass") >= 0 || t.dep(v, "nsubj") >= 0 {
		return false
	}
	return t.is(v, "acl") && t.tag[v] == "VBN" || t.is(v, "conj") && v >= 2 && t.lw[v-1] == "," && t.noun(v-2)
}

// tenseOf is the status verb v's own tense gives what it tells: past
// ("said", "has spoken"), to come ("will speak"), or none; a participle
// without tense ("Speaking at X, Y said") takes the verb it hangs on.
func tenseOf(t *tree, v int) newsgraph.EventStatus {
	if v < 0 {
		return "" // no verb carries the event (a noun-phrase summit)
	}
	if t.tag[v] == "VBG" && t.dep(v, "aux") < 0 && t.head[v] >= 0 && t.verb(t.head[v]) {
		v = t.head[v]
	}
	for _, k := range t.deps(v, "aux") {
		switch t.lw[k] {
		case "will", "'ll", "shall":
			return newsgraph.Planned
		case "has", "have", "had", "'ve":
			return newsgraph.Happened
		}
	}
	if c := t.dep(v, "cop"); t.tag[v] == "VBD" || c >= 0 && t.tag[c] == "VBD" {
		return newsgraph.Happened
	}
	if t.tag[v] == "VBN" && t.dep(v, "aux", "aux:pass") < 0 && t.dep(v, "nsubj") >= 0 {
		return newsgraph.Happened // "X, speaking at the meeting, called for ...": a past tense read as a participle
	}
	return ""
}

// attendPhases are the parts of a gathering one is at when one is at
// them: "on the sidelines of", "at the close of".
var attendPhases = set("sidelines", "sideline", "margins", "margin", "fringes", "fringe", "end", "close", "opening",
	"start", "conclusion")

// hostNouns are the people one holds talks with when the text does not
// name them: "talks with bankers", "with senior ministers".
var hostNouns = set("bankers", "ministers", "businessmen", "creditors", "lenders", "counterparts", "hosts")

// destinationCountry is the place the visit verb v goes to ("flew to
// Lima", "left for Peru", "arrived in Lima") and its country, as
// entities, or -1, -1.
func (d *doc) destinationCountry(si int, t *tree, v int) (int, int) {
	for _, o := range t.deps(v, "obl") {
		switch t.prep(o) {
		case "to", "for", "in", "into":
		default:
			continue
		}
		for _, p := range d.placesUnder(si, t, o) {
			c := d.x.gz.countryOf(d.ents[p].name)
			if c == "" {
				continue
			}
			if ei := d.entByName(c); ei >= 0 {
				return p, ei
			}
			return p, d.implied(c, newsgraph.GPE)
		}
	}
	return -1, -1
}

// domesticAll says whether every one of ents holds an office of country c
// (an entity), or is c: none of them is abroad there.
func (d *doc) domesticAll(ents []int, c int) bool {
	for _, e := range ents {
		if e == c {
			continue
		}
		if o := d.signerCountry(e); o < 0 || !sameState(d.ents[o].name, d.ents[c].name) {
			return false
		}
	}
	return len(ents) > 0
}

// isWeekday says whether w (lower case) names a day of the week.
func isWeekday(w string) bool {
	if w == "" {
		return false
	}
	_, ok := weekdayNum(strings.ToUpper(w[:1]) + w[1:])
	return ok
}

// tellerOf is the one person who says the clause that word k is in
// ("X said [the meeting ...]"), or -1.
func (d *doc) tellerOf(si int, t *tree, k int) int {
	v := t.verbAbove(t.head[k], 4)
	if v < 0 || !t.is(v, "ccomp") || t.head[v] < 0 || !sayVerbs[t.lw[t.head[v]]] {
		return -1
	}
	s := t.dep(t.head[v], "nsubj")
	if s < 0 {
		return -1
	}
	ents := d.group(si, t, s)
	if len(ents) != 1 || d.ents[ents[0]].typ != newsgraph.Person {
		return -1
	}
	return ents[0]
}

// memberNouns are the members of a body who meet as it: "OPEC ministers
// meet in Vienna", "EU fishery ministers meeting in Riga".
var memberNouns = union(sittingMembers, set("presidents", "premiers", "heads", "executive", "executives", "board", "directors"))

// coVisitors are the people a "with" phrase (at o) names as going along
// on a visit: "visited X with Y", "a trip to X with Y"; a place or a firm
// in it is not one.
func (d *doc) coVisitors(si int, t *tree, o int) [][]int {
	var out [][]int
	for _, c := range t.conjuncts(o) {
		if m := d.mentionAt(si, c); m != nil && m.j-1 == c && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person {
			out = append(out, []int{m.ent})
		}
	}
	return out
}

// alongside are the people visit frame f sends along with its visitors:
// none without a visitor, and not one at home where a visitor is abroad
// ("arrived in X for a visit with Y", Y of X's country, is Y's guest).
func (d *doc) alongside(f frame) []int {
	if len(f.agents) == 0 {
		return nil
	}
	var out []int
	for _, x := range f.along {
		host := false
		for _, p := range f.places {
			host = host || d.domestic(x, p) && d.foreignTo(f.agents, p)
		}
		if !host {
			out = append(out, x)
		}
	}
	return out
}

// oneBetween says whether "one" at i stands for an agreement between
// sides it names: "a deal like the one between A and B", "the pact,
// modelled on one between A and B".
func (d *doc) oneBetween(t *tree, i int) bool {
	between := false
	for _, k := range t.deps(i, "nmod") {
		between = between || t.prep(k) == "between"
	}
	if !between {
		return false
	}
	for h, n := t.head[i], 0; h >= 0 && n < 3; h, n = t.head[h], n+1 {
		if t.noun(h) && agreeNouns[t.lw[h]] {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-8 && t.lw[k] != ";"; k-- {
		if t.noun(k) && agreeNouns[t.lw[k]] {
			return true
		}
	}
	return false
}

// giveVerbs hand an agreement from one side to another ("awarded X a
// contract", "granted the concession to X"); getVerbs take one from
// another ("won a contract from Y", "landed a deal from Y").
var (
	giveVerbs = set("award", "awards", "awarded", "awarding", "grant", "grants", "granted", "granting", "give", "gives",
		"gave", "given", "giving", "hand", "hands", "handed", "handing")
	getVerbs = set("win", "wins", "won", "winning", "secure", "secures", "secured", "securing", "land", "lands", "landed",
		"landing", "clinch", "clinches", "clinched", "clinching", "bag", "bags", "bagged", "bagging", "obtain", "obtains",
		"obtained", "obtaining", "receive", "receives", "received", "receiving", "get", "gets", "got", "gotten", "getting",
		"gain", "gains", "gained", "gaining", "net", "nets", "netted", "netting", "snag", "snags", "snagged", "scoop",
		"scoops", "scooped", "capture", "captures", "captured", "grab", "grabs", "grabbed", "nab", "nabs", "nabbed")
)

// chooseVerbs pick a firm for a job; supplyVerbs are the jobs a firm is
// picked to do under contract: "X was selected by Y to supply rigs", "Y
// hired X to build the plant", "Y chose X as its main contractor".
var (
	chooseVerbs = set("select", "selects", "selected", "selecting", "choose", "chooses", "chose", "chosen", "choosing",
		"pick", "picks", "picked", "picking", "tap", "taps", "tapped", "tapping", "hire", "hires", "hired", "hiring",
		"commission", "commissions", "commissioned", "commissioning", "contract", "contracts", "contracted", "contracting",
		"engage", "engages", "engaged", "engaging", "retain", "retains", "retained", "retaining", "appoint", "appoints",
		"appointed", "appointing")
	supplyVerbs = set("supply", "build", "provide", "deliver", "design", "develop", "construct", "operate", "manage",
		"maintain", "install", "run", "upgrade", "make", "manufacture", "produce", "equip", "renovate", "refurbish",
		"repair", "lay", "drill", "dredge", "modernise", "modernize", "expand", "extend", "rebuild", "overhaul", "replace",
		"lead", "carry", "undertake", "handle", "ship", "sell", "finance", "fund", "engineer", "assemble", "service")
	contractorNouns = set("contractor", "supplier", "builder", "operator", "partner", "developer", "provider", "vendor",
		"manufacturer", "designer", "integrator", "shipbuilder", "constructor", "engineer", "adviser", "advisor", "consultant")
)

// chosenSupplier reads a firm picked by another to do a job as the
// agreement between them, in either voice: "X has been selected by Y to
// supply four rigs", "Y hired X to build the plant", "Y chose X as lead
// contractor". Who is picked for no job, or is a person, makes none.
func (d *doc) chosenSupplier(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Agreement, t: k, light: -1, carrier: -1, loc: -1}
	if !t.verb(k) || !chooseVerbs[t.lw[k]] || k < t.from || t.negatedAt(k) || t.is(k, "amod", "compound") {
		return f, false
	}
	job := false
	for _, x := range t.deps(k, "xcomp", "advcl") {
		job = job || hasMark(t, x, "to") && supplyVerbs[t.lw[x]]
	}
	for _, o := range t.deps(k, "obl") {
		job = job || t.prep(o) == "as" && contractorNouns[strings.TrimSuffix(t.lw[o], "s")]
	}
	if !job {
		return f, false
	}
	firms := func(h int) []int {
		var out []int
		for _, e := range d.group(si, t, h) {
			if typ := d.ents[e].typ; typ == newsgraph.Organization || typ == newsgraph.GPE {
				out = append(out, e)
			}
		}
		return out
	}
	var choosers, chosen []int
	if sp := t.dep(k, "nsubj"); sp >= 0 && (t.is(sp, "nsubj:pass") || t.dep(k, "aux:pass") >= 0) {
		chosen = firms(sp)
		for _, b := range t.deps(k, "obl:agent", "obl") {
			if t.is(b, "obl:agent") || t.prep(b) == "by" {
				choosers = append(choosers, firms(b)...)
			}
		}
	} else {
		for _, e := range d.subjectOf(si, t, k) {
			if typ := d.ents[e].typ; typ == newsgraph.Organization || typ == newsgraph.GPE {
				choosers = append(choosers, e)
			}
		}
		for _, o := range t.deps(k, "obj") {
			chosen = append(chosen, firms(o)...)
		}
	}
	for _, e := range chosen {
		if d.ents[e].typ != newsgraph.Organization {
			return f, false // a country picked to host is no contractor
		}
	}
	if len(choosers) == 0 || len(chosen) == 0 || intersects(choosers, chosen) {
		return f, false
	}
	f.agents, f.others = uniq(choosers), [][]int{uniq(chosen)}
	if f.status, f.drop = d.frameStatus(t, &f); f.drop || wishedFor(t, k) {
		return f, false
	}
	return f, true
}

// awardNouns are agreements only when handed over: "awarded the tender
// to X", "won a concession from Y"; not "a tender for ten ships".
var awardNouns = set("tender", "tenders", "concession", "concessions")

// handedOver says whether noun n is given or won between named sides.
func (d *doc) handedOver(si int, t *tree, n int) bool {
	v, givers, getters := d.transfer(si, t, n)
	return v >= 0 && len(givers)+len(getters) > 0
}

// transfer reads agreement noun n as a thing handed from one side to
// another by the verb it is the theme of, in any voice: who gives it and
// who gets it ("Y awarded X a contract", "X was awarded a contract by Y",
// "the contract was awarded to X by Y", "a contract awarded to X by Y",
// "X won a contract from Y"), wherever the parser hung the phrases ("to
// X" on what the contract is for, "by Y" on X). v is -1 when no such
// verb governs n.
func (d *doc) transfer(si int, t *tree, n int) (v int, givers, getters []int) {
	v, theme := t.head[n], "" // theme: how n hangs on v, "obj" or "pass"
	switch {
	case v >= 0 && t.verb(v) && t.is(n, "obj"):
		theme = "obj"
	case v >= 0 && t.verb(v) && t.is(n, "nsubj:pass"):
		theme = "pass"
	case v >= 0 && t.tag[v] == "VBN" && t.is(n, "nsubj") && t.dep(v, "aux", "cop") < 0 && n < v:
		theme = "pass" // "a contract awarded to X is under review" read as a clause of its own
	}
	for _, a := range t.deps(n, "acl") {
		if theme == "" && t.tag[a] == "VBN" && (giveVerbs[t.lw[a]] || getVerbs[t.lw[a]]) {
			v, theme = a, "pass" // "a contract awarded to X by Y"
		}
	}
	if theme == "" || !giveVerbs[t.lw[v]] && !getVerbs[t.lw[v]] {
		return -1, nil, nil
	}
	give := giveVerbs[t.lw[v]]
	// the phrases that can hold a side: the verb's, the noun's, and the
	// ones hung on the noun's own phrases ("the tender for 200 coaches to X")
	var phrases []int
	phrases = append(phrases, t.deps(v, "obl", "obl:agent")...)
	for _, k := range t.deps(n, "nmod") {
		phrases = append(phrases, k)
		phrases = append(phrases, t.deps(k, "nmod")...)
	}
	sides := func(k int) []int {
		var out []int
		for _, e := range d.group(si, t, k) {
			if d.ents[e].typ == newsgraph.Other && len(d.ents[e].mentions) > 0 {
				// a name of no known kind that gives or gets a contract
				// is a firm or a body ("awarded to Ostmark Pumps by
				// Kelder Grid"): the recogniser knows few firms' names
				d.ents[e].typ = newsgraph.Organization
			}
			if typ := d.ents[e].typ; typ == newsgraph.Organization || typ == newsgraph.GPE || typ == newsgraph.Person {
				out = append(out, e)
			}
		}
		return out
	}
	var to, by, from []int
	for _, k := range phrases {
		switch p := t.prep(k); {
		case p == "to":
			to = append(to, sides(k)...)
			for _, b := range t.deps(k, "nmod") {
				if t.prep(b) == "by" {
					by = append(by, sides(b)...) // "to X by Y" with "by Y" hung on X
				}
			}
		case p == "by" || t.is(k, "obl:agent"):
			by = append(by, sides(k)...)
		case p == "from":
			from = append(from, sides(k)...)
		}
	}
	var subj []int
	if theme == "obj" {
		subj = d.subjectOf(si, t, v)
	}
	passive := theme == "pass" || t.dep(v, "aux:pass") >= 0
	switch {
	case give && theme == "obj" && passive:
		// "X was awarded a contract by Y": X gets it
		givers, getters = by, append(subj, to...)
	case give && theme == "obj":
		givers = subj
		getters = to
		// "Y awarded X a contract": the object before the theme gets it
		// (a theme before another object is what is given to: "gave the
		// deal its blessing")
		for _, o := range t.deps(v, "obj", "iobj") {
			if o < n {
				getters = append(getters, sides(o)...)
			} else if o > n {
				return -1, nil, nil
			}
		}
	case give:
		givers, getters = by, to // "the contract was awarded to X by Y"
	case theme == "obj" && !passive:
		givers, getters = from, subj // "X won a contract from Y"
	default:
		givers, getters = from, by // "the contract was won by X"
	}
	if len(givers) == 0 {
		// "X won a contract awarded by Y": the giver on the participle
		// that describes the noun
		for _, a := range t.deps(n, "acl") {
			if a == v || !giveVerbs[t.lw[a]] || t.tag[a] != "VBN" {
				continue
			}
			for _, k := range t.deps(a, "obl", "obl:agent") {
				if t.prep(k) == "by" || t.is(k, "obl:agent") {
					givers = append(givers, sides(k)...)
				}
			}
		}
	}
	return v, uniq(givers), uniq(getters)
}

// orderNouns are agreements to buy when placed or won: "placed an
// order for ten X jets", "won an order from Y".
var (
	orderNouns = set("order", "orders")
	orderVerbs = set("place", "places", "placed", "placing", "win", "wins", "won", "winning", "secure", "secures",
		"secured", "securing", "book", "booked")
)

// moveAt says whether token k is a player's move made ("completed his
// move", "sealed a switch"), as a trigger word only then.
func moveAt(toks []token, k int) bool {
	if !moveNouns[strings.ToLower(toks[k].text)] {
		return false
	}
	for b := k - 1; b >= 0 && b >= k-6; b-- {
		if w := strings.ToLower(toks[b].text); moveDoneVerbs[w] && b >= k-3 || joinVerbs[w] {
			return true // ("joined Y on a free transfer")
		}
	}
	return false
}

// orderCarrier says whether verb h places or wins order n: "placed an
// order", and "signed an order" when it is for goods ("for 22 jets") or
// with a seller; "received an order" or "got an order" when it is for
// goods or from a buyer ("received an order from X for 12 aircraft"); not
// "signed an executive order", "received a court order", "got an order
// to stop work".
func orderCarrier(t *tree, h, n int) bool {
	if orderVerbs[t.lw[h]] {
		return true
	}
	get := getVerbs[t.lw[h]]
	if !signWords[t.lw[h]] && !get {
		return false
	}
	for _, k := range t.deps(n, "amod", "compound") {
		if !t.noun(k) && t.tag[k] != "JJ" || t.lw[k] == "firm" || t.lw[k] == "new" || t.lw[k] == "first" || orderSums[t.lw[k]] {
			continue // ("a 40 mln dlr order")
		}
		return false // "an executive order", "a court order", "a gag order"
	}
	if get && slices.ContainsFunc(append(t.deps(n, "acl"), t.deps(h, "xcomp", "advcl")...), func(k int) bool { return hasMark(t, k, "to") && !supplyVerbs[t.lw[k]] }) {
		return false // "got an order to halt work": a command; not "an order to build three tugs"
	}
	for _, k := range t.deps(n, "nmod") {
		if p := t.prep(k); p == "with" || p == "for" && (t.tag[k] == "NNS" || t.dep(k, "nummod") >= 0) {
			return true // ("for 22 jets", "for aircraft", "for 12 aircraft")
		}
		if p := t.prep(k); get && p == "from" && t.tag[k] == "NNP" && !commandGivers[t.lw[k]] {
			return true // ("an order from Pacific Airlines")
		}
	}
	return false
}

// orderSums are the words of a sum an order is worth: "a 40 mln dlr order".
var orderSums = set("mln", "million", "billion", "bln", "dlr", "dlrs", "dollar", "stg", "pound", "euro", "yen", "franc", "mark", "crown")

// commandGivers give orders that are commands, not purchases: "an order
// from the High Court".
var commandGivers = set("court", "judge", "tribunal", "ministry", "commission", "regulator", "government", "army", "command", "police")

// orderAt says whether token k is an order placed or won, as a trigger
// word only then: "in order to" is no agreement.
func orderAt(toks []token, k int) bool {
	if !orderNouns[strings.ToLower(toks[k].text)] {
		return false
	}
	for b := k - 1; b >= 0 && b >= k-6; b-- {
		if w := strings.ToLower(toks[b].text); orderVerbs[w] && b >= k-3 || getVerbs[w] {
			return true // ("received a 40 mln dlr order")
		}
	}
	return false
}

// comeVerbs travel only where "to" says: "came to Ankara".
var comeVerbs = set("come", "comes", "came", "coming")

// gatherVerbs bring a group together: "the board's delegates convene".
var gatherVerbs = set("gather", "gathers", "gathered", "gathering", "convene", "convenes", "convened", "convening")

// bodyMeets says whether "met" (or "gathered", or "held talks" with the
// light verb at v) with no one met is a body's own meeting: its subject
// (or the noun it describes) is the members of one organisation.
func (d *doc) bodyMeets(t *tree, v int, agents []int) bool {
	if len(agents) != 1 || d.ents[agents[0]].typ != newsgraph.Organization || !strings.HasPrefix(t.lw[v], "me") && !gatherVerbs[t.lw[v]] && !lightVerbs[t.lw[v]] {
		return false
	}
	s := t.dep(v, "nsubj")
	if s < 0 && t.is(v, "acl") {
		s = t.head[v]
	}
	// "the board's members came to Riga to start a session": the subject
	// of the verb the purpose hangs on
	if s < 0 && t.is(v, "xcomp", "advcl") && t.head[v] >= 0 {
		s = t.dep(t.head[v], "nsubj")
	}
	return s >= 0 && memberNouns[t.lw[s]] && len(t.conjuncts(s)) == 1
}

// organBodies are the organisations named in the modifiers of organ or
// members noun k: "the ICGE executive board" gives the ICGE, "the G7
// finance ministers" the G7.
func (d *doc) organBodies(si int, t *tree, k int) []int {
	var out []int
	for q := []int{k}; len(q) > 0; q = q[1:] {
		for _, c := range t.deps(q[0], "compound", "amod") {
			if m := d.modifierMention(si, t, c); m != nil && d.ents[m.ent].typ == newsgraph.Organization {
				out = append(out, m.ent)
			} else if m == nil && organNouns[t.lw[c]] || t.lw[c] == "executive" {
				q = append(q, c) // "the ICGE executive board"
			}
		}
	}
	return out
}

// namedOrganBody is the body whose organ the noun at k is, the body named
// on it ("the X Organization council", "the X Council's executive
// board"): one that holds sessions of its own, else -1 ("the Halden
// Motors board" is a firm's).
func (d *doc) namedOrganBody(si int, t *tree, k int) int {
	if !organNouns[t.lw[k]] || d.mentionAt(si, k) != nil {
		return -1
	}
	bodies := d.organBodies(si, t, k)
	if p := t.dep(k, "nmod:poss"); p >= 0 {
		if m := d.mentionAt(si, p); m != nil && m.ent >= 0 {
			bodies = append(bodies, m.ent)
		}
	}
	if bodies = uniq(bodies); len(bodies) != 1 || !d.assembly(bodies[0]) && !d.acronymBody(bodies[0]) {
		return -1
	}
	return bodies[0]
}

// organNouns are the parts of a body that sit in session for it.
var organNouns = set("board", "council", "committee", "commission", "panel", "executive", "assembly", "secretariat", "presidium", "plenary")

// talksTold says whether a body's talks at noun n are told as an event
// of their own: something happens to them ("X talks on quotas broke
// down", "the breakdown of X talks") or a time owns them ("this week's
// X talks"); not the talks as a forum ("to put debt under X talks").
func (d *doc) talksTold(si int, t *tree, n int) bool {
	if p := t.dep(n, "nmod:poss"); p >= 0 && timePossessor(t.lw[p]) {
		return true
	}
	if h := t.head[n]; h >= 0 && t.is(n, "nsubj") && happenVerb(t, h) {
		return true
	}
	if h := t.head[n]; h >= 0 && t.is(n, "nmod") && t.prep(n) == "of" && (talksPhases[t.lw[h]] || talksEnds[t.lw[h]]) {
		return true
	}
	return d.talksEnded(si, t, n)
}

// sittingTalks says whether talks at noun n are a body's sitting by a
// word that names one: "ministerial talks", "the annual talks".
func sittingTalks(t *tree, n int) bool {
	for _, k := range t.deps(n, "amod", "compound") {
		if w := t.lw[k]; w == "ministerial" || w == "plenary" || w == "annual" || w == "extraordinary" || w == "special" {
			return true
		}
	}
	return false
}

// talksEnded says whether the talks at noun n are told as broken off or
// ended, which they could only be once held: "X talks broke down", "the
// collapse of the talks", "the breakdown of X talks" with the name read
// apart from the noun by the parser.
func (d *doc) talksEnded(si int, t *tree, n int) bool {
	if h := t.head[n]; h >= 0 && t.is(n, "nsubj") && talksFate[t.lw[h]] {
		return true
	}
	if h := t.head[n]; h >= 0 && t.is(n, "nmod") && t.prep(n) == "of" && talksEnds[t.lw[h]] {
		return true
	}
	for v := n + 2; v < len(t.lw) && v <= n+7; v++ {
		// "X talks on quotas collapsed" with the topic read as the subject
		if sb := t.dep(v, "nsubj"); t.verb(v) && talksFate[t.lw[v]] && sb > n && sb < v && (t.prep(sb) == "on" || t.prep(sb) == "over") {
			return true
		}
	}
	for _, m := range d.bySent[si] {
		mm := d.mentions[m]
		if mm.j != n || mm.i < 2 {
			continue
		}
		k := mm.i - 1
		if t.lw[k] == "the" && k > 1 {
			k--
		}
		if t.lw[k] == "of" && talksEnds[t.lw[k-1]] {
			return true
		}
	}
	return false
}

// talksFate end talks once held: "the talks broke down".
var talksFate = set("broke", "collapsed", "ended", "stalled", "failed", "foundered", "adjourned", "deadlocked", "concluded")

// talksEnds break talks off, which tells them held: "the breakdown of
// the talks"; talksPhases are other parts of them, which may be to come
// ("awaiting the outcome of the talks").
var (
	talksEnds   = set("breakdown", "collapse", "failure", "suspension")
	talksPhases = set("start", "opening", "resumption", "round", "end", "outcome", "conclusion", "close", "result", "results")
)

// sittingWords make an assembly a body's sitting, not a plant or a
// legislature: "the 1990 X general assembly", "its annual assembly".
var sittingWords = set("general", "annual", "plenary", "extraordinary", "special")

// sittingMembers are the members of a body who sit for it, named bare
// after the body was named with them ("EU farm ministers ... when
// ministers met"); a firm's people are not among them.
var sittingMembers = set("ministers", "members", "leaders", "delegates", "governors", "representatives", "envoys", "ambassadors", "negotiators", "commissioners",
	"councillors", "councilors", "councilmen", "aldermen", "selectmen", "supervisors")

// memberOrgans are the organs whose sitting members a plural names:
// "commissioners" sit on the X Commission.
var memberOrgans = map[string]string{"commissioners": "commission", "councillors": "council", "councilors": "council", "councilmen": "council", "aldermen": "council", "selectmen": "board", "supervisors": "board"}

// workingGroups qualify "group" as a body's organ: "the negotiating
// group on farm trade".
var workingGroups = set("negotiating", "working", "steering", "contact", "expert", "experts")

// organWord says whether the noun at k is an organ of a body or its
// sitting members, told bare: "the full council", "ministers", "the
// negotiating group"; not a firm's board.
func organWord(t *tree, k int) bool {
	w := t.lw[k]
	if w == "group" {
		for _, c := range t.deps(k, "compound", "amod") {
			if workingGroups[t.lw[c]] {
				return true
			}
		}
		return false
	}
	return organNouns[w] && w != "board" && w != "executive" || t.tag[k] == "NNS" && sittingMembers[w]
}

// organOwner is the body whose organ or members the bare noun at k of
// sentence si is ("the full council is to meet", "when ministers met",
// "the council meeting"): the one body the story named before with that
// noun ("X council chairman", "X farm ministers", "ministers of X"), else
// the one whose name holds it ("the council" of the Rice Council), else,
// for an organ, the story's only body, which holds sessions; -1 when no
// body or more than one fits.
func (d *doc) organOwner(si int, t *tree, k int) int {
	if !organWord(t, k) || d.mentionAt(si, k) != nil || len(d.organBodies(si, t, k)) > 0 || t.dep(k, "nmod:poss") >= 0 {
		return -1
	}
	for _, c := range t.deps(k, "det") {
		if w := t.lw[c]; w != "the" {
			return -1 // "some ministers", "a committee", "this council"
		}
	}
	for _, c := range t.deps(k, "compound", "amod") {
		if d.mentionAt(si, c) != nil || d.x.gz.demonym[key(d.sents[si].tokens[c].text)] != "" {
			return -1 // "Saudi ministers", "the Kenyan council": of another
		}
	}
	for _, n := range t.deps(k, "nmod") {
		if t.prep(n) == "of" || t.prep(n) == "from" {
			return -1 // "ministers of X": named there, or another's
		}
	}
	w := t.lw[k]
	sing := strings.TrimSuffix(w, "s")
	var told, holders, bodies []int
	for s := si; s >= 0 && d.stories[s] == d.stories[si]; s-- {
		toks := d.sents[s].tokens
		for _, mi := range d.bySent[s] {
			m := d.mentions[mi]
			if m.ent < 0 || d.ents[m.ent].typ != newsgraph.Organization || s == si && m.i >= k {
				continue
			}
			e := m.ent
			if d.assembly(e) || d.acronymBody(e) {
				bodies = uniq(append(bodies, e))
			} else {
				bodies = uniq(append(bodies, -1-e)) // a firm or another body: the story's bodies are not one
			}
			for _, x := range d.ents[e].tokens {
				if x == w || x == sing || memberOrgans[w] == x {
					holders = uniq(append(holders, e))
				}
			}
			// "X council chairman", "X (XC) farm ministers", "X's ministers"
			for j := m.j; j < len(toks) && j < m.j+5; j++ {
				lw := strings.ToLower(toks[j].text)
				if lw == w || strings.TrimSuffix(lw, "s") == sing {
					told = uniq(append(told, e))
					break
				}
				if o := d.mentionAt(s, j); o != nil {
					if o.ent == e {
						continue
					}
					break
				}
				if lw == "(" || lw == ")" || lw == "," || lw == "'s" || !toks[j].isCap() && (toks[j].pos == "NN" || toks[j].pos == "JJ" || toks[j].pos == "VBG") {
					continue
				}
				break
			}
			// "ministers of X", "the council of the X"
			b := m.i - 1
			if b >= 1 && strings.EqualFold(toks[b].text, "the") {
				b--
			}
			if b >= 1 && strings.EqualFold(toks[b].text, "of") {
				if lw := strings.ToLower(toks[b-1].text); lw == w || strings.TrimSuffix(lw, "s") == sing {
					told = uniq(append(told, e))
				}
			}
		}
	}
	switch {
	case len(told) == 1:
		return told[0]
	case len(told) > 1:
		return -1
	case len(holders) == 1 && (d.assembly(holders[0]) || d.acronymBody(holders[0])):
		return holders[0]
	case len(holders) > 1:
		return -1
	case len(bodies) == 1 && bodies[0] >= 0 && !sittingMembers[w]:
		return bodies[0]
	}
	return -1
}

// assemblyHeads end the name of a body that holds sessions of its own:
// "the Group of Seven", "the Coffee Council", "the Paris Club".
var assemblyHeads = set("group", "council", "commission", "committee", "organization", "organisation", "conference",
	"assembly", "board", "union", "community", "fund", "association", "forum", "parliament", "congress", "cabinet",
	"federation", "league", "club", "senate", "diet", "countries", "nations", "states")

// meetSubject is the subject of meeting verb v: its own, that of the
// verb an infinitive completes ("is due to meet"), or the noun a
// participle describes ("ministers meeting in X"); -1 when none.
func meetSubject(t *tree, v int) int {
	s := t.dep(v, "nsubj")
	for u, k := v, 0; s < 0 && k < 3 && t.is(u, "xcomp") && t.head[u] >= 0; u, k = t.head[u], k+1 {
		s = t.dep(t.head[u], "nsubj", "nsubj:pass")
		if h := t.head[u]; s < 0 && t.is(h, "conj") && t.head[h] >= 0 && t.verb(t.head[h]) {
			s = t.dep(t.head[h], "nsubj") // "the group met in May and is due to meet again"
		}
	}
	if s < 0 && t.is(v, "acl") && t.head[v] >= 0 && t.noun(t.head[v]) {
		s = t.head[v]
	}
	if s >= 0 && len(t.conjuncts(s)) != 1 {
		return -1
	}
	return s
}

// assemblyMeets says whether "X meets" (v, with no one met) is the
// session of body X: the subject is the body itself, a pronoun for it or
// its members ("the G8 countries", "officials of the G7"), and the body
// is an assembly by the head of its name, not a firm ("Acme Group met"
// tells of no firm's session, its people meet someone).
func (d *doc) assemblyMeets(si int, t *tree, v int, agents []int) bool {
	if len(agents) != 1 || d.ents[agents[0]].typ != newsgraph.Organization || !strings.HasPrefix(t.lw[v], "me") {
		return false
	}
	s := t.dep(v, "nsubj")
	// "the G9 nations are expected to meet": the subject of the verb the
	// infinitive completes
	for u, k := v, 0; s < 0 && k < 3 && t.is(u, "xcomp") && t.head[u] >= 0; u, k = t.head[u], k+1 {
		s = t.dep(t.head[u], "nsubj")
	}
	if s < 0 || len(t.conjuncts(s)) != 1 {
		return false
	}
	if m := d.mentionAt(si, s); m == nil || m.ent != agents[0] {
		// ("the ICGE executive board will meet": an organ of the body)
		if t.tag[s] != "PRP" && !memberNouns[t.lw[s]] && !organNouns[t.lw[s]] && t.lw[s] != "countries" && t.lw[s] != "nations" && t.lw[s] != "states" && t.lw[s] != "officials" {
			return false
		}
	}
	return d.assembly(agents[0])
}

// meetsSomeone says whether meeting verb v tells a meeting of its own:
// a side named as its object or in a "with" phrase, or two named as its
// subject ("met X at the summit", "A and B talked at the summit"); not
// "will discuss the plan at the X meeting", the body's session.
func (d *doc) meetsSomeone(si int, t *tree, v int) bool {
	for _, k := range t.kids[v] {
		if t.is(k, "obj") || t.is(k, "obl") && t.prep(k) == "with" {
			if len(d.group(si, t, k)) > 0 || t.tag[k] == "PRP" || t.noun(k) && !t.is(k, "obj") {
				return true // ("talks with officials": a side, unnamed)
			}
			if t.is(k, "obj") && (lowerTitles[t.lw[k]] || counterpartWords[t.lw[k]] || groupNouns[t.lw[k]]) {
				return true // "met ministers at the summit"
			}
		}
	}
	return len(uniq(d.subjectOf(si, t, v))) >= 2
}

// timePossessor says whether w dates what it owns: "next week's",
// "Tuesday's", "last month's", "June's".
func timePossessor(w string) bool {
	_, month := months[w]
	return timeWords[w] || measureNouns[w] || isWeekday(w) || month || w == "month" || w == "year" || w == "weekend"
}

// acronymBody says whether organisation e is known only by an acronym
// ("the ICGE", "G9") with no firm's suffix: wire copy names the bodies
// that meet in session so, a firm by its name.
func (d *doc) acronymBody(e int) bool {
	if d.ents[e].typ != newsgraph.Organization {
		return false
	}
	for _, n := range append([]string{d.ents[e].name}, d.ents[e].aliases...) {
		if len(n) < 2 || len(n) > 7 || strings.ContainsAny(n, " .&") || strings.ToUpper(n) != n {
			return false
		}
	}
	return true
}

// holdersMeeting says whether meeting noun n of sentence si is a firm's
// owners' or board's ("the annual shareholders meeting", "a board
// meeting"), no body's session.
func (d *doc) holdersMeeting(si int, t *tree, n int) bool {
	for _, k := range t.deps(n, "compound", "amod", "nmod:poss") {
		if m := d.mentionAt(si, k); m != nil && m.ent >= 0 && d.assembly(m.ent) {
			continue // "the X Cocoa Board session": the board is the body's name
		}
		if holderNouns[strings.TrimSuffix(strings.TrimSuffix(t.lw[k], "'"), "'s")] {
			return true
		}
	}
	return false
}

// holdersFirm is the firm whose owners' or board's meeting noun n of
// sentence si is: the one organisation named on the noun (own, its
// possessor or compound), else, with no name or a pronoun or common
// noun for owner, the organisation the story named last before n,
// leaving out the dateline and news media; -1 when none fits.
func (d *doc) holdersFirm(si int, t *tree, n int, own []int) int {
	var orgs []int
	for _, e := range own {
		if d.ents[e].typ == newsgraph.Organization {
			orgs = uniq(append(orgs, e))
		}
	}
	if len(orgs) == 1 && len(own) == 1 {
		return orgs[0]
	}
	if len(own) > 0 {
		return -1
	}
	for _, k := range t.deps(n, "compound", "nmod:poss") {
		if d.mentionAt(si, k) != nil {
			return -1 // a name the phrase did not read as a firm
		}
	}
	for s := si; s >= 0 && d.stories[s] == d.stories[si]; s-- {
		from, _ := d.datelineOf(s)
		ms := d.bySent[s]
		for x := len(ms) - 1; x >= 0; x-- {
			m := d.mentions[ms[x]]
			if m.kind != named || m.ent < 0 || s == si && m.i >= n || m.i < from || d.ents[m.ent].typ != newsgraph.Organization || d.newsMedium(m.ent) {
				continue
			}
			return m.ent
		}
	}
	return -1
}

// holderNouns name a firm's owners or its board, whose meeting is the
// firm's own.
var holderNouns = set("shareholders", "shareholder", "stockholders", "stockholder", "board", "directors", "creditors", "bondholders")

// assembly says whether organisation e holds sessions of its own by the
// head of its name (a council, a fund, the Group of Seven), not a firm.
func (d *doc) assembly(e int) bool {
	if d.ents[e].typ != newsgraph.Organization {
		return false
	}
	for _, n := range append([]string{d.ents[e].name}, d.ents[e].aliases...) {
		ws := strings.Fields(n)
		if len(ws) == 0 || corpSuffixes[ws[len(ws)-1]] {
			return false
		}
		for i, w := range ws {
			// "Group of Seven", not "Hanson Group"; a body named for the
			// treaty it keeps ("General Agreement on X")
			if lw := strings.ToLower(w); assemblyHeads[lw] && (lw != "group" || i+1 < len(ws) && ws[i+1] == "of") || lw == "agreement" && i > 0 && i+1 < len(ws) && ws[i+1] == "on" {
				return true
			}
			// a lenders' bank of states, whose governors sit for it: "the
			// Asian Development Bank", "the World Bank", "the Bank for
			// International Settlements"; not a firm's bank
			if strings.EqualFold(w, "bank") && (i > 0 && lenderBanks[strings.ToLower(ws[i-1])] || i+1 < len(ws) && ws[i+1] == "for") {
				return true
			}
		}
	}
	return false
}

// andNamed is the one named right after "and" after the name at token k
// of sentence si, past a lower-case title ("X and investor Y", "X and
// the financier Y"), or -1.
func (d *doc) andNamed(si, k int) int {
	m := d.mentionAt(si, k)
	if m == nil {
		return -1
	}
	toks := d.sents[si].tokens
	j := m.j
	if j >= len(toks) || !strings.EqualFold(toks[j].text, "and") {
		return -1
	}
	for j++; j < len(toks) && j <= m.j+4 && d.mentionAt(si, j) == nil && !toks[j].isCap() && (toks[j].pos == "NN" || toks[j].pos == "DT" || toks[j].pos == "JJ"); j++ {
	}
	if n := d.mentionAt(si, j); n != nil && n.i == j && n.ent >= 0 && !d.isPlace(n.ent) {
		return n.ent
	}
	return -1
}

// sessionLights hold, open or end a session: "the council held a special
// session", "opened its annual conference".
var sessionLights = set("hold", "holds", "held", "holding", "open", "opens", "opened", "begin", "begins", "began", "begun",
	"start", "starts", "started", "resume", "resumed", "resumes", "conduct", "conducted", "conclude", "concluded")

// sessionBusiness is what a session does, which is on its day: "debate
// at the session begins tomorrow".
var sessionBusiness = set("debate", "debates", "voting", "vote", "work", "business", "deliberations", "proceedings")

// lenderBanks name a bank whose members are states: "Development Bank".
var lenderBanks = set("development", "world", "investment")

// happenVerb says whether verb h tells when its subject, an event noun,
// happened: "the meetings took place in 1998", "talks began on Monday".
func happenVerb(t *tree, h int) bool {
	switch t.lw[h] {
	case "take", "takes", "took", "taken", "taking":
		o := t.dep(h, "obj")
		return o >= 0 && t.lw[o] == "place"
	case "began", "begin", "begins", "started", "start", "starts", "opened", "opens", "resumed", "resume", "resumes",
		"happened", "occurred", "ended", "ends", "concluded", "closed":
		return true
	}
	return false
}

// heldBy are the participles whose agents take part in the meeting they
// describe: "talks held by X and Y", "a meeting attended by X and Y".
var heldBy = set("held", "attended", "conducted", "chaired", "convened", "co-chaired", "co-hosted")

// plannedFor set an event's day on its noun: "a visit planned for Friday".
var plannedFor = set("planned", "scheduled", "slated", "set", "pencilled", "penciled", "due", "expected")

// measureNouns measure talks by time or rounds: "hours of talks".
var measureNouns = set("hours", "days", "weeks", "months", "round", "rounds", "series", "day", "week", "hour")

// phaseNouns name a part of a trip: "at the end of a visit", "on the
// first leg of a tour".
var phaseNouns = set("end", "start", "beginning", "close", "conclusion", "course", "eve", "leg", "legs", "stage", "part",
	"middle", "day", "days", "rest", "remainder", "outset")

// tripStages are what a trip does where it goes: "the tour begins in
// Hanoi", "ends in Rome", "continues to Riga", "takes in Oslo"; of
// these, stageObjects take the place as their object ("includes Peru").
var (
	tripStages = set("begin", "begins", "began", "begun", "start", "starts", "started", "end", "ends", "ended", "continue",
		"continues", "continued", "include", "includes", "included", "take", "takes", "took", "finish", "finishes", "finished",
		"open", "opens", "opened", "conclude", "concludes", "concluded", "wind", "winds", "wound", "move", "moves", "moved")
	stageObjects = set("include", "includes", "included", "take", "takes", "took")
)

// formerStates are the states of older news whose cities the gazetteer
// files under the state that holds them now: a West German minister in
// Bonn is at home.
var formerStates = map[string]string{"West Germany": "Germany", "East Germany": "Germany", "Soviet Union": "Russia"}

// sameState says whether countries a and b (names) are one, counting a
// former state as the one that holds its capital now.
func sameState(a, b string) bool {
	if f, ok := formerStates[a]; ok {
		a = f
	}
	if f, ok := formerStates[b]; ok {
		b = f
	}
	return a != "" && a == b
}

// foreignTo says whether every one of people holds an office of a country
// other than the one place p lies in.
func (d *doc) foreignTo(people []int, p int) bool {
	in := d.x.gz.countryOf(d.ents[p].name)
	if in == "" {
		return false
	}
	for _, e := range people {
		if d.ents[e].typ != newsgraph.Person {
			return false
		}
		c := d.signerCountry(e)
		if c < 0 || sameState(d.ents[c].name, in) {
			return false
		}
	}
	return len(people) > 0
}

// hosted says whether a meal noun is hosted or given by someone.
func (d *doc) hosted(t *tree, n int) bool {
	if h := t.head[n]; h >= 0 && t.is(n, "obj") && (strings.HasPrefix(t.lw[h], "host") || strings.HasPrefix(t.lw[h], "giv") || t.lw[h] == "gave" || t.lw[h] == "threw") {
		return true
	}
	for _, k := range t.deps(n, "acl") {
		if strings.HasPrefix(t.lw[k], "host") || t.lw[k] == "given" {
			return true
		}
		if heldBy[t.lw[k]] && hasByPhrase(t, k) {
			return true // "a reception held for him by X"
		}
	}
	return false
}

// sharedMeal says whether the meal at word n is had with someone named
// or told by a pronoun: "a working lunch with X", "had dinner with him",
// wherever the parser hung the "with" phrase.
func sharedMeal(t *tree, n int) bool {
	if h := t.head[n]; h >= 0 && joinVerbs[t.lw[h]] && t.verb(h) && t.prep(n) == "for" && t.dep(h, "obj") >= 0 {
		return true // "A and B joined the two leaders for dinner"
	}
	heads := []int{n}
	if h := t.head[n]; h >= 0 && t.is(n, "obj") && lightVerbs[t.lw[h]] {
		heads = append(heads, h)
	}
	for _, h := range heads {
		for _, k := range t.kids[h] {
			if k > n && t.is(k, "nmod", "obl") && t.prep(k) == "with" && (t.tag[k] == "PRP" || t.tag[k] == "NNP" || t.tag[k] == "NNPS") {
				return true
			}
			if h == n && k > n && t.is(k, "nmod") && t.prep(k) == "between" {
				return true // "a working lunch between A and B"
			}
		}
	}
	return false
}

// frameLoc is where the event at word i (carried by verb light, or -1)
// takes place: an "in"/"at" phrase on it that names a place, or the place
// a "where" clause hangs on ("Riyadh, where he met X").
func (d *doc) frameLoc(si int, t *tree, i, light int) int {
	best := -1
	heads := []int{i, light}
	// "agreed to meet again in London", "is expected to visit": the place
	// may hang on the verb above
	// ("is scheduled to hold talks with X in Y": from the light verb too)
	for _, start := range []int{i, light} {
		for v, n := start, 0; v >= 0 && n < 3 && t.is(v, "xcomp") && t.head[v] >= 0 && !sayVerbs[t.lw[t.head[v]]]; v, n = t.head[v], n+1 {
			heads = append(heads, t.head[v])
		}
	}
	// "the meeting is due to take place in Basel", "the talks were held
	// in Oslo": the place is said of the event, on the verb it is subject of
	if p := t.head[i]; t.noun(i) && t.is(i, "nsubj") && p >= 0 && !sayVerbs[t.lw[p]] {
		heads = append(heads, p)
		for v, n := p, 0; n < 3; n++ {
			x := t.dep(v, "xcomp")
			if x < 0 {
				break
			}
			heads = append(heads, x)
			v = x
		}
	}
	// "the grain council's meeting taking place in Riga", "talks held in Oslo",
	// "a summit hosted in Riga": the place is said of the event
	if t.noun(i) {
		for _, a := range t.deps(i, "acl") {
			if occurWords[t.lw[a]] && t.verb(a) && (!strings.HasPrefix(t.lw[a], "t") || hasDep(t, a, "place")) { // "taking" only "place"
				heads = append(heads, a)
			}
			if agreeNouns[t.lw[i]] && makeVerbs[t.lw[a]] && t.verb(a) {
				heads = append(heads, a) // "the accord, signed in Oslo"
			}
		}
	}
	// "stopping in X to hold such a meeting", "her stay in X to make
	// such a meeting possible": an infinitive of purpose happens where
	// what it serves does
	v := i
	if t.noun(v) && t.is(v, "obj") && t.verb(t.head[v]) {
		v = t.head[v]
	}
	if h := t.head[v]; (v != i || !t.noun(i)) && t.verb(v) && hasMark(t, v, "to") && h >= 0 {
		switch {
		case t.is(v, "advcl") && t.verb(h) && !sayVerbs[t.lw[h]] && !askVerbs[t.lw[h]]:
			heads = append(heads, h)
		case t.is(v, "acl") && t.noun(h) && (!triggerAt(t, h) || visitNouns[t.lw[h]]):
			// "his stay in X to prepare for such a meeting": a stay or
			// a trip is where what it serves happens, as a verb's is
			heads = append(heads, h)
		}
	}
	for _, h := range heads {
		if h < 0 {
			continue
		}
		// an "in"/"at" phrase on the trigger, or on its arguments (the
		// parser hangs "with X at Y" on X as often as on the trigger)
		args := []int{h}
		for _, a := range t.deps(h, "obl", "nmod", "obj") {
			if p := t.prep(a); p == "with" || p == "between" || p == "" || p == "of" && t.noun(h) {
				args = append(args, t.conjuncts(a)...) // "a meeting of X in Y" too
			}
		}
		for _, a := range args {
			for _, o := range t.deps(a, "obl", "nmod", "advmod") {
				switch t.prep(o) {
				case "to":
					if a != i || !t.verb(i) || !welcomeVerb(t.lw[i]) {
						continue // "welcomed to Jakarta": where one is received
					}
				case "in", "at", "inside", "near":
					// "..., aides in Bamako said": where the speakers are,
					// however the parser hung it
					if m := d.mentionAt(si, o); m != nil && m.j < len(t.lw) && (sayVerbs[t.lw[m.j]] || t.lw[m.j] == "told") {
						continue
					}
				case "on":
					// "on the platform at X station", "on the sidelines of
					// a summit in X": a place inside the phrase; "talks on
					// Cyprus" name a topic
					if m := d.mentionAt(si, o); m != nil || !t.noun(o) {
						continue
					}
				default:
					continue
				}
				ps := d.placesUnder(si, t, o)
				for _, p := range ps {
					if best < 0 || d.moreSpecific(p, best) {
						best = p
					}
				}
			}
		}
	}
	if best >= 0 {
		return best
	}
	// "Riyadh, where he met X"
	for v := i; v >= 0; v = t.head[v] {
		if t.is(v, "acl:relcl") {
			for _, k := range t.kids[v] {
				if t.lw[k] == "where" {
					if m := d.mentionAt(si, t.head[v]); m != nil && d.isPlace(m.ent) {
						return m.ent
					}
				}
			}
			break
		}
		if !t.is(v, "xcomp", "conj") && v != i {
			break
		}
	}
	// "from Rivelle, where he had conferred with X" with the clause
	// torn apart by the parser: read from the words, the "where" opening
	// the trigger's own clause right after the place and its comma
	toks := d.sents[si].tokens
	for k := i - 1; k >= 2 && k >= i-6; k-- {
		if w := toks[k].text; w == "," || w == ";" || w == ":" || w == "(" {
			break
		}
		if t.lw[k] == "where" && toks[k-1].text == "," {
			if m := d.mentionAt(si, k-2); m != nil && m.j == k-1 && d.isPlace(m.ent) {
				return m.ent
			}
			break
		}
	}
	return -1
}

// moreSpecific: a building says more than a city, a city more than a country.
func (d *doc) moreSpecific(a, b int) bool {
	rank := func(e int) int {
		switch {
		case d.ents[e].typ == newsgraph.Facility:
			return 0
		case d.ents[e].typ == newsgraph.GPE && !d.x.gz.isCountry(d.ents[e].name):
			return 1
		}
		return 2
	}
	return rank(a) < rank(b)
}

// inviteNouns ask another to do what their infinitive says: "declined
// an invitation to meet X", which is then not done.
var inviteNouns = set("invitation", "invitations")

// Status words on the verbs above a trigger.
var (
	plannedGov   = set("expected", "expect", "expects", "scheduled", "due", "supposed", "plan", "plans", "planned", "planning", "hope", "hopes", "hoped", "hoping", "intend", "intends", "intended", "set", "going", "want", "wants", "wanted", "seek", "seeks", "sought", "seeking", "try", "trying", "tries", "arrange", "arranging", "agree", "agreed", "invite", "invited", "likely", "slated", "poised", "prepare", "preparing", "prepared", "propose", "proposed", "proposes", "aim", "aims", "ready", "willing", "offer", "offered", "called", "urged", "urge", "asked", "ask", "wish", "decided", "promised", "pledged", "vowed", "upcoming", "forthcoming", "pending", "planned", "proposed", "possible", "potential", "next", "invitation", "invitations")
	postponedGov = set("postponed", "postpone", "postpones", "delayed", "delay", "rescheduled", "reschedule", "deferred", "put", "reset", "moved", "pushed")
	cancelledGov = set("blocked", "vetoed", "cancelled", "canceled", "cancel", "cancels", "scrapped", "scrap", "shelved", "abandoned", "off", "revoked", "terminated", "aborted", "axed", "dropped", "collapsed", "suspended")
	nearMiss     = set("close", "closer", "near", "nearer")
	deniedGov    = set("denied", "deny", "denies", "ruled", "rule", "rules", "refused", "refuse", "refuses", "declined", "decline", "declines", "reluctant", "reluctance", "unwilling", "opposed", "oppose", "rejected", "reject", "rejects", "avoid", "avoided", "failed", "fail", "unable", "no")
	uncertainGov = set("willingness", "willing", "could", "might", "may", "possibly", "perhaps", "considering", "consider", "mulling", "weighing", "uncertain", "unclear", "whether", "if", "provided", "unless", "unlikely", "rumoured", "rumored")
)

// voteVerbs decide by a vote what their infinitive tells: "the board
// voted to approve the deal" approved it.
var voteVerbs = set("vote", "votes", "voted", "voting")

// signingNouns are the acts and rites of making an agreement ("the
// signing of", "the ceremony of").
var signingNouns = set("signing", "signature", "ceremony", "conclusion")

// denyVerbs dispute a claim put to them: what their clause states did not
// happen as far as the story tells ("denied that X met Y").
var denyVerbs = set("denied", "deny", "denies", "denying", "dismissed", "dismiss", "dismisses", "dismissing",
	"rejected", "reject", "rejects", "rejecting", "refuted", "refute", "refutes", "disputed", "dispute", "disputes")

// claimNouns are what a denial is of: "denied reports that X met Y".
var claimNouns = set("report", "reports", "claim", "claims", "suggestion", "suggestions", "speculation", "rumour", "rumours",
	"rumor", "rumors", "allegation", "allegations", "account", "accounts", "story", "stories")

// deniedClaim reports whether the clause or noun v is what a denial
// disputes: the complement of a denying verb ("denied that X had met Y",
// "rejected claims that X held talks with Y", "dismissed reports of a
// meeting between X and Y"), unless the denial is itself negated ("did not
// deny that they met").
func deniedClaim(t *tree, v int) bool {
	h := t.head[v]
	if h < 0 {
		return false
	}
	if t.noun(h) && claimNouns[t.lw[h]] && (t.is(v, "acl", "ccomp", "acl:relcl") || t.is(v, "nmod") && (t.prep(v) == "of" || t.prep(v) == "about")) {
		v, h = h, t.head[h]
		if h < 0 || !t.is(v, "obj") {
			return false
		}
	} else if !t.is(v, "ccomp") && !(t.is(v, "obl", "obj") && t.dep(v, "cop") >= 0 && t.dep(v, "nsubj") >= 0) {
		// ("denied it was in talks with Y" with the clause hung on the
		// verb as a phrase: a clause still, with its subject and copula)
		return false
	}
	return denyVerbs[t.lw[h]] && !t.negatedAt(h)
}

// habitual adverbs tell a custom, not an event.
var habitual = set("regularly", "usually", "normally", "routinely", "customarily", "habitually")

// frameStatus reads the status of frame f from the verbs above its
// trigger: "will meet", "is expected to visit", "has postponed its meeting"
// (planned), "the summit was cancelled", "called off the talks"
// (cancelled), "denied meeting", "ruled out talks", "did not sign" (no
// event), "could meet if" (uncertain); "met", "has signed" (happened).
func (d *doc) frameStatus(t *tree, f *frame) (newsgraph.EventStatus, bool) {
	var status newsgraph.EventStatus
	if h := t.head[f.t]; f.noun && h >= 0 && t.prep(f.t) == "to" && strings.HasPrefix(t.lw[h], "look") && hasDep(t, h, "forward") {
		return newsgraph.Planned, false // "was looking forward to his talks with X": still to come
	}
	chain := []int{f.t}
	if f.light >= 0 {
		chain = append(chain, f.light)
	} else if f.statusBy > 0 {
		chain = append(chain, f.statusBy) // "the tour ended in X", "told at the end of a visit"
	} else if h := t.head[f.t]; f.noun && f.typ == newsgraph.Agreement && h >= 0 && t.is(f.t, "nmod") && t.prep(f.t) == "of" && signingNouns[t.lw[h]] {
		// "the signing of the treaty was called off", "cancelled the
		// signing ceremony of the pact": the act of making it carries
		// the pact's status
		chain = append(chain, h)
	}
	if m := measuredBy(t, f); m >= 0 && len(chain) == 1 {
		chain = append(chain, m) // "the latest round of talks collapsed": what befalls the round befalls the talks
	}
	// climb: "expected to meet" (xcomp), "the meeting was cancelled"
	// (nsubj:pass of cancelled), "postponed the meeting" (obj)
	for v, n := chain[len(chain)-1], 0; n < 4; n++ {
		h := t.head[v]
		if h < 0 {
			break
		}
		if sayVerbs[t.lw[h]] {
			break
		}
		ok := t.is(v, "xcomp", "obj", "nsubj:pass", "nsubj") && (t.verb(h) || t.tag[h] == "JJ" || t.noun(h) && t.is(v, "nsubj")) ||
			t.is(v, "conj") && t.verb(h) && t.dep(v, "nsubj") < 0 && !hasDep(t, v, "but") && !hasDep(t, v, "yet") || // "was to meet X and sign"; not "could not agree but will meet again"
			t.rel[v] == "acl" && t.noun(h) && v == f.t && !f.noun || // "a willingness to meet", "plans to visit"; not "X, who flew"
			t.rel[v] == "acl" && inviteNouns[t.lw[h]] && v == f.light || // "an invitation to hold talks"
			t.is(v, "obl") && t.prep(v) == "for" && strings.HasPrefix(t.lw[h], "prepar") || // "prepared for the X meeting": it is to come
			t.is(v, "advcl", "xcomp") && hasMark(t, v, "to") && voteVerbs[t.lw[h]] // "voted to approve the pact": done as the vote is
		if t.is(v, "nsubj") && !t.is(v, "nsubj:pass") && t.dep(h, "cop") < 0 && !cancelledGov[t.lw[h]] && !postponedGov[t.lw[h]] {
			ok = false // "the meeting discussed": the meeting is its subject, nothing more
		}
		if t.is(v, "obj") && f.light < 0 && !f.noun && !(v != f.t && t.noun(v) && (planNouns[t.lw[v]] || inviteNouns[t.lw[v]])) {
			ok = false // (but "scrapped plans to visit X", "declined an invitation to meet X": what is done to the plan is done to the visit)
		}
		if t.is(v, "acl", "advcl") && (t.lw[h] == "ahead" || t.lw[h] == "before") {
			ok = false
		}
		if !ok {
			break
		}
		chain = append(chain, h)
		v = h
	}
	if f.noun {
		// "The summit between X and Y was postponed until May" with the
		// verb hung inside the noun's phrase by the parser
		for _, c := range t.deps(f.t, "nmod") {
			for _, v := range append(t.deps(c, "acl"), t.deps(f.t, "acl")...) {
				if (postponedGov[t.lw[v]] || cancelledGov[t.lw[v]]) && t.dep(v, "aux:pass") >= 0 && t.dep(v, "nsubj") < 0 {
					chain = append(chain, v)
					f.statusBy = v
				}
			}
		}
	}
	if v := chain[len(chain)-1]; t.from < len(t.lw) && t.lw[t.from] == "having" && t.head[t.from] == v && !t.negatedAt(v) {
		return newsgraph.Happened, false // "Having met X, Y flew on": a perfect participle tells it done
	}
	if deniedClaim(t, chain[len(chain)-1]) && !slices.ContainsFunc(chain, func(c int) bool {
		return cancelledGov[t.lw[c]] || postponedGov[t.lw[c]] || talksFate[t.lw[c]] // "denied that the talks had collapsed": they were held
	}) {
		return "", true
	}
	if f.noun && f.t+2 < len(t.lw) && (t.lw[f.t+1] == "being" || t.lw[f.t+1] == "been") && t.tag[f.t+2] == "VBN" && (cancelledGov[t.lw[f.t+2]] || postponedGov[t.lw[f.t+2]]) {
		// "resulted in X's tour being cancelled" with the participle hung
		// apart from the noun by the parser: read as the words run
		chain = append(chain, f.t+2)
		f.statusBy = f.t + 2
	}
	for _, c := range chain {
		// "was close to striking a deal", "came close to an agreement",
		// "nearer to a deal": not reached, no event
		if h := t.head[c]; h >= 0 && nearMiss[t.lw[h]] && (t.prep(c) == "to" || hasMark(t, c, "to")) {
			return "", true
		}
	}
	for _, c := range chain {
		// "stands on the verge of finally signing a pact", "on the brink of a
		// merger": about to be made, not yet made
		if h := t.head[c]; h >= 0 && (t.lw[h] == "verge" || t.lw[h] == "brink") && (t.prep(c) == "of" || hasMark(t, c, "of")) && !t.negatedAt(h) {
			return newsgraph.Planned, false
		}
	}
	if f.typ == newsgraph.Agreement && f.noun && soughtAgreement(t, f.t) {
		f.sought = true
		status = newsgraph.Planned // "talks on a trade deal": not made yet
	}
	if l := f.light; f.typ == newsgraph.Agreement && l >= 0 && t.head[l] >= 0 && t.is(l, "advcl", "acl", "xcomp") && (seekWords[t.lw[t.head[l]]] || purposeParticiples[t.lw[t.head[l]]]) && !finite(t, l) {
		// "talks aimed at reaching a deal", "a bid to seal a merger": what
		// the talks or the bid are for, not made yet
		f.sought = true
		status = newsgraph.Planned
	}
	for _, c := range chain {
		// "pulled out of a trip to X", "withdrew from the tour": the
		// traveller called it off, unless told they did not
		if h := t.head[c]; f.typ == newsgraph.Visit && t.noun(c) && visitNouns[t.lw[c]] && h >= 0 && quitsFrom(t, h, c) {
			if t.negatedAt(h) {
				return newsgraph.Planned, false // "has not pulled out of the trip": still to come
			}
			return newsgraph.Cancelled, false
		}
	}
	for ci, c := range chain {
		w := t.lw[c]
		if ci > 0 {
			switch {
			case deniedGov[w]:
				return "", true
			case f.typ == newsgraph.Meeting && talksFate[w] && t.is(chain[ci-1], "nsubj") && t.dep(c, "xcomp") < 0 && !t.negatedAt(c):
				// "the talks collapsed on Monday", "the council meeting
				// broke down": held, and ended without a result
				return newsgraph.Happened, false
			case f.typ == newsgraph.Meeting && f.noun && ci == 1 && talkNouns[t.lw[f.t]] && (t.is(chain[0], "obj", "nsubj:pass") || t.is(chain[0], "nsubj") && t.dep(c, "aux:pass") >= 0) && talksHalted(t, c) && !t.negatedAt(c) &&
				!slices.ContainsFunc(t.deps(f.t, "amod"), func(k int) bool { return plannedGov[t.lw[k]] }):
				// "broke off talks with Y", "the talks were suspended":
				// held, and halted (not "the planned talks were suspended")
				return newsgraph.Happened, false
			case f.typ == newsgraph.Meeting && strings.HasPrefix(w, "adjourn") && newDateAfter(t, c):
				return newsgraph.Planned, false // "adjourned its session to Friday": it goes on that day
			case cancelledGov[w] || w == "called" && hasDep(t, c, "off") || w == "call" && hasDep(t, c, "off"):
				return newsgraph.Cancelled, false
			case postponedGov[w] && (w != "put" || hasDep(t, c, "off") || hasDep(t, c, "back") || hasDep(t, c, "hold")):
				return newsgraph.Planned, false // ("was put on hold")
			case uncertainGov[w] || w == "unlikely":
				status = newsgraph.Uncertain
			case announceVerbs[w] && c == f.light && f.typ == newsgraph.Visit && status == "":
				status = newsgraph.Planned // "announced a trip to Y"
			case plannedGov[w] && status == "" && !(c == f.light && agreeVerbs[w]) && !(c == f.light && w == "set" && hasDep(t, c, "up")):
				// ("the deal was agreed" tells it made, not planned; "set up
				// a joint venture" makes it, it is not "set to")
				status = newsgraph.Planned
			}
		}
		for _, k := range t.kids[c] {
			kw := t.lw[k]
			switch {
			case t.is(k, "advmod", "det", "neg") && (kw == "not" || kw == "n't" || kw == "never" || kw == "no") && ci > 0:
				return "", true
			case t.is(k, "advmod") && habitual[kw]:
				return "", true // "such talks are regularly held": a custom, no one event
			case t.is(k, "advmod") && kw == "yet" && ci > 0 && k < chain[ci-1] && t.dep(c, "xcomp") == chain[ci-1]:
				return newsgraph.Planned, false // "have yet to sign the accord", "is yet to meet X": not so far
			case t.is(k, "aux") && (kw == "could" || kw == "might" || kw == "may"):
				status = newsgraph.Uncertain
			case t.is(k, "mark") && (kw == "if" || kw == "whether" || kw == "unless"):
				status = newsgraph.Uncertain
			case t.is(k, "advcl") && hasDep(t, k, "provided") || t.is(k, "advcl") && hasMark(t, k, "if", "unless"):
				if status == "" || status == newsgraph.Planned {
					status = newsgraph.Uncertain
				}
			case t.is(k, "aux") && (kw == "will" || kw == "'ll" || kw == "shall" || kw == "would" || kw == "wo") && status == "":
				status = newsgraph.Planned
			case t.is(k, "amod", "advmod") && plannedGov[kw] && f.noun && c == f.t && status == "":
				status = newsgraph.Planned // "the planned meeting", "next week's talks"
			case t.is(k, "nmod:poss") && f.noun && c == f.t && status == "" && (hasDep(t, k, "next") || hasDep(t, k, "coming")):
				status = newsgraph.Planned // "ahead of next week's summit" with "next" on the week
			case t.is(k, "amod") && (kw == "possible" || kw == "potential" || kw == "proposed" || kw == "rumoured" || kw == "rumored") && c == f.t:
				status = newsgraph.Uncertain
			case t.is(k, "mark") && kw == "to" && status == "" && c == chain[len(chain)-1] && (!f.noun || ci > 0) && cameToStart(t, c):
				status = newsgraph.Happened // "arrived at the ministry to open talks": begun on arrival
			case t.is(k, "mark") && kw == "to" && status == "" && c == chain[len(chain)-1] && (!f.noun || ci > 0):
				status = newsgraph.Planned // "to meet", with nothing above
			}
		}
	}
	if status != "" {
		return status, false
	}
	// "flew in after meeting X", "was agreed after talks between": a
	// clause without tense of its own takes the tense of the one it hangs on
	if top := chain[len(chain)-1]; (t.tag[top] == "VBG" || t.tag[top] == "VB" && t.dep(top, "aux") < 0 || t.noun(top)) && !finite(t, top) {
		after := hasMark(t, top, "after") && t.tag[top] == "VBG" // "After travelling to X, Y said ..."
		switch t.prep(top) {
		case "after", "following":
			after = true // "After talks with X, Y said ...": the talks are past
		}
		if after && t.tag[top] == "VBG" {
			return newsgraph.Happened, false
		}
		if f.typ == newsgraph.Visit && t.noun(top) && top == f.t && aheadOf(t, top) {
			// "said ... before his trip to Y on Friday": the trip comes
			// after the telling, whatever the tense of the verb it hangs on
			return newsgraph.Planned, false
		}
		if f.typ != newsgraph.Visit && (t.noun(top) && top == f.t || t.tag[top] == "VBG") && aheadOf(t, top) && !hasMark(t, top, "before") && t.prep(top) != "before" {
			// "Ahead of meeting X, Y said", "ahead of his talks with X":
			// still to come when Y spoke
			return newsgraph.Planned, false
		}
		if after && t.noun(top) && !futureAux(t) {
			// "After her talks with X, Y and Z were joined by ...", the
			// parser having hung the clause on a name: past, unless the
			// sentence tells what will be
			return newsgraph.Happened, false
		}
		// "X said during a visit to Y", "Speaking on a trip to Y, X
		// said": a trip under way when X spoke, which the saying's tense dates
		during := t.prep(top) == "during" || f.typ == newsgraph.Visit && t.noun(top) && t.prep(top) == "on"
		for v, n := t.head[top], 0; v >= 0 && n < 3; v, n = t.head[v], n+1 {
			if sayVerbs[t.lw[v]] && !after && !during {
				break
			}
			if t.verb(v) {
				chain = append(chain, v)
				for _, k := range t.deps(v, "aux") {
					if kw := t.lw[k]; kw == "will" || kw == "'ll" || kw == "shall" {
						return newsgraph.Planned, false
					}
				}
				if during && t.tag[v] == "VBG" && t.is(v, "advcl") {
					continue // "Speaking during ..., X said": the clause it opens
				}
				break
			}
		}
	}
	if c := f.statusBy; c > 0 && tripStages[t.lw[c]] && (t.tag[c] == "VBZ" || t.tag[c] == "VBP") {
		return newsgraph.Planned, false // "the tour begins in Hanoi on Monday": as timetabled
	}
	for ci, c := range chain {
		if t.tag[c] == "VBD" {
			return newsgraph.Happened, false
		}
		if ci > 0 && !t.verb(c) {
			// "her trip to Moscow was a triumph", "the talks were useful":
			// what the event noun was, told in the past
			for _, k := range t.deps(c, "cop") {
				if t.lw[k] == "was" || t.lw[k] == "were" {
					return newsgraph.Happened, false
				}
			}
		}
		if t.tag[c] == "VBG" && t.verb(c) {
			for _, k := range t.deps(c, "aux") {
				if t.lw[k] == "was" || t.lw[k] == "were" {
					return newsgraph.Happened, false // "was holding talks with X": under way when told
				}
			}
		}
		if t.tag[c] == "VBN" {
			for _, k := range t.deps(c, "aux") {
				if t.lw[k] == "has" || t.lw[k] == "have" || t.lw[k] == "had" || t.lw[k] == "'ve" {
					return newsgraph.Happened, false
				}
			}
			for _, k := range t.deps(c, "aux:pass", "aux") {
				if t.lw[k] == "was" || t.lw[k] == "were" || t.lw[k] == "been" {
					return newsgraph.Happened, false
				}
			}
		}
	}
	return "", false
}

// measuredBy is the noun that measures the talks of noun frame f ("the
// last round of talks", "two days of talks"), or -1.
func measuredBy(t *tree, f *frame) int {
	h := t.head[f.t]
	if !f.noun || f.light >= 0 || h < 0 || !t.is(f.t, "nmod") || t.prep(f.t) != "of" || !measureNouns[t.lw[h]] {
		return -1
	}
	return h
}

// newDateAfter says whether a day or month is named after verb v as the
// one something is moved to ("adjourned the hearing to Saturday",
// "until March 4").
func newDateAfter(t *tree, v int) bool {
	for k := v + 2; k < len(t.lw); k++ {
		switch t.lw[k-1] {
		case "to", "until", "till":
			if isWeekday(t.lw[k]) || months[t.lw[k]] > 0 || t.lw[k] == "next" || t.lw[k] == "tomorrow" {
				return true
			}
		}
	}
	return false
}

// aheadOf says whether noun n is opened by "before", "ahead of", "prior
// to" or "in advance of", read from the words before it since the parser
// often hangs "ahead" apart from its "of".
func aheadOf(t *tree, n int) bool {
	c := t.dep(n, "case")
	if c < 0 && t.tag[n] == "VBG" {
		c = t.dep(n, "mark") // "ahead of meeting X"
	}
	if c < 0 {
		return false
	}
	switch t.lw[c] {
	case "before":
		return true
	case "ahead", "prior":
		return t.dep(c, "fixed") >= 0 // "ahead of", "prior to" read as one
	case "of", "to":
		b := ""
		if c > 0 {
			b = t.lw[c-1]
		}
		return t.lw[c] == "of" && (b == "ahead" || b == "advance") || t.lw[c] == "to" && b == "prior"
	}
	return false
}

// wishVerbs want what their infinitive says, which has not happened.
var wishVerbs = set("want", "wants", "wanted", "wanting", "hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished",
	"like", "try", "tries", "tried", "trying", "seek", "seeks", "sought", "seeking")

// offerVerbs put a deal to the other side, which may refuse it.
var offerVerbs = set("offer", "offers", "offered", "offering")

// offeredOnly says whether the agreement at token i is only offered: "X
// offered to sign a deal with Y", "offered to buy Y in a takeover deal".
func offeredOnly(t *tree, i int) bool {
	for k, n := i, 0; k >= 0 && n < 3; k, n = t.head[k], n+1 {
		h := t.head[k]
		if h < 0 || !t.is(k, "xcomp", "obj", "obl", "nmod") {
			return false
		}
		if offerVerbs[t.lw[h]] && t.verb(h) && t.is(k, "xcomp") {
			return true
		}
	}
	return false
}

// wishedFor says whether the agreement at token i (a verb, or a noun with
// the verb that carries it) is only what someone wants, hopes or tries to
// make: "X wants to agree terms with Y", "X hopes to sign an accord".
func wishedFor(t *tree, i int) bool {
	v := i
	if t.noun(i) && t.is(i, "obj") && t.head[i] >= 0 {
		v = t.head[i]
	}
	for n := 0; v >= 0 && n < 2 && t.is(v, "xcomp"); n++ {
		x := v
		v = t.head[v]
		if v >= 0 && wishVerbs[t.lw[v]] {
			// "had hoped to seal the pact on May 3", "hopes to sign it
			// next month": a signing hoped for by a time is planned,
			// however it turns out; one hoped for some day is a wish
			return !(strings.HasPrefix(t.lw[v], "hop") && dayUnder(t, x))
		}
	}
	return false
}

// dayUnder says whether the clause of verb x names a time for it, a
// weekday, a month ("on March 12", "in June"), tomorrow or the next span
// ("next month", "this year"), not in a clause of its own.
func dayUnder(t *tree, x int) bool {
	for k := range t.lw {
		if !t.under(k, x) {
			continue
		}
		in := false
		for a := t.head[k]; a >= 0 && a != x; a = t.head[a] {
			in = in || t.verb(a) && t.is(a, "conj", "advcl", "ccomp", "acl", "acl:relcl")
		}
		if in {
			continue
		}
		if isWeekday(t.lw[k]) || months[t.lw[k]] > 0 && len(t.lw[k]) > 3 && (k+1 < len(t.lw) && isDigits(t.lw[k+1]) || t.tag[k] == "NNP") ||
			t.lw[k] == "tomorrow" || spanNames[t.lw[k]] && k > 0 && (t.lw[k-1] == "next" || t.lw[k-1] == "this" || t.lw[k-1] == "coming") {
			return true // (and "in June", "next month", "this year", "tomorrow")
		}
	}
	return false
}

// seekWords govern an agreement that is only sought: "talks on a
// deal", "in pursuit of an accord", "pressing for a pact", "negotiating a
// treaty", "work towards an agreement".
var seekWords = set("pursuit", "search", "quest", "bid", "push", "pushing", "pressing", "press", "drive", "campaign",
	"talks", "negotiations", "negotiation", "negotiating", "negotiate", "negotiated", "discussions", "discussing", "discuss",
	"seek", "seeks", "seeking", "sought", "hunt", "effort", "efforts", "attempt", "attempts", "hope", "hopes", "prospect", "prospects",
	"towards", "toward", "aimed", "aiming", "chance", "chances")

// soughtAgreement says whether agreement noun n is what something seeks
// rather than what was made. Read from the words left of the noun's
// phrase (its determiners, adjectives and modifying nouns, then at most
// a preposition): parsers often hang "a deal" on the wrong word of "held
// talks on a deal on Monday".
func soughtAgreement(t *tree, n int) bool {
	k := n - 1
	for k >= 0 && (t.tag[k] == "DT" || t.tag[k] == "JJ" || t.tag[k] == "JJS" || t.tag[k] == "CD" || t.tag[k] == "HYPH" ||
		t.tag[k] == "POS" || strings.HasPrefix(t.tag[k], "NN") && !strings.HasPrefix(t.tag[k], "NNP")) && n-k < 8 {
		k--
	}
	if k >= 0 && (t.tag[k] == "IN" || t.tag[k] == "TO") {
		switch t.lw[k] {
		case "of", "for", "on", "over", "about", "towards", "toward", "to", "at":
			k--
		default:
			return false
		}
	}
	return k >= 0 && seekWords[t.lw[k]]
}

// startVerbs do what one came for, there and then ("came to Oslo to hold
// talks", "flew in to see X"); cameVerbs bring one there.
var (
	startVerbs = set("begin", "start", "open", "attend", "join", "resume", "meet", "brief", "hold", "see", "confer", "talk", "discuss", "negotiate")
	cameVerbs  = set("arrived", "came", "gathered", "assembled", "convened", "flew", "travelled", "traveled", "went", "drove", "jetted", "headed", "returned")
)

// cameToStart says whether infinitive v ("to open talks") is what a
// finished arrival was for: "arrived at the ministry to open talks",
// "flew in to attend the summit". Told as done, the arrival brought the
// start with it; "will fly in to attend" stays a plan (no past verb).
func cameToStart(t *tree, v int) bool {
	if !startVerbs[t.lw[v]] {
		return false
	}
	for h, n := t.head[v], 0; h >= 0 && n < 3; h, n = t.head[h], n+1 {
		if !t.verb(h) && n == 0 && (t.lw[v] == "meet" || t.lw[v] == "brief") && (hasDep(t, h, "was") || hasDep(t, h, "were")) && t.dep(h, "cop") >= 0 {
			return true // "was in London to brief X": there, and so met
		}
		if !t.verb(h) {
			continue // the parser may hang the purpose on the place reached
		}
		if !cameVerbs[t.lw[h]] {
			return false
		}
		if t.tag[h] == "VBD" {
			return true
		}
		return t.tag[h] == "VBN" && t.dep(h, "aux", "aux:pass") < 0
	}
	return false
}

// futureAux says whether the sentence has "will" or "shall" as an
// auxiliary.
func futureAux(t *tree) bool {
	for k := range t.lw {
		if t.is(k, "aux") && (t.lw[k] == "will" || t.lw[k] == "'ll" || t.lw[k] == "shall") {
			return true
		}
	}
	return false
}

// finite says whether clause v carries its own tense on a form of "be"
// ("who is in Rome", "was holding talks"), so it takes none from the
// clause it hangs on.
func finite(t *tree, v int) bool {
	for _, k := range t.deps(v, "cop", "aux") {
		switch t.lw[k] {
		case "is", "are", "am", "'s", "'re", "was", "were":
			return true
		}
	}
	return false
}

// objectRelative says whether relative clause r stands for its noun as
// the object of its verb: "which X held", "that X completed" (with "that"
// read as a subordinator and the verb left without an object).
func objectRelative(t *tree, r int) bool {
	if o := t.dep(r, "obj"); o >= 0 {
		return t.tag[o] == "WDT" || t.tag[o] == "WP" || t.lw[o] == "that"
	}
	for _, m := range t.deps(r, "mark") {
		if t.lw[m] == "that" && m < r {
			return t.dep(r, "nsubj") >= 0
		}
	}
	return false
}

// hasRelative says whether clause v opens with a relative word.
func hasRelative(t *tree, v int) bool {
	for _, k := range t.kids[v] {
		if t.tag[k] == "WP" || t.tag[k] == "WDT" || t.tag[k] == "WRB" || t.lw[k] == "that" {
			return true
		}
	}
	return false
}

func hasMark(t *tree, h int, ws ...string) bool {
	for _, k := range t.deps(h, "mark") {
		for _, w := range ws {
			if t.lw[k] == w {
				return true
			}
		}
	}
	return false
}

// frameDate is the date the sentence gives the event of frame f: a date
// phrase that hangs on the trigger, on the verb carrying it or on the
// verbs its status was read from, never one on "said" or on another event.
func (d *doc) frameDate(si int, t *tree, f *frame) *dateExpr {
	if f.dayFixed {
		return f.day
	}
	if f.noun && f.typ == newsgraph.Agreement && monthOwned(t, f.t) {
		// "to review their March accord tomorrow": made in its month,
		// not on the day it is reviewed
		for _, c := range t.deps(f.t, "compound") {
			for x := range d.dates[si] {
				if e := &d.dates[si][x]; e.i <= c && c < e.j {
					return e
				}
			}
			// a bare month the date reader leaves alone (it may be a
			// verb or a name): the last such month up to the telling, as
			// the accord was made before
			if m, ok := months[t.lw[c]]; ok && t.tag[c] == "NNP" && !d.ref.IsZero() {
				y := d.ref.Year()
				if m > d.ref.Month() {
					y--
				}
				first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
				return &dateExpr{i: c, j: c + 1, from: ymd(first), to: ymd(first.AddDate(0, 1, -1)), grain: "month"}
			}
		}
		return nil
	}
	if f.noun && f.typ == newsgraph.Agreement {
		// "under the 1992 agreement between A and B": made in the year
		// that names it
		// (a bare year, which the date reader leaves alone, up to the
		// year of the telling)
		for _, c := range t.deps(f.t, "compound", "nummod", "amod") {
			if y, err := strconv.Atoi(t.lw[c]); err == nil && c < f.t && t.tag[c] == "CD" && len(t.lw[c]) == 4 && y > 1900 && (d.ref.IsZero() || y <= d.ref.Year()) {
				return &dateExpr{i: c, j: c + 1, from: t.lw[c] + "-01-01", to: t.lw[c] + "-12-31", grain: "year"}
			}
		}
	}
	own := map[int]bool{f.t: true}
	if f.light >= 0 {
		own[f.light] = true
	}
	if f.noun {
		for _, k := range t.deps(f.t, "acl") {
			if strings.HasPrefix(t.lw[k], "host") || heldBy[t.lw[k]] || plannedFor[t.lw[k]] {
				own[k] = true // "a dinner hosted by X on Tuesday", "a visit planned for Friday"
			}
		}
	}
	// ("X and Y meet on Monday, following an agreement by Z": the
	// agreement came before, on a day of its own)
	behind := f.noun && f.typ == newsgraph.Agreement && (t.prep(f.t) == "following" || t.prep(f.t) == "after")
	if f.carrier >= 0 && !sayVerbs[t.lw[f.carrier]] && !(f.noun && aheadOf(t, f.t)) && !behind {
		// "will travel to Paris on Thursday for talks"; not "met X on
		// Monday before his trip to Y", the trip being later
		own[f.carrier] = true
	}
	if f.statusBy > 0 {
		own[f.statusBy] = true // "postponed until April 20"
	}
	if !f.noun {
		// "welcomed a delegation led by X on Tuesday": who leads a party
		// tells no time of its own, so a date the parser hung on that
		// clause is the verb's
		for _, o := range t.deps(f.t, "obj", "nsubj:pass") {
			for _, a := range t.deps(o, "acl") {
				if leadVerbs[t.lw[a]] && t.tag[a] == "VBN" {
					own[a] = true
				}
			}
		}
	}
	if r := occasionClause(t, f); r >= 0 {
		own[r] = true // "a meeting between X and Y, which is to take place in July"
	}
	if !f.noun && f.typ == newsgraph.Meeting && (welcomeVerb(t.lw[f.t]) || strings.HasPrefix(t.lw[f.t], "host")) && t.dep(f.t, "obj") >= 0 {
		// "will welcome X for a state visit on May 3": the guest comes on
		// the visit's day, and so the two meet then
		for _, o := range t.deps(f.t, "obl") {
			if t.prep(o) == "for" && (visitNouns[t.lw[o]] || meetNouns[t.lw[o]]) {
				own[o] = true
				for _, n := range t.deps(o, "nmod") {
					own[n] = true // "for a state visit to Lima on May 12"
				}
			}
		}
	}
	if f.noun && f.typ == newsgraph.Agreement {
		for _, a := range t.deps(f.t, "acl") {
			if makeVerbs[t.lw[a]] && t.verb(a) {
				own[a] = true // "the contract, signed in 1998", "the deal it struck last week"
			}
		}
		if v := t.head[f.t]; v == f.t+1 && t.is(f.t, "nsubj") && t.tag[v] == "VBD" && makeVerbs[t.lw[v]] && t.dep(v, "obj") < 0 {
			own[v] = true // "the deal struck between A and B in March was worth ..." read with "struck" the verb
		}
	}
	if h := t.head[f.t]; f.noun && h >= 0 && t.is(f.t, "obl") && t.verb(h) && !sayVerbs[t.lw[h]] {
		switch t.prep(f.t) {
		case "at", "during":
			own[h] = true // "the bid goes to a vote at a meeting next week"
		}
	}
	start := f.t
	if m := measuredBy(t, f); m >= 0 {
		start = m // "the latest round of talks collapsed on Friday"
	}
	if h := t.head[f.t]; f.noun && f.light < 0 && h >= 0 && t.is(f.t, "nmod") && (t.prep(f.t) == "at" || t.prep(f.t) == "during") && sessionBusiness[t.lw[h]] && t.is(h, "nsubj") {
		start = h // "debate at the session begins tomorrow": the business of a session is on its day
	}
	for v, n := start, 0; n < 4; n++ {
		if f.light >= 0 && v == f.t {
			v = f.light
		}
		h := t.head[v]
		// "was summoned yesterday to confer with X": an infinitive of
		// purpose is on the day of the verb it serves
		// ("was invited yesterday to visit" tells when the invitation was)
		purpose := t.is(v, "advcl") && hasMark(t, v, "to") && t.verb(v) && t.verb(h) && !askVerbs[t.lw[h]]
		if h < 0 || sayVerbs[t.lw[h]] || !t.is(v, "xcomp", "nsubj:pass", "obj", "nsubj") && !purpose {
			break
		}
		if t.is(v, "nsubj") && !t.is(v, "nsubj:pass") && !postponedGov[t.lw[h]] && t.dep(h, "cop") < 0 && !(f.noun && v == start && (happenVerb(t, h) || f.typ == newsgraph.Meeting && talksFate[t.lw[h]])) {
			break
		}
		own[h] = true
		v = h
		if f.noun && t.is(start, "nsubj") {
			// "the session is expected to begin tomorrow", "is due to
			// open on Monday": the start it is said to make is its day
			for _, c := range t.deps(h, "xcomp") {
				if t.verb(c) && happenVerb(t, c) && t.dep(c, "nsubj") < 0 {
					own[c] = true
				}
			}
		}
	}
	best := d.ownDate(si, t, f, own)
	if best == nil && f.noun && f.light < 0 {
		// "the X talks in July will set ...": a date right after the
		// noun, whatever clause the parser hung it on
		for x := range d.dates[si] {
			if e := &d.dates[si][x]; e.i == f.t+1 || e.i == f.t+2 && (t.lw[f.t+1] == "in" || t.lw[f.t+1] == "on") {
				best = e
				break
			}
		}
	}
	if best == nil {
		// "arrived in X on Monday and held talks with Y", "flew to X on
		// Monday, where he met Y": a predicate listed with the one before
		// it, with no subject or tense of its own (or joined by "where"),
		// is on that one's day
		v := f.light
		if v < 0 && !f.noun {
			v = f.t
		}
		if u := t.head[max(v, 0)]; v >= 0 && t.is(v, "conj") && t.verb(v) && u >= 0 && u < v && t.verb(u) && !sayVerbs[t.lw[u]] &&
			(t.dep(v, "nsubj") < 0 || hasDep(t, v, "where")) && (t.dep(v, "aux") < 0 || t.dep(u, "aux") >= 0) {
			best = d.ownDate(si, t, f, map[int]bool{u: true})
		} else if u := whereClauseOf(t, v); u >= 0 {
			// "flies on to X on Friday, where she is to meet Y"
			// with the clause hung elsewhere: at the place, on its day
			best = d.ownDate(si, t, f, map[int]bool{u: true})
		} else if v >= 0 {
			// "is to hold talks with Y when he visits X on May 3": on
			// the day of the "when" clause that tells when
			for _, u := range t.deps(v, "advcl") {
				if u > v && t.verb(u) && hasDep(t, u, "when") {
					best = d.ownDate(si, t, f, map[int]bool{u: true})
					break
				}
			}
		}
	}
	return best
}

// ownDate is the date of sentence si that the words of own govern, the
// nearest to the trigger of f (a new date a thing is put off to first).
func (d *doc) ownDate(si int, t *tree, f *frame, own map[int]bool) *dateExpr {
	var best *dateExpr
	moved := false // best is the date something was put off to
	for x := range d.dates[si] {
		e := &d.dates[si][x]
		// the date's head: the word of [i, j) whose head lies outside it
		h := -1
		for k := e.i; k < e.j && k < len(t.head); k++ {
			if t.head[k] < e.i || t.head[k] >= e.j {
				h = k
				break
			}
		}
		if h < 0 {
			continue
		}
		if hasDep(t, h, "since") {
			continue
		}
		if (hasDep(t, h, "until") || hasDep(t, h, "till")) && (t.head[h] < 0 || !postponedGov[t.lw[t.head[h]]]) {
			continue // "until April" is the new date of what is postponed, of nothing else
		}
		ok := false
		for x, a, n := h, t.head[h], 0; a >= 0 && n < 12; x, a, n = a, t.head[a], n+1 {
			if own[a] {
				ok = true
				break
			}
			if t.is(x, "acl:relcl") {
				break // "X, who tours Y this week, returns home on Friday": the relative clause's day
			}
			if t.noun(a) && triggerAt(t, a) && a != f.t && settingOf(t, a) {
				continue // "signed a pact on the sidelines of Friday's summit": on the summit's day
			}
			if t.verb(a) || t.noun(a) && triggerAt(t, a) && !(agreeNouns[t.lw[a]] && soughtAgreement(t, a)) || sayVerbs[t.lw[a]] {
				break // (a deal only sought has no day: "talks on a deal on Monday" are the talks')
			}
		}
		ok = ok || whenClauseOf(d.sents[si].tokens, e, f.t)
		// "rose ahead of X's visit to Y next week" with the date hung on
		// the verb: a date right after the phrase of a trip still to come
		// tells when the trip is, not when what came before it was
		if !ok && f.noun && aheadOf(t, f.t) && !t.under(h, f.t) && (e.i == lastOf(t, f.t)+1 || e.i == lastOf(t, f.t)+2 && t.head[e.i-1] == h && t.is(e.i-1, "case")) {
			ok = true
		}
		// "traders await the outcome of the ministers' meeting tomorrow"
		// with the date hung on the verb: a present verb is now, so a
		// later day right after the noun's phrase is the event's
		if !ok && f.noun && !d.ref.IsZero() && e.from > ymd(d.ref) && e.i > f.t && e.i <= lastOf(t, f.t)+2 && t.head[h] >= 0 && presentVerb(t, t.head[h]) && t.under(f.t, t.head[h]) {
			ok = true
		}
		// "the meeting on March 20 was postponed until April 9": the new
		// date, however far from the trigger, not the one put off
		to := ok && (hasDep(t, h, "until") || hasDep(t, h, "till") || hasDep(t, h, "to")) && postponedGov[t.lw[t.head[h]]]
		if ok && (best == nil || to && !moved || to == moved && abs(e.i-f.t) < abs(best.i-f.t)) {
			best, moved = e, to
		}
	}
	return best
}

// occasionClause is the relative clause that tells when the event of
// noun frame f takes place ("a summit of X and Y, which should take place
// in June", "talks with Z that are scheduled for May", "a trip to Z that
// X had planned for the spring"), read from the words since the parser
// often hangs it on the last name before it; -1 if none. Only "which"
// and "that" open it: "who" is a person's.
func occasionClause(t *tree, f *frame) int {
	if !f.noun {
		return -1
	}
	for k := f.t + 1; k < len(t.lw) && k < f.t+16; k++ {
		if t.verb(k) || t.lw[k] == "who" || t.lw[k] == ";" || t.lw[k] == "(" {
			return -1
		}
		if t.lw[k] != "which" && t.lw[k] != "that" || t.lw[k-1] != "," && t.lw[k] == "which" {
			continue
		}
		r := t.head[k]
		if r < 0 || !t.is(k, "nsubj", "nsubj:pass", "obj", "mark") || !t.is(r, "acl:relcl") {
			return -1
		}
		if happenVerb(t, r) || heldBy[t.lw[r]] || plannedFor[t.lw[r]] {
			return r
		}
		return -1
	}
	return -1
}

// whereClauseOf is the verb whose place a "where" clause at verb v
// stands at ("will fly to X on Monday, where she meets Y"): the verb the
// words just before ", where" hang on; -1 if v opens no such clause.
func whereClauseOf(t *tree, v int) int {
	if v < 2 || !t.verb(v) {
		return -1
	}
	w := -1
	for _, k := range t.kids[v] {
		if t.lw[k] == "where" && k < v {
			w = k
		}
	}
	if w < 2 || t.lw[w-1] != "," {
		return -1
	}
	for k := w - 2; k >= 0; k = t.head[k] {
		if u := t.head[k]; u >= 0 && u < w && t.verb(u) {
			if sayVerbs[t.lw[u]] {
				return -1
			}
			return u
		}
		if t.head[k] < 0 || t.head[k] >= w {
			return -1
		}
	}
	return -1
}

// settingOf says whether event noun a is the occasion another event is
// set at: "at Thursday's summit", "during the talks", "on the sidelines
// of the conference".
func settingOf(t *tree, a int) bool {
	switch t.prep(a) {
	case "at", "during":
		return true
	case "of":
		h := t.head[a]
		return h >= 0 && (t.lw[h] == "sidelines" || t.lw[h] == "sideline" || t.lw[h] == "margins" || t.lw[h] == "fringes")
	}
	return false
}

// presentVerb says whether verb v is told in the present: "awaits",
// "are awaiting", not "will await" or "awaited".
func presentVerb(t *tree, v int) bool {
	if !t.verb(v) {
		return false
	}
	for _, k := range t.deps(v, "aux") {
		switch t.lw[k] {
		case "is", "are", "am", "'s", "'re":
		default:
			return false
		}
	}
	switch t.tag[v] {
	case "VBZ", "VBP":
		return true
	case "VBG":
		return t.dep(v, "aux") >= 0
	}
	return false
}

// whenClauseOf says whether trigger k is told in the "when" clause right
// after date e, which says what happened at that time: "back to 1994, when
// talks between X and Y came close to a deal", "in March 2001, when the two
// ministers met in Oslo, the plan took shape". Read from the words, not
// the parse: parsers often hang such a clause on the main verb.
func whenClauseOf(toks []token, e *dateExpr, k int) bool {
	w := e.j
	if w < len(toks) && toks[w].text == "," {
		w++
	}
	if w >= len(toks) || !strings.EqualFold(toks[w].text, "when") || k <= w {
		return false
	}
	for x := w + 1; x < k; x++ {
		switch toks[x].text {
		case ",", ";", ":", "\u2014", "\u2013", "--", "(":
			return false // the clause ended before the trigger
		}
	}
	return true
}

func triggerAt(t *tree, a int) bool {
	w := t.lw[a]
	return meetNouns[w] || visitNouns[w] || agreeNouns[w]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// storyDateline is what a wire story's dateline says: where the story is
// told from and on which day, and where it ends in its sentence.
type storyDateline struct {
	sent, end int // sentence and the first word after the dash
	lede      int // the sentence that tells the dateline's news: sent, or the next when the dateline stands alone
	place     int // entity, or -1
	day       string
}

// datelineDashes end a dateline ("OSLO, May 2 -", "BERLIN —").
var datelineDashes = set("-", "--", "\u2013", "\u2014")

// readDateline finds the story's dateline ("WASHINGTON, March 31 -",
// "TAUPO, New Zealand -").
func (d *doc) readDateline() *storyDateline {
	out := d.readDatelineAt()
	out.lede = out.sent
	// "KAMPALA, MAY 12" or "ACCRA —" on a line of its own: the news it
	// dates is told by the sentence after it
	if out.sent >= 0 && out.end >= len(d.sents[out.sent].tokens) && out.sent+1 < len(d.sents) &&
		(len(d.stories) <= out.sent+1 || d.stories[out.sent+1] == d.stories[out.sent]) {
		out.lede = out.sent + 1
	}
	return out
}

// readDatelineAt finds the dateline's sentence, where it ends, its place
// and its day.
func (d *doc) readDatelineAt() *storyDateline {
	out := &storyDateline{sent: -1, place: -1}
	dl, ok := d.findDateline()
	if !ok {
		// "NEW YORK — ...": a place in capitals and a dash open a paragraph
		// of the lede, not one after a paragraph of prose
		for si, s := range d.sents {
			if si > 6 || si > 0 && d.sents[si-1].para != s.para && proseSentence(d.sents[si-1]) {
				break
			}
			if p, day, ok := d.placeDateLine(si); ok {
				out.sent, out.end, out.place, out.day = si, len(s.tokens), p, day
				return out
			}
			if s.heading && !d.dashLine(si) || si > 0 && d.sents[si-1].para == s.para {
				continue
			}
			k := 0
			for k < len(s.tokens) && k < 5 && s.tokens[k].isAllCaps() && s.tokens[k].isWord() {
				k++
			}
			// "NEW DELHI/BENGALURU: ...", "BEIJING/WASHINGTON (Reuters) -":
			// a story filed from two places names them joined by a slash;
			// the first is the dateline's place
			for k > 0 && k+1 < len(s.tokens) && s.tokens[k].text == "/" && s.tokens[k+1].isAllCaps() && s.tokens[k+1].isWord() {
				k += 2
				for j := k; k < len(s.tokens) && k < j+3 && s.tokens[k].isAllCaps() && s.tokens[k].isWord(); k++ {
				}
			}
			caps := k
			if m := d.mentionAt(si, 0); k == 0 && m != nil && m.i == 0 && d.isPlace(m.ent) {
				k = m.j // "Tokyo — ...": a place name and a dash, in any case
			}
			// "Accra (AFP) - ...", "Nairobi, Kenya (AP) — ...", "(Bloomberg) -- ...":
			// the agency in brackets between the place and the dash, after
			// which a plain hyphen is a dash too
			agency := false
			if j := k; j+2 < len(s.tokens) && (j > 0 || si == 0 || d.sents[si-1].heading) {
				if s.tokens[j].text == "," && j > 0 {
					j++
					for j < k+4 && j < len(s.tokens) && s.tokens[j].isCap() && d.mentionAt(si, j) != nil {
						j++ // "Nairobi, Kenya"
					}
				}
				if j > k && j < len(s.tokens) && datelineDashes[s.tokens[j].text] && s.tokens[j].text != "-" {
					k = j // "Doha, Qatar – ...": a place, its country and a dash
				}
				if j < len(s.tokens) && s.tokens[j].text == "(" {
					e := j + 1
					for e < len(s.tokens) && e < j+5 && s.tokens[e].text != ")" && s.tokens[e].isCap() {
						e++
					}
					if e+1 < len(s.tokens) && e > j+1 && s.tokens[e].text == ")" && datelineDashes[s.tokens[e+1].text] {
						k, agency = e+1, true
					}
				}
			}
			// "MUMBAI: ...": a place in capitals and a colon, as Indian
			// dailies write it ("Doha: ..." in the Gulf's, in any case)
			colon := false
			if m := d.mentionAt(si, 0); (caps > 0 && k == caps || caps == 0 && m != nil && k == m.j) && k < len(s.tokens) && s.tokens[k].text == ":" && m != nil && (m.j == k || m.j < k && s.tokens[m.j].text == "/") && m.ent >= 0 {
				colon = d.isPlace(m.ent)
			}
			if k > 0 && k+1 < len(s.tokens) && s.tokens[k].text == "-" && s.tokens[k+1].text == "-" && s.tokens[k+1].start == s.tokens[k].end {
				k, agency = k+1, true // "MANILA -- ...": a dash typed as two hyphens, which the tokenizer splits
			}
			if k > 0 && k < len(s.tokens) && (datelineDashes[s.tokens[k].text] && (agency || s.tokens[k].text != "-") || colon) {
				out.sent, out.end = si, k+1
				if m := d.mentionAt(si, 0); m != nil && d.isPlace(m.ent) {
					out.place = m.ent
				}
				out.day = d.pub // a dateline with no day is the day the story is published
				return out
			}
		}
		return out
	}
	for si, s := range d.sents {
		if dl.place[0] >= s.span.Start && dl.place[0] < s.span.End {
			for k, tk := range s.tokens {
				if tk.start == dl.place[0] {
					if m := d.mentionAt(si, k); m != nil && d.isPlace(m.ent) {
						out.place = m.ent
					}
				}
			}
		}
		if dl.sep[1] <= s.span.Start || dl.sep[0] >= s.span.End {
			continue
		}
		// the dash or colon, maybe in the sentence after the place's when
		// an abbreviation ended one ("SAN DIEGO, Calif. — ...")
		for k, tk := range s.tokens {
			if tk.start >= dl.sep[0] && tk.end <= dl.sep[1] && k < 24 {
				out.sent, out.end = si, k+1
			}
		}
		if out.sent < 0 {
			break
		}
		if dl.day > 0 && (dl.year > 0 || !d.ref.IsZero()) {
			y := dl.year
			if y == 0 {
				y = d.ref.Year()
			}
			out.day = ymd(time.Date(y, dl.month, dl.day, 0, 0, 0, 0, time.UTC))
		} else if dl.day == 0 {
			out.day = d.pub // "TIRANA, Albania (AP) —": the day it is published
		}
		return out
	}
	return out
}

// dashLine says whether sentence si is a dateline on a line of its own,
// a place in capitals and a dash ("ACCRA —"), over a sentence of the
// story's text.
func (d *doc) dashLine(si int) bool {
	toks := d.sents[si].tokens
	n := len(toks)
	if n < 2 || n > 5 || !datelineDashes[toks[n-1].text] || si+1 >= len(d.sents) || d.sents[si+1].heading {
		return false
	}
	for _, tk := range toks[:n-1] {
		if !tk.isAllCaps() || !tk.isWord() {
			return false
		}
	}
	m := d.mentionAt(si, 0)
	return m != nil && m.i == 0 && m.j == n-1 && d.isPlace(m.ent)
}

// proseSentence says whether s is a sentence of running prose: a dozen
// tokens or more, ending as a sentence ends.
func proseSentence(s sentence) bool {
	if s.heading || len(s.tokens) < 12 {
		return false
	}
	switch s.tokens[len(s.tokens)-1].text {
	case ".", "?", "!", "\"", "\u201d":
		return true
	}
	return false
}

// datelineOf is where the dateline of sentence si ends: 0 when si does not
// open with it.
func (d *doc) datelineOf(si int) (int, int) {
	if d.dateline == nil {
		d.dateline = d.readDateline()
	}
	if d.dateline.sent != si {
		return d.bodyDateline(si)
	}
	return d.dateline.end, d.dateline.place
}

// bodyDateline is where a dateline ends that opens a paragraph after the
// lede ("WELLINGTON (AP) — ...", "APIA, Samoa — ..." after a section
// break, or a second story's): no words of the sentence, as the story's
// own dateline is none (its place is no one who meets). 0, -1 when
// sentence si opens with none. Only a place the tables know, or one a
// region, an agency or a day follows, is read so ("NATO — ..." is
// prose).
func (d *doc) bodyDateline(si int) (int, int) {
	s := &d.sents[si]
	if si == 0 || s.heading || len(s.tokens) < 4 || d.sents[si-1].para == s.para || !s.tokens[0].isAllCaps() {
		return 0, -1
	}
	end := s.span.End
	for sj := si + 1; sj < len(d.sents) && d.sents[sj].para == s.para; sj++ {
		end = d.sents[sj].span.End
	}
	dl, ok := datelineAt(d.text, s.span.Start, end, false)
	if !ok || dl.place[0] != s.tokens[0].start {
		return 0, -1
	}
	if _, _, known := d.x.gz.place(capsName(d.text[dl.place[0]:dl.place[1]])); !known && dl.bare {
		return 0, -1
	}
	for k, tk := range s.tokens {
		if k < 12 && tk.start >= dl.sep[0] && tk.end <= dl.sep[1] {
			place := -1
			if m := d.mentionAt(si, 0); m != nil && d.isPlace(m.ent) {
				place = m.ent
			}
			return k + 1, place
		}
	}
	return 0, -1
}

// datelinePlaceFor is the dateline's place for an event of sentence si
// that states none, where the text supports it: a story told from there,
// an event of the dateline's day or undated.
func (d *doc) datelinePlaceFor(si int, from, to string) int {
	if d.dateline == nil {
		d.dateline = d.readDateline()
	}
	dl := d.dateline
	if dl.place < 0 || dl.sent < 0 || d.stories[si] != d.stories[dl.sent] || si < dl.sent {
		return -1
	}
	if from != "" && dl.day != "" && !(from <= dl.day && dl.day <= to) {
		if mustDate(from).Sub(mustDate(dl.day)).Hours() > 48 || mustDate(dl.day).Sub(mustDate(to)).Hours() > 48 {
			return -1 // another day: another place, as likely as not
		}
	}
	return dl.place
}

// withSubjects are the subjects of "with" clauses on v: "opened talks with
// X expected to press for ..." reads as X being expected; X is still whom
// the talks are with.
func withSubjects(t *tree, v int) []int {
	var out []int
	for _, c := range t.deps(v, "advcl") {
		if hasMark(t, c, "with") {
			if s := t.dep(c, "nsubj"); s >= 0 {
				out = append(out, s)
			} else if o := t.dep(c, "obj"); o >= 0 && t.lw[c] == "visiting" {
				out = append(out, o) // "talks with visiting President X"
			}
		}
	}
	return out
}

// placeConjuncts are h and the places listed with it ("stops in Malaysia,
// Japan, and South Korea"): its conjuncts, and the place names that follow
// it joined by commas and "and", however the parser hung them.
func (d *doc) placeConjuncts(si int, t *tree, h int) []int {
	out := t.conjuncts(h)
	m := d.mentionAt(si, h)
	if m == nil || !d.isPlace(m.ent) {
		return out
	}
	toks := d.sents[si].tokens
	for k := m.j; k < len(toks); {
		j := k
		for j < len(toks) && (toks[j].text == "," || toks[j].text == "and" || toks[j].text == "or") {
			j++
		}
		n := d.mentionAt(si, j)
		if j == k || n == nil || n.i != j || !d.isPlace(n.ent) {
			break
		}
		if n.j < len(toks) && (toks[n.j].text == "'s" || toks[n.j].text == "'") {
			break // "a visit to X, Y's finance minister said": Y owns what follows
		}
		seen := false
		for _, o := range out {
			seen = seen || o >= n.i && o < n.j
		}
		if !seen {
			out = append(out, n.j-1)
		}
		k = n.j
	}
	return out
}

// titleParticiples stand before a title as part of it: "talks with
// visiting Brazilian President X".
var titleParticiples = set("visiting", "outgoing", "incoming", "former", "acting")

// titleStart is where the title written right before the name at token i
// begins ("British Chancellor of the Exchequer", "UK finance minister",
// "EC External Relations Commissioner"); i when no title stands there.
// The title ends in a title noun and is made of capitalised words, title
// words and the names of the country or body the office is of.
func (d *doc) titleStart(si int, t *tree, i int) int {
	toks := d.sents[si].tokens
	start, head := i, false
	for k := i - 1; k >= t.from; k-- {
		tk := toks[k]
		w := t.lw[k]
		if m := d.mentionAt(si, k); m != nil {
			if d.ents[m.ent].typ == newsgraph.Person || m.i < t.from || !head {
				break
			}
			k = m.i
			start = k
			continue
		}
		switch {
		case titleHeads[tk.text] || lowerTitles[w] && !tk.isCap():
			head = true
		case !head && titleOfWords[tk.text] && tk.isCap():
			// "of the Exchequer": the head is further back
		case head && (titleMods[tk.text] || tk.isCap() && (t.tag[k] == "NNP" || t.tag[k] == "NNPS" || t.tag[k] == "JJ") && !nonEntityCaps[tk.text]):
		case d.inDate(si, k):
			k = t.from // "Last week Ms X": the date is no part of the title
			continue
		case head && (lowerTitleMods[w] || titleParticiples[w] || t.tag[k] == "NN" && lowerTitles[t.lw[k+1]]) && !tk.isCap():
			// "union leader", "steel boss": a noun before a lower-case title
		case (w == "of" || w == "the") && k > t.from && start < i:
			// inside "Chancellor of the Exchequer"; kept only if a title
			// noun comes before it
			continue
		default:
			k = t.from // stop
			continue
		}
		start = k
	}
	if !head {
		start = i
	}
	// "GM's Rick Wagoner", "Kuwait's Crown Prince Saad": the body or
	// country whose officer the person is stands before the title
	if s := start; s-2 >= t.from && (toks[s-1].text == "'s" || toks[s-1].text == "\u2019s") {
		if m := d.mentionAt(si, s-2); m != nil && m.j == s-1 && m.i >= t.from && d.ents[m.ent].typ != newsgraph.Person {
			start = m.i
		}
	}
	return start
}

// appositiveTitleStart is where the title of a named owner set off by a
// comma before the name of m begins ("Kenya's foreign minister, X", "the
// chief executive of Acme, X", "Acme's founder, Dr X"), when the person
// holds the office the words name; m.i when no such title stands there.
func (d *doc) appositiveTitleStart(si int, t *tree, m mention) int {
	toks := d.sents[si].tokens
	c := m.i - 1
	if c-1 > t.from && honorifics[toks[c].text] {
		c--
	}
	if m.role == nil || c-1 <= t.from || toks[c].text != "," {
		return m.i
	}
	if !(titleHeads[toks[c-1].text] || lowerTitles[t.lw[c-1]]) {
		return m.i
	}
	a := d.titleStart(si, t, c)
	// "Canada's natural resources minister, X": the owner's possessive
	// before the office's words, whatever they are
	p := c - 1
	for p > t.from && p > c-6 && (unicode0Lower(toks[p].text) && (strings.HasPrefix(t.tag[p], "NN") || t.tag[p] == "JJ") || titleHeads[toks[p].text] || titleMods[toks[p].text] || titleOfWords[toks[p].text] && toks[p].isCap()) {
		p--
	}
	if p < c-1 && p-1 >= t.from && possessive(toks, p) {
		if o := d.mentionEndingAt(si, p-1); o != nil && o.ent >= 0 && o.i >= t.from && d.ents[o.ent].typ != newsgraph.Person {
			a = o.i
		}
	}
	if a >= c {
		return m.i
	}
	// the title's own words, not another person's ("met X's successor,
	// Y") nor the end of a list; with the owner of the office, which
	// the parser would take apart ("the envoy, X," parses well)
	owned := false
	for k := a; k < c; k++ {
		if o := d.mentionAt(si, k); o != nil && o.ent >= 0 && d.ents[o.ent].typ == newsgraph.Person {
			return m.i
		}
		owned = owned || possessive(toks, k) || t.lw[k] == "of"
	}
	if !owned {
		return m.i
	}
	return a
}

// inDate says whether token k of sentence si is part of a date phrase.
func (d *doc) inDate(si, k int) bool {
	for _, e := range d.dates[si] {
		if k >= e.i && k < e.j {
			return true
		}
	}
	return false
}

// dateArguments gives back what the parser hung on a date phrase: a date
// takes no arguments. A phrase after it ("a meeting next week
// between X and Y") belongs to the noun the date follows, or else to what
// the date modifies; a name before it ("will see X on Tuesday", "flew to
// X yesterday") is the object or oblique of the verb the date modifies.
func (d *doc) dateArguments(si int, t *tree) bool {
	moved := false
	for _, e := range d.dates[si] {
		if e.i < t.from || e.j > len(t.head) {
			continue
		}
		h := -1 // the date's head: its word whose head lies outside it
		for k := e.i; k < e.j; k++ {
			if t.head[k] < e.i || t.head[k] >= e.j {
				h = k
				break
			}
		}
		if h < 0 || t.head[h] < 0 {
			continue
		}
		top := t.head[h]
		if t.is(h, "compound", "nmod:poss", "amod") && d.mentionAt(si, top) != nil && t.head[top] >= 0 {
			// "Last week X met": a date is no part of a name
			t.head[h], t.rel[h] = t.head[top], "obl:tmod"
			top = t.head[h]
			moved = true
		}
		if t.is(h, "nsubj", "obj") && t.dep(h, "case") < 0 {
			// "Last week X and Y met": the name after the date is the
			// subject; "is hosting a banquet tonight for X": the noun
			// before it the object. The date modifies the verb.
			n := -1
			for _, c := range t.kids[h] {
				if c < e.i && t.is(c, "compound") && t.noun(c) && t.rel[h] == "obj" ||
					c >= e.j && t.is(c, "nmod", "appos", "conj") && t.dep(c, "case") < 0 && d.mentionAt(si, c) != nil && t.rel[h] == "nsubj" {
					n = c
					break
				}
			}
			if n >= 0 {
				t.head[n], t.rel[n] = top, t.rel[h]
				for c := range t.head {
					if t.head[c] == h && c != n && (c < e.i || c >= e.j) {
						t.head[c] = n // the date's determiner and phrases were the noun's
					}
				}
				t.head[h], t.rel[h] = top, "obl:tmod"
				moved = true
				t.link()
			}
		}
		for c := range t.head {
			if c >= e.i && c < e.j || t.head[c] < e.i || t.head[c] >= e.j {
				continue
			}
			switch {
			case c >= e.j && t.is(c, "nmod", "obl") && t.dep(c, "case") >= 0:
				moved = true
				if p := e.i - 1; p >= t.from && t.noun(p) && p != top && t.under(p, top) {
					t.head[c], t.rel[c] = p, "nmod"
				} else {
					t.head[c] = top
					if t.verb(top) {
						t.rel[c] = "obl"
					} else {
						t.rel[c] = "nmod"
					}
				}
			case c >= e.j && c < top && t.is(c, "appos", "nmod") && t.dep(c, "case") < 0 && t.noun(c) && t.verb(top) && t.dep(top, "nsubj", "nsubj:pass") < 0:
				// "On Monday the company's founder signed": the noun
				// after a fronted date with no comma is the verb's subject
				t.head[c], t.rel[c] = top, "nsubj"
				moved = true
			case c < e.i && t.is(c, "compound", "nmod:poss") && d.mentionAt(si, c) != nil && t.verb(top) && t.dep(top, "obj") < 0 && c > top:
				t.head[c], t.rel[c] = top, "obj"
				for k := t.from; k < c; k++ {
					if t.head[k] == h && t.is(k, "case") {
						// "flew to X yesterday": the preposition is the name's
						t.head[k], t.rel[c] = c, "obl"
					}
				}
				moved = true
			}
		}
	}
	return moved
}

// presenceAdjs state that one is, or is to be, somewhere: "is due in X",
// "is expected in X".
var presenceAdjs = set("due", "expected")

// presentFor says whether the phrase pn ("for talks with Z") hangs on h,
// a predicate that puts its subject somewhere: "X is due in Y for talks",
// "X is expected in Y for talks", "X was in Y for talks" (the place the
// predicate of the copula). Being there for talks with Z is meeting Z;
// "X was asked for talks" is not.
func (d *doc) presentFor(si int, t *tree, pn, h int) bool {
	if h < 0 || t.prep(pn) != "for" || !t.is(pn, "obl", "nmod") {
		return false
	}
	if presenceAdjs[t.lw[h]] && (t.tag[h] == "JJ" || t.tag[h] == "VBN") {
		if t.dep(h, "nsubj", "nsubj:pass") < 0 {
			return false
		}
		for _, o := range t.deps(h, "obl") {
			if p := t.prep(o); (p == "in" || p == "at") && len(d.placesUnder(si, t, o)) > 0 {
				return true
			}
		}
		return hasDep(t, h, "here")
	}
	if t.dep(h, "cop") < 0 || t.dep(h, "nsubj") < 0 || t.prep(h) != "in" && t.prep(h) != "at" {
		return false
	}
	m := d.mentionAt(si, h)
	return m != nil && m.ent >= 0 && d.isPlace(m.ent)
}

// briefVerbs tell one informing another; a meeting only as the purpose
// of coming to them (briefTrip).
var briefVerbs = set("brief")

// briefTrip says whether "to brief X" at v is why its subject travelled
// or was somewhere: "flew to Paris to brief X", "was in London to brief
// X". Briefing told alone may be by telephone or in a note, and
// "briefed reporters" is a press briefing.
func (d *doc) briefTrip(si int, t *tree, v int) bool {
	if !hasMark(t, v, "to") || !t.is(v, "advcl", "acl", "xcomp") {
		return false
	}
	h := t.head[v]
	if h < 0 {
		return false
	}
	if t.verb(h) && (visitVerbs[t.lw[h]] || motionVerbs[t.lw[h]]) {
		return true
	}
	if t.dep(h, "cop") >= 0 && (t.prep(h) == "in" || t.prep(h) == "at") {
		m := d.mentionAt(si, h)
		return m != nil && m.ent >= 0 && d.isPlace(m.ent)
	}
	return false
}

// betweenMarks mends "talks between A and B will be held" read with
// "between" as a conjunction opening a clause and A as the verb's
// subject: "between" is a preposition, and its phrase belongs to the
// noun right before it.
func (t *tree) betweenMarks() bool {
	changed := false
	for k := 1; k+1 < len(t.lw); k++ {
		if t.lw[k] != "between" || t.rel[k] != "mark" || !t.noun(k-1) {
			continue
		}
		v := t.head[k]
		n := -1
		for j := k + 1; j < len(t.lw) && j < v; j++ {
			if t.head[j] == v && t.noun(j) {
				n = j
				break
			}
		}
		if n < 0 || !t.is(n, "nsubj", "obj", "obl") || t.under(k-1, n) {
			continue
		}
		t.head[k], t.rel[k] = n, "case"
		t.head[n], t.rel[n] = k-1, "nmod"
		changed = true
	}
	return changed
}

// betweenConjuncts mends "talks between the A government and the B
// front" read with B listed with "talks" (or with what "talks" hangs
// on): a "between" phrase holds two sides, so a nominal joined by "and"
// right after a one-member "between" phrase is its second member. It
// reports whether any head changed.
func (t *tree) betweenConjuncts() bool {
	changed := false
	for c := 1; c < len(t.lw); c++ {
		cc := t.dep(c, "cc")
		if !t.is(c, "conj") || !t.noun(c) || cc < 0 || t.lw[cc] != "and" || t.prep(c) != "" {
			continue
		}
		for h := t.head[c]; h >= 0 && h < c; h = t.head[h] {
			n := -1
			for _, k := range t.kids[h] {
				if k < c && t.is(k, "nmod", "obl") && t.prep(k) == "between" && len(t.conjuncts(k)) == 1 && lastOf(t, k)+1 == firstOf(t, c) {
					n = k
				}
			}
			if n >= 0 {
				t.head[c] = n
				changed = true
				break
			}
			if !t.is(h, "nmod", "obj", "obl", "conj", "acl") {
				break
			}
		}
	}
	return changed
}

// betweenSubjects mends "a meeting between A and B took place" read with
// B the subject of "took", listed with "meeting": the "between" phrase
// holds both sides, and the event noun is the verb's subject. It reports
// whether any head changed.
func (t *tree) betweenSubjects() bool {
	changed := false
	for n := 1; n < len(t.lw); n++ {
		e := t.head[n]
		if e < 0 || !t.is(n, "nmod", "obl") || t.prep(n) != "between" || len(t.conjuncts(n)) != 1 || !t.noun(e) {
			continue
		}
		and := lastOf(t, n) + 1
		if and+1 >= len(t.lw) || t.lw[and] != "and" {
			continue
		}
		v := t.head[and]
		s := t.dep(v, "nsubj")
		if v < 0 || !t.verb(v) || s < 0 || firstOf(t, s) != and+1 || t.head[v] != e || !t.is(v, "conj", "acl", "acl:relcl") {
			continue
		}
		t.head[s], t.rel[s] = n, "conj"
		t.head[and], t.rel[and] = s, "cc"
		t.head[v], t.rel[v] = t.head[e], t.rel[e]
		t.head[e], t.rel[e] = v, "nsubj"
		changed = true
	}
	return changed
}

// personRelatives mends "the ministers of A and B, who met in X" read
// with the clause on B: "who" tells of people, so a clause it opens that
// hangs on a place belongs to the people the place's phrase is of (the
// noun the list of places hangs on). It reports whether any head changed.
func (d *doc) personRelatives(si int, t *tree) bool {
	changed := false
	for v := range t.head {
		h := t.head[v]
		if h < 0 || !t.is(v, "acl:relcl") || !hasDep(t, v, "who") {
			continue
		}
		m := d.mentionAt(si, h)
		if m == nil || m.ent < 0 || !d.isPlace(m.ent) {
			continue
		}
		a := h
		for t.is(a, "conj") && t.head[a] >= 0 {
			a = t.head[a]
		}
		g := t.head[a]
		if g < 0 || !t.is(a, "nmod") || !t.noun(g) || d.mentionAt(si, g) != nil || !(groupNouns[t.lw[g]] || lowerTitles[strings.TrimSuffix(t.lw[g], "s")]) {
			continue
		}
		t.head[v] = g
		changed = true
	}
	return changed
}

// chairNouns name the chair of a session: "under the chairmanship of X".
var chairNouns = set("chairmanship", "presidency")

// chairOf is who chairs the session verb v tells, by "under the
// chairmanship of X" hung on the verb or on a phrase of it ("met in
// emergency session under the chairmanship of X"); nil when none.
func (d *doc) chairOf(si int, t *tree, v int) []int {
	var cands []int
	for _, o := range t.deps(v, "obl") {
		cands = append(cands, o)
		cands = append(cands, t.deps(o, "nmod")...)
	}
	for _, c := range cands {
		if !chairNouns[t.lw[c]] || t.prep(c) != "under" {
			continue
		}
		var out []int
		for _, n := range t.deps(c, "nmod") {
			if t.prep(n) == "of" {
				for _, e := range d.group(si, t, n) {
					if d.ents[e].typ == newsgraph.Person {
						out = append(out, e)
					}
				}
			}
		}
		if len(out) == 0 {
			// "of COUNTRY's Trade and Industry Minister, NAME" with the
			// name set off after the title however the parser hung it
			for k := c + 1; k+1 < len(t.lw) && k <= c+14 && !t.verb(k); k++ {
				if t.lw[k] == "," {
					if m := d.mentionAt(si, k+1); m != nil && m.i == k+1 && m.ent >= 0 && d.ents[m.ent].typ == newsgraph.Person {
						out = append(out, m.ent)
					}
					break
				}
			}
		}
		return out
	}
	return nil
}

// mealGuests are the people a meal or reception n is given for: "a
// reception for X", "a dinner in honour of X", "a lunch hosted by Y for
// X" (the for-phrase hung on the participle or on the host's name),
// "held a dinner in honour of X" (hung on the verb). Only people: "a
// dinner for 200 guests" names none.
func (d *doc) mealGuests(si int, t *tree, n int) []int {
	var out []int
	take := func(k int) {
		for _, e := range d.group(si, t, k) {
			if d.ents[e].typ == newsgraph.Person {
				out = append(out, e)
			}
		}
	}
	var look func(h int, depth int)
	look = func(h int, depth int) {
		for _, k := range t.kids[h] {
			switch p := t.prep(k); {
			case t.is(k, "nmod", "obl") && (p == "for" || p == "in honour of" || p == "in honor of"):
				take(k)
			case t.is(k, "nmod", "obl") && p == "in" && (t.lw[k] == "honour" || t.lw[k] == "honor"):
				for _, o := range t.deps(k, "nmod") {
					if t.prep(o) == "of" {
						take(o)
					}
				}
			case depth == 0 && t.is(k, "acl") && (strings.HasPrefix(t.lw[k], "host") || heldBy[t.lw[k]] || t.lw[k] == "given"):
				look(k, 1)
			case depth == 1 && (t.is(k, "obl:agent") || t.prep(k) == "by"):
				look(k, 2) // "hosted by Y for X" with X hung on Y
			}
		}
	}
	look(n, 0)
	if h := t.head[n]; h >= 0 && t.is(n, "obj") && t.verb(h) && lightVerbs[t.lw[h]] {
		look(h, 1) // "held a dinner in honour of X"
	}
	if h := t.head[n]; h >= 0 && t.prep(n) == "for" && t.verb(h) && joinVerbs[t.lw[h]] {
		// "A and B joined X for a working dinner": whom they joined sat
		// at it with them
		for _, o := range t.deps(h, "obj") {
			take(o)
		}
	}
	if h := t.head[n]; h >= 0 && t.prep(n) == "at" && mealGuestNouns[t.lw[h]] && t.dep(h, "cop") >= 0 {
		// "Y was X's guest at a lunch": the guest and the one whose
		// guest they were
		for _, k := range t.deps(h, "nsubj", "nmod:poss") {
			take(k)
		}
	}
	return uniq(out)
}

// mealGuestNouns are what one is at a meal another gives: "was X's guest
// at a lunch".
var mealGuestNouns = set("guest", "guests")

// tradeGerunds name a trade before the noun of a firm in it: "a shipping
// group", "the mining company".
var tradeGerunds = set("shipping", "mining", "trading", "banking", "publishing", "engineering", "building", "retailing",
	"brewing", "catering", "accounting", "consulting", "advertising", "broadcasting", "insurance", "packaging")

// firstOf is the first word of the phrase headed by h.
func firstOf(t *tree, h int) int {
	first := h
	for _, k := range t.kids[h] {
		if f := firstOf(t, k); f < first {
			first = f
		}
	}
	return first
}

// lastOf is the last word of the phrase headed by h.
func lastOf(t *tree, h int) int {
	last := h
	for _, k := range t.kids[h] {
		if l := lastOf(t, k); l > last {
			last = l
		}
	}
	return last
}

// crowdNouns refer back to the sides of a meeting by their number: "the
// three leaders", "the four countries".
var crowdNouns = set("leaders", "ministers", "men", "women", "countries", "nations", "sides", "presidents", "premiers",
	"governments", "parties", "firms", "companies", "heads")

// collectiveCounts are nouns of a set number of sides: "the pair", "the trio".
var collectiveCounts = map[string]int{"pair": 2, "duo": 2, "trio": 3, "threesome": 3, "quartet": 4, "foursome": 4}

// personPlurals name people by what they are: "the two men", "both chiefs".
var personPlurals = set("men", "women", "leaders", "heads", "chiefs", "bosses", "executives", "envoys", "negotiators", "officials")

// allyNouns name countries by their bond: "the two neighbours".
var allyNouns = set("neighbours", "neighbors", "allies", "partners", "powers", "economies")

// pluralKind is the kind of side a definite plural noun h names, by its
// word: countries ("the two governments", "both neighbours"), firms
// ("the two carriers", "the three automakers", "both exchanges" of
// names ending so), any side ("the two sides", "the trio"). ok is false
// for a plural of people or things.
func (d *doc) pluralKind(t *tree, h int) (typ newsgraph.EntityType, ok bool) {
	w := t.lw[h]
	one := strings.TrimSuffix(w, "s")
	if y, cut := strings.CutSuffix(w, "ies"); cut {
		one = y + "y"
	}
	switch {
	case collectiveCounts[w] > 0:
		return "", true
	case firmPairs[w] || rivalNouns[w] || t.tag[h] == "NNS" && (firmKind(w) || oneFirmNouns[one] || firmNouns[one] || makerNouns[w]) || d.namesKindPlural(t, h):
		return newsgraph.Organization, true
	case allyNouns[w] && t.tag[h] == "NNS":
		return newsgraph.GPE, true
	case t.tag[h] == "NNS" && (lowerTitles[one] || personPlurals[w]):
		return newsgraph.Person, true // "the two heads of state", "both ministers"
	}
	typ, ok = pairNouns[w]
	return typ, ok
}

// pluralSides reads a definite plural counted by a number ("the three
// firms", "both automakers", "the trio") as the sides of its kind the
// story told before it: the last list of as many named together, in the
// sentence or the two before; else, for firms and countries, all the
// story has named so far when they are exactly as many.
func (d *doc) pluralSides(si int, t *tree, h int) []int {
	n := collectiveCounts[t.lw[h]]
	for _, k := range t.kids[h] {
		if c := sidesCount(t.lw[k]); c > 0 && k < h && t.is(k, "nummod", "det", "amod", "advmod", "nmod") {
			n = c
		}
	}
	if n == 0 && h > 0 && sidesCount(t.lw[h-1]) > 0 {
		n = sidesCount(t.lw[h-1]) // "the two carriers" with the number hung elsewhere
	}
	if n < 2 || h > 0 && t.lw[h-1] != "the" && t.lw[h-1] != "both" && t.lw[h-1] != "all" && (h < 2 || t.lw[h-2] != "the" && t.lw[h-2] != "all") {
		return nil // "two firms signed": new ones, not the story's
	}
	kind, ok := d.pluralKind(t, h)
	if !ok {
		return nil
	}
	fits := func(e int) bool {
		switch typ := d.ents[e].typ; {
		case d.newsMedium(e):
			return false
		case kind == newsgraph.GPE:
			return typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[e].name)
		case kind != "":
			return typ == kind
		default:
			return typ == newsgraph.Organization || typ == newsgraph.Person || typ == newsgraph.GPE && d.x.gz.isCountry(d.ents[e].name)
		}
	}
	// the last list of n names of the kind, joined by commas and "and"
	for s := si; s >= 0 && s >= si-2 && d.stories[s] == d.stories[si]; s-- {
		toks := d.sents[s].tokens
		var best, run []int
		end := -1
		var ms []mention
		for _, mi := range d.bySent[s] {
			if m := d.mentions[mi]; m.kind == named && m.ent >= 0 && m.i >= 0 && !(s == si && m.i >= h) {
				ms = append(ms, m)
			}
		}
		// "ministers A of X, B of Y and C of Z": a person's country is how
		// the person is named, no break in the list
		ms = d.withoutOrigins(toks, ms)
		for _, m := range ms {
			joined := end >= 0 && m.i > end && m.i-end <= 2
			for k := end; joined && k < m.i; k++ {
				joined = toks[k].text == "," || toks[k].text == "and" || toks[k].text == "&"
			}
			if !joined {
				run = nil
			}
			if fits(m.ent) {
				run = append(run, m.ent)
			} else {
				run = nil
			}
			end = m.j
			if r := uniq(run); len(r) == n {
				best = r
			}
		}
		if len(best) == n {
			return best
		}
	}
	if kind == newsgraph.Person {
		// "After the talks, the two heads of state signed": the people
		// of the latest meeting the story told with that many
		for i := len(d.events) - 1; i >= 0; i-- {
			if e := d.events[i]; e.typ == newsgraph.Meeting && e.story == d.stories[si] && len(e.sources) > 0 && e.sources[0] <= si && len(e.people) == n {
				if !slices.ContainsFunc(e.people, func(p int) bool { return d.ents[p].typ != newsgraph.Person }) {
					return e.people
				}
			}
		}
		return nil
	}
	if kind == "" {
		return nil
	}
	var told []int
	for s := si; s >= 0 && d.stories[s] == d.stories[si]; s-- {
		for _, mi := range d.bySent[s] {
			if m := d.mentions[mi]; m.kind == named && m.ent >= 0 && !(s == si && m.i >= h) && fits(m.ent) {
				told = append(told, m.ent)
			}
		}
	}
	if told = uniq(told); len(told) == n {
		return told
	}
	return nil
}

// ofGroup says whether plural noun h is narrowed by an "of" phrase to a
// group of its own ("the two leaders of the opposition", "the two sides
// of the debate"), not the sides the story named; "heads of state" and
// "ministers of government" are titles.
func ofGroup(t *tree, h int) bool {
	for _, k := range t.deps(h, "nmod") {
		if k > h && t.prep(k) == "of" && !officeOf[t.lw[k]] {
			return true
		}
	}
	return false
}

// officeOf are the nouns an office's "of" phrase names ("heads of state").
var officeOf = set("state", "states", "government", "governments")

// sidesCount is the number a word counts sides by: "both", "two" to "six".
func sidesCount(w string) int {
	if w == "both" {
		return 2
	}
	if n := numberWords[w]; n >= 2 && !isDigits(w) {
		return n
	}
	return 0
}

// groupCount is the number a definite plural noun h is counted by ("the
// three leaders", "all four sides"), or 0.
func groupCount(t *tree, h int) int {
	// read off the words: the parser may hang the article elsewhere
	nums := map[string]int{"three": 3, "four": 4, "five": 5, "six": 6}
	if h < 2 {
		return 0
	}
	n, ok := nums[t.lw[h-1]]
	if !ok || t.lw[h-2] != "the" && t.lw[h-2] != "all" {
		return 0
	}
	return n
}

// hostedParticiples mends "told Y at a lunch hosted by Z" read with the
// participle hung on the verb as a clause of its own: a participle right
// after a gathering's noun, with a by-phrase and no subject, describes
// that noun.
func (t *tree) hostedParticiples() bool {
	changed := false
	for i := 1; i < len(t.lw); i++ {
		w := t.lw[i]
		if w != "hosted" && w != "held" && w != "given" || t.tag[i] != "VBN" || !meetNouns[t.lw[i-1]] || !t.noun(i-1) || t.head[i] == i-1 {
			continue
		}
		// ("at a lunch hosted by Z" read with the noun as the
		// participle's subject: its preposition says it is no subject)
		inverted := t.head[i-1] == i && t.is(i-1, "nsubj") && t.prep(i-1) != "" && t.head[i] >= 0
		if !inverted && (t.dep(i, "nsubj", "nsubj:pass", "aux", "aux:pass") >= 0 || t.under(i-1, i)) {
			continue
		}
		by := false
		for _, o := range t.deps(i, "obl", "obl:agent") {
			by = by || t.is(o, "obl:agent") || t.prep(o) == "by"
		}
		if !by {
			continue
		}
		if inverted {
			t.head[i-1], t.rel[i-1] = t.head[i], "obl"
		}
		t.head[i], t.rel[i] = i-1, "acl"
		changed = true
	}
	return changed
}

// copulaRelative mends a relative clause of a copula ("X, who is in Hanoi
// this week,", "who was in Lagos on Monday") that the parser, given the
// clause alone in tokens [w, end), hung on its relative word w, with the
// predicate as that word's subject: the predicate heads the clause and the
// relative word is its subject. It returns the clause's head.
func copulaRelative(t *tree, w, end, root int) int {
	if root != w || t.tag[w] != "WP" {
		return root
	}
	for p := w + 1; p < end; p++ {
		if t.head[p] != w || !strings.HasPrefix(t.rel[p], "nsubj") {
			continue
		}
		cop := false
		for c := w + 1; c < p; c++ {
			cop = cop || t.head[c] == p && t.rel[c] == "cop"
		}
		if !cop {
			return root
		}
		for k := w + 1; k < end; k++ {
			if t.head[k] == w {
				t.head[k] = p
			}
		}
		t.head[p], t.rel[p] = t.head[w], t.rel[w]
		t.head[w], t.rel[w] = p, "nsubj"
		return p
	}
	return root
}

// byAgent says whether noun n has a by-phrase naming who acts ("the sale
// by X"), not a time ("by June").
func byAgent(t *tree, n int) bool {
	for _, k := range t.deps(n, "nmod") {
		if t.prep(k) == "by" && !(k+1 < len(t.lw) && isNumber(t.lw[k+1])) && t.noun(k) && !spanNames[t.lw[k]] && months[t.lw[k]] == 0 && !isWeekday(t.lw[k]) {
			return true
		}
	}
	return false
}

// partingVerbs end a tie two sides had: "agreed to part ways", "agreed
// to end his contract", "agreed to terminate the deal".
var partingVerbs = set("part", "end", "terminate", "cancel", "rescind", "dissolve", "split", "separate")

// partingAct says whether agreement verb v ("agreed") is agreed to part
// or to end a tie: "X and Y agreed to part ways (company)", "the club
// and its coach agreed to end his contract". Two sides agree on it, the
// player and his club or the chief and his firm among them.
func partingAct(t *tree, v int) bool {
	for _, x := range t.deps(v, "xcomp") {
		if !partingVerbs[t.lw[x]] {
			continue
		}
		if t.lw[x] == "part" || t.lw[x] == "split" || t.lw[x] == "separate" {
			return true
		}
		for _, o := range t.deps(x, "obj") {
			if tieNouns[t.lw[o]] {
				return true
			}
		}
	}
	// "agreed to part ways" read with "part" a noun after "to"
	for _, o := range t.deps(v, "obl") {
		if t.lw[o] == "part" && t.prep(o) == "to" && o+1 < len(t.lw) && (t.lw[o+1] == "ways" || t.lw[o+1] == "company") {
			return true
		}
	}
	return false
}

// tieNouns are the ties a parting ends: "his contract", "their partnership".
var tieNouns = set("contract", "deal", "agreement", "employment", "partnership", "relationship", "association", "ties", "loan", "sponsorship")

// ownPacts are the agreement nouns a state's possessive makes its own made
// pact ("X's 1985 accord"); a "deal" or "contract" of a state is as often
// one it seeks or a firm holds.
var ownPacts = set("agreement", "agreements", "accord", "accords", "pact", "pacts", "treaty")

// debtWords tell an agreement noun a debtor's pact with its lenders, who
// news most often leaves unnamed ("debt package", "rescheduling accord").
var debtWords = set("debt", "rescheduling", "restructuring", "refinancing")

// lenders are the sides a debtor's pact is with when news leaves them
// unnamed ("its creditor banks", "commercial lenders").
var lenders = set("banks", "creditors", "lenders", "bondholders", "committee")

// debtPact says whether agreement noun n is told as a debt pact.
func debtPact(t *tree, n int) bool {
	if debtWords[t.lw[n]] {
		return true
	}
	for _, k := range t.deps(n, "compound", "amod") {
		if debtWords[t.lw[k]] {
			return true
		}
	}
	return false
}

// ownedPact says whether agreement noun n of sentence si, held by its
// possessive, is the made pact of e, a country or a body of states, with
// a side the text does not name: "X's new rescheduling accord", "its 1985
// debt agreement", "X's debt package last May". Not a pact still proposed,
// drafted or possible, nor one where the sentence names another country
// or body that could be the other side.
func (d *doc) ownedPact(si int, t *tree, n, e int) bool {
	if t.dep(n, "nmod:poss") < 0 || t.negatedAt(n) || hasDep(t, n, "any") {
		return false
	}
	w := t.lw[n]
	if !ownPacts[w] && !(w == "package" && debtPact(t, n)) {
		return false
	}
	if unmadeBefore(t, n) {
		return false
	}
	for _, k := range t.deps(n, "nmod") {
		if p := t.prep(k); p == "with" && lenders[t.lw[k]] && d.mentionAt(si, k) == nil {
			continue // "X's agreement with its creditor banks": a side left unnamed
		} else if p == "with" || p == "between" || p == "among" || p == "by" {
			return false // a side told
		}
	}
	if !d.ownState(e) {
		return false
	}
	return d.loneSide(si, t, e)
}

// ownState says whether entity e can hold a pact of its own with sides
// left unnamed: a country, its capital standing for its government, or a
// body of states.
func (d *doc) ownState(e int) bool {
	x := d.ents[e]
	switch x.typ {
	case newsgraph.GPE:
		if d.x.gz.isCountry(x.name) {
			return true
		}
		c := d.x.gz.countryOf(x.name)
		return c != "" && c != x.name && d.x.gz.capital[c] == x.name
	case newsgraph.Organization:
		return statesBody(x)
	}
	return false
}

// loneSide says whether sentence si names no country or body besides e
// that could be the other side of e's pact: another state or body is
// named only as the holder of a pact of its own ("A's new pact ... while
// B's new pact").
func (d *doc) loneSide(si int, t *tree, e int) bool {
	for _, mi := range d.bySent[si] {
		m := d.mentions[mi]
		if m.kind != named || m.ent < 0 || m.ent == e || m.i < 0 {
			continue
		}
		x := d.ents[m.ent]
		if x.typ != newsgraph.GPE && x.typ != newsgraph.Organization || sameState(x.name, d.ents[e].name) || d.x.gz.countryOf(x.name) == d.ents[e].name {
			continue
		}
		if x.typ == newsgraph.GPE && !d.ownState(m.ent) {
			continue // a town named for where, not who
		}
		if d.newsOutlet(m.ent) {
			continue
		}
		own := false
		for k := m.i; k < m.j && k < len(t.lw); k++ {
			if h := t.head[k]; t.is(k, "nmod:poss") && h >= 0 && (agreeNouns[t.lw[h]] || ownPacts[t.lw[h]]) {
				own = true
			}
		}
		if !own {
			return false
		}
	}
	return true
}

// madeDebtPact says whether debt pact noun n is told as made: signed,
// agreed or announced ("the accord, announced on Friday"), or definite
// and not told as still to come ("The debt accord stretched ...").
func madeDebtPact(t *tree, n int) bool {
	if madeBefore(t, n) {
		return true
	}
	for _, a := range t.deps(n, "acl") {
		if strings.HasPrefix(t.lw[a], "announc") && (t.tag[a] == "VBN" || t.tag[a] == "VBD") && t.dep(a, "aux", "aux:pass", "mark") < 0 && !t.negatedAt(a) {
			return true
		}
	}
	if unmadeBefore(t, n) {
		return false
	}
	// ("the" hung on the first compound, as the parser often has it)
	return t.is(n, "nsubj") && slices.ContainsFunc(append([]int{n}, t.deps(n, "compound", "amod")...), func(k int) bool { return hasDep(t, k, "the") })
}

// debtor is the one country sentence si names, or else the one country
// its story has named up to it (a capital standing for its state), or -1:
// the debtor of a debt pact told with no side.
func (d *doc) debtor(si int, t *tree) int {
	one := func(s int) (int, int) {
		found, n := -1, 0
		for _, mi := range d.bySent[s] {
			m := d.mentions[mi]
			if m.kind != named || m.ent < 0 {
				continue
			}
			x := d.ents[m.ent]
			if x.typ == newsgraph.Organization && !d.newsOutlet(m.ent) {
				return -1, 2 // a bank or body named may be the other side
			}
			if x.typ != newsgraph.GPE || !d.ownState(m.ent) {
				continue
			}
			e := d.stateOf(m.ent)
			if e != found {
				found, n = e, n+1
			}
		}
		return found, n
	}
	if e, n := one(si); n == 1 {
		return e
	} else if n > 1 {
		return -1
	}
	found := -1
	for s := si - 1; s >= 0 && d.stories[s] == d.stories[si]; s-- {
		e, n := one(s)
		if n > 1 || n == 1 && found >= 0 && e != found {
			return -1
		}
		if n == 1 {
			found = e
		}
	}
	return found
}

// stateOf is the country a capital stands for ("Manila's new pact" is the
// Philippines'), or e itself.
func (d *doc) stateOf(e int) int {
	x := d.ents[e]
	if x.typ != newsgraph.GPE || d.x.gz.isCountry(x.name) {
		return e
	}
	c := d.x.gz.countryOf(x.name)
	if c == "" || c == x.name || d.x.gz.capital[c] != x.name {
		return e
	}
	if ei := d.entByName(c); ei >= 0 {
		return ei
	}
	return d.implied(c, newsgraph.GPE)
}

// unmadeBefore says whether a word of agreement noun n's phrase before it
// tells it not made: "X's proposed debt accord", "a possible new pact",
// "its draft agreement" (the parser hangs such words on the noun or on a
// compound).
func unmadeBefore(t *tree, n int) bool {
	for k := n - 1; k >= 0 && k >= n-6; k-- {
		if h := t.head[k]; h <= k || h > n {
			break // the phrase's words before the noun hang on a word after them
		}
		if lk := t.lw[k]; plannedGov[lk] && lk != "next" || uncertainGov[lk] || lk == "draft" || lk == "future" || lk == "tentative" || lk == "outline" {
			return true
		}
	}
	return false
}
