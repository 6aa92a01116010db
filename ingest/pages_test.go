package ingest

import (
	"errors"
	"testing"

	"github.com/newsgraph/newsgraph"
)

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
