package ner

import "strings"

// entityTypes are the types the model tags, in label order.
var entityTypes = []string{"PER", "LOC", "ORG", "MISC"}

// gazetteer holds the entity token sequences of the training data with how
// often each was tagged with each type.
type gazetteer struct {
	Entries map[string][4]int32 // tokens joined by a space -> count per type
	MaxLen  int
	// starts holds every proper token prefix of a multi-token entry ("New"
	// and "New York" of "New York Times"), so that match stops extending a
	// sequence no entry continues; nil: match tries every length.
	starts map[string]struct{}
}

// index builds g.starts from g.Entries.
func (g *gazetteer) index() {
	g.starts = map[string]struct{}{}
	for k := range g.Entries {
		if strings.HasPrefix(k, wordKey) {
			continue
		}
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				g.starts[k[:i]] = struct{}{}
			}
		}
	}
}

// wordKey prefixes the entries that count single words inside entities
// ("Clinton" of "Bill Clinton"); no token sequence starts with it.
const wordKey = "\x01"

// word returns how often w occurred inside an entity of each type.
func (g *gazetteer) word(w string) ([4]int32, bool) {
	c, ok := g.Entries[wordKey+w]
	return c, ok
}

type gazMatch struct {
	start, end int
	typ        string
	major      bool // the type most often given to this sequence
}

func newGazetteer() *gazetteer { return &gazetteer{Entries: map[string][4]int32{}} }

// addDocument records the gold entities of d.
func (g *gazetteer) addDocument(d Document) {
	for _, s := range d.Sentences {
		if s.Tags == nil {
			continue
		}
		for _, e := range entitiesOf(s.Tags) {
			typ := typeIndex(e.typ)
			if typ < 0 {
				continue
			}
			words := make([]string, e.end-e.start)
			for i := e.start; i < e.end; i++ {
				words[i-e.start] = normToken(s.Tokens[i])
			}
			for _, w := range words {
				c := g.Entries[wordKey+w]
				c[typ]++
				g.Entries[wordKey+w] = c
			}
			key := strings.Join(words, " ")
			c := g.Entries[key]
			c[typ]++
			g.Entries[key] = c
			if len(words) > g.MaxLen {
				g.MaxLen = len(words)
			}
		}
	}
}

func typeIndex(t string) int {
	for i, x := range entityTypes {
		if x == t {
			return i
		}
	}
	return -1
}

// match finds, left to right, the longest gazetteer sequence starting at
// each token; a shorter match inside a longer one is not reported.
func (g *gazetteer) match(ts []token) []gazMatch {
	var out []gazMatch
	maxLen := g.MaxLen
	if maxLen > 8 {
		maxLen = 8
	}
	var buf []byte
	for i := 0; i < len(ts); {
		found := 0
		var counts [4]int32
		buf = buf[:0]
		for n := 1; n <= maxLen && i+n <= len(ts); n++ {
			if n > 1 {
				buf = append(buf, ' ')
			}
			buf = append(buf, ts[i+n-1].word...)
			if c, ok := g.Entries[string(buf)]; ok { // no allocation: Go looks up string(bytes) in place
				found, counts = n, c
			}
			if g.starts != nil {
				if _, ok := g.starts[string(buf)]; !ok {
					break
				}
			}
		}
		if found == 0 {
			i++
			continue
		}
		best := 0
		for k := range counts {
			if counts[k] > counts[best] {
				best = k
			}
		}
		for k, c := range counts {
			if c > 0 {
				out = append(out, gazMatch{start: i, end: i + found, typ: entityTypes[k], major: k == best})
			}
		}
		i += found
	}
	return out
}

type entity struct {
	start, end int
	typ        string
}

// entitiesOf returns the entities of an IOB tag sequence with conlleval's
// rules: an entity starts at B-X, or at I-X after O or another type, and
// runs while I-X follows.
func entitiesOf(tags []string) []entity {
	var out []entity
	start, typ := -1, ""
	for i, t := range tags {
		tt, pre := "", byte('O')
		if len(t) > 2 && t[1] == '-' {
			pre, tt = t[0], t[2:]
		}
		continues := (pre == 'I' || pre == 'E') && tt == typ
		if start >= 0 && !continues {
			out = append(out, entity{start, i, typ})
			start = -1
		}
		if pre != 'O' && start < 0 {
			start, typ = i, tt
		}
		if pre == 'E' || pre == 'S' {
			if start >= 0 {
				out = append(out, entity{start, i + 1, typ})
				start = -1
			}
		}
	}
	if start >= 0 {
		out = append(out, entity{start, len(tags), typ})
	}
	return out
}
