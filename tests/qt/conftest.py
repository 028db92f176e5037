"""Fixtures for widget tests: small real databases with known numbers, isolated settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session

from explorer.store.database import Database
from explorer.store.models import (
    BuildInfo,
    Country,
    CountryName,
    Dataset,
    Headline,
    Initiative,
    InitiativeOutcome,
    InitiativeParticipant,
    SummaryFigure,
)
from explorer.ui.pages.base import PageContext
from explorer.ui.runner import Runner
from explorer.ui.settings import Settings

DOTS_NAME = "Direction of Trade Statistics (DOTS), annual, 1990-2020"
BRIEF_NAME = "South-South Capacity Development: The Way to Grow?"
SHARES = {1990: 30.25, 2000: 34.5, 2007: 40.75, 2019: 42.5, 2020: 43.25}


def _dataset(key: str, name: str, version: str, citation: str) -> dict[str, object]:
    return {
        "key": key,
        "name": name,
        "publisher": "Publisher of " + key,
        "licence": "CC BY 4.0",
        "version": version,
        "url": "https://example.org/" + key,
        "citation": citation,
        "coverage": "",
        "notes": "",
        "files": "",
        "row_count": 3,
    }


def fill_small_db(engine: Engine) -> None:
    """Known rows: two headlines (one with our series), two cases, three countries."""
    with Session(engine) as s, s.begin():
        s.execute(
            insert(Dataset),
            [
                _dataset("brief", BRIEF_NAME, "Capacity Development Briefs, 2007", "Tejasvi 2007."),
                _dataset("imf-dots", DOTS_NAME, "early 2022", "IMF DOTS citation."),
                _dataset("country-codes", "Country codes (ISO 3166)", "caa72d1", "Codes."),
            ],
        )
        ids: dict[str, int] = {k: i for k, i in s.execute(select(Dataset.key, Dataset.id))}
        s.add_all(
            [
                Country(iso3="BRA", name="Brazil", dataset_id=ids["country-codes"]),
                Country(iso3="BWA", name="Botswana", dataset_id=ids["country-codes"]),
                Country(iso3="BGD", name="Bangladesh", dataset_id=ids["country-codes"]),
                CountryName(iso3="BRA", lang="ar", kind="short", name="البرازيل",
                            dataset_id=ids["country-codes"]),
                Headline(key="a_trade_share", statement="43 percent of the South's trade is "
                         "with other developing countries.", value=43.0, unit="%", year=2007,
                         measure="south_south_export_share", cited_source="UNCTAD",
                         dataset_id=ids["brief"]),
                Headline(key="b_poverty", statement="People below US$1 a day fell by more than "
                         "390 million since 1981.", value=390.0, unit="million people",
                         year=2007, measure="", cited_source="Chen and Ravallion (2004)",
                         dataset_id=ids["brief"]),
                BuildInfo(key="built_at", value="2026-07-02T10:00:00+00:00"),
                BuildInfo(key="app_version", value="0.1.0"),
            ]
        )
        s.add_all(
            SummaryFigure(key="south_south_export_share", year=y, value=v, unit="%",
                          dataset_id=ids["imf-dots"])
            for y, v in SHARES.items()
        )
        hiv = Initiative(dataset_id=ids["brief"], source_record_id="brazil-botswana-hiv",
                         title="Brazil helps Botswana fight HIV/AIDS", start_year=2001)
        hiv.participants = [
            InitiativeParticipant(role="provider", iso3="BRA"),
            InitiativeParticipant(role="recipient", iso3="BWA"),
        ]
        hiv.outcomes = [InitiativeOutcome(quantity=2032.0, unit="health workers trained")]
        asa = Initiative(dataset_id=ids["brief"], source_record_id="asa-philippines",
                         title="ASA sets up microfinance institutions in the Philippines",
                         summary="Bangladesh's ASA model replicated.")
        asa.participants = [
            InitiativeParticipant(role="provider", iso3="BGD", org_name="ASA"),
            InitiativeParticipant(role="recipient", org_name="Philippine MFIs"),
        ]
        s.add_all([hiv, asa])


@pytest.fixture()
def small_db(empty_db: Engine) -> Path:
    """A migrated reference DB file holding the known rows of ``fill_small_db``."""
    fill_small_db(empty_db)
    empty_db.dispose()
    return Path(str(empty_db.url.database))


@pytest.fixture()
def empty_db_path(empty_db: Engine) -> Path:
    """A migrated reference DB with no rows at all."""
    empty_db.dispose()
    return Path(str(empty_db.url.database))


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    """Settings in a temporary INI file (never the user's)."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture()
def runner() -> Iterator[Runner]:
    """A runner that is shut down (threads joined) after the test."""
    r = Runner()
    yield r
    r.shutdown()
    r.deleteLater()


@pytest.fixture()
def make_context(runner: Runner, settings: Settings) -> Iterator[object]:
    """``make_context(db_path)`` -> a PageContext over a read-only handle on that file
    (every handle made is disposed after the test)."""
    made: list[Database] = []

    def build(db_path: Path) -> PageContext:
        made.append(Database.open(db_path, readonly=True))
        return PageContext(made[-1], runner, settings)

    yield build
    for database in made:
        database.dispose()


@pytest.fixture(autouse=True)
def _own_user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages read and write the user database (notes, stars, saved searches): in a temporary
    folder, never the user's own."""
    monkeypatch.setenv("EXPLORER_USER_DIR", str(tmp_path / "user-dir"))
