"""Claims as PLOVER events: the fields a POLECAT user loads, and ours beside them.

Each claim (never one from a syndicated copy) is one event. The event type and mode come from the
relation registry (``graph/data/relations.tsv``); the actor and recipient are the claim's own
subject and object, with the state they roll up to as their country; the date, story and source
are the document's. Our own fields ride along: the claim's IRI and relation, ``attributed_to``,
``hedged``, ``negated`` (a denied event is exported, and says so) and ``confidence``.
``PLOVER_SCHEMA`` (``graph/data/plover.schema.json``) is the JSON Schema every export satisfies.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from graph.analysis.actorgraph import actor_graph_iri
from graph.analysis.pairs import (
    DEFAULT_PAGE,
    NO_FILTERS,
    PairFilters,
    actor_binding,
    confidence_at_least,
    decode_cursor,
    encode_cursor,
)
from graph.errors import InputError
from graph.schema import Relation, load_registry
from graph.settings import Settings
from graph.sparql_text import iri_term
from graph.store import Store
from graph.vocab import ONTOLOGY_NS, PREFIXES

__all__ = ["PLOVER_SCHEMA", "events", "load_schema"]

PLOVER_SCHEMA = Path(__file__).resolve().parents[1] / "data" / "plover.schema.json"


def load_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(PLOVER_SCHEMA.read_text(encoding="utf-8"))
    return schema


# PLOVER's quad classes of its event types
QUAD = {
    "AGREE": "verbal cooperation", "CONSULT": "verbal cooperation",
    "SUPPORT": "verbal cooperation", "CONCEDE": "material cooperation",
    "COOPERATE": "material cooperation", "AID": "material cooperation",
    "RETREAT": "material cooperation", "REQUEST": "verbal cooperation",
    "ACCUSE": "verbal conflict", "REJECT": "verbal conflict", "THREATEN": "verbal conflict",
    "PROTEST": "material conflict", "SANCTION": "material conflict",
    "MOBILIZE": "material conflict", "COERCE": "material conflict", "ASSAULT": "material conflict",
}  # fmt: skip


def _query(settings: Settings, filters: PairFilters, relations: dict[str, Relation]) -> str:
    g = iri_term(actor_graph_iri(settings))
    wanted = [filters.relation] if filters.relation else sorted(relations)
    if filters.relation and filters.relation not in relations:
        raise InputError(
            f"unknown relation {filters.relation!r}; allowed: {', '.join(sorted(relations))}"
        )
    parts = [f"VALUES ?p {{ {' '.join(f'al:{r}' for r in wanted)} }}"]
    if filters.actor or filters.actors is not None:
        parts.append(
            actor_binding(settings, "?a", filters.actor, filters.actors)
            + f" GRAPH {g} {{ ?e al:rollsUpTo ?a }}"
            " { ?c rdf:subject ?e } UNION { ?c rdf:object ?e }"
        )
    parts.append(
        "?c rdf:predicate ?p ; a al:Claim ; rdf:subject ?s ; rdf:object ?o ;"
        " prov:wasDerivedFrom ?doc ."
    )
    parts.append(f"FILTER NOT EXISTS {{ GRAPH {g} {{ ?doc al:duplicateOf ?original }} }}")
    if filters.since or filters.until:
        parts.append("?doc dcterms:date ?date .")
        if filters.since:
            parts.append(f'FILTER(?date >= "{filters.since.isoformat()}"^^xsd:date)')
        if filters.until:
            parts.append(f'FILTER(?date <= "{filters.until.isoformat()}"^^xsd:date)')
    else:
        parts.append("OPTIONAL { ?doc dcterms:date ?date }")
    if not filters.include_hedged:
        parts.append("FILTER NOT EXISTS { ?c al:hedged true }")
    if filters.min_confidence is not None:
        parts.append(confidence_at_least(filters.min_confidence, "?cf"))
    return "\n  ".join(parts)


def events(
    store: Store,
    settings: Settings,
    filters: PairFilters = NO_FILTERS,
    *,
    limit: int | None = DEFAULT_PAGE,
    cursor: str | None = None,
) -> tuple[list[dict[str, Any]], int, str | None]:
    """One page of events (``limit`` None: all), oldest first, with the total and next cursor."""
    registry = load_registry(settings.data_dir)
    relations = {r.name: r for r in registry.relations if r.plover}  # a stance maps to none
    where = _query(settings, filters, relations)
    g = iri_term(actor_graph_iri(settings))
    offset = decode_cursor(cursor)
    cut = f"LIMIT {int(limit)} OFFSET {offset}" if limit is not None else f"OFFSET {offset}"
    total_rows = store.select(
        PREFIXES + f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{\n  {where}\n}}"
    )
    total = int(total_rows[0]["n"]) if total_rows else 0
    rows = store.select(
        PREFIXES
        + f"""SELECT ?c ?p ?s ?o ?doc ?date (SAMPLE(?docid0) AS ?docid) (SAMPLE(?title0) AS ?title)
  (SAMPLE(?pub0) AS ?pub) (SAMPLE(?sentence0) AS ?sentence) (SAMPLE(?neg0) AS ?neg)
  (SAMPLE(?hedged0) AS ?hedged) (SAMPLE(?conf0) AS ?conf) (SAMPLE(?attr0) AS ?attr)
  (SAMPLE(?attrLabel0) AS ?attrLabel) (SAMPLE(?attrText0) AS ?attrText)
  (SAMPLE(?sl0) AS ?sl) (SAMPLE(?ol0) AS ?ol) (SAMPLE(?sc0) AS ?sc) (SAMPLE(?oc0) AS ?oc)
WHERE {{
  {where}
  OPTIONAL {{ ?doc dcterms:identifier ?docid0 }} OPTIONAL {{ ?doc dcterms:title ?title0 }}
  OPTIONAL {{ ?doc dcterms:publisher ?pub0 }} OPTIONAL {{ ?c al:evidence ?sentence0 }}
  OPTIONAL {{ ?c al:negated ?neg0 }} OPTIONAL {{ ?c al:hedged ?hedged0 }}
  OPTIONAL {{ ?c al:confidence ?conf0 }}
  OPTIONAL {{ ?c al:attributedTo ?attr0 OPTIONAL {{ ?attr0 rdfs:label ?attrLabel0 }} }}
  OPTIONAL {{ ?c al:attributedToText ?attrText0 }}
  OPTIONAL {{ ?s rdfs:label ?sl0 }} OPTIONAL {{ ?o rdfs:label ?ol0 }}
  OPTIONAL {{ GRAPH {g} {{ ?s al:rollsUpTo ?st }} ?st a al:State ; rdfs:label ?sc0 }}
  OPTIONAL {{ GRAPH {g} {{ ?o al:rollsUpTo ?ot }} ?ot a al:State ; rdfs:label ?oc0 }}
}} GROUP BY ?c ?p ?s ?o ?doc ?date ORDER BY ?date ?docid ?c {cut}"""
    )
    out = [_event(r, relations) for r in rows]
    end = offset + len(out)
    return out, total, encode_cursor(end) if end < total else None


def _event(r: dict[str, str], relations: dict[str, Relation]) -> dict[str, Any]:
    relation = relations[r["p"].removeprefix(ONTOLOGY_NS)]
    attributed = None
    if "attr" in r:
        attributed = {"id": r["attr"], "label": r.get("attrLabel") or _local(r["attr"])}
    return {
        "event_id": _local(r["c"]),
        "event_date": r.get("date"),
        "event_type": relation.plover,
        "event_mode": relation.mode or "",
        "event_text": r.get("sentence", ""),
        "quad_code": QUAD[relation.plover or ""],
        "contexts": [],
        "actor_name": r.get("sl") or _local(r["s"]),
        "actor_country": r.get("sc"),
        "actor_id": r["s"],
        "recipient_name": r.get("ol") or _local(r["o"]),
        "recipient_country": r.get("oc"),
        "recipient_id": r["o"],
        "story_id": r.get("docid", ""),
        "headline": r.get("title"),
        "publication_date": r.get("date"),
        "source": r.get("pub"),
        # ours, beside PLOVER's
        "claim": r["c"],
        "relation": relation.name,
        "attributed_to": attributed,
        "attributed_to_text": r.get("attrText"),
        "hedged": r.get("hedged") in ("true", "1"),
        "negated": r.get("neg") in ("true", "1"),
        "confidence": float(r["conf"]) if "conf" in r else None,
    }


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
