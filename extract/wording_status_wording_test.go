package extract

import "testing"

// TestStatusWording: the status an event's own wording gives: talks that
// "had been expected" on a day and "were delayed" are planned; one who
// "declined to meet" another had no meeting; a visit "shelved" is
// cancelled.
func TestStatusWording(t *testing.T) { runShared(t, statusWordingCases) }

var statusWordingCases = []sharedCase{
	{
		name: "talks which had been expected on a day were delayed",
		text: "The talks between President Tomas Ibarra and Prime Minister Olav Strand, which had been expected on Tuesday, were delayed.",
		want: []string{"Olav Strand + Tomas Ibarra | PLANNED"},
		not:  []string{"HAPPENED"},
	},
	{
		name: "the meeting, which had been scheduled for Friday, was postponed",
		text: "The meeting between Chancellor Greta Falk and President Ruth Ayala, which had been scheduled for Friday, was postponed.",
		want: []string{"Greta Falk + Ruth Ayala | PLANNED"},
		not:  []string{"HAPPENED"},
	},
	{
		name: "talks had been due on Monday but were put off",
		text: "Talks between Minister Kofi Mensah and Minister Sara Berg had been expected on Monday but were put off.",
		want: []string{"Kofi Mensah + Sara Berg | PLANNED"},
		not:  []string{"HAPPENED"},
	},
	{
		name: "declined to meet",
		text: "Prime Minister Jan Novak declined to meet Senator Ines Barros during her visit.",
		not:  []string{"MEETING/HAPPENED", "MEETING/PLANNED"},
	},
	{
		name: "refused to meet",
		text: "President Anibal Cruz refused to meet opposition leader Jorge Salas on Monday.",
		not:  []string{"MEETING/HAPPENED", "MEETING/PLANNED"},
	},
	{
		name: "declined to hold talks with",
		text: "Chancellor Dieter Brandt has declined to hold talks with Governor Lena Voss.",
		not:  []string{"MEETING/HAPPENED", "MEETING/PLANNED"},
	},
	{
		name: "the visit was shelved",
		text: "President Ruth Ayala's visit to Peru was shelved after the floods.",
		want: []string{"VISIT: Peru + Ruth Ayala | CANCELLED"},
	},
	{
		name: "a planned trip was shelved",
		text: "Premier Joao Ferraz's planned trip to Angola has been shelved, officials said.",
		want: []string{"VISIT: Angola + Joao Ferraz | CANCELLED"},
	},
	{
		name: "they shelved the summit",
		text: "Officials shelved the summit between President Tomas Ibarra and King Harald.",
		want: []string{"Harald + Tomas Ibarra | CANCELLED"},
	},
	{
		name: "the talks were held on Tuesday",
		text: "The talks between President Tomas Ibarra and Prime Minister Olav Strand were held on Tuesday.",
		want: []string{"Olav Strand + Tomas Ibarra | HAPPENED"},
	},
	{
		name: "a plan was shelved, no visit",
		text: "The plan to build a bridge to Denmark was shelved, Minister Ann Berg said.",
		not:  []string{"VISIT", "MEETING"},
	},
	{
		name: "declined to comment",
		text: "Minister Ann Berg declined to comment on the talks.",
		not:  []string{"HAPPENED"},
	},
}
