package extract

import (
	"strconv"
	"strings"
	"testing"
)

// treeOf builds a parse from lines "word TAG head rel" (head: the 0-based
// index of the head word, -1 for the root), as the parser might give it.
func treeOf(t *testing.T, spec string) *tree {
	t.Helper()
	tr := &tree{}
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		f := strings.Fields(line)
		if len(f) != 4 {
			t.Fatalf("bad line %q", line)
		}
		h, err := strconv.Atoi(f[2])
		if err != nil {
			t.Fatal(err)
		}
		tr.lw = append(tr.lw, strings.ToLower(f[0]))
		tr.tag = append(tr.tag, f[1])
		tr.head = append(tr.head, h)
		tr.rel = append(tr.rel, f[3])
	}
	tr.kids = make([][]int, len(tr.lw))
	tr.link()
	return tr
}

func arcOf(tr *tree, i int) string {
	h := "ROOT"
	if tr.head[i] >= 0 {
		h = tr.lw[tr.head[i]]
	}
	return tr.lw[i] + " <-" + tr.rel[i] + "- " + h
}

// TestThatRelatives: a "that" clause on a noun that lacks its object is a
// relative clause of the noun, however the parser labelled it; a whole
// complement clause is left as it is.
func TestThatRelatives(t *testing.T) {
	tr := treeOf(t, `
the DT 2 det
five-day JJ 2 amod
tour NN -1 root
of IN 4 case
Ruritania NNP 2 nmod
that IN 9 mark
she PRP 9 nsubj
have VBP 9 aux
just RB 9 advmod
completed VBN 4 ccomp
. . 2 punct`)
	if !tr.thatRelatives() || tr.rel[9] != "acl:relcl" {
		t.Errorf("got %s, want completed <-acl:relcl- ruritania", arcOf(tr, 9))
	}
	if !objectRelative(tr, 9) {
		t.Error("the relabelled clause is no object relative")
	}
	whole := treeOf(t, `
reports NNS -1 root
that IN 3 mark
Petrov NNP 3 nsubj
signed VBD 0 acl
the DT 5 det
deal NN 3 obj`)
	if whole.thatRelatives() || whole.rel[3] != "acl" {
		t.Errorf("a complement clause with its object became %s", arcOf(whole, 3))
	}
}

// TestReportedSubjects: "X said it and Y have signed a memorandum" with "it"
// read as what X said and "Y" listed with "said": the reported verb takes
// them for its subject.
func TestReportedSubjects(t *testing.T) {
	tr := treeOf(t, `
Halden NNP 1 nsubj
said VBD -1 root
it PRP 1 obj
and CC 4 cc
Kestrel NNP 1 conj
have VBP 6 aux
signed VBN 1 ccomp
a DT 8 det
memorandum NN 6 obj
. . 1 punct`)
	if !tr.reportedSubjects() {
		t.Fatal("no change")
	}
	tr.link()
	if tr.head[2] != 6 || tr.rel[2] != "nsubj" || tr.head[4] != 2 || tr.rel[4] != "conj" {
		t.Errorf("got %s, %s; want it <-nsubj- signed, kestrel <-conj- it", arcOf(tr, 2), arcOf(tr, 4))
	}
	told := treeOf(t, `
Halden NNP 1 nsubj
told VBD -1 root
reporters NNS 1 obj
they PRP 4 nsubj
signed VBD 1 ccomp`)
	if told.reportedSubjects() {
		t.Errorf("a clause with a subject of its own was changed: %s", arcOf(told, 2))
	}
}

// TestTakingPlace: "taking place" describes the noun right before it.
func TestTakingPlace(t *testing.T) {
	tr := treeOf(t, `
asked VBN -1 root
to TO 2 mark
hold VB 0 xcomp
talks NNS 2 obj
at IN 6 case
the DT 6 det
summit NN 2 obl
taking VBG 2 advcl
place NN 7 obj
in IN 10 case
Oslo NNP 7 obl`)
	if !tr.takingPlace() || tr.head[7] != 6 || tr.rel[7] != "acl" {
		t.Errorf("got %s, want taking <-acl- summit", arcOf(tr, 7))
	}
}

// TestWithParticiple: "a brief meeting with newly elected Premier X" read with
// "with" marking "elected" becomes "with X", "elected" describing X.
func TestWithParticiple(t *testing.T) {
	tr := treeOf(t, `
a DT 2 det
brief JJ 2 amod
meeting NN -1 root
with IN 5 mark
newly RB 5 advmod
elected VBN 2 acl
Kovac NNP 5 obj`)
	if !tr.withParticiple() {
		t.Fatal("no change")
	}
	tr.link()
	if tr.head[6] != 2 || tr.rel[6] != "nmod" || tr.prep(6) != "with" || tr.head[5] != 6 {
		t.Errorf("got %s, %s; want kovac <-nmod- meeting with its case \"with\", elected <-amod- kovac", arcOf(tr, 6), arcOf(tr, 5))
	}
}

// TestCoordinatedVerbs: a support verb prose tagged as an adjective is a
// verb where the parse joins it to a verb and gives it an object.
func TestCoordinatedVerbs(t *testing.T) {
	tr := treeOf(t, `
Kovac NNP 2 nsubj
will MD 2 aux
make VB -1 root
a DT 4 det
call NN 2 obj
and CC 6 cc
hold JJ 2 conj
talks NNS 6 obj`)
	tr.coordinatedVerbs()
	if !tr.verb(6) {
		t.Errorf("hold tagged %s", tr.tag[6])
	}
	adj := treeOf(t, `
talks NNS -1 root
and CC 2 cc
hold JJ 0 conj`)
	adj.coordinatedVerbs()
	if adj.verb(2) {
		t.Error("a word joined to a noun became a verb")
	}
}

// TestByOnEventNoun: "following an agreement by his deputy, X," with
// the by-phrase and the apposition hung on "following".
func TestByOnEventNoun(t *testing.T) {
	tr := treeOf(t, `
following VBG -1 root
an DT 2 det
agreement NN 0 obj
by IN 4 case
deputy NN 0 obl
, , 6 punct
Kovac NNP 0 obl
to TO 8 mark
invest VB 0 advcl`)
	if !tr.byOnEventNoun() {
		t.Fatal("no change")
	}
	if tr.head[4] != 2 || tr.head[6] != 2 || tr.head[8] != 0 {
		t.Errorf("got %s, %s, %s; want deputy and kovac on agreement, invest on following", arcOf(tr, 4), arcOf(tr, 6), arcOf(tr, 8))
	}
}

// TestCompoundSubjects: a name hung on a verb as a compound is its subject
// when it has none.
func TestCompoundSubjects(t *testing.T) {
	tr := treeOf(t, `
tomorrow NN 3 discourse
, , 0 punct
Kovac NNP 3 compound
is VBZ -1 root
to TO 5 mark
meet VB 3 xcomp`)
	tr.compoundSubjects()
	if tr.rel[2] != "nsubj" {
		t.Errorf("got %s, want kovac <-nsubj- is", arcOf(tr, 2))
	}
}

// TestReporterAfterList: "X and Y met in Z, the newspaper W said" read as
// "X, met and W said".
func TestReporterAfterList(t *testing.T) {
	tr := treeOf(t, `
Figo NNP 11 nsubj
and CC 3 cc
the DT 3 det
head NN 4 nsubj
met VBD 0 conj
in IN 6 case
Lima NNP 4 obl
, , 10 punct
the DT 10 det
newspaper NN 10 compound
Gazeta NNP 0 conj
said VBD -1 root
. . 11 punct`)
	if !tr.reporterAfterList() {
		t.Fatal("no change")
	}
	tr.link()
	if tr.head[10] != 11 || tr.rel[10] != "nsubj" || tr.head[0] != 4 || tr.rel[0] != "nsubj" || tr.head[3] != 0 || tr.head[4] != 11 || tr.rel[4] != "ccomp" {
		t.Errorf("got %s, %s, %s, %s", arcOf(tr, 10), arcOf(tr, 0), arcOf(tr, 3), arcOf(tr, 4))
	}
}

// TestTimeSubjects: "Ruritania's development fund last month agreed" read with
// "month" the subject.
func TestTimeSubjects(t *testing.T) {
	tr := treeOf(t, `
Ruritania NNP 6 nmod:poss
's POS 0 case
national JJ 4 amod
development NN 4 compound
fund NN 6 compound
last JJ 6 amod
month NN 7 nsubj
agreed VBD -1 root`)
	if !tr.timeSubjects() {
		t.Fatal("no change")
	}
	tr.link()
	if tr.head[4] != 7 || tr.rel[4] != "nsubj" || tr.head[0] != 4 || tr.rel[6] != "obl:unmarked" || tr.head[5] != 6 {
		t.Errorf("got %s, %s, %s, %s", arcOf(tr, 4), arcOf(tr, 0), arcOf(tr, 6), arcOf(tr, 5))
	}
}
