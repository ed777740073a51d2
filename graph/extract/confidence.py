"""A document's claims -> the same claims with their calibrated confidence.

Confidence is set once the whole document is read, since some features look across its claims.
Each claim gets a few readable features; the calibrated model of ``graph/data/calibration/``
(``graph.knowledge.calibration``, fitted by ``make calibrate``) turns them into a confidence:

- ``kind:<rule kind>``: how the claim was found (a relation's own verb ``transfer`` /
  ``act_on`` / ``receive``, a meaning class ``judge`` / ``threat`` / ``side`` ..., or inferred:
  ``implicit`` recipient, ``inherit`` from the claim just made, condemned ``event`` ...);
- ``relation:<relation>``;
- ``hedged`` (reportedly, allegedly), ``attributed`` (the text names who says so), ``theme``
  (it names what moves: "200 drones");
- ``subject:<class>``, ``object:<class>``: the entity classes (State, Official, Agency ...);
  ``subject:unlisted``, ``object:unlisted``: the gazetteer does not know the entity (a name the
  text alone gives: often a place or a body taken for an actor);
- ``repeated``: another sentence of the document makes the same claim;
- ``crowded``: the sentence makes three or more claims; ``long``: it is over 250 characters;
  ``quoted``: it holds a quotation.

``negated`` is a feature too, but the gold says nothing of denials, so the model has no weight
for it: a denial is as sure as the same claim asserted would be.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from graph.extract.entities import DocumentEntities
from graph.extract.model import Claim
from graph.knowledge import Knowledge
from graph.knowledge.gazetteer import Gazetteer, forces_key

__all__ = ["calibrated", "claim_features"]

LONG_SENTENCE = 250  # characters
CROWDED = 3  # claims in one sentence
QUOTES = ('"', "\u201c", "\u201d")
FREQUENT = 3  # mentions in the document
FAR = 15  # tokens between the two sides' nearest mentions


def claim_features(
    claims: list[Claim], res: DocumentEntities, gaz: Gazetteer, doc: Doc
) -> list[tuple[str, ...]]:
    """The features of each of a document's claims, in order."""
    named: dict[str, list[int]] = {}  # entity key -> the tokens its mentions start at
    for start, key in sorted(res.by_mention.items()):
        named.setdefault(key, []).append(start)
    frequent = {k for k, starts in named.items() if len(starts) >= FREQUENT}
    distinct = {_key(c): c for c in claims}.values()  # one per triple and sentence
    triples = Counter((c.subject, c.relation, c.object) for c in distinct)
    per_sentence = Counter(c.begin for c in distinct)
    out = []
    for c in claims:
        f = [f"kind:{c.rule.kind}", f"relation:{c.relation}", f"rule:{c.rule.kind}:{c.relation}"]
        f += [name for name, on in (("hedged", c.hedged), ("negated", c.negated)) if on]
        f += ["attributed"] if c.source else []
        f += ["theme"] if c.theme else []
        for side, key in (("subject", c.subject), ("object", c.object)):
            ent = res.entities.get(key)
            f.append(f"{side}:{ent.cls if ent else 'unknown'}")
            f += [] if key in gaz.entries or _forces(key, res, gaz) else [f"{side}:unlisted"]
            f += [f"{side}:frequent"] if key in frequent else []
        near = _distance(doc, c, named)
        f += ["far"] if near is not None and near > FAR else []
        f += ["unnamed"] if near is None else []
        f += ["repeated"] if triples[(c.subject, c.relation, c.object)] > 1 else []
        f += ["crowded"] if per_sentence[c.begin] >= CROWDED else []
        f += ["long"] if len(c.evidence) > LONG_SENTENCE else []
        f += ["quoted"] if any(q in c.evidence for q in QUOTES) else []
        out.append(tuple(f))
    return out


def _distance(doc: Doc, c: Claim, named: dict[str, list[int]]) -> int | None:
    """Tokens between the nearest mentions of the subject and object in the claim's sentence,
    or None when one of them is not named there."""

    def here(key: str) -> list[int]:
        return [i for i in named.get(key, ()) if c.begin <= doc[i].idx < c.end]

    a, b = here(c.subject), here(c.object)
    if not a or not b:
        return None
    return min(abs(i - j) for i in a for j in b)


def _forces(key: str, res: DocumentEntities, gaz: Gazetteer) -> bool:
    """A state's forces as a whole ("North Korean forces"): listed with their state."""
    ent = res.entities.get(key)
    return ent is not None and ent.parent in gaz.entries and key == forces_key(ent.parent)


def _key(c: Claim) -> tuple[str, str, str, int]:
    return (c.subject, c.relation, c.object, c.begin)


def calibrated(
    claims: list[Claim], res: DocumentEntities, knowledge: Knowledge, doc: Doc
) -> list[Claim]:
    """The claims, each with the confidence the calibrated model gives its features."""
    model = knowledge.calibration
    return [
        replace(c, confidence=model.confidence(f))
        for c, f in zip(claims, claim_features(claims, res, knowledge.gazetteer, doc), strict=True)
    ]
