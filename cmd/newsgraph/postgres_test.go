package main

import (
	"bytes"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	_ "github.com/lib/pq"
)

// postgresSchema creates a fresh schema in the database named by
// NEWSGRAPH_TEST_POSTGRES, dropped afterwards, and returns the store URL
// that opens it.
func postgresSchema(t *testing.T, name string) string {
	t.Helper()
	base := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
	if base == "" {
		t.Skip("NEWSGRAPH_TEST_POSTGRES not set: skipping PostgreSQL tests of the binary")
	}
	db, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	schema := fmt.Sprintf("ng_cmd_%s_%d_%d", name, os.Getpid(), time.Now().UnixNano())
	if _, err := db.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() { db.Exec("DROP SCHEMA " + schema + " CASCADE") })
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// TestPostgresTwoIngestProcesses: two `newsgraph ingest` processes writing
// halves of a feed into one PostgreSQL at the same time give the graph one
// process gives from the whole feed: the same N-Quads export.
func TestPostgresTwoIngestProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the PostgreSQL test of the binary")
	}
	serial, parallel := postgresSchema(t, "serial"), postgresSchema(t, "parallel")
	dir := t.TempDir()
	bin := filepath.Join(dir, "newsgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	whole := filepath.Join(dir, "whole.jsonl")
	crashFeed(t, whole, 40, 0)
	b, err := os.ReadFile(whole)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSuffix(string(b), "\n"), "\n")
	halves := [2]string{filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")}
	for i, h := range halves {
		// crashFeed names the same pair of people every 8 stories: the
		// first and the second half of the feed give both processes every
		// pair and its meetings at once (odd and even stories would keep
		// each pair in one process).
		var part []string
		for j := i * len(lines) / 2; j < (i+1)*len(lines)/2; j++ {
			part = append(part, strings.TrimSuffix(lines[j], "\n")+"\n")
		}
		if err := os.WriteFile(h, []byte(strings.Join(part, "")), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if out, err := exec.Command(bin, "ingest", "--quiet", "--data", serial, whole).CombinedOutput(); err != nil {
		t.Fatalf("serial ingest: %v\n%s", err, out)
	}
	cmds := make([]*exec.Cmd, 2)
	outs := make([]bytes.Buffer, 2)
	for i, h := range halves {
		cmds[i] = exec.Command(bin, "ingest", "--quiet", "--data", parallel, h)
		cmds[i].Stdout, cmds[i].Stderr = &outs[i], &outs[i]
		if err := cmds[i].Start(); err != nil {
			t.Fatal(err)
		}
	}
	for i, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatalf("ingest process %d: %v\n%s", i, err, outs[i].String())
		}
	}
	export := func(data string) []string {
		out, err := exec.Command(bin, "export", "--data", data, "--format", "nquads").Output()
		if err != nil {
			t.Fatalf("export: %v", err)
		}
		return strings.Split(string(out), "\n")
	}
	want, got := export(serial), export(parallel)
	if len(want) == 0 {
		t.Fatal("the serial run stored nothing")
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		missing, extra := diffLines(want, got)
		sort.Strings(missing)
		sort.Strings(extra)
		t.Errorf("two processes: %d quads, one process: %d; missing %d:\n%s\nextra %d:\n%s",
			len(got), len(want), len(missing), strings.Join(missing, "\n"), len(extra), strings.Join(extra, "\n"))
	}
}

// diffLines returns the lines of a not in b and of b not in a.
func diffLines(a, b []string) (onlyA, onlyB []string) {
	count := map[string]int{}
	for _, l := range a {
		count[l]++
	}
	for _, l := range b {
		count[l]--
	}
	for l, n := range count {
		for ; n > 0; n-- {
			onlyA = append(onlyA, l)
		}
		for ; n < 0; n++ {
			onlyB = append(onlyB, l)
		}
	}
	return onlyA, onlyB
}
