"""What may go into a SPARQL text: values as terms, and no outbound requests unless allowed.

Two jobs, both about text we did not write ourselves:

- **Terms.** Every value that goes into a query or an update (an entity id from a URL path, a
  label, a graph name from a protocol parameter, a minimum confidence) goes through
  ``iri_term``, ``string_term`` or ``decimal_term``.
  Both let Oxigraph's own term constructors check the value, so that what comes out is one
  term and nothing else: an IRI holding ``>`` or a space is refused (``BadTermError``), a
  string's quotes and line breaks are escaped.
- **Outbound requests.** ``SERVICE <url>`` in a query and ``LOAD <url>`` in an update make the
  engine fetch a URL of the caller's choosing (server-side request forgery). ``check_outbound``
  finds both keywords in the text, outside strings, IRIs and comments, and refuses them unless
  the endpoint is on an allow-list (``Settings.service_allow``); ``SERVICE ?var`` is always
  refused, since its target is not known before the query runs.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from decimal import Decimal

import pyoxigraph as ox

from graph.errors import QueryError

XSD_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"

__all__ = [
    "BadTermError",
    "OutboundRequestError",
    "check_outbound",
    "dataset_clause",
    "decimal_term",
    "has_dataset_clause",
    "iri_term",
    "outbound_targets",
    "string_term",
]


class BadTermError(QueryError):
    """A value that cannot be one SPARQL term (an IRI with ``>`` or spaces in it ...)."""


class OutboundRequestError(QueryError):
    """A ``SERVICE`` or ``LOAD`` whose endpoint is not on the allow-list."""


def iri_term(value: str) -> str:
    """``value`` as a SPARQL IRI term ``<...>``, or ``BadTermError`` if it is no valid IRI."""
    try:
        return str(ox.NamedNode(value))
    except ValueError as e:
        raise BadTermError(f"not a valid IRI: {value[:200]!r} ({e})") from None


def string_term(value: str) -> str:
    """``value`` as a SPARQL string literal, every quote and line break escaped."""
    return str(ox.Literal(value))


def decimal_term(value: float) -> str:
    """A finite number as an ``xsd:decimal`` literal term, or ``BadTermError``."""
    if not math.isfinite(value):
        raise BadTermError(f"not a finite number: {value!r}")
    digits = format(Decimal(repr(float(value))), "f")  # every digit, no exponent
    return str(ox.Literal(digits, datatype=ox.NamedNode(XSD_DECIMAL)))


# Pieces of SPARQL text that hide keywords: long and short strings, IRIs, comments. What is left
# after blanking them holds the keywords and variables of the query itself.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r"|<[^<>\"{}|^`\\\x00-\x20]*>"
    r"|#[^\n\r]*",
    re.DOTALL,
)
# SERVICE [SILENT] <iri> | ?var, LOAD [SILENT] <iri>, and FROM (the dataset clause). A keyword
# is a bare word, not part of a prefixed name (ex:service), a variable (?service) or a blank
# node label (_:load).
_KEYWORD = re.compile(
    r"(?<![\w:?$\-.])(SERVICE|LOAD|FROM)(?![\w:\-])(?:\s+SILENT(?![\w:\-]))?\s*(\S?)", re.IGNORECASE
)


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _unescape_codepoints(text: str) -> str:
    """The text as the parser reads it: SPARQL decodes ``\\uXXXX`` escapes before anything else."""

    def char(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group(0)

    return _CODEPOINT.sub(char, text)


def outbound_targets(text: str) -> list[tuple[str, str | None]]:
    """Each ``SERVICE`` or ``LOAD`` in ``text`` with the IRI it names (None for a variable).

    The text is read twice, as written and with ``\\uXXXX`` escapes decoded (the SPARQL grammar
    allows a parser to decode them first), so that neither reading hides a keyword.
    """
    return [t for t in _keywords(text) if t[0] != "FROM"]


def has_dataset_clause(text: str) -> bool:
    """Whether a query names its own dataset with ``FROM`` or ``FROM NAMED``."""
    return any(keyword == "FROM" for keyword, _ in _keywords(text))


def dataset_clause(text: str, base_iri: str | None = None) -> tuple[list[str], list[str]]:
    """The IRIs a query's ``FROM`` and ``FROM NAMED`` clauses name, resolved (prefixes, BASE,
    ``base_iri``): (default graphs, named graphs). Read with rdflib's SPARQL parser, since the
    clause may use prefixed names and relative IRIs; a query it cannot read is a ``QueryError``
    that says how to send the dataset instead."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        query = translateQuery(parseQuery(text), base=base_iri)
    except Exception as e:  # rdflib raises pyparsing's and its own errors alike
        raise QueryError(
            f"cannot read the query's FROM / FROM NAMED clauses ({e}); send the dataset as "
            "default-graph-uri / named-graph-uri parameters instead"
        ) from None
    default: list[str] = []
    named: list[str] = []
    for clause in query.algebra.get("datasetClause") or []:
        if "default" in clause:  # CompValue.get is no dict.get
            default.append(str(clause["default"]))
        else:
            named.append(str(clause["named"]))
    return default, named


def _keywords(text: str) -> list[tuple[str, str | None]]:
    lowered = text.lower()
    if not any(k in lowered for k in ("service", "load", "from", "\\u")):
        return []  # no keyword in the text, none behind an escape: the common case, read once
    found = _targets(text)
    decoded = _unescape_codepoints(text)
    if decoded != text:
        found += [t for t in _targets(decoded) if t not in found]
    return found


def _targets(text: str) -> list[tuple[str, str | None]]:
    spans: list[tuple[int, str]] = []

    def blank(m: re.Match[str]) -> str:
        piece = m.group(0)
        spans.append((m.start(), piece))
        return (" " if piece.startswith("#") else "\x01") * len(piece)

    bare = _OPAQUE.sub(blank, text)
    found: list[tuple[str, str | None]] = []
    iris = {start: piece[1:-1] for start, piece in spans if piece.startswith("<")}
    for m in _KEYWORD.finditer(bare):
        found.append((m.group(1).upper(), iris.get(m.start(2))))
    return found


def check_outbound(text: str, allow: Iterable[str]) -> None:
    """Raise ``OutboundRequestError`` for a SERVICE or LOAD whose endpoint is not allowed."""
    allowed = set(allow)
    for keyword, target in outbound_targets(text):
        if target is None:
            raise OutboundRequestError(
                f"{keyword} needs a fixed endpoint IRI here; a variable or prefixed name is"
                " refused, because this server makes no requests to addresses it cannot check"
            )
        if target not in allowed:
            hint = f"allowed: {', '.join(sorted(allowed))}" if allowed else "none is allowed"
            raise OutboundRequestError(
                f"{keyword} <{target}> is refused: this server makes no outbound requests to"
                f" endpoints that are not on ALLEGIANCE_SERVICE_ALLOW ({hint})"
            )
