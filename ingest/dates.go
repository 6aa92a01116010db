package ingest

import (
	"time"

	"github.com/newsgraph/newsgraph"
)

// DateSource says where a document's published date came from.
type DateSource string

const (
	DateOwn      DateSource = "own"      // its source: the JSONL line, the page's metadata, the feed item
	DateGiven    DateSource = "given"    // the --published date of the command line
	DateDateline DateSource = "dateline" // a date at the top of its text
	DateNone     DateSource = "none"     // none: relative dates in it ("on Tuesday") stay unresolved
)

// Dating dates the documents their source left undated: with Default when
// set (a date the user gave for the batch), else with Dateline when it finds
// a date at the top of the text (the extractor's, passed in by cmd: ingest
// does not import extract).
type Dating struct {
	Default  time.Time
	Dateline func(text string) (time.Time, bool)
}

// Date fills in doc.Published when it is zero and says where the date came
// from.
func (d Dating) Date(doc *newsgraph.Document) DateSource {
	switch {
	case !doc.Published.IsZero():
		return DateOwn
	case !d.Default.IsZero():
		doc.Published = d.Default
		return DateGiven
	case d.Dateline != nil:
		if t, ok := d.Dateline(doc.Text); ok {
			doc.Published = t
			return DateDateline
		}
	}
	return DateNone
}
