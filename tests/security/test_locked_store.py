"""``allegiance serve`` on a store it cannot have says so in one line and exits non-zero."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox

from tests.api.conftest import free_port

ALLEGIANCE = Path(sys.executable).parent / "allegiance"


def test_serve_on_a_store_locked_by_another_process_is_one_line(tmp_path: Path) -> None:
    holder = ox.Store(str(tmp_path / "store"))  # this process holds RocksDB's lock
    try:
        port = str(free_port())
        done = subprocess.run(
            [str(ALLEGIANCE), "serve", "--store", str(tmp_path / "store"), "--port", port],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        del holder
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("allegiance: error:")
    assert "open in another process" in lines[0]
