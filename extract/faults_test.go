package extract

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// A place inside a compound word ("Norway-Chile") is a mention without
// tokens of its own; the rules that look back for "the two countries" must
// pass over it rather than index the tokens before it.
func TestCompoundPlacesBeforePairReference(t *testing.T) {
	x := extractor(t)
	for _, text := range []string{
		"Solberg and Boric agree yearly Norway-Chile summits\nThe two countries will also hold talks on fisheries next year.",
		"Kenya-Uganda rail talks resume\nThe two countries signed a memorandum on the line in Kampala on Monday.",
		"Officials said the Peru-Bolivia border deal was close. Both countries want it signed before June.",
		"A Japan-Vietnam pact on labour was agreed. The two governments met in Hanoi to sign it.",
		"Ministers from both sides met after the India-Nepal flood accord. The two nations also agreed to share river data.",
		"The Germany-Poland talks ended. The two sides said the next round would be in Warsaw.",
		"Under the Egypt-Sudan water accord, the two countries agreed to meet monthly.",
		"Brazil-Argentina trade talks: the two neighbours agreed on tariffs for steel.",
	} {
		if _, err := x.Extract(context.Background(), newsgraph.Document{ID: "compound", Text: text}, nil); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}

// A fault in one sentence's frames costs that sentence, not the document,
// when faults are not strict (outside tests).
func TestSentenceFaultCostsTheSentence(t *testing.T) {
	x := extractor(t)
	strictFaults = false
	defer func() { strictFaults = true }()
	d := &doc{x: x, id: "fault", text: "Ana Ruiz met Omar Haddad in Lisbon on Monday. Ruiz later visited Porto."}
	if err := x.analyse(context.Background(), d, nil); err != nil {
		t.Fatal(err)
	}
	d.segmentStories()
	for _, k := range d.bySent[0] {
		d.mentions[k].i, d.mentions[k].j = 1000, 1001 // a layout no rule foresaw: the frames of sentence 0 index past its tokens
	}
	d.findEvents()
	if d.faults != 1 {
		t.Fatalf("faults = %d, want 1 (sentence 0)", d.faults)
	}
	found := false
	for _, e := range d.events {
		found = found || e.typ == newsgraph.Visit
	}
	if !found {
		t.Errorf("the visit of the sentence after the fault is lost: %d events", len(d.events))
	}
}

// A "their" inside its clause's subject ("Their talks lasted an hour") is no
// "their" set before that subject: read as one, the subject's phrase
// resolved it through itself without end, and the overflowing stack killed
// the process (no recover catches it). Each text must be read, and a
// "their" set before the subject still names the pair after it.
func TestTheirInsideItsSubject(t *testing.T) {
	x := extractor(t)
	for _, text := range []string{
		"Their talks lasted three hours.",
		"Their tours featured giant puppets and a brass band from Accra.",
		"Their meeting in Cuenca ended early, a spokesman said.",
		"Their summit will be overshadowed by strikes in Valparaiso.",
		"The envoys flew home on Sunday. Their trip had cost 40,000 euros.",
		"Their two-day visit included a stop at a shipyard in Gdansk.",
		"Their tour opens in Bergen on Friday and ends in Tartu.",
		"The reissue was followed by Saltmarsh, Ember and their matching arena tours, which featured laser shows and calls to the Kremlin.",
		"Their negotiations with Hiroshi Tanabe have dragged on since March.",
		"Although their meeting was short, the talks were useful, Reuters said.",
	} {
		if _, err := x.Extract(context.Background(), newsgraph.Document{ID: "their", Text: text}, nil); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
	// near misses: a "their" set before the subject, a pair told before
	for _, c := range []struct{ text, a, b string }{
		{"After their talks in Lima, Rosa Quispe and Anders Holm signed a fisheries pact.", "Rosa Quispe", "Anders Holm"},
		{"Following their meeting on Monday, Chidi Eze and Marta Kowalska told reporters they had agreed.", "Chidi Eze", "Marta Kowalska"},
		{"Yusuf Demir and Elena Sokolova met in Ankara on Tuesday. Their talks lasted three hours.", "Yusuf Demir", "Elena Sokolova"},
	} {
		ex, err := x.Extract(context.Background(), newsgraph.Document{ID: "their-pair", Text: c.text}, nil)
		if err != nil {
			t.Fatalf("%q: %v", c.text, err)
		}
		met := false
		for _, k := range eventKeys(ex) {
			met = met || strings.HasPrefix(k, "MEETING") && strings.Contains(k, "="+c.a) && strings.Contains(k, "="+c.b)
		}
		if !met {
			t.Errorf("%q: no meeting of %s and %s: %v", c.text, c.a, c.b, eventKeys(ex))
		}
	}
}

// extractOK extracts text, turning a fault (strict under tests) into an
// error, so that a table reports every text that faults.
func extractOK(x *Extractor, text string) (ex *newsgraph.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("fault: %v", r)
		}
	}()
	return x.Extract(context.Background(), newsgraph.Document{ID: "t", Text: text}, nil)
}

// A place inside a compound word modifies a noun ("the Kenya-Uganda
// talks") and is no country a later "there" or "that country" stands for;
// its mention has no tokens of its own, and the look-back indexed the token
// before the sentence. A plain country before "there" still is.
func TestCompoundPlaceBeforeThere(t *testing.T) {
	x := extractor(t)
	for _, text := range []string{
		"The Kenya-Uganda talks ended. Amara Okafor will fly there on Sunday.",
		"Amara Okafor praised the Ghana-Togo pact and will travel there next week.",
		"The Norway-Chile summit opened in Santiago. Ola Berg went there last year.",
		"Ola Berg will visit that country after the Peru-Bolivia accord.",
		"The Spain-Portugal water accord was signed. Lucia Ferreira will visit that country in May.",
		"Officials hailed the India-Nepal rail link, and Tomas Novak will head there on Friday.",
		"After the Egypt-Sudan dam deal, Yusuf Demir said he would go there soon.",
		"The Canada-Mexico trade row has eased. Ingrid Solberg flew there on Tuesday.",
		"Nadia Rahman, who brokered the Japan-Brazil accord, returned there last month.",
	} {
		if _, err := extractOK(x, text); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
	for _, c := range []struct{ text, want string }{
		{"Hiroshi Tanabe praised Kenya for its reforms and will travel there next week.", "destination=Kenya"},
		{"Rosa Quispe thanked Peru for its support and will visit that country in May.", "destination=Peru"},
		{"The fisheries talks were held in Chile. Anders Holm will fly there on Sunday.", "destination=Chile"},
	} {
		ex, err := extractOK(x, c.text)
		if err != nil {
			t.Fatalf("%q: %v", c.text, err)
		}
		found := false
		for _, k := range eventKeys(ex) {
			found = found || strings.HasPrefix(k, "VISIT") && strings.Contains(k, c.want)
		}
		if !found {
			t.Errorf("%q: no visit with %s: %v", c.text, c.want, eventKeys(ex))
		}
	}
}

// A run of one capitalised word that ends a sentence without a stop, after
// a place compound ("Dividend payable US-China June"), is read without
// looking past the sentence for an organisation's head after a month or a
// weekday.
func TestCompoundThenMonthEndsSentence(t *testing.T) {
	x := extractor(t)
	for _, text := range []string{
		"Dividend payable US-China June",
		"Ghana-Togo March",
		"Deadline for the fisheries deal set to Norway-Chile April",
		"Rail talks move to Kenya-Uganda Monday",
		"Kofi Mensah to chair Spain-Portugal Friday",
		"Vote on border pact due Peru-Bolivia Sunday",
		"Summit postponed until India-Nepal December\n\nOfficials gave no reason.",
		"Ola Berg named envoy for Egypt-Sudan Tuesday",
	} {
		if _, err := extractOK(x, text); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
	// near misses: a month before a body's head still opens no name; the
	// compound's places are still read
	for _, c := range []struct{ text, want string }{
		{"Talks resume in April\n\nHiroshi Tanabe met Rosa Quispe in Lima.", "Rosa Quispe"},
		{"The US-China talks ended in June.", "China"},
		{"Anders Holm visited Kenya-Uganda border posts on Monday.", "Uganda"},
	} {
		ex, err := extractOK(x, c.text)
		if err != nil {
			t.Fatalf("%q: %v", c.text, err)
		}
		found := false
		for _, e := range ex.Entities {
			found = found || e.Name == c.want
		}
		if !found {
			t.Errorf("%q: no entity %s", c.text, c.want)
		}
	}
}

// wrappedWire is a hard-wrapped wire story whose lede runs into a
// dateline on a line of its own ("VIENNA (Reuters) -"), as a pasted page
// may put it: the lede's sentence then reads as all dateline.
func wrappedWire(bank, market, money, place, agency string) string {
	return strings.ToUpper(bank) + " STEPS IN JUST AFTER " + strings.ToUpper(market) + " OPENING\n" +
		"The " + bank + " intervened just after\n" +
		"the " + market + " market opened, buying " + money + " at around 24.15 euros,\n" +
		place + " (" + agency + ") -\n" +
		"dealers said.\n" +
		"    They were unsure of the amount of the central bank's\n" +
		"purchasing, but it seemed to prevent the " + money + " from weakening\n" +
		"against the euro amid bearish sentiment for the currency,\n" +
		"they said.\n" +
		"    The market opened at 24.15 euros against 24.20/30 in\n" +
		"Vienna and 24.40 at the close here yesterday.\n" +
		" REUTER\n"
}

// A sentence that is all dateline leaves the parser no words: it has no
// clause, and no events, rather than a fault.
func TestSentenceAllDateline(t *testing.T) {
	x := extractor(t)
	for _, c := range [][5]string{
		{"Bank of Ostrava", "Prague", "crowns", "VIENNA", "Reuters"},
		{"National Bank of Varna", "Sofia", "leva", "ATHENS", "Reuters"},
		{"Reserve Bank of Tarlac", "Manila", "pesos", "SINGAPORE", "AFP"},
		{"Bank of Kisumu", "Nairobi", "shillings", "KAMPALA", "AP"},
		{"Central Bank of Arica", "Santiago", "pesos", "LIMA", "Reuters"},
		{"Bank of Tromso", "Oslo", "crowns", "STOCKHOLM", "Reuters"},
		{"Bank of Cuenca", "Quito", "dollars", "BOGOTA", "AFP"},
		{"Monetary Authority of Galle", "Colombo", "rupees", "DHAKA", "Reuters"},
	} {
		text := wrappedWire(c[0], c[1], c[2], c[3], c[4])
		if _, err := extractOK(x, text); err != nil {
			t.Errorf("%s: %v", c[0], err)
		}
	}
	// near misses: a dateline that opens the lede dates and places it
	for _, text := range []string{
		"VIENNA (Reuters) - Hiroshi Tanabe met Rosa Quispe on Monday, officials said.",
		"LIMA (AFP) -\nAnders Holm met Nadia Rahman on Tuesday, aides said.",
		"OSLO, March 3 (Reuters) - Ingrid Solberg held talks with Tomas Novak, the ministry said.",
	} {
		ex, err := extractOK(x, text)
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		met := false
		for _, k := range eventKeys(ex) {
			met = met || strings.HasPrefix(k, "MEETING")
		}
		if !met {
			t.Errorf("%q: no meeting: %v", text, eventKeys(ex))
		}
	}
}

// A place inside a compound word has no word of its own after it: it
// names no plant ("the Canada-Mexico shipyard" is no town's), and has no
// ticker in brackets after it when a "Germany Inc." before made its name
// a firm's. The look-ups read the token before the sentence; in the
// resolver that failed the whole document.
func TestCompoundPartHasNoWordAfter(t *testing.T) {
	x := extractor(t)
	for _, text := range []string{
		"A blast hit a mill in the Kenya-Uganda border town of Busia. Kofi Mensah visited the mill on Monday.",
		"Workers in the Peru-Bolivia town of Desaguadero protested. Rosa Quispe toured the plant on Tuesday.",
		"The Ghana-Togo border post reopened. Ama Owusu will visit the factory next week.",
		"Ola Berg praised the Norway-Sweden grid deal and visited the smelter in Narvik.",
		"Pollution from the Canada-Mexico shipyard angered residents. Anders Holm toured the shipyard on Monday.",
		"The Egypt-Sudan dam talks resumed. Yusuf Demir toured the site on Sunday.",
		"Critics call it Germany Inc. Bonds for Spain-Germany's Banco Norte were sold.",
		"Some call the country Brazil Inc. The Brazil-Argentina gas line opened.",
		"\"This is Norway Inc.,\" an analyst said of the Norway-Sweden grid deal.",
		"Nobody trusts France Inc. anymore. The France-Italy rail tunnel is late.",
		"Pundits mock Canada Inc. but Canada-Mexico exports grew.",
	} {
		if _, err := extractOK(x, text); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
	// near misses: a plant named by its town, a ticker after a firm
	for _, c := range []struct{ text, want string }{
		{"Workers at the Tororo plant struck. Rosa Quispe toured the plant on Tuesday.", "VISIT/HAPPENED: destination=Tororo; visitor=Rosa Quispe"},
		{"Output at the Narvik smelter fell. Ola Berg visited the smelter on Monday.", "VISIT/HAPPENED: destination=Narvik; visitor=Ola Berg"},
		{"Staff at the Elvas factory walked out. Anders Holm toured the factory on Friday.", "VISIT/HAPPENED: destination=Elvas; visitor=Anders Holm"},
	} {
		ex, err := extractOK(x, c.text)
		if err != nil {
			t.Fatalf("%q: %v", c.text, err)
		}
		if !slices.Contains(eventKeys(ex), c.want) {
			t.Errorf("%q: events %v, want %s", c.text, eventKeys(ex), c.want)
		}
	}
	ex, err := extractOK(x, "Kestrel Logistics Inc. (NYSE: KLG) said profit rose. KLG shares jumped.")
	if err != nil || len(ex.Entities) != 1 || !slices.Contains(ex.Entities[0].Aliases, "KLG") {
		t.Errorf("ticker: %v %+v", err, ex)
	}
}
