package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pageSource is the kind of markup a scraper saves: it must not become an
// article about "CDATA" and "div".
const pageSource = `<div class="story"><h1>Harbour reopens</h1>
<p>The port of Velmora reopened on Tuesday, officials said.</p>
<p>Ships had waited <b>three</b> days.</p><script>//<![CDATA[
var x = 1;
//]]></script><span>Share</span><a href="/x">More</a></div>`

// TestOneInputRule: the command line and the GraphQL mutation refuse the
// same inputs with the same kind of message, and trim ids alike.
func TestOneInputRule(t *testing.T) {
	_, srv := serveMain(t, Config{})
	dir := t.TempDir()
	cases := []struct {
		name string
		line string // one JSONL record, also sent as the mutation's input
		want string
	}{
		{"html source", `{"id":"h1","text":` + jsonString(pageSource) + `}`, "HTML source"},
		{"doctype", `{"id":"h2","text":"<!DOCTYPE html><html><body>Ministers met.</body></html>"}`, "HTML source"},
		{"number as text", `{"id":"n1","text":42}`, ""},
		{"long bad date", `{"id":"d1","text":"Ministers met.","published":` + jsonString(strings.Repeat("9", 100000)) + `}`, "YYYY-MM-DD"},
	}
	for _, c := range cases {
		feed := filepath.Join(dir, c.name+".jsonl")
		os.WriteFile(feed, []byte(c.line+"\n"), 0o644)
		var out, errb bytes.Buffer
		if code := run(context.Background(), []string{"ingest", "--quiet", "--data", "memory://", feed}, nil, &out, &errb); code != 1 {
			t.Errorf("%s: ingest exit %d: %s", c.name, code, errb.String())
		}
		if !strings.Contains(errb.String(), c.want) || len(errb.String()) > 500 {
			t.Errorf("%s: ingest says %.600q", c.name, errb.String())
		}
		var in map[string]any
		dec := json.NewDecoder(strings.NewReader(c.line))
		dec.UseNumber()
		if err := dec.Decode(&in); err != nil {
			t.Fatal(err)
		}
		msg := gql(t, srv.URL+"/graphql", "", ingestMutation, map[string]any{"input": in}, nil)
		if msg == "" || !strings.Contains(msg, c.want) || len(msg) > 400 {
			t.Errorf("%s: the mutation says %.500q", c.name, msg)
		}
	}

	// An id with spaces around it is trimmed by both.
	feed := filepath.Join(dir, "spaced.jsonl")
	os.WriteFile(feed, []byte(`{"id":"  spaced-1 ","text":"The minister met the ambassador in Paris."}`+"\n"), 0o644)
	data := filepath.Join(dir, "data")
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"ingest", "--quiet", "--data", data, feed}, nil, &out, &errb); code != 0 {
		t.Fatalf("ingest exit %d: %s", code, errb.String())
	}
	out.Reset()
	run(context.Background(), []string{"query", "--data", data, `{ documents { nodes { id } } }`}, nil, &out, &errb)
	if !strings.Contains(out.String(), `"spaced-1"`) {
		t.Errorf("the command line kept the spaces of an id: %s", out.String())
	}
	var got struct {
		IngestDocument struct{ Document struct{ ID string } }
	}
	if msg := gql(t, srv.URL+"/graphql", "", ingestMutation, map[string]any{"input": map[string]any{"id": "  spaced-1 ", "text": "The minister met the ambassador in Paris."}}, &got); msg != "" || got.IngestDocument.Document.ID != "spaced-1" {
		t.Errorf("the mutation kept %q (%s)", got.IngestDocument.Document.ID, msg)
	}
}

// TestHugeFileNotReadWhole: a 100 MB file is refused from its size; it is
// sparse, so reading it whole would show as time and memory, not disk.
func TestHugeFileNotReadWhole(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(100 << 20)
	f.Close()
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"ingest", "--quiet", "--data", "memory://", p}, nil, &out, &errb); code != 1 || !strings.Contains(errb.String(), "over the limit") {
		t.Errorf("exit %d: %s", code, errb.String())
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestIngestFeedSummary: a line over the limit is one failure and the lines
// after it are stored; a document sent twice in one feed is one document
// of the summary, as it is one document of the store.
func TestIngestFeedSummary(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "feed.jsonl")
	long := `{"id":"huge","text":"` + strings.Repeat("word ", (16<<20)/5+10) + `"}`
	lines := []string{
		`{"id":"a","text":"The minister met the ambassador in Paris on Monday."}`,
		long,
		`{"id":"b","text":"The president visited Nairobi on Tuesday."}`,
		`{"id":"a","text":"The minister met the ambassador in Paris on Monday, officials said."}`,
	}
	os.WriteFile(feed, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	data := filepath.Join(dir, "data")
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"ingest", "--quiet", "--data", data, feed}, nil, &out, &errb); code != 1 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(errb.String(), "feed.jsonl:2") || !strings.Contains(errb.String(), "longer than the limit") {
		t.Errorf("the long line is not reported: %s", errb.String())
	}
	if !strings.Contains(out.String(), "documents 2,") || !strings.Contains(out.String(), "failures 1") {
		t.Errorf("summary: %s", out.String())
	}
	out.Reset()
	run(context.Background(), []string{"query", "--data", data, `{ documents { totalCount } }`}, nil, &out, &errb)
	if !strings.Contains(out.String(), `"totalCount": 2`) {
		t.Errorf("store holds: %s", out.String())
	}
}
