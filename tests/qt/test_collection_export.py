"""``collections export NAME --format xlsx|pdf`` end to end: a real user database in
EXPLORER_USER_DIR, the real reference database, and the files read back (openpyxl, pypdf).
Every figure is checked against the reference rows it came from, every present item carries
its source citation, and an item a data update removed keeps its snapshot and is marked."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from explorer.cli import main
from explorer.ui.runner import Runner

REF = os.environ.get("EXPLORER_TEST_DB", "build/reference.sqlite")
Picked = dict[str, tuple[str, str, list[str], list[str]]]
CHART = "chart:partners?country=IND&year=2015"
GONE = "undp-ss:no-such-record-9999"
ARABIC = "**الوزارة** تريد بذور الكسافا قبل موسم الأمطار."
CHINESE = "部里希望在雨季之前拿到木薯种子。"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", REF, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_per_source(ref: Path) -> dict[str, tuple[str, str, list[str], list[str]]]:
    """key -> (title, citation<TAB>licence, providers, recipients) for one initiative of
    each dataset that has initiatives, straight from the reference file."""
    con = sqlite3.connect(f"file:{ref}?mode=ro", uri=True)
    try:
        out = {}
        for (dataset,) in con.execute(
            "SELECT DISTINCT d.key FROM dataset d JOIN initiative i "
            "ON i.dataset_id = d.id ORDER BY d.key"
        ):
            iid, rid, title = con.execute(
                "SELECT i.id, i.source_record_id, i.title FROM initiative i JOIN dataset d "
                "ON d.id = i.dataset_id WHERE d.key = ? ORDER BY i.source_record_id LIMIT 1",
                (dataset,),
            ).fetchone()
            roles: dict[str, list[str]] = {"provider": [], "recipient": []}
            for role, cname in con.execute(
                "SELECT p.role, coalesce(c.name, p.org_name) FROM initiative_participant p "
                "LEFT JOIN country c ON c.iso3 = p.iso3 WHERE p.initiative_id = ? "
                "ORDER BY p.id", (iid,)
            ):
                roles.setdefault(role, []).append(cname)
            citation, licence = con.execute(
                "SELECT coalesce(nullif(s.citation, ''), d.citation), d.licence "
                "FROM initiative_source s JOIN dataset d ON d.id = s.dataset_id "
                "WHERE s.initiative_id = ? ORDER BY s.id LIMIT 1", (iid,)).fetchone()
            key = f"{dataset}:{str(rid).removeprefix(dataset + ':')}"
            out[key] = (title, f"{citation}\t{licence}", roles["provider"], roles["recipient"])
        return out
    finally:
        con.close()


@pytest.fixture()
def filled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
           capsys: pytest.CaptureFixture[str]) -> Picked:
    monkeypatch.setenv("EXPLORER_USER_DIR", str(tmp_path / "officer"))
    picked = one_per_source(Path(REF))
    assert len(picked) >= 4
    first = next(iter(picked))
    assert run(capsys, "collections", "create", "Mozambique mission",
               "--description", "March, agriculture")[0] == 0  # fmt: skip
    keys = [*picked, "MOZ", CHART, GONE]
    assert run(capsys, "collections", "add", "Mozambique mission", *keys)[0] == 0
    assert run(capsys, "notes", "add", "--on", first, ARABIC)[0] == 0
    assert run(capsys, "notes", "add", "--on", "MOZ", CHINESE)[0] == 0
    return picked


def test_xlsx_carries_the_data_the_notes_and_the_sources(
    qtbot: QtBot, filled: Picked, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "mission.xlsx"
    code, stdout, err = run(capsys, "collections", "export", "Mozambique mission",
                            "--out", str(out), "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(stdout) == {"out": str(out), "format": "xlsx", "items": len(filled) + 3,
                                  "absent": 1}  # fmt: skip
    sheet = load_workbook(out)["Items"]
    head, *rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert head == ["#", "Kind", "Key", "Title", "In the data now", "Facts", "Notes", "Sources"]
    by_key = {r[2]: r for r in rows}
    assert [r[2] for r in rows] == [*filled, "MOZ", CHART, GONE]  # the collection's order
    for key, (title, cited, providers, recipients) in filled.items():
        row = by_key[key]
        assert row[1] == "Initiative" and row[3] == title and row[4] == "yes"
        facts = row[5] or ""
        for name in providers:
            assert name in facts
        for name in recipients:
            assert name in facts
        citation, licence = cited.split("\t")
        assert citation in row[7] and licence in row[7]  # the record's own citation
    first = next(iter(filled))
    assert by_key[first][6] == ARABIC
    moz = by_key["MOZ"]
    assert moz[3] == "Mozambique" and moz[6] == CHINESE and "ISO3: MOZ" in moz[5]
    assert "Country codes" in moz[7] and "World Bank" in moz[7]
    chart = by_key[CHART]
    assert chart[3] == "India: top partners, exports to, 2015"
    assert "Direction of Trade Statistics" in chart[7]
    gone = by_key[GONE]
    assert gone[4] == "no longer in the data" and not gone[7]
    about = {r[0].value: r[1].value for r in load_workbook(out)["About"].iter_rows()}
    assert about["Collection"] == "Mozambique mission" and about["Data"]


def test_pdf_brief_has_every_item_and_its_source(
    qtbot: QtBot, filled: Picked, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from pypdf import PdfReader

    out = tmp_path / "mission.pdf"
    code, _, err = run(capsys, "collections", "export", "Mozambique mission",
                       "--out", str(out), "--format", "pdf")  # fmt: skip
    assert code == 0, err
    reader = PdfReader(out)
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    flat = " ".join(text.split())
    assert "Mozambique mission" in flat and "March, agriculture" in flat
    for key, (title, *_rest) in filled.items():
        assert key in flat
        assert " ".join(title.split())[:30] in flat
    assert "no longer in the data" in flat and "Direction of Trade Statistics" in flat
    assert flat.count("Source") >= len(filled) + 2
    assert "**" not in flat  # the note's Markdown is rendered, not printed
    assert reader.metadata is not None
    assert reader.metadata.title == "Mozambique mission: collection brief"
    Path("/tmp/ws").mkdir(parents=True, exist_ok=True)
    (Path("/tmp/ws") / "collection-brief.pdf").write_bytes(out.read_bytes())


def test_missing_collection_and_bad_target_are_one_line(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("EXPLORER_USER_DIR", str(tmp_path / "officer"))
    out = tmp_path / "x.xlsx"
    code, _, err = run(capsys, "collections", "export", "No such", "--out", str(out))
    assert code == 2 and err.count("\n") == 1 and "No such" in err and not out.exists()
    run(capsys, "collections", "create", "Empty")
    code, _, err = run(capsys, "collections", "export", "Empty", "--out", str(tmp_path),
                       "--format", "pdf")  # fmt: skip
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1
    code, _, err = run(capsys, "collections", "export", "Empty", "--out",
                       str(tmp_path / "empty.pdf"))  # fmt: skip
    assert code == 0, err and (tmp_path / "empty.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("suffix", ["pdf", "xlsx", "eecollection"])
def test_the_window_exports_on_the_runner(
    qtbot: QtBot, filled: Picked, tmp_path: Path, suffix: str, runner: Runner
) -> None:
    from explorer.paths import default_user_db
    from explorer.store.database import Database
    from explorer.ui.collection_export_dialog import CollectionExport

    database = Database.open(Path(REF), readonly=True)
    out = tmp_path / f"mission.{suffix}"
    try:
        export = CollectionExport(runner, database, default_user_db(), "Mozambique mission", out)
        with qtbot.waitSignal(export.written, timeout=60_000) as blocker:
            export.start()
        assert blocker.args == [str(out)]
        if suffix == "pdf":
            assert out.read_bytes().startswith(b"%PDF")
        elif suffix == "xlsx":
            from openpyxl import load_workbook

            rows = list(load_workbook(out)["Items"].iter_rows(values_only=True))
            assert [r[2] for r in rows[1:]] == [*filled, "MOZ", CHART, GONE]
        else:
            data = json.loads(out.read_text(encoding="utf-8"))
            keys = [i["key"] for c in data["collections"] for i in c["items"]]
            assert keys == [*filled, "MOZ", CHART, GONE]
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith("mission")] == [out.name]
        gone = CollectionExport(runner, database, default_user_db(), "No such", out)
        with qtbot.waitSignal(gone.failed, timeout=60_000) as blocker:
            gone.start()
        assert "No such" in blocker.args[0] and "\n" not in blocker.args[0]
    finally:
        runner.wait_for_done(10_000)
        qtbot.wait(10)
        database.dispose()


def test_the_dialog_names_the_format_by_the_filter_picked(
    qtbot: QtBot, filled: Picked, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    runner: Runner,
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMainWindow

    from explorer.paths import default_user_db
    from explorer.store.database import Database
    from explorer.ui.collection_export_dialog import FILTERS, export_collection_dialog

    chosen = tmp_path / "for my colleague"  # no suffix: the picked filter decides
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(chosen), FILTERS["xlsx"]))  # fmt: skip
    window = QMainWindow()
    qtbot.addWidget(window)
    database = Database.open(Path(REF), readonly=True)
    try:
        export = export_collection_dialog(runner, database, default_user_db(),
                                          "Mozambique mission", window)  # fmt: skip
        assert export is not None
        with qtbot.waitSignal(export.written, timeout=60_000):
            pass
        out = chosen.with_suffix(".xlsx")
        assert out.is_file() and out.read_bytes()[:2] == b"PK"  # a zip: the workbook
    finally:
        runner.wait_for_done(10_000)
        qtbot.wait(10)  # the runner's last deliveries, before the fixture shuts it down
        database.dispose()
