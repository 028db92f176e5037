"""Fixtures for the kiosk tests: a small reference database and a running kiosk window.

Imported by the other ``test_kiosk*`` modules; holds no tests itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine, insert

from explorer.kiosk.clock import ManualClock
from explorer.kiosk.config import KioskConfig, validate_config
from explorer.kiosk.language import LanguageSwitcher
from explorer.kiosk.pin import hash_pin
from explorer.kiosk.style import KIOSK_QSS
from explorer.kiosk.window import KioskWindow, available_pages
from explorer.store import fts
from explorer.store import models as m
from explorer.ui.runner import Runner

PIN = "246810"
PIN_LINE = hash_pin(PIN).line()
LONG_TITLE = (
    "Training water engineers from the South at the Water Resources Development and "
    "Management Center of the Indian Institute of Technology, Roorkee, since 1951"
)


def fill_reference(engine: Engine) -> Path:
    """Brief cases (one with a very long title, one in Chinese), headlines and names."""
    ds = dict(publisher="WBI", licence="cc", version="Briefs, 2007", url="", citation="c")
    with engine.begin() as c:
        c.execute(
            insert(m.Dataset),
            [
                dict(id=1, key="brief", name="Tejasvi (2007), World Bank Institute", **ds),
                dict(id=2, key="dots", name="IMF Direction of Trade Statistics", **ds),
            ],
        )
        countries = [
            ("BRA", "Brazil", "البرازيل", "巴西"),
            ("BWA", "Botswana", "بوتسوانا", "博茨瓦纳"),
            ("IND", "India", "الهند", "印度"),
            ("CHN", "China", "الصين", "中国"),
            ("TZA", "United Republic of Tanzania", "جمهورية تنزانيا المتحدة", "坦桑尼亚联合共和国"),
        ]
        c.execute(
            insert(m.Country), [dict(iso3=i, name=n, dataset_id=1) for i, n, _, _ in countries]
        )
        c.execute(
            insert(m.CountryName),
            [
                dict(iso3=i, lang=lang, kind="short", name=name, dataset_id=1)
                for i, _, ar, zh in countries
                for lang, name in (("ar", ar), ("zh", zh))
            ],
        )
        rows = [
            (
                1,
                "brief:brazil-botswana-hiv",
                "Brazil supports Botswana's integrated HIV/AIDS strategy",
                "BRA",
                "BWA",
                "Health",
            ),
            (2, "brief:india-water-iit", LONG_TITLE, "IND", None, "Water resources"),
            (
                3,
                "brief:china-tanzania",
                "中国—坦桑尼亚农业技术示范中心",
                "CHN",
                "TZA",
                "Agriculture",
            ),
        ]
        for i, rec, title, prov, rcpt, sector in rows:
            c.execute(
                insert(m.Initiative).values(
                    id=i,
                    dataset_id=1,
                    source_record_id=rec,
                    title=title,
                    summary=f"Summary of {title}",
                    language="en",
                )
            )
            c.execute(
                insert(m.InitiativeParticipant).values(initiative_id=i, role="provider", iso3=prov)
            )
            c.execute(
                insert(m.InitiativeParticipant).values(
                    initiative_id=i,
                    role="recipient",
                    iso3=rcpt,
                    org_name=None
                    if rcpt
                    else "Serving engineers from Asia, Africa and other developing countries",
                )
            )
            c.execute(
                insert(m.InitiativeSector).values(initiative_id=i, scheme="theme", name=sector)
            )
        c.execute(
            insert(m.InitiativeOutcome).values(
                initiative_id=2,
                quantity=2032,
                unit="engineers trained",
                description="Serving engineers trained since 1951.",
            )
        )
        c.execute(
            insert(m.Headline).values(
                key="south_south_trade_share",
                statement="43 percent of the South's trade is with other developing countries.",
                value=43,
                unit="%",
                year=2007,
                measure="south_south_export_share",
                cited_source="UNCTAD",
                dataset_id=1,
            )
        )
        c.execute(
            insert(m.SummaryFigure),
            [
                dict(key="south_south_export_share", year=y, value=v, unit="%", dataset_id=2)
                for y, v in ((1990, 31.0), (2007, 45.2), (2023, 57.9))
            ],
        )
        c.execute(insert(m.BuildInfo).values(key="built_at", value="2025-01-01T00:00:00"))
        # The kiosk searches with the window's search, which reads the full-text index.
        fts.build_index(c)
    return Path(str(engine.url.database))


def make_config(**overrides: object) -> KioskConfig:
    raw: dict[str, object] = dict(
        idle_seconds=60,
        countdown_seconds=10,
        pin_hash=PIN_LINE,
        pages_allowed=["stories", "search", "home"],
        start_page="stories",
        languages=["en", "ar", "zh"],
    )
    raw.update(overrides)
    return validate_config(raw, pages=available_pages(), default_pages=("stories", "search"))


@pytest.fixture()
def kiosk_db(empty_db: Engine) -> Path:
    """A small reference database for the kiosk."""
    return fill_reference(empty_db)


@pytest.fixture()
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture()
def kiosk(qtbot, kiosk_db: Path, clock: ManualClock, tmp_path: Path) -> Iterator[KioskWindow]:  # type: ignore[no-untyped-def]
    """A started kiosk window at 1920x1080 over ``kiosk_db``; fails the test if it leaves a
    background job or a timer running."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(KIOSK_QSS)
    runner = Runner()
    switcher = LanguageSwitcher(tmp_path / "no-translations")
    window = KioskWindow(make_config(), kiosk_db, runner, clock, ["en", "ar", "zh"], switcher)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.start()
    window.show()
    qtbot.waitUntil(lambda: bool(window.attract.stories), timeout=5000)
    yield window
    window.idle.stop()
    switcher.apply("en")
    runner.wait_for_done(5000)
    QApplication.processEvents()
    runner.shutdown()
    window.hide()
    window.search_page and window.search_page.debounce.stop()
    leftover = [
        t.objectName() or repr(t)
        for t in window.findChildren(QTimer)
        if t.isActive() and t.parent() is not None and t.interval() >= 100
    ]
    app.setStyleSheet("")
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    assert not leftover, f"timers still running: {leftover}"


def add_sao_tome_case(engine: Engine, record_id: str, title: str, summary: str) -> None:
    """One more brief case, São Tomé and Príncipe its only recorded side (the recipient),
    and the search index built again."""
    with engine.begin() as c:
        c.execute(insert(m.Country).values(iso3="STP", name="São Tomé and Príncipe", dataset_id=1))
        c.execute(insert(m.Initiative).values(
            id=4, dataset_id=1, source_record_id=record_id, title=title, summary=summary,
            language="en"))  # fmt: skip
        c.execute(
            insert(m.InitiativeParticipant).values(initiative_id=4, role="recipient", iso3="STP")
        )
        fts.build_index(c)
