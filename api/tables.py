"""The question API's answers as CSV, for spreadsheets: one row per pair or entity.

A route offers ``application/json`` (its default) and ``text/csv``, chosen by ``Accept`` or, for a
link in a browser, by ``?format=csv``, which wins. The columns are the JSON's flat fields; a list
(relations) is one cell joined by ``; ``. Every pair row carries its claim and document counts.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from fastapi import Query, Request, Response

from api.errors import NoAcceptableTypeError
from api.negotiation import preferences

__all__ = [
    "FORMATS",
    "Format",
    "FormatQ",
    "chosen_format",
    "csv_response",
    "entity_rows",
    "pair_rows",
]

FORMATS = {"json": "application/json", "csv": "text/csv"}
FormatQ = Query(
    description="json or csv; wins over the Accept header (handy for a link in a browser)",
    examples=["csv"],
)
Format = Literal["json", "csv"]


def chosen_format(request: Request, format: Format | None) -> Format:
    """``format`` if given, else the best of JSON and CSV that ``Accept`` allows (JSON first)."""
    if format is not None:
        return format
    accept = request.headers.get("accept")
    wanted = preferences(accept, list(FORMATS.values()))
    if not wanted:
        raise NoAcceptableTypeError(accept or "", list(FORMATS.values()))
    return "csv" if wanted[0] == "text/csv" else "json"


def csv_body(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def csv_response(body: bytes, name: str) -> Response:
    """A CSV answer that a browser saves as ``name``.csv."""
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"', "Vary": "Accept"},
    )


def pair_rows(pairs: list[dict[str, Any]], source: str, target: str) -> bytes:
    """``/api/supports`` or ``/api/opposes`` pairs as CSV (``source``/``target``: the JSON keys)."""
    header = [source, target, "relations", "claims", "documents", "first_date", "last_date"]
    header += [f"{source}_id", f"{target}_id"]
    rows = []
    for p in pairs:
        dates = sorted(e["date"] for e in p["evidence"] if e.get("date"))
        rows.append(
            [
                p[source]["label"],
                p[target]["label"],
                "; ".join(p["relations"]),
                p["claims"],
                p["documents"],
                dates[0] if dates else "",
                dates[-1] if dates else "",
                p[source]["id"],
                p[target]["id"],
            ]
        )
    return csv_body(header, rows)


def entity_rows(entities: list[dict[str, str]]) -> bytes:
    """``/api/entities`` as CSV."""
    header = ["label", "type", "path", "id"]
    return csv_body(header, ([e[k] for k in header] for e in entities))
