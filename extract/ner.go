package extract

import (
	"sync"

	"github.com/newsgraph/newsgraph/extract/ner"
)

// loadNER returns the averaged-perceptron model trained on CoNLL-2003, which
// types the names no table or pattern explains. The model is decoded on the
// first Tag, not here: a process that only queries or exports never pays
// for it.
func loadNER() (tagger, error) {
	return &lazyNER{}, nil
}

// lazyNER decodes the embedded model on first use. The model is embedded and
// checked against the feature code by ner's tests, so a decoding error is a
// broken build, not bad input: it panics with the reason.
type lazyNER struct {
	once sync.Once
	m    *ner.Model
}

func (l *lazyNER) Tag(sentences [][]string) [][]string {
	l.once.Do(func() {
		m, err := ner.Load()
		if err != nil {
			panic("extract: ner model: " + err.Error())
		}
		l.m = m
	})
	return l.m.Tag(sentences)
}
