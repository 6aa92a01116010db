package depparse

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
)

// The parser retags its input before parsing: a greedy left-to-right
// averaged-perceptron tagger over the words, their affixes, shapes and word
// classes, the Penn tags the caller gives (prose's) and the tags it has
// already chosen. It is trained on the treebank's gold tags, so it learns
// where prose's tagger goes wrong on the treebank's text (prose tags 85 % of
// EWT's words as EWT does; the parser loses about four points of UAS to the
// wrong ones). The parser is trained on jackknifed retagged tags: what the
// tagger gives on sentences it was not trained on.

// numTagFeats is the number of tagger templates (see tagFeatures).
const numTagFeats = 35

// tagFeatures writes the tagger templates of word i (0-based) into out;
// prev1 and prev2 are the hashes of the tags chosen for words i-1 and i-2.
func tagFeatures(wf *wordFeats, i int, prev1, prev2 uint64, out []uint64) {
	j := i + 2 // wordFeats index
	m := len(wf.w)
	at := func(k int) int {
		if k < 0 || k >= m {
			return 0
		}
		return k
	}
	w, pt := wf.w, wf.pt
	W, Wm1, Wp1, Wm2, Wp2 := w[j], w[at(j-1)], w[at(j+1)], w[at(j-2)], w[at(j+2)]
	P, Pm1, Pp1 := pt[j], pt[at(j-1)], pt[at(j+1)]
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	k := 0
	put := func(h uint64) { out[k] = h; k++ }
	put(f1(1, 0x77))
	put(f1(2, W))
	put(f1(3, Wm1))
	put(f1(4, Wp1))
	put(f1(5, Wm2))
	put(f1(6, Wp2))
	put(f1(7, wf.suf[j]))
	put(f1(8, wf.suf2[j]))
	put(f1(9, wf.suf1[j]))
	put(f1(10, wf.pre2[j]))
	put(f2(11, wf.shape[j], first))
	put(f1(12, P))
	put(f1(13, Pm1))
	put(f1(14, Pp1))
	put(f2(15, P, W))
	put(f2(16, Pm1, P))
	put(f2(17, P, Pp1))
	put(f3(18, Pm1, P, Pp1))
	put(f1(19, prev1))
	put(f2(20, prev1, prev2))
	put(f2(21, prev1, W))
	put(f2(22, prev1, P))
	put(f1(23, wf.cf[j]))
	put(f1(24, wf.cc[j]))
	put(f1(25, wf.cf[at(j-1)]))
	put(f1(26, wf.cf[at(j+1)]))
	put(f2(27, wf.cf[j], P))
	put(f2(28, Wm1, W))
	put(f2(29, W, Wp1))
	put(f3(30, wf.shape[j], P, first))
	put(f2(31, wf.suf[j], P))
	put(f3(32, prev1, P, Pp1))
	// a capitalised run in news is a name or a title ("Managing Director",
	// "Acting Governor"), whatever the word is in lower case
	sh := wf.shape
	put(f3(33, sh[at(j-1)], sh[j], sh[at(j+1)]))
	put(f3(34, W, sh[j], first))
	put(f3(35, prev1, sh[j], sh[at(j+1)]))
}

// tagModel is the shipped tagger: int16 weights in compressed rows, as the
// relation table.
type tagModel struct {
	tags  []string
	thash []uint64 // fnv of each tag, the parser's tag feature value
	bits  uint
	start []uint32
	tl    []uint8
	tw    []int16
}

func newTagModel(tags []string, bits uint) *tagModel {
	t := &tagModel{tags: tags, bits: bits}
	t.thash = make([]uint64, len(tags))
	for i, s := range tags {
		t.thash[i] = fnv(s)
	}
	return t
}

// retag replaces wf.p and wf.wp of the n words with the tagger's tags and
// writes the tag indices into out.
func (t *tagModel) retag(wf *wordFeats, n int, feats []uint64, out []int) {
	var acc [64]int32
	prev1, prev2 := uint64(hRoot), uint64(hNone)
	for i := 0; i < n; i++ {
		tagFeatures(wf, i, prev1, prev2, feats)
		clear(acc[:])
		for _, f := range feats {
			r := bucket(f, t.bits)
			a, b := t.start[r], t.start[r+1]
			ls, ws := t.tl[a:b], t.tw[a:b]
			for k, l := range ls {
				acc[l&63] += int32(ws[k])
			}
		}
		best := 0
		for l := 1; l < len(t.tags); l++ {
			if acc[l] > acc[best] {
				best = l
			}
		}
		out[i] = best
		j := i + 2
		wf.p[j] = t.thash[best]
		wf.wp[j] = mix(wf.w[j], wf.p[j])
		prev2, prev1 = prev1, t.thash[best]
	}
}

// trainTagger trains the tagger on sentences' words (wfs, with the given
// tags in pt) and gold tags (indices into tags), iters passes, and returns
// it quantised.
func trainTagger(wfs []*wordFeats, gold [][]int, tags []string, bits uint, iters int, seed uint64) *tagModel {
	T := len(tags)
	thash := make([]uint64, T)
	for i, s := range tags {
		thash[i] = fnv(s)
	}
	w := make([]float32, T<<bits)
	avg := newAvgTable(w)
	rng := rand.New(rand.NewPCG(seed, 0x74616767))
	order := make([]int, len(wfs))
	for i := range order {
		order[i] = i
	}
	feats := make([]uint64, numTagFeats)
	scores := make([]float32, T)
	var now int32
	for it := 0; it < iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			wf, g := wfs[si], gold[si]
			prev1, prev2 := uint64(hRoot), uint64(hNone)
			for i := range g {
				now++
				tagFeatures(wf, i, prev1, prev2, feats)
				clear(scores)
				for _, f := range feats {
					r := bucket(f, bits) * T
					for l, v := range w[r : r+T] {
						scores[l] += v
					}
				}
				best := 0
				for l := 1; l < T; l++ {
					if scores[l] > scores[best] {
						best = l
					}
				}
				if best != g[i] {
					for _, f := range feats {
						r := bucket(f, bits) * T
						avg.add(r+g[i], 1, now)
						avg.add(r+best, -1, now)
					}
				}
				// Follow the gold tag: the history features see right tags
				// in training, as most are at run time.
				prev2, prev1 = prev1, thash[g[i]]
			}
		}
	}
	avg.average(now)
	return quantizeTagger(tags, bits, w)
}

func quantizeTagger(tags []string, bits uint, w []float32) *tagModel {
	t := newTagModel(tags, bits)
	var max float64
	for _, v := range w {
		max = math.Max(max, math.Abs(float64(v)))
	}
	scale := 1.0
	if max > 0 {
		scale = 32767 / max
	}
	T := len(tags)
	rows := 1 << bits
	t.start = make([]uint32, rows+1)
	for r := 0; r < rows; r++ {
		for l, v := range w[r*T : (r+1)*T] {
			if q := int16(math.Round(float64(v) * scale)); q != 0 {
				t.tl = append(t.tl, uint8(l))
				t.tw = append(t.tw, q)
			}
		}
		t.start[r+1] = uint32(len(t.tl))
	}
	return t
}

// tagTable is the tagger's part of the weight file: uint8 bits, uint8
// number of tags, per tag uint8 length and bytes, then per row a uint8 count
// of entries and the entries, each a uint8 tag and an int16 weight.
func (t *tagModel) write(w io.Writer) error {
	b := []byte{byte(t.bits), byte(len(t.tags))}
	for _, s := range t.tags {
		b = append(b, byte(len(s)))
		b = append(b, s...)
	}
	for r := 0; r < 1<<t.bits; r++ {
		a, e := t.start[r], t.start[r+1]
		b = append(b, byte(e-a))
		for i := a; i < e; i++ {
			b = append(b, t.tl[i], byte(uint16(t.tw[i])), byte(uint16(t.tw[i])>>8))
		}
	}
	_, err := w.Write(b)
	return err
}

func readTagModel(p []byte) (*tagModel, []byte, error) {
	if len(p) < 2 {
		return nil, nil, errShort
	}
	bits, nt := uint(p[0]), int(p[1])
	p = p[2:]
	if bits > 24 || nt > 64 || nt == 0 {
		return nil, nil, fmt.Errorf("depparse: weights: tagger sizes out of range")
	}
	tags := make([]string, nt)
	for i := range tags {
		if len(p) < 1 || len(p) < 1+int(p[0]) {
			return nil, nil, errShort
		}
		tags[i] = string(p[1 : 1+int(p[0])])
		p = p[1+int(p[0]):]
	}
	t := newTagModel(tags, bits)
	rows := 1 << bits
	t.start = make([]uint32, rows+1)
	for r := 0; r < rows; r++ {
		if len(p) < 1 || len(p) < 1+3*int(p[0]) {
			return nil, nil, errShort
		}
		k := int(p[0])
		p = p[1:]
		for i := 0; i < k; i++ {
			if int(p[0]) >= nt {
				return nil, nil, fmt.Errorf("depparse: weights: tag %d of %d", p[0], nt)
			}
			t.tl = append(t.tl, p[0])
			t.tw = append(t.tw, int16(uint16(p[1])|uint16(p[2])<<8))
			p = p[3:]
		}
		t.start[r+1] = uint32(len(t.tl))
	}
	return t, p, nil
}
