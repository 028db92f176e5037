"""Per-language titles of IATI activities (issue 12): every narrative's xml:lang is kept on
the initiative's stable key; the detail job shows the interface's language, falling back to
the file's own; a re-import and a removal leave no stale text. Real importer, real small
reference database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from explorer.importers.formats.run import import_file, remove_import
from explorer.importers.formats.store import ImportStore
from explorer.jobs.initiatives import load_detail
from explorer.store.database import Database
from tests.fixtures.importers import fixture, small_reference
from tests.unit.test_import_formats_iati import rows

pytestmark = pytest.mark.realdata


@pytest.fixture()
def db_path(reference_db: Path, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    return small_reference(reference_db, tmp_path_factory.getbasetemp(), tmp_path / "r.sqlite")


@pytest.fixture()
def db(db_path: Path) -> Iterator[Database]:
    handle = Database.open(db_path)
    yield handle
    handle.dispose()
ACT = "XX-TEST-1-ACT-001"
THREE = """<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" xml:lang="en">
 <iati-activity>
  <iati-identifier>XX-L-1</iati-identifier>
  <reporting-org ref="XX-L" type="10"><narrative>Agency</narrative></reporting-org>
  <title>
   <narrative>Water for schools</narrative>
   <narrative xml:lang="pt-BR">Água para escolas</narrative>
   <narrative xml:lang="AR">المياه للمدارس</narrative>
  </title>
  <description><narrative xml:lang="ar">مياه الشرب</narrative></description>
  <recipient-country code="KE"/>
 </iati-activity>
 <iati-activity>
  <iati-identifier>XX-L-2</iati-identifier>
  <title><narrative>Only English</narrative></title>
 </iati-activity>
</iati-activities>
"""


def init_id(path: Path, record: str) -> int:
    (value,), = rows(path, "SELECT id FROM initiative WHERE source_record_id = ?", record)
    assert isinstance(value, int)
    return value


def test_titles_kept_per_language_and_shown_in_the_interface_language(
        db: Database, db_path: Path) -> None:
    assert import_file(db, fixture("iati-2.03.xml")).error is None
    kept = rows(db_path, "SELECT field, lang, text FROM import_initiative_text "
                "WHERE source_record_id = ? ORDER BY field, lang", ACT)
    assert kept == [
        ("description", "en", "Triangular project: technicians trained in seed production."),
        ("description", "fr", "Projet triangulaire : techniciens formés à la production de "
                              "semences."),
        ("title", "fr", "Multiplication de semences de riz avec les petits exploitants")]
    ident = init_id(db_path, ACT)
    french = load_detail(db, ident, "fr_FR")
    assert french is not None and french.language == "fr"
    assert french.title == "Multiplication de semences de riz avec les petits exploitants"
    assert french.description.startswith("Projet triangulaire")
    english = load_detail(db, ident, "en_GB")
    assert english is not None and english.title == "Rice seed multiplication with smallholders"
    german = load_detail(db, ident, "de_DE")  # none in German: the file's own language
    plain = load_detail(db, ident)
    assert german == plain and plain is not None
    assert plain.title == "Rice seed multiplication with smallholders"
    assert "[fr] Multiplication" in plain.description  # every language stays searchable
    single = load_detail(db, init_id(db_path, "XX-TEST-1-ACT-002"), "fr")
    assert single is not None and single.title == "Intercambio de experiencias en salud materna"


def test_regional_codes_and_fallback_to_the_base_language(db: Database, db_path: Path,
                                                          tmp_path: Path) -> None:
    source = tmp_path / "langs.xml"
    source.write_text(THREE, encoding="utf-8")
    assert import_file(db, source).error is None
    ident = init_id(db_path, "XX-L-1")
    brazil = load_detail(db, ident, "pt_BR")
    portugal = load_detail(db, ident, "pt_PT")  # no pt-PT: pt-BR is still Portuguese
    arabic = load_detail(db, ident, "ar_EG")
    assert brazil is not None and brazil.title == "Água para escolas"
    assert portugal is not None and portugal.title == "Água para escolas"
    assert arabic is not None and arabic.title == "المياه للمدارس"
    assert arabic.description == "مياه الشرب"
    # No Portuguese description: the stored one (every language, as the file gave them).
    assert brazil.description.startswith("مياه الشرب") and "[pt-br]" in brazil.description
    assert rows(db_path, "SELECT count(*) FROM import_initiative_text WHERE "
                "source_record_id = 'XX-L-2'") == [(0,)]  # one language: nothing extra


def test_reimport_and_remove_leave_no_stale_text(db: Database, db_path: Path,
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPLORER_USER_DIR", str(tmp_path / "user"))
    store = ImportStore.default()
    first = tmp_path / "a" / "agency.xml"
    first.parent.mkdir()
    first.write_text(THREE, encoding="utf-8")
    out = import_file(db, first, store=store)
    assert out.error is None and out.import_id is not None
    newer = tmp_path / "b" / "agency.xml"
    newer.parent.mkdir()
    newer.write_text(THREE.replace("Água para escolas", "Água potável para escolas"),
                     encoding="utf-8")
    again = import_file(db, newer, store=store)
    assert again.error is None and again.updated == 2
    assert rows(db_path, "SELECT text FROM import_initiative_text WHERE lang = 'pt-br'") == [
        ("Água potável para escolas",)]
    assert again.import_id is not None
    remove_import(db, store, again.import_id)
    assert rows(db_path, "SELECT count(*) FROM import_initiative_text") == [(0,)]
