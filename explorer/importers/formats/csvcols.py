"""Columns read by header name, with the aliases people use (any order, any case/accents)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from explorer.importers.formats.textio import normalise_header


def locate(header: Sequence[str], aliases: Mapping[str, Sequence[str]],
           mapping: Mapping[str, str] | None = None) -> dict[str, int]:
    """Our field -> column index, from ``mapping`` (field -> header text; an empty text:
    that field has no column) first, then the first alias found; fields with no column are
    left out."""
    folded = [normalise_header(h) for h in header]
    found: dict[str, int] = {}
    unmapped = {f for f, h in (mapping or {}).items() if not h}
    for field_name, header_text in (mapping or {}).items():
        key = normalise_header(header_text)
        if header_text and key in folded:
            found[field_name] = folded.index(key)
    for field_name, names in aliases.items():
        if field_name in found or field_name in unmapped:
            continue
        for name in names:
            key = normalise_header(name)
            if key in folded and folded.index(key) not in found.values():
                found[field_name] = folded.index(key)
                break
    return found


def cell(row: Sequence[str], columns: Mapping[str, int], field_name: str) -> str:
    index = columns.get(field_name)
    if index is None or index >= len(row):
        return ""
    value = row[index]
    return value.strip() if isinstance(value, str) else str(value)


def number(text: str) -> float | None:
    """A cell's number ("1,234.5", "1 234,5", ".." and "NA" are None), else None."""
    if not text:
        return None
    if "," not in text and text[-1].isdigit():  # the plain case: "12.5", "-3", "1e6"
        try:
            return float(text)
        except ValueError:
            pass
    return _number(text)


def _number(text: str) -> float | None:
    value = text.strip().replace("\u00a0", "").replace(" ", "")
    if not value or value in {"..", "-", "NA", "n/a", "nan", "NaN"}:
        return None
    if value.count(",") and not value.count("."):
        value = value.replace(",", "") if value.count(",") > 1 or len(value.split(",")[1]) == 3 \
            else value.replace(",", ".")
    else:
        value = value.replace(",", "")
    try:
        return float(value)
    except ValueError:
        return None
