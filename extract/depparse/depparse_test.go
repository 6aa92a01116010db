package depparse

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

const ewt = "../../../shared/ud/en_ewt/"

// The held-out floor: what TestHeldOutEWT measured, less 0.4 points. It
// measured UAS 0.7566 LAS 0.6965, and 0.7523 / 0.6916 under -race (the
// parses do not depend on the scratch pool, which -race empties at random;
// the cause is not found yet).
const heldOutUAS, heldOutLAS = 0.748, 0.688

var (
	taggerOnce sync.Once
	tagger     *Tagger
)

func sharedTagger() *Tagger {
	taggerOnce.Do(func() { tagger = NewTagger() })
	return tagger
}

func readSplit(t testing.TB, name string) ([]Sentence, [][]string) {
	t.Helper()
	f, err := os.Open(ewt + name)
	if err != nil {
		t.Skipf("UD English EWT not found (%v): the held-out test needs ../shared/ud/en_ewt", err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	tags := make([][]string, len(sents))
	for i, s := range sents {
		tags[i] = sharedTagger().Tag(s.Forms())
	}
	return sents, tags
}

// TestHeldOutEWT trains on EWT dev and scores EWT test, with fewer passes
// and smaller tables than the shipped weights, and no word classes.
// Measured: UAS 0.7566 LAS 0.6965 (0.7595 / 0.7008 with the parser's own
// tagger, TestHeldOutEWTTagger).
func TestHeldOutEWT(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping training")
	}
	train, trainTags := readSplit(t, "en_ewt-ud-dev.conllu")
	test, testTags := readSplit(t, "en_ewt-ud-test.conllu")
	opts := DefaultTrainOptions()
	opts.Iterations = 4
	opts.ActBits, opts.LabBits = 18, 14
	p, err := Train(train, trainTags, opts)
	if err != nil {
		t.Fatal(err)
	}
	sc := p.Evaluate(test, testTags)
	t.Logf("trained on dev (%d sentences, %d passes), test: UAS %.4f LAS %.4f over %d words", len(train), opts.Iterations, sc.UAS(), sc.LAS(), sc.Words)
	if sc.UAS() < heldOutUAS || sc.LAS() < heldOutLAS {
		t.Errorf("UAS %.4f LAS %.4f, want at least %.2f / %.2f", sc.UAS(), sc.LAS(), heldOutUAS, heldOutLAS)
	}
}

// TestHeldOutEWTTagger is TestHeldOutEWT with the parser's own tagger,
// trained on the same split's gold tags (fewer passes and folds than
// -tagiter 8 trains). Measured: UAS 0.7595 LAS 0.7008, tags 0.917 (prose
// alone: 0.85).
func TestHeldOutEWTTagger(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping training")
	}
	train, trainTags := readSplit(t, "en_ewt-ud-dev.conllu")
	test, testTags := readSplit(t, "en_ewt-ud-test.conllu")
	opts := DefaultTrainOptions()
	opts.Iterations = 4
	opts.ActBits, opts.LabBits = 18, 14
	opts.TagIters, opts.TagBits, opts.TagFolds = 5, 16, 2
	p, err := Train(train, trainTags, opts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := p.WriteWeights(&buf); err != nil {
		t.Fatal(err)
	}
	if p, err = ReadWeights(&buf); err != nil {
		t.Fatal(err)
	}
	sc := p.Evaluate(test, testTags)
	t.Logf("trained on dev with a tagger, test: UAS %.4f LAS %.4f tags %.4f over %d words", sc.UAS(), sc.LAS(), sc.TagAccuracy(), sc.Words)
	if sc.UAS() < heldOutUAS+0.005 || sc.LAS() < heldOutLAS+0.005 || sc.TagAccuracy() < 0.9 {
		t.Errorf("UAS %.4f LAS %.4f tags %.4f, want at least %.3f / %.3f / 0.9", sc.UAS(), sc.LAS(), sc.TagAccuracy(), heldOutUAS+0.005, heldOutLAS+0.005)
	}
}

// TestTrainingIsDeterministic trains twice on a slice of EWT and compares
// the weight files byte for byte.
func TestTrainingIsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping training")
	}
	sents, tags := readSplit(t, "en_ewt-ud-dev.conllu")
	sents, tags = sents[:300], tags[:300]
	opts := DefaultTrainOptions()
	opts.Iterations = 3
	opts.ActBits, opts.LabBits = 14, 10
	opts.TagIters, opts.TagBits, opts.TagFolds = 2, 12, 2
	opts.Mix = 2
	var out [2]bytes.Buffer
	for i := range out {
		p, err := Train(sents, tags, opts)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.WriteWeights(&out[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
		t.Errorf("two trainings on the same sentences gave different weights (%d and %d bytes)", out[0].Len(), out[1].Len())
	}
	p, err := ReadWeights(bytes.NewReader(out[0].Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got := len(p.Labels()); got < 30 {
		t.Errorf("read back %d relations", got)
	}
}

// arc says that some word of the span dep (one word, or a name such as
// "Markus Feld": UD heads names by their first word, EWT sometimes by the
// last) depends on the word head with relation rel; head "" is the root.
type arc struct {
	dep, rel, head string
}

// TestNewsSentences parses news sentences of our own with the shipped
// weights and checks the arguments event frames read: subject, object and
// obliques of meeting, signing and visiting verbs.
func TestNewsSentences(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want []arc
	}{
		{"Chancellor Markus Feld met President Ilona Varga in Vienna on Tuesday .",
			[]arc{{"Markus Feld", "nsubj", "met"}, {"Ilona Varga", "obj", "met"}, {"Vienna", "obl", "met"}, {"Tuesday", "obl", "met"}, {"met", "root", ""}}},
		{"The two companies signed a supply agreement in Lagos on Monday .",
			[]arc{{"companies", "nsubj", "signed"}, {"agreement", "obj", "signed"}, {"supply", "compound", "agreement"},
				{"Lagos", "obl", "signed"}, {"Monday", "obl", "signed"}}},
		{"Prime Minister Anna Holt held talks with her Danish counterpart .",
			[]arc{{"Anna Holt", "nsubj", "held"}, {"talks", "obj", "held"}, {"counterpart", "obl", "held"}}},
		{"She met with the prime minister of Portugal .",
			[]arc{{"She", "nsubj", "met"}, {"minister", "obl", "met"}, {"with", "case", "minister"}}},
		{"The treaty was signed by both presidents .",
			[]arc{{"treaty", "nsubj:pass", "signed"}, {"presidents", "obl:agent", "signed"}, {"was", "aux:pass", "signed"}}},
	}
	tg := sharedTagger()
	for _, c := range cases {
		words := strings.Fields(c.text)
		tags := tg.Tag(words)
		heads, rels := p.Parse(words, tags)
		got := make([]string, len(words))
		for i := range words {
			h := ""
			if heads[i] >= 0 {
				h = words[heads[i]]
			}
			got[i] = words[i] + " " + rels[i] + " " + h
		}
		for _, a := range c.want {
			span := strings.Fields(a.dep)
			found := false
			for i := range words {
				if i+len(span) > len(words) || strings.Join(words[i:i+len(span)], " ") != a.dep {
					continue
				}
				for k := i; k < i+len(span); k++ {
					h := ""
					if heads[k] >= 0 {
						h = words[heads[k]]
					}
					if rels[k] == a.rel && h == a.head {
						found = true
					}
				}
			}
			if !found {
				t.Errorf("%q: want %s -%s-> %q; parse: %q (tags %v)", c.text, a.dep, a.rel, a.head, got, tags)
			}
		}
	}
}

// TestParseIsATree checks the shape promised by Parse on odd input: one root,
// heads in range, no cycles, a relation for every word.
func TestParseIsATree(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	inputs := [][]string{
		{"Hello"},
		{".", ".", "."},
		strings.Fields("and and and and and and and and and and and and"),
		strings.Fields("The minister , who arrived on Monday , said talks would resume ; no date was set ."),
	}
	for _, words := range inputs {
		for _, tags := range [][]string{nil, sharedTagger().Tag(words)} {
			heads, rels := p.Parse(words, tags)
			roots := 0
			for i, h := range heads {
				if h == -1 {
					roots++
					if rels[i] != "root" {
						t.Errorf("%v: root word %d has relation %q", words, i, rels[i])
					}
				} else if h < 0 || h >= len(words) || h == i {
					t.Errorf("%v: word %d has head %d", words, i, h)
				} else if rels[i] == "" || rels[i] == "root" {
					t.Errorf("%v: word %d has relation %q", words, i, rels[i])
				}
				seen := map[int]bool{}
				for k := i; k != -1 && k >= 0 && k < len(words); k = heads[k] {
					if seen[k] {
						t.Errorf("%v: cycle through word %d", words, k)
						break
					}
					seen[k] = true
				}
			}
			if roots != 1 {
				t.Errorf("%v: %d roots", words, roots)
			}
		}
	}
	if h, r := p.Parse(nil, nil); h != nil || r != nil {
		t.Errorf("empty sentence: %v %v", h, r)
	}
}

func TestCoNLLURoundTrip(t *testing.T) {
	const in = "# sent_id = 1\n# text = Don't go.\n" +
		"1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"1\tDo\tdo\tAUX\tVB\t_\t3\taux\t3:aux\t_\n" +
		"2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t3:advmod\t_\n" +
		"3\tgo\tgo\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n" +
		"3.1\tgo\t_\t_\t_\t_\t_\t_\t3:conj\t_\n" +
		"4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t3:punct\t_\n\n" +
		"1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t0:root\t_\n\n"
	sents, err := ReadCoNLLU(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || len(sents[0].Words) != 4 || sents[0].Words[2].Head != 0 {
		t.Fatalf("read %+v", sents)
	}
	var out bytes.Buffer
	if err := WriteCoNLLU(&out, sents); err != nil {
		t.Fatal(err)
	}
	if out.String() != in {
		t.Errorf("round trip changed the file:\n%s\nwant\n%s", out.String(), in)
	}
	for _, bad := range []string{"1\tDo\n", "2\tDo\tdo\tAUX\tVB\t_\t0\troot\t_\t_\n", "1\tDo\tdo\tAUX\tVB\t_\t5\troot\t_\t_\n"} {
		if _, err := ReadCoNLLU(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// BenchmarkLoad reports the time to read the embedded weights.
func BenchmarkLoad(b *testing.B) {
	cpu := cpuTime()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(embedded))/1e6, "MB-embedded")
	b.ReportMetric(float64((cpuTime()-cpu).Milliseconds())/float64(b.N), "cpu-ms/load")
}

// BenchmarkParse parses EWT test (prose's tags, computed beforehand) and
// reports words/s for the parser alone, by the wall clock and by the
// process's CPU time (steadier on a shared machine).
func BenchmarkParse(b *testing.B) {
	sents, tags := readSplit(b, "en_ewt-ud-test.conllu")
	p, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	forms := make([][]string, len(sents))
	words := 0
	for i, s := range sents {
		forms[i] = s.Forms()
		words += len(forms[i])
	}
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	for b.Loop() {
		for i := range forms {
			p.Parse(forms[i], tags[i])
		}
	}
	b.ReportMetric(float64(words*b.N)/time.Since(start).Seconds(), "words/s")
	b.ReportMetric(float64(words*b.N)/(cpuTime()-cpu).Seconds(), "words/cpu-s")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestParseConcurrently parses from several goroutines at once (run under
// -race by make test) and expects the answers of one goroutine alone.
func TestParseConcurrently(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	sents := [][]string{
		strings.Fields("The ministers met in Oslo on Friday ."),
		strings.Fields("Talks between the two sides resumed after a week , the spokesman said ."),
		strings.Fields("The accord was signed by both leaders ."),
		strings.Fields("Hello"),
	}
	tags := make([][]string, len(sents))
	want := make([]string, len(sents))
	for i, s := range sents {
		tags[i] = sharedTagger().Tag(s)
		h, r := p.Parse(s, tags[i])
		want[i] = fmt.Sprint(h, r)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Go(func() {
			for k := 0; k < 50; k++ {
				i := (g + k) % len(sents)
				h, r := p.Parse(sents[i], tags[i])
				if got := fmt.Sprint(h, r); got != want[i] {
					select {
					case errs <- fmt.Sprintf("%v: %s, alone %s", sents[i], got, want[i]):
					default:
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestTaggerLearnsFromExtra trains the parser's tagger on a slice of EWT
// with and without further tagged sentences (TagExtra, as `make parser`
// gives it news): what only the extra sentences teach (a capitalised -ing
// word opening a title is a proper noun) reaches the tagger, in every fold.
func TestTaggerLearnsFromExtra(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping training")
	}
	sents, tags := readSplit(t, "en_ewt-ud-dev.conllu")
	sents, tags = sents[:300], tags[:300]
	opts := DefaultTrainOptions()
	opts.Iterations = 1
	opts.ActBits, opts.LabBits = 14, 10
	opts.TagIters, opts.TagBits, opts.TagFolds = 3, 14, 2
	tg := sharedTagger()
	var extra []TaggedSentence
	for _, s := range []string{
		"Acting Governor Lena Brandt opened the new bridge on Friday .",
		"Acting Mayor Tom Okoro said the city would borrow more .",
		"Acting President Ruth Mensah named a new cabinet .",
	} {
		w := strings.Fields(s)
		gold := tg.Tag(w)
		gold[0], gold[1], gold[2], gold[3] = "NNP", "NNP", "NNP", "NNP"
		for range 20 {
			extra = append(extra, TaggedSentence{Words: w, Tags: tg.Tag(w), Gold: gold})
		}
	}
	words := strings.Fields("Acting Premier Jon Kale flew to Oslo .")
	got := map[bool]string{}
	for _, with := range []bool{false, true} {
		opts.TagExtra = nil
		if with {
			opts.TagExtra = extra
		}
		p, err := Train(sents, tags, opts)
		if err != nil {
			t.Fatal(err)
		}
		got[with] = p.Tags(words, tg.Tag(words))[0]
	}
	t.Logf("%q: Acting tagged %s without the extra sentences, %s with them", strings.Join(words, " "), got[false], got[true])
	if got[true] != "NNP" {
		t.Errorf("Acting tagged %s with the extra sentences, want NNP", got[true])
	}
}
