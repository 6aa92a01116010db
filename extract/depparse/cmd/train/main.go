// Command train retrains the dependency parser's weights from UD English EWT
// (the dev and test splits; the train split is not used): it reports UAS/LAS
// trained on each split and tested on the other, then trains on both and
// writes the weights. The same input gives byte-identical weights.
//
//	go run ./extract/depparse/cmd/train -dev DEV.conllu -test TEST.conllu -out extract/depparse/weights.bin
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/extract/depparse"
)

func main() {
	dev := flag.String("dev", "../shared/ud/en_ewt/en_ewt-ud-dev.conllu", "first split (CoNLL-U)")
	test := flag.String("test", "../shared/ud/en_ewt/en_ewt-ud-test.conllu", "second split (CoNLL-U)")
	out := flag.String("out", "extract/depparse/weights.bin", "where to write the weights trained on both splits")
	iters := flag.Int("iter", 0, "training passes (0: the default)")
	cross := flag.Bool("cross", true, "report each split trained on the other before training on both")
	flag.Parse()
	if err := run(*dev, *test, *out, *iters, *cross); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

type split struct {
	name  string
	sents []depparse.Sentence
	tags  [][]string
}

func load(path, name string, tg *depparse.Tagger) (split, error) {
	f, err := os.Open(path)
	if err != nil {
		return split{}, err
	}
	defer f.Close()
	sents, err := depparse.ReadCoNLLU(f)
	if err != nil {
		return split{}, err
	}
	tags := make([][]string, len(sents))
	for i, s := range sents {
		tags[i] = tg.Tag(s.Forms())
	}
	return split{name, sents, tags}, nil
}

func run(devPath, testPath, out string, iters int, cross bool) error {
	start := time.Now()
	tg := depparse.NewTagger()
	dev, err := load(devPath, "dev", tg)
	if err != nil {
		return err
	}
	test, err := load(testPath, "test", tg)
	if err != nil {
		return err
	}
	fmt.Printf("tagged %d+%d sentences with prose in %s (tag accuracy against gold XPOS: dev %.4f, test %.4f)\n", len(dev.sents), len(test.sents), time.Since(start).Round(time.Millisecond), tagAccuracy(dev), tagAccuracy(test))
	opts := depparse.DefaultTrainOptions()
	if iters > 0 {
		opts.Iterations = iters
	}
	var (
		wg      sync.WaitGroup
		reports [2]string
		errs    [3]error
		full    bytes.Buffer
	)
	if cross {
		for i, pair := range [][2]split{{dev, test}, {test, dev}} {
			wg.Go(func() {
				p, err := depparse.Train(pair[0].sents, pair[0].tags, opts)
				if err != nil {
					errs[i] = err
					return
				}
				sc := p.Evaluate(pair[1].sents, pair[1].tags)
				reports[i] = fmt.Sprintf("train %s, test %s: UAS %.4f LAS %.4f (%d words)", pair[0].name, pair[1].name, sc.UAS(), sc.LAS(), sc.Words)
			})
		}
	}
	wg.Go(func() {
		all := append(append([]depparse.Sentence(nil), dev.sents...), test.sents...)
		tags := append(append([][]string(nil), dev.tags...), test.tags...)
		p, err := depparse.Train(all, tags, opts)
		if err != nil {
			errs[2] = err
			return
		}
		errs[2] = p.WriteWeights(&full)
	})
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	for _, r := range reports {
		if r != "" {
			fmt.Println(r)
		}
	}
	if err := os.WriteFile(out, full.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes, trained on %d sentences) in %s\n", out, full.Len(), len(dev.sents)+len(test.sents), time.Since(start).Round(time.Millisecond))
	return nil
}

// tagAccuracy is the share of words whose predicted tag is the gold XPOS.
func tagAccuracy(s split) float64 {
	right, all := 0, 0
	for i, sent := range s.sents {
		for j, w := range sent.Words {
			all++
			if s.tags[i][j] == w.XPOS {
				right++
			}
		}
	}
	return float64(right) / float64(max(all, 1))
}
