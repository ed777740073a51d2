"""Build speed: the whole build against a bare ``nlp.pipe``, in one process and in two.

    python -m bench.bench_build [--docs 96]

All three are measured in the same run on the same synthetic articles (bench/corpus.py): first
the unmodified spaCy model parsing the texts in this process (the baseline), then the whole build
(our gazetteer rulers, extraction, RDF, SHACL validation and the store writes) into a fresh
on-disk store with ``processes=1``, then again with ``processes=2``. Each build starts with the
pipeline loaded, as ``allegiance build`` loads it before its clock starts; the two-process build's
workers are forked inside the clock (their start-up is counted).
Targets: build / nlp.pipe <= 1.10 in one process; one process / two processes >= 1.70.

The machine may be shared: each line gives the load average (1 minute) before and after, and the
CPU seconds, which load inflates less than wall-clock seconds.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from spacy.util import load_model

from bench.common import Figure
from bench.corpus import make_corpus
from graph.settings import Settings
from graph.store import EmbeddedStore
from graph.store.build import Builder
from graph.text.documents import SourceDocument, read_document

DOCS = {"ci": 128, "full": 500}


def _cpu() -> float:
    own, children = os.times()[:2], os.times()[2:4]
    return sum(own) + sum(children)


def _load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def _build(settings: Settings, sources: list[SourceDocument], name: str) -> tuple[float, float]:
    """Wall and CPU seconds of one whole build into a fresh store (the model loaded before)."""
    store = EmbeddedStore(settings.store_path.parent / name)
    builder = Builder(settings, store)
    assert builder.nlp is not None  # loaded before the clock starts, as the CLI does
    load, cpu, start = _load(), _cpu(), time.perf_counter()
    report = builder.ingest(sources)
    seconds = time.perf_counter() - start
    store.close()
    print(
        f"bench build: {name}: {seconds:.1f} s, {report.claims} claims, "
        f"shacl={'conforms' if not report.violations else len(report.violations)}, "
        f"load {load} -> {_load()}"
    )
    return seconds, _cpu() - cpu


def run(docs: int) -> list[Figure]:
    tmp = Path(tempfile.mkdtemp(prefix="allegiance-bench-"))
    sources = [read_document(p) for p in make_corpus(tmp / "corpus", docs)]
    texts = [s.nlp_text for s in sources]
    words = sum(len(t.split()) for t in texts)
    settings = Settings(store_path=tmp / "store")

    bare = load_model(settings.model)
    load, cpu, start = _load(), _cpu(), time.perf_counter()
    for _ in bare.pipe(texts, batch_size=settings.batch_size):
        pass
    pipe_s, pipe_cpu = time.perf_counter() - start, _cpu() - cpu
    del bare
    print(f"bench build: {docs} documents, {words} words")
    print(
        f"bench build: bare nlp.pipe {pipe_s:.1f} s = {words / pipe_s:,.0f} words/s, "
        f"load {load} -> {_load()}"
    )
    one_s, one_cpu = _build(replace(settings, processes=1), sources, "one-process")
    two_s, two_cpu = _build(replace(settings, processes=2), sources, "two-processes")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"bench build: CPU seconds: nlp.pipe {pipe_cpu:.1f}, build {one_cpu:.1f} "
        f"(ratio {one_cpu / pipe_cpu:.2f}), two processes {two_cpu:.1f}; "
        f"peak RSS {peak_mb:,.0f} MiB"
    )
    ratio, speedup = one_s / pipe_s, one_s / two_s
    return [
        Figure(
            "build / bare nlp.pipe, one process",
            f"{ratio:.2f}",
            "<= 1.10",
            ratio <= 1.10,
            f"{docs} docs, {words / one_s:,.0f} words/s; CPU seconds {one_cpu / pipe_cpu:.2f}; "
            f"load {_load()}",
        ),
        Figure(
            "build speed-up, 2 processes vs 1",
            f"{speedup:.2f}x",
            ">= 1.70x",
            speedup >= 1.70,
            f"{one_s:.1f} s -> {two_s:.1f} s, worker start-up included; CPU seconds "
            f"{one_cpu:.1f} -> {two_cpu:.1f}; load {_load()}",
        ),
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=DOCS["ci"])
    Figure.table(run(ap.parse_args().docs))


if __name__ == "__main__":
    main()
