"""has:note, has:bookmark and note:word on the real reference database, with the user's
notes in a real user database file (tmp_path); the CLI reads EXPLORER_USER_DIR's file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine

from explorer.cli import main
from explorer.domain.note_match import note_matches
from explorer.domain.query import mine_filters, parse
from explorer.store import workspace as ws
from explorer.store.queries.search import search
from explorer.store.queries.search_mine import NO_WORKSPACE, ids_of_keys
from explorer.store.userdb import open_user_db
from explorer.store.workspace_search import resolve_mine, resolve_mine_at

pytestmark = pytest.mark.realdata


@pytest.fixture
def user(tmp_path: Path, ref_conn: Connection) -> Iterator[tuple[Engine, list[str]]]:
    """A user database with notes on three real initiatives (one per source) and a star."""
    engine = ws.durable(open_user_db(tmp_path / "user.sqlite"))
    picked = [
        ws.initiative_keys(ref_conn.engine, d, 1)[0]
        for d in ("undp-ss", "abc-brazil", "aiddata-china-v1")
    ]
    ws.add_note(engine, picked[0], "Ministry said the irrigation pilot worked", "t")
    ws.add_note(engine, picked[1], "Équipe très motivée; São Tomé visit in March", "t")
    ws.add_note(engine, picked[2], "灌溉项目很好 — follow up", "t")
    ws.add_note(engine, "MOZ", "irrigation talks with the ministry", "Mozambique")
    ws.add_note(engine, "", "free-standing irrigation idea", "")
    ws.add_bookmark(engine, picked[0], "t")
    ws.add_bookmark(engine, "BRA", "Brazil")
    yield engine, picked
    engine.dispose()


def _keys(ref_conn: Connection, user: Engine, text: str, **kw: object) -> list[str]:
    page = search(ref_conn, text, limit=100, mine=resolve_mine(user, text), **kw)  # type: ignore[arg-type]
    assert page.total == len(page.rows)
    return [r.key for r in page.rows]


def test_has_note_finds_exactly_the_noted_initiatives(
    ref_conn: Connection, user: tuple[Engine, list[str]]
) -> None:
    engine, picked = user
    assert sorted(_keys(ref_conn, engine, "has:note")) == sorted(picked)
    assert _keys(ref_conn, engine, "has:bookmark") == [picked[0]]  # BRA is no initiative
    assert _keys(ref_conn, engine, "has:note,bookmark") == [picked[0]]  # both
    assert _keys(ref_conn, engine, "has:note source:undp") == [picked[0]]


def test_note_word_is_case_accent_and_script_insensitive(
    ref_conn: Connection, user: tuple[Engine, list[str]]
) -> None:
    engine, picked = user
    assert _keys(ref_conn, engine, "note:IRRIG") == [picked[0]]  # word start, any case
    assert _keys(ref_conn, engine, "note:sao") == [picked[1]]  # accents folded
    assert _keys(ref_conn, engine, "note:equipe") == [picked[1]]
    assert _keys(ref_conn, engine, "note:灌溉") == [picked[2]]  # no spaces in Chinese
    assert sorted(_keys(ref_conn, engine, "note:irrigation,equipe")) == sorted(picked[:2])
    assert _keys(ref_conn, engine, 'note:"pilot worked"') == [picked[0]]
    assert _keys(ref_conn, engine, 'note:"worked pilot"') == []
    assert _keys(ref_conn, engine, "note:rrigation") == []  # not a word start
    assert _keys(ref_conn, engine, "note:nothing-like-this") == []


def test_negated_drops_the_noted_ones_and_pages_stay_exact(
    ref_conn: Connection, user: tuple[Engine, list[str]]
) -> None:
    engine, picked = user
    everything = search(ref_conn, "", limit=0).total
    mine = resolve_mine(engine, "-has:note")
    first = search(ref_conn, "-has:note", limit=40, mine=mine)
    assert first.total == everything - 3
    second = search(ref_conn, "-has:note", limit=40, offset=40, mine=mine)
    seen = [r.key for r in (*first.rows, *second.rows)]
    assert len(seen) == len(set(seen)) == 80 and not set(seen) & set(picked)
    plain = search(ref_conn, "", limit=80 + 3)
    assert seen == [r.key for r in plain.rows if r.key not in picked][:80]
    undp = search(ref_conn, "source:undp -has:note", limit=0, mine=resolve_mine(
        engine, "source:undp -has:note")).total
    assert undp == search(ref_conn, "source:undp", limit=0).total - 1


def test_words_with_has_note_rank_and_orders_apply(
    ref_conn: Connection, user: tuple[Engine, list[str]]
) -> None:
    engine, picked = user
    titles = {r.key: r.title for r in search(ref_conn, "has:note", limit=10,
                                              mine=resolve_mine(engine, "has:note")).rows}
    assert set(titles) == set(picked)
    by_title = _keys(ref_conn, engine, "has:note", order="title")
    assert by_title == sorted(picked, key=lambda k: titles[k].lower())
    word = titles[picked[1]].split()[0]
    found = _keys(ref_conn, engine, f'has:note "{word}"')
    assert picked[1] in found and set(found) <= set(picked)


def test_without_a_workspace_the_filter_is_ignored_with_a_hint(ref_conn: Connection) -> None:
    page = search(ref_conn, "has:note source:undp", limit=1)
    assert NO_WORKSPACE in page.hints
    assert page.total == search(ref_conn, "source:undp", limit=0).total


def test_a_missing_user_file_selects_nothing_and_is_not_created(
    ref_conn: Connection, tmp_path: Path
) -> None:
    path = tmp_path / "none" / "user.sqlite"
    mine = resolve_mine_at(path, "has:note")
    assert not path.exists() and list(mine.values()) == [frozenset()]
    assert search(ref_conn, "has:note", mine=mine).total == 0
    assert resolve_mine_at(path, "water") == {}  # nothing to ask the user database


def test_parser_keeps_mine_apart_and_reports_unknown_has() -> None:
    q = parse("has:note,links note:Água -has:bookmark")
    fields = [(f.field, f.values, f.negated) for f in q.filters]
    assert fields == [("has", ("links",), False), ("has", ("note",), False),
                      ("note", ("Água",), False), ("has", ("bookmark",), True)]
    assert [f.field for f in mine_filters(q)] == ["has", "note", "has"]
    hint = parse("has:notes").hints[0]
    assert "has:notes is unknown" in hint and "has:note" in hint


def test_keys_of_removed_records_resolve_to_nothing(ref_conn: Connection) -> None:
    assert ids_of_keys(ref_conn, ["undp-ss:no-such-record", "BRA", "chart:trade", "bad"]) == set()
    key = ws.initiative_keys(ref_conn.engine, "brief", 1)[0]  # brief ids carry their prefix
    assert len(ids_of_keys(ref_conn, [key])) == 1


@pytest.mark.parametrize(
    ("text", "values", "exact", "expected"),
    [
        ("The Ministry agreed", ("ministry",), False, True),
        ("ministerial", ("ministry",), False, False),
        ("Sécurité alimentaire", ("securite",), False, True),
        ("وزارة الزراعة", ("الزراعة",), False, True),
        ("与农业部会谈", ("农业",), False, True),
        ("rural water supply", ("rural water",), True, True),
        ("rural, water", ("rural water",), True, True),
        ("rural waters", ("rural water",), True, False),
        ("", ("x",), False, False),
        ("anything", ("***",), False, False),
    ],
)
def test_note_matches(text: str, values: tuple[str, ...], exact: bool, expected: bool) -> None:
    assert note_matches(text, values, exact) is expected


def test_cli_search_reads_the_user_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    reference_db: Path,
) -> None:
    monkeypatch.setenv("EXPLORER_USER_DIR", str(tmp_path / "officer"))
    assert main(["--db", str(reference_db), "search", "has:note", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert not (tmp_path / "officer").exists()  # searching created no user database
    key = "undp-ss:149"
    assert main(["--db", str(reference_db), "notes", "add", "--on", key, "Água potável"]) == 0
    capsys.readouterr()
    assert main(["--db", str(reference_db), "search", "note:agua", "--json"]) == 0
    assert [r["key"] for r in json.loads(capsys.readouterr().out)] == [key]
    assert main(["--db", str(reference_db), "search", "--limit", "1", "--", "-has:note"]) == 0
    out = capsys.readouterr().out
    total = int(out.split()[0].replace(",", ""))
    assert main(["--db", str(reference_db), "search", "--limit", "1"]) == 0
    assert int(capsys.readouterr().out.split()[0].replace(",", "")) == total + 1


def test_facets_count_only_what_the_filter_keeps(
    ref_conn: Connection, user: tuple[Engine, list[str]]
) -> None:
    from explorer.store.queries.facets import search_facets

    engine, _ = user
    facets = search_facets(ref_conn, "has:note", top=40, mine=resolve_mine(engine, "has:note"))
    assert sum(f.count for f in facets.sources) == 3  # one noted initiative per source
    assert {f.count for f in facets.sources} == {1}
    everything = search_facets(ref_conn, "", top=40)
    without = search_facets(ref_conn, "-has:note", top=40,
                            mine=resolve_mine(engine, "-has:note"))
    assert sum(f.count for f in without.sources) == sum(f.count for f in everything.sources) - 3
    ignored = search_facets(ref_conn, "has:note", top=40)  # no workspace: unrestricted
    assert ignored.sources == everything.sources


def test_cli_names_a_damaged_user_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    reference_db: Path,
) -> None:
    home = tmp_path / "officer"
    monkeypatch.setenv("EXPLORER_USER_DIR", str(home))
    from explorer.paths import default_user_db

    path = default_user_db()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"garbage " * 1000)
    assert main(["--db", str(reference_db), "search", "has:note"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: cannot read your workspace {path}: ") and "\n" not in err
    assert path.read_bytes() == b"garbage " * 1000
    assert main(["--db", str(reference_db), "search", "water", "--limit", "1"]) == 0  # unasked
