#!/usr/bin/python3
"""Browser test of the interactive timeline page (`evgraph render html`).

Usage: /usr/bin/python3 tests/browser/test_html_timeline.py PAGE.html [--expect-events N]
                                         [--screenshot OUT.png] [--dark] [--timeout S]

Needs Debian's chromium, chromium-driver and python3-selenium (apt-get install -y chromium
chromium-driver python3-selenium); run it with Debian's /usr/bin/python3.

Checks, in this order, and exits 1 with a message at the first failure:
  1. the page loads from file:// and finishes its first render (body[data-ready="1"]); the time to
     first render (window.evgraphRenderMs, from navigation start) is printed;
  2. no SEVERE console message (script errors, CSP violations, failed loads), now and at the end;
  3. #shown-count reads "N ... M" with N = M = the number of events (--expect-events N if given);
  4. safety: no element with an on* attribute, no <img>/<iframe>/<object>/<embed>, and every
     <a href> is http(s) or relative;
  5. unticking one type in the type filter lowers the shown count; ticking it again restores it;
  6. a search for a rare word of an event title shows fewer events, at least one;
  7. clicking that event's mark on the canvas opens #details with its first source quote, and its
     links open in a new tab with rel="noopener noreferrer";
  8. keyboard: focus the timeline, ArrowRight then Enter opens #details, Escape closes it;
  9. the list view shows rows in date order and Enter on it opens #details;
 10. the light/dark toggle switches data-theme and the page background;
 11. no word of the UI was missing from ui.words.
--screenshot writes a PNG at the end (search cleared, one event selected; dark with --dark).
"""
import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.actions.action_builder import ActionBuilder
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
except ImportError:
    sys.exit("test_html_timeline: python3-selenium is missing (apt-get install -y python3-selenium; run with /usr/bin/python3)")


class Failure(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Failure(msg)


def numbers(text):
    """The integers in a text, with thousands separators (spaces, no-break spaces, commas) removed."""
    text = re.sub(r"(?<=\d)[\s\u00a0\u202f,.'](?=\d{3}(?!\d))", "", text)
    return [int(x) for x in re.findall(r"\d+", text)]


def wait_for(pred, timeout, msg, interval=0.05):
    end = time.time() + timeout
    while time.time() < end:
        try:
            v = pred()
            if v:
                return v
        except Exception:                     # the page may be mid-render
            pass
        time.sleep(interval)
    raise Failure(msg)


def start_driver(profile):
    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={profile}", "--window-size=1440,900", "--force-device-scale-factor=1"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=opts)


def severe(driver):
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def shown(driver):
    return numbers(driver.find_element(By.ID, "shown-count").text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("page")
    ap.add_argument("--expect-events", type=int)
    ap.add_argument("--screenshot")
    ap.add_argument("--dark", action="store_true")
    ap.add_argument("--timeout", type=float, default=60)
    a = ap.parse_args()

    page = Path(a.page).resolve()
    if not page.is_file():
        sys.exit(f"test_html_timeline: {page}: no such file")
    profile = tempfile.mkdtemp(prefix="evgraph-chromium-")
    driver = None
    try:
        driver = start_driver(profile)
        driver.set_window_size(1440, 900)
        run(driver, page, a)
        print("PASS")
        return 0
    except Failure as e:
        print(f"FAIL: {e}")
        return 1
    finally:
        if driver is not None:
            driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def run(driver, page, a):
    # 1. load and first render
    t = time.time()
    driver.get(page.as_uri())
    try:
        ready = wait_for(lambda: driver.execute_script("return document.body && document.body.dataset.ready"),
                         a.timeout, "")
    except Failure:
        errors = "; ".join(e["message"] for e in severe(driver)) or "none"
        raise Failure(f"the page did not finish its first render within {a.timeout:.0f} s (console errors: {errors})")
    if ready != "1":
        raise Failure(f"the page could not start: {driver.find_element(By.TAG_NAME, 'body').text[:300]!r}")
    wall = time.time() - t
    ms = driver.execute_script("return window.evgraphRenderMs")
    timings = driver.execute_script("return window.evgraphTimings")
    print(f"first render: {ms} ms after navigation start (data parsed at {timings.get('parse')} ms, "
          f"prepared at {timings.get('prepared')} ms); {wall:.2f} s wall from driver.get")

    redraw = driver.execute_script("return window.evgraph.benchRender(10)")
    print(f"redraw (zoom/pan frame) at the initial view: {redraw:.1f} ms")

    # 2. console
    bad = severe(driver)
    check(not bad, "SEVERE console messages after load: " + "; ".join(e["message"] for e in bad))

    # 3. shown count
    blob = json.loads(driver.execute_script("return document.getElementById('evgraph-data').textContent"))
    events = blob["graph"].get("events", [])
    total = len(events)
    if a.expect_events is not None:
        check(total == a.expect_events, f"the page holds {total} events, expected {a.expect_events}")
    n = shown(driver)
    check(len(n) >= 2 and n[0] == total and n[1] == total,
          f"#shown-count reads {driver.find_element(By.ID, 'shown-count').text!r}, expected {total} of {total}")
    print(f"shown-count: {driver.find_element(By.ID, 'shown-count').text!r}")

    # 4. safety of the DOM
    unsafe = driver.execute_script("""
        const out = [];
        for (const n of document.querySelectorAll('*')) {
          for (const at of n.attributes) if (/^on/i.test(at.name)) out.push(n.tagName + '[' + at.name + ']');
          if (/^(IMG|IFRAME|OBJECT|EMBED|FRAME)$/.test(n.tagName)) out.push(n.tagName);
        }
        if (document.scripts.length !== 2) out.push(document.scripts.length + ' scripts');
        return out;""")
    check(not unsafe, f"unexpected active content in the page: {unsafe}")
    check_links(driver)

    # 5. type filter
    boxes = driver.find_elements(By.CSS_SELECTOR, "#facet-type input[type=checkbox]")
    check(boxes, "no type checkboxes in #facet-type")
    counts = [numbers(b.find_element(By.XPATH, "..").text) for b in boxes]
    k = max(range(len(boxes)), key=lambda i: counts[i][-1] if counts[i] else 0)
    value = boxes[k].get_attribute("data-value")
    boxes[k].click()
    wait_for(lambda: shown(driver)[0] < total, 10, f"unticking type {value!r} did not lower the shown count")
    after = shown(driver)[0]
    fms = driver.execute_script("return window.evgraphFilterMs")
    print(f"type filter: unticking {value!r} shows {after} of {total} (filtering took {fms} ms)")
    driver.find_element(By.CSS_SELECTOR, f"#facet-type input[data-value='{value}']").click()
    wait_for(lambda: shown(driver)[0] == total, 10, f"ticking type {value!r} again did not restore {total}")

    # 6. search for a rare word of a dated event's title
    target, word = rare_word(events)
    check(target is not None, "no dated event with a usable title word to search for")
    search = driver.find_element(By.ID, "search")
    search.send_keys(word)
    wait_for(lambda: 1 <= shown(driver)[0] < total, 10,
             f"searching {word!r} did not narrow the events (shown-count: {driver.find_element(By.ID, 'shown-count').text!r})")
    fms = driver.execute_script("return window.evgraphFilterMs")
    print(f"search {word!r}: {shown(driver)[0]} of {total} shown (filtering took {fms} ms)")

    # 7. click the event's mark
    pos = wait_for(lambda: driver.execute_script("return window.evgraph.markPosition(arguments[0])", target["id"]),
                   10, f"event {target['id']} is not drawn on the timeline after the search")
    click_at(driver, pos["x"], pos["y"])
    details = driver.find_element(By.ID, "details")
    wait_for(lambda: details.is_displayed(), 5, "clicking the event's mark did not open #details")
    quote = norm(target["sources"][0]["quote"]) if target.get("sources") else ""
    wait_for(lambda: quote in norm(details.text), 5, f"#details does not show the source quote {quote[:60]!r}")
    check(norm(target.get("title", "")) in norm(driver.find_element(By.ID, "details-title").text), "#details does not show the title")
    check_links(driver)
    print(f"details: {target['id']} shown with its quote")

    # 8. keyboard: Escape closes, ArrowRight + Enter opens
    driver.find_element(By.ID, "search").clear()
    driver.find_element(By.ID, "search").send_keys(Keys.SPACE, Keys.BACKSPACE)
    wait_for(lambda: shown(driver)[0] == total, 10, "clearing the search did not restore all events")
    canvas = driver.find_element(By.ID, "tl-canvas")
    driver.execute_script("arguments[0].focus()", canvas)
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    wait_for(lambda: not details.is_displayed(), 5, "Escape did not close #details")
    driver.execute_script("arguments[0].focus()", canvas)
    ActionChains(driver).send_keys(Keys.ARROW_RIGHT, Keys.ENTER).perform()
    wait_for(lambda: details.is_displayed(), 5, "ArrowRight + Enter on the timeline did not open #details")
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    wait_for(lambda: not details.is_displayed(), 5, "Escape did not close #details after keyboard selection")
    print("keyboard: arrow + Enter opens, Escape closes")

    # 9. list view
    driver.find_element(By.ID, "tab-list").click()
    rows = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#list .row"), 5, "the list view shows no rows")
    dated = sorted((e for e in events if (e.get("date") or {}).get("start")), key=lambda e: e["date"]["start"])
    if dated:
        first_title = rows[0].find_element(By.CSS_SELECTOR, ".c-title").text
        check(first_title == dated[0].get("title") or any(norm(first_title) == norm(e.get("title", "")) for e in dated
                                                          if e["date"]["start"] == dated[0]["date"]["start"]),
              f"the list's first row is {first_title!r}, not the earliest event {dated[0].get('title')!r}")
    driver.find_element(By.ID, "list").send_keys(Keys.ENTER)
    wait_for(lambda: details.is_displayed(), 5, "Enter on the list did not open #details")
    driver.find_element(By.ID, "tab-timeline").click()
    print(f"list view: {len(rows)} rows rendered, Enter opens details")

    # 10. theme toggle
    before = driver.execute_script("return [document.documentElement.dataset.theme, getComputedStyle(document.body).backgroundColor]")
    driver.find_element(By.ID, "theme-toggle").click()
    after_t = driver.execute_script("return [document.documentElement.dataset.theme, getComputedStyle(document.body).backgroundColor]")
    check(before[0] != after_t[0] and before[1] != after_t[1], f"the theme toggle did not switch the theme ({before} -> {after_t})")
    print(f"theme toggle: {before[0]} -> {after_t[0]}")
    if (after_t[0] == "dark") != a.dark:
        driver.find_element(By.ID, "theme-toggle").click()

    # 11. words, console again
    missing = driver.execute_script("return window.evgraph.missingWords()")
    check(not missing, f"words missing from ui.words: {missing}")
    bad = severe(driver)
    check(not bad, "SEVERE console messages: " + "; ".join(e["message"] for e in bad))

    if a.screenshot:
        time.sleep(0.3)
        driver.save_screenshot(a.screenshot)
        print(f"screenshot: {a.screenshot}")


def norm(s):
    return re.sub(r"\s+", " ", str(s)).strip()


def rare_word(events):
    """A dated event with sources and the word of its title (4+ letters or digits) that the fewest
    titles hold, so that searching it keeps few events and this one drawn as a mark."""
    from collections import Counter
    freq = Counter(wd for e in events for wd in set(re.findall(r"\w{4,}", str(e.get("title", "")).lower())))
    best = (None, None, None)
    for e in events[:5000]:
        if not (e.get("date") or {}).get("start") or not e.get("sources"):
            continue
        for wd in re.findall(r"\w{4,}", str(e.get("title", "")).lower()):
            if best[2] is None or freq[wd] < best[2]:
                best = (e, wd, freq[wd])
    return best[0], best[1]


def click_at(driver, x, y):
    actions = ActionBuilder(driver)
    actions.pointer_action.move_to_location(int(round(x)), int(round(y)))
    actions.pointer_action.click()
    actions.perform()


def check_links(driver):
    for link in driver.find_elements(By.CSS_SELECTOR, "a[href]"):
        href = link.get_attribute("href")          # resolved: relative links become file://
        raw = driver.execute_script("return arguments[0].getAttribute('href')", link)
        check(re.match(r"(?i)^https?://", raw) or not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", raw),
              f"link with a refused scheme: {raw!r}")
        check(link.get_attribute("target") == "_blank", f"link {href} does not open a new tab")
        rel = (link.get_attribute("rel") or "").split()
        check("noopener" in rel and "noreferrer" in rel, f"link {href} lacks rel=noopener noreferrer")


if __name__ == "__main__":
    sys.exit(main())
