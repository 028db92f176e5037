"""IATI codelists (``iati-codelists/xml/*.xml`` of the sources): code -> English name."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from explorer.importers.formats.safexml import XML_LANG, parser

NAMES = ("Sector", "SectorCategory", "ActivityStatus", "TransactionType", "Region",
         "CollaborationType", "BudgetType")  # fmt: skip


def default_folder() -> Path | None:
    """The sources' codelists folder, when the sources are present."""
    from explorer.paths import default_sources_dir

    folder = default_sources_dir() / "iati-codelists" / "xml"
    return folder if folder.is_dir() else None


@lru_cache(maxsize=32)
def load(folder: Path, name: str) -> dict[str, str]:
    """Code -> English name of one codelist ({} when the file is missing)."""
    from lxml import etree  # type: ignore[import-untyped]

    path = folder / f"{name}.xml"
    if not path.is_file():
        return {}
    tree = etree.parse(str(path), parser())
    out: dict[str, str] = {}
    for item in tree.iter("codelist-item"):
        code = (item.findtext("code") or "").strip()
        label = ""
        for narrative in item.iterfind("name/narrative"):
            if narrative.get(XML_LANG) in (None, "en"):
                label = (narrative.text or "").strip()
                break
        if code:
            out[code] = label or code
    return out
