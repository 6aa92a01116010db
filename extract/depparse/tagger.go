package depparse

import (
	"strings"

	prose "github.com/jdkato/prose/v2"
)

// Tagger gives Penn Treebank tags to words that are already tokenised, with
// prose's averaged-perceptron tagger: the tags the parser is trained on and
// sees at run time. It is safe for concurrent use.
type Tagger struct {
	model *prose.Model
}

// NewTagger builds prose's tagging model once (about a second).
func NewTagger() *Tagger {
	return &Tagger{model: prose.ModelFromData("depparse")}
}

var asciiQuotes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", "\"", "\u201d", "\"", "\u2014", "-", "\u2013", "-")

// Tag returns one tag per word. prose tokenises the words joined by spaces;
// where it splits a word further, the word takes the tag of its first piece.
// A word prose drops (it drops nothing printable in practice) is tagged NN.
func (t *Tagger) Tag(words []string) []string {
	tags := make([]string, len(words))
	if len(words) == 0 {
		return tags
	}
	var b strings.Builder
	starts := make([]int, len(words))
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		w = asciiQuotes.Replace(w)
		if strings.TrimSpace(w) == "" {
			w = "_"
		}
		// prose would split on inner spaces; a word is one token here.
		b.WriteString(strings.ReplaceAll(w, " ", "_"))
	}
	joined := b.String()
	doc, err := prose.NewDocument(joined, prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(t.model))
	if err == nil {
		pos, k := 0, 0
		for _, pt := range doc.Tokens() {
			at := strings.Index(joined[pos:], pt.Text)
			if at < 0 {
				continue
			}
			at += pos
			pos = at + len(pt.Text)
			for k+1 < len(words) && starts[k+1] <= at {
				k++
			}
			if tags[k] == "" {
				tags[k] = pt.Tag
			}
		}
	}
	for i := range tags {
		if tags[i] == "" {
			tags[i] = "NN"
		}
	}
	return tags
}
