package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

func openBench(b *testing.B) *Main {
	b.Helper()
	m, err := Open(context.Background(), Config{Data: filepath.Join(b.TempDir(), "data"), Introspection: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { m.Close() })
	return m
}

func seedDocs(b *testing.B, suffix string) ([]newsgraph.Document, int) {
	var docs []newsgraph.Document
	words := 0
	for _, s := range seeds(b) {
		pub, _ := time.Parse(newsgraph.DateLayout, s.Published)
		docs = append(docs, newsgraph.Document{ID: newsgraph.DocumentID(s.ID + suffix), Text: s.Text, Published: pub})
		words += len(strings.Fields(s.Text))
	}
	return docs, words
}

// BenchmarkIngest measures the whole ingest path (validate, extract against
// the graph so far, store in leveldb) in words per second.
func BenchmarkIngest(b *testing.B) {
	m := openBench(b)
	ctx := context.Background()
	total, n := 0, 0
	b.ResetTimer()
	start, cpu0, rereads := time.Now(), cpuTime(), m.Ingest.Rereads()
	for i := 0; i < b.N; i++ {
		docs, words := seedDocs(b, fmt.Sprintf("#%d", i))
		for _, d := range docs {
			if _, err := m.Ingest.Ingest(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
		total += words
		n += len(docs)
	}
	b.ReportMetric(float64(total)/time.Since(start).Seconds(), "words/s")
	b.ReportMetric(float64(total)/(cpuTime()-cpu0).Seconds(), "words/cpu-s")
	b.ReportMetric(float64(m.Ingest.Rereads()-rereads)/float64(n), "rereads/doc")
}

// BenchmarkWhoMetWhom measures p50/p99 of the "who met whom where" query
// through the real GraphQL handler on a leveldb store holding the seeds.
func BenchmarkWhoMetWhom(b *testing.B) {
	m := openBench(b)
	ctx := context.Background()
	docs, _ := seedDocs(b, "")
	for _, d := range docs {
		if _, err := m.Ingest.Ingest(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	body, _ := json.Marshal(map[string]any{"query": `{ events(type: MEETING, first: 20) { nodes { participants { entity { name } } location { name } start status sources { document { id } } } } }`})
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := 0; j < 200; j++ {
			req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Host = "localhost" // httptest's example.com is no allowed host
			rec := httptest.NewRecorder()
			t0 := time.Now()
			m.Handler.ServeHTTP(rec, req)
			lat = append(lat, time.Since(t0))
			if rec.Code != 200 || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
				b.Fatalf("%d %s", rec.Code, rec.Body.String())
			}
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
