"""Short articles of our own, made from sentences the extractor reads, for roll-up tests.

``write_articles(folder)`` writes ``ARTICLES`` (24 dated wire stories from three publishers and
some that name none) as .txt files. They cover what the roll-up must get right: officials,
ministries and regions lifted to their state, hedged claims, denials in the same and the next
sentence, dates in three months and two years, and one pair in several documents.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["ARTICLES", "write_articles"]

# (file name, date, publisher or None, sentences)
_RAW: list[tuple[str, str, str | None, list[str]]] = [
    (
        "a01.txt",
        "2024-01-05",
        "Reuters",
        [
            "North Korea provided Russia with millions of artillery shells.",
            "The European Union imposed sanctions on North Korea.",
        ],
    ),
    (
        "a02.txt",
        "2024-01-19",
        "AP",
        [
            "Iran has supplied hundreds of Shahed drones to Russia.",
            "Ukraine condemned Iran.",
        ],
    ),
    (
        "a03.txt",
        "2024-02-02",
        None,
        [
            "Germany sent tanks and armoured vehicles to Ukraine.",
            "Russia attacked Ukraine with missiles.",
        ],
    ),
    (
        "a04.txt",
        "2024-02-14",
        "Reuters",
        [
            "Iran denied supplying drones to Russia.",
            "The United States imposed sanctions on Iran.",
        ],
    ),
    (
        "a05.txt",
        "2024-02-27",
        "AFP",
        [
            "North Korea reportedly shipped artillery shells to Russia.",
            "Japan condemned North Korea.",
        ],
    ),
    (
        "a06.txt",
        "2024-03-08",
        None,
        [
            "France delivered air defence systems to Ukraine.",
            "Russia warned France.",
        ],
    ),
    (
        "a07.txt",
        "2024-03-21",
        "AP",
        [
            "The United States delivered Patriot air defence systems to Ukraine.",
            "Russia condemned the United States.",
        ],
    ),
    (
        "a08.txt",
        "2024-04-03",
        "Reuters",
        [
            "North Korea deployed troops to Russia.",
            "South Korea condemned North Korea.",
        ],
    ),
    (
        "a09.txt",
        "2024-04-16",
        None,
        [
            "Turkey sold Bayraktar drones to Ukraine.",
            "Russia attacked Ukraine.",
        ],
    ),
    (
        "a10.txt",
        "2024-05-02",
        "AFP",
        [
            "Israel said Iran had supplied Hezbollah with rockets.",
            "Iran denied it.",
        ],
    ),
    (
        "a11.txt",
        "2024-05-15",
        "AP",
        [
            "Iran shipped ballistic missiles to Russia.",
            "The United Kingdom imposed sanctions on Iran.",
        ],
    ),
    (
        "a12.txt",
        "2024-06-01",
        None,
        [
            "Poland sent ammunition to Ukraine.",
            "Belarus condemned Poland.",
        ],
    ),
    (
        "a13.txt",
        "2024-06-18",
        "Reuters",
        [
            "China is the main supplier of drone components to Russia.",
            "The European Union imposed sanctions on China.",
        ],
    ),
    (
        "a14.txt",
        "2024-07-04",
        "AFP",
        [
            "Denmark delivered F-16 fighter jets to Ukraine.",
            "Russia warned Denmark.",
        ],
    ),
    (
        "a15.txt",
        "2024-07-22",
        None,
        [
            "North Korea provided Russia with ballistic missiles.",
            "Ukraine condemned North Korea.",
        ],
    ),
    (
        "a16.txt",
        "2024-08-09",
        "AP",
        [
            "Rwanda supplies weapons to the M23 rebels, a UN report said.",
            "Rwanda denied supplying weapons to the M23 rebels.",
        ],
    ),
    (
        "a17.txt",
        "2024-08-27",
        "Reuters",
        [
            "Iran allegedly sent ballistic missiles to Russia.",
            "Ukraine attacked Russia.",
        ],
    ),
    (
        "a18.txt",
        "2024-09-10",
        None,
        [
            "Germany delivered artillery shells to Ukraine.",
            "Russia condemned Germany.",
        ],
    ),
    (
        "a19.txt",
        "2024-10-01",
        "AFP",
        [
            "The Netherlands sent F-16 fighter jets to Ukraine.",
            "Russia attacked Ukraine.",
        ],
    ),
    (
        "a20.txt",
        "2024-11-12",
        "AP",
        [
            "North Korea deployed soldiers to Russia.",
            "The European Union condemned North Korea.",
        ],
    ),
    (
        "a21.txt",
        "2024-12-03",
        "Reuters",
        [
            "Belarus supplied ammunition to Russia.",
            "Poland condemned Belarus.",
        ],
    ),
    (
        "a22.txt",
        "2025-01-14",
        None,
        [
            "Iran has supplied drones to Russia.",
            "Tehran denied it.",
        ],
    ),
    (
        "a23.txt",
        "2025-02-20",
        "AFP",
        [
            "Germany sent air defence systems to Ukraine.",
            "Russia warned Germany.",
        ],
    ),
    (
        "a24.txt",
        "2025-03-05",
        "AP",
        [
            "China supplied drone components to Russia.",
            "The United States imposed sanctions on China.",
        ],
    ),
]

_CITY = {"Reuters": "KYIV", "AP": "WASHINGTON", "AFP": "PARIS"}


def _text(date: str, publisher: str | None, sentences: list[str]) -> str:
    headline = sentences[0].rstrip(".")
    body = " ".join(sentences)
    if publisher:
        body = f"{_CITY[publisher]} ({publisher}) - {body}"
    return f" date {date}\n{headline}\n\n{body}\n"


ARTICLES: dict[str, str] = {name: _text(d, p, s) for name, d, p, s in _RAW}


def write_articles(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in ARTICLES.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
