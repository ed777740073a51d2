"""Affiliations: which state, agency or organisation a named person belongs to."""

from __future__ import annotations

import pytest

from tests.graph.extract.cases import Reader, chain

AFFILIATIONS = [
    (
        "Estonian Defence Minister Hanno Pevkur said the drones had crossed the border.",
        "Hanno Pevkur",
        "Estonia",
    ),
    (
        "Hanno Pevkur, Estonia's defence minister, said the drones had crossed the border.",
        "Hanno Pevkur",
        "Estonia",
    ),
    (
        "White House national security spokesman John Kirby told reporters on Monday.",
        "John Kirby",
        "United States",
    ),
    (
        "Peter Stano, spokesperson for the European Commission, said the package was ready.",
        "Peter Stano",
        "European Commission",
    ),
    (
        "The United States sanctioned James Kabarebe, a Rwandan minister, on Thursday.",
        "James Kabarebe",
        "Rwanda",
    ),
    (
        "The delegation arrived in Warsaw on Monday. It met Defence Minister Jan Kowalski.",
        "Jan Kowalski",
        "Poland",
    ),
    ("Lavrov met his Hungarian counterpart Istvan Kovacs in Moscow.", "Istvan Kovacs", "Hungary"),
    # a possessive state before the title
    ("Estonia's Prime Minister Kaja Kallas called for more air defence.", "Kaja Kallas", "Estonia"),
    # a title with no group: the actor the previous sentence is about
    (
        "Japan's foreign ministry protested on Friday. Spokesman Hiroshi Tanaka said the ship had "
        "entered Japanese waters.",
        "Hiroshi Tanaka",
        "Japan",
    ),
    (
        "Greek jets intercepted the drones, the Defence Ministry in Athens said. The ministry "
        "gave no details. Interior Minister Nikos Pappas said the border was calm.",
        "Nikos Pappas",
        "Greece",
    ),
    (
        "The Polish government summoned the ambassador. Interior Minister Marek Nowak said the "
        "border would stay closed.",
        "Marek Nowak",
        "Poland",
    ),
    (
        "The minister warned his Chinese counterpart, Li Wei, that sanctions would follow.",
        "Li Wei",
        "China",
    ),
    # a state title with no state and no context before it: the dateline's state
    (
        "NAIROBI, March 4 (Wire) - Interior Minister Peter Kamau said the border would reopen.",
        "Peter Kamau",
        "Kenya",
    ),
    (
        "HANOI, May 2 - Deputy Foreign Minister Nguyen Van Thanh met the delegation on Tuesday.",
        "Nguyen Van Thanh",
        "Vietnam",
    ),
]


@pytest.mark.parametrize(
    ("text", "member", "group"), AFFILIATIONS, ids=[a[0][:50] for a in AFFILIATIONS]
)
def test_affiliations(reader: Reader, text: str, member: str, group: str) -> None:
    _, res, gaz = reader(text)
    people = [k for k, e in res.entities.items() if e.label == member]
    assert people, f"no entity {member!r}: {[e.label for e in res.entities.values()]}"
    assert group in chain(people[0], res, gaz)
