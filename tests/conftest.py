"""Fixtures every test folder shares: one headless Chromium for the whole session."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.api.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.graph.conftest import SEEDS, run_cli


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built once per session (for tests in any folder); tests that write copy it."""
    store = tmp_path_factory.mktemp("seeds") / "store"
    r = run_cli("build", SEEDS, "--store", store, "--quiet")
    assert r.returncode == 0, r.stderr
    return store


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium driven by Playwright (nothing downloaded), or a skip."""
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is not installed: run `make setup-browser`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


# the W3C suites run by our own runners, and the name each count is printed under
W3C_SUITES = {
    "tests/api/test_w3c_protocol.py::test_w3c_protocol[": "W3C SPARQL 1.1 Protocol",
    "tests/api/test_w3c_dataset.py::test_w3c_dataset[": "W3C SPARQL query dataset tests",
    "tests/api/test_w3c_graph_store.py::test_w3c_graph_store[": "W3C SPARQL 1.1 Graph Store",
}


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """One line per W3C suite that ran: how many of its cases passed."""
    counts: dict[str, dict[str, int]] = {}
    for outcome in ("passed", "failed", "error", "xfailed", "xpassed", "skipped"):
        for report in terminalreporter.stats.get(outcome, []):
            nodeid = getattr(report, "nodeid", "")
            if getattr(report, "when", "call") not in ("call", "setup") or not nodeid:
                continue
            if outcome == "passed" and report.when != "call":
                continue
            for prefix, suite in W3C_SUITES.items():
                if nodeid.startswith(prefix):
                    tally = counts.setdefault(suite, {})
                    tally[outcome] = tally.get(outcome, 0) + 1
    for suite, tally in counts.items():
        total = sum(tally.values())
        rest = ", ".join(f"{n} {o}" for o, n in tally.items() if o != "passed")
        line = f"{suite}: {tally.get('passed', 0)} of {total} cases passed"
        terminalreporter.write_line(line + (f" ({rest})" if rest else ""))
