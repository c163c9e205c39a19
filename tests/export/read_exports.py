#!/usr/bin/python3
"""Reads evgraph's exports back with the tools people use them with, and checks that they hold the
graph: networkx (GraphML, GEXF), Python's csv module (the tables), a JSON Schema validator
(TimelineJS), and Mermaid's own timeline grammar (its lexer's rules, from mermaid-js's
timeline.jison). Run with Debian's /usr/bin/python3 (python3-networkx, python3-jsonschema).

Usage: read_exports.py EVGRAPH GRAPH.json SCHEMAS_DIR WORK_DIR
Exits 1 at the first mismatch; prints what it read.
"""
import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import networkx as nx
from networkx.readwrite import gexf as nx_gexf


def check(cond, message):
    if not cond:
        print("FAIL: " + message)
        sys.exit(1)


def export(evgraph, fmt, graph, out):
    result = subprocess.run([evgraph, "export", fmt, str(graph), "-o", str(out)], capture_output=True, text=True)
    check(result.returncode == 0, f"export {fmt} failed: {result.stderr}")
    return out


def read_graphml(evgraph, g, work):
    path = export(evgraph, "graphml", g["file"], work / "graph.graphml")
    graph = nx.read_graphml(path)
    check(graph.number_of_nodes() == g["nodes"], f"GraphML: {graph.number_of_nodes()} nodes, expected {g['nodes']}")
    check(graph.number_of_edges() == g["edges"], f"GraphML: {graph.number_of_edges()} edges, expected {g['edges']}")
    by_id = {data["evgraph_id"]: data for _, data in graph.nodes(data=True)}
    for ev in g["events"]:
        data = by_id.get(ev["id"])
        check(data is not None, f"GraphML: no node for {ev['id']}")
        check(data["class"] == "event" and data["type"] == ev["type"], f"GraphML: {ev['id']} type")
        check(isinstance(data["confidence"], float) and abs(data["confidence"] - ev["confidence"]) < 1e-9,
              f"GraphML: {ev['id']} confidence {data.get('confidence')!r}, expected {ev['confidence']}")
        check(data["sources"] == len(ev["sources"]) and isinstance(data["sources"], int), f"GraphML: {ev['id']} sources")
        check(data.get("modality") == ev.get("modality"), f"GraphML: {ev['id']} modality")
        if ev["date"].get("start"):
            check(data["date_start"] == ev["date"]["start"], f"GraphML: {ev['id']} date_start")
    actor = g["actors"][0]
    check("confidence" not in by_id[actor["id"]], "GraphML: an actor has a confidence")
    kinds = sorted(d["edge_kind"] for _, _, d in graph.edges(data=True))
    check(kinds == sorted(e["kind"] for e in g["edges_list"]), "GraphML: edge kinds differ")
    print(f"graphml: networkx read {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, typed attributes")


def read_gexf(evgraph, g, work):
    path = export(evgraph, "gexf", g["file"], work / "graph.gexf")
    # Debian 12's networkx (2.8) knows GEXF 1.1 and 1.2 only; networkx 3 adds 1.3 with exactly
    # these namespaces. Registering them is all the reader needs: the elements evgraph writes
    # (attributes, attvalues, start/end, viz:color) are the same in 1.2 and 1.3.
    if "1.3" not in nx_gexf.GEXF.versions:
        nx_gexf.GEXF.versions["1.3"] = {
            "NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
            "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
            "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"}
    graph = nx.read_gexf(path, version="1.3")
    check(graph.number_of_nodes() == g["nodes"], f"GEXF: {graph.number_of_nodes()} nodes, expected {g['nodes']}")
    check(graph.number_of_edges() == g["edges"], f"GEXF: {graph.number_of_edges()} edges, expected {g['edges']}")
    dynamic = 0
    for ev in g["events"]:
        data = graph.nodes[ev["id"]]
        check(data["label"] == ev["title"].strip() or ev["title"] == "", f"GEXF: {ev['id']} label {data['label']!r}")
        check(data["type"] == ev["type"] and abs(data["confidence"] - ev["confidence"]) < 0.005, f"GEXF: {ev['id']} attributes")
        if ev["date"].get("start"):
            check(data.get("start") == ev["date"]["start"], f"GEXF: {ev['id']} start {data.get('start')!r}")
            dynamic += 1
    check(dynamic > 0, "GEXF: no event has a start date")
    print(f"gexf: networkx read {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, {dynamic} dated events")


def read_csv(evgraph, g, work):
    folder = export(evgraph, "csv", g["file"], work / "tables")
    def rows(name):
        with open(folder / name, newline="", encoding="utf-8") as f:
            raw = f.read()
        check(raw.endswith("\r\n") and "\n" not in raw.replace("\r\n", ""), f"{name}: lines do not all end in CRLF")
        return list(csv.DictReader(raw.splitlines(keepends=True), strict=True))
    events = rows("events.csv")
    check(len(events) == len(g["events"]), f"events.csv: {len(events)} rows")
    titles = {r["id"]: r["title"] for r in events}
    for ev in g["events"]:
        check(titles[ev["id"]] == " ".join(ev["title"].split()) or titles[ev["id"]] == ev["title"], f"events.csv: title of {ev['id']}")
    check(len(rows("entities.csv")) == len(g["actors"]) + len(g["places"]) + len(g["proposals"]), "entities.csv rows")
    check(len(rows("edges.csv")) == len(g["edges_list"]), "edges.csv rows")
    check(len(rows("sources.csv")) == sum(len(e["sources"]) for e in g["events"]), "sources.csv rows")
    check(len(rows("documents.csv")) == len(g["documents"]), "documents.csv rows")
    print(f"csv: {len(events)} events, the tables read back by the csv module")


def read_timelinejs(evgraph, g, work, schemas):
    path = export(evgraph, "timelinejs", g["file"], work / "timeline.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    schema = json.loads((schemas / "timelinejs.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.path))
    check(not errors, "TimelineJS: " + "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5]))
    dated = [e for e in g["events"] if any(e["date"].get(k) for k in ("start", "earliest", "latest"))]
    check(len(data["events"]) == len(dated), f"TimelineJS: {len(data['events'])} slides, {len(dated)} dated events")
    ids = [s["unique_id"] for s in data["events"]]
    check(len(ids) == len(set(ids)), "TimelineJS: unique_id repeats")
    print(f"timelinejs: {len(data['events'])} slides valid against schemas/timelinejs.schema.json")


# Mermaid's timeline lexer (packages/mermaid/src/diagrams/timeline/parser/timeline.jison), in
# order; the older releases' rules also stop text at "#" and ";".
MERMAID_RULES = [
    ("comment", r"%%(?!\{)[^\n]*"), ("newline", r"\n+"), ("space", r"[ \t]+"), ("comment", r"#[^\n]*"),
    ("timeline", r"timeline"), ("title", r"title\s[^\n]+"), ("section", r"section\s[^:\n]+"),
    ("event", r":\s(?:[^:\n]|:(?!\s))+"), ("period", r"[^#:\n]+"),
]


def read_mermaid(evgraph, g, work):
    text = export(evgraph, "mermaid", g["file"], work / "timeline.mmd").read_text(encoding="utf-8")
    tokens, at = [], 0
    while at < len(text):
        for name, rule in MERMAID_RULES:
            m = re.compile(rule, re.I).match(text, at)
            if m:
                tokens.append((name, m.group(0)))
                at = m.end()
                break
        else:
            check(False, f"Mermaid: no rule reads {text[at:at + 40]!r}")
    meaning = [t for t in tokens if t[0] not in ("space", "newline", "comment")]
    check(meaning[0][0] == "timeline" and meaning[1][0] == "title", "Mermaid: does not start with timeline and a title")
    events = [v for k, v in meaning if k == "event"]
    periods = [v for k, v in meaning if k == "period"]
    sections = [v[8:].strip() for k, v in meaning if k == "section"]
    dated = [e for e in g["events"] if any(e["date"].get(k) for k in ("start", "earliest", "latest"))]
    check(len(events) == len(dated), f"Mermaid: {len(events)} events read, {len(dated)} dated events")
    check(sections == sorted(sections) and len(set(sections)) == len(sections), f"Mermaid: sections {sections}")
    for value in events:
        check(not re.search(r"[#;]", value), f"Mermaid: {value!r} holds # or ; (comments or statement ends in older Mermaid)")
    check(all(p.strip() for p in periods), "Mermaid: an empty period")
    print(f"mermaid: {len(sections)} sections, {len(periods)} periods, {len(events)} events read by Mermaid's lexer rules")


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    evgraph, graph_file, schemas, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
    work.mkdir(parents=True, exist_ok=True)
    graph = json.loads(graph_file.read_text(encoding="utf-8"))
    g = {
        "file": graph_file, "events": graph["events"], "actors": graph["actors"], "places": graph["places"],
        "proposals": graph["proposals"], "documents": graph["corpus"]["documents"], "edges_list": graph["edges"],
        "nodes": len(graph["events"]) + len(graph["actors"]) + len(graph["places"]) + len(graph["proposals"])
        + len(graph["corpus"]["documents"]),
        "edges": len(graph["edges"]),
    }
    read_graphml(evgraph, g, work)
    read_gexf(evgraph, g, work)
    read_csv(evgraph, g, work)
    read_timelinejs(evgraph, g, work, schemas)
    read_mermaid(evgraph, g, work)
    print("PASS")


if __name__ == "__main__":
    main()
