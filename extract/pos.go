package extract

import (
	"strings"

	prose "github.com/jdkato/prose/v2"
)

// posTagger tags our own tokens with prose's averaged-perceptron tagger. The
// model is loaded once; prose's own tokenizer runs over our tokens joined by
// spaces, and its tags are mapped back by character offset.
type posTagger struct {
	model *prose.Model
}

func newPOSTagger() *posTagger {
	return &posTagger{model: prose.ModelFromData("newsgraph")}
}

var asciiQuotes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", "\"", "\u201d", "\"", "\u2014", "-", "\u2013", "-")

func (p *posTagger) tag(toks []token) {
	if len(toks) == 0 {
		return
	}
	var b strings.Builder
	starts := make([]int, len(toks))
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(asciiQuotes.Replace(t.text))
	}
	joined := b.String()
	doc, err := prose.NewDocument(joined, prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(p.model))
	if err != nil {
		return
	}
	ptoks := doc.Tokens()
	pos := 0 // cursor in joined
	k := 0   // our token
	for _, pt := range ptoks {
		at := strings.Index(joined[pos:], pt.Text)
		if at < 0 {
			continue
		}
		at += pos
		pos = at + len(pt.Text)
		for k+1 < len(toks) && starts[k+1] <= at {
			k++
		}
		if toks[k].pos == "" {
			toks[k].pos = pt.Tag
		}
	}
}
