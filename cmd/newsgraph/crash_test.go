package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/store"
)

// crashFeed writes a JSONL feed of n documents; version picks one of two
// texts per document, so that a replacement changes every document's text,
// its entities and its events.
func crashFeed(t *testing.T, path string, n, version int) map[newsgraph.DocumentID]string {
	t.Helper()
	first := []string{"Mara", "Otto", "Ilse", "Tomas", "Greta", "Anselm", "Livia", "Barnabas"}
	last := []string{"Velkin", "Brandt", "Quorrin", "Halloway", "Distel", "Marrow", "Ostrand", "Keppel"}
	cities := []string{"Lisbon", "Oslo", "Nairobi", "Lima", "Hanoi", "Dakar"}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	texts := make(map[newsgraph.DocumentID]string, n)
	for i := 0; i < n; i++ {
		p := func(k int) string { return first[(i+k)%len(first)] + " " + last[(i*3+k)%len(last)] }
		city := cities[(i+version)%len(cities)]
		var text string
		if version == 0 {
			text = fmt.Sprintf("%s met %s in %s on Tuesday to discuss the harbour contract. "+
				"%s said the talks with %s had gone well. The two will meet again in March.", p(0), p(1), city, p(0), p(1))
		} else {
			text = fmt.Sprintf("%s resigned in %s on Friday. %s, who had visited %s last year, "+
				"declined to comment. %s will succeed %s.", p(2), city, p(3), cities[(i+2)%len(cities)], p(4), p(2))
		}
		id := fmt.Sprintf("crash-%03d", i)
		texts[newsgraph.DocumentID(id)] = text
		line, _ := json.Marshal(map[string]string{"id": id, "title": "Story " + strconv.Itoa(i), "text": text, "published": "2024-05-0" + strconv.Itoa(1+i%9)})
		f.Write(append(line, '\n'))
	}
	return texts
}

// TestKillDuringReingest kills a real `newsgraph ingest` (SIGKILL) at random
// moments while it replaces every document of a leveldb store with another
// version, and checks after each kill that every document is wholly its old
// or its new version: one text, the one of either version, and a statement
// Check finds whole. NEWSGRAPH_KILL_TRIALS sets the number of kills.
func TestKillDuringReingest(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the kill -9 test of the binary")
	}
	trials := 3
	if v, err := strconv.Atoi(os.Getenv("NEWSGRAPH_KILL_TRIALS")); err == nil && v > 0 {
		trials = v
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "newsgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	const n = 60
	feeds := [2]string{filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")}
	texts := [2]map[newsgraph.DocumentID]string{crashFeed(t, feeds[0], n, 0), crashFeed(t, feeds[1], n, 1)}
	data := filepath.Join(dir, "data")
	ingestCmd := func(feed string) *exec.Cmd {
		return exec.Command(bin, "ingest", "--quiet", "--data", data, feed)
	}
	start := time.Now()
	if out, err := ingestCmd(feeds[0]).CombinedOutput(); err != nil {
		t.Fatalf("first ingest: %v\n%s", err, out)
	}
	whole := time.Since(start)

	rng := rand.New(rand.NewSource(1))
	mixed, landed := 0, 0
	for trial := 0; trial < trials; trial++ {
		cmd := ingestCmd(feeds[(trial+1)%2])
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Anywhere from model loading to the last document.
		time.Sleep(time.Duration(float64(whole) * (0.2 + 0.8*rng.Float64())))
		cmd.Process.Signal(os.Kill)
		cmd.Wait()

		s, err := store.Open(context.Background(), data)
		if err != nil {
			t.Fatalf("trial %d: open after kill: %v", trial, err)
		}
		bad, err := s.Check(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		ids := make([]newsgraph.DocumentID, 0, n)
		for id := range texts[0] {
			ids = append(ids, id)
		}
		docs, err := s.Documents(context.Background(), ids)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		versions := [2]int{}
		for _, id := range ids {
			d := docs[id]
			switch {
			case d == nil:
				t.Errorf("trial %d: %s lost", trial, id)
				mixed++
			case d.Text == texts[0][id]:
				versions[0]++
			case d.Text == texts[1][id]:
				versions[1]++
			default:
				t.Errorf("trial %d: %s has neither text: %q", trial, id, d.Text)
				mixed++
			}
		}
		mixed += len(bad)
		if len(bad) > 0 {
			t.Errorf("trial %d: half-replaced documents: %v", trial, bad)
		}
		if versions[0] > 0 && versions[1] > 0 {
			landed++ // the kill fell among the replacements
		}
		t.Logf("trial %d: %d old, %d new, %d not whole", trial, versions[(trial)%2], versions[(trial+1)%2], len(bad))
	}
	t.Logf("kill -9 trials %d (%d during the replacements), mixed documents %d", trials, landed, mixed)
	if landed == 0 {
		t.Errorf("no kill fell among the replacements: the test proved nothing (clean run %s)", whole)
	}
}
