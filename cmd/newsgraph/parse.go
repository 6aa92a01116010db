package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/extract/depparse"
)

// cmdParse runs the dependency parser over the gold tokens of a CoNLL-U
// file:
//
//	newsgraph parse --format conllu FILE.conllu         the parse, as CoNLL-U
//	newsgraph parse --format conllu --eval FILE.conllu  UAS/LAS against the file's heads
//
// Sentences, comments, word ids, forms, multiword-token lines and MISC are
// kept; XPOS is prose's tag, HEAD and DEPREL the parser's; LEMMA, UPOS, FEATS
// and DEPS are cleared (the parser does not predict them), and empty nodes
// are dropped with them.
func cmdParse(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlags("parse")
	format := fs.String("format", "conllu", "input and output format: conllu")
	eval := fs.Bool("eval", false, "print UAS/LAS against the file's gold heads instead of the parse")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *format != "conllu" {
		return usageError{fmt.Errorf("--format %q: only conllu is supported", *format)}
	}
	if fs.NArg() != 1 {
		return usageError{fmt.Errorf("name one FILE.conllu (or - for stdin)")}
	}
	var in io.Reader = os.Stdin
	if name := fs.Arg(0); name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	sents, err := depparse.ReadCoNLLU(in)
	if err != nil {
		return err
	}
	p, err := depparse.Load()
	if err != nil {
		return err
	}
	tg := depparse.NewTagger()
	var score depparse.Score
	out := make([]depparse.Sentence, len(sents))
	for i, s := range sents {
		if err := ctx.Err(); err != nil {
			return err
		}
		pred := p.ParseSentence(s, tg.Tag(s.Forms()))
		if *eval {
			score.Add(s, pred)
			continue
		}
		for j := range pred.Words {
			w := &pred.Words[j]
			w.Lemma, w.UPOS, w.Feats, w.Deps = "_", "_", "_", "_"
		}
		pred.Extra = nil
		for _, x := range s.Extra {
			if id, _, _ := strings.Cut(x.Line, "\t"); strings.Contains(id, "-") {
				pred.Extra = append(pred.Extra, x)
			}
		}
		out[i] = pred
	}
	if *eval {
		_, err := fmt.Fprintf(stdout, "sentences %d, words %d, UAS %.4f, LAS %.4f, tags %.4f\n", len(sents), score.Words, score.UAS(), score.LAS(), score.TagAccuracy())
		return err
	}
	return depparse.WriteCoNLLU(stdout, out)
}
