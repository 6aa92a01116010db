package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// stayPurposes open what a stay set off after a name is for: "X, in
// Lisbon for talks,", "X, in Oslo to attend ...", "X, in Brussels on a
// tour of Europe,", "X, in Paris ahead of the summit,".
var stayPurposes = set("for", "to", "on", "ahead", "at", "attending", "during")

// setOffStay is the person, the subject of its clause, named right before the ", in PLACE" or ",
// who is in PLACE" that ends with the place mention m: a stay set off
// in apposition ("X, in Lisbon for talks with Y, said"), which the parser
// reads as a list or hangs on "who".
// The person is there on a visit when a purpose follows the place, or
// when an office of another country says the person came; -1 otherwise.
func (d *doc) setOffStay(si int, t *tree, m mention) int {
	toks := d.sents[si].tokens
	if m.i < 3 || !strings.EqualFold(toks[m.i-1].text, "in") {
		return -1
	}
	k := m.i - 2 // the comma, or the verb of "X, who is in Lisbon"
	switch {
	case toks[k].text == ",":
	case beForms[strings.ToLower(toks[k].text)]:
		k--
		if k >= 0 && (strings.EqualFold(toks[k].text, "has") || strings.EqualFold(toks[k].text, "had")) {
			k--
		}
		if k < 1 || !strings.EqualFold(toks[k].text, "who") || toks[k-1].text != "," {
			return -1
		}
		k--
	default:
		return -1
	}
	pm := d.mentionEndingAt(si, k-1)
	if pm == nil || pm.ent < 0 || d.ents[pm.ent].typ != newsgraph.Person {
		return -1
	}
	// the subject the phrase describes, not an object it places ("hoped
	// to meet his counterpart, X, in Warsaw" is where they meet)
	if pm.i != t.from && !t.is(pm.j-1, "nsubj", "nsubj:pass") {
		return -1
	}
	purpose := m.j < len(toks) && stayPurposes[strings.ToLower(toks[m.j].text)]
	if d.domestic(pm.ent, m.ent) || !purpose && !d.foreignTo([]int{pm.ent}, m.ent) {
		return -1
	}
	return pm.ent
}

// setOffIn says whether token k is the "in" of a stay set off after a
// name (", in Lisbon"): such a sentence is worth parsing.
func setOffIn(toks []token, k int) bool {
	return k >= 2 && strings.EqualFold(toks[k].text, "in") && toks[k-1].text == "," && toks[k-2].isCap() && k+1 < len(toks) && toks[k+1].isCap()
}

// setOffPhrase says whether the phrase headed by n opens right after a
// comma ("X, on a visit to Y, said"): set off in apposition, though the
// parser joined it to the name as a conjunct.
func setOffPhrase(t *tree, n int) bool {
	first := n
	for _, c := range t.kids[n] {
		if !t.is(c, "punct") {
			first = min(first, c)
		}
	}
	return first > 0 && t.lw[first-1] == ","
}
