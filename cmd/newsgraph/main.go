// Command newsgraph builds a knowledge graph from news articles and serves
// it over GraphQL. "newsgraph help" lists its commands (help.go documents
// each); "newsgraph COMMAND --help" prints one command's flags and examples.
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

// run is main without the process: it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage())
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
	case "version", "--version":
		err = cmdVersion(args[1:], stdout)
	case "help", "-h", "-help", "--help":
		if len(args) > 1 && args[1] != "help" {
			return run(ctx, []string{args[1], "--help"}, stdin, stdout, stderr)
		}
		fmt.Fprint(stdout, usage())
		return 0
	default:
		fmt.Fprintf(stderr, "newsgraph: unknown command %q\n\n%s", args[0], usage())
		return 2
	}
	var ue usageError
	var he helpError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &he):
		writeHelp(stdout, he.fs)
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "newsgraph %s: %v\n(run \"newsgraph %s --help\" for its flags and an example)\n", args[0], err, args[0])
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
