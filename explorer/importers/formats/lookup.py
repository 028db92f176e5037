"""Country codes and names of the target database, read once before a file is parsed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from explorer.domain.names import normalise_name


@dataclass
class DbLookup:
    """ISO2/ISO3 codes, World Bank aggregate codes and every stored country name."""

    iso3s: set[str] = field(default_factory=set)
    iso2s: dict[str, str] = field(default_factory=dict)
    groups: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_connection(cls, conn: Any) -> DbLookup:
        from sqlalchemy import text

        out = cls()
        for iso3, iso2 in conn.execute(text("SELECT iso3, iso2 FROM country")):
            out.iso3s.add(iso3)
            if iso2:
                out.iso2s[iso2.upper()] = iso3
        for iso3, name in conn.execute(text("SELECT iso3, name FROM country_name")):
            out.names.setdefault(normalise_name(name), iso3)
        for iso3, name in conn.execute(text("SELECT iso3, name FROM country")):
            out.names[normalise_name(name)] = iso3
        out.groups = {c for (c,) in conn.execute(text("SELECT code FROM country_group"))}
        return out

    def iso3(self, code: str) -> str | None:
        """The ISO3 code for an ISO2 or ISO3 code (any case), or None."""
        value = code.strip().upper()
        if len(value) == 3 and value in self.iso3s:
            return value
        if len(value) == 2:
            return self.iso2s.get(value)
        return None

    def by_name(self, name: str) -> str | None:
        """The ISO3 code of a country name in any stored language or spelling, or None."""
        return self.names.get(normalise_name(name)) if name.strip() else None

    def is_group(self, code: str) -> bool:
        return code.strip().upper() in self.groups
