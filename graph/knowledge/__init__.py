"""What the product knows, read once from ``graph/data`` and passed to whatever needs it.

``load_knowledge(settings)`` reads the gazetteer (``data/gazetteer/*.tsv``), the relation
registry (``data/relations.tsv``), the lexicon of the configured language
(``data/lexicon/<lang>/*.tsv``) and the confidence weights
(``data/confidence.tsv``), checking every row: a bad row raises ``KnowledgeError`` naming its file
and line. Nothing here is cached behind the caller's back: build the ``Knowledge`` once (the
``Builder`` does) and pass it on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import KnowledgeError
from graph.knowledge.gazetteer import Gazetteer, load_gazetteer
from graph.knowledge.lexicon import Lexicon, load_lexicon
from graph.schema import Registry, load_registry
from graph.settings import Settings
from graph.tsv import Row, read_tsv

__all__ = ["Confidence", "Knowledge", "load_knowledge"]


@dataclass(frozen=True)
class Confidence:
    """How sure a claim is: ``base``, less each weight that applies, never below ``floor``."""

    base: float
    hedged: float  # the text hedges it ("reportedly")
    presence: float  # troops are somewhere, so they were deployed there
    inherit: float  # a bare noun continues the claim just made
    floor: float
    # what a claim read off a meaning class costs, by rule kind ("judge", "threat" ...)
    kinds: dict[str, float] = field(default_factory=dict)

    def of(self, *, hedged: bool, presence: bool, inherit: bool, kind: str = "") -> float:
        conf = (
            self.base
            - (self.hedged if hedged else 0)
            - (self.presence if presence else 0)
            - (self.inherit if inherit else 0)
            - self.kinds.get(kind, 0.0)
        )
        return round(max(conf, self.floor), 2)


@dataclass(frozen=True)
class Knowledge:
    gazetteer: Gazetteer
    lexicon: Lexicon
    lang: str
    confidence: Confidence
    relations: Registry


def _confidence(path: Path) -> Confidence:
    def number(row: Row) -> None:
        try:
            float(row["weight"])
        except ValueError:
            raise row.error(f"weight is {row['weight']!r}, not a number") from None

    rows = read_tsv(path, required=("factor", "weight"), check=number)
    weights = {r["factor"]: float(r["weight"]) for r in rows}
    wanted = ("base", "hedged", "presence", "inherit", "floor")
    if missing := [w for w in wanted if w not in weights]:
        raise KnowledgeError(f"{path}: no row for {', '.join(missing)}")
    kinds = {f[5:]: w for f, w in weights.items() if f.startswith("kind:")}
    base, hedged, presence, inherit, floor = (weights[w] for w in wanted)
    return Confidence(base, hedged, presence, inherit, floor, kinds)


def load_knowledge(settings: Settings) -> Knowledge:
    """The gazetteer, the relation registry, the lexicon of ``settings.language`` (whose
    triggers and themes must name registered relations) and the confidence weights."""
    data = settings.data_dir
    relations = load_registry(data)
    lexicon_dir = data / "lexicon" / settings.language
    if not lexicon_dir.is_dir():
        have = sorted(p.name for p in (data / "lexicon").iterdir() if p.is_dir())
        raise KnowledgeError(
            f"no lexicon for language {settings.language!r} in {data / 'lexicon'};"
            f" available: {', '.join(have)}"
        )
    return Knowledge(
        gazetteer=load_gazetteer(data / "gazetteer"),
        lexicon=load_lexicon(lexicon_dir, relations.names),
        lang=settings.language,
        confidence=_confidence(data / "confidence.tsv"),
        relations=relations,
    )
