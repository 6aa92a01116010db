package store

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph"
)

// PostgreSQL compresses a value only in a row wider than about 2 KB (its
// TOAST threshold, fixed at build time: toast_tuple_target does not lower
// it), and most literals newsgraph writes are smaller: a statement's JSON
// (some 250 bytes, 1.5 bytes per byte of text in all) and a short
// document's literal. applyPG stores a string literal of pgPackMin bytes
// or more deflated, against a dictionary of the layout's own syntax and
// common English, in the value column that cayley keeps for values of
// other kinds, with value_string NULL: measured on 500 Reuters stories, a
// statement's JSON packs to 0.36 of its bytes and a document's literal to
// 0.52. The value, its hash and every quad naming it are unchanged; eachPG
// and the PostgreSQL export unpack it (cayley's own reads of such a node,
// which newsgraph makes nowhere on PostgreSQL, would not). Rows written
// before, or through cayley's writer (import), hold value_string and read
// as before.

// pgPackMagic starts every packed value: cayley's value column otherwise
// holds its protobuf encoding of a value, which never starts so.
const pgPackMagic = "\x00ngz1"

// pgPackMin: shorter literals (alias keys, dates, names) gain little.
const pgPackMin = 80

// pgDict primes the compressor: the JSON keys of statements, claims and
// documents (schema.go), the IRI prefixes of entities, types and events,
// and frequent English words. Deflate codes a repeat of the dictionary as
// it would a repeat inside the value; later bytes cost fewer bits, so the
// layout's syntax comes last. A change of pgDict must keep the old one
// for the values packed with it (a new pgPackMagic).
var pgDict = func() []byte {
	var b strings.Builder
	b.WriteString(" the of and to in a is that for on said with was by it as at from its be has have will which would are were " +
		"not but he his their they this an had been also year years new per cent percent million billion government " +
		"president minister prime company market shares bank week month told statement on Monday Tuesday Wednesday " +
		"Thursday Friday Saturday Sunday January February March April May June July August September October November December ")
	for _, t := range newsgraph.EventTypes {
		b.WriteString(`"t":["` + string(t) + `"],"s":"HAPPENED","b":"`)
		b.WriteString(eventTypePref + string(t) + " " + newsgraph.EventIRI + strings.ToLower(string(t)) + ":")
	}
	b.WriteString(`{"Role":"participant","Entity":"` + newsgraph.EntityIRI + `person:`)
	for _, t := range newsgraph.EntityTypes {
		b.WriteString(`],"t":"` + string(t) + `","x":"`)
		b.WriteString(`"],"t":["` + string(t) + `"],"a":["`)
		b.WriteString(newsgraph.EntityIRI + strings.ToLower(string(t)) + ":")
	}
	b.WriteString(`","title":"","url":"https://","published":"T00:00:00Z","sentences":"0-`)
	b.WriteString(`{"id":"`)
	b.WriteString(`"}]}","l":"` + newsgraph.EntityIRI + `","pa":[{"Role":"`)
	b.WriteString(`"],"m":[{"s":[0,`)
	b.WriteString(`{"d":"`)
	b.WriteString(`","e":"` + newsgraph.EntityIRI + `","p":"","n":["`)
	return []byte(b.String())
}()

var (
	pgPackers   = sync.Pool{New: func() any { w, _ := flate.NewWriterDict(nil, flate.BestCompression, pgDict); return w }}
	pgUnpackers = sync.Pool{New: func() any { return flate.NewReaderDict(bytes.NewReader(nil), pgDict) }}
)

// pgPack returns s packed, or nil when s is short or packs to more than
// 0.8 of its bytes.
func pgPack(s string) []byte {
	if len(s) < pgPackMin {
		return nil
	}
	var buf bytes.Buffer
	buf.WriteString(pgPackMagic)
	w := pgPackers.Get().(*flate.Writer)
	defer pgPackers.Put(w)
	w.Reset(&buf)
	if _, err := io.WriteString(w, s); err != nil {
		return nil
	}
	if err := w.Close(); err != nil {
		return nil
	}
	if buf.Len() > len(s)*4/5 {
		return nil
	}
	return buf.Bytes()
}

// pgPacked reports whether a value column holds a packed value.
func pgPacked(b []byte) bool { return bytes.HasPrefix(b, []byte(pgPackMagic)) }

// pgUnpack reads a packed value back.
func pgUnpack(b []byte) (string, error) {
	if !pgPacked(b) {
		return "", fmt.Errorf("store: not a packed value")
	}
	r := pgUnpackers.Get().(io.ReadCloser)
	defer pgUnpackers.Put(r)
	if err := r.(flate.Resetter).Reset(bytes.NewReader(b[len(pgPackMagic):]), pgDict); err != nil {
		return "", err
	}
	var out strings.Builder
	if _, err := io.Copy(&out, r); err != nil {
		return "", fmt.Errorf("store: unpack a value: %w", err)
	}
	return out.String(), nil
}
