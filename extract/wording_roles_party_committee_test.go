package extract

import "testing"

// rolePartyCommitteeCases: a party's member of a house written after the
// name ("X, a Tory MP,"), and a committee's chairman whose party or the
// committee's kind stands between ("X, Tory chairman of the Y
// Committee,", "chairman of the all-party Y Committee"): the seat is the
// party's, the chair the committee's.
var rolePartyCommitteeCases = []officeCase{
	{
		name:  "a Tory MP after the name",
		text:  "Jack Hume, a Tory MP, said the bill would fail in the Commons.",
		roles: []string{"Jack Hume: MP of Conservative Party"},
	},
	{
		name:  "the Labour MP for a seat after the name",
		text:  "Sarah Pym, the Labour MP for Dunmore North, said the plant must stay open.",
		roles: []string{"Sarah Pym: MP of Labour Party"},
	},
	{
		name:  "a Conservative MP for a seat with no article",
		text:  "Oliver Trent, Conservative MP for Haddow, has called for an inquiry.",
		roles: []string{"Oliver Trent: MP of Conservative Party"},
	},
	{
		name:  "a Liberal Democrat MP after the name",
		text:  "Fiona Garth, a Liberal Democrat MP, said the vote had been rigged.",
		roles: []string{"Fiona Garth: MP of Liberal Democrats"},
	},
	{
		name:  "a senior Republican senator after the name",
		text:  "Dale Mercer, a senior Republican senator, said the treaty would not pass.",
		roles: []string{"Dale Mercer: Senator of Republican Party"},
	},
	{
		name:  "the chairman of an all-party committee",
		text:  "Edward Pell, chairman of the all-party Public Spending Committee, said the report was damning.",
		roles: []string{"Edward Pell: Chairman of Public Spending Committee"},
	},
	{
		name:  "a Tory chairman of a committee",
		text:  "Hugh Barrow, Tory chairman of the Transport Select Committee, said the railway had failed.",
		roles: []string{"Hugh Barrow: Chairman of Transport Select Committee"},
	},
	{
		name:  "the Labour chairman of a Commons committee",
		text:  "Edward Pell, the Labour chairman of the Commons Public Spending Committee, said the report was damning.",
		roles: []string{"Edward Pell: Chairman of Commons Public Spending Committee"},
	},
	{
		name:  "the chairman of a powerful Senate committee",
		text:  "Ray Corbin, chairman of the powerful Senate Banking Committee, said the bill would be delayed.",
		roles: []string{"Ray Corbin: Chairman of Senate Banking Committee"},
	},
	// near misses
	{
		name:    "a Labour supporter holds no seat",
		text:    "Edward Pell, a Labour supporter, said the report was damning.",
		noRoles: []string{"Edward Pell: Supporter", "Edward Pell: MP"},
	},
	{
		name:    "a Tory MP's aide is no MP",
		text:    "Jack Hume, a Tory MP's aide, said the bill would fail.",
		noRoles: []string{"Jack Hume: MP of Conservative Party"},
	},
	{
		name:    "the chairman of a new scheme is no committee's",
		text:    "Edward Pell, chairman of the new housing scheme, said the Public Spending Committee had met.",
		noRoles: []string{"Edward Pell: Chairman of Public Spending Committee"},
	},
}

func TestRolesPartyCommittee(t *testing.T) { runTitles(t, rolePartyCommitteeCases) }
