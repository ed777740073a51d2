"""Sentences that name actors and trigger words but make no claim."""

from __future__ import annotations

import pytest

from tests.graph.extract.cases import Reader, case, check

NO_CLAIM = [
    case("Zelensky urged Germany to send more tanks."),
    case("The summit was held in Berlin."),
    case("Russia's economy grew by three percent last year."),
    case("Kyiv asked Washington for more Patriot systems."),
    case("NATO leaders discussed whether to send troops to Ukraine."),
    case("Macron said Europe should consider deploying troops to Ukraine."),
    case("The foreign ministers of France and Germany met in Paris."),
    case("Ukraine's army is running short of ammunition."),
    case("Hamas called on Iran to send more weapons."),
    case("China hopes to buy more oil from Iran."),
    case("Moscow wants Pyongyang to send more troops."),
    case("The shipment arrived in the port of Odesa on Tuesday."),
    case("Israeli Prime Minister Benjamin Netanyahu visited Washington."),
    case("The United States lifted sanctions on Venezuela's oil sector."),
    case("Kyiv demanded that Berlin deliver Taurus missiles."),
    case("Unless Russia withdraws its troops from Georgia, the EU will impose sanctions."),
    case("Ukrainian officials met their Polish counterparts in Warsaw."),
]

CASES = NO_CLAIM


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    check(reader, text, expected)
