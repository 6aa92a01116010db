package newsgraph_test

import (
	"os/exec"
	"strings"
	"testing"
)

// The house layout as a test: who may depend on what (see STYLE.md). Each
// package's full dependency closure is checked, so a forbidden import cannot
// sneak in through a helper package.
func TestArchitecture(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping go list")
	}
	const (
		cayley = "github.com/cayleygraph/cayley"
		prose  = "github.com/jdkato/prose"
		gqlgen = "github.com/99designs/gqlgen"
		mod    = "github.com/newsgraph/newsgraph"
		// web page and feed readers: feeds wrapped by ingest/; the page
		// reader by ingest/page/ only, linked into cmd/newsgraph-page alone
		// (its dependencies cost 0.3-0.9 s CPU and ~80 MB at every start)
		pages = "github.com/markusmobius/go-trafilatura"
		feeds = "github.com/mmcdole/gofeed"
	)
	forbidden := map[string][]string{
		mod:                      {cayley, prose, gqlgen, pages, feeds, mod + "/"},
		mod + "/extract":         {cayley, gqlgen, pages, feeds, mod + "/store", mod + "/graph", mod + "/ingest"},
		mod + "/store":           {prose, gqlgen, pages, feeds, mod + "/extract", mod + "/graph", mod + "/ingest"},
		mod + "/ingest":          {cayley, prose, gqlgen, pages, mod + "/extract", mod + "/store", mod + "/graph"},
		mod + "/ingest/htmltext": {cayley, prose, gqlgen, pages, feeds, mod + "/"},
		mod + "/ingest/page":     {cayley, prose, gqlgen, feeds, mod + "/extract", mod + "/store", mod + "/graph"},
		mod + "/cmd/newsgraph":   {pages},
		mod + "/graph":           {cayley, prose, pages, feeds, mod + "/extract", mod + "/store"},
		mod + "/web":             {cayley, prose, mod + "/extract", mod + "/store"},
		mod + "/export":          {cayley, prose, gqlgen, pages, feeds, mod + "/extract", mod + "/store", mod + "/graph"},
	}
	for pkg, bad := range forbidden {
		out, err := exec.Command("go", "list", "-deps", pkg).CombinedOutput()
		if err != nil {
			t.Errorf("go list -deps %s: %v\n%s", pkg, err, out)
			continue
		}
		for _, dep := range strings.Fields(string(out)) {
			if dep == pkg {
				continue
			}
			for _, b := range bad {
				if dep == b || strings.HasPrefix(dep, strings.TrimSuffix(b, "/")+"/") {
					t.Errorf("%s depends on %s (forbidden: %s)", pkg, dep, b)
				}
			}
		}
	}
}
