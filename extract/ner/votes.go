package ner

import (
	"strings"
	"unicode"
)

// vote is the document-level evidence the second pass sees for one token:
// the type (and BIOES position) most often given by the first pass to the
// longest token sequence covering it, and the type most often given to the
// word itself anywhere in the document. 0 means none.
type vote struct {
	seq, word int
}

// documentVotes gathers the first pass's entities in safe positions (not at
// a sentence start, not in a headline) over a whole document and projects
// them back onto every token, so that a name tagged with confidence
// in one place ("Mr Kovac said") informs its other occurrences (a headline,
// a sentence start).
func documentVotes(df *docFeatures, labels [][]int) [][]vote {
	seqs := map[string][4]int32{}
	words := map[string][4]int32{}
	maxLen := 0
	for s, ls := range labels {
		ts := df.toks[s]
		if sentCaseClass(ts) != "N" {
			continue // capitals in headlines make tagging there unreliable
		}
		for _, e := range entitiesOfLabels(ls) {
			if e.start == 0 || (e.start == 1 && !isWordToken(ts[0])) {
				// A capital at sentence start says nothing, so a name
				// tagged there is a guess; votes come from safe positions.
				continue
			}
			var sb strings.Builder
			for i := e.start; i < e.end; i++ {
				if i > e.start {
					sb.WriteByte(' ')
				}
				sb.WriteString(ts[i].word)
				if ts[i].initCap {
					c := words[ts[i].word]
					c[e.typ]++
					words[ts[i].word] = c
				}
			}
			c := seqs[sb.String()]
			c[e.typ]++
			seqs[sb.String()] = c
			if e.end-e.start > maxLen {
				maxLen = e.end - e.start
			}
		}
	}
	out := make([][]vote, len(labels))
	g := &gazetteer{Entries: seqs, MaxLen: maxLen}
	for s := range labels {
		ts := df.toks[s]
		vs := make([]vote, len(ts))
		for _, m := range g.match(ts) {
			if !m.major {
				continue
			}
			t := typeIndex(m.typ)
			for i := m.start; i < m.end; i++ {
				pos := posI
				switch {
				case m.end-m.start == 1:
					pos = posS
				case i == m.start:
					pos = posB
				case i == m.end-1:
					pos = posE
				}
				vs[i].seq = labelOf(t, pos)
			}
		}
		for i, t := range ts {
			c, ok := words[t.word]
			if !ok {
				continue
			}
			best := 0
			for k := range c {
				if c[k] > c[best] {
					best = k
				}
			}
			vs[i].word = 1 + best
		}
		out[s] = vs
	}
	return out
}

type labelEntity struct{ start, end, typ int }

// entitiesOfLabels returns the entities of a BIOES label sequence.
func entitiesOfLabels(ls []int) []labelEntity {
	var out []labelEntity
	start := -1
	for i, l := range ls {
		t, p := labelParts(l)
		switch p {
		case posB:
			start = i
		case posS:
			out = append(out, labelEntity{i, i + 1, t})
			start = -1
		case posE:
			if start >= 0 {
				out = append(out, labelEntity{start, i + 1, t})
			}
			start = -1
		case -1:
			start = -1
		}
	}
	return out
}

// isWordToken reports whether t starts with a letter or digit, unlike an
// opening quote or bracket.
func isWordToken(t token) bool {
	for _, r := range t.word {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}
