package ingest

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// TestPageThroughHelper: a .html file is read by the real newsgraph-page
// (built into a folder on $PATH): its canonical URL names it, its stated day
// dates it, its headline heads the text; a page without text fails by name
// as invalid input; without the helper every page fails with how to get it,
// and the other files of the batch are still read.
func TestPageThroughHelper(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping go build of newsgraph-page")
	}
	bin := t.TempDir()
	if out, err := exec.Command("go", "build", "-o", bin+string(filepath.Separator), "../cmd/newsgraph-page").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	root := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(root, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.html", `<html><head><meta property="og:title" content="Tram depot opens in Varn">
<meta property="article:published_time" content="2023-03-09T23:30:00-05:00">
<link rel="canonical" href="https://varn.example/depot"></head>
<body><nav>Home | Sport | Log in</nav><article><h1>Tram depot opens in Varn</h1>
<p>The new tram depot in Varn opened on Thursday after two years of building work near the river.</p>
<p>Engineer Oda Velt said forty trams would be serviced there each night.</p></article></body></html>`)
	write("b.htm", `<html><body><div id="root"></div><script>start()</script></body></html>`)
	write("c.txt", "Plain text files need no helper.")
	read := func() map[string]Item {
		got := map[string]Item{}
		if err := Read(context.Background(), []string{root}, nil, func(it Item) error {
			got[filepath.Base(it.Origin)] = it
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return got
	}

	t.Setenv("PATH", bin)
	got := read()
	a := got["a.html"]
	if a.Err != nil {
		t.Fatalf("a.html: %v", a.Err)
	}
	if a.Doc.ID != "https://varn.example/depot" || a.Doc.Published.Format(newsgraph.DateLayout) != "2023-03-09" || a.Doc.Title != "Tram depot opens in Varn" {
		t.Errorf("a.html: id %q published %s title %q", a.Doc.ID, a.Doc.Published, a.Doc.Title)
	}
	if !strings.HasPrefix(a.Doc.Text, "Tram depot opens in Varn\n\nThe new tram depot") || strings.Contains(a.Doc.Text, "Log in") {
		t.Errorf("a.html text %q", a.Doc.Text)
	}
	if err := got["b.htm"].Err; !errors.Is(err, newsgraph.ErrInvalid) || !strings.Contains(err.Error(), "no article text") {
		t.Errorf("b.htm: %v, want invalid input: no article text", err)
	}

	t.Setenv("PATH", t.TempDir())
	got = read()
	for _, name := range []string{"a.html", "b.htm"} {
		if err := got[name].Err; !errors.Is(err, ErrNoPageHelper) || !strings.Contains(err.Error(), "build it with make build") {
			t.Errorf("%s without the helper: %v", name, err)
		}
	}
	if c := got["c.txt"]; c.Err != nil || c.Doc.Text == "" {
		t.Errorf("c.txt without the helper: %+v", c)
	}
}
