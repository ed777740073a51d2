"""spaCy ``Doc`` -> typed actor and place mentions.

Order of trust: the gazetteer rulers (exact names, metonyms, demonyms) first, then the statistical
NER for names the gazetteer does not know, then composite mentions built from a state word and a
noun: a demonym, state or metonym before a soldier noun is a military unit of that state
("North Korean soldiers", "Kremlin troops"), before an agency noun an agency of that state
("the Ukrainian Ministry of Defense", "Seoul's spy agency", "the German government").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from graph.knowledge import Knowledge
from graph.knowledge.gazetteer import Gazetteer, Town, forces_key, normalize, slug
from graph.knowledge.lexicon import Lexicon

__all__ = [
    "NER_CLASSES",
    "PLACE_CLASSES",
    "Mention",
    "MentionIndex",
    "agency_head",
    "datelines",
    "find_mentions",
]

PLACE_CLASSES = {"State", "Region"}
# a model designation is a thing, not an actor: "F-16s", "Su-30", "Shahed-136", "T-72 tanks"
MODEL = re.compile(r"\b[A-Za-z]{1,10}-\d+[A-Za-z]{0,2}\b")
NER_CLASSES = {
    "PERSON": "Official",
    "ORG": "Organization",
    "GPE": "Region",
    "LOC": "Region",
    "FAC": "Region",
}


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names an actor or a place."""

    start: int  # token offsets in the Doc
    end: int
    text: str
    kind: str  # NAME | METONYM | DEMONYM | PERSON | ORG | PLACE | UNIT | AGENCY | BODY
    # the contract class: State, Organization, ArmedGroup, Agency, Official, MilitaryUnit, Region
    cls: str
    key: str  # gazetteer key, or a key minted from the text ("person/kyrylo-budanov")
    # for units and agencies built from a state word: the state's key; for the body of an
    # organisation (kind BODY): the organisation's key
    state: str | None = None

    @property
    def is_actor(self) -> bool:
        return self.cls != "Region"


class MentionIndex:
    """The mentions of one Doc, with look-up by token."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self._at: dict[int, Mention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self._at.setdefault(i, m)

    def at(self, token: Token) -> Mention | None:
        return self._at.get(token.i)

    def in_span(self, start: int, end: int) -> Iterator[Mention]:
        seen: set[int] = set()
        for i in range(start, end):
            m = self._at.get(i)
            if m is not None and id(m) not in seen:
                seen.add(id(m))
                yield m

    def __iter__(self) -> Iterator[Mention]:
        return iter(self.mentions)


def _from_ruler(ent: Span, gaz: Gazetteer) -> Mention | None:
    entry = gaz.entries.get(ent.ent_id_)
    if entry is None:
        return None
    kind = ent.label_.removeprefix("AL_")
    cls = "State" if kind in ("METONYM", "DEMONYM") and entry.cls == "State" else entry.cls
    if cls == "Official" and (other := _namesake(ent, entry.names, gaz)) is not None:
        return other
    return Mention(ent.start, ent.end, ent.text, kind, cls, entry.key)


# a form of address before a name is no part of it: "Mr Tarar" is Attaullah Tarar
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "mme", "m"})
# ranks and styles before a family name, which keep a known person ("Sheikh Tamim", "General
# Burhan"), as forms of address and titles do
RANKS = frozenset(
    {
        "lord",
        "lady",
        "sheikh",
        "prince",
        "princess",
        "king",
        "queen",
        "emir",
        "ayatollah",
        "imam",
        "mullah",
        "general",
        "colonel",
        "marshal",
        "admiral",
        "major",
        "captain",
        "commander",
        "comrade",
        "senator",
    }
)


def _namesake(ent: Span, names: Iterable[str], gaz: Gazetteer) -> Mention | None:
    """ "Carlos Holguín" where the gazetteer knows María Ángela Holguín by her family name: a
    given name before the family name that none of the known person's names has makes another
    person of that name (not "President Holguín", a title)."""
    if len(ent) != 1 or ent.start == 0:
        return None
    given = ent.doc[ent.start - 1]
    word = normalize(given.text)
    if given.pos_ != "PROPN" or not given.is_title or given.ent_type_ not in ("PERSON", ""):
        return None
    if word in HONORIFICS or word in RANKS or word in gaz.role_words or word in gaz.titles:
        return None
    if len(word) <= 3 or given.text.endswith("."):  # "Gen Burhan", "Col Gaddafi", "J. Blinken"
        return None
    start = ent.start - 1  # the given names: "Faure Essozimna Gnassingbé"
    while start > 0 and ent.doc[start - 1].pos_ == "PROPN" and ent.doc[start - 1].is_title:
        start -= 1
    known = {w for n in names for w in normalize(n).split()}
    if any(normalize(t.text) in known for t in ent.doc[start : ent.start]):
        return None
    span = ent.doc[ent.start - 1 : ent.end]
    return Mention(
        span.start, span.end, span.text, "PERSON", "Official", f"person/{slug(span.text)}"
    )


def _lone_agency(ent: Span, gaz: Gazetteer, lex: Lexicon) -> bool:
    """ "the Treasury blacklisted ...": an agency kind's one-word name that stands alone for the
    agency (lone_agency in cues.tsv), with no title word after it (not "Treasury Secretary X")."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return lex.is_cue(normalize(ent.text), "lone_agency") and (
        after is None or normalize(after.text) not in gaz.role_words
    )


# words no name ends with
TRAILING = frozenset({"of", "and", "the", "in", "for", "to", "at", "on", "from", "by", "with"})


# brackets and quotes the tagger ran into a name: "the Farabundo Marti National Liberation Front
# (" before "(FMLN)"; the name is the words inside them
EDGE_PUNCT = frozenset("()[]{}\"'\u201c\u201d\u2018\u2019,;:")


def _unbracketed(ent: Span) -> Span | None:
    """The span without the brackets, quotes and commas at its edges; None when nothing is left."""
    label, start, end = ent.label_, ent.start, ent.end
    while start < end and ent.doc[start].text in EDGE_PUNCT:
        start += 1
    while end > start and ent.doc[end - 1].text in EDGE_PUNCT:
        end -= 1
    if start == end:
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(ent.doc, start, end, label=label)


def _from_ner(tagged: Span, gaz: Gazetteer, lex: Lexicon) -> Mention | None:
    ent = _unbracketed(tagged)
    if ent is None:
        return None
    text = ent.text.strip()
    if ent.label_ == "NORP":
        entry = gaz.demonym(text)
        return Mention(ent.start, ent.end, text, "DEMONYM", entry.cls, entry.key) if entry else None
    if ent.label_ not in NER_CLASSES and ent.label_ not in ("PRODUCT", "WORK_OF_ART", "EVENT"):
        return None
    entry = gaz.lookup(text)
    if entry is not None:  # a known name the tagger mislabelled ("Pyongyang" as PERSON)
        return Mention(ent.start, ent.end, text, "NAME", entry.cls, entry.key)
    if ent.label_ not in NER_CLASSES or len(text) < 2 or not any(c.isupper() for c in text):
        return None
    # a weapon family or model is never an actor: "IRIS-T" (tagged "IRIS"), "Abrams", "Leopard 2"
    if gaz.is_weapon(ent.doc[ent.start : min(ent.end + 2, len(ent.doc))].text):
        return None
    if _names_a_thing(ent, lex) or MODEL.search(text):
        return None
    # a treaty, accord or memorandum the tagger took for a body: "the Indus Waters Treaty", "the
    # Treaty of Friendship" (a bloc named by its pact, "the Warsaw Pact", is in the gazetteer)
    if lex.is_cue(ent.root.lemma_.lower(), "accord"):
        return None
    # a title or agency word the tagger took for a name ("Defense" in "Defense Minister X"); but
    # an agency kind standing alone is the agency ("the Treasury blacklisted ...")
    if len(ent) == 1 and normalize(text) in gaz.role_words and not _lone_agency(ent, gaz, lex):
        return None
    # a title the tagger took for a body: "the acting Permanent Representative of Czechoslovakia"
    if " ".join(w for w in normalize(text).split() if w not in ("the", "acting")) in gaz.titles:
        return None
    # "the Department", "the Ministry": a body's head noun alone refers back to the body
    # (``graph.extract.discourse``); it names no organisation of its own
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) == 1 and agency_head(words[0], gaz, lex) and not _lone_agency(ent, gaz, lex):
        return None
    label = ent.label_  # a slice of the span below loses its label
    # strip a leading article and a trailing possessive from the key
    while ent and ent[0].lower_ in ("the", "a", "an"):
        ent = ent[1:]
    while ent and ent[-1].tag_ == "POS":
        ent = ent[:-1]
    if not ent or (len(ent) == 2 and ent[0].tag_ in ("NNS", "NNPS") and ent[1].pos_ == "ADP"):
        return None  # a plural noun cut short, no name: "the Governments of [Australia, ...]"
    # and a function word the tagger ran the name into: "[Li Baodong of] China said"
    while ent and ent[-1].lower_ in TRAILING:
        ent = ent[:-1]
    if not ent:
        return None
    if _company(ent, lex):  # "Rizhao Shihua Crude Oil Terminal Co., Ltd.", tagged a person
        return Mention(ent.start, ent.end, ent.text, "ORG", "Company", f"company/{slug(ent.text)}")
    cls = NER_CLASSES[label]
    if cls != "Official" and (_titled(ent, gaz) or _after_title(ent, gaz)):
        cls = "Official"  # "its secretary general, Agnes Callamard,", "US envoy Glyn Davies"
    if cls != "Official" and _numbered_unit(ent, gaz):  # "the 155th Mechanized Brigade"
        if ent.start > 0 and ORDINAL.fullmatch(ent.doc[ent.start - 1].text):
            ent = ent.doc[ent.start - 1 : ent.end]  # the tagger left the number out
        return Mention(
            ent.start, ent.end, ent.text, "UNIT", "MilitaryUnit", f"unit/{slug(ent.text)}"
        )
    if cls != "Region" and _settlement_named(ent, lex):  # "the village of Al Khubah"
        cls = "Region"
    if (cls == "Region" or _placed_after(ent, lex)) and (town := _town(ent, gaz)) is not None:
        return Mention(ent.start, ent.end, ent.text, "PLACE", "Region", town.key)
    prefix = {"Official": "person", "Organization": "org", "Region": "region"}[cls]
    kind = {"Official": "PERSON", "Organization": "ORG", "Region": "PLACE"}[cls]
    return Mention(ent.start, ent.end, ent.text, kind, cls, f"{prefix}/{slug(ent.text)}")


def _town(ent: Span, gaz: Gazetteer) -> Town | None:
    """The town a place name denotes ("Garissa" in Kenya), where the names of the states the text
    names (the gazetteer rulers' matches) settle a name that several towns have."""
    states = {
        state.key
        for e in ent.doc.ents
        if e.ent_id_ and (state := gaz.state_of(e.ent_id_)) is not None
    }
    return gaz.town(ent.text, states)


def _placed_after(ent: Span, lex: Lexicon) -> bool:
    """A name the tagger took for a person or a body where a place goes: after a preposition of
    place ("killed 148 students in Garissa", the lexicon's ``place_preposition``) or a settlement's
    noun ("the town of Mpeketoni")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and (
        lex.is_cue(before.lower_, "place_preposition") or _settlement_named(ent, lex)
    )


def _settlement_named(ent: Span, lex: Lexicon) -> bool:
    """A name after "of" of a settlement's noun names the settlement, whatever the tagger took
    it for ("the village of Al Khubah", tagged an organisation)."""
    of = ent.root.head
    return (
        ent.root.dep_ == "pobj"
        and of.lower_ == "of"
        and lex.is_cue(of.head.lemma_.lower(), "settlement")
    )


def _company(ent: Span, lex: Lexicon) -> bool:
    """A name with a word only firms' names have ("Co.", "Ltd", "Petrochemical", "Shipping": the
    lexicon's ``company_word``) names a company, whatever the tagger took it for; a numbered one
    is a military company ("the 3rd Assault Company")."""
    before = ent.doc[ent.start - 1].text if ent.start > 0 else ""
    if any(_ordinal(w) for w in (before, *(t.text for t in ent))):
        return False
    return any(
        lex.is_cue(t.lower_.rstrip("."), "company_word") for t in ent if t.is_title or t.is_upper
    )


def _ordinal(word: str) -> bool:
    return bool(ORDINAL.fullmatch(word)) and not word.isdigit()


def agency_head(t: Token, gaz: Gazetteer, lex: Lexicon) -> bool:
    """A head noun of an agency's name on its own: "ministry", "department", "Council"."""
    lemma = t.lemma_.lower()
    return lemma in gaz.agency_heads or lex.is_cue(lemma, "agency_head")


ORDINAL = re.compile(r"\d+(st|nd|rd|th)?", re.IGNORECASE)


def _after_title(ent: Span, gaz: Gazetteer) -> bool:
    """A two- or three-word name right after a person's title word ("US envoy Glyn Davies",
    "Foreign Minister Javad Zarif"): a person, whatever the tagger said ("ORG")."""
    if not 2 <= len(ent) <= 3 or ent.start == 0 or not all(t.is_title for t in ent):
        return False
    before = ent.doc[ent.start - 1]
    return before.pos_ == "NOUN" and normalize(before.lemma_) in gaz.titles


def _titled(ent: Span, gaz: Gazetteer) -> bool:
    """A name of two or more words set beside a person's title, in apposition ("Amnesty's
    secretary general, Agnes Callamard,"): a person, whatever the tagger said ("GPE")."""
    root = ent.root
    if len(ent) < 2 or root.dep_ != "appos" or not all(t.pos_ == "PROPN" for t in ent):
        return False
    head = root.head
    words = [c for c in head.children if c.dep_ == "compound" and c.i < head.i] + [head]
    return normalize(" ".join(w.lemma_ for w in words)) in gaz.titles


def _numbered_unit(ent: Span, gaz: Gazetteer) -> bool:
    """A name whose head is a unit noun (brigade, battalion, regiment ... units.tsv) and that
    carries a number, in it or just before it: a military unit, whatever the tagger said."""
    if gaz.unit_nouns.get(ent[-1].lemma_.lower()) != "unit":
        return False
    before = ent.doc[ent.start - 1].text if ent.start > 0 else ""
    return any(ORDINAL.fullmatch(t.text) for t in ent) or bool(ORDINAL.fullmatch(before))


def _names_a_thing(ent: Span, lex: Lexicon) -> bool:
    """A model or make before a noun of goods is no actor: "Patriot systems", "Leopard tanks",
    "Bayraktar drones", "Storm Shadow missiles"."""
    root = ent.root
    head = root.head
    return (
        root.dep_ in ("compound", "nmod", "amod")
        and head.i >= ent.end
        and lex.themes.get(head.lemma_.lower()) == "supplies"
    )


def _state_word(token: Token, index: dict[int, Mention], gaz: Gazetteer) -> Mention | None:
    """A mention of a state (name, metonym, demonym) that ends at this token."""
    m = index.get(token.i)
    if m is None or m.end != token.i + 1:
        return None
    return m if gaz.state_of(m.key) is not None and m.cls in ("State",) else None


def _composites(doc: Doc, found: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Units and agencies named by a state word and a noun, plus the 'X of <state>' forms."""
    # a name the statistical NER guessed ("Defense Ministry") may be part of a longer composite
    index = {i: m for m in found if m.kind != "ORG" for i in range(m.start, m.end)}
    out: list[Mention] = []
    for m in found:
        if m.cls == "Agency":
            out += _forces_personnel(doc, m, gaz)
        state = gaz.state_of(m.key) if m.cls == "State" else None
        if state is None:
            continue
        # skip the possessive "'s" and any adjectives between the state word and the noun,
        # trying an agency kind at each step ("Germany's armed forces", "Russia's military")
        j = m.end + (m.end < len(doc) and doc[m.end].tag_ == "POS")
        if j in index and (own := _agency_for(doc, m, index[j], j, state.key, gaz)) is not None:
            out.append(own)
            continue
        if j < len(doc) and j not in index and (end := _named_body(doc, j, gaz)) is not None:
            # "the Indian Border Security Force": a body the gazetteer does not list
            key = f"agency/{state.key.split('/')[1]}/{slug(doc[j:end].text)}"
            name = doc[j:end].text  # its label: "Border Security Force of India"
            out.append(Mention(m.start, end, name, "AGENCY", "Agency", key, state.key))
            continue
        while j < len(doc) and j not in index:
            agency = _agency_kind_at(doc, j, gaz)
            if agency is not None:
                start = _royal(doc, m.start)
                out.append(_agency(doc, start, agency[0], agency[1], state.key, gaz))
                break
            if doc[j].pos_ not in ("ADJ", "NUM"):
                noun = _unit_noun(doc, j, gaz)
                if noun is None and j == m.end and doc[j].lower_ == "force":
                    noun = j + 1  # "a combined Ugandan-Libyan force" (not "force" alone)
                if noun is not None:
                    out.append(
                        Mention(
                            _royal(doc, m.start),
                            noun,
                            doc[_royal(doc, m.start) : noun].text,
                            "UNIT",
                            "MilitaryUnit",
                            forces_key(state.key),
                            state.key,
                        )
                    )
                break
            j += 1
    return out


def _royal(doc: Doc, start: int) -> int:
    """The start of a state's body named with "Royal" before its state word ("the Royal
    Malaysian Navy", "Royal Thai Air Force"): the tagger's "The Royal" is part of it."""
    return start - 1 if start > 0 and doc[start - 1].text == "Royal" else start


def _agency_for(
    doc: Doc, state: Mention, named: Mention, j: int, state_key: str, gaz: Gazetteer
) -> Mention | None:
    """ "Pakistan's Foreign Office", "the Pakistani Foreign Office": a name the gazetteer gives
    one state's agency (the UK's "Foreign Office"), after another state's possessive or
    adjective, is that kind of agency of the state named; None when the name is no agency kind
    or the state is the agency's own ("Britain's Foreign Office" stays the FCDO)."""
    if named.cls != "Agency" or named.start != j:
        return None
    home = gaz.state_of(named.key)
    if home is None or home.key == state_key:
        return None
    kind = _agency_kind_at(doc, j, gaz)
    if kind is None or kind[0] != named.end:
        return None
    return _agency(doc, state.start, kind[0], kind[1], state_key, gaz)


# words that may join the capitalised words of a body's name ("Directorate of Military
# Intelligence Service", "Department of Defense and Security Council")
NAME_JOINERS = frozenset({"of", "and", "for", "&"})


def _named_body(doc: Doc, j: int, gaz: Gazetteer) -> int | None:
    """The end of a proper name of two or more capitalised words from token j whose last word
    names a state body ("Border Security Force", "Defence Industry Agency"); None
    when there is none or an agency kind of the gazetteer starts there ("Defence Ministry")."""
    if _agency_kind_at(doc, j, gaz) is not None:
        return None
    end, words = j, 0
    while end < len(doc):
        t = doc[end]
        if t.is_alpha and t.text[0].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ"):
            end, words = end + 1, words + 1
        elif (
            t.lower_ in NAME_JOINERS
            and words
            and end + 1 < len(doc)
            and doc[end + 1].text[:1].isupper()
        ):
            end += 1
        else:
            break
    while end > j and doc[end - 1].lower_ in NAME_JOINERS:
        end -= 1
    last = doc[end - 1] if end > j else None
    if words < 2 or last is None or last.lower_ not in gaz.body_heads:
        return None
    return end


def _agency_kind_at(doc: Doc, j: int, gaz: Gazetteer) -> tuple[int, str] | None:
    """The end and the kind of the longest agency kind starting at token j ("Ministry of
    Defense", "spy agency"), or of a ministry named by its domain ("mines ministry")."""
    kinds = gaz.kind_by_alias
    if not {doc[j].lower_, doc[j].lemma_.lower()} & gaz.kind_first_words:
        return _ministry_at(doc, j, gaz)
    for n in range(gaz.kind_longest, 0, -1):
        words = doc[j : j + n]
        if len(words) < n or any(t.is_punct for t in words):
            continue
        if _modifies_after(words[-1], j + n, gaz):
            continue
        for form in (words.text, " ".join(t.lemma_ for t in words)):
            if (kind := kinds.get(normalize(form))) is not None:
                return j + n, kind
    return _ministry_at(doc, j, gaz)


# how many words may name a ministry's domain ("the Mines and Energy Ministry")
MINISTRY_DOMAIN = 4


def _ministry_at(doc: Doc, j: int, gaz: Gazetteer) -> tuple[int, str] | None:
    """A ministry the agency kinds do not list, named by its domain before "ministry" ("India's
    mines ministry", "the Iranian Intelligence Ministry") or after "Ministry of" ("Niger's
    Ministry of Mines"): its kind is "Ministry of" and the domain ("Ministry of Mines"). Every
    government has ministries no list foresees; the domain words are common words, not names."""
    if doc[j].lemma_.lower() == "ministry" and j + 2 < len(doc) and doc[j + 1].lower_ == "of":
        end = j + 2
        while end < min(len(doc), j + 2 + MINISTRY_DOMAIN) and (
            doc[end].lower_ in JOINS
            or (doc[end].text[:1].isupper() and _domain_word(doc[end], gaz))
        ):
            end += 1
        words = doc[j + 2 : end]
        while len(words) and words[-1].lower_ in JOINS:
            words = words[:-1]
        return (
            (j + 2 + len(words), f"Ministry of {_title_case(words)}")
            if _domain(words, gaz)
            else None
        )
    for end in range(j + 1, min(j + MINISTRY_DOMAIN + 1, len(doc))):
        if doc[end].lemma_.lower() == "ministry":
            words = doc[j:end]
            return (end + 1, f"Ministry of {_title_case(words)}") if _domain(words, gaz) else None
    return None


JOINS = ("and", "the")  # words between a ministry's domain words: "Mines and Energy"


def _domain_word(t: Token, gaz: Gazetteer) -> bool:
    """A common word of a ministry's domain ("mines", "Energy"), not a name the gazetteer knows."""
    return t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ") and gaz.lookup(t.text) is None


def _domain(words: Span, gaz: Gazetteer) -> bool:
    """Up to ``MINISTRY_DOMAIN`` domain words, joined by "and", neither first nor last."""
    content = [t for t in words if t.lower_ not in JOINS]
    return (
        0 < len(content) <= MINISTRY_DOMAIN
        and all(_domain_word(t, gaz) for t in content)
        and words[0].lower_ not in JOINS
        and words[-1].lower_ not in JOINS
    )


def _title_case(words: Span) -> str:
    """ "mines and energy" -> "Mines and Energy"."""
    return " ".join(t.text if t.lower_ in JOINS else t.text.capitalize() for t in words)


def _modifies_after(last: Token, end: int, gaz: Gazetteer) -> bool:
    """ "military" in "Ukraine's largest military donor" modifies the noun after it: it names no
    agency ("Russia's military said" does); before a title it does ("Australian Federal Police
    Commissioner X", "the Defence Ministry spokesman")."""
    if last.dep_ not in ("amod", "compound") or last.head.i < end:
        return False
    return normalize(last.head.lemma_) not in gaz.titles and last.head.lower_ not in gaz.titles


def _forces_personnel(doc: Doc, m: Mention, gaz: Gazetteer) -> list[Mention]:
    """ "Russian military instructors", "US Army soldiers": personnel of a state's forces."""
    state = gaz.state_of(m.key)
    # "Russian military instructors"; "Iranian military advisers" (military advisers)
    end = (
        _unit_noun(doc, m.end, gaz) or _unit_noun(doc, m.end - 1, gaz)
        if state is not None and m.end < len(doc)
        else None
    )
    if state is None or end is None or end <= m.end:
        return []
    return [
        Mention(
            m.start,
            end,
            doc[m.start : end].text,
            "UNIT",
            "MilitaryUnit",
            forces_key(state.key),
            state.key,
        )
    ]


def _unit_noun(doc: Doc, j: int, gaz: Gazetteer) -> int | None:
    """End offset of a soldier or unit noun phrase starting at token j, if there is one; not
    one that only modifies a noun after it ("fighter jets", "troop carriers")."""
    end = None
    for n in (3, 2, 1):
        words = doc[j : j + n]
        if len(words) < n:
            continue
        lemma = " ".join(t.lemma_.lower() for t in words)
        if lemma in gaz.unit_nouns or words.text.lower() in gaz.unit_nouns:
            end = j + n
            break
    # "military personnel", "infantry soldiers": one modifier before the noun
    if (
        end is None
        and j + 1 < len(doc)
        and doc[j].pos_ in ("ADJ", "NOUN")
        and doc[j + 1].lemma_.lower() in gaz.unit_nouns
    ):
        end = j + 2
    if end is not None and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
        return None
    return end


def _agency(doc: Doc, start: int, end: int, kind: str, state_key: str, gaz: Gazetteer) -> Mention:
    state = gaz.entries[state_key]
    label = f"{kind} of {state.label}"
    known = gaz.lookup(label) or gaz.lookup(doc[start:end].text)
    if known is None or known.cls != "Agency":  # "the Turkish Ministry of National Defence"
        known = gaz.entries.get(gaz.agency_by_kind.get((state_key, kind), ""))
    if known is not None and known.cls == "Agency":
        return Mention(start, end, doc[start:end].text, "AGENCY", "Agency", known.key, state_key)
    key = f"agency/{state_key.split('/')[1]}/{slug(kind)}"
    return Mention(start, end, doc[start:end].text, "AGENCY", "Agency", key, state_key)


# agency kinds that a state's capital after "in" (or, translated, "from") names as that state's
# own ("the government in Baku"); not an embassy or forces, which sit abroad ("the embassy in
# Oslo", "the navy in Tartus")
SEATED_IN_CAPITAL = ("Government", "Parliament", "Ministry of ")


def _agency_of_state(doc: Doc, found: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """'the Ministry of Defence of Ukraine', 'the government of Iran', 'the government in
    Baku'; and a body's proper name before "of <state>" ('the Supreme Court of India', 'the
    Federal Service for Military-Technical Cooperation of the Russian Federation')."""
    kinds = gaz.kind_by_alias
    out = []
    for m in found:
        if m.cls != "State" or m.start < 2:
            continue
        body = _body_of_state(doc, m, found, gaz)
        if body is not None:
            out.append(body)
            continue
        # the word before the state's name, past a "the" ("of the Islamic Republic of Iran"),
        # unless other states follow it ("the armed forces of the United States and the United
        # Kingdom" are both states' forces)
        listed = m.end < len(doc) and doc[m.end].lower_ in ("and", "or", ",")
        at = m.start - 1 - (doc[m.start - 1].lower_ == "the" and m.start >= 3 and not listed)
        word = doc[at].lower_
        # "the Ministry of Defence from Chisinau": translated English seats a body "from" it
        seated = word in ("in", "from") and m.kind == "METONYM"
        if not ((word == "of" and m.kind == "NAME") or seated):
            continue
        for n in (4, 3, 2, 1):
            s = at - n
            if s < 0:
                continue
            words = doc[s:at]
            kind = kinds.get(normalize(words.text))
            if kind is None and (generic := _ministry_at(doc, s, gaz)) is not None:
                kind = generic[1] if generic[0] == at else None
            if kind is not None and (word == "of" or kind.startswith(SEATED_IN_CAPITAL)):
                start = s - 1 if s > 0 and doc[s - 1].lower_ == "the" else s
                out.append(_agency(doc, start, m.end, kind, m.key, gaz))
                break
    return out


def _body_of_state(doc: Doc, m: Mention, found: list[Mention], gaz: Gazetteer) -> Mention | None:
    """The tagger's name of a body whose last word names a state body (body_heads.tsv) right
    before "of" and a state's name: that state's body ("the Supreme Court of India", "the
    Central Election Commission of Moldova"). The tagger often ends such a name on the "of"."""
    body = _body_before(doc, m, found, gaz)
    if body is None:
        return None
    start, name = body
    state = gaz.entries[m.key]
    key = f"agency/{state.key.split('/')[1]}/{slug(name)}"
    return Mention(start, m.end, name, "AGENCY", "Agency", key, state.key)


def _body_of_organization(doc: Doc, found: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "the Commission of ECOWAS", "the Secretariat of the CSTO": a body of a known
    organisation, part of it; the gazetteer's own entry when it lists the body under one of the
    organisation's names ("the Commission of the AU" is the African Union Commission)."""
    out = []
    for m in found:
        entry = gaz.entries.get(m.key)
        if m.cls != "Organization" or m.start < 2 or entry is None:
            continue
        body = _body_before(doc, m, found, gaz)
        if body is None:
            continue
        start, name = body
        known = next((k for n in entry.names if (k := gaz.lookup(f"{n} {name}")) is not None), None)
        if known is not None:
            out.append(Mention(start, m.end, name, "NAME", known.cls, known.key))
            continue
        key = f"{entry.key}-{slug(name)}"
        out.append(Mention(start, m.end, name, "BODY", "Organization", key, entry.key))
    return out


def _body_before(
    doc: Doc, m: Mention, found: list[Mention], gaz: Gazetteer
) -> tuple[int, str] | None:
    """Where a body's name that ends in a body head (body_heads.tsv) starts right before "of"
    and the name ``m`` of what it belongs to, and the name itself; None when there is none."""
    of = m.start - 1 - (doc[m.start - 1].lower_ == "the")
    if m.kind != "NAME" or of < 1 or doc[of].lower_ != "of":
        return None
    after = doc[m.end + 1] if m.end + 1 < len(doc) else None
    if (
        m.end < len(doc)
        and doc[m.end].tag_ == "POS"
        and not (after is not None and after.is_title and after.pos_ == "PROPN")
    ):
        # "notified the Council of Iran's non-performance" is of what Iran did; "the Customs
        # Tariff Commission of China's State Council" is of a body of China's
        return None
    # (the tagger's name may take in the "the" of an organisation's: "Commission of the")
    last = m.start if gaz.entries[m.key].cls == "Organization" else of + 1
    org = next((o for o in found if o.kind == "ORG" and of <= o.end <= last), None)
    if org is None or org.start >= of:
        return None
    words = [t for t in doc[org.start : of] if t.lower_ != "the"]
    # the head of the name: its last word, or the one before its own "for" ("the Federal
    # Service for Military-Technical Cooperation")
    head = next((i for i, t in enumerate(words) if t.lower_ in ("for", "on")), len(words)) - 1
    if head < 0 or words[head].lower_ not in gaz.body_heads:
        return None
    return org.start, doc[words[0].i : of].text


def _no_overlap(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest mention where several overlap."""
    taken: set[int] = set()
    kept = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if any(i in taken for i in range(m.start, m.end)):
            continue
        kept.append(m)
        taken.update(range(m.start, m.end))
    return sorted(kept, key=lambda m: m.start)


def _regional_groups(doc: Doc, found: list[Mention], lex: Lexicon) -> list[Mention]:
    """A place's name at the head of an armed group's proper name names the group, not the
    place: "the Tigray Defense Forces", "the Sinjar Resistance Units (YBS)". The name runs over
    capitalised words to one the lexicon knows as the last word of such a name."""
    out = []
    for m in found:
        if m.cls != "Region":
            continue
        end, last = m.end, None
        while end < len(doc) and (doc[end].is_title or doc[end].tag_ == "POS"):
            end += 1
            if lex.is_cue(doc[end - 1].lower_, "armed_head"):
                last = end
        if last is not None:
            text = doc[m.start : last].text
            out.append(Mention(m.start, last, text, "ORG", "ArmedGroup", f"org/{slug(text)}"))
    return out


def _foreign_agency_names(doc: Doc, found: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A state's name run straight into another state's known agency is one proper name of its
    own, not the two: "the Sudan People's Liberation Army" is no part of China's army, where
    "the China Coast Guard" and "Russia's Defence Ministry" are the state's own."""
    out = []
    for m, agency in pairwise(found):
        if m.cls != "State" or m.kind != "NAME" or agency.cls != "Agency" or m.end != agency.start:
            continue
        owner = gaz.state_of(agency.key)
        if owner is None or owner.key == m.key or doc[m.end - 1].tag_ == "POS":
            continue
        text = doc[m.start : agency.end].text
        out.append(Mention(m.start, agency.end, text, "ORG", "ArmedGroup", f"org/{slug(text)}"))
    return out


def _demonym_names(doc: Doc, found: list[Mention], lex: Lexicon, gaz: Gazetteer) -> list[Mention]:
    """A demonym at the head of a proper name the gazetteer does not know, ending in a word of a
    body's name (the lexicon's ``org_head``), is part of that name, not its state: "the Egyptian
    Muslim Brotherhood", "the Chinese Communist Party", "Russian Railways"; a title, an agency
    kind or a name already found ends the name ("Egyptian President X", "the Russian Foreign
    Ministry"), and a thing's name is none ("the Ethiopian Renaissance Dam"). The body is the
    organisation named, with no state of its own: a national branch, a party or a firm acts for
    itself. "The Lebanese chapter" (a branch noun) is the branch named so before, or no actor."""
    taken = {i for m in found if m.kind != "DEMONYM" for i in range(m.start, m.end)}
    unknown = {m.start: m for m in found if m.kind == "ORG"}  # names the gazetteer does not know
    out: list[Mention] = []
    named: dict[str, Mention] = {}  # state key -> the branch last named by its demonym
    for m in sorted(found, key=lambda m: m.start):
        if m.kind != "DEMONYM" or m.cls != "State":
            continue
        end = m.end
        while end < len(doc) and end not in taken and _name_word(doc[end], gaz, lex):
            end += 1
        if end == m.end and (name := unknown.get(end)) is not None:
            end = name.end  # "the Egyptian" + "Muslim Brotherhood", a name the tagger found
        head = doc[end - 1]
        if (
            end > m.end
            and lex.is_cue(head.lower_, "org_head")
            and (end == len(doc) or not doc[end].is_title)
            and not (head.head.i >= end and head.dep_ in ("compound", "amod", "nmod"))
            and not any(_agency_kind_at(doc, j, gaz) for j in range(m.end, end))
            and not gaz.is_weapon(doc[m.end : end].text)
        ):
            text = doc[m.start : end].text
            named[m.key] = Mention(m.start, end, text, "ORG", "Organization", f"org/{slug(text)}")
            out.append(named[m.key])
        elif _branch(doc, m, lex) and (before := named.get(m.key)) is not None:
            out.append(replace(before, start=m.start, end=m.end + 1))
    return out


def _name_word(t: Token, gaz: Gazetteer, lex: Lexicon) -> bool:
    """A capitalised word of a body's proper name (no title or agency word: "President"; a word
    that only qualifies a title, "National" of "national security adviser", names bodies too:
    "the Basotho National Party")."""
    word = normalize(t.text)
    return (
        t.pos_ == "PROPN"
        and t.is_alpha
        and t.is_title
        and (word not in gaz.role_words or lex.is_cue(word, "name_qualifier"))
        and normalize(t.lemma_) not in gaz.titles
    )


def _branch(doc: Doc, m: Mention, lex: Lexicon) -> bool:
    """ "the Lebanese chapter", "its Jordanian branch": a demonym before a branch noun names a
    branch of a body, never the state."""
    return (
        m.kind == "DEMONYM" and m.end < len(doc) and lex.is_cue(doc[m.end].lemma_.lower(), "branch")
    )


def find_mentions(doc: Doc, knowledge: Knowledge) -> MentionIndex:
    """Every actor and place mention in the Doc."""
    gaz, lex = knowledge.gazetteer, knowledge.lexicon
    found: list[Mention] = []
    for ent in doc.ents:
        m = _from_ruler(ent, gaz) if ent.label_.startswith("AL_") else _from_ner(ent, gaz, lex)
        if m is not None:
            found.append(m)
    places = datelines(doc)
    homes, peoples = _peoples_within(doc, gaz, lex)
    ships = _ships(doc, gaz)
    # "HMS Diamond", "HMAS Toowoomba": the ship's prefix decides, whatever the tagger took the
    # name for (a place, an organisation)
    on_ships = {i for m in ships for i in range(m.start, m.end)}
    found = [m for m in found if on_ships.isdisjoint(range(m.start, m.end))]
    found = [
        m
        for m in _short_names(found, gaz) + ships
        if m.start not in places
        and not _ethnic(doc, m, lex)
        and not (m.kind == "DEMONYM" and m.start in peoples)
        and not (m.end - m.start == 1 and m.start in homes)
        and not _venue(doc, m, gaz, lex)
    ]
    found = _surnames(doc, _shared_names(found) + _bracketed_speakers(doc, found))
    composite = _composites(doc, found, gaz) + _agency_of_state(doc, found, gaz)
    composite += _body_of_organization(doc, found, gaz)
    composite += _numbered_units(doc, gaz) + _regional_groups(doc, found, lex)
    composite += _foreign_agency_names(doc, found, gaz)
    taken = {i for m in composite for i in range(m.start, m.end)}
    composite += [
        m for m in _demonym_names(doc, found, lex, gaz) if taken.isdisjoint(range(m.start, m.end))
    ]
    found = [m for m in found if not _branch(doc, m, lex)]
    found = _agencies_of_the_topic(doc, found, composite, gaz)
    return MentionIndex(doc, _no_overlap(_acronyms(doc, _no_overlap(found + composite), gaz)))


def _bracketed_speakers(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A speaker named as UN meeting records name them, before a state in brackets, whom the
    tagger saw no name in: "JAKOB A. MALIK (USSR) said", "LORD CARADON (United Kingdom) and ...".
    The name is the run of words in capitals right before the bracket, at most four."""
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for m in found:
        if m.cls != "State" or m.kind != "NAME" or m.start < 2 or m.end >= len(doc):
            continue
        if doc[m.start - 1].text != "(" or doc[m.end].text != ")":
            continue
        start = end = m.start - 1
        while start > 0 and end - start < 4 and start - 1 not in taken:
            word = doc[start - 1].text.rstrip(".")
            if not (word.isalpha() and word.isupper()):
                break
            start -= 1
            if doc[start].is_sent_start:
                break
        # the run starts a sentence or follows a coordination: "... and ARMAND BÉRARD (France)"
        if start < end and (doc[start].is_sent_start or doc[start - 1].lower_ in ("and", ",")):
            name = doc[start:end]
            out.append(
                Mention(start, end, name.text, "PERSON", "Official", f"person/{slug(name.text)}")
            )
    return out


def _surnames(doc: Doc, found: list[Mention]) -> list[Mention]:
    """The mentions with an official named in full, then by family name alone where the tagger
    saw no name or took it for a place or body ("Foreign Secretary Theresa Lazaro said ...
    Lazaro condemned China"; "Anthony Eden said ... notes reached Eden"): the same official.
    Not a family name two people named in full share."""
    owners: dict[str, set[str]] = {}
    for m in found:
        words = m.text.split()
        if m.cls == "Official" and len(words) > 1 and words[-1][:1].isupper():
            owners.setdefault(words[-1], set()).add(m.key)

    def owner(t: Token) -> str | None:
        keys = owners.get(t.text, set())
        # (the small model may tag a family name at a sentence's start a common noun:
        # "Bouterse condemned the Netherlands")
        named = t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.is_sent_start and t.is_title)
        return next(iter(keys)) if len(keys) == 1 and named else None

    kept = []
    for m in found:  # a place or body the tagger minted from the family name alone
        key = owner(doc[m.start]) if m.end - m.start == 1 and m.kind in ("PLACE", "ORG") else None
        kept.append(m if key is None else Mention(m.start, m.end, m.text, "NAME", "Official", key))
    taken = {i for m in kept for i in range(m.start, m.end)}
    for t in doc:
        key = owner(t)
        if key is not None and t.i not in taken:
            kept.append(Mention(t.i, t.i + 1, t.text, "NAME", "Official", key))
    return kept


# names two states share, which the gazetteer gives to the one the news names most (the DRC): a
# document that names only the other by a name of its own means the other
SHARED_NAMES = {"congo": "state/COG", "the congo": "state/COG", "congolese": "state/COG"}


def _shared_names(found: list[Mention]) -> list[Mention]:
    """ "Congolese troops" in an article that names Brazzaville and never Kinshasa or the DRC
    are the Republic of the Congo's."""
    named = {m.key for m in found if normalize(m.text) not in SHARED_NAMES}
    out = []
    for m in found:
        other = SHARED_NAMES.get(normalize(m.text))
        if other is not None and other in named and m.key not in named:
            m = replace(m, key=other, state=other if m.state else None)
        out.append(m)
    return out


# words that make a demonym name people of that origin, not the state: "ethnic Armenian
# forces" in Karabakh are not Armenia's, "local Serb leaders" in Kosovo not Serbia's
ETHNIC = frozenset({"ethnic", "local"})


def _ethnic(doc: Doc, m: Mention, lex: Lexicon) -> bool:
    """People of an origin, not their state: "ethnic Armenians", "two Ukrainian citizens", "the
    Italian lawyer" (nouns for private people are the lexicon's ``individual`` cues)."""
    if m.kind != "DEMONYM":
        return False
    before = m.start > 0 and doc[m.start - 1].lower_ in ETHNIC
    after = doc[m.end] if m.end < len(doc) else None
    return before or (
        after is not None
        # "the Chilean left": the small model may tag the noun an adjective
        and (
            after.pos_ == "NOUN" or (after.pos_ == "ADJ" and lex.is_cue(after.lower_, "insurgent"))
        )
        and (
            lex.is_cue(after.lemma_.lower(), "individual")
            # "Syrian rebels", "Turkmen rebel groups", "Iraqi militias": fighters, not the state;
            # "the Venezuelan opposition", but "Turkish opposition to the bid" is Turkey's
            or (
                lex.is_cue(after.lemma_.lower(), "insurgent")
                and not any(c.dep_ == "prep" and c.lower_ == "to" for c in after.children)
            )
        )
    )


def _peoples_within(doc: Doc, gaz: Gazetteer, lex: Lexicon) -> tuple[set[int], set[int]]:
    """A people within another state: "Syrian Turkmen rebels", "Bosnian Serb forces", "Kosovo
    Serbs" name the Turkmen of Syria and the Serbs of Bosnia, neither Turkmenistan or Serbia nor
    Syria or Bosnia; not before a bilateral noun ("the Turkish Syrian border": both states).
    The tokens of the state word and of the people's demonym, in two sets."""
    homes: set[int] = set()
    peoples: set[int] = set()
    for t in doc[1:]:
        people = gaz.demonym(t.text)
        if people is None:
            continue
        word = doc[t.i - 1].text
        home = gaz.demonym(word) or gaz.lookup(word)
        if home is None or home.key == people.key or home.cls not in ("State", "Region"):
            continue
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if after is None or not lex.is_cue(after.lemma_.lower(), "bilateral"):
            homes.add(t.i - 1)
            peoples.add(t.i)
    return homes, peoples


def _venue(doc: Doc, m: Mention, gaz: Gazetteer, lex: Lexicon) -> bool:
    """A capital that names an agreement or a meeting by its place ("the Vienna Convention",
    "the Minsk agreements", "the Vilnius summit"): the place, not its government (a seat of
    power stays one: "the Kremlin deal")."""
    entry = gaz.entries.get(m.key) if m.kind == "METONYM" else None
    if entry is None or normalize(m.text) not in {normalize(c) for c in entry.capitals}:
        return False
    last = doc[m.end - 1]
    return (
        last.dep_ in ("compound", "nmod", "amod")
        and last.head.i >= m.end
        and lex.is_cue(last.head.lemma_.lower(), "venue")
    )


def _acronyms(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """An acronym the text defines in brackets after an actor's name ("the Eritrean Defence
    Forces (EDF)") names that actor wherever the text uses it, unless the gazetteer knows it or
    the tagger's name for it is a known one."""
    defined: dict[str, Mention] = {}
    for m in [*mentions, *_spelled_out(doc, mentions, gaz)]:
        if m.cls in PLACE_CLASSES or m.cls == "Official" or m.end + 2 >= len(doc):
            continue
        word = doc[m.end + 1].text
        bracketed = doc[m.end].text == "(" and doc[m.end + 2].text == ")"
        known = gaz.lookup(word)
        # the text's own definition wins over the gazetteer's other meaning of the letters
        # ("the Multinational Security Support (MSS) mission" is no Chinese ministry)
        if (
            bracketed
            and _acronym(word)
            and (known is None or (_initials(m.text, word) and known.key != m.key))
        ):
            defined.setdefault(word, m)
    if not defined:
        return mentions
    mentions = [*mentions, *(m for m in defined.values() if m not in mentions)]
    covered = {i: m for m in mentions for i in range(m.start, m.end)}
    out = list(mentions)
    for t in doc:
        actor, here = defined.get(t.text), covered.get(t.i)
        # (a gazetteer's name that is the acronym alone gives way to the text's definition)
        taken = (
            here is not None
            and here.text != t.text
            and (here.kind != "ORG" or len(here.text) > len(t.text))
        )
        if actor is None or taken:
            continue
        if here is not None:
            out.remove(here)
        out.append(Mention(t.i, t.i + 1, t.text, actor.kind, actor.cls, actor.key, actor.state))
    return out


def _spelled_out(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Names the tagger missed that a bracketed acronym spells out: "the Multinational Security
    Support (MSS) mission", "the Transitional Presidential Council (TPC)": an organisation; but
    a weapon's full name is no body ("the Terminal High Altitude Area Defense (THAAD)")."""
    ends = {m.end for m in mentions}
    out: list[Mention] = []
    for t in doc[:-2]:
        if (
            t.text != "("
            or t.i in ends
            or doc[t.i + 2].text != ")"
            or not _acronym(doc[t.i + 1].text)
        ):
            continue
        start = t.i
        while (
            start > 0
            and t.i - start < 8
            and (doc[start - 1].is_title or (doc[start - 1].lower_ in LINKS and start < t.i))
        ):
            start -= 1
        while start < t.i and doc[start].lower_ in LINKS:
            start += 1
        span = doc[start : t.i]
        if len(span) < 2 or {w.lower_ for w in span} & NO_BODY or span[-1].lower_ in THINGS:
            continue  # "the Grand Ethiopian Renaissance Dam (GERD)", "a Foreign Terrorist ..."
        if gaz.is_weapon(span.text):  # "the Terminal High Altitude Area Defense (THAAD)"
            continue
        if _initials(span.text, doc[t.i + 1].text):
            out.append(
                Mention(start, t.i, span.text, "ORG", "Organization", f"org/{slug(span.text)}")
            )
    return out


# the last words of spelled-out names of things, not bodies: "the Grand Ethiopian Renaissance
# Dam (GERD)", "the Caspian Pipeline Consortium" is a body, "the Druzhba Pipeline" is not
THINGS = frozenset(
    {
        "dam", "pipeline", "bridge", "airport", "port", "terminal", "plant", "station", "canal",
        "corridor", "route", "agreement", "treaty", "act", "accord", "initiative", "programme",
        "program", "plan", "conference", "summit", "mechanism", "zone", "list", "capability",
        "system", "project", "strategy", "declaration", "deal", "framework", "partnership",
    }
)  # fmt: skip
# words of designations and lists, not of bodies: "Specially Designated Global Terrorist (SDGT)"
NO_BODY = frozenset({"designated", "terrorist", "terrorists", "designation"})
# small words inside a spelled-out name: "Economic Community of West African States"
LINKS = frozenset({"of", "for", "the", "and", "on", "in"})


def _initials(name: str, acronym: str) -> bool:
    """Whether an acronym's letters are the initials of a name's words, in order, a word giving
    more than its first letter when it must ("MSS": Multinational Security Support; "ECOWAS":
    Economic Community of West African States; "MINUSMA" is not "Mali Mission")."""
    words = [w.upper() for w in re.split(r"[\s-]+", name) if w and w.lower() not in LINKS]
    words = [w for w in words if w[0].isalpha()]
    letters = [c for c in acronym.upper() if c.isalpha()]

    def spells(word: int, letter: int) -> bool:
        if word == len(words):
            return letter == len(letters)
        if letter >= len(letters) or words[word][0] != letters[letter]:
            return False
        nxt = letter + 1
        if spells(word + 1, nxt):
            return True
        for c in words[word][1:]:
            if nxt < len(letters) and c == letters[nxt]:
                nxt += 1
                if spells(word + 1, nxt):
                    return True
        return False

    return bool(words) and spells(0, 0)


def _acronym(word: str) -> bool:
    """ "EDF", "FADM", "M23": two to eight letters or digits, the letters all capitals."""
    return 2 <= len(word) <= 8 and word.isalnum() and word.upper() == word and word[0].isalpha()


def _numbered_units(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """ "the 47th Mechanized Brigade", "the 98th Division": an ordinal, capitalised words and a
    unit noun (units.tsv) name a military unit, whether or not the tagger saw a name there; its
    state is the one the text is about (``graph.extract.entities``)."""
    out: list[Mention] = []
    for t in doc:
        if not ORDINAL.fullmatch(t.text) or t.text.isdigit():
            continue  # "47th", not a bare number
        j = t.i + 1
        while j < len(doc) and j - t.i <= 4 and (doc[j].is_title or doc[j].is_upper):
            if gaz.unit_nouns.get(doc[j].lemma_.lower()) == "unit":
                span = doc[t.i : j + 1]
                key = f"unit/{slug(span.text)}"
                out.append(Mention(t.i, j + 1, span.text, "UNIT", "MilitaryUnit", key))
                break
            j += 1
    return out


def _agencies_of_the_topic(
    doc: Doc, found: list[Mention], composite: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """ "The Foreign Ministry said ..." with no state word of its own: a name the tagger found
    that is only an agency kind (agency_kinds.tsv) is that agency of the state an acronym in
    brackets after it names ("Foreign Intelligence Service (SVR)"), else of the last state named
    before it on its line ("India launched ... According to Ministry of Defence"; a state's own
    agency counts, an adjective on anything else does not: "the Iraqi government condemned the
    American strikes, while the Ministry of Foreign Affairs" is Iraq's; a known agency counts:
    "Philippine armed forces ... those of the Coast Guard"), else of the state the
    text names most often (ties: the first named); left as it is when there is none. An
    official the gazetteer knows named right after it says whose it is first ("Foreign Ministry
    spokeswoman Maria Zakharova")."""
    states = sorted(
        [
            (m, state.key)
            for m in found
            if m.cls in ("State", "Agency") and (state := gaz.state_of(m.key))
        ]
        + [(m, m.state) for m in composite if m.cls == "Agency" and m.state],
        key=lambda pair: pair[0].start,
    )
    if not states:
        return found
    counts: dict[str, int] = {}
    for _, key in states:
        counts[key] = counts.get(key, 0) + 1
    topic = max(counts, key=lambda k: counts[k])
    starts = {m.start: m for m in found}
    ends = {m.end: m for m in found}
    out = []
    for m in found:
        words = doc[m.start : m.end]
        if words and words[0].lower_ == "the":
            words = words[1:]
        kind = gaz.kind_by_alias.get(normalize(words.text)) if m.kind == "ORG" else None
        if not kind:
            out.append(m)
            continue
        after = starts.get(m.end + 1) if m.end < len(doc) and doc[m.end].text == "(" else None
        if after is not None and after.cls == "Agency" and gaz.state_of(after.key) is not None:
            out.append(after)  # the bracketed name says whose it is
            continue
        official = _known_official_after(m, starts, ends, gaz)
        if official is not None:  # "Foreign Ministry spokeswoman Maria Zakharova": hers
            out.append(_agency(doc, m.start, m.end, kind, official, gaz))
            continue
        line = doc[: m.start].text.rfind("\n")
        before = [
            key
            for s, key in states
            if s.end <= m.start and doc[s.start].idx > line and s.kind != "DEMONYM"
        ]
        if len(words) == 1 and normalize(words.text) in gaz.role_words:
            # "the Treasury" alone is the one of a state of the text the gazetteer knows one of
            # (the US Treasury in a story on Sudan sanctions): the last named before it on its
            # line, else the first in the text; none when no such state is named
            own = [key for _, key in states if (key, kind) in gaz.agency_by_kind]
            near = [key for key in before if key in own]
            if own:
                out.append(_agency(doc, m.start, m.end, kind, near[-1] if near else own[0], gaz))
            continue
        out.append(_agency(doc, m.start, m.end, kind, before[-1] if before else topic, gaz))
    return out


def _known_official_after(
    m: Mention, starts: dict[int, Mention], ends: dict[int, Mention], gaz: Gazetteer
) -> str | None:
    """The state of an official the gazetteer knows named within a title's length after an
    agency kind ("Foreign Ministry spokeswoman Maria Zakharova") or just before it ("Maly
    Socheata, spokeswoman of the Ministry of National Defense")."""
    near = [starts.get(i) for i in range(m.end, m.end + 4)]
    near += [ends.get(i) for i in range(m.start, m.start - 5, -1)]
    person = next((p for p in near if p is not None and p.cls == "Official"), None)
    state = gaz.state_of(person.key) if person is not None else None
    return state.key if state is not None else None


# what follows a dateline's place: a comma, a bracket, a hyphen, an en or em dash, a colon
DATELINE_ENDS = frozenset({",", "(", "-", "\u2013", "\u2014", ":"})


def datelines(doc: Doc) -> set[int]:
    """The tokens of datelines: "DAMASCUS/BEIRUT, Dec 12 (Reuters) -", "Kyiv, 12 March -". A
    dispatch's place, at the start of a line, in capitals (or followed by a date), and then a
    comma, bracket or dash; no actor of the story."""
    out: set[int] = set()
    for t in doc:
        at_line_start = t.i == 0 or "\n" in doc[t.i - 1].whitespace_ + doc[t.i - 1].text
        if not at_line_start or not t.is_alpha:
            continue
        end = t.i
        while end < len(doc) and end - t.i < 8 and (doc[end].is_alpha or doc[end].text == "/"):
            end += 1
        if end >= len(doc) or end == t.i or doc[end].text not in DATELINE_ENDS:
            continue
        place = doc[t.i : end].text
        if place.isupper() or (doc[end].text in (",", "(") and _date_follows(doc, end)):
            out |= set(range(t.i, end))
    return out


def _date_follows(doc: Doc, i: int) -> bool:
    """Whether a month name or a weekday stands in the few tokens after ``i``."""
    return any(t.ent_type_ == "DATE" for t in doc[i : i + 5])


def _ships(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """ "the USS Carney": a ship, an asset of the navy its prefix names (not a person Carney)."""
    out: list[Mention] = []
    ships = gaz.ship_prefixes  # "the USS Carney", "HMS Diamond": the navy a ship serves in
    text = doc.text  # spaCy joins every token's text each time it is asked
    if not any(prefix in text for prefix in ships):
        return out
    for t in doc:
        navy = gaz.lookup(ships[t.text]) if t.text in ships else None
        if navy is None:
            continue
        end = t.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        out.append(Mention(t.i, end, doc[t.i : end].text, "AGENCY", "Agency", navy.key))
    return out


def _short_names(found: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A short name the gazetteer leaves out as ambiguous ("Congo") stands for the one state the
    document names in full that contains it ("the Democratic Republic of the Congo")."""
    states = {m.key for m in found if m.cls == "State" and m.kind == "NAME"}
    out = []
    for m in found:
        if m.kind in ("PLACE", "ORG") and m.key not in gaz.entries:
            words = f" {normalize(m.text)} "
            fits = [
                k for k in states if any(words in f" {normalize(n)} " for n in gaz.entries[k].names)
            ]
            if len(fits) == 1:
                m = Mention(m.start, m.end, m.text, "NAME", "State", fits[0])
        out.append(m)
    return out
