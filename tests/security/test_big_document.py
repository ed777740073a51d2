"""A 1.5 MB article (over spaCy's 1,000,000-character max_length) builds through the command
line and over HTTP, and every claim's offsets slice its own sentence out of the article."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.api.conftest import TOKEN, start_server, stop_server
from tests.graph.conftest import SEEDS, run_cli, select

pytestmark = pytest.mark.slow

CLAIMS = """SELECT ?b ?e ?evidence WHERE {{
  ?c a al:Claim ; prov:wasDerivedFrom/dcterms:identifier "{name}" ;
     al:beginIndex ?b ; al:endIndex ?e ; al:evidence ?evidence .
}}"""
ALL_EVIDENCE = "SELECT DISTINCT ?evidence WHERE { ?c a al:Claim ; al:evidence ?evidence }"


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles one after another, blank lines between, to 1.5 million characters."""
    texts = [p.read_text(encoding="utf-8").strip() for p in sorted(SEEDS.glob("*.txt"))]
    parts: list[str] = []
    while sum(len(t) + 2 for t in parts) < 1_500_000:
        parts.append(texts[len(parts) % len(texts)])
    path = tmp_path_factory.mktemp("big") / "big.txt"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


def check_offsets(text: str, rows: list[dict[str, str]], seed_evidence: set[str]) -> None:
    assert rows, "no claim was read from the article"
    assert max(int(r["b"]) for r in rows) > 1_000_000  # claims past spaCy's max_length
    for r in rows:
        assert text[int(r["b"]) : int(r["e"])] == r["evidence"]
    # and the slices are whole sentences: the same ones the seeds give when built one by one
    wrong = [r["evidence"] for r in rows if r["evidence"] not in seed_evidence]
    assert len(wrong) <= len(rows) // 100, wrong[:5]


def test_a_big_article_builds_through_the_command_line(
    article: Path, seed_store: Path, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    r = run_cli("build", article, "--store", store, "--quiet", timeout=3600)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    seed_evidence = {row["evidence"] for row in select(seed_store, ALL_EVIDENCE)}
    rows = select(store, CLAIMS.format(name=article.name))
    check_offsets(article.read_text(encoding="utf-8"), rows, seed_evidence)


def test_a_big_article_builds_over_http(article: Path, seed_store: Path, tmp_path: Path) -> None:
    server = start_server(tmp_path / "store", tmp_path / "server.log", write_token=TOKEN)
    try:
        text = article.read_text(encoding="utf-8")
        with httpx.Client(base_url=server.url, timeout=3600) as client:
            r = client.post(
                "/api/documents",
                params={"identifier": "big.txt"},
                content=text.encode(),
                headers={"authorization": f"Bearer {TOKEN}", "content-type": "text/plain"},
            )
            assert r.status_code == 201, r.text
            assert r.json()["claims"] > 0
        seed_evidence = {row["evidence"] for row in select(seed_store, ALL_EVIDENCE)}
    finally:
        stop_server(server)
    check_offsets(text, select(tmp_path / "store", CLAIMS.format(name="big.txt")), seed_evidence)


def test_a_document_over_the_limit_is_one_line_on_the_command_line(
    article: Path, tmp_path: Path
) -> None:
    r = run_cli(
        "build",
        article,
        "--store",
        tmp_path / "store",
        env={"ALLEGIANCE_MAX_DOCUMENT_CHARS": "1000"},
    )
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert "over the 1000" in r.stderr and "ALLEGIANCE_MAX_DOCUMENT_CHARS" in r.stderr


def test_a_document_over_the_limit_is_413_over_http(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    server = start_server(
        tmp_path / "store",
        tmp_path / "server.log",
        write_token=TOKEN,
        max_document_chars=1_000,
        max_body_bytes=5_000,
    )
    auth = {"authorization": f"Bearer {TOKEN}", "content-type": "text/plain"}
    try:
        with server.client() as client:
            r = client.post(
                "/api/documents",
                params={"identifier": "long.txt"},
                content=("Russia supplied Iran. " * 100).encode(),
                headers=auth,
            )
            assert r.status_code == 413, r.text
            assert r.json()["error"] == "DocumentTooLargeError"
            assert "1000" in r.json()["detail"]
            assert "ALLEGIANCE_MAX_DOCUMENT_CHARS" in r.json()["detail"]
            r = client.post(
                "/api/documents",
                params={"identifier": "longer.txt"},
                content=b"x " * 5_000,
                headers=auth,
            )
            assert r.status_code == 413
            assert "5000" in r.json()["detail"]
            assert "ALLEGIANCE_MAX_BODY_BYTES" in r.json()["detail"]
    finally:
        stop_server(server)
