"""Resolve country names as sources write them (any language, any spelling) to ISO3."""

from __future__ import annotations

from sqlalchemy import Connection, text

from explorer.domain.names import normalise_name

__all__ = ["NameResolver", "normalise_name"]

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
