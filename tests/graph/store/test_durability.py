"""A build killed half way (SIGKILL, a real subprocess) loses nothing stored before it."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from tests.graph.conftest import ALLEGIANCE, ROOT, select

ARTICLE = """The {n}th shipment of {what} from {a} reached {b} on Monday, officials said.
{a} has supplied {b} with {what} since the spring, according to the defence ministry.
Analysts said the deliveries would continue. {a} denied sending troops to {b}.
"""
PAIRS = [("Iran", "Russia"), ("France", "Ukraine"), ("Turkey", "Azerbaijan"), ("China", "Pakistan")]


def test_sigkill_during_build_keeps_every_stored_document(store_copy: Path, tmp_path: Path) -> None:
    claims_q = """SELECT ?id (COUNT(?c) AS ?n) WHERE { ?c a al:Claim ; prov:wasDerivedFrom ?d .
                  ?d dcterms:identifier ?id } GROUP BY ?id ORDER BY ?id"""
    before = select(store_copy, claims_q)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(200):
        a, b = PAIRS[n % len(PAIRS)]
        (corpus / f"gen_{n:03d}.txt").write_text(
            ARTICLE.format(n=n, what=["drones", "shells", "rifles"][n % 3], a=a, b=b) * 3
        )
    env = {**os.environ, "ALLEGIANCE_BATCH_SIZE": "4"}
    proc = subprocess.Popen(
        [str(ALLEGIANCE), "build", str(corpus), "--store", str(store_copy)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )
    assert proc.stderr is not None
    seen = b""
    deadline = time.monotonic() + 300
    while b"committed 12/200" not in seen and proc.poll() is None and time.monotonic() < deadline:
        seen += os.read(proc.stderr.fileno(), 4096)
    assert proc.poll() is None, "the build finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after = {r["id"]: r["n"] for r in select(store_copy, claims_q)}
    for row in before:  # everything stored before is still there, unchanged
        assert after[row["id"]] == row["n"]
    new = sorted(set(after) - {r["id"] for r in before})
    assert 0 < len(new) < 200  # some finished batches were kept, the rest never started
    # every document that made it in is whole: its node, its title and its claims
    docs = select(
        store_copy,
        "SELECT ?id WHERE { ?d a al:Document ; dcterms:identifier ?id ; dcterms:title ?t }",
    )
    assert {r["id"] for r in docs} >= set(new)
