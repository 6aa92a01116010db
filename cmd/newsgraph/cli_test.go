package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

var built struct {
	once sync.Once
	bin  string
	err  error
	out  []byte
}

// binary builds the real newsgraph binary (and newsgraph-page beside it)
// once per test run.
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: skipping a test of the built binary")
	}
	built.once.Do(func() {
		dir, err := os.MkdirTemp("", "newsgraph-bin")
		if err != nil {
			built.err = err
			return
		}
		built.bin = filepath.Join(dir, "newsgraph")
		// newsgraph-page beside it: ingest and extract run it for web pages.
		built.out, built.err = exec.Command("go", "build", "-o", dir+string(filepath.Separator), ".", "../newsgraph-page").CombinedOutput()
	})
	if built.err != nil {
		t.Fatalf("go build: %v\n%s", built.err, built.out)
	}
	return built.bin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.bin != "" {
		os.RemoveAll(filepath.Dir(built.bin))
	}
	os.Exit(code)
}

// cli runs the binary with args (stdin empty) and returns stdout, stderr and
// the exit status.
func cli(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

// seedStore ingests the seed articles into a fresh leveldb folder.
func seedStore(t *testing.T) string {
	t.Helper()
	data := filepath.Join(t.TempDir(), "data")
	if out, errs, code := cli(t, "", "ingest", "--quiet", "--data", data, "../../testdata/seeds.jsonl"); code != 0 {
		t.Fatalf("ingest exit %d: %s %s", code, out, errs)
	}
	return data
}

// rdfcheck runs export/rdfcheck (json-gold, a module of its own) on a file.
func rdfcheck(t *testing.T, format, path string) string {
	t.Helper()
	cmd := exec.Command("go", "run", ".", format, path)
	cmd.Dir = "../../export/rdfcheck"
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("json-gold rejects the %s export: %v\n%s", format, err, errb.String())
	}
	return out.String()
}

// TestExportNQuadsStandard: the seed graph's N-Quads export is read by two
// RDF parsers that share no code with the writer (json-gold, and Debian's
// rapper when installed), and an import of it into a fresh store exports
// the same bytes.
func TestExportNQuadsStandard(t *testing.T) {
	data := seedStore(t)
	nq := filepath.Join(t.TempDir(), "seed.nq")
	if out, errs, code := cli(t, "", "export", "--data", data, "--format", "nquads", "--out", nq); code != 0 {
		t.Fatalf("export exit %d: %s %s", code, out, errs)
	}
	b, err := os.ReadFile(nq)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Count(string(b), "\n")
	got := rdfcheck(t, "nquads", nq)
	t.Logf("json-gold: %s", strings.TrimSpace(got))
	if !strings.HasPrefix(got, "quads ") || strings.Fields(got)[1] != itoa(lines) {
		t.Errorf("json-gold read %q of %d lines", got, lines)
	}
	t.Run("rapper", func(t *testing.T) {
		if _, err := exec.LookPath("rapper"); err != nil {
			t.Skip("rapper (Debian raptor2-utils) is not installed: skipping the second parser")
		}
		out, err := exec.Command("rapper", "-i", "nquads", "-c", nq).CombinedOutput()
		if err != nil || strings.Contains(string(out), "Error") {
			t.Fatalf("rapper: %v\n%s", err, out)
		}
		if !strings.Contains(string(out), "returned "+itoa(lines)+" triples") {
			t.Errorf("rapper read a different count than %d lines:\n%s", lines, out)
		}
	})

	fresh := filepath.Join(t.TempDir(), "fresh")
	if out, errs, code := cli(t, "", "import", "--data", fresh, nq); code != 0 || !strings.Contains(out, "imported") {
		t.Fatalf("import exit %d: %s %s", code, out, errs)
	}
	again, errs, code := cli(t, "", "export", "--data", fresh, "--format", "nquads")
	if code != 0 {
		t.Fatalf("export of the import: exit %d: %s", code, errs)
	}
	if again != string(b) {
		t.Error("the imported store exports other bytes than it was given")
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// commandsRun lists the commands run's switch accepts, read from main.go,
// so that a command added there without help fails TestHelp.
func commandsRun(t *testing.T) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "main.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		fn, ok := n.(*ast.FuncDecl)
		if ok && fn.Name.Name != "run" {
			return false
		}
		if cc, ok := n.(*ast.CaseClause); ok {
			for _, e := range cc.List {
				if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					if name, _ := strconv.Unquote(lit.Value); !strings.HasPrefix(name, "-") {
						out = append(out, name)
					}
				}
			}
		}
		return true
	})
	return out
}

// TestHelp: the binary and every command answer --help on stdout with exit
// status 0: usage, every flag with its default, an example.
func TestHelp(t *testing.T) {
	out, errs, code := cli(t, "", "--help")
	if code != 0 || !strings.Contains(out, "Usage:") || errs != "" {
		t.Fatalf("newsgraph --help: exit %d, stderr %q\n%s", code, errs, out)
	}
	documented := map[string]bool{}
	for _, c := range commands {
		documented[c.name] = true
	}
	for _, name := range commandsRun(t) {
		if !documented[name] {
			t.Errorf("command %q is run but has no entry in help.go's commands", name)
			continue
		}
		if !strings.Contains(out, "\n  "+name+" ") {
			t.Errorf("newsgraph --help does not list %s", name)
		}
		if name == "help" {
			continue
		}
		for _, flag := range []string{"--help", "-h"} {
			h, errs, code := cli(t, "", name, flag)
			if code != 0 || errs != "" {
				t.Errorf("%s %s: exit %d, stderr %q", name, flag, code, errs)
			}
			for _, want := range []string{"Usage:\n  newsgraph " + name, "Example:\n  newsgraph "} {
				if !strings.Contains(h, want) {
					t.Errorf("%s %s lacks %q:\n%s", name, flag, want, h)
				}
			}
			for _, l := range strings.Split(h, "\n") {
				if strings.HasPrefix(strings.TrimSpace(l), "--") && !strings.Contains(l, "(default") {
					t.Errorf("%s --help: a flag without its default: %q", name, l)
				}
			}
		}
	}
	h, _, _ := cli(t, "", "ingest", "--help")
	for _, flag := range []string{"--data", "--server", "--token", "--published", "--max-doc-bytes", "--quiet"} {
		if !strings.Contains(h, "  "+flag+" ") {
			t.Errorf("ingest --help lacks %s:\n%s", flag, h)
		}
	}
	if viaHelp, _, code := cli(t, "", "help", "ingest"); code != 0 || viaHelp != h {
		t.Errorf("help ingest differs from ingest --help (exit %d)", code)
	}
	if _, errs, code := cli(t, "", "ingest", "--no-such-flag"); code != 2 || !strings.Contains(errs, "newsgraph ingest --help") {
		t.Errorf("a wrong flag: exit %d, stderr %q: want 2 and a pointer to --help", code, errs)
	}
}

// TestVersion: the version names the module version, the commit (or why it
// is unknown) and the models.
func TestVersion(t *testing.T) {
	out, errs, code := cli(t, "", "version")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"newsgraph ", "commit ", "entity recogniser sha256:", "prose v2.0.0", "cayley v0.7.7"} {
		if !strings.Contains(out, want) {
			t.Errorf("version lacks %q:\n%s", want, out)
		}
	}
}

// TestQueryFailsOnErrorsAndMissingStore: GraphQL errors give exit status 1
// (the answer still printed); a store that is not there is named, not
// created.
func TestQueryFailsOnErrorsAndMissingStore(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	os.WriteFile(filepath.Join(t.TempDir(), "x"), nil, 0o644)
	doc := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(doc, []byte("The minister met the ambassador in Paris on Monday."), 0o644)
	if _, errs, code := cli(t, "", "ingest", "--data", data, doc); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	out, errs, code := cli(t, "", "query", "--data", data, "{ nope }")
	if code != 1 || !strings.Contains(out, `"errors"`) || !strings.Contains(errs, "GraphQL errors") {
		t.Errorf("a query with an error: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if out, errs, code := cli(t, "", "query", "--data", data, "{ stats { documents } }"); code != 0 || !strings.Contains(out, `"documents": 1`) {
		t.Errorf("a good query: exit %d, %s %s", code, out, errs)
	}
	missing := filepath.Join(t.TempDir(), "nothere")
	_, errs, code = cli(t, "", "query", "--data", missing, "{ stats { documents } }")
	if code != 1 || !strings.Contains(errs, "no store at "+missing) {
		t.Errorf("query on a missing store: exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("query created %s", missing)
	}
}

// TestExportRefusesTerminal: export on a terminal without --format or
// --out refuses (script(1) gives it one); through a pipe it writes N-Quads.
func TestExportRefusesTerminal(t *testing.T) {
	bin := binary(t)
	data := filepath.Join(t.TempDir(), "data")
	doc := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(doc, []byte("The minister met the ambassador in Paris on Monday."), 0o644)
	if _, errs, code := cli(t, "", "ingest", "--data", data, doc); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	if out, _, code := cli(t, "", "export", "--data", data); code != 0 || !strings.HasPrefix(out, "<urn:newsgraph:") {
		t.Errorf("export to a pipe: exit %d, %.80q", code, out)
	}
	if _, err := exec.LookPath("script"); err != nil {
		t.Skip("script(1) is not installed: cannot give export a terminal")
	}
	tty, err := exec.Command("script", "-qec", bin+" export --data "+data, "/dev/null").CombinedOutput()
	if err == nil || !strings.Contains(string(tty), "refusing to print the whole graph on a terminal") {
		t.Errorf("export on a terminal: %v\n%s", err, tty)
	}
	tty, err = exec.Command("script", "-qec", bin+" export --format csv --data "+data, "/dev/null").CombinedOutput()
	if err != nil || !strings.Contains(string(tty), "id,type,status") {
		t.Errorf("export --format csv on a terminal: %v\n%s", err, tty)
	}
}

// TestIngestDatesAndSkips: a text takes --published, else its dateline's
// date, and the summary says which; files of a folder ingest does not read
// are named with why.
func TestIngestDatesAndSkips(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "wire.txt"), []byte("KESSEL, March 3, 2023 (Harbour Desk) - Mayor Oda Brink met Trade Minister Tomas Ruud in Kessel on Friday.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "plain.txt"), []byte("Mayor Oda Brink met Trade Minister Tomas Ruud in Kessel on Friday.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.md"), []byte("# notes\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "photo.jpg"), []byte{0xff, 0xd8, 0xff}, 0o644)
	os.WriteFile(filepath.Join(dir, "config.xml"), []byte(`<?xml version="1.0"?><config/>`), 0o644)
	data := filepath.Join(t.TempDir(), "data")
	out, errs, code := cli(t, "", "ingest", "--data", data, dir)
	if code != 0 {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	for _, want := range []string{"notes.md: not a kind ingest reads (.md", "photo.jpg: not a kind ingest reads (.jpg", "config.xml: XML, but not an RSS or Atom feed"} {
		if !strings.Contains(errs, "skipped: "+filepath.Join(dir, want)) {
			t.Errorf("stderr does not name %s:\n%s", want, errs)
		}
	}
	if !strings.Contains(out, "documents 2,") || !strings.Contains(out, "skipped 3,") || !strings.Contains(out, "0 from --published, 1 from a dateline, 1 unknown") {
		t.Errorf("summary:\n%s", out)
	}
	q := `{ a: document(id: "wire.txt") { published } b: document(id: "plain.txt") { published } }`
	if out, _, _ := cli(t, "", "query", "--data", data, q); !strings.Contains(out, `"published": "2023-03-03"`) || strings.Count(out, "null") != 1 {
		t.Errorf("dates stored: %s", out)
	}
	out, errs, code = cli(t, "", "ingest", "--data", data, "--published", "2023-03-04", filepath.Join(dir, "plain.txt"))
	if code != 0 || !strings.Contains(out, "1 from --published") {
		t.Errorf("--published: exit %d, %s %s", code, out, errs)
	}
	if out, _, _ := cli(t, "", "query", "--data", data, q); strings.Count(out, "null") != 0 || !strings.Contains(out, `"2023-03-04"`) {
		t.Errorf("dates after --published: %s", out)
	}
	if _, errs, code := cli(t, "", "ingest", "--data", data, "--published", "March 4", filepath.Join(dir, "plain.txt")); code != 2 || !strings.Contains(errs, "YYYY-MM-DD") {
		t.Errorf("a bad --published: exit %d, %s", code, errs)
	}
}

// TestIngestPagesAndFeeds: a web page gives its main text (site chrome left
// out), title, canonical URL and date; an RSS feed and an Atom feed give one
// document per item with link, title, date and full content; a page with no
// text and an item with none are named, and the rest goes on.
func TestIngestPagesAndFeeds(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	out, errs, code := cli(t, "", "ingest", "--data", data, "testdata/web")
	if code != 1 {
		t.Fatalf("exit %d, want 1 (two bad documents): %s %s", code, out, errs)
	}
	if !strings.Contains(out, "documents 4,") || !strings.Contains(out, "failures 2,") || !strings.Contains(out, "4 from the source") {
		t.Errorf("summary:\n%s", out)
	}
	for _, want := range []string{"failed: testdata/web/empty.html: ", "failed: testdata/web/atom.xml#2: item 2 \"An entry without text\""} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	var got struct {
		Data struct {
			Documents struct {
				Nodes []struct{ ID, Title, URL, Published, Text string }
			}
		}
	}
	ans, _, _ := cli(t, "", "query", "--data", data, `{ documents(first: 50) { nodes { id title url published text } } }`)
	if err := json.Unmarshal([]byte(ans), &got); err != nil {
		t.Fatal(err)
	}
	docs := map[string]int{}
	for i, d := range got.Data.Documents.Nodes {
		docs[d.ID] = i
	}
	want := []struct{ id, title, url, published, text string }{
		{"https://courier.example/world/harbour-deal", "Ministers agree harbour deal in Valmora", "https://courier.example/world/harbour-deal", "2024-05-14", "Ministers agree harbour deal in Valmora\n\nForeign Minister Elena Marsh of Norland met"},
		{"https://courier.example/world/lenk-ruud", "Lenk and Ruud meet in Ostra", "https://courier.example/world/lenk-ruud", "2024-05-15", "Lenk and Ruud meet in Ostra\n\nPrime Minister Ivo Lenk met Trade Minister Tomas Ruud in Ostra on Wednesday.\n\nThey discussed"},
		{"https://courier.example/world/marsh-kessel", "Marsh to visit Kessel", "https://courier.example/world/marsh-kessel", "2024-05-16", "Marsh to visit Kessel\n\nForeign Minister Elena Marsh will visit Kessel on Friday"},
		{"https://desk.example/kessel-welcomes-marsh", "Kessel welcomes Marsh", "https://desk.example/kessel-welcomes-marsh", "2024-05-18", "Kessel welcomes Marsh\n\nForeign Minister Elena Marsh arrived in Kessel"},
	}
	for _, w := range want {
		i, ok := docs[w.id]
		if !ok {
			t.Errorf("no document %s among %v", w.id, docs)
			continue
		}
		d := got.Data.Documents.Nodes[i]
		if d.Title != w.title || d.URL != w.url || d.Published != w.published || !strings.HasPrefix(d.Text, w.text) {
			t.Errorf("document %s:\n got %q %q %q %q\nwant %q %q %q %q...", w.id, d.Title, d.URL, d.Published, d.Text, w.title, w.url, w.published, w.text)
		}
		for _, chrome := range []string{"Subscribe", "Cookie", "Home", "rights reserved", "Short teaser"} {
			if strings.Contains(d.Text, chrome) {
				t.Errorf("document %s keeps site chrome or the teaser %q: %q", w.id, chrome, d.Text)
			}
		}
	}
}

// TestServerFlag: with --server, ingest, query, export and import go through
// a running server's API, with the token from --token or $NEWSGRAPH_TOKEN.
func TestServerFlag(t *testing.T) {
	_, srv := serveMain(t, Config{WriteToken: "w-secret"})
	doc := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(doc, []byte("Mayor Oda Brink met Trade Minister Tomas Ruud in Kessel on Friday."), 0o644)
	if _, errs, code := cli(t, "", "ingest", "--server", srv.URL, doc); code != 1 || !strings.Contains(errs, "failed: "+doc) || !strings.Contains(errs, "token") {
		t.Errorf("ingest without the token: exit %d, %s", code, errs)
	}
	if out, errs, code := cli(t, "", "ingest", "--server", srv.URL, "--token", "w-secret", "--published", "2024-01-05", doc); code != 0 || !strings.Contains(out, "documents 1,") {
		t.Errorf("ingest with the token: exit %d, %s %s", code, out, errs)
	}
	t.Setenv("NEWSGRAPH_TOKEN", "w-secret")
	out, errs, code := cli(t, "", "query", "--server", srv.URL, `{ document(id: "a.txt") { published } }`)
	if code != 0 || !strings.Contains(out, `"2024-01-05"`) {
		t.Errorf("query: exit %d, %s %s", code, out, errs)
	}
	if _, _, code := cli(t, "", "query", "--server", srv.URL, `{ nope }`); code != 1 {
		t.Errorf("a query with errors through the server: exit %d", code)
	}
	nq := filepath.Join(t.TempDir(), "g.nq")
	if _, errs, code := cli(t, "", "export", "--server", srv.URL, "--out", nq); code != 0 {
		t.Fatalf("export: exit %d, %s", code, errs)
	}
	exported, _ := os.ReadFile(nq)
	if !strings.Contains(string(exported), "<urn:newsgraph:document:a.txt>") {
		t.Errorf("export through the server: %.200s", exported)
	}
	for format, want := range map[string]string{"graphml": "<graphml xmlns=", "csv": "id,title,url,published,words,events,event_ids\na.txt,"} {
		args := []string{"export", "--server", srv.URL, "--format", format}
		if format == "csv" {
			args = append(args, "--table", "documents")
		}
		if out, errs, code := cli(t, "", args...); code != 0 || !strings.Contains(out, want) {
			t.Errorf("export --format %s through the server: exit %d, %s %.200q", format, code, errs, out)
		}
	}
	_, srv2 := serveMain(t, Config{WriteToken: "w-secret"})
	search := `{ entities(filter: {name: "Brink"}) { totalCount } }`
	if out, _, _ := cli(t, "", "query", "--server", srv2.URL, search); !strings.Contains(out, `"totalCount": 0`) {
		t.Fatalf("an empty server finds Brink: %s", out) // and has built its search index
	}
	if out, errs, code := cli(t, "", "import", "--server", srv2.URL, nq); code != 0 || !strings.Contains(out, "imported ") {
		t.Fatalf("import: exit %d, %s %s", code, out, errs)
	}
	if out, _, _ := cli(t, "", "query", "--server", srv2.URL, search); strings.Contains(out, `"totalCount": 0`) {
		t.Errorf("after the import, search still misses Brink: %s", out)
	}
	if out, _, _ := cli(t, "", "query", "--server", srv2.URL, `{ document(id: "a.txt") { published } }`); !strings.Contains(out, `"2024-01-05"`) {
		t.Errorf("the imported server lacks the document: %s", out)
	}
	if _, errs, code := cli(t, "", "query", "--server", "http://127.0.0.1:1", `{ stats { documents } }`); code != 1 || !strings.Contains(errs, "127.0.0.1:1") {
		t.Errorf("an unreachable server: exit %d, %s", code, errs)
	}
}

// TestExportFormats: the seed graph through the binary in every format:
// CSV of events, entities and documents; GraphML (named by --out's
// extension); JSON-LD that json-gold expands to RDF.
func TestExportFormats(t *testing.T) {
	data := seedStore(t)
	for table, header := range map[string]string{
		"events":    "id,type,status,start,end,participants,",
		"entities":  "id,type,name,aliases,mentions,roles,events,event_ids",
		"documents": "id,title,url,published,words,events,event_ids",
	} {
		out, errs, code := cli(t, "", "export", "--data", data, "--format", "csv", "--table", table)
		if code != 0 || !strings.HasPrefix(out, header) {
			t.Errorf("csv --table %s: exit %d, %s %.100q", table, code, errs, out)
		}
		rows := strings.Count(out, "\n") - 1
		t.Logf("csv --table %s: %d rows", table, rows)
		if table == "documents" && rows != 5 {
			t.Errorf("documents: %d rows, want the 5 seeds", rows)
		}
	}
	dir := t.TempDir()
	gml := filepath.Join(dir, "g.graphml")
	if _, errs, code := cli(t, "", "export", "--data", data, "--out", gml); code != 0 {
		t.Fatalf("export --out g.graphml: exit %d, %s", code, errs)
	}
	b, _ := os.ReadFile(gml)
	if !strings.Contains(string(b), `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`) {
		t.Errorf("--out g.graphml did not write GraphML: %.200s", b)
	}
	t.Logf("graphml: %d nodes, %d edges", strings.Count(string(b), "<node "), strings.Count(string(b), "<edge "))
	jl := filepath.Join(dir, "g.jsonld")
	if _, errs, code := cli(t, "", "export", "--data", data, "--out", jl); code != 0 {
		t.Fatalf("export --out g.jsonld: exit %d, %s", code, errs)
	}
	rdf := rdfcheck(t, "jsonld", jl)
	triples := strings.Count(rdf, "\n")
	t.Logf("json-gold expands the seed JSON-LD to %d triples", triples)
	// Every entity and event of the graph is in the expansion, under its
	// own IRI: as many named entities and typed events as the CSVs count.
	ents, _, _ := cli(t, "", "export", "--data", data, "--format", "csv", "--table", "entities")
	evs, _, _ := cli(t, "", "export", "--data", data, "--format", "csv", "--table", "events")
	named, events := 0, 0
	for _, l := range strings.Split(rdf, "\n") {
		if strings.HasPrefix(l, "<urn:newsgraph:entity:") && strings.Contains(l, "> <https://schema.org/name> ") {
			named++
		}
		if strings.HasPrefix(l, "<urn:newsgraph:event:") && strings.HasSuffix(l, "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Event> .") {
			events++
		}
	}
	if want := strings.Count(ents, "\n") - 1; named != want {
		t.Errorf("the JSON-LD expands to %d named entities, the graph has %d", named, want)
	}
	if want := strings.Count(evs, "\n") - 1; events != want {
		t.Errorf("the JSON-LD expands to %d events, the graph has %d", events, want)
	}
	if _, errs, code := cli(t, "", "export", "--data", data, "--format", "csv", "--table", "people"); code != 2 || !strings.Contains(errs, "events, entities or documents") {
		t.Errorf("a wrong --table: exit %d, %s", code, errs)
	}
}

// TestExtractJSON: extract --format json speaks the API: camelCase names,
// dates as YYYY-MM-DD (a month the text states as YYYY-MM, with its
// precision), entity references as {id, name}, no zero dates, and the fields
// the API answers null for left out.
func TestExtractJSON(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "talks.txt")
	os.WriteFile(doc, []byte("Foreign Minister Elena Marsh of Norland met Trade Minister Tomas Ruud in Valmora on Tuesday.\n\nThe two ministers agreed to meet again in June.\n\nMarsh will visit Prague in June."), 0o644)
	check := func(out string, published string) {
		t.Helper()
		var v any
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, out)
		}
		var walk func(path string, v any)
		walk = func(path string, v any) {
			switch v := v.(type) {
			case map[string]any:
				for k, x := range v {
					if k == "" || k[0] < 'a' || k[0] > 'z' || strings.ContainsAny(k, "_-") {
						t.Errorf("%s.%s: not a camelCase API name", path, k)
					}
					walk(path+"."+k, x)
				}
			case []any:
				for i, x := range v {
					walk(fmt.Sprintf("%s[%d]", path, i), x)
				}
			case string:
				if strings.HasPrefix(v, "0001-01-01") || strings.Contains(v, "T00:00:00Z") {
					t.Errorf("%s = %q: a zero or non-ISO-day date", path, v)
				}
			}
		}
		walk("", v)
		var x struct {
			Document map[string]any
			Mentions []struct {
				Text     string
				Evidence struct{ Start, End int }
			}
			Entities []struct {
				ID, Name     string
				MentionCount int `json:"mentionCount"`
				Roles        []struct {
					Title string
					Of    *struct{ ID, Name string }
				}
			}
			Events []struct {
				Type, Status, Start, End, Precision string
				Participants                        []struct {
					Role   string
					Entity struct{ ID, Name string }
				}
				Location *struct{ ID, Name string }
			}
		}
		json.Unmarshal([]byte(out), &x)
		if got, _ := x.Document["published"].(string); got != published {
			t.Errorf("document.published = %q, want %q", got, published)
		}
		if _, ok := x.Document["title"]; ok {
			t.Errorf("a document without a title has one: %v", x.Document)
		}
		text, _ := os.ReadFile(doc)
		for _, m := range x.Mentions {
			if string(text[m.Evidence.Start:m.Evidence.End]) != m.Text {
				t.Errorf("mention %q at %d-%d reads %q", m.Text, m.Evidence.Start, m.Evidence.End, text[m.Evidence.Start:m.Evidence.End])
			}
		}
		meeting := false
		for _, ev := range x.Events {
			if ev.Type == "MEETING" && len(ev.Participants) == 2 && ev.Participants[0].Entity.Name != "" && ev.Location != nil && ev.Location.Name == "Valmora" {
				meeting = true
			}
		}
		june := false
		for _, ev := range x.Events {
			june = june || ev.Start == "2024-06" && ev.End == "2024-06" && ev.Precision == "MONTH"
		}
		if published != "" && !june {
			t.Errorf("no event in June 2024 stated as the month 2024-06 (MONTH):\n%s", out)
		}
		if !meeting || len(x.Entities) == 0 || x.Entities[0].MentionCount == 0 {
			t.Errorf("no meeting of two named participants in Valmora, or entities without mentionCount:\n%s", out)
		}
	}
	out, errs, code := cli(t, "", "extract", "--format", "json", "--published", "2024-05-14", doc)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	check(out, "2024-05-14")
	out, _, _ = cli(t, "", "extract", doc)
	check(out, "")
	if strings.Contains(out, `"published"`) {
		t.Errorf("an undated document prints a published date:\n%.300s", out)
	}
}

// TestIngestPagesWithoutHelper: a newsgraph with no newsgraph-page beside
// it or on $PATH names each web page as failed with how to get the helper,
// and still ingests the feeds of the batch.
func TestIngestPagesWithoutHelper(t *testing.T) {
	src, err := os.ReadFile(binary(t))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	lone := filepath.Join(dir, "newsgraph")
	if err := os.WriteFile(lone, src, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(lone, "ingest", "--data", filepath.Join(dir, "data"), "testdata/web")
	cmd.Env = append(os.Environ(), "PATH="+t.TempDir())
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("exit %v, want 1: %s %s", err, out.String(), errb.String())
	}
	for _, page := range []string{"testdata/web/page.html", "testdata/web/empty.html"} {
		if want := "failed: " + page + ": newsgraph-page not found: build it with make build"; !strings.Contains(errb.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errb.String())
		}
	}
	if !strings.Contains(out.String(), "documents 3,") {
		t.Errorf("the feeds' items were not ingested:\n%s", out.String())
	}
}

// TestExtractPage: extract reads a web page as ingest does (its main text
// and metadata), not as text.
func TestExtractPage(t *testing.T) {
	out, errs, code := cli(t, "", "extract", "testdata/web/page.html")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var x struct{ Document map[string]string }
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatal(err)
	}
	if x.Document["published"] != "2024-05-14" || x.Document["url"] != "https://courier.example/world/harbour-deal" {
		t.Errorf("document %v", x.Document)
	}
}
