// Command eval scores newsgraph's NER on a labelled CoNLL file, conlleval
// style (exact entity match), per type and over PER, LOC and ORG:
//
//	go run ./extract/ner/cmd/eval -gold ../shared/ner/conll2003/dev.txt
//
// With -label FILE it also writes the file back with the predicted tag
// appended to every token line, for conlleval itself.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/newsgraph/newsgraph/extract/ner"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
}

func run() error {
	gold := flag.String("gold", "", "labelled CoNLL file (token first, tag last)")
	modelPath := flag.String("model", "", "model file (default: the embedded model)")
	label := flag.String("label", "", "write the labelled CoNLL file here (optional)")
	flag.Parse()
	if *gold == "" {
		return fmt.Errorf("-gold is required")
	}
	m, err := loadModel(*modelPath)
	if err != nil {
		return err
	}
	f, err := os.Open(*gold)
	if err != nil {
		return err
	}
	docs, err := ner.ReadCoNLL(f)
	f.Close()
	if err != nil {
		return err
	}
	tokens := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			tokens += len(s.Tokens)
		}
	}
	start := time.Now()
	sc := ner.Evaluate(m, docs)
	el := time.Since(start)
	for _, t := range []string{"PER", "LOC", "ORG", "MISC"} {
		fmt.Printf("%-12s %s\n", t, sc.ByType[t])
	}
	fmt.Printf("%-12s %s\n", "PER+LOC+ORG", sc.Overall)
	fmt.Printf("%-12s %s\n", "all four", sc.All)
	fmt.Printf("%d documents, %d tokens in %.2fs (%.0f tokens/s)\n", len(docs), tokens, el.Seconds(), float64(tokens)/el.Seconds())
	if *label != "" {
		in, err := os.Open(*gold)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.Create(*label)
		if err != nil {
			return err
		}
		if err := ner.LabelCoNLL(in, out, m); err != nil {
			out.Close()
			return err
		}
		return out.Close()
	}
	return nil
}

func loadModel(path string) (*ner.Model, error) {
	if path == "" {
		return ner.Load()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.Decode(f)
}
