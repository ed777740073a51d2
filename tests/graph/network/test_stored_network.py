"""The actor view of a big network is one read of the stored records: the same answer as the
reads it replaced, on real stores on disk (the test articles' build, before and after writes,
the seeds', and the network benchmark's synthetic shape with more pairs than
``EVERY_CLAIM_PAIRS``).

The reference computations are the ones ``graph.network.build`` made before: a page of every
pair (``pair_page``) with each pair's documents found through its claims (``pair_documents``),
and each entity's label, type, other names and Wikidata link in one ``VALUES`` query."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.bench_network import build_store
from graph.analysis.actorgraph import TOP_EVIDENCE, refresh
from graph.analysis.pairs import Pair, pair_documents, pair_page, pair_records
from graph.knowledge import load_knowledge
from graph.network import build
from graph.network.build import network
from graph.network.model import ENTITY_TYPES, NetworkQuery
from graph.schema import load_registry
from graph.settings import DATA_DIR, Settings
from graph.sparql_text import iri_term
from graph.store import EmbeddedStore
from graph.store.build import Builder
from graph.text.documents import document_from_text
from graph.text.nlp import load_pipeline
from graph.vocab import PREFIXES, local_name
from tests.articles import ARTICLES

SETTINGS = Settings()
REGISTRY = load_registry(DATA_DIR)
SUMMARIES = ("supports", "opposes")


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """The benchmark's shape (a few hubs) with 2,400 pairs: above ``EVERY_CLAIM_PAIRS``."""
    path = tmp_path_factory.mktemp("stored-network") / "store"
    build_store(path, 600, 2400)
    store = EmbeddedStore(path)
    refresh(store, SETTINGS)
    yield store
    store.close()


@pytest.fixture(scope="module")
def seeds(seed_store: Path) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(seed_store, read_only=True)
    yield store
    store.close()


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """The test articles built into a store on disk, then written to: two documents removed
    and one of them read again, each write refreshing the pairs it touches."""
    knowledge = load_knowledge(SETTINGS)
    store = EmbeddedStore(tmp_path_factory.mktemp("stored-network") / "store")
    builder = Builder(SETTINGS, store, nlp=load_pipeline(SETTINGS, knowledge), knowledge=knowledge)
    names = list(ARTICLES)
    builder.ingest([document_from_text(n, ARTICLES[n]) for n in names])
    builder.remove(names[3])
    builder.remove(names[14])
    builder.ingest([document_from_text(names[3], ARTICLES[names[3]])])
    yield store
    store.close()


def reference_pairs(store: EmbeddedStore, summary: Any) -> list[tuple[Pair, list[str]]]:
    """What the network read before: every pair's page, and its documents through its claims."""
    documents = pair_documents(store, SETTINGS, summary)
    page = pair_page(store, SETTINGS, summary, limit=None, evidence=TOP_EVIDENCE)
    return [(p, sorted(documents.get(p.node, ()))) for p in page.pairs]


def reference_entities(store: EmbeddedStore, ids: set[str]) -> dict[str, dict[str, Any]]:
    """``graph.network.build._entities`` as it was: one query, ``VALUES`` of the IRIs."""
    values = " ".join(iri_term(e) for e in sorted(ids))
    types = " ".join(f"al:{t}" for t in ENTITY_TYPES)
    rows = store.select(
        PREFIXES
        + f"""SELECT ?e ?label ?t ?alt ?same WHERE {{
  VALUES ?e {{ {values} }}
  {{ ?e rdfs:label ?label }} UNION {{ VALUES ?t {{ {types} }} ?e a ?t }}
  UNION {{ ?e skos:altLabel ?alt }} UNION {{ ?e owl:sameAs ?same }}
}}"""
    )
    out: dict[str, dict[str, Any]] = {
        e: {"label": "", "type": "Other", "alt_labels": [], "wikidata": None} for e in ids
    }
    order = {t: i for i, t in enumerate((*ENTITY_TYPES, "Other"))}
    for r in rows:
        d = out[r["e"]]
        if "label" in r and not d["label"]:
            d["label"] = r["label"]
        if "t" in r and order[local_name(r["t"])] < order[d["type"]]:
            d["type"] = local_name(r["t"])
        if "alt" in r:
            d["alt_labels"].append(r["alt"])
        if "wikidata.org" in r.get("same", ""):
            d["wikidata"] = r["same"]
    for e, d in out.items():
        d["label"] = d["label"] or local_name(e)
        d["alt_labels"] = sorted(set(d["alt_labels"]) - {d["label"]})
    return out


def claim_sides(store: EmbeddedStore) -> set[str]:
    rows = store.select(
        PREFIXES + "SELECT ?s ?o WHERE { ?c a al:Claim ; rdf:subject ?s ; rdf:object ?o }"
    )
    return {e for r in rows for e in (r["s"], r["o"])}


@pytest.mark.parametrize("summary", SUMMARIES)
@pytest.mark.parametrize("which", ["articles", "synthetic"])
def test_the_stored_records_and_documents_are_the_page_and_its_claims_documents(
    request: pytest.FixtureRequest, which: str, summary: str
) -> None:
    store: EmbeddedStore = request.getfixturevalue(which)
    stored = pair_records(store, SETTINGS, summary)  # type: ignore[arg-type]
    assert stored == reference_pairs(store, summary)
    assert len(stored) >= (1000 if which == "synthetic" else 5)
    assert all(len(ids) == p.documents for p, ids in stored)


@pytest.mark.parametrize("which", ["articles", "seeds", "synthetic"])
def test_the_entities_are_what_the_values_query_said(
    request: pytest.FixtureRequest, which: str
) -> None:
    store: EmbeddedStore = request.getfixturevalue(which)
    every = claim_sides(store)
    some = set(sorted(every)[::7])
    for ids in (every, some):
        assert build._entities(store, ids) == reference_entities(store, ids)
    found = build._entities(store, every)
    assert any(d["alt_labels"] for d in found.values()) or which != "articles"
    assert {d["type"] for d in found.values()} >= {"State", "Organization"}


def trimmed(store: EmbeddedStore, query: NetworkQuery, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The network as drawn from the stored records (the path above ``EVERY_CLAIM_PAIRS``)."""
    with monkeypatch.context() as m:
        m.setattr(build, "EVERY_CLAIM_PAIRS", 0)
        return network(store, query, REGISTRY)


def without_evidence(data: dict[str, Any]) -> dict[str, Any]:
    """Everything but the evidence lists, which the stored records trim to the best few."""
    edges = [
        {k: v for k, v in e.items() if k not in ("evidence", "denials")} for e in data["edges"]
    ]
    return {"nodes": data["nodes"], "edges": edges, "meta": data["meta"]}


@pytest.mark.parametrize(
    "query", [NetworkQuery(limit=0), NetworkQuery(), NetworkQuery(actor="Russia")]
)
def test_the_network_from_the_records_is_the_one_from_every_claim(
    articles: EmbeddedStore, query: NetworkQuery, monkeypatch: pytest.MonkeyPatch
) -> None:
    every = network(articles, query, REGISTRY)
    stored = trimmed(articles, query, monkeypatch)
    assert without_evidence(stored) == without_evidence(every)
    assert every["meta"]["documents_in_view"] > 5 and len(every["edges"]) > 5
    by_id = {e["id"]: e for e in every["edges"]}
    for e in stored["edges"]:  # the best few of the same claims, in the same order
        assert e["evidence"] == by_id[e["id"]]["evidence"][:TOP_EVIDENCE]
