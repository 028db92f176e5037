"""The brief's curated cases, headlines, milestones and providers (db/curated/brief.toml)."""

from __future__ import annotations

import re
import shutil
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, insert, text

from explorer.importers import brief, countries
from explorer.importers.context import BuildContext
from explorer.importers.errors import SourceError
from explorer.paths import CURATED_DIR
from explorer.store.models import Country, CountryGroup
from tests.conftest import SOURCES
from tests.helpers import fresh_context

BRIEF_TEXT = SOURCES.parent / "brief" / "000_c844090cc3eda485.txt"
NO_COUNTRY = {"brief:warda-nerica"}  # the brief names no country for NERICA


@pytest.fixture()
def ctx(empty_db: Engine) -> Iterator[BuildContext]:
    """A context with the real countries and a G77 group, as the groups step would leave."""
    with empty_db.begin() as conn:
        context = fresh_context(conn, SOURCES)
        countries.load_countries(context)
        conn.execute(
            insert(CountryGroup),
            {"code": "G77", "name": "Group of 77", "kind": "political",
             "dataset_id": context.dataset_id("un-crafd")},
        )
        yield context


def _who(conn: Connection, record: str, role: str) -> set[str]:
    rows = conn.execute(
        text(
            "SELECT coalesce(p.iso3, p.org_name) FROM initiative_participant p JOIN initiative i "
            "ON i.id = p.initiative_id WHERE i.source_record_id = :r AND p.role = :role"
        ),
        {"r": record, "role": role},
    )
    return {r[0] for r in rows}


@pytest.mark.realdata
def test_initiatives_have_sources_and_countries(ctx: BuildContext) -> None:
    assert brief.load_brief(ctx) == 12
    conn = ctx.conn
    sources = conn.execute(
        text(
            "SELECT i.source_record_id, s.locator, s.citation FROM initiative i "
            "JOIN initiative_source s ON s.initiative_id = i.id"
        )
    ).all()
    assert len(sources) == 12
    assert all(r[0].startswith("brief:") and r[1] and "Tejasvi" in r[2] for r in sources)
    countryless = set(
        conn.execute(
            text(
                "SELECT source_record_id FROM initiative i WHERE NOT EXISTS (SELECT 1 FROM "
                "initiative_participant p WHERE p.initiative_id = i.id AND p.iso3 IS NOT NULL)"
            )
        ).scalars()
    )
    assert countryless == NO_COUNTRY


@pytest.mark.realdata
def test_asa_in_the_philippines(ctx: BuildContext) -> None:
    brief.load_brief(ctx)
    conn = ctx.conn
    assert _who(conn, "brief:asa-philippines", "provider") == {"BGD"}
    assert _who(conn, "brief:asa-philippines", "recipient") == {"PHL"}
    org = conn.execute(
        text("SELECT org_name FROM initiative_participant WHERE iso3 = 'BGD' AND role = 'provider'")
    ).scalar_one()
    assert "ASA" in org
    rows = conn.execute(
        text(
            "SELECT o.unit, o.quantity FROM initiative_outcome o JOIN initiative i "
            "ON i.id = o.initiative_id WHERE i.source_record_id = 'brief:asa-philippines'"
        )
    )
    outcomes: dict[str, float] = {unit: quantity for unit, quantity in rows}
    assert outcomes == {
        "microfinance institutions established": 15,
        "clients": 25_000,
        "ASA members": 1_500_000,
    }


@pytest.mark.realdata
def test_other_cases(ctx: BuildContext) -> None:
    brief.load_brief(ctx)
    conn = ctx.conn
    iit = conn.execute(
        text(
            "SELECT i.start_year, i.modality, o.quantity FROM initiative i JOIN initiative_outcome"
            " o ON o.initiative_id = i.id WHERE i.source_record_id = 'brief:india-water-iit' "
            "AND o.unit = 'engineers trained'"
        )
    ).one()
    assert tuple(iit) == (1951, "training", 2032)
    assert _who(conn, "brief:jica-partnership-programmes", "provider") == {
        "ARG", "BRA", "CHL", "EGY", "IDN", "JOR", "MEX", "MAR", "PHL", "SGP", "THA", "TUN"
    }
    assert _who(conn, "brief:brazil-botswana-hiv", "recipient") == {"BWA"}
    hiv = _who(conn, "brief:brazil-hiv-latin-america", "recipient")
    assert len(hiv) == 1 and "Latin American" in hiv.pop()  # no invented ISO codes
    assert len(_who(conn, "brief:asean-cooperation", "implementer")) == 10


@pytest.mark.realdata
def test_headlines_milestones_and_providers(ctx: BuildContext) -> None:
    brief.load_brief(ctx)
    conn = ctx.conn
    share = conn.execute(
        text("SELECT value, cited_source FROM headline WHERE measure = 'south_south_export_share'")
    ).one()
    assert share.value == 43 and "UNCTAD" in share.cited_source
    poverty = conn.execute(
        text("SELECT value, year, cited_source FROM headline WHERE key = 'poverty_fall_since_1981'")
    ).one()
    assert (poverty.value, poverty.year) == (390, None)
    assert "Ravallion" in poverty.cited_source
    assert conn.execute(text("SELECT count(*) FROM headline")).scalar_one() == 6
    milestones = conn.execute(text("SELECT year, group_code FROM milestone ORDER BY year")).all()
    assert [tuple(m) for m in milestones] == [
        (1954, None), (1964, "G77"), (1966, None), (1967, None), (1974, None)
    ]  # ASEAN stays unlinked here: this test defines only G77
    members = conn.execute(
        text("SELECT iso3 FROM membership WHERE group_code = 'BRIEF_TC_PROVIDERS'")
    ).scalars().all()
    assert len(members) == 19 and {"EGY", "VEN", "MLT", "TUR"} <= set(members)
    kind = conn.execute(
        text("SELECT kind FROM country_group WHERE code = 'BRIEF_TC_PROVIDERS'")
    ).scalar_one()
    assert kind == "curated"


def _words(value: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", value.casefold().replace("-\n", ""))


@pytest.mark.skipif(not BRIEF_TEXT.is_file(), reason="the brief's text is not available")
def test_summaries_are_in_our_own_words() -> None:
    """No run of eight words of a summary appears verbatim in the brief."""
    brief_words = " ".join(_words(BRIEF_TEXT.read_text(encoding="utf-8")))
    with open(CURATED_DIR / brief.FILE, "rb") as handle:
        data = tomllib.load(handle)
    copied = []
    for entry in data["initiative"]:
        words = _words(entry["summary"])
        for start in range(len(words) - 7):
            run = " ".join(words[start : start + 8])
            if run in brief_words:
                copied.append(f"{entry['id']}: {run}")
    assert copied == []


@pytest.fixture()
def curated(tmp_path: Path) -> Path:
    folder = tmp_path / "curated"
    folder.mkdir()
    shutil.copy(CURATED_DIR / "datasets.toml", folder)
    return folder


CASE = """
[[initiative]]
id = "x"
title = "X"
summary = "A case."
section = "Some section"
modality = "{modality}"
participants = [{{ role = "{role}", iso3 = "{iso3}" }}]
"""


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (CASE.format(modality="training", role="provider", iso3="ATL"), "unknown ISO3 'ATL'"),
        (CASE.format(modality="teaching", role="provider", iso3="BRA"), "unknown modality"),
        (CASE.format(modality="training", role="donor", iso3="BRA"), "unknown role"),
        ("[[initiative]]\ntitle = 'no id'\n", "lacks 'id'"),
        ("[[headline]\n", "malformed TOML"),
    ],
)
def test_bad_curation_names_the_file(
    empty_db: Engine, curated: Path, content: str, expected: str
) -> None:
    (curated / brief.FILE).write_text(content, encoding="utf-8")
    with empty_db.begin() as conn:
        context = fresh_context(conn, SOURCES, curated)
        conn.execute(
            insert(Country),
            {"iso3": "BRA", "name": "Brazil", "dataset_id": context.dataset_id("country-codes")},
        )
        with pytest.raises(SourceError) as err:
            brief.load_brief(context)
    assert "brief.toml" in str(err.value) and expected in str(err.value)


def test_missing_file(empty_db: Engine, curated: Path) -> None:
    with empty_db.begin() as conn, pytest.raises(SourceError, match=r"brief\.toml: file not"):
        brief.load_brief(fresh_context(conn, SOURCES, curated))
