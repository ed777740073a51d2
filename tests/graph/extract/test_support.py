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

# siding by commitment and by partnership: to another's sovereignty or security, as its partner
COMMITTED_PARTNERS = [
    case(
        "Turkey is fully committed to the sovereignty and territorial integrity of Azerbaijan.",
        "Turkey|supports|Azerbaijan",
    ),
    case("Russia said it was committed to the security of Belarus.", "Russia|supports|Belarus"),
    case(
        "Kenya remains a reliable partner of Somalia in the fight against al-Shabaab.",
        "Kenya|supports|Somalia",
    ),
    case(
        "The US said it looked forward to continuing its strong partnership with Cameroon.",
        "United States|supports|Cameroon",
    ),
    case("China is Russia's largest trading partner."),
    case("Ukraine is committed to the sovereignty of its own territory."),
]

CASES = SUPPORTS + COMMITTED_PARTNERS


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    check(reader, text, expected)
