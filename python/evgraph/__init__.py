"""evgraph from Python: dated event graphs of news corpora.

    import evgraph
    graph = evgraph.build("examples/ukraine-fr")            # a corpus folder or manifest
    graph.events[0]["title"], graph.write("out")            # graph.json's records; build's five files
    parts = evgraph.extract(documents, shard=(0, 2))        # the map step, on files or dicts in memory
    graph = evgraph.merge(parts_a + parts_b)                # the reduce step, in any order
    tables = graph.to_pandas()                              # events, entities, edges, sources, documents

The work is done by evgraph's C++ library (the module evgraph._core), without the GIL: other
Python threads run meanwhile. Errors are evgraph.InputError / ConfigError with the location of the
problem; documents evgraph skips are reported as EvgraphWarning.
"""
from evgraph import _core
from evgraph._api import Document, build, extract, load, merge, open_corpus, open_documents
from evgraph.errors import ConfigError, Error, EvgraphWarning, InputError, RenderError
from evgraph.graph import Graph
from evgraph.tables import Tables

Corpus = _core.Corpus
Part = _core.Part
__version__: str = _core.__version__

__all__ = [
    "ConfigError", "Corpus", "Document", "Error", "EvgraphWarning", "Graph", "InputError", "Part", "RenderError",
    "Tables", "build", "extract", "load", "merge", "open_corpus", "open_documents", "__version__",
]
