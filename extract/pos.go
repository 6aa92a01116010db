package extract

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	prose "github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"
)

// posTagger tags our own tokens with the weights of prose's
// averaged-perceptron tagger (a port of TextBlob's, trained on the WSJ),
// giving the tags prose itself gives the same tokens, without prose's
// second pass over the text: prose's tokenizer is needed only for the few
// tokens it would split further ("don't", "$5"), and its string-keyed
// feature maps become hashes into flat arrays (pos.bin). The weights are
// read on the first text tagged, so a process that only queries never loads
// them.
type posTagger struct {
	once sync.Once
	m    *posModel
	err  error
}

func newPOSTagger() *posTagger {
	return &posTagger{}
}

// lexicon is the words the tagger's training gave one tag, by that tag
// ("goods": NNS), loading the weights on first use.
func (p *posTagger) lexicon() map[string]string {
	p.once.Do(func() { p.m, p.err = loadPOSModel() })
	if p.err != nil {
		panic("extract: " + p.err.Error())
	}
	return p.m.tagMap
}

var asciiQuotes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", "\"", "\u201d", "\"", "\u2014", "-", "\u2013", "-")

// tag sets the part-of-speech tag of every token of one sentence that has
// none yet, exactly as prose's NewDocument tags our tokens joined by spaces:
// the text is cut at whitespace into chunks, each chunk split as prose's
// tokenizer splits it, the words tagged in sequence, and each of our tokens
// takes the tag of the first word that starts in it.
func (p *posTagger) tag(toks []token) {
	if len(toks) == 0 {
		return
	}
	p.once.Do(func() { p.m, p.err = loadPOSModel() })
	if p.err != nil {
		// The weights are prose's embedded assets: failing to read them is
		// a broken build, not bad input.
		panic("extract: " + p.err.Error())
	}
	var b strings.Builder
	starts := make([]int, len(toks))
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(asciiQuotes.Replace(t.text))
	}
	joined := b.String()
	clean := proseSanitizer.Replace(joined)
	chunks := strings.FieldsFunc(clean, unicode.IsSpace)
	words := make([]string, 0, len(chunks)+4)
	at := make([]int, len(chunks)+1) // first word of each chunk
	for c, chunk := range chunks {
		at[c] = len(words)
		words = proseSplit(words, chunk)
	}
	at[len(chunks)] = len(words)
	tags := p.m.tagWords(words)
	// prose's tokenizer caches the tokens of a chunk by its text and hands
	// out the same *Token for every later occurrence, so all occurrences
	// end with the tag of the last; only the final chunk of the text, split
	// after the loop, has tokens of its own.
	cached := len(chunks)
	if r, _ := utf8.DecodeLastRuneInString(clean); !unicode.IsSpace(r) {
		cached--
	}
	if cached > 1 {
		last := make(map[string]int, cached)
		for c := 0; c < cached; c++ {
			last[chunks[c]] = c
		}
		for c := 0; c < cached; c++ {
			if l := last[chunks[c]]; l != c {
				copy(tags[at[c]:at[c+1]], tags[at[l]:at[l+1]])
			}
		}
	}
	pos := 0 // cursor in joined
	k := 0   // our token
	for j, w := range words {
		i := strings.Index(joined[pos:], w)
		if i < 0 {
			continue
		}
		i += pos
		pos = i + len(w)
		for k+1 < len(toks) && starts[k+1] <= i {
			k++
		}
		if toks[k].pos == "" {
			toks[k].pos = tags[j]
		}
	}
}

// proseSanitizer is the replacement prose's tokenizer makes first.
var proseSanitizer = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")

// proseSplit appends the words prose's tokenizer makes of one chunk of
// text without whitespace. A chunk of letters, digits and hyphens is never
// split (prose splits off quotes, brackets, $, punctuation and clitics
// after an apostrophe), so only the others go through prose.
func proseSplit(out []string, text string) []string {
	plain := true
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
			plain = false
			break
		}
	}
	if plain {
		return append(out, text)
	}
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return append(out, text)
	}
	for _, t := range doc.Tokens() {
		out = append(out, t.Text)
	}
	return out
}

// posModel is prose's tagger model with its feature strings hashed: an
// open-addressing table from feature hash to a row of (class, weight).
type posModel struct {
	classes []string
	tagMap  map[string]string // words with one tag in training, tagged without features
	keys    []uint64          // feature hash of each row
	slots   []uint64          // feature hashes, 0 for an empty slot
	rows    []int32           // row of each slot
	rowAt   []int32           // start of each row in weights; one extra at the end
	weights []posWeight
}

type posWeight struct {
	class int32
	w     float64
}

// posFile is prose v2.0.0's tagger model (model/AveragedPerceptron: WSJ,
// via TextBlob, MIT licence) in posModel's flat form, written by
// TestPOSFile -update from prose's own assets; reading it takes a few
// milliseconds where decoding prose's gob maps takes 0.4 s.
//
//go:embed pos.bin
var posFile []byte

// loadPOSModel reads the embedded tagger model.
func loadPOSModel() (*posModel, error) {
	return decodePOS(posFile)
}

// posFromProse builds a posModel from prose's embedded assets (gob maps
// keyed by feature strings): the source of pos.bin.
func posFromProse() (*posModel, error) {
	var classes []string
	var tagMap map[string]string
	var wts map[string]map[string]float64
	for _, a := range []struct {
		name string
		into any
	}{{"classes.gob", &classes}, {"tags.gob", &tagMap}, {"weights.gob", &wts}} {
		b, err := prose.Asset("model/AveragedPerceptron/" + a.name)
		if err != nil {
			return nil, fmt.Errorf("pos model: %w", err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(a.into); err != nil {
			return nil, fmt.Errorf("pos model %s: %w", a.name, err)
		}
	}
	classIndex := map[string]int32{}
	for i, c := range classes {
		classIndex[c] = int32(i)
	}
	m := &posModel{classes: classes, tagMap: tagMap}
	// Rows in a fixed order (by feature string), so that the model always
	// gives the same file.
	feats := make([]string, 0, len(wts))
	for f := range wts {
		feats = append(feats, f)
	}
	sort.Strings(feats)
	for _, f := range feats {
		m.keys = append(m.keys, posHash(fnvOffset64, f))
		m.rowAt = append(m.rowAt, int32(len(m.weights)))
		labels := make([]string, 0, len(wts[f]))
		for l := range wts[f] {
			labels = append(labels, l)
		}
		sort.Strings(labels)
		for _, l := range labels {
			c, ok := classIndex[l]
			if !ok {
				return nil, fmt.Errorf("pos model: feature %q weighs unknown class %q", f, l)
			}
			m.weights = append(m.weights, posWeight{class: c, w: wts[f][l]})
		}
	}
	m.rowAt = append(m.rowAt, int32(len(m.weights)))
	return m, m.index()
}

// index builds the lookup table over keys.
func (m *posModel) index() error {
	if len(m.classes) > 64 {
		return fmt.Errorf("pos model: %d classes, more than 64", len(m.classes))
	}
	size := 1
	for size < 2*len(m.keys) {
		size *= 2
	}
	m.slots, m.rows = make([]uint64, size), make([]int32, size)
	for r, h := range m.keys {
		slot := h & uint64(size-1)
		for m.slots[slot] != 0 {
			if m.slots[slot] == h {
				return fmt.Errorf("pos model: two features hash to %x", h)
			}
			slot = (slot + 1) & uint64(size-1)
		}
		m.slots[slot], m.rows[slot] = h, int32(r)
	}
	return nil
}

// The pos.bin format, little-endian:
//
//	magic "NGPOS1\n\x00"
//	u32 n, n x (u8 length, class name)
//	u32 n, n x (u16 length, word, u8 length, tag), words ascending
//	u32 n, n x u64 feature hash, (n+1) x u32 row start
//	u32 n, n x u8 class, n x u64 weight (float64 bits)
const posMagic = "NGPOS1\n\x00"

func (m *posModel) write(w io.Writer) error {
	le := binary.LittleEndian
	b := []byte(posMagic)
	b = le.AppendUint32(b, uint32(len(m.classes)))
	for _, c := range m.classes {
		b = append(append(b, byte(len(c))), c...)
	}
	words := make([]string, 0, len(m.tagMap))
	for w := range m.tagMap {
		words = append(words, w)
	}
	sort.Strings(words)
	b = le.AppendUint32(b, uint32(len(words)))
	for _, w := range words {
		b = le.AppendUint16(b, uint16(len(w)))
		b = append(b, w...)
		b = append(append(b, byte(len(m.tagMap[w]))), m.tagMap[w]...)
	}
	b = le.AppendUint32(b, uint32(len(m.keys)))
	for _, k := range m.keys {
		b = le.AppendUint64(b, k)
	}
	for _, r := range m.rowAt {
		b = le.AppendUint32(b, uint32(r))
	}
	b = le.AppendUint32(b, uint32(len(m.weights)))
	for _, pw := range m.weights {
		b = append(b, byte(pw.class))
	}
	for _, pw := range m.weights {
		b = le.AppendUint64(b, math.Float64bits(pw.w))
	}
	_, err := w.Write(b)
	return err
}

func decodePOS(b []byte) (*posModel, error) {
	errShort := fmt.Errorf("pos model: truncated file")
	le := binary.LittleEndian
	take := func(n int) []byte {
		if n < 0 || n > len(b) {
			b = nil
			return nil
		}
		out := b[:n]
		b = b[n:]
		return out
	}
	u32 := func() int {
		if v := take(4); v != nil {
			return int(le.Uint32(v))
		}
		return -1
	}
	if string(take(len(posMagic))) != posMagic {
		return nil, fmt.Errorf("pos model: not a pos.bin file")
	}
	m := &posModel{tagMap: map[string]string{}}
	n := u32()
	for range max(n, 0) {
		l := take(1)
		if l == nil {
			return nil, errShort
		}
		m.classes = append(m.classes, string(take(int(l[0]))))
	}
	n = u32()
	for range max(n, 0) {
		l := take(2)
		if l == nil {
			return nil, errShort
		}
		w := string(take(int(le.Uint16(l))))
		tl := take(1)
		if tl == nil {
			return nil, errShort
		}
		m.tagMap[w] = string(take(int(tl[0])))
	}
	n = u32()
	keys, rows := take(8*n), take(4*(n+1))
	nw := u32()
	classes, weights := take(nw), take(8*nw)
	if n < 0 || keys == nil || rows == nil || weights == nil || len(b) != 0 {
		return nil, errShort
	}
	m.keys = make([]uint64, n)
	for i := range m.keys {
		m.keys[i] = le.Uint64(keys[8*i:])
	}
	m.rowAt = make([]int32, n+1)
	for i := range m.rowAt {
		m.rowAt[i] = int32(le.Uint32(rows[4*i:]))
		if m.rowAt[i] > int32(nw) || i > 0 && m.rowAt[i] < m.rowAt[i-1] {
			return nil, fmt.Errorf("pos model: bad row offsets")
		}
	}
	m.weights = make([]posWeight, nw)
	for i := range m.weights {
		c := int32(classes[i])
		if int(c) >= len(m.classes) {
			return nil, fmt.Errorf("pos model: bad class %d", c)
		}
		m.weights[i] = posWeight{class: c, w: math.Float64frombits(le.Uint64(weights[8*i:]))}
	}
	return m, m.index()
}

const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// posHash continues an FNV-1a hash over s. Hashing "a", " ", "b" in turn is
// hashing "a b", so a feature is hashed from its parts without joining them.
// 0 marks an empty slot, so a hash of 0 becomes 1 (on both sides).
func posHash(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime64
	}
	if h == 0 {
		h = 1
	}
	return h
}

// feature hashes prose's feature string template+" "+parts[0]+" "+...
func feature(template string, parts ...string) uint64 {
	h := posHash(fnvOffset64, template)
	for _, p := range parts {
		h = posHash(posHash(h, " "), p)
	}
	return h
}

// The patterns prose's tagger checks before its model (tag.go, v2.0.0).
var (
	posNone = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	posKeep = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// tagWords is prose's perceptronTagger.tag over words: fixed rules first,
// then the words tagged alike in all of training, then the model with the
// two previous tags as context. Each regular expression runs only on words
// that hold the character it needs, which gives the same answers.
func (m *posModel) tagWords(words []string) []string {
	ctx := make([]string, len(words)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = posNormalize(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	tags := make([]string, len(words))
	p1, p2 := "-START-", "-START2-"
	for i, w := range words {
		var tag string
		var found bool
		switch {
		case w == "-":
			tag = "-"
		case posEmoticons[w]:
			tag = "SYM"
		case strings.IndexByte(w, '.') >= 0 && commonregex.LinkRegex.MatchString(w),
			strings.IndexByte(w, '@') >= 0 && commonregex.EmailRegex.MatchString(w),
			strings.HasPrefix(w, "@"):
			tag = "NN"
		case (w == "0" || strings.HasPrefix(w, "*")) && posNone.MatchString(w):
			tag = "-NONE-"
		case strings.HasPrefix(w, "-") && posKeep.MatchString(w):
			tag = w
		default:
			if tag, found = m.tagMap[w]; !found {
				tag = m.predict(i, ctx, w, p1, p2)
			}
		}
		tags[i] = tag
		p2, p1 = p1, tag
	}
	return tags
}

// predict is prose's featurize and averagedPerceptron.predict: the class
// with the highest summed weight among the classes some feature weighs
// (every weight counts once; each feature occurs once).
func (m *posModel) predict(i int, ctx []string, w, p1, p2 string) string {
	i += 2
	suffix := func(s string) string { return s[len(s)-min(len(s), 3):] }
	feats := [...]uint64{
		feature("bias"),
		feature("i suffix", suffix(w)),
		feature("i pref1", string(rune(w[0]))),
		feature("i-1 tag", p1),
		feature("i-2 tag", p2),
		feature("i tag+i-2 tag", p1, p2),
		feature("i word", ctx[i]),
		feature("i-1 tag+i word", p1, ctx[i]),
		feature("i-1 word", ctx[i-1]),
		feature("i-1 suffix", suffix(ctx[i-1])),
		feature("i-2 word", ctx[i-2]),
		feature("i+1 word", ctx[i+1]),
		feature("i+1 suffix", suffix(ctx[i+1])),
		feature("i+2 word", ctx[i+2]),
	}
	var scores [64]float64
	var seen uint64
	mask := uint64(len(m.slots) - 1)
	for _, h := range feats {
		slot := h & mask
		for m.slots[slot] != 0 && m.slots[slot] != h {
			slot = (slot + 1) & mask
		}
		if m.slots[slot] == 0 {
			continue
		}
		r := m.rows[slot]
		for _, pw := range m.weights[m.rowAt[r]:m.rowAt[r+1]] {
			scores[pw.class] += pw.w
			seen |= 1 << pw.class
		}
	}
	best := -1
	for c := range m.classes {
		if seen&(1<<c) != 0 && (best < 0 || scores[c] > scores[best]) {
			best = c
		}
	}
	if best < 0 {
		return ""
	}
	return m.classes[best]
}

// posNormalize is prose's normalize: hyphenated words, four-digit numbers
// and words starting with a digit share one feature each.
func posNormalize(word string) string {
	if word == "" {
		return word
	}
	first := string(word[0])
	if strings.Contains(word, "-") && first != "-" {
		return "!HYPHEN"
	} else if _, err := strconv.Atoi(word); err == nil && len(word) == 4 {
		return "!YEAR"
	} else if _, err := strconv.Atoi(first); err == nil {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}
