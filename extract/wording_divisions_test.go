package extract

import "testing"

// divisionCases name a firm's division by the firm, its trade and
// "Division" ("the Acme Industrial Products Division", "IBM General
// Products Division"): one ORGANIZATION, never a general called
// "Products Division". Generals with surnames, a football division and
// an army's division stay as they were.
var divisionCases = []personNameCase{
	{
		name:  "an acronym's general products division",
		text:  "Drives\n\nIBM General Products Division in San Jose makes disk drives.",
		facts: []string{"ORGANIZATION IBM General Products Division", "!PERSON Products Division", "GPE San Jose"},
	},
	{
		name:  "a firm's industrial products division",
		text:  "Jobs\n\nThe Acme Industrial Products Division said it would cut 300 jobs.",
		facts: []string{"ORGANIZATION Acme Industrial Products Division", "!ORGANIZATION Products Division"},
	},
	{
		name:  "a general electronics division",
		text:  "Sale\n\nKestrel General Electronics Division was sold to a rival last month.",
		facts: []string{"ORGANIZATION Kestrel General Electronics Division", "!PERSON Electronics Division"},
	},
	{
		name:  "a consumer products division read as a person",
		text:  "Sales\n\nA spokesman for Harlan Consumer Products Division said sales rose.",
		facts: []string{"ORGANIZATION Harlan Consumer Products Division", "!PERSON Harlan Consumer Products Division"},
	},
	{
		name:  "a firm named for its trade after General",
		text:  "Orders\n\nShares of General Dynamics rose after orders grew in the quarter.",
		facts: []string{"!PERSON Dynamics", "!PERSON General Dynamics"},
	},
	{
		name:  "a general products division opening the sentence with its chief",
		text:  "Resignation\n\nGeneral Products Division chief Tom Hale quit on Friday.",
		facts: []string{"!PERSON Products Division", "PERSON Tom Hale"},
	},
	{
		name:  "a general services unit",
		text:  "Contract\n\nThe contract went to Velmora General Services Unit last year.",
		facts: []string{"!PERSON Services Unit"},
	},
	{
		name:  "a specialty chemicals division",
		text:  "Strike\n\nWorkers at the Velmora Specialty Chemicals Division went on strike.",
		facts: []string{"ORGANIZATION Velmora Specialty Chemicals Division"},
	},
	// negatives
	{
		name:  "a general with a surname that is a trade's word",
		text:  "Troops\n\nGeneral John Mills said the troops would leave.",
		facts: []string{"PERSON John Mills"},
	},
	{
		name:  "a lieutenant general",
		text:  "Command\n\nLieutenant General Peter Dynamics commanded the unit.",
		facts: []string{"PERSON Peter Dynamics"},
	},
	{
		name:  "a general of two names",
		text:  "Army\n\nGeneral Tom Hale said the army was ready.",
		facts: []string{"PERSON Tom Hale"},
	},
}

func TestDivisions(t *testing.T) { runPersonNames(t, divisionCases) }
