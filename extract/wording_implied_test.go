package extract

import "testing"

// jointActCases are invented sentences in which two or more named people
// act together (sign, issue or adopt one text, unveil one plan, share a
// meal one of them gives): they met; a text they signed together is also
// an agreement between them. Statements issued apart, a text one signs
// alone, a phone call and a dinner with no named guest make none.
var jointActCases = []wordingCase{
	{
		name: "two leaders sign a joint statement",
		text: "President Lena Hoff and Prime Minister Tomas Varga signed a joint statement in Vienna on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Lena Hoff; participant=Tomas Varga", "AGREEMENT/HAPPENED: signatory=Lena Hoff; signatory=Tomas Varga"},
	},
	{
		name: "two presidents issue a joint communique",
		text: "Kenyan President Daniel Mwangi and Ugandan President Grace Okello issued a joint communique on Friday calling for calm in the border region.",
		want: []string{"MEETING/HAPPENED: participant=Daniel Mwangi; participant=Grace Okello"},
	},
	{
		name: "a minister and the counterpart set off by apposition adopt a joint declaration",
		text: "Chilean Foreign Minister Andres Soto and his Peruvian counterpart Lucia Paredes adopted a joint declaration on fisheries in Lima on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Andres Soto; participant=Lucia Paredes"},
	},
	{
		name: "a plan unveiled together at a news conference",
		text: "Premier Hana Sato and Chancellor Erik Lund unveiled a plan together at a news conference in Oslo on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Erik Lund; participant=Hana Sato"},
	},
	{
		name: "a joint declaration to be signed is a meeting planned",
		text: "President Amir Khalil and King Farid Nasser will sign a joint declaration in Amman next week.",
		want: []string{"MEETING/PLANNED: participant=Amir Khalil; participant=Farid Nasser"},
	},
	{
		name: "a joint statement released by two ministers",
		text: "Vietnamese Prime Minister Tran Van Long and Thai Premier Somchai Rattana released a joint statement on the Mekong after their talks ended.",
		want: []string{"MEETING/HAPPENED: participant=Somchai Rattana; participant=Tran Van Long"},
	},
	{
		name: "a dinner hosted for a named guest",
		text: "Governor Paul Brandt hosted a dinner for Japanese Ambassador Kenji Mori on Thursday.",
		want: []string{"MEETING/HAPPENED: participant=Kenji Mori; participant=Paul Brandt"},
	},
	{
		name: "a guest speaking at a dinner another hosted",
		text: "At a dinner hosted by Prime Minister Sofia Laine, Indian Finance Minister Arjun Mehta told reporters that trade talks were on track.",
		want: []string{"MEETING/HAPPENED: participant=Arjun Mehta; participant=Sofia Laine"},
	},
	{
		name: "two ministers join their president for a working dinner",
		text: "Foreign Minister Nadia Haddad and Defence Minister Omar Saleh joined President Karim Aziz for a working dinner on Tuesday.",
		want: []string{"MEETING/HAPPENED: participant=Karim Aziz; participant=Nadia Haddad; participant=Omar Saleh"},
	},
	{
		name: "one leader the guest of another at a lunch",
		text: "Brazilian President Rafael Costa was Prime Minister Jonas Dahl's guest at a lunch in Copenhagen on Sunday.",
		want: []string{"MEETING/HAPPENED: participant=Jonas Dahl; participant=Rafael Costa"},
	},
	{
		name: "a reception hosted for a visiting minister",
		text: "Mayor Ines Ortega hosted a reception for visiting Korean Trade Minister Park Min-jun at City Hall.",
		want: []string{"MEETING/HAPPENED: participant=Ines Ortega; participant=Park Min-jun"},
	},
	{
		name: "a joint declaration told as issued by two",
		text: "A joint declaration issued by President Omar Bashir and Chancellor Greta Lang on Friday called for new elections.",
		want: []string{"MEETING/HAPPENED: participant=Greta Lang; participant=Omar Bashir"},
	},
	{
		name: "a joint statement opening the clause of its two signers",
		text: "In a joint statement released on Tuesday, Foreign Ministers Ali Reza and Hans Berger pledged to reopen embassies.",
		want: []string{"MEETING/HAPPENED: participant=Ali Reza; participant=Hans Berger"},
	},
	{
		name: "statements made apart in one clause make no meeting",
		text: "In separate statements, Foreign Minister Ali Reza and Chancellor Hans Berger condemned the attack.",
		not:  []string{"MEETING"},
	},
	{
		name: "statements issued by each side apart make no meeting",
		text: "President Lena Hoff and Prime Minister Tomas Varga issued separate statements condemning the attack.",
		not:  []string{"MEETING", "AGREEMENT"},
	},
	{
		name: "a law signed by one leader makes no meeting",
		text: "President Lena Hoff signed the bill into law on Monday.",
		not:  []string{"MEETING", "AGREEMENT"},
	},
	{
		name: "a joint statement after a phone call makes no meeting",
		text: "President Lena Hoff and Prime Minister Tomas Varga spoke by phone on Monday and later issued a joint statement.",
		not:  []string{"MEETING"},
	},
	{
		name: "a dinner with no named guest makes no meeting",
		text: "Governor Paul Brandt hosted a dinner on Thursday to raise funds for the hospital.",
		not:  []string{"MEETING"},
	},
	{
		name: "two countries that each issue a statement do not meet",
		text: "Kenya and Uganda each issued a statement calling for calm.",
		not:  []string{"MEETING"},
	},
}

func TestWordingJointActs(t *testing.T) { runWording(t, jointActCases) }

// receivedCases are invented sentences that tell a visit by its welcome:
// one welcomed to, received at or greeted at a place for talks went
// there, and met the host the sentence names or the office-holder the
// story named for that place.
var receivedCases = []wordingCase{
	{
		name: "welcomed to a capital by a named host for talks",
		text: "Philippine Foreign Minister Ramon Cruz was welcomed to Jakarta by Indonesian Foreign Minister Sari Wulandari for talks on maritime security.",
		want: []string{"VISIT/HAPPENED: destination=Jakarta; visitor=Ramon Cruz", "MEETING/HAPPENED: participant=Ramon Cruz; participant=Sari Wulandari"},
	},
	{
		name: "received at a palace in a capital by its president",
		text: "Ethiopian Prime Minister Dawit Bekele was received at the presidential palace in Paris by President Claire Morel on Tuesday for talks.",
		want: []string{"VISIT/HAPPENED: destination=Paris; visitor=Dawit Bekele", "MEETING/HAPPENED: participant=Claire Morel; participant=Dawit Bekele"},
	},
	{
		name: "greeted at a city's airport ahead of a meeting",
		text: "Polish President Marek Nowak was greeted at Vilnius airport by Lithuanian President Rasa Kazlauskas ahead of a meeting on regional defence.",
		want: []string{"VISIT: destination=Vilnius; visitor=Marek Nowak", "MEETING: participant=Marek Nowak; participant=Rasa Kazlauskas"},
	},
	{
		name: "to be received in a capital for talks with its president",
		text: "Canadian Prime Minister Luc Tremblay will be received in Mexico City on Thursday for talks with President Ana Herrera.",
		want: []string{"VISIT/PLANNED: destination=Mexico City; visitor=Luc Tremblay", "MEETING/PLANNED: participant=Ana Herrera; participant=Luc Tremblay"},
	},
	{
		name: "received in a capital whose president the story named before",
		text: "Egyptian President Hassan Fawzi has pressed for a ceasefire. Sudanese Prime Minister Adil Osman was received in Cairo on Monday for talks on the crisis.",
		want: []string{"VISIT/HAPPENED: destination=Cairo; visitor=Adil Osman", "MEETING/HAPPENED: participant=Adil Osman; participant=Hassan Fawzi"},
	},
	{
		name: "welcomed in a capital by a named host for a meeting",
		text: "Japanese Trade Minister Aiko Tanaka was welcomed in Canberra on Tuesday by Australian Trade Minister Liam Walsh for a meeting on critical minerals.",
		want: []string{"VISIT/HAPPENED: destination=Canberra; visitor=Aiko Tanaka", "MEETING/HAPPENED: participant=Aiko Tanaka; participant=Liam Walsh"},
	},
	{
		name: "to be welcomed to a capital next week for talks",
		text: "Greek Foreign Minister Nikos Pappas is to be welcomed to Ankara next week for talks with his Turkish counterpart Emre Yilmaz.",
		want: []string{"VISIT/PLANNED: destination=Ankara; visitor=Nikos Pappas", "MEETING/PLANNED: participant=Emre Yilmaz; participant=Nikos Pappas"},
	},
	{
		name: "welcomed to a capital for talks, no host named",
		text: "Chilean President Marta Rojas was welcomed to Buenos Aires on Tuesday for talks on lithium.",
		want: []string{"VISIT/HAPPENED: destination=Buenos Aires; visitor=Marta Rojas"},
	},
	{
		name: "greeted at the airport of a capital by its leader, wire style",
		text: "HANOI, April 12 (Reuters) - Malaysian Prime Minister Aziz Rahman was greeted at Noi Bai airport in Hanoi by Vietnamese President Le Van Minh on Monday for a two-day round of talks.",
		want: []string{"VISIT/HAPPENED: destination=Hanoi; visitor=Aziz Rahman", "MEETING/HAPPENED: participant=Aziz Rahman; participant=Le Van Minh"},
	},
	{
		name: "a fronted participle of welcome with its host",
		text: "Welcomed at the airport by Peruvian President Carlos Vega, Chilean President Marta Rojas began a three-day state visit to Lima on Monday.",
		want: []string{"VISIT/HAPPENED: destination=Lima; visitor=Marta Rojas", "MEETING/HAPPENED: participant=Carlos Vega; participant=Marta Rojas"},
	},
	{
		name: "a fronted capitalised \"met\" with its host",
		text: "Met in Oslo by Foreign Minister Ingrid Dahl, Estonian President Kaja Tamm laid a wreath at the war memorial.",
		want: []string{"VISIT/HAPPENED: destination=Oslo; visitor=Kaja Tamm", "MEETING/HAPPENED: participant=Ingrid Dahl; participant=Kaja Tamm"},
	},
	{
		name: "a host who will welcome a guest for a state visit does not travel",
		text: "The palace said French President Claire Morel would welcome Ghanaian President Kofi Mensah for a state visit on June 12.",
		want: []string{"VISIT/PLANNED: destination=France; visitor=Kofi Mensah", "MEETING/PLANNED: participant=Claire Morel; participant=Kofi Mensah"},
		not:  []string{"visitor=Claire Morel"},
	},
	{
		name: "a country that will host a guest for a visit is visited",
		text: "Norway will host Chilean President Marta Rojas for an official visit in May.",
		want: []string{"VISIT/PLANNED: destination=Norway; visitor=Marta Rojas"},
		not:  []string{"destination=Chile"},
	},
	{
		name: "greeted with protests is no visit told",
		text: "Chilean President Marta Rojas was greeted with protests in Buenos Aires.",
		not:  []string{"VISIT", "MEETING"},
	},
	{
		name: "a proposal welcomed in a capital is no visit",
		text: "The proposal was welcomed in Buenos Aires by President Ana Herrera.",
		not:  []string{"VISIT", "MEETING"},
	},
	{
		name: "welcoming talks is no visit",
		text: "President Ana Herrera welcomed the talks in Mexico City.",
		not:  []string{"VISIT"},
	},
	{
		name: "a phone call received is no meeting",
		text: "Chilean President Marta Rojas received a phone call from President Ana Herrera on lithium.",
		not:  []string{"VISIT", "MEETING"},
	},
}

func TestWordingReceived(t *testing.T) { runWording(t, receivedCases) }

// meetingAbroadCases are invented sentences in which a person the story
// ties to one country meets in another country's city or tours a works
// there: they visited it, and those said to go with them visited it too.
var meetingAbroadCases = []wordingCase{
	{
		name: "said after meeting the counterpart in a foreign capital",
		text: "Philippine Foreign Minister Ramon Cruz said after meeting his counterpart in Hanoi that the two sides would expand patrols.",
		want: []string{"VISIT/HAPPENED: destination=Hanoi; visitor=Ramon Cruz"},
	},
	{
		name: "a possessive country's minister holds talks in a foreign capital",
		text: "Kenya's trade minister, Peter Otieno, held talks in Kigali with Rwandan officials on Monday.",
		want: []string{"VISIT/HAPPENED: destination=Kigali; visitor=Peter Otieno"},
	},
	{
		name: "talks in a foreign capital opening a participle clause",
		text: "Speaking after talks in Seoul with President Kim Do-hyun, Vietnamese Prime Minister Tran Van Long said trade would double.",
		want: []string{"VISIT/HAPPENED: destination=Seoul; visitor=Tran Van Long"},
	},

	{
		name: "a listed pair accompanying an arrival",
		text: "Indian Prime Minister Vikram Rao arrived in Tokyo on Monday, accompanied by Commerce Minister Anil Kapoor and Foreign Secretary Meera Iyer.",
		want: []string{"VISIT/HAPPENED: destination=Tokyo; visitor=Anil Kapoor", "VISIT/HAPPENED: destination=Tokyo; visitor=Meera Iyer"},
	},
	{
		name: "a delegation's leader touring with the head of state",
		text: "Brazilian President Rafael Costa, with a delegation led by Agriculture Minister Tiago Lima, toured a soybean terminal in Rotterdam.",
		want: []string{"VISIT/HAPPENED: destination=Rotterdam; visitor=Tiago Lima"},
	},
	{
		name: "one together with a minister tours a port",
		text: "Egyptian President Hassan Fawzi, together with Foreign Minister Samir Adel, toured a port in Piraeus on Monday.",
		want: []string{"VISIT/HAPPENED: destination=Piraeus; visitor=Hassan Fawzi", "VISIT/HAPPENED: destination=Piraeus; visitor=Samir Adel"},
	},

	{
		name: "a company's mine inspected in a foreign town",
		text: "Australian Resources Minister Liam Walsh inspected the company's copper mine in Antofagasta on Thursday.",
		want: []string{"VISIT/HAPPENED: destination=Antofagasta; visitor=Liam Walsh"},
	},
	{
		name: "a firm's plant toured in a foreign city",
		text: "Swedish Trade Minister Karin Berg toured the Volta Motors plant in Pune on Friday.",
		want: []string{"VISIT/HAPPENED: destination=Pune; visitor=Karin Berg"},
	},

	{
		name: "talks planned abroad take the traveller there",
		text: "Turkish Foreign Minister Emre Yilmaz will hold talks in Athens next week with Greek Prime Minister Nikos Pappas.",
		want: []string{"VISIT/PLANNED: destination=Athens; visitor=Emre Yilmaz"},
		not:  []string{"visitor=Nikos Pappas"},
	},
	{
		name: "a companion of one present abroad",
		text: "Danish Prime Minister Lars Holm is in Nairobi this week, accompanied by Trade Minister Eva Berg.",
		want: []string{"VISIT/HAPPENED: destination=Nairobi; visitor=Eva Berg"},
	},
	{
		name: "a companion of one who meets abroad",
		text: "Philippine Foreign Minister Ramon Cruz, accompanied by Defence Secretary Jose Lim, met Vietnamese Prime Minister Le Van Minh in Hanoi on Tuesday.",
		want: []string{"VISIT/HAPPENED: destination=Hanoi; visitor=Jose Lim"},
		not:  []string{"visitor=Le Van Minh"},
	},
	{
		name: "a companion of the host at home does not visit",
		text: "Vietnamese Prime Minister Le Van Minh, accompanied by Defence Minister Tran Hung, met Philippine Foreign Minister Ramon Cruz in Hanoi on Tuesday.",
		not:  []string{"visitor=Tran Hung", "visitor=Le Van Minh"},
	},
	{
		name: "a fronted participle of going along",
		text: "Accompanied by Trade Minister Pablo Gil, Spanish Prime Minister Ana Ruiz toured a car plant in Shanghai on Friday.",
		want: []string{"VISIT/HAPPENED: destination=Shanghai; visitor=Pablo Gil"},
	},
	{
		name: "a with-phrase hung on the works toured",
		text: "Kenyan President Daniel Mwangi toured a vaccine plant in Beijing with Health Minister Joy Kamau.",
		want: []string{"VISIT: destination=Beijing; visitor=Joy Kamau"},
	},
	{
		name: "one who lives in the city where the meeting is does not visit it",
		text: "London-based Kenyan economist Peter Otieno met investors in London on Monday.",
		not:  []string{"VISIT"},
	},
	{
		name: "an ambassador meeting where posted is at work, not visiting",
		text: "Kenya's ambassador to Belgium, Grace Njeri, met Belgian Foreign Minister Luc Peeters in Brussels on Monday.",
		want: []string{"MEETING/HAPPENED: participant=Grace Njeri; participant=Luc Peeters"},
		not:  []string{"VISIT"},
	},
	{
		name: "a video call with people abroad is no visit",
		text: "Swedish Trade Minister Karin Berg held a video call with officials in Pune.",
		not:  []string{"VISIT", "MEETING"},
	},
	{
		name: "a phone call to a counterpart abroad is no visit",
		text: "Philippine Foreign Minister Ramon Cruz spoke by phone with his counterpart in Hanoi.",
		not:  []string{"VISIT", "MEETING"},
	},
	{
		name: "a host at home is no visitor",
		text: "Greek Prime Minister Nikos Pappas held talks in Athens with Turkish Foreign Minister Emre Yilmaz on Monday.",
		want: []string{"VISIT/HAPPENED: destination=Athens; visitor=Emre Yilmaz"},
		not:  []string{"visitor=Nikos Pappas"},
	},
}

func TestWordingMeetingAbroad(t *testing.T) { runWording(t, meetingAbroadCases) }
