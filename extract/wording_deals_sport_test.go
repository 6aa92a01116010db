package extract

import "testing"

// dealSportCases: a player signing a contract or agreeing a deal with a
// club, a firm's sponsorship or kit deal with a club or a league, and a
// fee two clubs agree for a player are agreements of the player or firm
// and the club or league. One set to sign is planned; talks over a new
// contract or one refused make none.
var dealSportCases = []dealCase{
	{
		name: "a striker signed a three-year contract with a club",
		text: "Striker Tomas Vedran signed a three-year contract with Ashby Rovers on Tuesday.",
		want: []string{"AGREEMENT/HAPPENED: party=Ashby Rovers; party=Tomas Vedran"},
	},
	{
		name: "agreed a new deal with the club",
		text: "Goalkeeper Niall Brennock has agreed a new two-year deal with Kilmore Athletic.",
		want: []string{"AGREEMENT/HAPPENED: party=Kilmore Athletic; party=Niall Brennock"},
	},
	{
		name: "a brewer signed a sponsorship deal with a league",
		text: "Brewer Hollanby Ales signed a sponsorship deal with the Northern Premier League worth 2 million pounds.",
		want: []string{"AGREEMENT/HAPPENED: party=Hollanby Ales; party=Northern Premier League"},
	},
	{
		name: "a club agreed a kit deal with a sportswear maker",
		text: "Castellon United agreed a five-year kit deal with sportswear maker Varda Sport on Friday.",
		want: []string{"AGREEMENT/HAPPENED: party=Castellon United; party=Varda Sport"},
	},
	{
		name: "two clubs agreed a fee for a player",
		text: "Ashby Rovers agreed a fee with Dunmore City for midfielder Kofi Asante, the club said.",
		want: []string{"AGREEMENT/HAPPENED: party=Ashby Rovers; party=Dunmore City"},
	},
	{
		name: "a defender signed a new contract with the club, until a year",
		text: "Defender Pavel Hruska signed a new contract with Slavonia Brno that runs until 2027.",
		want: []string{"AGREEMENT/HAPPENED: party=Pavel Hruska; party=Slavonia Brno"},
	},
	{
		name: "a player agreed terms with a club",
		text: "Brazilian forward Renato Lacerda has agreed terms with Portside Wanderers, the club announced.",
		want: []string{"AGREEMENT/HAPPENED: party=Portside Wanderers; party=Renato Lacerda"},
	},
	{
		name: "a bank renewed its sponsorship deal with a team",
		text: "Meridian Bank renewed its shirt sponsorship deal with Harbour City Rangers for three more seasons.",
		want: []string{"AGREEMENT/HAPPENED: party=Harbour City Rangers; party=Meridian Bank"},
	},
	{
		name: "a telecom signed a kit sponsorship deal with a rugby union",
		text: "Irish telecoms firm Corrib Mobile signed a four-year sponsorship deal with the Connacht Rugby Union in 2019.",
		want: []string{"AGREEMENT/HAPPENED: party=Connacht Rugby Union; party=Corrib Mobile"},
	},
	{
		name: "a coach signed a one-year extension with the club",
		text: "Coach Ines Albrecht signed a one-year contract extension with Rheinfeld SV on Wednesday.",
		want: []string{"AGREEMENT/HAPPENED: party=Ines Albrecht; party=Rheinfeld SV"},
	},
	{
		name: "is set to sign a contract, planned",
		text: "Winger Dario Montesi is set to sign a four-year contract with Ashby Rovers next week.",
		want: []string{"AGREEMENT/PLANNED: party=Ashby Rovers; party=Dario Montesi"},
	},
	{
		name: "will sign a sponsorship deal, planned",
		text: "Carmody Motors will sign a sponsorship deal with the Western Hockey League on Monday.",
		want: []string{"AGREEMENT/PLANNED: party=Carmody Motors; party=Western Hockey League"},
	},
	{
		name: "signed a new deal at the club",
		text: "Tomas Vedran signed a new three-year deal at Ashby Rovers on Monday.",
		want: []string{"AGREEMENT/HAPPENED: party=Ashby Rovers; party=Tomas Vedran"},
	},
	{
		name: "extended his contract at the club",
		text: "Icelandic midfielder Gunnar Thorvaldsson has extended his contract at Ostmark Kiel until 2028.",
		want: []string{"AGREEMENT/HAPPENED: party=Gunnar Thorvaldsson; party=Ostmark Kiel"},
	},
	{
		name: "a new contract to stay at the club",
		text: "Captain Rhys Pemberton signed a new contract to stay at Glanmor Town, the Welsh club said.",
		want: []string{"AGREEMENT/HAPPENED: party=Glanmor Town; party=Rhys Pemberton"},
	},
	{
		name: "a club tied a player to a new contract",
		text: "Ashby Rovers tied Tomas Vedran to a new four-year contract on Thursday.",
		want: []string{"AGREEMENT/HAPPENED: party=Ashby Rovers; party=Tomas Vedran"},
	},
	{
		name: "a player was tied to a new deal by the club, passive",
		text: "Goalkeeper Niall Brennock has been tied to a new deal by Kilmore Athletic.",
		want: []string{"AGREEMENT/HAPPENED: party=Kilmore Athletic; party=Niall Brennock"},
	},
	{
		name: "the signing of a player from a town's club is no meeting",
		text: "Ashby Rovers completed the signing of Tomas Vedran from Dunmore City.",
		want: []string{"AGREEMENT/HAPPENED: party=Ashby Rovers; party=Dunmore City; party=Tomas Vedran"},
		not:  []string{"MEETING"},
	},
	// no agreement yet
	{
		name: "talks over a new contract",
		text: "Striker Tomas Vedran is in talks over a new contract with Ashby Rovers.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "rejected a new contract",
		text: "Goalkeeper Niall Brennock rejected a new contract offered by Kilmore Athletic.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a club hopes to agree a fee",
		text: "Ashby Rovers hope to agree a fee with Dunmore City for midfielder Kofi Asante.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a deal signed at a ministry is signed there",
		text: "Foreign Minister Ana Ruiz signed the deal at the Foreign Ministry in Lima.",
		not:  []string{"Foreign Ministry"},
	},
	{
		name: "a club linked with a move for a player",
		text: "Ashby Rovers have been linked with a move for Dunmore City striker Tomas Vedran.",
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a player scored for a club",
		text: "Striker Tomas Vedran scored twice as Ashby Rovers beat Dunmore City 3-1.",
		not:  []string{"AGREEMENT"},
	},
}

func TestDealSport(t *testing.T) { runDeals(t, dealSportCases) }
