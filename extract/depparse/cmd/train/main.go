// Command train retrains the dependency parser's weights from UD English EWT
// (the dev and test splits; the train split is not used) and word classes
// learnt from unlabelled news: it reports UAS/LAS trained on each split and
// tested on the other, then trains on both and writes the weights. The same
// input gives byte-identical weights.
//
//	go run ./extract/depparse/cmd/train -dev DEV.conllu -test TEST.conllu -out extract/depparse/weights.bin
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"slices"
	"strings"
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
	corpus := flag.String("corpus", "../shared/corpus/scale/reuters-21578.jsonl.gz,../shared/corpus/scale/bbc-2004-2005.jsonl.gz",
		"unlabelled news (JSONL, comma-separated) to learn word classes from; empty for none")
	tagsFile := flag.String("tags", "extract/depparse/testdata/ewt-prose-tags.txt",
		"prose's tags of the training sentences, kept so that retraining is byte-identical (prose breaks exact ties in map order); missing: tag and write it")
	tagIters := flag.Int("tagiter", -1, "passes of the parser's tagger (0: none, -1: the default)")
	full := flag.Bool("full", true, "train on both splits and write the weights (false: only the cross report)")
	flag.Parse()
	tagIterFlag = *tagIters
	if err := run(*dev, *test, *out, *corpus, *tagsFile, *iters, *cross, *full); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

var tagIterFlag int

type split struct {
	name  string
	sents []depparse.Sentence
	tags  [][]string
}

func load(path, name string, tg *tagCache) (split, error) {
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

func run(devPath, testPath, out, corpus, tagsPath string, iters int, cross, full bool) error {
	start := time.Now()
	tg, err := openTagCache(tagsPath)
	if err != nil {
		return err
	}
	dev, err := load(devPath, "dev", tg)
	if err != nil {
		return err
	}
	test, err := load(testPath, "test", tg)
	if err != nil {
		return err
	}
	fmt.Printf("tagged %d+%d sentences with prose (%s) in %s (tag accuracy against gold XPOS: dev %.4f, test %.4f)\n", len(dev.sents), len(test.sents), tg.source(), time.Since(start).Round(time.Millisecond), tagAccuracy(dev), tagAccuracy(test))
	opts := depparse.DefaultTrainOptions()
	if iters > 0 {
		opts.Iterations = iters
	}
	if tagIterFlag >= 0 {
		opts.TagIters = tagIterFlag
	}
	if corpus != "" {
		texts, err := corpusTexts(strings.Split(corpus, ","))
		if err != nil {
			return err
		}
		t0 := time.Now()
		if opts.Clusters, err = depparse.BuildClusters(texts, depparse.DefaultClusterOptions()); err != nil {
			return err
		}
		fmt.Printf("word classes for %d words from %s in %s\n", opts.Clusters.Len(), corpus, time.Since(t0).Round(time.Millisecond))
	}
	var (
		wg      sync.WaitGroup
		reports [2]string
		errs    [3]error
		weights bytes.Buffer
	)
	// News puts titles before names far more often than EWT does: each
	// training split gets copies of its sentences with a title added.
	withTitles := func(s split) split {
		aug := depparse.WithTitles(s.sents, 3)
		out := split{name: s.name, sents: append(slices.Clone(s.sents), aug...), tags: slices.Clone(s.tags)}
		for _, a := range aug {
			out.tags = append(out.tags, tg.Tag(a.Forms()))
		}
		return out
	}
	devT, testT := withTitles(dev), withTitles(test)
	if err := tg.save(); err != nil {
		return err
	}
	if cross {
		for i, pair := range [][2]split{{devT, test}, {testT, dev}} {
			wg.Go(func() {
				p, err := depparse.Train(pair[0].sents, pair[0].tags, opts)
				if err != nil {
					errs[i] = err
					return
				}
				sc := p.Evaluate(pair[1].sents, pair[1].tags)
				reports[i] = fmt.Sprintf("train %s, test %s: UAS %.4f LAS %.4f tags %.4f (%d words)", pair[0].name, pair[1].name, sc.UAS(), sc.LAS(), sc.TagAccuracy(), sc.Words)
			})
		}
	}
	if full {
		wg.Go(func() {
			all := append(slices.Clone(devT.sents), testT.sents...)
			tags := append(slices.Clone(devT.tags), testT.tags...)
			p, err := depparse.Train(all, tags, opts)
			if err != nil {
				errs[2] = err
				return
			}
			errs[2] = p.WriteWeights(&weights)
		})
	}
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
	if !full {
		return nil
	}
	if err := os.WriteFile(out, weights.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes, trained on %d sentences and %d copies with titles) in %s\n", out, weights.Len(), len(dev.sents)+len(test.sents),
		len(devT.sents)+len(testT.sents)-len(dev.sents)-len(test.sents), time.Since(start).Round(time.Millisecond))
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

// corpusTexts reads JSONL feeds (gzip when named .gz) of {"text": ...}
// objects and returns the texts, one a line.
func corpusTexts(paths []string) (*bytes.Buffer, error) {
	var out bytes.Buffer
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		var r io.Reader = f
		if strings.HasSuffix(path, ".gz") {
			zr, err := gzip.NewReader(f)
			if err != nil {
				f.Close()
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			r = zr
		}
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			var doc struct {
				Text string `json:"text"`
			}
			if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			out.WriteString(strings.Join(strings.Fields(doc.Text), " "))
			out.WriteByte('\n')
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return &out, nil
}

// tagCache keeps prose's tags per sentence (by a hash of its words) in a
// file. prose's tagger breaks exact score ties in map order, so tagging the
// treebank again can change a tag or two between runs; training from the
// kept tags is what makes `make parser` byte-identical.
type tagCache struct {
	path   string
	tagger *depparse.Tagger
	tags   map[string][]string
	read   int
	added  int
}

func openTagCache(path string) (*tagCache, error) {
	c := &tagCache{path: path, tags: map[string][]string{}}
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return nil, err
	}
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		key, tags, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want KEY<TAB>TAGS", path, i+1)
		}
		c.tags[key] = strings.Fields(tags)
	}
	c.read = len(c.tags)
	return c, nil
}

func sentenceKey(words []string) string {
	h := fnv.New64a()
	for _, w := range words {
		h.Write([]byte(w))
		h.Write([]byte{0})
	}
	return fmt.Sprintf("%016x", h.Sum64())
}

func (c *tagCache) Tag(words []string) []string {
	key := sentenceKey(words)
	if t, ok := c.tags[key]; ok && len(t) == len(words) {
		return t
	}
	if c.tagger == nil {
		c.tagger = depparse.NewTagger()
	}
	t := c.tagger.Tag(words)
	c.tags[key] = t
	c.added++
	return t
}

func (c *tagCache) source() string {
	return fmt.Sprintf("%d sentences from %s, %d tagged now", c.read, c.path, c.added)
}

func (c *tagCache) save() error {
	if c.added == 0 {
		return nil
	}
	keys := make([]string, 0, len(c.tags))
	for k := range c.tags {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k)
		b.WriteByte('\t')
		b.WriteString(strings.Join(c.tags[k], " "))
		b.WriteByte('\n')
	}
	return os.WriteFile(c.path, []byte(b.String()), 0o644)
}
