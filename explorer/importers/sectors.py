"""The DAC/CRS sector scheme read from IATI's codelists (issue 13).

``Sector.xml`` holds the 5-digit purpose codes (with their 3-digit ``category``) and
``SectorCategory.xml`` the 3-digit sectors, each with English and French names (see
``/work/shared/data/SOURCES.md``, "iati-codelists/"). Parsed with entity resolution and
network access off.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


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
