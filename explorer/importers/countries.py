"""Countries, their names in the six UN languages, and World Bank income classifications.

Sources: ``country-codes/country-codes.csv`` (ISO 3166, M49, UNTERM names, LDC/LLDC/SIDS),
``wb-classification/wb_class_fy2026_economies.csv`` (region, income group, lending category;
adds Kosovo XKX and the Channel Islands CHI, which ISO lacks) and
``wb-classification/wb_income_history_long.csv`` (FY89-FY25). Aggregate rows of the World
Bank file (no region) are not countries: the groups step loads them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import text

from explorer.domain.vocab import INCOME_CODES
from explorer.importers.context import BuildContext
from explorer.importers.errors import SourceError
from explorer.importers.readers import iter_csv, parse_bool, parse_int
from explorer.store.models import Country, CountryName, IncomeClassification

CODES_FILE = "country-codes/country-codes.csv"
WB_FILE = "wb-classification/wb_class_fy2026_economies.csv"
HISTORY_FILE = "wb-classification/wb_income_history_long.csv"

# (column, language, kind) of every name country-codes.csv carries.
NAME_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("CLDR display name", "en", "short"),
    ("UNTERM English Short", "en", "short"),
    ("UNTERM English Formal", "en", "formal"),
    ("official_name_en", "en", "official"),
    ("UNTERM French Short", "fr", "short"),
    ("UNTERM French Formal", "fr", "formal"),
    ("official_name_fr", "fr", "official"),
    ("UNTERM Spanish Short", "es", "short"),
    ("UNTERM Spanish Formal", "es", "formal"),
    ("official_name_es", "es", "official"),
    ("UNTERM Arabic Short", "ar", "short"),
    ("UNTERM Arabic Formal", "ar", "formal"),
    ("official_name_ar", "ar", "official"),
    ("UNTERM Chinese Short", "zh", "short"),
    ("UNTERM Chinese Formal", "zh", "formal"),
    ("official_name_cn", "zh", "official"),
    ("UNTERM Russian Short", "ru", "short"),
    ("UNTERM Russian Formal", "ru", "formal"),
    ("official_name_ru", "ru", "official"),
)
CODE_COLUMNS = ("ISO3166-1-Alpha-3", "ISO3166-1-Alpha-2", "M49", "Region Name")
WB_COLUMNS = ("economy", "code", "region", "income_group", "lending_category")
HISTORY_COLUMNS = ("iso3", "fiscal_year", "gni_data_year", "income_group")
ALIAS_COLUMNS = ("name", "iso3", "lang")


def _income_code(path: Path, name: str) -> str | None:
    if not name.strip():
        return None
    try:
        return INCOME_CODES[name.strip().casefold()]
    except KeyError:
        raise SourceError(path, f"unknown income group {name!r}") from None


def _display_name(row: dict[str, str], wb_name: str | None) -> str:
    """A short everyday English name: the World Bank's unless it is inverted ("Egypt, Arab
    Rep."), else CLDR's ("Egypt"), else UNTERM's."""
    if wb_name and "," not in wb_name and "(" not in wb_name:
        return wb_name.strip()
    for candidate in (row["CLDR display name"], row["UNTERM English Short"]):
        if candidate.strip():
            return candidate.strip()
    return row["official_name_en"].strip() or row["ISO3166-1-Alpha-3"]


EMPTY_COUNTRY: dict[str, Any] = {
    "iso2": None,
    "m49": None,
    "un_region": None,
    "un_subregion": None,
    "un_intermediate_region": None,
    "is_ldc": False,
    "is_lldc": False,
    "is_sids": False,
    "is_independent": None,
    "capital": None,
}


def _wb_economies(ctx: BuildContext) -> dict[str, dict[str, str]]:
    path = ctx.source(WB_FILE)
    economies = {}
    for row in iter_csv(path, WB_COLUMNS):
        if row["region"].strip():  # aggregates have no region
            economies[row["code"].strip()] = row
    if not economies:
        raise SourceError(path, "no economies found (every row lacks a region)")
    return economies


def load_countries(ctx: BuildContext) -> int:
    """Load countries and their names; returns the number of countries."""
    codes_path = ctx.source(CODES_FILE)
    wb = _wb_economies(ctx)
    codes_ds, wb_ds = ctx.dataset_id("country-codes"), ctx.dataset_id("wb-class-fy2026")
    countries: list[dict[str, Any]] = []
    names: dict[tuple[str, str, str, str], int] = {}
    rows = list(iter_csv(codes_path, CODE_COLUMNS + tuple(c for c, _, _ in NAME_COLUMNS)))
    for row in rows:
        iso3 = row["ISO3166-1-Alpha-3"].strip()
        if len(iso3) != 3:
            continue
        econ = wb.get(iso3)
        countries.append(
            {
                "iso3": iso3,
                "iso2": row["ISO3166-1-Alpha-2"].strip() or None,
                "m49": parse_int(row["M49"]),
                "name": _display_name(row, econ["economy"] if econ else None),
                "un_region": row["Region Name"].strip() or None,
                "un_subregion": row.get("Sub-region Name", "").strip() or None,
                "un_intermediate_region": row.get("Intermediate Region Name", "").strip()
                or None,
                "wb_region": econ["region"].strip() if econ else None,
                "income_group": _income_code(ctx.source(WB_FILE), econ["income_group"])
                if econ
                else None,
                "lending_category": (econ["lending_category"].strip() or None) if econ else None,
                "is_ldc": parse_bool(row.get("Least Developed Countries (LDC)", "")),
                "is_lldc": parse_bool(row.get("Land Locked Developing Countries (LLDC)", "")),
                "is_sids": parse_bool(row.get("Small Island Developing States (SIDS)", "")),
                "is_independent": row.get("is_independent", "").strip() == "Yes",
                "capital": row.get("Capital", "").strip() or None,
                "dataset_id": codes_ds,
            }
        )
        for column, lang, kind in NAME_COLUMNS:
            name = row[column].strip()
            if name:
                names.setdefault((iso3, lang, kind, name), codes_ds)
        if econ:
            names.setdefault((iso3, "en", "alias", econ["economy"].strip()), wb_ds)
    known = {c["iso3"] for c in countries}
    for code, econ in wb.items():
        if code in known:
            continue
        countries.append(
            EMPTY_COUNTRY
            | {
                "iso3": code,
                "name": econ["economy"].strip(),
                "wb_region": econ["region"].strip(),
                "income_group": _income_code(ctx.source(WB_FILE), econ["income_group"]),
                "lending_category": econ["lending_category"].strip() or None,
                "dataset_id": wb_ds,
            }
        )
        names.setdefault((code, "en", "short", econ["economy"].strip()), wb_ds)
        known.add(code)
    if len(countries) < 200:
        raise SourceError(codes_path, f"only {len(countries)} countries found; expected ~250")
    ctx.insert(Country, countries)
    alias_ds = ctx.dataset_id("curated-names")
    for iso3, lang, name in _aliases(ctx.curated, known):
        names.setdefault((iso3, lang, "alias", name), alias_ds)
    ctx.insert(
        CountryName,
        (
            {"iso3": iso3, "lang": lang, "kind": kind, "name": name, "dataset_id": ds}
            for (iso3, lang, kind, name), ds in names.items()
        ),
    )
    ctx.counts["country_names"] = len(names)
    ctx.reset_resolver()
    return len(countries)


def _aliases(curated: Path, known: set[str]) -> Iterator[tuple[str, str, str]]:
    """(iso3, lang, name) from every ``country_aliases*.csv``; rows without ISO3 are notes
    (regional headings) and are skipped; an unknown ISO3 is an error in our own file."""
    for path in sorted(curated.glob("country_aliases*.csv")):
        for row in iter_csv(path, ALIAS_COLUMNS):
            iso3 = row["iso3"].strip()
            if not iso3:
                continue
            if iso3 not in known:
                raise SourceError(path, f"alias {row['name']!r} points to unknown ISO3 {iso3}")
            yield iso3, (row["lang"].strip() or "en"), row["name"].strip()


def load_income_history(ctx: BuildContext) -> int:
    """World Bank income groups FY89-FY25 from OGHIST plus FY2026 from the current list."""
    path = ctx.source(HISTORY_FILE)
    known = {r[0] for r in ctx.conn.execute(text("SELECT iso3 FROM country"))}
    hist_ds, wb_ds = ctx.dataset_id("wb-class-history"), ctx.dataset_id("wb-class-fy2026")
    rows: dict[tuple[str, int], dict[str, Any]] = {}
    skipped: set[str] = set()
    for row in iter_csv(path, HISTORY_COLUMNS):
        iso3 = row["iso3"].strip()
        if iso3 not in known:
            skipped.add(iso3)  # former economies (YUG, CSK, SUN, ANT) are not countries here
            continue
        fy_text = row["fiscal_year"].strip().upper()
        gni_year = parse_int(row["gni_data_year"])
        if not fy_text.startswith("FY") or gni_year is None:
            raise SourceError(path, f"bad fiscal year {fy_text!r} for {iso3}")
        two = parse_int(fy_text[2:])
        if two is None:
            raise SourceError(path, f"bad fiscal year {fy_text!r} for {iso3}")
        fiscal_year = two + (1900 if two >= 50 else 2000) if two < 100 else two
        group = row["income_group"].strip().rstrip("*") or None
        if group == "..":
            group = None
        if group is not None and group not in {"L", "LM", "UM", "H"}:
            raise SourceError(path, f"unknown income group {group!r} for {iso3} {fy_text}")
        rows[(iso3, fiscal_year)] = {
            "iso3": iso3,
            "fiscal_year": fiscal_year,
            "gni_year": gni_year,
            "income_group": group,
            "dataset_id": hist_ds,
        }
    wb_codes = set(_wb_economies(ctx))
    for iso3, group in ctx.conn.execute(text("SELECT iso3, income_group FROM country")):
        if iso3 in wb_codes:
            rows[(iso3, 2026)] = {
                "iso3": iso3,
                "fiscal_year": 2026,
                "gni_year": 2024,
                "income_group": group,
                "dataset_id": wb_ds,
            }
    ctx.counts["income_history_skipped_codes"] = len(skipped)
    return ctx.insert(IncomeClassification, rows.values())
