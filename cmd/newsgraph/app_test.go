package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// serveMain wires the program on a memory store (or data) and serves it.
func serveMain(t *testing.T, cfg Config) (*Main, *httptest.Server) {
	t.Helper()
	if cfg.Data == "" {
		cfg.Data = "memory://"
	}
	cfg.Introspection = true
	m, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(m.Handler)
	t.Cleanup(func() { srv.Close(); m.Close() })
	return m, srv
}

func ingestSeeds(t *testing.T, url, token string, n int) {
	t.Helper()
	for i, s := range seeds(t) {
		if i == n {
			break
		}
		if msg := gql(t, url, token, ingestMutation, map[string]any{"input": map[string]any{"id": s.ID, "text": s.Text, "published": s.Published}}, nil); msg != "" {
			t.Fatalf("ingest %s: %s", s.ID, msg)
		}
	}
}

const entitiesQuery = `{ entities(first: 500) { totalCount nodes { id name type aliases mentionCount roles { title of { id name } } } } }`

func TestWriteTokenGuardsMutations(t *testing.T) {
	_, srv := serveMain(t, Config{WriteToken: "sekret"})
	url := srv.URL + "/graphql"
	s := seeds(t)[0]
	in := map[string]any{"input": map[string]any{"id": s.ID, "text": s.Text}}
	if msg := gql(t, url, "", ingestMutation, in, nil); !strings.Contains(msg, "token") {
		t.Fatalf("mutation without the token: got %q, want a refusal naming the token", msg)
	}
	if msg := gql(t, url, "wrong", ingestMutation, in, nil); !strings.Contains(msg, "token") {
		t.Fatalf("mutation with a wrong token: got %q", msg)
	}
	if msg := gql(t, url, "sekret", ingestMutation, in, nil); msg != "" {
		t.Fatalf("mutation with the token: %s", msg)
	}
	var got struct {
		Entities struct{ TotalCount int } `json:"entities"`
	}
	if msg := gql(t, url, "", entitiesQuery, nil, &got); msg != "" || got.Entities.TotalCount == 0 {
		t.Fatalf("reads stay open without a read token: %q, %d entities", msg, got.Entities.TotalCount)
	}
}

func TestReadTokenGuardsHTTPEndpoints(t *testing.T) {
	_, srv := serveMain(t, Config{ReadToken: "r"})
	resp, err := http.Post(srv.URL+"/api/link", "application/json", strings.NewReader(`{"text":"x"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("link without read token: %d", resp.StatusCode)
	}
	if msg := gql(t, srv.URL+"/graphql", "", `{ stats { documents } }`, nil, nil); msg == "" {
		t.Fatal("query without read token answered")
	}
}

// TestLinkHTTP: a service sends text and gets spans and ids of known entities.
func TestLinkHTTP(t *testing.T) {
	_, srv := serveMain(t, Config{})
	ingestSeeds(t, srv.URL+"/graphql", "", 5)
	resp, err := http.Post(srv.URL+"/api/link", "application/json", strings.NewReader(`{"text":"Motegi spoke with Rubio in Tokyo."}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Mentions []struct {
			Text       string
			Start, End int
			Type       string
			Entity     *string
		}
	}
	json.NewDecoder(resp.Body).Decode(&out)
	known := map[string]bool{}
	for _, m := range out.Mentions {
		if m.Entity != nil {
			known[m.Text] = true
		}
		if "Motegi spoke with Rubio in Tokyo."[m.Start:m.End] != m.Text {
			t.Errorf("span %d-%d is not %q", m.Start, m.End, m.Text)
		}
	}
	for _, name := range []string{"Motegi", "Rubio", "Tokyo"} {
		if !known[name] {
			t.Errorf("link did not find the known entity %q: %+v", name, out.Mentions)
		}
	}
}

// TestExportImportRoundTrip: N-Quads exported from one store load into a
// fresh store that answers the same queries identically.
func TestExportImportRoundTrip(t *testing.T) {
	m1, srv1 := serveMain(t, Config{})
	ingestSeeds(t, srv1.URL+"/graphql", "", 5)
	var nq bytes.Buffer
	if err := m1.Store.WriteNQuads(context.Background(), &nq); err != nil {
		t.Fatal(err)
	}
	m2, srv2 := serveMain(t, Config{})
	if n, err := m2.Store.ReadNQuads(context.Background(), bytes.NewReader(nq.Bytes())); err != nil || n == 0 {
		t.Fatalf("import: %d quads, %v", n, err)
	}
	for _, q := range []string{entitiesQuery, meetingsQuery,
		`{ events(type: VISIT, first: 100) { nodes { id status start end participants { role entity { id } } location { id } sources { document { id } sentence start end text } } } }`} {
		var a, b any
		gql(t, srv1.URL+"/graphql", "", q, nil, &a)
		gql(t, srv2.URL+"/graphql", "", q, nil, &b)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("answers differ after the round trip for %s", q)
		}
	}
	var again bytes.Buffer
	m2.Store.WriteNQuads(context.Background(), &again)
	if again.String() != nq.String() {
		t.Error("the imported store exports different N-Quads")
	}
	for _, format := range []string{"jsonld", "csv"} {
		resp, err := http.Get(srv1.URL + "/api/export?format=" + format)
		if err != nil {
			t.Fatal(err)
		}
		var body bytes.Buffer
		body.ReadFrom(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || body.Len() < 100 {
			t.Errorf("export %s: %d, %d bytes", format, resp.StatusCode, body.Len())
		}
		if format == "jsonld" && !json.Valid(body.Bytes()) {
			t.Error("JSON-LD export is not JSON")
		}
	}
}

// TestMergeSurvivesReingest: a merge made through the API holds after the
// documents are ingested again.
func TestMergeSurvivesReingest(t *testing.T) {
	_, srv := serveMain(t, Config{})
	url := srv.URL + "/graphql"
	ingestSeeds(t, url, "", 2)
	var got struct {
		Entities struct {
			Nodes []struct{ ID, Name, Type string } `json:"nodes"`
		} `json:"entities"`
	}
	gql(t, url, "", `{ entities(filter: {type: GPE}, first: 50) { nodes { id name type } } }`, nil, &got)
	if len(got.Entities.Nodes) < 2 {
		t.Fatalf("need two places to merge, have %v", got.Entities.Nodes)
	}
	into, from := got.Entities.Nodes[0].ID, got.Entities.Nodes[1].ID
	if msg := gql(t, url, "", `mutation($into: ID!, $from: [ID!]!) { mergeEntities(into: $into, from: $from) { id kind } }`, map[string]any{"into": into, "from": []string{from}}, nil); msg != "" {
		t.Fatal(msg)
	}
	ingestSeeds(t, url, "", 2)
	var e struct {
		Entity *struct{ ID, Name string } `json:"entity"`
	}
	gql(t, url, "", `query($id: ID!) { entity(id: $id) { id name } }`, map[string]any{"id": from}, &e)
	if e.Entity == nil || e.Entity.ID != into {
		t.Fatalf("after re-ingest, merged %s reads as %+v, want %s", from, e.Entity, into)
	}
	var list struct {
		Entities struct {
			Nodes []struct{ ID string } `json:"nodes"`
		} `json:"entities"`
	}
	gql(t, url, "", `{ entities(filter: {type: GPE}, first: 500) { nodes { id } } }`, nil, &list)
	for _, n := range list.Entities.Nodes {
		if n.ID == from {
			t.Fatalf("merged entity %s is listed again after re-ingest", from)
		}
	}
}

// TestIngestCommandBatch: a bad document is reported by name, the rest of
// the batch is stored, and the command exits 1.
func TestIngestCommandBatch(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	os.MkdirAll(docs, 0o755)
	os.WriteFile(filepath.Join(docs, "good.txt"), []byte("The minister met the ambassador in Paris on Monday."), 0o644)
	os.WriteFile(filepath.Join(docs, "bad.txt"), []byte("\x00\x01binary\xff"), 0o644)
	os.WriteFile(filepath.Join(docs, "empty.txt"), nil, 0o644)
	data := filepath.Join(dir, "data")
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"ingest", "--data", data, docs}, nil, &out, &errb)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr:\n%s", code, errb.String())
	}
	for _, want := range []string{"bad.txt", "empty.txt"} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("stderr does not name %s:\n%s", want, errb.String())
		}
	}
	if !strings.Contains(out.String(), "documents 1,") || !strings.Contains(out.String(), "failures 2") {
		t.Errorf("summary: %s", out.String())
	}
	out.Reset()
	if code := run(context.Background(), []string{"query", "--data", data, `{ documents { totalCount nodes { id } } }`}, nil, &out, &errb); code != 0 {
		t.Fatalf("query exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), `"good.txt"`) || strings.Contains(out.String(), "bad.txt") {
		t.Errorf("store holds: %s", out.String())
	}
}

// TestSecondProcessGetsClearError: a leveldb folder in use is refused with a
// message that says what to do, instead of hanging.
func TestSecondProcessGetsClearError(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	serveMain(t, Config{Data: data})
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"export", "--data", data, "--format", "csv"}, nil, &out, &errb)
	if code == 0 || !strings.Contains(errb.String(), "in use") {
		t.Fatalf("exit %d, stderr %q: want a clear lock error", code, errb.String())
	}
}

// TestAnalystQuestions asks the questions of the seeds through the
// real extractor, store and handler. The names are the test's fixture.
func TestAnalystQuestions(t *testing.T) {
	_, srv := serveMain(t, Config{})
	url := srv.URL + "/graphql"
	ingestSeeds(t, url, "", 5)

	var m struct {
		Meetings struct {
			Nodes []struct {
				Start, Status string
				Location      struct{ Name string }
				Participants  []struct{ Entity struct{ Name string } }
			}
		}
	}
	for _, at := range []string{"", "Tokyo"} {
		q := `query($at: String) { meetings(person: "Takaichi", at: $at) { nodes { start status location { name } participants { entity { name } } } } }`
		if msg := gql(t, url, "", q, map[string]any{"at": at}, &m); msg != "" {
			t.Fatal(msg)
		}
		found := false
		for _, n := range m.Meetings.Nodes {
			for _, p := range n.Participants {
				if p.Entity.Name == "Donald Trump" && n.Start == "2025-10-28" && n.Status == "HAPPENED" {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("meetings(person: Takaichi, at: %q) = %+v: no happened meeting with Trump on 2025-10-28", at, m.Meetings.Nodes)
		}
	}
	for _, name := range []string{"takaichi", "Takiachi", "SANAE TAKAICHI"} {
		var e struct {
			Entities struct{ Nodes []struct{ Name string } }
		}
		gql(t, url, "", `query($n: String) { entities(filter: {name: $n}, first: 3) { nodes { name } } }`, map[string]any{"n": name}, &e)
		if len(e.Entities.Nodes) == 0 || e.Entities.Nodes[0].Name != "Sanae Takaichi" {
			t.Errorf("entities(name: %q) = %+v", name, e.Entities.Nodes)
		}
	}
	// One source names another prime minister at the summit: kept apart,
	// shown as a conflict.
	var c struct {
		Meetings struct {
			Nodes []struct {
				Conflicts []struct {
					Participants []struct{ Entity struct{ Name string } }
				}
			}
		}
	}
	gql(t, url, "", `{ meetings(person: "Takaichi", with: "Trump") { nodes { conflicts { participants { entity { name } } } } } }`, nil, &c)
	if len(c.Meetings.Nodes) != 1 || len(c.Meetings.Nodes[0].Conflicts) != 1 || !strings.Contains(fmt.Sprint(c.Meetings.Nodes[0].Conflicts), "Kishida") {
		t.Errorf("the summit's conflicts: %+v, want the one report naming Kishida", c.Meetings.Nodes)
	}
	var p struct {
		Path *struct {
			Hops  int
			Steps []struct{ From, To struct{ Name string } }
		}
	}
	if msg := gql(t, url, "", `{ path(from: "Hegseth", to: "Naruhito") { hops steps { from { name } to { name } } } }`, nil, &p); msg != "" || p.Path == nil || p.Path.Hops == 0 {
		t.Errorf("path Hegseth -> Naruhito: %q %+v", msg, p.Path)
	}
}

// TestReingestIsStable: sending the same corpus again gives the same graph,
// ids included, and a fresh store given the corpus gives it too.
func TestReingestIsStable(t *testing.T) {
	const q = `{ events(first: 500) { totalCount nodes { id type status start participants { role entity { id } } location { id } } }
	  entities(first: 500) { totalCount nodes { id name type aliases } } }`
	_, srv := serveMain(t, Config{})
	url := srv.URL + "/graphql"
	ingestSeeds(t, url, "", 5)
	var first, again, fresh any
	gql(t, url, "", q, nil, &first)
	ingestSeeds(t, url, "", 5)
	gql(t, url, "", q, nil, &again)
	_, srv2 := serveMain(t, Config{})
	ingestSeeds(t, srv2.URL+"/graphql", "", 5)
	gql(t, srv2.URL+"/graphql", "", q, nil, &fresh)
	if !reflect.DeepEqual(first, again) {
		t.Error("re-ingesting the seeds changed the graph")
	}
	if !reflect.DeepEqual(first, fresh) {
		t.Error("a fresh store given the seeds holds another graph")
	}
}
