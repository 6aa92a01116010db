package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

var built struct {
	once sync.Once
	bin  string
	err  error
	out  []byte
}

// binary builds the real newsgraph binary once per test run.
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: skipping a test of the built binary")
	}
	built.once.Do(func() {
		dir, err := os.MkdirTemp("", "newsgraph-bin")
		if err != nil {
			built.err = err
			return
		}
		built.bin = filepath.Join(dir, "newsgraph")
		built.out, built.err = exec.Command("go", "build", "-o", built.bin, ".").CombinedOutput()
	})
	if built.err != nil {
		t.Fatalf("go build: %v\n%s", built.err, built.out)
	}
	return built.bin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.bin != "" {
		os.RemoveAll(filepath.Dir(built.bin))
	}
	os.Exit(code)
}

// cli runs the binary with args (stdin empty) and returns stdout, stderr and
// the exit status.
func cli(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

// seedStore ingests the seed articles into a fresh leveldb folder.
func seedStore(t *testing.T) string {
	t.Helper()
	data := filepath.Join(t.TempDir(), "data")
	if out, errs, code := cli(t, "", "ingest", "--quiet", "--data", data, "../../testdata/seeds.jsonl"); code != 0 {
		t.Fatalf("ingest exit %d: %s %s", code, out, errs)
	}
	return data
}

// rdfcheck runs export/rdfcheck (json-gold, a module of its own) on a file.
func rdfcheck(t *testing.T, format, path string) string {
	t.Helper()
	cmd := exec.Command("go", "run", ".", format, path)
	cmd.Dir = "../../export/rdfcheck"
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("json-gold rejects the %s export: %v\n%s", format, err, errb.String())
	}
	return out.String()
}

// TestExportNQuadsStandard: the seed graph's N-Quads export is read by two
// RDF parsers that share no code with the writer (json-gold, and Debian's
// rapper when installed), and an import of it into a fresh store exports
// the same bytes.
func TestExportNQuadsStandard(t *testing.T) {
	data := seedStore(t)
	nq := filepath.Join(t.TempDir(), "seed.nq")
	if out, errs, code := cli(t, "", "export", "--data", data, "--format", "nquads", "--out", nq); code != 0 {
		t.Fatalf("export exit %d: %s %s", code, out, errs)
	}
	b, err := os.ReadFile(nq)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Count(string(b), "\n")
	got := rdfcheck(t, "nquads", nq)
	t.Logf("json-gold: %s", strings.TrimSpace(got))
	if !strings.HasPrefix(got, "quads ") || strings.Fields(got)[1] != itoa(lines) {
		t.Errorf("json-gold read %q of %d lines", got, lines)
	}
	t.Run("rapper", func(t *testing.T) {
		if _, err := exec.LookPath("rapper"); err != nil {
			t.Skip("rapper (Debian raptor2-utils) is not installed: skipping the second parser")
		}
		out, err := exec.Command("rapper", "-i", "nquads", "-c", nq).CombinedOutput()
		if err != nil || strings.Contains(string(out), "Error") {
			t.Fatalf("rapper: %v\n%s", err, out)
		}
		if !strings.Contains(string(out), "returned "+itoa(lines)+" triples") {
			t.Errorf("rapper read a different count than %d lines:\n%s", lines, out)
		}
	})

	fresh := filepath.Join(t.TempDir(), "fresh")
	if out, errs, code := cli(t, "", "import", "--data", fresh, nq); code != 0 || !strings.Contains(out, "imported") {
		t.Fatalf("import exit %d: %s %s", code, out, errs)
	}
	again, errs, code := cli(t, "", "export", "--data", fresh, "--format", "nquads")
	if code != 0 {
		t.Fatalf("export of the import: exit %d: %s", code, errs)
	}
	if again != string(b) {
		t.Error("the imported store exports other bytes than it was given")
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
