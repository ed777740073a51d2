"""The one reader of the tab-separated data files, with row-level validation.

A file is a header line of column names, then one row per line. Blank lines and lines that
start with ``#`` (comments) are skipped; every value is stripped; a row may leave trailing
columns out. A row with more fields than the header, a required column left empty, or a value
a check rejects raises ``KnowledgeError`` naming the file and the line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from graph.errors import KnowledgeError

__all__ = ["Row", "read_tsv", "split_list"]


@dataclass(frozen=True)
class Row:
    """One data row: its values by column, and where it is, for error messages."""

    path: Path
    line: int
    values: dict[str, str]

    def __getitem__(self, column: str) -> str:
        return self.values[column]

    def get(self, column: str, default: str = "") -> str:
        return self.values.get(column) or default

    def error(self, message: str) -> KnowledgeError:
        return KnowledgeError(f"{self.path}:{self.line}: {message}")

    def one_of(self, column: str, allowed: Iterable[str]) -> str:
        """The value of ``column``, which must be one of ``allowed``."""
        allowed = tuple(allowed)
        value = self.values.get(column, "")
        if value not in allowed:
            raise self.error(
                f"{column} is {value!r}; allowed: {', '.join(repr(a) for a in allowed)}"
            )
        return value


def split_list(value: str) -> tuple[str, ...]:
    """A ``|``-separated list cell: ``"to|for"`` -> ``("to", "for")``."""
    return tuple(v.strip() for v in value.split("|") if v.strip())


def read_tsv(
    path: Path,
    *,
    required: tuple[str, ...] = (),
    check: Callable[[Row], None] | None = None,
) -> list[Row]:
    """The rows of ``path``; ``required`` columns must be present and non-empty in every row,
    and ``check`` may raise ``row.error(...)`` for any other rule."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise KnowledgeError(f"{path}: cannot read: {e}") from e
    header: list[str] | None = None
    rows: list[Row] = []
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            if missing := [c for c in required if c not in header]:
                raise KnowledgeError(f"{path}:{n}: the header lacks the columns {missing}")
            continue
        if len(cells) > len(header):
            raise KnowledgeError(
                f"{path}:{n}: {len(cells)} fields, but the header names {len(header)} columns"
            )
        row = Row(
            path, n, {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
        )
        if empty := [c for c in required if not row.values[c]]:
            raise row.error(f"empty {', '.join(empty)}")
        if check is not None:
            check(row)
        rows.append(row)
    if header is None:
        raise KnowledgeError(f"{path}: no header line")
    return rows
