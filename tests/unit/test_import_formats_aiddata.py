"""AidData donor files: a real slice of the Chinese v1 file (copied into tmp_path, also
re-encoded to cp1252 with old-Mac CR line ends) and an authored file with another donor's
column set."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from explorer.importers.formats import detect
from explorer.importers.formats.run import import_file
from explorer.store.database import Database
from tests.fixtures.importers import small_reference
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


def real_slice(sources: Path, n: int = 40) -> tuple[list[str], list[list[str]]]:
    """The header and the first ``n`` records of the real file that cp1252 can encode."""
    path = sources / "aiddata-china-v1" / "GlobalChineseOfficialFinanceDataset_v1.0.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        picked = []
        for row in reader:
            try:
                "".join(row).encode("cp1252")
            except UnicodeEncodeError:
                continue
            picked.append(row)
            if len(picked) == n:
                break
    return header, picked


def write(header: list[str], body: list[list[str]], newline: str = "\n") -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=newline)
    writer.writerow(header)
    writer.writerows(body)
    return out.getvalue()


def test_real_china_slice_cp1252_cr(db: Database, db_path: Path, sources_dir: Path,
                                    tmp_path: Path) -> None:
    header, body = real_slice(sources_dir)
    path = tmp_path / "china.csv"
    path.write_bytes(write(header, body, "\r").encode("cp1252"))
    assert detect(path).name == "aiddata"
    out = import_file(db, path)
    assert out.error is None, out.error
    assert out.dataset == "import-aiddata-china" and out.added == 40
    first = body[0]
    ident = first[header.index("project_id")]
    (title, year, amount), = rows(db_path, "SELECT title, start_year, amount_usd FROM "
                                  "initiative WHERE source_record_id = ?", ident)
    assert title == " ".join(first[header.index("title")].split())
    assert year == int(first[header.index("year")])
    usd = first[header.index("usd_current")].strip()
    assert amount == (float(usd) if usd else None)
    providers = rows(db_path, "SELECT DISTINCT p.iso3 FROM initiative_participant p WHERE "
                     "p.role = 'provider'")
    assert providers == [("CHN",)]  # from the donor column, resolved by name
    iso = first[header.index("recipient_iso3")]
    got = rows(db_path, "SELECT p.iso3 FROM initiative_participant p JOIN initiative i ON "
               "i.id = p.initiative_id WHERE i.source_record_id = ? AND p.role = 'recipient'",
               ident)
    assert got == [(iso,)]


def test_other_donor_column_set_and_damaged_text(db: Database, db_path: Path,
                                                 tmp_path: Path) -> None:
    path = tmp_path / "qatar.csv"
    path.write_text(
        "aiddata_id,donor,recipient,project_title,short_description,commitment_year,"
        "commitment_amount_usd_constant,crs_purpose_code\n"
        "QA-1,Qatar,Sudan,Water wells in Darfur,Drilling of wells,2009,1500000,14030\n"
        "QA-2,Qatar,Gaza Strip,Rebuilding homes,Reconstruction,2012,,\n"
        "QA-3,Qatar,Côte d'Ivoire,SÃ£o Tomé school,Textbooks,2013,,\n",
        encoding="utf-8")
    out = import_file(db, path)
    assert out.error is None, out.error
    assert (out.format, out.added, out.dataset) == ("aiddata", 3, "import-aiddata-qatar")
    assert any("mis-encoded" in w for w in out.warnings)
    assert rows(db_path, "SELECT title FROM initiative WHERE source_record_id = 'QA-3'") == [
        ("SÃ£o Tomé school",)]  # kept as given
    people = set(rows(db_path, "SELECT i.source_record_id, p.role, p.iso3, p.org_name FROM "
                      "initiative_participant p JOIN initiative i ON i.id = p.initiative_id"))
    assert ("QA-1", "recipient", "SDN", None) in people
    assert ("QA-1", "provider", "QAT", None) in people
    assert ("QA-3", "recipient", "CIV", None) in people


def test_row_with_wrong_width_refused(db: Database, db_path: Path, sources_dir: Path,
                                      tmp_path: Path) -> None:
    header, body = real_slice(sources_dir, 5)
    body[3] = body[3][:10]
    path = tmp_path / "cut.csv"
    path.write_text(write(header, body), encoding="utf-8")
    before = snapshot(db_path)
    out = import_file(db, path)
    assert out.error is not None and ": line 5: " in out.error and "truncated" in out.error
    assert snapshot(db_path) == before
