"""``make calibrate``: fit the claim confidence model on a gold corpus and write it.

    python -m graph.learn.calibrate --docs tests/eval/dev/docs --gold tests/eval/dev/gold.json \
        --out graph/data/calibration

1. Every article the gold covers is read by the build's own reader (``Reader.extract``: the
   rules, and the learned proposals where the settings turn them on), in name order.
2. Each asserted claim is labelled the way ``../shared/eval/score.py`` scores it: right when its
   subject and object, rolled up through what they belong to (``align.expanded_keys``), join a
   required or optional gold triple of that document with the claim's relation; wrong otherwise.
   Negated claims are not scored by the gold and are left out of the fit.
3. The features of ``graph/extract/confidence.py`` go into a logistic regression with an L2
   penalty (Newton's method from zero weights; the penalty chosen among ``PENALTIES`` by the
   log-loss of a document-level cross-validation), features seen on fewer than ``MIN_COUNT``
   claims dropped. An isotonic regression (pool adjacent violators) of the labels on the
   cross-validated scores, each block's precision shrunk towards the corpus's by ``PRIOR``
   claims, maps a score to a confidence.
4. Honest figures: the whole of 3 is run again per fold of a document-level cross-validation
   (``FOLDS`` folds, the articles dealt in name order), each fold's claims given the confidence
   of a model that never saw their articles. Precision and recall at 0.5 and 0.8 are counted as
   the scorer counts them (per document, a gold triple found once, a wrong actor triple once).

Nothing is random and every sum runs in a fixed order: the same corpus and rules give the same
files. The files are ``weights.tsv``, ``curve.tsv`` (read by ``graph.knowledge.calibration``)
and ``NOTE.md`` (how they were made, and the cross-validated figures).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from graph.extract.arguments import Arguments
from graph.extract.confidence import claim_features
from graph.extract.entities import PersonIndex
from graph.knowledge.calibration import Calibration
from graph.learn.align import GoldNames, expanded_keys
from graph.settings import Settings
from graph.text.chunks import parse
from graph.text.documents import read_document

__all__ = ["Record", "corpus_records", "fit_calibration", "main"]

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "calibration"
RELATIONS = (
    "supplies",
    "deploys",
    "pays",
    "condemns",
    "supports",
    "attacks",
    "sanctions",
    "trains",
    "warns",
)  # the scorer's
MIN_COUNT = 3
PENALTIES = (0.3, 1.0, 3.0, 10.0)
PRIOR = 2.0  # claims of the corpus's precision added to each isotonic block
FOLDS = 8
NEWTON_STEPS = 30
THRESHOLDS = (0.5, 0.8)
BINS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)

Triple = tuple[str, str, str]


@dataclass(frozen=True)
class Record:
    """One asserted claim of the corpus, as the scorer sees it."""

    doc: str
    features: tuple[str, ...]
    correct: bool
    hit: Triple | None  # the gold triple it counts for
    miss: Triple | None  # the (subject, relation, object) labels it is counted wrong as
    relation: str
    kind: str


@dataclass(frozen=True)
class Corpus:
    records: list[Record]
    required: dict[str, set[Triple]]  # document -> its required gold triples


def corpus_records(docs: Path, gold_path: Path, settings: Settings) -> Corpus:
    """The labelled claims of every article of ``docs`` the gold file covers."""
    from graph.store.read import Reader

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    names = GoldNames(gold["entities"])
    reader = Reader(settings)
    kn = reader.knowledge
    paths = sorted(p for p in docs.glob("*.txt") if p.name in gold["docs"])
    sources = [read_document(p) for p in paths]
    people = PersonIndex()
    records: list[Record] = []
    required: dict[str, set[Triple]] = {}
    parsed = parse(reader.nlp, [s.nlp_text for s in sources])
    for path, source, doc in zip(paths, sources, parsed, strict=True):
        g = gold["docs"][path.name]
        req = {(t[0], t[1], t[2]) for t in g.get("required", [])}
        wanted = req | {(t[0], t[1], t[2]) for t in g.get("optional", [])}
        required[path.name] = req
        ext = reader.extract(doc, people, source.date)
        args = Arguments(doc, ext.mentions, ext.entities, ext.discourse, kn.lexicon, kn.gazetteer)
        keys: dict[str, set[str]] = {}
        label = {k: e.label for k, e in ext.entities.entities.items()}
        feats_of = claim_features(ext.claims, ext.entities, kn.gazetteer, doc)
        for c, feats in zip(ext.claims, feats_of, strict=True):
            if c.negated or c.relation not in RELATIONS:
                continue
            for k in (c.subject, c.object):
                if k not in keys:
                    keys[k] = expanded_keys(k, args, names)
            cands = {(s, c.relation, o) for s in keys[c.subject] for o in keys[c.object]}
            matched = cands & wanted
            hit = (min(matched & req) if matched & req else min(matched)) if matched else None
            miss = None if matched else (label[c.subject], c.relation, label[c.object])
            records.append(
                Record(path.name, feats, bool(matched), hit, miss, c.relation, c.rule.kind)
            )
    return Corpus(records, required)


# --- the model ----------------------------------------------------------------------------


def _matrix(records: Sequence[Record], vocab: Sequence[str]) -> np.ndarray:
    col = {f: j for j, f in enumerate(vocab)}
    x = np.zeros((len(records), len(vocab) + 1))
    x[:, -1] = 1.0  # the bias
    for i, r in enumerate(records):
        for f in r.features:
            if f in col:
                x[i, col[f]] = 1.0
    return x


def _logistic(x: np.ndarray, y: np.ndarray, penalty: float) -> np.ndarray:
    """Weights (the bias last) of an L2-penalised logistic regression, by Newton's method."""
    d = x.shape[1]
    w = np.zeros(d)
    ridge = np.full(d, penalty)
    ridge[-1] = 1e-6  # the bias is not penalised
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + ridge * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(ridge)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-10:
            break
    return w


def _folds(docs: Sequence[str], n: int) -> list[list[str]]:
    names = sorted(set(docs))
    return [names[i::n] for i in range(min(n, len(names)))]


def _out_of_fold_scores(
    records: Sequence[Record], vocab: Sequence[str], penalty: float
) -> np.ndarray:
    """Each record's score from a model fitted without its document's fold."""
    scores = np.zeros(len(records))
    for fold in _folds([r.doc for r in records], FOLDS):
        held = set(fold)
        train = [r for r in records if r.doc not in held]
        test = [i for i, r in enumerate(records) if r.doc in held]
        if not train or not test:
            continue
        w = _logistic(_matrix(train, vocab), np.array([r.correct for r in train], float), penalty)
        scores[test] = _matrix([records[i] for i in test], vocab) @ w
    return scores


Block = tuple[float, float, float, int]  # lowest score, highest score, confidence, claims


def _isotonic(scores: np.ndarray, y: np.ndarray) -> tuple[Block, ...]:
    """The blocks of the pool-adjacent-violators fit of ``y`` on ``scores``, each block's
    precision shrunk towards the whole's by ``PRIOR`` claims and kept non-decreasing."""
    prior = float(y.mean()) if len(y) else 0.5
    groups: dict[float, list[float]] = {}
    for s, t in zip(scores.round(6).tolist(), y.tolist(), strict=True):
        groups.setdefault(s, []).append(t)
    # blocks of [lowest score, highest score, label sum, count], merged while a block's
    # precision is not below the next one's
    blocks: list[list[float]] = []
    for s in sorted(groups):
        ys = groups[s]
        blocks.append([s, s, sum(ys), len(ys)])
        while len(blocks) > 1 and blocks[-2][2] / blocks[-2][3] >= blocks[-1][2] / blocks[-1][3]:
            last = blocks.pop()
            blocks[-1][1] = last[1]
            blocks[-1][2] += last[2]
            blocks[-1][3] += last[3]
    out: list[Block] = []
    top = 0.0
    for lo, hi, k, n in blocks:
        top = max(top, (k + PRIOR * prior) / (n + PRIOR))
        out.append((lo, hi, top, int(n)))
    return tuple(out)


@dataclass(frozen=True)
class Fitted:
    calibration: Calibration
    penalty: float
    counts: dict[str, int]  # claims per kept feature
    blocks: tuple[Block, ...]


def fit_calibration(records: Sequence[Record]) -> Fitted:
    """The model of ``records``: weights on all of them, the curve on cross-validated scores."""
    counts = Counter(f for r in records for f in set(r.features))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    y = np.array([r.correct for r in records], float)

    def log_loss(penalty: float) -> float:
        s = _out_of_fold_scores(records, vocab, penalty)
        p = np.clip(1.0 / (1.0 + np.exp(-s)), 1e-6, 1 - 1e-6)
        return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())

    penalty = min(PENALTIES, key=log_loss)
    w = _logistic(_matrix(records, vocab), y, penalty)
    blocks = _isotonic(_out_of_fold_scores(records, vocab, penalty), y)
    # a block's confidence holds over its whole range of scores; between blocks it is read
    # linearly
    curve: list[tuple[float, float]] = []
    for lo, hi, conf, _ in blocks:
        for s in (lo, hi):
            point = (round(s, 4), round(conf, 4))
            if not curve or point[0] > curve[-1][0]:
                curve.append(point)
    weights = {f: round(float(w[j]), 4) for j, f in enumerate(vocab)}
    cal = Calibration(round(float(w[-1]), 4), weights, tuple(curve))
    return Fitted(cal, penalty, {f: counts[f] for f in vocab}, blocks)


# --- figures ------------------------------------------------------------------------------


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def scored(
    records: Sequence[Record], conf: Sequence[float], corpus: Corpus, threshold: float
) -> dict[str, Any]:
    """The scorer's count over the claims of at least ``threshold``: per document, each gold
    triple found once, each wrong (subject, relation, object) once, each required one missed."""
    hits: dict[str, set[Triple]] = {d: set() for d in corpus.required}
    misses: dict[str, set[Triple]] = {d: set() for d in corpus.required}
    kept = right = 0
    for r, c in zip(records, conf, strict=True):
        if c < threshold:
            continue
        kept += 1
        right += r.correct
        if r.hit is not None:
            hits[r.doc].add(r.hit)
        elif r.miss is not None:
            misses[r.doc].add(r.miss)
    tp = sum(len(h) for h in hits.values())
    fp = sum(len(m) for m in misses.values())
    fn = sum(len(req - hits[d]) for d, req in corpus.required.items())
    p, r_, f = _prf(tp, fp, fn)
    return {
        "threshold": threshold,
        "precision": round(p, 3),
        "recall": round(r_, 3),
        "f1": round(f, 3),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "claims": kept,
        "claim_precision": round(right / kept, 3) if kept else 0.0,
    }


def reliability(records: Sequence[Record], conf: Sequence[float]) -> list[dict[str, Any]]:
    """Claims, mean confidence and precision per confidence band."""
    out = []
    for lo, hi in itertools.pairwise(BINS):
        band = [(r, c) for r, c in zip(records, conf, strict=True) if lo <= c < hi]
        if band:
            out.append(
                {
                    "band": f"{lo:.1f}-{min(hi, 1.0):.1f}",
                    "claims": len(band),
                    "mean_confidence": round(sum(c for _, c in band) / len(band), 3),
                    "precision": round(sum(r.correct for r, _ in band) / len(band), 3),
                }
            )
    return out


def cross_validated(records: Sequence[Record]) -> list[float]:
    """Each record's confidence from a model fitted (all of ``fit_calibration``) without its
    document's fold."""
    conf = [0.0] * len(records)
    for fold in _folds([r.doc for r in records], FOLDS):
        held = set(fold)
        model = fit_calibration([r for r in records if r.doc not in held]).calibration
        for i, r in enumerate(records):
            if r.doc in held:
                conf[i] = model.confidence(r.features)
    return conf


# --- the files ----------------------------------------------------------------------------


def _table(rows: Iterable[dict[str, Any]]) -> list[str]:
    rows = list(rows)
    if not rows:
        return []
    head = list(rows[0])
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(str(r[h]) for h in head) + " |" for r in rows]
    return lines


def write(
    out: Path,
    fitted: Fitted,
    corpus: Corpus,
    figures: dict[str, Any],
    source: tuple[str, str],
) -> None:
    out.mkdir(parents=True, exist_ok=True)
    cal, recs = fitted.calibration, corpus.records
    made = f"# made by `make calibrate` (graph/learn/calibrate.py) from {source[0]}; do not edit"
    share = {
        f: sum(r.correct for r in recs if f in r.features) / n for f, n in fitted.counts.items()
    }
    lines = [
        "# Claim confidence: the weights of a logistic regression over a claim's features",
        "# (graph/extract/confidence.py). score = bias + the weights of the features a claim has;",
        "# curve.tsv turns the score into the confidence. `claims` and `precision`: how many",
        "# development claims had the feature and the share of them the gold bears out.",
        made,
        "feature\tweight\tclaims\tprecision",
        f"bias\t{cal.bias}\t{len(recs)}\t{sum(r.correct for r in recs) / max(len(recs), 1):.3f}",
    ]
    lines += [
        f"{f}\t{w}\t{fitted.counts[f]}\t{share[f]:.3f}"
        for f, w in sorted(cal.weights.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    (out / "weights.tsv").write_text("\n".join(lines) + "\n", "utf-8")
    lines = [
        "# Score -> confidence: an isotonic fit of the gold's verdicts on cross-validated scores",
        "# (each block's precision shrunk towards the corpus's); read linearly between points,",
        "# flat beyond the ends. A block of the fit is two rows, its lowest and highest score,",
        "# at one confidence; `claims`: the development claims of the block starting on the row.",
        made,
        "score\tconfidence\tclaims",
    ]
    n_of = {round(lo, 4): n for lo, _, _, n in fitted.blocks}
    lines += [f"{s}\t{c}\t{n_of.get(s, '')}" for s, c in cal.curve]
    (out / "curve.tsv").write_text("\n".join(lines) + "\n", "utf-8")
    note = [
        "# How the claim confidence was calibrated",
        "",
        "Made by `make calibrate` (`python -m graph.learn.calibrate`; the method is in that"
        " module's docstring). Do not edit these files by hand: change the rules, then run"
        " `make calibrate` again.",
        "",
        f"- corpus: `{source[0]}` with `{source[1]}`: {len(corpus.required)} articles,"
        f" {len(recs)} asserted claims, {sum(r.correct for r in recs)} borne out by the gold"
        " (actor level, rolled up through affiliations as `../shared/eval/score.py` does)",
        f"- model: logistic regression over {len(cal.weights)} features (seen on at least"
        f" {MIN_COUNT} claims), L2 penalty {fitted.penalty} (chosen by cross-validated log-loss"
        f" among {', '.join(map(str, PENALTIES))}); isotonic curve of {len(cal.curve)} points",
        f"- honest figures: {FOLDS}-fold cross-validation by document, the whole fit redone"
        " per fold; counted as the scorer counts (a gold triple found once per document)",
        "",
        "## Precision and recall at a minimum confidence (cross-validated)",
        "",
        *_table(figures["cross_validated"]["thresholds"]),
        "",
        "## Precision by confidence band (cross-validated, claims)",
        "",
        *_table(figures["cross_validated"]["bands"]),
        "",
        "## The same, in sample (the model written here, on the corpus it was fitted on)",
        "",
        *_table(figures["in_sample"]["thresholds"]),
        "",
        *_table(figures["in_sample"]["bands"]),
        "",
        "## Cross-validated precision by rule kind (claims)",
        "",
        *_table(figures["cross_validated"]["kinds"]),
        "",
    ]
    (out / "NOTE.md").write_text("\n".join(note), "utf-8")


def _kinds(records: Sequence[Record], conf: Sequence[float]) -> list[dict[str, Any]]:
    out = []
    for kind in sorted({r.kind for r in records}):
        mine = [(r, c) for r, c in zip(records, conf, strict=True) if r.kind == kind]
        out.append(
            {
                "kind": kind,
                "claims": len(mine),
                "precision": round(sum(r.correct for r, _ in mine) / len(mine), 3),
                "mean_confidence": round(sum(c for _, c in mine) / len(mine), 3),
                "at_0.8": sum(c >= 0.8 for _, c in mine),
            }
        )
    return out


def figures_of(corpus: Corpus, conf: Sequence[float]) -> dict[str, Any]:
    recs = corpus.records
    return {
        "thresholds": [scored(recs, conf, corpus, t) for t in (0.0, *THRESHOLDS)],
        "bands": reliability(recs, conf),
        "kinds": _kinds(recs, conf),
    }


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--docs", type=Path, default=Path("tests/eval/dev/docs"))
    ap.add_argument("--gold", type=Path, default=Path("tests/eval/dev/gold.json"))
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--json", type=Path, help="also write every figure here")
    args = ap.parse_args(list(argv) if argv is not None else None)
    corpus = corpus_records(args.docs, args.gold, Settings.from_env())
    if not corpus.records:
        print(f"no claims read from {args.docs}: nothing to calibrate", file=sys.stderr)
        return 1
    fitted = fit_calibration(corpus.records)
    figures = {
        "cross_validated": figures_of(corpus, cross_validated(corpus.records)),
        "in_sample": figures_of(
            corpus, [fitted.calibration.confidence(r.features) for r in corpus.records]
        ),
    }
    write(args.out, fitted, corpus, figures, (str(args.docs), str(args.gold)))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), "utf-8")
    for name, fig in figures.items():
        for row in fig["thresholds"]:
            print(
                f"{name} >= {row['threshold']}: P={row['precision']:.3f} R={row['recall']:.3f}"
                f" claims={row['claims']} claim-precision={row['claim_precision']:.3f}"
            )
    print(f"wrote {args.out}/weights.tsv, curve.tsv, NOTE.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
