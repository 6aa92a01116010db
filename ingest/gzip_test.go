package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// readAll returns one word per item: the document id, "ERR origin" or
// "SKIP origin" (base names).
func readAll(t *testing.T, paths []string, stdin []byte) string {
	t.Helper()
	var got []string
	var in *bytes.Reader
	if stdin != nil {
		in = bytes.NewReader(stdin)
	}
	err := Read(context.Background(), paths, in, func(it Item) error {
		switch {
		case it.Skipped != "":
			got = append(got, "SKIP "+filepath.Base(it.Origin))
		case it.Err != nil:
			if !errors.Is(it.Err, newsgraph.ErrInvalid) && !strings.Contains(it.Err.Error(), "unexpected EOF") {
				t.Errorf("%s: %v", it.Origin, it.Err)
			}
			got = append(got, "ERR "+filepath.Base(it.Origin))
		default:
			got = append(got, string(it.Doc.ID))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(got, " ")
}

// A folder of compressed stories is read like its uncompressed twin; a
// damaged archive is one failure and the files after it are still read.
func TestReadGzippedFiles(t *testing.T) {
	root := t.TempDir()
	lines := `{"id":"z1","text":"Ama Osei met Kofi Boateng in Tamale.","published":"2021-03-04"}
{"id":"z2","text":"Two."}
`
	full := gz(t, lines)
	files := map[string][]byte{
		"a.jsonl.gz": full,
		"b.txt.gz":   gz(t, "Ines Duarte flew to Braga."),
		"c.jsonl.gz": []byte("not gzip at all"),
		"d.jsonl.gz": full[:len(full)/2], // cut short
		"e.html.gz":  gz(t, "<html><body><p>x</p></body></html>"),
		"f.tar.gz":   gz(t, "x"),
		"g.txt":      []byte("Plain."),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(root, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := readAll(t, []string{root}, nil)
	want := "z1 z2 b.txt ERR c.jsonl.gz ERR d.jsonl.gz:1 ERR e.html.gz SKIP f.tar.gz g.txt"
	if got != want {
		t.Fatalf("got  %q\nwant %q", got, want)
	}
	if n := Count([]string{filepath.Join(root, "a.jsonl.gz")}); n != 2 {
		t.Fatalf("Count(a.jsonl.gz) = %d, want 2 (its lines, not 1 file)", n)
	}
}

// Standard input in gzip is recognised by its magic number.
func TestReadGzippedStdin(t *testing.T) {
	if got := readAll(t, []string{"-"}, gz(t, "{\"id\":\"s1\",\"text\":\"x\"}\n{\"id\":\"s2\",\"text\":\"y\"}\n")); got != "s1 s2" {
		t.Fatalf("gzipped JSON Lines on stdin: got %q", got)
	}
	text := "Plain text article.\n"
	if got := readAll(t, []string{"-"}, gz(t, text)); got != string(ContentID(text)) {
		t.Fatalf("gzipped text on stdin: got %q", got)
	}
	if got := readAll(t, []string{"-"}, []byte{0x1f, 0x8b, 0, 1, 2}); got != "ERR stdin" {
		t.Fatalf("damaged gzip on stdin: got %q", got)
	}
}
