"""``make bench``: every benchmark, then one summary table of the figures and their targets.

    python -m bench                  # sizes that fit CI's time (a few minutes on two cores)
    BENCH_SIZE=full python -m bench  # the sizes the targets speak of, and the 1M-triple store
    BENCH_ONLY=api,network python -m bench   # only the benchmarks named (see BENCHES)

Every target is a ratio or a figure measured in this run; none is asserted in the tests. Each
benchmark module has a ``run(...) -> list[Figure]``; a new one is one more line in ``BENCHES``.
A benchmark that fails is a row saying so, and the others still run: the table always prints.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable

from bench import (
    bench_actors,
    bench_api,
    bench_build,
    bench_fair_share,
    bench_million,
    bench_network,
)
from bench.common import Figure, full_size

Bench = tuple[str, Callable[[str], list[Figure]]]

# (name, run at a size: "ci" or "full"), in the order of the table
BENCHES: list[Bench] = [
    ("build", lambda size: bench_build.run(bench_build.DOCS[size])),
    ("api", lambda size: bench_api.run(bench_api.CLAIMS[size])),
    ("actors", lambda size: bench_actors.run(bench_actors.CLAIMS[size])),
    ("fair share", lambda size: bench_fair_share.run()),
    ("network", lambda size: bench_network.run(5000, 20000)),
    (
        "million",
        lambda size: bench_million.run(100, 1_000_000, 20) if size == "full" else [],
    ),
]


def selected() -> list[Bench]:
    """The benchmarks ``BENCH_ONLY`` names (comma-separated), or every one when it is unset."""
    only = os.environ.get("BENCH_ONLY", "").strip()
    if not only:
        return BENCHES
    wanted = [name.strip() for name in only.split(",") if name.strip()]
    known = [name for name, _ in BENCHES]
    unknown = [name for name in wanted if name not in known]
    if unknown:
        raise SystemExit(
            f"BENCH_ONLY: no benchmark {', '.join(unknown)}; known: {', '.join(known)}"
        )
    return [bench for bench in BENCHES if bench[0] in wanted]


def main() -> None:
    size = "full" if full_size() else "ci"
    figures: list[Figure] = []
    for name, run in selected():
        try:
            figures += run(size)
        except Exception as e:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            figures.append(
                Figure(f"bench {name}", "FAILED", "-", False, f"{type(e).__name__}: {e}")
            )
    print(f"\nbench summary ({size} sizes; BENCH_SIZE=full for the full ones)")
    Figure.table(figures)


if __name__ == "__main__":
    main()
