package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

const chromium = "/usr/bin/chromium"

// TestBrowser drives the real binary's pages in headless Chromium with no
// internet: the overview paints from a small first script (its time and
// bytes are logged), one of its examples opens GraphiQL, which runs it; the
// entity page of a person in the seeds shows roles, a timeline, a
// neighbourhood graph with a complete legend and nodes that open other
// entities' pages; an event page shows a conflicting report, which the
// entity page shows too; the entity list pages through every entity.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the browser test")
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Skip("chromium not installed: apt-get install chromium")
	}
	base := serveSeeds(t)
	shots := screenshotDir(t)
	if os.Getenv("NEWSGRAPH_URL") == "" {
		checkCORS(t, base)
	}

	ctx, report := browser(t)
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()

	// The first screen, with a cold cache: the overview with the graph's
	// counts and latest events, and none of GraphiQL or cytoscape.
	first, err := measure(ctx, base+"/", `document.querySelector('.overview[data-ready]') && document.querySelector('.latest li a')`)
	shoot(t, ctx, shots, "overview.png")
	if err != nil {
		t.Fatalf("first screen: %v", err)
	}
	first.log(t, "/")
	for _, name := range first.Resources {
		if heavy.MatchString(name) {
			t.Errorf("the first screen loaded %s", name)
		}
	}
	stats, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('.stats .stat-num')].map((e) => e.innerText)`))
	if err != nil || len(stats) != 3 || stats[0] == "0" {
		t.Errorf("overview counts %v (%v), want documents, entities and events", stats, err)
	}

	// An example on the overview opens GraphiQL with it; run it (meetings
	// of a person).
	began := time.Now()
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`.ask li:first-child a`)),
		chromedp.WaitVisible(chromedp.CSS(`.graphiql-container .graphiql-execute-button`)),
		chromedp.WaitVisible(chromedp.CSS(`.graphiql-query-editor .view-lines`)),
	)
	if err != nil {
		t.Fatalf("GraphiQL: %v", err)
	}
	if _, err := chromedp.Run(ctx, poll[int](`document.querySelector('.graphiql-query-editor').innerText.includes('MeetingsOfAPerson') ? 1 : 0`)); err != nil {
		t.Errorf("the overview's first example did not open in GraphiQL: %v", err)
	}
	t.Logf("GraphiQL ready %v after clicking an example", time.Since(began).Round(time.Millisecond))
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`.graphiql-execute-button`))); err != nil {
		t.Fatalf("GraphiQL: %v", err)
	}
	response, err := chromedp.Run(ctx, poll[string](`(() => {
		const el = document.querySelector('.graphiql-response');
		const text = el ? el.innerText.replace(/\u00a0/g, ' ') : '';
		return text.includes('"participants"') ? text : '';
	})()`))
	shoot(t, ctx, shots, "query.png")
	if err != nil {
		t.Fatalf("GraphiQL shows no meeting: %v", err)
	}
	for _, want := range []string{`"meetings"`, `"participants"`, `"name"`, `"start"`, `"documents"`, `"published"`} {
		if !strings.Contains(response, want) {
			t.Errorf("GraphiQL response pane lacks %s:\n%s", want, response)
		}
	}

	// The examples menu opens an example in a new tab.
	err = chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`(() => {
		const menu = document.querySelector('select.examples');
		menu.value = String(menu.options.length - 2);
		menu.dispatchEvent(new Event('change', {bubbles: true}));
	})()`))
	if err != nil {
		t.Fatalf("examples menu: %v", err)
	}
	if _, err := chromedp.Run(ctx, poll[int](`document.querySelectorAll('.graphiql-tab').length > 6 &&
		document.querySelector('.graphiql-query-editor').innerText.includes('stats') ? 1 : 0`)); err != nil {
		t.Errorf("the examples menu opened no tab with the example: %v", err)
	}

	// The search box leads to the entity page.
	began = time.Now()
	err = chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS(`.topbar .search input`), "Takaichi"),
		chromedp.WaitVisible(chromedp.CSS(`.suggestions li a`)),
		chromedp.Click(chromedp.CSS(`.suggestions li a`)),
		chromedp.WaitVisible(chromedp.CSS(`.entity-head h1`)),
	)
	if err != nil {
		t.Fatalf("search box: %v", err)
	}
	nodes, err := chromedp.Run(ctx, poll[int](`window.__cy ? window.__cy.nodes().length : 0`))
	t.Logf("entity page drawn %v after typing the name", time.Since(began).Round(time.Millisecond))
	shoot(t, ctx, shots, "entity.png")
	if err != nil {
		t.Errorf("neighbourhood graph never drew: %v", err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[entityPage](`({
		name: document.querySelector('.entity-head h1').innerText,
		search: location.search,
		roles: [...document.querySelectorAll('.roles .role-line')].map((r) => r.innerText),
		timeline: [...document.querySelectorAll('.timeline .tl-item')].map((r) => r.innerText),
	})`))
	if err != nil {
		t.Fatalf("reading the entity page: %v", err)
	}
	if !strings.Contains(got.Name, "Takaichi") {
		t.Errorf("entity page heading %q, want Takaichi", got.Name)
	}
	if len(got.Roles) == 0 {
		t.Errorf("entity page shows no role")
	}
	if len(got.Timeline) == 0 {
		t.Errorf("entity page timeline is empty")
	}
	if nodes < 2 {
		t.Fatalf("neighbourhood graph has %d nodes, want the entity and its neighbours", nodes)
	}
	t.Logf("entity page: %q, %d roles, %d timeline items, %d graph nodes", got.Name, len(got.Roles), len(got.Timeline), nodes)

	// The legend names every colour the graph drew.
	drawn, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...new Set(window.__cy.nodes().map((n) => n.data('color')))]`))
	if err != nil {
		t.Fatal(err)
	}
	legend, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('.legend [data-color]')].map((e) => e.dataset.color)`))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range drawn {
		if !slices.Contains(legend, c) {
			t.Errorf("the graph draws %s, which the legend does not name (legend %v)", c, legend)
		}
	}
	for _, c := range []string{"#c0732a", "#d9a400", "#d06a4c", "#5a8f3a"} { // facility, meeting, visit, agreement
		if !slices.Contains(legend, c) {
			t.Errorf("legend lacks %s: %v", c, legend)
		}
	}

	// Clicking a neighbour in the graph opens that entity's page.
	err = chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](`document.querySelector('.graph').scrollIntoView({block: 'center'}), undefined`),
		chromedp.Sleep(300*time.Millisecond),
	)
	if err != nil {
		t.Fatal(err)
	}
	target, err := chromedp.Run(ctx, chromedp.Evaluate[graphNode](neighbourJS))
	if err != nil || target.ID == "" {
		t.Fatalf("no neighbour entity in the graph: %v", err)
	}
	// The click navigates: wait for the new document before reading it.
	clickCtx, cancelClick := context.WithTimeout(ctx, 20*time.Second)
	_, err = chromedp.Run(clickCtx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.MouseClickXY(target.X, target.Y)))
	cancelClick()
	if err != nil {
		t.Fatalf("clicking %q in the graph: %v", target.Name, err)
	}
	heading, err := chromedp.Run(ctx, poll[string](`(() => {
		const h = document.querySelector('.entity-head h1');
		return location.search !== `+jsString(got.Search)+` && h ? h.innerText : '';
	})()`))
	shoot(t, ctx, shots, "neighbour.png")
	if err != nil {
		t.Fatalf("clicking %q in the graph opened no page: %v", target.Name, err)
	}
	href, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(href)
	if got := u.Query().Get("id"); got != target.ID {
		t.Errorf("clicking %q opened id %q, want %q", target.Name, got, target.ID)
	}
	if !strings.Contains(heading, target.Name) {
		t.Errorf("neighbour page heading %q, want %q", heading, target.Name)
	}

	checkConflicts(t, ctx, base, shots)
	checkEntityList(t, ctx, base, shots)

	hosts, thrown, encodings := report()
	if len(hosts) > 0 {
		t.Errorf("the pages asked hosts other than the server: %v", hosts)
	}
	for _, e := range thrown {
		t.Errorf("page threw: %s", e)
	}
	// Scripts and styles came precompressed with brotli.
	for u, enc := range encodings {
		if enc != "br" && (strings.HasSuffix(u, ".js") || strings.HasSuffix(u, ".css")) {
			t.Errorf("%s came with Content-Encoding %q, want br", u, enc)
		}
	}
	if len(encodings) == 0 {
		t.Error("no asset was seen")
	}
}

// heavy names the chunks the first screen must not wait for: GraphiQL,
// Monaco and their workers, cytoscape (the graph).
var heavy = regexp.MustCompile(`(?i)/assets/(QueryPage|monaco|graphiql|.*\.worker|Graph|mouseTarget|standalone)[-.]`)

// checkConflicts finds an event of the seeds that a report describes
// differently (Event.conflicts) and wants its page, and the timeline of
// one of its participants, to show the other report with a link to it.
func checkConflicts(t *testing.T, ctx context.Context, base, shots string) {
	t.Helper()
	var out struct {
		Data struct {
			Events struct {
				Nodes []struct {
					ID           string
					Participants []struct{ Entity struct{ ID, Name string } }
					Documents    []struct{ ID string }
					Conflicts    []struct{ ID string }
				}
			}
		}
	}
	postJSON(t, base+"/graphql", `{ events(first: 500) { nodes { id participants { entity { id name } } documents { id } conflicts { id } } } }`, &out)
	var id, conflict, participant string
	var documents int
	for _, ev := range out.Data.Events.Nodes {
		if len(ev.Conflicts) > 0 && len(ev.Participants) > 0 {
			id, conflict, participant, documents = ev.ID, ev.Conflicts[0].ID, ev.Participants[0].Entity.ID, len(ev.Documents)
			break
		}
	}
	if id == "" {
		t.Fatal("no event of the seeds has a conflicting report")
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/event?id="+url.QueryEscape(id))); err != nil {
		t.Fatal(err)
	}
	links, err := chromedp.Run(ctx, poll[[]string](`(() => {
		const a = [...document.querySelectorAll('.event-head ~ .columns .conflicts a')].map((a) => a.getAttribute('href'));
		return a.length ? a : null;
	})()`))
	shoot(t, ctx, shots, "event.png")
	if err != nil {
		t.Fatalf("the event page shows no conflicting report: %v", err)
	}
	if want := "/event?id=" + url.QueryEscape(conflict); !slices.Contains(links, want) {
		t.Errorf("event page conflict links %v, want %s", links, want)
	}
	listed, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('ol.documents li').length`))
	if err != nil || listed != documents {
		t.Errorf("event page lists %d documents (%v), the API %d", listed, err, documents)
	}

	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/entity?id="+url.QueryEscape(participant))); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, poll[int](`document.querySelectorAll('.timeline .conflicts a').length`)); err != nil {
		t.Errorf("the timeline of %s shows no conflicting report: %v", participant, err)
	}
}

// checkEntityList pages through the entity list with its Next button and
// wants every entity once, then goes back a page.
func checkEntityList(t *testing.T, ctx context.Context, base, shots string) {
	t.Helper()
	var out struct {
		Data struct{ Entities struct{ TotalCount int } }
	}
	postJSON(t, base+"/graphql", `{ entities { totalCount } }`, &out)
	total := out.Data.Entities.TotalCount
	if total <= 100 {
		t.Fatalf("the seeds hold %d entities: the list needs more than a page to be tested", total)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/entity")); err != nil {
		t.Fatal(err)
	}
	rows := `[...document.querySelectorAll('.entity-table tbody a')].map((a) => a.getAttribute('href'))`
	seen := map[string]bool{}
	var firstPage []string
	for pages := 0; ; pages++ {
		if pages > 10 {
			t.Fatal("the entity list never ends")
		}
		got, err := chromedp.Run(ctx, poll[[]string](`(() => { const r = `+rows+`; return r.length ? r : null; })()`))
		if err != nil {
			t.Fatalf("entity list page %d: %v", pages+1, err)
		}
		if pages == 0 {
			firstPage = got
		}
		for _, h := range got {
			if seen[h] {
				t.Errorf("page %d repeats %s", pages+1, h)
			}
			seen[h] = true
		}
		more, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!!document.querySelector('.pager .next:not([disabled])')`))
		if err != nil {
			t.Fatal(err)
		}
		if !more {
			break
		}
		err = chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`window.__page = document.querySelector('.entity-table tbody a').getAttribute('href'); document.querySelector('.pager .next').click()`))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, poll[int](`document.querySelector('.entity-table tbody a').getAttribute('href') !== window.__page ? 1 : 0`)); err != nil {
			t.Fatalf("Next did not turn the page: %v", err)
		}
	}
	shoot(t, ctx, shots, "entity-list-last.png")
	if len(seen) != total {
		t.Errorf("paging through the list showed %d entities, the API has %d", len(seen), total)
	}
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('.pager').innerText`))
	if err != nil || !strings.Contains(text, fmt.Sprintf("of %d", total)) {
		t.Errorf("pager says %q (%v)", text, err)
	}

	// Previous goes back (last/before) to the page before.
	err = chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`window.__page = document.querySelector('.entity-table tbody a').getAttribute('href'); document.querySelector('.pager .prev').click()`))
	if err != nil {
		t.Fatal(err)
	}
	back, err := chromedp.Run(ctx, poll[[]string](`(() => { const r = `+rows+`; return r.length && r[0] !== window.__page ? r : null; })()`))
	if err != nil {
		t.Fatalf("Previous did not turn the page: %v", err)
	}
	if total <= 200 && !slices.Equal(back, firstPage) {
		t.Errorf("Previous from the last page shows %d entities starting %v, want the first page", len(back), back[:min(3, len(back))])
	}
}

// postJSON sends a GraphQL query to the server and decodes the answer.
func postJSON(t *testing.T, endpoint, query string, out any) {
	t.Helper()
	b, _ := json.Marshal(map[string]string{"query": query})
	resp, err := http.Post(endpoint, "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		t.Fatal(err)
	}
}

// TestBrowserTokenBox serves a store with a read token: the page shows
// the token box, refuses a wrong token with the server's reason, and with
// the right one shows its data, keeping the token in the tab's
// sessionStorage; GraphiQL sends it too, and a new tab starts without it.
func TestBrowserTokenBox(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the browser test")
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Skip("chromium not installed: apt-get install chromium")
	}
	if os.Getenv("NEWSGRAPH_URL") != "" {
		t.Skip("NEWSGRAPH_URL: the token test starts its own server")
	}
	const token = "tab-token-3141"
	base := serve(t, buildBinary(t), "memory://", "--read-token", token)
	shots := screenshotDir(t)
	ctx, report := browser(t)
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()

	type box struct {
		Shown   bool   `json:"shown"`
		Text    string `json:"text"`
		Ready   bool   `json:"ready"`
		Session string `json:"session"`
	}
	state := `(() => {
		const b = document.querySelector('.token-box');
		return {shown: !!b, text: b ? b.innerText : '', ready: !!document.querySelector('.overview[data-ready]'),
			session: sessionStorage.getItem('newsgraph.token') || ''};
	})()`
	waitBox := func() box {
		t.Helper()
		if _, err := pollAcrossReload[int](ctx, `document.querySelector('.token-box input') ? 1 : 0`); err != nil {
			t.Fatalf("no token box: %v", err)
		}
		b, err := chromedp.Run(ctx, chromedp.Evaluate[box](state))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	// typeToken submits a token; the page reloads with it.
	typeToken := func(v string) {
		t.Helper()
		err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS(`.token-box input`), v))
		if err == nil {
			_, err = chromedp.Run(ctx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.Click(chromedp.CSS(`.token-box button[type=submit]`))))
		}
		if err != nil {
			t.Fatal(err)
		}
	}

	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/")); err != nil {
		t.Fatal(err)
	}
	b := waitBox()
	shoot(t, ctx, shots, "token.png")
	if !strings.Contains(b.Text, "needs a read token") || b.Ready {
		t.Errorf("token box: %+v", b)
	}

	typeToken("wrong-token")
	b = waitBox()
	if !strings.Contains(b.Text, "refused") || b.Session != "wrong-token" {
		t.Errorf("after a wrong token: %+v", b)
	}

	typeToken(token)
	if _, err := pollAcrossReload[int](ctx, `document.querySelector('.overview[data-ready]') ? 1 : 0`); err != nil {
		t.Fatalf("the right token did not open the page: %v", err)
	}
	b, err := chromedp.Run(ctx, chromedp.Evaluate[box](state))
	if err != nil {
		t.Fatal(err)
	}
	if b.Shown || b.Session != token {
		t.Errorf("with the right token: %+v", b)
	}
	shoot(t, ctx, shots, "token-accepted.png")

	// GraphiQL sends the tab's token too: its first example answers.
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/query"),
		chromedp.WaitVisible(chromedp.CSS(`.graphiql-container .graphiql-execute-button`)),
		chromedp.WaitVisible(chromedp.CSS(`.graphiql-query-editor .view-lines`)),
		chromedp.Click(chromedp.CSS(`.graphiql-execute-button`)),
	)
	if err != nil {
		t.Fatalf("GraphiQL with a token: %v", err)
	}
	answer, err := chromedp.Run(ctx, poll[string](`(() => {
		const el = document.querySelector('.graphiql-response');
		const text = el ? el.innerText.replace(/\u00a0/g, ' ') : '';
		return text.includes('"data"') || text.includes('"errors"') ? text : '';
	})()`))
	if err != nil || !strings.Contains(answer, `"data"`) || strings.Contains(answer, "token") || strings.Contains(answer, "UNAUTHENTICATED") {
		t.Errorf("GraphiQL with the tab's token answered %q (%v)", answer, err)
	}
	if open, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`!!document.querySelector('.token-box')`)); open {
		t.Error("GraphiQL with the right token shows the token box")
	}

	// The token is for this tab: a new tab starts without it.
	tab, cancelTab := chromedp.NewContext(ctx)
	defer cancelTab()
	if err := chromedp.Do(tab, chromedp.Navigate(base+"/")); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(tab, poll[int](`document.querySelector('.token-box input') ? 1 : 0`)); err != nil {
		t.Errorf("a new tab had the token already: %v", err)
	}

	_, thrown, _ := report()
	for _, e := range thrown {
		t.Errorf("page threw: %s", e)
	}
}

// paint is what one page load cost: milliseconds from the start of the
// navigation to the first contentful paint and to the first useful screen
// (the moment ready first held, polled every 10 ms in the page), and the
// bytes of the document and every resource fetched by then: on the wire
// (compressed, headers included) and decoded, all and JavaScript only.
type paint struct {
	FirstContentfulMS float64  `json:"fcp"`
	UsefulMS          float64  `json:"useful"`
	Requests          int      `json:"requests"`
	Transferred       int      `json:"transferred"`
	Decoded           int      `json:"decoded"`
	ScriptTransferred int      `json:"jsTransferred"`
	ScriptDecoded     int      `json:"jsDecoded"`
	Resources         []string `json:"resources"`
}

func (p paint) log(t *testing.T, page string) {
	t.Helper()
	t.Logf("first useful paint of %s: %.0f ms (first contentful paint %.0f ms); %d requests, %s transferred (%s decoded), JavaScript %s transferred (%s decoded)",
		page, p.UsefulMS, p.FirstContentfulMS, p.Requests, kb(p.Transferred), kb(p.Decoded), kb(p.ScriptTransferred), kb(p.ScriptDecoded))
}

func kb(n int) string { return fmt.Sprintf("%.1f KB", float64(n)/1000) }

// measure loads address and waits until the JavaScript expression ready
// holds, then reads the page's own navigation, paint and resource timings.
func measure(ctx context.Context, address, ready string) (paint, error) {
	if err := chromedp.Do(ctx, chromedp.Navigate(address)); err != nil {
		return paint{}, err
	}
	useful, err := chromedp.Run(ctx, chromedp.Poll[float64](`(`+ready+`) ? performance.now() : 0`,
		chromedp.WithPollingInterval(10*time.Millisecond), chromedp.WithPollingTimeout(45*time.Second)))
	if err != nil {
		return paint{}, fmt.Errorf("never ready (%s): %w", ready, err)
	}
	p, err := chromedp.Run(ctx, chromedp.Evaluate[paint](`(() => {
		const all = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
		const js = all.filter((e) => /\.m?js(\?|$)/.test(e.name));
		const sum = (list, key) => list.reduce((n, e) => n + (e[key] || 0), 0);
		const fcp = performance.getEntriesByName('first-contentful-paint')[0];
		return {
			fcp: fcp ? fcp.startTime : 0,
			requests: all.length,
			transferred: sum(all, 'transferSize'),
			decoded: sum(all, 'decodedBodySize'),
			jsTransferred: sum(js, 'transferSize'),
			jsDecoded: sum(js, 'decodedBodySize'),
			resources: all.map((e) => new URL(e.name).pathname),
		};
	})()`))
	p.UsefulMS = useful
	return p, err
}

type entityPage struct {
	Name     string   `json:"name"`
	Search   string   `json:"search"`
	Roles    []string `json:"roles"`
	Timeline []string `json:"timeline"`
}

type graphNode struct {
	ID   string  `json:"id"`
	Name string  `json:"name"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
}

// neighbourJS picks the entity node farthest from every other node, so
// the click lands on it and not on a neighbour or an edge label, and
// returns its page coordinates.
const neighbourJS = `(() => {
	const cy = window.__cy;
	const box = cy.container().getBoundingClientRect();
	const all = cy.nodes();
	let best = null, bestGap = -1;
	cy.nodes('[kind="entity"][center="no"]').forEach((n) => {
		const p = n.renderedPosition();
		if (p.x < 10 || p.y < 10 || p.x > box.width - 10 || p.y > box.height - 10) return;
		let gap = Infinity;
		all.forEach((m) => {
			if (m.id() === n.id()) return;
			const q = m.renderedPosition();
			gap = Math.min(gap, Math.hypot(p.x - q.x, p.y - q.y));
		});
		if (gap > bestGap) { bestGap = gap; best = n; }
	});
	if (!best) return {id: '', name: '', x: 0, y: 0};
	const p = best.renderedPosition();
	return {id: best.id(), name: best.data('label'), x: box.left + p.x, y: box.top + p.y};
})()`

func jsString(s string) string { return strconv.Quote(s) }

// poll evaluates expr in the page until it yields a truthy value (a
// non-empty string, a non-zero number) and returns it.
func poll[T any](expr string) chromedp.Action[T] {
	return chromedp.Poll[T](expr, chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(45*time.Second))
}

// pollAcrossReload polls like poll, starting again when the page it ran in
// went away (a reload the page made itself).
func pollAcrossReload[T any](ctx context.Context, expr string) (T, error) {
	for tries := 0; ; tries++ {
		v, err := chromedp.Run(ctx, poll[T](expr))
		if err == nil || tries == 3 || !strings.Contains(err.Error(), "context") || ctx.Err() != nil {
			return v, err
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// shoot saves a full-page screenshot; a failed screenshot is logged, not
// fatal, so it never hides the failure it was meant to show.
func shoot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, name), png, 0o644)
	}
	if err != nil {
		t.Logf("screenshot %s: %v", name, err)
	}
}

// screenshotDir is $NEWSGRAPH_SCREENSHOTS, or testdata/screenshots (ignored
// by git) for a person to look at after a run.
func screenshotDir(t *testing.T) string {
	dir := os.Getenv("NEWSGRAPH_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join("testdata", "screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// browser starts headless Chromium with a fresh profile and none of its
// own network traffic, and returns a function listing every host other
// than 127.0.0.1 that the pages tried to reach, every uncaught exception
// they threw, and the Content-Encoding of each /assets/ response.
func browser(t *testing.T) (context.Context, func() (external, thrown []string, encodings map[string]string)) {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	var mu sync.Mutex
	hosts := map[string]bool{}
	var exceptions []string
	encodings := map[string]string{}
	ctx, cancelCtx := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf), chromedp.WithListener(func(ev any) {
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			u, err := url.Parse(ev.Request.URL)
			if err != nil || u.Scheme == "data" || u.Scheme == "blob" || u.Hostname() == "127.0.0.1" {
				return
			}
			mu.Lock()
			hosts[u.Scheme+"://"+u.Host] = true
			mu.Unlock()
		case *network.EventResponseReceived:
			if u, err := url.Parse(ev.Response.URL); err == nil && strings.HasPrefix(u.Path, "/assets/") {
				enc := ""
				for k, v := range ev.Response.Headers {
					if strings.EqualFold(k, "Content-Encoding") {
						enc, _ = v.(string)
					}
				}
				mu.Lock()
				encodings[u.Path] = enc
				mu.Unlock()
			}
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			mu.Lock()
			exceptions = append(exceptions, fmt.Sprintf("%s (%s:%d)", msg, d.URL, d.LineNumber))
			mu.Unlock()
		}
	}))
	t.Cleanup(func() { cancelCtx(); cancelAlloc() })
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
		_, err := cdp.Call(ctx, tgt, network.Enable, network.EnableParams{})
		return err
	}))
	if err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx, func() (external, thrown []string, enc map[string]string) {
		mu.Lock()
		defer mu.Unlock()
		for h := range hosts {
			external = append(external, h)
		}
		thrown = append(thrown, exceptions...)
		return external, thrown, maps.Clone(encodings)
	}
}

// serveSeeds builds the binary, ingests the seed articles into a fresh
// store and serves it on a free port until the test ends.
// NEWSGRAPH_URL points the test at a server already running with the seeds
// instead (to look at the pages while working on them).
func serveSeeds(t *testing.T) string {
	t.Helper()
	if base := os.Getenv("NEWSGRAPH_URL"); base != "" {
		return strings.TrimSuffix(base, "/")
	}
	bin := buildBinary(t)
	seeds := filepath.Join("..", "testdata", "seeds.jsonl")
	if _, err := os.Stat(seeds); err != nil {
		t.Skipf("no seeds: %v", err)
	}
	data := filepath.Join(t.TempDir(), "data")
	if out, err := exec.Command(bin, "ingest", "--quiet", "--data", data, seeds).CombinedOutput(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	return serve(t, bin, data, "--cors-origin", corsOrigin)
}

// corsOrigin is the browser app origin the seeds' server lets call it.
const corsOrigin = "http://localhost:5173"

// checkCORS sends the preflight a page of corsOrigin would, and one of
// another origin: --cors-origin reaches the server's one access rule.
func checkCORS(t *testing.T, base string) {
	t.Helper()
	for origin, want := range map[string]string{corsOrigin: corsOrigin, "http://localhost:5174": ""} {
		req, _ := http.NewRequest(http.MethodOptions, base+"/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Access-Control-Allow-Origin"); got != want || (want != "") != (resp.StatusCode == http.StatusNoContent) {
			t.Errorf("preflight from %s: %d, Access-Control-Allow-Origin %q, want %q", origin, resp.StatusCode, got, want)
		}
	}
}

// buildBinary builds cmd/newsgraph into the test's temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "newsgraph")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/newsgraph").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// serve runs bin serve on a free port over the store data, with more
// flags, until the test ends, and returns its base URL.
func serve(t *testing.T, bin, data string, flags ...string) string {
	t.Helper()
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, append([]string{"serve", "--addr", addr, "--data", data}, flags...)...)
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		cmd.Wait()
		if t.Failed() {
			t.Logf("server log:\n%s", logs.String())
		}
	})
	base := "http://" + addr
	for deadline := time.Now().Add(60 * time.Second); ; {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return base
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s/healthz never answered: %v\n%s", base, err, logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}
