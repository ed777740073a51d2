"""How sure a claim is: a calibrated model over a few readable features of the claim.

The model lives in ``data/calibration/`` and is made by ``make calibrate``
(``graph/learn/calibrate.py``) from the development corpus; its note (``NOTE.md`` there) says how
and with what cross-validated figures. Two files:

- ``weights.tsv``: a logistic regression's weight per feature (``kind:judge``, ``hedged``,
  ``relation:warns`` ...; the features are listed in ``graph/extract/confidence.py``) and its
  ``bias``. A claim's score is the bias plus the weights of the features it has; a feature with
  no row weighs nothing.
- ``curve.tsv``: the score -> confidence map, non-decreasing, fitted by isotonic regression on
  cross-validated scores: the confidence at a score is the precision the development claims
  around that score had. Between two points it is read linearly; beyond the ends it is the end.

So a claim of confidence 0.8 is one of a kind that was right about four times in five.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from graph.errors import KnowledgeError
from graph.tsv import Row, read_tsv

__all__ = ["Calibration", "load_calibration"]


@dataclass(frozen=True)
class Calibration:
    bias: float
    weights: dict[str, float]
    # (score, confidence) points, scores rising and confidences never falling
    curve: tuple[tuple[float, float], ...]

    def score(self, features: tuple[str, ...] | list[str]) -> float:
        """The model's log-odds for a claim with these features."""
        return self.bias + math.fsum(self.weights.get(f, 0.0) for f in features)

    def confidence(self, features: tuple[str, ...] | list[str]) -> float:
        """The calibrated confidence (0-1, two decimals) of a claim with these features."""
        return round(read_curve(self.curve, self.score(features)), 2)


def read_curve(curve: tuple[tuple[float, float], ...], x: float) -> float:
    """The curve at ``x``: linear between points, flat beyond the ends."""
    xs = [p[0] for p in curve]
    i = bisect.bisect_right(xs, x)
    if i == 0:
        return curve[0][1]
    if i == len(curve):
        return curve[-1][1]
    (x0, y0), (x1, y1) = curve[i - 1], curve[i]
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0) if x1 > x0 else y1


def _number(column: str, low: float = -math.inf, high: float = math.inf) -> Callable[[Row], None]:
    def check(row: Row) -> None:
        try:
            value = float(row[column])
        except ValueError:
            raise row.error(f"{column} is {row[column]!r}, not a number") from None
        if not low <= value <= high or math.isnan(value):
            raise row.error(f"{column} is {value}, outside {low}..{high}")

    return check


def load_calibration(folder: Path) -> Calibration:
    """The model of ``folder`` (``weights.tsv`` and ``curve.tsv``), every row checked."""
    rows = read_tsv(folder / "weights.tsv", required=("feature", "weight"), check=_number("weight"))
    weights = {r["feature"]: float(r["weight"]) for r in rows}
    if "bias" not in weights:
        raise KnowledgeError(f"{folder / 'weights.tsv'}: no row for the bias")
    bias = weights.pop("bias")
    path = folder / "curve.tsv"

    def point(row: Row) -> None:
        _number("score")(row)
        _number("confidence", 0.0, 1.0)(row)

    points = read_tsv(path, required=("score", "confidence"), check=point)
    curve = tuple((float(r["score"]), float(r["confidence"])) for r in points)
    if not curve:
        raise KnowledgeError(f"{path}: no points")
    for (x0, y0), (x1, y1) in itertools.pairwise(curve):
        if x1 <= x0 or y1 < y0:
            raise KnowledgeError(
                f"{path}: the points must have rising scores and confidences that never fall;"
                f" ({x0}, {y0}) is followed by ({x1}, {y1})"
            )
    return Calibration(bias, weights, curve)
