package main

import (
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/newsgraph/newsgraph/extract/depparse"
	"github.com/newsgraph/newsgraph/extract/ner"
)

// A commandDoc is what --help says about one command, beside its flags.
type commandDoc struct {
	name     string
	summary  string // one line, shown in the list of commands too
	args     string // what follows the flags
	detail   string // what the arguments are, when they need saying
	examples []string
}

// commands is the list `newsgraph help` prints, in this order.
var commands = []commandDoc{
	{name: "serve", summary: "serve GraphQL, the web page and the exports over HTTP",
		examples: []string{"newsgraph serve --addr 127.0.0.1:8080 --data ./data --write-token \"$(cat write.token)\""}},
	{name: "ingest", summary: "read articles, extract their facts and store them", args: "PATH...",
		detail: `PATH is a text file (.txt), a web page (.html, .htm), an RSS or Atom feed
(.rss, .atom, .xml), a JSON Lines file (.jsonl: one {id,text,title,url,published}
per line), a gzipped JSON Lines or text file (.jsonl.gz, .txt.gz), a folder of
these (read recursively in name order; any other file is named as skipped,
with why), or - for standard input (gzipped or not; JSON Lines when it starts
with '{', else one text). A document without a published date of its
own takes --published, else the date of a dateline at the top of its text;
the summary counts which dates were used. A bad document is named with its
error and the rest goes on; the exit status is 1 when any failed.`,
		examples: []string{
			"newsgraph ingest --data ./data articles/ feed.rss page.html",
			"newsgraph ingest --published 2025-10-27 story.txt",
			"newsgraph ingest --server http://127.0.0.1:8080 --token \"$NEWSGRAPH_TOKEN\" stories.jsonl"}},
	{name: "query", summary: "answer one GraphQL request, from a store or a server", args: "'<graphql>' | -",
		detail: `The request is the arguments joined, or standard input when there are none or
"-". The answer is printed as indented JSON; the exit status is 1 when it
holds GraphQL errors. Without --server the store must exist: query never
creates one.`,
		examples: []string{
			"newsgraph query '{ stats { documents } }'",
			"newsgraph query --variables '{\"n\":\"Takaichi\"}' 'query($n: String!) { entities(filter: {name: $n}) { nodes { id name } } }'",
			"newsgraph query --server http://127.0.0.1:8080 '{ stats { documents } }'"}},
	{name: "extract", summary: "print one article's extraction, or label a CoNLL-2003 file", args: "FILE",
		detail: `With --format json, the mentions, entities and events of one text file in
the shape and names of the GraphQL API (camelCase, ISO dates, absent fields
left out); with --format conll, a CoNLL-2003 file labelled by the entity
recogniser, for conlleval. Nothing is stored.`,
		examples: []string{
			"newsgraph extract --published 2025-10-27 story.txt",
			"newsgraph extract --format conll eng.testa > labelled.txt"}},
	{name: "export", summary: "write the whole graph as N-Quads, JSON-LD, CSV or GraphML",
		detail: `Writes to --out, or to standard output when that is a pipe or a file. On a
terminal it refuses unless --format or --out is given, rather than print the
whole graph. The format defaults to --out's extension (.nq, .jsonld, .csv,
.graphml), else nquads.`,
		examples: []string{
			"newsgraph export --out graph.nq",
			"newsgraph export --format csv --table entities > entities.csv",
			"newsgraph export --server http://127.0.0.1:8080 --format jsonld | jq ."}},
	{name: "import", summary: "load an N-Quads export into a store", args: "FILE.nq",
		examples: []string{"newsgraph import --data ./copy graph.nq"}},
	{name: "parse", summary: "parse the sentences of a CoNLL-U file into dependency trees", args: "FILE.conllu | -",
		detail: `Prints the parse as CoNLL-U (HEAD and DEPREL from the parser, XPOS from the
tagger), or with --eval the unlabelled and labelled attachment scores (UAS,
LAS) against the file's own heads.`,
		examples: []string{
			"newsgraph parse ../shared/ud/en_ewt/en_ewt-ud-dev.conllu > parsed.conllu",
			"newsgraph parse --eval ../shared/ud/en_ewt/en_ewt-ud-test.conllu"}},
	{name: "version", summary: "print the version, commit and model versions",
		examples: []string{"newsgraph version"}},
	{name: "help", summary: "print this list, or one command's help", args: "[COMMAND]",
		examples: []string{"newsgraph help ingest"}},
}

func docOf(name string) commandDoc {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return commandDoc{name: name}
}

// usage is the binary's own help: what it is and its commands.
func usage() string {
	var b strings.Builder
	b.WriteString("newsgraph turns English news articles into a knowledge graph of who met whom,\nwhere and when, with the evidence for every fact, and serves it over GraphQL.\n\nUsage:\n  newsgraph COMMAND [flags] [arguments]\n\nCommands:\n")
	for _, c := range commands {
		fmt.Fprintf(&b, "  %-8s %s\n", c.name, c.summary)
	}
	b.WriteString(`
"newsgraph COMMAND --help" prints a command's flags with their defaults and
an example. A store (--data) is a folder (an embedded leveldb store, created
by the commands that write), leveldb://PATH, memory:// or postgres://...;
the default is ./data, or $NEWSGRAPH_DATA. --server URL (or
$NEWSGRAPH_SERVER) sends ingest, query, export and import to a running
server instead, with --token (or $NEWSGRAPH_TOKEN).

Example:
  newsgraph ingest --data ./data articles/ && newsgraph serve --data ./data
`)
	return b.String()
}

// helpError is a request for a command's help (-h, --help).
type helpError struct{ fs *flag.FlagSet }

func (helpError) Error() string { return "help requested" }

// writeHelp prints a command's help: summary, usage, arguments, every flag
// with its default, examples.
func writeHelp(w io.Writer, fs *flag.FlagSet) {
	c := docOf(fs.Name())
	if c.summary != "" {
		fmt.Fprintf(w, "newsgraph %s: %s.\n\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "Usage:\n  newsgraph %s [flags] %s\n", c.name, c.args)
	if c.detail != "" {
		fmt.Fprintf(w, "\n%s\n", c.detail)
	}
	var flags []string
	width := 0
	type line struct{ head, text string }
	var lines []line
	fs.VisitAll(func(f *flag.Flag) {
		name, text := flag.UnquoteUsage(f)
		head := "--" + f.Name
		if name != "" {
			head += " " + name
		}
		def := f.DefValue
		switch {
		case strings.Contains(f.Name, "token"):
			def = `""` // a token read from the environment is a secret
		case def == "":
			def = `""`
		}
		if !strings.Contains(text, "(default") { // a usage may say its default in words
			text += " (default " + def + ")"
		}
		lines = append(lines, line{head, text})
		width = max(width, len(head))
	})
	for _, l := range lines {
		flags = append(flags, fmt.Sprintf("  %-*s  %s", width, l.head, l.text))
	}
	if len(flags) > 0 {
		fmt.Fprintf(w, "\nFlags:\n%s\n", strings.Join(flags, "\n"))
	}
	if len(c.examples) > 0 {
		fmt.Fprintf(w, "\nExample:\n  %s\n", strings.Join(c.examples, "\n  "))
	}
}

// cmdVersion prints the module version and commit from the build
// information Go stamps into the binary, and the versions of the models the
// extraction runs on.
func cmdVersion(args []string, stdout io.Writer) error {
	fs := newFlags("version")
	if err := parse(fs, args); err != nil {
		return err
	}
	fmt.Fprint(stdout, versionText())
	return nil
}

func versionText() string {
	var b strings.Builder
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "newsgraph (no build information)\n"
	}
	ver := bi.Main.Version
	if ver == "" || ver == "(devel)" {
		ver = "(devel: built from a source tree, not from a tagged module)"
	}
	fmt.Fprintf(&b, "newsgraph %s\n", ver)
	settings := map[string]string{}
	for _, s := range bi.Settings {
		settings[s.Key] = s.Value
	}
	if rev := settings["vcs.revision"]; rev != "" {
		mod := ""
		if settings["vcs.modified"] == "true" {
			mod = " (with uncommitted changes)"
		}
		fmt.Fprintf(&b, "commit   %s %s%s\n", rev, settings["vcs.time"], mod)
	} else {
		b.WriteString("commit   unknown (built with -buildvcs=false or outside git; make build stamps it)\n")
	}
	fmt.Fprintf(&b, "go       %s\n", bi.GoVersion)
	deps := map[string]string{}
	for _, d := range bi.Deps {
		deps[d.Path] = d.Version
	}
	fmt.Fprintf(&b, "models   entity recogniser %s (averaged perceptron, CoNLL-2003 + WikiGold)\n", ner.ModelVersion())
	fmt.Fprintf(&b, "         dependency parser %s (arc-eager, UD English EWT)\n", depparse.ModelVersion())
	if v := deps["github.com/jdkato/prose/v2"]; v != "" {
		fmt.Fprintf(&b, "         part-of-speech tagger and tokenizer: prose %s\n", v)
	}
	if v := deps["github.com/cayleygraph/cayley"]; v != "" {
		fmt.Fprintf(&b, "store    cayley %s\n", v)
	}
	return b.String()
}
