package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// tree lays out:
//
//	root/
//	  a.txt            one article
//	  feed.jsonl       two good lines, one broken line, one bad date
//	  sub/b.txt        one article
//	  .hidden/c.txt    skipped (the folder is named)
//	  notes.md         skipped (named)
func tree(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	write := func(name, body string) {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Alpha met Beta in Gamma.")
	write("feed.jsonl", `{"id":"f1","text":"One.","published":"2025-10-22"}
{"id":"f2","text":"Two.","title":"T","url":"https://example.org/2"}
{not json
{"id":"f4","text":"Four.","published":"22/10/2025"}
`)
	write("sub/b.txt", "Delta visited Epsilon.")
	write(".hidden/c.txt", "hidden")
	write("notes.md", "ignored")
	return root
}

func TestReadFolder(t *testing.T) {
	root := tree(t)
	var got []string
	err := Read(context.Background(), []string{root}, nil, func(it Item) error {
		s := string(it.Doc.ID)
		if it.Skipped != "" {
			s = "SKIP " + filepath.Base(it.Origin)
		}
		if it.Err != nil {
			s = "ERR " + filepath.Base(it.Origin)
			if !errors.Is(it.Err, newsgraph.ErrInvalid) {
				t.Errorf("%s: error %v does not wrap ErrInvalid", it.Origin, it.Err)
			}
		}
		got = append(got, s)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "SKIP .hidden a.txt f1 f2 ERR feed.jsonl:3 ERR feed.jsonl:4 SKIP notes.md b.txt"
	if strings.Join(got, " ") != want {
		t.Fatalf("got %q\nwant %q", strings.Join(got, " "), want)
	}
	if n := Count([]string{root}); n != 8 { // progress counts the skipped too
		t.Fatalf("Count = %d, want 8", n)
	}
}

func TestReadJSONLFields(t *testing.T) {
	root := tree(t)
	var docs []newsgraph.Document
	Read(context.Background(), []string{filepath.Join(root, "feed.jsonl")}, nil, func(it Item) error {
		if it.Err == nil {
			docs = append(docs, it.Doc)
		}
		return nil
	})
	if len(docs) != 2 || docs[0].Published.Format(newsgraph.DateLayout) != "2025-10-22" || docs[1].URL != "https://example.org/2" || docs[1].Title != "T" || !docs[1].Published.IsZero() {
		t.Fatalf("docs = %+v", docs)
	}
}

func TestReadStdin(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"  {\"id\":\"s1\",\"text\":\"x\"}\n{\"id\":\"s2\",\"text\":\"y\"}\n", "s1 s2"},
		{"Plain text article.\n", string(ContentID("Plain text article.\n"))},
	} {
		var got []string
		Read(context.Background(), []string{"-"}, strings.NewReader(c.in), func(it Item) error {
			got = append(got, string(it.Doc.ID))
			return nil
		})
		if strings.Join(got, " ") != c.want {
			t.Errorf("stdin %q: got %q, want %q", c.in, got, c.want)
		}
	}
}

func TestReadMissingPath(t *testing.T) {
	var errs int
	Read(context.Background(), []string{filepath.Join(t.TempDir(), "nope")}, nil, func(it Item) error {
		if it.Err != nil {
			errs++
		}
		return nil
	})
	if errs != 1 {
		t.Fatalf("errors = %d, want 1", errs)
	}
}

func TestValidate(t *testing.T) {
	for _, c := range []struct {
		name string
		doc  newsgraph.Document
		want string // substring of the error, "" for none
	}{
		{"ok", newsgraph.Document{ID: "d", Text: "Fine text."}, ""},
		{"empty", newsgraph.Document{ID: "d", Text: "  \n"}, "empty"},
		{"utf8", newsgraph.Document{ID: "d", Text: "bad \xff byte"}, "UTF-8"},
		{"binary", newsgraph.Document{ID: "d", Text: "PK\x03\x04\x00\x00"}, "binary"},
		{"size", newsgraph.Document{ID: "d", Text: strings.Repeat("a", 101)}, "over the limit"},
		{"id", newsgraph.Document{ID: "a\nb", Text: "x"}, "id must"},
	} {
		err := Validate(c.doc, 100)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: unexpected %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want) || !errors.Is(err, newsgraph.ErrInvalid)):
			t.Errorf("%s: got %v, want an ErrInvalid containing %q", c.name, err, c.want)
		case c.want != "" && !strings.Contains(err.Error(), string(c.doc.ID)) && c.name != "id":
			t.Errorf("%s: %v does not name the document", c.name, err)
		}
	}
}

func FuzzParsePublished(f *testing.F) {
	for _, s := range []string{"2025-10-22", "2025-10-22T09:00:00Z", "", "22/10/2025"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm, err := ParsePublished(s)
		if err != nil {
			if !errors.Is(err, newsgraph.ErrInvalid) {
				t.Fatalf("%q: %v not ErrInvalid", s, err)
			}
			return
		}
		if strings.TrimSpace(s) != "" && tm.IsZero() {
			t.Fatalf("%q parsed to zero time", s)
		}
	})
}

// TestJSONLLongLineSkipped: a line over the limit is one failure; the
// lines after it, also one without a final newline, are read; Count agrees.
func TestJSONLLongLineSkipped(t *testing.T) {
	p := filepath.Join(t.TempDir(), "feed.jsonl")
	long := `{"id":"big","text":"` + strings.Repeat("word ", maxLine/5) + `"}`
	body := `{"id":"a","text":"One."}` + "\n" + long + "\n" + `{"id":"b","text":"Two."}` + "\n\n" + long + "\n" + `{"id":"c","text":"Three."}`
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	err := Read(context.Background(), []string{p}, nil, func(it Item) error {
		if it.Err != nil {
			if !strings.Contains(it.Err.Error(), "longer than the limit") || len(it.Err.Error()) > 200 {
				t.Errorf("%s: %v", it.Origin, it.Err)
			}
			got = append(got, "ERR "+filepath.Base(it.Origin))
			return nil
		}
		got = append(got, string(it.Doc.ID))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "a ERR feed.jsonl:2 b ERR feed.jsonl:5 c"; strings.Join(got, " ") != want {
		t.Errorf("read %q, want %q", strings.Join(got, " "), want)
	}
	if n := Count([]string{p}); n != 5 {
		t.Errorf("Count = %d, want 5", n)
	}
}
