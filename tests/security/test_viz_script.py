"""Evidence that looks like HTML cannot stop the network page: the data script holds no '<'."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.network.page import render_page
from tests.api.test_network_page import ALLEGIANCE, ROOT, Page

HOSTILE = [
    "<!--<script>",
    "</script><script>alert(1)</script>",
    "<!-- -->",
    "a & b < c > d",
    "\u2028 \u2029",
]


def _data(sentence: str) -> dict[str, Any]:
    edge = {"id": "e1", "from": "a", "to": "b", "evidence": [{"sentence": sentence}]}
    return {"nodes": [{"id": "a"}, {"id": "b"}], "edges": [edge], "meta": {"view": "full"}}


@pytest.mark.parametrize("sentence", HOSTILE)
def test_the_inlined_data_has_no_angle_bracket_and_reads_back_the_same(sentence: str) -> None:
    page = render_page(data=_data(sentence))
    m = re.search(r'<script id="network-data" type="application/json">(.*?)</script>', page, re.S)
    assert m is not None
    assert "<" not in m.group(1) and ">" not in m.group(1)
    assert json.loads(m.group(1)) == _data(sentence)


@pytest.fixture
def page(browser: Any) -> Iterator[Page]:
    tab = Page(browser)
    yield tab
    tab.close()


@pytest.mark.browser
def test_a_viz_file_with_a_script_comment_in_its_evidence_draws(page: Page, tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(
        "Russia supplied Iran with drones, the ministry said <!--<script> on Monday.\n",
        encoding="utf-8",
    )
    store, out = tmp_path / "store", tmp_path / "network.html"
    for args in (
        ["build", str(article), "--store", str(store), "--quiet"],
        ["viz", "--store", str(store), "--out", str(out), "--view", "full"],
    ):
        r = subprocess.run(
            [str(ALLEGIANCE), *args], capture_output=True, text=True, cwd=ROOT, timeout=600
        )
        assert r.returncode == 0, r.stderr
    assert "<!--<script>" not in out.read_text(encoding="utf-8").split('id="network-data"')[1]
    page.open(out.as_uri())  # waits until the page says it is drawn: no "Loading..." forever
    assert page.errors == []
    inlined = page.tab.evaluate("document.getElementById('network-data').textContent")
    assert "<!--<script>" in json.dumps(json.loads(inlined), ensure_ascii=False)
