"""A note shown as light Markdown: headings, bold, italic, lists and links rendered, HTML
shown as typed and never run, nothing loaded; links to keys open their targets through the
window's navigator (a country, an initiative, a gone one said in one line). Rendered with
Arabic and Chinese to PNG and looked at."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor
from pytestqt.qtbot import QtBot

from explorer.ui.a11y.walker import unnamed
from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext
from explorer.ui.runner import Runner
from explorer.ui.widgets.note_editor import NoteEditor
from explorer.ui.widgets.note_view import NoteView

OUT = Path("/tmp/ws")
KEY = "undp-ss:149"
NOTE = """# Mission to Maputo

The ministry wants **cassava seed** before the rains, and *soon*, _very_ soon.

- talk to [Embrapa](abc-brazil:BRA/04/044-A142)
- see [Botswana](BWA) and [the web page](https://www.abc.gov.br)

<b>not bold</b> <script>alert(1)</script> ![secret](file:///etc/passwd)

## ملاحظات الوزارة

قالت الوزارة إنها تريد بذور الكسافا قبل موسم الأمطار.

## 部长的话

部里希望在雨季之前拿到木薯种子。
"""


@pytest.fixture()
def editor(qtbot: QtBot, runner: Runner, tmp_path: Path) -> Iterator[NoteEditor]:
    widget = NoteEditor(runner, tmp_path / "user.sqlite")
    qtbot.addWidget(widget)
    widget.resize(520, 700)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.set_target(KEY, "Cassava in Ghana")
    yield widget
    runner.wait_for_done(10_000)


def click_link(qtbot: QtBot, view: NoteView, href: str) -> None:
    """A real mouse click on the first character of the link to ``href``."""
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(view.document())
                cursor.setPosition(fragment.position() + 1)
                point = view.cursorRect(cursor).center()
                qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
                return
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_note_is_rendered_as_safe_markdown(qtbot: QtBot, editor: NoteEditor) -> None:
    editor.text.setPlainText(NOTE)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.show_formatted()
    assert not editor.editing() and editor.view.isVisible() and not editor.text.isVisible()
    doc = editor.view.document()
    levels = [doc.findBlockByNumber(n).blockFormat().headingLevel()
              for n in range(doc.blockCount())]  # fmt: skip
    assert levels.count(1) == 1 and levels.count(2) == 2
    plain = doc.toPlainText()
    assert "**" not in plain and "# Mission" not in plain and "Mission to Maputo" in plain
    assert "<b>not bold</b>" in plain and "<script>alert(1)</script>" in plain  # as typed
    html = doc.toHtml()
    assert "<script" not in html and "&lt;script&gt;" in html
    bold = doc.find("cassava seed")
    assert bold.charFormat().fontWeight() == QFont.Weight.Bold
    assert doc.find("soon").charFormat().fontItalic()
    very = doc.find("very").charFormat()  # _x_ is italic, as CommonMark has it
    assert very.fontItalic() and not very.fontUnderline()
    assert doc.find("talk to").currentList() is not None
    hrefs = {doc.find(t).charFormat().anchorHref() for t in ("mbrapa", "otswana", "web page")}
    assert hrefs == {"abc-brazil:BRA/04/044-A142", "BWA", "https://www.abc.gov.br"}
    assert editor.view.loadResource(2, editor.view.source()) is None  # nothing is read
    assert not unnamed(editor)
    editor.view.verticalScrollBar().setValue(0)
    OUT.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)
    assert editor.grab().save(str(OUT / "note-markdown.png"))
    # back to the text: the Markdown is there as typed, and saved again when left
    qtbot.mouseClick(editor.edit_button, Qt.MouseButton.LeftButton)
    assert editor.editing() and editor.text.toPlainText() == NOTE


def test_links_report_keys_and_refuse_the_rest(qtbot: QtBot, editor: NoteEditor) -> None:
    editor.text.setPlainText("[Embrapa](abc-brazil:BRA/04/044-A142) [x](file:///etc/passwd) "
                             "[Mozambique](<country:MOZ>)")  # fmt: skip
    editor.show_formatted()
    with qtbot.waitSignal(editor.target_activated, timeout=5_000) as blocker:
        click_link(qtbot, editor.view, "abc-brazil:BRA/04/044-A142")
    assert blocker.args == ["abc-brazil:BRA/04/044-A142"]
    with qtbot.waitSignal(editor.target_activated, timeout=5_000) as blocker:
        click_link(qtbot, editor.view, "country:MOZ")
    assert blocker.args == ["MOZ"]
    with qtbot.assertNotEmitted(editor.target_activated):
        click_link(qtbot, editor.view, "file:///etc/passwd")
    assert editor.status.text() == "Not a link to anything here: file:///etc/passwd"


def test_an_empty_note_stays_a_text_box(qtbot: QtBot, editor: NoteEditor) -> None:
    assert editor.editing() and not editor.edit_button.isEnabled()
    editor.show_formatted()
    assert editor.editing()


def test_links_open_their_targets_in_the_window(
    qtbot: QtBot, make_context: Callable[[Path], PageContext], small_db: Path
) -> None:
    context = make_context(small_db)
    with context.database.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT i.id, d.key, i.source_record_id FROM initiative i "
            "JOIN dataset d ON d.id = i.dataset_id ORDER BY i.id").all()
        iso3 = str(conn.exec_driver_sql("SELECT iso3 FROM country ORDER BY iso3").scalar())
    (first_id, *_), (_, dataset, rid) = rows[0], rows[1]
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.start("initiatives")
    window.show()
    page = window.pages["initiatives"]
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    notes = page.detail.notes
    assert notes is not None
    with qtbot.waitSignal(notes.loaded, timeout=10_000):
        page.show_initiative(first_id)
    other = f"{dataset}:{rid.removeprefix(dataset + ':')}"
    notes.text.setPlainText(f"[country]({iso3}) [other]({other}) [gone]({dataset}:no-such-id)")
    notes.show_formatted()
    click_link(qtbot, notes.view, iso3)
    countries = window.pages["countries"]
    assert window.stack.currentWidget() is countries
    qtbot.waitUntil(lambda: countries.stack.currentWidget() is countries.profile_view,
                    timeout=10_000)  # fmt: skip
    window.show_page("initiatives")
    click_link(qtbot, notes.view, f"{dataset}:no-such-id")
    qtbot.waitUntil(lambda: notes.status.text().startswith("No longer in the data"),
                    timeout=10_000)  # fmt: skip
    assert notes.status.text() == f"No longer in the data: {dataset}:no-such-id"
    with qtbot.waitSignal(notes.loaded, timeout=10_000):
        click_link(qtbot, notes.view, other)
    assert notes.key == other and window.stack.currentWidget() is page
    context.runner.wait_for_done(10_000)


def test_formatted_note_in_the_detail_pane_at_150_percent(
    qtbot: QtBot, runner: Runner, tmp_path: Path, small_db: Path
) -> None:
    from explorer.jobs.initiatives import load_detail
    from explorer.store.database import Database
    from explorer.ui.widgets.initiative_detail import InitiativeDetailPane

    database = Database.open(small_db, readonly=True)
    try:
        with database.connect() as conn:
            first, second = (int(r[0]) for r in conn.exec_driver_sql(
                "SELECT id FROM initiative ORDER BY id LIMIT 2").all())
        detail, other = load_detail(database, first), load_detail(database, second)
    finally:
        database.dispose()
    assert detail is not None and other is not None
    pane = InitiativeDetailPane()
    qtbot.addWidget(pane)
    font = pane.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    pane.setFont(font)
    notes = pane.attach_notes(runner, tmp_path / "user.sqlite")
    pane.resize(460, 1000)
    pane.show()
    with qtbot.waitSignal(notes.loaded, timeout=10_000):
        pane.show_detail(detail, None)
    notes.text.setPlainText(NOTE)
    with qtbot.waitSignal(notes.saved, timeout=10_000):
        notes.show_formatted()
    with qtbot.waitSignal(notes.loaded, timeout=10_000):
        pane.show_detail(other, None)
    with qtbot.waitSignal(notes.loaded, timeout=10_000):
        pane.show_detail(detail, None)
    assert not notes.editing()  # a stored note comes back formatted
    assert "Mission to Maputo" in notes.view.toPlainText()
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum())
    qtbot.wait(50)
    OUT.mkdir(parents=True, exist_ok=True)
    assert pane.grab().save(str(OUT / "detail-note-markdown-150.png"))


def test_country_profile_shows_the_note_formatted(
    qtbot: QtBot, small_db: Path, make_context: Callable[[Path], PageContext]
) -> None:
    from explorer.ui.pages.countries import CountriesPage
    from tests.qt.pagetools import load

    page = load(qtbot, CountriesPage(make_context(small_db)))
    page.resize(900, 1000)
    page.show()
    notes = page.profile_view.notes
    assert notes is not None
    with qtbot.waitSignal(notes.loaded, timeout=20_000):
        page.show_country("BWA")
    notes.text.setPlainText("\n".join((
        "## 卫生部", "", "- 希望在**雨季前**培训更多社区卫生工作者",
        "- وزارة الصحة تريد *المزيد* من العاملين", "- see [Brazil](BRA)")))  # fmt: skip
    with qtbot.waitSignal(notes.saved, timeout=10_000):
        notes.show_formatted()
    assert notes.view.isVisible() and not notes.text.isVisible()
    assert notes.view.document().find("雨季前").charFormat().fontWeight() == QFont.Weight.Bold
    view = page.profile_view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.wait(50)
    OUT.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(OUT / "country-note-markdown.png"))
    page.context.runner.wait_for_done(10_000)
