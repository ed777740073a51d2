"""Any name of an entity -> the entity: the one look-up behind every ``actor=`` and search.

A name is, in this order: the entity's IRI; its id path (``state/RUS``); its Wikidata ID
(``Q159``); its label or any altLabel the documents use, folded as the gazetteer folds names
(case, accents, a leading "the": "the Kremlin" = "Kremlin"); a gazetteer name or metonym of an
entity the store holds ("Kremlin" even where no document wrote it); and last a person's surname
("Putin" -> Vladimir Putin), used only when no name matches exactly.

The index is read from the store with two fixed queries, so no text a user types ever goes into
SPARQL.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from graph.knowledge.gazetteer import Gazetteer, normalize
from graph.store import Store
from graph.vocab import ONTOLOGY_NS, PREFIXES, WIKIDATA, entity_iri

__all__ = ["WIKIDATA", "NameIndex", "name_index"]

QID = re.compile(r"Q[1-9][0-9]*")


@dataclass
class NameIndex:
    """Every entity of the store under every name it answers to."""

    base_iri: str
    known: set[str] = field(default_factory=set)  # IRIs of every entity with a label
    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    surnames: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    wikidata: dict[str, str] = field(default_factory=dict)  # IRI -> Q-id
    alt_labels: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def find(self, name: str) -> set[str]:
        """The entities ``name`` denotes (empty when none)."""
        text = name.strip()
        if text in self.known:
            return {text}
        if self.base_iri + text.lstrip("/") in self.known:
            return {self.base_iri + text.lstrip("/")}
        if QID.fullmatch(text.upper()):
            return set(self.names.get(text.upper(), ()))
        folded = normalize(text)
        return set(self.names.get(folded, ()) or self.surnames.get(folded, ()))

    def add_name(self, iri: str, name: str) -> None:
        if folded := normalize(name):
            self.names[folded].add(iri)


def name_index(store: Store, base_iri: str, gazetteer: Gazetteer | None = None) -> NameIndex:
    """The index of the store's entities; with a gazetteer, its names for them count too."""
    index = NameIndex(base_iri)
    # DISTINCT: a name is stated in every document graph that uses it, and the union default
    # graph gives it once per graph (93,871 rows for 1,769 names at a million quads, 13x the time)
    rows = store.select(
        PREFIXES
        + """SELECT DISTINCT ?e ?label ?alt WHERE {
  { ?e rdfs:label ?label } UNION { ?e skos:altLabel ?alt } }"""
    )
    labels: dict[str, str] = {}
    for r in rows:
        iri = r["e"]
        if iri.startswith(ONTOLOGY_NS):
            continue  # the ontology's own terms
        if "label" in r:
            index.known.add(iri)
            labels[iri] = r["label"]
            index.add_name(iri, r["label"])
        else:
            index.alt_labels[iri].add(r["alt"])
            index.add_name(iri, r["alt"])
    for r in store.select(PREFIXES + "SELECT ?e ?same WHERE { ?e owl:sameAs ?same }"):
        if r["same"].startswith(WIKIDATA) and r["e"] in index.known:
            qid = r["same"][len(WIKIDATA) :]
            index.wikidata[r["e"]] = qid
            index.names[qid].add(r["e"])
    for r in store.select(PREFIXES + "SELECT DISTINCT ?e WHERE { ?e a al:Official }"):
        words = normalize(labels.get(r["e"], "")).split()
        if len(words) > 1:
            index.surnames[words[-1]].add(r["e"])
    if gazetteer is not None:
        for key, entry in gazetteer.entries.items():
            iri = entity_iri(base_iri, key)
            if iri in index.known:
                for name in (*entry.names, *entry.metonyms):
                    index.add_name(iri, name)
    for iri, label in labels.items():
        index.alt_labels[iri].discard(label)
    return index
