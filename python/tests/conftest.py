"""Shared fixtures: the evgraph executable and source tree CTest points at (see
python/CMakeLists.txt), and reference outputs written by `evgraph build` itself."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Dict

import pytest

OUTPUTS = ("graph.json", "graph.yaml", "graph.dot", "graph.svg", "timeline.svg")
SOURCE = Path(os.environ.get("EVGRAPH_SOURCE_DIR", Path(__file__).resolve().parents[2]))
SAMPLE = SOURCE / "examples" / "ukraine-fr"
WIRE = SOURCE / "tests" / "data" / "wire-mixed"  # 9 French and English dispatches


def executable(variable: str) -> str:
    path = os.environ.get(variable)
    if not path:
        raise RuntimeError(f"{variable} is not set: run these tests through CTest (ctest -R python)")
    return path


def read_outputs(folder: Path) -> Dict[str, bytes]:
    """The five files of a build, by name; a missing one fails the comparison that uses it."""
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


def cli_build(corpus: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([executable("EVGRAPH"), "build", str(corpus), "-o", str(out), "--no-cache", *extra],
                          capture_output=True, text=True, check=True)


@pytest.fixture(scope="session")
def reference(tmp_path_factory: pytest.TempPathFactory):
    """reference(corpus) -> the five files `evgraph build` writes for it (built once per corpus)."""
    built: Dict[Path, Dict[str, bytes]] = {}

    def outputs(corpus: Path) -> Dict[str, bytes]:
        if corpus not in built:
            out = tmp_path_factory.mktemp("reference")
            cli_build(corpus, out)
            built[corpus] = read_outputs(out)
        return built[corpus]

    return outputs


@pytest.fixture()
def corpus_with_missing_document(tmp_path: Path) -> Path:
    """A manifest naming three documents, of which one is not there: a warning when it is read
    (on a worker, with Dask) and a skipped document."""
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.txt").write_text("Le 15 mars, Emmanuel Macron rencontrera Olaf Scholz à Paris.\n", encoding="utf-8")
    (folder / "c.txt").write_text("On Monday, Keir Starmer called Donald Trump about Ukraine.\n", encoding="utf-8")
    (folder / "corpus.yaml").write_text(
        "corpus: notes\nlanguage: fr\ndocuments:\n"
        "  - {id: a, path: a.txt, published: 2025-03-03}\n"
        "  - {id: b, path: b.txt, published: 2025-03-04}\n"
        "  - {id: c, path: c.txt, published: 2025-03-05, lang: en}\n", encoding="utf-8")
    return folder
