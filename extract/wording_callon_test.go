package extract

import "testing"

// callOnCases: courtesy calls and meals are meetings, and a title with its
// own complement names the person after the comma that closes it.
var callOnCases = []wordingCase{
	{
		name: "called on a titled person: a courtesy call",
		text: "Trade Minister Naresh Kumar Rao arrived in Sapporo on Monday. Rao on Tuesday called on the president of the Hokuto Business Federation, Kenji Arai.",
		want: []string{"MEETING/HAPPENED: participant=Kenji Arai; participant=Naresh Kumar Rao"},
	},
	{
		name: "called on someone to act urges, it meets no one",
		text: "Trade Minister Naresh Kumar Rao on Tuesday called on Governor Julio Benitez to resign.",
		not:  []string{"MEETING"},
	},
	{
		name: "called on a day: a telephone, not a meeting",
		text: "Trade Minister Naresh Kumar Rao called on Tuesday to complain about the tariffs.",
		not:  []string{"MEETING"},
	},
	{
		name: "a working breakfast with a title of a province, then the name",
		text: "Trade Minister Naresh Kumar Rao arrived in Salta on Monday. Rao shared a working breakfast on Tuesday with the Salta province governor, Julio Benitez.",
		want: []string{"MEETING/HAPPENED: participant=Julio Benitez; participant=Naresh Kumar Rao"},
	},
	{
		name: "an ambassador to a country, then the name",
		text: "Prime Minister Omar Haddad met the Jordanian ambassador to Lebanon, Sami Khoury, in Tripoli on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Omar Haddad; participant=Sami Khoury"},
	},
	{
		name: "a title's complement with a list after it names no one",
		text: "Prime Minister Omar Haddad met the governors of Akkar, Zahle and Tyre on Tuesday.",
		not:  []string{"participant=Zahle"},
	},
}

func TestWordingCallOn(t *testing.T) { runWording(t, callOnCases) }
