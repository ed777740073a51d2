"""Condemning an event instead of an actor: "Iran condemned the strikes", "Baghdad denounced the
offensive". The event noun (a trigger noun of the lexicon: strike, offensive, deployment,
presence, shipment ...; or a noun of an act, ``acts.tsv``: the decision, the detention ...)
stands for whoever carried it out: the agent of the most recent claim of that relation made
before it in the document, or of the most recent use of the verb the noun names ("Finland
detained the tanker ... Moscow condemned the detention"). The condemner is the verb's subject.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from graph.extract.arguments import Arguments, stray_by
from graph.extract.model import Found, Rule
from graph.extract.syntax import first_child, previous_or_this, sentences_back
from graph.knowledge.lexicon import Frame, Lexicon

__all__ = [
    "EVENT_WINDOW",
    "TARGET_PREPS",
    "Act",
    "Events",
    "act_noun",
    "airborne",
    "authors",
    "event_nouns",
    "generic",
    "lookback",
    "outburst",
    "same_recipient",
    "verb_act",
    "victims",
    "violated_by",
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


# determiners of an act in general, not of one act reported: "condemned any violation of the
# Vienna Convention", "rejects every attempt", "all attacks on civilians"
GENERIC = frozenset({"any", "every", "all", "such"})
DEFINITE = frozenset({"the", "these", "those", "this", "that"})
# a possessor of these kinds says when, not whose: "Friday's strikes"
TIMES = frozenset({"DATE", "TIME"})


def generic(noun: Token) -> bool:
    """Whether a judged noun names acts in general ("any violation"), not one act ("all the
    strikes" is the strikes reported)."""
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "predet", "amod")]
    return any(d in GENERIC for d in dets) and not any(d in DEFINITE for d in dets)


@dataclass(frozen=True)
class Act:
    """A judged act with no actor of its own in the judging clause."""

    anchor: Token  # the judging word
    nouns: list[Token]  # the nouns that name the act ("the strikes")
    relations: frozenset[str]  # the relations whose claims it can be
    since: int  # the first token where it may have been reported
    hurt: list[str]  # whom the text says it was done to ("the strike on Qatar")
    spared: set[str]  # top actors that cannot have done it (the judge, the act's targets)


def authors(args: Arguments, act: Act, made: list[tuple[int, str, str, str]]) -> list[str]:
    """Who carried out a judged act. First whoever its own phrase names ("the attack that
    targeted Al-Udeid by the Revolutionary Guard"; no one when its possessor is no actor: "the
    military's assaults"); else the agents of the latest claim of its relations made before
    (``made``: trigger index, relation, subject, object, sorted), preferring one done to the
    act's named victim, then one told with the act's own word ("condemned the strikes": the
    latest that struck, not the latest that fired); every agent of that claim ("the US and
    Britain struck"). Acts in general ("any violation") have no author."""
    top = args.top
    if act.nouns and all(generic(n) for n in act.nouns):
        return []
    here = args.line(act.anchor)
    named = [
        k
        for n in act.nouns
        for k in (*_named(args, here, n), *_named_as(args, here, n))
        if top(k) not in act.spared
    ]
    if named:
        return list(dict.fromkeys(named))
    if any(c.dep_ == "poss" and c.ent_type_ not in TIMES for n in act.nouns for c in n.children):
        return []  # "the military's assaults": its author is named, if as no actor we know
    if any(
        c.dep_ in ("prep", "agent") and c.lower_ == "by" and first_child(c, "pobj") is not None
        for n in act.nouns
        for c in (*n.children, *stray_by(n))
    ):
        return []  # "a hideous attack by an armed gang": so is this one's
    earlier = [
        (i, subject, obj)
        for i, relation, subject, obj in made
        if relation in act.relations
        and act.since <= i < act.anchor.i
        and top(subject) not in act.spared
    ]
    wanted = {top(k) for k in act.hurt}
    pool = [c for c in earlier if c[2] and top(c[2]) in wanted] or earlier
    words = {act_noun(n) for n in act.nouns}
    pool = [c for c in pool if args.doc[c[0]].lemma_.lower() in words] or pool
    if not pool:
        return []
    last = max(i for i, _, _ in pool)
    return list(dict.fromkeys(subject for i, subject, _ in pool if i == last))


def violated_by(args: Arguments, noun: Token) -> list[str]:
    """Whose sovereignty, law or rights a judgement says the act violated ("called it an
    unacceptable violation of Mexican sovereignty"): the act's victims, never its author."""
    if not args.lex.is_cue(noun.lemma_.lower(), "violated"):
        return []
    here = args.line(noun)
    return [
        k
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "on", "against")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for k in args.keys(here, pobj, deep=True)
    ]


def _named(args: Arguments, here: int, noun: Token) -> list[str]:
    """The agent an act's noun phrase names in a clause of its own: "the strikes Israel
    launched", "the measures announced by Obama", "the attack that targeted the base by the
    Revolutionary Guard" (the small model hangs the "by" phrase on the clause's verb); not "the
    case in which Sudan accused ...", where the clause's subject did something else."""
    found = []
    for clause in noun.children:
        if clause.pos_ != "VERB" or not (clause.dep_ == "relcl" or _participle(clause)):
            continue
        for c in clause.children:
            if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                found += [k for p in c.children if p.dep_ == "pobj" for k in args.keys(here, p)]
            elif c.dep_ == "nsubj" and c.pos_ != "PRON" and _object_gap(clause):
                found += args.keys(here, c)
    return found


def _named_as(args: Arguments, here: int, noun: Token) -> list[str]:
    """The agent of what an act is judged to be: "denounced the landing as an armed
    intervention by Belgium"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        return args.noun_agents(here, noun)
    return []


def _participle(clause: Token) -> bool:
    """A participle describing the act ("the measures announced by Obama"), not a clause of
    its own saying what a claim holds ("claims that the operation is financed by France")."""
    return clause.dep_ == "acl" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children
    )


def _object_gap(clause: Token) -> bool:
    """Whether a relative clause's verb takes the noun it describes as its object: "the
    strikes (that) Israel launched", not "the case in which Sudan accused the UAE"."""
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    relative = [
        p
        for c in clause.children
        if c.dep_ == "prep"
        for p in c.children
        if p.dep_ == "pobj" and p.tag_ in ("WDT", "WP")
    ]
    return not relative and all(o.tag_ in ("WDT", "WP") for o in objects)


class Events:
    """Condemnations of event nouns, kept until every claim of the document is known."""

    def __init__(self, args: Arguments, nouns: dict[str, frozenset[str]]) -> None:
        """``nouns``: the nouns that name an act, with what they stand for (``event_nouns``)."""
        self.args, self.lex, self.nouns = args, args.lex, nouns
        # (condemning verb, frame, relations of the event, actors the event was done to, those
        # of them it can only have been done to, the first token where the act may have been
        # reported, the judged nouns)
        self.pending: list[
            tuple[Token, Frame, frozenset[str], list[str], list[str], int, list[Token]]
        ] = []
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
        # "condemned the strike as a violation of Qatari sovereignty", "denounced the operation
        # as an armed intervention by Belgium": what the act is judged to be
        # (the small model may hang the "as" phrase on the noun: "denounced the raid as ...")
        judged = [p for c in (*t.children, *dobj.children) if c.lower_ == "as" for p in c.children]
        named_as = [p for p in judged if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        relations = frozenset().union(
            *(self.relations_of(n) for n in (dobj, *self.args.conjuncts(dobj), *named_as))
        )
        if relations:
            # a relation's own noun ("the strikes") names its latest claim, however far back
            nouns = [dobj, *self.args.conjuncts(dobj), *named_as]
            since = 0 if self.lex.frames_for(dobj.lemma_, "NOUN") else lookback(t, nouns, self.lex)
            hurt, targets = victims(self.args, dobj), victims(self.args, dobj, TARGET_PREPS)
            targets += [k for p in judged if p.dep_ == "pobj" for k in violated_by(self.args, p)]
            hurt += targets
            self.pending.append((t, frame, relations, hurt, targets, since, nouns))

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
        for t, frame, relations, hurt, targets, since, nouns in self.pending:
            here = self.args.line(t)
            for a in self.args.subjects(here, t):
                # nor is the act's victim its author ("condemned the attack on Iran's
                # consulate" never condemns Iran)
                spared = {top(a), *(top(k) for k in targets)}
                act = Act(t, nouns, relations, since, hurt, spared)
                for author in authors(self.args, act, ordered):
                    rule = Rule("event", frame.trigger)
                    yield t, frame, Found(a, "condemns", author, None, rule)
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


def outburst(verb: Token, lex: Lexicon) -> bool:
    """ "hit out at", "lashed out at", "hit back at critics over the sanctions": words aimed at
    someone; not "hit back at the Houthis" or "hit back at Kyiv with a missile barrage")."""
    if verb.pos_ != "VERB" or not lex.is_cue(verb.lemma_.lower(), "outburst"):
        return False
    particles = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "prt")}
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    if at is None or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False
    if "out" in particles:
        return True
    # "back": words when a reason or a means is given ("over the sanctions", "for its remarks",
    # "by targeting a member state")
    reason = any(
        t.dep_ == "prep" and t.lower_ in ("over", "for", "by") for t in verb.subtree if t.i > at.i
    )
    return "back" in particles and reason
