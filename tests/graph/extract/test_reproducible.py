"""The same text gives the same claims in every process: no choice may follow the order of a set,
which Python's string hashing changes from one process to the next."""

from __future__ import annotations

import os
import subprocess
import sys

# a threat with no target, two adversaries tied in the text: once the winner followed set order
TEXT = (
    "Kataib Hezbollah fired drones at US forces in Jordan, and US jets struck targets in Iraq. "
    "Kataib Hezbollah announced it was suspending its operations against US forces to avoid "
    "embarrassing the Iraqi government. Pentagon press secretary Pat Ryder was not impressed: "
    "actions speak louder than words, he told reporters, and there will be consequences."
)

PROGRAM = """
import sys
from graph.extract.entities import PersonIndex
from graph.settings import Settings
from graph.store.read import Reader

reader = Reader(Settings())
found = reader.extract(reader.nlp(sys.stdin.read()), PersonIndex())
label = {k: e.label for k, e in found.entities.entities.items()}
for c in found.claims:
    print(label[c.subject], c.relation, label[c.object], c.negated, c.hedged, c.confidence)
"""


def claims_with_hash_seed(seed: int) -> str:
    out = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        input=TEXT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": str(seed)},
        check=True,
        timeout=300,
    )
    return out.stdout


def test_claims_do_not_depend_on_string_hashing() -> None:
    first = claims_with_hash_seed(1)
    assert "warns" in first  # the tie the test is about is there to break
    for seed in (5, 9):
        assert claims_with_hash_seed(seed) == first
