"""The relation lexicon: triggers, themes and cues, read from the TSV files beside this module."""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

__all__ = ["Frame", "Lexicon", "StanceCue", "load_lexicon"]

HERE = Path(__file__).resolve().parents[1] / "data/lexicon/en"


@dataclass(frozen=True)
class Frame:
    trigger: str
    pos: str  # VERB | NOUN | ADJ
    relation: str
    frame: str  # transfer | receive | act_on | presence
    preps: tuple[str, ...]
    goods: bool
    places: tuple[str, ...] = ()  # prepositions of the place acted on, when no patient is named
    direct: bool = True  # whether the direct object is the patient


@dataclass(frozen=True)
class StanceCue:
    """A word or phrase that carries a relation by its meaning (stances.tsv)."""

    text: str
    words: tuple[str, ...]  # lemmas, contiguous
    companions: frozenset[str]  # lemmas one of which must stand below the first word
    relation: str
    pattern: str  # judge | threat | measure | between | side | thanks


STANCE_PATTERNS = ("judge", "threat", "measure", "between", "side", "thanks")


@dataclass
class Lexicon:
    frames: dict[tuple[str, str], list[Frame]] = field(default_factory=lambda: defaultdict(list))
    multiword: dict[str, list[Frame]] = field(default_factory=lambda: defaultdict(list))
    themes: dict[str, str] = field(default_factory=dict)
    cues: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    stances: dict[str, list[StanceCue]] = field(default_factory=lambda: defaultdict(list))

    def frames_for(self, lemma: str, pos: str) -> list[Frame]:
        pos = "VERB" if pos == "AUX" else pos
        return self.frames.get((lemma.lower(), pos), [])

    def is_cue(self, word: str, kind: str) -> bool:
        return word.lower() in self.cues[kind]


def _rows(name: str) -> list[dict[str, str]]:
    with (HERE / name).open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return [
        {k: (v or "").strip() for k, v in r.items()}
        for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    ]


@cache
def load_lexicon() -> Lexicon:
    lex = Lexicon()
    for r in _rows("triggers.tsv"):
        frame = Frame(
            r["trigger"],
            r["pos"],
            r["relation"],
            r["frame"],
            tuple(p for p in r["preps"].split("|") if p),
            r["goods"] == "yes",
            tuple(p for p in r.get("places", "").split("|") if p),
            r.get("direct", "") != "no",
        )
        if " " in frame.trigger:
            lex.multiword[frame.trigger.split()[-1]].append(frame)
        else:
            lex.frames[(frame.trigger, frame.pos)].append(frame)
    with (HERE / "themes.tsv").open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                lemma, relation = line.rstrip("\n").split("\t")
                lex.themes[lemma] = relation
    for r in _rows("cues.tsv"):
        lex.cues[r["kind"]].add(r["cue"])
    for n, r in enumerate(_rows("stances.tsv"), start=1):
        cue = _stance(r, n)
        lex.stances[cue.words[0]].append(cue)
    return lex


def _stance(r: dict[str, str], n: int) -> StanceCue:
    words, _, rest = r["cue"].partition("~")
    if r["pattern"] not in STANCE_PATTERNS or not words.split():
        raise ValueError(
            f"stances.tsv row {n} ({r['cue']!r}): pattern must be one of {STANCE_PATTERNS}"
        )
    return StanceCue(
        r["cue"],
        tuple(words.lower().split()),
        frozenset(w.strip().lower() for w in rest.split("|") if w.strip()),
        r["relation"],
        r["pattern"],
    )
