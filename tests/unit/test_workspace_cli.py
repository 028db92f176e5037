"""The workspace commands end to end: a real user DB in EXPLORER_USER_DIR, the real
reference DB for titles, and .eecollection files exported, shared and imported."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from explorer.cli import main

REF = os.environ.get("EXPLORER_TEST_DB", "build/reference.sqlite")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object, str]:
    code = main(["--db", REF, *argv])
    out, err = capsys.readouterr()
    data = json.loads(out) if "--json" in argv and out.strip() else out
    return code, data, err


@pytest.fixture
def officer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "officer"
    monkeypatch.setenv("EXPLORER_USER_DIR", str(home))
    return home


def _state(home: Path) -> list[tuple[object, ...]]:
    (db,) = [p for p in home.rglob("*.sqlite")]
    con = sqlite3.connect(db)
    rows = []
    for table in ("note", "bookmark", "collection", "collection_item", "note_tag",
                  "bookmark_tag"):
        rows += [(table, *r) for r in con.execute(f"SELECT * FROM {table} ORDER BY 1")]
    con.close()
    return rows


def test_notes_bookmarks_collections_round_trip(
    officer: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, data, _ = _run(capsys, "notes", "add", "--on", "MOZ", "Ministry said yes",
                         "--tag", "mission", "--json")
    assert code == 0 and isinstance(data, dict)
    nid = data["id"]
    code, data, _ = _run(capsys, "notes", "show", str(nid), "--json")
    assert isinstance(data, dict) and data["title"] == "Mozambique"
    assert data["tags"] == ["mission"]
    _run(capsys, "notes", "edit", str(nid), "Ministry said yes, in March")
    code, data, _ = _run(capsys, "notes", "list", "--on", "MOZ", "--json")
    assert [n["text"] for n in data] == ["Ministry said yes, in March"]  # type: ignore[union-attr]
    code, data, _ = _run(capsys, "bookmarks", "add", "undp-ss:149", "--json")
    assert code == 0 and data == {"key": "undp-ss:149", "added": True}
    code, data, _ = _run(capsys, "bookmarks", "list", "--json")
    assert isinstance(data, list) and data[0]["title"]  # title resolved from the reference
    assert _run(capsys, "collections", "create", "Mozambique mission, March")[0] == 0
    code, data, _ = _run(capsys, "collections", "add", "Mozambique mission, March", "MOZ",
                         "undp-ss:149", "MOZ", "--json")
    assert data == {"added": 2}
    code, data, _ = _run(capsys, "collections", "move", "Mozambique mission, March",
                         "undp-ss:149", "0", "--json")
    assert [i["key"] for i in data] == ["undp-ss:149", "MOZ"]  # type: ignore[union-attr]
    out = tmp_path / "moz.eecollection"
    assert _run(capsys, "collections", "export", "Mozambique mission, March",
                "--out", str(out))[0] == 0
    shared = json.loads(out.read_text("utf-8"))
    assert shared["format"] == "exchange-explorer-collection" and shared["version"] == 1
    assert [n["text"] for n in shared["notes"]] == ["Ministry said yes, in March"]
    assert "id" not in shared["notes"][0]  # never row ids

    # a colleague imports it twice: nothing is duplicated
    monkeypatch.setenv("EXPLORER_USER_DIR", str(tmp_path / "colleague"))
    code, data, _ = _run(capsys, "collections", "import", str(out), "--json")
    assert code == 0 and isinstance(data, dict)
    assert (data["items_added"], data["notes_added"], data["bookmarks_added"]) == (2, 1, 1)
    code, data, _ = _run(capsys, "collections", "import", str(out), "--json")
    assert isinstance(data, dict)
    assert (data["items_added"], data["notes_added"], data["skipped"]) == (0, 0, 4)
    code, data, _ = _run(capsys, "collections", "show", "Mozambique mission, March", "--json")
    assert [i["key"] for i in data] == ["undp-ss:149", "MOZ"]  # type: ignore[union-attr]
    # the colleague edits the note; the file's older text comes back as a second note
    code, notes, _ = _run(capsys, "notes", "list", "--json")
    _run(capsys, "notes", "edit", str(notes[0]["id"]), "colleague's version")  # type: ignore[index]
    code, data, _ = _run(capsys, "collections", "import", str(out), "--json")
    assert isinstance(data, dict) and data["notes_kept_both"] == 1
    code, notes, _ = _run(capsys, "notes", "list", "--on", "MOZ", "--json")
    assert sorted(n["text"] for n in notes) == [  # type: ignore[union-attr]
        "Ministry said yes, in March", "colleague's version"]


GOOD = {"format": "exchange-explorer-collection", "version": 1,
        "collections": [{"name": "c", "items": [{"key": "MOZ", "title": "Mozambique"}]}]}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not valid JSON"),
        (json.dumps(GOOD).encode()[:40], "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (json.dumps({**GOOD, "version": 99}).encode(), "format version 99"),
        (json.dumps({**GOOD, "format": "zip"}).encode(), "not an Exchange Explorer"),
        (json.dumps({**GOOD, "evil": 1}).encode(), "unknown field 'evil'"),
        (json.dumps({**GOOD, "collections": [{"name": "c", "items": [
            {"key": "MOZ", "title": "x" * 100_000}]}]}).encode(), "longer than 500"),
        (json.dumps({**GOOD, "collections": [{"name": 5, "items": []}]}).encode(),
         "'name' must be text"),
        (json.dumps({**GOOD, "collections": [{"name": "c", "items": [
            {"key": "MOZ"}] * 1_000_000}]}).encode(), "1,000,000 entries"),
        (json.dumps({**GOOD, "collections": [{"name": "c", "items": [
            {"key": "MOZ"}, {"key": "../../etc"}]}]}).encode(), "is not a key"),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    ],
)
def test_hostile_file_is_one_line_and_changes_nothing(
    officer: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes,
    message: str,
) -> None:
    _run(capsys, "collections", "create", "c")
    _run(capsys, "notes", "add", "--on", "MOZ", "mine")
    before = _state(officer)
    bad = tmp_path / "bad.eecollection"
    bad.write_bytes(content)
    code, _, err = _run(capsys, "collections", "import", str(bad))
    assert code == 2
    assert err.count("\n") == 1 and message in err, err
    assert _state(officer) == before


def test_unknown_collection_and_bad_key_are_one_line(
    officer: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = _run(capsys, "collections", "export", "nope", "--out",
                        str(tmp_path / "x.eecollection"))
    assert code == 2 and "no collection named 'nope'" in err
    assert not (tmp_path / "x.eecollection").exists()
    code, _, err = _run(capsys, "bookmarks", "add", "nonsense")
    assert code == 2 and "is not a key" in err
