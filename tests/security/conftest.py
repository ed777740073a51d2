"""Hostile requests against a real server, and a local listener that counts what reaches it."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.api.conftest import (  # noqa: F401  (server and client are fixtures)
    DATA,
    TOKEN,
    Server,
    client,
    load_store,
    server,
    start_server,
    stop_server,
)


class Listener:
    """A TCP listener on loopback that counts connections and answers each with an HTTP 500."""

    def __init__(self) -> None:
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(16)
        self._socket.settimeout(0.2)
        self.port: int = self._socket.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._socket.accept()
            except OSError:
                continue
            self.connections += 1
            with conn:
                conn.settimeout(1)
                try:
                    conn.recv(65536)
                    conn.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n")
                except OSError:
                    pass

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._socket.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    running = Listener()
    yield running
    running.close()


@pytest.fixture(scope="module")
def allowed() -> Iterator[Listener]:
    """A listener the guarded server is allowed to reach with SERVICE."""
    running = Listener()
    yield running
    running.close()


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory, allowed: Listener) -> Iterator[Server]:
    """The fixture graph behind a server with a write token and one allowed SERVICE endpoint."""
    root = tmp_path_factory.mktemp("security")
    load_store(root / "store", DATA / "fixture.trig")
    running = start_server(
        root / "store",
        root / "server.log",
        write_token=TOKEN,
        query_timeout=5,
        query_workers=2,
        service_allow=allowed.url,
    )
    yield running
    stop_server(running)


def store_dump(path: Path) -> int:
    """How many quads the server's store holds, read through a fresh read-only view."""
    import pyoxigraph as ox

    return len(ox.Store.read_only(str(path)))
