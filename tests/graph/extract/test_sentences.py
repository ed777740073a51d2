"""Sentence bounds the real pipeline draws: an abbreviated title before a name ends no sentence,
a full stop after any other word still does."""

from __future__ import annotations

import pytest

from graph.store.read import Reader


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "According to Pentagon press secretary Brig. Gen. Pat Ryder, Turkish drones struck "
            "targets near Hasakah.",
            1,
        ),
        ("He met Lt. Col. Smith. Then he left for the U.S. The next day Gen. Milley spoke.", 3),
        ("Sen. Lindsey Graham and Rep. Mike Turner visited Kyiv. They met Zelensky.", 2),
    ],
)
def test_a_title_abbreviation_ends_no_sentence(
    build_reader: Reader, text: str, sentences: int
) -> None:
    assert len(list(build_reader.nlp(text).sents)) == sentences
