"""The learned pair scorer (graph/extract/learned.py): its weights load and score sentences read
by the real pipeline; ``make train`` gives the same weights twice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graph.extract.arguments import Arguments
from graph.extract.claims import extract_claims
from graph.extract.discourse import analyse
from graph.extract.entities import PersonIndex, resolve
from graph.extract.learned import DEFAULT_MODEL, LABELS, examples, load_pair_model, propose
from graph.extract.mentions import find_mentions
from graph.knowledge import load_knowledge
from graph.settings import Settings
from graph.text.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def parsed():
    settings = Settings()
    knowledge = load_knowledge(settings)
    nlp = load_pipeline(settings, knowledge)
    gaz = knowledge.gazetteer

    def read(text: str):
        doc = nlp(text)
        index = find_mentions(doc, knowledge)
        res = resolve(doc, index, gaz, PersonIndex())
        disc = analyse(doc, index, res, knowledge)
        return doc, index, res, disc, knowledge

    return read


def test_the_weights_load_and_score_a_sentence(parsed):
    model = load_pair_model(DEFAULT_MODEL)
    assert tuple(model.labels) == LABELS
    doc, index, res, disc, kn = parsed("Iran shipped hundreds of drones to Russia in May.")
    found = list(examples(doc, index, Arguments(doc, index, res, disc, kn.lexicon, kn.gazetteer)))
    pairs = {(res.entities[c.subject].label, res.entities[c.object].label) for c, _ in found}
    assert pairs == {("Iran", "Russia"), ("Russia", "Iran")}
    for _, feats in found:
        probs = model.probabilities(feats)
        assert len(probs) == len(LABELS)
        assert sum(probs) == pytest.approx(1.0)
        assert all(0.0 <= p <= 1.0 for p in probs)


def test_proposals_are_claims_with_the_rules_epistemics(parsed):
    model = load_pair_model(DEFAULT_MODEL)
    text = "Officials said Hungary had not delivered any ammunition to Serbia's army in March."
    doc, index, res, disc, kn = parsed(text)
    rules = extract_claims(doc, index, res, disc, kn)
    learned = propose(doc, index, res, disc, kn, rules, model, 0.0)
    taken = {(c.subject, c.object) for c in rules}
    for c in learned:
        assert str(c.rule) == f"learned:{c.relation}"
        assert 0.0 <= c.confidence <= 1.0
        assert (c.subject, c.object) not in taken
        assert c.negated  # "had not delivered": the same negation as a rule claim would get
    assert learned or rules


def test_rules_keep_priority(parsed):
    model = load_pair_model(DEFAULT_MODEL)
    doc, index, res, disc, kn = parsed("Iran supplied drones to Russia.")
    rules = extract_claims(doc, index, res, disc, kn)
    assert {(res.entities[c.subject].label, c.relation) for c in rules} == {("Iran", "supplies")}
    learned = propose(doc, index, res, disc, kn, rules, model, 0.0)
    assert all((c.subject, c.object) != (rules[0].subject, rules[0].object) for c in learned)


@pytest.mark.slow
def test_training_gives_the_same_weights_twice(tmp_path):
    outs = []
    for n in (1, 2):
        out = tmp_path / f"pairs{n}.json"
        subprocess.run(
            [sys.executable, "-m", "graph.learn.train", "--out", str(out)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            timeout=900,
        )
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
