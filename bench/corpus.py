"""A synthetic corpus made from the seed articles: names, numbers and order varied.

Each article takes the sentences of one seed, swaps every state (name, demonym, capital) for
another state of the gazetteer, changes every number, and shuffles the paragraphs, so that the
corpus is not 500 copies of one string but keeps the seeds' kind of prose.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from graph.knowledge.gazetteer import Gazetteer, load_gazetteer
from graph.settings import DATA_DIR

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SWAPPED = [
    "state/RUS",
    "state/PRK",
    "state/UKR",
    "state/KOR",
    "state/DEU",
    "state/IRN",
    "state/USA",
]


def _swap(text: str, mapping: dict[str, str], gaz: Gazetteer) -> str:
    pairs: list[tuple[str, str]] = []
    for old, new in mapping.items():
        a, b = gaz.entries[old], gaz.entries[new]
        pairs += [(a.label, b.label)]
        pairs += list(zip(a.demonyms, b.demonyms or [b.label] * len(a.demonyms), strict=False))
        pairs += [(m, (b.metonyms or [b.label])[0]) for m in a.metonyms]
    pairs.sort(key=lambda p: -len(p[0]))
    pattern = re.compile("|".join(r"\b" + re.escape(a) + r"\b" for a, _ in pairs))
    table = dict(pairs)
    return pattern.sub(lambda m: table[m.group(0)], text)


def article(n: int, rng: random.Random, gaz: Gazetteer) -> str:
    states = [k for k, e in gaz.entries.items() if e.cls == "State" and e.demonyms]
    mapping = dict(zip(SWAPPED, rng.sample(states, len(SWAPPED)), strict=True))
    text = _swap(SEEDS[n % len(SEEDS)].read_text(encoding="utf-8"), mapping, gaz)
    text = re.sub(r"\d[\d,]*", lambda m: str(rng.randint(2, 90_000)), text)
    paragraphs = [p for p in text.split("\n") if p.strip()]
    head, rest = paragraphs[0], paragraphs[1:]
    rng.shuffle(rest)
    return "\n".join([head, *rest]) + "\n"


def make_corpus(folder: Path, count: int = 500, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    gaz = load_gazetteer(DATA_DIR / "gazetteer")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"synthetic_{n:04d}.txt"
        path.write_text(article(n, rng, gaz), encoding="utf-8")
        paths.append(path)
    return paths
