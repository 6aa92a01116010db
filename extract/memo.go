package extract

import (
	"bytes"
	"container/list"
	"crypto/sha256"
	"encoding/binary"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph"
)

// memoBytes bounds the analyses the extractor keeps, in bytes as packed
// (see packed.size): about 2.5 bytes per byte of text, so some 25 MB of
// news text, a wire service's year of a few tens of thousands of stories. Unpacked, an analysis takes about 45 bytes per byte of text
// (tokens with their tags, labels, parses): kept that way, the same bound
// held 1,600 Reuters stories, and a write late in a large ingest read most
// of the documents it reads again from scratch (tagger, recogniser and
// parser, 22 % of the ingest's CPU at 15,000 stories).
const memoBytes = 64 << 20

// analysis is what reading a document costs and the graph does not change:
// its sentences split and tagged, the recogniser's labels, and the
// dependency parses asked for. A document read again after a write that
// changed what it sees of the graph (the ingest service settling the graph)
// reuses it and runs only what reads the graph, with the same result as a
// first reading. The sentences and labels are never changed once made.
type analysis struct {
	text  string
	sents []sentence
	ner   [][]string

	mu     sync.Mutex
	parses map[[sha256.Size]byte]parsed // words and tags (parseKey) -> the parser's answer
	kept   int                          // parses the memo holds of this analysis
}

type parsed struct {
	heads []int
	rels  []string
}

// parseKey names the words and tags a parse was asked for: a hash, so that
// the memo keeps 32 bytes, not the sentence twice over.
func parseKey(words, tags []string) [sha256.Size]byte {
	return sha256.Sum256([]byte(strings.Join(words, "\x1f") + "\x1e" + strings.Join(tags, "\x1f")))
}

// parse is the dependency parser's answer for words tagged tags, computed
// once per analysis.
func (a *analysis) parse(x *Extractor, words, tags []string) ([]int, []string) {
	if a == nil {
		return x.dep.Parse(words, tags)
	}
	k := parseKey(words, tags)
	a.mu.Lock()
	p, ok := a.parses[k]
	a.mu.Unlock()
	if ok {
		return p.heads, p.rels
	}
	heads, rels := x.dep.Parse(words, tags)
	a.mu.Lock()
	if a.parses == nil {
		a.parses = map[[sha256.Size]byte]parsed{}
	}
	a.parses[k] = parsed{heads, rels}
	a.mu.Unlock()
	return heads, rels
}

// memo keeps the analyses of the documents read last, packed, by document
// id, up to memoBytes; an entry whose text differs from the document's is
// replaced.
type memo struct {
	mu    sync.Mutex
	bytes int
	order *list.List // of *memoEntry, most recently used first
	byID  map[newsgraph.DocumentID]*list.Element
}

type memoEntry struct {
	id newsgraph.DocumentID
	p  *packed
}

func newMemo() *memo {
	return &memo{order: list.New(), byID: map[newsgraph.DocumentID]*list.Element{}}
}

// get returns the kept analysis of the document id with this text, or nil:
// a copy of its own, which the caller may add parses to.
func (m *memo) get(id newsgraph.DocumentID, text string) *analysis {
	if m == nil || id == "" {
		return nil
	}
	m.mu.Lock()
	el, ok := m.byID[id]
	if !ok || el.Value.(*memoEntry).p.text != text {
		m.mu.Unlock()
		return nil
	}
	m.order.MoveToFront(el)
	p := el.Value.(*memoEntry).p
	m.mu.Unlock()
	return p.unpack()
}

// put keeps a, packed, dropping the least recently used analyses beyond
// memoBytes. An analysis the memo gave (get) is kept again only when it
// has parses the memo lacks.
func (m *memo) put(id newsgraph.DocumentID, a *analysis) {
	if m == nil || id == "" {
		return
	}
	a.mu.Lock()
	unchanged := a.kept > 0 && a.kept == len(a.parses)
	a.mu.Unlock()
	if unchanged {
		return
	}
	p := pack(a)
	if p.size() > memoBytes {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if el, ok := m.byID[id]; ok {
		m.bytes -= el.Value.(*memoEntry).p.size()
		m.order.Remove(el)
	}
	m.byID[id] = m.order.PushFront(&memoEntry{id: id, p: p})
	m.bytes += p.size()
	for m.bytes > memoBytes {
		el := m.order.Back()
		e := el.Value.(*memoEntry)
		m.order.Remove(el)
		delete(m.byID, e.id)
		m.bytes -= e.p.size()
	}
}

// packed is an analysis in about a twentieth of the memory: its numbers
// as varints in one byte string (offsets as the distance from the last,
// tags, labels and relations as numbers of a shared table of names), a
// token's text only where it is not the text at its offsets.
type packed struct {
	text   string
	data   []byte
	odd    map[int]string // token index (from 0, over the sentences) -> its text, where not text[start:end]
	parses int
}

// size is what p holds, in bytes.
func (p *packed) size() int {
	n := 96 + len(p.text) + cap(p.data)
	for _, s := range p.odd {
		n += 48 + len(s)
	}
	return n
}

// names numbers the tags, labels and relations packed analyses hold.
var names = struct {
	sync.Mutex
	id   map[string]uint64
	name []string
}{id: map[string]uint64{}}

func nameID(s string) uint64 {
	names.Lock()
	defer names.Unlock()
	if id, ok := names.id[s]; ok {
		return id
	}
	id := uint64(len(names.name))
	names.id[s] = id
	names.name = append(names.name, s)
	return id
}

// pack packs a.
func pack(a *analysis) *packed {
	p := &packed{text: a.text}
	b := make([]byte, 0, 64+2*len(a.text))
	b = binary.AppendUvarint(b, uint64(len(a.sents)))
	tok, end := 0, 0
	for _, s := range a.sents {
		b = binary.AppendVarint(b, int64(s.span.Start-end))
		b = binary.AppendVarint(b, int64(s.span.End-s.span.Start))
		b = binary.AppendVarint(b, int64(s.para))
		flags := byte(0)
		if s.heading {
			flags |= 1
		}
		if s.table {
			flags |= 2
		}
		if s.tokens == nil {
			flags |= 4
		}
		if s.caption {
			flags |= 8
		}
		b = append(b, flags)
		b = binary.AppendUvarint(b, uint64(len(s.tokens)))
		at := s.span.Start
		for _, t := range s.tokens {
			b = binary.AppendVarint(b, int64(t.start-at))
			b = binary.AppendVarint(b, int64(t.end-t.start))
			b = binary.AppendVarint(b, int64(t.para-s.para))
			b = binary.AppendUvarint(b, nameID(t.pos))
			if t.start < 0 || t.end > len(a.text) || t.start > t.end || a.text[t.start:t.end] != t.text {
				if p.odd == nil {
					p.odd = map[int]string{}
				}
				p.odd[tok] = t.text
			}
			at = t.end
			tok++
		}
		end = s.span.End
	}
	if a.ner == nil {
		b = append(b, 0)
	} else {
		b = append(b, 1)
		b = binary.AppendUvarint(b, uint64(len(a.ner)))
		for _, labels := range a.ner {
			if labels == nil {
				b = append(b, 0)
				continue
			}
			b = binary.AppendUvarint(b, uint64(len(labels))+1)
			for _, l := range labels {
				b = binary.AppendUvarint(b, nameID(l))
			}
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	keys := make([][sha256.Size]byte, 0, len(a.parses))
	for k := range a.parses {
		keys = append(keys, k)
	}
	b = binary.AppendUvarint(b, uint64(len(keys)))
	for _, k := range keys {
		pa := a.parses[k]
		b = append(b, k[:]...)
		b = binary.AppendUvarint(b, uint64(len(pa.heads)))
		for i, h := range pa.heads {
			b = binary.AppendVarint(b, int64(h-i))
		}
		b = binary.AppendUvarint(b, uint64(len(pa.rels)))
		for _, r := range pa.rels {
			b = binary.AppendUvarint(b, nameID(r))
		}
	}
	p.parses = len(keys)
	p.data = bytes.Clone(b) // no spare capacity held
	return p
}

// unpack is the analysis p was packed from, a copy of its own.
func (p *packed) unpack() *analysis {
	names.Lock()
	table := names.name // grows by appending only: the first len entries stay
	names.Unlock()
	b := p.data
	uv := func() int {
		v, n := binary.Uvarint(b)
		b = b[n:]
		return int(v)
	}
	sv := func() int {
		v, n := binary.Varint(b)
		b = b[n:]
		return int(v)
	}
	a := &analysis{text: p.text, sents: make([]sentence, uv())}
	tok, end := 0, 0
	for si := range a.sents {
		s := &a.sents[si]
		s.span.Start = end + sv()
		s.span.End = s.span.Start + sv()
		s.para = sv()
		flags := b[0]
		b = b[1:]
		s.heading, s.table, s.caption = flags&1 != 0, flags&2 != 0, flags&8 != 0
		n := uv()
		if flags&4 == 0 {
			s.tokens = make([]token, n)
		}
		at := s.span.Start
		for i := 0; i < n; i++ {
			t := &s.tokens[i]
			t.start = at + sv()
			t.end = t.start + sv()
			t.para = s.para + sv()
			t.pos = table[uv()]
			if text, ok := p.odd[tok]; ok {
				t.text = text
			} else {
				t.text = p.text[t.start:t.end]
			}
			at = t.end
			tok++
		}
		end = s.span.End
	}
	hasNER := b[0] == 1
	b = b[1:]
	if hasNER {
		a.ner = make([][]string, uv())
		for si := range a.ner {
			n := uv()
			if n == 0 {
				continue
			}
			a.ner[si] = make([]string, n-1)
			for i := range a.ner[si] {
				a.ner[si][i] = table[uv()]
			}
		}
	}
	if n := uv(); n > 0 {
		a.parses = make(map[[sha256.Size]byte]parsed, n)
		for range n {
			var k [sha256.Size]byte
			copy(k[:], b)
			b = b[sha256.Size:]
			heads := make([]int, uv())
			for i := range heads {
				heads[i] = i + sv()
			}
			rels := make([]string, uv())
			for i := range rels {
				rels[i] = table[uv()]
			}
			a.parses[k] = parsed{heads, rels}
		}
		a.kept = n
	}
	return a
}
