package extract

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/temporal"
)

// Page furniture: the lines a news page's text carries around the story
// when it is copied or scraped from the page (menus, share bars, bylines,
// timestamps, photo credits, "Read more" links, newsletter prompts, cookie
// notices, copyright footers). They name people and bodies that are no
// part of the story (the writer, the photographer, the site's owner, the
// subjects of other stories) and put their words into sentences; split
// leaves them out of the sentences, so no mention, role or event is read
// from them, while every token keeps its byte offset in the original text.

// furnitureKind is what a line of furniture is.
type furnitureKind int

const (
	notFurniture         furnitureKind = iota
	furnitureChrome                    // menus, share bars, prompts, links to other stories, footers
	furnitureCredit                    // a byline or a photo credit: a wire agency it names stays
	furnitureStamp                     // the page's timestamp ("Published 12 March 2019")
	furnitureCaption                   // a caption's label alone: the line after it is the caption
	furnitureCaptionText               // a caption: read for its names (as a heading), not for events
)

// furnitureLines classifies the lines of text: lines[i] is the kind of the
// line that starts at starts[i] (its text without the line break). A
// caption label alone on its line ("Image caption,") makes the next
// non-blank line furniture too, the caption it labels; a writer's name
// alone over a writer's post, or over the timestamp below the headline,
// is a byline, and a note on the writer among the last lines a credit.
func furnitureLines(text string, starts, ends []int) []furnitureKind {
	out := make([]furnitureKind, len(starts))
	for i := range starts {
		out[i] = furnitureLine(text[starts[i]:ends[i]])
	}
	next := func(i int) int { // the next non-blank line, or -1
		for k := i + 1; k < len(starts); k++ {
			if strings.TrimSpace(text[starts[k]:ends[k]]) != "" {
				return k
			}
		}
		return -1
	}
	for i := 0; i < len(starts); i++ {
		if ends[i]-starts[i] > 40 {
			continue
		}
		if l := strings.ToLower(strings.TrimRight(strings.TrimSpace(text[starts[i]:ends[i]]), " :.")); listHeads[l] {
			// "Related Topics" / "Most read" over its links, one a line:
			// other stories' headlines, up to the story's next prose
			for k := next(i); k >= 0 && linkLike(strings.TrimSpace(text[starts[k]:ends[k]])); k = next(k) {
				if out[k] == notFurniture {
					out[k] = furnitureChrome
				}
				i = k
			}
		}
	}
	top := next(-1) // the headline's line
	foot := 0       // lines from the last
	for i := len(starts) - 1; i >= 0; i-- {
		if strings.TrimSpace(text[starts[i]:ends[i]]) == "" {
			continue
		}
		if foot++; foot <= 4 && out[i] == notFurniture && writerBioRE.MatchString(strings.TrimSpace(text[starts[i]:ends[i]])) {
			out[i] = furnitureCredit // "Anna Berg is a political reporter at ..." under the story
		}
	}
	for i := range starts {
		switch out[i] {
		case furnitureCaption:
			out[i] = furnitureChrome
			if k := next(i); k >= 0 && (out[k] == notFurniture || out[k] == furnitureCaptionText) {
				out[k] = furnitureCaptionText
			}
		case notFurniture:
			// "Anna Berg" over "Political Correspondent" or over the
			// page's timestamp: a byline without its "By"
			l := strings.TrimSpace(text[starts[i]:ends[i]])
			if n := strings.Count(l, " ") + 1; n < 2 || n > 4 || !bareNameRE.MatchString(l) {
				continue
			}
			k := next(i)
			if k < 0 {
				continue
			}
			nl := strings.TrimSpace(text[starts[k]:ends[k]])
			switch {
			case writerPostRE.MatchString(nl):
				out[i], out[k] = furnitureCredit, furnitureCredit
			case out[k] == furnitureStamp && i > top:
				out[i] = furnitureCredit // over "Published 3 hours ago", below the headline
			}
		}
	}
	return out
}

// listHeads head a list of links to other stories or of the page's
// labels, one a line.
var listHeads = set("related topics", "related stories", "related articles", "related content", "related coverage",
	"related links", "related news", "related", "more on this story", "more stories", "more from this section", "most read",
	"most popular", "most viewed", "most shared", "you may also like", "you might also like", "top stories", "latest stories",
	"latest news", "recommended", "recommended for you", "recommended stories", "editor's picks", "editors' picks",
	"editor’s picks", "trending", "trending now", "don't miss", "don’t miss", "more to explore", "topics", "tags", "read more",
	"also read", "see also", "also on", "read next", "up next", "what to read next", "more like this", "related reading")

// linkLike: a line a list of links holds: a headline or a label (a dozen
// words at most, no sentence's end), maybe numbered or bulleted, or a
// timestamp.
func linkLike(l string) bool {
	if furnitureLine(l) != notFurniture {
		return true
	}
	l = strings.TrimLeft(l, "•·*▪►>-–— \t0123456789.)")
	if l == "" || len(strings.Fields(l)) > 14 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	return !strings.ContainsRune(".!\"”", last)
}

// furnitureLine says what kind of furniture one line is, if any.
func furnitureLine(line string) furnitureKind {
	l := strings.TrimSpace(strings.Trim(line, " \t\r\u00a0"))
	if strings.HasPrefix(l, "|") {
		return notFurniture // a table's row
	}
	l = strings.TrimLeft(l, "•·*▪►>#- \t")
	l = strings.TrimSpace(l)
	if r, _ := utf8.DecodeRuneInString(l); l == "" || unicode.IsLower(r) {
		// a page's furniture opens with a capital; a line in lower
		// case goes on a hard-wrapped sentence ("... 12 dlrs a\nshare.")
		return notFurniture
	}
	words := strings.Fields(l)
	if len(words) > 45 {
		// a paragraph of prose (a notice is shorter), or a long menu
		if navLine(l) {
			return furnitureCredit
		}
		return notFurniture
	}
	low := strings.ToLower(l)
	bare := strings.TrimRight(low, " :!…>»›→") // ("Home." ends a wrapped sentence)
	// each rule's regular expression runs only on the lines its first
	// word or length allows: most lines are prose
	first := strings.Trim(strings.ToLower(words[0]), "(:,|")
	short := len(words) <= 16
	switch {
	case chromeLines[bare]:
		return furnitureChrome
	case captionOpeners[first] && captionLabelRE.MatchString(l):
		rest := strings.TrimSpace(captionLabelRE.ReplaceAllString(l, ""))
		switch {
		case rest == "":
			return furnitureCaption
		case creditLabelRE.MatchString(rest) || creditLineRE.MatchString(rest) || agencyCreditRE.MatchString(rest):
			return furnitureCredit // "Image caption, Photo: Getty Images"
		case creditLabelRE.MatchString(l) && !creditTailRE.MatchString(l) && (len(strings.Fields(rest)) <= 6 || !strings.ContainsFunc(rest, unicode.IsLower)):
			return furnitureCredit // "Photo: Anna Berg/AFP", "Image source, Getty Images"
		}
		return furnitureCaptionText
	case len(words) > 4 && !strings.HasSuffix(l, ".") && creditTail(low) && creditTailRE.MatchString(l):
		return furnitureCaptionText // "... in Accra. Photo: AFP"
	case len(words) <= 8 && (creditLineRE.MatchString(l) || agencyCreditRE.MatchString(l)):
		return furnitureCredit
	case short && bylineOpeners[first] && !strings.HasSuffix(l, ".") && bylineRE.MatchString(l):
		if w := bylineRE.FindStringSubmatch(l); w != nil && !notNames[w[1]] {
			return furnitureCredit
		}
	case signOffOpeners[first] && signOffRE.MatchString(l):
		return furnitureCredit
	case short && stampOpeners[first] && !strings.HasSuffix(l, ".") && stampRE.MatchString(l),
		len(words) <= 6 && (agoRE.MatchString(l) || readTimeRE.MatchString(l)):
		return furnitureStamp
	case linkOpeners[first] && (linkLabelRE.MatchString(l) || linkHeadRE.MatchString(l) && !strings.ContainsAny(l[len(l)-1:], ".!?\"'”’")):
		return furnitureChrome
	case len(words) <= 30 && copyrightish(low) && copyrightRE.MatchString(l):
		return furnitureChrome
	case len(words) <= 5 && (commentsRE.MatchString(l) || galleryRE.MatchString(l)):
		return furnitureChrome
	case len(words) <= 30 && promptLine(low):
		return furnitureChrome
	case len(words) <= 12 && socialLine(l):
		return furnitureChrome
	}
	if navLine(l) {
		return furnitureCredit // a byline among labels ("Anna Berg | Reuters") keeps its agency
	}
	return notFurniture
}

// The first words (in lower case, without brackets or colons) that may
// open a line of each kind.
var (
	captionOpeners = set("image", "images", "media", "video", "photo", "photos", "photograph", "photographs", "photography",
		"picture", "pictures", "pic", "audio", "file", "pictured", "above", "top", "main", "header", "lead", "caption",
		"illustration", "cartoon", "graphic")
	bylineOpeners  = set("by", "by:", "words", "story", "text", "report", "written", "reporting", "analysis")
	signOffOpeners = set("reporting", "additional", "further", "with", "writing", "editing", "edited", "compiled", "produced",
		"graphics", "photographs", "photos", "pictures", "research", "fact-checking", "illustration", "illustrations", "video",
		"design", "contributing", "contributors", "contributor", "-", "–", "—", "-with", "–with", "—with", "assistance", "credit")
	stampOpeners = set("published", "updated", "last", "first", "modified", "posted", "originally", "date", "filed")
	linkOpeners  = set("read", "more", "also", "see", "related", "most", "top", "trending", "recommended", "editor's",
		"editors'", "editor’s", "editors’", "you", "don't", "don’t", "watch", "listen", "podcast", "in", "tags", "topics", "filed",
		"categories", "category", "section", "sections", "posted", "next", "previous", "up", "elsewhere", "continue", "keep",
		"subscribe", "follow")
)

// creditTail: the words a credit closing a caption's line holds.
func creditTail(low string) bool {
	return strings.Contains(low, "photo") || strings.Contains(low, "picture") || strings.Contains(low, "image") ||
		strings.Contains(low, "pic") || strings.Contains(low, "credit") || strings.Contains(low, "/")
}

// copyrightish: the words a copyright line holds.
func copyrightish(low string) bool {
	return strings.Contains(low, "©") || strings.Contains(low, "(c)") || strings.Contains(low, "copyright") ||
		strings.Contains(low, "rights reserved") || strings.HasPrefix(low, "this ")
}

// chromeLines are whole lines of a page's chrome, in lower case, without
// a final colon.
var chromeLines = set("published", "updated", "last updated", "skip advertisement", "open image in gallery",
	"expand image", "view image in fullscreen", "view gallery", "watch live", "live", "breaking", "breaking news", "supported by", "sponsored by",
	"presented by", "in partnership with", "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "paid content",
	"skip to content", "skip to main content", "skip to navigation", "skip navigation", "skip to main navigation",
	"jump to content", "jump to navigation", "toggle navigation", "open menu", "close menu", "menu", "main menu",
	"search", "close", "back to top", "back to top of page", "loading", "print", "print this page", "print article",
	"share", "shares", "share this", "share this article", "share this story", "share this page", "share article",
	"share full article", "share story", "share page", "share via email", "share by email", "share on facebook",
	"share on twitter", "share on x", "share on whatsapp", "share on linkedin", "share on reddit", "share on telegram",
	"share on messenger", "share on email", "share to facebook", "share to twitter", "share to whatsapp", "copy link",
	"copy the link", "copy article link", "link copied", "link copied!", "copied", "email this article", "email this story",
	"tweet", "save", "save article", "save story", "saved", "gift this article", "gift article", "listen to this article",
	"listen to article", "listen", "play video", "watch video", "video", "audio", "comments", "view comments", "show comments",
	"hide comments", "leave a comment", "add a comment", "join the conversation", "join the discussion", "most popular",
	"most read", "most viewed", "most shared", "most commented", "trending", "trending now", "top stories", "latest stories",
	"latest news", "latest", "editor's picks", "editors' picks", "editor’s picks", "recommended", "recommended for you",
	"recommended stories", "related", "related stories", "related articles", "related content", "related coverage",
	"related topics", "related tags", "related links", "related news", "more on this story", "more stories",
	"more from this section", "you may also like", "you might also like", "you may be interested in", "don't miss",
	"don’t miss", "more to explore", "continue reading", "continue reading the main story", "story continues below",
	"story continues below advertisement", "article continues below", "article continues below advertisement",
	"content continues below", "scroll to continue", "scroll to continue with content", "advertisement - scroll to continue",
	"advertisement · scroll to continue", "report an error", "report a correction", "corrections", "topics", "tags",
	"next article", "previous article", "next story", "previous story", "read more", "read full article", "read the full story",
	"see more", "show more", "load more", "view all", "see all", "sign in", "sign up", "log in", "login", "register",
	"subscribe", "subscribe now", "subscribers only", "exclusive to subscribers", "follow", "follow us", "newsletter",
	"newsletters", "image", "photo", "photos", "image source", "image caption", "image copyright", "media caption",
	"getty images", "shutterstock", "cookie settings", "accept cookies", "accept all cookies", "accept all", "reject all",
	"manage cookies", "manage preferences", "privacy policy", "terms of use", "terms and conditions", "contact us",
	"about us", "all rights reserved", "home", "news", "facebook", "twitter", "whatsapp", "linkedin", "email", "e-mail",
	"zoom in", "zoom out", "enlarge", "expand", "fullscreen", "full screen", "open in app", "download the app",
	"get the app", "opens in new window", "external link")

// notNames open a "By" line that is a sentence's phrase, not a byline:
// "By Tuesday, ...", "By March the talks had ...".
var notNames = set("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
	"November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Then",
	"Contrast", "Comparison", "Far", "Now", "Law", "Christmas", "Easter", "Dawn", "Nightfall", "Noon", "Midnight",
	"Midday", "Evening", "Morning", "Afternoon", "The", "That", "This", "Then", "Mid", "Late", "Early", "Next", "Last")

const (
	// nameWord is a word of a person's name, or of an agency's
	nameWord = `(?:[A-Z\p{Lu}][\p{L}'’.\-]*|(?:de|da|van|von|der|den|del|dos|du|la|le|al|bin|ibn|el|di|ter)\b)`
	// personName is a name of one to five words
	personName = nameWord + `(?: ` + nameWord + `){0,4}`
)

// bylineRE: "By Anna Berg", "By Anna Berg and Omar Said", "BY ANNA
// BERG", "By Anna Berg in Lagos", "By Anna Berg, Political
// Correspondent", "By Anna Berg | Reuters", "By Anna Berg - AFP",
// "Words by Anna Berg". The first name word comes back as group 1.
var bylineRE = regexp.MustCompile(`^(?:(?:Words|Story|Text|Report|Written|Reporting|Analysis) by|By|BY):? (` + nameWord + `)` +
	`(?: ` + nameWord + `){0,4}` +
	`(?:(?:,| and| &) ` + personName + `)*` +
	`(?: (?:in|from) ` + personName + `)?` +
	`(?:(?:,| \||\s[-–—]|\s·) [\p{L}'’&.,\- ]{1,60})?` +
	`(?: \d{1,2}:\d{2}.*)?$`)

// signOffRE: a wire story's credits ("Reporting by Anna Berg; Editing by
// Omar Said"), a desk's ("Compiled by ...", "With reporting by ...",
// "Additional reporting by ...", "Contributing: ...", "— With files from
// ...").
var signOffRE = regexp.MustCompile(`^(?:\(?(?:(?:Additional |Further |With |Writing and )?[Rr]eporting|Writing|Editing|Edited|Compiled|Produced|Graphics|Photographs|Photos|Pictures|Research|Additional research|Fact-checking|Illustrations?|Video|Design) by [A-Z]|(?:Contributing|Contributors?):|[-–—] ?With files from|With (?:files|reporting|additional reporting|assistance) from |(?:Additional )?[Aa]ssistance from [A-Z]|Credit: )`)

// creditLabelRE: the labels of captionLabelRE that open a credit rather
// than a caption.
var creditLabelRE = regexp.MustCompile(`^\(?(?:(?i:image|media|video|photo|picture|pic|audio) (?i:source|copyright|credit)s?|(?i:photo|photos|photograph|picture|image|video) (?i:by|courtesy|courtesy of)\b|(?i:photo|photos|photograph|photographs|photography|picture|pictures|pic|image|images|illustration|cartoon|graphic)\s?:)`)

// creditTailRE: a credit that closes a caption's line ("... in Accra.
// Photo: AFP", "..., Photo: Reuters", "... on Tuesday. REUTERS/Anna
// Berg/File Photo", "... in Accra. Anna Berg/AFP via Getty Images").
var creditTailRE = regexp.MustCompile(`(?:[.,;]|\s[-–—|])\s*(?i:photo|photograph|picture|image|pic|credit)s?\s?:\s?[^.()]{1,60}$|` +
	`[.,;]?\s(?:REUTERS|Reuters|AFP|AP Photo|EPA-EFE|EPA|AAP Image|AAP|Xinhua|Kyodo|Yonhap|Anadolu|PA Wire|PA)\s?/\s?` + personName + `(?:\s?/\s?(?:File Photo|File|Pool|Handout|Pool Photo))*\)?$|` +
	`[.,;]?\s(?:` + personName + `\s?/\s?)?(?:AFP|Reuters|Bloomberg|Pool|Anadolu|NurPhoto|SOPA Images|Xinhua|AP)?(?:/| )?via Getty Images\)?$`)

// captionBody is the caption's own text in a caption's line: [a, b) in
// line, after its label ("Image caption, ") and before its credit
// ("Photo: AFP").
func captionBody(line string) (a, b int) {
	a, b = 0, len(line)
	for a < b && strings.ContainsRune(" \t\r\u00a0•·*▪►>#-", rune(line[a])) {
		a++
	}
	if m := captionLabelRE.FindStringIndex(line[a:]); m != nil {
		a += m[1]
	}
	if m := creditTailRE.FindStringIndex(line[a:]); m != nil {
		b = a + m[0] + 1 // keep the caption's full stop or comma
	}
	return a, b
}

// captionLabelRE: a caption's or a photo's label at the start of a line
// ("Image caption, ...", "Image source, Getty Images", "Media caption
// ...", "Photo: ...", "(Photo: ...)", "FILE PHOTO: ...", "Pictured: ...").
var captionLabelRE = regexp.MustCompile(`^\(?(?i:image|media|video|photo|picture|pic|audio) (?i:caption|source|copyright|credit)s?\b[,:]?\s*|^\(?(?i:photo|photos|photograph|picture|image|video) (?i:by|courtesy of|courtesy)\b:?\s*|^\(?(?i:photo|photos|photograph|photographs|photography|picture|pictures|pic|image|images|file photo|file picture|pictured|above|top|main image|header image|lead image|caption|illustration|cartoon|graphic)\s?:\s*`)

// creditLineRE: a photo credit on a line of its own: "Getty Images",
// "AFP via Getty Images", "Anna Berg/Reuters", "REUTERS/Anna Berg", "(AAP:
// Anna Berg)", "(AP Photo/Anna Berg)", "EPA-EFE/ANNA BERG", "Photograph:
// ...", a caption that ends with its credit ("... in Accra. Photo: AFP";
// one in brackets is cut alone, see inlineCreditRE).
var creditLineRE = regexp.MustCompile(`^\(?(?:[\p{L}.\- ]+ (?:via|for) )?(?:Getty Images|Shutterstock|Alamy|AFP|AP|EPA|AAP|PA|Reuters|REUTERS)(?: (?:Photo|Images?|Pictures?|Photos))?(?:\s?[/:]\s?` + personName + `)?\)?$|` +
	`^\(?(?:` + personName + `\s?/\s?)(?:Getty Images|Getty|Shutterstock|Alamy|AFP|AP|EPA(?:-EFE)?|AAP(?: Image)?|PA(?: Wire)?(?: Media)?|Reuters|REUTERS|Bloomberg|Xinhua|Kyodo|Yonhap|Anadolu|dpa|ANSA|EFE|TASS|Sipa|Redux|Polaris|NurPhoto|ZUMA(?: Press)?|SOPA Images|LightRocket|Bloomberg via Getty Images|AFP via Getty Images)\)?$|` +
	`^$`)

// agencyCreditRE: an agency's credit alone ("REUTERS", "(AFP)", "AP
// Photo"), or a writer's name and agency ("Anna Berg, AFP", "Anna Berg -
// Reuters"), on a short line.
var agencyCreditRE = regexp.MustCompile(`^\(?(?:AFP|AP|Reuters|REUTERS|EPA|AAP|Xinhua|XINHUA|Kyodo|Yonhap|Bloomberg|Anadolu|PTI|IANS|ANI)(?: (?:Photo|Photos|Images?|Video|News))?\)?(?:[/|,]\s?` + personName + `)?$|` +
	`^` + personName + `(?:,| [-–—|]| for| of) (?:the )?(?:AFP|AP|Reuters|REUTERS|EPA|AAP|Xinhua|Kyodo|Yonhap|Bloomberg|Anadolu|PTI|IANS|ANI|Associated Press|Agence France-Presse|Press Association|PA Media|Lusa|Belga|ANSA|EFE|dpa|TASS|Bernama|Antara)$`)

// stampRE: a page's timestamp ("Published 12 March 2019", "Updated 14:05
// GMT, 12 March 2019", "Last updated on ...", "Posted: ...", "First
// published on Tuesday 3 May 2021 10.05 BST"); the word alone opens the
// line and a date, a time or "ago" follows.
var stampRE = regexp.MustCompile(`^(?i:published|updated|last updated|first published|last modified|modified|posted|originally published|date published|date|filed)\b(?: (?i:on|at))?:? ?(?:[0-9]|(?i:(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|yesterday\b|today\b|just now|moments? ago|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|about|over|just|a few|several) [^.]{0,25}\bago\b)).{0,80}$`)

// agoRE: a relative timestamp alone ("3 hours ago", "an hour ago", "12
// mins ago", "Just now").
var agoRE = regexp.MustCompile(`^(?i:(?:about |over |around |updated |published |posted )?(?:[0-9]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|m|days?|d|weeks?|months?|years?) ago|just now|moments ago)$`)

// readTimeRE: "5 min read", "Reading time: 4 minutes", "4 minute read".
var readTimeRE = regexp.MustCompile(`^(?i:(?:reading time:? ?)?(?:about |less than )?[0-9]+ ?(?:-| )?(?:min|mins|minutes?)(?: read| to read)?|(?:estimated )?reading time:? [0-9]+ ?(?:min|mins|minutes?))$`)

// linkLabelRE: a link to another story or the page's labels, its label
// set off: "Read more: ...", "READ MORE: ...", "Also read: ...",
// "Related: ...", "See also: ...", "Watch: ...", "Tags: ...".
var linkLabelRE = regexp.MustCompile(`^(?i:read more|more to read|also read|read also|also see|see also|related|related stories|related story|related articles?|related content|related coverage|related topics|related tags|related links|related news|related reading|more on this story|more on this|more from|more stories|more news|most popular|most read|most viewed|top stories|trending|recommended|recommended reading|recommended stories|editor'?s picks|editors'? picks|you may also like|you might also like|you may also be interested in|don'?t miss|watch|listen|podcast|in pictures|tags|topics|filed under|categories|category|sections?|posted in|up next|next up|also on|elsewhere on|read the full story|continue reading|keep reading|subscribe|follow|follow us)\s?[:|\-–—»›]\s?\S|^(?i:read more|also read|read also) (?:about |on |here|at )`)

// linkHeadRE: a list of links or labels under its head, on one line
// ("Related Topics Kenya Uganda", "More on this story ..."), when the line
// ends as no sentence does.
var linkHeadRE = regexp.MustCompile(`^(?i:related (?:stories|topics|tags|articles|content|coverage|links|news)|more on this story|most popular|most read|you may also like|you might also like|tags|topics)\b`)

// copyrightRE: a footer's copyright ("© 2021 Kestrel Media", "Copyright
// 2019 ... All rights reserved", "(c) ...").
var copyrightRE = regexp.MustCompile(`^(?:©|\((?i:c)\) |(?i:copyright)(?: ©| \(c\))? (?:(?:19|20)[0-9]{2}|©))|(?i:all rights reserved)|(?i:^this (?:material|article|story|content) (?:may|must) not be (?:published|reproduced))`)

// commentsRE: a comment count ("12 comments", "Comments (12)", "View 4
// comments").
var commentsRE = regexp.MustCompile(`^(?i:(?:view |show |read |see |load )?(?:all )?[0-9,]+ (?:comments?|replies|responses|shares)|comments? \(?[0-9,]+\)?|[0-9,]+ (?:comments?|shares))$`)

// galleryRE: a gallery's or a player's counter ("Image 1 of 12", "Listen
// (3 min)", "Watch: 2:15").
var galleryRE = regexp.MustCompile(`^(?i:(?:image|photo|picture|slide|video) [0-9]+ (?:of|/) [0-9]+|(?:listen|watch|play|duration)\s?[:(]?\s?[0-9]+(?::[0-9]{2})?\s?(?:min|mins|minutes)?\)?)$`)

// bareNameRE: a line that is a name alone ("Anna Berg", "ANNA BERG").
var bareNameRE = regexp.MustCompile(`^` + personName + `$`)

// writerBioRE: a note on the writer at the foot of a story ("Anna Berg
// is a senior reporter at the Lakeside Herald.", "Omar Said covers
// energy for ...").
var writerBioRE = regexp.MustCompile(`^` + personName + ` (?:is (?:a|an|the|our) (?:[\p{L}'’\-]+ ){0,5}(?i:correspondent|reporter|writer|editor|journalist|columnist|contributor|producer)|covers [\p{L} ,&]{1,60} (?:for|at) )`)

// writerPostRE: a writer's post on the line under the name ("Political
// Correspondent", "Senior Reporter, Lagos", "Staff Writer").
var writerPostRE = regexp.MustCompile(`^(?:[A-Z][\p{L}'’\-]* ){0,4}(?i:correspondent|reporter|writer|editor|journalist|columnist|contributor|staff|analyst|producer|news desk|newsdesk|bureau chief|bureau)(?:,? [A-Z][\p{L}'’\- ]{0,40})?$|^(?i:our correspondent|staff reporter|staff writer|news desk|special correspondent)$`)

// promptLine: a newsletter, subscription, app or cookie prompt.
func promptLine(low string) bool {
	has := func(ws ...string) bool {
		for _, w := range ws {
			if strings.Contains(low, w) {
				return true
			}
		}
		return false
	}
	switch {
	case has("cookie") && has("we use", "use cookies", "accept", "consent", "privacy", "settings", "policy", "browsing", "this site", "our site", "website"):
		return true
	case has("newsletter", "inbox", "e-mail alerts", "email alerts", "breaking news alerts", "news alerts") &&
		has("sign up", "sign-up", "subscribe", "delivered", "register", "get ", "receive", "enter your", "straight to", "free", "by signing up"):
		return true
	case strings.HasPrefix(low, "sign up") || strings.HasPrefix(low, "subscribe to") || strings.HasPrefix(low, "subscribe for") ||
		strings.HasPrefix(low, "subscribe now") || strings.HasPrefix(low, "already a subscriber") || strings.HasPrefix(low, "already have an account") ||
		strings.HasPrefix(low, "become a member") || strings.HasPrefix(low, "become a subscriber") || strings.HasPrefix(low, "create a free account") ||
		strings.HasPrefix(low, "register for free") || strings.HasPrefix(low, "log in to") || strings.HasPrefix(low, "sign in to") ||
		strings.HasPrefix(low, "download the") && has(" app") || strings.HasPrefix(low, "get the") && has(" app") ||
		strings.HasPrefix(low, "click here") || strings.HasPrefix(low, "tap here") || strings.HasPrefix(low, "support our journalism") ||
		strings.HasPrefix(low, "support independent journalism") || strings.HasPrefix(low, "you have reached your") ||
		strings.HasPrefix(low, "this article is for subscribers") || strings.HasPrefix(low, "to continue reading") ||
		strings.HasPrefix(low, "unlock this article") || strings.HasPrefix(low, "we use cookies"):
		return true
	case strings.HasPrefix(low, "follow") && has("twitter", "facebook", "instagram", "on x", "tiktok", "whatsapp", "telegram", "google news", "social media", "youtube", "linkedin"):
		return true
	case has("join our whatsapp", "join our telegram", "on google news", "our whatsapp channel", "our telegram channel",
		"enable javascript", "trust principles", "this article was originally published", "this article first appeared",
		"this story was originally published", "this article originally appeared", "this story first appeared"):
		return true
	case strings.Contains(low, "@") && (strings.HasPrefix(low, "write to ") || strings.HasPrefix(low, "contact ") ||
		strings.HasPrefix(low, "email ") || strings.HasPrefix(low, "e-mail ") || strings.HasPrefix(low, "follow ")):
		return true // "Write to Anna Berg at anna.berg@example.com"
	}
	return false
}

// socialNames are the share bar's buttons.
var socialNames = set("facebook", "twitter", "x", "whatsapp", "email", "e-mail", "mail", "linkedin", "reddit", "telegram",
	"pinterest", "messenger", "print", "copy", "link", "copy link", "share", "tweet", "flipboard", "threads", "bluesky",
	"instagram", "youtube", "tiktok", "sms", "pocket", "tumblr", "viber", "wechat", "line", "vk", "comments", "comment", "save")

// socialLine: a share bar's buttons on one line ("Facebook Twitter
// WhatsApp Email", "Share: Facebook | X | Copy link").
func socialLine(l string) bool {
	f := strings.FieldsFunc(strings.ToLower(l), func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == '•' || r == '·' || r == ',' || r == '/' || r == ':'
	})
	if len(f) == 0 || len(f) > 12 {
		return false
	}
	n := 0
	for _, w := range f {
		switch {
		case socialNames[w]:
			n++
		case w == "on" || w == "via" || w == "this" || w == "article" || w == "story" || w == "page" || w == "opens" || w == "in" || w == "new" || w == "window" || w == "tab":
		default:
			return false
		}
	}
	return n >= 1
}

// navLine: a menu or a page's labels: two or more short runs of
// capitalised words (or a date, or a byline) set apart by "|", "•", "·"
// or a breadcrumb's ">" ("Home | World | Africa", "News • Politics",
// "Home > World > Africa", "Anna Berg | Reuters", "4 June 2019 | Energy
// | By Anna Berg").
func navLine(l string) bool {
	if strings.Contains(l, " > ") || strings.Contains(l, " / ") {
		// a breadcrumb: "Home > World > Africa", "News / Europe"
		l = strings.NewReplacer(" > ", " | ", " / ", " | ").Replace(l)
	}
	if !strings.ContainsAny(l, "|•·»›") {
		return false
	}
	parts := strings.FieldsFunc(l, func(r rune) bool { return r == '|' || r == '•' || r == '·' || r == '»' || r == '›' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if bylineRE.MatchString(p) || stampRE.MatchString(p) || agoRE.MatchString(p) || dateOnly(p) {
			continue
		}
		ws := strings.Fields(p)
		if len(ws) > 5 {
			return false
		}
		for _, w := range ws {
			if w == "&" || w == "and" || w == "of" || w == "the" || w == "in" || w == "for" || w == "-" || w == "&amp;" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				return false
			}
		}
		if strings.ContainsAny(p, ".!?") && !strings.HasSuffix(p, ".") {
			return false
		}
		if strings.HasSuffix(p, ".") && len(ws) > 1 {
			return false
		}
	}
	return true
}

// dateOnly: a text that is a date and maybe a time alone ("3 Feb 2021",
// "Tuesday, March 4, 2025 10:05 ET", "2016-05-04 09:12 IST").
func dateOnly(s string) bool {
	var rest strings.Builder
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ",.")
		lw := strings.ToLower(w)
		if w == "" || isNumeric(w) || dateWords[lw] || strings.Count(w, ":") == 1 && isNumeric(strings.ReplaceAll(w, ":", "")) ||
			strings.Count(w, "-") == 2 && isNumeric(strings.ReplaceAll(w, "-", "")) || strings.Count(w, "/") == 2 && isNumeric(strings.ReplaceAll(w, "/", "")) {
			continue
		}
		if _, ok := monthNum(w[:1] + lw[1:]); ok {
			continue
		}
		rest.WriteString(w)
	}
	return rest.Len() == 0 && strings.ContainsAny(s, "0123456789")
}

// isNumeric: digits, with full stops among them ("12.05").
func isNumeric(s string) bool {
	return isDigits(strings.ReplaceAll(s, ".", ""))
}

// dateWords are the words a timestamp's date and time hold besides the
// month and the numbers.
var dateWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
	"wed", "thu", "thur", "thurs", "fri", "sat", "sun", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "est",
	"edt", "et", "pt", "pst", "pdt", "ist", "jst", "aest", "aedt", "sast", "eat", "wat", "hkt", "sgt", "kst", "msk", "on", "at")

// inlineCreditRE: a credit set in brackets inside a line of the story:
// "(Photo: Anna Berg/AFP)", "(AAP: Anna Berg)", "(AP Photo/Anna Berg)",
// "(Image: Reuters)", "(Picture: Getty Images)".
var inlineCreditRE = regexp.MustCompile(`\((?:(?i:photo|photos|photograph|picture|pic|image|images|file photo|credit|video)\s?:|(?i:photo|photograph|picture|image|video) (?i:by|courtesy of) |(?:AAP|AP|AFP|EPA|PA|Reuters|REUTERS|Getty)(?: Photo| Image| Images)?\s?[:/])[^()\n]{1,60}\)`)

// wireAgencyRE: the news agencies a credit keeps, the story's source named
// as the page names it.
var wireAgencyRE = regexp.MustCompile(`\b(?:Associated Press|Agence France[- ]Presse|Press Association|AFP|AP|Reuters|REUTERS|EPA|AAP|Xinhua|XINHUA|Kyodo|Yonhap|Bloomberg|Anadolu|PTI|IANS|ANI|Bernama|Antara|TASS|ANSA|EFE|dpa|UPI|PA|Lusa|Belga|ANP|PAP|NTB)\b`)

// agencySpans are the byte ranges, in text, of the wire agencies named in
// text[from:to] (a credit's line), which stay in the text read.
func agencySpans(text string, from, to int) [][2]int {
	var out [][2]int
	for _, m := range wireAgencyRE.FindAllStringIndex(text[from:to], -1) {
		// "AP" in "AAP Image" or a name's initials: a word on its own
		a, b := from+m[0], from+m[1]
		if a > 0 && (isWordByte(text, a-1) || text[a-1] == '-') || b < len(text) && (isWordByte(text, b) || text[b] == '-') {
			continue
		}
		out = append(out, [2]int{a, b})
	}
	return out
}

// pageStampRE finds the date of a page's timestamp line.
var pageStampRE = regexp.MustCompile(`(?i:published|posted|first published|originally published|created|date|updated|last updated|modified|last modified)`)

// PageDate is the date a page's own timestamp states near its top, for a
// text copied from a web page with no published date given: "Published 12
// March 2019", "Updated: 2016-05-04 09:12 IST", "3 Feb 2021" alone on its
// line. A "published" or "posted" date wins over an "updated" one; a
// relative one ("3 hours ago") gives none. ok is false when no line of
// the top is such a timestamp.
func PageDate(text string) (time.Time, bool) {
	var updated time.Time
	lines := 0
	for start := 0; start < len(text) && start < 4000 && lines < 40; {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		l := strings.TrimSpace(text[start:end])
		start = end + 1
		if l == "" {
			continue
		}
		lines++
		kind := furnitureLine(l)
		stamp := kind == furnitureStamp || dateOnly(l) && len(l) <= 60
		if !stamp && navLine(l) {
			// "4 June 2019 | Energy | By Anna Berg": the labels' date
			for _, p := range strings.FieldsFunc(l, func(r rune) bool { return r == '|' || r == '•' || r == '·' }) {
				if p = strings.TrimSpace(p); dateOnly(p) || stampRE.MatchString(p) {
					l, stamp = p, true
					break
				}
			}
		}
		if !stamp {
			continue
		}
		t, ok := stampDate(l)
		if !ok {
			continue
		}
		if m := pageStampRE.FindString(l); strings.Contains(strings.ToLower(m), "updated") || strings.Contains(strings.ToLower(m), "modified") {
			if updated.IsZero() {
				updated = t
			}
			continue
		}
		return t, true
	}
	return updated, !updated.IsZero()
}

// isoStampRE: a numeric date ("2016-05-04", "2016/05/04").
var isoStampRE = regexp.MustCompile(`\b((?:19|20)[0-9]{2})[-/]([01]?[0-9])[-/]([0-3]?[0-9])\b`)

// stampDate reads the absolute date of one timestamp line.
func stampDate(l string) (time.Time, bool) {
	if m := isoStampRE.FindStringSubmatch(l); m != nil {
		if t, err := time.Parse("2006-1-2", m[1]+"-"+strings.TrimLeft(m[2], "0")+"-"+strings.TrimLeft(m[3], "0")); err == nil {
			return t, true
		}
	}
	for _, e := range temporal.Find(l, time.Time{}) {
		if e.Relative || e.Grain != "day" || len(e.From) != 10 {
			continue
		}
		if t, err := time.Parse("2006-01-02", e.From); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
