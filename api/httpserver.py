"""The HTTP/1.1 protocol ``allegiance serve`` speaks: uvicorn's httptools (llhttp, in C), with the
server's own URL limit.

uvicorn's other parser, h11, is pure Python: it cost a one-label SPARQL look-up about a fifth of
its time in the server. httptools has two limits of its own that would break what the server
promises about long URLs (``tests/security/test_requests.py``: a URL over the limit is a 414 that
names it, never a reset): ``httptools.parse_url`` refuses a URL of more than 65,535 bytes, which
uvicorn answers with a plain 400 whatever ``Settings.max_url_bytes`` says; and the parser itself
keeps reading a request line of any length. ``UrlLimitedHttpTools`` splits a URL too long for
``parse_url`` itself, so that the app's ``UrlLimitMiddleware`` sees it and answers 414 (or serves
it, under a larger limit), and reads at most ``READ_FACTOR`` times the limit: beyond that it
stops as h11 did past its bound (a 400, the connection closed) rather than hold the URL. Its
access log lines are made and written once each answer is (``api.accesslog``).
"""

from __future__ import annotations

import functools
import urllib.parse
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from api.accesslog import AfterAnswerLogger

__all__ = ["PARSE_URL_MAX", "READ_FACTOR", "UrlLimitedHttpTools", "protocol"]

PARSE_URL_MAX = (1 << 16) - 1  # the longest URL httptools.parse_url takes
READ_FACTOR = 16  # how far past the limit a URL is read, to answer it with a 414


class UrlTooLongToReadError(Exception):
    """A request line past what the server reads (the parser answers 400 and closes)."""


class UrlLimitedHttpTools(HttpToolsProtocol):
    """uvicorn's httptools protocol that reads URLs up to ``READ_FACTOR`` x ``max_url_bytes``
    and hands those longer than ``parse_url`` takes to the app, split here; its access log
    lines are made once each answer is written (``AfterAnswerLogger``)."""

    def __init__(self, *args: Any, max_url_bytes: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.max_read = READ_FACTOR * max_url_bytes
        self.access_logger = AfterAnswerLogger(self.access_logger)  # type: ignore[assignment]

    def on_url(self, url: bytes) -> None:
        if len(self.url) + len(url) > self.max_read:
            raise UrlTooLongToReadError(f"a request line over {self.max_read} bytes")
        self.url += url

    def on_headers_complete(self) -> None:
        if len(self.url) <= PARSE_URL_MAX:
            super().on_headers_complete()
            return
        url, self.url = self.url, b"/"  # what parse_url takes; the scope gets the real one
        super().on_headers_complete()  # the request's task is made here, and runs later
        if "path" not in self.scope:
            return  # an upgrade, which this server does not take
        raw_path, query = _split_target(url)
        path = raw_path.decode("ascii", "replace")
        self.scope["path"] = self.root_path + urllib.parse.unquote(path)
        self.scope["raw_path"] = self.root_path.encode("ascii") + raw_path
        self.scope["query_string"] = query


def _split_target(url: bytes) -> tuple[bytes, bytes]:
    """The path and query of a request target (origin form, or absolute form with a host)."""
    if url.startswith((b"http://", b"https://")):
        rest = url.split(b"//", 1)[1]
        url = b"/" + rest.split(b"/", 1)[1] if b"/" in rest else b"/"
    path, _, query = url.partition(b"#")[0].partition(b"?")
    return path, query


def protocol(max_url_bytes: int) -> Any:
    """What ``uvicorn.Config(http=...)`` takes: the protocol for a server with this URL limit."""
    return functools.partial(UrlLimitedHttpTools, max_url_bytes=max_url_bytes)
