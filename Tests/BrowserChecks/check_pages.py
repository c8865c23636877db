#!/usr/bin/env python3
"""Accessibility checks of generated HTML pages in a real browser (headless Chromium).

Usage: check_pages.py [options] FILE_OR_DIR...

Every .html/.htm file (folders are searched recursively) is opened as a file:// URL
in one headless Chromium, once per viewport width (default 1280 and 320 CSS px; the
layout viewport is set with CDP device-metrics emulation, so 320 really is 320).
At each width the page must have:

  * no axe-core violation of any impact (tags wcag2a wcag2aa wcag21a wcag21aa
    wcag22aa best-practice);
  * reflow: no sideways scrolling, document.documentElement.scrollWidth <= width
    (content inside overflow:auto/scroll boxes is allowed) - WCAG 1.4.10;
  * link text: no link whose accessible name is only "click here", "here",
    "read more", "more", "find out more", "this page" or "link" - WCAG 2.4.4;
  * table headers: no table of 2x2 cells or more without a th - WCAG 1.3.1;
  * no JavaScript needed: loaded again with script execution disabled, a main
    landmark and an h1 must be present and visible;
  * focus visible: the first focus stops reached with the Tab key must each change
    outline, box-shadow or background-color when focused - WCAG 2.4.7.

Output: one PASS/FAIL line per page and width, each failure listed under it, and
last a line "N passed, M failed" counting page-width checks.
Exit status: 0 all passed, 1 something failed, 2 set-up problem (no pages, browser,
driver or axe missing, viewport emulation not working).

Install the tools first with install.sh (same folder). Whichever python3 starts
this script, it re-runs itself under the Python of that virtual environment
(CARERPRESS_CHECKS_VENV, default /opt/carerpress-browser-checks), so the pinned
selenium is used. Other overrides: CHROMIUM, CHROMEDRIVER, AXE_JS (file paths).
"""
import os
import sys

DEFAULT_VENV = "/opt/carerpress-browser-checks"
VENV = os.environ.get("CARERPRESS_CHECKS_VENV") or DEFAULT_VENV
SETUP_HINT = "run Tests/BrowserChecks/install.sh"

# Run under the virtual environment's Python (pinned selenium) when it exists,
# whichever python3 started the script.
_venv_python = os.path.join(VENV, "bin", "python")
if os.access(_venv_python, os.X_OK) and os.path.realpath(sys.prefix) != os.path.realpath(VENV):
    os.execv(_venv_python, [_venv_python, os.path.abspath(__file__)] + sys.argv[1:])

try:
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
except ImportError:
    print(f"check_pages: selenium is not installed ({VENV}); {SETUP_HINT}", file=sys.stderr)
    sys.exit(2)

import argparse
import json
import pathlib
import shutil
import time

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
GENERIC_LINK_TEXT = ["click here", "here", "read more", "more", "find out more", "this page", "link"]
DEFAULT_WIDTHS = [1280, 320]
FOCUS_STOPS = 5          # how many Tab stops are checked for a visible focus indicator
MAX_NODES_SHOWN = 0      # failing elements printed per rule (0 = all)
IMPACTS = ["critical", "serious", "moderate", "minor"]

# Selenium must not try to download drivers or send statistics (no network in CI).
os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")

# Shared JS helper: a short, readable CSS selector for an element.
SELECTOR_JS = r"""
function cpSelector(el) {
  if (!el || el.nodeType !== 1) return String(el);
  const parts = [];
  for (let e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
    if (e.id) { parts.unshift("#" + CSS.escape(e.id)); break; }
    let s = e.localName;
    if (e.classList.length) s += "." + Array.from(e.classList).map(c => CSS.escape(c)).join(".");
    const p = e.parentElement;
    if (p) {
      const same = Array.from(p.children).filter(c => c.localName === e.localName);
      if (same.length > 1) s += ":nth-of-type(" + (same.indexOf(e) + 1) + ")";
    }
    parts.unshift(s);
    if (e.localName === "body") break;
  }
  return parts.join(" > ");
}
"""

WAIT_FOR_LAYOUT_JS = r"""
const done = arguments[arguments.length - 1];
const fonts = document.fonts ? document.fonts.ready : Promise.resolve();
fonts.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));
"""

VIEWPORT_JS = "return [window.innerWidth, document.documentElement.clientWidth];"

RUN_AXE_JS = r"""
const done = arguments[arguments.length - 1];
const tags = arguments[0];
axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]})
  .then(r => done({version: axe.version, violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map(n => ({
        target: n.target, impact: n.impact,
        // every failed "all"/"none" check, and the first of the failed "any" checks
        summary: n.all.concat(n.none).concat(n.any.slice(0, 1)).map(c => c.message).join("; "),
        data: (n.any.concat(n.all, n.none).find(c => c.data && c.data.contrastRatio !== undefined) || {}).data || null
      }))}))}))
  .catch(e => done({error: String(e && e.stack || e)}));
"""

# Checks axe does not make: link text, table headers, reflow. Returns findings.
OWN_CHECKS_JS = SELECTOR_JS + r"""
const width = arguments[0], generic = new Set(arguments[1]);
const findings = [];
function finding(id, help, nodes) { if (nodes.length) findings.push({id, impact: "serious", help, nodes}); }
function hiddenFromAT(el) {
  for (let e = el; e; e = e.parentElement) {
    if (e.getAttribute("aria-hidden") === "true" || e.hidden) return true;
    const cs = getComputedStyle(e);
    if (cs.display === "none" || (e === el && cs.visibility === "hidden")) return true;
  }
  return false;
}
function accName(el) {
  const ids = (el.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
  if (ids.length) return ids.map(id => { const r = document.getElementById(id); return r ? r.textContent : ""; }).join(" ");
  if (el.getAttribute("aria-label")) return el.getAttribute("aria-label");
  let text = "";
  const walk = n => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3) text += c.data;
      else if (c.nodeType === 1) {
        if (c.getAttribute("aria-hidden") === "true" || getComputedStyle(c).display === "none") continue;
        if (c.localName === "img" || c.getAttribute("role") === "img")
          text += " " + (c.getAttribute("aria-label") || c.getAttribute("alt") || "") + " ";
        else walk(c);
      }
    }
  };
  walk(el);
  return text;
}
const normalise = s => s.toLowerCase().replace(/\s+/g, " ").trim().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

// (b) generic link text
const badLinks = [];
for (const a of document.querySelectorAll("a[href], area[href], [role=link]")) {
  if (hiddenFromAT(a)) continue;
  const name = normalise(accName(a));
  if (generic.has(name)) badLinks.push({target: cpSelector(a), summary: 'link text "' + name + '" does not say where the link goes'});
}
finding("link-text-generic", "Link text must describe its destination (WCAG 2.4.4)", badLinks);

// (c) tables of 2x2 cells or more without header cells
const badTables = [];
for (const t of document.querySelectorAll("table")) {
  const role = (t.getAttribute("role") || "").toLowerCase();
  if (role === "presentation" || role === "none" || hiddenFromAT(t)) continue;
  let cols = 0, headers = 0;
  for (const r of t.rows) {
    cols = Math.max(cols, r.cells.length);
    for (const c of r.cells) {
      const cr = (c.getAttribute("role") || "").toLowerCase();
      if (c.localName === "th" || cr === "columnheader" || cr === "rowheader") headers++;
    }
  }
  if (t.rows.length >= 2 && cols >= 2 && headers === 0)
    badTables.push({target: cpSelector(t), summary: t.rows.length + "x" + cols + " table has no th header cells"});
}
finding("table-headers", "Data tables must have header cells (th) (WCAG 1.3.1)", badTables);

// (a) reflow: the document must not scroll sideways at this width
const root = document.documentElement;
const scrollWidth = root.scrollWidth;
if (scrollWidth > width) {
  const clipped = el => {
    for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o !== "visible") return true;   // auto/scroll (allowed), hidden/clip (cannot cause scrolling)
    }
    return false;
  };
  const culprits = [];
  for (const el of document.body ? document.body.querySelectorAll("*") : []) {
    if (culprits.some(c => c.el.contains(el))) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right + window.scrollX > width + 0.5 && !clipped(el)) {
      culprits.push({el, target: cpSelector(el), summary: "right edge at " + Math.round(r.right + window.scrollX) + "px"});
      if (culprits.length >= 10) break;
    }
  }
  const nodes = culprits.map(c => ({target: c.target, summary: c.summary}));
  if (!nodes.length) nodes.push({target: "html", summary: "document is " + scrollWidth + "px wide"});
  findings.push({id: "reflow", impact: "serious",
    help: "Page must not scroll sideways at " + width + " CSS px; it is " + scrollWidth + "px wide (WCAG 1.4.10)", nodes});
}
return findings;
"""

# With scripts disabled: main landmark and h1 present and visible.
NO_JS_CHECK_JS = SELECTOR_JS + r"""
function visible(el) {
  if (el.checkVisibility && !el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) return false;
  const r = el.getBoundingClientRect();
  if (r.width <= 1 || r.height <= 1) return false;
  if (r.right + window.scrollX <= 0 || r.bottom + window.scrollY <= 0) return false;
  return true;
}
const problems = [];
const mains = Array.from(document.querySelectorAll("main, [role=main]"));
if (!mains.length) problems.push({target: "main", summary: "no main landmark without JavaScript"});
else if (!mains.some(m => visible(m) && m.innerText.trim())) problems.push({target: cpSelector(mains[0]), summary: "main landmark is hidden or empty without JavaScript"});
const h1s = Array.from(document.querySelectorAll("h1, [role=heading][aria-level='1']"));
if (!h1s.length) problems.push({target: "h1", summary: "no h1 without JavaScript"});
else if (!h1s.some(h => visible(h) && h.innerText.trim())) problems.push({target: cpSelector(h1s[0]), summary: "h1 is hidden or empty without JavaScript"});
return problems;
"""

# Called after each Tab press: the look of the newly focused element, and the look
# of the element focused before it (now unfocused) so the two states can be compared.
# If focus did not move (the last stop) or came back round, the element is blurred
# to see its unfocused look, and the walk stops.
FOCUS_STEP_JS = SELECTOR_JS + r"""
function settle() {  // jump CSS transitions/animations to their end state
  if (document.getAnimations) for (const a of document.getAnimations()) { try { a.finish(); } catch (e) {} }
}
function transparent(c) { return c === "transparent" || /^rgba\(.*,\s*0\)$/.test(c); }
function look(el) {
  const cs = getComputedStyle(el);
  const ow = parseFloat(cs.outlineWidth) || 0;
  const outline = (cs.outlineStyle === "none" || (ow === 0 && cs.outlineStyle !== "auto") || transparent(cs.outlineColor))
    ? "none" : cs.outlineStyle + " " + cs.outlineWidth + " " + cs.outlineColor;
  return {outline, "box-shadow": cs.boxShadow, "background-color": cs.backgroundColor};
}
settle();
const st = window.__cpFocus || (window.__cpFocus = {prev: null, prevLook: null, seen: new Set()});
let el = document.activeElement;
if (el === document.body || el === document.documentElement) el = null;
const result = {current: null};
if (st.prev) {
  const stop = !el || el === st.prev || st.seen.has(el);
  if (el === st.prev) { el.blur(); settle(); }
  const unfocused = look(st.prev);
  const changed = Object.keys(unfocused).filter(k => unfocused[k] !== st.prevLook[k]);
  result.previous = {target: cpSelector(st.prev), changed, focused: st.prevLook, unfocused};
  if (stop) { st.prev = null; return result; }
}
if (el) { st.seen.add(el); st.prev = el; st.prevLook = look(el); result.current = cpSelector(el); }
return result;
"""


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 2)[2])
    ap.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    ap.add_argument("--widths", default=",".join(map(str, DEFAULT_WIDTHS)),
                    help="comma-separated viewport widths in CSS px (default %(default)s)")
    ap.add_argument("--json", metavar="FILE", help="also write every result as JSON")
    ap.add_argument("--max-nodes", type=int, default=MAX_NODES_SHOWN,
                    help="failing elements printed per rule (default %(default)s, 0 = all)")
    return ap.parse_args()


def collect_pages(paths):
    pages = []
    for arg in paths:
        p = pathlib.Path(arg)
        if p.is_dir():
            pages += sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in (".html", ".htm"))
        elif p.is_file():
            pages.append(p)
        else:
            print(f"check_pages: no such file or directory: {arg}", file=sys.stderr)
            sys.exit(2)
    return [q.resolve() for q in pages]


def display_name(path):
    try:
        return str(path.relative_to(pathlib.Path.cwd()))
    except ValueError:
        return str(path)


def find_executable(env_var, *candidates):
    if os.environ.get(env_var):
        return os.environ[env_var]
    for c in candidates:
        found = c if ("/" in c and os.access(c, os.X_OK)) else (shutil.which(c) if "/" not in c else None)
        if found:
            return found
    return None


def start_browser():
    # /usr/bin/chromium is a shell wrapper; start the real binary.
    chrome = find_executable("CHROMIUM", "/usr/lib/chromium/chromium", "chromium", "chromium-browser")
    driver_path = find_executable("CHROMEDRIVER", "chromedriver", "/usr/lib/chromium/chromedriver")
    if not chrome or not driver_path:
        print(f"check_pages: chromium or chromedriver not found; {SETUP_HINT}", file=sys.stderr)
        sys.exit(2)
    opts = Options()
    opts.binary_location = chrome
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1280,900",
                 "--lang=en-GB", "--no-first-run", "--disable-extensions", "--mute-audio"):
        opts.add_argument(flag)
    try:
        driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=opts)
    except WebDriverException as e:
        print(f"check_pages: could not start Chromium ({chrome}) with {driver_path}: {e.msg or e}",
              file=sys.stderr)
        sys.exit(2)
    # Below selenium's own 120 s HTTP timeout, so a stuck page is reported, not a traceback.
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


def set_width(driver, width):
    height = 900 if width >= 1024 else max(640, 2 * width)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def load(driver, url, width, scripts=True):
    driver.get(url)
    if scripts:
        # With script execution disabled, promise and animation-frame callbacks never
        # run; reading layout (below) is then enough, as pages use local fonts.
        driver.execute_async_script(WAIT_FOR_LAYOUT_JS)
    inner, client = driver.execute_script(VIEWPORT_JS)
    if inner != width or client != width:
        print(f"check_pages: viewport emulation failed: asked for {width}px, page sees "
              f"innerWidth {inner}px, clientWidth {client}px", file=sys.stderr)
        sys.exit(2)


def check_focus(driver):
    """Tab through the first focus stops; each must look different when focused."""
    nodes = []
    checked = 0
    for _ in range(FOCUS_STOPS + 2):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        step = driver.execute_script(FOCUS_STEP_JS)
        prev = step.get("previous")
        if prev:
            checked += 1
            if not prev["changed"]:
                f = prev["focused"]
                nodes.append({"target": prev["target"],
                              "summary": "no change in outline, box-shadow or background-color when focused "
                                         f"(outline {f['outline']}; box-shadow {f['box-shadow']}; "
                                         f"background {f['background-color']})"})
        if not step.get("current") or checked >= FOCUS_STOPS:
            break
    findings = []
    if nodes:
        findings.append({"id": "focus-visible", "impact": "serious",
                         "help": "Keyboard focus must be visible (WCAG 2.4.7)", "nodes": nodes})
    return findings, checked


def check_page_width(driver, url, width, axe_src):
    """Everything that runs with JavaScript on. Returns (findings, notes)."""
    load(driver, url, width)
    driver.execute_script(axe_src)
    res = driver.execute_async_script(RUN_AXE_JS, AXE_TAGS)
    if res.get("error"):
        raise RuntimeError("axe failed: " + res["error"])
    findings = res["violations"]
    for f in findings:
        for n in f["nodes"]:
            n["target"] = " | ".join(" >>> ".join(t) if isinstance(t, list) else str(t) for t in n["target"])
    findings += driver.execute_script(OWN_CHECKS_JS, width, GENERIC_LINK_TEXT)
    focus_findings, stops = check_focus(driver)
    findings += focus_findings
    return findings, {"axe": res["version"], "focus_stops_checked": stops}


def check_without_js(driver, url, width):
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        load(driver, url, width, scripts=False)
        problems = driver.execute_script(NO_JS_CHECK_JS)
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    if problems:
        return [{"id": "works-without-js", "impact": "serious",
                 "help": "Main landmark and h1 must be present and visible without JavaScript",
                 "nodes": problems}]
    return []


def describe_node(rule_id, node):
    text = node["target"]
    data = node.get("data")
    if rule_id == "color-contrast" and data:
        text += (f"  (contrast {data.get('contrastRatio')}:1, needs {data.get('expectedContrastRatio')};"
                 f" {data.get('fgColor')} on {data.get('bgColor')}, {data.get('fontSize')} {data.get('fontWeight')})")
    elif node.get("summary"):
        summary = " ".join(node["summary"].split())
        text += f"  ({summary[:300]})"
    return text


def print_result(name, width, findings, max_nodes):
    if not findings:
        print(f"PASS {name} @ {width}px")
        return
    print(f"FAIL {name} @ {width}px: {len(findings)} violation{'s' if len(findings) != 1 else ''}")
    for f in sorted(findings, key=lambda f: IMPACTS.index(f.get("impact") or "minor")):
        n = len(f["nodes"])
        print(f"    [{f.get('impact') or 'minor'}] {f['id']}: {f['help']} ({n} element{'s' if n != 1 else ''})")
        shown = f["nodes"] if max_nodes <= 0 else f["nodes"][:max_nodes]
        for node in shown:
            print(f"        {describe_node(f['id'], node)}")
        if len(shown) < n:
            print(f"        ... and {n - len(shown)} more")


def main():
    args = parse_args()
    try:
        widths = [int(w) for w in args.widths.split(",") if w.strip()]
    except ValueError:
        print(f"check_pages: bad --widths {args.widths!r}", file=sys.stderr)
        return 2
    pages = collect_pages(args.paths)
    if not pages:
        print(f"check_pages: no .html files found in {' '.join(args.paths)}", file=sys.stderr)
        return 2
    axe_path = pathlib.Path(os.environ.get("AXE_JS") or os.path.join(VENV, "share", "axe-core", "axe.min.js"))
    if not axe_path.is_file():
        print(f"check_pages: {axe_path} not found; {SETUP_HINT}", file=sys.stderr)
        return 2
    axe_src = axe_path.read_text(encoding="utf-8")

    started = time.monotonic()
    driver = start_browser()
    passed = failed = 0
    results = []
    try:
        print(f"Checking {len(pages)} page(s) at {', '.join(f'{w}px' for w in widths)} in Chromium "
              f"{driver.capabilities.get('browserVersion', '?')}, axe-core tags {' '.join(AXE_TAGS)}")
        for page in pages:
            url = page.as_uri()
            name = display_name(page)
            for width in widths:
                set_width(driver, width)
                try:
                    findings, notes = check_page_width(driver, url, width, axe_src)
                    findings += check_without_js(driver, url, width)
                except (WebDriverException, RuntimeError) as e:
                    msg = getattr(e, "msg", None) or str(e)
                    if "invalid session id" in msg or "disconnected" in msg or "no such window" in msg:
                        print(f"check_pages: the browser stopped while checking {name}: {msg}", file=sys.stderr)
                        return 2
                    findings, notes = [{"id": "check-error", "impact": "critical",
                                        "help": "The checks could not run on this page",
                                        "nodes": [{"target": "document", "summary": msg.splitlines()[0][:300]}]}], {}
                except Exception as e:  # e.g. the driver connection timed out
                    print(f"check_pages: browser problem while checking {name}: {type(e).__name__}: {e}",
                          file=sys.stderr)
                    return 2
                print_result(name, width, findings, args.max_nodes)
                sys.stdout.flush()
                if findings:
                    failed += 1
                else:
                    passed += 1
                results.append({"page": str(page), "width": width, "passed": not findings,
                                "findings": findings, **notes})
    finally:
        try:
            driver.quit()
        except Exception:
            pass
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"Checked in {time.monotonic() - started:.1f} s")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
