"""Actors an analyst recognises: titles held somewhere else, former posts, numbered units,
weapons that are no actors, datelines that are no subjects (issue 10's type errors)."""

from __future__ import annotations

import pytest

from graph.extract.entities import ancestors
from tests.graph.extract.cases import Reader, chain


def _person(res, label: str) -> str:  # type: ignore[no-untyped-def]
    found = [k for k, e in res.entities.items() if e.label == label]
    assert found, f"no entity {label!r}: {[e.label for e in res.entities.values()]}"
    return found[0]


@pytest.mark.parametrize(
    "text, member, group, not_group",
    [
        (
            "Sudan's ambassador to the UN, Al-Harith Idriss, condemned the attack.",
            "Al-Harith Idriss",
            "Sudan",
            "United Nations",
        ),
        (
            "The French ambassador in Niamey, Jean Dupont, left Niger on Wednesday.",
            "Jean Dupont",
            "France",
            "Niger",
        ),
        (
            "According to Philippine National Security Adviser Eduardo Ano, three sailors were "
            "hurt.",  # 'according to' is no post held somewhere
            "Eduardo Ano",
            "Philippines",
            "China",
        ),
        (
            "Treasury Secretary Janet Yellen announced new sanctions on Iran.",
            "Janet Yellen",
            "United States",
            "Iran",
        ),
        (
            "Treasury Secretary Scott Bessent announced new sanctions on Iran.",
            "Scott Bessent",
            "United States",
            "Iran",
        ),
    ],
)
def test_a_title_names_whose_post_it_is(
    reader: Reader, text: str, member: str, group: str, not_group: str
) -> None:
    _, res, gaz = reader(text)
    belongs = chain(_person(res, member), res, gaz)
    assert group in belongs and not_group not in belongs, belongs


def test_a_former_minister_acts_for_no_state(reader: Reader) -> None:
    _, res, gaz = reader("Former Defence Minister Oleksii Reznikov criticised the plan.")
    person = _person(res, "Oleksii Reznikov")
    assert ancestors(person, gaz, res.entities) == []  # no post now (terms.tsv), none in text
    assert [a for a in res.affiliations if a.member == person] == []


def test_a_numbered_unit_is_a_military_unit_of_its_state(reader: Reader) -> None:
    text = (
        "Russian troops attacked Pokrovsk in Ukraine overnight. The 155th Mechanized Brigade "
        "repelled the assault, Ukraine's army said."
    )
    _, res, gaz = reader(text)
    units = [e for e in res.entities.values() if "155th" in e.label]
    assert units and units[0].cls == "MilitaryUnit", [(e.label, e.cls) for e in units]
    assert "Ukraine" in chain(units[0].key, res, gaz)


@pytest.mark.parametrize(
    "text, thing",
    [
        ("Germany sent IRIS-T systems to Ukraine.", "IRIS"),
        ("Berlin approved Leopard 2 tanks for Kyiv.", "Leopard"),
        ("Washington sent Abrams tanks to Ukraine.", "Abrams"),
        ("Ukraine fired ATACMS at Russian airfields.", "ATACMS"),
    ],
)
def test_a_weapon_is_no_actor(reader: Reader, text: str, thing: str) -> None:
    _, res, _ = reader(text)
    assert not [e.label for e in res.entities.values() if e.label.startswith(thing)]


@pytest.mark.parametrize(
    "text",
    [
        "BERLIN, Jan 25 - Germany will send more tanks to Ukraine.",
        "KYIV (Reuters) - Ukraine said Russia attacked its energy grid.",
        "Kyiv, 12 March - Ukraine said Russia attacked its energy grid.",
    ],
)
def test_a_dateline_is_no_subject(reader: Reader, text: str) -> None:
    claims, res, _ = reader(text)
    sides = {res.entities[c.subject].label for c in claims}
    assert not sides & {"Berlin", "Kyiv", "Reuters"}, sides
