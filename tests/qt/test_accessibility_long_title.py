"""A long initiative title at 200% text (issue 16): the list elides it with the full text as
tooltip and accessible text, the detail pane wraps it, and no label is cut."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from explorer.store.models import Dataset, Initiative, InitiativeParticipant
from explorer.ui.a11y.appearance import apply_appearance
from explorer.ui.language import language_manager
from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext
from explorer.ui.pages.initiatives import InitiativesPage

ContextFactory = Callable[[Path], PageContext]
SHOTS = Path(os.environ.get("EXPLORER_A11Y_SHOTS", "/tmp/a11y"))
# The longest title in the reference data (ABC, 333 characters), and one long word.
LONG = ("Negociação de Acordos Básicos de Cooperação Técnica entre o Brasil e Bahamas, St. Kitts "
        "e Névis, Antígua e Barbuda, Dominica, Barbados, São Vicente e Granadinas, Granada e "
        "Trinidad e Tobago, bem como prospecção de oportunidades para a cooperação técnica "
        "brasileira nas áreas da saúde, agricultura, defesa civil, etanol e transportes.")
WORD = "Intercâmbio" + "TécnicoCientíficoTecnológico" * 3


@pytest.fixture()
def long_db(small_db: Path) -> Path:
    engine = create_engine(f"sqlite:///{small_db}")
    with Session(engine) as s, s.begin():
        brief = s.scalars(select(Dataset).where(Dataset.key == "brief")).one()
        for key, title, year in (("long", LONG, 2030), ("word", WORD, 2029)):
            row = Initiative(dataset_id=brief.id, source_record_id=key, title=title,
                             start_year=year)
            row.participants = [InitiativeParticipant(role="provider", iso3="BRA"),
                                InitiativeParticipant(role="recipient", iso3="BWA")]
            s.add(row)
    engine.dispose()
    return small_db


@pytest.fixture()
def app_look() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = QApplication.font(), app.styleSheet()
    yield app
    QApplication.setFont(font)
    app.setStyleSheet(sheet)
    language_manager(app).apply("en")


def cut_labels(root: QWidget) -> list[str]:
    """Showing labels (plain or rich) too narrow for their longest word or too short for
    their wrapped text, or one-line labels narrower than their text."""
    out = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or label.visibleRegion().isEmpty() or not label.text():
            continue
        name = f"{label.objectName() or 'QLabel'} {label.text()[:50]!r}"
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if label.height() < need - 1:
                out.append(f"{name} height {label.height()} < {need}")
            if label.width() < label.minimumSizeHint().width() - 1:
                out.append(f"{name} width {label.width()} < {label.minimumSizeHint().width()}")
        elif label.width() < label.sizeHint().width() - 1:
            out.append(f"{name} width {label.width()} < {label.sizeHint().width()}")
    return out


@pytest.mark.parametrize(("language", "size"), [("en", (1280, 800)), ("ar", (1280, 800))])
def test_long_title_at_200_percent(
    qtbot: QtBot, make_context: ContextFactory, long_db: Path, app_look: QApplication,
    language: str, size: tuple[int, int],
) -> None:  # fmt: skip
    language_manager(app_look).apply(language)
    apply_appearance(200, False)
    context = make_context(long_db)
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.start()
    window.page_actions["initiatives"].trigger()
    page = window.pages["initiatives"]
    assert isinstance(page, InitiativesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 4, timeout=20_000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    pane = page.detail
    for title in (LONG, WORD):
        row = next(r for r in range(page.model.rowCount())
                   if page.model.index(r, 0).data() == title)
        index = page.model.index(row, 0)
        # The list elides, so the whole title is the tooltip and what a screen reader reads.
        assert index.data(Qt.ItemDataRole.ToolTipRole) == title
        cell = page.table.visualRect(index)
        assert cell.width() < page.table.fontMetrics().horizontalAdvance(title)

        def shown(row: int = row, title: str = title) -> bool:
            if page.table.currentIndex().row() != row:  # a late first load resets it
                page.table.setCurrentIndex(page.model.index(row, 0))
            return pane.title_label is not None and pane.title_label.accessibleName() == title

        qtbot.waitUntil(shown, timeout=20_000)
        context.runner.wait_for_done(10_000)
        QApplication.processEvents()
        QApplication.processEvents()
        tag = f"{'long' if title is LONG else 'word'}-{language}-{size[0]}"
        window.grab().save(str(SHOTS / f"initiatives-200-{tag}.png"))
        cut = cut_labels(window)
        assert not cut, "\n".join(cut)
    context.runner.wait_for_done(10_000)
