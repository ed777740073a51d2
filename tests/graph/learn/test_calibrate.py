"""``make calibrate``: the fit on records with a known answer, the scorer's way of counting, and
the whole command on a slice of the development corpus (real spaCy, real gold)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from graph.knowledge.calibration import load_calibration
from graph.learn.calibrate import (
    Corpus,
    Record,
    _isotonic,
    fit_calibration,
    main,
    reliability,
    scored,
)

ROOT = Path(__file__).resolve().parents[3]
DEV = ROOT / "tests" / "eval" / "dev"


def synthetic(docs: int = 40) -> list[Record]:
    """Per document: five "good" claims of which one is wrong in every other document (90%),
    and three "bad" ones of which two are wrong (33%)."""
    out = []
    for d in range(docs):
        doc = f"d{d:02d}.txt"
        for i in range(5):
            right = not (i == 0 and d % 2 == 0)
            out.append(Record(doc, ("good",), right, None, None, "supplies", "transfer"))
        for i in range(3):
            out.append(Record(doc, ("bad",), i == 0, None, None, "condemns", "judge"))
    return out


def test_isotonic_pools_violators_into_rising_blocks() -> None:
    scores = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0])
    y = np.array([0.0, 1.0, 0.0, 1.0, 1.0, 1.0])
    blocks = _isotonic(scores, y)
    confidences = [b[2] for b in blocks]
    assert confidences == sorted(confidences)
    assert [(lo, hi, n) for lo, hi, _, n in blocks] == [(0.0, 0.0, 1), (1.0, 2.0, 2), (3.0, 5.0, 3)]


def test_the_fit_gives_each_kind_of_claim_about_its_precision() -> None:
    records = synthetic()
    fitted = fit_calibration(records)
    model = fitted.calibration
    good, bad = model.confidence(["good"]), model.confidence(["bad"])
    assert 0.8 <= good <= 0.95, good
    assert 0.25 <= bad <= 0.45, bad
    assert model.weights["good"] > model.weights["bad"]
    # the same records give the same model
    assert fit_calibration(records).calibration == model


def test_scored_counts_as_the_scorer_does() -> None:
    hit = ("prk", "supplies", "rus")
    miss = ("Iran", "supplies", "Venezuela")
    records = [
        Record("a.txt", (), True, hit, None, "supplies", "transfer"),
        Record("a.txt", (), True, hit, None, "supplies", "transfer"),  # found once
        Record("a.txt", (), False, None, miss, "supplies", "transfer"),
        Record("a.txt", (), False, None, miss, "supplies", "transfer"),  # wrong once
        Record("b.txt", (), True, ("ukr", "condemns", "rus"), None, "condemns", "judge"),
    ]
    corpus = Corpus(records, {"a.txt": {hit, ("irn", "supplies", "rus")}, "b.txt": set()})
    conf = [0.9, 0.9, 0.9, 0.4, 0.3]
    everything = scored(records, conf, corpus, 0.0)
    # b's triple is optional (not required): a hit that misses nothing
    assert (everything["tp"], everything["fp"], everything["fn"]) == (2, 1, 1)
    surer = scored(records, conf, corpus, 0.5)
    assert (surer["tp"], surer["fp"], surer["fn"], surer["claims"]) == (1, 1, 1, 3)
    assert surer["claim_precision"] == pytest.approx(0.667, abs=1e-3)
    bands = reliability(records, conf)
    assert [b["band"] for b in bands] == ["0.3-0.5", "0.9-1.0"]


@pytest.mark.slow
def test_make_calibrate_on_a_slice_of_the_development_corpus(tmp_path: Path) -> None:
    gold = json.loads((DEV / "gold.json").read_text("utf-8"))
    names = sorted(gold["docs"])[::6]  # a spread of writers and styles
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in names:
        shutil.copy(DEV / "docs" / name, docs / name)
    subset = tmp_path / "gold.json"
    subset.write_text(json.dumps({**gold, "docs": {n: gold["docs"][n] for n in names}}), "utf-8")
    runs = []
    for n in (1, 2):
        out = tmp_path / f"model{n}"
        args = ["--docs", str(docs), "--gold", str(subset), "--out", str(out)]
        assert main([*args, "--json", str(tmp_path / f"figures{n}.json")]) == 0
        runs.append({f: (out / f).read_text("utf-8") for f in ("weights.tsv", "curve.tsv")})
        model = load_calibration(out)
        assert model.weights and model.curve
    assert runs[0] == runs[1]  # deterministic
    figures = json.loads((tmp_path / "figures1.json").read_text("utf-8"))
    at = {row["threshold"]: row for row in figures["cross_validated"]["thresholds"]}
    assert set(at) == {0.0, 0.5, 0.8}
    assert at[0.0]["claims"] >= at[0.5]["claims"] >= at[0.8]["claims"]
    assert at[0.0]["recall"] >= at[0.8]["recall"]
    note = (tmp_path / "model1" / "NOTE.md").read_text("utf-8")
    assert f"{len(names)} articles" in note and "| 0.8 |" in note
