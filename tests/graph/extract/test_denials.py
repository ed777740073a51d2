"""A denial is a negated claim attributed to the denier: in the same sentence, the next, or by
pronoun ("..., but Tehran denied it")."""

from __future__ import annotations

import pytest

from tests.graph.extract.cases import Reader

DENIALS = [
    ("Iran denied supplying drones to Russia.", "state/IRN", "supplies", "state/RUS", "state/IRN"),
    (
        "Pyongyang denied sending soldiers to Russia.",
        "state/PRK", "deploys", "state/RUS", "state/PRK",
    ),
    (
        "Israel said Iran had supplied Hezbollah with rockets. Iran denied it.",
        "state/IRN", "supplies", "org/hezbollah", "state/IRN",
    ),
    (
        "Israel said Iran had supplied Hezbollah with rockets, but Tehran denied it.",
        "state/IRN", "supplies", "org/hezbollah", "state/IRN",
    ),
    (
        "Ukraine said North Korea had sent troops to Russia. Washington denied the report.",
        "state/PRK", "deploys", "state/RUS", "state/USA",
    ),
    (
        "Germany refused to send Taurus missiles to Ukraine.",
        "state/DEU", "supplies", "state/UKR", "state/DEU",
    ),
    (  # a phrasal verb of refusal, by its particle
        "Berlin has ruled out sending Taurus missiles to Ukraine.",
        "state/DEU", "supplies", "state/UKR", "state/DEU",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject", "relation", "obj", "denier"), DENIALS)
def test_a_denial_is_negated_and_attributed_to_the_denier(
    reader: Reader, text: str, subject: str, relation: str, obj: str, denier: str
) -> None:
    claims, _, _ = reader(text)
    denials = [c for c in claims if c.negated]
    assert [(c.subject, c.relation, c.object, c.source) for c in denials] == [
        (subject, relation, obj, denier)
    ]


def test_the_denied_assertion_stays_with_its_own_source(reader: Reader) -> None:
    claims, _, _ = reader("Israel said Iran had supplied Hezbollah with rockets. Iran denied it.")
    asserted = [c for c in claims if not c.negated]
    assert [(c.subject, c.object, c.source) for c in asserted] == [
        ("state/IRN", "org/hezbollah", "state/ISR")
    ]
    denial = next(c for c in claims if c.negated)
    assert denial.evidence == "Iran denied it." and str(denial.rule) == "denial:earlier"


def test_a_denial_of_nothing_said_before_adds_nothing(reader: Reader) -> None:
    claims, _, _ = reader("Iran denied it.")
    assert claims == []


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda sent troops to Mozambique. Rwanda has rejected claims that the operation is "
        "financed by France.",
        "Turkey struck Kurdish camps in Iraq. Baghdad dismissed the suggestion that the raids "
        "had been coordinated with its army.",
    ],
)
def test_a_denial_that_says_what_it_denies_denies_nothing_before(reader: Reader, text: str) -> None:
    """ "rejected claims that the operation is financed by France" denies the financing it
    names, not the deployment just reported."""
    claims, _, _ = reader(text)
    assert claims and not [c for c in claims if str(c.rule) == "denial:earlier"]
