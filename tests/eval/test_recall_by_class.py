"""The per-class recall table (tests/eval/recall_by_class.py) and the class labels it reads."""

from __future__ import annotations

import json
from pathlib import Path

from tests.eval.recall_by_class import missed_triples, table

CORPUS = Path(__file__).resolve().parent / "dev"
# the classes of the annotators' brief (tests/eval/README.md)
CLASSES = {
    "direct", "nominal", "evaluative", "event", "collective", "implicit", "threat", "solidarity",
    "listing", "hostilities", "passive", "relative", "pronoun", "title", "reported", "trade",
    "multi_sentence", "other",
}  # fmt: skip


def test_every_required_triple_of_the_development_corpus_has_known_classes() -> None:
    gold = json.loads((CORPUS / "gold.json").read_text())
    labels = json.loads((CORPUS / "classes.json").read_text())["classes"]
    required = {
        f"{doc}|{s}|{r}|{o}" for doc, g in gold["docs"].items() for s, r, o, *_ in g["required"]
    }
    assert required == set(labels)
    assert all(classes and set(classes) <= CLASSES for classes in labels.values())


def test_the_table_counts_what_the_scorer_missed_in_each_class() -> None:
    report = "\n".join(
        [
            "## a.txt: tp=1 fp=0 fn=1 must_not_broken=0",
            "  missed   ('iran', 'supplies', 'russia')",
            "  spurious ('Iran', 'attacks', 'Israel')",
            "## b.txt: tp=1 fp=0 fn=0 must_not_broken=0",
        ]
    )
    missed = missed_triples(report)
    assert missed == {"a.txt|iran|supplies|russia"}
    classes = {
        "a.txt|iran|supplies|russia": ["passive", "title"],
        "a.txt|eu|condemns|russia": ["evaluative", "title"],
        "b.txt|us|sanctions|iran": ["listing"],
    }
    assert table(classes, missed) == [
        ("title", 2, 1),
        ("passive", 1, 0),
        ("evaluative", 1, 1),
        ("listing", 1, 1),
    ]
