package newsgraph

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"
)

// IRI prefixes of the ids newsgraph mints.
const (
	EntityIRI = "urn:newsgraph:entity:"
	EventIRI  = "urn:newsgraph:event:"
)

// NewEntityID mints the id of an entity first seen under name with type t:
// urn:newsgraph:entity:person:donald-trump. The same name and type give the
// same id, so re-ingesting a corpus gives the same ids.
func NewEntityID(t EntityType, name string) EntityID {
	return EntityID(EntityIRI + strings.ToLower(string(t)) + ":" + Slug(name))
}

// NewEventID mints the id of an event first seen in a document: a short hash
// of the type, the document and the byte offset of its first evidence.
func NewEventID(t EventType, seed string) EventID {
	h := sha256.Sum256([]byte(string(t) + "\x00" + seed))
	return EventID(EventIRI + strings.ToLower(string(t)) + ":" + hex.EncodeToString(h[:8]))
}

// Slug lower-cases s, folds common accents and joins words with '-'.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range Fold(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}

// AliasKey is the key under which a surface form is looked up: folded case
// and accents, no leading "the", no possessive, single spaces, no dots
// ("The U.S." and "us" share the key "us").
func AliasKey(s string) string {
	if k, ok := asciiAliasKey(s); ok {
		return k
	}
	return aliasKeyRunes(s)
}

// asciiAliasKey is AliasKey of an ASCII s in one pass and one allocation
// (ok false when s is not ASCII): a name search keys every name and alias
// of every entity it may answer with, hundreds per search on a large graph.
func asciiAliasKey(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return "", false
		}
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "'")
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch {
		case c == '.':
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '&':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
		default:
			space = true
		}
	}
	return strings.TrimPrefix(b.String(), "the "), true
}

// aliasKeyRunes is AliasKey of any s.
func aliasKeyRunes(s string) string {
	s = strings.ReplaceAll(s, "\u2019", "'")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "'")
	f := Fold(s)
	var b strings.Builder
	space := false
	for _, r := range f {
		switch {
		case r == '.':
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// Fold lower-cases s and removes the accents of Latin letters.
func Fold(s string) string {
	s = strings.ToLower(s)
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		return s // no accents to remove (and no copy to make)
	}
	var b strings.Builder
	for _, r := range s {
		if f, ok := accents[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var accents = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'ı': "i",
	'ñ': "n", 'ń': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o",
	'ř': "r", 'ś': "s", 'š': "s", 'ş': "s", 'ș': "s", 'ß': "ss", 'ť': "t", 'ţ': "t", 'ț': "t",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z", 'ł': "l",
	// Vietnamese: a vowel's quality mark and its tone mark together
	'ạ': "a", 'ả': "a", 'ấ': "a", 'ầ': "a", 'ẩ': "a", 'ẫ': "a", 'ậ': "a", 'ắ': "a", 'ằ': "a", 'ẳ': "a", 'ẵ': "a",
	'ặ': "a", 'ẹ': "e", 'ẻ': "e", 'ẽ': "e", 'ế': "e", 'ề': "e", 'ể': "e", 'ễ': "e", 'ệ': "e", 'ỉ': "i", 'ị': "i",
	'ọ': "o", 'ỏ': "o", 'ố': "o", 'ồ': "o", 'ổ': "o", 'ỗ': "o", 'ộ': "o", 'ớ': "o", 'ờ': "o", 'ở': "o", 'ỡ': "o",
	'ợ': "o", 'ụ': "u", 'ủ': "u", 'ứ': "u", 'ừ': "u", 'ử': "u", 'ữ': "u", 'ự': "u", 'ỳ': "y", 'ỵ': "y", 'ỷ': "y",
	'ỹ': "y", 'ơ': "o", 'ư': "u",
}

// FamilyName is the family name of a person's name written as a given name
// and a family name, with or without a middle initial ("Marco Rubio",
// "George W. Bush", "George W Bush": "Rubio", "Bush"), the form news uses
// on second reference; "" for other shapes, whose order is not known ("Xi
// Jinping": the family name may come first).
func FamilyName(name string) string {
	parts := strings.Fields(name)
	if len(parts) == 3 && utf8.RuneCountInString(strings.TrimSuffix(parts[1], ".")) == 1 && unicode.IsUpper([]rune(parts[1])[0]) {
		parts = []string{parts[0], parts[2]}
	}
	if len(parts) != 2 || len(parts[0]) < 3 || len(parts[1]) < 3 || !unicode.IsUpper([]rune(parts[1])[0]) {
		return ""
	}
	return parts[1]
}

// NameWords are the lower-case words of a name as resolution counts them
// when it prefers the fullest name ("Jean-Pierre Raffarin": jean, pierre,
// raffarin): split at spaces and hyphens, dots and commas trimmed, as
// extract's nameTokens does.
func NameWords(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == '\u2010' })
	out := f[:0]
	for _, w := range f {
		w = strings.Trim(w, ".,")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// Origin is the source that names an occasion: the earliest by published
// date (YYYY-MM-DD, empty when unknown: before any date), then by document
// id.
type Origin struct {
	Published string
	Document  DocumentID
}

// Before orders origins: the earlier published first, then the smaller id.
func (o Origin) Before(p Origin) bool {
	if o.Published != p.Published {
		return o.Published < p.Published
	}
	return o.Document < p.Document
}

// Origin is the earliest of the event's claims: the source that names it
// (extraction links a report of an occasion to the event of its earliest
// source); the zero Origin when it has no claims.
func (e *Event) Origin() Origin {
	var best Origin
	for i, c := range e.Claims {
		o := Origin{Published: c.Published, Document: c.Document}
		if i == 0 || o.Before(best) {
			best = o
		}
	}
	return best
}
