"""The sentence-level claim tests stay broad enough to mean something."""

from __future__ import annotations

from tests.graph.extract import (
    test_epistemics,
    test_hostility,
    test_no_claim,
    test_support,
    test_transfers,
    test_wire,
)


def test_there_are_enough_cases() -> None:
    modules = (
        test_epistemics,
        test_hostility,
        test_no_claim,
        test_support,
        test_transfers,
        test_wire,
    )
    assert sum(len(m.CASES) for m in modules) >= 100
