package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// TestPage: the page's day is the one it states in its own zone; the
// headline heads the text as its own paragraph; chrome is left out.
func TestPage(t *testing.T) {
	page := `<html><head><title>Site | Ignored</title>
<meta property="og:title" content="Ferry line to Kessel reopens">
<meta property="article:published_time" content="2024-06-02T01:00:00+02:00">
<link rel="canonical" href="https://port.example/ferry"></head>
<body><nav>Home | News | Weather | Sign in</nav><article><h1>Ferry line to Kessel reopens</h1>
<p>The ferry line between Ostra and Kessel reopened on Sunday after a month of repairs to the pier.</p>
<p>Harbour master Lise Brandt said the first crossing carried two hundred passengers.</p></article>
<footer>Terms | Privacy | Cookies</footer></body></html>`
	doc, err := Page([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Published.Format(newsgraph.DateLayout); got != "2024-06-02" {
		t.Errorf("published %s, want the page's own day 2024-06-02", got)
	}
	if doc.Title != "Ferry line to Kessel reopens" || doc.URL != "https://port.example/ferry" {
		t.Errorf("title %q, url %q", doc.Title, doc.URL)
	}
	if !strings.HasPrefix(doc.Text, "Ferry line to Kessel reopens\n\nThe ferry line between Ostra and Kessel") || strings.Contains(doc.Text, "Sign in") || strings.Contains(doc.Text, "Cookies") {
		t.Errorf("text %q", doc.Text)
	}
	if _, err := Page([]byte(`<html><body><div id="app"></div><script>boot()</script></body></html>`), ""); !errors.Is(err, newsgraph.ErrInvalid) {
		t.Errorf("a page without text: %v, want ErrInvalid", err)
	}
}

// TestFeed: RSS items are documents named by their link, dated by pubDate,
// with the full content when the feed has it; an item with nothing to name
// it by is an error of its own.
func TestFeed(t *testing.T) {
	rss := `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
<item><title>Pier reopens</title><link>https://port.example/pier</link><pubDate>Sun, 02 Jun 2024 23:30:00 -0400</pubDate>
<description>teaser</description><content:encoded><![CDATA[<p>The pier at Ostra reopened.</p><p>Lise Brandt cut the ribbon.</p>]]></content:encoded></item>
<item><title>No name</title><description>Text without a link.</description></item>
</channel></rss>`
	docs, errs, err := Feed([]byte(rss))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || errs[0] != nil || !errors.Is(errs[1], newsgraph.ErrInvalid) {
		t.Fatalf("docs %v, errs %v", docs, errs)
	}
	d := docs[0]
	if d.ID != "https://port.example/pier" || d.Published.Format(newsgraph.DateLayout) != "2024-06-02" || d.Text != "Pier reopens\n\nThe pier at Ostra reopened.\n\nLise Brandt cut the ribbon." {
		t.Errorf("item %q %s %q", d.ID, d.Published, d.Text)
	}
	if _, _, err := Feed([]byte("<html><body>not a feed</body></html>")); !errors.Is(err, newsgraph.ErrInvalid) {
		t.Errorf("not a feed: %v", err)
	}
}
