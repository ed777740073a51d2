"""The reader every extraction test shares: text -> (claims, entities, gazetteer), the claims
as the build reads them (``Reader.extract``: with their calibrated confidence)."""

from __future__ import annotations

import pytest

from graph.extract.entities import DocumentEntities, PersonIndex
from graph.extract.model import Claim
from graph.knowledge import load_knowledge
from graph.knowledge.gazetteer import Gazetteer
from graph.settings import Settings
from graph.store.read import Reader
from graph.text.documents import printed_date
from graph.text.nlp import load_pipeline


@pytest.fixture(scope="session")
def build_reader() -> Reader:
    """The build's own reader, with the real spaCy pipeline and the shipped knowledge."""
    settings = Settings()
    knowledge = load_knowledge(settings)
    return Reader(settings, load_pipeline(settings, knowledge), knowledge)


@pytest.fixture(scope="session")
def reader(build_reader: Reader):
    gaz = build_reader.knowledge.gazetteer

    def read(text: str) -> tuple[list[Claim], DocumentEntities, Gazetteer]:
        when = printed_date(text)  # as the build dates an article with no header: its dateline
        found = build_reader.extract(build_reader.nlp(text), PersonIndex(), when)
        return found.claims, found.entities, gaz

    return read
