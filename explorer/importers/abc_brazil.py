"""Brazilian Cooperation Agency (ABC) actions 2005-2011 (1,354 rows, Portuguese) -> initiatives.

The export files actions under Portuguese country headings. ``db/curated/country_aliases_pt.csv``
maps each heading to ISO3; headings with no ISO3 there ("Regionais") are regional, and the
heading "Brasil" groups actions held in Brazil for visitors the row does not name: both kinds
get Brazil as provider and no recipient country.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from explorer.importers.context import BuildContext
from explorer.importers.errors import SourceError
from explorer.importers.initiative_rows import InitiativeCollector, known_iso3
from explorer.importers.modality import guess_modality
from explorer.importers.names import normalise_name
from explorer.importers.readers import iter_csv, parse_int

ACTIONS_FILE = "aiddata-southern-donors/brazil_abc_actions_2005_2011.csv"
SECTORS_FILE = "aiddata-southern-donors/brazil_abc_executing_2011_sector_country.csv"
ALIASES_FILE = "country_aliases_pt.csv"
DATASET = "abc-brazil"
PROVIDER = "BRA"

ACTION_COLUMNS = (
    "recipient_country_pt", "action_code", "status_pt", "title_pt", "objective_pt", "year",
)
SECTOR_COLUMNS = ("project_code", "sector_pt")
ALIAS_COLUMNS = ("name", "iso3", "lang", "note")

STATUS = {"concluido": "completed", "em execucao": "ongoing"}
# The recipient of an action under a heading with no ISO3 ("Regionais"): a region the row does
# not name, so no place name is made up; the source's heading stays in source_name (issue 13).
REGIONAL = "Regional (unspecified)"
# Labels of the sector column that describe the kind of cooperation, not a sector.
PSEUDO_SECTORS = {"cooperacao sul sul", ""}


def load_heading_map(path: Path, countries: set[str]) -> dict[str, str | None]:
    """Normalised Portuguese heading -> ISO3, or None for a regional heading."""
    headings: dict[str, str | None] = {}
    for row in iter_csv(path, ALIAS_COLUMNS):
        iso3 = row["iso3"].strip() or None
        if iso3 is not None and iso3 not in countries:
            raise SourceError(path, f"{row['name']!r} points to unknown ISO3 {iso3}")
        headings[normalise_name(row["name"])] = iso3
    return headings


def load_sectors(path: Path) -> dict[str, list[str]]:
    """ABC sector names (Portuguese) per project code, in file order, without repeats."""
    sectors: dict[str, list[str]] = defaultdict(list)
    for row in iter_csv(path, SECTOR_COLUMNS):
        name = " ".join(row["sector_pt"].split())
        if normalise_name(name) in PSEUDO_SECTORS:
            continue
        listed = sectors[row["project_code"].strip()]
        if name.casefold() not in {s.casefold() for s in listed}:
            listed.append(name)
    return sectors


def load_abc(ctx: BuildContext) -> int:
    """Load the ABC actions; returns the number of initiatives."""
    countries = known_iso3(ctx.conn)
    headings = load_heading_map(ctx.curated / ALIASES_FILE, countries)
    sectors = load_sectors(ctx.source(SECTORS_FILE))
    rows = list(iter_csv(ctx.source(ACTIONS_FILE), ACTION_COLUMNS))
    # The export repeats some action codes (the same action listed two or three times).
    repeats = Counter(r["action_code"].strip() for r in rows)
    out = InitiativeCollector.start(ctx, DATASET)
    for number, row in enumerate(rows, start=1):
        ctx.check_cancel()
        code = row["action_code"].strip()
        record = code if code and repeats[code] == 1 else f"{code or 'action'} (row {number})"
        heading = row["recipient_country_pt"].strip()
        title = " ".join(row["title_pt"].split())
        status = normalise_name(row["status_pt"])
        init = out.initiative(
            record,
            title,
            description=row["objective_pt"].strip(),
            language="pt",
            modality=guess_modality(title),
            start_year=parse_int(row["year"]),
            status=STATUS.get(status, row["status_pt"].strip()),
        )
        out.source(init, f"row {number}, action {code}, heading {heading}")
        out.participant(init, "provider", iso3=PROVIDER)
        _recipient(ctx, out, init, heading, headings, countries)
        for name in sectors.get(code, []):
            out.sector(init, "abc", name)
    return out.write(ctx, "abc")


def _recipient(
    ctx: BuildContext,
    out: InitiativeCollector,
    init: int,
    heading: str,
    headings: dict[str, str | None],
    countries: set[str],
) -> None:
    """The recipient of a heading: a country, a regional label, or nobody."""
    key = normalise_name(heading)
    if key in headings:
        iso3 = headings[key]
    else:
        iso3 = ctx.resolver.resolve(heading)
        if iso3 is None or iso3 not in countries:
            out.unknown["unresolved_headings"] += 1
            return
    if iso3 is None:  # "Regionais": a regional action, no place named (the heading kept)
        out.participant(init, "recipient", org_name=REGIONAL, source_name=heading)
    elif iso3 != PROVIDER:  # "Brasil": held in Brazil, visitors not named
        out.participant(init, "recipient", iso3=iso3, source_name=heading)
