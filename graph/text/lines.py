"""Where a line of text ends a sentence: at a blank line, after a headline, after a dateline,
after a transcript's speaker.

A headline is a short line (12 words or fewer) without final punctuation, followed by a line that
starts with a capital, a quotation mark or a list item's mark: "North Korean soldiers trained by
Russians", "Key points" before "- In May ...". The parser
runs such a line into the next sentence; a line wrapped inside a sentence ends nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection

from spacy.tokens import Token

__all__ = ["LIST_ITEM", "Lines"]

QUOTES = "\u201c\"'\u2018\u00ab"
NEWLINES = re.compile(r"\n\s*")
# a wire-service dateline opens a paragraph: "BEIRUT/JERUSALEM -", "LONDON (Reuters) -"; the
# places it names are where the story was filed, not actors of its first sentence
DATELINE = re.compile(
    r"^[A-Z][A-Z.'/, ]*[A-Z.]"  # the place(s)
    r"(?:,? (?:[A-Z][a-z]+\.? \d{1,2}|\d{1,2} [A-Z][a-z]+\.?)(?:,? \d{4})?)?"  # "Oct 17, 1973"
    r"(?: \([^)\n]{1,40}\))?"  # the agency: "(Reuters)"
    r"\s*[-\u2013\u2014]+\s+",
    re.MULTILINE,
)

# a transcript's speaker opens a line, and may address another by name: "PRESENTER: ",
# "CORRESPONDENT (LILIAN CHEBET): Amina, the United States ... condemned"; the parser reads a
# speaker or a name addressed as the subject of the speaker's first sentence
SPEAKER = re.compile(
    r"^[A-Z][A-Z.'\- ]*[A-Z.](?: \([^)\n]{1,60}\))?:[ \t]+"  # the speaker
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?,[ \t]+(?=[A-Za-z\"\u201c]))?",  # the one addressed
    re.MULTILINE,
)

# an item of a list opens a line: "- In May ...", "* Canada", "3. Ukraine"
LIST_ITEM = re.compile(r"\s*(?:[-*\u2022\u2013\u2014]|\d{1,2}[.)])\s+")


class Lines:
    """Which line of text a token is on, where a blank line or a headline ends a line: a short
    line without final punctuation ("North Korean soldiers trained by Russians") that the parser
    runs into the next sentence. A line wrapped inside a sentence does not end one."""

    def __init__(self, text: str, runs_on: Collection[str]) -> None:
        """``runs_on``: the words a wrapped line ends with ("the", "of", "and" ...), from the
        lexicon's cues: a short line that ends in one runs on, it is no headline."""
        self.breaks = [
            m.end()
            for m in NEWLINES.finditer(text)
            if m.group().count("\n") > 1 or _headline(text, m.start(), m.end(), runs_on)
        ]
        self.breaks = sorted(
            {
                *self.breaks,
                *(m.end() for m in DATELINE.finditer(text)),
                *(m.end() for m in SPEAKER.finditer(text)),
            }
        )

    def __call__(self, token: Token) -> int:
        return bisect.bisect_right(self.breaks, token.idx)


def _headline(text: str, end: int, next_start: int, runs_on: Collection[str]) -> bool:
    line = text[text.rfind("\n", 0, end) + 1 : end].strip()
    words = line.split()
    if not words or len(words) > 12 or line[-1] in ".!?;:,-" or words[-1].lower() in runs_on:
        return False
    following = text[next_start : next_start + 1]
    return following.isupper() or following in QUOTES or bool(LIST_ITEM.match(text, next_start))
