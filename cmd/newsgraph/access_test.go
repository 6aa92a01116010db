package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

// call sends one request the way a client of each endpoint would and
// returns the status and body.
func call(t *testing.T, method, target, auth, ctype string, body io.Reader) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, target, body)
	if err != nil {
		t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestAccessTable checks every route against the table in the README:
// the same scheme parsing, and the same meaning of each token, everywhere.
func TestAccessTable(t *testing.T) {
	type route struct {
		name, method, path, ctype, body string
	}
	routes := []route{
		{"query", "POST", "/graphql", "application/json", `{"query":"{ stats { documents } }"}`},
		{"mutation", "POST", "/graphql", "application/json", `{"query":"mutation { deleteDocument(id: \"nope\") { deleted } }"}`},
		{"link", "POST", "/api/link", "application/json", `{"text":"Ada Lovelace met Charles Babbage in London."}`},
		{"export", "GET", "/api/export?format=nquads", "", ""},
		{"import", "POST", "/api/import", "application/json", `{"nquads":""}`},
		{"page", "GET", "/", "", ""},
		{"entity page", "GET", "/entity/x", "", ""},
		{"healthz", "GET", "/healthz", "", ""},
	}
	headers := []struct{ name, value string }{
		{"none", ""},
		{"read", "Bearer r-tok"},
		{"write", "bEaReR w-tok"},
		{"wrong token", "Bearer nope"},
		{"no scheme", "w-tok"},
		{"other scheme", "Basic w-tok"},
	}
	// want[server][route][header] is the status; 403 stands for a
	// GraphQL error FORBIDDEN (status 200, as GraphQL over HTTP answers).
	want := map[string]map[string][]int{
		"both": {
			"query":       {401, 200, 200, 401, 401, 401},
			"mutation":    {401, 403, 200, 401, 401, 401},
			"link":        {401, 200, 200, 401, 401, 401},
			"export":      {401, 200, 200, 401, 401, 401},
			"import":      {401, 403, 200, 401, 401, 401},
			"page":        {200, 200, 200, 401, 401, 401},
			"entity page": {200, 200, 200, 401, 401, 401},
			"healthz":     {200, 200, 200, 401, 401, 401},
		},
		"write only": {
			"query":       {200, 401, 200, 401, 401, 401},
			"mutation":    {403, 401, 200, 401, 401, 401},
			"link":        {200, 401, 200, 401, 401, 401},
			"export":      {200, 401, 200, 401, 401, 401},
			"import":      {401, 401, 200, 401, 401, 401},
			"page":        {200, 401, 200, 401, 401, 401},
			"entity page": {200, 401, 200, 401, 401, 401},
			"healthz":     {200, 401, 200, 401, 401, 401},
		},
		"open": {
			"query":       {200, 200, 200, 200, 200, 200},
			"mutation":    {200, 200, 200, 200, 200, 200},
			"link":        {200, 200, 200, 200, 200, 200},
			"export":      {200, 200, 200, 200, 200, 200},
			"import":      {200, 200, 200, 200, 200, 200},
			"page":        {200, 200, 200, 200, 200, 200},
			"entity page": {200, 200, 200, 200, 200, 200},
			"healthz":     {200, 200, 200, 200, 200, 200},
		},
	}
	servers := map[string]Config{
		"both":       {ReadToken: "r-tok", WriteToken: "w-tok"},
		"write only": {WriteToken: "w-tok"},
		"open":       {},
	}
	for sname, cfg := range servers {
		_, srv := serveMain(t, cfg)
		for _, rt := range routes {
			for hi, h := range headers {
				status, body := call(t, rt.method, srv.URL+rt.path, h.value, rt.ctype, strings.NewReader(rt.body))
				if status == 200 && strings.Contains(body, `"FORBIDDEN"`) {
					status = 403
				}
				if w := want[sname][rt.name][hi]; status != w {
					t.Errorf("%s server, %s with %s: status %d, want %d (%.200s)", sname, rt.name, h.name, status, w, body)
				}
				if status == 401 && !strings.Contains(body, "Bearer") && !strings.Contains(body, "token") {
					t.Errorf("%s server, %s with %s: a refusal that does not say what to send: %s", sname, rt.name, h.name, body)
				}
			}
		}
	}
}

// TestHostCheck: a page that rebinds its own name to 127.0.0.1 reaches
// the server with its name in Host, and is refused; the names the server
// is meant to be reached by are not.
func TestHostCheck(t *testing.T) {
	_, srv := serveMain(t, Config{AllowHosts: []string{"news.example"}})
	u, _ := url.Parse(srv.URL)
	_, port, _ := net.SplitHostPort(u.Host)
	for host, want := range map[string]int{
		"attacker.example:" + port: http.StatusForbidden,
		"attacker.example":         http.StatusForbidden,
		"localhost:" + port:        http.StatusOK,
		"LOCALHOST.":               http.StatusOK,
		"127.0.0.1:" + port:        http.StatusOK,
		"[::1]:" + port:            http.StatusOK,
		"news.example:" + port:     http.StatusOK,
	} {
		req, _ := http.NewRequest("POST", srv.URL+"/graphql", strings.NewReader(`{"query":"{ stats { documents } }"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Host = host
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("Host %q: status %d, want %d", host, resp.StatusCode, want)
		}
	}
}

// TestBrowserSimpleRequestsRefused: what any web page can send without a
// CORS preflight (a text/plain or form POST, a plain GET) cannot make a
// tokenless server run link, ingest or any other POST.
func TestBrowserSimpleRequestsRefused(t *testing.T) {
	_, srv := serveMain(t, Config{})
	for _, ctype := range []string{"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""} {
		for _, path := range []string{"/graphql", "/api/link"} {
			status, body := call(t, "POST", srv.URL+path, "", ctype, strings.NewReader(`{"text":"Ada Lovelace","query":"{ link(text: \"Ada\") { text } }"}`))
			if status != http.StatusUnsupportedMediaType {
				t.Errorf("POST %s as %q: status %d, want 415: %.200s", path, ctype, status, body)
			}
		}
	}
	q := url.QueryEscape(`{ link(text: "Ada Lovelace met Charles Babbage") { text } }`)
	if _, body := call(t, "GET", srv.URL+"/graphql?query="+q, "", "", nil); !strings.Contains(body, "POST_REQUIRED") {
		t.Errorf("link over GET: %s", body)
	}
	if status, body := call(t, "GET", srv.URL+"/graphql?query="+url.QueryEscape(`{ stats { documents } }`), "", "", nil); status != 200 || strings.Contains(body, "errors") {
		t.Errorf("a cheap query over GET: %d %s", status, body)
	}
}

// chunked hides a body's length from the server.
type chunked struct{ io.Reader }

// TestBodyLimits: an oversized body is 413 however it is sent, a
// malformed one is named by a short prefix, never echoed whole, and
// invalid UTF-8 is refused rather than turned into U+FFFD.
func TestBodyLimits(t *testing.T) {
	m, srv := serveMain(t, Config{MaxDocBytes: 1 << 10})
	limit := int(2*max(m.cfg.MaxDocBytes, 2<<20) + 1<<20)
	big := `{"text":"` + strings.Repeat("a", limit) + `"}`
	for _, path := range []string{"/graphql", "/api/link", "/api/import"} {
		for _, body := range []io.Reader{strings.NewReader(big), chunked{strings.NewReader(big)}} {
			status, msg := call(t, "POST", srv.URL+path, "", "application/json", body)
			if status != http.StatusRequestEntityTooLarge || !strings.Contains(msg, "limit") {
				t.Errorf("POST %s of %d bytes (%T): status %d %.200s", path, len(big), body, status, msg)
			}
		}
		junk := "{" + strings.Repeat("x", 1<<20)
		status, msg := call(t, "POST", srv.URL+path, "", "application/json", chunked{strings.NewReader(junk)})
		if status != http.StatusBadRequest || len(msg) > 600 {
			t.Errorf("POST %s of malformed JSON: status %d, %d bytes of answer: %.300s", path, status, len(msg), msg)
		}
		status, msg = call(t, "POST", srv.URL+path, "", "application/json", strings.NewReader("{\"text\":\"Caf\xe9 owner\",\"query\":\"{ link(text: \\\"Caf\xe9\\\") { text } }\"}"))
		if status != http.StatusBadRequest || !strings.Contains(msg, "UTF-8") {
			t.Errorf("POST %s with invalid UTF-8: %d %s", path, status, msg)
		}
	}
}

// TestSlowClientsDropped runs the real server with short timeouts: a body
// trickled a byte at a time, and a keep-alive connection left idle, are
// closed by the server.
func TestSlowClientsDropped(t *testing.T) {
	m, err := Open(context.Background(), Config{Addr: "127.0.0.1:0", Data: "memory://", ReadTimeout: time.Second, IdleTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if err := m.Listen(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx) }()
	defer func() { cancel(); <-done }()

	// A body of 40 bytes, one every 250 ms: 10 s if the server waited.
	conn, err := net.Dial("tcp", m.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/link HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n")
	sent := 0
	for ; sent < 40; sent++ {
		if _, err := conn.Write([]byte{' '}); err != nil {
			break
		}
		time.Sleep(250 * time.Millisecond)
		conn.SetReadDeadline(time.Now().Add(time.Millisecond))
		var b [1]byte
		if _, err := conn.Read(b[:]); err != nil && !isTimeout(err) {
			break // closed
		} else if err == nil {
			break // answered before the body was whole
		}
	}
	if sent == 40 {
		t.Errorf("the server waited for a body trickled over 10 s")
	}

	// An idle keep-alive connection.
	idle, err := net.Dial("tcp", m.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer idle.Close()
	fmt.Fprintf(idle, "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
	br := bufio.NewReader(idle)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	idle.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, err := br.ReadByte(); err == nil || isTimeout(err) {
		t.Errorf("an idle keep-alive connection stayed open: %v", err)
	}
}

func isTimeout(err error) bool {
	ne, ok := err.(net.Error)
	return ok && ne.Timeout()
}

// TestRequestTimeoutEveryRoute: the one request timeout ends link too,
// with an answer that says so.
func TestRequestTimeoutEveryRoute(t *testing.T) {
	_, srv := serveMain(t, Config{RequestTimeout: time.Nanosecond})
	text := strings.Repeat("Takaichi ", 200)
	status, body := call(t, "POST", srv.URL+"/api/link", "", "application/json", bytes.NewReader([]byte(`{"text":"`+text+`"}`)))
	if status != http.StatusServiceUnavailable || !strings.Contains(body, "timed out") {
		t.Errorf("link past the timeout: %d %.200s", status, body)
	}
	_, body = call(t, "POST", srv.URL+"/graphql", "", "application/json", strings.NewReader(`{"query":"{ link(text: \"`+text+`\") { text } }"}`))
	if !strings.Contains(body, "timed out") {
		t.Errorf("GraphQL link past the timeout: %.200s", body)
	}
}
