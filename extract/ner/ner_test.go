package ner

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"
)

func loadModel(t testing.TB) *Model {
	t.Helper()
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func split(s string) []string { return strings.Fields(s) }

// entitiesString renders the entities of tagged sentences as "TYPE:words"
// for readable comparisons.
func entitiesString(sents [][]string, tags [][]string) []string {
	var out []string
	for s := range sents {
		for _, e := range entitiesOf(tags[s]) {
			out = append(out, e.typ+":"+strings.Join(sents[s][e.start:e.end], " "))
		}
	}
	return out
}

func TestTagGenericSentences(t *testing.T) {
	m := loadModel(t)
	// Made-up people and firms in ordinary news sentences, with the curly
	// quotes and apostrophes of web text.
	doc := [][]string{
		split("Prime Minister Halvard Brenning met President Oskar Velimir in Paris on Tuesday ."),
		split("Brenning told reporters that Germany and France would sign the agreement ."),
		split("Shares of Korvane Industries Inc. fell 3 percent in New York ."),
		split("“ We are ready , ” said Anna Lutveck , a spokeswoman for the United Nations ."),
		split("Brenning ’s visit to Japan ends on Friday ."),
	}
	tags := m.Tag(doc)
	if len(tags) != len(doc) {
		t.Fatalf("got %d sentences of tags, want %d", len(tags), len(doc))
	}
	valid := map[string]bool{"O": true}
	for _, typ := range entityTypes {
		valid["B-"+typ] = true
		valid["I-"+typ] = true
	}
	for s := range doc {
		if len(tags[s]) != len(doc[s]) {
			t.Fatalf("sentence %d: %d tags for %d tokens", s, len(tags[s]), len(doc[s]))
		}
		for i, tg := range tags[s] {
			if !valid[tg] {
				t.Errorf("sentence %d token %d: tag %q", s, i, tg)
			}
			if strings.HasPrefix(tg, "I-") && (i == 0 || tags[s][i-1][2:] != tg[2:] || tags[s][i-1] == "O") {
				t.Errorf("sentence %d token %d: %s does not continue an entity", s, i, tg)
			}
		}
	}
	got := map[string]bool{}
	for _, e := range entitiesString(doc, tags) {
		got[e] = true
	}
	for _, want := range []string{
		"PER:Halvard Brenning", "PER:Oskar Velimir", "LOC:Paris", "PER:Brenning",
		"LOC:Germany", "LOC:France", "ORG:Korvane Industries Inc.", "LOC:New York",
		"PER:Anna Lutveck", "ORG:United Nations", "LOC:Japan",
	} {
		if !got[want] {
			t.Errorf("missing %s; got %v", want, entitiesString(doc, tags))
		}
	}
	for e := range got {
		if strings.Contains(e, "Tuesday") || strings.Contains(e, "Friday") || strings.Contains(e, "reporters") {
			t.Errorf("unexpected entity %s", e)
		}
	}
}

func TestTagEmpty(t *testing.T) {
	m := loadModel(t)
	if got := m.Tag(nil); len(got) != 0 {
		t.Errorf("Tag(nil) = %v", got)
	}
	got := m.Tag([][]string{{}, split("Hello .")})
	if len(got) != 2 || len(got[0]) != 0 || len(got[1]) != 2 {
		t.Errorf("Tag with an empty sentence = %v", got)
	}
}

func TestTagDeterministic(t *testing.T) {
	m := loadModel(t)
	doc := [][]string{split("Ilsa Marquand , head of Vantor Bank , arrived in Oslo .")}
	a := m.Tag(doc)
	for i := 0; i < 3; i++ {
		b := m.Tag(doc)
		if strings.Join(a[0], " ") != strings.Join(b[0], " ") {
			t.Fatalf("run %d: %v, first run %v", i, b, a)
		}
	}
}

func TestLabelCoNLLRoundTrip(t *testing.T) {
	m := loadModel(t)
	in, err := os.ReadFile("testdata/sample.conll")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := LabelCoNLL(bytes.NewReader(in), &out, m); err != nil {
		t.Fatal(err)
	}
	inLines := strings.Split(strings.TrimRight(string(in), "\n"), "\n")
	outLines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if len(inLines) != len(outLines) {
		t.Fatalf("%d lines in, %d out:\n%s", len(inLines), len(outLines), out.String())
	}
	tags := map[string]bool{"O": true, "B-PER": true, "I-PER": true, "B-LOC": true, "I-LOC": true,
		"B-ORG": true, "I-ORG": true, "B-MISC": true, "I-MISC": true}
	for i, l := range inLines {
		o := outLines[i]
		if l == "" || strings.HasPrefix(l, "-DOCSTART-") {
			if o != l {
				t.Errorf("line %d: %q, want it copied as %q", i+1, o, l)
			}
			continue
		}
		if !strings.HasPrefix(o, l+" ") {
			t.Errorf("line %d: %q does not keep the columns of %q", i+1, o, l)
			continue
		}
		if tg := o[len(l)+1:]; !tags[tg] {
			t.Errorf("line %d: appended tag %q", i+1, tg)
		}
	}
	// The labelled output is itself a CoNLL file whose last column is the
	// prediction: reading it back gives the tokens and the predicted tags.
	docs, err := ReadCoNLL(&out)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0].Sentences) != 2 || len(docs[1].Sentences) != 1 {
		t.Fatalf("read back %d documents", len(docs))
	}
	if got := strings.Join(docs[0].Sentences[0].Tokens, " "); got != "Maria Delgrano visited Lisbon ." {
		t.Errorf("tokens read back: %q", got)
	}
}

func TestReadCoNLLConvertsIOB1(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nLeeds I-ORG\nUnited I-ORG\nAston B-ORG\nVilla I-ORG\n"
	docs, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Sentences) != 1 {
		t.Fatalf("got %+v", docs)
	}
	got := strings.Join(docs[0].Sentences[0].Tags, " ")
	if want := "B-ORG O B-ORG I-ORG B-ORG I-ORG"; got != want {
		t.Errorf("tags %q, want %q", got, want)
	}
}

func TestScoresExactMatch(t *testing.T) {
	var sc Scores
	sc.Add(split("B-PER I-PER O B-LOC O B-ORG"), split("B-PER O O B-LOC O B-MISC"))
	if got := sc.Overall; got.Gold != 3 || got.Predicted != 2 || got.Correct != 1 {
		t.Errorf("overall %+v, want gold 3, predicted 2, correct 1", got)
	}
	if got := sc.ByType["MISC"]; got.Predicted != 1 || got.Correct != 0 {
		t.Errorf("MISC %+v", got)
	}
	if f := sc.ByType["LOC"].F1(); f != 1 {
		t.Errorf("LOC F1 %v, want 1", f)
	}
}

func TestBIOESRoundTrip(t *testing.T) {
	tags := split("B-PER I-PER O B-LOC B-LOC I-LOC I-LOC O B-MISC")
	if got := iob2FromBIOES(bioesFromIOB2(tags)); strings.Join(got, " ") != strings.Join(tags, " ") {
		t.Errorf("round trip %v, want %v", got, tags)
	}
}

// smallModel trains a model on a few made-up sentences: quick to write and
// read back, even under the race detector.
func smallModel(t *testing.T) (*Model, []Document) {
	t.Helper()
	docs, err := ReadCoNLL(strings.NewReader(strings.Repeat(
		"-DOCSTART- -X- O O\n\nMaria I-PER\nDelgrano I-PER\nvisited O\nLisbon I-LOC\n. O\n\nNorvex I-ORG\nHoldings I-ORG\nfell O\n. O\n\n", 4)))
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(docs, TrainOptions{Iterations: 5, Folds: 2, SecondPass: true, TitleCase: 2})
	if err != nil {
		t.Fatal(err)
	}
	return m, docs
}

func TestWriteDecodeRoundTrip(t *testing.T) {
	m, _ := smallModel(t)
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	doc := [][]string{split("Maria Delgrano of Norvex Holdings flew to Lisbon .")}
	if a, b := m.Tag(doc), m2.Tag(doc); strings.Join(a[0], " ") != strings.Join(b[0], " ") {
		t.Errorf("decoded model tags %v, original %v", b, a)
	}
}

func TestTrainSmall(t *testing.T) {
	// A tiny training run through the real code path: it must learn its
	// own training data.
	m, docs := smallModel(t)
	if sc := Evaluate(m, docs); sc.Overall.F1() != 1 {
		t.Errorf("training data F1 %v: %s", sc.Overall.F1(), sc.Overall)
	}
}

func BenchmarkTag(b *testing.B) {
	m := loadModel(b)
	f, err := os.Open("testdata/sample.conll")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(f)
	if err != nil {
		b.Fatal(err)
	}
	// A news-sized document: the sample's sentences repeated.
	var doc [][]string
	tokens := 0
	for len(doc) < 40 {
		for _, d := range docs {
			for _, s := range d.Sentences {
				doc = append(doc, s.Tokens)
				tokens += len(s.Tokens)
			}
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Tag(doc)
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func TestDecodeRefusesOtherFeatureCode(t *testing.T) {
	m, _ := smallModel(t)
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	// Rewrite the file with a different probe, as code whose features
	// changed since training would compute (the probe follows the magic,
	// the beam width and the scale).
	b := buf.Bytes()
	at := len(fileMagic) + 8
	binary.LittleEndian.PutUint64(b[at:], binary.LittleEndian.Uint64(b[at:])+1)
	out := bytes.NewReader(b)
	if _, err := Decode(out); err == nil || !strings.Contains(err.Error(), "retrain") {
		t.Errorf("Decode of a model with another probe: err %v, want a retrain error", err)
	}
}

func TestTagConcurrent(t *testing.T) {
	m := loadModel(t)
	doc := [][]string{
		split("Karel Voss , a director at Ostrava Steel , flew to Vienna ."),
		split("Voss said the company would hire 200 workers in Austria ."),
	}
	want := fmt.Sprint(m.Tag(doc))
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				if got := fmt.Sprint(m.Tag(doc)); got != want {
					errs <- got
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("concurrent Tag gave %s, want %s", got, want)
	}
}

func TestTitleCaseHeadline(t *testing.T) {
	m := loadModel(t)
	// A web-style section title: capitalised common words are not names,
	// the less so when the body uses them in lower case.
	doc := [][]string{
		split("Key Details of the Summit and Regional Security Measures"),
		split("Officials from Brazil and Kenya met in Geneva on Monday to discuss trade ."),
		split("The summit agreed new security measures for the regional ports ."),
	}
	tags := m.Tag(doc)
	for _, e := range entitiesString(doc, tags) {
		if strings.Contains(e, "Details") || strings.Contains(e, "Measures") {
			t.Errorf("headline words tagged as %s", e)
		}
	}
	got := strings.Join(entitiesString(doc, tags), ", ")
	for _, want := range []string{"LOC:Brazil", "LOC:Kenya", "LOC:Geneva"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s in %s", want, got)
		}
	}
}

// FuzzLabelCoNLL checks that labelling keeps every line: separators as
// they are, token lines with exactly one tag appended.
func FuzzLabelCoNLL(f *testing.F) {
	f.Add("-DOCSTART- -X- O O\n\nMaria NNP I-PER\nvisited VBD O\n\nLisbon I-LOC\n")
	f.Add("a\n\n\nb c\n-DOCSTART-\n")
	f.Add("“ x\r\n  \nZ")
	m := loadModel(f)
	f.Fuzz(func(t *testing.T, in string) {
		if strings.ContainsRune(in, '\r') || !utf8.ValidString(in) {
			t.Skip() // carriage returns are dropped; other bytes go through
		}
		var out bytes.Buffer
		if err := LabelCoNLL(strings.NewReader(in), &out, m); err != nil {
			t.Skip() // e.g. a line over the scanner's limit
		}
		inLines := strings.Split(strings.TrimSuffix(in, "\n"), "\n")
		if in == "" {
			inLines = nil
		}
		outLines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if out.Len() == 0 {
			outLines = nil
		}
		if len(inLines) != len(outLines) {
			t.Fatalf("%d lines in, %d out\nin:  %q\nout: %q", len(inLines), len(outLines), in, out.String())
		}
		for i, l := range inLines {
			fields := strings.Fields(l)
			if len(fields) == 0 || fields[0] == "-DOCSTART-" {
				if outLines[i] != l {
					t.Errorf("line %d: %q copied as %q", i+1, l, outLines[i])
				}
				continue
			}
			tag, ok := strings.CutPrefix(outLines[i], l+" ")
			if !ok || strings.Contains(tag, " ") || tag == "" {
				t.Errorf("line %d: %q labelled as %q", i+1, l, outLines[i])
			}
		}
	})
}

// devPath is the CoNLL-2003 development split in the shared folder beside
// the work tree; tests that need it skip when it is absent.
const devPath = "../../../shared/ner/conll2003/dev.txt"

func readDev(t testing.TB) []Document {
	t.Helper()
	f, err := os.Open(devPath)
	if err != nil {
		t.Skipf("no CoNLL dev split: %v", err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestDevScore holds the embedded model to newsgraph's bar: F1 of at least
// 0.85 over PER, LOC and ORG on the CoNLL-2003 development split.
func TestDevScore(t *testing.T) {
	if testing.Short() {
		t.Skip("scores the whole development split")
	}
	docs := readDev(t)
	sc := Evaluate(loadModel(t), docs)
	for _, typ := range entityTypes {
		t.Logf("%-4s %s", typ, sc.ByType[typ])
	}
	t.Logf("PER+LOC+ORG %s", sc.Overall)
	if f := sc.Overall.F1(); f < 0.85 {
		t.Errorf("dev F1 %.4f over PER, LOC, ORG; want at least 0.85", f)
	}
}

// BenchmarkTagDev tags the CoNLL-2003 development split document by
// document: real news, real vocabulary.
func BenchmarkTagDev(b *testing.B) {
	docs := readDev(b)
	m := loadModel(b)
	tokens := 0
	sents := make([][][]string, len(docs))
	for i, d := range docs {
		sents[i] = tokensOf(d)
		for _, s := range d.Sentences {
			tokens += len(s.Tokens)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range sents {
			m.Tag(d)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkDecode measures what Load costs once per process, in CPU
// milliseconds (wall time on a shared machine says little).
func BenchmarkDecode(b *testing.B) {
	var ru syscall.Rusage
	cpu := func() time.Duration {
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	start := cpu()
	for i := 0; i < b.N; i++ {
		if _, err := decode(embedded); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpu()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// speedDoc is a made-up document with names the gazetteer knows, a
// headline and quotes: what the recogniser's shortcuts must not change.
var speedDoc = [][]string{
	split("BRENNING TO VISIT NEW YORK , SAYS AIDE"),
	split("Prime Minister Halvard Brenning will meet United Nations officials in New York on Monday , his office said ."),
	split("“ We expect a deal , ” Brenning told the New York Times in Oslo ."),
	split("Shares of Korvane Industries Inc. rose on the London Stock Exchange after Brenning spoke ."),
}

// TestVotesExtendFeatures: the second pass's features are the first
// pass's with the votes appended, as if the document were featurised anew.
func TestVotesExtendFeatures(t *testing.T) {
	m := loadModel(t)
	df := m.fz.document(speedDoc, nil)
	votes := documentVotes(df, m.tagLabels(speedDoc))
	want := m.fz.document(speedDoc, votes)
	got := df.withVotes(votes)
	for s := range speedDoc {
		for i := range speedDoc[s] {
			if fmt.Sprint(got.feats[s][i]) != fmt.Sprint(want.feats[s][i]) {
				t.Errorf("sentence %d token %d: features %x, want %x", s, i, got.feats[s][i], want.feats[s][i])
			}
		}
	}
	if fmt.Sprint(df.feats) != fmt.Sprint(m.fz.document(speedDoc, nil).feats) {
		t.Error("withVotes changed the first pass's features")
	}
}

// TestGazetteerStartsMatchTheSame: stopping at sequences no entry
// continues finds what trying every length finds.
func TestGazetteerStartsMatchTheSame(t *testing.T) {
	g := loadModel(t).fz.gaz
	if g.starts == nil {
		t.Fatal("the loaded gazetteer has no index of starts")
	}
	bare := &gazetteer{Entries: g.Entries, MaxLen: g.MaxLen}
	df := (&featurizer{gaz: g}).document(speedDoc, nil)
	n := 0
	for s := range speedDoc {
		got, want := g.match(df.toks[s]), bare.match(df.toks[s])
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("sentence %d: %v, want %v", s, got, want)
		}
		n += len(got)
	}
	if n < 4 {
		t.Errorf("only %d gazetteer matches: the test reads nothing", n)
	}
}

// TestHistoryRowsScoreTheSame: the beam's history scores, whose rows are
// looked up once per token and previous label, are bit for bit the sums of
// every history feature's row, for every label pair at every token, in
// both passes.
func TestHistoryRowsScoreTheSame(t *testing.T) {
	m := loadModel(t)
	df := m.fz.document(speedDoc, nil)
	dfv := df.withVotes(documentVotes(df, m.tagLabels(speedDoc)))
	for _, pass := range []struct {
		ws *weights
		df *docFeatures
	}{{&m.first, df}, {&m.second, dfv}} {
		for s := range speedDoc {
			var h historyRows
			for i := range speedDoc[s] {
				var static [nLabels]float32
				for _, f := range pass.df.feats[s][i] {
					pass.ws.addRow(&static, f)
				}
				h.next()
				for p1 := -1; p1 < nLabels; p1++ {
					for p2 := -1; p2 < nLabels; p2++ {
						want := static
						for _, f := range dynamicFeatures(nil, pass.df, s, i, p1, p2) {
							pass.ws.addRow(&want, f)
						}
						if got := h.scores(pass.ws, &static, pass.df, s, i, p1, p2); got != want {
							t.Fatalf("sentence %d token %d after %d %d: %v, want %v", s, i, p2, p1, got, want)
						}
					}
				}
			}
		}
	}
}

// TestTopNodesIsStableSelection: topNodes keeps the best candidates in the
// order a stable sort by falling score gives, so that among equal scores
// the earlier candidate is kept (tags must not depend on how it selects).
func TestTopNodesIsStableSelection(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	for round := 0; round < 2000; round++ {
		cands := make([]node, rng.IntN(70))
		for i := range cands {
			// Few distinct scores, so that ties are common.
			cands[i] = node{from: i, label: i % nLabels, score: float32(rng.IntN(6)) / 2}
		}
		width := 1 + rng.IntN(6)
		want := append([]node(nil), cands...)
		sort.SliceStable(want, func(i, j int) bool { return want[i].score > want[j].score })
		want = want[:min(width, len(want))]
		prefix := []node{{from: -7}}
		got := topNodes(prefix, cands, width)
		if len(got) != 1+len(want) || got[0].from != -7 {
			t.Fatalf("round %d: topNodes kept %d nodes after the prefix, want %d", round, len(got)-1, len(want))
		}
		for i, w := range want {
			if got[1+i].from != w.from {
				t.Fatalf("round %d (width %d): node %d is candidate %d, want %d", round, width, i, got[1+i].from, w.from)
			}
		}
	}
}
