"""SHACL validation of what a build wrote (ontology/shapes.ttl, pyshacl, no inference)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph, Namespace

__all__ = ["ONTOLOGY_FILE", "SHAPES_FILE", "shapes", "validate"]

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY_FILE = ROOT / "ontology" / "allegiance.ttl"
SHAPES_FILE = ROOT / "ontology" / "shapes.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")


@lru_cache(maxsize=4)
def shapes(path: Path = SHAPES_FILE) -> Graph:
    """The SHACL shapes in ``path``, parsed once per file."""
    return Graph().parse(path)


def validate(data: Graph, shapes_file: Path = SHAPES_FILE) -> list[str]:
    """The violations in ``data``, one readable line each (empty when it conforms)."""
    conforms, report, _ = shacl_validate(
        data, shacl_graph=shapes(shapes_file), inference="none", advanced=False, allow_warnings=True
    )
    if conforms:
        return []
    lines = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        lines.append(f"{focus} {path}: {message}")
    return sorted(lines)
