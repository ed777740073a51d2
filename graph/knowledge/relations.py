"""The relation registry: each relation between actors, its summary and its PLOVER event.

Read from ``graph/data/relations.tsv``; a bad row names its file and line.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError

__all__ = ["PLOVER_EVENTS", "RELATIONS_FILE", "Relation", "RelationTableError", "load_relations"]

RELATIONS_FILE = Path(__file__).resolve().parents[1] / "data" / "relations.tsv"
# PLOVER's sixteen event types (the codebook as POLECAT uses it)
PLOVER_EVENTS = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
SUMMARIES = ("supports", "opposes")


class RelationTableError(InputError):
    """A row of the relation registry that does not say what it must."""


@dataclass(frozen=True)
class Relation:
    name: str
    summary: str
    plover_event: str
    plover_mode: str | None
    quad: str


def load_relations(path: Path = RELATIONS_FILE) -> dict[str, Relation]:
    """Every relation by its local name, each row checked."""
    out: dict[str, Relation] = {}
    with path.open(encoding="utf-8", newline="") as f:
        numbered = [(n, line) for n, line in enumerate(f, 1) if line.strip() and line[0] != "#"]
    rows = csv.DictReader([line for _, line in numbered], delimiter="\t", quoting=csv.QUOTE_NONE)
    for (n, _), row in zip(numbered[1:], rows, strict=True):
        r = {k: (v or "").strip() for k, v in row.items()}
        where = f"{path.name} line {n}"
        if r["summary"] not in SUMMARIES:
            raise RelationTableError(
                f"{where}: summary {r['summary']!r}; allowed: supports, opposes"
            )
        if r["plover_event"] not in PLOVER_EVENTS:
            raise RelationTableError(
                f"{where}: PLOVER event {r['plover_event']!r}; allowed: {', '.join(PLOVER_EVENTS)}"
            )
        if r["quad"] not in QUADS:
            raise RelationTableError(f"{where}: quad {r['quad']!r}; allowed: {', '.join(QUADS)}")
        if r["relation"] in out:
            raise RelationTableError(f"{where}: relation {r['relation']!r} named twice")
        out[r["relation"]] = Relation(
            r["relation"], r["summary"], r["plover_event"], r["plover_mode"] or None, r["quad"]
        )
    return out
