"""The data fixes of issue 13 on the real reference build: ABC's "Regionais" is a regional
(unspecified) recipient, not a place; year ranges the source gives reversed (AidData's
"2011-2010") are shown as given, flagged, and still found by year filters and sorted; no
initiative key doubles its dataset prefix (the brief's ``brief:brief:``)."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, text

from explorer.domain.initiative_detail import InitiativeDetail
from explorer.domain.keys import initiative_key, split_initiative_key
from explorer.domain.query import parse
from explorer.importers.abc_brazil import REGIONAL
from explorer.store.queries.initiative_detail import initiative_detail as _initiative_detail
from explorer.store.queries.search import search

pytestmark = pytest.mark.realdata


def initiative_detail(conn: Connection, initiative: int) -> InitiativeDetail | None:
    from sqlalchemy.orm import Session

    with Session(bind=conn) as session:
        return _initiative_detail(session, initiative)


def _reversed(conn: Connection) -> list[tuple[int, int, int]]:
    return [
        (int(i), int(s), int(e))
        for i, s, e in conn.execute(
            text("SELECT id, start_year, end_year FROM initiative WHERE end_year < start_year")
        )
    ]


def test_regionais_is_a_regional_recipient_not_a_place(ref_conn: Connection) -> None:
    rows = ref_conn.execute(
        text(
            "SELECT p.org_name, p.iso3, count(*) FROM initiative_participant p "
            "WHERE p.source_name = 'Regionais' GROUP BY p.org_name, p.iso3"
        )
    ).all()
    if rows and rows[0][0] == "Regionais":
        pytest.skip("reference database built before the Regionais fix (issue 13)")
    assert rows == [(REGIONAL, None, 140)]
    # The detail pane names it as regional and keeps the source's heading.
    some = ref_conn.execute(
        text("SELECT initiative_id FROM initiative_participant WHERE source_name = 'Regionais'")
    ).scalar()
    assert some is not None
    detail = initiative_detail(ref_conn, int(some))
    assert detail is not None
    (recipient,) = detail.by_role("recipient")
    assert (recipient.name, recipient.iso3, recipient.source_name) == (
        REGIONAL, None, "Regionais",
    )  # fmt: skip


def test_reversed_years_are_kept_as_given_and_found_by_year(ref_conn: Connection) -> None:
    rows = _reversed(ref_conn)
    assert len(rows) >= 5  # AidData gives a few, e.g. "2011-2010"
    for init, start, end in rows:
        detail = initiative_detail(ref_conn, init)
        assert detail is not None
        assert (detail.start_year, detail.end_year) == (start, end)  # as the source gives it
        title = detail.title.replace('"', " ")
        for year in range(end, start + 1):  # every year of the range, read either way round
            found = search(ref_conn, parse(f'"{title}" year:{year}'), limit=100)
            assert init in found.ids, (init, year)
        found = search(ref_conn, parse(f'"{title}" year:{end}..{start}'), limit=100)
        assert init in found.ids
        before = search(ref_conn, parse(f'"{title}" year:..{end - 1}'), limit=100)
        after = search(ref_conn, parse(f'"{title}" year:{start + 1}..'), limit=100)
        assert init not in before.ids and init not in after.ids


def test_reversed_years_sort_by_their_start(ref_conn: Connection) -> None:
    init, start, end = _reversed(ref_conn)[0]
    iso3 = ref_conn.execute(
        text(
            "SELECT iso3 FROM initiative_participant WHERE initiative_id = :i "
            "AND role = 'recipient' AND iso3 IS NOT NULL"
        ),
        {"i": init},
    ).scalar()
    query = parse(f"year:{end}..{start} recipient:{iso3}")
    page = search(ref_conn, query, limit=1000, order="oldest")
    assert 0 < page.total <= 1000 and init in page.ids
    marks = ",".join(map(str, page.ids))
    by_id = {
        int(i): y
        for i, y in ref_conn.execute(
            text(f"SELECT id, start_year FROM initiative WHERE id IN ({marks})")
        )
    }
    starts = [by_id[i] for i in page.ids if by_id[i] is not None]
    assert starts == sorted(starts)


def test_reversed_years_are_flagged_on_the_detail_pane(ref_conn: Connection) -> None:
    from explorer.ui.widgets.initiative_detail_html import reversed_years_text

    init, start, end = _reversed(ref_conn)[0]
    detail = initiative_detail(ref_conn, init)
    assert detail is not None
    flag = reversed_years_text(detail)
    assert str(start) in flag and str(end) in flag and "before its start" in flag
    normal = ref_conn.execute(
        text("SELECT id FROM initiative WHERE end_year > start_year LIMIT 1")
    ).scalar()
    other = initiative_detail(ref_conn, int(normal))
    assert other is not None and reversed_years_text(other) == ""


def test_no_key_doubles_its_dataset_prefix(ref_conn: Connection) -> None:
    rows = ref_conn.execute(
        text(
            "SELECT d.key, i.source_record_id FROM initiative i "
            "JOIN dataset d ON d.id = i.dataset_id"
        )
    ).all()
    keys = {initiative_key(str(d), str(r)) for d, r in rows}
    assert len(keys) == len(rows)  # one key per initiative
    for key in keys:
        dataset, rid = split_initiative_key(key)
        assert not rid.startswith(f"{dataset}:"), key
    assert "brief:asa-philippines" in keys
    page = search(ref_conn, parse("source:brief"), limit=100)
    assert page.total == 12
    assert all(r.key.startswith("brief:") and not r.key.startswith("brief:brief:")
               for r in page.rows)  # fmt: skip
