"""Where a line of text ends a sentence (graph.text.lines)."""

from __future__ import annotations

import pytest

from graph.text.lines import Lines

RUNS_ON = ("the", "of", "and")


@pytest.mark.parametrize(
    ("text", "breaks"),
    [
        # a headline ends before a line that opens with a capital, a quote or a list item's mark
        ("Key points\n- In May the US accused South Africa.", 1),
        ("Key points\n* In May the US accused South Africa.", 1),
        ("Key points\n1. In May the US accused South Africa.", 1),
        ("Russia warns NATO\nMoscow said on Monday it would respond.", 1),
        # a line wrapped inside a sentence, or one ending in a word that runs on, ends nothing
        ("The sanctions cover\nthe banks of Iran.", 0),
        ("Sanctions were imposed on the\n- listed entities.", 0),
        # a transcript's speaker, and a name the speaker addresses, end a sentence of their own
        ("PRESENTER: Who is behind this?", 1),
        ("CORRESPONDENT (LILIAN CHEBET): Amina, the United States condemned it.", 1),
        ("Note: the United States condemned it.", 0),
    ],
)
def test_a_headline_ends_its_line(text: str, breaks: int) -> None:
    assert len(Lines(text, RUNS_ON).breaks) == breaks
