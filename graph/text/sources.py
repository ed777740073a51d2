"""Who published a document, and a fingerprint that finds its syndicated copies.

The publisher comes from the text or the file name, in this order:

- a header line ``source Reuters`` (or ``publisher:``/``source:``) among the first lines, the form
  of our ``date YYYY-MM-DD`` header;
- a wire dateline, ``KYIV, Oct 3 (Reuters) - ...``: the name in brackets before the dash;
- a file name ``reuters__kursk.txt``: the part before a double underscore.

The fingerprint is a MinHash of the body's word 5-shingles (64 hash functions, 16 bands of 4):
two texts that share most of their sentences (a wire story under another headline, byline or
dateline) share a band, and their estimated Jaccard similarity is at least ``NEAR_DUPLICATE``.
The store keeps the signature and the bands on the document, so that a look-up by band finds
the candidates of a new document without reading the others.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass

import numpy as np

__all__ = [
    "BANDS",
    "NEAR_DUPLICATE",
    "Fingerprint",
    "fingerprint",
    "publisher",
    "similarity",
    "slug",
]

HASHES, BANDS = 64, 16
ROWS = HASHES // BANDS
SHINGLE = 5
NEAR_DUPLICATE = 0.8  # estimated Jaccard similarity of the shingles from which a text is a copy
_PRIME = (1 << 61) - 1
_rng = random.Random(20240917)  # fixed: signatures must compare across builds and machines
_PERMUTATIONS = [(_rng.randrange(1, _PRIME), _rng.randrange(0, _PRIME)) for _ in range(HASHES)]
_A = np.array([a for a, _ in _PERMUTATIONS], dtype=np.uint64)[:, None]
_B = np.array([b for _, b in _PERMUTATIONS], dtype=np.uint64)[:, None]
_P = np.uint64(_PRIME)
_LOW31, _LOW30 = np.uint64((1 << 31) - 1), np.uint64((1 << 30) - 1)

HEADER = re.compile(r"^\s*(?:source|publisher)\s*:?\s+(\S.{0,60}?)\s*$", re.IGNORECASE)
DATE_HEADER = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s*$", re.IGNORECASE)
DATELINE = re.compile(
    r"^[A-Z][A-Za-z./' -]{1,60}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
    r"\(([A-Z][A-Za-z&. ]{1,30})\)\s*[-\u2013\u2014]"
)
DATELINE_ANYWHERE = re.compile(DATELINE.pattern, re.MULTILINE)
FILE_PREFIX = re.compile(r"^([A-Za-z][A-Za-z0-9-]{1,40})__")
WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Fingerprint:
    signature: str  # 64 hex-encoded minima, 16 hex digits each
    bands: tuple[str, ...]  # "<band>:<hash>" keys, equal for texts that agree on a band


def publisher(identifier: str, text: str) -> str | None:
    """The publisher the text's header or dateline, or else its file name, names."""
    lines = [line for line in text.splitlines()[:12] if line.strip()]
    for line in lines[:4]:
        if (m := HEADER.match(line)) and not DATE_HEADER.match(line):
            return m.group(1).strip()
    for line in lines:
        if m := DATELINE.match(line.strip()):
            return m.group(1).strip()
    if m := FILE_PREFIX.match(identifier):
        return m.group(1).replace("-", " ")
    return None


def slug(name: str) -> str:
    """A publisher's name as an IRI segment: ``Associated Press`` -> ``associated-press``."""
    return "-".join(WORD.findall(name.lower())) or "unknown"


def _body(text: str) -> list[str]:
    """The words of the text without its header lines and dateline."""
    lines = text.splitlines()
    kept = [ln for ln in lines[:4] if not (DATE_HEADER.match(ln) or HEADER.match(ln))]
    body = "\n".join(kept + lines[4:])
    body = DATELINE_ANYWHERE.sub("", body)
    return WORD.findall(body.lower())


def fingerprint(text: str) -> Fingerprint:
    """The MinHash signature and band keys of the text's body."""
    words = _body(text)
    words += [""] * (SHINGLE - len(words))
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    values = [
        int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little") % _PRIME
        for s in shingles
    ]
    minima = _permuted(np.array(values, dtype=np.uint64)[None, :]).min(axis=1).tolist()
    signature = "".join(f"{m:016x}" for m in minima)
    width = ROWS * 16
    bands = tuple(
        f"{i}:"
        + hashlib.blake2b(
            signature[i * width : (i + 1) * width].encode(), digest_size=8
        ).hexdigest()
        for i in range(BANDS)
    )
    return Fingerprint(signature, bands)


def _reduce(x: np.ndarray) -> np.ndarray:
    """``x`` mod 2^61 - 1 for ``x`` < 2^64, by folding the bits above 61 (2^61 = 1 mod p)."""
    x = (x & _P) + (x >> np.uint64(61))
    x = (x & _P) + (x >> np.uint64(61))
    return np.where(x >= _P, x - _P, x)


def _permuted(x: np.ndarray) -> np.ndarray:
    """``(a * x + b) mod (2^61 - 1)`` of every permutation (rows) and value (columns), exactly,
    in 64-bit integers: a Python loop over the 64 x shingles products was a tenth of a build.

    With a = a1 2^31 + a0 and x = x1 2^31 + x0 (a1, x1 < 2^30; a0, x0 < 2^31), a x = a1 x1 2^62
    + (a1 x0 + a0 x1) 2^31 + a0 x0, and mod p 2^62 = 2, and m 2^31 = m1 + m0 2^31 for m = m1 2^30
    + m0: every part fits in 64 bits, and so does their sum (< 2^63 + 2^32).
    """
    thirty_one = np.uint64(31)
    a1, a0 = _A >> thirty_one, _A & _LOW31
    x1, x0 = x >> thirty_one, x & _LOW31
    mid = a1 * x0 + a0 * x1
    total = (
        np.uint64(2) * (a1 * x1) + (mid >> np.uint64(30)) + ((mid & _LOW30) << thirty_one) + a0 * x0
    )
    return _reduce(_reduce(total) + _B)


def similarity(one: str, other: str) -> float:
    """The estimated Jaccard similarity of two signatures."""
    if len(one) != len(other) or not one:
        return 0.0
    n = len(one) // 16
    same = sum(one[i * 16 : (i + 1) * 16] == other[i * 16 : (i + 1) * 16] for i in range(n))
    return same / n
