package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest/htmltext"
)

// maxPageBytes bounds a web page or feed read from disk: pages carry markup,
// scripts and styles several times the size of their text.
const maxPageBytes = 32 << 20

// MaxPageBytes bounds a web page newsgraph-page reads (the same bound).
const MaxPageBytes = maxPageBytes

// PageHelper is the executable that reads a web page (see ingest/page): it
// lives apart from newsgraph because its page extractor's dependencies
// spend 0.3-0.9 s of CPU and ~80 MB at package initialisation, at every
// start of any binary that links them.
const PageHelper = "newsgraph-page"

// ErrNoPageHelper: newsgraph-page is neither beside the running executable
// nor on $PATH.
var ErrNoPageHelper = errors.New(PageHelper + " not found: build it with make build")

// PageRecord is what newsgraph-page writes to stdout for one page: one JSON
// object. Published is YYYY-MM-DD, "" when the page states no date; ID is
// the canonical URL, else the file's base name, else "".
type PageRecord struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// PageRecordOf is doc as newsgraph-page writes it.
func PageRecordOf(doc newsgraph.Document) PageRecord {
	r := PageRecord{ID: string(doc.ID), Title: doc.Title, URL: doc.URL, Text: doc.Text}
	if !doc.Published.IsZero() {
		r.Published = doc.Published.Format(newsgraph.DateLayout)
	}
	return r
}

// Document is the record as a document; a published date that is not
// YYYY-MM-DD is an error.
func (r PageRecord) Document() (newsgraph.Document, error) {
	doc := newsgraph.Document{ID: newsgraph.DocumentID(r.ID), Title: r.Title, URL: r.URL, Text: r.Text}
	if r.Published != "" {
		t, err := time.Parse(newsgraph.DateLayout, r.Published)
		if err != nil {
			return doc, fmt.Errorf("%s: published %q: %w", PageHelper, r.Published, err)
		}
		doc.Published = t
	}
	return doc, nil
}

// pageHelperPath finds newsgraph-page: beside the running executable first
// (bin/ holds both after make build), then on $PATH.
func pageHelperPath() (string, error) {
	if exe, err := os.Executable(); err == nil {
		p := filepath.Join(filepath.Dir(exe), PageHelper)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0 {
			return p, nil
		}
	}
	if p, err := exec.LookPath(PageHelper); err == nil {
		return p, nil
	}
	return "", ErrNoPageHelper
}

// readPage runs newsgraph-page on page (fed on its stdin) and reads the
// document it writes. A page the helper finds no article in (its exit
// status 1) is an error wrapping newsgraph.ErrInvalid with the helper's
// message; a missing helper is ErrNoPageHelper.
func readPage(page []byte) (newsgraph.Document, error) {
	bin, err := pageHelperPath()
	if err != nil {
		return newsgraph.Document{}, err
	}
	cmd := exec.Command(bin)
	cmd.Stdin = bytes.NewReader(page)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	msg := strings.TrimPrefix(strings.TrimSpace(errb.String()), PageHelper+": ")
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit) && exit.ExitCode() == 1:
		return newsgraph.Document{}, fmt.Errorf("%w: %s", newsgraph.ErrInvalid, strings.TrimPrefix(msg, newsgraph.ErrInvalid.Error()+": "))
	case err != nil:
		return newsgraph.Document{}, fmt.Errorf("ingest: %s: %v: %s", PageHelper, err, msg)
	}
	var r PageRecord
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		return newsgraph.Document{}, fmt.Errorf("ingest: %s wrote no document: %v", PageHelper, err)
	}
	return r.Document()
}

func readHTMLFile(path string, yield func(Item) error) error {
	b, err := readLimited(path)
	if err != nil {
		return yield(Item{Origin: path, Err: err})
	}
	doc, err := readPage(b)
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

// fragmentText is the text of an HTML fragment (a feed item's content):
// paragraphs and line breaks kept, scripts and styles dropped.
func fragmentText(fragment string) string { return htmltext.Fragment(fragment) }
