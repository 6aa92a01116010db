package extract

import (
	"container/list"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph"
)

// memoBytes bounds the analyses the extractor keeps, in estimated bytes:
// about 3 MB of text's worth of tokens, tags and parses, a few thousand
// news articles.
const memoBytes = 64 << 20

// memoCost estimates the bytes an analysis holds per byte of text: the
// tokens with their tags (about 60 bytes a word), the recogniser's labels
// and the parses of the sentences with event words.
const memoCost = 40

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
	parses map[string]parsed // words and tags -> the parser's answer
}

type parsed struct {
	heads []int
	rels  []string
}

// parse is the dependency parser's answer for words tagged tags, computed
// once per analysis.
func (a *analysis) parse(x *Extractor, words, tags []string) ([]int, []string) {
	if a == nil {
		return x.dep.Parse(words, tags)
	}
	k := strings.Join(words, "\x1f") + "\x1e" + strings.Join(tags, "\x1f")
	a.mu.Lock()
	p, ok := a.parses[k]
	a.mu.Unlock()
	if ok {
		return p.heads, p.rels
	}
	heads, rels := x.dep.Parse(words, tags)
	a.mu.Lock()
	if a.parses == nil {
		a.parses = map[string]parsed{}
	}
	a.parses[k] = parsed{heads, rels}
	a.mu.Unlock()
	return heads, rels
}

// memo keeps the analyses of the documents read last, by document id, up to
// memoBytes; an entry whose text differs from the document's is replaced.
type memo struct {
	mu    sync.Mutex
	bytes int
	order *list.List // of *memoEntry, most recently used first
	byID  map[newsgraph.DocumentID]*list.Element
}

type memoEntry struct {
	id newsgraph.DocumentID
	a  *analysis
}

func newMemo() *memo {
	return &memo{order: list.New(), byID: map[newsgraph.DocumentID]*list.Element{}}
}

// get returns the kept analysis of the document id with this text, or nil.
func (m *memo) get(id newsgraph.DocumentID, text string) *analysis {
	if m == nil || id == "" {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	el, ok := m.byID[id]
	if !ok {
		return nil
	}
	e := el.Value.(*memoEntry)
	if e.a.text != text {
		return nil
	}
	m.order.MoveToFront(el)
	return e.a
}

// put keeps a, dropping the least recently used analyses beyond memoBytes.
func (m *memo) put(id newsgraph.DocumentID, a *analysis) {
	if m == nil || id == "" || len(a.text)*memoCost > memoBytes {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if el, ok := m.byID[id]; ok {
		m.bytes -= len(el.Value.(*memoEntry).a.text) * memoCost
		m.order.Remove(el)
	}
	m.byID[id] = m.order.PushFront(&memoEntry{id: id, a: a})
	m.bytes += len(a.text) * memoCost
	for m.bytes > memoBytes {
		el := m.order.Back()
		e := el.Value.(*memoEntry)
		m.order.Remove(el)
		delete(m.byID, e.id)
		m.bytes -= len(e.a.text) * memoCost
	}
}
