package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cablegraph/cablegraph/draw"
)

// The picture test renders pages with cablegraph draw from the bundled
// sample and opens them in a real headless Chromium (Debian's chromium,
// installed by scripts/install-chromium). The page has a self-test hook:
// with #selftest=FROM,TO in its address it records what it shows, moves
// the period sliders to FROM..TO as a user would, records again, and
// writes the lot as JSON into the page, which chromium --dump-dom prints.
// Screenshots are kept in testdata/out (ignored by git).

// selfTest is what the page's hook writes.
type selfTest struct {
	Before, After struct {
		People     []string `json:"people"`
		Meetings   []string `json:"meetings"`
		EdgeLabels []string `json:"edge_labels"`
	}
	Months     []string `json:"months"`
	Drawn      int      `json:"drawn"`
	Positioned int      `json:"positioned"`
	Label      string   `json:"label"`
	Resources  []string `json:"resources"`
	Errors     []string `json:"errors"`
}

func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CABLEGRAPH_REQUIRE_CHROMIUM") == "1" {
		t.Fatal("CABLEGRAPH_REQUIRE_CHROMIUM=1 but no chromium on PATH (scripts/install-chromium installs it)")
	}
	t.Skip("no chromium on PATH; scripts/install-chromium installs it (CABLEGRAPH_REQUIRE_CHROMIUM=1 makes this a failure)")
	return ""
}

// chromium runs the browser headless on page with extra flags. Every
// network request is sent to a closed port and every host name fails to
// resolve, so a page that needed the network would show it.
func chromium(t *testing.T, bin, page string, extra ...string) (string, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute) // a hung browser, not a measurement
	defer cancel()
	args := append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
		"--no-first-run", "--user-data-dir=" + t.TempDir(),
		"--proxy-server=http://127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
		"--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000",
	}, extra...)
	args = append(args, page)
	cmd := exec.CommandContext(ctx, bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %s: %v\n%s", page, err, stderr.String())
	}
	return stdout.String(), stderr.String()
}

// consoleErrors picks the page's console errors and uncaught exceptions
// out of Chromium's log.
func consoleErrors(log string) []string {
	var out []string
	for _, line := range strings.Split(log, "\n") {
		if strings.Contains(line, "CONSOLE") && (strings.Contains(line, "Uncaught") || strings.Contains(line, ":ERROR:") || strings.Contains(line, "Error")) {
			out = append(out, line)
		}
	}
	return out
}

func testOutDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("testdata", "out"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func month(date string) string {
	if len(date) < 7 {
		return ""
	}
	return date[:7]
}

// TestDrawChromium draws Lavrov, Kouchner and the whole sample, and checks
// each page in Chromium: it loads offline without errors, shows every
// person and every meeting of its data with their dates, and narrowing
// the period removes exactly the meetings outside it.
func TestDrawChromium(t *testing.T) {
	bin := chromiumPath(t)
	jsonl, _ := sampleExtract(t)
	out := testOutDir(t)
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"lavrov", []string{"Lavrov"}},
		{"kouchner", []string{"-depth", "2", "Kouchner"}},
		{"sample", []string{"-all"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := filepath.Join(out, tt.name+".html")
			args := append([]string{"draw", "-in", jsonl, "-o", page}, tt.args...)
			if code, _, stderr := runCmd(t, args...); code != 0 {
				t.Fatalf("%v: exit %d\n%s", args, code, stderr)
			}
			net := pageNetwork(t, page)
			if len(net.People) == 0 || len(net.Meetings) == 0 {
				t.Fatalf("%s: empty network %+v", tt.name, net)
			}

			// Narrow the period to the month of the first dated meeting
			// (a page whose meetings all fall in one month keeps them all).
			var months []string
			for _, m := range net.Meetings {
				if mo := month(m.Date); mo != "" {
					months = append(months, mo)
				}
			}
			sort.Strings(months)
			if len(months) == 0 {
				t.Fatalf("%s: no dated meeting to filter on", tt.name)
			}
			lo, hi := months[0], months[0]
			whole := months[0] == months[len(months)-1]
			var wantAll, wantAfter []string
			for _, m := range net.Meetings {
				id := fmt.Sprintf("%s|%s|%s|%d|%s", m.From, m.To, m.Cable, m.Paragraph, m.Date)
				wantAll = append(wantAll, id)
				if mo := month(m.Date); mo != "" && mo >= lo && mo <= hi || mo == "" && whole {
					wantAfter = append(wantAfter, id)
				}
			}
			sort.Strings(wantAll)
			sort.Strings(wantAfter)

			dom, log := chromium(t, bin, "--dump-dom", "file://"+page+"#selftest="+lo+","+hi)
			m := regexp.MustCompile(`<pre id="selftest-result" data-done="1">(.*?)</pre>`).FindStringSubmatch(dom)
			if m == nil {
				t.Fatalf("%s: the page's self-test did not finish (a script failed?)\n%s", tt.name, log)
			}
			var st selfTest
			if err := json.Unmarshal([]byte(html.UnescapeString(m[1])), &st); err != nil {
				t.Fatal(err)
			}
			if len(st.Errors) > 0 {
				t.Errorf("%s: errors in the page: %q", tt.name, st.Errors)
			}
			if errs := consoleErrors(log); len(errs) > 0 {
				t.Errorf("%s: console errors:\n%s", tt.name, strings.Join(errs, "\n"))
			}
			if len(st.Resources) > 0 {
				t.Errorf("%s: the page fetched %q; it must open offline", tt.name, st.Resources)
			}
			var names []string
			for _, p := range net.People {
				names = append(names, p.Name)
			}
			sort.Strings(names)
			if !slices.Equal(st.Before.People, names) || st.Drawn != len(names) || st.Positioned != len(names) {
				t.Errorf("%s: shows %q (%d drawn, %d placed), want %q", tt.name, st.Before.People, st.Drawn, st.Positioned, names)
			}
			if !slices.Equal(st.Before.Meetings, wantAll) {
				t.Errorf("%s: shows meetings %q, want %q", tt.name, st.Before.Meetings, wantAll)
			}
			for _, m := range net.Meetings {
				if m.Date != "" && !slices.Contains(st.Before.EdgeLabels, m.Date) {
					t.Errorf("%s: no edge labelled %s in %q", tt.name, m.Date, st.Before.EdgeLabels)
				}
			}
			if !slices.Equal(st.After.Meetings, wantAfter) {
				t.Errorf("%s: after narrowing to %s..%s shows %q, want %q", tt.name, lo, hi, st.After.Meetings, wantAfter)
			}
			if !strings.Contains(st.Label, lo) {
				t.Errorf("%s: the period reads %q, want it to name %s", tt.name, st.Label, lo)
			}
			t.Logf("%s: %d people, %d meetings, %d left in %s..%s", tt.name, len(names), len(wantAll), len(wantAfter), lo, hi)

			shot := filepath.Join(out, tt.name+".png")
			os.Remove(shot)
			chromium(t, bin, "--window-size=1000,640", "--screenshot="+shot, "file://"+page)
			checkScreenshot(t, shot, net)
		})
	}
}

// checkScreenshot checks that the screenshot is a PNG of the window with
// the people drawn in it: some pixels must be neither white nor grey.
func checkScreenshot(t *testing.T, name string, net draw.Network) {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if b := img.Bounds(); b.Dx() != 1000 || b.Dy() != 640 {
		t.Errorf("%s: %v, want 1000x640", name, b)
	}
	if n := colouredPixels(img); n < 50*len(net.People) {
		t.Errorf("%s: %d coloured pixels for %d people; is the network drawn?", name, n, len(net.People))
	}
}

func colouredPixels(img image.Image) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			hi, lo := max(r, g, bl), min(r, g, bl)
			if hi-lo > 0x3000 { // saturated: not white, grey or black
				n++
			}
		}
	}
	return n
}
