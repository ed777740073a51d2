"""Gold triples -> labelled candidate pairs.

A gold file (the format of ``tests/eval/dev/gold.json``) says, per document, which triples
[subject, relation, object, evidence quote] are ``required``, ``optional`` or ``must_not``, at the
level of gold actors with every surface name. A candidate pair of the pipeline gets:

- a relation, when a required or optional triple joins the gold actors its two entities stand for
  (their own names, or those of what they belong to) and its evidence quote lies in the
  candidate's sentence;
- ``none`` when no gold triple of the document joins those actors, or a must_not triple does in
  this sentence;
- no label at all (left out of training) when a gold triple joins them but its quote lies in
  another sentence: the sentence may say it again, or may not.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span

from graph.extract.arguments import Arguments
from graph.extract.learned import Candidate

__all__ = ["GoldDoc", "GoldNames", "expanded_keys", "label_of", "norm"]

# the more specific relation wins where a sentence gives a pair two
PRIORITY = (
    "supplies",
    "deploys",
    "pays",
    "trains",
    "sanctions",
    "attacks",
    "warns",
    "condemns",
    "supports",
)


def norm(name: str) -> str:
    """Fold a name as the scorer does (``../shared/eval/score.py``)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").casefold().strip()
    s = re.sub(r"'s$|'$", "", s)
    s = s.replace(".", "")
    s = re.sub(r"[-\u2010-\u2015_/]", " ", s)
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"\s+", " ", s).strip()


def _text(s: str) -> str:
    s = s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().casefold()


class GoldNames:
    """Gold entity keys by folded surface name."""

    def __init__(self, entities: dict[str, Any]) -> None:
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.within = {k: e.get("within") for k, e in entities.items()}
        for key, ent in entities.items():
            for n in ent["names"]:
                self.by_name[norm(n)].add(key)

    def keys(self, names: set[str]) -> set[str]:
        out = {k for n in names for k in self.by_name.get(norm(n), ())}
        return out | {w for k in out if (w := self.within.get(k))}


@dataclass
class GoldDoc:
    triples: list[tuple[str, str, str, list[str]]]  # subject, relation, object, quote pieces
    must_not: list[tuple[str, str, str, list[str]]]

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> GoldDoc:
        def rows(kind: str) -> list[tuple[str, str, str, list[str]]]:
            return [
                (t[0], t[1], t[2], _pieces(t[3] if len(t) > 3 else "")) for t in d.get(kind, [])
            ]

        return cls(rows("required") + rows("optional"), rows("must_not"))


def _pieces(quote: str) -> list[str]:
    """A quote's stretches of article text: without "..." and an annotator's "(note)"."""
    quote = re.sub(r"\([^)]*\)\s*$", "", quote)
    parts = re.split(r"\.\.\.|\u2026", quote)
    return [p for p in (_text(x).strip(" \"'") for x in parts) if len(p) >= 12]


def _in(pieces: list[str], sent: Span) -> bool:
    s = _text(sent.text)
    return any(p in s or (len(s) >= 20 and s in p) or p[:40] in s or p[-40:] in s for p in pieces)


def expanded_keys(key: str, args: Arguments, names: GoldNames) -> set[str]:
    """The gold keys an entity stands for: its own names, then those of what it belongs to."""
    out: set[str] = set()
    seen: set[str] = set()
    todo = [key]
    while todo:
        k = todo.pop()
        if k in seen:
            continue
        seen.add(k)
        ent, entry = args.res.entities.get(k), args.gaz.entries.get(k)
        labels: set[str] = set()
        if ent is not None:
            labels |= {ent.label, *ent.alt_labels}
        if entry is not None:
            labels |= {entry.label, *entry.names}
        out |= names.keys(labels)
        parent = (ent.parent if ent else None) or (entry.parent if entry else None)
        if parent:
            todo.append(parent)
        todo += [a.group for a in args.res.affiliations if a.member == k]
    return out


def label_of(c: Candidate, gold: GoldDoc, args: Arguments, names: GoldNames) -> str | None:
    """The relation a candidate expresses by the gold, ``none``, or None when unsure."""
    ga, gb = expanded_keys(c.subject, args, names), expanded_keys(c.object, args, names)
    if not ga or not gb:  # an actor the gold does not know
        return "none"
    here = [r for s, r, o, q in gold.triples if s in ga and o in gb and _in(q, c.sent)]
    if here:
        return min(here, key=PRIORITY.index)
    if any(s in ga and o in gb and _in(q, c.sent) for s, _, o, q in gold.must_not):
        return "none"
    if any(s in ga and o in gb for s, _, o, _ in gold.triples):
        return None
    return "none"
