package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// TestFurniturePages reads the pages of testdata/furniture: invented news
// pages copied as plain text from outlets of many styles (wire copy on the
// web, a public broadcaster, dailies of several countries), each with its
// menus, share bars, bylines, timestamps, photo credits, links to other
// stories and footers, and one page of real sentences that only look like
// furniture. The .want file next to each lists, besides the facts
// TestNames reads, lines of these forms:
//
//	"- LINE"    a line of furniture: no sentence is read from it (but a
//	            wire agency's name a credit gives)
//	"+ LINE"    a line of the story: a sentence is read from it
//	"~ TEXT"    a caption's text: read for its names, as a heading is,
//	            but no event is read from it
//	"date D"    the date (YYYY-MM-DD) the page's timestamp states (PageDate)
//	"nodate"    the page states no absolute date of its own
//	"start D"   some event starts on D when the page is sent undated:
//	            its "on Tuesday" is read against the page's timestamp
//
// The pages are extracted with no published date, as the mutation may
// send them, and with one: the facts hold either way.
func TestFurniturePages(t *testing.T) {
	x := extractor(t)
	files, err := filepath.Glob("testdata/furniture/*.txt")
	if err != nil || len(files) < 10 {
		t.Fatal("too few pages in testdata/furniture", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".want")
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			for _, pub := range []time.Time{{}, time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)} {
				d := newsgraph.Document{ID: newsgraph.DocumentID(name), Text: text, Published: pub}
				ex, err := x.Extract(context.Background(), d, nil)
				if err != nil {
					t.Fatal(err)
				}
				checkSpans(t, d, ex)
				checkFurnitureWant(t, text, string(want), ex, pub.IsZero())
			}
		})
	}
}

func checkFurnitureWant(t *testing.T, text, want string, ex *newsgraph.Extraction, undated bool) {
	t.Helper()
	have := factsOf(ex)
	read := func(a, b int) []string { // the sentences overlapping [a, b)
		var out []string
		for _, s := range ex.Sentences {
			if s.Start < b && s.End > a {
				out = append(out, text[s.Start:s.End])
			}
		}
		return out
	}
	for _, line := range strings.Split(want, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "+ ") || strings.HasPrefix(line, "~ "):
			l := line[2:]
			a := lineAt(text, l)
			if a < 0 {
				t.Fatalf("no line %q in the page", l)
			}
			got := read(a, a+len(l))
			if line[0] != '-' && len(got) == 0 {
				t.Errorf("the line %q is not read", l)
			}
			if line[0] == '~' {
				for _, ev := range ex.Events {
					for _, src := range ev.Sources {
						if src.Span.Start < a+len(l) && src.Span.End > a {
							t.Errorf("an event is read from the caption %q", l)
						}
					}
				}
			}
			for _, s := range got {
				if line[0] == '-' && !wireAgencyRE.MatchString(s) || line[0] == '-' && wireAgencyRE.FindString(s) != s {
					t.Errorf("furniture %q is read as %q", l, s)
				}
			}
		case strings.HasPrefix(line, "date ") || line == "nodate":
			got, ok := PageDate(text)
			if w := strings.TrimPrefix(line, "date "); line == "nodate" && ok || line != "nodate" && got.Format(newsgraph.DateLayout) != w {
				t.Errorf("page date %v %v, want %s", got.Format(newsgraph.DateLayout), ok, line)
			}
		case strings.HasPrefix(line, "start "):
			found := !undated
			for _, ev := range ex.Events {
				found = found || ev.Start == strings.TrimPrefix(line, "start ")
			}
			if !found {
				t.Errorf("no event starts on %s", strings.TrimPrefix(line, "start "))
			}
		case strings.HasPrefix(line, "!"):
			if neg := strings.TrimSpace(line[1:]); have[neg] {
				t.Errorf("has %q", neg)
			}
		default:
			if !have[line] {
				t.Errorf("lacks %q", line)
			}
		}
	}
	if t.Failed() {
		logFacts(t, have)
	}
}

// lineAt is the byte offset of the line of text that reads l once
// trimmed, else of l in text, else -1.
func lineAt(text, l string) int {
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if line := text[start:end]; strings.TrimSpace(line) == l || strings.TrimLeft(strings.TrimSpace(line), "-*• ") == l {
			return start + strings.Index(line, l)
		}
		start = end + 1
	}
	return strings.Index(text, l) // a caption's text after its label
}

// TestFurnitureLine classifies lines one at a time: each kind of furniture
// in several outlets' wordings, and the story's lines that look like it.
func TestFurnitureLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want furnitureKind
	}{
		// menus and chrome
		{"Skip to content", furnitureChrome},
		{"Skip to main content", furnitureChrome},
		{"Home | News | Sport | Business | Culture", furnitureCredit},
		{"World • Africa • East Africa", furnitureCredit},
		{"Politics · Europe · Elections", furnitureCredit},
		{"Home > News > Europe", furnitureCredit},
		{"Skip advertisement", furnitureChrome},
		{"Supported by", furnitureChrome},
		{"Image 3 of 12", furnitureChrome},
		{"Listen (3 min)", furnitureChrome},
		{"Open image in gallery", furnitureChrome},
		{"Exports > imports in March, officials said.", notFurniture},
		{strings.Repeat("News | Sport | Business | Weather | Lagos | Abuja | Kano | ", 5) + "Contact Us", furnitureCredit},
		{"Advertisement", furnitureChrome},
		{"ADVERTISEMENT", furnitureChrome},
		{"Story continues below advertisement", furnitureChrome},
		{"Share this article", furnitureChrome},
		{"Share on Facebook", furnitureChrome},
		{"Share on X", furnitureChrome},
		{"Share on WhatsApp", furnitureChrome},
		{"Facebook Twitter WhatsApp Email Copy link", furnitureChrome},
		{"Share: Facebook | X | LinkedIn", furnitureChrome},
		{"Copy link", furnitureChrome},
		{"Read more: Why the port strike matters to Valparaiso", furnitureChrome},
		{"READ MORE: Rail fares to rise in April", furnitureChrome},
		{"Also read: Kigali hosts investment forum", furnitureChrome},
		{"Related: Harbour chief resigns", furnitureChrome},
		{"RELATED: Ferry fares rise", furnitureChrome},
		{"Related Topics", furnitureChrome},
		{"Related stories", furnitureChrome},
		{"Tags: Oman, Qatar, Shipping", furnitureChrome},
		{"Most popular", furnitureChrome},
		{"You may also like", furnitureChrome},
		{"Sign up for our morning newsletter", furnitureChrome},
		{"Get the latest headlines delivered to your inbox every morning. Sign up now.", furnitureChrome},
		{"Subscribe to continue reading", furnitureChrome},
		{"We use cookies to give you the best experience on our website.", furnitureChrome},
		{"By clicking Accept, you consent to our use of cookies.", furnitureChrome},
		{"12 comments", furnitureChrome},
		{"Comments (37)", furnitureChrome},
		{"© 2021 Harbourline Media Ltd", furnitureChrome},
		{"Copyright 2019 Kestrel Press. All rights reserved.", furnitureChrome},
		{"All rights reserved.", furnitureChrome},
		{"Follow us on Twitter and Instagram", furnitureChrome},
		// captions and credits
		{"Image caption, Ministers arrive for the talks in Dodoma", furnitureCaptionText},
		{"Media caption, The president met the envoy in Maputo last year", furnitureCaptionText},
		{"Pictured: Premier Jan Holm at the summit", furnitureCaptionText},
		{"Image caption,", furnitureCaption},
		{"Image caption, Photo: Getty Images", furnitureCredit},
		{"Image source, Getty Images", furnitureCredit},
		{"Photo: Ruth Njeri/AFP", furnitureCredit},
		{"Photo: AFP", furnitureCredit},
		{"Photograph: Owain Tudor/PA", furnitureCredit},
		{"(Photo: Lucie Hajek/CTK)", furnitureCredit},
		{"(AAP: Brodie Kersting)", furnitureCredit},
		{"Getty Images", furnitureChrome},
		{"AFP via Getty Images", furnitureCredit},
		{"REUTERS/Pavel Sokolov", furnitureCredit},
		{"The ministers at the signing in Tallinn. Photo: Reuters", furnitureCaptionText},
		{"Photo: Fishing Boats at Dawn", furnitureCredit},
		{"Photo by Anna Berg/Getty Images", furnitureCredit},
		{"(Photo by Anna Berg/Getty Images)", furnitureCredit},
		{"Prime Minister Jan Holm speaks in Oslo, March 3, 2021. REUTERS/Anna Berg/File Photo", furnitureCaptionText},
		{"Prime Minister Jan Holm arrives at the summit in Oslo. Anna Berg/AFP via Getty Images", furnitureCaptionText},
		{"Write to Anna Berg at anna.berg@example.com", furnitureChrome},
		{"This article was originally published on The Lakeside Herald.", furnitureChrome},
		{"The minister flew to Oslo/Bergen on Tuesday for talks with the union.", notFurniture},
		{"Support for the party fell, according to a poll by Reuters/Ipsos.", notFurniture},
		// bylines and sign-offs
		{"By Wanjiru Kamau", furnitureCredit},
		{"By Wanjiru Kamau, East Africa Correspondent", furnitureCredit},
		{"By WANJIRU KAMAU", furnitureCredit},
		{"By Tomas Lindgren and Aiko Mori", furnitureCredit},
		{"By Farid Haddad in Beirut", furnitureCredit},
		{"Kirsty McLaren | AAP", furnitureCredit},
		{"Kirsty McLaren, AAP", furnitureCredit},
		{"Jonas Weber - Reuters", furnitureCredit},
		{"Published", furnitureChrome},
		{"Reporting by Rosa Quintero; Editing by Graham Ostler", furnitureCredit},
		{"Additional reporting by Nia Obi in Abuja; Writing by Sven Ek", furnitureCredit},
		{"Compiled by Oona Pirhonen", furnitureCredit},
		// timestamps
		{"Published 3 hours ago", furnitureStamp},
		{"Published 12 March 2019", furnitureStamp},
		{"Updated 14:05 GMT, 12 March 2019", furnitureStamp},
		{"Last updated on 9 November 2023 at 11:20", furnitureStamp},
		{"Updated: 2016-05-04 09:12 IST", furnitureStamp},
		{"Posted on 18 August 2022", furnitureStamp},
		{"3 hours ago", furnitureStamp},
		{"5 min read", furnitureStamp},
		// the story's own lines
		{"Kenyan and Ugandan leaders sign rail deal in Nairobi", notFurniture},
		{"NAIROBI, Kenya (AP) — President Odhiambo Mutua met his Ugandan counterpart on Tuesday.", notFurniture},
		{"BRUSSELS (Reuters) - European Union ministers agreed on Monday to extend the sanctions.", notFurniture},
		{"By Tuesday evening, the two ministers had met twice in Reykjavik.", notFurniture},
		{"By contrast, Norwegian negotiators stayed away.", notFurniture},
		{"By Friday Harbour Lane was closed to traffic, the council said.", notFurniture},
		{"By March the talks had collapsed", notFurniture},
		{"Photo opportunities were scarce, officials said.", notFurniture},
		{"Share prices of fishing firms rose in Oslo on the news.", notFurniture},
		{"\"Share the catch, share the burden.\"", notFurniture},
		{"\"We will not give up.\"", notFurniture},
		{"Eyvindsson resigned.", notFurniture},
		{"Key points:", notFurniture},
		{"- The deal sets river flows for ten years", notFurniture},
		{"Updated figures showed exports fell 4 per cent.", notFurniture},
		{"Related talks will take place in Geneva next month.", notFurniture},
		{"Topics discussed included fishing quotas and tariffs.", notFurniture},
		{"Published reports said the minister would resign.", notFurniture},
		{"Anna Berg is a former reporter who now advises the minister.", notFurniture},
		{"Copyright holders in Canada won a ruling on Monday", notFurniture},
		{"by Finance Minister Jan Holm and Central Bank Governor", notFurniture},
		{"share.", notFurniture},
		{"more than a third of the fleet - the largest share", notFurniture},
		{"Copyright © 2022 Lakeside Herald", furnitureChrome},
		{"| Date | Place | Visitor |", notFurniture},
		{"What the deal means", notFurniture},
	} {
		if got := furnitureLine(c.line); got != c.want {
			t.Errorf("furnitureLine(%q) = %d, want %d", c.line, got, c.want)
		}
	}
}

// TestFurnitureOffsets checks that leaving furniture out keeps every
// sentence's span on the original text: the same story with and without
// its page around it reads the same sentences, shifted.
func TestFurnitureOffsets(t *testing.T) {
	story := "ROME, May 4 (Reuters) - Italian Foreign Minister Carla Benedetti met her Maltese counterpart Joseph Camilleri in Rome on Monday.\n\nThe two agreed to a joint patrol (Photo: Sara Conti/ANSA) of the strait."
	page := "Skip to content\nHome | World | Europe\n\nBy Marco Gallo\nPublished 4 May 2020\n\n" + story + "\n\nReporting by Marco Gallo; Editing by Ann Reid\n© 2020 Reuters"
	shift := strings.Index(page, story)
	a, b := split(story), split(page)
	var sa, sb []string
	for _, s := range a {
		sa = append(sa, story[s.span.Start:s.span.End])
	}
	for _, s := range b {
		if s.span.Start < shift || s.span.End > shift+len(story) {
			if w := page[s.span.Start:s.span.End]; wireAgencyRE.FindString(w) != w {
				t.Errorf("furniture read: %q", w)
			}
			continue
		}
		sb = append(sb, page[s.span.Start:s.span.End])
		for _, tk := range s.tokens {
			if page[tk.start:tk.end] != tk.text {
				t.Errorf("token %q at %d-%d reads %q", tk.text, tk.start, tk.end, page[tk.start:tk.end])
			}
		}
	}
	if strings.Join(sa, "|") != strings.Join(sb, "|") {
		t.Errorf("sentences differ:\n%q\n%q", sa, sb)
	}
	for _, s := range b {
		for _, tk := range s.tokens {
			if tk.text == "Conti" || tk.text == "Sara" {
				t.Errorf("the bracketed credit's name %q is read", tk.text)
			}
		}
	}
}
