package extract

import "testing"

// TestMembersMeetings: a plural of members before a session noun the
// parser read as a phrase apart is the session's owner ("the finance
// ministers meeting", "the governors' meeting").
func TestMembersMeetings(t *testing.T) {
	tr := treeOf(t, `
awaiting VBG -1 root
the DT 2 det
outcome NN 0 obj
of IN 6 case
the DT 6 det
trade NN 6 compound
ministers NNS 2 nmod
meeting NN 0 obl
in IN 9 case
Riga NNP 7 nmod`)
	if !tr.membersMeetings() || tr.head[6] != 7 || tr.rel[6] != "compound" || tr.head[7] != 2 || tr.rel[7] != "nmod" || tr.head[3] != 7 || tr.head[4] != 7 {
		t.Errorf("got %s, %s, %s", arcOf(tr, 6), arcOf(tr, 7), arcOf(tr, 3))
	}
	tr = treeOf(t, `
expect VBP -1 root
from IN 3 case
the DT 3 det
governors NNS 0 obl
' POS 5 punct
meeting NN 3 appos`)
	if !tr.membersMeetings() || tr.head[3] != 5 || tr.rel[3] != "nmod:poss" || tr.head[5] != 0 || tr.rel[5] != "obl" || tr.rel[4] != "case" {
		t.Errorf("got %s, %s, %s", arcOf(tr, 3), arcOf(tr, 5), arcOf(tr, 4))
	}
	// a session noun already owning the members is left as it is
	tr = treeOf(t, `
the DT 2 det
ministers NNS 2 compound
meeting NN -1 root`)
	if tr.membersMeetings() {
		t.Errorf("changed a sound parse: %s", arcOf(tr, 1))
	}
}

// TestAdjectivePossessors: a possessor hung on an adjective owns the noun
// the adjective modifies.
func TestAdjectivePossessors(t *testing.T) {
	tr := treeOf(t, `
for IN 6 case
the DT 2 det
group NN 5 nmod:poss
's POS 2 case
regional JJ 5 amod
ministerial JJ 6 amod
conference NN -1 root`)
	if !tr.adjectivePossessors() || tr.head[2] != 6 {
		t.Errorf("got %s, want group <-nmod:poss- conference", arcOf(tr, 2))
	}
	tr = treeOf(t, `
the DT 3 det
council NN 3 nmod:poss
's POS 1 case
executive NN 4 compound
board NN -1 root`)
	if !tr.adjectivePossessors() || tr.head[1] != 4 {
		t.Errorf("got %s, want council <-nmod:poss- board", arcOf(tr, 1))
	}
}

// TestNamedEventNouns: a name the parser made a second object beside the
// event noun after it modifies that noun.
func TestNamedEventNouns(t *testing.T) {
	tr := treeOf(t, `
who WP 1 nsubj
hosted VBD -1 root
the DT 3 det
Vaduz NNP 1 obj
meeting NN 1 obj`)
	if !tr.namedEventNouns() || tr.head[3] != 4 || tr.rel[3] != "compound" || tr.head[2] != 4 {
		t.Errorf("got %s, %s", arcOf(tr, 3), arcOf(tr, 2))
	}
	// a name beside a noun that is no event is left alone
	tr = treeOf(t, `
gave VBD -1 root
Anna NNP 0 iobj
flowers NNS 0 obj`)
	if tr.namedEventNouns() {
		t.Errorf("changed %s", arcOf(tr, 1))
	}
}

// TestNounParticiples: a participle set off by a comma on a noun modifies
// the noun, whatever label the parser gave it.
func TestNounParticiples(t *testing.T) {
	tr := treeOf(t, `
the DT 1 det
board NN 6 nsubj
, , 3 punct
meeting VBG 1 advcl
here RB 3 advmod
, , 6 punct
approved VBD -1 root`)
	if !tr.nounParticiples() || tr.rel[3] != "acl" {
		t.Errorf("got %s, want meeting <-acl- board", arcOf(tr, 3))
	}
}
