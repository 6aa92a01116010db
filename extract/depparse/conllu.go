package depparse

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Sentence is one CoNLL-U sentence: its comment lines and its words, without
// multiword-token lines ("1-2") and empty nodes ("8.1"), which are kept aside
// in Extra so that writing the sentence back loses nothing.
type Sentence struct {
	Comments []string // "# ..." lines, in order
	Words    []Word
	// Extra holds the multiword-token and empty-node lines, each keyed by the
	// index in Words before which it stood (len(Words) for the end).
	Extra []ExtraLine
}

// Word is one syntactic word of a CoNLL-U sentence: the ten columns.
// Head is the 1-based CoNLL-U head (0 for the root, -1 when the column is
// "_"); ID is the word's 1-based position.
type Word struct {
	ID                      int
	Form, Lemma, UPOS, XPOS string
	Feats                   string
	Head                    int
	Rel, Deps, Misc         string
}

// ExtraLine is a CoNLL-U line that is not a syntactic word.
type ExtraLine struct {
	Before int
	Line   string
}

// ReadCoNLLU reads every sentence of a CoNLL-U stream. A malformed word line
// is an error naming its line number; blank lines end sentences.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var out []Sentence
	var cur Sentence
	open := false
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if open {
				out = append(out, cur)
			}
			cur, open = Sentence{}, false
			continue
		}
		open = true
		if strings.HasPrefix(line, "#") {
			cur.Comments = append(cur.Comments, line)
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("depparse: conllu line %d: %d columns, want 10", n, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			cur.Extra = append(cur.Extra, ExtraLine{Before: len(cur.Words), Line: line})
			continue
		}
		id, err := strconv.Atoi(cols[0])
		if err != nil || id != len(cur.Words)+1 {
			return nil, fmt.Errorf("depparse: conllu line %d: word id %q, want %d", n, cols[0], len(cur.Words)+1)
		}
		head := -1
		if cols[6] != "_" {
			head, err = strconv.Atoi(cols[6])
			if err != nil || head < 0 {
				return nil, fmt.Errorf("depparse: conllu line %d: head %q", n, cols[6])
			}
		}
		cur.Words = append(cur.Words, Word{ID: id, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
			Feats: cols[5], Head: head, Rel: cols[7], Deps: cols[8], Misc: cols[9]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("depparse: conllu: %w", err)
	}
	if open {
		out = append(out, cur)
	}
	for i, s := range out {
		for _, w := range s.Words {
			if w.Head > len(s.Words) {
				return nil, fmt.Errorf("depparse: conllu sentence %d: word %d has head %d beyond the sentence", i+1, w.ID, w.Head)
			}
		}
	}
	return out, nil
}

// WriteCoNLLU writes sentences in CoNLL-U, each followed by a blank line.
func WriteCoNLLU(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		for _, c := range s.Comments {
			bw.WriteString(c)
			bw.WriteByte('\n')
		}
		x := 0
		for i, wd := range s.Words {
			for x < len(s.Extra) && s.Extra[x].Before <= i {
				bw.WriteString(s.Extra[x].Line)
				bw.WriteByte('\n')
				x++
			}
			head := "_"
			if wd.Head >= 0 {
				head = strconv.Itoa(wd.Head)
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", i+1, col(wd.Form), col(wd.Lemma), col(wd.UPOS), col(wd.XPOS),
				col(wd.Feats), head, col(wd.Rel), col(wd.Deps), col(wd.Misc))
		}
		for ; x < len(s.Extra); x++ {
			bw.WriteString(s.Extra[x].Line)
			bw.WriteByte('\n')
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func col(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// Forms returns the sentence's word forms.
func (s Sentence) Forms() []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = w.Form
	}
	return out
}

// Score is attachment accuracy over words, punctuation included (as in the
// CoNLL 2018 shared task): UAS counts right heads, LAS right heads with the
// right relation. Relations are compared whole, subtypes included
// ("nmod:poss" is not "nmod"). Tags counts words whose predicted XPOS
// is the gold one.
type Score struct {
	Words, Heads, Labelled, Tags int
}

// TagAccuracy is the share of words with the gold Penn tag, in [0,1].
func (s Score) TagAccuracy() float64 { return ratio(s.Tags, s.Words) }

// UAS is the unlabelled attachment score in [0,1].
func (s Score) UAS() float64 { return ratio(s.Heads, s.Words) }

// LAS is the labelled attachment score in [0,1].
func (s Score) LAS() float64 { return ratio(s.Labelled, s.Words) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Add counts one predicted sentence against its gold; both must have the same
// words.
func (s *Score) Add(gold, pred Sentence) {
	for i, g := range gold.Words {
		if i >= len(pred.Words) {
			s.Words++
			continue
		}
		p := pred.Words[i]
		s.Words++
		if g.XPOS == p.XPOS {
			s.Tags++
		}
		if g.Head == p.Head {
			s.Heads++
			if g.Rel == p.Rel {
				s.Labelled++
			}
		}
	}
}
