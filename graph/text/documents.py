"""Articles on disk -> ``SourceDocument`` records, with every bad input named.

A document's identifier is its file name; its date comes from a leading ``date YYYY-MM-DD`` line
(the form our sources use), else from the date an article's head carries as outlets print it: a
byline or header line ("Posted Feb 5, 2024", "Doha - 1 December 2023", "Friday 20 September
2024") or a dateline at the start of the first paragraph ("Chisinau, 19 August 2023 - ..."),
ISO dates too. A date later in the text is what the article is about, not when it was written.
The text is kept exactly as it is on disk, so that every claim's character offsets point into
the file.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from graph.errors import (
    DocumentTooLargeError,
    EmptyDocumentError,
    EncodingError,
    IdentifierError,
    NoDocumentsError,
    UnreadableError,
)

__all__ = [
    "SourceDocument",
    "check_identifier",
    "check_size",
    "collect_paths",
    "document_from_text",
    "head_lines",
    "printed_date",
    "read_document",
]

DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
MAX_IDENTIFIER = 255  # what most file systems allow a file name


@dataclass(frozen=True)
class SourceDocument:
    identifier: str
    text: str
    date: dt.date | None = None
    title: str | None = None

    @property
    def nlp_text(self) -> str:
        """The text the parser reads: a leading date header blanked out, offsets unchanged."""
        m = DATE_HEADER.match(self.text)
        if not m:
            return self.text
        return " " * m.end() + self.text[m.end() :]


def _parse_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


MONTHS = {
    name: i + 1
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        )
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# "19 August 2023", "August 19, 2023", "Feb 5, 2024", "2024-02-05", "February 2024"
PRINTED_DATES = [
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
]
# what ends a dateline's date: "19 August 2023 - The ...", "Feb 5, 2024 (Reuters) -"
DATELINE_END = re.compile(r"\s*[-\u2013\u2014(:|/]")
HEAD_LINES = 6  # lines of an article's head that may carry its date
HEADER_CHARS = 200  # a line longer than this is the body, not a header or byline
DATELINE_CHARS = 60  # how far into the first paragraph a dateline's date may begin


def _printed(match: re.Match[str]) -> dt.date | None:
    month = match["month"].lower().rstrip(".")
    number = int(month) if month.isdigit() else MONTHS.get(month)
    day = int(match["day"]) if match.groupdict().get("day") else 1
    try:
        return dt.date(int(match["year"]), number or 0, day)
    except ValueError:
        return None


def head_lines(text: str) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
    """Character spans of an article's head: its first non-empty lines, at most ``HEAD_LINES``,
    that are no longer than ``HEADER_CHARS`` (headline, byline, header lines); and the first
    longer line among them, the body's first paragraph, where a dateline opens (None if none)."""
    head: list[tuple[int, int]] = []
    at = 0
    for line in text.splitlines(keepends=True):
        content = line.splitlines()[0] if line.splitlines() else ""
        span = (at, at + len(content))
        at += len(line)
        if not content.strip():
            continue
        if len(head) == HEAD_LINES:
            break
        if len(content) > HEADER_CHARS:
            return head, span
        head.append(span)
    return head, None


def printed_date(text: str) -> dt.date | None:
    """The date an article's head carries: in a header or byline line before the body, or in
    a dateline that opens its first paragraph ("Chisinau, 19 August 2023 - ..."; not "Since 24
    February 2022, Russia ..."); None when it carries none, or only a month and day ("BEIJING,
    July 6 -": the year is not in the text's head, and a year named in the body may be any)."""
    head, body = head_lines(text)
    for n, (a, b) in enumerate(head):
        # a headline's date is what it reports ("The 24 February 2022 invasion, a year on"),
        # unless it is an ISO date or the only line of the head
        title = n == 0 and (len(head) > 1 or body is not None)
        for pattern in PRINTED_DATES[:1] if title else PRINTED_DATES:
            for m in pattern.finditer(text[a:b]):
                if (date := _printed(m)) is not None:
                    return date
    if body is not None:
        line = text[body[0] : body[1]]
        for pattern in PRINTED_DATES:
            for m in pattern.finditer(line[: DATELINE_CHARS + 30]):
                dateline = m.start() <= DATELINE_CHARS and DATELINE_END.match(line, m.end())
                if dateline and (date := _printed(m)) is not None:
                    return date
    return None


def _title(text: str) -> str:
    first = text.strip().splitlines()[0].strip()
    first = DATE_HEADER.sub("", first).strip()
    if len(first) <= 120:
        return first
    cut = first[:120].rsplit(" ", 1)[0]
    return cut + "…"


def check_identifier(identifier: str) -> str:
    """``identifier`` if it is a plain file name, else ``IdentifierError`` saying why not."""
    shown = repr(identifier if len(identifier) <= 60 else identifier[:60] + "...")
    problem = None
    if not identifier.strip():
        problem = "it is empty or only white space"
    elif len(identifier) > MAX_IDENTIFIER:
        problem = f"it is {len(identifier)} characters long, over {MAX_IDENTIFIER}"
    elif any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in identifier):
        problem = "it holds control characters (NUL, line feed, tab ...)"
    elif identifier != identifier.strip():
        problem = "it begins or ends with white space"
    elif "/" in identifier or "\\" in identifier or identifier in (".", ".."):
        problem = "it is a path, not a file name"
    if problem:
        raise IdentifierError(
            f"bad document identifier {shown}: {problem}; give a plain file name of at most "
            f"{MAX_IDENTIFIER} characters, e.g. 042_kursk.txt"
        )
    return identifier


def check_size(source: SourceDocument, max_chars: int) -> None:
    """``DocumentTooLargeError`` naming the limit when ``source`` has more than ``max_chars``."""
    if len(source.text) > max_chars:
        raise DocumentTooLargeError(
            f"{source.identifier}: {len(source.text)} characters, over the {max_chars} a "
            "document may have (ALLEGIANCE_MAX_DOCUMENT_CHARS); split it into several documents"
        )


def document_from_text(
    identifier: str, text: str, *, date: dt.date | None = None, title: str | None = None
) -> SourceDocument:
    """A document from text already in memory (the HTTP API's route in)."""
    check_identifier(identifier)
    if not text.strip():
        raise EmptyDocumentError(f"{identifier}: the document is empty")
    if "\x00" in text:
        raise EncodingError(f"{identifier}: the document holds NUL bytes; is it a binary file?")
    if date is None:
        m = DATE_HEADER.match(text)
        date = _parse_date(m.group(1)) if m else printed_date(text)
    return SourceDocument(identifier, text, date, title or _title(text))


def read_document(path: Path) -> SourceDocument:
    """Read one article, or raise an ``InputError`` that names the file and the problem."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise UnreadableError(f"{path}: no such file") from e
    except IsADirectoryError as e:
        raise UnreadableError(f"{path}: is a directory, not a .txt file") from e
    except OSError as e:
        raise UnreadableError(f"{path}: cannot be read ({e.strerror})") from e
    if b"\x00" in data:
        raise EncodingError(f"{path}: holds NUL bytes; it looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise EncodingError(
            f"{path}: is not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start});"
            " convert it to UTF-8"
        ) from e
    return document_from_text(path.name, text)


def collect_paths(paths: Sequence[Path]) -> list[Path]:
    """Every .txt file named or found (recursively) under the given folders, in a stable order."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            inside = sorted(q for q in p.rglob("*.txt") if q.is_file())
            if not inside:
                raise NoDocumentsError(f"{p}: the folder holds no .txt article")
            found += inside
        elif p.exists():
            found.append(p)
        else:
            raise UnreadableError(f"{p}: no such file or folder")
    return found


def read_all(paths: Sequence[Path]) -> Iterator[SourceDocument]:
    for p in collect_paths(paths):
        yield read_document(p)
