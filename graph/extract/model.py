"""The records extraction passes between its steps: what a rule found, and the claims kept.

``Rule`` says which rule found a claim: the frame of its trigger (transfer, receive, act_on,
presence), or how it was found otherwise (inherit: a bare noun continuing the claim just made;
event: a condemned event standing for whoever carried it out). It is stored with every claim as
``al:rule`` in the form ``kind:trigger``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple

__all__ = ["Claim", "Found", "Rule", "RuleKind"]

RuleKind = Literal[
    "transfer",
    "receive",
    "act_on",
    "presence",
    "inherit",
    "event",
    # meaning classes (graph/extract/stances.py), and a judged act found again
    "judge",
    "threat",
    "reprisal",
    "measure",
    "between",
    "side",
    "thanks",
    "endorse",
    # a denial of what was just said ("..., but Tehran denied it"): graph/extract/denials.py
    "denial",
    "judge_event",
    # a transfer whose recipient is the one the article's support goes to
    "implicit",
    # a threat with no target of its own, aimed at the speaker's adversary in the article
    "adversary",
    # a hostile act its own agent promises: "vowed to hit back at X", "said it would strike X"
    "promised",
    # a strike on a place held by an armed group the attacker fights: on the group
    "held",
    # a place seized or struck with no actor named for it: on the attacker's adversary
    "foe",
    # what flies shot down or intercepted with no owner named: on whoever launched it
    "downed",
    # a blow answered with arms ("Iran retaliated with missiles"): on whoever struck it last
    "retort",
    # a passive measure with no agent, taken by the one who took the measures just named
    "context",
    # "X followed suit", "X did the same": X takes the measures just named against their target
    "follow",
    # the learned pair scorer (graph/extract/learned.py); the trigger is the relation
    "learned",
]


@dataclass(frozen=True)
class Rule:
    kind: RuleKind
    trigger: str  # the trigger of the lexicon (or the verb's lemma) the rule read

    def __str__(self) -> str:
        return f"{self.kind}:{self.trigger}"


class Found(NamedTuple):
    """A claim as a rule finds it, before the sentence decides whether it is kept."""

    subject: str  # entity keys
    relation: str
    object: str
    theme: str | None  # what moves, in the text's words ("hundreds of Shahed drones")
    rule: Rule


@dataclass(frozen=True)
class Claim:
    """One relation claim of one sentence, with what the text commits to about it."""

    subject: str
    relation: str
    object: str
    begin: int  # character offsets of the evidence sentence
    end: int
    evidence: str
    trigger: str
    theme: str | None
    negated: bool
    hedged: bool
    source: str | None
    rule: Rule
    # set once the whole document is read (graph/extract/confidence.py); 0 until then
    confidence: float = 0.0
