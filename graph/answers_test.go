package graph_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

var updateAnswers = flag.Bool("update-answers", false, "rewrite testdata/answers.golden from the current handler")

// TestAnswersByteForByte keeps the bytes of the handler's answers (status,
// content type, body) to a spread of queries over the fixture graph:
// lists of objects at several depths, aliases, a field asked twice,
// fragments, __typename, nulls, errors with their paths, a null that
// bubbles up, variables, a batch. The executor gqlgen writes is edited
// after generation and the response is written by our own writer
// (graph/internal/execpatch, transport.go): an answer that moves by a byte
// fails here. testdata/answers.golden was written by gqlgen's unedited
// code; -update-answers rewrites it.
func TestAnswersByteForByte(t *testing.T) {
	s := newServer(t, graph.Config{Introspection: true})
	olsen, velm := entityID("Bram Olsen"), entityID("Velm")
	queries := []string{
		scoreEntities,
		`{ events(first: 20) { nodes { id type start participants { entity { name } } location { name } } } }`,
		fmt.Sprintf(`{ meetings(person: %q, first: 20) { totalCount nodes { id start participants { entity { name } } } } }`, olsen),
		`{ events { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { __typename id status precision start end
		   participants { role entity { id name type mentionCount } } location { name partOf { name } }
		   sources { document { id title published } } claims { document { title } location { name } start } } } } }`,
		fmt.Sprintf(`{ a: entity(id: %q) { name n: name name aliases roles { title of { name } since until } mentions(first: 2) { totalCount nodes { text entity { name } } } }
		   b: entity(id: %q) { ...Place } missing: entity(id: "urn:newsgraph:entity:person:nobody") { name } }
		   fragment Place on Entity { __typename id name partOf { name } events(first: 3) { nodes { id } } }`, olsen, velm),
		fmt.Sprintf(`{ node(id: %q) { __typename ... on Entity { name } ... on Event { type } } }`, olsen),
		`{ documents(first: 3) { nodes { id title url published } } stats { documents entities { type count } events { type count } } }`,
		fmt.Sprintf(`{ path(from: %q, to: %q, maxHops: 4) { hops } }`, entityID("Aiko Tanabe"), entityID("Carl Voss")),
		`{ entities(filter: {name: "Olsn"}, first: 5) { nodes { id name } } }`,
		`{ meetings(from: "soon") { totalCount } }`,
		`{ events(after: "<b>&amp;") { totalCount } }`,
		`{ events(first: -1) { totalCount } }`,
		`{ nosuchfield }`,
		`{ decisions { totalCount nodes { id kind } } }`,
		// what encoding/json escapes in data: <, >, &, U+2028 and U+2029
		"{ link(text: \"Velm Q<b>&amp;x Z\u2028Y\u2029 \\\"Q\\\"\") { text start end type confidence entity { name } } }",
		`{ __type(name: "Event") { name fields { name type { name kind ofType { name } } } } }`,
	}
	var got bytes.Buffer
	for _, q := range queries {
		fmt.Fprintf(&got, "> %s\n", strings.Join(strings.Fields(q), " "))
		writeAnswer(t, &got, s.handler, `application/json`, jsonBody(map[string]any{"query": q}))
	}
	fmt.Fprintf(&got, "> variables\n")
	writeAnswer(t, &got, s.handler, `application/json`, jsonBody(map[string]any{"query": scoreEvents, "variables": map[string]any{"type": "MEETING"}}))
	writeAnswer(t, &got, s.handler, `application/json`, jsonBody(map[string]any{
		"query": `query($p: String, $n: Int) { meetings(person: $p, first: $n) { nodes { id } } }`, "variables": map[string]any{"p": olsen, "n": 1}}))
	fmt.Fprintf(&got, "> batch\n")
	writeAnswer(t, &got, s.handler, `application/json`, jsonBody([]map[string]any{
		{"query": `{ stats { documents } }`}, {"query": `{ events(first: 1) { nodes { id } } }`}}))
	fmt.Fprintf(&got, "> application/graphql\n")
	writeAnswer(t, &got, s.handler, `application/graphql`, []byte(`{ events(first: 2) { nodes { id } } }`))

	path := filepath.Join("testdata", "answers.golden")
	if *updateAnswers {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		g, w := strings.Split(got.String(), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(g), len(w)) {
			if g[i] != w[i] {
				t.Fatalf("answers moved at line %d:\n got %s\nwant %s", i+1, g[i], w[i])
			}
		}
		t.Fatalf("answers moved: %d lines, want %d", len(g), len(w))
	}
}

func jsonBody(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

func writeAnswer(t *testing.T, out *bytes.Buffer, h http.Handler, contentType string, body []byte) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", contentType)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	fmt.Fprintf(out, "%d %s\n%s\n", rec.Code, rec.Header().Get("Content-Type"), rec.Body.Bytes())
}
