"""Build speed: the whole build against a bare ``nlp.pipe``, in one process and in two.

    python -m bench.bench_build [--docs 128] [--repeat 3]

All three are measured in the same run on the same synthetic articles (bench/corpus.py): first
the unmodified spaCy model parsing the texts in this process (the baseline), then the whole build
(our gazetteer rulers, extraction, RDF, SHACL validation and the store writes) into a fresh
on-disk store with ``processes=1``, then again with ``processes=2``. Each build starts with the
pipeline loaded, as ``allegiance build`` loads it before its clock starts; the two-process build's
workers are forked inside the clock (their start-up is counted).
Targets: build / nlp.pipe <= 1.10 in one process; one process / two processes >= 1.70.

The machine may be shared: each line gives the load average (1 minute) before and after, and the
CPU seconds, which load inflates less than wall-clock seconds. A shared machine may also give this
session a fixed share of its cores however many processes it runs: the speed-up row says how much
more CPU two busy processes got than one (``_cores_given``), the ceiling of any two-process
speed-up measured then, and the speed-up the CPU seconds allow on two idle cores.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
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


def _children_cpu() -> float:
    """CPU seconds of the ended worker processes (a pool's are counted once it has shut down)."""
    return sum(os.times()[2:4])


def _load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def _spin(seconds: float) -> float:
    """CPU seconds a busy loop gets in ``seconds`` of wall time."""
    end, cpu = time.perf_counter() + seconds, time.process_time()
    while time.perf_counter() < end:
        pass
    return time.process_time() - cpu


def _cores_given(seconds: float = 3.0) -> float:
    """How much more CPU two busy processes get than one, here and now: 2.0 on an idle two-core
    machine, about 1.0 where the machine's other work leaves this session one core's share (or
    less). No build can be faster on two processes than this."""
    fork = mp.get_context("fork")
    with fork.Pool(1) as pool:
        one = sum(pool.map(_spin, [seconds]))
    with fork.Pool(2) as pool:
        two = sum(pool.map(_spin, [seconds] * 2))
    return two / one


def _build(settings: Settings, sources: list[SourceDocument], name: str) -> tuple[float, float]:
    """Wall and CPU seconds of one whole build into a fresh store (the model loaded before)."""
    store = EmbeddedStore(settings.store_path.parent / name)
    builder = Builder(settings, store)
    assert builder.nlp is not None  # loaded before the clock starts, as the CLI does
    load, cpu, children, start = _load(), _cpu(), _children_cpu(), time.perf_counter()
    report = builder.ingest(sources)
    seconds = time.perf_counter() - start
    store.close()
    cpu, workers = _cpu() - cpu, _children_cpu() - children
    print(
        f"bench build: {name}: {seconds:.1f} s, {report.claims} claims, "
        f"shacl={'conforms' if not report.violations else len(report.violations)}, "
        f"CPU s {cpu:.1f} (writer {cpu - workers:.1f}, workers {workers:.1f}), "
        f"load {load} -> {_load()}"
    )
    return seconds, cpu


def _pipe(model: str, texts: list[str], batch_size: int) -> tuple[float, float]:
    """Wall and CPU seconds of the unmodified model parsing ``texts`` (loaded before)."""
    bare = load_model(model)
    load, cpu, start = _load(), _cpu(), time.perf_counter()
    for _ in bare.pipe(texts, batch_size=batch_size):
        pass
    seconds = time.perf_counter() - start
    print(
        f"bench build: bare nlp.pipe {seconds:.1f} s = "
        f"{sum(len(t.split()) for t in texts) / seconds:,.0f} words/s, load {load} -> {_load()}"
    )
    return seconds, _cpu() - cpu


def run(docs: int, repeat: int = 1) -> list[Figure]:
    """The figures; with ``repeat`` > 1 the three measurements are taken that many times, in
    turn, and each figure uses the fastest of each (on a shared machine, the least disturbed)."""
    tmp = Path(tempfile.mkdtemp(prefix="allegiance-bench-"))
    sources = [read_document(p) for p in make_corpus(tmp / "corpus", docs)]
    texts = [s.nlp_text for s in sources]
    words = sum(len(t.split()) for t in texts)
    settings = Settings(store_path=tmp / "store")
    print(f"bench build: {docs} documents, {words} words")
    runs: dict[str, list[tuple[float, float]]] = {"pipe": [], "one": [], "two": []}
    given: list[float] = []
    for n in range(repeat):
        given.append(_cores_given())
        print(f"bench build: two busy processes get {given[-1]:.2f}x the CPU of one")
        runs["pipe"].append(_pipe(settings.model, texts, settings.batch_size))
        one, two = replace(settings, processes=1), replace(settings, processes=2)
        runs["one"].append(_build(one, sources, f"one-process-{n}"))
        runs["two"].append(_build(two, sources, f"two-processes-{n}"))
    (pipe_s, pipe_cpu), (one_s, one_cpu), (two_s, two_cpu) = (min(r) for r in runs.values())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"bench build: CPU seconds: nlp.pipe {pipe_cpu:.1f}, build {one_cpu:.1f} "
        f"(ratio {one_cpu / pipe_cpu:.2f}), two processes {two_cpu:.1f}; "
        f"peak RSS {peak_mb:,.0f} MiB"
    )
    ratio, speedup = one_s / pipe_s, one_s / two_s
    best = f", best of {repeat}" if repeat > 1 else ""
    return [
        Figure(
            "build / bare nlp.pipe, one process",
            f"{ratio:.2f}",
            "<= 1.10",
            ratio <= 1.10,
            f"{docs} docs{best}, {words / one_s:,.0f} words/s; CPU seconds "
            f"{one_cpu / pipe_cpu:.2f}; load {_load()}",
        ),
        Figure(
            "build speed-up, 2 processes vs 1",
            f"{speedup:.2f}x",
            ">= 1.70x",
            speedup >= 1.70,
            f"{one_s:.1f} s -> {two_s:.1f} s{best}, worker start-up included; CPU seconds "
            f"{one_cpu:.1f} -> {two_cpu:.1f} (CPU-bound on two idle cores: at most "
            f"{2 * one_cpu / two_cpu:.2f}x); two busy processes got "
            f"{'-'.join(f'{g:.2f}' for g in given)}x the CPU of one here; load {_load()}",
        ),
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=DOCS["ci"])
    ap.add_argument("--repeat", type=int, default=1, help="measure this many times, keep the best")
    args = ap.parse_args()
    Figure.table(run(args.docs, args.repeat))


if __name__ == "__main__":
    main()
