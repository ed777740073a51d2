"""The gazetteer: states, organisations, agencies, leaders, regions, titles and unit nouns.

The facts live in the tab-separated files in ``graph/data/gazetteer`` (see SOURCES.md); this
module only reads them into ``Entry`` records and answers look-ups by any surface form. Keys are
stable and become the entities' IRIs: ``state/RUS``, ``org/nato``, ``agency/ukr-gur``,
``person/vladimir-putin``, ``region/kursk-oblast``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from graph.tsv import Row, read_tsv, split_list

__all__ = [
    "AgencyKind",
    "Entry",
    "Gazetteer",
    "Term",
    "Title",
    "forces_key",
    "lineage",
    "load_gazetteer",
    "normalize",
    "slug",
]


_POSSESSIVE = re.compile(r"'s?$")
_DASHES = re.compile(r"[-\u2010-\u2015_/]")
_THE = re.compile(r"^the\s+")
_SPACES = re.compile(r"\s+")


# letters with no decomposition into a base letter and an accent: "Radosław" is "Radoslaw",
# "Støre" is "Store", "Kal\u0131n" (dotless i) is "Kalin", "Đurić" is "Duric"
_UNDECOMPOSED = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "\u0131": "i",  # dotless i
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "Th",
    }
)


# British and American spellings of the words of bodies' names: a name is known in both
# ("Organisation of American States", "Ministry of Defense")
SPELLINGS = (
    ("organisation", "organization"),
    ("defence", "defense"),
    ("centre", "center"),
    ("armoured", "armored"),
)
_BRITISH = re.compile(r"\b(" + "|".join(b for b, _ in SPELLINGS) + r")", re.IGNORECASE)
_AMERICAN = re.compile(r"\b(" + "|".join(a for _, a in SPELLINGS) + r")", re.IGNORECASE)
_TO_AMERICAN = dict(SPELLINGS)
_TO_BRITISH = {a: b for b, a in SPELLINGS}


def _respelled(word: str, table: dict[str, str]) -> str:
    """The other spelling of a matched word, in its case ("Defence" -> "Defense")."""
    other = table[word.lower()]
    return other.capitalize() if word[0].isupper() else other


def spellings(name: str) -> tuple[str, ...]:
    """A name and its other spelling, if it has one ("Organisation of American States" and
    "Organization of American States")."""
    other = _BRITISH.sub(lambda m: _respelled(m[0], _TO_AMERICAN), name)
    if other == name:
        other = _AMERICAN.sub(lambda m: _respelled(m[0], _TO_BRITISH), name)
    return (name,) if other == name else (name, other)


@functools.lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """Fold a surface form for look-up: accents, case, quotes, dashes, a leading 'the', 's.
    (Cached: the extraction folds the same few thousand words over and over.)"""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).translate(_UNDECOMPOSED)
    s = s.replace("\u2019", "'").replace("\u2018", "'").casefold().strip()
    s = _POSSESSIVE.sub("", s)
    s = s.replace(".", "")
    s = _DASHES.sub(" ", s)
    s = _THE.sub("", s)
    return _SPACES.sub(" ", s).strip()


def fold_plain(name: str) -> str:
    """``normalize`` for a name of plain letters, spaces, hyphens, stops and apostrophes, as the
    towns' names are (``make_towns`` keeps no other): the same folding with string methods,
    without the Unicode decomposition, which cost most of the time of 100,000 names."""
    s = name.replace("\u2019", "'").casefold().replace(".", "").replace("-", " ")
    return " ".join(s.split())


def slug(name: str) -> str:
    """A readable IRI segment: 'Kyrylo Budanov' -> 'kyrylo-budanov'."""
    return _slugged(normalize(name))


def _slugged(folded: str) -> str:
    """The IRI segment of a name already folded."""
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "x"


def lineage(key: str | None, parent: Callable[[str], str | None]) -> Iterator[str]:
    """``key``, then what it belongs to, and so on up (``parent`` says what each belongs to);
    the one walk up an entity's parents, which stops at the top or where it would go round."""
    seen: set[str] = set()
    while key and key not in seen:
        seen.add(key)
        yield key
        key = parent(key)


def forces_key(state_key: str) -> str:
    """The key of a state's forces as a whole: ``state/PRK`` -> ``unit/PRK/forces``."""
    return f"unit/{state_key.split('/')[1]}/forces"


@dataclass(frozen=True)
class Entry:
    """One known actor or place."""

    key: str
    label: str
    cls: str  # State | Organization | ArmedGroup | Agency | Official | Region
    wikidata: str | None = None
    names: tuple[str, ...] = ()  # the label and every other name that denotes it exactly
    demonyms: tuple[str, ...] = ()  # adjectives and nouns of people: "Ukrainian", "Ukrainians"
    metonyms: tuple[
        str, ...
    ] = ()  # capitals and seats standing for the state: "Kyiv", "the Kremlin"
    capitals: tuple[str, ...] = ()  # the cities among them: "Kyiv", not "the Kremlin"
    parent: str | None = None  # key of the state, organisation or agency it belongs to
    relation: str | None = None  # how it belongs: partOf | heads | memberOf | locatedIn | homeState
    iso2: str | None = None
    operates_in: tuple[str, ...] = ()  # armed groups: keys of the states they operate in


@dataclass(frozen=True)
class Term:
    """One term of office: ``person`` held ``relation`` to ``group`` from ``start`` (inclusive)
    to ``end`` (exclusive; None while in office)."""

    person: str
    group: str
    relation: str
    start: dt.date
    end: dt.date | None

    def holds(self, when: dt.date) -> bool:
        return self.start <= when and (self.end is None or when < self.end)


@dataclass(frozen=True)
class AgencyKind:
    """A kind of state body ("Ministry of Defence") and the words that name it."""

    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Title:
    """A title or role noun and the affiliation it gives ("president" heads a state)."""

    title: str
    relation: str  # heads | memberOf | spokespersonFor
    target: str  # state | organization | agency | any


@dataclass(frozen=True)
class Town:
    """A town of ``towns.tsv``: its entry's key, its state's key and its population."""

    key: str
    label: str
    names: tuple[str, ...]
    state: str
    population: int

    def entry(self) -> Entry:
        return Entry(self.key, self.label, "Region", None, self.names, parent=self.state)


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)
    agency_kinds: list[AgencyKind] = field(default_factory=list)
    titles: dict[str, Title] = field(default_factory=dict)
    unit_nouns: dict[str, str] = field(default_factory=dict)  # lemma -> unit | personnel
    role_words: set[str] = field(default_factory=set)  # words of titles and agency kinds
    # a ship's name prefix -> the navy it serves in: "USS" -> United States Navy
    ship_prefixes: dict[str, str] = field(default_factory=dict)
    # derived from the agency kinds when the gazetteer is read:
    kind_by_alias: dict[str, str] = field(default_factory=dict)  # "defense ministry" -> kind
    kind_first_words: set[str] = field(default_factory=set)  # the words a kind can start with
    kind_longest: int = 1  # the most words a kind's name has
    agency_heads: set[str] = field(default_factory=set)  # "ministry", "army", "service" ...
    force_kinds: set[str] = field(default_factory=set)  # key ends of armed forces: navy, forces
    # officials whose posts changed: their terms, oldest first (terms.tsv)
    terms: dict[str, list[Term]] = field(default_factory=dict)
    # the family name of each leader who heads a state -> their keys: "eisenhower"
    heads_by_family_name: dict[str, set[str]] = field(default_factory=dict)
    # words before a title that say the post is no longer held ("former", "ex-"): past
    past_words: set[str] = field(default_factory=set)
    body_heads: frozenset[str] = frozenset()  # last words of a state body's proper name
    # (state key, agency kind) -> the one gazetteer agency of that state and kind, where its
    # names say so ("Turkish Defense Ministry": the Ministry of Defence of Turkey is tur-mod)
    agency_by_kind: dict[tuple[str, str], str] = field(default_factory=dict)
    # the words of states' names ("kingdom", "republic"): "the kingdom" is a state so styled
    state_words: set[str] = field(default_factory=set)
    # a state's metonyms that stood for another state before a date: "Moscow" -> successor
    # state/RUS: [(1991-12-26, "state/SUN", {"moscow", "kremlin", "the kremlin"})]
    eras: dict[str, list[tuple[dt.date, str, frozenset[str]]]] = field(default_factory=dict)
    weapons: set[str] = field(default_factory=set)  # folded names of weapon families and models
    weapon_longest: int = 1  # the most words a weapon's name has
    # folded name -> the towns of that name (towns.tsv), most populous first: placed in their
    # state only when the text names a place there, never matched as they stand
    towns: dict[str, list[Town]] = field(default_factory=dict)
    _by_name: dict[str, str] = field(default_factory=dict)
    _by_demonym: dict[str, str] = field(default_factory=dict)

    def add(self, entry: Entry) -> None:
        self.entries[entry.key] = entry
        for n in (*(f for name in entry.names for f in spellings(name)), *entry.metonyms):
            self._by_name.setdefault(normalize(n), entry.key)
        for d in entry.demonyms:
            self._by_demonym.setdefault(normalize(d), entry.key)

    def lookup(self, name: str) -> Entry | None:
        """The entry a name or metonym denotes, if any ("the Kremlin" -> Russia)."""
        key = self._by_name.get(normalize(name))
        return self.entries[key] if key else None

    def town(self, name: str, states: Collection[str] = ()) -> Town | None:
        """The town a place name denotes: of the towns of that name, the one in a state of
        ``states`` (those the text names) if just one is, or else the most populous where it has
        three times the people of any other; none where the name is ambiguous."""
        towns = self.towns.get(normalize(name), [])
        named = [t for t in towns if t.state in states]
        others = [t for t in towns[1:] if t.state != towns[0].state]
        if len({t.state for t in named}) == 1:
            town = named[0]
        elif towns and all(3 * t.population <= towns[0].population for t in others):
            town = towns[0]
        else:
            return None
        # (its entry is made the first time a text names it: 33,000 are too many to make ahead)
        self.entries.setdefault(town.key, town.entry())
        return town

    def demonym(self, word: str) -> Entry | None:
        """The state (or organisation) a demonym denotes ("North Korean" -> North Korea)."""
        key = self._by_demonym.get(normalize(word))
        return self.entries[key] if key else None

    def parent(self, key: str) -> str | None:
        """The key of what an entry belongs to (its state, organisation or agency), if any."""
        entry = self.entries.get(key)
        return entry.parent if entry else None

    def state_of(self, key: str | None) -> Entry | None:
        """Follow parents up to the first state (an agency's, a region's, a leader's)."""
        for k in lineage(key, self.parent):
            entry = self.entries.get(k)
            if entry is None:
                return None
            if entry.cls == "State":
                return entry
        return None

    def post_at(self, person: str, when: dt.date | None) -> Term | None:
        """The post ``person`` held on ``when``; with no date, the post still held (the current
        holder), else the last one held: an article that names "President Ebrahim Raisi" with
        no date was most likely written while he was ("former", "ex-" in the text say
        otherwise, see ``graph.extract.entities``). None when terms.tsv does not list the
        person, or lists no post at that date."""
        terms = self.terms.get(person, [])
        if when is None:
            current = next((t for t in reversed(terms) if t.end is None), None)
            return current or max(terms, key=lambda t: t.end or dt.date.max, default=None)
        return next((t for t in reversed(terms) if t.holds(when)), None)

    def leader_named(
        self, family_name: str, when: dt.date | None, named: Mapping[str, int] | None = None
    ) -> str | None:
        """The one leader (leaders.tsv, heading a state) whose family name this is and who held
        a post on ``when`` (undated: any of them): "President Eisenhower" is Dwight D.
        Eisenhower. Where several of different states fit, the one whose state the document
        names most often (``named``: state key -> how often): "President Johnson" in an article
        on the United States and Vietnam is Lyndon B. Johnson, not Boris Johnson. None when none
        or several still fit ("President Bush" undated; two states named as often)."""
        fits = [
            key
            for key in sorted(self.heads_by_family_name.get(normalize(family_name), ()))
            if when is None or key not in self.terms or self.post_at(key, when) is not None
        ]
        if len(fits) > 1 and named:
            states = {key: state.key if (state := self.state_of(key)) else "" for key in fits}
            if len(set(states.values())) == len(fits):  # "Bush" and "Bush": one state, no help
                most = max(named.get(states[key], 0) for key in fits)
                fits = [key for key in fits if most and named.get(states[key], 0) == most]
        return fits[0] if len(fits) == 1 else None

    def in_era(self, key: str, name: str, when: dt.date | None, named: Collection[str] = ()) -> str:
        """The state a metonym stood for at the document's date ``when``: "Moscow" in 1973 is
        the Soviet Union, "Belgrade" in 1999 Yugoslavia. Undated, the states the document
        ``named`` by name or demonym tell its era: "Moscow" in an article that speaks of the
        Soviet Union and never of Russia is the Soviet Union; otherwise the state of today."""
        for until, former, names in self.eras.get(key, []):
            if normalize(name) not in names:
                continue
            if when is not None and when < until:
                return former
            if when is None and former in named and key not in named:
                return former
        return key

    def is_weapon(self, words: str) -> bool:
        """Whether ``words`` begin with the name of a weapon family or model ("IRIS-T
        systems", "Leopard 2 tanks", "Shahed drones")."""
        # (a comma or stop after the name is not part of it: "IRIS-T, Patriot and ...")
        folded = [w.strip(",.;:") for w in normalize(words).split()]
        return any(" ".join(folded[:n]) in self.weapons for n in range(1, self.weapon_longest + 1))

    def surface_forms(self) -> Iterator[tuple[str, str, str]]:
        """(surface form, kind, key) for every name, metonym and demonym: the ruler's patterns;
        not the towns', which name places only where the tagger saw one (``town``)."""
        for e in self.entries.values():
            for n in e.names:
                for form in spellings(n):
                    yield form, "NAME", e.key
            for n in e.metonyms:
                yield n, "METONYM", e.key
            for n in e.demonyms:
                yield n, "DEMONYM", e.key


WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")
ISO3 = re.compile(r"[A-Z]{3}")


def _rows(folder: Path, name: str, required: tuple[str, ...]) -> list[Row]:
    def check(row: Row) -> None:
        qid = row.get("wikidata")
        if qid and not WIKIDATA_ID.fullmatch(qid):
            raise row.error(f"wikidata is {qid!r}, not a Wikidata ID like Q159")

    return read_tsv(folder / name, required=required, check=check)


def _names(label: str, aliases: str) -> tuple[str, ...]:
    return (label, *(a for a in split_list(aliases) if a != label))


def _state_entry(r: Row, metonyms: tuple[str, ...]) -> Entry:
    """A state's entry from a row of states.tsv or former_states.tsv (checked: its ISO code)."""
    if not ISO3.fullmatch(r["iso3"]):
        raise r.error(f"iso3 is {r['iso3']!r}, not three capital letters")
    return Entry(
        key=f"state/{r['iso3']}",
        label=r["name"],
        cls="State",
        wikidata=r["wikidata"] or None,
        names=_names(r["name"], r["aliases"]),
        demonyms=split_list(r["demonyms"]),
        metonyms=split_list(r["capitals"]) + metonyms,
        capitals=split_list(r["capitals"]),
        iso2=r["iso2"] or None,
    )


def _states(gaz: Gazetteer, folder: Path) -> None:
    for r in _rows(folder, "states.tsv", ("iso3", "name", "iso2")):
        gaz.add(_state_entry(r, split_list(r["metonyms"])))


def _former_states(gaz: Gazetteer, folder: Path) -> None:
    """States that no longer exist (ISO 3166-3 codes), and the metonyms of their successors
    that stood for them until they ended."""
    required = ("iso3", "name", "iso2", "successor", "until")
    for r in _rows(folder, "former_states.tsv", required):
        successor = f"state/{r['successor']}"
        if successor not in gaz.entries:
            raise r.error(f"successor {r['successor']!r} is not in states.tsv")
        until = _date(r, "until")
        assert until is not None  # a required column
        entry = _state_entry(r, ())
        gaz.add(entry)
        era = frozenset(normalize(n) for n in split_list(r["era_metonyms"]))
        gaz.eras.setdefault(successor, []).append((until, entry.key, era))


def _organizations(gaz: Gazetteer, folder: Path) -> None:
    for r in _rows(folder, "organizations.tsv", ("key", "name", "type")):
        r.one_of("type", ("Organization", "ArmedGroup"))
        parent = f"org/{r['part_of']}" if r["part_of"] else None
        gaz.add(
            Entry(
                key=f"org/{r['key']}",
                label=r["name"],
                cls=r["type"] or "Organization",
                wikidata=r["wikidata"] or None,
                names=_names(r["name"], r["aliases"]),
                demonyms=split_list(r.get("demonyms", "")),
                parent=parent,
                relation="partOf" if parent else None,
                operates_in=tuple(f"state/{c}" for c in split_list(r.get("operates_in"))),
            )
        )


def _companies(gaz: Gazetteer, folder: Path) -> None:
    kinds = ("defence", "aerospace", "airline", "shipping", "energy", "electronics", "technology")
    for r in _rows(folder, "companies.tsv", ("key", "name", "state", "kind")):
        r.one_of("kind", kinds)
        gaz.add(
            Entry(
                key=f"company/{r['key']}",
                label=r["name"],
                cls="Company",
                wikidata=r["wikidata"] or None,
                names=_names(r["name"], r["aliases"]),
                parent=f"state/{r['state']}",
                relation="homeState",
            )
        )


def _date(row: Row, column: str) -> dt.date | None:
    if not row.get(column):
        return None
    try:
        return dt.date.fromisoformat(row[column])
    except ValueError:
        raise row.error(f"{column} is {row[column]!r}, not a date like 2024-10-01") from None


def _terms(gaz: Gazetteer, folder: Path) -> None:
    for r in _rows(folder, "terms.tsv", ("person", "affiliation", "relation", "start")):
        r.one_of("relation", ("heads", "memberOf", "spokespersonFor"))
        person = f"person/{slug(r['person'])}"
        if person not in gaz.entries:
            raise r.error(f"person {r['person']!r} is not in leaders.tsv")
        aff = r["affiliation"]
        group = f"state/{aff}" if ISO3.fullmatch(aff) else aff
        start, end = _date(r, "start"), _date(r, "end")
        assert start is not None  # a required column
        if end is not None and end <= start:
            raise r.error(f"the term ends ({end}) before it starts ({start})")
        gaz.terms.setdefault(person, []).append(Term(person, group, r["relation"], start, end))
    for terms in gaz.terms.values():
        terms.sort(key=lambda t: t.start)


def _weapons(gaz: Gazetteer, folder: Path) -> None:
    for r in _rows(folder, "weapons.tsv", ("name", "kind")):
        gaz.weapons |= {normalize(n) for n in _names(r["name"], r["aliases"])}
    gaz.weapon_longest = max((len(w.split()) for w in gaz.weapons), default=1)


def _agencies(gaz: Gazetteer, folder: Path) -> None:
    for r in _rows(folder, "agencies.tsv", ("key", "name", "state")):
        parent = f"agency/{r['part_of']}" if r["part_of"] else f"state/{r['state']}"
        gaz.add(
            Entry(
                key=f"agency/{r['key']}",
                label=r["name"],
                cls="Agency",
                wikidata=r["wikidata"] or None,
                names=_names(r["name"], r["aliases"]),
                parent=parent,
                relation="partOf",
            )
        )


def _leaders(gaz: Gazetteer, folder: Path) -> None:
    for r in _rows(folder, "leaders.tsv", ("name", "affiliation", "relation")):
        r.one_of("relation", ("heads", "memberOf", "spokespersonFor"))
        aff = r["affiliation"]
        parent = f"state/{aff}" if ISO3.fullmatch(aff) else aff
        gaz.add(
            Entry(
                key=f"person/{slug(r['name'])}",
                label=r["name"],
                cls="Official",
                wikidata=r["wikidata"] or None,
                names=_names(r["name"], r["aliases"]),
                parent=parent,
                relation=r["relation"] or "memberOf",
            )
        )
        if r["relation"] == "heads" and parent.startswith("state/"):
            family = normalize(r["name"]).split()[-1]
            gaz.heads_by_family_name.setdefault(family, set()).add(f"person/{slug(r['name'])}")


def _regions(gaz: Gazetteer, folder: Path) -> None:
    for r in _rows(folder, "regions.tsv", ("name", "state")):
        gaz.add(
            Entry(
                key=f"region/{slug(r['name'])}",
                label=r["name"],
                cls="Region",
                wikidata=r["wikidata"] or None,
                names=_names(r["name"], r["aliases"]),
                parent=f"state/{r['state']}" if r["state"] else None,
                relation="locatedIn",
            )
        )


def _towns(gaz: Gazetteer, folder: Path) -> None:
    """GeoNames' towns of 15,000 people or more; a name the gazetteer already knows (a capital,
    a listed region) keeps its entry."""

    def check(row: Row) -> None:
        if f"state/{row['state']}" not in gaz.entries:
            raise row.error(f"state is {row['state']!r}, not the ISO3 code of a listed state")
        if not row["population"].isdigit():
            raise row.error(f"population is {row['population']!r}, not a whole number")

    for r in read_tsv(folder / "towns.tsv", required=("name", "state", "population"), check=check):
        names = _names(r["name"], r["aliases"])
        key = f"region/{_slugged(fold_plain(r['name']))}-{r['state'].lower()}"  # slug's segment
        town = Town(key, r["name"], names, f"state/{r['state']}", int(r["population"]))
        for n in {fold_plain(n) for n in names}:
            if n not in gaz._by_name:
                gaz.towns.setdefault(n, []).append(town)
    for towns in gaz.towns.values():
        towns.sort(key=lambda t: -t.population)


def _agency_kinds(gaz: Gazetteer, folder: Path) -> None:
    rows = _rows(folder, "agency_kinds.tsv", ("name",))
    gaz.agency_kinds = [AgencyKind(r["name"], _names(r["name"], r["aliases"])) for r in rows]
    armed = [r["name"] for r in rows if r.one_of("forces", ("", "yes", "no")) == "yes"]
    # and a state's forces as a whole (``forces_key``: unit/PRK/forces)
    gaz.force_kinds = {slug(name) for name in armed} | {forces_key("state/X").rsplit("/", 1)[1]}
    gaz.kind_by_alias = {normalize(a): k.name for k in gaz.agency_kinds for a in k.aliases}
    gaz.kind_first_words = {k.split()[0].removesuffix("'s") for k in gaz.kind_by_alias if k}
    gaz.kind_longest = max((len(k.split()) for k in gaz.kind_by_alias), default=1)
    gaz.agency_heads = {
        normalize(a).split()[-1]
        for k in gaz.agency_kinds
        for a in k.aliases
        if " of " not in normalize(a)
    }


def _agencies_by_kind(gaz: Gazetteer) -> None:
    """Which gazetteer agency is a state's body of each kind: a name of the agency that is a
    form of its state and an agency kind ("Turkish Defense Ministry", "Ministry of Foreign
    Affairs of Russia"); a kind two agencies of one state both claim is left out."""
    found: dict[tuple[str, str], set[str]] = {}
    for e in gaz.entries.values():
        state = gaz.state_of(e.key) if e.cls == "Agency" else None
        if state is None:
            continue
        forms = {normalize(f) for f in (*state.names, *state.demonyms, *state.metonyms)}
        for name in e.names:
            n = normalize(name)
            for f in forms:
                rests = [n.removeprefix(p) for p in (f + " ", f + "'s ") if n.startswith(p)]
                rests += [n.removesuffix(" of " + f)] if n.endswith(" of " + f) else []
                for rest in rests:
                    kind = gaz.kind_by_alias.get(rest)
                    if kind is not None:
                        found.setdefault((state.key, kind), set()).add(e.key)
    gaz.agency_by_kind = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def load_gazetteer(folder: Path) -> Gazetteer:
    """Read every gazetteer file in ``folder`` (``graph/data/gazetteer``), checking each row."""
    gaz = Gazetteer()
    for part in (
        _states,
        _former_states,
        _organizations,
        _companies,
        _agencies,
        _leaders,
        _regions,
        _towns,
        _agency_kinds,
        _terms,
        _weapons,
    ):
        part(gaz, folder)
    gaz.titles = {}
    for r in _rows(folder, "titles.tsv", ("title", "relation", "target")):
        r.one_of("relation", ("heads", "memberOf", "spokespersonFor"))
        r.one_of("target", ("state", "organization", "agency", "any"))
        gaz.titles[normalize(r["title"])] = Title(r["title"], r["relation"], r["target"])
    gaz.role_words = {w for t in gaz.titles for w in t.split()} | {
        w for k in gaz.agency_kinds for a in k.aliases for w in normalize(a).split()
    } - {"of", "the"}
    gaz.unit_nouns = {
        r["noun"].lower(): r.one_of("kind", ("unit", "personnel"))
        for r in _rows(folder, "units.tsv", ("noun", "kind"))
    }
    gaz.body_heads = frozenset(
        r["word"].lower() for r in _rows(folder, "body_heads.tsv", ("word",))
    )
    gaz.past_words = {
        normalize(r["word"])
        for r in _rows(folder, "title_modifiers.tsv", ("word", "effect"))
        if r.one_of("effect", ("past", "then")) == "past"
    }
    gaz.ship_prefixes = {
        r["prefix"]: r["navy"] for r in _rows(folder, "ship_prefixes.tsv", ("prefix", "navy"))
    }
    _agencies_by_kind(gaz)
    gaz.state_words = {
        w
        for e in gaz.entries.values()
        if e.cls == "State"
        for n in e.names
        for w in normalize(n).split()
    }
    return gaz
