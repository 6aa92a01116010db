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
	flag.StringVar(&newsPath, "news", "../shared/ner/conll2003/train.txt", "news with Penn tags (CoNLL-2003 columns) for the parser's tagger; empty for none")
	flag.IntVar(&newsCount, "newsn", 3000, "how many of its sentences (spread evenly over the file)")
	flag.StringVar(&newsDevPath, "newsdev", "../shared/ner/conll2003/dev.txt", "news with Penn tags to report the tagger's accuracy on; empty for none")
	flag.BoolVar(&tagOnly, "tagonly", false, "train and report only the tagger (no parser passes, two folds): a quick experiment")
	flag.StringVar(&classesFrom, "classes", "", "take the word classes from these weights instead of learning them from -corpus (quick experiments)")
	flag.UintVar(&actBits, "actbits", 0, "log2 of the rows of the action table (0: the default)")
	flag.Float64Var(&exploreP, "explorep", -1, "how often a pass after the first follows the model's own action (-1: the default)")
	flag.Uint64Var(&seed, "seed", 0, "shuffling and exploration seed (0: the default)")
	flag.IntVar(&mix, "mix", 0, "models trained with successive seeds whose weights are summed (0: the default)")
	flag.Parse()
	tagIterFlag = *tagIters
	if err := run(*dev, *test, *out, *corpus, *tagsFile, *iters, *cross, *full); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

var (
	tagIterFlag           int
	newsPath, newsDevPath string
	newsCount             int
	tagOnly               bool
	classesFrom           string
	actBits               uint
	exploreP              float64
	seed                  uint64
	mix                   int
)

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
	if actBits > 0 {
		opts.ActBits = actBits
	}
	if mix > 0 {
		opts.Mix = mix
	}
	if seed > 0 {
		opts.Seed = seed
	}
	if exploreP >= 0 {
		opts.ExploreP = exploreP
	}
	if tagIterFlag >= 0 {
		opts.TagIters = tagIterFlag
	}
	if tagOnly {
		opts.Iterations, opts.TagFolds = 0, 2
	}
	if classesFrom != "" {
		f, err := os.Open(classesFrom)
		if err != nil {
			return err
		}
		p, err := depparse.ReadWeights(f)
		f.Close()
		if err != nil {
			return err
		}
		opts.Clusters = p.Clusters()
		corpus = ""
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
	var newsDev []news
	if opts.TagIters > 0 && newsPath != "" {
		train, err := readNews(newsPath, newsCount)
		if err != nil {
			return err
		}
		for _, s := range train {
			opts.TagExtra = append(opts.TagExtra, depparse.TaggedSentence{Words: s.words, Tags: tg.Tag(s.words), Gold: s.gold})
		}
		fmt.Printf("the tagger also learns from %d news sentences of %s\n", len(train), newsPath)
	}
	if opts.TagIters > 0 && newsDevPath != "" {
		if newsDev, err = readNews(newsDevPath, 1000); err != nil {
			return err
		}
		for i := range newsDev {
			newsDev[i].given = tg.fresh(newsDev[i].words)
		}
	}
	if err := tg.save(); err != nil {
		return err
	}
	newsReport := func(p *depparse.Parser) string {
		if len(newsDev) == 0 {
			return ""
		}
		var prose, ours, capsP, capsO, caps, all int
		for _, s := range newsDev {
			got := p.Tags(s.words, s.given)
			for j, g := range s.gold {
				all++
				c := j > 0 && s.words[j][0] >= 'A' && s.words[j][0] <= 'Z'
				if c {
					caps++
				}
				if s.given[j] == g {
					prose++
					if c {
						capsP++
					}
				}
				if got[j] == g {
					ours++
					if c {
						capsO++
					}
				}
			}
		}
		return fmt.Sprintf("; news tags (%d sentences of %s): prose %.4f, ours %.4f; capitalised words not first: prose %.4f, ours %.4f",
			len(newsDev), newsDevPath, float64(prose)/float64(all), float64(ours)/float64(all), float64(capsP)/float64(caps), float64(capsO)/float64(caps))
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
				reports[i] = fmt.Sprintf("train %s, test %s: UAS %.4f LAS %.4f tags %.4f (%d words)", pair[0].name, pair[1].name, sc.UAS(), sc.LAS(), sc.TagAccuracy(), sc.Words) + newsReport(p)
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
			if r := newsReport(p); r != "" {
				fmt.Println("shipped weights" + r)
			}
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

// fresh tags words with prose without keeping them: sentences only
// reported on need not retrain byte-identically.
func (c *tagCache) fresh(words []string) []string {
	if c.tagger == nil {
		c.tagger = depparse.NewTagger()
	}
	return c.tagger.Tag(words)
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

// news is a sentence of tagged news: its words and gold Penn tags, and
// prose's tags when reported on.
type news struct {
	words, gold, given []string
}

// conllTags are CoNLL-2003's tags written as EWT writes them.
var conllTags = map[string]string{"(": "-LRB-", ")": "-RRB-"}

// readNews reads up to n sentences of a CoNLL-2003 file (token, POS, chunk,
// NER), spread evenly over it, with the tags written in EWT's tag set.
// Headlines (mostly capitals), tables and datelines are left out: they
// are no sentences, and capitals hide the case the tagger should learn.
func readNews(path string, n int) ([]news, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var all []news
	var cur news
	flush := func() {
		defer func() { cur = news{} }()
		if len(cur.words) < 6 || cur.words[0] == "-DOCSTART-" {
			return
		}
		lower, caps := 0, 0
		quotes := 0
		for j, w := range cur.words {
			if w[0] >= 'a' && w[0] <= 'z' {
				lower++
			}
			if len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
				caps++
			}
			switch t := cur.gold[j]; {
			case t == "\"":
				// CoNLL tags a quote as itself; EWT tells opening from closing
				if cur.gold[j] = "``"; quotes%2 == 1 {
					cur.gold[j] = "''"
				}
				quotes++
			case conllTags[t] != "":
				cur.gold[j] = conllTags[t]
			case strings.Contains(t, "|"):
				return
			}
		}
		if lower < 3 || caps*4 > len(cur.words) {
			return
		}
		all = append(all, cur)
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			flush()
			continue
		}
		cur.words = append(cur.words, f[0])
		cur.gold = append(cur.gold, f[1])
	}
	flush()
	if n <= 0 || n >= len(all) {
		return all, nil
	}
	out := make([]news, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, all[i*len(all)/n])
	}
	return out, nil
}
