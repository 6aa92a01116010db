// Command rdfcheck reads an export with an RDF toolkit that shares no code
// with newsgraph's writer (github.com/piprate/json-gold) and prints what it
// read, for the export tests of the main module:
//
//	rdfcheck nquads FILE   parse N-Quads; print "quads N graphs G"
//	rdfcheck jsonld FILE   expand JSON-LD to RDF; print the sorted N-Quads
//
// It is a module of its own because json-gold requires a newer
// github.com/cayleygraph/quad than the cayley release newsgraph is pinned to.
// Exit status 1 and the parser's message on stderr when the file is not
// valid.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/piprate/json-gold/ld"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: rdfcheck nquads|jsonld FILE")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "rdfcheck:", err)
		os.Exit(1)
	}
}

func run(format, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	switch format {
	case "nquads":
		ds, err := ld.ParseNQuadsFrom(f)
		if err != nil {
			return err
		}
		n := 0
		for _, g := range ds.Graphs {
			n += len(g)
		}
		fmt.Printf("quads %d graphs %d\n", n, len(ds.Graphs))
		return nil
	case "jsonld":
		doc, err := ld.DocumentFromReader(f)
		if err != nil {
			return err
		}
		opts := ld.NewJsonLdOptions("")
		opts.Format = "application/n-quads"
		opts.ProduceGeneralizedRdf = false
		out, err := ld.NewJsonLdProcessor().ToRDF(doc, opts)
		if err != nil {
			return err
		}
		lines := strings.Split(strings.TrimSpace(out.(string)), "\n")
		sort.Strings(lines)
		fmt.Println(strings.Join(lines, "\n"))
		return nil
	}
	return fmt.Errorf("format %q: want nquads or jsonld", format)
}
