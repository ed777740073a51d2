"""Counts that describe a store: documents, entities by class, claims by relation, and the
actors most supported, supporting, opposed and condemned (networkx, on the actor-level network)."""

from __future__ import annotations

from graph.schema import Registry
from graph.store import Store
from graph.vocab import PREFIXES, local_name

__all__ = ["store_stats"]


def actor_rankings(store: Store, registry: Registry, top: int = 5) -> dict[str, dict[str, int]]:
    """Who is most supported, most supporting, most opposed and most condemned, in claims."""
    from graph.network.build import actor_graph, rank

    graph = actor_graph(store, registry)
    return {
        "most_supported": rank(graph, "supports", incoming=True, top=top),
        "most_supporting": rank(graph, "supports", incoming=False, top=top),
        "most_opposed": rank(graph, "opposes", incoming=True, top=top),
        "most_condemned": rank(graph, "opposes", incoming=True, relation="condemns", top=top),
    }


def store_stats(store: Store, registry: Registry) -> dict[str, object]:
    docs = store.select(PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a al:Document }")
    # the actor graph's pairs and disputes are no entities
    classes = store.select(
        PREFIXES
        + """SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE {
        ?e a ?c . FILTER(STRSTARTS(STR(?c), STR(al:))
          && ?c NOT IN (al:Document, al:Claim, al:ActorRelation, al:Dispute)) }
        GROUP BY ?c ORDER BY ?c"""
    )
    relations = store.select(
        PREFIXES
        + """SELECT ?p (COUNT(?c) AS ?n)
        (SUM(IF(BOUND(?neg) && ?neg, 1, 0)) AS ?negated) WHERE {
        ?c a al:Claim ; rdf:predicate ?p . OPTIONAL { ?c al:negated ?neg } }
        GROUP BY ?p ORDER BY ?p"""
    )
    return {
        "documents": int(docs[0]["n"]) if docs else 0,
        "entities": {local_name(r["c"]): int(r["n"]) for r in classes},
        "claims": {local_name(r["p"]): int(r["n"]) for r in relations},
        "negated_claims": sum(int(r.get("negated", 0)) for r in relations),
        **actor_rankings(store, registry),
    }
