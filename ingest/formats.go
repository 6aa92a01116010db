package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// kind is how a file is read, by its name.
type kind int

const (
	kindUnknown kind = iota
	kindText         // .txt: one article
	kindJSONL        // .jsonl: one {id,text,title,url,published} per line
	kindHTML         // .html, .htm: one web page
	kindFeed         // .rss, .atom, .xml: an RSS or Atom feed, one document per item
)

// kindOf names the kind of path, looking through a ".gz" suffix: a gzipped
// JSON Lines file or text file is read as its content (see gzipped).
func kindOf(path string) kind {
	if gzipped(path) {
		path = path[:len(path)-len(".gz")]
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt":
		return kindText
	case ".jsonl":
		return kindJSONL
	case ".html", ".htm", ".xhtml":
		return kindHTML
	case ".rss", ".atom", ".xml":
		return kindFeed
	}
	return kindUnknown
}

// gzipped says whether path names a gzip-compressed file by its ".gz" suffix.
func gzipped(path string) bool {
	return strings.EqualFold(filepath.Ext(path), ".gz")
}

// readPath reads one file Read found. A file named on the command line is
// read as text whatever its name (the caller asked for it); a file found in
// a folder is read only when its kind is known, else reported as skipped.
func readPath(path string, named bool, yield func(Item) error) error {
	base := filepath.Base(path)
	if !named {
		if info, err := os.Stat(path); err == nil && info.IsDir() {
			return yield(Item{Origin: path, Skipped: "a hidden folder"})
		}
		if strings.HasPrefix(base, ".") {
			return yield(Item{Origin: path, Skipped: "a hidden file"})
		}
	}
	k := kindOf(path)
	if gzipped(path) && (k == kindHTML || k == kindFeed) {
		// Pages and feeds are parsed from a file whose encoding the parser
		// sniffs; a compressed one would need its own path through both.
		return yield(Item{Origin: path, Err: fmt.Errorf("%w: a gzipped web page or feed is not read; decompress it first (.jsonl.gz and .txt.gz are read)", newsgraph.ErrInvalid)})
	}
	switch k {
	case kindHTML:
		return readHTMLFile(path, yield)
	case kindFeed:
		return readFeedFile(path, named, yield)
	case kindUnknown:
		if !named {
			ext := filepath.Ext(path)
			if ext == "" {
				ext = "no extension"
			}
			return yield(Item{Origin: path, Skipped: "not a kind ingest reads (" + ext + "; it reads .txt, .html, .htm, .rss, .atom, .xml, .jsonl, .jsonl.gz, .txt.gz)"})
		}
	}
	return readFile(path, yield)
}
