"""The gazetteer: states, organisations, agencies, leaders, regions, titles and unit nouns.

The facts live in the tab-separated files in ``graph/data/gazetteer`` (see SOURCES.md); this
module only reads them into ``Entry`` records and answers look-ups by any surface form. Keys are
stable and become the entities' IRIs: ``state/RUS``, ``org/nato``, ``agency/ukr-gur``,
``person/vladimir-putin``, ``region/kursk-oblast``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

__all__ = [
    "AgencyKind",
    "Entry",
    "Gazetteer",
    "Title",
    "forces_key",
    "load_gazetteer",
    "normalize",
    "slug",
]

HERE = Path(__file__).resolve().parents[1] / "data/gazetteer"


def normalize(name: str) -> str:
    """Fold a surface form for look-up: accents, case, quotes, dashes, a leading 'the', 's."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").casefold().strip()
    s = re.sub(r"'s?$", "", s)
    s = s.replace(".", "")
    s = re.sub(r"[-\u2010-\u2015_/]", " ", s)
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"\s+", " ", s).strip()


def slug(name: str) -> str:
    """A readable IRI segment: 'Kyrylo Budanov' -> 'kyrylo-budanov'."""
    return re.sub(r"[^a-z0-9]+", "-", normalize(name)).strip("-") or "x"


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
    parent: str | None = None  # key of the state, organisation or agency it belongs to
    relation: str | None = None  # how it belongs: partOf | heads | memberOf | locatedIn
    iso2: str | None = None


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


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)
    agency_kinds: list[AgencyKind] = field(default_factory=list)
    titles: dict[str, Title] = field(default_factory=dict)
    unit_nouns: dict[str, str] = field(default_factory=dict)  # lemma -> unit | personnel
    role_words: set[str] = field(default_factory=set)  # words of titles and agency kinds
    _by_name: dict[str, str] = field(default_factory=dict)
    _by_demonym: dict[str, str] = field(default_factory=dict)

    def add(self, entry: Entry) -> None:
        self.entries[entry.key] = entry
        for n in (*entry.names, *entry.metonyms):
            self._by_name.setdefault(normalize(n), entry.key)
        for d in entry.demonyms:
            self._by_demonym.setdefault(normalize(d), entry.key)

    def lookup(self, name: str) -> Entry | None:
        """The entry a name or metonym denotes, if any ("the Kremlin" -> Russia)."""
        key = self._by_name.get(normalize(name))
        return self.entries[key] if key else None

    def demonym(self, word: str) -> Entry | None:
        """The state (or organisation) a demonym denotes ("North Korean" -> North Korea)."""
        key = self._by_demonym.get(normalize(word))
        return self.entries[key] if key else None

    def state_of(self, key: str | None) -> Entry | None:
        """Follow parents up to the first state (an agency's, a region's, a leader's)."""
        seen: set[str] = set()
        while key and key not in seen:
            seen.add(key)
            entry = self.entries.get(key)
            if entry is None:
                return None
            if entry.cls == "State":
                return entry
            key = entry.parent
        return None

    def surface_forms(self) -> Iterator[tuple[str, str, str]]:
        """(surface form, kind, key) for every name, metonym and demonym: the ruler's patterns."""
        for e in self.entries.values():
            for n in e.names:
                yield n, "NAME", e.key
            for n in e.metonyms:
                yield n, "METONYM", e.key
            for n in e.demonyms:
                yield n, "DEMONYM", e.key


def _rows(name: str) -> Iterator[dict[str, str]]:
    with (HERE / name).open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if any((v or "").strip() for v in row.values()):
                yield {k: (v or "").strip() for k, v in row.items()}


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _names(label: str, aliases: str) -> tuple[str, ...]:
    return (label, *(a for a in _split(aliases) if a != label))


def _states(gaz: Gazetteer) -> None:
    for r in _rows("states.tsv"):
        gaz.add(
            Entry(
                key=f"state/{r['iso3']}",
                label=r["name"],
                cls="State",
                wikidata=r["wikidata"] or None,
                names=_names(r["name"], r["aliases"]),
                demonyms=_split(r["demonyms"]),
                metonyms=_split(r["capitals"]) + _split(r["metonyms"]),
                iso2=r["iso2"] or None,
            )
        )


def _organizations(gaz: Gazetteer) -> None:
    for r in _rows("organizations.tsv"):
        parent = f"org/{r['part_of']}" if r["part_of"] else None
        gaz.add(
            Entry(
                key=f"org/{r['key']}",
                label=r["name"],
                cls=r["type"] or "Organization",
                wikidata=r["wikidata"] or None,
                names=_names(r["name"], r["aliases"]),
                demonyms=_split(r.get("demonyms", "")),
                parent=parent,
                relation="partOf" if parent else None,
            )
        )


def _agencies(gaz: Gazetteer) -> None:
    for r in _rows("agencies.tsv"):
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


def _leaders(gaz: Gazetteer) -> None:
    for r in _rows("leaders.tsv"):
        aff = r["affiliation"]
        parent = f"state/{aff}" if re.fullmatch(r"[A-Z]{3}", aff) else aff
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


def _regions(gaz: Gazetteer) -> None:
    for r in _rows("regions.tsv"):
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


@cache
def load_gazetteer() -> Gazetteer:
    """Read every gazetteer file once per process."""
    gaz = Gazetteer()
    for part in (_states, _organizations, _agencies, _leaders, _regions):
        part(gaz)
    gaz.agency_kinds = [
        AgencyKind(r["name"], _names(r["name"], r["aliases"])) for r in _rows("agency_kinds.tsv")
    ]
    gaz.titles = {
        normalize(r["title"]): Title(r["title"], r["relation"], r["target"])
        for r in _rows("titles.tsv")
    }
    gaz.role_words = {w for t in gaz.titles for w in t.split()} | {
        w for k in gaz.agency_kinds for a in k.aliases for w in normalize(a).split()
    } - {"of", "the"}
    gaz.unit_nouns = {r["noun"].lower(): r["kind"] for r in _rows("units.tsv")}
    return gaz
