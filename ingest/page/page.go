// Package page reads a web page's main text and metadata with
// go-trafilatura. It is linked only into cmd/newsgraph-page: trafilatura
// pulls in go-dateparser, whose package initialisation compiles regular
// expressions for some 200 locales (0.3-0.9 s of CPU and ~80 MB allocated
// at every start of a binary that links it), a cost newsgraph's own
// commands (version, query, serve) must not pay. ingest runs the helper
// as a subprocess for each .html page instead.
package page

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"github.com/markusmobius/go-trafilatura"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest/htmltext"
)

// minWords is the least main text a page must have to be an article.
const minWords = 8

// Read reads a web page into a document: the page's main text as
// go-trafilatura finds it (navigation, headers, footers, comments and other
// site chrome left out), headed by its title; the title, canonical URL and
// published date (its calendar day, midnight UTC) from the page's metadata
// when it states them (og:, meta, JSON-LD, <link rel=canonical>). pageURL,
// when known, is where the page was fetched from and the URL when the page
// names none. The id is left to the caller. A page with no main text, or
// one the parser fails on, is an error wrapping newsgraph.ErrInvalid.
func Read(page []byte, pageURL string) (doc newsgraph.Document, err error) {
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
		doc.Published = htmltext.Day(res.Metadata.Date)
	}
	// The text from the content tree, not res.ContentText, which runs the
	// headline and paragraphs together into one line.
	body := htmltext.Nodes(res.ContentNode)
	if body == "" {
		body = strings.TrimSpace(res.ContentText)
	}
	// A page whose main text is a few words (a script-rendered shell, an
	// index of links) holds no article: better named than stored empty.
	if n := len(strings.Fields(strings.TrimPrefix(body, doc.Title))); n < minWords {
		return doc, fmt.Errorf("%w: no article text in the page (%d of %d words needed, besides its title)", newsgraph.ErrInvalid, n, minWords)
	}
	doc.Text = htmltext.Headed(doc.Title, body)
	return doc, nil
}
