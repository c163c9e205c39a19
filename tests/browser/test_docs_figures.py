#!/usr/bin/python3
"""Browser test of the user guide's figures (out/docs, built by make -f Makefile.docs).

Usage: /usr/bin/python3 tests/browser/test_docs_figures.py OUT_DOCS [--screenshot PREFIX]

In Debian's headless Chromium (chromium, chromium-driver, python3-selenium), on the sample page:
  1. every SVG figure is an <object> whose SVG document is live (an <img> would draw a picture
     only: no tooltip, no link);
  2. in the timeline, an event's tooltip (its <title>) holds the quote of its source, and its link
     leads to the article's text, a file that exists next to the guide;
  3. in the reader's dark colour scheme the page and the timeline turn dark, and the graph figure
     shown is its dark drawing; in the light scheme, the light ones;
  4. no SEVERE console message.
--screenshot writes PREFIX-light.png and PREFIX-dark.png.
Exits 1 with a message at the first failure.
"""
import argparse
import shutil
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
except ImportError:
    sys.exit("test_docs_figures: python3-selenium is missing (apt-get install -y python3-selenium; run with /usr/bin/python3)")


class Failure(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Failure(msg)


def wait_for(pred, timeout, msg):
    end = time.time() + timeout
    while time.time() < end:
        try:
            value = pred()
            if value:
                return value
        except Exception:
            pass
        time.sleep(0.05)
    raise Failure(msg)


def start_driver(profile):
    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    # file:// pages are each their own origin: reading an <object>'s SVG document from the page
    # needs this (a reader's browser shows it either way).
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--allow-file-access-from-files",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={profile}", "--window-size=1280,1000", "--force-device-scale-factor=1"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=opts)


def set_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


FIGURES = """
return [...document.querySelectorAll('object.figure')].map((o) => {
  const doc = o.contentDocument;
  return {data: o.getAttribute('data'), url: o.data, live: !!(doc && doc.documentElement &&
          doc.documentElement.nodeName === 'svg'), shown: getComputedStyle(o).display !== 'none'};
});"""

TIMELINE_EVENT = """
const o = [...document.querySelectorAll('object.figure')].find((x) => /timeline\\.svg$/.test(x.getAttribute('data')));
const doc = o && o.contentDocument;
if (!doc) return null;
for (const a of doc.querySelectorAll('a')) {
  const g = a.querySelector('g');
  const title = g && g.querySelector(':scope > title');
  const href = a.getAttribute('href') || a.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
  if (title && href) return {title: title.textContent, href, base: doc.URL};
}
return {none: true};"""

BACKGROUNDS = """
const o = [...document.querySelectorAll('object.figure')].find((x) => /timeline\\.svg$/.test(x.getAttribute('data')));
const bg = o.contentDocument.querySelector('rect[class$="-bg"]');
return [getComputedStyle(document.body).backgroundColor, bg ? getComputedStyle(bg).fill : null];"""


def luminance(css):
    nums = [float(x) for x in css[css.index("(") + 1:css.index(")")].split(",")[:3]]
    return 0.2126 * nums[0] + 0.7152 * nums[1] + 0.0722 * nums[2]


def run(driver, docs, args):
    page = docs / "sample.html"
    check(page.is_file(), f"{page}: missing (build the guide: make -f Makefile.docs)")
    set_scheme(driver, "light")
    driver.get(page.as_uri())
    # A figure hidden in this colour scheme (display: none) is not loaded: the shown ones must be live.
    all_live = lambda f: f if f and all(x["live"] for x in f if x["shown"]) else None
    figures = wait_for(lambda: all_live(driver.execute_script(FIGURES)),
                       20, f"the SVG figures of sample.html are not live documents: {driver.execute_script(FIGURES)}")
    check(not driver.find_elements("css selector", "img[src$='.svg']"), "an SVG figure is embedded with <img>")
    print(f"figures: {len(figures)} <object> SVG figures: {', '.join(f['data'] for f in figures)}")

    event = driver.execute_script(TIMELINE_EVENT)
    check(event and not event.get("none"), "the timeline has no event with a link and a tooltip")
    check("«" in event["title"] and "»" in event["title"], f"the tooltip quotes no source: {event['title'][:200]!r}")
    target = urllib.parse.urljoin(event["base"], event["href"])
    check(target.startswith("file://"), f"the link {event['href']!r} is not a file next to the guide")
    path = Path(urllib.parse.unquote(urllib.parse.urlparse(target).path))
    check(path.is_file(), f"the link {event['href']!r} leads to {path}, which does not exist")
    check(docs.resolve() in path.resolve().parents, f"the link leads out of the guide's folder: {path}")
    print(f"tooltip: {event['title'].splitlines()[0]!r} ... with its quote; link {event['href']} -> {path.name} exists")

    light = driver.execute_script(BACKGROUNDS)
    shown_light = {f["data"] for f in driver.execute_script(FIGURES) if f["shown"]}
    if args.screenshot:
        driver.save_screenshot(args.screenshot + "-light.png")
    set_scheme(driver, "dark")
    dark = wait_for(lambda: (lambda b: b if b != light else None)(driver.execute_script(BACKGROUNDS)), 5,
                    "the page and its timeline do not change in the dark colour scheme")
    check(luminance(dark[0]) < 80 < luminance(light[0]), f"page background light {light[0]}, dark {dark[0]}")
    check(dark[1] and light[1] and luminance(dark[1]) < 80 < luminance(light[1]),
          f"timeline background light {light[1]}, dark {dark[1]}")
    wait_for(lambda: all_live(driver.execute_script(FIGURES)), 20, "the figures shown in the dark scheme are not live")
    shown_dark = {f["data"] for f in driver.execute_script(FIGURES) if f["shown"]}
    check(any(d.endswith("graph-dark.svg") for d in shown_dark) and not any(d.endswith("graph-dark.svg") for d in shown_light),
          f"the graph's dark drawing is not the one shown in the dark scheme (light: {shown_light}, dark: {shown_dark})")
    check(any(d.endswith("/graph.svg") for d in shown_light) and not any(d.endswith("/graph.svg") for d in shown_dark),
          "the graph's light drawing is shown in the dark scheme")
    print(f"colour scheme: page {light[0]} -> {dark[0]}, timeline {light[1]} -> {dark[1]}, graph figure switched")
    if args.screenshot:
        time.sleep(0.2)
        driver.save_screenshot(args.screenshot + "-dark.png")
    bad = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
    check(not bad, "SEVERE console messages: " + "; ".join(e["message"] for e in bad))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("docs")
    ap.add_argument("--screenshot")
    args = ap.parse_args()
    profile = tempfile.mkdtemp(prefix="evgraph-chromium-")
    driver = None
    try:
        driver = start_driver(profile)
        run(driver, Path(args.docs).resolve(), args)
        print("PASS")
        return 0
    except Failure as e:
        print(f"FAIL: {e}")
        return 1
    finally:
        if driver is not None:
            driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
