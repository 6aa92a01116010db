package depparse

import (
	"bufio"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// scorer scores the actions and relations of a state's hashed features:
// the trainer's float weights and the shipped int16 weights both do.
type scorer interface {
	scoreActions(feats []uint64, out *[numActions]float32)
	scoreLabels(feats []uint64, out []float32)
}

// bucket turns a feature key into a row number below 1<<bits.
func bucket(h uint64, bits uint) int {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return int(h >> (64 - bits))
}

// model is the shipped parser: averaged-perceptron weights quantised to
// int16. Actions are a dense table, numActions weights per row; relations a
// sparse one (most rows have a handful of non-zero relations), stored as
// compressed rows: row r's entries are labL/labW[labStart[r]:labStart[r+1]].
type model struct {
	labels   []string
	root     int // index of "root" in labels
	actBits  uint
	labBits  uint
	act      []int16 // numActions << actBits
	labStart []uint32
	labL     []uint8
	labW     []int16
	clusters *Clusters // nil: no word classes
	tagger   *tagModel // nil: the given tags are used as they are
}

func (m *model) scoreActions(feats []uint64, out *[numActions]float32) {
	var s0, s1, s2, s3 int32
	for _, f := range feats {
		r := bucket(f, m.actBits) * numActions
		row := m.act[r : r+numActions : r+numActions]
		s0 += int32(row[0])
		s1 += int32(row[1])
		s2 += int32(row[2])
		s3 += int32(row[3])
	}
	out[0], out[1], out[2], out[3] = float32(s0), float32(s1), float32(s2), float32(s3)
}

func (m *model) scoreLabels(feats []uint64, out []float32) {
	var acc [64]int32
	for _, f := range feats {
		r := bucket(f, m.labBits)
		a, b := m.labStart[r], m.labStart[r+1]
		ls, ws := m.labL[a:b], m.labW[a:b]
		for i, l := range ls {
			acc[l&63] += int32(ws[i])
		}
	}
	for i := range out {
		out[i] = float32(acc[i])
	}
}

// quantize turns float weights into a shipped model: each table is scaled
// so that its largest magnitude is 32767.
func quantize(labels []string, actBits, labBits uint, act, lab []float32) *model {
	m := &model{labels: labels, root: indexOf(labels, "root"), actBits: actBits, labBits: labBits}
	q := func(t []float32) ([]int16, float64) {
		var max float64
		for _, v := range t {
			max = math.Max(max, math.Abs(float64(v)))
		}
		scale := 1.0
		if max > 0 {
			scale = 32767 / max
		}
		out := make([]int16, len(t))
		for i, v := range t {
			out[i] = int16(math.Round(float64(v) * scale))
		}
		return out, scale
	}
	m.act, _ = q(act)
	dense, _ := q(lab)
	L := len(labels)
	rows := 1 << labBits
	m.labStart = make([]uint32, rows+1)
	for r := 0; r < rows; r++ {
		for l, w := range dense[r*L : (r+1)*L] {
			if w != 0 {
				m.labL = append(m.labL, uint8(l))
				m.labW = append(m.labW, w)
			}
		}
		m.labStart[r+1] = uint32(len(m.labL))
	}
	return m
}

func indexOf(a []string, s string) int {
	for i, v := range a {
		if v == s {
			return i
		}
	}
	return -1
}

// The weight file, little-endian:
//
//	"DEPPARSE2\n"
//	uint8 actBits, uint8 labBits, uint8 number of labels
//	per label: uint8 length, bytes
//	action table: a bitmap of the non-zero rows (1<<actBits bits), then
//	  those rows, numActions int16 each
//	relation table: per row a uint8 count of entries, then the entries,
//	  each a uint8 relation and an int16 weight
//	word classes: uint32 number of words, then per word a uint64 hash of
//	  its normalised form, uint16 fine class, uint8 coarse class
//	in DEPPARSE3 files only: the tagger (see tagModel.write)
//
// Empty rows cost a bit or a byte, so the file holds about what is learnt.
const magic = "DEPPARSE3\n"

// magicNoTagger is the file without the tagger part, as weights without a
// tagger are still written (so that they stay byte-identical to before it).
const magicNoTagger = "DEPPARSE2\n"

func (m *model) write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	if m.tagger == nil {
		bw.WriteString(magicNoTagger)
	} else {
		bw.WriteString(magic)
	}
	bw.WriteByte(byte(m.actBits))
	bw.WriteByte(byte(m.labBits))
	bw.WriteByte(byte(len(m.labels)))
	for _, l := range m.labels {
		bw.WriteByte(byte(len(l)))
		bw.WriteString(l)
	}
	rows := 1 << m.actBits
	bitmap := make([]byte, (rows+7)/8)
	for r := 0; r < rows; r++ {
		for _, v := range m.act[r*numActions : (r+1)*numActions] {
			if v != 0 {
				bitmap[r/8] |= 1 << (r % 8)
				break
			}
		}
	}
	bw.Write(bitmap)
	var b2 [2]byte
	for r := 0; r < rows; r++ {
		if bitmap[r/8]&(1<<(r%8)) == 0 {
			continue
		}
		for _, v := range m.act[r*numActions : (r+1)*numActions] {
			binary.LittleEndian.PutUint16(b2[:], uint16(v))
			bw.Write(b2[:])
		}
	}
	for r := 0; r < 1<<m.labBits; r++ {
		a, b := m.labStart[r], m.labStart[r+1]
		bw.WriteByte(byte(b - a))
		for i := a; i < b; i++ {
			bw.WriteByte(m.labL[i])
			binary.LittleEndian.PutUint16(b2[:], uint16(m.labW[i]))
			bw.Write(b2[:])
		}
	}
	var b8 [8]byte
	binary.LittleEndian.PutUint32(b8[:], uint32(m.clusters.Len()))
	bw.Write(b8[:4])
	if c := m.clusters; c != nil {
		for i, k := range c.keys {
			if k == 0 {
				continue
			}
			binary.LittleEndian.PutUint64(b8[:], k)
			bw.Write(b8[:])
			binary.LittleEndian.PutUint16(b2[:], c.fine[i])
			bw.Write(b2[:])
			bw.WriteByte(c.coarse[i])
		}
	}
	if m.tagger == nil {
		return bw.Flush()
	}
	if err := m.tagger.write(bw); err != nil {
		return err
	}
	return bw.Flush()
}

var errShort = errors.New("depparse: weights: file truncated")

func readModel(p []byte) (*model, error) {
	hasTagger := false
	switch {
	case len(p) >= len(magic) && string(p[:len(magic)]) == magic:
		hasTagger = true
	case len(p) >= len(magicNoTagger) && string(p[:len(magicNoTagger)]) == magicNoTagger:
	default:
		return nil, errors.New("depparse: weights: not a depparse weight file")
	}
	p = p[len(magic):]
	if len(p) < 3 {
		return nil, errShort
	}
	m := &model{actBits: uint(p[0]), labBits: uint(p[1])}
	nl := int(p[2])
	p = p[3:]
	if m.actBits > 26 || m.labBits > 26 || nl > 64 {
		return nil, errors.New("depparse: weights: table sizes out of range")
	}
	m.labels = make([]string, nl)
	for i := range m.labels {
		if len(p) < 1 || len(p) < 1+int(p[0]) {
			return nil, errShort
		}
		m.labels[i] = string(p[1 : 1+int(p[0])])
		p = p[1+int(p[0]):]
	}
	if m.root = indexOf(m.labels, "root"); m.root < 0 {
		return nil, errors.New("depparse: weights: no root relation")
	}
	rows := 1 << m.actBits
	if len(p) < (rows+7)/8 {
		return nil, errShort
	}
	bitmap := p[:(rows+7)/8]
	p = p[(rows+7)/8:]
	m.act = make([]int16, numActions*rows)
	for r := 0; r < rows; r++ {
		if bitmap[r/8]&(1<<(r%8)) == 0 {
			continue
		}
		if len(p) < 2*numActions {
			return nil, errShort
		}
		for a := 0; a < numActions; a++ {
			m.act[r*numActions+a] = int16(binary.LittleEndian.Uint16(p[2*a:]))
		}
		p = p[2*numActions:]
	}
	lrows := 1 << m.labBits
	m.labStart = make([]uint32, lrows+1)
	for r := 0; r < lrows; r++ {
		if len(p) < 1 || len(p) < 1+3*int(p[0]) {
			return nil, errShort
		}
		k := int(p[0])
		p = p[1:]
		for i := 0; i < k; i++ {
			if int(p[0]) >= nl {
				return nil, fmt.Errorf("depparse: weights: relation %d of %d", p[0], nl)
			}
			m.labL = append(m.labL, p[0])
			m.labW = append(m.labW, int16(binary.LittleEndian.Uint16(p[1:])))
			p = p[3:]
		}
		m.labStart[r+1] = uint32(len(m.labL))
	}
	if len(p) < 4 {
		return nil, errShort
	}
	nc := int(binary.LittleEndian.Uint32(p))
	p = p[4:]
	if len(p) < 11*nc {
		return nil, errShort
	}
	if nc > 0 {
		m.clusters = newClusters(nc)
		for i := 0; i < nc; i++ {
			m.clusters.insert(binary.LittleEndian.Uint64(p), binary.LittleEndian.Uint16(p[8:]), p[10])
			p = p[11:]
		}
	}
	if hasTagger {
		var err error
		if m.tagger, p, err = readTagModel(p); err != nil {
			return nil, err
		}
	}
	if len(p) != 0 {
		return nil, errors.New("depparse: weights: trailing bytes")
	}
	return m, nil
}

//go:embed weights.bin
var embedded []byte

// Load reads the weights embedded in the package (trained on UD English EWT,
// see NOTICE.md).
func Load() (*Parser, error) {
	m, err := readModel(embedded)
	if err != nil {
		return nil, err
	}
	return newParser(m), nil
}

// ReadWeights reads weights written by WriteWeights.
func ReadWeights(r io.Reader) (*Parser, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("depparse: weights: %w", err)
	}
	m, err := readModel(b)
	if err != nil {
		return nil, err
	}
	return newParser(m), nil
}

// WriteWeights writes the parser's weights in the embedded format.
func (p *Parser) WriteWeights(w io.Writer) error { return p.m.write(w) }
