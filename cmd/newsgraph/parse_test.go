package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/depparse"
)

// TestParseCommandRoundTrip runs `newsgraph parse --format conllu` on a
// CoNLL-U file and reads its output back: the same sentences, comments, word
// ids, forms and multiword tokens, a tree for each sentence; --eval scores
// the same file.
func TestParseCommandRoundTrip(t *testing.T) {
	const in = "# sent_id = a1\n# text = The ministers met in Oslo and didn't sign.\n" +
		"1\tThe\tthe\tDET\tDT\t_\t2\tdet\t2:det\t_\n" +
		"2\tministers\tminister\tNOUN\tNNS\t_\t3\tnsubj\t3:nsubj\t_\n" +
		"3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t0:root\t_\n" +
		"4\tin\tin\tADP\tIN\t_\t5\tcase\t5:case\t_\n" +
		"5\tOslo\tOslo\tPROPN\tNNP\t_\t3\tobl\t3:obl:in\t_\n" +
		"6\tand\tand\tCCONJ\tCC\t_\t9\tcc\t9:cc\t_\n" +
		"7-8\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"7\tdid\tdo\tAUX\tVBD\t_\t9\taux\t9:aux\t_\n" +
		"8\tn't\tnot\tPART\tRB\t_\t9\tadvmod\t9:advmod\t_\n" +
		"9\tsign\tsign\tVERB\tVB\t_\t3\tconj\t3:conj:and\tSpaceAfter=No\n" +
		"10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t3:punct\t_\n\n" +
		"# sent_id = a2\n" +
		"1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t2:nsubj\t_\n" +
		"2\tresumed\tresume\tVERB\tVBD\t_\t0\troot\t0:root\t_\n\n"
	path := filepath.Join(t.TempDir(), "in.conllu")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"parse", "--format", "conllu", path}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	gold, _ := depparse.ReadCoNLLU(strings.NewReader(in))
	got, err := depparse.ReadCoNLLU(bytes.NewReader(stdout.Bytes()))
	if err != nil {
		t.Fatalf("output is not CoNLL-U: %v\n%s", err, stdout.String())
	}
	if len(got) != len(gold) {
		t.Fatalf("%d sentences out, %d in", len(got), len(gold))
	}
	for i := range gold {
		if strings.Join(got[i].Comments, "\n") != strings.Join(gold[i].Comments, "\n") {
			t.Errorf("sentence %d: comments %q", i, got[i].Comments)
		}
		if len(got[i].Extra) != len(gold[i].Extra) {
			t.Errorf("sentence %d: multiword lines %v", i, got[i].Extra)
		}
		roots := 0
		for j, w := range got[i].Words {
			g := gold[i].Words[j]
			if w.ID != g.ID || w.Form != g.Form || w.XPOS == "_" || w.Rel == "_" || w.Head < 0 || w.Head > len(got[i].Words) {
				t.Errorf("sentence %d word %d: %+v (in: %+v)", i, j+1, w, g)
			}
			if w.Head == 0 {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d: %d roots", i, roots)
		}
	}
	stdout.Reset()
	if code := run(context.Background(), []string{"parse", "--format", "conllu", "--eval", path}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("--eval: exit %d: %s", code, stderr.String())
	}
	if !regexp.MustCompile(`^sentences 2, words 12, UAS [01]\.\d{4}, LAS [01]\.\d{4}, tags [01]\.\d{4}\n$`).MatchString(stdout.String()) {
		t.Errorf("--eval printed %q", stdout.String())
	}
	stderr.Reset()
	if code := run(context.Background(), []string{"parse", "--format", "json", path}, nil, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "conllu") {
		t.Errorf("--format json: exit %d, %q", code, stderr.String())
	}
}
