package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/newsgraph/newsgraph/graph"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/store"
)

// exportTo writes the whole graph in format to w; table picks the CSV's
// rows (events, entities, documents).
func exportTo(ctx context.Context, st *store.Store, format, table string, w io.Writer) error {
	switch format {
	case "nquads":
		return st.WriteNQuads(ctx, w)
	case "jsonld":
		return export.JSONLD(ctx, st, w)
	case "csv":
		switch table {
		case "", "events":
			return export.CSV(ctx, st, w)
		case "entities":
			return export.EntitiesCSV(ctx, st, w)
		case "documents":
			return export.DocumentsCSV(ctx, st, w)
		}
		return usageError{fmt.Errorf("--table %q: want events, entities or documents", table)}
	case "graphml":
		return export.GraphML(ctx, st, w)
	}
	return usageError{fmt.Errorf("--format %q: want nquads, jsonld, csv or graphml", format)}
}

var exportTypes = map[string]string{
	"nquads":  "application/n-quads",
	"jsonld":  "application/ld+json",
	"csv":     "text/csv; charset=utf-8",
	"graphml": "application/graphml+xml",
}

// formatOf is the export format a file name asks for, "" when it asks none.
func formatOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".nq", ".nquads":
		return "nquads"
	case ".jsonld", ".json":
		return "jsonld"
	case ".csv":
		return "csv"
	case ".graphml", ".xml":
		return "graphml"
	}
	return ""
}

func cmdExport(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlags("export")
	sf := addStoreFlags(fs)
	format := fs.String("format", "", "the `FORMAT`: nquads, jsonld, csv or graphml (default: the one --out's extension names, else nquads)")
	table := fs.String("table", "events", "which `TABLE` a CSV export holds: events, entities or documents")
	out := fs.String("out", "", "the `FILE` to write (default: standard output, when that is not a terminal)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := sf.resolve(); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("unexpected argument %q: export takes flags only", fs.Arg(0))}
	}
	if *format == "" {
		if *out == "" && isTerminal(stdout) {
			return usageError{errors.New("refusing to print the whole graph on a terminal: give --out FILE, pipe it (| less), or name --format to print it anyway")}
		}
		if *format = formatOf(*out); *format == "" {
			*format = "nquads"
		}
	}
	if _, ok := exportTypes[*format]; !ok {
		return usageError{fmt.Errorf("--format %q: want nquads, jsonld, csv or graphml", *format)}
	}
	if *format == "csv" && *table != "events" && *table != "entities" && *table != "documents" {
		return usageError{fmt.Errorf("--table %q: want events, entities or documents", *table)}
	}
	rem, err := sf.remote()
	if err != nil {
		return err
	}
	var st *store.Store
	if rem == nil {
		if err := mustExist(sf.data); err != nil {
			return err
		}
		if st, err = store.Open(ctx, sf.data); err != nil {
			return err
		}
		defer st.Close()
	}
	w := stdout
	var f *os.File
	if *out != "" {
		// Written beside the target and renamed over it once complete, so
		// that a failed export never leaves a truncated file under the name.
		if f, err = os.CreateTemp(filepath.Dir(*out), "."+filepath.Base(*out)+".*"); err != nil {
			return err
		}
		defer os.Remove(f.Name())
		defer f.Close()
		w = f
	}
	if rem != nil {
		q := url.Values{"format": {*format}}
		if *format == "csv" {
			q.Set("table", *table)
		}
		resp, err := rem.do(ctx, http.MethodGet, "/api/export?"+q.Encode(), "", nil)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if _, err := io.Copy(w, resp.Body); err != nil {
			return fmt.Errorf("export from %s: %w", rem.base, err)
		}
	} else if err := exportTo(ctx, st, *format, *table, w); err != nil {
		return err
	}
	if f == nil {
		return nil
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), *out)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// cmdImport loads an N-Quads export into a store, or into a running
// server's store (POST /api/import, with the write token).
func cmdImport(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlags("import")
	sf := addStoreFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := sf.resolve(); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{fmt.Errorf("name one N-Quads FILE (- for standard input)")}
	}
	rem, err := sf.remote()
	if err != nil {
		return err
	}
	var in io.Reader = os.Stdin
	if fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	var n int
	if rem != nil {
		if n, err = importRemote(ctx, rem, in); err != nil {
			return err
		}
	} else {
		st, err := store.Open(ctx, sf.data)
		if err != nil {
			return err
		}
		defer st.Close()
		if n, err = st.ReadNQuads(ctx, in); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "imported %d quads\n", n)
	return nil
}

// serveExport is the export over HTTP:
// GET /api/export?format=nquads|jsonld|csv|graphml[&table=events|entities|documents].
func (m *Main) serveExport(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	if format == "" {
		format = "nquads"
	}
	ct, ok := exportTypes[format]
	if !ok {
		httpError(w, http.StatusBadRequest, "format: want nquads, jsonld, csv or graphml")
		return
	}
	table := r.URL.Query().Get("table")
	if format == "csv" && table != "" && table != "events" && table != "entities" && table != "documents" {
		httpError(w, http.StatusBadRequest, "table: want events, entities or documents")
		return
	}
	w.Header().Set("Content-Type", ct)
	if err := exportTo(r.Context(), m.Store, format, table, w); err != nil {
		m.cfg.Log.Error("export", slog.String("format", format), slog.Any("err", err))
	}
}

// importChunk is about how many bytes of N-Quads one POST /api/import
// carries: the server bounds request bodies.
const importChunk = 1 << 20

// importRemote sends N-Quads to the server in chunks of whole lines, cut
// only where the subject changes, so that a value IRI's rdf:value (sorted
// just before the quads that use it, see store.WriteNQuads) arrives in the
// same request.
func importRemote(ctx context.Context, rem *remote, in io.Reader) (int, error) {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	var chunk strings.Builder
	prev, n := "", 0
	send := func() error {
		if chunk.Len() == 0 {
			return nil
		}
		body, _ := json.Marshal(map[string]string{"nquads": chunk.String()})
		chunk.Reset()
		resp, err := rem.do(ctx, http.MethodPost, "/api/import", "application/json", bytes.NewReader(body))
		if err != nil {
			return fmt.Errorf("after %d quads: %w", n, err)
		}
		defer resp.Body.Close()
		var ans struct {
			Quads int `json:"quads"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&ans); err != nil {
			return fmt.Errorf("import to %s: %w", rem.base, err)
		}
		n += ans.Quads
		return nil
	}
	for sc.Scan() {
		line := sc.Text()
		subject, _, _ := strings.Cut(line, " ")
		if chunk.Len() >= importChunk && subject != prev {
			if err := send(); err != nil {
				return n, err
			}
		}
		prev = subject
		chunk.WriteString(line)
		chunk.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return n, err
	}
	return n, send()
}

// serveImport loads N-Quads into the store: POST /api/import with
// {"nquads": "..."}, answering {"quads": N}. It writes, so it needs the
// write token when the server has one (the access rule in front has already
// checked the read token and the body's type and size).
func (m *Main) serveImport(w http.ResponseWriter, r *http.Request) {
	if !graph.CanWrite(r.Context()) {
		if r.Header.Get("Authorization") != "" {
			// a token graph.Protect accepted, which may only read: as a
			// mutation sent with it gets FORBIDDEN
			httpError(w, http.StatusForbidden, `this token may only read: send the write token as "Authorization: Bearer <token>"`)
			return
		}
		httpError(w, http.StatusUnauthorized, `write token required: send it as "Authorization: Bearer <token>"`)
		return
	}
	var in struct {
		NQuads string `json:"nquads"`
	}
	body, ok := readBody(w, r)
	if !ok {
		return
	}
	if err := json.Unmarshal(body, &in); err != nil {
		httpError(w, http.StatusBadRequest, fmt.Sprintf(`want a JSON body {"nquads": "..."}; it begins %s`, graph.Prefix(string(body))))
		return
	}
	n, err := m.Store.ReadNQuads(r.Context(), strings.NewReader(in.NQuads))
	if err != nil {
		m.cfg.Log.Error("import", slog.Any("err", err))
		httpError(w, http.StatusBadRequest, fmt.Sprintf("after %d quads: %v", n, err))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]int{"quads": n})
}
