package extract

import "testing"

// TestStrandedObjects: the parser (trained on EWT, where "host" is mostly
// a noun) makes the object of "will host X on March 3." the subject of the
// full stop, or a second subject of a reporting verb after it; the object
// of an event verb is the verb's.
func TestStrandedObjects(t *testing.T) { runWording(t, strandedObjectCases) }

var strandedObjectCases = []wordingCase{
	{
		name: "host with a month and day closing the sentence",
		text: "President Lena Vasquez will host Chancellor Otto Brandt on March 3.",
		want: []string{"MEETING/PLANNED: participant=Lena Vasquez; participant=Otto Brandt"},
	},
	{
		name: "host with a day and a place",
		text: "President Lena Vasquez will host Chancellor Otto Brandt on March 3 in Quito.",
		want: []string{"MEETING/PLANNED: participant=Lena Vasquez; participant=Otto Brandt"},
	},
	{
		name: "host with an abbreviated month, then the source",
		text: "Prime Minister Aiko Tanabe will host Indian Prime Minister Ravi Menon on Feb. 12, her office said.",
		want: []string{"MEETING/PLANNED: participant=Aiko Tanabe; participant=Ravi Menon"},
	},
	{
		name: "hosts, present",
		text: "Mayor Ines Paz hosts President Maria Duarte on Dec. 4 at city hall.",
		want: []string{"MEETING: participant=Ines Paz; participant=Maria Duarte"},
	},
	{
		name: "is to host",
		text: "Governor Ruth Kimani is to host Minister Peter Okello on April 20, officials said.",
		want: []string{"MEETING/PLANNED: participant=Peter Okello; participant=Ruth Kimani"},
	},
	{
		name: "will host a body's chief",
		text: "President Lena Vasquez will host NATO Secretary General Jonas Dahl on June 9.",
		want: []string{"MEETING/PLANNED: participant=Jonas Dahl; participant=Lena Vasquez"},
	},
	{
		name: "hosted, past",
		text: "Chancellor Otto Brandt hosted President Maria Duarte on Oct. 2 in Berlin.",
		want: []string{"MEETING/HAPPENED: participant=Maria Duarte; participant=Otto Brandt"},
	},
	{
		name: "will receive",
		text: "Pope Clement will receive President Maria Duarte on Nov. 18, the Vatican said.",
		want: []string{"MEETING/PLANNED: participant=Clement; participant=Maria Duarte"},
	},
	{
		name: "a host city is no meeting",
		text: "Lisbon will host the Web Summit on Nov. 12.",
		not:  []string{"MEETING"},
	},
	{
		name: "the subject of a later clause stays its subject",
		text: "Otto Brandt will host the talks, and Maria Duarte said she would attend on March 3.",
		not:  []string{"participant=Maria Duarte; participant=Otto Brandt"},
	},
	{
		name: "a reported speaker is no object",
		text: "The summit will open on March 3, President Lena Vasquez said.",
		not:  []string{"MEETING"},
	},
}
