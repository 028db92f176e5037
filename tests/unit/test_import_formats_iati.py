"""IATI activity XML import on authored 1.05 and 2.0x fixtures and the IATI worked example,
into a small real reference database (the real countries and names); hostile files."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from explorer.importers.formats import detect
from explorer.importers.formats.run import import_file
from explorer.importers.formats.store import ImportStore
from explorer.store.database import Database
from tests.fixtures.importers import fixture, small_reference

pytestmark = pytest.mark.realdata


@pytest.fixture()
def db_path(reference_db: Path, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    work = tmp_path_factory.getbasetemp()
    return small_reference(reference_db, work, tmp_path / "ref.sqlite")


@pytest.fixture()
def db(db_path: Path) -> Database:
    handle = Database.open(db_path)
    yield handle
    handle.dispose()


def rows(path: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (the database is small): to prove nothing changed."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in tables}
    finally:
        conn.close()


def test_detects_iati_from_content_not_extension(tmp_path: Path) -> None:
    renamed = tmp_path / "activities.txt"
    shutil.copyfile(fixture("iati-2.03.xml"), renamed)
    assert detect(renamed).name == "iati"


def test_iati_203_maps_activities(db: Database, db_path: Path) -> None:
    out = import_file(db, fixture("iati-2.03.xml"))
    assert out.error is None, out.error
    assert (out.format, out.dataset) == ("iati", "import-iati-xx-test-1")
    assert (out.added, out.updated, out.skipped) == (2, 0, 1)
    assert out.unresolved == {"recipient-country QQ": 1, "sector 99999": 1}
    assert any("repeats" in w for w in out.warnings)
    (ds_id, publisher, version, files, notes), = rows(
        db_path, "SELECT id, publisher, version, files, notes FROM dataset WHERE key = ?",
        out.dataset)
    assert publisher == "Test Cooperation Agency"
    assert version == "IATI 2.03, generated 2026-05-01T10:00:00Z"
    assert files == "iati-2.03.xml" and "SHA-256" in notes
    (init, title, lang, desc, start, end, status, flow_type, amount, note, summary), = rows(
        db_path, "SELECT id, title, language, description, start_year, end_year, status, "
        "flow_type, amount_usd, amount_note, summary FROM initiative "
        "WHERE source_record_id = 'XX-TEST-1-ACT-001'")
    assert title == "Rice seed multiplication with smallholders" and lang == "en"
    assert "[fr] Multiplication de semences" in desc and "techniciens formés" in desc
    assert (start, end) == (2019, 2022)
    assert status == "Implementation"
    assert flow_type == "Bilateral, triangular co-operation"
    assert amount == 400000.0 and "commitment" in note
    assert "budget 400,000.00 USD" in summary and "disbursement 10,000.00 EUR" in summary
    people = set(rows(db_path, "SELECT role, iso3, org_name FROM initiative_participant "
                      "WHERE initiative_id = ?", init))
    assert ("provider", "BRA", "Funding government") in people
    assert ("funder", None, "UNDP") in people  # extending, multilateral: no country invented
    assert ("implementer", None, "Local seed cooperative") in people
    assert ("facilitator", "JPN", "Accountable ministry") in people
    assert {("recipient", "MOZ", None), ("recipient", "AGO", None)} <= people
    assert ("recipient", None, "South of Sahara, regional") in people
    sectors = set(rows(db_path, "SELECT scheme, code, name FROM initiative_sector "
                       "WHERE initiative_id = ?", init))
    assert ("dac", "31161", "Food crop production") in sectors
    assert ("dac", "311", "Agriculture") in sectors
    assert ("theme", "2.1", "Food security") in sectors
    assert ("theme", "iati-collab-8", "Bilateral, triangular co-operation") in sectors
    assert rows(db_path, "SELECT url FROM initiative_link WHERE initiative_id = ?", init) == [
        ("https://example.org/act-001",)]
    (lang2, prov), = rows(db_path, "SELECT i.language, p.iso3 FROM initiative i JOIN "
                          "initiative_participant p ON p.initiative_id = i.id AND "
                          "p.role = 'provider' WHERE source_record_id = 'XX-TEST-1-ACT-002'")
    assert (lang2, prov) == ("es", "MEX")
    found = rows(db_path, "SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH 'semences'")
    assert found == [(init,)]
    assert ds_id


def test_iati_105_words_crlf(db: Database, db_path: Path) -> None:
    out = import_file(db, fixture("iati-1.05-crlf.xml"))
    assert out.error is None, out.error
    (init, title, start, end, status, summary, version), = rows(
        db_path, "SELECT i.id, title, start_year, end_year, status, summary, d.version "
        "FROM initiative i JOIN dataset d ON d.id = i.dataset_id WHERE d.key = ?", out.dataset)
    assert title == "Teacher training exchange"
    assert (start, end, status) == (2012, 2014, "Finalisation")  # the codelist names code 3
    assert version.startswith("IATI 1.05")
    assert "budget 50,000.00 GBP" in summary and "disbursement 25,000.00 GBP" in summary
    assert "(value date 2013-01-01 to 2013-07-01)" in summary
    people = set(rows(db_path, "SELECT role, iso3, org_name FROM initiative_participant "
                      "WHERE initiative_id = ?", init))
    assert ("provider", "CHL", "Ministry of Education") in people
    assert ("funder", None, "Extending agency") in people  # ZZ is no country
    assert ("recipient", "BOL", None) in people
    assert ("implementer", None, "University partner") in people
    sectors = set(rows(db_path, "SELECT code, name FROM initiative_sector WHERE "
                       "initiative_id = ?", init))
    assert sectors == {("11130", "Teacher training"), ("111", "Education, Level Unspecified")}


def test_version_from_activity_and_bom(db: Database, db_path: Path) -> None:
    out = import_file(db, fixture("iati-2.02-bom-activity-version.xml"))
    assert out.error is None, out.error
    (version,), = rows(db_path, "SELECT version FROM dataset WHERE key = ?", out.dataset)
    assert version == "IATI 2.02"


def test_real_worked_example(db: Database, db_path: Path, sources_dir: Path,
                             tmp_path: Path) -> None:
    copy = tmp_path / "worked-example.xml"
    shutil.copyfile(sources_dir / "iati-schemas" / "sample-worked-example.xml", copy)
    out = import_file(db, copy)
    assert out.error is None and out.added == 1
    (title, start, end), = rows(db_path, "SELECT title, start_year, end_year FROM initiative "
                                "WHERE source_record_id = ?",
                                "http://www.example.org/activities/12345.xml")
    assert (title, start, end) == ("Worked example of an activity report", 2010, 2011)


def test_same_file_twice_is_a_noop_and_newer_version_replaces(
        db: Database, db_path: Path, tmp_path: Path) -> None:
    store = ImportStore(tmp_path / "imports")
    first = import_file(db, fixture("iati-2.03.xml"), store=store)
    before = snapshot(db_path)
    again = import_file(db, fixture("iati-2.03.xml"), store=store)
    assert again.unchanged and again.error is None
    assert snapshot(db_path) == before
    newer = tmp_path / "iati-2.03-v2.xml"
    text = fixture("iati-2.03.xml").read_text(encoding="utf-8")
    text = text.replace("Rice seed multiplication", "Rice seed scaling")
    text = text.replace("<iati-identifier>XX-TEST-1-ACT-002</iati-identifier>",
                        "<iati-identifier>XX-TEST-1-ACT-003</iati-identifier>")
    newer.write_text(text, encoding="utf-8")
    out = import_file(db, newer, store=store)
    assert (out.added, out.updated, out.removed) == (1, 1, 1)
    assert out.dataset == first.dataset
    titles = rows(db_path, "SELECT source_record_id, title FROM initiative i JOIN dataset d "
                  "ON d.id = i.dataset_id WHERE d.key = ? ORDER BY 1", out.dataset)
    assert [t[0] for t in titles] == ["XX-TEST-1-ACT-001", "XX-TEST-1-ACT-003"]
    assert titles[0][1] == "Rice seed scaling with smallholders"
    assert [e.file for e in store.entries()] == ["iati-2.03-v2.xml"]
    assert len(list((tmp_path / "imports").glob("*.xml"))) == 1


def test_dry_run_writes_nothing(db: Database, db_path: Path) -> None:
    before = snapshot(db_path)
    out = import_file(db, fixture("iati-2.03.xml"), dry_run=True)
    assert out.error is None and out.dry_run and out.added == 2
    assert snapshot(db_path) == before


XXE = """<?xml version="1.0"?>
<!DOCTYPE iati-activities [ <!ENTITY secret SYSTEM "file://{path}"> ]>
<iati-activities version="2.03"><iati-activity><iati-identifier>X-1</iati-identifier>
<title><narrative>&secret;</narrative></title></iati-activity></iati-activities>
"""

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<iati-activities><iati-activity><iati-identifier>B-1</iati-identifier>
<title>&lol9;</title></iati-activity></iati-activities>
"""


def _refused(db: Database, db_path: Path, path: Path, *words: str) -> str:
    before = snapshot(db_path)
    out = import_file(db, path, format_name="iati")
    assert out.error is not None and out.error.startswith(str(path))
    assert "\n" not in out.error
    for word in words:
        assert word in out.error
    assert snapshot(db_path) == before
    return out.error


def test_xxe_is_refused_and_reads_nothing(db: Database, db_path: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    hostile = tmp_path / "xxe.xml"
    hostile.write_text(XXE.format(path=secret), encoding="utf-8")
    _refused(db, db_path, hostile, "DOCTYPE")
    assert not rows(db_path, "SELECT 1 FROM initiative WHERE title LIKE '%SECRET%'")


def test_xxe_after_a_long_comment_is_refused_by_the_parser(
        db: Database, db_path: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    hostile = tmp_path / "xxe-late.xml"
    text = XXE.format(path=secret).replace("<!DOCTYPE", "<!--" + "x" * 70_000 + "-->\n<!DOCTYPE")
    hostile.write_text(text, encoding="utf-8")
    _refused(db, db_path, hostile)
    assert not rows(db_path, "SELECT 1 FROM initiative WHERE title LIKE '%SECRET%'")


def test_entity_bomb_refused_fast(db: Database, db_path: Path, tmp_path: Path) -> None:
    hostile = tmp_path / "bomb.xml"
    hostile.write_text(BOMB, encoding="utf-8")
    started = time.perf_counter()
    _refused(db, db_path, hostile, "DOCTYPE")
    assert time.perf_counter() - started < 5  # generous: the limit of the issue is 1 s


def test_truncated_file_leaves_db_unchanged(db: Database, db_path: Path, tmp_path: Path) -> None:
    data = fixture("iati-2.03.xml").read_bytes()
    cut = tmp_path / "cut.xml"
    cut.write_bytes(data[: len(data) * 2 // 3])
    _refused(db, db_path, cut, "malformed XML", "line ")


def test_deep_nesting_refused(db: Database, db_path: Path, tmp_path: Path) -> None:
    deep = tmp_path / "deep.xml"
    depth = 100_000
    deep.write_text("<iati-activities><iati-activity><iati-identifier>D</iati-identifier>"
                    + "<a>" * depth + "</a>" * depth + "</iati-activity></iati-activities>",
                    encoding="utf-8")
    _refused(db, db_path, deep, "malformed XML")


def test_wrong_root_and_wrong_encoding(db: Database, db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.xml"
    other.write_text("<?xml version='1.0'?><rss><channel/></rss>", encoding="utf-8")
    _refused(db, db_path, other, "root element is <rss>")
    latin = tmp_path / "latin.xml"
    latin.write_bytes('<?xml version="1.0" encoding="UTF-8"?><iati-activities><iati-activity>'
                      '<iati-identifier>L</iati-identifier><title>Coopera\xe7\xe3o</title>'
                      '</iati-activity></iati-activities>'.encode("latin-1"))
    _refused(db, db_path, latin, "malformed XML")


def test_unknown_file_names_what_was_expected(db: Database, tmp_path: Path) -> None:
    odd = tmp_path / "notes.bin"
    odd.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    out = import_file(db, odd)
    assert out.error is not None and out.error.startswith(f"{odd}: not a file this app can")
    assert "<iati-activities>" in out.error
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    assert import_file(db, empty).error == f"{empty}: the file is empty"
    missing = import_file(db, tmp_path / "nowhere.xml")
    assert missing.error == f"{tmp_path / 'nowhere.xml'}: file not found"
    wrong = import_file(db, fixture("iati-2.03.xml"), format_name="nosuch")
    assert wrong.error is not None and "unknown format 'nosuch'" in wrong.error


def test_failure_half_way_leaves_db_exactly_as_before(db: Database, db_path: Path) -> None:
    # A real database failure after the dataset and initiatives were written: a trigger.
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON initiative_sector "
                 "BEGIN SELECT RAISE(ABORT, 'disk says no'); END")
    conn.commit()
    conn.close()
    before = snapshot(db_path)
    with pytest.raises(Exception, match="disk says no"):
        import_file(db, fixture("iati-2.03.xml"))
    db.dispose()
    assert snapshot(db_path) == before
