"""Sentence-level extraction tests: real sentences through the real pipeline, expected actor-level
claims written as a careful analyst would want them.

Each expectation is ``"subject|relation|object"`` with optional flags ``|neg`` (the text denies or
refuses it) and ``|hedged`` (allegedly, reportedly, expected to, would ...). A claim matches when
its subject and object, or an entity they belong to (a unit's state, a minister's ministry and its
state), carry the expected labels, and its relation and flags are the expected ones. Every claim
must match an expectation (precision) and every expectation a claim (recall).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from graph.extract.entities import DocumentEntities
from graph.extract.model import Claim
from graph.knowledge.gazetteer import Gazetteer

Reader = Callable[[str], tuple[list[Claim], DocumentEntities, Gazetteer]]


@dataclass(frozen=True)
class Expected:
    subject: str
    relation: str
    object: str
    negated: bool
    hedged: bool

    @classmethod
    def parse(cls, spec: str) -> Expected:
        s, r, o, *flags = spec.split("|")
        return cls(s, r, o, "neg" in flags, "hedged" in flags)


def chain(key: str, res: DocumentEntities, gaz: Gazetteer) -> set[str]:
    """The labels of an entity and of everything it belongs to."""
    labels: set[str] = set()
    todo, seen = [key], set()
    while todo:
        k = todo.pop()
        if k in seen:
            continue
        seen.add(k)
        ent, entry = res.entities.get(k), gaz.entries.get(k)
        if ent is not None:
            labels.add(ent.label)
        elif entry is not None:
            labels.add(entry.label)
        parent = (ent.parent if ent else None) or (entry.parent if entry else None)
        todo += [parent] if parent else []
        todo += [a.group for a in res.affiliations if a.member == k]
    return labels


def compare(
    claims: list[Claim], res: DocumentEntities, gaz: Gazetteer, expected: list[Expected]
) -> tuple[list[str], list[Expected]]:
    matched: set[Expected] = set()
    spurious: list[str] = []
    for c in claims:
        subj, obj = chain(c.subject, res, gaz), chain(c.object, res, gaz)
        hits = [
            e
            for e in expected
            if e.relation == c.relation
            and e.subject in subj
            and e.object in obj
            and e.negated == c.negated
            and e.hedged == c.hedged
        ]
        if hits:
            matched.update(hits)
        else:
            flags = "|neg" * c.negated + "|hedged" * c.hedged
            spurious.append(
                f"{res.entities[c.subject].label}|{c.relation}|"
                f"{res.entities[c.object].label}{flags} ({c.rule})"
            )
    return spurious, [e for e in expected if e not in matched]


def case(text: str, *expected: str, xfail: str | None = None):  # type: ignore[no-untyped-def]
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, expected, marks=marks, id=text[:60])


def check(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    """Every claim read from ``text`` is expected, and every expectation is met."""
    claims, res, gaz = reader(text)
    spurious, missed = compare(claims, res, gaz, [Expected.parse(e) for e in expected])
    assert not spurious and not missed, f"spurious={spurious} missed={missed}"
