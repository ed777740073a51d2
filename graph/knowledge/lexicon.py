"""The relation lexicon of one language: triggers, themes and cues, read from
``graph/data/lexicon/<lang>/`` and checked row by row.

- ``triggers.tsv``: the words that express a relation, and the frame that says where their
  arguments sit;
- ``themes.tsv``: what a transfer moves decides its relation (troops are deployed, money paid);
- ``cues.tsv``: words that change what a claim means (negation, hedging, irrealis, attribution),
  nouns that refer back to an actor, and the other word lists the rules read (``CUE_KINDS``);
- ``stances.tsv``: words and phrases that carry a relation by their meaning;
- ``acts.tsv``: nouns that name someone's act ("the decision", "the detention"), which a judged
  or condemned noun stands for.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, cast

from graph.tsv import Row, read_tsv, split_list

__all__ = [
    "CUE_KINDS",
    "FRAME_KINDS",
    "STANCE_PATTERNS",
    "Act",
    "Frame",
    "FrameKind",
    "Lexicon",
    "StanceCue",
    "StanceKind",
    "load_lexicon",
]

FrameKind = Literal["transfer", "receive", "act_on", "presence"]
FRAME_KINDS: tuple[FrameKind, ...] = ("transfer", "receive", "act_on", "presence")
# how a stance cue (stances.tsv) finds its actors; see graph/extract/stances.py
StanceKind = Literal[
    "judge", "threat", "reprisal", "measure", "between", "side", "thanks", "endorse"
]
STANCE_PATTERNS: tuple[StanceKind, ...] = (
    "judge",
    "threat",
    "reprisal",
    "measure",
    "between",
    "side",
    "thanks",
    "endorse",
)
POS = ("VERB", "NOUN", "ADJ")
# every kind of cue the rules read; cues.tsv says what each means
CUE_KINDS = (
    "incursion",
    "peaceful_purpose",
    "peaceful_mover",
    "airspace",
    "negation",
    "negator",
    "hedge",
    "irrealis",
    "report",
    "agentive",
    "light",
    "occupier",
    "sanctionable",
    "group",
    "state",
    "agency_head",
    "force",
    "military",
    "runs_on",
    "litotes",
    "promise",
    "statement",
    "naming",
    "accusing",
    "deadline",
    "vow",
    "verbal",
    "imputing",
    "unarmed",
    "government",
    "accord",
    "armed_head",
    "friendly",
    "branch",
    "org_head",
    "company_word",
    "request",
    "shortfall",
    "installation",
    "holding",
    "mission",
    "help",
    "intake",
    "protest",
    "resolve",
    "outburst",
    "instrument",
    "lone_agency",
    "readiness",
    "joint",
    "individual",
    "idiom",
    "venue",
    "interception",
    "airborne",
    "downing",
    "launch",
    "violated",
    "movement",
    "guard",
    "retort",
    "name_qualifier",
    "band",
    "count",
    "envoy",
    "bilateral",
    "emulate",
    "insurgent",
    "place",
    "settlement",
    "place_preposition",
    "errand",
    "stated",
    "seated",
    "fighting",
    "relying",
    "unsaid_object",
    "claim_noun",
    "conduct",
    "armed_act",
    "civil",
)


@dataclass(frozen=True)
class Frame:
    trigger: str
    pos: str  # VERB | NOUN | ADJ
    relation: str
    frame: FrameKind | StanceKind
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
    pattern: StanceKind


# the relations a noun of any act lists ("the move", "the decision"): every one but speech
ANY_ACT = frozenset(("supplies", "deploys", "pays", "trains", "supports", "attacks", "sanctions"))


@dataclass(frozen=True)
class Act:
    """A noun that names someone's act (acts.tsv)."""

    noun: str
    verbs: tuple[str, ...]  # the verbs whose act it names
    relations: frozenset[str]  # the relations whose claims it may stand for
    of_agent: bool  # "the <noun> of X" names who did it, not whom it was done to

    @property
    def specific(self) -> bool:
        """It names the act of its own verbs ("the interception": someone intercepted), not any
        act ("the move", "the decision"): its antecedent may lie anywhere earlier in the text."""
        return bool(self.verbs) and not self.relations >= ANY_ACT


@dataclass
class Lexicon:
    frames: dict[tuple[str, str], list[Frame]] = field(default_factory=lambda: defaultdict(list))
    multiword: dict[str, list[Frame]] = field(default_factory=lambda: defaultdict(list))
    themes: dict[str, str] = field(default_factory=dict)
    cues: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    stances: dict[str, list[StanceCue]] = field(default_factory=lambda: defaultdict(list))
    acts: dict[str, Act] = field(default_factory=dict)  # by the noun's lemma
    # the labels of agencies that are armed forces ("Armed Forces of Ukraine", "Russian Navy")
    force_label: re.Pattern[str] = re.compile(r"(?!)")

    def frames_for(self, lemma: str, pos: str) -> list[Frame]:
        pos = "VERB" if pos == "AUX" else pos
        return self.frames.get((lemma.lower(), pos), [])

    def is_cue(self, word: str, kind: str) -> bool:
        return word.lower() in self.cues[kind]


def _words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word or phrase, ignoring case."""
    alternatives = sorted((re.escape(w) for w in words), key=lambda w: (-len(w), w))
    return re.compile(r"\b(" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def load_lexicon(folder: Path, relations: Iterable[str] | None = None) -> Lexicon:
    """The lexicon in ``folder``; with ``relations``, every trigger and theme must name one."""
    known = tuple(relations) if relations is not None else None

    def relation(row: Row) -> None:
        if known is not None:
            row.one_of("relation", known)

    def trigger(row: Row) -> None:
        row.one_of("pos", POS)
        row.one_of("frame", FRAME_KINDS)
        row.one_of("goods", ("yes", "no"))
        row.one_of("direct", ("", "yes", "no"))
        relation(row)

    lex = Lexicon()
    required = ("trigger", "pos", "relation", "frame", "goods")
    for r in read_tsv(folder / "triggers.tsv", required=required, check=trigger):
        frame = Frame(
            r["trigger"],
            r["pos"],
            r["relation"],
            cast(FrameKind, r["frame"]),
            split_list(r.get("preps")),
            r["goods"] == "yes",
            split_list(r.get("places")),
            r.get("direct") != "no",
        )
        if " " in frame.trigger:
            lex.multiword[frame.trigger.split()[-1]].append(frame)
        else:
            lex.frames[(frame.trigger, frame.pos)].append(frame)
    for r in read_tsv(folder / "themes.tsv", required=("lemma", "relation"), check=relation):
        lex.themes[r["lemma"]] = r["relation"]

    def cue(row: Row) -> None:
        row.one_of("kind", CUE_KINDS)

    for r in read_tsv(folder / "cues.tsv", required=("cue", "kind"), check=cue):
        lex.cues[r["kind"]].add(r["cue"])

    def stance(row: Row) -> None:
        row.one_of("pattern", STANCE_PATTERNS)
        relation(row)
        if not row["cue"].partition("~")[0].split():
            raise row.error(f"cue {row['cue']!r} has no words before '~'")

    for r in read_tsv(
        folder / "stances.tsv", required=("cue", "relation", "pattern"), check=stance
    ):
        words, _, rest = r["cue"].partition("~")
        found = StanceCue(
            r["cue"],
            tuple(words.lower().split()),
            frozenset(w.lower() for w in split_list(rest)),
            r["relation"],
            cast(StanceKind, r["pattern"]),
        )
        lex.stances[found.words[0]].append(found)

    def act(row: Row) -> None:
        if known is not None:
            for name in split_list(row.get("relations")):
                if name not in known:
                    raise row.error(f"relations names {name!r}, not one of {', '.join(known)}")
        row.one_of("of", ("", "agent"))
        if not row.get("verb") and not row.get("relations"):
            raise row.error(f"act {row['noun']!r} has neither a verb nor relations")

    for r in read_tsv(folder / "acts.tsv", required=("noun",), check=act):
        lex.acts[r["noun"]] = Act(
            r["noun"],
            split_list(r.get("verb")),
            frozenset(split_list(r.get("relations"))),
            r.get("of") == "agent",
        )
    lex.force_label = _words_pattern(lex.cues["force"])
    return lex
