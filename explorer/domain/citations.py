"""Citations a user can hand on: APA, Chicago, BibTeX and RIS for what the app shows.

Qt-free and database-free: a :class:`Citable` says what is cited (an initiative record of a
dataset, a dataset, a chart, a collection) and the formatters turn it into text. A citation
names the work, its author or publisher, its year, where it is found and when it was
accessed; it never carries a licence sentence (the licence is shown beside it, not in it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

FORMATS = ("apa", "chicago", "bibtex", "ris")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip

# What each kind of target is in RIS (Zotero maps DATA to Dataset, FIGURE to Figure).
_RIS_TYPES = {"initiative": "DATA", "dataset": "DATA", "chart": "FIGURE", "collection": "GEN"}


@dataclass(frozen=True, slots=True)
class Citable:
    """What a citation is of.

    ``author`` is the person or organisation responsible (an initiative record's is its
    dataset's publisher); ``container`` the dataset an initiative record sits in; ``year``
    the year of the cited version, None when the source states none ("n.d.").
    """

    kind: str
    key: str
    title: str
    author: str
    year: int | None
    accessed: date
    url: str = ""
    container: str = ""
    publisher: str = ""
    version: str = ""


def year_of(version: str) -> int | None:
    """The year a version text dates its release to, else None (cited as "n.d.").

    The last ISO date wins (``"... commit 4ebec5a (2026-07-01)"`` gives 2026), then a year
    in parentheses (``"1.0 (2017)"``), then a year standing alone (``"Briefs, 2007"``). Years
    inside names are not dates: ``"Brazil_2005-2011_raw_data.xlsx"`` and ``"CLASS_FY2026"``
    give nothing.
    """
    dates = re.findall(r"(?<![0-9])((?:19|20)\d\d)-\d\d-\d\d(?![0-9])", version)
    if dates:
        return int(dates[-1])
    bracketed = re.search(r"\(((?:19|20)\d\d)\)", version)
    if bracketed:
        return int(bracketed.group(1))
    alone = re.search(r"(?<![0-9A-Za-z_./-])((?:19|20)\d\d)(?![0-9A-Za-z_./-])", version)
    return int(alone.group(1)) if alone else None


def format_citation(item: Citable, fmt: str) -> str:
    """``item`` as a citation in ``fmt`` (one of :data:`FORMATS`); ValueError otherwise."""
    if fmt == "apa":
        return apa(item)
    if fmt == "chicago":
        return chicago(item)
    if fmt == "bibtex":
        return bibtex(item)
    if fmt == "ris":
        return ris(item)
    raise ValueError(f"unknown citation format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _long_date(day: date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _sentence(text: str) -> str:
    """``text`` ending with exactly one full stop (or its own ``?``/``!``)."""
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else f"{text}."


def apa(item: Citable) -> str:
    """APA 7: ``Author. (Year). Title [Data set]. In Container. Publisher. Retrieved ...``."""
    year = str(item.year) if item.year else "n.d."
    parts = [_sentence(item.author) if item.author else "", f"({year}).", ""]
    title = item.title.strip()
    if item.version and item.kind == "dataset":
        title = f"{title} ({item.version})"
    label = {"dataset": " [Data set]", "initiative": " [Data record]", "chart": " [Chart]"}
    parts[2] = _sentence(title + label.get(item.kind, ""))
    if item.container:
        parts.append(_sentence(f"In {item.container}"))
    if item.publisher and item.publisher != item.author:
        parts.append(_sentence(item.publisher))
    if item.url:
        parts.append(f"Retrieved {_long_date(item.accessed)}, from {item.url}")
    return " ".join(p for p in parts if p)


def chicago(item: Citable) -> str:
    """Chicago (notes and bibliography), bibliography entry."""
    parts = []
    if item.author:
        parts.append(_sentence(item.author))
    parts.append(f"\u201c{_sentence(item.title)}\u201d")
    if item.container:
        parts.append(_sentence(item.container))
    tail = ", ".join(
        p for p in (item.publisher if item.publisher != item.author else "",
                    str(item.year) if item.year else "n.d.") if p
    )  # fmt: skip
    parts.append(_sentence(tail))
    parts.append(f"Accessed {_long_date(item.accessed)}.")
    if item.url:
        parts.append(_sentence(item.url))
    return " ".join(parts)


_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
    "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}  # fmt: skip


def _bib_escape(text: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(ch, ch) for ch in " ".join(text.split()))


def bibtex_key(key: str) -> str:
    """A BibTeX entry key from a stable key: letters, digits and ``-_:.`` only."""
    cleaned = re.sub(r"[^A-Za-z0-9_:.-]+", "-", key).strip("-")
    return cleaned or "item"


def bibtex(item: Citable) -> str:
    """A ``@misc`` entry (biblatex reads ``urldate``; the author is braced so an
    organisation's name is not split into first and last names)."""
    fields = [("title", "{" + _bib_escape(item.title) + "}")]
    if item.author:
        fields.append(("author", "{" + _bib_escape(item.author) + "}"))
    if item.year:
        fields.append(("year", str(item.year)))
    if item.container:
        fields.append(("howpublished", _bib_escape(item.container)))
    if item.publisher:
        fields.append(("publisher", _bib_escape(item.publisher)))
    if item.version:
        fields.append(("version", _bib_escape(item.version)))
    if item.url:
        fields.append(("url", item.url.replace("%", r"\%").replace("#", r"\#")))
    fields.append(("urldate", item.accessed.isoformat()))
    fields.append(("note", _bib_escape(f"Exchange Explorer key {item.key}")))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{{bibtex_key(item.key)},\n{body}\n}}\n"


def ris(item: Citable) -> str:
    """An RIS record (``TY  -`` ... ``ER  -``), as Zotero, EndNote and Mendeley import it."""

    def line(tag: str, value: str) -> str:
        return f"{tag}  - {' '.join(value.split())}"

    lines = [line("TY", _RIS_TYPES.get(item.kind, "GEN")), line("TI", item.title)]
    if item.author:
        lines.append(line("AU", item.author))
    if item.year:
        lines.append(line("PY", str(item.year)))
    if item.container:
        lines.append(line("T2", item.container))
    if item.publisher:
        lines.append(line("PB", item.publisher))
    if item.version:
        lines.append(line("ET", item.version))
    if item.url:
        lines.append(line("UR", item.url))
    lines.append(line("Y2", item.accessed.strftime("%Y/%m/%d")))
    lines.append(line("N1", f"Exchange Explorer key {item.key}"))
    lines.append("ER  - ")
    return "\n".join(lines) + "\n"
