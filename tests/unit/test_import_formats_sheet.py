"""The organisation's own spreadsheets: CSV in cp1252 with old-Mac CR line ends and ';',
UTF-16 with tabs, UTF-8 with BOM, XLSX; headers in French and Spanish; unresolved countries."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from explorer.importers.formats import detect
from explorer.importers.formats.run import import_file
from explorer.store.database import Database
from tests.fixtures.importers import fixture, small_reference
from tests.unit.test_import_formats_iati import rows, snapshot

pytestmark = pytest.mark.realdata


@pytest.fixture()
def db_path(reference_db: Path, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    return small_reference(reference_db, tmp_path_factory.getbasetemp(), tmp_path / "ref.sqlite")


@pytest.fixture()
def db(db_path: Path) -> Database:
    handle = Database.open(db_path)
    yield handle
    handle.dispose()


def who(db_path: Path, record: str) -> set[tuple[object, ...]]:
    return set(rows(db_path, "SELECT p.role, p.iso3 FROM initiative_participant p JOIN "
                    "initiative i ON i.id = p.initiative_id WHERE i.source_record_id = ?",
                    record))


def test_french_cp1252_cr_semicolons(db: Database, db_path: Path) -> None:
    path = fixture("own-initiatives-fr-cp1252-cr.csv")
    assert detect(path).name == "spreadsheet"
    out = import_file(db, path)
    assert out.error is None, out.error
    assert (out.added, out.format) == (3, "spreadsheet")
    assert out.unresolved == {"Atlantide": 1}
    got = rows(db_path, "SELECT source_record_id, title, start_year, end_year, theme, "
               "amount_usd FROM initiative ORDER BY source_record_id")
    assert got == [
        ("FR-01", "Formation de techniciens agricoles", 2018, 2020, "Agriculture", 125000.0),
        ("FR-02", "Échange d'expériences en santé", 2019, None, "Santé", None),
        ("FR-03", "Mission d'étude sur l'irrigation", 2021, None, "Eau", None),
    ]
    assert who(db_path, "FR-01") == {("provider", "BRA"), ("recipient", "SEN"),
                                     ("recipient", "CIV")}
    assert who(db_path, "FR-03") == {("provider", "IND"), ("recipient", "MLI"),
                                     ("recipient", "NER")}


def test_spanish_utf16_tabs_and_comma_names(db: Database, db_path: Path) -> None:
    out = import_file(db, fixture("own-initiatives-es-utf16.csv"))
    assert out.error is None, out.error
    assert out.added == 2 and out.unresolved == {}
    (ident,), = rows(db_path, "SELECT source_record_id FROM initiative WHERE title = ?",
                     "Programa de becas")
    assert ident.startswith("t-")  # no id column: a key from the title and year
    assert who(db_path, ident) == {("provider", "CHL"), ("recipient", "KOR")}
    (vivienda,), = rows(db_path, "SELECT source_record_id FROM initiative WHERE start_year = "
                        "2017")
    assert rows(db_path, "SELECT modality FROM initiative WHERE source_record_id = ?",
                vivienda) == [("training",)]  # "capacitación" in the modality column
    assert who(db_path, vivienda) == {("provider", "MEX"), ("recipient", "BOL"),
                                      ("recipient", "PER")}


def test_xlsx_with_dates_and_mapping(db: Database, db_path: Path, tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Código", "Nome do projeto", "País parceiro", "Data de início", "Quem"])
    sheet.append(["BR-9", "Apoio à produção de algodão", "Moçambique", datetime(2014, 5, 2),
                  "Brasil"])
    path = tmp_path / "projetos.xlsx"
    book.save(path)
    assert detect(path).name == "spreadsheet"
    out = import_file(db, path, mapping={"title": "Nome do projeto", "provider": "Quem"})
    assert out.error is None, out.error
    assert rows(db_path, "SELECT title, start_year FROM initiative") == [
        ("Apoio à produção de algodão", 2014)]
    assert who(db_path, "BR-9") == {("provider", "BRA"), ("recipient", "MOZ")}


def test_utf8_bom_crlf_and_same_file_again(db: Database, db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "ours.csv"
    path.write_bytes("\ufeffTitle,Country,Year\r\nSolar kiosks,Kenya,2022\r\n".encode())
    assert import_file(db, path).added == 1
    before = snapshot(db_path)
    assert import_file(db, path).unchanged
    assert snapshot(db_path) == before


def test_bad_spreadsheets_refused(db: Database, db_path: Path, tmp_path: Path) -> None:
    before = snapshot(db_path)
    cols = tmp_path / "cols.csv"
    cols.write_text("Foo,Bar\n1,2\n", encoding="utf-8")
    out = import_file(db, cols, format_name="spreadsheet")
    assert out.error is not None and "no title column" in out.error
    assert import_file(db, cols).error is not None  # and detection finds no format
    fake = tmp_path / "fake.xlsx"
    shutil.copyfile(fixture("iati-2.03.xml"), fake)
    assert detect(fake).name == "iati"  # content, not the extension
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    out = import_file(db, broken, format_name="spreadsheet")
    assert out.error is not None and str(broken) in out.error
    quote = tmp_path / "quote.csv"
    quote.write_text('Title,Country\n"Open quote,Kenya\n', encoding="utf-8")
    out = import_file(db, quote)
    assert out.error is not None and "truncated" in out.error
    assert snapshot(db_path) == before
