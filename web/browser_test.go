package web

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
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
// internet: GraphiQL runs an example query, then the entity page of a
// person in the seeds shows roles, a timeline and a neighbourhood graph
// whose nodes open other entities' pages.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the browser test")
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Skip("chromium not installed: apt-get install chromium")
	}
	base := serveSeeds(t)
	shots := screenshotDir(t)

	ctx, report := browser(t)
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()

	// The query page: run the first example (meetings of a person).
	began := time.Now()
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`.graphiql-container .graphiql-execute-button`)),
		chromedp.WaitVisible(chromedp.CSS(`.graphiql-query-editor .view-lines`)),
	)
	if err != nil {
		t.Fatalf("GraphiQL: %v", err)
	}
	t.Logf("GraphiQL ready %v after navigating", time.Since(began).Round(time.Millisecond))
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
	for _, want := range []string{`"meetings"`, `"participants"`, `"name"`, `"start"`} {
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

	hosts, thrown := report()
	if len(hosts) > 0 {
		t.Errorf("the pages asked hosts other than the server: %v", hosts)
	}
	for _, e := range thrown {
		t.Errorf("page threw: %s", e)
	}
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
// than 127.0.0.1 that the pages tried to reach and every uncaught
// exception they threw.
func browser(t *testing.T) (context.Context, func() (external, thrown []string)) {
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
	return ctx, func() (external, thrown []string) {
		mu.Lock()
		defer mu.Unlock()
		for h := range hosts {
			external = append(external, h)
		}
		thrown = append(thrown, exceptions...)
		return external, thrown
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
	dir := t.TempDir()
	bin := filepath.Join(dir, "newsgraph")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/newsgraph").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	seeds := filepath.Join("..", "testdata", "seeds.jsonl")
	if _, err := os.Stat(seeds); err != nil {
		t.Skipf("no seeds: %v", err)
	}
	data := filepath.Join(dir, "data")
	if out, err := exec.Command(bin, "ingest", "--quiet", "--data", data, seeds).CombinedOutput(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}

	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, "serve", "--addr", addr, "--data", data)
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
