package ingest

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest/htmltext"
)

func readFeedFile(path string, named bool, yield func(Item) error) error {
	b, err := readLimited(path)
	if err != nil {
		return yield(Item{Origin: path, Err: err})
	}
	if !named && strings.EqualFold(filepath.Ext(path), ".xml") && !looksLikeFeed(b) {
		// .xml is a feed's name as often as anything else's
		return yield(Item{Origin: path, Skipped: "XML, but not an RSS or Atom feed"})
	}
	docs, errs, err := Feed(b)
	if err != nil {
		return yield(Item{Origin: path, Err: err})
	}
	for i, doc := range docs {
		if err := yield(Item{Origin: fmt.Sprintf("%s#%d", path, i+1), Doc: doc, Err: errs[i]}); err != nil {
			return err
		}
	}
	return nil
}

// looksLikeFeed tells an RSS, RDF or Atom document from other XML by its
// root element.
func looksLikeFeed(b []byte) bool {
	head := b[:min(len(b), 4096)]
	for _, root := range []string{"<rss", "<feed", "<rdf:RDF", "<RDF"} {
		if bytes.Contains(head, []byte(root)) {
			return true
		}
	}
	return false
}

// itemDay is the day a feed item's date falls on in the zone it is written
// in: gofeed's parsed time is in UTC, which moves "Sun, 02 Jun 2024 23:30
// -0400" to June 3. The common layouts are read again with their zone; any
// other keeps gofeed's reading.
func itemDay(raw string, parsed time.Time) time.Time {
	raw = strings.TrimSpace(raw)
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC3339, "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700"} {
		if t, err := time.Parse(layout, raw); err == nil {
			return htmltext.Day(t)
		}
	}
	return htmltext.Day(parsed)
}

// Feed reads an RSS (0.9x, 1.0, 2.0) or Atom feed (github.com/mmcdole/gofeed)
// into one document per item: id and URL the item's link (else its GUID),
// title, published date (else its updated date), and as text the item's
// full content when the feed carries it (content:encoded, Atom content),
// else its description, HTML turned to text and headed by the title.
// errs[i] is why item i cannot be a document (no link or id, no text); a
// file that is not a feed at all is err.
func Feed(b []byte) (docs []newsgraph.Document, errs []error, err error) {
	defer func() {
		if p := recover(); p != nil { // a parser's bug is this file's failure, not the batch's
			docs, errs, err = nil, nil, fmt.Errorf("%w: the feed parser failed: %v", newsgraph.ErrInvalid, p)
		}
	}()
	f, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		return nil, nil, fmt.Errorf("%w: not an RSS or Atom feed: %v", newsgraph.ErrInvalid, err)
	}
	for i, it := range f.Items {
		doc := newsgraph.Document{Title: strings.TrimSpace(it.Title), URL: strings.TrimSpace(it.Link)}
		id := doc.URL
		if id == "" {
			id = strings.TrimSpace(it.GUID)
		}
		doc.ID = newsgraph.DocumentID(id)
		switch {
		case it.PublishedParsed != nil:
			doc.Published = itemDay(it.Published, *it.PublishedParsed)
		case it.UpdatedParsed != nil:
			doc.Published = itemDay(it.Updated, *it.UpdatedParsed)
		}
		body := fragmentText(it.Content)
		if body == "" {
			body = fragmentText(it.Description)
		}
		doc.Text = htmltext.Headed(doc.Title, body)
		var ierr error
		switch {
		case id == "":
			ierr = fmt.Errorf("item %d %.60q: %w: no link or guid to name it by", i+1, doc.Title, newsgraph.ErrInvalid)
		case body == "":
			ierr = fmt.Errorf("item %d %.60q: %w: no content or description", i+1, doc.Title, newsgraph.ErrInvalid)
		}
		docs = append(docs, doc)
		errs = append(errs, ierr)
	}
	return docs, errs, nil
}
