// Package htmltext turns parsed HTML into plain text, one paragraph per block
// element. It is shared by ingest (feed items' HTML content) and ingest/page
// (a web page's main text) and depends on golang.org/x/net/html only, so
// that ingest stays free of the page extractor.
package htmltext

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Fragment is the text of an HTML fragment (a feed item's content):
// paragraphs and line breaks kept, scripts and styles dropped, whitespace
// inside a paragraph folded to one space. Unparseable input gives "".
func Fragment(fragment string) string {
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return ""
	}
	return Nodes(nodes...)
}

// Nodes is the text of HTML nodes (nil ones skipped): paragraphs separated
// by a blank line, a <br> a line break, whitespace inside a line folded to
// one space.
func Nodes(nodes ...*html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			case "br":
				b.WriteString("\n")
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blockElement[n.Data] {
			b.WriteString("\n\n")
		}
	}
	for _, n := range nodes {
		if n != nil {
			walk(n)
		}
	}
	var paras []string
	for _, p := range strings.Split(b.String(), "\n\n") {
		var lines []string
		for _, l := range strings.Split(p, "\n") {
			if l = strings.Join(strings.Fields(l), " "); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			paras = append(paras, strings.Join(lines, "\n"))
		}
	}
	return strings.Join(paras, "\n\n")
}

var blockElement = map[string]bool{
	"p": true, "div": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "section": true, "article": true, "header": true, "footer": true, "figure": true,
	"figcaption": true, "table": true, "tr": true, "pre": true, "ul": true, "ol": true, "dl": true, "dd": true, "dt": true,
}

// Day is the calendar day t falls on where it was written, at midnight UTC:
// "2024-06-02T01:00:00+02:00" is June 2, the day the page says, not June 1.
func Day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// Headed puts the title above the body, as a news text file has it, unless
// the body already opens with it: the extractor reads the headline too.
func Headed(title, body string) string {
	if title == "" || strings.HasPrefix(body, title) {
		return body
	}
	return title + "\n\n" + body
}
