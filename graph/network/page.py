"""The network page: our own Jinja template with vis-network and our script and styles.

``render_page(api_url=...)`` is the page ``/graph`` serves, fetching its data from the API and its
assets from this server (``VIS_PATH``, ``ASSETS_PATH``): it makes no request anywhere else.
``render_page(data=..., inline=True)`` is the same page as one self-contained file, data and
assets inlined (``allegiance viz``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jinja2

from graph.errors import StoreError

__all__ = ["ASSETS_PATH", "STATIC", "VIS_BUILD", "VIS_PATH", "render_page"]

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"
VIS_BUILD = HERE.parents[1] / "node_modules/vis-network"
VIS_PATH = "/assets/vis-network"
ASSETS_PATH = "/assets/network"
VIS_FILES = {"js": "standalone/umd/vis-network.min.js", "css": "styles/vis-network.min.css"}


def render_page(
    *,
    api_url: str | None = None,
    data: dict[str, Any] | None = None,
    inline: bool = False,
    base_iri: str = "",
) -> str:
    """The page: fetching its data from ``api_url``, or with ``data`` and assets inlined."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, keep_trailing_newline=True
    )
    assets: dict[str, str] = {}
    if inline:
        if not VIS_BUILD.is_dir():
            raise StoreError(f"vis-network is not installed in {VIS_BUILD.parent}: run `npm ci`")
        assets = {
            "vis_js": _code_safe((VIS_BUILD / VIS_FILES["js"]).read_text(encoding="utf-8")),
            "vis_css": (VIS_BUILD / VIS_FILES["css"]).read_text(encoding="utf-8"),
            "js": _code_safe((STATIC / "network.js").read_text(encoding="utf-8")),
            "css": (STATIC / "network.css").read_text(encoding="utf-8"),
        }
    return env.get_template("network.html").render(
        inline=inline,
        assets=assets,
        vis_js=f"{VIS_PATH}/{VIS_FILES['js']}",
        vis_css=f"{VIS_PATH}/{VIS_FILES['css']}",
        own_js=f"{ASSETS_PATH}/network.js",
        own_css=f"{ASSETS_PATH}/network.css",
        config={"api": api_url or "", "inline": inline, "base": base_iri},
        data=_script_safe(json.dumps(data, ensure_ascii=False)) if data is not None else None,
    )


def _script_safe(text: str) -> str:
    """JSON that cannot end, or change the parsing of, the <script> element it is put into.

    Escaping ``</`` is not enough: ``<!--<script>`` in a string (an evidence sentence) puts the
    HTML parser into the script's "double escaped" state, where ``</script>`` no longer ends the
    element, and the page never runs. With no ``<`` left, none of that can start; JSON.parse reads
    the ``\\u`` escapes back as the same characters."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _code_safe(code: str) -> str:
    """JavaScript that cannot end its <script> element; other ``</`` may be regular expressions."""
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)
