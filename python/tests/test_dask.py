"""evgraph-dask gives the files of `evgraph build`, byte for byte, whatever the shards, the shape
of the reduction tree, or the order workers finish in. One LocalCluster serves the session (in
this process, on threads: evgraph releases the GIL); one test starts `--local 2` worker processes
as a user would."""
from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from evgraph import cluster
from conftest import SAMPLE, WIRE, cli_build, executable, read_outputs


@pytest.fixture(scope="session")
def client():
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp://",
                      dashboard_address=None, silence_logs=logging.ERROR) as local, Client(local) as connected:
        yield connected


def dask(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, executable("EVGRAPH_DASK"), *args], capture_output=True, text=True)


@pytest.mark.parametrize("shards, fan_in", [(None, 8), (1, 2), (5, 2), (9, 3)])
def test_any_shards_and_tree_give_the_files_of_build(client, reference, tmp_path: Path, shards, fan_in) -> None:
    result = cluster.build(str(WIRE), str(tmp_path / "out"), client, shards=shards, fan_in=fan_in)
    assert read_outputs(tmp_path / "out") == reference(WIRE)
    assert result.counts["documents_read"] == 9 and result.warnings == []


def test_the_tree_reduces_to_at_most_fan_in_children() -> None:
    class Counting:
        submitted = 0

        def submit(self, function, *args, **kwargs):
            self.submitted += 1
            return (function, args)

    fake = Counting()
    roots = cluster.reduce_tree(fake, list(range(20)), 3)
    assert len(roots) == 3  # 20 -> 7 -> 3
    assert fake.submitted == 7 + 3
    assert cluster.shard_count(5, 2) == 5 and cluster.shard_count(1000, 2) == 8 and cluster.shard_count(0, 2) == 1


def test_driver_on_a_scheduler_prints_what_build_prints(client, tmp_path: Path, reference) -> None:
    ran = dask(str(WIRE), "-o", str(tmp_path / "out"), "--scheduler", client.scheduler.address)
    assert ran.returncode == 0, ran.stderr
    assert read_outputs(tmp_path / "out") == reference(WIRE)
    expected = cli_build(WIRE, tmp_path / "out").stdout
    assert ran.stdout == expected
    assert ran.stderr == ""


def test_warnings_and_strict_as_build(client, tmp_path: Path, corpus_with_missing_document: Path) -> None:
    built = cli_build(corpus_with_missing_document, tmp_path / "built")
    ran = dask(str(corpus_with_missing_document), "-o", str(tmp_path / "dask"), "--scheduler",
               client.scheduler.address)
    assert ran.returncode == 0, ran.stderr
    assert ran.stderr == built.stderr and "b.txt" in ran.stderr
    assert ran.stdout.replace("dask", "built") == built.stdout
    assert read_outputs(tmp_path / "dask") == read_outputs(tmp_path / "built")

    strict = dask(str(corpus_with_missing_document), "-o", str(tmp_path / "strict"), "--scheduler",
                  client.scheduler.address, "--strict")
    assert strict.returncode == 2
    assert strict.stderr.startswith("evgraph: ") and "b.txt" in strict.stderr
    assert not (tmp_path / "strict").exists()


def test_a_bad_manifest_stops_before_any_cluster(tmp_path: Path) -> None:
    (tmp_path / "corpus.yaml").write_text("corpus: bad\ndocuments: 3\n", encoding="utf-8")
    ran = dask(str(tmp_path), "-o", str(tmp_path / "out"), "--local", "2")
    assert ran.returncode == 2
    assert ran.stderr.startswith(f"evgraph: {tmp_path / 'corpus.yaml'}:")
    assert not (tmp_path / "out").exists()
    usage = dask(str(tmp_path), "--local", "2")  # -o is required
    assert usage.returncode == 2 and "-o" in usage.stderr


def test_local_two_worker_processes_give_the_files_of_build(reference, tmp_path: Path) -> None:
    ran = dask(str(SAMPLE), "-o", str(tmp_path / "out"), "--local", "2")
    assert ran.returncode == 0, ran.stderr
    assert read_outputs(tmp_path / "out") == reference(SAMPLE)


def test_a_corpus_of_unreadable_documents_gives_the_empty_graph_of_build(client, tmp_path: Path) -> None:
    folder = tmp_path / "gone"
    folder.mkdir()
    (folder / "corpus.yaml").write_text("corpus: gone\nlanguage: en\ndocuments:\n"
                                        "  - {id: a, path: a.txt, published: 2025-03-03}\n", encoding="utf-8")
    built = cli_build(folder, tmp_path / "built")
    result = cluster.build(str(folder), str(tmp_path / "dask"), client)
    assert read_outputs(tmp_path / "dask") == read_outputs(tmp_path / "built")
    assert result.counts["documents_read"] == 0 and result.counts["documents_skipped"] == 1
    assert [f"evgraph: {w}" for w in result.warnings] == built.stderr.splitlines()
