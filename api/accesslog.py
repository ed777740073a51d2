"""The access log made and written after each answer rather than before it.

uvicorn's HTTP protocol logs a request's line (``uvicorn.access``) as the response starts, before
the status line reaches the socket: making the ``LogRecord`` (the caller's frame, the time, the
thread and process names), running the logger's filters, formatting the line and writing it
all came first on every request's way out. Under ``bench_api``'s pattern (a heavy SELECT in a
worker, then one-label look-ups), the response's start took a median 198 us with the log and 70
us without; under py-spy, 22% of a look-up's samples were the log's formatting and writing.

``AfterAnswerLogger`` stands for that logger in the protocol (``api.httpserver``): its ``info``
notes the time and the arguments, and on the event loop's next turn, once the answer is written,
it makes the record (with the time noted) and hands it to the logger as ``Logger.info`` would.
The lines are the same, in the same order, on the same streams, with the same times; only the
moment they are made and written moves, by the rest of the request's answer; a record's source
location is this module, not uvicorn's. The CPU they cost is the same: under a steady load of
concurrent requests the log costs what it did.
"""

from __future__ import annotations

import asyncio
import logging
import time

__all__ = ["AfterAnswerLogger"]


class AfterAnswerLogger:
    """``logger`` with ``info`` deferred to the running event loop's next turn (at once when no
    loop runs in this thread); anything else is the logger's own."""

    def __init__(self, logger: logging.Logger) -> None:
        self.logger = logger

    def info(self, msg: str, *args: object) -> None:
        created = time.time()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.logger.info(msg, *args)
            return
        loop.call_soon(self.write, created, msg, args)

    def write(self, created: float, msg: str, args: tuple[object, ...]) -> None:
        """The record ``Logger.info(msg, *args)`` would have made at ``created``, handled."""
        logger = self.logger
        if not logger.isEnabledFor(logging.INFO):
            return
        record = logger.makeRecord(logger.name, logging.INFO, __file__, 0, msg, args, None)
        record.relativeCreated += (created - record.created) * 1000
        record.created, record.msecs = created, int((created - int(created)) * 1000) + 0.0
        logger.handle(record)

    def __getattr__(self, name: str) -> object:
        return getattr(self.logger, name)
