"""The indexed attribute ruler finds exactly what the model's own ruler finds, on the real model."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.util import load_model

from graph.settings import Settings
from graph.text.attributes import IndexedAttributeRuler, index_attribute_ruler
from graph.text.documents import read_document

ROOT = Path(__file__).resolve().parents[3]

# the model's special cases: contractions, pronoun cases, auxiliaries, expletives, spaces
SENTENCES = [
    "I told him it ain't over, and you gonna see why y'all were wrong.",
    "Let's go, c'mon: there is a convoy and there were two more, gotta move.",
    "It hit them; they hit it back. Did you?  He did, but then he had to.",
    "Which ones did that?  That was what she said, but ask him.\n\nHe\t said nothing.",
    "Russia has supplied drones to Iran, which does not deny it, the ministry said.",
]


@pytest.fixture(scope="module")
def model() -> Language:
    return load_model(Settings().model)


def _annotated(nlp: Language, texts: list[str]) -> list[Doc]:
    return list(nlp.pipe(texts))


def _attributes(docs: list[Doc]) -> list[list[tuple[str, ...]]]:
    return [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in d] for d in docs]


def _corpus_texts() -> list[str]:
    docs = sorted((ROOT / "tests/eval/dev/docs").glob("*.txt"))[::12]
    return [read_document(p).nlp_text for p in docs] + SENTENCES


def test_the_same_matches_as_the_models_ruler(model: Language) -> None:
    texts = _corpus_texts()
    with model.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        parsed = _annotated(model, texts)
    ruler = model.get_pipe("attribute_ruler")
    indexed = IndexedAttributeRuler(model.vocab)
    indexed.add_patterns(ruler.patterns)  # type: ignore[attr-defined]
    expected = [ruler.match(d) for d in parsed]  # type: ignore[attr-defined]
    assert sum(map(len, expected)) > 10 * len(texts)  # every token has its tag's part of speech
    assert [indexed.match(d) for d in parsed] == expected


def test_the_pipeline_annotates_as_the_model_does(model: Language) -> None:
    texts = _corpus_texts()
    expected = _attributes(_annotated(model, texts))
    indexed = load_model(Settings().model)
    assert index_attribute_ruler(indexed)
    assert isinstance(indexed.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert indexed.pipe_names == model.pipe_names
    assert _attributes(_annotated(indexed, texts)) == expected
    # the special cases are there to be found: a contraction's lemma, a pronoun's case
    gonna = next(t for t in indexed(SENTENCES[0]) if t.text == "gon")
    assert gonna.lemma_ == "go"


def test_a_pattern_it_cannot_index_falls_back_to_spacy(model: Language) -> None:
    patterns = [
        {"patterns": [[{"LOWER": "drones"}]], "attrs": {"LEMMA": "drone-x"}},
        {"patterns": [[{"LOWER": "the"}, {"IS_ALPHA": True, "OP": "+"}]], "attrs": {"POS": "X"}},
    ]
    ruler, plain = IndexedAttributeRuler(model.vocab), AttributeRuler(model.vocab)
    ruler.add_patterns(patterns)
    plain.add_patterns(patterns)
    doc = model.make_doc("the drones flew")
    matches = ruler.match(doc)
    assert ruler._unsupported  # IS_ALPHA and OP are not in the index
    assert [(s, e) for _, _, s, e in matches] == [(1, 2), (0, 2), (0, 3)]  # by pattern, then place
    assert matches == plain.match(doc)
    ruler(doc)
    assert doc[1].lemma_ == "drone-x" and doc[0].pos_ == "X"


def test_adding_patterns_rebuilds_the_index(model: Language) -> None:
    ruler = IndexedAttributeRuler(model.vocab)
    ruler.add_patterns([{"patterns": [[{"LOWER": "drones"}]], "attrs": {"LEMMA": "a"}}])
    doc = model.make_doc("drones and missiles")
    assert [(s, e) for _, _, s, e in ruler.match(doc)] == [(0, 1)]
    ruler.add_patterns([{"patterns": [[{"LOWER": "missiles"}]], "attrs": {"LEMMA": "b"}}])
    assert [(s, e) for _, _, s, e in ruler.match(doc)] == [(0, 1), (2, 3)]


def test_a_pipeline_without_a_ruler_is_left_alone() -> None:
    nlp = Language()
    assert not index_attribute_ruler(nlp)
    assert nlp.pipe_names == []
