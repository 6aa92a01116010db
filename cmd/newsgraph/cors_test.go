package main

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"testing"
)

// TestCORSOrigin serves with --cors-origin's configuration: a preflight
// from the listed origin is answered on every API route, and its request
// carries the origin back; another origin gets no CORS header.
func TestCORSOrigin(t *testing.T) {
	const app = "http://localhost:5173"
	_, srv := serveMain(t, Config{ReadToken: "r", CORSOrigins: []string{app}})
	for _, path := range []string{"/graphql", "/api/link"} {
		req, _ := http.NewRequest(http.MethodOptions, srv.URL+path, nil)
		req.Header.Set("Origin", app)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNoContent || resp.Header.Get("Access-Control-Allow-Origin") != app ||
			!strings.Contains(resp.Header.Get("Access-Control-Allow-Headers"), "Authorization") {
			t.Errorf("preflight of %s: %d %v", path, resp.StatusCode, resp.Header)
		}
	}
	for origin, want := range map[string]string{app: app, "http://localhost:5174": ""} {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", strings.NewReader(`{"query": "{ stats { documents } }"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer r")
		req.Header.Set("Origin", origin)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Access-Control-Allow-Origin") != want {
			t.Errorf("POST from %s: %d, Allow-Origin %q, want %q", origin, resp.StatusCode, resp.Header.Get("Access-Control-Allow-Origin"), want)
		}
	}
}

// TestCORSOriginFlag refuses what is not an exact origin before serving.
func TestCORSOriginFlag(t *testing.T) {
	for _, bad := range []string{"*", "https://app.example/path", "app.example"} {
		var stdout, stderr bytes.Buffer
		err := cmdServe(context.Background(), []string{"--addr", "127.0.0.1:0", "--data", "memory://", "--cors-origin", bad}, &stdout, &stderr)
		if err == nil || !strings.Contains(err.Error(), "not an exact origin") {
			t.Errorf("--cors-origin %s: %v", bad, err)
		}
	}
}
