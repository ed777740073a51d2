"""Build speed: words per second for the whole build, and its time over a bare ``nlp.pipe``.

Both are measured in the same run on the same 500+ synthetic articles (bench/corpus.py): first
the unmodified spaCy model parsing the texts (the baseline), then the whole build (our gazetteer
rulers, extraction, RDF, SHACL validation and the store writes) into a fresh on-disk store.
Target: build time / nlp.pipe time <= 1.3.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from spacy.util import load_model

from bench.corpus import make_corpus
from graph.settings import Settings
from graph.store import EmbeddedStore
from graph.store.build import Builder
from graph.text.documents import read_document


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=500)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="allegiance-bench-"))
    sources = [read_document(p) for p in make_corpus(tmp / "corpus", args.docs)]
    texts = [s.nlp_text for s in sources]
    words = sum(len(t.split()) for t in texts)
    settings = Settings(store_path=tmp / "store")

    bare = load_model(settings.model)
    start = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=settings.batch_size):
        pass
    pipe_s = time.perf_counter() - start

    store = EmbeddedStore(settings.store_path)
    builder = Builder(settings, store)
    assert builder.nlp is not None  # load the model before the clock starts, as for the baseline
    start = time.perf_counter()
    report = builder.ingest(sources)
    build_s = time.perf_counter() - start
    store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(
        f"bench build: {len(sources)} documents, {words} words, {report.claims} claims, "
        f"shacl={'conforms' if not report.violations else len(report.violations)}"
    )
    print(
        f"bench build: nlp.pipe (bare {settings.model}) {pipe_s:.1f} s"
        f" = {words / pipe_s:,.0f} words/s"
    )
    print(f"bench build: whole build {build_s:.1f} s = {words / build_s:,.0f} words/s")
    print(f"bench build: ratio build/nlp.pipe = {build_s / pipe_s:.2f} (target <= 1.30)")
    print(f"bench build: peak RSS {peak_mb:,.0f} MiB")


if __name__ == "__main__":
    main()
