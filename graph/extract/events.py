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

__all__ = [
    "EVENT_WINDOW",
    "TARGET_PREPS",
    "Events",
    "act_noun",
    "airborne",
    "event_nouns",
    "lookback",
    "same_recipient",
    "verb_act",
    "victims",
]

# pronouns that may stand for an act rather than an actor ("condemned it", "condemned them")
EVENT_PRONOUNS = frozenset({"it", "this", "that", "them"})

# how many sentences back a judged or condemned act may have been reported
EVENT_WINDOW = 5


def verb_act(lemma: str) -> str:
    """The pseudo-relation under which a use of an act's verb is recorded beside the claims."""
    return "verb:" + lemma


# "the seizure of power", "a grab for power": a coup, whatever the noun's own act
POWER = frozenset({"power", "control", "government"})
# nouns of any act that an "of" phrase makes one kind of act: "acts of terrorism", "an act of war"
ACT_OF = frozenset({"act", "action"})


def act_noun(noun: Token) -> str:
    """The lemma under which a noun names an act in ``acts.tsv``: its own, or "coup" for a
    seizure, grab or takeover of power (not "the seizure of the tanker"), that of the kind an
    act of some kind names ("acts of terrorism": terrorism)."""
    lemma = noun.lemma_.lower()
    if lemma in ACT_OF:
        kind = next(
            (
                p
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj" and p.pos_ == "NOUN"
            ),
            None,
        )
        if kind is not None:
            return kind.lemma_.lower()
    if lemma in ("seizure", "grab", "takeover", "capture") and any(
        c.dep_ == "prep"
        and c.lower_ in ("of", "for")
        and any(p.dep_ == "pobj" and p.lemma_.lower() in POWER for p in c.children)
        for c in noun.children
    ):
        return "coup"
    return lemma


def lookback(anchor: Token, nouns: Iterable[Token], lex: Lexicon) -> int:
    """The first token index where the act a judged noun names may have been reported: anywhere
    before it when every noun names one kind of act of its own verb ("Israel's navy intercepted
    the flotilla ... Turkey called the interception an act of terrorism", paragraphs later);
    within ``EVENT_WINDOW`` sentences for any other ("the move": the latest move of anyone)."""
    acts = [lex.acts.get(act_noun(n)) for n in nouns]
    if acts and all(a is not None and a.specific for a in acts):
        return 0
    return sentences_back(anchor, EVENT_WINDOW)


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
        # (condemning verb, frame, relations of the event, actors the event was done to, those
        # of them it can only have been done to, the first token where the act may have been
        # reported)
        self.pending: list[tuple[Token, Frame, frozenset[str], list[str], list[str], int]] = []
        # (the verb, its frame) of what flies shot down or intercepted with no owner named
        self.downed: list[tuple[Token, Frame]] = []
        # (the verb, its frame) of a blow answered with arms, its answered attacker not named
        self.retorts: list[tuple[Token, Frame]] = []

    def relations_of(self, noun: Token) -> frozenset[str]:
        """What a condemned noun is an event of: "the strikes" -> attacks."""
        if noun.pos_ != "NOUN":
            return frozenset()
        return self.nouns.get(act_noun(noun), frozenset())

    def note(self, t: Token, frame: Frame, dobj: Token | None) -> None:
        """A condemnation whose object names no actor: remember it if it names an event."""
        if frame.relation != "condemns" or dobj is None:
            return
        if dobj.lower_ in EVENT_PRONOUNS:  # "dismissed the exercise ..., and X condemned it"
            dobj = self._referent(dobj) or dobj
        relations = frozenset().union(
            *(self.relations_of(n) for n in (dobj, *self.args.conjuncts(dobj)))
        )
        if relations:
            # a relation's own noun ("the strikes") names its latest claim, however far back
            nouns = [dobj, *self.args.conjuncts(dobj)]
            since = 0 if self.lex.frames_for(dobj.lemma_, "NOUN") else lookback(t, nouns, self.lex)
            hurt, targets = victims(self.args, dobj), victims(self.args, dobj, TARGET_PREPS)
            self.pending.append((t, frame, relations, hurt, targets, since))

    def _referent(self, pronoun: Token) -> Token | None:
        """The act a pronoun that names no actor stands for: the latest noun of an act named
        as an argument in its sentence or the one before."""
        start = previous_or_this(pronoun.sent).start
        return next(
            (
                n
                for n in reversed(self.args.doc[start : pronoun.i])
                if n.pos_ == "NOUN"
                and n.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
                and self.relations_of(n)
            ),
            None,
        )

    def note_retort(self, t: Token, frame: Frame) -> None:
        """ "Iran answered with waves of missiles": whom it answered is found later."""
        self.retorts.append((t, frame))

    def note_downed(self, t: Token, frame: Frame) -> None:
        """ "Jordanian jets shot down dozens of drones": whose they were is found later."""
        self.downed.append((t, frame))

    def resolve(
        self, made: Iterable[tuple[int, str, str, str]]
    ) -> Iterator[tuple[Token, Frame, Found]]:
        """``made``: (trigger token index, relation, subject, object) of every positive claim.
        Each pending condemnation condemns the agent of the latest claim of its event's
        relation (shortly before, for a noun of any act: "the move", see ``lookback``), done to
        the event's victim when the text names one ("condemned the strike on Qatar": the latest
        strike on Qatar, not the latest strike). One never condemns one's own act: an act of
        the condemner's is passed over ("Qatari air defences intercepted most of them ...
        Qatar condemned the attack" is the attack on Qatar)."""
        top = self.args.top
        ordered = sorted(made)
        for t, frame, relations, hurt, targets, since in self.pending:
            wanted = {top(k) for k in hurt}
            struck = {top(k) for k in targets}
            here = self.args.line(t)
            for a in self.args.subjects(here, t):
                # nor is the act's victim its author ("condemned the attack on Iran's
                # consulate" never condemns Iran)
                earlier = [
                    m
                    for m in ordered
                    if m[1] in relations
                    and since <= m[0] < t.i
                    and top(m[2]) != top(a)
                    and top(m[2]) not in struck
                ]
                on_victim = [m for m in earlier if m[3] and top(m[3]) in wanted]
                chosen = on_victim or earlier
                if chosen:
                    rule = Rule("event", frame.trigger)
                    yield t, frame, Found(a, "condemns", chosen[-1][2], None, rule)
        # what flies, downed with no owner named, was launched by the latest one to launch
        # such things before ("Iran launched 300 drones ... Jordanian jets shot down dozens of
        # drones"): the shooter attacks that launcher, never itself
        launches = [m for m in ordered if m[1] == "attacks" and self._launch(m[0])]
        for t, frame in self.downed:
            here = self.args.line(t)
            for a in self.args.subjects(here, t):
                owners = [m for m in launches if m[0] < t.i and top(m[2]) != top(a)]
                if owners:
                    rule = Rule("downed", frame.trigger)
                    yield t, frame, Found(a, "attacks", owners[-1][2], None, rule)
        yield from self._answered(ordered)

    def _answered(
        self, ordered: list[tuple[int, str, str, str]]
    ) -> Iterator[tuple[Token, Frame, Found]]:
        """A blow answered with arms attacks whoever attacked the answerer last before it
        ("Israel struck Iranian nuclear sites ... Iran answered with waves of missiles")."""
        top = self.args.top
        for t, frame in self.retorts:
            here = self.args.line(t)
            for a in self.args.subjects(here, t):
                blows = [
                    m
                    for m in ordered
                    if m[1] == "attacks" and m[0] < t.i and m[3] and top(m[3]) == top(a)
                ]
                if blows and top(blows[-1][2]) != top(a):
                    yield (
                        t,
                        frame,
                        Found(a, "attacks", blows[-1][2], None, Rule("retort", frame.trigger)),
                    )

    def _launch(self, i: int) -> bool:
        """Whether the claim at token ``i`` launched what flies ("launched 300 drones")."""
        t = self.args.doc[i]
        return self.lex.is_cue(t.lemma_.lower(), "launch") and any(
            airborne(self.lex, c) for c in t.children if c.dep_ in ("dobj", "prep")
        )


def airborne(lex: Lexicon, thing: Token | None) -> bool:
    """Whether a phrase names something that flies ("dozens of Iranian drones", "at Israel with
    300 missiles"): a lexicon ``airborne`` noun anywhere in it."""
    return thing is not None and any(
        lex.is_cue(w.lemma_.lower(), "airborne") for w in thing.subtree
    )


# the phrases of an event noun that name whom it was done to: "the strike on Qatar", "the
# killing of civilians", "the raid against the embassy", "the drone attack into Bahrain"
VICTIM_PREPS = ("on", "against", "of", "at", "into", "in")


# of those, the ones that name only whom it was done to, never what it moved ("the delivery of
# French weapons" may be France's own act; "the strike on Qatar" is never Qatar's)
TARGET_PREPS = ("on", "against", "at", "into")


def victims(args: Arguments, noun: Token, preps: tuple[str, ...] = VICTIM_PREPS) -> list[str]:
    """The actors an event noun (and its conjuncts) was done to, by its prepositions."""
    here = args.line(noun)
    return [
        k
        for n in (noun, *args.conjuncts(noun))
        for k in args.prep_objects(here, n, preps, deep=True)
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
