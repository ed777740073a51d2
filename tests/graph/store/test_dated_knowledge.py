"""Knowledge as data, end to end: posts held at the document's date, companies with their home
state, armed groups at home, weapons that are never actors."""

from __future__ import annotations

import datetime as dt

from graph.analysis.alignment import alignments
from graph.store.build import Builder
from graph.text.documents import document_from_text
from graph.vocab import PREFIXES


def _pairs(b: Builder, summary: str, actor: str | None = None) -> set[tuple[str, str]]:
    found = alignments(b.store, summary, actor=actor)  # type: ignore[arg-type]
    return {(p.source.label, p.target.label) for p in found}


def test_the_same_official_rolls_up_by_the_document_date(builder: Builder) -> None:
    text = "Mark Rutte condemned Russia's attack on Ukraine."
    builder.ingest([document_from_text("2023.txt", text, date=dt.date(2023, 3, 1))])
    assert _pairs(builder, "opposes", "Russia") >= {("Netherlands", "Russia")}
    builder.ingest([document_from_text("2025.txt", text, date=dt.date(2025, 3, 1))])
    builder.ingest([document_from_text("undated.txt", text)])
    pairs = _pairs(builder, "opposes", "Russia")
    assert ("Netherlands", "Russia") in pairs and ("NATO", "Russia") in pairs
    by_doc = {
        e.document: (p.source.label)
        for p in alignments(builder.store, "opposes", actor="Russia")
        for e in p.evidence
    }
    assert by_doc == {"2023.txt": "Netherlands", "2025.txt": "NATO", "undated.txt": "NATO"}


def test_an_undated_document_says_it_took_the_current_post(builder: Builder) -> None:
    builder.ingest([document_from_text("undated.txt", "Mark Rutte condemned Russia.")])
    rows = builder.store.select(
        PREFIXES + "SELECT ?basis WHERE { ?c a al:Claim ; al:affiliationBasis ?basis }"
    )
    assert [r["basis"] for r in rows] == [
        "Mark Rutte heads NATO: the current post, the document has no date"
    ]


def test_the_text_s_title_names_the_post_of_an_undated_official(builder: Builder) -> None:
    # undated, Rutte's current post is NATO's; "Prime Minister" names his Dutch post, and the
    # claim says on what the affiliation rests
    text = "Prime Minister Mark Rutte condemned Russia's attack on Ukraine."
    builder.ingest([document_from_text("undated.txt", text)])
    pairs = _pairs(builder, "opposes", "Russia")
    assert ("Netherlands", "Russia") in pairs and ("NATO", "Russia") not in pairs
    rows = builder.store.select(
        PREFIXES + "SELECT ?basis WHERE { ?c a al:Claim ; al:affiliationBasis ?basis }"
    )
    assert [r["basis"] for r in rows] == [
        "Mark Rutte heads Netherlands: the post the text's title ('prime minister') names, "
        "held until 2024-07-02"
    ]


def test_a_title_beside_a_body_s_name_keeps_the_current_post(builder: Builder) -> None:
    text = "Council President Antonio Costa condemned Russia's attack on Ukraine."
    builder.ingest([document_from_text("undated.txt", text)])
    assert ("Portugal", "Russia") not in _pairs(builder, "opposes", "Russia")


def test_a_2019_secretary_of_state_is_the_united_states(builder: Builder) -> None:
    text = "Mike Pompeo condemned Iran's missile tests."
    builder.ingest([document_from_text("2019.txt", text, date=dt.date(2019, 5, 1))])
    assert ("United States", "Iran") in _pairs(builder, "opposes")


def test_a_company_acts_for_its_home_state(builder: Builder) -> None:
    builder.ingest([document_from_text("a.txt", "Baykar supplied drones to Ukraine.")])
    rows = builder.store.select(
        PREFIXES + "SELECT ?s WHERE { ?c a al:Company ; rdfs:label 'Baykar' ; al:homeState ?s }"
    )
    assert [r["s"] for r in rows] == ["https://w3id.org/allegiance/id/state/TUR"]
    assert ("Turkey", "Ukraine") in _pairs(builder, "supports")


def test_an_armed_group_deployed_at_home_is_no_deployment(builder: Builder) -> None:
    text = "The Houthis deployed fighters in Yemen. Iran deployed advisers in Yemen."
    report = builder.ingest([document_from_text("a.txt", text)])
    rows = {(r["subject"], r["relation"], r["object"]) for r in report.documents[0].claim_rows}
    assert ("Houthis", "deploys", "Yemen") not in rows
    assert ("Iran", "deploys", "Yemen") in rows
    where = builder.store.select(
        PREFIXES + "SELECT ?s WHERE { ?g rdfs:label 'Houthis' ; al:operatesIn ?s }"
    )
    assert [r["s"] for r in where] == ["https://w3id.org/allegiance/id/state/YEM"]


def test_weapons_are_never_actors(builder: Builder) -> None:
    text = "Germany sent IRIS-T systems and Leopard 2 tanks to Ukraine, and Abrams tanks arrived."
    report = builder.ingest([document_from_text("a.txt", text)])
    labels = {
        r["l"]
        for r in builder.store.select(
            PREFIXES + "SELECT ?l WHERE { ?e a ?t ; rdfs:label ?l . ?t rdfs:subClassOf* al:Actor }"
        )
    }
    assert not labels & {"IRIS", "IRIS-T", "Leopard", "Leopard 2", "Abrams"}, labels
    rows = {(r["subject"], r["relation"], r["object"]) for r in report.documents[0].claim_rows}
    assert ("Germany", "supplies", "Ukraine") in rows
