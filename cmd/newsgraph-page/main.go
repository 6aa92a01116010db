// Command newsgraph-page reads one web page and writes its article as JSON:
//
//	newsgraph-page [--url URL] [FILE]
//
// FILE (or stdin when it is absent or "-") is an HTML page of at most
// ingest.MaxPageBytes; --url is where it was fetched from (used as the URL
// when the page names no canonical one). Stdout gets one JSON object,
// ingest.PageRecord: {"id","title","url","published" (YYYY-MM-DD or ""),
// "text"}. Exit status 1, with the reason on stderr, when the page holds no
// article text (or the parser fails on it); 2 on a usage or read error.
//
// newsgraph runs it for every .html/.htm page it ingests or extracts. It is
// a binary of its own because the page extractor (go-trafilatura and its
// go-dateparser) spends 0.3-0.9 s of CPU and ~80 MB at package
// initialisation: a cost paid here, per page batch item, instead of at
// every start of newsgraph.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/page"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(ingest.PageHelper, flag.ContinueOnError)
	fs.SetOutput(stderr)
	pageURL := fs.String("url", "", "where the page was fetched from (its URL when it names no canonical one)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s [--url URL] [FILE]\nreads one HTML page (FILE, or stdin) and writes its article as JSON to stdout\n", ingest.PageHelper)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return 2
	}
	name, in := "", stdin
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		name = fs.Arg(0)
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", ingest.PageHelper, err)
			return 2
		}
		defer f.Close()
		in = f
	}
	b, err := io.ReadAll(io.LimitReader(in, ingest.MaxPageBytes+1))
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", ingest.PageHelper, err)
		return 2
	}
	if len(b) > ingest.MaxPageBytes {
		fmt.Fprintf(stderr, "%s: %v: over %d bytes\n", ingest.PageHelper, newsgraph.ErrInvalid, ingest.MaxPageBytes)
		return 1
	}
	doc, err := page.Read(b, *pageURL)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", ingest.PageHelper, err)
		return 1
	}
	doc.ID = newsgraph.DocumentID(doc.URL)
	if doc.ID == "" && name != "" {
		doc.ID = newsgraph.DocumentID(strings.TrimSpace(filepath.Base(name)))
	}
	if err := json.NewEncoder(stdout).Encode(ingest.PageRecordOf(doc)); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", ingest.PageHelper, err)
		return 2
	}
	return 0
}
