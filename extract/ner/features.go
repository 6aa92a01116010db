package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feature templates. Each feature is a 64-bit hash of its template id and
// its parts; the id keeps "w-1=x" and "w+1=x" apart.
const (
	tBias byte = iota + 1
	tWord
	tLower
	tShape
	tShort
	tPrefix
	tSuffix
	tLowerM1
	tLowerP1
	tLowerM2
	tLowerP2
	tShortM1
	tShortP1
	tShapeTri
	tBigramM
	tBigramP
	tStart
	tStartShort
	tFlags
	tTitleCue
	tOrgCue
	tGaz
	tGazMajor
	tGazWord
	tDocLower
	tDocCapNonInit
	tDocRun
	tDocFirstPrev
	tDocFirstNext
	tSentCaps
	tSentCapsWord
	tPrevTag
	tPrevTag2
	tPrevTagWord
	tPrevTagShort
	tPrevTagNextShort
	tLowerShortM1
	tLowerShortP1
	tStack
	tStackWord
	tInQuote
	_ // retired; kept so that later template ids do not move
	tTitleWord
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashStart(t byte) uint64 { return (fnvOffset ^ uint64(t)) * fnvPrime }

func hashStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	h ^= 0xff
	h *= fnvPrime
	return h
}

// mix folds a small integer (a tag id) into a hash.
func mix(h uint64, x int) uint64 {
	h ^= uint64(x+1) * 0x9e3779b97f4a7c15
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 29
	return h
}

// normToken maps the typography of web news onto the conventions of the
// Reuters training text: curly and doubled quotes become ", curly
// apostrophes ', long dashes --.
func normToken(w string) string {
	switch w {
	case "“", "”", "„", "‟", "``", "''", "«", "»", "″":
		return `"`
	case "‘", "’", "‚", "‛", "`":
		return "'"
	case "—", "―", "–-", "−":
		return "--"
	case "–", "‐", "‑":
		return "-"
	case "…":
		return "..."
	}
	if strings.ContainsAny(w, "’‘") {
		w = strings.NewReplacer("’", "'", "‘", "'").Replace(w)
	}
	return w
}

// shape maps letters to X/x and digits to d, keeping other characters:
// "U.S." -> "X.X.", "1996-08-22" -> "dddd-dd-dd". short collapses repeats:
// "Xxxxx" -> "Xx".
func shape(w string) (long, short string) {
	var lb, sb strings.Builder
	var last rune = -1
	n := 0
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case unicode.IsLetter(r):
			c = 'l'
		default:
			c = r
		}
		if n < 12 {
			lb.WriteRune(c)
		}
		n++
		if c != last {
			sb.WriteRune(c)
			last = c
		}
	}
	return lb.String(), sb.String()
}

// lowerDigits lowercases w and maps every digit to 0, so that numbers share
// features.
func lowerDigits(w string) string {
	l := strings.ToLower(w)
	if !strings.ContainsAny(l, "0123456789") {
		return l
	}
	b := []byte(l)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

// token holds the per-token strings features are built from, computed once
// per document.
type token struct {
	word, lower, shape, short  string
	initCap, allCaps, hasDigit bool
}

func isInitCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// titleCues are words that announce a person's name (general knowledge, not
// learned from any article).
var titleCues = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true,
	"dr": true, "dr.": true, "prof": true, "prof.": true, "sir": true, "dame": true,
	"lord": true, "lady": true, "president": true, "minister": true, "premier": true,
	"chancellor": true, "senator": true, "sen.": true, "rep.": true, "governor": true,
	"gov.": true, "king": true, "queen": true, "prince": true, "princess": true,
	"pope": true, "judge": true, "justice": true, "general": true, "gen.": true,
	"col.": true, "lt.": true, "sgt.": true, "captain": true, "capt.": true,
	"coach": true, "manager": true, "striker": true, "midfielder": true,
	"defender": true, "goalkeeper": true, "spokesman": true, "spokeswoman": true,
	"chairman": true, "chairwoman": true, "secretary": true, "ambassador": true,
	"leader": true, "mayor": true, "envoy": true, "commissioner": true,
	"director": true, "ceo": true, "chief": true, "vice": true, "deputy": true,
	"emperor": true, "sheikh": true, "ayatollah": true, "rev.": true, "father": true,
	"saint": true, "officer": true, "analyst": true, "economist": true,
	"said": true, "told": true, "says": true,
}

// orgCues are words that end or follow an organisation's name.
var orgCues = map[string]bool{
	"inc": true, "inc.": true, "corp": true, "corp.": true, "co": true, "co.": true,
	"ltd": true, "ltd.": true, "plc": true, "llc": true, "ag": true, "sa": true,
	"nv": true, "gmbh": true, "group": true, "bank": true, "party": true,
	"union": true, "council": true, "ministry": true, "university": true,
	"association": true, "club": true, "fc": true, "committee": true,
	"agency": true, "company": true, "corporation": true, "federation": true,
	"institute": true, "foundation": true, "commission": true, "news": true,
	"airlines": true, "holdings": true, "international": true, "organisation": true,
	"organization": true, "army": true, "front": true, "movement": true,
}

// featurizer builds the static (history-free) features of every token of a
// document. feats[s][i] lists the features of token i of sentence s.
type featurizer struct {
	gaz *gazetteer
}

type docFeatures struct {
	toks  [][]token
	feats [][][]uint64 // static features per sentence and token
	// Partial hashes of the token's word and shapes, finished with the
	// previous label in dynamicFeatures during the beam search.
	lowerH     [][]uint64
	shortH     [][]uint64
	nextShortH [][]uint64
}

func (fz *featurizer) document(sents [][]string, stack [][]vote) *docFeatures {
	df := &docFeatures{
		toks:       make([][]token, len(sents)),
		feats:      make([][][]uint64, len(sents)),
		lowerH:     make([][]uint64, len(sents)),
		shortH:     make([][]uint64, len(sents)),
		nextShortH: make([][]uint64, len(sents)),
	}
	for s, sent := range sents {
		ts := make([]token, len(sent))
		for i, w := range sent {
			w = normToken(w)
			long, short := shape(w)
			t := token{word: w, lower: lowerDigits(w), shape: long, short: short,
				initCap: isInitCap(w), allCaps: isAllCaps(w)}
			t.hasDigit = strings.ContainsAny(w, "0123456789")
			ts[i] = t
		}
		df.toks[s] = ts
	}
	dc := docContext(df.toks)
	for s, ts := range df.toks {
		var st []vote
		if stack != nil {
			st = stack[s]
		}
		df.feats[s] = sentenceFeatures(ts, fz.gaz, dc, st)
		df.lowerH[s] = make([]uint64, len(ts))
		df.shortH[s] = make([]uint64, len(ts))
		df.nextShortH[s] = make([]uint64, len(ts))
		for i, t := range ts {
			df.lowerH[s][i] = hashStr(hashStart(tPrevTagWord), t.lower)
			df.shortH[s][i] = hashStr(hashStart(tPrevTagShort), t.short)
			next := "</s>"
			if i+1 < len(ts) {
				next = ts[i+1].short
			}
			df.nextShortH[s][i] = hashStr(hashStr(hashStart(tPrevTagNextShort), t.short), next)
		}
	}
	return df
}

// docCtx is label-free evidence gathered over the whole document: how a word
// is written elsewhere and in which capitalised runs it occurs.
type docCtx struct {
	lowerSeen  map[string]bool   // words seen in lower case
	capNonInit map[string]bool   // words seen capitalised not at sentence start
	run        map[string]string // word -> "pos|len" in its longest capitalised run
	runLen     map[string]int
	firstPrev  map[string]string // word -> lower-cased word before its first occurrence
	firstNext  map[string]string
}

func docContext(toks [][]token) *docCtx {
	dc := &docCtx{
		lowerSeen:  map[string]bool{},
		capNonInit: map[string]bool{},
		run:        map[string]string{},
		runLen:     map[string]int{},
		firstPrev:  map[string]string{},
		firstNext:  map[string]string{},
	}
	for _, ts := range toks {
		// In a headline, capitals say nothing about names.
		headline := sentCaseClass(ts) != "N"
		for i, t := range ts {
			if !t.initCap {
				if t.word == t.lower {
					dc.lowerSeen[t.lower] = true
				}
				continue
			}
			if headline {
				continue
			}
			if i > 0 && ts[i-1].word != `"` {
				dc.capNonInit[t.word] = true
			}
			if _, ok := dc.firstPrev[t.word]; !ok && i > 0 {
				dc.firstPrev[t.word] = ts[i-1].lower
				if i+1 < len(ts) {
					dc.firstNext[t.word] = ts[i+1].lower
				} else {
					dc.firstNext[t.word] = "</s>"
				}
			}
		}
		if headline {
			continue
		}
		// capitalised runs
		for i := 0; i < len(ts); {
			if !ts[i].initCap {
				i++
				continue
			}
			j := i
			for j < len(ts) && ts[j].initCap {
				j++
			}
			n := j - i
			for k := i; k < j; k++ {
				w := ts[k].word
				if n > dc.runLen[w] {
					dc.runLen[w] = n
					pos := "I"
					switch {
					case n == 1:
						pos = "S"
					case k == i:
						pos = "B"
					case k == j-1:
						pos = "E"
					}
					l := n
					if l > 4 {
						l = 4
					}
					dc.run[w] = pos + string(rune('0'+l))
				}
			}
			i = j
		}
	}
	return dc
}

func sentenceAllCaps(ts []token) bool {
	letters, caps := 0, 0
	for _, t := range ts {
		if t.allCaps {
			caps++
		}
		for _, r := range t.word {
			if unicode.IsLetter(r) {
				letters++
				break
			}
		}
	}
	return letters >= 2 && caps*10 >= letters*8
}

// sentCaseClass says whether a sentence is upper case (a headline in
// capitals), title case (every word capitalised but short function words:
// "Main Points of the Tour") or ordinary. One lower-case content word makes
// a sentence ordinary, however many names it holds.
func sentCaseClass(ts []token) string {
	if sentenceAllCaps(ts) {
		return "U"
	}
	caps := 0
	for _, t := range ts {
		r, _ := utf8.DecodeRuneInString(t.word)
		if !unicode.IsLetter(r) {
			continue
		}
		if t.initCap {
			caps++
		} else if !minorWords[t.word] {
			return "N"
		}
	}
	if caps >= 3 {
		return "T"
	}
	return "N"
}

func sentenceFeatures(ts []token, g *gazetteer, dc *docCtx, stack []vote) [][]uint64 {
	out := make([][]uint64, len(ts))
	var gz []gazMatch
	if g != nil {
		gz = g.match(ts)
	}
	gzWord := func(i int) ([4]int32, bool) {
		if g == nil {
			return [4]int32{}, false
		}
		return g.word(ts[i].word)
	}
	sc := sentCaseClass(ts)
	at := func(i int) *token {
		if i < 0 || i >= len(ts) {
			return nil
		}
		return &ts[i]
	}
	lowerAt := func(i int) string {
		if t := at(i); t != nil {
			return t.lower
		}
		if i < 0 {
			return "<s>"
		}
		return "</s>"
	}
	shortAt := func(i int) string {
		if t := at(i); t != nil {
			return t.short
		}
		if i < 0 {
			return "<s>"
		}
		return "</s>"
	}
	// inside quotes: count quote tokens before i
	quotes := 0
	next := 0 // the first match of gz that may hold token i
	// One backing array for the sentence keeps allocations per sentence,
	// not per feature.
	fb := &featureBuf{f: make([]uint64, 0, 80*len(ts))}
	for i := range ts {
		t := &ts[i]
		start := len(fb.f)
		fb.add(tBias)
		fb.add(tWord, t.word)
		fb.add(tLower, t.lower)
		fb.add(tShape, t.shape)
		fb.add(tShort, t.short)
		for k, end, begin := 1, 0, len(t.word); k <= 4 && end < len(t.word); k++ {
			_, size := utf8.DecodeRuneInString(t.word[end:])
			end += size
			fb.add(tPrefix, t.word[:end])
			_, size = utf8.DecodeLastRuneInString(t.word[:begin])
			begin -= size
			fb.add(tSuffix, t.word[begin:])
		}
		fb.add(tLowerM1, lowerAt(i-1))
		fb.add(tLowerP1, lowerAt(i+1))
		fb.add(tLowerM2, lowerAt(i-2))
		fb.add(tLowerP2, lowerAt(i+2))
		fb.add(tShortM1, shortAt(i-1))
		fb.add(tShortP1, shortAt(i+1))
		fb.add(tShapeTri, shortAt(i-1), t.short, shortAt(i+1))
		fb.add(tBigramM, lowerAt(i-1), t.lower)
		fb.add(tBigramP, t.lower, lowerAt(i+1))
		fb.add(tLowerShortM1, lowerAt(i-1), t.short)
		fb.add(tLowerShortP1, t.short, lowerAt(i+1))
		if i == 0 || (i == 1 && (ts[0].word == `"` || ts[0].word == "(")) {
			fb.add(tStart)
			fb.add(tStartShort, t.short)
		}
		var flags [5]byte
		flags[0] = b2c(t.initCap)
		flags[1] = b2c(t.allCaps)
		flags[2] = b2c(t.hasDigit)
		flags[3] = b2c(strings.Contains(t.word, "-"))
		flags[4] = b2c(strings.Contains(t.word, "."))
		fb.add(tFlags, string(flags[:]))
		if titleCues[t.lower] {
			fb.add(tTitleWord)
		}
		if (i > 0 && titleCues[ts[i-1].lower]) || (i > 1 && titleCues[ts[i-2].lower] && ts[i-1].initCap) {
			fb.add(tTitleCue)
		}
		for k := i; k <= i+3 && k < len(ts); k++ {
			if orgCues[ts[k].lower] && ts[k].initCap {
				fb.add(tOrgCue, string(rune('0'+k-i)))
				break
			}
		}
		// gz is in text order and its spans do not overlap (the
		// types of one span stand side by side): a cursor finds the
		// matches over token i in the order a scan of all would.
		for next < len(gz) && gz[next].end <= i {
			next++
		}
		for _, m := range gz[next:] {
			if m.start > i {
				break
			}
			if i >= m.start && i < m.end {
				pos := "I"
				switch {
				case m.end-m.start == 1:
					pos = "S"
				case i == m.start:
					pos = "B"
				case i == m.end-1:
					pos = "E"
				}
				fb.add(tGaz, m.typ, pos)
				if m.major {
					fb.add(tGazMajor, m.typ, pos)
				}
			}
		}
		if wc, ok := gzWord(i); ok {
			best := 0
			for k, c := range wc {
				if c > 0 {
					fb.add(tGazWord, entityTypes[k])
				}
				if c > wc[best] {
					best = k
				}
			}
			fb.add(tGazWord, "major", entityTypes[best])
		}
		if t.initCap {
			if dc.lowerSeen[strings.ToLower(t.word)] {
				fb.add(tDocLower, b2s(i == 0))
			}
			if i == 0 {
				fb.add(tDocCapNonInit, b2s(dc.capNonInit[t.word]))
			}
			if r, ok := dc.run[t.word]; ok {
				fb.add(tDocRun, r)
			}
			if p, ok := dc.firstPrev[t.word]; ok {
				fb.add(tDocFirstPrev, p)
				fb.add(tDocFirstNext, dc.firstNext[t.word])
			}
		}
		fb.add(tSentCaps, sc, t.short)
		if sc != "N" {
			fb.add(tSentCapsWord, sc, t.lower)
		}
		if t.word == `"` {
			quotes++
		}
		fb.add(tInQuote, b2s(quotes%2 == 1))
		if stack != nil {
			fb.addVote(stack[i], t)
		}
		out[i] = fb.f[start:len(fb.f):len(fb.f)]
	}
	return out
}

// addVote adds the features of the first pass's vote v on token t; they
// come last among a token's static features.
func (b *featureBuf) addVote(v vote, t *token) {
	b.add(tStack, string(rune('0'+v.seq)), string(rune('0'+v.word)))
	b.add(tStackWord, string(rune('0'+v.seq)), t.short)
}

// withVotes is fz.document(sents, stack) for the sentences df was built
// from without votes: the same features with each token's votes appended,
// without featurising the document again. df is not changed.
func (df *docFeatures) withVotes(stack [][]vote) *docFeatures {
	out := *df
	out.feats = make([][][]uint64, len(df.feats))
	for s, fs := range df.feats {
		n := 0
		for _, f := range fs {
			n += len(f) + 2
		}
		fb := &featureBuf{f: make([]uint64, 0, n)}
		out.feats[s] = make([][]uint64, len(fs))
		for i, f := range fs {
			start := len(fb.f)
			fb.f = append(fb.f, f...)
			fb.addVote(stack[s][i], &df.toks[s][i])
			out.feats[s][i] = fb.f[start:len(fb.f):len(fb.f)]
		}
	}
	return &out
}

// featureBuf collects feature hashes.
type featureBuf struct{ f []uint64 }

// add appends the hash of template tm and its parts.
func (b *featureBuf) add(tm byte, parts ...string) {
	h := hashStart(tm)
	for _, p := range parts {
		h = hashStr(h, p)
	}
	b.f = append(b.f, h)
}

func b2c(b bool) byte {
	if b {
		return '1'
	}
	return '0'
}

func b2s(b bool) string {
	if b {
		return "1"
	}
	return "0"
}
