"""AidData Global Chinese Official Finance Dataset 1.0 (5,466 records) -> initiatives.

Every record is loaded, flagged with ``recommended_for_research`` so users can drop umbrella,
duplicate and cancelled rows as AidData advises. China is the provider of every record.
"""

from __future__ import annotations

import html
import re
from datetime import date, timedelta

from explorer.importers.context import BuildContext
from explorer.importers.initiative_rows import (
    InitiativeCollector,
    is_iso3_token,
    known_iso3,
)
from explorer.importers.modality import guess_modality
from explorer.importers.readers import iter_csv, parse_bool, parse_float, parse_int

FILE = "aiddata-china-v1/GlobalChineseOfficialFinanceDataset_v1.0.csv"
DATASET = "aiddata-china-v1"
PROVIDER = "CHN"
AMOUNT_NOTE = "current US$ (AidData)"

REQUIRED = (
    "project_id", "recommended_for_research", "year", "funding_agency", "implementing_agency",
    "recipient_condensed", "title", "description", "status", "flow", "flow_class", "intent",
    "usd_current", "crs_sector_code", "crs_sector_name", "sources", "recipient_iso3",
    "end_actual", "end_planned",
)

# AidData's flow types (all nine values of v1.0) onto our modalities; "Vague TBD" and
# anything new fall back to the keyword guess.
FLOW_MODALITY = {
    "free-standing technical assistance": "technical_assistance",
    "scholarships/training in the donor country": "training",
    "grant": "finance",
    "loan (excluding debt rescheduling)": "finance",
    "export credits": "finance",
    "strategic/supplier credit": "finance",
    "debt forgiveness": "finance",
    "debt rescheduling": "finance",
}

# Sources are "URL, type; URL, type"; URLs themselves may hold ";" (as in "&amp;"), so an
# entry starts only where a new address does.
_ENTRY = re.compile(r";\s*(?=https?://)")
_EXCEL_EPOCH = date(1899, 12, 30)


def flow_modality(flow: str, title: str, description: str) -> str:
    """The modality of a record from its AidData flow type, else from its wording."""
    return FLOW_MODALITY.get(flow.strip().casefold()) or guess_modality(title, description)


def parse_year(value: str) -> int | None:
    """The year of an AidData date: an Excel day serial (40330), ``YYYY-MM-DD`` or ``YYYY``."""
    text = value.strip()
    if not text:
        return None
    year: int | None = None
    if re.fullmatch(r"\d{4}(-\d{1,2}(-\d{1,2})?)?", text):
        year = int(text[:4])
    elif re.fullmatch(r"\d{4,5}(\.\d+)?", text):
        year = (_EXCEL_EPOCH + timedelta(days=int(float(text)))).year
    return year if year is not None and 1900 <= year <= 2100 else None


def split_agencies(text: str) -> list[str]:
    """Agency names of "Name, Type; Name, Type" (the type after the last comma is dropped)."""
    names: list[str] = []
    for entry in text.split(";"):
        name = entry.rsplit(",", 1)[0].strip() if "," in entry else entry.strip()
        if name and name not in names:
            names.append(name)
    return names


def split_sources(text: str) -> list[tuple[str, str]]:
    """(url, source type) of each http(s) entry of the sources column."""
    found: list[tuple[str, str]] = []
    for entry in _ENTRY.split(text):
        url, _, label = entry.strip().partition(", ")
        url = html.unescape(url.strip())
        if url.startswith(("http://", "https://")):
            # A non-web entry ("www.x.org/y, Other") may trail the label: drop it.
            found.append((url, label.split(";")[0].strip()))
    return found


def load_aiddata(ctx: BuildContext) -> int:
    """Load AidData's Chinese official finance records; returns the number of initiatives."""
    path = ctx.source(FILE)
    out = InitiativeCollector.start(ctx, DATASET)
    countries = known_iso3(ctx.conn)
    for row in iter_csv(path, REQUIRED):
        ctx.check_cancel()
        record = row["project_id"].strip()
        title = " ".join(row["title"].split())
        description = row["description"].strip()
        flow = row["flow"].strip()
        flow_class = row["flow_class"].strip()
        intent = row["intent"].strip()
        amount = parse_float(row["usd_current"])
        summary = f"{flow_class} {flow.casefold()}" if flow else flow_class
        init = out.initiative(
            record,
            title,
            summary=summary,
            intent=intent or None,
            description=description,
            modality=flow_modality(flow, title, description),
            theme=row["crs_sector_name"].strip(),
            start_year=parse_int(row["year"]),
            end_year=parse_year(row["end_actual"]) or parse_year(row["end_planned"]),
            status=row["status"].strip(),
            flow_class=flow_class or None,
            flow_type=flow or None,
            recommended_for_research=parse_bool(row["recommended_for_research"]),
            amount_usd=amount,
            amount_note=AMOUNT_NOTE if amount is not None else "",
        )
        out.source(init, f"project_id {record}")
        out.participant(init, "provider", iso3=PROVIDER, source_name="China")
        _recipients(out, init, row["recipient_iso3"], row["recipient_condensed"], countries)
        for name in split_agencies(row["funding_agency"]):
            out.participant(init, "funder", org_name=name, source_name=name)
        for name in split_agencies(row["implementing_agency"]):
            out.participant(init, "implementer", org_name=name, source_name=name)
        code = row["crs_sector_code"].strip()
        out.sector(init, "dac", row["crs_sector_name"], code=code or None)
        for url, label in split_sources(row["sources"]):
            if not out.link(init, url, label):
                out.unknown["unusable_source_urls"] += 1
    return out.write(ctx, "aiddata")


def _recipients(
    out: InitiativeCollector, init: int, iso_text: str, condensed: str, countries: set[str]
) -> None:
    """Recipient countries of ``recipient_iso3`` ("TZA; ZMB; Africa, regional"); a regional
    entry, or a record with no usable code, keeps the source's text as an organisation."""
    has_country = False
    regional: list[str] = []
    for token in (t.strip() for t in iso_text.split(";")):
        if not token:
            continue
        if is_iso3_token(token):
            if token in countries:
                out.participant(init, "recipient", iso3=token, source_name=token)
                has_country = True
            else:
                out.unknown["unknown_country_codes"] += 1
        else:
            regional.append(token)
    if not has_country and not regional and condensed.strip():
        regional.append(condensed.strip())
    for text in regional:
        out.participant(init, "recipient", org_name=text, source_name=text)
