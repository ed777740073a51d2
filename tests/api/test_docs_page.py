"""The OpenAPI page works offline: Swagger UI comes from the server, never from a CDN."""

from __future__ import annotations

import re

from tests.api.conftest import Server

URL = re.compile(r"""(?:src|href|url)\s*[:=]\s*['"]([^'"]+)['"]""")


def test_docs_page_loads_every_asset_from_the_server(server: Server) -> None:
    with server.client() as http:
        page = http.get("/docs")
        assert page.status_code == 200
        urls = set(URL.findall(page.text))
        assert urls, page.text
        assert not [u for u in urls if "://" in u or u.startswith("//")], urls
        for url in urls:
            assert http.get(url).status_code == 200, url
        assert "validatorUrl" in page.text  # Swagger UI's default badge would call a remote site


def test_the_cdn_pages_are_gone(server: Server) -> None:
    with server.client() as http:
        assert http.get("/redoc").status_code == 404
        assert http.get("/openapi.json").json()["info"]["title"] == "Allegiance"
