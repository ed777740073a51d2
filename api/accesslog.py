"""The access log written after each answer rather than before it.

uvicorn writes a request's line to its access log (``uvicorn.access``) as the response starts,
before the status line reaches the socket: formatting the line and writing it came first on
every request's way out (22% of the samples of a one-label SPARQL look-up in the server, under
py-spy during ``bench_api``). ``write_after_answers`` puts the logger's handlers behind
``AfterAnswerHandler``, which hands each record to them on the event loop's next turn, once the
answer is written: on the way out there stays only the making of the record (8 of 19
microseconds a line, in a warm loop). The lines are the same, in the same order, on the same
streams; only the moment they are written moves, by the rest of the request's answer. The CPU
they cost is the same: under a steady load of concurrent requests the log costs what it did.
"""

from __future__ import annotations

import asyncio
import logging

__all__ = ["AfterAnswerHandler", "write_after_answers"]


class AfterAnswerHandler(logging.Handler):
    """Handles each record with ``handlers`` on the running event loop's next turn (at once
    when no loop runs in this thread)."""

    def __init__(self, handlers: list[logging.Handler]) -> None:
        super().__init__()
        self.handlers = handlers

    def emit(self, record: logging.LogRecord) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.write(record)
            return
        loop.call_soon(self.write, record)

    def write(self, record: logging.LogRecord) -> None:
        for handler in self.handlers:
            if record.levelno >= handler.level:
                handler.handle(record)


def write_after_answers(logger: logging.Logger) -> None:
    """Put ``logger``'s handlers behind one ``AfterAnswerHandler`` (none: nothing to do)."""
    if logger.handlers:
        logger.handlers = [AfterAnswerHandler(logger.handlers)]
