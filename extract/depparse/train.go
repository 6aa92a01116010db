package depparse

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
)

// TrainOptions tunes training. The zero value is not useful: start from
// DefaultTrainOptions.
type TrainOptions struct {
	Iterations int       // passes over the sentences
	ActBits    uint      // log2 of the rows of the action table
	LabBits    uint      // log2 of the rows of the relation table
	Explore    int       // passes that follow the oracle only; later passes follow the model
	ExploreP   float64   // after Explore passes, how often the model's own (possibly wrong) action is followed
	Seed       uint64    // shuffling and exploration; the same seed gives the same weights
	Mix        int       // models trained with seeds Seed, Seed+k, ... whose weights are summed (0 or 1: one)
	Log        io.Writer // per-pass progress, nil for none
	Clusters   *Clusters // word classes (BuildClusters), nil for none
	TagIters   int       // passes of the parser's own tagger; 0: no tagger, the given tags are parsed as they are
	TagBits    uint      // log2 of the rows of the tagger's table
	TagFolds   int       // the parser trains on tags from taggers trained without the sentence's fold
	// TagExtra are further sentences for the tagger alone, in every fold:
	// news with gold Penn tags, which EWT (web text) has too little of to
	// teach the tagger capitalised title and name runs.
	TagExtra []TaggedSentence
}

// TaggedSentence is a sentence for the parser's tagger only: its words, the
// tags the caller gives at run time (prose's) and the gold Penn tags (EWT's
// tag set: "-LRB-", "“", "HYPH").
type TaggedSentence struct {
	Words, Tags, Gold []string
}

// DefaultTrainOptions are the settings the shipped weights are trained with.
// The parser's own tagger is off (TagIters 0). Set TagIters 8 to train it:
// with news for it (TagExtra; `make parser` passes 3,000 CoNLL-2003
// sentences) it is worth 1.1 points of UAS and 1.4 of LAS on EWT (trained
// on one split, tested on the other) and tags 95 % of CoNLL-2003's news
// words as CoNLL does (prose: 90.7 %). Mix 3 (three models summed) is
// worth 0.7 points of UAS and 0.9 of LAS more alone, 0.4 and 0.7 on top of
// the tagger, at no cost in parsing speed (the weight file grows from 4.9
// to 6.3 MB). Both are off because the event frames, written over the
// parses of these weights, lose recall with any retrained parser. Measured
// at bddb09e: Mix 3 with the tagger (UAS 0.7895/0.7827, LAS 0.7352/0.7273
// trained on dev/test) drops dev meetings 0.787 to 0.738 and visits 0.818
// to 0.682 and a seed meeting date; Mix 3 alone (0.7813/0.7733,
// 0.7236/0.7144) keeps the seeds, costs one dev meeting's precision and
// six wording cases, four of them where its parse is the wrong one.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Iterations: 15, ActBits: 20, LabBits: 18, Explore: 1, ExploreP: 0.9, Seed: 1, TagIters: 0, TagBits: 18, TagFolds: 5}
}

// example is one training sentence in parser positions (1..n).
type example struct {
	words, tags []string
	used        []string // the tags the parser is trained on: tags, or jackknifed retagged ones
	gold        []int    // gold head per position (n+1: the root), gold[0] unused
	rels        []int    // gold relation index per position
	goldTags    []string
}

// trainModel is the trainer's view of the weights: dense float tables.
type trainModel struct {
	labels  []string
	root    int
	actBits uint
	labBits uint
	act     []float32 // numActions << actBits
	lab     []float32 // len(labels) << labBits
}

func (m *trainModel) scoreActions(feats []uint64, out *[numActions]float32) {
	var s0, s1, s2, s3 float32
	for _, f := range feats {
		r := bucket(f, m.actBits) * numActions
		row := m.act[r : r+numActions : r+numActions]
		s0 += row[0]
		s1 += row[1]
		s2 += row[2]
		s3 += row[3]
	}
	out[0], out[1], out[2], out[3] = s0, s1, s2, s3
}

func (m *trainModel) scoreLabels(feats []uint64, out []float32) {
	L := len(m.labels)
	clear(out)
	for _, f := range feats {
		r := bucket(f, m.labBits) * L
		for i, v := range m.lab[r : r+L] {
			out[i] += v
		}
	}
}

// avgTable keeps the running sums for averaging one weight table
// (Daumé's lazy trick: a weight's sum is brought up to date only when the
// weight changes).
type avgTable struct {
	w   []float32
	tot []float64
	ts  []int32
}

func newAvgTable(w []float32) *avgTable {
	return &avgTable{w: w, tot: make([]float64, len(w)), ts: make([]int32, len(w))}
}

func (t *avgTable) add(i int, v float32, now int32) {
	t.tot[i] += float64(now-t.ts[i]) * float64(t.w[i])
	t.ts[i] = now
	t.w[i] += v
}

func (t *avgTable) average(now int32) {
	for i := range t.w {
		t.tot[i] += float64(now-t.ts[i]) * float64(t.w[i])
		t.w[i] = float32(t.tot[i] / float64(now))
	}
}

// Train trains a parser on sentences with their gold heads and relations;
// tags[i] are the Penn tags of sentence i's words as the tagger predicts
// them (the parser sees predicted tags at run time too). Training is
// deterministic: the same input and options give the same weights.
func Train(sents []Sentence, tags [][]string, opts TrainOptions) (*Parser, error) {
	if len(tags) != len(sents) {
		return nil, fmt.Errorf("depparse: train: %d tag lists for %d sentences", len(tags), len(sents))
	}
	labelSet := map[string]bool{"root": true}
	for _, s := range sents {
		for _, w := range s.Words {
			labelSet[w.Rel] = true
		}
	}
	labels := make([]string, 0, len(labelSet))
	for l := range labelSet {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	if len(labels) > 64 {
		return nil, fmt.Errorf("depparse: train: %d relations, at most 64", len(labels))
	}
	index := map[string]int{}
	for i, l := range labels {
		index[l] = i
	}
	var exs []example
	for i, s := range sents {
		n := len(s.Words)
		if n == 0 {
			continue
		}
		ex := example{words: s.Forms(), tags: tags[i], gold: make([]int, n+1), rels: make([]int, n+1), goldTags: make([]string, n)}
		ok := true
		for j, w := range s.Words {
			if w.Head < 0 || len(tags[i]) != n {
				ok = false
				break
			}
			ex.gold[j+1] = w.Head
			if w.Head == 0 {
				ex.gold[j+1] = n + 1 // the root's place in the buffer
			}
			ex.rels[j+1] = index[w.Rel]
			ex.goldTags[j] = w.XPOS
		}
		if ok {
			exs = append(exs, ex)
		}
	}
	var tagger *tagModel
	for i := range exs {
		exs[i].used = exs[i].tags
	}
	if opts.TagIters > 0 {
		tagger = jackknife(exs, opts)
	}
	m := trainPasses(exs, labels, opts, opts.Seed)
	// Models trained on other orders of the sentences are summed into it:
	// the scores are linear in the weights, so the sum scores as the
	// ensemble of the models would, at the cost of one.
	for r := 1; r < opts.Mix; r++ {
		o := trainPasses(exs, labels, opts, opts.Seed+uint64(r)*0x9E3779B9)
		for i, v := range o.act {
			m.act[i] += v
		}
		for i, v := range o.lab {
			m.lab[i] += v
		}
	}
	qm := quantize(labels, m.actBits, m.labBits, m.act, m.lab)
	qm.clusters = opts.Clusters
	qm.tagger = tagger
	return newParser(qm), nil
}

// Evaluate parses the sentences with the given tags and scores them against
// their gold heads and relations.
func (p *Parser) Evaluate(sents []Sentence, tags [][]string) Score {
	var sc Score
	for i, s := range sents {
		pred := p.ParseSentence(s, tags[i])
		sc.Add(s, pred)
	}
	return sc
}

// ParseSentence returns a copy of s with the tags the parser used as XPOS
// (the given ones, or its own tagger's when the weights have one) and the
// predicted heads and relations; the other columns are kept.
func (p *Parser) ParseSentence(s Sentence, tags []string) Sentence {
	heads, rels, used := p.parse(s.Forms(), tags, true)
	out := s
	out.Words = slices.Clone(s.Words)
	for i := range out.Words {
		out.Words[i].XPOS = used[i]
		out.Words[i].Head = heads[i] + 1
		out.Words[i].Rel = rels[i]
	}
	return out
}

// setTags puts the tags the parser reads in place of the given ones.
func setTags(wf *wordFeats, tags []string) {
	for i, t := range tags {
		j := i + 2
		wf.p[j] = fnv(t)
		wf.wp[j] = mix(wf.w[j], wf.p[j])
	}
}

// jackknife trains the parser's tagger on the examples' gold tags (words
// and given tags as features) and sets each example's used tags to those of
// a tagger trained on the other folds; it returns the tagger trained on all.
func jackknife(exs []example, opts TrainOptions) *tagModel {
	set := map[string]bool{}
	for _, ex := range exs {
		for _, t := range ex.goldTags {
			set[t] = true
		}
	}
	for _, ex := range opts.TagExtra {
		for _, t := range ex.Gold {
			set[t] = true
		}
	}
	tags := make([]string, 0, len(set))
	for t := range set {
		tags = append(tags, t)
	}
	slices.Sort(tags)
	index := map[string]int{}
	for i, t := range tags {
		index[t] = i
	}
	wfs := make([]*wordFeats, len(exs))
	gold := make([][]int, len(exs))
	for i, ex := range exs {
		wfs[i] = &wordFeats{}
		wfs[i].reset(ex.words, ex.tags, opts.Clusters, true)
		gold[i] = make([]int, len(ex.goldTags))
		for j, t := range ex.goldTags {
			gold[i][j] = index[t]
		}
	}
	var extraW []*wordFeats
	var extraG [][]int
	for _, ex := range opts.TagExtra {
		if len(ex.Words) == 0 || len(ex.Tags) != len(ex.Words) || len(ex.Gold) != len(ex.Words) {
			continue
		}
		wf := &wordFeats{}
		wf.reset(ex.Words, ex.Tags, opts.Clusters, true)
		g := make([]int, len(ex.Gold))
		for j, t := range ex.Gold {
			g[j] = index[t]
		}
		extraW, extraG = append(extraW, wf), append(extraG, g)
	}
	feats := make([]uint64, numTagFeats)
	K := max(opts.TagFolds, 2)
	for k := 0; k < K; k++ {
		trw := slices.Clone(extraW)
		trg := slices.Clone(extraG)
		for i := range exs {
			if i%K != k {
				trw, trg = append(trw, wfs[i]), append(trg, gold[i])
			}
		}
		t := trainTagger(trw, trg, tags, opts.TagBits, opts.TagIters, opts.Seed+uint64(k))
		for i := k; i < len(exs); i += K {
			n := len(exs[i].words)
			idx := make([]int, n)
			var wf wordFeats
			wf.reset(exs[i].words, exs[i].tags, opts.Clusters, true)
			t.retag(&wf, n, feats, idx)
			used := make([]string, n)
			for j, x := range idx {
				used[j] = tags[x]
			}
			exs[i].used = used
		}
	}
	return trainTagger(append(slices.Clone(extraW), wfs...), append(slices.Clone(extraG), gold...), tags, opts.TagBits, opts.TagIters, opts.Seed)
}

// trainPasses runs the training passes over the examples with the given
// seed and returns the averaged weights.
func trainPasses(exs []example, labels []string, opts TrainOptions, seed uint64) *trainModel {
	m := &trainModel{labels: labels, root: indexOf(labels, "root"), actBits: opts.ActBits, labBits: opts.LabBits}
	m.act = make([]float32, numActions<<m.actBits)
	m.lab = make([]float32, len(labels)<<m.labBits)
	act, lab := newAvgTable(m.act), newAvgTable(m.lab)
	rng := rand.New(rand.NewPCG(seed, 0x6465707061727365))
	sc := newScratch(len(labels))
	var now int32
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	L := len(labels)
	for it := 0; it < opts.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := it >= opts.Explore
		wrong, total := 0, 0
		for _, ei := range order {
			ex := &exs[ei]
			n := len(ex.words)
			sc.wf.reset(ex.words, ex.tags, opts.Clusters, false)
			setTags(&sc.wf, ex.used)
			st := &sc.st
			st.reset(n)
			inStack := make([]bool, n+1)
			inStack[0] = true
			var scores [numActions]float32
			var costs [numActions]int
			for !st.done() {
				now++
				actionFeatures(st, &sc.wf, sc.feats[:])
				m.scoreActions(sc.feats[:], &scores)
				st.costs(ex.gold, inStack, &costs)
				pred, best, minc := -1, -1, int(^uint(0)>>1)
				for a := 0; a < numActions; a++ {
					if costs[a] < 0 {
						continue
					}
					if pred < 0 || scores[a] > scores[pred] {
						pred = a
					}
					if costs[a] < minc {
						minc = costs[a]
					}
				}
				for a := 0; a < numActions; a++ {
					if costs[a] == minc && (best < 0 || scores[a] > scores[best]) {
						best = a
					}
				}
				total++
				if costs[pred] > minc {
					wrong++
					for _, f := range sc.feats {
						row := bucket(f, m.actBits) * numActions
						act.add(row+best, 1, now)
						act.add(row+pred, -1, now)
					}
				}
				next := best
				if explore && rng.Float64() < opts.ExploreP {
					next = pred
				}
				// Relations are learnt on the arcs the oracle would build.
				goldLabel := none
				if h, d, ok := arcOf(st, best); ok && h != 0 && ex.gold[d] == h {
					labelFeatures(st, &sc.wf, h, d, sc.lfeats[:])
					m.scoreLabels(sc.lfeats[:], sc.lscore)
					pl := -1
					for l, v := range sc.lscore {
						if l != m.root && (pl < 0 || v > sc.lscore[pl]) {
							pl = l
						}
					}
					if gl := ex.rels[d]; pl != gl {
						for _, f := range sc.lfeats {
							row := bucket(f, m.labBits) * L
							lab.add(row+gl, 1, now)
							lab.add(row+pl, -1, now)
						}
					}
					goldLabel = ex.rels[d]
				}
				l := none
				if h, d, ok := arcOf(st, next); ok {
					switch {
					case h == 0:
						l = m.root
					case next == best && goldLabel != none && !explore:
						l = goldLabel
					default:
						l = arcLabel(m, m.root, sc, h, d)
					}
				}
				switch next {
				case shift, rightArc:
					inStack[st.b] = true
				case reduce, leftArc:
					inStack[st.top()] = false
				}
				st.apply(next, l)
			}
		}
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, "pass %d: %d/%d transitions off the oracle (%.3f)\n", it+1, wrong, total, float64(wrong)/float64(max(total, 1)))
		}
	}
	if now > 0 {
		act.average(now)
		lab.average(now)
	}
	return m
}
