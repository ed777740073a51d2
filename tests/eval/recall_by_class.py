"""Recall per class of expression: how is each required relation written, and how much of each
class the build finds (issue 9's per-class table).

The classes (``direct``, ``evaluative``, ``event``, ``pronoun`` ...) are labelled per gold triple
in ``classes.json`` beside a corpus's ``gold.json`` by annotators who never saw the code; a triple
may have several. This runs the shared scorer (``../shared/eval/score.py -v``) on the corpus,
reads which required triples it missed, and prints one row per class: triples, found, recall.

    python3 tests/eval/recall_by_class.py                   # the development corpus
    python3 tests/eval/recall_by_class.py --corpus DIR      # DIR/docs, gold.json, classes.json
    python3 tests/eval/recall_by_class.py --scored OUT.txt  # a saved `score.py -v` output
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared/eval/score.py"


def missed_triples(report: str) -> set[str]:
    """Keys ``doc|subject|relation|object`` of the required triples a ``score.py -v`` report
    lists as missed."""
    out: set[str] = set()
    doc = ""
    for line in report.splitlines():
        if line.startswith("## ") and ": tp=" in line:
            doc = line[3:].split(": tp=")[0]
        elif line.startswith("  missed "):
            subject, relation, obj = ast.literal_eval(line.split("missed", 1)[1].strip())
            out.add(f"{doc}|{subject}|{relation}|{obj}")
    return out


def table(classes: dict[str, list[str]], missed: set[str]) -> list[tuple[str, int, int]]:
    """(class, triples, found) per class, most frequent first; a triple counts in each of its
    classes."""
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for key, labels in classes.items():
        for label in dict.fromkeys(labels):
            total[label] += 1
            found[label] += key not in missed
    return [(label, n, found[label]) for label, n in total.most_common()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests/eval/dev")
    ap.add_argument("--scored", type=Path, help="a saved `score.py -v` report of the corpus")
    args = ap.parse_args(argv)
    classes = json.loads((args.corpus / "classes.json").read_text())["classes"]
    if args.scored is not None:
        report = args.scored.read_text()
    else:
        run = [sys.executable, str(SCORER), "--docs", str(args.corpus / "docs")]
        run += ["--gold", str(args.corpus / "gold.json"), "-v"]
        done = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(done.stdout[-2000:], done.stderr[-2000:], sep="\n", file=sys.stderr)
            return done.returncode
        report = done.stdout
    missed = missed_triples(report)
    unknown = missed - set(classes)
    if unknown:
        print(f"{len(unknown)} missed triples have no class, e.g. {sorted(unknown)[0]}")
    rows = table(classes, missed)
    everything = len(classes), len(classes) - len(missed & set(classes))
    print(f"{'class':<16}{'triples':>8}{'found':>7}{'recall':>8}")
    for label, n, found in [*rows, ("all", *everything)]:
        print(f"{label:<16}{n:>8}{found:>7}{found / n:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
