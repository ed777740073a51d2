"""What a network is made of: the query that asks for one, its links and the whole it draws from.

The actor view (the default) is ``graph.analysis.alignment``'s roll-up: every non-negated claim
lifted to the states and organisations behind its sides, one edge per ordered pair and stance. The
full view keeps each claim's own subject and object.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

import networkx as nx

from graph.analysis.alignment import Evidence
from graph.analysis.names import NameIndex
from graph.errors import InputError
from graph.schema import ENTITY_TYPES, Registry

__all__ = [
    "DEFAULT_LIMIT",
    "ENTITY_TYPES",
    "Link",
    "NetworkQuery",
    "Stance",
    "View",
    "Whole",
]

View = Literal["actors", "full"]
Stance = str  # a stance of the relation registry: supports | opposes

DEFAULT_LIMIT = 150


@dataclass(frozen=True)
class NetworkQuery:
    """What to draw; every field is also a query parameter of ``/graph`` and ``/api/network``."""

    view: View = "actors"
    actor: str | None = None
    depth: int = 1
    relations: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    limit: int = DEFAULT_LIMIT  # 0: no limit

    def __post_init__(self) -> None:
        if self.view not in ("actors", "full"):
            raise InputError(f"unknown view {self.view!r}; allowed: actors, full")
        if self.depth < 0 or self.limit < 0:
            raise InputError(f"depth ({self.depth}) and limit ({self.limit}) must be >= 0")
        if unknown := sorted(set(self.types) - set(ENTITY_TYPES)):
            raise InputError(f"unknown entity types {unknown}; allowed: {', '.join(ENTITY_TYPES)}")


@dataclass
class Link:
    """All the claims, after filtering, from one node to another with one stance."""

    source: str
    target: str
    stance: Stance
    evidence: list[Evidence] = field(default_factory=list)
    # the actor view's disputes: who denies it, and the denials' own sentences
    denied_by: list[str] = field(default_factory=list)
    denials: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class Whole:
    """Everything that passes the claim filters, before focus, limit and layout."""

    graph: nx.MultiDiGraph
    relations: dict[str, Stance]
    documents: dict[str, dict[str, str | None]]
    registry: Registry  # the stances, their colours and the legend
    # every entity under every name (label, altLabel, IRI, Wikidata ID, surname ...)
    names: NameIndex = field(default_factory=lambda: NameIndex(""))
    # in the actor view: an entity below an actor -> that actor (Vladimir Putin -> Russia)
    lifted: dict[str, str] = field(default_factory=dict)
