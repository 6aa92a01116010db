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
		text: "Marta Silva, who had lately attended the MFC ministerial meeting in Quito, told reporters fares would fall.",
		want: []string{"MEETING/HAPPENED: participant=MFC; participant=Marta Silva"},
	},
	{
		name: "a trip to a country for talks is talks with that country",
		text: "Interior Minister Marta Silva is to visit Ghana next month for talks about fisheries.",
		want: []string{"MEETING/PLANNED: participant=Ghana; participant=Marta Silva"},
	},
	{
		name: "a trip to a country for a gathering is no talks with that country",
		text: "Premier Anton Kovac will travel to Malaysia next week for a summit. Premier Ivo Brandt flew to Malaysia on Monday for a conference on climate.",
		not:  []string{"participant=Malaysia"},
	},
	{
		name: "the two companies are the deal's sides, not the last two firms named",
		text: "Corvid Mining Ltd will buy Dunmore Glass Co for $2bn. The deal joins miners like Farrow Holdings and Quill Packaging. " +
			"The two companies tried to merge in 1998 but talks failed. Bankers said negotiations between the two firms accelerated once Quill Packaging boss Lena Ortiz resigned in April.",
		want: []string{"MEETING: participant=Corvid Mining Ltd; participant=Dunmore Glass Co"},
		not:  []string{"MEETING: participant=Dunmore Glass Co; participant=Quill Packaging"},
	},
	{
		name: "a preposition's phrase read as a second subject belongs to the first",
		text: "Corvid Mining Ltd will buy Dunmore Glass Co for $2bn. Negotiations between the two firms picked up in March.",
		want: []string{"MEETING: participant=Corvid Mining Ltd; participant=Dunmore Glass Co"},
	},
	{
		name: "a country's leaders met and then named are one meeting",
		text: "Interior Minister Marta Silva arrived in Ghana on Sunday for talks with Ghanaian leaders. She went directly to a meeting with Ghanaian Interior Minister Kofi Mensah.",
		want: []string{"MEETING/HAPPENED: participant=Kofi Mensah; participant=Marta Silva"},
		not:  []string{"participant=Ghana; participant=Marta Silva"},
	},
	{
		name: "a way from one place to a meeting is the traveller's meeting; an objection to talks is not",
		text: "Interior Minister Marta Silva docked after a night at sea; she drove straight from the harbour to talks with Ghanaian Interior Minister Kofi Mensah. Governor Rosa Iturbe objected from the outset to talks with Mayor Piet Vos.",
		want: []string{"MEETING/HAPPENED: participant=Kofi Mensah; participant=Marta Silva"},
		not:  []string{"participant=Rosa Iturbe"},
	},
	{
		name: "a body's executive meets as the body",
		text: "The Falcon Dockers Federation's board is set to meet on Thursday.",
		want: []string{"MEETING/PLANNED: participant=Falcon Dockers Federation"},
	},
	{
		name: "a participle before the talks describes them; the talks are the verb's object",
		text: "Governor Rosa Iturbe is holding hastily scheduled talks with Mayor Piet Vos on Thursday.",
		want: []string{"MEETING/PLANNED: participant=Piet Vos; participant=Rosa Iturbe"},
	},
	{
		name: "a reception held for someone by a host is a meeting of guest and host",
		text: "Speaking at a banquet held for him by Governor Rosa Iturbe in Quito, Mayor Piet Vos promised more flights.",
		want: []string{"MEETING/HAPPENED: participant=Piet Vos; participant=Rosa Iturbe"},
	},
	{
		name: "talks an agreement was sealed after are between its sides",
		text: "Peru signed two fishing accords with Ghana on Friday. The accords were concluded following negotiations in Lima.",
		want: []string{"MEETING/HAPPENED: participant=Ghana; participant=Peru"},
	},
	{
		name: "talks between groups named in a list after a dash",
		text: "The fishing accords with Ghana were reached following negotiations in Lima between Andean fleets and Europe's largest importers - Spain, Portugal, France and Italy.",
		want: []string{"MEETING/HAPPENED: participant=France; participant=Italy; participant=Portugal; participant=Spain"},
	},
	{
		name: "a summit proposed to someone is only proposed",
		text: "Premier Anton Kovac will propose to President Lena Marsh a summit with Chancellor Otto Brink.",
		not:  []string{"MEETING"},
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
