package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/store"
)

// BenchmarkStoreQueries sends bench-scale's five queries (cmd/newsgraph's
// serveFigures) through the real handler, without the response cache, to a
// warmed copy of a real store named by NEWSGRAPH_BENCH_DATA (a leveldb
// folder, say a few thousand Reuters stories): allocations and CPU per
// request on real data, apart from any client's; NEWSGRAPH_BENCH_PROFILE
// (a folder) takes a CPU profile of each query's requests. Besides CPU
// per request, each query reports the collector's cycles per thousand
// requests and the heap bytes it scanned in its last cycle. Skipped
// without it.
func BenchmarkStoreQueries(b *testing.B) {
	data := os.Getenv("NEWSGRAPH_BENCH_DATA")
	if data == "" {
		b.Skip("NEWSGRAPH_BENCH_DATA names no store")
	}
	ctx := context.Background()
	st, err := store.Open(ctx, data)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if err := st.Warm(ctx); err != nil {
		b.Fatal(err)
	}
	st.SetBlockCache(8 << 20) // as a warm server's (cmd/newsgraph's serveBlockCache)
	h := graph.New(graph.Config{Store: st, Ingester: fixtureIngester{store: st}, ResponseCacheBytes: -1})
	send := func(b *testing.B, body []byte) []byte {
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
			b.Fatalf("%d %s", rec.Code, rec.Body)
		}
		return rec.Body.Bytes()
	}
	q := func(s string) []byte { body, _ := json.Marshal(map[string]any{"query": s}); return body }
	var top struct {
		Data struct {
			Entities struct{ Nodes []struct{ ID, Name string } }
		}
	}
	if err := json.Unmarshal(send(b, q(`{ entities(filter: {type: PERSON}, first: 2) { nodes { id name } } }`)), &top); err != nil || len(top.Data.Entities.Nodes) < 2 {
		b.Fatalf("fewer than two people: %v", err)
	}
	a, z := top.Data.Entities.Nodes[0], top.Data.Entities.Nodes[1]
	prefix := a.Name
	if f := bytes.Fields([]byte(prefix)); len(f) > 0 {
		last := string(f[len(f)-1])
		prefix = last[:min(len(last), 5)]
	}
	for _, c := range []struct{ name, query string }{
		{"meetings", fmt.Sprintf(`{ meetings(person: %q, first: 20) { totalCount nodes { id start participants { entity { name } } } } }`, a.ID)},
		{"search", fmt.Sprintf(`{ entities(filter: {name: %q}, first: 10) { nodes { id name } } }`, prefix)},
		{"events", `{ events(first: 20) { nodes { id type start participants { entity { name } } location { name } } } }`},
		{"path", fmt.Sprintf(`{ path(from: %q, to: %q, maxHops: 4) { hops } }`, a.ID, z.ID)},
		{"stats", `{ stats { documents entities { type count } events { type count } } }`},
	} {
		body := q(c.query)
		if os.Getenv("NEWSGRAPH_BENCH_PRINT") != "" {
			fmt.Printf("%s: %s\n", c.name, send(b, body))
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			if os.Getenv("NEWSGRAPH_BENCH_MEMRATE") != "" {
				runtime.MemProfileRate = 1 // after warming, which would take an age at this rate
			}
			stop := loopProfile(b, c.name)
			gc0 := gcMetrics()
			start := processCPU()
			for b.Loop() {
				send(b, body)
			}
			b.ReportMetric(float64(processCPU()-start)/float64(b.N), "cpu-ns/op")
			// what the collector's work per request is made of, apart from
			// the machine's load: its cycles, and what each marks
			gc1 := gcMetrics()
			b.ReportMetric(float64(gc1[0].Value.Uint64()-gc0[0].Value.Uint64())*1000/float64(b.N), "gc/kop")
			b.ReportMetric(float64(gc1[1].Value.Uint64())/(1<<20), "scan-MB")
			stop()
		})
	}
}

// loopProfile writes a CPU profile of the requests alone, without the
// warming before them (half of a -cpuprofile's samples), to
// NEWSGRAPH_BENCH_PROFILE/<query>.cpu when that names a folder, and a heap
// profile after them (<query>.heap; -test.memprofilerate to sample more).
func loopProfile(b *testing.B, name string) (stop func()) {
	dir := os.Getenv("NEWSGRAPH_BENCH_PROFILE")
	if dir == "" {
		return func() {}
	}
	f, err := os.Create(filepath.Join(dir, name+".cpu"))
	if err != nil {
		b.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		b.Fatal(err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
		// and what the heap holds (the store's caches and indexes): what
		// every collection marks
		h, err := os.Create(filepath.Join(dir, name+".heap"))
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		if err := pprof.WriteHeapProfile(h); err != nil {
			b.Fatal(err)
		}
		h.Close()
	}
}

// gcMetrics reads the collector's cycles and the bytes of the heap it
// scanned in its last cycle.
func gcMetrics() []metrics.Sample {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}, {Name: "/gc/scan/heap:bytes"}}
	metrics.Read(s)
	return s
}

// processCPU is the CPU time this process has used (user and system, all
// threads, the garbage collector's included): per request, it moves less
// with a shared machine's load than the wall time does.
func processCPU() time.Duration {
	var u syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &u)
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// BenchmarkColdListing is a process's first page of a listing on the store
// NEWSGRAPH_BENCH_DATA names (a copy: Close keeps read indexes in it):
// each op opens the store, warms it as a server does (or not, as a
// one-shot `newsgraph query`), and sends one listing; cpu-ns/op is that
// request's CPU, open-cpu-ns the Open (and Warm) before it.
func BenchmarkColdListing(b *testing.B) {
	data := os.Getenv("NEWSGRAPH_BENCH_DATA")
	if data == "" {
		b.Skip("NEWSGRAPH_BENCH_DATA names no store")
	}
	ctx := context.Background()
	for _, c := range []struct {
		name, query string
		warm        bool
	}{
		{"people", `{ entities(filter: {type: PERSON}, first: 2) { totalCount nodes { id name mentionCount } } }`, false},
		{"all", `{ entities(first: 2) { totalCount nodes { id name } } }`, false},
		{"by-name", `{ entities(filter: {type: ORGANIZATION}, orderBy: NAME, first: 2) { totalCount nodes { id name } } }`, false},
		{"people-warmed", `{ entities(filter: {type: PERSON}, first: 2) { totalCount nodes { id name mentionCount } } }`, true},
	} {
		body, _ := json.Marshal(map[string]any{"query": c.query})
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			var cpu, open time.Duration
			for b.Loop() {
				b.StopTimer()
				start := processCPU()
				st, err := store.Open(ctx, data)
				if err != nil {
					b.Fatal(err)
				}
				if c.warm {
					if err := st.Warm(ctx); err != nil {
						b.Fatal(err)
					}
				}
				h := graph.New(graph.Config{Store: st, Ingester: fixtureIngester{store: st}, ResponseCacheBytes: -1})
				open += processCPU() - start
				b.StartTimer()
				start = processCPU()
				req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				cpu += processCPU() - start
				b.StopTimer()
				if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
					b.Fatalf("%d %s", rec.Code, rec.Body)
				}
				if os.Getenv("NEWSGRAPH_BENCH_PRINT") != "" {
					fmt.Printf("%s: %s\n", c.name, rec.Body)
				}
				if err := st.Close(); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(cpu)/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(open)/float64(b.N), "open-cpu-ns")
		})
	}
}
