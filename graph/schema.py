"""What the graph can say: the relation registry (``graph/data/relations.tsv``) and the entity
classes.

Every part of the product that needs to know the relations reads the registry: the lexicon
loader (a trigger must name a registered relation), extraction (which relations support, which
events can be condemned), the network page (stance colours and the legend), the API's
descriptions, statistics and the benches. ``tests/graph/test_schema.py`` checks the registry
against ``ontology/allegiance.ttl`` and ``ontology/shapes.ttl``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from graph.errors import KnowledgeError
from graph.tsv import Row, read_tsv

__all__ = [
    "ENTITY_TYPES",
    "PLOVER_MODES",
    "PLOVER_TYPES",
    "Registry",
    "Relation",
    "load_registry",
]

# the actor classes of the ontology, most specific first: an armed group is also an
# organisation, and is drawn and listed as an armed group
ENTITY_TYPES = (
    "State",
    "ArmedGroup",
    "Company",
    "Organization",
    "Agency",
    "Official",
    "MilitaryUnit",
    "Region",
)
# PLOVER (Political Language Ontology for Verifiable Event Records) event types and AID modes
PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
PLOVER_MODES = ("economic", "military", "humanitarian")
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Relation:
    name: str
    stance: str  # the stance it counts towards: supports | opposes
    parent: str | None  # the relation it specialises; None for a stance
    condemnable: bool  # its events can be condemned in place of their agent
    plover: str | None
    mode: str | None
    colour: str | None  # stances only

    @property
    def is_stance(self) -> bool:
        return self.name == self.stance


class Registry:
    """The registered relations, in the order of the file."""

    def __init__(self, relations: tuple[Relation, ...]) -> None:
        self.relations = relations
        self._by_name = {r.name: r for r in relations}

    def __getitem__(self, name: str) -> Relation:
        return self._by_name[name]

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.relations)

    @property
    def stances(self) -> tuple[str, ...]:
        """The actor-level summaries: ("supports", "opposes")."""
        return tuple(r.name for r in self.relations if r.is_stance)

    def of_stance(self, stance: str) -> tuple[str, ...]:
        """Every relation that counts towards ``stance``, the stance itself included."""
        return tuple(r.name for r in self.relations if r.stance == stance)

    @property
    def condemnable(self) -> frozenset[str]:
        return frozenset(r.name for r in self.relations if r.condemnable)

    def colours(self) -> dict[str, str]:
        """Each stance's colour."""
        return {r.name: r.colour or "" for r in self.relations if r.is_stance}

    def legend(self) -> list[dict[str, object]]:
        """What the network page's legend says of the edges: per stance, its colour and the
        relations that count towards it."""
        return [
            {
                "stance": s,
                "color": self[s].colour,
                "relations": [r for r in self.of_stance(s) if r != s],
            }
            for s in self.stances
        ]


def load_registry(data_dir: Path) -> Registry:
    """The relation registry in ``data_dir/relations.tsv``, every row checked."""
    path = data_dir / "relations.tsv"

    def check(row: Row) -> None:
        row.one_of("condemnable", ("yes", "no"))
        if row["plover"]:
            row.one_of("plover", PLOVER_TYPES)
        if row["mode"]:
            row.one_of("mode", PLOVER_MODES)
        if row["colour"] and not COLOUR.fullmatch(row["colour"]):
            raise row.error(f"colour is {row['colour']!r}, not like #2ca02c")

    rows = read_tsv(path, required=("name", "stance", "condemnable"), check=check)
    relations = tuple(
        Relation(
            name=r["name"],
            stance=r["stance"],
            parent=r["parent"] or None,
            condemnable=r["condemnable"] == "yes",
            plover=r["plover"] or None,
            mode=r["mode"] or None,
            colour=r["colour"] or None,
        )
        for r in rows
    )
    names = [r.name for r in relations]
    stances = {r.name for r in relations if r.is_stance}
    for row, rel in zip(rows, relations, strict=True):
        if names.count(rel.name) > 1:
            raise row.error(f"{rel.name!r} is registered twice")
        if rel.stance not in stances:
            raise row.error(f"stance is {rel.stance!r}; allowed: {', '.join(sorted(stances))}")
        if rel.is_stance and (rel.parent or not rel.colour):
            raise row.error(f"the stance {rel.name!r} needs a colour and no parent")
        if not rel.is_stance and (rel.parent is None or rel.parent not in names):
            raise row.error(f"parent is {rel.parent!r}; allowed: {', '.join(names)}")
        if rel.parent is not None and relations[names.index(rel.parent)].stance != rel.stance:
            raise row.error(f"parent {rel.parent!r} counts towards another stance")
    if not relations:
        raise KnowledgeError(f"{path}: no relation")
    return Registry(relations)
