"""Long texts in pieces: the pieces are the text again, cut where a sentence cannot run on."""

from __future__ import annotations

import pytest
import spacy

from graph.text.chunks import parse, pieces

PARAGRAPHS = "\n\n".join(f"Paragraph {i}. " + "Russia supplied Iran. " * 20 for i in range(40))


@pytest.mark.parametrize("max_chars", [50, 500, 1_000, 5_000, 10**6])
def test_the_pieces_are_the_text_again_and_none_is_over_the_limit(max_chars: int) -> None:
    parts = pieces(PARAGRAPHS, max_chars)
    assert "".join(parts) == PARAGRAPHS
    assert all(0 < len(p) <= max_chars for p in parts)


def test_a_piece_ends_after_a_blank_line_when_there_is_one() -> None:
    parts = pieces(PARAGRAPHS, 1_000)
    assert len(parts) > 1
    assert all(p.endswith("\n\n") for p in parts[:-1])
    assert all(p.startswith("Paragraph") for p in parts)


def test_one_long_paragraph_is_cut_after_a_full_stop_else_at_a_space() -> None:
    text = "Russia supplied Iran. " * 200
    assert all(p.endswith(". ") for p in pieces(text, 300)[:-1])
    words = "word " * 200
    assert all(p.endswith(" ") for p in pieces(words, 300)[:-1])
    solid = "x" * 1_000
    assert pieces(solid, 300) == ["x" * 300] * 3 + ["x" * 100]


def test_parse_joins_the_pieces_into_one_doc_with_offsets_into_the_whole_text() -> None:
    nlp = spacy.blank("en")
    short = "Iran supplied Russia."
    docs = list(parse(nlp, [PARAGRAPHS, short], max_chars=700))
    assert [d.text for d in docs] == [PARAGRAPHS, short]
    for token in docs[0]:
        assert PARAGRAPHS[token.idx : token.idx + len(token.text)] == token.text
    assert len(docs[0]) == len(nlp(PARAGRAPHS))


def test_a_text_over_spacys_max_length_is_parsed() -> None:
    nlp = spacy.blank("en")
    nlp.max_length = 10_000
    text = ("Russia supplied Iran with drones. " * 30 + "\n\n") * 20  # about 20,000 characters
    with pytest.raises(ValueError, match="max_length"):
        nlp(text)
    (doc,) = parse(nlp, [text], max_chars=5_000)
    assert doc.text == text
