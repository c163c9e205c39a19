"""The event graph as Python objects: graph.json's records, and the files of ``evgraph build``."""
from __future__ import annotations

import functools
import json
import os
from typing import Any, Dict, List, Optional, Union

from evgraph import _core

Record = Dict[str, Any]


class Graph:
    """An event graph: its records are graph.json's objects (dicts with the same fields, see the
    graph format in the user guide), read on first use; its files are those of ``evgraph build``."""

    def __init__(self, core: _core.Graph) -> None:
        self._core = core

    @functools.cached_property
    def _records(self) -> Record:
        return json.loads(self._core.to_json())

    @property
    def corpus(self) -> Record:
        """``{"name", "version" (when there is one), "documents"}``."""
        return self._records["corpus"]

    @property
    def documents(self) -> List[Record]:
        return self._records["corpus"]["documents"]

    @property
    def events(self) -> List[Record]:
        return self._records["events"]

    @property
    def actors(self) -> List[Record]:
        return self._records["actors"]

    @property
    def places(self) -> List[Record]:
        return self._records["places"]

    @property
    def proposals(self) -> List[Record]:
        return self._records["proposals"]

    @property
    def edges(self) -> List[Record]:
        return self._records["edges"]

    @property
    def language(self) -> str:
        """The language the drawings are labelled in by default: the corpus's."""
        return self._core.language

    def counts(self) -> Dict[str, int]:
        """Numbers of documents, events, actors, places, proposals and edges."""
        return self._core.counts()

    def to_json(self) -> str:
        """graph.json's text, byte for byte."""
        return self._core.to_json()

    def to_yaml(self) -> str:
        """graph.yaml's text, byte for byte."""
        return self._core.to_yaml()

    def outputs(self, lang: Optional[str] = None) -> Dict[str, bytes]:
        """The five files of ``evgraph build``: graph.json, graph.yaml, graph.dot, graph.svg and
        timeline.svg, by name. ``lang``: the language of the drawings' labels."""
        return dict(self._core.outputs(lang or ""))

    def write(self, directory: Union[str, "os.PathLike[str]"], *, lang: Optional[str] = None) -> None:
        """Writes the five files into ``directory`` (created when missing), all or nothing, as
        ``evgraph build -o DIRECTORY`` does."""
        self._core.write(os.fspath(directory), lang or "")

    def to_pandas(self) -> "Any":
        """pandas DataFrames of the events, entities, edges, sources and documents (evgraph.Tables).
        Needs pandas."""
        from evgraph.tables import graph_tables

        return graph_tables(self._records)

    def __repr__(self) -> str:
        counts = self.counts()
        return (f"<evgraph.Graph {self._core.corpus_name!r}: {counts['events']} events, {counts['actors']} actors, "
                f"{counts['places']} places, {counts['proposals']} proposals from {counts['documents']} documents>")
