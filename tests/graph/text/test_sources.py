"""The MinHash of ``graph.text.sources`` in 64-bit integers gives the Python formula's values."""

from __future__ import annotations

import random

import numpy as np

from graph.text import sources


def test_the_permutations_are_exact_at_the_edges_and_at_random() -> None:
    rng = random.Random(11)
    prime = (1 << 61) - 1
    values = [0, 1, 2, prime - 2, prime - 1, (1 << 31) - 1, 1 << 31, (1 << 60) + 12345]
    values += [rng.randrange(0, prime) for _ in range(500)]
    got = sources._permuted(np.array(values, dtype=np.uint64)[None, :])
    for i, (a, b) in enumerate(sources._PERMUTATIONS):
        assert [int(v) for v in got[i]] == [(a * x + b) % prime for x in values], i


def test_a_copy_under_another_headline_is_near_and_another_story_is_not() -> None:
    story = " ".join(f"word{i} said the minister of state number {i % 7}" for i in range(80))
    copy = "A NEW HEADLINE\n" + story
    other = " ".join(f"term{i} denied the spokesman of agency {i % 5}" for i in range(80))
    one, two, three = (sources.fingerprint(t) for t in (story, copy, other))
    assert sources.similarity(one.signature, two.signature) >= sources.NEAR_DUPLICATE
    assert sources.similarity(one.signature, three.signature) < 0.2
    assert set(one.bands) & set(two.bands)
