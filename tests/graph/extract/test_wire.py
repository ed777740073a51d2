"""Phenomena met in unseen wire copy, each in sentences of its own."""

from __future__ import annotations

import pytest

from tests.graph.extract.cases import Reader, case, check

# phenomena met in unseen wire copy, each in sentences of its own
WIRE = [
    # a state that has ended is an actor of the texts of its time: its capital at the document's
    # date is that state, undated today's; a dateline's date may give the year
    case(
        "Airlift\n\nDAMASCUS, Oct 14, 1973 (Reuters) - Moscow flew tanks and missiles to Syria.",
        "Soviet Union|supplies|Syria",
    ),
    case("Moscow flew tanks and missiles to Syria.", "Russia|supplies|Syria"),
    case(
        "Strike on the embassy\n\nBEIJING, 8 May 1999 - China condemned the NATO bombing of "
        "Belgrade.",
        "China|condemns|NATO",
        "NATO|attacks|Yugoslavia",
    ),
    case(
        "The Soviet Union and Czechoslovakia denounced West Germany.",
        "Soviet Union|condemns|Germany",
        "Czechoslovakia|condemns|Germany",
    ),
    # a body's name in either spelling
    case(
        "The Organisation of American States condemned Nicaragua for the crackdown.",
        "Organization of American States|condemns|Nicaragua",
    ),
    # a present participle's subject is the noun it describes; a measure that targets is a measure
    case("Canada was among the countries standing with Kyiv.", "Canada|supports|Ukraine"),
    case(
        "New British sanctions targeting Iran's drone makers took effect.",
        "United Kingdom|sanctions|Iran",
    ),
    # a dateline names where the story was filed, not who acted
    case(
        "TEHRAN - American warplanes bombed militia positions in Iraq on Sunday.",
        "United States|attacks|Iraq",
    ),
    case("MOSCOW (Reuters) - Turkish jets hit targets in northern Syria.", "Turkey|attacks|Syria"),
    # with an actor as object, a prepositional phrase does not add patients from deep inside
    case(
        "Germany warned Serbia against any move on Kosovo's northern border.",
        "Germany|warns|Serbia",
    ),
    case("Jordan blamed Hezbollah for the attack on Syrian troops.", "Jordan|condemns|Hezbollah"),
    # an agentive noun: its possessor is the recipient, the actor it is said of the agent
    case(
        "Poland, Ukraine's largest military donor in Central Europe, sent more tanks.",
        "Poland|supplies|Ukraine",
    ),
    case("Russia, Syria's main sponsor, sent more jets.", "Russia|supports|Syria"),
    case("Washington sanctioned Iran's drone suppliers.", "United States|sanctions|Iran"),
    # a model designation is no actor
    case("Poland delivered MiG-29s to Ukraine.", "Poland|supplies|Ukraine"),
    case("Norway is also supplying F-35s."),
    # forces kept or had somewhere are deployed there; "no troops" denies it
    case("France keeps about 1,500 soldiers in Djibouti.", "France|deploys|Djibouti"),
    case("The United States has about 2,500 troops in Iraq.", "United States|deploys|Iraq"),
    case("The EU kept its sanctions on Russia in place.", "European Union|sanctions|Russia"),
    case("Belarus has no troops in Ukraine, Minsk said.", "Belarus|deploys|Ukraine|neg"),
    case("Turkey has expanded its military presence in northern Iraq.", "Turkey|deploys|Iraq"),
    # aid packages, "the first country to send", flights of arms, training as a theme
    case(
        "Canada announced a package of drones and ammunition for Ukraine.",
        "Canada|supplies|Ukraine",
    ),
    case(
        "Estonia, which was the first country to send howitzers to Ukraine, asked for more.",
        "Estonia|supplies|Ukraine",
    ),
    case("The UAE flew arms to the RSF.", "United Arab Emirates|supplies|Rapid Support Forces"),
    case("Russian artillery pounded Kherson overnight.", "Russia|attacks|Ukraine"),
    case("The Lebanese army receives training from France.", "France|trains|Lebanon"),
    # undated, a capital stands for the state of the era the text names ("Soviet" and never
    # "Russia"), unless the state is named as a thing of the past
    case(
        "Soviet tanks rolled into Hungary. Moscow condemned Yugoslavia for sheltering Nagy.",
        "Soviet Union|attacks|Hungary",
        "Soviet Union|condemns|Yugoslavia",
    ),
    case(
        "Moscow sent Soviet-era tanks to Syria on Tuesday.",
        "Russia|supplies|Syria",
    ),
    # a recipient the parse hangs on an inserted list, or reads as an infinitive's "to"
    case(
        "Investigators concluded that Eritrea had shipped large quantities of arms, including "
        "surface-to-air missiles, to the ICU.",
        "Eritrea|supplies|Islamic Courts Union",
    ),
    case(
        "Congress repealed it in 1985, and the CIA began delivering Stinger and TOW missiles to "
        "UNITA, reportedly worth about $15 million in the first year.",
        "United States|supplies|UNITA",
    ),
    # a measure as the means of a reply; a verb of halting the tagger read into a noun list
    # halts nothing
    case(
        "Moscow hit back with entry bans on several US lawmakers and officials.",
        "Russia|sanctions|United States",
    ),
    case(
        "The US and the European Union responded with asset freezes and travel bans on Russian "
        "officials.",
        "United States|sanctions|Russia",
        "European Union|sanctions|Russia",
    ),
    # a nameless noun's "from" lists every actor it comes from
    case(
        "Aircraft from Saudi Arabia, Bahrain and Kuwait struck Houthi positions.",
        "Saudi Arabia|attacks|Houthis",
        "Bahrain|attacks|Houthis",
        "Kuwait|attacks|Houthis",
    ),
    case(
        "Moscow supplied the tanks and MiGs for the government army, FAPLA.",
        "Russia|supplies|Angola",
    ),
    # an act noun's "by" phrase the parser hung on the verb; "his country" is the state of the
    # one "his" stands for
    case(
        "Poland condemned the invasion of Czechoslovakia by Soviet troops.",
        "Poland|condemns|Soviet Union",
        "Soviet Union|attacks|Czechoslovakia",
    ),
    case(
        "The Permanent Representative of Czechoslovakia, Jan Mužík, protested against the "
        "occupation of his country by troops of the Soviet Union, Poland and Hungary.",
        "Soviet Union|attacks|Czechoslovakia",
        "Poland|attacks|Czechoslovakia",
        "Hungary|attacks|Czechoslovakia",
        "Czechoslovakia|condemns|Soviet Union",
        "Czechoslovakia|condemns|Poland",
        "Czechoslovakia|condemns|Hungary",
    ),
    # a verb of routing attacks; a state word before "force" names its forces
    case("Tanzanian brigades routed a combined Libyan force.", "Tanzania|attacks|Libya"),
    # a clause the parser made the complement of a later verb with no subject is coordinated
    # with it, and a phrase of three words in quotation marks is no speech
    case(
        'In Moscow, the Soviet government condemned Israel\'s "aggression," demanded that it '
        "halt all military operations at once.",
        "Soviet Union|condemns|Israel",
    ),
    # officials placed by a fronted "In <capital>," are that state's
    case(
        'In London, officials dismissed the Cairo claim as "absolutely unjustified."',
        "United Kingdom|condemns|Egypt",
    ),
    # judging a claim about an actor denies the claim; it condemns no one
    case('Vladimir Putin called the idea that Assad\'s forces used gas "utter nonsense".'),
    case(
        "Kyiv rejected Moscow's allegation that Ukraine had shelled the plant.",
        "Ukraine|condemns|Russia",
    ),
    # any verb that introduces a quotation with a colon gives its speaker
    case(
        'Asked whether Russia would help Syria, Putin answered: "We will. We are helping them '
        'now." Kerry later remarked that Assad could avoid a strike.',
        "Russia|supports|Syria",
    ),
    # names of the time; a capital that only places a body gives way to its owner
    case(
        "Vietnam crossed the border and attacked Democratic Kampuchea.",
        "Vietnam|attacks|Cambodia",
    ),
    case(
        "U.S. soldiers raided the Port-au-Prince headquarters of the FRAPH paramilitary group.",
        "United States|attacks|FRAPH",
    ),
    case(
        "Vietnam propped up the council in Phnom Penh, and Russia has frozen all contacts with "
        "NATO.",
        "Vietnam|supports|Cambodia",
        "Russia|sanctions|NATO",
    ),
    # a threat taken up by a verb of answering it is someone else's
    case(
        "Gaddafi gave Nyerere 24 hours to withdraw from Uganda or face war with Libya. Nyerere "
        "made the ultimatum public and ignored it.",
        "Libya|warns|Tanzania",
    ),
    # a speaker's own future resistance, or refusal to let another act, warns that other; a
    # refusal in the past warns no one
    case(
        "The White House warned that the United States would resist any Soviet move.",
        "United States|warns|Soviet Union",
    ),
    case(
        "Netanyahu affirmed that Israel will not permit Hezbollah to rebuild its force.",
        "Israel|warns|Hezbollah",
    ),
    case("Israel will not tolerate Iranian entrenchment in Syria.", "Israel|warns|Iran"),
    case("Germany did not allow Poland to send the tanks."),
    # armed groups of the texts: the Bosnian Serb leadership, Haiti's gangs
    case(
        "The United States and France warned the Bosnian Serb leadership.",
        "United States|warns|Bosnian Serbs",
        "France|warns|Bosnian Serbs",
    ),
    case("Washington sanctioned the Gran Grif gang.", "United States|sanctions|Gran Grif"),
    # the object of a verb before a bare infinitive, which the small model makes the
    # infinitive's subject; money poured or funnelled into someone's hands
    case("Russia helped Iran build its drone plant.", "Russia|supports|Iran"),
    case(
        "The United States, which had helped Israel shoot down incoming missiles, said nothing.",
        "United States|supports|Israel",
    ),
    case("Kuwait has poured billions of dollars into Iraq's war chest.", "Kuwait|pays|Iraq"),
    case("Iran funnelled weapons to the Houthis.", "Iran|supplies|Houthis"),
    # speakers as UN meeting records give them: a name in capitals before its state in brackets
    case(
        "JAKOB A. MALIK (USSR) accused the United States of exploiting the Council.",
        "Soviet Union|condemns|United States",
    ),
]

CASES = WIRE


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(reader: Reader, text: str, expected: tuple[str, ...]) -> None:
    check(reader, text, expected)
