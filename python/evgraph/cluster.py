"""``evgraph build`` on a Dask cluster: the driver behind ``evgraph-dask``.

The corpus is cut into contiguous shards (``evgraph extract --shard``); each shard is extracted
on a worker through the Python API and comes back as JSON Lines of parts. Partials are combined
by a tree of tasks (``fan_in`` at a time) up to one root task, which merges the parts and draws
the five outputs; only those files travel back to the client, which writes them all or nothing.

The merge does not depend on the order parts come in (evgraph.merge), so which worker finishes
first changes nothing: the outputs are byte-identical to ``evgraph build``. Workers open the
corpus by its path, so they must see the same files as the client (a shared file system).
"""
from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from typing import Any, Dict, List, NamedTuple, Optional, Sequence, Tuple

from evgraph import _core
from evgraph.errors import Error

OUTPUT_FILES = "{graph.json,graph.yaml,graph.dot,graph.svg,timeline.svg}"


class Options(NamedTuple):
    """What every task needs to open the corpus and analyse it as ``evgraph build`` would."""

    corpus: str  # absolute: workers may run in another directory
    lexicons: Tuple[str, ...] = ()
    lang: str = ""
    ref: str = ""
    strict: bool = False
    style: str = ""
    threads: int = 1  # per task: Dask already runs one task per worker thread


class Partial(NamedTuple):
    """Parts of some shards, as the JSON Lines ``evgraph extract`` writes, and the warnings of
    their documents in corpus order."""

    lines: bytes
    documents: int
    warnings: List[str]


class Result(NamedTuple):
    outputs: List[Tuple[str, bytes]]  # the five files, in build's order
    counts: Dict[str, int]
    warnings: List[str]


def _open(options: Options) -> _core.Corpus:
    corpus, _warnings = _core.open_corpus(options.corpus, lang=options.lang, ref=options.ref, strict=options.strict)
    return corpus  # the client reported the manifest's warnings once already


def extract_shard(options: Options, index: int, count: int) -> Partial:
    """The map task: shard ``index`` of ``count``."""
    parts, warnings = _core.extract(_open(options), shard_index=index, shard_count=count,
                                    lexicons=list(options.lexicons), threads=options.threads, strict=options.strict)
    lines = "".join(part.json + "\n" for part in parts).encode()
    return Partial(lines, len(parts), list(warnings))


def combine(*partials: Partial) -> Partial:
    """An inner node of the reduction tree: its children's parts, in shard order."""
    return Partial(b"".join(p.lines for p in partials), sum(p.documents for p in partials),
                   [w for p in partials for w in p.warnings])


def finish(options: Options, *partials: Partial) -> Result:
    """The root of the tree: every part merged into the graph, and the graph drawn."""
    partial = combine(*partials)
    inputs = [(partial.lines, "parts")] if partial.documents else []
    # A corpus whose every document was skipped still gets its (empty) graph, named as build names it.
    graph = _core.merge(inputs, corpus=None if inputs else _open(options), style=options.style)
    counts = graph.counts()
    counts["documents_read"] = partial.documents
    return Result(graph.outputs(""), counts, partial.warnings)


def shard_count(documents: int, workers: int) -> int:
    """A few shards per worker so that a slow shard does not hold the others up, but no shard
    without documents."""
    return max(1, min(documents, 4 * max(1, workers)))


def reduce_tree(client: Any, partials: List[Any], fan_in: int) -> List[Any]:
    """Combines futures ``fan_in`` at a time until at most ``fan_in`` remain (the root's children)."""
    if fan_in < 2:
        raise ValueError("fan_in must be at least 2")
    while len(partials) > fan_in:
        partials = [client.submit(combine, *partials[at:at + fan_in], pure=False)
                    for at in range(0, len(partials), fan_in)]
    return partials


def run(client: Any, options: Options, shards: int, fan_in: int = 8) -> Result:
    """Extracts ``shards`` shards on the cluster of ``client`` and reduces them. Raises the
    evgraph errors the workers raised (with their locations)."""
    extracted = [client.submit(extract_shard, options, index, shards, pure=False) for index in range(shards)]
    roots = reduce_tree(client, extracted, fan_in)
    return client.submit(finish, options, *roots, pure=False).result()


class Plan(NamedTuple):
    """A corpus checked on the client, ready to be cut into shards."""

    options: Options
    documents: int
    warnings: List[str]  # the manifest's


def plan(corpus: str, *, lexicons: Sequence[str] = (), lang: Optional[str] = None, ref: Optional[str] = None,
         strict: bool = False, style: Optional[str] = None) -> Plan:
    """Opens the corpus on the client, so that errors in its manifest stop the run before any task
    is sent (evgraph.InputError with the location)."""
    opened, warnings = _core.open_corpus(os.fspath(corpus), lang=lang or "", ref=ref or "", strict=strict)
    options = Options(os.path.abspath(corpus), tuple(os.path.abspath(f) for f in lexicons), lang or "", ref or "",
                      strict, os.path.abspath(style) if style else "")
    return Plan(options, len(opened), list(warnings))


def execute(planned: Plan, output: str, client: Any, *, shards: Optional[int] = None, fan_in: int = 8) -> Result:
    """Runs a plan on the workers of ``client`` (a dask.distributed.Client) and writes the five
    files into ``output``, all or nothing. ``shards``: pieces the corpus is cut into (default:
    four per worker thread). Returns the outputs, the counts, and every warning in corpus order."""
    if shards is None:
        shards = shard_count(planned.documents, sum(client.nthreads().values()))
    result = run(client, planned.options, max(1, shards), fan_in)
    result.counts["documents_skipped"] = planned.documents - result.counts["documents_read"]
    _core.write_files(os.fspath(output), result.outputs)
    return result._replace(warnings=planned.warnings + result.warnings)


def build(corpus: str, output: str, client: Any, *, lexicons: Sequence[str] = (), lang: Optional[str] = None,
          ref: Optional[str] = None, strict: bool = False, style: Optional[str] = None, shards: Optional[int] = None,
          fan_in: int = 8) -> Result:
    """``evgraph build CORPUS -o OUTPUT`` with the extraction on the workers of ``client``."""
    planned = plan(corpus, lexicons=lexicons, lang=lang, ref=ref, strict=strict, style=style)
    return execute(planned, output, client, shards=shards, fan_in=fan_in)


def _arguments(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="evgraph-dask",
        description="evgraph build on a Dask cluster: the same five outputs as `evgraph build`, byte for byte.")
    parser.add_argument("corpus", metavar="CORPUS", help="a manifest (corpus.yaml), a folder holding one, or of *.txt")
    parser.add_argument("-o", "--output", metavar="DIR", required=True, help="output folder")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="a running scheduler, e.g. tcp://10.0.0.1:8786")
    where.add_argument("--local", metavar="N", type=int,
                       help="start a local cluster of N worker processes (the default: one per core)")
    parser.add_argument("--shards", metavar="K", type=int, help="pieces the corpus is cut into (default: 4 per worker)")
    parser.add_argument("--fan-in", metavar="F", type=int, default=8, help="partials combined per reduction task")
    parser.add_argument("--lexicon", metavar="FILE", action="append", default=[], help="extra lexicon (repeatable)")
    parser.add_argument("--lang", help="language of every document, over the manifest's")
    parser.add_argument("--ref", metavar="DATE", help="publication date of undated *.txt documents")
    parser.add_argument("--style", metavar="FILE", help="style YAML over the built-in one")
    parser.add_argument("--strict", action="store_true", help="a document that cannot be read is an error")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    args = parser.parse_args(argv)
    if args.local is not None and args.local < 1:
        parser.error("--local: N must be at least 1")
    if args.shards is not None and args.shards < 1:
        parser.error("--shards: K must be at least 1")
    if args.fan_in < 2:
        parser.error("--fan-in: F must be at least 2")
    return args


def _client(args: argparse.Namespace, stack: contextlib.ExitStack) -> Any:
    from dask.distributed import Client, LocalCluster

    # stderr carries evgraph's warnings, as `evgraph build` prints them: Dask's own notices (an
    # event loop slow on a loaded machine, garbage collection times) would mix into them, and so
    # would asyncio's report of a connection's heartbeat that timed out while the client closed
    # ("Future exception was never retrieved ... TimeoutError"), seen on loaded machines after the
    # outputs were written.
    logging.getLogger("distributed").setLevel(logging.ERROR)
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    if args.scheduler:
        return stack.enter_context(Client(args.scheduler))
    workers = args.local or os.cpu_count() or 1
    cluster = stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                               dashboard_address=None, silence_logs=logging.ERROR))
    return stack.enter_context(Client(cluster))


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _arguments(argv)
    try:
        planned = plan(args.corpus, lexicons=args.lexicon, lang=args.lang, ref=args.ref, strict=args.strict,
                       style=args.style)
        with contextlib.ExitStack() as stack:
            result = execute(planned, args.output, _client(args, stack), shards=args.shards, fan_in=args.fan_in)
    except Error as error:
        print(f"evgraph: {error}", file=sys.stderr)
        return 2
    except OSError as error:  # the scheduler cannot be reached, the output cannot be written
        print(f"evgraph-dask: {error}", file=sys.stderr)
        return 2
    for warning in result.warnings:
        print(f"evgraph: {warning}", file=sys.stderr)
    if not args.quiet:
        counts = result.counts
        skipped = counts["documents_skipped"]
        skipped = f" ({skipped} skipped, see warnings)" if skipped else ""
        print(f"evgraph: {counts['events']} events, {counts['actors']} actors, {counts['places']} places, "
              f"{counts['proposals']} proposals from {counts['documents_read']} documents{skipped} -> "
              f"{os.path.join(args.output, '')}{OUTPUT_FILES}")
    return 0
