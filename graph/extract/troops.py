"""Whose troops a phrase names, and where troops are: the owner rules of the presence frame.

- "North Korean soldiers", "the soldiers, who were sent by Pyongyang": the state that owns or
  sent the forces (an armed group's fighters only when they are mercenaries);
- "its military presence in eastern Libya": the state whose military it is;
- "7,000 North Koreans are in Kursk": a plural demonym as subject stands for troops;
- "in the territories occupied by Russia": a place held by an actor counts as the actor's.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from graph.extract.arguments import Arguments, is_passive
from graph.extract.discourse import antecedent
from graph.extract.entities import Entity
from graph.extract.model import Claim, Found, Rule
from graph.extract.syntax import subject_of
from graph.knowledge.gazetteer import forces_key

__all__ = ["Troops", "without_enemy_presence"]


class Troops:
    """The troop-owner rules for one document."""

    def __init__(self, args: Arguments) -> None:
        self.args, self.index, self.res, self.lex = args, args.index, args.res, args.lex

    def done_to(self, t: Token, troops: list[str], places: list[str]) -> list[Found] | None:
        """ "personnel had been trained in Iran": a passive presence verb that also acts on its
        object says what the place's state did to the troops; they are not deployed there."""
        acts = [f for f in self.lex.frames_for(t.lemma_, "VERB") if f.frame == "act_on"]
        if t.pos_ != "VERB" or not is_passive(t) or not acts:
            return None
        return [
            Found(state, acts[0].relation, k, None, Rule("presence", t.lemma_.lower()))
            for k in troops
            for p in places
            if (state := self.args.state(p)) is not None
        ]

    def military_owner(self, here: int, t: Token) -> list[str]:
        """ "its military presence in eastern Libya": the state whose military it is."""
        return self._owners(here, t, ("poss",)) if self._military(t) else []

    def base_owner(self, here: int, t: Token) -> list[str]:
        """ "Moscow keeps a military base in Gyumri", "Turkey's air base in Qatar", "the French
        naval base in Djibouti": the state that holds a military installation. An installation
        word of the lexicon (a "base" must be a military one) is held by its possessor, the state
        of a demonym before it, or the subject of a verb of holding it is the object of."""
        lemma = t.lemma_.lower()
        if not self.lex.is_cue(lemma, "installation") or (
            lemma == "base" and not self._military(t)
        ):
            return []
        owners = self._owners(here, t, ("poss", "amod", "compound"))
        if not owners and t.dep_ == "dobj" and self.lex.is_cue(t.head.lemma_, "holding"):
            subjects = [self.args.top(k) for k in self.args.subjects(here, t.head)]
            owners = [k for k in subjects if self.res.entities[k].cls == "State"]
        return owners

    def _military(self, t: Token) -> bool:
        return any(
            c.dep_ in ("amod", "compound") and self.lex.is_cue(c.lemma_, "military")
            for c in t.children
        )

    def _owners(self, here: int, t: Token, deps: tuple[str, ...]) -> list[str]:
        """The states among the actors of a noun's modifiers of these kinds."""
        owners = [
            self.args.top(k) for c in t.children if c.dep_ in deps for k in self.args.keys(here, c)
        ]
        # a demonym's state ("the Russian base") may be named nowhere else in the text
        return [k for k in owners if self.args.ensure(k) and self.res.entities[k].cls == "State"]

    def nested_places(self, here: int, t: Token, preps: tuple[str, ...]) -> list[str]:
        """ "fighting alongside the M23 rebels in eastern Congo": the place phrase the parser
        hung on the object of another preposition."""
        return [
            k
            for c in t.children
            if c.dep_ == "prep"
            for p in c.children
            if p.dep_ == "pobj"
            for k in self.args.prep_objects(here, p, preps)
            if self.res.entities[k].cls in ("State", "Region")
        ]

    def troops(self, here: int, token: Token) -> list[str]:
        """States whose forces a phrase names; an armed group's only when they are mercenaries
        (an armed group at home is not deployed)."""
        token = antecedent(token)
        owners = self.args.troop_owners(here, token) or self.senders(here, token)
        return [
            k
            for k in owners
            if k not in self.res.entities
            or self.res.entities[k].cls == "State"
            or token.lemma_.lower() == "mercenary"
        ]

    def senders(self, here: int, troops: Token) -> list[str]:
        """ "the soldiers, who were sent by Pyongyang": the agent of a passive transfer that
        modifies the troops owns them."""
        if not self.args.is_personnel(troops):
            return []
        for clause in troops.children:
            if (
                clause.dep_ in ("relcl", "acl")
                and is_passive(clause)
                and any(f.frame == "transfer" for f in self.lex.frames_for(clause.lemma_, "VERB"))
            ):
                return [self.args.top(k) for k in self.args.by_agents(here, clause)]
        return []

    def subject_token(self, verb: Token) -> Token | None:
        """The subject of a presence verb: its own, the noun a relative clause modifies, or the
        subject of the verb it is coordinated with or complements."""
        if (subject := subject_of(verb)) is not None:
            return subject
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            return self.subject_token(verb.head)
        return None

    def occupier(self, here: int, t: Token, preps: tuple[str, ...]) -> list[str]:
        """ "in the territories occupied by Russia", "in SDF-held areas": a place held by an actor
        counts as the actor's."""
        for prep in t.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in prep.children:
                for acl in pobj.children:
                    if not self.lex.is_cue(acl.lemma_, "occupier"):
                        continue
                    if acl.dep_ == "acl":
                        found = self.args.by_agents(here, acl)
                    elif acl.dep_ == "amod" and acl.tag_ == "VBN":
                        found = self.args.hyphen_agents(here, acl)
                    else:
                        found = []
                    if found:
                        return found
        return []

    def demonym_people(self, verb: Token) -> list[str]:
        """ "7,000 North Koreans are in Kursk": a plural demonym as subject stands for troops."""
        out = []
        for child in verb.children:
            m = self.index.at(child) if child.dep_ == "nsubj" else None
            if m is not None and m.kind == "DEMONYM" and child.tag_ in ("NNPS", "NNS"):
                key = forces_key(m.key)
                self.res.entities.setdefault(key, Entity.forces_of(self.args.gaz.entries[m.key]))
                out.append(self.args.top(key))
        return out


def without_enemy_presence(
    claims: list[Claim], args: Arguments, foes: Iterable[tuple[str, str]] = ()
) -> list[Claim]:
    """Troops that are somewhere are deployed there, unless they fight the place's state: "North
    Korean soldiers will fight in Ukraine", when the document says they fight (or stand ready
    to fight: ``foes``) against Ukraine, or the place's state fights them ("Rwandan troops in
    eastern Congo", where Congo's army fights Rwanda's)."""
    fights = [
        (args.top(c.subject), args.top(c.object))
        for c in claims
        if c.relation == "attacks" and not c.negated
    ] + [(args.top(a), args.top(b)) for a, b in foes]
    enemies = {*fights, *((b, a) for a, b in fights)}
    return [
        c
        for c in claims
        if not (c.rule.kind == "presence" and (args.top(c.subject), args.top(c.object)) in enemies)
    ]
