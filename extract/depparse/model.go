package depparse

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// model holds the two averaged-perceptron weight tables: action scores
// (rows of numActions per hashed feature) and relation scores (rows of
// len(labels) per hashed feature).
type model struct {
	labels  []string
	root    int // index of "root" in labels
	actBits uint
	labBits uint
	act     []float32 // numActions << actBits
	lab     []float32 // len(labels) << labBits
}

func newModel(labels []string, actBits, labBits uint) *model {
	m := &model{labels: labels, actBits: actBits, labBits: labBits, root: -1}
	for i, l := range labels {
		if l == "root" {
			m.root = i
		}
	}
	m.act = make([]float32, numActions<<actBits)
	m.lab = make([]float32, len(labels)<<labBits)
	return m
}

// bucket turns a feature key into a row number below 1<<bits.
func bucket(h uint64, bits uint) int {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return int(h >> (64 - bits))
}

func (m *model) scoreActions(feats []uint64, out *[numActions]float32) {
	var s0, s1, s2, s3 float32
	for _, f := range feats {
		row := m.act[bucket(f, m.actBits)*numActions:]
		row = row[:numActions]
		s0 += row[0]
		s1 += row[1]
		s2 += row[2]
		s3 += row[3]
	}
	out[0], out[1], out[2], out[3] = s0, s1, s2, s3
}

func (m *model) scoreLabels(feats []uint64, out []float32) {
	L := len(m.labels)
	clear(out)
	for _, f := range feats {
		row := m.lab[bucket(f, m.labBits)*L:]
		row = row[:L]
		for i, v := range row {
			out[i] += v
		}
	}
}

// The weight file: a gzip stream of
//
//	"DEPPARSE1\n"
//	uint8 actBits, uint8 labBits, uint16 number of labels
//	per label: uint8 length, bytes
//	float32 scale; int16 action weights; float32 scale; int16 label weights
//
// little-endian, weights quantised to int16 by a per-table scale (the
// largest magnitude maps to 32767). Empty rows are long runs of zeros, which
// gzip squeezes.
const magic = "DEPPARSE1\n"

func (m *model) write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	bw.WriteByte(byte(m.actBits))
	bw.WriteByte(byte(m.labBits))
	binary.Write(bw, binary.LittleEndian, uint16(len(m.labels)))
	for _, l := range m.labels {
		bw.WriteByte(byte(len(l)))
		bw.WriteString(l)
	}
	for _, t := range [][]float32{m.act, m.lab} {
		if err := writeQuantized(bw, t); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func writeQuantized(w io.Writer, t []float32) error {
	var max float64
	for _, v := range t {
		max = math.Max(max, math.Abs(float64(v)))
	}
	scale := float32(1)
	if max > 0 {
		scale = float32(max / 32767)
	}
	if err := binary.Write(w, binary.LittleEndian, math.Float32bits(scale)); err != nil {
		return err
	}
	buf := make([]byte, 2*len(t))
	for i, v := range t {
		q := int16(math.Round(float64(v / scale)))
		binary.LittleEndian.PutUint16(buf[2*i:], uint16(q))
	}
	_, err := w.Write(buf)
	return err
}

func readModel(r io.Reader) (*model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("depparse: weights: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("depparse: weights: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, errors.New("depparse: weights: not a depparse weight file")
	}
	p := raw[len(magic):]
	short := errors.New("depparse: weights: file truncated")
	if len(p) < 4 {
		return nil, short
	}
	actBits, labBits := uint(p[0]), uint(p[1])
	nl := int(binary.LittleEndian.Uint16(p[2:]))
	p = p[4:]
	if actBits > 26 || labBits > 26 {
		return nil, errors.New("depparse: weights: table sizes out of range")
	}
	labels := make([]string, nl)
	for i := range labels {
		if len(p) < 1 || len(p) < 1+int(p[0]) {
			return nil, short
		}
		labels[i] = string(p[1 : 1+int(p[0])])
		p = p[1+int(p[0]):]
	}
	m := newModel(labels, actBits, labBits)
	if m.root < 0 {
		return nil, errors.New("depparse: weights: no root relation")
	}
	for _, t := range [][]float32{m.act, m.lab} {
		if len(p) < 4+2*len(t) {
			return nil, short
		}
		scale := math.Float32frombits(binary.LittleEndian.Uint32(p))
		p = p[4:]
		for i := range t {
			t[i] = float32(int16(binary.LittleEndian.Uint16(p[2*i:]))) * scale
		}
		p = p[2*len(t):]
	}
	if len(p) != 0 {
		return nil, errors.New("depparse: weights: trailing bytes")
	}
	return m, nil
}

//go:embed weights.bin.gz
var embedded []byte

// Load reads the weights embedded in the package (trained on UD English EWT,
// see NOTICE.md).
func Load() (*Parser, error) {
	m, err := readModel(bytes.NewReader(embedded))
	if err != nil {
		return nil, err
	}
	return newParser(m), nil
}
