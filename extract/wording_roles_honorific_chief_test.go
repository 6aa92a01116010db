package extract

import "testing"

// roleHonorificChiefCases: a body's chief or head, with a knighthood, a
// peerage or another style between the title and the name ("Audit Office
// chief Sir Tom Bell"): the office is the body's, the style no part of
// the title.
var roleHonorificChiefCases = []officeCase{
	{
		name:  "an office's chief who is a knight",
		text:  "Audit Office chief Sir Tom Bell said on Monday the accounts were sound.",
		roles: []string{"Tom Bell: Chief of Audit Office"},
	},
	{
		name:  "a bank's chief who is a dame",
		text:  "Kestrel Bank chief Dame Ruth Ashby said the bank would cut 300 jobs by June.",
		roles: []string{"Ruth Ashby: Chief of Kestrel Bank"},
	},
	{
		name:  "a police body's chief arriving",
		text:  "Interpol chief Sir Alan Rudd arrived in Lyon on Tuesday for talks on smuggling.",
		roles: []string{"Alan Rudd: Chief of Interpol"},
	},
	{
		name:  "a three-word office's chief who will step down",
		text:  "Serious Fraud Office chief Sir Peter Lyle will step down in March, the office said.",
		roles: []string{"Peter Lyle: Chief of Serious Fraud Office"},
	},
	{
		name:  "a group's chief who is a peer",
		text:  "Harwick Group chief Lord Fenwick said on Monday the sale would go ahead.",
		roles: []string{"Lord Fenwick: Chief of Harwick Group"},
	},
	{
		name:  "a bank's possessive chief who is a knight",
		text:  "Kestrel Bank's chief Sir Tom Bell said the bank had lost 40 million pounds.",
		roles: []string{"Tom Bell: Chief of Kestrel Bank"},
	},
	{
		name:  "a chief without a style",
		text:  "Audit Office chief Mary Dunne told the committee on Wednesday that the figures were wrong.",
		roles: []string{"Mary Dunne: Chief of Audit Office"},
	},
	{
		name:  "a governor who is a knight",
		text:  "Bank of England governor Sir Edward Hale said rates would stay on hold.",
		roles: []string{"Edward Hale: Governor of Bank of England"},
	},
	{
		name:  "a minister who is a doctor",
		text:  "Health Minister Dr Anil Rao said on Tuesday that the hospitals would reopen.",
		roles: []string{"Anil Rao: Health Minister"},
	},
	{
		name:  "a nationality's minister with a Malay style",
		text:  "Malaysian Trade Minister Datuk Rafidah Ismail arrived in Tokyo on Monday.",
		roles: []string{"Rafidah Ismail: Trade Minister of Malaysia"},
	},
	// near misses
	{
		name:    "a former army chief named after a bank",
		text:    "Kestrel Bank said on Monday that Sir Tom Bell, a former army chief, would join its board.",
		noRoles: []string{"Tom Bell: Chief of Kestrel Bank"},
	},
	{
		name:    "a chief after a comma closing a bank's name",
		text:    "Harwick Group bought Kestrel Bank, chief Sir Tom Bell said.",
		noRoles: []string{"Tom Bell: Chief of Kestrel Bank", "Tom Bell: Chief of Harwick Group"},
	},
	{
		name:    "a tribal chief in a valley",
		text:    "Farmers in Kestrel Valley met the tribal chief Sir Tom Bell on Monday.",
		noRoles: []string{"Tom Bell: Chief of Kestrel Valley"},
	},
	{
		name:    "a firm that hired a navy chief",
		text:    "Tarvex hired former Navy chief Sir Tom Gill on Monday.",
		noRoles: []string{"Tom Gill: Chief of Tarvex"},
	},
}

func TestRolesHonorificChief(t *testing.T) { runTitles(t, roleHonorificChiefCases) }
