"""UNDP South-South projects mapping (147 projects) -> initiatives.

Country lists are ISO3 codes with stray punctuation ("VNM.", "IDN.JPN"), one ISO2 ("PH") and
a few non-ISO codes (``CODE_VARIANTS``): tokens are cleaned and kept only when the country
table knows them; the rest are counted and reported, never fatal. Five projects name no
country at all; they keep their organisations as participants.
"""

from __future__ import annotations

import re

from explorer.importers.context import BuildContext
from explorer.importers.initiative_rows import (
    InitiativeCollector,
    iso2_to_iso3,
    known_iso3,
    split_codes,
)
from explorer.importers.modality import guess_modality
from explorer.importers.readers import iter_csv, parse_int

FILE = "undp-south-south-projects/undp_south_south_projects.csv"
DATASET = "undp-ss"

COL_NUMBER = "Number"
COL_TITLE = "Project Name"
COL_LINKS = "Links"
COL_DESCRIPTION = "Description"
COL_RECIPIENTS = "Host/Recipient Country/ies"
COL_PROVIDERS = "Provider Country/ies"
COL_ENTITIES = "Entity/ies Supporting and/or Implementing"
COL_UNDP_IMPLEMENTS = "UNDP as Implementor"
COL_UNDP_DONOR = "UNDP as Donor"
COL_START = "Start year"
COL_END = "End year"
COL_THEMES = "Thematic Areas"
COL_SDG_PRIMARY = "Primary SDG Contribution"
COL_SDG_SECONDARY = "Secondary SDG Contribution"
REQUIRED = (
    COL_NUMBER, COL_TITLE, COL_LINKS, COL_DESCRIPTION, COL_RECIPIENTS, COL_PROVIDERS,
    COL_ENTITIES, COL_UNDP_IMPLEMENTS, COL_UNDP_DONOR, COL_START, COL_END, COL_THEMES,
    COL_SDG_PRIMARY, COL_SDG_SECONDARY,
)

# Non-ISO codes the file uses, each checked against its row: Kosovo's codes of other systems,
# the UN's "ROK" (rows of the UNDP Seoul Policy Centre), the IOC's "PLE" for Palestine (a
# MENA row), and "BGG" for Bangladesh (its row describes Bangladesh's SDG Tracker).
CODE_VARIANTS = {
    "RKS": "XKX", "XKK": "XKX", "KVX": "XKX", "ROK": "KOR", "PLE": "PSE", "BGG": "BGD",
}

_URLS = re.compile(r"https?://[^\s,;|]+")
_SDG = re.compile(r"SDG\s*(\d{1,2})", re.IGNORECASE)
_TOP_COMMA = re.compile(r",(?![^()]*\))")  # a comma outside parentheses


def split_entities(text: str) -> list[str]:
    """Organisation names of the entities column.

    Names are comma-separated, but commas inside parentheses do not split, and a piece
    starting with "and " ends a list ("Montenegro,and Serbia") so it stays with the previous
    piece. Names that hold bare commas themselves ("Ministry of Agriculture,Forestry and
    Fisheries") cannot be told apart from lists and are split.
    """
    names: list[str] = []
    for piece in _TOP_COMMA.split(text):
        part = piece.strip().strip(".").strip()
        if not part:
            continue
        if names and part.startswith("and "):
            names[-1] = f"{names[-1]}, {part}"
        else:
            names.append(part)
    return names


def sdg_goals(*texts: str) -> list[int]:
    """SDG goal numbers named in ``texts`` ("SDG16,SDG17"), first mention first, no repeats."""
    goals: dict[int, None] = {}
    for text in texts:
        for match in _SDG.finditer(text):
            goal = int(match.group(1))
            if 1 <= goal <= 17:
                goals.setdefault(goal, None)
    return list(goals)


def _yes(value: str) -> bool:
    return value.strip().casefold() == "yes"


def load_undp(ctx: BuildContext) -> int:
    """Load the UNDP South-South projects; returns the number of initiatives."""
    path = ctx.source(FILE)
    out = InitiativeCollector.start(ctx, DATASET)
    countries = known_iso3(ctx.conn)
    iso2 = iso2_to_iso3(ctx.conn)

    def codes(text: str) -> list[tuple[str, str]]:
        """(iso3, token as written) for each usable token; unknown tokens are counted."""
        found: list[tuple[str, str]] = []
        for token in split_codes(text):
            iso3: str | None = CODE_VARIANTS.get(token, token)
            if iso3 not in countries:
                iso3 = iso2.get(token) if len(token) == 2 else None
            if iso3 is None:
                out.unknown["unknown_country_codes"] += 1
            else:
                found.append((iso3, token))
        return found

    for row in iter_csv(path, REQUIRED):
        ctx.check_cancel()
        number = row[COL_NUMBER].strip()
        end_text = row[COL_END].strip()
        themes = [t.strip() for t in row[COL_THEMES].split(",") if t.strip()]
        title = " ".join(row[COL_TITLE].split())
        description = row[COL_DESCRIPTION].strip()
        init = out.initiative(
            number,
            title,
            description=description,
            modality=guess_modality(title, description),
            theme=", ".join(dict.fromkeys(themes)),
            start_year=parse_int(row[COL_START]),
            end_year=parse_int(end_text),
            # "Present" as of the 2023 snapshot of the mapping.
            status="ongoing" if end_text.casefold() == "present" else "",
        )
        out.source(init, f"Number {number}")
        providers = codes(row[COL_PROVIDERS])
        recipients = codes(row[COL_RECIPIENTS])
        for iso3, token in providers:
            out.participant(init, "provider", iso3=iso3, source_name=token)
        for iso3, token in recipients:
            out.participant(init, "recipient", iso3=iso3, source_name=token)
        if not providers and not recipients:
            out.unknown["projects_without_country"] += 1
        entities = split_entities(row[COL_ENTITIES])
        for name in entities:
            out.participant(init, "implementer", org_name=name, source_name=name)
        if _yes(row[COL_UNDP_IMPLEMENTS]) and not any("UNDP" in e for e in entities):
            out.participant(init, "implementer", org_name="UNDP")
        if _yes(row[COL_UNDP_DONOR]):
            out.participant(init, "funder", org_name="UNDP")
        for theme in dict.fromkeys(themes):
            out.sector(init, "theme", theme)
        for goal in sdg_goals(row[COL_SDG_PRIMARY], row[COL_SDG_SECONDARY]):
            out.sector(init, "sdg", f"SDG {goal}", code=str(goal))
        for url in _URLS.findall(row[COL_LINKS]):
            out.link(init, url.rstrip(".)"))
    return out.write(ctx, "undp")
