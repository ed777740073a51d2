"""Actor-level "who supports whom" and "who opposes whom", rolled up from the claims.

Each claim's subject and object are lifted to the top-most state or organisation they belong to:
an official to the ministry they serve and on to its state, a region to the state it lies in, an
organ (the European Council) to its organisation (the EU). The lifting follows ``al:locatedIn``
and ``al:affiliatedWith`` with all its subproperties (``al:heads``, ``al:memberOf``,
``al:partOf`` ...). A state is never lifted further (a state that is a member of NATO still acts
for itself). Where the chain reaches no state or organisation, the entity stands for itself.

Negated claims never count. Pairs that fall together after lifting (the Russian Ministry of
Defence "supports" Russia) are dropped. Everything here reads the store through ``select`` only,
so it runs the same on the embedded store, a remote endpoint, or the server's worker pool.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from graph.analysis.names import NameIndex, name_index
from graph.errors import QueryError
from graph.sparql_text import iri_term
from graph.store import Store
from graph.vocab import ID_NS, ONTOLOGY_NS, PREFIXES, local_name

__all__ = [
    "Actor",
    "Alignment",
    "Evidence",
    "Lifter",
    "UnknownRelationError",
    "alignments",
    "claim_rows",
    "evidence_of",
    "relations",
]

Summary = str  # a stance of the relation registry (graph/data/relations.tsv): supports | opposes
Side = Literal["source", "target"]

# the affiliation subproperties named in the ontology, so that lifting works without it too
AFFILIATIONS = ("affiliatedWith", "heads", "memberOf", "spokespersonFor", "partOf", "homeState")
STATE, ORGANIZATION = ONTOLOGY_NS + "State", ONTOLOGY_NS + "Organization"


class UnknownRelationError(QueryError):
    """A relation filter that names no relation of the summary asked for."""


@dataclass(frozen=True)
class Actor:
    id: str
    label: str


@dataclass(frozen=True)
class Evidence:
    document: str
    sentence: str
    relation: str
    hedged: bool
    attributed_to: str | None
    date: str | None
    claim: str


@dataclass
class Alignment:
    """One rolled-up pair: ``source`` supports (or opposes) ``target``."""

    source: Actor
    target: Actor
    relations: list[str] = field(default_factory=list)
    claims: int = 0
    documents: int = 0
    evidence: list[Evidence] = field(default_factory=list)


def relations(store: Store, summary: Summary) -> list[str]:
    """The local names of the relations that count as ``summary`` (itself included)."""
    rows = store.select(
        PREFIXES + f"SELECT DISTINCT ?p WHERE {{ ?p rdfs:subPropertyOf* al:{summary} }}"
    )
    return sorted({local_name(r["p"]) for r in rows if r["p"].startswith(ONTOLOGY_NS)} | {summary})


def alignments(
    store: Store,
    summary: Summary,
    *,
    actor: str | None = None,
    source: str | None = None,
    target: str | None = None,
    relation: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    include_hedged: bool = True,
    side: Side | None = None,
    names: NameIndex | None = None,
) -> list[Alignment]:
    """The rolled-up pairs for ``summary``, most claims first, filtered as asked.

    ``actor`` names either side of a pair, or only the ``side`` given (``target`` answers "who
    supports Russia?", ``source`` "whom does Russia support?"); ``source`` names the supporter
    (opposer) and ``target`` the supported (opposed). A name is any name ``names`` knows (label,
    altLabel, IRI, Wikidata ID, a person's surname), taken up to the actor it rolls up to
    ("Putin" -> Russia). ``relation`` is one relation's local name; ``since``/``until`` bound the
    document dates (claims from undated documents drop out when either is given).
    """
    allowed = relations(store, summary)
    if relation is not None and relation not in allowed:
        raise UnknownRelationError(
            f"unknown relation {relation!r} for {summary}; allowed: {', '.join(allowed)}"
        )
    rows = claim_rows(store, [relation] if relation else allowed, since, until)
    if not include_hedged:
        rows = [r for r in rows if not _true(r.get("hedged"))]
    top = Lifter(store)
    pairs: dict[tuple[str, str], Alignment] = {}
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        doc = row.get("doc")
        key = (top(row["s"], doc), top(row["o"], doc))
        if key[0] == key[1]:
            continue
        if key not in pairs:
            pairs[key] = Alignment(Actor(key[0], ""), Actor(key[1], ""))
        pair = pairs[key]
        rel = local_name(row["p"])
        if rel not in pair.relations:
            pair.relations.append(rel)
        if row["claim"] in seen[key]:
            continue
        seen[key].add(row["claim"])
        pair.claims += 1
        docs[key].add(row.get("doc", ""))
        pair.evidence.append(evidence_of(row, rel))
    if names is None and (actor or source or target):
        names = name_index(store, ID_NS)
    either, sources, targets = (
        _actors(name, names, top) if name and names else None for name in (actor, source, target)
    )
    if either is not None and side is not None:  # the actor on one side only
        sources, targets, either = (
            (either, targets, None) if side == "source" else (sources, either, None)
        )
    chosen = [
        p
        for p in pairs.values()
        if (either is None or p.source.id in either or p.target.id in either)
        and (sources is None or p.source.id in sources)
        and (targets is None or p.target.id in targets)
    ]
    names_of = _names(store, {e for p in chosen for e in (p.source.id, p.target.id)})
    for p in chosen:
        p.source = Actor(p.source.id, _label(names_of, p.source.id))
        p.target = Actor(p.target.id, _label(names_of, p.target.id))
        p.relations.sort()
        p.documents = len(docs[(p.source.id, p.target.id)])
    return sorted(chosen, key=lambda p: (-p.claims, p.source.label, p.target.label))


def claim_rows(
    store: Store, relations: list[str], since: dt.date | None, until: dt.date | None
) -> list[dict[str, str]]:
    """Every claim that is not negated, with its evidence, in a stable order (date, document)."""
    rows = store.select(_claims_query(relations, since, until))
    rows = [r for r in rows if not _true(r.get("negated"))]
    rows.sort(key=lambda r: (r.get("date", ""), r.get("docid", ""), r["claim"]))
    return rows


def _claims_query(relations: list[str], since: dt.date | None, until: dt.date | None) -> str:
    # VALUES rather than rdfs:subPropertyOf* here, and negation and hedging filtered in Python:
    # both make this query, the heaviest of the roll-up, several times faster on Oxigraph
    values = " ".join(f"al:{r}" for r in relations)
    filters = []
    if since is not None:
        filters.append(f'FILTER(BOUND(?date) && ?date >= "{since.isoformat()}"^^xsd:date)')
    if until is not None:
        filters.append(f'FILTER(BOUND(?date) && ?date <= "{until.isoformat()}"^^xsd:date)')
    return (
        PREFIXES
        + f"""SELECT ?claim ?s ?p ?o ?doc ?docid ?date ?sentence ?negated ?hedged ?attr ?attrText
WHERE {{
  VALUES ?p {{ {values} }}
  ?claim rdf:predicate ?p ; a al:Claim ; rdf:subject ?s ; rdf:object ?o .
  OPTIONAL {{ ?claim al:negated ?negated }}
  OPTIONAL {{ ?claim prov:wasDerivedFrom ?doc .
             OPTIONAL {{ ?doc dcterms:identifier ?docid }} OPTIONAL {{ ?doc dcterms:date ?date }} }}
  OPTIONAL {{ ?claim al:evidence ?sentence }}
  OPTIONAL {{ ?claim al:hedged ?hedged }}
  OPTIONAL {{ ?claim al:attributedTo ?attrEntity . ?attrEntity rdfs:label ?attr }}
  OPTIONAL {{ ?claim al:attributedToText ?attrText }}
  {" ".join(filters)}
}}"""
    )


def _true(value: str | None) -> bool:
    return value in ("true", "1")


def evidence_of(row: dict[str, str], relation: str) -> Evidence:
    """The evidence of one claim row of ``claim_rows``."""
    return Evidence(
        document=row.get("docid") or row.get("doc", ""),
        sentence=row.get("sentence", ""),
        relation=relation,
        hedged=_true(row.get("hedged")),
        attributed_to=row.get("attr") or row.get("attrText"),
        date=row.get("date"),
        claim=row["claim"],
    )


class Lifter:
    """Maps an entity to the top-most state or organisation it belongs to.

    Affiliations hold where they are stated: an official whose post changed (Rutte: prime
    minister of the Netherlands, then NATO's secretary general) is tied to a post in each
    document's own graph. Lifting an entity for a claim of one document uses that document's
    affiliations of the entity when it has any, else the affiliations stated anywhere."""

    def __init__(self, store: Store) -> None:
        values = " ".join(f"al:{p}" for p in AFFILIATIONS)
        edges = store.select(
            PREFIXES
            + f"""SELECT DISTINCT ?x ?y WHERE {{
  {{ ?p rdfs:subPropertyOf* al:affiliatedWith . ?x ?p ?y }}
  UNION {{ VALUES ?p {{ {values} }} ?x ?p ?y }}
  UNION {{ ?x al:locatedIn ?y }}
}}"""
        )
        self.parents: dict[str, set[str]] = defaultdict(set)
        for e in edges:
            self.parents[e["x"]].add(e["y"])
        props = {
            r["p"]
            for r in store.select(
                PREFIXES + "SELECT ?p WHERE { ?p rdfs:subPropertyOf* al:affiliatedWith }"
            )
        } | {ONTOLOGY_NS + p for p in AFFILIATIONS}
        local = store.select(
            PREFIXES
            + f"""SELECT DISTINCT ?doc ?x ?y WHERE {{
  VALUES ?p {{ {" ".join(iri_term(p) for p in sorted(props))} }}
  GRAPH ?g {{ ?doc a al:Document . ?x ?p ?y }}
}}"""
        )
        # document -> entity -> what the document says it belongs to
        self.local: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for e in local:
            self.local[e["doc"]][e["x"]].add(e["y"])
        kinds = store.select(
            PREFIXES
            + """SELECT DISTINCT ?e ?top WHERE {
  VALUES ?top { al:State al:Organization }
  ?e a ?t . ?t rdfs:subClassOf* ?top .
}"""
        )
        self.kind: dict[str, str] = {}
        for k in kinds:  # a state that is also typed as an organisation stays a state
            if self.kind.get(k["e"]) != STATE:
                self.kind[k["e"]] = k["top"]
        self._memo: dict[tuple[str, str | None], str | None] = {}

    def __call__(self, entity: str, document: str | None = None) -> str:
        """The actor ``entity`` stands for (in ``document``, the IRI of the claim's document)."""
        doc = document if document in self.local else None
        return self._top(entity, doc, frozenset()) or entity

    def _above(self, entity: str, doc: str | None) -> set[str]:
        if doc is not None and entity in self.local[doc]:
            return self.local[doc][entity]
        return self.parents.get(entity, set())

    def _top(self, entity: str, doc: str | None, visiting: frozenset[str]) -> str | None:
        if (entity, doc) in self._memo:
            return self._memo[(entity, doc)]
        if self.kind.get(entity) == STATE:
            return entity
        inside = visiting | {entity}
        above = {self._top(p, doc, inside) for p in self._above(entity, doc) if p not in inside}
        found = sorted(a for a in above if a is not None)
        states = [a for a in found if self.kind.get(a) == STATE]
        result: str | None = (states or found or [entity])[0]
        if result == entity and entity not in self.kind:
            result = None  # neither a state nor an organisation, and nothing above it
        if not visiting:  # results inside a cycle depend on the path; keep only the root's
            self._memo[(entity, doc)] = result
        return result


def _names(store: Store, entities: Iterable[str]) -> dict[str, tuple[str, set[str]]]:
    """Each entity's label and the lower-cased set of all its names."""
    wanted = sorted(entities)
    if not wanted:
        return {}
    values = " ".join(iri_term(e) for e in wanted)
    rows = store.select(
        PREFIXES
        + f"""SELECT ?e ?label ?alt WHERE {{
  VALUES ?e {{ {values} }}
  {{ ?e rdfs:label ?label }} UNION {{ ?e skos:altLabel ?alt }}
}}"""
    )
    out: dict[str, tuple[str, set[str]]] = {e: ("", set()) for e in wanted}
    for r in rows:
        label, names = out[r["e"]]
        if "label" in r:
            label = label or r["label"]
        names.add((r.get("label") or r.get("alt") or "").lower())
        out[r["e"]] = (label, names)
    return out


def _label(names: dict[str, tuple[str, set[str]]], entity: str) -> str:
    return names.get(entity, ("", set()))[0] or local_name(entity)


def _actors(name: str, names: NameIndex, top: Lifter) -> set[str]:
    """The actors ``name`` stands for: the entities it names and what they roll up to."""
    found = names.find(name)
    return found | {top(e) for e in found}
