package ner

// node is one labelling step kept in the beam: the label given to the
// token, the node it extends, and the labelling's summed score.
type node struct {
	from   int // index in the previous step, -1 at the first token
	label  int
	p1, p2 int // this label and the one before it, for history features
	score  float32
	gold   bool // the labelling so far is the gold one (training only)
}

// beamSearch labels sentence s keeping the width best partial labellings
// under BIOES constraints, scoring a labelling as the sum of its tokens'
// scores: the structured perceptron of Collins (2002) with a beam. Unlike
// greedy decoding, a later token can overturn an early choice (B-PER on
// "Trump" before "’s").
//
// When gold is given (training), the search stops as soon as the gold
// labelling falls out of the beam (early update, Collins and Roark 2004)
// and returns the best labelling of the tokens seen so far.
func (ws *weights) beamSearch(df *docFeatures, s, width int, gold []int) []int {
	n := len(df.feats[s])
	if n == 0 {
		return []int{}
	}
	steps := make([][]node, 0, n)
	slab := make([]node, 0, n*width) // every step's nodes, in one allocation
	prev := []node{{from: -1, p1: -1, p2: -1, gold: true}}
	var dyn []uint64
	var cands []node
	for i := 0; i < n; i++ {
		var static [nLabels]float32
		for _, f := range df.feats[s][i] {
			ws.addRow(&static, f)
		}
		cands = cands[:0]
		for b, st := range prev {
			scores := static
			dyn = dynamicFeatures(dyn[:0], df, s, i, st.p1, st.p2)
			for _, f := range dyn {
				ws.addRow(&scores, f)
			}
			for k := 0; k < nLabels; k++ {
				if !allowed(st.p1, k) || (i == n-1 && !canEnd(k)) {
					continue
				}
				from := b
				if i == 0 {
					from = -1
				}
				cands = append(cands, node{from: from, label: k, p1: k, p2: st.p1,
					score: st.score + scores[k], gold: gold != nil && st.gold && gold[i] == k})
			}
		}
		slab = topNodes(slab, cands, width)
		cur := slab[len(slab)-min(width, len(cands)):]
		steps = append(steps, cur)
		prev = cur
		if gold != nil {
			alive := false
			for _, c := range cur {
				alive = alive || c.gold
			}
			if !alive {
				break
			}
		}
	}
	// Walk back from the best final node.
	out := make([]int, len(steps))
	b := 0
	for i := len(steps) - 1; i >= 0; i-- {
		nd := steps[i][b]
		out[i] = nd.label
		b = nd.from
	}
	return out
}

// topNodes appends the width best candidates to out, best first; of equal
// scores the earlier candidate wins, so results do not depend on sort
// internals. A selection is cheaper than sorting: width is small.
func topNodes(out, cands []node, width int) []node {
	if width > len(cands) {
		width = len(cands)
	}
	want := len(out) + width
	var taken [4 * nLabels * 4]bool
	used := taken[:0]
	if len(cands) <= len(taken) {
		used = taken[:len(cands)]
	} else {
		used = make([]bool, len(cands))
	}
	for len(out) < want {
		best := -1
		for i := range cands {
			if !used[i] && (best < 0 || cands[i].score > cands[best].score) {
				best = i
			}
		}
		used[best] = true
		out = append(out, cands[best])
	}
	return out
}
