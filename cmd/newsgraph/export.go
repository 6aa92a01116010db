package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/store"
)

// exportTo writes the whole graph in format to w.
func exportTo(ctx context.Context, st *store.Store, format string, w io.Writer) error {
	switch format {
	case "nquads":
		return st.WriteNQuads(ctx, w)
	case "jsonld":
		return export.JSONLD(ctx, st, w)
	case "csv":
		return export.CSV(ctx, st, w)
	}
	return usageError{fmt.Errorf("--format %q: want nquads, jsonld or csv", format)}
}

var exportTypes = map[string]string{
	"nquads": "application/n-quads",
	"jsonld": "application/ld+json",
	"csv":    "text/csv; charset=utf-8",
}

func cmdExport(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlags("export")
	data := fs.String("data", defaultData(), "store: folder, leveldb://, memory://, postgres://")
	format := fs.String("format", "nquads", "nquads, jsonld or csv")
	out := fs.String("out", "", "file to write (default stdout)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if _, ok := exportTypes[*format]; !ok {
		return usageError{fmt.Errorf("--format %q: want nquads, jsonld or csv", *format)}
	}
	st, err := store.Open(ctx, *data)
	if err != nil {
		return err
	}
	defer st.Close()
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	return exportTo(ctx, st, *format, w)
}

// cmdImport loads an N-Quads export into a store.
func cmdImport(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlags("import")
	data := fs.String("data", defaultData(), "store: folder, leveldb://, memory://, postgres://")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{fmt.Errorf("name one N-Quads FILE")}
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := store.Open(ctx, *data)
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := st.ReadNQuads(ctx, f)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "imported %d quads\n", n)
	return nil
}

// serveExport is the export over HTTP: GET /api/export?format=nquads|jsonld|csv.
func (m *Main) serveExport(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	if format == "" {
		format = "nquads"
	}
	ct, ok := exportTypes[format]
	if !ok {
		httpError(w, http.StatusBadRequest, "format: want nquads, jsonld or csv")
		return
	}
	w.Header().Set("Content-Type", ct)
	if err := exportTo(r.Context(), m.Store, format, w); err != nil {
		m.cfg.Log.Error("export", slog.String("format", format), slog.Any("err", err))
	}
}

// ingestDoc is a document read from a file on the command line.
func ingestDoc(path, text string, published time.Time) newsgraph.Document {
	return newsgraph.Document{ID: newsgraph.DocumentID(filepath.Base(path)), Text: text, Published: published}
}
