"""Allegiance's graph: articles -> spaCy -> claims -> RDF with provenance -> store -> analysis.

The subpackages are the data flow, in order (``graph/README.md`` draws it and says where to add
a relation, a trigger word, a state or a language):

- ``graph.knowledge``: ``load_knowledge(settings)``, what the product knows, from ``graph/data``
- ``graph.text``: articles -> sentence lines -> a spaCy ``Doc`` (``load_pipeline``)
- ``graph.extract``: ``Doc`` -> mentions -> entities -> discourse -> claims
- ``graph.rdf``: claims -> RDF with provenance, checked against the SHACL shapes
- ``graph.store``: the store interface, its two backends, and ``build.Builder``, the whole flow
- ``graph.analysis``: the roll-up to actors, statistics, look-ups
- ``graph.network``: the network page's data, layout and HTML

with ``graph.settings``, ``graph.errors``, ``graph.vocab`` (names and IRIs), ``graph.schema``
(the relation registry) and ``graph.tsv`` (the data file reader) beneath them all. Nothing is
imported here, so that ``import graph.vocab`` stays light.
"""

__all__ = [
    "analysis",
    "errors",
    "extract",
    "knowledge",
    "network",
    "rdf",
    "schema",
    "settings",
    "store",
    "text",
    "tsv",
    "vocab",
]
