#!/usr/bin/env python3
"""Writes a synthetic graph export (graph.json, CONTRACT.md) with N events for the render, export
and browser benchmarks: the shape of a big corpus's graph, not its meaning. Events spread over ten
years with the date granularities, modalities, confidences and source counts real graphs have, so
every drawing path (day marks, periods, open bounds, undated, hollow and dashed marks) is exercised.
Based on the project's shared bench generator; --change P alters a share P of the events (date
refined, source added, some removed, some added) to make a second version.

Usage: make_graph.py N OUT.json [--change P] [--seed S] [--urls]
  --urls   give every document an https url (the links of the sources)
"""
import argparse
import datetime
import json
import random

ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
ap.add_argument("n", type=int)
ap.add_argument("out")
ap.add_argument("--change", type=float, default=0.0)
ap.add_argument("--seed", type=int, default=1)
ap.add_argument("--urls", action="store_true")
a = ap.parse_args()

rnd = random.Random(1)
types = ["meeting", "visit", "call", "summit", "statement", "proposal", "decision", "agreement", "attack",
         "election", "protest", "sanction", "negotiation", "arrest"]
modalities = ["happened"] * 14 + ["planned"] * 3 + ["possible"] * 1 + ["reported"] * 2 + ["denied"]
words = ("talks ceasefire border election strike summit sanctions aid visit treaty reform vote "
         "protest budget court ministers delegation envoy guarantees pipeline").split()
n_actors, n_places, n_docs = max(10, a.n // 20), max(5, a.n // 50), max(5, a.n // 3)
actors = [{"id": f"actor:a{i:06d}", "name": f"Actor {i}", "kind": rnd.choice(["person", "state", "organisation"]),
           "aliases": []} for i in range(n_actors)]
places = [{"id": f"place:p{i:05d}", "name": f"Place {i}", "aliases": []} for i in range(n_places)]
docs = []
for i in range(n_docs):
    doc = {"id": f"doc-{i:06d}", "path": f"doc-{i:06d}.txt", "published": "2025-01-01", "lang": "fr",
           "sha256": "0" * 64, "title": f"Dispatch {i}"}
    if a.urls:
        doc["url"] = f"https://news.example/{i:06d}"
    docs.append(doc)
base = datetime.date(2015, 1, 1)


def event_date(day):
    kind = rnd.random()
    iso = day.isoformat()
    if kind < 0.70:
        return {"value": iso, "start": iso, "end": iso, "granularity": "day", "certainty": "explicit"}
    if kind < 0.80:
        end = day + datetime.timedelta(days=rnd.randrange(1, 5))
        return {"value": iso, "start": iso, "end": end.isoformat(), "granularity": "day", "certainty": "inferred"}
    if kind < 0.90:
        first = day.replace(day=1)
        nxt = (first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
        return {"value": first.strftime("%Y-%m"), "start": first.isoformat(), "end": nxt.isoformat(),
                "granularity": "month", "certainty": "explicit"}
    if kind < 0.95:
        return {"value": None, "start": None, "end": None, "granularity": "unknown", "latest": iso, "certainty": "inferred"}
    if kind < 0.98:
        return {"value": None, "start": None, "end": None, "granularity": "unknown", "earliest": iso,
                "latest": (day + datetime.timedelta(days=20)).isoformat(), "certainty": "inferred"}
    return {"value": None, "start": None, "end": None, "granularity": "unknown", "certainty": "unknown"}


events = []
for i in range(a.n):
    day = base + datetime.timedelta(days=rnd.randrange(3650))
    acts = sorted(rnd.sample(range(n_actors), 2))
    agent, target = actors[acts[0]]["id"], actors[acts[1]]["id"]
    sources = []
    for _ in range(1 + (rnd.random() < 0.3) + (rnd.random() < 0.1)):
        sources.append({"doc": docs[rnd.randrange(n_docs)]["id"], "begin": 0, "end": 10,
                        "quote": f"Sentence {i} on the {rnd.choice(words)} of Actor {acts[0]} and Actor {acts[1]}."})
    sources.sort(key=lambda s: (s["doc"], s["begin"]))
    ev = {"id": f"event:{i:07d}", "type": rnd.choice(types),
          "title": f"Event {i}: {rnd.choice(words)} {rnd.choice(words)} of Actor {acts[0]} and Actor {acts[1]}",
          "date": event_date(day), "actors": [agent, target], "places": [places[rnd.randrange(n_places)]["id"]],
          "proposals": [], "agents": [agent], "targets": [target], "sources": sources,
          "confidence": round(rnd.choice([0.45, 0.55, 0.7, 0.8, 0.9, 0.95]), 2),
          "salience": {"documents": len({s["doc"] for s in sources}), "sentences": len(sources)},
          "modality": rnd.choice(modalities)}
    events.append(ev)
if a.change:
    r2 = random.Random(a.seed)
    k = int(a.n * a.change)
    for j, i in enumerate(r2.sample(range(a.n), k)):
        ev = events[i]
        if j % 3 == 0:
            ev["sources"].append({"doc": docs[r2.randrange(n_docs)]["id"], "begin": 5, "end": 20, "quote": "Another report."})
            ev["sources"].sort(key=lambda s: (s["doc"], s["begin"]))
        elif j % 3 == 1:
            ev["title"] += " (updated)"
        else:
            ev["_drop"] = True
    events = [e for e in events if not e.pop("_drop", False)]
    for j in range(k // 3):
        day = base + datetime.timedelta(days=r2.randrange(3650))
        events.append({"id": f"event:new-{j:06d}", "type": "meeting", "title": f"New event {j}",
                       "date": {"value": day.isoformat(), "start": day.isoformat(), "end": day.isoformat(),
                                "granularity": "day", "certainty": "explicit"},
                       "actors": [actors[0]["id"]], "places": [], "proposals": [], "agents": [actors[0]["id"]],
                       "targets": [], "sources": [{"doc": docs[0]["id"], "begin": 0, "end": 3, "quote": "New."}],
                       "confidence": 0.7, "salience": {"documents": 1, "sentences": 1}, "modality": "happened"})
edges = []
for ev in events:
    for x in ev["agents"]:
        edges.append({"from": x, "to": ev["id"], "kind": "agent"})
    for x in ev["targets"]:
        edges.append({"from": ev["id"], "to": x, "kind": "target"})
    for x in ev["places"]:
        edges.append({"from": ev["id"], "to": x, "kind": "located_in"})
    for doc in sorted({s["doc"] for s in ev["sources"]}):
        edges.append({"from": ev["id"], "to": doc, "kind": "reported_by"})
events.sort(key=lambda e: e["id"])
edges.sort(key=lambda e: (e["from"], e["to"], e["kind"]))
with open(a.out, "w", encoding="utf-8") as f:
    json.dump({"evgraph": "1", "corpus": {"name": "synthetic", "documents": docs}, "events": events, "actors": actors,
               "places": places, "proposals": [], "edges": edges}, f, ensure_ascii=False)
print(f"{a.out}: {len(events)} events, {len(edges)} edges")
