package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses a command's flags; -h and --help become a helpError, which
// run answers with the command's help on stdout and exit status 0.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return helpError{fs}
		}
		return usageError{err}
	}
	return nil
}

func cmdServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("serve")
	cfg := Config{Log: slog.New(slog.NewTextHandler(stderr, nil))}
	fs.StringVar(&cfg.Addr, "addr", "127.0.0.1:8080", "the `HOST:PORT` to listen on (port 0 picks a free one)")
	fs.StringVar(&cfg.Data, "data", defaultData(), "the store to serve: a folder `DIR`, leveldb://PATH, memory:// or postgres://... (or $NEWSGRAPH_DATA)")
	fs.StringVar(&cfg.WriteToken, "write-token", os.Getenv("NEWSGRAPH_WRITE_TOKEN"), "token mutations need (or $NEWSGRAPH_WRITE_TOKEN)")
	fs.StringVar(&cfg.ReadToken, "read-token", os.Getenv("NEWSGRAPH_READ_TOKEN"), "token every request needs (or $NEWSGRAPH_READ_TOKEN)")
	noIntro := fs.Bool("no-introspection", false, "turn GraphQL introspection off")
	fs.IntVar(&cfg.MaxDocBytes, "max-doc-bytes", ingest.DefaultMaxBytes, "largest document accepted")
	fs.DurationVar(&cfg.RequestTimeout, "request-timeout", 60*time.Second, "time limit of every request")
	answerMiB := fs.Int("answer-cache", graph.DefaultResponseCacheBytes>>20, "`MiB` of query answers kept until the next write (0: none, every query is computed)")
	fs.Func("allow-host", "a host name the server may be reached by (repeat or comma-separate; the listen address, IP literals and localhost always are)", func(v string) error {
		for _, h := range strings.Split(v, ",") {
			if h = strings.TrimSpace(h); h != "" {
				cfg.AllowHosts = append(cfg.AllowHosts, h)
			}
		}
		return nil
	})
	fs.Func("cors-origin", "an exact origin (https://app.example.org) whose browser pages may call the API (repeat or comma-separate; none by default)", func(v string) error {
		for _, o := range strings.Split(v, ",") {
			if o = strings.TrimSpace(o); o == "" {
				continue
			}
			origin, err := graph.CheckOrigin(o)
			if err != nil {
				return err
			}
			cfg.CORSOrigins = append(cfg.CORSOrigins, origin)
		}
		return nil
	})
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg.Introspection = !*noIntro
	if cfg.AnswerCache = *answerMiB << 20; *answerMiB <= 0 {
		cfg.AnswerCache = -1
	}
	m, err := Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer m.Close()
	// The store's counts, indexes and folded events are built before the
	// server listens, so that its first requests cost what later ones do.
	start := time.Now()
	setLimit := os.Getenv("GOMEMLIMIT") == ""
	if setLimit {
		// the floor holds while warming too: warming reads far more than
		// it keeps, and at Go's default pacing its garbage alone took the
		// resident set to the 400 MB a server should stay under
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(serveMemoryLimit(0))) // the process's own again when serving ends
	}
	if err := m.Store.Warm(ctx); err != nil {
		return err
	}
	// Once warm, requests read folds, not leveldb's blocks: the 64 MB of
	// blocks warming read (ingest's reads of hub entities want them) would
	// hold a fifth of the memory limit below and leave the collector that
	// much less room for garbage (at 21k stories: a live heap of 199 MiB
	// instead of 137, and twice the collections).
	m.Store.SetBlockCache(serveBlockCache)
	cfg.Log.Info("store warmed", "elapsed", time.Since(start).Round(time.Millisecond), "events_folded", m.Store.EventFolds())
	if setLimit {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		limit := serveMemoryLimit(ms.HeapAlloc)
		debug.SetMemoryLimit(limit)
		percent := -1 // GOGC's own
		if os.Getenv("GOGC") == "" {
			percent = serveGCPercent(ms.HeapAlloc)
			defer debug.SetGCPercent(debug.SetGCPercent(percent))
		}
		cfg.Log.Info("memory limit set", "limit_mib", limit>>20, "live_heap_mib", ms.HeapAlloc>>20, "gc_percent", percent)
	}
	if err := m.Listen(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "newsgraph: serving GraphQL on http://%s/graphql and the web page on http://%s/ (store %s)\n", m.Addr(), m.Addr(), m.Store.Backend())
	return m.Run(ctx)
}

// serveBlockCache is the block cache, in bytes, of a warm server's leveldb
// store: leveldb's own default.
const serveBlockCache = 8 << 20

// serveMemoryLimit is the soft memory limit (bytes) serve gives the Go
// runtime when GOMEMLIMIT does not set one, for a live heap of live bytes
// after warming: 352 MiB, or one and a half times the live heap when that
// is more. A server's heap is mostly its caches and read indexes, held for
// its whole life (about 250 MB at 19k Reuters stories: leveldb's block
// cache, node values, decoded statements, the alias index); at Go's
// default GOGC=100 the heap grows to twice that before a collection, and
// the server held 520-640 MiB. Under the limit the collector runs when the
// heap nears it instead (380 MiB under load at 19k stories), at the price
// of more frequent collections; the floor of half the live heap of
// headroom keeps a larger store from collecting without pause. The
// process's resident set runs some 35 MiB above the memory the limit
// counts (its code, memory not yet returned): under a floor of 384 MiB the
// server at 21k stories peaked at 418 MiB, over the 400 MB it should keep
// under. GOMEMLIMIT (and GOGC) in the environment override it.
func serveMemoryLimit(live uint64) int64 {
	return max(352<<20, int64(live)*3/2)
}

// serveGCPercent is the GOGC serve sets after warming when the
// environment sets none (and no GOMEMLIMIT): a collection when the heap
// reaches about serveHeapGoal, between twice and four times the live heap
// live. Each collection marks the whole live heap, the server's caches
// and indexes, whatever a request allocated: the fewer collections per
// request, the less a request at 21k stories costs beyond one on a small
// store. At Go's default of twice the live heap, a server whose caches
// take 110 MiB collected every 110 MiB of requests' garbage (a thousand
// meetings requests), under a memory limit that leaves it room for twice
// that; a heap of 300 MiB before a collection kept the server's resident
// set under 350 MiB when its live heap was 150 MiB. The memory limit
// (serveMemoryLimit) still bounds the heap, whatever the percentage.
func serveGCPercent(live uint64) int {
	if live == 0 {
		return 100
	}
	return int(min(300, max(100, serveHeapGoal*100/int64(live)-100)))
}

// serveHeapGoal is the heap, in bytes, at which serveGCPercent has a warm
// server collect.
const serveHeapGoal = 300 << 20

// ingestGCPercent is the GOGC a local ingest runs at when the environment
// sets none (see ingestPacing).
const ingestGCPercent = 300

// ingestPacing sets the collector's pace for a local ingest, unless GOGC
// is set, and returns what sets it back. Each collection marks the whole
// live heap, and an ingest's grows with the store: the ingest service's
// answers and summaries and the store's folds and indexes, small objects
// full of pointers (the recogniser's weights and leveldb's blocks cost the
// collector little), 140 MB live after 2,000 Reuters stories, 260 MB after
// 6,000. At Go's default of a collection each time the heap doubles, a
// 2,000-story chunk allocates some 2.5 GB whatever the store holds, so the
// collector marked ever more for the same work: its mark workers took 1.4,
// 3.2 and 4.4 CPU-s in the first three chunks of 2,000 (CPU profiles). A
// collection each time the heap grows by three times the live heap took
// 0.9, 1.1 and 1.4, for a heap four times the live one at most (about
// 1.6 GB at 19k stories).
//
// The slower pace is bounded by a soft memory limit (ingestMemoryLimit,
// unless GOMEMLIMIT is set): past it the collector runs as often as it
// needs to, so the pace trades CPU for memory only while memory is cheap
// (bench-scale's peak RSS at 19k stories was 2.6 GiB at 300 unbounded).
func ingestPacing() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(ingestGCPercent)
	oldLimit := int64(-1)
	if os.Getenv("GOMEMLIMIT") == "" {
		oldLimit = debug.SetMemoryLimit(ingestMemoryLimit)
	}
	return func() {
		debug.SetGCPercent(old)
		if oldLimit >= 0 {
			debug.SetMemoryLimit(oldLimit)
		}
	}
}

// ingestMemoryLimit is the soft limit, in bytes, of a local ingest's Go
// heap and runtime (1 GiB; see ingestPacing).
const ingestMemoryLimit = 1 << 30

func cmdIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("ingest")
	cfg := Config{Log: slog.New(slog.NewTextHandler(stderr, nil))}
	sf := addStoreFlags(fs)
	fs.IntVar(&cfg.MaxDocBytes, "max-doc-bytes", ingest.DefaultMaxBytes, "largest document accepted, in bytes of text")
	published := fs.String("published", "", "published `DATE` (YYYY-MM-DD or RFC 3339) of the documents whose source states none; without it, the date of a dateline at the top of the text")
	quiet := fs.Bool("quiet", false, "no progress bar")
	workers := fs.Int("workers", runtime.NumCPU(), "documents extracted at once (the graph is the same for any number)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := sf.resolve(); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{fmt.Errorf("name at least one PATH (a .txt, .html, .jsonl or .jsonl.gz file, a feed, a folder, or - for stdin)")}
	}
	pub, err := ingest.ParsePublished(*published)
	if err != nil {
		return usageError{fmt.Errorf("--published: %v", err)}
	}
	dating := dating()
	dating.Default = pub
	rem, err := sf.remote()
	if err != nil {
		return err
	}
	var sum ingest.Summary
	if rem != nil {
		sum, err = ingestRemote(ctx, rem, fs.Args(), stdin, dating)
	} else {
		cfg.Data = sf.data
		m, oerr := Open(ctx, cfg)
		if oerr != nil {
			return oerr
		}
		defer m.Close()
		m.Ingest.Dating = dating
		m.Ingest.SetWorkers(*workers)
		defer ingestPacing()()
		var bar *progressbar.ProgressBar
		if f, ok := stderr.(*os.File); ok && !*quiet && term.IsTerminal(int(f.Fd())) {
			bar = progressbar.NewOptions(ingest.Count(fs.Args()), progressbar.OptionSetWriter(stderr),
				progressbar.OptionSetDescription("ingesting"), progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
		}
		sum, err = m.Ingest.Run(ctx, fs.Args(), stdin, func(done, total int) {
			if bar != nil {
				bar.Set(done)
			}
		})
		if bar != nil {
			bar.Finish()
		}
	}
	for _, f := range sum.Skipped {
		fmt.Fprintf(stderr, "skipped: %s: %v\n", f.Origin, f.Err)
	}
	for _, f := range sum.Failures {
		fmt.Fprintf(stderr, "failed: %s: %v\n", f.Origin, f.Err)
	}
	fmt.Fprintf(stdout, "documents %d, entities %d, events %d, mentions %d, failures %d, skipped %d, elapsed %s, %.0f words/s\n",
		sum.Documents, sum.Entities, sum.Events, sum.Mentions, sum.Failed, len(sum.Skipped), sum.Elapsed.Round(time.Millisecond), sum.WordsPerSecond())
	if sum.Documents > 0 {
		d := sum.Dates
		fmt.Fprintf(stdout, "published dates: %d from the source, %d from --published, %d from a dateline, %d unknown\n",
			d[ingest.DateOwn], d[ingest.DateGiven], d[ingest.DateDateline], d[ingest.DateNone])
	}
	if err != nil {
		return err
	}
	if sum.Failed > 0 {
		return errFailures
	}
	return nil
}

// ingestRemote reads the documents here and sends each to the server's
// ingestDocument mutation; the server extracts and stores them.
func ingestRemote(ctx context.Context, rem *remote, paths []string, stdin io.Reader, dating ingest.Dating) (ingest.Summary, error) {
	start := time.Now()
	sum := ingest.Summary{Dates: map[ingest.DateSource]int{}}
	ents, evs := map[string]bool{}, map[string]bool{}
	err := ingest.Read(ctx, paths, stdin, func(it ingest.Item) error {
		if it.Skipped != "" {
			sum.Skipped = append(sum.Skipped, ingest.Failure{Origin: it.Origin, Err: errors.New(it.Skipped)})
			return nil
		}
		fail := func(err error) {
			sum.Failed++
			sum.Failures = append(sum.Failures, ingest.Failure{Origin: it.Origin, ID: it.Doc.ID, Err: err})
		}
		if it.Err != nil {
			fail(it.Err)
			return nil
		}
		dated := dating.Date(&it.Doc)
		in := map[string]any{"text": it.Doc.Text}
		for k, v := range map[string]string{"id": string(it.Doc.ID), "title": it.Doc.Title, "url": it.Doc.URL} {
			if v != "" {
				in[k] = v
			}
		}
		if !it.Doc.Published.IsZero() {
			in["published"] = it.Doc.Published.Format(time.RFC3339)
		}
		body, _ := json.Marshal(map[string]any{"query": remoteIngest, "variables": map[string]any{"input": in}})
		raw, err := rem.graphql(ctx, body)
		if err != nil {
			var ue unreachableError
			if ctx.Err() != nil {
				return ctx.Err()
			} else if errors.As(err, &ue) {
				return err
			}
			fail(err)
			return nil
		}
		var ans struct {
			Data struct {
				IngestDocument struct {
					Mentions int
					Entities []struct{ ID string }
					Events   []struct{ ID string }
				} `json:"ingestDocument"`
			} `json:"data"`
			Errors []struct{ Message string } `json:"errors"`
		}
		if err := json.Unmarshal(raw, &ans); err != nil {
			fail(fmt.Errorf("server answered %.100q: %v", raw, err))
			return nil
		}
		if len(ans.Errors) > 0 {
			fail(errors.New(ans.Errors[0].Message))
			return nil
		}
		x := ans.Data.IngestDocument
		sum.Documents++
		sum.Dates[dated]++
		sum.Mentions += x.Mentions
		sum.Words += len(strings.Fields(it.Doc.Text))
		for _, e := range x.Entities {
			ents[e.ID] = true
		}
		for _, e := range x.Events {
			evs[e.ID] = true
		}
		return nil
	})
	sum.Entities, sum.Events = len(ents), len(evs)
	sum.Elapsed = time.Since(start)
	return sum, err
}

const remoteIngest = `mutation($input: DocumentInput!) { ingestDocument(input: $input) { mentions entities { id } events { id } } }`

// cmdQuery answers one GraphQL request from a store (without a server) or
// from a running server; GraphQL errors in the answer make it fail.
func cmdQuery(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlags("query")
	cfg := Config{Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Introspection: true}
	sf := addStoreFlags(fs)
	vars := fs.String("variables", "", "the request's variables as a `JSON` object")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := sf.resolve(); err != nil {
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
	b, _ := json.Marshal(body)
	rem, err := sf.remote()
	if err != nil {
		return err
	}
	var answer []byte
	if rem != nil {
		if answer, err = rem.graphql(ctx, b); err != nil {
			return err
		}
	} else {
		if err := mustExist(sf.data); err != nil {
			return err
		}
		cfg.Data = sf.data
		m, err := Open(ctx, cfg)
		if err != nil {
			return err
		}
		defer m.Close()
		req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/graphql", bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		req.Host = "localhost"
		rec := httptest.NewRecorder()
		m.Handler.ServeHTTP(rec, req)
		answer = rec.Body.Bytes()
	}
	var out bytes.Buffer
	if err := json.Indent(&out, answer, "", "  "); err != nil {
		out.Reset()
		out.Write(answer)
	}
	out.WriteByte('\n')
	if _, err := stdout.Write(out.Bytes()); err != nil {
		return err
	}
	var ans gqlAnswer
	if err := json.Unmarshal(answer, &ans); err != nil {
		return fmt.Errorf("the answer is not GraphQL JSON: %v", err)
	}
	if len(ans.Errors) > 0 {
		return fmt.Errorf("%w (%d): %s", errGraphQL, len(ans.Errors), ans.Errors[0].Message)
	}
	return nil
}

// cmdExtract labels a CoNLL-2003 file with the entity recogniser (so conlleval
// can score it), or prints one text file's extraction as JSON.
func cmdExtract(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlags("extract")
	format := fs.String("format", "json", "the output `FORMAT`: json (the extraction) or conll (a CoNLL-2003 file labelled)")
	published := fs.String("published", "", "published `DATE` of an article whose source states none (json format); without it, a dateline's date")
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
		pub, err := ingest.ParsePublished(*published)
		if err != nil {
			return usageError{err}
		}
		x, err := extract.New(extract.Options{})
		if err != nil {
			return err
		}
		d := dating()
		d.Default = pub
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		// Read as ingest reads it: a web page's main text, one object per
		// item of a feed.
		var failed error
		err = ingest.Read(ctx, []string{fs.Arg(0)}, nil, func(it ingest.Item) error {
			if it.Err == nil {
				it.Err = ingest.Validate(it.Doc, ingest.DefaultMaxBytes)
			}
			if it.Err != nil {
				failed = fmt.Errorf("%s: %w", it.Origin, it.Err)
				return nil
			}
			d.Date(&it.Doc) // the date ingest would give it
			ex, err := x.Extract(ctx, it.Doc, nil)
			if err != nil {
				return err
			}
			return enc.Encode(extractionJSON(ex))
		})
		if err != nil {
			return err
		}
		return failed
	default:
		return usageError{fmt.Errorf("--format %q: want conll or json", *format)}
	}
}
