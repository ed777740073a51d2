"""Mentions -> canonical entities with stable IRIs. The only place where IRIs are minted.

One entity per real-world actor across all documents: gazetteer entries by their key; people by
their full name, with short and variant forms resolved to it ("Budanov" and "Kirilo Budanov" ->
"Kyrylo Budanov" when that is known); units and agencies built from a state word by state and
kind. Titles and appositions give affiliations ("German Chancellor Olaf Scholz",
"Kirilo Budanov, head of the intelligence services of the Ukrainian Ministry of Defense (GUR)").
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from graph.extract.mentions import HONORIFICS, PLACE_CLASSES, Mention, MentionIndex, datelines
from graph.extract.syntax import previous_or_this, previous_sentence, subject_of
from graph.knowledge.gazetteer import Entry, Gazetteer, Title, forces_key, lineage, normalize, slug

__all__ = [
    "PATRON_PARTICIPLES",
    "Affiliation",
    "DocumentEntities",
    "Entity",
    "PersonIndex",
    "ancestors",
    "parent_of",
    "resolve",
    "state_key",
]


@dataclass
class Entity:
    key: str
    label: str
    cls: str
    wikidata: str | None = None
    alt_labels: set[str] = field(default_factory=set)
    parent: str | None = None  # registry-level membership (from the gazetteer or the key)
    relation: str | None = None
    # set when the membership is the post held at the document's date (terms.tsv): it is then
    # stated in the document's graph, not the registry, and says on what it rests
    dated: str | None = None

    @classmethod
    def forces_of(cls, state: Entry) -> Entity:
        """A state's forces as a whole: "North Korean forces", part of North Korea."""
        adjective = state.demonyms[0] if state.demonyms else state.label
        return cls(
            forces_key(state.key),
            f"{adjective} forces",
            "MilitaryUnit",
            parent=state.key,
            relation="partOf",
        )

    @classmethod
    def from_entry(cls, entry: Entry) -> Entity:
        """The entity a gazetteer entry describes, with its membership."""
        return cls(
            entry.key,
            entry.label,
            entry.cls,
            entry.wikidata,
            parent=entry.parent,
            relation=entry.relation,
        )


@dataclass(frozen=True)
class Affiliation:
    member: str  # entity key
    relation: str  # heads | memberOf | spokespersonFor | partOf
    group: str  # entity key


class PersonIndex:
    """People already known (the store's, then this build's), for resolving names across
    documents."""

    def __init__(self, known: Iterable[tuple[str, str]] = ()) -> None:
        self.labels: dict[str, str] = {}  # key -> best full name
        self._by_surname: dict[str, set[str]] = {}
        self._by_first: dict[str, set[str]] = {}  # "Wang" of "Wang Wenbin": family name first
        for key, name in known:
            self.add(key, name)

    def add(self, key: str, name: str) -> None:
        words = _name_words(name)
        if not words:
            return
        if len(words) > 1 and len(name) > len(self.labels.get(key, "")):
            self.labels[key] = name
        self.labels.setdefault(key, name)
        self._by_surname.setdefault(words[-1], set()).add(key)
        if len(words) > 1:
            self._by_first.setdefault(words[0], set()).add(key)

    def resolve(self, name: str) -> str | None:
        """The key of a known person this name denotes, if exactly one fits."""
        words = _name_words(name)
        if not words:
            return None
        candidates = self._by_surname.get(words[-1], set())
        if len(words) == 1:
            # a family name written first ("Wang Wenbin ... Wang said") when no one of this
            # surname is known
            candidates = candidates or self._by_first.get(words[0], set())
            return next(iter(candidates)) if len(candidates) == 1 else None
        fits = [k for k in candidates if _same_given_names(words, _name_words(self.labels[k]))]
        return fits[0] if len(fits) == 1 else None


# generational suffixes after a family name: "Benigno Aquino III ... Aquino said"
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _name_words(name: str) -> list[str]:
    """A name's words, without a generational suffix after the family name."""
    words = normalize(name).split()
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return words


def _same_given_names(a: list[str], b: list[str]) -> bool:
    """'kirilo budanov' ~ 'kyrylo budanov'; 'kim jong un' ~ 'kim jong-un' (already folded)."""
    if len(b) == 1:
        return True
    ga, gb = " ".join(a[:-1]), " ".join(b[:-1])
    return ga[0] == gb[0] and difflib.SequenceMatcher(None, ga, gb).ratio() >= 0.6


@dataclass
class DocumentEntities:
    entities: dict[str, Entity]
    by_mention: dict[int, str]  # token start of a mention -> entity key
    affiliations: list[Affiliation]
    former: set[str] = field(default_factory=set)  # officials the text calls former ("ex-")

    def key_of(self, m: Mention) -> str:
        return self.by_mention[m.start]


def _clean(text: str) -> str:
    # (a tagger's span may start on the stop before the name: ". Foreign Ministry of China")
    text = " ".join(text.split()).lstrip(".,;:-\u2013\u2014 ")
    for prefix in ("the ", "The "):
        text = text.removeprefix(prefix)
    return text.removesuffix("'s").removesuffix("\u2019s")


def _new_entity(m: Mention, key: str, gaz: Gazetteer) -> Entity:
    entry = gaz.entries.get(key)
    if entry is not None:
        return Entity.from_entry(entry)
    if m.cls == "MilitaryUnit" and m.state:
        return Entity.forces_of(gaz.entries[m.state])
    if m.cls == "Agency" and m.state:
        kind_slug = key.rsplit("/", 1)[1]
        kind = next(
            (k.name for k in gaz.agency_kinds if slug(k.name) == kind_slug),
            _ministry_label(kind_slug) or _clean(m.text),
        )
        return Entity(
            key,
            f"{kind} of {gaz.entries[m.state].label}",
            "Agency",
            parent=m.state,
            relation="partOf",
        )
    if m.kind == "BODY" and m.state:  # "the Commission of ECOWAS"
        org = gaz.entries[m.state]
        # the organisation by its acronym where the gazetteer gives one first among its aliases
        name = org.names[1] if len(org.names) > 1 and org.names[1].isupper() else org.label
        return Entity(key, f"{_clean(m.text)} of {name}", m.cls, parent=org.key, relation="partOf")
    return Entity(key, _clean(m.text), m.cls)


def _ministry_label(kind_slug: str) -> str | None:
    """The name of a ministry named by its domain (``mentions._ministry_at``), from its key's
    last part: "ministry-of-mines-and-energy" -> "Ministry of Mines and Energy"."""
    if not kind_slug.startswith("ministry-of-"):
        return None
    words = kind_slug.removeprefix("ministry-of-").split("-")
    return "Ministry of " + " ".join(w if w in ("and", "the") else w.capitalize() for w in words)


# how many years before his first term of office a future office holder counts as an official
# of that state (ministers, governors and party leaders before they lead)
RISING_YEARS = 12


def _bare_kind(m: Mention, ent: Entity, gaz: Gazetteer) -> bool:
    """ "the Foreign Ministry", "the army": a kind of state body with no state word names no
    one body, so it is no alternative label of the one the text means (a look-up by it would
    find every state's)."""
    return ent.cls in ("Agency", "MilitaryUnit") and normalize(m.text) in gaz.kind_by_alias


def _person_key(
    doc: Doc,
    m: Mention,
    people: PersonIndex,
    local: PersonIndex,
    gaz: Gazetteer,
    when: dt.date | None,
    homes: Counter[str],
) -> str:
    name = _clean(m.text)
    words = name.split()
    if len(words) > 1 and normalize(words[0]) in HONORIFICS:
        name = " ".join(words[1:])
    found = local.resolve(name) or people.resolve(name)
    if found is None and len(name.split()) == 1 and _head_titled(doc, m, gaz):
        found = gaz.leader_named(name, when, homes)  # "President Eisenhower"
    if found is None:
        found = f"person/{slug(name)}"
    local.add(found, name)
    return found


def _head_titled(doc: Doc, m: Mention, gaz: Gazetteer) -> bool:
    """Whether the title of a head of state or government stands right before the mention:
    "President Eisenhower", "Prime Minister Eden", or as the noun the mention is in apposition
    to: "the Prime Minister, Mr Lange," (a form of address between them)."""
    start = m.start
    while start > 0 and normalize(doc[start - 1].text).rstrip(".") in HONORIFICS:
        start -= 1
    spans = [(start - n, start) for n in (1, 2)]
    if start > 0 and doc[start - 1].text == ",":
        spans = [(start - 1 - n, start - 1) for n in (1, 2)]
        spans = [(a, b) for a, b in spans if a > 0 and doc[a - 1].lower_ == "the"]
    titles = (gaz.titles.get(normalize(doc[a:b].text)) for a, b in spans if a >= 0)
    return any(t is not None and (t.relation, t.target) == ("heads", "state") for t in titles)


# words around a state's name that speak of it as past, not as the era of the text: "the former
# Soviet Union", "Soviet-era tanks", "post-Soviet states"
BYGONE = frozenset({"former", "ex", "post", "era", "collapse", "breakup", "dissolution"})


def _named_states(doc: Doc, index: MentionIndex) -> set[str]:
    """The states a document names by name or demonym (not by capital), also through a unit
    or body built from the state's word ("Soviet tanks"), except as a thing of the past."""
    named: set[str] = set()
    for m in index:
        if m.kind == "METONYM":
            continue
        near = {normalize(t.text).strip("-") for t in doc[max(m.start - 3, 0) : m.end + 2]}
        if near & BYGONE:
            continue
        named.update(k for k in (m.key if m.cls == "State" else None, m.state) if k)
    return named


def resolve(
    doc: Doc,
    index: MentionIndex,
    gaz: Gazetteer,
    people: PersonIndex,
    when: dt.date | None = None,
) -> DocumentEntities:
    """Canonical entities for every mention of one document, and the affiliations it states;
    an official whose post changed holds the post of the document's date ``when`` (undated: the
    post held now)."""
    entities: dict[str, Entity] = {}
    by_mention: dict[int, str] = {}
    local = PersonIndex()
    named = _named_states(doc, index) if when is None else set()
    # how often the document names each state, itself or through what belongs to it: for a
    # leader named by family name alone
    homes = Counter(
        state.key for m in index if (state := gaz.state_of(m.state or m.key)) is not None
    )
    for m in index:  # "Moraes" in a headline before "Alexandre de Moraes" is he
        if m.kind != "PERSON" and m.cls == "Official" and m.key in gaz.entries:
            local.add(m.key, gaz.entries[m.key].label)
    # people named in full first, so that a family name alone before it ("Okamura said ...
    # Tomio Okamura") is the same person
    person = {
        m.key: _person_key(doc, m, people, local, gaz, when, homes)
        for m in index
        if m.kind == "PERSON"
    }
    for m in index:
        key = m.key
        if m.kind == "PERSON" or (m.cls == "Official" and m.key not in gaz.entries):
            key = person.get(m.key, m.key)
        elif (
            m.cls == "Organization"
            and m.key not in gaz.entries
            and len(words := m.text.split()) == 1
            and words[0].istitle()
            and (named_person := local.resolve(words[0])) is not None
            and len(local.labels[named_person].split()) > 1  # named in full, not "Druze" alone
        ):
            # "Wang Yi ... Wang said", a family name tagged ORG: mentions._surnames knows only
            # the last word of a name, the person index a family name written first too
            key = named_person
        elif m.kind == "METONYM":  # "Moscow" in 1973: the Soviet Union
            key = gaz.in_era(key, m.text, when, named)
        ent = entities.get(key) or _new_entity(m, key, gaz)
        entities[key] = ent
        by_mention[m.start] = key
        if m.kind != "DEMONYM" or m.cls != "State":
            ent.alt_labels.add(_clean(m.text))
    for key, ent in entities.items():
        if ent.cls == "Official" and key in local.labels and key not in gaz.entries:
            ent.label = people.labels.get(key) or local.labels[key]
            if len(local.labels[key]) > len(ent.label):
                ent.label = local.labels[key]
            people.add(key, ent.label)
        ent.alt_labels.discard(ent.label)
        if key in gaz.terms:
            _date_post(ent, gaz, when)
    _possessed(doc, index, entities, by_mention, gaz)
    topic = _topic_state(index, by_mention)
    for key, ent in entities.items():  # a unit the text names by number alone
        if ent.cls == "MilitaryUnit" and ent.parent is None and key not in gaz.entries and topic:
            ent.parent, ent.relation = topic, "partOf"
    result = DocumentEntities(entities, by_mention, [])
    result.affiliations = _affiliations(doc, index, result, gaz, when)
    for key in result.former:  # the article's own words before the terms of office
        if entities[key].dated:
            entities[key].parent = entities[key].relation = entities[key].dated = None
    return result


# words that make a unit a civil force, not a military one
CIVIL_FORCES = frozenset({"police", "gendarmerie", "customs", "immigration"})


def _possessed(
    doc: Doc,
    index: MentionIndex,
    entities: dict[str, Entity],
    by_mention: dict[int, str],
    gaz: Gazetteer,
) -> None:
    """An organisation the gazetteer does not know, named with a state's possessive, is that
    state's ("Russia's Northern Fleet", "Israel's Shin Bet"); a unit noun at its head makes it a
    military unit ("Fleet", "Brigade", "Corps"), another word of a state body an agency
    ("Anti-Terrorism Police Unit", "Security Service")."""
    for m in index:
        key = by_mention.get(m.start)
        ent = entities.get(key) if key is not None else None
        if ent is None or ent.cls != "Organization" or key in gaz.entries or ent.parent:
            continue
        if m.start < 2 or doc[m.start - 1].tag_ != "POS":
            continue
        owner = index.at(doc[m.start - 2])
        if owner is None or owner.cls != "State":
            continue
        ent.parent, ent.relation = by_mention.get(owner.start, owner.key), "partOf"
        head, words = doc[m.end - 1], {t.lower_ for t in doc[m.start : m.end]}
        if gaz.unit_nouns.get(head.lemma_.lower()) == "unit" and not words & CIVIL_FORCES:
            ent.cls = "MilitaryUnit"
        elif head.lower_ in gaz.body_heads:  # "Kenya's Anti-Terrorism Police Unit"
            ent.cls = "Agency"


def _topic_state(index: MentionIndex, by_mention: dict[int, str]) -> str | None:
    """The state the text is about: the one named most often (ties: the first named)."""
    counts: dict[str, int] = {}
    for m in index:
        if m.cls == "State":
            key = by_mention[m.start]
            counts[key] = counts.get(key, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _date_post(ent: Entity, gaz: Gazetteer, when: dt.date | None) -> None:
    """The post an official with terms of office held at the document's date."""
    term = gaz.post_at(ent.key, when)
    ent.parent = term.group if term else None
    ent.relation = term.relation if term else None
    if term is None and when is not None and (rising := _rising(ent.key, gaz, when)):
        # a future office holder speaks for his state already ("Chief Cabinet Secretary
        # Yoshihide Suga" six years before he became prime minister)
        ent.parent, ent.relation = rising.key, "memberOf"
        first = gaz.terms[ent.key][0].start  # terms are oldest first
        ent.dated = f"an official of {rising.label} before the post held from {first.isoformat()}"
    elif term is None:
        ent.dated = None
    elif when is None:
        group = gaz.entries[term.group].label if term.group in gaz.entries else term.group
        which = "the current post" if term.end is None else f"the last post, held until {term.end}"
        ent.dated = f"{ent.label} {term.relation} {group}: {which}, the document has no date"
    else:
        ent.dated = f"the post held on {when.isoformat()}"


def _rising(person: str, gaz: Gazetteer, when: dt.date) -> Entry | None:
    """The state a person named before his first term of office already served, if that term
    begins at most ``RISING_YEARS`` after ``when`` (ministers, governors and party leaders
    before they head a government or a ministry); None after a first term (a former holder
    speaks for himself) or long before it."""
    first = gaz.terms[person][0]  # oldest first
    if not when < first.start <= when + dt.timedelta(days=365 * RISING_YEARS):
        return None
    return gaz.state_of(first.group)


# ---------------------------------------------------------------- affiliations from titles


def parent_of(key: str, entities: dict[str, Entity], gaz: Gazetteer) -> str | None:
    """What an entity belongs to: as the document resolved it, else as the gazetteer says."""
    ent, entry = entities.get(key), gaz.entries.get(key)
    if ent is not None and key in gaz.terms:  # the post held at the document's date, if any
        return ent.parent
    return (ent.parent if ent else None) or (entry.parent if entry else None)


def ancestors(key: str, gaz: Gazetteer, entities: dict[str, Entity]) -> list[str]:
    """What an entity belongs to, nearest first: a ministry's state, a unit's state."""
    return list(lineage(key, lambda k: parent_of(k, entities, gaz)))[1:]


def _most_specific(keys: list[str], gaz: Gazetteer, entities: dict[str, Entity]) -> str | None:
    """Of several groups named in one title phrase, the one the others contain."""
    keys = [
        k
        for k in dict.fromkeys(keys)
        if entities.get(k) is None or entities[k].cls not in ("Official", "Region")
    ]
    if not keys:
        return None
    return max(
        keys, key=lambda k: (len(set(ancestors(k, gaz, entities)) & set(keys)), -keys.index(k))
    )


def _title_of(tokens: Iterable[Token], gaz: Gazetteer) -> str | None:
    """The longest title (titles.tsv) in these words, compared folded ("chargé d'affaires")."""
    words = [t.lemma_.lower() if t.tag_ in ("NNS", "NNPS") else t.lower_ for t in tokens]
    longest = max((len(t.split()) for t in gaz.titles), default=1)
    for n in range(min(longest, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            title = normalize(" ".join(words[i : i + n]))
            if title in gaz.titles:
                return title
    return None


def _past(phrase: Span, gaz: Gazetteer) -> bool:
    """A title the text marks as no longer held: 'former', 'ex-' (title_modifiers.tsv); 'then-'
    and 'outgoing' keep it."""
    return any(normalize(t.text) in gaz.past_words for t in phrase)


def _host(t: Token, phrase: range, place: bool) -> bool:
    """A group named after 'to' inside a title phrase is where the post is held, not whose it
    is ('Sudan's ambassador to the UN'), and so is a place after 'in' or 'at' ('the French
    ambassador in Niamey'); a body after 'in' is the person's own ('a commander in Harakat
    al-Nujaba')."""
    head = t
    while head.i in phrase:
        if head.dep_ == "pobj" and head.head.i in phrase:
            prep = head.head.lower_
            if prep == "to" or (prep in ("in", "at") and place):
                return True
        if head.head.i == head.i:  # the root (spaCy makes a new Token each access)
            break
        head = head.head
    return False


# words that say a post is held for another power than the place's own state: "the
# Russian-installed mayor of Melitopol", "the separatist leader of Donetsk"
INSTALLED = frozenset(
    {"installed", "appointed", "separatist", "occupation", "proclaimed", "puppet", "rebel"}
)
# "Rwandan-backed rebels", "the Saudi-led coalition": the state word names a patron or a
# leader of the group, not the group; "Houthi-run Al Masirah" names its owner and is kept
PATRON_PARTICIPLES = frozenset(
    {
        "backed",
        "supported",
        "sponsored",
        "funded",
        "armed",
        "allied",
        "aligned",
        "led",
        "linked",
        "affiliated",
        "inspired",
        "connected",
    }
)


def _patron(m: Mention, doc: Doc) -> bool:
    """Whether a mention is the first half of a patron compound ("US-backed")."""
    return (
        m.end + 1 < len(doc)
        and doc[m.end].text == "-"
        and doc[m.end + 1].lower_ in PATRON_PARTICIPLES
    )


def _group_keys(span: Span, index: MentionIndex, res: DocumentEntities) -> list[str]:
    keys = []
    phrase = range(span.start, span.end)
    for t in span:
        m = index.at(t)
        if m is None or m.cls in ("Official", "Region") or _patron(m, span.doc):
            continue
        if _host(t, phrase, place=m.cls == "State" and m.kind in ("NAME", "METONYM")):
            continue
        keys.append(res.key_of(m))
    return keys


def _premodifiers(doc: Doc, m: Mention, gaz: Gazetteer) -> Span:
    """'German Chancellor' in 'German Chancellor Olaf Scholz'."""
    i = m.start
    # words whose head lies to their right, inside the noun phrase ("White House national
    # security spokesman John Kirby")
    while i > 0:
        prev = doc[i - 1]
        # a title the parser split ("US Treasury Under Secretary X": "Under" read as a
        # preposition) is still the title before the name
        title = next(
            (n for n in (3, 2) if i >= n and doc[i - n : i].text.lower() in gaz.titles), None
        )
        if title is not None:
            i -= title
        elif (
            prev.dep_ == "case"
            and i > 1
            and prev.head.i == i - 2
            and doc[i - 2].dep_ == "poss"
            and i - 2 < doc[i - 2].head.i < m.end
        ):  # "Lithuania's Foreign Minister X"
            i -= 2
        elif (
            prev.dep_ in ("compound", "amod", "nmod", "poss", "case", "punct")
            and i - 1 < prev.head.i < m.end
            and prev.text not in (",", "(", "“", '"')
        ):
            i -= 1
        else:
            break
    return doc[i : m.start]


def _appositives(doc: Doc, m: Mention, index: MentionIndex, gaz: Gazetteer) -> list[Span]:
    """The phrases set beside a name: 'head of the GUR' in 'Budanov, head of the GUR', 'The head
    of the GUR, Budanov' and 'Iran's ambassador to Syria, Hossein Akbari' (the parser hangs the
    name on the place: the phrase is the noun's the place belongs to); the titles before a name
    coordinated with its own ('Pakistan's Deputy Prime Minister and Foreign Minister Ishaq
    Dar'); and 'of' a state after it ('Amar Bendjama of Algeria')."""
    head = doc[m.start : m.end].root
    out = [
        doc[child.left_edge.i : child.right_edge.i + 1]
        for child in head.children
        if child.dep_ == "appos" and child.i >= m.end
    ]
    if head.dep_ == "appos":
        noun = head.head
        # "ambassador to Syria, X": the name hangs on "Syria" (pobj of "to" after "ambassador")
        place = index.at(noun)
        if (
            place is not None
            and place.cls in PLACE_CLASSES
            and noun.dep_ == "pobj"
            and noun.head.dep_ == "prep"
            and noun.head.head.i < noun.i
        ):
            noun = noun.head.head
        out.append(doc[noun.left_edge.i : head.i])
    if head.dep_ == "conj" and head.head.i < m.start:
        title = doc[head.head.left_edge.i : head.head.i + 1]
        if head.head.pos_ in ("NOUN", "PROPN") and _title_of(title, gaz) is not None:
            out.append(title)
    return out


def _of_state(doc: Doc, m: Mention, index: MentionIndex, res: DocumentEntities) -> str | None:
    """The state in 'X of Algeria' right after a name ('Amar Bendjama of Algeria regretted'),
    or in brackets, as UN meeting records give speakers ('Geng Shuang (China) said')."""
    if m.end + 1 >= len(doc) or doc[m.end].lower_ not in ("of", "("):
        return None
    after = doc[m.end + 1].lower_ == "the"
    found = index.at(doc[m.end + 1]) or (index.at(doc[m.end + 2]) if after else None)
    if found is not None and doc[m.end].text == "(" and doc[found.end : found.end + 1].text != ")":
        return None  # "(China's envoy)", "(China and Russia)": not the speaker's own state
    if found is None or found.cls != "State" or found.kind not in ("NAME", "METONYM"):
        return None
    return res.key_of(found)


# whose a possessive pronoun before a title may say: "its director" an organisation's or a
# state's, "his adviser" a person's group
PRONOUN_OWNERS = {
    "its": ("Organization", "ArmedGroup", "Agency", "State", "Company"),
    "their": ("Organization", "ArmedGroup", "Agency", "State", "Company"),
    "his": ("Official",),
    "her": ("Official",),
}


def _owner_official(
    phrase: Span,
    index: MentionIndex,
    res: DocumentEntities,
    gaz: Gazetteer,
    known: list[Affiliation],
) -> str | None:
    """The group of an official whose title a possessive official names: "Erdogan's
    communications director" is of Erdogan's state (his post in the text, else the
    gazetteer's)."""
    for t in phrase:
        m = index.at(t)
        if m is None or m.cls != "Official" or t.i != m.end - 1 or m.end > phrase.end:
            continue  # the last word of an official's name inside the phrase
        if t.dep_ != "poss" and not any(c.dep_ == "case" for c in t.children):
            continue
        owner = res.key_of(m)
        group = next((a.group for a in known if a.member == owner), None)
        return group or parent_of(owner, res.entities, gaz)
    return None


def _post_region(
    phrase: Span, index: MentionIndex, res: DocumentEntities, gaz: Gazetteer
) -> str | None:
    """The state of the region a local post is held in: "Kaliningrad governor Anton
    Alikhanov", "the mayor of Kharkiv, Ihor Terekhov" are of the state the place lies in;
    none for a place the text says is held for another power ("the separatist leader of
    Donetsk")."""
    if any(t.lower_ in PATRON_PARTICIPLES or t.lower_ in INSTALLED for t in phrase):
        return None
    place = next((m for t in phrase if (m := index.at(t)) is not None and m.cls == "Region"), None)
    return state_key(res.key_of(place), gaz, res.entities) if place is not None else None


def _pronoun_owner(
    doc: Doc, phrase: Span, index: MentionIndex, res: DocumentEntities, known: list[Affiliation]
) -> str | None:
    """The group of a title phrase with a possessive pronoun ("Its executive director, X,",
    "His adviser X"): the actor of the right kind named before it in its own sentence ("Britain
    said its ambassador, X,"), or of several the one the title is joined to ("blacklisted
    Gazprom Neft and its chief executive"); with none there, the last subject of the right kind
    in the sentence before. A person stands for the group the text or the registry gives them.
    None when the antecedent is unsure."""
    pronoun = next((t for t in phrase if t.tag_ == "PRP$"), None)
    if pronoun is None or pronoun.lower_ not in PRONOUN_OWNERS:
        return None
    kinds = PRONOUN_OWNERS[pronoun.lower_]
    sent = doc[phrase.start].sent
    earlier = [m for m in index.in_span(sent.start, phrase.start) if m.cls in kinds]
    if earlier:
        last, gap = earlier[-1], doc[earlier[-1].end : pronoun.i]
        # a noun between may be what "its" stands for ("shot down an Indian MiG-21 and captured
        # its pilot"); an actor in a phrase of place is not the owner ("..., which operates in
        # China, and its president")
        if doc[last.start : last.end].root.dep_ == "pobj" or any(
            t.pos_ in ("NOUN", "PROPN") and index.at(t) is None for t in gap
        ):
            return None
        several = len({res.key_of(m) for m in earlier}) > 1
        if several and not all(t.lower_ in ("and", ",") for t in gap):
            return None
        owner = res.key_of(last)
    else:
        subjects = [
            res.key_of(m)
            for m in index.in_span(previous_or_this(sent).start, sent.start)
            if m.cls in kinds and doc[m.start : m.end].root.dep_ in ("nsubj", "nsubjpass")
        ]
        if not subjects:
            return None
        owner = subjects[-1]
    if res.entities[owner].cls != "Official":
        return owner
    return next((a.group for a in known if a.member == owner), res.entities[owner].parent)


def _last_post(
    person: str, res: DocumentEntities, gaz: Gazetteer, when: dt.date | None
) -> str | None:
    """A title the text gives an official with no post at the document's date ("then Secretary
    of State Mike Pompeo" in 2023): the last post held before it (terms.tsv)."""
    ent = res.entities[person]
    if person not in gaz.terms or ent.parent is not None or when is None:
        return None
    held = [t for t in gaz.terms[person] if t.start <= when]
    if not held or held[-1].group not in gaz.entries:
        return None
    res.entities.setdefault(held[-1].group, Entity.from_entry(gaz.entries[held[-1].group]))
    return held[-1].group


def _names_more(phrase: Span, title: str) -> bool:
    """Whether a title phrase names a body beside its title ("Commission President", "Council
    President"): a proper word that is not the title's, in it or right before it (the small
    model leaves "Council" out of "Council President Antonio Costa" after a coordination)."""
    words = set(title.split())
    before = [phrase.doc[phrase.start - 1]] if phrase.start > 0 else []
    return any(
        t.pos_ == "PROPN" and t.lower_ not in words and t.lemma_.lower() not in words
        for t in [*before, *phrase]
    )


def _retitled(
    person: str, title: str, res: DocumentEntities, gaz: Gazetteer, when: dt.date | None
) -> bool:
    """An official whose post at the document's date (or, undated, the current one) is not of
    the kind the text's title names takes the latest post of that kind instead: "Foreign
    Minister Annalena Baerbock" in an undated article is Germany's foreign minister, not the
    president of the UN General Assembly she became later (terms.tsv). True when it changed."""
    target = gaz.titles[title].target
    ent = res.entities[person]
    if target not in ("state", "organization") or person not in gaz.terms or ent.parent is None:
        return False

    def kind(group: str) -> str:
        return "state" if state_key(group, gaz, res.entities) is not None else "organization"

    if kind(ent.parent) == target:
        return False
    terms = [t for t in gaz.terms[person] if kind(t.group) == target]
    before = [t for t in terms if when is None or t.start <= when]
    if not before or before[-1].group not in gaz.entries:
        return False
    term = before[-1]
    res.entities.setdefault(term.group, Entity.from_entry(gaz.entries[term.group]))
    ent.parent, ent.relation = term.group, term.relation
    held = "" if term.end is None else f", held until {term.end.isoformat()}"
    ent.dated = (
        f"{ent.label} {term.relation} {gaz.entries[term.group].label}: the post the text's title "
        f"({title!r}) names{held}"
    )
    return True


def _affiliations(
    doc: Doc,
    index: MentionIndex,
    res: DocumentEntities,
    gaz: Gazetteer,
    when: dt.date | None = None,
) -> list[Affiliation]:
    """The affiliations the text states: first what a title phrase names ("German Chancellor
    Olaf Scholz", "Budanov, head of the GUR"); then, for a person whose titles name no group
    anywhere in the text, the state its context names (``_context_group``); and of a person
    whose post the gazetteer knows, only those that agree with that post."""
    out: list[Affiliation] = []
    untitled: list[tuple[Mention, str, str]] = []  # (mention, person, title) with no group
    for m in index:
        if m.cls != "Official":
            continue
        person = res.key_of(m)
        state = _of_state(doc, m, index, res)
        if state is not None:
            out.append(Affiliation(person, "memberOf", state))
        for phrase in (_premodifiers(doc, m, gaz), *_appositives(doc, m, index, gaz)):
            if len(phrase) == 0:
                continue
            title = _title_of(phrase, gaz)
            if title is not None and _past(phrase, gaz):
                res.former.add(person)
                continue  # "former Defence Minister X", "ex-President Y": not their post now
            group = _most_specific(_group_keys(phrase, index, res), gaz, res.entities)
            if title is not None and group is None:  # "Its executive director, X,"
                group = _pronoun_owner(doc, phrase, index, res, out)
            if title is not None and group is None:  # "Erdogan's communications director"
                group = _owner_official(phrase, index, res, gaz, out)
            if title is not None and group is None and gaz.titles[title].target == "any":
                group = _post_region(phrase, index, res, gaz)  # "Kaliningrad governor X"
            if (
                title is not None
                and group is None
                and not _names_more(phrase, title)
                and _retitled(person, title, res, gaz, when)
            ):
                continue  # "Foreign Minister Annalena Baerbock", undated: her post as minister
            if title is not None and group is None and person not in gaz.entries:
                untitled.append((m, person, title))
            if title is not None and group is None:
                group = _last_post(person, res, gaz, when)
            if title is None or group is None:
                continue
            out.append(Affiliation(person, gaz.titles[title].relation, group))
    named = {a.member for a in out}
    for m, person, title in untitled:
        if person in named:
            continue  # another phrase of the text names the group
        group = _context_group(doc, m, index, res, gaz, gaz.titles[title], out)
        if group is not None:
            out.append(Affiliation(person, gaz.titles[title].relation, group))
            named.add(person)
    return [a for a in dict.fromkeys(out) if _agrees_with_post(a, res, gaz)]


def _root(key: str, gaz: Gazetteer, entities: dict[str, Entity]) -> str:
    """The state an entity belongs to, else the top of what it belongs to (NATO, the UN)."""
    chain = [key, *ancestors(key, gaz, entities)]
    for k in chain:
        ent = entities.get(k) or gaz.entries.get(k)
        if ent is not None and ent.cls == "State":
            return k
    return chain[-1]


def _agrees_with_post(a: Affiliation, res: DocumentEntities, gaz: Gazetteer) -> bool:
    """An official whose post the gazetteer knows at the document's date keeps it: a title or a
    context that puts them in a state or body where they never held a post (terms.tsv) is a
    misreading ("the presidents of Poland" read as Stoltenberg's apposition), not their
    affiliation; a post held at another time stays ("Estonia's Prime Minister Kaja Kallas")."""
    post = parent_of(a.member, res.entities, gaz)
    if post is None or a.member in res.former:
        return True
    held = [post, *(t.group for t in gaz.terms.get(a.member, ()))]  # a post held another time
    group = _root(a.group, gaz, res.entities)
    return any(_root(p, gaz, res.entities) == group for p in held)


def _host_state(doc: Doc, m: Mention, index: MentionIndex, res: DocumentEntities) -> str | None:
    """The capital or state where the text just placed the meeting ("Borrell met in Seoul with
    Defense Minister Kim Yong-hyun")."""
    start = previous_or_this(doc[m.start].sent).start
    for t in reversed(doc[start : m.start]):
        place = index.at(t)
        if (
            place is not None
            and place.cls == "State"
            and _in_place(t)
            and place.kind in ("NAME", "METONYM")
        ):
            return res.key_of(place)
    return None


def _in_place(t: Token) -> bool:
    """ "Manila" in "signed in Manila": the place of an event (``_host_state``'s pointer)."""
    return t.dep_ == "pobj" and t.head.lower_ == "in"


def _nearest_state(
    doc: Doc, m: Mention, index: MentionIndex, res: DocumentEntities, gaz: Gazetteer
) -> str | None:
    """The state of the nearest state, agency or force named before the person in their sentence
    ("Chadian officials maintain ...; Foreign Minister Abderaman Koulamallah"), the place of a
    meeting left to ``_host_state``."""
    sent = doc[m.start].sent
    for t in reversed(doc[sent.start : m.start]):
        found = index.at(t)
        if _in_place(t):
            continue  # the place of the meeting is the host pointer, not a second one
        if found is not None and found.cls in ("State", "Agency", "MilitaryUnit"):
            return state_key(res.key_of(found), gaz, res.entities)
    return None


def _voice_state(
    doc: Doc, m: Mention, index: MentionIndex, res: DocumentEntities, gaz: Gazetteer
) -> str | None:
    """The state the person speaks for in their own words: the subject or possessor in what
    they said ("Chief Cabinet Secretary X said Japan was seriously concerned")."""
    head = doc[m.start : m.end].root
    while head.dep_ in ("appos", "compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ != "nsubj":
        return None
    for clause in (c for c in head.head.children if c.dep_ in ("ccomp", "xcomp")):
        for t in clause.subtree:
            found = index.at(t) if t.dep_ in ("nsubj", "nsubjpass", "poss") else None
            if found is not None and found.cls in ("State", "Agency", "MilitaryUnit"):
                state = state_key(res.key_of(found), gaz, res.entities)
                if state is not None:
                    return state
    return None


def state_key(key: str | None, gaz: Gazetteer, entities: dict[str, Entity]) -> str | None:
    """The state an entity is or belongs to, if any."""
    if key is None:
        return None
    root = _root(key, gaz, entities)
    ent = entities.get(root) or gaz.entries.get(root)
    return root if ent is not None and ent.cls == "State" else None


def _context_group(
    doc: Doc,
    m: Mention,
    index: MentionIndex,
    res: DocumentEntities,
    gaz: Gazetteer,
    title: Title,
    known: list[Affiliation],
) -> str | None:
    """A title with no group ("Interior Minister Ali Yerlikaya", "spokesman Nasser Kanaani"):
    the state that two of the text's pointers name: the nearest state named before the person
    in their sentence, the actor the previous sentence is about ("Iran's foreign ministry said
    ... Spokesman Kanaani added"), the place the text just placed the meeting, the state the
    person speaks for in their own words, the dateline, the state the article is about
    (``_main_state``). One pointer alone is no evidence: a
    visit's place, a dateline or a state the person answers or talks about is no affiliation.
    A spokesperson takes the agency the previous sentence names when it is of the state found;
    any other title the state."""
    target = title.target
    if target == "organization":
        return None
    before = _previous_subject(doc, m, index, res, known)
    pointers = [
        _nearest_state(doc, m, index, res, gaz),
        state_key(before, gaz, res.entities),
        _host_state(doc, m, index, res),
        _voice_state(doc, m, index, res, gaz),
        _dateline_place(doc, gaz),
        _main_state(index, res, gaz),
    ]
    votes: dict[str, int] = {}
    for state in pointers:
        if state is not None:
            votes[state] = votes.get(state, 0) + 1
    found = next((s for s in pointers if s is not None and votes[s] >= 2), None)
    if found is None:
        return None
    res.entities.setdefault(found, Entity.from_entry(gaz.entries[found]))
    # "the Foreign Ministry said ... Spokesman X added": the ministry's, when it is of that state
    ministry = title.relation == "spokespersonFor" and before not in (None, found)
    if ministry and state_key(before, gaz, res.entities) == found:
        return before
    return found


# how many times more often the article names its main state than any other, and at least how
# many times (a state named once, as the place of a signing, is no story's subject)
MAIN_STATE_LEAD = 2
MAIN_STATE_MIN = 3


def _main_state(index: MentionIndex, res: DocumentEntities, gaz: Gazetteer) -> str | None:
    """The state the article is about: the one its mentions (of the state, its agencies, forces
    and places) name at least ``MAIN_STATE_MIN`` times and ``MAIN_STATE_LEAD`` times as often as
    any other; None when two states share the story."""
    counts: dict[str, int] = {}
    for m in index:
        if m.cls in ("State", "Agency", "MilitaryUnit", "Region"):
            state = state_key(res.key_of(m), gaz, res.entities)
            if state is not None:
                counts[state] = counts.get(state, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < MAIN_STATE_MIN:
        return None
    if len(ranked) > 1 and ranked[0][1] < MAIN_STATE_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def _dateline_place(doc: Doc, gaz: Gazetteer) -> str | None:
    """The state of the first place of the document's first dateline ("SEOUL, Nov 20 -",
    "QUITO.-"); None when there is none or it names no known place."""
    tokens = sorted(datelines(doc))
    if not tokens:
        return None
    run = [tokens[0]]
    for i in tokens[1:]:
        if i != run[-1] + 1:
            break
        run.append(i)
    place = doc[run[0] : run[-1] + 1].text.split("/")[0].strip()
    entry = gaz.lookup(place) or gaz.lookup(place.title())
    state = gaz.state_of(entry.key) if entry is not None else None
    return state.key if state is not None else None


def _previous_subject(
    doc: Doc, m: Mention, index: MentionIndex, res: DocumentEntities, known: list[Affiliation]
) -> str | None:
    """The actor that is the subject of the main verb of the sentence before the mention's."""
    before = previous_sentence(doc[m.start].sent)
    subject = subject_of(before.root) if before is not None else None
    if subject is None:
        return None
    for t in (subject, *(c for c in subject.children if c.dep_ == "poss")):
        found = index.at(t)
        if found is None or found.cls == "Region":
            continue
        key = res.key_of(found)
        if found.cls != "Official":
            return key
        return next((a.group for a in known if a.member == key), None)
    if subject.lemma_.lower() in ("ministry", "government") and subject.i > 0:
        # "The ministry said ...": the agency last named within the two sentences before
        start = previous_or_this(subject.sent).start
        for t in reversed(doc[start : subject.i]):
            found = index.at(t)
            if found is not None and found.cls in ("Agency", "State"):
                return res.key_of(found)
    return None
