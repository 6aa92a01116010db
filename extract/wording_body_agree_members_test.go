package extract

import "testing"

// bodyMembersAgreeCases tell a body's ministers or governors meeting and
// agreeing as the body ("the X farm ministers agreed on price cuts", "oil
// ministers of X reached agreement on quotas"): a meeting of the body and,
// when they agree, an agreement whose party is the body; ministers who
// failed to agree met and made none. Someone agreeing with a view, or
// ministers who may consider a step, make no event.
var bodyMembersAgreeCases = []wordingCase{
	{
		name: "a union's farm ministers agreed early today on price cuts",
		text: "Nordic Grain Union farm ministers agreed early today on a package of price cuts for cereals.",
		want: []string{"MEETING/HAPPENED: participant=Nordic Grain Union", "AGREEMENT/HAPPENED: party=Nordic Grain Union"},
	},
	{
		name: "oil ministers of an organisation reached agreement at their meeting in a capital",
		text: "Oil ministers of the Caspian Petroleum Exporters Organization reached agreement on output quotas at their meeting in the Azeri capital.",
		want: []string{"MEETING/HAPPENED: participant=Caspian Petroleum Exporters Organization", "AGREEMENT/HAPPENED: party=Caspian Petroleum Exporters Organization"},
	},
	{
		name: "finance ministers of a group agreed to do something",
		text: "Finance ministers of the Pacific Monetary Council agreed on Saturday to coordinate cuts in interest rates.",
		want: []string{"MEETING/HAPPENED: participant=Pacific Monetary Council", "AGREEMENT/HAPPENED: party=Pacific Monetary Council"},
	},
	{
		name: "a customs union's finance ministers agreed last night to raise a tariff",
		text: "Southern Savanna Customs Union finance ministers agreed last night to raise the common external tariff.",
		want: []string{"MEETING/HAPPENED: participant=Southern Savanna Customs Union", "AGREEMENT/HAPPENED: party=Southern Savanna Customs Union"},
	},
	{
		name: "agriculture ministers of a community agreed a freeze after talks in a city",
		text: "Agriculture ministers of the Alpine Dairy Community agreed a freeze on milk prices after two days of talks in Bern.",
		want: []string{"MEETING/HAPPENED: participant=Alpine Dairy Community", "AGREEMENT/HAPPENED: party=Alpine Dairy Community"},
	},
	{
		name: "central bank governors of a council agreed to hold rates",
		text: "Central bank governors of the Baltic Monetary Council agreed on Friday to hold interest rates steady.",
		want: []string{"MEETING/HAPPENED: participant=Baltic Monetary Council", "AGREEMENT/HAPPENED: party=Baltic Monetary Council"},
	},
	{
		name: "trade ministers failed to agree at talks in a city",
		text: "Trade ministers of the Coral Sea Trade Council failed to agree on tariff cuts at talks in Manila on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Coral Sea Trade Council"},
		not:  []string{"AGREEMENT"},
	},
	{
		name: "the ministers failed to agree and will meet again",
		text: "The ministers of the West African Cotton Union failed to agree on a new export quota on Monday.",
		want: []string{"MEETING/HAPPENED: participant=West African Cotton Union"},
		not:  []string{"AGREEMENT"},
	},
	{
		name: "energy ministers of a forum reached a deal on prices",
		text: "Energy ministers of the Andean Gas Forum reached a deal on export prices in Lima late on Thursday.",
		want: []string{"MEETING/HAPPENED: participant=Andean Gas Forum", "AGREEMENT/HAPPENED: party=Andean Gas Forum"},
	},
	{
		name: "a union's own finance ministers, told by the possessive",
		text: "The Caribbean Sugar Union's finance ministers agreed on Monday to cut export quotas.",
		want: []string{"MEETING/HAPPENED: participant=Caribbean Sugar Union", "AGREEMENT/HAPPENED: party=Caribbean Sugar Union"},
	},
	{
		name: "delegates of an organisation failed to reach agreement",
		text: "Delegates of the International Jute Organization failed to reach agreement on a price band in Dhaka.",
		want: []string{"MEETING/HAPPENED: participant=International Jute Organization"},
		not:  []string{"AGREEMENT"},
	},
	{
		name: "ministers agreeing that a thing is so make no event",
		text: "Ministers of the Coral Sea Trade Council agreed that prices were too low.",
		not:  []string{"MEETING", "AGREEMENT"},
	},
	{
		name: "one bank's governors agreeing is no meeting or agreement of a body",
		text: "The Bank of Eldoria governors agreed to raise rates.",
		not:  []string{"MEETING", "AGREEMENT"},
	},
	{
		name: "a trade union's leaders agreeing decide for it, at no meeting of a body",
		text: "Transport Workers Union leaders agreed on Friday to end the strike.",
		not:  []string{"MEETING", "AGREEMENT"},
	},
	{
		name: "ministers who agreed to meet again met, in no place the next meeting is",
		text: "Finance ministers of the Pacific Monetary Council agreed to meet again in Suva in June.",
		want: []string{"MEETING/HAPPENED: participant=Pacific Monetary Council", "MEETING/PLANNED: participant=Pacific Monetary Council"},
	},
	{
		name: "oil ministers of an organisation struck a deal in a city",
		text: "Oil ministers of the Caspian Petroleum Exporters Organization struck a deal on output quotas in Baku.",
		want: []string{"MEETING/HAPPENED: participant=Caspian Petroleum Exporters Organization", "AGREEMENT/HAPPENED: party=Caspian Petroleum Exporters Organization"},
	},
	{
		name: "ministers who could not agree met",
		text: "Nordic Grain Union farm ministers could not agree on price cuts at their meeting on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Nordic Grain Union"},
		not:  []string{"AGREEMENT"},
	},
	{
		name: "a group's finance ministers, the group's name of several words before them",
		text: "The Group of Nine finance ministers agreed on Sunday to stabilise exchange rates.",
		want: []string{"MEETING/HAPPENED: participant=Group of Nine", "AGREEMENT/HAPPENED: party=Group of Nine"},
	},
	{
		name: "finance ministers from a group agreed in a city",
		text: "Finance ministers from the Group of Nine agreed in Paris to stabilise exchange rates.",
		want: []string{"MEETING/HAPPENED: participant=Group of Nine", "AGREEMENT/HAPPENED: party=Group of Nine"},
	},
	{
		name: "economists who agree about a body make no event",
		text: "Most economists agree that the Caspian Petroleum Exporters Organisation will cut output next year.",
		not:  []string{"MEETING", "AGREEMENT"},
	},
	{
		name: "ministers who may consider cuts make no event",
		text: "Nordic Grain Union farm ministers may consider price cuts next year, a diplomat said.",
		not:  []string{"MEETING", "AGREEMENT"},
	},
	{
		name: "analysts agreeing that ministers face a task make no event",
		text: "Analysts agreed that Pacific Monetary Council finance ministers face a hard task.",
		not:  []string{"MEETING", "AGREEMENT"},
	},
}

func TestWordingBodyMembersAgree(t *testing.T) { runWording(t, bodyMembersAgreeCases) }
