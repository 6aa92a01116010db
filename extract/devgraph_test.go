package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// TestDevGraph folds the articles of a gold file (NEWSGRAPH_EVAL_GOLD, texts
// in NEWSGRAPH_EVAL_TEXTS) into a graph and writes it where
// NEWSGRAPH_GRAPH_OUT says, for testdata/score.py to score offline:
//
//	NEWSGRAPH_EVAL_GOLD=../../shared/eval/dev/gold.json NEWSGRAPH_EVAL_TEXTS=../../shared/eval/dev/texts \
//	NEWSGRAPH_GRAPH_OUT=/tmp/g.json go test -run TestDevGraph ./extract/ && python3 extract/testdata/score.py /tmp/g.json GOLD
func TestDevGraph(t *testing.T) {
	goldPath, texts, out := os.Getenv("NEWSGRAPH_EVAL_GOLD"), os.Getenv("NEWSGRAPH_EVAL_TEXTS"), os.Getenv("NEWSGRAPH_GRAPH_OUT")
	if goldPath == "" || texts == "" || out == "" {
		t.Skip("set NEWSGRAPH_EVAL_GOLD, NEWSGRAPH_EVAL_TEXTS and NEWSGRAPH_GRAPH_OUT")
	}
	b, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Articles []struct {
			ID        string `json:"id"`
			File      string `json:"file"`
			Published string `json:"published"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	x := extractor(t)
	g := newMemGraph()
	for _, a := range gold.Articles {
		name := a.File
		if name == "" {
			name = a.ID
		}
		path := filepath.Join(texts, name)
		if _, err := os.Stat(path); err != nil {
			path += ".txt"
		}
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d := newsgraph.Document{ID: newsgraph.DocumentID(a.ID), Text: string(text)}
		if a.Published != "" {
			d.Published, _ = time.Parse(newsgraph.DateLayout, a.Published)
		}
		ex, err := x.Extract(context.Background(), d, g)
		if err != nil {
			t.Fatal(err)
		}
		g.add(ex)
	}
	writeScorerGraph(t, g, out)
}
