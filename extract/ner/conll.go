package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one sentence: its tokens and, when the source is labelled, the
// gold tags in IOB2.
type Sentence struct {
	Tokens []string
	Tags   []string // nil when unlabelled
}

// Document is a run of sentences that share document-level context (the span
// between two -DOCSTART- lines of a CoNLL file).
type Document struct {
	Sentences []Sentence
}

// conllLine is one line of a CoNLL file kept verbatim, so that LabelCoNLL can
// write it back with only a column appended.
type conllLine struct {
	text   string
	fields []string // nil for a blank line kept as a separator
}

// ReadCoNLL reads a CoNLL-2003 style file (token first, NER tag last, blank
// lines between sentences, -DOCSTART- lines between documents). Tags are
// converted from IOB1 to IOB2; a file with only one column is read unlabelled.
func ReadCoNLL(r io.Reader) ([]Document, error) {
	var docs []Document
	err := scanCoNLL(r, func(doc [][]conllLine) error {
		docs = append(docs, documentOf(doc))
		return nil
	})
	return docs, err
}

func documentOf(doc [][]conllLine) Document {
	var d Document
	for _, sent := range doc {
		s := Sentence{Tokens: make([]string, len(sent))}
		labelled := true
		for i, l := range sent {
			s.Tokens[i] = l.fields[0]
			if len(l.fields) < 2 {
				labelled = false
			}
		}
		if labelled {
			s.Tags = make([]string, len(sent))
			for i, l := range sent {
				s.Tags[i] = l.fields[len(l.fields)-1]
			}
			s.Tags = ToIOB2(s.Tags)
		}
		d.Sentences = append(d.Sentences, s)
	}
	return d
}

// scanCoNLL calls fn once per document with its sentences of lines. Lines
// that are blank or -DOCSTART- end sentences; -DOCSTART- also ends documents.
func scanCoNLL(r io.Reader, fn func(doc [][]conllLine) error) error {
	return scanCoNLLLines(r, nil, fn)
}

// scanCoNLLLines is scanCoNLL that also reports every separator line (blank
// or -DOCSTART-) in file order through sep, after the document or sentence
// it closes has been handed to fn.
func scanCoNLLLines(r io.Reader, sep func(line string) error, fn func(doc [][]conllLine) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var doc [][]conllLine
	var sent []conllLine
	flushDoc := func() error {
		if len(sent) > 0 {
			doc = append(doc, sent)
			sent = nil
		}
		if len(doc) == 0 {
			return nil
		}
		err := fn(doc)
		doc = nil
		return err
	}
	n := 0
	for sc.Scan() {
		n++
		text := strings.TrimRight(sc.Text(), "\r")
		fields := strings.Fields(text)
		switch {
		case len(fields) == 0:
			if len(sent) > 0 {
				doc = append(doc, sent)
				sent = nil
			}
			if sep != nil {
				// A blank line inside a document only separates sentences:
				// the document goes to fn when it ends, so the separator is
				// queued with it.
				doc = append(doc, []conllLine{{text: text}})
			}
		case fields[0] == "-DOCSTART-":
			if err := flushDoc(); err != nil {
				return err
			}
			if sep != nil {
				if err := sep(text); err != nil {
					return err
				}
			}
		default:
			sent = append(sent, conllLine{text: text, fields: fields})
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("ner: read conll line %d: %w", n, err)
	}
	return flushDoc()
}

// LabelCoNLL tags every document of a CoNLL file with m and writes each line
// back with the predicted IOB2 tag appended as the last column, blank and
// -DOCSTART- lines copied as they are, so that conlleval can score the output.
func LabelCoNLL(r io.Reader, w io.Writer, m *Model) error {
	bw := bufio.NewWriter(w)
	err := scanCoNLLLines(r, func(line string) error {
		_, err := bw.WriteString(line + "\n")
		return err
	}, func(doc [][]conllLine) error {
		var sents [][]string
		for _, sent := range doc {
			if sent[0].fields == nil {
				continue
			}
			toks := make([]string, len(sent))
			for i, l := range sent {
				toks[i] = l.fields[0]
			}
			sents = append(sents, toks)
		}
		tags := m.Tag(sents)
		k := 0
		for _, sent := range doc {
			if sent[0].fields == nil {
				if _, err := bw.WriteString(sent[0].text + "\n"); err != nil {
					return err
				}
				continue
			}
			for i, l := range sent {
				if _, err := bw.WriteString(l.text + " " + tags[k][i] + "\n"); err != nil {
					return err
				}
			}
			k++
		}
		return nil
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// ToIOB2 rewrites tags from IOB1 (I- starts an entity unless it continues one
// of the same type) to IOB2 (every entity starts with B-). IOB2 input is
// returned unchanged.
func ToIOB2(tags []string) []string {
	out := make([]string, len(tags))
	prev := "O"
	for i, t := range tags {
		if strings.HasPrefix(t, "I-") && (prev == "O" || prev[2:] != t[2:]) {
			t = "B-" + t[2:]
		}
		out[i] = t
		prev = t
	}
	return out
}
