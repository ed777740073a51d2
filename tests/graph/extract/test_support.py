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

# support "with" which an act was done goes to whoever did it; not to an act it may be for
WITH_SUPPORT = [
    case(
        "Israel, with the support of the United States, struck Iranian missile sites.",
        "United States|supports|Israel",
        "Israel|attacks|Iran",
    ),
    case(
        "With Turkish backing, Azerbaijan launched an offensive in Karabakh.",
        "Turkey|supports|Azerbaijan",
    ),
    case(
        "The navies of France and Italy, with support from Greece, conducted strikes on the "
        "Houthis.",
        "Greece|supports|France",
        "Greece|supports|Italy",
        "France|attacks|Houthis",
        "Italy|attacks|Houthis",
    ),
    case("The Polisario counts with the support of Algeria.", "Algeria|supports|Polisario Front"),
    case("Netanyahu and Sharaa accepted the truce with U.S. backing."),
]

# congratulating someone backs them
CONGRATULATED = [
    case(
        "Xi Jinping congratulated Lukashenko on his re-election.",
        "Xi Jinping|supports|Alexander Lukashenko",
    ),
    case("Belarus did not congratulate Armenia.", "Belarus|supports|Armenia|neg"),
]

# a noun of one who backs another, like "backer" and "sponsor": its possessor or "of" is backed
BACKERS = [
    case(
        "Chile and Uruguay have been among Bolivia's most vocal supporters.",
        "Chile|supports|Bolivia",
        "Uruguay|supports|Bolivia",
    ),
    case("Ankara, Baku's traditional protector, sent drones.", "Turkey|supports|Azerbaijan"),
    case(
        "Saudi Arabia is the main patron of the Yemeni government.", "Saudi Arabia|supports|Yemen"
    ),
    # the opposition of a state is not that state
    case("Paris pledged its full support to the Syrian opposition."),
    case("Turkish opposition to Sweden's bid hardened."),
    # supporters with no actor of their own back no one here
    case("Supporters of the president marched in Tbilisi."),
]

# a state by the name of its government or of its regime: "Her Majesty's Government", "Nationalist
# China"; a name the tagger ran into a bracket is the actor its acronym names
NAMED_GOVERNMENTS = [
    case(
        "Her Majesty's Government have made it clear that they will defend Belize.",
        "United Kingdom|supports|Belize",
    ),
    case(
        "Britain and Nationalist China backed the American strikes.",
        "United Kingdom|supports|United States",
        "Taiwan|supports|United States",
    ),
    case(
        'Released on 23 February, the report asserted "definitive evidence" that the Soviet'
        " Union, Cuba and their allies were giving clandestine military support to the guerrillas"
        " of the Farabundo Mart\u00ed National Liberation Front (FMLN).",
        "Soviet Union|supports|FMLN",
        "Cuba|supports|FMLN",
    ),
]

# backing an act against someone backs its author (its possessor or modifier), never its
# target; backing an act for someone still backs them
BACKED_ACTS = [
    case(
        "Belarus supported Russia's invasion of Ukraine.",
        "Russia|attacks|Ukraine",
        "Belarus|supports|Russia",
    ),
    case(
        "Russia invaded Ukraine. Belarus supported the invasion of Ukraine.",
        "Russia|attacks|Ukraine",
    ),
    case(
        "Germany backed the Israeli strikes on Iran.",
        "Germany|supports|Israel",
        "Israel|attacks|Iran",
    ),
    case(
        "The EU imposed sanctions on Iran. Canada supported the sanctions against Iran.",
        "European Union|sanctions|Iran",
    ),
    case("France supported the delivery of tanks to Ukraine.", "France|supports|Ukraine"),
]

# "solidarity" tagged a proper name by the small model is still the noun; a demonym before "left"
# or "exiles" names people, not their state
SOLIDARITY = [
    case("Gaddafi pledged solidarity with Uganda.", "Libya|supports|Uganda"),
    case("Cuba expressed solidarity with the Chilean left."),
]

# aid said to be no arms backs the recipient; it supplies nothing
CIVIL_AID = [
    case("South Korea sent non-lethal aid to Ukraine.", "South Korea|supports|Ukraine"),
    case("Canada shipped humanitarian supplies to Lebanon.", "Canada|supports|Lebanon"),
    case(
        "Seoul has not done so, and its aid to Kyiv is still non-lethal.",
        "South Korea|supports|Ukraine",
    ),
]

# giving an armed group a place to be backs it: harbouring, shelter, sanctuary, a safe haven;
# people given shelter are not their state
HAVENS = [
    case("Turkey says Syria harbours the PKK.", "Syria|supports|Kurdistan Workers' Party"),
    case("Iran denies harbouring al-Qaeda leaders.", "Iran|supports|al-Qaeda|neg"),
    case(
        "Syria has long given shelter to the PKK, Turkish officials say.",
        "Syria|supports|Kurdistan Workers' Party",
    ),
    case("The Taliban gave sanctuary to al-Qaeda in the 1990s.", "Taliban|supports|al-Qaeda"),
    case(
        "Washington accuses Pakistan of providing a safe haven to the Haqqani network.",
        "United States|condemns|Pakistan",
        "Pakistan|supports|Haqqani network|hedged",
    ),
    case("Jordan gave shelter to thousands of Syrians."),
    case("Thousands of civilians sheltered in the basement of the hospital in Gaza."),
    # a relative clause in the singular is said of the one it follows, not the coordination
    case(
        "Iraq and the Syrian government, which harbours the PKK, condemned Turkey.",
        "Syria|supports|Kurdistan Workers' Party",
        "Iraq|condemns|Turkey",
        "Syria|condemns|Turkey",
    ),
    case(
        "Iraq and the Syrian government, which is arming the PKK, condemned Turkey.",
        "Syria|supplies|Kurdistan Workers' Party",
        "Iraq|condemns|Turkey",
        "Syria|condemns|Turkey",
    ),
    # the subject of a charge's clause is the one charged
    case(
        "Turkey accused Syria that it was arming the PKK.",
        "Turkey|condemns|Syria",
        "Syria|supplies|Kurdistan Workers' Party|hedged",
    ),
]

CASES = SUPPORTS + COMMITTED_PARTNERS + WITH_SUPPORT + CONGRATULATED + BACKERS
CASES += NAMED_GOVERNMENTS + BACKED_ACTS + SOLIDARITY + CIVIL_AID + HAVENS


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    check(reader, text, expected)
