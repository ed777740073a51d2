"""The stored actor graph: the same pairs as the Python roll-up, kept current by every write
exactly as a rebuild from scratch would make it, valid by the shapes, and counting a syndicated
copy nowhere."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef

from graph.analysis import pairs as pairs_module
from graph.analysis.actorgraph import TOP_EVIDENCE, actor_graph_iri, refresh
from graph.analysis.alignment import alignments
from graph.analysis.pairs import Pair, PairFilters, pair_page, pair_query
from graph.knowledge import Knowledge, load_knowledge
from graph.rdf.validate import validate
from graph.settings import Settings
from graph.store import EmbeddedStore
from graph.store.build import Builder
from graph.text.documents import SourceDocument, document_from_text
from graph.text.nlp import load_pipeline
from tests.articles import ARTICLES

SETTINGS = Settings(validate=False)


def documents(names: list[str] | None = None) -> list[SourceDocument]:
    return [document_from_text(n, t) for n, t in ARTICLES.items() if names is None or n in names]


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return load_knowledge(SETTINGS)


@pytest.fixture(scope="module")
def nlp(knowledge: Knowledge):  # type: ignore[no-untyped-def]
    return load_pipeline(SETTINGS, knowledge)


@pytest.fixture
def built(nlp) -> Iterator[tuple[EmbeddedStore, Builder]]:  # type: ignore[no-untyped-def]
    store = EmbeddedStore(None)
    builder = Builder(SETTINGS, store, nlp=nlp, knowledge=load_knowledge(SETTINGS))
    builder.ingest(documents())
    yield store, builder
    store.close()


def actor_quads(store: EmbeddedStore) -> set[str]:
    g = ox.NamedNode(actor_graph_iri(SETTINGS))
    return {str(q) for q in store._store.quads_for_pattern(None, None, None, g)}


def flatten(store: EmbeddedStore) -> Graph:
    """Every named graph of the store as one graph, as the shapes read a build."""
    flat = Graph()
    for q in store._store:
        flat.add(
            (
                rdflib_term(q.subject),
                rdflib_term(q.predicate),
                rdflib_term(q.object),
            )
        )
    return flat


def rdflib_term(t: object):  # type: ignore[no-untyped-def]
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    assert isinstance(t, ox.Literal)
    if t.language:
        return Literal(t.value, lang=t.language)
    return Literal(t.value, datatype=URIRef(t.datatype.value))


def pairs(store: EmbeddedStore, summary: str) -> dict[tuple[str, str], tuple[int, int]]:
    page = pair_page(store, SETTINGS, summary, limit=None)  # type: ignore[arg-type]
    return {(p.source.label, p.target.label): (p.claims, p.documents) for p in page.pairs}


@pytest.mark.parametrize("summary", ["supports", "opposes"])
def test_the_stored_pairs_are_the_python_roll_up(
    built: tuple[EmbeddedStore, Builder], summary: str
) -> None:
    store, _ = built
    reference = {
        (a.source.label, a.target.label): (a.claims, a.documents)
        for a in alignments(store, summary)  # type: ignore[arg-type]
    }
    assert len(reference) >= 10
    assert pairs(store, summary) == reference


def test_writes_keep_it_as_a_rebuild_would_make_it(nlp) -> None:  # type: ignore[no-untyped-def]
    store = EmbeddedStore(None)
    builder = Builder(SETTINGS, store, nlp=nlp, knowledge=load_knowledge(SETTINGS))
    names = list(ARTICLES)
    builder.ingest(documents(names[:12]))
    builder.ingest(documents(names[12:]))
    builder.remove("a04.txt")
    builder.remove("a15.txt")
    builder.ingest(documents(["a04.txt"]))
    incremental = actor_quads(store)
    refresh(store, SETTINGS)
    assert incremental == actor_quads(store)
    assert len(incremental) > 500


def test_a_long_build_updates_it_as_a_rebuild_would_make_it(  # type: ignore[no-untyped-def]
    nlp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many batches, the actor graph brought up to date every few of them and at the end."""
    from graph.store import build as build_module

    monkeypatch.setattr(build_module, "REFRESH_EVERY", 5)
    settings = Settings(validate=False, batch_size=2)
    store = EmbeddedStore(None)
    builder = Builder(settings, store, nlp=nlp, knowledge=load_knowledge(settings))
    refreshed: list[int] = []
    original = builder.refresh_actors

    def counted(sources: list[SourceDocument]) -> None:
        refreshed.append(len(sources))
        original(sources)

    monkeypatch.setattr(builder, "refresh_actors", counted)
    builder.ingest(documents())  # 24 documents, 12 batches: updated after 5, 10 and 12
    assert refreshed == [10, 10, 4]
    incremental = actor_quads(store)
    refresh(store, settings)
    assert incremental == actor_quads(store)


def test_the_next_write_takes_in_documents_a_killed_build_left_out(nlp) -> None:  # type: ignore[no-untyped-def]
    """Documents written without an update of the actor graph (a build killed between two) are
    taken in by the next write's update."""
    store = EmbeddedStore(None)
    builder = Builder(SETTINGS, store, nlp=nlp, knowledge=load_knowledge(SETTINGS))
    names = list(ARTICLES)
    builder.ingest(documents(names[:6]))
    before = actor_quads(store)
    builder._write(builder.reader.read_batch(documents(names[6:12]), builder.people()))
    assert actor_quads(store) == before  # written, not in the actor graph
    builder.ingest(documents(names[12:13]))
    incremental = actor_quads(store)
    refresh(store, SETTINGS)
    assert incremental == actor_quads(store)
    assert incremental != before


def test_the_actor_graph_conforms_to_the_shapes(built: tuple[EmbeddedStore, Builder]) -> None:
    store, _ = built
    flat = flatten(store)
    assert validate(flat) == []


def test_a_dispute_links_the_assertions_and_the_denials(
    built: tuple[EmbeddedStore, Builder],
) -> None:
    store, _ = built
    rows = store.select(
        """PREFIX al: <https://w3id.org/allegiance/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?who ?whom ?rel (COUNT(DISTINCT ?a) AS ?asserted) (COUNT(DISTINCT ?d) AS ?denied)
       (GROUP_CONCAT(DISTINCT ?denier) AS ?deniers) WHERE {
  ?x a al:Dispute ; al:about ?pair . ?pair al:hasClaim ?a ; al:hasDenial ?d .
  ?pair al:fromActor/rdfs:label ?who ; al:toActor/rdfs:label ?whom ; al:relation ?rel .
  ?d al:attributedTo/rdfs:label ?denier
} GROUP BY ?who ?whom ?rel ORDER BY ?who ?whom"""
    )
    found = {(r["who"], r["whom"], r["rel"].rsplit("#")[1]): r for r in rows}
    iran = found[("Iran", "Russia", "supplies")]
    # each story's first sentence is its headline too: a04's denial is read twice, a22's
    # "Tehran denied it." once (the sentence after the assertion)
    assert (int(iran["asserted"]), int(iran["denied"]), iran["deniers"]) == (8, 3, "Iran")
    hezbollah = found[("Iran", "Hezbollah", "supplies")]  # "Iran denied it." next sentence
    assert (int(hezbollah["asserted"]), int(hezbollah["denied"])) == (2, 1)
    assert ("Rwanda", "M23", "supplies") in found


def test_a_dispute_stores_each_link_once(built: tuple[EmbeddedStore, Builder]) -> None:
    """A dispute points at its pair; its sides are the pair's own links, never written again
    (the shapes refuse a dispute that repeats them)."""
    store, _ = built
    g = f"<{actor_graph_iri(SETTINGS)}>"
    prefix = "PREFIX al: <https://w3id.org/allegiance/ontology#>\n"
    counts = store.select(
        prefix
        + f"""SELECT (COUNT(*) AS ?links) (COUNT(DISTINCT ?x) AS ?disputes) WHERE {{
  GRAPH {g} {{ ?x a al:Dispute ; ?p ?o }} }}"""
    )
    repeated = store.select(
        prefix + f"SELECT ?x WHERE {{ GRAPH {g} {{ ?x al:assertion|al:denial ?c }} }}"
    )
    disputes = int(counts[0]["disputes"])
    assert disputes >= 3 and repeated == []
    assert int(counts[0]["links"]) == 2 * disputes  # its type and what it is about, nothing else
    # the links a dispute had written twice, once on the pair and once on the dispute
    flat = flatten(store)
    doubled = Graph().parse(
        data="\n".join(
            f"<{r['x']}> <https://w3id.org/allegiance/ontology#assertion> <{r['c']}> ."
            for r in store.select(
                prefix
                + f"SELECT ?x ?c WHERE {{ GRAPH {g} {{ ?x al:about/al:hasClaim ?c }} }} LIMIT 3"
            )
        ),
        format="nt",
    )
    assert len(doubled) == 3
    found = validate(flat + doubled)
    assert any("not stored again" in m for m in found)


def test_a_syndicated_copy_counts_nowhere(built: tuple[EmbeddedStore, Builder]) -> None:
    store, builder = built
    before = pair_page(store, SETTINGS, "supports", PairFilters(actor="North Korea"), limit=None)
    original = ARTICLES["a08.txt"]
    copy = original.replace("KYIV (Reuters)", "SEOUL (Yonhap)").replace(
        "North Korea deployed troops to Russia.", "North Korea deployed troops to Russia ."
    )
    builder.ingest([document_from_text("z99_yonhap_copy.txt", copy)])
    after = pair_page(store, SETTINGS, "supports", PairFilters(actor="North Korea"), limit=None)
    counts = [(p.claims, p.documents, p.independent_sources) for p in after.pairs]
    assert counts == [(p.claims, p.documents, p.independent_sources) for p in before.pairs]
    rows = store.select(
        """PREFIX al: <https://w3id.org/allegiance/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?copy ?original WHERE { ?c al:duplicateOf ?o .
  ?c dcterms:identifier ?copy . ?o dcterms:identifier ?original }"""
    )
    assert [(r["copy"], r["original"]) for r in rows] == [("z99_yonhap_copy.txt", "a08.txt")]
    # without the original the copy is the original, and the pair keeps its counts
    builder.remove("a08.txt")
    alone = pair_page(store, SETTINGS, "supports", PairFilters(actor="North Korea"), limit=None)
    assert [(p.claims, p.documents) for p in alone.pairs] == [
        (p.claims, p.documents) for p in before.pairs
    ]


def test_a_publisher_counts_once(built: tuple[EmbeddedStore, Builder]) -> None:
    store, _ = built
    page = pair_page(store, SETTINGS, "supports", PairFilters(actor="North Korea"), limit=None)
    nk = next(p for p in page.pairs if p.target.label == "Russia")
    # a01 and a08 from Reuters, a05 AFP, a20 AP, a15 no publisher: 5 documents, 4 sources
    assert (nk.documents, nk.independent_sources) == (5, 4)


def test_publisher_and_fingerprint_are_stored_on_the_document(
    built: tuple[EmbeddedStore, Builder], tmp_path: Path
) -> None:
    store, _ = built
    rows = store.select(
        """PREFIX al: <https://w3id.org/allegiance/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?id ?pub (COUNT(?band) AS ?bands) WHERE { ?d dcterms:identifier ?id ; al:minhashBand ?band .
  OPTIONAL { ?d dcterms:publisher ?pub } FILTER(?id IN ("a01.txt", "a03.txt")) }
GROUP BY ?id ?pub ORDER BY ?id"""
    )
    assert [(r["id"], r.get("pub"), int(r["bands"])) for r in rows] == [
        ("a01.txt", "Reuters", 16),
        ("a03.txt", None, 16),
    ]


def live_page(store: EmbeddedStore, summary: str, filters: PairFilters) -> list[Pair]:
    """The pairs of ``filters`` read the long way: the node's triples, then each evidence item
    and denial from its claim, document and attribution (what the records stand in for)."""
    rows = store.select(pair_query(SETTINGS, summary, filters))  # type: ignore[arg-type]
    found = [pairs_module._pair(r) for r in rows]
    pairs_module._details(store, SETTINGS, found, filters, TOP_EVIDENCE)
    return found


@pytest.mark.parametrize(
    ("summary", "filters"),
    [
        ("supports", PairFilters()),
        ("opposes", PairFilters()),
        ("supports", PairFilters(actor="Russia")),
        ("opposes", PairFilters(actor="Russia")),
        ("supports", PairFilters(actor="Iran", side="source")),
        ("opposes", PairFilters(actor="Russia", side="source")),
        ("supports", PairFilters(actor="Ukraine", side="target")),
        ("opposes", PairFilters(actor="North Korea", side="target")),
    ],
    ids=lambda v: v if isinstance(v, str) else f"{v.actor}-{v.side}",
)
def test_the_stored_records_say_what_the_triples_say(
    built: tuple[EmbeddedStore, Builder], summary: str, filters: PairFilters
) -> None:
    """A page read from ``al:pairRecord`` equals the same page read from the triples and the
    claims themselves, pair for pair and item for item (disputes and deniers included)."""
    store, _ = built
    stored = pair_page(store, SETTINGS, summary, filters, limit=None)  # type: ignore[arg-type]
    live = live_page(store, summary, filters)
    assert stored.pairs and stored.pairs == live
    if summary == "supports" and filters.side is None:  # Iran denies supplying Russia
        assert any(p.disputed and p.denied_by and p.denials for p in stored.pairs)


def test_the_records_are_what_the_page_reads(built: tuple[EmbeddedStore, Builder]) -> None:
    """One query per page (and the count when the page is full): the records, nothing else."""
    store, _ = built
    seen: list[str] = []

    class Recording:
        def select(self, sparql: str) -> list[dict[str, str]]:
            seen.append(sparql)
            return store.select(sparql)

    page = pair_page(Recording(), SETTINGS, "supports", PairFilters(actor="Russia"), limit=3)  # type: ignore[arg-type]
    assert len(page.pairs) == 3 and page.total > 3
    assert len(seen) == 2 and "al:pairRecord" in seen[0] and "COUNT" in seen[1]
    assert all(len(p.evidence) <= TOP_EVIDENCE for p in page.pairs)
