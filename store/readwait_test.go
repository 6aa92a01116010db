package store

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// TestReadDuringWrite holds a leveldb write of a second document between
// its cayley batch and its commit, and asks the real GraphQL handler a
// question it answered before: the answer, that of the graph as last
// committed, comes while the write is held, and the generation has not
// moved. Once the write commits, the same question sees it.
func TestReadDuringWrite(t *testing.T) {
	s := mustOpen(t, filepath.Join(t.TempDir(), "graph"))
	a, _, _, _, _, _, _ := tokyo(t)
	put(t, s, a)
	h := graph.New(graph.Config{Store: s})
	ask := func() string {
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader([]byte(`{"query":"{ stats { documents } }"}`)))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Body.String()
	}
	const one, two = `{"data":{"stats":{"documents":1}}}`, `{"data":{"stats":{"documents":2}}}`
	if got := ask(); got != one {
		t.Fatalf("before the write: %s, want %s", got, one)
	}
	gen, err := s.Generation(ctx)
	if err != nil {
		t.Fatal(err)
	}

	b := newArticle(t, "d2", "2024-03-02", "Carol Diaz arrived in Osaka.")
	b.entity(newsgraph.Person, "Carol Diaz")
	b.entity(newsgraph.GPE, "Osaka")
	held, release := make(chan struct{}), make(chan struct{})
	s.level.failpoint = func(n int) error {
		if n == 1 {
			close(held)
			<-release
		}
		return nil
	}
	written := make(chan error, 1)
	go func() { written <- s.Put(ctx, b.x) }()
	<-held
	answered := make(chan string, 1)
	go func() { answered <- ask() }()
	select {
	case got := <-answered:
		if got != one {
			t.Errorf("during the write: %s, want the last committed %s", got, one)
		}
	case <-time.After(10 * time.Second):
		close(release)
		<-written
		t.Fatal("the question waited for the write in progress")
	}
	if now, err := s.Generation(ctx); err != nil || now != gen {
		t.Errorf("generation during the write: %d (%v), want %d", now, err, gen)
	}
	close(release)
	if err := <-written; err != nil {
		t.Fatal(err)
	}
	s.level.failpoint = nil
	if got := ask(); got != two {
		t.Errorf("after the write: %s, want %s", got, two)
	}
}
