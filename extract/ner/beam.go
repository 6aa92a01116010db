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
	var cands []node
	var hist historyRows
	for i := 0; i < n; i++ {
		var static [nLabels]float32
		ws.addRows(&static, df.feats[s][i])
		hist.next()
		cands = cands[:0]
		for b, st := range prev {
			scores := hist.scores(ws, &static, df, s, i, st.p1, st.p2)
			ok := &allowedAfter[st.p1+1]
			for k := 0; k < nLabels; k++ {
				if !ok[k] || (i == n-1 && !endsOK[k]) {
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

// historyRows keeps the rows of the history features (dynamicFeatures) of
// one sentence, so that each is looked up once per sentence and label pair
// or once per token and previous label instead of once per beam node:
// pair[(p2+1)*nHist+p1+1] is the row of the feature of the two previous
// labels, prev[p1+1] the rows of the others at the current token (0: not
// looked up yet, -1: no row, else row+1).
type historyRows struct {
	pair [nHist * nHist]int32
	prev [nHist][4]int32
	dyn  []uint64
}

// next moves to the next token.
func (h *historyRows) next() { h.prev = [nHist][4]int32{} }

// scores is static plus the rows of the history features of token i after
// labels p2, p1, added in the order dynamicFeatures lists them, so that the
// sums are the same floats as adding its features' rows one by one.
func (h *historyRows) scores(ws *weights, static *[nLabels]float32, df *docFeatures, s, i, p1, p2 int) [nLabels]float32 {
	pr, rs := &h.pair[(p2+1)*nHist+p1+1], &h.prev[p1+1]
	if *pr == 0 || rs[0] == 0 {
		h.dyn = dynamicFeatures(h.dyn[:0], df, s, i, p1, p2)
		*pr = ws.lookup(h.dyn[1])
		rs[0], rs[1], rs[2], rs[3] = ws.lookup(h.dyn[0]), ws.lookup(h.dyn[2]), ws.lookup(h.dyn[3]), ws.lookup(h.dyn[4])
	}
	out := *static
	ws.addLooked(&out, rs[0])
	ws.addLooked(&out, *pr)
	ws.addLooked(&out, rs[1])
	ws.addLooked(&out, rs[2])
	ws.addLooked(&out, rs[3])
	return out
}

// nHist is the number of values a previous label takes: a label, or -1
// before the sentence.
const nHist = nLabels + 1

// allowedAfter[p+1][k] is allowed(p, k); endsOK[k] is canEnd(k).
var allowedAfter, endsOK = func() (a [nHist][nLabels]bool, e [nLabels]bool) {
	for p := -1; p < nLabels; p++ {
		for k := 0; k < nLabels; k++ {
			a[p+1][k] = allowed(p, k)
		}
	}
	for k := range e {
		e[k] = canEnd(k)
	}
	return a, e
}()

// topNodes appends the width best candidates to out, best first; of equal
// scores the earlier candidate wins, so results do not depend on sort
// internals. One pass keeps the best so far in order: width is small.
func topNodes(out, cands []node, width int) []node {
	if width > len(cands) {
		width = len(cands)
	}
	if width <= 0 {
		return out
	}
	base := len(out)
	for _, c := range cands {
		if len(out)-base == width {
			if !(c.score > out[len(out)-1].score) {
				continue
			}
			out = out[:len(out)-1]
		}
		// After every kept node that scores as well: those came earlier.
		j := len(out)
		for j > base && out[j-1].score < c.score {
			j--
		}
		out = append(out, node{})
		copy(out[j+1:], out[j:])
		out[j] = c
	}
	return out
}
