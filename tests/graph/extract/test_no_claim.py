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
    # missiles fired into the sea off a place hit no one there (a test, not an attack)
    case("China fired three missiles into target zones off the coast of Taiwan."),
    case("China fired missiles into zones off the northern port of Keelung."),
    # an attack whose author is named, if as no actor known, stands for no other attack
    case(
        "Kosovo police raided the village. The EU's Josep Borrell condemned what he called a"
        " hideous attack by an armed gang."
    ),
    # a plane or ship sent to fetch people is neither deployed nor handed over
    case("Colombia said it was sending an air force plane to San Diego to collect them."),
    case("India sent two navy ships to Yemen to evacuate its citizens."),
    # the one an act is against is not the one backed, nor the one who did it
    case("Pakistan said it would back any action against India."),
    case("The Houthis condemned the aggression against Yemen."),
    # a text that ends on its transfer verb, with no recipient (it once crashed the reader)
    case("These are the drones that Iran sent"),
    # a pronoun whose governing clause has a pronoun subject that leads back to it (it once
    # made the reader recurse without end)
    case("He is ready, he will fight on, he said."),
    # a friend designated is no measure against it
    case("Washington was formally designating Saudi Arabia a major non-NATO ally."),
    case("President Biden also formally designated Kenya a Major Non-NATO Ally on Thursday."),
    case(
        "At a dinner that evening, Trump announced that Washington was formally designating"
        " Saudi Arabia a major non-NATO ally."
    ),
    # an organisation's own officials do not act on it
    case(
        "Briefing the Council in June, Special Envoy Hans Grundberg called the continued"
        ' imprisonment of UN and aid workers "shameful".'
    ),
    case(
        "EU High Representative Kaja Kallas called on Belarus to control its airspace, and stated"
        " that the EU is prepared to take further measures."
    ),
    # people of an origin are not its state
    case("Heavy fighting broke out between Azerbaijani troops and ethnic Armenian forces."),
    case("Warsaw accused two Ukrainian citizens of sabotage."),
    case("Washington accused the Italian lawyer of antisemitism."),
    # measures studied or weighed are not taken
    case("The Japanese government was studying possible measures against North Korea."),
    case("The EU was weighing possible measures against Belarus."),
    # evaluative speech and measures are aimed at parties, never at a place
    case("Britain called the campaign in Gaza genocidal."),
    # a capital that names a treaty or a meeting is no government
    case("The United States condemns any violation of the Vienna Convention."),
    case("Moscow said the Minsk agreements were dead."),
    # only what flies is intercepted as an attack on its owner
    case("Ukraine intercepted Russian communications."),
    # an act supposed, not reported
    case("A Russian attack on a Baltic state would trigger Article 5, the minister said."),
    case("Any North Korean strike on Seoul could kill thousands."),
    # the act in a reason phrase is not the clause subject's own
    case(
        "Beijing announced countermeasures against 20 US defence firms over arms sales to Taiwan."
    ),
    # measures only asked for
    case("Lithuania's appeal for EU sanctions against Minsk went unanswered."),
    case("Kyiv's plea for new measures against Tehran was ignored in Brussels."),
]

# an act that happened keeps its claim, hedged by the modal
SUPPOSED_OR_NOT = [
    # pressed, pushed or called for: a measure wanted, not taken
    case(
        "The EU sanctioned Rosneft. Wilson has pressed for the Badr Organization to be listed.",
        "European Union|sanctions|Rosneft",
    ),
    case("The opposition pushed for Georgia's ruling party to be sanctioned."),
    case(
        "The Russian attack on Odesa could derail the talks.",
        "Russia|attacks|Odesa Oblast|hedged",
    ),
]

# the accused, not the accuser, does what they are accused of: an object pronoun is never its
# own verb's subject, and a controlling object decides the gerund's agent
ACCUSED = [
    case(
        "Poland expelled two Belarusian diplomats, accusing them of helping Russia.",
        "Poland|sanctions|Belarus",
        "Poland|condemns|Belarus",
        "Belarus|supports|Russia|hedged",
    ),
    case(
        "India accused Pakistan of supporting attacks against Indian troops.",
        "India|condemns|Pakistan",
    ),
    case(
        "Ukraine summoned the Iranian ambassador, accusing him of supplying drones to Moscow.",
        "Ukraine|condemns|Iran",
    ),
    case(
        "China's commerce ministry blacklisted five subsidiaries of Hanwha Ocean, accusing them"
        " of assisting a US probe.",
        "China|sanctions|Hanwha Aerospace",
        "China|condemns|Hanwha Aerospace",
        "Hanwha Aerospace|supports|United States|hedged",
    ),
]

# the one told is not the one judged
TOLD = [
    case(
        "President Erdogan told Sharaa by telephone that the Israeli attacks were unacceptable.",
        "Turkey|condemns|Israel",
    ),
    case("Lavrov told Blinken that NATO expansion was a provocation.", "Russia|condemns|NATO"),
]

CASES = NO_CLAIM + SUPPOSED_OR_NOT + ACCUSED + TOLD


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    check(reader, text, expected)
