"""Document-level cross-validation of the learned pair scorer with the real scorer.

    python -m graph.learn.crossval --folds 4 --thresholds 0.3,0.4,0.5,0.6,0.7,0.8

The articles are dealt into folds (sorted by name, every ``folds``-th); for each fold a model is
fitted on the other folds' gold, and ``../shared/eval/score.py`` (the project's own CLI, actor
level) scores the fold's articles against a gold subset: once with the rules alone, once with the
rules and the learned proposals at each threshold. Counts are summed over the folds; the table is
printed and written as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from graph.extract.learned import RELATIONS
from graph.learn.train import corpus_examples, fit, write

__all__ = ["main"]


def _score(scorer: Path, docs: Path, gold: Path, env: dict[str, str]) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, str(scorer), "--docs", str(docs), "--gold", str(gold), "--json"],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        check=True,
    )
    result: dict[str, Any] = json.loads(out.stdout)["relations"]
    return result


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _add(total: dict[str, Any], part: dict[str, Any]) -> None:
    for k in ("tp", "fp", "fn", "must_not_broken", "claims"):
        total[k] = total.get(k, 0) + part[k]
    per = total.setdefault("per_relation", {})
    for rel, v in part["per_relation"].items():
        row = per.setdefault(rel, {"tp": 0, "fp": 0, "fn": 0})
        for k in ("tp", "fp", "fn"):
            row[k] += v[k]


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--docs", type=Path, default=Path("tests/eval/dev/docs"))
    ap.add_argument("--gold", type=Path, default=Path("tests/eval/dev/gold.json"))
    ap.add_argument("--scorer", type=Path, default=Path("../shared/eval/score.py"))
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--thresholds", default="0.3,0.4,0.5,0.6,0.7,0.8")
    ap.add_argument("--out", type=Path, default=Path("data/crossval.json"))
    args = ap.parse_args(list(argv) if argv is not None else None)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    names = sorted(p.name for p in args.docs.glob("*.txt") if p.name in gold["docs"])
    folds = [names[i :: args.folds] for i in range(args.folds)]
    data = corpus_examples(args.docs, args.gold)
    settings = ["rules"] + [f"learned>={t}" for t in thresholds]
    totals: dict[str, dict[str, Any]] = {s: {} for s in settings}
    tmp = Path(tempfile.mkdtemp(prefix="allegiance-cv-"))
    try:
        for n, fold in enumerate(folds):
            here = tmp / f"fold{n}"
            (here / "docs").mkdir(parents=True)
            for name in fold:
                shutil.copy(args.docs / name, here / "docs" / name)
            subset = {**gold, "docs": {k: gold["docs"][k] for k in fold}}
            (here / "gold.json").write_text(json.dumps(subset), encoding="utf-8")
            model = here / "pairs.json"
            write(fit([e for e in data if e.doc not in fold]), model)
            for s in settings:
                env = {"ALLEGIANCE_LEARNED": "0"}
                if s != "rules":
                    env = {
                        "ALLEGIANCE_LEARNED": "1",
                        "ALLEGIANCE_LEARNED_MODEL": str(model.resolve()),
                        "ALLEGIANCE_LEARNED_THRESHOLD": s.split(">=")[1],
                    }
                part = _score(args.scorer, here / "docs", here / "gold.json", env)
                _add(totals[s], part)
                p, r, f = _prf(part["tp"], part["fp"], part["fn"])
                print(f"fold {n} {s}: P={p:.3f} R={r:.3f} F1={f:.3f}", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\n| setting | P | R | F1 | tp | fp | fn | must-not | {' | '.join(RELATIONS)} |")
    print("|---" * (8 + len(RELATIONS)) + "|")
    for s, t in totals.items():
        p, r, f = _prf(t["tp"], t["fp"], t["fn"])
        cells = []
        for rel in RELATIONS:
            v = t["per_relation"].get(rel, {"tp": 0, "fp": 0, "fn": 0})
            rp, rr, _ = _prf(v["tp"], v["fp"], v["fn"])
            cells.append(f"{rp:.2f}/{rr:.2f}")
        print(
            f"| {s} | {p:.3f} | {r:.3f} | {f:.3f} | {t['tp']} | {t['fp']} | {t['fn']} "
            f"| {t['must_not_broken']} | {' | '.join(cells)} |"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"folds": folds, "totals": totals}, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
