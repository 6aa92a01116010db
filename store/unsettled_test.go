package store

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// The documents kept as waiting to be read again: added, dropped, listed
// sorted; on leveldb across a reopen, and apart from the graph (the
// export stays empty).
func TestUnsettledKept(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "data")
	urls := []string{"memory://", dir}
	if os.Getenv("NEWSGRAPH_TEST_POSTGRES") != "" {
		urls = append(urls, postgresURL(t))
	} else {
		t.Log("NEWSGRAPH_TEST_POSTGRES not set: PostgreSQL's list not checked")
	}
	for _, url := range urls {
		st, err := Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.MarkUnsettled(ctx, []newsgraph.DocumentID{"reuters-9", "reuters-10", "bbc/x"}, nil); err != nil {
			t.Fatal(err)
		}
		if err := st.MarkUnsettled(ctx, []newsgraph.DocumentID{"reuters-11"}, []newsgraph.DocumentID{"reuters-9", "never"}); err != nil {
			t.Fatal(err)
		}
		want := []newsgraph.DocumentID{"bbc/x", "reuters-10", "reuters-11"}
		if url != "memory://" {
			if err := st.Close(); err != nil {
				t.Fatal(err)
			}
			if st, err = Open(ctx, url); err != nil {
				t.Fatal(err)
			}
		}
		got, err := st.Unsettled(ctx)
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("%s: unsettled %v (%v), want %v", url, got, err, want)
		}
		n, err := st.Stats(ctx)
		if err != nil || n.Documents != 0 {
			t.Errorf("%s: %d documents (%v), want none", url, n.Documents, err)
		}
		st.Close()
	}
}
