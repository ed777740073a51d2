"""Checks on the gazetteer data files: format, coverage, unambiguity, references, look-ups."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

from graph.knowledge.gazetteer import fold_plain, load_gazetteer, normalize, slug
from graph.settings import DATA_DIR

HERE = DATA_DIR / "gazetteer"

# the columns a state of today and one that has ended share
STATE_COLUMNS = ["iso3", "name", "iso2", "wikidata", "aliases", "demonyms", "capitals"]
COLUMNS = {
    "states.tsv": [*STATE_COLUMNS, "metonyms"],
    "former_states.tsv": [*STATE_COLUMNS, "successor", "until", "era_metonyms"],
    "organizations.tsv": ["key", "name", "type", "wikidata", "aliases", "part_of", "operates_in"],
    "companies.tsv": ["key", "name", "state", "kind", "wikidata", "aliases"],
    "terms.tsv": ["person", "affiliation", "relation", "start", "end"],
    "weapons.tsv": ["name", "kind", "aliases"],
    "agencies.tsv": ["key", "name", "state", "wikidata", "aliases", "part_of"],
    "agency_kinds.tsv": ["name", "aliases", "forces"],
    "leaders.tsv": ["name", "aliases", "affiliation", "relation", "wikidata"],
    "regions.tsv": ["name", "state", "aliases", "wikidata"],
    "units.tsv": ["noun", "kind"],
    "titles.tsv": ["title", "relation", "target"],
    "ship_prefixes.tsv": ["prefix", "navy"],
    "towns.tsv": ["name", "state", "aliases", "population", "geonames"],
}
REQUIRED = {
    "states.tsv": ["iso3", "name", "iso2"],
    "former_states.tsv": ["iso3", "name", "iso2", "successor", "until"],
    "organizations.tsv": ["key", "name", "type"],
    "agencies.tsv": ["key", "name", "state"],
    "agency_kinds.tsv": ["name"],
    "leaders.tsv": ["name", "affiliation", "relation"],
    "regions.tsv": ["name", "state"],
    "units.tsv": ["noun", "kind"],
    "titles.tsv": ["title", "relation", "target"],
    "ship_prefixes.tsv": ["prefix", "navy"],
    "companies.tsv": ["key", "name", "state", "kind"],
    "terms.tsv": ["person", "affiliation", "relation", "start"],
    "weapons.tsv": ["name", "kind"],
    "towns.tsv": ["name", "state", "population", "geonames"],
}


def _raw(name: str) -> list[list[str]]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip()]


def _dicts(name: str) -> list[dict[str, str]]:
    with (HERE / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(HERE)


# --- format -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_file_has_header_and_column_count(name: str) -> None:
    rows = _raw(name)
    assert rows[0] == COLUMNS[name], f"{name}: header {rows[0]}"
    wrong = [(i + 1, r) for i, r in enumerate(rows) if len(r) != len(COLUMNS[name])]
    assert not wrong, f"{name}: rows with the wrong number of columns: {wrong[:5]}"


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_required_fields_and_clean_values(name: str) -> None:
    problems = []
    for i, row in enumerate(_dicts(name), start=2):
        for col in REQUIRED[name]:
            if not row[col].strip():
                problems.append(f"line {i}: empty {col}")
        for col, value in row.items():
            if value != value.strip():
                problems.append(f"line {i}: {col} has surrounding spaces: {value!r}")
            parts = value.split("|")
            if value and any(not p.strip() for p in parts):
                problems.append(f"line {i}: {col} has an empty |-item: {value!r}")
        if (
            "wikidata" in row
            and row["wikidata"]
            and not re.fullmatch(r"Q[1-9]\d*", row["wikidata"])
        ):
            problems.append(f"line {i}: bad QID {row['wikidata']!r}")
    assert not problems, f"{name}: " + "; ".join(problems[:20])


def test_files_are_utf8_without_bom() -> None:
    for name in COLUMNS:
        data = (HERE / name).read_bytes()
        assert not data.startswith(b"\xef\xbb\xbf"), name
        data.decode("utf-8")


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("organizations.tsv", "key"),
        ("agencies.tsv", "key"),
        ("states.tsv", "iso3"),
        ("states.tsv", "iso2"),
        ("leaders.tsv", "name"),
        ("regions.tsv", "name"),
        ("units.tsv", "noun"),
        ("titles.tsv", "title"),
        ("agency_kinds.tsv", "name"),
    ],
)
def test_keys_unique_within_file(name: str, column: str) -> None:
    counts: dict[str, int] = defaultdict(int)
    for row in _dicts(name):
        counts[normalize(row[column])] += 1
    dupes = sorted(k for k, n in counts.items() if n > 1)
    assert not dupes, f"{name}: duplicate {column}: {dupes}"


def test_every_row_becomes_an_entry(gaz) -> None:
    expected = sum(
        len(_dicts(n))
        for n in (
            "states.tsv",
            "former_states.tsv",
            "organizations.tsv",
            "companies.tsv",
            "agencies.tsv",
            "leaders.tsv",
            "regions.tsv",
        )
    )
    assert len(gaz.entries) == expected, "two rows collapsed onto one key (same slug?)"


# --- coverage and ISO codes ---------------------------------------------------------------


def test_former_states_have_their_iso_3166_3_codes_and_a_successor() -> None:
    states = {r["iso3"] for r in _dicts("states.tsv")}
    for r in _dicts("former_states.tsv"):
        former = pycountry.historic_countries.get(alpha_3=r["iso3"])
        assert former is not None, f"{r['iso3']} is no ISO 3166-3 code"
        assert former.alpha_2 == r["iso2"], (r["iso3"], former.alpha_2)
        assert r["iso3"] not in states, f"{r['iso3']} is a state of today as well"
        assert r["successor"] in states, r
        assert dt.date.fromisoformat(r["until"]) < dt.date(2007, 1, 1), r


def test_a_name_is_known_in_british_and_american_spelling(gaz) -> None:
    assert gaz.lookup("Organisation of American States").key == "org/oas"
    assert gaz.lookup("Organization of American States").key == "org/oas"
    forms = {f for f, kind, key in gaz.surface_forms() if key == "org/oas"}
    assert {"Organisation of American States", "Organization of American States"} <= forms


def test_a_metonym_stands_for_the_state_of_the_documents_date(gaz) -> None:
    assert gaz.in_era("state/RUS", "Moscow", dt.date(1973, 10, 12)) == "state/SUN"
    assert gaz.in_era("state/RUS", "the Kremlin", dt.date(1991, 12, 25)) == "state/SUN"
    assert gaz.in_era("state/RUS", "Moscow", dt.date(1991, 12, 26)) == "state/RUS"
    assert gaz.in_era("state/RUS", "Moscow", None) == "state/RUS"  # undated: today's state
    # undated, the states the text names tell its era: the Soviet Union and never Russia
    assert gaz.in_era("state/RUS", "Moscow", None, {"state/SUN"}) == "state/SUN"
    assert gaz.in_era("state/RUS", "Moscow", None, {"state/SUN", "state/RUS"}) == "state/RUS"
    assert gaz.in_era("state/SRB", "Belgrade", dt.date(1999, 5, 8)) == "state/YUG"
    assert gaz.in_era("state/SRB", "Belgrade", dt.date(2008, 2, 17)) == "state/SRB"
    assert gaz.lookup("USSR").key == "state/SUN"  # the name is that state's at any date
    assert gaz.lookup("West Germany").key == "state/DEU"  # the same state, reunited


def test_at_least_193_states_with_pycountry_codes() -> None:
    rows = _dicts("states.tsv")
    assert len(rows) >= 193 + 2, len(rows)
    mismatches, iso_known = [], 0
    for r in rows:
        country = pycountry.countries.get(alpha_3=r["iso3"])
        if country is None:
            continue
        iso_known += 1
        if country.alpha_2 != r["iso2"]:
            mismatches.append((r["iso3"], r["iso2"], country.alpha_2))
    assert not mismatches, f"iso2 differs from pycountry: {mismatches}"
    assert iso_known >= 193 + 2, iso_known
    unknown = sorted(r["iso3"] for r in rows if pycountry.countries.get(alpha_3=r["iso3"]) is None)
    assert unknown == ["XKX"], f"codes pycountry does not know: {unknown}"


@pytest.mark.parametrize(
    "iso3",
    [
        "AFG",
        "ARE",
        "BRA",
        "CHN",
        "COD",
        "COG",
        "CIV",
        "CZE",
        "ETH",
        "FSM",
        "GBR",
        "IND",
        "IRN",
        "ISR",
        "KIR",
        "KOR",
        "MMR",
        "NRU",
        "PRK",
        "PSE",
        "RUS",
        "SDN",
        "SSD",
        "SYR",
        "TUR",
        "TUV",
        "TWN",
        "UKR",
        "USA",
        "VAT",
        "VNM",
        "XKX",
        "YEM",
        "ZWE",
    ],
)
def test_state_present(gaz, iso3: str) -> None:
    assert f"state/{iso3}" in gaz.entries


def test_every_state_has_a_demonym_or_is_a_known_exception(gaz) -> None:
    # Korean-style demonyms are ambiguous ("Congolese" is the DRC's unless an article names only
    # Brazzaville, see graph.extract.entities); a few micro-states have no usual one.
    allowed_without = {"COG", "COD", "DMA", "VAT"}
    missing = sorted(
        k.split("/")[1] for k, e in gaz.entries.items() if e.cls == "State" and not e.demonyms
    )
    assert set(missing) <= allowed_without, missing


# --- unambiguity --------------------------------------------------------------------------


def test_no_surface_form_claimed_by_two_entries(gaz) -> None:
    claims: dict[str, set[str]] = defaultdict(set)
    for form, _kind, key in gaz.surface_forms():
        claims[normalize(form)].add(key)
    clashes = {f: sorted(keys) for f, keys in claims.items() if len(keys) > 1}
    assert not clashes, "ambiguous surface forms:\n" + "\n".join(
        f"  {f!r}: {keys}" for f, keys in sorted(clashes.items())
    )


def test_no_surface_form_is_a_common_lowercase_word(gaz) -> None:
    stop = {
        "us",
        "it",
        "is",
        "in",
        "on",
        "at",
        "as",
        "an",
        "a",
        "i",
        "or",
        "no",
        "may",
        "will",
        "can",
        "the",
        "and",
        "of",
        "to",
        "be",
        "he",
        "she",
        "we",
        "they",
        "new",
        "commission",
        "council",
        "court",
        "government",
        "army",
        "military",
        "state",
        "parliament",
        "president",
        "republic",
        "male",
        "pole",
        "poles",
        "chair",
        "gallant",
        "truss",
        "cleverly",
        "borne",
        "waltz",
        "salami",
        "victoria",
        "ministry",
    }
    # All-capital acronyms ("US", "U.S.") are matched case-sensitively, so they may fold to a word.
    bad = sorted(
        {
            f
            for f, _k, _key in gaz.surface_forms()
            if normalize(f) in stop and not all(c.isupper() for c in f if c.isalpha())
        }
    )
    assert not bad, bad


def test_towns_fold_quickly_as_every_name_folds(gaz) -> None:
    """The towns' index folds 100,000 names with ``fold_plain``, which must give what
    ``normalize`` gives the text's words, or a town would never be found."""
    names = {n for towns in gaz.towns.values() for t in towns for n in t.names}
    assert len(names) > 50_000
    assert [n for n in names if fold_plain(n) != normalize(n)] == []
    # and a town's key is built as any other entry's: the slug of its name, then its state
    towns = {t for found in gaz.towns.values() for t in found}
    assert [
        t.key for t in towns if t.key != f"{'region/' + slug(t.label)}-{t.state[6:].lower()}"
    ] == []


def test_a_town_is_found_by_its_other_names_in_its_state(gaz) -> None:
    assert gaz.town("Garissa").state == "state/KEN"
    assert gaz.town("Stalingrad").key == gaz.town("Volgograd").key
    assert gaz.town("Elisabethville").state == "state/COD"
    # a name that known entries have, or one word of many places' names, is no town
    assert gaz.town("Nairobi") is None and gaz.town("North") is None


def test_a_name_many_towns_share_is_settled_by_the_states_named(gaz) -> None:
    """Of towns of one name, the one in a state the text names; else the most populous only
    where no other has a third of its people ("Alexandria": Egypt's, or none)."""
    assert gaz.town("Alexandria") is None
    assert gaz.town("Alexandria", {"state/EGY"}).state == "state/EGY"
    assert gaz.town("Hyderabad").state == "state/IND"
    assert gaz.town("Hyderabad", {"state/PAK"}).state == "state/PAK"


def test_towns_are_no_patterns_of_the_rulers(gaz) -> None:
    """A town is placed only where the tagger saw a place: its names are not matched as they
    stand ("Split", "Nice" and "Bath" are words too)."""
    keys = {key for _form, _kind, key in gaz.surface_forms()}
    assert gaz.town("Split") is not None and gaz.town("Split").key not in keys


def test_short_forms_are_acronyms_or_proper_nouns(gaz) -> None:
    # Forms of three letters or fewer are matched case-sensitively: they must be capitalised.
    bad = sorted({f for f, _k, _key in gaz.surface_forms() if len(f) <= 3 and not f[:1].isupper()})
    assert not bad, bad


def test_pentagon_belongs_to_the_department_of_defense_not_the_state(gaz) -> None:
    usa = gaz.entries["state/USA"]
    assert not any("pentagon" in normalize(m) for m in usa.metonyms)
    assert gaz.lookup("the Pentagon").key == "agency/usa-dod"


# --- references ---------------------------------------------------------------------------


def test_references_resolve(gaz) -> None:
    keys = set(gaz.entries)
    states = {r["iso3"] for r in _dicts("states.tsv")}
    orgs = {r["key"] for r in _dicts("organizations.tsv")}
    agencies = {r["key"] for r in _dicts("agencies.tsv")}
    bad = []
    for r in _dicts("organizations.tsv"):
        if r["part_of"] and r["part_of"] not in orgs:
            bad.append(("org", r["key"], r["part_of"]))
        if r["type"] not in {"Organization", "ArmedGroup"}:
            bad.append(("org type", r["key"], r["type"]))
    for r in _dicts("agencies.tsv"):
        if r["state"] not in states:
            bad.append(("agency state", r["key"], r["state"]))
        if r["part_of"] and r["part_of"] not in agencies:
            bad.append(("agency part_of", r["key"], r["part_of"]))
    for r in _dicts("regions.tsv"):
        if r["state"] not in states:
            bad.append(("region", r["name"], r["state"]))
    for r in _dicts("leaders.tsv"):
        aff = r["affiliation"]
        target = f"state/{aff}" if re.fullmatch(r"[A-Z]{3}", aff) else aff
        if target not in keys:
            bad.append(("leader", r["name"], aff))
        if r["relation"] not in {"heads", "memberOf", "spokespersonFor"}:
            bad.append(("leader relation", r["name"], r["relation"]))
    assert not bad, bad


def test_agency_state_agrees_with_parent_agency(gaz) -> None:
    bad = []
    for r in _dicts("agencies.tsv"):
        reached = gaz.state_of(f"agency/{r['key']}")
        if reached is None or reached.key != f"state/{r['state']}":
            bad.append((r["key"], r["state"], reached and reached.key))
    assert not bad, bad


def test_state_of_reaches_a_state_for_every_agency_and_region(gaz) -> None:
    missing = [
        k
        for k, e in gaz.entries.items()
        if e.cls in {"Agency", "Region"} and gaz.state_of(k) is None
    ]
    assert not missing, missing


def test_leaders_reach_a_state_or_an_organisation(gaz) -> None:
    bad = []
    for k, e in gaz.entries.items():
        if e.cls != "Official":
            continue
        node, seen = e.parent, set()
        while node and node.startswith(("person/", "agency/", "region/")) and node not in seen:
            seen.add(node)
            node = gaz.entries[node].parent
        if not node or not node.startswith(("state/", "org/")):
            bad.append((k, e.parent))
    assert not bad, bad


def test_part_of_has_no_cycles(gaz) -> None:
    for key in gaz.entries:
        seen, node = [], key
        while node:
            assert node not in seen, f"cycle: {[*seen, node]}"
            seen.append(node)
            node = gaz.entries[node].parent if node in gaz.entries else None


def test_titles_and_units_vocabulary() -> None:
    for r in _dicts("titles.tsv"):
        assert r["relation"] in {"heads", "memberOf", "spokespersonFor"}, r
        assert r["target"] in {"state", "organization", "agency", "any"}, r
        assert r["title"] == r["title"].lower() or r["title"].isupper(), r
    for r in _dicts("units.tsv"):
        assert r["kind"] in {"unit", "personnel"}, r
        assert r["noun"] == r["noun"].lower(), r


def test_agency_kinds_keep_the_original_rows() -> None:
    names = [r["name"] for r in _dicts("agency_kinds.tsv")]
    for n in (
        "Ministry of Defence",
        "Ministry of Foreign Affairs",
        "Armed Forces",
        "Intelligence Service",
        "Government",
    ):
        assert n in names


# --- look-ups -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("Downing Street", "state/GBR"),
        ("Whitehall", "state/GBR"),
        ("Tehran", "state/IRN"),
        ("Teheran", "state/IRN"),
        ("Czechia", "state/CZE"),
        ("Türkiye", "state/TUR"),
        ("Turkiye", "state/TUR"),
        ("Côte d'Ivoire", "state/CIV"),
        ("Burma", "state/MMR"),
        ("DRC", "state/COD"),
        ("Congo-Kinshasa", "state/COD"),
        ("Congo-Brazzaville", "state/COG"),
        ("Holy See", "state/VAT"),
        ("the Vatican", "state/VAT"),
        ("Élysée", "state/FRA"),
        ("Elysee", "state/FRA"),
        ("Zhongnanhai", "state/CHN"),
        ("Beijing", "state/CHN"),
        ("Taipei", "state/TWN"),
        ("Pristina", "state/XKX"),
        ("Kiev", "state/UKR"),
        ("Washington", "state/USA"),
        ("UAE", "state/ARE"),
        ("Riyadh", "state/SAU"),
        ("Naypyidaw", "state/MMR"),
        ("Sanaa", "state/YEM"),
        ("Ansar Allah", "org/houthis"),
        ("Houthis", "org/houthis"),
        ("ISIL", "org/islamic-state"),
        ("Daesh", "org/islamic-state"),
        ("Hizbollah", "org/hezbollah"),
        ("Rapid Support Forces", "org/rsf"),
        ("PMC Wagner", "org/wagner"),
        ("UN Security Council", "org/unsc"),
        ("IAEA", "org/iaea"),
        ("European diplomacy", "org/eeas"),
        ("Red Cross", "org/icrc"),
        ("the Pentagon", "agency/usa-dod"),
        ("Foggy Bottom", "agency/usa-state"),
        ("Quai d'Orsay", "agency/fra-mfa"),
        ("MI6", "agency/gbr-sis"),
        ("Shin Bet", "agency/isr-shinbet"),
        ("IDF", "agency/isr-idf"),
        ("Revolutionary Guards", "agency/irn-irgc"),
        ("Ukrainian Armed Forces", "agency/ukr-afu"),
        ("ZSU", "agency/ukr-afu"),
        ("Korean People's Army", "agency/prk-kpa"),
        ("Erdogan", "person/recep-tayyip-erdogan"),
        ("Kallas", "person/kaja-kallas"),
        ("al-Jolani", "person/ahmed-al-sharaa"),
        ("Hemedti", "person/mohamed-hamdan-dagalo"),
        ("Odessa", "region/odesa-oblast"),
        ("Khan Yunis", "region/khan-younis"),
        ("El Fasher", "region/el-fasher"),
        ("Golan Heights", "region/golan-heights"),
    ],
)
def test_lookup(gaz, form: str, key: str) -> None:
    entry = gaz.lookup(form)
    assert entry is not None, f"{form!r} not found"
    assert entry.key == key, f"{form!r} -> {entry.key}, expected {key}"


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("Emirati", "state/ARE"),
        ("Emiratis", "state/ARE"),
        ("Briton", "state/GBR"),
        ("Britons", "state/GBR"),
        ("Israeli", "state/ISR"),
        ("Israelis", "state/ISR"),
        ("Nigerien", "state/NER"),
        ("Nigerian", "state/NGA"),
        ("South Sudanese", "state/SSD"),
        ("Sudanese", "state/SDN"),
        ("Filipino", "state/PHL"),
        ("Burkinabe", "state/BFA"),
        ("Taiwanese", "state/TWN"),
        ("Palestinians", "state/PSE"),
        ("Azeri", "state/AZE"),
    ],
)
def test_demonym(gaz, word: str, key: str) -> None:
    entry = gaz.demonym(word)
    assert entry is not None and entry.key == key, (word, entry and entry.key)


@pytest.mark.parametrize("word", ["Korean", "Koreans"])
def test_ambiguous_demonyms_are_left_out(gaz, word: str) -> None:
    assert gaz.demonym(word) is None


@pytest.mark.parametrize(
    ("form", "state", "cls"),
    [
        ("Quds Force", "state/IRN", "Agency"),
        ("GUR", "state/UKR", "Agency"),
        ("GRU", "state/RUS", "Agency"),
        ("Black Sea Fleet", "state/RUS", "Agency"),
        ("Unit 8200", "state/ISR", "Agency"),
        ("ISI", "state/PAK", "Agency"),
        ("Kharkiv", "state/UKR", "Region"),
        ("Crimea", "state/UKR", "Region"),
        ("Gaza", "state/PSE", "Region"),
        ("Kursk region", "state/RUS", "Region"),
        ("Nagorno-Karabakh", "state/AZE", "Region"),
        ("Hong Kong", "state/CHN", "Region"),
        ("Kashmir", None, None),
    ],
)
def test_state_of(gaz, form: str, state: str | None, cls: str | None) -> None:
    entry = gaz.lookup(form)
    if state is None:
        assert entry is None
        return
    assert entry is not None, form
    assert entry.cls == cls, (form, entry.cls)
    assert gaz.state_of(entry.key).key == state


@pytest.mark.parametrize(
    ("form", "parent"),
    [
        ("UN Security Council", "org/un"),
        ("Quds Force", "agency/irn-irgc"),
        ("GUR", "agency/ukr-mod"),
        ("Qassam Brigades", "org/hamas"),
    ],
)
def test_parent(gaz, form: str, parent: str) -> None:
    assert gaz.lookup(form).parent == parent


def test_sources_file_exists() -> None:
    text = (Path(HERE) / "SOURCES.md").read_text(encoding="utf-8")
    for name in COLUMNS:
        assert name in text, f"SOURCES.md does not describe {name}"


# --- Wikidata IDs ----------------------------------------------------------------------------

WIKIDATA_FILES = [
    "states.tsv",
    "former_states.tsv",
    "organizations.tsv",
    "companies.tsv",
    "agencies.tsv",
    "leaders.tsv",
    "regions.tsv",
]


def test_wikidata_ids_have_their_form_and_name_one_entry_each() -> None:
    """A Wikidata ID is Q and a number without leading zero, and no two rows share one (two
    rows with one ID would be one entity under two keys, or a copy-paste slip)."""
    owners: dict[str, list[str]] = defaultdict(list)
    bad = []
    for name in WIKIDATA_FILES:
        for line, row in enumerate(_dicts(name), start=2):
            qid = row["wikidata"]
            if not qid:
                continue
            if not re.fullmatch(r"Q[1-9][0-9]*", qid):
                bad.append(f"{name}:{line}: {qid!r}")
            owners[qid].append(f"{name}:{line}")
    assert bad == [], "malformed Wikidata IDs: " + ", ".join(bad)
    shared = {qid: rows for qid, rows in owners.items() if len(rows) > 1}
    assert shared == {}, f"Wikidata IDs given to more than one row: {shared}"


# --- knowledge with dates, companies, armed groups, weapons ----------------------------------


@pytest.mark.parametrize(
    "person, when, group",
    [
        ("person/mark-rutte", "2023-06-01", "state/NLD"),  # prime minister, not NATO yet
        ("person/mark-rutte", "2025-02-01", "org/nato"),
        ("person/mark-rutte", "2024-08-01", None),  # between the two posts
        ("person/mark-rutte", None, "org/nato"),  # undated: the current post
        ("person/mike-pompeo", "2019-05-01", "agency/usa-state"),
        ("person/mike-pompeo", "2017-06-01", "agency/usa-cia"),
        ("person/mike-pompeo", None, "agency/usa-state"),  # undated: the last post he held
        ("person/jens-stoltenberg", "2023-06-01", "org/nato"),
        ("person/donald-trump", "2019-01-01", "state/USA"),
        ("person/donald-trump", "2022-01-01", None),
        # office holders of 2000-2021 (the historical rows of leaders.tsv and terms.tsv)
        ("person/barack-obama", "2012-06-01", "state/USA"),
        ("person/barack-obama", "2019-06-01", None),
        ("person/dmitry-medvedev", "2010-06-01", "state/RUS"),
        ("person/angela-merkel", "2015-06-01", "state/DEU"),
    ],
)
def test_a_post_is_the_one_held_at_the_date(
    gaz, person: str, when: str | None, group: str | None
) -> None:
    import datetime as dt

    term = gaz.post_at(person, dt.date.fromisoformat(when) if when else None)
    assert (term.group if term else None) == group


def test_every_term_names_a_known_group(gaz) -> None:
    bad = [t for ts in gaz.terms.values() for t in ts if t.group not in gaz.entries]
    assert bad == []


@pytest.mark.parametrize(
    "name, state",
    [
        ("Baykar", "state/TUR"),
        ("Lockheed Martin", "state/USA"),
        ("PDVSA", "state/VEN"),
        ("Iran Air", "state/IRN"),
        ("Norinco", "state/CHN"),
        ("Gazprom", "state/RUS"),
    ],
)
def test_companies_have_their_home_state(gaz, name: str, state: str) -> None:
    entry = gaz.lookup(name)
    assert entry.cls == "Company" and entry.parent == state and entry.relation == "homeState"


def test_armed_groups_operate_in_a_state_without_belonging_to_it(gaz) -> None:
    houthis = gaz.lookup("Houthis")
    assert houthis.operates_in == ("state/YEM",) and houthis.parent is None
    assert all(s in gaz.entries for e in gaz.entries.values() for s in e.operates_in)


@pytest.mark.parametrize(
    "words, weapon",
    [
        ("IRIS-T systems", True),
        ("Leopard 2 tanks", True),
        ("Abrams", True),
        ("HIMARS", True),
        ("Shahed-136 drones", True),
        ("Bayraktar TB2", True),
        ("Patriot batteries", True),
        ("ATACMS", True),
        ("Iran", False),
        ("Lockheed Martin", False),
    ],
)
def test_weapon_families_are_known(gaz, words: str, weapon: bool) -> None:
    assert gaz.is_weapon(words) is weapon


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("Radoslaw Sikorski", "Radosław Sikorski"),
        ("Jonas Gahr Store", "Jonas Gahr Støre"),
        ("Marko Duric", "Marko Đurić"),
        ("Ibrahim Kalin", "\u0130brahim Kal\u0131n"),
    ],
)
def test_letters_without_a_decomposition_fold_like_accents(written: str, listed: str) -> None:
    """A name written without its letters that Unicode does not decompose (ł, ø, đ, the dotless
    i) is the same name, and its IRI segment keeps the base letter ("radoslaw", not "rados-aw")."""
    assert normalize(written) == normalize(listed)
    assert slug(listed) == slug(written)
    assert "-" not in slug(listed.split()[0])


def test_a_leader_by_family_name_is_the_one_in_office_at_the_date(gaz) -> None:
    assert gaz.leader_named("Eisenhower", None) == "person/dwight-d-eisenhower"
    assert gaz.leader_named("Bush", None) is None  # father and son
    assert gaz.leader_named("Bush", dt.date(2003, 3, 20)) == "person/george-w-bush"
    assert gaz.leader_named("Bush", dt.date(1990, 8, 2)) == "person/george-h-w-bush"
    assert gaz.leader_named("Fairweather", None) is None  # no leader of that name


def test_a_leader_by_family_name_shared_across_states_is_the_one_whose_state_is_named(gaz) -> None:
    """Lyndon B. Johnson and Boris Johnson head different states: the state the document names
    most chooses between them; naming both as often, or neither, chooses no one. Two leaders of
    one state stay apart ("Bush")."""
    assert gaz.leader_named("Johnson", None) is None
    usa = {"state/USA": 5, "state/VNM": 4, "state/GBR": 1}
    assert gaz.leader_named("Johnson", None, usa) == "person/lyndon-b-johnson"
    assert gaz.leader_named("Johnson", None, {"state/GBR": 2}) == "person/boris-johnson"
    assert gaz.leader_named("Johnson", None, {"state/GBR": 2, "state/USA": 2}) is None
    assert gaz.leader_named("Johnson", None, {"state/FRA": 3}) is None
    assert gaz.leader_named("Bush", None, {"state/USA": 3}) is None
