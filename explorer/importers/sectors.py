"""The DAC/CRS sector scheme read from IATI's codelists (issue 13).

``Sector.xml`` holds the 5-digit purpose codes (with their 3-digit ``category``) and
``SectorCategory.xml`` the 3-digit sectors, each with English and French names (see
``/work/shared/data/SOURCES.md``, "iati-codelists/"). Parsed with entity resolution and
network access off.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class DacCode:
    code: str  # 3 digits (sector) or 5 digits (purpose)
    names: dict[str, str] = field(hash=False, compare=False)  # language -> name
    parent: str | None = None  # the 3-digit sector of a purpose code
    withdrawn: bool = False


class CodelistError(ValueError):
    """A codelist file that is not what it should be; the message names the file."""


def read_codelist(path: Path) -> list[DacCode]:
    from lxml import etree  # type: ignore[import-untyped]

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.parse(str(path), parser).getroot()
    except (OSError, etree.XMLSyntaxError) as exc:
        raise CodelistError(f"{path.name}: not a readable codelist ({exc})") from exc
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    codes: list[DacCode] = []
    for item in root.iter("codelist-item"):
        code = (item.findtext("code") or "").strip()
        if not code.isdigit():
            raise CodelistError(f"{path.name}: item without a numeric code")
        names: dict[str, str] = {}
        for narrative in item.findall("name/narrative"):
            text = (narrative.text or "").strip()
            if text:
                names.setdefault(narrative.get(xml_lang, "en"), text)
        parent = (item.findtext("category") or "").strip() or None
        codes.append(DacCode(code, names, parent, item.get("status") == "withdrawn"))
    return codes


def read_scheme(codelists: Path) -> dict[str, DacCode]:
    """Every DAC sector and purpose code by code, from a folder holding the two codelists."""
    scheme: dict[str, DacCode] = {}
    for name in ("SectorCategory.xml", "Sector.xml"):
        for entry in read_codelist(codelists / name):
            scheme[entry.code] = entry
    return scheme


# --- build step -----------------------------------------------------------------------------

CODELISTS = "iati-codelists/xml"
CROSSWALK_FILE = "sectors/crosswalk.csv"
CROSSWALK_COLUMNS = ("source", "label", "code", "note")
# The source schemes whose labels the crosswalk maps.
LABEL_SCHEMES = ("abc", "theme")


@dataclass(frozen=True, slots=True)
class CrosswalkEntry:
    source: str  # dataset key
    label: str
    code: str | None  # None: deliberately unmapped
    note: str


def read_crosswalk(path: Path, scheme: dict[str, DacCode]) -> dict[tuple[str, str], CrosswalkEntry]:
    """The curated crosswalk by (dataset key, label); every code must be an active DAC code."""
    from explorer.importers.errors import SourceError
    from explorer.importers.readers import iter_csv

    entries: dict[tuple[str, str], CrosswalkEntry] = {}
    for row in iter_csv(path, CROSSWALK_COLUMNS, skip_comment_lines=True):
        source, label = row["source"].strip(), " ".join(row["label"].split())
        code = row["code"].strip() or None
        if code is not None and (code not in scheme or scheme[code].withdrawn):
            raise SourceError(path, f"{label!r} maps to {code}, not an active DAC code")
        if (source, label) in entries:
            raise SourceError(path, f"{source} label {label!r} is listed twice")
        entries[(source, label)] = CrosswalkEntry(source, label, code, row["note"].strip())
    return entries


def english_name(scheme: dict[str, DacCode], code: str) -> str:
    entry = scheme.get(code)
    if entry is None:
        return code
    return entry.names.get("en") or next(iter(entry.names.values()), code)


def load_dac(ctx: Any) -> int:
    """Build step: the DAC scheme, then at least one DAC sector per initiative where possible.

    Order of evidence: the source's own DAC code (kept, marked ``source``), the crosswalk of
    the source's label (``crosswalk``), else the keyword rules (``inferred``). Returns the
    number of DAC sector rows added.
    """
    from sqlalchemy import text

    from explorer.domain.sectors import Inferrer, load_rules
    from explorer.store.models import DacName, DacPurpose, DacSector, InitiativeSector

    scheme = read_scheme(ctx.source(CODELISTS))
    ds = ctx.dataset_id("iati-codelists")
    sectors = {c.code for c in scheme.values() if len(c.code) == 3}
    ctx.insert(
        DacSector,
        [
            {"code": c.code, "withdrawn": c.withdrawn, "dataset_id": ds}
            for c in scheme.values()
            if len(c.code) == 3
        ],
    )
    ctx.insert(
        DacPurpose,
        [
            {"code": c.code, "sector": c.parent, "withdrawn": c.withdrawn, "dataset_id": ds}
            for c in scheme.values()
            if len(c.code) == 5 and c.parent in sectors
        ],
    )
    ctx.insert(
        DacName,
        [
            {"code": c.code, "lang": lang, "name": name}
            for c in scheme.values()
            for lang, name in c.names.items()
        ],
    )
    conn = ctx.conn
    conn.execute(
        text(
            "UPDATE initiative_sector SET origin = 'source' WHERE scheme = 'dac' AND origin IS NULL"
        )
    )
    crosswalk = read_crosswalk(ctx.curated / CROSSWALK_FILE, scheme)
    rows: list[dict[str, Any]] = []
    have: set[tuple[int, str]] = set(
        (int(i), str(c))
        for i, c in conn.execute(
            text("SELECT initiative_id, code FROM initiative_sector WHERE scheme = 'dac'")
        )
    )
    labelled = conn.execute(
        text(
            "SELECT s.initiative_id, d.key, s.name FROM initiative_sector s "
            "JOIN initiative i ON i.id = s.initiative_id JOIN dataset d ON d.id = i.dataset_id "
            "WHERE s.scheme IN ('abc', 'theme') ORDER BY s.id"
        )
    )
    for initiative_id, key, label in labelled:
        entry = crosswalk.get((key, " ".join(label.split())))
        if entry is None or entry.code is None or (initiative_id, entry.code) in have:
            continue
        have.add((initiative_id, entry.code))
        rows.append(
            _row(
                initiative_id,
                entry.code,
                english_name(scheme, entry.code),
                "crosswalk",
                entry.label,
                None,
            )
        )
    ctx.insert(InitiativeSector, rows)
    added = len(rows)
    inferrer = Inferrer(load_rules(ctx.curated / "sectors" / "inference_rules.csv"))
    rows = []
    bare = conn.execute(
        text(
            "SELECT i.id, i.title, i.description FROM initiative i WHERE NOT EXISTS "
            "(SELECT 1 FROM initiative_sector s WHERE s.initiative_id = i.id AND s.scheme = 'dac')"
        )
    )
    for initiative_id, title, description in bare:
        for found in inferrer.infer(title, description):
            rows.append(
                _row(
                    initiative_id,
                    found.purpose,
                    english_name(scheme, found.purpose),
                    "inferred",
                    found.rule.keyword,
                    found.field,
                )
            )
    ctx.insert(InitiativeSector, rows)
    return added + len(rows)


def _row(
    initiative_id: int, code: str, name: str, origin: str, rule: str, field_: str | None
) -> dict[str, Any]:
    return {
        "initiative_id": initiative_id,
        "scheme": "dac",
        "code": code,
        "name": name[:200],
        "origin": origin,
        "rule": rule[:200],
        "rule_field": field_,
    }


def coverage(conn: Any) -> dict[str, tuple[int, int]]:
    """Per dataset key: (initiatives, initiatives with at least one DAC sector)."""
    from sqlalchemy import text

    from explorer.store.check import COVERAGE_SQL

    return {str(k): (int(n), int(m or 0)) for k, n, m in conn.execute(text(COVERAGE_SQL))}
