package graph_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// send posts body with the content type and headers given to the real
// handler and returns the recorder.
func send(h http.Handler, method, ctype, body string, headers map[string]string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, "/graphql", strings.NewReader(body))
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// batch posts a JSON array of operations and decodes the array of
// responses.
func batch(t *testing.T, h http.Handler, ops string, headers map[string]string) []response {
	t.Helper()
	rec := send(h, http.MethodPost, "application/json", ops, headers)
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("batch: status %d, Content-Type %q: %s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
	var out []response
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("batch answer is not an array: %v: %s", err, rec.Body)
	}
	return out
}

func TestBatchedRequests(t *testing.T) {
	s := newServer(t, graph.Config{WriteToken: "w"}, "a1", "a2")
	write := map[string]string{"Authorization": "Bearer w"}

	// In order, with variables and operation names, the answer of each in
	// its place; whitespace before the array is fine.
	out := batch(t, s.handler, ` 
	[{"query": "{ stats { documents } }"},
	 {"query": "query A { a: document(id: \"a1\") { id } } query B($id: ID!) { b: document(id: $id) { id } }", "operationName": "B", "variables": {"id": "a2"}},
	 {"query": "{ nope }"}]`, nil)
	if len(out) != 3 {
		t.Fatalf("%d answers for 3 operations", len(out))
	}
	if string(out[0].Data) != `{"stats":{"documents":2}}` || string(out[1].Data) != `{"b":{"id":"a2"}}` {
		t.Errorf("answers: %s, %s", out[0].Data, out[1].Data)
	}
	if len(out[2].Errors) == 0 || !strings.Contains(out[2].Errors[0].Message, "nope") {
		t.Errorf("the invalid operation: %+v", out[2])
	}

	// However much whitespace comes first (more than any read buffer),
	// and after it a single operation is still not a batch.
	pad := strings.Repeat(" \n", 3000)
	if out := batch(t, s.handler, pad+`[{"query": "{ stats { documents } }"}]`, nil); len(out) != 1 || string(out[0].Data) != `{"stats":{"documents":2}}` {
		t.Errorf("a batch after %d bytes of whitespace: %+v", len(pad), out)
	}
	if rec := send(s.handler, http.MethodPost, "application/json", pad+`{"query": "{ stats { documents } }"}`, nil); rec.Code != http.StatusOK || !strings.HasPrefix(rec.Body.String(), `{"data":{"stats":{"documents":2}}`) {
		t.Errorf("one operation after %d bytes of whitespace: %d %s", len(pad), rec.Code, rec.Body)
	}

	// A mutation is seen by the operations after it; each operation is
	// checked for the write token on its own.
	a5, _ := json.Marshal(map[string]any{"input": map[string]any{"id": "a5", "text": docSpecs["a5"].text, "published": published["a5"]}})
	ops := `[{"query": "{ before: stats { documents } }"},
	 {"query": "mutation($input: DocumentInput!) { ingestDocument(input: $input) { document { id } } }", "variables": ` + string(a5) + `},
	 {"query": "{ after: stats { documents } }"}]`
	out = batch(t, s.handler, ops, nil)
	if len(out[1].Errors) == 0 || out[1].Errors[0].Extensions["code"] != "FORBIDDEN" || string(out[2].Data) != `{"after":{"documents":2}}` {
		t.Errorf("mutation without the write token: %+v; then %s", out[1], out[2].Data)
	}
	out = batch(t, s.handler, ops, write)
	if string(out[0].Data) != `{"before":{"documents":2}}` || len(out[1].Errors) > 0 || string(out[2].Data) != `{"after":{"documents":3}}` {
		t.Errorf("mutation with the write token: %s, %+v, %s", out[0].Data, out[1].Errors, out[2].Data)
	}

	// A single operation still answers a single object.
	if r := s.query(`{ stats { documents } }`, nil); r.status != http.StatusOK || string(r.Data) != `{"stats":{"documents":3}}` {
		t.Errorf("single operation: %d %s", r.status, r.Data)
	}

	for _, c := range []struct{ body, want string }{
		{`[]`, "at least one operation"},
		{`[` + strings.Repeat(`{"query": "{ stats { documents } }"},`, 20) + `{"query": "{ stats { documents } }"}]`, "at most 20 operations; this one has 21"},
		{`[1, 2]`, "JSON array of operations"},
	} {
		rec := send(s.handler, http.MethodPost, "application/json", c.body, nil)
		var r response
		if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil || rec.Code != http.StatusBadRequest ||
			len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Message, c.want) || r.Errors[0].Extensions["code"] != "BAD_BATCH" {
			t.Errorf("%.40s: status %d, %s", c.body, rec.Code, rec.Body)
		}
	}
}

// TestBatchComplexity wants a batch to fit the complexity budget of one
// request: operations that each fit may not add up past it.
func TestBatchComplexity(t *testing.T) {
	const op = `{"query": "{ entities(first: 100) { nodes { id name aliases } } }"}`
	s := newServer(t, graph.Config{MaxComplexity: 12}, "a1")
	if r := s.query(`{ entities(first: 100) { nodes { id name aliases } } }`, nil); len(r.Errors) > 0 {
		t.Fatalf("one operation alone does not fit: %+v", r.Errors)
	}
	out := batch(t, s.handler, `[`+op+`,`+op+`]`, nil)
	if len(out) != 2 || len(out[0].Data) != 0 && string(out[0].Data) != "null" {
		t.Fatalf("two operations over the budget ran: %+v", out)
	}
	for i, r := range out {
		if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "COMPLEXITY_LIMIT_EXCEEDED" || !strings.Contains(r.Errors[0].Message, "over the limit of 12") {
			t.Errorf("operation %d: %+v", i, r.Errors)
		}
	}
	// An invalid operation costs nothing and does not stop the others.
	out = batch(t, s.handler, `[`+op+`, {"query": "{ nope }"}]`, nil)
	if len(out[0].Errors) > 0 || len(out[1].Errors) == 0 {
		t.Errorf("one valid, one invalid: %+v", out)
	}
}

func TestApplicationGraphQL(t *testing.T) {
	s := newServer(t, graph.Config{}, "a1")
	for _, ctype := range []string{"application/graphql", "application/graphql; charset=utf-8"} {
		rec := send(s.handler, http.MethodPost, ctype, `{ stats { documents } document(id: "a1") { id } }`, nil)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"data":{"stats":{"documents":1},"document":{"id":"a1"}}`) {
			t.Errorf("%s: status %d: %s", ctype, rec.Code, rec.Body)
		}
	}
	rec := send(s.handler, http.MethodPost, "application/graphql", `{ nope }`, nil)
	if !strings.Contains(rec.Body.String(), `Cannot query field \"nope\"`) {
		t.Errorf("invalid query: %d %s", rec.Code, rec.Body)
	}
}

func TestCORS(t *testing.T) {
	const app = "https://app.example"
	s := newServer(t, graph.Config{ReadToken: "r", WriteToken: "w", CORSOrigins: []string{"HTTPS://App.Example:443/"}}, "a1")
	preflight := func(origin string) *httptest.ResponseRecorder {
		return send(s.handler, http.MethodOptions, "", "", map[string]string{
			"Origin": origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type"})
	}

	// A preflight carries no token and is answered.
	rec := preflight(app)
	h := rec.Header()
	if rec.Code != http.StatusNoContent || h.Get("Access-Control-Allow-Origin") != app ||
		!strings.Contains(h.Get("Access-Control-Allow-Methods"), "POST") ||
		!strings.Contains(h.Get("Access-Control-Allow-Headers"), "Authorization") ||
		!strings.Contains(h.Get("Access-Control-Allow-Headers"), "Content-Type") ||
		h.Get("Access-Control-Max-Age") == "" || h.Get("Access-Control-Allow-Credentials") != "" {
		t.Errorf("preflight from %s: %d %v", app, rec.Code, h)
	}

	// The request itself, and its refusal without a token, carry the
	// origin so the page can read the answer.
	rec = send(s.handler, http.MethodPost, "application/json", `{"query": "{ stats { documents } }"}`,
		map[string]string{"Origin": app, "Authorization": "Bearer r"})
	if rec.Code != http.StatusOK || rec.Header().Get("Access-Control-Allow-Origin") != app || !strings.Contains(rec.Header().Get("Vary"), "Origin") {
		t.Errorf("POST from %s: %d %v", app, rec.Code, rec.Header())
	}
	rec = send(s.handler, http.MethodPost, "application/json", `{"query": "{ stats { documents } }"}`, map[string]string{"Origin": app})
	if rec.Code != http.StatusUnauthorized || rec.Header().Get("Access-Control-Allow-Origin") != app {
		t.Errorf("POST from %s without a token: %d %v", app, rec.Code, rec.Header())
	}

	// Any other origin, even a near one, gets no CORS header.
	for _, origin := range []string{"https://evil.example", "http://app.example", "https://app.example:8443", "https://app.example.evil", "null"} {
		rec := preflight(origin)
		if v := rec.Header().Get("Access-Control-Allow-Origin"); v != "" || rec.Code == http.StatusNoContent {
			t.Errorf("preflight from %s: %d, Allow-Origin %q", origin, rec.Code, v)
		}
		rec = send(s.handler, http.MethodPost, "application/json", `{"query": "{ stats { documents } }"}`,
			map[string]string{"Origin": origin, "Authorization": "Bearer r"})
		if v := rec.Header().Get("Access-Control-Allow-Origin"); v != "" {
			t.Errorf("POST from %s: Allow-Origin %q", origin, v)
		}
	}

	// Off by default.
	off := newServer(t, graph.Config{}, "a1")
	rec = send(off.handler, http.MethodOptions, "", "", map[string]string{"Origin": app, "Access-Control-Request-Method": "POST"})
	for k := range rec.Header() {
		if strings.HasPrefix(k, "Access-Control-") {
			t.Errorf("CORS off: preflight answered with %s", k)
		}
	}
}

func TestCheckOrigin(t *testing.T) {
	for in, want := range map[string]string{
		"https://app.example.org":      "https://app.example.org",
		"HTTPS://App.Example.org:443/": "https://app.example.org",
		"http://localhost:5173":        "http://localhost:5173",
		"http://127.0.0.1:80":          "http://127.0.0.1",
		"https://app.example:8443":     "https://app.example:8443",
	} {
		if got, err := graph.CheckOrigin(in); err != nil || got != want {
			t.Errorf("CheckOrigin(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"*", "app.example.org", "https://*.example.org", "https://app.example.org/path", "ftp://app.example.org", "https://user@app.example.org", "https://app.example.org?x=1", ""} {
		if got, err := graph.CheckOrigin(in); err == nil {
			t.Errorf("CheckOrigin(%q) = %q, want an error", in, got)
		}
	}
}
