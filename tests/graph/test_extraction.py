"""Sentence-level extraction tests: real sentences through the real pipeline, expected actor-level
claims written as a careful analyst would want them.

Each expectation is ``"subject|relation|object"`` with optional flags ``|neg`` (the text denies or
refuses it) and ``|hedged`` (allegedly, reportedly, expected to, would ...). A claim matches when
its subject and object, or an entity they belong to (a unit's state, a minister's ministry and its
state), carry the expected labels, and its relation and flags are the expected ones. Every claim
must match an expectation (precision) and every expectation a claim (recall).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from graph.discourse import analyse
from graph.entities import DocumentEntities, PersonIndex, resolve
from graph.gazetteer import Gazetteer, load_gazetteer
from graph.lexicon import load_lexicon
from graph.mentions import find_mentions
from graph.nlp import load_pipeline
from graph.relations import Claim, extract_claims
from graph.settings import Settings


@dataclass(frozen=True)
class Expected:
    subject: str
    relation: str
    object: str
    negated: bool
    hedged: bool

    @classmethod
    def parse(cls, spec: str) -> Expected:
        s, r, o, *flags = spec.split("|")
        return cls(s, r, o, "neg" in flags, "hedged" in flags)


@pytest.fixture(scope="module")
def reader():
    nlp = load_pipeline(Settings())
    gaz, lex = load_gazetteer(), load_lexicon()

    def read(text: str) -> tuple[list[Claim], DocumentEntities, Gazetteer]:
        doc = nlp(text)
        index = find_mentions(doc, gaz)
        res = resolve(doc, index, gaz, PersonIndex())
        disc = analyse(doc, index, res, lex)
        return extract_claims(doc, index, res, disc, lex, gaz), res, gaz

    return read


def chain(key: str, res: DocumentEntities, gaz: Gazetteer) -> set[str]:
    """The labels of an entity and of everything it belongs to."""
    labels: set[str] = set()
    todo, seen = [key], set()
    while todo:
        k = todo.pop()
        if k in seen:
            continue
        seen.add(k)
        ent, entry = res.entities.get(k), gaz.entries.get(k)
        if ent is not None:
            labels.add(ent.label)
        elif entry is not None:
            labels.add(entry.label)
        parent = (ent.parent if ent else None) or (entry.parent if entry else None)
        todo += [parent] if parent else []
        todo += [a.group for a in res.affiliations if a.member == k]
    return labels


def compare(
    claims: list[Claim], res: DocumentEntities, gaz: Gazetteer, expected: list[Expected]
) -> tuple[list[str], list[Expected]]:
    matched: set[Expected] = set()
    spurious: list[str] = []
    for c in claims:
        subj, obj = chain(c.subject, res, gaz), chain(c.object, res, gaz)
        hits = [
            e
            for e in expected
            if e.relation == c.relation
            and e.subject in subj
            and e.object in obj
            and e.negated == c.negated
            and e.hedged == c.hedged
        ]
        if hits:
            matched.update(hits)
        else:
            flags = "|neg" * c.negated + "|hedged" * c.hedged
            spurious.append(
                f"{res.entities[c.subject].label}|{c.relation}|"
                f"{res.entities[c.object].label}{flags} ({c.rule})"
            )
    return spurious, [e for e in expected if e not in matched]


def case(text: str, *expected: str, xfail: str | None = None):  # type: ignore[no-untyped-def]
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, expected, marks=marks, id=text[:60])


SUPPLIES = [
    case("Iran has supplied hundreds of Shahed drones to Russia.", "Iran|supplies|Russia"),
    case("Tehran shipped ballistic missiles to Moscow last month.", "Iran|supplies|Russia"),
    case(
        "The United States delivered Patriot air defence systems to Ukraine.",
        "United States|supplies|Ukraine",
    ),
    case(
        "Ukraine received F-16 fighter jets from Denmark and the Netherlands.",
        "Denmark|supplies|Ukraine",
        "Netherlands|supplies|Ukraine",
    ),
    case("Artillery shells were delivered to Kyiv by Germany.", "Germany|supplies|Ukraine"),
    case(
        "France and Germany sent tanks and armoured vehicles to Ukraine.",
        "France|supplies|Ukraine",
        "Germany|supplies|Ukraine",
    ),
    case(
        "Turkey sold Bayraktar drones to Ukraine and Poland.",
        "Turkey|supplies|Ukraine",
        "Turkey|supplies|Poland",
    ),
    case(
        "Germany's delivery of Leopard tanks to Ukraine angered Moscow.", "Germany|supplies|Ukraine"
    ),
    case("China is the main supplier of drone components to Russia.", "China|supplies|Russia"),
    case(
        "North Korea provided Russia with millions of artillery shells.",
        "North Korea|supplies|Russia",
    ),
    case(
        "The United Arab Emirates has been arming the Rapid Support Forces, UN experts said.",
        "United Arab Emirates|supplies|Rapid Support Forces",
    ),
    case("Rwanda supplies weapons to the M23 rebels, a UN report said.", "Rwanda|supplies|M23"),
    case(
        "Hezbollah receives weapons and money from Iran.",
        "Iran|supplies|Hezbollah",
        "Iran|pays|Hezbollah",
    ),
    case("Venezuela bought Sukhoi fighter jets from Russia.", "Russia|supplies|Venezuela"),
    case(
        "Serbia exported ammunition to Ukraine through intermediaries.", "Serbia|supplies|Ukraine"
    ),
    case(
        "The drones, which Iran sent to the Houthis, were intercepted over the Red Sea.",
        "Iran|supplies|Houthis",
    ),
    case(
        "Russia supplied tanks, artillery and fighter jets to Serbia, Venezuela and Syria.",
        "Russia|supplies|Serbia",
        "Russia|supplies|Venezuela",
        "Russia|supplies|Syria",
    ),
    case("Germany agreed to supply Ukraine with Patriot systems.", "Germany|supplies|Ukraine"),
    case(
        "Ukraine, which Washington has armed since 2022, launched a counteroffensive.",
        "United States|supplies|Ukraine",
    ),
    case(
        "The shipment of Iranian missiles to Russia was confirmed by the Pentagon.",
        "Iran|supplies|Russia",
    ),
    case(
        "Britain's transfer of Storm Shadow missiles to Kyiv began in May.",
        "United Kingdom|supplies|Ukraine",
    ),
    case("Beijing has been selling dual-use components to Moscow.", "China|supplies|Russia"),
    case("Weapons supplied by Iran have been found in Yemen and Sudan."),  # no recipient
    case("Egypt handed over armoured vehicles to the Sudanese army.", "Egypt|supplies|Sudan"),
    case("Kyiv obtained Storm Shadow missiles from London.", "United Kingdom|supplies|Ukraine"),
    case(
        "The Pentagon announced a new package of military aid for Ukraine worth $400 million.",
        "United States|supplies|Ukraine",
    ),
    case("India continues to buy Russian oil despite Western sanctions.", "Russia|supplies|India"),
    case(
        "The United States sold more than $18 billion of weapons to Taiwan.",
        "United States|supplies|Taiwan",
    ),
]

DEPLOYS = [
    case("Russia deployed troops to Belarus.", "Russia|deploys|Belarus"),
    case("Wagner mercenaries have been deployed in Mali since 2021.", "Wagner Group|deploys|Mali"),
    case("Turkey sent troops into northern Syria.", "Turkey|deploys|Syria"),
    case("The Kremlin dispatched paratroopers to Kazakhstan in 2022.", "Russia|deploys|Kazakhstan"),
    case(
        "Thousands of North Korean soldiers are fighting in Russia's Kursk region.",
        "North Korea|deploys|Russia",
    ),
    case("Chinese troops are stationed in Djibouti.", "China|deploys|Djibouti"),
    case(
        "Rwandan soldiers are operating inside the Democratic Republic of the Congo, UN experts "
        "said.",
        "Rwanda|deploys|Democratic Republic of the Congo",
    ),
    case(
        "The deployment of Iranian military advisers to Syria worried Israel.", "Iran|deploys|Syria"
    ),
    case("Britain will send 900 troops to Estonia.", "United Kingdom|deploys|Estonia"),
    case("The US has stationed about 2,500 soldiers in Iraq.", "United States|deploys|Iraq"),
    case(
        "Belarus sent a battalion to the Russian border region of Bryansk.",
        "Belarus|deploys|Russia",
    ),
    case(
        "The soldiers, who were sent by Pyongyang, are already in Kursk.",
        "North Korea|deploys|Russia",
    ),
    case(
        "Pyongyang sent 12,000 soldiers to Russia. These troops are now fighting in Kursk.",
        "North Korea|deploys|Russia",
    ),
    case("Turkey decided to deploy troops to Libya.", "Turkey|deploys|Libya"),
    case("French troops withdrew from Niger after the coup."),  # a withdrawal, no claim
    case(
        "Russian military instructors arrived in Burkina Faso in January.",
        "Russia|deploys|Burkina Faso",
    ),
    case(
        "Russia invaded Ukraine in 2022. Russian troops are still fighting in Ukraine.",
        "Russia|attacks|Ukraine",
    ),  # troops in an enemy's land are not deployed to it
    case(
        "Burkina Faso and Niger have received Russian military instructors.",
        "Russia|deploys|Burkina Faso",
        "Russia|deploys|Niger",
    ),
    case(
        "Rwandan soldiers are fighting alongside the M23 rebels in North Kivu.",
        "Rwanda|supports|M23",
        "Rwanda|deploys|Democratic Republic of the Congo",
    ),
    case(
        "The USS Carney shot down drones launched by the Houthis.", "United States|attacks|Houthis"
    ),
]

PAYS = [
    case("The European Union paid 50 billion euros to Ukraine.", "European Union|pays|Ukraine"),
    case(
        "Qatar funds Hamas, Israeli officials claim.",
        "Qatar|pays|Hamas",
        xfail="the small model tags 'funds' as a noun: 'Qatar funds Hamas' parses as one name",
    ),
    case("Iran finances Hezbollah and Hamas.", "Iran|pays|Hezbollah", "Iran|pays|Hamas"),
    case("Japan gave Ukraine $4.5 billion in financial aid.", "Japan|pays|Ukraine"),
    case(
        "Russia pays the salaries of Wagner fighters in the Central African Republic.",
        "Russia|pays|Wagner Group",
    ),
    case("Washington's funding for the Ukrainian army has slowed.", "United States|pays|Ukraine"),
    case(
        "Wagner, which Russia funds, operates in Mali and the Central African Republic.",
        "Russia|pays|Wagner Group",
        "Wagner Group|deploys|Mali",
        "Wagner Group|deploys|Central African Republic",
        xfail="the small model parses 'which Russia funds' as a noun phrase ('Russia funds')",
    ),
]

TRAINS = [
    case("Russian instructors trained North Korean soldiers.", "Russia|trains|North Korea"),
    case(
        "Ukrainian pilots are being trained by the United States.", "United States|trains|Ukraine"
    ),
    case(
        "Britain has trained more than 30,000 Ukrainian recruits.", "United Kingdom|trains|Ukraine"
    ),
    case("Poland's training of Ukrainian soldiers continues.", "Poland|trains|Ukraine"),
    case("Turkey trains Somali soldiers at a base in Mogadishu.", "Turkey|trains|Somalia"),
    case(
        "Iranian advisers trained Houthi fighters to use anti-ship missiles.", "Iran|trains|Houthis"
    ),
    case("Poland began training Ukrainian soldiers in 2023.", "Poland|trains|Ukraine"),
    case("North Korean soldiers trained by Russians", "Russia|trains|North Korea"),
]

CONDEMNS = [
    # "the junta": the state the text has been about, not a supplier named beside it
    case(
        "Guinea's army seized power in 2021. Russia and Turkey have sold drones to the junta.",
        "Russia|supplies|Guinea",
        "Turkey|supplies|Guinea",
    ),
    case(
        "Niger's military rulers expelled French troops. Algeria has condemned the junta.",
        "Algeria|condemns|Niger",
    ),
    # an event condemned in place of its agent: whoever carried out the last such event
    case(
        "Sudanese jets bombed Chadian border posts on Monday. Kenya condemned the strikes.",
        "Sudan|attacks|Chad",
        "Kenya|condemns|Sudan",
    ),
    case(
        "Russia deployed 3,000 soldiers to Belarus in March. Lithuania denounced the deployment.",
        "Russia|deploys|Belarus",
        "Lithuania|condemns|Russia",
    ),
    case(
        "Azerbaijan accused Armenian units of shelling its posts. Canada criticised the attacks.",
        "Azerbaijan|condemns|Armenia",
    ),
    case(
        "France condemned Israel's strikes on Lebanon.",
        "France|condemns|Israel",
        "Israel|attacks|Lebanon",
    ),
    case(
        "China denounced the US arms sales to Taiwan.",
        "China|condemns|United States",
        "United States|supplies|Taiwan",
    ),
    case(
        "Armenia accused Azerbaijan of shelling Armenian villages.",
        "Armenia|condemns|Azerbaijan",
        "Azerbaijan|attacks|Armenia|hedged",
    ),
    case(
        "Germany criticised Iran for supplying drones to Russia.",
        "Germany|condemns|Iran",
        "Iran|supplies|Russia",
    ),
    case(
        "The European Union strongly condemned North Korea's missile launches.",
        "European Union|condemns|North Korea",
    ),
    case(
        "Beijing rebuked Manila for its cooperation with Washington.", "China|condemns|Philippines"
    ),
    case(
        "The White House condemned the Houthi attacks on shipping.",
        "United States|condemns|Houthis",
    ),
    case("The condemnation of Russia by the G7 was unanimous.", "G7|condemns|Russia"),
]

ATTACKS = [
    case("Israel struck Hezbollah positions in southern Lebanon.", "Israel|attacks|Hezbollah"),
    case(
        "Houthi rebels fired missiles at a US destroyer in the Red Sea.",
        "Houthis|attacks|United States",
    ),
    case(
        "Ukrainian drones hit an oil refinery in Russia's Bryansk region.", "Ukraine|attacks|Russia"
    ),
    case("Russian forces launched a massive attack on Kharkiv.", "Russia|attacks|Ukraine"),
    case(
        "Azerbaijan launched an offensive against Armenian forces in Nagorno-Karabakh.",
        "Azerbaijan|attacks|Armenia",
    ),
    case("Kyiv was bombarded by Russian missiles overnight.", "Russia|attacks|Ukraine"),
    case(
        "M23 rebels attacked the Congolese army near Goma.",
        "M23|attacks|Democratic Republic of the Congo",
    ),
    case("Israeli airstrikes on Gaza killed dozens of people.", "Israel|attacks|Palestine"),
    case("Sudan's army shelled RSF positions in Khartoum.", "Sudan|attacks|Rapid Support Forces"),
    case(
        "Chinese coast guard vessels fired water cannon at Philippine ships.",
        "China|attacks|Philippines",
    ),
    case(
        "Pakistan carried out airstrikes in Afghanistan on Monday.", "Pakistan|attacks|Afghanistan"
    ),
    case(
        "American and British warplanes struck Houthi targets in Yemen.",
        "United States|attacks|Houthis",
        "United Kingdom|attacks|Houthis",
    ),
    case(
        "The Houthis fired an anti-ship missile at the USS Carney, a US destroyer.",
        "Houthis|attacks|United States",
    ),
    case(
        "Saudi Arabia, which fought the Houthis for years, called for restraint.",
        "Saudi Arabia|attacks|Houthis",
    ),
    case(
        "The M23 seized Goma in January. The rebels later shelled the airport.",
        "M23|attacks|Democratic Republic of the Congo",
        xfail="'the airport' names no place; the place is Goma from the sentence before",
    ),
    case(
        "Ukraine used American ATACMS missiles to strike a Russian airfield in Crimea.",
        "Ukraine|attacks|Russia",
    ),
    case(
        "Israel's military said it had struck Hezbollah targets overnight.",
        "Israel|attacks|Hezbollah",
    ),
    case(
        "Hezbollah said its fighters had fired rockets at Israeli positions.",
        "Hezbollah|attacks|Israel",
    ),
    case(
        "The Russian defence ministry said its forces had struck Ukrainian energy facilities.",
        "Russia|attacks|Ukraine",
    ),
    case("Russia invaded Ukraine in February 2022.", "Russia|attacks|Ukraine"),
]

SANCTIONS = [
    # "warned his counterpart X": the named counterpart, not the possessive pronoun's referent
    case(
        "Spanish Foreign Minister Pablo Ortega warned his Moroccan counterpart Karim Benali that "
        "the border had to stay open.",
        "Spain|warns|Morocco",
    ),
    case(
        "The Polish minister warned his Belarusian counterpart, Viktor Sokol, against new "
        "provocations.",
        "Poland|warns|Belarus",
    ),
    # "the Shia movement": a description with a religious or ethnic modifier is the armed group
    # last named; "armed and funded X": the first conjunct shares the object
    case(
        "Hezbollah fired rockets at northern Israel. Iran has long funded the Shia group.",
        "Hezbollah|attacks|Israel",
        "Iran|pays|Hezbollah",
    ),
    case(
        "Pakistan has armed and trained the Taliban for decades.",
        "Pakistan|supplies|Taliban",
        "Pakistan|trains|Taliban",
    ),
    # "also supplying" with no recipient: the recipient of the claim just made
    case(
        "Germany delivered 18 tanks to Ukraine in March. Sweden and Finland are also supplying "
        "howitzers, the minister said.",
        "Germany|supplies|Ukraine",
        "Sweden|supplies|Ukraine",
        "Finland|supplies|Ukraine",
    ),
    case("Russia sent drones to Belarus. Iran is supplying missiles.", "Russia|supplies|Belarus"),
    # "give Ukraine parts": the parser makes the recipient a compound of the goods
    case(
        "Spain said it would give Ukraine parts for its air defence.",
        "Spain|supplies|Ukraine|hedged",
    ),
    # troops trained somewhere are trained by that state, not deployed to it
    case(
        "Hundreds of Ukrainian soldiers were trained in Britain last year.",
        "United Kingdom|trains|Ukraine",
    ),
    case("Russian troops train in Belarus.", "Russia|deploys|Belarus"),
    # a commander named alone stands for his armed group
    case(
        "Egypt has sent armoured vehicles to Haftar, according to diplomats.",
        "Egypt|supplies|Libyan National Army",
    ),
    # "targeted firms": economic measures, not strikes
    case(
        "The United States targeted 12 Chinese firms accused of helping Russia's military.",
        "United States|sanctions|China",
    ),
    case(
        "Britain on Tuesday hit three Iranian companies with new restrictions.",
        "United Kingdom|sanctions|Iran",
    ),
    case("The EU imposed new sanctions on Iran on Monday.", "European Union|sanctions|Iran"),
    case(
        "Washington sanctioned three Chinese companies for supplying Russia.",
        "United States|sanctions|China",
        "China|supplies|Russia",
    ),
    case(
        "Britain and Canada sanctioned Wagner Group commanders.",
        "United Kingdom|sanctions|Wagner Group",
        "Canada|sanctions|Wagner Group",
    ),
    case(
        "The Treasury Department blacklisted Houthi financiers.", "United States|sanctions|Houthis"
    ),
    case("Downing Street announced new sanctions against Iran.", "United Kingdom|sanctions|Iran"),
    case(
        "The EU, the UK and Canada imposed sanctions on Belarus.",
        "European Union|sanctions|Belarus",
        "United Kingdom|sanctions|Belarus",
        "Canada|sanctions|Belarus",
    ),
    case("Japan's sanctions against Russia remain in force.", "Japan|sanctions|Russia"),
    case("Venezuela has been under US sanctions since 2019.", "United States|sanctions|Venezuela"),
]

WARNS = [
    case("The United States warned China against arming Russia.", "United States|warns|China"),
    case("Tehran warned Washington that it would retaliate.", "Iran|warns|United States"),
    case("Poland warned Belarus over the migrant crossings.", "Poland|warns|Belarus"),
    case(
        "The Chinese foreign ministry said the sale violated its sovereignty and warned "
        "Washington to stop arming the island.",
        "China|warns|United States",
    ),
    case(
        "Kim Jong Un threatened South Korea with nuclear strikes.", "North Korea|warns|South Korea"
    ),
    case("NATO issued a warning to Russia over its drone incursions.", "NATO|warns|Russia"),
]

SUPPORTS = [
    case("Belarus supports Russia's war in Ukraine.", "Belarus|supports|Russia"),
    case("Iran backs the Houthis in Yemen.", "Iran|supports|Houthis"),
    case("The African Union expressed support for Sudan's army.", "African Union|supports|Sudan"),
    case("Washington reaffirmed its backing of Israel.", "United States|supports|Israel"),
    case("Moscow has helped Caracas to evade sanctions.", "Russia|supports|Venezuela"),
]

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

NO_CLAIM = [
    case("Zelensky urged Germany to send more tanks."),
    case("If Iran supplies missiles, the EU will respond."),
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

# phenomena met in unseen wire copy, each in sentences of its own
WIRE = [
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
]

CASES = (
    SUPPLIES
    + DEPLOYS
    + PAYS
    + TRAINS
    + CONDEMNS
    + ATTACKS
    + SANCTIONS
    + WARNS
    + SUPPORTS
    + NEGATION
    + HEDGING
    + ATTRIBUTION
    + NO_CLAIM
    + WIRE
)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(reader, text: str, expected: tuple[str, ...]) -> None:
    claims, res, gaz = reader(text)
    spurious, missed = compare(claims, res, gaz, [Expected.parse(e) for e in expected])
    assert not spurious and not missed, f"spurious={spurious} missed={missed}"


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 100


AFFILIATIONS = [
    (
        "Estonian Defence Minister Hanno Pevkur said the drones had crossed the border.",
        "Hanno Pevkur",
        "Estonia",
    ),
    (
        "Hanno Pevkur, Estonia's defence minister, said the drones had crossed the border.",
        "Hanno Pevkur",
        "Estonia",
    ),
    (
        "White House national security spokesman John Kirby told reporters on Monday.",
        "John Kirby",
        "United States",
    ),
    (
        "Peter Stano, spokesperson for the European Commission, said the package was ready.",
        "Peter Stano",
        "European Commission",
    ),
    (
        "The United States sanctioned James Kabarebe, a Rwandan minister, on Thursday.",
        "James Kabarebe",
        "Rwanda",
    ),
    (
        "The delegation arrived in Warsaw on Monday. It met Defence Minister Jan Kowalski.",
        "Jan Kowalski",
        "Poland",
    ),
    ("Lavrov met his Hungarian counterpart Istvan Kovacs in Moscow.", "Istvan Kovacs", "Hungary"),
    # a possessive state before the title
    ("Estonia's Prime Minister Kaja Kallas called for more air defence.", "Kaja Kallas", "Estonia"),
    # a title with no group: the actor the previous sentence is about
    (
        "Japan's foreign ministry protested on Friday. Spokesman Hiroshi Tanaka said the ship had "
        "entered Japanese waters.",
        "Hiroshi Tanaka",
        "Japan",
    ),
    (
        "Greek jets intercepted the drones, the Defence Ministry in Athens said. The ministry "
        "gave no details. Interior Minister Nikos Pappas said the border was calm.",
        "Nikos Pappas",
        "Greece",
    ),
    (
        "The Polish government summoned the ambassador. Interior Minister Marek Nowak said the "
        "border would stay closed.",
        "Marek Nowak",
        "Poland",
    ),
    (
        "The minister warned his Chinese counterpart, Li Wei, that sanctions would follow.",
        "Li Wei",
        "China",
    ),
]


@pytest.mark.parametrize(
    ("text", "member", "group"), AFFILIATIONS, ids=[a[0][:50] for a in AFFILIATIONS]
)
def test_affiliations(reader, text: str, member: str, group: str) -> None:
    _, res, gaz = reader(text)
    people = [k for k, e in res.entities.items() if e.label == member]
    assert people, f"no entity {member!r}: {[e.label for e in res.entities.values()]}"
    assert group in chain(people[0], res, gaz)
