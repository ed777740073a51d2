"""Actors an analyst recognises: titles held somewhere else, former posts, numbered units,
weapons that are no actors, datelines that are no subjects (issue 10's type errors)."""

from __future__ import annotations

import pytest

from graph.extract.entities import ancestors
from tests.graph.extract.cases import Reader, chain


def _person(res, label: str) -> str:  # type: ignore[no-untyped-def]
    found = [k for k, e in res.entities.items() if e.label == label]
    assert found, f"no entity {label!r}: {[e.label for e in res.entities.values()]}"
    return found[0]


@pytest.mark.parametrize(
    "text, member, group, not_group",
    [
        (
            "Sudan's ambassador to the UN, Al-Harith Idriss, condemned the attack.",
            "Al-Harith Idriss",
            "Sudan",
            "United Nations",
        ),
        (
            "The French ambassador in Niamey, Jean Dupont, left Niger on Wednesday.",
            "Jean Dupont",
            "France",
            "Niger",
        ),
        (
            "According to Philippine National Security Adviser Ramon Cruz, three sailors were "
            "hurt.",  # 'according to' is no post held somewhere
            "Ramon Cruz",
            "Philippines",
            "China",
        ),
        (
            "Treasury Secretary Janet Yellen announced new sanctions on Iran.",
            "Janet Yellen",
            "United States",
            "Iran",
        ),
        (
            "Treasury Secretary Scott Bessent announced new sanctions on Iran.",
            "Scott Bessent",
            "United States",
            "Iran",
        ),
    ],
)
def test_a_title_names_whose_post_it_is(
    reader: Reader, text: str, member: str, group: str, not_group: str
) -> None:
    _, res, gaz = reader(text)
    belongs = chain(_person(res, member), res, gaz)
    assert group in belongs and not_group not in belongs, belongs


def test_a_former_minister_acts_for_no_state(reader: Reader) -> None:
    _, res, gaz = reader("Former Defence Minister Oleksii Reznikov criticised the plan.")
    person = _person(res, "Oleksii Reznikov")
    assert ancestors(person, gaz, res.entities) == []  # no post now (terms.tsv), none in text
    assert [a for a in res.affiliations if a.member == person] == []


@pytest.mark.parametrize("word", ["deposed", "ousted", "toppled"])
def test_a_deposed_president_heads_no_state(reader: Reader, word: str) -> None:
    _, res, gaz = reader(f"The EU froze the assets of {word} Albanian president Kadri Velaj.")
    person = _person(res, "Kadri Velaj")
    assert ancestors(person, gaz, res.entities) == []
    assert [a for a in res.affiliations if a.member == person] == []


def test_a_numbered_unit_is_a_military_unit_of_its_state(reader: Reader) -> None:
    text = (
        "Russian troops attacked Pokrovsk in Ukraine overnight. The 155th Mechanized Brigade "
        "repelled the assault, Ukraine's army said."
    )
    _, res, gaz = reader(text)
    units = [e for e in res.entities.values() if "155th" in e.label]
    assert units and units[0].cls == "MilitaryUnit", [(e.label, e.cls) for e in units]
    assert "Ukraine" in chain(units[0].key, res, gaz)


@pytest.mark.parametrize(
    "text, thing",
    [
        ("Germany sent IRIS-T systems to Ukraine.", "IRIS"),
        ("Berlin approved Leopard 2 tanks for Kyiv.", "Leopard"),
        ("Washington sent Abrams tanks to Ukraine.", "Abrams"),
        ("Ukraine fired ATACMS at Russian airfields.", "ATACMS"),
    ],
)
def test_a_weapon_is_no_actor(reader: Reader, text: str, thing: str) -> None:
    _, res, _ = reader(text)
    assert not [e.label for e in res.entities.values() if e.label.startswith(thing)]


@pytest.mark.parametrize(
    "text",
    [
        "BERLIN, Jan 25 - Germany will send more tanks to Ukraine.",
        "KYIV (Reuters) - Ukraine said Russia attacked its energy grid.",
        "Kyiv, 12 March - Ukraine said Russia attacked its energy grid.",
    ],
)
def test_a_dateline_is_no_subject(reader: Reader, text: str) -> None:
    claims, res, _ = reader(text)
    sides = {res.entities[c.subject].label for c in claims}
    assert not sides & {"Berlin", "Kyiv", "Reuters"}, sides


@pytest.mark.parametrize(
    "text, state, not_state",
    [
        ("Pakistan's Foreign Office condemned the strike on Kabul.", "Pakistan", "United Kingdom"),
        ("The Pakistani Foreign Office condemned the strike.", "Pakistan", "United Kingdom"),
        ("India's Foreign Office summoned the envoy.", "India", "United Kingdom"),
        ("Kenya's Home Office said the border was closed.", "Kenya", "United Kingdom"),
        ("Canada's Treasury announced sanctions on Russia.", "Canada", "United States"),
        ("Nigeria's Foreign Ministry condemned the coup in Niger.", "Nigeria", "United Kingdom"),
        ("Russia's Foreign Office warned Finland.", "Russia", "United Kingdom"),
        # a state's intelligence by its adjective; a body "from" its capital (translated English)
        ("Iranian intelligence said the cell was dismantled.", "Iran", "United States"),
        ("The Ministry of Defence from Tbilisi protested to Moscow.", "Georgia", "Russia"),
    ],
)
def test_an_agency_name_after_a_state_is_that_states_agency(
    reader: Reader, text: str, state: str, not_state: str
) -> None:
    """A name the gazetteer gives one state's agency ("Foreign Office": the UK's FCDO) read after
    another state's possessive or adjective is that state's agency of the same kind."""
    _, res, gaz = reader(text)
    agencies = [k for k, e in res.entities.items() if e.cls == "Agency"]
    assert agencies, [(e.label, e.cls) for e in res.entities.values()]
    belongs = chain(agencies[0], res, gaz)
    assert state in belongs and not_state not in belongs, belongs


def test_the_uk_keeps_its_own_foreign_office(reader: Reader) -> None:
    _, res, _ = reader("Britain's Foreign Office summoned the Russian ambassador.")
    labels = {e.label for e in res.entities.values() if e.cls == "Agency"}
    assert "Foreign, Commonwealth and Development Office" in labels, labels


@pytest.mark.parametrize(
    "text, state",
    [
        ("China's Foreign Ministry said Beijing opposed the sanctions.", "China"),
        (
            "Beijing rejected the report. The Foreign Ministry said China opposed the sanctions.",
            "China",
        ),
        ("Iran's Foreign Ministry condemned the strike.", "Iran"),
        # a state named with "the" after "of", where another state's ministry came first
        (
            "The Ministry of Foreign Affairs of Pakistan will cooperate. The Ministry of Foreign"
            " Affairs of the Islamic Republic of Iran condemned the Taliban.",
            "Iran",
        ),
    ],
)
def test_a_foreign_ministry_is_an_agency_of_its_state(
    reader: Reader, text: str, state: str
) -> None:
    _, res, gaz = reader(text)
    agencies = [k for k, e in res.entities.items() if e.cls == "Agency"]
    assert agencies, [(e.label, e.cls) for e in res.entities.values()]
    assert state in chain(agencies[-1], res, gaz)  # the last named


@pytest.mark.parametrize(
    "text, state, label",
    [
        ("India's mines ministry signed the deal.", "India", "Ministry of Mines of India"),
        (
            "Niger's Ministry of Mines and Energy revoked the permit.",
            "Niger",
            "Ministry of Mines and Energy of Niger",
        ),
        (
            "The Ministry of Labour of Poland published the figures.",
            "Poland",
            "Ministry of Labour of Poland",
        ),
        (
            "Colombia's Mines and Energy Ministry said exports fell.",
            "Colombia",
            "Ministry of Mines and Energy of Colombia",
        ),
        # a body's proper name before "of <state>", its head before its own "for"
        ("The Supreme Court of India ruled on Monday.", "India", "Supreme Court of India"),
        (
            "The Federal Service for Military-Technical Cooperation of the Russian Federation"
            " called the transfer a gross violation.",
            "Russia",
            "Federal Service for Military-Technical Cooperation of Russia",
        ),
        (
            "The Customs Tariff Commission of China's State Council imposed tariffs.",
            "China",
            "Customs Tariff Commission of China",
        ),
    ],
)
def test_a_body_no_list_names_is_an_agency_of_its_state(
    reader: Reader, text: str, state: str, label: str
) -> None:
    """Every government has ministries and bodies no agency kind foresees: named by their
    domain, or by a proper name with the state after it."""
    _, res, gaz = reader(text)
    # (a body of a kind named inside the phrase is an agency too: "China's State Council")
    agencies = [k for k, e in res.entities.items() if e.cls == "Agency" and e.label == label]
    assert agencies, [(e.label, e.cls) for e in res.entities.values()]
    assert state in chain(agencies[0], res, gaz)


@pytest.mark.parametrize(
    "text, label, organisation",
    [
        (
            "The Commission of ECOWAS condemned the coup in Niger.",
            "Commission of ECOWAS",
            "Economic Community of West African States",
        ),
        (
            "The Commission of the African Union condemned the coup.",
            "African Union Commission",
            "African Union",
        ),
        (
            "The Commission of the East African Community welcomed the ceasefire.",
            "Commission of EAC",
            "East African Community",
        ),
    ],
)
def test_a_body_of_an_organisation_is_part_of_it(
    reader: Reader, text: str, label: str, organisation: str
) -> None:
    """A body named before "of" and an organisation is that organisation's: the gazetteer's entry
    when it lists the body, else a body of its own, part of it."""
    _, res, gaz = reader(text)
    bodies = [k for k, e in res.entities.items() if e.label == label]
    assert len(bodies) == 1, [e.label for e in res.entities.values()]
    assert organisation in chain(bodies[0], res, gaz)


@pytest.mark.parametrize(
    "text, state",
    [
        (
            "Ukrainian forces held Pokrovsk. The 47th Mechanized Brigade repelled the attack.",
            "Ukraine",
        ),
        ("Russia pressed on Kupiansk. The 200th Motor Rifle Brigade lost tanks.", "Russia"),
        ("Ukraine said its 3rd Assault Brigade took the village.", "Ukraine"),
        ("Israel sent the 98th Division into Gaza, Israel's army said.", "Israel"),
    ],
)
def test_numbered_units_of_several_states(reader: Reader, text: str, state: str) -> None:
    _, res, gaz = reader(text)
    units = [k for k, e in res.entities.items() if any(ch.isdigit() for ch in e.label)]
    assert units, [(e.label, e.cls) for e in res.entities.values()]
    assert res.entities[units[0]].cls == "MilitaryUnit"
    assert state in chain(units[0], res, gaz)


@pytest.mark.parametrize(
    "text, thing",
    [
        ("The US sent HIMARS launchers to Ukraine.", "HIMARS"),
        ("Iran supplied Shahed drones to Russia.", "Shahed"),
        ("Russia launched Shahed-136 drones at Kyiv.", "Shahed"),
        ("Turkey sold TB2 drones to Ukraine.", "TB2"),
        ("Germany delivered Leopard 2A6 tanks to Ukraine.", "Leopard"),
        ("Germany's IRIS-T air defence shot down the missiles.", "IRIS"),
        # a comma after the name once hid it: "Mid-Range Capability," is no weapon's name
        ("The Army moved its Mid-Range Capability, a missile launcher, to Japan.", "Mid-Range"),
        ("Algeria bought Akinci drones from Turkey.", "Akinci"),
        # a weapon's full name before its bracketed acronym is no body
        (
            "Seoul agreed to host a Terminal High Altitude Area Defense (THAAD) battery.",
            "Terminal High",
        ),
        (
            "Kyiv asked for more High Mobility Artillery Rocket Systems (HIMARS) from Washington.",
            "High Mobility",
        ),
    ],
)
def test_weapon_families_are_never_actors(reader: Reader, text: str, thing: str) -> None:
    _, res, _ = reader(text)
    assert not [e.label for e in res.entities.values() if thing.lower() in e.label.lower()]


@pytest.mark.parametrize(
    "text",
    [
        "BERLIN, Jan 25 (Reuters) - Germany will send more tanks to Ukraine.",
        "Berlin, Jan 25 (Reuters) - Germany will send more tanks to Ukraine.",
        "berlin, jan 25 - Germany will send more tanks to Ukraine.",
        "MOSCOW (AP) - Russia warned Finland on Monday.",
        "Moscow (AP) — Russia warned Finland on Monday.",
        "WASHINGTON — The United States sanctioned Iran on Tuesday.",
    ],
)
def test_datelines_in_any_case_are_no_subject(reader: Reader, text: str) -> None:
    claims, res, _ = reader(text)
    sides = {res.entities[c.subject].label for c in claims}
    assert claims, "the sentence after the dateline still gives its claim"
    assert not sides & {"Berlin", "Moscow", "Washington", "Reuters", "AP"}, sides


@pytest.mark.parametrize(
    "text, name, cls, state",
    [
        ("Ukraine struck Russia's Northern Fleet.", "Northern Fleet of Russia", "Agency", "Russia"),
        (
            "The Indian Border Security Force said two smugglers were killed.",
            "Border Security Force of India",
            "Agency",
            "India",
        ),
        (
            "Kenya's Anti-Terrorism Police Unit arrested the men.",
            "Anti-Terrorism Police Unit",
            "Agency",
            "Kenya",
        ),
        ("The Storting approved the purchase.", "Storting", "Organization", None),
    ],
)
def test_an_unlisted_body_named_after_a_state_word_is_that_states(
    reader: Reader, text: str, name: str, cls: str, state: str | None
) -> None:
    """ "Russia's Northern Fleet", "the Indian Border Security Force": a body the gazetteer does
    not list, named by capitalised words after a state word, is that state's; with no state
    word it belongs to no one."""
    _, res, gaz = reader(text)
    key = _person(res, name)
    assert res.entities[key].cls == cls
    belongs = chain(key, res, gaz) - {name}
    assert belongs == ({state} if state else set()), belongs


@pytest.mark.parametrize(
    "text, name, cls",
    [
        (
            "In March, OFAC designated Shandong Shouguang Luqing Petrochemical, a refinery.",
            "Shandong Shouguang Luqing Petrochemical",
            "Company",
        ),
        (
            "OFAC is also designating Rizhao Shihua Crude Oil Terminal Co., Ltd. this week.",
            "Rizhao Shihua Crude Oil Terminal",
            "Company",
        ),
        ("Ukraine's 3rd Assault Company struck Russian positions.", "3rd Assault Company", None),
    ],
)
def test_a_firms_name_makes_a_company(
    reader: Reader, text: str, name: str, cls: str | None
) -> None:
    """A word only firms' names have ("Petrochemical", "Co., Ltd.") types a name a company,
    whatever the tagger took it for; a numbered company is a military one, never a firm."""
    _, res, _ = reader(text)
    found = [e.cls for e in res.entities.values() if e.label.startswith(name)]
    if cls is None:
        assert "Company" not in found, found
    else:
        assert found == [cls], [(e.label, e.cls) for e in res.entities.values()]


@pytest.mark.parametrize(
    "text, nato",
    [
        # "the Alliance" is NATO only as NATO writes it; an alliance of rebels is not NATO
        ("Allied ministers met in Brussels. The Alliance pledged more air defence.", True),
        ("NATO ministers met in Brussels, where the Alliance pledged more air defence.", True),
        ("The Three Brotherhood Alliance seized Lashio. China courted the alliance.", False),
    ],
)
def test_the_alliance_is_nato_only_when_capitalised(reader: Reader, text: str, nato: bool) -> None:
    _, res, _ = reader(text)
    assert ("org/nato" in res.entities) == nato, [e.label for e in res.entities.values()]


@pytest.mark.parametrize(
    "text, name, cls",
    [
        ("Houthi fighters stormed the village of Al Khubah on Friday.", "Al Khubah", "Region"),
        ("The rebels took the town of Al Tuwal after a day of fighting.", "Al Tuwal", "Region"),
        (
            "The army shelled the headquarters of the Azawad Salvation Movement in Kidal.",
            "Azawad Salvation Movement",
            None,
        ),
    ],
)
def test_a_name_after_a_settlements_noun_is_a_place(
    reader: Reader, text: str, name: str, cls: str | None
) -> None:
    """ "the village of X", "the town of X": X is a place whatever the tagger took it for; a
    body's headquarters are no settlement, and its name stays the body's."""
    _, res, _ = reader(text)
    found = [e.cls for e in res.entities.values() if e.label.startswith(name)]
    assert found, [(e.label, e.cls) for e in res.entities.values()]
    if cls is None:
        assert "Region" not in found, found
    else:
        assert found == [cls], [(e.label, e.cls) for e in res.entities.values()]


def test_the_mfa_of_a_state_is_its_foreign_ministry(reader: Reader) -> None:
    """ "the MFA of Norway" (as translated news writes it) is Norway's foreign ministry."""
    _, res, _ = reader("On Monday the MFA of Norway summoned the Iranian charge d'affaires.")
    ministries = [e for e in res.entities.values() if e.cls == "Agency"]
    assert [e.label for e in ministries] == ["Ministry of Foreign Affairs of Norway"], [
        (e.label, e.cls) for e in res.entities.values()
    ]
    assert ministries[0].parent == "state/NOR"


def test_a_family_name_the_tagger_took_for_a_place_is_the_official(reader: Reader) -> None:
    """ "Anthony Eden ... notes reached Eden": the tagger reads the second "Eden" as a place."""
    _, res, _ = reader(
        "Prime Minister Anthony Eden told the Commons that British forces would stop shooting. "
        "Before dawn, notes from Soviet Premier Nikolai Bulganin reached Eden, French Premier "
        "Guy Mollet and Israeli Prime Minister David Ben-Gurion."
    )
    eden = _person(res, "Anthony Eden")
    assert [e.label for e in res.entities.values() if "Eden" in e.label] == ["Anthony Eden"]
    assert res.entities[eden].parent == "state/GBR"


def test_a_party_named_national_after_a_demonym_is_the_party(reader: Reader) -> None:
    """ "National" is a word of a title ("national security adviser"), and of parties' names:
    "the Basotho National Party" is a party, not Lesotho."""
    _, res, _ = reader(
        "The Basotho Congress Party and the Basotho National Party have condemned the operation."
    )
    labels = sorted(e.label for e in res.entities.values())
    assert labels == ["Basotho Congress Party", "Basotho National Party"]


@pytest.mark.parametrize(
    "text, word",
    [
        (
            "Of the treaty money, in total 3.5 billion guilders, nothing goes to Paramaribo.",
            "total",
        ),
        ("Exports fell by a total of 12 percent in the first quarter.", "total"),
    ],
)
def test_a_common_word_is_no_company(reader: Reader, text: str, word: str) -> None:
    _, res, _ = reader(text)
    assert not [e.label for e in res.entities.values() if e.cls == "Company"], word


@pytest.mark.parametrize(
    "text, state",
    [
        ("The Surinamese National Army retook the town of Moengo.", "Suriname"),
        ("The Angolan People's Army crossed the river.", "Angola"),
    ],
)
def test_a_national_army_is_its_states_armed_forces(reader: Reader, text: str, state: str) -> None:
    _, res, gaz = reader(text)
    forces = [k for k, e in res.entities.items() if e.cls == "Agency"]
    assert forces and state in chain(forces[0], res, gaz)


def test_a_generational_suffix_is_no_family_name(reader: Reader) -> None:
    _, res, _ = reader(
        "Philippine President Benigno Aquino III flew to Zamboanga. Aquino met the troops there."
    )
    people = [e.label for e in res.entities.values() if e.cls == "Official"]
    assert people == ["Benigno Aquino III"], people


def test_a_family_name_tagged_an_organisation_is_the_person(reader: Reader) -> None:
    _, res, _ = reader(
        "Field commander Shamil Basayev led the raid. Basayev, however, promised to continue "
        "the struggle against Russia."
    )
    assert [e.label for e in res.entities.values() if e.cls == "Organization"] == []
    assert "Shamil Basayev" in {e.label for e in res.entities.values()}


def test_an_armed_groups_leader_stands_for_it(reader: Reader) -> None:
    _, res, gaz = reader("Osama bin Laden vowed revenge on the United States.")
    leader = next(k for k, e in res.entities.items() if e.label == "Osama bin Laden")
    assert "al-Qaeda" in chain(leader, res, gaz)


@pytest.mark.parametrize(
    "text, name, listed",
    [
        # a gazetteer name that only opens a longer proper name is that name, not the listed one
        (
            "The Alliance for Change in Lome called for a boycott.",
            "Alliance for Change",
            "org/nato",
        ),
        (
            "The Union of Democratic Forces condemned the vote in Sofia.",
            "Union of Democratic Forces",
            "org/eu",
        ),
        ("Hezbollah al-Iraq claimed the rocket fire.", "Hezbollah al-Iraq", "org/hezbollah"),
    ],
)
def test_a_name_that_opens_a_longer_name_is_the_longer_name(
    reader: Reader, text: str, name: str, listed: str
) -> None:
    _, res, _ = reader(text)
    labels = [e.label for e in res.entities.values()]
    assert name in labels and listed not in res.entities, labels


def test_the_union_alone_is_still_the_eu(reader: Reader) -> None:
    _, res, _ = reader("EU ministers met in Brussels. The Union imposed new sanctions on Russia.")
    assert "org/eu" in res.entities
