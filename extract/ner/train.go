package ner

import (
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"time"
	"unicode"
	"unicode/utf8"
)

// TrainOptions fixes everything training depends on, so that the same data
// and options give the same model bit for bit.
type TrainOptions struct {
	Iterations int        // passes over the data; default 12
	Beam       int        // beam width in training and tagging; default 4
	Folds      int        // jackknife folds for gazetteer and second-pass features; default 5
	Seed       uint64     // shuffling seed
	SecondPass bool       // train the document-consistency second pass
	TitleCase  int        // every TitleCase-th sentence is also added in Title Case; 0 for none
	Dev        []Document // scored after each pass when not nil, for tuning only
	Log        io.Writer  // progress; nil for none
}

func (o *TrainOptions) defaults() {
	if o.Iterations <= 0 {
		o.Iterations = 12
	}
	if o.Beam <= 0 {
		o.Beam = 4
	}
	if o.Folds <= 1 {
		o.Folds = 5
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// trainer is an averaged perceptron being trained. Averaging is lazy: u
// accumulates step*delta, and the average is w - u/step.
type trainer struct {
	index map[uint64]int32
	w     []float32
	u     []float64
	step  float64
}

func newTrainer() *trainer { return &trainer{index: map[uint64]int32{}} }

func (t *trainer) weights() *weights { return &weights{index: t.index, w: t.w} }

func (t *trainer) row(f uint64) int {
	r, ok := t.index[f]
	if !ok {
		r = int32(len(t.index))
		t.index[f] = r
		t.w = append(t.w, make([]float32, nLabels)...)
		t.u = append(t.u, make([]float64, nLabels)...)
	}
	return int(r) * nLabels
}

// averaged returns the averaged weights, dropping rows that average to zero.
func (t *trainer) averaged() weights {
	var ws weights
	keys := sortedKeys(t.index)
	for _, k := range keys {
		r := int(t.index[k]) * nLabels
		var row [nLabels]float32
		nz := false
		for j := 0; j < nLabels; j++ {
			v := float64(t.w[r+j]) - t.u[r+j]/t.step
			row[j] = float32(v)
			if v > 1e-3 || v < -1e-3 {
				nz = true
			}
		}
		if !nz {
			continue
		}
		ws.keys = append(ws.keys, k)
		ws.w = append(ws.w, row[:]...)
	}
	ws.index = make(map[uint64]int32, len(ws.keys))
	for r, k := range ws.keys {
		ws.index[k] = int32(r)
	}
	return ws
}

func sortedKeys(m map[uint64]int32) []uint64 {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

// example is one featurised training document with its gold labels.
type example struct {
	df   *docFeatures
	gold [][]int
}

// epoch runs one pass of beam search with structured-perceptron updates
// over the examples in the given order.
func (t *trainer) epoch(exs []example, order []int, width int) (errors, sentences int) {
	ws := t.weights()
	for _, e := range order {
		ex := exs[e]
		for s, gold := range ex.gold {
			t.step++
			ws.w = t.w
			pred := ws.beamSearch(ex.df, s, width, gold)
			sentences++
			if equalLabels(pred, gold[:len(pred)]) {
				continue
			}
			errors++
			t.updatePath(ex.df, s, gold[:len(pred)], 1)
			t.updatePath(ex.df, s, pred, -1)
		}
	}
	return errors, sentences
}

func equalLabels(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// updatePath adds delta to the weights of every feature along a labelling
// (a prefix of sentence s).
func (t *trainer) updatePath(df *docFeatures, s int, labels []int, delta float32) {
	var feats []uint64
	p1, p2 := -1, -1
	for i, l := range labels {
		feats = append(feats[:0], df.feats[s][i]...)
		feats = dynamicFeatures(feats, df, s, i, p1, p2)
		for _, f := range feats {
			r := t.row(f)
			t.w[r+l] += delta
			t.u[r+l] += float64(delta) * t.step
		}
		p2, p1 = p1, l
	}
}

func (t *trainer) train(exs []example, iters, width int, seed uint64, log io.Writer, afterEpoch func(it int)) {
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	for it := 0; it < iters; it++ {
		rng := rand.New(rand.NewPCG(seed, uint64(it)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		start := time.Now()
		errs, toks := t.epoch(exs, order, width)
		fmt.Fprintf(log, "  pass %d: %d/%d sentence errors, %d features, %.1fs\n", it+1, errs, toks, len(t.index), time.Since(start).Seconds())
		if afterEpoch != nil {
			afterEpoch(it)
		}
	}
}

// Train trains a model on labelled documents.
func Train(docs []Document, opt TrainOptions) (*Model, error) {
	opt.defaults()
	if len(docs) == 0 {
		return nil, fmt.Errorf("ner: no training documents")
	}
	// The gazetteer a document sees in training is built from the other
	// folds only; otherwise every training entity would be in it and the
	// model would learn to trust it blindly.
	full := newGazetteer()
	foldGaz := make([]*gazetteer, opt.Folds)
	for k := range foldGaz {
		foldGaz[k] = newGazetteer()
	}
	for i, d := range docs {
		full.addDocument(d)
		for k := range foldGaz {
			if i%opt.Folds != k {
				foldGaz[k].addDocument(d)
			}
		}
	}
	if opt.TitleCase > 0 {
		docs = withTitleCase(docs, opt.TitleCase)
	}
	exs := make([]example, len(docs))
	for i, d := range docs {
		fz := featurizer{gaz: foldGaz[i%opt.Folds]}
		exs[i] = example{df: fz.document(tokensOf(d), nil), gold: goldOf(d)}
	}
	m := &Model{fz: featurizer{gaz: full}, beam: opt.Beam}
	fmt.Fprintf(opt.Log, "first pass: %d documents\n", len(docs))
	t := newTrainer()
	t.train(exs, opt.Iterations, opt.Beam, opt.Seed, opt.Log, func(it int) {
		if opt.Dev != nil && (it+1)%3 == 0 || opt.Dev != nil && it+1 == opt.Iterations {
			m.first = t.averaged()
			sc := Evaluate(m, opt.Dev)
			fmt.Fprintf(opt.Log, "  dev after pass %d: %s\n", it+1, sc.Overall)
		}
	})
	m.first = t.averaged()
	if !opt.SecondPass {
		return m, nil
	}
	// Second pass: its document votes on training data come from first-pass
	// models that did not see that document (jackknife), so that they are as
	// noisy as at run time.
	stacked := make([]example, len(docs))
	for k := 0; k < opt.Folds; k++ {
		fmt.Fprintf(opt.Log, "jackknife fold %d/%d\n", k+1, opt.Folds)
		var in []example
		for i := range exs {
			if i%opt.Folds != k {
				in = append(in, exs[i])
			}
		}
		jt := newTrainer()
		jt.train(in, opt.Iterations, opt.Beam, opt.Seed+uint64(k)+1, io.Discard, nil)
		jw := jt.averaged()
		for i, d := range docs {
			if i%opt.Folds != k {
				continue
			}
			labels := make([][]int, len(exs[i].gold))
			for s := range labels {
				labels[s] = jw.beamSearch(exs[i].df, s, opt.Beam, nil)
			}
			fz := featurizer{gaz: foldGaz[k]}
			stacked[i] = example{df: fz.document(tokensOf(d), documentVotes(exs[i].df, labels)), gold: exs[i].gold}
		}
	}
	fmt.Fprintf(opt.Log, "second pass\n")
	t2 := newTrainer()
	t2.train(stacked, opt.Iterations, opt.Beam, opt.Seed+100, opt.Log, func(it int) {
		if opt.Dev != nil && (it+1)%3 == 0 || opt.Dev != nil && it+1 == opt.Iterations {
			m.second = t2.averaged()
			sc := Evaluate(m, opt.Dev)
			fmt.Fprintf(opt.Log, "  dev after pass %d: %s\n", it+1, sc.Overall)
		}
	})
	m.second = t2.averaged()
	return m, nil
}

func tokensOf(d Document) [][]string {
	out := make([][]string, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = s.Tokens
	}
	return out
}

func goldOf(d Document) [][]int {
	out := make([][]int, len(d.Sentences))
	for i, s := range d.Sentences {
		tags := s.Tags
		if tags == nil {
			tags = make([]string, len(s.Tokens))
			for j := range tags {
				tags[j] = "O"
			}
		}
		out[i] = bioesFromIOB2(tags)
	}
	return out
}

// withTitleCase returns docs where every nth sentence of ordinary case is
// followed by a Title Case copy with the same tags. Reuters writes its
// headlines in capitals; web news writes headlines and section titles in
// Title Case ("Main Points of the Tour"), which a model that has never seen
// them reads as organisation names.
func withTitleCase(docs []Document, n int) []Document {
	out := make([]Document, len(docs))
	k := 0
	for i, d := range docs {
		var sents []Sentence
		for _, s := range d.Sentences {
			sents = append(sents, s)
			if len(s.Tokens) < 3 || s.Tags == nil {
				continue
			}
			k++
			if k%n != 0 {
				continue
			}
			toks := make([]string, len(s.Tokens))
			for j, w := range s.Tokens {
				toks[j] = titleWord(w, j == 0)
			}
			sents = append(sents, Sentence{Tokens: toks, Tags: s.Tags})
		}
		out[i] = Document{Sentences: sents}
	}
	return out
}

// minorWords stay lower case inside a Title Case headline.
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "by": true,
	"with": true, "from": true, "as": true, "vs": true, "via": true,
}

func titleWord(w string, first bool) string {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) || (!first && minorWords[w]) {
		return w
	}
	return string(unicode.ToUpper(r)) + w[size:]
}
