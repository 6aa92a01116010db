package extract

import (
	"github.com/newsgraph/newsgraph"
)

// comeFromVerbs bring a traveller from a place before: "flew in from X",
// "arrived in Y from X", "came from X".
var comeFromVerbs = set("fly", "flies", "flew", "flown", "flying", "arrive", "arrives", "arrived", "arriving", "come", "comes",
	"came", "coming", "travel", "travels", "travelled", "traveled", "travelling", "traveling", "jet", "jets", "jetted", "jetting")

// stopDeeds are what a traveller does at a stop, told in a "where" clause
// on it: met, held talks, signed, attended, spoke.
func stopDeed(t *tree, k int) bool {
	w := t.lw[k]
	if meetingVerbs[w] || visitVerbs[w] || agreeVerbs[w] || attendVerbs[w] || speakVerbs[w] {
		return true
	}
	if o := t.dep(k, "obj"); lightVerbs[w] && o >= 0 && (meetNouns[t.lw[o]] || agreeNouns[t.lw[o]] || visitNouns[t.lw[o]]) {
		return true
	}
	return false
}

// priorStop reads the stop a traveller comes from, told by what the
// traveller did there (the verb at k of a "where" clause on the place):
// "X flew in from Oslo, where she met Y on Monday", "arrived in A on
// Sunday from B, where he had held talks": X had been in Oslo, on the
// day of the clause. Not "flew in from Oslo, where the firm is based"
// (the clause tells no deed of X's), nor a stop at home.
func (d *doc) priorStop(si int, t *tree, k int) (frame, bool) {
	f := frame{typ: newsgraph.Visit, t: k, light: -1, carrier: -1, loc: -1, been: true}
	if k < t.from || !t.verb(k) || !t.is(k, "acl:relcl") || !hasDep(t, k, "where") || !stopDeed(t, k) || t.negatedAt(k) {
		return f, false
	}
	h := t.head[k]
	if h < 0 {
		return f, false
	}
	m := d.mentionAt(si, h)
	if m == nil || !d.isPlace(m.ent) || m.i < 1 || t.lw[m.i-1] != "from" {
		return f, false
	}
	// the verb the place hangs on, however far up the parser hung it
	// ("from B, where ..., X" may be read as a name's modifier)
	v := t.head[h]
	for n := 0; n < 3 && v >= 0 && !t.verb(v); n++ {
		v = t.head[v]
	}
	if v < 0 || !comeFromVerbs[t.lw[v]] || !t.verb(v) {
		return f, false
	}
	// the clause's doer is the traveller: "she", "he", "they", or none
	if s := t.dep(k, "nsubj"); s >= 0 && t.tag[s] != "PRP" {
		return f, false
	}
	for _, e := range d.subjectOf(si, t, v) {
		if d.ents[e].typ == newsgraph.Person {
			f.agents = append(f.agents, e)
		}
	}
	if len(f.agents) == 0 || d.allDomestic(f.agents, m.ent) {
		return f, false
	}
	f.places, f.others = []int{m.ent}, [][]int{{m.ent}}
	f.status = tenseOf(t, k)
	if f.status == "" || f.status == newsgraph.Planned && tenseOf(t, v) == newsgraph.Happened {
		f.status = newsgraph.Happened
	}
	return f, true
}

// modalTimes undoes a reading of "will next week visit X" with "next
// week" the subject of the verb, or a clause of its own with the verb
// below it: a time set between the modal and its verb says when, and the
// verb heads the clause. It reports whether any head changed.
func (t *tree) modalTimes() bool {
	changed := false
	for s := 2; s+1 < len(t.lw); s++ {
		v := s + 1
		if !spanNames[t.lw[s]] || !t.verb(v) || t.lw[s-1] != "next" && t.lw[s-1] != "this" || t.tag[s-2] != "MD" {
			continue
		}
		switch {
		case t.head[s] == v && t.is(s, "obl:tmod"):
			continue
		case t.head[s] == v:
			t.rel[s] = "obl:tmod"
		case t.head[v] == t.head[s] || t.head[v] == s:
			// "and will next month travel to X" with "month" the conjunct:
			// the verb takes the time's place in the clause
			t.head[v], t.rel[v] = t.head[s], t.rel[s]
			for _, k := range t.kids[s] {
				if k != s-1 && k != v {
					t.head[k] = v
				}
			}
			t.head[s], t.rel[s] = v, "obl:tmod"
			t.head[s-1], t.rel[s-1] = s, "amod"
			t.head[s-2], t.rel[s-2] = v, "aux"
		default:
			continue
		}
		changed = true
	}
	return changed
}

// shoreNouns tell where a place lies by the water or land beside it.
var shoreNouns = set("coast", "coasts", "coastline", "shore", "shores", "bank", "banks", "seaboard", "seafront")

// shoreOf says whether the phrase at c only tells where the place it
// hangs on lies: "Arica, on the Pacific coast", "a port on the shores of
// Lake X"; the sea or the lake is no destination of its own.
func shoreOf(t *tree, c int) bool {
	return t.prep(c) == "on" && shoreNouns[t.lw[c]]
}
