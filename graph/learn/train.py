"""``make train``: fit the learned pair scorer on a gold corpus and write its weights.

    python -m graph.learn.train --docs tests/eval/dev/docs --gold tests/eval/dev/gold.json \
        --out graph/data/learned/pairs.json

Every article is read by the real pipeline (spaCy, mentions, entities, discourse); each candidate
pair (``graph/extract/learned.py``) is labelled from the gold (``graph/learn/align.py``); a
multinomial logistic regression with an L2 penalty is fitted by full-batch gradient descent (Adam,
a fixed number of steps, weights starting at zero), so the same corpus gives the same weights on
every run. Features seen fewer than ``MIN_COUNT`` times are dropped; weights are rounded.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from graph.extract.arguments import Arguments
from graph.extract.discourse import analyse
from graph.extract.entities import PersonIndex, resolve
from graph.extract.learned import DEFAULT_MODEL, LABELS, examples
from graph.extract.mentions import find_mentions
from graph.knowledge import load_knowledge
from graph.learn.align import GoldDoc, GoldNames, label_of
from graph.settings import Settings
from graph.text.documents import read_document

__all__ = ["Example", "corpus_examples", "fit", "main"]

MIN_COUNT = 2
L2 = 1e-3
STEPS = 400
RATE = 0.05
SEED = 13  # the model starts at zero and sees every example each step: the seed is for show


@dataclass(frozen=True)
class Example:
    doc: str
    features: tuple[str, ...]
    label: str


def corpus_examples(docs: Path, gold_path: Path) -> list[Example]:
    """Labelled candidates of every article of ``docs`` the gold file covers."""
    from graph.text.nlp import load_pipeline

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    names = GoldNames(gold["entities"])
    settings = Settings.from_env()
    knowledge = load_knowledge(settings)
    nlp = load_pipeline(settings, knowledge)
    gaz, lex = knowledge.gazetteer, knowledge.lexicon
    paths = sorted(p for p in docs.glob("*.txt") if p.name in gold["docs"])
    sources = [read_document(p) for p in paths]
    out: list[Example] = []
    for path, doc in zip(paths, nlp.pipe(s.nlp_text for s in sources), strict=True):
        index = find_mentions(doc, knowledge)
        res = resolve(doc, index, gaz, PersonIndex())
        disc = analyse(doc, index, res, knowledge)
        args = Arguments(doc, index, res, disc, lex, gaz)
        g = GoldDoc.from_json(gold["docs"][path.name])
        for cand, feats in examples(doc, index, args):
            label = label_of(cand, g, args, names)
            if label is not None:
                out.append(Example(path.name, tuple(feats), label))
    return out


def fit(data: Sequence[Example], *, steps: int = STEPS, l2: float = L2) -> dict[str, Any]:
    """Weights of a softmax regression over the examples' features, as the model file holds."""
    counts = Counter(f for e in data for f in set(e.features))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    col = {f: j for j, f in enumerate(vocab)}
    rows, cols = [], []
    for i, e in enumerate(data):
        for f in dict.fromkeys(e.features):
            if f in col:
                rows.append(i)
                cols.append(col[f])
    r, c = np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)
    n, k, size = len(data), len(LABELS), len(vocab)
    y = np.zeros((n, k))
    y[np.arange(n), [LABELS.index(e.label) for e in data]] = 1.0
    w, b = np.zeros((size, k)), np.zeros(k)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    for step in range(1, steps + 1):
        # sums by bincount: sparse products without scipy, in a fixed order
        scores = b + np.stack([np.bincount(r, w[c, j], minlength=n) for j in range(k)], axis=1)
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        delta = (p - y) / n
        gw = l2 * w + np.stack(
            [np.bincount(c, delta[r, j], minlength=size) for j in range(k)], axis=1
        )
        gb = delta.sum(axis=0)
        for g, m, v, z in ((gw, mw, vw, w), (gb, mb, vb, b)):
            m *= 0.9
            m += 0.1 * g
            v *= 0.999
            v += 0.001 * g * g
            z -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    weights = {
        f: [round(float(x), 4) for x in w[j]]
        for f, j in col.items()
        if float(np.abs(w[j]).max()) >= 1e-3
    }
    return {
        "about": (
            "Softmax regression over candidate actor pairs (graph/extract/learned.py), made by"
            " `make train` (graph/learn/train.py) from the gold of tests/eval/dev; do not edit."
        ),
        "labels": list(LABELS),
        "bias": [round(float(x), 4) for x in b],
        "weights": weights,
        "training": {
            "examples": n,
            "labels": dict(sorted(Counter(e.label for e in data).items())),
            "features": len(weights),
            "min_count": MIN_COUNT,
            "l2": l2,
            "steps": steps,
            "rate": RATE,
            "seed": SEED,
        },
    }


def write(model: dict[str, Any], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--docs", type=Path, default=Path("tests/eval/dev/docs"))
    ap.add_argument("--gold", type=Path, default=Path("tests/eval/dev/gold.json"))
    ap.add_argument("--out", type=Path, default=DEFAULT_MODEL)
    args = ap.parse_args(list(argv) if argv is not None else None)
    data = corpus_examples(args.docs, args.gold)
    model = fit(data)
    write(model, args.out)
    t = model["training"]
    print(f"{args.out}: {t['examples']} examples, {t['features']} features, {t['labels']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
