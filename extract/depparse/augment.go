package depparse

import (
	"math/rand/v2"
	"slices"
)

// titles are the words news puts before a person's name. EWT is web text
// and has few of them ("President Bush" a dozen times), so the parser would
// not learn that "Chancellor Markus Feld" is one noun phrase headed by the
// name; WithTitles teaches it on copies of EWT sentences.
var titles = [][]string{
	{"President"}, {"Chancellor"}, {"Senator"}, {"Governor"}, {"General"}, {"Mr."}, {"Mrs."}, {"Dr."},
	{"Secretary"}, {"Ambassador"}, {"Chairman"}, {"Judge"}, {"King"}, {"Minister"}, {"Premier"},
	{"Prime", "Minister"}, {"Foreign", "Minister"}, {"Vice", "President"}, {"Finance", "Minister"},
	{"Defence", "Secretary"}, {"Chief", "Executive"},
}

// titleMods are the relations of a title's first word when the title has
// two: "Prime" and "Foreign" are adjectives in EWT, "Finance" a compound.
var titleMods = map[string]string{"Prime": "amod", "Foreign": "amod", "Vice": "amod", "Finance": "compound", "Defence": "compound", "Chief": "amod"}

// WithTitles returns copies of the sentences that name someone with a
// multi-word name (a proper noun with a flat dependent, not already after
// a title), each with a title put before the name as UD annotates it: the
// title is nmod:desc of the name's head. The copies are meant to be added to
// the training sentences; the choice of sentences and titles is a fixed
// function of seed.
func WithTitles(sents []Sentence, seed uint64) []Sentence {
	rng := rand.New(rand.NewPCG(seed, 0x7469746c))
	var out []Sentence
	for _, s := range sents {
		pos := -1
		for i, w := range s.Words {
			if w.XPOS != "NNP" || w.Head < 0 || i > 0 && (s.Words[i-1].XPOS == "NNP" || s.Words[i-1].XPOS == "NNPS") {
				continue
			}
			switch w.Rel {
			case "nsubj", "obj", "obl", "nmod", "iobj", "conj", "appos", "nsubj:pass", "root", "obl:agent":
			default:
				continue
			}
			flat, desc := false, false
			for _, d := range s.Words {
				if d.Head == i+1 {
					flat = flat || d.Rel == "flat" && d.ID > i+1
					desc = desc || d.Rel == "nmod:desc"
				}
			}
			if flat && !desc {
				pos = i
				break
			}
		}
		if pos < 0 {
			continue
		}
		title := titles[rng.IntN(len(titles))]
		out = append(out, insertTitle(s, pos, title))
	}
	return out
}

// insertTitle puts title before word pos (0-based) and renumbers the heads.
func insertTitle(s Sentence, pos int, title []string) Sentence {
	k := len(title)
	name := pos + 1 + k // the name's new 1-based id
	words := make([]Word, 0, len(s.Words)+k)
	shift := func(h int) int {
		if h > pos {
			return h + k
		}
		return h
	}
	for i, w := range s.Words {
		if i == pos {
			for j, t := range title {
				tw := Word{Form: t, Lemma: t, UPOS: "PROPN", XPOS: "NNP", Feats: "_", Deps: "_", Misc: "_"}
				if j == k-1 {
					tw.Head, tw.Rel = name, "nmod:desc"
				} else {
					tw.Head, tw.Rel = pos+1+k-1, titleMods[t]
					if tw.Rel == "amod" {
						tw.UPOS, tw.XPOS = "ADJ", "JJ"
					}
				}
				words = append(words, tw)
			}
		}
		w.Head = shift(w.Head)
		words = append(words, w)
	}
	for i := range words {
		words[i].ID = i + 1
	}
	return Sentence{Comments: slices.Clone(s.Comments), Words: words}
}
