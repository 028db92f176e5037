"""File > Install Data Package…: preview (publisher, fingerprint, sequence, what changes),
install on the runner, Cancel, rollback, refusals in one line, the window switching to the
new data; real packages signed in tmp_path with a key made by the test, real SQLite files."""

from __future__ import annotations

import os
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization as s
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from explorer.packages.core import DATA, build, fingerprint, install, installed_versions
from explorer.ui.dialogs.install_package import INSTALL_ACTION, InstallPackageDialog
from explorer.ui.runner import Runner

WAIT = 30_000
SHOTS = Path(os.environ.get("EXPLORER_PACKAGE_SHOTS", "/tmp/package-shots"))
ORG = "org-data-office"
LONG = ("Ministère de la Coopération Internationale et du Développement Durable — Direction "
        "des Données Ouvertes et de la Statistique")
ARABIC = "وزارة التعاون الدولي - مكتب البيانات"


def _key(folder: Path, name: str) -> Ed25519PrivateKey:
    """A fresh key whose public half is trusted (the user's keys folder)."""
    key = Ed25519PrivateKey.generate()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.pub").write_bytes(key.public_key().public_bytes(
        s.Encoding.PEM, s.PublicFormat.SubjectPublicKeyInfo))
    return key


def _newer_copy(small_db: Path, out: Path) -> Path:
    """``small_db`` with imf-dots at a new version and one more initiative."""
    shutil.copyfile(small_db, out)
    con = sqlite3.connect(out)
    con.execute("UPDATE dataset SET version = 'early 2023', row_count = 5 "
                "WHERE key = 'imf-dots'")
    con.execute("INSERT INTO initiative (dataset_id, source_record_id, title, summary, "
                "description, language, modality, theme, status, amount_note) SELECT id, "
                "'new-one', 'A new initiative', '', '', 'en', '', '', '', '' FROM dataset "
                "WHERE key = 'brief'")
    con.commit()
    con.close()
    return out


def _count(path: Path, sql: str) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute(sql).fetchone()[0])
    finally:
        con.close()


@pytest.fixture()
def keys_dir() -> Path:
    return Path(os.environ["EXPLORER_USER_DIR"]) / "keys"


@pytest.fixture()
def installed(small_db: Path, tmp_path: Path, keys_dir: Path) -> tuple[Path, Path, object]:
    """A target installed from a sequence-1 package, and a sequence-2 package to preview."""
    key = _key(keys_dir, ORG)
    first = tmp_path / "first.eedata"
    build(small_db, first, key, name="Field catalogue", sequence=1)
    target = keys_dir.parent / "reference.sqlite"  # where File > Install puts the data
    install(first, target, {ORG: key.public_key()})
    package = tmp_path / "usb" / "update.eedata"
    package.parent.mkdir()
    build(_newer_copy(small_db, tmp_path / "newer.sqlite"), package, key,
          name="Field catalogue", sequence=2)
    return target, package, key


@pytest.fixture()
def app_look() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet, direction = QApplication.font(), app.styleSheet(), app.layoutDirection()
    yield app
    QApplication.setFont(font)
    app.setStyleSheet(sheet)
    app.setLayoutDirection(direction)


def _preview(qtbot: QtBot, runner: Runner, package: Path, target: Path) -> InstallPackageDialog:
    dialog = InstallPackageDialog(runner, package, target)
    qtbot.addWidget(dialog)
    dialog.start_preview()
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    return dialog


def test_preview_install_and_roll_back(qtbot: QtBot, qtmodeltester: object, runner: Runner,
                                       installed: tuple[Path, Path, object]) -> None:
    target, package, key = installed
    dialog = _preview(qtbot, runner, package, target)
    assert dialog.refusal == "", dialog.status.text()
    f = {k: v.text() for k, v in dialog.fields.items()}
    assert f["publisher"] == ORG
    assert f["fingerprint"] == fingerprint(key.public_key())  # type: ignore[attr-defined]
    assert f["catalogue"] == "Field catalogue"
    assert f["sequence"] == "2 (installed: 1)"
    assert f["initiatives"] == "2 → 3 (\u2066+1\u2069)"
    assert "installed" in f["size"]
    qtmodeltester.check(dialog.table.model())  # type: ignore[attr-defined]
    rows = {dialog.table.item(r, 0).text(): [dialog.table.item(r, c).text() for c in (1, 2, 3)]
            for r in range(dialog.table.rowCount())}
    assert rows["imf-dots"] == ["early 2022", "early 2023", "\u2066+2\u2069"]
    assert rows["brief"][0] == rows["brief"][1] == "Capacity Development Briefs, 2007"
    assert dialog.table.item(0, 2).font().bold() is False  # unchanged rows are not bold
    assert "1 dataset(s) change" in dialog.status.text()
    for widget in (dialog.table, dialog.install_button, dialog.rollback_button,
                   dialog.cancel_button, dialog.bar, dialog.go_back, *dialog.fields.values()):
        assert widget.accessibleName()
    assert dialog.install_button.isEnabled()
    assert not dialog.rollback_button.isEnabled()  # the first install kept no previous
    assert _count(target, "SELECT count(*) FROM initiative") == 2  # preview wrote nothing
    with qtbot.waitSignal(dialog.installed, timeout=WAIT) as done:
        dialog.install_button.click()
    assert Path(done.args[0]) == target
    assert _count(target, "SELECT count(*) FROM initiative") == 3
    assert installed_versions(target)[0].record["sequence"] == 2
    assert "Installed sequence 2" in dialog.status.text()
    assert not dialog.install_button.isEnabled() and dialog.rollback_button.isEnabled()
    with qtbot.waitSignal(dialog.installed, timeout=WAIT):
        dialog.rollback_button.click()
    assert _count(target, "SELECT count(*) FROM initiative") == 2
    assert installed_versions(target)[0].record["sequence"] == 1
    assert "Rolled back" in dialog.status.text()


def _tampered(package: Path, out: Path) -> Path:
    with zipfile.ZipFile(package) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    body = bytearray(members[DATA])
    body[len(body) // 2] ^= 1
    members[DATA] = bytes(body)
    with zipfile.ZipFile(out, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return out


def test_refusals_name_why_in_one_line_and_change_nothing(
        qtbot: QtBot, runner: Runner, installed: tuple[Path, Path, object], small_db: Path,
        tmp_path: Path) -> None:
    target, package, _ = installed
    before = target.read_bytes()
    stranger = Ed25519PrivateKey.generate()  # not in any keys folder
    unknown = tmp_path / "stranger.eedata"
    build(small_db, unknown, stranger, name="x", sequence=9)
    cut = tmp_path / "cut.eedata"
    cut.write_bytes(package.read_bytes()[:2000])
    cases = {
        _tampered(package, tmp_path / "tampered.eedata"): "hash differs",
        unknown: "unknown signing key",
        cut: "truncated",
    }
    for bad, why in cases.items():
        dialog = _preview(qtbot, runner, bad, target)
        text = dialog.status.text()
        assert text.startswith("Refused: ") and why in text and "\n" not in text, text
        assert not dialog.install_button.isEnabled()
        if why == "hash differs":
            SHOTS.mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(SHOTS / "install-refused.png"))
        dialog.close()
    assert target.read_bytes() == before


def test_an_older_package_needs_going_back_on_purpose(
        qtbot: QtBot, runner: Runner, installed: tuple[Path, Path, object],
        tmp_path: Path) -> None:
    target, package, key = installed
    install(package, target, {ORG: key.public_key()})  # type: ignore[attr-defined]
    old = tmp_path / "first.eedata"
    dialog = _preview(qtbot, runner, old, target)
    assert "not newer" in dialog.status.text() and dialog.go_back.isVisible()
    assert not dialog.install_button.isEnabled()
    dialog.go_back.setChecked(True)
    assert dialog.install_button.isEnabled()
    with qtbot.waitSignal(dialog.installed, timeout=WAIT):
        dialog.install_button.click()
    assert installed_versions(target)[0].record["sequence"] == 1


def test_cancel_during_install_leaves_the_installed_data(
        qtbot: QtBot, runner: Runner, installed: tuple[Path, Path, object]) -> None:
    target, package, _ = installed
    before = target.read_bytes()
    dialog = _preview(qtbot, runner, package, target)
    dialog.install_button.click()
    dialog.cancel()  # before the job's first progress step: it stops there
    assert dialog.status.text() == "Stopping…"
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.status.text() == "Cancelled: the installed data is unchanged."
    assert target.read_bytes() == before
    assert not target.with_name(target.name + ".installing").exists()
    assert dialog.install_button.isEnabled()  # can be tried again


def test_menu_entry_next_to_update_and_window_switches(
        qtbot: QtBot, runner: Runner, settings: object, installed: tuple[Path, Path, object],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from explorer.store.database import Database
    from explorer.ui.dialogs import install_package as module
    from explorer.ui.dialogs.rebuild import UPDATE_ACTION
    from explorer.ui.main_window import MainWindow
    from explorer.ui.pages import default_pages
    from explorer.ui.pages.base import PageContext

    target, package, _ = installed
    first = Database.open(target, readonly=True)
    context = PageContext(first, runner, settings)  # type: ignore[arg-type]
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.show()
    window.start("home")
    window.ensure_menus()
    menu = next(m for a in window.menuBar().actions() if isinstance(m := a.menu(), QMenu)
                and any(x.objectName() == INSTALL_ACTION for x in m.actions()))
    names = [a.objectName() for a in menu.actions()]
    assert names.index(INSTALL_ACTION) == names.index(UPDATE_ACTION) + 1
    action = menu.actions()[names.index(INSTALL_ACTION)]
    assert action.text().replace("&", "") == "Install Data Package…"
    # The file chooser is the platform's; everything after it is ours and real.
    monkeypatch.setattr(module.QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(package), ""))
    action.trigger()
    dialog = window.findChild(InstallPackageDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.install_button.isEnabled(), timeout=WAIT)
    with qtbot.waitSignal(dialog.installed, timeout=WAIT):
        dialog.install_button.click()
    assert window.context.database is not first
    assert window.context.database.path == target.resolve()
    runner.wait_for_done(5000)
    dialog.close()
    # drag and drop: a .eedata dropped on the window opens the same preview; others do not
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from explorer.ui.dialogs.install_package import PackageDrop

    def mime(path: Path) -> QMimeData:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        return data

    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.CopyAction
    not_a_package, a_package = mime(target), mime(package)  # kept: events do not own them
    other = QDragEnterEvent(QPoint(10, 10), move, not_a_package, buttons, mods)
    other.ignore()
    QApplication.sendEvent(window, other)
    assert not other.isAccepted()  # a .sqlite is not a package
    enter = QDragEnterEvent(QPoint(10, 10), move, a_package, buttons, mods)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), move, a_package, buttons, mods)
    QApplication.sendEvent(window, drop)
    dropped = window.findChild(PackageDrop).dialog  # type: ignore[union-attr]
    assert dropped is not None and dropped.package == package
    qtbot.waitUntil(lambda: not dropped.busy, timeout=WAIT)
    assert "not newer" in dropped.status.text()  # sequence 2 is installed now
    dropped.close()
    window.close()


@pytest.mark.parametrize("look", ["long", "arabic", "150"])
def test_render(qtbot: QtBot, runner: Runner, app_look: QApplication, small_db: Path,
                tmp_path: Path, keys_dir: Path, look: str) -> None:
    from explorer.ui.a11y.appearance import apply_appearance

    name = {"long": LONG, "arabic": ARABIC, "150": ORG}[look]
    key = _key(keys_dir, name)
    target = tmp_path / "reference.sqlite"
    shutil.copyfile(small_db, target)
    package = tmp_path / "p.eedata"
    build(_newer_copy(small_db, tmp_path / "n.sqlite"), package, key,
          name=name if look != "150" else "Field catalogue", sequence=3)
    if look == "arabic":
        app_look.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    if look == "150":
        apply_appearance(150, False, app_look)
    dialog = _preview(qtbot, runner, package, target)
    assert dialog.fields["publisher"].text() == name
    assert dialog.install_button.isEnabled(), dialog.status.text()
    qtbot.wait(100)  # the layout for the filled-in texts
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / f"install-{look}.png"))
    # nothing clipped: long names wrap inside the dialog, every line shown
    for label in dialog.fields.values():
        assert label.geometry().right() <= dialog.width(), label.text()
        assert label.heightForWidth(label.width()) <= label.height(), label.text()


def test_about_shows_who_signed_the_installed_data(
        qtbot: QtBot, runner: Runner, installed: tuple[Path, Path, object],
        small_db: Path) -> None:
    from explorer.store.database import Database
    from explorer.ui.dialogs.about import AboutDialog

    target, _package, key = installed
    for path, expected in (
            (target, f"Data signed by {ORG} (key "
                     f"{fingerprint(key.public_key())})"),  # type: ignore[attr-defined]
            (small_db, "The data was not installed from a signed package.")):
        database = Database.open(path, readonly=True)
        dialog = AboutDialog(runner, database)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda d=dialog: bool(d.signer.text()), timeout=WAIT)
        assert dialog.signer.text() == expected
        runner.wait_for_done(5000)
        if path == target:
            dialog.show()
            qtbot.wait(50)
            SHOTS.mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(SHOTS / "about-signer.png"))
        database.dispose()
