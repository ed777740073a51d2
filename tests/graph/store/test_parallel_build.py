"""A build reads in several processes and writes the same store as a build in one.

The batches are one document each, so that two workers share the seven articles and the second
worker reads people the first worker's batches introduced (the case the writer's replay of the
person index exists for).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.extract.entities import PersonIndex
from graph.settings import Settings
from graph.store import EmbeddedStore
from graph.store.parallel import _RecordingPeople, _Replay
from graph.store.read import Reader
from tests.graph.conftest import ALLEGIANCE, ROOT, SEEDS, canonical_quads, run_cli

CORPUS = ROOT / "tests/graph/corpus"


def _nquads(store: Path) -> list[str]:
    opened = EmbeddedStore(store, read_only=True)
    try:
        body = opened.dump("application/n-quads")
    finally:
        opened.close()
    return sorted(canonical_quads(ox.parse(body, format=ox.RdfFormat.N_QUADS)))


@pytest.mark.slow
def test_two_processes_write_the_same_quads_as_one(tmp_path: Path) -> None:
    quads = {}
    for n in (1, 2):
        store = tmp_path / f"store{n}"
        r = run_cli(
            "build", SEEDS, CORPUS, "--store", store, "--quiet", "--processes", n,
            env={"ALLEGIANCE_BATCH_SIZE": "1"},
        )  # fmt: skip
        assert r.returncode == 0, r.stderr
        quads[n] = _nquads(store)
    assert any("/claim/" in q for q in quads[1])
    assert quads[1] == quads[2]


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
