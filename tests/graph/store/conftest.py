"""A real Builder on a fresh embedded store, with the pipeline loaded once per module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from graph.knowledge import Knowledge, load_knowledge
from graph.settings import Settings
from graph.store import EmbeddedStore
from graph.store.build import Builder
from graph.text.nlp import load_pipeline


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return load_knowledge(Settings())


@pytest.fixture(scope="module")
def nlp(knowledge: Knowledge) -> Language:
    return load_pipeline(Settings(), knowledge)


@pytest.fixture
def builder(nlp: Language, knowledge: Knowledge, tmp_path: Path) -> Iterator[Builder]:
    settings = Settings(store_path=tmp_path / "store")
    store = EmbeddedStore(settings.store_path)
    try:
        yield Builder(settings, store, nlp, knowledge)
    finally:
        store.close()
