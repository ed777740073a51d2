"""Reading articles: identifiers, dates, titles, and the offsets the parser sees."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graph.errors import (
    EmptyDocumentError,
    EncodingError,
    IdentifierError,
    NoDocumentsError,
)
from graph.text.documents import collect_paths, document_from_text, read_document


def test_a_date_header_gives_the_date_and_is_blanked_for_the_parser(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2024-10-18 The EU has warned North Korea.", encoding="utf-8")
    doc = read_document(path)
    assert doc.identifier == "a.txt"
    assert doc.date == dt.date(2024, 10, 18)
    assert len(doc.nlp_text) == len(doc.text)
    assert doc.nlp_text.strip() == "The EU has warned North Korea."
    assert doc.title == "The EU has warned North Korea."


def test_no_header_no_date_and_a_long_first_line_is_cut_for_the_title() -> None:
    doc = document_from_text("b.txt", "word " * 100 + "\nsecond line")
    assert doc.date is None
    assert doc.title is not None and doc.title.endswith("…") and len(doc.title) <= 121


BODY = "The ministry said the talks would resume next week after a pause. " * 5


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # a dateline opening the first paragraph, as wires and broadcasters print it
        ("Moldova expels diplomats\n\nChisinau, 19 August 2023 - ", dt.date(2023, 8, 19)),
        ("Sanctions\n\nKYIV, Jan. 25, 2024 (Reuters) - ", dt.date(2024, 1, 25)),
        # a byline or header line under the headline
        ("India vs Maldives\nPosted Feb 5, 2024 | World Desk\n\n", dt.date(2024, 2, 5)),
        ("Qatar regrets\nDoha - 1 December 2023\n\n", dt.date(2023, 12, 1)),
        ("Policy brief\nMyanmar Programme | February 2024\n\n", dt.date(2024, 2, 1)),
        ("Pagers\nFriday 20 September 2024\n\n", dt.date(2024, 9, 20)),
        # what the text is about is not when it was written
        ("The 24 February 2022 invasion, a year on\n\n", None),
        ("Analysis\n\nSince 24 February 2022, Russia has ", None),
        # a wire dateline of month and day only: the year is not there
        ("Iran vows revenge\n\nDAMASCUS, April 2 - ", None),
    ],
)
def test_the_date_an_article_prints_at_its_head(head: str, date: dt.date | None) -> None:
    assert document_from_text("c.txt", head + BODY).date == date


def test_a_byte_order_mark_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffIran sent drones.".encode())
    assert read_document(path).text == "Iran sent drones."


@pytest.mark.parametrize(
    "text, error",
    [("", EmptyDocumentError), (" \n\t", EmptyDocumentError), ("a\x00b", EncodingError)],
)
def test_unusable_text_is_refused(text: str, error: type[Exception]) -> None:
    with pytest.raises(error, match=r"x\.txt"):
        document_from_text("x.txt", text)


@pytest.mark.parametrize("identifier", ["", "a/b.txt", ".."])
def test_an_identifier_must_be_a_plain_file_name(identifier: str) -> None:
    with pytest.raises(IdentifierError, match="identifier"):
        document_from_text(identifier, "Iran sent drones.")


def test_folders_are_searched_recursively_in_a_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "1.txt", "b/notes.md"):
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in collect_paths([tmp_path])] == [
        "1.txt",
        "b/2.txt",
    ]
    notes_only = tmp_path / "notes-only"
    notes_only.mkdir()
    (notes_only / "readme.md").write_text("x")
    with pytest.raises(NoDocumentsError, match="notes-only"):
        collect_paths([notes_only])


@pytest.mark.parametrize(
    ("identifier", "why"),
    [
        ("a\x00b.txt", "control characters"),
        ("a\nb.txt", "control characters"),
        ("a\rb.txt", "control characters"),
        ("   ", "only white space"),
        ("", "only white space"),
        (" a.txt", "white space"),
        ("x" * 10_000, "10000 characters long"),
        ("../a.txt", "a path"),
        ("..", "a path"),
        ("a\\b.txt", "a path"),
    ],
)
def test_an_identifier_that_is_no_plain_file_name_is_refused_saying_why(
    identifier: str, why: str
) -> None:
    with pytest.raises(IdentifierError, match="bad document identifier") as e:
        document_from_text(identifier, "Russia supplied Iran.")
    assert why in str(e.value)
    assert len(str(e.value)) < 300  # a 10,000-character name is not repeated in full


def test_an_ordinary_identifier_is_taken() -> None:
    assert document_from_text("042 Kursk (2).txt", "Russia supplied Iran.").identifier
