"""The graph as pandas DataFrames, one row per record, with typed columns: what an analyst
filters, joins and plots. pandas is imported only here, when to_pandas() is called."""
from __future__ import annotations

from typing import Any, Dict, List, NamedTuple, Tuple

Record = Dict[str, Any]


class Tables(NamedTuple):
    """``events``: one row per event (date bounds as datetime64, salience as integers, the ids
    it links as lists); ``entities``: actors, places and proposals (``class`` tells which);
    ``edges``: from, to, kind; ``sources``: one row per (event, sentence); ``documents``: the corpus."""

    events: Any
    entities: Any
    edges: Any
    sources: Any
    documents: Any


# Column name -> pandas dtype. Dates: "date" (parsed, NaT when absent or out of pandas' range;
# the TIMEX value column keeps what was written). Lists stay Python lists (object).
EVENT_COLUMNS: Tuple[Tuple[str, str], ...] = (
    ("id", "object"), ("type", "category"), ("title", "object"), ("value", "object"), ("start", "date"),
    ("end", "date"), ("granularity", "category"), ("certainty", "category"), ("modality", "category"),
    ("confidence", "float64"), ("salience_documents", "int64"), ("salience_sentences", "int64"),
    ("actors", "object"), ("agents", "object"), ("targets", "object"), ("places", "object"),
    ("proposals", "object"),
)
ENTITY_COLUMNS = (("id", "object"), ("class", "category"), ("name", "object"), ("kind", "category"),
                  ("aliases", "object"))
EDGE_COLUMNS = (("from", "object"), ("to", "object"), ("kind", "category"))
SOURCE_COLUMNS = (("event", "object"), ("doc", "object"), ("begin", "int64"), ("end", "int64"), ("quote", "object"))
DOCUMENT_COLUMNS = (("id", "object"), ("path", "object"), ("published", "date"), ("lang", "category"),
                    ("sha256", "object"), ("title", "object"), ("source", "object"))


def _frame(pd: Any, columns: Tuple[Tuple[str, str], ...], rows: List[Tuple[Any, ...]]) -> Any:
    data = {}
    for position, (name, dtype) in enumerate(columns):
        values = [row[position] for row in rows]
        if dtype == "date":
            data[name] = pd.to_datetime(pd.Series(values, dtype="object"), format="%Y-%m-%d", errors="coerce")
        else:
            data[name] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(data, columns=[name for name, _ in columns])


def graph_tables(records: Record) -> Tables:
    try:
        import pandas as pd
    except ImportError as error:  # pragma: no cover - pandas is a dependency of the test suite
        raise ImportError("Graph.to_pandas() needs pandas (Debian: apt install python3-pandas)") from error

    events, sources = [], []
    for event in records["events"]:
        date = event["date"]
        events.append((event["id"], event["type"], event["title"], date["value"], date["start"], date["end"],
                       date["granularity"], date["certainty"], event.get("modality"), event["confidence"],
                       event["salience"]["documents"], event["salience"]["sentences"], event["actors"],
                       event["agents"], event["targets"], event["places"], event["proposals"]))
        sources += [(event["id"], s["doc"], s["begin"], s["end"], s["quote"]) for s in event["sources"]]
    entities = [(entity["id"], cls, entity["name"], entity.get("kind"), entity["aliases"])
                for cls, key in (("actor", "actors"), ("place", "places"), ("proposal", "proposals"))
                for entity in records[key]]
    edges = [(edge["from"], edge["to"], edge["kind"]) for edge in records["edges"]]
    documents = [(d["id"], d["path"], d["published"], d["lang"], d["sha256"], d.get("title"), d.get("source"))
                 for d in records["corpus"]["documents"]]
    return Tables(events=_frame(pd, EVENT_COLUMNS, events), entities=_frame(pd, ENTITY_COLUMNS, entities),
                  edges=_frame(pd, EDGE_COLUMNS, edges), sources=_frame(pd, SOURCE_COLUMNS, sources),
                  documents=_frame(pd, DOCUMENT_COLUMNS, documents))
