"""The dependency labels the rules read, and the small walks over a parse they all share.

Labels are spaCy's English ClearNLP set. Every rule that asks "what is the subject of this verb"
or "where does the sentence before this one start" asks it here.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

__all__ = [
    "ACTIVE_SUBJECTS",
    "SUBJECTS",
    "across_semicolon",
    "among_copula",
    "first_child",
    "phrasal",
    "previous_or_this",
    "previous_sentence",
    "sentences_back",
    "subject_of",
]

# a verb's subject, active ("Iran sent") or passive ("drones were sent")
SUBJECTS = ("nsubj", "nsubjpass")
# the subject of a verb that acts itself: a noun or a clause ("Iran sent", "what Iran sent ...")
ACTIVE_SUBJECTS = ("nsubj", "csubj")


def first_child(
    token: Token, *deps: str, where: Callable[[Token], bool] | None = None
) -> Token | None:
    """The first child with one of these labels (and that passes ``where``), if any."""
    return next((c for c in token.children if c.dep_ in deps and (where is None or where(c))), None)


def prep_object(t: Token, prep: str) -> Token | None:
    """The object of a preposition hanging on a token: "of weapons" -> weapons."""
    return next(
        (
            p
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == prep
            for p in c.children
            if p.dep_ == "pobj"
        ),
        None,
    )


def subject_of(
    verb: Token, deps: tuple[str, ...] = SUBJECTS, where: Callable[[Token], bool] | None = None
) -> Token | None:
    """The verb's own subject: "Iran" in "Iran sent drones", "drones" in "drones were sent"."""
    return first_child(verb, *deps, where=where)


# links by which the parser may hang a whole clause on a verb
CLAUSE_LINKS = frozenset({"ccomp", "conj", "parataxis", "advcl", "xcomp"})


def across_semicolon(head: Token, child: Token) -> bool:
    """Whether the parser hung a clause on ``head`` across a semicolon ("Germany halted arms
    exports to Turkey; the EU stopped short of an embargo"): the two clauses stand apart, neither
    negates nor governs the other."""
    if child.head.i != head.i or child.i == head.i or child.dep_ not in CLAUSE_LINKS:
        return False
    lo, hi = sorted((head.i, child.i))
    return any(c.lower_ == ";" and lo < c.i < hi for c in head.children)


def among_copula(noun: Token) -> Token | None:
    """The copula of "Russia and Japan were among the governments [that condemned it]", when
    ``noun`` is the noun after "among": its subject is who the noun's clause is about."""
    among = noun.head
    if noun.dep_ == "pobj" and among.lower_ == "among" and among.head.lemma_ == "be":
        return among.head
    return None


def previous_sentence(sent: Span) -> Span | None:
    """The sentence before ``sent``, or None for the first."""
    return sent.doc[sent.start - 1].sent if sent.start > 0 else None


def previous_or_this(sent: Span) -> Span:
    """The sentence before ``sent``, or ``sent`` itself when it is the first: where a look back
    over "this or the sentence before" starts."""
    return previous_sentence(sent) or sent


def sentences_back(t: Token, n: int) -> int:
    """The index of the first token ``n`` sentences before ``t``'s own."""
    start = t.sent.start
    for _ in range(n):
        if start == 0:
            break
        start = t.doc[start - 1].sent.start
    return start


def phrasal(verb: Token) -> str:
    """A verb's lemma with its particle, if it has one: "ruled out" -> "rule out"."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    return f"{lemma} {particle}" if particle else lemma
