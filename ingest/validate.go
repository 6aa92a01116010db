package ingest

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// Validate is the one input rule of every source, the command line and the
// GraphQL mutation alike. It rejects what cannot be a news article: an
// empty, oversized, binary or invalid UTF-8 text, HTML source given as text,
// an id that is too long, has control characters or surrounding spaces
// (sources trim ids before this), and a title or URL that is not one line of
// UTF-8. Errors wrap newsgraph.ErrInvalid, name the document, and quote at
// most a short prefix of what they refuse.
func Validate(doc newsgraph.Document, maxBytes int) error {
	id := string(doc.ID)
	switch {
	case len(id) > 512 || strings.IndexFunc(id, isControl) >= 0 || !utf8.ValidString(id):
		return fmt.Errorf("document %s: %w: id must be at most 512 characters of UTF-8 without control characters", quote(id), newsgraph.ErrInvalid)
	case id != strings.TrimSpace(id):
		return fmt.Errorf("document %s: %w: id has spaces around it", quote(id), newsgraph.ErrInvalid)
	}
	for _, f := range []struct{ name, v string }{{"title", doc.Title}, {"url", doc.URL}} {
		if len(f.v) > 4096 || !utf8.ValidString(f.v) || strings.IndexFunc(f.v, isControl) >= 0 {
			return fmt.Errorf("document %s: %w: %s must be one line of at most 4096 bytes of UTF-8", quote(id), newsgraph.ErrInvalid, f.name)
		}
	}
	return checkText("document "+quote(id), doc.Text, maxBytes)
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f }

// binary reports a NUL byte, or control characters in more than 1% of the
// first 8 KiB (tabs, newlines and carriage returns are text).
func binary(text string) bool {
	if strings.IndexByte(text, 0) >= 0 {
		return true
	}
	head := text
	if len(head) > 8192 {
		head = head[:8192]
	}
	ctl := 0
	for i := 0; i < len(head); i++ {
		if c := head[i]; c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*100 > len(head)
}

// htmlTags are elements of page markup; prose that mentions one ("a <b>
// tag") stays under the count htmlSource needs.
var htmlTags = map[string]bool{
	"html": true, "head": true, "body": true, "meta": true, "link": true, "script": true, "style": true, "title": true,
	"div": true, "span": true, "p": true, "a": true, "br": true, "img": true, "iframe": true, "noscript": true,
	"table": true, "tr": true, "td": true, "th": true, "ul": true, "ol": true, "li": true, "section": true,
	"article": true, "header": true, "footer": true, "nav": true, "main": true, "aside": true, "figure": true,
	"form": true, "input": true, "button": true, "svg": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"b": true, "i": true, "em": true, "strong": true, "time": true, "source": true, "picture": true,
}

// htmlSource reports whether text is a page's markup rather than prose, and
// names the evidence: a doctype, a CDATA section, or at least eight HTML
// tags (<div ...>, </p>, <br/>), which no article's prose holds.
func htmlSource(text string) (string, bool) {
	head := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(text, "\ufeff")))
	for _, start := range []string{"<!doctype html", "<html", "<?xml"} {
		if strings.HasPrefix(head, start) {
			return "it begins " + start, true
		}
	}
	if strings.Contains(text, "<![CDATA[") {
		return "a CDATA section", true
	}
	n, first := 0, ""
	for i := 0; i < len(text); i++ {
		if text[i] != '<' {
			continue
		}
		j := i + 1
		if j < len(text) && text[j] == '/' {
			j++
		}
		k := j
		for k < len(text) && k-j < 10 && (text[k] >= 'a' && text[k] <= 'z' || text[k] >= 'A' && text[k] <= 'Z' || text[k] >= '0' && text[k] <= '9') {
			k++
		}
		if k == j || k >= len(text) || !htmlTags[strings.ToLower(text[j:k])] {
			continue
		}
		if c := text[k]; c != '>' && c != ' ' && c != '/' && c != '\n' && c != '\t' {
			continue
		}
		if n++; n == 1 {
			first = "<" + text[i+1:k] + ">"
		}
		if n >= 8 {
			return fmt.Sprintf("tags such as %s", first), true
		}
	}
	return "", false
}

// quote is s quoted, cut to its first 40 bytes: enough to find the input,
// never a client's whole body echoed back.
func quote(s string) string {
	const n = 40
	if len(s) <= n {
		return strconv.Quote(s)
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]) + "..."
}
