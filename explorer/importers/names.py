"""Resolve country names as sources write them (any language, any spelling) to ISO3."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import Connection, text

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"\s+")
_LEADING = re.compile(r"^(the|la|le|les|el|los|las|l)\s+")


def normalise_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "São Tomé & Príncipe" -> "sao tome
    principe"."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    lowered = stripped.casefold().replace("&", " and ")
    cleaned = _SPACE.sub(" ", _PUNCT.sub(" ", lowered)).strip()
    cleaned = _LEADING.sub("", cleaned)
    return cleaned.replace(" and ", " ")


class NameResolver:
    """Maps normalised names to ISO3 codes; ``resolve`` returns None for unknown names."""

    def __init__(self, names: dict[str, str]) -> None:
        self._names = names

    @classmethod
    def from_connection(cls, conn: Connection) -> NameResolver:
        """Every name in ``country`` and ``country_name`` (all languages, aliases too)."""
        names: dict[str, str] = {}
        for iso3, name in conn.execute(text("SELECT iso3, name FROM country_name")):
            names.setdefault(normalise_name(name), iso3)
        for iso3, name in conn.execute(text("SELECT iso3, name FROM country")):
            names[normalise_name(name)] = iso3
        for (iso3,) in conn.execute(text("SELECT iso3 FROM country")):
            names.setdefault(iso3.casefold(), iso3)
        return cls(names)

    def resolve(self, name: str) -> str | None:
        """The ISO3 code of ``name``, or None."""
        return self._names.get(normalise_name(name))

    def __len__(self) -> int:
        return len(self._names)
