"""Calibrated confidence on real sentences: the features a claim gets, and the confidence the
shipped model (graph/data/calibration/) gives them, as the build reads them."""

from __future__ import annotations

import pytest

from graph.extract.confidence import claim_features
from graph.extract.entities import PersonIndex
from graph.extract.model import Claim
from graph.store.read import Reader


def features_of(build_reader: Reader, text: str) -> list[tuple[Claim, tuple[str, ...]]]:
    doc = build_reader.nlp(text)
    found = build_reader.extract(doc, PersonIndex())
    gaz = build_reader.knowledge.gazetteer
    feats = claim_features(found.claims, found.entities, gaz, doc)
    return list(zip(found.claims, feats, strict=True))


@pytest.mark.parametrize(
    ("text", "relation", "has", "lacks"),
    [
        (
            "Iran supplied Russia with hundreds of Shahed drones.",
            "supplies",
            {"kind:transfer", "relation:supplies", "theme", "subject:State", "object:State"},
            {"hedged", "attributed", "repeated", "negated", "subject:unlisted"},
        ),
        (
            "Iran reportedly supplied Russia with drones, according to the GUR.",
            "supplies",
            {"hedged", "attributed"},
            {"repeated"},
        ),
        (
            "Iran supplied Russia with drones. Months later Iran supplied Russia with missiles.",
            "supplies",
            {"repeated"},
            {"hedged"},
        ),
        (
            "Iran did not supply Russia with ballistic missiles.",
            "supplies",
            {"negated"},
            set(),
        ),
    ],
)
def test_a_claim_gets_the_features_the_text_gives_it(
    build_reader: Reader, text: str, relation: str, has: set[str], lacks: set[str]
) -> None:
    found = [f for c, f in features_of(build_reader, text) if c.relation == relation]
    assert found
    for feats in found:  # "repeated": both sentences' claims
        assert has <= set(feats), feats
        assert not lacks & set(feats), feats


def test_every_claim_carries_the_calibrated_confidence_of_its_features(
    build_reader: Reader,
) -> None:
    text = (
        "North Korea has supplied Russia with artillery shells, the GUR said. "
        "Ukraine condemned the deliveries. The EU reportedly imposed sanctions on North Korea. "
        "Pyongyang warned Seoul of a crushing response."
    )
    model = build_reader.knowledge.calibration
    pairs = features_of(build_reader, text)
    assert len(pairs) >= 3
    for claim, feats in pairs:
        assert claim.confidence == model.confidence(feats)
        assert 0.0 < claim.confidence <= 1.0


def test_the_same_claim_hedged_is_never_surer_when_hedging_weighs_against_it(
    build_reader: Reader,
) -> None:
    model = build_reader.knowledge.calibration
    [(firm, _)] = features_of(build_reader, "Iran supplied Russia with drones.")
    [(hedged, feats)] = features_of(build_reader, "Iran reportedly supplied Russia with drones.")
    assert "hedged" in feats
    if model.weights.get("hedged", 0.0) < 0:
        assert hedged.confidence <= firm.confidence
    else:
        assert hedged.confidence >= firm.confidence
