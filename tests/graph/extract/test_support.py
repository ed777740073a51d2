"""supports: backing in words."""

from __future__ import annotations

import pytest

from tests.graph.extract.cases import Reader, case, check

SUPPORTS = [
    case("Belarus supports Russia's war in Ukraine.", "Belarus|supports|Russia"),
    case("Iran backs the Houthis in Yemen.", "Iran|supports|Houthis"),
    case("The African Union expressed support for Sudan's army.", "African Union|supports|Sudan"),
    case("Washington reaffirmed its backing of Israel.", "United States|supports|Israel"),
    case("Moscow has helped Caracas to evade sanctions.", "Russia|supports|Venezuela"),
]

CASES = SUPPORTS


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    check(reader, text, expected)
