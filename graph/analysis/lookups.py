"""The SPARQL behind /api/entities and /api/documents: small functions over a ``Store``."""

from __future__ import annotations

from typing import Any

from graph.analysis.names import NameIndex, name_index
from graph.errors import NotFoundError
from graph.schema import ENTITY_TYPES
from graph.sparql_text import BadTermError, iri_term, string_term
from graph.store import Store
from graph.vocab import PREFIXES, WIKIDATA, local_name

__all__ = ["document_list", "entity_detail", "overview", "search_entities"]

_TYPE_VALUES = " ".join(f"al:{t}" for t in ENTITY_TYPES)


def search_entities(
    store: Store, base_iri: str, q: str, limit: int, names: NameIndex | None = None
) -> list[dict[str, Any]]:
    """The entities ``q`` names exactly (any name ``names`` knows: label, altLabel, IRI,
    Wikidata ID, a person's surname), then those with a name that holds ``q``, case-insensitive;
    each with its altLabels and Wikidata IRI."""
    names = names or name_index(store, base_iri)
    exact = sorted(names.find(q)) if q.strip() else []
    needle = string_term(q.lower())
    rows = _described(store, exact) if exact else []
    rows += store.select(
        PREFIXES
        + f"""SELECT ?e (SAMPLE(?label) AS ?l) (SAMPLE(?t) AS ?type) WHERE {{
  VALUES ?t {{ {_TYPE_VALUES} }}
  ?e a ?t ; rdfs:label ?label .
  {{ ?e rdfs:label ?name }} UNION {{ ?e skos:altLabel ?name }}
  FILTER(CONTAINS(LCASE(STR(?name)), {needle}))
}} GROUP BY ?e ORDER BY LCASE(STR(?l)) LIMIT {int(limit)}"""
    )
    found: dict[str, dict[str, Any]] = {}
    for r in rows:
        if r["e"] not in found and len(found) < limit:
            found[r["e"]] = _summary(r["e"], r["l"], r["type"], base_iri)
            found[r["e"]]["alt_labels"] = sorted(names.alt_labels.get(r["e"], ()))
            qid = names.wikidata.get(r["e"])
            found[r["e"]]["wikidata"] = WIKIDATA + qid if qid else None
    return list(found.values())


def _described(store: Store, iris: list[str]) -> list[dict[str, str]]:
    """Label and type of the given entities, in the order given."""
    values = " ".join(iri_term(i) for i in iris)
    rows = store.select(
        PREFIXES
        + f"""SELECT ?e (SAMPLE(?label) AS ?l) (SAMPLE(?t) AS ?type) WHERE {{
  VALUES ?e {{ {values} }} VALUES ?t {{ {_TYPE_VALUES} }} ?e a ?t ; rdfs:label ?label .
}} GROUP BY ?e"""
    )
    return sorted(rows, key=lambda r: iris.index(r["e"]))


def _summary(iri: str, label: str, type_iri: str, base_iri: str) -> dict[str, Any]:
    path = iri[len(base_iri) :] if iri.startswith(base_iri) else iri
    return {"id": iri, "path": path, "label": label, "type": local_name(type_iri)}


def entity_detail(store: Store, base_iri: str, path: str) -> dict[str, Any]:
    """Everything the graph says of one entity, or ``NotFoundError`` naming the id."""
    iri = base_iri + path
    try:
        e = iri_term(iri)
    except BadTermError:
        raise NotFoundError(f"no entity with id {path[:200]!r}: not a valid entity id") from None
    head = store.select(
        PREFIXES
        + f"""SELECT ?label ?t ?alt ?same WHERE {{
  {{ {e} rdfs:label ?label . OPTIONAL {{ VALUES ?t {{ {_TYPE_VALUES} }} {e} a ?t }} }}
  UNION {{ {e} skos:altLabel ?alt }}
  UNION {{ {e} owl:sameAs ?same }}
}}"""
    )
    label = next((r["label"] for r in head if "label" in r), None)
    if label is None:
        raise NotFoundError(f"no entity with id {path!r} (IRI {iri}); search with ?q=")
    type_iri = next((r["t"] for r in head if "t" in r), "")
    detail: dict[str, Any] = _summary(iri, label, type_iri, base_iri)
    detail["alt_labels"] = sorted({r["alt"] for r in head if "alt" in r} - {label})
    detail["wikidata"] = next(
        (r["same"] for r in head if "wikidata.org" in r.get("same", "")), None
    )
    detail["affiliations"] = _affiliations(store, e)
    claims = _claims(store, e)
    detail["claims_out"] = [c for c in claims if c["subject"]["id"] == iri]
    detail["claims_in"] = [c for c in claims if c["object"]["id"] == iri]
    return detail


def _affiliations(store: Store, e: str) -> list[dict[str, Any]]:
    rows = store.select(
        PREFIXES
        + f"""SELECT DISTINCT ?p ?y ?label WHERE {{
  {{ ?p rdfs:subPropertyOf* al:affiliatedWith }} UNION {{ VALUES ?p {{ al:locatedIn }} }}
  {e} ?p ?y . OPTIONAL {{ ?y rdfs:label ?label }}
}} ORDER BY ?p ?y"""
    )
    return [
        {"relation": local_name(r["p"]), "target": {"id": r["y"], "label": r.get("label", "")}}
        for r in rows
    ]


def _claims(store: Store, e: str) -> list[dict[str, Any]]:
    rows = store.select(
        PREFIXES
        + f"""SELECT ?c ?s ?sl ?p ?o ?ol ?docid ?sentence ?negated ?hedged WHERE {{
  {{ ?c rdf:subject {e} }} UNION {{ ?c rdf:object {e} }}
  ?c a al:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL {{ ?s rdfs:label ?sl }} OPTIONAL {{ ?o rdfs:label ?ol }}
  OPTIONAL {{ ?c prov:wasDerivedFrom/dcterms:identifier ?docid }}
  OPTIONAL {{ ?c al:evidence ?sentence }}
  OPTIONAL {{ ?c al:negated ?negated }} OPTIONAL {{ ?c al:hedged ?hedged }}
}} ORDER BY ?docid ?c"""
    )
    seen: set[str] = set()
    out = []
    for r in rows:
        if r["c"] in seen:
            continue
        seen.add(r["c"])
        out.append(
            {
                "id": r["c"],
                "subject": {"id": r["s"], "label": r.get("sl", "")},
                "relation": local_name(r["p"]),
                "object": {"id": r["o"], "label": r.get("ol", "")},
                "document": r.get("docid", ""),
                "sentence": r.get("sentence", ""),
                "negated": r.get("negated") in ("true", "1"),
                "hedged": r.get("hedged") in ("true", "1"),
            }
        )
    return out


def document_list(store: Store, identifier: str | None = None) -> list[dict[str, Any]]:
    """Every document (or the one named), with its title, date and counts."""
    only = f"FILTER(?id = {string_term(identifier)})" if identifier is not None else ""
    rows = store.select(
        PREFIXES
        + f"""SELECT ?id (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?date)
       (COUNT(DISTINCT ?e) AS ?entities) (COUNT(DISTINCT ?c) AS ?claims) WHERE {{
  ?doc a al:Document ; dcterms:identifier ?id . {only}
  OPTIONAL {{ ?doc dcterms:title ?t }} OPTIONAL {{ ?doc dcterms:date ?d }}
  OPTIONAL {{ {{ ?doc al:mentions ?e }} UNION {{ ?c prov:wasDerivedFrom ?doc ; a al:Claim }} }}
}} GROUP BY ?id ORDER BY ?id"""
    )
    if identifier is not None and not rows:
        raise NotFoundError(f"no document with identifier {identifier!r}; see GET /api/documents")
    return [
        {
            "identifier": r["id"],
            "title": r.get("title"),
            "date": r.get("date"),
            "entities": int(r["entities"]),
            "claims": int(r["claims"]),
        }
        for r in rows
    ]


def overview(store: Store) -> dict[str, Any]:
    """What the store holds: documents and their date range, actors, claims."""
    docs = store.select(
        PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?documents) WHERE { ?d a al:Document }"
    )
    # apart: an undated document would make MIN and MAX unbound on Oxigraph
    dates = store.select(
        PREFIXES
        + """SELECT (MIN(?date) AS ?first) (MAX(?date) AS ?last)
WHERE { ?d a al:Document ; dcterms:date ?date }"""
    )
    actors = store.select(
        PREFIXES
        + """SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?t rdfs:subClassOf* al:Actor . ?e a ?t }"""
    )
    claims = store.select(PREFIXES + "SELECT (COUNT(?c) AS ?n) WHERE { ?c a al:Claim }")
    span = dates[0] if dates else {}
    return {
        "documents": int(docs[0]["documents"]) if docs else 0,
        "first_date": span.get("first"),
        "last_date": span.get("last"),
        "actors": int(actors[0]["n"]) if actors else 0,
        "claims": int(claims[0]["n"]) if claims else 0,
    }
