"""``make bench``: every benchmark, then one summary table of the figures and their targets.

    python -m bench                  # sizes that fit CI's time (a few minutes on two cores)
    BENCH_SIZE=full python -m bench  # the sizes the targets speak of, and the 1M-triple store

Every target is a ratio or a figure measured in this run; none is asserted in the tests.
"""

from __future__ import annotations

from bench import bench_api, bench_build, bench_million, bench_network
from bench.common import Figure, full_size


def main() -> None:
    size = "full" if full_size() else "ci"
    figures: list[Figure] = []
    figures += bench_build.run(bench_build.DOCS[size])
    figures += bench_api.run(bench_api.CLAIMS[size])
    figures += bench_network.run(5000, 20000)
    if size == "full":
        figures += bench_million.run(100, 1_000_000, 5)
    else:
        figures.append(
            Figure(
                "/api/supports?actor= p50 uncached, 1M",
                "not run",
                "<= 50 ms",
                None,
                "by hand: BENCH_SIZE=full make bench, or python -m bench.bench_million",
            )
        )
    print(f"\nbench summary ({size} sizes; BENCH_SIZE=full for the full ones)")
    Figure.table(figures)


if __name__ == "__main__":
    main()
