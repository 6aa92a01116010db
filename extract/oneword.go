package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// oneWordType types an entity named by one untitled word, which neither a
// table nor the words beside one mention typed, from what the story says
// of it across all its mentions: "Velmora said it", "Velmora said three
// of its officers" speak of a firm; "Tovala, 36," and "she rang Tovala" of
// a person. Cues of both kinds, or none, leave it as it was.
func (d *doc) oneWordType(e *entity) {
	if e.strong || len(e.tokens) != 1 || len(e.mentions) == 0 || e.typ != newsgraph.Other && e.typ != newsgraph.Person {
		return
	}
	if _, _, ok := d.x.gz.place(e.name); ok || d.x.gz.demonym[key(e.name)] != "" {
		return
	}
	// "the Bank said it": a body's head noun stands for a body the story
	// named in full, and is no name of its own
	if orgHeads[e.name] || facilityHeads[e.name] || locationHeads[e.name] || titleHeads[e.name] {
		return
	}
	if t := d.x.pos.lexicon()[strings.ToLower(e.name)]; t != "" && !strings.HasPrefix(t, "NNP") {
		return
	}
	// "Latin officials" where the story names Latin America: the word of
	// a place's name stands for the place
	for _, f := range d.ents {
		if len(f.mentions) > 0 && len(f.tokens) >= 2 && (f.typ == newsgraph.GPE || f.typ == newsgraph.Location) && slices.Contains(f.tokens, e.tokens[0]) {
			return
		}
	}
	firm, person := 0, 0
	for _, mi := range e.mentions {
		m := d.mentions[mi]
		if d.sents[m.sent].heading {
			continue
		}
		toks := d.sents[m.sent].tokens
		switch saysPronoun(toks, m.j) {
		case "it", "its":
			firm++
		case "he", "she", "his", "her":
			person++
		}
		// "met with X" of one the recogniser already reads as a person
		// ("she told X" is as often a broadcaster told)
		if e.typ == newsgraph.Person && m.i > 1 && !toks[m.i].isAllCaps() && toks[m.i-1].text == "with" && meetVerbs[toks[m.i-2].text] {
			person++
		}
		if firmCue(toks, m.j) || m.j < len(toks) && bodyPeople[toks[m.j].text] && toks[m.i].pos == "NNP" || d.dealtWithFirm(m) {
			firm++
		}
		// (an acronym is no given name, and "married PR executive X" marries X)
		if !toks[m.i].isAllCaps() && (ageAfter(toks, m.j) || m.i > 0 && personObjectVerbs[toks[m.i-1].text] && !(m.j < len(toks) && strings.HasPrefix(toks[m.j].pos, "NN"))) {
			person++
		}
	}
	switch {
	case firm > 0 && person == 0:
		e.typ, e.unsure = newsgraph.Organization, false
	case person > 0 && firm == 0:
		e.typ, e.unsure = newsgraph.Person, false
	}
}

// saysPronoun is the first pronoun after a verb of saying at k, where
// nothing named comes before it ("said it would", "said three of its
// officers", "says he"), or "".
func saysPronoun(toks []token, k int) string {
	if k >= len(toks) || !saysVerbs[toks[k].text] || toks[k].text == "told" {
		return ""
	}
	for q := k + 1; q < len(toks) && q <= k+5; q++ {
		w := toks[q].text
		switch strings.ToLower(w) {
		case "its", "he", "she", "his", "her":
			return strings.ToLower(w)
		case "it":
			// "said it would be possible", "said it was time": the "it"
			// of a clause about nothing
			if expletiveIt(toks, q+1) {
				return ""
			}
			return "it"
		case "they", "their", "we", "our", "i", "you", "that", ",", ".", ";", ":":
			return ""
		}
		if toks[q].isCap() || toks[q].text == "\"" || toks[q].text == "\u201c" {
			return ""
		}
	}
	return ""
}

// ageAfter says whether the words at k are an age in commas: "Tovala, 36,".
func ageAfter(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k].text != "," || toks[k+2].text != "," {
		return false
	}
	w := toks[k+1].text
	if len(w) > 3 || !isNumber(w) {
		return false
	}
	n := 0
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
	}
	return n >= 1 && n <= 120
}

// bodyPeople are those a body, and never a person, has: "Velmora
// officials".
var bodyPeople = set("officials", "executives", "directors")

// personObjectVerbs take a person as their object and never a firm:
// "she rang Tovala".
var personObjectVerbs = set("rang", "phoned", "texted", "emailed", "hugged", "kissed", "married", "divorced")

// expletiveIt says whether the words at k, after "it", are a copula
// ("it is", "it would still be"), which an "it" about nothing takes as
// often as a firm does.
func expletiveIt(toks []token, k int) bool {
	for ; k < len(toks); k++ {
		switch toks[k].text {
		case "is", "was", "'s", "be", "been":
			return true
		case "would", "will", "could", "might", "may", "should", "has", "had", "have", "still", "also", "not", "now":
			continue
		}
		return false
	}
	return false
}

// dealtWithFirm says whether one-word name m makes a deal with a firm the
// recogniser knows, as wire copy pairs firms: "X and battery maker Y
// reached a deal", "X signed a letter of intent with Y" — the name that
// deals with a firm is a firm. Only a sentence's own words are read.
func (d *doc) dealtWithFirm(m mention) bool {
	toks := d.sents[m.sent].tokens
	firmAt := func(k int) bool {
		for _, mi := range d.bySent[m.sent] {
			if o := d.mentions[mi]; o.i == k && o.typ == newsgraph.Organization && o.j-o.i >= 1 {
				return true
			}
		}
		return false
	}
	deal := false // an agreement word in the sentence after the name
	for k := m.j; k < len(toks) && k < m.j+12; k++ {
		w := strings.ToLower(toks[k].text)
		deal = deal || agreeVerbs[w] || agreeNouns[w] && w != "letter" || ventureWords[w] || w == "intent"
	}
	if !deal {
		return false
	}
	if m.j < len(toks) && toks[m.j].text == "and" {
		// past a firm's description: "and Korean battery maker Y"
		for k := m.j + 1; k < len(toks) && k <= m.j+5; k++ {
			if firmAt(k) {
				return true
			}
			if !isLowerWord(toks[k].text) && d.x.gz.demonym[key(toks[k].text)] == "" && toks[k].pos != "JJ" || groupDeterminers[toks[k].text] {
				return false // (not "X and the EU's deal": a firm's description has no article)
			}
		}
		return false
	}
	if m.j < len(toks) && (agreeVerbs[strings.ToLower(toks[m.j].text)] || strings.HasPrefix(toks[m.j].pos, "VB")) {
		// "X signed a deal with Y", "X clinched a deal with Y"
		for k := m.j + 1; k+1 < len(toks) && k < m.j+10; k++ {
			if strings.EqualFold(toks[k].text, "with") && firmAt(k+1) {
				return true
			}
		}
	}
	return false
}
