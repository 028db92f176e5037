"""has:note and note:word on the Initiatives page: the real reference database, the user's
notes in a real user database file the page was given."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from explorer.jobs import initiatives as jobs
from explorer.store import workspace as ws
from explorer.store.database import Database
from explorer.store.userdb import open_user_db
from explorer.ui.pages.base import PageContext
from explorer.ui.pages.initiatives import InitiativesPage

pytestmark = pytest.mark.realdata
MakeContext = Callable[[Path], PageContext]


def _noted(reference_db: Path, user_db: Path) -> list[str]:
    database = Database.open(reference_db, readonly=True)
    try:
        keys = [ws.initiative_keys(database.engine, d, 1)[0] for d in ("undp-ss", "brief")]
    finally:
        database.dispose()
    engine = ws.durable(open_user_db(user_db))
    ws.add_note(engine, keys[0], "Irrigation: the ministry agreed", "")
    ws.add_note(engine, keys[1], "وزارة الزراعة وافقت", "")
    engine.dispose()
    return keys


def test_page_lists_only_the_noted_initiatives(
    qtbot: QtBot, make_context: MakeContext, reference_db: Path, tmp_path: Path
) -> None:
    keys = _noted(reference_db, tmp_path / "user.sqlite")
    page = InitiativesPage(make_context(reference_db))
    page.user_db_path = tmp_path / "user.sqlite"
    qtbot.addWidget(page)
    page.show()
    for text, expected in (("has:note", set(keys)), ("note:irrigation", {keys[0]}),
                           ("note:الزراعة", {keys[1]})):
        with qtbot.waitSignals([page.data_shown, page.facets_shown], timeout=20_000):
            page.show_query(text)
        start = page.model.start
        assert start is not None and start.total == len(expected)
        assert {r.key for r in start.rows} == expected
        sources = dict(page.facet_model._facets).get("sources", ())
        assert sum(v.count for v in sources) == len(expected)  # facets count the same set
    page.context.runner.wait_for_done(10_000)


def test_blocks_and_export_page_through_the_start_set(reference_db: Path, tmp_path: Path) -> None:
    keys = _noted(reference_db, tmp_path / "user.sqlite")
    database = Database.open(reference_db, readonly=True)
    try:
        start = jobs.start_list(database, "-has:note", "newest", tmp_path / "user.sqlite")
        plain = jobs.start_list(database, "", "newest")
        assert start.total == plain.total - 2
        block = jobs.fetch_block(database, start.text, "newest", jobs.BLOCK, start.mine)
        assert not {r.key for r in block.rows} & set(keys) and len(block.rows) == jobs.BLOCK
        from explorer.jobs.reads import read

        ids = read(database, lambda s: jobs.all_ids(s, "has:note", 2, None, "title",
                                                    jobs.start_list(database, "has:note",
                                                                    "title", tmp_path /
                                                                    "user.sqlite").mine))
        assert len(ids) == 2
        ignored = jobs.start_list(database, "has:note", "newest")  # no workspace given
        assert ignored.total == plain.total and ignored.hints
    finally:
        database.dispose()


def test_a_damaged_user_database_leaves_the_filter_out_with_a_hint(
    reference_db: Path, tmp_path: Path
) -> None:
    damaged = tmp_path / "user.sqlite"
    damaged.write_bytes(b"\x00not sqlite\x00" * 500)
    database = Database.open(reference_db, readonly=True)
    try:
        start = jobs.start_list(database, "has:note source:undp", "newest", damaged)
        plain = jobs.start_list(database, "source:undp", "newest")
        facets = jobs.load_facets(database, "has:note", damaged)
    finally:
        database.dispose()
    assert start.total == plain.total and start.mine is None
    assert any(h.startswith("Your workspace could not be read (file is not a database")
               and "workspace recover" in h for h in start.hints)
    assert not any("need your workspace here" in h for h in start.hints)
    assert facets.sources  # unrestricted, not an error
    assert damaged.read_bytes() == b"\x00not sqlite\x00" * 500
