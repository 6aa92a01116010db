package store

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// PostgreSQL compresses a value only in a row wider than about 2 KB (its
// TOAST threshold, fixed at build time: toast_tuple_target does not lower
// it), and most values newsgraph writes are smaller: a statement's JSON
// (some 250 bytes, 1.5 bytes per byte of text in all), a short document's
// literal, the IRI of a statement (80 bytes). applyPG stores a string
// literal of pgPackMin bytes or more and an IRI of pgPackMinIRI or more
// deflated, against a dictionary of the layout's own syntax and common
// English, in the value column that cayley keeps for values of other
// kinds, with value_string NULL: measured on 500 Reuters stories, a
// statement's JSON packs to 0.36 of its bytes and a document's literal to
// 0.52. The value, its hash and every quad naming it are unchanged; eachPG,
// nameOf and the PostgreSQL export unpack it (cayley's own reads of such a
// node, which newsgraph makes nowhere on PostgreSQL, would not). Rows
// written before hold value_string and read as before; a binary from
// before this packing cannot read the values it packed.

// pgPackMagic starts every packed literal, pgPackIRI every packed IRI:
// cayley's value column otherwise holds its protobuf encoding of a value,
// whose first byte, a field's tag, is under 0x80. pgPackOld marks the
// literals the first packing wrote (the same dictionary).
const (
	pgPackMagic = "\xff"
	pgPackIRI   = "\xfe"
	pgPackOld   = "\x00ngz1"
)

// pgPackMin: shorter literals (alias keys, dates, names) gain little.
// pgPackMinIRI: an IRI of a statement or claim (some 80 bytes, the
// document's and the entity's IRI) packs to about 30, an entity's or a
// document's (25-45) to about 15. Only these, of which there are many,
// are packed (pgPackable): predicates, types and classes, a few dozen
// nodes that eachPG names by hash, stay as cayley writes them.
const (
	pgPackMin    = 80
	pgPackMinIRI = 24
)

// pgDict primes the compressor: the JSON keys of statements, claims and
// documents (schema.go), the IRI prefixes of entities, types and events,
// and frequent English words. Deflate codes a repeat of the dictionary as
// it would a repeat inside the value; later bytes cost fewer bits, so the
// layout's syntax comes last. A change of pgDict must keep the old one
// for the values packed with it (a new pgPackMagic).
var pgDict = func() []byte {
	var b strings.Builder
	b.WriteString(pgEnglish)
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

// pgDictIRI primes the compressor of IRIs: pgDict, then the IRIs of the
// nodes a document owns.
var pgDictIRI = append(append([]byte(nil), pgDict...),
	docPrefix+"#v:"+newsgraph.EventIRI+" "+docPrefix+"#e:"+newsgraph.EntityIRI...)

// pgCodec packs and unpacks against one dictionary.
type pgCodec struct {
	dict             []byte
	packers, readers sync.Pool
}

func newPGCodec(dict []byte) *pgCodec {
	c := &pgCodec{dict: dict}
	c.packers.New = func() any { w, _ := flate.NewWriterDict(nil, flate.BestCompression, dict); return w }
	c.readers.New = func() any { return flate.NewReaderDict(bytes.NewReader(nil), dict) }
	return c
}

var pgLiterals, pgIRIs = newPGCodec(pgDict), newPGCodec(pgDictIRI)

// pgPack returns a string literal or an IRI packed, nil for any other
// value, or when it is short or packs to more than 0.8 of its bytes.
func pgPack(v quad.Value) []byte {
	var s, magic string
	c := pgLiterals
	switch v := v.(type) {
	case quad.String:
		s, magic = string(v), pgPackMagic
		if len(s) < pgPackMin {
			return nil
		}
	case quad.IRI:
		s, magic, c = string(v), pgPackIRI, pgIRIs
		if len(s) < pgPackMinIRI || !pgPackable(v) {
			return nil
		}
	default:
		return nil
	}
	var buf bytes.Buffer
	buf.WriteString(magic)
	w := c.packers.Get().(*flate.Writer)
	defer c.packers.Put(w)
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

// pgPackable reports whether an IRI is one newsgraph packs: a document's,
// a node's a document owns, an entity's or an event's.
func pgPackable(iri quad.IRI) bool {
	for _, p := range []string{docPrefix, newsgraph.EntityIRI, newsgraph.EventIRI} {
		if strings.HasPrefix(string(iri), p) {
			return true
		}
	}
	return false
}

// pgPacked reports whether a value column holds a packed value.
func pgPacked(b []byte) bool {
	return bytes.HasPrefix(b, []byte(pgPackMagic)) || bytes.HasPrefix(b, []byte(pgPackIRI)) ||
		bytes.HasPrefix(b, []byte(pgPackOld))
}

// pgUnpack reads a packed value back.
func pgUnpack(b []byte) (quad.Value, error) {
	if !pgPacked(b) {
		return nil, fmt.Errorf("store: not a packed value")
	}
	c, body := pgLiterals, b[len(pgPackMagic):]
	switch {
	case bytes.HasPrefix(b, []byte(pgPackIRI)):
		c = pgIRIs
	case bytes.HasPrefix(b, []byte(pgPackOld)):
		body = b[len(pgPackOld):]
	}
	r := c.readers.Get().(io.ReadCloser)
	defer c.readers.Put(r)
	if err := r.(flate.Resetter).Reset(bytes.NewReader(body), c.dict); err != nil {
		return nil, err
	}
	var out strings.Builder
	if _, err := io.Copy(&out, r); err != nil {
		return nil, fmt.Errorf("store: unpack a value: %w", err)
	}
	if c == pgIRIs {
		return quad.IRI(out.String()), nil
	}
	return quad.String(out.String()), nil
}

// pgEnglish is common English and news wording, the least frequent first
// (deflate reaches the end of the dictionary in fewer bits).
const pgEnglish = "however although because before after during between against under over through into about " +
	"around without within while where when what who whom whose why how there here these those such other another " +
	"each every both either neither more most less least many much some any few several first second third last next " +
	"early late high low higher lower large small big long short old young good better best great major minor " +
	"public private national international local foreign domestic economic political financial official officials " +
	"industry trade prices price rates rate interest profit loss losses sales revenue earnings dividend quarter " +
	"results shareholders stock exchange offer agreement agreed talks meeting meet met visit visited leader leaders " +
	"party parties election elections vote votes court law police security military forces troops war peace " +
	"country countries state states city capital region world nation union council committee board group " +
	"chairman chief executive director spokesman spokeswoman secretary general member members people " +
	"according to reported report reports news sources source expected expects plans plan planned announced " +
	"would not could not did not does not will not it is it was there is there are we are they are he said she said " +
	"Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August " +
	"September October November December year years month months week weeks day days today yesterday tomorrow " +
	"last year this year next year per cent percent million billion government president minister prime company " +
	"market shares bank told statement also been had an this they their his he but not were are would which will " +
	"have has be its from at as it by was with said on for that is a in to and of the "
