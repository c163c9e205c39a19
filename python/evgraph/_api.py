"""The functions of the evgraph package: open, build, extract, merge, load."""
from __future__ import annotations

import datetime
import os
import warnings
from pathlib import Path
from typing import Any, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from evgraph import _core
from evgraph.errors import EvgraphWarning, InputError
from evgraph.graph import Graph

# A document given in memory: {"id", "text", "published"} and optionally "lang", "title",
# "source", "path" (what graph.json gives as its path; the id when absent).
Document = Mapping[str, Any]
PathLike = Union[str, "os.PathLike[str]"]
CorpusLike = Union[PathLike, _core.Corpus, Iterable[Document]]
PartLike = Union[_core.Part, str, bytes, Path]

_REQUIRED = ("id", "text", "published")
_OPTIONAL = ("lang", "title", "source", "path", "url")


def _text(value: Optional[Union[PathLike, datetime.date]]) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()[:10]
    return os.fspath(value)


def _warn(texts: Sequence[str]) -> None:
    for text in texts:
        warnings.warn(text, EvgraphWarning, stacklevel=3)


def open_corpus(path: PathLike, *, lang: Optional[str] = None, ref: Optional[Union[str, datetime.date]] = None,
                data: Optional[PathLike] = None, strict: bool = False) -> _core.Corpus:
    """Opens a corpus as ``evgraph build`` does: a manifest (corpus.yaml), a folder holding one, a
    folder of ``*.txt`` (dated by a leading ``date YYYY-MM-DD`` line or ``ref``), or one text file.
    ``lang`` overrides the documents' language; ``data`` is a folder overriding the built-in rule data."""
    corpus, texts = _core.open_corpus(os.fspath(path), lang=lang or "", ref=_text(ref), data=_text(data),
                                      strict=strict)
    _warn(texts)
    return corpus


def _absent(value: Any) -> bool:
    """None, and the gaps of a DataFrame's rows (NaN, NaT, pandas.NA)."""
    if value is None:
        return True
    try:
        return bool(value != value)
    except TypeError:  # pandas.NA compares to NA, which has no truth value
        return True


def _memory_document(index: int, document: Any) -> _core.MemoryDocument:
    where = f"documents[{index}]"
    if not isinstance(document, Mapping):
        raise TypeError(f"{where}: a document is a mapping (a dict), not {type(document).__name__}")
    unknown = sorted(set(document) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        raise InputError(f"{where}: unknown field {unknown[0]!r} (fields: {', '.join(_REQUIRED + _OPTIONAL)})", where)
    for key in _REQUIRED:
        if _absent(document.get(key)):
            raise InputError(f"{where}: missing field {key!r}", where)
    if not isinstance(document["text"], str):
        raise TypeError(f"{where}: 'text' must be a str, not {type(document['text']).__name__}")
    return _core.MemoryDocument(
        id=str(document["id"]), published=_text(document["published"]), text=document["text"],
        **{key: str(document[key]) for key in _OPTIONAL if not _absent(document.get(key))})


def open_documents(documents: Iterable[Document], *, name: str = "documents", lang: Optional[str] = None,
                   data: Optional[PathLike] = None) -> _core.Corpus:
    """A corpus of documents held in memory: dicts with ``id``, ``text`` and ``published``
    (``YYYY-MM-DD`` or a date), and optionally ``lang``, ``title``, ``source``, ``path``, ``url``
    (the fields of a manifest entry); or a
    pandas DataFrame with those columns. ``lang``: the language of documents that give none.
    They are checked as a manifest's entries are (InputError at ``documents[K]``)."""
    if hasattr(documents, "columns") and hasattr(documents, "to_dict"):  # a DataFrame: its rows
        documents = documents.to_dict("records")  # type: ignore[union-attr]
    given = [_memory_document(index, document) for index, document in enumerate(documents)]
    return _core.memory_corpus(name, lang or "", given, data=_text(data))


def _corpus(corpus: CorpusLike, lang: Optional[str], ref: Optional[Union[str, datetime.date]],
            data: Optional[PathLike], strict: bool, name: str) -> _core.Corpus:
    if isinstance(corpus, _core.Corpus):
        return corpus
    if isinstance(corpus, (str, os.PathLike)):
        return open_corpus(corpus, lang=lang, ref=ref, data=data, strict=strict)
    if isinstance(corpus, (bytes, Mapping)):
        raise TypeError("a corpus is a path, an evgraph.Corpus, or a list of documents (dicts)")
    return open_documents(corpus, name=name, lang=lang, data=data)


def build(corpus: CorpusLike, *, lexicons: Sequence[PathLike] = (), lang: Optional[str] = None,
          ref: Optional[Union[str, datetime.date]] = None, threads: int = 0, strict: bool = False,
          data: Optional[PathLike] = None, style: Optional[PathLike] = None, cache: Optional[PathLike] = None,
          name: str = "documents") -> Graph:
    """The event graph of a corpus, as ``evgraph build`` makes it (``graph.write(dir)`` writes the
    same five files, byte for byte).

    ``corpus``: a path (see open_corpus), an opened Corpus, or documents in memory (see
    open_documents; ``name`` names that corpus). ``lexicons``: extra lexicon files. ``threads``:
    worker threads (0: one per core). ``strict``: a document that cannot be read is an error rather
    than a warning. ``style``: a style file for the drawings. ``cache``: a folder of per-document
    results reused by later builds (none by default)."""
    opened = _corpus(corpus, lang, ref, data, strict, name)
    if cache is not None and opened.in_memory:
        raise ValueError("cache: only a corpus read from files has a cache")
    graph, texts, _summary = _core.build(opened, lexicons=[os.fspath(f) for f in lexicons], threads=threads,
                                         strict=strict, cache=_text(cache), style=_text(style))
    _warn(texts)
    return Graph(graph)


def extract(corpus: CorpusLike, *, shard: Tuple[int, int] = (0, 1), lexicons: Sequence[PathLike] = (),
            lang: Optional[str] = None, ref: Optional[Union[str, datetime.date]] = None, threads: int = 0,
            strict: bool = False, data: Optional[PathLike] = None, name: str = "documents") -> List[_core.Part]:
    """The map step: the part of each readable document, in corpus order, as ``evgraph extract``
    writes them (``part.json`` is its line). ``shard=(i, n)``: only the i-th of n contiguous slices
    of the corpus, counted from 0 (``evgraph extract --shard i+1/n``). Parts pickle as their JSON
    line, so they travel between processes; merge them in any order."""
    index, count = shard
    if not 0 <= index < count:
        raise ValueError(f"shard=({index}, {count}): i must be in 0..n-1")
    opened = _corpus(corpus, lang, ref, data, strict, name)
    parts, texts = _core.extract(opened, shard_index=index, shard_count=count,
                                 lexicons=[os.fspath(f) for f in lexicons], threads=threads, strict=strict)
    _warn(texts)
    return parts


def merge(parts: Iterable[PartLike], *, corpus: Optional[_core.Corpus] = None, data: Optional[PathLike] = None,
          style: Optional[PathLike] = None) -> Graph:
    """The reduce step: parts, in any order, into the graph ``build`` makes of their corpus.

    Each item is a Part, a str or bytes holding JSON Lines of parts (what ``evgraph extract``
    writes, or ``part.json`` lines joined), or a pathlib.Path of such a file. ``corpus`` names the
    graph when no part is given (every document was skipped); without it that is an InputError."""
    inputs: List[Union[_core.Part, Tuple[Union[str, bytes], str]]] = []
    for index, item in enumerate(parts):
        if isinstance(item, _core.Part):
            inputs.append(item)
        elif isinstance(item, Path):
            inputs.append((item.read_bytes(), str(item)))
        elif isinstance(item, (str, bytes)):
            start = item.lstrip()[:1]
            if start and start not in ("{", b"{"):
                raise TypeError(f"parts[{index}]: not JSON Lines of parts; pass pathlib.Path(...) to read a file")
            inputs.append((item, f"parts[{index}]"))
        else:
            raise TypeError(f"parts[{index}]: a Part, JSON Lines text or a pathlib.Path, not {type(item).__name__}")
    return Graph(_core.merge(inputs, corpus=corpus, data=_text(data), style=_text(style)))


def load(path: PathLike, *, data: Optional[PathLike] = None, style: Optional[PathLike] = None) -> Graph:
    """A graph export (graph.json or graph.yaml) read back, checked against its schema."""
    return Graph(_core.load_graph(os.fspath(path), data=_text(data), style=_text(style)))
