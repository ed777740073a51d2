"""Who speaks and who a pronoun means: quotations, their speakers, and pronoun antecedents.

A quotation's speaker is the subject of the verb of saying next to it ("..., Borrell said",
"said the NATO Secretary General", "Scholz added: ..."); a quotation that follows a colon after
another one's speaker clause is spoken by the same person. Inside a quotation "we", "our", "I"
are the speaker. Outside, a third-person pronoun is the subject of the clause that governs it
("the sources assured that their artillery ...") or the most recent fitting actor before it.

A definite description without a name stands for the actor last named that fits it: "the
chancellor", "the spokesperson" for the official last named (a subject first: in "Scholz met Biden.
The chancellor said ..." the chancellor is Scholz), "the ministry" for the agency, "these troops"
for the unit. A relative pronoun stands for the noun its clause modifies ("Ukraine, which
Washington has armed").

A state's forces named by no state ("the army", "government forces", "federal troops") beside an
armed group that operates in one state only are that state's: in "fighting between the army and
the RSF" the army is Sudan's. With no such group in the sentence they stay unnamed: the state an
article names most is often not the one whose army is meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from graph.extract.entities import PATRON_PARTICIPLES, DocumentEntities, Entity, state_key
from graph.extract.mentions import MentionIndex, agency_head
from graph.extract.syntax import (
    among_copula,
    first_child,
    prep_object,
    previous_or_this,
    subject_of,
)
from graph.knowledge import Knowledge
from graph.knowledge.gazetteer import Gazetteer, lineage, normalize
from graph.knowledge.lexicon import Lexicon
from graph.text.documents import head_lines

__all__ = ["Discourse", "actor_key", "analyse", "antecedent", "pronoun_key"]

OPENING, CLOSING = '“«"', '”»"'
FIRST_PERSON = {"i", "me", "my", "we", "us", "our", "ours"}
PERSONAL = {"he", "him", "his", "she", "her"}
GROUP = {"they", "them", "their", "it", "its"}
RELATIVE = {"which", "who", "whom", "that", "whose"}
DEFINITE = {"the", "this", "these", "those"}
# how many sentences back (this one included) a description looks for its actor: a person is
# named again soon, "the rebels" may be the group of the whole article
WINDOW = {"Official": 2, "Agency": 8, "MilitaryUnit": 3, "ArmedGroup": 8, "State": 8}


# nouns of one's own state or its rulers: "his country", "her homeland", "his Government"
HOMELANDS = frozenset(
    {"country", "homeland", "motherland", "fatherland", "nation", "government", "administration"}
)


@dataclass
class Discourse:
    quote_of: dict[int, int] = field(default_factory=dict)  # token index -> quote number
    speakers: dict[int, str] = field(default_factory=dict)  # quote number -> entity key
    # quote number -> the token that names its speaker (a subject of saying, maybe a whole
    # coordination: "Canada, France and Japan said: 'We ...'")
    speaker_token: dict[int, int] = field(default_factory=dict)
    nominal: dict[int, str] = field(default_factory=dict)  # token of a description -> entity key
    # nouns of people who act as a band, not for the state they come from (the lexicon's "band")
    bands: frozenset[str] = frozenset()
    # nouns that count people (the lexicon's "count"): "thousands of Iraqis" are no state
    counts: frozenset[str] = frozenset()
    # who issues the document, when it is a statement ("PRESS STATEMENT / ANTONY J. BLINKEN"):
    # its "we" and "our" outside quotations
    issuer: str | None = None
    # statements the text introduces and then gives ("released the following statement on
    # behalf of ..."): the first person outside quotations after one is its issuers
    introduced: list[int] = field(default_factory=list)
    # pronouns being resolved now: a pronoun whose governing clause's subject is a pronoun that
    # leads back to it stands for no one, and the resolution ends
    resolving: set[int] = field(default_factory=set)


# a quotation of at most this many words and no verb is a phrase quoted in the writer's own
# sentence (Israel's "aggression", the "special operation"), not speech with a speaker of its own
SCARE_QUOTE_WORDS = 3


def _quotes(doc: Doc) -> list[tuple[int, int]]:
    spans, start = [], None
    for t in doc:
        if start is None and t.text in OPENING:
            start = t.i
        elif start is not None and t.text in CLOSING:
            inside = doc[start + 1 : t.i]
            words = sum(1 for w in inside if not w.is_punct)
            if words > SCARE_QUOTE_WORDS or any(w.pos_ in ("VERB", "AUX") for w in inside):
                spans.append((start, t.i))
            start = None
    return spans


def analyse(
    doc: Doc, index: MentionIndex, res: DocumentEntities, knowledge: Knowledge
) -> Discourse:
    """Quotations and their speakers, and the actors definite descriptions stand for."""
    lex = knowledge.lexicon
    d = Discourse(bands=frozenset(lex.cues["band"]), counts=frozenset(lex.cues["count"]))
    d.nominal = _descriptions(doc, index, res, knowledge.gazetteer, lex)
    d.nominal |= _home_forces(doc, index, res, knowledge.gazetteer, lex, d.nominal)
    d.nominal |= _seated(doc, index, res, lex)
    spans = _quotes(doc)
    for n, (a, b) in enumerate(spans):
        for i in range(a, b + 1):
            d.quote_of[i] = n
    previous: tuple[str | None, int] | None = None
    for n, (a, b) in enumerate(spans):
        speaker = _speaker(_verb_after(doc, b, d, lex), d, index, res, lex) or _speaker(
            _verb_before(doc, a, d, lex), d, index, res, lex
        )
        if speaker is None and a > 0 and doc[a - 1].text == ":" and previous:
            speaker = previous
        if speaker:
            if speaker[0] is not None:
                d.speakers[n] = speaker[0]
            d.speaker_token[n] = speaker[1]
            previous = speaker
    d.issuer = _issuer(doc, index, res, d.bands)
    d.introduced = [
        t.i
        for t in doc
        if lex.is_cue(t.lemma_.lower(), "statement")
        and any(c.dep_ == "amod" and c.lower_ == "following" for c in t.children)
    ]
    return d


# what a statement's head says it is: "PRESS STATEMENT", "Statement by Secretary of Defense ...",
# "Ministry of National Defence - Press Release", "Joint communiqué", "Readout of ..."
STATEMENT = re.compile(
    r"\b(press (statement|release)|(joint |official |media )?statement (by|of|from)\b|"
    r"communiqu|readout)",
    re.IGNORECASE,
)


def _issuer(
    doc: Doc, index: MentionIndex, res: DocumentEntities, bands: frozenset[str]
) -> str | None:
    """Who issues a statement, as its head names it: the actor on the line that calls it a
    statement, else on the lines after it in the head, else in its title; else the subject of
    its first sentence ("The State of Qatar expresses its deep regret ..."). None for a
    document that is no statement: a reporter's or a blogger's "we" is no actor."""
    text = doc.text
    lines, _ = head_lines(text)
    marked = [n for n, (a, b) in enumerate(lines) if STATEMENT.search(text[a:b])]
    if not marked:
        return None
    order = [marked[0], *range(marked[0] + 1, len(lines)), *range(marked[0])]
    for n in order:
        a, b = lines[n]
        for m in index:
            start = doc[m.start].idx
            if a <= start < b and res.entities[res.key_of(m)].cls != "Region":
                return res.key_of(m)
    body = lines[-1][1] if lines else 0
    first = next((s for s in doc.sents if s.start_char >= body), None)
    subject = next((t for t in first if t.dep_ == "nsubj"), None) if first is not None else None
    return actor_key(subject, Discourse(bands=bands), index, res) if subject is not None else None


def _subject_key(
    verb: Token, d: Discourse, index: MentionIndex, res: DocumentEntities
) -> str | None:
    """The actor the verb's subject stands for, unless the subject is inside a quotation."""
    subject = subject_of(verb, where=lambda c: c.i not in d.quote_of)
    return actor_key(subject, d, index, res) if subject is not None else None


def _speaker(
    verb: Token | None, d: Discourse, index: MentionIndex, res: DocumentEntities, lex: Lexicon
) -> tuple[str | None, int] | None:
    """Who speaks through a verb of saying, and the token that names them; a statement that
    speaks ("..., the statement said") names no one itself: its issuers are found where it was
    issued (``Arguments.issuers``)."""
    if verb is None:
        return None
    subject = subject_of(verb, where=lambda c: c.i not in d.quote_of)
    if subject is None:
        return None
    key = actor_key(subject, d, index, res)
    if key is None and not lex.is_cue(subject.lemma_.lower(), "statement"):
        return None
    return key, subject.i


def _verb_after(doc: Doc, b: int, d: Discourse, lex: Lexicon) -> Token | None:
    """ "...," Borrell said / "...," said the NATO Secretary General."""
    end = min(len(doc), b + 12)
    for t in doc[b + 1 : end]:
        if t.i in d.quote_of or t.text in ".!?":
            break
        if t.pos_ == "VERB" and lex.is_cue(t.lemma_, "report"):
            return t
    return None


def _verb_before(doc: Doc, a: int, d: Discourse, lex: Lexicon) -> Token | None:
    """Scholz added: "..." / Stano said that "..." / Putin answered: "..." (any verb that
    introduces the quotation with a colon)."""
    if a >= 2 and doc[a - 1].text == ":" and doc[a - 2].pos_ == "VERB":
        return doc[a - 2]
    sent = doc[a].sent
    for t in reversed(doc[sent.start : a]):
        if t.i in d.quote_of:
            break
        if t.pos_ == "VERB" and lex.is_cue(t.lemma_, "report"):
            return t
    return None


def antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("the drones, which Iran sent"), else the token."""
    if token.lower_ not in RELATIVE or token.tag_ not in ("WDT", "WP", "WP$"):
        return token
    node = token
    for _ in range(3):
        if node.dep_ == "relcl":
            return node.head
        if node.head.i == node.i:
            break
        node = node.head
    return token


def _kinds_of(token: Token, gaz: Gazetteer, lex: Lexicon) -> tuple[str, ...]:
    """Which classes of actor a bare noun describes, best first: "chancellor" an official,
    "ministry" an agency, "the rebels" an armed group, "troops" a unit."""
    lemma, word = token.lemma_.lower(), token.lower_
    kinds: tuple[str, ...] = ()
    if lex.is_cue(lemma, "group") or lex.is_cue(word, "group"):
        kinds += ("ArmedGroup",)
    if (lex.is_cue(lemma, "state") or lex.is_cue(word, "state")) and not any(
        c.dep_ == "compound" for c in token.children
    ):  # "the junta"; not a compound ("the Kabul junta" names its own)
        kinds += ("State",)
    if lemma in gaz.titles or word in gaz.titles:
        kinds += ("Official",)
    if lemma in gaz.unit_nouns or word in gaz.unit_nouns:
        kinds += ("MilitaryUnit",)
    if agency_head(token, gaz, lex):
        kinds += ("Agency",)
    return kinds


# kinds a plural description cannot stand for as one actor ("these troops" may be one army)
ONE_ACTOR_KINDS = frozenset({"State"})


def _bare_description(token: Token, index: MentionIndex) -> bool:
    """ "the chancellor", "these troops", "the Ministry": a definite noun with no name of its
    own."""
    if token.pos_ not in ("NOUN", "PROPN") or index.at(token) is not None:
        return False
    dets = [c.lower_ for c in token.children if c.dep_ == "det"]
    if not dets or dets[0] not in DEFINITE:
        return False
    for c in token.children:
        if c.dep_ in ("poss", "appos"):
            return False
        if c.dep_ in ("compound", "amod", "nmod") and (
            index.at(c) or (c.pos_ == "PROPN" and c.ent_type_ != "NORP")  # "the Shia movement"
        ):
            return False
        if c.dep_ == "prep" and c.lower_ == "of" and any(index.at(p) for p in c.children):
            return False  # "the head of the GUR" names its actor
    return True


def _descriptions(
    doc: Doc, index: MentionIndex, res: DocumentEntities, gaz: Gazetteer, lex: Lexicon
) -> dict[int, str]:
    """Definite descriptions and the actors they stand for, in one pass over the document."""
    out: dict[int, str] = {}
    seen: dict[str, list[tuple[int, str, bool]]] = {
        c: [] for c in ("Official", "Agency", "MilitaryUnit", "ArmedGroup", "State")
    }
    starts: list[int] = []  # where the sentences read so far begin
    for sent in doc.sents:
        starts.append(sent.start)
        for t in sent:
            m = index.at(t)
            if m is not None and t.i == m.start:
                key = res.key_of(m)
                cls = res.entities[key].cls
                if cls in seen:
                    root = doc[m.start : m.end].root
                    subject = root.dep_ in ("nsubj", "nsubjpass") or (
                        cls == "State"  # "Myanmar's military seized power"
                        and root.dep_ == "poss"
                        and root.head.dep_ in ("nsubj", "nsubjpass")
                    )
                    if cls != "State" or m.kind != "DEMONYM":  # "Russian-made" is no topic
                        seen[cls].append((t.i, key, subject))
                    parent = res.entities[key].parent  # "Myanmar's military" is about Myanmar
                    if cls in ("Agency", "MilitaryUnit") and parent and parent.startswith("state/"):
                        seen["State"].append((t.i, parent, subject))
            elif m is None and _bare_description(t, index):
                # "the Assad regime ... the regime": the state the same noun of rulers was first
                # said of, when a name was put to it (never a guess at the last state named)
                if t.lemma_.lower() in RULERS and (named := _named_before(t, index, res, gaz)):
                    out[t.i] = named
                    continue
                for kind in _kinds_of(t, gaz, lex):
                    if t.tag_ == "NNS" and kind in ONE_ACTOR_KINDS:
                        continue  # "the very countries that benefit": not the one last named
                    back = starts[-min(len(starts), WINDOW[kind])]
                    own = _own_side(t, index, res) if kind == "State" else set()
                    found = [
                        s
                        for s in seen[kind]
                        if s[0] >= back
                        and (kind != "Agency" or _names_kind(res.entities[s[1]], t))
                        # "the junta" looks back; "troops in the country" not at the troops' own
                        and (kind != "State" or s[0] < (t.i if own else sent.start))
                        and s[1] not in own
                    ]
                    if kind == "State":
                        found = _styled(found, t, gaz)
                    if found:
                        # a place is the state last named; an actor the most named
                        out[t.i] = found[-1][1] if own else _most_salient(found, kind)
                        break
                    if kind == "Agency" and t.is_title and (body := _body_of(t, res, gaz)):
                        out[t.i] = body
                        break
    return out


# nouns of a state's rulers, which keep the name first put to them ("the Assad regime ... the
# regime"); not "the country", which any state is
RULERS = frozenset({"regime", "junta"})


def _named_before(
    t: Token, index: MentionIndex, res: DocumentEntities, gaz: Gazetteer
) -> str | None:
    """The state an earlier use of the same noun was named for ("the Assad regime", "Syria's
    regime", "the Syrian regime"), the nearest first."""
    lemma = t.lemma_.lower()
    for u in reversed(t.doc[: t.i]):
        if u.lemma_.lower() != lemma:
            continue
        for c in u.children:
            if c.dep_ not in ("compound", "poss", "amod", "nmod"):
                continue
            m = index.at(c)
            if m is None:
                continue
            state = state_key(res.key_of(m), gaz, res.entities)
            if state is not None:
                res.entities.setdefault(state, Entity.from_entry(gaz.entries[state]))
                return state
    return None


def _styled(
    found: list[tuple[int, str, bool]], t: Token, gaz: Gazetteer
) -> list[tuple[int, str, bool]]:
    """ "the kingdom", "the republic", "the emirate": only the states so styled in their names
    ("Kingdom of Saudi Arabia"), none if no state named before is; a word no state's name holds
    ("the country", "the junta") keeps them all."""
    word = t.lemma_.lower()
    if word not in gaz.state_words:
        return found
    return [
        s
        for s in found
        if (entry := gaz.entries.get(s[1])) is not None
        and any(word in normalize(n).split() for n in entry.names)
    ]


def _body_of(t: Token, res: DocumentEntities, gaz: Gazetteer) -> str | None:
    """ "The Council" with no council named before: the body of that name of the one organisation
    the text names that has one ("The Council today adopted a 19th package": the Council of the
    European Union in an EU text), or, where it has several ("the Council" of the UN), the
    organisation itself, for which any of them acts."""
    named = {k for k, e in res.entities.items() if e.cls == "Organization" and k in gaz.entries}
    word = t.lower_
    bodies = {
        (e.parent, e.key)
        for e in gaz.entries.values()
        if e.parent in named and word in normalize(e.label).split()
    }
    parents = {p for p, _ in bodies}
    if len(parents) != 1:
        return None
    (parent,) = parents
    own = [k for _, k in bodies if normalize(gaz.entries[k].label).startswith(word)]
    key = next(iter(bodies))[1] if len(bodies) == 1 else own[0] if len(own) == 1 else parent
    if key not in res.entities:
        res.entities[key] = Entity.from_entry(gaz.entries[key])
    return key


# the nouns of a body of troops, and those of them that name a state's army on their own ("the
# army"; "forces" need a word that makes them the government's)
FORCE_NOUNS = frozenset({"army", "military", "force", "troop", "soldier"})
OWN_FORCE_NOUNS = frozenset({"army", "military"})


def _home_forces(
    doc: Doc,
    index: MentionIndex,
    res: DocumentEntities,
    gaz: Gazetteer,
    lex: Lexicon,
    known: dict[int, str],
) -> dict[int, str]:
    """Unnamed state forces in a sentence with armed groups that all operate in one state: that
    state ("clashes between government forces and the Houthis" -> Yemen)."""
    out: dict[int, str] = {}
    for sent in doc.sents:
        homes: set[str] = set()
        for t in sent:
            m = index.at(t)
            if m is not None and t.i == m.start:
                key = res.key_of(m)
                entry = gaz.entries.get(key)
                if res.entities[key].cls == "ArmedGroup" and entry is not None:
                    homes |= set(entry.operates_in)
        if len(homes) != 1:
            continue
        (home,) = homes
        for t in sent:
            if t.i in known or not _state_forces(t, index, lex):
                continue
            if home not in res.entities:
                res.entities[home] = Entity.from_entry(gaz.entries[home])
            out[t.i] = home
    return out


def _seated(doc: Doc, index: MentionIndex, res: DocumentEntities, lex: Lexicon) -> dict[int, str]:
    """Rulers or officials named by where they sit: "the authorities in Damascus", "officials in
    Seoul", "the junta in Bamako" are the state of the capital (or the state) after "in", also
    when the "in" opens their clause ("In London, officials dismissed the claim"); not when the
    phrase names its own state ("Russian officials in Kyiv", "Iran's leadership in Beirut")."""
    out: dict[int, str] = {}
    for t in doc:
        if (
            t.pos_ != "NOUN"
            or index.at(t) is not None
            or not lex.is_cue(t.lemma_.lower(), "seated")
        ):
            continue
        if any(c.dep_ in ("amod", "compound", "nmod", "poss") and index.at(c) for c in t.children):
            continue
        place = prep_object(t, "in")
        if place is None and t.dep_ == "nsubj":  # "In London, officials dismissed the claim"
            fronted = next(
                (c for c in t.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < t.i),
                None,
            )
            place = first_child(fronted, "pobj") if fronted is not None else None
        m = index.at(place) if place is not None else None
        if m is not None and m.cls == "State":
            out[t.i] = res.key_of(m)
    return out


def _state_forces(t: Token, index: MentionIndex, lex: Lexicon) -> bool:
    """ "the army", "the military", "government forces", "federal troops", "the national army":
    a body of troops with no name, owner or place of its own but the government's."""
    lemma = t.lemma_.lower()
    if t.pos_ != "NOUN" or lemma not in FORCE_NOUNS or index.at(t) is not None:
        return False
    modifiers = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    if any(index.at(c) or c.pos_ == "PROPN" or c.dep_ == "poss" for c in modifiers):
        return False  # "Sudan's army", "RSF forces", "their troops"
    if any(lex.is_cue(c.lemma_.lower(), "government") for c in modifiers):
        return True
    dets = [c.lower_ for c in t.children if c.dep_ == "det"]
    return lemma in OWN_FORCE_NOUNS and not modifiers and dets == ["the"]


def _own_side(t: Token, index: MentionIndex, res: DocumentEntities) -> set[str]:
    """For "the country" where something is ("France keeps 1,500 troops in the country"): the
    states the clause's subject names, which the place is not. Empty when ``t`` is no place."""
    if t.dep_ != "pobj" or t.head.lower_ not in ("in", "into", "inside", "within", "to"):
        return set()
    verb = t.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    own = set()
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            for d in c.subtree:
                m = index.at(d)
                if m is not None:
                    key = res.key_of(m)
                    own |= {key, res.entities[key].parent or key}
    return own or {""}


def _names_kind(agency: Entity, noun: Token) -> bool:
    """ "the army" may mean the Sudanese Armed Forces (named "Sudan's army"), "the ministry" the
    Ministry of Defence, not any agency."""
    word = noun.lemma_.lower()
    return any(word in normalize(n).split() for n in (agency.label, *agency.alt_labels))


def _most_salient(found: list[tuple[int, str, bool]], kind: str) -> str:
    """Of the actors a description may mean (position, key, was a subject), the one it most
    likely does: for a person the last one named as a subject, else the last one named; for a
    group or an agency the one named most often, then the last."""
    if kind == "Official":
        subjects = [s for s in found if s[2]]
        return (subjects or found)[-1][1]
    counts: dict[str, int] = {}
    for _, key, subject in found:  # a state counts twice where it is what a sentence is about
        counts[key] = counts.get(key, 0) + 1 + (kind == "State" and subject)
    last = {key: i for i, (_, key, _) in enumerate(found)}
    return max(counts, key=lambda k: (counts[k], last[k]))


# the adjective of allegiance: "forces loyal to X" are X's
LOYAL = frozenset({"loyal"})
# nouns that a polity's name before them makes that polity: "Taiwan region", "Taiwan authorities"
POLITY_NOUNS = frozenset({"region", "province", "island", "territory", "authority"})


def actor_key(
    token: Token, d: Discourse, index: MentionIndex, res: DocumentEntities, depth: int = 0
) -> str | None:
    """The entity an argument token stands for: its mention, a name inside its phrase, the
    antecedent of a pronoun, or of a definite description."""
    token = antecedent(token)
    m = index.at(token)
    if m is not None:
        return res.key_of(m)
    if token.i in d.nominal:
        return d.nominal[token.i]
    if token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$"):
        return pronoun_key(token, d, index, res)
    if depth >= 3:
        return None
    whose = next((c for c in token.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if whose is not None and token.lemma_.lower() in HOMELANDS:
        # "the envoy of Czechoslovakia protested against the occupation of his country": the
        # state of the one the pronoun stands for
        owner = pronoun_key(whose, d, index, res)
        if owner is None:  # "The representative of China said his Government opposed ...": the
            owner = _speaker_of(token, d, index, res, depth)  # one who says it, named by title
        return (_home_state(owner, res) or owner) if owner is not None else None
    # "forces loyal to the TPLF": whom they serve (not "militias aligned with Iran": proxies)
    for adjective in (c for c in token.children if c.lemma_.lower() in LOYAL):
        for prep in (c for c in adjective.children if c.dep_ == "prep"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if key := actor_key(pobj, d, index, res, depth + 1):
                    return key
    # a capital that only places the noun gives way to its owner after "of": "the Port-au-Prince
    # headquarters of the FRAPH" is the FRAPH's
    placed = any(
        c.dep_ in ("compound", "nmod") and (m := index.at(c)) is not None and m.kind == "METONYM"
        for c in token.children
    )
    if placed and (owner := _of_actor(token, d, index, res, depth)):
        return owner
    # a polity compounded with a noun of polities, before its possessor: "China's Taiwan
    # region" is Taiwan (but "the army's Northern Command base" is the army's)
    children = sorted(
        token.children, key=lambda c: not (c.dep_ == "compound" and token.lemma_ in POLITY_NOUNS)
    )
    # "the Al-Qaeda-linked group": nothing written onto the participle is who they are
    patron = max((c.i for c in children if _patron_participle(c)), default=-1)
    for child in children:
        if child.dep_ == "amod" and child.lower_ in PATRON_PARTICIPLES:
            continue  # "Turkish-backed SNA fighters": the patron is not who they are
        if child.i < patron:
            continue
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            key = actor_key(child, d, index, res, depth + 1)
            if key:
                return key
    return _of_actor(token, d, index, res, depth)


# the kinds of entity a band may come from without being theirs
PLACES = frozenset({"State", "Region"})


def _patron_participle(t: Token) -> bool:
    """ "backed" in "Iran-backed", "linked" in "al-Qaeda-linked": hyphened onto its patron."""
    return (
        t.dep_ == "amod"
        and t.lower_ in PATRON_PARTICIPLES
        and t.i > 0
        and t.doc[t.i - 1].tag_ == "HYPH"
    )


def _of_actor(
    token: Token, d: Discourse, index: MentionIndex, res: DocumentEntities, depth: int
) -> str | None:
    """The actor of a noun's "of" or "from" phrase: "troops of Russia", "aircraft from Iran",
    "gunmen from Hamas's armed wing"; not the state or place a band comes from ("gunmen from
    Venezuela", "militants from Afghanistan")."""
    band = token.lemma_.lower() in d.bands
    counted = token.pos_ == "NUM" or token.lemma_.lower() in d.counts
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    m = index.at(pobj)
                    if counted and m is not None and m.kind == "DEMONYM":
                        continue  # "thousands of Syrians": people, not their state
                    key = actor_key(pobj, d, index, res, depth + 1)
                    origin = band and child.lower_ == "from" and key and _cls(key, res) in PLACES
                    if key and not origin:
                        return key
    return None


def _speaker_of(
    token: Token, d: Discourse, index: MentionIndex, res: DocumentEntities, depth: int
) -> str | None:
    """The actor of the subject of the nearest verb above a token that has a subject of its
    own, when it is no pronoun ("the representative of China said ...")."""
    for verb in token.ancestors:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.pos_ in ("VERB", "AUX") and subject is not None and subject.i != token.i:
            if subject.pos_ == "PRON" or subject.left_edge.i <= token.i <= subject.right_edge.i:
                return None
            return actor_key(subject, d, index, res, depth + 1)
    return None


def _home_state(key: str, res: DocumentEntities) -> str | None:
    """The state an entity is, or belongs to as the document resolved it."""

    def parent(k: str) -> str | None:
        ent = res.entities.get(k)
        if ent is None:
            return None
        return ent.parent or next((a.group for a in res.affiliations if a.member == k), None)

    return next((k for k in lineage(key, parent) if _cls(k, res) == "State"), None)


def _cls(key: str, res: DocumentEntities) -> str | None:
    ent = res.entities.get(key)
    return ent.cls if ent is not None else None


# verbs whose object is the one charged: a possessive in the charge is theirs (the lexicon's
# "accusing" cues also list verbs of claiming and denying, whose object is what is said)
ACCUSING = frozenset({"accuse", "charge", "blame", "suspect"})


def _accused_owner(token: Token, index: MentionIndex, res: DocumentEntities) -> str | None:
    """ "accusing the UAE of complicity through its support for the RSF": a possessive pronoun
    in the charge of a verb of charging is the charged actor's, not the accuser's; not what
    the charged act is done to ("accused Russia of shelling its villages"), nor a singular one
    after several charged: those are the accuser's. A subject pronoun of the charge's clause
    is the charged actor (``_charged_subject``)."""
    if token.dep_ == "nsubj":
        return _charged_subject(token, index, res)
    if token.dep_ != "poss":
        return None
    verbs = [a for a in token.ancestors if a.pos_ == "VERB"]
    verb = next((a for a in verbs[:2] if a.lemma_.lower() in ACCUSING), None)
    if verb is None:
        return None
    accused = first_child(verb, "dobj")
    if accused is None or token.i < accused.i:
        return None
    several = accused.tag_ in ("NNS", "NNPS") or first_child(accused, "conj") is not None
    owned = token.head
    if (token.lower_ == "its" and several) or (owned.dep_ == "dobj" and owned.head.i != verb.i):
        # "accused Russia of shelling its villages": what the charged act hits is the
        # accuser's; so is "its" after several charged ("the Ugandan and Burundian armies")
        accused = subject_of(verb, ("nsubj",))
        if accused is None:
            return None
    m = index.at(accused)
    key = res.key_of(m) if m is not None else None
    if key is None or res.entities[key].cls in ("Official", "Region"):
        return None
    return key


def _charged_subject(token: Token, index: MentionIndex, res: DocumentEntities) -> str | None:
    """ "accuses Kabul that it gives shelter to the TTP": the subject of the charge's clause is
    the charged actor, as machine-translated text often writes it."""
    clause = token.head
    if clause.dep_ not in ("ccomp", "advcl") or clause.i < token.i:
        return None
    verb = clause.head
    accused = first_child(verb, "dobj") if verb.lemma_.lower() in ACCUSING else None
    m = index.at(accused) if accused is not None and accused.i < token.i else None
    key = res.key_of(m) if m is not None else None
    if key is None or res.entities[key].cls in ("Official", "Region"):
        return None
    return key


def _own_clause_owner(
    token: Token, d: Discourse, index: MentionIndex, res: DocumentEntities
) -> str | None:
    """ "after Russia launched its invasion, the EU ...": the possessive of an object in a clause
    of time or a relative clause is that clause's subject's, not the main clause's."""
    if token.dep_ != "poss" or token.head.dep_ != "dobj":
        return None
    clause = token.head.head
    if clause.dep_ not in ("advcl", "relcl"):
        return None
    key = _subject_key(clause, d, index, res)
    return key if key is not None and res.entities[key].cls != "Official" else None


def _as_subject(root: Token) -> bool:
    """A name that is its clause's subject, or in apposition to it ("Iran's envoy Kazem
    Gharibabadi accused")."""
    subjects = ("nsubj", "nsubjpass")
    return root.dep_ in subjects or (root.dep_ == "appos" and root.head.dep_ in subjects)


def pronoun_key(
    token: Token, d: Discourse, index: MentionIndex, res: DocumentEntities
) -> str | None:
    """The actor a pronoun stands for, or None."""
    if token.i in d.resolving:
        return None
    d.resolving.add(token.i)
    try:
        return _pronoun_key(token, d, index, res)
    finally:
        d.resolving.discard(token.i)


def _pronoun_key(
    token: Token, d: Discourse, index: MentionIndex, res: DocumentEntities
) -> str | None:
    word = token.lower_
    if word in FIRST_PERSON:
        q = d.quote_of.get(token.i)
        if q is None:  # a statement's "we" is its issuer
            return d.issuer if word not in ("i", "me", "my") else None
        return d.speakers.get(q)
    if word not in PERSONAL | GROUP:
        return None
    want_person = word in PERSONAL
    # the subject of a governing clause: "the sources assured that their artillery had fired"
    node = token.head
    # an object is never its own verb's subject: "the ministry blacklisted the firms, accusing
    # them of ..." (a verb with no subject of its own takes the governing clause's)
    controlled = token.dep_ in ("dobj", "dative") and subject_of(token.head) is None
    if not want_person and (accused := _accused_owner(token, index, res)) is not None:
        return accused
    if not want_person and (own_clause := _own_clause_owner(token, d, index, res)) is not None:
        return own_clause
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "advcl", "xcomp", "conj") and not (
            controlled and node.i == token.head.i
        ):
            key = _subject_key(node.head, d, index, res)
            if key and (res.entities[key].cls == "Official") == want_person:
                return key
        node = node.head
    # else the nearest fitting actor before it, in this sentence or the one before; none when
    # that is its own verb's subject and it is the object ("the EU and the United Kingdom have
    # sanctioned it": not the United Kingdom, nor the actor before)
    own = set()
    if token.dep_ in ("dobj", "dative") and (subject := subject_of(token.head)) is not None:
        if (copula := among_copula(antecedent(subject))) is not None:
            # "Russia and Japan were among the governments that condemned it": not Japan
            subject = subject_of(copula) or subject
        own = {res.key_of(m) for m in index.in_span(subject.left_edge.i, subject.right_edge.i + 1)}
    start = previous_or_this(token.sent).start
    before = list(index.in_span(start, token.i))
    if want_person and token.dep_ in ("nsubj", "nsubjpass"):
        # "X accused Germany of arming Saddam Hussein's Iraq. He further charged": a subject
        # pronoun takes up the person last named as a subject, not one named inside an object
        spoke = [
            m
            for m in before
            if res.entities[res.key_of(m)].cls == "Official"
            and _as_subject(token.doc[m.start : m.end].root)
        ]
        if spoke and res.key_of(spoke[-1]) not in own:
            return res.key_of(spoke[-1])
        # "He said ... . He further charged": the one the last subject "he" stood for
        chained = next(
            (
                t
                for t in reversed(token.doc[start : token.i])
                if t.lower_ == token.lower_ and t.dep_ in ("nsubj", "nsubjpass")
            ),
            None,
        )
        if not spoke and chained is not None:
            return pronoun_key(chained, d, index, res)
    if word == "it" and token.dep_ in ("nsubj", "nsubjpass"):
        # "the ministry said ..., and it promised to respond": a subject "it" continues the
        # subject of the main clause before it, an actor or not ("the deal could give Turkey
        # bases, and it would involve training": the deal, no actor)
        last = next(
            (
                t
                for t in reversed(token.doc[start : token.i])
                if t.dep_ in ("nsubj", "nsubjpass")
                and t.pos_ in ("NOUN", "PROPN")
                and t.head.dep_ in ("ROOT", "conj")
            ),
            None,
        )
        if last is not None:
            # the mention that is the subject ("Houthi forces"), not its possessor ("Latvia's
            # decision" is no actor)
            m = next(
                (
                    m
                    for m in index.in_span(last.left_edge.i, last.i + 1)
                    if m.end > last.i or token.doc[m.end - 1].dep_ in ("compound", "amod")
                ),
                None,
            )
            key = res.key_of(m) if m is not None else None
            if key is None or res.entities[key].cls == "Region":
                return None
            if res.entities[key].cls != "Official" and key not in own:
                return key
    heads_clause = token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass")
    if not want_person and heads_clause:
        # "Tehran denies the oil was bound for Syria. Its foreign ministry ...": the possessor
        # of a clause's subject takes up the actor last named as a subject ("it" alone may be
        # an act: "the deal ..., and it would involve training")
        said = [
            m
            for m in before
            if res.entities[res.key_of(m)].cls not in ("Official", "Region")
            and _as_subject(token.doc[m.start : m.end].root)
        ]
        if said and res.key_of(said[-1]) not in own:
            return res.key_of(said[-1])
    for m in reversed(before):
        key = res.key_of(m)
        ent = res.entities[key]
        if key in own:
            if want_person:  # "Maduro accused her": someone before him
                continue
            return None  # the nearest actor is its own subject: "it" is something else
        if ent.cls == "Region":
            continue
        if (ent.cls == "Official") == want_person:
            return key
    return None
