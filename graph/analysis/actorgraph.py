"""The actor graph: the roll-up of the claims to actors, written into the store as data.

One named graph, ``<base>graph/actors``, holds what ``/api/supports``, ``/api/opposes``,
``/api/disputes``, ``/api/timeline`` and ``/api/network`` read, so that each is one indexed
SPARQL query any client can run too:

- ``?e al:rollsUpTo ?actor`` for every entity: the top-most state or organisation it belongs to
  (``graph.analysis.alignment.Lifter``: the affiliation chain and ``al:locatedIn``; a state is
  never lifted further; an entity with nothing above it stands for itself). A claim lifts its
  sides with its own document's affiliations first: Rutte's claims of a 2023 article count for
  the Netherlands, those of a 2025 one for NATO (his ``al:rollsUpTo`` is the post held now).
- ``?actor al:name "russia"``: every name (label and altLabels) of an actor, lower-cased, so that
  ``?actor=Russia`` is a look-up, not a scan of every label.
- ``?doc al:independentSource ?source`` for a document that counts, or ``?doc al:duplicateOf
  ?original`` for a syndicated copy, which counts nowhere (``graph.text.sources``).
- One ``al:ActorRelation`` per (actor, relation, actor), for each relation and for the two
  summaries ``al:supports`` and ``al:opposes``: its claims (``al:hasClaim``, never negated ones,
  never from a copy), their counts (claims, documents, independent sources), the first and last
  document date, the denials (``al:hasDenial``: negated claims of the same actor-level triple),
  ``al:disputed`` and ``al:deniedBy``, and ``al:topEvidence``, the few best claims to show.
- On each summary node, its sides once more under the summary's own names (``al:supporter`` and
  ``al:supported``, ``al:opposer`` and ``al:opposed``), so that an actor's pairs of one summary
  are one index scan, and ``al:pairRecord``: the pair as ``/api/supports`` shows it by default
  (labels, counts, dates, relations, deniers, the top evidence and denials, each item with its
  sentence, document, date and attribution) as one ``rdf:JSON`` literal, so that a page reads
  one literal per pair rather than ten index look-ups per evidence item; and
  ``al:pairDocuments``, the identifiers of the documents of its claims (a JSON array), so that
  ``/api/network`` draws every pair, with the documents in view, from one read of the records
  rather than a join of every ``al:hasClaim`` through its claim's document.
- One ``al:Dispute`` per disputed (actor, relation, actor), ``al:about`` its ``al:ActorRelation``:
  its assertions are that node's ``al:hasClaim``, its denials its ``al:hasDenial`` (each link is
  stored once; ``al:assertion`` and ``al:denial`` are these paths, declared as property chains).

Writes keep it current: ``refresh(store, settings, documents)`` after a document is added,
replaced or removed recomputes only the pairs those documents touch (and the pairs of entities
whose roll-up the write changed); ``refresh(store, settings)`` rebuilds it all.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from graph.analysis.alignment import Lifter
from graph.settings import Settings
from graph.sparql_text import iri_term, string_term
from graph.store import Store
from graph.text.sources import NEAR_DUPLICATE, similarity, slug
from graph.vocab import ONTOLOGY_NS, PREFIXES, graph_iri

__all__ = [
    "SIDES",
    "TOP_EVIDENCE",
    "VERSION",
    "actor_graph_iri",
    "ensure",
    "node_iri",
    "refresh",
    "summary_of",
]

VERSION = "5"  # bump when the shape changes: a server rebuilds an actor graph of another version
TOP_EVIDENCE = 5
AL = ONTOLOGY_NS
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_JSON = "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON"
# the sides of a summary node under the summary's own names (the acting side first)
SIDES: dict[str, tuple[str, str]] = {
    "supports": ("supporter", "supported"),
    "opposes": ("opposer", "opposed"),
}
RELATIONS: dict[str, str] = {
    "supplies": "supports",
    "deploys": "supports",
    "pays": "supports",
    "trains": "supports",
    "supports": "supports",
    "condemns": "opposes",
    "attacks": "opposes",
    "sanctions": "opposes",
    "warns": "opposes",
    "opposes": "opposes",
}


def summary_of(store: Store) -> dict[str, str]:
    """Each relation's local name -> the summary it counts for (``supports`` or ``opposes``)."""
    rows = store.select(
        PREFIXES
        + """SELECT ?p ?top WHERE { VALUES ?top { al:supports al:opposes }
  ?p rdfs:subPropertyOf* ?top }"""
    )
    found = {
        r["p"].removeprefix(AL): r["top"].removeprefix(AL) for r in rows if r["p"].startswith(AL)
    }
    return found or dict(RELATIONS)  # a store without the ontology still rolls up


def actor_graph_iri(settings: Settings) -> str:
    return graph_iri(settings.base_iri, "actors")


def current(store: Store, settings: Settings) -> bool:
    """Whether the store holds an actor graph of this version."""
    g = iri_term(actor_graph_iri(settings))
    rows = store.select(
        PREFIXES + f"SELECT ?v WHERE {{ GRAPH {g} {{ {g} al:actorGraphVersion ?v }} }}"
    )
    return any(r["v"] == VERSION for r in rows)


def ensure(store: Store, settings: Settings) -> bool:
    """Build the actor graph if the store has none of this version; True if it was built."""
    if current(store, settings):
        return False
    refresh(store, settings)
    return True


# --- reading what the roll-up needs ------------------------------------------------------------


@dataclass
class _Doc:
    iri: str
    identifier: str
    date: str | None
    publisher: str | None
    signature: str | None
    bands: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _Claim:
    iri: str
    subject: str
    relation: str
    object: str
    document: str
    negated: bool
    hedged: bool
    confidence: float
    attributed_to: str | None
    # what an evidence item shows: the sentence, whether a confidence is stated, and who said it
    # (the label of ``attributed_to``, else the attribution's own text)
    sentence: str = ""
    stated_confidence: bool = True
    attribution: str | None = None


def _documents(store: Store, only: Collection[str] | None) -> dict[str, _Doc]:
    """Documents with their date, publisher and fingerprint (all, or those named)."""
    values = f"VALUES ?doc {{ {' '.join(iri_term(d) for d in only)} }}" if only else ""
    rows = store.select(
        PREFIXES
        + f"""SELECT ?doc ?id ?date ?pub ?sig ?band WHERE {{ {values}
  ?doc a al:Document ; dcterms:identifier ?id .
  OPTIONAL {{ ?doc dcterms:date ?date }} OPTIONAL {{ ?doc dcterms:publisher ?pub }}
  OPTIONAL {{ ?doc al:minhash ?sig }} OPTIONAL {{ ?doc al:minhashBand ?band }}
}}"""
    )
    docs: dict[str, _Doc] = {}
    for r in rows:
        d = docs.setdefault(
            r["doc"], _Doc(r["doc"], r["id"], r.get("date"), r.get("pub"), r.get("sig"))
        )
        if "band" in r:
            d.bands.add(r["band"])
    return docs


def _claims(store: Store, subjects: Collection[str] | None) -> list[_Claim]:
    """Every claim (or those with one of these subjects), negated ones included."""
    values = f"VALUES ?s {{ {' '.join(iri_term(s) for s in subjects)} }}" if subjects else ""
    rows = store.select(
        PREFIXES
        + f"""SELECT ?c ?s ?p ?o ?doc ?neg ?hedged ?conf ?attr ?attrLabel ?attrText ?sentence
WHERE {{ {values}
  ?c rdf:subject ?s ; a al:Claim ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?doc .
  OPTIONAL {{ ?c al:negated ?neg }} OPTIONAL {{ ?c al:hedged ?hedged }}
  OPTIONAL {{ ?c al:confidence ?conf }}
  OPTIONAL {{ ?c al:attributedTo ?attr OPTIONAL {{ ?attr rdfs:label ?attrLabel }} }}
  OPTIONAL {{ ?c al:attributedToText ?attrText }} OPTIONAL {{ ?c al:evidence ?sentence }}
}}"""
    )
    out: dict[str, _Claim] = {}
    for r in rows:
        if r["c"] in out or not r["p"].startswith(AL):
            continue
        out[r["c"]] = _Claim(
            r["c"],
            r["s"],
            r["p"].removeprefix(AL),
            r["o"],
            r["doc"],
            r.get("neg") in ("true", "1"),
            r.get("hedged") in ("true", "1"),
            float(r.get("conf", "1") or 1),
            r.get("attr"),
            r.get("sentence", ""),
            "conf" in r,
            r.get("attrLabel") or r.get("attrText"),
        )
    return list(out.values())


# --- documents: originals, copies, sources -------------------------------------------------------


def _originals(docs: dict[str, _Doc]) -> dict[str, str]:
    """Each document -> the original it is a copy of (itself when it is none)."""
    by_band: dict[str, list[str]] = defaultdict(list)
    for doc in docs.values():
        for band in doc.bands:
            by_band[band].append(doc.iri)
    parent = {d: d for d in docs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for members in by_band.values():
        for a in members:
            for b in members:
                if a < b and find(a) != find(b):
                    sa, sb = docs[a].signature, docs[b].signature
                    if sa and sb and similarity(sa, sb) >= NEAR_DUPLICATE:
                        parent[find(a)] = find(b)
    clusters: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        clusters[find(d)].append(d)
    original: dict[str, str] = {}
    for members in clusters.values():
        # the first published is the original: the earliest date, undated last, then the name
        first = min(members, key=lambda m: (docs[m].date or "9999", docs[m].identifier))
        for m in members:
            original[m] = first
    return original


def _source_iri(settings: Settings, doc: _Doc) -> str:
    if doc.publisher:
        return settings.base_iri + "source/" + slug(doc.publisher)
    return doc.iri  # a document that names no publisher is a source of its own


# --- the pairs ----------------------------------------------------------------------------------


@dataclass
class _Node:
    subject: str
    relation: str
    object: str
    assertions: list[_Claim] = field(default_factory=list)
    denials: list[_Claim] = field(default_factory=list)


def node_iri(settings: Settings, kind: str, subject: str, relation: str, obj: str) -> str:
    digest = hashlib.sha1(f"{subject}|{relation}|{obj}".encode()).hexdigest()[:24]
    return f"{settings.base_iri}{kind}/{digest}"


def _rank(c: _Claim, docs: dict[str, _Doc]) -> tuple[object, ...]:
    """The order evidence is shown in: firm before hedged, surest, newest, then by document."""
    d = docs.get(c.document)
    date = d.date if d and d.date else ""
    return (c.hedged, -c.confidence, _neg(date), d.identifier if d else "", c.iri)


def _neg(date: str) -> str:
    return "".join(chr(0x10FFFF - ord(ch)) for ch in date) if date else "\U0010ffff"


class _Writer:
    """Triples for the actor graph, as N-Triples lines for one INSERT DATA."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{iri_term(s)} {iri_term(p)} {o} .")

    def iri(self, s: str, p: str, o: str) -> None:
        self.add(s, p, iri_term(o))

    def lit(self, s: str, p: str, value: str, datatype: str | None = None) -> None:
        self.add(s, p, string_term(value) + (f"^^<{datatype}>" if datatype else ""))


def _write_node(
    w: _Writer,
    settings: Settings,
    node: _Node,
    docs: dict[str, _Doc],
    source: dict[str, str],
    record: str | None = None,
) -> None:
    iri = node_iri(settings, "actor-relation", node.subject, node.relation, node.object)
    w.iri(iri, RDF_TYPE, AL + "ActorRelation")
    w.iri(iri, AL + "fromActor", node.subject)
    w.iri(iri, AL + "relation", AL + node.relation)
    w.iri(iri, AL + "toActor", node.object)
    if node.relation in SIDES:
        acting, other = SIDES[node.relation]
        w.iri(iri, AL + acting, node.subject)
        w.iri(iri, AL + other, node.object)
    documents = {c.document for c in node.assertions}
    if record is not None:
        w.lit(iri, AL + "pairRecord", record, RDF_JSON)
        identifiers = sorted({docs[d].identifier for d in documents})
        w.lit(iri, AL + "pairDocuments", _json(identifiers), RDF_JSON)
    dates = sorted(d for doc in documents if (d := docs[doc].date))
    w.lit(iri, AL + "claimCount", str(len(node.assertions)), XSD + "integer")
    w.lit(iri, AL + "documentCount", str(len(documents)), XSD + "integer")
    sources = {source[d] for d in documents}
    w.lit(iri, AL + "independentSourceCount", str(len(sources)), XSD + "integer")
    if dates:
        w.lit(iri, AL + "firstDate", dates[0], XSD + "date")
        w.lit(iri, AL + "lastDate", dates[-1], XSD + "date")
    w.lit(iri, AL + "disputed", "true" if node.denials else "false", XSD + "boolean")
    for rel in sorted({c.relation for c in node.assertions}):
        w.iri(iri, AL + "includesRelation", AL + rel)
    for c in node.assertions:
        w.iri(iri, AL + "hasClaim", c.iri)
    for c in sorted(node.assertions, key=lambda c: _rank(c, docs))[:TOP_EVIDENCE]:
        w.iri(iri, AL + "topEvidence", c.iri)
    for c in node.denials:
        w.iri(iri, AL + "hasDenial", c.iri)
    for c in sorted(node.denials, key=lambda c: _rank(c, docs))[:TOP_EVIDENCE]:
        w.iri(iri, AL + "topDenial", c.iri)
    for who in sorted({c.attributed_to for c in node.denials if c.attributed_to}):
        w.iri(iri, AL + "deniedBy", who)
    for doc in sorted({c.document for c in [*node.assertions, *node.denials]}):
        w.iri(iri, AL + "fromDocument", doc)
    if node.denials and node.relation not in ("supports", "opposes"):
        dispute = node_iri(settings, "dispute", node.subject, node.relation, node.object)
        w.iri(dispute, RDF_TYPE, AL + "Dispute")
        # its sides are the node's al:hasClaim and al:hasDenial: not written a second time
        w.iri(dispute, AL + "about", iri)


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _records(
    settings: Settings,
    nodes: list[_Node],
    docs: dict[str, _Doc],
    source: dict[str, str],
    label: dict[str, str],
) -> dict[int, str]:
    """``al:pairRecord`` of each summary node (by ``id`` of the node): what
    ``graph.analysis.pairs.pair_page`` shows of the pair by default, read there by
    ``pairs.record_pair``. Built from the same nodes as the triples, so the two agree."""
    deniers: dict[tuple[str, str], dict[str, dict[str, str]]] = defaultdict(dict)
    for n in nodes:  # each disputed relation of a pair -> who denies it
        if n.relation not in SIDES and n.denials:
            named = {c.attributed_to for c in n.denials if c.attributed_to}
            deniers[(n.subject, n.object)][n.relation] = {
                i: label.get(i) or _local(i) for i in sorted(named)
            }
    out: dict[int, str] = {}
    for n in nodes:
        if n.relation not in SIDES:
            continue
        relations = sorted({c.relation for c in n.assertions})
        who = {r: d for r, d in deniers[(n.subject, n.object)].items() if r in relations}
        documents = {c.document for c in n.assertions}
        dates = sorted(d for doc in documents if (d := docs[doc].date))
        denied_by = sorted(
            {(i, lbl) for d in who.values() for i, lbl in d.items()}, key=lambda a: a[1]
        )
        denials = _shown(n.denials, docs, who)
        record = {
            "node": node_iri(settings, "actor-relation", n.subject, n.relation, n.object),
            "source": [n.subject, label.get(n.subject) or _local(n.subject)],
            "target": [n.object, label.get(n.object) or _local(n.object)],
            "relations": relations,
            "claims": len(n.assertions),
            "documents": len(documents),
            "sources": len({source[d] for d in documents}),
            "first": dates[0] if dates else None,
            "last": dates[-1] if dates else None,
            "disputed": bool(n.denials) or bool(denials),
            "denied_by": [list(a) for a in denied_by],
            "evidence": _shown(n.assertions, docs, who),
            "denials": denials,
        }
        out[id(n)] = _json(record)
    return out


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _shown(
    claims: list[_Claim], docs: dict[str, _Doc], deniers: dict[str, dict[str, str]]
) -> list[dict[str, object]]:
    """The items shown first: the ``TOP_EVIDENCE`` best (``al:topEvidence``), in the order the
    API shows them (``pairs._order``: a claim with no stated confidence last among its kind),
    each marked disputed, with its deniers, when its own relation is denied."""
    top = sorted(claims, key=lambda c: _rank(c, docs))[:TOP_EVIDENCE]
    items = []
    for c in top:
        doc = docs.get(c.document)
        who = deniers.get(c.relation)
        items.append(
            {
                "claim": c.iri,
                "document": doc.identifier if doc else "",
                "sentence": c.sentence,
                "relation": c.relation,
                "hedged": c.hedged,
                "attributed_to": c.attribution,
                "date": doc.date if doc else None,
                "confidence": c.confidence if c.stated_confidence else None,
                "disputed": who is not None,
                "denied_by": sorted(([i, lbl] for i, lbl in (who or {}).items()), key=_second),
            }
        )
    items.sort(key=_shown_order)
    return items


def _second(pair: list[str]) -> str:
    return pair[1]


def _shown_order(item: dict[str, object]) -> tuple[object, ...]:
    date = str(item["date"] or "")
    confidence = item["confidence"]
    return (
        item["hedged"],
        -(float(confidence) if isinstance(confidence, (int, float)) else 0.0),
        _neg(date),
        item["document"],
        item["claim"],
    )


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _nodes(
    claims: Iterable[_Claim],
    lift: Lifter,
    summary: dict[str, str],
    original: dict[str, str],
    wanted: set[tuple[str, str]] | None,
) -> list[_Node]:
    """Every (actor, relation, actor) with at least one assertion, disputed where denied."""
    nodes: dict[tuple[str, str, str], _Node] = {}
    for c in claims:
        if c.relation not in summary or original.get(c.document, c.document) != c.document:
            continue  # not a relation between actors, or read from a copy
        s, o = lift(c.subject, c.document), lift(c.object, c.document)
        if s == o or (wanted is not None and (s, o) not in wanted):
            continue
        for rel in {c.relation, summary[c.relation]}:
            node = nodes.setdefault((s, rel, o), _Node(s, rel, o))
            (node.denials if c.negated else node.assertions).append(c)
    out = [n for n in nodes.values() if n.assertions]
    # a pair's summary is disputed when one of its own relations is (assertion and denial alike)
    disputed = {
        (n.subject, n.object)
        for n in out
        if n.denials and n.relation not in ("supports", "opposes")
    }
    for n in out:
        if n.relation in ("supports", "opposes"):
            if (n.subject, n.object) not in disputed:
                n.denials = []
            else:
                own = {
                    m.relation
                    for m in out
                    if (m.subject, m.object) == (n.subject, n.object) and m.denials
                }
                n.denials = [c for c in n.denials if c.relation in own]
    return out


# --- refresh ------------------------------------------------------------------------------------


def refresh(store: Store, settings: Settings, documents: Collection[str] | None = None) -> None:
    """Recompute the actor graph for what ``documents`` (IRIs, added or removed) touch; all of
    it when ``documents`` is None."""
    g = iri_term(actor_graph_iri(settings))
    if documents is not None and not current(store, settings):
        documents = None  # a store from before the actor graph, or of another version: all of it
    summary = summary_of(store)
    lift = Lifter(store)
    registry = iri_term(graph_iri(settings.base_iri, "entities"))
    entities = [
        r["e"]
        for r in store.select(
            PREFIXES + f"SELECT DISTINCT ?e WHERE {{ GRAPH {registry} {{ ?e rdfs:label ?l }} }}"
        )
    ]
    top = {e: lift(e) for e in entities}
    stored_top = {
        r["e"]: r["t"]
        for r in store.select(
            PREFIXES + f"SELECT ?e ?t WHERE {{ GRAPH {g} {{ ?e al:rollsUpTo ?t }} }}"
        )
    }
    docs = _documents(store, None)
    original = _originals(docs)
    source = {d: _source_iri(settings, docs[d]) for d in docs}
    stored_docs = {
        r["doc"]: (r.get("orig"), r.get("src"))
        for r in store.select(
            PREFIXES
            + f"""SELECT ?doc ?orig ?src WHERE {{ GRAPH {g} {{
  {{ ?doc al:duplicateOf ?orig }} UNION {{ ?doc al:independentSource ?src }} }} }}"""
        )
    }
    full = documents is None
    touched_docs = set(documents or ())
    for d in set(docs) | set(stored_docs):
        now = (original[d], None) if d in original and original[d] != d else (None, source.get(d))
        if d not in docs or stored_docs.get(d) != now:
            touched_docs.add(d)
    changed = {e for e in set(top) | set(stored_top) if top.get(e) != stored_top.get(e)}

    if full:
        claims = _claims(store, None)
        wanted: set[tuple[str, str]] | None = None
    else:
        pairs = _touched_pairs(store, g, touched_docs, changed, lift)
        wanted = pairs
        below: dict[str, set[str]] = defaultdict(set)
        for e, t in top.items():
            below[t].add(e)
        for doc, held in lift.local.items():  # posts held at a document's date
            for e in held:
                below[lift(e, doc)].add(e)
        subjects = {e for s, _ in pairs for e in below.get(s, {s}) | {s}}
        claims = _claims(store, subjects) if subjects else []
    nodes = _nodes(claims, lift, summary, original, wanted)

    w = _Writer()
    parts = [PREFIXES]
    if full:
        parts.append(f"DROP SILENT GRAPH {g} ;")
        w.lit(actor_graph_iri(settings), AL + "actorGraphVersion", VERSION)
    else:
        if wanted:
            values = " ".join(f"({iri_term(s)} {iri_term(o)})" for s, o in sorted(wanted))
            parts.append(f"""DELETE {{ GRAPH {g} {{ ?n ?p ?x }} }} WHERE {{ GRAPH {g} {{
  VALUES (?s ?o) {{ {values} }} ?n al:fromActor ?s ; al:toActor ?o ; ?p ?x }} }} ;""")
        if changed:
            values = " ".join(iri_term(e) for e in sorted(changed))
            parts.append(f"""DELETE {{ GRAPH {g} {{ ?e al:rollsUpTo ?t }} }} WHERE {{ GRAPH {g} {{
  VALUES ?e {{ {values} }} ?e al:rollsUpTo ?t }} }} ;""")
        if touched_docs:
            values = " ".join(iri_term(d) for d in sorted(touched_docs))
            parts.append(f"""DELETE {{ GRAPH {g} {{ ?d ?p ?x }} }} WHERE {{ GRAPH {g} {{
  VALUES ?d {{ {values} }} VALUES ?p {{ al:duplicateOf al:independentSource }} ?d ?p ?x }} }} ;""")
    for e in sorted(set(top) if full else changed):
        if e in top:
            w.iri(e, AL + "rollsUpTo", top[e])
    for d in sorted(set(docs) if full else touched_docs & set(docs)):
        if original[d] != d:
            w.iri(d, AL + "duplicateOf", original[d])
        else:
            w.iri(d, AL + "independentSource", source[d])
    actors = {n.subject for n in nodes} | {n.object for n in nodes}
    deniers = {c.attributed_to for n in nodes for c in n.denials if c.attributed_to}
    label = _labels(store, actors | deniers)
    records = _records(settings, nodes, docs, source, label)
    for node in nodes:
        _write_node(w, settings, node, docs, source, records.get(id(node)))
    _write_names(store, parts, w, g, actors)
    _write_ranks(store, settings, parts, w, g, nodes, None if full else wanted or set(), label)
    parts.append(f"INSERT DATA {{ GRAPH {g} {{\n" + "\n".join(w.lines) + "\n} }")
    store.update("\n".join(parts))


def _touched_pairs(
    store: Store, g: str, documents: set[str], changed: set[str], lift: Lifter
) -> set[tuple[str, str]]:
    """The (actor, actor) pairs whose claims a write may have changed: those stored with a claim
    from one of ``documents`` or of a ``changed`` entity, and those such claims lift to now."""
    pairs: set[tuple[str, str]] = set()
    if documents:
        values = " ".join(iri_term(d) for d in sorted(documents))
        for r in store.select(
            PREFIXES
            + f"""SELECT DISTINCT ?s ?o WHERE {{ VALUES ?d {{ {values} }}
  GRAPH {g} {{ ?n al:fromDocument ?d ; al:fromActor ?s ; al:toActor ?o }} }}"""
        ):
            pairs.add((r["s"], r["o"]))
        for r in store.select(
            PREFIXES
            + f"""SELECT DISTINCT ?s ?o ?d WHERE {{ VALUES ?d {{ {values} }}
  ?c prov:wasDerivedFrom ?d ; a al:Claim ; rdf:subject ?s ; rdf:object ?o }}"""
        ):
            pairs.add((lift(r["s"], r["d"]), lift(r["o"], r["d"])))
    if changed:
        values = " ".join(iri_term(e) for e in sorted(changed))
        for r in store.select(
            PREFIXES
            + f"""SELECT DISTINCT ?s ?o ?d ?ts ?to WHERE {{ VALUES ?e {{ {values} }}
  {{ ?c rdf:subject ?e }} UNION {{ ?c rdf:object ?e }}
  ?c a al:Claim ; rdf:subject ?s ; rdf:object ?o ; prov:wasDerivedFrom ?d .
  OPTIONAL {{ GRAPH {g} {{ ?n al:hasClaim|al:hasDenial ?c ; al:fromActor ?ts ; al:toActor ?to }} }}
}}"""
        ):
            pairs.add((lift(r["s"], r["d"]), lift(r["o"], r["d"])))
            if "ts" in r:
                pairs.add((r["ts"], r["to"]))
    return {(s, o) for s, o in pairs if s != o}


def _write_ranks(
    store: Store,
    settings: Settings,
    parts: list[str],
    w: _Writer,
    g: str,
    nodes: list[_Node],
    replaced: set[tuple[str, str]] | None,
    label: dict[str, str],
) -> None:
    """``al:pairRank`` of every summary node (its place in the default order of ``/api/supports``
    and ``/api/opposes``: most claims first, then by the two labels) and ``al:pairCount`` of each
    summary, so that a page of all pairs is a look-up of its ranks, not a sort of every pair.

    ``replaced`` is None for a full rebuild (``nodes`` are all there are); otherwise the pairs
    the write replaces, and every other stored summary node keeps its counts but may move.
    """
    ranked: list[tuple[str, str, str, str, int]] = [  # (node, summary, from, to, claims)
        (
            node_iri(settings, "actor-relation", n.subject, n.relation, n.object),
            n.relation,
            n.subject,
            n.object,
            len(n.assertions),
        )
        for n in nodes
        if n.relation in ("supports", "opposes")
    ]
    if replaced is not None:
        parts.append(f"DELETE WHERE {{ GRAPH {g} {{ ?n al:pairRank ?r }} }} ;")
        parts.append(f"DELETE WHERE {{ GRAPH {g} {{ ?s al:pairCount ?c }} }} ;")
        for r in store.select(
            PREFIXES
            + f"""SELECT ?n ?rel ?s ?o ?claims WHERE {{ GRAPH {g} {{
  VALUES ?rel {{ al:supports al:opposes }}
  ?n al:relation ?rel ; al:fromActor ?s ; al:toActor ?o ; al:claimCount ?claims }} }}"""
        ):
            if (r["s"], r["o"]) not in replaced:
                ranked.append((r["n"], r["rel"].removeprefix(AL), r["s"], r["o"], int(r["claims"])))
    label = label | _labels(store, {a for row in ranked for a in row[2:4]} - set(label))
    # the order of ``graph.analysis.pairs.pair_query``: DESC(?claims) ?sl ?ol ?n
    ranked.sort(key=lambda r: (r[1], -r[4], label.get(r[2], ""), label.get(r[3], ""), r[0]))
    place: dict[str, int] = defaultdict(int)
    for node, summary, *_ in ranked:
        w.lit(node, AL + "pairRank", str(place[summary]), XSD + "integer")
        place[summary] += 1
    for summary in ("supports", "opposes"):  # the total of a page, read, not counted
        w.lit(AL + summary, AL + "pairCount", str(place[summary]), XSD + "integer")


def _labels(store: Store, iris: set[str]) -> dict[str, str]:
    """The ``rdfs:label`` of each of ``iris`` that has one."""
    found: dict[str, str] = {}
    ordered = sorted(iris)
    for chunk in range(0, len(ordered), 1000):
        values = " ".join(iri_term(a) for a in ordered[chunk : chunk + 1000])
        for r in store.select(
            PREFIXES + f"SELECT ?a ?l WHERE {{ VALUES ?a {{ {values} }} ?a rdfs:label ?l }}"
        ):
            found.setdefault(r["a"], r["l"])
    return found


def _write_names(store: Store, parts: list[str], w: _Writer, g: str, actors: set[str]) -> None:
    """``al:name`` (every label and altLabel, lower-cased) of the actors of the written pairs."""
    if not actors:
        return
    values = " ".join(iri_term(a) for a in sorted(actors))
    parts.append(f"""DELETE {{ GRAPH {g} {{ ?a al:name ?n }} }} WHERE {{ GRAPH {g} {{
  VALUES ?a {{ {values} }} ?a al:name ?n }} }} ;""")
    rows = store.select(
        PREFIXES
        + f"""SELECT DISTINCT ?a ?n WHERE {{ VALUES ?a {{ {values} }}
  {{ ?a rdfs:label ?n }} UNION {{ ?a skos:altLabel ?n }} }}"""
    )
    for r in rows:
        w.lit(r["a"], AL + "name", r["n"].strip().lower())
