"""Long texts through spaCy in pieces, as one ``Doc`` with offsets into the whole text.

spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters), and its parser's memory
grows with the text. So a long text is cut into pieces of at most ``max_chars`` at paragraph
boundaries (a blank line), else at a line break, else after a sentence's full stop, else at a
space; each piece keeps the white space that follows it, so that the pieces put together are the
text again, character for character. The pieces go through the pipeline together and
``Doc.from_docs`` joins them (no space added), so every token's ``idx`` and every claim's
offsets point into the whole text. A piece boundary ends a sentence, which a paragraph boundary
does anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["CHUNK_CHARS", "parse", "pieces"]

CHUNK_CHARS = 100_000  # well under spaCy's max_length; the parser is fastest on pieces this size
# where a piece may end, best first: after a blank line, a line break, a full stop, a space
_BOUNDARIES = (
    re.compile(r"\n[ \t]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?][\"'\u201d\u2019)]*\s+"),
    re.compile(r"\s+"),
)


def pieces(text: str, max_chars: int = CHUNK_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``max_chars`` (the best boundary inside each);
    ``"".join(pieces(text)) == text``."""
    if max_chars < 1:
        raise ValueError(f"a piece needs at least one character, not {max_chars}")
    out: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        out.append(text[start : _cut(text, start, start + max_chars)])
        start += len(out[-1])
    if start < len(text):
        out.append(text[start:])
    return out


def _cut(text: str, start: int, limit: int) -> int:
    """Where the piece starting at ``start`` ends: after the last boundary before ``limit`` (the
    best kind found in its second half), or at ``limit`` when there is none."""
    for boundary in _BOUNDARIES:
        ends = [m.end() for m in boundary.finditer(text, start, limit)]
        ends = [e for e in ends if e <= limit and e > start]
        if ends and ends[-1] > start + (limit - start) // 2:
            return ends[-1]
    return limit


def parse(nlp: Language, texts: Iterable[str], max_chars: int = CHUNK_CHARS) -> Iterator[Doc]:
    """``nlp.pipe(texts)``, but a text over ``max_chars`` is parsed in pieces and joined."""
    texts = list(texts)
    split = [pieces(text, max_chars) for text in texts]
    docs = nlp.pipe(part for parts in split for part in parts)
    for text, parts in zip(texts, split, strict=True):
        done = [next(docs) for _ in parts]
        if len(done) == 1:
            yield done[0]
            continue
        doc = Doc.from_docs(done, ensure_whitespace=False)
        if doc.text != text:  # from_docs keeps every character; this would be a spaCy change
            raise AssertionError("the joined pieces differ from the text")
        yield doc
