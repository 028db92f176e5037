"""The initiative detail pane shows each DAC sector with where it came from (issue 13): the
rule that inferred it ("sector inferred from the word 'malária' in the title"), the source's
label a crosswalk mapped, or the source's own code; the source's labels stay visible; a year
range the source gives reversed is flagged. On the real reference data, rendered to PNG."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection, text

from explorer.domain.initiative_detail import InitiativeDetail
from explorer.store.queries.initiative_detail import initiative_detail as _initiative_detail

pytestmark = pytest.mark.realdata


def initiative_detail(conn: Connection, initiative: int) -> InitiativeDetail | None:
    from sqlalchemy.orm import Session

    with Session(bind=conn) as session:
        return _initiative_detail(session, initiative)


OUT = Path("/tmp/ws")


def _first(conn: Connection, sql: str) -> int:
    found = conn.execute(text(sql)).scalar()
    if found is None:
        pytest.skip(f"no such initiative in this reference build: {sql}")
    return int(found)


def _texts(pane: object) -> str:
    from explorer.ui.widgets.initiative_detail import InitiativeDetailPane

    assert isinstance(pane, InitiativeDetailPane)
    return "\n".join(label.text() for label in pane.body.findChildren(QLabel))


def _show(qtbot: QtBot, conn: Connection, initiative: int, png: str) -> str:
    from explorer.ui.widgets.initiative_detail import InitiativeDetailPane

    detail = initiative_detail(conn, initiative)
    assert detail is not None
    pane = InitiativeDetailPane()
    qtbot.addWidget(pane)
    pane.resize(520, 900)
    pane.show()
    pane.show_detail(detail, None)
    qtbot.wait(30)
    OUT.mkdir(parents=True, exist_ok=True)
    assert pane.grab().save(str(OUT / png))
    return _texts(pane)


def test_inferred_sector_names_the_rule_and_field(qtbot: QtBot, ref_conn: Connection) -> None:
    init = _first(
        ref_conn,
        "SELECT s.initiative_id FROM initiative_sector s JOIN initiative i "
        "ON i.id = s.initiative_id WHERE s.origin = 'inferred' AND s.rule = 'malária' "
        "AND s.rule_field = 'title' ORDER BY s.initiative_id LIMIT 1",
    )
    shown = _show(qtbot, ref_conn, init, "detail-sector-inferred.png")
    assert "sector inferred from the word “malária” in the title" in shown
    assert "(12250)" in shown  # the DAC purpose code


def test_crosswalk_sector_names_the_source_label(qtbot: QtBot, ref_conn: Connection) -> None:
    init = _first(
        ref_conn,
        "SELECT initiative_id FROM initiative_sector WHERE origin = 'crosswalk' "
        "AND rule = 'Extensão Rural' ORDER BY initiative_id LIMIT 1",
    )
    shown = _show(qtbot, ref_conn, init, "detail-sector-crosswalk.png")
    assert "from the source’s label “Extensão Rural”" in shown
    assert "The source’s own: " in shown and "Extensão Rural" in shown


def test_source_sector_and_reversed_years(qtbot: QtBot, ref_conn: Connection) -> None:
    init = _first(
        ref_conn,
        "SELECT i.id FROM initiative i JOIN initiative_sector s ON s.initiative_id = i.id "
        "WHERE s.origin = 'source' AND i.end_year < i.start_year ORDER BY i.id LIMIT 1",
    )
    shown = _show(qtbot, ref_conn, init, "detail-sector-source-years.png")
    assert "given by the source" in shown
    start, end = ref_conn.execute(
        text("SELECT start_year, end_year FROM initiative WHERE id = :i"), {"i": init}
    ).one()
    assert "as the source gives it: its end year is before its start year" in shown
    assert str(start) in shown and str(end) in shown


def test_sector_facet_tree_groups_purposes_under_sectors(
    qtbot: QtBot, qtmodeltester: object, ref_conn: Connection
) -> None:
    from PySide6.QtWidgets import QTreeView

    from explorer.domain.query import parse
    from explorer.store.queries.facets import search_facets
    from explorer.ui.models.initiative_facets import FacetTreeModel, RefineRole

    facets = search_facets(ref_conn, parse("provider:BRA"))
    if not any(v.depth for v in facets.sectors):
        pytest.skip("reference database built before the DAC sector facet (issue 13)")
    model = FacetTreeModel()
    model.set_facets(facets)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    row = model.facet_names().index("sectors")
    model.toggle(row)  # show every listed value
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    parent = model.index(row, 0)
    shown = [
        (str(model.index(r, 0, parent).data()), model.index(r, 0, parent).data(RefineRole))
        for r in range(model.rowCount(parent))
    ]
    purposes = [(label, refine) for label, refine in shown if label.startswith("\u2003\u2003")]
    assert purposes and all(str(refine).startswith("sector:") for _, refine in purposes)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setAccessibleName("Facets")
    view.setModel(model)
    view.expandAll()
    view.resize(420, 900)
    view.setColumnWidth(0, 330)
    view.show()
    qtbot.wait(30)
    OUT.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(OUT / "facet-sectors-dac.png"))
