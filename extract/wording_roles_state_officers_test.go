package extract

import "testing"

// roleStateOfficerCases: the officers of a state's audits, laws and
// schools written as a title before the name ("Deputy Comptroller X",
// "State Prosecutor Y", "Superintendent Z") are offices, kept whole,
// and no part of the name.
var roleStateOfficerCases = []officeCase{
	{
		name:  "a deputy comptroller who testified",
		text:  "Deputy Comptroller Amy Hartwell testified before the panel on Tuesday.",
		roles: []string{"Amy Hartwell: Deputy Comptroller"},
	},
	{
		name:  "a state prosecutor who will charge",
		text:  "State Prosecutor Luis Ferreiro said charges would be filed within a week.",
		roles: []string{"Luis Ferreiro: State Prosecutor"},
	},
	{
		name:  "a chief inspector who led an inquiry",
		text:  "Chief Inspector Tom Barrowby led the inquiry into the crash.",
		roles: []string{"Tom Barrowby: Chief Inspector"},
	},
	{
		name:  "an ombudsman in commas",
		text:  "The Ombudsman, Sara Lindgren, criticised the ministry on Monday.",
		roles: []string{"Sara Lindgren: Ombudsman"},
	},
	{
		name:  "a schools superintendent",
		text:  "Superintendent Helen Marshall said the school would reopen on Monday.",
		roles: []string{"Helen Marshall: Superintendent"},
	},
	{
		name:  "a prosecutor asking for a sentence",
		text:  "Prosecutor Anna Vogtmann asked for a five-year sentence.",
		roles: []string{"Anna Vogtmann: Prosecutor"},
	},
	{
		name:  "a registrar of companies",
		text:  "Registrar Paul Okonjo struck the firm off the list on Friday.",
		roles: []string{"Paul Okonjo: Registrar"},
	},
	{
		name:  "an auditor-general's report",
		text:  "Auditor-General Ruth Kamau said the ministry could not account for the money.",
		roles: []string{"Ruth Kamau: Auditor-General"},
	},
	// near misses
	{
		name:    "prosecutors who said a person lied",
		text:    "Prosecutors said Anna Vogtmann lied to the court.",
		noRoles: []string{"Anna Vogtmann: Prosecutor"},
	},
	{
		name:    "the ombudsman's report on a person",
		text:    "The ombudsman's report blamed Sara Lindgren for the delay.",
		noRoles: []string{"Sara Lindgren: Ombudsman"},
	},
	{
		name:    "an inspector's report before a name as its object",
		text:    "The inspectors met Tom Barrowby on Monday.",
		noRoles: []string{"Tom Barrowby: Inspector"},
	},
}

func TestRolesStateOfficers(t *testing.T) { runTitles(t, roleStateOfficerCases) }
