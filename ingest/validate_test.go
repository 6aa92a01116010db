package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestValidateHTMLSource(t *testing.T) {
	for text, want := range map[string]bool{
		"Profits rose by <5% while costs fell to < 2 billion crowns.":                                   false,
		"The site's editor said a stray <b> tag broke the headline, and the <p> tags were fixed later.": false,
		"<!doctype html><title>x</title>Officials met.":                                                 true,
		"<?xml version=\"1.0\"?><rss><item>Officials met.</item></rss>":                                 true,
		"Officials met. <![CDATA[ x ]]>":                                                                true,
		strings.Repeat("<p>The council voted.</p>\n", 4):                                                true,
	} {
		err := Validate(newsgraph.Document{ID: "d", Text: text}, DefaultMaxBytes)
		if got := err != nil; got != want {
			t.Errorf("%.50q: error %v, want refused=%v", text, err, want)
		}
		if err != nil && (!errors.Is(err, newsgraph.ErrInvalid) || !strings.Contains(err.Error(), "HTML")) {
			t.Errorf("%.50q: %v", text, err)
		}
	}
}

func TestValidateQuotesAPrefix(t *testing.T) {
	long := strings.Repeat("x", 1000)
	for _, doc := range []newsgraph.Document{
		{ID: newsgraph.DocumentID(long + "\n"), Text: "Officials met."},
		{ID: newsgraph.DocumentID(" " + long), Text: "Officials met."},
	} {
		if err := Validate(doc, DefaultMaxBytes); err == nil || len(err.Error()) > 200 {
			t.Errorf("id of %d bytes: %v", len(doc.ID), err)
		}
	}
	if _, err := ParsePublished(long); err == nil || len(err.Error()) > 200 {
		t.Errorf("published of %d bytes: %v", len(long), err)
	}
}
