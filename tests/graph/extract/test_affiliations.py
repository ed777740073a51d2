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
    # a title with no group: two pointers of the context agree (here the place of the
    # meeting and the state named just before the person)
    (
        "The talks were held in Warsaw, where Polish officials and Defence Minister Jan "
        "Kowalski met the delegation.",
        "Jan Kowalski",
        "Poland",
    ),
    ("Lavrov met his Hungarian counterpart Istvan Kovacs in Moscow.", "Istvan Kovacs", "Hungary"),
    # a possessive state before the title
    ("Estonia's Prime Minister Kaja Kallas called for more air defence.", "Kaja Kallas", "Estonia"),
    # the actor the previous sentence is about, and the state the person speaks for
    (
        "Japan's foreign ministry protested on Friday. Spokesman Hiroshi Tanaka said Japan would "
        "not accept the incursion.",
        "Hiroshi Tanaka",
        "Japan",
    ),
    (
        "Greek jets intercepted the drones, the Defence Ministry in Athens said. The ministry "
        "gave no details. Interior Minister Nikos Pappas said Greece would keep the border shut.",
        "Nikos Pappas",
        "Greece",
    ),
    (
        "The Polish government summoned the ambassador. Interior Minister Marek Nowak said "
        "Poland would keep the border closed.",
        "Marek Nowak",
        "Poland",
    ),
    (
        "The minister warned his Chinese counterpart, Li Wei, that sanctions would follow.",
        "Li Wei",
        "China",
    ),
    # the dateline's state, and the state the person speaks for
    (
        "NAIROBI, March 4 (Wire) - Interior Minister Peter Kamau said Kenya would reopen the "
        "border.",
        "Peter Kamau",
        "Kenya",
    ),
    (
        "HANOI, May 2 - Deputy Foreign Minister Nguyen Van Thanh said Vietnam welcomed the "
        "delegation.",
        "Nguyen Van Thanh",
        "Vietnam",
    ),
    # a title phrase the parser hangs on the place of the post; titles coordinated before a
    # name; a name 'of' a state
    (
        "Egypt's ambassador to Jordan, Karim Mansour, said the convoy had crossed.",
        "Karim Mansour",
        "Egypt",
    ),
    (
        "Turkey's ambassador in Athens, Mehmet Aydin, rejected the protest note.",
        "Mehmet Aydin",
        "Turkey",
    ),
    (
        "Cairo summoned the Ethiopian chargé d'affaires, Dawit Bekele, over the dam.",
        "Dawit Bekele",
        "Ethiopia",
    ),
    (
        "Kenya's Deputy President and Interior Minister Samuel Otieno met the envoys.",
        "Samuel Otieno",
        "Kenya",
    ),
    (
        "In the council, Mariana Silva of Brazil called for a ceasefire.",
        "Mariana Silva",
        "Brazil",
    ),
]

# what the context says that is no affiliation: a visit's place, a dateline alone, the state
# the previous sentence is about when the person answers it, a post the gazetteer says the
# person never held
NOT_AFFILIATED = [
    (
        "BEIJING, May 5 (Wire) - Foreign Minister Helga Lindqvist arrived for trade talks.",
        "Helga Lindqvist",
        "China",
    ),
    (
        "The accord was signed in Manila on Monday by Foreign Minister Aiko Tanabe.",
        "Aiko Tanabe",
        "Philippines",
    ),
    (
        "China criticised the pact on Monday. Foreign Minister Jane Holt shot back that the "
        "criticism was unfounded.",
        "Jane Holt",
        "China",
    ),
    (
        "Sergei Lavrov, the guest of Hungary's president, said Moscow was ready.",
        "Sergei Lavrov",
        "Poland",
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


@pytest.mark.parametrize(
    ("text", "member", "group"), NOT_AFFILIATED, ids=[a[0][:50] for a in NOT_AFFILIATED]
)
def test_no_affiliation_from_a_visit_or_a_dateline(
    reader: Reader, text: str, member: str, group: str
) -> None:
    _, res, gaz = reader(text)
    people = [k for k, e in res.entities.items() if e.label == member]
    assert people, f"no entity {member!r}: {[e.label for e in res.entities.values()]}"
    assert group not in chain(people[0], res, gaz)
