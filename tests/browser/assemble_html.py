#!/usr/bin/env python3
"""Builds the self-contained timeline page from a graph.json: what `evgraph render html` does.

This is the reference for the C++ writer. It reads

  data/html/timeline.html   the template, with five placeholders:
                              EVGRAPH_LANG          in <html lang="...">        -> the language code
                              EVGRAPH_TITLE         in <title>                  -> the title, HTML-escaped
                              /*EVGRAPH_CSS*/       alone on its line in <style> -> timeline.css
                              /*EVGRAPH_JS*/        alone on its line in <script> -> timeline.js
                              EVGRAPH_DATA_JSON     alone on its line in <script type="application/json"
                                                    id="evgraph-data">          -> the data blob
  data/html/timeline.css, data/html/timeline.js
  data/lang/<lang>/html.yaml                     ui.words: a flat map key -> word
  data/lang/<lang>/language.yaml (event_types)  ui.type_labels, in the order of the style's
  data/lang/<lang>/triggers.yaml (types.<t>.label) event_types (labels missing in the first file)
  data/style/default.yaml    (themes.light/dark) style.type_colors, style.default_color, style.themes

and writes one HTML file that loads nothing from the network. The data blob:

  {"graph": <graph.json as read, without "edges">,
   "ui": {"lang", "title", "words", "type_labels", "modality_labels"},
   "style": {"type_colors": {type: "#rrggbb"}, "default_color": "#rrggbb",
             "themes": {"light": {"background", "text", "muted", "grid",
                                  optional: "axis", "lane_band", "accent", "type_colors"}, "dark": {...}}},
   "links": {doc id: "https://..." | "relative/path" | null}}

Rules the C++ port must keep:
  - each placeholder occurs exactly once in the template; replacement is one pass over the template,
    so text inserted for one placeholder is never scanned for another;
  - the JSON is written with every "<" as \\u003c (it then cannot close the <script> element);
    the CSS must not contain "</style", the JS neither "</script", "<script" nor "<!--" (checked);
  - links: a document's url when it is http(s), else its path (relative to the page), else null.
    The page checks the scheme again before using a link.

Usage: assemble_html.py GRAPH.json -o OUT.html [--lang fr|en] [--title T] [--root REPO]
                        [--links url|path|none]
"""
import argparse
import html
import json
import re
import sys
from pathlib import Path

import yaml

PLACEHOLDERS = ("EVGRAPH_LANG", "EVGRAPH_TITLE", "/*EVGRAPH_CSS*/", "/*EVGRAPH_JS*/", "EVGRAPH_DATA_JSON")
MODALITIES = ("happened", "planned", "possible", "reported", "denied")


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f) or {}


def type_labels(root, lang, style):
    """Type -> label, in the style's legend order (event_types; the page's lane order). Labels come
    from the language pack (data/lang/<lang>/language.yaml, event_types), else from the trigger
    pack's type labels (data/lang/<lang>/triggers.yaml, types.<t>.label)."""
    labels = {}
    trig = root / "data" / "lang" / lang / "triggers.yaml"
    if trig.exists():
        for t, spec in (load_yaml(trig).get("types") or {}).items():
            if isinstance(spec, dict) and spec.get("label"):
                labels[t] = str(spec["label"])
    pack = root / "data" / "lang" / lang / "language.yaml"
    if pack.exists():
        labels.update({t: str(v) for t, v in (load_yaml(pack).get("event_types") or {}).items()})
    order = list(style.get("event_types") or style.get("timeline", {}).get("event_types") or [])
    return {t: labels[t] for t in order + sorted(set(labels) - set(order)) if t in labels}


def style_blob(style):
    themes = style.get("themes", {})
    out = {"themes": {}}
    for name in ("light", "dark"):
        th = themes.get(name, {})
        entry = {k: th[k] for k in ("background", "text", "muted", "grid", "axis", "lane_band") if k in th}
        if "event_types" in th:
            entry["type_colors"] = dict(th["event_types"])
        out["themes"][name] = entry
    light_types = themes.get("light", {}).get("event_types", {})
    out["type_colors"] = dict(light_types)
    out["default_color"] = light_types.get("other", "#777777")
    return out


def links_for(graph, mode):
    """Document id -> link: its http(s) url (mode url), else its path when relative, else None."""
    is_http = lambda u: isinstance(u, str) and re.match(r"(?i)^https?://", u)
    is_relative = lambda p: isinstance(p, str) and p and not re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*:|/|\\\\)", p)
    links = {}
    for doc in graph.get("corpus", {}).get("documents", []):
        url, path = doc.get("url"), doc.get("path")
        link = None
        if mode == "url" and is_http(url):
            link = url
        elif mode != "none" and is_relative(path):
            link = path
        links[str(doc.get("id"))] = link
    return links


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("graph")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--lang", default=None, help="fr or en (default: the corpus documents' language, else fr)")
    ap.add_argument("--title", default=None)
    ap.add_argument("--root", default=str(Path(__file__).resolve().parents[2]), help="the repository (holds data/)")
    ap.add_argument("--links", choices=("url", "path", "none"), default="url",
                    help="url: a document's http(s) url, else its path; path: its path only; none: no links")
    a = ap.parse_args()

    root = Path(a.root)
    with open(a.graph, encoding="utf-8") as f:
        graph = json.load(f)
    docs = graph.get("corpus", {}).get("documents", [])
    lang = a.lang or next((d.get("lang") for d in docs if d.get("lang") in ("fr", "en")), "fr")
    words = {str(k): str(v) for k, v in load_yaml(root / "data" / "lang" / lang / "html.yaml").items()}
    style = load_yaml(root / "data" / "style" / "default.yaml")
    name = graph.get("corpus", {}).get("name")
    title = a.title or (words.get("title_corpus", "{name}").replace("{name}", name) if name else words.get("title", "evgraph"))

    # The page does not draw edges: leaving them out makes the page about a third smaller and
    # quicker to open. Everything else of graph.json goes in as read.
    page_graph = {k: v for k, v in graph.items() if k != "edges"}
    blob = {
        "graph": page_graph,
        "ui": {
            "lang": lang,
            "title": title,
            "words": words,
            "type_labels": type_labels(root, lang, style),
            "modality_labels": {m: words.get("modality_" + m, m) for m in MODALITIES},
        },
        "style": style_blob(style),
        "links": links_for(graph, a.links),
    }

    html_dir = root / "data" / "html"
    template = (html_dir / "timeline.html").read_text(encoding="utf-8")
    css = (html_dir / "timeline.css").read_text(encoding="utf-8")
    js = (html_dir / "timeline.js").read_text(encoding="utf-8")
    for p in PLACEHOLDERS:
        if template.count(p) != 1:
            sys.exit(f"assemble_html: {p} occurs {template.count(p)} times in the template, not once")
    if re.search(r"(?i)</style", css) or re.search(r"(?i)</script|<!--|<script", js):
        sys.exit("assemble_html: the CSS or JS holds a closing tag that would end its element")

    data = json.dumps(blob, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    values = {
        "EVGRAPH_LANG": html.escape(lang, quote=True),
        "EVGRAPH_TITLE": html.escape(title, quote=True),
        "/*EVGRAPH_CSS*/": css,
        "/*EVGRAPH_JS*/": js,
        "EVGRAPH_DATA_JSON": data,
    }
    pattern = re.compile("|".join(re.escape(p) for p in PLACEHOLDERS))
    page = pattern.sub(lambda m: values[m.group(0)], template)   # one pass: inserted text is not rescanned
    Path(a.output).write_text(page, encoding="utf-8")
    print(f"{a.output}: {len(graph.get('events', []))} events, {len(page) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
