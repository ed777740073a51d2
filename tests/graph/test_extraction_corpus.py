"""Article-level extraction tests: short articles of our own on different conflicts
(``corpus/*.txt``) are built through the real pipeline into a store, and the claims read back with
SPARQL are scored against ``corpus/expected.json`` at actor level, the way the evaluation scores
the seed articles: a claim matches when its subject and object, or what they belong to, carry the
expected labels; negated claims are not counted.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from graph.knowledge import load_knowledge
from graph.settings import Settings
from graph.store import EmbeddedStore
from graph.store.build import Builder
from graph.text.documents import read_document
from graph.text.nlp import load_pipeline
from graph.vocab import PREFIXES

CORPUS = Path(__file__).parent / "corpus"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
ARTICLES = sorted(k for k in EXPECTED if k.endswith(".txt"))
MIN_PRECISION = MIN_RECALL = 0.8

CLAIMS = (
    PREFIXES
    + """SELECT ?s ?p ?o ?doc ?negated WHERE {
  ?c a al:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?d .
  ?d dcterms:identifier ?doc . OPTIONAL { ?c al:negated ?negated } }"""
)
LABELS = PREFIXES + "SELECT ?e ?label WHERE { ?e rdfs:label ?label }"
PARENTS = (
    PREFIXES
    + """SELECT ?e ?g WHERE { ?e ?p ?g .
  { ?p rdfs:subPropertyOf* al:affiliatedWith } UNION { ?p rdfs:subPropertyOf* al:locatedIn }
  FILTER(?e != ?g) }"""
)


class Graph:
    """The built store, reduced to labels, belonging and claims."""

    def __init__(self, store: EmbeddedStore) -> None:
        self.label = {r["e"]: r["label"] for r in store.select(LABELS)}
        self.parents: dict[str, set[str]] = defaultdict(set)
        for r in store.select(PARENTS):
            self.parents[r["e"]].add(r["g"])
        self.claims = store.select(CLAIMS)

    def chain(self, iri: str) -> set[str]:
        seen, todo = set(), [iri]
        while todo:
            e = todo.pop()
            if e not in seen:
                seen.add(e)
                todo += self.parents.get(e, ())
        return {self.label[e] for e in seen if e in self.label}


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    path = tmp_path_factory.mktemp("corpus") / "store"
    settings = Settings(store_path=path)
    store = EmbeddedStore(path)
    try:
        knowledge = load_knowledge(settings)
        Builder(settings, store, load_pipeline(settings, knowledge), knowledge).ingest(
            read_document(CORPUS / name) for name in ARTICLES
        )
        return Graph(store)
    finally:
        store.close()


def _score(graph: Graph, article: str) -> tuple[float, float, list[tuple[str, ...]], list[str]]:
    gold = EXPECTED[article]
    required = {tuple(t) for t in gold["required"]}
    allowed = required | {tuple(t) for t in gold["optional"]}
    found: set[tuple[str, ...]] = set()
    right, wrong = set(), set()
    for c in graph.claims:
        if c["doc"] != article or c.get("negated", "false").lower() in ("true", "1"):
            continue
        relation = c["p"].rsplit("#", 1)[1]
        cands = {(s, relation, o) for s in graph.chain(c["s"]) for o in graph.chain(c["o"])}
        text = (graph.label.get(c["s"], c["s"]), relation, graph.label.get(c["o"], c["o"]))
        if cands & allowed:
            found |= cands & required
            right.add(text)
        else:
            wrong.add(" ".join(text))
    precision = len(right) / (len(right) + len(wrong)) if right or wrong else 1.0
    recall = len(found) / len(required) if required else 1.0
    return precision, recall, sorted(required - found), sorted(wrong)


@pytest.mark.parametrize("article", ARTICLES)
def test_article_claims(graph: Graph, article: str) -> None:
    precision, recall, missed, spurious = _score(graph, article)
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL, (
        f"P={precision:.2f} R={recall:.2f} missed={missed} spurious={spurious}"
    )


@pytest.mark.parametrize("article", ARTICLES)
def test_article_affiliations(graph: Graph, article: str) -> None:
    wanted = [tuple(a) for a in EXPECTED[article]["affiliations"]]
    members = defaultdict(set)
    for iri, label in graph.label.items():
        members[label] |= graph.chain(iri)
    missed = [(m, g) for m, g in wanted if g not in members.get(m, set())]
    assert not missed, f"missed affiliations: {missed}"
