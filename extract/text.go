package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

func key(s string) string { return newsgraph.AliasKey(s) }

// token is one word or punctuation mark with its byte span in the document.
type token struct {
	text       string
	start, end int
	pos        string
	para       int // paragraph (line) index
}

func (t token) isCap() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	if unicode.IsUpper(r) {
		return true
	}
	// xAI, iPhone: a lower-case letter followed by an upper-case one
	for i, r := range t.text {
		if i > 0 && unicode.IsUpper(r) {
			return unicode.IsLetter(rune(t.text[0]))
		}
	}
	return false
}

func (t token) isWord() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func (t token) isAllCaps() bool {
	n := 0
	for _, r := range t.text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// sentence is a run of tokens with its byte span.
type sentence struct {
	span    newsgraph.Span
	tokens  []token
	para    int
	heading bool // a title, table-of-contents line or site chrome: no prose
	table   bool // a table row ("| a | b |")
}

// abbreviations keep their final period inside the token.
var abbreviations = set("Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "Corp", "Inc", "Co", "Ltd", "Jan", "Feb", "Mar",
	"Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Capt",
	"Adm", "Sgt", "vs", "etc", "No", "Prof", "Rev", "Ft", "Mt", "approx", "Feb", "a.m", "p.m")

// tokenize splits text[from:to] into tokens with absolute byte offsets.
func tokenize(text string, from, to int, para int, out []token) []token {
	i := from
	for i < to {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			// possessive 's / ’s
			if (r == '\'' || r == '\u2019') && i+n < to && (text[i+n] == 's' || text[i+n] == 'S') && (i+n+1 >= to || !isWordByte(text, i+n+1)) {
				out = append(out, token{text: text[i : i+n+1], start: i, end: i + n + 1, para: para})
				i += n + 1
				continue
			}
			if r == '.' && strings.HasPrefix(text[i:], "...") {
				out = append(out, token{text: "...", start: i, end: i + 3, para: para})
				i += 3
				continue
			}
			out = append(out, token{text: text[i : i+n], start: i, end: i + n, para: para})
			i += n
			continue
		}
		j := i
		for j < to {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
				j += n
				continue
			}
			if r == '-' || r == '&' || r == '\'' || r == '\u2019' || r == '.' {
				if j+n < to {
					r2, _ := utf8.DecodeRuneInString(text[j+n:])
					if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
						if (r == '\'' || r == '\u2019') && (r2 == 's' || r2 == 'S') && !isWordByte(text, j+n+1) {
							break // possessive
						}
						if r == '.' && !keepInnerDot(text[i:j], text[j+n:to]) {
							break
						}
						if r == '-' && unicode.IsLower(r2) && startsUpper(text[i:j]) && !hyphenRegion(text[j+n:to]) {
							break
						}
						j += n
						continue
					}
				}
				if r == '.' && j+1 <= to && keepFinalDot(text[i:j]) {
					j++
				}
			}
			break
		}
		out = append(out, token{text: text[i:j], start: i, end: j, para: para})
		i = j
	}
	return out
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// hyphenRegion keeps "Indo-pacific" whole.
func hyphenRegion(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "pacific") || strings.HasPrefix(l, "atlantic")
}

func isWordByte(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// keepInnerDot says whether a period inside a word joins (U.S.A, example.com,
// 2.5) or ends a sentence written without a space ("Dupont.The").
func keepInnerDot(before, after string) bool {
	seg := before
	if k := strings.LastIndexAny(before, ".-"); k >= 0 {
		seg = before[k+1:]
	}
	r, _ := utf8.DecodeRuneInString(after)
	if utf8.RuneCountInString(seg) == 1 && unicode.IsUpper(r) {
		// U.S.A: another single letter must follow
		if len(after) >= 2 && after[1] == '.' {
			return true
		}
		return false
	}
	if unicode.IsDigit(r) && len(seg) > 0 && unicode.IsDigit(rune(seg[len(seg)-1])) {
		return true
	}
	if unicode.IsLower(r) {
		w := after
		if k := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
			w = after[:k]
		}
		switch w {
		case "com", "org", "net", "gov", "edu", "jp", "uk", "io", "co", "fr", "de", "cn", "kr", "info", "news":
			return true
		}
		return len(seg) == 1
	}
	return false
}

// keepFinalDot says whether a word's final period belongs to it (U.S., Corp.).
func keepFinalDot(word string) bool {
	if abbreviations[word] {
		return true
	}
	// single letters separated by dots: U.S, U.S.A, J (an initial)
	parts := strings.Split(word, ".")
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r)
}

// split breaks the document into paragraphs (lines) and sentences.
func split(text string) []sentence {
	var sents []sentence
	para := 0
	lineStart := 0
	for lineStart <= len(text) {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		toks := tokenize(text, lineStart, lineEnd, para, nil)
		if len(toks) > 0 {
			heading, table := lineKind(text[lineStart:lineEnd], toks)
			s := 0
			for k := 0; k < len(toks); k++ {
				if k == len(toks)-1 || endsSentence(toks, k) {
					sents = append(sents, sentence{
						span:    newsgraph.Span{Start: toks[s].start, End: toks[k].end},
						tokens:  toks[s : k+1],
						para:    para,
						heading: heading,
						table:   table,
					})
					s = k + 1
				}
			}
			para++
		}
		if lineEnd >= len(text) {
			break
		}
		lineStart = lineEnd + 1
	}
	return sents
}

func endsSentence(toks []token, k int) bool {
	t := toks[k].text
	if t != "." && t != "!" && t != "?" && t != "..." {
		return false
	}
	// a closing quote or bracket right after stays in this sentence
	if k+1 < len(toks) && isCloser(toks[k+1].text) {
		return false
	}
	if k > 0 && isCloser(toks[k-1].text) && k+1 < len(toks) && !toks[k+1].isCap() {
		return false
	}
	if k+1 >= len(toks) {
		return true
	}
	next := toks[k+1]
	if k <= 2 && k > 0 && isNumber(toks[k-1].text) {
		return false // "1. Heading"
	}
	return next.isCap() || isOpener(next.text) || isNumber(next.text)
}

func isCloser(s string) bool {
	return s == "\"" || s == "\u201d" || s == "'" || s == "\u2019" || s == ")" || s == "]"
}

func isOpener(s string) bool {
	return s == "\"" || s == "\u201c" || s == "'" || s == "\u2018" || s == "(" || s == "["
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' && r != '-' {
			return false
		}
	}
	return unicode.IsDigit(rune(s[0]))
}

// lineKind tells headings, site chrome and table rows from prose: a line
// with no sentence-final punctuation whose words are mostly capitalised.
func lineKind(line string, toks []token) (heading, table bool) {
	l := strings.TrimSpace(line)
	if strings.HasPrefix(l, "|") {
		return false, true
	}
	words, caps := 0, 0
	for _, t := range toks {
		if t.isWord() && !isNumber(t.text) {
			words++
			if t.isCap() {
				caps++
			}
		}
	}
	last := toks[len(toks)-1].text
	final := last == "." || last == "!" || last == "?" || isCloser(last)
	if !final && words <= 14 {
		return true, false
	}
	if !final && words > 0 && caps*10 >= words*6 {
		return true, false
	}
	return false, false
}
