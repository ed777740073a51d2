"""The reader every extraction test shares: text -> (claims, entities, gazetteer)."""

from __future__ import annotations

import pytest

from graph.extract.claims import extract_claims
from graph.extract.discourse import analyse
from graph.extract.entities import DocumentEntities, PersonIndex, resolve
from graph.extract.mentions import find_mentions
from graph.extract.model import Claim
from graph.knowledge import load_knowledge
from graph.knowledge.gazetteer import Gazetteer
from graph.settings import Settings
from graph.text.nlp import load_pipeline


@pytest.fixture(scope="session")
def reader():
    settings = Settings()
    knowledge = load_knowledge(settings)
    nlp = load_pipeline(settings, knowledge)
    gaz = knowledge.gazetteer

    def read(text: str) -> tuple[list[Claim], DocumentEntities, Gazetteer]:
        doc = nlp(text)
        index = find_mentions(doc, knowledge)
        res = resolve(doc, index, gaz, PersonIndex())
        disc = analyse(doc, index, res, knowledge)
        return extract_claims(doc, index, res, disc, knowledge), res, gaz

    return read
