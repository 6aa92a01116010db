package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestCORSOriginFlag refuses what is not an exact origin before serving.
// What an allowed origin gets is tested through the binary in
// web/browser_test.go (TestBrowser serves with --cors-origin) and through
// the handler in graph/transport_test.go.
func TestCORSOriginFlag(t *testing.T) {
	for _, bad := range []string{"*", "https://app.example/path", "app.example"} {
		var stdout, stderr bytes.Buffer
		err := cmdServe(context.Background(), []string{"--addr", "127.0.0.1:0", "--data", "memory://", "--cors-origin", bad}, &stdout, &stderr)
		if err == nil || !strings.Contains(err.Error(), "not an exact origin") {
			t.Errorf("--cors-origin %s: %v", bad, err)
		}
	}
}
