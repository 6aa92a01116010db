// Command newsgraph builds a knowledge graph from news articles and serves
// it over GraphQL.
//
//	newsgraph serve  --addr 127.0.0.1:8080 --data DIR|URL
//	newsgraph ingest --data DIR|URL PATH...      (.txt, folders, .jsonl, - for stdin)
//	newsgraph query  --data DIR|URL '<graphql>'
//	newsgraph extract --format conll|json FILE
//	newsgraph export --data DIR|URL --format nquads|jsonld|csv
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

const usage = `newsgraph turns news articles into a knowledge graph.

Usage:
  newsgraph serve   [--addr 127.0.0.1:8080] [--data DIR|URL] [--write-token T] [--read-token T] [--no-introspection]
  newsgraph ingest  [--data DIR|URL] PATH...    text files, folders, .jsonl feeds, - for stdin
  newsgraph query   [--data DIR|URL] [--variables JSON] '<graphql>'
  newsgraph extract --format conll|json FILE     label a CoNLL-2003 file, or print one article's extraction
  newsgraph export  [--data DIR|URL] --format nquads|jsonld|csv [--out FILE]
  newsgraph import  [--data DIR|URL] FILE.nq     load an N-Quads export into a store

--data takes a folder (an embedded leveldb store, created on first use),
leveldb://PATH, memory:// or postgres://... (default ./data or $NEWSGRAPH_DATA).
`

// run is main without the process: it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "serve":
		err = cmdServe(ctx, args[1:], stdout, stderr)
	case "ingest":
		err = cmdIngest(ctx, args[1:], stdin, stdout, stderr)
	case "query":
		err = cmdQuery(ctx, args[1:], stdin, stdout)
	case "extract":
		err = cmdExtract(ctx, args[1:], stdout)
	case "export":
		err = cmdExport(ctx, args[1:], stdout)
	case "import":
		err = cmdImport(ctx, args[1:], stdout)
	case "parse":
		err = cmdParse(ctx, args[1:], stdout)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "newsgraph: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "newsgraph %s: %v\n", args[0], err)
		return 2
	case errors.Is(err, errFailures):
		return 1
	default:
		fmt.Fprintf(stderr, "newsgraph %s: %v\n", args[0], err)
		return 1
	}
}

// usageError is a mistake in the command line.
type usageError struct{ error }

// errFailures means some documents of a batch failed; they were reported.
var errFailures = errors.New("some documents failed")

func defaultData() string {
	if d := os.Getenv("NEWSGRAPH_DATA"); d != "" {
		return d
	}
	return "./data"
}
