"""The reader every extraction test shares: text -> (claims, entities, gazetteer)."""

from __future__ import annotations

import pytest

from graph.extract.claims import Claim, extract_claims
from graph.extract.discourse import analyse
from graph.extract.entities import DocumentEntities, PersonIndex, resolve
from graph.extract.mentions import find_mentions
from graph.knowledge.gazetteer import Gazetteer, load_gazetteer
from graph.knowledge.lexicon import load_lexicon
from graph.settings import Settings
from graph.text.nlp import load_pipeline


@pytest.fixture(scope="session")
def reader():
    nlp = load_pipeline(Settings())
    gaz, lex = load_gazetteer(), load_lexicon()

    def read(text: str) -> tuple[list[Claim], DocumentEntities, Gazetteer]:
        doc = nlp(text)
        index = find_mentions(doc, gaz)
        res = resolve(doc, index, gaz, PersonIndex())
        disc = analyse(doc, index, res, lex)
        return extract_claims(doc, index, res, disc, lex, gaz), res, gaz

    return read
