"""The brief's cases, headline figures, milestones and named providers, from ``brief.toml``.

``db/curated/brief.toml`` is our own curation of Tejasvi (2007); a mistake in it is our bug,
so every malformed entry raises ``SourceError`` naming the file and the entry.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from explorer.importers.context import BuildContext
from explorer.importers.errors import SourceError
from explorer.importers.initiative_rows import InitiativeCollector, known_iso3
from explorer.importers.readers import load_toml
from explorer.store.models import CountryGroup, Dataset, Headline, Membership, Milestone

FILE = "brief.toml"
DATASET = "brief"
RECORD_PREFIX = "brief:"


def _need(path: Path, entry: dict[str, Any], key: str, where: str) -> Any:
    try:
        return entry[key]
    except KeyError:
        raise SourceError(path, f"{where} lacks {key!r}") from None


def _country(path: Path, iso3: str | None, countries: set[str], where: str) -> str | None:
    if iso3 is not None and iso3 not in countries:
        raise SourceError(path, f"{where}: unknown ISO3 {iso3!r}")
    return iso3


def load_brief(ctx: BuildContext) -> int:
    """Load the brief; returns the number of initiatives (headlines etc. go to ``counts``)."""
    path = ctx.curated / FILE
    data = load_toml(path)
    countries = known_iso3(ctx.conn)
    ds = ctx.dataset_id(DATASET)
    citation = ctx.conn.execute(
        select(Dataset.citation).where(Dataset.key == DATASET)
    ).scalar_one()
    out = InitiativeCollector.start(ctx, DATASET)
    for entry in data.get("initiative", []):
        _initiative(path, out, entry, countries, citation)
    count = out.write(ctx, "brief")
    ctx.counts["brief.headlines"] = ctx.insert(Headline, _headlines(path, data, ds))
    groups = set(ctx.conn.execute(select(CountryGroup.code)).scalars())
    ctx.counts["brief.milestones"] = ctx.insert(Milestone, _milestones(path, data, ds, groups))
    ctx.counts["brief.providers"] = _provider_group(ctx, path, data, ds, countries)
    return count


def _initiative(
    path: Path, out: InitiativeCollector, entry: dict[str, Any], countries: set[str],
    citation: str,
) -> None:
    key = str(_need(path, entry, "id", "an [[initiative]]"))
    where = f"initiative {key!r}"
    try:
        init = out.initiative(
            RECORD_PREFIX + key,
            str(_need(path, entry, "title", where)),
            summary=str(_need(path, entry, "summary", where)),
            modality=str(entry.get("modality", "unspecified")),
            theme=", ".join(entry.get("themes", [])),
            start_year=entry.get("start_year"),
            end_year=entry.get("end_year"),
        )
    except ValueError as exc:
        raise SourceError(path, f"{where}: {exc}") from None
    section = str(_need(path, entry, "section", where))
    cited = str(entry.get("cited", ""))
    note = f"{citation} Section: {section}."
    out.source(init, section, f"{note} The brief cites {cited}." if cited else note)
    for who in _need(path, entry, "participants", where):
        try:
            out.participant(
                init,
                str(_need(path, who, "role", f"{where} participant")),
                iso3=_country(path, who.get("iso3"), countries, where),
                org_name=who.get("org"),
                source_name=str(who.get("source_name", "")),
            )
        except ValueError as exc:
            raise SourceError(path, f"{where}: {exc}") from None
    for theme in entry.get("themes", []):
        out.sector(init, "theme", str(theme))
    for result in entry.get("outcomes", []):
        out.outcome(
            init,
            float(_need(path, result, "quantity", f"{where} outcome")),
            str(_need(path, result, "unit", f"{where} outcome")),
            str(result.get("description", "")),
            result.get("year"),
        )
    for url in entry.get("links", []):
        if not out.link(init, str(url)):
            raise SourceError(path, f"{where}: not an http(s) address: {url!r}")


def _headlines(path: Path, data: dict[str, Any], ds: int) -> list[dict[str, Any]]:
    rows = []
    for ordinal, entry in enumerate(data.get("headline", []), start=1):
        key = str(_need(path, entry, "key", "a [[headline]]"))
        value = entry.get("value")
        rows.append(
            {
                "key": key,
                "ordinal": ordinal,
                "statement": str(_need(path, entry, "statement", f"headline {key!r}")),
                "value": float(value) if value is not None else None,
                "unit": str(entry.get("unit", "")),
                "year": entry.get("year"),
                "measure": str(entry.get("measure", "")),
                "cited_source": str(entry.get("cited", "")),
                "dataset_id": ds,
            }
        )
    return rows


def _milestones(
    path: Path, data: dict[str, Any], ds: int, groups: set[str]
) -> list[dict[str, Any]]:
    rows = []
    for entry in data.get("milestone", []):
        year = int(_need(path, entry, "year", "a [[milestone]]"))
        group = entry.get("group")
        rows.append(
            {
                "year": year,
                "event": str(_need(path, entry, "event", f"milestone {year}")),
                # Linked only when the groups step defined the code (G77, ASEAN).
                "group_code": group if group in groups else None,
                "dataset_id": ds,
            }
        )
    return rows


def _provider_group(
    ctx: BuildContext, path: Path, data: dict[str, Any], ds: int, countries: set[str]
) -> int:
    """The curated group of technical-cooperation providers the brief names."""
    group = data.get("group")
    if group is None:
        return 0
    code = str(_need(path, group, "code", "[group]"))
    ctx.insert(
        CountryGroup,
        [
            {
                "code": code,
                "name": str(_need(path, group, "name", "[group]")),
                "kind": "curated",
                "description": str(group.get("description", "")),
                "url": "",
                "dataset_id": ds,
            }
        ],
    )
    members = [
        {
            "group_code": code,
            "iso3": _country(path, str(m["iso3"]), countries, f"group {code}"),
            "year_joined": None,
            "note": str(m.get("note", "")),
            "dataset_id": ds,
        }
        for m in _need(path, group, "members", "[group]")
    ]
    return ctx.insert(Membership, members)
