package extract

import "github.com/newsgraph/newsgraph/extract/ner"

// loadNER loads the averaged-perceptron model trained on CoNLL-2003, which
// types the names no table or pattern explains.
func loadNER() (tagger, error) {
	m, err := ner.Load()
	if err != nil {
		return nil, err
	}
	return m, nil
}
