"""Reading a build's batches in several processes, with the store the same as from one.

The writer (the calling process) loads the spaCy pipeline with the gazetteer rulers once, then
forks the worker processes: each starts with the pipeline, the gazetteer and the lexicon already
in memory (shared with the writer copy-on-write), so a worker costs no start-up beyond the fork.
Each worker reads chunks of documents (spaCy, extraction, RDF, SHACL) and sends back what the
writer needs as text (``ReadDocument``: N-Triples, labels, the report), not spaCy objects; the
writer writes each batch as one transaction, in document order, as its chunks come back.

The one thing a document's reading takes from the documents before it is the ``PersonIndex``:
"Budanov" is the Kyrylo Budanov of an earlier article. A worker cannot know what the batches
read by the other workers taught the index, so it reads speculatively, with the index as it
knows it, and notes every answer the index gave (``_RecordingPeople``). The writer then replays
each document's notes against the real index, in document order: when every answer is the same,
the document reads the same as in a one-process build, and its additions are applied; when one
differs, the writer reads that document again itself (parsing it again too), with the real
index, and re-checks its batch with SHACL. So the output does not depend on the number of
processes; only the speed does.

Workers are forked (the ``fork`` start method), not spawned: a spawned worker imports spaCy and
loads the pipeline again, about four CPU seconds each, which on two cores ate most of the second
core's gain. What a forked child must not touch is the writer's open store (RocksDB, with its own
threads) and anything another thread held at the fork: a worker only reads text with the
pipeline it inherited and ends with ``os._exit``, so it runs none of the store's code, not even
its destructor. Python-level garbage is frozen before the fork (``gc.freeze``), so that the
children's collections neither walk nor copy the pages of the inherited pipeline.
"""

from __future__ import annotations

import copy
import gc
import multiprocessing as mp
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import cast

from rdflib import Graph

from graph.extract.entities import PersonIndex
from graph.rdf.serialize import DocumentGraphs
from graph.store.read import ReadBatch, ReadDocument, Reader, one_label_each
from graph.text.documents import SourceDocument

__all__ = ["CHUNK", "read_in_processes"]

CHUNK = 4  # documents a worker reads at a time (a batch's writes stay one transaction)

# what a worker notes: ("resolve", name, key or None), ("label", key, label or None),
# ("add", key, name)
Note = tuple[str, str, str | None]


class _RecordedLabels:
    """``people.labels.get`` with each answer noted."""

    def __init__(self, people: _RecordingPeople) -> None:
        self._people = people

    def get(self, key: str, default: str | None = None) -> str | None:
        value = self._people.index.labels.get(key, default)
        self._people.notes.append(("label", key, value))
        return value


class _RecordingPeople:
    """A ``PersonIndex`` that notes every answer it gives and every name it learns."""

    def __init__(self, index: PersonIndex) -> None:
        self.index = index
        self.notes: list[Note] = []
        self.labels = _RecordedLabels(self)

    def resolve(self, name: str) -> str | None:
        key = self.index.resolve(name)
        self.notes.append(("resolve", name, key))
        return key

    def add(self, key: str, name: str) -> None:
        self.notes.append(("add", key, name))
        self.index.add(key, name)


# a worker process's reader and index, set by _start_worker when it is forked
_reader: Reader | None = None
_people: PersonIndex | None = None


def _start_worker(reader: Reader, people: PersonIndex) -> None:
    """A forked worker's start: the writer's reader (pipeline loaded) and a copy of its index
    as the batches began, both inherited through the fork, not pickled."""
    global _reader, _people
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    _reader, _people = reader, people


def _exit_with_parent(parent: int) -> None:
    """End this worker when the build that started it is gone (killed, even by SIGKILL), instead
    of waiting for work forever."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _read_chunk(chunk: list[SourceDocument], check: bool) -> tuple[ReadBatch, list[list[Note]]]:
    """Read a few documents with the worker's index, noting each document's answers from it;
    with ``check`` (the chunk is a whole batch), SHACL checks them as ``Reader.read_batch`` does."""
    assert _reader is not None and _people is not None, "_start_worker did not run"
    documents, data, notes = [], Graph(), []
    recording = _RecordingPeople(_people)
    for text, graphs in _reader.read_documents(chunk, cast(PersonIndex, recording)):
        documents.append(text)
        notes.append(recording.notes)
        recording.notes = []
        if check:
            data += graphs.document
            data += graphs.registry
    violations = _reader.check(one_label_each(data, documents)) if check else []
    return ReadBatch(documents, violations), notes


class _Replay:
    """The writer's real index, and the names it learnt, so that it can be rebuilt."""

    def __init__(
        self, reader: Reader, people: PersonIndex, replaced: Callable[[PersonIndex], None]
    ) -> None:
        self.reader, self.people, self.replaced = reader, people, replaced
        self.start = copy.deepcopy(people)
        self.learnt: list[tuple[str, str]] = []

    def accept(self, notes: list[Note]) -> bool:
        """Apply one document's notes; False, with the index as before, if an answer differs."""
        people, applied = self.people, len(self.learnt)
        for kind, key, value in notes:
            if kind == "add":
                assert value is not None
                people.add(key, value)
                self.learnt.append((key, value))
            elif (people.resolve(key) if kind == "resolve" else people.labels.get(key)) != value:
                if len(self.learnt) > applied:
                    del self.learnt[applied:]
                    self._rebuild()
                return False
        return True

    def read_again(self, source: SourceDocument) -> tuple[ReadDocument, DocumentGraphs]:
        """Read one document here, with the real index (what a one-process build does)."""
        people = _Learning(self.people, self.learnt)
        doc = self.reader.nlp(source.nlp_text)
        return self.reader.read_text(source, doc, cast(PersonIndex, people))

    def _rebuild(self) -> None:
        self.people = copy.deepcopy(self.start)
        for key, name in self.learnt:
            self.people.add(key, name)
        self.replaced(self.people)


class _Learning(_RecordingPeople):
    """The real index, with every name it learns kept for a later rebuild."""

    def __init__(self, index: PersonIndex, learnt: list[tuple[str, str]]) -> None:
        super().__init__(index)
        self.learnt = learnt

    def add(self, key: str, name: str) -> None:
        super().add(key, name)
        self.learnt.append((key, name))


def _parsed(data: Graph, document: ReadDocument) -> None:
    """Add what a worker sent of one document (its graph and registry facts) to ``data``."""
    data.parse(data=document.document, format="nt")
    data.parse(data=document.registry, format="nt")


def read_in_processes(
    reader: Reader,
    people: PersonIndex,
    batches: list[list[SourceDocument]],
    processes: int,
    replaced: Callable[[PersonIndex], None],
) -> Iterator[ReadBatch]:
    """The batches read by ``processes`` workers, in order, as a one-process build reads them.

    ``people`` is the writer's index, which learns every document's people in document order;
    when it has to be rebuilt, ``replaced`` gets the new one.
    """
    replay = _Replay(reader, people, replaced)
    settings = reader.settings
    reader.nlp  # noqa: B018  (loaded here, once, before the fork: every worker inherits it)
    pool = ProcessPoolExecutor(
        processes,
        mp_context=mp.get_context("fork"),
        initializer=_start_worker,
        initargs=(reader, replay.start),
    )
    try:
        # each batch in a few chunks, so that the workers finish together: 96 documents in three
        # batches of 32 kept one of two workers idle for a third of the build
        size = max(1, min(CHUNK, -(-settings.batch_size // processes)))
        gc.freeze()  # the first submit forks every worker (before the pool's own threads start)
        try:
            chunked: list[list[Future[tuple[ReadBatch, list[list[Note]]]]]] = [
                [
                    pool.submit(_read_chunk, batch[i : i + size], size >= len(batch))
                    for i in range(0, len(batch), size)
                ]
                for batch in batches
            ]
        finally:
            gc.unfreeze()
        for batch, futures in zip(batches, chunked, strict=True):
            # a batch read in several chunks is checked here as a whole: a maximum count or a
            # class can hold in every chunk and not in their union, or the other way round. Its
            # graph grows as the chunks come in (while the workers read on), each document's
            # notes replayed first, so that a document read again is not parsed from its text
            whole = settings.validate and len(futures) > 1
            read, data = ReadBatch([], []), Graph()
            for future in futures:
                part, notes = future.result()
                read.violations += part.violations  # a chunk that is the whole batch checks it
                for document, doc_notes in zip(part.documents, notes, strict=True):
                    if not replay.accept(doc_notes):
                        document, graphs = replay.read_again(batch[len(read.documents)])
                        if settings.validate and not whole:  # the chunk's check saw the other
                            whole, read.violations = True, []
                            for earlier in read.documents:
                                _parsed(data, earlier)
                        if whole:
                            data += graphs.document
                            data += graphs.registry
                    elif whole:
                        _parsed(data, document)
                    read.documents.append(document)
            if whole:
                read.violations = reader.check(one_label_each(data, read.documents))
            yield read
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
