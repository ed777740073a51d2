"""The calibrated confidence model's files: read, checked row by row, applied."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import KnowledgeError
from graph.knowledge.calibration import Calibration, load_calibration, read_curve
from graph.settings import Settings

SHIPPED = Settings().data_dir / "calibration"


def model_dir(tmp_path: Path, weights: str, curve: str) -> Path:
    (tmp_path / "weights.tsv").write_text(weights, "utf-8")
    (tmp_path / "curve.tsv").write_text(curve, "utf-8")
    return tmp_path


def test_the_shipped_model_loads_and_its_curve_rises() -> None:
    model = load_calibration(SHIPPED)
    assert model.weights and len(model.curve) >= 2
    scores = [s for s, _ in model.curve]
    confidences = [c for _, c in model.curve]
    assert scores == sorted(set(scores)) and confidences == sorted(confidences)
    assert 0.0 <= confidences[0] <= confidences[-1] <= 1.0
    assert "cross-validation by document" in (SHIPPED / "NOTE.md").read_text("utf-8")


def test_confidence_is_the_curve_at_the_score_of_the_features(tmp_path: Path) -> None:
    folder = model_dir(
        tmp_path,
        "# a comment\nfeature\tweight\tclaims\nbias\t0.5\nhedged\t-1.5\nrepeated\t1\n",
        "score\tconfidence\n-1\t0.2\n0\t0.5\n1\t0.9\n",
    )
    model = load_calibration(folder)
    assert model.score(["hedged"]) == -1.0
    assert model.confidence([]) == 0.7  # 0.5: halfway between 0.5 and 0.9
    assert model.confidence(["hedged"]) == 0.2
    assert model.confidence(["hedged", "hedged"]) == 0.2  # flat beyond the ends
    assert model.confidence(["repeated"]) == 0.9
    assert model.confidence(["unknown feature"]) == model.confidence([])


def test_read_curve_is_linear_between_points_and_flat_beyond() -> None:
    curve = ((0.0, 0.4), (1.0, 0.6), (1.5, 0.6), (2.0, 1.0))
    assert [read_curve(curve, x) for x in (-5, 0, 0.5, 1.25, 1.75, 9)] == [
        0.4,
        0.4,
        0.5,
        0.6,
        pytest.approx(0.8),
        1.0,
    ]
    assert read_curve(((0.0, 0.3),), 4.0) == 0.3


@pytest.mark.parametrize(
    ("weights", "curve", "message"),
    [
        ("feature\tweight\nbias\tx\n", "score\tconfidence\n0\t0.5\n", "weights.tsv:2: weight is"),
        ("feature\tweight\nhedged\t1\n", "score\tconfidence\n0\t0.5\n", "no row for the bias"),
        ("feature\tweight\nbias\t0\n", "score\tconfidence\n0\t1.2\n", "curve.tsv:2: confidence is"),
        ("feature\tweight\nbias\t0\n", "score\tconfidence\n", "curve.tsv: no points"),
        (
            "feature\tweight\nbias\t0\n",
            "score\tconfidence\n0\t0.6\n1\t0.5\n",
            "confidences that never fall; (0.0, 0.6) is followed by (1.0, 0.5)",
        ),
        ("feature\tweight\nbias\t0\n", "score\tconfidence\n1\t0.5\n0\t0.6\n", "rising scores"),
        ("feature\tweight\nbias\t0\n", "score\tconfidence\nnan\t0.5\n", "score is nan"),
    ],
)
def test_a_bad_row_names_its_file_and_what_is_wrong(
    tmp_path: Path, weights: str, curve: str, message: str
) -> None:
    with pytest.raises(KnowledgeError) as e:
        load_calibration(model_dir(tmp_path, weights, curve))
    assert message in str(e.value)


def test_a_missing_model_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match=r"weights\.tsv: cannot read"):
        load_calibration(tmp_path)


def test_a_model_is_plain_data() -> None:
    model = Calibration(0.0, {"hedged": -1.0}, ((0.0, 0.5),))
    assert model.confidence(["hedged"]) == 0.5
