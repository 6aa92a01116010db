// Command train trains newsgraph's NER model on CoNLL files and writes it
// as flat little-endian arrays, ready to embed. The committed model comes from
//
//	go run ./extract/ner/cmd/train -train ../shared/ner/conll2003/train.txt,../shared/ner/wikigold/wikigold.conll.txt -out extract/ner/model.bin
//
// Training is deterministic: the same data and flags give the same file
// (fixed seed, fixed number of passes). With -dev FILE it prints the
// per-type scores on FILE after training.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract/ner"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run() error {
	trainPath := flag.String("train", "", "CoNLL-2003 training files, comma-separated")
	out := flag.String("out", "extract/ner/model.bin", "model file to write")
	dev := flag.String("dev", "", "CoNLL file scored during and after training (optional)")
	iters := flag.Int("iter", 12, "passes over the training data")
	folds := flag.Int("folds", 5, "jackknife folds")
	beam := flag.Int("beam", 4, "beam width")
	title := flag.Int("titlecase", 5, "also train on every n-th sentence in Title Case (0: none)")
	second := flag.Bool("second", true, "train the document-consistency second pass")
	seed := flag.Uint64("seed", 1, "shuffling seed")
	flag.Parse()
	if *trainPath == "" {
		return fmt.Errorf("-train is required")
	}
	var docs []ner.Document
	for _, path := range strings.Split(*trainPath, ",") {
		d, err := readFile(path)
		if err != nil {
			return err
		}
		docs = append(docs, d...)
	}
	opt := ner.TrainOptions{Iterations: *iters, Beam: *beam, TitleCase: *title, Folds: *folds, Seed: *seed, SecondPass: *second, Log: os.Stderr}
	var devDocs []ner.Document
	if *dev != "" {
		var err error
		if devDocs, err = readFile(*dev); err != nil {
			return err
		}
		opt.Dev = devDocs
	}
	start := time.Now()
	m, err := ner.Train(docs, opt)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "trained in %.1fs\n", time.Since(start).Seconds())
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := m.Write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if devDocs != nil {
		m, err := readModel(*out)
		if err != nil {
			return err
		}
		sc := ner.Evaluate(m, devDocs)
		for _, t := range []string{"PER", "LOC", "ORG", "MISC"} {
			fmt.Printf("%-4s %s\n", t, sc.ByType[t])
		}
		fmt.Printf("PER+LOC+ORG %s\n", sc.Overall)
	}
	return nil
}

func readFile(path string) ([]ner.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.ReadCoNLL(f)
}

func readModel(path string) (*ner.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.Decode(f)
}
