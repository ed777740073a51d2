"""Doc + entities -> relation claims, with negation, hedging and attribution.

Extraction is a set of small rules over the dependency parse, driven by the lexicon files in
``graph/lexicon/``: a trigger word (verb, noun or adjective) names a relation and a frame, and the
frame says where its arguments sit:

- transfer: the agent is the subject ("Pyongyang supplied ..."), or for a passive the "by" phrase;
  the recipient an indirect object, a "to"/"for" phrase, or a direct object that is an actor
  ("arm Ukraine"); the theme the direct object ("shells"). The theme decides between supplies,
  deploys (troops) and pays (money).
- receive: the subject is the recipient, the agent comes with "from".
- act_on: the agent is the subject, the patient the direct object or a prepositional object
  ("fired at ..."); for a participle modifying a noun the noun is the patient
  ("soldiers trained by Russians").
- presence: a body of troops is somewhere ("7,000 North Koreans are in Kursk"): the troops'
  state deploys to the place's state.
A noun trigger takes its agent from a possessive or modifier ("Russia's attack", "EU sanctions"),
a "by" phrase, or the subject of the clause it sits in ("Germany will be the largest supplier of
weapons to Ukraine", "the EU responded with restrictive measures against Iran").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from graph.discourse import Discourse, actor_key
from graph.entities import DocumentEntities
from graph.gazetteer import Gazetteer
from graph.lexicon import Frame, Lexicon
from graph.mentions import MentionIndex

__all__ = ["Claim", "extract_claims"]

SUPPORTING = {"supplies", "deploys", "pays", "trains", "supports"}
CLAUSE_UP = {"attr", "dobj", "pobj", "prep", "appos", "acomp", "oprd", "npadvmod", "conj", "dative"}
FORCES_KINDS = ("armed-forces",)


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


class _Reader:
    """The extraction rules for one document."""

    def __init__(self, doc: Doc, index: MentionIndex, res: DocumentEntities, disc: Discourse,
                 lex: Lexicon, gaz: Gazetteer) -> None:
        self.doc, self.index, self.res, self.disc, self.lex, self.gaz = doc, index, res, disc, lex, gaz

    # ------------------------------------------------------------------ arguments

    def key(self, token: Token) -> str | None:
        return actor_key(token, self.disc, self.index, self.res)

    def keys(self, token: Token, *, deep: bool = False) -> list[str]:
        """The actors a phrase names, its coordinated members included."""
        out = []
        for t in (token, *self._conjuncts(token)):
            k = self.key(t)
            if k:
                out.append(k)
        if not out and deep:
            for t in token.subtree:
                m = self.index.at(t)
                if m is not None and t.i != token.i:
                    out.append(self.res.key_of(m))
                    break
        return list(dict.fromkeys(out))

    @staticmethod
    def _conjuncts(token: Token) -> Iterator[Token]:
        for child in token.children:
            if child.dep_ == "conj":
                yield child
                yield from _Reader._conjuncts(child)

    def subjects(self, verb: Token) -> list[str]:
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj") or (child.dep_ == "expl" and False):
                return self.keys(child)
        gov = verb.head
        if verb.dep_ in ("xcomp", "advcl") and gov.i != verb.i:
            for child in gov.children:  # object control: "allow Moscow to concentrate"
                if child.dep_ == "dobj" and verb.dep_ == "xcomp":
                    found = self.keys(child)
                    if found:
                        return found
            return self.subjects(gov)
        if verb.dep_ == "conj" and gov.i != verb.i:
            return self.subjects(gov)
        if verb.dep_ == "relcl" and verb.head.i != verb.i:
            return self.keys(verb.head)
        return []

    def by_agents(self, verb: Token) -> list[str]:
        for child in verb.children:
            if child.dep_ == "agent":
                return [k for p in child.children if p.dep_ == "pobj" for k in self.keys(p)]
        return []

    def prep_objects(self, token: Token, preps: tuple[str, ...], *, deep: bool = False) -> list[str]:
        out: list[str] = []
        for child in token.children:
            if child.dep_ in ("prep", "dative") and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        out += self.keys(pobj, deep=deep)
            elif child.dep_ == "dative" and child.pos_ in ("PROPN", "NOUN", "PRON"):
                out += self.keys(child)
        return out

    def clause_agents(self, noun: Token) -> list[str]:
        """The subject of the clause a noun trigger sits in, when the clause makes it the
        subject's own: through a copula ("Germany will be the largest supplier"), a light verb
        ("the EU imposed sanctions") or an instrument ("responded with restrictive measures").
        Not through other verbs: in "the EU condemns the support for Russia" the support is not
        the EU's."""
        node, owned = noun, False
        for _ in range(10):
            if node.dep_ not in CLAUSE_UP | {"advcl"} or node.head.i == node.i:
                return []
            if node.dep_ in ("attr", "acomp", "oprd") or (
                    node.dep_ == "prep" and node.lower_ in ("with", "through")):
                owned = True
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                found = self.subjects(node)
                if found:
                    light = self.lex.is_cue(node.lemma_, "light")
                    return found if owned or light else []
        return []

    # ------------------------------------------------------------------ helpers

    def state(self, key: str) -> str | None:
        """The state an entity belongs to, if the registry or the text says (region, unit, agency)."""
        seen: set[str] = set()
        while key and key not in seen:
            seen.add(key)
            ent = self.res.entities.get(key)
            entry = self.gaz.entries.get(key)
            cls = ent.cls if ent else entry.cls if entry else None
            if cls == "State":
                return key
            parent = (ent.parent if ent else None) or (entry.parent if entry else None)
            if parent is None:
                parent = next((a.group for a in self.res.affiliations if a.member == key), None)
            key = parent or ""
        return None

    def top(self, key: str) -> str:
        return self.state(key) or key

    def is_forces(self, key: str) -> bool:
        ent = self.res.entities.get(key)
        return ent is not None and (ent.cls == "MilitaryUnit" or key.endswith(FORCES_KINDS))

    def theme_items(self, token: Token | None) -> list[Token]:
        return [] if token is None else [token, *self._conjuncts(token)]

    def theme_relation(self, item: Token, frame: Frame) -> str | None:
        m = self.index.at(item)
        if m is not None and self.is_forces(self.res.key_of(m)):
            return "deploys"
        lemmas = [item.lemma_.lower()] + [c.lemma_.lower() for c in item.children
                                          if c.dep_ == "compound"]
        for lemma in lemmas:
            if lemma in self.lex.themes:
                return self.lex.themes[lemma]
        return None if frame.goods else frame.relation

    # ------------------------------------------------------------------ the frames

    def transfer(self, t: Token, frame: Frame) -> Iterator[tuple[str, str, str, str | None, str]]:
        children = {c.dep_: c for c in t.children}
        passive = "nsubjpass" in children or (t.dep_ == "acl" and t.tag_ == "VBN")
        receive = frame.frame == "receive"
        theme: Token | None = None
        if t.pos_ == "NOUN":
            agents = self.noun_agents(t)
            theme = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj"), None)
        elif receive:
            agents = self.prep_objects(t, frame.preps)
            theme = children.get("dobj")
        elif passive:
            agents = self.by_agents(t)
            theme = children.get("nsubjpass") or (t.head if t.dep_ in ("acl", "relcl") else None)
        else:
            agents = self.subjects(t)
            theme = children.get("dobj")
            if theme is not None and theme.tag_ == "WDT" or (theme is not None and theme.lower_ == "that"):
                theme = t.head if t.dep_ == "relcl" else None
            if t.dep_ == "relcl" and theme is None and "dobj" not in children:
                theme = t.head
        recipients = self.subjects(t) if receive else []
        if not receive:
            if theme is not None and self.keys(theme) and not self.is_forces(self.keys(theme)[0]):
                recipients, theme = self.keys(theme), None
            recipients += self.prep_objects(t, frame.preps)
            if theme is not None:
                recipients += self.prep_objects(theme, frame.preps)
            for c in t.children:
                if c.dep_ in ("dative", "iobj"):
                    recipients += self.keys(c)
        if theme is not None and not agents:  # "North Korean troops were sent to Russia"
            agents = [k for k in self.keys(theme) if self.is_forces(k)]
            agents = [self.top(k) for k in agents]
        for item in self.theme_items(theme) or [None]:  # type: ignore[list-item]
            relation = self.theme_relation(item, frame) if item is not None else (
                None if frame.goods else frame.relation)
            if relation is None:
                continue
            text = _phrase(item) if item is not None else None
            for a in agents:
                for r in dict.fromkeys(recipients):
                    yield a, relation, r, text, f"{frame.frame}:{frame.trigger}"

    def act_on(self, t: Token, frame: Frame) -> Iterator[tuple[str, str, str, str | None, str]]:
        children = {c.dep_: c for c in t.children}
        patients: list[str] = []
        if t.pos_ == "NOUN":
            agents = self.noun_agents(t)
            patients = self.prep_objects(t, frame.preps, deep=True)
        elif "nsubjpass" in children or (t.dep_ in ("acl",) and t.tag_ == "VBN"):
            agents = self.by_agents(t)
            target = children.get("nsubjpass") or t.head
            patients = self.keys(target, deep=False)
        else:
            agents = self.subjects(t)
            if "dobj" in children:
                patients = self.keys(children["dobj"], deep=True)
            patients += self.prep_objects(t, frame.preps, deep=True)
        for a in agents:
            for p in dict.fromkeys(patients):
                yield a, frame.relation, p, None, f"{frame.frame}:{frame.trigger}"

    def presence(self, t: Token, frame: Frame) -> Iterator[tuple[str, str, str, str | None, str]]:
        if t.pos_ == "NOUN":
            troops = [k for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj" for k in self.keys(p)]
        else:
            verb = t.head if t.pos_ == "ADJ" else t
            troops = self.subjects(verb) if t.dep_ != "acl" else self.keys(t.head)
            troops += self._demonym_people(verb)
        troops = [k for k in troops if self.is_forces(k)]
        places = self.occupier(t, frame.preps) or self.prep_objects(t, frame.preps,
                                                                    deep=t.pos_ == "NOUN")
        for k in troops:
            for p in places:
                yield self.top(k), "deploys", p, None, f"presence:{frame.trigger}"

    def occupier(self, t: Token, preps: tuple[str, ...]) -> list[str]:
        """"in the territories occupied by Russia": a place held by an actor counts as the actor's."""
        for prep in t.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in prep.children:
                for acl in pobj.children:
                    if acl.dep_ == "acl" and self.lex.is_cue(acl.lemma_, "occupier"):
                        found = self.by_agents(acl)
                        if found:
                            return found
        return []

    def bare(self, t: Token, frame: Frame) -> bool:
        """A noun trigger with no actor of its own: "the sending of weapons"."""
        return t.pos_ == "NOUN" and not self.noun_agents(t) and not self.prep_objects(t, frame.preps)

    def _demonym_people(self, verb: Token) -> list[str]:
        """"7,000 North Koreans are in Kursk": a plural demonym as subject stands for troops."""
        out = []
        for child in verb.children:
            m = self.index.at(child) if child.dep_ == "nsubj" else None
            if m is not None and m.kind == "DEMONYM" and child.tag_ in ("NNPS", "NNS"):
                out.append(f"unit/{m.key.split('/')[1]}/forces")
                self.res.entities.setdefault(out[-1], _unit_entity(out[-1], m.key, self.gaz))
        return out

    def noun_agents(self, noun: Token) -> list[str]:
        for child in noun.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                k = self.key(child)
                if k:
                    return [k]
        by_preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")]
        if by_preps:
            return [k for c in by_preps for p in c.children if p.dep_ == "pobj" for k in self.keys(p)]
        return self.clause_agents(noun)


def _unit_entity(key: str, state_key: str, gaz: Gazetteer):  # type: ignore[no-untyped-def]
    from graph.entities import Entity

    state = gaz.entries[state_key]
    adjective = state.demonyms[0] if state.demonyms else state.label
    return Entity(key, f"{adjective} forces", "MilitaryUnit", parent=state_key, relation="partOf")


def _phrase(token: Token) -> str:
    words = [t for t in token.subtree
             if t.i == token.i or (t.head.i != token.i or t.dep_ not in ("relcl", "acl", "conj", "cc"))]
    words = [t for t in words if not any(a.dep_ in ("relcl", "acl", "conj") and a.head.i == token.i
                                         for a in t.ancestors if a.i != token.i and token.i in
                                         [x.i for x in a.ancestors])] or [token]
    span = token.doc[min(t.i for t in words):max(t.i for t in words) + 1]
    return span.text if len(span) <= 12 else token.text


# ---------------------------------------------------------------------- epistemics


def _governors(t: Token) -> Iterator[Token]:
    """The trigger and the heads above it, up to the sentence root."""
    node = t
    yield node
    while node.head.i != node.i:
        node = node.head
        yield node


def _negated(t: Token, lex: Lexicon) -> bool:
    for g in _governors(t):
        for c in g.children:
            if c.dep_ == "neg" or (c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither")):
                return True
            if c.dep_ in ("nsubj", "nsubjpass") and any(
                    d.dep_ == "preconj" and d.lower_ == "neither" for d in c.children):
                return True
        if g.i != t.i and lex.is_cue(g.lemma_, "negator") and g.pos_ == "VERB":
            return True
        if g.dep_ in ("ccomp", "relcl", "advcl") and g.i != t.i:
            break
    return False


def _hedged(t: Token, sent: Span, lex: Lexicon) -> bool:
    low = sent.text.lower()
    if any(" " in cue and cue in low for cue in lex.cues["hedge"]):
        return True
    for g in _governors(t):
        if g.i != t.i and lex.is_cue(g.lemma_, "hedge"):
            return True
        for c in g.children:
            if c.dep_ in ("advmod", "aux") and lex.is_cue(c.lower_, "hedge"):
                return True
    return False


def _irrealis(t: Token, lex: Lexicon) -> bool:
    """A claim that is demanded, wished or conditional, not reported."""
    for g in _governors(t):
        for c in g.children:
            if c.dep_ == "mark" and lex.is_cue(c.lower_, "irrealis"):
                return True
        if g.i != t.i and g.pos_ == "VERB" and lex.is_cue(g.lemma_, "irrealis"):
            return True
    return False


def _source(t: Token, reader: _Reader) -> str | None:
    q = reader.disc.quote_of.get(t.i)
    if q is not None:
        return reader.disc.speakers.get(q)
    sent = t.sent
    for tok in sent:  # "according to the GUR"
        if tok.lower_ == "according" and tok.i + 1 < len(t.doc) and t.doc[tok.i + 1].lower_ == "to":
            for p in t.doc[tok.i + 1].children:
                if p.dep_ == "pobj":
                    found = reader.keys(p)
                    if found:
                        return found[0]
    for g in _governors(t):
        if g.i != t.i and g.pos_ == "VERB" and reader.lex.is_cue(g.lemma_, "report"):
            found = reader.subjects(g)
            if found:
                return found[0]
    return None


# ---------------------------------------------------------------------- the loop


def _frames(t: Token, lex: Lexicon) -> list[Frame]:
    frames = list(lex.frames_for(t.lemma_, t.pos_))
    for f in lex.multiword.get(t.lemma_.lower(), []):
        words = f.trigger.split()
        start = t.i - len(words) + 1
        if start >= 0 and [w.lemma_.lower() for w in t.doc[start:t.i + 1]] == words:
            frames.append(f)
    return frames


def extract_claims(doc: Doc, index: MentionIndex, res: DocumentEntities, disc: Discourse,
                   lex: Lexicon, gaz: Gazetteer) -> list[Claim]:
    """Every relation claim the document makes."""
    reader = _Reader(doc, index, res, disc, lex, gaz)
    claims: dict[tuple[str, str, str, int], Claim] = {}
    bare: list[tuple[Token, Frame]] = []
    for t in doc:
        for frame in _frames(t, lex):
            rule = {"transfer": reader.transfer, "receive": reader.transfer,
                    "act_on": reader.act_on, "presence": reader.presence}[frame.frame]
            found = list(rule(t, frame))
            if not found and frame.frame == "transfer" and reader.bare(t, frame):
                bare.append((t, frame))
            _keep(claims, reader, t, frame, found)
    for t, frame in bare:
        _keep(claims, reader, t, frame, list(_inherit(t, frame, reader, claims)))
    return list(claims.values())


def _inherit(t: Token, frame: Frame, reader: _Reader,
             claims: dict[tuple[str, str, str, int], Claim]) -> Iterator[_Found]:
    """A bare noun trigger continues the supporting claim just made: "North Korea will receive
    from Russia rice, technology, payment of the salary ..."; "North Korea's involvement alongside
    Moscow ... First with the sending of weapons"."""
    sent = t.sent
    before = t.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    near = [c for c in claims.values() if c.relation in SUPPORTING and not c.negated
            and before <= c.begin <= sent.start_char and c.rule.split(":")[0] != "inherit"]
    if not near:
        return
    last = max(near, key=lambda c: c.begin)
    theme = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"), None)
    relation = reader.theme_relation(theme, frame) if theme is not None else frame.relation
    if relation is not None and relation != "supports":
        yield last.subject, relation, last.object, _phrase(theme) if theme else None, \
            f"inherit:{frame.trigger}"


def _keep(claims: dict[tuple[str, str, str, int], Claim], reader: _Reader, t: Token, frame: Frame,
          found: list[_Found]) -> None:
    if not found or _irrealis(t, reader.lex):
        return
    res, lex = reader.res, reader.lex
    sent = t.sent
    negated, hedged, source = _negated(t, lex), _hedged(t, sent, lex), _source(t, reader)
    for subj, relation, obj, theme, name in found:
        if subj not in res.entities or obj not in res.entities:
            continue
        if reader.top(subj) == reader.top(obj) or res.entities[subj].cls == "Region":
            continue
        conf = 0.9 - (0.3 if hedged else 0) - (0.1 if frame.frame == "presence" else 0) - (
            0.3 if name.startswith("inherit") else 0)
        claim = Claim(subj, relation, obj, sent.start_char, sent.end_char, sent.text.strip(),
                      t.text, theme, negated, hedged, source if source != subj else None,
                      name, round(max(conf, 0.1), 2))
        claims.setdefault((subj, relation, obj, sent.start_char), claim)
