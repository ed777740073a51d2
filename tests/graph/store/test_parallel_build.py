"""A build reads in several processes and writes the same store as a build in one.

With batches of one document, two workers share the articles and the second worker reads
people the first worker's batches introduced (the case the writer's replay of the person index
exists for); with batches of three, a batch is read in two chunks by two workers and checked
with SHACL as a whole by the writer. The in-process tests rely on the workers being forked: a
function patched here runs in them too.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, URIRef
from spacy.language import Language

import graph.store.read as read
from graph.extract.entities import PersonIndex
from graph.knowledge import Knowledge
from graph.rdf.serialize import DocumentGraphs
from graph.settings import Settings
from graph.store import EmbeddedStore
from graph.store.build import Builder
from graph.store.parallel import _RecordingPeople, _Replay
from graph.store.read import Reader
from graph.text.documents import SourceDocument, document_from_text
from graph.vocab import AL, entity_iri
from tests.graph.conftest import ALLEGIANCE, ROOT, SEEDS, canonical_quads, run_cli

CORPUS = ROOT / "tests/graph/corpus"
BASE = Settings().base_iri


def _nquads(store: Path) -> list[str]:
    opened = EmbeddedStore(store, read_only=True)
    try:
        body = opened.dump("application/n-quads")
    finally:
        opened.close()
    return sorted(canonical_quads(ox.parse(body, format=ox.RdfFormat.N_QUADS)))


@pytest.mark.slow
@pytest.mark.parametrize("batch_size", ["1", "3"])
def test_two_processes_write_the_same_quads_as_one(tmp_path: Path, batch_size: str) -> None:
    """Batches of one are read one per worker; batches of three in chunks of two and one, on
    two workers, checked with SHACL as a whole by the writer. A bad file among the articles is
    skipped with its message either way."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    quads, outputs = {}, {}
    for n in ("1", "2"):
        store = tmp_path / f"store{n}"
        r = run_cli(
            "build", SEEDS, CORPUS, bad, "--store", store, "--quiet", "--processes", n,
            env={"ALLEGIANCE_BATCH_SIZE": batch_size},
        )  # fmt: skip
        assert r.returncode == 1, r.stderr
        warning, summary = r.stderr.strip().splitlines()
        assert "skipped" in warning and "bad.txt" in warning, r.stderr
        assert "skipped 1 of" in summary, r.stderr
        quads[n], outputs[n] = _nquads(store), r.stdout.split("seconds=")[0]
    assert any("/claim/" in q for q in quads["1"])
    assert quads["1"] == quads["2"]
    assert outputs["1"] == outputs["2"]  # documents, entities, claims, words


def test_a_batch_whose_chunks_conform_but_whose_union_does_not_is_rejected_as_by_one_process(
    nlp: Language, knowledge: Knowledge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two documents of one batch, read by two workers, each place a region in another state:
    each chunk conforms, their union breaks the region shape's maximum of one al:locatedIn."""
    real = read.to_rdf

    def placed(source: SourceDocument, *args: object, **kwargs: object) -> DocumentGraphs:
        graphs = real(source, *args, **kwargs)  # type: ignore[arg-type]
        state = {"a.txt": "state/RUS", "b.txt": "state/IRN"}.get(source.identifier)
        if state:
            region = URIRef(entity_iri(BASE, "region/nowhere"))
            graphs.registry.add((region, RDF.type, AL.Region))
            graphs.labels[region] = "Nowhere"
            graphs.registry.add((region, AL.locatedIn, URIRef(entity_iri(BASE, state))))
        return graphs

    monkeypatch.setattr(read, "to_rdf", placed)  # forked workers run it too
    reports = {}
    for n in (1, 2):
        settings = Settings(store_path=tmp_path / f"store{n}", processes=n, batch_size=2)
        store = EmbeddedStore(settings.store_path)
        try:
            docs = [
                document_from_text(name, f"Iran supplied {i + 2} drones to Russia.")
                for i, name in enumerate(["a.txt", "b.txt", "c.txt", "d.txt"])
            ]
            reports[n] = Builder(settings, store, nlp, knowledge).ingest(docs)
        finally:
            store.close()
    assert reports[1].rejected == ["a.txt", "b.txt"]
    assert any("locatedIn" in v for v in reports[1].violations)
    assert reports[2].rejected == reports[1].rejected
    assert reports[2].violations == reports[1].violations


def test_a_document_over_the_limit_stops_a_build_in_two_processes_as_in_one(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(4):
        words = "Iran supplied drones to Russia. " * (40 if i == 2 else 1)
        (folder / f"{i}.txt").write_text(words)
    for n in ("1", "2"):
        r = run_cli(
            "build", folder, "--store", tmp_path / f"store{n}", "--quiet", "--processes", n,
            env={"ALLEGIANCE_BATCH_SIZE": "1", "ALLEGIANCE_MAX_DOCUMENT_CHARS": "200"},
        )  # fmt: skip
        assert r.returncode == 2, r.stderr
        assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr, r.stderr
        assert "2.txt" in r.stderr and "over the 200" in r.stderr, r.stderr


def test_a_speculative_answer_that_differs_is_refused_and_leaves_the_index_as_it_was() -> None:
    kept: list[PersonIndex] = []
    replay = _Replay(Reader(Settings()), PersonIndex(), kept.append)
    # what the writer's index learnt from an earlier document
    assert replay.accept([("add", "person/kyrylo-budanov", "Kyrylo Budanov")])
    # a worker that had not seen that document made "Budanov" a new person
    worker = _RecordingPeople(PersonIndex())
    assert worker.resolve("Budanov") is None
    worker.add("person/budanov", "Budanov")
    assert not replay.accept(worker.notes)
    people = replay.people
    assert people.resolve("Budanov") == "person/kyrylo-budanov"
    assert "person/budanov" not in people.labels
    assert replay.learnt == [("person/kyrylo-budanov", "Kyrylo Budanov")]
    # a document whose first answers agree and whose later one differs is undone as a whole
    worker = _RecordingPeople(PersonIndex([("person/kyrylo-budanov", "Kyrylo Budanov")]))
    worker.add("person/kim-jong-un", "Kim Jong Un")
    worker.notes.append(("resolve", "Budanov", None))
    assert not replay.accept(worker.notes)
    assert kept and kept[-1] is replay.people
    assert "person/kim-jong-un" not in replay.people.labels
    assert replay.people.resolve("Budanov") == "person/kyrylo-budanov"


def test_the_processes_setting_defaults_to_the_cores() -> None:
    assert Settings().build_processes() >= 1
    assert Settings(processes=3).build_processes() == 3
    r = run_cli("build", SEEDS, "--processes", "0")
    assert r.returncode != 0 and "--processes" in r.stderr


def _children(pid: int) -> set[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return {int(c) for c in f.read().split()}
    except OSError:
        return set()


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
def test_the_workers_end_when_the_build_is_killed(tmp_path: Path) -> None:
    env = {**os.environ, "ALLEGIANCE_BATCH_SIZE": "1"}
    build = subprocess.Popen(
        [str(ALLEGIANCE), "build", str(SEEDS), str(CORPUS), "--store", str(tmp_path / "s"),
         "--quiet", "--processes", "2"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline, workers = time.monotonic() + 300, set()
    while time.monotonic() < deadline and len(workers) < 2 and build.poll() is None:
        command = _cmdline(build.pid)  # a forked worker has the build's command line
        workers = {c for c in _children(build.pid) if _cmdline(c) == command}
        time.sleep(0.2)
    assert len(workers) >= 2, "the build started no worker processes"
    build.send_signal(signal.SIGKILL)
    build.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(w, command) for w in workers):
        time.sleep(0.2)
    alive = [w for w in workers if _alive(w, command)]
    assert not alive, f"workers {alive} outlived the build"


def _alive(pid: int, command: str) -> bool:
    """``pid`` still runs the build's command (not a zombie, nor a new process given the pid)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z" and _cmdline(pid) == command


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return ""
