package extract

import "testing"

// TestSurnameMonthBeforeSaying: a month after a given name and before a
// verb of saying is a surname even where the tagger, swayed by the rest of
// the story, read no person there; "in May said" stays a month.
func TestSurnameMonthBeforeSaying(t *testing.T) {
	r := &recognizer{}
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"Edith", "May", "said"}, true},
		{[]string{"Nora", "March", "told"}, true},
		{[]string{"in", "May", "said"}, false},
		{[]string{"Edith", "May", "5"}, false},
	} {
		var toks []token
		for _, w := range c.words {
			toks = append(toks, token{text: w})
		}
		if got := r.surnameMonth(0, toks, 1); got != c.want {
			t.Errorf("%v: surname %v, want %v", c.words, got, c.want)
		}
	}
}
