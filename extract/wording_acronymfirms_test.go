package extract

import "testing"

// acronymFirmCases name a firm whose name opens with an acronym and then
// its trade words ("TRX Underwriting Agencies", "BMK Shipping Lines") and
// later by the acronym alone: one organisation, the acronym its alias,
// never a second entity. An acronym of another body, and an acronym that
// opens two names, stay apart.
var acronymFirmCases = []personNameCase{
	{
		name:  "an acronym and agencies, then the acronym said",
		text:  "TRX Underwriting Agencies Ltd said on Tuesday it would stop writing marine cover. TRX said losses on tanker policies had doubled.",
		facts: []string{"TRX Underwriting Agencies Ltd ~ TRX", "!ORGANIZATION TRX", "!OTHER TRX", "!GPE TRX"},
	},
	{
		name:  "an acronym and shipping lines, named again in the next sentence",
		text:  "BMK Shipping Lines will add two container ships to its Asia route next year. BMK expects cargo volumes to rise by 8 percent.",
		facts: []string{"ORGANIZATION BMK Shipping Lines", "BMK Shipping Lines ~ BMK", "!ORGANIZATION BMK", "!OTHER BMK"},
	},
	{
		name:  "an acronym and a trade, Inc, named again with a possessive",
		text:  "DVR Precision Castings Inc reported a third-quarter loss of 2.1 mln dlrs. DVR's president said orders from aircraft makers had slowed.",
		facts: []string{"DVR Precision Castings Inc ~ DVR", "!ORGANIZATION DVR", "!OTHER DVR", "!PERSON DVR"},
	},
	{
		name:  "an acronym and two trade words, Corp, named again two sentences later",
		text:  "KTL Oilfield Services Corp has won a 40 mln dlr drilling contract in the North Sea. The contract runs for three years. KTL will add 200 workers, the company said.",
		facts: []string{"KTL Oilfield Services Corp ~ KTL", "!ORGANIZATION KTL", "!OTHER KTL"},
	},
	{
		name:  "an acronym and Holdings, named again as the subject of a deal",
		text:  "PGW Insurance Holdings agreed on Friday to buy Caldera Life for 300 million euros. PGW will pay in cash.",
		facts: []string{"PGW Insurance Holdings ~ PGW", "!ORGANIZATION PGW", "!OTHER PGW"},
	},
	{
		name:  "an acronym and Bank, named again in a quote",
		text:  "SNB Merchant Bank posted record profits for 2025. \"SNB has never been stronger,\" its chief executive told reporters in Lagos.",
		facts: []string{"SNB Merchant Bank ~ SNB", "!ORGANIZATION SNB", "!OTHER SNB"},
	},
	{
		name:  "an acronym and a trade in a dateline story, named later in the past tense",
		text:  "SYDNEY, April 2 - ACM Mining Resources Ltd said it had found gold at its Kalgoorlie lease. ACM had drilled 40 holes at the site since January.",
		facts: []string{"ACM Mining Resources Ltd ~ ACM", "!ORGANIZATION ACM", "!OTHER ACM"},
	},
	{
		name:  "an acronym and a trade, Plc, named again after a comma clause",
		text:  "HJR Freight Forwarding Plc, which moves goods between Britain and Ireland, cut 300 jobs on Thursday. HJR blamed weaker trade.",
		facts: []string{"HJR Freight Forwarding Plc ~ HJR", "!ORGANIZATION HJR", "!OTHER HJR"},
	},
	{
		name:  "a plural trade word is the firm's own name, not a shared head",
		text:  "TRX Underwriting Agencies said on Tuesday it would stop writing marine cover. TRX said losses on tanker policies had doubled.",
		facts: []string{"ORGANIZATION TRX Underwriting Agencies", "TRX Underwriting Agencies ~ TRX", "!ORGANIZATION TRX Underwriting Agency", "!ORGANIZATION TRX"},
	},
	{
		name:  "a name no table types, after shares in",
		text:  "Investors sold shares in DVR Precision Castings on Monday. DVR fell 2 dlrs to 14 on the American Stock Exchange.",
		facts: []string{"ORGANIZATION DVR Precision Castings", "DVR Precision Castings ~ DVR", "!ORGANIZATION DVR", "!OTHER DVR Precision Castings"},
	},
	{
		name:  "a name no table types, named again by the acronym in the past tense",
		text:  "Workers at LMT Marine Fabrication went on strike on Tuesday. LMT had offered a pay rise of 3 percent.",
		facts: []string{"LMT Marine Fabrication ~ LMT", "!ORGANIZATION LMT", "!OTHER LMT"},
	},
	// near misses: an acronym of another body stays apart
	{
		name:  "an acronym of another body is no alias of the firm",
		text:  "TRX Underwriting Agencies Ltd said on Tuesday the IMF forecast was too gloomy. The IMF said growth would slow.",
		facts: []string{"!TRX Underwriting Agencies Ltd ~ IMF"},
	},
	{
		name:  "an acronym that opens two firms' names is the alias of neither",
		text:  "BMK Shipping Lines and BMK Property Trust are both controlled by the Larsen family. BMK said the two would not merge.",
		facts: []string{"!BMK Shipping Lines ~ BMK", "!BMK Property Trust ~ BMK"},
	},
	{
		name:  "a firm's acronym of other letters is no alias",
		text:  "DVR Precision Castings Inc said it supplies parts to GKN. GKN said the supply deal would run until 2030.",
		facts: []string{"!DVR Precision Castings Inc ~ GKN"},
	},
}

func TestAcronymFirmNames(t *testing.T) { runPersonNames(t, acronymFirmCases) }
