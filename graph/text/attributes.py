"""The model's attribute ruler, matched through an index instead of spaCy's ``Matcher``.

The attribute ruler of the English pipelines maps every tag to its part of speech and fixes
lemmas and morphology for a few words: about 180 one- and two-token patterns, each tried at
every token by spaCy's general ``Matcher``. That is 15% of the model's time on news text, more
than the parser. Nearly every pattern names the token's tag or its lower-case form, so an index
on those two finds the few patterns worth trying at a token, and the answer for a token's
(tag, form, dependency, spacing) is remembered: news text repeats those combinations.

``index_attribute_ruler`` puts an ``IndexedAttributeRuler`` (an ``AttributeRuler`` whose
``match`` uses the index) in place of the model's, with the same patterns in the same order: it
finds the same matches, sorted the same way, and the model's own ``set_annotations`` sets them.
A pattern the index does not understand (an operator, another attribute) makes ``match`` fall
back to spaCy's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["IndexedAttributeRuler", "index_attribute_ruler"]

COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
REMEMBERED = 200_000  # token combinations remembered before the memory is cleared

# (column, test of the column's value) for one key of one token's pattern
Test = tuple[int, Callable[[int], bool]]
Pattern = tuple[int, int, list[list[Test]]]  # (attribute id, match key, each token's tests)


class Unsupported(ValueError):
    """A pattern the index does not understand."""


def _hash(strings: Any, value: str) -> int:
    """A value's hash as the Matcher compares it ("" for an unset attribute is 0)."""
    return strings.add(value) if value else 0


def _test(strings: Any, key: str, spec: object) -> Test:
    column = COLUMNS.get(key)
    if column is None:
        raise Unsupported(key)
    if key == "IS_SPACE":
        if not isinstance(spec, bool):
            raise Unsupported(f"{key}: {spec!r}")
        return column, lambda v, want=spec: bool(v) == want
    if isinstance(spec, str):
        h = _hash(strings, spec)
        return column, lambda v, h=h: v == h
    if isinstance(spec, dict) and len(spec) == 1:
        op, arg = next(iter(spec.items()))
        if op in ("IN", "NOT_IN") and isinstance(arg, list):
            hashes = frozenset(_hash(strings, a) for a in arg)
            if op == "IN":
                return column, lambda v, hs=hashes: v in hs
            return column, lambda v, hs=hashes: v not in hs
        if op == "REGEX" and isinstance(arg, str):
            search = re.compile(arg).search
            return column, lambda v, s=search: bool(s(strings[v] if v else ""))
    raise Unsupported(f"{key}: {spec!r}")


def _equal_to(strings: Any, spec: object) -> list[int]:
    """The hashes a key's spec accepts when it lists them (a string or IN), else []."""
    if isinstance(spec, str):
        return [_hash(strings, spec)]
    if isinstance(spec, dict) and list(spec) == ["IN"]:
        return [_hash(strings, a) for a in spec["IN"]]
    return []


class IndexedAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` that finds its matches through an index on the first token's tag
    and lower-case form (the same list, sorted the same way, as spaCy's ``match``)."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._index: _Index | None = None
        self._unsupported = False

    def add(self, patterns: Iterable[Any], attrs: dict[str, Any], index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._index, self._unsupported = None, False

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if self._index is None and not self._unsupported:
            try:
                self._index = _Index(self)
            except Unsupported:
                self._unsupported = True
        if self._index is None:
            return super().match(doc)  # type: ignore[no-any-return]
        return sorted(set(self._index.matches(doc)))


class _Index:
    """A ruler's patterns by their first token's tag, else its lower-case form, else anywhere."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        self.by_tag: dict[int, list[Pattern]] = {}
        self.by_lower: dict[int, list[Pattern]] = {}
        self.anywhere: list[Pattern] = []
        for attr_id in range(len(ruler.attrs)):
            key = strings[str(attr_id)]
            entry = ruler.matcher.get(key)
            if entry is None:
                raise Unsupported(f"no patterns under {attr_id}")
            for tokens in entry[1]:
                if not tokens:
                    raise Unsupported("an empty pattern")
                tests = [[_test(strings, k, v) for k, v in token.items()] for token in tokens]
                pattern = (attr_id, key, tests)
                tags = _equal_to(strings, tokens[0].get("TAG"))
                lowers = _equal_to(strings, tokens[0].get("LOWER"))
                if tags:
                    for h in tags:
                        self.by_tag.setdefault(h, []).append(pattern)
                elif lowers:
                    for h in lowers:
                        self.by_lower.setdefault(h, []).append(pattern)
                else:
                    self.anywhere.append(pattern)
        self._first: dict[tuple[int, ...], list[Pattern]] = {}

    def _first_matches(self, row: tuple[int, ...]) -> list[Pattern]:
        """The patterns whose first token matches a token with these column values."""
        found = self._first.get(row)
        if found is None:
            if len(self._first) >= REMEMBERED:
                self._first.clear()
            candidates = (
                *self.by_tag.get(row[0], ()),
                *self.by_lower.get(row[1], ()),
                *self.anywhere,
            )
            found = [p for p in candidates if all(test(row[c]) for c, test in p[2][0])]
            self._first[row] = found
        return found

    def matches(self, doc: Doc) -> Iterator[tuple[int, int, int, int]]:
        rows = [tuple(r) for r in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        n = len(rows)
        for start, row in enumerate(rows):
            for attr_id, key, tests in self._first_matches(row):
                end = start + len(tests)
                rest_match = end <= n and all(
                    test(rows[i][column])
                    for i, token_tests in enumerate(tests[1:], start + 1)
                    for column, test in token_tests
                )  # (all() of nothing for a one-token pattern)
                if rest_match:
                    yield attr_id, key, start, end


@Language.factory("indexed_attribute_ruler", default_config={"validate": False})
def _make(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Put an ``IndexedAttributeRuler`` with the same patterns in place of ``nlp``'s attribute
    ruler; False, and the pipeline unchanged, when it has none."""
    if name not in nlp.pipe_names or not isinstance(nlp.get_pipe(name), AttributeRuler):
        return False
    patterns = nlp.get_pipe(name).patterns  # type: ignore[attr-defined]
    ruler = nlp.replace_pipe(name, "indexed_attribute_ruler")
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return True
