#!/usr/bin/env python3
"""Prints, per document of a DEV corpus, the gold events next to the events evgraph extracts
(date, type, modality, title, agents, targets). A debugging aid for tuning event extraction.

  scripts/dev-events.py tests/data/wire-mixed [DOC_ID]

Never run it on held-out or blind sets: they are scored once, not read.
"""
import json, os, subprocess, sys, tempfile
import yaml

EVGRAPH = os.environ.get("EVGRAPH", "build/evgraph")
FORBIDDEN = ("heldout", "blind")


def main():
    corpus = sys.argv[1]
    if any(word in corpus for word in FORBIDDEN):
        sys.exit("dev-events.py reads development sets only")
    only = sys.argv[2] if len(sys.argv) > 2 else None
    gold = yaml.safe_load(open(os.path.join(corpus, "gold.yaml"), encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([EVGRAPH, "build", os.path.join(corpus, "corpus.yaml"), "-o", tmp], check=True,
                       capture_output=True)
        graph = json.load(open(os.path.join(tmp, "graph.json"), encoding="utf-8"))
    names = {n["id"]: n.get("name", n["id"]) for kind in ("actors", "places", "proposals") for n in graph.get(kind, [])}
    docs = [d["id"] for d in yaml.safe_load(open(os.path.join(corpus, "corpus.yaml"), encoding="utf-8"))["documents"]]
    for doc in docs:
        if only and doc != only:
            continue
        print(f"=== {doc}")
        for g in gold["events"]:
            if g["doc"] != doc:
                continue
            flag = "R" if g.get("required") else ("o" if g.get("optional") else " ")
            print(f"  gold {flag} {str(g['date'].get('value')):12} {g['type']:12} {g.get('summary', '')[:70]}"
                  f"  agents={g.get('agents', [])[:2]} targets={g.get('targets', [])[:2]}")
        for ev in graph["events"]:
            if doc not in {s["doc"] for s in ev["sources"]}:
                continue
            date = ev.get("date", {}).get("value")
            agents = [names.get(a, a) for a in ev.get("agents", [])]
            targets = [names.get(a, a) for a in ev.get("targets", [])]
            print(f"  got    {str(date):12} {ev['type']:12} {ev.get('modality', ''):9} {ev.get('title', '')!r}"
                  f"  agents={agents} targets={targets}")


if __name__ == "__main__":
    main()
