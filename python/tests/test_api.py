"""The Python API gives what the command line gives: build, extract then merge, and documents
held in memory all lead to the files of `evgraph build`, byte for byte."""
from __future__ import annotations

import pickle
import subprocess
import warnings
from pathlib import Path

import pytest

import evgraph
from conftest import OUTPUTS, SAMPLE, WIRE, executable, read_outputs


def test_build_writes_the_files_of_evgraph_build(reference, tmp_path: Path) -> None:
    graph = evgraph.build(SAMPLE)
    graph.write(tmp_path / "out")
    assert read_outputs(tmp_path / "out") == reference(SAMPLE)
    assert graph.outputs() == reference(SAMPLE)
    assert list(graph.outputs()) == list(OUTPUTS)


def test_graph_records_are_those_of_graph_json(reference) -> None:
    graph = evgraph.build(WIRE)
    assert graph.to_json().encode() == reference(WIRE)["graph.json"]
    assert graph.to_yaml().encode() == reference(WIRE)["graph.yaml"]
    import json

    exported = json.loads(reference(WIRE)["graph.json"])
    assert graph.events == exported["events"]
    assert graph.edges == exported["edges"]
    assert graph.actors == exported["actors"] and graph.places == exported["places"]
    assert graph.documents == exported["corpus"]["documents"]
    assert set(graph.events[0]) >= {"id", "type", "title", "date", "actors", "agents", "targets", "places",
                                    "proposals", "modality", "sources", "confidence"}
    counts = graph.counts()
    assert counts["events"] == len(exported["events"]) > 0 and counts["documents"] == 9


@pytest.mark.parametrize("shards", [1, 2, 7])
def test_extract_of_shards_merged_in_any_order_is_build(reference, shards: int) -> None:
    parts = [part for index in range(shards) for part in evgraph.extract(WIRE, shard=(index, shards))]
    assert len(parts) == 9
    assert evgraph.merge(parts).outputs() == reference(WIRE)
    assert evgraph.merge(parts[::-1]).outputs() == reference(WIRE)


def test_parts_are_the_lines_of_evgraph_extract(tmp_path: Path, reference) -> None:
    lines = tmp_path / "parts.jsonl"
    subprocess.run([executable("EVGRAPH"), "extract", str(SAMPLE), "-o", str(lines)], check=True)
    parts = evgraph.extract(SAMPLE)
    assert "".join(part.json + "\n" for part in parts) == lines.read_text(encoding="utf-8")
    assert [part.document_id for part in parts] == [d["id"] for d in evgraph.open_corpus(SAMPLE).documents]
    # A file of parts, its text, or parts that went through pickle: the same graph.
    assert evgraph.merge([lines]).outputs() == reference(SAMPLE)
    assert evgraph.merge([lines.read_text(encoding="utf-8")]).outputs() == reference(SAMPLE)
    travelled = pickle.loads(pickle.dumps(parts))
    assert travelled == parts
    assert evgraph.merge(travelled).outputs() == reference(SAMPLE)


def sample_documents():
    """The sample as dicts in memory, with the manifest's fields."""
    corpus = evgraph.open_corpus(SAMPLE)
    fields = ("id", "path", "published", "lang", "title", "source", "url")
    return [dict({key: d[key] for key in fields if key in d}, text=(SAMPLE / d["path"]).read_text(encoding="utf-8"))
            for d in corpus.documents]


def test_documents_in_memory_give_the_graph_of_their_files(reference) -> None:
    import json

    exported = json.loads(reference(SAMPLE)["graph.json"])
    graph = evgraph.build(sample_documents(), name=exported["corpus"]["name"], lang="fr")
    assert graph.events == exported["events"]
    assert graph.edges == exported["edges"]
    assert graph.documents == exported["corpus"]["documents"]
    parts = evgraph.extract(sample_documents(), name=exported["corpus"]["name"], lang="fr")
    assert evgraph.merge(parts[::-1]).events == exported["events"]


def test_documents_in_memory_accept_dates_and_a_dataframe() -> None:
    import datetime

    import pandas as pd  # installed by scripts/setup.sh (python3-pandas)
    documents = sample_documents()
    documents[0]["published"] = datetime.date.fromisoformat(documents[0]["published"])
    documents[1]["url"] = "https://example.org/coalition"
    graph = evgraph.build(pd.DataFrame(documents), lang="fr")
    urls = {document["id"]: document.get("url") for document in graph.documents}
    assert urls[documents[1]["id"]] == "https://example.org/coalition"
    assert list(urls.values()).count(None) == 4  # the DataFrame's NaN is no url
    assert len(graph.events) == len(evgraph.build(SAMPLE).events)


def test_to_pandas_tables(reference) -> None:
    graph = evgraph.build(WIRE)
    tables = graph.to_pandas()
    counts = graph.counts()
    assert list(tables.events.columns) == [
        "id", "type", "title", "value", "start", "end", "granularity", "certainty", "modality", "confidence",
        "salience_documents", "salience_sentences", "actors", "agents", "targets", "places", "proposals"]
    assert list(tables.entities.columns) == ["id", "class", "name", "kind", "aliases"]
    assert list(tables.edges.columns) == ["from", "to", "kind"]
    assert tables.events.shape == (counts["events"], 17)
    assert tables.entities.shape == (counts["actors"] + counts["places"] + counts["proposals"], 5)
    assert tables.edges.shape == (counts["edges"], 3)
    assert tables.documents.shape[0] == 9
    assert tables.sources.shape[0] == sum(len(e["sources"]) for e in graph.events)
    assert str(tables.events["start"].dtype) == "datetime64[ns]"
    assert tables.events["id"].tolist() == [e["id"] for e in graph.events]
    assert set(tables.entities["class"]) <= {"actor", "place", "proposal"}


def test_errors_are_python_exceptions_with_their_location(tmp_path: Path) -> None:
    manifest = tmp_path / "corpus.yaml"
    manifest.write_text("corpus: bad\nlanguage: fr\ndocuments:\n  - id: a\n    path: a.txt\n    published: 2025-02-30\n",
                        encoding="utf-8")
    with pytest.raises(evgraph.InputError) as raised:
        evgraph.build(manifest)
    error = raised.value
    assert (error.file, error.line) == (str(manifest), 6)
    assert error.column > 0
    assert str(error).startswith(f"{manifest}:6:{error.column}: ")
    assert "calendar date" in str(error)
    assert isinstance(error, ValueError)  # an InputError is a bad value, for code that catches those

    with pytest.raises(evgraph.InputError, match=r"^documents\[1\]: published: '2025-13-01' is not a calendar date"):
        evgraph.extract([{"id": "a", "text": "x", "published": "2025-01-01"},
                         {"id": "b", "text": "y", "published": "2025-13-01"}])
    with pytest.raises(evgraph.InputError, match=r"^documents\[0\]: missing field 'published'"):
        evgraph.extract([{"id": "a", "text": "x"}])
    with pytest.raises(evgraph.InputError, match=r"^parts\[0\]:1: "):
        evgraph.merge(['{"not": "a part"}'])
    with pytest.raises(evgraph.InputError, match="no part"):
        evgraph.merge([])


def test_parts_of_two_corpora_do_not_merge() -> None:
    with pytest.raises(evgraph.InputError, match="corpus"):
        evgraph.merge(evgraph.extract(SAMPLE) + evgraph.extract(WIRE))


def test_an_unreadable_document_is_a_warning_or_with_strict_an_error(corpus_with_missing_document: Path) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        graph = evgraph.build(corpus_with_missing_document)
    assert [w.category for w in caught] == [evgraph.EvgraphWarning]
    assert "b.txt" in str(caught[0].message) and "warning:" in str(caught[0].message)
    assert [d["id"] for d in graph.documents] == ["a", "c"]
    with pytest.raises(evgraph.InputError, match="b.txt"):
        evgraph.build(corpus_with_missing_document, strict=True)


def test_load_reads_an_export_back(reference, tmp_path: Path) -> None:
    (tmp_path / "graph.json").write_bytes(reference(SAMPLE)["graph.json"])
    graph = evgraph.load(tmp_path / "graph.json")
    assert graph.outputs() == reference(SAMPLE)
