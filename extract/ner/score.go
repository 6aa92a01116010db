package ner

import "fmt"

// Score counts exact entity matches of one type, as conlleval does.
type Score struct {
	Gold, Predicted, Correct int
}

// Precision is the share of predicted entities that are right.
func (s Score) Precision() float64 { return ratio(s.Correct, s.Predicted) }

// Recall is the share of gold entities found.
func (s Score) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s Score) String() string {
	return fmt.Sprintf("P %5.2f R %5.2f F1 %5.2f (gold %d, predicted %d, correct %d)",
		100*s.Precision(), 100*s.Recall(), 100*s.F1(), s.Gold, s.Predicted, s.Correct)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores are conlleval-style scores per type, over PER, LOC and ORG together
// (newsgraph's measure) and over all four types.
type Scores struct {
	ByType  map[string]Score
	Overall Score // PER, LOC, ORG
	All     Score // PER, LOC, ORG, MISC
}

// Add scores one sentence's predicted IOB tags against its gold tags (IOB1
// or IOB2).
func (sc *Scores) Add(gold, pred []string) {
	if sc.ByType == nil {
		sc.ByType = map[string]Score{}
	}
	g := entitiesOf(ToIOB2(gold))
	p := entitiesOf(ToIOB2(pred))
	type key struct {
		start, end int
		typ        string
	}
	gs := map[key]bool{}
	for _, e := range g {
		gs[key{e.start, e.end, e.typ}] = true
	}
	bump := func(typ string, f func(*Score)) {
		s := sc.ByType[typ]
		f(&s)
		sc.ByType[typ] = s
		if typ != "MISC" {
			f(&sc.Overall)
		}
		f(&sc.All)
	}
	for _, e := range g {
		bump(e.typ, func(s *Score) { s.Gold++ })
	}
	for _, e := range p {
		bump(e.typ, func(s *Score) { s.Predicted++ })
		if gs[key{e.start, e.end, e.typ}] {
			bump(e.typ, func(s *Score) { s.Correct++ })
		}
	}
}

// Evaluate tags every document with m and scores it against the gold tags.
func Evaluate(m *Model, docs []Document) Scores {
	var sc Scores
	for _, d := range docs {
		pred := m.Tag(tokensOf(d))
		for i, s := range d.Sentences {
			if s.Tags != nil {
				sc.Add(s.Tags, pred[i])
			}
		}
	}
	return sc
}
