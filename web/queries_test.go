package web

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// queryLiteral finds the GraphQL the pages send: the example queries
// (query: `...`) and the pages' own (const entityQuery = `...`).
var queryLiteral = regexp.MustCompile("(?:query: |const \\w+Query = )`([^`]*)`")

// TestPageQueriesMatchSchema validates every query in ui/src against the
// public contract, so a schema change that breaks a page or an example
// fails here and not in front of an analyst.
func TestPageQueriesMatchSchema(t *testing.T) {
	sdl, err := os.ReadFile(filepath.Join("..", "schema", "schema.graphqls"))
	if err != nil {
		t.Fatal(err)
	}
	schema, err := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphqls", Input: string(sdl)})
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join("ui", "src", "*.js*"))
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range queryLiteral.FindAllStringSubmatch(string(src), -1) {
			found++
			if _, errs := gqlparser.LoadQuery(schema, m[1]); len(errs) > 0 {
				t.Errorf("%s: %v\n%s", filepath.Base(f), errs, m[1])
			}
		}
	}
	// Six examples, the entity page, the entity list, the search box.
	if found < 9 {
		t.Errorf("found %d queries in ui/src, want at least 9: has the source layout changed?", found)
	}
}
