"""The command line a new user meets: help with examples, one line per mistake, quiet pipes."""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

import pytest

from graph.cli import parser
from tests.graph.conftest import ALLEGIANCE, ROOT, run_cli

ALL_TRIPLES = "SELECT * WHERE { ?s ?p ?o }"


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    for action in parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("no subcommands")


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_every_argument_has_help_and_every_command_an_example(name: str) -> None:
    command = _subcommands()[name]
    for action in command._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        assert action.help and len(action.help) > 10, (name, action.dest)
    assert command.epilog and f"allegiance {name}" in command.epilog
    r = run_cli(name, "--help")
    assert r.returncode == 0 and "examples:" in r.stdout


def _cases(tmp: Path, store: Path) -> dict[str, tuple[list[str | Path], str, str]]:
    """name -> (arguments, stdin, words the one line must hold)."""
    folder = tmp / "a-folder.rq"
    folder.mkdir()
    latin = tmp / "latin.rq"
    latin.write_bytes("SELECT * WHERE { ?s ?p 'caf\u00e9' }".encode("latin-1"))
    s = ["--store", store]
    return {
        "query file missing": (["query", *s, "@missing.rq"], "", "missing.rq: no such file"),
        "query file a folder": (["query", *s, f"@{folder}"], "", "a folder"),
        "query file not UTF-8": (["query", *s, f"@{latin}"], "", "not UTF-8"),
        "empty stdin": (["query", *s, "-"], "", "empty"),
        "misspelt keyword": (["query", *s, "SELEC * {}"], "", "line 1, column 1: 'SELEC'"),
        "update as a query": (["query", *s, "INSERT DATA {}"], "", "INSERT begins an update"),
        "undeclared prefix": (
            ["query", *s, "SELECT * WHERE {\n ?s x:p ?o }"],
            "",
            "line 2, column 5: the prefix x: is not declared",
        ),
        "unfinished query": (["query", *s, "SELECT * WHERE { ?s ?p"], "", "line 1, column"),
        "unknown format": (["query", *s, "--format", "yaml", "ASK {}"], "", "'yaml'"),
        "no store": (["query", "--store", tmp / "none", "ASK {}"], "", "no store"),
        "unknown command": (["frobnicate"], "", "'frobnicate'"),
        "no command": ([], "", "required"),
        "bad date": (["viz", *s, "--out", tmp / "v.html", "--since", "notadate"], "", "YYYY"),
        "viz into a missing folder": (["viz", *s, "--out", tmp / "no/v.html"], "", "cannot write"),
        "export into a missing folder": (["export", *s, "--out", tmp / "no/a.trig"], "", "no/a"),
        "build nothing": (["build", tmp / "nothing", *s], "", "nothing"),
        "not a number": (["viz", *s, "--out", tmp / "v.html", "--depth", "two"], "", "'two'"),
    }


def test_every_user_error_is_one_line_and_a_non_zero_exit(seed_store: Path, tmp_path: Path) -> None:
    for name, (args, stdin, words) in _cases(tmp_path, seed_store).items():
        r = subprocess.run(
            [str(ALLEGIANCE), *map(str, args)],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=300,
        )
        lines = r.stderr.strip().splitlines()
        assert r.returncode != 0, name
        assert len(lines) == 1, (name, r.stderr)
        assert "Traceback" not in r.stderr and words in lines[0], (name, lines[0])
        assert lines[0].startswith("allegiance"), (name, lines[0])


def test_a_query_from_a_file_or_stdin(seed_store: Path, tmp_path: Path) -> None:
    query = tmp_path / "count.rq"
    query.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    from_file = run_cli("query", "--store", seed_store, f"@{query}", "--format", "csv")
    assert from_file.returncode == 0, from_file.stderr
    from_stdin = subprocess.run(
        [str(ALLEGIANCE), "query", "--store", str(seed_store), "-", "--format", "csv"],
        input=query.read_text(),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert from_stdin.stdout == from_file.stdout and from_file.stdout.startswith("n\n")


def test_a_reader_that_stops_early_gets_no_traceback(seed_store: Path) -> None:
    """`allegiance query ... | head -1`: the rest of the output has nowhere to go."""
    for _ in range(3):
        process = subprocess.Popen(
            [str(ALLEGIANCE), "query", "--store", str(seed_store), ALL_TRIPLES, "--format", "tsv"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
        )
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()
        process.stdout.close()
        process.wait(timeout=300)
        assert process.stderr.read() == b""
        assert process.returncode in (0, 141)


def test_stats_is_an_aligned_table_and_json_on_request(seed_store: Path) -> None:
    table = run_cli("stats", "--store", seed_store)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["documents", "2"]
    assert "{" not in table.stdout and "'" not in table.stdout
    numbers = [line for line in lines if line.split()[-1].replace(",", "").isdigit()]
    assert len({len(line) for line in numbers}) == 1  # right-aligned in one column
    assert any(line.startswith("  ") for line in lines)  # a class or relation under its total
    stats = json.loads(run_cli("stats", "--store", seed_store, "--json").stdout)
    assert f"{sum(stats['claims'].values()):,}" in table.stdout
