package extract

import "testing"

// threadCases are invented sentences in which a meeting's sides are read
// through the grammar around the trigger or from the story's thread: a
// participle read as a preposition, a list after a colon, a body hung on
// another modifier, a trip to a country for talks, "the two companies",
// and a country's unnamed leaders met again by name.
var threadCases = []wordingCase{
	{
		name: "after meeting someone on a day: the participle is a verb, not a preposition",
		text: "After meeting President Lena Marsh on Tuesday, Premier Anton Kovac flew home.",
		want: []string{"MEETING/HAPPENED: participant=Anton Kovac; participant=Lena Marsh"},
	},
	{
		name: "talks listed after a colon are the subject's",
		text: "Premier Anton Kovac had a busy day: talks with President Lena Marsh and a lunch with Chancellor Otto Brink.",
		want: []string{"MEETING/HAPPENED: participant=Anton Kovac; participant=Lena Marsh", "MEETING/HAPPENED: participant=Anton Kovac; participant=Otto Brink"},
	},
	{
		name: "a body named before another modifier of the meeting is the meeting's",
		text: "Tomas Reyes, who had just attended the BGC ministerial meeting in Riga, said prices would rise.",
		want: []string{"MEETING/HAPPENED: participant=BGC; participant=Tomas Reyes"},
	},
	{
		name: "a trip to a country for talks is talks with that country",
		text: "Foreign Minister Tomas Reyes will visit Kenya tomorrow for talks on trade.",
		want: []string{"MEETING/PLANNED: participant=Kenya; participant=Tomas Reyes"},
	},
	{
		name: "a trip to a country for a gathering is no talks with that country",
		text: "Premier Anton Kovac will travel to Malaysia next week for a summit. Premier Ivo Brandt flew to Malaysia on Monday for a conference on climate.",
		not:  []string{"participant=Malaysia"},
	},
	{
		name: "the two companies are the deal's sides, not the last two firms named",
		text: "Halvor Steel Corp will buy Brenna Foods Inc for $5bn. The deal joins chains like Ostra Group and Pellow Stores. " +
			"The two companies tried to merge in 2001 but talks failed. People close to the deal said negotiations between the two companies sped up after Pellow Stores chief Ivan Petrov quit in May.",
		want: []string{"MEETING: participant=Brenna Foods Inc; participant=Halvor Steel Corp"},
		not:  []string{"MEETING: participant=Brenna Foods Inc; participant=Pellow Stores"},
	},
	{
		name: "a preposition's phrase read as a second subject belongs to the first",
		text: "Halvor Steel Corp will buy Brenna Foods Inc for $5bn. Negotiations between the two companies sped up in January.",
		want: []string{"MEETING: participant=Brenna Foods Inc; participant=Halvor Steel Corp"},
	},
	{
		name: "a country's leaders met and then named are one meeting",
		text: "Foreign Minister Tomas Reyes arrived in Kenya on Monday for talks with Kenyan leaders. He went straight from the airport to a meeting with Kenyan Foreign Minister Ana Wekesa.",
		want: []string{"MEETING/HAPPENED: participant=Ana Wekesa; participant=Tomas Reyes"},
		not:  []string{"participant=Kenya; participant=Tomas Reyes"},
	},
	{
		name: "a way from one place to a meeting is the traveller's meeting; an objection to talks is not",
		text: "Foreign Minister Tomas Reyes flew in from Oslo and drove straight from the airport to a meeting with Kenyan Foreign Minister Ana Wekesa. Premier Anton Kovac objected from the start to talks with President Lena Marsh.",
		want: []string{"MEETING/HAPPENED: participant=Ana Wekesa; participant=Tomas Reyes"},
		not:  []string{"participant=Anton Kovac"},
	},
	{
		name: "a body's executive meets as the body",
		text: "The Kestrel Union's executive was due to meet on Wednesday.",
		want: []string{"MEETING/PLANNED: participant=Kestrel Union"},
	},
	{
		name: "a participle before the talks describes them; the talks are the verb's object",
		text: "Premier Ivo Brandt is holding specially scheduled talks with President Lena Marsh on Friday.",
		want: []string{"MEETING/PLANNED: participant=Ivo Brandt; participant=Lena Marsh"},
	},
	{
		name: "a reception held for someone by a host is a meeting of guest and host",
		text: "Speaking at a reception held for him by President Lena Marsh in Oslo, Premier Anton Kovac said trade would grow.",
		want: []string{"MEETING/HAPPENED: participant=Anton Kovac; participant=Lena Marsh"},
	},
	{
		name: "talks an agreement was sealed after are between its sides",
		text: "Norway signed three energy agreements with Kenya on Monday. The agreements were sealed after talks in Oslo.",
		want: []string{"MEETING/HAPPENED: participant=Kenya; participant=Norway"},
	},
	{
		name: "talks between groups named in a list after a dash",
		text: "The agreements with Kenya were sealed after talks in Oslo between Nordic producers and Asia's biggest buyers - China, India, Japan and Vietnam.",
		want: []string{"MEETING/HAPPENED: participant=China; participant=India; participant=Japan; participant=Vietnam"},
	},
	{
		name: "a summit proposed to someone takes them in",
		text: "Premier Anton Kovac will propose to President Lena Marsh a summit with Chancellor Otto Brink.",
		want: []string{"MEETING/PLANNED: participant=Anton Kovac; participant=Lena Marsh; participant=Otto Brink"},
	},
	{
		name: "a call for talks is no meeting",
		text: "Premier Anton Kovac called for talks with President Lena Marsh. Chancellor Otto Brink pressed for a meeting with Premier Ivo Brandt on Monday.",
		not:  []string{"MEETING"},
	},
	{
		name: "talks with one side on one day and with another the next are two meetings",
		text: "Premier Anton Kovac is in Oslo this week. He held talks with President Lena Marsh on Monday and with Chancellor Otto Brink on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Anton Kovac; participant=Lena Marsh", "MEETING/HAPPENED: participant=Anton Kovac; participant=Otto Brink"},
		not:  []string{"participant=Anton Kovac; participant=Lena Marsh; participant=Otto Brink"},
	},
	{
		name: "talks with a host and no side of one's own are the visitor's",
		text: "President Lena Marsh arrived in Oslo on Monday for a three-day visit. Talks with Premier Anton Kovac centred on trade.",
		want: []string{"MEETING/HAPPENED: participant=Anton Kovac; participant=Lena Marsh"},
	},
	{
		name: "welcoming a delegation is meeting whoever leads it",
		text: "Premier Anton Kovac welcomed a delegation led by President Lena Marsh on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Anton Kovac; participant=Lena Marsh"},
	},
	{
		name: "the visitors are who the story sent on a visit",
		text: "President Lena Marsh and Foreign Minister Ivo Brandt flew to Oslo on Monday. The visitors later met Premier Anton Kovac.",
		want: []string{"MEETING: participant=Anton Kovac; participant=Ivo Brandt; participant=Lena Marsh"},
	},
}

func TestWordingThreads(t *testing.T) { runWording(t, threadCases) }
