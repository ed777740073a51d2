"""Negation, hedging and attribution: whether a claim is denied, hedged, and whose word it is."""

from __future__ import annotations

import pytest

from tests.graph.extract.cases import Reader, case, check

NEGATION = [
    case("Iran denied supplying drones to Russia.", "Iran|supplies|Russia|neg"),
    case("China has never armed Russia, the foreign ministry said.", "China|supplies|Russia|neg"),
    case("Germany refused to send Taurus missiles to Ukraine.", "Germany|supplies|Ukraine|neg"),
    case(
        "Rwanda did not deploy troops to the Democratic Republic of the Congo.",
        "Rwanda|deploys|Democratic Republic of the Congo|neg",
    ),
    case("The Kremlin has denied reports that it sent troops to Mali.", "Russia|deploys|Mali|neg"),
    case(
        "Neither Egypt nor Jordan supplied weapons to Hamas.",
        "Egypt|supplies|Hamas|neg",
        "Jordan|supplies|Hamas|neg",
    ),
    case("Israel has not struck Iranian nuclear sites.", "Israel|attacks|Iran|neg"),
    case("Serbia declined to impose sanctions on Russia.", "Serbia|sanctions|Russia|neg"),
    case(
        "There is no evidence that China has supplied lethal weapons to Russia.",
        "China|supplies|Russia|neg",
    ),
    case(
        "Iran has denied the accusation. It says it has never sent missiles to Russia.",
        "Iran|supplies|Russia|neg",
    ),
    case(
        "India rejected claims that it had sold artillery shells to Ukraine.",
        "India|supplies|Ukraine|neg",
    ),
    case(
        "The United States halted the delivery of Patriot missiles to Ukraine.",
        "United States|supplies|Ukraine|neg",
    ),
    # a charge's "that" clause, even where the parser calls it a relative clause, is denied with
    # the charge
    case(
        "Caracas denies, as it has done several times, the accusations of Colombian sectors that"
        " it gives shelter or sympathy to the Farc.",
        "Venezuela|supports|FARC|neg",
    ),
    # a clause with its own subject coordinated with an infinitive has its own polarity; two
    # clauses that both complement a negated noun share its negation
    case(
        "Ankara said the rebels had no right to seize the port and that it backs the government "
        "of Somalia.",
        "Turkey|supports|Somalia",
    ),
    case(
        "There was no sign that Iran sent drones to Russia and that it trained Russian crews.",
        "Iran|supplies|Russia|neg",
        "Iran|trains|Russia|neg",
    ),
    # "will not go unanswered", "will not go unpunished": the negation affirms the threat
    case(
        "Russia said the Ukrainian attack on its embassy will not go unpunished.",
        "Ukraine|attacks|Russia",
        "Russia|warns|Ukraine",
    ),
    case(
        "Iran's foreign ministry said the unlawful Israeli strikes would not go unanswered.",
        "Iran|condemns|Israel|hedged",
        "Iran|warns|Israel",
    ),
    # a disjunction under one negation denies both; "nor" denies its own clause
    case(
        "Qatar has not severed or downgraded its relations with Bahrain.",
        "Qatar|sanctions|Bahrain|neg",
    ),
    case(
        "Egypt did not arm Hamas, nor did it train Hamas fighters.",
        "Egypt|supplies|Hamas|neg",
        "Egypt|trains|Hamas|neg",
    ),
    # a pronoun subject that denies its verb
    case(
        "The Arab League met in Cairo, but none of its members has expelled Israeli diplomats.",
        "Arab League|sanctions|Israel|neg",
    ),
    case(
        "None of the NATO allies has sent fighter jets to Ukraine.",
        "NATO|supplies|Ukraine|neg",
    ),
    # a quantity of none: "not one shot", "not a single shell"
    case(
        "Military sources said that not one shot was exchanged between Greece and Turkey during"
        " the night.",
        "Greece|attacks|Turkey|neg",
        "Turkey|attacks|Greece|neg",
    ),
    case("Azerbaijan fired not a single shell at Armenia.", "Azerbaijan|attacks|Armenia|neg"),
    case("Not one Russian soldier attacked Ukraine.", "Russia|attacks|Ukraine|neg"),
    # a coordinated copula with a subject of its own has its own polarity
    case(
        "The Taliban have refused to hand him over, and they are under UN sanctions.",
        "United Nations|sanctions|Taliban",
    ),
]

# an act one stands ready, prepared or poised for is not done: no claim of it; said by the agent
# of its own hostile act it is a threat
READINESS = [
    case(
        "Turkey said it was ready to launch a new offensive against the YPG in Syria.",
        "Turkey|warns|People's Defense Units",
    ),
    case("Poland is prepared to send more tanks to Ukraine, its defence minister said."),
    case("Western officials say Russia is poised to invade Georgia."),
    case("Tehran stands ready to supply the Houthis with new missiles, Israel claimed."),
    case(
        "Reagan said US warships would now be free to fire on any Iranian plane.",
        "United States|warns|Iran",
    ),
    case("The Senate authorized American forces to strike Iraq."),
    # but who stands ready to fight whom is a foe: its troops in the foe's land are no
    # deployment there
    case(
        "Some 8,000 Eritrean soldiers are massing near the border and are said to be ready to "
        "fight against Ethiopia. The Eritrean soldiers will fight in Ethiopia within weeks.",
    ),
    # readiness to back someone is backing
    case("Egypt said it stood ready to give Sudan its full support.", "Egypt|supports|Sudan"),
    # being ready for one act does not undo another the sentence reports
    case(
        "Israel struck Hezbollah positions in Lebanon and is ready to expand the operation.",
        "Israel|attacks|Hezbollah",
    ),
]

HEDGING = [
    case("Iran allegedly sent ballistic missiles to Russia.", "Iran|supplies|Russia|hedged"),
    case(
        "North Korea reportedly shipped artillery shells to Russia.",
        "North Korea|supplies|Russia|hedged",
    ),
    case(
        "If confirmed, the transfer of Iranian missiles to Russia would mark a dangerous "
        "escalation.",
        "Iran|supplies|Russia|hedged",
    ),
    case(
        "Chinese firms are believed to have supplied drone parts to Russia.",
        "China|supplies|Russia|hedged",
    ),
    case("Russia is expected to deploy more troops to Belarus.", "Russia|deploys|Belarus|hedged"),
    case(
        "The UAE has been accused of supplying weapons to the RSF.",
        "United Arab Emirates|supplies|Rapid Support Forces|hedged",
    ),
    case(
        "According to Ukrainian intelligence, Russia plans to deploy more troops to Belarus.",
        "Russia|deploys|Belarus|hedged",
    ),
    case(
        "Egypt may have supplied rockets to Russia, according to leaked documents.",
        "Egypt|supplies|Russia|hedged",
    ),
]

ATTRIBUTION = [
    case(
        "According to the Pentagon, Iran has sent ballistic missiles to Russia.",
        "Iran|supplies|Russia",
    ),
    case(
        "US officials said that North Korea had sent troops to Russia.",
        "North Korea|deploys|Russia",
    ),
    case(
        "\u201cWe will keep sending weapons to Ukraine,\u201d the Dutch defence minister said.",
        "Netherlands|supplies|Ukraine",
    ),
    case(
        "Zelensky said Ukraine had received the first Abrams tanks from the United States.",
        "United States|supplies|Ukraine",
    ),
    case(
        "Olaf Scholz met Joe Biden in Washington. The chancellor promised to deliver more air "
        "defence systems to Ukraine.",
        "Germany|supplies|Ukraine",
    ),
    case(
        "Sudan's army has fought the RSF since 2023. The army accused the paramilitary group of "
        "shelling El Fasher.",
        "Sudan|attacks|Rapid Support Forces",
        "Sudan|condemns|Rapid Support Forces",
        "Rapid Support Forces|attacks|Sudan",
        "Rapid Support Forces|attacks|Sudan|hedged",
    ),
    case(
        "Ursula von der Leyen visited Kyiv on Friday. She announced new sanctions against Russia.",
        "European Commission|sanctions|Russia",
    ),
    case(
        "The Chinese foreign ministry spokesperson condemned the Philippines.",
        "China|condemns|Philippines",
    ),
]

CASES = NEGATION + READINESS + HEDGING + ATTRIBUTION


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    check(reader, text, expected)
