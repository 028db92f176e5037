"""The workspace store on real SQLite files: stable keys survive a replaced reference."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explorer.domain.keys import chart_key, classify, initiative_key, split_chart_key
from explorer.store import workspace as ws
from explorer.store.engine import make_engine
from explorer.store.userdb import open_user_db

REF = Path(os.environ.get("EXPLORER_TEST_DB", "build/reference.sqlite"))
SOURCES = ("abc-brazil", "aiddata-china-v1", "brief", "undp-ss")


@pytest.mark.parametrize(
    ("dataset", "rid", "key"),
    [
        ("abc-brazil", "BRA/04/044-A142", "abc-brazil:BRA/04/044-A142"),
        ("undp-ss", "149", "undp-ss:149"),
        ("brief", "brief:asa-philippines", "brief:asa-philippines"),
    ],
)
def test_initiative_key_never_doubles_prefix(dataset: str, rid: str, key: str) -> None:
    assert initiative_key(dataset, rid) == key
    assert classify(key).kind == "initiative"


def test_chart_key_round_trips_in_fixed_order() -> None:
    key = chart_key("trade", year=2020, iso3="BRA")
    assert key == "chart:trade?iso3=BRA&year=2020"
    assert split_chart_key(key) == ("trade", {"iso3": "BRA", "year": "2020"})
    assert classify("MOZ").kind == "country"
    with pytest.raises(ValueError):
        classify("nonsense")


def test_notes_and_bookmarks(tmp_path: Path) -> None:
    user = ws.durable(open_user_db(tmp_path / "user.sqlite"))
    nid = ws.add_note(user, "MOZ", "Ministry said yes", "Mozambique")
    ws.save_note_text(user, nid, "Ministry said **yes**, in March")
    (note,) = ws.list_notes(user, "MOZ")
    assert (note.title, note.text) == ("Mozambique", "Ministry said **yes**, in March")
    assert ws.add_bookmark(user, "undp-ss:149", "A title")
    assert not ws.add_bookmark(user, "undp-ss:149", "A title")
    assert ws.list_bookmarks(user) == [("initiative", "undp-ss:149", "A title")]
    with user.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2


@pytest.mark.skipif(not REF.exists(), reason="no reference database")
def test_notes_on_20_initiatives_per_source_survive_renumbered_reference(
    tmp_path: Path,
) -> None:
    ref_path = tmp_path / "reference.sqlite"
    shutil.copy2(REF, ref_path)
    ref = make_engine(ref_path)
    user = ws.durable(open_user_db(tmp_path / "user.sqlite"))
    expected = {}
    for source in SOURCES:
        keys = ws.initiative_keys(ref, source, 20)
        # the brief holds only a dozen cases: all of them
        assert len(keys) == (12 if source == "brief" else 20)
        for key in keys:
            title = ws.resolve(ref, key).title
            assert title
            ws.add_note(user, key, "seen", title)
            expected[key] = title
    assert not any(k.startswith("brief:brief:") for k in expected)
    ref.dispose()
    # A rebuild renumbers every row id: shift them all, as a changed source does.
    con = sqlite3.connect(ref_path)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("UPDATE initiative SET id = id + 1000000")
    con.commit()
    con.close()
    ref = make_engine(ref_path)
    notes = ws.list_notes(user)
    assert len(notes) == len(expected) == 72
    for note in notes:
        assert ws.resolve(ref, note.target_key).title == expected[note.target_key]
        assert note.title == expected[note.target_key]
    # A target the update removed keeps its snapshot.
    gone = next(iter(expected))
    con = sqlite3.connect(ref_path)
    con.execute("PRAGMA foreign_keys=OFF")
    ds, rid = gone.split(":", 1)
    con.execute(
        "DELETE FROM initiative WHERE source_record_id IN (?, ?)", (rid, f"{ds}:{rid}")
    )
    con.commit()
    con.close()
    ref.dispose()
    ref = make_engine(ref_path)
    assert not ws.resolve(ref, gone).present
    assert ws.list_notes(user, gone)[0].title == expected[gone]


_WRITER = """
import sys
from pathlib import Path
from explorer.store import workspace as ws
from explorer.store.userdb import open_user_db
user = ws.durable(open_user_db(Path(sys.argv[1])))
nid = ws.add_note(user, "MOZ", "", "Mozambique")
i = 0
while True:
    i += 1
    ws.save_note_text(user, nid, f"draft {i}")
    print(i, flush=True)
"""


def test_sigkill_during_autosave_never_loses_a_reported_save(tmp_path: Path) -> None:
    db = tmp_path / "user.sqlite"
    open_user_db(db).dispose()
    import random

    rng = random.Random(11)
    for round_ in range(100):
        proc = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(db)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        reported = 0
        deadline = time.monotonic() + rng.uniform(0.0, 0.15)
        line = proc.stdout.readline()
        while line and time.monotonic() < deadline:
            reported = int(line.split()[0])
            line = proc.stdout.readline()
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        con = sqlite3.connect(db)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        texts = [r[0] for r in con.execute("SELECT text FROM note ORDER BY id DESC")]
        con.close()
        assert len(texts) >= 1, round_
        if reported:
            # the newest note is this round's; its saved draft is at least the reported one
            n = int(texts[0].rsplit(" ", 1)[-1])
            assert n >= reported
