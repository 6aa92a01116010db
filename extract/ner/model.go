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
	"bufio"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"
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
// While training, and in a model trained in this process, index maps
// hashes to rows of w. A model loaded from its file looks its rows up in
// table instead, an open-addressing hash table in one flat array that holds
// each row, as the file's int16 weights, beside its key: a lookup touches
// one place in memory, not a slot and then a row elsewhere (the rows of an
// article's features are scattered over megabytes, a cache miss each), and
// the table is no larger than the float rows it replaces.
type weights struct {
	index map[uint64]int32 // hash -> row of w
	keys  []uint64         // feature hash of each row, ascending (trained or loaded)
	w     []float32        // rows in key order; nil in a loaded model, whose rows live in table
	table []slot           // loaded models: len a power of two, at most half full
	scale float32          // a weight in table is float32(q) * scale
	shift uint             // see home
}

// slot is one entry of weights.table.
type slot struct {
	key uint64
	row int32 // row+1, so that 0 marks a free slot
	q   [nLabels]int16
}

// add adds the row's weights to scores. The product is converted
// explicitly so that it is rounded to float32 before the sum, as when the
// weights were decoded to floats first: the same floats, never a fused
// multiply-add.
func (sl *slot) add(scores *[nLabels]float32, scale float32) {
	for k := range scores {
		scores[k] += float32(float32(sl.q[k]) * scale)
	}
}

// freeze builds the lookup table over keys (row i holds keys[i]) with
// quantised rows q (nLabels little-endian int16 per row, in row order).
func (ws *weights) freeze(q []byte, scale float32) {
	size, shift := 1, uint(64)
	for size < 2*len(ws.keys) {
		size *= 2
		shift--
	}
	ws.table = make([]slot, size)
	ws.scale, ws.shift = scale, shift
	mask := uint64(size - 1)
	for r, k := range ws.keys {
		i := ws.home(k)
		for ws.table[i].row != 0 {
			i = (i + 1) & mask
		}
		sl := &ws.table[i]
		sl.key, sl.row = k, int32(r)+1
		row := q[2*r*nLabels:]
		for j := range sl.q {
			sl.q[j] = int16(binary.LittleEndian.Uint16(row[2*j:]))
		}
	}
}

// home is the first slot feature f may be in: the top bits of the hash,
// which are as evenly spread as the table needs (about 1.4 probes to find a
// row, 2.3 to find none, on the shipped model) and follow the order of the
// keys, so that freeze writes the table front to back instead of at random
// (twice the load time).
func (ws *weights) home(f uint64) uint64 { return f >> ws.shift }

// find is the slot of feature f in a frozen table, or nil.
func (ws *weights) find(f uint64) *slot {
	mask := uint64(len(ws.table) - 1)
	for i := ws.home(f); ; i = (i + 1) & mask {
		sl := &ws.table[i]
		if sl.row == 0 {
			return nil
		}
		if sl.key == f {
			return sl
		}
	}
}

// lookup is a handle on feature f's row for addLooked (in a frozen table
// its slot+1, else its row+1), or -1 when the model has no row for it.
func (ws *weights) lookup(f uint64) int32 {
	if ws.table == nil {
		if r, ok := ws.index[f]; ok {
			return r + 1
		}
		return -1
	}
	mask := uint64(len(ws.table) - 1)
	for i := ws.home(f); ; i = (i + 1) & mask {
		sl := &ws.table[i]
		if sl.row == 0 {
			return -1
		}
		if sl.key == f {
			return int32(i) + 1
		}
	}
}

// addLooked adds the row lookup returned, if any, to scores.
func (ws *weights) addLooked(scores *[nLabels]float32, r int32) {
	if r < 0 {
		return
	}
	if ws.table != nil {
		ws.table[r-1].add(scores, ws.scale)
		return
	}
	row := ws.w[int(r-1)*nLabels : int(r-1)*nLabels+nLabels]
	for k := range scores {
		scores[k] += row[k]
	}
}

func (ws *weights) empty() bool { return ws.table == nil && ws.index == nil }

// addRows adds the rows of features fs to scores, in the order of fs (so
// that the sums are the same floats as adding them one by one). In a frozen
// table it reads the first slot of a batch of features before adding any:
// the reads do not wait on each other, so their cache misses overlap.
func (ws *weights) addRows(scores *[nLabels]float32, fs []uint64) {
	if ws.table == nil {
		for _, f := range fs {
			ws.addRow(scores, f)
		}
		return
	}
	const batch = 32
	var first [batch]uint64
	for len(fs) > 0 {
		n := min(len(fs), batch)
		for j, f := range fs[:n] {
			first[j] = ws.table[ws.home(f)].key
		}
		for j, f := range fs[:n] {
			var sl *slot
			if first[j] == f {
				sl = &ws.table[ws.home(f)]
				if sl.row == 0 { // a free slot's key is 0, which may be f
					sl = nil
				}
			} else {
				sl = ws.find(f)
			}
			if sl != nil {
				sl.add(scores, ws.scale)
			}
		}
		fs = fs[n:]
	}
}

func (ws *weights) addRow(scores *[nLabels]float32, f uint64) {
	if ws.table != nil {
		if sl := ws.find(f); sl != nil {
			sl.add(scores, ws.scale)
		}
		return
	}
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
	beam   int     // beam width the model was trained with
	scale  float32 // of the quantised weights it was loaded from; 0 when trained here
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
	if m.second.empty() {
		return labels
	}
	df = df.withVotes(documentVotes(df, labels))
	for s := range sentences {
		labels[s] = m.second.beamSearch(df, s, m.beam, nil)
	}
	return labels
}

// The model file is flat little-endian arrays, read without decompression
// or reflection (gob and gzip took 0.4 s; this takes a few milliseconds):
//
//	magic "NGNER2\n\x00"
//	u32 beam, f32 scale, u64 probe, u32 gazetteer max length
//	twice (first pass, second pass):
//	  u32 n, n x u64 feature hash (ascending), n x nLabels x i16 weight
//	u32 m, m x (u32 length, name bytes, 4 x i32 count) (names ascending)
//
// Weights are quantised to int16 with one scale; a weight is
// float32(q) * scale. A pass without weights has n = 0.
const fileMagic = "NGNER2\n\x00"

// Write serialises m in the model file format. The same model writes the
// same bytes.
func (m *Model) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	le := binary.LittleEndian
	put32 := func(v uint32) { bw.Write(le.AppendUint32(nil, v)) }
	put64 := func(v uint64) { bw.Write(le.AppendUint64(nil, v)) }
	bw.WriteString(fileMagic)
	put32(uint32(m.beam))
	scale := m.scale
	if scale == 0 {
		var maxAbs float32
		for _, ws := range []*weights{&m.first, &m.second} {
			for _, v := range ws.rows() {
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
		scale = maxAbs / 32767
	}
	put32(math.Float32bits(scale))
	put64(m.fz.probe())
	var gazKeys []string
	gazMax := 0
	if g := m.fz.gaz; g != nil {
		gazMax = g.MaxLen
		for k := range g.Entries {
			gazKeys = append(gazKeys, k)
		}
		sort.Strings(gazKeys)
	}
	put32(uint32(gazMax))
	for _, ws := range []*weights{&m.first, &m.second} {
		var keys []uint64
		var q []int16
		rows := ws.rows()
		for r, k := range ws.rowKeys() {
			row := rows[r*nLabels : r*nLabels+nLabels]
			var qr [nLabels]int16
			nz := false
			for j, v := range row {
				qr[j] = int16(roundf(v / scale))
				nz = nz || qr[j] != 0
			}
			if nz {
				keys = append(keys, k)
				q = append(q, qr[:]...)
			}
		}
		put32(uint32(len(keys)))
		for _, k := range keys {
			put64(k)
		}
		for _, v := range q {
			bw.Write(le.AppendUint16(nil, uint16(v)))
		}
	}
	put32(uint32(len(gazKeys)))
	for _, k := range gazKeys {
		put32(uint32(len(k)))
		bw.WriteString(k)
		for _, c := range m.fz.gaz.Entries[k] {
			put32(uint32(c))
		}
	}
	return bw.Flush()
}

// rows is every row's weights, in row order.
func (ws *weights) rows() []float32 {
	if ws.w != nil || ws.table == nil {
		return ws.w
	}
	w := make([]float32, len(ws.keys)*nLabels)
	for _, sl := range ws.table {
		if sl.row != 0 {
			var row [nLabels]float32
			sl.add(&row, ws.scale)
			copy(w[int(sl.row-1)*nLabels:], row[:])
		}
	}
	return w
}

// rowKeys lists the feature hash of each row, in row order.
func (ws *weights) rowKeys() []uint64 {
	if ws.index == nil {
		return ws.keys
	}
	keys := make([]uint64, len(ws.index))
	for k, r := range ws.index {
		keys[r] = k
	}
	return keys
}

func roundf(v float32) float32 {
	if v < 0 {
		return -roundf(-v)
	}
	return float32(int64(v + 0.5))
}

// Decode reads a model written by Write.
func Decode(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("ner: model: %w", err)
	}
	return decode(b)
}

// decode reads a model file held in memory.
func decode(b []byte) (*Model, error) {
	rd := &fileReader{b: b}
	if string(rd.next(len(fileMagic))) != fileMagic {
		return nil, fmt.Errorf("ner: model: not a model file (want magic %q): retrain it with make model", fileMagic)
	}
	m := &Model{beam: int(rd.u32()), scale: math.Float32frombits(rd.u32())}
	probe := rd.u64()
	gaz := &gazetteer{MaxLen: int(rd.u32())}
	for _, ws := range []*weights{&m.first, &m.second} {
		n := int(rd.u32())
		if rd.err != nil || n > len(rd.b)/8 {
			return nil, fmt.Errorf("ner: model: truncated")
		}
		ws.keys = make([]uint64, n)
		for i := range ws.keys {
			ws.keys[i] = rd.u64()
		}
		raw := rd.next(2 * n * nLabels)
		if rd.err != nil {
			return nil, fmt.Errorf("ner: model: truncated")
		}
		if n > 0 {
			ws.freeze(raw, m.scale)
		}
	}
	n := int(rd.u32())
	if rd.err != nil || n > len(rd.b) {
		return nil, fmt.Errorf("ner: model: truncated")
	}
	gaz.Entries = make(map[string][4]int32, n)
	for range n {
		k := string(rd.next(int(rd.u32())))
		var c [4]int32
		for j := range c {
			c[j] = int32(rd.u32())
		}
		gaz.Entries[k] = c
	}
	gaz.index()
	if rd.err != nil || len(rd.b) != 0 {
		return nil, fmt.Errorf("ner: model: truncated or trailing bytes")
	}
	if m.beam < 1 {
		return nil, fmt.Errorf("ner: model beam width %d", m.beam)
	}
	m.fz = featurizer{gaz: gaz}
	if p := m.fz.probe(); p != probe {
		return nil, fmt.Errorf("ner: model was trained with other feature code (probe %x, code %x): retrain it", probe, p)
	}
	if m.first.empty() {
		return nil, fmt.Errorf("ner: model has no weights")
	}
	return m, nil
}

// fileReader reads the model file's little-endian fields; past the end it
// returns zeros and sets err.
type fileReader struct {
	b   []byte
	err error
}

func (r *fileReader) next(n int) []byte {
	if n < 0 || n > len(r.b) {
		r.err = io.ErrUnexpectedEOF
		r.b = nil
		return make([]byte, max(n, 0))
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *fileReader) u32() uint32 { return binary.LittleEndian.Uint32(r.next(4)) }
func (r *fileReader) u64() uint64 { return binary.LittleEndian.Uint64(r.next(8)) }

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

//go:embed model.bin
var embedded []byte

// loadEmbedded decodes the embedded model once per process; the model is
// immutable, so sharing it is safe.
var loadEmbedded = sync.OnceValues(func() (*Model, error) {
	return decode(embedded)
})

// Load returns the model embedded in the binary. Decoding takes a moment, so
// it happens once per process and later calls return the same model.
func Load() (*Model, error) { return loadEmbedded() }
