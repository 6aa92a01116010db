package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/ingest"
)

func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	return nil
}

func cmdServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("serve")
	cfg := Config{Log: slog.New(slog.NewTextHandler(stderr, nil))}
	fs.StringVar(&cfg.Addr, "addr", "127.0.0.1:8080", "listen address")
	fs.StringVar(&cfg.Data, "data", defaultData(), "store: folder, leveldb://, memory://, postgres://")
	fs.StringVar(&cfg.WriteToken, "write-token", os.Getenv("NEWSGRAPH_WRITE_TOKEN"), "token mutations need (or $NEWSGRAPH_WRITE_TOKEN)")
	fs.StringVar(&cfg.ReadToken, "read-token", os.Getenv("NEWSGRAPH_READ_TOKEN"), "token every request needs (or $NEWSGRAPH_READ_TOKEN)")
	noIntro := fs.Bool("no-introspection", false, "turn GraphQL introspection off")
	fs.IntVar(&cfg.MaxDocBytes, "max-doc-bytes", ingest.DefaultMaxBytes, "largest document accepted")
	fs.DurationVar(&cfg.RequestTimeout, "request-timeout", 60*time.Second, "time limit of every request")
	fs.Func("allow-host", "a host name the server may be reached by (repeat or comma-separate; the listen address, IP literals and localhost always are)", func(v string) error {
		for _, h := range strings.Split(v, ",") {
			if h = strings.TrimSpace(h); h != "" {
				cfg.AllowHosts = append(cfg.AllowHosts, h)
			}
		}
		return nil
	})
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg.Introspection = !*noIntro
	m, err := Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer m.Close()
	if err := m.Listen(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "newsgraph: serving GraphQL on http://%s/graphql and the web page on http://%s/ (store %s)\n", m.Addr(), m.Addr(), m.Store.Backend())
	return m.Run(ctx)
}

func cmdIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("ingest")
	cfg := Config{Log: slog.New(slog.NewTextHandler(stderr, nil))}
	fs.StringVar(&cfg.Data, "data", defaultData(), "store: folder, leveldb://, memory://, postgres://")
	fs.IntVar(&cfg.MaxDocBytes, "max-doc-bytes", ingest.DefaultMaxBytes, "largest document accepted")
	quiet := fs.Bool("quiet", false, "no progress bar")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{fmt.Errorf("name at least one PATH (a .txt file, a folder, a .jsonl feed, or - for stdin)")}
	}
	m, err := Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer m.Close()
	var bar *progressbar.ProgressBar
	if f, ok := stderr.(*os.File); ok && !*quiet && term.IsTerminal(int(f.Fd())) {
		bar = progressbar.NewOptions(ingest.Count(fs.Args()), progressbar.OptionSetWriter(stderr),
			progressbar.OptionSetDescription("ingesting"), progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	}
	sum, err := m.Ingest.Run(ctx, fs.Args(), stdin, func(done, total int) {
		if bar != nil {
			bar.Set(done)
		}
	})
	if bar != nil {
		bar.Finish()
	}
	for _, f := range sum.Failures {
		fmt.Fprintf(stderr, "failed: %s: %v\n", f.Origin, f.Err)
	}
	fmt.Fprintf(stdout, "documents %d, entities %d, events %d, mentions %d, failures %d, elapsed %s, %.0f words/s\n",
		sum.Documents, sum.Entities, sum.Events, sum.Mentions, sum.Failed, sum.Elapsed.Round(time.Millisecond), sum.WordsPerSecond())
	if err != nil {
		return err
	}
	if sum.Failed > 0 {
		return errFailures
	}
	return nil
}

// cmdQuery answers one GraphQL request against a store, without a server.
func cmdQuery(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlags("query")
	cfg := Config{Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Introspection: true}
	fs.StringVar(&cfg.Data, "data", defaultData(), "store: folder, leveldb://, memory://, postgres://")
	vars := fs.String("variables", "", "variables as a JSON object")
	if err := parse(fs, args); err != nil {
		return err
	}
	q := strings.Join(fs.Args(), " ")
	if q == "" || q == "-" {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return err
		}
		q = string(b)
	}
	if strings.TrimSpace(q) == "" {
		return usageError{fmt.Errorf("give a GraphQL query as an argument or on stdin")}
	}
	body := map[string]any{"query": q}
	if *vars != "" {
		var v map[string]any
		if err := json.Unmarshal([]byte(*vars), &v); err != nil {
			return usageError{fmt.Errorf("--variables: %v", err)}
		}
		body["variables"] = v
	}
	m, err := Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer m.Close()
	b, _ := json.Marshal(body)
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/graphql", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	req.Host = "localhost"
	rec := httptest.NewRecorder()
	m.Handler.ServeHTTP(rec, req)
	var out bytes.Buffer
	if err := json.Indent(&out, rec.Body.Bytes(), "", "  "); err != nil {
		out.Reset()
		out.Write(rec.Body.Bytes())
	}
	out.WriteByte('\n')
	_, err = stdout.Write(out.Bytes())
	return err
}

// cmdExtract labels a CoNLL-2003 file with the entity recogniser (so conlleval
// can score it), or prints one text file's extraction as JSON.
func cmdExtract(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlags("extract")
	format := fs.String("format", "json", "conll or json")
	published := fs.String("published", "", "published date of the article (json format)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{fmt.Errorf("name one FILE")}
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	switch *format {
	case "conll":
		m, err := ner.Load()
		if err != nil {
			return err
		}
		return ner.LabelCoNLL(f, stdout, m)
	case "json":
		// One byte past the limit is enough for Validate to refuse it.
		b, err := io.ReadAll(io.LimitReader(f, ingest.DefaultMaxBytes+1))
		if err != nil {
			return err
		}
		pub, err := ingest.ParsePublished(*published)
		if err != nil {
			return usageError{err}
		}
		x, err := extract.New(extract.Options{})
		if err != nil {
			return err
		}
		doc := ingestDoc(fs.Arg(0), string(b), pub)
		if err := ingest.Validate(doc, ingest.DefaultMaxBytes); err != nil {
			return err
		}
		ex, err := x.Extract(ctx, doc, nil)
		if err != nil {
			return err
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(ex)
	default:
		return usageError{fmt.Errorf("--format %q: want conll or json", *format)}
	}
}
