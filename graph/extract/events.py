"""Condemning an event instead of an actor: "Iran condemned the strikes", "Baghdad denounced the
offensive". The event noun (a trigger noun of the lexicon: strike, offensive, deployment,
presence, shipment ...; or a noun of an act, ``acts.tsv``: the decision, the detention ...)
stands for whoever carried it out: the agent of the most recent claim of that relation made
before it in the document, or of the most recent use of the verb the noun names ("Finland
detained the tanker ... Moscow condemned the detention"). The condemner is the verb's subject.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from graph.extract.arguments import Arguments
from graph.extract.model import Found, Rule
from graph.extract.syntax import previous_or_this, sentences_back
from graph.knowledge.lexicon import Frame, Lexicon

__all__ = ["EVENT_WINDOW", "Events", "event_nouns", "same_recipient", "verb_act", "victims"]

# how many sentences back a judged or condemned act may have been reported
EVENT_WINDOW = 5


def verb_act(lemma: str) -> str:
    """The pseudo-relation under which a use of an act's verb is recorded beside the claims."""
    return "verb:" + lemma


def event_nouns(lex: Lexicon, condemnable: frozenset[str]) -> dict[str, frozenset[str]]:
    """Nouns that name an act, with what they may stand for: the relations whose claims they
    can be, and the verbs (as ``verb_act``) whose use they can name. Trigger nouns name their
    condemnable relations ("strike" -> attacks, "sanctions"); ``acts.tsv`` adds its nouns."""
    out: dict[str, set[str]] = {}
    for (lemma, pos), frames in lex.frames.items():
        if pos == "NOUN" and not lex.is_cue(lemma, "agentive"):
            out.setdefault(lemma, set()).update(
                f.relation for f in frames if f.relation in condemnable
            )
    for noun, act in lex.acts.items():
        out.setdefault(noun, set()).update(act.relations, map(verb_act, act.verbs))
    return {k: frozenset(v) for k, v in out.items() if v}


class Events:
    """Condemnations of event nouns, kept until every claim of the document is known."""

    def __init__(self, args: Arguments, nouns: dict[str, frozenset[str]]) -> None:
        """``nouns``: the nouns that name an act, with what they stand for (``event_nouns``)."""
        self.args, self.lex, self.nouns = args, args.lex, nouns
        # (condemning verb, frame, relations of the event, actors the event was done to, whether
        # the act must be recent: a noun of any act, not a relation's own)
        self.pending: list[tuple[Token, Frame, frozenset[str], list[str], bool]] = []

    def relations_of(self, noun: Token) -> frozenset[str]:
        """What a condemned noun is an event of: "the strikes" -> attacks."""
        if noun.pos_ != "NOUN":
            return frozenset()
        return self.nouns.get(noun.lemma_.lower(), frozenset())

    def note(self, t: Token, frame: Frame, dobj: Token | None) -> None:
        """A condemnation whose object names no actor: remember it if it names an event."""
        if frame.relation != "condemns" or dobj is None:
            return
        relations = frozenset().union(
            *(self.relations_of(n) for n in (dobj, *self.args.conjuncts(dobj)))
        )
        if relations:
            near = not self.lex.frames_for(dobj.lemma_, "NOUN")  # "the move", not "the strikes"
            self.pending.append((t, frame, relations, victims(self.args, dobj), near))

    def resolve(
        self, made: Iterable[tuple[int, str, str, str]]
    ) -> Iterator[tuple[Token, Frame, Found]]:
        """``made``: (trigger token index, relation, subject, object) of every positive claim.
        Each pending condemnation condemns the agent of the latest claim of its event's
        relation (shortly before, for a noun of any act: "the move"), done to the event's
        victim when the text names one ("condemned the strike on Qatar": the latest strike on
        Qatar, not the latest strike)."""
        top = self.args.top
        ordered = sorted(made)
        for t, frame, relations, hurt, near in self.pending:
            wanted = {top(k) for k in hurt}
            since = sentences_back(t, EVENT_WINDOW) if near else 0
            earlier = [m for m in ordered if m[1] in relations and since <= m[0] < t.i]
            on_victim = [m for m in earlier if m[3] and top(m[3]) in wanted]
            chosen = on_victim or earlier
            if not chosen:
                continue
            latest = chosen[-1]
            here = self.args.line(t)
            for a in self.args.subjects(here, t):
                yield t, frame, Found(a, "condemns", latest[2], None, Rule("event", frame.trigger))


# the phrases of an event noun that name whom it was done to: "the strike on Qatar", "the
# killing of civilians", "the raid against the embassy", "the drone attack into Bahrain"
VICTIM_PREPS = ("on", "against", "of", "at", "into", "in")


def victims(args: Arguments, noun: Token) -> list[str]:
    """The actors an event noun (and its conjuncts) was done to, by its prepositions."""
    here = args.line(noun)
    return [
        k
        for n in (noun, *args.conjuncts(noun))
        for k in args.prep_objects(here, n, VICTIM_PREPS, deep=True)
    ]


def same_recipient(t: Token, last: tuple[str, int] | None) -> list[str]:
    """ "Denmark and Norway are also supplying F-16s": with "also" and no recipient, the recipient
    of the supporting claim (``last``: its object and offset) made in this or the sentence
    before."""
    if last is None or not any(
        c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in t.children
    ):
        return []
    before = previous_or_this(t.sent).start_char
    return [last[0]] if before <= last[1] <= t.sent.start_char else []
