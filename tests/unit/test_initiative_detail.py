"""The full record of an initiative, related ones, export extras and saved searches.

``fill_initiatives`` builds a small database with records in English, Portuguese, Arabic and
Chinese; the widget tests and the screenshots use it too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from explorer.store import fts
from explorer.store.models import (
    Country,
    Dataset,
    Initiative,
    InitiativeLink,
    InitiativeOutcome,
    InitiativeParticipant,
    InitiativeSector,
    InitiativeSource,
)
from explorer.store.queries import saved_searches as saved
from explorer.store.queries.initiative_detail import (
    export_extras,
    initiative_detail,
    related_initiatives,
)

BRIEF_CITATION = "Tejasvi, Ajay (2007). South-South Capacity Development: The Way to Grow?"
EAP, SSA = "East Asia & Pacific", "Sub-Saharan Africa"
COUNTRIES = {"BGD": ("Bangladesh", "South Asia"), "PHL": ("Philippines", EAP),
             "BRA": ("Brazil", "Latin America & Caribbean"), "CHN": ("China", EAP),
             "MOZ": ("Mozambique", SSA), "EGY": ("Egypt", "Middle East"),
             "SEN": ("Senegal", SSA)}  # fmt: skip
RECORDS = (  # key, lang, title, summary, provider, recipient, sectors, modality, years
    ("asa", "en", "ASA (Bangladesh) helps set up microfinance institutions in the Philippines",
     "ASA gave technical assistance to establish 15 microfinance institutions.", "BGD", "PHL",
     ("Microfinance", "Financial services"), "technical_assistance", (2003, 2006)),
    ("sen", "en", "Microfinance training for Senegalese cooperatives", "Loan officers trained.",
     "BGD", "SEN", ("Microfinance",), "training", (2008, 2009)),
    ("bra-phl", "en", "Brazilian study visit on rural microfinance", "A study visit.", "BRA",
     "PHL", ("Microfinance",), "study_visit", (2012, 2012)),
    ("moz", "pt", "Cooperação técnica em saúde com Moçambique",
     "Formação de profissionais de saúde em Maputo.", "BRA", "MOZ", ("Health",), "training",
     (2010, 2014)),
    ("egy", "ar", "تدريب المهندسين الزراعيين من السنغال في مصر",
     "برنامج تدريبي في الري والزراعة الحديثة للمهندسين الأفارقة.", "EGY", "SEN",
     ("Agriculture",), "training", (2015, 2016)),
    ("chn", "zh", "中国援助莫桑比克农业技术示范中心",
     "示范中心培训当地农民和技术人员，推广水稻和玉米种植技术。", "CHN", "MOZ",
     ("Agriculture",), "technical_assistance", (2011, 2015)),
)  # fmt: skip


def fill_initiatives(engine: Engine) -> dict[str, int]:
    """Fill a migrated, empty reference DB; returns initiative ids by record key."""
    with Session(engine) as s, s.begin():
        brief = Dataset(key="brief", name="South-South Capacity Development", publisher="WBI",
                        licence="CC BY 3.0 IGO", version="2007", url="https://example.org/b",
                        citation=BRIEF_CITATION, row_count=len(RECORDS))  # fmt: skip
        s.add(brief)
        s.flush()
        for iso3, (name, region) in COUNTRIES.items():
            s.add(Country(iso3=iso3, name=name, wb_region=region, dataset_id=brief.id))
        ids: dict[str, int] = {}
        for key, lang, title, summary, prov, rec, sectors, modality, (y0, y1) in RECORDS:
            i = Initiative(dataset_id=brief.id, source_record_id=key, title=title,
                           summary=summary, language=lang, modality=modality, start_year=y0,
                           end_year=y1, status="Completed")  # fmt: skip
            org = "Association for Social Advancement (ASA)" if key == "asa" else None
            i.participants = [InitiativeParticipant(role="provider", iso3=prov, org_name=org),
                              InitiativeParticipant(role="recipient", iso3=rec)]  # fmt: skip
            i.sectors = [InitiativeSector(scheme="theme", name=n) for n in sectors]
            i.sources = [InitiativeSource(dataset_id=brief.id, locator=f"Case {key}",
                                          citation=f"{BRIEF_CITATION} Case {key}.")]  # fmt: skip
            if key == "asa":
                i.outcomes = [InitiativeOutcome(quantity=15.0, unit="institutions established")]
                i.links = [InitiativeLink(url="https://asa.org.bd", label="ASA")]
            s.add(i)
            s.flush()
            ids[key] = i.id
    with engine.begin() as conn:
        fts.build_index(conn)
    return ids


@pytest.fixture()
def filled(empty_db: Engine) -> Iterator[tuple[Engine, dict[str, int]]]:
    yield empty_db, fill_initiatives(empty_db)


def test_detail_has_the_whole_record(filled: tuple[Engine, dict[str, int]]) -> None:
    engine, ids = filled
    with Session(engine) as s:
        d = initiative_detail(s, ids["asa"])
    assert d is not None
    assert d.title.startswith("ASA")
    assert [(p.role, p.iso3, p.name) for p in d.participants] == [
        ("provider", "BGD", "Bangladesh"), ("recipient", "PHL", "Philippines")]  # fmt: skip
    assert d.participants[0].org_name == "Association for Social Advancement (ASA)"
    assert [x.name for x in d.sectors] == ["Microfinance", "Financial services"]
    assert d.outcomes[0].quantity == 15.0 and d.links[0].url == "https://asa.org.bd"
    src = d.sources[0]
    assert (src.dataset_key, src.licence, src.locator) == ("brief", "CC BY 3.0 IGO", "Case asa")
    assert "Case asa." in d.citation_text() and "CC BY 3.0 IGO" in d.citation_text()


@pytest.mark.parametrize(("key", "lang"), [("egy", "ar"), ("chn", "zh"), ("moz", "pt")])
def test_detail_keeps_the_original_language(
    filled: tuple[Engine, dict[str, int]], key: str, lang: str
) -> None:
    engine, ids = filled
    with Session(engine) as s:
        d = initiative_detail(s, ids[key])
    assert d is not None and d.language == lang


def test_unknown_id_is_none(filled: tuple[Engine, dict[str, int]]) -> None:
    with Session(filled[0]) as s:
        assert initiative_detail(s, 999_999) is None
        assert related_initiatives(s, 999_999) == ()


def test_related_share_sector_and_partner(filled: tuple[Engine, dict[str, int]]) -> None:
    engine, ids = filled
    with Session(engine) as s:
        related = related_initiatives(s, ids["asa"])
    found = [r.id for r in related]
    assert ids["asa"] not in found
    assert set(found) == {ids["sen"], ids["bra-phl"]}  # microfinance with BGD or PHL


def test_export_extras(filled: tuple[Engine, dict[str, int]]) -> None:
    engine, ids = filled
    with Session(engine) as s:
        extras = export_extras(s, [ids["asa"], ids["chn"]])
        assert export_extras(s, []) == {}
    assert extras[ids["asa"]].status == "Completed"
    assert extras[ids["chn"]].citation.endswith("Case chn.")
    assert extras[ids["asa"]].dataset_name == "South-South Capacity Development"


def test_saved_searches_round_trip(tmp_path: Path) -> None:
    from explorer.store.userdb import open_user_db

    engine = open_user_db(tmp_path / "user.sqlite")
    with Session(engine) as s, s.begin():
        first = saved.save_search(s, "  Microfinance   Asia ", "microfinance region:asia")
        saved.save_search(s, "Health", "sector:health")
    with Session(engine) as s, s.begin():
        listed = saved.list_saved(s)
        assert {x.name for x in listed} == {"Microfinance Asia", "Health"}
        saved.save_search(s, "Health", "sector:health provider:BRA")  # replaces by name
    with Session(engine) as s, s.begin():
        assert [x.query for x in saved.list_saved(s) if x.name == "Health"] == [
            "sector:health provider:BRA"]  # fmt: skip
        assert saved.delete_saved(s, first.id) and not saved.delete_saved(s, first.id)
        assert [x.name for x in saved.list_saved(s)] == ["Health"]
    engine.dispose()
