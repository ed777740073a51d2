"""Who supports or opposes whom, read from the stored actor graph (``graph.analysis.actorgraph``).

Every filter is in the SPARQL: ``actor`` is a look-up of ``al:name``, or, when the caller
resolved the name already (``graph.analysis.names``: label, altLabel, IRI, Wikidata ID,
surname), of the entities in ``actors`` and what they roll up to (``sources``/``targets`` the
same for one side each), found through the summary's own names of the sides (``al:supporter``,
``al:supported``, ``al:opposer``, ``al:opposed``).

The default view (no claim filter, at most ``TOP_EVIDENCE`` items per pair) reads the stored
records (``record_query``): one ``al:pairRecord`` literal per pair of the page, in the order of
``al:pairRank``, and nothing else; at a million triples a look-up of one actor's pairs is then
a few hundred index reads, where reading each evidence item from its claim, document and
attribution took about ten per item. Otherwise the page is one query over the pairs' stored
counts (``pair_query``, the query the README shows); ``relation``, ``since``/``until``,
``include_hedged=False`` and ``min_confidence`` count the pairs' claims again in one aggregate
query; and evidence is fetched for the pairs of the page only: the best few of the claims that
pass the filters, or all of them, with ``evidence_total`` saying how many there are.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from graph.analysis.actorgraph import SIDES, TOP_EVIDENCE, actor_graph_iri, node_iri, summary_of
from graph.analysis.alignment import UnknownRelationError
from graph.errors import InputError
from graph.settings import Settings
from graph.sparql_text import decimal_term, iri_term, string_term
from graph.store import Store
from graph.vocab import ONTOLOGY_NS, PREFIXES

__all__ = [
    "DEFAULT_PAGE",
    "MAX_PAGE",
    "NO_FILTERS",
    "ActorRef",
    "Dispute",
    "Item",
    "Pair",
    "PairFilters",
    "PairPage",
    "actor_binding",
    "claim_filter_patterns",
    "claim_patterns",
    "confidence_at_least",
    "decode_cursor",
    "dispute_page",
    "encode_cursor",
    "evidence_page",
    "pair_documents",
    "pair_page",
    "pair_query",
    "pair_records",
    "record_pair",
    "record_query",
]

Summary = Literal["supports", "opposes"]
DEFAULT_PAGE, MAX_PAGE = 100, 5000
AL = ONTOLOGY_NS


@dataclass(frozen=True, slots=True)
class ActorRef:
    id: str
    label: str


@dataclass(frozen=True)
class PairFilters:
    actor: str | None = None
    relation: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    include_hedged: bool = True
    min_confidence: float | None = None
    side: Literal["source", "target"] | None = None  # which side ``actor`` must be
    # the entities ``actor`` names, resolved by the caller (None: look ``actor`` up by al:name)
    actors: frozenset[str] | None = None
    sources: frozenset[str] | None = None  # entities the acting side must be or roll up to
    targets: frozenset[str] | None = None  # entities the other side must be or roll up to

    @property
    def named(self) -> bool:
        """Whether some side is asked for by name."""
        return bool(self.actor) or any(
            x is not None for x in (self.actors, self.sources, self.targets)
        )

    @property
    def claim_level(self) -> bool:
        """Whether the stored counts do not answer and the claims must be counted again."""
        return bool(
            self.relation
            or self.since
            or self.until
            or not self.include_hedged
            or self.min_confidence is not None
        )


NO_FILTERS = PairFilters()


@dataclass(frozen=True, slots=True)
class Item:
    """One claim shown as evidence: an assertion of the pair, or a denial of it."""

    document: str
    sentence: str
    relation: str
    hedged: bool
    attributed_to: str | None
    date: str | None
    claim: str
    confidence: float | None = None
    disputed: bool = False
    denied_by: tuple[ActorRef, ...] = ()


@dataclass
class Pair:
    node: str
    source: ActorRef
    target: ActorRef
    relations: list[str] = field(default_factory=list)
    claims: int = 0
    documents: int = 0
    independent_sources: int = 0
    first_date: str | None = None
    last_date: str | None = None
    disputed: bool = False
    denied_by: list[ActorRef] = field(default_factory=list)
    evidence: list[Item] = field(default_factory=list)
    denials: list[Item] = field(default_factory=list)


@dataclass
class PairPage:
    pairs: list[Pair]
    total: int
    next: str | None


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"offset": offset}).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """The offset a cursor of ``encode_cursor`` stands for; ``InputError`` for anything else."""
    if not cursor:
        return 0
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        offset = data["offset"]
    except (binascii.Error, ValueError, TypeError, KeyError):
        raise InputError(f"bad cursor {cursor[:80]!r}: use the `next` of a previous page") from None
    if not isinstance(offset, int) or offset < 0:
        raise InputError(f"bad cursor {cursor[:80]!r}: use the `next` of a previous page")
    return offset


def actor_binding(
    settings: Settings, var: str, name: str | None, entities: frozenset[str] | None
) -> str:
    """The pattern that binds ``var`` to the actors named: the ``entities`` given and what they
    roll up to, else every actor with the name ``name`` (``al:name``); "" for no filter."""
    g = iri_term(actor_graph_iri(settings))
    if entities is not None:
        if not entities:
            return "FILTER(false)"
        values = " ".join(iri_term(e) for e in sorted(entities))
        return (  # one row per actor: a state rolls up to itself
            f"{{ SELECT DISTINCT {var} WHERE {{ {{ VALUES {var} {{ {values} }} }} UNION "
            f"{{ VALUES {var}_e {{ {values} }} GRAPH {g} {{ {var}_e al:rollsUpTo {var} }} }} }} }}"
        )
    if name is None:
        return ""
    return f"GRAPH {g} {{ {var} al:name {string_term(name.strip().lower())} }}"


def _actor_match(
    settings: Settings, filters: PairFilters, node: str = "?n", summary: Summary | None = None
) -> str:
    """The graph pattern that keeps the pairs ``node`` whose sides are the actors named.

    With a ``summary``, ``node`` is one of its summary nodes, found by the summary's own names of
    the sides (``al:supporter`` ...): an index scan of the actor's pairs of that summary, where
    ``al:fromActor`` finds every relation node of the actor (about ten times as many) to be
    checked one by one."""
    g = iri_term(actor_graph_iri(settings))
    acting, other = (f"al:{p}" for p in SIDES[summary]) if summary else SIDE_OF_ANY
    out = []
    either = actor_binding(settings, "?a", filters.actor, filters.actors)
    if either:
        if filters.side == "source":
            link = f"{node} {acting} ?a"
        elif filters.side == "target":
            link = f"{node} {other} ?a"
        else:
            link = f"{{ {node} {acting} ?a }} UNION {{ {node} {other} ?a }}"
        out.append(f"{either} GRAPH {g} {{ {link} }}")
    if filters.sources is not None:
        out.append(f"{actor_binding(settings, '?as', None, filters.sources)}")
        out.append(f"GRAPH {g} {{ {node} {acting} ?as }}")
    if filters.targets is not None:
        out.append(f"{actor_binding(settings, '?at', None, filters.targets)}")
        out.append(f"GRAPH {g} {{ {node} {other} ?at }}")
    return "\n  ".join(out)


SIDE_OF_ANY = ("al:fromActor", "al:toActor")  # the sides of any node of the actor graph


def pair_query(
    settings: Settings,
    summary: Summary,
    filters: PairFilters | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> str:
    """The actor-level pairs of ``summary`` with their stored counts, most claims first.

    A page of all pairs (no ``actor``, a ``limit``) names the ranks it wants (``al:pairRank``,
    written with the actor graph in this order): a look-up of ``limit`` nodes, where ``ORDER
    BY ... LIMIT`` would sort every pair of the store first.
    """
    g = iri_term(actor_graph_iri(settings))
    cut = f"LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
    match = _actor_match(settings, filters or NO_FILTERS, summary=summary)
    ranks = ""
    if not match and limit is not None:
        ranks = f"VALUES ?rank {{ {' '.join(str(i) for i in range(offset, offset + limit))} }}"
        ranks += f"\n  GRAPH {g} {{ ?n al:pairRank ?rank }}"
        cut = ""
    return (
        PREFIXES
        + f"""SELECT ?n ?s ?sl ?o ?ol ?claims ?docs ?sources ?first ?last ?disputed WHERE {{
  {match}{ranks}
  GRAPH {g} {{
    ?n al:relation al:{summary} ; al:fromActor ?s ; al:toActor ?o ; al:claimCount ?claims ;
       al:documentCount ?docs ; al:independentSourceCount ?sources ; al:disputed ?disputed .
    OPTIONAL {{ ?n al:firstDate ?first ; al:lastDate ?last }}
  }}
  OPTIONAL {{ ?s rdfs:label ?sl }} OPTIONAL {{ ?o rdfs:label ?ol }}
}} ORDER BY {"?rank" if ranks else "DESC(?claims) ?sl ?ol ?n"} {cut}"""
    )


def record_query(
    settings: Settings,
    summary: Summary,
    filters: PairFilters = NO_FILTERS,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> str:
    """The stored ``al:pairRecord`` of each pair of one page, in the default order.

    ``al:pairRank`` is that order, so the engine sorts small integers and decodes only the
    records of the page: an actor's pairs are an index scan of its summary's sides, a page of
    all pairs a look-up of the ranks it shows."""
    g = iri_term(actor_graph_iri(settings))
    match = _actor_match(settings, filters, summary=summary)
    if not match and limit is not None:
        ranks = " ".join(str(i) for i in range(offset, offset + limit))
        return (
            PREFIXES
            + f"""SELECT ?rank ?rec WHERE {{ VALUES ?rank {{ {ranks} }}
  GRAPH {g} {{ ?n al:pairRank ?rank ; al:relation al:{summary} ; al:pairRecord ?rec }}
}} ORDER BY ?rank"""
        )
    nodes = match or f"GRAPH {g} {{ ?n al:relation al:{summary} }}"
    cut = f"LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
    return (
        PREFIXES
        + f"""SELECT DISTINCT ?rank ?rec WHERE {{
  {nodes}
  GRAPH {g} {{ ?n al:pairRank ?rank ; al:pairRecord ?rec }}
}} ORDER BY ?rank {cut}"""
    )


def record_pair(text: str, evidence: int = TOP_EVIDENCE) -> Pair:
    """A pair from its stored record (``graph.analysis.actorgraph``), with up to ``evidence``
    items of evidence and of denials."""
    r = json.loads(text)
    return Pair(
        node=r["node"],
        source=ActorRef(*r["source"]),
        target=ActorRef(*r["target"]),
        relations=r["relations"],
        claims=r["claims"],
        documents=r["documents"],
        independent_sources=r["sources"],
        first_date=r["first"],
        last_date=r["last"],
        disputed=r["disputed"],
        denied_by=[ActorRef(*a) for a in r["denied_by"]],
        evidence=[_record_item(i) for i in r["evidence"][:evidence]],
        denials=[_record_item(i) for i in r["denials"][:evidence]],
    )


def _record_item(i: dict[str, Any]) -> Item:
    return Item(
        document=i["document"],
        sentence=i["sentence"],
        relation=i["relation"],
        hedged=i["hedged"],
        attributed_to=i["attributed_to"],
        date=i["date"],
        claim=i["claim"],
        confidence=i["confidence"],
        disputed=i["disputed"],
        denied_by=tuple(ActorRef(*a) for a in i["denied_by"]),
    )


def _count_query(settings: Settings, summary: Summary, filters: PairFilters) -> str:
    g = iri_term(actor_graph_iri(settings))
    match = _actor_match(settings, filters, summary=summary)
    if not match:  # stored with the ranks
        return (
            PREFIXES + f"SELECT ?total WHERE {{ GRAPH {g} {{ al:{summary} al:pairCount ?total }} }}"
        )
    return PREFIXES + f"SELECT (COUNT(DISTINCT ?n) AS ?total) WHERE {{\n  {match} }}"


def confidence_at_least(value: float, var: str = "?conf") -> str:
    """The claims ``?c`` whose ``al:confidence`` (bound to ``var``) is at least ``value``: the
    value goes in as one decimal term, bound in ``VALUES``, never as spliced text."""
    return (
        f"?c al:confidence {var} . VALUES {var}Min {{ {decimal_term(value)} }}"
        f" FILTER({var} >= {var}Min)"
    )


def claim_patterns(filters: PairFilters) -> str:
    out = []
    if filters.relation:
        out.append(f"VALUES ?p {{ al:{filters.relation} }} ?c rdf:predicate ?p .")
    else:
        out.append("?c rdf:predicate ?p .")
    return "\n  ".join(out + claim_filter_patterns(filters))


def claim_filter_patterns(filters: PairFilters, confidence: str = "?conf") -> list[str]:
    """The patterns that keep a claim ``?c`` of a document ``?doc`` (bound ``?date``) by the
    dates, hedging and confidence of ``filters``; ``confidence`` names the variable it binds."""
    out = []
    if filters.since or filters.until:
        out.append("?doc dcterms:date ?date .")
        if filters.since:
            out.append(f'FILTER(?date >= "{filters.since.isoformat()}"^^xsd:date)')
        if filters.until:
            out.append(f'FILTER(?date <= "{filters.until.isoformat()}"^^xsd:date)')
    else:
        out.append("OPTIONAL { ?doc dcterms:date ?date }")
    if not filters.include_hedged:
        out.append("FILTER NOT EXISTS { ?c al:hedged true }")
    if filters.min_confidence is not None:
        out.append(confidence_at_least(filters.min_confidence, confidence))
    return out


def _filtered_query(settings: Settings, summary: Summary, filters: PairFilters) -> str:
    g = iri_term(actor_graph_iri(settings))
    return (
        PREFIXES
        + f"""SELECT ?n ?s ?o (SAMPLE(?sl0) AS ?sl) (SAMPLE(?ol0) AS ?ol)
  (COUNT(DISTINCT ?c) AS ?claims) (COUNT(DISTINCT ?doc) AS ?docs)
  (COUNT(DISTINCT ?src) AS ?sources) (MIN(?date) AS ?first) (MAX(?date) AS ?last)
  (SAMPLE(?disputed0) AS ?disputed) (GROUP_CONCAT(DISTINCT STR(?p); separator=" ") AS ?rels)
WHERE {{
  {_actor_match(settings, filters, summary=summary)}
  GRAPH {g} {{ ?n al:relation al:{summary} ; al:fromActor ?s ; al:toActor ?o ;
                 al:disputed ?disputed0 ; al:hasClaim ?c . }}
  ?c prov:wasDerivedFrom ?doc .
  GRAPH {g} {{ ?doc al:independentSource ?src }}
  {claim_patterns(filters)}
  OPTIONAL {{ ?s rdfs:label ?sl0 }} OPTIONAL {{ ?o rdfs:label ?ol0 }}
}} GROUP BY ?n ?s ?o ORDER BY DESC(?claims) ?sl ?ol ?n"""
    )


def _pair(row: dict[str, str]) -> Pair:
    return Pair(
        node=row["n"],
        source=ActorRef(row["s"], row.get("sl") or _local(row["s"])),
        target=ActorRef(row["o"], row.get("ol") or _local(row["o"])),
        claims=int(row["claims"]),
        documents=int(row["docs"]),
        independent_sources=int(row["sources"]),
        first_date=row.get("first"),
        last_date=row.get("last"),
        disputed=row.get("disputed") in ("true", "1"),
    )


def check_relation(store: Store, summary: Summary, relation: str | None) -> None:
    if relation is None:
        return
    allowed = sorted(r for r, s in summary_of(store).items() if s == summary)
    if relation not in allowed:
        raise UnknownRelationError(
            f"unknown relation {relation!r} for {summary}; allowed: {', '.join(allowed)}"
        )


def pair_page(
    store: Store,
    settings: Settings,
    summary: Summary,
    filters: PairFilters = NO_FILTERS,
    *,
    limit: int | None = DEFAULT_PAGE,
    cursor: str | None = None,
    evidence: int | None = TOP_EVIDENCE,
) -> PairPage:
    """One page of pairs (``limit`` None: all), with up to ``evidence`` items each (None: all)."""
    check_relation(store, summary, filters.relation)
    offset = decode_cursor(cursor)
    if not filters.claim_level and evidence is not None and evidence <= TOP_EVIDENCE:
        # what the stored records hold: one literal per pair, nothing else to read
        rows = store.select(record_query(settings, summary, filters, limit=limit, offset=offset))
        pairs = [record_pair(r["rec"], evidence) for r in rows]
        total = _total(store, settings, summary, filters, limit, offset, len(rows))
        end = offset + len(pairs)
        return PairPage(pairs, total, encode_cursor(end) if end < total else None)
    if filters.claim_level:
        rows = store.select(_filtered_query(settings, summary, filters))
        total = len(rows)
        rows = rows[offset : offset + limit] if limit is not None else rows[offset:]
        pairs = [_pair(r) for r in rows]
        for p, r in zip(pairs, rows, strict=True):
            p.relations = sorted({_local(x) for x in r.get("rels", "").split()})
    else:
        rows = store.select(pair_query(settings, summary, filters, limit=limit, offset=offset))
        total = _total(store, settings, summary, filters, limit, offset, len(rows))
        pairs = [_pair(r) for r in rows]
    _details(store, settings, pairs, filters, evidence)
    end = offset + len(pairs)
    return PairPage(pairs, total, encode_cursor(end) if end < total else None)


def _total(
    store: Store,
    settings: Settings,
    summary: Summary,
    filters: PairFilters,
    limit: int | None,
    offset: int,
    found: int,
) -> int:
    """How many pairs the filters keep, ``found`` of them on the page at ``offset``: counted
    only when the page does not say (it is full, or not the first)."""
    if limit is None or (offset == 0 and found < limit):
        return offset + found
    count = store.select(_count_query(settings, summary, filters))
    return int(count[0]["total"]) if count else 0


def pair_records(
    store: Store, settings: Settings, summary: Summary
) -> list[tuple[Pair, list[str]]]:
    """Every pair of ``summary`` from its stored record (``TOP_EVIDENCE`` items of evidence),
    with the identifiers of its claims' documents (``al:pairDocuments``), in the default order:
    what ``pair_page`` with no filter and ``pair_documents`` answer together, in one read."""
    g = iri_term(actor_graph_iri(settings))
    rows = store.select(
        PREFIXES
        + f"""SELECT ?rank ?rec ?docs WHERE {{ GRAPH {g} {{
  ?n al:relation al:{summary} ; al:pairRank ?rank ; al:pairRecord ?rec ; al:pairDocuments ?docs }}
}} ORDER BY ?rank"""
    )
    return [(record_pair(r["rec"]), json.loads(r["docs"])) for r in rows]


def pair_documents(
    store: Store, settings: Settings, summary: Summary, filters: PairFilters = NO_FILTERS
) -> dict[str, set[str]]:
    """Every pair of ``summary`` (its node) -> the identifiers of the documents of its claims
    that pass the date and confidence filters: one light query, no evidence."""
    g = iri_term(actor_graph_iri(settings))
    rows = store.select(
        PREFIXES
        + f"""SELECT DISTINCT ?n ?docid WHERE {{
  GRAPH {g} {{ ?n al:relation al:{summary} ; al:hasClaim ?c }}
  ?c prov:wasDerivedFrom ?doc . ?doc dcterms:identifier ?docid .
  {" ".join(claim_filter_patterns(filters))}
}}"""
    )
    out: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        out[r["n"]].add(r["docid"])
    return out


_CLAIM = """?c rdf:predicate ?p ; prov:wasDerivedFrom ?doc .
    OPTIONAL { ?doc dcterms:identifier ?docid } OPTIONAL { ?doc dcterms:date ?date }
    OPTIONAL { ?c al:evidence ?sentence } OPTIONAL { ?c al:hedged ?hedged }
    OPTIONAL { ?c al:confidence ?conf }
    OPTIONAL { ?c al:attributedTo ?attrEntity . ?attrEntity rdfs:label ?attr }
    OPTIONAL { ?c al:attributedToText ?attrText }"""


def _details(
    store: Store,
    settings: Settings,
    pairs: list[Pair],
    filters: PairFilters,
    evidence: int | None,
) -> None:
    """Relations, deniers, evidence and denials of the pairs of one page.

    Four small queries, each starting from the page's own nodes (``VALUES ?n``), so each is a
    few index look-ups per pair whatever the size of the store. One query with the four as
    branches of a UNION cost 40 to 80 times as much on Oxigraph: its planner joined the VALUES
    last and walked every disputed node of the store for the deniers' branch.
    """
    if not pairs:
        return
    g = iri_term(actor_graph_iri(settings))
    values = " ".join(iri_term(p.node) for p in pairs)
    trimmed = evidence is not None and evidence <= TOP_EVIDENCE
    relations: dict[str, set[str]] = defaultdict(set)
    for r in store.select(
        PREFIXES
        + f"""SELECT ?n ?x WHERE {{ VALUES ?n {{ {values} }}
  GRAPH {g} {{ ?n al:includesRelation ?x }} }}"""
    ):
        relations[r["n"]].add(_local(r["x"]))
    by_node: dict[str, dict[str, dict[str, Item]]] = defaultdict(lambda: defaultdict(dict))
    if filters.claim_level:
        # the filters before the OPTIONALs of _CLAIM: after them, Oxigraph joins the date
        # filter's pattern with every claim's optional date first (5x slower on 2,000 claims)
        claim_filters = claim_patterns(filters).replace("?c rdf:predicate ?p .", "")
        assertions = (
            f"GRAPH {g} {{ ?n al:hasClaim ?c }} ?c prov:wasDerivedFrom ?doc .\n"
            f"  {claim_filters}\n  {_CLAIM}"
        )
    else:
        link = "al:topEvidence" if trimmed else "al:hasClaim"
        assertions = f"GRAPH {g} {{ ?n {link} ?c }} {_CLAIM}"
    denial = "al:topDenial" if trimmed else "al:hasDenial"
    for kind, pattern in (
        ("evidence", assertions),
        ("denial", f"GRAPH {g} {{ ?n {denial} ?c }} {_CLAIM}"),
    ):
        for r in store.select(
            PREFIXES
            + f"""SELECT ?n ?c ?p ?docid ?date ?sentence ?hedged ?conf ?attr ?attrText WHERE {{
  VALUES ?n {{ {values} }}
  {pattern}
}}"""
        ):
            item = _item(r)
            by_node[r["n"]][kind].setdefault(item.claim, item)
    deniers = _deniers(store, settings, pairs, relations)
    for p in pairs:
        if not p.relations:
            p.relations = sorted(relations[p.node])
        denials = sorted(by_node[p.node]["denial"].values(), key=_order)
        who = deniers[p.node]
        p.denied_by = sorted(
            {ActorRef(i, lbl) for rel in who.values() for i, lbl in rel.items()},
            key=lambda a: a.label,
        )
        p.disputed = p.disputed or bool(denials)

        shown = sorted(by_node[p.node]["evidence"].values(), key=_order)
        p.evidence = [_mark(i, who) for i in (shown if evidence is None else shown[:evidence])]
        p.denials = [_mark(i, who) for i in (denials if evidence is None else denials[:evidence])]


def _deniers(
    store: Store, settings: Settings, pairs: list[Pair], relations: dict[str, set[str]]
) -> dict[str, dict[str, dict[str, str]]]:
    """For each pair, its disputed relations -> who denies them (IRI -> label).

    The node of each (actor, relation, actor) has a name computed from the three
    (``node_iri``), so the relation nodes of the page's pairs are named, not searched for.
    """
    spec: dict[str, tuple[str, str]] = {}  # relation node -> (pair node, relation)
    for p in pairs:
        for rel in relations[p.node]:
            iri = node_iri(settings, "actor-relation", p.source.id, rel, p.target.id)
            spec[iri] = (p.node, rel)
    out: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    if not spec:
        return out
    g = iri_term(actor_graph_iri(settings))
    values = " ".join(iri_term(s) for s in spec)
    rows = store.select(
        PREFIXES
        + f"""SELECT ?spec ?denier ?denierLabel WHERE {{ VALUES ?spec {{ {values} }}
  GRAPH {g} {{ ?spec al:disputed true }}
  OPTIONAL {{ GRAPH {g} {{ ?spec al:deniedBy ?denier }}
              OPTIONAL {{ ?denier rdfs:label ?denierLabel }} }}
}}"""
    )
    for r in rows:
        node, rel = spec[r["spec"]]
        named = out[node][rel]
        if "denier" in r:
            named[r["denier"]] = r.get("denierLabel") or _local(r["denier"])
    return out


def _mark(item: Item, deniers: dict[str, dict[str, str]]) -> Item:
    """The item marked disputed, with its deniers, when its own relation is denied."""
    if item.relation not in deniers:
        return item
    refs = sorted((ActorRef(i, lbl) for i, lbl in deniers[item.relation].items()), key=_label)
    return replace(item, disputed=True, denied_by=tuple(refs))


def _label(a: ActorRef) -> str:
    return a.label


def _order(item: Item) -> tuple[object, ...]:
    """Firm before hedged, surest first, newest first, then by document."""
    date = item.date or ""
    newest = "".join(chr(0x10FFFF - ord(ch)) for ch in date) if date else "\U0010ffff"
    return (item.hedged, -(item.confidence or 0.0), newest, item.document, item.claim)


def _item(r: dict[str, str]) -> Item:
    return Item(
        document=r.get("docid", ""),
        sentence=r.get("sentence", ""),
        relation=_local(r["p"]),
        hedged=r.get("hedged") in ("true", "1"),
        attributed_to=r.get("attr") or r.get("attrText"),
        date=r.get("date"),
        claim=r["c"],
        confidence=float(r["conf"]) if "conf" in r else None,
    )


def evidence_page(
    store: Store,
    settings: Settings,
    summary: Summary,
    source: str,
    target: str,
    filters: PairFilters = NO_FILTERS,
    *,
    limit: int = DEFAULT_PAGE,
    cursor: str | None = None,
) -> tuple[list[Item], int, str | None]:
    """Every evidence item of one pair (the rest behind the trimmed list), a page at a time."""
    g = iri_term(actor_graph_iri(settings))
    rows = store.select(
        PREFIXES
        + f"""SELECT ?n WHERE {{ GRAPH {g} {{ ?n al:relation al:{summary} ;
  al:fromActor {iri_term(source)} ; al:toActor {iri_term(target)} }} }}"""
    )
    if not rows:
        return [], 0, None
    pair = Pair(rows[0]["n"], ActorRef(source, ""), ActorRef(target, ""))
    _details(store, settings, [pair], filters, None)
    offset = decode_cursor(cursor)
    items = pair.evidence[offset : offset + limit]
    end = offset + len(items)
    return items, len(pair.evidence), encode_cursor(end) if end < len(pair.evidence) else None


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass
class Dispute:
    node: str
    subject: ActorRef
    relation: str
    object: ActorRef
    stance: str
    assertions: list[Item] = field(default_factory=list)
    denials: list[Item] = field(default_factory=list)
    denied_by: list[ActorRef] = field(default_factory=list)


def dispute_page(
    store: Store,
    settings: Settings,
    filters: PairFilters = NO_FILTERS,
    *,
    limit: int | None = DEFAULT_PAGE,
    cursor: str | None = None,
) -> tuple[list[Dispute], int, str | None]:
    """The disputed actor-level triples (``al:Dispute``) with their assertions and denials.

    ``actor`` and ``relation`` select disputes; dates, hedging and confidence select the claims
    shown on both sides, and a dispute with no assertion or no denial left drops out.
    """
    summary = summary_of(store)
    if filters.relation is not None and filters.relation not in summary:
        allowed = ", ".join(sorted(summary))
        raise UnknownRelationError(f"unknown relation {filters.relation!r}; allowed: {allowed}")
    g = iri_term(actor_graph_iri(settings))
    relation = f"VALUES ?rel {{ al:{filters.relation} }}" if filters.relation else ""
    claim_filters = claim_patterns(filters).replace("?c rdf:predicate ?p .", "")
    rows = store.select(
        PREFIXES
        + f"""SELECT ?n ?s ?sl ?rel ?o ?ol ?kind ?c ?p ?docid ?date ?sentence ?hedged ?conf ?attr
       ?attrText ?denier ?denierLabel WHERE {{
  {_actor_match(settings, replace(filters, side=None), "?pair")}
  {relation}
  GRAPH {g} {{ ?n a al:Dispute ; al:about ?pair .
              ?pair al:fromActor ?s ; al:relation ?rel ; al:toActor ?o . }}
  {{ GRAPH {g} {{ ?pair al:hasClaim ?c }} BIND("assertion" AS ?kind) }}
  UNION {{ GRAPH {g} {{ ?pair al:hasDenial ?c }} BIND("denial" AS ?kind)
           OPTIONAL {{ ?c al:attributedTo ?denier
                      OPTIONAL {{ ?denier rdfs:label ?denierLabel }} }} }}
  {_CLAIM}
  {claim_filters}
  OPTIONAL {{ ?s rdfs:label ?sl }} OPTIONAL {{ ?o rdfs:label ?ol }}
}}"""
    )
    found: dict[str, Dispute] = {}
    deniers: dict[str, dict[str, str]] = defaultdict(dict)
    for r in rows:
        rel = _local(r["rel"])
        d = found.setdefault(
            r["n"],
            Dispute(
                r["n"],
                ActorRef(r["s"], r.get("sl") or _local(r["s"])),
                rel,
                ActorRef(r["o"], r.get("ol") or _local(r["o"])),
                summary.get(rel, rel),
            ),
        )
        item = _item(r)
        side = d.assertions if r["kind"] == "assertion" else d.denials
        if all(i.claim != item.claim for i in side):
            side.append(item)
        if "denier" in r:
            deniers[r["n"]][r["denier"]] = r.get("denierLabel") or _local(r["denier"])
    disputes = [d for d in found.values() if d.assertions and d.denials]
    for d in disputes:
        d.assertions.sort(key=_order)
        d.denials.sort(key=_order)
        d.denied_by = sorted((ActorRef(i, lbl) for i, lbl in deniers[d.node].items()), key=_label)
    disputes.sort(
        key=lambda d: (
            -len(d.assertions) - len(d.denials),
            d.subject.label,
            d.object.label,
            d.relation,
        )
    )
    offset = decode_cursor(cursor)
    page = disputes[offset : offset + limit] if limit is not None else disputes[offset:]
    end = offset + len(page)
    return page, len(disputes), encode_cursor(end) if end < len(disputes) else None
