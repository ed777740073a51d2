"""``using-graph-uri`` / ``using-named-graph-uri`` for SPARQL updates, as USING clauses.

The SPARQL 1.1 Protocol gives an update's dataset by these parameters, equivalent to ``USING`` and
``USING NAMED`` in each operation (and an error when the update has USING or WITH itself).
pyoxigraph's ``Store.update`` takes no dataset, so the clauses are written into the text: a small
lexer that skips strings, IRIs, variables, prefixed names and comments finds every top-level
``WHERE`` and puts the clauses before it. ``DELETE WHERE { P }`` cannot carry USING, so it becomes
the equivalent ``DELETE { P } USING ... WHERE { P }``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from graph.sparql_text import iri_term

__all__ = ["DatasetConflictError", "with_using"]

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")
_IRI = re.compile(r"<[^<>\"{}|^`\\\s]*>")


class DatasetConflictError(ValueError):
    """The update names its dataset itself (USING, USING NAMED or WITH) and by parameters."""


@dataclass(frozen=True)
class _Word:
    text: str  # upper case
    start: int
    depth: int  # brace depth


def _string_end(text: str, i: int) -> int:
    quote = text[i]
    if text.startswith(quote * 3, i):
        end = text.find(quote * 3, i + 3)
        return len(text) if end < 0 else end + 3
    j = i + 1
    while j < len(text) and text[j] != quote:
        j += 2 if text[j] == "\\" else 1
    return j + 1


def _words(text: str) -> Iterator[_Word]:
    """Keywords outside strings, IRIs, comments, variables and prefixed names."""
    i, depth = 0, 0
    while i < len(text):
        c = text[i]
        if c in "\"'":
            i = _string_end(text, i)
        elif c == "#":
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
        elif c == "<" and (m := _IRI.match(text, i)):
            i = m.end()
        elif c in "?$":
            m = _WORD.match(text, i + 1)
            i = m.end() if m else i + 1
        elif c == "{":
            depth, i = depth + 1, i + 1
        elif c == "}":
            depth, i = depth - 1, i + 1
        elif m := _WORD.match(text, i):
            after = m.end()
            if after < len(text) and text[after] == ":":  # a prefixed name such as ex:where
                m2 = _WORD.match(text, after + 1)
                i = m2.end() if m2 else after + 1
            else:
                yield _Word(m.group(0).upper(), i, depth)
                i = after
        else:
            i += 1


def _matching_brace(text: str, start: int) -> int:
    """The index just after the '}' closing the '{' at or after ``start``."""
    open_at = text.index("{", start)
    depth = 0
    for at, c in _braces(text, open_at):
        depth += 1 if c == "{" else -1
        if depth == 0:
            return at + 1
    raise ValueError("unbalanced braces in the update")


def _braces(text: str, i: int) -> Iterator[tuple[int, str]]:
    while i < len(text):
        c = text[i]
        if c in "\"'":
            i = _string_end(text, i)
            continue
        if c == "<" and (m := _IRI.match(text, i)):
            i = m.end()
            continue
        if c == "#":
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
            continue
        if c in "{}":
            yield i, c
        i += 1


def with_using(update: str, using: Sequence[str], using_named: Sequence[str]) -> str:
    """The update with the protocol's dataset written into every operation that has a WHERE."""
    if not using and not using_named:
        return update
    words = list(_words(update))
    for w in words:
        if w.depth == 0 and w.text in ("USING", "WITH"):
            raise DatasetConflictError(
                "the update names its dataset with USING or WITH and the request by "
                "using-graph-uri / using-named-graph-uri: give only one"
            )
    named = [f"USING NAMED {iri_term(g)}" for g in using_named]
    clauses = " ".join([f"USING {iri_term(g)}" for g in using] + named)
    out, last = [], 0
    for prev, w in zip([None, *words], words, strict=False):
        if w.depth != 0 or w.text != "WHERE":
            continue
        if (
            prev is not None and prev.text == "DELETE"
        ):  # DELETE WHERE { P } -> DELETE { P } ... WHERE { P }
            end = _matching_brace(update, w.start)
            pattern = update[update.index("{", w.start) : end]
            out += [update[last : w.start], f"{pattern} {clauses} WHERE {pattern}"]
            last = end
        else:
            out += [update[last : w.start], f"{clauses} "]
            last = w.start
    out.append(update[last:])
    return "".join(out)
