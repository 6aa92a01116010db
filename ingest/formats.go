package ingest

import (
	"os"
	"path/filepath"
	"strings"
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

func kindOf(path string) kind {
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
	switch kindOf(path) {
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
			return yield(Item{Origin: path, Skipped: "not a kind ingest reads (" + ext + "; it reads .txt, .html, .htm, .rss, .atom, .xml, .jsonl)"})
		}
	}
	return readFile(path, yield)
}
