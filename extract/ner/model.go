// Package ner is newsgraph's named-entity recogniser. It tags PER, LOC, ORG
// and MISC in IOB2, offline and deterministically, from a model embedded in
// the binary.
//
// The model is an averaged structured perceptron decoded with a beam under
// BIOES constraints (Collins 2002; early update, Collins and Roark 2004)
// over hashed features: words, shapes, affixes, a ±2 window, the previous
// two labels, title cues, a gazetteer of the training data's entities
// (built jackknifed, so that training does not trust it blindly), and
// document-level evidence such as how a word is written elsewhere in the
// document. A second pass adds the first pass's document-wide votes, so a
// name keeps its type across the document.
//
// The weights are trained on the CoNLL-2003 English training split (Reuters,
// research use) and WikiGold (Balasuriya et al. 2009, CC BY 4.0); the text
// itself is not in the repository. See cmd/train for the command.
package ner

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/gob"
	"fmt"
	"io"
	"sort"
	"sync"
)

// labels are the internal BIOES labels: 0 is O, then B, I, E, S for each of
// entityTypes. BIOES lets the model learn entity ends; Tag converts to IOB2.
const nLabels = 1 + 4*4

const (
	posB = iota
	posI
	posE
	posS
)

func labelOf(typ, pos int) int { return 1 + 4*typ + pos }

func labelParts(l int) (typ, pos int) {
	if l == 0 {
		return -1, -1
	}
	return (l - 1) / 4, (l - 1) % 4
}

// allowed reports whether label cur may follow prev (-1 at sentence start)
// in BIOES.
func allowed(prev, cur int) bool {
	pt, pp := -1, -1
	if prev > 0 {
		pt, pp = labelParts(prev)
	}
	ct, cp := labelParts(cur)
	open := pt >= 0 && (pp == posB || pp == posI)
	if open {
		return ct == pt && (cp == posI || cp == posE)
	}
	return cur == 0 || cp == posB || cp == posS
}

// canEnd reports whether a sentence may end with label l.
func canEnd(l int) bool {
	_, p := labelParts(l)
	return l == 0 || p == posE || p == posS
}

// bioesFromIOB2 maps IOB2 tags to BIOES label ids.
func bioesFromIOB2(tags []string) []int {
	out := make([]int, len(tags))
	for _, e := range entitiesOf(tags) {
		t := typeIndex(e.typ)
		if t < 0 {
			continue
		}
		if e.end-e.start == 1 {
			out[e.start] = labelOf(t, posS)
			continue
		}
		out[e.start] = labelOf(t, posB)
		for i := e.start + 1; i < e.end-1; i++ {
			out[i] = labelOf(t, posI)
		}
		out[e.end-1] = labelOf(t, posE)
	}
	return out
}

// iob2FromBIOES maps label ids back to IOB2 tag strings.
func iob2FromBIOES(ls []int) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		if l == 0 {
			out[i] = "O"
			continue
		}
		t, p := labelParts(l)
		if p == posB || p == posS {
			out[i] = "B-" + entityTypes[t]
		} else {
			out[i] = "I-" + entityTypes[t]
		}
	}
	return out
}

// weights is one perceptron: a row of nLabels scores per feature hash.
type weights struct {
	index map[uint64]int32
	w     []float32
}

func (ws *weights) addRow(scores *[nLabels]float32, f uint64) {
	r, ok := ws.index[f]
	if !ok {
		return
	}
	row := ws.w[int(r)*nLabels : int(r)*nLabels+nLabels]
	for k := range scores {
		scores[k] += row[k]
	}
}

// Model is a trained recogniser. It is read-only after loading, so one Model
// may tag from many goroutines at once.
type Model struct {
	beam   int // beam width the model was trained with
	first  weights
	second weights // the second pass, which also sees the first pass's document-level votes; empty when not trained
	fz     featurizer
}

// dynamicFeatures returns the features that depend on the labels already
// chosen for the two previous tokens.
func dynamicFeatures(buf []uint64, df *docFeatures, s, i, p1, p2 int) []uint64 {
	buf = append(buf,
		mix(hashStart(tPrevTag), p1),
		mix(mix(hashStart(tPrevTag2), p2), p1),
		mix(df.lowerH[s][i], p1),
		mix(df.shortH[s][i], p1),
		mix(df.nextShortH[s][i], p1),
	)
	return buf
}

// Tag tags the sentences of one document (tokens split like the Penn
// Treebank) and returns IOB2 tags: B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG,
// B-MISC, I-MISC or O. Passing the whole document at once lets a name's
// other occurrences inform each one.
func (m *Model) Tag(sentences [][]string) [][]string {
	labels := m.tagLabels(sentences)
	out := make([][]string, len(labels))
	for s, ls := range labels {
		out[s] = iob2FromBIOES(ls)
	}
	return out
}

func (m *Model) tagLabels(sentences [][]string) [][]int {
	df := m.fz.document(sentences, nil)
	labels := make([][]int, len(sentences))
	for s := range sentences {
		labels[s] = m.first.beamSearch(df, s, m.beam, nil)
	}
	if m.second.index == nil {
		return labels
	}
	df = m.fz.document(sentences, documentVotes(df, labels))
	for s := range sentences {
		labels[s] = m.second.beamSearch(df, s, m.beam, nil)
	}
	return labels
}

// modelFile is the serialised form: sorted feature hashes and their rows of
// weights, quantised to int16 with one scale, and the gazetteer.
type modelFile struct {
	Version   int
	Keys      [2][]uint64
	Weights   [2][]int16
	Scale     float32
	GazKeys   []string // sorted, so that the same model writes the same bytes
	GazCounts [][4]int32
	GazMaxLen int
	Probe     uint64 // featureProbe of the code that trained it
	Beam      int
}

const fileVersion = 1

// Write serialises m as gzip-compressed gob.
func (m *Model) Write(w io.Writer) error {
	mf := modelFile{Version: fileVersion, Probe: m.fz.probe(), Beam: m.beam}
	if g := m.fz.gaz; g != nil {
		mf.GazMaxLen = g.MaxLen
		for k := range g.Entries {
			mf.GazKeys = append(mf.GazKeys, k)
		}
		sort.Strings(mf.GazKeys)
		for _, k := range mf.GazKeys {
			mf.GazCounts = append(mf.GazCounts, g.Entries[k])
		}
	}
	var maxAbs float32
	for _, ws := range []*weights{&m.first, &m.second} {
		for _, v := range ws.w {
			if v < 0 {
				v = -v
			}
			if v > maxAbs {
				maxAbs = v
			}
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	mf.Scale = maxAbs / 32767
	for p, ws := range []*weights{&m.first, &m.second} {
		keys := sortedKeys(ws.index)
		for _, k := range keys {
			r := int(ws.index[k])
			row := ws.w[r*nLabels : r*nLabels+nLabels]
			q := make([]int16, nLabels)
			nz := false
			for j, v := range row {
				q[j] = int16(roundf(v / mf.Scale))
				if q[j] != 0 {
					nz = true
				}
			}
			if !nz {
				continue
			}
			mf.Keys[p] = append(mf.Keys[p], k)
			mf.Weights[p] = append(mf.Weights[p], q...)
		}
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(zw).Encode(&mf); err != nil {
		return fmt.Errorf("ner: encode model: %w", err)
	}
	return zw.Close()
}

func roundf(v float32) float32 {
	if v < 0 {
		return -roundf(-v)
	}
	return float32(int64(v + 0.5))
}

// Decode reads a model written by Write.
func Decode(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: model: %w", err)
	}
	var mf modelFile
	if err := gob.NewDecoder(zr).Decode(&mf); err != nil {
		return nil, fmt.Errorf("ner: decode model: %w", err)
	}
	if mf.Version != fileVersion {
		return nil, fmt.Errorf("ner: model version %d, want %d", mf.Version, fileVersion)
	}
	if len(mf.GazKeys) != len(mf.GazCounts) {
		return nil, fmt.Errorf("ner: model gazetteer has %d names and %d counts", len(mf.GazKeys), len(mf.GazCounts))
	}
	gaz := &gazetteer{Entries: make(map[string][4]int32, len(mf.GazKeys)), MaxLen: mf.GazMaxLen}
	for i, k := range mf.GazKeys {
		gaz.Entries[k] = mf.GazCounts[i]
	}
	if mf.Beam < 1 {
		return nil, fmt.Errorf("ner: model beam width %d", mf.Beam)
	}
	m := &Model{fz: featurizer{gaz: gaz}, beam: mf.Beam}
	if p := m.fz.probe(); p != mf.Probe {
		return nil, fmt.Errorf("ner: model was trained with other feature code (probe %x, code %x): retrain it", mf.Probe, p)
	}
	for p, ws := range []*weights{&m.first, &m.second} {
		if len(mf.Keys[p]) == 0 {
			continue
		}
		ws.index = make(map[uint64]int32, len(mf.Keys[p]))
		ws.w = make([]float32, len(mf.Weights[p]))
		for i, k := range mf.Keys[p] {
			ws.index[k] = int32(i)
		}
		for i, q := range mf.Weights[p] {
			ws.w[i] = float32(q) * mf.Scale
		}
	}
	if m.first.index == nil {
		return nil, fmt.Errorf("ner: model has no weights")
	}
	return m, nil
}

// probe hashes every feature the featurizer builds for a fixed document. A
// model stores the probe of the code that trained it: weights are keyed by
// feature hashes, so code whose features changed since training would read
// them silently wrong.
func (fz *featurizer) probe() uint64 {
	doc := [][]string{
		{"Mr", "Jan", "Kowalski", ",", "chief", "of", "Acme", "Corp.", ",", "visited", "“", "New", "York", "”", "on", "1996-08-22", "."},
		{"KOWALSKI", "SAYS", "U.S.", "RATES", "WILL", "RISE"},
		{"Kowalski", "’s", "firm", "in", "Germany", "--", "said", "Reuters", "."},
	}
	votes := make([][]vote, len(doc))
	for s, sent := range doc {
		votes[s] = make([]vote, len(sent))
		for i := range sent {
			votes[s][i] = vote{seq: i % nLabels, word: i % 5}
		}
	}
	h := uint64(fnvOffset)
	for _, df := range []*docFeatures{fz.document(doc, nil), fz.document(doc, votes)} {
		for s := range doc {
			for i := range doc[s] {
				for _, f := range dynamicFeatures(df.feats[s][i], df, s, i, i%nLabels, (i+3)%nLabels) {
					h = mix(h^f, 0)
				}
			}
		}
	}
	return h
}

//go:embed model.gob.gz
var embedded []byte

// loadEmbedded decodes the embedded model once per process; the model is
// immutable, so sharing it is safe.
var loadEmbedded = sync.OnceValues(func() (*Model, error) {
	return Decode(bytes.NewReader(embedded))
})

// Load returns the model embedded in the binary. Decoding takes a moment, so
// it happens once per process and later calls return the same model.
func Load() (*Model, error) { return loadEmbedded() }
