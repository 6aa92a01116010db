package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// seed is one line of testdata/seeds.jsonl.
type seed struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published"`
}

func seeds(t testing.TB) []seed {
	t.Helper()
	f, err := os.Open("../../testdata/seeds.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []seed
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var s seed
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// gql posts a request and decodes data into out; GraphQL errors fail the test
// unless wantErr, in which case the first error message is returned.
func gql(t testing.TB, url, token, query string, vars map[string]any, out any) string {
	t.Helper()
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var r struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatalf("%d %s: %v", resp.StatusCode, body, err)
	}
	if len(r.Errors) > 0 {
		return r.Errors[0].Message
	}
	if out != nil {
		if err := json.Unmarshal(r.Data, out); err != nil {
			t.Fatalf("%s: %v", r.Data, err)
		}
	}
	return ""
}

const ingestMutation = `mutation($input: DocumentInput!) { ingestDocument(input: $input) { document { id } } }`

const meetingsQuery = `{ events(type: MEETING, first: 50) { totalCount nodes { id status start
  participants { entity { name } } location { name } sources { document { id } } } } }`

type meetings struct {
	Events struct {
		TotalCount int `json:"totalCount"`
		Nodes      []struct {
			ID           string `json:"id"`
			Status       string `json:"status"`
			Start        string `json:"start"`
			Participants []struct {
				Entity struct{ Name string } `json:"entity"`
			} `json:"participants"`
			Location *struct{ Name string } `json:"location"`
			Sources  []struct {
				Document struct{ ID string } `json:"document"`
			} `json:"sources"`
		} `json:"nodes"`
	} `json:"events"`
}

// TestBinary runs the real binary: serve on a free port, ingest the seeds
// through the mutation, ask for meetings.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the end-to-end test of the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "newsgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "serve", "--addr", "127.0.0.1:0", "--data", filepath.Join(dir, "data"))
	stdout, _ := cmd.StdoutPipe()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cancel(); cmd.Wait() }()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("no start-up line: %v\n%s", err, stderr.String())
	}
	addr := regexp.MustCompile(`http://([0-9.:]+)/graphql`).FindStringSubmatch(line)
	if addr == nil {
		t.Fatalf("start-up line %q names no address", line)
	}
	base := "http://" + addr[1]
	waitHealthy(t, base)
	for _, s := range seeds(t) {
		var got struct {
			IngestDocument struct{ Document struct{ ID string } } `json:"ingestDocument"`
		}
		if msg := gql(t, base+"/graphql", "", ingestMutation, map[string]any{"input": map[string]any{"id": s.ID, "text": s.Text, "published": s.Published}}, &got); msg != "" {
			t.Fatalf("ingest %s: %s", s.ID, msg)
		}
		if got.IngestDocument.Document.ID != s.ID {
			t.Fatalf("ingest kept id %q, sent %q", got.IngestDocument.Document.ID, s.ID)
		}
	}
	var m meetings
	if msg := gql(t, base+"/graphql", "", meetingsQuery, nil, &m); msg != "" {
		t.Fatal(msg)
	}
	checkSummit(t, m)
}

func waitHealthy(t testing.TB, base string) {
	t.Helper()
	for i := 0; i < 200; i++ {
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s/healthz never answered", base)
}

// checkSummit wants the summit the seeds report: two leaders whose names end
// in the surnames the articles use, cited by several articles. The names are
// the test's fixture, not the product's knowledge.
func checkSummit(t testing.TB, m meetings) {
	t.Helper()
	for _, ev := range m.Events.Nodes {
		var names []string
		for _, p := range ev.Participants {
			names = append(names, p.Entity.Name)
		}
		all := strings.Join(names, "|")
		if !strings.Contains(all, "Trump") || !strings.Contains(all, "Takaichi") {
			continue
		}
		docs := map[string]bool{}
		for _, s := range ev.Sources {
			docs[s.Document.ID] = true
		}
		if len(docs) < 3 {
			continue
		}
		t.Logf("summit: %v at %v on %s, %s, %d sources", names, ev.Location, ev.Start, ev.Status, len(docs))
		return
	}
	t.Fatalf("no Trump-Takaichi meeting cited by 3+ articles among %d meetings: %s", m.Events.TotalCount, fmt.Sprint(m.Events.Nodes))
}
