#!/usr/bin/env python3
"""Scores evgraph on a TimeML corpus (.tml files with TIMEX3 tags), the TempEval-3 way.

  timeml.py convert TML_DIR OUT_DIR   -> OUT_DIR/corpus.yaml, OUT_DIR/docs/*.txt and OUT_DIR/gold.yaml
                                         (the format tests/eval/score.py reads)
  timeml.py score TML_DIR             -> runs `evgraph timex` on the converted corpus and prints
                                         strict and relaxed span P/R/F1, value P/R/F1 and type
                                         P/R/F1; exits 1 below --min-value-f1
  timeml.py selftest TML_DIR          -> checks the reader and the scorer on TML_DIR with
                                         predictions made from its own gold (no evgraph needed)

Each .tml file is one document. Its text is the content of <TEXT> with every tag removed (entities
decoded); its publication date is the value of the TIMEX3 whose functionInDocument is
CREATION_TIME (in <DCT>), which is not scored. Its language is the root's xml:lang (or lang)
attribute, else --lang. The TIMEX3 inside <TEXT> are the gold: their text, offsets, type and value.

TempEval-3 (UzZaman et al., 2013): a system expression matches a gold one when their extents
overlap (relaxed) or are equal (strict), one to one; value and type are scored on the relaxed
matches: P = right values / system expressions, R = right values / gold expressions.
Standard library only (score.py's gold.yaml is written by hand as YAML).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

EVGRAPH = os.environ.get("EVGRAPH", "build/evgraph")


class Document:
    def __init__(self, doc_id, text, published, lang, timexes):
        self.id = doc_id
        self.text = text
        self.published = published
        self.lang = lang
        self.timexes = timexes  # [{begin, end, text, type, value}] in character offsets


def local(tag):
    return tag.rsplit("}", 1)[-1]


def read_tml(path, default_lang):
    root = ET.parse(path).getroot()
    lang = root.get("{http://www.w3.org/XML/1998/namespace}lang") or root.get("lang") or default_lang
    published = None
    for element in root.iter():
        if local(element.tag) == "TIMEX3" and element.get("functionInDocument") == "CREATION_TIME":
            published = element.get("value", "")[:10]
    text_element = next((e for e in root.iter() if local(e.tag) == "TEXT"), None)
    if text_element is None or not published or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        raise ValueError(f"{path}: needs a <TEXT> and a DCT TIMEX3 with a YYYY-MM-DD value")
    pieces, timexes = [], []

    def walk(element):
        # Text of `element` with its tags removed; TIMEX3 extents recorded as they are met.
        begin = sum(len(p) for p in pieces)
        if element.text:
            pieces.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
        if local(element.tag) == "TIMEX3" and element is not text_element:
            end = sum(len(p) for p in pieces)
            timexes.append({"begin": begin, "end": end, "text": "".join(pieces)[begin:end],
                            "type": element.get("type", ""), "value": element.get("value", "")})

    walk(text_element)
    doc_id = re.sub(r"[^a-z0-9._-]+", "-", os.path.splitext(os.path.basename(path))[0].lower()).strip("-")
    return Document(doc_id or "doc", "".join(pieces), published, lang, sorted(timexes, key=lambda t: t["begin"]))


def read_corpus(tml_dir, default_lang):
    files = sorted(f for f in os.listdir(tml_dir) if f.endswith(".tml"))
    if not files:
        raise ValueError(f"{tml_dir}: no .tml file")
    return [read_tml(os.path.join(tml_dir, f), default_lang) for f in files]


def quote(s):
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def occurrence(text, needle, begin):
    """The occurrence number of needle at begin, counted as score.py counts (overlapping finds)."""
    n, i = 0, -1
    while True:
        i = text.find(needle, i + 1)
        if i < 0:
            return None
        n += 1
        if i == begin:
            return n


def convert(docs, out_dir):
    os.makedirs(os.path.join(out_dir, "docs"), exist_ok=True)
    corpus = ["corpus: timeml", "documents:"]
    gold = ["# Converted from TimeML by tests/eval/timeml.py: the TIMEX3 of each <TEXT>.", "timexes:"]
    for doc in docs:
        path = f"docs/{doc.id}.txt"
        with open(os.path.join(out_dir, path), "w", encoding="utf-8", newline="") as f:
            f.write(doc.text)
        corpus += [f"  - id: {doc.id}", f"    path: {path}", f"    published: {doc.published}", f"    lang: {doc.lang}"]
        gold.append(f"  {doc.id}:" + ("" if doc.timexes else " []"))
        for t in doc.timexes:
            n = occurrence(doc.text, t["text"], t["begin"])
            gold.append(f"    - {{text: {quote(t['text'])}, value: {quote(t['value'])}, type: {t['type']}, occurrence: {n}}}")
    with open(os.path.join(out_dir, "corpus.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(corpus) + "\n")
    with open(os.path.join(out_dir, "gold.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(gold) + "\n")


def run_evgraph(out_dir, docs):
    p = subprocess.run([EVGRAPH, "timex", os.path.join(out_dir, "corpus.yaml")], capture_output=True, text=True)
    if p.returncode != 0:
        sys.stderr.write(p.stderr)
        raise SystemExit(f"evgraph timex exited {p.returncode}")
    by_id = {d.id: d for d in docs}
    predictions = {d.id: [] for d in docs}
    for line in p.stdout.splitlines():
        if not line.strip():
            continue
        t = json.loads(line)
        raw = by_id[t["doc"]].text.encode("utf-8")
        # evgraph gives UTF-8 byte offsets; the gold, characters
        begin = len(raw[: t["begin"]].decode("utf-8"))
        end = len(raw[: t["end"]].decode("utf-8"))
        predictions[t["doc"]].append({"begin": begin, "end": end, "text": t["text"], "type": t["type"], "value": t["value"]})
    return predictions


def prf(tp, system, gold):
    p = tp / system if system else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(docs, predictions):
    counts = {"gold": 0, "system": 0, "strict": 0, "relaxed": 0, "value": 0, "type": 0}
    misses = []
    for doc in docs:
        gold, system = doc.timexes, predictions.get(doc.id, [])
        counts["gold"] += len(gold)
        counts["system"] += len(system)
        used = set()
        for g in gold:
            # One to one: the strict match first, else the overlapping one with the right value,
            # else the first overlapping one.
            overlapping = [k for k, s in enumerate(system) if k not in used and s["begin"] < g["end"] and g["begin"] < s["end"]]
            exact = [k for k in overlapping if system[k]["begin"] == g["begin"] and system[k]["end"] == g["end"]]
            right = [k for k in overlapping if system[k]["value"] == g["value"]]
            pick = (exact or right or overlapping or [None])[0]
            if pick is None:
                misses.append(f"  missed {doc.id}: {g['text']!r} -> {g['value']}")
                continue
            used.add(pick)
            s = system[pick]
            counts["relaxed"] += 1
            counts["strict"] += s["begin"] == g["begin"] and s["end"] == g["end"]
            counts["type"] += s["type"] == g["type"]
            if s["value"] == g["value"]:
                counts["value"] += 1
            else:
                misses.append(f"  wrong value {doc.id}: {g['text']!r} -> {s['value']} (gold {g['value']})")
        for k, s in enumerate(system):
            if k not in used:
                misses.append(f"  spurious {doc.id}: {s['text']!r} -> {s['value']}")
    return counts, misses


def report(counts):
    lines = []
    for key, name in (("strict", "strict span"), ("relaxed", "relaxed span"), ("value", "value"), ("type", "type")):
        p, r, f = prf(counts[key], counts["system"], counts["gold"])
        lines.append(f"{name}: P={p:.3f} R={r:.3f} F1={f:.3f}")
    lines.append(f"gold={counts['gold']} system={counts['system']} relaxed={counts['relaxed']} strict={counts['strict']} "
                 f"value={counts['value']} type={counts['type']}")
    return lines


def selftest(docs):
    """The scorer against predictions made from the gold: exact, shifted, wrong value, extra."""
    assert any(d.timexes for d in docs), "no TIMEX3 to test with"
    for doc in docs:
        for t in doc.timexes:
            assert doc.text[t["begin"]:t["end"]] == t["text"], (doc.id, t)
            n = occurrence(doc.text, t["text"], t["begin"])
            assert n is not None
    perfect = {d.id: [dict(t) for t in d.timexes] for d in docs}
    counts, _ = score(docs, perfect)
    total = counts["gold"]
    assert counts["strict"] == counts["relaxed"] == counts["value"] == counts["type"] == counts["system"] == total, counts
    assert prf(counts["value"], counts["system"], counts["gold"])[2] == 1.0
    # Widen the first expression by one character: relaxed still, no longer strict; change the
    # second's value; add one spurious expression.
    altered = {d.id: [dict(t) for t in d.timexes] for d in docs}
    first = next(d for d in docs if len(d.timexes) >= 2)
    a = altered[first.id]
    a[0]["end"] += 1
    a[1]["value"] = "XXXX"
    a.append({"begin": 0, "end": 0, "text": "", "type": "DATE", "value": "2000"})
    counts, misses = score(docs, altered)
    assert counts["relaxed"] == total and counts["strict"] == total - 1, counts
    assert counts["value"] == total - 1 and counts["system"] == total + 1, counts
    p, r, f = prf(counts["value"], counts["system"], counts["gold"])
    assert abs(p - (total - 1) / (total + 1)) < 1e-9 and abs(r - (total - 1) / total) < 1e-9
    assert sum("spurious" in m for m in misses) == 1 and sum("wrong value" in m for m in misses) == 1
    with tempfile.TemporaryDirectory() as tmp:
        convert(docs, tmp)
        gold = open(os.path.join(tmp, "gold.yaml"), encoding="utf-8").read()
        assert gold.count("value:") == total
    print(f"selftest ok: {len(docs)} documents, {total} TIMEX3")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["convert", "score", "selftest"])
    ap.add_argument("tml_dir")
    ap.add_argument("out_dir", nargs="?", help="convert: the folder to write")
    ap.add_argument("--lang", default="fr", help="language of files without xml:lang (default fr)")
    ap.add_argument("--min-value-f1", type=float, default=0.0)
    ap.add_argument("--quiet", action="store_true", help="score: no list of misses")
    args = ap.parse_args()
    docs = read_corpus(args.tml_dir, args.lang)
    if args.command == "selftest":
        selftest(docs)
        return 0
    if args.command == "convert":
        if not args.out_dir:
            ap.error("convert needs OUT_DIR")
        convert(docs, args.out_dir)
        print(f"{len(docs)} documents, {sum(len(d.timexes) for d in docs)} TIMEX3 -> {args.out_dir}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        convert(docs, tmp)
        predictions = run_evgraph(tmp, docs)
    counts, misses = score(docs, predictions)
    if not args.quiet and misses:
        print("\n".join(misses))
    print("\n".join(report(counts)))
    f1 = prf(counts["value"], counts["system"], counts["gold"])[2]
    return 0 if f1 >= args.min_value_f1 else 1


if __name__ == "__main__":
    sys.exit(main())
