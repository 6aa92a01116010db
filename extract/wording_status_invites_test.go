package extract

import "testing"

// TestStatusInvitesHolds: an event one is invited to is planned, and one
// who declines or rejects the invitation has none ("declined an
// invitation to meet X"); an event "put on hold" is postponed, still
// planned, not held.
func TestStatusInvitesHolds(t *testing.T) { runShared(t, statusInviteCases) }

var statusInviteCases = []sharedCase{
	{
		name: "accepted an invitation to meet",
		text: "President Anibal Cruz accepted an invitation to meet opposition leader Jorge Salas.",
		want: []string{"Anibal Cruz + Jorge Salas | PLANNED"},
	},
	{
		name: "accepted an invitation to visit",
		text: "Chancellor Greta Falk has accepted an invitation to visit Chile.",
		want: []string{"VISIT: Chile + Greta Falk | PLANNED"},
	},
	{
		name: "received an invitation to visit",
		text: "Premier Joao Ferraz received an invitation to visit Angola, officials said.",
		want: []string{"VISIT: Angola + Joao Ferraz | PLANNED"},
	},
	{
		name: "trip put on hold",
		text: "President Ruth Ayala's trip to Peru was put on hold.",
		want: []string{"VISIT: Peru + Ruth Ayala | PLANNED"},
		not:  []string{"HAPPENED"},
	},
	{
		name: "talks put on hold",
		text: "The talks between Minister Kofi Mensah and Minister Sara Berg have been put on hold.",
		want: []string{"Kofi Mensah + Sara Berg | PLANNED"},
		not:  []string{"HAPPENED"},
	},
	{
		name: "visit put on hold after floods",
		text: "Prime Minister Jan Novak's visit to Kenya was put on hold after the floods.",
		want: []string{"VISIT: Jan Novak + Kenya | PLANNED"},
		not:  []string{"HAPPENED"},
	},
	{
		name: "summit put on hold by officials",
		text: "Officials put the summit between President Tomas Ibarra and King Harald on hold.",
		want: []string{"Harald + Tomas Ibarra | PLANNED"},
		not:  []string{"HAPPENED"},
	},
	{
		name: "tour put on hold, plural subject",
		text: "Senator Ines Barros's tour of Asia has been put on hold.",
		want: []string{"VISIT: Asia + Ines Barros | PLANNED"},
		not:  []string{"HAPPENED"},
	},
	{
		name: "declined an invitation to meet",
		text: "President Anibal Cruz declined an invitation to meet opposition leader Jorge Salas.",
		not:  []string{"MEETING/HAPPENED", "MEETING/PLANNED"},
	},
	{
		name: "rejected an invitation to visit",
		text: "Chancellor Greta Falk has rejected an invitation to visit Chile.",
		not:  []string{"VISIT/HAPPENED", "VISIT/PLANNED"},
	},
	{
		name: "turned down an invitation to hold talks",
		text: "Governor Lena Voss refused an invitation to hold talks with Mayor Pietro Conti.",
		not:  []string{"MEETING/HAPPENED", "MEETING/PLANNED"},
	},
	{
		name: "a project put on hold",
		text: "The bridge to Denmark was put on hold, Minister Ann Berg said.",
		not:  []string{"VISIT", "MEETING"},
	},
}
