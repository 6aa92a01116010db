package page

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
	doc, err := Read([]byte(page), "")
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
	if _, err := Read([]byte(`<html><body><div id="app"></div><script>boot()</script></body></html>`), ""); !errors.Is(err, newsgraph.ErrInvalid) {
		t.Errorf("a page without text: %v, want ErrInvalid", err)
	}
}
