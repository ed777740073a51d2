"""Which queries cost at most a constant per result row: the look-ups a server may answer inline.

pyoxigraph cannot stop a query, and it does a query's work inside the call that yields the next
row: a join whose rows are sparse (``?a ?b ?c . ?d ?e "nothing"``), a sort, a group, a
``DISTINCT`` over many duplicates, a property path or a ``FILTER`` that keeps few rows may work
for minutes before that call returns, and nothing checked between rows can cut it. So the
server sends every query to a worker process it can kill (``api.pool``), which costs a fixed
two process wake-ups per request.

One shape is safe without that: a single triple pattern whose variables are all different, on
the default graph (the union of every graph), as ``ASK``, or as ``SELECT`` of plain variables
with at most a ``LIMIT``. Oxigraph answers it with one scan of one index over the pattern's
constants, and each step of that scan is a row (the union default graph keeps a triple once per
graph that holds it, so no step is dropped as a duplicate): the work between two rows is a
constant, and a budget of rows checked between rows bounds the whole (``EmbeddedStore``'s
``budget``). An empty group (``ASK {}``) is safe too.

``is_single_pattern`` recognises that shape and nothing else, from the tokens of the text: it
answers False for anything it does not read exactly (a comment is skipped, but an escape, a
blank node, ``;`` or ``,``, ``FROM``, ``OFFSET``, ``DISTINCT``, a second pattern, a
parenthesis ...), so a query it is unsure of keeps the worker. It never decides what the query
means: Oxigraph parses the text itself, and a text the recogniser took for a look-up that
Oxigraph cannot parse is the same syntax error either way. Text with a ``\\u`` escape is never
taken: SPARQL decodes those before parsing, so a string could hide any pattern.
"""

from __future__ import annotations

import re

__all__ = ["is_single_pattern", "single_pattern_form"]

_TOKEN = re.compile(
    r"""
      (?P<ws>\s+|\#[^\n\r]*)
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<string>"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
    | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<datatype>\^\^)
    | (?P<var>[?$]\w+)
    | (?P<pname>(?:[A-Za-z](?:[\w\-.]*[\w\-])?)?:(?:[\w\-:%]|\.(?=[\w\-:%]))*)
    | (?P<number>[+-]?\d+(?:\.\d+)?(?![\w.]))
    | (?P<word>[A-Za-z]+)
    | (?P<punct>[{}.*])
    """,
    re.VERBOSE,
)
_IRI = ("iri", "pname")


def _tokens(text: str) -> list[tuple[str, str]] | None:
    """(kind, text) of each token, comments and white space left out; None for any character
    that is no token of the shape."""
    out: list[tuple[str, str]] = []
    end = 0
    # one scan by the regex engine, not a ``match`` call from Python per token (40% less time);
    # a token that does not start where the last one ended means a character no token takes
    for m in _TOKEN.finditer(text):
        if m.start() != end:
            return None
        end = m.end()
        kind = m.lastgroup or ""
        if kind != "ws":
            value = m.group()
            out.append((kind, value.upper() if kind == "word" and value != "a" else value))
    return out if end == len(text) else None


def is_single_pattern(text: str) -> bool:
    """Whether ``text`` is ``ASK`` or ``SELECT`` (plain variables or ``*``, at most a ``LIMIT``)
    of one triple pattern with distinct variables, or of an empty group: a query whose work
    is a constant per row (see the module's docstring)."""
    return single_pattern_form(text) is not None


def single_pattern_form(text: str) -> str | None:
    """``SELECT`` or ``ASK`` when ``text`` is of the shape ``is_single_pattern`` takes (its form,
    as ``api.protocol.query_form`` reads it), else None: one reading of the text for both."""
    if "\\u" in text or "\\U" in text:
        return None
    tokens = _tokens(text)
    if tokens is None:
        return None
    n = len(tokens)
    i = 0

    def at(k: int) -> tuple[str, str]:
        return tokens[k] if k < n else ("end", "")

    # the prologue: BASE <iri> and PREFIX p: <iri>
    while at(i) in (("word", "BASE"), ("word", "PREFIX")):
        if at(i)[1] == "BASE" and at(i + 1)[0] == "iri":
            i += 2
        elif at(i + 1)[0] == "pname" and at(i + 1)[1].endswith(":") and at(i + 2)[0] == "iri":
            i += 3
        else:
            return None
    form = at(i)
    i += 1
    if form == ("word", "SELECT"):
        if at(i) == ("punct", "*"):
            i += 1
        elif at(i)[0] == "var":
            while at(i)[0] == "var":
                i += 1
        else:
            return None
    elif form != ("word", "ASK"):
        return None
    if at(i) == ("word", "WHERE"):
        i += 1
    if at(i) != ("punct", "{"):
        return None
    i += 1
    if at(i) != ("punct", "}"):
        i = _triple(tokens, i)
        if i < 0:
            return None
        if at(i) == ("punct", "."):
            i += 1
        if at(i) != ("punct", "}"):
            return None
    i += 1
    if form == ("word", "SELECT") and at(i) == ("word", "LIMIT") and at(i + 1)[0] == "number":
        if not at(i + 1)[1].isdigit():
            return None
        i += 2
    return str(form[1]) if i == n else None


def _triple(tokens: list[tuple[str, str]], i: int) -> int:
    """The index after one triple pattern at ``i`` with distinct variables, or -1."""
    if i + 3 > len(tokens):
        return -1
    (sk, s), (pk, p), (ok, o) = tokens[i : i + 3]
    if sk not in (*_IRI, "var") or not (pk in (*_IRI, "var") or (pk, p) == ("word", "a")):
        return -1
    variables = [t[1:] for k, t in ((sk, s), (pk, p), (ok, o)) if k == "var"]
    if len(set(variables)) != len(variables):
        return -1  # ?x ?x ?x: a scan of everything that may keep no row
    i += 3
    if ok in (*_IRI, "var", "number") or (ok, o) in (("word", "TRUE"), ("word", "FALSE")):
        return i
    if ok != "string":
        return -1
    if i < len(tokens) and tokens[i][0] == "lang":
        return i + 1
    if i < len(tokens) and tokens[i][0] == "datatype":
        return i + 2 if i + 1 < len(tokens) and tokens[i + 1][0] in _IRI else -1
    return i
