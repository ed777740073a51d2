"""Who denies a claim: the subject of the verb of denial, in the claim's sentence or the next.

- "Iran denied supplying drones to Russia": the claim (negated by ``epistemics.negated``) is
  attributed to Iran, the subject of "denied", even though Iran is also its subject.
- "Israel said Iran had supplied Hezbollah, but Iran denied it" and "... Tehran denied it." in the
  next sentence: a verb of denial whose object is a pronoun or a word for a report ("it", "the
  claims", "the report") denies the claims made just before it, in its own sentence or, if it has
  none there, in the previous one. Each becomes a negated copy attributed to the denier, with
  the denial's sentence as its evidence.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from graph.extract.epistemics import governors
from graph.extract.model import Rule
from graph.extract.syntax import phrasal

if TYPE_CHECKING:
    from graph.extract.arguments import Arguments
    from graph.extract.model import Claim

__all__ = ["DENY", "denials_of_earlier", "denier"]

# verbs whose subject denies, refuses or rejects what they govern
DENY = frozenset({"deny", "reject", "dismiss", "refute", "refuse", "decline", "rule out"})
# objects of a denial that refer back to what was just said
REPORTS = frozenset(
    {
        "it",
        "this",
        "that",
        "them",
        "report",
        "claim",
        "accusation",
        "allegation",
        "charge",
        "assertion",
        "suggestion",
    }
)
_DEPS = ("dobj", "nsubjpass")


def denier(t: Token, args: Arguments) -> str | None:
    """The subject of a verb of denial above the trigger ("Iran denied supplying ...")."""
    for g in governors(t):
        if g.i != t.i and g.pos_ == "VERB" and phrasal(g) in DENY:
            found = args.subjects(args.line(g), g)
            return found[0] if found else None
        if g.dep_ in ("relcl", "ccomp", "advcl") and g.i != t.i:
            break
    return None


def _denied_report(v: Token) -> bool:
    """ "denied it", "rejected the claims": a denial of what was just said; not "rejected claims
    that the operation is financed by France", which says itself what it denies."""
    return (
        v.pos_ == "VERB"
        and v.lemma_.lower() in DENY
        and any(
            c.dep_ in _DEPS and c.lemma_.lower() in REPORTS and not _says_what(c)
            for c in v.children
        )
    )


def _says_what(report: Token) -> bool:
    """Whether a report noun carries its own content clause ("claims that ...")."""
    return any(
        c.dep_ in ("acl", "ccomp")
        and any(m.dep_ == "mark" or m.dep_.startswith("nsubj") for m in c.children)
        for c in report.children
    )


def denials_of_earlier(doc: Doc, args: Arguments, claims: list[Claim]) -> list[Claim]:
    """Negated copies, attributed to the denier, of the claims a "denied it" refers back to."""
    out: list[Claim] = []
    sents = list(doc.sents)
    for n, sent in enumerate(sents):
        for v in sent:
            if not _denied_report(v):
                continue
            who = args.subjects(args.line(v), v)
            if not who:
                continue
            here = [
                c
                for c in claims
                if c.begin == sent.start_char and not c.negated and c.trigger != v.text
            ]
            before = [c for c in claims if n and c.begin == sents[n - 1].start_char]
            for c in here or [c for c in before if not c.negated]:
                out.append(
                    replace(
                        c,
                        begin=sent.start_char,
                        end=sent.end_char,
                        evidence=sent.text.strip(),
                        trigger=v.text,
                        negated=True,
                        hedged=False,
                        source=who[0],
                        rule=Rule("denial", "earlier"),
                    )
                )
    return out
