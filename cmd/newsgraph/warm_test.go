package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"regexp"
	"strconv"
	"testing"
)

// TestServeWarms: `serve` folds every event of the store before it listens
// (its log says how many), so that a first events or path request folds
// none; store's TestWarmFoldsEvents shows that a warmed store's reads fold
// nothing.
func TestServeWarms(t *testing.T) {
	data := seedStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	var stderr bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- cmdServe(ctx, []string{"--addr", "127.0.0.1:0", "--data", data}, pw, &stderr)
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	go io.Copy(io.Discard, pr)
	addr := regexp.MustCompile(`http://([0-9.:]+)/graphql`).FindStringSubmatch(line)
	if err != nil || addr == nil {
		cancel()
		t.Fatalf("serve: start-up line %q (%v): %v", line, err, <-done)
	}
	var st struct {
		Stats struct {
			Events []struct{ Count int }
		}
	}
	gql(t, "http://"+addr[1]+"/graphql", "", `{ stats { events { type count } } }`, nil, &st)
	events := 0
	for _, e := range st.Stats.Events {
		events += e.Count
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`msg="store warmed".* events_folded=(\d+)`).FindStringSubmatch(stderr.String())
	if m == nil {
		t.Fatalf("no warm-up logged:\n%s", stderr.String())
	}
	if n, _ := strconv.Atoi(m[1]); events == 0 || n != events {
		t.Errorf("serve folded %s events before listening; the store has %d", m[1], events)
	}
}

// TestServeMemoryLimit: serve's soft memory limit is 352 MiB for a live
// heap of up to 234 MiB, and half the live heap above it for larger ones.
func TestServeMemoryLimit(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int64
	}{{0, 352 << 20}, {200 << 20, 352 << 20}, {234 << 20, 352 << 20}, {400 << 20, 600 << 20}} {
		if got := serveMemoryLimit(c.live); got != c.want {
			t.Errorf("live heap %d MiB: limit %d MiB, want %d MiB", c.live>>20, got>>20, c.want>>20)
		}
	}
}

// TestServeGCPercent: serve has the heap grow to some 300 MiB before a
// collection, and between twice and four times the live heap.
func TestServeGCPercent(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int
	}{{0, 100}, {8 << 20, 300}, {75 << 20, 300}, {110 << 20, 172}, {150 << 20, 100}, {400 << 20, 100}} {
		if got := serveGCPercent(c.live); got != c.want {
			t.Errorf("live heap %d MiB: GOGC %d, want %d", c.live>>20, got, c.want)
		}
	}
}
