"""The folders are the data flow: no import cycles inside ``graph``, and ``graph`` never imports
``api`` (the one exception: ``allegiance serve`` starts the server, imported when it runs)."""

from __future__ import annotations

import ast
from pathlib import Path

import graph

ROOT = Path(graph.__file__).resolve().parent


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, *, top_level_only: bool) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return found


MODULES = {_module(p): p for p in sorted(ROOT.rglob("*.py"))}


def test_graph_does_not_import_api() -> None:
    bad = {
        name: sorted(i for i in _imports(path, top_level_only=False) if i.split(".")[0] == "api")
        for name, path in MODULES.items()
    }
    bad = {k: v for k, v in bad.items() if v}
    assert bad == {"graph.cli": ["api.main", "api.main.run"]}


def _with_packages(names: set[str]) -> set[str]:
    """Importing ``graph.a.b`` runs ``graph/a/__init__.py`` first (the root package aside)."""
    parents = {".".join(n.split(".")[:k]) for n in names for k in range(2, n.count(".") + 1)}
    return names | parents


def test_no_import_cycles() -> None:
    edges = {
        name: {
            i
            for i in _with_packages(_imports(path, top_level_only=False))
            if i in MODULES and i != name
        }
        for name, path in MODULES.items()
    }
    # a package's __init__ re-exporting its own modules is not a cycle
    for name in edges:
        edges[name] = {i for i in edges[name] if not name.startswith(i + ".")}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for name in sorted(edges):
        if name not in state:
            visit(name, [name])
    assert not cycles
