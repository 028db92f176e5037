"""Updating the data from a sources folder: progress, cancel, failure, success, and the
way out offered when the database is missing or damaged."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from explorer.ui.dialogs.database_problem import DatabaseProblemDialog
from explorer.ui.dialogs.rebuild import UPDATE_ACTION, RebuildDialog
from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext
from explorer.ui.settings import LAST_SOURCES_DIR, Settings

ContextFactory = Callable[[Path], PageContext]
BUILD_TIMEOUT = 240_000  # ms; a full build takes 60-90 s


@pytest.fixture()
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where updates go (``user_data_dir()``), in a temporary folder."""
    monkeypatch.setenv("EXPLORER_USER_DIR", str(tmp_path / "user"))
    return tmp_path / "user"


@pytest.fixture()
def broken_sources(sources_dir: Path, tmp_path: Path) -> Path:
    """The real sources as symlinks, with country-codes.csv replaced by a bad file."""
    if not sources_dir.is_dir():
        pytest.skip(f"public sources not found at {sources_dir}")
    folder = tmp_path / "sources"
    shutil.copytree(sources_dir, folder, symlinks=True, copy_function=os.symlink)
    bad = folder / "country-codes" / "country-codes.csv"
    bad.unlink()
    bad.write_text("name,colour\nsomewhere,blue\n")
    return folder


def _previous(small_db: Path, tmp_path: Path) -> tuple[Path, bytes]:
    out = tmp_path / "previous" / "reference.sqlite"
    out.parent.mkdir()
    shutil.copyfile(small_db, out)
    return out, out.read_bytes()


def _dialog(qtbot: QtBot, sources: Path, out: Path) -> RebuildDialog:
    dialog = RebuildDialog(sources, out)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    return dialog


@pytest.mark.realdata
def test_cancel_keeps_the_previous_file(
    qtbot: QtBot, sources_dir: Path, small_db: Path, tmp_path: Path
) -> None:
    out, before = _previous(small_db, tmp_path)
    dialog = _dialog(qtbot, sources_dir, out)
    qtbot.waitUntil(lambda: dialog.step.text() == "Countries and names", timeout=60_000)
    assert dialog.elapsed.text().startswith("Elapsed: 0:")
    dialog.grab().save(str(tmp_path / "rebuild-progress.png"))
    with qtbot.waitSignal(dialog.cancelled, timeout=60_000):
        dialog.buttons.buttons()[0].click()  # Cancel
    assert dialog.step.text() == "Cancelled — your previous data is unchanged."
    assert not dialog.running
    assert out.read_bytes() == before
    assert list(out.parent.iterdir()) == [out]  # no temporary file left behind
    dialog.reject()  # now the dialog closes
    assert not dialog.isVisible()


@pytest.mark.realdata
def test_a_broken_source_file_is_named_and_nothing_changes(
    qtbot: QtBot, broken_sources: Path, small_db: Path, tmp_path: Path
) -> None:
    out, before = _previous(small_db, tmp_path)
    dialog = _dialog(qtbot, broken_sources, out)
    with qtbot.waitSignal(dialog.failed, timeout=60_000) as blocker:
        pass
    message = str(blocker.args[0])
    assert message.startswith(str(broken_sources / "country-codes" / "country-codes.csv"))
    assert "\n" not in message
    assert dialog.step.text() == "The update failed — your previous data is unchanged."
    assert dialog.details_label.text() == message
    assert out.read_bytes() == before
    dialog.grab().save(str(tmp_path / "rebuild-failed.png"))


def test_the_window_switches_to_another_database(
    qtbot: QtBot, make_context: ContextFactory, small_db: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite"
    shutil.copyfile(small_db, other)
    with sqlite3.connect(other) as conn:
        conn.execute(
            "UPDATE build_info SET value = '2031-05-04T10:00:00+00:00' WHERE key = 'built_at'"
        )
    conn.close()
    window = MainWindow(make_context(small_db), default_pages())
    qtbot.addWidget(window)
    window.show()
    window.start("sources")
    qtbot.waitUntil(lambda: "2026" in window.vintage.text(), timeout=10_000)
    old_page = window.pages["sources"]
    window.switch_database(other)
    assert window.context.database.path == other.resolve()
    assert window.pages.keys() == {"sources"} and window.pages["sources"] is not old_page
    assert window.stack.currentWidget() is window.pages["sources"]
    qtbot.waitUntil(lambda: "2031" in window.vintage.text(), timeout=10_000)


@pytest.mark.realdata
def test_file_menu_update_remembers_the_folder_and_keeps_the_data_on_failure(
    qtbot: QtBot,
    make_context: ContextFactory,
    small_db: Path,
    broken_sources: Path,
    user_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    context = make_context(small_db)
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.ensure_menus()
    action = next(
        a
        for a in window.findChildren(type(window.page_actions["home"]))
        if a.objectName() == UPDATE_ACTION
    )
    assert action.shortcut() == QKeySequence("Ctrl+U")
    asked: list[str] = []

    def pick(_parent: object, _title: str, start: str) -> str:
        asked.append(start)
        return str(broken_sources) if len(asked) == 2 else ""  # only the second time

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(pick))
    action.trigger()  # the user closes the folder dialog: nothing happens
    assert window.findChild(RebuildDialog) is None
    action.trigger()
    dialog = window.findChild(RebuildDialog)
    assert isinstance(dialog, RebuildDialog)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.step.text().startswith("The update failed")
    assert context.settings.get(LAST_SOURCES_DIR) == str(broken_sources)
    assert window.context.database.path == small_db.resolve()
    assert not (user_dir / "reference.sqlite").exists()
    dialog.reject()
    action.trigger()
    assert asked[-1] == str(broken_sources)  # the last folder is offered first
    assert len(window.findChildren(RebuildDialog)) == 1


def _problem(qtbot: QtBot, settings: Settings, path: Path) -> DatabaseProblemDialog:
    dialog = DatabaseProblemDialog(path, "file is not a database", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_problem_dialog_names_the_file_in_plain_words(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    dialog = _problem(qtbot, settings, tmp_path / "reference.sqlite")
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.choice_problem)))
    assert str(tmp_path / "reference.sqlite") in texts
    assert "damaged" in texts and "make run" not in texts
    dialog.grab().save(str(tmp_path / "database-problem.png"))
    with qtbot.waitSignal(dialog.rejected):
        dialog.quit_button.click()
    assert dialog.chosen is None


def test_problem_dialog_choose_a_file_says_why_a_bad_one_is_refused(
    qtbot: QtBot,
    settings: Settings,
    small_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database")
    answers = [("", ""), (str(bad), ""), (str(tmp_path / "gone.sqlite"), ""), (str(small_db), "")]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_args: answers.pop(0)))
    dialog = _problem(qtbot, settings, tmp_path / "reference.sqlite")
    dialog.choose_button.click()  # cancelled: still asking
    assert dialog.isVisible() and dialog.choice_problem.isHidden()
    dialog.choose_button.click()
    assert dialog.isVisible() and "damaged" in dialog.choice_problem.text()
    dialog.choose_button.click()
    assert dialog.isVisible() and "missing" in dialog.choice_problem.text()
    with qtbot.waitSignal(dialog.database_chosen) as blocker:
        dialog.choose_button.click()
    assert blocker.args == [str(small_db)]
    assert dialog.chosen == small_db and dialog.result() == dialog.DialogCode.Accepted


@pytest.mark.realdata
def test_problem_dialog_rebuild_failure_keeps_asking(
    qtbot: QtBot,
    settings: Settings,
    broken_sources: Path,
    user_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_args: str(broken_sources))
    )
    dialog = _problem(qtbot, settings, tmp_path / "reference.sqlite")
    dialog.rebuild_button.click()
    rebuild = dialog.findChild(RebuildDialog)
    assert isinstance(rebuild, RebuildDialog) and rebuild.out == user_dir / "reference.sqlite"
    qtbot.waitUntil(lambda: not rebuild.running, timeout=60_000)
    assert rebuild.step.text().startswith("The update failed")
    rebuild.reject()
    assert dialog.isVisible() and dialog.chosen is None


@pytest.mark.realdata
def test_problem_dialog_rebuild_opens_the_new_database(
    qtbot: QtBot,
    settings: Settings,
    sources_dir: Path,
    user_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The one full build of these tests."""
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_args: str(sources_dir))
    )
    dialog = _problem(qtbot, settings, tmp_path / "reference.sqlite")
    dialog.rebuild_button.click()
    rebuild = dialog.findChild(RebuildDialog)
    assert isinstance(rebuild, RebuildDialog)
    with qtbot.waitSignal(rebuild.finished_ok, timeout=BUILD_TIMEOUT) as blocker:
        pass
    new = user_dir / "reference.sqlite"
    assert blocker.args == [str(new)]
    assert rebuild.bar.value() == 1000 and str(new) in rebuild.details_label.text()
    assert "countries" in rebuild.details_label.text()
    rebuild.grab().save(str(tmp_path / "rebuild-done.png"))
    assert dialog.chosen is None  # the user reads the result first
    with qtbot.waitSignal(dialog.database_chosen):
        rebuild.accept()
    assert dialog.chosen == new
