"""RocksDB's LOG.old.* files stay bounded however often the store is opened."""

from __future__ import annotations

import os
from pathlib import Path

from graph.store.embedded import KEEP_OLD_LOGS, EmbeddedStore


def test_opening_the_store_keeps_only_the_newest_old_logs(tmp_path: Path) -> None:
    path = tmp_path / "store"
    EmbeddedStore(path).close()
    for i in range(30):  # what 30 killed builds leave
        old = path / f"LOG.old.{1_700_000_000_000_000 + i}"
        old.write_text(f"log {i}\n")
        os.utime(old, (1_700_000_000 + i, 1_700_000_000 + i))
    EmbeddedStore(path).close()
    left = sorted(path.glob("LOG.old.*"))
    assert len(left) == KEEP_OLD_LOGS
    # the newest survive: the last four written here and the one this opening made
    assert {p.name for p in left} >= {f"LOG.old.{1_700_000_000_000_000 + i}" for i in range(26, 30)}
    assert (path / "LOG").exists()


def test_many_real_openings_leave_a_bounded_number(tmp_path: Path) -> None:
    path = tmp_path / "store"
    for _ in range(3 * KEEP_OLD_LOGS):
        EmbeddedStore(path).close()
    assert len(list(path.glob("LOG.old.*"))) <= KEEP_OLD_LOGS
    EmbeddedStore(path, read_only=True).close()  # a reader never deletes anything
