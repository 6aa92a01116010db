package extract

import "testing"

// TestGappedDays: one verb carried to a second object with a day of its
// own ("is due to meet A on Thursday and B on Friday") gives each
// meeting its own day, whatever the verb's control or tense.
func TestGappedDays(t *testing.T) { runShared(t, gappedDayCases) }

var gappedDayCases = []sharedCase{
	{
		name: "is due to meet, two weekdays",
		text: "Envoy Paul Roy is due to meet Prime Minister Olav Strand on Thursday and intelligence chief Ana Roth on Friday.",
		want: []string{"Olav Strand + Paul Roy | PLANNED | | 1999-04-15", "Ana Roth + Paul Roy | PLANNED | | 1999-04-16"},
	},
	{
		name: "is expected to meet, two dates",
		text: "Chancellor Greta Falk is expected to meet President Tomas Ibarra on May 3 and King Harald on May 5.",
		want: []string{"Greta Falk + Tomas Ibarra | PLANNED | | 1999-05-03", "Greta Falk + Harald | PLANNED | | 1999-05-05"},
	},
	{
		name: "will meet, two weekdays",
		text: "Minister Kofi Mensah will meet Premier Joao Ferraz on Thursday and Governor Lena Voss on Saturday.",
		want: []string{"Joao Ferraz + Kofi Mensah | PLANNED | | 1999-04-15", "Kofi Mensah + Lena Voss | PLANNED | | 1999-04-17"},
	},
	{
		name: "is scheduled to hold talks with, two days",
		text: "President Ruth Ayala is scheduled to hold talks with Chancellor Dieter Brandt on Monday and with Premier Joao Ferraz on Tuesday.",
		want: []string{"Dieter Brandt + Ruth Ayala | PLANNED | | 1999-04-19", "Joao Ferraz + Ruth Ayala | PLANNED | | 1999-04-20"},
	},
	{
		name: "met, two past weekdays",
		text: "Envoy Paul Roy met Prime Minister Olav Strand on Monday and intelligence chief Ana Roth on Tuesday.",
		want: []string{"Olav Strand + Paul Roy | HAPPENED | | 1999-04-12", "Ana Roth + Paul Roy | HAPPENED | | 1999-04-13"},
	},
	{
		name: "plans to meet, two dates",
		text: "Senator Ines Barros plans to meet Mayor Pietro Conti on June 1 and Governor Lena Voss on June 3.",
		want: []string{"Ines Barros + Pietro Conti | PLANNED | | 1999-06-01", "Ines Barros + Lena Voss | PLANNED | | 1999-06-03"},
	},
	{
		name: "is set to meet, a weekday and a date",
		text: "Prime Minister Jan Novak is set to meet King Harald on Friday and President Anibal Cruz on April 19.",
		want: []string{"Harald + Jan Novak | PLANNED | | 1999-04-16", "Anibal Cruz + Jan Novak | PLANNED | | 1999-04-19"},
	},
	{
		name: "is due to visit and meet, two days",
		text: "Envoy Sara Berg is due to see President Tomas Ibarra on Thursday and Premier Joao Ferraz on Friday.",
		want: []string{"Sara Berg + Tomas Ibarra | PLANNED | | 1999-04-15", "Joao Ferraz + Sara Berg | PLANNED | | 1999-04-16"},
	},
	{
		name: "a meeting and a date for something else",
		text: "Envoy Paul Roy is due to meet Prime Minister Olav Strand on Thursday and to fly home on Friday.",
		want: []string{"Olav Strand + Paul Roy | PLANNED | | 1999-04-15"},
		not:  []string{"1999-04-16"},
	},
	{
		name: "targets met on two days",
		text: "The plant is due to meet its output target on Thursday and its export quota on Friday.",
		not:  []string{"MEETING"},
	},
	{
		name: "a meeting and a vote",
		text: "Envoy Paul Roy is due to meet Prime Minister Olav Strand on Thursday, and parliament votes on Friday.",
		want: []string{"Olav Strand + Paul Roy | PLANNED | | 1999-04-15"},
		not:  []string{"1999-04-16"},
	},
}
