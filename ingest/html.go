package ingest

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsgraph/newsgraph"
)

// maxPageBytes bounds a web page or feed read from disk: pages carry markup,
// scripts and styles several times the size of their text.
const maxPageBytes = 32 << 20

// minPageWords is the least main text a page must have to be an article.
const minPageWords = 8

func readHTMLFile(path string, yield func(Item) error) error {
	b, err := readLimited(path)
	if err != nil {
		return yield(Item{Origin: path, Err: err})
	}
	doc, err := Page(b, "")
	// The canonical URL names the article wherever it was saved (a crawl
	// holds many index.html), and as its feed item names it; else the file.
	doc.ID = newsgraph.DocumentID(doc.URL)
	if doc.ID == "" {
		doc.ID = newsgraph.DocumentID(strings.TrimSpace(filepath.Base(path)))
	}
	return yield(Item{Origin: path, Doc: doc, Err: err})
}

func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxPageBytes+1))
	if err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	if len(b) > maxPageBytes {
		return nil, fmt.Errorf("%w: over %d bytes", newsgraph.ErrInvalid, maxPageBytes)
	}
	return b, nil
}

// Page reads a web page into a document: the page's main text as
// go-trafilatura finds it (navigation, headers, footers, comments and other
// site chrome left out), headed by its title; the title, canonical URL and
// published date from the page's metadata when it states them (og:, meta,
// JSON-LD, <link rel=canonical>). pageURL, when known, is where the page
// was fetched from. The id is left to the caller. A page with no main text
// is an error wrapping newsgraph.ErrInvalid.
func Page(page []byte, pageURL string) (doc newsgraph.Document, err error) {
	defer func() {
		if p := recover(); p != nil { // a parser's bug is this page's failure, not the batch's
			doc, err = newsgraph.Document{}, fmt.Errorf("%w: the page parser failed: %v", newsgraph.ErrInvalid, p)
		}
	}()
	cfg := trafilatura.DefaultConfig()
	// Below this many characters trafilatura falls back to its baseline,
	// which runs the paragraphs of a short story into one line; 250 (its
	// default) is a brief's length.
	cfg.MinExtractedSize = 100
	opts := trafilatura.Options{
		Config:          cfg,
		ExcludeComments: true,
		EnableFallback:  true,
		Deduplicate:     true,
		HtmlDateMode:    trafilatura.Fast, // the date the page's markup states; no guessing from its prose
	}
	if u, err := url.Parse(pageURL); err == nil && u.Scheme != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(bytes.NewReader(page), opts)
	if err != nil {
		return newsgraph.Document{}, fmt.Errorf("%w: no article text in the page: %v", newsgraph.ErrInvalid, err)
	}
	doc = newsgraph.Document{Title: strings.TrimSpace(res.Metadata.Title), URL: res.Metadata.URL}
	if doc.URL == "" {
		doc.URL = pageURL
	}
	if !res.Metadata.Date.IsZero() {
		doc.Published = day(res.Metadata.Date)
	}
	// The text from the content tree, not res.ContentText, which runs the
	// headline and paragraphs together into one line.
	body := nodeText(res.ContentNode)
	if body == "" {
		body = strings.TrimSpace(res.ContentText)
	}
	// A page whose main text is a few words (a script-rendered shell, an
	// index of links) holds no article: better named than stored empty.
	if n := len(strings.Fields(strings.TrimPrefix(body, doc.Title))); n < minPageWords {
		return doc, fmt.Errorf("%w: no article text in the page (%d of %d words needed, besides its title)", newsgraph.ErrInvalid, n, minPageWords)
	}
	doc.Text = headed(doc.Title, body)
	return doc, nil
}

// day is the calendar day t falls on where it was written, at midnight UTC:
// "2024-06-02T01:00:00+02:00" is June 2, the day the page says, not June 1.
func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// headed puts the title above the body, as a news text file has it, unless
// the body already opens with it: the extractor reads the headline too.
func headed(title, body string) string {
	if title == "" || strings.HasPrefix(body, title) {
		return body
	}
	return title + "\n\n" + body
}

// fragmentText is the text of an HTML fragment (a feed item's content):
// paragraphs and line breaks kept, scripts and styles dropped, whitespace
// inside a paragraph folded to one space.
func fragmentText(fragment string) string {
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return ""
	}
	return nodeText(nodes...)
}

// nodeText is the text of HTML nodes, one paragraph per block element.
func nodeText(nodes ...*html.Node) string {
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
