package temporal

import (
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// token is a word (a run of letters), a number (a run of ASCII digits) or one
// other non-space rune. Words never include apostrophes or hyphens, so
// "Wednesday's" is the word "Wednesday" followed by "'" and "s".
type token struct {
	start, end int
	kind       tokKind
	space      bool // whitespace (or the start of the text) comes before it
	nl         bool // a line break comes before it: a sentence boundary
	caps       bool // word in Title case or all capitals: months and weekdays must be
	lx         entry
	val        int // number value, capped at about a million
	nd         int // number of digits
	r          rune
}

// tokenize splits text into tokens, appending to toks.
func tokenize(text string, toks []token) []token {
	space, nl := true, true
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			space = true
			nl = nl || c == '\n'
			i++
			continue
		case '0' <= c && c <= '9':
			j, v := i, 0
			for j < len(text) && '0' <= text[j] && text[j] <= '9' {
				if v < 1e6 {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			toks = append(toks, token{start: i, end: j, kind: tNum, space: space, nl: nl, val: v, nd: j - i})
			i = j
		case isLetterAt(text, i):
			j := i
			for j < len(text) {
				if text[j] < 0x80 {
					if !isASCIILetter(text[j]) {
						break
					}
					j++
					continue
				}
				r, n := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += n
			}
			tk := token{start: i, end: j, kind: tWord, space: space, nl: nl}
			w := text[i:j]
			tk.caps = isCaps(w)
			tk.lx, _ = lookup(w)
			toks = append(toks, tk)
			i = j
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				space = true
				i += n
				continue
			}
			toks = append(toks, token{start: i, end: i + n, kind: tPunct, space: space, nl: nl, r: r})
			i += n
		}
		space, nl = false, false
	}
	return toks
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isLetterAt(text string, i int) bool {
	if text[i] < 0x80 {
		return isASCIILetter(text[i])
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// isCaps reports whether an ASCII word is in Title case ("October") or all
// capitals ("OCT"): month and weekday names in lower case are verbs and modals
// ("may meet", "march on").
func isCaps(w string) bool {
	if len(w) == 0 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	lower, upper := true, true
	for i := 1; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z':
			upper = false
		case 'A' <= c && c <= 'Z':
			lower = false
		default:
			return false
		}
	}
	return lower || upper
}
