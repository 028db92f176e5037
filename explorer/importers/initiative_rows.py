"""Shared helpers of the initiative importers: collect an initiative with its child rows.

``ctx.insert`` does not hand back ids, so the collector numbers initiatives itself, starting
after the largest id already in the table; child rows then point at those ids and every table
is written in one batched insert per table.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select

from explorer.domain.vocab import MODALITIES, ROLES
from explorer.importers.context import BuildContext
from explorer.store.models import (
    Country,
    Initiative,
    InitiativeLink,
    InitiativeOutcome,
    InitiativeParticipant,
    InitiativeSector,
    InitiativeSource,
)

log = logging.getLogger(__name__)

_ISO3 = re.compile(r"[A-Z]{3}")
_URL = re.compile(r"https?://\S+")


def known_iso3(conn: Connection) -> set[str]:
    """Every ISO3 code of the country table."""
    return set(conn.execute(select(Country.iso3)).scalars())


def iso2_to_iso3(conn: Connection) -> dict[str, str]:
    """ISO2 -> ISO3 for the countries that have an ISO2 code."""
    rows = conn.execute(select(Country.iso2, Country.iso3).where(Country.iso2.is_not(None)))
    return {iso2: iso3 for iso2, iso3 in rows if iso2}


def split_codes(text: str) -> list[str]:
    """Country-code tokens of a loosely punctuated list: ``"VNM., IDN.JPN"`` -> VNM, IDN, JPN.

    Order is kept and repeats are dropped.
    """
    tokens = re.split(r"[^A-Za-z]+", text)
    seen: dict[str, None] = {}
    for token in tokens:
        if token:
            seen.setdefault(token.upper(), None)
    return list(seen)


def is_iso3_token(token: str) -> bool:
    """Whether ``token`` looks like an ISO3 code (three capital letters)."""
    return _ISO3.fullmatch(token) is not None


def clean_url(text: str) -> str | None:
    """``text`` if it is a single http(s) address of sensible length, else None."""
    url = text.strip()
    if not url or len(url) > 1000 or _URL.fullmatch(url) is None:
        return None
    return url


@dataclass
class InitiativeCollector:
    """Initiatives and their participants, sectors, outcomes, links and sources for one step.

    ``unknown`` counts source values that could not be used (e.g. unknown country codes), so
    the step can report them instead of failing.
    """

    dataset_id: int
    next_id: int
    initiatives: list[dict[str, Any]] = field(default_factory=list)
    participants: list[dict[str, Any]] = field(default_factory=list)
    sectors: list[dict[str, Any]] = field(default_factory=list)
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    unknown: Counter[str] = field(default_factory=Counter)
    _record_ids: set[str] = field(default_factory=set)
    _link_keys: set[tuple[int, str]] = field(default_factory=set)
    _who_keys: set[tuple[int, str, str | None, str | None]] = field(default_factory=set)

    @classmethod
    def start(cls, ctx: BuildContext, dataset_key: str) -> InitiativeCollector:
        """A collector numbering after the initiatives already loaded."""
        top = ctx.conn.execute(select(func.max(Initiative.id))).scalar_one_or_none()
        return cls(dataset_id=ctx.dataset_id(dataset_key), next_id=(top or 0) + 1)

    def initiative(self, source_record_id: str, title: str, **fields: Any) -> int:
        """Add an initiative; returns its id. ``source_record_id`` must be unique."""
        if source_record_id in self._record_ids:
            raise ValueError(f"duplicate source_record_id {source_record_id!r}")
        modality = fields.get("modality", "unspecified")
        if modality not in MODALITIES:
            raise ValueError(f"unknown modality {modality!r}")
        self._record_ids.add(source_record_id)
        new_id = self.next_id
        self.next_id += 1
        self.initiatives.append(
            {
                "id": new_id,
                "dataset_id": self.dataset_id,
                "source_record_id": source_record_id,
                "title": title.strip() or source_record_id,
                "summary": "",
                "description": "",
                "language": "en",
                "modality": "unspecified",
                "theme": "",
                "start_year": None,
                "end_year": None,
                "status": "",
                "flow_class": None,
                "flow_type": None,
                "intent": None,
                "recommended_for_research": None,
                "amount_usd": None,
                "amount_note": "",
                **fields,
            }
        )
        return new_id

    def participant(
        self,
        initiative_id: int,
        role: str,
        *,
        iso3: str | None = None,
        org_name: str | None = None,
        source_name: str = "",
    ) -> None:
        """Add a participant (a country, an organisation or both); repeats are dropped."""
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        org = (org_name or "").strip()[:300] or None
        if iso3 is None and org is None:
            return
        key = (initiative_id, role, iso3, org)
        if key in self._who_keys:
            return
        self._who_keys.add(key)
        self.participants.append(
            {
                "initiative_id": initiative_id,
                "role": role,
                "iso3": iso3,
                "org_name": org,
                "source_name": source_name.strip()[:300],
            }
        )

    def sector(self, initiative_id: int, scheme: str, name: str, code: str | None = None) -> None:
        """Add a sector or theme under ``scheme`` (dac, theme, sdg, abc)."""
        label = name.strip()
        if label or code:
            self.sectors.append(
                {"initiative_id": initiative_id, "scheme": scheme, "code": code,
                 "name": (label or code or "")[:200]}
            )

    def outcome(
        self, initiative_id: int, quantity: float, unit: str, description: str = "",
        year: int | None = None,
    ) -> None:
        """Add a structured result figure."""
        self.outcomes.append(
            {"initiative_id": initiative_id, "quantity": quantity, "unit": unit,
             "description": description, "year": year}
        )

    def link(self, initiative_id: int, url: str, label: str = "") -> bool:
        """Add a web address if it is a clean http(s) URL; returns whether it was kept."""
        clean = clean_url(url)
        if clean is None:
            return False
        if (initiative_id, clean) not in self._link_keys:
            self._link_keys.add((initiative_id, clean))
            self.links.append(
                {"initiative_id": initiative_id, "url": clean, "label": label.strip()[:300]}
            )
        return True

    def source(self, initiative_id: int, locator: str, citation: str = "") -> None:
        """Cite this step's dataset for an initiative, with where in it (row, id, section)."""
        self.sources.append(
            {"initiative_id": initiative_id, "dataset_id": self.dataset_id,
             "locator": locator[:300], "citation": citation}
        )

    def write(self, ctx: BuildContext, step: str) -> int:
        """Insert everything collected; returns the number of initiatives inserted."""
        count = ctx.insert(Initiative, self.initiatives)
        ctx.insert(InitiativeParticipant, self.participants)
        ctx.insert(InitiativeSector, self.sectors)
        ctx.insert(InitiativeOutcome, self.outcomes)
        ctx.insert(InitiativeLink, self.links)
        ctx.insert(InitiativeSource, self.sources)
        for what, n in sorted(self.unknown.items()):
            # Reported, not fatal: sources carry stray values we cannot place.
            ctx.counts[f"{step}.{what}"] = n
            log.warning("%s: %d %s", step, n, what.replace("_", " "))
        return count
