"""Content negotiation: an ``Accept`` header -> the media types we offer, best first.

The quality of an offered type is the ``q`` of the most specific range that matches it (RFC 9110
section 12.5.1); ``q=0`` rules a type out. Among equal qualities an explicitly named type beats a
wildcard, then the header's order decides, then ours (so ``*/*`` gives our default). A few common
aliases count as the type they stand for: ``application/json`` for SPARQL results JSON (and
JSON-LD), ``application/xml`` and ``text/xml`` for SPARQL results XML (and RDF/XML).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["preferences"]

ALIASES: dict[str, tuple[str, ...]] = {
    "application/json": ("application/sparql-results+json", "application/ld+json"),
    "application/xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "text/xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "application/x-turtle": ("text/turtle",),
    "text/n-triples": ("application/n-triples",),
}


@dataclass(frozen=True)
class _Range:
    media: str
    q: float
    position: int

    def specificity(self, offered: str) -> int:
        """How closely this range names ``offered``: 3 exactly, 2 by alias, 1 type/*, 0 */*."""
        if self.media == offered:
            return 3
        if offered in ALIASES.get(self.media, ()):
            return 2
        if self.media.endswith("/*") and offered.startswith(self.media[:-1]):
            return 1 if self.media != "*/*" else 0
        if self.media == "*/*":
            return 0
        return -1


def _parse(header: str) -> list[_Range]:
    ranges = []
    for position, part in enumerate(header.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(1.0, max(0.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append(_Range(media.lower(), q, position))
    return ranges


def preferences(accept: str | None, offered: Sequence[str]) -> list[str]:
    """The offered media types ``accept`` allows, best first (all of them when it is empty)."""
    if not accept or not accept.strip():
        return list(offered)
    if accept in offered and accept not in ALIASES:
        return [accept]  # the common case, one of our types named alone: what the rules give
    ranges = _parse(accept)
    ranked = []
    for order, media in enumerate(offered):
        matching = [(r.specificity(media), r) for r in ranges if r.specificity(media) >= 0]
        if not matching:
            continue
        specificity, best = max(matching, key=lambda m: (m[0], -m[1].position))
        if best.q > 0:
            ranked.append((-best.q, -specificity, best.position, order, media))
    return [m for *_, m in sorted(ranked)]
