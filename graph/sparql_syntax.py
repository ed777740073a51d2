"""Short messages for malformed SPARQL: the line, the column and the token, and what would fit.

Oxigraph's parser reports the furthest point it reached and every character class it could
have taken there ("expected one of ABS, AVG, DAY, IRI, LANGDIR ..."), and a misspelt first
keyword comes out as "expected CONSTRUCT" at the end of the query. The common mistakes are
named first: a first word that is no query form (or an update sent as a query, and the other
way round), a prefix used but not declared. Anything else keeps the parser's position, with the
token found there and at most a few of its expectations.
"""

from __future__ import annotations

import re

__all__ = ["syntax_message"]

QUERY_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
UPDATE_WORDS = (
    "INSERT",
    "DELETE",
    "LOAD",
    "CLEAR",
    "CREATE",
    "DROP",
    "COPY",
    "MOVE",
    "ADD",
    "WITH",
)
MAX_EXPECTED = 5

_HIDING = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n\r]*'
)
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[\w.\-]*:\s*|BASE\s+)\x01+\s*)*", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z_][\w\-]*")
_DECLARED = re.compile(r"PREFIX\s+([\w.\-]*):", re.IGNORECASE)
_USED = re.compile(r"(?<![\w?$:\-.])([A-Za-z][\w.\-]*)?:(?=[\w\-]|\s|$)")
_EXPECTED = re.compile(r'"(?:[^"\\]|\\.)*"|[^,\s][^,]*')
_POSITION = re.compile(r"at (\d+):(\d+): (.*)", re.DOTALL)


def syntax_message(kind: str, text: str, parser_message: str) -> str:
    """One line for a ``kind`` ("query" or "update") that Oxigraph could not parse."""
    bare = _HIDING.sub(lambda m: "\x01" * len(m.group(0)), text)
    start = _PROLOGUE.match(bare)
    at = start.end() if start else 0
    first = _WORD.match(bare, at)
    word = first.group(0).upper() if first else ""
    line, column = _line_column(text, at)
    if kind == "query" and word in UPDATE_WORDS:
        return (
            f"malformed SPARQL query: line {line}, column {column}: {word} begins an update, "
            "not a query; send it as an update (POST update=, with the write token)"
        )
    if kind == "update" and word in QUERY_FORMS:
        return (
            f"malformed SPARQL update: line {line}, column {column}: {word} begins a query, "
            "not an update; send it as query="
        )
    starters = QUERY_FORMS if kind == "query" else UPDATE_WORDS
    if not text.strip():
        return f"malformed SPARQL {kind}: the {kind} is empty"
    if word not in starters and word not in QUERY_FORMS + UPDATE_WORDS:
        shown = first.group(0) if first else text[at : at + 20].strip() or "the end"
        return (
            f"malformed SPARQL {kind}: line {line}, column {column}: {shown!r} is no "
            f"{kind} form; {'a query' if kind == 'query' else 'an update'} starts with "
            f"{', '.join(starters)} (after PREFIX and BASE)"
        )
    undeclared = _undeclared_prefix(bare)
    if undeclared is not None:
        prefix, offset = undeclared
        line, column = _line_column(text, offset)
        return (
            f"malformed SPARQL {kind}: line {line}, column {column}: the prefix {prefix}: is "
            f"not declared; add PREFIX {prefix}: <...> at the top"
        )
    return f"malformed SPARQL {kind}: {_positioned(text, parser_message)}"


def _line_column(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def _undeclared_prefix(bare: str) -> tuple[str, int] | None:
    declared = {m.group(1) for m in _DECLARED.finditer(bare)}
    for m in _USED.finditer(bare):
        prefix = m.group(1) or ""
        if prefix.upper() in ("PREFIX",) or prefix in declared:
            continue
        before = bare[: m.start()].rstrip()
        if before.upper().endswith("PREFIX"):
            continue
        return prefix, m.start()
    return None


def _positioned(text: str, parser_message: str) -> str:
    m = _POSITION.search(parser_message)
    if not m:
        return " ".join(parser_message.split())[:200]
    line, column, rest = int(m.group(1)), int(m.group(2)), m.group(3)
    lines = text.split("\n")
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    before = source[: column - 1].rstrip()
    token = before.split()[-1] if before.split() else ""
    where = f"after {token[-30:]!r}" if token else "at the start"
    if column - 1 >= len(source) and line >= len(lines):
        where = f"at the end of the text, {where}"
    rest = " ".join(rest.split())
    if not rest.startswith("expected"):
        return f"line {line}, column {column}, {where}: {rest[:120]}"
    listed = rest.removeprefix("expected").strip().removeprefix("one of").strip()
    expected = [e for e in _EXPECTED.findall(listed) if e.strip() not in ("[_]", "")]
    hint = ""
    if expected:
        more = len(expected) - MAX_EXPECTED
        hint = "; expected " + ", ".join(expected[:MAX_EXPECTED])
        hint += f" or {more} more" if more > 0 else ""
    return f"line {line}, column {column}, {where}{hint}"
