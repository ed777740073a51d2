"""Doc + entities -> relation claims, with negation, hedging and attribution.

Extraction is a set of small rules over the dependency parse, driven by the lexicon files in
``graph/data/lexicon/en/``: a trigger word (verb, noun or adjective) names a relation and a
frame, and the frame says where its arguments sit (``graph/extract/arguments.py`` finds them):

- transfer: the agent is the subject ("Pyongyang supplied ..."), or for a passive the "by" phrase,
  or else the owner the theme names ("Iranian missiles were shipped to Russia"); the recipient an
  indirect object, a "to"/"for" phrase, or a direct object that is an actor ("arm Ukraine",
  "provided Russia with shells"); the theme the direct object ("shells"). The theme decides
  between supplies, deploys (troops) and pays (money).
- receive: the subject is the recipient, the agent comes with "from".
- act_on: the agent is the subject, the patient the direct object or a prepositional object
  ("fired at ..."), or else the place acted on ("struck targets in Lebanon"); for a participle
  modifying a noun the noun is the patient ("soldiers trained by Russians").
- presence: a body of troops is somewhere ("7,000 North Koreans are in Kursk"): the troops'
  state deploys to the place's state.
A noun trigger takes its agent from a possessive or modifier ("Russia's attack", "EU sanctions"),
a "by" phrase, or the subject of the clause it sits in ("Germany will be the largest supplier of
weapons to Ukraine", "the EU responded with restrictive measures against Iran").
Whether a claim is denied, hedged, only wished for, and whose word it is:
``graph/extract/epistemics.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from graph.extract.arguments import Arguments, is_passive
from graph.extract.discourse import Discourse, antecedent
from graph.extract.entities import DocumentEntities
from graph.extract.epistemics import hearsay, hedged, irrealis, negated, source
from graph.extract.events import EVENT_RELATIONS, Events, same_recipient
from graph.extract.mentions import MentionIndex
from graph.extract.stances import Stances
from graph.extract.troops import Troops, without_enemy_presence
from graph.knowledge.gazetteer import Gazetteer
from graph.knowledge.lexicon import Frame, Lexicon

__all__ = ["Claim", "extract_claims"]

SUPPORTING = {"supplies", "deploys", "pays", "trains", "supports"}
# claims read off a meaning class rather than a relation's own verb are less sure
STANCE_DISCOUNT = {"judge": 0.2, "threat": 0.25, "measure": 0.15, "between": 0.2, "side": 0.2}
STANCE_DISCOUNT["thanks"] = 0.2

_Found = tuple[str, str, str, "str | None", str]  # subject, relation, object, theme, rule


@dataclass(frozen=True)
class Claim:
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
    rule: str
    confidence: float


def _child(t: Token, *deps: str) -> Token | None:
    return next((c for c in t.children if c.dep_ in deps), None)


def _prep_object(t: Token, prep: str) -> Token | None:
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


class _Reader:
    """The extraction rules for one document."""

    def __init__(self, args: Arguments) -> None:
        self.args, self.index, self.res, self.lex = args, args.index, args.res, args.lex
        self.forces = Troops(args)
        self.events = Events(args)
        self.last_support: tuple[str, int] | None = None  # object, offset of the latest

    # ------------------------------------------------------------------ themes

    def theme_items(self, token: Token | None) -> list[Token]:
        return [] if token is None else [antecedent(token), *self.args.conjuncts(token)]

    def theme_relation(self, item: Token, frame: Frame, depth: int = 0) -> str | None:
        """What a transfer moves decides its relation: forces are deployed, money paid."""
        m = self.index.at(item)
        if self.args.is_personnel(item) or (
            m is not None and self.args.is_forces(self.res.key_of(m))
        ):
            return "deploys"
        if frame.relation == "deploys":  # "kept troops in Libya", not "kept sanctions in place"
            return None if frame.goods else "deploys"
        lemmas = [item.lemma_.lower()] + [
            c.lemma_.lower() for c in item.children if c.dep_ == "compound"
        ]
        for lemma in lemmas:
            if lemma in self.lex.themes:
                return self.lex.themes[lemma]
        # "millions of shells", "$18 billion of weapons", "$295 million worth of equipment"
        of = _prep_object(item, "of") or next(
            (_prep_object(c, "of") for c in item.children if c.lower_ == "worth"), None
        )
        if of is not None and depth < 2 and (found := self.theme_relation(of, frame, depth + 1)):
            return found
        if item.ent_type_ == "MONEY":
            return "pays"
        return None if frame.goods else frame.relation

    def _compound_theme(self, noun: Token) -> Token | None:
        """ "arms sales", "drone deliveries": a goods noun before the trigger is its theme."""
        return next(
            (
                c
                for c in noun.children
                if c.dep_ == "compound" and c.lemma_.lower() in self.lex.themes
            ),
            None,
        )

    def payees(self, theme: Token, frame: Frame) -> list[str]:
        """ "paid the salaries of Wagner fighters": whose wages are paid is paid."""
        of = _prep_object(theme, "of")
        if of is None or self.theme_relation(theme, frame) != "pays":
            return []
        return self.args.keys(of)

    def is_recipient(self, token: Token) -> bool:
        """A direct object that names an actor, not goods: "arm Ukraine", "provided Russia"."""
        token = antecedent(token)
        if token.lemma_.lower() in self.lex.themes or self.args.is_personnel(token):
            return False
        keys = self.args.keys(token)
        return bool(keys) and not self.args.is_forces(keys[0])

    # ------------------------------------------------------------------ the frames

    def transfer(self, t: Token, frame: Frame) -> Iterator[_Found]:
        args = self.args
        if t.pos_ == "NOUN":
            agents, theme = args.noun_agents(t), _prep_object(t, "of") or self._compound_theme(t)
            recipients = (
                args.prep_objects(t, frame.preps)
                or args.governor_preps(t, frame.preps)
                or args.possessors(t)
                or [
                    k
                    for item in self.theme_items(theme)
                    for k in args.prep_objects(item, frame.preps)
                ]
            )
        elif frame.frame == "receive":
            recipients, theme = args.subjects(t), _child(t, "dobj")
            agents = args.prep_objects(t, frame.preps)
            if not agents and theme is not None:
                agents = args.prep_objects(theme, frame.preps)
        else:
            agents, theme, recipients = self._verb_transfer(t, frame)
        if theme is not None and not agents:  # "Iranian missiles", "received Russian instructors"
            agents = [args.top(k) for k in args.keys(antecedent(theme))]
        if theme is not None and not recipients:
            recipients = self.payees(antecedent(theme), frame)
        if agents and not recipients and t.pos_ == "VERB":  # "Norway is also supplying F-16s"
            recipients = same_recipient(t, self.last_support)
        items: list[Token | None] = [*self.theme_items(theme)] or [None]
        for item in items:
            relation = (
                self.theme_relation(item, frame)
                if item is not None
                else (None if frame.goods else frame.relation)
            )
            if relation is None:
                continue
            text = _phrase(item) if item is not None else None
            for a in agents:
                for r in dict.fromkeys(recipients):
                    yield a, relation, r, text, f"{frame.frame}:{frame.trigger}"

    def _verb_transfer(self, t: Token, frame: Frame) -> tuple[list[str], Token | None, list[str]]:
        args = self.args
        recipients: list[str] = []
        if is_passive(t):
            agents = args.by_agents(t)
            theme = _child(t, "nsubjpass") or (t.head if t.dep_ in ("acl", "relcl") else None)
        else:
            agents = args.subjects(t)
            theme = _child(t, "dobj")
            if theme is None and t.dep_ == "relcl":  # "the drones Iran sent"
                theme = t.head
            if theme is not None and self.is_recipient(theme):
                recipients, theme = args.keys(antecedent(theme)), _prep_object(t, "with")
            elif theme is not None:  # "give Ukraine parts", parsed as a compound of "parts"
                first = next((c for c in theme.children if c.dep_ == "compound"), None)
                if first is not None and first.i == t.i + 1 and first.pos_ == "PROPN":
                    recipients = args.keys(first)
        recipients += args.prep_objects(t, frame.preps)
        for item in self.theme_items(theme):
            recipients += args.prep_objects(item, frame.preps)
        return agents, theme, recipients

    def act_on(self, t: Token, frame: Frame) -> Iterator[_Found]:
        args, relation = self.args, frame.relation
        if t.pos_ == "NOUN":
            agents = args.noun_agents(t)
            patients = (
                args.prep_objects(t, frame.preps, deep=True)
                or args.governor_preps(t, frame.preps, deep=True)
                or args.under(t)
                or args.possessors(t)
            )
        elif is_passive(t):
            agents = args.by_agents(t)
            target = _child(t, "nsubjpass") or t.head
            patients = args.keys(antecedent(target))
        else:
            agents = args.subjects(t)
            dobj = _child(t, "dobj") if frame.direct else None
            if dobj is None and frame.direct:  # "armed and funded the movement"
                dobj = next(
                    (d for c in t.children if c.dep_ == "conj" if (d := _child(c, "dobj"))), None
                )
            patients = args.keys(dobj, deep=True) if dobj is not None else []
            # with an actor as object, a phrase names the patient only itself: in "warned Belarus
            # against provocations on NATO's flank" or "blamed X for the attack on Turkish ..."
            # NATO and Turkey are not acted on
            patients += args.prep_objects(t, frame.preps, deep=not patients)
            if not patients and dobj is not None:  # "fired rockets at Israel"
                patients = args.prep_objects(dobj, frame.preps, deep=True)
            if not patients:  # "condemned the strikes": whoever struck
                self.events.note(t, frame, dobj)
            if (
                frame.relation == "attacks"
                and dobj is not None
                and self.lex.is_cue(dobj.lemma_, "sanctionable")
            ):  # "targeted Chinese firms": sanctions, not strikes
                relation = "sanctions"
        if not patients and frame.places:
            patients = self.places(t, frame.places)
        for a in agents:
            for p in dict.fromkeys(patients):
                yield a, relation, p, None, f"{frame.frame}:{frame.trigger}"

    def places(self, t: Token, preps: tuple[str, ...]) -> list[str]:
        """ "struck targets in Lebanon", "carried out airstrikes in Afghanistan": the place."""
        found = self.args.prep_objects(t, preps, deep=True)
        if not found and t.pos_ == "NOUN":
            found = self.args.governor_preps(t, preps, deep=True)
        return [k for k in found if self.res.entities[k].cls in ("State", "Region")]

    def presence(self, t: Token, frame: Frame) -> Iterator[_Found]:
        args = self.args
        if t.pos_ == "NOUN":
            of = _prep_object(t, "of")
            troops = self.forces.troops(of) if of is not None else self.forces.military_owner(t)
        else:
            verb = t.head if t.pos_ == "ADJ" else t
            subject = t.head if t.dep_ == "acl" else self.forces.subject_token(verb)
            troops = self.forces.troops(subject) if subject is not None else []
            troops += self.forces.demonym_people(verb)
        places = (
            self.forces.occupier(t, frame.preps)
            or args.prep_objects(t, frame.preps, deep=t.pos_ == "NOUN")
            or self.forces.nested_places(t, frame.preps)
        )
        if (done_to := self.forces.done_to(t, troops, places)) is not None:
            yield from done_to  # "personnel had been trained in Iran"
            return
        for k in troops:
            for p in places:
                yield k, "deploys", p, None, f"presence:{frame.trigger}"

    def bare(self, t: Token, frame: Frame) -> bool:
        """A noun trigger with no actor of its own: "the sending of weapons"."""
        return (
            t.pos_ == "NOUN"
            and not self.args.noun_agents(t)
            and not self.args.prep_objects(t, frame.preps)
        )


def _phrase(token: Token) -> str:
    """The theme's words, without relative clauses and coordinated members."""
    skip = {c.i for c in token.children if c.dep_ in ("relcl", "acl", "conj", "cc")}
    words = [t for t in token.subtree if not any(a.i in skip for a in (t, *t.ancestors))]
    span = token.doc[min(t.i for t in words) : max(t.i for t in words) + 1]
    return span.text if len(span) <= 12 else token.text


# ---------------------------------------------------------------------- the loop


def _frames(t: Token, lex: Lexicon) -> list[Frame]:
    frames = list(lex.frames_for(t.lemma_, t.pos_))
    for f in lex.multiword.get(t.lemma_.lower(), []):
        words = f.trigger.split()
        start = t.i - len(words) + 1
        if start >= 0 and [w.lemma_.lower() for w in t.doc[start : t.i + 1]] == words:
            frames.append(f)
    return frames


def extract_claims(
    doc: Doc,
    index: MentionIndex,
    res: DocumentEntities,
    disc: Discourse,
    lex: Lexicon,
    gaz: Gazetteer,
) -> list[Claim]:
    """Every relation claim the document makes."""
    args = Arguments(doc, index, res, disc, lex, gaz)
    reader = _Reader(args)
    claims: dict[tuple[str, str, str, int], Claim] = {}
    bare: list[tuple[Token, Frame]] = []
    at: dict[int, int] = {}  # id of a claim -> its trigger's token, for "the claim just made"
    for t in doc:
        frames = _frames(t, lex)
        if not frames:
            continue
        args.here = args.line(t)
        for frame in frames:
            rule = {
                "transfer": reader.transfer,
                "receive": reader.transfer,
                "act_on": reader.act_on,
                "presence": reader.presence,
            }[frame.frame]
            found = list(rule(t, frame))
            if not found and frame.frame == "transfer" and reader.bare(t, frame):
                bare.append((t, frame))
            for claim in _keep(claims, reader, t, frame, found):
                at[id(claim)] = t.i
                if claim.relation in SUPPORTING and not claim.negated:
                    reader.last_support = (claim.object, claim.begin)
    for t, frame in bare:
        args.here = args.line(t)
        list(_keep(claims, reader, t, frame, list(_inherit(t, frame, reader, claims, at))))
    # the events a condemned noun may stand for; not those the text only accuses someone of
    accused = {(c.begin, c.object) for c in claims.values() if c.relation == "condemns"}
    made = [
        (at[id(c)], c.relation, c.subject)
        for c in claims.values()
        if id(c) in at and not c.negated and (c.begin, c.subject) not in accused
    ]
    for t, frame, event in list(reader.events.resolve(made)):
        list(_keep(claims, reader, t, frame, [event]))
    stances = Stances(args, lex.stances, _event_nouns(lex))
    for m in list(stances.matches(doc)):
        frame = Frame(m.cue.text, m.anchor.pos_, m.cue.relation, m.cue.pattern, (), False)
        args.here = args.line(m.anchor)
        for claim in _keep(claims, reader, m.anchor, frame, list(stances.found(m, frame))):
            at[id(claim)] = m.anchor.i
    made = [
        (at[id(c)], c.relation, c.subject)
        for c in claims.values()
        if id(c) in at and not c.negated and (c.begin, c.subject) not in accused
    ]
    for t, frame, event in list(stances.resolve(made)):
        args.here = args.line(t)
        list(_keep(claims, reader, t, frame, [event]))
    return without_enemy_presence(list(claims.values()), args)


def _event_nouns(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Trigger nouns that name an act of a relation: "strike" -> attacks, "sanctions"."""
    out: dict[str, set[str]] = {}
    for (lemma, pos), frames in lex.frames.items():
        if pos == "NOUN" and not lex.is_cue(lemma, "agentive"):
            out.setdefault(lemma, set()).update(
                f.relation for f in frames if f.relation in EVENT_RELATIONS
            )
    return {k: frozenset(v) for k, v in out.items() if v}


_Claims = dict[tuple[str, str, str, int], Claim]


def _inherit(
    t: Token, frame: Frame, reader: _Reader, claims: _Claims, at: dict[int, int]
) -> Iterator[_Found]:
    """A bare noun trigger continues the supporting claim just made: "North Korea will receive
    from Russia rice, technology, payment of the salary ..."; "North Korea's involvement alongside
    Moscow ... First with the sending of weapons"."""
    sent = t.sent
    before = t.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    near = [
        c
        for c in claims.values()
        if c.relation in SUPPORTING
        and not c.negated
        and before <= c.begin <= sent.start_char
        and at.get(id(c), t.i) < t.i
    ]
    if not near:
        return
    last = max(near, key=lambda c: at[id(c)])
    theme = _prep_object(t, "of")
    relation = reader.theme_relation(theme, frame) if theme is not None else frame.relation
    if relation is not None and relation != "supports":
        yield (
            last.subject,
            relation,
            last.object,
            _phrase(theme) if theme else None,
            f"inherit:{frame.trigger}",
        )


def _keep(
    claims: dict[tuple[str, str, str, int], Claim],
    reader: _Reader,
    t: Token,
    frame: Frame,
    found: list[_Found],
) -> Iterator[Claim]:
    """Keep the claims found at a trigger (that are not only wished for); yield the new ones."""
    if not found or (frame.frame != "threat" and irrealis(t, reader.lex)):
        return
    args, res, lex = reader.args, reader.res, reader.lex
    sent = t.sent
    neg, said_by = negated(t, lex), source(t, args)
    # a threat is future or conditional by nature: only a word of hearsay hedges it
    hedge = hedged(t, sent, lex) if frame.frame != "threat" else hearsay(sent, lex)
    for subj, relation, obj, theme, name in found:
        if not args.ensure(subj) or not args.ensure(obj):
            continue
        if args.top(subj) == args.top(obj) or res.entities[subj].cls == "Region":
            continue
        if res.entities[obj].cls == "Region" and args.state(obj) is None:  # "the Red Sea"
            continue
        conf = (
            0.9
            - (0.3 if hedge else 0)
            - (0.1 if frame.frame == "presence" else 0)
            - (0.3 if name.startswith("inherit") else 0)
            - STANCE_DISCOUNT.get(frame.frame, 0.0)
        )
        claim = Claim(
            subj,
            relation,
            obj,
            sent.start_char,
            sent.end_char,
            sent.text.strip(),
            t.text,
            theme,
            neg,
            hedge,
            said_by if said_by != subj else None,
            name,
            round(max(conf, 0.1), 2),
        )
        key = (subj, relation, obj, sent.start_char)
        if key not in claims:
            claims[key] = claim
            yield claim
