"""graph.network the hand-made fixture graph, a synthetic big one, and the seeds via the CLI."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graph.analysis.alignment import alignments
from graph.errors import InputError
from graph.network.build import actor_graph, network, rank
from graph.network.layout import CORE
from graph.network.model import NetworkQuery
from graph.schema import load_registry
from graph.settings import DATA_DIR
from graph.store import EmbeddedStore
from tests.graph.analysis.test_alignment import store_with
from tests.graph.conftest import run_cli

ROOT = Path(__file__).resolve().parents[3]
ID = "https://w3id.org/allegiance/id/"
REGISTRY = load_registry(DATA_DIR)
AL = "https://w3id.org/allegiance/ontology#"


@pytest.fixture(scope="module")
def store() -> EmbeddedStore:
    return store_with(fixture=True)


def short(iri: str) -> str:
    return iri.removeprefix(ID)


def edges(data: dict[str, Any]) -> dict[tuple[str, str, str], dict[str, Any]]:
    return {(short(e["from"]), e["stance"], short(e["to"])): e for e in data["edges"]}


def labels(data: dict[str, Any]) -> set[str]:
    return {n["label"] for n in data["nodes"]}


def test_the_actor_view_is_the_alignment_roll_up(store: EmbeddedStore) -> None:
    data = network(store, NetworkQuery(), REGISTRY)
    expected = {
        (short(p.source.id), stance, short(p.target.id)): p.claims
        for stance in ("supports", "opposes")
        for p in alignments(store, stance)  # type: ignore[arg-type]
    }
    assert {k: e["claims"] for k, e in edges(data).items()} == expected
    assert expected[("state/PRK", "supports", "state/RUS")] == 3
    assert labels(data) == {"North Korea", "Russia", "Iran", "Ukraine", "European Union"}


def test_the_full_view_keeps_each_claims_own_sides_and_drops_negated_claims(
    store: EmbeddedStore,
) -> None:
    data = network(store, NetworkQuery(view="full"), REGISTRY)
    got = edges(data)
    assert ("unit/kpa-11", "supports", "region/kursk") in got
    assert ("official/kim-jong-un", "supports", "agency/RUS-MOD") in got
    assert ("org/EUCO", "opposes", "state/PRK") in got
    sentences = [ev["sentence"] for e in data["edges"] for ev in e["evidence"]]
    assert not any("did not supply" in s for s in sentences)  # c3 is negated
    assert len(sentences) == 7


def test_edges_are_coloured_by_stance_widened_by_claims_and_dashed_when_weak(
    store: EmbeddedStore,
) -> None:
    got = edges(network(store, NetworkQuery(), REGISTRY))
    prk_rus = got[("state/PRK", "supports", "state/RUS")]
    iran_rus = got[("state/IRN", "supports", "state/RUS")]  # only an "allegedly" claim
    rus_ukr = got[("state/RUS", "opposes", "state/UKR")]
    assert prk_rus["color"]["color"] == REGISTRY["supports"].colour == "#2ca02c"
    assert rus_ukr["color"]["color"] == REGISTRY["opposes"].colour == "#d62728"
    assert prk_rus["width"] > rus_ukr["width"] == 1
    assert prk_rus["label"] == "deploys, pays, supplies"
    assert iran_rus["dashes"] is True and iran_rus["hedged_only"] is True
    assert prk_rus["dashes"] is False and rus_ukr["dashes"] is False
    assert rus_ukr["arrows"] == "to"


def test_nodes_are_shaped_by_type_and_carry_their_card(store: EmbeddedStore) -> None:
    nodes = {
        short(n["id"]): n for n in network(store, NetworkQuery(view="full"), REGISTRY)["nodes"]
    }
    assert nodes["state/PRK"]["shape"] == "dot"
    assert nodes["org/EUCO"]["shape"] == "hexagon"
    assert nodes["official/kim-jong-un"]["shape"] == "diamond"
    assert nodes["region/kursk"]["shape"] == "star"
    assert nodes["state/PRK"]["alt_labels"] == ["DPRK", "Pyongyang"]
    assert nodes["state/PRK"]["wikidata"] == "http://www.wikidata.org/entity/Q423"


def test_evidence_names_its_document_title_and_date(store: EmbeddedStore) -> None:
    got = edges(network(store, NetworkQuery(), REGISTRY))
    [ev] = got[("state/RUS", "opposes", "state/UKR")]["evidence"]
    assert ev == {
        "document": "001_sanctions.txt",
        "title": "EU sanctions North Korea",
        "date": "2024-11-05",
        "sentence": "Russia attacked Ukraine's energy grid again.",
        "relation": "attacks",
        "hedged": False,
        "attributed_to": None,
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (NetworkQuery(relations=("sanctions",)), {("org/EU", "opposes", "state/PRK")}),
        (
            NetworkQuery(relations=("sanctions", "attacks")),
            {("org/EU", "opposes", "state/PRK"), ("state/RUS", "opposes", "state/UKR")},
        ),
        (NetworkQuery(documents=("002_undated.txt",)), {("state/IRN", "supports", "state/RUS")}),
        (
            NetworkQuery(since=dt.date(2024, 11, 1)),
            {("org/EU", "opposes", "state/PRK"), ("state/RUS", "opposes", "state/UKR")},
        ),
        (NetworkQuery(until=dt.date(2024, 10, 31)), {("state/PRK", "supports", "state/RUS")}),
        (
            NetworkQuery(view="full", types=("State",)),
            {
                ("state/IRN", "supports", "state/RUS"),
                ("state/PRK", "supports", "state/RUS"),
                ("state/RUS", "opposes", "state/UKR"),
            },
        ),
    ],
)
def test_filters(store: EmbeddedStore, query: NetworkQuery, expected: set[Any]) -> None:
    assert set(edges(network(store, query, REGISTRY))) == expected


def test_a_focus_by_any_name_keeps_its_neighbourhood_to_the_depth_asked(
    store: EmbeddedStore,
) -> None:
    one = network(store, NetworkQuery(actor="dprk", depth=1), REGISTRY)
    assert labels(one) == {"North Korea", "Russia", "European Union"}
    assert one["meta"]["focus"] == [ID + "state/PRK"]
    two = network(store, NetworkQuery(actor="DPRK", depth=2), REGISTRY)
    assert labels(two) == labels(one) | {"Iran", "Ukraine"}
    alone = network(store, NetworkQuery(actor=ID + "state/PRK", depth=0), REGISTRY)
    assert labels(alone) == {"North Korea"} and alone["edges"] == []
    nobody = network(store, NetworkQuery(actor="Atlantis"), REGISTRY)
    assert nobody["nodes"] == [] and nobody["meta"]["focus"] == []


def test_the_limit_keeps_the_best_connected_nodes(store: EmbeddedStore) -> None:
    data = network(store, NetworkQuery(limit=2), REGISTRY)
    assert labels(data) == {"Russia", "North Korea"}
    assert (data["meta"]["total_nodes"], data["meta"]["total_edges"]) == (5, 4)


def test_the_layout_is_computed_here_and_the_same_every_time(store: EmbeddedStore) -> None:
    first = network(store, NetworkQuery(view="full"), REGISTRY)
    again = network(store, NetworkQuery(view="full"), REGISTRY)
    assert first["meta"]["laid_out"] is True
    assert all("x" in n and "y" in n for n in first["nodes"])
    assert [(n["x"], n["y"]) for n in first["nodes"]] == [(n["x"], n["y"]) for n in again["nodes"]]


def test_bad_filters_name_what_is_allowed(store: EmbeddedStore) -> None:
    with pytest.raises(InputError, match=r"unknown relations.*allowed: attacks"):
        network(store, NetworkQuery(relations=("hugs",)), REGISTRY)
    with pytest.raises(InputError, match=r"unknown entity types.*allowed: State"):
        NetworkQuery(types=("Country",))
    with pytest.raises(InputError, match="unknown view"):
        NetworkQuery(view="tree")  # type: ignore[arg-type]


def test_rank_counts_claims_received_and_made(store: EmbeddedStore) -> None:
    graph = actor_graph(store, REGISTRY)
    assert rank(graph, "supports", incoming=True) == {"Russia": 4}
    assert rank(graph, "supports", incoming=False) == {"North Korea": 3, "Iran": 1}
    assert rank(graph, "opposes", incoming=True, relation="sanctions") == {"North Korea": 1}


def synthetic(entities: int, claims: int, seed: int = 3) -> str:
    """TriG: ``entities`` states and ``claims`` supply/attack claims between them."""
    rnd = random.Random(seed)
    out = [f"GRAPH <{ID}graph/entities> {{"]
    out += [
        f'<{ID}state/S{i}> a <{AL}State> ; <http://www.w3.org/2000/01/rdf-schema#label> "S{i}" .'
        for i in range(entities)
    ]
    out.append(f"}}\nGRAPH <{ID}graph/doc/d> {{")
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    for c in range(claims):
        # a few hubs, as in the news: most claims involve a small number of states
        s, o = (int(entities * rnd.random() ** 3) for _ in range(2))
        s = c if c < entities else s  # every entity takes part in some claim
        if s == o:
            o = (o + 1) % entities
        p = "supplies" if c % 3 else "attacks"
        out.append(
            f"<{ID}claim/c{c}> a <{AL}Claim> ; <{rdf}subject> <{ID}state/S{s}> ; "
            f"<{rdf}predicate> <{AL}{p}> ; <{rdf}object> <{ID}state/S{o}> ; "
            f'<http://www.w3.org/ns/prov#wasDerivedFrom> <{ID}doc/d> ; <{AL}evidence> "c{c}" .'
        )
    out.append("}")
    return "\n".join(out)


def test_a_big_graph_is_cut_to_the_default_limit_and_laid_out_here() -> None:
    store = store_with(synthetic(600, 2400))
    data = network(store, NetworkQuery(), REGISTRY)
    assert len(data["nodes"]) == 150
    assert data["meta"]["total_nodes"] == 600 and data["meta"]["laid_out"] is True
    hub = network(store, NetworkQuery(actor="S0", depth=1, limit=0), REGISTRY)
    assert 1 < len(hub["nodes"]) <= 600
    everything = network(store, NetworkQuery(limit=0), REGISTRY)
    assert len(everything["nodes"]) == 600 > CORE
    assert everything["meta"]["laid_out"] is True  # the core by spring layout, the rest around
    assert all("x" in n and "y" in n for n in everything["nodes"])
    spots = {(n["x"], n["y"]) for n in everything["nodes"]}
    assert len(spots) == 600  # nobody on top of anybody
    shown = {n["id"] for n in everything["nodes"]}
    assert all(e["from"] in shown and e["to"] in shown for e in everything["edges"])


# --- the command line, on the seeds ------------------------------------------------------------


def test_viz_writes_one_self_contained_page(seed_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "net.html"
    r = run_cli("viz", "--store", seed_store, "--out", out, "--view", "full")
    assert r.returncode == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    assert "<script src=" not in page and '<link rel="stylesheet"' not in page
    assert "new vis.Network(" in page
    start = page.index('<script id="network-data" type="application/json">')
    raw = page[start:].split(">", 1)[1].split("</script>", 1)[0]
    data = json.loads(raw)
    assert data["meta"]["view"] == "full" and data["nodes"] and data["edges"]


def test_export_graphml_and_gexf_for_gephi(seed_store: Path, tmp_path: Path) -> None:
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"actors.{fmt}"
        r = run_cli("export", "--store", seed_store, "--format", fmt, "--out", out)
        assert r.returncode == 0, r.stderr
        ET.parse(out)  # well-formed XML
        graph = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
        weights = [d["weight"] for _, _, d in graph.edges(data=True)]
        assert graph.number_of_edges() > 0 and all(w >= 1 for w in weights)
        for _, _, d in graph.edges(data=True):
            assert 1 <= int(d["documents"]) <= int(d["claims"]) == int(d["weight"])
        assert {"label", "type"} <= set(next(iter(graph.nodes(data=True)))[1])


def test_stats_names_who_is_most_supported_supporting_and_condemned(seed_store: Path) -> None:
    r = run_cli("stats", "--store", seed_store, "--json")
    assert r.returncode == 0, r.stderr
    stats = json.loads(r.stdout)
    assert next(iter(stats["most_supported"])) in {"Russia", "Ukraine"}
    assert stats["most_supporting"]["North Korea"] >= 1
    assert set(stats) >= {"most_supported", "most_supporting", "most_condemned", "most_opposed"}


# --- the notebook ------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_explore_notebook_runs_and_is_stored_without_outputs(tmp_path: Path) -> None:
    import nbformat
    from nbclient import NotebookClient

    path = ROOT / "notebooks/explore.ipynb"
    notebook = nbformat.read(path, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code), "clear the outputs"
    # a kernel spec of our own that runs this venv's python, whatever else is installed
    spec = tmp_path / "kernels/allegiance"
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    kernel = {"argv": argv, "display_name": "allegiance", "language": "python"}
    (spec / "kernel.json").write_text(json.dumps(kernel))
    os.environ["JUPYTER_PATH"] = str(tmp_path)
    try:
        client = NotebookClient(
            notebook,
            kernel_name="allegiance",
            timeout=600,
            resources={"metadata": {"path": str(ROOT / "notebooks")}},
        )
        client.execute()
    finally:
        del os.environ["JUPYTER_PATH"]
    text = "".join(
        o.get("text", "") for c in notebook.cells if c.cell_type == "code" for o in c.outputs
    )
    assert "-> Russia" in text and "most supported" in text
    assert "month" in text and "around Russia" in text  # the timeline and the actor's network
    assert "claims documents sources" in text  # the README's actor-level query, as the API says
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the balance over time
    shown = [o for o in notebook.cells[-1].outputs if "data" in o]
    assert any("<iframe srcdoc=" in o["data"].get("text/html", "") for o in shown)
    warnings = [
        o.get("text", "")
        for c in notebook.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.get("name") == "stderr" or o.get("output_type") == "error"
    ]
    assert warnings == []


def test_an_official_searched_in_the_actor_view_focuses_their_state(tmp_path: Path) -> None:
    """'Putin' is no node of the actor view; the search lands on Russia, whom he heads."""
    from graph.network.build import network
    from graph.network.model import NetworkQuery
    from graph.store import EmbeddedStore
    from tests.api.conftest import load_store

    load_store(tmp_path / "store")  # the ontology, so that al:heads is an affiliation
    store = EmbeddedStore(tmp_path / "store")
    store.update(
        """PREFIX al: <https://w3id.org/allegiance/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        INSERT DATA { GRAPH <urn:g> {
          <urn:ru> a al:State ; rdfs:label "Russia" . <urn:ir> a al:State ; rdfs:label "Iran" .
          <urn:ua> a al:State ; rdfs:label "Ukraine" .
          <urn:putin> a al:Official ; rdfs:label "Vladimir Putin" ; skos:altLabel "Putin" ;
                      al:heads <urn:ru> .
          <urn:c1> a al:Claim ; rdf:subject <urn:ir> ; rdf:predicate al:supplies ;
                   rdf:object <urn:ru> ; al:evidence "Iran supplied drones to Russia." .
          <urn:c2> a al:Claim ; rdf:subject <urn:ru> ; rdf:predicate al:attacks ;
                   rdf:object <urn:ua> ; al:evidence "Russia attacked Ukraine." .
        } }"""
    )
    data = network(store, NetworkQuery(actor="putin", depth=0), REGISTRY)
    assert data["meta"]["focus"] == ["urn:ru"]
    assert {n["label"] for n in data["nodes"]} == {"Russia"}
