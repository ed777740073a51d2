"""The balance of support over time between two actors, or between one actor and all others.

One query over the actor graph's summary pairs (``al:supports`` and ``al:opposes``) from ``a`` (to
``b``), their claims and the claims' document dates, grouped by document; the periods (ISO
``2024``, ``2024-03`` or ``2024-W09``) are cut here. Per period: claims by relation, the balance
(claims that support minus claims that oppose), documents and independent sources. Claims of
undated documents have no period; ``undated`` counts them. The same filters as ``/api/supports``
apply, so that a period's claims add up to the pair's ``claims`` there over the same dates.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

from graph.analysis.actorgraph import actor_graph_iri, summary_of
from graph.analysis.alignment import UnknownRelationError
from graph.analysis.pairs import NO_FILTERS, PairFilters, claim_patterns
from graph.errors import InputError
from graph.settings import Settings
from graph.sparql_text import iri_term, string_term
from graph.store import Store
from graph.vocab import PREFIXES

__all__ = ["INTERVALS", "Period", "Timeline", "period_of", "timeline"]

Interval = Literal["week", "month", "year"]
INTERVALS: tuple[Interval, ...] = ("week", "month", "year")


@dataclass
class Period:
    period: str
    relations: dict[str, int] = field(default_factory=dict)
    supports: int = 0
    opposes: int = 0
    documents: int = 0
    independent_sources: int = 0

    @property
    def balance(self) -> int:
        return self.supports - self.opposes


@dataclass
class Timeline:
    periods: list[Period]
    undated: int  # claims from documents without a date


def period_of(date: dt.date, interval: Interval) -> str:
    """``2024``, ``2024-03`` or ``2024-W09`` (ISO week, whose year may differ from the date's)."""
    if interval == "year":
        return f"{date.year:04d}"
    if interval == "month":
        return f"{date.year:04d}-{date.month:02d}"
    year, week, _ = date.isocalendar()
    return f"{year:04d}-W{week:02d}"


def timeline(
    store: Store,
    settings: Settings,
    a: str,
    b: str | None = None,
    interval: Interval = "month",
    filters: PairFilters = NO_FILTERS,
) -> Timeline:
    """What ``a`` did to ``b`` (to anyone when ``b`` is None), period by period."""
    if interval not in INTERVALS:
        raise InputError(f"unknown interval {interval!r}; allowed: {', '.join(INTERVALS)}")
    stance = summary_of(store)
    if filters.relation is not None and filters.relation not in stance:
        allowed = ", ".join(sorted(stance))
        raise UnknownRelationError(f"unknown relation {filters.relation!r}; allowed: {allowed}")
    g = iri_term(actor_graph_iri(settings))
    other = (
        f"?n al:toActor ?b . ?b al:name {string_term(b.strip().lower())} ." if b is not None else ""
    )
    dated = PairFilters(None, filters.relation, filters.since, filters.until,
                        filters.include_hedged, filters.min_confidence)  # fmt: skip
    rows = store.select(
        PREFIXES
        + f"""SELECT ?p ?doc ?date ?src (COUNT(DISTINCT ?c) AS ?claims) WHERE {{
  GRAPH {g} {{
    ?a al:name {string_term(a.strip().lower())} .
    VALUES ?stance {{ al:supports al:opposes }}
    ?n al:fromActor ?a ; al:relation ?stance ; al:hasClaim ?c . {other}
  }}
  ?c prov:wasDerivedFrom ?doc .
  GRAPH {g} {{ ?doc al:independentSource ?src }}
  {claim_patterns(dated)}
}} GROUP BY ?p ?doc ?date ?src"""
    )
    periods: dict[str, Period] = {}
    docs: dict[str, set[str]] = defaultdict(set)
    sources: dict[str, set[str]] = defaultdict(set)
    undated = 0
    for r in rows:
        n = int(r["claims"])
        if "date" not in r:
            undated += n
            continue
        key = period_of(dt.date.fromisoformat(r["date"][:10]), interval)
        period = periods.setdefault(key, Period(key))
        rel = r["p"].rsplit("#", 1)[-1]
        period.relations[rel] = period.relations.get(rel, 0) + n
        if stance.get(rel) == "supports":
            period.supports += n
        elif stance.get(rel) == "opposes":
            period.opposes += n
        docs[key].add(r["doc"])
        sources[key].add(r["src"])
    for key, period in periods.items():
        period.documents, period.independent_sources = len(docs[key]), len(sources[key])
        period.relations = dict(sorted(period.relations.items()))
    return Timeline([periods[k] for k in sorted(periods)], undated)
